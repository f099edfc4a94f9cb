"""Turn a page (HTML bytes or plain text) into visible lines, so one label-anchored reader serves both.

The portal's raw markup is unknown and its classes may change; what is stable is the visible text
order and its labels ("Теги:", "Область:", "Громади:"). So HTML is read as a browser shows it: a
sequence of lines, each with the links and machine dates it carries. A plain-text article (as
saved from a browser) gives the same lines without links.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

import lxml.html
from lxml import etree
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, to_unicode

from parsers.dates import parse_iso_datetime
from parsers.text import clean_line, normalize_text

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "br",
        "html",
        "caption",
    ]
)
SKIPPED_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "button",
        "select",
    ]
)
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside"})


@dataclass
class Line:
    """One visible line of a page."""

    text: str
    links: list[tuple[str, str]] = field(default_factory=list)
    """(visible text, href) of each link on the line."""
    datetimes: list[str] = field(default_factory=list)
    """``datetime`` attributes of ``<time>`` elements on the line."""
    heading: int = 0
    """1–6 when the line is an ``<h1>``–``<h6>``, else 0."""
    chrome: bool = False
    """True inside ``<nav>``, ``<header>``, ``<footer>``, ``<aside>``: site furniture, not article text."""


@dataclass
class Page:
    """A page read as lines plus its standard metadata."""

    lines: list[Line]
    meta: dict[str, str] = field(default_factory=dict)
    """``<meta property|name|itemprop>`` values, lower-cased keys; first value wins."""
    json_ld: list[dict] = field(default_factory=list)
    alternates: list[tuple[str, str]] = field(default_factory=list)
    """(hreflang, href) of ``<link rel="alternate" hreflang>``: the page in other languages."""
    canonical: str | None = None
    """``<link rel="canonical">`` or ``og:url``: the page's own URL when it was saved to a file."""
    title_tag: str | None = None
    lang: str | None = None
    encoding: str | None = None
    root: lxml.html.HtmlElement | None = None
    """The parsed tree, for platform readers that know a site's containers."""
    truncated: bool = False
    """True when the page was longer than :data:`MAX_PAGE_CHARS` and only its start was read."""
    pruned: object = None
    """What the ``prune`` step of :func:`read_html` returned about the tree (readers reuse it)."""
    spans: dict[lxml.html.HtmlElement, tuple[int, int]] = field(default_factory=dict)
    """Which of ``lines`` each block container (outside the chrome) gave, for :func:`element_lines`."""
    spans_size: int = 0
    """Nodes in the tree when ``spans`` were taken: a reader that removes parts later makes them stale."""


def decode_html(body: bytes, content_type: str | None = None, hint: str | None = None) -> tuple[str, str]:
    """Decode page bytes: BOM, then HTTP charset, then ``<meta charset>``, then detection (w3lib's
    primitives in the order its ``html_to_unicode`` took them, without its deprecated detection hook).

    Undeclared pages are UTF-8 when they decode as UTF-8; otherwise the site's hint or the legacy
    Cyrillic code page (windows-1251 or KOI8-U) whose decoding reads most like Ukrainian.
    """
    bom_encoding, bom = read_bom(body)
    if bom_encoding is not None and bom is not None:
        return to_unicode(body[len(bom) :], bom_encoding).replace("\x00", ""), bom_encoding
    encoding = (
        http_content_type_encoding(content_type)
        or html_body_declared_encoding(body)
        or detect_cyrillic_encoding(body, hint)
    )
    if encoding in {"utf-16", "utf-32"}:
        encoding += "-be"  # a declared UTF-16 or UTF-32 with no byte-order mark is big-endian
    return to_unicode(body, encoding).replace("\x00", ""), encoding


_UKRAINIAN_COMMON = frozenset("оаеинітрвлксдмупяьзбгчйхжшюцщєїґ")


def detect_cyrillic_encoding(data: bytes, hint: str | None = None) -> str:
    """The encoding of undeclared bytes: UTF-8 if valid or nearly so, else the hint, else the likelier
    code page.

    A UTF-8 page with a stray invalid byte (a cut multi-byte character, a CESU-8 surrogate) is still
    UTF-8: its valid multi-byte characters far outnumber the errors, while windows-1251 or KOI8-U
    text decoded as UTF-8 is nearly all errors. Such a page is decoded with replacement characters.
    """
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if mostly_utf8(data):
        return "utf-8"
    if hint:
        return hint

    def score(encoding: str) -> int:
        text = data.decode(encoding, errors="replace")
        return sum(1 for char in text if char in _UKRAINIAN_COMMON)

    return max(("windows-1251", "koi8-u"), key=score)


