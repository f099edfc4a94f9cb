"""Spider ``councils``: hromada and city-council websites from the registry, one platform reader each.

``scrapy crawl councils -a site=<domain>`` crawls one site; without ``-a site`` every enabled site.
Sites are data (``data/councils.toml``); the per-platform reading lives in :mod:`parsers.pages`.
Each site walks its news listings page by page until a page lists no article, and every article is
fetched once. Politeness is per domain: one request at a time, AutoThrottle, robots.txt.

``-a mirror=<domain>=<base url>,...`` (or the ``COUNCIL_MIRRORS`` setting) fetches a site from
another base URL, such as a loopback mirror, while articles keep their canonical URLs on the real
domain.

At registry scale (hundreds of sites a night) every site has a page budget per night
(``COUNCIL_SITE_BUDGET``): past it, the site's remaining requests wait for the next night. With
``-a backfill=1`` (or ``COUNCIL_BACKFILL``) each listing is also walked into the site's archive
from where the last night's backfill stopped (:mod:`pipelines.backfill`), whatever is stored.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

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
from parsers.pages.councils import canonical_url, reader_for
from parsers.reading import Fetched, Reading, read_fetched
from parsers.records import PageFailure
from parsers.registry import Registry, Site, load_registry
from pipelines.backfill import BackfillStore


class UnknownSiteError(ValueError):
    """``-a site=`` names a domain that is not in the registry."""


class CouncilsSpider(scrapy.Spider):
    name = "councils"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1}

    def __init__(
        self,
        site: str | None = None,
        mirror: str | None = None,
        max_pages: str | int | None = None,
        backfill: str | bool | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._site_arg = site
        self._mirror_arg = mirror
        self._max_pages_arg = max_pages
        self._backfill_arg = backfill
        self._by_domain: dict[str, Site] = {}
        self.spent: dict[str, int] = {}
        """Requests made per site tonight, against its budget."""
        self.seen_articles: set[str] = set()
        self.requested_articles: set[str] = set()
        self.first_error: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> CouncilsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler.settings, load_registry())
        return spider

    def configure(self, settings: Any, registry: Registry) -> None:
        self.sites = select_sites(registry, self._site_arg)
        self.extract = settings.getbool("POBRATYM_EXTRACT", True)
        mirrors = dict(settings.getdict("COUNCIL_MIRRORS"))
        mirrors.update(parse_mirrors(self._mirror_arg))
        self.bases = {site.domain: mirrors.get(site.domain, site.base_url).rstrip("/") for site in self.sites}
        self.max_pages = int(self._max_pages_arg or settings.getint("COUNCIL_MAX_PAGES", 200))
        hosts = {urlsplit(base).hostname for base in self.bases.values()}
        hosts.update(host for site in self.sites for host in site.hosts)
        self.allowed_domains = sorted(host for host in hosts if host)
        self.run_arguments = {"sites": [site.domain for site in self.sites], "bases": self.bases}
        self.incremental = IncrementalState(settings, self.name)
        self.budget = settings.getint("COUNCIL_SITE_BUDGET", 300)
        self.backfill = _truthy(self._backfill_arg) or settings.getbool("COUNCIL_BACKFILL")
        self.store = BackfillStore(settings.get("POBRATYM_DB"))
        """Where each listing walk stopped: kept across nights (budget spent, or backfill)."""
        self.cursors = self.store.cursors() if Path(settings.get("POBRATYM_DB")).exists() else {}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url, domain in self.incremental.pending:
            site = next((site for site in self.sites if site.domain == domain), None)
            if site is not None and (request := self._article_request(site, url, force=True)):
                yield request  # last run's failed, removed or not-an-article pages, again
        for site in self.sites:
            for listing in site.listings:
                for request in self._first_requests(site, listing):
                    yield request
            if site.platform in SITEMAP_PLATFORMS and self._spend(site.domain):
                yield scrapy.Request(
                    self.bases[site.domain] + "/sitemap.xml",
                    callback=self.parse_sitemap,
                    errback=self.on_error,
                    cb_kwargs={"domain": site.domain},
                    meta={
                        **self.incremental.listing_meta(),
                        "handle_httpstatus_list": [304, 404, 410],
                        "pobratym_kind": "sitemap",
                        "pobratym_site": site.domain,
                    },
                )

    def parse_sitemap(self, response: Response, domain: str) -> Iterator[scrapy.Request]:
        """New articles the listings may not reach, and stored ones whose ``lastmod`` is newer
        than our copy."""
        if response.status != 200:
            return
        site = self._site(domain)
        reader = reader_for(site)
        for loc, lastmod in sitemap_entries(response.body):
            if not reader.article_path.search(urlsplit(loc).path):
                continue
            canonical = canonical_url(loc, site)
            fetched = self.incremental.last_fetched.get(canonical)
            changed = bool(lastmod and fetched and lastmod[:10] > fetched[:10])
            request = self._article_request(site, loc, force=changed)
            if request:
                yield request

    def _first_requests(self, site: Site, listing: str) -> list[scrapy.Request]:
        """Page 1 of a listing, and the page where the last night's walk stopped, if it did.

        A backfill starts at page 1 (fetched whole) unless one is under way; a walk that stopped
        on the budget resumes at its page, fetched whole, so no article of it is skipped."""
        cursor = self.cursors.get((site.domain, listing))
        under_way = cursor is not None and not cursor.done and bool(cursor.next_url)
        starts_backfill = self.backfill and (cursor is None or (not cursor.done and cursor.page <= 1))
        first = self._listing_request(
            site, listing, 1, 0, backfill=starts_backfill, resumed=under_way and cursor.page <= 1
        )
        requests = [first] if first else []
        if under_way and cursor.page > 1:
            resume = self._listing_request(
                site, listing, cursor.page, 0, cursor.next_url, backfill=self.backfill, resumed=True
            )
            requests += [resume] if resume else []
        return requests

    def _spend(self, domain: str) -> bool:
        """Count one request against the site's nightly budget; False once the budget is spent."""
        if self.spent.get(domain, 0) >= self.budget:
            if self.spent[domain] == self.budget:
                self.logger.info(
                    "%s: page budget of %d spent; the rest waits for the next night", domain, self.budget
                )
                self.crawler.stats.inc_value("councils/budget_spent_sites")
                self.spent[domain] += 1
            return False
        self.spent[domain] = self.spent.get(domain, 0) + 1
        return True

    def _listing_request(
        self,
        site: Site,
        listing: str,
        page: int,
        per_page: int,
        url: str | None = None,
        quiet_pages: int = 0,
        backfill: bool = False,
        resumed: bool = False,
    ) -> scrapy.Request | None:
        """A listing page; ``backfill`` and ``resumed`` pages are fetched whole, never as a 304."""
        if not self._spend(site.domain):
            return None
        url = url or reader_for(site).listing_url(self.bases[site.domain] + "/", listing, page, per_page)
        meta = {**self.incremental.listing_meta(), "pobratym_site": site.domain}
        if backfill or resumed:
            meta["conditional"] = False
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.on_error,
            cb_kwargs={
                "domain": site.domain,
                "listing": listing,
                "page": page,
                "per_page": per_page,
                "quiet_pages": quiet_pages,
                "backfill": backfill,
                "resumed": resumed,
            },
            meta=meta,
        )

    def parse_listing(
        self,
        response: Response,
        domain: str,
        listing: str,
        page: int,
        per_page: int,
        quiet_pages: int = 0,
        backfill: bool = False,
        resumed: bool = False,
    ) -> Iterator[scrapy.Request]:
        site = self._site(domain)
        self.count(domain, "listing_pages")
        if response.status == 304:
            self.logger.info(
                "%s%s: page %d unchanged since the last visit; pagination ends", domain, listing, page
            )
            return
        entries = reader_for(site).listing_entries(response.body, response.url, site)
        if not entries:
            self.logger.info("%s%s: page %d lists no article; pagination ends", domain, listing, page)
            self._walk_done(domain, listing, page, backfill or resumed)
            return
        new_articles = 0
        for entry in entries:
            request = self._article_request(site, entry.url)
            if request:
                new_articles += 1
                yield request
        if self.spent.get(domain, 0) > self.budget:
            # Budget spent on this page: the next night starts again from it, so nothing is skipped.
            self.store.save(domain, listing, response.url, page)
            return
        next_url = reader_for(site).next_page_url(response.body, response.url, site)
        next_url = self._on_base(site, next_url) if next_url else None
        size = per_page or len(entries)
        if backfill:
            # The backfill walk goes on whatever is stored; its cursor moves before each step.
            next_url = next_url or reader_for(site).listing_url(
                self.bases[domain] + "/", listing, page + 1, size
            )
            self.store.save(domain, listing, next_url, page + 1)
            request = self._listing_request(site, listing, page + 1, size, next_url, 0, backfill=True)
            if request:
                yield request
            return
        quiet_pages = self.incremental.next_quiet(new_articles, quiet_pages)
        if quiet_pages is None:
            self.logger.info(
                "%s%s: page %d lists only stored articles; pagination ends", domain, listing, page
            )
            self._walk_done(domain, listing, page, resumed)
        elif page < self.max_pages:
            # The page's own "next" link first; the platform's URL scheme when there is none.
            request = self._listing_request(
                site, listing, page + 1, size, next_url, quiet_pages, resumed=resumed
            )
            if request:
                yield request
            else:
                self.store.save(domain, listing, next_url or response.url, page + 1 if next_url else page)

    def closed(self, reason: str) -> None:
        self.store.close()

    def _walk_done(self, domain: str, listing: str, page: int, resumable: bool) -> None:
        """The walk that owns the listing's cursor (a backfill or a resumed walk) reached its end."""
        if resumable:
            self.store.save(domain, listing, None, page, done=True)

    def _article_request(self, site: Site, url: str, force: bool = False) -> scrapy.Request | None:
        """The request for an article not yet asked for in this run: new, or ``force``d (a newer
        sitemap ``lastmod``, a page that failed last time) even when stored or already listed."""
        canonical = canonical_url(url, site)
        if canonical in self.requested_articles or (canonical in self.seen_articles and not force):
            return None
        self.seen_articles.add(canonical)
        if self.incremental.is_stored(canonical) and not force:
            return None
        if not self._spend(site.domain):
            self.seen_articles.discard(canonical)
            return None
        self.requested_articles.add(canonical)
        return scrapy.Request(
            self._on_base(site, url),
            callback=self.parse_article,
            errback=self.on_error,
            cb_kwargs={"domain": site.domain},
            meta={
                "pobratym_kind": "article",
                "pobratym_site": site.domain,
                "pobratym_article_url": canonical,
                "handle_httpstatus_list": ARTICLE_STATUSES,
            },
        )

    def _on_base(self, site: Site, url: str) -> str:
        """The same path on the base the site is fetched from (its own host, or a mirror)."""
        parts = urlsplit(url)
        return urljoin(self.bases[site.domain] + "/", parts.path + (f"?{parts.query}" if parts.query else ""))

    def parse_article(self, response: Response, domain: str) -> Iterator[Reading]:
        site = self._site(domain)
        fetched = Fetched(
            "councils", response.url, response.body, response.status, content_type(response), site,
            response.headers,
        )  # fmt: skip
        reading = read_fetched(fetched, self.extract, response.meta.get("pobratym_article_url"))
        if reading.failure is not None:
            failure = reading.failure
            self.logger.warning("%s: no article (%s: %s)", response.url, failure.kind, failure.reason)
            yield failure
            return
        self.count(domain, "articles")
        self.count(domain, "dated", bool(reading.article.published))
        self.count(domain, "with_body", bool(reading.article.body))
        yield reading

    def count(self, domain: str, what: str, happened: bool = True) -> None:
        """Per-site counters, read by ``pobratym sites check`` to name a site whose layout broke."""
        if happened:
            self.crawler.stats.inc_value(f"councils/{domain}/{what}")

    def site_counts(self) -> list[dict[str, Any]]:
        stats = self.crawler.stats
        return [
            {
                "domain": site.domain,
                **{
                    what: stats.get_value(f"councils/{site.domain}/{what}", 0)
                    for what in ("listing_pages", "articles", "dated", "with_body", "errors")
                },
            }
            for site in self.sites
        ]

    def _site(self, domain: str) -> Site:
        if len(self._by_domain) != len(self.sites):
            self._by_domain = {site.domain: site for site in self.sites}
        return self._by_domain[domain]

    def on_error(self, failure: Failure) -> Iterator[PageFailure]:
        """Log the failure; count it against its site unless robots.txt refused the request; an
        article request's failure is recorded, to be fetched again next run."""
        domain = getattr(failure, "request", None) and failure.request.cb_kwargs.get("domain")
        if note_failure(self, failure) and domain:
            self.count(domain, "errors")
        if record := failure_record(failure):
            yield record


