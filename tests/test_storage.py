"""The dataset's schema and idempotent writes."""

from __future__ import annotations

import dataclasses
import json

from parsers.pages.portal import parse_article_html
from pipelines.storage import open_db, store_article
from tests.conftest import FIXTURES

PAGE = FIXTURES / "portal" / "site" / "news" / "17126.html"


def parsed(name: str = "17126"):
    path = FIXTURES / "portal" / "site" / "news" / f"{name}.html"
    return parse_article_html(path.read_bytes(), f"http://127.0.0.1:1/news/{name}")


def test_schema_has_keys_and_wal(tmp_path):
    db = open_db(tmp_path / "p.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db["articles"].pks == ["url"]
    assert db["article_tags"].pks == ["article_url", "tag_id"]
    assert {fk.other_table for fk in db["article_places"].foreign_keys} == {"articles", "places"}
    assert db["places"].count == 1799
    assert db["places"].get("UA80000000000093317")["name_uk"] == "Київ"


def test_article_with_tags_and_places(tmp_path):
    db = open_db(tmp_path / "p.db")
    assert store_article(db, parsed()) == "new"
    row = db["articles"].get("https://decentralization.gov.ua/news/17126")
    assert (row["site_article_id"], row["lang"], row["published"]) == (
        "17126",
        "uk",
        "2025-06-18T16:00:00+03:00",
    )
    tags = [
        r[0]
        for r in db.execute(
            "SELECT t.name FROM article_tags a JOIN tags t ON t.id = a.tag_id ORDER BY a.position"
        )
    ]
    assert tags == ["Пліч-о-пліч", "партнерство"]
    places = db.execute(
        "SELECT role, katottg FROM article_places WHERE role = 'hromada' ORDER BY position"
    ).fetchall()
    expected = json.loads((FIXTURES / "portal" / "expected" / "17126.json").read_text(encoding="utf-8"))
    assert [code for _, code in places] == expected["hromada_katottg"]
    assert len(places) == 3


def test_same_article_twice_changes_nothing(tmp_path):
    db = open_db(tmp_path / "p.db")
    store_article(db, parsed())
    before = {table: list(db[table].rows) for table in ("articles", "tags", "article_tags", "article_places")}
    assert store_article(db, parsed()) == "unchanged"
    after = {table: list(db[table].rows) for table in ("articles", "tags", "article_tags", "article_places")}
    assert before == after


def test_changed_article_replaces_its_tags_and_places(tmp_path):
    db = open_db(tmp_path / "p.db")
    article = parsed()
    store_article(db, article)
    changed = dataclasses.replace(
        article, title="Нова назва", tags=article.tags[:1], hromadas=article.hromadas[:1]
    )
    assert store_article(db, changed) == "updated"
    assert db["articles"].get(article.url)["title"] == "Нова назва"
    assert db["article_tags"].count == 1
    assert db.execute("SELECT count(*) FROM article_places WHERE role = 'hromada'").fetchone()[0] == 1


def test_unresolved_place_is_kept_with_null_code_and_warning(tmp_path):
    db = open_db(tmp_path / "p.db")
    store_article(db, parsed("19003"))
    rows = db.execute("SELECT role, name_as_written, katottg FROM article_places ORDER BY role").fetchall()
    assert rows == [
        ("hromada", "Вигадана територіальна громада", None),
        ("oblast", "Неіснуюча область", None),
    ]
    warnings = db["articles"].get("https://decentralization.gov.ua/news/19003")["parse_warnings"]
    assert "unresolved place name" in warnings and "empty body" in warnings


def _facts(relation: str, status: str, event_date: str | None):
    from parsers.facts.model import Fact, Partner, UaSide

    ua = UaSide("UA68020110000071202", "Кам'янець-Подільська міська громада", "Кам'янець-Подільський", None)
    partner = Partner("Джіханбейлі", "Cihanbeyli", "TR", 318506, None, "city", False)
    return [Fact(ua, partner, relation, status, event_date, ["Речення з доказом."], confidence=0.9)]


def test_same_pair_from_two_articles_is_one_partnership_with_two_sources(tmp_path):
    from pipelines.storage import store_facts

    db = open_db(tmp_path / "p.db")
    older, newer = parsed("17126"), parsed("17342")
    store_article(db, older)
    store_article(db, newer)
    store_facts(db, newer, _facts("twinning", "signed", "2025-10-20"))
    store_facts(db, older, _facts("intent", "planned", None))
    rows = list(db["partnerships"].rows)
    assert len(rows) == 1
    row = rows[0]
    assert (row["partner_id"], row["relation"], row["status"], row["sources"]) == (
        "G:318506",
        "twinning",
        "signed",
        2,
    )
    assert (row["first_evidence_date"], row["last_evidence_date"]) == ("2025-06-18", "2025-10-26")
    assert db["partner_places"].get("G:318506")["name"] == "Cihanbeyli"
    assert db["partnership_evidence"].count == 2


def test_re_extracting_an_article_replaces_its_evidence(tmp_path):
    from pipelines.storage import store_facts

    db = open_db(tmp_path / "p.db")
    article = parsed("17342")
    store_article(db, article)
    store_facts(db, article, _facts("twinning", "signed", None))
    store_facts(db, article, [])
    assert db["partnership_evidence"].count == 0
    assert db["partnerships"].count == 0


def test_a_domestic_pair_is_one_partnership_whichever_side_an_article_names_first(tmp_path):
    from parsers.facts.model import Fact, Partner, UaSide
    from pipelines.storage import store_facts

    db = open_db(tmp_path / "p.db")
    first, second = parsed("17126"), parsed("17342")
    store_article(db, first)
    store_article(db, second)
    kalush = ("UA26060170000091466", "Калуська міська громада")
    kupiansk = ("UA63080090000067457", "Куп'янська міська громада")

    def fact(ua, partner):
        return Fact(
            UaSide(ua[0], ua[1], None, None),
            Partner(partner[1], None, "UA", None, partner[0], "city", True),
            "memorandum", "signed", None, ["Речення."], confidence=0.8,
        )  # fmt: skip

    store_facts(db, first, [fact(kalush, kupiansk)])
    store_facts(db, second, [fact(kupiansk, kalush)])
    rows = list(db["partnerships"].rows)
    assert [(r["hromada_katottg"], r["partner_id"], r["sources"]) for r in rows] == [
        ("UA26060170000091466", "UA:UA63080090000067457", 2)
    ]


def test_a_partnership_keeps_the_furthest_stage_its_evidence_reached(tmp_path):
    from pipelines.storage import status_over_time, store_facts

    assert status_over_time(["signed", "planned"]) == "signed"
    assert status_over_time(["in_negotiation", "planned", "signed"]) == "signed"
    assert status_over_time(["signed", "renewed", "planned"]) == "renewed"
    assert status_over_time(["signed", "terminated", "planned"]) == "planned"
    assert status_over_time(["signed", "planned", "terminated"]) == "terminated"

    db = open_db(tmp_path / "p.db")
    older, newer = parsed("17126"), parsed("17342")
    store_article(db, older)
    store_article(db, newer)
    store_facts(db, older, _facts("twinning", "signed", "2025-06-18"))
    store_facts(db, newer, _facts("twinning", "planned", None))  # a later festival with the twin
    assert db["partnerships"].get(("UA68020110000071202", "G:318506"))["status"] == "signed"
    store_facts(db, newer, _facts("twinning", "terminated", "2025-10-20"))
    assert db["partnerships"].get(("UA68020110000071202", "G:318506"))["status"] == "terminated"