def mostly_utf8(data: bytes) -> bool:
    """True when the bytes decode as UTF-8 with at most one broken spot (a run of undecodable bytes)
    per 20 valid non-ASCII characters."""
    text = data.decode("utf-8", errors="replace")
    broken = len(_BROKEN_RUN.findall(text)) - len(_BROKEN_RUN.findall(data.decode("utf-8", errors="ignore")))
    wide = sum(1 for char in text if ord(char) > 0x7F and char != "\ufffd")
    return wide >= 20 * max(broken, 1)


_BROKEN_RUN = re.compile("\ufffd+")


# Standard meta names of a publication time (lower-cased as Page.meta keeps them).
PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished")


def metadata_published(page: Page, meta_keys: tuple[str, ...] = PUBLISHED_META) -> datetime | None:
    """The publication time the page declares: the first of ``meta_keys`` that parses, else JSON-LD's
    ``datePublished``. Readers try this before anything visible on the page."""
    for key in meta_keys:
        if page.meta.get(key) and (moment := parse_iso_datetime(page.meta[key])):
            return moment
    for item in page.json_ld:
        value = item.get("datePublished")
        if isinstance(value, str) and (moment := parse_iso_datetime(value)):
            return moment
    return None


def looks_like_html(data: bytes, source: str = "") -> bool:
    """A saved file is markup when it starts like markup, has a body tag, or is named .html."""
    head = data[:4096].lstrip().lower()
    return (
        head.startswith((b"<!doctype", b"<html", b"<?xml"))
        or b"<body" in head
        or source.lower().endswith((".html", ".htm"))
    )


# huge_tree lifts libxml2's nesting limit (255): 300 unclosed <font> must not drop the rest of the page.
_HTML_PARSER = lxml.html.HTMLParser(huge_tree=True)


def read_html(
    body: bytes | str,
    content_type: str | None = None,
    encoding_hint: str | None = None,
    prune: Callable[[lxml.html.HtmlElement], object] | None = None,
) -> Page:
    """Parse HTML into a :class:`Page`. Broken markup is repaired by lxml, never fatal.

    ``prune`` may remove parts of the tree before it is read into lines (blocks about other articles);
    what it returns is kept as ``Page.pruned``.
    The last page read is kept, keyed by the very same bytes object and arguments, so a page that two
    steps read is parsed once.
    """
    last = _LAST_READ.get("key")
    if last is not None and last[0] is body and last[1:] == (content_type, encoding_hint, prune):
        return _LAST_READ["page"]
    page = _read_html(body, content_type, encoding_hint, prune)
    _LAST_READ.update(key=(body, content_type, encoding_hint, prune), page=page)
    return page


_LAST_READ: dict = {}


def forget_last_page() -> None:
    """Drop the kept page (its reader may have changed its tree; its bytes may be large)."""
    _LAST_READ.clear()


def _read_html(
    body: bytes | str,
    content_type: str | None,
    encoding_hint: str | None,
    prune: Callable[[lxml.html.HtmlElement], object] | None = None,
) -> Page:
    if isinstance(body, bytes):
        text, encoding = decode_html(body, content_type, encoding_hint)
    else:
        text, encoding = body, "utf-8"
    text = _XML_DECLARATION.sub("", text, count=1)
    if len(text) > MAX_PAGE_CHARS // 4:
        text = _INLINE_DATA.sub("data:,", text)
    truncated = len(text) > MAX_PAGE_CHARS
    if truncated:
        text = text[:MAX_PAGE_CHARS]
    if not text.strip():
        return Page(lines=[], encoding=encoding)
    root = parse_tree(text)
    if root is None:
        lines = read_text_lines(re.sub(r"<[^>]+>", "\n", text))
        return Page(lines=lines, encoding=encoding, truncated=truncated)
    page = Page(lines=[], encoding=encoding, lang=root.get("lang"), root=root, truncated=truncated)
    _read_head(root, page)
    if prune is not None:
        page.pruned = prune(root)
    page.lines = list(_linearize(root, page.spans))
    page.spans_size = tree_size(root)
    return page


