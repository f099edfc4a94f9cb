"""Council and hromada websites: the reader of each registry platform, and reading with it."""

from __future__ import annotations

from parsers.pages.base import PlatformReader
from parsers.pages.drupal7 import Drupal7Reader
from parsers.pages.gromada import GromadaReader
from parsers.pages.joomla_k2 import JoomlaK2Reader
from parsers.pages.wordpress import WordPressReader
from parsers.records import Article
from parsers.registry import Site

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
    """The article's one key on its site, by the site's platform."""
    return reader_for(site).canonical_url(url, site)
