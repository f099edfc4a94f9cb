"""docs/schema.md, generated from the database itself, so the documentation cannot drift.

``pobratym schema-docs`` rewrites it; a test fails when the file differs from what a fresh database
produces.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

SCHEMA_MD = Path(__file__).resolve().parent.parent / "docs" / "schema.md"

DESCRIPTIONS: dict[str, str] = {
    "articles": "One row per article (portal or council site), keyed by its canonical URL.",
    "tags": "Portal tag names, with their URL slug when seen as a link.",
    "article_tags": "Tags of an article, in page order.",
    "places": "KATOTTG oblasts, cities with special status and hromadas (the official codifier).",
    "article_places": "Oblasts and hromadas an article names in its metadata blocks (portal) or its owner (councils).",
    "partner_places": "Partner places: GeoNames places, derived foreign places, or Ukrainian hromadas (domestic).",
    "partnership_evidence": "One fact as one article states it, with the sentence.",
    "partnerships": "One row per (hromada, partner place) pair: status of the latest evidence.",
    "countries": "ISO 3166-1 countries with Ukrainian names (GeoNames, CLDR).",
    "crawl_runs": "One row per spider run: counts, status, layout alarms.",
    "site_checks": "Per council site and crawl: listing pages, articles, dated, with body, errors.",
    "field_health": "Per spider, site and run: share of new articles that had each field (layout alarm).",
    "raw_responses": "Every fetched response (the raw archive), its body in raw_bodies.",
    "raw_bodies": "Compressed response bodies (zlib), stored once per SHA-256.",
    "partnerships_flat": "View: one row per partnership with names, codes, country, status, dates, first source.",
    "partnerships_by_oblast": "View: partnerships, hromadas and countries per oblast.",
    "partnerships_by_country": "View: partnerships and hromadas per partner country.",
    "partnerships_by_year": "View: partnerships per year (event date, else first evidence).",
    "evidence_flat": "View: every fact with its article, sentence, partner and country.",
    "articles_fts": "Full-text index (FTS5) over article titles and bodies; any apostrophe separates tokens.",
}


def render_schema(db: sqlite_utils.Database) -> str:
    """Markdown for every table and view of ``db`` (FTS shadow tables left out)."""
    lines = [
        "# Database schema",
        "",
        "Generated from the database by `pobratym schema-docs`; do not edit by hand.",
        "",
    ]
    for name in sorted(db.table_names()):
        if name.startswith("articles_fts_") or name == "sqlite_stat1":
            continue
        table = db[name]
        lines += [f"## `{name}` (table)", "", DESCRIPTIONS.get(name, ""), ""]
        if name == "articles_fts":
            lines += ["Columns: `title`, `body` (external content: `articles`).", ""]
            continue
        lines += [f"Primary key: {', '.join(f'`{pk}`' for pk in table.pks)}", ""]
        foreign = {fk.column: f"{fk.other_table}.{fk.other_column}" for fk in table.foreign_keys}
        lines += ["| column | type | references |", "|---|---|---|"]
        for column in table.columns:
            lines.append(f"| `{column.name}` | {column.type or 'ANY'} | {foreign.get(column.name, '')} |")
        lines.append("")
    for name in sorted(db.view_names()):
        lines += [f"## `{name}` (view)", "", DESCRIPTIONS.get(name, ""), ""]
        lines += ["Columns: " + ", ".join(f"`{column.name}`" for column in db[name].columns), ""]
    return "\n".join(lines).rstrip() + "\n"
