"""What an unknown hromada site is made of: its platform, its news section and its news listing.

Pure functions, bytes and a URL in, findings out; ``pobratym sites probe`` calls them on the pages
it fetches and writes the findings into the registry.

- :func:`fingerprint`: the platform, from markers a platform cannot help leaving in its pages
  (asset paths, generator meta, API links), never from the host name alone.
- :func:`news_links`: the news section, from navigation links labelled as news ("Новини",
  "Новини громади", "Події", …), then from the usual news paths linked anywhere on the page.
- :func:`find_listing`: the news listing on a page, as the largest group of repeated sibling
  blocks that each hold a link on the same site and a date; blocks inside navigation, headers,
  footers, sidebars and "related" widgets never count, so a sidebar of three dated links is not
  taken for the news. A confidence in [0, 1] says how sure the reading is.
- :func:`article_pattern`: a URL-path regex that matches the listing's article links.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html

from parsers.dates import NUMERIC_DATETIME, WORDY_DATE
from parsers.page import decode_html
from parsers.pages.blocks import in_chrome

# -- platforms --------------------------------------------------------------------------------------------

# (cms, marker regex on the page bytes); the registry platform follows from the cms and a version hint.
_MARKERS: tuple[tuple[str, re.Pattern[bytes], str], ...] = (
    ("gromada", re.compile(rb"rada\.info/upload/users_files/\d+"), "files under rada.info/upload"),
    ("gromada", re.compile(rb"gromada\.org\.ua/themes/"), "theme served from gromada.org.ua/themes"),
    ("gromada", re.compile(rb"//gromada\.org\.ua/[\w./-]*(?:icon|favicon)"), "icons from gromada.org.ua"),
    ("wordpress", re.compile(rb"/wp-content/|/wp-includes/"), "wp-content paths"),
    ("wordpress", re.compile(rb"<meta[^>]+generator[^>]+WordPress", re.I), "WordPress generator meta"),
    ("wordpress", re.compile(rb"/wp-json/|api\.w\.org"), "wp-json API link"),
    ("joomla", re.compile(rb"<meta[^>]+generator[^>]+Joomla", re.I), "Joomla generator meta"),
    ("joomla", re.compile(rb"/media/(?:jui|system)/|option=com_|/components/com_"), "Joomla component paths"),
    ("drupal", re.compile(rb"<meta[^>]+generator[^>]+Drupal", re.I), "Drupal generator meta"),
    ("drupal", re.compile(rb"Drupal\.settings|data-drupal-|/sites/(?:default|all)/(?:files|themes|modules)/"),
     "Drupal settings or sites/ paths"),
)  # fmt: skip
_K2 = re.compile(rb"com_k2|catItemTitle|itemDateCreated")
_DRUPAL7 = re.compile(rb"Drupal\.settings|Drupal 7|/sites/all/")


@dataclass(frozen=True)
class Fingerprint:
    cms: str
    """gromada, wordpress, joomla, drupal or unknown."""
    platform: str
    """The registry platform whose reader fits: gromada, wordpress, joomla_k2, drupal7 or generic."""
    evidence: tuple[str, ...] = ()


def fingerprint(body: bytes, url: str = "", headers: dict[str, str] | None = None) -> Fingerprint:
    """The site's platform from its page markers (and an ``X-Generator`` header when there is one)."""
    evidence: dict[str, list[str]] = defaultdict(list)
    for cms, marker, label in _MARKERS:
        if marker.search(body):
            evidence[cms].append(label)
    generator = {key.lower(): value for key, value in (headers or {}).items()}.get("x-generator", "")
    for cms in ("drupal", "wordpress", "joomla"):
        if cms in generator.lower():
            evidence[cms].append(f"X-Generator: {generator}")
    if re.search(rb"/news/\d{10}/?[\"']", body) and evidence.get("gromada") is not None:
        evidence["gromada"].append("articles at /news/<unix time>/")
    if not evidence:
        return Fingerprint("unknown", "generic")
    cms = max(evidence, key=lambda name: len(evidence[name]))
    platform = {
        "gromada": "gromada",
        "wordpress": "wordpress",
        "joomla": "joomla_k2" if _K2.search(body) else "generic",
        "drupal": "drupal7" if _DRUPAL7.search(body) or "7" in generator else "generic",
    }[cms]
    return Fingerprint(cms, platform, tuple(evidence[cms]))


