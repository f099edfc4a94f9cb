"""Give up on a dead host after its first failures, so it costs seconds and holds nobody up.

A host whose name does not resolve or that refuses connections is dead at once; one that lets a
connection time out is dead after ``POBRATYM_DEAD_AFTER_TIMEOUTS`` timeouts, unless it has answered
tonight: a host that answers is alive, and its slow pages are failures of those pages (recorded and
fetched again), not of the site. Every later request to a dead host (retries included) is dropped
before it is sent, and counted, so one down council server costs about ``DNS_TIMEOUT`` or
``DOWNLOAD_TIMEOUT`` x that number, not a timeout per page.
"""

from __future__ import annotations

import time

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import Response
from twisted.internet.error import (
    ConnectError,
    ConnectionRefusedError,
    DNSLookupError,
    NoRouteError,
    TCPTimedOutError,
    TimeoutError,
)

from parsers.urls import host_port

# Scrapy 2.19 raises its own download errors; Twisted's are kept for other download handlers.
DEFINITE = (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DNSLookupError,
    ConnectionRefusedError,
    NoRouteError,
)
SLOW = (DownloadTimeoutError, DownloadFailedError, TimeoutError, TCPTimedOutError, ConnectError)


class DeadHostMiddleware:
    """Between the retry middleware (550) and the network: sees each failure before a retry."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.after_timeouts = crawler.settings.getint("POBRATYM_DEAD_AFTER_TIMEOUTS", 2)
        self.timeouts: dict[str, int] = {}
        self.dead: dict[str, str] = {}
        self.first_seen: dict[str, float] = {}
        self.answered: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DeadHostMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        host = host_port(request.url)
        self.first_seen.setdefault(host, time.monotonic())
        if host in self.dead:
            self.crawler.stats.inc_value("pobratym/dead_host_skipped")
            raise IgnoreRequest(f"{host} is down ({self.dead[host]}); not asking again tonight")

    def process_response(self, request: Request, response: Response) -> Response:
        self.answered.add(host_port(request.url))
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        host = host_port(request.url)
        if isinstance(exception, DEFINITE):
            self._bury(host, type(exception).__name__)
        elif isinstance(exception, SLOW) and host not in self.answered:
            self.timeouts[host] = self.timeouts.get(host, 0) + 1
            if self.timeouts[host] >= self.after_timeouts:
                self._bury(host, f"{self.timeouts[host]} timeouts")

    def _bury(self, host: str, why: str) -> None:
        if host not in self.dead:
            self.dead[host] = why
            self.crawler.stats.inc_value("pobratym/dead_hosts")
            cost = time.monotonic() - self.first_seen.get(host, time.monotonic())
            self.crawler.stats.set_value(f"pobratym/dead/{host}", f"{why} after {cost:.1f} s")
