"""Who a fact's sides are, its status and its partner's place, from the words of its sentence: offices,
where a hromada lies, lists of signers and partners, clauses of other subjects, and names written in a
case or shared by two countries' towns.

Every sentence here is written for this test; places are real, events are not.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from parsers.facts.extract import Extractor
from parsers.places.foreign import ForeignPlace
from tests.conftest import SQUIRE, facts_by_partner, news_article

facts = facts_by_partner


def test_a_suspended_agreement_is_terminated_unless_the_suspension_is_denied(extractor):
    suspended = facts(
        extractor,
        "Новина",
        "Виконавчий комітет ухвалив рішення про зупинення дії угоди про співпрацю між Сквирською міською "
        "громадою та білоруським містом Ліда.",
    )
    assert suspended["Ліда"][2] == "terminated"
    going_on = facts(
        extractor,
        "Новина",
        "Війна не зупинила співпрацю Сквирської міської громади з польським містом Ополе, з яким громада "
        "є побратимами з 2015 року.",
    )
    assert going_on["Ополе"][2] == "signed"


def test_a_deputy_mayor_signs_for_the_town_beside_the_hromadas_head(extractor):
    found = facts(
        extractor,
        "Новина",
        "Під час візиту Сквирський міський голова Олег Бондар і заступник мера нідерландського Делфта "
        "Мартін Стеллінга "
        "уклали угоду про партнерство.",
    )
    assert found["Делфт"][:3] == (SQUIRE, "partnership", "signed")


def test_a_partner_keeps_its_name_as_written_not_one_guessed_from_a_case_form(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирський міський голова і мер польського Тарнова підписали нову редакцію угоди про співпрацю між "
        "Сквирською міською громадою та містом Тарнів.",
    )
    assert list(found) == ["Тарнів"]


def test_where_the_hromada_lies_does_not_part_it_from_its_co_signer(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада на півдні Київщини та португальське місто Томар уклали угоду в новій "
        "редакції.",
    )
    assert found["Томар"][:3] == (SQUIRE, "cooperation", "renewed")


def test_an_agreement_not_signed_yet_while_talks_go_on_is_in_negotiation(extractor):
    talks = facts(
        extractor,
        "Новина",
        "Угоду про партнерство між Сквирською міською громадою та польським містом Ополе поки що не "
        "підписано: переговори щодо її тексту тривають.",
    )
    assert talks["Ополе"][2] == "in_negotiation"
    plan = facts(
        extractor,
        "Новина",
        "Угоду про партнерство між Сквирською міською громадою та польським містом Ополе поки що не "
        "підписано, її планують підписати восени.",
    )
    assert plan["Ополе"][2] == "planned"


@pytest.mark.parametrize(
    ("written", "town"), [("Сорок", "Сороки"), ("Бельц", "Бельці"), ("Стрешен", "Стрешени")]
)
def test_a_primars_town_in_the_plural_genitive_is_the_moldovan_town(extractor, written, town):
    found = facts(
        extractor,
        "Новина",
        f"Меморандум підписали Сквирський міський голова Олег Бондар та примар {written} Іон Попа.",
    )
    assert {name: fact[:3] for name, fact in found.items()} == {town: (SQUIRE, "memorandum", "signed")}


def test_a_plural_genitive_after_another_office_is_not_guessed(extractor):
    found = facts(
        extractor,
        "Новина",
        "Меморандум підписали Сквирський міський голова Олег Бондар та мер Сорок Іон Попа.",
    )
    assert found == {}


def test_signatures_put_under_a_document_name_its_signers(extractor):
    found = facts(
        extractor,
        "Новина",
        "Під меморандумом поставили підписи Сквирський міський голова Олег Бондар та бурмістр польського "
        "Ланьцута Ян Ковальський.",
    )
    assert found["Ланьцут"][:3] == (SQUIRE, "memorandum", "signed")


def test_a_list_of_partners_after_a_document_named_with_two_kinds_is_the_hromadas(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада має чинні угоди про партнерство та побратимство з шістьма громадами: "
        "Фьоклабрук (Австрія), Грубешів (Польща).",
    )
    assert {name: fact[0] for name, fact in found.items()} == {"Фьоклабрук": SQUIRE, "Грубешів": SQUIRE}


def test_what_was_signed_there_after_a_foreign_towns_twins_is_that_towns(extractor):
    article = news_article(
        "Сквирська громада підписала угоду з болгарським містом Свіщов.\n\n"
        "Серед побратимів Свіщова – румунське місто Зимніча та грецька Катеріні, а нещодавно там уклали "
        "меморандум із хорватським містом Вуковар.",
        title="Сквира і Свіщов",
        published="2025-06-20",
    )
    assert {f.partner.name_uk for f in extractor.extract(article)} == {"Свіщов"}


def test_a_hromada_placed_in_its_region_keeps_its_co_signer(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада на Київщині та болгарське місто Свіщов підписали нову редакцію угоди про "
        "побратимство.",
    )
    assert found["Свіщов"][:3] == (SQUIRE, "twinning", "renewed")


def test_an_oblasts_clause_after_the_hromadas_does_not_take_the_hromada_as_its_side(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська громада підписала меморандум з польським містом Ополе, а область — з повітом Пилвамаа.",
    )
    assert set(found) == {"Ополе"}


def test_the_partners_of_a_project_led_by_a_council_are_not_the_hromadas_partners(extractor):
    found = facts(
        extractor,
        "Новина",
        "Лідером проєкту є Сквирська міська рада, а партнерами — Повітова рада Марамуреш (Румунія), "
        "Асоціація місцевих громад та Агенція розвитку.",
    )
    assert found == {}


def test_a_name_two_countries_towns_share_is_the_town_of_the_country_named_first(extractor):
    article = news_article(
        "У Ризі завершилася конференція громад. За її підсумками народилися партнерства: Ічня — Валка; "
        "Носівка — Сігулда.\n\n"
        "Валка лежить на кордоні з Естонією і разом з естонським містом Валга утворює одне ціле.",
        title="Громади Чернігівщини підписали угоди з латвійськими містами",
        published="2025-06-20",
    )
    found = {f.partner.name_uk: f.partner.country_iso2 for f in extractor.extract(article)}
    assert found["Валка"] == "LV"


def test_a_bigger_town_of_the_country_named_first_outweighs_a_small_one_matched_by_an_alias():
    """Of two countries' towns, a small one whose alias is the name as written loses to a bigger one in
    the country the article names first that matches nearly as well (a stand-in gazetteer)."""
    alias = ForeignPlace("Тест", "Testdorf", "DE", "city", 1, 0.958, 4_000)
    bigger = ForeignPlace("Тест", "Testov", "CZ", "city", 2, 0.93, 15_000)
    smaller = ForeignPlace("Тест", "Testov", "CZ", "city", 3, 0.93, 3_000)

    def stand_in(place):
        world = SimpleNamespace(best=lambda span, country, level=None: place if country == "CZ" else alias)
        return SimpleNamespace(world=world)

    tied = Extractor._tied_in_an_earlier_country
    assert tied(stand_in(bigger), "Тест", alias, ["CZ", "DE"], None).geonameid == 2
    assert tied(stand_in(smaller), "Тест", alias, ["CZ", "DE"], None).geonameid == 1
    assert tied(stand_in(bigger), "Тест", alias, ["DE", "CZ"], None).geonameid == 1


def test_a_first_name_after_the_hromada_whose_head_it_holds_is_no_town(extractor):
    article = news_article(
        "Громади Київщини підписали угоди з німецькими містами. Угоди підписали: голова Фастівської міської "
        "громади Інна Мельник та мер Нойруппіна Йорг Шмідт."
    )
    found = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert found == {("Фастівська міська громада", "Нойруппін")}


def test_a_town_placed_in_its_county_and_voivodeship_elsewhere_is_that_namesake_in_a_list(extractor):
    article = news_article(
        "Через польських знайомих громада вийшла на ґміну Камениця в Бескидах. Тут важливе уточнення: йдеться "
        "про Каменицю в Лімановському повіті Малопольського воєводства, а не про однойменне село в Сілезькому "
        "воєводстві.\n\nСьогодні Сквирська громада має угоди з двома партнерами: Камениця (Польща) та Ниса "
        "(Польща)."
    )
    found = {f.partner.name_uk: f.partner.geonameid for f in extractor.extract(article)}
    assert found["Камениця"] == 769697  # the one in Lesser Poland, not the bigger namesake in Silesia


def test_heads_named_with_their_holders_pair_with_partners_respectively(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирський міський голова Олег Бондар та Узинський міський голова Ігор Ткач підписали меморандуми "
        "з польськими містами Ополе та Ланьцут відповідно.",
    )
    assert {name: fact[0] for name, fact in found.items()} == {
        "Ополе": SQUIRE,
        "Ланьцут": "Узинська міська громада",
    }


def test_heads_who_signed_one_four_party_agreement_pair_with_every_partner(extractor):
    found = extractor.extract(
        news_article(
            "Сквирський міський голова Олег Бондар та Узинський міський голова Ігор Ткач підписали "
            "чотиристоронню угоду про партнерство з мерами польських міст Ополе та Ланьцут.",
            title="Новина",
            published="2025-06-20",
        )
    )
    assert {(f.ua.name_uk, f.partner.name_uk) for f in found} == {
        (SQUIRE, "Ополе"),
        (SQUIRE, "Ланьцут"),
        ("Узинська міська громада", "Ополе"),
        ("Узинська міська громада", "Ланьцут"),
    }


def test_any_adjective_before_the_partners_unit_noun_keeps_the_co_signers(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада і польське курортне місто Бусько-Здруй продовжили співпрацю ще на п'ять "
        "років.",
    )
    assert found["Бусько-Здруй"][:3] == (SQUIRE, "cooperation", "renewed")


def test_a_relative_clause_about_the_next_name_gives_this_partner_no_status(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська громада має партнерські зв'язки з польським містом Ополе та білоруською громадою, з якою "
        "співпрацю призупинено після 2022 року.",
    )
    assert found["Ополе"][2:4] == ("signed", None)


def test_a_heads_office_names_the_type_of_its_hromadas_centre(extractor):
    found = facts(
        extractor,
        "Новина",
        "Меморандум про партнерство підписали селищний голова Чернівців Анатолій Пасічник і мер польського "
        "міста Ланьцут Ян Ковальський.",
    )
    assert found["Ланьцут"][0] == "Чернівецька селищна громада"


def test_a_first_name_after_a_heads_office_is_its_holder_not_a_village(extractor):
    found = facts(
        extractor,
        "Новина",
        "На сесії Ради ґміни Скочув сільський голова Надія Головань і бурмістр ґміни Скочув Мірослав Ґолонка "
        "підписали угоду про партнерство.",
    )
    assert found == {}


def test_two_heads_named_with_their_holders_who_co_sign_are_a_domestic_pair(extractor):
    found = extractor.extract(
        news_article(
            "30 квітня Павлоградський міський голова Анатолій Вершина та Хустський міський голова Володимир "
            "Кащук підписали угоду про партнерство між Павлоградською та Хустською міськими громадами.",
            title="Новина",
            published="2025-06-20",
        ),
        owner_katottg="UA12120070000057518",
    )
    assert {(f.ua.name_uk, f.partner.name_uk, f.status) for f in found} == {
        ("Павлоградська міська громада", "Хустська міська громада", "signed")
    }


def test_delegations_of_two_hromadas_each_signing_with_its_own_partner_are_no_domestic_pair(extractor):
    found = extractor.extract(
        news_article(
            "Делегації Сквирської та Узинської міських громад побували в Польщі, де кожна громада підписала "
            "угоду про співпрацю: Сквира – з Ополем, Узин – з Ланьцутом.",
            title="Новина",
            published="2025-06-20",
        )
    )
    assert not any(f.partner.domestic for f in found)


def test_a_listed_partner_keeps_its_tie_beside_a_relative_clause_on_the_next_partners_signing(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквира має побратимські та партнерські зв'язки з кількома європейськими містами. Серед них — польське "
        "Ополе та французьке місто Дьєп, з яким громада уклала угоду про співпрацю навесні 2024 року.",
    )
    assert {name: fact[2:4] for name, fact in found.items()} == {
        "Ополе": ("signed", None),
        "Дьєп": ("signed", "2024"),
    }


def test_a_clause_of_time_after_that_is_no_clause_of_where_its_subject_lies(extractor):
    timed = facts(
        extractor,
        "Новина",
        "Нагадаємо, що у 2021 році Сквирська громада підписала угоду про партнерство з естонським містом Пилва.",
    )
    assert timed["Пилва"][:4] == (SQUIRE, "partnership", "signed", "2021")


def test_a_hromada_set_aside_after_a_word_or_two_is_no_side_of_the_ties_that_follow(extractor):
    body = (
        "Окрім угоди з Брусилівською громадою, Сквирська громада підтримує зв'язки з польською гміною "
        "Мєндзижець, з якою у 2020 році уклала меморандум про співпрацю."
    )
    found = extractor.extract(news_article(body, published="2025-06-20"))
    assert [(f.ua.name_uk, f.partner.geonameid, f.relation, f.status, f.event_date) for f in found] == [
        (SQUIRE, 764862, "memorandum", "signed", "2020")  # Międzyrzec (Podlaski), its ę written "єн"
    ]
    besides = facts(
        extractor,
        "Новина",
        "Крім того Сквирська громада підписала угоду про партнерство з литовським містом Утена.",
    )
    assert besides["Утена"][0] == SQUIRE


def test_a_list_of_dash_pairs_after_the_venue_pairs_each_hromada_with_its_own_partner(extractor):
    body = (
        "10 березня у Житомирі три громади області підписали угоди про партнерство з норвезькими "
        "муніципалітетами: Сквирська — Гамар; Брусилівська — Ліллегаммер; Коростишівська — Ельверум."
    )
    found = extractor.extract(news_article(body, published="2025-06-20"))
    assert sorted((f.ua.name_uk, f.partner.name_uk, f.link) for f in found) == [
        ("Брусилівська селищна громада", "Ліллегаммер", "dash_pair"),
        ("Коростишівська міська громада", "Ельверум", "dash_pair"),
        (SQUIRE, "Гамар", "dash_pair"),
    ]


def test_the_town_where_guests_from_another_hromada_sign_is_no_side_of_their_agreement(extractor):
    found = facts(
        extractor,
        "Новина",
        "У Сквирі гості з Брусилівщини підписали меморандум з австрійським Вельсом.",
    )
    assert "Вельс" not in found
    hosted = facts(extractor, "Новина", "У Сквирі підписали меморандум з австрійським Вельсом.")
    assert hosted["Вельс"][:3] == (SQUIRE, "memorandum", "signed")


def test_a_tie_told_as_a_claim_the_text_does_not_vouch_for_is_no_fact(extractor):
    for claim in (
        "Поширилося повідомлення, ніби Сквирська громада підписала угоду про партнерство з японським містом "
        "Мацумото.",
        "Торік у мережі писали, що Сквирська громада начебто уклала угоду з польським Ряшевом.",
    ):
        assert facts(extractor, "Новина", claim) == {}
    likened = facts(
        extractor,
        "Новина",
        "Громади працюють так, ніби вони сусіди, тож Сквирська громада підписала угоду про партнерство з "
        "японським містом Мацумото.",
    )
    assert likened["Мацумото"][:3] == (SQUIRE, "partnership", "signed")


def test_a_first_name_after_a_bare_comrade_word_is_a_man_not_a_twin_town(extractor):
    comrade = facts(
        extractor,
        "Новина",
        "«Ми разом пройшли Бахмут і Часів Яр», — розповів на прощанні побратим Романа, сержант Ігор Лисенко.",
    )
    assert comrade == {}
    town = facts(extractor, "Новина", "Сквирська громада має нового побратима – румунське місто Роман.")
    assert town["Роман"][:3] == (SQUIRE, "twinning", "signed")


def test_twins_counted_in_one_sentence_and_named_in_the_next_are_the_hromadas_own(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквира має вже кілька міст-побратимів. Серед них — литовське місто Утена та польський Ополе.",
    )
    assert {name: fields[:3] for name, fields in found.items()} == {
        "Утена": (SQUIRE, "twinning", "signed"),
        "Ополе": (SQUIRE, "twinning", "signed"),
    }
    guests = facts(
        extractor,
        "Новина",
        "Делегація з Ополя має багато партнерів. Серед них — литовське місто Утена.",
    )
    assert guests == {}
    besides = facts(
        extractor,
        "Новина",
        "Сквира має кілька міст-побратимів. Окрім Ланьцута, це польські Ополе та Ряшів.",
    )
    assert besides["Ополе"][:3] == besides["Ряшів"][:3] == (SQUIRE, "twinning", "signed")


def test_a_visit_that_ended_with_the_signing_says_the_agreement_was_signed(extractor):
    ended = facts(
        extractor,
        "Новина",
        "Завершилася поїздка підписанням угоди про співпрацю між Сквирською громадою та муніципалітетом Касерес.",
    )
    assert ended["Касерес"][:3] == (SQUIRE, "cooperation", "signed")
    ahead = facts(
        extractor,
        "Новина",
        "Візит завершиться підписанням угоди про співпрацю між Сквирською громадою та муніципалітетом Касерес.",
    )
    assert ahead.get("Касерес", (None, None, None))[2] != "signed"


def test_a_name_in_the_instrumental_after_a_hushing_consonant_has_no_soft_sign_in_the_nominative(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська громада веде переговори з португальським Гімарайншем про партнерство.",
    )
    assert found["Гімарайнш"][:3] == (SQUIRE, "partnership", "in_negotiation")


def test_talks_with_a_town_fronted_by_its_adjective_are_in_negotiation_undated_by_their_start(extractor):
    fronted = facts(
        extractor,
        "Новина",
        "З португальським Гімарайншем Сквирська громада веде переговори вже понад рік.",
    )
    assert fronted["Гімарайнш"][:3] == (SQUIRE, "cooperation", "in_negotiation")
    since = facts(
        extractor,
        "Новина",
        "Сквирська громада веде переговори з португальським містом Брага з весни 2024 року.",
    )
    assert since["Брага"][2:4] == ("in_negotiation", None)
    company = facts(
        extractor,
        "Новина",
        "З португальською компанією Мілленіум Сквирська громада веде переговори вже понад рік.",
    )
    assert company == {}


def test_the_oblast_named_right_after_an_office_decides_which_namesake_hromada_it_heads(extractor):
    article = news_article(
        "Переселенці з Гуляйполя живуть у Запоріжжі, на Львівщині та на Хмельниччині. 26 січня "
        "Гуляйпільський міський голова Сергій Ярмак і Городоцький міський голова Хмельницької області "
        "Володимир Бачинський підписали меморандум про співпрацю між громадами.",
        published="2026-01-29",
    )
    found = {(f.ua.katottg, f.partner.katottg, f.status) for f in extractor.extract(article)}
    assert found == {("UA23100070000026535", "UA68040130000024471", "signed")}


def test_the_kind_of_office_tells_same_named_hromadas_of_other_kinds_apart(extractor):
    article = news_article(
        "Лубенська та Обухівська громади уклали меморандуми про партнерство з містами Франції та Австрії. "
        "Документи підписали: Лубенський міський голова та мер Анже Крістоф Бешю; Обухівський міський "
        "голова та бургомістр Штайра Маркус Фогль.",
        published="2025-06-20",
    )
    sides = {f.partner.name_uk: f.ua.katottg for f in extractor.extract(article)}
    assert sides == {"Анже": "UA53040030000088898", "Штайр": "UA32120110000025177"}


def test_signatures_put_under_the_documents_name_their_signers_entry_by_entry(extractor):
    article = news_article(
        "Сквирська та Брусилівська громади уклали меморандуми про партнерство з містами Франції та "
        "Австрії. Підписи під документами поставили: Сквирський міський голова та мер Анже Крістоф Бешю; "
        "Брусилівський селищний голова та бургомістр Штайра Маркус Фогль.",
        published="2025-06-20",
    )
    found = {(f.ua.name_uk, f.partner.name_uk, f.relation, f.status) for f in extractor.extract(article)}
    assert found == {
        (SQUIRE, "Анже", "memorandum", "signed"),
        ("Брусилівська селищна громада", "Штайр", "memorandum", "signed"),
    }


def test_a_hromada_named_as_the_venue_and_then_as_a_side_is_one_side(extractor):
    venue_first = facts(
        extractor,
        "Новина",
        "Минулої п'ятниці в Олевську, у залі засідань міської ради, Павлоградський міський голова та його "
        "олевський колега скріпили підписами угоду про партнерство між громадами.",
    )
    assert venue_first["Олевська міська громада"][:3] == (
        "Павлоградська міська громада",
        "partnership",
        "signed",
    )
    centre_after = facts(
        extractor,
        "Новина",
        "Поліська селищна громада з центром у Красятичах і японське містечко Наміе підписали угоду про "
        "співпрацю.",
    )
    assert centre_after["Наміе"][:3] == ("Поліська селищна громада", "cooperation", "signed")


def test_the_parties_that_sign_after_a_visit_are_the_hromada_and_the_town_it_tells_of(extractor):
    visit = facts(
        extractor,
        "Новина",
        "Делегація Сквирської громади побувала в польському місті Ополе. Сторони підписали угоду про співпрацю.",
    )
    assert visit["Ополе"] == (SQUIRE, "cooperation", "signed", None, "parties")
    called_on = facts(
        extractor,
        "Новина",
        "Делегація Сквирської громади навідалася до польського міста Ополе. Сторони підписали угоду про "
        "співпрацю.",
    )
    assert called_on["Ополе"][4] == "parties"  # every verb of the one visit vocabulary tells a visit
    for unclear in (
        # profit is no visit, though its word begins as "прибули" does
        "Прибутки Сквирської громади від продажу лісу до польського міста Ополе зросли. Сторони підписали "
        "угоду про співпрацю.",
        # two towns visited: which one signed is not told
        "Делегація Сквирської громади побувала в польських містах Ополе та Ряшів. Сторони підписали угоду.",
        # a fund's visit: the parties may be the fund's
        "До Сквири приїхали представники фонду з литовського міста Утена. Сторони підписали меморандум про "
        "співпрацю.",
    ):
        assert facts(extractor, "Новина", unclear) == {}
    council = news_article(
        "До громади завітала делегація з литовського міста Утена на чолі з мером. Сторони підписали "
        "меморандум про партнерство.",
        published="2025-06-20",
        council=True,
    )
    found = extractor.extract(council, owner_katottg="UA32020150000040878")
    assert [(f.ua.katottg, f.partner.name_uk, f.link) for f in found] == [
        ("UA32020150000040878", "Утена", "parties")
    ]


def test_talks_a_hromada_conducts_are_in_negotiation_but_talks_once_held_at_a_forum_are_not(extractor):
    going_on = facts(
        extractor, "Новина", "Сквирська громада проводить переговори з болгарським містом Габрово."
    )
    assert going_on["Габрово"][:3] == (SQUIRE, "cooperation", "in_negotiation")
    held = facts(
        extractor,
        "Новина",
        "Представники Сквирської та Брусилівської громад провели переговори з містами Свіднік і Гуменне.",
    )
    assert held == {}


def test_a_photo_caption_in_the_present_shows_the_signing_but_a_present_tense_alone_does_not(extractor):
    caption = facts(
        extractor,
        "Новина",
        "На фото: Сквирський міський голова та мер польського Ополя підписують угоду про партнерство.",
    )
    assert caption["Ополе"][:3] == (SQUIRE, "partnership", "signed")
    ahead = facts(
        extractor,
        "Новина",
        "Сквирська громада та польське місто Ополе підписують угоду про партнерство наступного тижня.",
    )
    assert "Ополе" not in ahead or ahead["Ополе"][2] != "signed"


def test_a_head_named_by_office_alone_heads_the_hromada_the_sentence_before_is_about(extractor):
    found = facts(
        extractor,
        "Новина",
        "Брусилівська громада приймала гостей з Польщі. Угоду про партнерство підписали селищний голова "
        "Іван Петренко та бургомістр Ополя Анджей Новак.",
    )
    assert found["Ополе"][:3] == ("Брусилівська селищна громада", "partnership", "signed")
    new_paragraph = facts(
        extractor,
        "Новина",
        "Брусилівська громада приймала гостей з Польщі.\n\nУгоду про партнерство підписали селищний голова "
        "Іван Петренко та бургомістр Ополя Анджей Новак.",
    )
    assert new_paragraph == {}


def test_a_list_of_twins_opened_by_is_also_is_the_hromadas_own(extractor):
    found = facts(
        extractor,
        "Новина",
        "Довідково: містами-побратимами Сквирської громади є також Ярослав (Польща) та Рієті (Італія).",
    )
    assert {name: fields[:3] for name, fields in found.items()} == {
        "Ярослав": (SQUIRE, "twinning", "signed"),
        "Рієті": (SQUIRE, "twinning", "signed"),
    }


def test_a_name_set_aside_by_besides_is_one_capitalised_word_not_the_hromada_after_it(extractor):
    found = facts(
        extractor,
        "Новина",
        "Нагадаємо, що крім Сандомира партнерами Сквири є чеське місто Пардубице та молдовське місто Сорока.",
    )
    assert {name: fields[0] for name, fields in found.items()} == {"Пардубице": SQUIRE, "Сорока": SQUIRE}
    two_words = facts(
        extractor,
        "Новина",
        "Окрім Кутної Гори, побратимом Сквири є польське місто Гнезно, з яким угоду підписали у 2019 році.",
    )
    assert list(two_words) == ["Гнезно"]


def test_a_surname_after_a_nobiliary_particle_is_no_town(extractor):
    found = facts(
        extractor,
        "Новина",
        "У ратуші Гамбурга голова німецького району Альтона Штефані фон Берг і Сквирський міський голова "
        "підписали меморандум про партнерство.",
    )
    assert "Берг" not in found


def test_the_twins_of_a_town_named_by_its_countrys_adjective_are_that_towns(extractor):
    article = news_article(
        "Побратимами чеського міста є також французький Ерне та польське Лешно, з якими Сквира планує "
        "познайомитися на фестивалі.",
        title="Сквирська громада знайшла партнера в Чехії",
        published="2025-06-20",
    )
    assert [f.partner.name_uk for f in extractor.extract(article)] == []
    council = news_article(
        "Партнерами міської громади є польське місто Ополе та литовська Утена.", published="2025-06-20"
    )
    own = extractor.extract(council, owner_katottg="UA32020150000040878")
    assert sorted(f.partner.name_uk for f in own) == ["Ополе", "Утена"]  # "міської": the hromada's own kind


def test_a_plan_taken_off_the_agenda_after_the_talks_broke_off_is_no_plan(extractor):
    found = facts(
        extractor,
        "Новина",
        "Планувалося, що у 2025 році Сквирська громада підпише меморандум з угорським містом Пакш, однак "
        "переговори припинено, і цю ідею знято з плану.",
    )
    assert found == {}


def test_a_foreign_mayor_who_says_the_town_ended_a_tie_speaks_of_his_own_town(extractor):
    article = news_article(
        "Делегація Сквирської громади побувала на Днях міста в румунській Агніті. Мер Агніти Йоан Деляну "
        "нагадав, що у 2022 році місто розірвало угоду про співпрацю з російським Сєвськом.",
        title="Делегація Сквирської громади побувала в Агніті",
        published="2025-06-20",
    )
    assert [f.partner.name_uk for f in extractor.extract(article)] == []


def test_a_city_head_heads_no_village_or_settlement_hromada_named_before(extractor):
    found = facts(
        extractor,
        "Новина",
        "Делегація прибула до Брусилівської громади. Угоду підписали міський голова Іван Петренко та "
        "бургомістр Ополя Анджей Новак.",
    )
    assert found == {}


def test_two_hromadas_between_which_an_agreement_is_signed_are_a_domestic_pair(extractor):
    found = facts(
        extractor,
        "Новина",
        "Вчора голови двох громад підписали угоду про партнерство між Сквирською та Іршавською громадами.",
    )
    assert found["Іршавська міська громада"] == (SQUIRE, "partnership", "signed", "2025-06-19", "between")


def test_a_fronted_partner_ends_before_the_hromada_named_right_after_it(extractor):
    found = facts(extractor, "Новина", "З польським містом Ополе Сквира співпрацює з 2016 року.")
    assert found["Ополе"][:3] == (SQUIRE, "cooperation", "signed")


def test_heads_who_sign_together_with_foreign_mayors_are_co_signers(extractor):
    found = facts(
        extractor,
        "Новина",
        "9 грудня в Загребі Сквирський міський голова Олег Бондар разом з міським головою хорватського "
        "Вуковара Іваном Пенавою та мером словенського Птуя Нузкою Горшек підписали тристоронній меморандум.",
    )
    assert {name: fields[:3] for name, fields in found.items()} == {
        "Вуковар": (SQUIRE, "memorandum", "signed"),
        "Птуй": (SQUIRE, "memorandum", "signed"),
    }
    visit = facts(
        extractor,
        "Новина",
        "Сквирський міський голова разом з делегацією побував у Вуковарі, де підписали меморандум.",
    )
    assert visit == {}


def test_a_villages_name_inside_a_foreign_towns_name_stays_part_of_it(extractor):
    found = facts(
        extractor,
        "Новина",
        "Депутати Сквирської міської ради ухвалили рішення про розірвання угоди про побратимство з російським "
        "містом Полярні Зорі Мурманської області.",
    )
    assert found["Полярні Зорі"][:3] == (SQUIRE, "twinning", "terminated")


def test_two_hromadas_that_each_sign_with_their_own_partner_are_no_domestic_pair(extractor):
    found = facts(
        extractor,
        "Новина",
        "Делегації Сквирської та Брусилівської громад побували в Ольштині та Елку, де кожна громада підписала "
        "угоду про співпрацю: сквирчани – з елцькими колегами, а брусилівці – з ольштинськими.",
    )
    assert "Брусилівська селищна громада" not in found and SQUIRE not in found


def test_a_body_named_by_a_plain_word_is_no_town_the_gazetteer_lacks(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада підписала меморандум про співпрацю з Асоціацією комун провінції Кунео – "
        "об'єднанням понад двохсот муніципалітетів італійського регіону П'ємонт.",
    )
    assert found == {}


def test_a_hromada_that_opens_a_contrasting_clause_of_its_own_is_no_partner_of_the_one_before(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська громада нещодавно підписала меморандум із асоціацією італійських комун, а Біла Церква має "
        "давніх партнерів у Польщі та Словаччині.",
    )
    assert found == {}
    elliptical = facts(
        extractor,
        "Новина",
        "Сквирська громада уклала меморандум з Брусилівською громадою, а Вознесенська — з Первомайською.",
    )
    assert elliptical["Первомайська міська громада"][0] == "Вознесенська міська громада"
    own_tie = facts(
        extractor,
        "Новина",
        "Торік Сквирська громада підписала угоду про співпрацю з громадою Жидачева на Львівщині, а Шумська "
        "громада має партнерські відносини з Кременецькою громадою.",
    )
    assert own_tie["Кременецька міська громада"][0] == "Шумська міська громада"


def test_a_hromada_that_signs_with_a_body_is_no_partner_of_the_articles_hromada(extractor):
    article = news_article(
        "Сусідня Брусилівська громада нещодавно підписала меморандум із асоціацією італійських комун, а "
        "Біла Церква має давніх партнерів у Польщі та Словаччині.",
        title="Сквирська громада спростувала чутки про побратимство",
        published="2025-06-20",
    )
    assert extractor.extract(article) == []


def test_an_interview_with_a_hromadas_head_speaks_for_that_hromada(extractor):
    article = news_article(
        "– Які партнери сьогодні має громада?\n\n– Зараз ведемо переговори з португальським містом Томар.",
        title="«Ми відкриті до співпраці»: Сквирський міський голова про міжнародні зв'язки",
        published="2025-06-20",
    )
    found = [(f.ua.name_uk, f.partner.name_uk, f.status) for f in extractor.extract(article)]
    assert found == [(SQUIRE, "Томар", "in_negotiation")]


def test_a_town_that_became_the_hromadas_partner_is_signed(extractor):
    article = news_article(
        "Ірландське місто Тралі стало офіційним партнером нашої громади.",
        published="2025-06-20",
        council=True,
    )
    found = extractor.extract(article, owner_katottg="UA32020150000040878")
    assert [(f.ua.katottg, f.partner.name_uk, f.status) for f in found] == [
        ("UA32020150000040878", "Тралі", "signed")
    ]
    figure = facts(extractor, "Новина", "Сквира і Сребрениця стали побратимами по трагедії.")
    assert figure == {}  # brothers in tragedy: a figure of speech, no tie
    renewal = facts(
        extractor,
        "Новина",
        "Важливою подією стало оновлення партнерства Сквирської громади з ізраїльським містом Гедера.",
    )
    assert renewal["Гедера"][2] == "renewed"


def test_our_partner_with_an_adjective_is_the_council_sites_own(extractor):
    article = news_article(
        "Ломжа – наш надійний партнер ще з 2017 року.", published="2025-06-20", council=True
    )
    found = extractor.extract(article, owner_katottg="UA32020150000040878")
    assert [(f.ua.katottg, f.partner.name_uk, f.status) for f in found] == [
        ("UA32020150000040878", "Ломжа", "signed")
    ]


def test_on_a_council_site_the_hromada_that_cooperates_with_a_town_is_the_site(extractor):
    article = news_article(
        "Громада співпрацює з французьким Монбельяром у сфері освіти.", published="2025-06-20", council=True
    )
    found = extractor.extract(article, owner_katottg="UA32020150000040878")
    assert [(f.ua.katottg, f.partner.name_uk, f.relation, f.status) for f in found] == [
        ("UA32020150000040878", "Монбельяр", "cooperation", "signed")
    ]
    volunteers = news_article(
        "Громада співпрацює з польськими волонтерами з Ополя.", published="2025-06-20", council=True
    )
    assert extractor.extract(volunteers, owner_katottg="UA32020150000040878") == []


def test_a_pronoun_that_opens_a_list_of_twins_is_the_hromada_named_before_it_not_a_namesake_town(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська громада розташована на Київщині. Вона має побратима — польське місто Ополе.",
    )
    assert found["Ополе"][:3] == (SQUIRE, "twinning", "signed")


def test_an_agreement_named_by_its_ordinal_after_a_count_of_the_hromadas_agreements_is_its_own(extractor):
    found = facts(
        extractor,
        "Звіт",
        "На кінець року Сквирська громада має три чинні партнерські угоди.\n\nПерша – з латвійським містом "
        "Сігулда, підписана у 2024 році, завдяки якій діти відпочили біля Риги. Другу угоду громада уклала "
        "з німецьким містом Еберсберг.",
    )
    assert found["Сігулда"][:4] == (SQUIRE, "cooperation", "signed", "2024")
    assert "Рига" not in found  # the entry's story after its first comma names no other entry
    unrelated = facts(
        extractor,
        "Новина",
        "Перша – з латвійським містом Сігулда, підписана у 2024 році.",
    )
    assert unrelated == {}  # no count of agreements before it: an ordinal of nothing


def test_a_list_of_the_hromadas_partners_a_person_reports_is_the_hromadas_but_a_foreign_mayors_is_not(
    extractor,
):
    def council(body: str) -> set[tuple[str, str]]:
        article = news_article(body, published="2025-06-20", council=True)
        return {
            (f.ua.name_uk, f.partner.name_uk)
            for f in extractor.extract(article, owner_katottg="UA32020150000040878")
        }

    reported = "Начальниця відділу Оксана Мельничук нагадала, що партнерами громади є литовська Утена та чеський Табор."
    assert council(reported) == {(SQUIRE, "Утена"), (SQUIRE, "Табор")}
    foreign = "Мер Ополя Ян Ковальський нагадав, що партнерами міста є литовська Утена та чеський Табор."
    assert council(foreign) == set()


def test_a_hromada_at_the_stage_of_talks_with_a_town_is_in_negotiation(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада перебуває на етапі переговорів з польським містом Пасленк.",
    )
    assert found["Пасленк"][:3] == (SQUIRE, "cooperation", "in_negotiation")


def test_a_hromada_named_by_its_adjective_alone_as_a_clauses_subject_is_that_clauses_side(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська громада підписала угоду з польським Ополем, Узинська веде перемовини з литовською Утеною.",
    )
    assert found["Ополе"][:3] == (SQUIRE, "cooperation", "signed")
    assert found["Утена"][:3] == ("Узинська міська громада", "cooperation", "in_negotiation")
    dated = facts(
        extractor,
        "Новина",
        "У Варшаві, 20 травня 2025 року, Сквирська громада підписала угоду з польським Ополем.",
    )
    assert dated["Ополе"][3] == "2025-05-20"  # an opening of place and time is no clause of its own


def test_a_village_where_another_predicate_of_the_subject_took_place_is_no_side(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська громада розвиває міжнародні зв'язки. Минулого року вона уклала угоду про партнерство з "
        "польським містом Ополе, а також отримала допомогу від фундації на облаштування амбулаторії в селі Лиман.",
    )
    assert found["Ополе"][:3] == (SQUIRE, "partnership", "signed")


def test_a_district_whose_country_the_article_leaves_open_is_given_none_of_its_countries(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська громада розірвала побратимство з російським Новозибковим і знайшла партнера в Литві. Того "
        "ж дня громада підписала меморандум про співпрацю з Йонавським районним самоврядуванням.",
    )
    assert "Йонавський район" not in found  # of the article's two countries, its sentence names neither


def test_the_twins_of_the_hromada_just_named_are_its_own_not_the_articles_or_the_aids_recipients(extractor):
    article = news_article(
        "Бердянська громада уклала меморандум з Узинською громадою. Крім того, Сквира має і закордонних "
        "партнерів. Серед міст-побратимів громади — польські Ополе і Ряшів, які також долучилися до збору "
        "допомоги для Бердянська.",
        title="Бердянськ знайшов партнера",
        published="2025-06-20",
    )
    found = {f.partner.name_uk: f.ua.name_uk for f in extractor.extract(article)}
    assert found["Ополе"] == found["Ряшів"] == SQUIRE


def test_a_hromada_and_a_town_preparing_their_agreement_plan_it(extractor):
    found = facts(
        extractor, "Новина", "Нині Сквира та канадське місто Летбридж готують проєкт угоди про партнерство."
    )
    assert found["Летбридж"][:3] == (SQUIRE, "partnership", "planned")


def test_a_hromadas_adjective_without_its_noun_is_never_a_foreign_town(extractor):
    found = facts(
        extractor,
        "Новина",
        "Громади давно розірвали угоди з містами Росії. Ще дві громади – Полтавська та Кременчуцька – ведуть "
        "переговори з естонськими містами.",
    )
    assert found == {}


def test_a_domestic_partner_beside_a_foreign_one_needs_a_document_in_its_own_clause(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська громада має партнерську угоду з польським містом Ополе, а у 2024 році уклала меморандум "
        "про співпрацю з Бердянською міською громадою.",
    )
    assert found["Ополе"][:3] == (SQUIRE, "partnership", "signed")
    assert found["Бердянська міська громада"][:4] == (SQUIRE, "memorandum", "signed", "2024")
    talks = facts(
        extractor,
        "Новина",
        "Сквирська громада підписала угоду з польським Ополем, а з Бердянською громадою готує меморандум.",
    )
    assert talks["Бердянська міська громада"][2] == "planned"  # its own clause's stage, not the first's
    no_document = facts(
        extractor,
        "Новина",
        "Сквирська громада уклала угоду з польським Ополем, а з 2024 року співпрацює з Бердянською громадою "
        "в межах проєкту.",
    )
    assert "Бердянська міська громада" not in no_document


def test_partners_fronted_after_a_colon_that_counts_the_hromadas_partners_are_its_own(extractor):
    article = news_article(
        "Нагадаємо, що Сквирська громада має закордонних партнерів: з польським Ланьцутом укладено угоду про "
        "співробітництво ще у 2008 році, а з литовським містом Утена громада співпрацює з 2023 року.",
        published="2025-06-20",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.ua.name_uk, f.status, f.event_date)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found == {"Ланьцут": (SQUIRE, "signed", "2008"), "Утена": (SQUIRE, "signed", "2023")}


def test_a_hromadas_adjective_under_a_plural_noun_is_never_the_namesake_towns_hromada(extractor):
    article = news_article(
        "До Сквири прибула делегація з Прикарпаття. Сквирський міський голова та гості підписали меморандум "
        "про партнерство між Сквирською та Долинською міськими громадами.",
        published="2025-06-20",
    )
    partners = {f.partner.katottg for f in extractor.extract(article)}
    assert "UA35040110000055821" not in partners  # the town Долинська's hromada, in another oblast


@pytest.mark.parametrize(
    ("written", "country", "partner", "geonameid"),
    [
        ("Гміна Фірлей", "Польща", "Фірлей", 772518),  # a gmina's unit word capitalised, as lists write it
        ("Вісагінас Муніципалітет", "Литва", "Вісагінас", 593063),  # the unit word after the name
    ],
)
def test_a_capitalised_town_unit_word_beside_the_name_keeps_the_towns_id(
    extractor, written, country, partner, geonameid
):
    article = news_article(
        f"Сквирська міська громада та {written} ({country}) підписали угоду про партнерство."
    )
    assert {f.partner.name_uk: f.partner.geonameid for f in extractor.extract(article)} == {
        partner: geonameid
    }


def test_a_ukrainian_looking_name_with_a_foreign_country_in_brackets_is_the_foreign_town(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Сквирська міська громада та Михайлівці (Словаччина) підписали угоду про партнерство.",
    )
    assert set(found) == {"Михайлівці"}
    assert found["Михайлівці"][0] == SQUIRE


def test_a_region_in_brackets_whose_name_holds_a_countrys_adjective_places_the_town_in_its_own_country(
    extractor,
):
    article = news_article(
        "Сквирська міська громада підписала угоду з містом Вернон (провінція Британська Колумбія).",
        published="2025-06-20",
    )
    [fact] = extractor.extract(article)
    assert (fact.partner.name_uk, fact.partner.country_iso2, fact.partner.geonameid) == (
        "Вернон",
        "CA",
        6173864,
    )


def test_a_place_after_a_plural_noun_of_people_as_subject_is_where_they_are_not_a_side(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Громада має нового партнера: сквиряни в Дніпрі підписали меморандум з Летбриджем.",
    )
    assert found == {}  # the residents' hromada is not named as a place; the city they were in is no side
    named = facts_by_partner(
        extractor, "Новина", "Громада має нового партнера: у Сквирі підписали меморандум з Летбриджем."
    )
    assert named["Летбридж"][0] == SQUIRE  # with no people as the subject, the place tells the side


def test_a_sentence_saying_something_does_not_make_a_town_a_twin_states_no_tie(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Сквирська громада підписала лист про співпрацю з об'єднанням муніципалітетів. «Але цей лист не "
        "робить Руан чи будь-яке інше місто побратимом Сквири», — наголошує експертка.",
    )
    assert "Руан" not in found


def test_a_ukrainian_looking_town_listed_with_its_foreign_region_and_country_is_that_countrys(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Рішенням сесії розірвано угоди про побратимство між містом Сквира та містами Новомосковськ і Алексин "
        "Тульської області Російської Федерації.",
    )
    assert {name: (side, status) for name, (side, _, status, _, _) in found.items()} == {
        "Новомосковськ": (SQUIRE, "terminated"),
        "Алексин": (SQUIRE, "terminated"),
    }


def test_a_hromadas_adjective_shared_with_a_namesake_is_the_site_owners_own_hromada(extractor):
    article = news_article(
        "Міський голова підписав меморандум про співпрацю між Долинською та Світлодарською міськими "
        "територіальними громадами.",
        published="2025-07-04",
        council=True,
    )
    found = extractor.extract(article, owner_katottg="UA26060130000047466")  # Dolyna, Ivano-Frankivsk oblast
    assert [(f.ua.katottg, f.partner.katottg) for f in found] == [
        ("UA26060130000047466", "UA14020050000019803")
    ]


def test_hromadas_in_separate_items_of_a_signers_list_are_no_domestic_pair(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Меморандуми підписали: голова Тульчинської громади Олег Шевчук та мер Мірандоли Джулія Ферраріо; "
        "голова Шаргородської громади Андрій Кучер та мер Карпі Сімоне Моретті.",
    )
    assert "Шаргородська міська громада" not in found and "Тульчинська міська громада" not in found


def test_a_pronoun_for_the_documents_opens_the_list_of_their_signers(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Підсумком поїздки до Італії стали два меморандуми про співпрацю. Їх підписали відповідно: "
        "Тульчинський міський голова Олег Шевчук та мерка Мірандоли Джулія Ферраріо; Шаргородський міський "
        "голова Андрій Кучер та мер Фінале-Емілії Клаудіо Поцці.",
    )
    assert {name: fact[0] for name, fact in found.items()} == {
        "Мірандола": "Тульчинська міська громада",
        "Фінале-Емілія": "Шаргородська міська громада",
    }


@pytest.mark.parametrize(
    "introduced",
    [
        "Гостей з польського міста Ленчна очолював бурмістр Ленчни Збігнєв Вуйцік.",
        "Сквиру відвідала делегація з польського міста Ленчна на чолі з бурмістром Збігнєвом Вуйціком.",
    ],
)
def test_a_foreign_heads_holder_introduced_earlier_names_the_heads_town_when_signing(extractor, introduced):
    found = facts_by_partner(
        extractor,
        "Новина",
        f"{introduced} Наприкінці зустрічі Сквирський міський голова Валентина Левіцька та пан Вуйцік "
        "підписали меморандум про співпрацю.",
    )
    assert {name: fact[:3] for name, fact in found.items()} == {"Ленчна": (SQUIRE, "memorandum", "signed")}


def test_a_ukrainian_mayors_holder_named_again_is_no_foreign_partner(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "На форумі у США виступив мер Одеси Геннадій Труханов. Сквирський міський голова та Геннадій "
        "Труханов підписали меморандум про співпрацю.",
    )
    assert found == {}  # the Ukrainian city's head, not the namesake town in the United States


def test_a_hromadas_heads_holder_introduced_earlier_names_the_hromada_when_signing(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Гості з Ланьцута — бурмістр Войцех Клімек — провели в громаді три дні. Сквирський міський голова "
        "Валентина Левіцька нагадала про перші контакти. Валентина Левіцька і Войцех Клімек поставили підписи "
        "під угодою про партнерство між громадами.",
    )
    assert {name: fact[:3] for name, fact in found.items()} == {"Ланьцут": (SQUIRE, "partnership", "signed")}


def test_a_with_right_after_the_second_of_two_hromadas_is_that_hromadas_partner_only(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Сквирська громада та Моршинська громада з Краснопільською громадою підписали меморандуми.",
    )
    assert {name: fact[0] for name, fact in found.items()} == {
        "Краснопільська селищна громада": "Моршинська міська громада"
    }


def test_a_domestic_pair_named_both_ways_round_keeps_its_two_sides(extractor):
    article = news_article(
        "Моршинська громада підписала меморандум з Краснопіллям. Меморандум уклали Краснопільська селищна "
        "громада та Моршинська міська громада.",
        published="2025-06-20",
    )
    assert [(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)] == [
        ("Моршинська міська громада", "Краснопілля")
    ]


def test_people_from_a_place_in_a_clause_of_its_own_make_it_that_clauses_side(extractor):
    article = news_article(
        "Ми підписали меморандум з Куп'янською громадою, а наші сусіди з Борині — з Великобурлуцькою.",
        published="2025-06-20",
        council=True,
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk)
        for f in extractor.extract(article, owner_katottg="UA46080190000096121")  # Turka's council site
    }
    assert found == {
        ("Турківська міська громада", "Куп'янська міська громада"),
        ("Боринська селищна громада", "Великобурлуцька селищна громада"),
    }


def test_two_hromadas_planning_memoranda_with_a_government_are_no_domestic_pair(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Схожі меморандуми з урядом Швейцарії цього року планують підписати Балаклійська та Куп'янська громади.",
    )
    assert found == {}


def test_a_big_citys_adjective_before_a_district_noun_makes_the_name_its_district(extractor):
    found = facts_by_partner(
        extractor, "Новина", "Сквирська громада підписала меморандум з віденським округом Флорідсдорф."
    )
    assert found["Флорідсдорф"][0] == SQUIRE
    article = news_article("Сквирська громада підписала меморандум з віденським округом Флорідсдорф.")
    assert [(f.partner.geonameid, f.partner.level) for f in extractor.extract(article)] == [
        (2779469, "district")
    ]


def test_a_hromada_named_again_in_a_relative_clause_of_its_list_keeps_the_list_its_own(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Нині у Сквири двоє закордонних побратимів – польське місто Гостинін у Мазовецькому воєводстві, з яким "
        "угоду підписано ще в 2012 році, та ірландський Мідлтон, з яким Сквира поріднилася у 2023-му.",
    )
    assert {name: (fact[0], fact[3]) for name, fact in found.items()} == {
        "Гостинін": (SQUIRE, "2012"),
        "Мідлтон": (SQUIRE, "2023"),
    }


def test_a_partner_list_after_a_count_and_a_dash_is_the_hromadas_own(extractor):
    article = news_article(
        "Сьогодні партнерами громади є шість громад — чотири закордонні: Ланьцут і Лежайськ (Польща), Снина "
        "(Словаччина), Смолян (Болгарія) — та дві українські.",
        published="2025-06-20",
        council=True,
    )
    found = {
        f.partner.name_uk: f.link for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found == dict.fromkeys(["Ланьцут", "Лежайськ", "Снина", "Смолян"], "owner_list")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Ще в грудні вона дистанційно підписала лист про наміри щодо співпраці з фінським містом Лапуа.",
            "signed",
        ),
        (
            "Уже кілька місяців вона веде перемовини про партнерство з фінським містом Лапуа у лені Південна "
            "Пог'янмаа.",
            "in_negotiation",
        ),
    ],
)
def test_a_pronoun_with_an_adverb_or_holding_talks_is_the_hromada_the_sentence_before_named(
    extractor, sentence, status
):
    found = facts_by_partner(extractor, "Новина", f"Сквирська міська громада обрала інший шлях. {sentence}")
    assert {name: (fact[0], fact[2]) for name, fact in found.items()} == {"Лапуа": (SQUIRE, status)}


def test_a_partnership_the_sentence_says_is_not_in_question_is_no_fact(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Сквирський міський голова подякував фінським колегам за допомогу. Водночас він уточнив, що про "
        "офіційне партнерство між Сквирою і Гаміною поки не йдеться: жодних переговорів на цю тему не велося.",
    )
    assert found == {}


def test_two_hromadas_that_signed_with_their_own_partners_are_no_pair_of_each_other(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Перші дві громади вже підписали зі своїми партнерами меморандуми про наміри: Тульчинська міська рада – "
        "у жовтні, Іллінецька – у червні.",
    )
    assert found == {}


def test_a_district_written_after_its_city_in_the_genitive_is_the_district_of_that_citys_country(extractor):
    article = news_article(
        "Дорогу до партнерства громада шукала в Угорщині. Сквирська громада підписала меморандум про "
        "співпрацю з районом Стамбула Бейкоз.",
        published="2025-06-20",
    )
    assert [
        (f.partner.name_uk, f.partner.country_iso2, f.partner.level) for f in extractor.extract(article)
    ] == [("Бейкоз", "TR", "district")]


def test_a_delegation_a_head_led_introduces_the_holder_who_later_renews_the_tie(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Делегацію міста Оргіїв (Orhei) очолив примар Віорел Кодряну. Сквирський міський голова Валентина "
        "Левіцька нагадала, що міста – побратими з 2007 року. Того ж дня Валентина Левіцька і Віорел Кодряну "
        "підписали нову редакцію цієї угоди.",
    )
    assert {name: (fact[0], fact[2]) for name, fact in found.items()} == {"Оргіїв": (SQUIRE, "renewed")}


def test_parties_signing_in_a_hromadas_council_after_a_led_delegation_are_that_hromada_and_its_town(
    extractor,
):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Цієї весни французькі гості знову завітали до громади. Делегацію очолив мер Плоермеля Патрік "
        "Лебретон. 20 травня у Сквирській міській раді сторони підписали оновлену угоду про побратимство.",
    )
    assert {name: fact for name, fact in found.items()} == {
        "Плоермель": (SQUIRE, "twinning", "renewed", "2025-05-20", "parties")
    }


def test_a_hromadas_agreements_set_out_in_lines_after_a_colon_are_each_its_own(extractor):
    article = news_article(
        "Станом на січень 2026 року Сквирська міська рада має такі чинні угоди:\n\n"
        "Нова Демба (Республіка Польща) — угода про побратимство, підписана 12 травня 2004 року.\n"
        "Крупіна (Словацька Республіка) — угода про співпрацю від 8 жовтня 2016 року.\n"
        "Носівська міська громада (Чернігівська область) — угода про партнерство від 19 квітня 2024 року.",
        published="2026-01-20",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.relation, f.status, f.event_date)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found == {
        "Нова Демба": ("twinning", "signed", "2004-05-12"),
        "Крупіна": ("cooperation", "signed", "2016-10-08"),
        "Носівська міська громада": ("partnership", "signed", "2024-04-19"),
    }


def test_a_town_in_the_next_clause_whose_hromada_is_named_by_its_kind_alone_is_not_crossed(extractor):
    found = {
        f.partner.name_uk: f.ua.name_uk
        for f in extractor.extract(
            news_article(
                "Норвезький Гамар відтепер офіційний партнер Сквирської міської громади, а сусідній Ельверум — "
                "Золочівської селищної.",
                published="2025-06-20",
            )
        )
    }
    assert found.get("Ельверум") != SQUIRE and found["Гамар"] == SQUIRE


def test_a_petition_to_end_a_tie_the_council_says_it_never_made_is_no_fact(extractor):
    article = news_article(
        "На сайті ради з'явилася петиція з вимогою «негайно розірвати побратимство з російським містом "
        "Свободний». Як з'ясувалося, розривати нема чого. За словами секретаря ради, жодної угоди про "
        "побратимство чи співпрацю з містом Свободний Сквирська міська рада ніколи не укладала.",
        published="2025-06-20",
        council=True,
    )
    assert extractor.extract(article, owner_katottg="UA32020150000040878") == []


def test_a_name_after_a_with_of_another_predicate_is_no_entry_of_the_list_before(extractor):
    article = news_article(
        "Депутатка нагадала, що Сквира уже багато років має побратима в Польщі – місто Белхатув, з яким угоду "
        "про партнерство уклали ще у 2005 році, і запропонувала залучити польських партнерів до спільних "
        "проєктів з литовським Біржаєм.",
        published="2025-06-20",
    )
    assert {f.partner.name_uk for f in extractor.extract(article)} == {"Белхатув"}


def test_two_hromadas_sign_with_two_hromadas_respectively(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Білозерська селищна громада та Великоолександрівська селищна громада підписали меморандуми про "
        "партнерство з Жовківською та Самбірською міськими громадами відповідно.",
    )
    assert {name: fact[0] for name, fact in found.items()} == {
        "Жовківська міська громада": "Білозерська селищна громада",
        "Самбірська міська громада": "Великоолександрівська селищна громада",
    }


def test_a_first_name_after_a_heads_office_and_the_word_town_is_the_holder_not_a_town(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "16 січня в Томашові-Любельському Сквирський міський голова та бургомістр міста Марцін Закшевський "
        "підписали угоду про партнерство в новій редакції.",
    )
    assert "Марцін" not in found


def test_a_cooperation_only_considered_that_never_came_to_talks_is_no_fact(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "У 2024 році Сквирська громада вже розглядала можливість співпраці з німецьким Майсеном, однак до "
        "переговорів справа не дійшла.",
    )
    assert found == {}


def test_a_town_that_is_to_become_the_next_partner_is_planned(extractor):
    found = facts_by_partner(
        extractor, "Новина", "Наступним партнером Сквирської громади має стати канадський Летбридж."
    )
    assert found["Летбридж"][2] == "planned"


def test_the_partners_of_a_project_named_in_a_where_clause_are_not_the_hromadas(extractor):
    article = news_article(
        "Паралельно Сквирська міська рада бере участь у проєкті програми Interreg NEXT «Польща — Україна», де "
        "партнерами є Київська обласна рада, Підкарпатське воєводство та агенція регіонального розвитку з "
        "Ряшева.",
        published="2025-06-20",
        council=True,
    )
    assert extractor.extract(article, owner_katottg="UA32020150000040878") == []


def test_a_heads_first_name_that_spells_a_ukrainian_town_is_no_side(extractor):
    article = news_article(
        "30 червня відбулося урочисте підписання угоди про побратимство між нашою громадою та польським містом "
        "Березів. Документ підписали міський голова Володимир Ременяк і бургомістр Березова Анджей Новак.",
        published="2025-07-01",
        council=True,
    )
    found = {f.ua.name_uk for f in extractor.extract(article, owner_katottg="UA32020150000040878")}
    assert found == {SQUIRE}


def test_an_idea_of_a_twinning_that_was_buried_is_no_fact(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Буковина і Сучава підписали меморандум, а ідею побратимства Сквири з румунськими Радівцями поховали.",
    )
    assert found == {}


def test_in_an_interview_with_a_hromadas_head_the_list_of_twins_we_have_is_that_hromadas(extractor):
    article = news_article(
        "Ми поговорили з міським головою про те, як громада шукає партнерів за кордоном.\n"
        "– Пане міський голово, хто з партнерів найважливіший?\n"
        "– У нас два міста-побратими: польська Криниця-Здруй і латвійська Юрмала.",
        title="«Партнерів треба шукати самим»: сквирський міський голова про міжнародну співпрацю",
        published="2025-06-20",
    )
    found = {f.partner.name_uk: (f.ua.name_uk, f.relation, f.status) for f in extractor.extract(article)}
    assert found == {
        "Криниця-Здруй": (SQUIRE, "twinning", "signed"),
        "Юрмала": (SQUIRE, "twinning", "signed"),
    }


def test_two_hromadas_signing_memoranda_with_foreign_municipalities_are_co_signers_not_a_pair(extractor):
    article = news_article(
        "Сквирська та Кагарлицька громади Київської області уклали меморандуми про співпрацю з муніципалітетами "
        "Румунії.",
        published="2025-06-20",
    )
    assert extractor.extract(article) == []


def test_comrades_from_foreign_towns_who_fell_are_no_twins_of_the_site(extractor):
    article = news_article(
        "Серед учасників були ветерани-добровольці з Грузії, які воюють в Україні з 2014 року: вони розповіли про "
        "своїх побратимів із Руставі та Кутаїсі, які загинули на Луганщині.",
        published="2025-06-20",
        council=True,
    )
    assert extractor.extract(article, owner_katottg="UA32020150000040878") == []


def test_a_claim_of_a_tie_called_false_is_no_fact(extractor):
    article = news_article(
        "«Коли пишуть, що польський Хелм став партнером Сквири, це неправда», — наголосив міський голова.",
        published="2025-06-20",
    )
    assert extractor.extract(article) == []


def test_a_towns_full_name_in_brackets_after_its_short_name_picks_the_namesake(extractor):
    article = news_article(
        "Сквирська громада має побратима – румунський Кимпулунг (Кимпулунг-Молдовенеск), місто-побратим Сквири з "
        "2004 року.",
        published="2025-06-20",
    )
    assert [(f.partner.geonameid, f.partner.country_iso2) for f in extractor.extract(article)] == [
        (681845, "RO")
    ]


def test_ukrainian_hromadas_listed_by_their_adjectives_alone_after_a_dash_are_domestic_partners(extractor):
    article = news_article(
        "Сквирська громада має чинні угоди про партнерство з чотирма громадами: Целле (Німеччина), Сігулда (Латвія) "
        "та двома українськими громадами – Ізюмською і Балаклійською на Харківщині.",
        published="2025-06-20",
    )
    found = {f.partner.name_uk: f.ua.name_uk for f in extractor.extract(article)}
    assert found == {
        "Целле": SQUIRE,
        "Сігулда": SQUIRE,
        "Ізюмська міська громада": SQUIRE,
        "Балаклійська міська громада": SQUIRE,
    }


def test_a_partner_page_s_entries_after_an_introductory_paragraph_are_the_site_s_partners(extractor):
    article = news_article(
        "Громада розвиває партнерські зв'язки з громадами України та Європи. Ці зв'язки допомагають нам.\n"
        "Кулдіга (Kuldīga, Латвія) — меморандум про співпрацю, підписаний 5 жовтня 2021 року. Місто відоме.\n"
        "Красник (Kraśnik, Польща) — угода про партнерство від 22 березня 2023 року.",
        title="Громади-партнери",
        published="2026-01-12",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.ua.name_uk, f.relation, f.event_date)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found == {
        "Кулдіга": (SQUIRE, "memorandum", "2021-10-05"),
        "Красник": (SQUIRE, "partnership", "2023-03-22"),
    }


def test_two_hromadas_that_became_partners_are_partners_of_each_other_not_of_what_follows(extractor):
    def pairs(body: str) -> list[tuple]:
        article = news_article(body, published="2025-06-20")
        return [(f.ua.name_uk, f.partner.name_uk, f.status) for f in extractor.extract(article)]

    assert pairs("Раніше партнерами стали Сквирська громада та Лиманська громада Донеччини.") == [
        (SQUIRE, "Лиманська міська громада", "signed")
    ]
    assert pairs("Сквирська та Лиманська громади стали партнерами програми ЄС.") == []


def test_a_village_a_foreign_towns_second_word_spells_is_no_ukrainian_side(extractor):
    article = news_article(
        "Депутати Сквирської міської ради ухвалили рішення про розірвання угод про побратимство зі Старим Осколом "
        "Бєлгородської області Росії та білоруським Мозирем.",
        published="2025-06-20",
    )
    found = {f.partner.name_uk: (f.ua.name_uk, f.status) for f in extractor.extract(article)}
    assert found == {"Старий Оскол": (SQUIRE, "terminated"), "Мозир": (SQUIRE, "terminated")}


def test_a_polish_dzielnica_is_a_district_unit_word(extractor):
    article = news_article("Сквирська громада підписала угоду з дзельницею Бемово.", published="2025-06-20")
    [fact] = extractor.extract(article)
    assert (fact.partner.name_uk, fact.partner.geonameid, fact.partner.level) == (
        "Бемово",
        776251,
        "district",
    )


def test_a_town_matched_through_a_short_form_of_its_name_is_shown_by_its_full_name(extractor):
    article = news_article(
        "Словаччина стала ближчою. Сквирський міський голова Іван Коваль та приматор Спішської Нової Весі Ян "
        "Новак підписали угоду про партнерство.",
        published="2025-06-20",
    )
    [fact] = extractor.extract(article)
    assert (fact.partner.geonameid, fact.partner.name_uk) == (723526, "Спишска Нова Вес")


def test_a_unit_the_gazetteer_lacks_is_not_placed_in_a_country_the_article_names_for_another_partner(
    extractor,
):
    article = news_article(
        "Сквирська громада має партнера в Литві: у 2023 році вона підписала угоду з литовським Біржаєм.\n"
        "«Угоду про партнерство з районом Гамельн-Пірмонт ми плануємо винести на сесію», — каже міський голова "
        "Сквири. Тим часом Німеччина та Литва допомагають громаді.",
        published="2025-06-20",
    )
    found = {f.partner.name_uk: f.partner.country_iso2 for f in extractor.extract(article)}
    assert found.get("Гамельн-Пірмонт") in (None, "DE")


def test_a_hromada_that_became_the_partner_of_another_in_the_genitive_is_tied_to_it(extractor):
    def partners(body: str) -> list[str]:
        return [f.partner.name_uk for f in extractor.extract(news_article(body, published="2025-06-20"))]

    assert partners(
        "Сквирська міська громада офіційно стала партнером Оріхівської громади Запорізької області."
    ) == ["Оріхівська міська громада"]
    assert partners("Сквирська міська громада стала партнером програми Оріхівської громади.") == []


def test_a_towns_case_form_that_reads_as_a_regions_adjective_before_a_place_is_no_side(extractor):
    article = news_article(
        "Дві Білозерки, дві історії.\nДонецька Білозерка — точніше, Білозерське — пішла іншим шляхом. Ще у вересні "
        "2024 року громада уклала угоду про партнерство з Бурштинською міською громадою.",
        title="Дві Білозерки, дві історії",
        published="2025-06-20",
    )
    assert all(f.ua.name_uk != "Донецька міська громада" for f in extractor.extract(article))


def test_a_countrys_adjective_before_a_region_noun_is_no_region_and_the_titles_namesake_is_the_bodys(
    extractor,
):
    article = news_article(
        "Городоцька міська громада Хмельницького району отримала першого німецького партнера. Угоду про "
        "партнерство 11 червня в Детмольді підписали міський голова та ландрат.",
        title="Німецький район Ліппе підписав угоду про партнерство з Городоцькою громадою",
        published="2025-06-12",
    )
    found = {f.partner.name_uk: f.ua.katottg for f in extractor.extract(article)}
    assert found == {"Ліппе": "UA68040130000024471"}


def test_a_town_unknown_by_its_exonym_is_found_by_its_other_name_in_brackets_and_a_river_past_it_is_no_town(
    extractor,
):
    article = news_article(
        "Найближчим закордонним партнером Сквирської громади залишається румунський Сигіт (Сігету-Мармацієй, "
        "Sighetu Marmației) по той бік Тиси.",
        published="2025-06-20",
    )
    assert [f.partner.geonameid for f in extractor.extract(article)] == [667227]


def test_a_container_city_in_brackets_after_a_district_is_not_its_other_name(extractor):
    article = news_article(
        "Сквирська міська громада та дільниця Прага-Північ (Варшава, Польща) 16 вересня уклали угоду про "
        "партнерство.",
        published="2025-06-20",
    )
    assert [f.partner.name_uk for f in extractor.extract(article)] == ["Прага-Північ"]


def test_a_partner_page_whose_entries_open_with_the_name_and_country_as_a_sentence_lists_the_sites_partners(
    extractor,
):
    article = news_article(
        "Громада послідовно розвиває міжнародні зв'язки з містами-партнерами.\n"
        "Устрики-Долішні (Польща). Угода про партнерство підписана у 2006 році.\n"
        "Красник (Польща). З польським містом Красник громада веде переговори про партнерство з осені.",
        title="Міжнародне співробітництво: міста-партнери громади",
        published="2026-01-15",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.ua.name_uk, f.status, f.event_date)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found == {
        "Устрики-Долішні": (SQUIRE, "signed", "2006"),
        "Красник": (SQUIRE, "in_negotiation", None),
    }


def test_a_foreign_adjective_before_a_list_places_every_town_of_it_abroad(extractor):
    article = news_article(
        "Депутати Сквирської міської ради рекомендували розірвати угоди про побратимство з російськими містами "
        "Шебекіно та Валуйки Бєлгородської області.",
        published="2025-06-20",
    )
    found = {f.partner.name_uk: (f.partner.country_iso2, f.status) for f in extractor.extract(article)}
    assert found == {"Шебекіно": ("RU", "terminated"), "Валуйки": ("RU", "terminated")}


def test_a_foreign_adjective_before_a_dash_does_not_make_the_town_after_the_twin_word_foreign(extractor):
    article = news_article(
        "Польща поруч. Лідзбарк-Вармінський – місто-побратим Сквири з 2004 року.", published="2025-06-20"
    )
    assert [(f.ua.name_uk, f.partner.name_uk, f.event_date) for f in extractor.extract(article)] == [
        (SQUIRE, "Лідзбарк-Вармінський", "2004")
    ]


def test_a_short_form_of_two_like_sized_towns_names_neither(extractor):
    from parsers.places.foreign import resolve_foreign

    assert resolve_foreign("Вайдгофен", "AT").geonameid is None
    assert resolve_foreign("Спішська Нова Вес", "SK").geonameid == 723526  # a full name still resolves


def test_a_capitalised_adverb_opening_the_body_after_a_title_is_no_part_of_a_name(extractor):
    article = news_article(
        "Раніше Сквира підписала угоду про співпрацю з польським містом Ополе у 2021 році.",
        title="Новина",
        published="2025-06-20",
    )
    assert [(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)] == [(SQUIRE, "Ополе")]


def test_hromadas_guests_came_from_to_a_signing_are_no_parties(extractor):
    article = news_article(
        "16 січня Сквирська громада уклала меморандум про партнерство з Розівською громадою.\nНа підписання меморандуму завітали й гості з сусідніх громад: Знам’янської, "
        "Компаніївської та Кропивницької.",
        title="Сквира стала партнером Розівки",
        published="2026-01-20",
    )
    partners = {f.partner.name_uk for f in extractor.extract(article)}
    assert not partners & {"Знам'янська міська громада", "Кропивницька міська громада"}


def test_twins_of_a_town_a_possessive_pronoun_or_its_countrys_adjective_names_are_not_the_sites(extractor):
    article = news_article(
        "Сквирська громада має угоди з чотирма містами — Ватра-Дорней (Румунія), Сороки, Унгени (Молдова) та "
        "Телаві (Грузія).\nВатра-Дорней стала партнером Сквири у 2021 році. Румунське курортне місто, відоме "
        "мінеральними джерелами, має й інших друзів: серед його побратимів — польське Закопане та італійське "
        "місто Кастель-Сан-П’єтро-Терме.",
        published="2025-06-20",
    )
    partners = {f.partner.name_uk for f in extractor.extract(article)}
    assert "Ватра-Дорней" in partners
    assert not partners & {"Закопане", "Кастель-Сан-П'єтро-Терме"}


def test_a_county_is_placed_in_the_country_its_sentence_names_and_its_councils_head_names_the_county(
    extractor,
):
    article = news_article(
        "Сквирська міська громада підписала меморандум про співпрацю з повітом Сучава — одним із найбільших "
        "повітів Румунії. Документ 28 жовтня підписали в Сучаві міський голова Сквири і голова повітової ради "
        "Сучави.",
        published="2025-10-30",
    )
    found = [
        (f.partner.name_uk, f.partner.country_iso2, f.partner.geonameid) for f in extractor.extract(article)
    ]
    assert found == [("Сучава", "RO", None)]


def test_a_sentence_opening_word_that_is_a_plain_noun_as_well_as_a_surname_is_no_town(extractor):
    article = news_article(
        "Гори та степ: дві прикарпатські громади уклали меморандуми з громадами Запоріжжя і Дніпропетровщини.",
        published="2025-08-29",
    )
    assert extractor.extract(article) == []


def test_a_district_named_after_its_city_with_a_spaced_dash_is_the_district(extractor):
    article = news_article(
        "Сквирський міський голова Іван Коваль і староста міської частини Братислава – Старе Место Матей "
        "Враблець підписали угоду про партнерство.",
        published="2025-06-20",
    )
    assert [(f.partner.geonameid, f.partner.level) for f in extractor.extract(article)] == [
        (3057478, "district")
    ]


def test_twins_a_hromada_thanks_after_a_dash_in_the_dative_are_its_twins(extractor):
    article = news_article(
        "Водночас громада вдячна західним побратимам — польському Кентшину та латвійській Сігулді, — які з перших "
        "днів війни надсилають допомогу.",
        published="2025-06-20",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.ua.name_uk, f.relation)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found == {"Кентшин": (SQUIRE, "twinning"), "Сігулда": (SQUIRE, "twinning")}


def test_a_town_the_site_owners_hromada_holds_is_its_own_though_the_page_names_another_oblast(extractor):
    article = news_article(
        "На відкриття приїхали гості з Австрії та Львівщини. Нагадаємо, Ґляйсдорф є партнером Тростянця з 2023 "
        "року.",
        published="2025-08-29",
        council=True,
    )
    found = [f.ua.katottg for f in extractor.extract(article, owner_katottg="UA59040130000041676")]
    assert found == ["UA59040130000041676"]


def test_a_town_an_oblasts_adjective_names_is_ukrainian_not_a_foreign_namesake():
    from parsers.places.ua_places import load_ua_places

    text = "Серед інших партнерів громади – волинське місто Володимир, з яким Сквира уклала партнерство."
    found = {m.text: m.katottg for m in load_ua_places().find(text)}
    assert found.get("Володимир") == "UA07020010000096841"


def test_ukrainian_dash_pairs_parted_by_commas_are_no_list_of_one_hromada(extractor):
    article = news_article(
        "Сквирська громада підписала угоду з польською Дембицею. Нагадаємо, обидві громади мають і внутрішніх "
        "партнерів: Славута – Богодухів на Харківщині, Нетішин – Куп’янську громаду.",
        title="Сквира та Славута знайшли партнерів",
        published="2025-08-10",
    )
    pairs = {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)}
    assert not any(partner in ("Славута", "Богодухів") for _, partner in pairs)


def test_an_official_who_came_to_a_signing_names_no_party(extractor):
    article = news_article(
        "Сквирська громада підписала угоду з польською Кольбушовою. На підписання угоди з Кольбушовою приїхав і "
        "заступник начальника Сартанської селищної військової адміністрації Іван Петренко.",
        published="2025-06-20",
    )
    assert {f.ua.name_uk for f in extractor.extract(article)} == {SQUIRE}


def test_a_district_named_with_its_landkreis_in_brackets_is_the_region_not_a_town_of_its_name(extractor):
    article = news_article(
        "Сквирська міська громада та німецький район Гарц (Landkreis Harz) підписали меморандум про співпрацю.",
        published="2025-06-20",
    )
    [fact] = extractor.extract(article)
    assert (fact.partner.geonameid, fact.partner.level) == (None, "region")


def test_a_bare_hromada_adjective_is_the_namesake_the_article_names_with_its_noun(extractor):
    article = news_article(
        "Долинська громада на Кіровоградщині шукає партнерів у Чехії. «Нас часто плутають з Долиною на "
        "Прикарпатті», — каже голова.\nБобринецька громада уклала меморандум про співпрацю з Тршебічем, а "
        "Долинська — з Кромержижем.",
        published="2025-10-20",
    )
    found = {f.partner.name_uk: f.ua.katottg for f in extractor.extract(article)}
    assert found.get("Кромержиж") == "UA35040110000055821"


def test_a_hromada_placed_by_its_raion_stays_there_though_the_article_places_a_namesake_elsewhere(extractor):
    article = news_article(
        "Піщанська сільська громада Кременчуцького району готується до підписання угоди з австрійським "
        "містом Мелк.\nЦе не єдина громада з такою назвою: Піщанська громада на Черкащині теж шукає "
        "партнерів за кордоном.",
        published="2026-06-30",
    )
    found = {f.partner.name_uk: f.ua.katottg for f in extractor.extract(article)}
    assert found.get("Мелк") == "UA53020190000090557"


def test_a_town_named_as_the_venue_before_a_bare_hromada_on_a_council_site_is_where_not_who(extractor):
    article = news_article(
        "21 травня в Білій Церкві громада підписала меморандум про співпрацю з естонським містом Вільянді.",
        published="2025-05-25",
        council=True,
    )
    found = [
        (f.ua.katottg, f.partner.name_uk)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    ]
    assert found == [("UA32020150000040878", "Вільянді")]


def test_a_town_after_a_heads_word_is_read_in_the_genitive_before_a_namesake_spelled_as_written(extractor):
    article = news_article(
        "Румунія поруч. Меморандум підписали Сквирський міський голова Іван Коваль та мер Серета Віорел Попеску.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.partner.geonameid) for f in extractor.extract(article)] == [
        ("Серет", 666830)
    ]


def test_a_hromadas_military_administration_abbreviated_is_the_hromada():
    from parsers.places.ua_places import load_ua_places

    found = {
        m.text: m.katottg for m in load_ua_places().find("Сватівська МВА веде переговори з містом Вунзідель.")
    }
    assert found == {"Сватівська МВА": "UA44100110000061602"}


def test_a_district_whose_town_the_article_names_apart_is_no_town(extractor):
    article = news_article(
        "Ніжинська громада підписала угоду про партнерство з районом Гослар.\nОкремо делегація відвідала "
        "саме місто Гослар і його старовинні копальні.",
        published="2025-05-20",
    )
    assert [f.partner.geonameid for f in extractor.extract(article) if f.partner.geonameid] == []


def test_a_namesake_gives_way_to_the_town_of_the_country_whose_adjective_the_article_sets_before_it(
    extractor,
):
    article = news_article(
        "Програма скандинавських урядів об'єднала громади. Уже діють такі пари: Бородянка — Ферде; Ірпінь — "
        "Сківе. Угоди громади підписали восени.\nНорвезький Ферде оплатив для громади навчання "
        "рятувальників. Фінансують програму Данія і Норвегія.",
        published="2025-11-20",
    )
    found = {
        f.partner.name_uk: (f.partner.country_iso2, f.partner.geonameid) for f in extractor.extract(article)
    }
    assert found["Ферде"] == ("NO", 3156804)


def test_a_shared_hromada_name_pinned_by_its_raion_once_means_that_hromada_throughout(extractor):
    article = news_article(
        "У Покровській громаді Нікопольського району відкрили амбулаторію. Гостей з Донеччини теж "
        "запросили.\nПокровська міська рада підписала меморандум про співпрацю з польським містом Ряшів.",
        published="2025-06-20",
    )
    assert [(f.ua.katottg, f.partner.name_uk) for f in extractor.extract(article)] == [
        ("UA12080090000039979", "Ряшів")
    ]


def test_a_town_known_for_its_landmark_named_after_a_ukrainian_town_is_no_side(extractor):
    article = news_article(
        "Сквирська громада приймала гостей із Грузії. Її голова повідомила, що громада планує підписати "
        "угоду про партнерство з грузинським містом Сигнахі, відомим своєю Долиною кохання.",
        published="2025-06-20",
    )
    assert [(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)] == [(SQUIRE, "Сигнахі")]


def test_a_case_form_of_a_town_the_article_placed_in_a_country_it_names_late_is_that_town(extractor):
    article = news_article(
        "Наші партнери\nВільянді (Естонія) – угоду про побратимство підписано у 2023 році.\nГота "
        "(Німеччина) – угода про партнерство підписана у 2024 році.\nПрипинена співпраця\nДо 2022 року "
        "побратимом Сквири вважалося місто Рильськ Курської області Російської Федерації. Рішенням сесії "
        "міської ради від 24 березня 2022 року угоду про побратимство з Рильськом розірвано.",
        published="2025-06-20",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.status, f.event_date)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found["Рильськ"] == ("terminated", "2022-03-24")


def test_a_greek_region_in_brackets_places_the_town_in_greece_not_in_the_country_its_name_recalls(extractor):
    article = news_article(
        "12 травня Сквирською міською громадою та муніципалітетом Салонік (периферія Центральна Македонія) "
        "підписано меморандум про співпрацю.",
        published="2025-06-20",
    )
    assert [(f.partner.country_iso2, bool(f.partner.geonameid)) for f in extractor.extract(article)] == [
        ("GR", True)
    ]


def test_a_case_form_of_a_towns_other_cyrillic_name_is_that_town_not_a_spelling_of_another():
    from parsers.places.foreign import resolve_foreign

    assert resolve_foreign("Лошем", "FR").geonameid == 2997996  # "Лош" is another name of this town


def test_a_towns_name_run_ends_before_its_regions_adjective(extractor):
    article = news_article(
        "Сквирська громада веде переговори з польським містом Кендзежин-Козьле Опольського воєводства.",
        published="2025-06-20",
    )
    assert [f.partner.geonameid for f in extractor.extract(article)] == [3096372]


def test_a_region_beside_a_short_name_picks_that_regions_town_over_a_namesake_spelled_alike(extractor):
    article = news_article(
        "Найстарішим партнером Сквирської громади є румунське місто Кимпулунг (повіт Сучава).",
        published="2025-06-20",
    )
    assert [f.partner.geonameid for f in extractor.extract(article)] == [681845]  # not the one in Argeș


def test_a_short_name_whose_hyphenated_full_name_the_article_writes_is_that_town(extractor):
    article = news_article(
        "Сквирська громада підписала угоду про співпрацю з румунським Кимпулунгом.\n"
        "Кимпулунг-Молдовенеск – гірське місто на півночі Румунії.",
        published="2025-06-20",
    )
    assert [f.partner.geonameid for f in extractor.extract(article)] == [681845]


def test_the_first_word_of_one_towns_longer_name_is_that_towns_short_name():
    from parsers.places.foreign import resolve_foreign

    assert resolve_foreign("Сату", "RO").geonameid == 667873  # the one town (of some size) so named


def test_a_case_form_that_the_article_writes_after_a_foreign_adjective_is_no_ukrainian_side(extractor):
    article = news_article(
        "Словацькі Михайлівці у Кошицькому краї – місто з населенням близько 40 тисяч.",
        title="Сквира, Кросно і Михайлівці: підписано тристоронній меморандум про співпрацю",
        published="2025-06-20",
    )
    assert "Михайлівська селищна громада" not in {f.ua.name_uk for f in extractor.extract(article)}


def test_a_name_counted_as_several_names_namesakes_not_a_side(extractor):
    article = news_article(
        "Дві Іванівки – два шляхи: херсонська громада підписала партнерство з польським Ряшевом",
        published="2025-06-20",
    )
    assert extractor.extract(article) == []


def test_a_latin_spelling_in_brackets_that_sounds_like_the_name_gives_the_gazetteers_town(extractor):
    article = news_article(
        "Угоду підписано між Сквирською громадою та комуною Кайвана (Cajvana) повіту Сучава (Румунія).",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.partner.geonameid) for f in extractor.extract(article)] == [
        ("Кайвана", 683041)
    ]


def test_a_first_name_after_the_head_of_a_named_hromada_is_the_holders_not_a_town():
    from parsers.facts.name_filters import in_an_office_holders_name

    text = (
        "Документи підписали: голова Фастівської громади Володимир Петренко та бургомістр Ряшева Томаш Новак."
    )
    assert in_an_office_holders_name(text, text.index("Володимир"))


def test_the_name_after_the_head_of_a_regions_council_is_a_person_not_a_partner(extractor):
    article = news_article(
        "Латвійське місто Цесіс відтепер — партнер Сквирської громади: меморандум 19 травня підписали Ігор "
        "Савчук і голова ради Цесіського краю Інесе Калниня.",
        published="2025-06-20",
    )
    assert [f.partner.name_uk for f in extractor.extract(article)] == ["Цесіс"]


def test_an_association_named_after_its_region_is_no_partner(extractor):
    article = news_article(
        "Сквирська міська громада та Спілка муніципалітетів Оломоуцького краю (Чехія) підписали меморандум "
        "про співпрацю.",
        published="2025-06-20",
    )
    assert extractor.extract(article) == []


@pytest.mark.parametrize(
    "body",
    [
        "Сквирська громада підписала угоду з польською ґміною Олесно.\nҐміна Олесно, яка лежить у Домбровському "
        "повіті Малопольського воєводства, налічує вісім тисяч мешканців.",
        "Сквирська громада підписала меморандум з ґміною Олесно Домбровського повіту Малопольського воєводства.",
    ],
)
def test_the_region_the_article_places_a_name_in_picks_that_regions_namesake(extractor, body):
    article = news_article(body, published="2025-06-20")
    assert [f.partner.geonameid for f in extractor.extract(article)] == [763263]  # not the one in Opole


def test_a_countrys_name_before_a_colon_does_not_make_the_next_ukrainian_town_foreign(extractor):
    article = news_article(
        "Текст без назв.",
        title="Громади тягнуться до Польщі: Сквира та Турка уклали угоди з містами-сусідами",
    )
    assert extractor.extract(article) == []


def test_a_town_then_its_heads_names_after_an_unknown_office_is_the_town(extractor):
    article = news_article(
        "Під час форуму в Грузії підписали угоду про співпрацю. Документ підписали Сквирський міський голова "
        "Валентина Левченко та гамгебелі муніципалітету Телаві Давіт Ломідзе."
    )
    assert [(f.partner.name_uk, f.partner.geonameid) for f in extractor.extract(article)] == [
        ("Телаві", 611694)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Місто над річкою Сазава, що в Чехії, відтепер є побратимом Сквирської громади.",
        "Партнер Сквирської громади – чеське місто на річці Сазава, з відомим замком.",  # the locative
    ],
)
def test_a_name_after_a_rivers_noun_is_the_river_not_a_town(extractor, body):
    assert extractor.extract(news_article(body)) == []


def test_a_spaced_dash_before_a_names_lowercase_particle_joins_the_compound_name(extractor):
    article = news_article(
        "Вже народилися партнерства: Сквира — Сен-Жан-де-Бре; Фастів — Фонтене — ле-Конт; Біла Церква — Шоле."
    )
    found = {f.partner.name_uk: f.partner.geonameid for f in extractor.extract(article)}
    assert found.get("Фонтене-ле-Конт") == 3017921 and "Фонтене" not in found


def test_a_shared_hromada_name_listed_with_unique_neighbours_is_the_one_in_their_oblast(extractor):
    article = news_article(
        "Білогірська, Понінківська та Грицівська громади підписали угоди з польськими містами Ряшів, Кросно "
        "та Ясло відповідно."
    )
    sides = {f.ua.katottg for f in extractor.extract(article)}
    assert "UA68060030000077318" in sides and "UA01040050000043618" not in sides


def test_a_head_opening_the_sentence_is_no_first_word_of_his_towns_name(extractor):
    article = news_article(
        "Делегація з румунського повіту Сучава прибула до Сквири. Мер Ватра-Дорней Іліє Гошман і Сквирський "
        "міський голова Валентина Левченко підписали протокол про наміри."
    )
    assert [(f.partner.name_uk, f.partner.geonameid) for f in extractor.extract(article)] == [
        ("Ватра-Дорней", 663100)
    ]


def test_a_two_word_town_before_its_heads_first_name_and_surname_is_the_two_word_town(extractor):
    article = news_article(
        "Делегація з Польщі прибула до Сквири. Угоду підписали Сквирська міська голова Валентина Левченко та "
        "бургомістр міста і ґміни Нова Демба Лешек Собчак."
    )
    assert [(f.partner.name_uk, f.partner.geonameid) for f in extractor.extract(article)] == [
        ("Нова Демба", 763783)
    ]


def test_a_woman_who_heads_a_hromada_names_it_by_the_feminine_office(extractor):
    article = news_article(
        "Угоду про партнерство підписали Сквирська міська голова Валентина Левченко та бургомістр Кросна "
        "Пйотр Пшитоцький."
    )
    assert [(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)] == [(SQUIRE, "Кросна")]


def test_a_countrys_name_in_brackets_is_no_foreign_cue_for_the_subject_after_them(extractor):
    article = news_article(
        "На сесії депутати ухвалили рішення про розірвання угод з білоруським Бобруйськом і російською "
        "Коломною. Угоди з Бобруйськом (Могильовська область Білорусі) та Коломною (Московська область РФ) "
        "Олександрія підписала ще на початку 2000-х років.",
        title="Олександрія розірвала угоди з Бобруйськом та Коломною",
    )
    assert {f.partner.name_uk for f in extractor.extract(article)} == {"Бобруйськ", "Коломна"}


def test_a_case_form_is_no_town_of_a_country_the_article_never_names(extractor):
    article = news_article(
        "25 вересня в ратуші французької комуни Сен-Жан-де-Бре Сквирська міська голова та мер комуни Ваніна "
        "Ротіньї підписали угоду про партнерство."
    )
    assert {f.partner.country_iso2 for f in extractor.extract(article)} <= {"FR"}


def test_a_town_the_partner_lies_opposite_to_is_no_side_of_the_sites_tie(extractor):
    article = news_article(
        "У квітні ми підписали угоду про співпрацю з молдовським містом Отачі, розташованим на протилежному "
        "березі Дністра, навпроти Могилева-Подільського.",
        council=True,
    )
    found = [
        (f.ua.name_uk, f.partner.name_uk)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    ]
    assert found == [(SQUIRE, "Отачі")]


def test_a_head_by_office_alone_beside_a_foreign_mayor_is_the_news_articles_hromada(extractor):
    """No hromada named in the sentence or the one before: the hromada the report is about signs."""
    article = news_article(
        "Сквирська міська громада оприлюднила звіт про міжнародну співпрацю за рік. Громада має вже шість "
        "партнерів у Європі та Грузії.\n"
        "Навесні громада підписала меморандум з польським містом Тарнів, восени – з литовською Утеною. "
        "Крім того, у грудні міський голова Валентина Левченко та мер Батумі підписали лист про наміри.",
        title="Сквирська громада підбила підсумки року",
    )
    found = {f.partner.name_uk: (f.ua.name_uk, f.status, f.relation) for f in extractor.extract(article)}
    assert found["Батумі"] == (SQUIRE, "signed", "intent")


def test_a_domestic_pair_between_two_hromadas_is_told_from_the_sites_own_side(extractor):
    article = news_article(
        "Минулого тижня міський голова та начальник Оріхівської міської військової адміністрації підписали "
        "меморандум про співпрацю між Сквирською та Оріхівською громадами.",
        council=True,
    )
    found = [
        (f.ua.katottg, f.partner.katottg, f.partner.domestic)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    ]
    assert found == [("UA32020150000040878", "UA23100170000031289", True)]


def test_an_agreement_that_ran_out_and_was_not_prolonged_is_terminated(extractor):
    article = news_article(
        "Угоду між Сквирою та польським містом Ярослав уклали 2017 року на шість років, вона спливла "
        "восени 2023-го, і сторони не стали її продовжувати."
    )
    assert [(f.partner.name_uk, f.status) for f in extractor.extract(article)] == [("Ярослав", "terminated")]


def test_a_news_reports_bare_hromada_that_ties_with_a_named_hromada_is_the_one_just_named(extractor):
    article = news_article(
        "Форум зібрав голів громад з усієї області. Для Сквири це вже друга партнерська угода цього року. "
        "У квітні громада уклала угоду про співпрацю з Оріхівською міською громадою Запорізької області.",
        title="Громади шукають партнерів",
    )
    found = [(f.ua.katottg, f.partner.katottg) for f in extractor.extract(article)]
    assert found == [("UA32020150000040878", "UA23100170000031289")]


def test_a_domestic_partner_added_to_a_foreign_list_after_a_also_takes_the_lists_document(extractor):
    article = news_article(
        "Нагадаємо, Сквирська громада має партнерські угоди з ґміною Ланьцут (Польща), містом Марибор "
        "(Словенія), а також із "
        "Оріхівською міською громадою Запорізької області.",
        council=True,
    )
    found = {
        (f.partner.katottg or f.partner.name_uk)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert "UA23100170000031289" in found


def test_a_citys_adjective_before_the_district_noun_and_the_districts_name_is_no_region_partner(extractor):
    article = news_article(
        "Сквирська громада уклала угоду про партнерство з польським районом Подгуже.",
        title="Краківський район Подгуже став партнером Сквири",
    )
    assert all(f.partner.level != "region" for f in extractor.extract(article))


def test_a_rivers_name_after_its_bank_is_no_side(extractor):
    article = news_article(
        "Каховська міська громада на Херсонщині, яка щодня потерпає від обстрілів з лівого берега Дніпра, "
        "підписала меморандум про партнерство з португальським містом Віла-Реал.",
        title="Каховка має нового партнера",
    )
    assert {f.ua.katottg for f in extractor.extract(article)} == {"UA65060110000017055"}


def test_a_bare_reference_after_the_paragraph_names_another_hromada_means_that_one(extractor):
    article = news_article(
        "Сквирська міська громада уклала угоду з польським містом Ланьцут.\n"
        "Приклад Сквири наслідує й сусідня Ставищенська громада. Вона веде переговори з литовським містом "
        "Утена.",
        title="Сквирська громада має нового партнера",
    )
    found = {f.partner.name_uk: f.ua.name_uk for f in extractor.extract(article)}
    assert found["Утена"] == "Ставищенська селищна громада"


def test_a_bare_reference_after_a_hromada_named_after_a_preposition_is_no_ones(extractor):
    article = news_article(
        "Сквирська міська громада уклала угоду з польським містом Ланьцут.\n"
        "Найважче – у Ставищенської громади. Проте і вона не опускає рук. Нині громада веде переговори з "
        "литовським містом Утена.",
        title="Сквирська громада має нового партнера",
    )
    assert "Утена" not in {f.partner.name_uk for f in extractor.extract(article)}


def test_an_ending_voted_two_sentences_after_the_agreement_is_told_ends_it(extractor):
    """ "формально не був припинений" denies an ending; the vote "за розірвання угоди" after it ends the
    agreement the paragraph told of."""
    article = news_article(
        "Друге рішення стосувалося угоди про побратимство з російським містом Брянськ, підписаної у 2006 "
        "році. Документ давно не виконувався, проте формально не був припинений. Депутати одноголосно "
        "проголосували за розірвання угоди.",
        council=True,
    )
    found = [
        (f.partner.name_uk, f.status) for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    ]
    assert found == [("Брянськ", "terminated")]


def test_a_district_named_after_another_capital_lies_in_the_country_of_the_city_around_it(extractor):
    article = news_article(
        "20 червня у Варшаві Сквирський міський голова та бургомістр району Прага-Південь підписали угоду "
        "про партнерство."
    )
    assert {f.partner.country_iso2 for f in extractor.extract(article)} == {"PL"}


def test_each_of_two_agreements_ended_with_its_own_with_is_the_sites(extractor):
    article = news_article(
        "Депутати підтримали розірвання угоди про побратимство з російським містом Губкін та угоди про дружбу "
        "і співробітництво з російським містом Шебекіно.",
        council=True,
    )
    found = {
        (f.partner.name_uk, f.status) for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found == {("Губкін", "terminated"), ("Шебекіно", "terminated")}


def test_a_paragraphs_side_is_never_taken_from_a_later_paragraph(extractor):
    article = news_article(
        "Сквирська міська громада підписала лист про наміри з польським містом Ярослав.\n"
        "«Це не перший наш партнер. З 2019 року у нас діє угода про партнерство з польським містом Ряшів», "
        "– сказав міський голова.\n"
        "Польська компанія розглядає можливість відкрити сервісний центр на Київщині.\n"
        "У Фастові, де редакція поцікавилася планами міста, нових угод не планують.",
        title="Сквирська громада має нового партнера",
    )
    found = {f.partner.name_uk: f.ua.name_uk for f in extractor.extract(article)}
    assert found.get("Ряшів") == SQUIRE


def test_a_full_stop_inside_brackets_ends_no_sentence(extractor):
    article = news_article(
        "Сквирська міська громада та румунське місто Сучава (рум. Suceava) продовжили угоду про співпрацю, "
        "укладену ще у 2005 році."
    )
    assert [(f.partner.name_uk, f.status) for f in extractor.extract(article)] == [("Сучава", "renewed")]


def test_two_councils_that_sign_a_memorandum_are_a_domestic_pair(extractor):
    article = news_article(
        "Сквирська міська рада та Оріхівська міська рада підписали меморандум про партнерство."
    )
    found = [(f.ua.katottg, f.partner.katottg) for f in extractor.extract(article)]
    assert found == [("UA32020150000040878", "UA23100170000031289")]


def test_a_districts_heads_first_name_and_surname_are_no_partner(extractor):
    article = news_article(
        "Сквирська міська громада підписала меморандум про партнерство з районом Шпандау, Берлін. Церемонія "
        "відбулася 17 листопада в ратуші Шпандау, документ скріпили підписами Сквирський міський голова "
        "Петро Щербина та бургомістр району Маркус Вендт. Раніше громада уклала угоду з польським містом "
        "Ярослав."
    )
    assert "Маркус" not in {f.partner.name_uk for f in extractor.extract(article)}


def test_a_twinning_marked_in_a_foreign_town_is_that_towns(extractor):
    article = news_article(
        "Сквирська міська громада відкрила новий пором.\nТакож цього тижня в румунському Галаці відзначили "
        "25-річчя побратимства з молдовським містом Кагул.",
        title="Сквира відкрила пором",
    )
    assert extractor.extract(article) == []


def test_a_hromada_that_opens_a_clause_after_a_foreign_list_is_no_foreign_town(extractor):
    article = news_article(
        "Вилківська громада уклала угоду з румунською Суліною, Кілія веде переговори з Ісакчею.",
        title="Дві громади Придунав'я шукають партнерів",
    )
    assert all(f.partner.name_uk != "Кілія" for f in extractor.extract(article))


def test_the_town_a_paragraph_is_about_ends_its_own_tie(extractor):
    article = news_article(
        "Сквирська міська громада отримала від литовського міста Утена дві машини швидкої допомоги.\n"
        "Цей рік для Утени взагалі багатий на міжнародні новини. У березні місто урочисто розірвало угоду про "
        "побратимство з білоруським містом Ліда.",
        title="Литовці передали Сквирі машини",
    )
    assert all(f.partner.name_uk != "Ліда" for f in extractor.extract(article))


def test_a_council_decision_of_intent_to_conclude_an_agreement_is_a_plan(extractor):
    article = news_article(
        "Депутати підтримали рішення «Про намір укладення угоди про партнерство між Сквирською міською "
        "територіальною громадою (Україна) та ґміною Ланьцут (Республіка Польща)».",
        council=True,
    )
    found = [
        (f.partner.name_uk, f.status) for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    ]
    assert found == [("Ланьцут", "planned")]


def test_a_district_followed_by_its_big_city_in_commas_lies_in_that_city(extractor):
    article = news_article("Сквирська громада та округ Панков, Берлін, підписали меморандум про партнерство.")
    assert [(f.partner.geonameid, f.partner.level) for f in extractor.extract(article)] == [
        (2855598, "district")
    ]


def test_an_unknown_name_takes_the_country_of_the_sentences_other_partners(extractor):
    article = news_article(
        "Литовське місто Утена стало партнером Сквирської громади.\n"
        "Депутати Сквирської ради підтримали розірвання угоди про побратимство з містом Губкін та угоди про "
        "дружбу і співробітництво з містом Шебекіно.",
        council=True,
    )
    found = {
        f.partner.name_uk: f.partner.country_iso2
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found.get("Шебекіно") == "RU"


def test_a_town_ready_for_a_partnership_is_a_plan_though_the_next_clause_marks_an_anniversary(extractor):
    article = news_article(
        "Сквира прийняла гостей.",
        title="Польський Ярослав готовий до партнерства зі Сквирою, а з литовською Утеною громада відзначила 10 "
        "років побратимства",
    )
    found = {f.partner.name_uk: f.status for f in extractor.extract(article)}
    assert found["Ярослав"] == "planned"


def test_a_sentence_that_opens_with_another_ukrainian_town_and_its_verb_is_that_towns(extractor):
    """The town's name is also a common noun, so it is left unread at a sentence's start; its tie is
    still not the report's own hromada's, unless the town lies in that hromada."""
    from parsers.facts.model import side_of_mention
    from parsers.facts.ua_side import hromada_of_code

    skvyra = side_of_mention(hromada_of_code("UA32020150000040878"))
    brody = side_of_mention(hromada_of_code("UA46040010000033885"))
    sentence = "Броди вже понад десять років співпрацюють з опольським Бжегом."
    assert extractor._another_town_opens(sentence, skvyra)
    assert not extractor._another_town_opens(sentence, brody)
    assert not extractor._another_town_opens("Громада вже десять років співпрацює з Бжегом.", skvyra)


def test_an_office_before_a_town_named_in_the_plural_keeps_the_town_the_article_named(extractor):
    found = facts(
        extractor,
        "Новина",
        "Польська ґміна Кенти стала партнером Сквирської міської громади. Угоду підписали Сквирський "
        "міський голова Олег Бондар та бурмістр Кент Анджей Новак.",
    )
    assert list(found) == ["Кенти"]


def test_a_county_in_the_genitive_after_a_towns_bracketed_spelling_is_where_it_lies(extractor):
    found = facts(
        extractor,
        "Новина",
        "Румунське місто Фелтічень (Fălticeni) повіту Сучава стало партнером Сквирської міської громади.",
    )
    assert list(found) == ["Фелтічень"]


def test_we_in_an_interviews_answers_are_the_foreign_head_interviewed(extractor):
    article = news_article(
        "Ми поговорили з мером Конгсберга про партнерство з Рівним.\n"
        "— Чи мав Конгсберг досвід таких партнерств раніше?\n"
        "— Так, у нас давні побратими: шведська Карлскоґа і фінське місто Кемі.",
        title="Мер Конгсберга: «Рівне для нас — друзі»",
        published="2025-06-20",
    )
    assert [f.partner.name_uk for f in extractor.extract(article)] == []
    ours = news_article(
        "Ми поговорили з Рівненським міським головою про партнерство.\n"
        "— Чи мали ви досвід таких партнерств раніше?\n"
        "— Так, у нас давні побратими: шведська Карлскоґа і фінське місто Кемі.",
        title="Рівненський міський голова: «Партнери для нас — друзі»",
        published="2025-06-20",
    )
    assert {f.partner.name_uk for f in extractor.extract(ours)} == {"Карлскоґа", "Кемі"}


@pytest.mark.parametrize(
    "title, expected",
    [
        # the second clause's subject is a town the dictionary also reads as a surname
        ("Тульчин отримав американське місто-побратима, Ладижин підписав лист про наміри з Дейтоном", set()),
        # ", Y — угоду з X": the dash stands for the verb; X is Y's
        (
            "Обухів підписав меморандум з Будапештом-Уйпешт, Фастів — угоду з чеським Колином",
            {("Фастівська міська громада", "Колин")},
        ),
    ],
)
def test_a_second_clause_with_a_subject_of_its_own_keeps_its_partner(extractor, title, expected):
    article = news_article("Подробиці згодом.", title=title, published="2025-06-20")
    assert {(f.ua.name_uk, f.partner.name_uk) for f in extractor.extract(article)} == expected


def test_a_first_name_and_surname_after_an_adjective_and_a_town_word_are_the_heads_holder(extractor):
    found = facts(
        extractor,
        "Новина",
        "Меморандум між Сквирою і Сен-Жан-де-Бре підписали міський голова Сквири Олег Бондар та мерка "
        "французького міста Клер Дюмон.",
    )
    assert list(found) == ["Сен-Жан-де-Бре"]


def test_a_gmina_of_two_words_in_its_heads_title_is_read_whole(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирський міський голова та війт ґміни Воля Угруська підписали меморандум про співпрацю між "
        "Сквирською міською громадою та ґміною.",
    )
    assert list(found) == ["Воля Угруська"]


def test_a_partner_pages_line_that_opens_with_the_country_places_the_town_there(extractor):
    article = news_article(
        "Етап 1. Підписані угоди\n\nПольща, ґміна Кенти. Угоду про партнерство між громадою та ґміною Кенти "
        "підписали 12 вересня 2024 року.\n\nЕтап 2. Заплановано\n\nСловаччина, місто Свидник. Під час форуму в "
        "Пряшеві міський голова домовилася з мером Свидника про підготовку листа про наміри. Громада планує "
        "підписати лист про наміри зі Свидником влітку 2026 року.",
        published="2026-01-15",
        council=True,
    )
    found = {
        f.partner.name_uk: f.partner.country_iso2
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found.get("Свидник") == "SK"


def test_a_heads_town_after_a_masculine_adjective_in_the_genitive_is_read_in_the_genitive(extractor):
    article = news_article(
        "Меморандум про партнерство підписали Сквирський міський голова Петро Гайда та бургомістр польського "
        "Щитна Томаш Зелінський.",
        published="2026-03-01",
    )
    found = {f.partner.name_uk: f.partner.geonameid for f in extractor.extract(article)}
    assert found == {"Щитно": 757357}  # Szczytno, whose genitive is written like the nominative of Szczytna


def test_a_bare_hromada_adjective_is_the_namesake_whose_head_the_sentence_names_by_its_kind(extractor):
    article = news_article(
        "Кам'яна – село в Чернівецькому районі, центр громади. Кам'янська міська громада на Дніпропетровщині "
        "теж шукає партнерів.\n"
        "Кам'янський сільський голова Петро Дуб і мер чеського міста Оломоуць підписали угоду про співпрацю "
        "між Кам'янською громадою і Оломоуцом.",
        published="2026-07-30",
    )
    found = {f.ua.katottg for f in extractor.extract(article)}
    assert found == {"UA73060250000049790"}  # the village hromada of Chernivtsi raion, not a city namesake


def test_a_partner_pages_heading_line_places_its_town_by_the_country_after_its_region(extractor):
    article = news_article(
        "ЧИННІ УГОДИ\n\nАлуксне (Латвія)\nМеморандум про співпрацю з латвійським містом Алуксне підписали 8 жовтня "
        "2024 року.\n\nНА СТАДІЇ ПЕРЕГОВОРІВ\n\nГлінско, Пардубицький край (Чехія)\nКонтакти з чеським Глінском "
        "тривають з весни 2025 року.\n\nПРИПИНЕНІ\n\nЖелєзногорськ (Курська область, Росія)\nУгоду про "
        "побратимство з Желєзногорськом, укладену ще у 2004 році, міська рада розірвала рішенням від 10 березня "
        "2022 року.",
        published="2026-02-03",
        council=True,
    )
    found = {
        (f.partner.country_iso2, f.status)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert ("RU", "terminated") in found


def test_a_bare_namesake_named_with_its_noun_alone_does_not_outweigh_the_one_named_with_its_kind(extractor):
    article = news_article(
        "Депутати Березівської сільської ради на сесії розірвали угоду про побратимство з російським містом "
        "Севськ.\nСьогодні партнером Березівської громади є польська ґміна Звежинець, з якою угоду про "
        "співпрацю підписали у 2023 році.\nБерезівська громада – не перша на Сумщині, яка переглядає угоди. "
        "У Польщі нині мешкають понад сорок родин з Березівщини.",
        title="Березівська громада розірвала «дружбу» з російським Севськом",
        published="2024-03-15",
    )
    found = {f.partner.name_uk: f.ua.katottg for f in extractor.extract(article)}
    assert found.get("Звежинець") == "UA59100010000064812"  # the village hromada of Sumy oblast


def test_a_namesake_set_apart_after_a_possessive_object_is_not_the_hromada_meant(extractor):
    article = news_article(
        "У програмі взяли участь сільські громади Гайсинського району.\nКраснопільська громада веде перемовини "
        "з польською ґміною Краснобруд. Голова попросив не плутати його громаду з Краснопільською селищною "
        "громадою на Сумщині.",
        published="2026-05-10",
    )
    found = {f.ua.katottg for f in extractor.extract(article)}
    assert "UA59080090000092991" not in found  # the Sumy namesake the head set apart
