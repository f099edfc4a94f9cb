"""A fact's date and relation from the story around its sentence, not only from the sentence.

Every sentence here is written for this test; places are real, events are not.
"""

from __future__ import annotations

import pytest

from parsers.facts.cues import relation_of
from parsers.facts.extract import Extractor
from tests.conftest import SQUIRE, facts_by_partner, news_article

facts = facts_by_partner


def status_rows(extractor: Extractor, article) -> list[tuple[str, str, str | None]]:
    """(partner, status, event date) of each fact the extractor finds in ``article``, in order."""
    return [(f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article)]


def test_a_hromada_named_twice_is_tied_by_the_mention_the_link_reaches(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирський міський голова та бурмістр Ополя підписали угоду про партнерство між Сквирською "
        "міською громадою та містом Ополе.",
    )
    assert found["Ополе"][:3] == (SQUIRE, "partnership", "signed")
    assert found["Ополе"][4] == "between"


def test_a_signing_sentence_takes_the_day_of_the_meeting_told_just_before(extractor):
    found = facts(
        extractor,
        "Новина",
        "12 червня у Сквирі відбулася зустріч із делегацією з Ополя. Під час зустрічі Сквирська міська "
        "громада підписала угоду про співпрацю з містом Ополе.",
    )
    assert found["Ополе"][3] == "2025-06-12"


def test_a_signing_at_an_occasion_named_again_takes_the_date_the_story_gave_that_occasion(extractor):
    found = facts(
        extractor,
        "Новина",
        "3 червня в Ополі відкрився форум громад України та Польщі. Його учасники обговорили відбудову.\n"
        "Під час форуму громади уклали угоди про партнерство: Сквира — Ополе; Узин — Ниса.",
    )
    assert found["Ополе"][3] == "2025-06-03"
    assert found["Ниса"][3] == "2025-06-03"


def test_an_occasion_named_again_gives_no_date_when_the_earlier_sentence_names_another(extractor):
    found = facts(
        extractor,
        "Новина",
        "3 червня в Ополі відбулася виставка ремесел.\n"
        "Під час форуму громади уклали угоди про партнерство: Сквира — Ополе; Узин — Ниса.",
    )
    assert found["Ополе"][3] is None


def test_a_pronoun_for_the_agreement_tells_the_act_of_the_sentence_before(extractor):
    found = facts(
        extractor,
        "Новина",
        "Другим документом стала угода про співпрацю між Сквирською міською громадою та містом Ополе. Її "
        "скріпили підписами бурмістр Ополя і міський голова.",
    )
    assert found["Ополе"][:3] == (SQUIRE, "cooperation", "signed")
    assert facts(extractor, "Новина", "Угода про співпрацю між Сквирською громадою та містом Ополе.") == {}


def test_a_tie_told_on_the_nth_day_of_an_occasion_takes_that_day(extractor):
    found = facts(
        extractor,
        "Новина",
        "10–12 червня в Ополі тривав форум громад. Спершу йшлося про відбудову.\n"
        "На другий день дійшло до справи. Угоди про партнерство підписали: Сквира — Ополе; Узин — Ниса.",
    )
    assert found["Ополе"][3] == "2025-06-11"
    third_day = facts(
        extractor,
        "Новина",
        "10–11 червня в Ополі тривав форум громад.\nНа третій день дійшло до справи. Угоди про "
        "партнерство підписали: Сквира — Ополе.",
    )
    assert third_day["Ополе"][3] is None  # the occasion had no third day


def test_the_nth_of_several_documents_takes_the_date_their_signing_was_told(extractor):
    found = facts(
        extractor,
        "Новина",
        "9 червня в Ополі підписано два документи. Перший – меморандум з воєводством.\n"
        "Другим документом стала угода про співпрацю між Сквирською міською громадою та містом Ополе. Її "
        "скріпили підписами бурмістр Ополя і міський голова.",
    )
    assert found["Ополе"][3] == "2025-06-09"


def test_a_relative_clause_after_both_sides_gives_their_tie_and_its_year(extractor):
    found = facts(
        extractor,
        "Новина",
        "Давнє партнерство знову на слуху: Сквира і Ополе, що є побратимами з 1999 року, "
        "підписали план спільних заходів.",
    )
    assert found["Ополе"][:4] == (SQUIRE, "twinning", "signed", "1999")


def test_a_renewal_is_dated_by_its_session_not_by_the_first_agreement(extractor):
    found = facts(
        extractor,
        "Новина",
        "12 червня відбулася сесія міської ради.\nДепутати на сесії проголосували за схвалення нової "
        "редакції договору про партнерство між Сквирською міською громадою та містом Ополе. Першу угоду "
        "громади уклали у 2015 році, і цього року вона спливала.",
    )
    assert found["Ополе"][2:4] == ("renewed", "2025-06-12")


def test_a_later_sentence_about_the_document_dates_its_signing(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада уклала угоду про партнерство з містом Ополе.\n"
        "Документ 9 червня підписали міський голова та бурмістр Ополя.",
    )
    assert found["Ополе"][3] == "2025-06-09"


def test_a_quoted_later_sentence_about_the_documents_dates_their_signing(extractor):
    found = facts(
        extractor,
        "Новина",
        "На форумі Сквирська міська громада та польське місто Ополе підписали угоду про партнерство.\n"
        "Громади домовилися про обміни молоді.\n"
        "«Угоду підписано 12 червня, а робота лише починається», — сказав посадовець.",
    )
    assert found["Ополе"][3] == "2025-06-12"


def test_documents_signed_at_an_occasion_named_just_before_take_the_occasions_date(extractor):
    found = facts(
        extractor,
        "Новина",
        "14 травня у Вінниці відбувся форум місцевого самоврядування. На ньому виступили голови громад.\n"
        "Підсумком форуму стало підписання угод про партнерство. Документи підписали: Сквирський міський "
        "голова та бурмістр Ополя; Узинський міський голова та бурмістр Торуня.",
    )
    assert found["Ополе"][3] == "2025-05-14"
    assert found["Торунь"][3] == "2025-05-14"


def test_signers_told_after_a_signing_at_an_occasion_take_the_occasions_date(extractor):
    found = facts(
        extractor,
        "Новина",
        "У Жешуві 3 квітня відбулася конференція прикордонних громад. Учасники обговорили туризм.\n"
        "Наприкінці конференції підписано дві угоди. Сквирська міська громада уклала угоду з містом "
        "Ополе, а Узинська – з Торунем.",
    )
    assert found["Ополе"][3] == "2025-04-03"
    assert found["Торунь"][3] == "2025-04-03"


def test_a_signing_at_another_occasion_of_its_own_keeps_its_own_story(extractor):
    # a guard: the code before the occasion rule passes it too
    found = facts(
        extractor,
        "Новина",
        "У Жешуві 3 квітня відбулася конференція прикордонних громад. Учасники обговорили туризм.\n"
        "На конференції підписано дві угоди. А на ярмарку Сквирська міська громада уклала угоду з "
        "містом Ополе.",
    )
    assert found["Ополе"][3] != "2025-04-03"


def test_a_tie_named_without_an_act_takes_the_act_the_next_sentence_tells_of_the_document(extractor):
    found = facts(
        extractor,
        "Новина",
        "Головною подією весни стало побратимство Сквири з польським Ополем. Угоду підписали 9 червня "
        "в ратуші. Окремо громада обговорила співпрацю з чеським Ліберцем.\n"
        "Узин має давні зв'язки з містом Торунь.\nДокумент підписали ще взимку.",
    )
    assert found["Ополе"][:4] == (SQUIRE, "twinning", "signed", "2025-06-09")
    assert "Ліберець" not in found  # talks named after the document's sentence: not signed
    assert "Торунь" not in found  # the document's sentence is in another paragraph


def test_a_signing_told_in_between_belongs_to_another_story(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада уклала угоду про партнерство з містом Ополе. Окремо громада підписала "
        "лист про співпрацю з асоціацією музеїв. Документ підписали ще в березні.",
    )
    assert found["Ополе"][3] is None


def test_a_title_about_a_signing_is_dated_by_the_lead(extractor):
    found = facts(
        extractor,
        "Сквира підписала угоду про партнерство з польським Торунем",
        "Дата: 20.06.2025\n"
        "14 червня в Торуні відбулася урочиста церемонія за участю делегації громади.\n"
        "Місто на Віслі відоме своїм пряниками.",
    )
    assert found["Торунь"][3] == "2025-06-14"


def test_talks_are_not_dated_by_another_partners_signing(extractor):
    found = facts(
        extractor,
        "Сквира підписала угоду з польським Торунем та веде переговори з чеським Ліберцем",
        "14 червня Сквирська міська громада та місто Ополе підписали угоду про співпрацю.",
    )
    assert found["Ополе"][3] == "2025-06-14"
    assert found["Ліберець"][2:4] == ("in_negotiation", None)


def test_the_same_day_is_the_day_the_story_named_last(extractor):
    found = facts(
        extractor,
        "Новина",
        "11 червня Узинська міська громада підписала меморандум із містом Ліберець. Того ж дня "
        "Сквирська міська громада і польське місто Ополе підписали лист про наміри.",
    )
    assert found["Ополе"][1:4] == ("intent", "signed", "2025-06-11")


def test_an_elliptical_clause_takes_the_verb_clauses_relation_and_date(extractor):
    found = facts(
        extractor,
        "Новина",
        "3 червня Узинська міська громада уклала угоду про партнерство з містом Ліберець, а Сквирська – "
        "з Торунем.",
    )
    assert found["Торунь"][:4] == (SQUIRE, "partnership", "signed", "2025-06-03")


def test_a_partner_list_is_not_dated_by_as_of_words(extractor):
    found = facts(
        extractor,
        "Новина",
        "Станом на початок 2025 року Сквирська міська громада має угоди про співпрацю з такими містами: "
        "Ополе (Польща), Ліберець (Чехія).",
    )
    assert found["Ополе"][3] is None and found["Ліберець"][3] is None


def test_listed_partners_take_the_year_their_own_relative_clause_gives(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сьогодні партнерами Сквири є польське місто Ополе, з яким у 2019 році підписано угоду про "
        "партнерство, та грузинське місто Телаві, з яким співпрацю започатковано у 2024 році.",
    )
    assert found["Ополе"][3] == "2019" and found["Телаві"][3] == "2024"


def test_a_tie_only_said_to_exist_is_not_dated_by_the_day_of_a_visit(extractor):
    found = facts(
        extractor,
        "Новина",
        "Минулого тижня Сквирська громада приймала гостей з польського Ополя – міста, з яким Сквиру "
        "пов'язує понад десятиліття побратимства.",
    )
    assert found["Ополе"][2:4] == ("signed", None)


def test_items_of_a_listed_relation_take_the_lists_relation(extractor):
    found = facts(
        extractor,
        "Новина",
        "На форумі підписано угоди про побратимство: Сквира — Ополе; Узин — Ліберець.",
    )
    assert found["Ополе"][1] == "twinning" and found["Ліберець"][1] == "twinning"


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("громада підписала меморандум про наміри щодо встановлення побратимських відносин", "intent"),
        ("міста підписали лист про наміри стати побратимами", "intent"),
        ("міста уклали угоду про побратимство і лист про наміри щодо школи", "twinning"),
        ("міста давно є побратимами", "twinning"),
    ],
)
def test_a_document_of_intent_to_twin_is_intent(sentence, relation):
    assert relation_of(sentence) == relation


def test_signers_named_after_the_verb_pair_entry_by_entry(extractor):
    found = facts(
        extractor,
        "Новина",
        "12 червня в Торуні підписано дві угоди про партнерство. Документи підписали: Сквирський міський "
        "голова та бурмістр Торуня; Узинський міський голова і війт ґміни Бохотниця.",
    )
    assert found["Торунь"] == (SQUIRE, "partnership", "signed", "2025-06-12", "signing")
    assert found["Бохотниця"][:3] == ("Узинська міська громада", "partnership", "signed")


