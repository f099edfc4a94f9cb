"""Which parts of a page are about other articles, and which date belongs to the article itself.

Real sites put other articles beside the article: "Інші новини", "Читайте також", latest-news
columns, related posts. Each of those teasers carries its own title, date and view count, and a
reader that takes "the first date on the page" takes theirs. The rule here is structural and holds
for every reader:

- a **date node** is a ``<time>`` element or a short element whose visible text is a date;
- a **teaser** is the nearest ancestor of a date node that also links to another page;
- a **listing block** is the smallest element holding two or more teasers of the same shape (same
  tag and classes), or a block headed by a label such as "Читайте також" / "Інші новини";
- nothing inside a listing block is ever the article's title, date, views or body;
- the article's own date is the first date node after its title, inside the smallest container
  that holds both.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import lxml.html
from lxml import etree

from parsers.dates import NUMERIC_DATETIME, WORDY_DATE, parse_date_text, parse_iso_datetime
from parsers.page import CHROME_TAGS, Page, read_html, tree_size
from parsers.text import clean_line

# Headings of blocks that list other articles, whatever their markup.
OTHER_ARTICLES_LABEL = re.compile(
    r"^(?:читайте\s+також|читайте\s+більше|інші\s+новини|інші\s+публікації|останні\s+новини|"
    r"новини\s+по\s+темі|схожі\s+(?:новини|матеріали|публікації)|по\s+темі|популярн(?:і|е)(?:\s+новини)?|"
    r"найпопулярніше|актуально|вам\s+може\s+бути\s+цікаво|related(?:\s+(?:posts|news|articles))?|"
    r"read\s+(?:also|more)|latest\s+news|other\s+news|recent\s+posts)\b",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(r"^(?:Дата(?:\s+публікації)?|Опубліковано|Додано|Date|Published)\s*:?\s*", re.I)
# The look-aheads at the first letters only make the scans fast: they match what the words alone match.
_VIEWS_TEXT = re.compile(
    r"(?=[кпv])(?:Кількість\s+переглядів|Переглядів|Перегляди|Views)\s*:?\s*\d[\d\s]*", re.I
)
_WEEKDAY = re.compile(r"^[А-ЯІЇЄҐA-Z][\w']+,\s*")
_TIME_WORDS = re.compile(r"(?=[оaр])(?:\b(?:о|об|at)\b\s*|\bр\.\s*)", re.I)
_DIGIT = re.compile(r"\d")
_INLINE = frozenset({"span", "b", "i", "em", "strong", "small", "time", "a", "font", "abbr", "sup", "sub"})
_TEASER_DEPTH = 6
_MAX_DATE_TEXT = 80


def is_date_text(text: str) -> bool:
    """A short visible text that is a date (with an optional label, weekday, views or "о" before the time)."""
    return len(text) <= _MAX_DATE_TEXT and _short_is_date_text(text)


# Remembered: a page's lines are asked twice (as date nodes, then as body lines), and a page of
# 20,000 short lines asks 40,000 times. Keys are at most 80 characters, so the memory stays small.
@lru_cache(maxsize=1 << 15)
def _short_is_date_text(text: str) -> bool:
    stripped = _VIEWS_TEXT.sub("", _DATE_LABEL.sub("", text)).strip(" |,·•")
    stripped = _TIME_WORDS.sub("", _WEEKDAY.sub("", stripped))
    if not _DIGIT.search(stripped, 0, 4):
        return False  # a date that is nearly all of the text starts within its first four characters
    match = NUMERIC_DATETIME.search(stripped) or WORDY_DATE.search(stripped)
    return bool(match) and len(stripped) - (match.end() - match.start()) <= 3


def _is_element(node: object) -> bool:
    return isinstance(node, lxml.html.HtmlElement) and isinstance(node.tag, str)


def date_nodes(
    root: lxml.html.HtmlElement,
    dated: dict[lxml.html.HtmlElement, bool] | None = None,
    texts: list[str] | None = None,
) -> list[lxml.html.HtmlElement]:
    """``<time>`` elements and short inline-only elements whose text is a date, in document order.

    ``dated`` remembers, per element, whether its visible text is a date: it is filled on the way
    and its answers are reused (the caller drops the elements whose text it changes). ``texts`` are the
    tree's :func:`visible_texts`, when the caller has them already."""
    found = {id(element): element for element in root.iter("time")}
    for element in _elements_with_text(root, _HAS_YEAR, texts):
        if (
            id(element) not in found
            and element.tag not in _INLINE
            and (not len(element) or _inline_only(element))
            and _text_is_date(element, dated)
        ):
            found[id(element)] = element
    if len(found) < 2:
        return list(found.values())
    return [element for element in root.iter(etree.Element) if id(element) in found]  # document order


