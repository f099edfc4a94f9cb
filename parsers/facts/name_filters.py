"""Spans that look like a partner's name but are not: people after an office word, the second word of a
two-word town, names inside quoted speech or written as another name, compound names split by a
spaced dash.
"""

from __future__ import annotations

import re

from parsers.facts.name_context import (
    CITY_WORDS,
    SURNAME_LIKE,
    Hint,
    is_first_name,
    name_spans,
    preceding_words,
)
from parsers.facts.vocabulary import (
    FOREIGN_HEAD_STEMS,
    OTHER_PARTY,
    TOWN_HEAD,
    VISIT_OBJECT_STEMS,
    is_place_adjective,
)
from parsers.morphology import is_plural_people, is_pronoun

# Words before a name that make it a person, not a place.
PERSON_ROLES = re.compile(
    rf"(?:{TOWN_HEAD}|голов\w*|посл\w*|посадник\w*|староста\w*|старост\w*|президент\w*|"
    r"губернатор\w*|префект\w*|заступник\w*|секретар\w*|депутат\w*|пан\w*|пані|маршал\w*|очільник\w*|"
    r"начальник\w*|директор\w*|представник\w*|міністр\w*|журналіст\w*|волонтер\w*|керівник\w*)$",
    re.IGNORECASE,
)


