"""The council-site reader every platform reader builds on, and the layout versions inside readers.

A reader answers the same questions for every platform: how its listings paginate, which links on a
listing are articles, an article's canonical URL, and its title, date, views and body. Platforms
that serve several themes list them as :class:`LayoutVersion` objects; the first version whose
marker the page carries reads the fields it knows, and every field it does not find falls back to
the generic rules below, so a theme change degrades a field instead of losing the page. The generic
rules never read a block about other articles (:func:`parsers.pages.blocks.read_article_html`) and
take the date that belongs to the article's own title (:func:`parsers.pages.blocks.date_of_title`).
The owning hromada and its oblast come from the registry, never from the page header.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import lxml.html

from parsers.dates import KYIV, isoformat, parse_date_text
from parsers.page import Line, Page, element_lines, metadata_published, read_html
from parsers.pages.blocks import date_nodes, date_of_title, in_chrome, is_date_text, read_article_html
from parsers.records import Article, ListingEntry, UaUnit
from parsers.registry import Site
from parsers.text import clean_line, name_key, normalize_text

# At most 25 digits of a counter: more is no count (and Python's int() refuses more than 4300).
# The look-ahead at the first letters only makes the scan of a long line fast (it matches the same).
VIEWS = re.compile(
    r"(?=[кпv])(?:Кількість переглядів|Переглядів|Перегляди|Views)\s*:?\s*(\d[\d\s]{0,24})", re.I
)
CHROME_XPATH = "ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside"
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,80}$")
_BACK_LINK = re.compile(r"^«\s*повернутися")
_SHARE_LINE = re.compile(r"^(?:Поділитися|Поширити|Сподобалась новина\?|Share|Теги|Tags)\b.*", re.IGNORECASE)
# Query parameters that never change which article a URL names.
TRACKING_PARAMS = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|yclid|mc_\w+|_ga|ref|tmpl|print|format|output)$", re.I
)
# Below this the generic reader keeps to its URL shapes rather than a discovered listing.
DISCOVERY_MIN_CONFIDENCE = 0.5
_VIDEO_HOSTS = re.compile(r"youtube\.com|youtu\.be|facebook\.com/plugins/video|vimeo\.com|player\.", re.I)


def classes(name: str) -> str:
    """XPath test for an element carrying the CSS class ``name``."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


class LayoutVersion:
    """One theme of a platform: how its pages are recognised and where its fields are.

    Every field method returns None when the version cannot find the field; the reader then falls
    back to the generic rules for that field alone.
    """

    name = "generic"

    def matches(self, page: Page) -> bool:
        """True when the page carries this theme's marker."""
        return False

    def title(self, page: Page) -> str | None:
        return None

    def published(self, page: Page, site: Site) -> datetime | None:
        return None

    def views(self, page: Page) -> int | None:
        return None

    def body(self, page: Page, title: str | None) -> str | None:
        return None


