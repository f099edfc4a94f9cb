"""The gromada.org.ua platform (rada.info): ``/news/<unix time>/`` articles, ``?p=N`` listings.

The platform serves more than one theme, each a layout version here:

- ``creative`` (seen on real saved pages, 2021–2024): ``article.post-creative`` holds the title
  ``h1.post-creative-title``, a meta list ``ul.post-creative-meta`` (a bare view count, then a
  ``<time>`` whose ``datetime`` holds only the year and whose text is "13 Жовтня, 2021 о 13:59"),
  and the body in ``<main>``, which may hold headings of its own. Beside it a sidebar lists other
  articles with their own dates. Listings are ``article.post-modern`` teasers.
- ``date-label`` (known from page text): the title heading, then "Дата: DD.MM.YYYY HH:MM" and
  "Кількість переглядів: N" lines, the body up to "« повернутися до розділу".
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from parsers.dates import parse_date_text
from parsers.page import Page, element_lines, read_html
from parsers.pages.base import LayoutVersion, PlatformReader, classes, media_lines, paragraphs, with_query
from parsers.pages.blocks import is_date_text, node_date
from parsers.registry import Site
from parsers.text import clean_line

_ARTICLE_ID = re.compile(r"/news/(\d{9,11})(?:/|$)")


class CreativeTheme(LayoutVersion):
    """``article.post-creative`` with ``h1.post-creative-title`` and ``ul.post-creative-meta``."""

    name = "creative"
    ARTICLE = f"//article[{classes('post-creative')}]"
    TITLE = f"{ARTICLE}//h1[{classes('post-creative-title')}]"

    def matches(self, page: Page) -> bool:
        return page.root is not None and bool(
            page.root.xpath(f"{self.ARTICLE}//h1[{classes('post-creative-title')}]")
        )

    def title(self, page: Page) -> str | None:
        found = page.root.xpath(self.TITLE)
        return (clean_line(found[0].text_content()) or None) if found else None

    def published(self, page: Page, site: Site) -> datetime | None:
        for node in page.root.xpath(f"{self.ARTICLE}//ul[{classes('post-creative-meta')}]//time"):
            if moment := node_date(node):
                return moment
        return None

    def views(self, page: Page) -> int | None:
        """The meta list's bare number (an eye icon, no label)."""
        for item in page.root.xpath(f"{self.ARTICLE}//ul[{classes('post-creative-meta')}]/li[not(.//time)]"):
            text = re.sub(r"\s", "", item.text_content())
            if text.isdigit():
                return int(text)
        return None

    def body(self, page: Page, title: str | None) -> str | None:
        found = page.root.xpath(f"{self.ARTICLE}//main")
        if not found:
            return None
        return paragraphs(element_lines(found[0], page), title) or media_lines(found[0]) or None


_DATE_LABEL_LINE = re.compile(r"^Дата:\s*\d{1,2}\.\d{1,2}\.\d{4}")
_META_LINE = re.compile(r"^(?:Дата:|Кількість переглядів:)")


class DateLabelTheme(LayoutVersion):
    """A heading followed within a few lines by "Дата: DD.MM.YYYY HH:MM"."""

    name = "date-label"

    def _date_line(self, page: Page) -> int | None:
        for index, line in enumerate(page.lines):
            heading_before = any(previous.heading for previous in page.lines[max(0, index - 3) : index])
            is_label_date = _DATE_LABEL_LINE.match(line.text) and is_date_text(line.text)
            if not line.chrome and is_label_date and heading_before:
                return index
        return None

    def matches(self, page: Page) -> bool:
        return self._date_line(page) is not None

    def title(self, page: Page) -> str | None:
        at = self._date_line(page)
        return next((line.text for line in reversed(page.lines[max(0, at - 3) : at]) if line.heading), None)

    def published(self, page: Page, site: Site) -> datetime | None:
        return parse_date_text(page.lines[self._date_line(page)].text)

    def views(self, page: Page) -> int | None:
        at = self._date_line(page)
        for line in page.lines[at : at + 3]:
            if match := re.match(r"^Кількість переглядів:\s*(\d+)", line.text):
                return int(match.group(1))
        return None

    def body(self, page: Page, title: str | None) -> str | None:
        """The lines after the date and views, up to "« повернутися до розділу"."""
        start = self._date_line(page) + 1
        content = page.lines
        while start < len(content) and _META_LINE.match(content[start].text):
            start += 1
        end = next(
            (i for i in range(start, len(content)) if content[i].text.startswith("« повернутися")),
            len(content),
        )
        return paragraphs([line for line in content[start:end] if not line.chrome], title) or None


class GromadaReader(PlatformReader):
    """The gromada.org.ua platform: its themes as layout versions, the generic rules as fallback."""

    name = "gromada"
    versions = (CreativeTheme(), DateLabelTheme())
    article_path = re.compile(r"^/news/\d{9,11}/?$")
    listing_link_xpath = (
        f"//article[{classes('post-modern')}]//*[{classes('post-modern-title')}]//a[@href]"
        f" | //*[{classes('one_object_news')}]//a[@href]"
        f" | //*[{classes('news_title')}]//a[@href] | //a[{classes('news_title')}]"
    )
    trailing_slash = True

    def listing_url(self, base_url: str, listing: str, page: int, per_page: int = 0) -> str:
        url = urljoin(base_url, listing)
        return url if page <= 1 else with_query(url, {"p": page})

    def canonical_url(self, url: str, site: Site) -> str:
        """``https://<site>/news/<id>/``, as the platform's own ``og:url`` writes it."""
        match = _ARTICLE_ID.search(urlsplit(url).path)
        return f"https://{site.domain}/news/{match.group(1)}/" if match else super().canonical_url(url, site)

    def next_page_url(self, body: bytes, url: str, site: Site) -> str | None:
        """The pager link after the current page's (the pager's "»" names the last page, not the next)."""
        page = read_html(body, None, site.encoding)
        if page.root is None:
            return None
        after_active = page.root.xpath(
            f"//*[{classes('pagination')}]//*[{classes('active')}]/following-sibling::*[1]//a/@href"
            f" | //*[{classes('pageLister')}]//li[{classes('active')}]/following-sibling::li[1]/a/@href"
        )
        return urljoin(url, after_active[0]) if after_active else None

    def article_id(self, url: str) -> str:
        match = _ARTICLE_ID.search(urlsplit(url).path)
        return match.group(1) if match else super().article_id(url)
