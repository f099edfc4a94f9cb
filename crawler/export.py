"""CSV exports for people who live in spreadsheets: opens right in Excel, cannot run formulas.

UTF-8 with a BOM by default (Excel otherwise shows Cyrillic as mojibake), a fixed documented
column order, and every cell that a spreadsheet would evaluate (starting with = + - @, a tab or a
carriage return) prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import sqlite_utils

if TYPE_CHECKING:
    from parsers.places.world import World

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767
TRUNCATION_MARK = " […]"
# Rows between two calls of an export's progress callback (the terminal line throttles itself).
PROGRESS_EVERY = 500

ARTICLE_COLUMNS: Sequence[str] = (
    "url",
    "published",
    "lang",
    "title",
    "tags",
    "oblasts",
    "oblast_katottg",
    "hromadas",
    "hromada_katottg",
    "views",
    "source_name",
    "author",
    "lead",
    "body",
    "parse_warnings",
)

ARTICLES_SQL = """
SELECT
  a.url, a.published, a.lang, a.title,
  (SELECT group_concat(t.name, '; ') FROM
     (SELECT tags.name FROM article_tags JOIN tags ON tags.id = article_tags.tag_id
      WHERE article_tags.article_url = a.url ORDER BY article_tags.position) AS t) AS tags,
  (SELECT group_concat(coalesce(p.name_uk, ap.name_as_written), '; ') FROM
     (SELECT * FROM article_places WHERE article_url = a.url AND role = 'oblast' ORDER BY position) AS ap
     LEFT JOIN places p ON p.katottg = ap.katottg) AS oblasts,
  (SELECT group_concat(coalesce(ap.katottg, ''), '; ') FROM
     (SELECT * FROM article_places WHERE article_url = a.url AND role = 'oblast' ORDER BY position) AS ap)
     AS oblast_katottg,
  (SELECT group_concat(coalesce(p.name_uk, ap.name_as_written), '; ') FROM
     (SELECT * FROM article_places WHERE article_url = a.url AND role = 'hromada' ORDER BY position) AS ap
     LEFT JOIN places p ON p.katottg = ap.katottg) AS hromadas,
  (SELECT group_concat(coalesce(ap.katottg, ''), '; ') FROM
     (SELECT * FROM article_places WHERE article_url = a.url AND role = 'hromada' ORDER BY position) AS ap)
     AS hromada_katottg,
  a.views, a.source_name, a.author, a.lead, a.body, a.parse_warnings
FROM articles a
ORDER BY a.published IS NULL, a.published DESC, a.url
"""


PARTNERSHIP_COLUMNS: Sequence[str] = (
    "hromada",
    "hromada_katottg",
    "oblast",
    "partner_name_uk",
    "partner_name",
    "country_iso2",
    "country_name_uk",
    "partner_geonameid",
    "partner_katottg",
    "partner_level",
    "domestic",
    "relation",
    "status",
    "event_date",
    "first_evidence_date",
    "last_evidence_date",
    "sources",
    "evidence_urls",
    "evidence",
)

PARTNERSHIPS_SQL = """
SELECT
  h.name_uk AS hromada, p.hromada_katottg, o.name_uk AS oblast,
  pp.name_uk AS partner_name_uk, pp.name AS partner_name, pp.country_iso2, c.name_uk AS country_name_uk,
  pp.geonameid AS partner_geonameid, pp.katottg AS partner_katottg, pp.level AS partner_level,
  pp.domestic, p.relation, p.status, p.event_date, p.first_evidence_date, p.last_evidence_date, p.sources,
  (SELECT group_concat(article_url, '; ') FROM (SELECT DISTINCT e.article_url FROM partnership_evidence e
     WHERE e.hromada_katottg = p.hromada_katottg AND e.partner_id = p.partner_id
     ORDER BY e.evidence_date, e.article_url)) AS evidence_urls,
  (SELECT e.sentence FROM partnership_evidence e
     WHERE e.hromada_katottg = p.hromada_katottg AND e.partner_id = p.partner_id
     ORDER BY e.evidence_date DESC, e.article_url LIMIT 1) AS evidence
