"""A self-contained HTML report of the dataset: charts and a map people would rather look at than tables.

One file, no scripts, no fonts, styles or tiles from the network: bar charts are HTML and CSS that
reflow from a phone to a desktop, the map is inline SVG drawn here over the shipped country outlines
(``data/country_outlines.geojson``, Natural Earth), so the page opens offline and prints as it shows.

International and domestic ties are told apart: partner countries count without Ukraine, and
hromada–hromada ties have their own section. Years are the years of the signing or event the
sources name; a tie that articles only mention is "year unknown", not the year of the article.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from html import escape
from pathlib import Path

import sqlite_utils

from parsers.dates import KYIV

OUTLINES = Path(__file__).resolve().parent.parent / "data" / "country_outlines.geojson"
BAR_COLOUR = "#2b6cb0"
HROMADA_COLOUR = "#2b6cb0"
PARTNER_COLOUR = "#c05621"
DOMESTIC_COLOUR = "#2f855a"
UNKNOWN_YEAR = "year unknown"
STATUS_COLOURS = {
    "signed": "#2f855a",
    "renewed": "#38a169",
    "planned": "#d69e2e",
    "in_negotiation": "#dd6b20",
    "terminated": "#c53030",
}
CSS = """
* { box-sizing: border-box; }
body { font-family: sans-serif; margin: 0 auto; padding: 1em; max-width: 1100px; color: #1a202c;
  line-height: 1.4; overflow-wrap: anywhere; }
