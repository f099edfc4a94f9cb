"""What ties a Ukrainian side to a partner place in one sentence: a fact needs such a link.

Two places in a sentence that names a tie are not yet a pair: the sentence may name a venue, a
region, a study tour, another town's twins. A pair is kept only when the sentence's structure ties
its two sides, and its confidence follows the strength of that tie:

- ``between``: "між X та Y";
- ``dash_pair``: "X — Y" in a list of pairs;
- ``parallel_list``: two lists paired by position ("відповідно", or one pair per clause);
- ``signing``: one side is the subject of a signing verb, the other comes after "з" ("X уклала угоду з Y");
  both sides sign together ("X та Y підписали угоду", "X та Y – давні побратими"), or are one entry of
  the signers named after the verb ("Документ підписали: голова X та мер Y; …");
- ``with``: "X з Y" after a word for a tie ("співпраця X з Y"), or a relative clause after the partner
  names the tie with the sentence's subject ("… Y, з яким громада має угоду про партнерство");
- ``appositive``: a twin or partner word right before one side ("місто-побратим Y", "побратимом міста X");
- ``parties``: "сторони підписали …", with no place of its own, right after a sentence that tells a
  visit naming one hromada and one foreign town (read in :mod:`parsers.facts.extract`);
- ``owner_list``: the hromada's own list of partners ("побратимами міста є A, B, C", "угоди з містами: A, B"),
  read by :mod:`parsers.facts.owner_list` before the other links are tried.

Anything else, such as two names that merely share a sentence with a tie word, is no link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.facts.clauses import a_named_subject_between, verb_later_in_clause
from parsers.facts.cues import MONTH_WORD
from parsers.facts.name_context import HAS_PARTNERS_IN, follows_a_district_noun
from parsers.facts.vocabulary import (
    ADJ,
    AN_ASIDE,
    BINDS,
    DOCUMENT_NOUN,
    HOLDS_TALKS,
    OTHER_PARTY,
    REPORTED_OPENING,
    TALKS_GO_ON,
    TIE_OR_BOND_WORD,
    TIE_WORD,
    TOWN_HEAD,
    UNIT_ABBREVIATION,
    has_finite_verb,
    is_adjective,
    is_noun_or_adjective,
    is_place_adjective,
)

STRENGTH = {
    "between": 0.95,
    "dash_pair": 0.95,
    "parallel_list": 0.9,
    "signing": 0.9,
    "appositive": 0.85,
    "owner_list": 0.85,
    "with": 0.8,
    "parties": 0.75,
}

TIE_VERB = re.compile(
    r"\b(?:(?:пере)?підпис\w*|уклал\w*|уклав|уклад\w*|укласти|скріп\w*|поріднил\w*|побратал\w*|домовил\w*|продовжил\w*|"
    r"поновил\w*|розірв\w*|ініціюва\w*|побрата\w*|парафува\w*|налагод\w*|встановил\w*|стал\w*|став|станут\w*|стан(?:е|уть|емо|ете)\b|"
    r"оформил\w*|задекларува\w*|приєдна\w*)",
    re.IGNORECASE,
)
TIE_NOUN = TIE_OR_BOND_WORD
_A_TIE_VERB_RIGHT_BEFORE = re.compile(TIE_VERB.pattern + r"\w*\s+$", re.IGNORECASE)
# Words that may stand between a preposition and the name it governs: "з польським містом", "з ґміною".
_FILLER = re.compile(
    r"^(?:міст\w*|містечк\w*|курорт\w*|громад\w*|ґмін\w*|гмін\w*|муніципаліт\w*|муніципі[йюєяї]\w*|общин\w*|"
    r"комун\w*|самоврядуванн(?:я|ю|ям)|волост\w*|округ\w*|район\w*|дільниц\w*|дзельниц\w*|частин\w*|міськ\w*|повіт\w*|регіон\w*|област\w*|сел[аоіу]\w*|селищ\w*|побратим\w*|партнер\w*|"
    rf"{UNIT_ABBREVIATION}|"  # the units' abbreviations: "з м. Ополе", "з ґм. Устрики Долішні"
    rf"{TOWN_HEAD}|голов\w*|делегаці\w*|представник\w*|"
    r"керівництв\w*|влад\w*|"
    r"міст\w*-\w+|нашим|нашою|нашими|своїм|своєю|своїми|давн\w*|нов\w*|ще|двома|трьома|кількома|\d+|"
    r"першим|першою|другим|другою|третім|третьою|одним|одною|іншим|іншою|іншими|ще\s+одним)$",
    re.IGNORECASE,
)


def _is_filler(word: str) -> bool:
    return bool(_FILLER.match(word)) or is_place_adjective(word)


WITH = frozenset({"з", "із", "зі"})
"""The prepositions "with" (з, із, зі): a tie word before them governs the name after."""
_AND = frozenset({"та", "і", "й"})
HOW_LONG = r"(?:(?:вже|уже|ще|понад|близько|майже)\s+)*(?:\d+|[а-яіїєґ'’]+)\s+(?:років|роки|рік)"
"""How long a tie has lasted, said inside its predicate ("побратимом громади вже понад десять років є X")."""
# Singular forms only: "побратимом міста X" ties X to the subject; a plural ("побратимів X") names its twins.
APPOSITIVE = re.compile(
    r"\b(?:побратим(?:а|у|ом|і)?|міст(?:о|а|у|ом|і)-побратим(?:а|у|ом|і)?|міст(?:о|а|у|ом|і)-партнер(?:а|у|ом|і)?|"
    r"партнер(?:а|у|ом|і)?|партнерк(?:а|и|у|ою|ці)|партнерськ(?:е|ого|ому|им)\s+міст(?:о|а|у|ом|і)|"
    r"партнерськ(?:а|ої|ій|у|ою)\s+(?:громад|ґмін|гмін)(?:а|и|і|у|ою)|поріднен(?:е|ого|им)\s+міст\w*)"
    r"(?:\s+[–—])?"  # "отримала нового побратима – польське місто X"
    rf"(?:\s+(?:(?=[а-яіїєґ]){ADJ}|міст\w*|громад\w*|ґмін\w*|гмін\w*|муніципаліт\w*|общин\w*|є|{HOW_LONG}))*\s*$",
    re.IGNORECASE,
)
# "A і B уклали угоди з X і Y відповідно" pairs two lists by position; "підписали відповідно: A та X;
# B та Y" opens a list whose entries are pairs already.
RESPECTIVELY = re.compile(r"\bвідповідно\b(?!\s*:)", re.IGNORECASE)
_YEARS_RESPECTIVELY = re.compile(
    r"\b((?:1[89]|20)\d\d(?:\s*(?:,|і|й|та)\s*(?:1[89]|20)\d\d)+)\s+(?:роках|рр\.|році)?\s*відповідно\b",
    re.IGNORECASE,
)


def pairs_respectively(text: str) -> bool:
    """ "відповідно" pairs the sentence's two lists of sides by position; after a list of years ("у <рік> і
    <рік> роках відповідно") it pairs the years with the partners instead."""
    after_years = {match.end() for match in _YEARS_RESPECTIVELY.finditer(text)}
    return any(match.end() not in after_years for match in RESPECTIVELY.finditer(text))


CLAUSE_OF_ITS_OWN_OPENS = re.compile(r",\s+(?:а|тоді\s+як|натомість)\s+", re.IGNORECASE)
"""A clause joined by "а" that may name a side and a partner of its own ("…, а C – з Z")."""


def respectively_clause_end(text: str) -> int | None:
    """Where the clause whose "відповідно" pairs two lists ends, when a clause of its own follows it."""
    respectively = RESPECTIVELY.search(text)
    boundary = CLAUSE_OF_ITS_OWN_OPENS.search(text, respectively.end()) if respectively else None
    return boundary.start() if boundary else None


def without_respectively_before(text: str, start: int) -> str:
    """The text with its "відповідно" blanked out (offsets kept) for a pair in a clause of its own after
    the clause that word pairs by position; else the text as it is."""
    end = respectively_clause_end(text)
    if end is None or start < end:
        return text
    found = RESPECTIVELY.search(text)
    return text[: found.start()] + " " * len(found.group(0)) + text[found.end() :]


def _listed_as_domestic_partners(text: str, start: int) -> bool:
    """The Ukrainian name at ``start`` is one more partner the list after "з" names ("… та двома
    українськими громадами – A (Y-щина) і B"), or the area in brackets after such a name: no side."""
    return bool(
        _DOMESTIC_PARTNERS_LISTED_BEFORE.search(text, max(0, start - 200), start)
        or _IN_BRACKETS_AFTER_A_NAME.search(text, max(0, start - 60), start)
    )


_DOMESTIC_PARTNERS_LISTED_BEFORE = re.compile(
    r"\b(?:з|із|зі)\s+[^.;:]*?\b(?:громадами|містами)\s*[–—:]\s*"
    r"(?:[А-ЯІЇЄҐ][\w'’-]+(?:\s+(?:громадою|громадами))?(?:\s*\([^()]{0,40}\))?\s*(?:,|і|й|та)\s*)*$",
    re.IGNORECASE,
)
_IN_BRACKETS_AFTER_A_NAME = re.compile(r"[А-ЯІЇЄҐ][\w'’-]+\s*\([^()]{0,40}$")


def years_respectively(text: str) -> list[str]:
    """The years a "у <рік> і <рік> роках відповідно" gives the sentence's partners, in their order."""
    found = _YEARS_RESPECTIVELY.search(text)
    return re.findall(r"(?:1[89]|20)\d\d", found.group(1)) if found else []


# A tie said to bind the two sides, as the subject of "пов'язує" ("X і Y пов'язує угода про побратимство").
TIE_BINDS = (
    rf"{BINDS}\w*\s+(?:\S+\s+){{0,3}}?(?:угод|договір|договор|меморандум|побратим|партнер|співпрац|дружб)"
)

