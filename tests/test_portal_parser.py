"""Every fixture page of the portal mirror parses field by field to its expected JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.pages.portal import parse_article_html, parse_article_text, parse_listing, split_tag_line
from tests.conftest import FIXTURES, SEEDS

PORTAL = FIXTURES / "portal"
EXPECTED = sorted((PORTAL / "expected").glob("*.json"))
MIRROR_URL = "http://127.0.0.1:8000"


def parsed_fields(article) -> dict:
    return {
        "url": article.url,
        "site_article_id": article.site_article_id,
        "lang": article.lang,
        "title": article.title,
        "published": article.published,
        "views": article.views,
        "author": article.author,
        "body": article.body,
        "tags": [tag.name for tag in article.tags],
        "tag_slugs": [tag.slug for tag in article.tags],
        "oblasts": [unit.name_uk for unit in article.oblasts],
        "hromadas_as_written": [unit.name_as_written for unit in article.hromadas],
        "hromada_katottg": [unit.katottg for unit in article.hromadas],
        "source_name": article.source_name,
        "warnings": article.warnings,
    }


def page_path(expected_url: str) -> Path:
    return PORTAL / "site" / (expected_url.split(".gov.ua/", 1)[1] + ".html")


def test_mirror_has_enough_pages():
    assert len(EXPECTED) >= 25
    assert len(list((PORTAL / "site").rglob("*@page=*.html"))) >= 3


@pytest.mark.parametrize("expected_path", EXPECTED, ids=[path.stem for path in EXPECTED])
def test_article_page_matches_expected_json(expected_path: Path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    path = page_path(expected["url"])
    fetched_url = MIRROR_URL + "/" + path.relative_to(PORTAL / "site").as_posix()[: -len(".html")]
    got = parsed_fields(parse_article_html(path.read_bytes(), fetched_url))
    for field, value in expected.items():
        assert got[field] == value, field


def test_every_page_without_date_or_tags_says_so():
    for expected_path in EXPECTED:
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        article = parse_article_html(page_path(expected["url"]).read_bytes(), expected["url"])
        assert ("no published found" in article.warnings) == (expected["published"] is None)


def test_windows_1251_page_without_http_charset_reads_as_ukrainian():
    article = parse_article_html((PORTAL / "site/news/19002.html").read_bytes(), MIRROR_URL + "/news/19002")
    assert article.title == "Бюджет громад Житомирщини зріс на чверть"
    assert article.hromadas[1].name_uk == "Овруцька міська громада"


SEED_EXPECTATIONS = {
    "000": {
        "title": "Міста Кам'янець-Подільський та Джіханбейлі (Туреччина) підписали угоду про партнерство.",
        "published": None,
        "tags": ["партнерство", "міжнародна підтримка", "історії війни"],
        "oblasts": ["UA68000000000099709"],
        "hromadas": ["UA68020110000071202"],
        "source_name": 'Пресцентр ініціативи "Децентралізація"',
        "body_starts": "Про це повідомив міський голова",
        "body_ends": "стабільності всього світу.",
    },
    "001": {
        "title": "Ізюмська громада готується побрататися з французьким містом Шеннв'єр-сюр-Марн.",
        "published": None,
        "tags": ["партнерство", "історії війни", "міжнародна підтримка"],
        "oblasts": ["UA63000000000041885"],
        "hromadas": ["UA63040090000021240"],
        "source_name": 'Пресцентр ініціативи "Децентралізація"',
        "body_starts": "Питання майбутньої співпраці Ізюмської громади",
        "body_ends": "налагодження побратимських відносин.",
    },
    "002": {
        "title": "МЗС України орієнтує закордонні дипустанови на розвиток міжнародної міжмуніципальної співпраці",
        "published": "2024-09-18T16:20:00+03:00",
        "tags": ["партнерство"],
        "oblasts": [],
        "hromadas": [],
        "source_name": None,
        "body_starts": "Питання розвитку мережі",
        "body_ends": "Фото: Міністерство закордонних справ України",
    },
    "003": {
        "title": "Одеса, Маямі та Маямі Біч – міста-побратими. Очікується підписання угоди з техаською Одесою",
        "published": None,
        "tags": ["партнерство", "міжнародна підтримка", "історії війни"],
        "oblasts": ["UA51000000000030770"],
        "hromadas": ["UA51100270000073549"],
        "source_name": None,
        "body_starts": "Одеса підписала договори",
        "body_ends": "Стежте за анонсами на порталі.",
    },
}


@pytest.mark.parametrize("seed", sorted(SEED_EXPECTATIONS))
def test_plain_text_seed_articles(seed: str):
    path = next(SEEDS.glob(f"{seed}_*.txt"))
    article = parse_article_text(path.read_text(encoding="utf-8"))
    expected = SEED_EXPECTATIONS[seed]
    assert article.title == expected["title"]
    assert article.published == expected["published"]
    assert [tag.name for tag in article.tags] == expected["tags"]
    assert [unit.katottg for unit in article.oblasts] == expected["oblasts"]
    assert [unit.katottg for unit in article.hromadas] == expected["hromadas"]
    assert article.source_name == expected["source_name"]
    assert article.body.startswith(expected["body_starts"])
    assert article.body.endswith(expected["body_ends"])
    assert "Читайте також" not in article.body and "Теги:" not in article.body
    assert article.views == (1777 if seed == "002" else None)


@pytest.mark.parametrize(
    "byline, published",
    [
        ("7 березня 2026, 10:15 | Районна газета | Громади", "2026-03-07T10:15:00+02:00"),
        ("07.03.2026 | Новини громади", "2026-03-07T00:00:00+02:00"),
        ("Оновлено: 07.03.2026 | Новини громади", None),  # when the page changed, not when it appeared
        ("7 березня 2026 року відбулася сесія | Новини", None),  # a sentence, not a byline
        ("Сквирська міська рада | Новини громади | 07.03.2026", "2026-03-07T00:00:00+02:00"),  # date last
        ("Сквирська міська рада | 7 березня 2026 року", "2026-03-07T00:00:00+02:00"),
        ("Сквирська міська рада | телефон 0456822021", None),  # digits that are no date
    ],
)
def test_a_text_articles_byline_gives_its_date(byline: str, published: str | None):
    article = parse_article_text(f"Сесія ради ухвалила бюджет\n{byline}\nДепутати ухвалили бюджет громади.")
    assert article.published == published
    assert article.body == "Депутати ухвалили бюджет громади." or published is None


def test_split_tag_line_prefers_known_multiword_tags():
    assert split_tag_line("партнерство міжнародна підтримка історії війни") == [
        "партнерство",
        "міжнародна підтримка",
        "історії війни",
    ]
    assert split_tag_line("невідомий тег") == ["невідомий", "тег"]


def test_split_tag_line_takes_the_pieces_a_line_separates_by_commas():
    assert split_tag_line("побратимство, Литва, міжнародна співпраця.") == [
        "побратимство",
        "Литва",
        "міжнародна співпраця",
    ]
    assert split_tag_line("освіта; культура") == ["освіта", "культура"]


@pytest.mark.parametrize(
    "body",
    [b"", b"\x00\xff\xfe garbage", b"<html><body><p>Unclosed <b>tags<div>", b"<h1>Only a title</h1>"],
    ids=["empty", "binary", "broken", "title-only"],
)
def test_bad_pages_give_warnings_not_exceptions(body: bytes):
    article = parse_article_html(body, "https://decentralization.gov.ua/news/1")
    assert article.url == "https://decentralization.gov.ua/news/1"
    assert "no published found" in article.warnings
    assert "no 'Теги:' block" in article.warnings
    assert ("no title found" in article.warnings) == (article.title is None)


def test_broken_markup_keeps_the_text_it_has():
    article = parse_article_html(
        b"<html><body><p>Unclosed <b>tags<div>", "https://decentralization.gov.ua/news/1"
    )
    assert (article.title, article.body) == (None, "Unclosed tags")


def test_listing_finds_articles_in_page_order_and_drops_duplicates():
    entries = parse_listing(
        (PORTAL / "site/news/tag/partnerstvo@page=2.html").read_bytes(), MIRROR_URL + "/x"
    )
    assert [entry.url for entry in entries] == [
        "http://127.0.0.1:8000/news/17013",
        "http://127.0.0.1:8000/news/16811?page=5",
        "https://decentralization.gov.ua/news/16702",
        "http://127.0.0.1:8000/news/16630.amp",
        "https://decentralization.ua/news/16120",
        "http://127.0.0.1:8000/news/15894",
        "https://www.decentralization.ua/news/15720",
        "http://127.0.0.1:8000/news/15512?page=11",
        "https://decentralization.gov.ua/news/15466",
    ]
    assert entries[0].date_text == "15 травня 2025"
    assert entries[0].tags == ["партнерство", "міжнародна підтримка"]


def test_listing_without_known_classes_falls_back_to_url_shapes():
    html = """<html><body><nav><a href="/news/1">menu</a></nav>
    <ul class="renamed"><li><a href="/news/101">Перша</a></li><li><a href="https://decentralization.ua/news/102?page=3">Друга</a>
    </li><li><a href="/news/101.amp">Перша знову</a></li></ul><footer><a href="/news/2">f</a></footer></body></html>"""
    entries = parse_listing(html.encode(), MIRROR_URL + "/news/tag/x")
    assert [(entry.title, entry.url.split("/")[-1]) for entry in entries] == [
        ("Перша", "101"),
        ("Друга", "102?page=3"),
    ]


def test_empty_listing_page_lists_nothing():
    assert parse_listing((PORTAL / "site/news/tag/partnerstvo@page=4.html").read_bytes(), MIRROR_URL) == []


def test_a_heading_over_other_articles_titles_ends_a_text_articles_body():
    text = (
        "У громаді відремонтували міст\n"
        "12.03.2026 - 10:00\n"
        "Роботи тривали два місяці.\n"
        "Популярне:\n"
        "Сусідня громада підписала угоду про побратимство\n"
        "Інші новини:\n"
        "Відкрили сквер"
    )
    article = parse_article_text(text)
    assert article.body == "Роботи тривали два місяці."


def test_a_text_articles_table_rows_with_a_date_cell_stay_in_the_body():
    article = parse_article_text(
        "Звіт за рік\n"
        "20.01.2026 | Сквирська міська рада | Звіти\n"
        "Партнери громади:\n"
        "№ | Партнер | Документ | Дата\n"
        "1 | місто Красностав (Польща) | Угода про партнерство | 18.10.2024\n"
        "2 | місто Йонава (Литва) | Меморандум | 02.06.2023\n"
        "Звіт узято до відома."
    )
    assert article.published == "2026-01-20T00:00:00+02:00"
    assert "1 | місто Красностав (Польща) | Угода про партнерство | 18.10.2024" in article.body
    assert "2 | місто Йонава (Литва) | Меморандум | 02.06.2023" in article.body
    assert "Сквирська міська рада | Звіти" not in article.body
