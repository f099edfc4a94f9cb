"""docs/schema.md, generated from the database itself, so the documentation cannot drift.

``pobratym schema-docs`` rewrites it; a test fails when the file differs from what a fresh database
produces.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    "page_failures": "Article pages that gave no article (removed, not an article, failed) or are pending: fetched again next run.",
    "raw_bodies": "Compressed response bodies (zlib), stored once per SHA-256.",
    "partnerships_flat": "View: one row per partnership with names, codes, country, status, dates, first source.",
    "hromada_partnerships": "View: one row per partnership and Ukrainian side: a domestic tie appears for both hromadas.",
    "partnerships_by_oblast": "View: partnerships, hromadas and countries per oblast; a domestic tie counts in both hromadas' oblasts.",
    "partnerships_by_country": "View: partnerships and hromadas per partner country (UA: domestic ties, both hromadas counted).",
    "partnerships_by_year": "View: partnerships per year of the signing or event; NULL year: not known (only mentioned).",
    "pobratym_dataset": "What the database holds: demo = 1 for the demo's bundled mirrors, 0 for the live sites.",
    "evidence_flat": "View: every fact with its article, sentence, partner and country.",
    "articles_fts": "Full-text index (FTS5) over article titles and bodies; any apostrophe separates tokens.",
}


# Column descriptions, shared by docs/schema.md and the Datasette metadata. Views repeat the
# meaning of the table columns they show, so they are described once here by name where they agree.
COMMON_COLUMNS: dict[str, str] = {
    "article_url": "Canonical URL of the article (articles.url).",
    "hromada_katottg": "KATOTTG code of the Ukrainian hromada (places.katottg).",
    "hromada": "Official Ukrainian name of the hromada.",
    "oblast": "Official name of the hromada's oblast (or city with special status).",
    "partner_id": "partner_places.id: G:GEONAMEID, UA:KATOTTG (a domestic partner), or N:COUNTRY:NAME (a place not in GeoNames).",
    "partner_name_uk": "Partner place in Ukrainian, as the article writes it in the nominative, else the gazetteer's name.",
    "partner_name": "Partner place in Latin script: the GeoNames name, else an official transliteration.",
    "country_iso2": "ISO 3166-1 alpha-2 code of the partner's country (UA for domestic partners).",
    "country_name_uk": "Ukrainian name of the partner's country.",
    "relation": "twinning, intent, memorandum, partnership or cooperation (the most specific the sources state).",
    "status": "signed, planned, in_negotiation, renewed or terminated: the furthest stage the evidence "
    "reached over time (a later planned event with a signed twin keeps it signed); only a later "
    "termination changes it.",
    "event_date": "Date of the signing or event the text names (YYYY-MM-DD, may be partial or null).",
    "first_evidence_date": "Earliest date among the pair's evidence (article date, else event date).",
    "last_evidence_date": "Latest date among the pair's evidence.",
    "sources": "Number of articles that state the pair.",
    "sentence": "The sentence(s) of the article that state the fact, to check before publishing.",
    "confidence": "Extractor's confidence in the fact, 0 to 1: the strength of the link that ties its two "
    "sides, lowered when the partner has no gazetteer id, the Ukrainian side is not named in the sentence, "
    "or the text gives no date (see the README, how sure a row is).",
    "position": "Order on the page (0 = first).",
    "run_id": "crawl_runs.id of the crawl.",
    "spider": "Scrapy spider: portal or councils.",
    "site": "Site the article or page belongs to (domain).",
    "articles": "Number of articles.",
    "errors": "Number of download or parse errors.",
    "partnerships": "Number of partnerships (hromada–partner pairs).",
    "hromadas": "Number of distinct hromadas.",
    "countries": "Number of distinct partner countries.",
    "signed": "Partnerships whose status is signed.",
    "planned": "Partnerships whose status is planned.",
    "terminated": "Partnerships whose status is terminated.",
    "partner_katottg": "KATOTTG code of the partner hromada (domestic partners).",
    "partner_hromada": "Official name of the partner hromada (domestic ties), else empty.",
    "partner_oblast": "Oblast of the partner hromada (domestic ties), else empty.",
    "domestic": "1 when the partner is a Ukrainian hromada (a domestic tie); as a count: domestic ties.",
    "international": "Partnerships with a foreign place.",
}

COLUMN_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "articles": {
        "url": "Canonical URL (one host, no page or AMP suffix); the key of every article.",
        "source": "portal, or council:PLATFORM (council:gromada, council:wordpress, council:joomla_k2, council:drupal7, council:generic).",
        "site_article_id": "The site's own id of the article (from the URL), when it has one.",
        "lang": "Language of the page (uk, en).",
        "title": "Headline.",
        "published": "Publication date and time (ISO 8601, Europe/Kyiv).",
        "views": "View counter shown on the page, when there is one.",
        "author": "Author, when the page names one.",
        "lead": "Lead paragraph, when the page has one.",
        "body": "Article text, as visible lines.",
        "source_name": 'The original source the article credits ("Джерело:").',
        "parse_warnings": "JSON list of what the parser could not read (missing fields, unknown place names).",
        "record_hash": "SHA-256 of the parsed record: a changed page changes it.",
        "layout": "Reader and layout version that read the page (gromada/creative, gromada/generic, portal, …).",
    },
    "tags": {
        "id": "Tag id (ours).",
        "name": "Tag name as the portal shows it.",
        "slug": "The tag's URL slug on the portal, when seen as a link.",
    },
    "article_tags": {"tag_id": "The tag (tags.id)."},
    "places": {
        "katottg": "KATOTTG code (UA + 17 digits).",
        "level": "oblast (also Crimea and cities with special status) or hromada.",
        "name_uk": "Official Ukrainian name.",
        "name_short_uk": "Short name (Кам'янець-Подільська for Кам'янець-Подільська міська громада).",
        "name_latin": "Official transliteration (KMU 2010).",
        "type": "Kind of unit as the codifier says it (область, міська, селищна, сільська, …).",
        "parent_katottg": "The unit above (raion for a hromada).",
        "oblast_katottg": "The unit's oblast.",
        "admin_centre_uk": "Administrative centre (for hromadas).",
    },
    "article_places": {
        "role": "oblast or hromada: the metadata block that names it, or the council site's owner.",
        "name_as_written": "The name as the page writes it.",
        "katottg": "KATOTTG code it resolves to (null when unknown; a parse warning says so).",
    },
    "partner_places": {
        "id": COMMON_COLUMNS["partner_id"],
        "name_uk": COMMON_COLUMNS["partner_name_uk"],
        "name": COMMON_COLUMNS["partner_name"],
        "geonameid": "GeoNames id (null for domestic and derived places).",
        "katottg": "KATOTTG code of a domestic partner hromada.",
        "level": "city or region.",
        "domestic": "1 for a Ukrainian partner hromada, 0 for a foreign place.",
    },
    "partnership_evidence": {
        "hromada_name_uk": COMMON_COLUMNS["hromada"],
        "settlement_uk": "The settlement of the hromada that the article names, when not the hromada itself.",
        "evidence_date": "Date of the article (else the event date).",
    },
    "partnerships": {},
    "countries": {
        "iso2": "ISO 3166-1 alpha-2 code.",
        "iso3": "ISO 3166-1 alpha-3 code.",
        "name_uk": "Ukrainian name (CLDR, else GeoNames).",
        "name_en": "English name.",
        "geonameid": "GeoNames id of the country.",
    },
    "crawl_runs": {
        "id": "Run id.",
        "started": "Start (ISO 8601, Kyiv time).",
        "finished": "End, null while running or after a crash.",
        "status": "running, finished or failed (errors without responses, or a layout alarm); partial (finished, some article pages failed or were no article); stopped (wall-clock budget).",
        "requests": "Requests sent.",
        "responses": "Responses received.",
        "articles_seen": "Articles parsed.",
        "new_articles": "Articles stored for the first time.",
        "updated_articles": "Stored articles whose page changed.",
        "unchanged_articles": "Stored articles fetched again, unchanged.",
        "new_facts": "Facts extracted from new and changed articles.",
        "warnings": "Parser warnings.",
        "arguments": "JSON: the spider's arguments (base URL, listings, sites).",
        "alarms": "JSON list of layout alarms (a field that stopped being found).",
        "other_language_articles": "Articles written in Russian or English: stored, not read for partnerships.",
        "failed_pages": "Article pages whose fetch, reading or storing failed (page_failures).",
        "removed_pages": "Article pages answered 404/410 or saying they were not found.",
        "not_articles": "Article pages that were no article (empty, binary, maintenance notice, no text).",
        "stop_reason": "Why the run stopped early (Scrapy's close reason, e.g. closespider_timeout), else null.",
    },
    "page_failures": {
        "url": "Canonical URL of the article page.",
        "site": "Domain of the site.",
        "spider": "portal or councils.",
        "kind": "removed, not_article, failed, or pending (found on a page, or queued when a crawl closed; not fetched yet).",
        "stage": "Where it stopped: fetch, verdict, parse, store (discovered or closed for pending).",
        "reason": "The HTTP status, verdict or error, in words.",
        "status": "HTTP status of the last answer, null when none came.",
        "fetched_url": "URL last requested (on a mirror: the mirror's URL).",
        "first_seen": "First time recorded (ISO 8601, Kyiv time).",
        "last_seen": "Last time recorded.",
        "attempts": "How many runs fetched it and got no article.",
    },
    "site_checks": {
        "domain": "Council site domain.",
        "listing_pages": "Listing pages read.",
        "dated": "Articles with a publication date.",
        "with_body": "Articles with a body text.",
    },
    "field_health": {
        "field": "title, published, body (and tags, oblast on the portal).",
        "articles": "New or changed articles in the run.",
        "present": "How many of them had the field.",
        "share": "present / articles.",
    },
    "raw_responses": {
        "id": "Response id.",
        "url": "URL requested (on a mirror: the mirror's URL).",
        "key": "The page's URL on its real site, so runs against mirrors and live sites share a history.",
        "final_url": "URL after redirects.",
        "status": "HTTP status (304 when a conditional request found no change).",
        "headers": "JSON: response headers.",
        "fetched": "When (ISO 8601, Kyiv time).",
        "content_hash": "SHA-256 of the body (raw_bodies.content_hash).",
        "kind": "article, listing, sitemap or robots.",
        "site": "Domain of the site.",
    },
    "raw_bodies": {
        "content_hash": "SHA-256 of the body.",
        "size": "Body size in bytes, uncompressed.",
        "body": "The body, zlib-compressed.",
    },
    "articles_fts": {"title": "Article title (searchable).", "body": "Article text (searchable)."},
    "partnerships_flat": {
        "partner_geonameid": "GeoNames id of the partner place (foreign partners).",
        "partner_katottg": "KATOTTG code of the partner hromada (domestic partners).",
        "partner_level": "city or region.",
        "domestic": "1 when the partner is a Ukrainian hromada.",
        "first_source_url": "The earliest article that states the pair.",
        "confidence": "The highest confidence among the facts that state the pair, 0 to 1 (see the "
        "README, how sure a row is).",
    },
    "hromada_partnerships": {
        "side": "hromada: the stored hromada; partner: the partner hromada of a domestic tie, seen from its side.",
        "partnership_key": "The same for both rows of one domestic tie: count DISTINCT it to count partnerships.",
        "partner_level": "city or region.",
        "partner_geonameid": "GeoNames id of the partner place (foreign partners).",
        "first_source_url": "The earliest article that states the pair.",
    },
    "partnerships_by_oblast": {},
    "partnerships_by_country": {},
    "partnerships_by_year": {
        "year": "Year of the signing or event the sources name; NULL when no source dates it (year unknown)."
    },
    "evidence_flat": {
        "article_title": "Headline of the article.",
        "article_published": "Publication date of the article.",
        "settlement_uk": "The settlement of the hromada that the article names, when not the hromada itself.",
    },
}


def column_description(table: str, column: str) -> str:
    """What ``table.column`` holds: its own description, else the shared one for that name."""
    return COLUMN_DESCRIPTIONS.get(table, {}).get(column) or COMMON_COLUMNS.get(column, "")


# The CSV exports: where each one's columns come from, and the columns only an export has.
EXPORT_SOURCES = {"articles": "articles", "partnerships": "partnerships_flat", "evidence": "evidence_flat"}
EXPORT_COLUMNS: dict[str, dict[str, str]] = {
    "articles": {
        "tags": 'Tag names, in page order, joined with "; ".',
        "oblasts": 'Oblasts the article names (portal "Область:" block) or its council site\'s oblast, "; "-joined.',
        "oblast_katottg": "Their KATOTTG codes, in the same order (empty where a name did not resolve).",
        "hromadas": 'Hromadas the article names (portal "Громади:" block) or its council site\'s owner, "; "-joined.',
        "hromada_katottg": "Their KATOTTG codes, in the same order (empty where a name did not resolve).",
    },
    "partnerships": {
        "evidence_urls": 'Every article that states the pair, oldest first, "; "-joined: open them before publishing.',
        "evidence": "The latest sentence that states the pair.",
        "confidence": "The highest confidence among the facts that state the pair, 0 to 1 (see the "
        "README, how sure a row is).",
    },
    "evidence": {"oblast": COMMON_COLUMNS["oblast"]},
}


def export_column_description(what: str, column: str) -> str:
    """What a column of ``pobratym export WHAT`` holds."""
    return EXPORT_COLUMNS[what].get(column) or column_description(EXPORT_SOURCES[what], column)


def render_exports(exports: dict[str, Sequence[str]]) -> list[str]:
    """Markdown: each export's columns, in their fixed order, with what they hold."""
    lines = [
        "# CSV exports",
        "",
        "`pobratym export WHAT` writes these columns in this order (UTF-8 with BOM; `--no-bom` for machines).",
        "",
    ]
    for what, columns in exports.items():
        lines += [f"## `pobratym export {what}`", "", "| # | column | description |", "|---|---|---|"]
        lines += [
            f"| {number} | `{column}` | {export_column_description(what, column)} |"
            for number, column in enumerate(columns, start=1)
        ]
        lines.append("")
    return lines


def render_schema(db: sqlite_utils.Database, exports: dict[str, Sequence[str]] | None = None) -> str:
    """Markdown for every table and view of ``db`` (FTS shadow tables left out), then the exports."""
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
        lines += ["| column | type | references | description |", "|---|---|---|---|"]
        for column in table.columns:
            lines.append(
                f"| `{column.name}` | {column.type or 'ANY'} | {foreign.get(column.name, '')} "
                f"| {column_description(name, column.name)} |"
            )
        lines.append("")
    for name in sorted(db.view_names()):
        lines += [f"## `{name}` (view)", "", DESCRIPTIONS.get(name, ""), ""]
        lines += ["| column | description |", "|---|---|"]
        lines += [
            f"| `{column.name}` | {column_description(name, column.name)} |" for column in db[name].columns
        ]
        lines.append("")
    lines += render_exports(exports or {})
    return "\n".join(lines).rstrip() + "\n"