def joined_spans(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Name spans with the two parts of a compound name joined where its spaced dash was read as a
    hyphen ("---", see ``Extractor._with_compound_names_joined``)."""
    joined: list[tuple[int, int, str]] = []
    particle_end = -1  # where the last name joined with its particle ends
    for start, end, span in spans:
        if start < particle_end:
            continue  # inside a name already joined with its particle
        if joined and text[joined[-1][1] : start] == "---":
            first_start, _, first = joined.pop()
            joined.append((first_start, end, f"{first}-{span}"))
        elif tail := _PARTICLE_TAIL.match(text, end):
            joined.append((start, tail.end(), f"{span}-{tail.group(1)}"))  # "X---ле-Y": the particle too
            particle_end = tail.end()
        else:
            joined.append((start, end, span))
    return joined


_PARTICLE_TAIL = re.compile(r"---((?:[а-яіїєґ]{1,4}-)+[А-ЯІЇЄҐ][\w'’-]*)")


# "Сен — X", "X — ле-Y": a short first part before a capital, or any name before a lowercase particle
SPACED_DASH_IN_NAME = re.compile(
    r"\b([А-ЯІЇЄҐ][\w'’]{1,5}|[А-ЯІЇЄҐ][\w'’-]+(?=\s[—–]\s[а-яіїєґ]{1,4}-))"
    r"(?=\s[—–]\s((?:[а-яіїєґ]{1,4}-)*[А-ЯІЇЄҐ][\w'’-]+))"
)


_NATURAL_FEATURE = re.compile(
    r"^(?:річк\w*|річці|ріка|ріки|ріці|ріку|рікою|озер\w*|гор[аиіу]|горою|долин\w*|затоц\w*|затока|затоки|"
    r"хребт\w*|вулкан\w*|острів|острова|острові)$"
)  # lowercase only: capitalised, such a word is a part of a town's own name


def after_a_natural_feature(text: str, start: int) -> bool:
    """The name follows the noun of a river, a lake, a mountain or a valley ("над річкою X"): the
    feature's own name, never a partner, whatever town shares it."""
    before = preceding_words(text, start, 1)
    return bool(before) and bool(_NATURAL_FEATURE.match(before[-1]))


def names_days_of(text: str, start: int) -> bool:
    """The name follows "Дні"/"Днях" ("угоду підписали на Днях X"): the name of a feast or a fair, the
    occasion, never a partner in that sentence."""
    before = preceding_words(text, start, 1)
    return bool(before) and bool(_DAYS_OF.match(before[-1]))


_DAYS_OF = re.compile(r"^(?:дні|днях|днів|дням|днями)$", re.IGNORECASE)
_PLURAL_UNIT = re.compile(
    r"^(?:міст|містами|містам|містах|громад|громадами|громадам|громадах|ґмін|гмін|ґмінами|гмінами|"
    r"муніципалітетів|муніципалітетами|сіл|селами|регіонів|регіонами)$",
    re.IGNORECASE,
)


def after_plural_unit(text: str, start: int) -> bool:
    before = preceding_words(text, start, 1)
    return bool(before) and bool(_PLURAL_UNIT.match(before[-1]))


_GMINA_WORDS = re.compile(r"^(?:ґмін|гмін|повіт|округ|район|дільниц|дзельниц|сектор)\w*$", re.IGNORECASE)


def names_after_an_office(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Spans of people's names that follow an office: after a role word (and perhaps the unit's word:
    "мер міста"), a run of capitalised words is the office's town and then its holder, so every word of
    the run after the first is a person's name (the first is the town, or the holder's first name)."""
    people = []
    for index, (start, end, _span) in enumerate(spans):
        words = list(re.finditer(r"\S+", text[start:end]))
        if len(words) < 2:
            continue
        if index and _holder_after_a_bracketed_town(
            text, _outside_brackets_before(spans, index, text), start
        ):
            people.append((start, end))  # "мер міста X (Latin) Ім'я Прізвище": the holder after the spelling
            continue
        first = words[0].group(0)
        if len(words) == 2 and _after_a_districts_role(text, start):
            people.append((start, end))  # "бургомістр району Ім'я Прізвище": the district is named elsewhere
            continue
        if PERSON_ROLES.match(first):
            town = 1  # "Бургомістр X Петер Трауб": the town, then the person
        elif _after_role(text, start):
            town = 0
        else:
            continue
        if (
            len(words) > town + 2
            and not (len(words) == town + 3 and SURNAME_LIKE.fullmatch(words[-1].group(0).rstrip(".,;:")))
            and _second_word_of_a_town(words[town].group(0), words[town + 1].group(0))
        ):
            town += 1  # "староста міста Єленя Ґура Ян Новак": a two-word town
        else:
            # "бургомістр Нового Міста": a town named "new", "old", "great" has two words; in "мер X-ської Y
            # Ім'я Прізвище" an adjective in a case form agrees with the town's noun after it
            while (len(words) > town + 1 and _quality_adjective(words[town].group(0))) or (
                len(words) > town + 3 and _town_adjective_in_a_case(words[town].group(0))
            ):
                town += 1
        rest = words[town + 1 :]
        if rest:
            people.append((start + rest[0].start(), end))
    return people


def _outside_brackets_before(
    spans: list[tuple[int, int, str]], index: int, text: str
) -> tuple[int, int, str]:
    """The span before span ``index`` that stands outside brackets: the town before its bracketed
    spelling or region ("X (префектура Y) Ім'я Прізвище"), not a name inside the bracket."""
    for before in range(index - 1, -1, -1):
        at = spans[before][0]
        if text.rfind("(", 0, at) <= text.rfind(")", 0, at):
            return spans[before]
    return spans[index - 1]


def _holder_after_a_bracketed_town(text: str, town: tuple[int, int, str], start: int) -> bool:
    """The run at ``start`` follows, after only a bracket ("(Vatra Dornei)"), a one-word town that
    stands right after an office ("мер міста X"): the bracket spells the town, the run is its holder."""
    town_start, town_end, town_span = town
    return (
        " " not in town_span
        and _BRACKET_BETWEEN.fullmatch(text, town_end, start) is not None
        and _after_role(text, town_start)
    )


_BRACKET_BETWEEN = re.compile(r"\s*\([^()]{1,60}\)\s*")


def in_an_office_holders_name(text: str, start: int) -> bool:
    """The word at ``start`` is part of the name of an office's holder ("голова X-а Ім'я Прізвище"): a
    first name that is also a Ukrainian town is then no side."""
    if not _ROLE_WORD.search(text, 0, start):
        return False  # no role word before it: nothing to hold an office
    if _HOLDERS_FIRST_NAME.match(text, start) and _ROLE_RIGHT_BEFORE.search(text, max(0, start - 60), start):
        first = _HOLDERS_FIRST_NAME.match(text, start).group(1)
        if is_first_name(first):
            return True  # "міський голова Ім'я Прізвище": the holder's first name, not the town it spells
    spans = joined_spans(list(name_spans(text)), text)
    return any(s <= start < e for s, e in names_after_an_office(text, spans))


_HOLDERS_FIRST_NAME = re.compile(r"([А-ЯІЇЄҐ][а-яіїєґ'’]+)\s+[А-ЯІЇЄҐ]")
_ROLE_RIGHT_BEFORE = re.compile(
    r"\b(?:голова|мер|староста|старостка|війт|бургомістр|бурмістр)"
    # "голова X-ської (міської) громади Ім'я Прізвище": the office's hromada between the role and the name
    r"(?:\s+[А-ЯІЇЄҐа-яіїєґ'’-]+(?:ої|ого)(?:\s+(?:міської|селищної|сільської))?\s+(?:громади|ради))?\s+$",
    re.IGNORECASE,
)
_ROLE_WORD = re.compile(PERSON_ROLES.pattern.replace(")$", r")\b").replace("(?:", r"\b(?:", 1), re.IGNORECASE)


def with_two_word_towns(
    spans: list[tuple[int, int, str]], text: str, people: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """An office's town of two words ("Єленя Ґура" before its holder's name) is one span, read
    instead of its two words one by one."""
    towns = []
    for start, end, _span in spans:
        person = next((p for p in people if start < p[0] < end), None)
        if person is None:
            continue
        words = text[start : person[0]].split()
        if len(words) == 2 and not PERSON_ROLES.match(words[0]):  # "Мер X Ім'я Прізвище": X alone
            towns.append((start, start + len(" ".join(words)), " ".join(words)))
    if not towns:
        return spans
    inside = lambda s, e: any(a <= s and e <= b and (s, e) != (a, b) for a, b, _ in towns)  # noqa: E731
    kept = [span for span in spans if not inside(span[0], span[1])]
    return sorted([*kept, *towns], key=lambda span: (span[0], -span[1]))


def _second_word_of_a_town(first: str, word: str) -> bool:
    """After an adjective-like first word, a capitalised common noun of its gender that is no first
    name continues a town's name ("Єленя Ґура", "Стальова Воля"); anything else starts the holder's."""
    from parsers.morphology import has_common_noun_reading

    gender = {"а": "femn", "я": "femn", "е": "neut"}.get(first[-1:].lower())
    return gender is not None and has_common_noun_reading(word, gender) and not is_first_name(word)


_OBLIQUE_FEMININE_ADJECTIVE = re.compile(r"(?:ськ|цьк|зьк|н|в)(?:ої|ій)$", re.IGNORECASE)


def _town_adjective_in_a_case(word: str) -> bool:
    """A feminine adjective in the genitive or locative ("Спіської"), no surname: after an office and
    before three more capitalised words it agrees with the town's noun, the holder's two names after
    them (a town named like an adjective has one word: "бургомістр X-ової Ім'я Прізвище")."""
    return bool(_OBLIQUE_FEMININE_ADJECTIVE.search(word)) and not _a_surname(word)


def _a_surname(word: str) -> bool:
    """The dictionary knows the word as a surname."""
    from parsers.morphology import parses

    return any(parse.is_known and "Surn" in parse.tag for parse in parses(word.lower()))


def _quality_adjective(word: str) -> bool:
    """A capitalised adjective of quality ("Новий", "Старого", "Великої"), the first word of many towns'
    names, as the dictionary knows it (a foreign town's name declined like an adjective is only guessed
    to be one); a surname made like an adjective ("-ський") is no adjective of quality."""
    from parsers.morphology import parses

    return word[:1].isupper() and any(
        parse.is_known and "ADJF" in parse.tag and "compb" in parse.tag for parse in parses(word.lower())
    )


def _after_role(text: str, start: int) -> bool:
    """A role word right before ``start``, perhaps with the unit's word between ("мер міста", "мер
    словацького міста") and the body the role heads ("голова адміністрації району")."""
    before = preceding_words(text, start, 4)
    if before and (CITY_WORDS.search(before[-1]) or _GMINA_WORDS.match(before[-1])):
        before = before[:-1]
        if before and is_place_adjective(before[-1]):
            before = before[:-1]
    if before and _OFFICE_BODY.match(before[-1]):
        before = before[:-1]
    return bool(before) and bool(PERSON_ROLES.match(before[-1]))