class PlatformReader:
    """The generic reader: standard metadata, the date of the title, the largest block of paragraphs."""

    name = "generic"
    versions: tuple[LayoutVersion, ...] = ()
    article_path = re.compile(r"^/(?:news|novyny|novini|article|articles|post|posts)/[^?#]+$")
    listing_link_xpath: str | None = None
    date_xpath: str | None = None
    body_xpath: str | None = None
    title_xpath = "//h1"
    trailing_slash: bool | None = None
    """Canonical article URLs end with a slash (True), never do (False), or keep what the link has."""

    # -- listings --------------------------------------------------------------------------------------

    def listing_url(self, base_url: str, listing: str, page: int, per_page: int = 0) -> str:
        """Page ``page`` (1-based) of a listing."""
        url = urljoin(base_url, listing)
        return url if page <= 1 else with_query(url, {"page": page})

    def listing_entries(self, body: bytes, url: str, site: Site) -> list[ListingEntry]:
        page = read_html(body, None, site.encoding)
        if page.root is None:
            return []
        links = page.root.xpath(self.listing_link_xpath) if self.listing_link_xpath else []
        if not links:
            links = page.root.xpath(f"//a[@href][not({CHROME_XPATH})]")
        pattern = re.compile(site.article_pattern) if site.article_pattern else self.article_path
        if self.name == "generic" and not site.article_pattern:
            discovered = self.discovered_entries(body, url, site)
            if discovered:
                return discovered
        entries: list[ListingEntry] = []
        seen: dict[str, ListingEntry] = {}
        for link in links:
            href = urljoin(url, link.get("href", ""))
            parts = urlsplit(href)
            if not same_site(parts.hostname, url, site) or not pattern.search(path_and_query(parts)):
                continue
            key = self.canonical_url(href, site)
            title = clean_line(link.text_content()) or None
            if key in seen:  # an image link and a title link to one article: keep the title
                seen[key].title = seen[key].title or title
                continue
            seen[key] = ListingEntry(url=href, title=title, date_text=self.teaser_date(link))
            entries.append(seen[key])
        return entries

    def discovered_entries(self, body: bytes, url: str, site: Site) -> list[ListingEntry]:
        """On an unknown platform with no article pattern: the page's repeated dated blocks
        (:func:`parsers.pages.discovery.find_listing`), when it finds them with confidence."""
        from parsers.pages.discovery import find_listing

        finding = find_listing(body, url)
        if finding.confidence < DISCOVERY_MIN_CONFIDENCE:
            return []
        return [
            ListingEntry(url=entry.url, title=entry.title or None, date_text=entry.date_text)
            for entry in finding.entries
            if same_site(urlsplit(entry.url).hostname, url, site)
        ]

    def teaser_date(self, link: lxml.html.HtmlElement) -> str | None:
        """The date shown with a listing link: the first date in the nearest block around it."""
        element = link
        for _ in range(4):
            element = element.getparent()
            if element is None:
                return None
            for node in date_nodes(element):
                return clean_line(node.text_content()) or node.get("datetime")
        return None

    def next_page_url(self, body: bytes, url: str, site: Site) -> str | None:
        """The listing's own link to its next page (``rel=next``, a pager's "Наступна", "›", "»")."""
        page = read_html(body, None, site.encoding)
        if page.root is None:
            return None
        candidates = page.root.xpath(
            "//link[@rel='next']/@href | //a[@rel='next']/@href"
            f" | //*[{classes('pager-next')} or {classes('pagination-next')} or {classes('next')}]//a/@href"
            f" | //a[{classes('next')}]/@href"
        )
        candidates += [
            link.get("href")
            for link in page.root.xpath("//a[@href]")
            if _is_next_label(clean_line(link.text_content()).lower())
        ]
        for href in candidates:
            absolute = urljoin(url, href)
            if absolute != url and same_site(urlsplit(absolute).hostname, url, site):
                return absolute
        return None

    # -- articles --------------------------------------------------------------------------------------

    def canonical_url(self, url: str, site: Site) -> str:
        """The article's URL on the site's real domain, whatever host, slash, tracking or print variant
        served it: one article, one key."""
        parts = urlsplit(url)
        path = re.sub(r"/print/?$", "/", parts.path) or "/"
        if self.trailing_slash is True and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            path += "/"
        elif self.trailing_slash is False and len(path) > 1:
            path = path.rstrip("/")
        query = urlencode(
            [
                (k, v)
                for k, v in parse_qsl(parts.query, keep_blank_values=True)
                if not TRACKING_PARAMS.match(k)
            ]
        )
        return f"https://{site.domain}{path}" + (f"?{query}" if query else "")

    def parse_article(self, body: bytes, url: str, site: Site, content_type: str | None = None) -> Article:
        """Read an article page from its bytes."""
        return self.read(read_article_html(body, content_type, site.encoding), url, site)

    def read(self, page: Page, url: str, site: Site) -> Article:
        """Read an article page (read by :func:`read_article_html`, so without blocks about other
        articles): the matching layout version first, the generic rules for what it misses."""
        warnings: list[str] = []
        version = next((version for version in self.versions if version.matches(page)), None)
        if self.versions and version is None:
            warnings.append(f"no known {self.name} layout version matched; read by the generic rules")
        title = (version and version.title(page)) or self.title(page)
        published = (version and version.published(page, site)) or self.published(page, site, title)
        article = Article(
            url=self.canonical_url(url, site),
            source=f"council:{self.name}",
            site=site.domain,
            site_article_id=self.article_id(url),
            lang="uk",
            title=title,
            published=isoformat(published),
            views=(version and version.views(page)) or self.views(page),
            lead=lead(page),
            body=(version and version.body(page, title)) or self.body(page, title),
            fetched_url=url,
            oblasts=[UaUnit(site.oblast_name_uk, site.oblast_katottg, site.oblast_name_uk, "oblast")],
            hromadas=[UaUnit(site.hromada_name_uk, site.hromada_katottg, site.hromada_name_uk, "hromada")],
            source_name=site.name or site.domain,
            owner_katottg=site.hromada_katottg,
            layout=f"{self.name}/{version.name if version else 'generic'}",
            warnings=warnings,
        )
        for field_name in ("title", "published"):
            if not getattr(article, field_name):
                warnings.append(f"no {field_name} found")
        if not article.body:
            warnings.append("empty body")
        return article

    def article_id(self, url: str) -> str:
        return path_and_query(urlsplit(url)).rstrip("/") or "/"

    def container(self, page: Page) -> lxml.html.HtmlElement | None:
        """The element holding the article text, when the platform's container is there."""
        if self.body_xpath and page.root is not None:
            found = page.root.xpath(self.body_xpath)
            if found:
                return found[0]
        return None

    def title_element(self, page: Page) -> lxml.html.HtmlElement | None:
        """The article's heading: the first matching heading outside the chrome, preferring the one
        that says what the page's metadata title says."""
        if page.root is None:
            return None
        headings = [
            element
            for element in page.root.xpath(self.title_xpath)
            if not in_chrome(element) and clean_line(element.text_content())
        ]
        declared = {name_key(text) for text in (page.meta.get("og:title"), page.title_tag) if text}
        declared |= {name_key(_TITLE_SUFFIX.sub("", text)) for text in (page.title_tag,) if text}
        for element in headings:
            if name_key(clean_line(element.text_content())) in declared:
                return element
        return headings[0] if headings else None

    def title(self, page: Page) -> str | None:
        element = self.title_element(page)
        if element is not None:
            return clean_line(element.text_content())
        for item in page.json_ld:
            if isinstance(item.get("headline"), str):
                return clean_line(item["headline"])
        if page.meta.get("og:title"):
            return page.meta["og:title"]
        return _TITLE_SUFFIX.sub("", page.title_tag).strip() if page.title_tag else None

    def published(self, page: Page, site: Site, title: str | None = None) -> datetime | None:
        """Declared metadata first, then the platform's date element, then the date of the title."""
        if moment := metadata_published(page):
            return moment
        if page.root is None:
            return None
        if self.date_xpath:
            for element in page.root.xpath(self.date_xpath):
                if not in_chrome(element) and (
                    moment := self.visible_date(clean_line(element.text_content()), site)
                ):
                    return moment
        return date_of_title(page.root, self.title_element(page), page.pruned)

    def visible_date(self, text: str, site: Site) -> datetime | None:
        if site.date_format:
            return strptime_in(text, site.date_format)
        return parse_date_text(text)

    def views(self, page: Page) -> int | None:
        for line in page.lines:
            if not line.chrome and (match := VIEWS.search(line.text)):
                return int(re.sub(r"\s", "", match.group(1)))
        return None

    def body(self, page: Page, title: str | None) -> str:
        container = self.container(page)
        if container is None and page.root is not None:
            container = largest_text_block(page.root)
        if container is None:
            return paragraphs([line for line in page.lines if not line.chrome], title)
        return paragraphs(element_lines(container, page), title) or media_lines(container)


