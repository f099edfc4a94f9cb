"""One vocabulary for partnerships: the words for a tie, and the one adjective test.

The council gate (which articles are read at all), the cue reader (relation and status) and the
pairing (what links two places) all ask these questions; they ask them here, so a word added for
one is known to all. Stems are lowercase and matched inside words, so every inflected form counts
("побратимами", "побратимство", "побратимських").
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.text import normalize_name

# Words that name a tie, by the relation they name, most specific first.
RELATION_STEMS: dict[str, tuple[str, ...]] = {
    "twinning": ("побрат", "поріднен", "порідни"),
    "intent": ("намір", "декларац"),
    "memorandum": ("меморандум",),
    "partnership": ("партнер",),
    "cooperation": ("співпрац", "співробітн", "угод", "договор", "договір"),
}
# The heads of foreign towns, in the words Ukrainian texts keep for them (a Ukrainian town's head is
# its "голова"; "мер" and "війт" serve both, so they are added only where a head of either counts).
FOREIGN_HEAD_STEMS: tuple[str, ...] = (
    "бургомістр",
    "бургомістер",
    "обербургомістр",
    "бурмістр",
    "кмет",
    "примар",
    "приматор",
    "градоначальник",
    "алькальд",
    "синдик",  # an Italian town's sindaco
    "сіндако",
)
TOWN_HEAD = "|".join(rf"{stem}\w*" for stem in ("мер", "війт", *FOREIGN_HEAD_STEMS))
"""A regex alternation of the words for a town's head, at home or abroad ("мер", "бургомістра",
"кмету"): one list for every reader that asks who heads a town."""

TOWN_AND_GMINA = r"(?:місто\s+(?:і|та|й)\s+(?:ґміна|гміна)|(?:ґміна|гміна)\s+(?:і|та|й)\s+місто)"
"""A Polish "miasto i gmina" (or "gmina i miasto"): one place named by both its units ("місто і ґміна X")."""

UNIT_ABBREVIATIONS: tuple[str, ...] = ("м", "ґм", "гм", "смт", "с", "пов")
"""Abbreviated unit words written before a place's name ("м. Ополе", "ґм. Устрики Долішні"): their dot
ends no sentence and they stand for the unit's noun."""
UNIT_ABBREVIATION = "|".join(UNIT_ABBREVIATIONS)
"""The same, as a regex alternation."""

OTHER_PARTY_STEMS: tuple[str, ...] = (
    "медик",
    "лікар",
    "бібліотек",
    "школ",
    "школяр",
    "учн",
    "ліце",
    "гімназі",
    "університет",
    "коледж",
    "студент",
    "клуб",
    "команд",
    "спортсмен",
    "рятувальник",
    "пожежн",
    "поліці",
    "поліцейськ",
    "митник",
    "прикордонник",
    "підприєм",
    "аграрі",
    "фермер",
    "перевізник",
    "музе",
    "театр",
    "оркестр",
    "хор(?=и|ів|ам|ом|у|\\b)",
    "парафі",
    "церкв",
    "волонтер",
    "пластун",
    "скаут",
    "журналіст",
    "редакці",
    "компані",
    "фірм",
    "палат",
    "асоціаці",
    "спілк",
    "метрополі",  # a metropolitan association is named after its core city ("Метрополія X")
    "агломераці",
    "агенці",
    "організаці",
    "інститут",
    "академі",
    "банк",
    "фонд",
    "фундаці",
)
"""Bodies and people of a town that make ties of their own (schools, hospitals, clubs, firms, rescuers):
"ліцеї X та Y", "X – Y: медики підписали меморандум" tie them, not the towns."""
OTHER_PARTY = "|".join(rf"{stem}\w*" for stem in OTHER_PARTY_STEMS)
"""The same, as a regex alternation of whole words."""