# -- the news section -------------------------------------------------------------------------------------

_NEWS_LABEL = re.compile(
    r"^(?:усі |всі |останні |архів )?(?:новини|новин|події|news)(?: (?:громади|ради|міста|селища|села|"
    r"та події|і події|громад[иі]|тг|отг))?$"
)
_NEWS_PATH = re.compile(
    r"^/(?:[a-z]{2}/)?(?:news|novyny|novini|novosti|category/(?:novyny|novini|news)[\w-]*|more_news|podii|events)/?$",
    re.I,
)


def news_links(body: bytes, url: str) -> list[str]:
    """Candidate news listings on a home page, best first: labelled menu links, then news-shaped paths."""
    root = _root(body)
    if root is None:
        return []
    labelled, shaped = [], []
    for link in root.iter("a"):
        href = link.get("href") or ""
        absolute = urljoin(url, href)
        if (
            not href
            or href.startswith(("#", "mailto:", "tel:", "javascript:"))
            or not _same_host(absolute, url)
        ):
            continue
        text = _label(link.text_content())
        path = urlsplit(absolute).path
        if _NEWS_LABEL.match(text):
            # A menu link outranks the same label in a page body.
            menu = in_chrome(link, include_self=False, sidebars=True)
            labelled.append((0 if menu else 1, len(text), absolute))
        elif _NEWS_PATH.match(path):
            shaped.append((0, 0, absolute))
    ranked = [item[2] for item in sorted(labelled)] + [item[2] for item in shaped]
    return list(dict.fromkeys(_without_fragment(link) for link in ranked))


# -- the listing ------------------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_SHORT_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2})\b")
_WORDY_CAPITAL = re.compile(
    r"\b\d{1,2}\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)"
    r",?\s+\d{4}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ListedArticle:
    url: str
    title: str
    date_text: str | None


@dataclass
class ListingFinding:
    entries: list[ListedArticle] = field(default_factory=list)
    confidence: float = 0.0
    container: str = ""
    """A short description of where the blocks were (tag and class of their parent)."""
    reason: str = ""
    """Why the confidence is what it is, in words for the operator."""

    @property
    def dated(self) -> int:
        return sum(1 for entry in self.entries if entry.date_text)


def find_listing(body: bytes, url: str) -> ListingFinding:
    """The news listing of a page: the largest group of repeated blocks with a link and a date."""
    root = _root(body)
    if root is None:
        return ListingFinding(reason="not an HTML page")
    best: tuple[float, ListingFinding] | None = None
    for parent in root.iter():
        if not isinstance(parent.tag, str) or in_chrome(parent, sidebars=True):
            continue
        groups: dict[tuple[str, str], list[lxml.html.HtmlElement]] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str):
                groups[(child.tag, _first_class(child))].append(child)
        for blocks in groups.values():
            if len(blocks) < 3:
                continue
            finding = _read_blocks(blocks, parent, url)
            # Dated blocks weigh most: a long menu of undated links loses to a short dated listing.
            score = finding.dated * 2 + (len(finding.entries) - finding.dated) * 0.25
            if finding.entries and (best is None or score > best[0]):
                best = (score, finding)
    if best is None:
        return ListingFinding(reason="no repeated blocks with links on the page")
    finding = best[1]
    finding.confidence, finding.reason = _confidence(finding)
    return finding


def _read_blocks(
    blocks: list[lxml.html.HtmlElement], parent: lxml.html.HtmlElement, url: str
) -> ListingFinding:
    entries, seen = [], set()
    for block in blocks:
        link = _title_link(block, url)
        if link is None:
            continue
        href = _without_fragment(urljoin(url, link.get("href", "")))
        if href in seen:
            continue
        seen.add(href)
        entries.append(ListedArticle(href, _label(link.text_content(), lower=False), _date_in(block)))
    return ListingFinding(entries=entries, container=f"{parent.tag}.{_first_class(parent) or '-'}")


