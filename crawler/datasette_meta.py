"""Datasette metadata for `pobratym serve`: titles, descriptions, licences and saved queries."""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlite_utils

from pipelines.schema_docs import DESCRIPTIONS, column_description

DEMO_NOTE = "Demo data: crawled from the bundled offline mirrors, not from the live sites."
DATA_LICENCE = (
    "Facts and derived data: CC BY 4.0 (pobratym); KATOTTG (Мінрозвитку, open data); GeoNames CC BY 4.0. "
    "Article texts belong to their publishers: quote them only as sources"
)

# Datasette has no name_key(): the saved queries unify the apostrophes (’ ʼ) to ' in SQL instead.
_UNIFIED = "replace(replace({}, '’', ''''), 'ʼ', '''')"

SAVED_QUERIES: dict[str, dict[str, str]] = {
    "partnerships_of_a_hromada": {
        "title": "Partnerships of one hromada",
        "description": "Part of the hromada's name (Кам'янець, any apostrophe) or its KATOTTG code. "
        "A domestic tie is listed for both of its hromadas.",
        "sql": f"SELECT * FROM hromada_partnerships WHERE {_UNIFIED.format('hromada')} LIKE "
        f"'%' || {_UNIFIED.format(':hromada')} || '%' "
        "OR hromada_katottg = upper(:hromada) ORDER BY country_iso2, partner_name",
    },
    "new_facts_since": {
        "title": "Facts from articles published since a date",
        "description": "The article's publication date, as YYYY-MM-DD.",
        "sql": "SELECT * FROM evidence_flat WHERE substr(article_published, 1, 10) >= :since "
        "ORDER BY article_published DESC",
    },
    "partnerships_with_a_country": {
        "title": "Partnerships with one country",
        "description": "ISO 3166-1 alpha-2 code, such as PL or FR.",
        "sql": "SELECT * FROM partnerships_flat WHERE country_iso2 = upper(:country) ORDER BY oblast, hromada",
    },
    "facts_with_several_sources": {
        "title": "Partnerships reported by more than one article",
        "sql": "SELECT * FROM partnerships_flat WHERE sources > 1 ORDER BY sources DESC, hromada",
    },
    "articles_mentioning_a_place": {
        "title": "Articles that mention a place",
        "description": "A word as written in the text, any apostrophe (Кам'янець).",
        "sql": "SELECT url, title, published FROM articles WHERE rowid IN "
        "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH '\"' || :place || '\"') ORDER BY published DESC",
    },
}


def _columns(db: sqlite_utils.Database, name: str) -> list[str] | None:
    """The columns of a table or view (also a temporary one), or None when there is none by that name."""
    try:
        return [column[0] for column in db.execute(f"SELECT * FROM [{name}] LIMIT 0").description]
    except sqlite3.OperationalError:
        return None


def metadata(db: sqlite_utils.Database, database: str, demo: bool = False) -> dict[str, Any]:
    """The metadata document for ``db``, which Datasette names ``database`` (its file stem).

    A demo database says so in its title and description, on every page.
    """
    tables = {}
    for name, text in DESCRIPTIONS.items():
        columns = _columns(db, name)
        if columns is not None:
            description = f"{DEMO_NOTE} {text}" if demo else text
            tables[name] = {
                "description": description,
                "columns": {column: column_description(name, column) for column in columns},
            }
    title = "pobratym: partnerships of Ukrainian hromadas"
    description = (
        "Twin towns, partnership memoranda and cooperation agreements of Ukrainian hromadas, "
        "extracted from the decentralization portal and council websites; every fact carries its source."
    )
    return {
        "title": f"DEMO DATA – {title}" if demo else title,
        "description": f"{DEMO_NOTE} {description}" if demo else description,
        "source": "decentralization.gov.ua and hromada websites",
        "source_url": "https://decentralization.gov.ua",
        "license": DATA_LICENCE,
        "license_url": "https://creativecommons.org/licenses/by/4.0/",
        "databases": {database: {"tables": tables, "queries": SAVED_QUERIES}},
    }
