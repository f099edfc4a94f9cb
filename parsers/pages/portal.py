"""Read decentralization.gov.ua article and listing pages into records.

The article page's markup is unknown; its visible text order is known (title, date and views,
body, "Приєднані зображення:", "Теги:", "Область:", "Громади:", "Джерело:", "Читайте також:").
So the reader works on visible lines (:mod:`parsers.page`) anchored on those labels, and on
standard metadata (Open Graph, ``article:published_time``, JSON-LD, ``time[datetime]``). Class
names are used only on listing pages, where they are confirmed, with URL shapes as fallback.
A missing field is a warning and a None, never an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from lxml import etree

from parsers.dates import NUMERIC_DATETIME, WORDY_DATE, isoformat, parse_date_text, parse_iso_datetime
from parsers.page import (
    PUBLISHED_META,
    Line,
    Page,
    decode_html,
    metadata_published,
    read_text_lines,
)
from parsers.pages.blocks import OTHER_ARTICLES_LABEL, read_article_html
from parsers.places.katottg import Codifier, load_codifier
from parsers.records import Article, Link, ListingEntry, Tag
from parsers.text import name_key, normalize_name
from parsers.urls import CANONICAL_BASE, absolute, article_key, host_port, tag_slug

SOURCE = "portal"
SITE = "decentralization.gov.ua"

LABELS: dict[str, tuple[str, ...]] = {
    "images": ("Приєднані зображення", "Attached images"),
    "tags": ("Теги", "Tags"),
    "oblasts": ("Область", "Області", "Region", "Regions", "Oblast"),
    "hromadas": ("Громади", "Громада", "Communities", "Hromadas"),
    "source": ("Джерело", "Source"),
    "related": ("Читайте також", "Read more", "Read also"),
}
_LABEL_OF = {name_key(word): kind for kind, words in LABELS.items() for word in words}
_LABEL_LINE = re.compile(r"^(?P<label>[^\W\d_][^:]{1,30}):\s*(?P<rest>.*)$")
# A view count: at most 25 of its digits are read (more is no count); the whole of it is cut from a date line.
# (The look-ahead at the first letters only makes the scan of a long line fast: it matches the same.)
_VIEWS = re.compile(r"(?=[пv])(?:Переглядів|Перегляди|Views)\s*:\s*(\d[\d\s]{0,24})", re.IGNORECASE)
_VIEWS_ALL = re.compile(r"(?=[пv])(?:Переглядів|Перегляди|Views)\s*:\s*\d[\d\s]*", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_AUTHOR = re.compile(r"^(?:Автор|Авторка|Author)\s*:\s*(?P<name>.+)$")
_OBLAST_NAME = re.compile(
    r"(?:[А-ЯІЇЄҐ][\w'-]+\s+(?:область|обл\.)|Автономна Республіка Крим|м\.\s*Київ|м\.\s*Севастополь"
    r"|\bКиїв\b|\bСевастополь\b)"
)
_HROMADA_NAME = re.compile(
    r"[А-ЯІЇЄҐ][\w'-]*(?:\s+[\w'-]+)*?\s+(?:(?:міська|сільська|селищна)\s+)?(?:об'єднана\s+)?"
    r"(?:територіальна\s+)?(?:громада|ОТГ)"
)
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]*(?:Децентралізація|Decentralization)[^|]*$", re.IGNORECASE)
_KNOWN_TAGS_FILE = Path(__file__).resolve().parents[2] / "data" / "portal_tags.txt"


@dataclass
class _Blocks:
    """Where the labelled blocks start, by line index."""

    title_at: int | None
    labels: list[tuple[int, str, str]]
    """(line index, label kind, text after the colon on the same line)."""

    def first(self, *kinds: str) -> int | None:
        return next((index for index, kind, _ in self.labels if kind in kinds), None)

    @property
    def metadata_start(self) -> int | None:
        """The first label after the body: images, tags, oblast, hromadas, source or related."""
        return self.labels[0][0] if self.labels else None


def parse_article_html(
    body: bytes | str,
    url: str,
    content_type: str | None = None,
    codifier: Codifier | None = None,
) -> Article:
    """Parse a portal article page fetched from ``url`` (any host, mirror or URL variant)."""
    return parse_article_page(read_article_html(body, content_type), url, codifier)


def parse_article_page(page: Page, url: str, codifier: Codifier | None = None) -> Article:
    """Parse a portal article page read by :func:`read_article_html` (without blocks about other articles)."""
    return _parse_article(page, url, codifier or load_codifier(), is_html=True)


def parse_article_text(text: str, url: str | None = None, codifier: Codifier | None = None) -> Article:
    """Parse an article saved as plain text: the title on the first line, label blocks as lines."""
    page = Page(lines=read_text_lines(text))
    return _parse_article(page, url, codifier or load_codifier(), is_html=False)


def _parse_article(page: Page, url: str | None, codifier: Codifier, is_html: bool) -> Article:
    warnings: list[str] = []
    key = article_key(url, frozenset({host_port(url)})) if url else None
    if key is None and page.canonical:
        key = article_key(page.canonical)  # a saved page knows its own URL
    lang = key.lang if key else _page_lang(page)
    title = _title(page, is_html)
    blocks = _find_blocks(page.lines, title)
    article = Article(
        url=key.canonical_url if key else (url or ""),
        source=SOURCE,
        site=SITE,
        site_article_id=str(key.id) if key else None,
        lang=lang,
        title=title,
        published=isoformat(_published(page, blocks)),
        views=_views(page.lines, blocks),
        author=_author(page.lines, blocks),
        lead=page.meta.get("og:description") or page.meta.get("description") or None,
        body=_body(page.lines, blocks, title),
        source_name=_source_name(page.lines, blocks),
        fetched_url=url,
        alternate_urls=[absolute(url or CANONICAL_BASE, href) for _, href in page.alternates],
        layout="portal" if is_html else "portal/text",
        warnings=warnings,
    )
    article.tags, article.tag_links = _tags(page.lines, blocks, url)
    article.oblasts = [
        codifier.oblast(name) for name in _block_values(page.lines, blocks, "oblasts", _OBLAST_NAME)
    ]
    oblast_codes = frozenset(unit.katottg for unit in article.oblasts if unit.katottg)
    article.hromadas = [
        codifier.hromada(name, oblast_codes)
        for name in _block_values(page.lines, blocks, "hromadas", _HROMADA_NAME)
    ]
    _check(article, blocks, warnings)
    return article


def _page_lang(page: Page) -> str:
    lang = (page.lang or page.meta.get("og:locale") or "uk").lower()
    return "en" if lang.startswith("en") else "uk"


def _title(page: Page, is_html: bool) -> str | None:
    if not is_html:
        return page.lines[0].text if page.lines else None
    heading = next((line.text for line in page.lines if line.heading == 1 and not line.chrome), None)
    if heading:
        return heading
    for candidate in (page.meta.get("og:title"), page.meta.get("twitter:title"), page.title_tag):
        if candidate:
            return _TITLE_SUFFIX.sub("", candidate).strip() or None
    return None


def _label_kind(line: Line) -> tuple[str, str] | None:
    match = _LABEL_LINE.match(line.text)
    if not match:
        return None
    kind = _LABEL_OF.get(name_key(match["label"]))
    if kind is None and not match["rest"].strip() and OTHER_ARTICLES_LABEL.fullmatch(match["label"].strip()):
        kind = "related"  # "Популярне:", "Інші новини:": a heading over other articles' titles
    return (kind, match["rest"].strip()) if kind else None


def _find_blocks(lines: list[Line], title: str | None) -> _Blocks:
    title_at = None
    if title:
        title_key = name_key(title)
        title_at = next((i for i, line in enumerate(lines) if name_key(line.text) == title_key), None)
    start = title_at + 1 if title_at is not None else 0
    labels = []
    for index in range(start, len(lines)):
        found = _label_kind(lines[index])
        if found:
            labels.append((index, *found))
            if found[0] == "related":
                break
    return _Blocks(title_at, labels)


def _article_region(lines: list[Line], blocks: _Blocks) -> range:
    """Lines from the title to the first metadata label: where the date, views and body live."""
    start = blocks.title_at if blocks.title_at is not None else 0
    end = blocks.first("tags", "oblasts", "hromadas", "source", "related")
    return range(start, end if end is not None else len(lines))


_TABLE_CELLS_MIN = 3
"""A header row with this many cells or more and no digit opens a table (a byline has a date)."""


def _is_date_line(text: str) -> bool:
    """The line is a date, alone or as a part of a byline ("дата | джерело | рубрика", "джерело |
    рубрика | дата")."""
    parts = [part.strip() for part in _VIEWS_ALL.sub("", text).strip(" |").split(" | ")]
    return any(_is_a_date(part) for part in parts)


def _is_a_date(part: str) -> bool:
    """The text is a date and little else."""
    if not _DIGIT.search(part, 0, 4):
        return False  # a date that is nearly all of the part starts within its first four characters
    match = NUMERIC_DATETIME.search(part) or WORDY_DATE.search(part)
    return bool(match) and len(part) - (match.end() - match.start()) <= 3


def _published(page: Page, blocks: _Blocks):
    if moment := metadata_published(page, (*PUBLISHED_META, "dc.date", "date")):
        return moment
    region = [page.lines[i] for i in _article_region(page.lines, blocks) if not page.lines[i].chrome]
    for line in region:
        for value in line.datetimes:
            if moment := parse_iso_datetime(value):
                return moment
    for line in region:
        if _is_date_line(line.text) and (moment := parse_date_text(line.text)):
            return moment
    return None


def _views(lines: list[Line], blocks: _Blocks) -> int | None:
    for index in _article_region(lines, blocks):
        match = _VIEWS.search(lines[index].text)
        if match:
            return int(re.sub(r"\s", "", match[1]))
    return None


def _author(lines: list[Line], blocks: _Blocks) -> str | None:
    for index in _article_region(lines, blocks):
        match = _AUTHOR.match(lines[index].text)
        if match:
            return match["name"].strip()
    return None


def _body(lines: list[Line], blocks: _Blocks, title: str | None) -> str:
    start = blocks.title_at + 1 if blocks.title_at is not None else 0
    end = blocks.metadata_start if blocks.metadata_start is not None else len(lines)
    title_key = name_key(title) if title else None
    paragraphs = []
    columns = 0  # the cells of the table whose rows the lines are, after its header row
    for line in lines[start:end]:
        cells = len(line.text.split(" | ")) if " | " in line.text else 0
        if cells >= _TABLE_CELLS_MIN and not _DIGIT.search(line.text):
            columns = cells  # "Партнер | Країна | Документ | Дата": a table's header row, no byline
        elif cells != columns:
            columns = 0
        if line.chrome or (not columns and _is_date_line(line.text)) or _AUTHOR.match(line.text):
            continue  # a row of a table with a date cell is no byline
        if title_key and name_key(line.text) == title_key:
            continue
        if line.links and len(line.text) < 80 and line.text == " ".join(text for text, _ in line.links):
            continue
        paragraphs.append(line.text)
    return "\n\n".join(paragraphs)


def _label_lines(lines: list[Line], blocks: _Blocks, kind: str) -> tuple[str, list[Line]]:
    """The text after a label on its own line and the lines that follow it up to the next label."""
    for position, (index, found_kind, rest) in enumerate(blocks.labels):
        if found_kind != kind:
            continue
        following = blocks.labels[position + 1][0] if position + 1 < len(blocks.labels) else len(lines)
        return rest, [lines[index], *lines[index + 1 : following]]
    return "", []


def _block_values(lines: list[Line], blocks: _Blocks, kind: str, pattern: re.Pattern[str]) -> list[str]:
    """Names under a label: link texts when the page links them, else the names the pattern finds."""
    rest, block = _label_lines(lines, blocks, kind)
    if not block:
        return []
    links = [text for line in block for text, _ in line.links]
    if links:
        return [normalize_name(text) for text in links]
    texts = [rest] if rest else []
    for line in block[1:]:
        if not pattern.search(line.text):
            break
        texts.append(line.text)
    return [normalize_name(match.group(0)) for text in texts for match in pattern.finditer(text)]


def _tags(lines: list[Line], blocks: _Blocks, url: str | None) -> tuple[list[Tag], list[Link]]:
    rest, block = _label_lines(lines, blocks, "tags")
    if not block:
        return [], []
    link_pairs = [(text, href) for line in block for text, href in line.links]
    if link_pairs:
        tags, tag_links = [], []
        for text, href in link_pairs:
            full = absolute(url or CANONICAL_BASE, href)
            tags.append(Tag(normalize_name(text), tag_slug(full)))
            tag_links.append(Link(normalize_name(text), full))
        return tags, tag_links
    first_value = rest or (block[1].text if len(block) > 1 else "")
    return [Tag(name) for name in split_tag_line(first_value)], []


def split_tag_line(text: str, known: frozenset[str] | None = None) -> list[str]:
    """Split "партнерство міжнародна підтримка" into known multi-word tags, longest first.

    Plain text loses the links that separate tags; words not in the known list become one-word tags.
    A line that separates its tags by commas or semicolons says where each ends: each piece is a tag.
    """
    if _TAG_SEPARATOR.search(text):
        return [tag for piece in _TAG_SEPARATOR.split(text) if (tag := normalize_name(piece).strip(" ."))]
    known = known if known is not None else known_tags()
    words = normalize_name(text).split()
    tags, position = [], 0
    while position < len(words):
        for size in range(min(5, len(words) - position), 0, -1):
            candidate = " ".join(words[position : position + size])
            if size == 1 or name_key(candidate) in known:
                tags.append(candidate)
                position += size
                break
    return tags


_TAG_SEPARATOR = re.compile(r"[,;]")


def known_tags() -> frozenset[str]:
    """Tag names seen on the portal (``data/portal_tags.txt``), as name keys."""
    global _KNOWN_TAGS
    if _KNOWN_TAGS is None:
        lines = _KNOWN_TAGS_FILE.read_text(encoding="utf-8").splitlines() if _KNOWN_TAGS_FILE.exists() else []
        _KNOWN_TAGS = frozenset(name_key(line) for line in lines if line.strip() and not line.startswith("#"))
    return _KNOWN_TAGS


_KNOWN_TAGS: frozenset[str] | None = None


def _source_name(lines: list[Line], blocks: _Blocks) -> str | None:
    rest, block = _label_lines(lines, blocks, "source")
    if rest:
        return rest
    if len(block) > 1 and _label_kind(block[1]) is None and not block[1].chrome:
        return block[1].text
    return None


def _check(article: Article, blocks: _Blocks, warnings: list[str]) -> None:
    """Say what is missing, so a layout change shows up in the logs and the database."""
    for field_name in ("title", "published"):
        if not getattr(article, field_name):
            warnings.append(f"no {field_name} found")
    if not article.body:
        warnings.append("empty body")
    if blocks.first("tags") is None:
        warnings.append("no 'Теги:' block")
    for unit in (*article.oblasts, *article.hromadas):
        if unit.katottg is None:
            warnings.append(f"unresolved place name: {unit.name_as_written!r}")


def parse_listing(body: bytes | str, url: str, content_type: str | None = None) -> list[ListingEntry]:
    """Article teasers of a tag listing page, in page order, one per article.

    Uses the confirmed ``div.one-article`` blocks; when none are there (a renamed class), any
    link with an article URL shape outside the page chrome counts.
    """
    page_text = decode_html(body, content_type)[0] if isinstance(body, bytes) else body
    if not page_text.strip():
        return []
    try:
        root = lxml.html.document_fromstring(page_text)
    except (etree.ParserError, ValueError):
        return []
    entries = [_listing_entry(block, url) for block in root.xpath(_CLASS_XPATH.format("one-article"))]
    entries = [entry for entry in entries if entry]
    if not entries:
        entries = _listing_entries_by_url(root, url)
    seen, unique = set(), []
    for entry in entries:
        key = article_key(entry.url, frozenset({host_port(url)}))
        if key and key not in seen:
            seen.add(key)
            unique.append(entry)
    return unique


_CLASS_XPATH = ".//*[contains(concat(' ', normalize-space(@class), ' '), ' {} ')]"


def _listing_entry(block: etree._Element, url: str) -> ListingEntry | None:
    hosts = frozenset({host_port(url)})
    title_links = block.xpath(_CLASS_XPATH.format("one-article__title"))
    links = title_links or block.xpath(".//a[@href]")
    for link in links:
        href = absolute(url, link.get("href") or "")
        if article_key(href, hosts):
            date_nodes = block.xpath(_CLASS_XPATH.format("one-article__date"))
            tags = [
                normalize_name("".join(a.itertext()))
                for a in block.xpath(_CLASS_XPATH.format("one-article__tag"))
            ]
            return ListingEntry(
                url=href,
                title=normalize_name("".join(link.itertext())) or None,
                date_text=normalize_name("".join(date_nodes[0].itertext())) if date_nodes else None,
                tags=tags,
            )
    return None


def _listing_entries_by_url(root: etree._Element, url: str) -> list[ListingEntry]:
    hosts = frozenset({host_port(url)})
    entries = []
    for link in root.xpath(
        "//a[@href][not(ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside)]"
    ):
        href = absolute(url, link.get("href"))
        if article_key(href, hosts):
            entries.append(
                ListingEntry(url=href, title=normalize_name("".join(link.itertext())) or None, date_text=None)
            )
    return entries
