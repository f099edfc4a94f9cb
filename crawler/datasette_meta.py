"""Datasette metadata for `pobratym serve`: titles, descriptions, licences and saved queries."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from pipelines.schema_docs import DESCRIPTIONS, column_description

SAVED_QUERIES: dict[str, dict[str, str]] = {
    "partnerships_of_a_hromada": {
        "title": "Partnerships of one hromada",
        "description": "Part of the hromada's name (Кам'янець) or its KATOTTG code.",
        "sql": "SELECT * FROM partnerships_flat WHERE hromada LIKE '%' || :hromada || '%' "
        "OR hromada_katottg = :hromada ORDER BY country_iso2, partner_name",
    },
    "new_facts_since": {
        "title": "Facts from articles published since a date",
        "description": "A date as YYYY-MM-DD.",
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


def metadata(db: sqlite_utils.Database, database: str) -> dict[str, Any]:
    """The metadata document for ``db``, which Datasette names ``database`` (its file stem)."""
    return {
        "title": "pobratym: partnerships of Ukrainian hromadas",
        "description": "Twin towns, partnership memoranda and cooperation agreements of Ukrainian hromadas, "
        "extracted from the decentralization portal and council websites; every fact carries its source.",
        "source": "decentralization.gov.ua and hromada websites",
        "source_url": "https://decentralization.gov.ua",
        "license": "Data: KATOTTG (Мінрозвитку, open data); GeoNames CC BY 4.0",
        "license_url": "https://creativecommons.org/licenses/by/4.0/",
        "databases": {
            database: {
                "tables": {
                    name: {
                        "description": text,
                        "columns": {
                            column: column_description(name, column) for column in db[name].columns_dict
                        },
                    }
                    for name, text in DESCRIPTIONS.items()
                    if db[name].exists()
                },
                "queries": SAVED_QUERIES,
            }
        },
    }
