"""WordPress council sites: ``.entry-content``, ``time.entry-date[datetime]``, ``/page/N/`` listings.

Confirmed by real pages: only the URL shapes. The selectors are the default themes' and are inferred.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.html

from parsers.page import Page
from parsers.pages.base import PlatformReader, classes


class WordPressReader(PlatformReader):
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
