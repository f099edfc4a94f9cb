"""The SQLite dataset: schema, reference places, and idempotent article writes (sqlite-utils).

The database is the record of what is done. Every article write is one transaction keyed by the
article's canonical URL; a write whose content is unchanged touches nothing, so running the same
crawl twice leaves identical rows.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from parsers.dates import KYIV
from parsers.facts.cues import RELATION_RANK
from parsers.facts.sentences import join_sentences
from parsers.places.katottg import Codifier, load_codifier
from parsers.records import Article, PageFailure
from pipelines.faults import checkpoint

if TYPE_CHECKING:
    from parsers.facts.model import Fact

SCHEMA_VERSION = 1

ARTICLE_COLUMNS = {
    "url": str,
    "source": str,
    "site": str,
    "site_article_id": str,
    "lang": str,
    "title": str,
    "published": str,
    "views": int,
    "author": str,
    "lead": str,
    "body": str,
    "source_name": str,
    "layout": str,
    "parse_warnings": str,
    "record_hash": str,
}
# Columns added after the first release, with their types: added to older databases on open.
LATER_COLUMNS = {
    "articles": {"layout": str},
    "crawl_runs": {"alarms": str, "other_language_articles": int},
}


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the dataset in WAL mode with its schema and reference places."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 10000")
    db.enable_wal()
    # WAL + NORMAL: a crash of the program never corrupts or loses a committed article; only a power
    # cut can lose the last few commits, which the next nightly run fetches again.
    db.execute("PRAGMA synchronous = NORMAL")
    ensure_schema(db)
    from pipelines.views import ensure_views_and_search

    ensure_views_and_search(db)
    return db


def ensure_schema(db: sqlite_utils.Database, codifier: Codifier | None = None) -> None:
    """Create the tables (idempotent) and load oblasts and hromadas into ``places`` once."""
    with transaction(db):
        if "places" not in db.table_names():
            db["places"].create(
                {
                    "katottg": str,
                    "level": str,
                    "name_uk": str,
                    "name_short_uk": str,
                    "name_latin": str,
                    "type": str,
                    "parent_katottg": str,
                    "oblast_katottg": str,
                    "admin_centre_uk": str,
                },
                pk="katottg",
            )
        if "articles" not in db.table_names():
            db["articles"].create(ARTICLE_COLUMNS, pk="url", not_null={"source", "site", "lang"})
            db["articles"].create_index(["published"])
            db["articles"].create_index(["site", "site_article_id"])
        if "tags" not in db.table_names():
            db["tags"].create({"id": int, "name": str, "slug": str}, pk="id")
            db["tags"].create_index(["name"], unique=True)
        if "article_tags" not in db.table_names():
            db["article_tags"].create(
                {"article_url": str, "tag_id": int, "position": int},
                pk=("article_url", "tag_id"),
                foreign_keys=[("article_url", "articles", "url"), ("tag_id", "tags", "id")],
            )
        if "article_places" not in db.table_names():
            db["article_places"].create(
                {"article_url": str, "role": str, "position": int, "name_as_written": str, "katottg": str},
                pk=("article_url", "role", "position"),
                foreign_keys=[("article_url", "articles", "url"), ("katottg", "places", "katottg")],
            )
            db["article_places"].create_index(["katottg"])
        if "crawl_runs" not in db.table_names():
            db["crawl_runs"].create(
                {
                    "id": int,
                    "spider": str,
                    "started": str,
                    "finished": str,
                    "status": str,
                    "requests": int,
                    "responses": int,
                    "articles_seen": int,
                    "new_articles": int,
                    "updated_articles": int,
                    "unchanged_articles": int,
                    "new_facts": int,
                    "warnings": int,
                    "errors": int,
                    "arguments": str,
                    "alarms": str,
                    "other_language_articles": int,
                },
                pk="id",
            )
        for column, kind in RUN_FAILURE_COLUMNS.items():
            if column not in db["crawl_runs"].columns_dict:
                db["crawl_runs"].add_column(column, kind)
        _ensure_page_failures(db)
        _ensure_partnership_tables(db)
        if "site_checks" not in db.table_names():
            db["site_checks"].create(
                {
                    "run_id": int,
                    "domain": str,
                    "listing_pages": int,
                    "articles": int,
                    "dated": int,
                    "with_body": int,
                    "errors": int,
                },
                pk=("run_id", "domain"),
                foreign_keys=[("run_id", "crawl_runs", "id")],
            )
        for table, columns in LATER_COLUMNS.items():
            missing = {name: kind for name, kind in columns.items() if name not in db[table].columns_dict}
            for name, kind in missing.items():
                db[table].add_column(name, kind)
        if db["places"].count == 0:
            _load_places(db, codifier or load_codifier())


RUN_FAILURE_COLUMNS = {"failed_pages": int, "removed_pages": int, "not_articles": int, "stop_reason": str}
"""crawl_runs columns added with the page-failure record (older databases get them on open)."""


def _ensure_page_failures(db: sqlite_utils.Database) -> None:
    if "page_failures" not in db.table_names():
        db["page_failures"].create(
            {
                "url": str,
                "site": str,
                "spider": str,
                "kind": str,
                "stage": str,
                "reason": str,
                "status": int,
                "fetched_url": str,
                "first_seen": str,
                "last_seen": str,
                "attempts": int,
                "run_id": int,
            },
            pk="url",
        )
        db["page_failures"].create_index(["spider", "kind"])


def _ensure_partnership_tables(db: sqlite_utils.Database) -> None:
    if "partner_places" not in db.table_names():
        db["partner_places"].create(
            {
                "id": str,
                "name_uk": str,
                "name": str,
                "country_iso2": str,
                "geonameid": int,
                "katottg": str,
                "level": str,
                "domestic": int,
            },
            pk="id",
        )
        db["partner_places"].create_index(["country_iso2"])
    if "partnership_evidence" not in db.table_names():
        db["partnership_evidence"].create(
            {
                "article_url": str,
                "position": int,
                "hromada_katottg": str,
                "hromada_name_uk": str,
                "settlement_uk": str,
                "partner_id": str,
                "relation": str,
                "status": str,
                "event_date": str,
                "evidence_date": str,
                "sentence": str,
                "confidence": float,
            },
            pk=("article_url", "position"),
            foreign_keys=[
                ("article_url", "articles", "url"),
                ("hromada_katottg", "places", "katottg"),
                ("partner_id", "partner_places", "id"),
            ],
        )
        db["partnership_evidence"].create_index(["hromada_katottg", "partner_id"])
    if "partnerships" not in db.table_names():
        db["partnerships"].create(
            {
                "hromada_katottg": str,
                "partner_id": str,
                "relation": str,
                "status": str,
                "first_evidence_date": str,
                "last_evidence_date": str,
                "event_date": str,
                "sources": int,
            },
            pk=("hromada_katottg", "partner_id"),
            foreign_keys=[("hromada_katottg", "places", "katottg"), ("partner_id", "partner_places", "id")],
        )


def _load_places(db: sqlite_utils.Database, codifier: Codifier) -> None:
    rows = (
        {
            "katottg": unit.katottg,
            "level": unit.level,
            "name_uk": unit.name_uk,
            "name_short_uk": unit.name_short_uk,
            "name_latin": unit.name_latin,
            "type": unit.type,
            "parent_katottg": unit.parent_katottg,
            "oblast_katottg": unit.oblast_katottg,
            "admin_centre_uk": unit.admin_centre_uk,
        }
        for unit in codifier.units.values()
    )
    db["places"].insert_all(rows, batch_size=1000)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """One atomic write: committed on success, rolled back on any error."""
    conn = db.conn
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def article_row(article: Article) -> dict[str, Any]:
    """The ``articles`` row of a parsed article, with a hash of everything stored about it."""
    row = {column: getattr(article, column, None) for column in ARTICLE_COLUMNS if hasattr(article, column)}
    row["parse_warnings"] = json.dumps(article.warnings, ensure_ascii=False) if article.warnings else None
    content = {
        **row,
        "tags": [asdict(tag) for tag in article.tags],
        "oblasts": [asdict(unit) for unit in article.oblasts],
        "hromadas": [asdict(unit) for unit in article.hromadas],
    }
    row["record_hash"] = hashlib.sha256(
        json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
    ).hexdigest()
    return row


def store_article(db: sqlite_utils.Database, article: Article) -> str:
    """Write one article with its tags and places; returns "new", "updated" or "unchanged"."""
    row = article_row(article)
    existing = db.execute("SELECT record_hash FROM articles WHERE url = ?", [article.url]).fetchone()
    if existing and existing[0] == row["record_hash"]:
        return "unchanged"
    with transaction(db):
        db["articles"].upsert(row, pk="url")
        db.execute("DELETE FROM article_tags WHERE article_url = ?", [article.url])
        db.execute("DELETE FROM article_places WHERE article_url = ?", [article.url])
        for position, tag in enumerate(article.tags):
            tag_id = _tag_id(db, tag.name, tag.slug)
            db["article_tags"].insert(
                {"article_url": article.url, "tag_id": tag_id, "position": position}, ignore=True
            )
        place_rows = [
            {
                "article_url": article.url,
                "role": role,
                "position": position,
                "name_as_written": unit.name_as_written,
                "katottg": unit.katottg,
            }
            for role, units in (("oblast", article.oblasts), ("hromada", article.hromadas))
            for position, unit in enumerate(units)
        ]
        if place_rows:
            db["article_places"].insert_all(place_rows)
    return "updated" if existing else "new"


def store_facts(db: sqlite_utils.Database, article: Article, facts: list[Fact]) -> None:
    """Replace an article's evidence rows and refresh the partnerships they touch (one transaction)."""
    evidence_date = (article.published or "")[:10] or None
    with transaction(db):
        touched = {
            (row[0], row[1])
            for row in db.execute(
                "SELECT hromada_katottg, partner_id FROM partnership_evidence WHERE article_url = ?",
                [article.url],
            )
        }
        db.execute("DELETE FROM partnership_evidence WHERE article_url = ?", [article.url])
        for position, fact in enumerate(facts):
            fact = canonical_domestic(fact)
            partner_id = fact.partner.key
            db["partner_places"].upsert(_partner_row(partner_id, fact), pk="id")
            hromada = fact.ua.katottg if _is_place(db, fact.ua.katottg) else None
            db["partnership_evidence"].insert(
                {
                    "article_url": article.url,
                    "position": position,
                    "hromada_katottg": hromada,
                    "hromada_name_uk": fact.ua.name_uk,
                    "settlement_uk": fact.ua.settlement_uk,
                    "partner_id": partner_id,
                    "relation": fact.relation,
                    "status": fact.status,
                    "event_date": fact.event_date,
                    "evidence_date": evidence_date or fact.event_date,
                    "sentence": join_sentences(fact.evidence),
                    "confidence": round(fact.confidence, 2),
                }
            )
            if hromada:
                touched.add((hromada, partner_id))
        for hromada, partner_id in touched:
            if hromada:
                _refresh_partnership(db, hromada, partner_id)


