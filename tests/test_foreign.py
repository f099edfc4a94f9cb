"""The one foreign-place resolver (parsers.places.foreign) and its spelling rules
(parsers.places.correspondences, data/name_correspondences.csv)."""

from __future__ import annotations

import csv
import re

import pytest

from parsers.places.correspondences import (
    RULES_CSV,
    endonym_candidates,
    fold_latin,
    languages_of,
    word_spellings,
)
from parsers.places.foreign import read_written_name, resolve_foreign, unit_level
from parsers.places.world import World, load_world


@pytest.fixture(scope="module")
def world() -> World:
    return load_world()


# -- spelling rules (no gazetteer) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name_uk", "country", "endonym"),
    [
        ("Янів", "PL", "Janów"),  # historical -ів for Polish -ów
        ("Августів", "PL", "Augustów"),  # au before a consonant written ав
        ("Венгрув", "PL", "Węgrów"),  # ен for the nasal ę
        ("Томашпіль", "PL", "Tomaszpol"),  # -піль for -pol
        ("Рава-Мазовецька", "PL", "Rawa Mazowiecka"),  # adjective part, word by word
        ("Гливиці", "PL", "Gliwice"),  # plural -иці for -ice
        ("Сентендре", "HU", "Szentendre"),  # с is Hungarian sz
        ("Ньїредьгаза", "HU", "Nyíregyháza"),  # нь/дь are ny/gy
        ("Мезед'ярмат", "HU", "Mezőgyarmat"),  # д'я (an apostrophe for the soft sign) is gya
        ("Бакеу", "RO", "Bacău"),
        ("Сучава", "RO", "Suceava"),  # ча is cea
        ("П'ятра-Нямць", "RO", "Piatra Neamț"),  # a final -ць is ț as well as ți
        ("Брєїла", "RO", "Brăila"),  # є after a consonant is ă as well
        ("Паневежис", "LT", "Panevėžys"),
        ("Вайньоде", "LV", "Vaiņode"),  # the diphthong ai is written ай
        ("Кромержиж", "CZ", "Kroměříž"),  # рж is ř
        ("Хетафе", "ES", "Getafe"),
        ("Джуліанова", "IT", "Giulianova"),
        ("Агіос Ніколаос", "GR", "Ágios Nikólaos"),
        ("Ескішехір", "TR", "Eskişehir"),
        ("Сіань", "CN", "Xi'an"),
        ("Гейдельберг", "DE", "Heidelberg"),
        ("Пярну", "EE", "Pärnu"),  # Estonian ä is я
        ("Йихві", "EE", "Jõhvi"),  # Estonian õ is и
        ("Ювяскюля", "FI", "Jyväskylä"),
        ("Рієка", "HR", "Rijeka"),
        ("Енчепінг", "SE", "Enköping"),  # Swedish k before a front vowel is ч, ö is е
        ("Люсечіль", "SE", "Lysekil"),  # Swedish y is ю
        ("Йовік", "NO", "Gjøvik"),  # Norwegian gj is й
        ("Обенро", "DK", "Aabenraa"),  # old Danish aa (å) is о
        ("Рьорнбах", "DE", "Röhrnbach"),  # German ö with a silent h after it is ьо
    ],
)
def test_spelling_rules_reach_the_endonym(name_uk, country, endonym):
    spelled = word_spellings(name_uk, country)
    want = fold_latin(endonym).split()
    assert any(
        len(words) == len(want) and all(w in options for w, options in zip(want, words, strict=True))
        for words in spelled
    ), (name_uk, [w[:5] for w in spelled[0]])


def test_most_likely_spelling_comes_first():
    assert endonym_candidates("Познань", "PL")[0] == "poznan"
    assert endonym_candidates("Дебрецен", "HU")[0] == "debrecen"


def test_fold_latin_ignores_diacritics_doubles_and_hyphens():
    assert fold_latin("Łomża") == "lomza"
    assert fold_latin("Hollabrunn") == fold_latin("Holabrun")
    assert fold_latin("Zielona-Góra") == "zielona gora"


def test_rule_table_is_well_formed():
    with RULES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(row["where"] in {"any", "start", "end"} for row in rows)
    assert all(row["uk"] == row["uk"].lower() for row in rows)
    groups = {row["lang"] for row in rows}
    for iso2 in ("PL", "HU", "RO", "LT", "LV", "CZ", "SK", "DE", "ES", "IT", "GR", "TR", "GE", "CN"):
        assert set(languages_of(iso2)) <= groups and languages_of(iso2), iso2


