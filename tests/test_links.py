"""Pairing needs a link: owner's partner lists, "між A та B", "з" + genitive, and the one vocabulary.

Every sentence here is written for this test; places are real, events are not.
"""

from __future__ import annotations

import pytest

from parsers.facts.cues import names_a_tie, relation_of
from parsers.facts.extract import Extractor
from parsers.facts.gate import has_partnership_vocabulary
from parsers.facts.owner_list import owner_list_in
from parsers.facts.vocabulary import TIE_STEMS, is_adjective, is_place_adjective
from parsers.pages.portal import parse_article_text
from parsers.records import Article
from tests.conftest import SQUIRE, news_article

# Skvyra (Kyiv oblast) as a council site's owner.
SKVYRA = "UA32020150000040878"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def facts(extractor: Extractor, body: str, owner: str | None = None) -> set[tuple]:
    article = news_article(body, council=bool(owner))
    return {
        (f.ua.name_uk, f.partner.name_uk, f.partner.country_iso2, f.relation, f.status, f.link)
        for f in extractor.extract(article, owner_katottg=owner)
    }


def pairs(found: set[tuple]) -> set[tuple[str, str]]:
    return {(ua, partner) for ua, partner, *_ in found}


def pairs_and_statuses(found: set[tuple]) -> set[tuple[str, str, str]]:
    return {(ua, partner, status) for ua, partner, _, _, status, _ in found}


def council_codes_and_partners(extractor: Extractor, body: str, owner: str) -> set[tuple[str | None, str]]:
    """The (hromada code, partner) pairs of a council site's article: which of namesakes each side is."""
    article = news_article(body, council=True)
    return {(f.ua.katottg, f.partner.name_uk) for f in extractor.extract(article, owner_katottg=owner)}


def test_an_owner_list_gives_every_foreign_and_domestic_entry_to_the_list_owner(extractor):
    found = facts(
        extractor,
        "Нагадаємо, Мелітополь має побратимів: Торунь (Польща), Мажейкяй (Литва), Юрмала (Латвія) та "
        "два українські міста – Сквира і Барвінкове.",
    )
    side = "Мелітопольська міська громада"
    assert {(ua, partner, country) for ua, partner, country, *_ in found} == {
        (side, "Торунь", "PL"),
        (side, "Мажейкяй", "LT"),
        (side, "Юрмала", "LV"),
        (side, "Сквира", "UA"),
        (side, "Барвінкове", "UA"),
    }
    assert {(relation, status, link) for *_, relation, status, link in found} == {
        ("twinning", "signed", "owner_list")
    }


def test_agreements_with_counted_twins_open_the_owners_list(extractor):
    body = (
        "Громада має угоди з трьома побратимами: двома іноземними містами – Телаві (Грузія) та Ополе "
        "(Польща) – і одною українською громадою – Оріхівською міською громадою (Запорізька область)."
    )
    found = facts(extractor, body, owner=SKVYRA)
    assert {(ua, partner) for ua, partner, *_ in found} == {
        ("Сквирська міська громада", "Телаві"),
        ("Сквирська міська громада", "Ополе"),
        ("Сквирська міська громада", "Оріхівська міська громада"),
    }


def test_a_council_owner_list_without_a_named_side_belongs_to_the_owner(extractor):
    found = facts(
        extractor,
        "Громада має угоди з 4 містами: Нансі (Франція), Кошалін (Польща) та 2 українськими містами – "
        "Лозова, Сватове.",
        owner=SKVYRA,
    )
    side = "Сквирська міська громада"
    assert pairs(found) == {(side, "Нансі"), (side, "Кошалін"), (side, "Лозова"), (side, "Сватове")}
    assert {relation for *_, relation, _, _ in found} == {"cooperation"}


def test_friendly_ties_with_a_list_of_towns_are_the_owners_partners(extractor):
    found = facts(
        extractor,
        "Громада підтримує дружні зв'язки з такими містами: Шверін, Росток (Німеччина) та Сватове.",
        owner=SKVYRA,
    )
    side = "Сквирська міська громада"
    assert pairs(found) == {(side, "Шверін"), (side, "Росток"), (side, "Сватове")}


def test_the_twins_of_a_foreign_town_are_not_ours(extractor):
    assert (
        facts(
            extractor,
            "Назва Сквири з'явилася поруч з іншими побратимами Щецина – Ліможа (Франція) та Ростока.",
        )
        == set()
    )
    assert (
        facts(extractor, "Ченстохова має побратимів: Лімож (Франція), Росток (Німеччина).", SKVYRA) == set()
    )


def test_owner_list_openers():
    assert owner_list_in("Побратими міста: Лімож, Росток.") is not None
    assert owner_list_in("Побратимами міста є Лімож та Росток.") is not None
    assert owner_list_in("Громада має угоди з 12 містами: Нансі, Кошалін.") is not None
    assert owner_list_in("Нині партнерськими містами громади є Лімож і Росток.") is not None
    # "є" opens a list only after the instrumental: a singular twin is an apposition, not a list
    assert owner_list_in("Росток є побратимом міста.") is None
    # the entries follow the opener at once: a word for comrades inside a quote is no list
    assert owner_list_in("«Ми, побратими, пам'ятаємо», – сказав ветеран Іван Сватов.") is None
    assert owner_list_in("Громада підписала угоду про партнерство з містом Росток.") is None
    # partners in a project are the project's, not a hromada's own
    assert (
        owner_list_in("Заявник — селищна рада, а партнери проєкту — муніципалітет Росток та асоціація.")
        is None
    )


def test_a_third_name_after_a_between_pair_is_not_a_side(extractor):
    found = facts(
        extractor,
        "Наслідуючи приклад партнерства між Реґенсбурґом та Мелітополем, Бердянська громада шукає партнера.",
    )
    assert {(ua, partner, link) for ua, partner, _, _, _, link in found} == {
        ("Мелітопольська міська громада", "Реґенсбурґ", "between")
    }


def test_a_tie_between_two_places_held_up_as_an_example_exists_but_the_speakers_wish_is_no_tie(extractor):
    found = facts(
        extractor,
        "«Ми бачимо приклад партнерства між Ополем та Сквирською громадою, яке вже дало проєкти. Хочемо "
        "так само», – каже секретар ради.",
    )
    assert {(ua, partner, status, link) for ua, partner, _, _, status, link in found} == {
        ("Сквирська міська громада", "Ополе", "signed", "between")
    }
    wish = facts(
        extractor,
        "«Наслідуючи приклад партнерства між Сквирою і польським Ополем, ми хочемо побудувати таку ж "
        "дружбу з Утеною», – сказав він.",
    )
    assert {(ua, partner) for ua, partner, *_ in wish} == {("Сквирська міська громада", "Ополе")}


def test_with_a_place_in_the_genitive_says_where_someone_comes_from(extractor):
    assert (
        facts(
            extractor, "Делегація з польського міста Тарнів відвідала Мелітополь, щоб обговорити співпрацю."
        )
        == set()
    )
    assert facts(
        extractor, "Мелітопольська громада підписала угоду про співпрацю з польським містом Тарнів."
    ) == {("Мелітопольська міська громада", "Тарнів", "PL", "cooperation", "signed", "signing")}
    assert (
        facts(extractor, "Співпраця з польськими партнерами з Кракова триває з 2015 року.", SKVYRA) == set()
    )
    # a relative clause makes the place itself the other side
    found = facts(
        extractor,
        "Представники Бердянської громади зустрілися з колегами з міста Нансі (Франція), з якими "
        "торік підписали лист про наміри.",
    )
    assert {(ua, partner, relation) for ua, partner, _, relation, _, _ in found} == {
        ("Бердянська міська громада", "Нансі", "intent")
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
        ("Сквирський", True, True),
        ("Оломоуцького", True, True),  # unknown to the dictionary: its predicted adjective reading
        ("польсько-українського", True, True),
        ("новим", True, False),
        ("Широке", True, False),  # a town named by an adjective is not a place adjective
        ("Бяла-Подляська", False, False),  # a town whose name ends in an adjective
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
        # the place a relative clause locates is not a partner
        (
            "Місто Нансі, що в регіоні Гранд-Ест на сході Франції, стало побратимом міста Сквира.",
            {("Сквирська міська громада", "Нансі")},
        ),
        (
            "Місто Шамбері, що в департаменті Савоя біля підніжжя гори Ніволе, уклало угоду про співпрацю "
            "з Бердянськом.",
            {("Бердянська міська громада", "Шамбері")},
        ),
        # towns "з містами X": X, unknown to the gazetteer, is where they are
        ("Генічеськ і Скадовськ підписали угоди з містами Помор'я.", set()),
        # a semicolon ends one statement; delegations "з X" are guests, not sides
        (
            "Мелітопольська громада підписала угоду про співпрацю з Торунем; раніше делегація міста "
            "підписала угоду з Кошаліном.",
            {("Мелітопольська міська громада", "Торунь")},
        ),
        (
            "Сквирська громада уклала угоду з польським Калішем у присутності делегацій з Плоцька та Коніна.",
            {("Сквирська міська громада", "Каліш")},
        ),
        # an elliptical clause: the dash stands for the verb
        (
            "Васильківська міська громада уклала угоду про партнерство з польським Кошаліном, а Сквирська "
            "міська громада – з Сандомиром.",
            {("Васильківська міська громада", "Кошалін"), ("Сквирська міська громада", "Сандомир")},
        ),
        # "відповідно" pairs lists by position; lists that cannot be paired give nothing
        (
            "Скадовський, Генічеський та Бердянський міські голови підписали угоди з бурмістрами Слупська, "
            "Кошаліна та Піли відповідно.",
            {
                ("Скадовська міська громада", "Слупськ"),
                ("Генічеська міська громада", "Кошалін"),
                ("Бердянська міська громада", "Піла"),
            },
        ),
        (
            "Скадовський, Генічеський та Бердянський міські голови підписали угоди з бурмістрами Слупська "
            "та Піли відповідно.",
            set(),
        ),
        # a resort is a town's head noun, in a list too
        (
            "Сквирська міська громада має партнерські відносини з польським містом Буско-Здруй та грузинським "
            "курортом Боржомі.",
            {("Сквирська міська громада", "Буско-Здруй"), ("Сквирська міська громада", "Боржомі")},
        ),
        # "відповідно" with the foreign heads named by office and holder between the towns
        (
            "Сквирський міський голова Іван Петренко та Узинський міський голова Олег Іваненко підписали "
            "угоди з мером Ополя Яном Ковальським та бургомістром Ряшева Адамом Новаком відповідно.",
            {("Сквирська міська громада", "Ополе"), ("Узинська міська громада", "Ряшів")},
        ),
        # "відповідно" with the last town unknown to the gazetteer: the others keep their places
        (
            "Сквирська, Узинська та Бердянська громади уклали угоди з литовськими містами Утена, Алітус та "
            "Сайрмеолі відповідно.",
            {("Сквирська міська громада", "Утена"), ("Узинська міська громада", "Алітус")},
        ),
        # two hromadas and two towns, one of them unknown to the gazetteer: nothing says who with whom
        (
            "Представники Сквирської та Бердянської громад обговорювали співпрацю з грузинськими курортами "
            "Цхалтубо та Сайрмеолі.",
            set(),
        ),
        # each item's own oblast, named after it, stays inside the list
        (
            "Сквирська міська громада з Київщини та Бердянська міська громада із Запорізької області "
            "підписали угоди з польськими містами Слупськ та Піла відповідно.",
            {("Сквирська міська громада", "Слупськ"), ("Бердянська міська громада", "Піла")},
        ),
        # the city after "з районом X," is the district's container, not a second partner
        (
            "Сквирська міська громада підписала меморандум з районом Ліндау, Мюнхен.",
            {("Сквирська міська громада", "Ліндау")},
        ),
        # ... and so is the city in the genitive after a district's name ("район X турецького Y")
        (
            "Сквирська міська громада та район Борнова турецького Ізміра підписали угоду про партнерство.",
            {("Сквирська міська громада", "Борнова")},
        ),
        # an appositive after a comma describes the name before the comma: a foreign town's own twin
        ("Фестиваль у Сквирі відвідали гості з Торуня, міста-побратима Гетеборга.", set()),
        (
            "Фестиваль відвідали гості зі Сквири, міста-побратима Гетеборга.",
            {("Сквирська міська громада", "Гетеборг")},
        ),
    ],
)
def test_what_a_link_ties_and_what_it_does_not(extractor, body, expected):
    assert pairs(facts(extractor, body)) == expected


def test_the_popes_title_is_never_a_town(extractor):
    found = facts(
        extractor,
        "Польське місто Вадовиці, відоме як батьківщина Папи Римського Івана Павла ІІ, уклало угоду про "
        "партнерство зі Сквирською міською громадою.",
    )
    assert "Папа" not in {partner for _, partner, *_ in found}


def test_a_person_after_an_office_is_never_a_place(extractor):
    found = facts(
        extractor,
        "Скадовський міський голова та мер району Шпандау Томас Мюллер підписали меморандум про співпрацю.",
    )
    assert not {partner for _, partner, *_ in found} & {
        "Томас",
        "Мюллер",
        "Томас Мюллер",
        "Шпандау Томас Мюллер",
    }


def test_one_country_in_parentheses_serves_its_whole_group(extractor):
    found = facts(
        extractor,
        "Громада має угоди про побратимство з 4 громадами: Нарва (Естонія), Пулави, Сандомир (Польща) та "
        "Орадя (Румунія).",
        owner=SKVYRA,
    )
    assert {(partner, country) for _, partner, country, *_ in found} == {
        ("Нарва", "EE"),
        ("Пулави", "PL"),
        ("Сандомир", "PL"),
        ("Орадя", "RO"),
    }


def test_a_negated_stop_is_no_termination():
    from parsers.facts.cues import status_of

    assert (
        status_of("Угоду підписано у 2008 році, а обмін делегаціями не припинявся навіть у пандемію.")
        == "signed"
    )
    assert status_of("Рада припинила дію угоди про побратимство.") == "terminated"


def test_a_partner_spelled_two_ways_is_one_partner(extractor):
    found = facts(
        extractor,
        "Мелітополь підписав меморандум про співпрацю з англійським містом Вустер. Мелітопольська міська "
        "громада та місто Вустєр, графство Вустершир (Велика Британія), підписали меморандум про співпрацю.",
    )
    assert {(ua, country) for ua, _, country, *_ in found} == {("Мелітопольська міська громада", "GB")}
    assert len(found) == 1


def test_a_hromada_named_by_its_area_or_its_office(extractor):
    assert pairs(
        facts(
            extractor, "Делегація Верховинщини підписала угоду про співпрацю з польською ґміною Кросьценко."
        )
    ) == {("Верховинська селищна громада", "Кросьценко")}
    # an oblast's area noun is not a hromada
    assert (
        facts(extractor, "Делегація Рівненщини підписала угоду про співпрацю з польською ґміною Кросьценко.")
        == set()
    )
    # the town of a foreign office, in the genitive, with no country named anywhere
    assert pairs(
        facts(
            extractor, "Мелітопольський міський голова та бургомістр Торуня підписали угоду про партнерство."
        )
    ) == {("Мелітопольська міська громада", "Торунь")}


def test_a_dash_joins_two_lists_only_when_nothing_else_stands_between(extractor):
    found = facts(
        extractor,
        "Угоду про побратимство підписали мер Торуня та Сквирський міський голова, а меморандум — мер "
        "Кошаліна та Васильківський міський голова.",
    )
    assert ("Сквирська міська громада", "Кошалін") not in pairs(found)
    assert pairs(
        facts(extractor, "Мелітополь підписав угоду з Торунем, а Бердянськ – меморандум з Кошаліном.")
    ) == {
        ("Мелітопольська міська громада", "Торунь"),
        ("Бердянська міська громада", "Кошалін"),
    }


def test_a_word_between_the_tie_and_its_with_governs_the_place(extractor):
    found = facts(
        extractor,
        "Після того як Сквира підписала угоду з Торунем, до співпраці долучилися підприємці з Кошаліна.",
    )
    assert pairs(found) == {("Сквирська міська громада", "Торунь")}


def test_a_region_named_after_an_old_country_does_not_name_that_country(extractor):
    found = facts(
        extractor,
        "Сквирська міська громада уклала угоду про партнерство з містом Галіфакс, провінція Нова Шотландія "
        "(Канада).",
    )
    assert {(partner, country) for _, partner, country, *_ in found} == {("Галіфакс", "CA")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "X та Y – давні побратими": a dash stands for "є"
        ("Сквира та польський Ольштин – давні побратими.", {("Сквирська міська громада", "Ольштин")}),
        # "співпраця X з Y": the Ukrainian side stands between the tie noun and "з"
        (
            "Співпраця Сквири з польським Ольштином триває з 2016 року.",
            {("Сквирська міська громада", "Ольштин")},
        ),
        ("Співпраця Сквири з фондом з польського Ольштина триває з 2016 року.", set()),
        # a relative clause after the partner names the tie with the subject
        (
            "Сквирська громада отримала допомогу від польського Ольштина, з яким має угоду про партнерство.",
            {("Сквирська міська громада", "Ольштин")},
        ),
        ("Делегація Сквири відвідала польський Ольштин, з яким Гданськ має угоду про партнерство.", set()),
        (
            "Сквирські школярі поїхали до польського Ольштина, з яким у громади немає угоди про партнерство.",
            set(),
        ),
    ],
)
def test_links_stated_without_a_signing_verb(extractor, body, expected):
    assert pairs(facts(extractor, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # ", Y – з X" is a clause of its own: X is Y's partner only
        (
            "Узинська міська громада уклала угоду з польським Ольштином, Сквирська – з Торунем, а "
            "Білоцерківська – з Гданськом.",
            {
                ("Узинська міська громада", "Ольштин"),
                ("Сквирська міська громада", "Торунь"),
                ("Білоцерківська міська громада", "Гданськ"),
            },
        ),
        # a town whose name is also a country's, after another country's adjective
        (
            "Сквирська міська громада веде переговори з австрійським Вельсом про укладення угоди.",
            {("Сквирська міська громада", "Вельс")},
        ),
        # a vowel that drops in the oblique cases
        (
            "Сквирська міська громада підписала угоду про партнерство з польським Болеславцем.",
            {("Сквирська міська громада", "Болеславець")},
        ),
        # a town whose genitive reads like an adjective is a name when no noun follows it
        (
            "Сквирський міський голова та мер Отвоцька підписали угоду про партнерство.",
            {("Сквирська міська громада", "Отвоцьк")},
        ),
        (
            "Сквирська міська громада підписала угоди з бурмістрами Пултуська, Радомська та Плонська "
            "(Польща).",
            {
                ("Сквирська міська громада", "Пултуськ"),
                ("Сквирська міська громада", "Радомсько"),
                ("Сквирська міська громада", "Плонськ"),
            },
        ),
        # ... and an adjective when one does, after the others coordinated with it
        (
            "Сквирська міська громада та Отвоцька лікарня підписали угоду про співпрацю.",
            set(),
        ),
        # the body of a district signs for it, in the genitive
        (
            "Сквирська міська громада та самоврядування Тракайського району (Литва) уклали угоду про "
            "співпрацю.",
            {("Сквирська міська громада", "Тракайський район")},
        ),
    ],
)
def test_clauses_names_and_regions(extractor, body, expected):
    assert pairs(facts(extractor, body)) == expected


def test_a_title_naming_a_region_partner_by_its_seat_adds_no_second_partner(extractor):
    article = news_article(
        "Сквирська міська громада та самоврядування Тракайського району (Литва) уклали угоду про співпрацю.",
        title="Сквира та литовський Тракай підписали угоду про співпрацю",
    )
    assert {f.partner.name_uk for f in extractor.extract(article)} == {"Тракайський район"}


def test_a_country_written_in_lower_case_by_choice_still_names_the_country(extractor):
    found = facts(
        extractor,
        "Сквирська міська рада розірвала угоду про побратимство з Гомелем (білорусь) та Брянськом (росія).",
    )
    assert {(partner, country, status) for _, partner, country, _, status, _ in found} == {
        ("Гомель", "BY", "terminated"),
        ("Брянськ", "RU", "terminated"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a list of dash pairs continues the sentence about the agreements before it
        (
            "Громади уклали угоди про партнерство з ґмінами Підкарпатського воєводства. Нові пари такі: "
            "Сквира — Ольштин; Узин — Торунь.",
            {("Сквирська міська громада", "Ольштин"), ("Узинська міська громада", "Торунь")},
        ),
        # scores are no pairs of towns
        (
            "Громади підписали угоди про партнерство. Результати матчів: Сквира — Ольштин 2:1; Узин — "
            "Торунь 0:3.",
            set(),
        ),
        # a list of pairs with nothing about agreements before it
        ("Маршрут естафети такий: Сквира — Ольштин; Узин — Торунь.", set()),
    ],
)
def test_a_list_of_pairs_continues_the_sentence_before(extractor, body, expected):
    assert pairs(facts(extractor, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a town the dictionary lists as a plain noun, at a sentence start, with its country named
        ("Ольштин став третім польським партнером Сквирської громади.", ("Ольштин", "signed")),
        ("Сквира і Ольштин (Польща) стали містами-побратимами.", ("Ольштин", "signed")),
        ("Відтепер Сквира та Ольштин (Польща) – партнерські міста.", ("Ольштин", "signed")),
        # an anniversary of the tie says it exists
        ("Сквира та польський Ольштин відзначили 10-річчя побратимства.", ("Ольштин", "signed")),
        ("Сквира та польський Ольштин відзначили 10 років партнерства.", ("Ольштин", "signed")),
        ("Сквира отримала нового побратима – польський Ольштин.", ("Ольштин", "signed")),
        # a delegation from the hromada signs for it
        (
            "Делегація зі Сквири побувала в Польщі, де підписала угоду про побратимство з містом Ольштин.",
            ("Ольштин", "signed"),
        ),
        # a city's district as the partner, after its unit word
        (
            "Сквирська громада уклала угоду про партнерство з дільницею Мокотів (Польща).",
            ("Мокотів", "signed"),
        ),
        # the partner fronted with "з", the hromada its subject right after it
        ("З польським Ольштином Сквира є побратимами з 2016 року.", ("Ольштин", "signed")),
        # partnership ties the hromada has now say the tie exists
        ("Сквирська громада має тісні партнерські зв'язки з польським Ольштином.", ("Ольштин", "signed")),
        # a decision to conclude an agreement is a plan, not a signing
        (
            "Депутати Сквирської міської ради підтримали укладання угоди про співпрацю з польським Ольштином.",
            ("Ольштин", "planned"),
        ),
    ],
)
def test_ways_to_say_the_tie(extractor, body, expected):
    found = facts(extractor, body)
    assert {(partner, status) for ua, partner, _, _, status, _ in found} == {expected}
    assert {ua for ua, *_ in found} == {"Сквирська міська громада"}


def test_an_agreement_about_cooperation_does_not_say_the_cooperation_exists(extractor):
    body = "Угода про співпрацю з польським Ольштином стосуватиметься освіти, каже Сквирський міський голова."
    assert facts(extractor, body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "з X-ською та Y-ською громадами, а також з Z-ською": every one of them
        (
            "Сквирська міська громада підписала меморандуми про партнерство з Узинською та Кагарлицькою "
            "міськими громадами, а також з Ірпінською міською громадою.",
            {
                ("Сквирська міська громада", "Узинська міська громада"),
                ("Сквирська міська громада", "Кагарлицька міська громада"),
                ("Сквирська міська громада", "Ірпінська міська громада"),
            },
        ),
        # a list of domestic dash pairs after the memoranda it names
        (
            "На форумі громад підписано меморандуми про партнерство, і тепер є такі пари: Сквира — Ірпінь; "
            "Узин — Ірпінь.",
            {("Сквирська міська громада", "Ірпінь"), ("Узинська міська громада", "Ірпінь")},
        ),
        # the partnerships a list of dash pairs opens pair its hromadas, though the document is told later
        (
            "Після форуму народилися такі партнерства: Сквира — Ірпінь; Узин — Кагарлик. Меморандуми "
            "підписали голови громад.",
            {("Сквирська міська громада", "Ірпінь"), ("Узинська міська громада", "Кагарлик")},
        ),
    ],
)
def test_domestic_partners_in_lists(extractor, body, expected):
    found = facts(extractor, body)
    assert {(ua, partner) for ua, partner, country, *_ in found if country == "UA"} == expected


def test_a_spaced_dash_inside_a_compound_name_is_its_hyphen(extractor):
    found = facts(
        extractor,
        "Громади уклали угоди про партнерство з французькими містами. Нові пари такі: Сквира — Сен — "
        "Жан-де-Люз; Узин — Жиф-сюр-Іветт.",
    )
    assert pairs(found) == {
        ("Сквирська міська громада", "Сен-Жан-де-Люз"),
        ("Узинська міська громада", "Жиф-сюр-Іветт"),
    }


def test_the_evidence_keeps_the_sentence_as_written(extractor):
    article = news_article(
        "Громади уклали угоди про партнерство. Пари такі: Сквира — Сен — Жан-де-Люз; Узин — Жиф-сюр-Іветт."
    )
    evidence = {e for fact in extractor.extract(article) for e in fact.evidence}
    assert evidence == {"Пари такі: Сквира — Сен — Жан-де-Люз; Узин — Жиф-сюр-Іветт."}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a list of pairs in quoted speech is read like any sentence
        (
            "Громади уклали угоди про партнерство з французькими містами. Організатори сказали так: «Вже "
            "народилися нові партнерства: Сквира — Жиф-сюр-Іветт; Узин — Сен — Жан-де-Люз».",
            {("Сквирська міська громада", "Жиф-сюр-Іветт"), ("Узинська міська громада", "Сен-Жан-де-Люз")},
        ),
        # an office's town of two words, then its holder
        (
            "Сквирський міський голова та мер міста Стальова Воля Ян Новак підписали угоду про "
            "співпрацю між Сквирською міською громадою та польським містом Стальова Воля.",
            {("Сквирська міська громада", "Стальова Воля")},
        ),
        # a province in the genitive after "центр" is where the partner lies
        (
            "Місто Рованіемі, адміністративний центр фінської провінції Лапландія, уклало угоду про "
            "побратимство зі Сквирською міською громадою.",
            {("Сквирська міська громада", "Рованіемі")},
        ),
        # an insertion that describes the subject names no side
        (
            "Узинська міська громада, сусідка Сквири та Білої Церкви, веде переговори з польським "
            "Ольштином щодо угоди про партнерство.",
            {("Узинська міська громада", "Ольштин")},
        ),
        # "його X-ський колега – з Y": the colleague's hromada is the side of the elliptical clause
        (
            "Узинський міський голова уклав угоду про партнерство з польським Ольштином, а його "
            "сквирський колега – з Торунем.",
            {("Узинська міська громада", "Ольштин"), ("Сквирська міська громада", "Торунь")},
        ),
    ],
)
def test_speech_offices_insertions_and_regions(extractor, body, expected):
    assert pairs(facts(extractor, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "З 2023 року побратимом громади є литовське місто Алітус.",
            {("Сквирська міська громада", "Алітус")},
        ),
        (
            "Громада отримала допомогу від міста-побратима Ольштина (Польща).",
            {("Сквирська міська громада", "Ольштин")},
        ),
        (
            "До громади завітали гості з німецького Зуля. Зуль є нашим містом-партнером з 2016 року.",
            {("Сквирська міська громада", "Зуль")},
        ),
        # another town's twin is not the site's
        ("Громаду відвідали гості з Торуня, міста-побратима Гетеборга (Швеція).", set()),
    ],
)
def test_a_council_sites_own_twin(extractor, body, expected):
    assert pairs(facts(extractor, body, owner=SKVYRA)) == expected


def test_ties_the_hromada_had_once_do_not_say_the_tie_exists(extractor):
    body = "Сквирська громада мала партнерські зв'язки з польським Ольштином, але вони згасли."
    assert facts(extractor, body) == set()


def test_a_side_in_a_later_clause_with_its_own_partner_does_not_reach_back(extractor):
    body = "Громада підписала угоду з Торунем, а Узин — з Кошаліном."
    found = facts(extractor, body, owner=SKVYRA)
    assert pairs(found) == {("Узинська міська громада", "Кошалін")}


def test_a_twin_named_after_another_foreign_place_may_be_that_places(extractor):
    body = "Мер Торуня подякував громаді за співпрацю та запросив на День міста-побратима Кошаліна."
    assert facts(extractor, body, owner=SKVYRA) == set()
    body = "Мер Торуня запросив громаду на День нашого міста-побратима Кошаліна."
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Сквирська міська громада", "Кошалін")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a hromada in the genitive after a noun that does not act is not who signed
        (
            "Сквирська громада підписала угоду з Торунем у присутності делегації Узинської громади.",
            {("Сквирська міська громада", "Торунь")},
        ),
        (
            "За прикладом Узинської громади Сквирська громада підписала угоду про партнерство з Торунем.",
            {("Сквирська міська громада", "Торунь")},
        ),
        # the office that opens the clause acts for its hromada
        (
            "Голова Узинської громади підписав угоду з Торунем у присутності делегації Сквирської громади.",
            {("Узинська міська громада", "Торунь")},
        ),
        # co-signers listed together both act
        (
            "Сквирська та Узинська громади підписали угоди про партнерство з Торунем.",
            {("Сквирська міська громада", "Торунь"), ("Узинська міська громада", "Торунь")},
        ),
    ],
)
def test_the_side_of_a_partner_with_z_is_who_acts(extractor, body, expected):
    assert pairs(facts(extractor, body)) == expected


def test_a_sentence_after_a_word_for_partners_and_a_colon_is_no_list(extractor):
    body = "Приклад сусідів надихнув громаду шукати партнерів: Узинська громада вже співпрацює з Торунем."
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Узинська міська громада", "Торунь")}


def test_a_paragraph_about_the_partner_gives_its_own_ties_not_the_sites(extractor):
    body = (
        "Сквирська громада уклала угоду про партнерство з польським Торунем.\n"
        "Торунь – місто на Віслі з населенням 200 тисяч. Місто має партнерські зв'язки з польськими "
        "Кошаліном і Ольштином, а цього року вперше уклало угоду з громадою в Україні.\n"
        "Торунь – давній партнер Полтави. Місто стало побратимом нашої громади у 2019 році."
    )
    found = facts(extractor, body, owner=SKVYRA)
    assert {partner for ua, partner, *_ in found if ua == "Сквирська міська громада"} == {"Торунь"}


def test_a_short_name_the_article_already_resolved_is_that_place(extractor):
    body = (
        "Сквирський міський голова поділився досвідом співпраці з угорським Печем. Сквирська громада та "
        "Печ є побратимами з 2017 року."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Печ")}
    assert facts(extractor, "Сквирська громада та Печ є побратимами з 2017 року.") == set()


def test_an_owner_list_laid_out_in_lines_is_one_list(extractor):
    body = (
        "Сквирська громада має чинні угоди про партнерство з такими громадами:\n"
        "Польща – Ольштин, Торунь;\n"
        "Литва – Алітус.\n"
        "Угоди підписано у 2021–2024 роках."
    )
    found = facts(extractor, body)
    assert pairs(found) == {
        ("Сквирська міська громада", "Ольштин"),
        ("Сквирська міська громада", "Торунь"),
        ("Сквирська міська громада", "Алітус"),
    }
    assert {link for *_, link in found} == {"owner_list"}


def test_each_line_of_an_owner_list_gives_its_own_document_and_year(extractor):
    body = (
        "Станом на початок 2025 року Сквирська громада має чинні угоди з такими містами:\n"
        "Ольштин (Польща) – угода про партнерство, підписана у 2019 році;\n"
        "Алітус (Литва) – меморандум про співпрацю 2023 року;\n"
        "Торунь, Плоцьк (Польща) – угоди про співпрацю 2021 та 2022 років."
    )
    article = news_article(body, published="2025-03-01")
    found = {f.partner.name_uk: (f.relation, f.event_date) for f in extractor.extract(article)}
    assert found == {
        "Ольштин": ("partnership", "2019"),
        "Алітус": ("memorandum", "2023"),
        "Торунь": ("cooperation", None),  # two years for two towns: which is whose is not said
        "Плоцьк": ("cooperation", None),
    }


def test_a_council_session_speaks_of_the_sites_own_hromada(extractor):
    body = (
        "Рішенням сесії розірвано угоду про побратимство з російським містом Курськ та угоду про "
        "співпрацю з білоруським Гомелем."
    )
    found = facts(extractor, body, owner=SKVYRA)
    assert {(partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Курськ", "terminated"),
        ("Гомель", "terminated"),
    }


def test_an_owner_list_may_open_with_a_count_and_a_colon_after_is(extractor):
    body = (
        "Побратимами Сквири сьогодні є 3 міста: Ольштин (Польща), Нансі (Франція) та українська громада – "
        "Лозова."
    )
    side = "Сквирська міська громада"
    found = facts(extractor, body, owner=SKVYRA)
    assert pairs(found) == {(side, "Ольштин"), (side, "Нансі"), (side, "Лозова")}
    assert {link for *_, link in found} == {"owner_list"}


def test_a_hromada_that_has_no_agreement_and_plans_none_gives_no_fact(extractor):
    body = (
        "Молодь Сквири поїхала на обмін до Торуня. Угод про партнерство з Торунем у Сквирі немає, і "
        "громада їх не планує."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()
    assert facts(extractor, "Угоду про партнерство з Торунем громада не планує підписувати.", SKVYRA) == set()


def test_an_owner_list_may_name_its_range_from_one_town_to_another(extractor):
    body = (
        "Сквира має понад десять міст-партнерів у різних країнах, від польських Ольштина і Торуня до "
        "литовського Алітуса."
    )
    side = "Сквирська міська громада"
    found = facts(extractor, body)
    assert pairs(found) == {(side, "Ольштин"), (side, "Торунь"), (side, "Алітус")}
    assert {link for *_, link in found} == {"owner_list"}
    assert (
        facts(extractor, "Сквира співпрацює з партнерами, від шкіл до лікарень, уже десять років.") == set()
    )


def test_a_moldovan_municipality_word_names_a_town(extractor):
    body = "Сквирська міська громада та муніципій Кагул (Республіка Молдова) уклали угоду про партнерство."
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Кагул")}


def test_partner_towns_are_partners_and_twins_are_twins():
    assert relation_of("Сквира має кілька міст-партнерів, серед них – польський Ольштин.") == "partnership"
    assert relation_of("Сквира має кілька міст-побратимів, серед них – польський Ольштин.") == "twinning"


def test_a_district_is_the_partner_and_its_city_only_says_where_it_is(extractor):
    side = "Сквирська міська громада"
    named = "Сквирська громада уклала угоду про партнерство з районом австрійського Відня – Деблінгом."
    assert pairs(facts(extractor, named)) == {(side, "Деблінг")}
    unnamed = "Сквирська громада уклала угоду про партнерство з районом австрійського Відня."
    assert facts(extractor, unnamed) == set()  # the city that contains an unnamed district is no partner


def test_a_place_inside_a_quoted_organisation_name_is_no_side(extractor):
    body = "Узинська громада підписала меморандум із фондом «Розвиток Сквири» про спільні проєкти."
    assert facts(extractor, body) == set()


def test_a_title_about_several_hromadas_of_a_place_names_no_side(extractor):
    article = news_article(
        "«Партнерство з Торунем – це наше майбутнє», – сказав голова.",
        title="Дві громади Сквири отримали польських партнерів",
    )
    assert extractor.extract(article) == []


def test_an_institutions_tie_is_not_the_hromadas(extractor):
    body = (
        "Сквирська громада шукає партнерів за кордоном, а місцевий туристичний центр співпрацює з "
        "польським Торунем."
    )
    assert facts(extractor, body) == set()
    school = "Сквирський ліцей уклав угоду про співпрацю з гімназією польського міста Торунь."
    assert facts(extractor, school, owner=SKVYRA) == set()


def test_co_subjects_that_mean_to_become_twins_are_linked(extractor):
    body = (
        "Голови підписали меморандум про наміри, яким Сквирська міська громада та польське місто Торунь "
        "декларують намір стати містами-побратимами."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Торунь")}


def test_a_tie_signed_after_another_was_ended_is_signed(extractor):
    body = "Сквира розірвала зв'язки з російським Курськом і підписала угоду з польським Торунем."
    found = {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)}
    assert found == {("Курськ", "terminated"), ("Торунь", "signed")}


def test_co_subjects_may_have_an_insertion_between_them(extractor):
    body = "Місто Торунь, представлене мером, та Сквирська міська громада уклали угоду про партнерство."
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Торунь")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Сквира припинила співпрацю з російським Курськом, натомість підписала угоду з естонським Пярну.",
            {("Курськ", "terminated"), ("Пярну", "signed")},
        ),
        (
            "Депутати Сквири пропонують розірвати угоди з містами-побратимами Курськ та Орел, а співпрацю "
            "з польським Торунем продовжити.",
            {("Курськ", "terminated"), ("Орел", "terminated"), ("Торунь", "signed")},
        ),
    ],
)
def test_a_clause_set_against_an_ending_with_its_own_verb_is_not_ended(extractor, body, expected):
    found = {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)}
    assert found == expected


def test_a_name_two_big_towns_of_two_countries_share_is_not_taken_without_a_country(extractor):
    body = "Сквирська громада ухвалила рішення про розірвання угоди з Брестом."
    assert facts(extractor, body) == set()
    named = "Сквирська громада ухвалила рішення про розірвання угоди з білоруським Брестом."
    assert {(partner, country) for _, partner, country, *_ in facts(extractor, named)} == {("Брест", "BY")}


@pytest.mark.parametrize(
    "body",
    [
        "Угоду уклали Сквирська міська громада та польська ґміна Ярослав.",
        "Підписання відбулося у Варшаві: угоду уклали Сквирська громада та ґміна Ярослав.",
    ],
)
def test_signers_named_after_the_verb_that_concluded_are_linked(extractor, body):
    assert facts(extractor, body) == {
        ("Сквирська міська громада", "Ярослав", "PL", "cooperation", "signed", "signing")
    }


def test_a_foreign_partners_own_twins_leave_the_rest_of_the_sentence_paired(extractor):
    body = "Сквира уклала угоду про побратимство з Плоцьком, побратимами якого також є Ашдод та Фюрт."
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Плоцьк")}


def test_an_estonian_or_latvian_rural_municipality_is_a_partner_named_after_its_seat(extractor):
    body = "Сквирська громада уклала угоду про співпрацю з естонською волостю Саку."
    assert facts(extractor, body) == {
        ("Сквирська міська громада", "Саку", "EE", "cooperation", "signed", "signing")
    }


def test_an_ended_tie_is_not_dated_by_the_year_it_was_made(extractor):
    body = "Рада підтримала розірвання угоди з містом Рязань, з яким Сквира побраталася у 1998 році."
    article = news_article(body)
    found = [(f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article)]
    assert found == [("Рязань", "terminated", None)]


def test_a_foreign_subjects_partners_are_its_own_not_the_title_hromadas(extractor):
    title = "Польське Ополе стало побратимом Сквири"
    body = (
        f"{title}.\nБургомістр Ополя нагадав, що Ополе вже має партнерські угоди зі словацьким містом "
        "Попрад та чеським містом Оломоуць, а тепер приєднується до міст, які мають побратимів в Україні."
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(news_article(body, title=title))}
    assert found == {("Сквирська міська громада", "Ополе")}


@pytest.mark.parametrize(
    "body",
    [
        "Угоду про партнерство підписали мер угорського міста Іштван Шандор Надь та Сквирський міський голова.",
        "Угоду про партнерство підписали мер міста Ференц Баркоці та Сквирський міський голова.",
    ],
)
def test_a_name_the_gazetteer_lacks_after_an_office_and_its_town_word_is_the_holder(extractor, body):
    assert facts(extractor, body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Перше місце посіла Сквирська громада за спільний з польськими партнерами проєкт, друге – "
        "Білоцерківська громада, третє – Фастівська.",
        "Окрім Сквири, на форумі угоди з польськими ґмінами підписали ще дві українські громади – "
        "Білоцерківська та Фастівська.",
    ],
)
def test_a_dash_after_a_clause_of_its_own_opens_no_partner_list(extractor, body):
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_relative_clause_about_the_partners_still_opens_their_list(extractor):
    body = (
        "Сквирська громада має партнерські зв'язки з двома містами, з якими має чинні угоди: Ополе та Пярну."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ополе"),
        ("Сквирська міська громада", "Пярну"),
    }


def test_a_two_word_town_before_its_regions_adjective_is_read_whole(extractor):
    body = (
        "Депутати Сквирської громади проголосували за розірвання угоди про дружбу з російським містом "
        "Новий Оскол Бєлгородської області."
    )
    assert {(p, c, s) for _, p, c, _, s, _ in facts(extractor, body)} == {("Новий Оскол", "RU", "terminated")}


def test_a_place_set_aside_with_okrim_is_no_side_of_the_sentence(extractor):
    body = (
        "Окрім польського Ополя, Сквирська громада має угоди про співпрацю з громадами України: з 2023 року "
        "діє угода з Фастівською міською громадою."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Фастівська міська громада")}


def test_a_title_place_after_a_direction_is_where_not_whose(extractor):
    title = "Громади на південь від Білої Церкви отримали партнерів у Польщі"
    body = f"{title}.\nУгоду з Фастівською громадою там підписали ще у червні."
    assert extractor.extract(news_article(body, title=title)) == []


@pytest.mark.parametrize(
    "body",
    [
        "Депутати відхилили петицію про розірвання угоди про співпрацю з грузинським містом Поті, укладеної Сквирою.",
        "Пропозицію Сквири розірвати угоду з вірменським містом Ванадзор депутати не підтримали: угода діє.",
        "Сквирська громада не набрала голосів для розірвання угоди з вірменським містом Ванадзор.",
        "Угоду між Сквирою та грузинським містом Поті розривати немає підстав, зазначили в раді.",
        "Сквира і польське місто Ополе не є містами-побратимами, хоча між ними курсує автобус.",
        "Один із сайтів помилково назвав польське Ополе побратимом Сквири.",
        "Угода про партнерство між Сквирою та польським містом Ополе була готова, але її так і не підписали.",
        "Сквира підписала б угоду з польським містом Ополе, якби не війна.",
    ],
)
def test_a_tie_denied_abandoned_or_whose_ending_was_rejected_gives_no_fact(extractor, body):
    assert facts(extractor, body) == set()


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Сквира готова підписати з польським містом Ополе угоду про партнерство вже восени.", "planned"),
        (
            "Підписання меморандуму між Сквирською громадою та польським містом Ополе, яке планували на "
            "січень, перенесли на невизначений термін.",
            "planned",
        ),
        (
            "Угода про партнерство між Сквирою та польським містом Ополе, підписана у 2023 році, діє, і "
            "цього року громади планують обмін школярами.",
            "signed",
        ),
        (
            "Мер узяв участь в урочистостях з нагоди підписання угоди про партнерство між Сквирською "
            "громадою та польським містом Ополе.",
            "signed",
        ),
        # continuing the work is no renewal of the agreement; a renewal names its object or term
        (
            "У 2024 році Сквира продовжила співпрацю з містами-партнерами: Ополе (Польща) та Пярну (Естонія).",
            "signed",
        ),
        ("Сквира та польське місто Ополе продовжили ще на п'ять років угоду про партнерство.", "renewed"),
        (
            "Сквирська міська рада та польське місто Ополе підписали оновлену угоду про партнерство.",
            "renewed",
        ),
    ],
)
def test_the_status_is_the_ties_not_a_plan_for_something_else(extractor, body, status):
    assert {s for *_, s, _ in facts(extractor, body)} == {status}


def test_foreign_towns_listed_beside_our_hromadas_as_one_towns_twins_are_not_our_partners(extractor):
    body = (
        "Польське Ополе, своєю чергою, є побратимом Сквири та Фастова, а також німецького Інгольштадта "
        "та французького Бельфора."
    )
    assert ("Сквирська міська громада", "Інгольштадт") not in pairs(facts(extractor, body))
    assert ("Фастівська міська громада", "Бельфор") not in pairs(facts(extractor, body))


def test_a_foreign_towns_relative_clause_tells_its_own_partners(extractor):
    body = (
        "Ополе, що є також партнером німецького Інгольштадта та французького Бельфора, першим серед "
        "польських міст надіслав Сквирі допомогу у 2022 році."
    )
    assert facts(extractor, body) == set()


@pytest.mark.parametrize("first_name", ["Богдан", "Максим", "Назар"])  # the last two are guards
def test_a_common_first_name_the_dictionary_does_not_tag_is_no_town(extractor, first_name):
    body = (
        f"Сквирський міський голова і примар румунського міста Радівці (Rădăuți) {first_name} Лошонці "
        "підписали угоду про партнерство."
    )
    assert {p for _, p, *_ in facts(extractor, body)} == {"Радівці"}


def test_a_dash_clause_with_its_own_verb_is_no_elliptical_tie(extractor):
    body = (
        "Фастів давно співпрацює з молдовським містом Сороки, а Сквира – з Сороками через річку "
        "налагодила автобусне сполучення."
    )
    assert ("Сквирська міська громада", "Сороки") not in pairs(facts(extractor, body))


def test_the_word_after_a_persons_first_name_is_the_surname_not_a_town(extractor):
    body = (
        "Сквирський міський голова та мер словацького міста Тренчин Рудольф Іржі підписали угоду про "
        "партнерство, яку підготували разом з німецькими та польськими експертами."
    )
    assert {p for _, p, *_ in facts(extractor, body)} == {"Тренчин"}


def test_two_sides_and_two_partners_with_nothing_that_pairs_them_give_no_fact(extractor):
    body = (
        "Сквирська і Фастівська громади провели переговори з польськими ґмінами Ополе та Ниса, але угоди "
        "поки не підписані."
    )
    assert facts(extractor, body) == set()
    joint = "Сквирська та Фастівська громади підписали спільний меморандум з ґмінами Ополе та Ниса."
    assert len(pairs(facts(extractor, joint))) == 4


def test_where_a_relocated_administration_works_is_no_side(extractor):
    title = "Сквирська громада підтримує зв'язки з литовським Тракаєм"
    body = (
        f"{title}.\nВійськова адміністрація громади, яка тимчасово працює у Фастові, підтримує контакти з "
        "литовським містом Тракай, з яким ще до війни було підписано меморандум про співпрацю."
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(news_article(body, title=title))}
    assert ("Фастівська міська громада", "Тракай") not in found


def test_the_towns_where_a_relocated_hromada_works_are_no_sides(extractor):
    body = (
        "Сквирська міська громада, що з 2022 року перебуває в окупації і працює в евакуації у Фастові та "
        "Білій Церкві, продовжила угоду про партнерство з польським містом Ополе."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Ополе")}


def test_a_partner_community_named_after_the_verb_to_be_is_the_hromadas_partner(extractor):
    body = "Польська ґміна Бохотниця є партнерською громадою Сквирської громади з 2021 року."
    assert facts(extractor, body) == {
        ("Сквирська міська громада", "Бохотниця", "PL", "partnership", "signed", "appositive")
    }


@pytest.mark.parametrize(
    "predicate", ["відтепер офіційно побратими", "тепер побратими", "віднині міста-побратими"]
)
def test_twins_as_the_predicate_without_a_verb_tie_both_subjects(extractor, predicate):
    body = f"Сквирська громада та польське місто Ополе {predicate}."
    assert {(u, p, s) for u, p, _, _, s, _ in facts(extractor, body)} == {
        ("Сквирська міська громада", "Ополе", "signed")
    }


@pytest.mark.parametrize(
    "body",
    [
        "Угода про партнерство між громадою та молдовським містом Унгени діє з 2021 року.",
        "Угода між нашою громадою та польським містом Ополе діє з 2019 року.",
    ],
)
def test_the_hromada_on_its_own_site_is_the_first_side_of_between(extractor, body):
    assert len(facts(extractor, body, owner=SKVYRA)) == 1
    assert facts(extractor, body) == set()  # a news site's "громада" is nobody in particular


def test_an_agreement_in_force_for_years_says_the_tie_exists(extractor):
    body = "Угода між Сквирою та польським Ополем діє вже понад десять років."
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Ополе", "signed")}
    lapsed = "Угода між Сквирою та польським Ополем не діє вже понад десять років."
    assert all(s != "signed" for _, _, _, _, s, _ in facts(extractor, lapsed))


@pytest.mark.parametrize(
    "body",
    [
        "Як стало відомо, ще навесні з естонським містом Рапла Сквирською громадою було підписано угоду.",
        "Торік з естонським Раплою Сквира уклала угоду про партнерство.",
    ],
)
def test_a_partner_fronted_after_words_of_when_links_to_the_side_after_it(extractor, body):
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Рапла")}


def test_a_potential_partner_is_no_signed_one(extractor):
    body = "Сквирська міська громада знайшла потенційного партнера — словацьке місто Бардіїв."
    assert all(s != "signed" for _, _, _, _, s, _ in facts(extractor, body))
    found = "Сквирська міська громада знайшла нового партнера — словацьке місто Бардіїв."
    assert {s for _, _, _, _, s, _ in facts(extractor, found)} == {"signed"}


def test_a_town_that_will_become_a_partner_is_no_signed_one(extractor):
    becomes = "Якщо домовленості з Литвою здійсняться, Алітус стане першим закордонним партнером Сквирської громади."
    assert all(s != "signed" for _, _, _, _, s, _ in facts(extractor, becomes))
    became = "Після підписання угоди Алітус став першим закордонним партнером Сквирської громади."
    assert {s for _, _, _, _, s, _ in facts(extractor, became)} == {"signed"}


def test_talks_in_another_clause_leave_the_listed_twins_signed(extractor):
    body = (
        "Наразі побратимами Сквири є Ополе (Польща) та Телаві (Грузія), а ще з кількома містами Литви "
        "тривають консультації."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {
        ("Ополе", "signed"),
        ("Телаві", "signed"),
    }


def test_the_region_a_partner_town_is_the_centre_of_is_no_partner(extractor):
    body = "Норвезьке місто Гамар, центр губернії Іннландет, цього літа стало партнером Сквири."
    assert {p for _, p, *_ in facts(extractor, body)} == {"Гамар"}


def test_the_holder_after_a_district_mayors_office_is_a_person(extractor):
    from parsers.facts.name_context import name_spans
    from parsers.facts.name_filters import names_after_an_office

    text = "У Варшаві бурмістр дільниці Бемово Урша Кєрзковська та Сквирський міський голова підписали меморандум."
    people = names_after_an_office(text, list(name_spans(text)))
    assert [text[start:end] for start, end in people] == ["Урша Кєрзковська"]


@pytest.mark.parametrize(
    "body",
    [
        "У Вільнюсі пройшов форум громад України та Литви. Підписи поставили: Сквирський міський голова "
        "Валентина Левківська та мер самоврядування Кельме Айдас Біржай – угода про співпрацю.",
        "На форумі громад України та Литви Сквирський міський голова Валентина Левківська та мер "
        "самоврядування Кельме Айдас Біржай підписали угоду про співпрацю.",
    ],
)
def test_a_holders_surname_after_the_town_and_a_first_name_is_no_town_of_its_own(extractor, body):
    assert {name for _, name in pairs(facts(extractor, body))} == {"Кельме"}  # not the surname's namesake


def test_a_holder_the_article_introduced_is_a_person_when_named_again_whatever_town_the_surname_is(extractor):
    body = (
        "До Сквири приїхала делегація на чолі з примарем міста Сорока Іоном Бузеу. Громада вже має досвід "
        "співпраці з румунськими партнерами. Сквирський міський голова Валентина Левківська та Іон Бузеу "
        "підписали угоду про співпрацю між громадою та містом Сорока."
    )
    assert {name for _, name in pairs(facts(extractor, body))} == {"Сорока"}


def test_a_holders_first_name_that_is_a_common_noun_and_a_country_is_no_part_of_the_town(extractor):
    body = (
        "На форумі чеських і українських громад меморандум про співпрацю підписали Сквирський міський голова "
        "Валентина Левківська та старостка міста Литомишль Гана Новакова."
    )
    assert {name for _, name in pairs(facts(extractor, body))} == {"Литомишль"}


def test_the_head_of_a_hromadas_military_administration_signs_for_the_hromada(extractor):
    body = (
        "Угоду підписали начальник Сквирської міської військової адміністрації Оксана Руденко та бургомістр "
        "польського Ряшева Конрад Фіялковський."
    )
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Ряшів")}


def test_a_quotes_we_is_the_hromada_whose_head_the_sentence_before_gave_as_the_speaker(extractor):
    body = (
        "Гості зі Словаччини приїхали на свято. Мирівський сільський голова Роман Гнатюк нагадав, як усе "
        "починалося. «У жовтні 2024 року ми підписали угоду про партнерство зі словацьким містом Ґіралтовце»."
    )
    found = {(f.ua.name_uk, f.partner.name_uk, f.status) for f in extractor.extract(news_article(body))}
    assert found == {("Мирівська сільська громада", "Ґіралтовце", "signed")}


def test_we_were_signing_told_as_a_time_far_before_the_verb_is_a_signing(extractor):
    body = (
        "Мирівська громада приймала гостей зі Словаччини. «Коли у травні 2019 року ми підписували угоду про "
        "партнерство з Ґіралтовцями, багато хто сумнівався», – розповів Мирівський сільський голова."
    )
    found = {(f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(news_article(body))}
    assert found == {("Ґіралтовці", "signed", "2019-05")}


def test_in_a_foreign_heads_column_named_at_the_titles_end_our_old_partners_are_the_columnists_towns(
    extractor,
):
    from parsers.pages.portal import parse_article_text

    text = (
        "«Дзвиняч дав нам більше, ніж ми йому»: колонка старости чеського міста Клатови\n"
        "09.09.2025 | Портал «Децентралізація» | Колонки\n\n"
        "Я хочу написати не про допомогу. Торік я зрозумів, що між нашими містами з'явилося щось більше. "
        "Дзвиняцькі музиканти зіграли на нашому святі, а наші пожежники навчали дзвиняцьких колег. Тож 3 травня "
        "2024 року в Дзвинячі я і сільська голова Олена Дзюба підписали угоду про партнерство між містом Клатови "
        "та Дзвиняцькою сільською громадою.\n\n"
        "У нас є й давні партнери – баварський Дегендорф, з яким Клатови пов'язує понад тридцять років дружби, і "
        "австрійський Шердінг. Цього року делегації з Дегендорфа та Дзвиняча вперше зустрілися на нашому святі."
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(parse_article_text(text))}
    assert found == {("Дзвиняцька сільська громада", "Клатови")}


def test_the_area_a_partner_hromada_comes_from_is_no_side_of_its_own(extractor):
    body = (
        "Наш сусід, польське місто Ланьцут, у червні підписав меморандум про співпрацю з Узинською громадою, "
        "теж із Білоцерківщини."
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert found == {("Узинська міська громада", "Ланьцут")}


_LANCUT_ENTRY = (
    "Ґміна Ланьцут (Республіка Польща, Підкарпатське воєводство). Угоду про партнерство підписано 22 серпня 2019 "
    "року."
)
_JONAVA_ENTRY = (
    "Місто Йонава (Литовська Республіка). Йонава вже має партнерів у Латвії. Сторони обмінялися проєктами угоди "
    "про співпрацю, переговори тривають."
)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Тут зібрано всі закордонні контакти громади, розкладені за етапами.",
            "Етап 1. Чинні угоди",
            _LANCUT_ENTRY,
            "Етап 2. Переговори",
            _JONAVA_ENTRY,
        ],
        ["Міста-партнери", "Чинні угоди", _LANCUT_ENTRY, "Переговори", _JONAVA_ENTRY],
    ],
)
def test_a_partner_page_by_numbered_stages_or_with_a_stage_right_under_its_heading(extractor, paragraphs):
    article = parse_article_text(
        "Міжнародна співпраця громади\n03.03.2026 | Сквирська міська рада | Співпраця\n"
        + "\n\n".join(paragraphs)
    )
    found = {
        (f.partner.name_uk, f.status, f.relation) for f in extractor.extract(article, owner_katottg=SKVYRA)
    }
    # the entry's relation is its document's, not the word for partners a sentence before it has
    assert found == {("Ланьцут", "signed", "partnership"), ("Йонава", "in_negotiation", "cooperation")}


def test_a_column_whose_lead_names_its_foreign_author_tells_the_authors_own_twins(extractor):
    text = (
        "Колонка партнера: «Сквира стала нам близькою»\n12.05.2026 | Сквирська міська рада | Партнерства\n"
        "Публікуємо колонку, яку спеціально для сайту громади написав бургомістр міста Ланьцут (Польща) Ян Новак."
        "\n\nДва роки тому я вперше приїхав до Сквири. У 2024 році я і міська голова підписали угоду про "
        "партнерство між Ланьцутом та Сквирською громадою.\n\nНаші міста-побратими — Зволен у Словаччині та Турку "
        "у Фінляндії — теж долучилися: вони передали через нас два генератори. Але це давні друзі, з якими "
        "Ланьцут товаришує вже тридцять років."
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk)
        for f in extractor.extract(parse_article_text(text), owner_katottg=SKVYRA)
    }
    assert found == {("Сквирська міська громада", "Ланьцут")}


def test_the_objects_of_with_in_two_clauses_of_one_subject_are_not_each_others_partners(extractor):
    body = (
        "Гості з Ряшева відвідали Сквиру. Бургомістр розповів, що місто вже двадцять років співпрацює з угорським "
        "містом Ньїредьгаза, а тепер хоче так само дружити і зі Сквирою."
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert ("Сквирська міська громада", "Ньїредьгаза") not in found


def test_signers_after_a_venue_named_by_a_voivodeships_adjective_sign_in_pairs_in_poland(extractor):
    body = (
        "У залі Підкарпатського воєводського управління угоди про співпрацю підписали Сквирський міський голова "
        "Валентина Левківська та бурмістр Ланьцута Ян Новак; Узинський міський голова Ігор Ткач та бурмістр "
        "Соколова-Малопольського Марек Ковальчик."
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(news_article(body))}
    assert found == {
        ("Сквирська міська громада", "Ланьцут"),
        ("Узинська міська громада", "Соколов-Малопольський"),  # a small town: the voivodeship says Poland
    }


def test_a_town_a_distance_is_measured_from_is_a_landmark_not_a_partner(extractor):
    body = (
        "Угоду про партнерство уклали Сквира та Ополе-Любельське. Партнер Сквири — невелике місто "
        "Ополе-Любельське за пів сотні кілометрів від Любліна."
    )
    assert "Люблін" not in {name for _, name in pairs(facts(extractor, body))}


def test_a_partners_relative_clause_with_it_as_the_object_of_binding_ties_it_to_the_side(extractor):
    body = "Польська делегація приїхала з міста Ряшів, яке з 2017 року пов'язує зі Сквирою угода про побратимство."
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Ряшів")}


@pytest.mark.parametrize("when", ["в жовтні минулого року", "у березні 2019 року"])
def test_a_relative_clause_tie_with_a_month_between_its_subject_and_verb(extractor, when):
    body = (
        "Серед гостей свята була делегація польського міста Ланьцут, з яким Сквирська міська громада "
        f"{when} уклала угоду про партнерство."
    )
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Ланьцут")}


def test_a_namesake_placed_by_its_raion_right_after_it_keeps_it_against_the_one_the_article_named(extractor):
    text = (
        "Делегація громади повернулася з Латвії\n12.02.2026 | Шевченківська сільська рада | Новини\n"
        "Минулого тижня делегація Шевченківської сільської громади Миколаївського району побувала в Латвії.\n\n"
        "Нагадаємо, у програмі бере участь і наша тезка – Шевченківська громада Звенигородського району на "
        "Черкащині, яка у 2025 році уклала угоду про партнерство з литовським містом Утена."
    )
    found = {
        (f.ua.katottg, f.partner.name_uk)
        for f in extractor.extract(parse_article_text(text), owner_katottg="UA48060370000016130")
    }
    assert found == {("UA71020310000027379", "Утена")}  # the Cherkasy namesake, not the site's own


def test_he_who_reports_is_the_foreign_head_the_sentence_before_introduced_and_the_town_is_his(extractor):
    body = (
        "До Сквири приїхали друзі з Баварії. До складу делегації увійшов і перший заступник бургомістра "
        "Нойштадта Бернд Гофман. Він розповів, що місто вже понад тридцять років підтримує побратимські зв'язки "
        "з французьким Діжоном."
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert found == set()


def test_a_clause_with_a_foreign_subject_keeps_its_object_to_itself(extractor):
    body = "Польське місто Ополе має угоду зі Сквирою, а віденський район Маріагільф оформив партнерство з Узином."
    assert ("Сквирська міська громада", "Маріагільф") not in pairs(facts(extractor, body))


@pytest.mark.parametrize(
    "body",
    [
        "Сквира і Узин: дві громади Київщини уклали нові міжнародні угоди.",
        "Сквира і Узин уклали нові угоди.",
    ],
)
def test_two_hromadas_that_made_new_or_international_agreements_each_made_their_own(extractor, body):
    assert pairs(facts(extractor, body)) == set()


def test_hromadas_that_each_signed_with_others_are_not_each_others_partners(extractor):
    body = (
        "На церемонії були й представники Сквирської та Узинської громад, які минулого року уклали подібні "
        "меморандуми з громадами Донеччини."
    )
    assert facts(extractor, body) == set()


def test_two_hromadas_after_one_with_are_the_owners_partners_not_each_others(extractor):
    body = (
        "Домашні партнерства в межах ініціативи «Пліч-о-пліч» громада уклала зі Святогірською міською "
        "громадою Донеччини (2023) та Буринською міською громадою Сумщини (2024)."
    )
    found = pairs(facts(extractor, body, owner=SKVYRA))
    assert {side for side, _ in found} <= {"Сквирська міська громада"}  # never one listed partner's


@pytest.mark.parametrize(
    "body",
    [
        "Угоду з латвійським містом Елґава підписано у вересні 2024 року під час візиту делегації до Фастова.",
    ],
)
def test_the_town_a_delegation_visited_is_no_side(extractor, body):
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Сквирська міська громада", "Елґава")}


def test_the_town_a_foreign_head_visited_is_no_side_though_his_office_town_and_names_stand_between(extractor):
    body = (
        "Сквирська громада дружить з латвійською Елґавою. Угоду з Елґавою підписали у вересні, під час візиту мера "
        "Елґави Андріса Равіньша до Фастова."
    )
    assert "Фастівська міська громада" not in {side for side, _ in pairs(facts(extractor, body))}


def test_a_metropolitan_association_is_no_town(extractor):
    body = "Сквирська громада та Метрополія Порту підписали меморандум про підтримку відновлення."
    assert facts(extractor, body) == set()


def test_having_an_agreement_with_a_town_says_the_tie_exists(extractor):
    body = "Сквира має власну угоду з польським Ополе, тож на зустрічі також обговорювали спільний проєкт."
    assert facts(extractor, body) == {
        ("Сквирська міська громада", "Ополе", "PL", "cooperation", "signed", "with")
    }


def test_a_delegation_named_by_its_hromadas_adjective_is_that_hromada(extractor):
    body = "Сквирська делегація на форумі підписала лише протокол про наміри з литовським містом Радвілішкіс."
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Сквирська міська громада", "Радвілішкіс")}
    other = "Фастівська делегація на форумі підписала протокол про наміри з литовським містом Радвілішкіс."
    assert pairs(facts(extractor, other, owner=SKVYRA)) == {("Фастівська міська громада", "Радвілішкіс")}


def test_a_list_of_the_subjects_own_partners_is_not_the_objects(extractor):
    body = (
        "Президент Ополя Анджей Новак зазначив, що його місто також підтримує Сквиру через мережу своїх партнерів – "
        "зокрема німецький Інгольштадт та французький Бельфор."
    )
    assert facts(extractor, body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Розірвавши навесні угоду з російським Курськом, Сквирська громада у вересні підписала угоду про "
            "партнерство з естонським містом Вільянді.",
            {("Вільянді", "signed")},
        ),
        (
            "Угода про дружбу між Сквирою та російським Тихвіном, укладена у 2004 році, втратила чинність.",
            {("Тихвін", "terminated")},
        ),
        (
            "Угода між Сквирою та польською Нисою, підписана у 2003 році, закінчилася у 2018-му і відтоді не "
            "продовжувалася.",
            {("Ниса", "terminated")},
        ),
    ],
)
def test_an_ending_speaks_of_its_own_clause_and_a_lapsed_tie_is_ended(extractor, body, expected):
    found = {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)}
    assert found == expected


def test_the_guests_partners_of_their_own_town_are_not_the_sites(extractor):
    body = (
        "Під час зустрічі у Сквирській міській раді гості згадали й про інших партнерів свого міста — "
        "румунське Сату-Маре та словацьке Кошице."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


@pytest.mark.parametrize(("written", "nominative"), [("Єленьою Ґурою", "Єленя Ґура"), ("Казанню", "Казань")])
def test_a_guessed_nominative_is_spelled_as_ukrainian_writes_it(written, nominative):
    from parsers.places.world import lemma_candidates

    assert nominative in lemma_candidates(written)
    assert not any("ьа" in lemma or "ннь" in lemma for lemma in lemma_candidates(written))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "У Ополі Сквира та польське місто Ополе підписали угоду про побратимство. Відтепер Сквира — "
            "п'ятий побратим Ополя після Ґрайфсвальда та Гродна (з ним угоду розірвано 2022 року).",
            {("Ополе", "signed")},
        ),
        (
            "Угоду про співпрацю між Сквирською громадою та польським містом Ополе, підписану у 2012 році, "
            "продовжено на наступні десять років.",
            {("Ополе", "renewed")},
        ),
    ],
)
def test_a_remark_in_parentheses_is_not_the_ties_status_and_a_renewal_may_be_passive(
    extractor, body, expected
):
    found = {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)}
    assert found == expected


@pytest.mark.parametrize(
    "body",
    [
        "Угоду про партнерство між Сквирою та польським Ополем, чинну з 2012 року, планують продовжити ще на "
        "п'ять років.",
        "Депутати Сквири наголосили, що угода про партнерство з польським Ополем, яку у 2008 році підписали мери "
        "міст, залишається чинною, і доручили підготувати її нову редакцію.",
    ],
)
def test_a_tie_in_force_whose_renewal_is_planned_is_signed(extractor, body):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Ополе", "signed")}


def test_no_agreement_yet_is_no_tie_and_a_withdrawal_is_an_ending(extractor):
    body = (
        "Хоч офіційної угоди між Сквирою і французьким Пуатьє поки що немає, сторони домовилися про обміни."
    )
    assert facts(extractor, body) == set()
    ended = (
        "Депутати Сквири ухвалили рішення про вихід із угоди про співпрацю з білоруським Мозирем, укладеної "
        "в 2006 році."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, ended)} == {("Мозир", "terminated")}


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Сквирська громада співпрацювала з польським Ополем у шкільних обмінах, але угоди не підписувала.",
            set(),
        ),
        ("Угоду про партнерство між Сквирою та польським Ополем не було підписано через пандемію.", set()),
        ("Угоду про партнерство між Сквирою та польським Ополем ще не підписали.", {("Ополе", "planned")}),
        (
            "Сквирська громада підписала угоду з польським Ополем, а з литовським Тракаєм угоди не уклала.",
            {("Ополе", "signed")},
        ),
    ],
)
def test_a_signing_the_sentence_denies_gives_no_fact_and_not_yet_is_a_plan(extractor, body, expected):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == expected


def test_a_partner_list_may_open_with_a_verb_and_a_colon(extractor):
    body = "Партнерами нашої громади є: Ополе (Польща) та Ла-Рошель (Франція)."
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {
        ("Сквирська міська громада", "Ополе"),
        ("Сквирська міська громада", "Ла-Рошель"),
    }


def test_a_memorandum_of_understanding_links_its_signers(extractor):
    body = "Сквирська міська громада підписала меморандум про взаєморозуміння з канадським містом Едмонтон."
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Едмонтон")}


def test_a_title_side_named_loosely_yields_to_the_bodys_side_of_the_same_partner(extractor):
    article = news_article(
        "Старосамбірська міська громада підписала меморандум про співпрацю з польським містом Ярослав. "
        "Документ підписали в ратуші.",
        title="Самбірщина підписала меморандум з Ярославом",
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert found == {("Старосамбірська міська громада", "Ярослав")}


@pytest.mark.parametrize(
    "body",
    [
        "Угоду про співпрацю перевізники підписали минулого тижня, і рейс Сквира – Біла Церква – Ополе "
        "вже виконується щодня.",
        "Угоду про облаштування підписали громади, і велосипедний маршрут Сквира – Ополе відкрили влітку.",
    ],
)
def test_names_joined_by_dashes_into_a_route_are_no_pair(extractor, body):
    assert facts(extractor, body) == set()


def test_a_town_whose_name_opens_with_an_adjective_is_one_name_after_an_office(extractor):
    body = (
        "Делегація Сквири побувала в Польщі. Мер Сквири зустрівся з бургомістром Нового Сонча, з яким "
        "Сквирська громада співпрацює з 2016 року."
    )
    assert {p for _, p in pairs(facts(extractor, body))} == {"Новий Сонч"}


def test_a_signing_put_off_with_no_date_is_no_fact(extractor):
    body = (
        "Підписання меморандуму між Сквирською громадою та польським Ополем відклали на невизначений термін."
    )
    assert facts(extractor, body) == set()


def test_a_hromada_that_became_kin_with_a_town_is_its_twin(extractor):
    body = "Сквира поріднилася з французьким містом Ла-Рошель."
    assert {(p, r, s) for _, p, _, r, s, _ in facts(extractor, body)} == {("Ла-Рошель", "twinning", "signed")}


@pytest.mark.parametrize(
    "body, expected",
    [
        ("На свято до Сквирської громади приїхали наші давні побратими з литовського Тракаю.", {"Тракай"}),
        ("Наші побратими з житомирської бригади поклали квіти до пам'ятника в Сквирі.", set()),
    ],
)
def test_our_twins_from_a_foreign_town_name_that_town_as_the_twin(extractor, body, expected):
    assert {p for _, p in pairs(facts(extractor, body))} == expected


def test_a_gmina_heads_name_after_the_gmina_is_no_part_of_its_name(extractor):
    body = (
        "У Ліську мер Сквири і бурмістр ґміни Лісько Адам Ковальчик підписали угоду про партнерство між "
        "Сквирською міською громадою та ґміною Лісько."
    )
    assert {p for _, p in pairs(facts(extractor, body))} == {"Лісько"}


def test_two_places_before_a_colon_are_a_heading_when_a_subject_of_its_own_follows(extractor):
    article = news_article(
        "Білоцерківська міська громада підписала угоду з польським містом Ніса.",
        title="Сквирщина та Ополе: Білоцерківська громада підписала угоду з польським містом Ніса",
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert found == {("Білоцерківська міська громада", "Ніса")}


def test_the_bare_word_hromada_on_a_council_site_is_the_sites_hromada_beside_another_named_one(extractor):
    body = (
        "На форумі польських і українських громад громада підписала меморандум про співпрацю з містом Ополе, "
        "а Білоцерківська громада – з містом Ніса."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {
        ("Сквирська міська громада", "Ополе"),
        ("Білоцерківська міська громада", "Ніса"),
    }


def test_the_bare_word_hromada_after_a_sentence_about_one_hromada_is_that_hromada(extractor):
    body = (
        "Натомість Сквирська громада вже має нового партнера. Угоду про партнерство з латвійським містом "
        "Валмієра громада підписала ще в листопаді."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Валмієра")}


def test_a_relative_clause_after_a_hromada_ties_it_to_a_partner_named_after_any_adjective(extractor):
    body = (
        "Делегація зустрілася з представниками Сквирської громади, яка вже п'ятий рік має партнерську угоду "
        "з курортною ґміною Криниця-Здруй."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Криниця-Здруй")}


def test_a_paragraph_about_a_hromada_named_by_its_area_gives_that_hromada_to_a_bare_subject(extractor):
    body = (
        "Сквирська міська громада та Узинська міська громада підписали меморандум про співпрацю.\n"
        "Для Фастівщини це не перший досвід співпраці. Громада впродовж року веде переговори про "
        "партнерство з німецьким містом Нердлінген."
    )
    article = news_article(body, title="Сквирська громада підписала меморандум з Узинською")
    sides = {f.partner.name_uk: f.ua.name_uk for f in extractor.extract(article)}
    assert sides["Нердлінген"] == "Фастівська міська громада"


def test_a_council_sites_head_named_with_the_holder_beside_a_foreign_mayor_signs_for_the_site(extractor):
    body = (
        "19 травня під час візиту польської делегації міський голова Іван Петренко та мер польського міста "
        "Ополе Ян Ковальський підписали угоду про співпрацю."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Сквирська міська громада", "Ополе")}


def test_a_short_foreign_name_the_article_gives_a_town_noun_elsewhere_is_that_town_as_a_subject(extractor):
    body = (
        "Колишня вчителька зі Сквири тепер очолює товариство українців у польському місті Елк. Вона "
        "розповіла про свою роботу якраз після того, як Елк підписав угоду про співпрацю з литовським "
        "містом Маріямполе."
    )
    article = news_article(body, title="Уродженка Сквири очолила українців польського Елка")
    assert extractor.extract(article) == []


def test_relations_called_stosunky_tie_as_vidnosyny_do(extractor):
    body = "Довідково: Сквирська громада має партнерські стосунки з польським містом Ополе та кількома громадами Литви."
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Ополе")}


def test_an_adjective_like_town_after_an_office_before_its_holders_first_name_is_the_side(extractor):
    body = (
        "Громада знайшла партнера в Польщі. Міський голова Підгороднього Олег Ткаченко та бурмістр Ополя "
        "Ян Ковальський підписали угоду про партнерство між двома містами."
    )
    assert pairs(facts(extractor, body)) == {("Підгородненська міська громада", "Ополе")}


def test_a_town_placed_by_a_country_adjective_that_opens_a_sentence_decides_its_later_case_forms(extractor):
    body = (
        "Делегації приїхали з Іспанії та Португалії. Португальське місто Гуарда відоме середньовічною "
        "фортецею.\nСквирська громада уклала угоду про партнерство з Гуардою."
    )
    found = facts(extractor, body)
    assert {(partner, country) for _, partner, country, *_ in found} == {("Гуарда", "PT")}


def test_a_dash_pairs_side_is_read_as_written_not_as_a_case_form_of_another_countrys_town(extractor):
    body = "Такі партнерства вже діють: Сквира — Ополе; Узин — Ниса."
    article = news_article(body, title="Барвінкове веде переговори з французьким містом")
    places = {(f.partner.name_uk, f.partner.country_iso2) for f in extractor.extract(article)}
    assert places == {("Ополе", "PL"), ("Ниса", "PL")}


@pytest.mark.parametrize(
    "body",
    [
        "Серед партнерств, що вже діють, значаться: Сквира — Ополе; Узин — Ниса.",
        "Чинні угоди громад області: Сквира — Ополе; Узин — Ниса.",
    ],
)
def test_dash_pairs_of_ties_said_to_be_in_force_are_signed(extractor, body):
    found = facts(extractor, body)
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Сквирська міська громада", "Ополе", "signed"),
        ("Узинська міська громада", "Ниса", "signed"),
    }


def test_dash_pairs_of_ties_no_longer_in_force_are_not_signed(extractor):
    assert facts(extractor, "Угоди, що вже не діють: Сквира — Ополе; Узин — Ниса.") == set()


@pytest.mark.parametrize(
    "body",
    [
        "Перемовини з французьким містом Шоле тривають уже кілька місяців.",
        "За його словами, переговори з французьким містом Шоле в регіоні Пеї-де-ла-Луар тривають уже півроку.",
    ],
)
def test_talks_with_a_town_told_before_their_verb_are_the_sites_talks(extractor, body):
    found = facts(extractor, body, owner=SKVYRA)
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Сквирська міська громада", "Шоле", "in_negotiation")
    }


def test_a_hromada_set_aside_with_okrim_is_not_the_paragraphs_subject(extractor):
    body = (
        "Сквирська міська громада підписала меморандум з Узинською громадою.\n"
        "Окрім Сквирської, Узинська громада має партнерів і за кордоном. Зокрема, угода про партнерство з "
        "польською гміною Фредрополь діє з 2017 року."
    )
    article = news_article(body, title="Сквира і Узин стали партнерами")
    sides = {f.partner.name_uk: f.ua.name_uk for f in extractor.extract(article)}
    assert sides["Фредрополь"] == "Узинська міська громада"


def test_the_region_of_a_hromadas_partner_municipalities_is_no_partner(extractor):
    body = (
        "Цього літа дві громади — Сквирська та Узинська — оформили стосунки з французькими "
        "муніципалітетами регіону Овернь — Рона — Альпи."
    )
    assert facts(extractor, body) == set()


def test_a_hromada_named_beyond_doubt_decides_the_oblast_of_a_same_named_hromadas_office(extractor):
    body = (
        "Жванецька громада вже має партнера в Польщі. Наступного дня угоду про партнерство підписав і "
        "Китайгородський сільський голова – з війтом ґміни Бірча."
    )
    found = {(f.ua.katottg, f.partner.name_uk) for f in extractor.extract(news_article(body))}
    assert found == {("UA68020130000052994", "Бірча")}


@pytest.mark.parametrize(
    "body",
    [
        "Угорське місто Мако, з яким Сквирська громада співпрацює з 2020 року, минулих вихідних відзначило "
        "30-річчя побратимства з німецьким містом Ройтлінген.",
        "Партнер Сквири — ґміна Ланьцут — минулого тижня підписала угоду про партнерство з німецьким містом "
        "Ройтлінген.",
    ],
)
def test_a_foreign_town_that_opens_the_sentence_as_its_subject_owns_the_partners_after_with(extractor, body):
    assert "Ройтлінген" not in {p for _, p in pairs(facts(extractor, body))}


@pytest.mark.parametrize("aside", [" як обласний центр", ", як столиця воєводства,"])
def test_a_foreign_town_as_subject_keeps_its_own_partners_after_an_aside_on_what_it_is(extractor, aside):
    body = (
        f"Ополе{aside} має власні партнерські відносини з великими містами Європи, зокрема з Прагою, "
        "які заморожено, а також з Марселем."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_foreign_gmina_as_subject_lists_its_own_partners_not_the_sites(extractor):
    body = (
        "Ґміна Ланьцут, яка входить до однойменного повіту, сама має кількох партнерів: з 2012 року вона "
        "співпрацює зі словацькою громадою Спішська Бела."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_an_elliptical_clause_with_an_unknown_foreign_subject_keeps_its_side_from_the_first_partner(
    extractor,
):
    body = (
        "Естонське місто Пярну підписало з Житомиром меморандум про співпрацю, а естонська волость Сааре — із "
        "Коростишевом."
    )
    assert pairs(facts(extractor, body)) == {("Житомирська міська громада", "Пярну")}


def test_a_border_crossings_dash_is_no_pair(extractor):
    body = (
        "Учасники зустрічі попросили уряди України та Румунії відкрити пункт пропуску Красноїльськ — "
        "Вікову-де-Сус, щоб партнерським громадам було легше їздити одна до одної."
    )
    assert facts(extractor, body) == set()


def test_a_councils_consent_to_sign_is_a_plan_and_an_expiring_tie_is_in_force(extractor):
    consent = (
        "Виконком надав згоду на укладення угоди про партнерство між Сквирською міською громадою та польським "
        "містом Ланьцут."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, consent)} == {("Ланьцут", "planned")}
    expiring = (
        "Відділу доручили підготувати пропозиції щодо продовження угоди Сквирської громади з польським Ланьцутом, "
        "термін дії якої спливає у грудні."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, expiring)} == {("Ланьцут", "signed")}
    wish = "Сквира хоче стати побратимом польського Ланьцута: депутати підтримали ініціативу."
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, wish)} == {("Ланьцут", "planned")}


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Сквира планує відзначити 25-річчя побратимства з польським Ополем.", {("Ополе", "signed")}),
        (
            "Угоду про партнерство між Сквирою та польським Ополем було підписано торік, тепер сторони "
            "планують наповнити її проєктами.",
            {("Ополе", "signed")},
        ),
        (
            "Угода між Сквирою та польським Ополем продовжує діяти, хоча депутат пропонував її розірвати.",
            {("Ополе", "signed")},
        ),
        (
            "Інформація про нібито підписану угоду між Сквирою та канадським Віндзором не підтвердилася.",
            set(),
        ),
        ("Сквира співпрацює з польським Ополем, однак жодних документів про це поки не підписано.", set()),
    ],
)
def test_plans_within_a_tie_denials_and_a_tie_that_goes_on(extractor, body, expected):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == expected


def test_places_a_delegation_visited_after_a_signing_are_no_partners(extractor):
    body = (
        "Після підписання угоди між Сквирою та чорногорською Будвою делегація зі Сквири відвідала також "
        "Котор та Цетинє."
    )
    assert {p for _, p in pairs(facts(extractor, body))} == {"Будва"}


@pytest.mark.parametrize(
    "body",
    [
        "Цього тижня колеги з сусідньої громади підписали угоду про партнерство з литовським Пакруойським "
        "районом.",
        "Він нагадав, що його місто вже має побратимів: чеський Табор, угорський Веспрем і американський "
        "Гагерстаун.",
    ],
)
def test_a_neighbours_tie_and_a_guests_own_twins_are_not_the_sites(extractor, body):
    assert facts(extractor, body, owner=SKVYRA) == set()


@pytest.mark.parametrize(
    "body, expected",
    [
        # the vote on the proposal is told in the next sentence: nothing is ended, nothing else said
        (
            "Депутат запропонував розірвати угоду про партнерство між Сквирою та польським Ополем. "
            "Проте цю пропозицію сесія не підтримала.",
            set(),
        ),
        # the tie is said to go on further down the article
        (
            "Депутат запропонував розірвати угоду про партнерство між Сквирою та польським Ополем.\n"
            "Голосування відбулося наприкінці засідання.\n"
            "Отже, підписана торік угода між Сквирою та Ополем продовжує діяти.",
            {("Ополе", "signed")},
        ),
    ],
)
def test_a_proposed_ending_that_was_turned_down_ends_nothing(extractor, body, expected):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == expected


def test_a_proposed_ending_with_no_vote_told_stays_a_termination(extractor):
    body = "Депутат запропонував розірвати угоду про партнерство між Сквирою та польським Ополем."
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Ополе", "terminated")}


def test_a_councils_consent_to_sign_whose_signing_the_next_sentences_tell_is_signed(extractor):
    body = (
        "Депутати схвалили проєкт угоди про партнерство між Сквирською громадою та румунським містом "
        "Фегераш і уповноважили голову підписати її. Контакти з Фегерашем тривають з 2023 року. Угоду "
        "підписали вже наступного дня після сесії: мер Фегераша прибув до Сквири на свято."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Фегераш", "signed")}
    other = (
        "Депутати схвалили проєкт угоди про партнерство між Сквирською громадою та румунським містом "
        "Фегераш. Угоду підписали і з польським Ополем."
    )
    assert ("Фегераш", "planned") in {(p, s) for _, p, _, _, s, _ in facts(extractor, other)}


def test_a_proposed_ending_of_a_tie_a_later_sentence_denies_ever_was_is_no_fact(extractor):
    body = (
        "Депутат запропонував розірвати побратимство Сквири з російським містом Россошь. «Наскільки я знаю, "
        "ще у 2010 році було підписано угоду з Россошшю», – заявив він. Однак секретар ради пояснила: "
        "«Жодного договору про побратимство громада з цим містом не підписувала»."
    )
    assert facts(extractor, body) == set()


def test_the_time_of_work_within_a_tie_is_no_plan_of_the_tie(extractor):
    body = (
        "«Ми плануємо розширити співпрацю Сквири з польським Ополем на медицину — незабаром туди поїдуть "
        "наші лікарі», — сказав голова."
    )
    assert facts(extractor, body) == set()
    plan = "Сквира та польське Ополе плануємо підписати угоду про партнерство незабаром."
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, plan)} == {("Ополе", "planned")}


def test_their_twin_is_not_the_sites_own(extractor):
    body = "Гуманітарний вантаж гості зібрали у їхньому польському місті-побратимі Ополе."
    assert facts(extractor, body, owner=SKVYRA) == set()
    ours = "Гуманітарний вантаж зібрали у польському місті-побратимі Ополе."
    assert pairs(facts(extractor, ours, owner=SKVYRA)) == {("Сквирська міська громада", "Ополе")}


def test_a_region_after_the_name_gives_its_country(extractor):
    body = (
        "Сквира підписала угоду про партнерство з містом Лондон у канадській провінції Онтаріо. "
        "Дехто сплутав його з британською столицею."
    )
    assert {(p, c) for _, p, c, *_ in facts(extractor, body)} == {("Лондон", "CA")}


def test_a_tie_only_said_to_exist_is_withdrawn_by_no_agreement_next(extractor):
    body = (
        "Сквира співпрацює з польським Ополем у сфері культури. Угоди між громадами немає: контакти тримають "
        "через школи."
    )
    assert facts(extractor, body) == set()


def test_no_agreement_in_another_paragraph_or_beside_a_signing_withdraws_nothing(extractor):
    other_paragraph = (
        "Сквира співпрацює з польським Ополем у сфері культури.\nУгоди з литовськими містами немає."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, other_paragraph)} == {("Ополе", "signed")}
    signed = "Сквира підписала угоду про партнерство з польським Ополем. Угоди з іншими містами Польщі немає."
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, signed)} == {("Ополе", "signed")}


@pytest.mark.parametrize(
    "body, country, geonameid",
    [
        # a state named after the town chooses among namesakes, with or without the word "штат"
        ("Сквира уклала угоду про партнерство з містом Кент у штаті Огайо.", "US", 5159537),
        ("Сквира уклала угоду про партнерство з містом Александрія в Луїзіані.", "US", 4314550),
        # the state as an apposition after the town: "X, штат Y"
        ("Сквира уклала угоду про партнерство з містом Спрингфілд, штат Іллінойс.", "US", 4250542),
        # a country's adjective before a unit noun outweighs the country the noun usually means
        ("Сквира підписала угоду про співпрацю з естонським повітом Ляенемаа.", "EE", None),
    ],
)
def test_the_region_or_country_around_a_name_decides_which_place(extractor, body, country, geonameid):
    found = extractor.extract(news_article(body))
    assert [(f.partner.country_iso2, f.partner.geonameid) for f in found] == [(country, geonameid)]


def test_another_towns_twins_are_not_the_sites(extractor):
    body = (
        "Наш партнер Ополе, своєю чергою, є побратимом чеського міста Градець-Кралове та німецького Бамберга, "
        "тож Сквира бере участь у спільних заходах цих міст."
    )
    assert {p for _, p in pairs(facts(extractor, body))} <= {"Ополе"}


def test_a_partner_the_text_denies_is_none(extractor):
    assert facts(extractor, "Ополе партнером Сквири не є, хоча делегації зустрічаються щороку.") == set()


def test_a_place_after_a_foreign_office_is_not_a_ukrainian_side(extractor):
    # "Вишків" (a Polish town) declines like a Ukrainian village's name; a burgomaster is a foreign office
    body = "Міський голова Сквири та бурмістр Вишкова підписали угоду про партнерство між громадами."
    assert {(f.ua.name_uk, f.partner.domestic) for f in extractor.extract(news_article(body))} <= {
        ("Сквирська міська громада", False)
    }


def test_a_pronoun_subject_takes_the_hromada_of_the_sentence_before(extractor):
    body = (
        "Найновіше партнерство району – у Пологівської громади. Наприкінці року вона підписала угоду про "
        "співпрацю з литовським Тракаєм."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Пологівська міська громада", "Тракай")}


def test_the_oblast_centres_tie_is_not_the_sites(extractor):
    body = "Нагадаємо, обласний центр має давні побратимські зв'язки з німецьким Бамбергом, які тривають з 1986 року."
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_name_in_another_language_in_parentheses_gives_no_country(extractor):
    body = "Сквира підписала угоду про співпрацю з румунським містом Сату-Маре (угорською – Сатмарнеметі)."
    assert {(p, c) for _, p, c, *_ in facts(extractor, body)} == {("Сату-Маре", "RO")}


@pytest.mark.parametrize(
    "body, expected",
    [
        # a draft decision to end the tie, voted down in the next sentence, the tie in force later
        (
            "Група депутатів внесла проєкт рішення «Про припинення дії угоди про побратимство між Сквирою та "
            "польським Ополем». Однак рішення не ухвалено. Угода Сквири з Ополем, підписана у 2010 році, "
            "залишається чинною.",
            {("Ополе", "signed")},
        ),
        # a draft withdrawn from the agenda
        (
            "Депутати зняли з розгляду проєкт рішення про припинення угоди про партнерство між Сквирою та "
            "польським Ополем.",
            set(),
        ),
        # the council refused to end it, told in the next sentence
        (
            "Сесія розглядала пропозицію однієї з фракцій розірвати угоду Сквири з польським Ополем. "
            "Депутати відмовилися розривати угоду.",
            set(),
        ),
        # the decision on the ending not taken, told paragraphs later
        (
            "Депутат Іван Коваль вніс проєкт рішення «Про розірвання угоди про побратимство між Сквирою та "
            "польським Ополем».\nВін пояснив, що бачив згадку про угоду в старій газеті. Секретар ради "
            "підготувала довідку з архіву. У довідці перелічено всі документи громади.\nРішення про "
            "розірвання депутати не ухвалили: вони перейшли до інших питань.",
            set(),
        ),
    ],
)
def test_drafts_and_proposals_to_end_a_tie_that_failed_end_nothing(extractor, body, expected):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == expected


def test_a_tie_that_never_existed_is_none_and_its_neighbour_clause_stands(extractor):
    body = (
        "Угод з російськими та білоруськими містами громада не має: угоду з Курськом розірвано у 2022 році, "
        "а угоди з білоруською Лідою, про яку пишуть деякі довідники, ніколи не існувало."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body, owner=SKVYRA)} == {("Курськ", "terminated")}


def test_a_tie_that_may_come_is_none(extractor):
    assert facts(extractor, "Сквира може стати третьою громадою-партнером нідерландського Зволле.") == set()


@pytest.mark.parametrize(
    "body",
    [
        # the second clause's side is named by its adjective alone, before a verb
        "Сквирська громада уклала угоду з польським Ополем, а Володарська веде переговори з литовським "
        "Тракаєм.",
        # and by one the gazetteer does not know (an old name)
        "Сквирська громада уклала угоду з польським Ополем, а Тарутинська – з литовським Тракаєм.",
    ],
)
def test_a_partner_in_another_hromadas_clause_is_not_the_first_sides(extractor, body):
    assert ("Сквирська міська громада", "Тракай") not in pairs(facts(extractor, body))
    assert ("Сквирська міська громада", "Ополе") in pairs(facts(extractor, body))


def test_a_particle_between_a_hromadas_adjective_and_its_noun(extractor):
    body = "Ізмаїльська ж громада веде переговори про угоду з румунським містом Ісакча."
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Ізмаїльська міська громада", "Ісакча")}


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Сквира припинила угоду з білоруською Речицею і продовжила угоду з польським Ополем ще на десять "
            "років.",
            {("Речица", "terminated"), ("Ополе", "renewed")},
        ),
        (
            "Угоду Сквири з польським Ополем продовжено ще на п'ять років, а угода з російським Курськом "
            "втрачає чинність.",
            {("Ополе", "renewed"), ("Курськ", "terminated")},
        ),
    ],
)
def test_an_ending_and_a_renewal_in_one_sentence_keep_their_own_partners(extractor, body, expected):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == expected


@pytest.mark.parametrize(
    "body",
    [
        # "besides X": X is one of the list, whose holder is the pronoun's town
        "Окрім Сквири, його партнерами є Бамберг (Німеччина), Ланкастер (США) та Вільнюс (Литва).",
        # a dash for the copula: the twin word after "а й" still speaks of the dash's subject
        "Ополе – не лише партнер Сквири, а й побратим литовського Тракаю та німецького Бамберга.",
    ],
)
def test_the_twins_of_the_partner_are_not_the_sites(extractor, body):
    assert not {p for _, p in pairs(facts(extractor, body, owner=SKVYRA))} & {
        "Бамберг",
        "Ланкастер",
        "Вільнюс",
        "Тракай",
    }


def test_a_heading_of_partner_hromadas_lists_the_owners_partners_not_a_pair(extractor):
    body = (
        "Партнерські громади України: Херсонська міська громада (меморандум 2023 р.), Краматорська міська "
        "громада (угода 2024 р.)."
    )
    assert ("Херсонська міська громада", "Краматорська міська громада") not in pairs(
        facts(extractor, body, owner=SKVYRA)
    )


@pytest.mark.parametrize(
    "body",
    [
        "Наш давній польський партнер — Ополе — теж долучився до допомоги Білій Церкві.",
        "Делегація відвідала Білоцерківську громаду, яка разом із нашим партнером Ополем реалізує проєкт.",
    ],
)
def test_our_partner_is_not_the_partner_of_another_hromada_named_beside_it(extractor, body):
    assert ("Білоцерківська міська громада", "Ополе") not in pairs(facts(extractor, body, owner=SKVYRA))


def test_a_city_whose_official_name_opens_with_an_adjective_contains_the_partner_district(extractor):
    body = "Сквирська міська громада та дільниця Вавер міста Столичного Варшави підписали лист про наміри."
    found = {(f.partner.name_uk, f.partner.level) for f in extractor.extract(news_article(body))}
    assert found == {("Вавер", "district")}


@pytest.mark.parametrize(
    "body",
    [
        "Сквира уклала угоду про співпрацю з дільницею Прага-Південь у Варшаві.",
        "Сквира уклала угоду про співпрацю з районом Прага-Полудне польської столиці Варшава.",
    ],
)
def test_a_districts_container_city_after_it_gives_the_country(extractor, body):
    assert {c for _, _, c, *_ in facts(extractor, body)} == {"PL"}


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Посол, присутній на підписанні, зазначив, що відносини між Варшавою та Києвом переживають не "
            "найкращі часи, але такі угоди громад роблять людей ближчими.",
            set(),
        ),
        ("Київ і Варшава підписали угоду про партнерство між містами.", {("Київ", "Варшава")}),
    ],
)
def test_the_capital_standing_for_the_state_is_no_side(extractor, body, expected):
    assert pairs(facts(extractor, body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Сквира має угоду про партнерство з польським Ополем, яку підписали в 2022 році, та веде "
            "переговори з литовським Тракаєм.",
            {("Ополе", "signed"), ("Тракай", "in_negotiation")},
        ),
        (
            "Сквира хотіла укласти угоду з польським Ополем, але переговори зупинилися, і натомість у 2023 "
            "році вона підписала угоду з литовським Тракаєм.",
            {("Тракай", "signed")},
        ),
        (
            "Сквира підписала угоду про партнерство з польським Ополем, і найближчим часом там відкриють "
            "спільний центр.",
            {("Ополе", "signed")},
        ),
    ],
)
def test_a_clause_joined_by_and_with_a_verb_of_its_own_keeps_its_own_status(extractor, body, expected):
    assert expected <= {(p, s) for _, p, _, _, s, _ in facts(extractor, body)}


def test_a_district_of_a_ukrainian_city_is_no_foreign_region(extractor):
    body = (
        "Ірпінь і Деснянський район столиці підписали меморандум про співпрацю. Раніше Ірпінь уклав угоду "
        "про партнерство з бельгійським Мехеленом."
    )
    assert "Деснянський район" not in {p for _, p in pairs(facts(extractor, body))}


@pytest.mark.parametrize(
    "body, expected",
    [
        # a draft whose words about the ending stand after a comma-separated aside, voted down next
        (
            "Проєкт рішення, внесений двома депутатами, передбачав припинення дії угоди Сквири з польським "
            "Ополем. Проте проєкт не набрав потрібної кількості голосів, тож партнерство Сквири з Ополем, "
            "укладене у 2010 році, залишається чинним.",
            {("Ополе", "signed")},
        ),
        # a petition to end it, turned down two sentences later
        (
            "Сесія розглянула петицію щодо розірвання угоди Сквири з польським Ополем. Автори петиції "
            "скаржилися на брак заходів. Депутати петицію не підтримали.",
            set(),
        ),
        # a proposal to leave the agreement that the session did not support
        (
            "Пропозицію депутата вийти з угоди про партнерство Сквири з польським Ополем сесія не підтримала.",
            set(),
        ),
    ],
)
def test_failed_moves_to_end_or_leave_a_tie_end_nothing(extractor, body, expected):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the renewal of an agreement signed long ago is planned; the tie exists
        (
            "Сквира готує оновлення угоди з польським Ополем, підписаної ще 1995 року.",
            {("Ополе", "signed")},
        ),
        # a signing that was to take place and was put off is still a plan
        (
            "Сквира мала підписати угоду з польським Ополем ще в березні, однак візит перенесли.",
            {("Ополе", "planned")},
        ),
    ],
)
def test_a_renewal_to_come_and_a_signing_put_off(extractor, body, expected):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == expected


def test_no_agreement_at_all_with_one_partner_leaves_the_talks_with_another(extractor):
    body = (
        "Сквира веде переговори про партнерство з угорським містом Шарвар, а у березні очікує делегацію з "
        "німецького Оснабрюка, з яким поки що немає жодних домовленостей."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Шарвар", "in_negotiation")}


def test_a_question_about_a_plan_is_no_plan(extractor):
    body = (
        "На запитання, чи планує Сквира встановлювати партнерські відносини з польським Ополем, голова "
        "відповів, що про це не йдеться."
    )
    assert facts(extractor, body) == set()


def test_a_list_of_pairs_after_a_colon_is_no_owners_list(extractor):
    body = (
        "Торік ще кілька громад уклали угоди з французькими містами: Вінниця — з Ла-Рош-сюр-Йон, "
        "Могилів-Подільський — з Ле-Пюї-ан-Веле."
    )
    found = pairs(facts(extractor, body, owner=SKVYRA))
    assert not {ua for ua, _ in found} & {"Сквирська міська громада"}
    assert ("Могилів-Подільська міська громада", "Ле-Пюї-ан-Веле") in found


def test_in_a_list_of_pairs_each_partner_keeps_the_side_of_its_entry(extractor):
    body = (
        "Цього року угоди уклали й наші сусіди з Долинщини та Калущини: Долинська громада — з литовським "
        "містом Утена, Калуська — з польською ґміною Ґорліце."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {
        ("Долинська міська громада", "Утена"),
        ("Калуська міська громада", "Ґорліце"),
    }


def test_an_office_holders_first_name_is_no_side(extractor):
    body = (
        "Міський голова Городка Володимир Гузяк та бургомістр німецького Ашаффенбурга Крістіан Шмідт "
        "підписали угоду про партнерство."
    )
    assert "Володимирська міська громада" not in {ua for ua, _ in pairs(facts(extractor, body))}


def test_on_an_oblast_centres_name_is_its_oblast(extractor):
    body = "Долинська громада на Запоріжжі підписала лист про наміри з литовським містом Утена."
    found = extractor.extract(news_article(body))
    assert [(f.ua.name_uk, f.ua.oblast_uk, f.partner.name_uk) for f in found] == [
        ("Долинська сільська громада", "Запорізька область", "Утена")
    ]


def test_a_ukrainian_looking_name_in_a_foreign_state_is_the_partner_not_a_side(extractor):
    body = (
        "Бориспільська громада співпрацює з містом Одеса у Техасі, а Миколаїв – побратим Нью-Гейвена "
        "ще з 1990-х."
    )
    found = facts(extractor, body)
    assert ("Бориспільська міська громада", "Одеса", "US") in {(ua, p, c) for ua, p, c, *_ in found}
    assert "Одеська міська громада" not in {ua for ua, *_ in found}


def test_the_twin_word_of_a_relative_clause_belongs_to_its_antecedent(extractor):
    body = "Ґміна Лесьна розташована неподалік міста Любань, яке, своєю чергою, є побратимом Самбора."
    assert ("Самбірська міська громада", "Лесьна") not in pairs(facts(extractor, body))


def test_two_domestic_partners_after_with_are_the_owners_not_each_others(extractor):
    body = (
        "Окрім німецького Альтенбурга, громада має угоду про співпрацю з сусідньою Білоцерківською громадою "
        "та меморандум з Таращанською громадою."
    )
    found = pairs(facts(extractor, body, owner=SKVYRA))
    assert ("Білоцерківська міська громада", "Таращанська міська громада") not in found
    assert ("Сквирська міська громада", "Таращанська міська громада") in found


def test_a_foreign_mayors_own_town_has_its_own_partners(extractor):
    body = (
        "Бургомістр Альтенбурга Андре Нойбауер розповів, що його місто вже двадцять років співпрацює з "
        "французьким містом Ле-Крезо, і запросив Сквиру до програми учнівських обмінів."
    )
    assert "Ле-Крезо" not in {p for _, p in pairs(facts(extractor, body, owner=SKVYRA))}


def test_an_agreement_renewed_in_the_clause_after_an_ending_is_not_ended(extractor):
    body = (
        "Нагадаємо, громада має двох партнерів: польське місто Біла Підляська і болгарське Ямбол. Рішенням "
        "ради від 12 травня 2022 року припинено дію угод про співпрацю з російськими містами Курськ і Орел, а "
        "угоду з Білою Підляською продовжено на безстроковий період."
    )
    statuses = {(p, s) for _, p, _, _, s, _ in facts(extractor, body, owner=SKVYRA)}
    assert ("Біла Підляська", "renewed") in statuses
    assert ("Курськ", "terminated") in statuses


def test_a_second_verb_of_the_same_subject_gives_its_own_object_its_own_status(extractor):
    article = news_article(
        "Сторони домовилися до кінця року підготувати угоду про партнерство між Рені та Галацом.",
        title="Рені підписали меморандум із Болгарією та домовилися про партнерство з румунським Галацом",
    )
    found = {(f.partner.name_uk, f.status) for f in extractor.extract(article)}
    assert found == {("Галац", "planned")}


def test_people_from_the_sites_twin_are_no_partner_of_a_neighbour(extractor):
    body = (
        "Сусідня Бородянська громада цього року уклала угоду про партнерство з німецьким містом Майнінген – "
        "на прохання побратимів з Бад-Гомбурга, які допомогли знайти партнера."
    )
    found = pairs(facts(extractor, body, owner=SKVYRA))
    assert ("Бородянська селищна громада", "Бад-Гомбург") not in found
    assert ("Бородянська селищна громада", "Майнінген") in found


def test_a_name_in_its_own_language_in_brackets_is_no_second_place(extractor):
    body = (
        "Окрім Альтенбурга, ми маємо угоду про партнерство з угорським містом Сомбатгей (Szombathely), "
        "підписану в 2017 році, та меморандум про співпрацю з Таращанською громадою, нашим сусідом."
    )
    assert ("Таращанська міська громада", "Сомбатгей") not in pairs(facts(extractor, body, owner=SKVYRA))


@pytest.mark.parametrize(
    "body",
    [
        "Ще з 2022 року громада заморозила контакти з білоруським містом Гомель, з яким мала угоду з 2006 року.",
        "Сквира призупинила співпрацю з білоруським містом Гомель.",
    ],
)
def test_a_suspension_ends_the_tie_for_now(extractor, body):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body, owner=SKVYRA)} == {("Гомель", "terminated")}


def test_an_area_noun_after_on_places_a_hromada_and_is_no_side(extractor):
    body = "Шполянська громада на Звенигородщині стала побратимом італійської Лукки."
    assert {ua for ua, _ in pairs(facts(extractor, body))} == {"Шполянська міська громада"}


def test_a_tie_suspended_then_restored_by_a_later_decision_is_renewed(extractor):
    body = (
        "Міська рада у грудні ухвалила рішення про тимчасове призупинення дії угоди про співпрацю з "
        "грузинським містом Телаві. Утім, уже в лютому ситуація змінилася. На сесії 20 лютого депутати "
        "ухвалили рішення про відновлення дії угоди з Телаві."
    )
    found = {(p, s) for _, p, _, _, s, _ in facts(extractor, body, owner=SKVYRA)}
    assert found == {("Телаві", "renewed")}


def test_an_ending_told_in_the_next_clause_leaves_the_listed_partners_alone(extractor):
    body = (
        "Також Сквира має давніх партнерів – польські Ополе та Ряшів, – а з російським Курськом громада "
        "розірвала угоду ще у 2022 році."
    )
    statuses = {(p, s) for _, p, _, _, s, _ in facts(extractor, body)}
    assert ("Ополе", "signed") in statuses and ("Ряшів", "signed") in statuses


@pytest.mark.parametrize(
    "body",
    [
        # a visiting Ukrainian mayor speaks of his own hromada's ties
        "У четвер до нас завітала делегація Фастівської громади.\n"
        "Під час зустрічі голова розповів про міжнародні зв'язки Фастова. «У нас є партнер у Литві. "
        "Нещодавно ми підписали меморандум і з чеським містом Кладно», – сказав він.",
        # a foreign mayor speaks of his own town's ties
        "Наш партнер, німецьке місто Альтенбург, надіслав громаді генератори.\n"
        "Під час візиту мер Андре Нойбауер розповів, що Альтенбург має й інших партнерів. «Ми давно "
        "співпрацюємо з Ополем у Польщі, а торік підписали меморандум з французьким Дижоном», – сказав він.",
        # the guests tell of their own hromada
        "Гості розповіли, що їхня громада нещодавно підписала угоду про співпрацю з польським містом Ополе.",
    ],
)
def test_a_guests_first_person_is_not_the_site(extractor, body):
    found = pairs(facts(extractor, body, owner=SKVYRA))
    assert not {p for ua, p in found if ua == "Сквирська міська громада"} & {"Кладно", "Ополе", "Дижон"}


def test_the_sites_own_voice_in_a_quotation_keeps_its_ties(extractor):
    body = (
        "Окрім Альтенбурга, наша громада має партнера в Польщі – Ополе. «У нас є також партнер у Чехії. "
        "Минулого року ми підписали угоду з містом Кладно», – зазначили в міській раді."
    )
    assert ("Сквирська міська громада", "Кладно") in pairs(facts(extractor, body, owner=SKVYRA))


def test_in_a_report_on_several_hromadas_a_paragraph_speaks_of_its_own(extractor):
    article = news_article(
        "Бучанська громада у 2024 році підписала угоду про партнерство з французьким містом Ньор.\n"
        "Ірпінська громада має давнього партнера у Польщі. Цього року до нього додався німецький партнер. "
        "Угоду з Ашаффенбургом підписали у квітні. Окрім того, громада співпрацює з Фастівською громадою: "
        "меморандум про це громади підписали у червні.",
        title="Буча та Ірпінь розповіли про своїх партнерів",
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert ("Ірпінська міська громада", "Ашаффенбург") in found
    assert not {pair for pair in found if pair[0] == "Бучанська міська громада"} - {
        ("Бучанська міська громада", "Ньор")
    }


def test_a_pronoun_opening_a_sentence_is_no_place(extractor):
    body = (
        "Павлоградська громада пішла шляхом співпраці з українськими громадами. Вона уклала угоди про "
        "партнерство з Покровською громадою Донеччини та Слобожанською громадою Харківщини."
    )
    assert "Вон" not in {p for _, p in pairs(facts(extractor, body))}


@pytest.mark.parametrize(
    "body",
    [
        "Деякі сайти писали, що Сквира торік підписала угоду з польським Ополем, але це не так: сторони "
        "лише обмінялися листами.",
        "У мережі можна прочитати, що Сквира має угоду з польським Ополем, але це поширена помилка.",
    ],
)
def test_a_claim_the_sentence_takes_back_is_no_fact(extractor, body):
    assert "Ополе" not in {p for _, p in pairs(facts(extractor, body))}


def test_a_wish_for_a_partnership_is_no_tie(extractor):
    body = (
        "Міський голова зазначив, що громада буде рада партнерству з канадським містом Едмонтон, але "
        "справжніх партнерів визначає не кількість підписаних документів, а справи."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_partner_whose_next_sentence_says_only_a_letter_of_intent_was_signed_is_intent(extractor):
    body = (
        "Сквира цього року отримала першого закордонного партнера – сербське місто Суботиця. Правда, "
        "угоду поки не підписано: сторони підписали лише лист про наміри."
    )
    assert {(p, r) for _, p, _, r, _, _ in facts(extractor, body)} == {("Суботиця", "intent")}


def test_hromadas_coordinated_after_with_are_objects_not_a_pair(extractor):
    body = (
        "Фастівська громада пішла шляхом співпраці з українськими громадами. Вона уклала угоди про "
        "партнерство з Бахмутською громадою Донеччини та Балаклійською громадою Харківщини."
    )
    found = pairs(facts(extractor, body))
    assert ("Балаклійська міська громада", "Бахмутська міська громада") not in found
    assert ("Бахмутська міська громада", "Балаклійська міська громада") not in found


def test_a_hromada_after_besides_is_no_side_of_the_next_partner(extractor):
    body = (
        "Окрім Фастова, Сквира має партнера в Німеччині – місто Альтенбург, з яким громада підписала угоду "
        "про дружбу у 2023 році."
    )
    assert {ua for ua, _ in pairs(facts(extractor, body))} == {"Сквирська міська громада"}


def test_a_list_item_is_its_siblings_countrys_much_bigger_namesake(extractor):
    body = (
        "Ще у 2022 році Сквира розірвала угоди з Тамбовом, Курськом та Орлом, а торік підписала угоду з "
        "польським Ополем."
    )
    found = {(p, c) for _, p, c, *_ in facts(extractor, body)}
    assert ("Орел", "RU") in found


def test_the_sites_unnamed_head_beside_a_foreign_mayor_signs_for_the_site(extractor):
    body = (
        "Навесні громада розпочала переговори з болгарським містом Карлово. 25 листопада міський голова та "
        "кмет Карлова Емил Кабаиванов підписали угоду про партнерство між нашими містами."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body, owner=SKVYRA)} == {("Карлово", "signed")}


def test_a_short_form_of_a_compound_partner_is_the_same_partner(extractor):
    body = (
        "Сквира уклала угоду про партнерство з румунським містом Кимпулунг-Молдовенеск у повіті Сучава. "
        "Документ підписали міський голова Сквири та мер Кимпулунга Міхай Негура."
    )
    assert {p for _, p in pairs(facts(extractor, body))} == {"Кимпулунг-Молдовенеск"}


def test_signers_after_sealed_with_signatures_are_the_pair(extractor):
    body = (
        "Навесні Сквира оголосила, що планує укласти угоду з польським містом Ґостинін. 6 червня угоду таки "
        "підписали: у Ґостиніні документ скріпили підписами бурмістр Ґостиніна Павел Кулеша та Сквирський "
        "міський голова."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Гостинін", "signed")}


def test_a_plan_to_prolong_an_agreement_keeps_the_tie_signed(extractor):
    body = (
        "Депутати підтримали пропозицію продовжити угоду з чеським містом Тршебич ще на п'ять років; "
        "відповідну додаткову угоду підпишуть у березні."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body, owner=SKVYRA)} == {("Тршебич", "signed")}


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Співпраця з угорським містом Ньїредьгаза, з яким громада мала угоду з 2005 року, фактично "
            "припинилася через відсутність проєктів, але офіційно угоду ніхто не розривав.",
            {("Ньїредьгаза", "signed")},
        ),
        # the tie said to go on is another partner's: the ending stands
        (
            "Сквира розірвала угоду з російським Курськом, а угода з польським Ополем продовжує діяти.",
            {("Курськ", "terminated")},
        ),
    ],
)
def test_a_tie_that_lapsed_in_deed_but_was_never_ended_stays_signed(extractor, body, expected):
    found = {(p, s) for _, p, _, _, s, _ in facts(extractor, body, owner=SKVYRA)}
    assert expected <= found and not {p for p, s in found if s == "terminated"} - {p for p, _ in expected}


def test_an_agreement_that_stood_in_force_until_it_was_ended_is_ended(extractor):
    body = (
        "Рішенням від 27 лютого рада розірвала угоду про співпрацю з російським містом Тула, яка формально "
        "залишалася чинною з 2007 року."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body, owner=SKVYRA)} == {("Тула", "terminated")}


def test_partners_became_a_hromada_and_a_town_names_the_two_sides(extractor):
    body = "Нагадаємо, нещодавно партнерами стали Бородянська громада та німецьке місто Майнінген."
    assert pairs(facts(extractor, body)) == {("Бородянська селищна громада", "Майнінген")}


def test_an_ending_the_next_sentence_tells_of_another_agreement_ends_nothing_before(extractor):
    body = (
        "Нагадаємо, Сквира має угоди з містами Ополе (Польща) та Алітус (Литва). А угода з російським "
        "Курськом була розірвана у 2022 році."
    )
    statuses = {(p, s) for _, p, _, _, s, _ in facts(extractor, body, owner=SKVYRA)}
    assert ("Ополе", "terminated") not in statuses and ("Алітус", "terminated") not in statuses
    assert ("Ополе", "signed") in statuses


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Чи стала Сквира побратимом польського Ряшева? Відповідаємо: ні.", set()),
        (
            "А от угоди з російським Курськом, підписаної у 2006 році, більше не існує: депутати розірвали її "
            "в березні 2022 року.",
            {("Курськ", "terminated")},
        ),
    ],
)
def test_a_question_asserts_no_tie_and_an_agreement_that_no_longer_exists_ended(extractor, body, expected):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body, owner=SKVYRA)} == expected


def test_a_participles_ending_is_its_own_clause_and_kept_ties_stay_signed(extractor):
    body = (
        "Навесні 2022 року Сквирська громада, розірвавши угоду з російським Брянськом, зберегла угоди про "
        "партнерство з містами Кельце та Тарнобжег у Польщі."
    )
    statuses = {(p, s) for _, p, _, _, s, _ in facts(extractor, body)}
    assert statuses == {("Брянськ", "terminated"), ("Кельце", "signed"), ("Тарнобжег", "signed")}


def test_an_ending_whose_council_decision_failed_is_no_ending(extractor):
    body = (
        "Депутати Сквирської міської ради розглянули проєкт рішення про припинення угоди про партнерство з "
        "литовським містом Алітус. Рішення не прийнято: за нього віддали лише сім голосів."
    )
    assert ("Алітус", "terminated") not in {(p, s) for _, p, _, _, s, _ in facts(extractor, body)}


@pytest.mark.parametrize(
    "refutation",
    [
        "Ця інформація не підтвердилася, повідомили в міській раді.",
        "Проте це фейк: жодних документів ніхто не підписував.",
        "У міській раді спростували ці повідомлення.",
        "У пресслужбі Сквирської міської ради це спростували: «Жодних документів ми не підписували».",
        "У міській раді цю інформацію заперечили.",
    ],
)
def test_a_claim_the_next_sentence_calls_untrue_is_no_fact(extractor, refutation):
    body = (
        "У соцмережах поширили новину, що Сквирська громада підписала угоду про побратимство з угорським "
        f"містом Сольнок. {refutation}"
    )
    assert facts(extractor, body) == set()
    assert pairs(facts(extractor, body.replace(refutation, "Угоду підписали мер і голова громади."))) == {
        ("Сквирська міська громада", "Сольнок")
    }


@pytest.mark.parametrize(
    "attribution, expected",
    [
        ("– розповіла Ірена Вуйцик, заступниця мера польського міста Сандомир.", set()),
        ("– наголосив бургомістр Сандомира Павел Ніжник.", set()),
        ("– наголосив міський голова Валентин Зіневич.", {("Сквирська міська громада", "Алітус")}),
    ],
)
def test_a_quotation_whose_speaker_is_named_after_it_as_a_guest_is_not_the_sites(
    extractor, attribution, expected
):
    body = (
        "До Сквири приїхали гості.\n"
        f"«Торік ми підписали угоду про співпрацю з литовським містом Алітус», {attribution}\n"
        "Гості відвідали ліцей."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == expected


def test_a_relative_clause_after_a_foreign_towns_name_read_as_a_word_tells_that_towns_ties(extractor):
    body = (
        "Закопане, яке з 2000-х років є побратимом угорського Егера та партнером кількох курортів, уже "
        "вдруге приймає на відпочинок дітей громади."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()
    person = (
        "Подяку висловили міському голові Валентину Зіневичу, який минулого тижня підписав угоду про "
        "партнерство з литовським містом Алітус."
    )
    assert pairs(facts(extractor, person, owner=SKVYRA)) == {("Сквирська міська громада", "Алітус")}


def test_a_plan_that_came_to_nothing_is_no_fact(extractor):
    body = (
        "У 2020 році Сквирська громада планувала підписати угоду про партнерство з литовським Алітусом, "
        "проте через пандемію візит скасували, і до цієї ідеї більше не поверталися."
    )
    assert facts(extractor, body) == set()
    plan = "У 2026 році Сквирська громада планує підписати угоду про партнерство з литовським Алітусом."
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, plan)} == {("Алітус", "planned")}


def test_an_ending_of_this_agreement_in_a_later_clause_ends_the_tie_before(extractor):
    body = (
        "До 2022 року Сквирська громада мала угоду про побратимство з білоруським Гродном, але після нападу "
        "росії з території Білорусі міська рада розірвала цю угоду."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Гродно", "terminated")}


def test_an_agreement_signed_in_a_new_edition_is_renewed(extractor):
    body = "Угоду про партнерство між Сквирською громадою та литовським Алітусом у новій редакції підписали 12 березня."
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Алітус", "renewed")}


def test_consent_to_another_act_is_no_plan_of_the_tie(extractor):
    body = (
        "Депутати Сквирської міської ради погодилися назвати нову вулицю на честь литовського міста-партнера "
        "Алітуса, з яким громада співпрацює понад двадцять років."
    )
    assert "planned" not in {s for *_, s, _ in facts(extractor, body)}


def test_two_hromadas_that_sign_an_agreement_together_are_a_domestic_pair(extractor):
    body = "Бучанська міська громада та Ізюмська міська громада 3 березня уклали угоду про співпрацю."
    assert pairs(facts(extractor, body)) == {("Бучанська міська громада", "Ізюмська міська громада")}
    with_a_third = (
        "Бучанська міська громада та Ізюмська міська громада 3 березня уклали угоди про співпрацю з "
        "польським містом Кельце."
    )
    assert ("Бучанська міська громада", "Ізюмська міська громада") not in pairs(
        facts(extractor, with_a_third)
    )


@pytest.mark.parametrize(
    "body, expected",
    [
        ("До цього Сквирська громада мала угоду лише з польським містом Кельце.", {"Кельце"}),
        ("Сквирська громада має партнерство з литовським Алітусом вже понад двадцять років.", {"Алітус"}),
        (
            "Нагадаємо, що Сквира має кількох закордонних партнерів, серед яких литовське місто Алітус та "
            "німецький Фюрт.",
            {"Алітус", "Фюрт"},
        ),
    ],
)
def test_a_tie_said_to_exist_with_only_or_among_reads_its_partners(extractor, body, expected):
    assert {p for _, p, *_ in facts(extractor, body)} == expected


def test_a_report_the_next_sentence_calls_inaccurate_is_no_signing(extractor):
    body = (
        "Минулого тижня ми повідомили, що Сквирська громада підписала угоду про партнерство з литовським "
        "містом Алітус. Це повідомлення виявилося неточним, і ми просимо вибачення у читачів."
    )
    assert "signed" not in {s for *_, s, _ in facts(extractor, body)}


def test_a_date_after_the_article_is_not_when_an_agreement_was_renewed(extractor):
    body = (
        "Угода між Сквирською громадою та литовським Алітусом у новій редакції діятиме до 2030 року з "
        "можливістю продовження."
    )
    found = extractor.extract(news_article(body, published="2025-05-20"))
    assert [(f.partner.name_uk, f.status, f.event_date) for f in found] == [("Алітус", "renewed", None)]
    told_after = (
        "Сквирська громада та литовське місто Алітус продовжили угоду про партнерство. Нову угоду підписали "
        "у 2030 році."
    )
    found = extractor.extract(news_article(told_after, published="2025-05-20"))
    assert [(f.status, f.event_date) for f in found] == [("renewed", None)]


@pytest.mark.parametrize(
    "body, partner",
    [
        ("З турецьким Ескішехіром угоду про партнерство торік уклав Немирів.", "Ескішехір"),
        (
            "Полтаву з американським Ірвайном, що в штаті Каліфорнія, пов'язує угода про побратимство.",
            "Ірвайн",
        ),
    ],
)
def test_a_fronted_partner_and_a_binding_verb_link_the_two_sides(extractor, body, partner):
    assert {p for _, p, *_ in facts(extractor, body)} == {partner}


def test_a_reported_question_asserts_no_tie(extractor):
    body = (
        "«Нас уже не раз питали, чи означає це, що Сквира і Кельце стали містами-побратимами. Ні, це "
        "шкільний проєкт», – пояснила директорка ліцею."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()
    told = "Сквира і Кельце стали містами-побратимами."
    assert pairs(facts(extractor, told)) == {("Сквирська міська громада", "Кельце")}


def test_the_town_as_subject_in_a_paragraph_about_a_foreign_town_is_that_town(extractor):
    body = (
        "Делегація громади побувала на ювілеї в Польщі.\n"
        "Хелм – місто на сході Польщі. Побратимство з литовським Алітусом місто уклало у 1998 році, і "
        "відтоді обидві громади обмінюються делегаціями."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Сквирська міська рада анулювала угоду про побратимство з російським Курськом.",
            {("Курськ", "terminated")},
        ),
        (
            "Сквирська громада та польський Хелм підписали актуалізовану угоду про партнерство.",
            {("Хелм", "renewed")},
        ),
        (
            "Угода з польськими Горлицями була призупинена в 2020 році, а цього року сесія міської ради "
            "ухвалила рішення відновити дію угоди.",
            {("Горлиці", "renewed")},
        ),
        (
            "Сквирська громада уклала угоду з литовським Алітусом у 2005 році. У 2022 році міська рада "
            "денонсувала цей документ.",
            {("Алітус", "terminated")},
        ),
        (
            "На травень планувалося підписання меморандуму між Сквирською громадою та польським Хелмом. "
            "Проте цього не сталося: проєкт документа втратив актуальність.",
            set(),
        ),
    ],
)
def test_statuses_told_in_other_words_or_in_the_next_sentence(extractor, body, expected):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body, owner=SKVYRA)} == expected


def test_a_foreign_town_defined_at_the_sentence_start_owns_its_relative_clauses_ties(extractor):
    body = (
        "Ельблонг – місто у Вармінсько-Мазурському воєводстві, яке вже чверть століття підтримує "
        "побратимські зв'язки з литовським Шяуляєм і нідерландським Зволле."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_name_before_a_plural_unit_noun_is_no_region(extractor):
    body = (
        "Зустріч відбулася під час Форуму регіонів Польщі та України, який приймав Ряшів – місто, що вже "
        "багато років є побратимом Сквири."
    )
    assert {p for _, p, *_ in facts(extractor, body)} == {"Ряшів"}


def test_a_domestic_partner_takes_its_own_clauses_status(extractor):
    body = (
        "Сквирська міська громада ще в березні уклала угоду про співпрацю з Ізюмською міською громадою, а "
        "Бучанська – веде перемовини з Покровською громадою Донеччини."
    )
    statuses = {(p, s) for _, p, _, _, s, _ in facts(extractor, body)}
    assert ("Ізюмська міська громада", "signed") in statuses


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Давнім партнером Сквири є литовський Алітус: угода між містами діє з 1996 року. У вересні 2025 "
            "року Сквира і Алітус перепідписали її в новій редакції.",
            {("Алітус", "renewed")},
        ),
        (
            "Сквирська громада співпрацювала з литовським Алітусом з 2008 року. Цього року сторони поновили "
            "дію угоди і затвердили план заходів.",
            {("Алітус", "renewed")},
        ),
        ("Сквира і Алітус перепідписали угоду в новій редакції.", {("Алітус", "renewed")}),
    ],
)
def test_a_renewal_of_it_told_next_renews_the_tie(extractor, body, expected):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == expected


def test_signing_a_work_plan_plans_no_tie(extractor):
    body = "У грудні до Сквири приїде делегація литовського Алітуса, з якою підпишемо план співпраці на 2026 рік."
    assert "planned" not in {s for *_, s, _ in facts(extractor, body, owner=SKVYRA)}


@pytest.mark.parametrize(
    "body",
    [
        "Сквирська громада готувала меморандум з литовським Алітусом. У 2023 році від підписання відмовилися.",
        "Навесні Сквирська громада планувала підписати меморандум з литовським Алітусом.\n"
        "Проте візит скасували, і до теми меморандуму більше не поверталися.",
        "Виконком погодив проєкт меморандуму між Сквирською громадою та литовським Алітусом. Той меморандум "
        "ми так і не підписали.",
        "Депутат запитав, чому громада досі не підписала угоду з литовським Алітусом.",
        "Депутатка поцікавилася, чи готується Сквирська громада поріднитися з литовським Алітусом.",
    ],
)
def test_plans_that_died_and_questions_about_them_are_no_facts(extractor, body):
    assert facts(extractor, body, owner=SKVYRA) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Сквирська громада та литовське місто Алітус уклали угоду про партнерство в оновленій редакції.",
        "Угоду Сквирської громади з литовським Алітусом у вересні переукладено ще на десять років.",
    ],
)
def test_renewals_in_other_words(extractor, body):
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Алітус", "renewed")}


def test_a_renewal_the_next_sentence_tells_of_another_partner_leaves_the_list_alone(extractor):
    body = (
        "Станом на кінець року Сквира має трьох побратимів: Ополе (Польща), Алітус (Литва) та Зугдіді "
        "(Грузія). Угоду з Алітусом у вересні переукладено ще на десять років."
    )
    statuses = {(p, s) for _, p, _, _, s, _ in facts(extractor, body)}
    assert ("Ополе", "signed") in statuses and ("Зугдіді", "signed") in statuses


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Сквирська громада підписала угоду про співпрацю з м. Ополе (Польща).", {"Ополе"}),
        ("Сквирська громада підписала угоду про співпрацю з ґм. Устрики Долішні.", {"Устрики Долішні"}),
        (
            "Партнери Сквирської громади: ґм. Устрики Долішні (Польща), м. Алітус (Литва).",
            {"Устрики Долішні", "Алітус"},
        ),
    ],
)
def test_a_units_abbreviation_before_a_partner_is_read_through(extractor, body, expected):
    assert {p for _, p, *_ in facts(extractor, body)} == expected


def test_a_town_that_is_no_longer_a_partner_ended_its_tie(extractor):
    ended = "Білоруський Гомель більше не є партнером Сквирської громади: угоду з ним розірвано у 2022 році."
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, ended)} == {("Гомель", "terminated")}
    denied = "Білоруський Гомель не є партнером Сквирської громади."
    assert facts(extractor, denied) == set()


def test_the_sites_partner_named_as_the_predicate(extractor):
    body = "Найближчим закордонним партнером громади залишається литовське місто Алітус."
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Сквирська міська громада", "Алітус")}
    assert facts(extractor, body) == set()  # a news page: whose hromada "громади" is, it does not say


def test_the_recipient_of_aid_is_no_side_of_the_givers_tie(extractor):
    body = (
        "Сквирська міська громада та її польський партнер — місто Хелм — спільно передали Херсону два "
        "генератори."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Хелм")}


def test_guests_after_a_partner_list_are_not_more_of_its_entries(extractor):
    body = (
        "На турнір приїхали команди з міст-побратимів Сквири: Хелма та Влодави, а також гості з Любомля та "
        "Шацька."
    )
    assert not {"Любомль", "Шацьк"} & {p for _, p, *_ in facts(extractor, body)}


def test_a_case_form_of_a_place_the_article_named_is_that_place_not_a_namesake(extractor):
    body = (
        "Новим партнером громади стала польська ґміна Міхалово на Підляшші. Угоду про співпрацю з Міхаловом "
        "ми підписали 15 травня 2025 року в Борщеві."
    )
    found = extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    assert {(f.ua.name_uk, f.partner.geonameid) for f in found} == {("Сквирська міська громада", 764936)}


def test_a_town_located_by_its_region_once_is_that_town_in_every_sentence(extractor):
    body = (
        "Ініціатива народилася в школі у Спрингфілді, штат Іллінойс, де вчителька зібрала гроші на генератор. "
        "Угоду про побратимство між Сквирою та Спрингфілдом підписали 3 березня 2025 року."
    )
    found = extractor.extract(news_article(body))
    assert {(f.ua.name_uk, f.partner.geonameid) for f in found} == {("Сквирська міська громада", 4250542)}


def test_a_town_placed_in_a_prefecture_in_brackets_is_that_town_in_the_title_too(extractor):
    # two exact namesakes in one country: the region's spelling differs from the gazetteer's, and its
    # unit word tells the country
    article = news_article(
        "Сквирська міська громада підписала меморандум з японським містом Кусацу (префектура Гумма).",
        title="Сквира і японське місто Кусацу підписали меморандум",
    )
    found = extractor.extract(article)
    assert {(f.ua.name_uk, f.partner.geonameid) for f in found} == {("Сквирська міська громада", 1858066)}


def test_a_town_named_with_its_state_keeps_that_state_in_its_mayors_title(extractor):
    body = (
        "Сквира і Варшава (штат Індіана, США) відтепер – міста-побратими. Угоду підписали Сквирський "
        "міський голова та мер Варшави Джо Томпсон 4 липня 2025 року. Це не столиця Польщі, а містечко "
        "на півночі штату."
    )
    found = extractor.extract(news_article(body))
    assert {(f.ua.name_uk, f.partner.country_iso2) for f in found} == {("Сквирська міська громада", "US")}


@pytest.mark.parametrize(
    "body",
    [
        # a route, a vehicle or a distance between two towns is no tie between them
        "Між Сквирою і Холмом відкриють регулярний автобусний рейс: перевізники вже підписали угоду про співпрацю.",
        "Між Сквирою і Холмом підписали угоду про відновлення прямого поїзда.",
        # an apposition does not reach across a clause of its own
        "Отже, партнером Фастова став Елк, а партнером Сквири – Ольштин, хоча відстань між Сквирою та Елком "
        "значно менша, ніж між Фастовом і Ольштином.",
        # "X регіонального розвитку": an adjective made from a unit's noun does not make the word before a region
        "Сквирська міська громада підписала меморандум про співпрацю з Агенцією регіонального розвитку Опольського "
        "воєводства.",
        # the clause says there is no agreement
        "Офіційної угоди про партнерство між містами Сквира і Ньїредьгаза поки немає.",
        "Між Сквирою та Холмом немає жодної угоди про партнерство.",  # a guard: read so before too
    ],
)
def test_what_stands_between_two_towns_without_tying_them(extractor, body):
    assert not {(ua, p) for ua, p, *_ in facts(extractor, body) if p != "Ольштин"}


def test_a_tie_between_two_towns_may_mention_a_route_in_another_clause(extractor):
    body = "Між Сквирою і Холмом підписали угоду про партнерство, яка передбачає і новий автобусний рейс."
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Холм")}


@pytest.mark.parametrize(
    "body",
    [
        # schools, rescuers or hospitals of two towns make a tie of their own
        "Угоду про партнерство між ліцеями Сквири та Кельце підписали директори двох шкіл.",
        "Рятувальники Сквири та Холма підписали меморандум про співпрацю.",
        "Сквира – Холм: бібліотеки двох міст підписали меморандум про співпрацю",
    ],
)
def test_the_tie_of_a_towns_school_or_service_is_not_the_towns(extractor, body):
    assert facts(extractor, body) == set()


def test_a_dash_pair_whose_towns_signed_is_still_a_pair(extractor):  # a guard: read so before too
    body = "Сквира – Холм: міста підписали угоду про партнерство"
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Холм")}


def test_a_town_from_a_region_is_that_regions_town_and_the_region_no_partner(extractor):
    body = "Сквира і Лондон з Онтаріо: меморандум про співпрацю підписано"
    found = extractor.extract(news_article(body))
    assert {(f.partner.country_iso2, f.partner.geonameid) for f in found} == {("CA", 6058560)}


def test_a_town_placed_in_a_region_where_the_gazetteer_lacks_it_is_no_namesake_elsewhere(extractor):
    body = (
        "Сквирська міська громада підписала меморандум про партнерство з містом Відень у штаті Вірджинія (США). "
        "Документ підписали міський голова Сквири і мер Відня Джейн Доу."
    )
    found = extractor.extract(news_article(body))
    assert {(f.partner.country_iso2, f.partner.geonameid) for f in found} == {("US", None)}


def test_an_association_from_a_town_in_the_owners_list_is_no_town_partner(extractor):
    body = (
        "Сьогодні серед партнерів Сквирської громади – польське місто Хелм, чеське місто Їглава, громадська "
        "організація «Дружба» з Ополя та ліцей у Любліні."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {
        ("Сквирська міська громада", "Хелм"),
        ("Сквирська міська громада", "Їглава"),
    }


def test_a_news_sites_name_in_quotes_names_no_side(extractor):
    body = (
        "Як розповіла «Фастів.Новини» Сквирська міська голова Ганна Дуб, наприкінці вересня громада уклала "
        "угоду про партнерство з польським містом Ополе."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Ополе")}


def test_a_foundation_from_a_town_the_owner_works_with_is_no_town_partner(extractor):
    body = (
        "Допомогу передали друзі з Польщі – благодійна фундація «Добрі руки» з Ополя, з якою наша громада "
        "співпрацює з 2022 року."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


@pytest.mark.parametrize(
    "body, status, event_date",
    [
        # a later clause renews the agreement the clause before told of
        (
            "Угоду про партнерство з Холмом Сквира підписала у 2006 році, а у квітні 2025 року міські голови "
            "підписали її нову редакцію.",
            "renewed",
            "2025-04",
        ),
        ("Сквира і Холм є містами-партнерами з 1992 року, а у 2024 році оновили угоду.", "renewed", "2024"),
        # an agreement prolonged until a year
        (
            "Сквира і польський Холм підписали додаткову угоду, якою дію угоди про співпрацю між громадами "
            "продовжено до 2030 року.",
            "renewed",
            None,
        ),
        # a programme within the tie is no renewal of it
        (
            "Сквира і Холм є містами-партнерами з 1992 року, а у 2024 році оновили програму співпраці.",
            "signed",
            "1992",
        ),
        # a council that initiates a tie plans it
        ("Сквирська міська рада ініціює побратимство з польським містом Холм.", "planned", None),
        # a year in its ordinal form
        (
            "Ще у 2015 році Сквира уклала угоду про партнерство з польським Ополем, а в 2018-му – з польським Холмом.",
            "signed",
            "2018",
        ),
    ],
)
def test_a_pairs_status_and_date_from_its_own_words(extractor, body, status, event_date):
    found = extractor.extract(news_article(body))
    assert {(f.status, f.event_date) for f in found if f.partner.name_uk == "Холм"} == {(status, event_date)}


def test_a_tie_only_said_to_go_on_is_withdrawn_when_the_article_denies_an_agreement_with_that_partner(
    extractor,
):
    body = (
        "Співпраця між Сквирою та Холмом у сфері безпеки триває з 2017 року. Наступні навчання пройдуть "
        "навесні. У міській раді зазначили, що громада має партнерів у Польщі, але з Холмом угоди про "
        "партнерство не підписувала."
    )
    assert facts(extractor, body) == set()
    # a denial of other places, after the partner set aside, withdraws nothing
    other = (
        "Сквира – побратим польського Холма. Окрім Холма, громада має робочі контакти з кількома селами, але "
        "формальних угод з ними немає."
    )
    assert pairs(facts(extractor, other)) == {("Сквирська міська громада", "Холм")}


def test_an_organ_of_a_foreign_unit_is_no_place(extractor):
    body = (
        "Сквира шукає партнерів у Швеції. Рада муніципалітету Нюборг ухвалила рішення укласти зі Сквирською "
        "громадою угоду про партнерство."
    )
    assert {p for _, p, *_ in facts(extractor, body)} == {"Нюборг"}


def test_a_titles_hromada_named_as_one_is_the_side_before_a_town_listed_with_foreign_partners(extractor):
    article = news_article(
        "Торік строк дії угоди сплив, тож угода з Ополем втратила чинність.",
        title="Холм, Фастів і Ополе: як Сквирська громада шукає партнерів",
    )
    found = extractor.extract(article)
    assert {(f.ua.name_uk, f.partner.name_uk, f.status) for f in found} == {
        ("Сквирська міська громада", "Ополе", "terminated")
    }


def test_a_foreign_region_keeps_the_country_the_article_gave_it(extractor):
    body = (
        "Громада має партнерів у Польщі.\n"
        "Про припинення дії угоди про співробітництво між Сквирською міською радою та Малоритським районом "
        "(Республіка Білорусь).\n"
        "Припинити дію угоди про співробітництво між Сквирською міською радою та Малоритським районом від "
        "22 серпня 2012 року."
    )
    found = extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    assert {f.partner.country_iso2 for f in found} == {"BY"}


def test_a_district_council_that_signs_is_named_in_the_nominative(extractor):
    body = (
        "Депутати підтримали рішення «Про припинення дії угоди про співпрацю між Сквирською міською радою та "
        "Кричевською районною радою і містом Кричев» (Республіка Білорусь)."
    )
    found = extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    regions = {f.partner.name_uk for f in found if f.partner.level == "region"}
    assert regions <= {"Кричевський район"}  # never the adjective's instrumental


def test_a_proposal_the_council_later_turned_down_is_no_plan(extractor):
    body = (
        "Проєкт рішення «Про схвалення меморандуму про співпрацю між Сквирською міською громадою та містом "
        "Ополе» підготував відділ економіки.\n"
        "Депутати довго обговорювали документ. Дехто сумнівався в тексті. Інші просили почекати.\n"
        "Міський голова заявила, що питання співпраці з Ополем знято з розгляду."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()
    planned = body.rsplit("\n", 1)[0]  # without the last paragraph the draft is a plan
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, planned, owner=SKVYRA)} == {("Ополе", "planned")}


def test_a_digests_item_that_opens_with_its_oblast_speaks_of_the_hromada_after_it(extractor):
    body = (
        "Київщина. Сквирська громада та польське місто Хелм підписали угоду про партнерство.\n"
        "Волинь. Велицька громада Ковельського району має нового друга. Лист про наміри щодо співпраці з "
        "фінським містом Куопіо підписали 4 листопада."
    )
    found = extractor.extract(news_article(body, title="Тиждень громад: партнери Сквири і лист про наміри"))
    assert {(f.ua.name_uk, f.partner.name_uk) for f in found} == {
        ("Сквирська міська громада", "Хелм"),
        ("Велицька сільська громада", "Куопіо"),
    }


def test_an_indeclinable_town_between_its_heads_title_and_name_is_the_heads_town(extractor):
    body = (
        "Сквирська громада шукала партнера в Німеччині. 14 травня 2025 року міський голова Сквири Олена "
        "Коваль та бургомістр Людвігсфельде Ганс Мюллер підписали угоду про партнерство між містами."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Людвігсфельде")}


def test_a_name_the_sentence_places_abroad_is_not_its_ukrainian_namesake(extractor):
    body = (
        "5 травня у словацькому місті Комарно голова Сквирської громади Олена Коваль та голова "
        "муніципалітету Комарно Ян Новак підписали меморандум про співпрацю."
    )
    assert all(country != "UA" for _, _, country, *_ in facts(extractor, body))


def test_a_hromada_that_holds_no_talks_with_a_town_has_no_tie_with_it(extractor):
    said = "Секретар Сквирської міської ради додав, що громада {} про партнерство з міською владою Алітуса."
    assert facts(extractor, said.format("поки не веде переговорів")) == set()
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, said.format("вже веде переговори"))} == {
        ("Алітус", "in_negotiation")
    }


def test_a_sentence_that_says_what_a_tie_is_not_states_none(extractor):
    body = (
        "Сквирська громада співпрацює з Рокитнянською громадою у сфері освіти, але це спільний шкільний "
        "проєкт, а не угода про партнерство."
    )
    assert facts(extractor, body) == set()
    more = "Сквирська громада уклала з Рокитнянською громадою угоду про партнерство, а не лише меморандум."
    assert pairs(facts(extractor, more)) == {("Сквирська міська громада", "Рокитнянська селищна громада")}


def test_a_region_that_a_town_bears_only_as_an_alias_is_no_town(extractor):
    body = (
        "Американський Лінкольн став партнером Сквирської громади. Угоду підписали 3 травня 2025 року мер "
        "Лінкольна та міський голова Сквири. Наступним кроком громада планує підписати угоду з Небраскою."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Лінкольн")}


def test_a_region_of_the_articles_country_is_not_a_town_of_its_name_elsewhere(extractor):
    body = (
        "Канадський Вінніпег став партнером Сквирської громади. Сквирська громада також підписала "
        "меморандум з Онтаріо."
    )
    assert {(p, c) for _, p, c, *_ in facts(extractor, body)} == {("Вінніпег", "CA")}


def test_a_previous_agreement_that_was_in_force_is_no_preliminary_one():
    assert relation_of("Сторони підписали попередню угоду про співпрацю.") == "intent"
    assert relation_of("Попередня угода з містом діяла з 2019 року.") != "intent"


def test_an_agreement_the_next_sentence_extends_without_naming_another_side_was_renewed(extractor):
    body = (
        "Угоду про партнерство з польським містом Хелмом Сквирська громада вперше уклала в 2019 році. "
        "Торік сторони продовжили угоду ще на п'ять років."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Хелм", "renewed")}
    other = body.replace("продовжили угоду", "продовжили угоду з литовським Алітусом")
    assert ("Хелм", "signed") in {(p, s) for _, p, _, _, s, _ in facts(extractor, other)}


def test_of_two_hromadas_in_a_title_the_one_the_body_names_again_is_the_articles(extractor):
    body = (
        "Торік депутати міської ради ухвалили рішення підписати угоду про партнерство з литовським Алітусом. "
        "Сквирська громада давно дружить з польськими містами."
    )
    article = news_article(body, title="Південна громада на кордоні: як Сквира шукає партнерів")
    assert {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)} == {
        ("Сквирська міська громада", "Алітус")
    }


def test_a_town_the_article_places_by_its_country_is_that_town_in_any_case_elsewhere(extractor):
    body = (
        "Сесія ради: розрив угод з російським Єльцем і Березою. Угоду про співпрацю з міською радою Берези "
        "(Білорусь) підписали у 2011 році."
    )
    found = {(p, c) for _, p, c, *_ in facts(extractor, body, owner=SKVYRA)}
    assert found == {("Єлець", "RU"), ("Береза", "BY")}


def test_a_tie_a_foreign_towns_office_tells_of_its_own_town_is_not_the_owners(extractor):
    body = (
        "Мерія угорського Сегеда нагадала, що місто вже багато років підтримує побратимські зв'язки з сербською "
        "Суботицею, і запропонувала спільні проєкти."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_town_that_is_the_partner_of_our_hromada_as_the_subject_is_the_owners_partner(extractor):
    body = "Угорський Сегед уже багато років є побратимом нашої громади."
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Сквирська міська громада", "Сегед")}


def test_a_plan_whose_decision_was_later_cancelled_came_to_nothing(extractor):
    body = (
        "У 2023 році Сквирська міська рада ухвалила рішення про намір підписати угоду про співпрацю з "
        "литовським містом Алітус. Але навесні 2025 року рішення скасували."
    )
    assert facts(extractor, body) == set()
    kept = body.replace("Але навесні 2025 року рішення скасували.", "Підписання призначили на весну.")
    assert pairs(facts(extractor, kept)) == {("Сквирська міська громада", "Алітус")}


def test_a_partnership_still_being_formalised_is_in_negotiation(extractor):
    body = "Водночас Сквирська громада оформлює партнерство з литовським містом Алітус."
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Алітус", "in_negotiation")}
    done = body.replace("оформлює", "оформила")
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, done)} == {("Алітус", "signed")}


@pytest.mark.parametrize(
    "body",
    [
        "Нагадаємо, раніше Київська обласна військова адміністрація підписала меморандум про співпрацю з "
        "польським містом Радом.",
        "Нагадаємо, раніше Київська обласна рада підписала угоду про партнерство з Мазовецьким воєводством.",
        "Нагадаємо, раніше Київська ОДА підписала декларацію про співпрацю з польським регіоном Мазовія.",
        "Нагадаємо, що з 2021 року Київська область співпрацює з Мазовецьким воєводством.",
        "Кілька громад області мають партнерів у Польщі, а торік обласна рада підписала меморандум з "
        "Мазовецьким воєводством.",
    ],
)
def test_an_oblast_body_that_signs_is_no_hromadas_side(extractor, body):
    assert facts(extractor, body, owner=SKVYRA) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Ряшів має кілька побратимів, зокрема угорське місто Ньїредьгаза та словацький Кошице.",  # a guard
        "Цьогорічні Дні Ряшева мали особливий привід: місто відзначало річницю побратимства з угорським "
        "містом Ньїредьгаза.",
        # a town the gazetteer spells otherwise, as the subject of a reported clause
        "Він додав, що Дюб'юк має давні міжнародні зв'язки: цього року місто відзначає тридцятиріччя "
        "побратимства з канадським Шербруком.",
    ],
)
def test_a_foreign_towns_own_twins_are_not_the_owners(extractor, body):
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_ukrainian_town_in_a_later_errand_or_as_the_venue_is_no_side(extractor):
    errands = (
        "У наступному році рада планує підписати угоду з литовським Алітусом, провести Дні громади за "
        "участі делегації Узина та відкрити молодіжний центр."
    )
    assert pairs(facts(extractor, errands, owner=SKVYRA)) == {("Сквирська міська громада", "Алітус")}
    assert facts(extractor, errands) == set()  # no owner: the errand's town does not take its place
    venue = "Угоду про співпрацю з литовським Алітусом підписали 11 грудня в Білій Церкві."
    assert pairs(facts(extractor, venue, owner=SKVYRA)) == {("Сквирська міська громада", "Алітус")}


def test_a_signing_only_others_reported_and_the_text_denies_is_no_tie(extractor):
    body = (
        "У мережі з'явилися дописи про те, що Сквирська громада уклала угоду з литовським Алітусом. "
        "Сільський голова заявив, що жодної угоди з Алітусом громада не підписувала."
    )
    assert facts(extractor, body) == set()


@pytest.mark.parametrize(
    "title, reported",
    [
        (  # the paper's own earlier report, denied in the title
            "Уточнення: Сквирська громада та Алітус поки що угоду не підписали",
            "Минулого тижня ми повідомили, що Сквирська міська громада підписала угоду про партнерство з "
            "литовським містом Алітус.",
        ),
        (  # a lesser paper signed in the agreement's place
            "Сквира і литовський Алітус: підписали не угоду, а протокол",
            "Кілька днів тому ми повідомляли, що Сквирська міська громада підписала угоду про партнерство з "
            "литовським містом Алітус.",
        ),
        (  # what the first version of the story said
            "Уточнення: Сквирська громада і литовський Алітус угоди ще не підписали",
            "У первинній версії матеріалу йшлося про те, що громада підписала угоду про партнерство з "
            "литовським містом Алітус.",
        ),
    ],
)
def test_a_signing_reported_before_that_a_correction_denies_is_not_signed(extractor, title, reported):
    body = f"{title}.\n{reported} Насправді сторони підписали лише протокол зустрічі."
    assert all(f.status != "signed" for f in extractor.extract(news_article(body, title=title)))


def test_a_city_the_title_names_for_one_of_its_districts_is_no_partner(extractor):
    body = "Лист про наміри підписали 6 листопада міський голова Сквири та староста сьомого району Праги."
    article = news_article(body, title="Сквирська громада підписала лист про наміри з Прагою")
    assert all(f.partner.name_uk != "Прага" for f in extractor.extract(article))


def test_a_town_the_title_names_for_a_hromada_of_its_oblast_is_no_partner(extractor):
    body = (
        "Сквирська міська громада підписала меморандум про партнерство з Кушугумською селищною громадою "
        "Запорізької області. Кушугумська громада розташована неподалік Запоріжжя."
    )
    article = news_article(body, title="Сквира та Кушугум: громада підписала меморандум з Запоріжжям")
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert found == {("Сквирська міська громада", "Кушугумська селищна громада")}


def test_a_namesake_the_text_says_not_to_confuse_with_does_not_place_the_partner(extractor):
    body = (
        "Сквирська громада та канадське місто Лондон (провінція Онтаріо) підписали угоду про партнерство. "
        "Документ підписали міський голова Сквири та мер Лондона. Мер пожартував, що його місто не варто "
        "плутати з британським Лондоном."
    )
    assert {(p, c) for _, p, c, *_ in facts(extractor, body)} == {("Лондон", "CA")}


def test_a_sentence_naming_no_side_goes_on_about_the_tie_the_article_gave_its_partner(extractor):
    title = "Сквира підписала угоду з литовським Алітусом, Узин готується до партнерства з польським Ряшевом"
    body = (
        f"{title}.\nСквирська міська громада та литовське місто Алітус підписали угоду про співпрацю.\n\n"
        "Узинська міська громада тим часом готується до підписання угоди про партнерство з польським "
        "містом Ряшів.\n\nСпівпраця з Ряшевом розпочалася з допомоги: з 2022 року польські волонтери передали "
        "громаді кілька вантажів."
    )
    article = news_article(body, title=title)
    found = {(f.ua.name_uk, f.partner.name_uk, f.status) for f in extractor.extract(article)}
    assert ("Сквирська міська громада", "Ряшів", "signed") not in found  # not the title's hromada's tie
    assert ("Узинська міська громада", "Ряшів", "planned") in found  # the tie keeps its own status
    assert ("Сквирська міська громада", "Алітус", "signed") in found


def test_a_town_joined_to_a_place_named_as_where_is_where_too(extractor):
    title = "Сквира і польська Бохня уклали угоду про співпрацю"
    body = (
        f"{title}.\nНагадаємо, Сквирська громада торік стала партнером Покровської громади Донеччини в межах "
        "проєкту «Пліч-о-пліч». Тоді громади підписали меморандум, і відтоді сквирці регулярно передають допомогу покровським "
        "переселенцям, які мешкають у Житомирі та Бердичеві."
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(news_article(body, title=title))}
    assert ("Сквирська міська громада", "Покровська міська громада") in found
    assert all(partner not in ("Житомир", "Бердичів") for _, partner in found)


@pytest.mark.parametrize(
    "body, expected",
    [
        (  # a first name the dictionary reads only in the nominative begins the holder's name
            "Сквирська громада має партнера в Португалії. Сквирський міський голова Сергій Коваль та Узинський "
            "селищний голова Юрій Петренко підписали меморандум про партнерство між громадами.",
            {("Сквирська міська громада", "Узинська міська громада")},
        ),
        (  # the holder after "мер словацького міста X" is a person, as after "мер міста X"
            "Сквирська громада має побратимів у Польщі. 10 березня у приміщенні Сквирської міської ради "
            "міський голова Іван Дирів та мер словацького міста Гуменне Мілослав Лацко підписали угоду про "
            "співпрацю між Сквирською міською громадою та містом Гуменне.",
            {("Сквирська міська громада", "Гуменне")},
        ),
    ],
)
def test_the_holder_named_after_an_office_is_a_person_whatever_town_a_sound_alike_spells(
    extractor, body, expected
):
    assert pairs(facts(extractor, body)) == expected


def test_a_ukrainian_name_in_a_clause_on_where_the_partner_lies_is_no_side(extractor):
    title = "Сквира та литовський Алітус підписали лист про наміри"
    body = (
        f"{title}.\nДля Сквирської громади це друге партнерство. З 2020 року громада має угоду про "
        "побратимство з болгарським містом Карлово, розташованим у мальовничій Долині троянд."
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(news_article(body, title=title))}
    assert ("Сквирська міська громада", "Карлово") in found
    assert all(side == "Сквирська міська громада" for side, _ in found)


@pytest.mark.parametrize(
    "body, towns",
    [
        (  # a foreign town declined like an adjective after an office is the office's town
            "Сквирська та Узинська громади підписали угоди з польськими містами. Документи підписали: "
            "Сквирський міський голова Іван Коваль та бургомістр Ліманової Владислав Новак; Узинський міський "
            "голова Оксана Петренко та бургомістр Горлиць Рафал Кукла.",
            ("Ліманова", "Горлиці"),
        ),
        (  # a case form of the Ukrainian name the gazetteer gives a town is that town
            "Угоди про партнерство з німецькими містами підписали: Сквирський міський голова Віктор Марченко "
            "та бургомістр Ільцена Юрген Маркварт; Узинський міський голова Іван Охрименко та бургомістр "
            "Нінбурга Йенс Вінкель.",
            ("Ільцен", "Нінбург"),
        ),
    ],
)
def test_the_town_after_each_signers_office_is_that_signers_partner(extractor, body, towns):
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", towns[0]),
        ("Узинська міська громада", towns[1]),
    }


def test_the_hromada_in_between_the_hromada_and_a_town_is_the_one_named_before(extractor):
    body = (
        "Сквирський міський голова Віктор Коваленко та Хольгер Расмуссен підписали угоду про партнерство між "
        "громадою та данським містом Накскув."
    )
    assert {(ua, p, link) for ua, p, _, _, _, link in facts(extractor, body)} == {
        ("Сквирська міська громада", "Накскув", "between")
    }


def test_a_second_town_after_its_own_adjective_and_unit_word_continues_the_list(extractor):
    body = "Сквирська громада також має партнерські угоди з литовським містом Алітус та словацьким містом Бардіїв."
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Алітус"),
        ("Сквирська міська громада", "Бардіїв"),
    }


def test_a_hromada_that_has_a_partner_in_a_country_names_it_after_a_dash(extractor):
    body = "Сквирська громада вже має партнера в Польщі — місто Олава, угоду з яким підписали у 2023 році."
    found = {(ua, p, s) for ua, p, _, _, s, _ in facts(extractor, body)}
    assert found == {("Сквирська міська громада", "Олава", "signed")}


def test_a_signed_letter_of_intent_about_a_future_partnership_is_signed(extractor):
    body = (
        "Сквирська громада та литовське місто Алітус підписали лист про наміри щодо майбутнього партнерства."
    )
    assert {(p, r, s) for _, p, _, r, s, _ in facts(extractor, body)} == {("Алітус", "intent", "signed")}
    planned = "Сквирська громада та литовське місто Алітус планують підписати лист про наміри."
    assert {s for *_, s, _ in facts(extractor, planned)} == {"planned"}


def test_an_anniversary_of_the_signing_says_the_tie_exists(extractor):
    body = "У вересні минає двадцять років від дня підписання угоди про побратимство між Сквирою і словацьким містом Требішов."
    assert {(p, s, link) for _, p, _, _, s, link in facts(extractor, body)} == {
        ("Требішов", "signed", "between")
    }


def test_an_agreement_whose_term_ran_out_ended_unless_it_was_prolonged(extractor):
    ran_out = (
        "Угода Сквирської громади з литовським Алітусом, підписана у 2018 році на п'ять років, завершила свою "
        "дію у 2023 році."
    )
    assert {s for *_, s, _ in facts(extractor, ran_out)} == {"terminated"}
    prolonged = "Угоду Сквирської громади з литовським Алітусом, термін дії якої завершився, продовжили на п'ять років."
    assert {s for *_, s, _ in facts(extractor, prolonged)} == {"renewed"}
    running_out = (  # a term that was running out is the renewal's occasion, not an end
        "Сквирська громада та литовське місто Алітус продовжили угоду про співпрацю ще на п'ять років. Угоду "
        "між Сквирою та Алітусом було вперше підписано у 2020 році, термін її дії спливав цього літа."
    )
    assert {s for *_, s, _ in facts(extractor, running_out)} == {"renewed"}


def test_a_district_named_with_its_city_and_a_hyphen_is_the_same_partner(extractor):
    body = (
        "Сквирська громада підписала меморандум з польською дільницею Бемово. Меморандум між Сквирською "
        "громадою та дільницею Варшава-Бемово підписали 14 листопада 2024 року."
    )
    article = news_article(body, published="2025-01-10")
    found = [(f.partner.name_uk, f.partner.geonameid, f.event_date) for f in extractor.extract(article)]
    assert found == [("Бемово", 776251, "2024-11-14")]


def test_a_sentence_opening_with_its_head_speaks_of_the_hromada_just_named(extractor):
    title = "Сквирська громада підписала угоду з литовським Алітусом"
    body = (
        f"{title}.\nСквирська міська громада та литовське місто Алітус підписали угоду про партнерство.\n\n"
        "Не оминула міжнародна тематика і сусідню Узинську міську громаду. Її голова Людмила Терещенко "
        "повідомила, що громада веде переговори про партнерство з португальським містом Томар."
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(news_article(body, title=title))}
    assert found == {("Сквирська міська громада", "Алітус"), ("Узинська міська громада", "Томар")}


def test_a_sentence_opening_with_its_delegation_speaks_of_the_hromada_just_named(extractor):
    body = (
        "Про нові угоди розповіли на форумі у Вінниці. Сквирська громада теж готується до угоди. Її делегація "
        "провела переговори з польською Нисою про партнерство."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ниса", "in_negotiation")
    }


# A council's partner page set out under headings, one paragraph per partner.
PARTNER_PAGE = (
    "Сквирська громада розвиває міжнародні зв'язки.\n\n"
    "Міста-побратими\n\n"
    "Ополе (Польща) – угоду про побратимство підписано у 2011 році. Щоліта діти громади відпочивають там.\n\n"
    "Тарту (Естонія) – побратими з 2016 року.\n\n"
    "Міста-партнери\n\n"
    "Брно, Чехія – меморандум про партнерство підписано у 2022 році.\n\n"
    "Клайпеда, Литва – підписання угоди про співпрацю заплановано на 2026 рік.\n\n"
    "Партнери в Україні\n\n"
    "Фастівська міська громада (Київська область) – угода про партнерство 2023 року.\n\n"
    "Питання щодо співпраці надсилайте на пошту відділу."
)


def test_a_partner_page_under_headings_gives_each_entry_to_the_pages_hromada(extractor):
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.relation, f.status, f.event_date, f.link)
        for f in extractor.extract(news_article(PARTNER_PAGE, council=True), owner_katottg=SKVYRA)
    }
    assert found == {
        ("Сквирська міська громада", "Ополе", "twinning", "signed", "2011", "owner_list"),
        ("Сквирська міська громада", "Тарту", "twinning", "signed", "2016", "owner_list"),
        ("Сквирська міська громада", "Брно", "memorandum", "signed", "2022", "owner_list"),
        ("Сквирська міська громада", "Клайпеда", "cooperation", "planned", None, "owner_list"),
        (
            "Сквирська міська громада",
            "Фастівська міська громада",
            "partnership",
            "signed",
            "2023",
            "owner_list",
        ),
    }


def test_a_heading_that_names_a_hromada_gives_its_entries_to_it(extractor):
    body = "Побратими Фастівської громади\n\nОполе (Польща) – угоду підписано у 2011 році."
    assert pairs(facts(extractor, body, SKVYRA)) == {("Фастівська міська громада", "Ополе")}


@pytest.mark.parametrize(
    "body",
    [
        # not a heading of partners: donors and projects
        "Донори та проєкти\n\nОполе (Польща) – грант на ремонт школи, угоду підписано у 2021 році.",
        # a paragraph of another shape after the heading ends the list before the dash paragraph
        "Міста-побратими\n\nГромада пишається своїми друзями.\n\nОполе (Польща) – угоду підписано у 2011 році.",
        # a sentence inside a paragraph is no entry, whatever its shape
        "Міста-побратими\n\nСпівпраця триває. Ополе (Польща) – місто, де відбувся форум.",
    ],
)
def test_dash_paragraphs_outside_a_partner_heading_are_no_entries(extractor, body):
    assert facts(extractor, body, SKVYRA) == set()


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Міста-побратими", True),
        ("Наші міста-партнери", True),
        ("Партнери в Україні", True),
        ("2. Закордонні партнери", True),
        ("Побратими Фастівської громади", True),
        ("Донори та проєкти", False),
        ("Партнери проєкту та донори громади", False),
        ("Наші партнери запрошують на фестиваль", False),
    ],
)
def test_a_partner_heading_is_a_word_for_partners_and_whose_they_are(line, heading):
    from parsers.facts.sections import partner_heading

    assert partner_heading(line) is heading


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "З муніципалітетом Кимпулунг-Молдовенеск угоду про співпрацю підписано у 2019 році.",
            "Кимпулунг-Молдовенеск",
        ),
        ("З Тарту (Естонія) угоду про побратимство підписано у 2016 році.", "Тарту"),
        ("З польським містом Ополе громада підписала угоду про співпрацю.", "Ополе"),
        ("З польським містом Ополе у 2019 році підписано угоду про співпрацю.", "Ополе"),
        # talks going on, told by the one phrase for them, with a word or two before the noun
        ("З литовським містом Утена громада веде активні ділові переговори про угоду.", "Утена"),
        ("З литовським містом Утена ми ведемо активні ділові переговори.", "Утена"),
    ],
)
def test_a_partner_fronted_with_z_on_the_hromadas_own_site_is_its_partner(extractor, body, expected):
    assert pairs(facts(extractor, body, SKVYRA)) == {("Сквирська міська громада", expected)}


@pytest.mark.parametrize(
    "body",
    [
        "Другу угоду громада уклала 12 червня 2025 року з німецьким містом Еберсберг.",
        "Угоду громада підписала у 2024 році з німецьким містом Еберсберг.",
    ],
)
def test_a_date_between_the_signing_verb_and_its_partner_is_an_aside(extractor, body):
    assert pairs(facts(extractor, body, SKVYRA)) == {("Сквирська міська громада", "Еберсберг")}


def test_a_fronted_partner_signed_with_by_somebody_named_after_the_verb_is_not_the_sites(extractor):
    body = "З польським містом Ополе угоду про співпрацю підписав і чеський Брно."
    assert facts(extractor, body, SKVYRA) == set()


def test_a_town_placed_in_a_region_in_brackets_decides_its_later_case_forms(extractor):
    # the article names several countries; the town's instrumental is read as the town placed earlier
    body = (
        "Громада має партнерів в Ізраїлі та Білорусі. "
        "Торік надійшла пропозиція від канадського містечка Інгерсолл (провінція Онтаріо). "
        "У 2026 році плануємо підписати угоду про співпрацю з Інгерсоллом."
    )
    assert ("Сквирська міська громада", "Інгерсолл") in pairs(facts(extractor, body, SKVYRA))


def test_a_bare_agreement_about_a_listed_twin_keeps_the_lists_twinning(extractor):
    body = (
        "Громада має побратимів: Ополе (Польща), Тарту (Естонія). "
        "Найстаріша угода – з Ополе – діє з 2009 року."
    )
    found = {
        (f.partner.name_uk, f.relation, f.event_date)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert ("Ополе", "twinning", "2009") in found


def test_a_bulleted_list_under_a_colon_gives_each_lines_partner_its_own_date(extractor):
    body = (
        "Міста-побратими:\n"
        "- місто Ополе (Польща) — угода підписана у 2011 році;\n"
        "- місто Тарту, місто Пярну (Естонія);\n"
        "- Фастівська міська громада (Київська область) — меморандум, 2024 рік."
    )
    found = {
        (f.partner.name_uk, f.relation, f.event_date)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert found == {
        ("Ополе", "twinning", "2011"),
        ("Тарту", "twinning", None),
        ("Пярну", "twinning", None),
        ("Фастівська міська громада", "twinning", "2024"),  # the line's own year, "…, 2024 рік"
    }


def test_a_numbered_list_opened_by_a_colon_goes_on_in_the_paragraphs_after_it(extractor):
    body = (
        "Сьогодні громада має три міста-партнери за кордоном:\n"
        "1. Ополе (Польща) — угода про партнерство від 2017 року. Діти щоліта відпочивають там.\n"
        "2. Тарту (Естонія) — угода про співпрацю з 2020 року.\n"
        "3. Брно (Чехія) — меморандум про партнерство, підписаний 14 травня 2025 року."
    )
    found = {
        (f.partner.name_uk, f.relation, f.event_date, f.link)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert found == {
        ("Ополе", "partnership", "2017", "owner_list"),
        ("Тарту", "cooperation", "2020", "owner_list"),
        ("Брно", "memorandum", "2025-05-14", "owner_list"),
    }


@pytest.mark.parametrize(
    "body",
    [
        "Делегацію надіслав угорський Дебрецен, з яким наша громада має угоду про співпрацю з 2017 року.",
        "Делегацію надіслав Дебрецен – угорське місто, з яким громада має угоду про співпрацю з 2017 року.",
        "Делегацію надіслав угорський Дебрецен, з яким у 2017 році підписано угоду про співпрацю.",
    ],
)
def test_a_relative_clause_whose_subject_is_the_hromada_ties_the_partner_to_it(extractor, body):
    assert pairs(facts(extractor, body, SKVYRA)) == {("Сквирська міська громада", "Дебрецен")}


def test_a_relative_clause_with_a_subject_of_its_own_ties_nothing_to_the_site(extractor):
    body = "Делегацію надіслав угорський Дебрецен, з яким Ніредьгаза має угоду про співпрацю з 2017 року."
    assert ("Сквирська міська громада", "Дебрецен") not in pairs(facts(extractor, body, SKVYRA))


def test_signatures_put_under_a_memorandum_sign_it(extractor):
    body = "Мери поставили підписи під меморандумом про співпрацю між Фастовом та польським містом Ополе."
    assert facts(extractor, body) == {
        ("Фастівська міська громада", "Ополе", "PL", "memorandum", "signed", "between")
    }


def test_between_the_hromada_and_a_partner_speaks_of_the_paragraphs_hromada(extractor):
    body = (
        "Ще одна історія – у Гребінківській міській громаді. "
        "Угоду про партнерство між громадою та французьким Вєрзоном підписали в жовтні онлайн."
    )
    assert pairs(facts(extractor, body)) == {("Гребінківська міська громада", "Вєрзон")}


def test_a_hromada_named_in_a_relative_clause_after_the_partner_is_its_side(extractor):
    body = "Партнером громади залишається польське місто Ополе, угоду про співпрацю з яким Фастів підписав ще у 2008 році."
    assert pairs(facts(extractor, body, SKVYRA)) == {("Фастівська міська громада", "Ополе")}


def test_a_place_named_by_both_its_units_is_governed_by_the_with_before_them(extractor):
    body = "Громада підписала оновлену редакцію угоди про партнерство з містом і ґміною Кольбушова."
    assert facts(extractor, body, SKVYRA) == {
        ("Сквирська міська громада", "Кольбушова", "PL", "partnership", "renewed", "signing")
    }


def test_a_list_of_dash_pairs_may_give_each_hromadas_oblast_in_brackets(extractor):
    body = (
        "Нові пари громад, які уклали меморандуми:\n"
        "Сквирська (Київська область) — Мостиська (Львівська область);\n"
        "Тлумацька (Івано-Франківська область) — Перечинська (Закарпатська область)."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Мостиська міська громада"),
        ("Тлумацька міська громада", "Перечинська міська громада"),
    }


def test_an_aside_between_a_fronted_partner_and_the_subject_keeps_the_link(extractor):
    body = "З литовським Шяуляєм, зокрема, Фастів уклав угоду про побратимство у 2019 році."
    assert pairs(facts(extractor, body)) == {("Фастівська міська громада", "Шяуляй")}


def test_a_town_named_after_its_countrys_adjective_decides_its_later_case_forms(extractor):
    # three countries: a case form alone would be searched by sound in the first two only
    body = (
        "Фастів має партнерів у Грузії, Польщі та Литві. Серед них — грузинське місто Телаві, "
        "польське місто Ополе та литовське місто Тракай. З Тракаєм Фастів уклав угоду про побратимство у 2019 році."
    )
    assert ("Фастівська міська громада", "Тракай") in pairs(facts(extractor, body))


def test_talks_named_right_after_the_partner_link_it_to_the_site(extractor):
    body = "Зараз ми ведемо з латвійським містом Огре переговори про угоду про партнерство."
    assert facts(extractor, body, SKVYRA) == {
        ("Сквирська міська громада", "Огре", "LV", "partnership", "in_negotiation", "with")
    }


def test_an_aside_opening_the_sentence_is_no_name_the_twin_word_describes(extractor):
    body = "Нагадаємо, партнером Фастівської громади з 2016 року є польське місто Ополе."
    assert pairs(facts(extractor, body)) == {("Фастівська міська громада", "Ополе")}


def test_a_second_with_after_a_participle_clause_shares_the_tie_but_not_its_year(extractor):
    body = (
        "Фастівська громада має партнерські угоди з польським містом Ополе, підписану у 2023 році, "
        "та з литовським містом Шяуляй."
    )
    found = {(f.partner.name_uk, f.event_date) for f in extractor.extract(news_article(body))}
    assert found == {("Ополе", "2023"), ("Шяуляй", None)}


@pytest.mark.parametrize(
    "body",
    [
        "Громада веде переговори з аргентинським містом Апостолес.",
        "Ми ведемо переговори з болгарським містом Габрово.",
    ],
)
def test_talks_with_a_town_named_by_its_unit_are_a_tie_in_the_making(extractor, body):
    (fact,) = facts(extractor, body, SKVYRA)
    assert fact[0] == "Сквирська міська громада" and fact[4] == "in_negotiation"


def test_talks_with_a_company_are_no_tie(extractor):
    body = "Громада веде переговори з польською компанією «Ополе-Буд» щодо постачання техніки."
    assert facts(extractor, body, SKVYRA) == set()


def test_a_unit_the_articles_country_does_not_have_gives_it_no_partner_of_that_country(extractor):
    # the article names only Bulgaria; an "округ" is a unit of other countries
    body = (
        "У громаді живуть болгари, тож зв'язки з Болгарією давні. "
        "Меморандум про співпрацю між Фастівською громадою та округом Шпандау підписали в жовтні."
    )
    assert all(f[2] != "BG" for f in facts(extractor, body))


def test_a_town_named_like_a_country_after_a_city_word_is_the_town(extractor):
    body = "Громади мають партнерів в Австрії. Кагарлицька громада підписала угоду з містом Вельс."
    assert facts(extractor, body) == {
        ("Кагарлицька міська громада", "Вельс", "AT", "cooperation", "signed", "signing")
    }


def test_the_hromada_itself_having_agreements_with_towns_gives_the_site_those_partners(extractor):
    body = "Нагадаємо, громада вже має партнерські угоди з польськими містами Ополе та Ряшів."
    assert pairs(facts(extractor, body, SKVYRA)) == {
        ("Сквирська міська громада", "Ополе"),
        ("Сквирська міська громада", "Ряшів"),
    }


def test_another_hromada_having_an_agreement_gives_the_site_nothing(extractor):
    body = "Сусідня громада має угоду про партнерство з польським містом Ополе."
    assert facts(extractor, body, SKVYRA) == set()


def test_a_programmes_name_in_brackets_in_a_list_phrase_is_no_other_owner(extractor):
    body = (
        "Партнерські громади в Україні (ініціатива «Пліч-о-пліч: згуртовані громади»):\n"
        "1. Покровськ (Донецька обл.) — меморандум від 12.04.2023;\n"
        "2. Часів Яр (Донецька обл.) — меморандум від 28.07.2023."
    )
    assert pairs(facts(extractor, body, SKVYRA)) == {
        ("Сквирська міська громада", "Покровськ"),
        ("Сквирська міська громада", "Часів Яр"),
    }


def test_a_list_the_next_sentence_opens_with_among_them_is_the_hromadas(extractor):
    body = (
        "Довідка. Фастівська громада має угоди про співпрацю та побратимство з містами кількох країн. "
        "Серед них – польське місто Ополе, литовське місто Алітус та Тячівська міська громада."
    )
    assert pairs(facts(extractor, body)) == {
        ("Фастівська міська громада", "Ополе"),
        ("Фастівська міська громада", "Алітус"),
        ("Фастівська міська громада", "Тячівська міська громада"),
    }


def test_among_them_after_a_foreign_towns_agreements_gives_nothing(extractor):
    body = (
        "Ополе має угоди про співпрацю з містами кількох країн. "
        "Серед них – німецьке місто Гера та литовське місто Алітус."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_talks_held_by_other_unnamed_hromadas_are_not_the_sites(extractor):
    body = (
        "Угоду підписала ще одна громада Київщини, а кілька інших провели переговори з грузинськими "
        "містами Батумі та Кутаїсі."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_the_hromada_having_an_agreement_since_a_year_is_the_sites(extractor):
    body = "Нагадаємо, що з 2021 року громада має партнерську угоду з польською ґміною Пінчув."
    assert pairs(facts(extractor, body, SKVYRA)) == {("Сквирська міська громада", "Пінчув")}


def test_a_relative_clause_about_the_first_partner_does_not_end_the_list_of_partners(extractor):
    article = news_article(
        "Сквирська громада підписала угоди з польським містом Ропчице, з яким співпрацює з 2017 року, та "
        "угорським Кішкерешем.",
        published="2025-06-20",
    )
    assert {f.partner.name_uk: f.ua.name_uk for f in extractor.extract(article)} == {
        "Ропчице": SQUIRE,
        "Кішкереш": SQUIRE,
    }


def test_a_signing_clause_before_a_colon_is_no_heading_of_a_partners_list(extractor):
    article = news_article(
        "Документи про партнерство підписали наприкінці форуму: Хорольська громада уклала меморандум з "
        "Вижницькою, а Зіньківська – з Кіцманською.",
        published="2025-06-20",
    )
    assert {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)} == {
        ("Хорольська міська громада", "Вижницька міська громада"),
        ("Зіньківська міська громада", "Кіцманська міська громада"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Громада вже узгодила з містом текст угоди про партнерство.",
        "З містом триває робота над текстом угоди про партнерство.",
    ],
)
def test_a_text_agreed_or_worked_on_is_a_tie_in_negotiation(sentence):
    from parsers.facts.cues import status_of

    assert status_of(sentence) == "in_negotiation"


def test_sides_that_put_their_signatures_under_an_agreement_co_sign_it(extractor):
    article = news_article(
        "Сквирська громада та польське місто Ланьцут поставили підписи під угодою про партнерство.",
        published="2025-06-20",
    )
    assert [(f.ua.name_uk, f.partner.name_uk, f.link) for f in extractor.extract(article)] == [
        (SQUIRE, "Ланьцут", "signing")
    ]


def test_signers_listed_after_a_comma_and_respectively_pair_entry_by_entry(extractor):
    article = news_article(
        "Делегації побували в Литві. Меморандуми підписали, відповідно: Ічнянський міський голова Олена "
        "Бутурлим та мер Укмерге Дарюс Ваінаускас; голова Бобровицької громади Олександр Ткаченко та мер "
        "Расейняй Аудрюс Ґуделіс.",
        published="2025-06-20",
    )
    assert {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)} == {
        ("Ічнянська міська громада", "Укмерге"),
        ("Бобровицька міська громада", "Расейняй"),  # an indeclinable name as its country's rules spell it
    }


def test_talks_continued_in_the_past_tense_are_a_tie_in_negotiation(extractor):
    article = news_article(
        "Цього тижня Сквирська громада продовжила переговори з містом Сабінов у Пряшівському краї Словаччини.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.status) for f in extractor.extract(article)] == [
        ("Сабінов", "in_negotiation")
    ]


def test_towns_after_heads_in_the_plural_pair_with_the_hromadas_respectively(extractor):
    article = news_article(
        "Громади отримали партнерів у Португалії. Голови Сквирської та Степанської громад поставили підписи під "
        "угодами про співпрацю з мерами Каштелу-Бранку та Ковільяна відповідно.",
        published="2025-06-20",
    )
    assert {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)} == {
        (SQUIRE, "Каштелу-Бранку"),
        ("Степанська селищна громада", "Ковільян"),
    }


def test_a_town_after_a_singular_unit_noun_and_a_dash_is_what_the_with_governs(extractor):
    article = news_article(
        "Натомість Сквирська громада планує укласти меморандум про співпрацю з іншим латвійським містом — "
        "Смілтене.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.status) for f in extractor.extract(article)] == [("Смілтене", "planned")]


def test_talks_of_a_partnership_with_a_hromada_its_pronoun_subject_refers_back_to(extractor):
    article = news_article(
        "Сквирська громада обрала схожий шлях. Її керівництво веде переговори про партнерство зі Сторожинецькою "
        "міською громадою на Буковині.",
        published="2025-06-20",
    )
    assert [(f.ua.name_uk, f.partner.name_uk, f.status) for f in extractor.extract(article)] == [
        (SQUIRE, "Сторожинецька міська громада", "in_negotiation")
    ]


def test_partners_fronted_before_the_owners_own_bond_in_the_first_person_are_its_own(extractor):
    article = news_article(
        "З естонською Пилвою ми побратими з 2023 року, з данським Свендборгом маємо меморандум про співпрацю з минулої "
        "осені.",
        published="2025-06-20",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.ua.name_uk, f.relation, f.status)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found == {
        "Пилва": (SQUIRE, "twinning", "signed"),
        "Свендборг": (SQUIRE, "memorandum", "signed"),
    }


def test_agreements_listed_after_a_colon_and_parted_by_semicolons_are_each_the_hromadas(extractor):
    article = news_article(
        "Довідково. Сквирська міська громада має чинні угоди з двома закордонними громадами:\n"
        "— угода про партнерство з містом Ґерольцгофен (Баварія, Німеччина), укладена у 2019 році;\n"
        "— угода про побратимство з містом Сігнахі (Грузія), підписана у 2023 році.",
        published="2025-06-20",
    )
    found = {f.partner.name_uk: (f.ua.name_uk, f.relation, f.event_date) for f in extractor.extract(article)}
    assert found == {
        "Герольцгофен": (SQUIRE, "partnership", "2019"),
        "Сігнахі": (SQUIRE, "twinning", "2023"),
    }


def test_pairs_listed_as_new_partnerships_take_the_act_the_sentence_beside_them_tells_of_all_sides(extractor):
    article = news_article(
        "Делегація громад Київщини побувала у Франції. За підсумками поїздки з'явилися дві нові пари: Сквира — "
        "Ла-Флеш та Кагарлик — Шато-Гонтьє. Обидві громади 12 травня підписали меморандуми про співпрацю з "
        "французькими муніципалітетами.",
        published="2025-06-20",
    )
    found = {
        f.partner.name_uk: (f.ua.name_uk, f.status, f.relation, f.event_date)
        for f in extractor.extract(article)
    }
    assert found == {
        "Ла-Флеш": (SQUIRE, "signed", "memorandum", "2025-05-12"),
        "Шато-Гонтьє": ("Кагарлицька міська громада", "signed", "memorandum", "2025-05-12"),
    }


def test_pairs_read_out_after_a_paragraph_telling_they_signed_are_signed_that_day(extractor):
    article = news_article(
        "Громади Київщини отримали нових партнерів у Польщі. Угоди про партнерство вони підписали 19 листопада у "
        "Вроцлаві.\nВедучий зачитав перелік новостворених пар: «Сквира — Гостинін; Кагарлик — Плоцьк».",
        published="2025-11-21",
    )
    found = {f.partner.name_uk: (f.ua.name_uk, f.status, f.event_date) for f in extractor.extract(article)}
    assert found == {
        "Гостинін": (SQUIRE, "signed", "2025-11-19"),
        "Плоцьк": ("Кагарлицька міська громада", "signed", "2025-11-19"),
    }


def test_pairs_listed_as_new_partnerships_are_no_fact_when_only_some_of_them_are_told_signed(extractor):
    article = news_article(
        "Отже, нові партнерства Київщини у 2025 році: Сквира – Кремона (Італія); Кагарлик – Щитно (Польща). "
        "Перша громада вже підписала меморандум про наміри, друга ще погоджує текст угоди.",
        published="2025-11-21",
    )
    assert extractor.extract(article) == []


def test_a_slovak_primator_and_a_woman_burgomaster_are_heads_whose_towns_are_the_signing_sides(extractor):
    article = news_article(
        "На форум приїхали гості зі Словаччини та Німеччини. Угоди підписали: Сквирський міський голова Іван "
        "Коваль та приматор Гуменного Петер Новак; Кагарлицький "
        "міський голова Петро Бондар і бургомістерка Кесфельда Анна Шмідт.",
        published="2025-06-20",
    )
    found = {f.partner.name_uk: (f.ua.name_uk, f.status) for f in extractor.extract(article)}
    assert found == {
        "Гуменне": (SQUIRE, "signed"),
        "Кесфельд": ("Кагарлицька міська громада", "signed"),
    }


def test_documents_signed_by_a_list_after_a_fronted_time_are_the_agreements_of_the_paragraph_before(
    extractor,
):
    article = news_article(
        "У Ряшеві завершився форум громад, і для двох громад поїздка закінчилася підписанням угод про партнерство з "
        "польськими громадами.\n"
        "В останній день форуму документи підписали: Сквирський міський голова Іван Коваль та бургомістр "
        "Бжозува Ян Новак; Кагарлицький міський голова Петро Бондар та війт гміни Тшебовніско Адам Ковальчик.",
        published="2025-06-20",
    )
    found = {f.partner.name_uk: (f.ua.name_uk, f.status, f.relation) for f in extractor.extract(article)}
    assert found == {
        "Бжозув": (SQUIRE, "signed", "partnership"),
        "Тшебовніско": ("Кагарлицька міська громада", "signed", "partnership"),
    }


def test_a_twin_after_a_possessive_pronoun_is_the_twin_of_the_name_before_it_not_of_a_side_named_later(
    extractor,
):
    article = news_article(
        "Польське Замостя та його чеський побратим Оломоуць передали обладнання лікарні у Сквирі.",
        published="2025-06-20",
    )
    assert extractor.extract(article) == []


def test_a_twin_after_a_possessive_pronoun_that_stands_for_the_hromada_is_its_twin(extractor):
    article = news_article(
        "Сквирська громада та її польський побратим Хелм підписали угоду про співпрацю.",
        published="2025-06-20",
    )
    assert [(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)] == [(SQUIRE, "Хелм")]


def test_pairs_listed_as_ties_in_force_are_signed(extractor):
    article = news_article(
        "Громади області розвивають партнерство. Уже діють такі пари громад: Сквира — Лиман; Кагарлик — Лозова.",
        published="2025-06-20",
    )
    found = {f.ua.name_uk: (f.partner.name_uk, f.status) for f in extractor.extract(article)}
    assert found == {SQUIRE: ("Лиман", "signed"), "Кагарлицька міська громада": ("Лозова", "signed")}


def test_signers_after_a_venue_named_by_a_capitalised_town_are_the_signing_sides(extractor):
    article = news_article(
        "Італія стала ближчою. Угоду про партнерство 14 березня 2025 року підписали в Сквирі Сквирський міський "
        "голова Іван Коваль та мер Кастельфранко-Венето Стефано Маріно.",
        published="2025-06-20",
    )
    assert [(f.ua.name_uk, f.partner.name_uk, f.link) for f in extractor.extract(article)] == [
        (SQUIRE, "Кастельфранко-Венето", "signing")
    ]


def test_talks_with_one_more_town_named_after_a_dash_are_talks_with_it(extractor):
    article = news_article(
        "Сквирська громада має побратимів у Польщі. Окрім того, громада веде переговори ще з одним німецьким "
        "містом — Цайцом у федеральній землі Саксонія-Ангальт.",
        published="2025-06-20",
    )
    found = {f.partner.name_uk: (f.ua.name_uk, f.status) for f in extractor.extract(article)}
    assert found == {"Цайц": (SQUIRE, "in_negotiation")}


def test_talks_that_go_on_with_a_town_fronted_before_them_are_the_site_s_talks(extractor):
    article = news_article(
        "Громада має побратимів. Окремо голова повідомив, що з німецьким містом Вунзідель (Баварія) тривають "
        "переговори про партнерство.",
        published="2025-06-20",
        council=True,
    )
    found = [
        (f.ua.name_uk, f.partner.name_uk, f.status)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    ]
    assert found == [(SQUIRE, "Вунзідель", "in_negotiation")]


def test_documents_about_a_tie_that_there_are_none_of_state_no_tie():
    from parsers.facts.cues import is_refusal

    assert is_refusal("Проте офіційних документів про співпрацю між Сквирою та польським Новим Таргом немає.")


def test_every_item_of_a_list_after_a_foreign_subjects_with_is_that_places_partner(extractor):
    article = news_article(
        "Бурмістр також розповів, що Ленчна має партнерські відносини з німецьким Штадтгагеном та литовським "
        "Кедайняєм, і запросив представників Сквири на фестиваль.",
        published="2025-06-20",
    )
    assert extractor.extract(article) == []


@pytest.mark.parametrize(
    "body",
    [
        "З польським містом Ряшів Сквиру пов'язує побратимство з 2005 року.",
        "Сквирську громаду і польське місто Ряшів пов'язує угода про партнерство.",
        "З Ряшевом Сквиру пов'язує угода про співпрацю, підписана у 2015 році.",
        "З Сквирою польський Ряшів пов'язує угода про співпрацю.",
    ],
)
def test_a_tie_said_to_bind_two_sides_exists(extractor, body):
    assert {(ua, p, s) for ua, p, _, _, s, _ in facts(extractor, body)} == {(SQUIRE, "Ряшів", "signed")}


def test_an_interviews_verbless_us_with_an_agreement_is_the_owners_tie(extractor):
    body = "Із польським Ряшевом у нас угода про партнерство з 2023 року."
    assert pairs(facts(extractor, body, owner="UA32020150000040878")) == {(SQUIRE, "Ряшів")}


def test_a_partner_taken_up_by_a_pronoun_after_a_colon_is_the_interviewed_hromadas(extractor):
    body = (
        "Сквирська міська громада має двох закордонних партнерів. Про це ми поговорили з міським головою "
        "Сквири Андрієм Ярошенком.\n\n– Скільки у громади партнерів?\n\n"
        "– Офіційно – два. Другий – латвійське Смілтене: з ними торік у листопаді ми підписали меморандум про "
        "наміри, а повноцінну угоду плануємо готувати цього року."
    )
    article = news_article(body, published="2026-01-27")
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.relation, f.status, f.event_date)
        for f in extractor.extract(article)
    }
    assert found == {(SQUIRE, "Смілтене", "intent", "signed", "2025-11")}


def test_a_partner_fronted_in_a_quotation_is_the_hromada_whose_head_the_sentence_before_named(extractor):
    body = (
        "Досвідом партнерства поділилася голова Фастівської громади Ліна Коваль. «З польською Нисою ми "
        "підписали угоду про побратимство ще у 2019-му, і тоді нам казали, що це формальність», – зазначила "
        "вона."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {("Фастівська міська громада", "Ниса", "signed")}


def test_a_partner_in_a_hromadas_own_relative_clause_is_that_hromadas_after_its_raion(extractor):
    body = (
        "Ми зустрілися з Фастівською міською громадою Фастівського району Київської області, яка з 2024 року "
        "має угоду про співпрацю з польським містом Ниса."
    )
    assert pairs(facts(extractor, body)) == {("Фастівська міська громада", "Ниса")}
    assert pairs(facts(extractor, body, SKVYRA)) == {("Фастівська міська громада", "Ниса")}
    set_apart = (
        "Просимо не плутати Сквирську міську громаду з Фастівською міською громадою Фастівського району "
        "Київської області, яка з 2024 року має угоду про співпрацю з польським містом Ниса."
    )
    assert pairs(facts(extractor, set_apart, SKVYRA)) == {("Фастівська міська громада", "Ниса")}


def test_she_and_a_mayor_who_signed_are_the_head_the_sentence_before_named_and_his_town(extractor):
    body = (
        "У жовтні Сквирська міська голова Олена Гнатюк узяла участь у форумі громад у Вільнюсі. На полях "
        "форуму, 16 жовтня, вона та мер Паневежиса Йонас Казлаускас підписали угоду про партнерство між "
        "громадами."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {(SQUIRE, "Паневежис", "signed")}


def test_signers_after_the_verb_in_entries_parted_by_semicolons_sign_in_pairs_without_a_colon(extractor):
    body = (
        "Громади підписали меморандуми з польськими ґмінами. Документи 23 квітня підписали голова Сквирської "
        "громади Андрій Ярошенко та бурмістр Ниси Томаш Новак; голова Фастівської громади Марія Левчук та "
        "бурмістр Ополя Адам Зелінський."
    )
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Ниса"), ("Фастівська міська громада", "Ополе")}
    subject_first = (
        "Громади підписали меморандуми з польськими ґмінами. Сквирська громада 23 квітня підписала угоду з "
        "Нисою; голова Фастівської громади Марія Левчук та бурмістр Ополя Адам Зелінський були присутні."
    )
    assert pairs(facts(extractor, subject_first)) == {(SQUIRE, "Ниса")}


def test_an_interview_whose_lead_names_the_hromada_by_its_heads_office_answers_for_it(extractor):
    body = (
        "Сквирський міський голова Андрій Ярошенко очолює громаду п'ятий рік. Ми поговорили з ним про бюджет і "
        "про закордонних друзів.\n\n"
        "– Про партнерів якраз і хотілося б докладніше.\n\n"
        "– Першим нашим закордонним партнером стала польська гміна Ниса. Меморандум про співпрацю з Нисою ми "
        "підписали ще в листопаді 2021 року.\n\n"
        "– Колись у громади був і російський побратим…\n\n"
        "– Був. Угоду з Шебекіним, яку підписали ще в 2011 році, депутати розірвали рішенням сесії 3 березня "
        "2022 року."
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.status, f.event_date)
        for f in extractor.extract(news_article(body))
    }
    assert found == {
        (SQUIRE, "Ниса", "signed", "2021-11"),
        (SQUIRE, "Шебекіно", "terminated", "2022-03-03"),  # its country named in the question
    }


def test_we_with_another_hromada_signed_on_the_council_site_is_the_owners_domestic_tie(extractor):
    body = (
        "Меморандум про партнерство в межах ініціативи «Пліч-о-пліч» ми з Фастівською міською громадою "
        "підписали в липні 2024 року, у Києві."
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in facts(extractor, body, SKVYRA)} == {
        (SQUIRE, "Фастівська міська громада", "signed")
    }


def test_a_dash_pair_whose_partner_is_named_by_both_its_units_is_one_place(extractor):
    body = (
        "Громади підписали документи з польськими ґмінами:\n"
        "– Сквирська громада — ґміна Ниса: угода про партнерство;\n"
        "– Фастівська громада — місто і ґміна Ополе: меморандум про співпрацю.\n"
        "Обидва документи підписали 10 червня на форумі."
    )
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Ниса"), ("Фастівська міська громада", "Ополе")}


def test_the_head_of_the_hromada_and_a_mayor_who_signed_are_the_hromada_just_named_and_his_town(extractor):
    body = (
        "Сквирська громада шукає партнерів у Німеччині. Восени 2025 року голова громади Андрій Ярошенко та "
        "бургомістр міста Шліц Ганс Мюллер підписали меморандум про наміри."
    )
    assert {(ua, partner, relation) for ua, partner, _, relation, _, _ in facts(extractor, body)} == {
        (SQUIRE, "Шліц", "intent")
    }


def test_a_parish_named_by_its_unit_noun_after_another_partner_is_one_more_partner(extractor):
    body = (
        "Нині Сквирська громада має чинні угоди про партнерство з ґміною Ниса (Польща) та волостю Елва "
        "(Естонія)."
    )
    assert pairs(facts(extractor, body, SKVYRA)) == {(SQUIRE, "Ниса"), (SQUIRE, "Елва")}


def test_signers_by_their_offices_adjective_after_the_verb_sign_in_pairs_parted_by_semicolons(extractor):
    body = (
        "Громади підписали документи з польськими ґмінами. Меморандуми про співпрацю підписали відповідно "
        "Сквирський міський голова Андрій Ярошенко і бурмістр Ниси Томаш Новак; Фастівський міський голова "
        "Марія Левчук і бурмістр Ополя Адам Зелінський."
    )
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Ниса"), ("Фастівська міська громада", "Ополе")}


def test_a_session_item_whose_next_sentence_authorises_the_signing_is_planned(extractor):
    body = (
        "2. Про затвердження Угоди про партнерство між Сквирською міською радою та містом Ниса (Республіка "
        "Польща) (рішення № 52-4/VIII). Депутати затвердили текст угоди та уповноважили міського голову "
        "підписати її під час візиту делегації з Ниси, запланованого на травень."
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in facts(extractor, body, SKVYRA)} == {
        (SQUIRE, "Ниса", "planned")
    }


def test_a_partner_after_a_colon_in_an_elliptical_clause_is_that_clauses_subjects(extractor):
    body = (
        "Сквирська та Фастівська міські громади уклали документи з литовською Утеною і латвійським Тукумсом "
        "відповідно. Сквира підписала у Вільнюсі угоду про партнерство, а Фастів – поки лист про наміри: "
        "повноцінну угоду з Тукумсом сторони хочуть підготувати до літа."
    )
    assert ("Сквирська міська громада", "Тукумс") not in pairs(facts(extractor, body))


def test_a_river_named_in_the_title_is_no_hromada_of_the_article(extractor):
    article = news_article(
        "Громада уклала угоду про партнерство з польським містом Ниса у червні 2025 року.",
        title="Від Ниси до Київщини: як громади над Південним Бугом шукають друзів",
    )
    assert [f.ua.name_uk for f in extractor.extract(article)] == []


def test_one_list_after_with_of_two_countries_towns_is_the_pronouns_hromadas(extractor):
    body = (
        "Сквирська громада розширює зв'язки. Вона підписала меморандум про партнерство з литовським "
        "Алітусом та польським Ряшевом."
    )
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Алітус"), (SQUIRE, "Ряшів")}


def test_an_agreement_on_mutual_aid_as_well_is_still_the_tie_before_with(extractor):
    body = "Сквирська громада уклала меморандум про співпрацю та взаємодопомогу з польським містом Ряшів."
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Ряшів")}


def test_two_hromadas_after_the_verb_of_one_document_signed_it_together(extractor):
    found = pairs(facts(extractor, "Угоду про партнерство підписали Бучацька та Краматорська громади."))
    assert found == {("Бучацька міська громада", "Краматорська міська громада")}
    assert facts(extractor, "Торік свої угоди підписали Бучацька та Краматорська громади.") == set()


def test_two_hromadas_that_signed_like_documents_with_an_agency_are_no_pair(extractor):
    body = "Аналогічні меморандуми з USAID того ж дня підписали також Бучацька та Краматорська громади."
    assert facts(extractor, body) == set()


def test_a_donor_after_a_dash_that_stands_for_an_aid_verb_is_no_partner(extractor):
    body = (
        "Сквирська громада офіційного партнера за кордоном поки не має, хоча отримує чималу допомогу: два "
        "шкільні автобуси передали благодійники з Ганновера, а обладнання для амбулаторії — з Ряшева."
    )
    assert facts(extractor, body) == set()


def test_a_partnership_only_considered_is_none_and_one_kept_up_exists(extractor):
    considered = (
        "За словами бургомістра, польське місто Ряшів розглядає партнерство зі Сквирою як довгострокове."
    )
    assert facts(extractor, considered) == set()
    kept = "Сквирська громада зберігає та розвиває партнерство з польським Ряшевом."
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, kept)} == {("Ряшів", "signed")}


def test_the_hromadas_of_an_area_are_not_its_centres_hromada(extractor):
    body = "Польські Ряшів і Кросно підписали листи про наміри з громадами Сквирщини."
    assert facts(extractor, body) == set()


def test_a_named_towns_other_ties_are_not_the_articles_hromadas(extractor):
    article = news_article(
        "Для Орхея це не перше партнерство: місто має давні побратимські зв'язки з румунським Бакеу.",
        title="Сквирська громада підписала меморандум про партнерство",
    )
    assert extractor.extract(article) == []


def test_a_hromada_named_in_a_clause_that_follows_from_the_tie_is_not_its_side(extractor):
    body = (
        "Місто має давні побратимські зв'язки з польським Ряшевом, тож делегацію Сквирської громади одразу "
        "запросили на форум."
    )
    assert facts(extractor, body) == set()


def test_two_sides_who_mean_to_go_on_with_talks_are_in_negotiation(extractor):
    body = (
        "Сквирська громада та польське місто Ряшів мають намір продовжити переговори щодо угоди про "
        "партнерство."
    )
    assert {(p, r, s) for _, p, _, r, s, _ in facts(extractor, body)} == {
        ("Ряшів", "partnership", "in_negotiation")
    }


def test_a_plan_to_sign_an_agreement_names_the_agreements_relation_not_intent(extractor):
    body = "Сквирська громада має намір підписати угоду про партнерство з польським Ряшевом."
    assert {(p, r, s) for _, p, _, r, s, _ in facts(extractor, body)} == {("Ряшів", "partnership", "planned")}


def test_an_apposition_that_calls_a_town_our_partner_ties_it_to_the_owner(extractor):
    body = "Делегацію з польського Ряшева — міста-партнера нашої громади — зустріли на вокзалі."
    assert {
        (ua, p, s, link) for ua, p, _, _, s, link in facts(extractor, body, owner="UA32020150000040878")
    } == {(SQUIRE, "Ряшів", "signed", "appositive")}


def test_an_indeclinable_town_after_its_head_who_signs_with_ours_is_the_partner(extractor):
    body = (
        "До міста приїхала делегація з Італії. Того дня міський голова Сквири та мер Ареццо підписали угоду "
        "про побратимство."
    )
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Ареццо")}


def test_a_foreign_towns_own_ties_before_a_clause_that_names_ours_are_not_ours(extractor):
    body = (
        "Фастівська громада та місто Кутаїсі підписали угоду про побратимство. Кутаїсі, до слова, має давні "
        "побратимські зв'язки з литовським Алітусом і латвійською Юрмалою, і колеги запропонували долучити "
        "Фастів до спільних молодіжних таборів з цими містами."
    )
    assert pairs(facts(extractor, body)) == {("Фастівська міська громада", "Кутаїсі")}


def test_a_foreign_town_as_the_subject_of_its_own_ending_is_no_tie_of_the_articles_hromada(extractor):
    article = news_article(
        "Більше того, у грудні Ряшів розірвав партнерську угоду з російським Курськом.",
        title="Сквира спростовує чутки",
    )
    assert extractor.extract(article) == []


def test_a_foreign_delegation_recalling_its_towns_twin_speaks_of_its_own_town(extractor):
    article = news_article(
        "Під час зустрічі ряшівська делегація нагадала, що наступного року місто святкуватиме 30-річчя "
        "побратимства з німецьким Ерлангеном.",
        title="Сквирська громада приймала гостей",
    )
    assert extractor.extract(article) == []


def test_hromadas_of_an_area_counted_are_not_its_centres_hromada(extractor):
    body = "Дві громади Сквирщини та польський Ряшів уклали меморандум про співпрацю."
    assert facts(extractor, body) == set()


def test_a_name_with_a_verb_of_its_own_after_a_comma_opens_a_clause_with_its_own_status(extractor):
    body = "Сквира і Ряшів стали побратимами, Фастів веде переговори з Кросном"
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Ряшів", "signed")}


def test_an_institutions_partner_list_on_a_council_site_is_not_the_hromadas(extractor):
    body = (
        "Партнерами нашого ліцею стали Liceum Ogólnokształcące з польського міста Ряшів, школа IES Goya з "
        "Сарагоси (Іспанія) та гімназія з Кросна."
    )
    assert facts(extractor, body, owner="UA32020150000040878") == set()


def test_the_city_a_partner_is_a_suburb_of_is_no_partner(extractor):
    body = (
        "У вересні міська рада Фюрта, передмістя Нюрнберга, ухвалила рішення про встановлення партнерських "
        "відносин зі Сквирою."
    )
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Фюрт")}


def test_a_dash_pairs_name_spelled_in_the_country_the_article_names_is_that_countrys_town(extractor):
    article = news_article("Угоди підписали на форумі в чеському Брно: Сквира — Тршебіч; Фастів — Вишков.")
    found = {f.partner.name_uk: f.partner.country_iso2 for f in extractor.extract(article)}
    assert found == {"Тршебіч": "CZ", "Вишков": "CZ"}


def test_a_bare_hromada_after_a_sentence_naming_two_is_no_side_of_the_articles_own(extractor):
    article = news_article(
        "Поки Сквира дивиться на захід, сусідня Фастівська громада робить ставку на Кавказ. Минулої осені "
        "громада уклала меморандум про співпрацю з грузинським містом Кутаїсі.",
        title="Сквирська громада шукає партнерів",
    )
    assert extractor.extract(article) == []


def test_how_long_a_tie_has_lasted_inside_the_owners_twin_predicate_keeps_the_link(extractor):
    body = "Побратимом громади вже понад десять років є польське місто Ряшів."
    assert pairs(facts(extractor, body, owner="UA32020150000040878")) == {(SQUIRE, "Ряшів")}


def test_a_town_that_became_the_hromadas_partner_in_the_feminine_is_its_partner(extractor):
    body = "Польська Ґдиня стала партнеркою Сквирської громади 17 листопада 2025 року."
    assert {(ua, p, s) for ua, p, _, _, s, _ in facts(extractor, body)} == {(SQUIRE, "Гдиня", "signed")}


def test_an_agreement_not_even_discussed_is_no_tie(extractor):
    assert facts(extractor, "Угода з польським Ярославом поки що не обговорюється.", owner=SKVYRA) == set()


def test_a_two_word_name_with_a_verb_of_its_own_after_a_comma_opens_a_clause_of_its_own(extractor):
    body = "Сквира і Ряшів стали побратимами, Біла Церква веде перемовини з Кросном"
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {("Ряшів", "signed")}


def test_a_projects_partners_on_a_council_site_are_not_the_hromadas(extractor):
    body = "Проєктними партнерами Сквирської міської ради стали муніципалітет Ряшева і повітова рада Кросна."
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_an_oblast_bodys_tie_before_a_clause_that_names_a_hromada_is_not_the_hromadas(extractor):
    body = (
        "Нагадаємо, торік Київська обласна рада підписала угоду про співпрацю з Люблінським воєводством, а "
        "Сквирська громада має давніх побратимів у Польщі – Ряшів та Кросно."
    )
    assert "Люблінське воєводство" not in {p for _, p, *_ in facts(extractor, body)}


def test_a_foreign_town_by_its_adjective_whose_verb_opens_the_list_phrase_holds_its_own_twins(extractor):
    body = (
        "Сквира та Ряшів підписали угоду про побратимство. Польське місто, до речі, має й інших побратимів – "
        "німецький Гамельн та чеський Тршебіч, і цієї весни делегації всіх трьох міст разом зі сквирською "
        "делегацією висадили сад."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {(SQUIRE, "Ряшів")}


def test_a_bare_town_noun_after_a_colon_is_the_foreign_town_named_before_it(extractor):
    body = (
        "Громада підписала угоду про партнерство з французьким Сен-Ло. Досвід таких зв'язків у Сен-Ло є: "
        "місто понад двадцять років побратимується з англійським Кендалом, а його школи мають партнерів в Італії."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {(SQUIRE, "Сен-Ло")}


def test_a_reminder_word_before_the_hromadas_partner_list_opens_it_in_the_sites_voice(extractor):
    body = "Нагадаємо, нині серед чинних партнерів громади – Ряшів (Польща) та Бардіїв (Словаччина)."
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {(SQUIRE, "Ряшів"), (SQUIRE, "Бардіїв")}


def test_agreements_on_cooperation_with_counted_partners_are_cooperation(extractor):
    body = "Сквирська громада має угоди про співпрацю з двома партнерами: Ряшів (Польща) та Бардіїв (Словаччина)."
    assert {relation for *_, relation, _, _ in facts(extractor, body)} == {"cooperation"}


def test_two_ukrainian_towns_that_co_sign_a_memorandum_are_a_domestic_pair(extractor):
    body = "Ще в лютому Сквира та Підгайці підписали меморандум про співпрацю."
    assert {(ua, p, c) for ua, p, c, *_ in facts(extractor, body)} == {(SQUIRE, "Підгайці", "UA")}


def test_an_agreement_between_two_ukrainian_towns_is_a_domestic_pair(extractor):
    body = "Угоду про партнерство між Сквирою і Славутичем підписали 2018 року."
    assert {(ua, p, c) for ua, p, c, *_ in facts(extractor, body)} == {(SQUIRE, "Славутич", "UA")}


def test_two_ukrainian_towns_that_made_international_agreements_are_no_pair(extractor):
    assert facts(extractor, "Сквира і Славутич уклали нові міжнародні угоди") == set()


def test_a_partner_after_its_countrys_adjective_in_an_elliptical_clause_takes_the_clause_befores_link(
    extractor,
):
    body = "Сквирська громада уклала угоду з польським Ряшевом 2016 року, а з литовським Тракаєм – у 2021-му."
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Ряшів"), (SQUIRE, "Тракай")}


def test_a_delegation_from_a_partner_town_on_a_council_site_names_the_sites_partner(extractor):
    body = "Минулого тижня нашу громаду відвідала делегація з польського міста-партнера Рипін."
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {(SQUIRE, "Рипін")}


def test_a_foreign_head_who_recalls_an_agreement_signed_with_no_subject_tells_his_towns_own_tie(extractor):
    body = (
        "Делегація Сквирської міської громади 27–29 червня перебувала у словацькому Пряшеві, де відбулися "
        "урочистості з нагоди річниці побратимства Пряшева та угорської Ніредьгази.\n"
        "Приматор Пряшева Франтішек Олеярник нагадав, що угоду з Ніредьгазою підписали у 1997 році."
    )
    article = news_article(body, title="Сквирська делегація взяла участь у святкуванні річниці побратимства")
    assert extractor.extract(article) == []


def test_a_paragraph_that_announces_a_list_of_dash_pairs_takes_the_tie_of_the_paragraph_before(extractor):
    body = (
        "10 лютого у Вільнюсі представники трьох громад Київщини підписали угоди про партнерство з "
        "литовськими містами.\nПартнерські пари виглядають так: Сквира — Друскінінкай; Фастів — Рокишкіс; "
        "Біла Церква — Укмерге."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {
        ("Друскінінкай", "signed"),
        ("Рокишкіс", "signed"),
        ("Укмерге", "signed"),
    }


def test_our_partner_then_a_dash_on_a_council_site_names_the_sites_partner(extractor):
    found = facts(extractor, "Наш другий партнер – польські Горлиці.", owner=SKVYRA)
    assert {(ua, p, s, link) for ua, p, _, _, s, link in found} == {
        (SQUIRE, "Горлиці", "signed", "appositive")
    }


def test_a_holder_named_after_a_venue_is_still_the_holder_of_the_hromadas_head(extractor):
    body = (
        "«Ми шукали партнера з досвідом відбудови», — розповідає Сквирський міський голова Валентина "
        "Левченко.\n12 серпня в Тбілісі Валентина Левченко та мер грузинського міста Телаві Давіт Ломідзе "
        "підписали меморандум про співпрацю."
    )
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Телаві")}


def test_signatures_put_before_their_verb_sign_the_listed_dash_pairs(extractor):
    body = (
        "Практичний результат форуму – нові документи про партнерство з латвійськими містами. Під час "
        "завершальної сесії свої підписи поставили очільники трьох пар громад: Сквира — Цесіс; Фастів — "
        "Лімбажі; Біла Церква — Мадона."
    )
    assert {(p, s) for _, p, _, _, s, _ in facts(extractor, body)} == {
        ("Цесіс", "signed"),
        ("Лімбажі", "signed"),
        ("Мадона", "signed"),
    }


def test_a_list_of_dash_pairs_parted_by_commas_pairs_each_entry(extractor):
    body = (
        "12 березня громади підписали меморандуми з австрійськими містами. Так з'явилися нові пари: Сквира – "
        "Лайбніц, Фастів – Кніттельфельд, Біла Церква – Фюрстенфельд."
    )
    assert {(p, link) for _, p, _, _, _, link in facts(extractor, body)} == {
        ("Лайбніц", "dash_pair"),
        ("Кніттельфельд", "dash_pair"),
        ("Фюрстенфельд", "dash_pair"),
    }


def test_a_route_of_dash_pairs_parted_by_commas_is_no_list_of_ties(extractor):
    assert facts(extractor, "Нові рейси з'єднали міста: Сквира – Фастів, Біла Церква – Васильків.") == set()


def test_where_the_partner_lies_may_stand_before_its_relative_clause_tie(extractor):
    body = (
        "Гостей привітало польське місто Ніско в Підкарпатському воєводстві, з яким Сквира має угоду про "
        "побратимство з 2018 року."
    )
    assert {(ua, p, link) for ua, p, _, _, _, link in facts(extractor, body)} == {(SQUIRE, "Ніско", "with")}


def test_a_memorandum_with_a_state_and_a_town_the_hromada_lies_next_to_make_no_domestic_pair(extractor):
    body = "Нагадаємо, що в березні аналогічний меморандум з Естонією підписала і Сквирська громада, сусідня з Фастовом."
    assert facts(extractor, body) == set()
    article = news_article(body, title="Фастівська громада підписала меморандум з Естонією")
    assert extractor.extract(article) == []


def test_there_for_the_hromada_the_sentence_before_names_last_makes_it_the_side(extractor):
    article = news_article(
        "До слова, шлях Сквири хоче повторити і Фастівська міська громада. Там уже кілька місяців ведуть "
        "перемовини про партнерство зі словацьким містом Гуменне.",
        title="Як Сквира подружилася з чеським містом",
    )
    assert [(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)] == [
        ("Фастівська міська громада", "Гуменне")
    ]


def test_a_later_clause_whose_subject_is_our_hromada_keeps_its_partner_from_the_side_named_before(extractor):
    article = news_article(
        "Громада веде переговори з данським містом Горсенс.",
        title="Данія поруч: сусіди з Фастова підписали угоду зі Свеннборгом, наша громада веде переговори з Горсенсом",
        council=True,
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert ("Фастівська міська громада", "Горсенс") not in found
    assert (SQUIRE, "Горсенс") in found


def test_no_twinning_between_two_towns_is_no_tie(extractor):
    assert (
        facts(extractor, "Між Сквирою і Мельцем немає офіційного побратимства чи угоди про співпрацю.")
        == set()
    )
    assert facts(extractor, "Сквира не має побратимства з польським містом Мелець.") == set()


def test_a_council_that_reports_talks_after_them_is_their_side(extractor):
    article = news_article(
        "Переговори з грузинською Мцхетою тривають, кажуть у Фастівській міській раді, і документ може бути "
        "підписаний вже восени.",
        title="Сквира підписала меморандум з Телаві",
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert ("Фастівська міська громада", "Мцхета") in found and (SQUIRE, "Мцхета") not in found


def test_a_foreign_towns_other_partners_after_an_opening_remark_are_its_own(extractor):
    body = (
        "Цікаво, що Снина має й інших партнерів у регіоні: мер Штефан Мілований розповів, що місто співпрацює "
        "з польським Лесько та чеським Кромержижем, і запропонував Сквирі долучитися до спільного табору."
    )
    assert facts(extractor, body) == set()


def test_two_towns_then_a_dash_for_are_twins_are_twins(extractor):
    found = facts(extractor, "Сквира і польський Холм – побратими.")
    assert {(ua, p, r, s) for ua, p, _, r, s, _ in found} == {(SQUIRE, "Холм", "twinning", "signed")}
    assert facts(extractor, "Перемога і поразка – побратими, кажуть спортсмени.") == set()


def test_partners_of_a_projects_relative_clause_are_the_projects(extractor):
    body = (
        "Сквира є учасником проєкту Interreg NEXT «Зелені долини», партнерами якого є муніципалітети Кунео та "
        "Асті в Італії та Смілянська громада."
    )
    assert facts(extractor, body) == set()
    body = "Фастівська громада, партнерами якої є польські Ряшів та Кросно, прийняла делегацію."
    assert pairs(facts(extractor, body)) == {
        ("Фастівська міська громада", "Ряшів"),
        ("Фастівська міська громада", "Кросно"),
    }


def test_partners_announced_by_their_noun_then_dash_pairs_take_the_tie_of_the_paragraph_before(extractor):
    body = (
        "13 березня у Любліні громади підписали меморандуми про співпрацю з польськими містами. Церемонія "
        "відбулася в ратуші.\nВідтепер партнерами стали: Сквира — Грубешів, Фастів — Білгорай, Біла Церква — "
        "Красностав."
    )
    assert {(p, r, s) for _, p, _, r, s, _ in facts(extractor, body)} == {
        ("Грубешів", "memorandum", "signed"),
        ("Білґорай", "memorandum", "signed"),
        ("Красностав", "memorandum", "signed"),
    }


def test_what_is_said_to_be_no_agreement_between_two_places_is_no_tie(extractor):
    body = (
        "Це проєкт є партнерством двох шкіл на платформі eTwinning і не є угодою про співпрацю між Сквирською "
        "громадою та норвезьким муніципалітетом Гарстада."
    )
    assert facts(extractor, body) == set()


def test_a_foreign_towns_council_ending_its_own_twinning_gives_our_hromada_nothing(extractor):
    article = news_article(
        "Дума латвійського краю Кулдіга на засіданні 24 квітня ухвалила рішення припинити дію угоди про "
        "побратимство з російським містом Гатчина.",
        title="Латвійські друзі Сквири допомагають громаді",
    )
    assert extractor.extract(article) == []


def test_a_foreign_mayor_who_reports_her_towns_ties_before_inviting_ours_gives_us_nothing(extractor):
    body = (
        "Пані мер розповіла, що Семюр-ан-Осуа вже має міцні партнерські зв’язки з німецьким містом Бад-Гомбург "
        "та італійським Ґуббіо, і запросила Сквиру долучитися до спільних проєктів."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_respective_list_with_some_partners_unread_pairs_nobody_by_position(extractor):
    body = (
        "Меморандуми підписали: Сквирська, Фастівська та Васильківська громади – з Мирноградською, "
        "Добропільською та Оріхівською відповідно."
    )
    assert facts(extractor, body) == set()


def test_the_hromada_named_by_its_noun_and_a_town_as_co_signers_are_the_sites_pair(extractor):
    article = news_article(
        "Сьогодні громада та словацьке місто Снина підписали угоду про партнерство.", council=True
    )
    found = [
        (f.ua.name_uk, f.partner.name_uk, f.link)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    ]
    assert found == [(SQUIRE, "Снина", "signing")]


def test_a_venue_of_the_reports_own_hromada_does_not_hide_the_hromada_that_signs_there(extractor):
    article = news_article(
        "Сквирська міська громада відзначила День міста. Того ж дня у Сквирі відбулася ще одна подія: "
        "громада та словацьке місто Снина підписали угоду про партнерство.",
        title="Сквира відзначила День міста",
    )
    assert [(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)] == [(SQUIRE, "Снина")]


def test_a_hromada_joined_to_the_list_a_with_governs_is_no_side_of_the_foreign_partners(extractor):
    article = news_article(
        "Наша громада має партнерські угоди з ґміною Ланьцут (Польща) та Оріхівською міською громадою.",
        council=True,
    )
    sides = {f.ua.katottg for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert "UA23100170000031289" not in sides


def test_a_respective_list_of_towns_by_their_heads_offices_pairs_by_position(extractor):
    """ "з президентами A, B та бурмістром C відповідно": one more office inside the list keeps it one."""
    article = news_article(
        "Три київські громади уклали угоди з польськими містами. Документи підписали голови Сквирської, "
        "Обухівської та Фастівської громад з президентами Ряшева, Перемишля та бурмістром Ярослава "
        "відповідно."
    )
    found = {(f.ua.name_uk.split()[0], f.partner.name_uk) for f in extractor.extract(article)}
    assert found == {("Сквирська", "Ряшів"), ("Обухівська", "Перемишль"), ("Фастівська", "Ярослав")}


def test_the_place_of_a_signing_is_no_side_when_other_signers_are_named(extractor):
    listed = news_article(
        "Три громади уклали угоди з польськими містами. Усі три документи підписали 24 вересня в Києві: "
        "голови Сквирської, Обухівської та Фастівської громад — з мерами Ряшева, Перемишля та Ярослава "
        "відповідно."
    )
    found = {(f.ua.name_uk.split()[0], f.partner.name_uk) for f in extractor.extract(listed)}
    assert found == {("Сквирська", "Ряшів"), ("Обухівська", "Перемишль"), ("Фастівська", "Ярослав")}
    by_office = news_article(
        "Документи про партнерство підписали в Полтаві 12 червня: сквирський міський голова — з мером "
        "польського міста Ярослав."
    )
    assert "Полтавська міська громада" not in {f.ua.name_uk for f in extractor.extract(by_office)}


def test_a_hromada_and_a_town_that_renew_their_agreement_together_are_a_pair(extractor):
    article = news_article(
        "Сквирська міська громада та польське місто Ярослав оновили угоду про побратимство, яка діє між "
        "ними з 2005 року."
    )
    found = [(f.ua.name_uk, f.partner.name_uk, f.status) for f in extractor.extract(article)]
    assert found == [(SQUIRE, "Ярослав", "renewed")]


def test_a_partners_relative_clause_that_binds_the_hromada_to_it_links_them(extractor):
    article = news_article(
        "Допомогу передало словацьке місто Снина, з яким Сквиру пов'язує угода про побратимство 2008 року."
    )
    found = [(f.ua.name_uk, f.partner.name_uk, f.link) for f in extractor.extract(article)]
    assert found == [(SQUIRE, "Снина", "with")]


def test_a_list_after_a_colon_that_follows_the_tie_word_takes_its_link(extractor):
    article = news_article(
        "Сквирська громада має три чинні угоди про партнерство: з данським Віборгом, грецькою Касторією і "
        "канадським Ред-Діром."
    )
    assert {f.partner.name_uk for f in extractor.extract(article)} == {"Віборг", "Касторія", "Ред-Дір"}


def test_co_signers_in_the_future_tense_plan_a_tie(extractor):
    article = news_article(
        "Сквирська громада та хорватське місто Вараждин підпишуть меморандум до кінця року."
    )
    assert [(f.partner.name_uk, f.status) for f in extractor.extract(article)] == [("Вараждин", "planned")]


def test_an_events_quoted_name_tells_no_stage_of_the_tie_signed_there(extractor):
    article = news_article(
        "У середу у Львові відбувся форум «Сусіди – спільне майбутнє», під час якого Сквирська громада "
        "підписала меморандум про наміри співпраці з польським Ополем, а Білоцерківська – з Ряшевом."
    )
    found = {(f.partner.name_uk, f.relation, f.status) for f in extractor.extract(article)}
    assert found == {("Ополе", "intent", "signed"), ("Ряшів", "intent", "signed")}


def test_a_second_verb_after_and_and_an_adverb_keeps_its_ending_to_its_own_object(extractor):
    article = news_article(
        "Сквирська громада підписала угоду з румунським Сібіу і нарешті розірвала побратимство з російським "
        "Курськом."
    )
    found = {(f.partner.name_uk, f.status) for f in extractor.extract(article)}
    assert found == {("Сібіу", "signed"), ("Курськ", "terminated")}


def test_a_plan_of_events_updated_is_no_renewal_of_the_tie(extractor):
    article = news_article(
        "Сквира з 2005 року має угоду про партнерство з румунським Сібіу і минулого року оновила план "
        "спільних заходів."
    )
    assert [(f.partner.name_uk, f.status) for f in extractor.extract(article)] == [("Сібіу", "signed")]


@pytest.mark.parametrize(
    "rest, partners",
    [
        ("спільні проєкти у сфері освіти", {"Ополе"}),  # the clause's own thing, not the tie
        ("у 2021 році", {"Ополе", "Ряшів"}),  # the dash stands for the verb: the same tie
        ("меморандум про співпрацю", {"Ополе", "Ряшів"}),
    ],
)
def test_an_elliptical_clause_with_an_object_of_its_own_takes_no_tie(extractor, rest, partners):
    article = news_article(
        f"Сквирська громада має партнерство з польським Ополем, а з містом Ряшевом – {rest}.",
    )
    assert {f.partner.name_uk for f in extractor.extract(article)} == partners


def test_a_town_that_became_partner_for_a_hromada_is_its_partner(extractor):
    found = facts(extractor, "Для Сквирської громади партнером стала литовська громада Біржай.")
    assert pairs(found) == {(SQUIRE, "Біржай")}
    assert (
        pairs(facts(extractor, "Для Сквири це не перший партнер: першим партнером стало місто Біржай."))
        == set()
    )


def test_a_hromada_in_the_relative_clause_of_another_is_its_domestic_partner(extractor):
    article = news_article(
        "Гостей прийняла Перечинська громада на Закарпатті, з якою Вовчанськ уклав угоду про партнерство "
        "у 2024 році."
    )
    found = {frozenset((f.ua.katottg, f.partner.katottg)) for f in extractor.extract(article)}
    assert found == {frozenset(("UA63140010000049419", "UA21100130000055002"))}


def test_a_tie_with_this_town_is_with_the_one_town_the_sentence_before_named(extractor):
    found = facts(
        extractor,
        "До Сквири приїхала делегація з польського Ряшева. Нагадаємо, Сквирська громада уклала угоду про "
        "співпрацю з цим містом у 2023 році.",
    )
    assert pairs(found) == {(SQUIRE, "Ряшів")}
    two = facts(
        extractor,
        "До Сквири приїхали делегації з польського Ряшева та чеського Пісека. Нагадаємо, Сквирська громада "
        "уклала угоду про співпрацю з цим містом у 2023 році.",
    )
    assert pairs(two) == set()  # which of the two: abstain
    small = facts(
        extractor,
        "Голова громади подякував друзям з польського Ланьцута. Угоду про партнерство з цим містечком "
        "Сквирська громада підписала у 2019 році.",
    )
    assert pairs(small) == {(SQUIRE, "Ланьцут")}  # a small town: "містечко"


@pytest.mark.parametrize(
    "body",
    [
        "Фахівці наголошують, що меморандум з метрополією не означає, що Сквира стала побратимом Катовиць.",
        "Міський голова заперечив, що Сквира і французький Руан тепер побратими.",
    ],
)
def test_a_tie_told_only_to_be_denied_is_no_fact(extractor, body):
    assert facts(extractor, body) == set()


def test_a_tie_whose_subject_is_a_town_named_by_its_foreign_countrys_adjective_is_that_towns(extractor):
    found = facts(
        extractor,
        "Пожежники з Фюрстенфельда мають давні зв'язки з Польщею: австрійське місто з 1998 року є "
        "побратимом польської Свідниці.",
        owner=SKVYRA,
    )
    assert found == set()


def test_a_hromada_whose_people_sign_at_the_owners_venue_is_no_partner_of_the_owner(extractor):
    found = facts(
        extractor,
        "Саме у Сквирі сусіди з Фастівської міської громади та гості з польського міста Нисько підписали "
        "угоду про співпрацю.",
        owner=SKVYRA,
    )
    assert not any(partner == "Фастівська міська громада" for _, partner, *_ in found)


def test_an_ending_only_wished_for_of_a_tie_that_never_was_is_no_fact(extractor):
    found = facts(
        extractor,
        "Депутати Сквири хотіли розірвати побратимство з Кротошином, але з'ясувалося, що його не було. "
        "Як пояснили в раді, жодної угоди про побратимство між Сквирою і Кротошином ніколи не укладали.",
    )
    assert found == set()


def test_his_hromada_is_the_hromada_of_the_head_named_in_the_sentence_before(extractor):
    body = (
        "Сквирська міська громада та польське місто Нисько продовжили дію угоди про співпрацю.\n"
        "На зустрічі був присутній і Фастівський міський голова Михайло Нетяжук. Його громада підписала "
        "з польським містом Ряшів лист про наміри щодо співпраці."
    )
    assert ("Фастівська міська громада", "Ряшів") in pairs(facts(extractor, body))
    assert (SQUIRE, "Ряшів") not in pairs(facts(extractor, body))


def test_a_title_tie_the_body_says_the_hromada_does_not_have_is_no_fact(extractor):
    article = news_article(
        "Сквирська школа мистецтв та художня студія з польського міста Кросно підписали меморандум про "
        "співпрацю.\nМіський голова нагадав, що офіційних відносин з Кросном у міської ради немає.",
        title="Сквира — Кросно: митці підписали меморандум",
    )
    assert Extractor().extract(article) == []


def test_no_talks_at_all_with_a_town_are_no_talks(extractor):
    found = facts(
        extractor,
        "Жодних переговорів про побратимство з Кросном чи будь-яким іншим польським містом ми не ведемо.",
        owner=SKVYRA,
    )
    assert found == set()


def test_that_agreement_ended_two_sentences_later_ends_the_tie(extractor):
    found = facts(
        extractor,
        "До 2022 року у нас була одна угода – про співпрацю з російським Мценськом, її ще 2012 року "
        "підписала селищна рада. Реальних проєктів за нею не було. У березні 2022-го сесія ту угоду "
        "розірвала одноголосно.",
        owner=SKVYRA,
    )
    assert {(partner, status) for _, partner, _, _, status, _ in found} == {("Мценськ", "terminated")}


def test_a_year_in_brackets_after_one_partner_dates_that_partner_alone(extractor):
    article = news_article(
        "Нагадаємо, Сквирська громада вже має партнерські угоди з польським містом Кросно (з 2011 року) та "
        "литовським Біржаєм."
    )
    dates = {f.partner.name_uk: f.event_date for f in extractor.extract(article)}
    assert dates == {"Кросно": "2011", "Біржай": None}


def test_a_capitalised_institutions_noun_is_no_town(extractor):
    found = facts(
        extractor,
        "Сквира веде переговори з італійським містом Фаєнца.\nНагадаємо, минулого року Національний "
        "музей-заповідник народного мистецтва підписав меморандум про співпрацю з Музеєм кераміки, а Сквира "
        "стала однією з локацій фестивалю.",
    )
    assert pairs(found) == {(SQUIRE, "Фаєнца")}


def test_an_agreement_with_it_is_with_the_one_foreign_place_of_the_sentence_before(extractor):
    body = (
        "– Хто ці партнери?\n"
        "– Перший – польська ґміна Кросно. Угоду про партнерство з нею ми підписали в березні 2024 року."
    )
    found = facts(extractor, body, owner=SKVYRA)
    assert {(partner, status) for _, partner, _, _, status, _ in found} == {("Кросно", "signed")}


@pytest.mark.parametrize(
    "second, status",
    [
        ("Під час візиту було підписано угоду про побратимство між нашими містами.", "signed"),
        ("Сторони домовилися підписати лист про наміри щодо співпраці восени.", "planned"),
    ],
)
def test_the_parties_after_a_visit_are_the_host_and_the_guests_town(extractor, second, status):
    body = f"У жовтні у Сквирі побувала делегація з польського міста Кросно. {second}"
    assert {(ua, partner, st) for ua, partner, _, _, st, _ in facts(extractor, body)} == {
        (SQUIRE, "Кросно", status)
    }


def test_a_bare_hromada_after_its_councils_attribution_is_that_councils(extractor):
    body = (
        "Сквирська міська громада вже має двох партнерів на заході України.\n"
        "Як повідомили у Фастівській міській раді, громада веде переговори з Калуською громадою про "
        "укладення меморандуму про партнерство."
    )
    assert pairs(facts(extractor, body)) == {("Фастівська міська громада", "Калуська міська громада")}


@pytest.mark.parametrize("partner", ["Підкарпатським воєводством", "польським містом Кросно"])
def test_a_partner_in_one_project_is_no_partner_of_the_town(extractor, partner):
    body = f"Серед здобутків року: громада підготувала план розвитку, а у партнерстві з {partner} проведено навчання."
    assert facts(extractor, body, owner=SKVYRA) == set()


@pytest.mark.parametrize(
    "body",
    [
        "У 2026 році планується підписання меморандуму про співпрацю з польським містом Кросно.",
        "Розділ «Міжнародна співпраця» передбачає підписання угоди про побратимство з ґміною Кросно.",
        "У планах на наступний рік – підписання угоди про партнерство з польським містом Кросно.",
    ],
)
def test_a_signing_in_a_plan_with_no_subject_is_the_owners_planned_tie(extractor, body):
    found = facts(extractor, body, owner=SKVYRA)
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        (SQUIRE, "Кросно", "planned")
    }


def test_a_street_named_after_a_town_is_no_side(extractor):
    article = news_article(
        "Громада шукає нових партнерів і планує підписати угоду про партнерство з польським містом Кросно.",
        title="У Сквирі з'явилася вулиця Фастівська",
    )
    assert {f.ua.name_uk for f in extractor.extract(article)} <= {SQUIRE}


@pytest.mark.parametrize(
    "body",
    [
        "Сквирська міська громада та польське місто Кросно розпочали підготовку угоди про партнерство.",
        "Сквирська міська громада та польське місто Кросно готують угоду про партнерство.",
    ],
)
def test_two_sides_preparing_an_agreement_together_plan_a_tie(extractor, body):
    found = facts(extractor, body)
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        (SQUIRE, "Кросно", "planned")
    }


def test_a_lowercase_office_in_a_list_of_signers_names_its_hromada(extractor):
    body = (
        "Меморандуми підписали: голова Сквирської громади та мер литовського Біржая; фастівський міський "
        "голова та мер естонського Вільянді."
    )
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Біржай"), ("Фастівська міська громада", "Вільянді")}


def test_a_lowercase_office_in_a_relative_clause_is_no_side(extractor):
    body = (
        "Фастівська громада, на яку посилався сквирський міський голова, вже десять років є побратимом "
        "литовського міста Біржай."
    )
    assert pairs(facts(extractor, body)) == {("Фастівська міська громада", "Біржай")}


def test_two_hromadas_each_with_a_clause_and_verb_of_its_own_are_no_pair(extractor):
    body = "Польські друзі Київщини: Сквира підписала меморандум, Фастів оновив угоду."
    assert facts(extractor, body) == set()


@pytest.mark.parametrize("head", ["градоначальник", "алькальд"])
def test_more_foreign_heads_name_their_towns(extractor, head):
    body = f"Угоду підписали голова Сквирської громади Валентина Лещенко та {head} Вараждина Нено Ковач."
    assert pairs(facts(extractor, body)) == {(SQUIRE, "Вараждин")}


def test_talks_the_hromada_will_go_on_with_a_fronted_partner_are_the_owners(extractor):
    body = "З Кутною Горою громада продовжить переговори про укладення угоди про партнерство."
    found = facts(extractor, body, owner=SKVYRA)
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        (SQUIRE, "Кутна Гора", "in_negotiation")
    }


@pytest.mark.parametrize(
    "body",
    [
        "Натомість проєкт меморандуму про співпрацю з польським містом Кросно підтримки не отримав: за нього "
        "проголосували лише 9 депутатів.",
        "Найгарячіша дискусія розгорілася навколо проєкту меморандуму про співпрацю з польським містом Кросно. "
        "Проєкт документа підготувало управління економіки. Однак за рішення проголосували лише 11 депутатів. "
        "Частина депутатів заявила, що текст не містить зобов'язань. Рішення не ухвалено.",
    ],
)
def test_a_draft_voted_down_is_no_plan(extractor, body):
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_every_town_a_schools_list_names_is_the_schools_not_the_owners(extractor):
    body = (
        "Нагадаємо, що громада бере участь у програмі «Школа-партнер», у межах якої дев'ять закладів освіти "
        "громади мають партнерів у Польщі, Литві та Німеччині. Серед них – гімназії з Кракова та Вільнюса і "
        "ліцей з Любліна."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_short_name_is_the_town_whose_full_name_with_a_preposition_the_article_writes(extractor):
    body = (
        "Сквира продовжила угоду про співпрацю з чеським Ждяром.\n"
        "Першими приїхали гості з чеського міста Ждяр-над-Сазавою на чолі зі старостою."
    )
    found = extractor.extract(news_article(body))
    assert [(f.partner.name_uk, f.partner.geonameid) for f in found] == [("Ждяр-над-Сазавою", 3061695)]


def test_a_town_next_in_line_has_no_tie_yet(extractor):
    article = news_article(
        "Новина без змісту.",
        title="Німецький Нойруппін став партнером Сквири, на черзі – австрійський Леобен",
    )
    assert {(f.partner.name_uk, f.status) for f in extractor.extract(article)} == {
        ("Нойруппін", "signed"),
        ("Леобен", "planned"),
    }


def test_an_ending_in_the_genitive_list_reaches_the_town_after_a_region_and_a_lower_case_country(extractor):
    body = (
        "Депутати ухвалили рішення про розірвання угод про побратимство з містом Клинці Брянської області "
        "російської федерації та містом Жлобин Гомельської області Республіки Білорусь."
    )
    found = facts(extractor, body, owner=SKVYRA)
    assert {(partner, status) for _, partner, _, _, status, _ in found} == {
        ("Клинці", "terminated"),
        ("Жлобин", "terminated"),
    }


def test_a_partner_ending_its_own_tie_with_another_town_leaves_ours_signed(extractor):
    body = (
        "З 2018 року Сквирська громада має угоду про партнерство з литовським містом Утена. Литовські "
        "друзі передали громаді два генератори. Утена, своєю чергою, ще навесні 2022 року розірвала "
        "угоду про співпрацю з білоруським Гродном."
    )
    found = facts(extractor, body)
    assert ("Сквирська міська громада", "Утена", "LT", "partnership", "signed", "with") in found


def test_each_partner_takes_the_kind_of_the_document_whose_with_governs_it(extractor):
    body = (
        "Сесія Сквирської міської ради розірвала угоду про побратимство з російським містом Єлець та "
        "угоду про співпрацю з білоруським містом Пінськ."
    )
    found = facts(extractor, body)
    assert {(partner, relation, status) for _, partner, _, relation, status, _ in found} == {
        ("Єлець", "twinning", "terminated"),
        ("Пінськ", "cooperation", "terminated"),
    }


def test_years_of_a_tie_marked_and_counted_in_words_say_the_tie_exists(extractor):
    found = facts(extractor, "Сквира та литовська Утена відзначили п'ятнадцять років побратимства.")
    assert found == {("Сквирська міська громада", "Утена", "LT", "twinning", "signed", "signing")}


def test_towns_listed_after_a_count_of_countries_are_towns_not_regions(extractor):
    article = news_article(
        "Сьогодні Сквира має побратимів у трьох країнах – Хелм (Польща), Утена (Литва) та Габрово (Болгарія)."
    )
    found = {f.partner.name_uk: (f.partner.geonameid, f.partner.level) for f in extractor.extract(article)}
    assert {name: level for name, (_, level) in found.items()} == {
        "Хелм": "city",
        "Утена": "city",
        "Габрово": "city",
    }
    assert all(geonameid for geonameid, _ in found.values())


def test_a_hope_for_cooperation_in_the_future_is_no_plan(extractor):
    assert (
        facts(extractor, "Сквирська громада теж розраховує на співпрацю з литовською Утеною у майбутньому.")
        == set()
    )
    assert facts(
        extractor, "Сквирська громада у майбутньому планує підписати угоду з литовською Утеною."
    ) == {("Сквирська міська громада", "Утена", "LT", "cooperation", "planned", "signing")}


def test_a_trilateral_document_between_a_hromada_and_two_towns_ties_it_to_each(extractor):
    body = (
        "Тристоронній меморандум про співпрацю між Сквирською міською громадою, литовським містом Утена "
        "та польським містом Хелм підписали 3 травня."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Утена"),
        ("Сквирська міська громада", "Хелм"),
    }
    after = (
        "Меморандум між Сквирською міською громадою та містом Утена, Хелмом і Люблінською гміною ще готують."
    )
    assert pairs(facts(extractor, after)) == {("Сквирська міська громада", "Утена")}


def test_documents_signed_in_someones_presence_are_the_documents_just_told(extractor):
    body = (
        "У Житомирі 15 квітня підписали два меморандуми про партнерство. Документи в присутності посла "
        "Польщі в Україні та начальника обласної адміністрації підписали: Сквирський міський голова "
        "Ігор Петренко та бурмістр Хелма Ян Ковальський; Бердичівський міський голова Олег Коваль та "
        "бурмістр Седльців Адам Новак."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Хелм"),
        ("Бердичівська міська громада", "Седльци"),
    }


def test_a_proposed_ending_of_a_tie_denied_later_with_a_list_of_document_kinds_is_no_fact(extractor):
    body = (
        "Депутати Сквирської громади запропонували розірвати угоду про побратимство з російським містом Курськ. "
        "Ініціатори посилалися на дописи в мережі. Проєкт рішення підготували заздалегідь. "
        "Однак секретар ради з'ясувала, що розривати нічого. «Ми підняли архів ради з 1991 року. "
        "Жодної угоди про побратимство, співпрацю чи партнерство з Курськом Сквира ніколи не підписувала»."
    )
    assert facts(extractor, body) == set()


def test_a_foreign_towns_anniversary_told_in_a_hromada_is_not_the_hromadas_tie(extractor):
    body = (
        "Цього тижня швейцарське Аарау відзначає 40-річчя партнерства з німецьким Ройтлінгеном — гості "
        "розповідали про це в Сквирі як про приклад довгої співпраці."
    )
    assert facts(extractor, body) == set()
    kept = (
        "Угоду з Хелмом підписали 12 червня в Любліні, а угоду з Утеною – 19 червня в Сквирі, куди "
        "приїхала литовська делегація."
    )
    assert ("Сквирська міська громада", "Утена") in pairs(facts(extractor, kept))


def test_a_hromada_in_an_elliptical_clause_with_its_own_partner_takes_not_the_first_clauses(extractor):
    body = (
        "Житомирщина підписала меморандум із Люблінським воєводством, а Сквирська громада – з урядом Литви."
    )
    assert facts(extractor, body) == set()
    both = "Бердичівська громада підписала меморандум із польським Хелмом, а Сквирська – з литовською Утеною."
    assert pairs(facts(extractor, both)) == {
        ("Бердичівська міська громада", "Хелм"),
        ("Сквирська міська громада", "Утена"),
    }


def test_the_town_that_marks_an_anniversary_in_a_paragraph_about_a_foreign_town_is_that_town(extractor):
    body = (
        "Орхус передав Сквирі два шкільні автобуси.\n"
        "Для самого Орхуса грудень — місяць ювілеїв. Цього тижня місто відзначає тридцяту річницю "
        "побратимства з литовським Біржаєм: у 1995 році їхні мери підписали угоду."
    )
    article = news_article(body, title="Данський Орхус передав Сквирі два шкільні автобуси")
    assert extractor.extract(article) == []


def test_the_next_partner_named_after_a_renewal_is_only_planned(extractor):
    found = facts(
        extractor, "Сквира і Хелм оновили угоду про співпрацю, наступний партнер – литовська Утена."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in found} == {
        ("Хелм", "renewed"),
        ("Утена", "planned"),
    }


def test_a_later_paragraph_ending_the_tie_with_its_partner_by_name_ends_it(extractor):
    body = (
        "Угоду про побратимство з російським Єльцем Сквира уклала ще у 2004 році. Відтоді жодних заходів "
        "не було.\nДепутати одноголосно проголосували за розірвання угоди про побратимство з Єльцем."
    )
    assert facts(extractor, body) == {
        ("Сквирська міська громада", "Єлець", "RU", "twinning", "terminated", "signing")
    }
    proposed = body.replace("проголосували за розірвання", "запропонували розірвання")
    assert {status for *_, status, _ in facts(extractor, proposed)} == {"signed"}


def test_a_document_discussed_with_a_town_is_in_the_works_with_it(extractor):
    found = facts(extractor, "Сквирська громада обговорює з литовською Утеною меморандум про співпрацю.")
    assert found == {("Сквирська міська громада", "Утена", "LT", "memorandum", "in_negotiation", "with")}
    assert facts(extractor, "Сквирська громада обговорює з литовською Утеною досвід енергоаудиту.") == set()


def test_co_signers_of_a_first_clause_stay_a_pair_beside_an_elliptical_second_one(extractor):
    body = (
        "Сквирська міська громада і Оріхівська міська громада підписали меморандум про партнерство, а "
        "Бердичівська — з Гуляйпільською."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Оріхівська міська громада"),
        ("Бердичівська міська громада", "Гуляйпільська міська громада"),
    }


def test_a_proposed_ending_of_a_tie_said_a_few_sentences_on_never_to_have_been_signed_is_no_fact(extractor):
    body = (
        "Депутат Сквирської міської ради запропонував розірвати угоду про побратимство з російським Курськом. "
        "«Ми не можемо мати стосунків з містом держави-агресора. Такі угоди давно розірвали інші громади», "
        "– заявив він. Проте секретар ради пояснила, що розривати нічого. За її словами, Сквира і Курськ "
        "обмінювалися делегаціями, однак договір про побратимство так і не був підписаний, а в реєстрі "
        "рішень ради такого документа немає."
    )
    assert facts(extractor, body) == set()


def test_the_city_after_a_comma_that_locates_a_partner_district_is_no_partner(extractor):
    body = "Сквирська громада підписала меморандум про партнерство з районом Бемово, міста Варшава."
    assert {partner for _, partner, *_ in facts(extractor, body)} == {"Бемово"}


def test_a_district_adjective_before_a_bodys_name_is_no_region(extractor):
    body = (
        "Комісія підтримала проєкт рішення «Про припинення дії угоди про співпрацю між Сквирською міською "
        "радою та Пінським районним виконавчим комітетом Республіки Білорусь»."
    )
    assert {partner for _, partner, *_ in facts(extractor, body)} == set()


def test_hromadas_listed_as_still_seeking_partners_are_nobodys_partners(extractor):
    body = (
        "На зустрічі в Сквирі виступили також представники громад, які поки лише шукають партнерів: "
        "Бердичівська, Оріхівська та Гуляйпільська."
    )
    assert facts(extractor, body) == set()


def test_signatures_under_them_by_two_heads_and_two_mayors_respectively_pair_by_position(extractor):
    body = (
        "Тоді ж підписали два меморандуми про співпрацю між громадами Житомирщини і Литви. Підписи під "
        "ними поставили відповідно Сквирський і Бердичівський міські голови та мери Утени і Біржая."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Утена"),
        ("Бердичівська міська громада", "Біржай"),
    }


def test_the_documents_pronoun_after_the_time_and_place_signs_the_documents_just_told(extractor):
    body = (
        "Угоди про партнерство з литовськими містами готували юристи із літа. 15 жовтня в Брюсселі їх нарешті "
        "підписали: підписи поставили відповідно Сквирський і Бердичівський міські голови та мери Утени і "
        "Біржая."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Утена"),
        ("Бердичівська міська громада", "Біржай"),
    }


def test_a_unit_word_of_several_countries_takes_the_one_whose_region_has_the_name(extractor):
    body = "Сквирська міська рада підписала угоду про співпрацю з повітом Сучава."
    assert {(partner, country) for _, partner, country, *_ in facts(extractor, body)} == {("Сучава", "RO")}


def test_a_partner_only_said_to_be_chosen_whose_parties_still_negotiate_is_in_talks(extractor):
    body = (
        "Сквирська громада обрала іншого партнера — литовське місто Утена. Контакти виникли завдяки "
        "громаді литовців. Наразі сторони ведуть переговори щодо угоди про партнерство і готують текст."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Утена", "in_negotiation")
    }


def test_a_hromada_that_keeps_up_partner_relations_with_towns_has_them_now(extractor):
    body = (
        "Сквирська міська громада підтримує партнерські стосунки з містами Утена (Литва) та Біржай (Литва)."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Утена", "signed"),
        ("Біржай", "signed"),
    }


def test_deputies_backing_a_decision_to_conclude_an_agreement_plan_it(extractor):
    body = (
        "Депутати підтримали рішення про укладення угоди про партнерство між Сквирською міською "
        "громадою та містом Утена."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Утена", "planned")
    }


def test_a_clause_saying_the_tie_with_its_partner_goes_on_is_not_ended_by_the_first_clause(extractor):
    body = "Сквирська громада призупинила партнерство з містом Утена, співпраця з литовським Біржаєм триває."
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Утена", "terminated"),
        ("Біржай", "signed"),
    }


def test_a_hromada_named_in_the_nominative_after_the_partner_object_is_the_signing_side(extractor):
    body = (
        "Меморандум про партнерство з Бердичівською громадою Сквирська міська громада підписала у 2023 році."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Бердичівська міська громада")}


def test_a_hromada_after_the_with_of_an_elliptical_later_clause_is_no_side_of_the_first_partner(extractor):
    body = (
        "Вранці міський голова і мер литовської Утени підписали угоду про партнерство між містами, а "
        "ввечері — меморандум про співпрацю з Бердичівською міською громадою."
    )
    assert not any(ua == "Бердичівська міська громада" for ua, *_ in facts(extractor, body))


def test_a_later_clause_ending_the_agreement_by_its_pronoun_ends_the_tie_that_was_in_force(extractor):
    body = (
        "Угода про співпрацю Сквирської громади з литовською Утеною діяла з 2012 року, однак у квітні "
        "2022 року сесія ухвалила рішення про її розірвання."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Утена", "terminated")
    }


def test_a_later_clause_prolonging_the_agreement_by_its_pronoun_first_renews_it(extractor):
    body = (
        "Угоду про співпрацю з литовською Утеною Сквирська громада підписала у 2018 році, а цього літа її "
        "продовжили ще на п’ять років."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Утена", "renewed")
    }


def test_an_agreement_signed_in_a_new_edition_told_before_the_verb_is_renewed(extractor):
    body = "У червні в новій редакції підписано угоду про партнерство Сквирської громади з литовською Утеною."
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Утена", "renewed")
    }


def test_a_foreign_towns_anniversary_with_another_is_not_the_hromada_a_later_clause_names(extractor):
    body = (
        "Цього року Утена святкує 50-річчя побратимства з німецьким містом Целле, і на урочистостях у червні "
        "литовці збираються розповісти німецьким друзям про Сквиру."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_talks_the_council_says_there_are_none_of_give_no_fact(extractor):
    body = "Представники ради наголосили, що офіційних переговорів про партнерство з литовською Утеною наразі немає."
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_tie_a_relative_clause_tells_of_the_place_before_it_is_not_the_owners(extractor):
    body = (
        "Другого дня учасники з'їздили до Утени, де цього року відзначають тридцять років побратимства з "
        "латвійським Тукумсом."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_what_is_to_follow_a_signing_still_ahead_plans_the_signing(extractor):
    body = (
        "Хочемо разом з партнерами відкрити туристичний центр. А після підписання угоди з литовською "
        "Утеною – почати обмін досвідом у сфері енергоефективності."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body, owner=SKVYRA)} == {
        ("Утена", "planned")
    }


def test_a_term_only_due_to_end_ends_no_tie(extractor):
    body = (
        "Угода про партнерство між Сквирською громадою та литовською Утеною була підписана у 2020 році "
        "строком на п'ять років і цього місяця мала втратити чинність."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Утена", "signed")
    }


def test_an_agreement_prolonging_the_tie_told_next_with_the_partner_named_renews_it(extractor):
    body = (
        "Угода про партнерство між Сквирською громадою та литовською Утеною була підписана у 2020 році. "
        "Сторони вирішили її продовжити. Додаткову угоду про пролонгацію до 2030 року підписано 6 листопада "
        "2025 року під час візиту мера Утени."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Утена", "renewed")
    }


def test_an_agreement_in_force_since_a_date_says_the_tie_exists(extractor):
    body = (
        "Угода про побратимство між Сквирською громадою і литовським містом Утена діє з 18 вересня 2012 року."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Утена", "signed")
    }


def test_the_adjective_of_a_district_body_is_no_town_of_that_name(extractor):
    body = (
        "Враховуючи збройну агресію російської федерації проти України та участь Республіки Білорусь, рада "
        "вирішила припинити дію угоди про співробітництво між Сквирською міською радою та Столинським "
        "районним виконавчим комітетом."
    )
    assert {partner for _, partner, *_ in facts(extractor, body)} == set()


def test_an_interview_answer_on_a_foreign_towns_own_partners_is_not_the_hromadas_list(extractor):
    body = (
        "Литовське місто Утена вже понад три роки дружить зі Сквирською громадою.\n"
        "– Як почалася ваша співпраця зі Сквирою?\n"
        "– Навесні 2022 року до нас приїхали перші біженці. Угоду про партнерство ми підписали у 2023 році.\n"
        "– Утена має й інших побратимів. Чи вони долучаються?\n"
        "– Так. У нас давні партнери – фінська Порвоо, шведський Вестерос, латвійська Цесіс. Порвоо, "
        "наприклад, допомогла зібрати кошти на автобус."
    )
    article = news_article(body, title="Мер Утени Йонас Петрайтіс: «Сквира для нас – не проєкт, а друзі»")
    assert {f.partner.name_uk for f in extractor.extract(article)} <= {"Утена"}


def test_a_town_the_title_names_only_as_a_venue_is_no_side_beside_the_bodys(extractor):
    body = (
        "Минув рік відтоді, як Сквирська громада та литовська Утена підписали меморандум про партнерство. "
        "Через війну частина працівників ради тимчасово працює в Бердичеві, тож свято провели там."
    )
    article = news_article(
        body, title="Рік дружби з Утеною: у Бердичеві висадили алею на честь міста-партнера"
    )
    assert {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)} == {
        ("Сквирська міська громада", "Утена")
    }


def test_a_term_that_ran_out_and_a_document_the_sides_did_not_prolong_end_the_tie(extractor):
    body = (
        "Угоду про співробітництво між Сквирською громадою і литовською Утеною підписали у 2015 році строком "
        "на п'ять років. У 2020 році термін її дії сплинув, і сторони не продовжили документ."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Утена", "terminated")
    }


def test_a_council_approving_the_start_of_talks_is_in_talks_not_planning(extractor):
    body = (
        "Депутати Сквирської міської ради погодили початок переговорів з литовським містом Утена щодо "
        "укладення угоди про співпрацю."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Утена", "in_negotiation")
    }


def test_the_agreement_updated_in_the_next_sentence_renews_the_tie(extractor):
    body = (
        "Із литовським містом Утена Сквира співпрацює з 2019 року. Торік угоду оновили: 14 травня 2024 року "
        "голови обох громад підписали нову редакцію угоди про партнерство."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body, owner=SKVYRA)} == {
        ("Утена", "renewed")
    }


def test_a_town_whose_own_twins_a_clause_lists_is_no_twin_of_ours_there(extractor):
    body = (
        "Сквирська громада підписала угоду про співпрацю з литовською Утеною. Литовці вже мають досвід "
        "партнерства з європейськими містами: побратимами Утени є, зокрема, німецьке місто Целле та "
        "французьке Шательро."
    )
    assert {
        (partner, relation) for _, partner, _, relation, _, _ in facts(extractor, body, owner=SKVYRA)
    } == {("Утена", "cooperation")}


def test_a_venue_where_the_side_signs_keeps_the_owners_tie(extractor):
    body = (
        "Делегація громади побувала в Брюсселі, де 15 травня 2024 року підписала угоду про партнерство з "
        "литовським містом Утена."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Сквирська міська громада", "Утена")}


def test_a_month_between_the_signing_verb_and_the_partner_is_an_aside(extractor):
    found = facts(
        extractor, "Угоду про партнерство Сквирська міська громада уклала в липні з литовським містом Утена."
    )
    assert pairs(found) == {("Сквирська міська громада", "Утена")}


def test_a_tie_with_a_three_letter_town_is_taken_back_by_a_later_denial(extractor):
    body = (
        "У мережі з'явився допис із заголовком «Сквира стала побратимом італійського міста Бра». "
        "Міська рада заявляє, що це не так. Жодних угод, меморандумів чи листів про наміри з містом Бра "
        "громада не підписувала."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_district_named_after_its_seat_is_the_same_partner_as_the_town(extractor):
    body = (
        "20 травня в литовській Утені підписали угоду про співпрацю між Сквирською міською радою та "
        "самоврядуванням Утенського району. Документ скріпили підписами міський голова Сквири та мер Утени. "
        "Угода з Утеною передбачає обмін досвідом."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Утена")}


def test_two_hromadas_after_their_fronted_agreement_are_its_co_signers(extractor):
    found = pairs(facts(extractor, "Угоду про партнерство Сквирська та Узинська громади уклали в травні."))
    assert found == {("Сквирська міська громада", "Узинська міська громада")}
    towns = pairs(
        facts(
            extractor,
            "Сквирська громада підтримує Узинську громаду: угоду про партнерство Сквира і Узин підписали "
            "в жовтні.",
        )
    )
    assert towns == {("Сквирська міська громада", "Узинська міська громада")}


def test_a_quotation_said_by_a_foreign_head_introduced_before_it_speaks_for_that_town():
    from parsers.facts.speakers import a_guest_is_named_after

    text = (
        "Святкування тривало три дні. Бургомістр Утени Альгірдас Пранцкус відкрив свято. «Десять років "
        "тому ми підписали угоду з Бауською. Наші діти дружать», — сказав Пранцкус."
    )
    quote = (text.index("«"), text.index("»") + 1)
    assert a_guest_is_named_after(text, quote, lambda word: None)
    own = text.replace("Бургомістр Утени", "Сквирський міський голова")
    own_quote = (own.index("«"), own.index("»") + 1)
    assert not a_guest_is_named_after(own, own_quote, lambda word: None)


def test_a_town_as_the_subject_after_a_sentence_that_ends_in_a_foreign_town_is_that_town(extractor):
    article = news_article(
        "Народний хор зі Сквири минулих вихідних виступав у литовській Утені. Колектив запросили на свято, "
        "яке було особливим: місто відзначало десяту річницю побратимства з латвійським містом Бауска.",
        title="Хор зі Сквири заспівав на ювілеї побратимства Утени та Бауски",
    )
    assert extractor.extract(article) == []


def test_a_sentence_with_no_side_about_a_partner_another_hromada_was_tied_to_by_a_pronoun(extractor):
    article = news_article(
        "Минулого тижня у Сквирі працював форум громад.\n"
        "Інша громада — Узинська — дивиться на північ. Уже кілька місяців вона веде переговори з литовським "
        "містом Утена. Угоду з Утеною поки не підписано, наступна зустріч робочої групи запланована на квітень.",
        title="Форум у Сквирі: громади краю шукають партнерів",
    )
    found = {(f.ua.name_uk, f.partner.name_uk, f.status) for f in extractor.extract(article)}
    assert found == {("Узинська міська громада", "Утена", "in_negotiation")}


def test_a_head_named_after_the_bracketed_spelling_of_a_foreign_town_is_no_town(extractor):
    found = facts(
        extractor,
        "У вересні Сквирський міський голова та мер румунського міста Ватра-Дорней (Vatra Dornei) Овідіу "
        "Ністор підписали угоду про співробітництво.",
    )
    assert pairs(found) == {("Сквирська міська громада", "Ватра-Дорней")}


def test_two_hromadas_that_sign_with_a_named_body_are_no_pair_of_their_own(extractor):
    found = facts(
        extractor,
        "Сквирська та Узинська міські громади першими в області уклали меморандум про співпрацю з "
        "Асоціацією фінських місцевих органів влади.",
    )
    assert found == set()


def test_a_hromada_named_by_its_adjective_and_kind_in_the_nominative_is_a_side(extractor):
    found = facts(
        extractor,
        "Сквирська громада підписала меморандум з литовською Утеною. Ще одна громада краю, Узинська міська, "
        "поки обмежилася листом про наміри: його підписали з польським містом Ополе.",
    )
    assert pairs(found) == {("Сквирська міська громада", "Утена"), ("Узинська міська громада", "Ополе")}


def test_the_town_where_an_event_was_held_is_no_side_of_a_signing_at_it(extractor):
    found = facts(
        extractor,
        "Під час форуму громад, що відбувся 5 серпня в Білій Церкві, Сквира підписала меморандум про "
        "співпрацю з литовським містом Утена, а Узин – з польським містом Ополе.",
    )
    assert pairs(found) == {("Сквирська міська громада", "Утена"), ("Узинська міська громада", "Ополе")}


def test_a_pronoun_that_had_an_agreement_is_the_hromada_the_sentence_before_names(extractor):
    article = news_article(
        "Огляд присвячено громадам району.\n"
        "Інша ситуація – в Узинській міській громаді. З 2011 року вона мала угоду про співпрацю з литовською "
        "Утеною. У лютому 2022 року міська рада призупинила дію цієї угоди.",
        title="Від Білої Церкви до Сквири: з ким дружать громади району",
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert found == {("Узинська міська громада", "Утена")}


@pytest.mark.parametrize(
    "title, outcome",
    [
        (
            "Сесія міської ради",
            "Після дискусії за рішення проголосували 9 депутатів, і меморандум не було схвалено.",
        ),
        (
            "Депутати не підтримали меморандум з литовською Утеною",
            "Після дискусії депутати перейшли до бюджету.",
        ),
    ],
)
def test_a_draft_memorandum_the_council_voted_down_is_no_plan(extractor, title, outcome):
    article = news_article(
        "Сесія розглянула 20 питань, серед яких проєкт меморандуму про співпрацю з литовським містом Утена.\n"
        + outcome,
        title=title,
        council=True,
    )
    assert extractor.extract(article, owner_katottg=SKVYRA) == []


def test_two_hromadas_in_the_genitive_plural_beside_a_memorandum_are_no_co_signers(extractor):
    found = facts(
        extractor,
        "Депутатка зауважила, що в проєкті меморандуму не визначено жодних проєктів, а її колега запропонував "
        "спочатку вивчити досвід Сквирської та Узинської громад, які вже мають партнерів у Польщі.",
    )
    assert found == set()


def test_the_head_of_the_hromada_signing_in_its_town_signs_for_the_hromada_named_before(extractor):
    article = news_article(
        "Сквирська міська рада на сесії ухвалила рішення призупинити дію угоди з білоруським містом Мозир.\n"
        "Узинська громада давно шукала партнера в Литві. Угоду з Утеною підписали 1 березня в Узині голова "
        "громади Ім'я Прізвище і заступниця мера Утени Ім'я Прізвище.",
        title="Громади району переглядають міжнародні зв'язки: Сквира призупинила угоду з Мозирем",
    )
    sides = {f.partner.name_uk: f.ua.name_uk for f in extractor.extract(article)}
    assert sides["Утена"] == "Узинська міська громада"


def test_two_hromadas_that_sign_before_a_colon_are_a_pair_whatever_the_rest_names(extractor):
    found = facts(
        extractor,
        "Ще у квітні 2024 року Сквирська та Узинська громади уклали меморандум про співпрацю: Узин прийняв "
        "понад 300 сквирян, організував для них відпочинок дітей у Білій Церкві, а торік передав Сквирі "
        "вантажівку з дровами.",
    )
    assert pairs(found) == {("Сквирська міська громада", "Узинська міська громада")}


def test_a_listed_partner_that_a_relative_clause_ties_to_another_hromada_is_that_hromadas(extractor):
    found = facts(
        extractor,
        "Сквира має побратима — польське місто Ополе (Opole) Опольського повіту, з яким Узин побратався "
        "ще у 2017 році.",
    )
    assert pairs(found) == {("Узинська міська громада", "Ополе")}


def test_a_bare_hromada_that_guests_will_come_to_is_the_one_its_paragraph_is_about(extractor):
    article = news_article(
        "Сквира та Узин підписали угоди з польськими містами Ополе та Ниса відповідно.\n"
        "Інакше справи в Білоцерківської громади. Її голова побував у Польщі як гість, але угоди не "
        "підписував. Натомість громада веде переговори з литовським містом Утена: у лютому мер Утени "
        "планує приїхати до Білої Церкви.",
        title="Сквира й Узин отримали партнерів у Польщі",
    )
    sides = {f.partner.name_uk: f.ua.name_uk for f in extractor.extract(article)}
    assert sides["Утена"] == "Білоцерківська міська громада"


def test_a_partner_once_considered_is_no_partner(extractor):
    found = facts(
        extractor,
        "Цікаво, що спочатку Сквира розглядала іншого польського партнера — місто Ополе під Вроцлавом.",
    )
    assert found == set()


def test_two_hromadas_and_two_partners_before_an_elliptical_clause_are_not_crossed(extractor):
    found = facts(
        extractor,
        "Сквирська та Узинська громади уклали угоди про співпрацю з польськими Ополем та Нисою, а "
        "Білоцерківська — з литовською Утеною.",
    )
    assert pairs(found) == {("Білоцерківська міська громада", "Утена")}


def test_an_oblasts_tie_in_its_own_clause_is_no_tie_of_the_hromada_in_the_next(extractor):
    found = facts(
        extractor,
        "Нагадаємо, у 2024 році Київська область уклала меморандум з Вільнюським повітом, а Сквира — угоду "
        "з Ризою.",
    )
    assert ("Сквирська міська громада", "Вільнюський повіт") not in pairs(found)


def test_each_line_of_a_partner_list_keeps_its_own_status(extractor):
    article = news_article(
        "Міста-побратими Сквирської громади:\nУтена (Литва) — з 1993 року;\nОполе (Польща) — з 2008 року, "
        "нова редакція угоди — 2025 рік;\nУзинська міська громада (Київська область, Україна) — з 2023 року.",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.status, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)
    }
    assert found == {
        "Утена": ("signed", "1993"),
        "Ополе": ("renewed", None),
        "Узинська міська громада": ("signed", "2023"),
    }


def test_each_line_of_a_table_of_pairs_keeps_its_own_status(extractor):
    found = facts(
        extractor,
        "Громада — партнер (країна) — документ — дата:\n"
        "Сквирська міська громада — Ополе (Польща) — угода про побратимство — 21.08.2025;\n"
        "Узинська міська громада — Утена (Литва) — переговори — дата не визначена.",
    )
    statuses = {(ua, partner): status for ua, partner, _, _, status, _ in found}
    assert statuses == {
        ("Сквирська міська громада", "Ополе"): "signed",
        ("Узинська міська громада", "Утена"): "in_negotiation",
    }


def test_two_hromadas_that_joined_a_memorandum_of_others_are_no_pair(extractor):
    found = facts(
        extractor,
        "11 вересня Київська обласна військова адміністрація та Савинський регіон Словенії підписали "
        "меморандум про міжрегіональне співробітництво, до якого долучилися також Сквирська та Узинська "
        "громади як учасниці обласної програми.",
    )
    assert ("Сквирська міська громада", "Узинська міська громада") not in pairs(found)


def test_two_oblast_administrations_that_sign_give_the_reports_hromada_no_domestic_partner(extractor):
    article = news_article(
        "Сквирська громада отримала нового партнера. 12 лютого у Львові Донецька та Львівська обласні "
        "військові адміністрації підписали угоду про співпрацю областей на 2026–2028 роки.",
        title="Сквира шукає партнерів на заході",
    )
    assert extractor.extract(article) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Для литовської сторони Сквира – не перший партнер: Утена має давніх побратимів у польському Ополі, "
        "а з 2024 року – також меморандум із польською Нисою.",
        "Сама Утена має кількох закордонних друзів: понад десять років місто співпрацює з польським Ополем, а "
        "угоду з білоруським Мозирем рада міста призупинила навесні 2022-го.",
    ],
)
def test_the_ties_a_foreign_holder_of_partners_goes_on_to_tell_are_its_own(extractor, sentence):
    article = news_article(
        "Сквирська міська громада підписала угоду про партнерство з литовським містом Утена.\n" + sentence,
        title="Сквира та Утена стали партнерами",
    )
    assert {f.partner.name_uk for f in extractor.extract(article)} == {"Утена"}


def test_what_a_draft_memorandum_would_provide_for_says_no_tie_exists(extractor):
    found = facts(
        extractor,
        "Як пояснили на засіданні, компанія пропонувала, щоб меморандум з литовською Утеною передбачав "
        "«сприяння у виділенні земельних ділянок для інвесторів з міста-партнера».",
        owner=SKVYRA,
    )
    assert found == set()


def test_the_subject_of_an_elliptical_clause_is_no_partner(extractor):
    article = news_article(
        "Сквирська громада підписала угоду з польським містом Ополе, Узинська громада — меморандум з "
        "польською Нисою. Делегації обох громад побували в Польщі.",
        title="Сквира підписала угоду з польським Ополем, Козлів — меморандум з Краснобродом",
    )
    assert "Козлі" not in {f.partner.name_uk for f in extractor.extract(article)}


@pytest.mark.parametrize(
    "body",
    [
        # a partnership said not to exist
        "«Офіційного партнерства між Сквирою і Ополем немає, це дружба пожежників», – сказав міський голова.",
        # talks the other side ended by choosing someone else
        "Міська голова розповіла, що Сквирська громада у 2025 році вела перемовини з литовською Утеною, однак "
        "литовська сторона обрала партнера на Житомирщині.",
        # a hromada named for comparison
        "Мер Утени розповіла, що місто, як і Сквира, колись мало тісні зв'язки з Росією, а нині розвиває "
        "партнерство з польським Ополем.",
        # a project's pairs
        "Пілотні пари проєкту такі: Сквира — Ополе, Узин — Ниса.",
        # an oblast by its region's name signs, its hromadas listed after
        "Прикарпаття підписало меморандум із Сілезьким воєводством: Снятин, Долина і Надвірна — серед "
        "пілотних громад.",
    ],
)
def test_sentences_that_seem_to_tie_a_hromada_but_do_not(extractor, body):
    assert facts(extractor, body) == set()


def test_ordinals_after_a_joint_subject_pair_each_hromada_with_its_partner(extractor):
    found = facts(
        extractor,
        "Сквирська та Узинська міські громади, які працюють у Білій Церкві, підписали угоди про партнерство з "
        "містами Литви та Польщі: перша — з Утеною, друга — з Ополем.",
    )
    assert pairs(found) == {("Сквирська міська громада", "Утена"), ("Узинська міська громада", "Ополе")}


def test_a_report_the_council_calls_untrue_after_an_introduction_is_no_fact(extractor):
    found = facts(
        extractor,
        "У соціальних мережах 11–12 серпня поширилося повідомлення про те, що «Сквирська громада стала "
        "побратимом литовського міста Утена». Сквирська міська рада офіційно повідомляє: ця інформація не "
        "відповідає дійсності.",
    )
    assert found == set()


def test_every_crossing_of_a_list_of_border_crossings_is_a_route(extractor):
    found = facts(
        extractor,
        "12 травня в Ополі заступник начальника Київської ОВА і маршалок воєводства підписали меморандум про "
        "ремонт доріг до пунктів пропуску Узин — Ниса, Сквира — Ополе і Біла Церква — Утена.",
    )
    assert found == set()


@pytest.mark.parametrize(
    "body, not_expected",
    [
        (
            "Меморандум з литовською Утеною Узинська громада підписала у своїй міській раді, у присутності "
            "консула Литви у Львові.",
            ("Львівська міська громада", "Утена"),
        ),
        (
            "Узинський селищний голова, який підписав угоду з бурмістром Ополя, розповів, що спільною темою "
            "стала траса Київ – Чернігів.",
            ("Чернігівська міська громада", "Ополе"),
        ),
        (
            "Угоду з Ополем було підписано у 2006 році, коли обидва міста-супутники атомних електростанцій – "
            "Хмельницької та Калінінської – шукали досвіду.",
            ("Калінінська сільська громада", "Ополе"),
        ),
        (
            "24 жовтня Сквирська громада підписала меморандум про співпрацю з Гданською Метрополією – "
            "асоціацією, що об'єднує Гданськ, Гдиню та Сопот.",
            ("Сквирська міська громада", "Гданськ"),
        ),
        (
            "Окремо ОВА згадує регіональну угоду з Ємтландом (Швеція), яку підписано у 2024 році, та участь "
            "Сквири й Узина у програмі «Мости довіри».",
            ("Сквирська міська громада", "Ємтланд"),
        ),
    ],
)
def test_places_beside_a_signing_that_are_no_side_of_it(extractor, body, not_expected):
    assert not_expected not in pairs(facts(extractor, body))


def test_a_partner_in_a_clause_whose_own_subject_a_dash_follows_is_that_subjects(extractor):
    found = pairs(
        facts(
            extractor,
            "Сквира і Узин підписали угоди з польськими містами, Фастів — лист про наміри з американським "
            "Лафаєтом.",
        )
    )
    assert ("Сквирська міська громада", "Лафаєт") not in found
    assert ("Узинська міська громада", "Лафаєт") not in found


def test_a_name_placed_in_a_region_later_is_that_regions_town_when_named_earlier_by_country(extractor):
    article = news_article(
        "Узинська громада підписала лист про наміри щодо партнерства з містом Спрингфильд (штат Огайо).",
        title="Узин підписав лист про наміри з американським Спрингфильдом",
    )
    found = {(f.ua.name_uk, f.partner.geonameid) for f in extractor.extract(article)}
    assert found == {("Узинська міська громада", 4525353)}  # Springfield, Ohio; not the larger namesakes


def test_a_claim_nobody_denies_stays_a_fact(extractor):
    body = (
        "У соцмережах поширили новину, що Сквирська громада підписала угоду про побратимство з угорським "
        "містом Сольнок. Цю інформацію не заперечили в міській раді."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Сольнок")}


def test_a_hromada_whose_own_agreement_a_dash_tells_by_its_pronoun_is_no_side_of_the_partner_before(
    extractor,
):
    body = (
        "Наша громада нині має трьох партнерів. Окрім Ополя, це польське місто Ниса, з яким угоду про "
        "співпрацю підписано у вересні 2011 року, та Узинська міська громада Київщини – угоду про партнерство "
        "з нею уклали 17 березня 2026 року."
    )
    assert ("Узинська міська громада", "Ниса") not in pairs(facts(extractor, body, owner=SKVYRA))


def test_a_tie_of_the_oblast_named_by_its_bare_noun_goes_to_no_hromada_of_the_report(extractor):
    article = news_article(
        "21 квітня в Білій Церкві відбувся обласний форум громад.\n\n"
        "Відкриваючи форум, заступник голови ОВА нагадав, що торік область уклала рамкову угоду про "
        "співпрацю з Вільнюським повітом (Литва), а в лютому 2026-го — протокол про наміри з Опольським "
        "воєводством.",
        title="Громади Київщини на форумі в Білій Церкві",
    )
    assert [(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)] == []


@pytest.mark.parametrize(
    "body",
    [
        "24 квітня міський голова Сквири та мер литовського міста Утена Йонас Петрайтіс підписали угоду про "
        "партнерство. Мер Йонас Петрайтіс у зверненні до мешканців Сквири зазначив, що місто має й інших "
        "партнерів — естонське Пайде та шведське Сундсвалль.",
        "Сквирська громада та литовська Утена підписали угоду про партнерство. Мер Утени Ґінтаре Каралене "
        "зазначила, що місто також співпрацює з естонським Пайде, і запросила Сквиру до спільного проєкту.",
    ],
)
def test_the_town_a_foreign_office_holder_speaks_of_is_their_own(extractor, body):
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Утена")}


def test_the_town_a_hromadas_mayor_speaks_of_is_the_hromada(extractor):
    body = (
        "Мер Петренко у зверненні до мешканців Сквири зазначив, що місто має й інших партнерів — польські "
        "Ополе та Нису."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ополе"),
        ("Сквирська міська громада", "Ниса"),
    }


def test_an_agreement_said_in_force_keeps_its_status_beside_another_partners_renewal(extractor):
    found = facts(
        extractor,
        "Угода з Ополем чинна, а з Утеною — у березні 2025 року продовжена ще на п'ять років.",
        owner=SKVYRA,
    )
    assert {(partner, status) for _, partner, _, _, status, _ in found} == {
        ("Ополе", "signed"),
        ("Утена", "renewed"),
    }


def test_an_agreement_entry_a_colon_ends_takes_the_act_told_after_the_colon(extractor):
    body = (
        "Найдавніший партнер — польське місто Ополе, з яким ми підписали угоду про партнерство ще в жовтні "
        "2019 року. Друга угода — з Узинською міською громадою Київщини: меморандум про співпрацю ми уклали "
        "14 травня 2025 року, коли до Сквири приїжджав Узинський міський голова."
    )
    article = news_article(body, council=True, published="2025-06-20")
    found = {f.partner.name_uk: f for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert (found["Узинська міська громада"].relation, found["Узинська міська громада"].event_date) == (
        "memorandum",
        "2025-05-14",
    )
    assert found["Ополе"].event_date == "2019-10"


@pytest.mark.parametrize(
    "body, not_a_place",
    [
        (
            "2 лютого до Сквири прибула делегація з міста Вольфхаген (Німеччина) на чолі з бургомістром Райнером "
            "Фоґтом. "
            "Після зустрічі Сквирський міський голова Михайло Мисник і бургомістр Фоґт підписали лист про "
            "наміри щодо встановлення партнерських відносин.",
            "Фоґт",
        ),
        (
            "6 жовтня Сквирський міський голова та мер Річленда (штат Вашингтон, США) Террі Крістенсен "
            "підписали меморандум про співпрацю між Сквирською громадою та Річлендом.",
            "Террі",
        ),
    ],
)
def test_a_foreign_office_holders_names_are_no_places(extractor, body, not_a_place):
    found = {partner for _, partner in pairs(facts(extractor, body))}
    assert not_a_place not in found


@pytest.mark.parametrize(
    "joined",
    ["Фастів готується до угоди з Ополем", "Фастів веде переговори з Ополем"],
)
def test_a_partner_in_a_clause_with_a_named_subject_of_its_own_is_not_the_first_clauses(extractor, joined):
    body = f"Сквира і Узин підписали меморандуми з литовськими містами, {joined}."
    found = pairs(facts(extractor, body))
    assert ("Сквирська міська громада", "Ополе") not in found
    assert ("Узинська міська громада", "Ополе") not in found


def test_the_ends_of_a_bridge_are_no_pair(extractor):
    body = (
        "Узин давно співпрацює з польським містом Ополе: угода про побратимство діє з 2004 року, і кожного "
        "вересня громади проводять спільний фестиваль на мосту через Рось між Сквирою та Ополем."
    )
    assert ("Сквирська міська громада", "Ополе") not in pairs(facts(extractor, body))


def test_the_reports_hromada_of_several_in_its_title_is_the_one_its_body_names_first(extractor):
    article = news_article(
        "Сквирська міська громада на Київщині має чотирьох партнерів. Серед них — Узинська громада.\n\n"
        "— Чи є нові партнери?\n\n— Так, ведемо переговори з литовською Утеною.",
        title="Від Ополя до Узина — у Сквири найбільша партнерська мережа в її історії",
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert ("Сквирська міська громада", "Утена") in found
    assert ("Узинська міська громада", "Утена") not in found


def test_a_projects_quoted_name_and_a_hromada_after_with_give_no_pair(extractor):
    body = (
        "Уже третій рік Сквира співпрацює з Узинською міською громадою та педагогічним університетом у межах "
        "проєкту «Поліський край», а у 2025 році громада отримала допомогу від польського міста Кросно через "
        "Польський Червоний Хрест."
    )
    found = {partner for _, partner in pairs(facts(extractor, body))}
    assert "Поліський край" not in found
    assert ("Узинська міська громада", "Кросно") not in pairs(facts(extractor, body))


def test_a_delegation_from_a_hromada_signs_for_it_across_a_comma(extractor):
    body = (
        "Делегація з Сквирщини 27 травня побувала в Литві, де підписала угоду про побратимство з містом "
        "Утена."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Утена")}


def test_two_hromadas_that_sign_with_a_foreign_bodys_leadership_are_co_signers_not_a_pair(extractor):
    body = (
        "На полях форуму Сквирська міська громада та Узинська міська громада підписали з керівництвом "
        "медьє Саболч-Сатмар-Берег меморандум про спільне утримання прикордонних доріг."
    )
    assert ("Сквирська міська громада", "Узинська міська громада") not in pairs(facts(extractor, body))


def test_an_ending_proposed_of_ties_the_next_sentence_says_never_were_is_no_fact(extractor):
    body = (
        "На сесії Сквирської міської ради 14 квітня депутат запропонував включити до порядку денного питання "
        "про розірвання договорів про побратимство з російськими містами Курськ і Брянськ. Однак "
        "з'ясувалося, що таких договорів у Сквири ніколи не було."
    )
    assert facts(extractor, body) == set()


def test_a_two_word_town_whose_adjective_the_name_run_cut_off_is_that_town(extractor):
    article = news_article(
        "Угоду про партнерство з польським Ґлоґувом Малопольським, що на Підкарпатті, Сквира підписала у 2019 "
        "році. Бургомістр Ґлоґува Малопольського Павел Бартош надіслав на адресу сесії привітання і пообіцяв "
        "підтримати нового литовського партнера Сквири."
    )
    assert {f.partner.geonameid for f in extractor.extract(article)} == {772086}  # not Głogów, 3099213


@pytest.mark.parametrize(
    "body, not_a_partner",
    [
        (
            "28 травня міський голова Сквири та мер угорського курортного міста Гайдусобосло Дьюла Чонка "
            "підписали угоду про побратимство між Сквирською громадою та містом Гайдусобосло.",
            "Дьюла",
        ),
        (
            "Сквирська міська громада та місто Леер із Нижньої Саксонії (Німеччина) цієї осені мають підписати "
            "повноцінну угоду про партнерство.",
            "Саксонії",
        ),
    ],
)
def test_a_holders_first_name_and_a_towns_region_are_no_partners(extractor, body, not_a_partner):
    assert not_a_partner not in {partner for _, partner in pairs(facts(extractor, body))}


@pytest.mark.parametrize(
    "body",
    [
        "Гудіксвалль, до слова, уже мав досвід партнерств: комуна давно співпрацює з фінським Кокколою та "
        "естонським "
        "Пярну, і шведи запропонували Сквирі долучитися до їхньої спільної програми молодіжних обмінів.",
        "Литва з 2023 року опікується відбудовою Київщини, а меморандуми такого типу вже підписали Сквирська та "
        "Узинська громади.",
    ],
)
def test_a_hromada_invited_or_signing_documents_of_a_kind_gets_no_pair(extractor, body):
    assert facts(extractor, body) == set()


def test_a_spread_report_a_later_denial_names_at_length_is_no_fact(extractor):
    body = (
        "У соціальних мережах 12–13 квітня поширилося повідомлення про те, що «Сквира та італійське місто Пезаро "
        "стали побратимами». Відділ інформаційної політики міської ради офіційно повідомляє: жодної угоди про "
        "побратимство, партнерство чи співпрацю між Сквирською міською громадою та містом Пезаро не "
        "укладалося."
    )
    assert facts(extractor, body) == set()


@pytest.mark.parametrize(
    "body, not_expected",
    [
        (
            "Сквира підписала меморандуми з естонським міністерством і фондом, а Київщина — з латвійським "
            "регіоном Відземе.",
            ("Сквирська міська громада", "Відземе"),
        ),
        (
            "Сквирський міський голова підписав угоду про партнерство з Ополем, Узинський — Іван Петренко — з "
            "Утеною.",
            ("Сквирська міська громада", "Утена"),
        ),
    ],
)
def test_a_partner_after_another_subjects_dash_and_with_is_not_the_first_clauses(
    extractor, body, not_expected
):
    assert not_expected not in pairs(facts(extractor, body))


def test_hromadas_listed_after_their_count_are_no_pair_among_them(extractor):
    body = (
        "На її основі вже уклали партнерські меморандуми три громади області: "
        "Сквирська, Узинська та Фастівська."
    )
    assert facts(extractor, body) == set()


def titled_pairs(
    extractor: Extractor, title: str, body: str, owner: str | None = None
) -> set[tuple[str, str]]:
    article = news_article(body, title=title, council=bool(owner))
    return {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article, owner_katottg=owner)}


def test_talks_the_partners_office_says_it_does_not_hold_are_no_fact(extractor):
    title = "У Сквирі спростували чутки про побратимство з польським Ополем"
    body = (
        "Прес-секретар мера Ополя заявила, що місто має партнерів у Чехії та Німеччині, але в Україні — "
        "жодного, і переговорів зі Сквирою не веде."
    )
    assert ("Сквирська міська громада", "Ополе") not in titled_pairs(extractor, title, body)


def test_our_partners_in_a_quote_a_foreign_head_said_are_his_towns(extractor):
    body = (
        "На церемонії була делегація Сквирської громади.\n\n"
        "Бургомістр Ополя Ян Ковальський пояснив, що місто не може більше зберігати зв'язок із Твер'ю. «Наші "
        "партнери — Утена у Литві та Ниса у Польщі. А Твері в цьому списку більше немає», — заявив він."
    )
    assert {partner for _, partner in titled_pairs(extractor, "Новина", body, SKVYRA)} & {
        "Утена",
        "Ниса",
    } == set()


def test_a_hromada_a_later_clauses_hromada_signs_with_is_no_side_of_the_partner_before(extractor):
    title = "Сквира та Ополе відновлюють партнерство, а громада підписала угоду з Узином"
    body = (
        "Депутати підтримали відновлення партнерства з польським містом Ополе. Друге рішення стосувалося "
        "партнерства всередині країни. Сесія схвалила угоду про партнерство з Узинською міською громадою."
    )
    found = titled_pairs(extractor, title, body)
    assert ("Узинська міська громада", "Ополе") not in found
    assert ("Сквирська міська громада", "Ополе") in found


def test_the_bare_town_after_a_sentence_opening_with_a_foreign_town_is_that_town(extractor):
    body = (
        "Сквирська міська громада має нового партнера.\n\n"
        "Для Ополя Сквира — не перший партнер в Україні. Місто має побратимські зв'язки з литовськими Утеною "
        "та Паневежисом."
    )
    title = "Сквира і Ополе стали партнерами"
    assert titled_pairs(extractor, title, body) == {("Сквирська міська громада", "Ополе")}


def test_a_hromada_where_something_is_after_a_colon_is_no_side(extractor):
    body = (
        "Для Сквирської громади це вже не перший досвід співпраці з польськими самоврядуваннями. Ще у 2008 році "
        "місто підписало угоду про партнерство з Нисою — містом, яке, як і Сквира, відоме своїм костелом: у "
        "Сквирі — Миколаївський собор, у Нисі — Ясна Гура."
    )
    assert ("Сквирська міська громада", "Ниса") in titled_pairs(extractor, "Новина", body, SKVYRA)


def test_hromadas_that_concluded_no_agreements_with_a_partner_have_no_fact(extractor):
    title = "Сквира і Узин увійшли до європейського консорціуму"
    body = (
        "Пілотні майданчики – Сквирська громада, Узинська громада, литовське місто Утена і чеська Ниса.\n\n"
        "Учасники консорціуму – партнери проєкту, а не міста-партнери громад. Ні Сквирська, ні Узинська громади "
        "не укладали угод про партнерство з Утеною чи Нисою; їх пов'язує лише грантова угода з Європейською "
        "комісією, яку підписали всі учасники."
    )
    assert titled_pairs(extractor, title, body) == set()


def test_an_elliptical_clause_right_after_a_partner_pairs_its_own_hromadas(extractor):
    body = (
        "Серед них – угоди Сквирської громади з Білоцерківською міською та Узинської – з Фастівською, підписані "
        "в 2024 році."
    )
    found = pairs(facts(extractor, body))
    assert ("Сквирська міська громада", "Узинська міська громада") not in found
    assert ("Сквирська міська громада", "Фастівська міська громада") not in found
    assert ("Узинська міська громада", "Фастівська міська громада") in found


def test_a_hromada_named_for_comparison_keeps_the_tie_of_its_relative_clause(extractor):
    body = (
        "Угода з литовським містом стала другою для області. Як і Узин, що співпрацює з литовською Утеною з "
        "2019 року, Сквира розраховує передусім на освітні обміни."
    )
    found = pairs(facts(extractor, body))
    assert ("Сквирська міська громада", "Утена") not in found
    assert ("Узинська міська громада", "Утена") in found


def test_a_foreign_head_named_by_office_alone_speaks_of_his_towns_twins(extractor):
    body = (
        "З польського міста Ополе приїхав бургомістр Ян Ковальський.\n\n"
        "Бургомістр розповів, що цього року місто приймає й гостей зі своїх давніх побратимів – литовської "
        "Утени та чеської Ниси."
    )
    assert "Утена" not in {partner for _, partner in pairs(facts(extractor, body, SKVYRA))}


def test_hromadas_where_a_regions_projects_were_done_are_no_domestic_partners(extractor):
    body = (
        "Тіроль і Київщина співпрацюють з 2024 року: за цей час у межах меморандуму профінансовано 11 проєктів у "
        "громадах області, серед них ремонт укриттів у Фастові і Буську."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_each_clause_of_a_title_of_three_keeps_its_own_act(extractor):
    body = (
        "Сквира підписала партнерство з австрійським Вольфсбергом, Узин остаточно розірвав зв'язки з російським "
        "Рильськом."
    )
    found = {(ua, partner): status for ua, partner, _, _, status, _ in facts(extractor, body)}
    assert found.get(("Сквирська міська громада", "Вольфсберг")) == "signed"
    assert ("Сквирська міська громада", "Рильськ") not in found


def test_what_talks_with_partners_are_about_is_no_list_of_partners(extractor):
    body = (
        "Паралельно обласна адміністрація веде переговори з польськими партнерами про відновлення автобусного "
        "сполучення Сквира – Фастів – Ополе."
    )
    assert facts(extractor, body, SKVYRA) == set()


@pytest.mark.parametrize(
    "body, not_expected, expected",
    [
        (
            "Крім того, у червні Сквирська громада прийняла гостей з польського міста Ополе, з яким з 2017 року "
            "має угоду про партнерство сусідня Узинська громада.",
            ("Сквирська міська громада", "Ополе"),
            ("Узинська міська громада", "Ополе"),
        ),
        (
            "Також болгарська сторона привезла на свято колег з литовської Утени, з якою Созопіль має давні "
            "побратимські угоди.",
            ("Сквирська міська громада", "Утена"),
            None,
        ),
    ],
)
def test_a_tie_told_only_in_a_relative_clause_is_its_own_subjects(extractor, body, not_expected, expected):
    found = pairs(facts(extractor, body, SKVYRA))
    assert not_expected not in found
    assert expected is None or expected in found


@pytest.mark.parametrize(
    "title, body",
    [
        (  # a foreign town with an aside before its verb lists its own partners
            "Сквира не підписувала угоди з естонським Виру",
            "У міській раді цю інформацію спростували: жодних угод з Виру громада не укладала.\nВиру, як "
            "нагадують у мерії естонського міста, вже має своїх партнерів: польські Ополе та Нису.",
        ),
        (  # the bare town's anniversary after a sentence whose subject, after an adverbial, is foreign
            "Новина",
            "Водночас цього тижня Утена справді відзначала ювілей, але зовсім іншого партнерства. Місту "
            "виповнилося 80 років побратимства з фінським Лахті та норвезьким Ставангером, з якими литовці "
            "підписали угоду ще в 1946 році.",
        ),
        (  # a foreign town's council acts on its own tie
            "Новина",
            "А ось угоду з російським Твер'ю, укладену 1989 року, міська рада Утени розірвала ще в березні "
            "2022-го.",
        ),
        (  # what was not signed, what is not foreseen
            "Новина",
            "Делегація Сквири відвідала Ополе. Однак угод з Ополем чи регіоном підписано не було.",
        ),
        (
            "Сквира — литовська Утена, Узин — польський Ополе: нові партнерства Київщини",
            "Київська область нарощує кількість міжнародних партнерств громад.\nЦікаво, що Утена має давнього "
            "побратима в Польщі — місто Ниса. Обидва українські партнери вже отримали запрошення на зустрічі "
            "цих «мереж побратимів», але окремих угод із Нисою не передбачається.",
        ),
    ],
)
def test_a_foreign_towns_own_ties_and_ties_denied_give_no_fact(extractor, title, body):
    assert {partner for _, partner in titled_pairs(extractor, title, body, SKVYRA)} & {
        "Ополе",
        "Ниса",
        "Лахті",
        "Ставангер",
        "Твер",
    } == set()


def test_a_title_clause_whose_subject_stands_after_become_is_its_own(extractor):
    title = (
        "Французький Градіньян став партнером Сквирської громади, Узин підписав лист про наміри з бельгійцями"
    )
    body = "Сквирська міська громада отримала нового закордонного партнера."
    assert ("Узинська міська громада", "Градіньян") not in titled_pairs(extractor, title, body)


def test_the_body_narrows_a_title_partner_given_to_two_hromadas(extractor):
    title = "Сквира і Узин: рік партнерства, а попереду — переговори з польським Ополем"
    body = (
        "Рік тому Сквирська та Узинська громади підписали меморандум про партнерство.\n\n"
        "Сквирська громада також веде переговори з польським Ополем про угоду."
    )
    found = titled_pairs(extractor, title, body)
    assert ("Узинська міська громада", "Ополе") not in found
    assert ("Сквирська міська громада", "Ополе") in found


def test_a_hromadas_adjective_with_an_adverbial_before_its_verb_is_its_own_clauses_side(extractor):
    body = (
        "Сквирська міська громада 22 січня підписала угоду про партнерство з канадським містом Веґревіль, а "
        "Корсунь-Шевченківська з грудня веде переговори з люксембурзьким Мершем."
    )
    assert ("Сквирська міська громада", "Мерш") not in pairs(facts(extractor, body))


@pytest.mark.parametrize(
    "body",
    [
        # a foreign town's own ties in the clause it opens, a hromada told only after it
        "Утена має давні партнерські зв'язки з польським містом Ополе та німецьким Ліхтенау, і, як зазначив "
        "мер, частину генераторів для Сквири допомогли закупити саме поляки з Ополя.",
        # "Для X це …: місто має": the town the sentence opens with, no hromada of ours
        "Для Рик це буде не перше партнерство: місто має угоди з угорським Вечешем і словацьким Тврдошином, а "
        "минулого року підписало лист про наміри з німецьким Лібенау.",
        # another body signs with the hromadas; one document of a kind is planned with one
        "Голова правління нагадав, що метрополія вже підписала схожі документи з Узинською та Фастівською "
        "громадами, а цієї осені планує укласти меморандум з обласною адміністрацією.",
        "Обласна адміністрація повідомляє, що наступний подібний меморандум у межах естонської програми "
        "планують підписати з Узинською громадою в червні.",
        # a draft never prepared, an agreement not considered
        "Проєкт угоди з польським Ополем поки не готувався.",
        "Водночас Сквирська міська рада, представники якої брали участь у переговорах з портом, наголосила, що "
        "громада не розглядає укладення окремої угоди з Варною.",
    ],
)
def test_others_ties_and_ties_not_even_planned_give_the_owner_no_fact(extractor, body):
    assert facts(extractor, body, SKVYRA) == set()


def test_a_foreign_towns_own_ties_after_it_is_resolved_in_the_article_are_its_own(extractor):
    title = "Сквира і Телаві стали побратимами"
    body = (
        "Сквирська громада підписала угоду про побратимство з грузинським Телаві.\n\n"
        "Телаві також має давні побратимські зв'язки з німецьким Біберахом і литовською Утеною, і грузинська "
        "сторона запропонувала Сквирі долучитися до спільних проєктів цієї мережі."
    )
    assert titled_pairs(extractor, title, body) == {("Сквирська міська громада", "Телаві")}


def test_an_oblast_council_acting_after_a_venue_of_ours_is_no_side_of_ours(extractor):
    body = (
        "17 березня, за день до підписання в Сквирі, обласна рада продовжила на п'ять років угоду про співпрацю "
        "з Підкарпатським воєводством."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_the_town_a_hromada_is_named_with_is_where_it_lies(extractor):
    body = "Узинська громада Фастова підписала меморандум з чеським Годоніном і готується до угоди з Находом."
    assert {ua for ua, _ in pairs(facts(extractor, body))} == {"Узинська міська громада"}


def test_an_interviews_we_is_the_head_the_title_names_not_the_town_he_speaks_of(extractor):
    title = "«Ми будуємо міст»: Сквирський міський голова — про польських партнерів і Узин"
    body = (
        "Сквирська міська громада — 19 населених пунктів. Ми поговорили з міським головою.\n\n"
        "— З ким громада має угоди?\n\n"
        "— Угоду про партнерство з польською Нисою ми уклали в листопаді 2017-го."
    )
    assert titled_pairs(extractor, title, body) == {("Сквирська міська громада", "Ниса")}


def test_ordinals_with_their_documents_pair_the_hromadas_in_order(extractor):
    body = (
        "Сквирська та Узинська міські громади уклали їх із польськими партнерами: перша — меморандум про "
        "партнерство з містом Ниса, друга — лист про наміри з Ополем."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ниса"),
        ("Узинська міська громада", "Ополе"),
    }


@pytest.mark.parametrize(
    "text, link",
    [
        ("Підписали меморандум про відновлення поромної переправи Ополе — Сквира.", None),
        ("Підписали меморандум про відновлення автобусного маршруту Ополе — Сквира.", None),
        ("Угоди уклали пари міст: Ополе — Сквира.", "dash_pair"),
    ],
)
def test_the_ends_of_a_route_written_as_a_dash_pair_are_no_pair(text, link):
    from parsers.facts.links import link_of

    partner = (text.index("Ополе"), text.index("Ополе") + len("Ополе"))
    side = (text.index("Сквира"), text.index("Сквира") + len("Сквира"))
    found = link_of(text, side, partner, dash=True)
    assert (found.kind if found else None) == link


def test_a_bodys_memorandum_gives_the_towns_people_come_from_no_pair(extractor):
    title = "Іван Петренко, Сквирський міський голова: «Партнерів не колекціонуємо»"
    body = (
        "— З 2022 року до нас переїхали 14 підприємств; найбільше — швейне виробництво з Фастова, де працюють 210 "
        "людей. Ми уклали меморандум із обласним центром зайнятості щодо працевлаштування переселенців, зокрема "
        "з Фастова й Узина. Приміщення дали в оренду за символічну плату."
    )
    assert titled_pairs(extractor, title, body) == set()


def test_a_place_set_against_the_partner_is_no_partner(extractor):
    body = (
        "Варто підкреслити: побратимом Сквири став саме муніципалітет Фатіх — один із районних муніципалітетів "
        "Стамбула, а не Стамбул загалом."
    )
    assert "Стамбул" not in {partner for _, partner in pairs(facts(extractor, body))}


@pytest.mark.parametrize(
    "body",
    [
        # a draft short of a majority
        "Проєкт меморандуму про співпрацю з угорським містом Ньїрбатор набрав лише 9 голосів «за».",
        "Проєкт меморандуму про співпрацю з польським містом Ополе підтримали лише 8 депутатів.",
        # a plural relative clause whose subject is the partner town's: both names are its own twins
        "Ниса має й інших закордонних друзів: на стенді в ратуші поруч із прапором Сквири висять прапори "
        "словацького Стропкова та литовської Утени, з якими польська ґміна побратимиться ще з 2000-х.",
    ],
)
def test_a_draft_short_of_a_majority_and_a_towns_own_twins_give_the_owner_nothing(extractor, body):
    assert facts(extractor, body, SKVYRA) == set()


def test_a_domestic_partner_named_by_apposition_is_no_side_of_the_foreign_partners_before(extractor):
    body = (
        "Нагадаємо: крім Ополя та Ниси, Сквирська громада має домашнього партнера — Узинську громаду "
        "Київщини; меморандум про партнерство з нею підписали у 2023 році."
    )
    assert not {(ua, partner) for ua, partner in pairs(facts(extractor, body)) if ua.startswith("Узинськ")}


@pytest.mark.parametrize(
    "body",
    [
        # only a protocol of talks, and things stopped there
        "Сквирська громада в травні підписала з польським Ополем лише протокол зустрічі, і на цьому "
        "співпраця зупинилася: в Ополі заявили, що не мають ресурсу на нові партнерства.",
        # a tie denied in the past tense of "мати"
        "«Сквира ніколи не мала угоди з польським Ополем», — наголосив міський голова.",
        # an elliptical clause whose dash stands for a verb of aid
        "Литва загалом стала важливим партнером Київщини: Вільнюс допомагає Фастову, Утена — Сквирі, а "
        "мерія Каунаса фінансує проєкт в Узині.",
    ],
)
def test_talks_that_stopped_a_denied_tie_and_aid_by_ellipsis_are_no_facts(extractor, body):
    assert facts(extractor, body) == set()


@pytest.mark.parametrize(
    "body",
    [
        # a draft voted down, its voters named after its long title
        "Депутати розглянули 38 питань, серед яких – зміни до бюджету та проєкт меморандуму з польською "
        "гміною Ниса. Проєкт меморандуму про партнерство з гміною Ниса Опольського воєводства депутати не "
        "підтримали: за проголосували лише 9 депутатів.",
        # a proposed suspension voted down
        "Голова постійної комісії внесла проєкт рішення про призупинення дії угоди про партнерство з містом "
        "Ополе (Польща). Проти виступив міський голова. За проєкт рішення проголосували лише 6 депутатів із "
        "25 присутніх.",
    ],
)
def test_a_draft_or_a_suspension_the_council_voted_down_gives_no_plan_or_ending(extractor, body):
    assert not {
        (partner, status)
        for _, partner, _, _, status, _ in facts(extractor, body, SKVYRA)
        if status != "signed"
    }


def test_two_acts_of_one_session_keep_each_its_own_status(extractor):
    title = "Сесія Сквирської міської ради: затвердили угоду з польським Ополем, розірвали договір з Курськом"
    body = (
        "23 квітня відбулася сесія Сквирської міської ради.\n\n"
        "Першим рішенням рада затвердила угоду про співпрацю між Сквирською міською громадою та містом Ополе "
        "(Польща). Угоду підписали 2 квітня в Ополі; тепер документ набув чинності після ратифікації сесією.\n\n"
        "Другим рішенням депутати припинили дію договору про дружбу з російським містом Курськ, укладеного у "
        "2008 році."
    )
    article = news_article(body, title=title, published="2025-04-24", council=True)
    found = {
        f.partner.name_uk: (f.status, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)
    }
    assert found == {"Ополе": ("signed", "2025-04-02"), "Курськ": ("terminated", "2025-04-23")}


def test_a_projects_lead_partner_is_no_twin_of_the_consortiums_hromadas(extractor):
    body = (
        "Його консорціум: провідний партнер — польське місто Ополе, далі — Ниса, литовська Утена, а з "
        "українського боку — Сквирська міська і Узинська міська громади."
    )
    assert facts(extractor, body) == set()


def test_a_renewal_told_of_another_partner_after_a_semicolon_is_not_this_ones(extractor):
    body = (
        "У Сквирі ж меморандум із Нисою став першим документом з польським містом; раніше громада мала лише "
        "угоду з литовським містом Утена, підписану 2017 року, яку торік продовжили ще на п'ять років."
    )
    found = {partner: status for _, partner, _, _, status, _ in facts(extractor, body)}
    assert found.get("Ниса") != "renewed"


def test_a_bare_hromada_with_a_domestic_partner_is_the_one_the_sentence_before_named(extractor):
    title = "Сквира і Узин уклали угоди з польськими містами"
    body = (
        "Сквирська громада підписала угоду з Ополем, Узинська — з Нисою.\n\n"
        "Польські угоди — не єдині партнерства, які Узин оформив цього року. У березні громада підписала "
        "угоду про партнерство з Фастівською міською громадою."
    )
    domestic = {(ua, partner) for ua, partner in titled_pairs(extractor, title, body) if "Фастів" in partner}
    assert domestic == {("Узинська міська громада", "Фастівська міська громада")}


def test_co_signers_of_a_respectively_list_are_no_partners_of_each_other(extractor):
    body = (
        "14 квітня у Варшаві Сквирська та Узинська громади підписали меморандуми про співпрацю з польськими "
        "Ополем та Нисою відповідно. Від Сквирської громади меморандум підписав міський голова, від "
        "Узинської – заступниця міського голови."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ополе"),
        ("Узинська міська громада", "Ниса"),
    }


def test_dates_of_an_elliptical_year_and_of_an_anniversary_celebrated_on_a_full_date(extractor):
    elliptical = (
        "З 2023 року Сквирська громада має угоду про партнерство з польським Ополем, а з 2024 — меморандум з "
        "литовською Утеною."
    )
    dated = {f.partner.name_uk: f.event_date for f in extractor.extract(news_article(elliptical))}
    assert dated == {"Ополе": "2023", "Утена": "2024"}
    anniversary = "9 червня 2026 року Сквира і польське Ополе відзначили 20-ту річницю побратимства."
    article = news_article(anniversary, published="2026-06-10")
    assert {f.event_date for f in extractor.extract(article)} == {"2006"}


def test_a_renewal_dated_after_an_ending_told_later_is_where_the_tie_stands(extractor):
    body = (
        "16 квітня депутати Сквирської міської ради затвердили нову редакцію угоди з польською ґміною Ниса.\n\n"
        "Перша угода про партнерство з Нисою, укладена у 2018 році, втратила чинність у березні."
    )
    article = news_article(body, published="2026-04-18", council=True)
    found = {(f.status, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert found == {("renewed", "2026-04-16")}


def test_a_bare_hromada_after_a_sentence_naming_another_by_its_genitive_is_that_one(extractor):
    title = "Сквира і Узин знайшли партнерів у Польщі"
    body = (
        "Сквирська громада підписала угоду з Ополем, Узинська — з Нисою.\n\n"
        "Поляки — не перший партнер Узина. З вересня 2023 року громада має меморандум про співпрацю з "
        "Фастівською міською громадою: в Узині живуть понад 400 фастівців."
    )
    domestic = {(ua, partner) for ua, partner in titled_pairs(extractor, title, body) if "Фастів" in partner}
    assert domestic == {("Узинська міська громада", "Фастівська міська громада")}


def test_a_plan_announced_for_a_day_now_past_is_planned_without_a_date(extractor):
    body = (
        "Ще в квітні у Сквирі анонсували, що під час візиту до Польщі 8 травня буде укладено угоду про "
        "партнерство з містом Ополе."
    )
    article = news_article(body, published="2026-05-14")
    assert {(f.status, f.event_date) for f in extractor.extract(article)} == {("planned", None)}


@pytest.mark.parametrize(
    "body",
    [
        # a document declared void in the set phrase "визнано такою, що втратила чинність"
        "Угоду про співробітництво між Сквирською міською радою та адміністрацією міста Курськ, укладену у "
        "2008 році, визнано такою, що втратила чинність.",
        # its force ran out, told by a pronoun in a later clause
        "У 2025 році Сквирська громада уклала меморандум про співпрацю з польським Ополем, і його дія "
        "завершилася в грудні.",
    ],
)
def test_a_document_declared_void_or_run_out_is_ended(extractor, body):
    assert {status for *_, status, _ in facts(extractor, body)} == {"terminated"}


def test_a_renewal_is_dated_by_the_renewal_not_by_the_first_signing(extractor):
    restored = (
        "Насамперед депутати відновили дію угоди про партнерство між Сквирською громадою та литовським містом "
        "Утена. Цю угоду було підписано в жовтні 2018 року, однак у грудні 2021-го виконком зупинив її "
        "виконання."
    )
    article = news_article(restored, published="2026-03-27")
    assert {(f.status, f.event_date) for f in extractor.extract(article)} == {("renewed", None)}
    twice = (
        "Найдальший партнер – грузинське Телаві – з'явився у Сквирської громади ще у 2014 році, а в липні 2024 "
        "року угоду з Телаві продовжили ще на п'ять років."
    )
    assert {(f.status, f.event_date) for f in extractor.extract(news_article(twice))} == {
        ("renewed", "2024-07")
    }


def test_a_pronoun_opening_a_quote_after_a_unit_noun_is_no_place(extractor):
    body = (
        "Сквирський міський голова розповів, що угода, підписана з мером Ополя, стала першою на Київщині "
        "угодою громади з данським муніципалітетом: «Ми були пілотом. Тепер по нашому шляху йдуть інші»."
    )
    assert {partner for _, partner in pairs(facts(extractor, body))} == {"Ополе"}


@pytest.mark.parametrize(
    "body",
    [
        # a meeting told by an elliptical clause is no tie
        "Сусідні громади теж шукають партнерів. Узинська громада провела в липні зустріч з представниками "
        "ґміни Ниса, а Сквирська — з ґміною Ополе; документів поки не підписано.",
        # an oblast administration's tie, with the oblast centre as its venue
        "25 вересня у Києві Київська ОВА та Опольське воєводство підписали продовження угоди про співпрацю між "
        "регіонами.",
    ],
)
def test_a_meeting_by_ellipsis_and_an_oblasts_tie_at_its_centre_are_no_facts(extractor, body):
    assert facts(extractor, body) == set()


def test_two_partners_of_one_subject_are_no_pair_of_each_other(extractor):
    body = (
        "Війт нагадав, що Ниса має кілька партнерів: ґміна підписала угоди про партнерство також із Фастовом "
        "на Київщині та словацьким містом Требішов."
    )
    assert ("Фастівська міська громада", "Требішов") not in pairs(facts(extractor, body))


def test_a_hromada_before_a_colon_is_no_side_of_the_signing_clause_after_it(extractor):
    body = (
        "Сквира стала другою громадою Київщини, яка має партнера в Поморському воєводстві: торік Узинська "
        "громада підписала меморандум з Мястком."
    )
    assert not {(ua, partner) for ua, partner in pairs(facts(extractor, body)) if partner.endswith("громада")}


def test_a_signing_day_takes_the_year_of_the_journey_before_it_not_of_what_befell_the_partner(extractor):
    body = (
        "Через два роки громада Сквири підписала угоду про побратимство з хорватським Вуковаром — містом, яке "
        "пережило облогу 1991 року.\n\n"
        "— Восени 2024 року я поїхав до Хорватії. 18 листопада ми з градоначальником Вуковара підписали "
        "угоду про побратимство."
    )
    article = news_article(body, published="2026-02-26")
    assert {f.event_date for f in extractor.extract(article)} == {"2024-11-18"}


def test_a_titles_later_items_the_body_gives_another_side_are_not_the_first_items_sides(extractor):
    title = "Форум у Фастові: нова угода Сквири з Ополем, оновлений договір з Нисою"
    body = (
        "Перший документ — угода про співпрацю між Сквирською міською громадою та містом Ополе: її підписали "
        "12 травня.\n\n"
        "Узинська міська громада того ж дня продовжила угоду про партнерство з польським містом Ниса."
    )
    found = titled_pairs(extractor, title, body)
    assert ("Сквирська міська громада", "Ниса") not in found
    assert ("Узинська міська громада", "Ниса") in found


def test_a_titles_short_form_of_a_compound_partner_is_that_partner(extractor):
    title = "Сквира оновила угоду з Сигетом і шукає нового партнера в Угорщині"
    body = (
        "3 квітня Сквирська громада та румунське місто Сигету-Мармацієй підписали нову редакцію угоди про "
        "співпрацю."
    )
    assert titled_pairs(extractor, title, body) == {("Сквирська міська громада", "Сигету-Мармацієй")}


def test_a_title_that_says_one_hromada_signed_and_the_other_talks_pairs_neither_with_the_other(extractor):
    title = (
        "Сквира та Узин шукають друзів за кордоном: одна громада вже підписала угоду, інша веде переговори"
    )
    body = "Сквирська громада підписала угоду з польським Ополем."
    assert titled_pairs(extractor, title, body) == {("Сквирська міська громада", "Ополе")}


def test_what_another_hromada_announced_it_will_sign_is_that_ones(extractor):
    body = (
        "15 квітня Сквирська громада уклала угоду про партнерство з польським містом Ополе, а Узинська громада "
        "оголосила, що підпише угоду з португальським муніципалітетом Лозада."
    )
    assert ("Сквирська міська громада", "Лозада") not in pairs(facts(extractor, body))


def test_a_candidate_for_a_partner_is_no_partner(extractor):
    body = "Сквирська громада теж має румунського кандидата в партнери — місто Гура-Гуморулуй."
    assert facts(extractor, body, SKVYRA) == set()


def test_a_list_entry_resting_on_its_own_agreement_takes_that_agreements_kind(extractor):
    body = (
        "Партнерами Сквири залишаються польське Ополе, з яким місто поріднилося у 2012 році, та литовське місто "
        "Утена – там співпраця триває з 2019 року на підставі угоди про співробітництво."
    )
    relations = {partner: relation for _, partner, _, relation, _, _ in facts(extractor, body)}
    assert relations["Утена"] == "cooperation"


def test_a_restored_agreement_is_not_dated_by_its_suspension_or_its_first_signing(extractor):
    body = (
        "26 травня відбулася сесія Сквирської міської ради. Ключовим питанням стало поновлення дії угоди про "
        "співпрацю між Сквирською міською громадою та угорським містом Ньїрбатор, призупиненої рішенням сесії "
        "від 14 березня 2023 року.\n\n"
        "Угоду з Ньїрбатором громада підписала у вересні 2019 року."
    )
    article = news_article(body, published="2026-05-27", council=True)
    found = {(f.status, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert found in ({("renewed", None)}, {("renewed", "2026-05-26")})


def test_an_oblast_named_by_its_area_noun_keeps_its_own_agreement(extractor):
    title = "Форум місцевого розвитку у Фастові"
    body = "Він нагадав, що з 2024 року Київщина має угоду про співробітництво з Опольським воєводством."
    assert titled_pairs(extractor, title, body) == set()


def test_a_foreign_mayors_name_after_a_bracketed_region_is_no_town(extractor):
    body = (
        "27 лютого 2026 року під час онлайн-церемонії міський голова Сквири Андрій Ярошенко та мер японського "
        "містечка Камісіхоро "
        "(префектура Хоккайдо) Кацухіро Такеда підписали угоду про співпрацю."
    )
    assert {partner for _, partner in pairs(facts(extractor, body))} == {"Камісіхоро"}


def test_talks_of_the_past_before_a_signing_leave_it_signed(extractor):
    body = (
        "Сквира — меморандум з Ополем, про який ще навесні лише вели переговори, нарешті підписали 3 жовтня "
        "в Ополі."
    )
    assert {status for *_, status, _ in facts(extractor, body)} == {"signed"}


def test_a_foreign_heads_gmina_named_by_his_pronoun_keeps_its_own_ties(extractor):
    body = (
        "Війт Ришард Кавецький нагадав, що його гміна вже понад 15 років співпрацює зі словацьким містом "
        "Требішов, а торік підписала декларацію про дружбу з угорським Токаєм."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_a_term_that_ran_out_in_the_next_sentence_ends_the_tie(extractor):
    body = (
        "Раніше Сквирська громада мала лише одну міжнародну угоду — меморандум про співпрацю з польською гміною "
        "Ниса, підписаний у 2019 році. Термін його дії сплив у червні 2024 року, і продовжувати документ "
        "сторони не стали."
    )
    found = {
        (status, date)
        for status, date in ((f.status, f.event_date) for f in extractor.extract(news_article(body)))
    }
    assert found == {("terminated", "2024-06")}


def test_the_seat_of_a_helping_organisation_is_no_side(extractor):
    body = (
        "Історія цих відносин почалася у 2012 році, коли тодішня Сквирська районна рада уклала угоду з "
        "литовським містом Утена за сприяння Товариства українсько-литовської дружби у Фастові."
    )
    assert titled_pairs(extractor, "Сквира і Утена", body) == {("Сквирська міська громада", "Утена")}


def test_the_city_where_a_moved_administration_works_is_no_side(extractor):
    body = (
        "Вперше ідею партнерства з литовською Утеною обговорювали ще у травні 2025 року, коли литовська "
        "делегація відвідала Фастів, де нині працює адміністрація громади."
    )
    assert facts(extractor, body) == set()


def test_a_draft_the_deputies_turned_down_by_its_pronoun_is_no_plan(extractor):
    body = (
        "Окремо у звіті згадано проєкт меморандуму з польським містом Ополе, що надійшов від громадської "
        "організації у жовтні. На засіданні постійної комісії 12 листопада депутати його не підтримали: "
        "за – 4, проти – 7."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_talks_the_other_side_turned_from_are_no_talks(extractor):
    body = (
        "Ще торік Сквирська громада обговорювала можливу угоду з литовським містом Утена, однак, як зазначив "
        "секретар ради, у лютому литовська сторона повідомила, що зосередиться на співпраці з Київщиною."
    )
    assert facts(extractor, body) == set()


def test_a_restored_agreement_with_a_chain_of_participles_of_its_past_is_renewed(extractor):
    body = (
        "18 вересня на сесії депутати відновили дію угоди про партнерство з польським містом Ополе, "
        "укладеної в 2016 році і призупиненої у 2020-му через пандемію."
    )
    assert {status for *_, status, _ in facts(extractor, body, SKVYRA)} == {"renewed"}


def test_a_renewal_in_a_new_edition_by_the_documents_pronoun_is_renewed(extractor):
    body = (
        "У 2021-му ми уклали з Ополем угоду про співпрацю, а в листопаді 2025-го продовжили її в новій "
        "редакції."
    )
    found = {
        (f.status, f.event_date)
        for f in extractor.extract(news_article(body, published="2026-01-10", council=True), SKVYRA)
    }
    assert found == {("renewed", "2025-11")}


def test_an_approved_draft_signed_later_in_the_sentence_is_signed(extractor):
    body = (
        "24 травня 2025 року сесія затвердила проєкт угоди про співпрацю з містом Ополе (Польща), а 19 червня, "
        "під час конференції з відновлення України в Римі, Андрій Ярошенко і мер Ополя Ян Ковальський її "
        "підписали."
    )
    found = {
        (f.status, f.event_date)
        for f in extractor.extract(news_article(body, published="2026-01-10", council=True), SKVYRA)
    }
    assert found == {("signed", "2025-06-19")}


def test_a_plan_to_update_an_agreement_tells_it_exists(extractor):
    body = "Громада планує оновити угоду з польським містом Ополе, доповнивши її розділом про реабілітацію."
    assert {status for *_, status, _ in facts(extractor, body, SKVYRA)} == {"signed"}


def test_a_renewal_is_not_dated_by_the_original_agreement_or_the_other_sides_approval(extractor):
    body = (
        "29 квітня відбулася сесія Сквирської міської ради.\n\n"
        "Першим депутати затвердили нову редакцію угоди про партнерство з польським містом Ополе. Первісну угоду "
        "Сквира і Ополе підписали 22 вересня 2017 року. Текст документа польська сторона затвердила на засіданні "
        "ради 17 квітня, а підписати його планують у травні."
    )
    article = news_article(body, published="2026-04-30", council=True)
    found = {(f.status, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert found in ({("renewed", None)}, {("renewed", "2026-04-29")})


def test_a_hromada_named_by_its_noun_after_a_verb_of_giving_is_its_subject(extractor):
    title = "Сквира уклала угоду з Ополем"
    body = (
        "Сквирська громада 22 серпня уклала угоду про співпрацю з польським містом Ополе.\n\n"
        "Допомогу в налагодженні контактів надала сусідня Фастівська міська громада, яка з 2001 року має угоду "
        "про партнерство з польським Ярославом."
    )
    assert titled_pairs(extractor, title, body) == {
        ("Сквирська міська громада", "Ополе"),
        ("Фастівська міська громада", "Ярослав"),
    }


def test_talks_that_brought_no_result_are_no_talks(extractor):
    body = (
        "Депутати також запропонували розглянути можливість партнерства з польською гміною, однак голова "
        "нагадав, що в 2024 році громада вже вела переговори з гміною Ниса, але вони не принесли результату."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_the_town_after_for_a_foreign_place_our_hromada_is_not_its_only_partner_is_that_place(extractor):
    body = (
        "Варто додати, що для Ополя Сквира — не єдиний партнер на сході Європи: місто багато років співпрацює "
        "зі словацьким Бардейовом та угорським Тисауйварошем."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_a_town_whose_region_bears_its_name_without_diacritics_is_found_in_any_case(extractor):
    body = "Сквирська громада підписала угоду з словенським Шентюром."
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Шентюр")}


def test_a_session_approving_the_restoration_of_cooperation_renews_it(extractor):
    body = (
        "12 травня 2026 року сесія Сквирської міської ради схвалила відновлення співробітництва з "
        "польським містом Ополе в новій редакції угоди."
    )
    assert {status for *_, status, _ in facts(extractor, body)} == {"renewed"}


def test_an_ordinals_entry_after_a_comma_keeps_its_own_date(extractor):
    body = (
        "Сквирська громада стала шостою в області, яка має партнера у Словенії. Перша — Узинська, що з 2023 "
        "року співпрацює з муніципалітетом Шмарє-при-Єлшах, друга — Фастівська міська, яка уклала угоду з "
        "Марибором."
    )
    found = {(f.ua.name_uk, f.partner.name_uk, f.event_date) for f in extractor.extract(news_article(body))}
    assert ("Фастівська міська громада", "Марибор", None) in found
    assert ("Фастівська міська громада", "Марибор", "2023") not in found


def test_an_ordinal_as_the_subject_after_a_colon_points_to_its_hromada(extractor):
    body = (
        "Сквирська та Фастівська громади пішли за своїми сусідами: перша в січні 2026 року підписала з "
        "польським Ополем лист про наміри, друга — веде переговори з польською Нисою."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ополе"),
        ("Фастівська міська громада", "Ниса"),
    }


def test_a_second_document_with_its_own_partner_keeps_its_own_stage(extractor):
    title = "Сквира оновила угоду з Ополем, а з Нисою підписала меморандум"
    body = (
        "Підсумком візитів стали два документи: нова редакція угоди про партнерство з Ополем і меморандум про "
        "співпрацю з Нисою."
    )
    article = news_article(body, title=title, council=True)
    found = {(f.partner.name_uk, f.status) for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert found == {("Ополе", "renewed"), ("Ниса", "signed")}


def test_an_ending_of_some_of_the_earlier_agreements_is_no_ending_of_the_named_one(extractor):
    body = (
        "Для Сквири угода з Ополем стала вже третім подібним документом: раніше громада підписала угоди з "
        "польськими містами у 2000-х роках, однак частина з них після 2014 року фактично не діяла."
    )
    assert {status for *_, status, _ in facts(extractor, body)} == {"signed"}


def test_a_wish_that_two_towns_may_someday_sign_is_no_plan(extractor):
    body = (
        "Бургомістр Ополя нагадав, що місто має давніх партнерів. «Можливо, колись Сквира і Ниса теж "
        "підпишуть свою угоду», – сказав він."
    )
    assert facts(extractor, body) == set()


def test_an_ending_the_agreement_provides_for_is_no_ending(extractor):
    body = (
        "Угода з польським Ополем укладена безстроково, з можливістю припинення за письмовим повідомленням "
        "однієї зі сторін за шість місяців."
    )
    assert {status for *_, status, _ in facts(extractor, body, SKVYRA)} == {"signed"}


def test_a_partners_own_ties_do_not_date_its_tie_with_the_hromada(extractor):
    body = (
        "Варто нагадати, що саме Ополе має давні зв'язки з містами Литви: з 2004 року воно співпрацює з "
        "литовською Утеною, а в 2012-му уклало угоду зі словацьким Бардейовом.\n\n"
        "Угода з Ополем укладена безстроково."
    )
    article = news_article(body, published="2026-03-10", council=True)
    found = {(f.partner.name_uk, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert found == {("Ополе", None)}


def test_a_pronoun_reporting_after_a_foreign_mayors_quotation_speaks_of_his_town(extractor):
    body = (
        "13 квітня міський голова Сквири Андрій Ярошенко і бургомістр міста Ополе Ян Ковальський підписали "
        "угоду про співпрацю.\n\n"
        "Бургомістр Ян Ковальський, зі свого боку, наголосив, що для Ополя ця угода – перша з українською "
        "громадою: «Наші мешканці з 2022 року збирають допомогу. Тепер вона матиме адресу». Він також "
        "нагадав, що місто вже понад 30 років співпрацює з французьким Ле-Кенуа та словацьким Сенцем, і "
        "запропонував залучити Сквиру до щорічних зустрічей трьох міст."
    )
    assert {partner for _, partner in pairs(facts(extractor, body))} == {"Ополе"}


def test_a_pronoun_after_a_quotation_speaks_for_the_wojt_the_paragraph_named(extractor):
    body = (
        "Сквирська громада та польська ґміна Ниса відзначили п'ять років партнерства.\n\n"
        "Війт Ян Ковальський наголосив, що співпраця зі Сквирою стала для ґміни однією з найважливіших. «У нас є "
        "давні партнери – словацький Бардейов, з яким нас поєднує річка, та угорські друзі. Але саме зі Сквирою "
        "ми найбільше працюємо з молоддю», – розповів він."
    )
    assert {partner for _, partner, *_ in facts(extractor, body, SKVYRA)} == {"Ниса"}


def test_cooperation_only_within_projects_and_talks_that_came_to_nothing_are_no_ties(extractor):
    body = (
        "Сквира співпрацює з польським Ополем лише в межах проєктів, а Фастів досі не має жодного польського "
        "партнера, хоча переговори з Нисою колись починалися ще в 1990-х і нічим не завершилися."
    )
    assert facts(extractor, body) == set()


def test_one_more_delegation_that_also_came_to_the_signing_is_a_guest(extractor):
    title = "Сквира – Ополе: польське місто стало партнером громади"
    body = (
        "Сквирська міська громада та польське місто Ополе 24 лютого підписали угоду про партнерство. "
        "Делегація з Фастова також приїхала на підписання угоди з Ополем."
    )
    assert titled_pairs(extractor, title, body) == {("Сквирська міська громада", "Ополе")}


def test_a_term_that_ran_out_and_was_prolonged_in_the_next_sentence_is_renewed(extractor):
    body = (
        "Другий документ — з польським Ополем. Угоду про співпрацю з ним Сквира уклала у жовтні 2015 року на "
        "десять років, і навесні 2025 року термін її дії сплив. 18 лютого 2026 року сторони у режимі онлайн "
        "підписали додаткову угоду, якою продовжили дію документа ще на п'ять років."
    )
    article = news_article(body, published="2026-02-20", council=True)
    found = {(f.status, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert found == {("renewed", "2026-02-18")}


def test_a_renewal_said_to_be_the_next_step_leaves_the_tie_where_it_is(extractor):
    body = (
        "Сквира і польська Ниса є містами-побратимами з 2018 року. «Наступним кроком буде оновлення угоди з "
        "Нисою», — сказав він."
    )
    assert {status for *_, status, _ in facts(extractor, body, SKVYRA)} == {"signed"}


def test_talks_whose_signing_the_next_sentence_tells_after_a_date_are_signed(extractor):
    body = (
        "Ще в березні ми писали, що Сквирська міська громада веде переговори з Ополем про угоду про співпрацю, "
        "а підписання переносили двічі. 8 липня угоду нарешті підписали міський голова Сквири і мер Опольського "
        "повіту."
    )
    article = news_article(body, published="2026-07-10")
    found = {(f.status, f.event_date) for f in extractor.extract(article)}
    assert found == {("signed", "2026-07-08")}


def test_a_year_in_brackets_after_each_partner_dates_its_tie(extractor):
    body = (
        "Раніше Сквира уклала угоди про побратимство з польським Ополем (2017 рік) та литовською Утеною "
        "(2019 рік), а з 2021 року співпрацює з латвійськими колегами через програму обмінів."
    )
    found = {(f.partner.name_uk, f.event_date) for f in extractor.extract(news_article(body))}
    assert found == {("Ополе", "2017"), ("Утена", "2019")}


def test_a_sentence_opening_with_that_day_takes_the_day_named_before(extractor):
    body = (
        "Головною подією року стало 18 вересня 2025 року. Того дня міський голова Сквири та мер литовського "
        "міста Утена підписали угоду про співпрацю."
    )
    found = {f.event_date for f in extractor.extract(news_article(body, published="2026-01-10"))}
    assert found == {"2025-09-18"}


def test_a_signing_is_not_dated_by_the_approval_of_its_text(extractor):
    body = (
        "Найважливішою подією дня стало підписання меморандуму про партнерство між Сквирою та Утеною. "
        "Переговори з литовським містом тривали з весни 2024 року, а текст документа депутати міської ради "
        "схвалили на сесії 12 вересня."
    )
    found = {f.event_date for f in extractor.extract(news_article(body, published="2025-09-24"))}
    assert "2025-09-12" not in found


def test_a_restoration_is_not_dated_by_its_agreements_making(extractor):
    body = (
        "Другим рішенням депутати відновили дію Угоди про партнерство з польським містом Ополе, укладеної "
        "16 вересня 2017 року. Нагадаємо, у березні 2023 року сесія призупинила співпрацю з Ополем."
    )
    article = news_article(body, published="2026-04-25", council=True)
    found = {(f.status, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert found == {("renewed", None)}


def test_an_event_after_a_relative_clause_does_not_date_the_tie(extractor):
    body = (
        "Сквирська громада, яка з 2019 року має угоду про співпрацю з польським Ополем, 24 січня провела "
        "спільну онлайн-конференцію з опольськими колегами щодо літнього табору."
    )
    found = {f.event_date for f in extractor.extract(news_article(body, published="2026-02-01"))}
    assert found == {"2019"}


def test_the_villages_of_a_historic_land_are_no_village_of_its_name(extractor):
    body = (
        "Для Сквирської громади це вже друга міжнародна угода. З 2018 року діє угода про партнерство з "
        "румунським містом Вікову-де-Сус, з яким громаду пов'язують румуномовні села Буковини."
    )
    assert {ua for ua, _ in pairs(facts(extractor, body, SKVYRA))} == {"Сквирська міська громада"}


def test_first_letters_that_are_not_even_talks_give_no_fact(extractor):
    body = (
        "Із травня ми ведемо переговори з литовським містом Утена щодо угоди про співпрацю. Ще одна ідея — "
        "партнерство з польським Ополем, але там поки лише перше листування, переговорами це назвати не можна."
    )
    assert {partner for _, partner in pairs(facts(extractor, body, SKVYRA))} == {"Утена"}


def test_talks_on_a_joint_project_with_a_partners_partner_are_no_talks_on_a_tie(extractor):
    body = (
        "Ми обмінюємося контактами з Фастівською громадою. Фастівська, до речі, має власного литовського "
        "партнера — Утена, і ми разом з Утеною і Ополем обговорюємо спільний проєкт для прикордоння."
    )
    assert pairs(facts(extractor, body, SKVYRA)) == {("Фастівська міська громада", "Утена")}


def test_neighbours_named_as_the_go_betweens_of_cooperation_are_no_partner_list(extractor):
    body = (
        "Нагадаємо, наша громада вже має досвід співпраці з польськими партнерами через сусідів: Фастів, який у "
        "1999 році уклав угоду про партнерство з Ополем, у 2023-му запрошував представників Сквирської громади "
        "на спільний форум місцевого самоврядування."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_a_task_opening_with_the_signings_infinitive_is_a_plan():
    from parsers.facts.cues import status_of

    assert status_of("підписати угоду з литовською Утеною") == "planned"  # "Завдання на рік: підписати …"
    assert status_of("Підписати угоду вдалося лише 12 травня.") != "planned"


def test_a_plan_whose_signing_a_later_clause_of_the_next_sentence_tells_is_signed(extractor):
    body = (
        "У серпні в Сквирській міській раді повідомляли, що меморандум з Утеною підпишуть найближчим часом. У "
        "вересні утенська рада ухвалила відповідне рішення, і 30 вересня, під час візиту мера Утени, документ "
        "нарешті підписали в Сквирі."
    )
    article = news_article(body, published="2025-10-05", council=True)
    found = {(f.status, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert found == {("signed", "2025-09-30")}


def test_towns_keen_on_cooperation_with_ukrainian_towns_are_no_partner_list(extractor):
    body = (
        "Робоча комісія підготувала перелік можливих польських партнерів. До нього увійшли громади, які самі "
        "висловили зацікавленість у співпраці з українськими містами такого розміру: Ополе, Ниса та Бжег."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_a_hromadas_adjective_in_an_oblique_case_is_no_foreign_town(extractor):
    body = (
        "Після російських обстрілів Сквирська громада налагоджує зв'язки із західними областями. Ще у 2023 році "
        "обласна адміністрація ініціювала проєкт «Схід – Захід: громади разом», у межах якого Фастівська "
        "громада підписала меморандум із Рахівською громадою на Закарпатті, а Узинська – зі Сколівською на "
        "Львівщині."
    )
    assert all(country == "UA" for _, _, country, *_ in facts(extractor, body))


def test_the_last_word_of_a_two_word_name_in_a_case_form_is_no_town_of_its_own(extractor):
    body = (
        "Побратимом Сквири з 2012 року є чеська Кутна Гора — з нею діють програми обміну школярів і щорічні "
        "Дні Кутної Гори у Сквирі."
    )
    assert {partner for _, partner in pairs(facts(extractor, body))} == {"Кутна Гора"}


def test_a_rumour_spreading_online_is_no_fact(extractor):
    body = (
        "Останніми днями в кількох телеграм-каналах поширюється інформація про те, що «Сквирська громада стала "
        "побратимом іспанського міста Онтіньєнт»."
    )
    assert facts(extractor, body) == set()


def test_a_prefecture_named_after_the_town_decides_its_namesake(extractor):
    title = "Від Чорнобиля до Фукусіми: Сквира і японське місто Томіока розпочали переговори про партнерство"
    body = (
        "11 березня у Сквирській міській раді відбулася онлайн-зустріч з представниками містечка Томіока "
        "префектури Фукусіма. Сторони домовилися розпочати переговори про укладення угоди про партнерство між "
        "Сквирою і Томіокою."
    )
    found = {f.partner.geonameid for f in extractor.extract(news_article(body, title=title))}
    assert found == {2110749}


def test_a_foreign_towns_own_ties_told_after_an_aside_stay_its_own(extractor):
    body = (
        "27 січня Сквирський міський голова та мер Утени Вітаутас Каспарас підписали угоду про партнерство між "
        "Сквирою та Утеною. Вітаутас Каспарас, своєю чергою, нагадав, що Утена має партнерські зв'язки з "
        "польським Ополе, чеським Брно та шведським Сундсваллем, а Сквира стала першим українським "
        "містом-партнером литовської громади."
    )
    assert {partner for _, partner in pairs(facts(extractor, body))} == {"Утена"}


def test_a_hromada_whose_partners_the_sentence_names_as_an_object_is_no_side(extractor):
    body = (
        "Сквирська громада підписала угоду про партнерство з литовською Утеною. Надалі громада зосередиться на "
        "співпраці з Утеною та з польськими партнерами сусідньої Фастівської громади, яка давно має побратимів "
        "у Малопольщі."
    )
    assert {ua for ua, _ in pairs(facts(extractor, body))} == {"Сквирська міська громада"}


def test_a_lithuanian_municipality_named_by_its_self_government(extractor):
    body = "Сквирська міська громада підписала меморандум про партнерство з литовським самоврядуванням Утена."
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Утена")}


def test_a_named_hromadas_domestic_partner_in_a_later_clause_is_no_side_of_the_first(extractor):
    body = (
        "Сквирська громада підписала меморандум з литовським управлінням Утена, а Фастівська громада уклала "
        "угоду з Узинською громадою."
    )
    assert ("Узинська міська громада", "Утена") not in pairs(facts(extractor, body))
    assert ("Фастівська міська громада", "Узинська міська громада") in pairs(facts(extractor, body))


def test_an_ending_after_a_suspension_is_dated_by_the_ending(extractor):
    body = (
        "Угоду про партнерство з литовською Утеною Сквирська громада уклала ще у 2013 році, у березні 2022 року "
        "сесія призупинила її дію, а 5 березня 2026 року депутати одноголосно проголосували за її розірвання."
    )
    article = news_article(body, published="2026-03-06")
    assert {(f.status, f.event_date) for f in extractor.extract(article)} == {("terminated", "2026-03-05")}


def test_an_ending_in_the_same_year_as_the_suspension_takes_that_year(extractor):
    body = (
        "3 березня 2022 року сесія Сквирської міської ради зупинила дію угоди з литовською Утеною, а в квітні "
        "того ж року ухвалила рішення про її розірвання."
    )
    article = news_article(body, published="2026-05-20")
    assert {(f.status, f.event_date) for f in extractor.extract(article)} == {("terminated", "2022-04")}


def test_a_draft_whose_vote_failed_after_a_long_title_is_no_plan(extractor):
    body = (
        "Натомість проєкт меморандуму про співпрацю з Узинською міською громадою Білоцерківського району "
        "Київської області, внесений постійною комісією з питань освіти та культури, не набрав необхідних "
        "голосів: «за» проголосували 11 депутатів із 22 присутніх."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_a_projects_lead_partner_and_its_partners_are_no_partner_list(extractor):
    body = (
        "Учасники презентували проєкт програми Interreg «Зелені кордони». Провідний партнер — Сквирська міська "
        "рада, партнери — муніципалітет Ополе (Польща) та університет у Нисі (Польща)."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_where_guests_came_from_is_no_partner(extractor):
    body = (
        "Меморандум з Фастівською громадою підписали 23 серпня, напередодні ярмарку, куди того ж тижня "
        "приїздили гості з польського Ополе та литовської Утени."
    )
    assert {partner for _, partner in pairs(facts(extractor, body, SKVYRA))} == {"Фастівська міська громада"}


def test_guests_from_a_town_the_sentence_calls_a_partner_keep_the_tie(extractor):
    body = "На свято приїхали й гості з Утени: це місто вже дев'ять років є партнером Сквирської громади."
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Утена")}


def test_a_condition_not_yet_met_tells_no_talks(extractor):
    body = (
        "Якщо депутати вирішать, що співпраця з литовською Утеною є доцільною, громада розпочне офіційні "
        "консультації."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_a_condition_set_against_the_present_is_a_fact_of_the_past(extractor):
    body = (
        "Якщо у 2015 році Сквирська громада мала лише одного побратима — литовську Утену, то тепер їх п'ять."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Утена")}


def test_a_short_name_takes_the_hyphenated_full_names_town_in_another_country(extractor):
    body = (
        "Сквирська громада підписала угоду про співпрацю з угорським містом Кішварда, а Узинська – з румунським "
        "Сигетом-Мармароським. Для Узина угода із Сигетом важлива через майбутній туристичний маршрут."
    )
    found = {(f.ua.name_uk, f.partner.geonameid) for f in extractor.extract(news_article(body))}
    assert ("Узинська міська громада", 667227) in found
    assert all(geonameid != 3044469 for _, geonameid in found)  # the Hungarian namesake of the short name


def test_a_document_ended_in_the_next_sentences_without_its_partner_ends_the_tie(extractor):
    body = (
        "Ще у 2013 році Сквирська громада уклала угоду про співробітництво з білоруським містом Ліда. "
        "Після 2022 року жодних контактів із Лідою не було, однак документ формально діяв. За пропозицією "
        "депутата рада 19 голосами зупинила дію угоди до відновлення суверенітету Республіки Білорусь."
    )
    assert {(f.status, f.event_date) for f in extractor.extract(news_article(body))} == {("terminated", None)}


def test_a_recommendation_to_end_a_document_ends_nothing(extractor):
    body = (
        "Ще у 2013 році Сквирська громада уклала угоду про співробітництво з білоруським містом Ліда. "
        "У квітні 2022 року виконавчий комітет рекомендував розірвати документ, але рішення сесії не ухвалили."
    )
    assert {f.status for f in extractor.extract(news_article(body))} == {"signed"}


def test_a_new_edition_signed_in_its_relative_clause_renews_the_tie_on_its_day(extractor):
    body = (
        "Першу угоду Сквира та Ополе підписали у травні 2006 року; нова редакція, яку бургомістр Ополе вже "
        "підписав 12 лютого, доповнює її розділами про енергетичну безпеку."
    )
    article = news_article(body, published="2026-03-02")
    assert {(f.status, f.event_date) for f in extractor.extract(article)} == {("renewed", "2026-02-12")}


def test_a_signing_ruled_out_is_no_fact(extractor):
    body = "Рішення не прийнято, і меморандум з литовською Утеною підписано не буде."
    assert facts(extractor, body, SKVYRA) == set()


def test_an_ending_whose_decision_was_not_taken_ends_nothing(extractor):
    body = (
        "Ключовим питанням став проєкт рішення про припинення дії угоди про співпрацю з містом Ополе (Польща), "
        "внесений депутатом.\n\nПроти розірвання виступив міський голова. За розірвання проголосували лише "
        "четверо депутатів, проти — 13, і рішення не було прийняте."
    )
    assert all(status != "terminated" for *_, status, _ in facts(extractor, body, SKVYRA))


def test_what_the_tie_is_not_said_after_an_aside_denies_it(extractor):
    body = (
        "Окремо Сквирська громада співпрацює з польським Ополе і литовською Утеною, однак, як уточнили в ОВА, це "
        "транскордонні проєкти в межах програми Interreg, а не угоди між громадами."
    )
    assert facts(extractor, body) == set()


def test_a_signing_channels_reported_and_the_next_sentence_denies_is_no_fact(extractor):
    body = (
        "Деякі телеграм-канали повідомили, що Сквирська громада «підписала побратимство» з польським Ополе. У "
        "міській раді нам пояснили: делегація лише брала участь у форумі в Ополе і жодних документів не "
        "підписувала."
    )
    assert facts(extractor, body) == set()


def test_an_elliptical_clause_with_its_time_before_the_dash_keeps_its_partner_from_the_first_side(extractor):
    body = (
        "Сквирська міська рада ще у квітні 2022 року розірвала договір про співпрацю з білоруським Жлобином, а "
        "Новгород-Сіверська у травні того ж року – договір про побратимство з російським Трубчевськом."
    )
    assert ("Сквирська міська громада", "Трубчевськ") not in pairs(facts(extractor, body))


def test_cooperation_only_through_a_project_is_no_tie(extractor):
    body = "«Наша громада співпрацює з литовською Утеною тільки через проєкт», — сказав Сквирський міський голова."
    assert facts(extractor, body) == set()


def test_what_a_talk_of_twinning_really_was_is_no_tie(extractor):
    body = (
        "Торік у Сквирі обговорювали «побратимство» з литовською Утеною, хоча насправді йшлося лише про обмін "
        "хоровими колективами двох шкіл мистецтв."
    )
    assert facts(extractor, body) == set()


def test_a_year_in_brackets_after_a_partners_country_dates_that_partner(extractor):
    body = "Нагадаємо, що Сквирська громада сьогодні має двох партнерів: Утену (Литва, 2015) та Ополе (Польща, 2017)."
    article = news_article(body, published="2025-09-02")
    found = {(f.partner.name_uk, f.event_date) for f in extractor.extract(article)}
    assert found == {("Утена", "2015"), ("Ополе", "2017")}


def test_a_renewal_in_one_entry_of_a_list_of_pairs_is_that_entrys_alone(extractor):
    body = (
        "Пари виглядають так: Сквира — Ополе (угода про партнерство); Фастів — Утена (нова редакція угоди 2016 "
        "року); Узин — Ниса (лист про наміри)."
    )
    found = {partner: status for _, partner, _, _, status, _ in facts(extractor, body)}
    assert found["Ополе"] == "signed" and found["Утена"] == "renewed"


def test_talks_denied_after_a_long_object_are_no_talks(extractor):
    body = "Переговорів про побратимство з литовською Утеною Сквирська міська рада не веде."
    assert facts(extractor, body) == set()


def test_the_places_a_body_signed_with_are_its_partners_alone(extractor):
    body = (
        "Фастівська громада підписала меморандум з японським агентством. Представник агентства Кейсуке Сато "
        "наголосив, що аналогічні меморандуми агентство підписало зі Сквирською та Узинською громадами."
    )
    found = pairs(facts(extractor, body))
    assert not any("Сквирська" in side or "Узинська" in side for pair in found for side in pair)


def test_a_list_of_speakers_in_office_is_no_partner_list(extractor):
    body = (
        "На конференції виступили голови громад, які мають досвід роботи з міжнародними партнерами: Фастівський "
        "міський голова, представники Узинської та Білоцерківської громад."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_another_partners_document_ending_after_a_list_ends_none_of_the_list(extractor):
    body = (
        "Довідково. Станом на травень 2026 року Сквирська громада має партнерські відносини з такими громадами та "
        "містами: Утена (Литва, 2024), Фастівська міська громада (Київська область, 2025). У 2021 році громада "
        "також підписала лист про наміри з польською ґміною Ярослав, однак далі листа справа так і не "
        "просунулася — термін його дії сплив у 2023 році."
    )
    found = {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body, SKVYRA)}
    assert ("Утена", "signed") in found


def test_ordinals_right_after_a_dash_pair_each_hromada_with_its_partner(extractor):
    body = (
        "Сквирська та Узинська громади підписали угоди про партнерство з литовською Утеною і польським Ополем — "
        "перша з Утеною, друга з Ополем."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Утена"),
        ("Узинська міська громада", "Ополе"),
    }


def test_hromadas_each_with_its_partner_in_brackets_pair_one_to_one(extractor):
    body = "На форумі угоди підписали також Сквирська громада (з литовською Утеною) і Узинська (з польським Ополем)."
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Утена"),
        ("Узинська міська громада", "Ополе"),
    }


def test_a_clause_that_leaves_out_its_verb_pairs_its_own_hromada_and_partner(extractor):
    body = (
        "Найдавніші угоди області — Сквирської громади з литовською Утеною і Узинської з польським Ополем — "
        "уклали ще на початку 2000-х."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Утена"),
        ("Узинська міська громада", "Ополе"),
    }


def test_domestic_pairs_with_their_verb_left_out_keep_to_their_own_clause_and_date(extractor):
    body = (
        "Перші дві підписали меморандуми про партнерство: Сквирська міська громада з Фастівською міською — "
        "14 листопада, Узинська міська з Білоцерківською міською — 21 листопада."
    )
    article = news_article(body)
    found = {(f.ua.name_uk, f.partner.name_uk, f.event_date) for f in extractor.extract(article)}
    assert {(ua, partner) for ua, partner, _ in found} == {
        ("Сквирська міська громада", "Фастівська міська громада"),
        ("Узинська міська громада", "Білоцерківська міська громада"),
    }
    assert {date[5:] for *_, date in found if date} == {"11-14", "11-21"}


@pytest.mark.parametrize(
    "body",
    [
        "Ще у 2023 році подібну угоду підписав Фастів із литовською Утеною.",
        "У 2024 році угоду про партнерство уклав Фастів з польським містом Ополе.",
    ],
)
def test_a_town_named_after_the_signing_verb_is_the_side_the_partner_pairs_with(extractor, body):
    assert {ua for ua, *_ in pairs(facts(extractor, body))} == {"Фастівська міська громада"}


def test_the_region_named_after_the_towns_of_a_list_is_no_holder_of_it(extractor):
    body = "Нагадаємо, Фастів уже має партнерські угоди з двома містами Опольщини – Ополем (з 2004 року) та Нисою."
    found = {(f.ua.name_uk, f.partner.name_uk, f.event_date) for f in extractor.extract(news_article(body))}
    assert found == {
        ("Фастівська міська громада", "Ополе", "2004"),
        ("Фастівська міська громада", "Ниса", None),
    }


def test_a_ukrainian_town_joined_to_a_list_of_partners_is_one_more_partner(extractor):
    body = (
        "Начальниця відділу нагадала, що Сквирська громада має чинні угоди про партнерство з містами Ополе, "
        "Ниса (Польща), Утена (Литва) та українським містом Фастів."
    )
    assert {ua for ua, _ in pairs(facts(extractor, body))} == {"Сквирська міська громада"}


def test_a_foreign_town_with_ties_of_its_own_and_a_second_predicate_keeps_those_ties(extractor):
    body = (
        "Мер Утени наголосив, що Утена вже має партнерські зв'язки з польським Ополем та чеським Табором і "
        "готова залучити Сквиру до спільних проєктів."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_a_list_of_hromadas_each_with_the_country_of_its_partners_pairs_no_two_of_them(extractor):
    body = (
        "6 жовтня Сквирська громада підписала меморандум про співпрацю з литовським містом Утена, а 4 жовтня "
        "Узинська громада уклала угоду про партнерство з польським Ополем.\n\n"
        "Меморандум в ратуші підписали Сквирський міський голова і мер Утени. Утена передала громаді 12 "
        "модульних класів.\n\n"
        "Отже, обидві громади тепер мають партнерів: Сквира — в Литві, Узин — у Польщі; перша — з "
        "меморандумом, друга — з повноцінною угодою."
    )
    article = news_article(body, title="Сквира домовилася з литовською Утеною, Узин — з польським Ополем")
    assert not any(f.partner.domestic for f in extractor.extract(article))


def test_a_paragraph_that_opens_with_a_hromada_in_apposition_is_about_that_hromada(extractor):
    body = (
        "На форумі Сквирська громада підписала угоду про партнерство з литовською Утеною.\n\n"
        "Друга громада, Узинська, поки має лише рішення сесії. 24 вересня депутати погодили проєкт угоди про "
        "співпрацю з польським Ополем і доручили голові громади підписати її в листопаді."
    )
    article = news_article(body, title="Сквира підписала угоду з Утеною, Узин готується")
    assert {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)} == {
        ("Сквирська міська громада", "Утена"),
        ("Узинська міська громада", "Ополе"),
    }


def test_towns_a_hromada_has_partners_in_are_its_partners(extractor):
    body = "Так, Фастів має партнерів в Ополі та Нисі, а Сквира — лише в Литві."
    assert pairs(facts(extractor, body)) == {
        ("Фастівська міська громада", "Ополе"),
        ("Фастівська міська громада", "Ниса"),
    }


def test_a_city_a_partner_is_found_in_before_a_colon_is_where_the_partner_is(extractor):
    body = "Фастівська громада знайшла партнера в Кракові: угоду підписано з дільницею Подґуже."
    assert ("Фастівська міська громада", "Краків") not in pairs(facts(extractor, body))


def test_list_entries_each_with_its_own_tie_in_a_relative_clause_are_no_co_subjects(extractor):
    body = (
        "Нагадаємо, сьогодні наша громада має трьох партнерів. Окрім Утени (Литва, 2016), це польське місто "
        "Ополе, з яким 2019 року укладено договір про побратимство, та Узинська міська громада Київщини, з якою "
        "у вересні 2023 року підписано меморандум про співпрацю."
    )
    assert ("Узинська міська громада", "Ополе") not in pairs(facts(extractor, body, SKVYRA))


def test_a_clause_that_ends_saying_there_are_no_documents_of_its_own_gives_no_tie(extractor):
    body = (
        "За словами секретаря ради, з Ополем громада контактує через обласну адміністрацію, яка має угоду з "
        "Опольським воєводством, і «власних документів про співпрацю Сквира з Ополем не має»."
    )
    assert facts(extractor, body, SKVYRA) == set()


def test_a_parallel_list_with_regions_in_brackets_and_after_a_canton_pairs_by_position(extractor):
    body = (
        "Під час зустрічі Сквирська (Київщина), Узинська (Київщина) та Фастівська громади підписали угоди про "
        "партнерство відповідно зі швейцарською громадою Віхтрах кантону Берн, литовським містом Утена (його "
        "делегація прибула спеціально на підписання) та польською громадою Ниса."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Віхтрах"),
        ("Узинська міська громада", "Утена"),
        ("Фастівська міська громада", "Ниса"),
    }


def test_hromadas_listed_by_their_adjectives_after_the_plural_noun_are_sides(extractor):
    body = (
        "За його словами, ще три громади області — Сквирська, Узинська і Фастівська — ведуть переговори з "
        "містами Утена, Ополе та Ниса відповідно."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Утена"),
        ("Узинська міська громада", "Ополе"),
        ("Фастівська міська громада", "Ниса"),
    }


def test_a_fact_the_text_gives_no_date_for_is_less_sure_than_the_same_fact_dated(extractor):
    def confidence(body: str) -> float:
        found = extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
        assert [(f.partner.name_uk, f.link) for f in found] == [("Ополе", "signing")]
        return found[0].confidence

    dated = confidence("12 травня 2024 року Сквирська міська громада уклала угоду про партнерство з Ополе.")
    undated = confidence("Сквирська міська громада уклала угоду про партнерство з Ополе.")
    assert dated == pytest.approx(0.9)
    assert undated == pytest.approx(0.9 * 0.9)


def test_a_bare_agreement_takes_the_one_kind_of_agreement_the_article_names(extractor):
    def relations(body: str) -> set[str]:
        found = extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
        assert [f.partner.name_uk for f in found] == ["Ополе"]
        return {f.relation for f in found}

    signed = "12 травня 2024 року Сквирська міська громада уклала угоду з польським містом Ополе."
    one_kind = "Угода про партнерство передбачає обміни молоддю та спільні проєкти."
    two_kinds = "Угода про партнерство передбачає обміни молоддю, а угода про співпрацю шкіл — спільні уроки."
    assert relations(f"{signed}\n\n{one_kind}") == {"partnership"}
    assert relations(f"{signed}\n\n{two_kinds}") == {"cooperation"}  # which kind is this one's, unsaid
    assert relations(signed) == {"cooperation"}  # a bare agreement, and no kind anywhere


def test_talks_under_way_are_the_stage_whatever_signing_is_hoped_for(extractor):
    found = facts(
        extractor,
        "Сквирська міська громада веде переговори з польським містом Ополе, підписати угоду сторони "
        "планують у червні.",
        owner=SKVYRA,
    )
    assert {(partner, status) for _, partner, _, _, status, _ in found} == {("Ополе", "in_negotiation")}
    planned = facts(
        extractor, "Сквирська міська громада планує підписати угоду з польським містом Ополе.", SKVYRA
    )
    assert {(partner, status) for _, partner, _, _, status, _ in planned} == {("Ополе", "planned")}


def test_the_document_told_after_a_colon_names_the_tie_a_verb_of_working_together_only_hints_at(extractor):
    def told(body: str) -> set[tuple]:
        found = extractor.extract(news_article(body))
        return {(f.partner.name_uk, f.relation, f.event_date) for f in found}

    cooperates = "Сквирська міська громада давно співпрацює з польським містом Ополе"
    assert told(f"{cooperates}: угода про партнерство між містами діє з 2011 року.") == {
        ("Ополе", "partnership", "2011")
    }
    assert told(f"{cooperates}: угоду про побратимство підписали у 2009 році.") == {
        ("Ополе", "twinning", "2009")
    }
    # a document of the same kind, or another partner's document after the colon, changes nothing
    assert told(f"{cooperates}: угоду про співпрацю підписали у 2009 році.") == {
        ("Ополе", "cooperation", "2009")
    }
    other = told(f"{cooperates}, а з 2015 року: угода про партнерство з чеським містом Табор.")
    assert ("Ополе", "cooperation", None) in other


def test_a_dash_inside_a_foreign_regions_name_pairs_nothing(extractor):
    opens = "Область має давні зв'язки з Францією: у 2023 році обласна рада підписала меморандум з "
    assert facts(extractor, opens + "регіоном Центр — Долина Луари.") == set()
    # a list of pairs after the same opening still pairs its entries
    listed = facts(extractor, "Громади мають партнерів у Польщі: Сквира — Ополе, Долина — Ниса.")
    assert pairs(listed) == {("Сквирська міська громада", "Ополе"), ("Долинська міська громада", "Ниса")}


def test_sides_at_work_on_the_drafts_text_are_in_talks_one_side_preparing_it_plans(extractor):
    def statuses(body: str) -> set[tuple[str, str]]:
        return {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body, SKVYRA)}

    for body in (
        "Сквирська міська громада та польське місто Ополе обговорили проєкт угоди про партнерство, "
        "підписати її планують восени.",
        "Проєкт угоди про партнерство між Сквирською міською громадою та польським містом Ополе "
        "узгоджують юристи, підписати її планують восени.",
    ):
        assert statuses(body) == {("Ополе", "in_negotiation")}, body
    alone = "Сквирська міська рада готує проєкт угоди про партнерство з польським містом Ополе."
    assert statuses(alone) == {("Ополе", "planned")}


def test_an_agreement_that_ran_out_and_was_not_prolonged_is_ended_when_it_ran_out(extractor):
    found = extractor.extract(
        news_article(
            "Раніше Сквирська міська громада мала угоду з польським містом Ополе, але вона закінчилася у "
            "2019 році і не була продовжена."
        )
    )
    assert [(f.partner.name_uk, f.status, f.event_date) for f in found] == [("Ополе", "terminated", "2019")]


def test_a_renewal_among_the_plans_is_no_renewal(extractor):
    plans = "Серед планів на 2027 рік — оновлення угоди з чеським Табором, нові проєктні заявки та обміни."
    assert facts(extractor, plans, SKVYRA) == set()  # a renewal still to come tells no stage
    listed = "Сквирська міська громада має угоди про побратимство з двома містами: Ополе (Польща) та Табор (Чехія)."
    found = {
        (partner, status) for _, partner, _, _, status, _ in facts(extractor, f"{listed}\n\n{plans}", SKVYRA)
    }
    assert found == {("Ополе", "signed"), ("Табор", "signed")}


def test_talks_carry_no_date_but_a_decision_to_start_them_does(extractor):
    def dated(body: str) -> set[tuple]:
        found = extractor.extract(news_article(body), owner_katottg=None)
        return {(f.partner.name_uk, f.status, f.event_date) for f in found}

    talks = "З вересня 2025 року Сквирська міська громада веде переговори з польським містом Ополе."
    assert dated(talks) == {("Ополе", "in_negotiation", None)}  # when talks began is no signing's date
    decided = (
        "У грудні 2025 року Сквирська міська рада ухвалила рішення розпочати переговори з польським містом "
        "Ополе щодо угоди про партнерство."
    )
    assert dated(decided) == {("Ополе", "in_negotiation", "2025-12")}


def test_a_foreign_town_told_by_its_unit_or_country_as_the_subject_keeps_its_ties(extractor):
    for body in (
        "Для Ополя наша громада — третій партнер: раніше ґміна уклала угоди зі словацьким містом Гуменне.",
        "Польське місто має чималий досвід партнерств: воно є побратимом словацького Гуменного.",
    ):
        assert facts(extractor, body, SKVYRA) == set(), body
    # the gmina's tie with a hromada the sentence names is that hromada's
    ours = "Польська ґміна Ополе уклала угоду про партнерство зі Сквирською міською громадою."
    assert pairs(facts(extractor, ours, SKVYRA)) == {("Сквирська міська громада", "Ополе")}


def test_working_together_in_deeds_does_not_sign_an_agreement_still_in_the_making(extractor):
    body = (
        "14 квітня сесія Сквирської міської ради схвалила проєкт угоди про партнерство з польським містом "
        "Ополе і доручила міському голові підписати документ. Підписання планують на червень.\n\n"
        "Сквира тим часом співпрацює з Ополем переважно в освіті: торік 40 школярів відпочивали в таборі."
    )
    found = extractor.extract(news_article(body))
    assert [(f.partner.name_uk, f.relation, f.status) for f in found] == [("Ополе", "partnership", "planned")]


def test_a_tie_waiting_on_a_decision_is_planned_whatever_the_clause_before_signed(extractor):
    article = news_article(
        "12 травня міська рада Ополя ухвалила рішення про встановлення партнерських відносин зі Сквирською "
        "міською громадою. Тепер черга за Сквирою: проєкт рішення винесуть на сесію в червні.",
        title="Польські партнери Київщини: Узин підписав угоду з Нисою, Ополе чекає на рішення Сквири",
    )
    found = {(f.partner.name_uk, f.status) for f in extractor.extract(article)}
    assert found == {("Ниса", "signed"), ("Ополе", "planned")}


def test_a_clause_saying_the_document_is_not_signed_yet_takes_back_the_signing_an_ellipsis_lent(extractor):
    signed = "Узинська міська громада ще 2019 року підписала угоду про співпрацю з польською Нисою"
    denied = facts(
        extractor, f"{signed}, а Сквира — з польським Ополе: документ з Ополе, щоправда, досі не підписаний."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in denied} == {("Ниса", "signed")}
    lent = facts(extractor, f"{signed}, а Сквира — з польським Ополе.")
    assert {(partner, status) for _, partner, _, _, status, _ in lent} == {
        ("Ниса", "signed"),
        ("Ополе", "signed"),
    }


def test_the_ending_of_an_agreement_with_another_town_does_not_end_the_partner_named_after_it(extractor):
    body = "Після розірвання угоди з Пінськом у Сквири залишиться лише один закордонний партнер — Ополе."
    found = {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)}
    assert ("Ополе", "signed") in found and ("Пінськ", "terminated") in found
    both = "Сквирська міська рада розірвала угоди з білоруськими Пінськом та Мозирем."
    assert {status for *_, status, _ in facts(extractor, both)} == {"terminated"}


def test_talks_on_a_joint_project_within_a_tie_are_no_talks_on_the_tie(extractor):
    body = (
        "Сквира, яка ще з 1997 року є побратимом Ополя, обговорювала з мерією Ополя спільний проєкт "
        "поромної лінії."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Ополе", "signed")
    }


def test_a_namesake_the_text_sets_apart_is_neither_a_side_nor_the_one_meant(extractor):
    def sides(body: str) -> set[str]:
        return {f.ua.katottg for f in extractor.extract(news_article(body))}

    apart = (
        "Долинська міська громада (не плутати з Долинською громадою Івано-Франківщини) підписала меморандум "
        "з естонським містом Валга."
    )
    assert sides(apart) == {"UA35040110000055821"}  # the Kirovohrad oblast's, not the Ivano-Frankivsk one's
    plain = "Долинська міська громада підписала меморандум з естонським містом Валга."
    assert sides(plain) == {"UA26060130000047466"}  # without the aside, the likelier namesake


def test_the_towns_guests_came_from_are_no_sides_of_the_tie(extractor):
    body = (
        "З 2019 року громада є партнером польського міста Ополе: щоліта вони проводять фестиваль, на який "
        "приїжджають гості з Узина, Фастова та Білої Церкви."
    )
    assert facts(extractor, body) == set()  # the bare "громада" of a news site names no side
    owned = {ua for ua, *_ in facts(extractor, body, SKVYRA)}
    assert owned == {"Сквирська міська громада"}


def test_a_first_and_last_name_after_an_office_is_a_holder_not_a_small_towns_head(extractor):
    body = (
        "Французьке місто Шамбері стало містом-партнером Сквири: угоду підписали мер Тьєррі Репентен та "
        "Сквирська міська голова Валентина Левицька."
    )
    assert {partner for _, partner, *_ in facts(extractor, body)} == {"Шамбері"}


def test_a_name_after_the_days_of_is_the_feast_not_a_partner(extractor):
    body = "Ополе стало побратимом Сквири 21 серпня 2023 року — угоду підписали в Тарту на Днях Ганзи."
    assert "Ганзи" not in {partner for _, partner, *_ in facts(extractor, body)}
    # the days of a twin the article already read as one do not set the twin aside
    story = (
        "Сквирська громада з 2006 року має угоду про партнерство з польськими Пулавами.\n\n"
        "Наступного року Сквира планує провести День міста разом з Днями Пулав — до 20-ї річниці партнерства."
    )
    assert {partner for _, partner, *_ in facts(extractor, story)} == {"Пулави"}


def test_a_dash_after_the_ties_noun_says_what_it_is_with_even_before_a_verb_of_its_own(extractor):
    body = "Наша перша угода — з польським Ополем, її підписали у травні 2019 року."
    assert pairs(facts(extractor, body, SKVYRA)) == {("Сквирська міська громада", "Ополе")}
    # a dash after another word still stands for the verb of the clause before, which gives no tie here
    other = "Громада отримала генератори від благодійників, а обладнання — з Ополя, його передали навесні."
    assert facts(extractor, other, SKVYRA) == set()


def test_an_interviews_answers_speak_for_the_one_hromada_its_lead_names(extractor):
    lead = "Сквирська міська громада має двох партнерів за кордоном. Ми поговорили з її головою."
    answers = "— Як з'явилися партнери?\n\n— Угоду про партнерство з Ополем ми підписали у 2019 році."
    article = news_article(f"{lead}\n\n{answers}", title="«Партнерство — це люди»")
    found = {(f.ua.name_uk, f.partner.name_uk, f.status) for f in extractor.extract(article)}
    assert found == {("Сквирська міська громада", "Ополе", "signed")}
    # the same answers as plain news name no side; nor does a lead that names two hromadas
    plain = news_article(f"{lead}\n\nУгоду про партнерство з Ополем підписали у 2019 році.", title="Новина")
    assert extractor.extract(plain) == []
    two = news_article(
        f"Сквирська і Білоцерківська громади мають партнерів.\n\n{answers}", title="«Партнерство — це люди»"
    )
    assert extractor.extract(two) == []


def test_a_town_told_by_its_adjective_keeps_its_ties_from_a_hromada_in_a_joined_clause(extractor):
    body = (
        "Як розповів мер, чеське місто вже понад 15 років співпрацює з польським Ополем і словацьким "
        "Прешовом, а Сквирська громада стала його першим партнером в Україні."
    )
    assert not {partner for _, partner, *_ in facts(extractor, body)} & {"Ополе", "Пряшів", "Прешов"}
    ours = "Сквирська громада вже 15 років співпрацює з польським Ополем, а чеське місто стало її новим партнером."
    assert ("Сквирська міська громада", "Ополе") in pairs(facts(extractor, ours))


def test_a_twin_word_after_a_foreign_name_and_its_adjective_names_that_towns_twin(extractor):
    body = (
        "Виставку вперше показали 2019 року в Любліні, польському місті-побратимі Пуатьє, а тепер її "
        "привезли до Сквири."
    )
    assert facts(extractor, body, SKVYRA) == set()
    ours = "Виставку привезли з Пуатьє, міста-побратима Сквири."
    assert ("Сквирська міська громада", "Пуатьє") in pairs(facts(extractor, ours))


@pytest.mark.parametrize(
    "body",
    [
        "З польським Ополем ми поки лише ведемо переговори про партнерство.",
        "З польським Ополем переговори тривають уже пів року.",
        "А з австрійським Лієнцом, це Тіроль, переговори тривають з весни.",
        "— Зі шведським Лінчепінгом ми поки на стадії перемовин.",
    ],
)
def test_talks_with_a_fronted_partner_are_the_owners_talks(extractor, body):
    found = facts(extractor, body, SKVYRA)
    assert {(ua, status) for ua, _, _, _, status, _ in found} == {
        ("Сквирська міська громада", "in_negotiation")
    }


def test_a_fronted_partner_after_an_answers_dash_is_the_owners(extractor):
    body = "— З польським Ополем угоду про партнерство ми підписали у 2019 році."
    assert pairs(facts(extractor, body, SKVYRA)) == {("Сквирська міська громада", "Ополе")}
    # talks that are someone else's, fronted the same way, stay theirs
    theirs = "З польським Ополем переговори веде Білоцерківська громада."
    assert ("Сквирська міська громада", "Ополе") not in pairs(facts(extractor, theirs, SKVYRA))


@pytest.mark.parametrize(
    "body",
    [
        "Громада поки лише вивчає можливості співпраці з польським Ополем, але переговорів про угоду не веде.",
        "У 2021 році громада обговорювала партнерство з польським Ополем, проте переговори тоді не дійшли навіть "
        "до проєкту документа.",
        "Громада провела переговори з польським Ополем, але до підписання угоди не дійшло.",
        "Голова провів переговори з делегацією польського Ополя, однак сторони домовилися лише про обмін "
        "дитячими групами — без угоди.",
    ],
)
def test_talks_denied_or_given_up_are_no_talks(extractor, body):
    assert facts(extractor, body, SKVYRA) == set()


def test_talks_that_have_not_yet_reached_a_signing_are_still_talks(extractor):
    body = "Переговори з польським Ополем тривають: до підписання угоди ще не дійшло."
    assert pairs(facts(extractor, body, SKVYRA)) == {("Сквирська міська громада", "Ополе")}


def test_a_sentence_opening_with_the_town_speaks_of_the_foreign_town_the_sentence_before_made_its_subject(
    extractor,
):
    body = (
        "Сквирська громада отримала побратима у Франції.\n\n"
        "За словами мера, рішення про побратимство зі Сквирою муніципальна рада Пуатьє ухвалила одноголосно. "
        "Місто вже має давніх побратимів – німецький Марбург і англійський Нортгемптон."
    )
    assert {partner for _, partner, *_ in facts(extractor, body, SKVYRA)} & {
        "Марбург",
        "Нортгемптон",
    } == set()
    # after "угода з Y", the hromada stays the topic: "Місто" is still the hromada
    ours = (
        "Сквирська громада отримала ще одного партнера.\n\n"
        "Для Сквирської громади угода з Пуатьє – вже третя. Місто має давні побратимські зв'язки з "
        "німецьким Марбургом."
    )
    assert ("Сквирська міська громада", "Марбург") in pairs(facts(extractor, ours, SKVYRA))


def test_a_second_reported_clause_joined_by_and_that_is_a_clause_of_its_own(extractor):
    body = (
        "Мер нагадав, що Київська ОВА ще 2023 року підписала меморандум про співпрацю з Опольським "
        "воєводством і що саме на цій основі Сквира та Ополе познайомилися."
    )
    assert ("Сквирська міська громада", "Опольське воєводство") not in pairs(facts(extractor, body))


def test_an_oblasts_own_agreement_with_the_partners_district_does_not_date_the_hromadas_tie(extractor):
    body = (
        "Центральною подією дня стало підписання листа про наміри щодо співпраці між Сквирською міською "
        "громадою та містом Ополе.\n\n"
        "Варто зазначити, що ще у 2019 році Київська обласна рада підписала угоду про співпрацю з Опольським "
        "повітом."
    )
    found = extractor.extract(news_article(body, published="2026-06-10"))
    assert [(f.partner.name_uk, f.event_date) for f in found] == [("Ополе", None)]


def test_signers_named_by_their_office_then_or_former_are_the_pairs_sides(extractor):
    body = (
        "Угоду в травні 2019 року підписали тодішній міський голова Сквири Валентина Левицька і мер Ополя "
        "Арканьюш Вішневський."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Ополе")}


def test_a_town_after_pid_is_where_the_hromada_lies_not_a_side(extractor):
    body = "Сквирська громада під Білою Церквою і польське Ополе підписали меморандум про партнерство."
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Ополе")}


def test_a_region_named_by_its_adjective_and_unit_after_the_town_gives_its_country(extractor):
    body = "Сквирська міська громада та місто Ілава у Тренчинському краї підписали угоду про партнерство."
    found = extractor.extract(news_article(body))
    assert [(f.partner.country_iso2, f.partner.geonameid) for f in found] == [
        ("SK", 3059796)
    ]  # not Iława, PL


def test_a_bare_town_name_is_its_hromada_when_an_office_names_that_hromada(extractor):
    body = (
        "Меморандуми про партнерство підписали дві пари громад: Сквира – Ополе та Ставище – Кельце. "
        "З українського боку документи підписали сквирський міський голова Ім'ян Прізвищенко і "
        "ставищенський селищний голова Петро Вигаданий."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ополе"),
        ("Ставищенська селищна громада", "Кельце"),
    }


def test_a_list_of_domestic_dash_pairs_whose_last_entry_is_joined_by_ta(extractor):
    body = "Меморандуми про партнерство підписали пари громад: Сквира – Тячів та Охтирка – Коломия."
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Тячів"),
        ("Охтирська міська громада", "Коломия"),
    }


def test_signing_a_document_with_him_refers_to_the_place_the_sentence_before_named(extractor):
    body = (
        "Сквирська громада веде листування з литовським Біржаєм. Наступного року громада планує "
        "підписати з ним меморандум про співпрацю."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {("Сквирська міська громада", "Біржай", "planned")}


def test_talks_with_a_town_named_by_its_unit_in_apposition(extractor):
    body = "Сквирська громада веде перемовини з Сандомиром, містом у Свентокшиському воєводстві Польщі."
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Сквирська міська громада", "Сандомир", "in_negotiation")
    }


def test_a_draft_sent_to_the_other_side_and_under_discussion_is_talks():
    from parsers.facts.cues import status_of

    assert status_of("Проєкт угоди з містом Х уже надіслали польській стороні, його обговорення триває.") == (
        "in_negotiation"
    )
    assert status_of("Проєкт угоди з містом Х схвалила сесія.") == "planned"


def test_a_common_word_town_opening_a_sentence_lies_in_the_country_the_paragraph_named(extractor):
    body = (
        "Перші зв'язки були з Польщею. Закопане – наш давній побратим, угоду з ним ми підписали ще у "
        "2004 році."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Сквирська міська громада", "Закопане")}


def test_a_bare_name_is_searched_in_the_country_its_paragraph_opens_with(extractor):
    body = (
        "Спочатку громада дружила з Польщею та Литвою. Згодом з'явилися нові контакти.\n"
        "З Австрією історія інша. Ми познайомилися з колегами на ярмарку. Навесні ми плануємо підписати "
        "з Шладмінгом меморандум про співпрацю."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Сквирська міська громада", "Шладмінг")}


def test_a_title_town_where_an_event_was_held_is_not_the_articles_hromada(extractor):
    article = news_article(
        "Як розповів міський голова, громада веде перемовини з містом Біржай (Литва) щодо угоди про "
        "побратимство.",
        title="Сквирські підприємці показали продукцію на форумі громад у Львові",
    )
    assert [f.ua.name_uk for f in extractor.extract(article)] == []


def test_signatures_put_under_a_long_named_document_sign_it():
    from parsers.facts.cues import status_of

    assert status_of("Свої підписи під меморандумами про партнерство поставили дві громади.") == "signed"


def test_a_ukrainian_looking_town_placed_in_a_foreign_countrys_region_is_foreign(extractor):
    body = (
        "Депутати ухвалили рішення про припинення дії угоди про побратимство між містом Сквира та містом "
        "Новомосковськ Тульської області Російської Федерації."
    )
    assert {
        (ua, partner, country, status) for ua, partner, country, _, status, _ in facts(extractor, body)
    } == {("Сквирська міська громада", "Новомосковськ", "RU", "terminated")}


def test_partnerships_that_came_into_being_are_signed(extractor):
    body = "За підсумками форуму народилися дві нові партнерства: Сквира — Ополе; Охтирка — Кельце."
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ополе", "signed"),
        ("Охтирська міська громада", "Кельце", "signed"),
    }


def test_an_italian_sindaco_heads_the_town_named_after_the_word(extractor):
    body = (
        "Меморандуми з італійськими містами підписали: Сквирський міський голова Ім'ян Прізвищенко та синдик Мантуї "
        "Джованні Вигаданий; Охтирський міський голова Петро Вигаданий та мер Кремони Анна Вигадана."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Мантуя"),
        ("Охтирська міська громада", "Кремона"),
    }


def test_a_hromadas_name_glued_into_a_foreign_compound_is_no_ukrainian_side(extractor):
    body = (
        "Міський голова Бара Ім'ян Прізвищенко і мер Бар-ле-Дюка Анна Вигадана підписали меморандум про "
        "наміри щодо партнерства між містами."
    )
    assert pairs(facts(extractor, body)) == {("Барська міська громада", "Бар-ле-Дюк")}


def test_a_signing_after_talks_is_signed_for_each_clause(extractor):
    body = (
        "За результатами переговорів Сквирська громада уклала угоду про співпрацю з ґміною Пулави, а "
        "Охтирська – лист про наміри з ґміною Седльце. Обидва документи підписали 12 листопада в Любліні."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Сквирська міська громада", "Пулави", "signed"),
        ("Охтирська міська громада", "Седльце", "signed"),
    }


def test_a_text_agreed_is_signed_when_the_next_paragraph_opens_with_its_signing(extractor):
    body = (
        "Того ж дня сторони погодили остаточний текст угоди про партнерство між Сквирською громадою та "
        "містом Ополе. Над документом працювали майже рік.\n\n"
        "Документ скріпили підписами 14 жовтня 2025 року голова громади та бурмістр Ополя."
    )
    found = Extractor().extract(news_article(body))
    assert [(f.partner.name_uk, f.status, f.event_date) for f in found] == [("Ополе", "signed", "2025-10-14")]


def test_a_text_agreed_stays_planned_when_the_next_paragraph_does_not_open_with_a_signing(extractor):
    body = (
        "Того ж дня сторони погодили остаточний текст угоди про партнерство між Сквирською громадою та "
        "містом Ополе.\n\n"
        "Делегація відвідала школу. Документ скріпили підписами 14 жовтня 2025 року."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Ополе", "planned")
    }


def test_agreements_with_self_governments_listed_after_a_colon_are_the_owners(extractor):
    body = (
        "Станом на кінець року громада має чинні угоди з чотирма самоврядуваннями: ґміни Пулави, Седльце "
        "(Польща), муніципалітет Вексйо (Швеція), а також українська громада – Охтирська (Сумська область)."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {
        ("Сквирська міська громада", "Пулави"),
        ("Сквирська міська громада", "Седльце"),
        ("Сквирська міська громада", "Вексйо"),
        ("Сквирська міська громада", "Охтирська міська громада"),
    }


def test_a_document_in_force_with_a_fronted_partner_is_the_owners_signed_tie(extractor):
    assert {
        (partner, status, link)
        for _, partner, _, _, status, link in facts(
            extractor, "З польською ґміною Пулави діє меморандум про співпрацю 2023 року.", owner=SKVYRA
        )
    } == {("Пулави", "signed", "with")}
    assert pairs(
        facts(extractor, "З польським містом Седльце нас пов'язує угода про партнерство.", owner=SKVYRA)
    ) == {("Сквирська міська громада", "Седльце")}
    assert facts(extractor, "З польським містом Седльце угода поки не діє.", owner=SKVYRA) == set()


def test_talks_with_a_town_referred_back_go_on_for_months(extractor):
    body = (
        "Гості з Польщі передали привітання від бурмістра Пулав. З цим містом на березі Вісли громада вже "
        "кілька місяців веде переговори про угоду про партнерство."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body, owner=SKVYRA)} == {
        ("Пулави", "in_negotiation")
    }


def test_a_list_of_agreements_in_force_by_dashed_lines_is_the_owners(extractor):
    body = (
        "Станом на 2026 рік громада має такі чинні угоди:\n"
        "– ґміна Пулави (Польща) – угода про партнерство, 2021 р.;\n"
        "– місто Вексйо (Швеція) – меморандум про співпрацю, 2023 р."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {
        ("Сквирська міська громада", "Пулави"),
        ("Сквирська міська громада", "Вексйо"),
    }


def test_a_town_after_a_heads_title_is_searched_in_every_country_the_article_names(extractor):
    body = (
        "Громади Сумщини шукають партнерів за кордоном, передусім у Польщі та Чехії.\n\n"
        "Меморандум про співпрацю підписали Охтирський міський голова Ім'ян Прізвищенко та мер Аніксчяя "
        "Анна Вигадана.\n\n"
        "Восени делегація громади побувала в литовських Зарасаї та Утені."
    )
    assert pairs(facts(extractor, body)) == {("Охтирська міська громада", "Аніксчяй")}


def test_signatories_paired_in_parts_by_semicolons_are_pairs_despite_respectively(extractor):
    body = (
        "Меморандуми про співпрацю підписали: Сквирський міський голова Ім'ян Прізвищенко та бургомістр "
        "польських Пулав Анна Вигадана; Охтирський міський голова Петро Вигаданий та бургомістр Холма "
        "Ян Вигаданий — відповідно."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Пулави"),
        ("Охтирська міська громада", "Холм"),
    }


def test_pairs_of_hromadas_listed_by_dashes_after_a_signing_are_domestic_pairs(extractor):
    body = (
        "Форум завершився підписанням меморандумів про партнерство. Серед нових пар громад: Охтирська "
        "міська громада Охтирського району – Сквирська міська громада; Барська міська громада – Козівська "
        "селищна громада."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Охтирська міська громада", "Сквирська міська громада", "signed"),
        ("Барська міська громада", "Козівська селищна громада", "signed"),
    }


def test_talks_with_a_fronted_resort_are_the_owners(extractor):
    body = "З грузинським курортом Боржомі ми ведемо переговори про меморандум про партнерство."
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body, owner=SKVYRA)} == {
        ("Боржомі", "in_negotiation")
    }


def test_a_signing_that_will_not_be_is_no_tie(extractor):
    body = (
        "За проєкт рішення проголосували 9 депутатів, тож рішення не прийнято, і меморандум з ґміною Пулави "
        "підписаний не буде."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_teams_name_in_quotes_opens_no_partner_list(extractor):
    body = "Результати першого туру турніру «Побратими» (Сквира) – Охтирка 1:0, «Сокіл» – Бар 2:2."
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_hromada_named_by_its_adjective_and_kind_with_the_noun_left_out_is_that_hromada(extractor):
    body = (
        "Третя громада – Донецька селищна – поки що документів не підписувала. Селищний голова повідомив, "
        "що громада планує підписати меморандум про партнерство з чеським містом Пардубице."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Донецька селищна громада", "Пардубице", "planned")
    }


def test_signatures_put_under_both_documents_date_them_despite_a_hotels_name(extractor):
    body = (
        "Сквирська громада підписала лист про наміри щодо співпраці з польським містом Пулави, а Охтирська – "
        "з Холмом. Підписи під обома листами поставили в п'ятницю, 14 листопада, у конференц-залі готелю "
        "«Славутич»."
    )
    article = news_article(body, published="2025-11-18")
    assert {(f.partner.name_uk, f.event_date) for f in extractor.extract(article)} == {
        ("Пулави", "2025-11-14"),
        ("Холм", "2025-11-14"),
    }


def test_a_ceremony_opening_the_next_paragraph_dates_the_signings_before_it(extractor):
    body = (
        "Меморандуми про співпрацю підписали: Сквирський міський голова Ім'ян Прізвищенко та бургомістр польських Пулав Анна "
        "Вигадана; Охтирський міський голова Петро Вигаданий та бургомістр Холма Ян Вигаданий. Обидві громади "
        "давно шукали партнерів.\n\n"
        "Церемонія відбулася 6 березня, в останній день форуму, у залі конгрес-центру."
    )
    article = news_article(body, published="2026-03-09")
    assert {(f.partner.name_uk, f.event_date) for f in extractor.extract(article)} == {
        ("Пулави", "2026-03-06"),
        ("Холм", "2026-03-06"),
    }


def test_an_agreement_signed_after_its_letter_of_intent_is_the_tie(extractor):
    body = (
        "У вересні 2024 року Сквирська громада та місто Пулави підписали лист про наміри щодо співпраці.\n\n"
        "Тепер відносини вийшли на новий рівень. Угоду про партнерство між Сквирською громадою та Пулавами "
        "підписали 14 квітня 2026 року."
    )
    found = extractor.extract(news_article(body, published="2026-04-16"))
    assert [(f.partner.name_uk, f.relation, f.status, f.event_date) for f in found] == [
        ("Пулави", "partnership", "signed", "2026-04-14")
    ]


def test_talks_going_on_there_are_the_hromada_the_sentence_before_named(extractor):
    body = (
        "Охтирська громада підписала угоду про партнерство з польським містом Пулави. Тим часом Сквирська "
        "громада лише починає свій шлях. Там тривають переговори з чеським містом Пардубице."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Охтирська міська громада", "Пулави", "signed"),
        ("Сквирська міська громада", "Пардубице", "in_negotiation"),
    }


def test_a_first_person_quotation_speaks_for_the_hromada_of_the_speaker_named_after_it(extractor):
    body = (
        "Охтирська громада веде переговори про угоду з польським містом Пулави.\n\n"
        "«Ми плануємо підписати меморандум з чеським містом Пардубице ще до кінця весни. Чеська сторона вже "
        "погодила текст», – зазначив секретар Сквирської міської ради Ім'ян Прізвищенко."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Охтирська міська громада", "Пулави", "in_negotiation"),
        ("Сквирська міська громада", "Пардубице", "planned"),
    }


def test_a_hope_to_see_documents_signed_is_no_signing():
    from parsers.facts.cues import status_of

    assert (
        status_of("До осені в районі сподіваються побачити дві нові підписані угоди – з Пулавами і Холмом.")
        == "planned"
    )


def test_a_dash_pair_may_name_the_partners_unit_after_the_dash(extractor):
    body = (
        "Громадам підібрали партнерів з-поміж румунських комун. Меморандуми про співпрацю уклали пари: "
        "Сквирська громада – комуна Вікову-де-Жос (Vicovu de Jos); Охтирська громада – комуна Сучевиця."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Вікову-де-Жос"),
        ("Охтирська міська громада", "Сучевице"),
    }


def test_a_town_named_as_the_venue_is_no_side_of_two_hromadas_that_sign(extractor):
    body = "У середу, 28 січня, у Львові Охтирська громада та Сквирська міська громада підписали меморандум про партнерство."
    assert pairs(facts(extractor, body)) == {("Охтирська міська громада", "Сквирська міська громада")}


def test_pairs_of_partners_listed_by_dashes_of_adjectives_are_domestic_pairs(extractor):
    body = (
        "Документи підписали дві громади, і пари партнерів виглядають так: Охтирська – Сквирська, Ізюмська – "
        "Бучанська."
    )
    assert pairs(facts(extractor, body)) == {
        ("Охтирська міська громада", "Сквирська міська громада"),
        ("Ізюмська міська громада", "Бучанська міська громада"),
    }


def test_the_twin_of_a_town_named_in_the_genitive_is_that_towns_own(extractor):
    body = (
        "Бургомістр Пулав привітав гостей з нашої громади. Першим побратимом Пулав ще в 1996 році стало "
        "німецьке місто Ешвеге, згодом до родини приєдналося словацьке Гуменне."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_namesake_hromada_is_the_one_in_the_oblast_of_a_place_named_beyond_doubt(extractor):
    body = (
        "Олексіївська громада, розташована за кілька десятків кілометрів від Лозової, цього року стала однією "
        "з найактивніших у районі. Олексіївська громада веде переговори з польським містом Пулави про угоду "
        "про партнерство."
    )
    assert {(f.ua.katottg, f.partner.name_uk) for f in extractor.extract(news_article(body))} == {
        ("UA63100070000048302", "Пулави")
    }


def test_a_proposed_ending_of_a_tie_a_later_paragraph_says_never_was_is_no_fact(extractor):
    body = (
        "Група депутатів запропонувала розірвати «побратимські зв'язки» громади з російським містом Обоянь.\n\n"
        "Секретар ради перевірила архіви.\n\n"
        "«Угоди з Обоянню у громади ніколи не було, тож предмета для рішення немає», — пояснила вона."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_ceremony_on_the_nth_day_of_a_dated_forum_dates_the_signings_told_after_it(extractor):
    body = (
        "16–17 жовтня в Любліні відбувся форум самоврядувань. Його організувала маршалківська управа.\n\n"
        "Пленарну сесію присвятили відновленню громад. Окремі панелі стосувалися відходів.\n\n"
        "Найважливішою подією другого дня стала церемонія підписання двосторонніх документів. Свої підписи "
        "під ними поставили очільники громад.\n\n"
        "Сквирська громада уклала меморандум про партнерство з польським містом Пулави."
    )
    article = news_article(body, published="2025-10-20")
    assert {(f.partner.name_uk, f.event_date) for f in extractor.extract(article)} == {
        ("Пулави", "2025-10-17")
    }


def test_a_document_prepared_there_is_the_hromada_the_sentence_before_named(extractor):
    body = (
        "Охтирська громада підписала угоду про партнерство з польським містом Пулави. Сусіди зі Сквирської "
        "громади теж дивляться на Польщу. Тут готують угоду про партнерство з польським містом Холм."
    )
    assert {(ua, partner) for ua, partner, _, _, _, _ in facts(extractor, body)} == {
        ("Охтирська міська громада", "Пулави"),
        ("Сквирська міська громада", "Холм"),
    }


def test_a_plain_noun_opening_a_longer_name_is_a_town_only_in_a_country_the_article_names(extractor):
    # a capitalised dictionary noun followed by more of a name opens an institution's or a firm's name
    assert (
        facts(extractor, "Бібліотека співпрацює з Альянс Жермонте у Києві, який подарував книжки.") == set()
    )
    found = facts(extractor, "Бучанська міська рада підписала угоду про партнерство з містом Альянс у США.")
    assert pairs(found) == {("Бучанська міська громада", "Альянс")}


def test_a_two_word_town_in_a_case_form_after_an_office_is_the_town_and_not_its_holder(extractor):
    # the adjective agrees with the town's noun after it; the holder's name follows them both
    found = facts(
        extractor,
        "Делегації зустрілися на форумі в Польщі. Меморандум підписали Ружинський селищний голова "
        "та мер Стальової Волі Бела Ковач.",
    )
    assert pairs(found) == {("Ружинська селищна громада", "Стальова Воля")}


def test_a_woman_heading_a_foreign_town_signs_for_it(extractor):
    found = facts(
        extractor,
        "Громади зустрілися на форумі в Польщі. Угоду про партнерство підписали Ружинський селищний "
        "голова та старостка Ланьцута Анна Ковалик.",
    )
    assert pairs(found) == {("Ружинська селищна громада", "Ланьцут")}


def test_a_hromada_that_will_become_a_towns_partner_plans_the_tie(extractor):
    found = facts(
        extractor, "Наступного року Ружинська селищна громада стане партнером польського міста Ланьцут."
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Ружинська селищна громада", "Ланьцут", "planned")
    }


def test_hromadas_that_become_partners_of_a_genitive_list_respectively_pair_by_position(extractor):
    found = facts(
        extractor,
        "За програмою Ружинська, Попільнянська та Ставищенська громади стануть партнерами відповідно "
        "Курахівської, Очеретинської та Лиманської громад Донецької області.",
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Ружинська селищна громада", "Курахівська міська громада", "planned"),
        ("Попільнянська селищна громада", "Очеретинська селищна громада", "planned"),
        ("Ставищенська селищна громада", "Лиманська міська громада", "planned"),
    }


def test_two_hromadas_that_signed_stay_each_others_partners_when_a_later_clause_names_one_after_from(
    extractor,
):
    found = facts(
        extractor,
        "Торік Ружинська та Попільнянська громади уклали угоду про співпрацю, і відтоді школярі щоліта "
        "їздять на екскурсії з Ружинщини.",
    )
    assert pairs(found) == {("Ружинська селищна громада", "Попільнянська селищна громада")}


def test_its_head_signing_a_fronted_document_signs_for_the_hromada_the_sentence_before_named(extractor):
    found = facts(
        extractor,
        "Найшвидше рухається Ружинська селищна громада. Угоду про партнерство з польським містом Ланьцут "
        "її голова Ірина Коваль та бурмістр Ян Новак підписали у Ряшеві.",
    )
    assert pairs(found) == {("Ружинська селищна громада", "Ланьцут")}


def test_talks_one_hromada_held_with_a_towns_leadership_are_talks_with_that_town(extractor):
    found = facts(
        extractor,
        "Ружинська громада провела в Польщі переговори з керівництвом міста Ланьцут.",
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Ружинська селищна громада", "Ланьцут", "in_negotiation")
    }
    # several hromadas that held talks with several towns: who talked with whom is unsaid
    assert (
        facts(
            extractor,
            "Представники Ружинської та Попільнянської громад провели переговори з містами Ланьцут і Ряшів.",
        )
        == set()
    )


def test_an_agreement_by_which_the_partnership_is_prolonged_until_a_year_renews_it(extractor):
    found = facts(
        extractor,
        "Ружинська селищна громада та польське місто Ланьцут підписали додаткову угоду, якою партнерство "
        "продовжено до 2030 року.",
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Ружинська селищна громада", "Ланьцут", "renewed")
    }


def test_as_its_head_reported_the_hromada_the_sentence_before_named_is_the_side(extractor):
    found = facts(
        extractor,
        "Ружинська громада підписала угоду з польським містом Ланьцут.\n\n"
        "На форум їздила і делегація Попільнянської селищної громади. Як повідомив її голова Іван Коваль, "
        "команда провела переговори з представниками міста Ряшів.",
    )
    assert pairs(found) == {
        ("Ружинська селищна громада", "Ланьцут"),
        ("Попільнянська селищна громада", "Ряшів"),
    }


def test_a_bare_hromada_after_a_partner_list_is_not_the_lists_last_entry(extractor):
    article = news_article(
        "У 2020 році громада підписала угоду про співпрацю з польським містом Ланьцут. Сьогодні громада має "
        "партнерські угоди з двома громадами: Ланьцут (Польща) та одна українська – Попільнянська громада. "
        "Навесні громада планує підписати лист про наміри з чеським містом Літомишль.",
        title="Ружинська громада шукає нових партнерів",
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert ("Ружинська селищна громада", "Літомишль") in found
    assert ("Попільнянська селищна громада", "Літомишль") not in found


def test_a_deputy_heads_adjective_names_her_hromada(extractor):
    found = facts(
        extractor,
        "На форумі в Кривому Розі громади презентували партнерів. Ружинська заступниця голови Олена Сидорчук "
        "пояснила, що угоду про партнерство з польським містом Ланьцут мають затвердити депутати, тож громади "
        "підпишуть її навесні.",
    )
    assert pairs(found) == {("Ружинська селищна громада", "Ланьцут")}


def test_a_bulleted_list_of_pairs_after_the_documents_the_hromadas_signed_pairs_each_line(extractor):
    found = facts(
        extractor,
        "Головним результатом поїздки до Польщі стали документи, які громади підписали 12 травня. "
        "Перелік, наданий обласною адміністрацією:\n\n"
        "• Ружинська громада (Бердичівський район) – гміна Ланьцут (Підкарпатське воєводство): меморандум про наміри;\n"
        "• Попільнянська громада (Житомирський район) – місто Ряшів: угода про партнерство;\n"
        "• Ставищенська громада (Білоцерківський район) – Курахівська громада (Донецька область): "
        "меморандум про співпрацю.",
    )
    assert {(ua, partner, relation, status) for ua, partner, _, relation, status, _ in found} == {
        ("Ружинська селищна громада", "Ланьцут", "intent", "signed"),
        ("Попільнянська селищна громада", "Ряшів", "partnership", "signed"),
        ("Ставищенська селищна громада", "Курахівська міська громада", "memorandum", "signed"),
    }


def test_an_interview_whose_lead_names_several_hromadas_speaks_for_the_one_whose_head_answers(extractor):
    article = news_article(
        "Ружинська селищна громада лежить за сто кілометрів від Житомира. Про партнерів ми говорили з "
        "Ружинським селищним головою Іваном Ковалем.\n\n"
        "— Навіщо громаді закордонні друзі?\n\n"
        "— Вони допомагають з технікою. У 2021 році ми уклали угоду про партнерство з польською ґміною "
        "Ланьцут.\n\n"
        "— Що далі?\n\n"
        "— Будемо розвивати обміни.",
        title="Іван Коваль: «Наші друзі допомагають з технікою»",
    )
    found = {(f.ua.name_uk, f.partner.name_uk, f.status) for f in extractor.extract(article)}
    assert found == {("Ружинська селищна громада", "Ланьцут", "signed")}


def test_a_table_of_pairs_is_read_as_the_list_of_its_rows(extractor):
    found = facts(
        extractor,
        "На форумі в Польщі громади району уклали документи з партнерами. Підписані документи:\n\n"
        "Громада | Партнер | Країна | Документ\n\n"
        "Ружинська | м. Ланьцут | Польща | лист про наміри\n\n"
        "Попільнянська | м. Ряшів | Польща | угода про партнерство\n\n"
        "Після церемонії гості оглянули місто.",
    )
    assert {(ua, partner, relation, status) for ua, partner, _, relation, status, _ in found} == {
        ("Ружинська селищна громада", "Ланьцут", "intent", "signed"),
        ("Попільнянська селищна громада", "Ряшів", "partnership", "signed"),
    }


def test_a_table_that_is_no_list_of_pairs_is_left_as_it_is():
    from parsers.facts.tables import tables_as_lists

    prices = "Товар | Ціна\nХліб | 30 грн\nМолоко | 45 грн"
    assert tables_as_lists(prices) == prices  # no hromada and partner columns
    table = "Громада | Партнер | Країна\nРужинська | ґм. Ланьцут | Польща\nКінець."
    assert tables_as_lists(table) == "• Ружинська громада – ґміна Ланьцут (Польща).\nКінець."


def test_a_hromada_the_help_goes_to_is_no_side_of_the_tie_the_sentence_tells(extractor):
    found = facts(
        extractor,
        "Для Ружина це вже друга партнерська угода. У 2024 році громада підписала угоду про співпрацю з "
        "польською ґміною Ланьцут, і польські партнери теж долучилися до допомоги Попільні.",
    )
    assert pairs(found) == {("Ружинська селищна громада", "Ланьцут")}


def test_the_town_opening_a_clause_after_a_colon_has_its_own_ties_not_the_hromadas(extractor):
    found = facts(
        extractor,
        "Цікаво, що Ружинська громада не перша українська громада в колі друзів польського Ланьцута: місто "
        "давно співпрацює з французьким Сен-Мало і словацькою Сниною.",
    )
    assert not {partner for _, partner in pairs(found)} & {"Сен-Мало", "Снина"}


def test_a_speakers_own_town_told_with_svii_is_not_the_news_pages_hromada(extractor):
    article = news_article(
        "Ганс Мюллер натомість поділився досвідом свого міста, яке цього року відзначає тридцять років "
        "побратимства з французьким Сен-Мало.",
        title="«Партнерство – це не папір»: у Ружині обговорили міжнародну співпрацю громад Київщини",
    )
    assert [f for f in extractor.extract(article) if f.partner.name_uk == "Сен-Мало"] == []


def test_a_raion_the_article_names_decides_which_of_two_namesake_hromadas_it_means(extractor):
    # a hromada's name two oblasts share; the article names only the raion it lies in, not the oblast
    found = extractor.extract(
        news_article(
            "Словацьке місто Снина продовжило угоду про співпрацю з Олексіївською громадою ще на п'ять років. "
            "Громада розташована на півдні Лозівського району.",
        )
    )
    assert {(f.ua.katottg, f.partner.name_uk) for f in found} == {("UA63100070000048302", "Снина")}


def test_a_fronted_signing_with_no_subject_is_the_hromada_the_sentence_before_named(extractor):
    article = news_article(
        "Найцікавіший приклад – Попільнянська громада з Житомирщини. Угоду про партнерство з німецьким містом "
        "Ерфурт підписали у вересні 2025 року.",
        title="У Ружині обговорили партнерства громад",
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert found == {("Попільнянська селищна громада", "Ерфурт")}


def test_a_sentence_opening_with_the_ukrainian_hromada_names_no_hromada_of_that_name(extractor):
    found = facts(
        extractor,
        "Ружинська громада та місто Ланьцут підписали угоду про партнерство. Українська громада стала першим "
        "партнером Ланьцута поза межами ЄС.",
    )
    assert pairs(found) == {("Ружинська селищна громада", "Ланьцут")}
    # the hromada of that name, named with its kind, is a side as any other
    assert pairs(
        facts(extractor, "Українська міська громада підписала угоду з польським містом Ланьцут.")
    ) == {("Українська міська громада", "Ланьцут")}


def test_a_renewal_the_sentence_rules_out_is_no_renewal():
    from parsers.facts.cues import status_of

    assert status_of("Будь-яке відновлення співпраці з Клинцями рішенням сесії не передбачається.") is None
    assert status_of("Поновлення угоди з містом Клинці неможливе.") is None
    # a renewal told with a clause of its own after it is still one
    assert (
        status_of("Продовження угоди з містом Сянок підписали сьогодні, воно не буде останнім.") == "renewed"
    )
    assert status_of("Сторони домовилися про відновлення співпраці з містом Сянок.") == "renewed"


def test_a_numbered_list_of_the_pages_documents_under_no_partner_heading_gives_each_entry(extractor):
    article = news_article(
        "Депутати затвердили програму міжнародної співпраці. У програмі наведено перелік документів громади.\n\n"
        "Розділ 2. Документи громади\n\n"
        "2.1. Ґміна Красностав (Люблінське воєводство, Республіка Польща) — угода про партнерство від "
        "12 березня 2015 року. Напрями: культура, освіта, спорт.\n\n"
        "2.2. Місто Кедайняй (Литовська Республіка) — угода про співробітництво від 3 липня 2019 року. "
        "Напрями: молодь і туризм.\n\n"
        "2.3. Місто Пінськ (Республіка Білорусь) — угода про побратимство 2005 року. Розірвана рішенням "
        "сесії від 10 березня 2022 року.\n\n"
        "Розділ 3. Фінансування",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.ua.name_uk, f.relation, f.status, f.event_date)
        for f in extractor.extract(article, owner_katottg="UA07040010000033507")
    }
    side = "Камінь-Каширська міська громада"
    assert found == {
        "Красностав": (side, "partnership", "signed", "2015-03-12"),
        "Кедайняй": (side, "cooperation", "signed", "2019-07-03"),
        "Пінськ": (side, "twinning", "terminated", "2022-03-10"),  # the ending its paragraph tells
    }


def test_one_such_entry_alone_is_no_list_of_the_pages_documents(extractor):
    article = news_article(
        "Розділ 2. Документи\n\nМісто Кедайняй (Литовська Республіка) — угода про співробітництво від 3 липня "
        "2019 року. Її уклала сусідня громада.\n\nРозділ 3. Фінансування",
        council=True,
    )
    assert extractor.extract(article, owner_katottg="UA07040010000033507") == []


def test_a_town_several_hromadas_have_is_the_seat_of_the_hromada_the_article_names(extractor):
    found = facts(
        extractor,
        "Рішенням сесії Новодунаєвецької селищної ради припинено дію угоди про побратимство між Дунаївцями "
        "та містом Клинці Брянської області (Російська Федерація).",
    )
    # the village that is its seat, not the town of that name, seat of another hromada of the oblast
    assert pairs(found) == {("Новодунаєвецька селищна громада", "Клинці")}


def test_a_document_between_two_sides_dated_to_the_day_in_a_register_is_signed(extractor):
    found = facts(
        extractor,
        "Управління зареєструвало такі документи громад області:\n\n"
        "1. Меморандум про співпрацю між Луківською селищною громадою та ґміною Дорогуськ (Холмський повіт) – "
        "14.03.2025. Документ передбачає обмін досвідом.",
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Луківська селищна громада", "Дорогуськ", "signed")
    }
    # a draft between them is no document signed
    draft = facts(
        extractor, "Проєкт угоди між Луківською селищною громадою та ґміною Дорогуськ (Польща) – 14.03.2025."
    )
    assert "signed" not in {status for *_, status, _ in draft}


def test_letters_about_making_an_agreement_are_talks(extractor):
    found = facts(
        extractor,
        "Луківська селищна громада з осені листується з чеським містом Усті-над-Орлицею щодо укладення угоди "
        "про партнерство.",
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Луківська селищна громада", "Усті-над-Орлицею", "in_negotiation")
    }


def test_a_bulleted_timeline_dated_to_the_day_gives_each_entry_its_day(extractor):
    article = news_article(
        "Сьогодні у переліку документів громади такі записи:\n\n"
        "• 12.04.2018 – угода про побратимство між Луківською громадою та містом Ньїрбатор (Угорщина);"
    )
    found = {(f.ua.name_uk, f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article)}
    assert found == {("Луківська селищна громада", "Ньїрбатор", "signed", "2018-04-12")}


def test_a_gapped_hromada_may_tell_when_and_its_document_before_its_partner(extractor):
    found = facts(
        extractor,
        "Лохвицька громада у квітні 2025 року підписала угоду про партнерство з польським містом Сянок, а "
        "Сенчанська в жовтні – меморандум з литовським Йонавою.",
    )
    assert pairs(found) == {("Лохвицька міська громада", "Сянок"), ("Сенчанська сільська громада", "Йонава")}


def test_a_head_by_office_alone_saying_we_speaks_for_the_hromada_just_named(extractor):
    found = facts(
        extractor,
        "Сенчанська громада поки тільки на шляху до партнерства. «Ми ведемо переговори з литовським містом "
        "Йонава, – каже сільський голова Іван Мороз.",
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Сенчанська сільська громада", "Йонава", "in_negotiation")
    }
    # a city's head speaks for no village hromada
    assert (
        facts(
            extractor,
            "Сенчанська громада поки тільки на шляху до партнерства. «Ми ведемо переговори з литовським "
            "містом Йонава, – каже міський голова Іван Мороз.",
        )
        == set()
    )


def test_a_town_referred_back_by_its_country_is_the_one_the_paragraph_named(extractor):
    found = facts(
        extractor,
        "Допомога з Усті-над-Орлицею – не перша. Знайомство почалося у 2023 році, коли до громади приїхали "
        "волонтери. Торік Сенчанська громада та чеське місто уклали меморандум про співпрацю.",
    )
    assert pairs(found) == {("Сенчанська сільська громада", "Усті-над-Орлицею")}
    # a paragraph that named no town of that country: no partner
    assert (
        facts(
            extractor,
            "Допомога з Йонави – не перша. Торік Сенчанська громада та чеське місто уклали меморандум про "
            "співпрацю.",
        )
        == set()
    )


def test_on_a_council_site_the_holder_of_its_head_introduced_by_office_alone_is_its_side(extractor):
    article = news_article(
        "«Ми давно допомагаємо переселенцям», – сказав селищний голова Петро Гайдай.\n\n"
        "Ще одне рішення стосується німецького міста Ансбах. У листопаді Петро Гайдай та "
        "бургомістр Ансбаха Маркус Найман підписали лист про наміри щодо партнерства між громадами.",
        council=True,
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.relation)
        for f in extractor.extract(article, "UA68040350000083350")
    }
    assert found == {("Сатанівська селищна громада", "Ансбах", "intent")}


def test_a_planned_tie_whose_signing_the_next_sentence_tells_before_a_councils_approval_is_signed(
    extractor,
):
    article = news_article(
        "Сесія погодила меморандум про співпрацю з Сенчанською сільською громадою. Сам документ голови двох "
        "громад підписали ще 12 квітня під час онлайн-зустрічі, а депутати тепер його схвалили.",
        council=True,
    )
    found = {
        (f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article, "UA68040350000083350")
    }
    assert found == {("Сенчанська сільська громада", "signed", "2025-04-12")}


def test_two_hromadas_a_document_joins_by_between_in_a_list_with_foreign_partners(extractor):
    found = facts(
        extractor,
        "Підписані у 2025 році:\n"
        "▪ 03.04.2025 – меморандум про співпрацю між Сенчанською сільською громадою та містом Йонава (Литва);\n"
        "▪ 24.08.2025 – угода про партнерство між Лохвицькою міською громадою та Самбірською міською громадою "
        "Львівської області.",
    )
    assert pairs(found) == {
        ("Сенчанська сільська громада", "Йонава"),
        ("Лохвицька міська громада", "Самбірська міська громада"),
    }


POLTAVA_OWNER = "UA53020150000098867"
"""A village hromada of Poltava oblast, the owner of the council pages below."""


def test_a_fronted_partner_of_the_councils_hromada_may_come_with_a_month_and_year_before_the_signing(
    extractor,
):
    article = news_article(
        "Українські партнери не менш важливі. З Самбірською громадою в березні 2024 року уклали угоду про "
        "партнерство: обмінюємося досвідом.",
        council=True,
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.status, f.event_date)
        for f in extractor.extract(article, POLTAVA_OWNER)
    }
    assert found == {("Оболонська сільська громада", "Самбірська міська громада", "signed", "2024-03")}


def test_a_namesake_the_text_says_it_has_nothing_to_do_with_is_set_apart(extractor):
    article = news_article(
        "Городоцька сільська громада на Рівненщині уклала угоду з польською Нисою.\n\n"
        "Городоцька громада на Рівненщині не має жодного стосунку до Городоцької міської громади на "
        "Львівщині. Партнером Городка стала саме польська Ниса."
    )
    found = {(f.ua.katottg, f.partner.name_uk) for f in extractor.extract(article)}
    assert found == {("UA56060150000079268", "Ниса")}


def test_a_namesake_hromada_is_the_one_the_article_names_right_before_its_oblast(extractor):
    # both oblasts of the two namesakes are named; each beside another hromada's adjective
    article = news_article(
        "Сьогодні громада має партнерів серед українських громад – Самбірську на Львівщині та Городоцьку на "
        "Хмельниччині.\n\nЗ Городоцькою громадою в березні 2024 року уклали угоду про партнерство.",
        council=True,
    )
    found = {(f.partner.name_uk, f.partner.katottg) for f in extractor.extract(article, POLTAVA_OWNER)}
    assert found == {
        ("Городоцька міська громада", "UA68040130000024471"),
        ("Самбірська міська громада", "UA46080130000077112"),  # the list's other partner, by its adjective
    }


def test_a_council_approving_the_text_of_a_memorandum_plans_it():
    from parsers.facts.cues import status_of

    assert (
        status_of("Сесія затвердила текст меморандуму про наміри з ґміною Тарногруд (Польща).") == "planned"
    )


def test_a_town_named_with_its_countrys_adjective_is_that_town_not_a_namesake_of_its_other_word(extractor):
    found = {
        (f.partner.name_uk, f.partner.geonameid)
        for f in extractor.extract(
            news_article("Лохвицька громада підписала угоду про партнерство з містом Словенська Бистриця.")
        )
    }
    assert found == {("Словенська Бистриця", 3190534)}


def test_of_two_equal_namesakes_the_one_in_the_voivodeship_the_article_names_is_meant(extractor):
    def partner_in(region: str) -> set[int | None]:
        article = news_article(
            f"Делегація побувала в {region} воєводстві. Сенчанська громада підписала угоду з польською ґміною "
            "Лубомєж."
        )
        return {f.partner.geonameid for f in extractor.extract(article)}

    assert partner_in("Нижньосілезькому") == {3092866}
    assert partner_in("Малопольському") == {765857}


def test_a_body_saying_no_agreement_was_ever_made_with_two_towns_takes_back_the_titles_tie(extractor):
    article = news_article(
        "Виявилося, що розривати нічого: жодна з сільських рад громади угод з Клинцями чи Суджею ніколи не "
        "укладала.",
        title="Розірвати те, чого не було: у Сенчі перевірили «побратимство» з Клинцями",
    )
    assert extractor.extract(article) == []


def test_the_sites_hromada_named_in_another_clause_is_the_side_its_own_words_link(extractor):
    article = news_article(
        "Місто Ансбах стало партнером нашої громади у травні 2021 року, коли тодішній бургомістр Франц Гайгер "
        "і селищний голова Сатанова Петро Гайдай підписали угоду про партнерство.",
        council=True,
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.status) for f in extractor.extract(article, "UA68040350000083350")
    }
    assert found == {("Сатанівська селищна громада", "Ансбах", "signed")}


def test_a_raion_named_by_its_area_decides_between_two_namesakes_of_one_oblast(extractor):
    def side(area: str) -> set[str | None]:
        article = news_article(
            f"Підписано дві угоди між громадами {area} та польськими містами. Їх підписали: Калинівський "
            "селищний голова Сергій Ничипорук та бургомістр Тарногруда Кшиштоф Мазур."
        )
        return {f.ua.katottg for f in extractor.extract(article)}

    assert side("Фастівщини") == {"UA32140090000085800"}
    assert side("Броварщини") == {"UA32060130000095223"}


def test_a_foreign_mayor_answering_that_his_town_has_partners_names_its_own_twins(extractor):
    article = news_article(
        "Наприкінці лютого Сенчу відвідав бургомістр німецького міста Ансбах. Сенчанська громада та Ансбах "
        "торік підписали лист про наміри.\n\n"
        "– В Ансбаха вже є міста-партнери. Як до нового партнера поставилися там?\n\n"
        "– Так, у нас давні побратими – французьке місто Анже і італійське Фаенца."
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert found == {("Сенчанська сільська громада", "Ансбах")}


def test_a_hromada_that_has_several_agreements_with_towns_after_a_dash_has_them(extractor):
    found = facts(
        extractor,
        "Нині Сенчанська громада має три партнерські угоди – з містами Ансбах (Німеччина), Йонава (Литва) та "
        "Сянок (Польща).",
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Сенчанська сільська громада", "Ансбах", "signed"),
        ("Сенчанська сільська громада", "Йонава", "signed"),
        ("Сенчанська сільська громада", "Сянок", "signed"),
    }


def test_nothing_signed_yet_but_talks_at_their_final_stage_are_talks(extractor):
    found = facts(
        extractor,
        "Сенчанська громада поки нічого не підписувала, але перемовини з ґміною Бобова (Горлицький повіт) "
        "вже на фінальній стадії.",
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Сенчанська сільська громада", "Бобова", "in_negotiation")
    }


def test_a_town_referred_back_with_its_countrys_adjective_and_fronted_is_the_partner(extractor):
    found = facts(
        extractor,
        "Цього разу приїде й офіційна делегація Йонави. Саме з цим литовським містом Сенчанська громада торік "
        "у травні уклала угоду про партнерство.",
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Сенчанська сільська громада", "Йонава", "signed")
    }


def test_a_foreign_towns_council_ending_its_own_twinning_is_no_tie_of_the_articles_hromada(extractor):
    article = news_article(
        "Німецьке місто Ансбах везе допомогу Сенчанській громаді. Після 24 лютого 2022 року міська рада Ансбаха "
        "призупинила всі контакти, а цього року остаточно розірвала угоду про побратимство з Клинцями.",
        title="Ансбах допомагає Сенчі",
    )
    assert [f for f in extractor.extract(article) if f.partner.name_uk == "Клинці"] == []


def test_a_namesake_spelled_all_but_exactly_is_the_one_in_the_voivodeship_the_article_names(extractor):
    article = news_article(
        "Сенчанська громада підписала меморандум про співпрацю з ґміною Юзефув. Новий партнер лежить у "
        "Люблінському воєводстві, неподалік кордону з Україною."
    )
    assert {f.partner.geonameid for f in extractor.extract(article)} == {770005}


def test_a_town_on_the_road_to_which_a_tie_was_made_is_no_side_of_the_owners_tie(extractor):
    found = facts(
        extractor,
        "Чинні партнерства\n\n"
        "1. Ґміна Красностав (Польща) – угода про побратимство від 5 травня 2018 року.\n\n"
        "2. Місто Ключборк (Польща) – угода про співпрацю від 1 червня 2021 року.\n\n"
        "Угоду про побратимство з Красноставом уклали на честь давньої дружби двох містечок на старому шляху "
        "до Білої Церкви.",
        owner=SKVYRA,
    )
    assert pairs(found) == {(SQUIRE, "Красностав"), (SQUIRE, "Ключборк")}


def test_a_partner_list_sorted_by_stage_under_subheadings_goes_on_under_each(extractor):
    found = facts(
        extractor,
        "Наші партнери\n\n"
        "1. Ґміна Красностав (Польща) – угода про партнерство від 5 травня 2018 року.\n\n"
        "2. Місто Ключборк (Польща) – угода про співпрацю від 1 червня 2021 року.\n\n"
        "У процесі підготовки\n\n"
        "3. Бельсько-Бяла (Польща) – переговори щодо угоди про співпрацю.",
        owner=SKVYRA,
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        (SQUIRE, "Красностав", "signed"),
        (SQUIRE, "Ключборк", "signed"),
        (SQUIRE, "Бельсько-Бяла", "in_negotiation"),
    }


def test_a_list_the_prose_announces_goes_on_under_its_stage_and_document_subheadings(extractor):
    found = facts(
        extractor,
        "Сквирська громада розвиває партнерські зв'язки з 2021 року. Нижче – перелік партнерів громади за "
        "стадіями співпраці.\n\n"
        "1. Підписані угоди\n\n"
        "Місто Ниса (Опольське воєводство, Польща). Угоду про партнерство підписали 14 вересня 2022 року в "
        "Ополі. Напрями: освіта, культура.\n\n"
        "Фастівська міська громада (Фастівський район, Київська область). Меморандум про партнерство між "
        "громадами уклали 3 березня 2023 року.\n\n"
        "2. Меморандуми про наміри\n\n"
        "Місто Брно (Південноморавський край, Чеська Республіка). Меморандум про наміри щодо встановлення "
        "партнерських відносин підписано 22 травня 2024 року в режимі онлайн.\n\n"
        "3. На стадії перемовин\n\n"
        "Місто Утена (Утенський повіт, Литва). З осені 2025 року триває листування щодо можливого "
        "партнерства.\n\n"
        "4. Проєкти та донори\n\n"
        "Громада бере участь у програмі «U-LEAD з Європою». Разом із Фастівською громадою та німецьким містом "
        "Целле громада бере участь у проєкті.",
        owner=SKVYRA,
    )
    assert {(partner, relation, status) for _, partner, _, relation, status, _ in found} == {
        ("Ниса", "partnership", "signed"),
        ("Фастівська міська громада", "memorandum", "signed"),
        ("Брно", "intent", "signed"),
        ("Утена", "partnership", "in_negotiation"),
    }


def test_capitalised_stage_headings_under_prose_about_the_documents_head_their_entries(extractor):
    found = facts(
        extractor,
        "Тут зібрано інформацію про документи, які Сквирська міська рада уклала або готує.\n\n"
        "ЧИННІ УГОДИ\n\n"
        "1. Фастівська міська громада (Київська область). Меморандум про співпрацю підписано 8 вересня 2023 "
        "року.\n\n"
        "ЗАПЛАНОВАНО\n\n"
        "2. Лоймаа (Фінляндія). Сторони домовилися у квітні підписати лист про наміри.",
        owner=SKVYRA,
    )
    assert {(partner, relation, status) for _, partner, _, relation, status, _ in found} == {
        ("Фастівська міська громада", "memorandum", "signed"),
        ("Лоймаа", "intent", "planned"),
    }


def test_talks_told_under_a_heading_of_preparation_are_talks(extractor):
    found = facts(
        extractor,
        "На цій сторінці зібрано відомості про чинні угоди громади та документи на стадії підготовки.\n\n"
        "ЧИННІ УГОДИ\n\n"
        "Ґміна Красностав (Польща). Угоду про партнерство підписали у 2019 році.\n\n"
        "НА СТАДІЇ ПІДГОТОВКИ\n\n"
        "Ниса (Польща). Знайомство відбулося на форумі. Нині сторони узгоджують текст листа про наміри, дату "
        "підписання ще не визначено.",
        owner=SKVYRA,
    )
    assert {(partner, status) for _, partner, _, _, status, _ in found} == {
        ("Красностав", "signed"),
        ("Ниса", "in_negotiation"),
    }


def test_a_document_subheading_heads_nothing_that_no_prose_announced(extractor):
    found = facts(
        extractor,
        "Громада отримала допомогу від багатьох донорів.\n\n"
        "Підписані угоди\n\n"
        "Місто Ниса (Опольське воєводство, Польща). Звідти надійшли два генератори.",
        owner=SKVYRA,
    )
    assert found == set()


def test_a_listed_partners_date_is_its_own_clauses_in_a_sentence_that_dates_several(extractor):
    body = (
        "Нагадаємо, що Сквирська громада має трьох побратимів: Ниса (Польща), Ленті (Угорщина) та одну "
        "українську громаду з Київщини. Угоду з польським містом підписали у 2019 році, з Ленті – у 2021-му, а "
        "меморандум з Фастівською громадою – у квітні 2023 року."
    )
    article = news_article(body, council=True)
    found = {(f.partner.name_uk, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert ("Ленті", "2021") in found


def test_one_ukrainian_hromada_named_by_its_adjective_in_the_owners_list_is_its_partner(extractor):
    found = facts(
        extractor,
        "Нагадаємо, що Сквирська громада має трьох побратимів: Ниса (Польща), Ленті (Угорщина) та одну "
        "українську громаду – Фастівську з Фастівського району Київщини.",
        owner=SKVYRA,
    )
    assert {partner for _, partner, *_ in found} == {"Ниса", "Ленті", "Фастівська міська громада"}


def test_a_partner_listed_under_a_subheading_of_suspended_ties_is_no_tie_in_force(extractor):
    found = facts(
        extractor,
        "Наші партнери\n\n"
        "1. Ґміна Красностав (Польща) – угода про партнерство від 5 травня 2018 року.\n\n"
        "Призупинені партнерства\n\n"
        "2. Місто Ключборк (Польща) – угода про співпрацю від 1 червня 2015 року.",
        owner=SKVYRA,
    )
    assert {(partner, status) for _, partner, _, _, status, _ in found} == {
        ("Красностав", "signed"),
        ("Ключборк", "terminated"),
    }


def test_a_town_where_the_owners_agreement_was_signed_in_the_passive_is_the_venue(extractor):
    found = facts(
        extractor,
        "Угоду про співпрацю з литовським містом Йонава підписано в Білій Церкві у червні 2025 року під час "
        "візиту литовської делегації.",
        owner=SKVYRA,
    )
    assert pairs(found) == {(SQUIRE, "Йонава")}


def test_a_table_of_the_owners_documents_with_no_hromada_column_gives_each_row(extractor):
    article = news_article(
        "Окремо про партнерів. Станом на кінець року громада має такі документи:\n\n"
        "Партнер | Розташування | Документ | Рік\n"
        "Ґміна Красностав | Польща | Угода про партнерство | 2018\n"
        "Оржицька селищна громада | Полтавська область | Меморандум про співпрацю | 2023\n"
        "Місто Йонава | Литва | Лист про наміри (погоджено) | підписання у 2026 році",
        council=True,
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.relation, f.status, f.event_date)
        for f in extractor.extract(article, owner_katottg=SKVYRA)
    }
    assert found == {
        (SQUIRE, "Красностав", "partnership", "signed", "2018"),
        (SQUIRE, "Оржицька селищна громада", "memorandum", "signed", "2023"),
        (SQUIRE, "Йонава", "intent", "planned", "2026"),
    }


def test_a_register_of_the_owners_documents_by_the_other_side_gives_each_rows_act_and_its_date(extractor):
    article = news_article(
        "Відділ провів інвентаризацію документів про співробітництво.\n\n"
        "№ | Сторона | Країна / область | Документ | Дата підписання | Стан\n"
        "1 | Місто Курськ | Курська обл., РФ | Угода про дружбу і співробітництво | 14.09.2011 | Припинено "
        "(рішення сесії від 17.03.2022 № 412)\n"
        "2 | Ґміна Красностав | Люблінське воєводство, Польща | Угода про партнерство | 05.10.2023 | Діє\n"
        "3 | Місто Йонава | Литва | Лист про наміри | 18.11.2025 | Підписано, триває підготовка угоди",
        published="2026-02-20",
        council=True,
    )
    found = {
        (f.partner.name_uk, f.relation, f.status, f.event_date)
        for f in extractor.extract(article, owner_katottg=SKVYRA)
    }
    assert found == {
        ("Курськ", "cooperation", "terminated", "2022-03-17"),
        ("Красностав", "partnership", "signed", "2023-10-05"),
        ("Йонава", "intent", "signed", "2025-11-18"),
    }


def test_a_registers_column_of_the_agreements_other_side_is_its_partner(extractor):
    article = news_article(
        "Відділ провів інвентаризацію документів про співробітництво.\n\n"
        "№ | Сторона угоди | Країна, регіон | Вид документа | Дата підписання | Стан\n"
        "1 | Ґміна Красностав | Польща, Люблінське воєводство | Угода про співпрацю | 14.05.2021 | чинна\n"
        "2 | Місто Йонава | Литва | Лист про наміри | – | підписання заплановано на травень 2026 року",
        published="2026-02-03",
        council=True,
    )
    found = {(f.partner.name_uk, f.status) for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert found == {("Красностав", "signed"), ("Йонава", "planned")}


def test_a_register_row_whose_country_cell_has_its_region_in_brackets_and_a_draft_under_agreement(extractor):
    article = news_article(
        "Оновлено реєстр міжнародних документів громади.\n\n"
        "№ | Сторона | Країна | Документ | Дата | Стан\n"
        "1 | місто Кастельфранко-Венето | Італія (регіон Венето) | меморандум про співпрацю | 11.03.2024 | діє\n"
        "2 | місто Кейла | Естонія | проєкт угоди про партнерство | – | на погодженні сторін",
        published="2026-02-03",
        council=True,
    )
    found = {
        (f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)
    }
    assert found == {("Кастельфранко-Венето", "signed", "2024-03-11"), ("Кейла", "in_negotiation", None)}


def test_a_register_row_of_a_town_and_gmina_and_a_row_of_the_aggressor_state_in_lower_case(extractor):
    article = news_article(
        "Реєстр документів про співробітництво.\n\n"
        "№ | Сторона-партнер | Країна | Вид документа | Дата підписання | Статус\n"
        "1 | Місто і ґміна Красностав (Люблінське воєводство) | Польща | Угода про партнерство | 23.08.2021 | "
        "чинна\n"
        "2 | Місто Курськ (Курська обл.) | рф | Договір про побратимство | 05.06.2012 | припинено рішенням від "
        "24.03.2022",
        published="2026-02-20",
        council=True,
    )
    found = {(f.partner.name_uk, f.status) for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert found == {("Красностав", "signed"), ("Курськ", "terminated")}


def test_a_partner_from_its_region_called_ours_in_apposition_is_the_owners_partner(extractor):
    found = facts(
        extractor,
        "Вантаж прибув з Польщі. Допомогу передало місто Ключборк з Опольського воєводства – наш партнер, з "
        "яким громада підписала угоду про партнерство у 2019 році.",
        owner=SKVYRA,
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        (SQUIRE, "Ключборк", "signed")
    }


def test_a_quotation_said_by_a_pronoun_speaks_for_the_head_named_just_before(extractor):
    found = facts(
        extractor,
        "Вантаж прибув зі Швеції. Угоди зі шведами в громади поки немає, але, за словами Оржицької селищної "
        "голови Ганни Ткач, вона вже на підході. «Ми ведемо переговори з муніципалітетом Віммербю про угоду про "
        "партнерство», – розповіла вона.",
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Оржицька селищна громада", "Віммербю", "in_negotiation")
    }


def test_a_town_the_sentence_opens_with_as_where_other_hromadas_signed_is_no_side(extractor):
    found = facts(
        extractor,
        "21 січня в Білій Церкві сільський голова Оржицької громади Петро Коваль та бурмістр ґміни Красностав "
        "(Польща) Ян Новак підписали меморандум про наміри.",
    )
    assert pairs(found) == {("Оржицька селищна громада", "Красностав")}


def test_a_town_a_delegation_will_come_to_in_a_clause_of_time_is_no_side(extractor):
    found = facts(
        extractor,
        "Оржицька громада веде переговори з естонським містом Пилва. Підписання меморандуму з Пилвою "
        "заплановане на весну, коли естонська делегація планує приїхати до Білої Церкви.",
    )
    assert {ua for ua, *_ in found} == {"Оржицька селищна громада"}


def test_a_clause_of_our_own_after_a_dash_keeps_its_partner_from_the_hromada_before(extractor):
    found = facts(
        extractor,
        "«Оржицька громада підписала меморандум з Красноставом, а ми – з латвійськими Лімбажами».",
    )
    assert pairs(found) == {("Оржицька селищна громада", "Красностав")}


def test_a_namesake_hromada_is_the_one_whose_kind_its_heads_office_names(extractor):
    article = news_article(
        "Громади Запорізької області підписали угоди. Василівська громада підписала меморандум про партнерство "
        "з Красноставом, а Михайлівська – з литовською Йонавою.\n\nМихайлівська сільська голова Ганна Ткач "
        "розповідає, що співпраця почнеться влітку."
    )
    found = {(f.ua.katottg, f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert ("UA23060150000085288", "Михайлівська сільська громада", "Йонава") in found


def test_a_town_named_with_its_land_after_na_is_one_name(extractor):
    found = facts(
        extractor,
        "Угоду про побратимство між Сквирською громадою та містом Нове Місто на Мораві (Чехія) підписали 5 "
        "травня.",
    )
    assert pairs(found) == {(SQUIRE, "Нове Місто на Мораві")}


@pytest.mark.parametrize("town", ["Новим Містом-над-Вагом", "Новим Містом над Вагом"])
def test_the_first_word_of_a_name_with_a_town_word_in_it_is_no_town_of_its_own(extractor, town):
    found = facts(
        extractor,
        f"Сквирська громада давно дружить з польськими ґмінами. Торік вона підписала угоду про співпрацю з {town}.",
    )
    assert "Нове" not in {
        name for _, name in pairs(found)
    }  # the whole name, or nothing: never its first word


def test_on_the_owners_site_hromadas_after_with_beside_foreign_ones_are_its_partners(extractor):
    found = facts(
        extractor,
        "Партнерські відносини громади виглядають так:\n– діючі угоди: меморандум про співпрацю з містом "
        "Йонава (Литва), підписаний 11 вересня 2025 року; угода про співробітництво з Оржицькою селищною "
        "громадою Полтавської області, укладена у 2023 році;",
        owner=SKVYRA,
    )
    assert pairs(found) == {(SQUIRE, "Йонава"), (SQUIRE, "Оржицька селищна громада")}


def test_a_stage_heading_line_run_on_with_its_entries_reads_each_line(extractor):
    found = facts(
        extractor,
        "Станом на 1 січня партнерські документи громади перебувають на таких стадіях:\n\n"
        "1. Чинні партнерства:\n"
        "– польське місто Красностав (Люблінське воєводство) – угода про партнерство, підписана 8 червня "
        "2022 року;\n"
        "– Оржицька селищна громада Полтавської області – меморандум про співпрацю, підписаний 17 квітня "
        "2024 року.\n\n"
        "2. На стадії підготовки:\n"
        "– литовське місто Йонава – проєкт меморандуму погоджено сторонами, підписання заплановано на травень "
        "2026 року.",
        owner=SKVYRA,
    )
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        (SQUIRE, "Красностав", "signed"),
        (SQUIRE, "Оржицька селищна громада", "signed"),
        (SQUIRE, "Йонава", "planned"),
    }


def test_entries_on_lines_of_one_sentence_under_a_heading_are_each_read(extractor):
    found = facts(
        extractor,
        "Чинні партнерства:\n– Красностав (Польща) – угода про партнерство, підписана 8 червня 2022 року;\n"
        "– місто Йонава (Литва) – угода про співпрацю від 2021 року.",
        owner=SKVYRA,
    )
    assert pairs(found) == {(SQUIRE, "Красностав"), (SQUIRE, "Йонава")}


def test_pairs_of_hromadas_counted_before_a_colon_are_paired_by_the_list(extractor):
    found = facts(
        extractor,
        "Меморандуми про співпрацю підписали дві пари громад: Сквирська — з Оржицькою, Миргородська — з "
        "Решетилівською.",
    )
    assert pairs(found) == {
        (SQUIRE, "Оржицька селищна громада"),
        ("Миргородська міська громада", "Решетилівська міська громада"),
    }


def test_a_domestic_partner_in_apposition_at_a_lists_end_is_no_side_of_the_foreign_ones(extractor):
    found = facts(
        extractor,
        "Тож сьогодні Сквирська громада має чотири чинні угоди: з Красноставом, Ключборком (Польща), Йонавою "
        "(Литва) та з однією українською громадою – Оржицькою.",
    )
    assert {ua for ua, *_ in found} == {SQUIRE}
    assert {"Красностав", "Ключборк", "Йонава"} <= {partner for _, partner, *_ in found}


def test_a_table_row_with_the_hromadas_kind_and_a_state_column_gives_its_stage_and_date(extractor):
    article = news_article(
        "Результати року подано в таблиці:\n\n"
        "Громада | Партнер | Країна | Документ | Стан\n"
        "Сквирська міська | місто Красностав | Польща | угода про партнерство | підписано у травні 2025 р.\n"
        "Оржицька селищна | місто Йонава | Литва | меморандум про співпрацю | текст погоджується сторонами",
        published="2026-01-20",
    )
    found = {(f.ua.name_uk, f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article)}
    assert found == {
        (SQUIRE, "Красностав", "signed", "2025-05"),
        ("Оржицька селищна громада", "Йонава", "in_negotiation", None),
    }


def test_a_saved_text_table_with_tabs_between_cells_gives_each_rows_state_document_and_year(extractor):
    article = parse_article_text(
        "Партнерства громад\n20.01.2026 | Новини\n"
        "Таблицю подаємо так, як її оприлюднила агенція.\n\n"
        "Громада\tПартнер\tКраїна\tДокумент\tРік\tСтан\n"
        "Сквирська\tКрасностав\tПольща\tугода про партнерство\t2019\tдіє\n"
        "Оржицька\tЙонава\tЛитва\tмеморандум про співпрацю\t2023\tдіє\n"
        "Фастівська\tКлючборк\tПольща\tлист про наміри\t2025\tна погодженні"
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.relation, f.status, f.event_date)
        for f in extractor.extract(article)
    }
    assert found == {
        (SQUIRE, "Красностав", "partnership", "signed", "2019"),
        ("Оржицька селищна громада", "Йонава", "memorandum", "signed", "2023"),
        ("Фастівська міська громада", "Ключборк", "intent", "in_negotiation", None),
    }


def test_a_table_of_pairs_in_force_with_full_dates_gives_each_rows_date(extractor):
    article = news_article(
        "Районний реєстр партнерств.\n\n"
        "№ | Громада | Партнер, країна | Вид документа | Дата | Стан\n"
        "1 | Сквирська міська | Ниса, Польща | угода про партнерство | 21.04.2023 | чинна\n"
        "2 | Фастівська міська | Ополе, Польща | меморандум | 11.04.2024 | чинна",
        published="2026-01-20",
    )
    found = {(f.ua.name_uk, f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article)}
    assert found == {
        (SQUIRE, "Ниса", "signed", "2023-04-21"),
        ("Фастівська міська громада", "Ополе", "signed", "2024-04-11"),
    }


def test_an_anniversary_of_the_partners_tie_with_another_town_does_not_date_the_pair(extractor):
    article = news_article(
        "Сквирська громада має партнера в Литві – місто Йонава.\n\n"
        "Йонава, з якою Сквирська громада підписала лист про наміри, саме відзначила 30-річчя партнерства зі "
        "шведським Траносом.",
        published="2026-01-20",
    )
    assert [(f.partner.name_uk, f.event_date) for f in extractor.extract(article)] == [("Йонава", None)]


def test_a_place_a_hromada_lies_in_after_na_is_no_side(extractor):
    # the area's noun is also a village's name, which a side of its own would be read as
    article = news_article(
        "Отже, нині громада має трьох партнерів: Красностав (Польща), Йонава (Литва) та Ключборк (Польща).",
        title="Як сільська громада на Криворіжжі шукала друзів",
    )
    assert extractor.extract(article) == []


def test_talk_of_a_partnership_with_x_or_any_other_town_being_ruled_out_is_no_fact(extractor):
    body = (
        "Після панелі учасники обмінялися контактами. Утім, як уточнили у Сквирській громаді, мова поки що йде "
        "лише про експертні консультації: «Про укладання партнерства з Тулоном чи будь-яким іншим французьким "
        "містом зараз не йдеться."
    )
    assert facts(extractor, body) == set()


def test_a_surname_ending_in_ne_before_a_verb_is_no_negation(extractor):
    body = (
        "Громади підписали документи з литовськими містами. Другого дня у Вінниці сторони підписали й погодили "
        "документи: меморандум про наміри щодо партнерства підписали Сквирський міський голова Остап Ткач та "
        "мер міста Скуодас Йонас Петраускас; Фастівська міська голова Ніна Бондар та мер Рієтаваса Даля "
        "Юшкене погодили текст угоди про співпрацю, а підписати її планують у червні."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        (SQUIRE, "Скуодас", "signed"),
        ("Фастівська міська громада", "Рієтавас", "planned"),
    }


def test_when_we_were_signing_a_memorandum_tells_a_signing_that_took_place(extractor):
    body = (
        "Прилади привіз особисто приматор словацького міста Детва Мартін Коваль. «Коли ми торік у березні "
        "підписували меморандум про співпрацю з Детвою, то думали про обміни школярів», – розповів Сквирський "
        "міський голова Петро Лисенко."
    )
    article = news_article(body, published="2025-06-10")
    found = {(f.ua.name_uk, f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article)}
    assert found == {(SQUIRE, "Детва", "signed", "2024-03")}


def test_what_one_hears_said_of_a_tie_is_no_fact(extractor):
    assert facts(extractor, "Ми часто чуємо, що Сквира і литовська Йонава – побратими.") == set()


def test_a_table_of_the_owners_partners_with_dates_and_states_gives_each_row_its_stage(extractor):
    article = news_article(
        "Станом на 31 грудня їх стан такий:\n\n"
        "№ | Партнер | Країна | Документ | Дата | Стан\n"
        "1 | місто Красностав (Люблінське воєводство) | Польща | Угода про партнерство | 18.10.2024 | діє\n"
        "2 | Оржицька селищна громада (Лубенський район) | Україна | Меморандум про співпрацю | 02.06.2023 | діє\n"
        "3 | місто Йонава (Каунаський повіт) | Литва | Угода про співпрацю | 26.05.2025 | діє\n"
        "4 | місто Ключборк (Опольське воєводство) | Польща | проєкт угоди | – | перемовини",
        council=True,
        published="2026-01-20",
    )
    found = {
        (f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)
    }
    assert {(name, date) for name, status, date in found if status == "signed"} == {
        ("Красностав", "2024-10-18"),
        ("Оржицька селищна громада", "2023-06-02"),
        ("Йонава", "2025-05-26"),
    }
    assert {name for name, status, _ in found if status != "signed"} == {"Ключборк"}


def test_a_namesake_hromada_is_the_one_in_the_raion_the_article_names(extractor):
    found = facts(
        extractor,
        "Досвід міжнародного партнерства громад Запорізького району вже чималий: зокрема, Михайлівська громада "
        "з 2024 року має угоду про співпрацю з литовським містом Йонава.",
    )
    assert pairs(found) == {("Михайлівська сільська громада", "Йонава")}


def test_a_partner_entrys_paragraph_that_ends_the_tie_after_telling_its_signing_ends_it(extractor):
    found = facts(
        extractor,
        "Наші партнери\n\nҐміна Красностав (Польща). Угоду про партнерство підписано у 2019 році.\n\n"
        "Ключборк (Польща). Угоду про співпрацю між Сквирською міською радою та Ключборком укладено у 2016 "
        "році. Рішенням сесії від 18 березня 2022 року дію угоди припинено.",
        owner=SKVYRA,
    )
    assert {(partner, status) for _, partner, _, _, status, _ in found} == {
        ("Красностав", "signed"),
        ("Ключборк", "terminated"),
    }


def test_a_foreign_towns_own_ties_told_after_its_only_ukrainian_partner_are_not_the_ukrainians(extractor):
    found = facts(
        extractor,
        "За словами мера, для Kluczbork українська громада — єдиний партнер за межами Європейського Союзу: "
        "місто має ще давню угоду з німецьким Бад-Дюркгаймом, але основна енергія тепер спрямована на Сквиру.",
    )
    assert found == set()


def test_the_hromada_that_has_an_agreement_since_a_month_is_the_owners_side(extractor):
    found = facts(
        extractor,
        "З квітня 2024 року громада має угоду про партнерство з польським містом Ключборк в Опольському "
        "воєводстві.",
        owner=SKVYRA,
    )
    assert pairs(found) == {(SQUIRE, "Ключборк")}


def test_later_in_a_clause_whose_dash_stands_for_a_past_verb_is_no_plan(extractor):
    found = facts(
        extractor,
        "Ще у 2019 році Оржиця побраталася з ґміною Красностав, а згодом сусідня Сквирська громада – з "
        "литовською Йонавою.",
    )
    assert (SQUIRE, "Йонава", "signed") in {(ua, partner, status) for ua, partner, _, _, status, _ in found}


def test_the_second_of_two_ties_in_a_partners_relative_clause_is_the_partners_own(extractor):
    found = facts(
        extractor,
        "Литовське місто Йонава (Каунаський повіт), яке вже має побратимські зв'язки з польським Красноставом і "
        "латвійською Бауською, стало першим закордонним партнером Оржицької громади.",
    )
    assert {partner for _, partner, *_ in found} <= {"Йонава"}


def test_the_partner_after_with_in_the_sentence_before_is_not_the_subject_a_bare_hromada_carries(extractor):
    found = facts(
        extractor,
        "Для Оржицької громади партнерство зі Сквирською – вже третє. Раніше громада підписала угоди про "
        "партнерство з ґміною Красностав (Польща) – у 2023 році, та з литовською Йонавою – торік.",
    )
    assert {("Оржицька селищна громада", "Красностав"), ("Оржицька селищна громада", "Йонава")} <= pairs(
        found
    )


def test_an_interviewed_foreign_mayor_named_by_his_districts_adjective_speaks_for_his_town(extractor):
    article = news_article(
        "Литовський район допомагає громадам Київщини. Ми поговорили з мером Біржайського району Йонасом "
        "Петраускасом під час його візиту до Києва.\n\n"
        "– Чи готові ви до партнерства?\n\n"
        "– У нас є давні партнери – польська ґміна Красностав, латвійська Бауска. Тому поки що ми з "
        "Оржицькою громадою просто друзі.",
        title="Мер литовського Біржая: «Побратимство – це відповідальність»",
    )
    assert extractor.extract(article) == []


def test_a_foreign_heads_column_tells_his_towns_partners_in_the_first_person(extractor):
    article = news_article(
        "До річниці угоди між нашою громадою та польським містом Ключборк ми попросили старосту написати "
        "кілька слів.\n\n"
        "Ключборк – невелике місто. У нас уже багато років є партнери – литовська Йонава і латвійська Бауска.",
        title="Колонка старости міста Ключборк: «Ми приїхали допомагати»",
        council=True,
    )
    found = {f.partner.name_uk for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert found <= {"Ключборк"}


def test_our_town_in_a_foreign_heads_column_is_his_town_with_its_own_twins(extractor):
    article = news_article(
        "До річниці угоди між нашою громадою та польським містом Ключборк ми попросили старосту написати "
        "кілька слів.\n\n"
        "Наше місто вже має кількох побратимів – литовську Йонаву та латвійську Бауску, з якими ми двадцять "
        "років проводимо спільні фестивалі.",
        title="Колонка старости міста Ключборк: «Ми приїхали допомагати»",
        council=True,
    )
    found = {f.partner.name_uk for f in extractor.extract(article, owner_katottg=SKVYRA)}
    assert found <= {"Ключборк"}


def test_on_the_owners_site_a_foreign_town_whence_colleagues_come_is_no_partner_beside_a_hromada(extractor):
    found = facts(
        extractor,
        "Ідею підказали колеги з Ключборка: це польське місто з 2023 року співпрацює з Оржицькою громадою.",
        owner=SKVYRA,
    )
    assert (SQUIRE, "Оржицька селищна громада") not in pairs(found)


def test_a_hromada_placed_in_a_row_with_the_speakers_partners_is_not_their_side(extractor):
    found = facts(
        extractor,
        "«Сьогодні Оржиця стає в один ряд з нашими давніми партнерами – литовською Йонавою та латвійською "
        "Бауською», – сказав бургомістр Ключборка.",
    )
    assert {partner for _, partner, *_ in found} <= {"Ключборк"}


def test_a_town_a_hromada_lies_near_in_the_title_is_no_side(extractor):
    article = news_article(
        "Голова Оржицької селищної громади розповіла про партнерів.\n\n"
        "Другий напрям – Литва. З минулої весни громада веде переговори про партнерство з литовським містом "
        "Йонава.",
        title="Як селищна громада під Лубнами будує міжнародні зв'язки",
    )
    assert {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)} <= {
        ("Оржицька селищна громада", "Йонава")
    }


def test_a_namesake_the_site_says_it_is_confused_with_is_set_apart(extractor):
    article = news_article(
        "Сесія надала згоду на укладення угоди про партнерство між Дубівською сільською громадою та литовським "
        "містом Йонава. Нашу громаду нерідко плутають із Дубівською сільською громадою на Волині.",
        council=True,
    )
    dubova = "UA26060150000074921"  # the Ivano-Frankivsk oblast's, the site's own; its namesake is Volyn's
    assert {f.ua.katottg for f in extractor.extract(article, owner_katottg=dubova)} == {dubova}


def test_pairs_that_came_into_being_listed_by_dashes_are_signed_ties(extractor):
    body = (
        "Делегація громад повернулася з Литви. Отже, на мапі партнерств області з'явилися дві нові пари: "
        "Сквирська громада – литовський Анікщяй, Узинська громада – литовський Молетай."
    )
    found = facts(extractor, body)
    assert {(ua, partner, status) for ua, partner, _, _, status, _ in found} == {
        ("Сквирська міська громада", "Анікщяй", "signed"),
        ("Узинська міська громада", "Молетай", "signed"),
    }


def test_a_signing_hoped_to_succeed_is_still_in_talks(extractor):
    body = (
        "Сквирська громада розраховує, що угоду з литовським містом Зарасай вдасться підписати до кінця року."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body)} == {
        ("Зарасай", "in_negotiation")
    }


def test_signers_listed_after_a_verb_that_takes_the_documents_as_its_object_sign_in_pairs(extractor):
    body = (
        "Громади мають нових партнерів у Польщі. У другий день форуму, в залі замку, підписали угоди: голова "
        "Сквирської громади Петро Гайда та бургомістр Ополя Ян Ковач; Узинський міський голова Ігор Лис та "
        "бургомістр Ниси Адам Мрук."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ополе"),
        ("Узинська міська громада", "Ниса"),
    }


@pytest.mark.parametrize("verb", ["поєднує", "пов'язує"])
def test_a_tie_binding_the_unnamed_own_hromada_with_a_partner_is_the_owners(extractor, verb):
    body = f"«Нашу громаду з польським Ополем {verb} угода про партнерство, яку ми підписали у травні 2023 року»."
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Сквирська міська громада", "Ополе")}
    history = f"Нашу громаду з польським Ополем {verb} спільна історія."
    assert facts(extractor, history, owner=SKVYRA) == set()


def test_a_side_with_its_partner_right_after_it_then_the_tie_verb_is_a_pair(extractor):
    for body in (
        "Сквирська громада з литовською Ігналіною підписала угоду про партнерство.",
        "Сквирська громада з литовською Ігналіною співпрацює з 2024 року, коли було підписано угоду.",
    ):
        assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Ігналіна")}
    # a partner governed later in the clause is the tie's, the town before it a co-signer
    body = "Сквирська громада з литовською Ігналіною підписали угоду про співпрацю з польським Ополем."
    assert ("Сквирська міська громада", "Ігналіна") not in pairs(facts(extractor, body))


def test_a_titles_town_where_a_forum_was_held_is_not_the_articles_hromada(extractor):
    title = "У Сквирі відбувся форум громад Полісся: про що говорили"
    body = "Угоду з литовським містом Ігналіна, підписану у 2019 році, сесія ради розірвала ще у 2022 році."
    assert titled_pairs(extractor, title, body) == set()
    # the title's own hromada is the article's when the title tells no event held there
    title = "Сквира підбила підсумки року: про що говорили"
    assert titled_pairs(extractor, title, body) == {("Сквирська міська громада", "Ігналіна")}


def test_talks_held_by_two_hromadas_with_two_towns_respectively_pair_by_position(extractor):
    body = (
        "Ще дві громади – Сквирська і Узинська – провели переговори з містами Гумполец і Світла-над-Сазавою "
        "відповідно. Делегації побували в Чехії."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Сквирська міська громада", "Гумполец", "in_negotiation"),
        ("Узинська міська громада", "Світла-над-Сазавою", "in_negotiation"),
    }
    # without "відповідно" nothing says who held talks with whom
    body = "Представники Сквирської, Узинської та Фастівської громад провели переговори з ґмінами Барчево і Пасим."
    assert facts(extractor, body) == set()


def test_two_hromadas_signing_memoranda_with_the_heads_of_foreign_towns_are_not_each_others_partners(
    extractor,
):
    body = (
        "Сквирська та Узинська громади вже підписали меморандуми про співпрацю – 20 лютого, в онлайн-форматі, "
        "з бургомістрами обох словацьких міст."
    )
    assert ("Сквирська міська громада", "Узинська міська громада") not in pairs(facts(extractor, body))
    assert pairs(
        facts(extractor, "Сквирська та Узинська громади вже підписали меморандум про співпрацю.")
    ) == {("Сквирська міська громада", "Узинська міська громада")}


def test_signers_listed_after_a_verb_and_a_comma_set_respectively_sign_in_pairs(extractor):
    body = (
        "Меморандуми про партнерство підписали, відповідно, Сквирський міський голова Олег Ткач та мер "
        "латвійського Тукумса Янис Берзиньш; Узинська міська голова Ірина Мельник та бургомістр польського "
        "Ополя Томаш Зелінський."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Тукумс"),
        ("Узинська міська громада", "Ополе"),
    }


def test_a_venue_in_apposition_to_a_town_its_relative_clause_ties_is_also_the_partner(extractor):
    body = (
        "Делегація повернулася з Польщі. Завершився візит в Ополі – місті, з яким громада ще у 2024 році "
        "уклала меморандум про партнерство."
    )
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Сквирська міська громада", "Ополе")}
    where = "Делегація повернулася з Польщі. Завершився візит в Ополі, де громада уклала меморандум з ліцеєм."
    assert facts(extractor, where, owner=SKVYRA) == set()


def test_later_entries_whose_dash_stands_for_the_first_entrys_signing_verb_are_signings_too(extractor):
    body = (
        "Голова Сквирської громади Петро Гайда і бурмістр Ополя Ян Ковач скріпили підписами угоду про "
        "партнерство; Узинський міський голова Ігор Лис та бурмістр Ниси Адам Мрук – меморандум про співпрацю."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ополе"),
        ("Узинська міська громада", "Ниса"),
    }


def test_we_with_a_foreign_head_signing_on_the_hromadas_own_site_is_the_owners_tie(extractor):
    body = "12 вересня у Сквирі ми з бурмістром польського міста Ополе Яном Ковачем підписали угоду про побратимство."
    assert pairs(facts(extractor, body, owner=SKVYRA)) == {("Сквирська міська громада", "Ополе")}
    talked = "Ми з бурмістром польського міста Ополе Яном Ковачем обговорили спільні проєкти."
    assert facts(extractor, talked, owner=SKVYRA) == set()


def test_a_towns_self_government_named_by_its_adjective_is_that_town(extractor):
    body = (
        "Делегація побувала в Литві. Угоду про побратимство між Сквирською громадою та Ігналінським "
        "самоврядуванням підписали в липні."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Ігналіна")}


def test_a_sessions_support_for_a_heads_initiative_to_start_a_tie_is_a_plan(extractor):
    body = (
        "Також сесія підтримала ініціативу міського голови щодо налагодження партнерства з австрійським містом "
        "Вайдгофен-ан-дер-Тайя."
    )
    assert {(partner, status) for _, partner, _, _, status, _ in facts(extractor, body, owner=SKVYRA)} == {
        ("Вайдгофен-ан-дер-Тайя", "planned")
    }


def test_a_title_opening_with_the_plural_noun_for_hromadas_names_no_village_of_that_name(extractor):
    title = "Громади Фастівського району шукають партнерів у Чехії"
    body = (
        "Житомирщина шукає партнерів. Ще одна громада району перебуває на етапі переговорів. «Проєкт угоди про "
        "партнерство з Летовицями вже погоджують юристи обох сторін», – розповіла голова."
    )
    assert titled_pairs(extractor, title, body) == set()


def test_two_hromadas_that_signed_their_first_memoranda_are_not_each_others_partners(extractor):
    title = "Громади Білоцерківського району шукають партнерів у Балтії: Сквира і Узин підписали перші меморандуми"
    body = "Досвідом поділилися представники обох громад на семінарі."
    assert titled_pairs(extractor, title, body) == set()


def test_an_interview_with_a_foreign_head_speaks_of_his_towns_own_partners(extractor):
    title = "Бургомістр з Гессену привіз до Сквири допомогу"
    body = (
        "До Сквирської громади прибув конвой з німецького Ротенбурга-на-Фульді. Колону супроводжував "
        "бургомістр Ротенбурга Ганс Шмідт, який погодився відповісти на кілька запитань нашого видання.\n"
        "– Чи планують ваші громади підписати угоду про партнерство?\n"
        "– Ні. Наше місто вже має двох партнерів – французьке містечко Шомон і Ліхтенау у Вестфалії.\n"
        "– Дякуємо за розмову."
    )
    assert titled_pairs(extractor, title, body) == set()


def test_a_list_of_pairs_with_no_bullets_after_the_sentence_that_tells_their_documents_were_signed(extractor):
    body = (
        "Найважливіший результат форуму – документи, підписані 11 березня під час заключної сесії. Їх перелік "
        "оприлюднив відділ міжнародного співробітництва:\n\n"
        "Сквирська громада — місто Ласьк (меморандум про партнерство);\n"
        "Узинська громада — місто Ленчиця (угода про співпрацю);\n"
        "Фастівська громада — ґміна Опочно (угода про партнерство на етапі узгодження)."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ласьк", "signed"),
        ("Узинська міська громада", "Ленчиця", "signed"),
        ("Фастівська міська громада", "Опочно", "in_negotiation"),
    }


def test_heads_opening_a_sentence_are_the_noun_not_a_village_named_so(extractor):
    body = (
        "Делегація побувала в Чехії. Голови Донецької селищної та Куньєвської сільської громад підписали "
        "меморандуми про партнерство з містами Простейов і Шумперк відповідно."
    )
    assert pairs(facts(extractor, body)) == {
        ("Донецька селищна громада", "Простейов"),
        ("Куньєвська сільська громада", "Шумперк"),
    }


def test_lists_paired_respectively_then_a_clause_of_its_own_pair_each_part(extractor):
    body = (
        "Меморандуми про партнерство підписали Сквирська та Узинська міські громади – відповідно з угорським "
        "містом Тапольца та чеським містом Глінсько, а Фастівська громада – з польською ґміною Косув-Ляцький."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Тапольца"),
        ("Узинська міська громада", "Глінсько"),
        ("Фастівська міська громада", "Косув-Ляцький"),
    }


def test_domestic_partners_listed_after_the_foreign_ones_are_no_sides_of_them(extractor):
    body = (
        "Сквирська громада має угоди про партнерство з ґміною Ґрембув (Польща), містом Бойніце (Словаччина) та "
        "двома українськими громадами – Хмелівською (Сумщина) і Нагірянською (Чортківщина)."
    )
    sides = {ua for ua, *_ in facts(extractor, body, owner=SKVYRA)}
    assert sides == {"Сквирська міська громада"}


def test_a_namesake_hromada_of_the_owners_oblast_is_the_one_of_the_owners_raion(extractor):
    body = (
        "Васильківська громада перейняла досвід сусідньої Миколаївської сільської громади, яка вже п'ятий рік "
        "підтримує партнерські стосунки з польським містом Бжеско."
    )
    found = council_codes_and_partners(extractor, body, "UA12140030000091432")
    assert found == {("UA12140170000037152", "Бжеско")}  # the Синельниківський raion's, as the owner's is


def test_a_town_after_its_heads_word_stays_in_the_region_bracketed_beside_it(extractor):
    body = (
        "Розсошанський сільський голова Ярослав Ткачук і бургомістр Франкенберга (Саксонія) Гюнтер Вольф "
        "підписали угоду про партнерство між громадами."
    )
    assert {f.partner.geonameid for f in extractor.extract(news_article(body))} == {2925630}


def test_a_relative_clause_after_the_partner_of_an_elliptical_clause_keeps_the_pair(extractor):
    body = (
        "У квітні Сквирська громада підписала меморандум про співпрацю з польським містом Ласьк, а Узинська – "
        "з чеським Глінськом, мер якого теж приїхав на конференцію."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ласьк", "signed"),
        ("Узинська міська громада", "Глінсько", "signed"),
    }


def test_a_body_of_a_town_made_a_twin_by_the_clause_after_it_names_the_town_as_a_side(extractor):
    body = (
        "Генератори передали волонтерські організації міста Ласьк, яке є містом-побратимом Сквирської громади "
        "з 2019 року."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Ласьк")}


def test_a_signing_told_as_the_time_of_another_event_is_signed_in_any_gender(extractor):
    body = (
        "Коли у травні 2024 року Сквирська громада підписувала угоду про партнерство з польським містом Ласьк, "
        "мало хто вірив у швидкі результати."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {("Сквирська міська громада", "Ласьк", "signed")}


def test_names_after_a_partners_word_that_are_the_subject_of_a_verb_are_no_list_of_partners(extractor):
    body = "Чеські партнери для Сквирщини: Сквира і Ружин підписали угоди з містами Глінсько та Кутна Гора."
    assert not any(link == "owner_list" for *_, link in facts(extractor, body))
    assert not any(country == "UA" for _, _, country, *_ in facts(extractor, body))


def test_a_council_sites_bare_hromada_name_is_its_own_whatever_namesakes_the_page_names(extractor):
    body = (
        "До онлайн-зустрічі як гість долучився представник Іванівської селищної громади Херсонщини.\n\n"
        "Нагадаємо, з 2019 року Іванівська громада має угоду про партнерство з польським містом Ласьк."
    )
    found = council_codes_and_partners(extractor, body, "UA74100110000030364")
    assert found == {("UA74100110000030364", "Ласьк")}


def test_talks_told_with_a_fronted_partner_and_no_subject_are_the_hromadas_named_before(extractor):
    body = (
        "Сквирська громада має угоду з польським містом Ласьк. З чеським містом Глінсько тривають "
        "переговори про партнерство."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ласьк", "signed"),
        ("Сквирська міська громада", "Глінсько", "in_negotiation"),
    }


def test_a_town_whose_people_come_from_a_region_named_elsewhere_is_that_regions_namesake(extractor):
    body = (
        "До Сквири приїхали волонтери з міста Франкенберг із федеральної землі Саксонія.\n\n"
        "Сквирська громада підписала угоду про партнерство з містом Франкенберг."
    )
    assert {f.partner.geonameid for f in extractor.extract(news_article(body))} == {2925630}


def test_where_displaced_people_come_from_is_no_domestic_partner(extractor):
    body = (
        "Меморандум про співпрацю з Узинською громадою ми підписали восени 2023 року, коли в громаді жили "
        "понад сто переселенців з Куп'янщини."
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert found == {("Сквирська міська громада", "Узинська міська громада")}


def test_a_lowercase_office_whose_named_holder_signs_names_the_hromada(extractor):
    body = (
        "У травні в чеському місті Глінсько сквирський міський голова Іван Мазур і староста Глінсько Ян Новак "
        "підписали угоду про партнерство."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Глінсько")}


def test_mayors_of_towns_named_by_their_unit_pair_with_the_heads_respectively(extractor):
    body = (
        "Литовська делегація приїхала на Київщину. Меморандуми підписали Сквирський міський голова Андрій "
        "Ковтун та Узинський міський голова Олена Ткач – з мером самоврядування Аникщяй Вітаутасом Балтрусом "
        "і мером самоврядування Пасваліс Дайвою Мажейкене відповідно."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Аникщяй"),
        ("Узинська міська громада", "Пасваліс"),
    }


def test_a_decisions_order_to_establish_ties_is_a_planned_tie(extractor):
    body = (
        "ВИРІШИЛА:\n1. Встановити партнерські відносини між Сквирською міською територіальною громадою (Україна) "
        "та ґміною Ласьк (Лодзинське воєводство, Республіка Польща)."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {("Сквирська міська громада", "Ласьк", "planned")}


def test_a_partner_town_named_in_the_singular_after_has_opens_the_owners_list(extractor):
    body = "Сквирська громада з 2021 року має партнерське місто в Латвії — Тукумс."
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Тукумс")}


def test_a_lowercase_office_of_whoever_is_quoted_names_the_hromada(extractor):
    body = (
        "Делегація приїхала з Польщі. За словами сквирського міського голови Миколи Ткачука, проєкт угоди про "
        "партнерство з Наленчувом уже погоджують юристи обох сторін."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Сквирська міська громада", "Наленчув", "in_negotiation")
    }


def test_a_name_two_countries_towns_share_is_the_one_the_article_introduces_first(extractor):
    body = (
        "До громади приїхали гості з австрійського Бадена. Австрійський Баден має побратима – швейцарський "
        "Баден.\n\nСквирська громада підписала угоду про партнерство з містом Баден."
    )
    assert {(f.partner.geonameid, f.partner.country_iso2) for f in extractor.extract(news_article(body))} == {
        (2782067, "AT")
    }


def test_talks_with_a_towns_head_are_talks_with_the_town(extractor):
    body = "Делегація побувала в Румунії. Сквирська громада провела переговори з примаркою міста Інеу."
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Сквирська міська громада", "Інеу", "in_negotiation")
    }


def test_a_head_by_office_after_the_colon_that_follows_the_hromada_is_its_head(extractor):
    body = (
        "Делегація з Чехії відвідала Київщину. Найдалі просунулася Сквирська громада: ще торік міський голова "
        "Олег Карпенко і перший бургомістр міста Глінсько Ян Новак підписали угоду про партнерство."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Глінсько")}


def test_a_town_and_a_hromada_holding_talks_together_are_in_negotiation(extractor):
    body = (
        "Делегація з Чехії відвідала Київщину. Сквирська громада та місто Глінсько наразі ведуть переговори."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Сквирська міська громада", "Глінсько", "in_negotiation")
    }


def test_the_last_word_of_a_two_word_town_named_before_is_that_town(extractor):
    body = (
        "Сквирська громада підписала угоду про партнерство з чеським містом Високе Мито. Перші проєкти з Митом "
        "громада запланувала на весну, угоду з Митом підписали в Празі."
    )
    assert {f.partner.geonameid for f in extractor.extract(news_article(body))} == {3062214}


def test_we_and_a_town_who_signed_together_are_the_owner_and_its_partner(extractor):
    body = "«Відколи у березні 2023 року ми з польським Ласьком підписали меморандум, у нас було чотири проєкти»."
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.status)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert found == {("Сквирська міська громада", "Ласьк", "signed")}


def test_a_twin_pair_told_with_the_dash_for_are_holds_whichever_side_comes_first(extractor):
    body = "Гості приїхали з Польщі. Ласьк і Сквира – партнери вже другий рік."
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Ласьк")}


def test_a_word_the_article_writes_after_a_unit_noun_is_a_place_at_a_sentences_start(extractor):
    body = (
        "На ярмарок приїхали гості з гміни Бобова.\n\n"
        "«Бобова і Сквира – партнери вже другий рік», – сказав війт."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Бобова")}


def test_a_count_of_agreements_before_a_colon_opens_the_owners_list(extractor):
    body = (
        "Сьогодні Сквирська громада має чотири чинні угоди про партнерство: Ласьк (Польща), Глінсько, Кутна Гора "
        "(Чехія) та одна українська громада — Узинська з Київщини."
    )
    assert pairs(facts(extractor, body)) == {
        ("Сквирська міська громада", "Ласьк"),
        ("Сквирська міська громада", "Глінсько"),
        ("Сквирська міська громада", "Кутна Гора"),
        ("Сквирська міська громада", "Узинська міська громада"),
    }


def test_a_donor_town_the_owners_relative_clause_ties_is_its_partner(extractor):
    body = (
        "Генератор передало місто Ласьк, з яким наша громада торік у вересні підписала угоду про партнерство."
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.status)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert found == {("Сквирська міська громада", "Ласьк", "signed")}


def test_a_town_a_relative_clause_says_the_hromada_is_bound_to_by_an_agreement_is_its_partner(extractor):
    body = "Італійська Фіденца, з якою Сквирська громада пов'язана угодою про побратимство з 2019 року, надіслала допомогу."
    assert pairs_and_statuses(facts(extractor, body)) == {("Сквирська міська громада", "Фіденца", "signed")}


def test_a_fronted_partner_the_owner_plans_to_sign_with_is_a_planned_tie(extractor):
    body = "З польською ґміною Ласьк ми плануємо підписати меморандум про співпрацю у вересні."
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.status)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert found == {("Сквирська міська громада", "Ласьк", "planned")}


def test_a_register_set_out_one_field_a_line_gives_each_records_partner(extractor):
    article = news_article(
        "Реєстр угод ради оновлюється після кожного рішення сесії.\n\n"
        "Запис 1\n\nСторона: місто Ласьк (Лодзинське воєводство, Польща)\n\nВид документа: Угода про партнерство"
        "\n\nДата підписання: 14.05.2019\n\n"
        "Запис 2\n\nСторона: місто Глінсько (Чехія)\n\nВид документа: Меморандум про співпрацю\n\n"
        "Дата підписання: 02.10.2024",
        council=True,
    )
    found = {
        (f.partner.name_uk, f.relation, f.status, f.event_date)
        for f in extractor.extract(article, owner_katottg=SKVYRA)
    }
    assert found == {
        ("Ласьк", "partnership", "signed", "2019-05-14"),
        ("Глінсько", "memorandum", "signed", "2024-10-02"),
    }


def test_field_lines_that_name_no_partner_are_left_as_they_are():
    from parsers.facts.tables import tables_as_lists

    notice = "Дата: 12.05.2025\n\nМісце: актова зала\n\nПочаток: 10:00"
    assert tables_as_lists(notice) == notice


def test_a_head_of_a_towns_council_after_an_adjective_signs_for_the_town(extractor):
    body = (
        "Делегація зі Швеції. Угоду про партнерство підписали Сквирський міський голова Андрій Лисенко та "
        "голова муніципальної ради комуни Гьоор Анна Лундквіст."
    )
    assert pairs(facts(extractor, body)) == {("Сквирська міська громада", "Гьоор")}


def test_a_double_first_name_makes_the_surname_after_it_no_town(extractor):
    body = (
        "На форум приїхали делегації зі Швеції та Німеччини. Листи про наміри підписали: Сквирський міський "
        "голова Андрій Лисенко та голова муніципальної ради Гьоора Анна-Карін Ліндберг; Узинський міський "
        "голова Олег Зінченко та бургомістр Алена Карл-Гайнц Беренс."
    )
    assert "Ліндберг" not in {partner for _, partner in pairs(facts(extractor, body))}


def test_where_displaced_families_come_from_beyond_a_village_word_is_no_side(extractor):
    body = (
        "Меморандум з Узинською громадою підписали у 2025 році, коли на Київщині прихистили кілька десятків "
        "родин з прикордонних сіл Шосткинщини."
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert found == {("Сквирська міська громада", "Узинська міська громада")}


def test_the_namesake_the_articles_one_region_places_is_meant_in_the_body_too(extractor):
    article = news_article(
        "Сквирська громада підписала угоду про партнерство з польським містом і ґміною Юзефув Люблінського "
        "воєводства. Йдеться не про Юзефув під Варшавою.",
        title="Сквира і Юзефув: громада отримала партнера на Розточчі",
    )
    assert {f.partner.geonameid for f in extractor.extract(article)} == {770005}


def test_a_list_after_the_agreements_of_a_hromada_named_in_them_is_that_hromadas(extractor):
    body = (
        "Натомість чинними залишаються угоди про партнерство Узинської громади з європейськими партнерами: "
        "ґміною Ласьк (Польща) та містом Глінсько (Чехія)."
    )
    assert pairs(facts(extractor, body)) == {
        ("Узинська міська громада", "Ласьк"),
        ("Узинська міська громада", "Глінсько"),
    }


def test_a_signing_denied_then_a_plan_told_after_a_contrast_is_a_planned_tie(extractor):
    body = (
        "Сквирська громада угоди цього разу не підписала, однак домовилася з литовським Скуодасом про "
        "підготовку документа до кінця року."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {("Сквирська міська громада", "Скуодас", "planned")}


def test_a_signing_denied_with_nothing_else_gives_no_tie(extractor):
    body = "Сквирська громада угоди з литовським Скуодасом цього разу не підписала."
    assert facts(extractor, body) == set()


def test_a_venue_past_the_colon_of_talks_told_with_no_subject_is_no_side(extractor):
    body = (
        "Переговори з польським Ласьком тривали понад рік: першу зустріч провели ще на Днях польської "
        "культури в Сквирі у жовтні 2024-го."
    )
    assert facts(extractor, body) == set()


def test_a_region_after_a_name_whose_country_is_known_says_which_namesake(extractor):
    body = "Сквирська громада планує підписати лист про наміри з німецьким містом Франкенберг у Саксонії."
    assert {f.partner.geonameid for f in extractor.extract(news_article(body))} == {2925630}


def test_they_with_a_time_before_their_tie_are_the_hromada_named_before(extractor):
    body = (
        "– Насамперед Узинська громада. Вони ще з 2023 року мають угоду про партнерство з чеським містом "
        "Глінсько, і я дивився, як у них це працює."
    )
    article = news_article(body)
    assert {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)} == {
        ("Узинська міська громада", "Глінсько")
    }


def test_a_council_sites_own_hromada_stays_itself_beside_a_namesake_placed_in_its_oblast(extractor):
    body = (
        "Перший лист потрапив до Михайлівської громади Запорізької області – через збіг назв.\n\n"
        "Сільський голова та бургомістр підписали угоду про партнерство між Михайлівською сільською громадою та "
        "польським містом Ласьк."
    )
    found = council_codes_and_partners(extractor, body, "UA71080250000099725")
    assert found == {("UA71080250000099725", "Ласьк")}


def test_dash_pairs_whose_last_is_joined_by_a_are_each_hromadas_own(extractor):
    body = (
        "Тепер кожна з трьох громад району має свого польського партнера: Сквирська – Ласьк, Узинська – "
        "Ленчиця, а Фастівська – Опочно."
    )
    assert not any(country == "UA" for _, _, country, *_ in facts(extractor, body, owner=SKVYRA))


def test_a_tie_never_made_formal_is_no_tie(extractor):
    body = "Співпраця з містом Люблін як органом місцевого самоврядування не оформлювалася."
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_a_namesake_the_article_says_lies_in_a_region_after_a_relative_clause_is_that_regions(extractor):
    body = (
        "Угоди про партнерство підписали: Узинський міський голова Петро Гнатюк та бургомістр Франкенберга "
        "Томас Вебер.\n\n"
        "Франкенберг, з яким тепер співпрацюватиме Узинська громада, розташований у Саксонії."
    )
    assert {f.partner.geonameid for f in extractor.extract(news_article(body))} == {2925630}


def test_a_tie_told_in_the_first_person_stands_beside_another_hromadas_tie_with_the_partner(extractor):
    title = "Голова Сквирської громади: «Партнерів знаходять у біді»"
    body = (
        "Ми поговорили з міським головою Сквирської громади про бюджет.\n\n"
        "– А за кордоном?\n\n"
        "– Торік ми підписали угоду про партнерство з польським містом Ласьк. Ласьк, до речі, давно має "
        "угоду про партнерство з Узином."
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(news_article(body, title=title))}
    assert ("Сквирська міська громада", "Ласьк") in found


def test_a_fronted_partner_with_a_letter_of_intent_to_sign_is_planned(extractor):
    body = "З литовським містом Аніксчяй ми плануємо підписати лист про наміри у лютому."
    assert pairs_and_statuses(facts(extractor, body, owner=SKVYRA)) == {
        ("Сквирська міська громада", "Аніксчяй", "planned")
    }


def test_a_fronted_partner_whose_text_the_hromada_has_agreed_is_planned(extractor):
    body = "З литовським містом Аніксчяй ми вже погодили текст меморандуму, підписання заплановане на лютий."
    assert pairs_and_statuses(facts(extractor, body, owner=SKVYRA)) == {
        ("Сквирська міська громада", "Аніксчяй", "planned")
    }


def test_a_pair_whose_texts_agreeing_goes_on_is_in_negotiation(extractor):
    body = (
        "Результати зустрічей такі:\n\n"
        "– Узинська громада – Ленчиця: угоду про партнерство підписано 21 жовтня;\n"
        "– Сквирська громада – Ласьк: триває узгодження тексту угоди про співпрацю."
    )
    assert ("Сквирська міська громада", "Ласьк", "in_negotiation") in pairs_and_statuses(
        facts(extractor, body)
    )


def test_the_bare_hromada_after_who_tells_it_is_that_offices_hromada(extractor):
    body = (
        "За словами Узинського міського голови Петра Гнатюка, громада та фінське місто Пієксямякі планують "
        "найближчим часом підписати меморандум про співпрацю."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Узинська міська громада", "Пієксямякі", "planned")
    }


def test_each_pair_between_its_sides_takes_its_own_documents_kind(extractor):
    body = (
        "Угоду про співпрацю між Узинською громадою та польським містом Ласьк та меморандум про партнерство "
        "між Сквирською громадою і польським містом Ленчиця підписали 24 жовтня 2025 року."
    )
    assert {(ua, partner, relation) for ua, partner, _, relation, *_ in facts(extractor, body)} == {
        ("Узинська міська громада", "Ласьк", "cooperation"),
        ("Сквирська міська громада", "Ленчиця", "memorandum"),
    }


def test_a_register_row_of_a_gmina_and_town_whose_state_gives_its_term_keeps_its_date(extractor):
    article = news_article(
        "Оприлюднюємо реєстр угод, стороною яких є міська рада.\n\n"
        "№ | Сторона угоди | Вид документа | Дата підписання | Статус\n"
        "1 | Ґміна і місто Красностав (Польща) | Угода про партнерство | 12.05.2018 | безстрокова, чинна\n"
        "2 | Місто Йонава (Литва) | Меморандум про співпрацю | 27.06.2023 | до 2028 р., чинний",
        published="2025-12-05",
        council=True,
    )
    found = {
        (f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article, owner_katottg=SKVYRA)
    }
    assert found == {("Красностав", "signed", "2018-05-12"), ("Йонава", "signed", "2023-06-27")}


def test_two_partners_of_two_countries_each_after_its_own_with_are_the_owners_each_with_its_date(extractor):
    body = "Угоду з польським Красноставом підписали у вересні 2023 року, зі словацьким Свидником – у червні 2024-го."
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.event_date)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert found == {(SQUIRE, "Красностав", "2023-09"), (SQUIRE, "Свидник", "2024-06")}


def test_a_partner_in_a_clause_whose_dash_stands_for_the_verb_takes_that_clauses_date(extractor):
    body = (
        "Побратими громади – Красностав (Польща) та Свидник (Словаччина). Першою угоду підписали з "
        "польським Красноставом у 2021 році, останньою – зі словацьким Свидником восени 2024-го."
    )
    found = {
        (f.partner.name_uk, f.event_date)
        for f in extractor.extract(news_article(body, council=True), owner_katottg=SKVYRA)
    }
    assert found == {("Красностав", "2021"), ("Свидник", "2024")}


def test_a_signing_in_a_month_of_the_same_year_takes_the_year_the_paragraph_told_before(extractor):
    body = (
        "Історія дружби з Красноставом почалася у 2021 році, коли польська делегація приїхала до громади. "
        "Угоду про побратимство між Сквирською громадою та ґміною Красностав підписали в жовтні того ж року."
    )
    found = {
        (f.partner.name_uk, f.event_date)
        for f in extractor.extract(news_article(body, published="2024-05-01"))
    }
    assert found == {("Красностав", "2021-10")}


def test_a_twin_town_named_with_the_town_whose_twin_it_is_is_no_twin_of_the_owner(extractor):
    body = (
        "Учасники обміну житимуть у Красноставі. Ще одна екскурсія – до литовського міста-побратима "
        "Красностава, Аніксчяю, – цього разу не відбудеться."
    )
    assert facts(extractor, body, owner=SKVYRA) == set()


def test_the_hromadas_of_two_areas_coordinated_are_no_sides(extractor):
    body = (
        "Роменська міська рада розірвала угоду про співпрацю з російським містом Рильськ. Угоду з Рильськом "
        "підписали ще 2012 року, коли прикордонні громади Сумщини та Курщини обмінювалися делегаціями."
    )
    assert {(ua, partner) for ua, partner, *_ in facts(extractor, body)} == {
        ("Роменська міська громада", "Рильськ")
    }


def test_dash_pairs_with_the_verbs_with_after_a_paragraph_of_agreements_are_talks(extractor):
    body = (
        "Під час форуму свої підписи під угодами про партнерство поставили: Сквирська громада — ґміна "
        "Красностав; Узинська громада — ґміна Ленчиця.\n\n"
        "Ще дві громади перебувають на етапі погодження текстів: Фастівська — з ґміною Опочно, Білоцерківська — "
        "з містом і ґміною Ласьк."
    )
    assert {
        (ua, partner, status) for ua, partner, _, _, status, _ in facts(extractor, body) if status != "signed"
    } == {
        ("Фастівська міська громада", "Опочно", "in_negotiation"),
        ("Білоцерківська міська громада", "Ласьк", "in_negotiation"),
    }


def test_a_hromada_and_a_town_at_the_stage_of_talks_are_in_negotiation(extractor):
    body = (
        "Узинська громада та польське місто Ласьк поки що на етапі перемовин: сторони обмінялися проєктами "
        "документа та узгоджують напрями співпраці."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Узинська міська громада", "Ласьк", "in_negotiation")
    }


def test_a_hromada_that_agreed_with_a_town_to_sign_plans_it(extractor):
    body = "Узинська громада домовилася з естонським містом Тюрі підписати угоду про партнерство у квітні 2026 року."
    assert pairs_and_statuses(facts(extractor, body)) == {("Узинська міська громада", "Тюрі", "planned")}


def test_two_hromadas_that_signed_before_a_colon_of_what_followed_are_a_pair(extractor):
    body = (
        "Угоду про партнерство Узинська та Сквирська громади підписали ще восени 2024 року, і відтоді між ними "
        "налагодився обмін: навесні діти приїжджали на Дніпро, а тепер настала черга наших їхати в гори."
    )
    assert {frozenset((ua, partner)) for ua, partner, *_ in facts(extractor, body)} == {
        frozenset(("Узинська міська громада", "Сквирська міська громада"))
    }


def test_the_hromada_that_has_an_agreement_and_plans_camps_has_a_signed_tie(extractor):
    body = (
        "Діти з Узинської громади повернулися з табору в Карпатах. Громада, яка з минулого року має угоду про "
        "співпрацю з чеським містом Глінско, планує й міжнародні табори."
    )
    article = news_article(body, title="Діти з Узина провели канікули в Карпатах")
    assert {(f.ua.name_uk, f.partner.name_uk, f.status) for f in extractor.extract(article)} == {
        ("Узинська міська громада", "Глінско", "signed")
    }


def test_a_domestic_partner_after_a_foreign_ones_bracket_goes_on_the_list(extractor):
    body = (
        "Нагадаємо, сьогодні Узинська громада має партнерські угоди з общиною Тервел (Болгарія) та із "
        "Заболотівською селищною громадою Івано-Франківської області."
    )
    assert {(ua, partner) for ua, partner, *_ in facts(extractor, body)} == {
        ("Узинська міська громада", "Тервел"),
        ("Узинська міська громада", "Заболотівська селищна громада"),
    }


def test_a_small_namesake_in_the_one_kraj_the_article_names_is_the_partner(extractor):
    body = (
        "До громади приїхала делегація з Карловарського краю Чеської Республіки.\n\n"
        "Сільський голова і староста Границе Томаш Бурян підписали угоду про партнерство між Узинською "
        "громадою та містом Границе."
    )
    assert {f.partner.geonameid for f in extractor.extract(news_article(body))} == {3074889}


def test_a_dash_pair_listing_a_document_with_its_past_month_is_signed(extractor):
    body = (
        "Реєстр містить такі записи щодо громад району:\n\n"
        "Фастівська громада – Опочно (Польща): угода про партнерство, підписана у вересні 2024 року;\n"
        "Узинська громада – ґміна Нідзиця (Польща): меморандум про співпрацю, березень 2025 року;\n"
        "Сквирська громада – Кярдла (Естонія): лист про наміри, жовтень 2025 року."
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.status)
        for f in extractor.extract(news_article(body, published="2025-12-01"))
    }
    assert found == {
        ("Фастівська міська громада", "Опочно", "signed"),
        ("Узинська міська громада", "Нідзиця", "signed"),
        ("Сквирська міська громада", "Кярдла", "signed"),
    }


def test_a_hromada_that_opens_two_lines_of_dash_pairs_pairs_each_line_with_its_own_stage(extractor):
    body = (
        "Реєстр містить такі записи щодо громад району:\n\n"
        "Фастівська громада – Опочно (Польща): угода про партнерство, підписана у вересні 2024 року;\n"
        "Узинська громада – ґміна Нідзиця (Польща): меморандум про співпрацю, підписаний у березні 2025 року;\n"
        "Фастівська громада – Ласьк (Польща): переговори тривають."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {
        ("Фастівська міська громада", "Опочно", "signed"),
        ("Узинська міська громада", "Нідзиця", "signed"),
        ("Фастівська міська громада", "Ласьк", "in_negotiation"),
    }


def test_a_foreign_council_named_by_its_towns_adjective_with_the_town_in_brackets_is_that_town(extractor):
    body = (
        "ВИРІШИЛА:\n\n"
        "1. Припинити дію Угоди про співробітництво між Узинською міською радою та Горецькою міською радою "
        "(м. Горки Могильовської області, Республіка Білорусь) від 14 травня 2012 року."
    )
    assert pairs_and_statuses(facts(extractor, body)) == {("Узинська міська громада", "Горки", "terminated")}


def test_a_case_form_of_the_one_cyrillic_name_the_gazetteer_gives_a_town_is_that_town(extractor):
    body = (
        "До громади прибула делегація Пардубицького краю Чеської Республіки.\n\n"
        "Меморандум про партнерство підписали: голова Узинської громади Олена Руденко та староста Високого "
        "Мита Павел Штєпанек."
    )
    assert {(f.ua.name_uk, f.partner.geonameid) for f in extractor.extract(news_article(body))} == {
        ("Узинська міська громада", 3062214)
    }


def test_a_two_word_town_the_article_names_elsewhere_with_its_river_is_that_town(extractor):
    body = (
        "Чеське Нове Место на Мораві – місто на Височині, відоме лижними перегонами.\n\n"
        "Меморандум про співпрацю підписали голова Узинської громади Олег Тимків і староста Нового Места "
        "Їржі Новотни."
    )
    assert {f.partner.geonameid for f in extractor.extract(news_article(body))} == {3069465}


def test_a_hromada_that_agreed_a_draft_with_a_partner_in_an_elliptical_clause_plans_the_tie(extractor):
    body = (
        "Узинська громада підписала з польським Ласьком лист про наміри щодо співпраці, а Сквирська – погодила "
        "з ґміною Нова Демба проєкт угоди про партнерство, яку сторони планують підписати навесні."
    )
    assert ("Сквирська міська громада", "Нова Демба", "planned") in pairs_and_statuses(facts(extractor, body))


def test_a_signing_at_a_visit_takes_the_day_of_the_visit_told_several_sentences_before(extractor):
    body = (
        "4 лютого громаду відвідала делегація литовського муніципалітету Аніксчяй. До її складу увійшли мер "
        "та його заступники. Зустріч відбулася в ратуші. Гостей привітав міський голова. Він подякував "
        "литовським партнерам за підтримку. Сторони обговорили потреби шкіл. Литовська сторона розповіла про "
        "свої соціальні послуги.\n\n"
        "Головною подією візиту стало підписання меморандуму про співпрацю. Документ підписали Узинський міський "
        "голова Петро Гнатюк та мер Аніксчяя Ірма Бутенене."
    )
    found = {
        (f.partner.name_uk, f.event_date)
        for f in extractor.extract(news_article(body, published="2026-02-05"))
    }
    assert found == {("Аніксчяй", "2026-02-04")}


def test_a_signing_of_any_agreements_not_even_spoken_of_is_no_tie(extractor):
    body = (
        "Узинський міський голова Петро Гнатюк розповів, що найбільше його вразила прозорість: кожен мешканець "
        "Ласька бачить онлайн, скільки тепла споживає його будинок. «Ми хочемо запровадити таке в Узині. Але про "
        "підписання якихось угод з Ласьком поки не йдеться: це було навчання, а не переговори», – сказав він."
    )
    assert facts(extractor, body) == set()


def test_two_hromadas_that_each_signed_with_an_academy_are_no_pair(extractor):
    body = (
        "Під час конференції Узинська та Сквирська громади підписали меморандуми про співпрацю з Академією "
        "електронного управління."
    )
    assert facts(extractor, body) == set()


def test_a_namesake_the_article_names_by_its_regions_adjective_is_that_regions(extractor):
    body = (
        "Угоди підписали голова Узинської громади та бургомістр Франкенберга.\n\n"
        "Йдеться про саксонський Франкенберг, що неподалік Хемніца, а не про однойменне місто в Гессені."
    )
    assert {f.partner.geonameid for f in extractor.extract(news_article(body))} == {2925630}


def test_sides_listed_then_each_partner_after_its_own_document_pair_respectively(extractor):
    body = (
        "Представники Узинської, Сквирської та Фастівської громад підписали відповідно меморандум про "
        "партнерство з ґміною Кольбушова, лист про наміри зі словацьким містом Снина та меморандум про "
        "співпрацю з містом Лежайськ."
    )
    assert {(ua, partner, relation) for ua, partner, _, relation, *_ in facts(extractor, body)} == {
        ("Узинська міська громада", "Кольбушова", "memorandum"),
        ("Сквирська міська громада", "Снина", "intent"),
        ("Фастівська міська громада", "Лежайськ", "memorandum"),
    }