def canonical_domestic(fact: Fact) -> Fact:
    """A domestic pair is one partnership whichever hromada an article names first: the lower
    KATOTTG code is stored as the hromada, the other as the partner."""
    if not (fact.partner.domestic and fact.ua.katottg and fact.partner.katottg):
        return fact
    if fact.ua.katottg < fact.partner.katottg:
        return fact
    import dataclasses

    from parsers.facts.model import Partner, UaSide

    units = load_codifier().units
    other = units.get(fact.partner.katottg)
    former = units.get(fact.ua.katottg)
    oblast = units.get(other.oblast_katottg) if other else None
    ua = UaSide(
        fact.partner.katottg,
        other.name_uk if other else fact.partner.name_uk,
        None,
        oblast.name_uk if oblast else None,
    )
    partner = Partner(
        fact.ua.settlement_uk or fact.ua.name_uk,
        former.name_latin.split()[0] if former else None,
        "UA",
        None,
        fact.ua.katottg,
        fact.partner.level,
        True,
    )
    return dataclasses.replace(fact, ua=ua, partner=partner)


def _is_place(db: sqlite_utils.Database, katottg: str | None) -> bool:
    return (
        bool(katottg)
        and db.execute("SELECT 1 FROM places WHERE katottg = ?", [katottg]).fetchone() is not None
    )


