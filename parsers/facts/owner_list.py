"""A hromada's own list of partners: "X має побратимів: A, B (Країна), C та два українські міста – D, E".

Such a list names one Ukrainian side (before the list, or the article's own hromada) and every
partner after it, foreign and domestic. Domestic entries are that side's domestic partners, never
Ukrainian sides of the foreign entries. A list that belongs to somebody else (a foreign town's own
twins: a foreign name between the list word and the colon) is not ours and gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.facts.name_filters import inside_a_quoted_name
from parsers.facts.sentences import per_sentence
from parsers.facts.vocabulary import TOWN_AND_GMINA, UNIT_ABBREVIATION, has_finite_verb, is_adjective
from parsers.scan import first_letter_scan

# A plural word for partners or agreements, then what opens the list: a colon, a spaced dash, or
# "є"/"стали" after the plural in the instrumental ("побратимами міста є A, B").
_OPENER = re.compile(
    r"(?P<tie>"
    r"\b(?:має|мають|мало|мала|налічує|налічують)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:побратим\w*|партнер(?:ів|ами|и|а)\b|міст\w*-(?:побратим|партнер)\w*|громад\w*-(?:побратим|партнер)\w*"
    # "має такі чинні угоди: A – …; B – …"; counted, "має п'ять угод про партнерство: A, B"
    r"|(?:чинн\w+\s+)?(?:угоди|меморандуми|договори)(?=:)"
    r"|(?:\d+|дві|два|три|чотири|п['’]ять|шість|сім|вісім|дев['’]ять|десять|кілька|декілька)\s+"
    r"(?:чинн\w+\s+)?(?:угод\w*|меморандум\w*|договор\w*)(?:\s+(?:про|щодо)\s+[\w'’-]+(?:\s+(?:та|і)\s+[\w'’-]+)?)?(?=:))"
    r"|\b(?:побратим(?:и|ів|ами|ам)|партнер(?:и|ів|ами|ам))\b"
    r"|\b(?:міста|міст|містами|громади|громад|громадами)-(?:побратим|партнер)\w*"
    r"|\b(?:партнерськ|побратимськ)\w*\s+(?:міст|громад)(?:а|ами|и|о)?\b"
    r"|\b(?:угод\w*|договор\w*|меморандум\w*|зв'яз\w*|відносин\w*|стосунк\w*|співпрац\w*|співробітництв\w*)\s+"
    r"(?:[\w'-]+\s+){0,4}?з\s+(?:(?:\d+|[а-яіїєґ']+)\s+)?(?:[а-яіїєґ'-]+\s+)?"  # "угоди про A та B з …"
    r"(?:міст(?:ами|ечками)|громадами|ґмінами|гмінами|муніципалітетами|самоврядуваннями|партнерами|побратимами)\b"
    r")"
    r"(?P<rest>(?:\([^()]{0,80}\)|[^.;:—–(]){0,120}?)"  # a bracket may hold a colon: "(ініціатива «A: B»)"
    r"(?P<open>:|\s[—–]|\b(?:є|стали|були|залишаються)(?:\s+(?:також|ще|нині|сьогодні))?\b|,\s+від\b|"
    r",\s+серед\s+(?:яких|них)\b)",
    re.IGNORECASE,
)
_OPENER = first_letter_scan(_OPENER)  # the same matches, found faster (a look-ahead on first letters)
_OF_A_PROJECT = re.compile(
    r"\s*(?:цього\s+|нашого\s+|нашої\s+|спільного\s+)?(?:проєкт|проект|програм|консорціум|ініціатив|мереж|грант"
    # an institution's partners ("Партнерами нашого ліцею стали школи з X"): a school's, not a hromada's
    r"|ліце|школ|гімназі|коледж|університет|садк|закладу|лікарн|бібліотек|музе|театр|клуб)",
    re.IGNORECASE,
)
_SOUGHT = re.compile(r"\b(?:шука|пошук|підшуку|знайти|знаходи)\w*\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# "має румунського кандидата в партнери — місто X", "потенційних партнерів": no partner yet
_CANDIDATE = re.compile(r"\bкандидат\w*\s+(?:в|у|на)\s|\b(?:потенційн|можлив|майбутн)\w*\s", re.IGNORECASE)
_WITH_UKRAINIAN_ONES = re.compile(r"\b(?:з|із)\s+українськ", re.IGNORECASE)
_THROUGH_OTHERS = re.compile(r"\bчерез\s+(?:\S+\s+)?(?:сусід|посередник|колег|друз)", re.IGNORECASE)
_A_TOPIC_AFTER = re.compile(r"\s+(?:про|щодо)\s", re.IGNORECASE)
_OTHER_PARTNERS = re.compile(r"\s*(?:та|і|й)\s+(?:\S+\s+)?партнер", re.IGNORECASE)
# "Проєктними партнерами X стали …": partners in a project, named by the project's adjective.
_A_PROJECTS_KIND = re.compile(r"\b(?:проєктн|проектн|грантов)\w*\s+$", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[А-ЯІЇЄҐA-Z][\w'-]+")
_A_PROJECTS_LEAD = re.compile(
    r"\b(?:лідер\w*|заявник\w*|виконавц\w*|грантоотримувач\w*)\s+(?:\S+\s+)?(?:проєкт|проект|програм)\w*"
    r"|\bпровідн\w*\s+партнер",  # "Провідний партнер — X, партнери — Y": a project's lead and its partners
    re.IGNORECASE,
)
_INSTRUMENTAL = re.compile(r"ами$", re.IGNORECASE)
_PEOPLE_LISTED = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:голов[аи]|представник\w*|мер|мери|староста|старости|керівник\w*|депутат\w*|"
    r"очільник\w*)\b",
    re.IGNORECASE,
)
"""A list that opens with people in office ("X-ський міський голова, представники Y"): who spoke, no
partners."""
# "у проєкті …, де партнерами є": a relative clause about a project's partners
_WHERE_IN_A_PROJECT = re.compile(
    r"(?:проєкт|проект|програм|консорціум)\w*[^.;]{0,120}?,\s*(?:де|в\s+якому|у\s+якому|в\s+якій|у\s+якій)\s+$",
    re.IGNORECASE,
)
# Where a list's clause ends; a semicolon at a line's end only separates the lines of one list.
_CLAUSE_END = re.compile(
    # a semicolon ends the list unless the next entry opens like an entry: "A (Країна) — угода …; B — …"
    r";(?![ \t]*\n)(?!\s*[А-ЯІЇЄҐ][\w'’-]+(?:\s+[А-ЯІЇЄҐ][\w'’-]+)?\s*(?:\([^()]{0,40}\)\s*)?[—–]\s)"
    r"|,\s*(?:які|який|яка|яке|що|де|коли|а(?!\s+також)|але|щоб|адже|тому|проте|однак)\b"
    # ", а також гості з X": people from elsewhere after the list, not more of its entries
    r"|,\s*а\s+також\s+(?:\S+\s+)?(?:гост|делегац|представник|команд|учасник|мешканц|жител)\w*\s+(?:з|із|зі)\b"
    r"|\s+(?:а(?!\s+також)|але|проте)\s"
    # ", і ми разом із A обговорюємо …": a clause of another subject, no more entries
    r"|,\s*(?:і|й|та)\s+(?:ми|я|вони|він|вона|ви)\b",
    re.IGNORECASE,
)


# "… є: X", ": м. X", ": двома іноземними містами – X"; a bullet before the first line's entry
# (":\n- місто X")
_LEAD = re.compile(
    r"\s*:?\s*(?:[-–—•·*]\s+|\d{1,2}[.)]\s+)?((?:[а-яіїєґ'\d-]+\.?:?\s+){0,3}"
    # "є шість громад — чотири закордонні: A": a count, then a dash and the part of it listed first
    r"(?:[–—]\s+(?:[а-яіїєґ'\d-]+\s+){0,2}[а-яіїєґ'\d-]+:\s+)?)(?:[–—]\s+)?(?=[А-ЯІЇЄҐA-Z])"
)
_UNIT_WORD = re.compile(
    r"^(?:міст\w*|містечк\w*|громад\w*|ґмін\w*|гмін\w*|муніципаліт\w*|общин\w*|комун\w*|округ\w*|район\w*|"
    r"повіт\w*|регіон\w*|сел[аоіу]\w*|селищ\w*|курорт\w*|партнер\w*|побратим\w*|це|зокрема|а\s+саме|\d+|"
    r"одн\w*|один|дв[аіо]\w*|тр[иь]\w*|чотир\w*|п'ят\w*|шіст\w*|шість|сім|сім\w*|вісім\w*|[–—]|"
    rf"(?:{UNIT_ABBREVIATION})\.)$",
    re.IGNORECASE,
)


def _hromada_first(text: str, start: int) -> bool:
    """The first entry after the opener is a Ukrainian hromada (its adjective with "громада", or a
    place the Ukrainian gazetteer knows)."""
    from parsers.places.ua_places import load_ua_places

    stop = _ENTRY_END.search(text, start)
    first = text[start : stop.start() if stop else len(text)]
    return any(m.kind in ("hromada", "settlement", "city_k") for m in load_ua_places().find(first))


def _another_clause_between(rest: str, opener: str) -> bool:
    """What stands between the word for partners and the list's opener is a clause of its own: it has a
    finite verb (the list then names who acted), or, before a dash, a comma (the dash then stands for
    an elliptical clause's verb)."""
    if _RELATIVE_OF_THE_PARTNERS.match(rest):
        return False  # "з громадами, з якими має угоди: A, B": the clause speaks of the listed partners
    return has_finite_verb(rest) or (opener in ("—", "–") and "," in rest)


_RELATIVE_OF_THE_PARTNERS = re.compile(
    r"\s*,\s*(?:(?:з|із|у|в)\s+)?(?:якими|які|яких|котрими)\b", re.IGNORECASE
)


def _entries_follow(text: str, start: int) -> bool:
    """The list's first entry follows its opener at once, after at most a few modifiers ("– польське
    X", ": міста X", "є N міст: X"): a list, not a word for partners inside some other sentence."""
    lead = _LEAD.match(text, start)
    words = lead.group(1).split() if lead else []
    if any(word.endswith(":") for word in words[:-1]):
        return False  # a colon opens the list only after the last of the modifiers
    return lead is not None and all(
        _UNIT_WORD.match(word) or is_adjective(word) for word in (w.rstrip(":") for w in words)
    )


_ENTRY_END = re.compile(r"[,;(]|\s(?:та|і|й)\s")


def _first_entry_is_a_clause(text: str, start: int, end: int) -> bool:
    """What follows the opener has a finite verb before its first separator: a sentence, not a list."""
    stop = _ENTRY_END.search(text, start, end)
    return has_finite_verb(text[start : stop.start() if stop else end])


_NAMES_THEN_A_WORD = re.compile(
    r"\s*(?:[А-ЯІЇЄҐ][\w'’-]*(?:\s+[А-ЯІЇЄҐ][\w'’-]*)?(?:\s*,\s*|\s+(?:і|та|й)\s+))+"
    r"[А-ЯІЇЄҐ][\w'’-]*(?:\s+[А-ЯІЇЄҐ][\w'’-]*)?\s+(?P<word>[а-яіїєґ'’]+)"
)


def _names_as_a_verbs_subject(text: str, start: int) -> bool:
    """The names after the opener, joined by commas and "і"/"та", are followed right away by a finite
    verb ("A і B підписали угоди"): they are the subject of a sentence, not entries of a list."""
    names = _NAMES_THEN_A_WORD.match(text, start)
    return names is not None and has_finite_verb(names.group("word"))


def _clause_end(text: str, start: int) -> int:
    end = _CLAUSE_END.search(text, start)
    return end.start() if end else len(text)


@dataclass(frozen=True)
class OwnerList:
    """Where a partner list opens in a sentence, and what precedes it."""

    tie_start: int
    """Where the list's word for partners begins (the side is named before it or inside it)."""
    tie_end: int
    list_start: int
    """Where the entries begin."""
    list_end: int
    """Where they end: the end of the clause (a semicolon, or a subordinate or contrasting clause)."""
    twinning: bool
    """The list is of twins ("побратими"), not of other partners."""


@per_sentence
def owner_list_in(text: str) -> OwnerList | None:
    """The sentence's own partner list, if it has one.

    A colon, a spaced dash, a range (", від A до B") or ", серед яких" opens a list after
    any plural word for partners; "є"/"стали" only after the instrumental ("побратимами міста є").
    Whose list it is, is the caller's question.
    """
    for match in _OPENER.finditer(text):
        if inside_a_quoted_name(text, match.start()):
            continue  # "«Побратими» (X) – Y 1:0": a team's or a project's name in quotes, no list
        opener = match.group("open").strip()
        ranged = opener.endswith("від")  # "…, від A і B до C": a range of the entries opens the list
        among = opener.startswith(",") and not ranged  # "…, серед яких A та B"
        verb_opens = opener not in (":", "—", "–") and not ranged and not among
        if verb_opens and not _INSTRUMENTAL.search(match.group("tie").split()[-1]):
            continue  # "є" opens a list only after the instrumental: "побратимами міста є"
        if opener == "стали" and not match.group("rest").strip() and _hromada_first(text, match.end()):
            continue  # "партнерами стали X-ська громада та місто Y": the two sides, not a list of partners
        if _another_clause_between(match.group("rest"), opener):
            continue  # "з партнерами проєкт …, друге – X", "угоди з A підписали дві громади – X": not ours
        if _OF_A_PROJECT.match(match.group("rest")) or _A_PROJECTS_KIND.search(text, 0, match.start()):
            continue  # "партнери проєкту — муніципалітет X, …": a project's or an institution's partners
        if _A_PROJECTS_LEAD.search(text, 0, match.start()) and "побрат" not in match.group("tie").lower():
            continue  # "Лідером проєкту є X, а партнерами — Y": the project's partners, not X's
        if _WHERE_IN_A_PROJECT.search(text, 0, match.start()):
            continue  # "у проєкті програми …, де партнерами є X, Y": the project's partners
        if _A_TOPIC_AFTER.match(match.group("rest")):
            continue  # "переговори з партнерами про сполучення A – B": what the talks are about
        if _SOUGHT.search(text, max(0, match.start() - 40), match.start()):
            continue  # "громади, які шукають партнерів: A, B": the seekers, no partners of anyone
        if _CANDIDATE.search(match.group(0)):
            continue  # "має кандидата в партнери — місто X": no partner yet
        if _WITH_UKRAINIAN_ONES.search(match.group("tie")):
            continue  # "зацікавленість у співпраці з українськими містами: A, B": foreign towns, not partners
        if _THROUGH_OTHERS.search(match.group("rest")):
            continue  # "співпраці з польськими партнерами через сусідів: X, …": the go-betweens, not partners
        if not _entries_follow(text, match.end()):
            continue  # "Ми, побратими, обіцяємо ... – сказав ...": a word, not a list
        if _PEOPLE_LISTED.match(text, match.end()):
            continue  # "голови, які мають досвід роботи з партнерами: X-ський міський голова, …": speakers
        if _first_entry_is_a_clause(text, match.end(), _clause_end(text, match.end())):
            continue  # "шукати партнерів: X вже співпрацює з Y": a sentence after the colon, not a list
        if _names_as_a_verbs_subject(text, match.end()):
            continue  # "партнери для X-щини: A і B підписали угоди": the names are who signed, not partners
        tie = match.group("tie").lower()
        return OwnerList(
            tie_start=match.start(),
            tie_end=match.end("tie"),
            list_start=match.end(),
            list_end=_clause_end(text, match.end()),
            # "Міста-побратими та партнери:" lists partners of both kinds: each entry says its own
            twinning=("побратим" in tie or "поріднен" in tie)
            and not _OTHER_PARTNERS.match(match.group("rest")),
        )
    return None


def names_inside(text: str, listing: OwnerList) -> list[tuple[int, int]]:
    """Capitalised words between the list word and the list: the list's owner when written there
    ("Міста-побратими X:"), or somebody else's; not the country the partners are in ("має партнера
    в Польщі — місто X"), nor a name in brackets or quotes ("(ініціатива «A»)")."""
    from parsers.places.world import load_world

    inside = _ASIDE.sub(lambda m: " " * len(m.group(0)), text[listing.tie_end : listing.list_start])
    return [
        (m.start() + listing.tie_end, m.end() + listing.tie_end)
        for m in _CAPITALISED.finditer(inside)
        if not (_IN_BEFORE.search(inside, 0, m.start()) and load_world().country(m.group(0)))
        and not _TOWNS_OF_A_REGION_BEFORE.search(
            text, max(0, listing.tie_end + m.start() - 20), listing.tie_end + m.start()
        )
    ]


_IN_BEFORE = re.compile(r"\b(?:у|в|на)\s+$", re.IGNORECASE)
# "з двома містами X-а — A та B": the name after the towns' plural noun is where they lie, not a holder
_TOWNS_OF_A_REGION_BEFORE = re.compile(
    r"\b(?:містами|містечками|ґмінами|гмінами|муніципалітетами|громадами|комунами)\s+$", re.IGNORECASE
)
_ASIDE = re.compile(r"\([^()]*\)|«[^»]*»")
"""A bracket or a quoted name inside the list phrase (a programme's name): no owner of the list."""


def line_of(text: str, at: int) -> tuple[int, int]:
    """The line, or the part between semicolons, that holds the character at ``at``: its span."""
    before = max(text.rfind("\n", 0, at), text.rfind(";", 0, at))
    ends = [end for end in (text.find("\n", at), text.find(";", at)) if end != -1]
    return before + 1, min(ends, default=len(text))


def opens_its_line(text: str, at: int) -> bool:
    """A name at ``at`` is the first word of its line or semicolon's part (a dash, a bullet or a
    number may stand before it): an entry of a list set one per line."""
    start, _ = line_of(text, at)
    return start > 0 and _ENTRY_MARKER.fullmatch(text, start, at) is not None


_ENTRY_MARKER = re.compile(
    rf"\s*(?:[-–—•·*]|\d{{1,2}}[.)])?\s*(?:(?:{TOWN_AND_GMINA}|місто|м\.|ґміна|гміна|муніципалітет|громада|комуна|"
    r"округ|повіт)\s+)?",
    re.IGNORECASE,
)
"""What may stand before a list entry's first word: a dash, a bullet or a number, and its unit word."""


_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")


def an_entry_of_a_partner_list(text: str, start: int, end: int) -> bool:
    """The name at ``start``–``end`` is an entry of a partner list in its sentence ("угоди з трьома
    громадами: A, B та X"): a partner, never the hromada a later bare "громада" or "вона" means."""
    begin = max((found.end() for found in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    sentence = text[begin : after.end() if after else len(text)]
    listed = owner_list_in(sentence)
    return listed is not None and listed.list_start <= start - begin < listed.list_end