_NEXT_WORDS = frozenset(
    {
        "наступна",
        "наступна сторінка",
        "далі",
        "next",
        "вперед",
        "старіші",
        "старіші новини",
        "older",
        "більше новин",
    }
)


def _is_next_label(text: str) -> bool:
    return text in {"›", "»", "→", ">"} or (bool(text) and text.rstrip(" ›»>→") in _NEXT_WORDS)


def lead(page: Page) -> str | None:
    """The page's declared summary; some platforms escape it twice ("&amp;nbsp;"), and a summary of
    punctuation and blanks is none."""
    for key in ("og:description", "description"):
        text = clean_line(html.unescape(page.meta.get(key) or ""))
        if len(text.strip(" .,;:-–—")) > 3:
            return text
    return None


def largest_text_block(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element whose own paragraphs hold the most text, outside navigation, header and footer."""
    best, best_size = None, 0
    for element in root.xpath(
        f"//*[p][not({CHROME_XPATH}) and not(self::nav or self::header or self::footer)]"
    ):
        size = sum(len(normalize_text(p.text_content()).strip()) for p in element.findall("p"))
        if size > best_size:
            best, best_size = element, size
    return best


def paragraphs(lines: list[Line], title: str | None) -> str:
    """Body text from visible lines: no chrome, title, date, views, back links, share bars or link menus."""
    kept = []
    for line in lines:
        text = line.text
        if line.chrome or text == title or is_date_text(text) or VIEWS.match(text):
            continue
        if _BACK_LINK.match(text) or _SHARE_LINE.match(text):
            continue
        if line.links and len(text) < 80 and text == " ".join(link for link, _ in line.links):
            continue
        kept.append(text)
    return "\n\n".join(kept)


def media_lines(container: lxml.html.HtmlElement) -> str:
    """A body that is only a video still says so: one line per embedded video, with its address."""
    videos = [
        frame.get("src")
        for frame in container.iter("iframe", "video", "source")
        if frame.get("src") and _VIDEO_HOSTS.search(frame.get("src") or "")
    ]
    return "\n\n".join(f"Відео: {src}" for src in videos)


def strptime_in(text: str, date_format: str) -> datetime | None:
    """Find and read a date written in ``date_format`` inside a visible line (Kyiv time)."""
    pattern = re.escape(date_format)
    for directive, regex in (
        ("%m", r"\d{1,2}"),
        ("%d", r"\d{1,2}"),
        ("%Y", r"\d{4}"),
        ("%H", r"\d{1,2}"),
        ("%M", r"\d{2}"),
        ("%y", r"\d{2}"),
    ):
        pattern = pattern.replace(re.escape(directive), regex)
    match = re.search(pattern, text)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(0), date_format).replace(tzinfo=KYIV)
    except ValueError:
        return None


def with_query(url: str, params: dict) -> str:
    parts = urlsplit(url)
    query = "&".join(filter(None, [parts.query, urlencode(params)]))
    return parts._replace(query=query).geturl()


def path_and_query(parts) -> str:
    return parts.path + (f"?{parts.query}" if parts.query else "")


def same_site(host: str | None, page_url: str, site: Site) -> bool:
    host = (host or "").lower()
    return host == (urlsplit(page_url).hostname or "").lower() or host.removeprefix("www.") in {
        h.removeprefix("www.") for h in site.hosts
    }
