"""The name-form helpers: a case form of a partner's name is found again, another name is not."""

from parsers.facts.name_forms import case_stem, case_stems, may_name, names_stem


def test_case_stem_drops_the_ending_a_case_changes():
    assert case_stem("Тарнобжег") == "тарнобж"
    assert names_stem("Делегація з Тарнобжега приїхала вчора.", case_stem("Тарнобжег"))
    assert names_stem("Угоду з Тарнобжегом підписали.", case_stem("Тарнобжег"))


def test_case_stem_reads_past_a_unit_word_and_a_hyphenated_tail():
    assert case_stem("ґміна Кросценко") == "кросцен"
    assert case_stem("Бельско-Бяла") == "бельс"


def test_a_short_name_is_its_own_stem_and_a_shorter_one_has_none():
    assert case_stem("Ліда") == "ліда"
    assert case_stem("Бар") == ""
    assert not names_stem("Бар на розі закрили.", case_stem("Бар"))


def test_names_stem_wants_a_capitalised_word():
    stem = case_stem("Орлеан")
    assert not names_stem("орлеанський сир продавали на ярмарку", stem)
    assert names_stem("Мер Орлеана приїхав.", stem)


def test_may_name_is_loose_on_spellings_but_not_on_other_words():
    assert may_name("Гості з Хельма вже тут.", "Гельм")  # "х" and "г" render one foreign letter
    assert not may_name("Гості зі Львова вже тут.", "Гельм")
    assert not may_name("Гості з Гельмштедтенбурга вже тут.", "Гельм")  # too long for a case form


def test_a_name_whose_last_vowel_drops_keeps_the_start_of_its_other_cases():
    assert names_stem("розірвання угоди з Єльцем", "єльц")
    assert case_stems("Єлець") == {"єлец", "єльц"}
    assert case_stems("Городок") == {"город", "городк"}
    assert case_stems("Хелм") == {"хелм"}