def _after_a_districts_role(text: str, start: int) -> bool:
    """ "бургомістр району", "мер округу" right before ``start``: the head of a city's district."""
    before = preceding_words(text, start, 2)
    return len(before) == 2 and bool(_DISTRICT_UNIT.match(before[1])) and bool(PERSON_ROLES.match(before[0]))


_DISTRICT_UNIT = re.compile(r"^(?:району|округу|дільниці|дзельниці)$", re.IGNORECASE)
_OFFICE_BODY = re.compile(r"^(?:адміністрації|ради|управи|магістрату|мерії|уряду|правління)$", re.IGNORECASE)


def names_an_office_unit(word: str) -> bool:
    """The word names what an office heads: a town or other unit ("міста", "ґміни", "повіту") or its
    body ("ради", "управи")."""
    return bool(CITY_WORDS.search(word) or _GMINA_WORDS.match(word) or _OFFICE_BODY.match(word))


_OPENS_A_QUOTE_OR_CLAUSE = re.compile(r"[:«\"„“]\s*$")


def may_be_place_name(text: str, start: int, span: str, hint: Hint) -> bool:
    """Abbreviations in capitals, names inside quotes (organisations, programmes) and spans of three
    letters or fewer without a head noun ("місто", "ґміна") before them are not place names."""
    if written_as_other_name(text, start, span):
        return False
    if (
        (not hint.adjacent_cue or _OPENS_A_QUOTE_OR_CLAUSE.search(text, max(0, start - 4), start))
        and " " not in span
        and "-" not in span
        and is_pronoun(span)
    ):
        # "Вона уклала …", "… з муніципалітетом: «Ми були …»": a pronoun, whatever town its letters spell
        return False
    return len(_NOT_LETTER.sub("", span)) > 3 or hint.adjacent_cue


