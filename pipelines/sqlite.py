"""Scrapy item pipeline: every parsed article goes to SQLite, and every crawl leaves a ``crawl_runs`` row."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Mapping
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from parsers.reading import Reading
from pipelines.health import FieldHealth, check_and_record
from pipelines.storage import (
    finish_run,
    open_db,
    record_removed,
    record_site_checks,
    start_run,
    store_article,
    store_facts,
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
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.db = open_db(self.db_path)
        self.run_id = start_run(self.db, spider.name, getattr(spider, "run_arguments", {}))
        self.crawler.stats.set_value("pobratym/run_id", self.run_id)
        logger.info("writing to %s (crawl run %s)", self.db_path, self.run_id)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Reading):
            return item
        if item.article is None:
            record_removed(self.db, item, self.run_id)
            self.count("removed_pages")
            return item
        article = item.article
        for warning in article.warnings:
            logger.warning("%s: %s", article.url, warning)
        self.count("warnings", len(article.warnings))
        if article.lang != "uk":
            self.count("other_language_articles")
        outcome = store_article(self.db, article)
        self.count(f"{outcome}_articles")
        if outcome != "unchanged":
            self.health.add(article)
        if outcome != "unchanged" and self.extract:
            store_facts(self.db, article, item.facts)
            self.count("new_facts", len(item.facts))
        self.count("articles_seen")
        return item

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
            "removed_pages": self.counts["removed_pages"],
            "other_language_articles": self.counts["other_language_articles"],
            "warnings": self.counts["warnings"],
            "errors": errors,
        }
        status = "finished" if reason == "finished" and not (errors and not counts["responses"]) else "failed"
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
        finish_run(self.db, self.run_id, status, {**counts, "alarms": json.dumps(alarms, ensure_ascii=False)})
        self.crawler.stats.set_value("pobratym/alarms", alarms)
        if hasattr(spider, "site_counts"):
            record_site_checks(self.db, self.run_id, spider.site_counts())
        self.crawler.stats.set_value("pobratym/run_id", self.run_id)
        self.crawler.stats.set_value("pobratym/status", status)
        for key, value in counts.items():
            self.crawler.stats.set_value(f"pobratym/{key}", value)
        self.db.close()
