"""The generic reader on an unknown platform: a discovered listing, and an article's own date."""

from __future__ import annotations

import dataclasses

from parsers.pages.councils import READERS
from parsers.reading import Fetched, read_fetched
from parsers.registry import load_registry

SITE = dataclasses.replace(
    load_registry().by_domain("drabivska-gromada.gov.ua"), domain="unknown-cms.gov.ua", platform="generic"
)
GENERIC = READERS["generic"]


def listing(items: str) -> bytes:
    return f"""<html><body><nav><a href="/pro-nas">Про нас</a></nav>
    <div class="feed">{items}</div><aside><a href="/p/9-old">Старе</a> 01.01.2020</aside></body></html>""".encode()


def item(number: int, day: int) -> str:
    return (
        f'<div class="card"><a class="t" href="/p/{number}-novyna">Новина номер {number} про громаду</a>'
        f'<span class="d">{day:02d}.03.2025</span></div>'
    )


def test_an_unknown_platform_listing_is_discovered_from_its_repeated_dated_blocks():
    body = listing("".join(item(number, day) for number, day in ((101, 5), (102, 4), (103, 3), (104, 2))))
    entries = GENERIC.listing_entries(body, "https://unknown-cms.gov.ua/novyny", SITE)
    assert [entry.url for entry in entries] == [
        f"https://unknown-cms.gov.ua/p/{n}-novyna" for n in (101, 102, 103, 104)
    ]
    assert [entry.date_text for entry in entries] == ["05.03.2025", "04.03.2025", "03.03.2025", "02.03.2025"]


def test_a_page_without_repeated_dated_blocks_discovers_nothing():
    body = listing('<p><a href="/p/1-x">Одна новина</a></p>')
    assert GENERIC.discovered_entries(body, "https://unknown-cms.gov.ua/novyny", SITE) == []


def test_the_generic_article_date_is_the_titles_not_the_latest_news_column():
    html = """<html><head><title>Засідання виконкому</title></head><body>
    <div class="post"><h1>Засідання виконкому</h1><div class="meta">12.02.2025 10:30</div>
    <p>Виконавчий комітет розглянув питання благоустрою та затвердив план ремонту доріг.</p></div>
    <div class="col"><h3>Останні новини</h3>
      <div class="n"><a href="/p/2">Інша новина</a><span>20.02.2025 09:00</span></div>
      <div class="n"><a href="/p/3">Ще одна</a><span>19.02.2025 08:00</span></div></div></body></html>"""
    article = read_fetched(
        Fetched("councils", "https://unknown-cms.gov.ua/p/1", html.encode(), site=SITE)
    ).article
    assert article.layout == "generic/generic"
    assert article.title == "Засідання виконкому"
    assert article.published == "2025-02-12T10:30:00+02:00"
    assert "Інша новина" not in article.body
