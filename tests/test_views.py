"""Analysts' views, full-text search, and schema documentation kept in step with the database."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import urllib.parse
import urllib.request

from parsers.pages.portal import parse_article_html
from pipelines.schema_docs import SCHEMA_MD
from pipelines.storage import open_db, store_article
from tests.conftest import BIN, FIXTURES, REPO_ROOT, datasette_server, one_partnership_db


def test_schema_docs_are_up_to_date(tmp_path):
    output = tmp_path / "schema.md"
    subprocess.run(
        [str(BIN / "pobratym"), "schema-docs", "-o", str(output)],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    )
    assert output.read_text(encoding="utf-8") == SCHEMA_MD.read_text(encoding="utf-8"), (
        "docs/schema.md is out of date: run `.venv/bin/pobratym schema-docs`"
    )


def test_every_column_of_every_table_and_view_is_described(tmp_path):
    from pipelines.archive import ensure_archive
    from pipelines.health import ensure_health_table
    from pipelines.schema_docs import DESCRIPTIONS, column_description

    db = open_db(tmp_path / "fresh.db")
    ensure_archive(db)
    ensure_health_table(db)
    names = [n for n in db.table_names() + db.view_names() if not n.startswith("articles_fts_")]
    undocumented = [n for n in names if not DESCRIPTIONS.get(n)]
    undescribed = [f"{n}.{c}" for n in names for c in db[n].columns_dict if not column_description(n, c)]
    assert (undocumented, undescribed) == ([], [])
    assert column_description("crawl_runs", "status").startswith("running, finished or failed")
    assert column_description("partnerships", "status").startswith("signed, planned")  # the shared meaning


def test_search_finds_every_apostrophe_form(tmp_path):
    db = open_db(tmp_path / "p.db")
    page = FIXTURES / "portal/site/news/17342.html"
    store_article(db, parse_article_html(page.read_bytes(), "http://127.0.0.1:1/news/17342"))
    for query in ('"Кам\'янець"', '"Кам’янець"', '"Камʼянець"'):
        rows = db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [query]).fetchall()
        assert len(rows) == 1, query


def test_partnership_views_answer_without_joins(tmp_path):

    db = one_partnership_db(tmp_path / "p.db")
    flat = list(db["partnerships_flat"].rows)
    assert [(r["hromada"], r["oblast"], r["country_name_uk"], r["first_source_url"]) for r in flat] == [
        (
            "Кам'янець-Подільська міська громада",
            "Хмельницька область",
            "Туреччина",
            "https://decentralization.gov.ua/news/17342",
        )
    ]
    assert list(db["partnerships_by_country"].rows)[0]["country_iso2"] == "TR"
    # year, partnerships, international, domestic, signed, terminated
    assert [tuple(r.values()) for r in db["partnerships_by_year"].rows] == [("2025", 1, 1, 0, 1, 0)]
    assert list(db["evidence_flat"].rows)[0]["sentence"] == "Речення."


def test_serve_opens_datasette_read_only_with_saved_queries(tmp_path):
    db_path = tmp_path / "pobratym.db"
    one_partnership_db(db_path).close()
    with datasette_server(db_path) as server:
        base = server + "/pobratym"

        def get(path: str, **params: str) -> bytes:
            url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback only)
                return response.read()

        rows = json.loads(get("/partnerships_flat.json", country_iso2="TR", _shape="array"))
        assert [(r["hromada"], r["country_name_uk"]) for r in rows] == [
            ("Кам'янець-Подільська міська громада", "Туреччина")
        ]
        saved = json.loads(get("/partnerships_with_a_country.json", country="tr", _shape="array"))
        assert [r["partner_name"] for r in saved] == ["Cihanbeyli"]
        found = json.loads(get("/articles.json", _search="Камʼянець", _shape="array"))
        assert [r["url"] for r in found] == ["https://decentralization.gov.ua/news/17342"]
        table = list(csv.DictReader(io.StringIO(get("/partnerships_flat.csv", _dl="1").decode("utf-8"))))
        assert table[0]["partner_name"] == "Cihanbeyli"
        with urllib.request.urlopen(f"{server}/-/metadata.json", timeout=10) as response:  # noqa: S310
            meta = json.loads(response.read())
    assert "GeoNames CC BY 4.0" in meta["license"]
    tables = meta["databases"]["pobratym"]["tables"]
    assert meta["databases"]["pobratym"]["queries"]["partnerships_of_a_hromada"]["title"] == (
        "Partnerships of one hromada"
    )
    assert (
        tables["partnerships_flat"]["columns"]["first_source_url"]
        == "The earliest article that states the pair."
    )
    assert tables["countries"]["columns"]["iso2"] == "ISO 3166-1 alpha-2 code."


def test_report_is_one_offline_page_with_the_four_charts_and_sources(tmp_path):
    import re

    from crawler.report import write_report

    db = one_partnership_db(tmp_path / "p.db")
    page = write_report(db, tmp_path / "report").read_text(encoding="utf-8")
    for chart in ("per-year", "per-country", "per-oblast", "status-mix"):
        assert re.search(
            rf'<section id="{chart}"><h2>[^<]+</h2>(<p class="note">[^<]+</p>)?<div class="chart"', page
        )
    assert 'title="Туреччина: 1"' in page and 'title="signed: 1"' in page
    assert '<a href="https://decentralization.gov.ua/news/17342">' in page
    assert "<strong>1</strong> international partnerships of\n<strong>1</strong> hromadas" in page
    assert '<svg class="map"' in page
    assert not re.search(r"<script|<link|src=\"http|url\(http", page)  # nothing loaded from the network