_BETWEEN = re.compile(r"\bміж\b", re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    kind: str
    strength: float


def _words_before(text: str, start: int, limit: int = 6) -> list[str]:
    return re.findall(r"[\w'-]+|[,—–:]", text[max(0, start - 120) : start])[-limit:]


def governed_by(text: str, start: int, prepositions: frozenset[str]) -> bool:
    """The name at ``start`` follows one of ``prepositions``, with only modifiers between
    ("з польським містом X", "між громадою X")."""
    return governing_preposition(text, start, prepositions) is not None


def governing_preposition(text: str, start: int, prepositions: frozenset[str]) -> int | None:
    """Where the preposition that governs the name at ``start`` stands (see :func:`governed_by`)."""
    offset = max(0, start - 120)
    words = list(re.finditer(r"[\w'-]+|[,—–:]", text[offset:start]))[-8:]
    list_opened = False  # a dash or colon that opens a list after a plural noun: "з трьома гмінами – A, B"
    unit_after = False  # a unit's noun stands between this word and the name
    for index in range(len(words) - 1, -1, -1):
        written = words[index].group(0)
        word = written.lower()
        if word in prepositions:
            return None if list_opened else offset + words[index].start()
        if word in ("—", "–", "-", ":") and not list_opened:
            list_opened = True
            continue
        if (
            list_opened
            and written[:1].isupper()
            and follows_a_district_noun(_texts(words[max(0, index - 2) : index]))
        ):
            list_opened = False  # "з районом X-а – Y": the dash names the district of the city before it
            continue
        if _is_filler(word):
            unit_after = unit_after or bool(_UNIT_NOUN.match(word))
        elif (
            written[:1].isupper()
            and index == len(words) - 1
            and follows_a_district_noun(_texts(words[:index]))
        ):
            continue  # "з районом Y-а X": the city (in the genitive) the district lies in
        elif word in _AND and _between_unit_nouns(words, index):
            continue  # "з містом і ґміною X": one place named by both its units
        elif not (unit_after and written.islower() and is_adjective(word)):
            return None  # an adjective of any kind only before a unit's noun: "з курортною ґміною X"
        if list_opened and (
            re.search(r"(?:ами|ями)$", word)
            or (index == len(words) - 2 and _SINGLE_UNIT_BEFORE_A_DASH.match(word))
        ):
            list_opened = False  # "з трьома гмінами – A, B"; "з іншим містом — X": the one it names
    return None


_SINGLE_UNIT_BEFORE_A_DASH = re.compile(r"^(?:містом|містечком|ґміною|гміною|громадою|муніципалітетом)$")
"""A unit noun in the singular instrumental right before a dash: the name after the dash is that unit's
("з іншим латвійським містом — X")."""


def _between_unit_nouns(words: list[re.Match[str]], index: int) -> bool:
    return (
        0 < index < len(words) - 1
        and bool(_UNIT_NOUN.match(words[index - 1].group(0)))
        and bool(_UNIT_NOUN.match(words[index + 1].group(0)))
    )


_UNIT_NOUN = re.compile(
    r"^(?:міст|містечк|курорт|ґмін|гмін|муніципаліт|общин|комун|громад|волост)\w*$", re.IGNORECASE
)


def _texts(matches: list[re.Match[str]]) -> list[str]:
    return [match.group(0) for match in matches]


DOCUMENT_NOUN_WORD = re.compile(
    r"^(?:співпрац\w*|партнерств\w*|побратимств\w*|поріднен\w*|угод\w*|меморандум\w*|договор\w*|договір|"
    r"відносин\w*|стосунк\w*|зв'яз\w*|дружб\w*)$",
    re.IGNORECASE,
)


def _after_tie_noun(text: str, start: int) -> bool:
    """The pair stands right after a word for a tie, in the genitive: "співпраці громади X та міста Y"."""
    for word in reversed(_words_before(text, start, 4)):
        if DOCUMENT_NOUN_WORD.match(word):
            return True
        if not _is_filler(word.lower()):
            return False
    return False


# Who signs beside a place: offices, delegations and the people holding them.
_OFFICE = re.compile(
    rf"^(?:голов\w*|{TOWN_HEAD}|старост(?:а|к)\w*|президент\w*|"
    r"делегаці\w*|"
    r"представник\w*|керівник\w*|очільник\w*|начальник\w*|адміністраці\w*|самоврядуванн\w*|рад[аиі]|столиц\w*|"
    r"заступни\w*|перш(?:ий|а)|"  # "(перший) заступник мера X" signs for X
    r"тодішн\w*|колишн\w*|нинішн\w*|чинн\w*|новообран\w*|"  # "тодішній міський голова X": when in office
    r"[А-ЯІЇЄҐ][\w'-]+)$"
)
COUNT_IN_WORDS = (
    r"(?:(?:двадцять|тридцять|сорок|п['’]ятдесят)(?:\s+(?:один|два|три|чотири|п['’]ять|шість|сім|вісім|дев['’]ять))?"
    r"|п['’]ять|шість|сім|вісім|дев['’]ять|десять|[\w'’]+надцять)"
)
"""A count of years in words, up to fifty-nine: "десять", "двадцять п'ять"."""


# The verb, not past a colon that opens a clause with its own subject ("X та Y: Z підписала").
_CO_SIGN_AFTER = re.compile(
    r"^(?:[^.;:]|:(?!\s*(?-i:[А-ЯІЇЄҐ]))){0,120}?"
    r"\b(?:(?:пере)?підписа\w*|підпису(?:ють|є)\b|підпишуть\b|укладуть\b|уклал\w*|укла\w*|скріпил\w*|продовжил\w*|поновил\w*|"
    r"оновил\w*\s+(?:\S+\s+)?(?:угод|договір|договор|меморандум)|ста(?:л\w*|ти|нуть)\s+"
    r"(?:міст\w*-)?(?:побратим|партнер)\w*|постав\w*\s+(?:свої\s+)?підпис\w*|є\s+(?:\w+\s+)?(?:побратим|партнер|міст\w*-побратим)\w*|"
    r"(?:побратим|партнер)\w*\s+(?:з|із)\s+\d{4}|поріднил\w*|побрата\w*|"
    # "X та місто Y відтепер офіційно побратими": the twin word as the predicate, with no verb
    r"(?:відтепер|тепер|віднині)\s+(?:офіційно\s+|вже\s+)?(?:міст\w*-)?(?:побратим|партнер)(?:и|ами)\b|"
    # "X і Y – (давні) побратими": the dash for "are"
    r"^[\w'’-]*\s*[–—]\s+(?:[а-яіїєґ'’]+\s+)?(?:міст\w*-)?(?:побратим|партнер)и\b|"
    rf"відзначил\w*\s+(?:\S+\s+){{0,2}}?(?:річниц|\S*річчя|ювіле|(?:\d+|{COUNT_IN_WORDS})\s+(?:рок|рік|літ))\w*|"
    # "X та Y готують проєкт угоди", "узгоджують текст меморандуму", "ведуть переговори": a tie in the making
    r"(?:готу|узгоджу|узгоди|погоди)\w*\s+(?:\S+\s+)?(?:проєкт|проект|текст)\w*\s+(?:угод|меморандум|договор)\w*|"
    # "X та Y готують угоду", "розпочали підготовку угоди про …"
    r"готу(?:ють|є)\s+(?:\S+\s+)?(?:угод|меморандум|договір|договор)\w*|"
    r"(?:розпочали|почали)\s+(?:\S+\s+)?(?:підготовк|розробк)\w*\s+(?:\S+\s+)?(?:угод|меморандум|договор)\w*|"
    r"ведуть\s+(?:\S+\s+)?(?:переговори|перемовини)|"
    # "X та Y (поки що) на етапі перемовин": the stage of talks said with no verb
    r"(?:перебувають\s+)?на\s+(?:етапі|стадії)\s+(?:переговорів|перемовин)|"
    # "X та Y домовилися продовжити переговори про партнерство": talks about a tie, going on
    r"(?:продовжують|розпочали|почали|(?:ма\w*\s+намір|домовил\w*|вирішил\w*|планують)\s+"
    r"(?:продовжити|розпочати|почати|вести))\s+(?:\S+\s+)?(?:переговори|перемовини)\s+(?:\S+\s+){0,2}?"
    r"(?:про|щодо)\s+(?:\S+\s+){0,2}?(?:партнерств|побратимств|угод|меморандум|співпрац)|"
    # "X і Y пов'язує угода": the tie, the subject, after the two sides it binds
    rf"{TIE_BINDS})"
    r"|^[^.;—–]{0,60}?\s[—–]\s*(?:[\w'-]+\s+){0,2}?(?:міст\w*-)?(?:побратим|партнер)\w*"
    r"(?:\s+(?:міст|громад)\w*)?\s*[.;,]?\s*$",
    re.IGNORECASE,
)


# "X, Y та Z – міста-побратими": a list of places said to be twins of each other.
_TWINS_AFTER = re.compile(r"^[\w'\s-]{0,60}?\s[—–]\s*міст\w*-(?:побратим|партнер)\w*", re.IGNORECASE)


_IN_BEFORE = re.compile(r"\b(?:в|у)\s+$", re.IGNORECASE)
_A_BARE_SUBJECT = re.compile(r"\b(?:громада|ми|рада)\b", re.IGNORECASE)


def _a_venue_past_a_colon(text: str, partner: tuple[int, int], side: tuple[int, int]) -> bool:
    """The side stands after "в"/"у" past a colon or semicolon that follows the partner, and nothing
    before the partner is a subject of the tie ("Переговори з X тривали рік: першу зустріч провели в
    Y"): Y is where; "громада веде перемовини з X: … в Y" stays the hromada's just named."""
    return (
        partner[1] <= side[0]
        and re.search(r"[:;]", text[partner[1] : side[0]]) is not None
        and _IN_BEFORE.search(text, max(0, side[0] - 3), side[0]) is not None
        and _A_BARE_SUBJECT.search(text, 0, partner[0]) is None
    )


_A_BODY_NOUN = re.compile(r"^(?:рад[аиіу]|управ\w*|адміністраці\w*|самоврядуванн\w*)$", re.IGNORECASE)
"""A town's governing body, which an adjective may stand before ("голова муніципальної ради X")."""


def _co_subjects(text: str, ua_run: tuple[int, int], partner_run: tuple[int, int]) -> bool:
    """Both sides are subjects of one signing ("X та місто Y підписали угоду", "голова X та мер Y
    уклали", "X та Y є побратимами"): joined by "та"/"і" with only modifiers, offices and names between,
    and the verb after both."""
    first, second = sorted((ua_run, partner_run))
    if governed_by(text, first[0], WITH | {"між"}):
        return False
    gap = re.sub(r"\([^()]{0,80}\)", " ", text[first[1] : second[0]])
    gap = re.sub(r"^[\w'-]*", "", gap)  # the rest of the first name's word
    if _A_TIE_OF_ITS_OWN.match(gap):
        return False  # "A, з яким 2019 року укладено договір, та B, з якою …": entries, each its own tie
    gap = _INSERTION.sub(" ", gap)  # "X, представлене мером …, та Y уклали": an insertion about X
    gap = _WHERE_IT_LIES.sub(" ", gap)  # "X на півночі Y-щини та Z уклали": where X lies
    words = re.findall(r"[\w'-]+|[^\w\s]", gap)
    after = re.sub(r"\([^()]{0,80}\)", " ", text[second[0] :])
    listed_as_twins = bool(_TWINS_AFTER.match(after))
    joined = any(word.lower() in _AND or (word == "," and listed_as_twins) for word in words)
    if not joined or any(word in ";:.—–" or (word == "," and not listed_as_twins) for word in words):
        return False
    if not all(
        word == ","
        or word.lower() in _AND | WITH
        or _is_filler(word)
        or _OFFICE.match(word)
        # an adjective of any kind before a unit's noun: "та польське курортне місто Y"
        or (
            word.islower()
            and index + 1 < len(words)
            and (_UNIT_NOUN.match(words[index + 1]) or _A_BODY_NOUN.match(words[index + 1]))
            and is_adjective(word)
        )
        for index, word in enumerate(words)
    ):
        return False
    return listed_as_twins or bool(_CO_SIGN_AFTER.match(after)) or _signers_after_verb(text, first[0])


def _together_with(text: str, ua_run: tuple[int, int], partner_run: tuple[int, int]) -> bool:
    """ "Голова X разом з мером Y підписали меморандум": the one named after "разом з" signs together with
    the subject (offices, adjectives and the holders' names may stand between), the verb after both."""
    first, second = sorted((ua_run, partner_run))
    if not _TOGETHER_WITH.fullmatch(text, first[1], second[0]):
        return False
    return bool(_CO_SIGN_AFTER.match(re.sub(r"\([^()]{0,80}\)", " ", text[second[0] :])))


_TOGETHER_WITH = re.compile(
    # the rest of the side's words, its office and holder; after "разом з", the partner's office and the
    # co-signers before it ("… з мером X Ім'ям Прізвищем та мером Y")
    r"[\w'’-]*(?:\s+[\w'’-]+){0,5}\s+разом\s+(?:з|із|зі)\s+(?:[\w'’-]+\s+){0,10}",
    re.IGNORECASE,
)
# A relative clause right after the Ukrainian side (and the raion or oblast it lies in), running on to the
# partner with no other clause between.
_RELATIVE_OF_THE_SIDE = re.compile(
    r"(?:\s+(?-i:[А-ЯІЇЄҐ])[\w'’-]+\s+(?:району|області))*\s*,\s*(?:яка|який|яке|які)\s+[^,.;:()—–]*$",
    re.IGNORECASE,
)


def in_its_relative_clause(text: str, side_end: int, partner_start: int) -> bool:
    """The partner stands in the side's own relative clause ("X-ська громада Y-ського району, яка має
    угоду з Z"): the side is that clause's subject, however it is governed itself."""
    return _RELATIVE_OF_THE_SIDE.match(text, side_end, partner_start) is not None


_WHERE_IT_LIES = re.compile(
    r"^\s+(?:на|у|в)\s+(?:(?:(?:північн|південн)\w+[\s-]+(?:сход|заход)\w*|півночі|півдні|сході|заході|центрі)\s+"
    r"[А-ЯІЇЄҐ][\w'’-]+(?:\s+област[іи])?|[А-ЯІЇЄҐ][\w'’-]+(?:щині|чині|ині)|[А-ЯІЇЄҐ][\w'’-]+\s+област[іи])"
    r"(?=\s+(?:та|і|й)\s)"
    # or near a town: "X-ська громада під Y-ем та Z"
    r"|^\s+під\s+(?-i:[А-ЯІЇЄҐ])[\w'’-]+(?:\s+(?-i:[А-ЯІЇЄҐ])[\w'’-]+)?(?=\s+(?:та|і|й)\s)"
)
_INSERTION = re.compile(r"^\s*,\s+[а-яіїєґ][^,;:.()—–]{0,60},(?=\s+(?:та|і|й)\s)")
_A_TIE_OF_ITS_OWN = re.compile(
    r"^\s*,\s+(?:з|із|зі)\s+(?:яким|якою|якими)\b[^,;:.()—–]{0,60}?"
    r"(?:уклад|уклал|підпис|угод|договір|договор|меморандум|побрат)[^,;:.()—–]*,\s+(?:та|і|й)\s"
)


def _with_a_unit(units: str) -> str:
    """A fronted "з", maybe with the partner's adjective and one of ``units`` (noun stems), right before
    the partner's name: the tail every fronted-partner opening shares."""
    return rf"(?:з|із|зі)\s+(?:(?=[а-яіїєґ]){ADJ}\s+)?(?:(?:{units})\w*\s+)?$"


_CLAUSE_OPENING_WITH = re.compile(
    r"(?:^|[.;:]\s*|,\s+(?:а|і|та)\s+|(?:^|[.;:,]\s*)(?-i:[А-ЯІЇЄҐа-яіїєґ][а-яіїєґ]*)\s+(?:(?-i:[а-яіїєґ]+)\s+)?)"
    + _with_a_unit("міст"),
    re.IGNORECASE,
)
"""The partner fronted with "з" at a clause's start, maybe after a word or two of when ("ще навесні з X")."""
_TIE_AFTER_SUBJECT = re.compile(
    r"^\s*(?:\S+\s+){0,4}?(?:є\s+(?:\w+\s+)?(?:побратим|партнер)|ма(?:є|ють)\s+(?:\w+\s+)?(?:угод|договір|меморандум)|"
    rf"{TIE_BINDS}|"
    rf"співпрацю|підписа|уклал|уклав|побратал|поріднил|{HOLDS_TALKS}|"
    r"(?:готу|узгоджу)\w*\s+(?:\S+\s+)?(?:проєкт\w*\s+|текст\w*\s+)?(?:угод|меморандум|договір|договор))",
    re.IGNORECASE,
)


def _fronted_partner(text: str, ua_run: tuple[int, int], partner_run: tuple[int, int]) -> bool:
    """ "З польським X Y є побратимами": the partner, fronted with "з" at the clause's start, then the
    Ukrainian side as the subject right after it, then the tie; or the tie and its verb first and the
    subject last ("З турецьким X угоду про партнерство торік уклав Y")."""
    if not (partner_run[1] <= ua_run[0] and _CLAUSE_OPENING_WITH.search(text, 0, partner_run[0])):
        return False
    between = re.sub(r"\([^()]{0,80}\)", " ", text[partner_run[1] : ua_run[0]])
    # "З X, зокрема, Y уклав угоду": an aside, no word of the clause
    between = _PARENTHETICAL.sub(" ", between)
    if _TIE_THEN_VERB.fullmatch(re.sub(r"^[\w'’-]*", "", between)):
        return True
    return not re.sub(r"^[\w'’-]*", "", between).strip(" ,") and bool(
        _TIE_AFTER_SUBJECT.match(text[ua_run[1] :])
    )


def _bound_to_the_fronted_one(text: str, ua_run: tuple[int, int], partner_run: tuple[int, int]) -> bool:
    """ "З X Y пов'язує угода": one side fronted with "з" at the clause's start, the other right after it
    (its adjective or unit noun between), then the tie said to bind them; either side may come first."""
    first, second = sorted((ua_run, partner_run))
    if not _CLAUSE_OPENING_WITH.search(text, 0, first[0]):
        return False
    between = re.sub(r"^[\w'’-]*", "", text[first[1] : second[0]])
    return bool(_ADJECTIVES_ONLY.fullmatch(between)) and bool(_BINDS.match(text, second[1]))


_ADJECTIVES_ONLY = re.compile(r"(?:\s+[а-яіїєґ][\w'’-]*){0,2}\s+")
_BINDS = re.compile(rf"[\w'’-]*\s+{TIE_BINDS}", re.IGNORECASE)


def _fronted_in_the_next_clause(text: str, ua_run: tuple[int, int], partner_run: tuple[int, int]) -> bool:
    """ "X уклала угоду з A, а з B готує меморандум": the partner fronted with "з" in a clause joined by
    "а"/"і"/"та" with no subject of its own, then that clause's tie verb and document: the subject of the
    clause before, named before it, is the side."""
    if not (ua_run[1] <= partner_run[0] and _WITH_IN_THE_NEXT_CLAUSE.search(text, 0, partner_run[0])):
        return False
    return _NEXT_CLAUSES_TIE.match(text, partner_run[1]) is not None


_WITH_IN_THE_NEXT_CLAUSE = re.compile(
    r",\s+(?:а|і|та)\s+" + _with_a_unit("міст|ґмін|гмін|муніципаліт"), re.IGNORECASE
)
_NEXT_CLAUSES_TIE = re.compile(
    r"[\w'’-]*\s+(?:(?:міськ|сільськ|селищн)\w*\s+)?(?:громад\w*\s+)?(?:вже\s+|також\s+|ще\s+)?"
    r"(?:(?:готу|узгоджу|підписа|уклал|уклав|має|веде|ведуть)\w*\s+(?:\S+\s+)?(?:проєкт\w*\s+|текст\w*\s+)?"
    r"(?:угод|меморандум|договір|договор|переговор|перемовин)"
    r"|співпрацю(?:є|ють)\b)",  # ", а з B громада співпрацює з 2023 року"
    re.IGNORECASE,
)


def _fronted_partner_of_the_owner(text: str, partner_run: tuple[int, int]) -> bool:
    """ "З X угоду про співпрацю підписано у 2019 році", "З X громада уклала меморандум": the partner
    fronted with "з" at the clause's start, then the agreement and its signing with no subject but the
    hromada itself (none, "громада", "ми", the council): the owner's tie. A singular verb with no
    subject before it leaves the subject to come after it, somebody else ("угоду підписав і Y")."""
    if in_an_elliptical_clause(text, *partner_run):
        # ", з Y – у <рік>": the dash stands for the verb of a clause that fronted the owner's partner
        first = _FRONTED_NAME.match(text)
        return (
            first is not None
            and first.end() <= partner_run[0]
            and _fronted_partner_of_the_owner(text, first.span(1))
        )
    if _OWN_SIDE_WITH.search(text, 0, partner_run[0]) and _BINDS_AFTER.match(text, partner_run[1]):
        return True  # "Нашу громаду з X поєднує угода про партнерство": the owner, bound by the tie
    if _OWNERS_BOND_AFTER.match(text, partner_run[1]) and (
        _OWNER_FRONTED_WITH.search(text, 0, partner_run[0])
        or _CLAUSE_FRONTED_WITH.search(text, 0, partner_run[0])
    ):
        return True  # "З X ми побратими з 2023 року", "…, зі Y маємо меморандум": the owner's own bond
    if not _OWNER_FRONTED_WITH.search(text, 0, partner_run[0]):
        return False
    if _OWNERS_TALKS_AFTER.match(text, partner_run[1]):
        return True  # "З X громада веде переговори"
    tie = _OWNERS_TIE_AFTER.match(text, partner_run[1])
    if tie is None:
        return False
    return bool(tie.group("subject") or tie.group("subject_after")) or not _SINGULAR_SIGNED.fullmatch(
        tie.group("verb") or tie.group("verb_first")
    )


_FRONTED_UNITS = "міст|муніципаліт|ґмін|гмін|громад|комун|округ|повіт|курорт"
"""The nouns a fronted partner may be named by ("З польською ґміною X", "з курортом X")."""
_OWNER_FRONTED_WITH = re.compile(
    # at a quotation's opening too: "«З X ми підписали угоду …», – зазначила голова"; and at a reported
    # clause's: "голова нагадав, що з X громаду пов'язує угода"
    r"(?:^(?:[—–]\s+)?[«\"„“]?|[.;:]\s*|,\s+що\s+)(?:а\s+)?(?:(?:у|в)\s+\d{4}\s+році\s+|торік\s+)?"
    + _with_a_unit(_FRONTED_UNITS),
    re.IGNORECASE,
)


_OWN_SIDE_WITH = re.compile(
    r"(?:^(?:[—–]\s+)?[«\"„“]?|[.;:]\s*|,\s+що\s+)(?:(?:нашу\s+)?громаду|нас|наше\s+місто)\s+"
    + _with_a_unit(_FRONTED_UNITS),
    re.IGNORECASE,
)
"""The site's own hromada, unnamed, as the object a tie binds with the partner right after it."""


def in_an_elliptical_clause(text: str, start: int, end: int) -> bool:
    """ "З X угоду підписали у <рік>, з Y – у <рік>": the name at ``start``–``end`` opens a clause with
    "з" (its country's adjective or unit noun may stand between) whose dash stands for the verb of the
    clause before, so the same side acts in both."""
    if not _ELLIPTICAL_WITH_BEFORE.search(text, max(0, start - 60), start):
        return False
    dash = _DASH_NEXT.match(text, end)
    return dash is not None and not _an_object_of_its_own(text[dash.end() :])


def _an_object_of_its_own(rest: str) -> bool:
    """After "з Y –", a thing of the clause's own and no tie ("а з Y – спільні проєкти у сфері освіти"):
    the dash stands for a verb whose object is that thing, not the tie of the clause before."""
    clause = re.split(r"[,.;:!?]", rest, maxsplit=1)[0]
    if TIE_OR_BOND_WORD.search(clause) or _A_TIME.match(clause):
        return False
    first = re.match(r"\s*(?:(?:лише|тільки|також|теж|ще|вже)\s+)?([а-яіїєґ'’]+)", clause)
    return first is not None and is_noun_or_adjective(first.group(1))


_A_TIME = re.compile(
    rf"\s*(?:(?:лише|тільки|також|теж|ще|вже)\s+)?(?:(?:у|в|з|від|із|до|на|наприкінці|на\s+початку)\s+)?"
    rf"(?:\d|{MONTH_WORD}|торік|минул|позаминул|цьог|наступн|рок|роц|весн|літ|осен|зим|тижд|місяц|днями|невдовзі)",
    re.IGNORECASE,
)


def _partner_of_the_clause_before(text: str, partner_run: tuple[int, int]) -> tuple[int, int] | None:
    """For a name in an elliptical clause (:func:`in_an_elliptical_clause`), the name after "з" in the
    clause before it, whose link the elided verb repeats."""
    if not in_an_elliptical_clause(text, *partner_run):
        return None
    opening = _ELLIPTICAL_WITH_BEFORE.search(text, max(0, partner_run[0] - 60), partner_run[0])
    names = list(_NAME_AFTER_WITH.finditer(text, 0, opening.start()))
    return names[-1].span(1) if names else None


_ELLIPTICAL_WITH_BEFORE = re.compile(
    r",\s+(?:а\s+)?" + _with_a_unit("міст|ґмін|гмін|муніципаліт"), re.IGNORECASE
)
_NAME_AFTER_WITH = re.compile(
    rf"\b(?:з|із|зі)\s+(?:(?=[а-яіїєґ]){ADJ}\s+)?(?:(?:міст|ґмін|гмін|муніципаліт)\w*\s+)?"
    r"((?-i:[А-ЯІЇЄҐ])[\w'’-]*)",
    re.IGNORECASE,
)
_DASH_NEXT = re.compile(r"[\w'’-]*\s*[–—]\s")
_FRONTED_NAME = re.compile(
    rf"\s*(?:з|із|зі)\s+(?:(?=[а-яіїєґ]){ADJ}\s+)?(?:(?:міст|муніципаліт|ґмін|гмін|громад|комун|округ|повіт)\w*\s+)?"
    r"((?-i:[А-ЯІЇЄҐ])[\w'’-]*(?:\s+(?-i:[А-ЯІЇЄҐ])[\w'’-]*)?)",
    re.IGNORECASE,
)
_SIGNING_STEM = r"(?:підписа|уклал|уклав|уклад|укласт)"
_WHERE_THE_PARTNER_LIES = (
    r"(?:(?:на|біля|поблизу)\s+(?:березі|узбережжі|кордоні|півночі|півдні|заході|сході)\s+"
    r"(?:[\w'’-]+\s+){1,3}?(?=(?:наша\s+)?громада\s|ми\s))?"
)
"""Where the fronted partner lies, before the owner as subject: "З цим містом на березі затоки громада …"."""
_OWNERS_TIE_AFTER = re.compile(
    r"(?:\s*\([^()]{0,80}\))?,?\s+"
    + _WHERE_THE_PARTNER_LIES
    + r"(?P<subject>(?:наша\s+)?громада\s+|ми\s+|(?:міська|селищна|сільська)\s+рада\s+)?"
    # when: "у 2019 році", "торік", "14 травня 2019 року", "в березні 2024 року" (then maybe "ми")
    r"(?:(?:(?:у|в)\s+\d{4}\s+році|торік|\d{1,2}\s+\w+\s+\d{4}\s+року|(?:у|в)\s+[а-яіїєґ]+\s+\d{4}\s+року)\s+"
    r"(?P<subject_after>ми\s+|(?:наша\s+)?громада\s+)?)?"
    # a plan to sign may stand before the verb: "З X ми (вже) плануємо підписати меморандум"
    r"(?:(?:вже|також|ще|нарешті)\s+)?(?:(?:плану\w*|збира\w*ся|хочемо|хоче|готуємося|готується)\s+)?"
    rf"(?:{DOCUMENT_NOUN}\w*\s+(?:[\w'’-]+\s+){{0,4}}?(?P<verb>{_SIGNING_STEM}\w*)"
    # "ми погодили текст угоди": the document's text agreed, its signing to come
    rf"|(?P<verb_first>{_SIGNING_STEM}\w*|погоди\w*\s+(?:текст|проєкт)\w*)\s+(?:\S+\s+){{0,2}}?{DOCUMENT_NOUN})",
    re.IGNORECASE,
)
_OWNERS_TALKS_AFTER = re.compile(
    r"(?:\s*\([^()]{0,80}\))?(?:\s*,\s*[^,.;:!?]{1,30},)?,?\s+"
    + _WHERE_THE_PARTNER_LIES
    + r"(?:(?P<subject>(?:наша\s+)?(?:громада|ми|(?:міська|селищна|сільська)\s+рада))\s+)?"
    r"(?:(?:вже|також|поки|що|лише|тільки|зараз|нині|наразі|ще)\s+){0,3}"
    # how long the talks have gone on: "вже кілька місяців веде переговори"
    r"(?:(?:кілька|декілька|два|три|\d+|понад|майже|близько)\s+(?:\S+\s+)?(?:місяц|рок|рік|тижн)\w*\s+)?"
    rf"(?:(?(subject){HOLDS_TALKS}|(?!))|(?:на\s+)?{TALKS_GO_ON})",
    re.IGNORECASE,
)
"""After a fronted partner, the owner's talks: "громада (поки лише) веде переговори", or the talks as the
subject or their stage with no other subject ("переговори тривають", "ми поки на стадії перемовин"); an
aside may stand right after the name ("з X, це <регіон>, переговори тривають")."""
_SINGULAR_SIGNED = re.compile(r"(?:підписав|підписала|уклав|уклала)", re.IGNORECASE)
# After a fronted partner, the owner's bond in the first person or as "громада": "ми побратими",
# "маємо меморандум про співпрацю", "громада має угоду", "у нас угода".
_OWNERS_BOND_AFTER = re.compile(
    r"(?:\s*\([^()]{0,80}\))?,?\s+(?:(?:ми|наша\s+громада|громада)\s+(?:вже\s+|давні\s+|офіційні\s+)?"
    r"(?:побратими|партнери)\b|(?:ми\s+)?маємо\s+(?:\S+\s+)?(?:угод|меморандум|договір|договор)"
    r"|(?:наша\s+)?громада\s+має\s+(?:\S+\s+)?(?:угод|меморандум|договір|договор)"
    # "З X у нас угода про партнерство": the verbless "у нас" of an interview
    r"|у\s+нас\s+(?:вже\s+)?(?:є\s+)?(?:\S+\s+)?(?:угод|меморандум|договір|договор)"
    # "З X (з 2024 року) діє угода", "З X нас пов'язує меморандум": the owner's document in force
    r"|(?:(?:з|із|від)\s+\d{4}\s+року\s+|вже\s+|ще\s+)*(?:у\s+(?:нас|громади)\s+)?(?:діє|діють|чинн\w+)\s+"
    r"(?:\S+\s+)?(?:угод|меморандум|договір|договор)"
    rf"|(?:нас|громаду)\s+(?:\S+\s+)?{BINDS}\w*\s+(?:\S+\s+)?"
    r"(?:угод|меморандум|договір|договор|побратимств|партнерств))",
    re.IGNORECASE,
)
_CLAUSE_FRONTED_WITH = re.compile(r",\s+(?:а\s+)?" + _with_a_unit(_FRONTED_UNITS), re.IGNORECASE)


# "ведемо з X переговори про угоду": the talks and what they are about right after the partner.
_TALKS_AFTER = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:тривають|ведуться|ідуть|йдуть|почалися|розпочалися)\s+)?"
    r"(?:переговори|перемовини)\s+(?:про|щодо)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:угод|меморандум|договір|договор|партнерств|побратимств|співпрац)",
    re.IGNORECASE,
)
# "листується з X щодо укладення угоди": letters about a tie to be made are its talks
_CORRESPONDS_BEFORE = re.compile(r"\bлисту\w*ся\s+(?:з|із|зі)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_ABOUT_MAKING_A_TIE_AFTER = re.compile(
    r"[^.;:]{0,60}?\bщодо\s+(?:укладенн|укладанн|підписанн)\w*\s+(?:угод|меморандум|договор)", re.IGNORECASE
)
_A_DOCUMENT_AFTER = re.compile(
    r"\s+(?:(?:текст|проєкт|проект)\w*\s+)?(?:угод|меморандум|договір|договор)\w*\s+(?:про|щодо)\s",
    re.IGNORECASE,
)
_DISCUSSES_WITH = re.compile(
    r"\b(?:обговорю|узгоджу|погоджу|узгоди|погоди)\w*\s+(?:з|із|зі)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
"""A verb of discussing or agreeing right before the partner's "з" ("погодила з X проєкт угоди"): the
document after the partner is in the works."""
_COMMA_AND = [[mark, word] for mark in (",", ")") for word in ("та", "і", "й")]
"""A comma or a bracket closing the entry before, then "та": "з A (Країна) та з B" goes on its list."""
_WITH_WORD = re.compile(r"\b(?:з|із|зі)\s+(?!(?:яким|якою|якими|ким|котрим|котрою)\b)", re.IGNORECASE)
"""A "з" that governs a name, not one that opens a relative clause ("…, з яким уклали меморандум, та з Y")."""
_PARENTHETICAL = re.compile(r",\s*(?:зокрема|наприклад|до\s+речі|зрештою|нагадаємо)\s*,", re.IGNORECASE)
# Between a fronted partner and the subject last: the tie's noun, then (a few words on) its verb.
_TIE_THEN_VERB = re.compile(
    r"\s+(?:угод|договір|договор|меморандум)\w*\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:уклал|уклав|підписал|підписав|скріпил|скріпив)\w*\s+",
    re.IGNORECASE,
)


def _bound_by_a_tie(text: str, ua_run: tuple[int, int], partner_run: tuple[int, int]) -> bool:
    """ "Полтаву з американським Y (, що в штаті Z,) пов'язує угода про побратимство": the side right
    before the "з" that governs the partner, and a verb of binding with the tie as its subject after it."""
    return _side_right_before_its_with(text, ua_run, partner_run) and (
        _BINDS_AFTER.match(text, partner_run[1]) is not None
    )


def _side_right_before_its_with(text: str, ua_run: tuple[int, int], partner_run: tuple[int, int]) -> bool:
    """Nothing but the "з" that governs the partner stands between the side and the partner ("X з Y")."""
    at = governing_preposition(text, partner_run[0], WITH)
    return at is not None and not text[ua_run[1] : at].strip()


def _with_its_partner_then_the_tie(text: str, ua_run: tuple[int, int], partner_run: tuple[int, int]) -> bool:
    """ "X-ська громада з литовським Y підписала угоду", "X з Y співпрацює з 2024 року": the side as the
    subject right before the "з" that governs the partner, then the tie's verb and document (or
    "співпрацює") right after the partner, with no other partner governed after it."""
    if not _side_right_before_its_with(text, ua_run, partner_run):
        return False
    tie = _NEXT_CLAUSES_TIE.match(text, partner_run[1])
    return tie is not None and _ANOTHER_PARTNER_WITH.match(text, tie.end()) is None


_ANOTHER_PARTNER_WITH = re.compile(
    r"[^.;:,!?]*?\b(?:з|із|зі)\s+(?:[а-яіїєґ'’-]+\s+){0,2}?(?-i:[А-ЯІЇЄҐ])", re.IGNORECASE
)
"""A name governed by "з" later in the clause: the partner of the tie, the one before it a co-subject."""


_BINDS_AFTER = re.compile(rf"(?:\s*,[^,.;:]{{0,60}},)?\s+(?:\S+\s+){{0,2}}?{TIE_BINDS}", re.IGNORECASE)
# "Головним партнером громади залишається литовське місто X": the site's partner as the predicate.
HROMADAS_PARTNER_IS = (
    r"\bпартнер(?:ом|ами)\s+(?:нашої\s+)?(?:громади|міста|селища)\s+(?:\S+\s+)?"
    r"(?:є|залишає\w*|стал\w*|став)\s"
)
"""A regex: the hromada's partner named as the predicate, up to the words before the partner."""
# "Наш другий партнер – (країнське) X": the sentence opens with the hromada's partner as its subject and
# a dash for "is", the partner's name after it.
OUR_PARTNER_DASH = re.compile(
    r"\s*(?:наш(?:ий|а|е|і)?\s+)?(?:(?:перш|друг|трет|четверт|п'ят|інш|головн|найближч|найдавніш|давн|нов)"
    r"\w*\s+)?(?:партнер|побратим)(?:ом|ами|и|ка)?\s*[–—]\s*(?:[а-яіїєґ'’-]+\s+){0,2}",
    re.IGNORECASE,
)
_THE_HROMADAS_PARTNER_IS = re.compile(rf"{HROMADAS_PARTNER_IS}\s*(?:[а-яіїєґ'’-]+\s+){{0,3}}$", re.IGNORECASE)
# People who act and the place they come from ("делегація з X", "сусіди з X-щини", "гості з X").
_DELEGATION_FROM = re.compile(
    r"\b(?:делегаці|делегат|гост|сусід|колег|представник|посадовц)\w*\s+(?:з|із|зі)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_SIGNED_BY = re.compile(
    r"\b(?:підписал\w*|уклал\w*|скріпил\w*(?:\s+(?:своїми\s+)?підписами)?|"
    # "підписи (під документами) поставили", "поставили свої підписи (під меморандумом)"
    rf"підписи\s+(?:під\s+(?:[\w'-]+\s+)?(?:документ|{DOCUMENT_NOUN})\w*\s+)?поставил\w*|"
    rf"поставил\w*\s+(?:свої\s+)?підписи(?:\s+під\s+(?:[\w'-]+\s+)?(?:документ|{DOCUMENT_NOUN})\w*)?|"
    r"(?:партнерами|побратимами)\s+стал\w*|стал\w*\s+(?:партнерами|побратимами))"
    # "підписали угоди (про партнерство): …": the documents as the verb's object before the colon
    rf"(?:\s+(?:[\w'-]+\s+)?(?:документ|{DOCUMENT_NOUN})\w*(?:\s+(?:про|щодо)(?:\s+[\w'-]+){{1,2}})?(?=\s*:))?"
    r"(?:\s*,?\s+відповідно(?:\s*,)?)?\s*:?\s*$",  # "підписали, відповідно: …", "…, відповідно, …"
    re.IGNORECASE,
)


def _signers_after_verb(text: str, start: int) -> bool:
    """The pair is one entry of the signers named after the verb ("Документ підписали: голова X та
    мер Y; голова Z та війт W"): only offices and modifiers stand between the verb, or the semicolon
    that ends the entry before, and the entry's first name."""
    head = text[:start]
    entry_start = head.rfind(";") + 1
    words = re.findall(r"[\w'-]+|[^\w\s]", head[entry_start:])
    while words and (_is_filler(words[-1]) or _OFFICE.match(words[-1].lower())):
        words.pop()
    if entry_start:  # a later entry: nothing of its own before it, and the list opened by the verb
        if words:
            return False
        opening = head[: head.find(":") + 1] if ":" in head else ""
        first_entry = head[: head.find(";")]
        return (
            bool(opening and _SIGNED_BY.search(opening))
            or _signers_open_after_the_verb(first_entry)
            or _an_elliptical_entry_of_signers(text, entry_start, first_entry)
        )
    return bool(_SIGNED_BY.search(_ADVERBIALS_AT_END.sub("", " ".join(words))))


_A_SIGNING_VERB = re.compile(r"\b(?:підписал|уклал|скріпил)\w*", re.IGNORECASE)
_SIGNERS_REACH = 5
"""How many words (a date, a place) may stand between a signing verb and the office of its first signer."""


def _signers_open_after_the_verb(first_entry: str) -> bool:
    """The list's first entry opens with the verb and then its first signer's office, no name before it
    ("Документи 23 квітня підписали голова X … та мер Y …"): later entries after ";" sign too."""
    verb = _A_SIGNING_VERB.search(first_entry)
    if verb is None or any(
        not _AN_OBLIQUE_ADJECTIVE.search(name) for name in _CAPITALISED.findall(first_entry, 1, verb.start())
    ):
        return False  # a name before the verb is its subject: "X підписала угоду з Y; …"
    for word in re.findall(r"[\w'-]+", first_entry[verb.end() :])[:_SIGNERS_REACH]:
        if _OFFICE.match(word.lower()):
            return True
        if word[:1].isupper() and not _OFFICES_ADJECTIVE.search(word):
            return False  # a name, not "X-ський (селищний) голова"
    return False


_OFFICES_ADJECTIVE = re.compile(r"(?:ський|цький|зький|ська|цька|зька)$")
_CAPITALISED = re.compile(r"\b[А-ЯІЇЄҐ][\w'’-]*")
_AN_OBLIQUE_ADJECTIVE = re.compile(r"(?:ського|цького|зького|ської|цької|зької|ському|цькому|ській|цькій)$")
"""A capitalised adjective in an oblique case ("у залі X-ського управління"): where, never a subject."""


_A_TOWNS_UNIT = r"(?:(?:міста|містечка|ґміни|гміни|громади|муніципалітету|комуни|общини)\s+)?"
_WE_WITH_A_FOREIGN_HEAD = re.compile(
    rf"\bми\s+(?:разом\s+)?(?:з|із|зі)\s+(?:(?:{TOWN_HEAD}|старостою)\s+"
    rf"{_A_TOWNS_UNIT}(?:[а-яіїєґ'’]+(?:ського|цького|зького)\s+)?{_A_TOWNS_UNIT}"
    r"|(?:[а-яіїєґ'’]+(?:ським|цьким|зьким)\s+)?(?:(?:містом|ґміною|гміною|муніципалітетом|громадою)\s+)?)$",
    re.IGNORECASE,
)
"""The owner in the first person with a foreign head, right before his town, or with the town itself: "ми
з примарем (румунського) міста X", "ми з (польським) X-ом"."""
_WE_SIGNED_AFTER = re.compile(
    r"[\w'’-]*(?:\s+(?-i:[А-ЯІЇЄҐ])[\w'’-]+){0,2}\s+(?:\S+\s+){0,2}?(?:підписали|уклали|скріпили)\b",
    re.IGNORECASE,
)


def _an_elliptical_entry_of_signers(text: str, entry_start: int, first_entry: str) -> bool:
    """A later entry whose two signers a dash parts from their document, the dash standing for the first
    entry's signing verb ("A та мер X підписали угоду; B та мер Y – меморандум про наміри")."""
    end = text.find(";", entry_start)
    entry = text[entry_start : end if end != -1 else len(text)]
    return (
        _A_SIGNING_VERB.search(first_entry) is not None and _DOCUMENT_AFTER_A_DASH.search(entry) is not None
    )


_DOCUMENT_AFTER_A_DASH = re.compile(rf"\s[–—]\s+(?:[\w'’-]+\s+)?(?:{DOCUMENT_NOUN}|протокол)", re.IGNORECASE)


# When and where, between a signing verb and its signers: "12 травня", "у 2025 році", "в залі засідань
# селищної ради", "під час форуму".
_ADVERBIALS_AT_END = re.compile(
    r"(?:\s+(?:\d{1,2}\s+[а-яіїєґ]+(?:\s+\d{4}\s+року)?|(?:у|в)\s+\d{4}\s+році|"
    r"(?:у|в|на|під\s+час)(?:\s+[а-яіїєґ'’-]+){0,3}\s+[А-ЯІЇЄҐа-яіїєґ'’-][а-яіїєґ'’-]*))+\s*$"
)


_GENITIVE_MODIFIER = re.compile(
    r"^(?:міста|містечка|громади|ґміни|гміни|муніципалітету|округу|району|повіту|регіону|села|селища|"
    r"міст|громад|ґмін|гмін|міст-\w+|[а-яіїєґ'-]+(?:ого|ої))$",
    re.IGNORECASE,
)


def _from_not_with(text: str, start: int) -> bool:
    """ "з польського міста X" says where someone comes from (the genitive), not who the tie is with
    (the instrumental: "з польським містом X"), unless a relative clause ties the place itself
    ("з міста X, з яким підписали")."""
    words = _words_before(text, start, 6)
    at = max((i for i, word in enumerate(words) if word.lower() in WITH), default=None)
    if at is None or at + 1 >= len(words) or not _GENITIVE_MODIFIER.match(words[at + 1]):
        return False
    return not (_relative_tie(text, start) or _OUR_TWINS_FROM.search(text, max(0, start - 80), start))


_TWINS_FROM = re.compile(
    r"\bпобратим(?:и|ів|ам|ами|ах)\s+(?:з|із|зі)\s+(?:[а-яіїєґ'’-]+\s+){0,2}$", re.IGNORECASE
)


def _comrades_from(text: str, run: tuple[int, int]) -> bool:
    """ "побратимів із X" as people: the subject's own ("своїх побратимів із X") or ones a relative
    clause says fought or fell ("…, які загинули"), not the site's twin town."""
    head = text[max(0, run[0] - 80) : run[0]]
    if not _TWINS_FROM.search(head):
        return False
    return bool(_THEIR_OWN_TWINS_FROM.search(head) or _FOUGHT_AFTER.match(text, run[1]))


_THEIR_OWN_TWINS_FROM = re.compile(
    r"\bсво\w+\s+(?:[а-яіїєґ'’-]+\s+)?побратим\w*\s+(?:з|із|зі)\s+(?:[а-яіїєґ'’-]+\s+){0,2}$", re.IGNORECASE
)
_FOUGHT_AFTER = re.compile(
    r"[^.;!?]{0,80}?,\s*(?:які|що)\s+(?:[а-яіїєґ'’-]+\s+)?(?:загину|загибл|полягл|воюю|воював|воювал|служа|служил|"
    r"захища|захищал)",
    re.IGNORECASE,
)

# "наші побратими з польського (міста) X": our twins who come from X; their town is the twin (a place
# adjective before it, so that fellow soldiers "з бригади" are not).
OUR_TWINS_FROM = (
    r"\bнаш\w*\s+(?:давн\w*\s+)?побратим\w*\s+(?:з|із|зі)\s+[а-яіїєґ']+(?:ськ|цьк|зьк)\w+\s+(?:міст\w+\s+)?"
)
_OUR_TWINS_FROM = re.compile(OUR_TWINS_FROM + "$", re.IGNORECASE)
_RELATIVE_TIE = re.compile(r"^[^,.;]{0,40}?,\s*(?:з|із)\s+як(?:им|ою|ими)\b", re.IGNORECASE)


def _tie_word_before_with(
    text: str, start: int, verbs: bool = False, other: tuple[int, int] | None = None
) -> bool:
    """ "співпраця з X", "угоду про партнерство з містом X", "переговори з X": the word for the tie
    stands right before the "з" that governs the name (a few words, in the same clause), not just
    anywhere in the sentence; or a relative clause after the name names it ("X, з яким ... побратимство").
    With ``verbs``, a signing verb there counts too ("підписав з мером X"). The other side's own name
    may stand between, in the genitive ("співпраця X з Y")."""
    at = governing_preposition(text, start, WITH)
    if at is None:
        return False
    offset = max(0, at - 80)
    # "уклала 12 червня 2025 року з X", "підписала у 2024 році з X": a date is an aside (blanked, so
    # the other side's offsets hold)
    window = _DATE_PHRASE.sub(lambda date: " " * len(date.group(0)), text[offset:at])
    found = [
        m
        for m in re.finditer(r"[\w'-]+|[,;:—–()]", window)
        if other is None or not other[0] <= offset + m.start() < other[1]
    ]
    words = [m.group(0) for m in found][-4:]
    if len(words) >= 2 and words[-1] in "—–" and TIE_OR_BOND_WORD.fullmatch(words[-2]):
        return True  # "Перша угода — з X, її підписали …": the dash says what the tie's noun is with
    if words and words[-1] in "—–":
        # "..., а Y – з X": the dash stands for the verb of the clause before, unless the clause has its own;
        # that clause's own "з" must be a tie's ("передали благодійники з A, а обладнання — з X": donors)
        if verb_later_in_clause(text, start):
            return False
        clause_start = max(0, at - 150, text.rfind(":", 0, at) + 1, text.rfind(";", 0, at) + 1)
        earlier = list(_WITH_WORD.finditer(text, clause_start, at))  # in this list item: not before its colon
        return not earlier or any(_tie_word_before_with(text, e.end(), verbs, other) for e in earlier)
    if [word.lower() for word in words[-3:]] == [",", "а", "також"]:
        return True  # "… уклала угоду з A, а також з B": the clause before governs this "з" too
    if [word.lower() for word in words[-2:]] in _COMMA_AND:
        # "має угоди з A, підписану у 2023 році, та з B": coordinated with an earlier "з" of the tie
        earlier = list(_WITH_WORD.finditer(text, max(0, at - 150), at))
        return bool(earlier) and _tie_word_before_with(text, earlier[-1].end(), verbs, other)
    if len(words) >= 2 and words[-1] == ":" and TIE_OR_BOND_WORD.fullmatch(words[-2]):
        return True  # "має три угоди про партнерство: з A, B і C": the tie word before the colon
    for word in reversed(words):
        if word in ",;:—–()" or word.lower() in WITH:
            break  # "співпраця з делегацією з X": X is where the delegation comes from
        if _PARTNERS_FROM.match(word):
            break  # "з партнерами з X": people from X, not a tie with X (nor with a country)
        if TIE_OR_BOND_WORD.fullmatch(word) or (verbs and TIE_VERB.fullmatch(word)):
            return True
        if not (_is_filler(word) or word.lower() in _LINKING or _DOCUMENT_TOPIC.match(word)):
            break  # "долучилися підприємці з X": another word governs the "з"
    return _relative_tie(text, start)


_DATE_PHRASE = re.compile(
    rf"\b(?:(?:у|в|з|від)\s+)?(?:\d{{1,2}}\s+{MONTH_WORD}\s+|{MONTH_WORD}\s+)?\d{{4}}\s+(?:року|році)\b"
    rf"|\b\d{{1,2}}\s+{MONTH_WORD}"
    # "уклала в липні з X": a month alone, in the locative
    r"|\b(?:у|в)\s+(?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні)\b",
    re.IGNORECASE,
)
_LINKING = frozenset(
    {"про", "щодо", "та", "і", "й", "ще", "вже", "також", "лише", "тільки", "саме", "навіть"}
)
# What a document is "про" besides the tie itself: "меморандум про взаєморозуміння з X".
_DOCUMENT_TOPIC = re.compile(
    r"^(?:взаєморозумінн\w*|порозумінн\w*|намір\w*|добросусідств\w*|взаємодопомог\w*|взаємоді\w*)$",
    re.IGNORECASE,
)


_PARTNERS_FROM = re.compile(r"^партнер(?:и|ів|ами|ам|ах)$", re.IGNORECASE)


def _relative_tie(text: str, start: int) -> bool:
    clause = _RELATIVE_TIE.match(text[start : start + 160])
    return clause is not None and bool(TIE_OR_BOND_WORD.search(text[start + clause.end() : start + 160]))


def _genitive_side_after_tie_noun(text: str, run: tuple[int, int]) -> bool:
    """The side stands right after a noun for the tie ("співпраця X з Y"), with only modifiers between."""
    for word in reversed(_words_before(text, run[0], 3)):
        if DOCUMENT_NOUN_WORD.match(word):
            return True
        if not _is_filler(word.lower()):
            return False
    return False


# ", з яким/якою/якими <the clause's words> <a word for a tie>", the clause without a name of its own.
_RELATIVE_CLAUSE = re.compile(
    r"^[^,.;()]{0,40}?(?:\([^()]{0,40}\))?\s*,\s*(?:з|із)\s+як(?:им|ою|ими)\b(?P<clause>[^,.;]{0,100})",
    re.IGNORECASE,
)


_TIED_IN_ITS_RELATIVE = re.compile(r"[^\s,.;]*(?:\s*\([^()]{0,60}\))?,\s*(?:з|із)\s+(?:яким|якою|якими)\s+")
"""The partner's relative clause opening before the Ukrainian side: "Y, з яким X …"."""
_BINDS_AFTER_A_NAME = re.compile(rf"[^\s,.;]*\s+(?:{TIE_BINDS})")
_IT_IS_BOUND_WITH = re.compile(
    rf"[^\s,.;]*(?:\s*\([^()]{{0,60}}\))?,\s*(?:яке|який|яку|які)\s+(?:\S+\s+){{0,4}}?{BINDS}\w*\s+"
    r"(?:з|із|зі)\s+(?:[а-яіїєґ'’-]+\s+)?",
    re.IGNORECASE,
)
"""The partner's relative clause with the partner as the object of a verb of binding, the Ukrainian side
after "з": "Y, яке (з 2017 року) пов'язує з X …"."""
_A_TIE_AS_SUBJECT_AFTER = re.compile(
    r"[^\s,.;]*\s+(?:\S+\s+)?(?:угод|договір|договор|меморандум|побратимств|партнерств|дружб)", re.IGNORECASE
)
"""The tie that binds, as the clause's subject right after the Ukrainian side ("… з X угода про …")."""


def _relative_clause_tie(text: str, start: int) -> bool:
    """A relative clause right after the partner names the tie with the sentence's subject: "… Y, з
    яким громада має угоду про партнерство". A clause that names a subject of its own does not."""
    found = _RELATIVE_CLAUSE.match(text[start : start + 200])
    if found is None:
        return False
    clause = found.group("clause")
    tie = TIE_OR_BOND_WORD.search(clause)
    if tie is None or not TIE_WORD.search(tie.group(0)):
        return False  # a bond word alone ("зв'язки") is too weak without a verb of its own
    return not re.search(r"(?<![.!?]\s)\b[А-ЯІЇЄҐA-Z][\w'’-]+", clause[: tie.start()])


def _another_name_between(gap: str) -> bool:
    """ "між A та B, C ...": a third name after the pair's second side is outside the pair; the gap
    between the two sides holds only the rest of the first name, modifiers and the conjunction."""
    gap = re.sub(r"\([^()]{0,80}\)", " ", gap)
    gap = re.sub(r"^[\w'-]*", "", gap)
    gap = _ITS_RAION_OR_OBLAST.sub(" ", gap)  # "між X-ською громадою Y-ського району та Z": X's own raion
    gap = _A_COUNCIL_OF_THE_TOWN_IN_BRACKETS.sub(" ", gap)  # "та Y-ською міською радою (м. Y": Y's council
    return bool(re.search(r"\b[А-ЯІЇЄҐA-Z]", gap))


_A_STOP = re.compile(r"(?<![\s(]м)(?<![\s(]с)[.;]")
"""A full stop or a semicolon between two sides; not the dot of "м." or "с." before a town's name."""
_A_COUNCIL_OF_THE_TOWN_IN_BRACKETS = re.compile(
    r"[А-ЯІЇЄҐ][\w'’-]+(?:ськ|цьк|зьк)(?:ою|ої|а)\s+(?:міськ\w+\s+)?(?:рад\w*|мері\w*|магістрат\w*)\s*"
    r"\(\s*(?:м\.|міст[оа])\s*$"
)
"""A foreign council named by its town's adjective, the town itself in the bracket that follows."""


_ITS_RAION_OR_OBLAST = re.compile(
    r"\b[А-ЯІЇЄҐ][\w'’-]+(?:ого|ої)\s+(?:району|області)\b|\b(?:з|із)?\s*[А-ЯІЇЄҐ][\w'’-]+(?:щини|ччини)\b"
)


def _one_list_of_three(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """ "між A, B та C": the first side, a comma, and a run of two names joined by a conjunction are one
    list of three parties (a trilateral document), not the pair "між A та B" with C after it."""
    return bool(
        re.fullmatch(r"\s*,\s*(?:[а-яіїєґ'’-]+\s+){0,3}", text[first[1] : second[0]])
        and re.fullmatch(r"[^,.;:]+?\s(?:та|і|й)\s[^,.;:]+[.,;:]?", text[second[0] : second[1]])
    )


def _listed_after_comma(
    text: str,
    first: tuple[int, int],
    second: tuple[int, int],
    ua_run: tuple[int, int],
    own: tuple[int | None, int] | None,
) -> bool:
    """ "між A та B, C ...": C, joined by a comma after the pair, is not a side of "між"."""
    if own is None:
        return False
    ua_at, partner_at = own
    name_at = ua_at if second == ua_run else partner_at
    if name_at is None:
        return False
    return "," in re.sub(r"\([^()]{0,80}\)", " ", text[first[1] : name_at])


_A_PROJECTS_PARTNER = re.compile(
    r"\b(?:провідн\w*|ведуч\w*|асоційован\w*)\s+партнер|\bконсорціум\w*\s*:?\s*(?:[\w'’-]+\s+){0,2}партнер"
    r"|\bпартнер\w*\s+(?:\S+\s+)?(?:проєкту|проекту|консорціуму)\b",
    re.IGNORECASE,
)
"""A partner in a project's consortium ("провідний партнер", "партнер проєкту"): no tie between towns."""


def _appositive_before(text: str, start: int, other: tuple[int, int] | None) -> bool:
    """A twin word right before ``start`` ("місто-побратим Y"). After a comma the phrase describes the
    name before the comma ("X, міста-побратима Y"): then that name must be the other side (and with
    no other side named, the site's own hromada, there must be no such name)."""
    window = max(0, start - 60)
    found = APPOSITIVE.search(text[window:start])
    if found is None:
        return False
    if _A_PROJECTS_PARTNER.search(text, max(0, window + found.start() - 40), window + found.end()):
        return False  # "консорціум: провідний партнер — місто Y": a partner in a project, no twin
    holder = _HOLDER_BEFORE_COMMA.search(text[: window + found.start()])
    subject = next(
        (m for p in _SUBJECT_OF_THE_TWIN_WORD if (m := p.search(text, 0, window + found.start()))), None
    )
    if subject and (other is None or not other[0] <= subject.start(1) < max(other[1], other[0] + 1)):
        return False  # "X, своєю чергою, є партнером A, B": the twins of X, a name that is not this side
    if other is None:
        return holder is None and not THEIR_BEFORE.search(text, 0, window + found.start())
    if _OURS_BEFORE.search(text, 0, window + found.start()):
        return False  # "наш партнер Y": the site's own twin, not that of a hromada the sentence names
    their = THEIR_BEFORE.search(text, 0, window + found.start())
    if their and not _refers_to(text, their, other):
        return False  # "A та його побратим Y … у X": A's twin, not that of a side named elsewhere
    return holder is None or other[0] <= holder.start(1) < max(other[1], other[0] + 1)


# "X є нашим містом-партнером", "X – наш побратим": the partner said to be the site's own.
_OURS_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:[–—]\s*|є\s+)наш(?:им|е|ого|а|ою|ий)?\s+(?:(?-i:[а-яіїєґ'’]+)\s+)?"
    r"(?:міст\w*-)?(?:побратим|партнер)"  # "X – наш (надійний) партнер"
    # "X (уже багато років / з 2015 року) є побратимом нашої громади": the partner as the subject
    r"|(?:[\w'’-]+\s+){0,4}?(?:є|став|стало|стала|залишається)\s+(?:\w+\s+)?(?:міст\w*-)?(?:побратим|партнер)\w*"
    r"\s+наш(?:ої|ого)\s+(?:громади|міста|селища|села)"
    # "делегація з X – міста-партнера нашої громади": an apposition that says whose partner X is
    r"|\s*[–—,]\s*(?:давн\w*\s+|офіційн\w*\s+)?міст\w*-(?:побратим|партнер)\w*\s+наш(?:ої|ого)\s+"
    r"(?:громади|міста|селища|села))",
    re.IGNORECASE,
)


# "Y, з яким наша громада має угоду", "Y – місто в Z, з яким ми уклали меморандум", "Y, угоду з яким
# підписано у 2017 році": a relative clause after the partner (or after its apposition) whose subject is
# the hromada itself (or none), or a hromada named there ("Y, угоду з яким X підписала"), with a tie
# and a verb of having or making it.
_RELATIVE_OPENING = (
    # where the partner comes from, before an apposition: "X з Y-ського краю – наш партнер, з яким …"
    r"(?:\s*\([^()]{0,60}\))?(?:\s+(?:з|із)\s+[\w'’-]+\s+(?:краю|регіону|воєводства|повіту|округу|землі|області))?"
    r"(?:\s*[–—]\s*[^,.;:()–—]{0,80})?"
    # where the partner lies, before the clause: "X у Y-ському воєводстві, з яким …"
    r"(?:\s+(?:в|у|на)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})?\s*,\s*"
    rf"(?P<noun>{DOCUMENT_NOUN}\w*\s+(?:[\w'’-]+\s+){{0,3}}?)?(?:з|із|зі)\s+(?:яким|якою|якими)\s+"
    r"(?:(?!наш|громад|ми\b|рада\b)[\w'’-]+\s+){0,3}?"
)
_HAVING_OR_MAKING = (
    # maybe when, first: "… громада ще у <рік> році уклала меморандум"
    # ("у 2019 році", "в жовтні 2019 року", "в жовтні минулого року")
    r"\s+(?:(?:ще|вже)\s+)?(?:(?:у|в)\s+(?:[а-яіїєґ'’]+\s+)?(?:\d{4}\s+(?:році|року|р\.)|"
    r"(?:минулого|позаминулого|цього|поточного)\s+року)\s+)?"
    # then a few words ("торік у вересні"), and the verb; "пов'язана угодою": bound by the document
    r"(?:[\w'’-]+\s+){0,3}?(?:ма(?:є|ємо|ють)|уклал\w*|уклав|підписал\w*|підписав|пов['’]язан\w*)"
    # the document's noun after the verb, unless it came first
    rf"(?(noun)|\s+(?:[\w'’-]+\s+){{0,3}}?{DOCUMENT_NOUN})"
)
_OWNERS_RELATIVE_TIE = re.compile(
    _RELATIVE_OPENING
    + r"(?:(?:(?:наша\s+)?громада|ми|(?:наша\s+)?(?:міська|селищна|сільська)\s+рада)"
    + _HAVING_OR_MAKING
    + rf"|(?:підписано|укладено)(?(noun)|\s+(?:[\w'’-]+\s+){{0,3}}?{DOCUMENT_NOUN}))",
    re.IGNORECASE,
)
_RELATIVE_BEFORE_ITS_SUBJECT = re.compile(_RELATIVE_OPENING, re.IGNORECASE)
# "Другий – Y: з ними торік ми підписали меморандум": after a colon or dash, "з ним(и)" takes the partner up
# again, with the hromada itself as the subject that makes or has the tie.
_OWNERS_TIE_BY_A_PRONOUN = re.compile(
    rf"\s*[:–—]\s*(?P<noun>{DOCUMENT_NOUN}\w*\s+(?:[\w'’-]+\s+){{0,3}}?)?(?:з|із|зі)\s+(?:ним|нею|ними)\s+"
    r"(?:(?!наш|громад|ми\b|рада\b)[\w'’-]+\s+){0,4}?(?:(?:наша\s+)?громада|ми)" + _HAVING_OR_MAKING,
    re.IGNORECASE,
)
_HAVING_OR_MAKING_AFTER = re.compile(r"(?P<noun>)" + _HAVING_OR_MAKING, re.IGNORECASE)


def _named_in_a_relative_tie(text: str, ua_run: tuple[int, int], partner_run: tuple[int, int]) -> bool:
    """ "Y, угоду про співпрацю з яким X підписала у 2008 році": the hromada named as the subject of a
    relative clause after the partner that makes or has the tie (the tie noun before "з яким" or after
    the verb)."""
    if ua_run[0] < partner_run[1]:
        return False
    opening = _RELATIVE_BEFORE_ITS_SUBJECT.fullmatch(text, partner_run[1], ua_run[0])
    if opening is None:
        return False
    verb = _HAVING_OR_MAKING_AFTER.match(text, ua_run[1])
    if verb is None:
        return False
    return (
        bool(opening.group("noun"))
        or re.search(DOCUMENT_NOUN, text[verb.end() : verb.end() + 60], re.I) is not None
    )


_OURS_BEFORE = re.compile(r"\bнаш\w*\s+(?:[а-яіїєґ'’-]+\s+){0,2}$", re.IGNORECASE)

# "X є партнером …", "X, у свою чергу, є побратимом …", "X, яке є побратимом …": the name whose twin
# word follows "є" (through a relative pronoun, the name it stands for).
_SUBJECT_WITH_COPULA = re.compile(
    r"([А-ЯІЇЄҐA-Z][\w'’-]*)(?:\s*,\s*(?:який|яке|яка|які|що))?"
    r"(?:\s*,\s*" + AN_ASIDE + r"\s*,)?"
    r"\s+(?:теж\s+|також\s+|вже\s+|давно\s+)?є\s+$"
)

# "X – не лише партнер Y, а й побратим …": the twin word after "а й" is still said of X.
_NOT_ONLY_BUT_ALSO = re.compile(
    r"([А-ЯІЇЄҐA-Z][\w'’-]*)\s+[–—]\s+не\s+(?:лише|тільки)\b[^.;]*?\s(?:а|але)\s+(?:й|і|також|ще\s+й)\s+"
    r"(?:[\w'’-]+\s+)?$"
)

# "X – давній партнер …", "X – не лише партнер …": a dash stands for the copula.
_DASH_COPULA = re.compile(
    r"([А-ЯІЇЄҐA-Z][\w'’-]*)\s+[–—]\s+(?:не\s+(?:лише|тільки)\s+)?(?:[а-яіїєґ'’-]+\s+){0,2}$"
)
# "X (громада) має (ще й) домашнього партнера – …": the twin word as the object of the name's "має".
_SUBJECT_THAT_HAS = re.compile(
    r"([А-ЯІЇЄҐA-Z][\w'’-]*)(?:\s+(?:міськ\w*|селищн\w*|сільськ\w*))?(?:\s+(?:громада|рада|ОТГ))?"
    r"\s+(?:теж\s+|також\s+|вже\s+|ще\s+й\s+)?(?:має|мала|мають|мали)\s+(?:(?-i:[а-яіїєґ'’-]+)\s+){0,2}$"
)
_SUBJECT_OF_THE_TWIN_WORD = (_SUBJECT_WITH_COPULA, _NOT_ONLY_BUT_ALSO, _DASH_COPULA, _SUBJECT_THAT_HAS)

# "у їхньому угорському місті-побратимі": a twin of those the sentence speaks of, not of the site's.
THEIR_BEFORE = re.compile(r"\b(?:їхн\w*|його|її)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
"""A possessive pronoun (and a word) right before: "їхньому місту-побратиму", "серед його побратимів"."""


def _refers_to(text: str, pronoun: re.Match[str], side: tuple[int, int]) -> bool:
    """A possessive pronoun ("його", "її", "їхній") before a twin word stands for the side: the side is
    named before it, with no other name between them."""
    if side[1] > pronoun.start():
        return False
    return not re.search(r"\b[А-ЯІЇЄҐA-Z]", text[side[1] : pronoun.start()])


# The name an appositive after a comma describes: "Торуня, міста-побратима …".
_HOLDER_BEFORE_COMMA = re.compile(
    r"(?!(?:Нагадаємо|Нагадуємо|Довідково|Отже|Зокрема|Водночас|Також|Наразі|Загалом|Відтак)\s*,)"
    r"([А-ЯІЇЄҐA-Z][\w'’-]*)\s*,\s*(?:[а-яіїєґ'’]+(?:ськ|цьк|зьк)[а-яіїєґ]*\s+)?$"
)
"""A name right before a comma, maybe with a place adjective after it ("X, французькому місту-побратиму
Y"); not a word that opens a sentence as an aside ("Нагадаємо, …")."""


_A_REGIONS_NAME_OPENS = re.compile(
    r"\b(?:регіон(?:у|ом|і|и|ів|ами|ах)?|провінці(?:я|ї|єю|ю)|департамент(?:у|ом|і)?|округ(?:у|ом|і)?|"
    r"воєводств(?:о|а|ом|і)|графств(?:о|а|ом|і)|кантон(?:у|ом|і)?|земл(?:я|і|ею|ю))\s+$",
    re.IGNORECASE,
)
"""A foreign region's head noun before a name: a dash after that name joins parts of the region's own
name ("регіоном Центр — Долина Луари"), not two sides."""

# What lies between two towns without tying them: a route, a vehicle, a distance, a border, a match.
# (Lower case: a name that begins like one of them, "Дорогуськ", is no such word.)
_ROUTE_WORD = re.compile(
    r"\b(?:маршрут\w*|рейс\w*|трас[аиоуі]|сполученн\w*|автобус\w*|поїзд\w*|потяг\w*|експрес\w*|"
    r"електричк\w*|пором\w*|авіарейс\w*|відстан[ьіню]\w*|кордон\w*|дорог(?:а|и|у|ою|і)|шосе|"
    r"залізниц\w*|колі[яїює]\w*|матч\w*|перевезенн\w*|перевізник\w*)\b"
)
_A_CROSSING = re.compile(r"\b(?:мост\w*|переправ\w*|тунел\w*)\b")
_RELATION_WORD = re.compile(r"\b(?:співпрац|партнер|побрат|дружб|поріднен|меморандум)\w*", re.IGNORECASE)


def _between_on_a_route(text: str, between_at: int) -> bool:
    """ "між X і Y" that tells of a route, a vehicle or a distance, not of a tie: a word for one right
    before "між" ("відстань між X і Y"), or in the clause "між" opens with no word for a tie ("Між X і Y
    запустять автобус", "Між X і Y підписали угоду про відновлення поїзда")."""
    if _ROUTE_WORD.search(" ".join(_words_before(text, between_at, 2)).lower()):
        return True
    if _A_CROSSING.search(" ".join(_words_before(text, between_at, 4)).lower()):
        return True  # "на мосту через річку між X і Y": the ends of a crossing
    clause_end = re.search(r"[,:;.!?]|$", text[between_at:]).start() + between_at
    clause = text[between_at:clause_end]
    return bool(_ROUTE_WORD.search(clause)) and not _RELATION_WORD.search(clause)


# After a dash pair, a colon and the bodies that acted: "X – Y: бібліотеки двох міст підписали …".
_OTHER_PARTIES_SIGNED = re.compile(rf"\s*:\s*(?:[а-яіїєґ'’-]+\s+)?(?:{OTHER_PARTY})\b", re.IGNORECASE)
# A clause of its own opens between two names: an apposition ("партнером X став Y") does not reach across it.
_ANOTHER_CLAUSE = re.compile(r",\s+(?:хоча|ніж|бо|адже|оскільки|тоді\s+як|проте|однак|але|а\s+не)\b")


def _an_agreement_listed_after_the_side(text: str, ua_run: tuple[int, int], partner_start: int) -> bool:
    """ "X має чинні угоди: — угода з A; — угода з B": the partner stands in an entry of a list of
    agreements that a colon after the side opens, the entries parted by semicolons."""
    colon = text.find(":", ua_run[1], partner_start)
    if colon == -1 or ";" in text[ua_run[1] : colon]:
        return False
    entry = text[text.rfind(";", 0, partner_start) + 1 : partner_start]
    return bool(_AGREEMENT_ENTRY.match(entry))


_AGREEMENT_ENTRY = re.compile(rf"\s*[—–•-]?\s*{DOCUMENT_NOUN}\w*\s", re.IGNORECASE)


def _in_a_clause_of_someone_else(text: str, ua_run: tuple[int, int], partner_run: tuple[int, int]) -> bool:
    """The partner, after the side, stands in a clause of another subject: one named with a dash after it
    (", Y — лист про наміри з Z", ", а Y-щина — з Z"), or with a finite verb after it (", Y готується до
    угоди з Z"); or the side is itself the object of "з" in the instrumental, the partner after a comma
    ("A співпрацює з Y-ською громадою …, а … від міста Z": Y is A's partner; "делегація з Y-щини …, де
    підписала угоду з Z", the genitive, is Y's own act)."""
    if partner_run[0] < ua_run[1] or _RELATIVE_OF_THE_SIDE.match(text, ua_run[1], partner_run[0]):
        return False  # "… з Y-ською громадою, яка має угоду з Z": Y's own relative clause
    if _A_SUBJECT_OF_ITS_OWN_BEFORE_A_DASH.search(
        text, ua_run[1], partner_run[0]
    ) or _A_SUBJECT_OF_ITS_OWN_WITH_AFTER_A_DASH.search(text, ua_run[1], partner_run[0]):
        return True
    if "," not in text[ua_run[1] : partner_run[0]]:
        return False
    return a_named_subject_between(text, ua_run[1], partner_run[0]) or bool(
        _WITH_RIGHT_BEFORE.search(text, max(0, ua_run[0] - 5), ua_run[0])
        and _INSTRUMENTAL_END.search(text, ua_run[0], ua_run[1])
    )


def _the_domestic_partner_of_a_later_clause(
    text: str, partner_run: tuple[int, int], ua_run: tuple[int, int]
) -> bool:
    """The hromada, after the partner, is the object of "з" in a clause of its own whose subject is a
    hromada or its council (", а громада підписала угоду з Z", ", а X-ська громада уклала угоду з Z"):
    Z is that subject's domestic partner, no side of the partner before it."""
    if partner_run[1] > ua_run[0] or not _WITH_RIGHT_BEFORE.search(text, max(0, ua_run[0] - 5), ua_run[0]):
        return False
    if not _INSTRUMENTAL_END.search(text, ua_run[0], ua_run[1]):
        return False
    found = _A_HROMADA_SUBJECT_OF_ITS_OWN.search(text, partner_run[1], ua_run[0])
    return found is not None and has_finite_verb(found.group("rest"))


_A_HROMADA_SUBJECT_OF_ITS_OWN = re.compile(
    r",\s+(?:а|і|й|та)\s+(?:(?:наша|наш)\s+|(?-i:[А-ЯІЇЄҐ])[\w'’-]*(?:ська|цька|зька)\s+)?"
    r"(?:(?:міська|селищна|сільська)\s+)?(?:громада|ми|(?:міськ|селищн|сільськ)\w+\s+рада)\s+"
    r"(?P<rest>[^,;.]{0,60})\s(?:з|із|зі)\s+$",
    re.IGNORECASE,
)


# Between two objects of one "з": where the first lies, a conjunction, and the second's modifiers.
_COORDINATED_AFTER = re.compile(
    r"(?:\s+(?:на|в|у)\s+[А-ЯІЇЄҐ][\w'’-]+(?:\s+област[іи])?)?\s*(?:,\s*|\s+)(?:та|і|й)\s+"
    r"(?:(?-i:[а-яіїєґ'’-]+)\s+){0,3}"
)
# "A допомагає B, " right before a dash pair: a clause of two names and the verb between them.
_CLAUSE_OF_TWO_NAMES = re.compile(
    r"[А-ЯІЇЄҐ][\w'’-]+\s+(?P<verb>[а-яіїєґ'’]+)\s+[А-ЯІЇЄҐ][\w'’-]+\s*,\s*(?:а\s+|і\s+|й\s+)?$"
)


def _an_ellipsis_of_another_act(text: str, start: int) -> bool:
    """A dash pair right after a clause of two names and a verb that makes no tie ("A допомагає B,
    X — Y"): the dash stands for that verb, so the pair is helped or funded, not tied."""
    clause = _CLAUSE_OF_TWO_NAMES.search(text, max(0, start - 80), start)
    if clause is not None:
        verb = clause.group("verb")
        return has_finite_verb(verb) and not (TIE_VERB.match(verb) or TIE_OR_BOND_WORD.search(verb))
    if not _AND_BEFORE.search(text, max(0, start - 8), start):
        return False
    before = text[
        max(text.rfind(".", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start)) + 1 : start
    ]
    # "A провела зустріч з B, а X — з Y": a clause of a meeting, no tie, talks or document of its own
    return has_finite_verb(before) and not (
        TIE_VERB.search(before)
        or TIE_OR_BOND_WORD.search(before)
        or _TALKS_OR_AGREEING.search(before)
        or re.search(DOCUMENT_NOUN, before, re.IGNORECASE)
    )


_AND_BEFORE = re.compile(r",\s+(?:а|і|й|та)\s+$")
_TALKS_OR_AGREEING = re.compile(r"переговор|перемовин|консультаці|обговор|домовл|домовил", re.IGNORECASE)


def link_of(
    text: str,
    ua_run: tuple[int, int] | None,
    partner_run: tuple[int, int],
    position: tuple[int, int] | None = None,
    dash: bool = False,
    own: tuple[int | None, int] | None = None,
) -> Link | None:
    """How the sentence ``text`` ties a Ukrainian side to a partner, or None when it does not.

    ``ua_run`` and ``partner_run`` are the (start, end) of the lists each side stands in (None for a
    hromada the sentence does not name: the site's owner); ``position`` is (index in the Ukrainian
    list, index in the partner list) for lists that may pair by position; ``dash`` says a spaced dash
    joins the two lists; ``own`` is where the two names themselves start (Ukrainian, partner).
    """
    if position is None and ua_run is not None:
        # "…, відповідно з X та Y, а C – з Z": C's own clause, read without the word that paired the lists
        text = without_respectively_before(text, min(ua_run[0], partner_run[0]))
    if ua_run is not None and partner_run[1] <= ua_run[0] and _listed_as_domestic_partners(text, ua_run[0]):
        return None  # "має угоди з X (Країна) та двома українськими громадами – A (Y-щина) і B": partners
    if (
        ua_run is not None
        and ua_run[1] <= partner_run[0]
        and governed_by(text, ua_run[0], WITH)
        and _COORDINATED_AFTER.fullmatch(text, ua_run[1], partner_run[0])
    ):
        return None  # "підписала угоди із X на Y-щині та словацьким містом Z": two partners of one subject
    if dash:
        end = max(partner_run[1], ua_run[1] if ua_run else 0)
        if _OTHER_PARTIES_SIGNED.match(text, end):
            return None  # "X – Y: медики підписали меморандум": the hospitals' tie, not the towns'
        start = min(partner_run[0], ua_run[0] if ua_run else partner_run[0])
        before = " ".join(_words_before(text, start, 2)).lower()
        if _ROUTE_WORD.search(before) or _A_CROSSING.search(before):
            return None  # "поромної переправи X — Y", "маршрут X — Y": the ends of a route
        if _A_REGIONS_NAME_OPENS.search(text, max(0, start - 30), start):
            return None  # "з регіоном X — Y Z": one region's name in parts, not two sides
        if _an_ellipsis_of_another_act(text, start):
            return None  # "A допомагає B, X — Y": the dash stands for a verb that makes no tie
        return Link("dash_pair", STRENGTH["dash_pair"])
    if position is not None and pairs_respectively(text):
        return Link("parallel_list", STRENGTH["parallel_list"]) if position[0] == position[1] else None
    if (
        ua_run is not None
        and partner_run[1] <= ua_run[0]
        and _ITS_OWN_ELLIPTICAL_PARTNER.match(text, ua_run[1])
        and _A_CLAUSE_OF_ITS_OWN.search(text, partner_run[1], ua_run[0])
    ):
        return None  # "A підписала меморандум з X, а Y – з Z": Y's own partner is Z, not X
    if ua_run is not None and _THE_OTHER_SIDE_OF_ITS_OWN_TIE.match(text, ua_run[1]):
        return None  # "…, та Y-ська громада – угоду з нею уклали у <рік>": Y is a partner, no side
    if ua_run is not None and _in_a_clause_of_someone_else(text, ua_run, partner_run):
        return None  # "A підписала угоду з X, Y — лист про наміри з Z": Z is the partner of Y
    if (
        ua_run is not None
        and partner_run[1] <= ua_run[0]
        and _WITH_RIGHT_BEFORE.search(text, max(0, ua_run[0] - 5), ua_run[0])
        and _AN_ELLIPTICAL_CLAUSE_OF_ITS_OWN.search(text, partner_run[1], ua_run[0])
    ):
        return None  # "… угоду з X, а ввечері — меморандум з Y-ською громадою": Y is the second tie
    if ua_run is not None and _the_domestic_partner_of_a_later_clause(text, partner_run, ua_run):
        return None  # "X і Y відновлюють партнерство, а громада підписала угоду з Z": Z is the hromada's
    if (earlier := _partner_of_the_clause_before(text, partner_run)) is not None and (
        ua_run is None or ua_run[1] <= partner_run[0]
    ):
        return link_of(text, ua_run, earlier)  # ", з Y – у <рік>": the link of the clause before
    partner_start = partner_run[0]
    if ua_run is not None:
        first, second = sorted((ua_run, partner_run))
        between_words = text[first[1] : second[0]]
        between_at = governing_preposition(text, first[0], frozenset({"між"}))
        three = between_at is not None and _one_list_of_three(text, first, second)
        if (
            (between_at is not None or _after_tie_noun(text, first[0]))
            and not (between_at is not None and _between_on_a_route(text, between_at))
            and (re.search(r"\b(?:та|і|й)\b", between_words) or three)
            and not _A_STOP.search(between_words)
            and not _another_name_between(between_words)
            and (three or not _listed_after_comma(text, first, second, ua_run, own))
        ):
            return Link("between", STRENGTH["between"])
    elif _BETWEEN.search(text[:partner_start]) and re.search(
        # "між нашою громадою та X"; on the hromada's own site, "між громадою та X"
        r"\bміж\s+(?:(?:нашою|нашим|нашої)\b[^.;]*\b|громадою\s+)(?:та|і|й)\s+(?:\S+\s+){0,2}$",
        text[:partner_start],
        re.IGNORECASE,
    ):
        return Link("between", STRENGTH["between"])
    if (
        ua_run is not None
        and ";" in text[min(ua_run[0], partner_start) : max(ua_run[0], partner_start)]
        and not _an_agreement_listed_after_the_side(text, ua_run, partner_start)
    ):
        return None  # a semicolon ends a statement: its sides do not pair with the next one's
    if (
        ua_run is not None
        and ua_run[1] <= partner_start
        and _BETWEEN_THE_HROMADA_AND.search(text, ua_run[1], partner_start)
    ):
        return Link("between", STRENGTH["between"])  # "голова X та мер … підписали угоду між громадою та Y"
    if ua_run is not None and _fronted_partner(text, ua_run, partner_run):
        return Link("with", STRENGTH["with"])  # "З польським X Y є побратимами з 2016 року"
    if ua_run is not None and _bound_to_the_fronted_one(text, ua_run, partner_run):
        return Link("with", STRENGTH["with"])  # "З X Y пов'язує угода": either side fronted
    if ua_run is not None and _fronted_in_the_next_clause(text, ua_run, partner_run):
        return Link("with", STRENGTH["with"])  # "X уклала угоду з A, а з B готує меморандум"
    if (
        ua_run is None
        and (bare := _BARE_HROMADA_AND.search(text, 0, partner_start)) is not None
        and _co_subjects(text, bare.span(1), partner_run)
    ):
        return Link("signing", STRENGTH["signing"])  # "громада та місто Y підписали угоду": the owner
    if (
        ua_run is not None
        and (bare := _BARE_HROMADA_AND.search(text, 0, partner_start)) is not None
        and (told := _WHO_TELLS_BEFORE.fullmatch(text, 0, bare.start(1))) is not None
        and told.start(1) <= ua_run[0] < told.end(1)
        and _co_subjects(text, bare.span(1), partner_run)
    ):
        return Link("signing", STRENGTH["signing"])  # "За словами X-ського голови, громада та Y підписали"
    if ua_run is None and _fronted_partner_of_the_owner(text, partner_run):
        return Link("with", STRENGTH["with"])  # on the hromada's own site: "З X угоду підписано у 2019 році"
    if (
        ua_run is None
        and _WE_WITH_A_FOREIGN_HEAD.search(text, max(0, partner_start - 80), partner_start)
        and _WE_SIGNED_AFTER.match(text, partner_run[1])
    ):
        return Link("signing", STRENGTH["signing"])  # "ми з мером міста X підписали угоду": the owner signs
    if (
        ua_run is not None
        and ua_run[1] <= partner_run[0]
        and ":" in text[ua_run[1] : partner_run[0]]
        and _fronted_partner_of_the_owner(text, partner_run)
    ):
        return Link("with", STRENGTH["with"])  # "X має партнерів: з A угоду укладено у 2008 році, …"
    if ua_run is not None and (
        _co_subjects(text, ua_run, partner_run) or _together_with(text, ua_run, partner_run)
    ):
        return Link("signing", STRENGTH["signing"])
    if _WHOSE_TWINS_ARE.search(text, max(0, partner_start - 20), partner_start) and _ARE_AFTER.match(
        text, partner_run[1]
    ):
        return None  # "побратимами X є A та B": X's own twins, X itself no partner in this clause
    for one, other in ((partner_run, ua_run), (ua_run, partner_run)):
        if one is None or not governed_by(text, one[0], WITH) or _from_not_with(text, one[0]):
            continue
        if (
            other is not None
            and one is partner_run
            and _TWINS_FROM.search(text, max(0, one[0] - 60), one[0])
            and not _OUR_TWINS_FROM.search(text, max(0, one[0] - 80), one[0])
        ):
            continue  # "на прохання побратимів з X": people from the site's twin, not a named side's partner
        if (
            one is partner_run
            and other is not None
            and one[1] <= other[0]
            and _JOINED_TO_THE_LIST.fullmatch(text, one[1], other[0])
        ):
            continue  # "з A (Польща) та B-ською громадою": B is one more partner the "з" governs, no side
        if one is partner_run and _comrades_from(text, one):
            continue  # "своїх побратимів із X, які загинули": the subject's comrades from X
        if one is partner_run and other is not None and _a_venue_past_a_colon(text, one, other):
            continue  # "Переговори з X тривали рік: першу зустріч провели в Y": Y is where
        if one is partner_run and other is not None and _CONSEQUENCE.search(text, one[1], other[0]):
            continue  # "місто має зв'язки з X, тож делегацію Y запросили": Y acts in a clause of its own
        if (
            one is partner_run
            and other is not None
            and (
                _ANOTHER_CLAUSE_JOINED.search(text, one[1], other[0])
                or _A_PREDICATE_JOINED.fullmatch(text, one[1], other[0])
            )
            and (
                (
                    (subject := _a_name_that_has_ties(text)) is not None
                    and not other[0] <= subject.start(1) < other[1]
                )
                or _AN_OBLAST_BODY_OPENS.match(text) is not None
                or _A_TOWN_BY_ITS_UNIT_HAS_TIES.search(text, 0, one[0]) is not None
            )
        ):
            continue  # "Z має зв'язки з X, і колеги запросили Y": Z's ties; Y stands in a clause of its own
        if (
            one is partner_run
            and (anothers := _ANOTHERS_TIES.search(text, 0, one[0])) is not None
            and (
                other is None
                or anothers.group("described")  # "для Z українська громада — єдиний партнер": any side
                or (anothers.group(1) and anothers.start(1) <= other[0] < anothers.end(1))
            )
        ):
            # "Для Z це не перше партнерство: місто має зв'язки з X", "для Z Y — не єдиний партнер: місто
            # співпрацює з X": Z's ties, not the owner's nor Y's
            continue
        if (
            one is partner_run
            and other is None
            and (kept := _WHERE_A_PLACE_KEEPS_ITS_TIE.search(text, 0, one[0])) is not None
            and not _SIGNED_THERE.search(text, kept.start(), one[0])
        ):
            continue  # "з'їздили до Z, де відзначають роки побратимства з X": Z's tie, not the owner's
        if (
            other is not None
            and governed_by(text, other[0], WITH)
            and not _DELEGATION_FROM.search(text, max(0, other[0] - 40), other[0])
        ):
            continue  # both "з": unless one is where a delegation that acts comes from ("делегація з X")
        talks_after = (
            _TALKS_AFTER.match(text, one[1]) is not None  # "веде з X переговори про угоду"
            or (
                _A_DOCUMENT_AFTER.match(text, one[1]) is not None  # "обговорює з X меморандум про …"
                and _DISCUSSES_WITH.search(text, max(0, one[0] - 60), one[0]) is not None
            )
            or (
                _CORRESPONDS_BEFORE.search(text, max(0, one[0] - 40), one[0]) is not None
                and _ABOUT_MAKING_A_TIE_AFTER.match(text, one[1]) is not None
            )
        )
        # the other side named between the tie word and "з" is its co-subject ("угоду підписав X з Y")
        side = (
            other
            if one is partner_run
            and other is not None
            and other[1] <= one[0]
            and _A_TIE_VERB_RIGHT_BEFORE.search(text, max(0, other[0] - 25), other[0])
            else None
        )
        if not (_tie_word_before_with(text, one[0], verbs=True, other=side) or talks_after):
            continue
        if TIE_VERB.search(text):
            return Link("signing", STRENGTH["signing"])
        if talks_after or _tie_word_before_with(text, one[0]):
            return Link("with", STRENGTH["with"])
    if (
        ua_run is not None
        and ua_run[1] <= partner_start
        and _RELATIVE_OF_THE_SIDE.match(text, ua_run[1], partner_start)
        and governed_by(text, partner_start, WITH)
        and _tie_word_before_with(text, partner_start, verbs=True)
    ):
        return Link("with", STRENGTH["with"])  # "… X-ської громади, яка має угоду з Y"
    if (
        ua_run is not None
        and ua_run[1] <= partner_start
        and governed_by(text, partner_start, WITH)
        and _genitive_side_after_tie_noun(text, ua_run)
        and _tie_word_before_with(text, partner_start, other=ua_run)
    ):
        return Link("with", STRENGTH["with"])  # "співпраця X з Y"
    if (
        ua_run is not None
        and ua_run[1] <= partner_start
        and _HAS_PARTNERS_IN.fullmatch(text, ua_run[1], partner_start)
        and not _A_COLON_OR_DASH.match(text, partner_run[1])  # "… в Y: угоду підписано з Z": Y is where
    ):
        return Link("with", STRENGTH["with"])  # "X має партнерів в A, B та C", "X знайшла партнера в Y"
    if ua_run is not None and ua_run[1] <= partner_start and _bound_by_a_tie(text, ua_run, partner_run):
        return Link("with", STRENGTH["with"])  # "X з Y пов'язує угода про побратимство"
    if (
        ua_run is not None
        and ua_run[1] <= partner_start
        and _with_its_partner_then_the_tie(text, ua_run, partner_run)
    ):
        return Link("with", STRENGTH["with"])  # "X-ська громада з Y підписала угоду", "X з Y співпрацює"
    if (
        ua_run is not None
        and _FOR_THE_SIDE.search(text, max(0, ua_run[0] - 12), ua_run[0])
        and _BECAME_ITS_PARTNER.fullmatch(text, ua_run[1], partner_start)
    ):
        return Link("appositive", STRENGTH["appositive"])  # "Для X партнером стало місто Y"
    if (
        ua_run is not None
        and partner_run[1] <= ua_run[0]
        and _TIED_IN_ITS_RELATIVE.fullmatch(text, partner_run[1], ua_run[0])
        and _BINDS_AFTER_A_NAME.match(text, ua_run[1])
    ):
        return Link("with", STRENGTH["with"])  # "… Y, з яким X пов'язує угода про побратимство"
    if (
        ua_run is not None
        and partner_run[1] <= ua_run[0]
        and _IT_IS_BOUND_WITH.fullmatch(text, partner_run[1], ua_run[0])
        and _A_TIE_AS_SUBJECT_AFTER.match(text, ua_run[1])
    ):
        return Link("with", STRENGTH["with"])  # "… Y, яке з 2017 року пов'язує з X угода про побратимство"
    if ua_run is not None and ua_run[1] <= partner_start and _relative_clause_tie(text, partner_start):
        return Link("with", STRENGTH["with"])  # "… від Y, з яким громада має угоду про партнерство"
    for one, other in ((partner_run, ua_run), (ua_run, partner_run)):
        if (
            one is not None
            and other is not None
            and _appositive_before(text, one[0], other)
            and not _ANOTHER_CLAUSE.search(text, min(one[0], other[0]), max(one[0], other[0]))
        ):
            return Link("appositive", STRENGTH["appositive"])
    if ua_run is not None and _named_in_a_relative_tie(text, ua_run, partner_run):
        return Link("with", STRENGTH["with"])  # "Y, угоду з яким X підписала у 2008 році"
    if ua_run is None and (
        _OWNERS_RELATIVE_TIE.match(text, partner_run[1])
        or _OWNERS_TIE_BY_A_PRONOUN.match(text, partner_run[1])
    ):
        return Link("with", STRENGTH["with"])  # "… Y, з яким наша громада має угоду про співпрацю"
    if ua_run is None and (
        (
            _appositive_before(text, partner_start, None)
            and not _ITS_OWN_TWIN_NAMED_AFTER.match(text, partner_run[1])
        )
        or _OURS_AFTER.match(text[partner_run[1] :])
        or _THE_HROMADAS_PARTNER_IS.search(text, max(0, partner_start - 120), partner_start)
        or OUR_PARTNER_DASH.fullmatch(text, 0, partner_start)
    ):
        return Link("appositive", STRENGTH["appositive"])  # the site's own twin: "від міста-побратима Y"
    return None


# "Першим побратимом X ще в 1996 році стало німецьке місто Y": the twin word's genitive is whose twin,
# and the twin is the town named after the verb
_ITS_OWN_TWIN_NAMED_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:стал[оаи]?|став|є)\s+(?:(?-i:[а-яіїєґ'’]+)\s+){0,2}"
    r"(?:міст\w*|містечк\w*|ґмін\w*|гмін\w*|комун\w*|муніципаліт\w*)\s+(?-i:[А-ЯІЇЄҐ])",
    re.IGNORECASE,
)
_FOR_THE_SIDE = re.compile(r"\b[Дд]ля\s+$")
_BECAME_ITS_PARTNER = re.compile(
    r"\s+(?:вже\s+|також\s+|офіційно\s+)?(?:новим\s+|першим\s+)?(?:містом-)?(?:партнером|побратимом)\s+"
    r"(?:\S+\s+)?стал[аои]?\s+(?:(?-i:[а-яіїєґ'’-]+)\s+){0,3}",
    re.IGNORECASE,
)
"""Between "Для X" and Y: "партнером стало (литовське місто)": Y became X's partner."""
_ANOTHERS_TIES = re.compile(
    r"\b[Дд]ля\s+[А-ЯІЇЄҐA-Z][\w'’-]+\s+"
    # "для Z Y — не єдиний партнер": Y, named before the dash, is the one Z is a partner of; "для Z
    # українська громада — єдиний партнер поза ЄС": Z's only one there, whose other ties follow
    r"(?:це\s+|([А-ЯІЇЄҐ][\w'’-]+(?:\s+[А-ЯІЇЄҐ][\w'’-]+){0,2})\s+[—–-]\s+|(?P<described>(?:[а-яіїєґ'’]+\s+){1,2})[—–-]\s+)?"
    r"(?:не\s+)?(?:перш|єдин)\w*\s+(?:\S+\s+)?(?:партнер|побратим|міст|угод)"
)
"""A named place whose other ties the sentence goes on to tell: not the side a sentence without one means."""
_WHERE_A_PLACE_KEEPS_ITS_TIE = re.compile(
    r"[А-ЯІЇЄҐ][\w'’-]+\s*,\s+(?:де|в\s+якому|у\s+якому)\s[^.;:]*?"
    r"(?:відзнача|святку|річниц|\S*річчя|років|має|мають)[^.;:]*$"
)
"""A place a relative clause goes on to tell the tie of ("…до Z, де відзначають десять років …"): its own;
not one where the side signs ("…у Z, де підписала угоду з X")."""
_SIGNED_THERE = re.compile(r"підпис|уклал|уклав|укладен", re.IGNORECASE)
_WHOSE_TWINS_ARE = re.compile(r"(?<![-\w])(?:побратимами|партнерами)\s+$", re.IGNORECASE)
_ARE_AFTER = re.compile(r"\s+(?:є|стали)\b")
_CONSEQUENCE = re.compile(r",\s+(?:(?:і|а)\s+)?(?:тож|тому|отже|відтак)\b", re.IGNORECASE)
"""A clause that follows from the one before: its sides are not those of the tie before it."""
_ITS_OWN_ELLIPTICAL_PARTNER = re.compile(r"[\w'’-]*(?:\s+[\w'’-]+)?\s*[–—]\s*(?:з|із|зі)\s")
"""After a side's name (and its noun), a dash for the verb left out and a "з" of its own."""
_THE_OTHER_SIDE_OF_ITS_OWN_TIE = re.compile(
    r"(?:\s+[А-ЯІЇЄҐ][\w'’-]*(?:щини|ччини|щина))?\s*[–—]\s*"
    rf"{DOCUMENT_NOUN}\w*\s+(?:[^,;.:–—]{{0,60}}?\s)?(?:з|із|зі)\s+(?:нею|ним|ними)\b",
    re.IGNORECASE,
)
"""After a hromada, a dash and an agreement made "з нею": the hromada is the other side of a tie told
by its pronoun, a partner in a list, never the side of a partner beside it."""
_A_SUBJECT_OF_ITS_OWN_WITH_AFTER_A_DASH = re.compile(
    r"[,;]\s+(?:а\s+)?(?:(?-i:[А-ЯІЇЄҐ])[\w'’-]+|ми|вони)\s*[–—]\s+"
    r"(?:(?-i:[А-ЯІЇЄҐ])[\w'’-]+\s+(?-i:[А-ЯІЇЄҐ])[\w'’-]+\s*[–—]\s+)?(?:з|із|зі)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""A clause of its own whose named subject ("а Y-щина", "Y-ський" for its head, maybe his name between
dashes; or a pronoun, "а ми") a dash and "з" follow: the partner after it is that subject's ("…, а Y — з
Z")."""
_WHEN_BEFORE_A_DASH = (
    r"(?:\s+(?:у|в)\s+(?-i:[а-яіїєґ'’]+)(?:\s+(?:того\s+ж|цього|минулого|наступного)\s+року|\s+\d{4}\s+року)?"
    r"|\s+(?:торік|(?:того\s+ж|цього|минулого)\s+року|у\s+\d{4}\s+році))?"
)
"""When the clause's act was, told between its subject and the dash that stands for its verb ("а Y у травні
того ж року – договір з Z")."""
_A_SUBJECT_OF_ITS_OWN_BEFORE_A_DASH = re.compile(
    r"[,;]\s+(?:а\s+)?(?-i:[А-ЯІЇЄҐ])[\w'’-]+(?:\s+(?:міськ|сільськ|селищн)\w*)?(?:\s+громад\w*)?"
    + _WHEN_BEFORE_A_DASH
    + r"\s*[–—]\s+"
    r"(?!(?:з|із|зі)\s)[^,;.–—]{0,80}?\s(?:з|із|зі)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""A clause of its own after the side's, its subject named and its verb left out for a dash, then an
object and the "з" of the partner (maybe after a colon that tells more of it: "…, а Y – лист про наміри:
угоду з Z готують"): the partner is that subject's."""
_A_CLAUSE_OF_ITS_OWN = re.compile(r",\s+(?:а|і|й|та)\s")
_AN_ELLIPTICAL_CLAUSE_OF_ITS_OWN = re.compile(r",\s+(?:а|і|й|та)\s[^,;.]{0,40}?[–—]")
"""A clause of its own whose verb a dash stands for (", а по обіді — меморандум з …")."""
SAID_WITH = re.compile(r"(?:ою|ею|єю|ом|ем|єм|им|ім|ами|ями)$")
"""A word in the instrumental, nouns' and adjectives' endings: after "з", with whom ("з X-ською громадою",
"з містом X"), not whence ("з X-ської")."""
_INSTRUMENTAL_END = re.compile(r"(?:ою|ею|єю|ом|ем|єм|ами|ями)$")
_WITH_RIGHT_BEFORE = re.compile(r"(?:^|\s)(?:з|із|зі)\s+$", re.IGNORECASE)
"""A hromada right after "з": the other side of a tie, never the side of a partner named before it."""
_ANOTHER_CLAUSE_JOINED = re.compile(
    # "…, і колеги запросили Y", "… нагадав, що A підписала … і що Y …": a clause of its own
    r",\s+(?:і|й|а|але|проте|однак)\s+(?!також\b|з\b|із\b|зі\b)|\s(?:і|й|та)\s+що\s",
    re.IGNORECASE,
)
# "(торік) X-ська обласна рада підписала угоду з …": an oblast's body as the subject the sentence opens with.
_AN_OBLAST_BODY_OPENS = re.compile(
    r"[\W\d]*(?:[\w'’-]+,?\s+){0,4}?[А-ЯІЇЄҐ][\w'’-]+\s+(?:обласн\w+\s+(?:рад|державн|військов|адміністраці)\w*|ОДА|ОВА)\b"
)


# "X (, до слова,) має зв'язки з …": a name as the subject of a tie the sentence opens with.
def _a_name_that_has_ties(text: str) -> re.Match[str] | None:
    """The sentence opens with a name that has ties, or reports one ("Мер розповіла, що X має …")."""
    reported = REPORTED_OPENING.match(text)
    return _A_NAME_HAS_TIES.match(text, reported.end() if reported else 0)


_A_NAME_HAS_TIES = re.compile(
    # an opening remark may come first: "Цікаво, що X має й інших партнерів"
    r"[\W\d]*(?:[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:\s+[а-яіїєґ'’]+)?,\s+що\s+)?"
    r"([А-ЯІЇЄҐ][\w'’-]+)(?:\s*,[^,.;]{1,30},)?\s+(?:вже\s+|також\s+|давно\s+)?"
    r"(?:має|мав|мало|мала|мають|мали|підтримує|підтримують|співпрацює|співпрацюють|дружить|дружать)\b"
)
_A_TOWN_BY_ITS_UNIT_HAS_TIES = re.compile(
    r"(?:^|[,:;—–]\s*)(?:[а-яіїєґ'’]+(?:ське|цьке|зьке)\s+місто|(?-i:[ҐґГг]міна|[Мм]уніципалітет|[Кк]омуна))\s+"
    r"(?:[\w'’]+\s+){0,5}?(?:має|мав|мала|мало|співпрацює|співпрацювало|співпрацювала|дружить|підтримує)\b",
    re.IGNORECASE,
)
"""A town told by its country's adjective or its unit as the subject that has ties ("…, польське місто вже
20 років співпрацює з X"): the ties are its own."""
_HAS_PARTNERS_IN = re.compile(rf"\s+(?:(?:вже|також|тепер|нині|ще)\s+)?{HAS_PARTNERS_IN}")
_A_COLON_OR_DASH = re.compile(r"\s*[:—–]")
# "X має зв'язки з A і готовий залучити Y": a second predicate of the same subject, Y its object
_A_PREDICATE_JOINED = re.compile(r"\s+(?:і|й|та)\s+(?:[а-яіїєґ'’-]+\s+){1,3}")

_JOINED_TO_THE_LIST = re.compile(
    r"(?:\s*\([^()]{0,40}\))?\s*,?\s*(?:та|і|й|а\s+також|а\s+ще)\s+(?:(?:з|із|зі)\s+)?"
    r"(?:[а-яіїєґ'’-]+(?:им|ою|ом|ами|ими|ем|ім)\s+){0,3}",
    re.IGNORECASE,
)
"""What joins one more item to a list a preposition governs: a country in brackets, then "та", "а також",
maybe the item's own words in the same case ("та українським містом X")."""

_BARE_HROMADA_AND = re.compile(
    r"(?:^|(?<=[\s:;,—–-]))((?:[Нн]аша\s+)?[Гг]ромада)\s+(?:та|і|й)\s+(?:[^\s.;:]+\s+){0,3}$"
)
"""The hromada named by its noun alone ("громада та місто Y"): the side a sentence that names none means."""

_WHO_TELLS_BEFORE = re.compile(
    r"\s*[–—]?\s*(?:[Зз]а\s+словами|[Нн]а\s+думку|[Яя]к\s+(?:повідоми|зазначи|розповіл|розповів|сказа|наголоси|пояснил|"
    r"пояснив|повідомля)\w*)\s+([^,.;:!?«»]{3,120}),\s*"
)
"""Who tells what follows, set off by a comma at the sentence's start ("За словами X-ського сільського
голови Ім'я Прізвище, …"): the hromada that office names is the bare "громада" right after it."""

_BETWEEN_THE_HROMADA_AND = re.compile(
    r"\bміж\s+(?:громадою|громадами)\s+(?:та|і|й)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
"""The hromada named before as the Ukrainian side of "між громадою та Y" (its office or its name)."""


def may_link_to_the_owner(text: str, names: list[tuple[int, int]]) -> bool:
    """Whether a partner read from any of ``names`` (start, end), alone or in a list, could be tied to
    the site's own hromada in a sentence that names no Ukrainian side: a sentence where none can is
    read no further, and its names need no resolving.

    Without a Ukrainian run, :func:`link_of` reads a list from its first name's start or from its
    last name's end (:data:`_OURS_AFTER`), never from both, so each name tried as a list of its own
    covers every list the names can form."""
    return any(link_of(text, None, name, own=(None, name[0])) is not None for name in names)
