"""Where each site's backfill stopped: the next listing page to read, kept across nights.

A backfill walks a council site's listing into its archive, a nightly page budget at a time. The
cursor (site, listing) → next page URL and number is saved after every listing page, in the same
database as the articles, so a run that stops (budget spent, killed) resumes at that page the next
night; a listing page with no article marks the site's backfill done.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from pipelines.storage import now_iso, open_db, transaction

TABLE = "council_backfill"


@dataclass(frozen=True)
class Cursor:
    site: str
    listing: str
    next_url: str | None
    page: int
    done: bool


class BackfillStore:
    """The cursors of one database; opened lazily, one connection per run."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = db_path
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            self._db = open_db(self.db_path)
            if TABLE not in self._db.table_names():
                self._db[TABLE].create(
                    {"site": str, "listing": str, "next_url": str, "page": int, "done": int, "updated": str},
                    pk=("site", "listing"),
                )
        return self._db

    def cursors(self) -> dict[tuple[str, str], Cursor]:
        rows = self.db.execute(f"SELECT site, listing, next_url, page, done FROM {TABLE}").fetchall()
        return {(row[0], row[1]): Cursor(row[0], row[1], row[2], row[3], bool(row[4])) for row in rows}

    def save(self, site: str, listing: str, next_url: str | None, page: int, done: bool = False) -> None:
        row = {"site": site, "listing": listing, "next_url": next_url, "page": page, "done": int(done),
               "updated": now_iso()}  # fmt: skip
        with transaction(self.db):
            self.db[TABLE].upsert(row, pk=("site", "listing"))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