def test_a_plural_towns_genitive_without_an_ending_after_an_office_is_the_town(extractor):
    found = facts(
        extractor,
        "Новина",
        "Громади поповнили список партнерів молдовськими муніципалітетами. Документи підписали: Сквирський "
        "міський голова та мер Бельц; Узинський міський голова та мер Оргієва.",
    )
    assert found["Бельц"][0] == SQUIRE and found["Оргіїв"][0] == "Узинська міська громада"
    person = facts(extractor, "Новина", "Сквира має партнера в Канаді. Мер Гант розповів про співпрацю.")
    assert person == {}  # a surname after the office, with the sentence going on


def test_signers_who_are_no_partner_town_give_nothing(extractor):
    assert (
        facts(
            extractor,
            "Новина",
            "Громада уклала угоду про співпрацю. Меморандум підписали: Сквирський міський голова та директор "
            "фонду з Кракова.",
        )
        == {}
    )


def test_plural_offices_pair_with_a_list_of_towns_by_position(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирський та Узинський міські голови підписали угоди з бурмістрами польських Торуня та Кракова "
        "відповідно.",
    )
    assert found["Торунь"][0] == SQUIRE and found["Краків"][0] == "Узинська міська громада"
    assert found["Торунь"][4] == "parallel_list"


def test_the_holder_after_a_districts_office_is_no_place(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада уклала угоду про партнерство з районом Альтона міста Гамбург (Німеччина). Документ "
        "підписали Сквирський міський голова та голова адміністрації району Альтона Штефані фон Ерде.",
    )
    assert set(found) == {"Альтона"}


def test_a_renewal_is_dated_by_the_renewal_not_by_when_the_tie_began(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада та місто Торунь продовжили угоду про партнерство, вперше підписану у "
        "2015 році. Нову редакцію угоди 15 червня у Сквирі підписали міський голова та президент Торуня.",
    )
    assert found["Торунь"][2:4] == ("renewed", "2025-06-15")


def test_a_when_clause_takes_the_date_of_the_clause_it_follows(extractor):
    found = facts(
        extractor,
        "Новина",
        "Торунь є нашим партнерським містом з 2019 року, коли Сквирська міська громада та місто Торунь "
        "підписали угоду про партнерство.",
    )
    assert found["Торунь"][3] == "2019"


def test_signers_after_a_colon_take_the_date_of_the_clause_before(extractor):
    found = facts(
        extractor,
        "Новина",
        "12 червня у Варшаві угоди про партнерство підписали: Сквирський міський голова та бурмістр "
        "Торуня; Узинський міський голова і війт ґміни Бохотниця.",
    )
    assert found["Торунь"][3] == "2025-06-12" and found["Бохотниця"][3] == "2025-06-12"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a name ending in "-не" before a signing verb is no negation
        ("мер міста Гуменне підписали угоду про співпрацю", "signed"),
        ("міста Гуменне та Сквира розірвали угоду", "terminated"),
        ("співпраця не припинялася", None),
        ("угоду ще не підписали", "planned"),
        ("міста підписали нову редакцію угоди про побратимство", "renewed"),
        ("Сквира побраталася з польським Ольштином", "signed"),
        # a document that was the outcome or the event of a meeting was signed there
        ("Підсумком візиту став меморандум про співпрацю між Сквирою та Ольштином", "signed"),
        ("Угода з Ольштином стала головною подією форуму", "signed"),
        ("Головна подія року – підписання угоди про партнерство з Ольштином", "signed"),
        ("Головна подія наступного року – підписання угоди з Ольштином", None),
        ("рішення про започаткування побратимських відносин з Ольштином", "planned"),
        ("Результатом зустрічі стала домовленість підготувати угоду", "planned"),
        # agreeing to prepare an agreement is a plan
        ("громада домовилася з містом про підготовку угоди про побратимство", "planned"),
        # a renewal named by a noun is a plan when a plan is told with it
        ("нову редакцію угоди планують підписати восени", "planned"),
        ("продовження дії угоди про партнерство", "renewed"),
        # "подовжити" is "продовжити"
        ("Сквира і Ополе подовжили угоду про співпрацю ще на п'ять років", "renewed"),
        ("підписали додаткову угоду, якою дію договору подовжено до 2030 року", "renewed"),
    ],
)
def test_status_words_stand_on_word_boundaries(sentence, status):
    from parsers.facts.cues import status_of

    assert status_of(sentence) == status


def test_a_sentence_about_the_pair_names_the_tie_more_precisely_than_a_list(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада підписала угоду про партнерство з польським Торунем. Нині Сквира має "
        "угоди про побратимство та партнерство з такими містами: Торунь, Ольштин (Польща).",
    )
    assert found["Торунь"][1] == "partnership" and found["Ольштин"][1] == "twinning"


def test_the_partners_own_clause_gives_its_relation_and_date(extractor):
    found = facts(
        extractor,
        "Новина",
        "З 2019 року Сквира має угоду про побратимство з польським містом Ольштин, а в 2024 році підписала "
        "угоду про партнерство з литовським Тракаєм.",
    )
    assert found["Ольштин"][1:4] == ("twinning", "signed", "2019")
    assert found["Тракай"][1:4] == ("partnership", "signed", "2024")


def test_a_pair_takes_the_sentences_tie_word_when_its_own_clause_has_none(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада та ґміна Ольштин, що на півночі Польщі, уклали угоду про партнерство.",
    )
    assert found["Ольштин"][:3] == (SQUIRE, "partnership", "signed")


def test_a_plural_relative_clause_after_both_sides_speaks_of_both(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада і польський Ольштин, які підписали угоду про побратимство у 2019 році, "
        "провели спільний фестиваль.",
    )
    assert found["Ольштин"][:4] == (SQUIRE, "twinning", "signed", "2019")


def test_a_paragraph_opening_with_the_documents_lists_their_signers(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська та Узинська громади підписали угоди про партнерство з двома польськими містами. "
        "Церемонія відбулася 12 червня в Торуні.\n"
        "Документи підписали відповідно: Сквирський міський голова та бургомістр Ольштина; Узинський "
        "міський голова та бургомістр Кошаліна.",
    )
    assert found["Ольштин"][:4] == (SQUIRE, "partnership", "signed", "2025-06-12")
    assert found["Кошалін"][:4] == ("Узинська міська громада", "partnership", "signed", "2025-06-12")


def test_signers_after_the_verb_and_its_when_and_where(extractor):
    found = facts(
        extractor,
        "Новина",
        "Метою візиту було укладення угоди про партнерство між Сквирською громадою та польським Ольштином.\n"
        "Гості відвідали ліцей і лікарню. Учні показали концерт. Увечері відбулася вечеря. Наступного "
        "дня делегація оглянула парк.\n"
        "Документ підписали 12 червня в залі засідань міської ради бургомістр Ольштина Ян Ковальський "
        "і Сквирський міський голова Валентина Левівська.",
    )
    assert found["Ольштин"][:4] == (SQUIRE, "partnership", "signed", "2025-06-12")


def test_a_clause_with_its_own_verb_does_not_take_the_first_clauses_date(extractor):
    found = facts(
        extractor,
        "Новина",
        "Нагадаємо, Сквира є побратимом польського Ольштина з 1993 року, а Узин має угоду з польським "
        "Торунем.",
    )
    assert found["Ольштин"][3] == "1993"
    assert found["Торунь"][0] == "Узинська міська громада" and found["Торунь"][3] is None


def test_the_next_day_is_the_day_after_the_last_day_the_story_named(extractor):
    found = facts(
        extractor,
        "Новина",
        "14 травня делегація Сквири прибула до Польщі на форум місцевого самоврядування. "
        "А наступного дня Сквира та польське місто Ополе уклали угоду про партнерство.",
    )
    assert found["Ополе"][:4] == (SQUIRE, "partnership", "signed", "2025-05-15")


def test_a_plans_month_without_a_year_lies_ahead_of_the_article(extractor):
    article = news_article(
        "Сквира та польське місто Ополе планують підписати угоду про партнерство у травні.",
        published="2025-04-10",
    )
    assert [(f.status, f.event_date) for f in extractor.extract(article)] == [("planned", "2025-05")]
    later = news_article(
        "Сквира та польське місто Ополе планують підписати угоду про партнерство у травні.",
        published="2025-06-10",
    )
    assert [(f.status, f.event_date) for f in extractor.extract(later)] == [("planned", "2026-05")]


def test_a_listed_partner_takes_the_date_the_story_later_tells_of_its_signing():
    from parsers.facts.extract import Extractor

    body = (
        "Сквирська міська громада має угоди про партнерство з двома містами: Ополе (Польща) та Валмієра "
        "(Латвія).\n"
        "Польське місто Ополе стало першим партнером громади. Угоду підписали 12 травня 2019 року в ратуші.\n"
        "Латвійське місто Валмієра стало нашим партнером у березні 2024 року."
    )
    found = {f.partner.name_uk: f.event_date for f in Extractor().extract(news_article(body))}
    assert found == {"Ополе": "2019-05-12", "Валмієра": "2024-03"}


def test_a_neighbouring_sentence_about_another_hromadas_signing_does_not_date_this_tie():
    body = (
        "Білоцерківська громада теж має давнього партнера — польську Ніса, угоду з якою підписали у 2018 році. "
        "А Сквира підтримує партнерство з литовським Тракаєм."
    )
    found = {(f.ua.name_uk, f.partner.name_uk): f.event_date for f in Extractor().extract(news_article(body))}
    assert found.get(("Сквирська міська громада", "Тракай"), "missing") is None


def test_an_ending_is_not_dated_by_the_agreement_being_made(extractor):
    title = "Сквирська громада розірвала договір з російським Бєлгородом"
    body = (
        f"{title}.\nНа черговій сесії депутати Сквирської міської ради підтримали рішення про припинення дії "
        "договору про дружбу та співробітництво з містом Бєлгород. Документ було укладено ще у 2008 році, "
        "коли громади обмінювалися делегаціями на ярмарках."
    )
    assert facts(extractor, title, body)["Бєлгород"][2:4] == ("terminated", None)


def test_a_renewal_does_not_take_the_date_of_the_first_signing_told_beside_it(extractor):
    title = "Сквира та литовський Алітус продовжили угоду про співпрацю"
    body = (
        f"{title}.\nСквирська громада та литовське місто Алітус продовжили угоду про співпрацю ще на п'ять "
        "років. Додаткову угоду підписали 4 червня в Алітусі. Першу угоду про співпрацю між Сквирою та "
        "Алітусом було підписано у 2016 році."
    )
    assert facts(extractor, title, body)["Алітус"][2:4] == ("renewed", "2025-06-04")


def test_a_date_things_are_counted_as_of_is_no_acts_date():
    from parsers.facts.cues import event_date_of

    assert event_date_of("Станом на початок 2026 року громада має три угоди про партнерство.", None) is None
    assert event_date_of("Станом на 1 січня громада підписала угоду у 2019 році.", None) == "2019"
    assert event_date_of(
        "Станом на сьогодні громада має три угоди, першу підписали 5 травня 2018 року.", None
    ) == ("2018-05-05")


def test_an_agreement_ended_two_sentences_later_after_a_comment_ended(extractor):
    body = (
        "Фастівська міська рада мала угоду з російським містом Курськ, підписану на початку двотисячних. "
        "Вона давно нічого не означала. У березні 2022 року сесія її розірвала одним рішенням."
    )
    assert facts(extractor, "Новина", body)["Курськ"][2:4] == ("terminated", "2022-03")


def test_a_list_closing_the_page_takes_each_partners_signing_date_told_before_it(extractor):
    found = facts(
        extractor,
        "Сквирська громада отримала шкільний автобус",
        "Ополе, що лежить на березі Одри і з яким Сквирська громада уклала угоду про партнерство в жовтні "
        "2024 року, за рік став одним з найактивніших друзів громади.\nАвтобус возитиме дітей з трьох сіл.\n"
        "Партнери Сквирської громади: Ополе (Польща), Ниса (Польща).",
    )
    assert found["Ополе"][2:] == ("signed", "2024-10", "owner_list")
    assert found["Ниса"][3] is None


