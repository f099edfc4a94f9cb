"""Joomla with K2: ``.itemView`` articles, ``.catItem*`` listings, ``?start=`` pagination.

Confirmed by real pages: none yet; the selectors are K2's defaults and are inferred.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.html

from parsers.page import Page
from parsers.pages.base import PlatformReader, classes, with_query


class JoomlaK2Reader(PlatformReader):
    name = "joomla_k2"
    article_path = re.compile(r"/item/\d+")
    listing_link_xpath = f"//*[{classes('catItemTitle')}]//a[@href]"
    date_xpath = f"//*[{classes('itemDateCreated')}]"
    body_xpath = f"//*[{classes('itemBody')}] | //*[{classes('itemFullText')}]/.."
    title_xpath = f"//*[{classes('itemTitle')}] | //h1"
    trailing_slash = False

    def listing_url(self, base_url: str, listing: str, page: int, per_page: int = 0) -> str:
        url = urljoin(base_url, listing)
        return url if page <= 1 else with_query(url, {"start": (page - 1) * (per_page or 8)})

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