# Words for a visit, one vocabulary for every reader that asks whether a sentence tells one.
VISIT_OBJECT_STEMS: tuple[str, ...] = ("відвіда", "навідал")
"""Verbs that take the place visited as their object ("відвідала X")."""
VISIT_VERB_STEMS: tuple[str, ...] = (
    *VISIT_OBJECT_STEMS,
    "побува",
    "приїха",
    "прибул",
    "прибув",
    "гостюва",
    "завіта",
)
"""Every verb of a visit ("побувала в X", "прибули до X"); "прибул"/"прибув", not "прибу", keep profit
("прибуток") out."""
VISIT_NOUN_STEMS: tuple[str, ...] = ("візит", "приїзд", "поїздк", "прибутт", "перебуванн")
"""Nouns of a visit ("під час візиту делегації до X")."""

TALKS = r"(?:переговори|перемовини)"
"""The two words for talks, in the accusative a verb of holding them takes."""
HOLDS_TALKS = (
    rf"(?:вед(?:е|уть|емо)|провел[ао]|провів|продовжу(?:є|ють|ємо)|продовжил[аио]?|продовж(?:ить|ать|имо)|вестим(?:е|уть))\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{TALKS}"
)
"""Talks going on, told by their verb ("веде переговори", "ведемо активні переговори", "продовжила
переговори", "продовжить переговори"): one phrase for the gate that lets such a sentence be read and
the links that name its sides."""
TALKS_GO_ON = (
    rf"(?:{TALKS}\s+(?:[\w'’-]+\s+){{0,2}}?(?:тривають|ведуться|триватимуть|продовжуються)\b"
    rf"|(?:тривають|ведуться|триватимуть|продовжуються)\s+(?:[\w'’-]+\s+)?{TALKS}"
    r"|(?:стадії|етапі)\s+(?:переговорів|перемовин))"
)
"""Talks going on, told by their noun as the subject before or after its verb ("переговори тривають уже
пів року", "тривають переговори") or by their stage ("на стадії перемовин")."""


OBLAST_ACTS = re.compile(
    r"(?:\b[А-ЯІЇЄҐ][\w'’-]+ська\s+область|\b[Оо]бласть"
    r"|\b(?:[Оо]бласна\s+(?:військова\s+|державна\s+)?(?:рада|адміністрація))"
    r"|\b[Оо]бласні\s+(?:військові\s+|державні\s+)?(?:ради|адміністрації)"
    r"|\b(?:ОДА|ОВА|облрада)\b)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:підписа|уклал|уклав|співпрацю|поріднил|побратал|продовжил|поновил|розірвал|припинил"
    r"|ма(?:є|ла)\s+(?:\S+\s+)?(?:партнер|побратим|угод))"
)
"""An oblast, or its council or administration named without the oblast, as the subject of a tie verb
("Х-ська область співпрацює з повітом Y", "торік область уклала угоду з …", "обласна рада підписала
меморандум з регіоном Y"): the oblast's own tie."""


HROMADA_ADJECTIVE_SUBJECT = (
    r"(?P<adjective>(?-i:[А-ЯІЇЄҐ])[\w'’-]*(?:ська|цька|зька))\s+(?:(?:міська|сільська|селищна)\s+)?(?:громада\s+)?"
    # an adverbial may come first: "X-ська з грудня веде переговори"
    r"(?:вже\s+|також\s+|ще\s+|поки\s+|(?:з|із|від|у|в)\s+(?-i:[а-яіїєґ'’])+\s+)?(?P<word>(?-i:[а-яіїєґ'’])+)"
)
"""A hromada's adjective as a subject, maybe with its noun, and the word after it (the clause's verb when
the dictionary reads it so): one shape for the clause test and for the hromada whose noun is left out."""
AN_ASIDE = r"(?:у\s+свою\s+чергу|своєю\s+чергою|зі\s+свого\s+боку|до\s+речі)"
"""A speaker's aside set off by commas ("X, своєю чергою, …"): it leaves the clause as it is."""
SPEECH_VERB = r"(?:дода|зазнач|розпов|сказа|наголоси|повідоми|поясни|нагада|підкресли)\w*"
"""A verb that tells someone spoke ("нагадав", "розповіла"): one list for who said what."""
REPORTED_OPENING = re.compile(
    r"[^,.;:«»\"]{0,80}?(?:,\s*" + AN_ASIDE + rf"\s*,\s*)?\b{SPEECH_VERB}\s*,\s*що\s+",
    re.IGNORECASE,
)
"""A sentence that opens by telling who said what ("Мер X нагадав, що …", "Ім'я Прізвище, своєю чергою,
зазначила, що …"): what follows "що" is the reported clause."""

