"""What both spiders share for nightly runs: the database says what is done.

A stored article is not fetched again (unless ``POBRATYM_REFRESH``); a listing is read until the
first page whose articles are all stored, plus ``POBRATYM_OVERLAP_PAGES``; listing requests are
conditional, so an unchanged page costs a 304. After a run that did not finish (killed, failed),
the next run walks every listing page again while still skipping stored articles, so a crash
loses nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlite_utils

logger = logging.getLogger(__name__)

LISTING_META = {"conditional": True, "handle_httpstatus_list": [304], "pobratym_kind": "listing"}


class IncrementalState:
    """The stored articles and the paging rule of one spider run."""

    def __init__(self, settings: Any, spider_name: str) -> None:
        self.refresh = settings.getbool("POBRATYM_REFRESH")
        self.overlap = settings.getint("POBRATYM_OVERLAP_PAGES", 1)
        db_path = Path(settings.get("POBRATYM_DB"))
        self.stored: set[str] = set()
        self.last_fetched: dict[str, str] = {}
        """Canonical article URL → when its page was last archived (for sitemap ``lastmod``)."""
        self.resuming = False
        self.pending: list[tuple[str, str | None]] = []
        """(canonical URL, site) of the pages that gave no article last time: fetched again."""
        if db_path.exists():
            db = sqlite_utils.Database(db_path)
            if "articles" in db.table_names() and not self.refresh:
                self.stored = {row[0] for row in db.execute("SELECT url FROM articles")}
            if "raw_responses" in db.table_names():
                self.last_fetched = dict(
                    db.execute(
                        "SELECT key, max(fetched) FROM raw_responses WHERE kind = 'article' AND spider = ? "
                        "GROUP BY key",
                        [spider_name],
                    ).fetchall()
                )
            if "page_failures" in db.table_names():
                self.pending = [
                    (row[0], row[1])
                    for row in db.execute(
                        "SELECT url, site FROM page_failures WHERE spider = ? ORDER BY url", [spider_name]
                    )
                ]
            if "crawl_runs" in db.table_names():
                last = db.execute(
                    "SELECT status FROM crawl_runs WHERE spider = ? ORDER BY id DESC LIMIT 1", [spider_name]
                ).fetchone()
                # "partial": finished, with pages recorded as failed (fetched again from self.pending).
                self.resuming = bool(last) and last[0] not in ("finished", "partial")
            db.close()
        if self.resuming:
            logger.warning("%s: the last run did not finish; walking every listing page again", spider_name)

    @property
    def walk_everything(self) -> bool:
        return self.refresh or self.resuming or not self.stored

    def listing_meta(self) -> dict[str, Any]:
        meta = dict(LISTING_META)
        if self.walk_everything:
            meta["conditional"] = False
        return meta

    def is_stored(self, canonical_url: str) -> bool:
        return canonical_url in self.stored

    def next_quiet(self, new_articles: int, quiet_pages: int) -> int | None:
        """Pages without a new article so far, or None when the listing should stop here."""
        if new_articles:
            return 0
        quiet_pages += 1
        if self.walk_everything or quiet_pages <= self.overlap:
            return quiet_pages
        return None
