"""Pairing needs a link: owner's partner lists, "між A та B", "з" + genitive, and the one vocabulary.

Every sentence here is written for this test; places are real, events are not.
"""

from __future__ import annotations

import pytest

from parsers.cues import names_a_tie, relation_of
from parsers.extract import Extractor
from parsers.facts.gate import has_partnership_vocabulary
from parsers.facts.owner_list import owner_list_in
from parsers.facts.vocabulary import TIE_STEMS, is_adjective, is_place_adjective
from parsers.records import Article

# Kalush (Ivano-Frankivsk oblast) as a council site's owner.
KALUSH = "UA26060170000091466"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def facts(extractor: Extractor, body: str, owner: str | None = None) -> set[tuple]:
    article = Article(
        url="https://example.gov.ua/news/1",
        source="council" if owner else "portal",
        site="example.gov.ua",
        site_article_id=None,
        lang="uk",
        title="Новина",
        published="2025-05-01",
        body=body,
    )
    return {
        (f.ua.name_uk, f.partner.name_uk, f.partner.country_iso2, f.relation, f.status, f.link)
        for f in extractor.extract(article, owner_katottg=owner)
    }


def test_an_owner_list_gives_every_foreign_and_domestic_entry_to_the_list_owner(extractor):
    found = facts(
        extractor,
        "Нагадаємо, Трускавець має побратимів: Криниця-Здруй (Польща), Бірштонас (Литва), Боржомі "
        "(Грузія) та два українські курорти – Моршин і Яремче.",
    )
    side = "Трускавецька міська громада"
    assert {(ua, partner, country) for ua, partner, country, *_ in found} == {
        (side, "Криниця-Здруй", "PL"),
        (side, "Бірштонас", "LT"),
        (side, "Боржомі", "GE"),
        (side, "Моршин", "UA"),
        (side, "Яремче", "UA"),
    }
    assert {(relation, status, link) for *_, relation, status, link in found} == {
        ("twinning", "signed", "owner_list")
    }


def test_a_council_owner_list_without_a_named_side_belongs_to_the_owner(extractor):
    found = facts(
        extractor,
        "Громада має угоди з 4 містами: Верона (Італія), Сянок (Польща) та 2 українськими містами – "
        "Лозова, Валки.",
        owner=KALUSH,
    )
    assert {(ua, partner) for ua, partner, *_ in found} == {
        ("Калуська міська громада", "Верона"),
        ("Калуська міська громада", "Сянок"),
        ("Калуська міська громада", "Лозова"),
        ("Калуська міська громада", "Валки"),
    }
    assert {relation for *_, relation, _, _ in found} == {"cooperation"}


def test_the_twins_of_a_foreign_town_are_not_ours(extractor):
    assert (
        facts(
            extractor,
            "Назва Самбора з'явилася поруч з іншими побратимами Ряшева – Ліможа (Франція) та Бельсько-Бяли.",
        )
        == set()
    )
    assert facts(extractor, "Люблін має побратимів: Лімож (Франція), Ерфурт (Німеччина).", KALUSH) == set()


def test_owner_list_openers():
    assert owner_list_in("Побратими міста: Лімож, Ерфурт.") is not None
    assert owner_list_in("Побратимами міста є Лімож та Ерфурт.") is not None
    assert owner_list_in("Громада має угоди з 12 містами: Верона, Кросно.") is not None
    assert owner_list_in("Нині партнерськими містами громади є Лімож і Ерфурт.") is not None
    # "є" opens a list only after the instrumental: a singular twin is an apposition, not a list
    assert owner_list_in("Ерфурт є побратимом міста.") is None
    assert owner_list_in("Громада підписала угоду про партнерство з містом Ерфурт.") is None


def test_a_third_name_after_a_between_pair_is_not_a_side(extractor):
    found = facts(
        extractor,
        "Наслідуючи приклад партнерства між Бамбергом та Хмельницьким, Ніжинська громада шукає партнера.",
    )
    assert {(ua, partner, link) for ua, partner, _, _, _, link in found} == {
        ("Хмельницька міська громада", "Бамберг", "between")
    }


def test_with_a_place_in_the_genitive_says_where_someone_comes_from(extractor):
    assert (
        facts(extractor, "Делегація з польського міста Кельце відвідала Житомир, щоб обговорити співпрацю.")
        == set()
    )
    assert facts(
        extractor, "Житомирська громада підписала угоду про співпрацю з польським містом Кельце."
    ) == {("Житомирська міська громада", "Кельце", "PL", "cooperation", "signed", "signing")}
    # a relative clause makes the place itself the other side
    found = facts(
        extractor,
        "Представники Коломийської громади зустрілися з колегами з міста Ассен (Нідерланди), з якими "
        "торік підписали лист про наміри.",
    )
    assert {(ua, partner, relation) for ua, partner, _, relation, _, _ in found} == {
        ("Коломийська міська громада", "Ассен", "intent")
    }


