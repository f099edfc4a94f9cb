"""Rebuild every derived table from the raw archive, with no network.

Parsers and the extractor improve; the archive keeps what was fetched. ``pobratym reparse`` clears
articles, tags, places of articles and partnerships, then reads the latest archived page of every
article with today's parsers, exactly as the crawl pipeline would. Interrupted, it can simply be
run again.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

import sqlite_utils

from parsers.reading import Fetched, Reading, read_fetched
from parsers.registry import load_registry
from pipelines.archive import ArchivedResponse, latest_articles
from pipelines.storage import store_article, store_facts, transaction

DERIVED_TABLES = (
    "partnerships",
    "partnership_evidence",
    "partner_places",
    "article_places",
    "article_tags",
    "tags",
    "articles",
)
# Call the progress callback every this many articles (the terminal line throttles itself).
PROGRESS_EVERY = 20


def archived_article_count(db: sqlite_utils.Database) -> int:
    """How many articles a reparse will read (as :func:`latest_articles` yields them): its progress total."""
    if "raw_responses" not in db.table_names():
        return 0
    return db.execute(
        "SELECT count(DISTINCT key) FROM raw_responses WHERE kind = 'article' AND status = 200"
    ).fetchone()[0]


def reading_from_archive(archived: ArchivedResponse) -> Reading | None:
    """Read an archived page exactly as the crawl read it (:func:`parsers.reading.read_fetched`);
    None for a council site no longer in the registry."""
    site = None
    if archived.spider != "portal":
        site = load_registry().by_domain(archived.site or "")
        if site is None:
            return None
    spider = "portal" if archived.spider == "portal" else "councils"
    fetched = Fetched(spider, archived.final_url, archived.body, archived.status, archived.content_type, site)
    return read_fetched(fetched)


def reparse(db: sqlite_utils.Database, progress: Callable[[int], None] | None = None) -> Counter[str]:
    """Clear the derived tables and rebuild them from the archive; returns counts and the elapsed time.

    Counts: ``articles``, ``facts``, ``warnings`` (parser warnings), ``skipped`` (pages of a site no
    longer in the registry), ``milliseconds``. ``progress`` gets the number of archived pages done so far.
    """
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    with transaction(db):
        for table in DERIVED_TABLES:
            if table in db.table_names():
                db.execute(f"DELETE FROM [{table}]")  # noqa: S608 (names from the constant above)
    for done, archived in enumerate(latest_articles(db), start=1):
        _reparse_one(db, archived, counts)
        if progress and done % PROGRESS_EVERY == 0:
            progress(done)
    counts["milliseconds"] = int((time.perf_counter() - started) * 1000)
    return counts


def _reparse_one(db: sqlite_utils.Database, archived: ArchivedResponse, counts: Counter[str]) -> None:
    """Store one archived article and its facts as the crawl pipeline would, counting what happened."""
    reading = reading_from_archive(archived)
    if reading is None:
        counts["skipped"] += 1
        return
    if reading.article is None:
        counts["removed"] += 1
        return
    store_article(db, reading.article)
    counts["articles"] += 1
    counts["warnings"] += len(reading.article.warnings)
    store_facts(db, reading.article, reading.facts)
    counts["facts"] += len(reading.facts)
