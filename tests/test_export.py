"""CSV for spreadsheets: BOM, fixed columns, formulas neutralized."""

from __future__ import annotations

import csv
import io

from crawler.export import ARTICLE_COLUMNS, export_table, safe_cell, write_csv
from parsers.pages.portal import parse_article_html
from pipelines.storage import open_db, store_article
from tests.conftest import FIXTURES, REPO_ROOT, one_partnership_db


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
    assert export_table(db, "articles", target) == 2
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
    assert export_table(db, "articles", target, bom=False) == 0
    assert target.read_bytes() == (",".join(ARTICLE_COLUMNS) + "\r\n").encode()


def test_export_partnerships_has_codes_status_and_evidence_urls(tmp_path):
    from crawler.export import PARTNERSHIP_COLUMNS, export_table

    db = one_partnership_db(tmp_path / "p.db", sentence="=Речення.")
    target = tmp_path / "partnerships.csv"
    assert export_table(db, "partnerships", target) == 1
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert list(rows[0]) == list(PARTNERSHIP_COLUMNS)
    row = rows[0]
    assert (row["hromada"], row["hromada_katottg"], row["oblast"]) == (
        "Кам'янець-Подільська міська громада",
        "UA68020110000071202",
        "Хмельницька область",
    )
    assert (row["partner_name"], row["country_iso2"], row["partner_geonameid"]) == (
        "Cihanbeyli",
        "TR",
        "318506",
    )
    assert (row["relation"], row["status"], row["event_date"], row["sources"]) == (
        "twinning",
        "signed",
        "2025-02-03",
        "1",
    )
    assert row["evidence_urls"] == "https://decentralization.gov.ua/news/17342"
    assert row["evidence"] == "'=Речення."


def test_export_filters_narrow_the_rows(tmp_path):
    from crawler.export import export_table

    db = one_partnership_db(tmp_path / "p.db")
    out = tmp_path / "x.csv"
    cases = [
        ("partnerships", {"country": "tr"}, 1),
        ("partnerships", {"country": "PL"}, 0),
        ("partnerships", {"oblast": "Хмельницька"}, 1),
        ("partnerships", {"hromada": "UA68020110000071202", "status": "signed"}, 1),
        ("partnerships", {"status": "terminated"}, 0),
        ("partnerships", {"since": "2025-02-03", "until": "2025-02-03"}, 1),
        ("partnerships", {"since": "2025-02-04"}, 0),
        ("evidence", {"country": "TR", "oblast": "Хмельницька"}, 1),
        ("articles", {"oblast": "Хмельницька", "since": "2025-10-26"}, 1),
        ("articles", {"until": "2025-10-25"}, 0),
    ]
    for what, filters, expected in cases:
        assert export_table(db, what, out, filters=filters) == expected, (what, filters)
    assert out.read_text(encoding="utf-8-sig").splitlines() == [",".join(ARTICLE_COLUMNS)]  # header only


def test_filter_that_does_not_apply_is_a_clear_error(tmp_path):
    import pytest

    from crawler.export import FilterError, export_table

    db = one_partnership_db(tmp_path / "p.db")
    with pytest.raises(FilterError, match="--country does not apply to articles"):
        export_table(db, "articles", tmp_path / "x.csv", filters={"country": "PL"})


def test_json_and_geojson_exports(tmp_path):
    import json

    from crawler.export import export_json

    db = one_partnership_db(tmp_path / "p.db")
    assert export_json(db, "partnerships", tmp_path / "p.json") == (1, 0)
    rows = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert (
        rows[0]["partner_name"] == "Cihanbeyli"
        and rows[0]["hromada"] == "Кам'янець-Подільська міська громада"
    )
    assert export_json(db, "partnerships", tmp_path / "p.geojson", geojson=True) == (1, 0)
    collection = json.loads((tmp_path / "p.geojson").read_text(encoding="utf-8"))
    feature = collection["features"][0]
    assert collection["type"] == "FeatureCollection"
    assert feature["geometry"] == {
        "type": "Point",
        "coordinates": [32.92437, 38.66072],
    }  # lon, lat of Cihanbeyli
    assert feature["properties"]["country_iso2"] == "TR"


def test_geojson_places_a_partner_hromada_at_its_centre_when_the_name_is_unique_in_its_oblast(tmp_path):
    import json

    from crawler.export import export_json
    from parsers.facts.model import Fact, Partner, UaSide
    from parsers.pages.portal import parse_article_text
    from pipelines.storage import store_article, store_facts

    db = one_partnership_db(tmp_path / "p.db")
    article = parse_article_text("Меморандуми\n\nТекст.", "https://decentralization.gov.ua/news/20001")
    store_article(db, article)
    ua = UaSide("UA68020110000071202", "Кам'янець-Подільська міська громада", None, "Хмельницька область")
    partners = [  # centre Ніжин: one in Chernihiv oblast; Михайлівка: many in Ukraine, none known in Cherkasy oblast
        Partner("Ніжинська міська громада", None, "UA", None, "UA74040250000063494", "city", True),
        Partner("Михайлівська сільська громада", None, "UA", None, "UA71080250000099725", "city", True),
    ]
    facts = [Fact(ua, partner, "memorandum", "signed", None, ["Речення."]) for partner in partners]
    store_facts(db, article, facts)
    assert export_json(db, "partnerships", tmp_path / "p.geojson", geojson=True) == (3, 1)
    features = json.loads((tmp_path / "p.geojson").read_text(encoding="utf-8"))["features"]
    points = {f["properties"]["partner_name_uk"]: f["geometry"]["coordinates"] for f in features}
    assert points == {
        "Джіханбейлі": [32.92437, 38.66072],
        "Ніжинська міська громада": [31.88844, 51.04772],
    }