def tree_size(root: lxml.html.HtmlElement) -> int:
    """The number of nodes in a tree, counted without visiting them from Python."""
    return int(root.xpath("count(descendant-or-self::node())"))


# No news article is longer: past this many characters only the start of a page is read, so no
# page costs much more than a second or two of CPU (a 3 MB page of text took several). Inline
# images (base64 data: URIs, often megabytes on council pages) are dropped first, so they never
# push an article's text past the cut.
MAX_PAGE_CHARS = 2_000_000
_INLINE_DATA = re.compile(r"data:[\w/+.-]*;base64,[A-Za-z0-9+/=\s]{200,}")
# lxml refuses str input that declares its encoding; the bytes were decoded already.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Tags whose nesting carries no article structure: the fallback for trees too deep for libxml2.
_FLATTENED = re.compile(
    r"</?(?:font|span|b|i|u|em|strong|small|big|center|sup|sub|s|strike|tt|abbr|code|mark|q|cite)\b[^>]*>",
    re.IGNORECASE,
)
_NESTING_BLOCKS = re.compile(
    r"</?(?:div|table|tbody|thead|tfoot|tr|td|th|section|article|blockquote|ul|ol|li|dl|dd|dt)\b[^>]*>",
    re.IGNORECASE,
)


def parse_tree(text: str) -> lxml.html.HtmlElement | None:
    """The document tree, or None when lxml cannot read it at all.

    Even with ``huge_tree`` libxml2 stops at a few thousand levels of nesting and drops the rest of
    the page. When it says so, the page is read again with the nesting-only tags flattened (inline
    formatting removed, nesting blocks turned into line breaks): the article text is kept even
    though its containers are not.
    """
    try:
        root = lxml.html.document_fromstring(text, parser=_HTML_PARSER)
    except (etree.ParserError, ValueError):
        return None
    if not any(error.type_name == "ERR_RESOURCE_LIMIT" for error in _HTML_PARSER.error_log):
        return root
    flat = _NESTING_BLOCKS.sub("<br>", _FLATTENED.sub("", text))
    try:
        return lxml.html.document_fromstring(flat, parser=_HTML_PARSER)
    except (etree.ParserError, ValueError):
        return root


def _read_head(root: lxml.html.HtmlElement, page: Page) -> None:
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content is not None:
            page.meta.setdefault(key.strip().lower(), normalize_text(content).strip())
    for link in root.iter("link"):
        if (
            "alternate" in (link.get("rel") or "").lower().split()
            and link.get("hreflang")
            and link.get("href")
        ):
            page.alternates.append((link.get("hreflang").lower(), link.get("href").strip()))
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            page.canonical = page.canonical or link.get("href").strip()
    page.canonical = page.canonical or page.meta.get("og:url")
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        page.title_tag = clean_line(title.text_content())
    for script in root.iter("script"):
        if (script.get("type") or "").lower().split(";")[0].strip() != "application/ld+json":
            continue
        page.json_ld.extend(json_ld_items(script.text_content() or ""))


# JSON-LD larger than this is no page's metadata (and could only cost time).
MAX_JSON_LD_CHARS = 1_000_000
MAX_JSON_LD_ITEMS = 200


def json_ld_items(text: str) -> list[dict]:
    """The objects of one JSON-LD script, ``@graph`` unfolded; whatever is not an object is skipped.

    Broken, absurdly deep or huge JSON gives no items, never an error: ``@graph`` may be a string, a
    number or a list of strings on real pages.
    """
    if len(text) > MAX_JSON_LD_CHARS:
        return []
    try:
        data = json.loads(text or "null")
    except (ValueError, RecursionError):
        return []
    items = []
    for item in data if isinstance(data, list) else [data]:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        if graph is None:
            items.append(item)
        elif isinstance(graph, list):
            items.extend(part for part in graph if isinstance(part, dict))
        elif isinstance(graph, dict):
            items.append(graph)
    return items[:MAX_JSON_LD_ITEMS]


