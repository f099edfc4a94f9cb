"""Typed records the parsers return. Plain dataclasses: Scrapy yields them as items, tests compare them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class UaUnit:
    """A Ukrainian administrative unit named on a page, resolved to KATOTTG when possible."""

    name_as_written: str
    katottg: str | None
    name_uk: str
    """The codifier's name when resolved ("Хмельницька область"), else the normalized written name."""
    level: str | None = None
    """oblast | hromada | city (Київ and Севастополь, category K) | None when unresolved."""


@dataclass
class Tag:
    name: str
    slug: str | None = None


@dataclass
class Link:
    text: str
    url: str


@dataclass
class ListingEntry:
    """One article teaser on a tag listing page."""

    url: str
    title: str | None
    date_text: str | None
    tags: list[str] = field(default_factory=list)


@dataclass
class Article:
    """One news article, whatever the site: the fields every source can fill."""

    url: str
    """Canonical URL: the article's stable key across hosts, mirrors and URL variants."""
    source: str
    """Which crawler produced it: "portal" or a council platform."""
    site: str
    site_article_id: str | None
    lang: str
    title: str | None
    published: str | None
    """ISO 8601 with the Europe/Kyiv offset."""
    views: int | None = None
    author: str | None = None
    lead: str | None = None
    body: str = ""
    tags: list[Tag] = field(default_factory=list)
    oblasts: list[UaUnit] = field(default_factory=list)
    hromadas: list[UaUnit] = field(default_factory=list)
    source_name: str | None = None
    owner_katottg: str | None = None
    """The hromada that owns the site (council sites): the Ukrainian side by default."""
    fetched_url: str | None = None
    alternate_urls: list[str] = field(default_factory=list)
    """The same article in other languages (``hreflang`` links), absolute."""
    tag_links: list[Link] = field(default_factory=list)
    """Tag listing links found on the page: how the spider learns real tag slugs."""
    layout: str | None = None
    """The reader and layout version that read the page ("gromada/creative"), for layout alarms."""
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PageFailure:
    """An article request that gave no article: removed, not an article, or failed at some stage.

    Recorded by the pipeline (table ``page_failures``) and fetched again next night, so a bad
    answer never blanks an article for good.
    """

    url: str
    """The article's canonical URL (the key it would be stored under)."""
    site: str | None
    kind: str
    """``removed`` | ``not_article`` | ``failed``."""
    stage: str
    """Where it stopped: ``fetch``, ``verdict``, ``parse`` or ``store``."""
    reason: str
    status: int | None = None
    fetched_url: str | None = None


@dataclass
class PendingPages:
    """Article URLs a page points to (its other-language versions), kept before the page itself is
    stored: a crawl killed in between fetches them on the next run instead of losing them."""

    urls: list[str]
    site: str | None