def _partner_row(partner_id: str, fact: Fact) -> dict[str, Any]:
    partner = fact.partner
    return {
        "id": partner_id,
        "name_uk": partner.name_uk,
        "name": partner.name,
        "country_iso2": partner.country_iso2,
        "geonameid": partner.geonameid,
        "katottg": partner.katottg,
        "level": partner.level,
        "domestic": int(partner.domestic),
    }


# How far a partnership has come; a termination (or suspension) ends it, whatever stage it reached.
_STAGE = {"in_negotiation": 1, "planned": 2, "signed": 3, "renewed": 4}


def status_over_time(statuses: list[str]) -> str:
    """A partnership's status from its evidence in date order: the furthest stage reached, so a twin
    mentioned later in a planned event stays signed; only a later termination changes it, and what is
    said after a termination starts again from there."""
    status = statuses[0]
    for later in statuses[1:]:
        ended_or_ends = "terminated" in (later, status)
        if ended_or_ends or _STAGE.get(later, 0) > _STAGE.get(status, 0):
            status = later
    return status


def _refresh_partnership(db: sqlite_utils.Database, hromada: str, partner_id: str) -> None:
    """One row per pair: the status its evidence reached over time, the most specific relation, dates,
    source count."""
    rows = db.execute(
        "SELECT status, evidence_date, event_date, article_url, relation FROM partnership_evidence "
        "WHERE hromada_katottg = ? AND partner_id = ? "
        "ORDER BY coalesce(evidence_date, event_date, ''), article_url",
        [hromada, partner_id],
    ).fetchall()
    if not rows:
        db.execute(
            "DELETE FROM partnerships WHERE hromada_katottg = ? AND partner_id = ?", [hromada, partner_id]
        )
        return
    relation = max((row[4] for row in rows), key=lambda name: RELATION_RANK.get(name, 0))
    dates = [row[1] for row in rows if row[1]]
    event_dates = [row[2] for row in rows if row[2]]
    db["partnerships"].upsert(
        {
            "hromada_katottg": hromada,
            "partner_id": partner_id,
            "relation": relation,
            "status": status_over_time([row[0] for row in rows]),
            "first_evidence_date": min(dates) if dates else None,
            "last_evidence_date": max(dates) if dates else None,
            "event_date": min(event_dates) if event_dates else None,
            "sources": len({row[3] for row in rows}),
        },
        pk=("hromada_katottg", "partner_id"),
    )