def test_a_partners_earlier_signing_with_another_hromada_does_not_date_the_list(extractor):
    found = facts(
        extractor,
        "Сквирська громада отримала шкільний автобус",
        "Ополе у жовтні 2019 року підписало угоду про партнерство з Узинською громадою.\n"
        "Автобус возитиме дітей з трьох сіл.\nПартнери Сквирської громади: Ополе (Польща), Ниса (Польща).",
    )
    assert found["Ополе"][:3] == (SQUIRE, "partnership", "signed")
    assert found["Ополе"][3] is None


def test_a_signed_letter_of_intent_keeps_its_relation_beside_the_twinning_it_plans(extractor):
    found = facts(
        extractor,
        "Сквира і польське Ополе задекларували намір стати побратимами",
        "Сквирська міська громада та польське місто Ополе підписали меморандум про наміри щодо "
        "встановлення побратимських відносин.",
    )
    assert found["Ополе"][1:3] == ("intent", "signed")


def test_a_signing_told_next_as_an_event_takes_that_events_date(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада та польське місто Ополе підписали угоду про партнерство. Це сталося "
        "12 червня в Ополі, куди делегація громади приїхала на запрошення мерії.",
    )
    assert found["Ополе"][3] == "2025-06-12"


def test_pairs_listed_after_a_sentence_that_dates_their_signing_take_its_date(extractor):
    found = facts(
        extractor,
        "Новина",
        "Дві громади Київщини уклали угоди з містами Польщі.\nУрочисте підписання відбулося 4 червня у "
        "Варшаві.\nЗа підсумками проєкту народилися такі партнерства: Сквира — Ополе; Узин — Ниса.",
    )
    assert found["Ополе"][3] == "2025-06-04"
    assert found["Ниса"][3] == "2025-06-04"


def test_what_deputies_decide_takes_the_day_of_the_session_told_before(extractor):
    found = facts(
        extractor,
        "Новина",
        "9 червня відбулося пленарне засідання сесії Сквирської міської ради. Депутати розглянули 20 "
        "питань.\nОкремим рішенням депутати розірвали угоду про співпрацю між Сквирською міською "
        "громадою та білоруським містом Ліда.",
    )
    assert found["Ліда"][2:4] == ("terminated", "2025-06-09")


def test_a_signing_after_a_colon_takes_the_day_of_the_event_before_it(extractor):
    found = facts(
        extractor,
        "Новина",
        "Саме в Елку 12 червня відбулася головна подія візиту: Сквира підписала з містом Елк меморандум "
        "про партнерство та співпрацю.",
    )
    assert found["Елк"][3] == "2025-06-12"


def test_a_document_initialled_later_dates_its_signing(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада та польське місто Ополе підписали лист про наміри. Документ 12 червня "
        "в режимі відеоконференції завізували міський голова та мер Ополя.",
    )
    assert found["Ополе"][3] == "2025-06-12"


def test_a_signing_at_a_visit_takes_the_day_the_story_gave_the_guests_coming(extractor):
    found = facts(
        extractor,
        "Новина",
        "12 червня у Сквирі побувала делегація з польського міста Ополе. Гостей зустрів міський голова.\n"
        "Головною подією візиту стало підписання угоди про партнерство між Сквирською міською громадою та "
        "містом Ополе.",
    )
    assert found["Ополе"][3] == "2025-06-12"


def test_a_bare_agreement_takes_the_kind_of_tie_the_story_names_for_the_partners_document(extractor):
    found = facts(
        extractor,
        "Сквира уклала угоду з польським Ополем",
        "Сквирський міський голова Іван Петренко та бурмістр Ополя Ян Ковальський підписали угоду. "
        "Угоду про партнерство між громадами підписали 12 червня в ратуші Ополя.",
    )
    assert found["Ополе"][1] == "partnership"


def test_a_bare_agreement_keeps_cooperation_when_the_named_tie_is_another_hromadas(extractor):
    body = (
        "Сквирський міський голова Іван Петренко та бурмістр Ополя Ян Ковальський підписали угоду.\n"
        "Раніше угоду про побратимство з Ополем підписала Узинська громада."
    )
    article = news_article(body, title="Сквира уклала угоду з польським Ополем", published="2025-06-20")
    relations = {f.ua.name_uk: f.relation for f in extractor.extract(article)}
    assert relations == {SQUIRE: "cooperation", "Узинська міська громада": "twinning"}


def test_a_documents_kind_beats_a_title_that_only_calls_the_towns_partners(extractor):
    found = facts(
        extractor,
        "Польське місто Ополе стало партнером Сквири",
        "Місто Ополе, що на півдні Польщі, уклало угоду про співпрацю зі Сквирською міською громадою.",
    )
    assert found["Ополе"][1:3] == ("cooperation", "signed")


def test_years_given_respectively_date_each_partner_and_do_not_pair_the_sides(extractor):
    found = facts(
        extractor,
        "Новина",
        "Чинними залишаються угоди Сквирської громади з польським містом Ополе та литовським містом Алітус, "
        "укладені ще у 2018 і 2021 роках відповідно.",
    )
    assert {name: fact[:4] for name, fact in found.items()} == {
        "Ополе": (SQUIRE, "cooperation", "signed", "2018"),
        "Алітус": (SQUIRE, "cooperation", "signed", "2021"),
    }


def test_a_document_sentence_about_another_partner_does_not_date_this_one(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська громада має партнерські відносини з чеським Тршебичем, польським містом Ополе та "
        "естонським Пярну. Угоду з Пярну було підписано у 2023 році на форумі в Таллінні.",
    )
    assert {name: fact[3] for name, fact in found.items()} == {
        "Тршебич": None,
        "Ополе": None,
        "Пярну": "2023",
    }


def test_a_partner_named_as_the_venue_of_a_signing_still_takes_its_date(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада та польські гміни Ополе і Ланьцут уклали меморандум про співпрацю. "
        "Меморандум підписали 14 травня в Ополі.",
    )
    assert found["Ланьцут"][3] == "2025-05-14"


@pytest.mark.parametrize(
    "first_act",
    [
        "яку вперше уклали у 2016 році",
        "укладеної 2016 року",
    ],
)
def test_a_renewal_or_an_ending_is_not_dated_by_the_first_agreement(extractor, first_act):
    found = facts(
        extractor,
        "Новина",
        f"Сквирська міська громада та польське місто Ополе продовжили дію угоди про співпрацю, {first_act}.",
    )
    assert found["Ополе"][2:4] == ("renewed", None)


def test_a_clause_with_its_own_verb_does_not_borrow_another_partners_year(extractor):
    found = facts(
        extractor,
        "Новина",
        "Раніше Сквира підписала угоду про співпрацю з польським містом Ополе у 2021 році, а також кілька "
        "років співпрацює з литовською громадою Бірштонас у рамках освітніх проєктів.",
    )
    assert (found["Ополе"][3], found["Бірштонас"][3]) == ("2021", None)


def test_a_clause_about_the_last_entry_of_a_list_dates_that_entry_alone(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада має таких закордонних партнерів: Друскінінкай (Литва), Шверте "
        "(Німеччина), Такасакі (Японія) — з останнім місто підписало угоду про дружбу у 2019 році.",
    )
    assert {name: fact[3] for name, fact in found.items()} == {
        "Друскінінкай": None,
        "Шверте": None,
        "Такасакі": "2019",
    }


def test_an_anniversary_dates_the_tie_as_many_years_back(extractor):
    found = facts(
        extractor,
        "Новина",
        "Цього року виповнюється 35 років відтоді, як Сквира та канадське місто Веґревіль стали "
        "містами-побратимами.",
    )
    assert found["Веґревіль"][1:4] == ("twinning", "signed", "1990")


def test_a_year_the_signing_came_before_or_after_is_not_its_date(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська громада має чинні угоди про співпрацю з польським містом Ґрайово та німецьким містом "
        "Зеєлов. Обидва документи підписані до 2022 року.",
    )
    assert (found["Ґрайово"][3], found["Зеєлов"][3]) == (None, None)
    within = facts(
        extractor, "Новина", "Сквирська громада підписала угоду з німецьким містом Зеєлов у 2022 році."
    )
    assert within["Зеєлов"][3] == "2022"


def test_the_signers_in_a_relative_clause_of_the_document_take_its_date(extractor):
    found = facts(
        extractor,
        "Новина",
        "У вересні до Сквири приїхала делегація литовського міста Утена. Завершився візит підписанням "
        "меморандуму про партнерство. 14 жовтня 2024 року документ, який скріпили підписами Сквирський "
        "міський голова та мер Утени, передбачає обмін досвідом.",
    )
    assert found["Утена"][:4] == ("Сквирська міська громада", "memorandum", "signed", "2024-10-14")


def test_an_elliptical_clause_after_a_fronted_partner_of_the_site_pairs_its_own_partner_with_its_own_date(
    extractor,
):
    article = news_article(
        "З містом Ополе угоду про партнерство підписали у травні 2019 року, з Утеною – у 2021 році.",
        published="2025-06-20",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.ua.name_uk, f.status, f.event_date)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found == {"Ополе": (SQUIRE, "signed", "2019-05"), "Утена": (SQUIRE, "signed", "2021")}


def test_a_second_partner_after_a_relative_clause_of_the_first_keeps_its_own_link_and_date(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквира має міцні відносини зі словацьким Бардієвом, з яким торік уклала меморандум про співпрацю, "
        "та з угорським Сентендре – містом-партнером з 2016 року.",
    )
    assert found["Бардіїв"][2:4] == ("signed", "2024")
    assert found["Сентендре"][:4] == (SQUIRE, "partnership", "signed", "2016")


def test_an_ending_and_a_new_partner_joined_by_a_past_verb_keep_their_own_stages(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська громада розірвала угоду з російським Новозибковом і стала партнером латвійської Лудзи.",
    )
    assert found["Новозибков"][2] == "terminated"
    assert found["Лудза"][2] == "signed"  # "стала" is the verb, not the adjective its letters spell


def test_a_document_dated_in_the_next_sentence_takes_that_date(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Сквирський міський голова та мер Летбриджа підписали меморандум про партнерство між Сквирською "
        "громадою та містом Летбридж. Документ датовано 29 травня 2025 року.",
    )
    assert found["Летбридж"][3] == "2025-05-29"


def test_an_agreement_whose_signing_the_sentence_before_tells_is_signed_whatever_it_provides_for(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Підсумком роботи став документ про дружбу. Його підписали 28 травня в мерії: від громади — міський "
        "голова, від французької сторони — мер. Угода про побратимство між Сквирою і Кемпером передбачає "
        "обмін учнями та участь французьких партнерів у майбутньому відновленні громади.",
    )
    assert found["Кемпер"][:4] == (SQUIRE, "twinning", "signed", "2025-05-28")
    planned = facts_by_partner(
        extractor,
        "Новина",
        "Сквира і Кемпер планують підписати угоду про побратимство, яка передбачає обмін учнями.",
    )
    assert planned["Кемпер"][2] == "planned"  # the plan stands before what the document provides for


@pytest.mark.parametrize(
    "sentence",
    [
        "Сквира продовжив на наступні п'ять років угоду про партнерство з угорським містом Сарвар.",
        "Сквирський міський голова та мер Сарвара підписали угоду про продовження співпраці між Сквирою та "
        "угорським Сарваром ще на п'ять років.",
    ],
)
def test_an_agreement_prolonged_for_years_is_renewed(extractor, sentence):
    assert facts_by_partner(extractor, "Новина", sentence)["Сарвар"][2] == "renewed"


def test_a_proposed_ending_of_a_tie_only_claimed_online_and_then_denied_is_no_fact(extractor):
    article = news_article(
        "Депутати розглянули проєкт рішення про розірвання угоди про побратимство з російським містом Вязьма. "
        "У дописі стверджувалося, що угоду з Вязьмою було укладено ще в 1980-х роках. Втім, секретар ради "
        "поінформувала депутатів про перевірку архіву. «Жодної угоди про побратимство між Сквирою і Вязьмою "
        "ніколи не існувало», – пояснила вона.",
        published="2026-09-17",
        council=True,
    )
    assert extractor.extract(article, owner_katottg="UA32020150000040878") == []