h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 2em; }
.note { color: #4a5568; font-size: 0.9em; }
.demo { background: #fefcbf; border: 2px solid #d69e2e; padding: 0.5em 1em; font-weight: bold; }
.chart { display: grid; grid-template-columns: minmax(5em, 16em) minmax(0, 1fr) auto; gap: 4px 8px;
  align-items: center; font-size: 14px; }
.chart .label { text-align: right; }
.chart .track { display: block; height: 16px; }
.chart .bar { display: block; height: 16px; min-width: 2px; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: 13px; }
td, th { border: 1px solid #cbd5e0; padding: 3px 6px; vertical-align: top; }
svg.map { width: 100%; height: auto; display: block; background: #ebf8ff;
  border: 1px solid #cbd5e0; }
.legend span { display: inline-block; margin-right: 1.5em; }
.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; }
@media (max-width: 600px) { .chart { grid-template-columns: minmax(4em, 9em) minmax(0, 1fr) auto;
  font-size: 13px; } }
"""


def bar_chart(
    title: str,
    items: list[tuple[str, int]],
    chart_id: str,
    colours: dict[str, str] | None = None,
    note: str = "",
) -> str:
    """A horizontal bar chart in HTML: label, a bar as long as its share of the biggest, the value."""
    heading = f'<section id="{chart_id}"><h2>{escape(title)}</h2>'
    note_html = f'<p class="note">{escape(note)}</p>' if note else ""
    if not items:
        return f"{heading}{note_html}<p>No data yet.</p></section>"
    biggest = max(value for _, value in items) or 1
    rows = []
    for label, value in items:
        colour = (colours or {}).get(label, BAR_COLOUR)
        share = 100 * value / biggest
        rows.append(
            f'<span class="label">{escape(label)}</span>'
            f'<span class="track"><span class="bar" style="width: {share:.1f}%; background: {colour}" '
            f'title="{escape(label)}: {value}"></span></span>'
            f'<span class="value">{value}</span>'
        )
    return f'{heading}{note_html}<div class="chart" role="img" aria-label="{escape(title)}">{"".join(rows)}</div></section>'


def _pairs(db: sqlite_utils.Database, sql: str) -> list[tuple[str, int]]:
    return [(str(label) if label is not None else "—", int(value)) for label, value in db.execute(sql)]


def _years(db: sqlite_utils.Database) -> list[tuple[str, int]]:
    rows = db.execute("SELECT year, partnerships FROM partnerships_by_year").fetchall()
    return [(year or UNKNOWN_YEAR, int(count)) for year, count in rows]


def _table(
    section_id: str, title: str, header: tuple[str, ...], rows: list[list[str]], note: str = ""
) -> str:
    """A table in a box that scrolls by itself on a narrow screen, never the page."""
    head = "".join(f"<th>{escape(name)}</th>" for name in header)
    body = "".join("<tr>" + "".join(rows_cells) + "</tr>" for rows_cells in rows)
    note_html = f'<p class="note">{escape(note)}</p>' if note else ""
    return (
        f'<section id="{section_id}"><h2>{escape(title)}</h2>{note_html}'
        f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div></section>'
    )


def _cell(value: object) -> str:
    return f"<td>{escape(str(value)) if value is not None else ''}</td>"


def _link(url: str) -> str:
    return f'<td><a href="{escape(url)}">{escape(url)}</a></td>'


def newest_facts_table(db: sqlite_utils.Database, limit: int = 30) -> str:
    rows = db.execute(
        "SELECT article_published, hromada, partner_name_uk, partner_name, country_iso2, relation, status, "
        "article_url FROM evidence_flat ORDER BY article_published DESC, article_url LIMIT ?",
        [limit],
    ).fetchall()
    cells = [[*(_cell(value) for value in row[:7]), _link(row[7])] for row in rows]
    header = (
        "published (Kyiv time)",
        "hromada",
        "partner",
        "Latin",
        "country",
        "relation",
        "status",
        "source",
    )
    return _table("newest", "Newest facts, with their sources", header, cells)


def domestic_table(db: sqlite_utils.Database) -> str:
    rows = db.execute(
        "SELECT hromada, oblast, partner_hromada, partner_oblast, relation, status, event_date, first_source_url "
        "FROM partnerships_flat WHERE domestic = 1 ORDER BY oblast, hromada, partner_hromada"
    ).fetchall()
    if not rows:
        return '<section id="domestic"><h2>Domestic ties (hromada ↔ hromada)</h2><p>None yet.</p></section>'
    cells = [[*(_cell(value) for value in row[:7]), _link(row[7])] for row in rows]
    header = ("hromada", "oblast", "partner hromada", "its oblast", "relation", "status", "date", "source")
    return _table(
        "domestic",
        f"Domestic ties (hromada ↔ hromada): {len(rows)}",
        header,
        cells,
        "Ties between two Ukrainian hromadas (such as the «Пліч-о-пліч» memoranda). Each is one tie with "
        "two sides: it counts in the oblast chart for both hromadas' oblasts.",
    )


# ---- the map -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapPoint:
    lat: float
    lon: float
    label: str
    kind: str  # hromada, partner (foreign) or domestic (a partner hromada)


@cache
def country_outlines() -> list[tuple[str, list[list[list[float]]]]]:
    """(ISO code, rings of [lon, lat]) of every country in the shipped outlines."""
    document = json.loads(OUTLINES.read_text(encoding="utf-8"))
    return [
        (feature["properties"]["iso2"], [polygon[0] for polygon in feature["geometry"]["coordinates"]])
        for feature in document["features"]
    ]


def map_links(db: sqlite_utils.Database) -> tuple[list[tuple[MapPoint, MapPoint]], int]:
    """Every partnership as (hromada point, partner point); and how many had no known point."""
    from crawler.export import hromada_point, partner_point
    from parsers.places.world import load_world

    world = load_world()
    rows = db.execute(
        "SELECT hromada, hromada_katottg, partner_name_uk, partner_name, country_iso2, partner_geonameid, "
        "partner_katottg, domestic FROM partnerships_flat"
    ).fetchall()
    links, missing = [], 0
    for hromada, code, name_uk, name, iso2, geonameid, partner_katottg, domestic in rows:
        start = hromada_point(db, world, code)
        end = partner_point(db, world, {"partner_geonameid": geonameid, "partner_katottg": partner_katottg})
        if start is None or end is None:
            missing += 1
            continue
        kind = "domestic" if domestic else "partner"
        partner_label = f"{name_uk or name} ({iso2})" if iso2 else (name_uk or name or "")
        links.append((MapPoint(*start, hromada, "hromada"), MapPoint(*end, partner_label, kind)))
    return links, missing


# The map frames Europe and Ukraine's neighbours, where nearly all partners are; a line to a partner
# farther away leaves the frame in its direction, and the partner is named under the map.
FRAME = (-25.0, 30.0, 50.0, 72.0)  # west, south, east, north


def in_frame(point: MapPoint) -> bool:
    west, south, east, north = FRAME
    return west <= point.lon <= east and south <= point.lat <= north


def _extent(points: list[MapPoint]) -> tuple[float, float, float, float]:
    """West, south, east, north of the framed points with a margin, never smaller than Ukraine and its
    neighbours."""
    west, south, east, north = 20.0, 43.0, 42.0, 53.0
    for point in filter(in_frame, points):
        west, east = min(west, point.lon), max(east, point.lon)
        south, north = min(south, point.lat), max(north, point.lat)
    margin_x, margin_y = (east - west) * 0.05 + 1, (north - south) * 0.05 + 1
    return west - margin_x, max(-85.0, south - margin_y), east + margin_x, min(85.0, north + margin_y)


def map_svg(links: list[tuple[MapPoint, MapPoint]]) -> str:
    """Inline SVG: country outlines, each hromada joined by a line to its partner places."""
    points = [point for link in links for point in link]
    west, south, east, north = _extent(points)
    stretch = math.cos(math.radians((north + south) / 2))  # equirectangular, true to scale mid-map

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return round((lon - west) * stretch * 10, 1), round((north - lat) * 10, 1)

    width, height = xy(east, south)
    shapes = []
    for iso2, rings in country_outlines():
        paths = []
        for ring in rings:
            if not any(west <= lon <= east and south <= lat <= north for lon, lat in ring):
                continue
            paths.append("M" + "L".join("{},{}".format(*xy(lon, lat)) for lon, lat in ring) + "Z")
        if paths:
            fill = "#fefcbf" if iso2 == "UA" else "#f7fafc"
            shapes.append(f'<path d="{"".join(paths)}" fill="{fill}"><title>{escape(iso2)}</title></path>')
    radius = round(max(width, height) / 220, 1) or 1
    lines, dots, seen = [], [], set()
    for start, end in links:
        colour = DOMESTIC_COLOUR if end.kind == "domestic" else PARTNER_COLOUR
        (x1, y1), (x2, y2) = xy(start.lon, start.lat), xy(end.lon, end.lat)
        lines.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}"/>')
        for point, fill in ((start, HROMADA_COLOUR), (end, colour)):
            key = (point.kind, round(point.lat, 3), round(point.lon, 3))
            if key in seen:
                continue
            seen.add(key)
            x, y = xy(point.lon, point.lat)
            dots.append(
                f'<circle class="{point.kind}" cx="{x}" cy="{y}" r="{radius}" fill="{fill}">'
                f"<title>{escape(point.label)}</title></circle>"
            )
    return (
        f'<svg class="map" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" role="img" '
        'aria-label="Map: Ukrainian hromadas and their partner places">'
        f'<g class="countries" stroke="#a0aec0" stroke-width="{radius / 4:.2f}">{"".join(shapes)}</g>'
        f'<g class="links" stroke-width="{radius / 3:.2f}" stroke-opacity="0.6">{"".join(lines)}</g>'
        f'<g class="places" stroke="#fff" stroke-width="{radius / 4:.2f}">{"".join(dots)}</g></svg>'
    )


def map_section(db: sqlite_utils.Database) -> str:
    links, missing = map_links(db)
    without = (
        f" {missing} partnership{'s' if missing != 1 else ''} without a known point "
        f"{'are' if missing != 1 else 'is'} not drawn."
        if missing
        else ""
    )
    legend = (
        '<p class="legend note">'
        f'<span><i class="dot" style="background: {HROMADA_COLOUR}"></i>Ukrainian hromada</span>'
        f'<span><i class="dot" style="background: {PARTNER_COLOUR}"></i>foreign partner place</span>'
        f'<span><i class="dot" style="background: {DOMESTIC_COLOUR}"></i>partner hromada (domestic tie)</span>'
        "</p>"
    )
    far = sorted({f"{end.label} ← {start.label}" for start, end in links if not in_frame(end)})
    beyond = (
        f'<p class="note" id="beyond-map">Beyond the frame (the line points their way): {escape("; ".join(far))}.</p>'
        if far
        else ""
    )
    return (
        '<section id="map"><h2>Where the partners are</h2>'
        f'<p class="note">Each line joins a hromada (at its centre) to a partner place (GeoNames '
        f"coordinates). {len(links)} partnerships drawn.{without} Country outlines: Natural Earth.</p>"
        f'{legend}<div class="scroll map-box">{map_svg(links)}</div>{beyond}</section>'
    )


# ---- the page -------------------------------------------------------------------------------------


def render_report(db: sqlite_utils.Database, demo: bool = False, now: datetime | None = None) -> str:
    """The whole report page; ``demo`` says on it that the data came from the bundled mirrors."""
    international = db.execute(
        "SELECT count(*), count(DISTINCT hromada_katottg), count(DISTINCT country_iso2) "
        "FROM partnerships_flat WHERE domestic = 0"
    ).fetchone()
    domestic = db.execute(
        "SELECT count(DISTINCT partnership_key), count(DISTINCT hromada_katottg) "
        "FROM hromada_partnerships WHERE domestic = 1"
    ).fetchone()
    articles = db["articles"].count
    generated = (now or datetime.now(KYIV)).astimezone(KYIV)
    known = db.execute("SELECT count(*) FROM partnerships_flat WHERE event_date IS NOT NULL").fetchone()[0]
    total = international[0] + domestic[0]
    charts = [
        bar_chart(
            "Partnerships per year of signing", _years(db), "per-year",
            note=f"By the year of the signing or event the sources name ({known} of {total} partnerships). "
            f"Ties the articles only mention, without a date of their own, are under “{UNKNOWN_YEAR}”, "
            "not under the year of the article.",
        ),
        bar_chart(
            "Partner countries (top 20)",
            _pairs(db, "SELECT coalesce(country_name_uk, country_iso2), partnerships FROM partnerships_by_country "
                       "WHERE country_iso2 IS NOT 'UA' LIMIT 20"),
            "per-country",
            note="International partnerships only; domestic ties are counted below.",
        ),
        bar_chart(
            "Partnerships per oblast", _pairs(db, "SELECT oblast, partnerships FROM partnerships_by_oblast"),
            "per-oblast",
            note="International partnerships and domestic ties; a domestic tie counts in the oblasts of both "
            "hromadas.",
        ),
        bar_chart(
            "Status of the partnerships",
            _pairs(db, "SELECT status, count(*) FROM partnerships GROUP BY status ORDER BY count(*) DESC"),
            "status-mix",
            STATUS_COLOURS,
        ),
    ]  # fmt: skip
    banner = (
        '<p class="demo" id="demo-banner">Demo data: crawled from the bundled offline mirrors of the portal '
        "and council sites, not from the live sites. Do not publish these figures.</p>"
        if demo
        else ""
    )
    title = ("Demo data – " if demo else "") + "Partnerships of Ukrainian hromadas"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pobratym: {escape(title)}</title>
<style>{CSS}</style></head>
<body>
{banner}
<h1>{escape(title)}</h1>
<p class="summary"><strong>{international[0]}</strong> international partnerships of
<strong>{international[1]}</strong> hromadas with partners in <strong>{international[2]}</strong> countries,
and <strong>{domestic[0]}</strong> domestic ties between <strong>{domestic[1]}</strong> hromadas,
from {articles} articles.
Generated {generated:%Y-%m-%d %H:%M} Kyiv time ({generated:%Z}, UTC{_offset(generated)}) by pobratym.</p>
{map_section(db)}
{"".join(charts)}
{domestic_table(db)}
{newest_facts_table(db)}
<p class="note">Data: KATOTTG codifier (Мінрозвитку); contains data from GeoNames (CC BY 4.0); country
outlines from Natural Earth (public domain). Facts extracted by pobratym; check each against its source.</p>
</body></html>
"""


def _offset(moment: datetime) -> str:
    """+02:00 for a time two hours ahead of UTC."""
    text = moment.strftime("%z")
    return f"{text[:3]}:{text[3:]}"


def write_report(db: sqlite_utils.Database, directory: str | Path, demo: bool = False) -> Path:
    """Write ``index.html`` into ``directory`` (created when missing); returns its path."""
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    page = target / "index.html"
    page.write_text(render_report(db, demo), encoding="utf-8")
    return page
