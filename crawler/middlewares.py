"""Downloader middlewares of the pobratym project."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response

from parsers.urls import host_port

logger = logging.getLogger(__name__)


class LoopbackOnlyMiddleware:
    """Refuse every request that would leave the machine (``POBRATYM_LOOPBACK_ONLY``).

    On for the offline demo and the tests: a fixture page that links a real domain can then never
    make a crawl touch the network.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LoopbackOnlyMiddleware:
        if not crawler.settings.getbool("POBRATYM_LOOPBACK_ONLY"):
            raise NotConfigured
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        if host == "localhost":
            return
        try:
            if ipaddress.ip_address(host).is_loopback:
                return
        except ValueError:
            pass
        self.crawler.stats.inc_value("pobratym/refused_offline")
        raise IgnoreRequest(f"offline mode: {host} is not on this machine")


class RawArchiveMiddleware:
    """Keep every response in the raw archive and make listing requests conditional.

    Requests marked ``meta["conditional"]`` carry the ETag / Last-Modified of the last good
    response of their URL, so an unchanged listing costs the server a 304. Every response
    (robots.txt, listings, articles, errors) is archived with the kind and site the spider gave it.
    """

    def __init__(self, crawler: Crawler, db_path: str) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.db = None
        self.refresh = crawler.settings.getbool("POBRATYM_REFRESH")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RawArchiveMiddleware:
        if not crawler.settings.getbool("POBRATYM_ARCHIVE"):
            raise NotConfigured
        middleware = cls(crawler, crawler.settings.get("POBRATYM_DB"))
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def _open(self):
        if self.db is None:
            from pipelines.archive import ensure_archive
            from pipelines.storage import open_db

            self.db = open_db(self.db_path)
            ensure_archive(self.db)
        return self.db

    def process_request(self, request: Request) -> None:
        if request.meta.get("conditional") and not self.refresh:
            from pipelines.archive import last_validators

            site = request.meta.get("pobratym_site")
            for name, value in last_validators(self._open(), request.url, site).items():
                request.headers.setdefault(name, value)

    def process_response(self, request: Request, response: Response) -> Response:
        from pipelines.archive import archive_response

        url = request.url
        kind = "robots" if url.endswith("/robots.txt") else request.meta.get("pobratym_kind", "other")
        headers = {
            key.decode("latin-1"): b", ".join(values).decode("latin-1")
            for key, values in response.headers.items()
        }
        archive_response(
            self._open(),
            url=url,
            final_url=response.url,
            status=response.status,
            headers=headers,
            body=response.body,
            spider=self.crawler.spider.name,
            kind=kind,
            site=request.meta.get("pobratym_site"),
            run_id=self.crawler.stats.get_value("pobratym/run_id"),
        )
        self.crawler.stats.inc_value("pobratym/archived")
        return response

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.db is not None:
            self.db.close()