def test_a_partners_own_relative_clause_naming_its_document_gives_its_relation_and_date(extractor):
    article = news_article(
        "Громада розвиває співпрацю з європейськими партнерами. Це польська гміна Балігруд, з якою Сквиру "
        "пов'язує угода про побратимство з 2017 року, та чеське місто Візовіце, з яким меморандум про співпрацю "
        "підписано у 2021 році.",
        published="2025-06-20",
    )
    found = {f.partner.name_uk: (f.relation, f.event_date) for f in extractor.extract(article)}
    assert found["Візовіце"] == ("memorandum", "2021")  # not the first partner's twinning of 2017


def test_a_timeline_of_a_councils_agreements_gives_each_partner_its_entrys_year(extractor):
    article = news_article(
        "Підсумовуючи рік, сільський голова нагадав основні етапи міжнародної діяльності громади:\n"
        "2022 – перші гуманітарні вантажі від міжнародних організацій;\n"
        "2023 – меморандум про співпрацю з комуною Нотодден (Норвегія), обмін делегаціями;\n"
        "2024 – угода про партнерство з містом Літовель (Чехія), спільний проєкт.",
        published="2025-06-20",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.ua.name_uk, f.relation, f.status, f.event_date)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found == {
        "Нотодден": (SQUIRE, "memorandum", "signed", "2023"),
        "Літовель": (SQUIRE, "partnership", "signed", "2024"),
    }


def test_an_agreement_whose_term_ran_out_and_was_not_prolonged_is_terminated(extractor):
    found = facts_by_partner(
        extractor,
        "Новина",
        "Угода про співробітництво між Сквирською громадою та білоруським Мозирем, підписана у 2011 році на "
        "десять років, спливла у 2021-му і не була продовжена.",
    )
    assert found["Мозир"][2] == "terminated"


