"""Spider ``portal``: listings of decentralization.gov.ua → article pages → Article items.

It walks each configured tag's listing (``/news/tag/<slug>``) and optional section listings
(``/news``, ``/en/news``), each with ``?page=N`` until a page lists no article. Every listed
article is requested once, by its canonical (id, language) path on one host, whatever variant
the listing used; its other-language version (``hreflang``) is followed too. Real tag slugs are
learned from the tag links on article pages. Parsing lives in :mod:`parsers`.

Arguments (``-a``): ``base_url``, ``tags`` (comma-separated names), ``slugs``, ``sections``
(comma-separated listing paths), ``max_pages``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.spiders.common import (
    ARTICLE_STATUSES,
    content_type,
    failure_record,
    note_failure,
)
from crawler.spiders.incremental import IncrementalState
from parsers.pages.portal import SITE, parse_listing
from parsers.reading import Fetched, read_fetched
from parsers.records import PageFailure, PendingPages
from parsers.text import name_key
from parsers.urls import (
    ArticleKey,
    article_key,
    guess_tag_slug,
    host_port,
    listing_url,
    tag_listing_path,
    tag_slug,
)


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(
        self,
        base_url: str | None = None,
        tags: str | None = None,
        slugs: str | None = None,
        sections: str | None = None,
        max_pages: str | int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._base_url_arg = base_url
        self._tags_arg = tags
        self._slugs_arg = slugs
        self._sections_arg = sections
        self._max_pages_arg = max_pages
        self.seen_articles: set[ArticleKey] = set()
        self.started_listings: set[str] = set()
        self.first_error: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler.settings)
        return spider

    def configure(self, settings: Any) -> None:
        """Resolve arguments against settings (``-a`` arguments win)."""
        self.base_url = (self._base_url_arg or settings.get("PORTAL_BASE_URL")).rstrip("/")
        self.extract = settings.getbool("POBRATYM_EXTRACT", True)
        tags = self._tags_arg.split(",") if self._tags_arg else settings.getlist("PORTAL_TAGS")
        slugs = self._slugs_arg.split(",") if self._slugs_arg else settings.getlist("PORTAL_TAG_SLUGS")
        sections = (
            self._sections_arg.split(",") if self._sections_arg else settings.getlist("PORTAL_SECTIONS")
        )
        self.tag_names = {name_key(tag) for tag in tags if tag.strip()}
        slugs = [*(guess_tag_slug(tag) for tag in tags if tag.strip()), *slugs]
        self.start_listings = list(
            dict.fromkeys(
                [*(tag_listing_path(slug) for slug in slugs), *(s.strip("/") for s in sections if s)]
            )
        )
        self.max_pages = int(self._max_pages_arg or settings.getint("PORTAL_MAX_PAGES"))
        parts = urlsplit(self.base_url)
        self.base_host = host_port(self.base_url)
        self.allowed_domains = [parts.hostname or ""]
        self.run_arguments = {"base_url": self.base_url, "listings": self.start_listings}
        self.incremental = IncrementalState(settings, self.name)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url, _site in self.incremental.pending:
            if request := self._article_request(url, force=True):
                yield request  # last run's failed, removed or not-an-article pages, again
        for listing in self.start_listings:
            request = self._listing_request(listing, 1)
            if request:
                yield request

    def _listing_request(self, listing: str, page: int, quiet_pages: int = 0) -> scrapy.Request | None:
        if page == 1:
            if listing in self.started_listings:
                return None
            self.started_listings.add(listing)
        return scrapy.Request(
            listing_url(self.base_url, listing, page),
            callback=self.parse_listing,
            errback=self.on_error,
            cb_kwargs={"listing": listing, "page": page, "quiet_pages": quiet_pages},
            meta={**self.incremental.listing_meta(), "pobratym_site": SITE},
        )

    def parse_listing(
        self, response: Response, listing: str, page: int, quiet_pages: int = 0
    ) -> Iterator[scrapy.Request]:
        if response.status == 304:
            self.logger.info("%s: page %d unchanged since the last visit; pagination ends", listing, page)
            return
        entries = parse_listing(response.body, response.url, content_type(response))
        if not entries:
            self.logger.info("%s: page %d lists no article; pagination ends", listing, page)
            return
        new_articles = 0
        for entry in entries:
            request = self._article_request(entry.url)
            if request:
                new_articles += 1
                yield request
        quiet_pages = self.incremental.next_quiet(new_articles, quiet_pages)
        if quiet_pages is None:
            self.logger.info("%s: page %d lists only stored articles; pagination ends", listing, page)
        elif page < self.max_pages:
            yield self._listing_request(listing, page + 1, quiet_pages)
        else:
            self.logger.warning("%s: stopped at max_pages=%d", listing, self.max_pages)

    def _article_request(self, url: str, force: bool = False) -> scrapy.Request | None:
        key = article_key(url, frozenset({self.base_host}))
        if key is None or key in self.seen_articles:
            return None
        self.seen_articles.add(key)
        if self.incremental.is_stored(key.canonical_url) and not force:
            return None
        return scrapy.Request(
            self.base_url + key.path,
            callback=self.parse_article,
            errback=self.on_error,
            meta={
                "pobratym_kind": "article",
                "pobratym_site": SITE,
                "pobratym_article_url": key.canonical_url,
                "handle_httpstatus_list": ARTICLE_STATUSES,
            },
        )

    def parse_article(self, response: Response) -> Iterator[Any]:
        canonical = response.meta.get("pobratym_article_url")
        fetched = Fetched(
            "portal",
            response.url,
            response.body,
            response.status,
            content_type(response),
            None,
            response.headers,
        )
        reading = read_fetched(fetched, self.extract, canonical)
        if reading.failure is not None:
            failure = reading.failure
            self.logger.warning("%s: no article (%s: %s)", response.url, failure.kind, failure.reason)
            yield failure
            return
        article = reading.article
        hosts = frozenset({self.base_host})
        keys = [article_key(url, hosts) for url in article.alternate_urls]
        discovered = [
            key.canonical_url for key in keys if key and not self.incremental.is_stored(key.canonical_url)
        ]
        if discovered:
            yield PendingPages(discovered, SITE)
        yield reading
        for url in article.alternate_urls:
            request = self._article_request(url)
            if request:
                yield request
        for link in article.tag_links:
            slug = tag_slug(link.url)
            if slug and name_key(link.text) in self.tag_names:
                request = self._listing_request(tag_listing_path(slug), 1)
                if request:
                    self.logger.info("tag %r: learned slug %r from %s", link.text, slug, response.url)
                    yield request

    def on_error(self, failure: Failure) -> Iterator[PageFailure]:
        note_failure(self, failure)
        if record := failure_record(failure):
            yield record