def _title_link(block: lxml.html.HtmlElement, url: str) -> lxml.html.HtmlElement | None:
    """The block's article link: the same-site link with the longest text (a title, not "Детальніше")."""
    links = [block] if block.tag == "a" else block.iter("a")
    candidates = []
    for link in links:
        href = link.get("href") or ""
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        absolute = urljoin(url, href)
        if not _same_host(absolute, url) or urlsplit(absolute).path in ("", "/"):
            continue
        candidates.append((len(_label(link.text_content())), link))
    return max(candidates, key=lambda item: item[0])[1] if candidates else None


def _date_in(block: lxml.html.HtmlElement) -> str | None:
    for time in block.iter("time"):
        value = time.get("datetime") or time.text_content()
        if value and value.strip():
            return value.strip()
    text = " ".join(" ".join(block.itertext()).split())  # elements apart: "title</a><span>27.09.2020"
    for pattern in (NUMERIC_DATETIME, WORDY_DATE, _WORDY_CAPITAL, _ISO_DATE, _SLASH_DATE, _SHORT_DATE):
        match = pattern.search(text)
        if match:
            return match.group(0)
    return None


def _confidence(finding: ListingFinding) -> tuple[float, str]:
    """High for five or more blocks that all carry a date and share one URL shape."""
    total = len(finding.entries)
    dated_share = finding.dated / total
    shapes = Counter(_path_shape(entry.url) for entry in finding.entries)
    shape_share = shapes.most_common(1)[0][1] / total
    size = 1.0 if total >= 5 else 0.6 if total >= 3 else 0.3
    confidence = round(dated_share * size * (0.5 + 0.5 * shape_share), 2)
    reason = (
        f"{total} blocks in {finding.container}, {finding.dated} with a date, "
        f"{shape_share:.0%} share a URL shape"
    )
    return confidence, reason


def article_pattern(urls: list[str]) -> str | None:
    """A path regex for the listing's article links: the common first path segment and its shape."""
    shapes = Counter(_path_shape(url) for url in urls)
    if not shapes:
        return None
    shape, count = shapes.most_common(1)[0]
    if count < max(2, len(urls) // 2):
        return None
    return shape


def _path_shape(url: str) -> str:
    """``/news/1758001311/`` → ``^/news/\\d+/?$``; ``/novyny/some-slug.html`` → ``^/novyny/[^?#]+$``."""
    segments = [part for part in urlsplit(url).path.split("/") if part]
    if not segments:
        return "^/$"
    if len(segments) == 1:
        return r"^/[^/?#]+/?$"
    head = r"\d{4}" if re.fullmatch(r"(?:19|20)\d\d", segments[0]) else re.escape(segments[0])
    if len(segments) == 2 and segments[1].isdigit():
        return rf"^/{head}/\d+/?$"
    return rf"^/{head}/[^?#]+$"


# -- helpers ----------------------------------------------------------------------------------------------


def _root(body: bytes) -> lxml.html.HtmlElement | None:
    """The page's tree, decoded as the project decodes every page (header, BOM, meta, then a guess)."""
    if not body or not body.strip():
        return None
    text, _ = decode_html(body, None, None)
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return None


def _first_class(element: lxml.html.HtmlElement) -> str:
    """The element's first class without digits: repeated blocks share it (``post``, ``views-row``)
    where their other classes number them (``post-4588``, ``views-row-1``)."""
    names = (element.get("class") or "").split()
    for name in names:
        if not any(char.isdigit() for char in name):
            return name
    return re.sub(r"\d+", "#", names[0]) if names else ""


def _label(text: str, lower: bool = True) -> str:
    text = " ".join(text.split()).strip(" :»›→")
    return text.lower() if lower else text


def _same_host(url: str, page_url: str) -> bool:
    host, page_host = urlsplit(url).hostname or "", urlsplit(page_url).hostname or ""
    return host.removeprefix("www.") == page_host.removeprefix("www.")


def _without_fragment(url: str) -> str:
    return url.split("#", 1)[0]