def test_an_ending_told_in_another_partners_item_of_a_list_is_not_this_partners(extractor):
    article = news_article(
        "Сесія Сквирської міської ради: партнерство з Ропчице, розрив угоди з Лівнами та бюджетні зміни.",
        published="2025-06-20",
        council=True,
    )
    found = {
        f.partner.name_uk: f.status for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found.get("Лівни") == "terminated"
    assert found.get("Ропчице") != "terminated"


def test_a_decision_whose_quoted_title_establishes_twinning_is_a_planned_twinning(extractor):
    article = news_article(
        "На сесії, яка відбулася 18 лютого, депутати підтримали рішення «Про встановлення побратимських зв’язків між "
        "Сквирською міською територіальною громадою та містом Ланьцут (Республіка Польща)».",
        published="2026-02-20",
        council=True,
    )
    found = [
        (f.ua.name_uk, f.partner.name_uk, f.relation, f.status)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    ]
    assert found == [(SQUIRE, "Ланьцут", "twinning", "planned")]


def test_a_draft_decision_the_next_sentence_says_was_voted_down_plans_no_tie(extractor):
    article = news_article(
        "13 листопада депутати розглянули проєкт рішення «Про схвалення проєкту меморандуму про співпрацю між "
        "Сквирською міською громадою та містом Ігналіна (Литовська Республіка)». Проєкт рішення не набрав "
        "необхідної кількості голосів.",
        published="2025-11-20",
        council=True,
    )
    assert extractor.extract(article, owner_katottg="UA32020150000040878") == []


def test_a_new_edition_approved_and_prolonged_in_the_next_clause_is_a_renewal(extractor):
    article = news_article(
        "Депутати погодили нову редакцію угоди про партнерство з румунським містом Сигіт Мармароський і "
        "продовжили її дію до 2030 року.",
        published="2025-10-20",
        council=True,
    )
    [fact] = extractor.extract(article, owner_katottg="UA32020150000040878")
    assert (fact.partner.geonameid, fact.status) == (667227, "renewed")


def test_an_ending_is_not_dated_by_the_year_a_long_participle_phrase_says_the_agreement_was_made(extractor):
    article = news_article(
        "Сесія Сквирської міської ради ухвалила рішення про припинення дії угоди про співробітництво з містом "
        "Пружани Брестської області Республіки Білорусь, укладеної ще колишньою сільською радою у 2013 році.",
        published="2025-04-18",
    )
    [fact] = extractor.extract(article)
    assert (fact.partner.name_uk, fact.status) == ("Пружани", "terminated")
    assert fact.event_date != "2013"


def test_a_clause_whose_subject_is_two_names_keeps_its_own_plan_from_the_clause_before(extractor):
    article = news_article(
        "Чеські партнери обрані. Сквирська громада вже 20 жовтня підписала з Рокицанами лист про наміри, Кагарлик "
        "і Колін планують підписати меморандум про співпрацю в грудні.",
        published="2025-11-12",
    )
    found = {f.partner.name_uk: (f.status, f.event_date) for f in extractor.extract(article)}
    assert found["Рокицани"] == ("signed", "2025-10-20")


def test_an_approval_told_in_the_signed_documents_relative_clause_is_its_past_not_a_plan(extractor):
    article = news_article(
        "Голови двох громад 7 жовтня підписали угоду про побратимство між Сквирською міською громадою і "
        "грузинським муніципалітетом Боржомі, яку депутати обох рад схвалили ще влітку.",
        published="2025-10-09",
    )
    [fact] = extractor.extract(article)
    assert (fact.partner.name_uk, fact.status, fact.event_date) == ("Боржомі", "signed", "2025-10-07")


def test_an_agreement_between_a_hromada_of_a_raion_and_a_town_that_came_to_its_end_is_terminated(extractor):
    article = news_article(
        "Угода про співпрацю між Сквирською міською громадою Білоцерківського району та румунським містом "
        "Віковул-де-Сус, укладена у 2020 році на п’ять років, закінчилася в листопаді.",
        published="2025-12-10",
    )
    found = [(f.ua.name_uk, f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article)]
    assert found == [(SQUIRE, "Віковул-де-Сус", "terminated", "2025-11")]


def test_a_draft_approved_stays_planned_when_a_proposal_speaks_of_after_its_signing(extractor):
    article = news_article(
        "Депутати затвердили проєкт угоди про партнерство між Сквирською міською територіальною громадою і містом "
        "Радівці (Румунія) та уповноважили міського голову підписати документ.\nДепутатка запропонувала після "
        "підписання угоди з Радівцями створити робочу групу.",
        title="Рішення сесії: затверджено проєкт угоди з Радівцями, угоду з Лідою припинено",
        published="2025-11-28",
        council=True,
    )
    found = {
        f.partner.name_uk: f.status for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found.get("Радівці") == "planned"


def test_only_a_protocol_of_a_meeting_signed_is_talks_not_a_tie(extractor):
    article = news_article(
        "Насправді 11 березня Сквирський міський голова і війт ґміни Медика підписали лише протокол робочої "
        "зустрічі, у якому зафіксовано напрями майбутньої співпраці.",
        published="2026-03-15",
    )
    assert {f.status for f in extractor.extract(article)} <= {"in_negotiation"}


def test_a_draft_memorandum_voted_down_at_the_opening_of_the_next_paragraph_is_no_plan(extractor):
    article = news_article(
        "На сесії депутати розглядали проєкт меморандуму про співпрацю між Сквирською міською радою та "
        "містом Ряшів. Проєкт готували пів року.\nПроте меморандум не набрав потрібних голосів.",
        published="2025-06-20",
    )
    assert extractor.extract(article) == []


def test_an_agreement_to_sign_that_a_talk_ended_with_is_no_signing():
    from parsers.facts.cues import status_of

    sentence = "Результатом зустрічі стала домовленість про підписання угоди про партнерство з містом Ряшів."
    assert status_of(sentence) != "signed"


@pytest.mark.parametrize(
    "renewal",
    [
        "Торік сторони підписали угоду про продовження партнерства до 2030 року.",
        "Торік документ переукладено ще на п'ять років.",
    ],
)
def test_a_renewal_told_two_sentences_after_the_tie_by_its_parties_or_its_document_is_renewed(
    extractor, renewal
):
    article = news_article(
        "Найдавнішим партнером Сквирської громади є польське місто Ряшів. Угоду про партнерство з ним уклали "
        f"у 2016 році на п'ять років. {renewal}",
        published="2025-06-20",
    )
    assert status_rows(extractor, article) == [("Ряшів", "renewed", "2024")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Розірвати те, чого не було: у Сквирській громаді спростували «побратимство» з польським Ряшевом.",
        "Після повернення в соцмережах громади з'явилися коментарі, чи означає поїздка, що Сквира та литовський "
        "Алітус стали побратимами.",
    ],
)
def test_a_tie_denied_or_only_asked_about_is_no_fact(extractor, sentence):
    assert extractor.extract(news_article(sentence, published="2025-06-20")) == []


def test_a_renewal_told_after_a_quote_about_the_tie_is_the_ties_renewal(extractor):
    article = news_article(
        "Угоду про побратимство з польським містом Ряшів Сквира підписала ще у 2012 році. «Тоді це були "
        "фестивалі. Потім усе змінилося», — розповідає голова. У 2023 році сторони продовжили дію угоди ще "
        "на п'ять років.",
        published="2025-06-20",
    )
    assert status_rows(extractor, article) == [("Ряшів", "renewed", "2023")]


def test_listed_pairs_take_the_signing_of_their_documents_told_just_before(extractor):
    article = news_article(
        "Ще три громади уклали угоди в межах програми. Документи підписали 2 червня у Києві.\nНові пари "
        "громад виглядають так: Бучацька — Краматорська; Броварська — Лиманська.",
        published="2025-06-20",
    )
    assert {(f.ua.name_uk, f.status, f.event_date) for f in extractor.extract(article)} == {
        ("Бучацька міська громада", "signed", "2025-06-02"),
        ("Броварська міська громада", "signed", "2025-06-02"),
    }


def test_a_document_that_is_to_become_the_next_step_is_planned(extractor):
    article = news_article(
        "Наступним кроком для Сквирської громади має стати меморандум з румунським містом Дорохой.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.status) for f in extractor.extract(article)] == [("Дорохой", "planned")]


def test_an_agreement_that_ran_out_unrenewed_and_saw_no_joint_event_ended(extractor):
    article = news_article(
        "Угода про співпрацю Сквирської громади з молдовським містом Ниспорени, підписана 2019 року на п'ять "
        "років, завершила дію у вересні 2024 року і не була продовжена: сторони так і не провели жодного "
        "спільного заходу.",
        published="2025-06-20",
    )
    assert status_rows(extractor, article) == [("Ниспорени", "terminated", "2024-09")]


def test_a_draft_whose_own_sentence_tells_it_was_voted_down_is_no_plan(extractor):
    article = news_article(
        "Натомість не набрав необхідної кількості голосів проєкт рішення «Про схвалення проєкту меморандуму "
        "про співпрацю між Сквирською міською територіальною громадою та містом Ряшів (Республіка Польща)»: "
        "«за» проголосували лише 9 депутатів із 22 присутніх.",
        published="2025-06-20",
        council=True,
    )
    assert extractor.extract(article, owner_katottg="UA32020150000040878") == []


def test_an_agreement_renewed_two_sentences_after_its_signing_told_again_is_renewed(extractor):
    article = news_article(
        "Першим партнером Сквирської громади стало польське місто Ряшів. Угоду про співпрацю між Сквирою та "
        "Ряшевом підписали ще у 2019 році. У вересні 2024 року угоду продовжили ще на п'ять років.",
        published="2025-06-20",
    )
    assert status_rows(extractor, article) == [("Ряшів", "renewed", "2024-09")]


def test_an_ending_and_a_new_tie_joined_by_and_end_only_the_first(extractor):
    article = news_article(
        "Сквира: розірвання угоди з білоруським Мозирем і нове побратимство з чеським Коліном",
        published="2025-06-20",
    )
    assert {(f.partner.name_uk, f.status) for f in extractor.extract(article)} == {("Мозир", "terminated")}


def test_a_proposed_ending_of_an_agreement_found_never_to_have_existed_is_no_fact(extractor):
    article = news_article(
        "Депутат запропонував ініціювати розірвання угоди Сквирської громади про побратимство з російським "
        "містом Єлець.\nОднак під час обговорення з'ясувалося, що такої угоди ніколи не існувало.",
        published="2025-06-20",
    )
    assert extractor.extract(article) == []


def test_an_agreement_fronted_and_renewed_is_renewed_and_the_next_clauses_ending_is_not_its(extractor):
    article = news_article(
        "Угоду з польським Ряшевом Сквирська громада продовжила, а з російським Єльцем — розірвала.",
        published="2025-06-20",
    )
    found = [(f.partner.name_uk, f.status) for f in extractor.extract(article)]
    assert found == [("Ряшів", "renewed"), ("Єлець", "terminated")]


def test_years_since_the_signing_spelled_in_words_date_it_back(extractor):
    article = news_article(
        "9 червня минуло рівно двадцять років від дня, коли Сквира і польський Ряшів підписали угоду про "
        "партнерство.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.event_date) for f in extractor.extract(article)] == [
        ("Ряшів", "2005-06-09")
    ]


def test_the_year_a_hromada_was_occupied_does_not_date_its_tie(extractor):
    article = news_article(
        "Олешківська громада, яка з 2022 року перебуває під тимчасовою окупацією, підписала угоду про "
        "партнерство з польським Ряшевом.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.event_date) for f in extractor.extract(article)] == [("Ряшів", None)]


def test_each_entry_of_a_list_parted_by_semicolons_keeps_its_own_status_and_date(extractor):
    article = news_article(
        "Громада має угоди з двома містами-партнерами: Ряшів (Польща) — угода про партнерство від 2023 року; "
        "Кросно (Польща) — угода про співпрацю, яку 14 листопада 2024 року продовжено.",
        published="2025-06-20",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.status, f.relation, f.event_date)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found == {
        "Ряшів": ("signed", "partnership", "2023"),
        "Кросно": ("renewed", "cooperation", "2024-11-14"),
    }


def test_entries_under_a_heading_of_twins_and_partners_keep_their_own_document_and_year(extractor):
    article = news_article(
        "Міста-побратими та партнери громади:\nРяшів (Польща) – угода про побратимство, 1995 рік.\n"
        "Кросно (Польща) – угода про партнерство, 2012 рік.\nЕрланген (Німеччина) – меморандум про "
        "співпрацю, 2024 рік.",
        published="2025-06-20",
        council=True,
    )
    found = {
        f.partner.name_uk: (f.relation, f.event_date)
        for f in extractor.extract(article, owner_katottg="UA32020150000040878")
    }
    assert found == {
        "Ряшів": ("twinning", "1995"),
        "Кросно": ("partnership", "2012"),
        "Ерланген": ("memorandum", "2024"),
    }


def test_what_a_corrected_first_version_said_is_no_signing(extractor):
    article = news_article(
        "Сквирська громада приймала делегацію з польського Ряшева. У першій версії нашої новини йшлося про "
        "те, що сторони підписали угоду про партнерство.\nУТОЧНЕННЯ. «Переговори щодо угоди про партнерство "
        "між Сквирською громадою та містом Ряшів тривають», — сказав голова.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.status) for f in extractor.extract(article)] == [
        ("Ряшів", "in_negotiation")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Фастів продовжив угоду з польським Ряшевом.",
        "Фастів оновив угоду з польським Ряшевом.",
        "Фастівська громада має партнерів: Ряшів (Польща) — угоду про партнерство, укладену в 2020 році, у "
        "вересні 2024 року продовжили в новій редакції.",
    ],
)
def test_a_renewal_in_a_masculine_verb_or_in_a_new_edition_is_renewed(extractor, body):
    article = news_article(body, published="2025-06-20")
    assert [(f.partner.name_uk, f.status) for f in extractor.extract(article)] == [("Ряшів", "renewed")]


def test_today_in_a_sentence_that_tells_no_act_dates_nothing(extractor):
    article = news_article(
        "Сьогодні на карті цієї співпраці дві пари: Сквира — Ряшів та Фастів — Кросно. Обидві громади "
        "підписали угоди про партнерство.",
        published="2025-06-20",
    )
    assert {(f.partner.name_uk, f.event_date) for f in extractor.extract(article)} == {
        ("Ряшів", None),
        ("Кросно", None),
    }
    signed = news_article(
        "Сьогодні Сквирська громада підписала угоду з польським Ряшевом.", published="2025-06-20"
    )
    assert [f.event_date for f in extractor.extract(signed)] == ["2025-06-20"]


def test_today_beside_a_document_only_a_participle_tells_is_no_act_of_today(extractor):
    article = news_article(
        "Сьогодні Сквирська громада має угоду про партнерство з польським Ряшевом, підписану 2011 року.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.event_date) for f in extractor.extract(article)] == [("Ряшів", "2011")]


def test_a_draft_voted_down_paragraphs_after_its_title_is_no_plan(extractor):
    body = (
        "29 жовтня відбулася сесія Сквирської міської ради. Найбільше дискусій викликав проєкт рішення «Про "
        "схвалення проєкту Меморандуму про дружні зв'язки між містом Сквира та містом Гуанчжоу (Китайська "
        "Народна Республіка)». Документ підготувало управління економіки.\n"
        "Під час обговорення депутати висловили сумніви. «Ми не знаємо, хто стоїть за цією пропозицією», – "
        "заявив депутат.\n"
        "За проєкт рішення проголосували лише 3 депутати, 20 – проти. Рішення не прийнято."
    )
    article = news_article(body, council=True)
    assert extractor.extract(article, owner_katottg="UA32020150000040878") == []


def test_a_new_edition_signed_by_the_heads_of_a_plural_named_town_and_ours_renews_the_tie(extractor):
    body = (
        "Польські Гливиці вже десять років є партнером Сквири. Цієї осені бурмістр Гливиць Марцін Круп і "
        "Сквирський міський голова Валентина Левченко підписали нову редакцію угоди про партнерство."
    )
    found = [(f.partner.geonameid, f.status) for f in extractor.extract(news_article(body))]
    assert found == [(3099230, "renewed")]


def test_a_council_that_has_yet_to_approve_an_agreement_has_no_tie_yet(extractor):
    body = (
        "На найближчій сесії депутати Сквирської міської ради мають затвердити угоду про партнерство з "
        "Фастівською громадою, а підписати її планують у квітні."
    )
    assert [f.status for f in extractor.extract(news_article(body))] == ["planned"]


def test_a_town_that_had_an_agreement_in_the_masculine_past_had_a_tie_its_next_sentence_ends(extractor):
    body = (
        "До 2022 року Фастів мав угоду про співробітництво з російським містом Грайворон. Її розірвали рішенням "
        "сесії міської ради 17 березня 2022 року."
    )
    found = [(f.partner.name_uk, f.status) for f in extractor.extract(news_article(body))]
    assert found == [("Грайворон", "terminated")]


def test_a_draft_ending_withdrawn_paragraphs_later_ends_no_tie(extractor):
    body = (
        "На сесії депутат вніс на розгляд проєкт рішення «Про розірвання договору про побратимство з містом "
        "Новозибков Брянської області Російської Федерації».\n"
        "Однак на комісії з’ясувалося, що розривати нічого. Юристи переглянули архів і не знайшли жодного "
        "договору.\n"
        "«Це була звичайна культурна співпраця», – пояснила начальниця відділу.\n"
        "Зрештою депутат відкликав свій проєкт рішення."
    )
    article = news_article(body, council=True)
    assert extractor.extract(article, owner_katottg="UA32020150000040878") == []


def test_a_second_tie_of_its_own_after_and_keeps_its_own_stage(extractor):
    article = news_article(
        "Текст рішення опубліковано на сайті ради.",
        title="Сесія Сквирської міської ради: розрив побратимства з російською Шуєю та курс на партнерство з "
        "румунськими Радівцями",
    )
    found = {f.partner.name_uk: f.status for f in extractor.extract(article)}
    assert found == {"Шуя": "terminated", "Радівці": "planned"}


def test_a_council_that_agreed_to_a_partnership_in_the_masculine_plans_it(extractor):
    from parsers.facts.cues import status_of

    assert status_of("Фастів погодив партнерство з польським Кутном") == "planned"


def test_the_year_of_games_a_partner_hosted_dates_no_tie(extractor):
    from datetime import date

    from parsers.facts.cues import event_date_of

    sentence = (
        "Тривають переговори з японським містом Нагано – місцем проведення Олімпійських ігор 1998 року."
    )
    assert event_date_of(sentence, date(2025, 9, 1)) is None


def test_co_subjects_who_agreed_the_text_of_a_memorandum_plan_it_until_a_sentence_signs_it(extractor):
    body = "Сквирська громада та чеський Собеслав погодили текст меморандуму про співпрацю ще в листопаді."
    assert [(f.partner.name_uk, f.status) for f in extractor.extract(news_article(body))] == [
        ("Собеслав", "planned")
    ]
    body += " Підписали його 29 січня у Празі."
    found = [(f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(news_article(body))]
    assert found == [("Собеслав", "signed", "2025-01-29")]


def test_a_list_of_pairs_that_names_no_document_takes_the_stronger_kind_of_the_sentence_before(extractor):
    body = (
        "Спільні декларації про наміри щодо партнерства підписано 26 січня у Штутгарті. Так народилися нові "
        "партнерства: Сквира — Нагольд; Фастів — Герренберг; Біла Церква — Кальв."
    )
    assert {f.relation for f in extractor.extract(news_article(body))} == {"intent"}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Переговори тривали понад рік, і 4 липня угоду між Сквирою та Птуєм було підписано.", "signed"),
        ("Після року переговорів Сквира та Птуй підписали угоду про партнерство.", "signed"),
        ("За підсумками переговорів сторони домовилися підписати меморандум у вересні.", "planned"),
        ("Сквира веде переговори з Птуєм.", "in_negotiation"),
    ],
)
def test_talks_that_are_over_leave_the_stage_to_what_they_led_to(sentence, status):
    from parsers.facts.cues import status_of

    assert status_of(sentence) == status


def test_a_proposed_ending_of_a_tie_no_agreement_ever_made_ends_nothing(extractor):
    body = (
        "Група депутатів запропонувала розірвати «угоду про побратимство» з російським містом Ртищево.\n"
        "Проте юридичний відділ перевірив архіви і з'ясував, що жодної угоди між містами ніколи не укладалося."
    )
    article = news_article(body, council=True)
    assert extractor.extract(article, owner_katottg="UA32020150000040878") == []


def test_a_proposed_ending_denied_by_no_agreements_in_the_plural_ends_nothing(extractor):
    body = (
        "Під час сесії Сквирської міської ради депутат запропонував ухвалити рішення про розірвання угод про "
        "побратимство з російськими містами Липецьк і Череповець. Ініціатива мала символічний характер.\n"
        "«Ми перевірили архіви виконкому. Жодних угод про побратимство чи співпрацю між Сквирою і Липецьком або "
        "Череповцем ніколи не підписували», – пояснив начальник юридичного відділу."
    )
    assert extractor.extract(news_article(body)) == []


def test_an_elliptical_clause_opening_with_its_own_month_takes_that_month(extractor):
    article = news_article(
        "У березні Сквирська громада підписала угоду про партнерство з польським Ярославом, у червні — з "
        "литовською Утеною.",
        published="2025-10-01",
    )
    found = {f.partner.name_uk: f.event_date for f in extractor.extract(article)}
    assert found == {"Ярослав": "2025-03", "Утена": "2025-06"}


def test_a_year_in_a_relative_clause_about_what_befell_the_partner_dates_no_tie(extractor):
    article = news_article(
        "Сквирська громада налагоджує зв'язки з Японією. Наступного року громада планує підписати "
        "меморандум з японським містом Ісіномакі, яке, як і Сквира, пережило руйнування після землетрусу "
        "2011 року.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article)] == [
        ("Ісіномакі", "planned", None)
    ]


def test_an_anniversarys_count_dates_the_signing_not_the_celebration(extractor):
    article = news_article(
        "12 червня у Сквирі відбувся урочистий вечір з нагоди 15-ї річниці побратимства між Сквирською "
        "громадою та польським містом Ряшів.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.event_date) for f in extractor.extract(article)] == [("Ряшів", "2010")]


def test_a_later_sentence_that_dates_the_signing_to_the_day_refines_an_anniversarys_year(extractor):
    article = news_article(
        "Сквирська громада відзначає 15-ту річницю побратимства з польським містом Ряшів. Угоду між "
        "містами підписали 14 травня 2010 року в Ряшеві.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.event_date) for f in extractor.extract(article)] == [
        ("Ряшів", "2010-05-14")
    ]
    told_twice = news_article(
        "Сквирська громада уклала угоду про партнерство з польським Ряшевом у 2010 році. Угоду Сквири з "
        "Ряшевом підписали 14 травня 2010 року в ратуші.",
        published="2025-06-20",
    )
    assert [f.event_date for f in extractor.extract(told_twice)] == ["2010-05-14"]


def test_a_renewal_signed_at_an_anniversary_keeps_the_day_of_the_renewal(extractor):
    article = news_article(
        "У п'ятницю, 13 червня, у Сквирі відбулися урочистості з нагоди 15-ї річниці побратимства між "
        "Сквирою та польським містом Ряшів. Під час зустрічі міський голова Сквири та президент Ряшева "
        "підписали нову редакцію угоди про партнерство.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article)] == [
        ("Ряшів", "renewed", "2025-06-13")
    ]


def test_an_agreement_not_prolonged_when_its_term_ran_out_is_terminated_not_renewed(extractor):
    article = news_article(
        "У 2016 році Сквирська громада уклала угоду про співпрацю з литовським містом Біржай строком на "
        "п'ять років з можливістю продовження. У 2021 році її строк сплив: партнери не виявили "
        "зацікавленості в її продовженні, тож угоду не продовжено.",
        published="2025-06-20",
    )
    assert [(f.partner.name_uk, f.status) for f in extractor.extract(article)] == [("Біржай", "terminated")]


@pytest.mark.parametrize(
    "body, expected",
    [
        # the council named by the town's adjective, the country beside it
        (
            "Депутати розірвали договір про співробітництво між Сквирською міською радою та Мозирським "
            "міськвиконкомом (Республіка Білорусь).",
            [("Мозир", "terminated", None)],
        ),
        # the document's own year is no date of its ending
        (
            "Сквирська міська рада розірвала угоду про побратимство з білоруським Мозирем, підписану 12 "
            "червня 2008 року.",
            [("Мозир", "terminated", None)],
        ),
        # a decision's "від" dates the ending itself
        (
            "Угоду з білоруським Мозирем, укладену у 2008 році, розірвано рішенням сесії Сквирської міської "
            "ради від 4 березня 2022 року.",
            [("Мозир", "terminated", "2022-03-04")],
        ),
    ],
)
def test_an_ending_is_dated_by_its_decision_not_by_the_documents_making(extractor, body, expected):
    article = news_article(body, published="2025-06-20")
    assert [(f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article)] == expected


def test_an_act_that_never_took_place_dates_no_ending_beside_it(extractor):
    body = (
        "4 березня відбулося засідання комісії Сквирської міської ради.\n"
        "З'ясувалося, що досі чинною залишається угода про побратимство з російським містом Єлець, "
        "підписана ще до 2014 року. Жодних контактів з ним громада не підтримує з 2014 року, однак рішення "
        "про розірвання так і не було ухвалено.\n"
        "Комісія рекомендувала раді розірвати угоду з Єльцем."
    )
    article = news_article(body, published="2025-03-05", council=True)
    found = extractor.extract(article, owner_katottg="UA32020150000040878")
    dates = [(f.partner.name_uk, f.status, f.event_date) for f in found]
    assert dates == [("Єлець", "terminated", None)]


@pytest.mark.parametrize(
    "body, year",
    [
        (
            "Сквирська громада минулого року відзначила десятиріччя побратимства з польським містом Кросно.",
            "2015",
        ),
        (
            "Сквирська громада цього літа відзначає п'ятнадцятиріччя партнерства з польським містом Кросно.",
            "2011",
        ),
    ],
)
def test_an_anniversary_counted_in_words_dates_the_signing_from_the_year_it_is_marked(extractor, body, year):
    article = news_article(body, published="2026-01-15")
    assert [(f.partner.name_uk, f.event_date) for f in extractor.extract(article)] == [("Кросно", year)]


def test_the_year_a_hromada_works_in_evacuation_since_dates_no_tie(extractor):
    body = (
        "Олешківська міська громада Херсонщини, яка з 2022 року працює в евакуації, та Сквирська міська "
        "громада підписали меморандум про партнерство."
    )
    article = news_article(body, published="2025-08-22")
    assert {f.event_date for f in extractor.extract(article)} == {None}


def test_a_verbless_lead_with_a_day_dates_the_signing_after_its_places_relative_clause(extractor):
    body = (
        "У матеріалі, опублікованому 5 липня, редакція помилково повідомила, що Сквирська міська громада "
        "підписала угоду про побратимство з польською ґміною.\n"
        "Насправді 3 липня в Кривому Озері, де відбувалося свято села, міський голова Сквири Валентина "
        "Лещенко і війт ґміни Бірча Ян Коваль підписали протокол про наміри щодо партнерства."
    )
    title = "Уточнення: Сквирська громада та ґміна Бірча поки підписали лише протокол про наміри"
    article = news_article(body, title=title, published="2025-07-08")
    assert [(f.partner.name_uk, f.event_date) for f in extractor.extract(article)] == [
        ("Бірча", "2025-07-03")
    ]


def test_the_next_sentences_signing_of_another_partner_dates_no_listed_partner(extractor):
    body = (
        "Міста-побратими Сквири — польський Кросно і литовські Тракай.\n"
        "З Кросном Сквиру поєднує угода про побратимство 1999 року. З Тракаями угоду про побратимство "
        "підписали у 2011 році."
    )
    article = news_article(body, published="2025-06-20")
    dates = {f.partner.name_uk: f.event_date for f in extractor.extract(article)}
    # the bond's own sentence dates its agreement; the next sentence's year is Тракай's alone
    assert dates == {"Кросно": "1999", "Тракай": "2011"}


def test_a_renewal_is_not_dated_by_the_next_sentences_year_the_agreement_was_made(extractor):
    body = (
        "Сквирська міська громада продовжила угоду про співпрацю з молдовським Оргієвом. Угоду укладено ще "
        "2019 року на п'ять років, тож формально її дія спливала."
    )
    article = news_article(body, published="2025-11-20")
    assert [(f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article)] == [
        ("Оргіїв", "renewed", None)
    ]


def test_talks_held_today_about_a_signing_date_no_act(extractor):
    body = "Сьогодні Сквирська громада веде переговори з польським містом Кросно щодо укладення угоди про партнерство."
    article = news_article(body, published="2025-11-20")
    assert [(f.partner.name_uk, f.status, f.event_date) for f in extractor.extract(article)] == [
        ("Кросно", "in_negotiation", None)
    ]


def test_listed_pairs_signed_by_their_heads_or_by_a_pronoun_in_the_next_sentence():
    extractor = Extractor()
    body = (
        "Відтепер на мапі партнерств з'явилися дві нові пари: Сквира — Утена; Бердичів — Хелм.\n"
        "Меморандуми про співпрацю голови громад підписали 20 жовтня, одразу після сесії."
    )
    found = {
        (f.ua.name_uk, f.partner.name_uk, f.status, f.link) for f in extractor.extract(news_article(body))
    }
    assert found == {
        ("Сквирська міська громада", "Утена", "signed", "dash_pair"),
        ("Бердичівська міська громада", "Хелм", "signed", "dash_pair"),
    }
    body = (
        "Оформлено дві пари громад: Сквира – Утена та Бердичів – Хелм. Угоди про партнерство обидві ради "
        "затвердили навесні, а підписали їх у листопаді 2025 року."
    )
    found = {(f.partner.name_uk, f.status) for f in extractor.extract(news_article(body))}
    assert found == {("Утена", "signed"), ("Хелм", "signed")}


def test_a_draft_approved_then_signed_by_a_verb_first_sentence_is_signed_on_that_day():
    body = (
        "Проєкт угоди про побратимство з литовською Утеною депутати Сквирської міської ради схвалили ще в "
        "березні. Підписали документ 15 травня в сесійній залі, у присутності старост і волонтерів."
    )
    article = news_article(body, published="2025-06-01")
    found = {(f.partner.name_uk, f.status, f.event_date) for f in Extractor().extract(article)}
    assert found == {("Утена", "signed", "2025-05-15")}


def test_a_renewal_titled_so_is_not_dated_by_the_year_the_tie_began_in_its_lead(extractor):
    found = facts(
        extractor,
        "Сквира і Утена продовжили угоду про партнерство",
        "У п'ятницю у Сквирі побувала делегація з литовської Утени. Головною подією візиту стало продовження "
        "угоди про партнерство між Сквирською громадою та містом Утена, яка діє з 2008 року.",
    )
    assert found["Утена"][2] == "renewed"
    assert found["Утена"][3] != "2008"


def test_a_renewal_is_not_dated_by_the_first_document_told_after_it(extractor):
    found = facts(
        extractor,
        "Сквирська громада продовжила угоду з литовською Утеною",
        "Сквирська міська громада продовжила угоду про співпрацю з литовським містом Утена. Нову угоду на три "
        "роки підписали у понеділок онлайн. Перший документ про співпрацю громади уклали у грудні 2022 року, "
        "невдовзі після візиту.",
    )
    assert found["Утена"][2] == "renewed"
    assert found["Утена"][3] != "2022-12"


def test_the_nth_day_of_an_occasion_outranks_another_sentence_about_the_occasion(extractor):
    found = facts(
        extractor,
        "Новина",
        "10–12 червня в Ополі тривав форум громад. Форум відкрив мер Ополя, який нагадав, що місто "
        "пройшло через повінь і розуміє, що сьогодні потрібно громадам.\n"
        "Другий день форуму завершився підписанням угод про партнерство. Угоди підписали: Сквира — Ополе; "
        "Узин — Ниса.",
    )
    assert found["Ополе"][3] == "2025-06-11"  # not the article's day, which the speech calls "сьогодні"


def test_a_day_after_which_something_happened_is_not_the_day_it_happened(extractor):
    found = facts(
        extractor,
        "Новина",
        "Угоду про партнерство між Сквирською громадою та містом Ополе підписали у 2015 році. Після "
        "24 лютого співпраця завмерла, і в березні 2022 року сесія ухвалила рішення розірвати угоду з Ополем.",
    )
    assert found["Ополе"][2:4] == ("terminated", "2022-03")


def test_a_signing_at_an_occasion_of_several_days_is_dated_to_its_month_only(extractor):
    found = facts(
        extractor,
        "Новина",
        "13–14 квітня у Сквирі тривав форум громад України та Польщі. Підсумком форуму стало підписання "
        "угоди про партнерство між Сквирською міською громадою та містом Ополе.",
    )
    assert found["Ополе"][3] == "2025-04"  # which of the two days, the text does not say


def test_a_signing_during_a_visit_from_one_day_to_another_takes_the_day_the_story_names(extractor):
    visit = (
        "Під час робочого візиту до Литви, який тривав з 14 по 16 квітня, Сквирський міський голова та "
        "мер Утени підписали угоду про партнерство між громадами."
    )
    assert facts(extractor, "Новина", visit)["Утена"][3] == "2025-04"  # which of the three days: untold
    told = facts(extractor, "Новина", visit + " Урочисте підписання відбулося 15 квітня в ратуші.")
    assert told["Утена"][3] == "2025-04-15"


def test_a_renewal_is_not_dated_by_the_year_the_renewed_term_began(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сесія Сквирської міської ради розглянула продовження угоди про співробітництво з містом Утена "
        "(Литва). Угоду було укладено у 2011 році терміном на п'ятнадцять років. Рішенням сесії дію угоди "
        "продовжено ще на десять років.",
    )
    assert found["Утена"][2] == "renewed"
    assert found["Утена"][3] != "2011"


def test_an_ending_told_in_a_later_clause_takes_that_clauses_date_not_the_signings(extractor):
    found = facts(
        extractor,
        "Новина",
        "Угоду про співпрацю з литовською Утеною Сквирська міська громада підписала у 2015 році, однак у "
        "березні 2022 року сесія міської ради ухвалила рішення розірвати її.",
    )
    assert found["Утена"][2:4] == ("terminated", "2022-03")


def test_an_ending_is_not_dated_by_the_year_the_agreement_was_made_that_a_later_sentence_tells(extractor):
    found = facts(
        extractor,
        "Новина",
        "Депутати Сквирської міської ради ухвалили рішення про розірвання угоди про співпрацю з білоруським "
        "містом Мозир.\nУгоду було підписано ще у 2012 році, проте останні роки вона фактично не діяла.",
    )
    assert found["Мозир"][2] == "terminated"
    assert found["Мозир"][3] != "2012"


def test_a_clause_with_a_verb_of_its_own_takes_no_status_from_another_hromadas_clause(extractor):
    found = facts(
        extractor,
        "Сквира продовжила угоду з Утеною на п'ять років, Узин відзначив десятиліття партнерства з Ополем",
        "Сквирська міська рада на сесії схвалила нову редакцію угоди з литовським містом Утена.\n"
        "У травні 2015 року Узинська міська громада та польське місто Ополе уклали угоду про партнерство.",
    )
    assert found["Утена"][2] == "renewed"
    assert found["Ополе"][2] == "signed"


def test_a_town_that_decided_to_become_a_partner_is_not_yet_one(extractor):
    found = facts(
        extractor,
        "Ополе вирішило стати партнером Сквири",
        "Рада міста Ополе на сесії ухвалила рішення про встановлення партнерських відносин зі Сквирою.\n"
        "Підписання угоди про партнерство між Ополем і Сквирою заплановане на вересень.",
    )
    assert found["Ополе"][2] == "planned"


def test_a_title_of_two_ties_is_not_dated_by_the_other_ties_clause_of_the_lead(extractor):
    found = facts(
        extractor,
        "Сквира призупинила угоду з Мозирем, Узин підписав партнерство з литовською Утеною",
        "Сквирська міська рада на сесії 27 лютого ухвалила рішення призупинити дію угоди про співпрацю з "
        "білоруським містом Мозир, а Узинська громада днями підписала угоду про партнерство з Утеною.",
    )
    assert found["Утена"][3] != "2025-02-27"


def test_a_suspension_told_by_its_pronoun_in_a_later_clause_ends_the_tie(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська рада та муніципалітет Ополе підписали угоду в 2019 році, але минулої весни, за "
        "взаємною згодою, її дію призупинили на два роки.",
    )
    assert found["Ополе"][2] == "terminated"
    assert found["Ополе"][3] != "2019"


def test_an_ending_is_not_dated_by_an_earlier_proposal_to_end_it(extractor):
    found = facts(
        extractor,
        "Новина",
        "Найбільше обговорень викликало рішення про припинення дії угоди про побратимство між Сквирою і "
        "білоруським містом Мозир. Ще у березні 2022 року депутати звернулися до виконкому з пропозицією "
        "розірвати угоду, однак процедуру не завершили.",
    )
    assert found["Мозир"][2] == "terminated"
    assert found["Мозир"][3] != "2022-03"


def test_a_year_in_brackets_after_each_side_of_a_parallel_list_dates_that_sides_tie(extractor):
    found = facts(
        extractor,
        "Новина",
        "18 лютого Білоцерківська міська громада підписала угоду з литовською Утеною. Раніше угоди про "
        "співпрацю з Ополем і Нисою уклали Сквирська (2023) та Узинська (2024) громади відповідно.",
    )
    assert found["Ополе"][0] == "Сквирська міська громада"
    assert (found["Ополе"][3], found["Ниса"][3]) == ("2023", "2024")


def test_a_year_passed_since_the_signing_dates_the_signing_a_year_before_that_day(extractor):
    found = facts(
        extractor,
        "Новина",
        "28 травня минув рік відтоді, як Сквирська міська громада підписала угоду про партнерство з "
        "литовським містом Утена.",
    )
    assert found["Утена"][3] == "2024-05-28"


def test_a_signing_is_not_dated_by_the_month_its_talks_began(extractor):
    found = facts(
        extractor,
        "Новина",
        "Після екскурсії міський голова та бурмістр підписали меморандум про співпрацю між Сквирською "
        "міською радою та містом Ополе. Документ передбачає спільні туристичні маршрути.\n"
        "Перемовини про документ тривали з вересня 2024 року, коли делегація громади побувала в Ополі, а в "
        "лютому проєкт меморандуму схвалила сесія міської ради.",
    )
    assert found["Ополе"][2] == "signed"
    assert found["Ополе"][3] != "2024-09"


def test_an_ending_a_later_clause_tells_with_the_pronoun_first_ends_the_tie(extractor):
    found = facts(
        extractor,
        "Новина",
        "Ще до 2014 року Сквира мала угоду про побратимство з білоруським Мозирем, але сесія міської ради ще "
        "24 квітня 2015 року її розірвала.",
    )
    assert found["Мозир"][2:4] == ("terminated", "2015-04-24")


def test_another_hromadas_renewal_in_an_elliptical_clause_does_not_renew_this_tie(extractor):
    found = facts(
        extractor,
        "Новина",
        "Нагадаємо, у 2024 році Сквирська громада уклала угоду з латвійським містом Огре, а Узинська — "
        "продовжила угоду з литовською Утеною.",
    )
    assert found["Огре"][2:4] == ("signed", "2024")


def test_a_renewal_is_not_dated_by_the_clause_that_tells_the_first_signing(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сторони продовжили ще на п'ять років угоду про партнерство, яку Сквира і Ополе уперше уклали 2016 "
        "року.",
    )
    assert found["Ополе"][2] == "renewed"
    assert found["Ополе"][3] != "2016"


def test_a_hromada_preparing_an_anniversary_of_its_twinning_has_the_tie(extractor):
    found = facts(
        extractor,
        "Новина",
        "Нагадаємо, минулого тижня ми писали про Сквирську громаду, яка готується до 30-річчя побратимства "
        "з польським Ополем.",
    )
    assert found["Ополе"][2] == "signed"


def test_an_anniversary_counted_by_an_ordinal_word_dates_the_signing_year(extractor):
    found = facts(
        extractor,
        "Новина",
        "11–13 червня делегація Сквирської міської ради перебувала в Польщі з нагоди десятої річниці "
        "побратимства з містом Ополе.",
    )
    assert found["Ополе"][3] == "2015"


def test_an_agreement_the_next_sentence_ends_by_its_pronoun_is_terminated(extractor):
    found = facts(
        extractor,
        "Сквира уклала угоду про партнерство з польським Ополем",
        "Сквирська міська громада 3 червня підписала угоду про партнерство з польським містом Ополе.\n"
        "Для Сквири це вже друга міжнародна угода. Першою була угода про співпрацю з білоруським Мозирем, "
        "підписана 2012 року. Її Сквирська міська рада розірвала в березні 2022 року.",
    )
    assert found["Мозир"][2:4] == ("terminated", "2022-03")


def test_an_agreement_whose_force_the_next_sentence_suspends_is_terminated(extractor):
    found = facts(
        extractor,
        "Сквира уклала угоду про партнерство з польським Ополем",
        "Сквирська міська громада 3 червня підписала угоду про партнерство з польським містом Ополе.\n"
        "Нагадаємо, що перший міжнародний документ громада підписала в 2019 році: угоду про співпрацю з "
        "китайським містом Хучжоу. У березні 2023 року сесія міської ради призупинила дію угоди, і відтоді "
        "жодних контактів з Хучжоу громада не підтримує.",
    )
    assert found["Хучжоу"][2:4] == ("terminated", "2023-03")


def test_from_an_ended_tie_to_a_new_partnership_ends_only_the_first(extractor):
    found = facts(
        extractor,
        "Сквира: від розірваної угоди з Мозирем до партнерства з литовською Утеною",
        "12 березня Сквирська міська рада та Утена підписали угоду про партнерство.",
    )
    assert found["Утена"][2] == "signed"


def test_an_agreement_that_turns_n_years_on_a_day_was_signed_n_years_before_it(extractor):
    found = facts(
        extractor,
        "Сквира відзначає ювілей побратимства з Ополем",
        "Цей травень для Сквирської громади особливий: 20 травня виповнюється 25 років угоді про побратимство "
        "з польським Ополем, підписаній 2000 року.",
    )
    assert found["Ополе"][3] == "2000-05-20"


def test_later_in_the_past_is_no_plan(extractor):
    found = facts(
        extractor,
        "Новина",
        "Нагадаємо, ще у 2019 році Сквира і Узин підписали меморандум про співпрацю, до якого згодом "
        "приєдналися музеї обох громад.",
    )
    assert found["Узин"][2] == "signed"


def test_a_full_stop_inside_a_short_name_in_guillemets_ends_no_sentence(extractor):
    found = facts(
        extractor,
        "Новина",
        "24 квітня в Тарту, на конференції «Re:Build Ukraine. Local Level», Сквирський міський голова і мер "
        "міста Утена підписали угоду про партнерство між Сквирською громадою та Утеною.",
    )
    assert found["Утена"][3] == "2025-04-24"


def test_an_elliptical_clause_takes_no_since_year_of_another_hromadas_clause(extractor):
    found = facts(
        extractor,
        "Новина",
        "Узинська громада з 2023 року має угоду про співпрацю з містом Утена (Utena), а тепер з Польщею "
        "співпрацює і Сквира — з Ополем.",
    )
    assert found["Ополе"][3] != "2023"


@pytest.mark.parametrize(
    "restored, status",
    [("у 2025 році", "renewed"), ("у 2018 році", "terminated")],
)
def test_a_suspension_told_after_a_restoration_and_dated_before_it_is_what_it_undoes(
    extractor, restored, status
):
    found = facts(
        extractor,
        "Новина",
        f"Сквирська міська рада {restored} ухвалила рішення про відновлення співпраці з литовським містом "
        "Утена. Угоду про партнерство сторони підписали ще в 2014 році, однак у 2020-му її дію фактично "
        "зупинили, а виконком ухвалив рішення про призупинення.",
    )
    assert found["Утена"][2] == status


def test_an_ending_is_not_dated_by_the_relative_clause_that_tells_when_the_agreement_was_made(extractor):
    found = facts(
        extractor,
        "Новина",
        "10 квітня відбулася позачергова сесія Сквирської міської ради. Головним питанням стало припинення "
        "дії угоди про співпрацю з російським містом Курськ, яку Сквирська міська рада уклала у вересні "
        "2011 року.",
    )
    assert found["Курськ"][2:4] == ("terminated", "2025-04-10")


@pytest.mark.parametrize(
    "title, status",
    [
        ("Сесія міської ради продовжила угоду з Ополем", "renewed"),
        ("Депутати розірвали угоду з Ополем", "terminated"),
        ("Депутати пропонують розірвати угоду з Ополем", "signed"),
        # a title of two acts gives each partner the act told with it, a "не" before it included
        ("Депутати продовжили угоду з Ополем і розірвали «дружбу» з російським Курськом", "renewed"),
        ("Узин знайшов партнера в Литві, а Сквира не продовжила угоду з Ополем", "terminated"),
    ],
)
def test_a_tie_the_body_tells_signed_takes_the_act_the_title_tells_of_its_partner(extractor, title, status):
    article = news_article(
        "Угода про партнерство між нашою громадою та містом Ополе була підписана у вересні 2016 року.",
        title=title,
        council=True,
    )
    found = {f.partner.name_uk: f for f in extractor.extract(article, owner_katottg="UA32020150000040878")}
    assert found["Ополе"].status == status
    assert (found["Ополе"].event_date == "2016-09") == (status == "signed")


def test_a_counted_document_takes_the_day_of_the_occasion_its_several_documents_were_signed_at(extractor):
    found = facts(
        extractor,
        "Новина",
        "26 травня у Сквирі відбувся прикордонний форум громад. Форум проходив у рамках угоди про співпрацю "
        "між Київською областю та Опольським воєводством, яку у 2001 році підписали очільники регіонів. "
        "Кульмінацією стало підписання двох документів. Другий документ — нова редакція угоди про "
        "партнерство між Сквирською громадою та Ополем, укладеної ще у 2004 році.",
    )
    assert found["Ополе"][2:4] == ("renewed", "2025-05-26")


def test_a_signing_after_a_same_day_opening_takes_the_day_named_before_not_an_anniversarys_year(extractor):
    found = facts(
        extractor,
        "Новина",
        "У суботу, 14 червня, під час фестивалю громада відзначила десяту річницю побратимства з Ополем. "
        "Бурмістр Ополя запросив делегацію на музичний фестиваль у травні.\n\n"
        "Того ж дня відбулася ще одна подія. Сквирська громада, гості якої приїхали на фестиваль, підписала "
        "лист про наміри щодо співпраці з литовською Утеною.",
    )
    assert found["Утена"][3] == "2025-06-14"


def test_an_existing_tie_after_a_same_day_opening_is_not_dated_by_it(extractor):
    found = facts(
        extractor,
        "Новина",
        "14 червня у Сквирі відбувся форум громад.\n\nТого ж дня делегація з Утени відвідала Сквиру. "
        "Сквирська громада вже п'ятий рік співпрацює з литовською Утеною.",
    )
    assert found["Утена"][3] != "2025-06-14"


def test_a_restoration_told_first_stands_over_the_suspension_its_history_tells_after(extractor):
    found = facts(
        extractor,
        "Новина",
        "Сквирська міська громада відновила дію угоди про співпрацю з литовським містом Утена. Відповідне "
        "рішення 17 березня ухвалила сесія міської ради.\n\n"
        "Угоду про співпрацю між Сквирою та Утеною громади уклали у 2016 році, однак у березні 2020-го її "
        "дію призупинили.",
    )
    assert found["Утена"][2] == "renewed"


def test_a_tie_a_relative_clause_tells_held_stays_ended_by_the_sentences_main_verb(extractor):
    found = facts(
        extractor,
        "Новина",
        "Водночас зв'язки з російським Курськом, з яким Сквира мала угоду про побратимство з 2005 року, "
        "міська рада розірвала рішенням сесії від 11 березня 2022 року.",
    )
    assert found["Курськ"][2:4] == ("terminated", "2022-03-11")


def test_a_new_edition_signed_by_the_agreements_pronoun_in_the_next_sentence_renews_it(extractor):
    found = facts(
        extractor,
        "Новина",
        "Найстаріше партнерство — у Сквири: угоду про побратимство з Ополем місто уклало ще у 2004 році. "
        "У листопаді 2024 року Сквирський міський голова і мер Ополя підписали її нову редакцію.",
    )
    assert found["Ополе"][2:4] == ("renewed", "2024-11")


def test_a_signing_agreed_on_for_a_day_without_its_year_lies_ahead_of_the_article(extractor):
    article = news_article(
        "Сквирська міська громада та Ополе домовилися підписати угоду в межах Днів Сквири 14 вересня.",
        published="2025-07-29",
    )
    found = {f.partner.name_uk: f for f in extractor.extract(article)}
    assert (found["Ополе"].status, found["Ополе"].event_date) == ("planned", "2025-09-14")


def test_a_partner_is_not_dated_by_a_later_document_with_another_of_the_partners(extractor):
    article = news_article(
        "Нагадаємо, що Сквирська міська громада має угоди з п'ятьма громадами: Ополе, Ниса (Польща), Утена "
        "(Литва) та 1 українською громадою — Узинською (Київська область). Цього року делегації направили "
        "Ополе та Узин.\n\nМер Утени привіз до Сквири ансамбль. «Двадцять років тому Сквира і Утена "
        "підписали угоду про побратимство», — сказав він.\n\nОкремою подією свята став ярмарок Узинської "
        "громади. Меморандум про партнерство з Узином Сквира підписала у березні 2024 року, і відтоді громада "
        "прихистила понад 400 узинців.",
        council=True,
        published="2025-06-20",
    )
    found = {f.partner.name_uk: f for f in extractor.extract(article, owner_katottg="UA32020150000040878")}
    assert found["Утена"].event_date != "2024-03"


def test_a_restoration_on_the_agenda_is_not_undone_by_the_lapse_its_history_tells(extractor):
    found = facts(
        extractor,
        "Новина",
        "Найбільше обговорення викликало питання про відновлення дії угоди про співпрацю між Сквирською "
        "міською громадою та містом Утена (Литва). Документ було вперше підписано ще у 2011 році, однак у "
        "2020 році, після закінчення строку дії, його не продовжили через пандемію.",
    )
    assert found["Утена"][2] == "renewed"


def test_each_entry_of_a_list_told_by_ordinals_keeps_its_own_date(extractor):
    article = news_article(
        "— Двоє, з якими є підписані документи. Перший наш побратим — польське Ополе, угоду з ним підписали ще "
        "2017 року, друге — литовська Утена, з нею ми підписали угоду про співпрацю 14 листопада 2024 року у "
        "Вільнюсі.",
        title="Сквирський міський голова: у нас двоє партнерів",
        council=True,
        published="2025-06-20",
    )
    found = {f.partner.name_uk: f for f in extractor.extract(article, owner_katottg="UA32020150000040878")}
    assert found["Ополе"].event_date == "2017"


def test_ordinal_entries_with_no_date_of_their_own_take_the_date_before_the_list(extractor):
    found = facts(
        extractor,
        "Новина",
        "9 травня Сквира підписала два документи: перший — угоду з польським Ополем, другий — меморандум з "
        "литовською Утеною.",
    )
    assert found["Ополе"][3] == found["Утена"][3] == "2025-05-09"


FORUM_LEAD = (
    "17 червня в Ряшеві відбувся форум громад України та Польщі, на який приїхали голови двадцяти громад.\n\n"
    "Гостей привітали маршалок воєводства та голова обласної ради."
)


def test_an_act_told_later_without_a_date_is_of_the_occasion_the_lead_dates(extractor):
    found = facts(
        extractor,
        "Громади уклали нові угоди",
        f"{FORUM_LEAD}\n\nСквирська міська громада уклала угоду про партнерство з польським містом Ополе.",
    )
    assert found["Ополе"][2:4] == ("signed", "2025-06-17")


def test_an_act_told_as_background_or_of_an_earlier_year_is_not_the_occasions(extractor):
    for act in (
        "Нагадаємо, Сквирська міська громада уклала угоду про партнерство з польським містом Ополе.",
        "Сквирська міська громада уклала угоду про партнерство з польським містом Ополе, яка діє з 2016 року "
        "і яку продовжили у 2019-му.",
    ):
        found = facts(extractor, "Форум громад", f"{FORUM_LEAD}\n\n{act}")
        assert found["Ополе"][3] != "2025-06-17", act


SESSION_LEAD = (
    "19 червня відбулася 48-ма сесія Сквирської міської ради, на якій депутати розглянули 30 питань."
)


def session_rows(extractor: Extractor, decisions: str) -> list[tuple[str, str, str | None]]:
    """(partner, status, event date) of each fact of a council site's session report of 20 June 2025."""
    body = f"{SESSION_LEAD}\n\n{decisions}"
    article = news_article(body, title="Сесія міської ради", published="2025-06-20", council=True)
    found = extractor.extract(article, owner_katottg="UA32020150000040878")  # Сквира's council site
    return [(f.partner.name_uk, f.status, f.event_date) for f in found]


def test_a_councils_decision_on_a_tie_to_come_is_dated_by_the_session_the_lead_dates(extractor):
    decision = (
        "Депутати схвалили проєкт угоди про партнерство з польським містом Ополе і доручили міському "
        "голові її підписати."
    )
    assert session_rows(extractor, decision) == [("Ополе", "planned", "2025-06-19")]


def test_a_councils_renewal_takes_the_sessions_day_not_the_documents_signing_told_elsewhere(extractor):
    decision = (
        "Другим рішенням депутати продовжили на п'ять років дію меморандуму з польським містом Ополе. "
        "Уперше документ сторони підписали у вересні 2019 року, а минулої осені строк його дії сплив."
    )
    assert session_rows(extractor, decision) == [("Ополе", "renewed", "2025-06-19")]


def test_a_later_clause_that_renews_the_partners_document_gives_its_stage_and_date(extractor):
    renewed = facts(
        extractor,
        "Новина",
        "Сквирська міська громада уклала угоду про партнерство з польським містом Ополе у 2016 році, а у 2024 "
        "році сторони підписали нову редакцію угоди.",
    )
    assert renewed["Ополе"][2:4] == ("renewed", "2024")
    another = facts(
        extractor,
        "Новина",
        "Сквирська міська громада уклала угоду про партнерство з польським містом Ополе у 2016 році, а у 2024 "
        "році сторони підписали нову редакцію угоди з польським містом Ниса.",
    )
    assert another["Ополе"][2:4] == ("signed", "2016")  # the renewal is another partner's


def test_an_ending_at_the_session_is_dated_by_it_though_its_sentence_dates_the_document(extractor):
    budget = (  # other decisions of the session, told at length before the ties
        "Головним питанням стали зміни до бюджету громади. Депутати спрямували кошти на укриття в "
        "гімназіях. Ще частину коштів отримала лікарня. Окремо розглянули програму для ветеранів. Її "
        "ухвалили одноголосно. Також затвердили план ремонту доріг.\n\n"
    )
    ending = "Депутати припинили дію угоди про побратимство з російським містом Орел, укладеної у 2001 році."
    assert session_rows(extractor, budget + ending) == [("Орел", "terminated", "2025-06-19")]
    renewal = (
        "Депутати продовжили на п'ять років дію меморандуму про співпрацю з польським містом Ополе, "
        "підписаного у квітні 2020 року."
    )
    assert session_rows(extractor, budget + renewal) == [("Ополе", "renewed", "2025-06-19")]


def test_a_decision_on_a_tie_to_come_is_of_the_session_though_no_signing_is_told(extractor):
    budget = (
        "Головним питанням стали зміни до бюджету громади. Депутати спрямували кошти на укриття в "
        "гімназіях. Ще частину коштів отримала лікарня. Окремо розглянули програму для ветеранів. Її "
        "ухвалили одноголосно. Також затвердили план ремонту доріг.\n\n"
    )
    decision = "Другим рішенням депутати погодили угоду про співпрацю з польським містом Ополе."
    assert session_rows(extractor, budget + decision) == [("Ополе", "planned", "2025-06-19")]
    ended_between = (  # an ending told in between, dated by its document only, dates no act of its own
        "Першим рішенням депутати припинили дію угоди з російським містом Орел, укладеної у 2001 році.\n\n"
    )
    rows = session_rows(extractor, budget + ended_between + decision)
    assert ("Ополе", "planned", "2025-06-19") in rows


def test_a_restoration_at_the_session_is_dated_by_it_not_by_the_first_signing_told_next(extractor):
    decisions = (
        "Першим рішенням сесія відновила дію угоди про партнерство з польським містом Ополе. Угоду "
        "громади уклали ще у жовтні 2018 року, але у 2022 році її дію призупинили."
    )
    assert session_rows(extractor, decisions) == [("Ополе", "renewed", "2025-06-19")]


def test_a_month_told_by_its_middle_or_end_dates_the_act(extractor):
    for when, month in (("В середині червня", "2025-06"), ("У кінці травня", "2025-05")):
        found = facts(
            extractor,
            "Новина",
            f"{when} Сквирська міська громада підписала угоду про партнерство з польським містом Ополе.",
        )
        assert found["Ополе"][3] == month


def test_signers_listed_after_the_sides_formalised_the_tie_take_that_sentences_date(extractor):
    found = facts(
        extractor,
        "Новина",
        "Гості оглянули лікарню та школу. На початку червня сторони офіційно закріпили співпрацю. Угоди "
        "про партнерство підписали: Сквирський міський голова Петро Гайда та бурмістр Ополя Ян Ковач; "
        "Узинський міський голова Ігор Лис та бурмістр Ниси Адам Мрук.",
    )
    assert found["Ополе"][3] == "2025-06"
    assert found["Ниса"][3] == "2025-06"
