"""Reading a dataset without changing it: what `export`, `report` and `runs` open.

A read never creates, migrates or rewrites the file it was given: a 0-byte file stays 0 bytes, a
file that is not a pobratym database is a clear error. Today's views are laid over the stored ones
as temporary views (which live in memory), so a database written by an older version reads the
same as a new one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from parsers.text import name_key as _name_key

REQUIRED_TABLES = ("articles", "places", "partner_places", "partnership_evidence", "partnerships")
DEMO_MARK_TABLE = "pobratym_dataset"


class DatasetError(Exception):
    """The file named is missing, not SQLite, or not a pobratym database."""


def name_key(value: str | None) -> str | None:
    """Name comparisons in SQL: the project's one name key (lowercase, any apostrophe, any hyphen)."""
    return None if value is None else _name_key(str(value))


def check_dataset_file(path: str | Path) -> Path:
    """``path`` as a readable file, or a :class:`DatasetError` that says what is wrong."""
    path = Path(path)
    if not path.exists():
        raise DatasetError(f"no database at {path}; run `pobratym crawl` first.")
    if path.is_dir():
        raise DatasetError(f"{path} is a folder, not a database file; name the .db file with --db.")
    return path


def open_readonly(path: str | Path, required: tuple[str, ...] = REQUIRED_TABLES) -> sqlite_utils.Database:
    """The dataset at ``path``, opened read-only, with today's views and a ``name_key()`` function."""
    path = check_dataset_file(path)
    connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        connection.close()
        raise DatasetError(f"{path} is not a SQLite database ({error}).") from None
    missing = [name for name in required if name not in tables]
    if missing:
        connection.close()
        raise DatasetError(
            f"{path} is not a pobratym database (it has no {', '.join(missing)} table); "
            "name the file `pobratym crawl` wrote with --db."
        )
    connection.create_function("name_key", 1, name_key, deterministic=True)
    db = sqlite_utils.Database(connection)
    if "countries" not in tables:
        _temporary_countries(db)
    from pipelines.views import VIEWS

    if "partnerships" in tables:
        for name, sql in VIEWS.items():
            db.execute(f"CREATE TEMP VIEW [{name}] AS {sql.strip()}")
    return db


def _temporary_countries(db: sqlite_utils.Database) -> None:
    from pipelines.views import country_rows

    db.execute(
        "CREATE TEMP TABLE countries (iso2 TEXT PRIMARY KEY, iso3 TEXT, name_uk TEXT, name_en TEXT, "
        "geonameid INTEGER)"
    )
    db.conn.executemany(
        "INSERT INTO temp.countries VALUES (:iso2, :iso3, :name_uk, :name_en, :geonameid)", country_rows()
    )


def is_demo(db: sqlite_utils.Database) -> bool:
    """Whether the dataset was crawled from the bundled mirrors (``crawl --demo``), not the live sites."""
    if DEMO_MARK_TABLE not in db.table_names():
        return False
    row = db.execute(f"SELECT value FROM [{DEMO_MARK_TABLE}] WHERE key = 'demo'").fetchone()
    return row is not None and row[0] == "1"


def crawled_only_loopback(db: sqlite_utils.Database) -> bool:
    """A database from before the demo mark whose every crawl went to a loopback mirror: demo rows."""
    if DEMO_MARK_TABLE in db.table_names() or "crawl_runs" not in db.table_names():
        return False
    runs = [row[0] or "" for row in db.execute("SELECT arguments FROM crawl_runs")]
    return bool(runs) and all("127.0.0.1" in arguments or "//localhost" in arguments for arguments in runs)
