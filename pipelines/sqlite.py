"""Scrapy item pipeline: every parsed article goes to SQLite, and every crawl leaves a ``crawl_runs`` row."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.crawler import Crawler

from parsers.reading import Reading
from parsers.records import PageFailure, PendingPages
from pipelines.faults import checkpoint
from pipelines.health import FieldHealth, check_and_record
from pipelines.storage import (
    finish_run,
    open_db,
    record_page_failure,
    record_pending,
    record_site_checks,
    start_run,
    store_article_with_facts,
)

logger = logging.getLogger(__name__)


def count_errors(stats: Mapping[str, Any]) -> int:
    """Errors of a crawl: exceptions in spiders and downloads, not the requests we refused on purpose."""
    return sum(
        value
        for key, value in stats.items()
        if key.startswith(("spider_exceptions/", "downloader/exception_type_count/"))
        and not key.endswith("IgnoreRequest")
    )


def run_status(reason: str, counts: Mapping[str, Any]) -> str:
    """``finished``; ``partial`` (finished, but some article pages failed or were no article: they
    are fetched again next run); ``stopped`` (the wall-clock budget ran out); ``failed``."""
    if reason == "closespider_timeout":
        return "stopped"
    if reason != "finished" or (counts["errors"] and not counts["responses"]):
        return "failed"
    return "partial" if counts["failed_pages"] or counts["not_articles"] else "finished"


class SQLitePipeline:
    """Writes :class:`parsers.records.Article` items; one transaction per article."""

    def __init__(self, crawler: Crawler, db_path: str, extract: bool = True) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.extract = extract
        self.counts: Counter[str] = Counter()
        self.db = None
        self.run_id: int | None = None
        self.health = FieldHealth()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SQLitePipeline:
        pipeline = cls(
            crawler, crawler.settings.get("POBRATYM_DB"), crawler.settings.getbool("POBRATYM_EXTRACT")
        )
        # Pipelines close before the finish reason is known; the run row is closed on the signal.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(pipeline.request_scheduled, signal=signals.request_scheduled)
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.db = open_db(self.db_path)
        self.run_id = start_run(self.db, spider.name, getattr(spider, "run_arguments", {}))
        self.crawler.stats.set_value("pobratym/run_id", self.run_id)
        checkpoint("run.after_start")
        logger.info("writing to %s (crawl run %s)", self.db_path, self.run_id)

    def process_item(self, item: Any) -> Any:
        if isinstance(item, PageFailure):
            self.record_failure(item)
            return item
        if isinstance(item, PendingPages):
            record_pending(self.db, item.urls, item.site, self.crawler.spider.name, self.run_id)
            return item
        if not isinstance(item, Reading) or item.article is None:
            return item
        article = item.article
        for warning in article.warnings:
            logger.warning("%s: %s", article.url, warning)
        facts = item.facts if self.extract else None
        try:
            outcome, stored_facts = store_article_with_facts(self.db, article, lambda _: facts)
        except Exception as error:  # noqa: BLE001 (recorded with its stage; the crawl goes on)
            logger.error("%s: could not be stored: %s", article.url, error)
            self.record_failure(
                PageFailure(article.url, article.site, "failed", "store",
                            f"{type(error).__name__}: {error}"[:500], 200, article.fetched_url)
            )  # fmt: skip
            return item
        self.count("warnings", len(article.warnings))
        if article.lang != "uk":
            self.count("other_language_articles")
        self.count(f"{outcome}_articles")
        if outcome != "unchanged":
            self.health.add(article)
            self.count("new_facts", stored_facts)
        self.count("articles_seen")
        return item

    def request_dropped(self, request: Any, spider: Any) -> None:
        """An article request the scheduler dropped (a redirect back to a URL already fetched)
        gives no article and no errback: record it, so it is not lost in silence."""
        url = request.meta.get("pobratym_article_url")
        if url and self.db is not None:
            reason = "request dropped by the scheduler (duplicate, e.g. a redirect loop)"
            site = request.meta.get("pobratym_site")
            self.record_failure(PageFailure(url, site, "failed", "fetch", reason, None, request.url))

    def request_scheduled(self, request: Any, spider: Any) -> None:
        """An article request redirected off the spider's domains is dropped by Scrapy's offsite
        filter without an errback or a signal: record it here, as it is scheduled."""
        url = request.meta.get("pobratym_article_url")
        allowed = getattr(spider, "allowed_domains", None)
        if not (url and allowed and request.meta.get("redirect_times")) or self.db is None:
            return
        host = (urlsplit(request.url).hostname or "").lower()
        if not any(host == domain or host.endswith("." + domain) for domain in allowed):
            reason = f"redirected off the site to {request.url[:200]}"
            site = request.meta.get("pobratym_site")
            self.record_failure(PageFailure(url, site, "failed", "fetch", reason, None, request.url))

    def record_failure(self, failure: PageFailure) -> None:
        """Keep an article page that gave no article in ``page_failures`` and count it in the run."""
        key = {"removed": "removed_pages", "not_article": "not_articles"}.get(failure.kind, "failed_pages")
        self.count(key)
        try:
            record_page_failure(self.db, failure, self.crawler.spider.name, self.run_id)
        except Exception as error:  # noqa: BLE001 (the count and the log still say it)
            logger.error("%s: could not record the failure: %s", failure.url, error)

    def count(self, key: str, amount: int = 1) -> None:
        """Count as we go, into the stats too, so a progress display can read them mid-crawl."""
        self.counts[key] += amount
        self.crawler.stats.inc_value(f"pobratym/{key}", amount)

    def spider_closed(self, spider: Any, reason: str) -> None:
        stats = self.crawler.stats
        errors = count_errors(stats.get_stats())
        counts = {
            "requests": stats.get_value("downloader/request_count", 0),
            "responses": stats.get_value("downloader/response_count", 0),
            "articles_seen": self.counts["articles_seen"],
            "new_articles": self.counts["new_articles"],
            "updated_articles": self.counts["updated_articles"],
            "unchanged_articles": self.counts["unchanged_articles"],
            "new_facts": self.counts["new_facts"],
            "other_language_articles": self.counts["other_language_articles"],
            "warnings": self.counts["warnings"],
            "errors": errors,
            "failed_pages": self.counts["failed_pages"],
            "removed_pages": self.counts["removed_pages"],
            "not_articles": self.counts["not_articles"],
            "stop_reason": None if reason == "finished" else reason,
        }
        status = run_status(reason, counts)
        settings = self.crawler.settings
        alarms = check_and_record(
            self.db,
            self.run_id,
            spider.name,
            self.health,
            settings.getfloat("POBRATYM_ALARM_KEEP", 0.5),
            settings.getint("POBRATYM_ALARM_MIN_ARTICLES", 3),
        )
        for alarm in alarms:
            logger.error(alarm)
        if alarms:
            status = "failed"
        checkpoint("run.before_finish")
        finish_run(self.db, self.run_id, status, {**counts, "alarms": json.dumps(alarms, ensure_ascii=False)})
        self.crawler.stats.set_value("pobratym/alarms", alarms)
        if hasattr(spider, "site_counts"):
            record_site_checks(self.db, self.run_id, spider.site_counts())
        self.crawler.stats.set_value("pobratym/run_id", self.run_id)
        self.crawler.stats.set_value("pobratym/status", status)
        for key, value in counts.items():
            self.crawler.stats.set_value(f"pobratym/{key}", value)
        self.db.close()