_HAS_YEAR = re.compile(r"\d{4}")


def _inline_only(element: lxml.html.HtmlElement) -> bool:
    """Only inline children (comments aside), none of them a ``<time>``."""
    return all(not _is_element(child) or child.tag in _INLINE for child in element) and not any(
        _is_element(child) and child.tag == "time" for child in element
    )


def _text_is_date(element: lxml.html.HtmlElement, dated: dict[lxml.html.HtmlElement, bool] | None) -> bool:
    if dated is None:
        return is_date_text(clean_line(element.text_content()))
    if element not in dated:
        dated[element] = is_date_text(clean_line(element.text_content()))
    return dated[element]


def visible_texts(root: lxml.html.HtmlElement) -> list[str]:
    """The tree's text nodes outside scripts and styles (each knows its element)."""
    return root.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")


def _elements_with_text(
    root: lxml.html.HtmlElement, pattern: re.Pattern[str], texts: list[str] | None = None
) -> list[lxml.html.HtmlElement]:
    """The nearest block-level holder of every text node matching ``pattern`` (a cheap first filter)."""
    holders: dict[int, lxml.html.HtmlElement] = {}
    for text in visible_texts(root) if texts is None else texts:
        if not pattern.search(text):
            continue
        element = text.getparent()
        while element is not None and _is_element(element) and element.tag in _INLINE:
            parent = element.getparent()
            if parent is None:
                break
            element = parent
        if element is not None and _is_element(element):
            holders[id(element)] = element
    return list(holders.values())