# Words for a relationship that are a tie only when the text links two places with them.
BOND_STEMS: tuple[str, ...] = (
    "дружб",
    "зв'яз",
    "відносин",
    "стосунк",
    "переговор",
    "перемовин",
    "домовленіст",
    "домовленост",
)

TIE_STEMS: tuple[str, ...] = tuple(stem for stems in RELATION_STEMS.values() for stem in stems)
# The look-ahead at the stems' first letters lets a scan skip other characters fast (a page of one
# 2 MB line); it matches exactly what the stems alone match.
_FIRST_LETTERS = "".join(sorted({stem[0] + stem[0].upper() for stem in TIE_STEMS}))
TIE_WORD = re.compile(f"(?=[{_FIRST_LETTERS}])(?:{'|'.join(TIE_STEMS)})", re.IGNORECASE)
"""Any word for a tie, anywhere in a text (matched inside words)."""
TIE_OR_BOND_WORD = re.compile(r"\b(?:" + "|".join((*TIE_STEMS, *BOND_STEMS)) + r")[\w']*", re.IGNORECASE)
"""A whole word for a tie or a relationship."""


def names_a_tie(text: str) -> bool:
    """The text uses a word for a tie: the first, cheapest test of every reader."""
    return bool(TIE_WORD.search(text))


def names_a_bond(text: str) -> bool:
    """The text uses a word for a relationship ("зв'язки", "відносини"), a tie only with a link."""
    return bool(_BOND_WORD.search(text))


_BOND_WORD = re.compile(
    f"(?=[{''.join(sorted({stem[0] + stem[0].upper() for stem in BOND_STEMS}))}])(?:{'|'.join(BOND_STEMS)})",
    re.IGNORECASE,
)


@lru_cache(maxsize=100_000)
def is_adjective(word: str) -> bool:
    """The dictionary reads ``word`` as an adjective in some reading ("польським", "Сквирський",
    "Оломоуцького"). A hyphenated word is one only as a compound adjective ("польсько-українського");
    "Бяла-Подляська" is a town whose name ends in an adjective."""
    from parsers.morphology import parses

    word = normalize_name(word).lower().strip("'-")
    parts = word.split("-")
    if len(parts) > 1:  # "польсько-українського": linking -о- parts, then an adjective
        return all(part.endswith("о") for part in parts[:-1]) and is_adjective(parts[-1])
    return word[:1].isalpha() and any("ADJF" in parse.tag for parse in parses(word))


_RELATIONAL = ("ський", "цький", "зький")
_RELATIONAL_STEMS = ("ськ", "цьк", "зьк")
ADJ = r"[\w'-]+(?:ськ|цьк|зьк)\w*"
DOCUMENT_NOUN = r"(?:угод|договір|договор|меморандум|деклараці|лист\w*\s+про\s+намір)"
"""The stem of a word for the document of a tie ("угоду", "договір", "меморандуму", "декларацію", "лист про
наміри")."""
BINDS = r"(?:пов['’]язу|поєдну)"
"""The stem of a verb whose subject is a tie binding its sides ("X і Y пов'язує / поєднує угода")."""
"""Where a place adjective may stand inside a phrase pattern ("з польським містом", "Сквирський
міський голова"); phrase patterns use it to find their words, :func:`is_place_adjective` decides on a
single word. Prefix ``(?=[а-яіїєґ])`` or ``(?=[А-ЯІЇЄҐ])`` for the case the phrase needs."""


