"""What stands around a name in a sentence: the words that say what kind of place it is, in which
country or region, and the tests that tell a partner place from a person, an organisation, a
location where something happened, or a plain word.

The extractor (:mod:`parsers.facts.extract`) asks these for every capitalised span it considers.
Every cue word is matched as a whole word ("організованому" is no "ном", "бургомістр" no "міст").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parsers.facts.cues import MONTH_WORD
from parsers.facts.vocabulary import (
    TOWN_HEAD,
    UNIT_ABBREVIATION,
    has_finite_verb,
    is_adjective,
    is_place_adjective,
)
from parsers.places.foreign import BIG_CITY, TOWN_IN_A_NAME
from parsers.places.world import World, cyr_key, latin_keys, phonetic_similarity
from parsers.text import name_key

WORD = re.compile(r"[A-Za-zÀ-žА-ЯІЇЄҐа-яіїєґ'][\w'.]*(?:-[\w'.]+)*")
CITY_WORDS = re.compile(
    r"^(?:міст\w*|містечк\w*|муніципаліт\w*|муніципі[йюєяї]\w*|комун\w*|селищ\w*|сел[аоіу]\w*|громад\w*|"
    r"волост\w*|общин\w*)$",
    re.I,
)
_TOWN_WORDS = re.compile(
    r"^(?:міст\w*|містечк\w*|муніципаліт\w*|муніципі[йюєяї]\w*|комун\w*)$", re.IGNORECASE
)
_GMINA_WORDS = re.compile(r"^(?:(?:ґмін|гмін)\w*|ґм|гм)$", re.IGNORECASE)  # "ґм." is a gmina too
# a whole word: "організованому" must not read as "ному" (a Greek nome), "країнах" as "краї" (regions)
_REGION_BEFORE = re.compile(
    r"^(?:воєводств|повіт|провінці|графств|округ|регіон|департамент|кантон|земл[яіею]|федеральн\w* земл|"
    r"штат|област|край|кра(?:ю|ї(?!н))|район\w* муніципаліт|жудец|ном[уі]?|префектур|губерні)\w*$"
    r"|^лен(?:і|у|а|ом)?$",
    re.IGNORECASE,
)
_REGION_AFTER = re.compile(  # "X повіт", "X, жудець" (lists write the unit after a comma)
    # not a plural genitive: "Форуму регіонів" is a forum of regions, not a region
    r"^,?\s+(?![\w'-]*(?:ів|їв|ій)\b)((?:повіт\w*|район\w*|кра(?:[йює]|ї(?!н))\w*|воєводств\w*|графств\w*|провінці\w*|округ\w*|"
    r"регіон\w*|жудец\w*|жудець|муніципалітет\w*|лен\w*|комун\w*))\b",
    re.IGNORECASE,
)
# A unit's noun in the genitive right after a word ("Рада муніципалітету", "Голова повіту"): the word is
# an organ or a part of the unit, not the unit's name (a list writes the unit in the nominative).
_UNIT_GENITIVE = re.compile(
    r"(?:повіту|району|краю|воєводства|графства|округу|регіону|жудецу|муніципалітету|лену)", re.IGNORECASE
)
_DISTRICT_BEFORE = re.compile(
    r"^(?:район\w*|дільниц\w*|дзельниц\w*|округ\w* міста|кварт\w*|district)$", re.IGNORECASE
)
_IN_A_LANGUAGE = re.compile(r"(?:[а-яіїєґ'-]+(?:ською|цькою|зькою)|мовою|по-[а-яіїєґ'-]+)\b", re.IGNORECASE)
_PARENTHESIS = re.compile(r"^\s*\(([^()]{2,80})\)")
# The rest of a comma list of names up to the parenthesis that gives their country.
# "X, Країна – …": a country after a comma, then a spaced dash (an entry of a list set one per line).
_COUNTRY_THEN_DASH = re.compile(r"^\s*,\s*([А-ЯІЇЄҐ][\w'’-]+(?:\s+[А-ЯІЇЄҐ][\w'’-]+)?)\s+[–—]\s")
_GROUP_PARENTHESIS = re.compile(
    r"^(?:\s*,\s*[А-ЯІЇЄҐ][\w'-]*(?:[\s-][А-ЯІЇЄҐ][\w'-]*)?)+\s*\(([^()]{2,40})\)"
)
_DESCRIPTOR_WORDS = re.compile(
    r"^(?:регіон[уі]|земл[іяю]|штат[уі]?|провінці[їя]|графств[аі]|воєводств[аі]|департамент[уі]|кантон[уі]|"
    r"област[іь]|округ[уі]|повіт[уі]|жудец[уі]|лен[іуа])$",
    re.IGNORECASE,
)
_FOLLOWING_REGION = re.compile(
    r"^\s+(?:(?:землі|штату|провінції|регіону|графства|округу|департаменту|кантону|повіту)\s+)?"
    r"([А-ЯІЇЄҐ][\w'-]+(?:ого|ої|ий|а|я)?)(?:\s+(?:воєводства|повіту|краю|району|округу|графства|провінції|регіону|"
    r"землі|жудецу|департаменту))?"
)
# "X у канадській провінції Y", "X в штаті Y", "X у Каліфорнії": the region or country X lies in, after X.
_LOCATED_IN_REGION = re.compile(
    r"(?:\s*(?:…|\.\.\.))?\s*,?\s+(?:(?:що|яке|який|яка)\s+)?(?:у|в)\s+(?:тому\s+(?:ж|самому)\s+)?(?:([а-яіїєґ'-]+(?:ській|цькій|зькій|ськім|цькім|зькім))\s+)?"
    r"(?:(провінції|штаті|федеральній\s+землі|регіоні|графстві|кантоні|департаменті|воєводстві|префектурі|"
    r"лені)\s*)?"
    # a capitalised adjective with its unit noun after it: "у X-ському краї", "у Y-ському воєводстві"
    r"([А-ЯІЇЄҐ][\w'-]+ому\s+(?:краї|воєводстві|повіті|регіоні|окрузі|графстві|кантоні|департаменті)\b"
    r"|[А-ЯІЇЄҐ][\w'-]+)?"
)
# "X, яка лежить у Y-ському повіті Z-ського воєводства": the first-level region a relative clause places X in.
LIES_IN_REGION = re.compile(
    r",\s+(?:що|яке|який|яка|які)\s+(?:лежить|розташован\w*|знаходиться|розміщен\w*)\s+(?:у|в)\s+[^,.;]{0,60}?"
    r"([А-ЯІЇЄҐ][\w'’-]+(?:ого|ої)\s+(?:воєводства|області|провінції|регіону|землі|округу))"
)
# "X Y-ського повіту Z-ського воєводства": the genitive chain of X's units, its first-level region last.
REGION_OF_THE_NAME = re.compile(
    r"(?:\s+[А-ЯІЇЄҐ][\w'’-]+(?:ого|ої)\s+(?:повіту|району|округу|гміни|ґміни))?"
    r"\s+([А-ЯІЇЄҐ][\w'’-]+(?:ого|ої)\s+(?:воєводства|області|провінції|регіону|землі))"
)
# "X, штат Y", "X, провінція Y": the region X lies in, as an apposition after X (one or two words).
_REGION_APPOSITION = re.compile(
    r",\s+(штат|провінція|префектура|федеральна\s+земля|земля|кантон|графство|воєводство|регіон)\s+"
    r"([А-ЯІЇЄҐ][\w'-]+(?:\s+[А-ЯІЇЄҐ][\w'-]+)?)"
)
# "X з Y", "X… з Y" where Y is a region: a town from a region ("Лондон з Онтаріо"), not a tie with Y.
_FROM_REGION = re.compile(
    r"(?:\s*(?:…|\.\.\.))?\s+(?:з|зі|із)\s+"
    r"(?:(?:федеральної\s+)?землі\s+|провінції\s+|штату\s+|кантону\s+|регіону\s+)?"  # "з землі Y"
    r"([А-ЯІЇЄҐ][\w'-]+(?:\s+[А-ЯІЇЄҐ][\w'-]+)?)"
)
_TOWN_FROM_BEFORE = re.compile(
    r"[А-ЯІЇЄҐ][\w'-]+(?:\s*(?:…|\.\.\.))?\s+(?:з|зі|із)\s+(?:[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:ої|ого|ьої|ього)\s+)?$"
)
"""A town and "з" right before a name, maybe with the region's adjective between ("Леер із Нижньої X")."""
NAME_THEN_REGION = re.compile(r"\b([А-ЯІЇЄҐ][\w'-]+)" + _REGION_APPOSITION.pattern)
# "X у Y-ському повіті Z-ського воєводства": a town placed in its first-level region (group 2), maybe
# through its county first.
NAME_IN_ITS_REGION = re.compile(
    r"\b([А-ЯІЇЄҐ][\w'-]+)\s+(?:в|у)\s+(?:[А-ЯІЇЄҐ][\w'’-]+(?:ому|ім)\s+(?:повіті|районі|окрузі)\s+)?"
    r"([А-ЯІЇЄҐ][\w'’-]+(?:ого|ої)\s+(?:воєводства|області|провінції|регіону|краю|землі))"
)
# "X (провінція Y)": the same region in brackets (groups as above: name, unit word, region).
NAME_THEN_BRACKETED_REGION = re.compile(
    r"\b([А-ЯІЇЄҐ][\w'-]+)\s+\((штат|провінція|префектура|федеральна\s+земля|земля|кантон|графство|воєводство|"
    r"регіон)\s+([А-ЯІЇЄҐ][\w'-]+(?:\s+[А-ЯІЇЄҐ][\w'-]+)?)\)"
)
# "X (Республіка Білорусь)", "X (Польща)", "X (Y-ська область, Країна)": a town placed by its country in
# brackets after it, its region maybe before the country; on a line of its own also "X, Y-ський край
# (Країна)".
NAME_THEN_COUNTRY = re.compile(
    r"\b([А-ЯІЇЄҐ][\w'’-]+)\s+\((?:[^()\n,]{1,60},\s*)?(?:Республіка\s+)?([А-ЯІЇЄҐ][\w'’-]+)\)"
    r"|(?:^|\n)[ \t]*([А-ЯІЇЄҐ][\w'’-]+),[ \t]+[^()\n,]{1,50}?\s+\((?:Республіка\s+)?([А-ЯІЇЄҐ][\w'’-]+)\)"
)
COUNTRY_THEN_NAME = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–—•·*][ \t]*|\d{1,2}[.)][ \t]*)?([А-ЯІЇЄҐ][\w'’-]+),[ \t]+"
    r"(?:місто|містечко|ґміна|гміна|муніципалітет|комуна|община|волость)[ \t]+([А-ЯІЇЄҐ][\w'’-]+)"
)
"""A line that opens with a country, then a town by its unit ("Країна, місто X."): an entry of a partner
page that places the town in that country."""
_LOCATION_PREPOSITIONS = frozenset(
    {"у", "в", "на", "до", "біля", "під", "поблизу", "через", "по", "навпроти"}
)
_REGION_NOUNS = {
    "район": "район",
    "кра": "край",
    "повіт": "повіт",
    "лен": "лен",
    "воєводств": "воєводство",
    "графств": "графство",
    "провінці": "провінція",
    "округ": "округ",
    "жудец": "жудець",
}


def name_spans(text: str):
    """Capitalised word runs (hyphenated names, two-word names such as "Нью-Йорк Сіті") with offsets."""
    words = list(WORD.finditer(text))
    index = 0
    while index < len(words):
        word = words[index]
        if (
            not word.group(0)[0].isupper()
            or not _is_cyrillic(word.group(0))
            or word.group(0) in _ONE_LETTER_WORDS
        ):
            index += 1  # a one-letter word opening a sentence ("З X", "У X") is a preposition, no name's part
            continue
        end_index = index
        while end_index + 1 < len(words):
            nxt = words[end_index + 1]
            gap = text[words[end_index].end() : nxt.start()]
            if gap != " " or not nxt.group(0)[0].isupper() or not _is_cyrillic(nxt.group(0)):
                break
            end_index += 1
        start, end = word.start(), words[end_index].end()
        if (river := _ON_A_RIVER_AFTER.match(text, end)) and (end_index > index or river.group(1) != "на"):
            # "Нове Місто на Мораві", "Лібчице над Влтавою": a town named by its river or land, one name
            yield start, river.end(), text[start : river.end()]
        yield start, end, text[start:end].rstrip(".")
        if end_index > index + 1 and _REGION_NOUN_AFTER.match(text, end):
            # "X Y Z-ської області": the run without the region's adjective, before its single words
            last = words[end_index - 1].end()
            yield start, last, text[start:last]
        if end_index > index and not _has_a_town_word(words[index + 1 : end_index + 1]):
            # also the single words, for lists like "X Y" (two names side by side)
            for single in words[index : end_index + 1]:
                yield single.start(), single.end(), single.group(0).rstrip(".")
        index = end_index + 1


def _has_a_town_word(later: list[re.Match]) -> bool:
    """A later word of a run is a capitalised word for a town ("Нове Місто-над-Y"): one name, whose
    first word alone names no town."""
    return any(word.group(0).split("-")[0] in TOWN_IN_A_NAME for word in later)


_ONE_LETTER_WORDS = frozenset("ЗУВІЙАО")
_ON_A_RIVER_AFTER = re.compile(r" (на|над) [А-ЯІЇЄҐ][а-яіїєґ'’]+(?:ою|ем|ом|і)\b")
"""A river or land after a town's name, in the instrumental or locative ("над Влтавою"; "на Мораві"
after a name of two words, as one word with "на" is mostly a town and its region: "X на Пелопоннесі")."""
_REGION_NOUN_AFTER = re.compile(
    r"\s+(?:област|воєводств|кра[юїя]|район|повіт|округ|провінці|штат|земл|графств|жудец|регіон|префектур|"
    r"департамент)\w*",
    re.IGNORECASE,
)


def _is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC_START.match(word))


