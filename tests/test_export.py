"""CSV for spreadsheets: BOM, fixed columns, formulas neutralized."""

from __future__ import annotations

import csv
import io

from crawler.export import ARTICLE_COLUMNS, export_articles, safe_cell, write_csv
from parsers.portal import parse_article_html
from pipelines.storage import open_db, store_article
from tests.conftest import FIXTURES


def test_formula_cells_are_neutralized():
    assert safe_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert safe_cell("+380441234567") == "'+380441234567"
    assert safe_cell("-1+2") == "'-1+2"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("\tcmd") == "'\tcmd"
    assert safe_cell("Одеса") == "Одеса"
    assert safe_cell(-5) == -5
    assert safe_cell(None) is None


def test_overlong_cell_is_cut_to_excel_limit():
    assert len(safe_cell("я" * 40_000)) == 32_767


def test_write_csv_keeps_column_order():
    out = io.StringIO()
    assert write_csv([{"b": 2, "a": "=1"}], ["a", "b"], out) == 1
    assert out.getvalue() == "a,b\r\n'=1,2\r\n"


def test_export_articles_with_bom_and_joined_lists(tmp_path):
    db = open_db(tmp_path / "p.db")
    for name in ("17126", "19003"):
        page = FIXTURES / "portal" / "site" / "news" / f"{name}.html"
        store_article(db, parse_article_html(page.read_bytes(), f"http://127.0.0.1:1/news/{name}"))
    target = tmp_path / "articles.csv"
    assert export_articles(db, target) == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfurl,published,")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == list(ARTICLE_COLUMNS)
    newest = rows[0]
    assert newest["url"] == "https://decentralization.gov.ua/news/19003"
    assert newest["hromadas"] == "Вигадана територіальна громада" and newest["hromada_katottg"] == ""
    older = rows[1]
    assert older["tags"] == "Пліч-о-пліч; партнерство"
    assert older["hromadas"].count("; ") == 2
    assert older["oblasts"] == "Івано-Франківська область; Харківська область"


def test_export_without_bom(tmp_path):
    db = open_db(tmp_path / "p.db")
    target = tmp_path / "a.csv"
    assert export_articles(db, target, bom=False) == 0
    assert target.read_bytes() == (",".join(ARTICLE_COLUMNS) + "\r\n").encode()
