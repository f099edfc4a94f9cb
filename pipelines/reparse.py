"""Rebuild every derived table from the raw archive, with no network, without ever losing the dataset.

Parsers and the extractor improve; the archive keeps what was fetched. ``pobratym reparse`` reads the
latest archived page of every article with today's parsers, exactly as the crawl pipeline would,
inside ONE transaction: the old rows are replaced article by article, and only when the whole
reparse went through is it committed. Killed or failing midway, the dataset is as it was. A page
that fails to parse (each page has its own savepoint) is reported and keeps its previous rows; a
page that is no article (maintenance notice, soft 404) is read from its last good version instead.
Articles no archived page gives any more (pages that turned out to be no article, sites dropped from
the registry) are removed with their rows, so the result is what a fresh crawl would store.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

from parsers.pages.councils import canonical_url
from parsers.pages.verdict import FAILED
from parsers.reading import Fetched, Reading, read_fetched
from parsers.records import Article
from parsers.registry import load_registry
from parsers.urls import article_key
from pipelines.archive import ArchivedResponse, earlier_versions, latest_articles
from pipelines.faults import checkpoint
from pipelines.storage import store_article, store_facts, transaction

logger = logging.getLogger(__name__)

# Call the progress callback every this many articles (the terminal line throttles itself).
PROGRESS_EVERY = 20


@dataclass
class ReparseResult:
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    """(URL, error) of every page that failed and kept its previous rows."""


def archived_article_count(db: sqlite_utils.Database) -> int:
    """How many articles a reparse will read (as :func:`latest_articles` yields them): its progress total."""
    if "raw_responses" not in db.table_names():
        return 0
    return db.execute(
        "SELECT count(DISTINCT key) FROM raw_responses WHERE kind = 'article' AND status = 200"
    ).fetchone()[0]


def reading_from_archive(archived: ArchivedResponse) -> Reading | None:
    """Read an archived page exactly as the crawl reads a fetched one (:func:`parsers.reading.read_fetched`,
    its body decoded from its Content-Encoding); None when its council site is no longer in the registry."""
    fetched = fetched_from_archive(archived)
    if fetched is None:
        return None
    return read_fetched(fetched, url=archived_article_url(archived))


def fetched_from_archive(archived: ArchivedResponse) -> Fetched | None:
    """The archived response as the readers take it; None when its council site left the registry."""
    site = None
    if archived.spider != "portal":
        site = load_registry().by_domain(archived.site or "")
        if site is None:
            return None
    spider = "portal" if archived.spider == "portal" else "councils"
    return Fetched(
        spider,
        archived.final_url,
        archived.page,
        archived.status,
        archived.content_type,
        site,
        archived.headers,
    )


def archived_article_url(archived: ArchivedResponse) -> str | None:
    """The canonical URL the article of an archived page is stored under (None if unknown)."""
    try:
        if archived.spider == "portal":
            key = article_key(archived.final_url) or article_key(archived.key or archived.url)
            return key.canonical_url if key else None
        site = load_registry().by_domain(archived.site or "")
        return canonical_url(archived.key or archived.final_url, site) if site else None
    except Exception:  # noqa: BLE001 (an odd URL only means its old rows are not kept)
        return None


def reparse(db: sqlite_utils.Database, progress: Callable[[int], None] | None = None) -> ReparseResult:
    """Rebuild the derived tables from the archive in one transaction; returns counts and failures.

    Counts: ``articles``, ``facts``, ``warnings`` (parser warnings), ``skipped`` (pages of a site no
    longer in the registry), ``not_articles`` (pages with no article in any version), ``failed``
    (pages whose reading failed; their old rows are kept), ``removed`` (stored articles no page gives
    any more), ``milliseconds``. ``progress`` gets the number of archived pages done so far.
    """
    started = time.perf_counter()
    result = ReparseResult()
    produced: set[str] = set()
    kept: set[str] = set()
    with transaction(db) as conn:
        for done, archived in enumerate(latest_articles(db), start=1):
            conn.execute("SAVEPOINT reparse_page")
            try:
                url = _reparse_one(db, archived, result.counts)
            except Exception as error:  # noqa: BLE001 (one bad page never stops the rebuild)
                conn.execute("ROLLBACK TO reparse_page")
                url = archived_article_url(archived)
                if url:
                    kept.add(url)
                result.counts["failed"] += 1
                named = isinstance(error, PageReadError)
                message = str(error) if named else f"{type(error).__name__}: {error}"
                result.failures.append((archived.final_url, message[:300]))
                logger.error("%s: reparse failed, previous rows kept: %s", archived.final_url, error)
            else:
                if url:
                    produced.add(url)
            conn.execute("RELEASE reparse_page")
            checkpoint("reparse.page")
            if progress and done % PROGRESS_EVERY == 0:
                progress(done)
        result.counts["removed"] = _drop_articles_not_in(db, produced | kept)
        _drop_orphans(db)
        checkpoint("reparse.before_commit")
    checkpoint("reparse.after_commit")
    result.counts["milliseconds"] = int((time.perf_counter() - started) * 1000)
    return result


def _reparse_one(db: sqlite_utils.Database, archived: ArchivedResponse, counts: Counter[str]) -> str | None:
    """Store one archived article and its facts as the crawl pipeline would; returns its URL."""
    reading = reading_from_archive(archived)
    if reading is None:
        counts["skipped"] += 1
        return None
    if reading.failure is not None:
        _raise_if_failed(reading)
        reading = _last_good_version(db, archived)
        if reading is None:
            counts["not_articles"] += 1
            return None
    store_article(db, reading.article)
    counts["articles"] += 1
    counts["warnings"] += len(reading.article.warnings)
    store_facts(db, reading.article, reading.facts)
    counts["facts"] += len(reading.facts)
    return reading.article.url


class PageReadError(RuntimeError):
    """Reading an archived page failed (a reader error, not a verdict): its old rows are kept."""


def _raise_if_failed(reading: Reading) -> None:
    if reading.failure is not None and reading.failure.kind == FAILED:
        raise PageReadError(reading.failure.reason)


def _last_good_version(db: sqlite_utils.Database, archived: ArchivedResponse) -> Reading | None:
    """The newest earlier version of the page that is an article (the latest was a notice or an
    error page); None when none is."""
    for older in earlier_versions(db, archived):
        reading = reading_from_archive(older)
        if reading is None:
            continue
        if reading.article is not None:
            return reading
        _raise_if_failed(reading)
    return None


def _drop_articles_not_in(db: sqlite_utils.Database, keep: set[str]) -> int:
    """Delete the articles (with their tags, places and evidence) that this reparse did not produce."""
    stale = [row[0] for row in db.execute("SELECT url FROM articles") if row[0] not in keep]
    for url in stale:
        store_facts_for_removed(db, url)
        db.execute("DELETE FROM article_tags WHERE article_url = ?", [url])
        db.execute("DELETE FROM article_places WHERE article_url = ?", [url])
        db.execute("DELETE FROM articles WHERE url = ?", [url])
    return len(stale)


def store_facts_for_removed(db: sqlite_utils.Database, url: str) -> None:
    """Drop an article's evidence and refresh the partnerships it supported."""
    placeholder = Article(
        url=url, source="", site="", site_article_id=None, lang="uk", title=None, published=None
    )
    store_facts(db, placeholder, [])


def _drop_orphans(db: sqlite_utils.Database) -> None:
    """Partner places and tags no row refers to any more (a fresh crawl would not have them)."""
    db.execute(
        "DELETE FROM partnerships WHERE NOT EXISTS (SELECT 1 FROM partnership_evidence e "
        "WHERE e.hromada_katottg = partnerships.hromada_katottg AND e.partner_id = partnerships.partner_id)"
    )
    db.execute(
        "DELETE FROM partner_places WHERE id NOT IN (SELECT partner_id FROM partnership_evidence "
        "WHERE partner_id IS NOT NULL) AND id NOT IN (SELECT partner_id FROM partnerships)"
    )
    db.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)")
