"""End to end in headless Chromium: Datasette as an analyst uses it, and the report as it renders.

The Datasette test clicks what the README's walkthrough tells an analyst to click.

The browser is the system's Chromium (Debian's ``chromium``; ``make test`` installs it), driven by
Playwright with that executable: no test downloads a browser. Without Chromium these tests fail with
a clear message, unless ``POBRATYM_SKIP_BROWSER=1`` asks to skip them.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.report import BAR_COLOUR, write_report
from pipelines.storage import open_db
from tests.conftest import datasette_server

# Without the background-networking flags Chromium keeps calling Google's hosts, which a closed
# network refuses; --no-sandbox because CI runs as root.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_chromium() -> str | None:
    """``POBRATYM_CHROMIUM``, else the first Chromium on PATH."""
    if configured := os.environ.get("POBRATYM_CHROMIUM"):
        return configured
    return next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    executable = find_chromium()
    if executable is None:
        if os.environ.get("POBRATYM_SKIP_BROWSER") == "1":
            pytest.skip("POBRATYM_SKIP_BROWSER=1: no browser tests")
        pytest.fail(
            "no Chromium found: `make browser` installs Debian's chromium, or set POBRATYM_CHROMIUM=/path "
            "(POBRATYM_SKIP_BROWSER=1 skips the browser tests)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def table_rows(page) -> list[dict[str, str]]:
    """The rows of the Datasette result table on the page, as column → cell text."""
    headers = [
        cell.get_attribute("data-column") or cell.inner_text().strip()  # table pages / query pages
        for cell in page.locator("table.rows-and-columns thead th").all()
    ]
    return [
        dict(zip(headers, (cell.inner_text().strip() for cell in row.locator("td").all()), strict=True))
        for row in page.locator("table.rows-and-columns tbody tr").all()
    ]


def query(db_path: Path, sql: str, *parameters: str) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql, parameters).fetchall()


def test_analyst_filters_runs_a_saved_query_and_downloads_csv_in_datasette(demo_db, page, tmp_path):
    polish = query(
        demo_db, "SELECT hromada, partner_name FROM partnerships_flat WHERE country_iso2 = 'PL' ORDER BY 1, 2"
    )
    assert len(polish) == 4  # the demo dataset: four partnerships with Polish places
    total = query(demo_db, "SELECT count(*) FROM partnerships_flat")[0][0]
    with datasette_server(demo_db) as server:
        page.goto(f"{server}/pobratym/partnerships_flat")
        assert len(table_rows(page)) == total
        descriptions = page.locator("dl.column-descriptions").inner_text()
        assert "first_source_url\nThe earliest article that states the pair." in descriptions

        # Filter by country with the table page's own form.
        page.select_option("form.filters select[name=_filter_column]", "country_iso2")
        page.select_option("form.filters select[name=_filter_op]", "exact")
        page.fill("form.filters input[name=_filter_value]", "PL")
        page.click("form.filters input[value=Apply]")
        page.wait_for_url("**country_iso2**")
        rows = table_rows(page)
        assert sorted((row["hromada"], row["partner_name"]) for row in rows) == polish
        assert {row["country_name_uk"] for row in rows} == {"Польща"}

        # Download the filtered rows as CSV through the advanced export form.
        page.click("text=advanced")
        page.check("label:has-text('download file') input")
        with page.expect_download() as download_info:
            page.click("input[value='Export CSV']")
        download = download_info.value
        saved = tmp_path / download.suggested_filename
        download.save_as(saved)
        assert saved.suffix == ".csv"
        downloaded = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
        assert sorted((row["hromada"], row["partner_name"]) for row in downloaded) == polish
        assert {row["country_iso2"] for row in downloaded} == {"PL"}

        # Run a saved query from the database page, with its parameter.
        page.goto(f"{server}/pobratym")
        page.click("text=Partnerships with one country")
        page.fill("input[name=country]", "fr")
        page.click("input[value='Run SQL']")
        page.wait_for_url("**country=fr**")
        french = query(
            demo_db,
            "SELECT hromada, partner_name FROM partnerships_flat WHERE country_iso2 = 'FR' ORDER BY 1, 2",
        )
        assert sorted((row["hromada"], row["partner_name"]) for row in table_rows(page)) == french
        assert len(french) == 4


def test_report_renders_its_four_charts_to_png(demo_db, page, tmp_path):
    from PIL import Image

    report = write_report(open_db(demo_db), tmp_path / "report")
    page.goto(report.as_uri())
    screenshot = tmp_path / "report.png"
    page.screenshot(path=str(screenshot), full_page=True)
    image = Image.open(screenshot).convert("RGB")
    assert image.width == 1280 and image.height > 1500
    bar_colour = tuple(int(BAR_COLOUR[index : index + 2], 16) for index in (1, 3, 5))
    counts = dict(query(demo_db, "SELECT year, partnerships FROM partnerships_by_year"))
    for chart in ("per-year", "per-country", "per-oblast", "status-mix"):
        svg = page.locator(f"section#{chart} svg.chart")
        box = svg.bounding_box()
        assert box is not None and box["width"] > 600 and box["height"] > 20, chart
        bars = svg.locator("rect")
        assert bars.count() >= 1, chart
        if chart == "status-mix":
            continue  # coloured by status, not BAR_COLOUR
        # The bars' pixels in the PNG cover the area the SVG gives them (edges may blend).
        drawn = sum(
            float(rect.get_attribute("width")) * float(rect.get_attribute("height")) for rect in bars.all()
        )
        region = image.crop(
            (int(box["x"]), int(box["y"]), int(box["x"] + box["width"]), int(box["y"] + box["height"]))
        )
        colours = {colour: count for count, colour in region.getcolors(region.width * region.height)}
        painted = colours.get(bar_colour, 0)
        assert 0.9 * drawn <= painted <= 1.05 * drawn, (chart, painted, drawn)
    year_labels = page.locator("section#per-year svg.chart rect title").all_text_contents()
    assert year_labels == [f"{year}: {count}" for year, count in counts.items()]
    assert page.locator("section#newest tbody tr").count() == min(
        30, query(demo_db, "SELECT count(*) FROM partnership_evidence")[0][0]
    )