def written_as_other_name(text: str, start: int, span: str) -> bool:
    """An abbreviation in capitals, or a name inside quotes (an organisation's, a programme's)."""
    letters = _NOT_LETTER.sub("", span)
    if len(letters) > 1 and letters.isupper():
        return True
    return inside_a_quoted_name(text, start)


def inside_a_quoted_name(text: str, start: int) -> bool:
    """The position is inside a short quoted name (an organisation's, a programme's: "фонд «X»"), not
    inside quoted speech."""
    if text.count("«", 0, start) > text.count("»", 0, start):
        return not _quoted_speech(text, text.rfind("«", 0, start), text.find("»", start), "«")
    if text.count('"', 0, start) % 2 == 1:
        return not _quoted_speech(text, text.rfind('"', 0, start), text.find('"', start), '"')
    return False


def _quoted_speech(text: str, opened: int, closed: int, mark: str) -> bool:
    """A quote that holds what someone said (a clause of many words, or more than one) names places as
    any sentence does; a short quoted name is an organisation's, a programme's or a news site's (whose
    dot joins words: "Місто.Подія")."""
    quoted = text[opened + 1 : closed if closed != -1 else len(text)]
    return len(quoted.split()) >= 6 or bool(_A_STOP_IN_SPEECH.search(quoted))


_A_STOP_IN_SPEECH = re.compile(r"[:;.!?](?=\s|$)")


_NOT_LETTER = re.compile(r"[\W\d_]")
"""Compiled once: the letters of every name are counted."""


_SET_ASIDE = re.compile(
    r"(?:^|[\s,(«])(?:окрім|крім|опріч)\s+(?!(?:того|цього|всього|усього)\b)(?:(?-i:[а-яіїєґ'’-]+)\s+){0,2}"
    r"(?:(?-i:[А-ЯІЇЄҐ][\w'’-]*)\s+)?$",  # the first word of a name of two ("Окрім Кутної Гори")
    re.IGNORECASE,
)


def named_besides(text: str, start: int) -> bool:
    """The name follows "окрім"/"крім", alone or after a word or two ("Окрім X, громада має …", "Окрім
    угоди з X, Y підтримує …"): the sentence speaks of others than X. "Крім того" is no such phrase."""
    return _SET_ASIDE.search(text, max(0, start - 40), start) is not None


def set_aside(text: str, start: int) -> bool:
    """The name follows "окрім"/"крім" (:func:`named_besides`), or a verb of visiting ("відвідала також
    X"): a place on the way, not a party; or it names the city a suburb belongs to ("Y, передмістя X"):
    where the party lies."""
    return (
        named_besides(text, start)
        or _VISITED.search(text, max(0, start - 40), start) is not None
        or _SUBURB_OF.search(text, max(0, start - 30), start) is not None
    )


# "передмістя X", "околиці X": the city whose suburb or outskirts the party is.
_SUBURB_OF = re.compile(
    r"\b(?:передмісті?|околиц[іяю]|агломераці[їяю])\w*\s+(?:[а-яіїєґ'’-]+\s+)?$", re.IGNORECASE
)

_VISITED = re.compile(
    rf"\b(?:{'|'.join(VISIT_OBJECT_STEMS)})\w*\s+(?:також\s+|й\s+|і\s+|ще\s+)?(?:[а-яіїєґ'’-]+\s+){{0,2}}$",
    re.IGNORECASE,
)