def _links_elsewhere(element: lxml.html.HtmlElement) -> bool:
    for link in element.iter("a"):
        href = (link.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:", "mailto:", "tel:")):
            return True
    return False


def _teaser(
    node: lxml.html.HtmlElement, links: dict[lxml.html.HtmlElement, bool]
) -> lxml.html.HtmlElement | None:
    """The nearest ancestor of a date node that also links to another page (``links`` memoizes the
    answer per element: on a page of thousands of dated lines the same ancestors come up again).

    The memo is keyed by the element itself, which keeps it alive: keyed by ``id()``, a freed
    element's number went to the next one and the answer with it."""
    element = node
    for _ in range(_TEASER_DEPTH):
        if element not in links:
            links[element] = _links_elsewhere(element)
        if links[element]:
            return element
        element = element.getparent()
        if element is None or element.tag in ("body", "html"):
            return None
    return None


def _signature(element: lxml.html.HtmlElement) -> tuple[str, frozenset[str]]:
    return element.tag, frozenset((element.get("class") or "").split())


def _common_ancestor(elements: list[lxml.html.HtmlElement]) -> lxml.html.HtmlElement | None:
    paths = [list(element.iterancestors())[::-1] + [element] for element in elements]
    common = None
    for level in zip(*paths, strict=False):
        if all(node is level[0] for node in level):
            common = level[0]
        else:
            break
    return common


def listing_blocks(
    root: lxml.html.HtmlElement,
    nodes: list[lxml.html.HtmlElement] | None = None,
    texts: list[str] | None = None,
) -> list[lxml.html.HtmlElement]:
    """Blocks that list other articles: repeated dated teasers, or a block under an "other news" label.
    ``nodes`` are the page's date nodes and ``texts`` its :func:`visible_texts`, when the caller has
    them already."""
    groups: dict[tuple, list[lxml.html.HtmlElement]] = defaultdict(list)
    links: dict[lxml.html.HtmlElement, bool] = {}
    for node in date_nodes(root, texts=texts) if nodes is None else nodes:
        teaser = _teaser(node, links)
        if teaser is not None and all(teaser is not seen for seen in groups[_signature(teaser)][-1:]):
            groups[_signature(teaser)].append(teaser)
    blocks = []
    for teasers in groups.values():
        if len(teasers) >= 2:
            common = _common_ancestor(teasers)
            if common is not None and common.tag not in ("body", "html"):
                blocks.append(common)
    blocks.extend(_labelled_blocks(root, texts))
    return _outermost(blocks)


def _labelled_blocks(
    root: lxml.html.HtmlElement, texts: list[str] | None = None
) -> list[lxml.html.HtmlElement]:
    """The container of a short heading-like element that says "other news", "read also" and the like."""
    found = []
    for element in _elements_with_text(root, _LABEL_START, texts):
        if element.tag in ("script", "style", "head", "title", "a"):
            continue
        if any(_is_element(child) and child.tag not in _INLINE for child in element):
            continue
        text = clean_line(element.text_content())
        if not text or len(text) > 60 or not OTHER_ARTICLES_LABEL.match(text):
            continue
        container = element.getparent()
        while container is not None and not _links_elsewhere_beside(container, element):
            container = container.getparent()
        if container is not None and container.tag not in ("body", "html"):
            found.append(container)
    return found


_LABEL_START = re.compile(
    r"^\s*(?:читайте|інші|останні|новини|схожі|по\s+темі|популярн|найпопулярн|актуально|вам|related|read|latest|"
    r"other|recent)",
    re.IGNORECASE,
)


def _links_elsewhere_beside(container: lxml.html.HtmlElement, label: lxml.html.HtmlElement) -> bool:
    return any(child is not label and _is_element(child) and _links_elsewhere(child) for child in container)


def _outermost(blocks: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    result = []
    for block in blocks:
        if any(other is not block and block in set(other.iterdescendants()) for other in blocks):
            continue
        if not any(block is kept for kept in result):
            result.append(block)
    return result


def in_blocks(element: lxml.html.HtmlElement, blocks: list[lxml.html.HtmlElement]) -> bool:
    """True when ``element`` is one of ``blocks`` or inside one."""
    ancestors = [element, *element.iterancestors()]
    return any(ancestor is block for ancestor in ancestors for block in blocks)


# Classes and ids of the furniture beside a site's content: sidebars, widgets, boxes of related,
# popular or latest news, banners, breadcrumbs, comments.
SIDEBAR_NAMES = re.compile(
    r"sidebar|widget|related|popular|banner|breadcrumb|similar|other[-_]?news|read[-_]?more|last[-_]?news|"
    r"latest|comments",
    re.I,
)


def in_chrome(element: lxml.html.HtmlElement, include_self: bool = True, sidebars: bool = False) -> bool:
    """Inside ``<nav>``, ``<header>``, ``<footer>`` or ``<aside>``: site furniture.

    With ``sidebars``, the stricter rule for telling a site's own news listing from its furniture:
    also inside a block whose class or id names a sidebar or widget (:data:`SIDEBAR_NAMES`; the
    page ``body``'s own classes describe the layout and do not count), while a header or footer
    inside an ``<article>`` or ``<main>`` is that article's, not the site's.
    """
    start = element if include_self else element.getparent()
    if start is None:
        return False
    path = [start, *start.iterancestors()]
    if not sidebars:
        return any(ancestor.tag in CHROME_TAGS for ancestor in path)
    path = [node for node in path if isinstance(node.tag, str)]
    for depth, node in enumerate(path):
        if node.tag in ("body", "html"):
            continue
        if node.tag in ("nav", "aside"):
            return True
        if node.tag in ("header", "footer") and not _inside_article(path[depth + 1 :]):
            return True
        if SIDEBAR_NAMES.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


@dataclass
class Pruned:
    """What :func:`drop_listings` found, so that :func:`date_of_title` need not look again: on a page of
    thousands of dated lines, finding the date nodes is most of what reading the page costs."""

    root: lxml.html.HtmlElement
    nodes: list[lxml.html.HtmlElement]
    """The date nodes of the tree before any block was removed."""
    dropped: bool
    """True when listing blocks were removed: the date nodes are then found again, as they may differ."""
    dated: dict[lxml.html.HtmlElement, bool]
    """Whether an element's visible text is a date, for the elements whose text the removal kept."""
    size: int
    """Elements left in the tree: a reader that removes more later makes this record stale."""


def _inside_article(ancestors: list[lxml.html.HtmlElement]) -> bool:
    return any(ancestor.tag in ("article", "main") for ancestor in ancestors)


def drop_listings(root: lxml.html.HtmlElement) -> Pruned:
    """Remove every listing block from the tree (a ``prune`` for :func:`parsers.page.read_html`)."""
    dated: dict[lxml.html.HtmlElement, bool] = {}
    texts = visible_texts(root)
    nodes = date_nodes(root, dated, texts)
    dropped = False
    for block in listing_blocks(root, nodes, texts):
        parent = block.getparent()
        if parent is not None:
            for ancestor in (parent, *parent.iterancestors()):
                dated.pop(ancestor, None)  # its text loses the block's
            block.drop_tree()
            dropped = True
    return Pruned(root, nodes, dropped, dated, tree_size(root))


def _dates_and_listings(
    root: lxml.html.HtmlElement, pruned: object
) -> tuple[list[lxml.html.HtmlElement], list[lxml.html.HtmlElement]]:
    """The date nodes and listing blocks of the tree as it is now, reusing what pruning found.

    When pruning removed nothing, they are what it found (and no listing block is left); when it
    removed blocks, the date nodes are found again with the answers for untouched elements reused.
    """
    fresh = isinstance(pruned, Pruned) and pruned.root is root and pruned.size == tree_size(root)
    if fresh and not pruned.dropped:
        return pruned.nodes, []
    texts = visible_texts(root)
    nodes = date_nodes(root, pruned.dated if fresh else None, texts)
    return nodes, listing_blocks(root, nodes, texts)


def read_article_html(
    body: bytes | str, content_type: str | None = None, encoding_hint: str | None = None
) -> Page:
    """An article page read without its blocks about other articles: what is left is article and chrome."""
    return read_html(body, content_type, encoding_hint, prune=drop_listings)


def node_date(node: lxml.html.HtmlElement) -> datetime | None:
    """The moment a date node states: a full machine ``datetime`` when it has one, else its visible text.

    Some themes put only the year in ``datetime``; a value without month and day is not a date.
    """
    value = (node.get("datetime") or "").strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}", value) and (moment := parse_iso_datetime(value)):
        return moment
    text = clean_line(node.text_content())
    return parse_date_text(_TIME_WORDS.sub("", _DATE_LABEL.sub("", text)))


def date_of_title(
    root: lxml.html.HtmlElement, title: lxml.html.HtmlElement | None, pruned: object = None
) -> datetime | None:
    """The date that belongs to the article's title: the first date node after the title, inside the
    smallest container of the title that has one, never in a listing block or the site's chrome.

    ``pruned`` is what :func:`drop_listings` returned for this tree (``Page.pruned``), when known."""
    nodes, blocks = _dates_and_listings(root, pruned)
    candidates = [node for node in nodes if not in_blocks(node, blocks) and not in_chrome(node)]
    if not candidates:
        return None
    if title is None:
        return next((moment for node in candidates if (moment := node_date(node))), None)
    near = _nearest(title, candidates)
    before = _before(root, title, near)
    after = [node for node in near if node is not title and id(node) not in before]
    for node in after or near:
        if moment := node_date(node):
            return moment
    return None


def _nearest(title: lxml.html.HtmlElement, nodes: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    """The nodes inside the smallest container of ``title`` (its parent, grandparent, ...) that holds any.

    Each node walks up to the first container of the title it meets: no container's subtree is listed."""
    containers = list(title.iterancestors())  # kept alive: their ids must stay theirs
    levels = {id(container): level for level, container in enumerate(containers)}
    met = []
    for node in nodes:
        element = node
        while element is not None and id(element) not in levels:
            element = element.getparent()
        met.append(levels[id(element)] if element is not None else None)
    reached = [level for level in met if level is not None]
    if not reached:
        return []
    smallest = min(reached)
    return [node for node, level in zip(nodes, met, strict=True) if level == smallest]


def _before(
    root: lxml.html.HtmlElement, title: lxml.html.HtmlElement, nodes: list[lxml.html.HtmlElement]
) -> set[int]:
    """Which ``nodes`` come before ``title`` in the document (the walk stops at the title)."""
    wanted = {id(node) for node in nodes}
    before = set()
    for element in root.iter(etree.Element):
        if element is title:
            break
        if id(element) in wanted:
            before.add(id(element))
    return before
