"""A closing crawl downloads nothing new: what was still queued is dropped and kept for the next run.

When a crawl closes before its work is done (the wall-clock budget, a shutdown signal, any
``CloseSpider``), Scrapy stops taking requests from its scheduler but still downloads every request
it had already handed to the downloader: up to ``CONCURRENT_REQUESTS`` of them, each waiting for
its host's delay. Against a small council server that is minutes of requests after we said we
would stop. Here, from the moment the engine starts closing:

- the requests still in the scheduler and in the downloader's per-host queues are dropped;
- a request that reaches the end of the downloader middlewares later (one that was waiting for a
  Crawl-delay slot, a retry, a redirect, a request yielded by a page still being parsed) is refused
  with ``IgnoreRequest``;
- requests already on the wire finish: their pages are archived and stored as usual.

Nothing dropped is lost: every dropped article request is kept as a pending page (table
``page_failures``, kind ``pending``), which the next run fetches first; dropped listing pages are
walked again because the next run resumes a run that did not finish (and a council backfill's
cursor already points at its next page). One log line says how many requests were dropped.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

logger = logging.getLogger(__name__)

DROPPED = "pobratym_dropped_on_close"
"""Request meta flag: dropped because the crawl was closing (already kept as pending)."""
STAGE = "closed"
REASON = "queued when the crawl closed, not fetched yet"


@dataclass
class CloseState:
    """Whether the crawl is closing, shared by the extension and the middlewares of one crawler."""

    closing: asyncio.Event = field(default_factory=asyncio.Event)
    reason: str | None = None
    dropped: int = 0
    kept: int = 0
    unsaved: list[tuple[str, str | None]] = field(default_factory=list)
    """(canonical article URL, site) of dropped article requests not yet written as pending."""

    @property
    def is_closing(self) -> bool:
        return self.closing.is_set()

    def drop(self, request: Request) -> IgnoreRequest:
        """Count a request that will not be downloaded and remember its article URL, if any."""
        if not request.meta.get(DROPPED):
            request.meta[DROPPED] = True
            self.dropped += 1
            if url := request.meta.get("pobratym_article_url"):
                self.unsaved.append((url, request.meta.get("pobratym_site")))
        return IgnoreRequest(f"the crawl is closing ({self.reason}); not downloaded, kept for the next run")


_STATES: weakref.WeakKeyDictionary[Crawler, CloseState] = weakref.WeakKeyDictionary()


def close_state(crawler: Crawler) -> CloseState:
    """The one :class:`CloseState` of ``crawler``."""
    state = _STATES.get(crawler)
    if state is None:
        state = _STATES[crawler] = CloseState()
    return state


class PromptClose:
    """Extension: starts the closing as soon as the engine does, drops what is queued, keeps it."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.state = close_state(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PromptClose:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Any) -> None:
        """Hook the engine's ``close_spider_async``: every way a crawl closes goes through it, and
        Scrapy has no signal for the start of a close (``spider_closed`` comes after the downloads)."""
        engine = self.crawler.engine
        close = engine.close_spider_async

        async def close_spider_async(*, reason: str = "cancelled") -> None:
            self.begin(reason)
            await close(reason=reason)

        engine.close_spider_async = close_spider_async

    def begin(self, reason: str) -> None:
        """Drop what waits in the scheduler and in the downloader's queues; refuse what comes later."""
        if self.state.is_closing:
            return
        self.state.reason = reason
        self.state.closing.set()
        for request in self._scheduled():
            self.state.drop(request)
        for request, deferred in self._downloader_queued():
            deferred.errback(self.state.drop(request))
        self.flush()

    def _scheduled(self) -> Iterator[Request]:
        scheduler = self.crawler.engine.scheduler
        while scheduler is not None and (request := scheduler.next_request()) is not None:
            yield request

    def _downloader_queued(self) -> Iterator[tuple[Request, Any]]:
        """The requests waiting in the downloader's per-host queues for their delay or a free
        connection (past every downloader middleware, so a middleware alone cannot stop them)."""
        for slot in list(getattr(self.crawler.engine.downloader, "slots", {}).values()):
            queue = getattr(slot, "queue", None)
            while queue:
                yield queue.popleft()

    def request_scheduled(self, request: Request, spider: Any) -> None:
        """A request yielded while closing (by a page still parsed, a retry, a redirect, the start
        requests) is never queued: raising IgnoreRequest here keeps it out of the scheduler."""
        if self.state.is_closing:
            raise self.state.drop(request)

    def spider_closed(self, spider: Any, reason: str) -> None:
        self.flush()
        stats = self.crawler.stats
        stats.set_value("pobratym/dropped_on_close", self.state.dropped)
        if self.state.dropped:
            logger.info(
                "%s closed (%s): %d queued requests dropped, not downloaded; %d article pages kept "
                "for the next run",
                spider.name, reason, self.state.dropped, self.state.kept,
            )  # fmt: skip

    def flush(self) -> None:
        """Write the dropped article URLs as pending pages (the next run fetches them first)."""
        if not self.state.unsaved:
            return
        from pipelines.storage import open_db, record_pending

        unsaved, self.state.unsaved = self.state.unsaved, []
        by_site: dict[str | None, list[str]] = {}
        for url, site in unsaved:
            by_site.setdefault(site, []).append(url)
        run_id = self.crawler.stats.get_value("pobratym/run_id")
        db = open_db(self.crawler.settings.get("POBRATYM_DB"))
        try:
            for site, urls in by_site.items():
                record_pending(db, urls, site, self.crawler.spider.name, run_id, STAGE, REASON)
        except Exception as error:  # noqa: BLE001 (the next run's listing walk still finds them)
            logger.error("could not keep %d dropped article pages as pending: %s", len(unsaved), error)
        else:
            self.state.kept += len(unsaved)
        finally:
            db.close()


class ClosingGateMiddleware:
    """Downloader middleware, the last before the downloader: refuses every request that gets here
    once the crawl is closing (one that waited for a Crawl-delay slot or a Retry-After pause, a
    robots.txt fetch). Retries and redirects go through the scheduler, refused by the extension."""

    def __init__(self, crawler: Crawler) -> None:
        self.state = close_state(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClosingGateMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if self.state.is_closing:
            raise self.state.drop(request)
