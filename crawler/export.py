"""CSV exports for people who live in spreadsheets: opens right in Excel, cannot run formulas.

UTF-8 with a BOM by default (Excel otherwise shows Cyrillic as mojibake), a fixed documented
column order, and every cell that a spreadsheet would evaluate (starting with = + - @, a tab or a
carriage return) prefixed with an apostrophe.
"""

from __future__ import annotations

import calendar
import csv
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import sqlite_utils

from parsers.text import name_key as _name_key
from pipelines.readonly import is_demo, name_key

if TYPE_CHECKING:
    from parsers.places.world import World

COUNTRY_FORMS = Path(__file__).resolve().parent.parent / "data" / "country_forms.csv"
DEMO_LABEL = "demo data"
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
    "partner_hromada",
    "partner_oblast",
    "confidence",
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
     ORDER BY e.evidence_date DESC, e.article_url LIMIT 1) AS evidence,
  ph.name_uk AS partner_hromada, po.name_uk AS partner_oblast,
  (SELECT max(e.confidence) FROM partnership_evidence e
     WHERE e.hromada_katottg = p.hromada_katottg AND e.partner_id = p.partner_id) AS confidence
FROM partnerships p
JOIN places h ON h.katottg = p.hromada_katottg
LEFT JOIN places o ON o.katottg = h.oblast_katottg
JOIN partner_places pp ON pp.id = p.partner_id
LEFT JOIN countries c ON c.iso2 = pp.country_iso2
LEFT JOIN places ph ON ph.katottg = pp.katottg
LEFT JOIN places po ON po.katottg = ph.oblast_katottg
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
    delimiter: str = ",",
) -> int:
    """Write ``rows`` with a header in ``columns`` order; returns the number of data rows.

    ``delimiter`` ";" suits spreadsheets in locales whose decimal separator is a comma (Ukrainian).
    """
    writer = csv.writer(out, lineterminator="\r\n", delimiter=delimiter)
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
    "partner_katottg",
    "partner_hromada",
    "partner_oblast",
)

EVIDENCE_SQL = """
SELECT e.article_url, e.article_title, e.article_published, e.hromada, e.hromada_katottg, o.name_uk AS oblast,
  e.settlement_uk, e.partner_name_uk, e.partner_name, e.country_iso2, c.name_uk AS country_name_uk,
  e.relation, e.status, e.event_date, e.sentence, e.confidence,
  e.partner_katottg, e.partner_hromada, e.partner_oblast
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

# Which date each export's --since/--until filter on. A partial date (2022, 2022-05) is the range
# it names: it matches when that range overlaps the filter's range.
DATE_COLUMNS = {
    "articles": "published",  # the article's publication date
    "partnerships": "event_date",  # the date of the signing or event the sources name
    "evidence": "article_published",  # the publication date of the article that states the fact
}
DATE_MEANING = {
    "articles": "the article's publication date",
    "partnerships": "the date of the signing or event (partnerships whose year is unknown never match)",
    "evidence": "the publication date of the article that states the fact",
}


def _range_start(column: str) -> str:
    """SQL: the first day of a stored date, which may be partial (2022 → 2022-01-01)."""
    value = f"substr({column}, 1, 10)"
    return (
        f"(CASE length({value}) WHEN 4 THEN {value} || '-01-01' WHEN 7 THEN {value} || '-01' "
        f"ELSE {value} END)"
    )


def _range_end(column: str) -> str:
    """SQL: the last day of a stored date, which may be partial (2022 → 2022-12-31; a month ends on 31)."""
    value = f"substr({column}, 1, 10)"
    return (
        f"(CASE length({value}) WHEN 4 THEN {value} || '-12-31' WHEN 7 THEN {value} || '-31' "
        f"ELSE {value} END)"
    )


# Filter → (SQL on the exported row, which exports it applies to). Names match a part of the name
# in any case and with any apostrophe ("хмельницька" finds "Хмельницька область"), or a KATOTTG
# code exactly; a domestic tie matches by either of its two hromadas.
_EITHER_OBLAST = (
    "(instr(name_key(oblast), name_key(:oblast)) OR instr(name_key(partner_oblast), name_key(:oblast)))"
)
_FILTERS: dict[str, dict[str, str]] = {
    "oblast": {
        "articles": "(instr(name_key(oblasts), name_key(:oblast)) OR instr(oblast_katottg, upper(:oblast)))",
        "partnerships": _EITHER_OBLAST,
        "evidence": _EITHER_OBLAST,
    },
    "hromada": {
        "articles": "(instr(name_key(hromadas), name_key(:hromada)) "
        "OR instr(hromada_katottg, upper(:hromada)))",
        "partnerships": "(instr(name_key(hromada), name_key(:hromada)) OR hromada_katottg = upper(:hromada) "
        "OR instr(name_key(partner_hromada), name_key(:hromada)) OR partner_katottg = upper(:hromada))",
        "evidence": "(instr(name_key(hromada), name_key(:hromada)) OR hromada_katottg = upper(:hromada) "
        "OR instr(name_key(partner_hromada), name_key(:hromada)) OR partner_katottg = upper(:hromada))",
    },
    "country": {
        "partnerships": "country_iso2 = :country",
        "evidence": "country_iso2 = :country",
    },
    "status": {"partnerships": "status = :status", "evidence": "status = :status"},
    # a partnership is as sure as the surest fact that states it
    "min_confidence": {
        "partnerships": "confidence >= :min_confidence",
        "evidence": "confidence >= :min_confidence",
    },
}


class FilterError(ValueError):
    """A filter that does not apply to the chosen export, or a value it cannot read."""


_DATE_FORMAT = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def date_range(value: str) -> tuple[str, str]:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as the first and last day it names."""
    text = value.strip()
    if not _DATE_FORMAT.fullmatch(text):
        raise FilterError(
            f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (2025, 2025-03, 2025-03-31)"
        )
    parts = [int(part) for part in text.split("-")]
    try:
        if len(parts) == 3:
            day = date(*parts)
            return day.isoformat(), day.isoformat()
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            last = first.replace(day=calendar.monthrange(parts[0], parts[1])[1])
            return first.isoformat(), last.isoformat()
        return date(parts[0], 1, 1).isoformat(), date(parts[0], 12, 31).isoformat()
    except ValueError:
        raise FilterError(
            f"{value!r} is not a real date: write YYYY, YYYY-MM or YYYY-MM-DD (2025, 2025-03, 2025-03-31)"
        ) from None


