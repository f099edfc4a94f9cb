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
     ORDER BY e.evidence_date, e.article_url LIMIT 1) AS first_source_url
FROM partnerships p
JOIN places h ON h.katottg = p.hromada_katottg
LEFT JOIN places o ON o.katottg = h.oblast_katottg
JOIN partner_places pp ON pp.id = p.partner_id
LEFT JOIN countries c ON c.iso2 = pp.country_iso2
""",
    "partnerships_by_oblast": """
SELECT oblast, count(*) AS partnerships, count(DISTINCT hromada_katottg) AS hromadas,
  count(DISTINCT country_iso2) AS countries,
  sum(status = 'signed') AS signed, sum(status = 'planned') AS planned, sum(status = 'terminated') AS terminated
FROM partnerships_flat GROUP BY oblast ORDER BY partnerships DESC, oblast
""",
    "partnerships_by_country": """
SELECT country_iso2, country_name_uk, count(*) AS partnerships, count(DISTINCT hromada_katottg) AS hromadas,
  sum(status = 'signed') AS signed, sum(status = 'terminated') AS terminated
FROM partnerships_flat GROUP BY country_iso2, country_name_uk ORDER BY partnerships DESC, country_iso2
""",
    "partnerships_by_year": """
SELECT substr(coalesce(event_date, first_evidence_date), 1, 4) AS year, count(*) AS partnerships,
  sum(status = 'signed') AS signed, sum(status = 'terminated') AS terminated
FROM partnerships_flat GROUP BY year ORDER BY year
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
  e.confidence
FROM partnership_evidence e
JOIN articles a ON a.url = e.article_url
JOIN partner_places pp ON pp.id = e.partner_id
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
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = [
            {
                "iso2": row["country_iso2"],
                "iso3": row["country_iso3"],
                "name_uk": row["name_uk_cldr"] or row["name_uk_geonames"],
                "name_en": row["name_en_cldr"] or row["name_en"],
                "geonameid": int(row["geonameid"]) if row["geonameid"] else None,
            }
            for row in csv.DictReader(handle)
        ]
    db["countries"].insert_all(rows, pk="iso2", replace=True)


def ensure_views_and_search(db: sqlite_utils.Database) -> None:
    """Countries, the analysts' views (recreated) and the articles' full-text index."""
    ensure_countries(db)
    for name, sql in VIEWS.items():
        db.execute(f"DROP VIEW IF EXISTS [{name}]")
        db.execute(f"CREATE VIEW [{name}] AS {sql.strip()}")
    if "articles_fts" not in db.table_names():
        db.executescript(_FTS_SQL)
        db.execute("INSERT INTO articles_fts (rowid, title, body) SELECT rowid, title, body FROM articles")