def preceding_words(text: str, start: int, count: int = 4) -> list[str]:
    return _PLAIN_WORDS.findall(text[max(0, start - 80) : start])[-count:]


# Compiled once: these run for every word or name of a sentence.
_CYRILLIC_START = re.compile(r"[А-ЯІЇЄҐа-яіїєґ]")
_PLAIN_WORDS = re.compile(r"[\w'-]+")


@dataclass
class Hint:
    country: str | None = None
    level: str = "city"
    explicit: bool = False
    """The text ties the country or an administrative word directly to the name."""
    admin1: str | None = None
    descriptor: bool = False
    """The name only locates another place: "(штат Вісконсин)", "регіону Марке"."""
    sentence_initial: bool = False
    adjacent_cue: bool = False
    """An administrative or city word right before the name, or a country in parentheses right after."""
    unit_countries: tuple[str, ...] = ()
    """The countries whose units the word before the name names ("округ": several), when it is one."""
    paired_by_dash: bool = False
    """The name is a side of a dash pair ("A — X;"), which names its sides in the nominative."""
    full_name: str | None = None
    """A longer form of the name in brackets after it ("X (X-Y)"): the town's full official name."""
    alias: str | None = None
    """Another name of the town in brackets after it ("X (Y, Ylatin)"): asked when X itself is unknown."""
    after_head: bool = False
    """The name follows a town head's word ("мер X", "бургомістра X"): it stands in the genitive."""