@lru_cache(maxsize=100_000)
def is_place_adjective(word: str) -> bool:
    """An adjective made from a place or a people ("польським", "Сквирський", "Оломоуцьким"): the
    dictionary reads it as an adjective whose normal form is a -ський/-цький/-зький one. Such a word
    alone is never a place's name; an adjective-shaped town name ("Широке") is not one of them, nor
    a town whose name ends in an adjective ("Бяла-Подляська")."""
    from parsers.morphology import parses

    word = normalize_name(word).lower().strip("'-")
    if not any(stem in word for stem in _RELATIONAL_STEMS):
        return False  # every form of a -ський/-цький/-зький adjective keeps its suffix: no parse needed
    parts = word.split("-")
    if len(parts) > 1:  # "польсько-українського": linking -о- parts, then an adjective
        return all(part.endswith("о") for part in parts[:-1]) and is_place_adjective(parts[-1])
    return bool(word) and any(
        "ADJF" in parse.tag and parse.normal_form.endswith(_RELATIONAL) for parse in parses(word)
    )


# What follows a word: other capitalised words coordinated with it, then the next lowercase word.
_NEXT_LOWERCASE_WORD = re.compile(r"(?:\s*(?:,|та|і|й)\s+[А-ЯІЇЄҐ][\w'’-]*)*\s+([а-яіїєґ][\w'’-]*)")


def modifies_a_noun(text: str, end: int) -> bool:
    """A capitalised word that ends at ``end`` stands as an adjective: a noun (or an adjective before
    one) follows it, maybe after other capitalised words coordinated with it ("X-ська та Y-ська
    громади", "X-ська міська рада"). The genitive of a town whose name reads like an adjective ("мер
    X-ська", "з мерами A, X-ська та B") is followed by no noun, so it stands as the town's name."""
    from parsers.morphology import parses

    match = _NEXT_LOWERCASE_WORD.match(text, end)
    if match is None:
        return False
    return any(parse.tag.POS in ("NOUN", "ADJF") for parse in parses(match.group(1)))


@lru_cache(maxsize=100_000)
def _is_finite_verb(word: str) -> bool:
    from parsers.morphology import parses

    return word in _VERBS_READ_AS_ADJECTIVES or parses(word)[0].tag.POS == "VERB"


def is_adverb(word: str) -> bool:
    """The dictionary reads the word first as an adverb ("нарешті", "одразу"), or it is one of the short
    adverbs it leaves unknown."""
    from parsers.morphology import parses

    return word in _SHORT_ADVERBS or parses(word)[0].tag.POS == "ADVB"


_SHORT_ADVERBS = frozenset({"вже", "ще", "потім", "тепер", "відтак"})


def is_noun_or_adjective(word: str) -> bool:
    """The dictionary knows the lowercase word and reads it first as a noun or an adjective."""
    from parsers.morphology import parses

    reading = parses(word)[0]
    return reading.is_known and reading.tag.POS in ("NOUN", "ADJF")


def has_past_verb(text: str) -> bool:
    """The text has a word the dictionary reads first as a verb in the past tense ("пережило")."""
    from parsers.morphology import parses

    return any(
        "past" in (tag := parses(word)[0].tag) and tag.POS == "VERB"
        for word in re.findall(r"[а-яіїєґ'’]+", text.lower())
    )


_VERBS_READ_AS_ADJECTIVES = frozenset({"став", "стала", "стало", "стали"})
"""Past forms of "стати" the dictionary reads first as the adjective "сталий" (or "став" as the noun for
a pond): in news they are the verb."""


def opens_with_an_infinitive(text: str) -> bool:
    """The text's first word is an infinitive ("…, провести Дні громади", "… і відкрити центр"): one
    more item of a list of things to do, with its own object and place."""
    from parsers.morphology import parses

    words = re.findall(r"\b[а-яіїєґ'’]+\b", text)[:1]
    return any("infn" in parses(word)[0].tag or parses(word)[0].tag.POS == "INFN" for word in words)


def has_finite_verb(text: str) -> bool:
    """The text has a word the dictionary reads first as a finite verb ("співпрацює", "має"): a clause
    of its own, not an item of a list."""
    return any(_is_finite_verb(word) for word in re.findall(r"\b[а-яіїєґ'’]+\b", text))