_OF_ANOTHER_PARTY = re.compile(
    rf"\b(?:{OTHER_PARTY})\s+(?:(?:міст\w*|громад\w*|ґмін\w*|гмін\w*|муніципалітет\w*|комун\w*|двох|обох)\s+"
    r"|(?:«[^«»]{1,40}»\s+)?(?:з|із|зі)\s+"  # "організація «…» з X": an NGO from X
    # "гімназії з X та Y": every town the schools come from
    r"(?:(?-i:[А-ЯІЇЄҐ])[\w'’-]+(?:,\s+|\s+(?:та|і|й)\s+)){0,3})?$",
    re.IGNORECASE,
)


def of_another_party(text: str, start: int) -> bool:
    """ "ліцеями X", "рятувальники X", "організація «…» з X": the name only says whose school, hospital,
    club or association it is; the tie the sentence tells is theirs, not the town's."""
    return _OF_ANOTHER_PARTY.search(text, max(0, start - 40), start) is not None


_WORKS_IN = re.compile(
    r"\b(?:працю\w*|перебува\w*|розміщен\w*|розташован\w*|евакуйован\w*|релокован\w*|знаходиться|"
    r"знаходяться|тимчасово)\s+(?:\S+\s+){0,2}?(?:в|у)\s+(?:міст\w*\s+)?"
    r"(?:[А-ЯІЇЄҐ][\w'’-]+(?:,\s+|\s+(?:та|і|й)\s+)){0,3}$",  # "працює в евакуації в X та Y"
    re.IGNORECASE,
)


def where_someone_works(text: str, start: int) -> bool:
    """ "адміністрація громади, яка працює в X", "громада, що працює в евакуації в X та Y": X (and the
    places listed with it) is where a body works (a relocated one, in wartime), not a side of its ties."""
    return _WORKS_IN.search(text, max(0, start - 60), start) is not None


# "приїздили гості з польського X та литовського Y": where guests came from (a twin's guests are told
# with its twin word: "гості з міста-побратима X").
_GUESTS_FROM = re.compile(
    r"\bгост(?:і|ей|ям|ями)\s+(?:з|із|зі)\s+"
    r"(?:(?:(?![\w'’-]*(?:побратим|партнер))[а-яіїєґ'’-]+\s+){0,2}[А-ЯІЇЄҐ][\w'’-]+(?:,\s+|\s+(?:та|і|й)\s+)){0,3}"
    r"(?:(?![\w'’-]*(?:побратим|партнер))[а-яіїєґ'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


_A_TIE_OF_ITS_OWN_AFTER = re.compile(r"[^.;!?]{0,80}?(?:партнер|побратим|угод|меморандум)", re.IGNORECASE)


def where_guests_come_from(text: str, start: int) -> bool:
    """ "гості з польського X та литовського Y": X and Y are where guests came from, no party to a tie,
    unless the sentence goes on to tie the place ("гостей з міста X, з яким громада підписала угоду",
    "гості з X: це місто … є партнером громади")."""
    return _GUESTS_FROM.search(
        text, max(0, start - 120), start
    ) is not None and not _A_TIE_OF_ITS_OWN_AFTER.match(text, start)


# "<people> в X <verb>" opening a clause: a plural noun of people as the subject, then where they are.
_PEOPLE_IN = re.compile(r"(?:^|[:;,.!?—–]\s*)([А-ЯІЇЄҐа-яіїєґ'’][а-яіїєґ'’]+)\s+(?:в|у)\s+$")


def where_its_subjects_are(text: str, start: int) -> bool:
    """ "…: мешканці громади-переселенки в X підписали …": X, after a clause's subject that is a plural
    noun of people (residents named after their town, delegates, guests), is where they are, not a side
    of what they sign."""
    people = _PEOPLE_IN.search(text, max(0, start - 40), start)
    return people is not None and is_plural_people(people.group(1))


_FOREIGN_OFFICE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(FOREIGN_HEAD_STEMS)}|войт)\w*\s+(?:міста\s+|ґміни\s+|гміни\s+)?$", re.IGNORECASE
)


def after_a_foreign_office(text: str, start: int) -> bool:
    """ "бурмістр X", "войт ґміни X": offices of foreign towns only, so X is not a Ukrainian place that
    sounds the same."""
    return _FOREIGN_OFFICE_BEFORE.search(text, max(0, start - 40), start) is not None
