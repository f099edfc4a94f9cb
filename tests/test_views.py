"""Analysts' views, full-text search, and schema documentation kept in step with the database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from parsers.portal import parse_article_html
from pipelines.schema_docs import SCHEMA_MD
from pipelines.storage import open_db, store_article, store_facts
from tests.conftest import FIXTURES, REPO_ROOT

BIN = Path(sys.executable).parent


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


def test_search_finds_every_apostrophe_form(tmp_path):
    db = open_db(tmp_path / "p.db")
    page = FIXTURES / "portal/site/news/17342.html"
    store_article(db, parse_article_html(page.read_bytes(), "http://127.0.0.1:1/news/17342"))
    for query in ('"Кам\'янець"', '"Кам’янець"', '"Камʼянець"'):
        rows = db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [query]).fetchall()
        assert len(rows) == 1, query


def test_partnership_views_answer_without_joins(tmp_path):
    from parsers.extract import Fact, Partner, UaSide

    db = open_db(tmp_path / "p.db")
    article = parse_article_html(
        (FIXTURES / "portal/site/news/17342.html").read_bytes(), "http://127.0.0.1:1/news/17342"
    )
    store_article(db, article)
    ua = UaSide("UA68020110000071202", "Кам'янець-Подільська міська громада", None, None)
    partner = Partner("Джіханбейлі", "Cihanbeyli", "TR", 318506, None, "city", False)
    store_facts(
        db, article, [Fact(ua, partner, "twinning", "signed", "2025-02-03", ["Речення."], confidence=0.9)]
    )
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
    assert [tuple(r.values()) for r in db["partnerships_by_year"].rows] == [("2025", 1, 1, 0)]
    assert list(db["evidence_flat"].rows)[0]["sentence"] == "Речення."