def test_partnership_and_evidence_csv_have_their_fixed_documented_columns(tmp_path):
    from crawler.export import export_table

    db = one_partnership_db(tmp_path / "p.db")
    headers = {}
    for what in ("partnerships", "evidence"):
        export_table(db, what, tmp_path / f"{what}.csv")
        headers[what] = (tmp_path / f"{what}.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert headers["partnerships"] == [
        "hromada", "hromada_katottg", "oblast", "partner_name_uk", "partner_name", "country_iso2",
        "country_name_uk", "partner_geonameid", "partner_katottg", "partner_level", "domestic", "relation",
        "status", "event_date", "first_evidence_date", "last_evidence_date", "sources", "evidence_urls", "evidence",
        "partner_hromada", "partner_oblast", "confidence",
    ]  # fmt: skip
    assert headers["evidence"] == [
        "article_url", "article_title", "article_published", "hromada", "hromada_katottg", "oblast",
        "settlement_uk", "partner_name_uk", "partner_name", "country_iso2", "country_name_uk", "relation",
        "status", "event_date", "sentence", "confidence", "partner_katottg", "partner_hromada", "partner_oblast",
    ]  # fmt: skip
    documented = (REPO_ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert "| 7 | `country_name_uk` | Ukrainian name of the partner's country. |" in documented


def _db_with_confidences(path):
    """One article, three facts: Cihanbeyli stated twice (0.9 and 0.72), Bochnia once (0.68)."""
    from parsers.facts.model import Fact, Partner
    from pipelines.storage import store_facts
    from tests.conftest import one_partnership_db

    db = one_partnership_db(path)
    article = parse_article_html(
        (FIXTURES / "portal" / "site" / "news" / "17342.html").read_bytes(), "http://127.0.0.1:1/news/17342"
    )
    ua = db_side()
    cihanbeyli = Partner("Джіханбейлі", "Cihanbeyli", "TR", 318506, None, "city", False)
    bochnia = Partner("Бохня", "Bochnia", "PL", 3102627, None, "city", False)
    store_facts(
        db,
        article,
        [
            Fact(ua, cihanbeyli, "twinning", "signed", "2025-02-03", ["Підписали угоду."], confidence=0.9),
            Fact(ua, cihanbeyli, "twinning", "signed", None, ["Місто-побратим."], confidence=0.72),
            Fact(ua, bochnia, "twinning", "signed", None, ["Співпраця триває."], confidence=0.68),
        ],
    )
    return db


def db_side():
    from parsers.facts.model import UaSide

    return UaSide("UA68020110000071202", "Кам'янець-Подільська міська громада", None, "Хмельницька область")


def _csv_rows(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_a_partnership_is_as_sure_as_its_surest_fact(tmp_path):
    db = _db_with_confidences(tmp_path / "p.db")
    out = tmp_path / "p.csv"
    export_table(db, "partnerships", out)
    assert {row["partner_name"]: row["confidence"] for row in _csv_rows(out)} == {
        "Cihanbeyli": "0.9",
        "Bochnia": "0.68",
    }
    view = {row["partner_name"]: row["confidence"] for row in db.query("SELECT * FROM partnerships_flat")}
    assert view == {"Cihanbeyli": 0.9, "Bochnia": 0.68}


def test_min_confidence_keeps_the_surer_partnerships_and_facts(tmp_path):
    db = _db_with_confidences(tmp_path / "p.db")
    out = tmp_path / "x.csv"
    assert export_table(db, "partnerships", out, filters={"min_confidence": "0.85"}) == 1
    assert [row["partner_name"] for row in _csv_rows(out)] == ["Cihanbeyli"]
    assert export_table(db, "partnerships", out, filters={"min_confidence": "0,7"}) == 1  # a decimal comma
    assert export_table(db, "partnerships", out, filters={"min_confidence": "0.6"}) == 2
    export_table(db, "evidence", out, filters={"min_confidence": "0.7"})
    kept = _csv_rows(out)
    assert kept and all(float(row["confidence"]) >= 0.7 for row in kept)
    assert "Bochnia" not in {row["partner_name"] for row in kept}


def test_a_min_confidence_that_is_no_number_from_0_to_1_or_does_not_apply_is_a_clear_error(tmp_path):
    import pytest

    from crawler.export import FilterError

    db = _db_with_confidences(tmp_path / "p.db")
    for value in ("high", "1.5", "-0.1"):
        with pytest.raises(FilterError, match="--min-confidence .*a number from 0 to 1"):
            export_table(db, "partnerships", tmp_path / "x.csv", filters={"min_confidence": value})
    with pytest.raises(FilterError, match="--min-confidence does not apply to articles"):
        export_table(db, "articles", tmp_path / "x.csv", filters={"min_confidence": "0.5"})