FROM partnerships p
JOIN places h ON h.katottg = p.hromada_katottg
LEFT JOIN places o ON o.katottg = h.oblast_katottg
JOIN partner_places pp ON pp.id = p.partner_id
LEFT JOIN countries c ON c.iso2 = pp.country_iso2
ORDER BY o.name_uk, h.name_uk, pp.country_iso2, pp.name
"""


def safe_cell(value: Any) -> Any:
    """Neutralize a spreadsheet formula and keep a cell within Excel's limit; numbers pass as they are."""
    if value is None or isinstance(value, int | float):
        return value
    text = str(value)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    return text


def write_csv(
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    out: TextIO,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write ``rows`` with a header in ``columns`` order; returns the number of data rows."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for row in counted(rows, progress):
        writer.writerow([safe_cell(row.get(column)) for column in columns])
        count += 1
    return count


def counted(
    rows: Iterable[dict[str, Any]], progress: Callable[[int], None] | None
) -> Iterator[dict[str, Any]]:
    """``rows`` as they are, telling ``progress`` the count every :data:`PROGRESS_EVERY` rows."""
    if progress is None:
        yield from rows
        return
    for number, row in enumerate(rows, start=1):
        yield row
        if number % PROGRESS_EVERY == 0:
            progress(number)


EVIDENCE_COLUMNS: Sequence[str] = (
    "article_url",
    "article_title",
    "article_published",
    "hromada",
    "hromada_katottg",
    "oblast",
    "settlement_uk",
    "partner_name_uk",
    "partner_name",
    "country_iso2",
    "country_name_uk",
    "relation",
    "status",
    "event_date",
    "sentence",
    "confidence",
)

EVIDENCE_SQL = """
SELECT e.article_url, e.article_title, e.article_published, e.hromada, e.hromada_katottg, o.name_uk AS oblast,
  e.settlement_uk, e.partner_name_uk, e.partner_name, e.country_iso2, c.name_uk AS country_name_uk,
  e.relation, e.status, e.event_date, e.sentence, e.confidence
FROM evidence_flat e
LEFT JOIN countries c ON c.iso2 = e.country_iso2
LEFT JOIN places h ON h.katottg = e.hromada_katottg
LEFT JOIN places o ON o.katottg = h.oblast_katottg
ORDER BY e.article_published DESC, e.article_url
"""

EXPORTS: dict[str, tuple[str, Sequence[str]]] = {
    "articles": (ARTICLES_SQL, ARTICLE_COLUMNS),
    "partnerships": (PARTNERSHIPS_SQL, PARTNERSHIP_COLUMNS),
    "evidence": (EVIDENCE_SQL, EVIDENCE_COLUMNS),
}

# Filter → (SQL on the exported row, which exports it applies to). Text filters match a part of
# the name ("Хмельницька" finds "Хмельницька область") or a KATOTTG code exactly.
_DATE = {
    "articles": "published",
    "partnerships": "coalesce(event_date, first_evidence_date)",
    "evidence": "coalesce(event_date, article_published)",
}
_FILTERS: dict[str, dict[str, str]] = {
    "oblast": {
        "articles": "(oblasts LIKE :oblast_like OR oblast_katottg LIKE :oblast_like)",
        "partnerships": "(oblast LIKE :oblast_like)",
        "evidence": "(oblast LIKE :oblast_like)",
    },
    "hromada": {
        "articles": "(hromadas LIKE :hromada_like OR hromada_katottg LIKE :hromada_like)",
        "partnerships": "(hromada LIKE :hromada_like OR hromada_katottg = :hromada)",
        "evidence": "(hromada LIKE :hromada_like OR hromada_katottg = :hromada)",
    },
    "country": {
        "partnerships": "country_iso2 = upper(:country)",
        "evidence": "country_iso2 = upper(:country)",
    },
    "status": {"partnerships": "status = :status", "evidence": "status = :status"},
}


class FilterError(ValueError):
    """A filter that does not apply to the chosen export."""


def filtered_sql(what: str, filters: dict[str, str | None]) -> tuple[str, dict[str, str]]:
    """The export's query narrowed by ``filters`` (oblast, hromada, country, status, since, until)."""
    sql, _ = EXPORTS[what]
    clauses, params = [], {}
    for name, value in filters.items():
        if not value:
            continue
        if name in ("since", "until"):
            clauses.append(f"substr({_DATE[what]}, 1, 10) {'>=' if name == 'since' else '<='} :{name}")
            params[name] = value
            continue
        if what not in _FILTERS[name]:
            raise FilterError(
                f"--{name} does not apply to {what} (it applies to {', '.join(_FILTERS[name])})"
            )
        clauses.append(_FILTERS[name][what])
        params[name] = value
        params[f"{name}_like"] = f"%{value}%"
    if not clauses:
        return sql, params
    return f"SELECT * FROM ({sql}) WHERE {' AND '.join(clauses)}", params


def export_table(
    db: sqlite_utils.Database,
    what: str,
    path: str | Path,
    bom: bool = True,
    filters: dict[str, str | None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Export ``what`` (articles, partnerships, evidence) to ``path`` ("-": stdout); returns rows.

    ``progress`` is told the number of rows written so far, every :data:`PROGRESS_EVERY` rows.
    """
    sql, params = filtered_sql(what, filters or {})
    columns = EXPORTS[what][1]
    rows = (dict(zip(columns, values, strict=True)) for values in db.execute(sql, params))
    if str(path) == "-":
        return write_csv(rows, columns, sys.stdout, progress)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out:
        return write_csv(rows, columns, out, progress)


def export_json(
    db: sqlite_utils.Database,
    what: str,
    path: str | Path,
    filters: dict[str, str | None] | None = None,
    geojson: bool = False,
    progress: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """JSON (a list of rows) or GeoJSON (partner points); returns (rows, rows left without a point).

    ``progress`` is told the number of rows read so far, every :data:`PROGRESS_EVERY` rows.
    """
    import json

    sql, params = filtered_sql(what, filters or {})
    columns = EXPORTS[what][1]
    rows = list(
        counted((dict(zip(columns, values, strict=True)) for values in db.execute(sql, params)), progress)
    )
    missing = 0
    if geojson:
        if what != "partnerships":
            raise FilterError("--format geojson is for partnerships (points of the partner places)")
        from parsers.places.world import load_world

        world = load_world()
        features = []
        for row in rows:
            point = partner_point(db, world, row)
            if point is None:
                missing += 1
                continue
            geometry = {"type": "Point", "coordinates": [point[1], point[0]]}
            features.append({"type": "Feature", "geometry": geometry, "properties": row})
        document: object = {"type": "FeatureCollection", "features": features}
    else:
        document = rows
    text = json.dumps(document, ensure_ascii=False, indent=1)
    if str(path) == "-":
        sys.stdout.write(text + "\n")
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(text + "\n", encoding="utf-8")
    return len(rows), missing


def partner_point(db: sqlite_utils.Database, world: World, row: dict[str, Any]) -> tuple[float, float] | None:
    """(latitude, longitude) of a partner: GeoNames for foreign places; for a partner hromada, its
    centre as the KATOTTG codifier names it, placed by GeoNames when the name is unique in the oblast."""
    if row["partner_geonameid"]:
        return world.coordinates(int(row["partner_geonameid"]))
    if not row["partner_katottg"]:
        return None
    centre = db.execute(
        "SELECT h.admin_centre_uk, o.name_uk FROM places h JOIN places o ON o.katottg = h.oblast_katottg "
        "WHERE h.katottg = ?",
        [row["partner_katottg"]],
    ).fetchone()
    return world.ukrainian_point(centre[0], centre[1]) if centre and centre[0] else None