def test_one_vocabulary_for_the_gate_the_cues_and_the_pairing():
    for stem in TIE_STEMS:
        word = f"{stem}ами"
        assert names_a_tie(word), stem
        assert relation_of(word) is not None, stem
        assert has_partnership_vocabulary(
            Article("u", "council", "s", None, "uk", "Новина", None, body=f"Тут {word}.")
        ), stem
    assert not names_a_tie("Громада відремонтувала дорогу.")


@pytest.mark.parametrize(
    ("word", "adjective", "place_adjective"),
    [
        ("польським", True, True),
        ("Бродівський", True, True),
        ("Пардубицького", True, True),  # unknown to the dictionary: its predicted adjective reading
        ("польсько-українського", True, True),
        ("новим", True, False),
        ("Закопане", True, False),  # a town named by an adjective is not a place adjective
        ("Руда-Шльонська", False, False),  # a town whose name ends in an adjective
        ("Краків", False, False),
        ("громадою", False, False),
    ],
)
def test_the_adjective_test_is_the_dictionary(word, adjective, place_adjective):
    assert is_adjective(word) is adjective
    assert is_place_adjective(word) is place_adjective


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a person's name after an office is not a place, even where it continues a run of names
        (
            "Хмільницький міський голова та мер району Уйбуда Імре Ласло підписали меморандум про співпрацю.",
            set(),
        ),
        # the place a relative clause locates is not a partner
        (
            "Місто Лаппеенранта, що в регіоні Південна Карелія на сході Фінляндії, стало побратимом міста "
            "Сарни.",
            {("Сарненська міська громада", "Лаппеенранта")},
        ),
        (
            "Місто Фудзіномія, що в префектурі Сідзуока біля підніжжя гори Фудзі, уклало угоду про співпрацю "
            "з Кропивницьким.",
            {("Кропивницька міська громада", "Фудзіномія")},
        ),
        # towns "з містами X": X, unknown to the gazetteer, is where they are
        ("Яворів і Мостиська підписали угоди з містами Підкарпаття.", set()),
        # a semicolon ends one statement; delegations "з X" are guests, not sides
        (
            "Хмельницька громада підписала угоду про співпрацю з Радомом; раніше делегація міста підписала "
            "угоду з Ченстоховою.",
            {("Хмельницька міська громада", "Радом")},
        ),
        (
            "Ковельська громада уклала угоду з польським Хелмом у присутності делегацій з Замостя та Красника.",
            {("Ковельська міська громада", "Хелм")},
        ),
        # an elliptical clause: the dash stands for the verb
        (
            "Яворівська міська громада уклала угоду про партнерство з Перемишлем, а Мостиська міська громада "
            "– з Ярославом.",
            {("Яворівська міська громада", "Перемишль"), ("Мостиська міська громада", "Ярослав")},
        ),
        # "відповідно" pairs lists by position; lists that cannot be paired give nothing
        (
            "Збаразький, Теребовлянський та Бучацький міські голови підписали угоди з бурмістрами Ниси, "
            "Клодзька та Свідниці відповідно.",
            set(),
        ),
    ],
)
def test_what_a_link_ties_and_what_it_does_not(extractor, body, expected):
    assert {(ua, partner) for ua, partner, *_ in facts(extractor, body)} == expected


def test_one_country_in_parentheses_serves_its_whole_group(extractor):
    found = facts(
        extractor,
        "Громада має угоди про побратимство з 4 громадами: Кельме (Литва), Березів, Стрижів (Польща) та "
        "Сігнахі (Грузія).",
        owner=KALUSH,
    )
    assert {(partner, country) for _, partner, country, *_ in found} == {
        ("Кельме", "LT"),
        ("Березів", "PL"),
        ("Стрижів", "PL"),
        ("Сігнахі", "GE"),
    }


def test_a_negated_stop_is_no_termination():
    from parsers.cues import status_of

    assert (
        status_of("Угоду підписано у 2008 році, а обмін делегаціями не припинявся навіть у пандемію.")
        == "signed"
    )
    assert status_of("Рада припинила дію угоди про побратимство.") == "terminated"


def test_a_partner_spelled_two_ways_is_one_partner(extractor):
    found = facts(
        extractor,
        "Тульчин підписав меморандум про співпрацю з канадським містом Брандон. Тульчинська міська громада "
        "та місто Брендон, провінція Манітоба (Канада), підписали меморандум про співпрацю.",
    )
    assert {(ua, country) for ua, _, country, *_ in found} == {("Тульчинська міська громада", "CA")}
    assert len(found) == 1
