"""Partners that are districts of big foreign cities, and the places written around them.

A city part ("міська частина X 7", "округ X", "район X-Y") is the partner; the city that contains it,
its council's building and the names of its office holders are not. Every sentence here is written
for this test; places are real, events are not.
"""

from __future__ import annotations

import pytest

from parsers.facts.extract import Extractor
from tests.conftest import news_article

# Skvyra (Kyiv oblast) as a council site's owner.
SKVYRA = "UA32020150000040878"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def partners(extractor: Extractor, body: str, owner: str | None = None) -> set[tuple[str, str | None]]:
    article = news_article(body, council=bool(owner))
    return {
        (f.partner.name_uk, f.partner.country_iso2) for f in extractor.extract(article, owner_katottg=owner)
    }


@pytest.mark.parametrize(
    "body",
    [
        "Сквирська міська громада підписала угоду про партнерство з міською частиною Прага 7.",
        "Мер Сквири вручив старості Праги 7 герб громади, а угоду з Прагою 7 Сквирська громада підписала "
        "того ж дня.",
    ],
)
def test_a_numbered_city_part_is_the_partner_not_its_city(extractor, body):
    assert partners(extractor, body) == {("Прага 7", "CZ")}


def test_a_number_that_counts_days_or_dates_is_no_city_part(extractor):
    body = "Сквирська міська громада підписала угоду про партнерство з Ополем 12 травня."
    assert partners(extractor, body) == {("Ополе", "PL")}


@pytest.mark.parametrize(
    "body",
    [
        "Партнерами нашої громади стали Ополе (Польща), XIX округ Будапешта (Угорщина) та один з районів "
        "Варшави (Польща).",
        "Наша громада має такі міста-партнери: Ополе (Польща), район Відня (Австрія) та XIX округ Будапешта "
        "(Угорщина).",
    ],
)
def test_the_city_after_a_district_noun_contains_the_partner_and_is_not_it(extractor, body):
    assert partners(extractor, body, owner=SKVYRA) == {("Ополе", "PL")}


def test_a_district_apposition_in_a_list_names_the_district_and_its_country(extractor):
    body = (
        "Партнерами нашої громади є: Ополе (Польща), Гітцінг – округ Відня (Австрія), Ференцварош – округ "
        "Будапешта (Угорщина)."
    )
    found = partners(extractor, body, owner=SKVYRA)
    assert {country for _, country in found} == {"PL", "AT", "HU"}
    assert {name for name, _ in found} == {"Ополе", "Гітцінг", "Ференцварош"}


@pytest.mark.parametrize(
    "body",
    [
        "Сквирська міська громада підписала угоду про партнерство з віденським округом Гітцінг.",
        "Сквирська міська громада підписала угоду про партнерство з округом Гітцінг міста Відень.",
    ],
)
def test_a_districts_country_comes_from_its_citys_adjective_or_name(extractor, body):
    assert partners(extractor, body) == {("Гітцінг", "AT")}


def test_a_hyphenated_district_lies_in_the_country_of_its_city(extractor):
    body = "Сквирська міська громада підписала угоду про партнерство з районом Варшава-Урсинів."
    assert {country for _, country in partners(extractor, body)} == {"PL"}


def test_the_district_heads_name_and_the_city_halls_city_are_no_partners(extractor):
    body = (
        "У ратуші Гамбурга голова районної ради Гамбург-Бергедорф Ганс Мюллер та міський голова Сквири "
        "підписали угоду про партнерство між Сквирською міською громадою та районом Бергедорф."
    )
    assert {name for name, _ in partners(extractor, body)} == {"Бергедорф"}


def test_a_country_in_the_list_entry_before_says_nothing_of_the_next_entry(extractor):
    body = "Партнерами нашої громади є: Ополе (Польща), Прага 7 (Чехія), Ла-Рошель (Франція)."
    assert partners(extractor, body, owner=SKVYRA) == {
        ("Ополе", "PL"),
        ("Прага 7", "CZ"),
        ("Ла-Рошель", "FR"),
    }


def test_a_name_written_once_with_its_country_keeps_that_country_later(extractor):
    body = (
        "Партнерами Сквирської міської громади є: Ерфурт (Німеччина), Целє (Словенія) та Ла-Рошель "
        "(Франція). Угоду Сквирської громади з Целє підписали у 2019 році."
    )
    assert {country for name, country in partners(extractor, body) if name.startswith("Цел")} == {"SI"}


def test_an_ordinal_district_after_the_city_and_a_comma_is_the_partner(extractor):
    found = extractor.extract(news_article("Сквира підписала угоду про партнерство з Ліоном, 8-й округ."))
    assert [(f.partner.name_uk, f.partner.country_iso2, f.partner.geonameid) for f in found] == [
        ("Ліон 8", "FR", None)
    ]