_UNITS_OF = re.compile(
    r"(?:міст(?:ами|ам)?|містечк(?:ами|ам)?|громад(?:ами|ам)?|муніципалітет(?:ами|ам|ів)|[ґг]мін(?:ами|ам)?|"
    r"комун(?:ами|ам)?|партнер(?:ами|ам|ів))",
    re.IGNORECASE,
)
_AFTER_A_PAIRING_DASH = re.compile(r"\s[–—]\s+$")
_END_OF_ITEM = re.compile(r"\s*(?:[;.]|$|\n|\s\()")


# "X-ська громада (з Y) і Z-ська (з W)": a bracket that opens with "з" names the partner, not where
_A_PARTNER_IN_BRACKETS = re.compile(
    r"\(\s*(?:з|із|зі)\s+(?:[а-яіїєґ'’-]+\s+){0,2}$"
    # "… та Y-ською міською радою (м. Y, Країна)": the town of a council named by its adjective
    r"|[А-ЯІЇЄҐ][\w'’-]+(?:ськ|цьк|зьк)(?:ою|ої|а)\s+(?:міськ\w+\s+)?(?:рад\w*|мері\w*|магістрат\w*)\s*"
    r"\(\s*(?:м\.|міст[оа])\s*$"
)


def hints(text: str, start: int, end: int, world: World) -> Hint:
    """Country, level and admin region for a name, from what stands right around it."""
    hint = Hint(sentence_initial=_starts_clause(text, start))
    hint.paired_by_dash = bool(_AFTER_A_PAIRING_DASH.search(text, max(0, start - 3), start)) and bool(
        _END_OF_ITEM.match(text, end)
    )
    if _TOWN_FROM_BEFORE.search(text, max(0, start - 60), start) and _a_region_only(text[start:end], world):
        hint.descriptor = True  # "Лондон з Онтаріо": the region the town before it is from
        return hint
    if _last_char_before(text, start) in ("–", "—") and _DISTRICT_THEN_DASH.search(text[:start]):
        hint.level, hint.explicit = "district", True
    if (
        start > 0 and text[:start].rstrip().endswith("(") or inside_parentheses(text, start)
    ) and not _A_PARTNER_IN_BRACKETS.search(text, max(0, start - 40), start):
        hint.descriptor = True
        return hint
    parenthesis = _PARENTHESIS.match(text[end:])
    region_of_parenthesis = None
    latin_unit = False
    if parenthesis:
        for part in (p.strip() for p in re.split(r"[,;]", parenthesis.group(1))):
            if _IN_A_LANGUAGE.match(part):
                continue  # "X (угорською – Y)": the name in another language, not a country
            if _LATIN_UNIT.match(part):
                latin_unit = True  # "район X (Landkreis X)": the unit itself, a region
                continue
            if _longer_form_of(part, text[start:end]):
                hint.full_name = part  # "X (X-Y)": the full name of the town a short name stands for
            elif " " in part and (country := world.region_country(part)):
                # "X (провінція Y Z)", "X (Y Z)": a region named in full, though one of its words is
                # a country's adjective
                region_of_parenthesis = country
                hint.admin1 = _without_unit_word(part)
            elif country := world.country(part):
                hint.country, hint.explicit, hint.adjacent_cue = country, True, True
            elif country := world.region_country(part):
                region_of_parenthesis = country
                hint.admin1 = part
    if parenthesis and not hint.full_name:
        hint.alias = next(
            (
                part
                for part in (p.strip() for p in re.split(r"[,;]", parenthesis.group(1)))
                if _A_NAME.fullmatch(part)
                and (_same_start(part, text[start:end]) or _latin_spelling_of(part, text[start:end]))
                and not world.country(part)
                and not world.region_country(part)
            ),
            None,
        )  # "X (Y, Ylatin)": a bracketed name that starts as X does, not a container's
    apposed = None if parenthesis else _COUNTRY_THEN_DASH.match(text[end : end + 60])
    if apposed and (country := world.country(apposed.group(1))):
        hint.country, hint.explicit, hint.adjacent_cue = country, True, True
    group = None if parenthesis else _GROUP_PARENTHESIS.match(text[end : end + 200])
    if group and (country := world.country(group.group(1).strip())):
        hint.country, hint.explicit = country, True  # "A, B (Країна)": one country per group
    before = preceding_words(text, start)
    if (
        follows_a_district_noun(before)
        and _CITY_THEN_ITS_DISTRICT.match(text, start)
        and _big_city_in_an_oblique_case(text[start:end].split()[0], world)
    ):
        hint.descriptor = True  # "з районом Y-а X": the city in the genitive (or the run with it) locates X
        return hint
    if (
        len(before) >= 2
        and follows_a_district_noun(before[:-1])
        and before[-1][:1].isupper()
        and (city_country := _big_city_in_an_oblique_case(before[-1], world))
    ):
        hint.level, hint.explicit, hint.adjacent_cue = "district", True, True  # "з районом Y-а X"
        hint.country = city_country
        return hint
    unit_after = _REGION_AFTER.match(text[end : end + 30])
    if (
        unit_after
        and not is_adjective(unit_after.group(1))
        and not _REGION_APPOSITION.match(text, end)
        and not (_UNIT_GENITIVE.fullmatch(unit_after.group(1)) and "," not in unit_after.group(0))
    ):
        # "X повіт", not "X регіонального розвитку": the unit's noun, not an adjective made from it
        hint.level, hint.explicit, hint.adjacent_cue = "region", True, True
    if before and any(
        p.search(before[-1]) for p in (_GMINA_WORDS, _REGION_BEFORE, _DISTRICT_BEFORE, _TOWN_WORDS)
    ):
        hint.adjacent_cue = True
    if any(stem in text for stem in _REGIONAL_STEMS) and _REGIONAL_BODY_OF.search(
        text, max(0, start - 50), start
    ):
        hint.level, hint.explicit, hint.adjacent_cue = "region", True, True  # "голова повітової ради X"
    hint.after_head = bool(_HEAD_BEFORE.search(text, max(0, start - 40), start))
    by_unit_word = False  # the country only a unit noun's usual country ("повіт": Poland) gives
    region_word = ""
    for position, word in enumerate(reversed(before)):
        if _GMINA_WORDS.search(word):
            hint.country = hint.country or "PL"
            hint.level, hint.explicit = "city", True
            break
        if _DESCRIPTOR_WORDS.search(word) and position == 0 and _earlier_name(text, start):
            hint.descriptor = True
            return hint
        if (
            position == 0
            and re.fullmatch(r"міста", word)
            and re.search(r"[А-ЯІЇЄҐ][\w'-]+,?\s+міста\s+$", text[:start])
        ):
            hint.descriptor = True  # "району X(,) міста Y": the city locates the district
            return hint
        if position == 0 and _DISTRICT_BEFORE.search(word) and re.match(r"^\s*[–—]\s+[А-ЯІЇЄҐ]", text[end:]):
            hint.descriptor = True  # "з N районом Y – X": the district follows
            return hint
        if (
            position == 0
            and _REGION_BEFORE.search(word)
            and len(before) > 1
            and _UNITS_OF.fullmatch(before[-2])
        ):
            hint.descriptor = True  # "з муніципалітетами регіону X": the region is where the partners lie
            return hint
        if _REGION_BEFORE.search(word):
            region_word = word
            hint.level, hint.explicit = "region", True
            hint.unit_countries = hint.unit_countries or world.unit_countries(word)
            if not hint.country and (unit_country := world.region_country(word)):
                hint.country, by_unit_word = unit_country, True
                if len(hint.unit_countries) > 1 and (
                    (named := world.region_country(f"{word} {text[start:end]}")) in hint.unit_countries
                ):
                    hint.country = named  # "повітом Y": the one of the unit's countries that has it
            continue
        if _DISTRICT_BEFORE.search(word):
            hint.level, hint.explicit = "district", True
            continue
        if CITY_WORDS.search(word):
            hint.explicit = True
            continue
        if _behind_a_mark(text, start, word):
            break  # "A (Країна), X": a country in the entry before says nothing of X
        if adjective_country := world.country(word) or _country_of_place_adjective(word, world):
            hint.country = adjective_country if by_unit_word else hint.country or adjective_country
            hint.explicit = True
            if hint.level == "region" and _CITY_PART_UNIT.match(region_word) and not world.country(word):
                hint.level = "district"  # "віденським округом X": a big city's adjective, its district
            break
        break
    if apposition := _DISTRICT_APPOSITION.match(text[end : end + 120]):
        hint.level, hint.explicit, hint.adjacent_cue = "district", True, True
        hint.country = _country_of_container(apposition.group(1), apposition.group(2), world) or hint.country
    elif follows_a_district_noun(before) and (city := _CITY_AFTER.match(text[end : end + 60])):
        hint.country = hint.country or _country_of_big_city(city.group(1), world)  # "району X міста Y"
    elif (
        hint.level in ("district", "region")
        and (city := _CITY_IN_COMMAS.match(text[end : end + 60]))
        and (city_country := _country_of_big_city(city.group(1), world))
    ):
        # "округ X, Берлін, підписали": the big city set off by commas is the one the district lies in
        hint.country, hint.level = hint.country or city_country, "district"
    hint.country = hint.country or region_of_parenthesis
    if not hint.country and follows_a_district_noun(before):
        hint.country = _country_of_first_part(text, start, end, world)  # "з районом Місто-Район"
    if _city_of_district(text, start, end, text[start:end], hint.country, world):
        hint.descriptor = True  # "X, Місто (Країна)": the city only says where the district X is
        return hint
    if (not hint.country or by_unit_word) and (located := _LOCATED_IN_REGION.match(text, end)):
        _read_location(hint, *located.groups(), world)
    elif (
        hint.country
        and not hint.admin1
        and (located := _LOCATED_IN_REGION.match(text, end))
        and (region := located.group(3))
        and world.region_country(region) == hint.country
    ):
        hint.admin1 = region  # "німецьким містом X у Саксонії": the region says which X, the country known
    if not hint.admin1 and (lies := LIES_IN_REGION.match(text, end) or REGION_OF_THE_NAME.match(text, end)):
        hint.admin1 = lies.group(1)  # "X, яка лежить у … Z-ського воєводства", "X Y-ського повіту Z-ського …"
    if not hint.country and (origin := _FROM_REGION.match(text, end)):
        region = origin.group(1)
        if _a_region_only(region, world):
            hint.country, hint.admin1, hint.explicit = world.region_country(region), region, True
    if not hint.country and (apposition := _REGION_APPOSITION.match(text, end)):
        _read_location(hint, None, apposition.group(1), apposition.group(2), world)
    following = _FOLLOWING_REGION.match(text[end:])
    if following and SURNAME_NEXT.match(text, end + following.end()):
        following = None  # "X Ім'я Прізвище": a first name that spells a region or a country, no region
    if following:
        region_country = world.region_country(following.group(0).strip())
        if region_country and not hint.country:
            hint.country = region_country
            hint.admin1 = hint.admin1 or following.group(1)
    if latin_unit:
        hint.level, hint.explicit = "region", True
    if by_unit_word and len(hint.unit_countries) > 1:
        # "повітом X — одним із повітів <Країни>": a country named after it, of those with such units,
        # says which; the noun's usual country is only a guess
        named = [c for word in _CAPITALISED.findall(text, end, end + 150) if (c := world.country(word))]
        named = [c for c in dict.fromkeys(named) if c in hint.unit_countries]
        if len(named) == 1:
            hint.country = named[0]
    return hint


