"""Read council and hromada websites, one reader class per site platform (sites are registry data).

Each platform reader answers the same questions: how its listings paginate, which links on a
listing are articles, and an article's title, date, views and body. Every answer tries the
standard metadata first (Open Graph, ``article:published_time``, JSON-LD, ``time[datetime]``),
then the platform's confirmed markers (visible labels such as "Дата:", known containers), and
falls back to the generic reader, so a theme change degrades a field instead of losing the page.
The owning hromada and its oblast come from the registry, never from the page header.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlencode, urljoin, urlsplit

import lxml.html

from parsers.dates import KYIV, NUMERIC_DATETIME, WORDY_DATE, isoformat, parse_date_text, parse_iso_datetime
from parsers.page import Line, Page, element_lines, metadata_published, read_html
from parsers.records import Article, ListingEntry, UaUnit
from parsers.registry import Site
from parsers.text import clean_line, normalize_text

PARTNERSHIP_VOCABULARY = re.compile(
    r"побратим|партнер|меморандум|співпрац|співробітництв|угод", re.IGNORECASE
)
_VIEWS = re.compile(r"(?:Кількість переглядів|Переглядів|Перегляди|Views)\s*:?\s*(\d[\d\s]*)", re.IGNORECASE)
_CHROME_XPATH = "ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside"


def has_partnership_vocabulary(article: Article) -> bool:
    """Worth running the extractor: the title or body uses a partnership word."""
    return bool(PARTNERSHIP_VOCABULARY.search(f"{article.title or ''}\n{article.body}"))


def worth_extracting(article: Article) -> bool:
    """Portal articles come from the partnership tag; council news only with partnership words."""
    return article.source == "portal" or has_partnership_vocabulary(article)


def classes(name: str) -> str:
    """XPath test for an element carrying the CSS class ``name``."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


class PlatformReader:
    """The generic reader: standard metadata, then the largest block of paragraphs."""

    name = "generic"
    article_path = re.compile(r"^/(?:news|novyny|novini|article|articles|post|posts)/[^?#]+$")
    listing_link_xpath: str | None = None
    date_xpath: str | None = None
    body_xpath: str | None = None
    title_xpath = "//h1"

    # -- listings --------------------------------------------------------------------------------------

    def listing_url(self, base_url: str, listing: str, page: int, per_page: int = 0) -> str:
        """Page ``page`` (1-based) of a listing."""
        url = urljoin(base_url, listing)
        return url if page <= 1 else _with_query(url, {"page": page})

    def listing_entries(self, body: bytes, url: str, site: Site) -> list[ListingEntry]:
        page = read_html(body, None, site.encoding)
        if page.root is None:
            return []
        links = page.root.xpath(self.listing_link_xpath) if self.listing_link_xpath else []
        if not links:
            links = page.root.xpath(f"//a[@href][not({_CHROME_XPATH})]")
        pattern = re.compile(site.article_pattern) if site.article_pattern else self.article_path
        entries, seen = [], set()
        for link in links:
            href = urljoin(url, link.get("href", ""))
            parts = urlsplit(href)
            if not _same_site(parts.hostname, url, site) or not pattern.search(_path_and_query(parts)):
                continue
            key = _path_and_query(parts)
            title = clean_line(link.text_content())
            if key in seen:
                continue
            seen.add(key)
            entries.append(ListingEntry(url=href, title=title or None, date_text=None))
        return entries

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
            if absolute != url and _same_site(urlsplit(absolute).hostname, url, site):
                return absolute
        return None

    # -- articles --------------------------------------------------------------------------------------

    def parse_article(self, body: bytes, url: str, site: Site, content_type: str | None = None) -> Article:
        page = read_html(body, content_type, site.encoding)
        warnings: list[str] = []
        container = self.container(page)
        lines = (
            element_lines(container)
            if container is not None
            else [line for line in page.lines if not line.chrome]
        )
        title = self.title(page)
        article = Article(
            url=canonical_url(url, site),
            source=f"council:{self.name}",
            site=site.domain,
            site_article_id=self.article_id(url),
            lang="uk",
            title=title,
            published=isoformat(self.published(page, site)),
            views=self.views(page),
            lead=page.meta.get("og:description") or page.meta.get("description") or None,
            body=self.body(page, lines, title),
            fetched_url=url,
            oblasts=[UaUnit(site.oblast_name_uk, site.oblast_katottg, site.oblast_name_uk, "oblast")],
            hromadas=[UaUnit(site.hromada_name_uk, site.hromada_katottg, site.hromada_name_uk, "hromada")],
            source_name=site.name or site.domain,
            owner_katottg=site.hromada_katottg,
            warnings=warnings,
        )
        for field_name in ("title", "published"):
            if not getattr(article, field_name):
                warnings.append(f"no {field_name} found")
        if not article.body:
            warnings.append("empty body")
        return article

    def article_id(self, url: str) -> str:
        return _path_and_query(urlsplit(url)).rstrip("/") or "/"

    def container(self, page: Page) -> lxml.html.HtmlElement | None:
        """The element holding the article text, when the platform's container is there."""
        if self.body_xpath and page.root is not None:
            found = page.root.xpath(self.body_xpath)
            if found:
                return found[0]
        return None

    def title(self, page: Page) -> str | None:
        if page.root is not None:
            for element in page.root.xpath(f"{self.title_xpath}[not({_CHROME_XPATH})]"):
                text = clean_line(element.text_content())
                if text:
                    return text
        for item in page.json_ld:
            if isinstance(item.get("headline"), str):
                return clean_line(item["headline"])
        return page.meta.get("og:title") or page.title_tag

    def published(self, page: Page, site: Site) -> datetime | None:
        if moment := metadata_published(page):
            return moment
        if page.root is not None:
            for value in page.root.xpath(f"//time[@datetime][not({_CHROME_XPATH})]/@datetime"):
                if moment := parse_iso_datetime(value):
                    return moment
            if self.date_xpath:
                for element in page.root.xpath(self.date_xpath):
                    if moment := self.visible_date(clean_line(element.text_content()), site):
                        return moment
        for line in page.lines:
            if (
                not line.chrome
                and (moment := self.visible_date(line.text, site))
                and _is_date_line(line.text)
            ):
                return moment
        return None

    def visible_date(self, text: str, site: Site) -> datetime | None:
        if site.date_format:
            return _strptime_in(text, site.date_format)
        return parse_date_text(text)

    def views(self, page: Page) -> int | None:
        for line in page.lines:
            if not line.chrome and (match := _VIEWS.search(line.text)):
                return int(re.sub(r"\s", "", match.group(1)))
        return None

    def body(self, page: Page, lines: list[Line], title: str | None) -> str:
        if self.container(page) is None and page.root is not None:
            block = largest_text_block(page.root)
            if block is not None:
                lines = element_lines(block)
        return _paragraphs(lines, title)


