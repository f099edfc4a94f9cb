"""Which kind of data a database holds: the live sites, or the demo's bundled mirrors.

Demo rows look like live ones (the mirrors keep the sites' real URLs), so a database says what it
is in a one-row table, ``pobratym_dataset``. A live crawl never writes into a demo database and a
demo crawl never into a live one; the report, Datasette and CSV exports of a demo database say
"demo data" where people look.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from pipelines.readonly import DEMO_MARK_TABLE, DatasetError, crawled_only_loopback, is_demo, open_readonly


class DatasetKindError(Exception):
    """A crawl aimed at a database that holds the other kind of data."""


def claim_dataset(path: str | Path, demo: bool) -> None:
    """Mark a new or empty database as live or demo data; refuse one that holds the other kind."""
    path = Path(path)
    if path.exists() and path.stat().st_size:
        try:
            db = open_readonly(path, required=())
        except DatasetError as error:
            raise DatasetKindError(str(error)) from None
        try:
            holds_demo = is_demo(db) or crawled_only_loopback(db)
            has_articles = "articles" in db.table_names() and db["articles"].count > 0
        finally:
            db.close()
        if holds_demo and not demo:
            raise DatasetKindError(
                f"{path} holds demo data (crawled from the bundled mirrors); a live crawl never mixes "
                "with it: name another database with --db (or delete this one)."
            )
        if demo and has_articles and not holds_demo:
            raise DatasetKindError(
                f"{path} holds live data; the demo crawls into its own database (data/demo.db by "
                "default): name another database with --db."
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    mark(path, demo)


def mark(path: Path, demo: bool) -> None:
    """Write the kind of data into the database's ``pobratym_dataset`` table."""
    db = sqlite_utils.Database(sqlite3.connect(path))
    try:
        db.execute(f"CREATE TABLE IF NOT EXISTS [{DEMO_MARK_TABLE}] (key TEXT PRIMARY KEY, value TEXT)")
        db.execute(
            f"INSERT OR REPLACE INTO [{DEMO_MARK_TABLE}] (key, value) VALUES ('demo', ?)",
            ["1" if demo else "0"],
        )
        db.conn.commit()
    finally:
        db.close()