# -- name forms ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "core", "level", "parent"),
    [
        ("Ґміна Ярослав", "Ярослав", "city", None),
        ("гміна Ярослав", "Ярослав", "city", None),
        ("Ярославський повіт", "Ярославський", "region", None),
        ("Тіміш, жудець", "Тіміш", "region", None),
        ("Паневежис Муніципалітет", "Паневежис", "city", None),
        ("Чанкая, Анкара", "Чанкая", "district", "Анкара"),
        ("Община Созопол", "Созопол", "city", None),
        ("Сектор 3", "Сектор 3", "district", None),  # a unit word with nothing but a number stays
        ("Кам&#39;янка", "Кам'янка", None, None),
    ],
)
def test_written_name_is_taken_apart(written, core, level, parent):
    name = read_written_name(written)
    assert (name.core, name.level, name.parent) == (core, level, parent)


def test_unit_words_are_whole_words():
    assert unit_level("повіту") == "region"
    assert unit_level("ґміною") == "city"
    assert unit_level("Познань") is None
    assert unit_level("Селище") == "city"
    assert unit_level("Селіна") is None


# -- resolution ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "country", "geonameid", "name"),
    [
        ("Венгрув", "PL", 756046, "Węgrów"),
        ("Венгрувом", "PL", 756046, "Węgrów"),  # an oblique form from running text
        ("Равою-Мазовецькою", "PL", 760584, "Rawa Mazowiecka"),
        ("Ґміна Ярослав", "PL", 770380, "Jarosław"),
        ("Па\u0301рдубіце", "CZ", 3068582, "Pardubice"),  # a stress mark
        ("Пардубiце", "CZ", 3068582, "Pardubice"),  # a Latin i
        ("Джуліанова", "IT", 3176053, "Giulianova"),
        ("Агіос Ніколаос", "GR", 263824, "Ágios Nikólaos"),
        ("Енчепінгом", "SE", 2716166, "Enköping"),  # not the bigger town one letter away
        ("Мілеюв", "PL", 764740, "Milejów"),  # Polish -jów by how it sounds
        ("Унеюва", "PL", 3082801, "Uniejów"),
        ("Цєнціна", "PL", 3101415, "Cięcina"),  # a nasal ę after a soft consonant
        ("Нове Місто над Вартою", "PL", 3090612, "Nowe Miasto nad Wartą"),  # "Місто" in the name, no unit
        ("Преймером", "RO", 669691, "Prejmer"),  # Romanian j before a consonant written й
        ("Хотєбож", "CZ", 3077669, "Chotěboř"),  # Czech ř written ж as well as рж
    ],
)
def test_resolves_to_the_gazetteer_place(world, written, country, geonameid, name):
    place = resolve_foreign(written, country, world=world)
    assert (place.geonameid, place.name, place.country_iso2, place.level) == (
        geonameid,
        name,
        country,
        "city",
    )
    assert place.known and place.score >= 0.85


def test_regions_never_get_a_city_id(world):
    for written, country in (
        ("Ярославський повіт", "PL"),
        ("Тіміш, жудець", "RO"),
        ("Каунаський район", "LT"),
    ):
        place = resolve_foreign(written, country, world=world)
        assert place.level == "region" and place.geonameid is None and not place.known
        assert place.name and not re.search("[а-яіїєґ]", place.name)  # a derived Latin name, never empty


def test_district_of_a_city_is_the_district_or_unknown_never_the_city(world):
    ankara = resolve_foreign("Анкара", "TR", world=world).geonameid
    district = resolve_foreign("Чанкая, Анкара", "TR", world=world)
    assert district.level == "district" and district.parent == "Анкара"
    assert district.geonameid not in (None, ankara) and district.name == "Çankaya"
    sofia = resolve_foreign("Софія", "BG", world=world).geonameid
    unknown = resolve_foreign("Лозенец, Софія", "BG", world=world)
    assert unknown.geonameid is None and sofia is not None and unknown.level == "district"
    assert unknown.name == "Lozenets"


def test_a_near_namesake_is_not_the_place(world):
    place = resolve_foreign("Ломжанка", "PL", world=world)  # no such town; Łomża is a suffix away
    assert place.geonameid is None and place.name_uk == "Ломжанка" and place.name


def test_without_a_country_only_exact_names_count(world):
    assert resolve_foreign("Познань", world=world).geonameid == 3088171
    assert resolve_foreign("Венгрув", world=world).geonameid in (None, 756046)
    assert resolve_foreign("ЄС", "DE", world=world).geonameid is None