class GromadaReader(PlatformReader):
    """The gromada.org.ua platform: ``/news/<unix time>/``, "Дата:", "« повернутися до розділу"."""

    name = "gromada"
    article_path = re.compile(r"^/news/\d{9,11}/?$")

    def listing_url(self, base_url: str, listing: str, page: int, per_page: int = 0) -> str:
        url = urljoin(base_url, listing)
        return url if page <= 1 else _with_query(url, {"p": page})

    def article_id(self, url: str) -> str:
        match = re.search(r"/news/(\d+)", urlsplit(url).path)
        return match.group(1) if match else super().article_id(url)

    def body(self, page: Page, lines: list[Line], title: str | None) -> str:
        """The text between the "Дата:"/"Кількість переглядів:" lines and "« повернутися до розділу"."""
        content = [line for line in page.lines if not line.chrome]
        start = next(
            (i + 1 for i, line in reversed(list(enumerate(content))) if _GROMADA_META.match(line.text)), None
        )
        if start is None:
            return super().body(page, lines, title)
        end = next(
            (i for i in range(start, len(content)) if content[i].text.startswith("« повернутися")),
            len(content),
        )
        return _paragraphs(content[start:end], title)

    def visible_date(self, text: str, site: Site) -> datetime | None:
        match = re.search(r"Дата:\s*(.+)", text)
        return super().visible_date(match.group(1) if match else text, site)


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


_GROMADA_META = re.compile(r"^(?:Дата:|Кількість переглядів:)")


class WordPressReader(PlatformReader):
    """WordPress themes: ``.entry-content``, ``time.entry-date[datetime]``, ``/page/N/`` listings."""

    name = "wordpress"
    article_path = re.compile(
        r"^/(?:\d{4}/\d{2}/\d{2}/[^/]+/?|\d{4}/\d{2}/\d{2}/[^/]+\.html|[^/]+/?\?p=\d+|\?p=\d+)$"
    )
    listing_link_xpath = f"//*[{classes('entry-title')}]//a[@href] | //a[@rel='bookmark']"
    body_xpath = f"//*[{classes('entry-content')}]"
    title_xpath = f"//*[{classes('entry-title')}] | //h1"

    def listing_url(self, base_url: str, listing: str, page: int, per_page: int = 0) -> str:
        url = urljoin(base_url, listing)
        return url if page <= 1 else urljoin(url.rstrip("/") + "/", f"page/{page}/")

    def container(self, page: Page) -> lxml.html.HtmlElement | None:
        element = super().container(page)
        if element is not None:
            for share in element.xpath(
                f".//*[{classes('sharedaddy')} or {classes('jp-relatedposts')} or contains(@class, 'share')]"
            ):
                share.drop_tree()
        return element


