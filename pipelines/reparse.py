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

from parsers.councils import parse_council_article, worth_extracting
from parsers.extract import Extractor
from parsers.portal import parse_article_html
from parsers.records import Article
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


def article_from_archive(archived: ArchivedResponse) -> Article | None:
    """Parse an archived article page with the parser of the spider that fetched it."""
    if archived.spider == "portal":
        return parse_article_html(archived.body, archived.final_url, archived.content_type)
    site = load_registry().by_domain(archived.site or "")
    if site is None:
        return None
    return parse_council_article(archived.body, archived.final_url, site, archived.content_type)


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
    extractor = Extractor()
    for done, archived in enumerate(latest_articles(db), start=1):
        _reparse_one(db, extractor, archived, counts)
        if progress and done % PROGRESS_EVERY == 0:
            progress(done)
    counts["milliseconds"] = int((time.perf_counter() - started) * 1000)
    return counts


def _reparse_one(
    db: sqlite_utils.Database, extractor: Extractor, archived: ArchivedResponse, counts: Counter[str]
) -> None:
    """Store one archived article and its facts as the crawl pipeline would, counting what happened."""
    article = article_from_archive(archived)
    if article is None:
        counts["skipped"] += 1
        return
    store_article(db, article)
    counts["articles"] += 1
    counts["warnings"] += len(article.warnings)
    if worth_extracting(article):
        facts = extractor.extract(article, owner_katottg=article.owner_katottg)
        store_facts(db, article, facts)
        counts["facts"] += len(facts)