def _tag_id(db: sqlite_utils.Database, name: str, slug: str | None) -> int:
    found = db.execute("SELECT id, slug FROM tags WHERE name = ?", [name]).fetchone()
    if found:
        if slug and not found[1]:
            db.execute("UPDATE tags SET slug = ? WHERE id = ?", [slug, found[0]])
        return found[0]
    return db["tags"].insert({"name": name, "slug": slug}).last_pk


def now_iso() -> str:
    return datetime.now(KYIV).isoformat(timespec="seconds")


def start_run(db: sqlite_utils.Database, spider: str, arguments: dict[str, Any]) -> int:
    with transaction(db):
        return (
            db["crawl_runs"]
            .insert(
                {
                    "spider": spider,
                    "started": now_iso(),
                    "status": "running",
                    "arguments": json.dumps(arguments, ensure_ascii=False, sort_keys=True),
                }
            )
            .last_pk
        )


def record_site_checks(db: sqlite_utils.Database, run_id: int, rows: list[dict[str, Any]]) -> None:
    """Per-site results of one council crawl: what `pobratym sites check` reports."""
    with transaction(db):
        db["site_checks"].upsert_all(({"run_id": run_id, **row} for row in rows), pk=("run_id", "domain"))


def latest_site_checks(db: sqlite_utils.Database) -> dict[str, dict[str, Any]]:
    """The most recent check of every site, by domain."""
    if "site_checks" not in db.table_names():
        return {}
    rows = db.execute(
        "SELECT s.*, r.started FROM site_checks s JOIN crawl_runs r ON r.id = s.run_id "
        "WHERE s.run_id = (SELECT max(run_id) FROM site_checks WHERE domain = s.domain)"
    )
    columns = [description[0] for description in rows.description]
    return {row[columns.index("domain")]: dict(zip(columns, row, strict=True)) for row in rows}


