"""A self-contained HTML report of the dataset: charts people would rather look at than tables.

One file, no scripts, no fonts or styles from the network: charts are inline SVG drawn here from the
analysts' views, so the page opens offline and prints as it shows.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

import sqlite_utils

BAR_COLOUR = "#2b6cb0"
STATUS_COLOURS = {
    "signed": "#2f855a",
    "renewed": "#38a169",
    "planned": "#d69e2e",
    "in_negotiation": "#dd6b20",
    "terminated": "#c53030",
}


def bar_chart(
    title: str, items: list[tuple[str, int]], chart_id: str, colours: dict[str, str] | None = None
) -> str:
    """A horizontal bar chart as inline SVG, labelled, with each value written at its bar's end."""
    if not items:
        return f'<section id="{chart_id}"><h2>{escape(title)}</h2><p>No data yet.</p></section>'
    row, label_width, bar_width = 22, 230, 420
    biggest = max(value for _, value in items) or 1
    height = row * len(items) + 10
    bars = []
    for index, (label, value) in enumerate(items):
        y = 5 + index * row
        width = max(2, round(bar_width * value / biggest))
        colour = (colours or {}).get(label, BAR_COLOUR)
        bars.append(
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{width}" height="{row - 6}" fill="{colour}">'
            f"<title>{escape(label)}: {value}</title></rect>"
            f'<text x="{label_width + width + 6}" y="{y + 15}">{value}</text>'
        )
    svg = (
        f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{label_width + bar_width + 60}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="13">'
        + "".join(bars)
        + "</svg>"
    )
    return f'<section id="{chart_id}"><h2>{escape(title)}</h2>{svg}</section>'


def _pairs(db: sqlite_utils.Database, sql: str) -> list[tuple[str, int]]:
    return [(str(label) if label is not None else "—", int(value)) for label, value in db.execute(sql)]


def newest_facts_table(db: sqlite_utils.Database, limit: int = 30) -> str:
    rows = db.execute(
        "SELECT article_published, hromada, partner_name_uk, partner_name, country_iso2, relation, status, "
        "article_url FROM evidence_flat ORDER BY article_published DESC, article_url LIMIT ?",
        [limit],
    ).fetchall()
    body = "".join(
        "<tr>"
        + "".join(f"<td>{escape(str(cell or ''))}</td>" for cell in row[:7])
        + f'<td><a href="{escape(row[7])}">{escape(row[7])}</a></td></tr>'
        for row in rows
    )
    header = "".join(
        f"<th>{name}</th>"
        for name in ("published", "hromada", "partner", "Latin", "country", "relation", "status", "source")
    )
    return (
        '<section id="newest"><h2>Newest facts, with their sources</h2>'
        f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table></section>"
    )


def render_report(db: sqlite_utils.Database) -> str:
    """The whole report page."""
    totals = db.execute(
        "SELECT count(*), count(DISTINCT hromada_katottg), count(DISTINCT country_iso2) FROM partnerships_flat"
    ).fetchone()
    articles = db["articles"].count
    charts = [
        bar_chart("Partnerships per year", _pairs(db, "SELECT year, partnerships FROM partnerships_by_year"), "per-year"),
        bar_chart(
            "Partner countries (top 20)",
            _pairs(db, "SELECT coalesce(country_name_uk, country_iso2), partnerships FROM partnerships_by_country "
                       "LIMIT 20"),
            "per-country",
        ),
        bar_chart("Partnerships per oblast", _pairs(db, "SELECT oblast, partnerships FROM partnerships_by_oblast"),
                  "per-oblast"),
        bar_chart(
            "Status of the partnerships",
            _pairs(db, "SELECT status, count(*) FROM partnerships GROUP BY status ORDER BY count(*) DESC"),
            "status-mix",
            STATUS_COLOURS,
        ),
    ]  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8"><title>pobratym: partnerships of Ukrainian hromadas</title>
<style>
body {{ font-family: sans-serif; margin: 2em auto; max-width: 1100px; color: #1a202c; }}
h1 {{ font-size: 1.6em; }} h2 {{ font-size: 1.2em; margin-top: 2em; }}
table {{ border-collapse: collapse; font-size: 13px; }} td, th {{ border: 1px solid #cbd5e0; padding: 3px 6px; }}
.summary {{ font-size: 1.1em; }}
</style></head>
<body>
<h1>Partnerships of Ukrainian hromadas</h1>
<p class="summary"><strong>{totals[0]}</strong> partnerships of <strong>{totals[1]}</strong> hromadas with
partners in <strong>{totals[2]}</strong> countries, from {articles} articles.
Generated {datetime.now():%Y-%m-%d %H:%M} by pobratym.</p>
{"".join(charts)}
{newest_facts_table(db)}
<p>Data: KATOTTG codifier (Мінрозвитку); contains data from GeoNames (CC BY 4.0).</p>
</body></html>
"""


def write_report(db: sqlite_utils.Database, directory: str | Path) -> Path:
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    page = target / "index.html"
    page.write_text(render_report(db), encoding="utf-8")
    return page
