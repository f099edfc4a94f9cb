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

from crawler.report import write_report
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
    assert len(polish) == 5  # the demo dataset: five partnerships with Polish places
    total = query(demo_db, "SELECT count(*) FROM partnerships_flat")[0][0]
    with datasette_server(demo_db) as server:
        page.goto(f"{server}/demo/partnerships_flat")
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
        page.goto(f"{server}/demo")
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


@pytest.mark.parametrize("width", [1280, 390])
def test_report_reads_at_desktop_and_phone_width_with_charts_and_map(demo_db, browser, tmp_path, width):
    from pipelines.readonly import open_readonly

    db = open_readonly(demo_db)
    report = write_report(db, tmp_path / "report")
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(report.as_uri())
        # No horizontal scroll: the page is never wider than the window (tables scroll in their box).
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), width
        counts = dict(
            db.execute("SELECT coalesce(year, 'year unknown'), partnerships FROM partnerships_by_year")
        )
        titles = page.locator("section#per-year .bar").evaluate_all("bars => bars.map(b => b.title)")
        assert titles == [f"{year}: {count}" for year, count in counts.items()]
        for chart in ("per-year", "per-country", "per-oblast", "status-mix"):
            bars = page.locator(f"section#{chart} .chart .bar")
            assert bars.count() >= 1, chart
            widths = [bar.bounding_box()["width"] for bar in bars.all()]
            values = [
                int(title.rsplit(": ", 1)[1]) for title in bars.evaluate_all("b => b.map(x => x.title)")
            ]
            biggest = values.index(max(values))
            assert widths[biggest] == max(widths) > 0, chart  # the biggest value has the longest bar
            label_size = page.locator(f"section#{chart} .chart .label").first.evaluate(
                "label => parseFloat(getComputedStyle(label).fontSize)"
            )
            assert label_size >= 12, (chart, label_size)  # readable, not a shrunken picture
        drawn = page.locator("section#map svg.map")
        box = drawn.bounding_box()
        assert box is not None and 0 < box["width"] <= width and box["height"] > 100
        assert page.locator("section#map svg.map g.countries path").count() > 10
        assert page.locator("section#map svg.map circle.hromada").count() >= 5
        assert page.locator("section#map svg.map circle.partner").count() >= 5
        assert page.locator("section#map svg.map line").count() >= 10
        newest = min(30, db.execute("SELECT count(*) FROM partnership_evidence").fetchone()[0])
        assert page.locator("section#newest tbody tr").count() == newest
    finally:
        context.close()
        db.close()


def _json(url: str) -> object:
    import json
    import urllib.request

    with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 (loopback only)
        assert response.status == 200, url
        return json.loads(response.read())


def _demo_crawl(db_path: Path, spiders: str, *extra: str) -> None:
    import subprocess

    from tests.conftest import BIN, REPO_ROOT

    subprocess.run(
        [str(BIN / "pobratym"), "crawl", "--demo", "--spiders", spiders, "--db", str(db_path), *extra],
        cwd=REPO_ROOT, check=True, capture_output=True, timeout=300,
    )  # fmt: skip


def test_datasette_sees_a_crawl_and_a_reparse_while_it_serves(page, tmp_path):
    """The live database served read-only: new rows appear, and no page fails while the data changes."""
    import subprocess

    from pipelines.dataset import mark
    from pipelines.storage import open_db
    from tests.conftest import BIN, REPO_ROOT

    db_path = tmp_path / "live.db"
    open_db(db_path).close()  # an empty dataset: Datasette starts on it, then the crawl fills it
    mark(db_path, demo=True)
    pages = ("articles", "partnership_evidence", "partnerships_flat", "hromada_partnerships", "evidence_flat")

    def counts(server: str) -> dict[str, int]:
        return {
            name: _json(f"{server}/live/{name}.json?_shape=objects&_size=0")["filtered_table_rows_count"]
            for name in pages
        }

    with datasette_server(db_path) as server:
        before = counts(server)
        assert before == {name: query(db_path, f"SELECT count(*) FROM {name}")[0][0] for name in pages}
        _demo_crawl(db_path, "councils", "--site", "kam-pod.gov.ua,bilkigr.gov.ua")
        after = counts(server)
        assert after == {name: query(db_path, f"SELECT count(*) FROM {name}")[0][0] for name in pages}
        assert before["articles"] == 0 and after["articles"] > 0 and after["partnerships_flat"] > 0
        subprocess.run(
            [str(BIN / "pobratym"), "reparse", "--db", str(db_path)],
            cwd=REPO_ROOT, check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        assert counts(server) == {
            name: query(db_path, f"SELECT count(*) FROM {name}")[0][0] for name in pages
        }
        # Every page an analyst opens still renders in the browser, with the new count.
        for name in pages:
            page.goto(f"{server}/live/{name}")
            assert page.locator("h3").first.inner_text().startswith(f"{after[name]:,} row"), name
        page.goto(f"{server}/live")
        assert "Partnerships of one hromada" in page.content()
