"""Views and full-text search for analysts: the questions people ask, without writing joins.

Views are recreated on every open, so a changed definition reaches old databases. Full-text
search is FTS5 over article titles and bodies; every apostrophe form (' ’ ʼ) separates tokens, so
"Кам'янець", "Кам’янець" and "Камʼянець" find each other.
"""

from __future__ import annotations

import csv
from pathlib import Path

import sqlite_utils

COUNTRIES_CSV = Path(__file__).resolve().parent.parent / "data" / "countries.csv"

VIEWS: dict[str, str] = {
    "partnerships_flat": """
SELECT
  h.name_uk AS hromada,
  p.hromada_katottg,
  o.name_uk AS oblast,
  pp.name_uk AS partner_name_uk,
  pp.name AS partner_name,
  pp.country_iso2,
  c.name_uk AS country_name_uk,
  pp.geonameid AS partner_geonameid,
  pp.katottg AS partner_katottg,
  pp.level AS partner_level,
  pp.domestic,
  p.relation,
  p.status,
  p.event_date,
  p.first_evidence_date,
  p.last_evidence_date,
  p.sources,
  (SELECT e.article_url FROM partnership_evidence e
     WHERE e.hromada_katottg = p.hromada_katottg AND e.partner_id = p.partner_id
     ORDER BY e.evidence_date, e.article_url LIMIT 1) AS first_source_url,
  ph.name_uk AS partner_hromada,
  po.name_uk AS partner_oblast,
  (SELECT max(e.confidence) FROM partnership_evidence e
     WHERE e.hromada_katottg = p.hromada_katottg AND e.partner_id = p.partner_id) AS confidence
FROM partnerships p
JOIN places h ON h.katottg = p.hromada_katottg
LEFT JOIN places o ON o.katottg = h.oblast_katottg
JOIN partner_places pp ON pp.id = p.partner_id
LEFT JOIN countries c ON c.iso2 = pp.country_iso2
LEFT JOIN places ph ON ph.katottg = pp.katottg
LEFT JOIN places po ON po.katottg = ph.oblast_katottg
""",
    # A domestic tie has two sides: each hromada sees the other as its partner. One row per
    # partnership and Ukrainian side, so "the partnerships of X" and per-oblast counts see both.
    "hromada_partnerships": """
SELECT hromada, hromada_katottg, oblast, partner_name_uk, partner_name, country_iso2, country_name_uk,
  partner_geonameid, partner_katottg, partner_level, domestic, relation, status, event_date,
  first_evidence_date, last_evidence_date, sources, first_source_url, 'hromada' AS side,
  hromada_katottg || '|' || coalesce(partner_geonameid, partner_katottg, partner_name) AS partnership_key
FROM partnerships_flat
UNION ALL
SELECT f.partner_hromada, f.partner_katottg, f.partner_oblast, h.admin_centre_uk, h.name_latin,
  'UA', f.country_name_uk, NULL, f.hromada_katottg, f.partner_level, 1, f.relation, f.status, f.event_date,
  f.first_evidence_date, f.last_evidence_date, f.sources, f.first_source_url, 'partner',
  f.hromada_katottg || '|' || f.partner_katottg
FROM partnerships_flat f
JOIN places h ON h.katottg = f.hromada_katottg
WHERE f.domestic = 1 AND f.partner_hromada IS NOT NULL
""",
    "partnerships_by_oblast": """
SELECT oblast, count(DISTINCT partnership_key) AS partnerships, count(DISTINCT hromada_katottg) AS hromadas,
  count(DISTINCT CASE WHEN domestic = 0 THEN country_iso2 END) AS countries,
  count(DISTINCT CASE WHEN domestic = 1 THEN partnership_key END) AS domestic,
  count(DISTINCT CASE WHEN status = 'signed' THEN partnership_key END) AS signed,
  count(DISTINCT CASE WHEN status = 'planned' THEN partnership_key END) AS planned,
  count(DISTINCT CASE WHEN status = 'terminated' THEN partnership_key END) AS terminated
FROM hromada_partnerships GROUP BY oblast ORDER BY partnerships DESC, oblast
""",
    "partnerships_by_country": """
SELECT country_iso2, country_name_uk, count(DISTINCT partnership_key) AS partnerships,
  count(DISTINCT hromada_katottg) AS hromadas,
  count(DISTINCT CASE WHEN status = 'signed' THEN partnership_key END) AS signed,
  count(DISTINCT CASE WHEN status = 'terminated' THEN partnership_key END) AS terminated
FROM hromada_partnerships GROUP BY country_iso2, country_name_uk ORDER BY partnerships DESC, country_iso2
""",
    # The year of the signing or event the sources name; a tie that articles only mention (no date
    # of its own) is "year unknown" (NULL), never the year of the article that mentions it.
    "partnerships_by_year": """
SELECT substr(event_date, 1, 4) AS year, count(*) AS partnerships,
  sum(domestic = 0) AS international, sum(domestic = 1) AS domestic,
  sum(status = 'signed') AS signed, sum(status = 'terminated') AS terminated
FROM partnerships_flat GROUP BY year ORDER BY year IS NULL, year
""",
    "evidence_flat": """
SELECT
  e.article_url,
  a.title AS article_title,
  a.published AS article_published,
  e.hromada_name_uk AS hromada,
  e.hromada_katottg,
  e.settlement_uk,
  pp.name_uk AS partner_name_uk,
  pp.name AS partner_name,
  pp.country_iso2,
  e.relation,
  e.status,
  e.event_date,
  e.sentence,
  e.confidence,
  pp.katottg AS partner_katottg,
  ph.name_uk AS partner_hromada,
  po.name_uk AS partner_oblast
FROM partnership_evidence e
JOIN articles a ON a.url = e.article_url
JOIN partner_places pp ON pp.id = e.partner_id
LEFT JOIN places ph ON ph.katottg = pp.katottg
LEFT JOIN places po ON po.katottg = ph.oblast_katottg
""",
}

FTS_COLUMNS = ("title", "body")
_FTS_SQL = """
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, body, content=[articles], content_rowid=rowid,
  tokenize="unicode61 remove_diacritics 2 separators 'ʼ’'"
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
"""


def ensure_countries(db: sqlite_utils.Database) -> None:
    """ISO 3166-1 countries with Ukrainian names (GeoNames/CLDR), for readable views."""
    if "countries" in db.table_names() and db["countries"].count:
        return
    db["countries"].insert_all(country_rows(), pk="iso2", replace=True)


def country_rows() -> list[dict]:
    """The rows of ``countries``, from the shipped ``data/countries.csv``."""
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as handle:
        return [
            {
                "iso2": row["country_iso2"],
                "iso3": row["country_iso3"],
                "name_uk": row["name_uk_cldr"] or row["name_uk_geonames"],
                "name_en": row["name_en_cldr"] or row["name_en"],
                "geonameid": int(row["geonameid"]) if row["geonameid"] else None,
            }
            for row in csv.DictReader(handle)
        ]


def ensure_views_and_search(db: sqlite_utils.Database) -> None:
    """Countries, the analysts' views (recreated) and the articles' full-text index."""
    ensure_countries(db)
    for name, sql in VIEWS.items():
        db.execute(f"DROP VIEW IF EXISTS [{name}]")
        db.execute(f"CREATE VIEW [{name}] AS {sql.strip()}")
    if "articles_fts" not in db.table_names():
        db.executescript(_FTS_SQL)
        db.execute("INSERT INTO articles_fts (rowid, title, body) SELECT rowid, title, body FROM articles")