# A region's own council or administration before its name: "повітової ради X", "крайової управи X".
_HEAD_BEFORE = re.compile(
    # "мер X-а", and "мер польського X-а": a masculine or neuter adjective in the genitive between; "мер
    # самоврядування X": the town's unit, too
    rf"\b(?:{TOWN_HEAD})\s+(?:(?-i:[а-яіїєґ'’]+)(?:ського|цького|зького)\s+)?"
    r"(?:(?:самоврядування|муніципалітету|ґміни|гміни|общини|комуни)\s+)?$",
    re.IGNORECASE,
)
_REGIONAL_STEMS = ("повітов", "крайов", "окружн", "воєводськ", "регіональн")
_REGIONAL_BODY_OF = re.compile(
    r"\b(?:повітов|крайов|окружн|воєводськ|регіональн)\w*\s+(?:рад|адміністраці|управ|сеймик)\w*\s+$",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[А-ЯІЇЄҐ][\w'’-]+")


_CITY_PART_UNIT = re.compile(r"^(?:округ|район)\w*$", re.IGNORECASE)
"""The unit nouns a big city's parts are called by, as well as a country's regions."""

# "X – округ Y (Країна)", "X – міська частина столиці Y": an apposition that makes X a district of Y.
_DISTRICT_APPOSITION = re.compile(
    r"\s*[–—]\s+(?:\d{1,2}-\w+\s+|[IVXLC]+\s+)?(?:(?:район|округ|дільниц|дзельниц|квартал)\w*|міськ\w+\s+частин\w*)"
    r"\s+(?:столиц\w+\s+)?([А-ЯІЇЄҐ][\w'-]+)(?:\s*\(([^()]{2,40})\))?"
)
# "району X міста Y", "дільниці X у Y", "району X польської столиці Y": the city the district lies in.
_CITY_IN_COMMAS = re.compile(r",\s+([А-ЯІЇЄҐ][\w'-]+)\s*(?:,|\.|$)")
_CITY_AFTER = re.compile(
    r"\s+(?:міста(?:\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ого|ої))?|(?:[а-яіїєґ'-]+\s+)?столиці|у|в)\s+([А-ЯІЇЄҐ][\w'-]+)"
)  # "міста Столичного X": an official city name may open with its own adjective


def _country_of_container(name: str, parenthesis: str | None, world: World) -> str | None:
    """The country of a district's apposition: its parenthesis, the country it names, or its big city."""
    if country := world.country(parenthesis or "") or world.country(name):
        return country
    return _country_of_big_city(name, world)


def _big_city_in_an_oblique_case(word: str, world: World) -> str | None:
    """The country of a big city a word names in an oblique case ("Y-а"), not in its own form (a
    district bears the name it has: "району X Ім'я Прізвище")."""
    place = _resolve(world, word, None)
    if place.known and place.score >= 0.9 and (place.population or 0) >= BIG_CITY:
        return place.country_iso2 if name_key(place.name_uk or "") != name_key(word) else None
    return None


def _country_of_first_part(text: str, start: int, end: int, world: World) -> str | None:
    """ "City-District": a district's hyphenated name whose first part is a big city lies in that city's
    country, unless the sentence names another country or another country's big city around it (a
    district of another capital that bears a namesake's name)."""
    first, hyphen, _ = text[start:end].partition("-")
    country = _country_of_big_city(first, world) if hyphen and len(first) >= 4 else None
    if country is None:
        return None
    named = []  # (distance from the name, country) of the countries and big cities around it
    for match in _CAPITALISED_WORD.finditer(text):
        if start <= match.start() < end:
            continue
        word = match.group(0)
        if other := world.country(word) or _country_of_big_city(word, world):
            named.append((match.start() - end if match.start() >= end else start - match.end(), other))
    nearest = min(named, default=None)
    return nearest[1] if nearest and nearest[1] not in (country, "UA") else country


_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[А-ЯІЇЄҐ][а-яіїєґ'’]{3,}")


def _country_of_big_city(name: str, world: World) -> str | None:
    """The country of a big city the name surely is (an exact name, 100,000 people or more)."""
    place = _resolve(world, name, None)
    if place.known and place.score >= 0.95 and (place.population or 0) >= BIG_CITY:
        return place.country_iso2
    return None


_BEFORE_COMMA = re.compile(r"([А-ЯІЇЄҐ][\w'-]+(?: [А-ЯІЇЄҐ][\w'-]+)?),\s*$")
_COUNTRY_AFTER = re.compile(r"^\s*(?:\(\s*|,\s*)([А-ЯІЇЄҐ][\w'-]+(?: [А-ЯІЇЄҐ][\w'-]+)?)")
_DISTRICT_CITY_POPULATION = 50_000


def _city_of_district(text: str, start: int, end: int, span: str, country: str | None, world: World) -> bool:
    """ "X, City (Country)" / "X, City, Country", the way lists of partners write a city district: the
    name before the comma is no place the gazetteer knows in that country, the city is a big one, and
    the pair closes with the country. Then the one resolver reads "X, City" as district X of City."""
    before = _BEFORE_COMMA.search(text[max(0, start - 60) : start])
    after = _COUNTRY_AFTER.match(text[end : end + 60])
    if not before or not after:
        return False
    country = country or world.country(after.group(1))
    if not country or world.country(before.group(1)):
        return False
    city = _resolve(world, span, country)
    if not city.known or (city.population or 0) < _DISTRICT_CITY_POPULATION:
        return False
    if _resolve(world, before.group(1), country).known:
        return False  # two towns in a list
    return _resolve(world, f"{before.group(1)}, {span}", country).level == "district"


_LATIN_UNIT = re.compile(r"(?:Landkreis|Kreis|Powiat|Okres|Judeţul|Judetul|Județul|County)\s+[A-Z]")
_TOWN_NOUN = re.compile(r"\bміст(?:о|а|ом|у|і)\s+$")


def a_unit_of_its_own(article: str, span: str) -> bool:
    """A district's name that the article also gives, in brackets, a Latin unit word ("X (Landkreis
    X)"), or gives a town of its own ("містом X"): the district is a unit named after its town, a
    region, not the town."""
    for found in re.finditer(re.escape(span) + r"\b", article):
        after = article[found.end() : found.end() + 40]
        if (parenthesis := _PARENTHESIS.match(after)) and _LATIN_UNIT.match(parenthesis.group(1).strip()):
            return True
        if _TOWN_NOUN.search(article, max(0, found.start() - 10), found.start()):
            return True
    return False


_SOUNDS_ALIKE = str.maketrans("іїиєґ", "ииигг")


def _latin_spelling_of(latin: str, name: str) -> bool:
    """ "X (Xlatin)": a Latin name in brackets that sounds like the Cyrillic one before it (its own
    spelling, whose first letters need not match: "К…" for "C…", "Х…" for "H…")."""
    if not latin.isascii() and not re.fullmatch(r"[A-Za-zÀ-ÿĀ-žȘșȚț'’. -]+", latin):
        return False
    key = cyr_key(name)
    return any(phonetic_similarity(key, other) >= _LATIN_SPELLING for other in latin_keys(latin, None))


_LATIN_SPELLING = 0.65
"""How alike a bracketed Latin name must sound to the name before it to be its spelling."""


def _same_start(one: str, other: str) -> bool:
    """Two spellings of one town begin alike ("Сиг…", "Сіг…-…"): the first three letters, with the
    vowels Ukrainian spellings of foreign names swap taken as one."""
    return one[:3].lower().translate(_SOUNDS_ALIKE).replace("е", "и") == other[:3].lower().translate(
        _SOUNDS_ALIKE
    ).replace("е", "и")


_A_NAME = re.compile(r"[А-ЯІЇЄҐA-Z][\w'’.-]+(?:[ -][А-ЯІЇЄҐA-Z][\w'’.-]+){0,3}")


def _longer_form_of(part: str, name: str) -> bool:
    """ "X-Y" or "X Y" written in brackets after "X": one name that opens with the name before it."""
    stem = name[: max(4, len(name) - 2)].lower()
    return (
        len(part) > len(name) + 2
        and part.lower().startswith(stem)
        and part[len(name) - 2 :].count(" ") <= 1
        and bool(re.fullmatch(r"[А-ЯІЇЄҐ][\w'’-]+(?:[ -][А-ЯІЇЄҐ][\w'’-]+)*", part))
    )


_REGION_UNIT_WORD = re.compile(
    r"^(?:штат|провінція|префектура|федеральна\s+земля|земля|кантон|графство|воєводство|регіон|область|"
    r"округ|повіт|жудець|департамент|лен)\s+",
    re.IGNORECASE,
)


def _without_unit_word(region: str) -> str:
    """ "провінція Y Z" → "Y Z": the region's own name, for matching the gazetteer's first-level names."""
    return _REGION_UNIT_WORD.sub("", region)


def _resolve(world: World, name: str, country: str | None):
    """The one foreign-place resolver, through the extractor's memo when it has one."""
    from parsers.places.foreign import resolve_foreign

    memo = getattr(world, "resolve_foreign", None)
    return memo(name, country) if memo else resolve_foreign(name, country, world=world)


def _starts_clause(text: str, start: int) -> bool:
    """First word of the sentence or of a quotation: capitalised whatever it is (a unit's abbreviation
    before it, "м. X", "ґм. X", ends no sentence)."""
    head = text[:start]
    return not head.strip() or (
        bool(re.search(r"[.!?«\"]\s*$", head)) and not _UNIT_ABBREVIATION_BEFORE.search(head)
    )


_UNIT_ABBREVIATION_BEFORE = re.compile(rf"(?<![\w'’-])(?:{UNIT_ABBREVIATION})\.\s*$", re.IGNORECASE)


_LIST_MARKS = re.compile(r"[(),;:]")


def _behind_a_mark(text: str, start: int, word: str) -> bool:
    """A parenthesis, comma, semicolon or colon stands between the word and the name."""
    at = text.rfind(word, max(0, start - 80), start)
    return at != -1 and bool(_LIST_MARKS.search(text, at + len(word), start))


def _a_region_only(name: str, world: World) -> bool:
    """The name is a first-level region's and no country's (a state, a province, a Land)."""
    return bool(world.region_country(name)) and not world.country(name)


def _read_location(
    hint: Hint, adjective: str | None, noun: str | None, region: str | None, world: World
) -> None:
    """The country (and the region, to choose among namesakes) of "у <country's> <region noun>
    <Region>", "у <region noun> <Region>", "у <Region>" or "у <Country>" after a name."""
    if noun is None and adjective is None:
        country = world.country(region) if region else None
        if country:
            hint.country, hint.explicit = country, True
            return
    country = world.country(adjective) if adjective else None
    in_region = world.region_country(region) if region else None
    if in_region and (country is None or in_region == country):
        hint.admin1 = hint.admin1 or region
    if country or in_region:
        hint.country, hint.explicit = country or in_region, True


def _country_of_place_adjective(word: str, world: World) -> str | None:
    """ "стамбульського району": the country of the city an adjective is made from."""
    if not is_place_adjective(word):
        return None
    match = re.match(
        r"^([а-яіїєґ']{3,}?)ь?(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім|ої|ій|ою|а|е|і|их)$", word.lower()
    )
    if not match:
        return None
    for name in _names_of_adjective_stem(match.group(1), word.lower()[len(match.group(1)) :]):
        place = world.best(name, None)
        if place and place.score >= 0.9 and (place.population or 0) >= 100_000:
            return place.country_iso2
    return None


def _names_of_adjective_stem(stem: str, ending: str) -> list[str]:
    """The town names an adjective's stem may come from: the stem itself, with a soft sign or an "-а"
    (a soft sign or a final vowel drops before "-ськ-"), with its own "-ськ", and after "-зьк-" a stem
    that ends in "г" or "ж" (the consonant "з" stands for)."""
    base = stem.capitalize()
    names = [base, base + "ь", base + "а", base + "ськ"]
    if ending.startswith("зьк"):
        names += [base + "га", base + "г", base + "ж"]
    return names


def inside_parentheses(text: str, start: int) -> bool:
    opened = text.rfind("(", 0, start)
    return opened != -1 and text.rfind(")", opened, start) == -1


def _earlier_name(text: str, start: int) -> bool:
    """A capitalised name shortly before: then "регіону X" describes where that place is."""
    return bool(re.search(r"[А-ЯІЇЄҐ][\w'-]+\W+\w+\W*$", text[max(0, start - 40) : start]))


# Nouns that may stand between a locative preposition and a name: units, natural features, parts,
# buildings where a signing takes place.
_DEMONSTRATIVES = frozenset({"той", "тому", "цей", "цьому", "інший", "іншому"})
"""Words of a place phrase before its name ("по той бік X", "на іншому березі X")."""
_WHERE_NOUNS = re.compile(
    r"^(?:регіон\w*|област\w*|провінці\w*|префектур\w*|земл\w*|воєводств\w*|штат\w*|округ\w*|район\w*|"
    r"повіт\w*|графств\w*|кантон\w*|департамент\w*|лен[іуа]|гор[аиіу]|річк\w*|озер\w*|мор[яі]|острів|острові|"
    r"підніжж\w*|бік|боці|боку|берег\w*|березі|центр\w*|околиц\w*|передмісті|межах|частин\w*|столиц\w*|"
    r"ратуш\w*|мері[їяюі]|будівл\w*|приміщенн\w*|резиденці\w*|палац\w*|посольств\w*|консульств\w*)$",
    re.IGNORECASE,
)
# A clause that says where the place before it lies: ", що в регіоні X", ", розташоване біля X".
_WHERE_CLAUSE = re.compile(
    r",\s*(?:що|який|яке|яка|які)\s+(?P<verb>розташован\w*\s+|знаходиться\s+|лежить\s+)?"
    r"(?:в|у|на|біля|поблизу|неподалік)\s"
    r"|,\s*(?P<participle>розташован\w*|що\s+розташован\w*)\s"
    # ", що відбувся 5 серпня в X": where an event named before was held
    r"|,\s*(?:що|який|яке|яка|які)\s+(?P<event>(?:відбу|прохо|пройш|трива)\w*\s+(?:[\w'’-]+\s+){0,3}?)"
    r"(?:в|у|на)\s",
    re.IGNORECASE,
)
_NEXT_TO = re.compile(r",\s+(?:навпроти|поруч\s+(?:з|із)|біля|поблизу|неподалік(?:\s+від)?)\s+$")
# Without a verb of lying, ", що у" may open a clause of time instead (", що у <рік> році X підписала
# …", ", що в березні X …"): its subject is no place where something lies.
_TIME_IN_THE_GAP = re.compile(rf"\d|\b(?:рок\w*|році|місяц\w*|тижн\w*|{MONTH_WORD})\b", re.IGNORECASE)


# "… міст-партнерів, від A і B до C": "до" closes the range of a list of partners, not a destination.
_RANGE_OF_PARTNERS = re.compile(
    r"(?:партнер|побратим)\w*[^.;:]{0,80}?,\s+від\s+[^.;:]{1,120}$", re.IGNORECASE
)


def is_location(text: str, start: int) -> bool:
    """ "у Стамбулі", "до фінського міста X", "в регіоні X", "біля підніжжя гори X", or a name inside
    a clause that says where the place before it lies: where something is, not a party to the tie."""
    for word in reversed(preceding_words(text, start, 4)):
        lowered = word.lower()
        if lowered in _LOCATION_PREPOSITIONS:
            if (
                lowered in ("в", "у")
                and _HAS_PARTNERS_IN.search(text, max(0, start - 80), start)
                and not _THEN_SAID_WHICH.match(text, start)
            ):
                return False  # "має партнерів в A, B та C": the towns are the partners (not "в X: з Y")
            return not (lowered == "до" and _RANGE_OF_PARTNERS.search(text, max(0, start - 240), start))
        if lowered in _MONTHS_WHEN:
            break  # "в лютому X …": a time, not where (the month's locative reads as an adjective too)
        if not (
            CITY_WORDS.search(lowered)
            or _WHERE_NOUNS.match(lowered)
            or lowered in _DEMONSTRATIVES
            or is_adjective(lowered)
        ):
            break
    return (
        in_where_clause(text, start)
        or _container_of_district(text, start)
        or _region_of_something_else(text, start)
        or _coordinated_with_a_location(text, start)
    )


HAS_PARTNERS_IN = (
    r"(?:ма(?:є|ють|ла|ли|в)|знайшл[аи]|знайшов)\s+(?:[а-яіїєґ'’]+\s+){0,2}?(?:партнер|побратим)(?:а|ів)\s+"
    r"(?:в|у)\s+(?:[А-ЯІЇЄҐ][\w'’-]+(?:\s*,\s*|\s+(?:та|і|й)\s+))*"
)
"""A hromada has (or found) partners in the towns that follow ("має партнерів в A, B та C"): one shape for
the location test (those towns are no venues) and for the link."""
_HAS_PARTNERS_IN = re.compile(rf"\b{HAS_PARTNERS_IN}$")
_THEN_SAID_WHICH = re.compile(r"[\w'’-]+\s*[:—–]")
_MONTHS_WHEN = frozenset({"лютому"})
"""A month's locative that the dictionary also reads as an adjective ("лютий")."""


def _coordinated_with_a_location(text: str, start: int) -> bool:
    """ "у A та B", "у A, B": a town's name joined to a place named as where is where too (an
    adjective, as of a hromada's name, begins a phrase of its own: "громада на X-щині та Y-ська
    громада")."""
    joined = _JOINED_TO_A_NAME.search(text, max(0, start - 60), start)
    name = _NAME_AT.match(text, start)
    if joined is None or name is None or is_adjective(re.split(r"[-‐‑]", name.group(0))[-1].lower()):
        return False
    return is_location(text, joined.start(1))


_NAME_AT = re.compile(r"[\w'’-]+")
_JOINED_TO_A_NAME = re.compile(r"\b([А-ЯІЇЄҐ][\w'’-]+)(?:,\s*|\s+(?:та|і|й)\s+)$")


def _region_of_something_else(text: str, start: int) -> bool:
    """A region in the genitive after a noun that is not its body or office ("центр провінції X",
    "у межах землі X", "місто Y (Y') повіту X") says where that noun lies; "радою графства X" or
    "губернатор провінції X" is the region itself acting."""
    if not _region_word_before(text, start):
        return False  # the pattern ends with a region word and spaces: without them it cannot match
    found = _GENITIVE_REGION_BEFORE.search(text, max(0, start - 80), start)
    return found is not None and not _REGION_BODY_WORD.match(found.group(1))


GENITIVE_REGION_WORDS = (  # the nouns of foreign regions in the genitive ("X-ської провінції")
    "провінції|області|регіону|землі|штату|графства|воєводства|округу|кантону|префектури|краю|департаменту|"
    "повіту|жудеця|жудецу|губернії|фюльке|лену|медьє"
)
_GENITIVE_REGION_BEFORE = re.compile(
    rf"([\w'’-]+)\)?\s+(?:[\w'’-]+(?:ої|ого)\s+)?(?:{GENITIVE_REGION_WORDS})\s+$", re.IGNORECASE
)
_GENITIVE_REGION_WORD = re.compile(f"(?:{GENITIVE_REGION_WORDS})", re.IGNORECASE)
_DISTRICT_THEN_DASH = re.compile(r"район\w*\s+[А-ЯІЇЄҐ][\w'-]+\s*[–—]\s*$")


def _last_char_before(text: str, start: int) -> str:
    """The last character before ``start`` that is no space ("" when there is none)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end else ""


def _region_word_before(text: str, start: int) -> bool:
    """Spaces, and before them a word of :data:`GENITIVE_REGION_WORDS` standing alone: what
    :data:`_GENITIVE_REGION_BEFORE` ends with, tested on that word only (not by a scan of the text)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return end < start and _GENITIVE_REGION_WORD.fullmatch(text, begin, end) is not None


_REGION_BODY_WORD = re.compile(
    r"^(?:рад\w*|адміністраці\w*|самоврядуванн\w*|уряд\w*|влад\w*|муніципалітет\w*|управлінн\w*|"
    r"парламент\w*|асамбле\w*|сейм\w*|маршалк\w*|губернатор\w*|префект\w*|голов\w*|мер\w*|"
    r"очільник\w*|президент\w*)$",
    re.IGNORECASE,
)


# "з районом X, Y" / "з округом X – Y" / "район X турецького Y", "дільниця X столичного міста Y": Y is
# the city the district lies in, not a party.
_DISTRICT_THEN_COMMA = re.compile(
    r"\b(?:район|округ|дільниц|дзельниц|квартал|боро|частин|округом|районом)\w*\s+"
    r"[А-ЯІЇЄҐA-Z][\w'’-]*(?:[\s-][А-ЯІЇЄҐA-Z][\w'’-]*){0,2}"
    r"(?:\s*(?:,|\s[–—])|(?:\s+(?:[а-яіїєґ'’-]+(?:ого|ої)|міста(?:\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ого|ої))?|столиці)){1,2})"
    r"\s*$"
)


_DISTRICT_NOUN = re.compile(r"^(?:район|дільниц|дзельниц|округ|квартал)\w*$", re.IGNORECASE)
_CITY_PART = re.compile(r"^частин\w*$", re.IGNORECASE)
_OF_A_CITY = re.compile(r"^міськ\w*$", re.IGNORECASE)


# A big city's name in the genitive, then the district's own name: "районом Y-а X".
_CITY_THEN_ITS_DISTRICT = re.compile(r"[А-ЯІЇЄҐ][\w'’-]+(?:а|у|я)\s+[А-ЯІЇЄҐ]")


def follows_a_district_noun(before: list[str]) -> bool:
    """The last of the words before a name is a noun for a district ("з районом X", "з міською
    частиною X"), maybe followed by a place adjective ("з районом австрійського X")."""
    if before and is_place_adjective(before[-1]):
        before = before[:-1]
    if len(before) >= 2 and _CITY_PART.match(before[-1]) and _OF_A_CITY.match(before[-2]):
        return True
    return bool(before) and bool(_DISTRICT_NOUN.match(before[-1]))


def _container_of_district(text: str, start: int) -> bool:
    """ "з районом X, Y" / "з районом X – Y": Y is the city that contains district X; but after a
    dash, a name in the instrumental agrees with the district noun itself ("з районом X-а –
    Y-ом"): it is the district's own name, X-а the city's."""
    found = _DISTRICT_THEN_COMMA.search(text, max(0, start - 80), start)
    if found is None:
        return False
    dashed = "–" in found.group(0) or "—" in found.group(0)
    return not (dashed and _INSTRUMENTAL_NAME.match(text, start))


_INSTRUMENTAL_NAME = re.compile(r"[\w'’-]+(?:ом|ем|єм|ою|ею|єю)\b")


def in_where_clause(text: str, start: int) -> bool:
    """The name stands in a clause that says where something named before it lies (", що
    розташоване в X", ", розташованим у X")."""
    clauses = list(_WHERE_CLAUSE.finditer(text, max(0, start - 120), start))
    # "…, розташованим на березі Y, навпроти X": a second mark of where, after a comma
    if not clauses or re.search(r"[,;.()]", _NEXT_TO.sub(" ", text[clauses[-1].end() : start])):
        return False
    clause = clauses[-1]
    if clause.group("verb") or clause.group("participle") or clause.group("event"):
        return True
    return not _TIME_IN_THE_GAP.search(text, clause.end(), start)


def foreign_cue_before(text: str, start: int, world: World) -> bool:
    """ "техаською Одесою": a foreign adjective turns a Ukrainian-looking name into a foreign place; so
    it does for every name of a list it opens ("з російськими містами X та Y")."""
    if (listed := _EARLIER_ITEMS.search(text, max(0, start - 120), start)) and not _subject_of_a_clause(
        text, start
    ):
        return foreign_cue_before(text, listed.start(), world)
    for word in reversed(preceding_words(text, start, 3)):
        country = world.country(word)
        if country and country != "UA":
            return word[:1].islower() or not _PHRASE_BREAK.search(text, text.rfind(word, 0, start), start)
        if not CITY_WORDS.search(word):
            return False
    return False


# A country's name (not its adjective) before a colon, a full stop or a bracket closes its phrase: "… до
# Країни: X", "Y (… область РФ) X".
_PHRASE_BREAK = re.compile(r"[:;.!?()]")


def _subject_of_a_clause(text: str, start: int) -> bool:
    """The name at ``start`` is followed by a finite verb ("…, X веде переговори"): the subject of a
    clause of its own, not one more item of the list before it."""
    after = _WORD_AFTER_A_NAME.match(text, start)
    return after is not None and has_finite_verb(after.group(1))


_WORD_AFTER_A_NAME = re.compile(r"[\w'’-]+\s+([а-яіїєґ'’]+)")
# The items of a list before a name: "X, Y та " (a bracket after an item may say its country).
_EARLIER_ITEMS = re.compile(r"(?:[А-ЯІЇЄҐ][\w'’-]+(?:\s*\([^()]{0,40}\))?(?:,\s+|\s+(?:і|й|та)\s+))+$")

# A name right after a plural town noun ("містами X"), and the rest of its list ("X, Y і Z"), then the
# region and country the towns lie in, in the genitive ("Z-ської області Країни").
_AFTER_PLURAL_TOWNS = re.compile(
    r"\b(?:містами|містам|міст)\s+(?:[А-ЯІЇЄҐ][\w'’-]+(?:,\s+|\s+(?:і|й|та)\s+))*[А-ЯІЇЄҐ][\w'’-]+$"
)
_AFTER_A_TOWN = re.compile(r"\b(?:місто|міста|місту|містом|місті)\s+[А-ЯІЇЄҐ][\w'’-]+$")
_LIST_THEN_ITS_LAND = re.compile(
    r"(?:(?:,\s+|\s+(?:і|й|та)\s+)[А-ЯІЇЄҐ][\w'’-]+){0,4}"
    r"(?:\s+[А-ЯІЇЄҐ][\w'’-]+(?:ої|ого)\s+(?:області|губернії|краю|округу|воєводства|повіту|землі|провінції|штату))?"
    r"\s+([А-ЯІЇЄҐ][\w'’-]+(?:\s+[А-ЯІЇЄҐ][\w'’-]+)?)"
)


def foreign_location_after(text: str, end: int, world: World) -> bool:
    """ "X у штаті Y", "X в Y", "X (Країна)" with Y a foreign region or country: a Ukrainian-looking name
    placed in another country is a foreign place."""
    if (parenthesis := _PARENTHESIS.match(text[end : end + 90])) and (
        (country := world.country(parenthesis.group(1).strip())) and country != "UA"
    ):
        return True  # "X (Країна)": a partner list places a Ukrainian-looking name abroad
    if (
        _AFTER_PLURAL_TOWNS.search(text, max(0, end - 80), end)
        or _AFTER_A_TOWN.search(text, max(0, end - 60), end)
    ) and ((abroad := _LIST_THEN_ITS_LAND.match(text, end)) and (country := world.country(abroad.group(1)))):
        # "з містами X і Y Z-ської області <Країни>", "містом X Z-ської області <Країни>": the towns' country
        return country != "UA"
    located = _LOCATED_IN_REGION.match(text, end)
    if located is None or not located.group(3):
        return False
    hint = Hint()
    _read_location(hint, *located.groups(), world)
    return hint.country is not None and hint.country != "UA"


SURNAME = re.compile(r"(?:енко|чук|ук|юк|ович|евич|івна|івни|івною|енка|енку|енком|чука|чуком)$")
"""A Ukrainian surname's ending, in any case."""
SURNAME_LIKE = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:ов|ев|єв|ова|ева|єва|ськ[аи]й?|цьк[аи]й?|енко|ук|юк|ич)")
"""A capitalised word with a surname's ending in the nominative, Ukrainian or Central European
("Новакова", "Ковальчук"), which few towns' names have: after a town and one more word, that word is a
first name (a town and its holder's two names)."""
SURNAME_NEXT = re.compile(rf"\s+{SURNAME_LIKE.pattern}\b")
"""A surname right after a word: the word is a first name, whatever place it spells."""


@lru_cache(maxsize=20000)
def is_first_name(word: str) -> bool:
    from parsers.morphology import is_given_name

    return is_given_name(word)


def in_country_name(span: str) -> bool:
    """ "Республіки", "Сполучених", "ЄС": words of country and union names, not places."""
    return bool(re.match(r"^(?:Республік|Сполучен|Королівств|Федераці|Європ|ЄС$|Євросоюз|Балтії)", span))


def all_common_words(span: str) -> bool:
    from parsers.morphology import is_common_word

    return all(is_common_word(word) for word in re.split(r"[\s-]+", span) if word)


def region_noun(noun: str) -> str:
    return next((value for stem, value in _REGION_NOUNS.items() if noun.lower().startswith(stem)), noun)


def nominative_adjective(adjective: str, noun: str) -> str:
    """ "Оломоуцьким" + "краєм" → "Оломоуцький"; agreement with the region noun's gender."""
    from parsers.morphology import adjective_form

    gender = {"воєводство": "neut", "графство": "neut", "провінція": "femn"}.get(region_noun(noun), "masc")
    return adjective_form(adjective, gender)


@lru_cache(maxsize=1)
def ua_raion_keys() -> frozenset[str]:
    """Ukrainian raion names ("Сквирський") and the districts of Ukrainian cities ("Деснянський" of
    Kyiv), so they are never taken for foreign districts."""
    import csv

    from parsers.places.katottg import CODIFIER_CSV, raion_prefixes_by_key

    city_districts_csv = CODIFIER_CSV.with_name("ua_city_districts.csv")
    with city_districts_csv.open(encoding="utf-8", newline="") as handle:
        districts = {name_key(row["name_short_uk"]) for row in csv.DictReader(handle)}
    return frozenset(raion_prefixes_by_key().keys() | districts)
