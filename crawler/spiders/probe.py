"""Spider ``probe``: is a registry lead a live hromada site, on which platform, and where is its news?

Per site, one request at a time: robots.txt (read here with Protego, so a robots.txt that refuses
everything is a verdict, not a silent skip), the home page following redirects (a new host is
reported as a move), ``/sitemap.xml``, then the news listings found from the home page's navigation
until one shows dated article blocks. Findings come from :mod:`parsers.pages.discovery`; the
verdict per site is left in ``spider.results`` for ``pobratym sites probe`` to write back.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from protego import Protego
from scrapy.http import Response
from twisted.python.failure import Failure

from parsers.pages.discovery import article_pattern, find_listing, fingerprint, news_links
from parsers.registry import Site

MIN_CONFIDENCE = 0.5
"""A listing read with less confidence than this does not verify a site."""
MAX_LISTING_TRIES = 3
# Answers the callbacks judge themselves (``handle_httpstatus_all`` would also stop redirects).
ERROR_STATUSES = [400, 401, 403, 404, 405, 410, 429, 500, 502, 503, 504]


@dataclass
class ProbeResult:
    domain: str
    verdict: str = ""
    """"ok", or why the site stays disabled."""
    moved_to: str | None = None
    final_base: str | None = None
    cms: str = "unknown"
    platform: str = "generic"
    evidence: list[str] = field(default_factory=list)
    sitemap: bool = False
    crawl_delay: float | None = None
    listing: str | None = None
    article_pattern: str | None = None
    confidence: float = 0.0
    dated: int = 0
    listing_reason: str = ""

    @property
    def ok(self) -> bool:
        return self.verdict == "ok"


class ProbeSpider(scrapy.Spider):
    name = "probe"
    # Robots are read by the spider itself (one request, and a refusal becomes the verdict).
    custom_settings = {"ROBOTSTXT_OBEY": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "RETRY_TIMES": 1}

    def __init__(self, sites: list[Site] | None = None, bases: dict[str, str] | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.sites = list(sites or [])
        self.bases = dict(bases or {})
        self.results: dict[str, ProbeResult] = {}
        self.robots: dict[str, Protego] = {}
        self.candidates: dict[str, list[str]] = {}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for site in self.sites:
            self.results[site.domain] = ProbeResult(site.domain)
            base = self.bases.get(site.domain, site.base_url).rstrip("/")
            yield self._request(site.domain, base + "/robots.txt", self.parse_robots)

    def _request(self, domain: str, url: str, callback: Any, **meta: Any) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            cb_kwargs={"domain": domain},
            meta={
                "handle_httpstatus_list": ERROR_STATUSES,
                "pobratym_kind": "probe",
                "pobratym_site": domain,
                **meta,
            },
            dont_filter=True,
        )

    def _allowed(self, domain: str, url: str) -> bool:
        robots = self.robots.get(domain)
        return robots is None or robots.can_fetch(url, self.settings.get("USER_AGENT", "*"))

    def parse_robots(self, response: Response, domain: str) -> Iterator[scrapy.Request]:
        result = self.results[domain]
        home = urljoin(response.url, "/")
        if response.status == 200 and b"<html" not in response.body[:500].lower():
            robots = Protego.parse(response.body.decode("utf-8", "replace"))
            self.robots[domain] = robots
            user_agent = self.settings.get("USER_AGENT", "*")
            result.crawl_delay = robots.crawl_delay(user_agent)
            if not robots.can_fetch(home, user_agent):
                result.verdict = "robots.txt disallows the whole site"
                return
        yield self._request(domain, home, self.parse_home)

    def parse_home(self, response: Response, domain: str) -> Iterator[scrapy.Request]:
        result = self.results[domain]
        if response.status >= 400:
            result.verdict = f"home page answered HTTP {response.status}"
            return
        final = urlsplit(response.url)
        host = (final.hostname or "").removeprefix("www.")
        if host and host != domain.removeprefix("www."):
            result.moved_to = host
        result.final_base = f"{final.scheme}://{final.netloc}"
        found = fingerprint(response.body, response.url, _headers(response))
        result.cms, result.platform, result.evidence = found.cms, found.platform, list(found.evidence)
        candidates = [url for url in news_links(response.body, response.url) if self._allowed(domain, url)]
        self.candidates[domain] = candidates[:MAX_LISTING_TRIES] + [response.url]
        yield self._request(domain, result.final_base + "/sitemap.xml", self.parse_sitemap)

    def parse_sitemap(self, response: Response, domain: str) -> Iterator[scrapy.Request]:
        head = response.body[:2000]
        self.results[domain].sitemap = response.status == 200 and (
            b"<urlset" in head or b"<sitemapindex" in head
        )
        yield from self._next_listing(domain)

    def _next_listing(self, domain: str) -> Iterator[scrapy.Request]:
        queue = self.candidates.get(domain) or []
        if not queue:
            result = self.results[domain]
            result.verdict = result.verdict or (
                f"no dated news listing found ({result.listing_reason})"
                if result.listing_reason
                else "no news listing found"
            )
            return
        yield self._request(domain, queue.pop(0), self.parse_listing)

    def parse_listing(self, response: Response, domain: str) -> Iterator[scrapy.Request]:
        result = self.results[domain]
        finding = find_listing(response.body, response.url) if response.status == 200 else None
        if finding is not None and finding.confidence > result.confidence:
            result.confidence, result.dated, result.listing_reason = (
                finding.confidence,
                finding.dated,
                finding.reason,
            )
            parts = urlsplit(response.url)
            result.listing = parts.path + (f"?{parts.query}" if parts.query else "")
            result.article_pattern = article_pattern([entry.url for entry in finding.entries])
        if result.confidence >= MIN_CONFIDENCE and result.dated >= 3:
            result.verdict = "ok"
            return
        if finding is not None and not result.listing_reason:
            result.listing_reason = finding.reason
        yield from self._next_listing(domain)

    def on_error(self, failure: Failure) -> Iterator[scrapy.Request]:
        request = failure.request
        domain = request.cb_kwargs.get("domain")
        result = self.results.get(domain)
        if result is None:
            return
        error = failure.value
        if request.callback == self.parse_robots:
            # No answer at all: the host is down, or its name no longer resolves.
            result.verdict = f"dead host: {_short(error)}"
        elif request.callback == self.parse_home:
            result.verdict = f"home page failed: {_short(error)}"
        elif request.callback == self.parse_sitemap:
            yield from self._next_listing(domain)
        else:
            yield from self._next_listing(domain)


def _headers(response: Response) -> dict[str, str]:
    return {
        key.decode("latin-1"): b", ".join(values).decode("latin-1")
        for key, values in response.headers.items()
    }


def _short(error: BaseException) -> str:
    """``DNSLookupError``, ``connection refused``, ``timeout``: the kind of failure in a few words."""
    name = type(error).__name__
    if "Refused" in name:
        return "connection refused"
    if "DNS" in name:
        return "host name does not resolve"
    if "Timeout" in name or "TimedOut" in name:
        return "no answer (timeout)"
    return f"{name}: {str(error)[:80]}"