def date_bounds(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """The first day of ``since`` and the last day of ``until``; a reversed range is an error."""
    start = date_range(since)[0] if since else None
    end = date_range(until)[1] if until else None
    if start and end and start > end:
        raise FilterError(f"--since {since} is after --until {until}: the range is reversed")
    return start, end


# Codes people write for a country that ISO 3166-1 spells otherwise.
NOT_ISO = {"UK": "GB", "EL": "GR", "EN": "GB"}


def country_code(value: str, countries: dict[str, str]) -> str:
    """An ISO 3166-1 alpha-2 code from a code (any case) or a Ukrainian or English country name.

    ``countries`` maps name keys and codes to ISO codes (see :func:`country_names`).
    """
    text = value.strip()
    if len(text) == 2 and text.isascii():
        code = text.upper()
        if code in NOT_ISO:
            raise FilterError(f"--country {text}: {code} is not an ISO 3166-1 code; write {NOT_ISO[code]}")
        if code not in countries:
            raise FilterError(f"--country {text}: no country has the ISO 3166-1 code {code}")
        return code
    found = countries.get(_name_key(text))
    if found is None:
        raise FilterError(
            f"--country {text}: not a country name or ISO 3166-1 code (write PL, FR, Польща, Франція, …)"
        )
    return found


def country_names(db: sqlite_utils.Database) -> dict[str, str]:
    """ISO codes, and the name keys of every Ukrainian and English country name, → ISO code."""
    known: dict[str, str] = {}
    for iso2, name_uk, name_en in db.execute("SELECT iso2, name_uk, name_en FROM countries"):
        known[iso2] = iso2
        for name in (name_uk, name_en):
            if name:
                known.setdefault(_name_key(name), iso2)
    with COUNTRY_FORMS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            known.setdefault(_name_key(row["name_uk"]), row["country_iso2"])
    return known


def confidence_floor(value: str | float) -> float:
    """``--min-confidence``: a number from 0 to 1 (a decimal comma is read as a point)."""
    try:
        floor = float(str(value).strip().replace(",", "."))
    except ValueError:
        floor = -1.0
    if not 0.0 <= floor <= 1.0:
        raise FilterError(f"--min-confidence {value}: write a number from 0 to 1, such as 0.85")
    return floor


def filtered_sql(what: str, filters: dict[str, str | None]) -> tuple[str, dict[str, str]]:
    """The export's query narrowed by ``filters`` (oblast, hromada, country, status, since, until).

    ``country`` must already be an ISO code (:func:`country_code`); dates are checked here.
    """
    sql, _ = EXPORTS[what]
    clauses, params = [], {}
    since, until = date_bounds(filters.get("since"), filters.get("until"))
    column = DATE_COLUMNS[what]
    if since:
        clauses.append(f"{_range_end(column)} >= :since")
        params["since"] = since
    if until:
        clauses.append(f"{_range_start(column)} <= :until")
        params["until"] = until
    for name, value in filters.items():
        if not value or name in ("since", "until"):
            continue
        if what not in _FILTERS[name]:
            option = name.replace("_", "-")
            raise FilterError(
                f"--{option} does not apply to {what} (it applies to {', '.join(_FILTERS[name])})"
            )
        clauses.append(_FILTERS[name][what])
        params[name] = value
    if not clauses:
        return sql, params
    return f"SELECT * FROM ({sql}) WHERE {' AND '.join(clauses)}", params


def prepare(db: sqlite_utils.Database, filters: dict[str, str | None] | None) -> dict[str, str | None]:
    """Register the SQL functions the filters use, and read ``--country`` into an ISO code."""
    db.conn.create_function("name_key", 1, name_key, deterministic=True)
    filters = dict(filters or {})
    if filters.get("country"):
        filters["country"] = country_code(filters["country"], country_names(db))
    if filters.get("min_confidence") is not None:
        filters["min_confidence"] = confidence_floor(filters["min_confidence"])  # type: ignore[assignment]
    return filters


def labelled(db: sqlite_utils.Database, columns: Sequence[str]) -> tuple[Sequence[str], dict[str, str]]:
    """Rows from a demo dataset carry a first column that says so, in every file made from them."""
    if is_demo(db):
        return ("dataset", *columns), {"dataset": DEMO_LABEL}
    return columns, {}


def export_table(
    db: sqlite_utils.Database,
    what: str,
    path: str | Path,
    bom: bool = True,
    filters: dict[str, str | None] | None = None,
    progress: Callable[[int], None] | None = None,
    delimiter: str = ",",
) -> int:
    """Export ``what`` (articles, partnerships, evidence) to ``path`` ("-": stdout); returns rows.

    ``progress`` is told the number of rows written so far, every :data:`PROGRESS_EVERY` rows.
    """
    sql, params = filtered_sql(what, prepare(db, filters))
    columns, label = labelled(db, EXPORTS[what][1])
    names = EXPORTS[what][1]
    rows = ({**label, **dict(zip(names, values, strict=True))} for values in db.execute(sql, params))
    if str(path) == "-":
        return write_csv(rows, columns, sys.stdout, progress, delimiter)
    path = Path(path)
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out:
        return write_csv(rows, columns, out, progress, delimiter)


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

    sql, params = filtered_sql(what, prepare(db, filters))
    columns = EXPORTS[what][1]
    _, label = labelled(db, columns)
    rows = list(
        counted(
            ({**label, **dict(zip(columns, values, strict=True))} for values in db.execute(sql, params)),
            progress,
        )
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
        Path(path).write_text(text + "\n", encoding="utf-8")
    return len(rows), missing


def partner_point(db: sqlite_utils.Database, world: World, row: dict[str, Any]) -> tuple[float, float] | None:
    """(latitude, longitude) of a partner: GeoNames for foreign places, a partner hromada's centre else."""
    if row["partner_geonameid"]:
        return world.coordinates(int(row["partner_geonameid"]))
    if not row["partner_katottg"]:
        return None
    return hromada_point(db, world, row["partner_katottg"])


def hromada_point(db: sqlite_utils.Database, world: World, katottg: str) -> tuple[float, float] | None:
    """(latitude, longitude) of a hromada: its centre as the KATOTTG codifier names it, placed by
    GeoNames when that name is unique in the oblast."""
    centre = db.execute(
        "SELECT h.admin_centre_uk, o.name_uk FROM places h JOIN places o ON o.katottg = h.oblast_katottg "
        "WHERE h.katottg = ?",
        [katottg],
    ).fetchone()
    return world.ukrainian_point(centre[0], centre[1]) if centre and centre[0] else None