class _LineBuilder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.datetimes: list[str] = []
        self.heading = 0
        self.chrome = False

    def flush(self) -> Line | None:
        if not (self.parts or self.links or self.datetimes or self.heading):
            return None  # nothing to read or reset (most block elements open on an empty line)
        raw = "".join(self.parts)
        text = clean_line(raw) if raw and not raw.isspace() else ""
        line = Line(text, self.links, self.datetimes, self.heading, self.chrome) if text else None
        self.parts, self.links, self.datetimes, self.heading = [], [], [], 0
        return line


def element_lines(element: lxml.html.HtmlElement, page: Page | None = None) -> list[Line]:
    """The visible lines of one element (a platform's article container).

    When ``page`` is the page read from this very tree, unchanged since, its lines are reused: the
    walk that read the page read the container too (a page of 20,000 paragraphs is walked once)."""
    span = page.spans.get(element) if page is not None and page.root is not None else None
    if span is not None and tree_size(page.root) == page.spans_size:
        return page.lines[span[0] : span[1]]
    builder = _LineBuilder()
    lines = list(_walk(element, builder, chrome=False))
    last = builder.flush()
    return [*lines, last] if last else lines


def _linearize(
    root: lxml.html.HtmlElement, spans: dict[lxml.html.HtmlElement, tuple[int, int]] | None = None
) -> Iterator[Line]:
    body = root.find("body")
    builder = _LineBuilder()
    yield from _walk(body if body is not None else root, builder, chrome=False, spans=spans)
    last = builder.flush()
    if last:
        yield last


def _walk(
    element: lxml.html.HtmlElement,
    builder: _LineBuilder,
    chrome: bool,
    spans: dict[lxml.html.HtmlElement, tuple[int, int]] | None = None,
) -> Iterator[Line]:
    """Visible lines in document order; iterative, so no nesting depth is too deep for it.

    ``spans`` receives, for each block element with children and no chrome around it, the range of
    the yielded lines it gave: the very lines a walk of that element alone gives."""
    stack: list[tuple[str, lxml.html.HtmlElement, bool]] = [("enter", element, chrome)]
    starts: dict[lxml.html.HtmlElement, int] = {}
    count = 0
    while stack:
        event, node, inherited = stack.pop()
        if event == "tail":
            builder.chrome = inherited
            builder.parts.append(node.tail)
            continue
        if event == "exit":
            line = builder.flush()
            if line:
                count += 1
                yield line
            if spans is not None and node in starts:
                spans[node] = (starts.pop(node), count)
            continue
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in SKIPPED_TAGS or not tag:
            continue
        own_chrome = inherited or tag in CHROME_TAGS
        if tag in BLOCK_TAGS:
            line = builder.flush()
            if line:
                count += 1
                yield line
            if spans is not None and not inherited and len(node):
                starts[node] = count
            stack.append(("exit", node, own_chrome))
        builder.chrome = own_chrome
        _open_element(node, tag, builder)
        for child in reversed(node):
            if child.tail:
                stack.append(("tail", child, own_chrome))
            stack.append(("enter", child, own_chrome))


def _open_element(element: lxml.html.HtmlElement, tag: str, builder: _LineBuilder) -> None:
    """What an element adds to the line being built before its children: heading level, machine
    date, link, image gap, its own text."""
    if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        builder.heading = int(tag[1])
    if tag == "time" and element.get("datetime"):
        builder.datetimes.append(element.get("datetime"))
    if tag == "a" and element.get("href"):
        link_text = clean_line(element.text_content())
        if link_text:
            builder.links.append((link_text, element.get("href")))
    if tag == "img":
        builder.parts.append(" ")
    if element.text:
        builder.parts.append(element.text)


def read_text_lines(text: str) -> list[Line]:
    """Lines of a plain-text article; label words glued to the previous value are split off.

    Text copied from a browser runs blocks together: "Харківська областьГромади:".
    """
    text = _CELLS_BY_TABS.sub(" | ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = normalize_text(text)
    text = GLUED_LABEL.sub(r"\1\n\2", text)
    return [Line(clean_line(raw)) for raw in text.split("\n") if clean_line(raw)]


_CELLS_BY_TABS = re.compile(r"(?<=\S)[ ]*\t+[ ]*(?=\S)")
"""Tabs between words on a line: a table's cells as a spreadsheet copies them, kept apart as " | "."""

GLUED_LABEL = re.compile(
    r"(\S)((?:Теги|Область|Області|Громади|Громада|Джерело|Tags|Source|Читайте також|Read more):)"
)