def finish_run(db: sqlite_utils.Database, run_id: int, status: str, counts: dict[str, int]) -> None:
    with transaction(db):
        db["crawl_runs"].update(run_id, {"finished": now_iso(), "status": status, **counts})


def record_page_failure(
    db: sqlite_utils.Database, failure: PageFailure, spider: str, run_id: int | None
) -> None:
    """Keep (or update) the record of an article request that gave no article; the next run
    fetches every recorded URL again, and a stored article clears its record."""
    seen = now_iso()
    with transaction(db):
        db.execute(
            "INSERT INTO page_failures (url, site, spider, kind, stage, reason, status, fetched_url,"
            " first_seen, last_seen, attempts, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
            " ON CONFLICT(url) DO UPDATE SET site = excluded.site, spider = excluded.spider,"
            " kind = excluded.kind, stage = excluded.stage, reason = excluded.reason,"
            " status = excluded.status, fetched_url = excluded.fetched_url,"
            " last_seen = excluded.last_seen, attempts = page_failures.attempts + 1,"
            " run_id = excluded.run_id",
            [
                failure.url,
                failure.site,
                spider,
                failure.kind,
                failure.stage,
                failure.reason[:2000],
                failure.status,
                failure.fetched_url,
                seen,
                seen,
                run_id,
            ],
        )
        checkpoint("failure.before_commit")


def record_pending(
    db: sqlite_utils.Database,
    urls: list[str],
    site: str | None,
    spider: str,
    run_id: int | None,
    stage: str = "discovered",
    reason: str = "found on a page, not fetched yet",
) -> None:
    """Keep article URLs found but not fetched yet (kind ``pending``) unless already recorded or
    stored: the next run fetches them if this one dies first (or closes before reaching them);
    storing them clears the record."""
    seen = now_iso()
    with transaction(db):
        for url in urls:
            db.execute(
                "INSERT OR IGNORE INTO page_failures (url, site, spider, kind, stage, reason, first_seen,"
                " last_seen, attempts, run_id) SELECT ?, ?, ?, 'pending', ?, ?, ?, ?, 0, ? WHERE NOT EXISTS"
                " (SELECT 1 FROM articles WHERE url = ?)",
                [url, site, spider, stage, reason, seen, seen, run_id, url],
            )


def pending_failures(db: sqlite_utils.Database, spider: str) -> list[tuple[str, str | None]]:
    """(canonical URL, site) of every recorded page of ``spider``: fetched again next run."""
    if "page_failures" not in db.table_names():
        return []
    return [
        (row[0], row[1])
        for row in db.execute("SELECT url, site FROM page_failures WHERE spider = ? ORDER BY url", [spider])
    ]


def store_article_with_facts(
    db: sqlite_utils.Database, article: Article, extract: Callable[[Article], list[Fact]] | None
) -> tuple[str, int]:
    """Store an article and its facts in one transaction (both or neither, whatever kills the
    process), and clear its failure record; returns (outcome, number of facts).

    An unchanged article is not written again; ``extract`` None or returning None keeps its facts.
    """
    row = article_row(article)
    existing = db.execute("SELECT record_hash FROM articles WHERE url = ?", [article.url]).fetchone()
    if existing and existing[0] == row["record_hash"]:
        with transaction(db):
            _clear_failure(db, article)
        return "unchanged", 0
    facts = extract(article) if extract else None
    with transaction(db):
        outcome = store_article(db, article)
        if facts is not None:
            store_facts(db, article, facts)
        _clear_failure(db, article)
        checkpoint("store.before_commit")
    checkpoint("store.after_commit")
    return outcome, len(facts or [])


def _clear_failure(db: sqlite_utils.Database, article: Article) -> None:
    db.execute(
        "DELETE FROM page_failures WHERE url = ? OR (fetched_url IS NOT NULL AND fetched_url = ?)",
        [article.url, article.fetched_url],
    )
