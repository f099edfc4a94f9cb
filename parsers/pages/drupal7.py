"""Drupal 7: ``.field-name-body``, ``m/d/Y - H:i`` dates (or the site's ``date_format``), ``?page=N`` from 0.

Confirmed by real pages: the date text and URL shapes of one site; the selectors are Drupal 7's
defaults and are inferred.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urljoin

from parsers.pages.base import PlatformReader, classes, strptime_in, with_query
from parsers.registry import Site


class Drupal7Reader(PlatformReader):
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
    trailing_slash = False

    def listing_url(self, base_url: str, listing: str, page: int, per_page: int = 0) -> str:
        url = urljoin(base_url, listing)
        return url if page <= 1 else with_query(url, {"page": page - 1})

    def visible_date(self, text: str, site: Site) -> datetime | None:
        return strptime_in(text, site.date_format or self.date_format)