@pytest.mark.parametrize(
    ("written", "name_uk", "geonameid"),
    [
        # a neuter name read through its oblique cases keeps the gazetteer's nominative
        ("Ополем", "Ополе", 3090048),
        ("Ополя", "Ополе", 3090048),
        ("Ополі", "Ополе", 3090048),
        # a closed last syllable: о/е in the oblique cases, і in the nominative
        ("Любачевом", "Любачів", 765932),
        ("Сяноком", "Сянік", 759591),
        # an exonym the gazetteer lacks stays as the text writes it
        ("Тарнів", "Тарнів", 757026),
    ],
)
def test_an_oblique_case_resolves_to_the_nominative(world, written, name_uk, geonameid):
    place = resolve_foreign(written, "PL", world=world)
    assert (place.name_uk, place.geonameid) == (name_uk, geonameid)


@pytest.mark.parametrize(
    ("written", "name_uk", "geonameid"),
    [
        # a feminine name in a soft sign: its instrumental "-ью" is the nominative's "-ь"
        ("Тршештью", "Тршешть", 3064029),
        # a fleeting vowel after a softened consonant: the soft sign goes where the vowel comes back
        ("Гумпольця", "Гумполець", 3074723),
    ],
)
def test_a_soft_oblique_form_gives_the_nominative(world, written, name_uk, geonameid):
    place = resolve_foreign(written, "CZ", world=world)
    assert (place.name_uk, place.geonameid) == (name_uk, geonameid)


def test_a_name_declined_as_an_adjective_resolves_through_its_instrumental(world):
    place = resolve_foreign("Щекіним", "RU", world=world)
    assert (place.name_uk, place.geonameid) == ("Щекіно", 495394)


def test_a_case_ending_read_as_a_nasal_vowel_does_not_win_over_a_town_ten_times_bigger(world):
    place = resolve_foreign("Сєрадзом", "PL", world=world)  # not the village whose name ends in -a
    assert (place.geonameid, place.name) == (3085978, "Sieradz")


def test_the_state_named_beside_a_town_picks_among_exact_namesakes(world):
    assert resolve_foreign("Піорія", "US", admin1="Іллінойс", world=world).geonameid == 4905687
    assert resolve_foreign("Піорія", "US", admin1="Аризона", world=world).geonameid == 5308480


def test_a_case_form_of_a_places_own_ukrainian_name_resolves_in_its_country():
    place = resolve_foreign(
        "Ільцена", "DE"
    )  # the gazetteer's Ukrainian name is "Ільцен"; no spelling rule reaches it
    assert (place.name_uk, place.geonameid) == ("Ільцен", 2820456)


def test_a_district_written_after_its_city_and_a_hyphen_is_the_district():
    place = resolve_foreign("Варшава-Бемово", "PL", level="district")
    assert (place.name_uk, place.geonameid, place.level) == ("Бемово", 776251, "district")
    unknown = resolve_foreign(
        "Прага-Південь", "CZ", level="district"
    )  # no such row near Prague: the whole name
    assert (unknown.name_uk, unknown.geonameid) == ("Прага-Південь", None)


def test_a_long_name_a_letter_apart_from_the_gazetteers_ukrainian_name_is_a_variant_spelling():
    # the gazetteer writes "Сигіт Мармароський"; news also write "е" for "і" and a hyphen for the space
    assert resolve_foreign("Сигет-Мармароський", "RO").geonameid == 667227
    assert resolve_foreign("Сигетом-Мармароським", "RO").geonameid == 667227


def test_a_ukrainian_k_is_never_a_polish_c(world):
    # Polish c always sounds ц: a case form of one town must not be spelled as a namesake with c
    assert resolve_foreign("Свідника", "PL", world=world).geonameid == 757692  # Świdnik, not Świdnica
    assert resolve_foreign("Свідником", "PL", world=world).geonameid == 757692
    assert resolve_foreign("Свідниці", "PL", world=world).geonameid == 3084093  # Świdnica itself
    spellings = {spelling for word in word_spellings("Свідника", "PL") for part in word for spelling in part}
    assert "swidnika" in spellings and "swidnica" not in spellings


@pytest.mark.parametrize(
    ("written", "country", "geonameid"), [("Дондюшан", "MD", 618382), ("Сорокан", "MD", None)]
)
def test_a_genitive_plural_with_no_ending_reads_as_a_town_named_in_the_plural(written, country, geonameid):
    """ "примар X-ан": the town "X-ани" the spelling rules know; a word whose plural names no town stays none."""
    assert resolve_foreign(written, country).geonameid == geonameid
