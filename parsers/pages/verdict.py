"""Is this response an article at all? Decided before any reader runs, from what every server shows.

Not every 200 is an article: CDNs answer with empty bodies or 204, servers send PDFs and images as
``text/html``, sites answer a missing page with a 200 that says "page not found" (a soft 404), and a
site under maintenance answers every URL with the same notice. Storing such a page as an article
would blank a real one for good, so they are classified here and the caller records them and tries
again next night. Pure: no I/O, no clock.

Kinds: ``article`` (read it), ``removed`` (404/410 or a page that says it was not found),
``not_article`` (anything else that is no article: empty, binary, maintenance, error, no text).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parsers.page import Page
    from parsers.records import Article

ARTICLE = "article"
REMOVED = "removed"
NOT_ARTICLE = "not_article"


@dataclass(frozen=True)
class Verdict:
    kind: str
    reason: str = ""

    @property
    def is_article(self) -> bool:
        return self.kind == ARTICLE


REMOVED_STATUSES = frozenset({404, 410})
# Signatures of files that are not markup, whatever the Content-Type says.
BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"RIFF",
    b"\xd0\xcf\x11\xe0",  # old MS Office
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x00\x00\x01\x00",  # .ico
    b"OggS",
    b"ID3",
    b"\x00\x00\x00",  # mp4 / ftyp boxes and other binary headers
)
BINARY_TYPES = re.compile(
    r"^(?:image|audio|video|font)/|^application/(?!(?:xhtml\+xml|xml|html)\b)", re.IGNORECASE
)
# A title or main heading that says the page does not exist (Ukrainian, English, Russian).
NOT_FOUND = re.compile(
    r"(?:\b(?:error|помилка|ошибка)\s*:?\s*40[34]\b|\b40[34]\s*[-:–—.]?\s*(?:error|помилка|ошибка|not found|"
    r"сторінк\w* не знайдено|page not found)|сторінк\w*\s+не\s+знайден\w*|сторінк\w*\s+не\s+існує|"
    r"page\s+not\s+found|not\s+found|страниц\w*\s+не\s+найден\w*|^\s*40[34]\s*$|"
    r"запитувана сторінка відсутня|file not found)",
    re.IGNORECASE,
)
# A notice shown instead of the site (maintenance, updates, challenge pages, hosting placeholders):
# phrases about the site itself, so a short news item about works on a water main is not one.
SITE_NOTICE = re.compile(
    r"(?:сайт\w*\s+(?:тимчасово\s+)?(?:оновлюєтьс\w*|на\s+(?:технічному\s+)?обслуговуванні|"
    r"недоступн\w*|на\s+реконструкції|в\s+розробці)|на\s+сайті\s+(?:ведуться|проводяться)\s+"
    r"(?:технічні\s+)?роботи|технічн\w+\s+(?:роботи|перерва)\s+на\s+сайті|under\s+maintenance|"
    r"maintenance\s+mode|site\s+is\s+(?:being\s+updated|under\s+construction)|just\s+a\s+moment\.\.\.|"
    r"checking\s+your\s+browser|account\s+(?:has\s+been\s+)?suspended|^index\s+of\s+/|"
    r"default\s+web\s+page|сайт\s+тимчасово\s+не\s+працює)",
    re.IGNORECASE,
)
# Server errors that only count when they are the page's title or main heading.
ERROR_TITLE = re.compile(
    r"(?:temporarily\s+unavailable|service\s+unavailable|(?:internal\s+server|database|bad\s+gateway)\s+"
    r"error|помилка\s+(?:бази\s+даних|сервера)|access\s+denied|доступ\s+заборонено|^\s*(?:error|помилка)"
    r"\s*[0-9]{3}\b|\b5[0-9]{2}\s+(?:error|помилка)|it\s+works!)",
    re.IGNORECASE,
)
# Headings and titles longer than this are article titles, not status notices.
NOTICE_MAX_CHARS = 160
# A page whose whole visible text is shorter than this can only be a notice, never an article.
SHORT_PAGE_CHARS = 600
MIN_TEXT_CHARS = 40


def classify_response(
    status: int, headers: Mapping[Any, Any] | None, body: bytes, page: Page | None = None
) -> Verdict:
    """The verdict on one response to an article request; ``page`` is the body read by
    :func:`parsers.page.read_html` (None when it could not be read)."""
    if status in REMOVED_STATUSES:
        return Verdict(REMOVED, f"HTTP {status}")
    if status != 200 and not 200 <= status < 300 or status == 204:
        return Verdict(NOT_ARTICLE, f"HTTP {status}")
    if not body or not body.strip():
        return Verdict(NOT_ARTICLE, "empty body")
    content_type = _header(headers, "Content-Type")
    if content_type and BINARY_TYPES.search(content_type.split(";")[0].strip()):
        return Verdict(NOT_ARTICLE, f"binary content ({content_type.split(';')[0].strip()})")
    if looks_binary(body):
        return Verdict(NOT_ARTICLE, "binary content served as text")
    if page is None:
        return Verdict(NOT_ARTICLE, "unreadable page")
    return classify_page(page)


def classify_page(page: Page) -> Verdict:
    """The verdict from a readable page's own words: its title, main headings and how much it says."""
    notices = [text for text in _notice_texts(page) if len(text) <= NOTICE_MAX_CHARS]
    if any(NOT_FOUND.search(text) for text in notices):
        return Verdict(REMOVED, "the page says it was not found")
    visible = [line.text for line in page.lines if not line.chrome] or [line.text for line in page.lines]
    length = sum(len(text) for text in visible)
    if any(SITE_NOTICE.search(text) or ERROR_TITLE.search(text) for text in notices) or (
        length < SHORT_PAGE_CHARS and any(SITE_NOTICE.search(text) for text in visible)
    ):
        return Verdict(NOT_ARTICLE, "maintenance or error notice")
    if length < MIN_TEXT_CHARS and not page.title_tag and not any(line.heading for line in page.lines):
        return Verdict(NOT_ARTICLE, "no title or body")
    return Verdict(ARTICLE)


def classify_article(article: Article) -> Verdict:
    """After a reader ran: a page that gave neither a title nor a body is no article."""
    if not (article.title or "").strip() and not (article.body or "").strip():
        return Verdict(NOT_ARTICLE, "no title or body")
    return Verdict(ARTICLE)


def looks_binary(body: bytes) -> bool:
    """File signatures, or control bytes (NUL and the like) making up more than 2 % of the first
    kilobyte: no HTML in any charset has them, except UTF-16, which announces itself with a BOM."""
    head = body[:1024].lstrip()
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if head.startswith(BINARY_MAGIC):
        return True
    controls = sum(1 for byte in head if byte < 0x20 and byte not in (0x09, 0x0A, 0x0C, 0x0D))
    return controls > len(head) * 0.02


def _notice_texts(page: Page) -> list[str]:
    texts = [page.title_tag or ""]
    headings = [line.text for line in page.lines if line.heading in (1, 2) and not line.chrome]
    texts.extend(headings[:2])
    return [text for text in texts if text]


def _header(headers: Mapping[Any, Any] | None, name: str) -> str | None:
    if not headers:
        return None
    for key, value in headers.items():
        key = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if key.lower() == name.lower():
            if isinstance(value, list | tuple):
                value = value[0] if value else b""
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return None


FAILED = "failed"