class CrawlDelayMiddleware:
    """Apply robots.txt ``Crawl-delay`` (Scrapy parses it but does not apply it) and ``Retry-After``.

    Once a host's robots.txt names a delay, its requests go one at a time: each waits for the
    previous answer, then for the delay, whatever AutoThrottle and concurrency settings say. The
    middleware sits next to the downloader (after retries, redirects and robots.txt), so every
    request that takes the host's slot reaches the network and every way out of the network
    (answer, error, timeout) passes here first and frees it. A redirect or retry is a new pass
    through ``process_request`` and takes the slot again. A slot held longer than
    ``POBRATYM_SLOT_TIMEOUT`` (a path nobody foresaw) is taken over with a warning, never waited
    for forever. A 429 or 503 with ``Retry-After`` keeps the whole host quiet for that long (up to
    the cap), with or without a Crawl-delay. Once the crawl is closing, no request waits any more:
    it goes on at once to the closing gate (crawler/closing.py), which refuses it.
    """

    def __init__(self, crawler: Crawler) -> None:
        from crawler.closing import close_state

        self.crawler = crawler
        self.closing = close_state(crawler).closing
        self.user_agent = crawler.settings.get("USER_AGENT", "")
        self.cap = crawler.settings.getfloat("POBRATYM_CRAWL_DELAY_CAP", 60.0)
        self.retry_after_cap = crawler.settings.getfloat("POBRATYM_RETRY_AFTER_CAP", 300.0)
        self.slot_timeout = crawler.settings.getfloat(
            "POBRATYM_SLOT_TIMEOUT", crawler.settings.getfloat("DOWNLOAD_TIMEOUT", 180) * 2 + self.cap
        )
        self.delays: dict[str, float] = {}
        self.locks: dict[str, asyncio.Lock] = {}
        self.holders: dict[str, int] = {}
        """Host → id() of the request holding its slot."""
        self.held_since: dict[str, float] = {}
        self.next_free: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        self._release(request)  # a redirect or retry of a request that held the slot
        host = host_port(request.url)
        if request.url.endswith("/robots.txt"):
            return
        if self.closing.is_set():
            return
        if self.delays.get(host) and not await self._take_slot(host, request):
            return
        wait = self.next_free.get(host, 0.0) - asyncio.get_running_loop().time()
        if wait > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.closing.wait(), wait)  # a sleep the closing cuts short

    async def _take_slot(self, host: str, request: Request) -> bool:
        """Wait for the host's slot; take it over from a holder that kept it past the timeout.
        False (without the slot) when the crawl starts closing meanwhile."""
        lock = self.locks.setdefault(host, asyncio.Lock())
        loop = asyncio.get_running_loop()
        while True:
            held_for = loop.time() - self.held_since.get(host, loop.time())
            if await self._acquire(lock, max(0.1, self.slot_timeout - held_for)):
                break
            if self.closing.is_set():
                return False
            stuck = loop.time() - self.held_since.get(host, loop.time()) >= self.slot_timeout
            if lock.locked() and stuck:
                self.crawler.stats.inc_value("pobratym/crawl_delay_slot_taken_over")
                logger.warning("%s: the Crawl-delay slot was held too long; taking it over", host)
                self.holders.pop(host, None)
                self.held_since.pop(host, None)
                lock.release()
        self.holders[host] = id(request)
        self.held_since[host] = loop.time()
        request.meta["pobratym_crawl_delay_lock"] = host
        return True

    async def _acquire(self, lock: asyncio.Lock, timeout: float) -> bool:
        """Take ``lock`` within ``timeout`` seconds; False on timeout or once the crawl is closing."""
        acquire = asyncio.ensure_future(lock.acquire())
        closing = asyncio.ensure_future(self.closing.wait())
        try:
            await asyncio.wait({acquire, closing}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            closing.cancel()
            if not acquire.done():
                acquire.cancel()  # asyncio.Lock hands a wake-up it got meanwhile to the next waiter
        return acquire.done() and not acquire.cancelled()

    def process_response(self, request: Request, response: Response) -> Response:
        if request.url.endswith("/robots.txt") and response.status == 200:
            self._read_delay(request.url, response.body.decode("utf-8", "replace"))
        if response.status in (429, 503):
            self._retry_after(request.url, response)
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)

    def _read_delay(self, url: str, robots_txt: str) -> None:
        from protego import Protego

        robots = Protego.parse(robots_txt)
        delay = robots.crawl_delay(self.user_agent) or robots.crawl_delay("*")
        if delay:
            delay = min(float(delay), self.cap)
            host = host_port(url)
            self.delays[host] = delay
            self.crawler.stats.set_value(f"pobratym/crawl_delay/{host}", delay)

    def _retry_after(self, url: str, response: Response) -> None:
        seconds = retry_after_seconds(response.headers.get("Retry-After"))
        if seconds is None:
            return
        seconds = min(seconds, self.retry_after_cap)
        host = host_port(url)
        until = asyncio.get_running_loop().time() + seconds
        self.next_free[host] = max(self.next_free.get(host, 0.0), until)
        self.crawler.stats.inc_value("pobratym/retry_after")

    def _release(self, request: Request) -> None:
        host = request.meta.pop("pobratym_crawl_delay_lock", None)
        if not host or self.holders.get(host) != id(request):
            return
        del self.holders[host]
        self.held_since.pop(host, None)
        loop_time = asyncio.get_running_loop().time()
        self.next_free[host] = max(self.next_free.get(host, 0.0), loop_time + self.delays.get(host, 0.0))
        lock = self.locks[host]
        if lock.locked():
            lock.release()


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text[:9])
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())