class JoomlaK2Reader(PlatformReader):
    """Joomla K2: ``.itemView`` articles, ``.catItem*`` listings, ``?start=`` pagination."""

    name = "joomla_k2"
    article_path = re.compile(r"/item/\d+")
    listing_link_xpath = f"//*[{classes('catItemTitle')}]//a[@href]"
    date_xpath = f"//*[{classes('itemDateCreated')}]"
    body_xpath = f"//*[{classes('itemBody')}] | //*[{classes('itemFullText')}]/.."
    title_xpath = f"//*[{classes('itemTitle')}] | //h1"

    def listing_url(self, base_url: str, listing: str, page: int, per_page: int = 0) -> str:
        url = urljoin(base_url, listing)
        return url if page <= 1 else _with_query(url, {"start": (page - 1) * (per_page or 8)})

    def article_id(self, url: str) -> str:
        match = re.search(r"/item/(\d+)", urlsplit(url).path)
        return match.group(1) if match else super().article_id(url)

    def container(self, page: Page) -> lxml.html.HtmlElement | None:
        if page.root is None:
            return None
        parts = page.root.xpath(f"//*[{classes('itemIntroText')}] | //*[{classes('itemFullText')}]")
        if not parts:
            return None
        wrapper = lxml.html.Element("div")
        for part in parts:
            wrapper.append(part)
        return wrapper


class Drupal7Reader(PlatformReader):
    """Drupal 7: ``.field-name-body``, ``m/d/Y - H:i`` dates, ``?page=N`` counted from 0."""

    name = "drupal7"
    article_path = re.compile(r"^/(?:node/\d+|news/[^/?#]+|content/[^/?#]+)/?$")
    listing_link_xpath = (
        f"//*[{classes('views-row')}]//*[{classes('views-field-title')}]//a[@href] | "
        f"//*[{classes('views-row')}]//h2//a[@href] | //*[{classes('node-teaser')}]//h2//a[@href]"
    )
    date_xpath = f"//*[{classes('date-display-single')}] | //*[{classes('submitted')}]"
    body_xpath = f"//*[{classes('field-name-body')}]"
    title_xpath = "//h1[@id='page-title'] | //h1"
    date_format = "%m/%d/%Y - %H:%M"

    def listing_url(self, base_url: str, listing: str, page: int, per_page: int = 0) -> str:
        url = urljoin(base_url, listing)
        return url if page <= 1 else _with_query(url, {"page": page - 1})

    def visible_date(self, text: str, site: Site) -> datetime | None:
        return _strptime_in(text, site.date_format or self.date_format)


READERS: dict[str, PlatformReader] = {
    reader.name: reader
    for reader in (PlatformReader(), GromadaReader(), WordPressReader(), JoomlaK2Reader(), Drupal7Reader())
}


def reader_for(site: Site) -> PlatformReader:
    return READERS[site.platform]


def parse_council_article(body: bytes, url: str, site: Site, content_type: str | None = None) -> Article:
    """A council article with its site's platform reader."""
    return reader_for(site).parse_article(body, url, site, content_type)


def canonical_url(url: str, site: Site) -> str:
    """The article's URL on the site's real domain, whatever host (mirror, www.) served it."""
    parts = urlsplit(url)
    return f"https://{site.domain}{_path_and_query(parts)}"


def largest_text_block(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element whose own paragraphs hold the most text, outside navigation, header and footer."""
    best, best_size = None, 0
    for element in root.xpath(
        f"//*[p][not({_CHROME_XPATH}) and not(self::nav or self::header or self::footer)]"
    ):
        size = sum(len(normalize_text(p.text_content()).strip()) for p in element.findall("p"))
        if size > best_size:
            best, best_size = element, size
    return best


def _paragraphs(lines: list[Line], title: str | None) -> str:
    kept = []
    for line in lines:
        text = line.text
        if (
            line.chrome
            or text == title
            or _is_date_line(text)
            or _VIEWS.match(text)
            or text.startswith("« повернутися")
        ):
            continue
        if re.match(r"^(?:Поділитися|Share|Теги|Tags)\s*:", text):
            continue
        if line.links and len(text) < 80 and text == " ".join(link for link, _ in line.links):
            continue
        kept.append(text)
    return "\n\n".join(kept)


def _is_date_line(text: str) -> bool:
    stripped = re.sub(r"^(?:Дата|Опубліковано|Date)\s*:\s*", "", text)
    stripped = re.sub(r"^[А-ЯІЇЄҐA-Z][\w']+,\s*", "", stripped)  # weekday: "Понеділок, 05 травня 2025"
    match = NUMERIC_DATETIME.search(stripped) or WORDY_DATE.search(stripped) or _US_DATE.search(stripped)
    return bool(match) and len(stripped) - (match.end() - match.start()) <= 3


_US_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}(?:\s*-\s*\d{1,2}:\d{2})?")


def _strptime_in(text: str, date_format: str) -> datetime | None:
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


def _with_query(url: str, params: dict) -> str:
    parts = urlsplit(url)
    query = "&".join(filter(None, [parts.query, urlencode(params)]))
    return parts._replace(query=query).geturl()


def _path_and_query(parts) -> str:
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _same_site(host: str | None, page_url: str, site: Site) -> bool:
    host = (host or "").lower()
    return host == (urlsplit(page_url).hostname or "").lower() or host.removeprefix("www.") in {
        h.removeprefix("www.") for h in site.hosts
    }