SITEMAP_PLATFORMS = frozenset({"gromada"})
_SITEMAP_URL = re.compile(
    rb"<url>\s*<loc>\s*([^<\s]+)\s*</loc>(?:\s*<lastmod>\s*([^<\s]+)\s*</lastmod>)?", re.I
)


def sitemap_entries(body: bytes) -> list[tuple[str, str | None]]:
    """(loc, lastmod) pairs of a sitemap.xml."""
    return [
        (loc.decode("utf-8", "replace"), lastmod.decode("ascii", "replace") if lastmod else None)
        for loc, lastmod in _SITEMAP_URL.findall(body)
    ]


def select_sites(registry: Registry, domains: str | None) -> list[Site]:
    """The sites asked for (comma-separated domains, enabled or not), or every enabled site."""
    if not domains:
        return registry.enabled()
    sites = []
    for domain in filter(None, (part.strip() for part in domains.split(","))):
        site = registry.by_domain(domain)
        if site is None:
            raise UnknownSiteError(f"unknown site {domain!r}; see `pobratym sites list`")
        sites.append(site)
    return sites


def _truthy(value: str | bool | None) -> bool:
    return str(value).strip().lower() in {"1", "true", "yes", "on"} if value is not None else False


def parse_mirrors(value: str | None) -> dict[str, str]:
    """``"a.gov.ua=http://127.0.0.1:8001,b.ua=http://127.0.0.1:8002"`` → {domain: base URL}."""
    mirrors = {}
    for item in filter(None, (value or "").split(",")):
        domain, _, base = item.partition("=")
        mirrors[domain.strip().lower()] = base.strip()
    return mirrors
