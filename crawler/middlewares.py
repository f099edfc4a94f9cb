"""Downloader middlewares of the pobratym project."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured


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
