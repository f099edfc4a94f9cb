"""The report tells the truth: international and domestic apart, years of signing, zoned times, a map."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from crawler.report import OUTLINES, UNKNOWN_YEAR, render_report
from tests.conftest import two_sided_db


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    db = two_sided_db(tmp_path_factory.mktemp("report") / "two.db")
    return render_report(db, now=datetime(2026, 7, 1, 9, 30, tzinfo=UTC))


def section(page: str, section_id: str) -> str:
    return re.search(rf'<section id="{section_id}">(.*?)</section>', page, flags=re.S).group(1)


def bars(page: str, section_id: str) -> list[str]:
    return re.findall(r'class="bar" style="[^"]*" title="([^"]+)"', section(page, section_id))


def test_international_and_domestic_ties_are_counted_apart(page):
    text = " ".join(page.split())
    assert "<strong>2</strong> international partnerships of <strong>1</strong> hromadas" in text
    assert "partners in <strong>2</strong> countries" in text
    assert "<strong>1</strong> domestic ties between <strong>2</strong> hromadas" in text
    assert bars(page, "per-country") == ["Польща: 1", "Туреччина: 1"]  # without Україна
    domestic = section(page, "domestic")
    assert "Нікопольська міська громада" in domestic and "Дніпропетровська область" in domestic
    assert bars(page, "per-oblast") == ["Хмельницька область: 3", "Дніпропетровська область: 1"]


def test_years_are_years_of_signing_and_undated_ties_are_year_unknown(page):
    assert bars(page, "per-year") == ["2025: 2", f"{UNKNOWN_YEAR}: 1"]
    assert "not under the year of the article" in section(page, "per-year")


def test_time_carries_its_zone_and_the_language_matches_the_text(page):
    assert "Generated 2026-07-01 12:30 Kyiv time (EEST, UTC+03:00)" in page
    assert '<html lang="en">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page


def test_the_map_joins_hromadas_to_partners_over_offline_outlines(page):
    svg = section(page, "map")
    assert re.search(r'<svg class="map" viewBox="0 0 [\d.]+ [\d.]+"', svg)
    assert svg.count('<circle class="hromada"') >= 1 and svg.count('<circle class="partner"') >= 1
    assert svg.count("<line ") >= 2
    assert "<title>UA</title>" in svg and "<title>PL</title>" in svg
    assert not re.search(r"<script|<link|<img|src=|href=\"http[^\"]*\.(png|js|css)", page)


def test_the_shipped_outlines_draw_crimea_as_ukraine():
    def inside(point: tuple[float, float], ring: list[list[float]]) -> bool:
        x, y = point
        crossings = False
        for (x1, y1), (x2, y2) in zip(ring, ring[-1:] + ring[:-1], strict=True):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                crossings = not crossings
        return crossings

    outlines = {
        feature["properties"]["iso2"]: [polygon[0] for polygon in feature["geometry"]["coordinates"]]
        for feature in json.loads(OUTLINES.read_text(encoding="utf-8"))["features"]
    }
    simferopol = (34.1, 44.95)
    assert any(inside(simferopol, ring) for ring in outlines["UA"])
    assert not any(inside(simferopol, ring) for ring in outlines["RU"])


def test_a_demo_report_says_demo_data(tmp_path):
    page = render_report(two_sided_db(tmp_path / "d.db"), demo=True)
    assert 'id="demo-banner">Demo data' in page and "<title>pobratym: Demo data" in page
