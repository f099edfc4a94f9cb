"""Scrapy extensions of the pobratym project: the crawl's progress line on the terminal.

``POBRATYM_PROGRESS`` (off by default; ``pobratym crawl`` turns it on when the log goes to a file
and stderr is a terminal) shows one line, redrawn every second, with every spider of the process:
requests, new (and updated) articles, facts (and errors) so far.
"""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

from crawler.progress import Progress, duration
from pipelines.sqlite import count_errors

TICK = 1.0  # seconds between redraws of the crawl line


def spider_line(name: str, crawler: Crawler, done: bool) -> str:
    """``portal 44 req, 32 new, 19 facts`` (updates and errors only once there are some; ✓ when done).

    Short on purpose: two spiders and the time fit an 80-column terminal.
    """
    stats = crawler.stats.get_stats()
    parts = [
        f"{stats.get('downloader/request_count', 0)} req",
        f"{stats.get('pobratym/new_articles', 0)} new",
    ]
    if updated := stats.get("pobratym/updated_articles", 0):
        parts.append(f"{updated} upd")
    parts.append(f"{stats.get('pobratym/new_facts', 0)} facts")
    if errors := count_errors(stats):
        parts.append(f"{errors} err")
    return f"{name}{'✓' if done else ''} " + ", ".join(parts)


class ProgressBoard:
    """Every crawler of the process on one line, driven by one timer while any spider runs."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget the finished crawlers: the next spider to open starts a new line."""
        self.crawlers: dict[str, Crawler] = {}
        self.closed: set[str] = set()
        self.progress: Progress | None = None
        self.task: Any = None

    def open(self, name: str, crawler: Crawler) -> None:
        if self.progress is None:
            # Throttle below the tick, so the timer's jitter never skips a redraw.
            self.progress = Progress("pobratym", interval=TICK / 2)
            self.task = create_looping_call(self.tick)
            self.task.start(TICK, now=False)
        self.crawlers[name] = crawler

    def close(self, name: str) -> None:
        """Once the last spider is done: stop the timer, draw the final counts, end the line."""
        self.closed.add(name)
        if self.closed < set(self.crawlers) or self.progress is None:
            return
        if self.task is not None and self.task.running:
            self.task.stop()
        if self.progress.shown:
            self.progress.show(self.line())
        self.progress.finish()
        self.reset()

    def tick(self) -> None:
        if self.progress is not None:
            self.progress.set_text(self.line())

    def line(self) -> str:
        assert self.progress is not None
        elapsed = self.progress.clock() - self.progress.started
        parts = [spider_line(name, crawler, name in self.closed) for name, crawler in self.crawlers.items()]
        return f"crawl {duration(elapsed)} · " + " · ".join(parts)


BOARD = ProgressBoard()


class CrawlProgress:
    """Puts its spider on the shared :data:`BOARD` from ``spider_opened`` to ``spider_closed``."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlProgress:
        if not crawler.settings.getbool("POBRATYM_PROGRESS"):
            raise NotConfigured
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Any) -> None:
        BOARD.open(spider.name, self.crawler)

    def spider_closed(self, spider: Any, reason: str) -> None:
        BOARD.close(spider.name)
