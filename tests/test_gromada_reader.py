"""The gromada.org.ua reader on fixture pages written in the platform's real structures.

The pages in tests/fixtures/pages/gromada/ are written for the project (invented text) in the markup
read off real saved pages of a platform site: the 'creative' theme with its sidebar of other articles,
its year-only ``datetime`` and headings inside the body, a video-only body, the platform's error page,
the 'Дата:' label theme with a latest-news column, and the three listing layouts.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from parsers.page import read_html
from parsers.pages.blocks import listing_blocks, read_article_html
from parsers.pages.councils import reader_for
from parsers.reading import Fetched, read_fetched
from parsers.registry import load_registry

PAGES = Path(__file__).parent / "fixtures" / "pages" / "gromada"
SITE = dataclasses.replace(
    load_registry().by_domain("drabivska-gromada.gov.ua"), domain="vyshneva-gromada.gov.ua"
)
LISTING_URL = "https://vyshneva-gromada.gov.ua/news/"


def read(name: str, url: str = "http://127.0.0.1:8123/news/1725436800", status: int = 200):
    return read_fetched(
        Fetched("councils", url, (PAGES / name).read_bytes(), status, None, SITE), extract=False
    )


def test_creative_theme_reads_its_own_title_date_and_views_not_the_sidebars():
    article = read("creative_article.html").article
    assert article.layout == "gromada/creative"
    assert article.url == "https://vyshneva-gromada.gov.ua/news/1725436800/"
    assert article.site_article_id == "1725436800"
    assert article.title == "Сесія селищної ради затвердила програму ремонту доріг"
    assert article.published == "2024-09-04T11:00:00+03:00"  # the <time> text, not its year-only datetime
    assert article.views == 412  # the bare number in the meta list, not a sidebar's "Переглядів: 14"
    assert article.owner_katottg == SITE.hromada_katottg
    assert article.warnings == []


def test_creative_body_keeps_its_own_headings_and_leaves_out_sidebar_gallery_and_share_bar():
    body = read("creative_article.html").article.body
    assert body.startswith("Депутати Вишневої селищної ради на черговій сесії")
    assert "Що передбачає програма" in body  # an <h1> inside the body is body text
    assert "Дата: 12.09.2024" in body  # a date inside the body is text, never the article's date
    for other in (
        "Ремонт даху школи",
        "Загальні збори",
        "Інші новини",
        "повернутися",
        "Поширте",
        "Платформа",
    ):
        assert other not in body


def test_creative_video_only_body_names_its_video():
    article = read("creative_video_only.html").article
    assert article.title == "Відеозвернення селищного голови"
    assert article.published == "2024-06-10T09:13:00+03:00"
    assert article.body == "Відео: https://www.youtube.com/embed/abcdefghijk"
    assert "empty body" not in article.warnings


@pytest.mark.parametrize("status", [200, 404])
def test_error_page_is_removed_not_an_article(status: int):
    reading = read("creative_404.html", status=status)
    assert reading.article is None
    assert reading.failure.kind == "removed"
    assert reading.failure.reason == ("the page says it was not found" if status == 200 else "HTTP 404")
    assert reading.url == "https://vyshneva-gromada.gov.ua/news/1725436800/"


def test_any_page_answered_with_404_or_410_is_removed():
    failure = read("creative_article.html", status=410).failure
    assert (failure.kind, failure.reason) == ("removed", "HTTP 410")


def test_date_label_theme_reads_the_date_under_its_title_not_the_latest_news_column():
    article = read("datelabel_article.html").article
    assert article.layout == "gromada/date-label"
    assert article.title == "Підписано меморандум про співпрацю з місцевим бізнесом"
    assert article.published == "2025-10-03T14:20:00+03:00"
    assert article.views == 57
    assert article.body == (
        "Сільська рада та об'єднання фермерів громади підписали меморандум про співпрацю у сфері благоустрою."
        "\n\nСторони домовилися щороку спільно висаджувати дерева вздовж доріг."
    )


def test_an_unknown_theme_is_read_by_the_generic_rules_and_says_so():
    html = (PAGES / "creative_article.html").read_text(encoding="utf-8").replace("post-creative", "post-new")
    reading = read_fetched(Fetched("councils", LISTING_URL + "1725436800/", html.encode(), 200, None, SITE))
    article = reading.article
    assert article.layout == "gromada/generic"
    assert any("no known gromada layout version" in warning for warning in article.warnings)
    assert article.title == "Сесія селищної ради затвердила програму ремонту доріг"
    assert article.published == "2024-09-04T11:00:00+03:00"  # still the title's date, not the sidebar's


def test_sidebar_of_other_articles_is_a_listing_block():
    page = read_html((PAGES / "creative_article.html").read_bytes())
    blocks = listing_blocks(page.root)
    assert [block.get("class") for block in blocks] == ["profile-thin"]


def test_a_page_of_dated_teasers_is_read_without_them():
    """The teaser search remembers per element whether it links elsewhere. Keyed by ``id()``, a
    freed element's number went to the next element asked, with its answer: whether a page of
    three teasers was a listing depended on what Python still held (here: it was not)."""
    page = read_article_html((PAGES / "listing_news.html").read_bytes())
    assert page.pruned.dropped
    texts = [line.text for line in page.lines]
    assert not {"Перший дзвоник у ліцеї", "Переглядів: 412", "04.09.2024, 11:00"} & set(texts)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "listing_news.html",  # meta (views, date) before the title
            [
                ("1725436800", "Сесія селищної ради затвердила програму ремонту доріг", "04.09.2024, 11:00"),
                ("1725350000", "Оголошено конкурс на посаду директора будинку культури", "03.09.2024, 10:53"),
                ("1725263000", "Перший дзвоник у ліцеї", "02.09.2024, 10:43"),
            ],
        ),
        (
            "listing_section.html",  # title before the meta, an excerpt and a category badge
            [
                ("1718000000", "Відеозвернення селищного голови", "10.06.2024, 09:13"),
                ("1717900000", "Прийом документів до першого класу", "09.06.2024, 05:26"),
            ],
        ),
        (
            "listing_old.html",  # the older one_object_news blocks: an image link, then the title link
            [
                ("1569900000", "Відкрито новий спортивний майданчик", "01.10.2019"),
                ("1569800000", "Засідання виконкому", "30.09.2019"),
            ],
        ),
    ],
)
def test_listing_layouts_give_every_article_once_with_title_and_date(name: str, expected: list[tuple]):
    reader = reader_for(SITE)
    entries = reader.listing_entries((PAGES / name).read_bytes(), LISTING_URL, SITE)
    got = [(reader.article_id(entry.url), entry.title, entry.date_text) for entry in entries]
    assert got == expected
    # The pager's next page is the one after the active page, never the "»" link to the last page.
    assert reader.next_page_url((PAGES / name).read_bytes(), LISTING_URL, SITE) == LISTING_URL + "?p=2"


@pytest.mark.parametrize(
    "variant",
    [
        "https://vyshneva-gromada.gov.ua/news/1725436800",
        "https://www.vyshneva-gromada.gov.ua/news/1725436800/",
        "http://127.0.0.1:8123/news/1725436800/?utm_source=facebook&fbclid=x",
        "https://vyshneva-gromada.gov.ua/news/1725436800/#comments",
    ],
)
def test_url_variants_of_one_article_are_one_key(variant: str):
    assert reader_for(SITE).canonical_url(variant, SITE) == "https://vyshneva-gromada.gov.ua/news/1725436800/"
