"""Pairing within a sentence: runs of Ukrainian and foreign names, paired by dash, by position in
parallel lists, or to the nearest Ukrainian side, each pair kept only when a link ties it; and the
pairs of a hromada's own list of partners (its Ukrainian side, foreign and domestic entries).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from parsers.facts.clauses import (
    clause_of,
    clauses_of,
    opens_a_relative_clause,
    verb_earlier_in_clause,
    verb_later_in_clause,
)
from parsers.facts.cues import status_of
from parsers.facts.links import (
    APPOSITIVE,
    HROMADAS_PARTNER_IS,
    OUR_PARTNER_DASH,
    THEIR_BEFORE,
    TIE_VERB,
    WITH,
    Link,
    governed_by,
    governing_preposition,
    in_an_elliptical_clause,
    in_its_relative_clause,
    pairs_respectively,
    respectively_clause_end,
    without_respectively_before,
)
from parsers.facts.model import Found, PairCandidate, UaSide, domestic_partner, side_of_mention
from parsers.facts.name_context import is_first_name, is_location, preceding_words
from parsers.facts.owner_list import OwnerList, names_inside, owner_list_in
from parsers.facts.vocabulary import (
    ADJ,
    DOCUMENT_NOUN,
    FOREIGN_HEAD_STEMS,
    HOLDS_TALKS,
    REPORTED_OPENING,
    TALKS_GO_ON,
    TOWN_AND_GMINA,
    TOWN_HEAD,
    has_finite_verb,
    is_adjective,
    opens_with_an_infinitive,
)
from parsers.morphology import is_pronoun, parses
from parsers.places.ua_places import UaMention

# Words by which a sentence with no Ukrainian place named speaks of the site's own hromada (its council's
# session included).
_REFERENCE_TO_US = re.compile(
    r"громад|рад[аиіоу]|ОТГ|\bнаш|\bми\b|\bнас\b|міськ|сільськ|селищн|україн|\bмісто\b|столиц|\bсесі",
    re.IGNORECASE,
)


def relinked_by_other_mention(
    candidate: PairCandidate, ua: list[UaMention], text: str
) -> tuple[PairCandidate, Link | None]:
    """A hromada named twice in one sentence (its office's adjective first, then its own name) is
    tied by whichever of its mentions a link reaches; the candidate stage kept only the first."""
    if candidate.fixed or candidate.position is not None or candidate.ua_run is None:
        return candidate, None
    for mention in ua:
        if mention.katottg != candidate.ua.katottg or mention.start == candidate.ua.at:
            continue
        other = dataclasses.replace(
            candidate, ua=side_of_mention(mention), ua_run=(mention.start, mention.end)
        )
        if (link := other.link(text)) is not None:
            return other, link
    return candidate, None


_IN_A_ROW_WITH = re.compile(r"\bв\s+один\s+ряд\s+(?:з|із|зі)\s+", re.IGNORECASE)
"""A hromada placed "in a row with" someone's partners: beside them, not the one they are partners of."""


def owner_list_candidates(
    text: str, ua: list[UaMention], foreign: list[Found], owner: UaSide | None
) -> list[PairCandidate] | None:
    """Every partner of a hromada's own list, foreign and domestic, paired with that hromada
    (None: the sentence has no such list, and the other patterns apply; []: a list, not ours).

    The list's side is the hromada named inside the list phrase ("Міста-побратими X:"), else the one
    hromada named before it as a subject, else the article's own hromada when no foreign place
    comes before the list (a foreign subject's list holds its own twins).
    """
    listing = owner_list_in(text)
    if listing is None:
        return None
    listed_foreign = [
        f
        for f in foreign
        if listing.list_start <= f.start < listing.list_end and not _with_after_a_noun(text, f.start)
    ]
    listed_ua = [
        m
        for m in distinct_sides(ua)
        if listing.list_start <= m.start < listing.list_end and m.kind in ("hromada", "settlement")
    ]
    if not listed_foreign and not listed_ua:
        return None
    if _IN_A_ROW_WITH.search(text, 0, listing.list_start):
        return []  # "X стає в один ряд з нашими партнерами – A та B": the speaker's partners, X beside them
    if _PAIRS_WITH_DASHES.search(text, listing.list_start, listing.list_end) or _hromadas_paired_by_dashes(
        text, listing, listed_ua
    ):
        return None  # "…: A — з X, B — з Y", "…: A — X; B — Y": a list of pairs, each with its own side
    if sum(1 for m in listed_ua if _DASH_THEN_ITS_PARTNERS.match(text, m.end)) >= 2:
        return None  # "обидві громади мають партнерів: A — в X-ії, B — у Y-ії": each hromada its own
    holder = _list_holder(text, listing, ua, foreign, owner)
    if holder.shared:
        return None  # co-signers of one agreement with the listed places: the other links decide
    side = holder.side
    if side is None:
        return []
    side_run = (side.at, side.at + 1) if side.at is not None else None
    candidates = []
    tied_elsewhere: set[int] = set()
    for found in listed_foreign:
        if (other := _tied_in_its_relative_clause(text, found, listed_foreign, ua, side)) is not None:
            # "… — ґміна X, з якою Y побратався у 2017 році": X is Y's twin, whoever the list's holder is
            candidates.append(
                PairCandidate(
                    side_of_mention(other),
                    found,
                    (other.start, other.end),
                    (found.start, found.stop),
                    fixed="with",
                )
            )
            tied_elsewhere.add(other.start)
        else:
            candidates.append(
                PairCandidate(side, found, side_run, (found.start, found.stop), fixed="owner_list")
            )
    candidates += [
        PairCandidate(side, domestic_partner(m), side_run, (m.start, m.end), fixed="owner_list")
        for m in listed_ua
        if m.katottg != side.katottg and m.start not in tied_elsewhere
    ]
    return candidates


def _tied_in_its_relative_clause(
    text: str, found: Found, listed: list[Found], ua: list[UaMention], side: UaSide
) -> UaMention | None:
    """The hromada other than the list's holder that a relative clause right after the entry ties to it
    ("X (Xlatin) Y-ського повіту, з якою Z побратався"): the entry's own side."""
    later = [f.start for f in listed if f.start > found.start]
    clause = _WITH_WHICH_AFTER.search(text, found.stop, min([found.stop + 80, *later]))
    if clause is None or not TIE_VERB.search(clause.group(0)):
        return None
    return next(
        (
            m
            for m in ua
            if clause.start() <= m.start < clause.end()
            and m.kind in ("hromada", "settlement")
            and m.katottg
            and m.katottg != side.katottg
        ),
        None,
    )


_WITH_WHICH_AFTER = re.compile(r",\s*(?:з|із|зі)\s+(?:якою|яким|якими)\s[^,;.:]*", re.IGNORECASE)


def _with_after_a_noun(text: str, start: int) -> bool:
    """The name is governed by a "з" that follows a plain noun ("… до спільних проєктів з X"): a word of
    another predicate, not an entry of the list (an entry fronted with "з" follows a comma or a colon)."""
    at = governing_preposition(text, start, WITH)
    if at is None or re.search(r"[:–—]", text[at:start]):
        return False  # "з 7 громадами: A, B": the list's own opening
    before = re.search(r"([а-яіїєґ'’]+)\s*$", text[:at])
    return before is not None and before.group(1).lower() not in _LIST_WORDS


_LIST_WORDS = frozenset({"та", "і", "й", "а", "також", "зокрема", "серед", "це"})


# A list of two or more pairs joined by dashes, after a colon: ": A — X; B — Y".
# One side of a dash pair: a name, maybe its unit words and its oblast in brackets ("A (X-ська область)").
_PAIR_SIDE = (
    r"[А-ЯІЇЄҐ][\w'’-]+(?:\s[А-ЯІЇЄҐ][\w'’-]+)?(?:\s(?:міська|селищна|сільська))?(?:\s(?:громада|ТГ))?"
    r"(?:\s[А-ЯІЇЄҐ][\w'’-]+(?:ого|ої)\s(?:району|області))?"  # "A-ська громада B-ського району"
    r"(?:\s*\([^()\d;:]{2,60}\))?"
)
_THE_OTHER_UNIT = rf"(?:(?:{TOWN_AND_GMINA}|місто|комуна|ґміна|гміна|муніципалітет|община|громада)\s+)?"
"""The partner's unit noun after the dash ("A – комуна X", "A – місто і ґміна X"): the name follows it."""
_WITH_THE_OTHER_UNIT = (
    r"(?:(?:з|із|зі)\s+(?:(?:містом\s+(?:і|та|й)\s+(?:ґміною|гміною)|містом|комуною|ґміною|гміною|"
    r"муніципалітетом|громадою)\s+)?)?"
)
"""The partner after the dash with the "з" of the verb the dash stands for ("A — з ґміною X")."""
DASH_PAIR_LIST = re.compile(
    rf":\s*(?:{_PAIR_SIDE}\s+[—–]\s+{_THE_OTHER_UNIT}[А-ЯІЇЄҐ][^;:.\d]{{1,60}};\s*){{1,}}"
    rf"{_PAIR_SIDE}\s+[—–]\s+{_THE_OTHER_UNIT}[А-ЯІЇЄҐ][^;:.\d]*\.?\s*$"
    # the entries parted by commas or the last one joined by "та", each one name on either side of its
    # dash: ": A – X, B – Y", ": A – X та B – Y", ": A – X, а B – Y"
    rf"|:\s*(?:{_PAIR_SIDE}\s+[—–]\s+{_WITH_THE_OTHER_UNIT}[А-ЯІЇЄҐ][^;:.\d,—–]{{1,60}}?"
    rf"(?:,(?:\s+а)?|\s(?:та|і|й|а)\s)\s*){{1,}}"
    rf"{_PAIR_SIDE}\s+[—–]\s+{_WITH_THE_OTHER_UNIT}[А-ЯІЇЄҐ][^;:.\d,—–]*\.?\s*$"
)  # no digits: "A — X (2:1)" is a score


_DASH_OF_A_PAIR = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?[—–]\s")
# The left side of a dash pair named as a hromada's adjective ("X-ська — Y", "X-цька громада — Y").
_HROMADA_ADJECTIVE_BEFORE_DASH = re.compile(
    r"(?:^|[:;,]\s*)[А-ЯІЇЄҐ][\w'’-]*(?:ська|цька|зька)(?:\s+(?:міська|селищна|сільська))?(?:\s+громада)?"
    r"\s*(?:\([^()]{0,60}\)\s*)?[—–]\s",
    re.MULTILINE,
)


def _hromadas_paired_by_dashes(text: str, listing: OwnerList, listed_ua: list[UaMention]) -> bool:
    """The list is one of dash pairs whose left sides are hromadas (": A — X; B — Y"), each with its own
    partner; a list by country ("Польща – X, Y; Литва – Z") is the holder's own."""
    dashes = {dash.end() for m in listed_ua if (dash := _DASH_OF_A_PAIR.match(text, m.end))}
    if len(dashes) >= 2 and _a_hromada_after_each_dash(text, dashes, listed_ua):
        return True  # "…: A – B на X-щині, C – D-ську громаду": Ukrainian pairs parted by commas
    if not DASH_PAIR_LIST.search(text, max(0, listing.list_start - 2)):
        return False
    dashes |= {match.end() for match in _HROMADA_ADJECTIVE_BEFORE_DASH.finditer(text, listing.list_start - 2)}
    return len(dashes) >= 2  # entries whose left side is a hromada, each counted once


def _a_hromada_after_each_dash(text: str, dashes: set[int], listed_ua: list[UaMention]) -> bool:
    """Each dash after a listed hromada is followed by another listed hromada: domestic pairs."""
    starts = {m.start for m in listed_ua}
    return all(at in starts for at in dashes)


_DASH_THEN_ITS_PARTNERS = re.compile(r"\s*[—–]\s*(?:в|у|з|із|зі)\s+[А-ЯІЇЄҐ]")
# An entry of a list of pairs: a name, a dash and "з" ("A — з X").
_PAIR_ENTRY = r"[А-ЯІЇЄҐ][\w'’-]*(?:\s+[\w'’-]+)?\s+[–—]\s*(?:з|із|зі)\s"
_PAIRS_WITH_DASHES = re.compile(_PAIR_ENTRY)


def _outside_its_entry_of_pairs(text: str, candidate: PairCandidate, ua: list[UaMention]) -> bool:
    """The partner stands in a list of pairs after a colon ("…: A — з X, B — з Y") and the pair's side
    is not named in the partner's own entry."""
    opening = _PAIRS_OPEN.search(text, 0, candidate.found.start)
    if opening is None:
        return False
    entry_start = max(text.rfind(mark, opening.end(), candidate.found.start) for mark in ",;:") + 1
    entry_start = max(entry_start, opening.end())
    return not any(
        m.katottg == candidate.ua.katottg and entry_start <= m.start < candidate.found.start for m in ua
    )


_PAIRS_OPEN = re.compile(rf":\s*(?={_PAIR_ENTRY})")


def outside_the_list(text: str, foreign: list[Found]) -> list[Found]:
    """The foreign places of a sentence that are not items of its partner list."""
    listing = owner_list_in(text)
    if listing is None:
        return foreign
    return [found for found in foreign if not listing.list_start <= found.start < listing.list_end]


@dataclass(frozen=True)
class _ListHolder:
    """Whose partner list it is: ``side`` (None when the list is somebody else's), or ``shared`` when
    several hromadas are named before it (co-signers of one agreement, not one holder)."""

    side: UaSide | None
    shared: bool = False


_NOT_OURS = _ListHolder(None)


def _list_holder(
    text: str, listing: OwnerList, ua: list[UaMention], foreign: list[Found], owner: UaSide | None
) -> _ListHolder:
    """Whose partner list it is (see :func:`owner_list_candidates`)."""
    if _OF_WHICH.search(text, listing.tie_start, listing.list_start):
        # "X, партнерами якого є A, B": the list is the antecedent's, right before the comma
        before = _ANTECEDENT_END.search(text, 0, listing.tie_start)
        antecedent = [m for m in ua if before and m.end == before.start()]
        return _ListHolder(side_of_mention(antecedent[0])) if antecedent else _NOT_OURS
    inside = names_inside(text, listing)
    named_inside = [m for m in ua if listing.tie_end <= m.start < listing.list_start]
    if any(not any(m.start <= start < m.end for m in named_inside) for start, _ in inside):
        return _NOT_OURS  # a name that is not one of ours stands between the list word and the list
    if named_inside:
        return _ListHolder(side_of_mention(named_inside[0]))
    in_the_tie = {m.katottg: m for m in ua if listing.tie_start <= m.start < listing.tie_end and m.katottg}
    if len(in_the_tie) == 1 and not any(f.start < listing.list_start for f in foreign):
        # "угоди про партнерство X-ської громади з європейськими партнерами: A, B": whose agreements
        return _ListHolder(side_of_mention(next(iter(in_the_tie.values()))))
    if any(f.start < listing.tie_start for f in foreign):
        return _NOT_OURS
    if _OF_THEIR_OWN.search(text, listing.tie_start, listing.list_start):
        return _NOT_OURS  # "гості згадали інших партнерів свого міста — A, B": the guests' town's partners
    if _OF_A_TOWN_BY_ITS_COUNTRY.search(text, listing.tie_start, listing.list_start):
        return _NOT_OURS  # "побратимами чеського міста є A, B": that town's twins
    if _PRONOUN_TOWN_BEFORE.search(text, max(0, listing.tie_start - 60), listing.tie_start):
        return _NOT_OURS
    if THEIR_BEFORE.search(text, max(0, listing.tie_start - 30), listing.tie_start):
        return _NOT_OURS  # "серед його побратимів — A, B": the twins of whatever "його" stands for
    if _a_foreign_town_has_it(text, listing.list_start):
        return _NOT_OURS  # "<Країнське> курортне місто … має й інших друзів: …": that town's own
    before = {
        m.katottg: m
        for m in ua
        if m.start < listing.tie_start
        and not governed_by(text, m.start, WITH)
        and not governed_by(text, m.start, _BESIDES)  # "Окрім X, його партнерами є …": X is one of them
    }
    if len(before) > 1:
        return _ListHolder(None, shared=True)
    if before:
        mention = next(iter(before.values()))
        if _OWN_PARTNERS.search(text, 0, listing.tie_start + 1) and verb_earlier_in_clause(
            text, mention.start
        ):
            return _NOT_OURS  # "X підтримує Y через своїх партнерів – A, B": the subject's partners
        return _ListHolder(side_of_mention(mention))
    ours = _list_of_ours(text[: listing.tie_start], text[listing.tie_start : listing.list_start])
    return _ListHolder(owner) if ours else _NOT_OURS


# "партнерами якого є": the partners of what the relative pronoun stands for ("серед яких" is the list's own)
_OF_WHICH = re.compile(r"\b(?:партнер|побратим)\w*\s+(?:якого|якої|яких)\b", re.IGNORECASE)
_ANTECEDENT_END = re.compile(r"[»\"]?\s*,\s*$")
_BESIDES = frozenset({"окрім", "крім", "серед", "поміж"})
_OWN_PARTNERS = re.compile(r"\b(?:сво(?:їх|ї|їми|їм)|його|її|їхні\w*)\s+(?:\S+\s+)?\S{0,2}$", re.IGNORECASE)


_OF_THEIR_OWN = re.compile(
    r"\bсво(?:го|єї|їх)\s+(?:міст|громад|самоврядуван|муніципаліт|ґмін|гмін)", re.IGNORECASE
)
# "Побратимами чеського міста є A, B": a town named by its country's lowercase adjective lists its own
# (a Ukrainian one is named: "побратимами міста X", "Сквирської громади").
_OF_A_TOWN_BY_ITS_COUNTRY = re.compile(
    r"\b(?!(?:наш|цьог|рідн|сво|міськ|сільськ|селищн|українськ)\w*\b)"  # not the hromada's own kind
    r"(?-i:[а-яіїєґ'’]+(?:ського|цького|зького|ської|цької|зької))\s+"
    r"(?:міста|містечка|громади|ґміни|гміни|муніципалітету|округу|повіту)\b",
    re.IGNORECASE,
)
# "його місто вже має побратимів: A, B": a guest's town, named by a pronoun, lists its own.
# A foreign town named by its country's adjective as the subject that has the list: "<Країнське> місто має"
_A_TOWN_BY_ITS_COUNTRY_HAS = re.compile(
    r"^\s*([А-ЯІЇЄҐ][а-яіїєґ'’]+(?:ське|цьке|зьке|ська|цька|зька))\s+(?:[а-яіїєґ'’-]+\s+){0,2}?"
    r"(?:місто|містечко|ґміна|гміна|муніципалітет)\b[^.!?]{0,80}?\bма(?:є|ло)\b"
)


def _a_foreign_town_has_it(text: str, end: int) -> bool:
    """The sentence opens with a town named by its foreign country's adjective that has what follows
    (its verb may open the list phrase itself: "… має й інших побратимів")."""
    from parsers.places.world import load_world

    found = _A_TOWN_BY_ITS_COUNTRY_HAS.search(text, 0, end)
    return found is not None and (load_world().country(found.group(1)) or "UA") != "UA"


_PRONOUN_TOWN_BEFORE = re.compile(
    r"\b(?:його|її|їхн\w*)\s+(?:рідн\w+\s+)?(?:міст|громад|ґмін|гмін|муніципаліт)\w*\s+(?:\S+\s+){0,2}?$",
    re.IGNORECASE,
)


_OPENING_WORD = re.compile(
    r"Серед|Поміж|Також|Нині|Зараз|Сьогодні|Наразі|Нагада(?:ємо|ю)|Нагадуємо|Зазначимо|Додамо|Отже|Загалом",
    re.IGNORECASE,
)
"""Words that open a sentence before its list and name nobody (a time, a reminder or a conclusion in
the site's own voice): the phrase then says whose list it is."""
_US = re.compile(r"\b(?:громад\w*|міст[оау]|містом|наш\w*|ми|нас|нам|рад[аиі]|вона)\b", re.IGNORECASE)


def _list_of_ours(prefix: str, phrase: str) -> bool:
    """With no hromada named, a list is the article's own hromada's only when the text says so
    ("Громада має угоди з ...", "Побратими міста: ...") and no other name stands before the list. A
    person who reports it ("Ім'я Прізвище нагадала, що …") is no such name."""
    prefix = _without_a_persons_report(prefix)
    capitals = [m for m in re.finditer(r"\b[А-ЯІЇЄҐA-Z][\w'-]*", prefix)]
    if any(m.start() > 0 and not _US.fullmatch(m.group(0)) for m in capitals[1:]):
        return False
    if (
        capitals
        and not prefix[: capitals[0].start()].strip()
        and not _US.fullmatch(capitals[0].group(0))
        and not _OPENING_WORD.fullmatch(capitals[0].group(0))
    ):
        # the first word is a name unless the rest of the prefix refers to us ("Нагадаємо, громада має")
        return bool(_US.search(prefix[capitals[0].end() :]))
    return bool(_US.search(prefix) or _US.search(phrase))


def _without_a_persons_report(prefix: str) -> str:
    """The prefix after "…, що" of a report whose only names are a person's ("Начальниця відділу Ім'я
    Прізвище нагадала, що"): what was reported, not who reported it."""
    reported = REPORTED_OPENING.match(prefix)
    if reported is None:
        return prefix
    names = re.findall(r"\b[А-ЯІЇЄҐ][\w'’-]*", prefix[: reported.end()])
    for index, name in enumerate(names[1:], start=1):  # the first word opens the sentence
        if not (is_first_name(name) or is_first_name(names[index - 1])):
            return prefix  # another name speaks (a foreign mayor's town): its list may be that town's
    return prefix[reported.end() :]


_A_PARTNER_APPOSED = re.compile(
    r"\b(?:з|із|зі)\s+(?:[а-яіїєґ'’]+\s+){0,3}?громадою\s*[–—]\s*$", re.IGNORECASE
)


def pair_by_position(
    ua: list[UaMention], foreign: list[Found], owner: UaSide | None, text: str
) -> list[PairCandidate]:
    """Candidate pairs of Ukrainian and foreign mentions of one sentence (the link test decides).

    Two runs ("A, B, C ... X, Y") give every-with-every candidates,
    or by position when both lists are as long. With more runs, a dash ties the runs on its two sides
    ("X та Y — A"); any other foreign run goes with the nearest Ukrainian run before it.
    """
    if not foreign:
        return []
    # "та з однією українською громадою – Y-ською": a partner named in apposition to "з … громадою"
    sides = [
        m
        for m in distinct_sides(ua, text)
        if not _A_PARTNER_APPOSED.search(text, max(0, m.start - 60), m.start)
    ]
    if not sides:
        if not _owner_is_meant(text, foreign, owner):
            return []
        foreign_runs = runs_of(text, [(f.start, f.stop, "f", f) for f in foreign])
        return [
            PairCandidate(owner, f, None, (run.start, run.end))
            for index, run in enumerate(foreign_runs)
            if not _twin_of_an_earlier_place(text, foreign_runs, index)
            for f in run.items
        ]
    runs = runs_of(
        text,
        [(m.start, m.end, "ua", m) for m in sides] + [(f.start, f.stop, "f", f) for f in foreign],
        holders=True,
    )
    ua_runs = [run for run in runs if run.kind == "ua"]
    ua_runs = [run for run in ua_runs if not _inserted(text, run)] or ua_runs  # ", сусідка Y," describes
    foreign_runs = [run for run in runs if run.kind == "f"]
    if len(runs) <= 2 or len(foreign_runs) == 1:
        listed = len(foreign_runs[0].items) + _unread_items_after(text, foreign_runs[0], ua)
        same_length = len(ua_runs) == 1 and len(ua_runs[0].items) == listed >= 2
        if pairs_respectively(text) and not same_length:
            return []  # "відповідно" pairs two lists by position; lists of unequal length cannot be paired
        if (
            same_length
            and not pairs_respectively(text)
            and not _JOINT_DOCUMENT.search(text)
            and not _dashed(text, ua_runs[0], foreign_runs[0])
        ):
            return []  # "A і B провели переговори з X та Y": nothing says who with whom
        return [
            PairCandidate(
                side_of_mention(m),
                f,
                (ua_run.start, ua_run.end),
                (f_run.start, f_run.end),
                (i, j) if same_length else None,
                _dashed(text, ua_run, f_run),
            )
            for ua_run in ua_runs
            for i, m in enumerate(ua_run.items)
            for f_run in foreign_runs
            for j, f in enumerate(f_run.items)
        ]
    if pairs_respectively(text) and (parts := _respectively_then_a_clause_of_its_own(text, sides, foreign)):
        # "A та B підписали – відповідно з X та Y, а C – з Z": the lists by position, then C's own clause
        (head_ua, head_foreign, head_end), (tail_ua, tail_foreign, blanked) = parts
        return pair_by_position(head_ua, head_foreign, owner, text[:head_end]) + pair_by_position(
            tail_ua, tail_foreign, owner, blanked
        )
    if pairs_respectively(text) and (one_by_one := _documents_one_by_one(text, ua_runs, foreign_runs)):
        return one_by_one  # "A, B та C підписали відповідно меморандум з X, лист про наміри з Y та угоду з Z"
    if pairs_respectively(text) and not _one_pair_per_part(text, runs):
        return []  # "відповідно" pairs two lists by position: lists that are not two cannot be paired
    candidates = []
    for index, run in enumerate(runs):
        if run.kind != "f":
            continue
        dash_run = _dash_neighbour(text, runs, index)
        partner_run = dash_run or _nearest_ua_run(runs, index, text)
        crossed = len(partner_run.items) == len(run.items) >= 2 and not _JOINT_DOCUMENT.search(text)
        if dash_run is None and crossed:
            continue  # "A і B уклали угоди з X та Y, а C — з Z": nothing says who with whom in the first pair
        candidates.extend(
            PairCandidate(
                side_of_mention(m),
                f,
                (partner_run.start, partner_run.end),
                (run.start, run.end),
                dash=dash_run is not None,
            )
            for m in partner_run.items
            for f in run.items
        )
    return candidates


_Part = tuple[list[UaMention], list[Found], int]
_Clause = tuple[list[UaMention], list[Found], str]


def _respectively_then_a_clause_of_its_own(
    text: str, sides: list[UaMention], foreign: list[Found]
) -> tuple[_Part, _Clause] | None:
    """The sentence's "відповідно" pairs two lists of two or more, then a clause joined by "а" names a
    side and a partner of its own ("…, а C – з Z"): (the sides, partners and end of the first part), and
    (the sides and partners of the clause, with the text whose "відповідно" is blanked out)."""
    cut = respectively_clause_end(text)
    if cut is None:
        return None
    head_ua, tail_ua = [m for m in sides if m.end <= cut], [m for m in sides if m.start >= cut]
    head_foreign, tail_foreign = [f for f in foreign if f.stop <= cut], [f for f in foreign if f.start >= cut]
    if not (len(head_ua) == len(head_foreign) >= 2 and tail_ua and tail_foreign):
        return None
    return (head_ua, head_foreign, cut), (tail_ua, tail_foreign, without_respectively_before(text, cut))


def _documents_one_by_one(text: str, ua_runs: list[_Run], foreign_runs: list[_Run]) -> list[PairCandidate]:
    """One list of sides, then as many partners, each one after a document and its own "з", paired by
    position as "відповідно" says; none when the counts differ or a partner stands before the sides."""
    if len(ua_runs) != 1 or len(foreign_runs) < 2 or any(len(run.items) != 1 for run in foreign_runs):
        return []
    sides = ua_runs[0]
    if len(sides.items) != len(foreign_runs) or any(run.start < sides.end for run in foreign_runs):
        return []
    if not all(governed_by(text, run.start, WITH) for run in foreign_runs):
        return []
    return [
        PairCandidate(
            side_of_mention(m), run.items[0], (sides.start, sides.end), (run.start, run.end), (i, i)
        )
        for i, (m, run) in enumerate(zip(sides.items, foreign_runs, strict=True))
    ]


def _one_pair_per_part(text: str, runs: list[_Run]) -> bool:
    """Semicolons part the sentence into clauses that each hold one Ukrainian run and one foreign run
    ("підписали: голова A та мер X; голова B та мер Y — відповідно"): each part is its pair, whatever
    "відповідно" adds."""
    if ";" not in text:
        return False
    parts: dict[int, list[str]] = {}
    for run in runs:
        if len(run.items) != 1:
            return False  # lists within a part are paired by position, as "відповідно" says
        parts.setdefault(text.count(";", 0, run.start), []).append(run.kind)
    return len(parts) >= 2 and all(sorted(kinds) == ["f", "ua"] for kinds in parts.values())


def _dashed(text: str, one: _Run, other: _Run) -> bool:
    """Two lists joined by nothing but a spaced dash: "Ворзель — Жиф-сюр-Іветт"."""
    left, right = sorted((one, other), key=lambda run: run.start)
    return bool(_A_PAIRS_DASH.fullmatch(_gap_words(text, left.end, right.start))) and not _a_route(
        text, left, right
    )


_A_PAIRS_DASH = re.compile(r"\s+[—–]\s+" + _THE_OTHER_UNIT)
"""What joins a dash pair's two names: the dash, maybe the right side's unit noun ("A – комуна X")."""


def _a_route(text: str, left: _Run, right: _Run) -> bool:
    """Names joined by dashes that make a route, not a pair: a word for a route, a vehicle or a border
    crossing just before them ("маршрут X – Y", "пункт пропуску X – Y"), or a chain of three names or
    more ("X – Y – Z")."""
    return bool(
        _ROUTE_BEFORE.search(text, max(0, left.start - 160), left.start)
        or _CHAIN_AFTER.match(text, right.end)
        or _CHAIN_BEFORE.search(text, max(0, left.start - 60), left.start)
    )


_ROUTE_BEFORE = re.compile(
    r"\b(?:маршрут|рейс|трас[аиоуі]|сполученн|автобус|поїзд|потяг|експрес|велопробіг|пробіг|ралі|естафет|"
    r"лін(?:ія|ії|ію|ією)|напрям|напрямк|пункт|КПП|переход|перехід)\w*(?:\s+[\w'-]+){0,2}\s+[«\"„“]?"
    # earlier crossings of the same list: "пунктів пропуску A — B, C — D і E — F"
    r"(?:[А-ЯІЇЄҐ][\w'’-]*\s+[—–]\s+[А-ЯІЇЄҐ][\w'’-]*(?:,\s+|\s+(?:і|й|та)\s+))*$",
    re.IGNORECASE,
)
_CHAIN_AFTER = re.compile(r"\s+[—–]\s+[А-ЯІЇЄҐ]")
_CHAIN_BEFORE = re.compile(r"[А-ЯІЇЄҐ][\w'-]*\s+[—–]\s+$")


def owners_unclaimed_partners(
    text: str, candidates: list[PairCandidate], foreign: list[Found], owner: UaSide | None
) -> list[PairCandidate]:
    """A partner no named side keeps, in a clause whose subject is the bare word "громада" ("громада
    підписала угоду з X, а Y-ська громада – з Z"): on a hromada's own site, that hromada's partner."""
    if owner is None:
        return []
    kept = {id(candidate.found) for candidate in candidates}
    clauses = clauses_of(text)
    return [
        PairCandidate(owner, found, None, (found.start, found.stop))
        for found in foreign
        if id(found) not in kept
        and (clause := clause_of(clauses, found.start)) is not None
        and bare_hromada_subject(text, clause[0], found.start)
    ]


def bare_hromada_subject(text: str, start: int, end: int) -> bool:
    """ "громада" or "наша громада" stands in the clause before the partner ("між громадою та Y" too), with
    no adjective of its own ("Y-ська громада", "міська громада" name another or a named one)."""
    for match in _HROMADA_WORD.finditer(text, start, end):
        before = preceding_words(text, match.start(), 1)
        word = before[0].lower() if before else ""
        if word in ("", "наша", "рідна") or not (word.endswith(("а", "я")) and is_adjective(word)):
            return True
    return False


# "між громадою та Y": the hromada as a side; "Серед міст-побратимів громади — Y": its twins
_HROMADA_WORD = re.compile(
    r"\bгромада\b|\bміж\s+громадою\b|\b(?:міст\w*-)?(?:побратим|партнер)\w*\s+громади\b"
)


def pronoun_subject(text: str) -> bool:
    """ "Наприкінці року вона підписала угоду з X", "Її голова повідомила, що громада веде переговори з
    X": a pronoun is the subject of the tie's verb, or the hromada whose head speaks, so the side is the
    hromada the sentence before spoke of, not the site's own."""
    return (
        _PRONOUN_SUBJECT.search(text) is not None
        or _A_PRONOUN_BESIDE_A_TOWNS_HEAD.search(text) is not None
        or _ITS_HEAD_OPENS.match(text) is not None
        or _ITS_HEAD_SIGNS.search(text) is not None
    )


def there_they_act(text: str) -> bool:
    """ "Там уже кілька місяців ведуть перемовини з X": the sentence opens with "там" for the place the
    sentence before named last, whose people act with no subject named."""
    return _THERE_THEY_ACT.match(text) is not None


_PRONOUN_SUBJECT = re.compile(
    # any adverbs between the pronoun and its verb ("вона дистанційно підписала")
    r"(?:^|[,:]\s+|\s)(?:вона|вони)\s+(?:[\w'’-]+\s+){0,4}?"  # "вони ще з 2023 року мають угоду"
    r"(?:підписал|уклал|стал|отримал|налагодил|поріднил|ма(?:є|ють|ла|ли)\s+(?:\S+\s+)?(?:побратим|партнер|угод)|"
    rf"{HOLDS_TALKS})",
    re.IGNORECASE,
)
# "вона та мер X Ім'я Прізвище підписали угоду": the head the sentence before named, with her co-signer
_A_PRONOUN_BESIDE_A_TOWNS_HEAD = re.compile(
    rf"(?:^|[,:]\s+|\s)(вона|він)\s+(?:та|і|й)\s+(?:{TOWN_HEAD})\s+(?:\S+\s+){{1,4}}?(?:підписал|уклал)",
    re.IGNORECASE,
)


def a_pronoun_beside_a_towns_head(text: str) -> tuple[int, int] | None:
    """Where the pronoun of "вона та мер X … підписали" stands: a side the sentence before named, whose
    co-signer is the town's head."""
    found = _A_PRONOUN_BESIDE_A_TOWNS_HEAD.search(text)
    return found.span(1) if found else None


# "Там уже кілька місяців ведуть перемовини з X": the place the sentence before named acts, with no subject
_THERE_THEY_ACT = re.compile(
    r"\s*(?:Там|Тут)\s+(?:[а-яіїєґ'’-]+\s+){0,4}?"
    rf"(?:підписал|уклал|ма(?:є|ють|ла|ли)\s+(?:\S+\s+)?(?:побратим|партнер|угод)|{HOLDS_TALKS}|{TALKS_GO_ON}"
    # "Там тривають переговори з X": the talks as the subject after their verb; "Тут готують угоду з X"
    r"|(?:тривають|ведуться|йдуть|точаться)\s+(?:\S+\s+)?(?:переговори|перемовини)"
    rf"|готу(?:ють|є)\s+(?:\S+\s+)?{DOCUMENT_NOUN})"
)
_ITS_HEAD_SIGNS = re.compile(
    r"(?:^|\s)(?:її|його)\s+(?:голов|очільни|керівни)\w*\s+(?:[А-ЯІЇЄҐ][\w'’-]+\s+){0,2}"
    r"(?:(?:та|і|й)\s+[^.;:]{0,80}?\s)?(?:підписал|уклал|скріпил)\w*"
)
"""A document fronted, then "її голова (Ім'я Прізвище) (та мер X) підписали": the hromada the sentence
before spoke of signs through its head."""
_ITS_HEAD_OPENS = re.compile(
    # "Її голова повідомила, що …", "Як повідомив її голова, …", "За словами її голови, …"
    r"\s*(?:(?:як|за)\s+(?:[а-яіїєґ'’]+\s+)?)?(?:її|його)\s+"
    r"(?:голов|очільни|керівни|староста|старост|заступни|секретар|представни|делегаці)\w*\b",
    re.IGNORECASE,
)


def in_own_clause(
    text: str,
    candidates: list[PairCandidate],
    ua: list[UaMention],
    foreign_name: Callable[[str], bool] = lambda _: False,
) -> list[PairCandidate]:
    """A partner whose own clause names another Ukrainian side is not paired across clauses:
    "X уклала угоду з A, а Y – з B" pairs B with Y only; and a Ukrainian side named in a later clause
    with a partner of its own does not reach back to an earlier clause's partner ("громада уклала угоду
    з A, а Y – з B": A is not Y's). ``foreign_name`` tells a word that is a foreign place's exact name
    (one the sentence did not take as a partner, as a word at its start)."""
    clauses = clauses_of(text)
    kept = []
    for candidate in candidates:
        clause = clause_of(clauses, candidate.found.start)
        side_at = candidate.ua.at
        if (
            clause is not None
            and not candidate.dash
            and _opens_with_another_subject(_INSTITUTION_OPENS, text, clause, side_at)
            and not _side_in_the_partners_relative_clause(text, clauses, candidate)
        ):
            continue  # "…, а центр громади співпрацює з Y": an institution's tie, not the hromada's
        if _outside_its_entry_of_pairs(text, candidate, ua):
            continue  # "…: A — з X, B — з Y": X is A's only
        if (
            clause is not None
            and not candidate.dash
            and _opens_with_another_subject(_HROMADA_ADJECTIVE_OPENS, text, clause, side_at)
        ):
            continue  # "X уклала угоду з A, а Y-ська веде переговори з B": B is Y's, named or not
        if (
            not candidate.dash
            and side_at is not None
            and _OUR_HROMADA_OPENS.search(text, side_at, candidate.found.start)
        ):
            continue  # "сусіди з X підписали угоду з A, наша громада веде переговори з B": B is ours
        if not candidate.dash and _partner_of_a_foreign_subject(text, clauses, candidate, candidates):
            continue
        if not candidate.dash and _partner_of_the_sentences_foreign_subject(text, candidate, candidates, ua):
            continue  # "Місто X, з яким громада співпрацює, підписало угоду з A": A is X's partner
        if not candidate.dash and _coordinated_objects(text, candidate):
            continue  # "X є побратимом A, B, а також німецького C": A and C are both X's twins
        if not candidate.dash and _objects_of_two_clauses(text, candidate):
            continue  # "місто співпрацює з A, а тепер хоче дружити і з X-ою": A and X are both its partners
        if clause is not None and _in_a_foreign_officials_town(text, clause, candidate, candidates, ua):
            continue  # "мер X-а розповів, що його місто співпрацює з A": A is X's partner
        if clause is not None and _in_a_foreign_places_relative_clause(
            text, clause, candidate, candidates, ua, foreign_name
        ):
            continue  # "X, що є також партнером A та B, надіслав Y допомогу": A and B are X's partners
        if candidate.dash or candidate.ua.at is None or clause is None:
            kept.append(candidate)
            continue
        if _side_of_a_later_clause(text, clauses, candidate, candidates):
            continue
        if _told_by_another_sides_clause(text, clauses, clause, candidate, ua):
            continue  # "X уклала угоду з A, а Y оголосила, що підпише угоду з B": B is Y's
        if not clause[0] <= candidate.ua.at < clause[1] and _opens_with_a_named_subject(
            text, clause, candidate, ua
        ):
            continue  # "X отримав побратима, Y підписав угоду з A": A is Y's, whatever Y is
        antecedent = _antecedent_of_relative_clause(text, clause, ua)
        if antecedent is not None and antecedent.katottg != candidate.ua.katottg:
            continue  # "…для X, який веде переговори з Y": Y is X's partner only
        a, b = clause
        sides = (candidate.ua.katottg, candidate.found.partner.katottg)  # a domestic partner is one of `ua`
        others_here = any(
            a <= m.start < b
            and m.katottg not in sides
            and not is_location(text, m.start)
            and not _A_PARTNER_APPOSED.search(text, max(0, m.start - 60), m.start)
            for m in ua
        )  # "працює в евакуації в X": where someone is, not another side; nor a partner listed beside
        if (
            others_here
            and not a <= candidate.ua.at < b
            and not _object_of_own_clause(text, clauses, candidate, candidates)
        ):
            continue
        kept.append(candidate)
    return kept


def _told_by_another_sides_clause(
    text: str,
    clauses: Sequence[tuple[int, int]],
    clause: tuple[int, int],
    candidate: PairCandidate,
    ua: list[UaMention],
) -> bool:
    """The partner's clause is the object of the clause just before ("…, а Y оголосила, що підпише угоду
    з B"), and that clause names another hromada, not the candidate's side: what it says is that one's."""
    at = candidate.ua.at
    if at is None or not _COMPLEMENT_OPENS.match(text, clause[0]) or clause not in clauses:
        return False
    index = clauses.index(clause)
    if index == 0 or clauses[index - 1][0] <= at < clauses[index - 1][1]:
        return False
    head = clauses[index - 1]
    return any(head[0] <= m.start < head[1] and m.katottg != candidate.ua.katottg for m in ua)


_COMPLEMENT_OPENS = re.compile(r"\s*що\s+(?!(?:є|був|була|було|були)\b)")


# A clause whose subject, among its first words, is an institution (a school, a museum, a centre, a
# club): the tie it tells is that institution's.
_INSTITUTION_OPENS = re.compile(
    r"\s*(?:(?:а|і|й|та|також)\s+)?(?:[а-яіїєґ'’-]+\s+){0,3}?"
    r"(?:центр|школ[аи]|ліце[йї]|гімназі[яї]|музе[йї]|бібліотек[аи]|лікарн[яі]|підприємств[оа]|"
    r"організаці[яї]|асоціаці[яї]|фонд|клуб|університет|коледж|заклад|театр|ансамбль|колектив|хор|"
    r"команд[аи]|оркестр|"
    r"область|обласн\w+\s+(?:рада|адміністрація|державна|військова))\b",  # "…, а область — з Y": the oblast's
    re.IGNORECASE,
)


# A clause whose subject is a hromada named by its adjective alone ("…, а Y-ська веде переговори з B").
_HROMADA_ADJECTIVE_OPENS = re.compile(
    r"\s*(?:а|тоді\s+як|натомість|тоді)\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ська|цька|зька)\b(?!\s+(?:област|обл\b))"
)


# A later clause whose subject is the site's own hromada ("…, наша громада веде переговори з B"), between
# a side named before it and a partner after it.
_OUR_HROMADA_OPENS = re.compile(
    r"[,;]\s*(?:(?:а|і|й|та|тоді\s+як|натомість)\s+)?(?:наша\s+(?:громада|рада)|наше\s+місто|ми)\s+"
    r"(?!\S*\s*(?:з|із|зі)\s)",  # "ми з X …": the speaker's company, not the subject alone
    re.IGNORECASE,
)


def _opens_with_a_named_subject(
    text: str, clause: tuple[int, int], candidate: PairCandidate, ua: list[UaMention]
) -> bool:
    """The partner's clause opens with a capitalised name that is neither the partner nor a Ukrainian
    place read there, then a finite verb: a subject of its own (a town the dictionary also reads as a
    surname, say)."""
    opening = _NAME_THEN_WORD.match(text, clause[0], clause[1])
    return (
        opening is not None
        and opening.start(1) != candidate.found.start
        and not any(m.start == opening.start(1) for m in ua)
        and has_finite_verb(opening.group(2))
        and not _read_first_as_a_word(opening.group(1))
    )  # not "Вона веде …", "Громада готується …": the side the sentence is about


def _read_first_as_a_word(word: str) -> bool:
    """A pronoun in some reading, or a plain noun in the dictionary's likeliest one."""
    if is_pronoun(word):
        return True
    reading = parses(word.lower())[0]
    return reading.is_known and reading.tag.POS == "NOUN" and not _NAME_TAGS & reading.tag.grammemes


_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


_NAME_THEN_WORD = re.compile(r"\s*(?:(?:а|і|й|та)\s+)?([А-ЯІЇЄҐ][\w'’-]+)\s+([а-яіїєґ'’]+)\b")


def _side_in_the_partners_relative_clause(
    text: str, clauses: Sequence[tuple[int, int]], candidate: PairCandidate
) -> bool:
    """The side stands in the relative clause right after the partner's name ("організації міста X, яке
    є побратимом Y"): that clause speaks of the town, whatever the subject of the clause it is named in."""
    side_at = candidate.ua.at
    after = clause_of(clauses, side_at) if side_at is not None else None
    return (
        after is not None
        and after[0] >= candidate.found.stop
        and re.fullmatch(r"\s*,\s*", text[candidate.found.stop : after[0]]) is not None
        and _WHICH.match(text, after[0]) is not None
    )


_WHICH = re.compile(r"(?:який|яка|яке|які)\b", re.IGNORECASE)


def _opens_with_another_subject(
    subject: re.Pattern[str], text: str, clause: tuple[int, int], side_at: int | None
) -> bool:
    """The partner's clause opens with a subject of its own (an institution, another hromada's
    adjective) and does not name the pair's Ukrainian side."""
    return not (side_at is not None and clause[0] <= side_at < clause[1]) and bool(
        subject.match(text, clause[0])
    )


def _antecedent_of_relative_clause(
    text: str, clause: tuple[int, int], ua: list[UaMention]
) -> UaMention | None:
    """The Ukrainian place a relative clause ("…, який …") follows right before its comma: the clause
    speaks of that place."""
    if not opens_a_relative_clause(text, clause):
        return None
    return next((m for m in ua if 0 <= clause[0] - m.end <= 3 and "," in text[m.end : clause[0]]), None)


def _partner_of_the_sentences_foreign_subject(
    text: str, candidate: PairCandidate, candidates: list[PairCandidate], ua: list[UaMention]
) -> bool:
    """The sentence opens with a foreign place as its subject ("Угорське місто X, …, підписало угоду з A",
    "Партнер Y – ґміна X – уклала угоду з A"), the verb is no plural that would join a Ukrainian co-subject,
    and the partner follows "з": A is X's partner, not that of a hromada named in between or of the site."""
    opening = _FOREIGN_OPENING.match(text)
    if opening is None or governing_preposition(text, candidate.found.start, WITH) is None:
        return False
    subject = _CAPITALISED_RUN.match(text, opening.end())
    apposition_end = opening.end("of") if opening.group("of") else 0  # "Партнер Y – …": Y is no subject
    if subject is None or any(apposition_end <= m.start <= subject.start() for m in ua):
        return False  # no name there, or a Ukrainian one ("Y-ська громада X-щини має угоди з A")
    if opening.end() == 0 and not any(c.found.start == 0 for c in candidates):
        return False  # a bare capitalised word opens many sentences ("Делегація …"): only a found place
    if not subject.end() < candidate.found.start or candidate.found.start == subject.start():
        return False
    return not _PLURAL_VERB.search(text, subject.end(), candidate.found.start)


_CAPITALISED_RUN = re.compile(r"[А-ЯІЇЄҐ][\w'-]*(?:\s+[А-ЯІЇЄҐ][\w'-]*)*")
_FOREIGN_OPENING = re.compile(
    r"(?P<of>Партнер\w*\s+[^—–.;]{1,60}?\s[—–]\s+)?"
    r"(?:[А-ЯІЇЄҐа-яіїєґ']+(?:ськ|цьк|зьк)(?:е|а|ий|ої|ого)\s+)?"
    r"(?:(?:[Мм]істо|[Ґґ]міна|[Гг]міна|[Гг]ромада|[Мм]уніципалітет|[Кк]омуна|[Вв]олость|[Оо]круг)\s+)?"
)
_PLURAL_VERB = re.compile(r"\b[а-яіїєґ']+(?:ли|ють|ять|уть)\b")


def _side_of_a_later_clause(
    text: str, clauses: Sequence[tuple[int, int]], candidate: PairCandidate, candidates: list[PairCandidate]
) -> bool:
    """The Ukrainian side stands in a clause after the partner's, and that clause has a partner of its
    own: one found, or a subject the gazetteer does not know ("а естонська волость X – з Y")."""
    side_clause = clause_of(clauses, candidate.ua.at)
    partner_clause = clause_of(clauses, candidate.found.start)
    if side_clause is None or partner_clause is None or side_clause[0] <= partner_clause[0]:
        return False
    a, b = side_clause
    if _FOREIGN_SUBJECT_BEFORE_DASH.search(text, a, candidate.ua.at or a):
        return True
    return any(a <= other.found.start < b for other in candidates if other.found is not candidate.found)


# A place adjective, maybe a unit's noun, a capitalised name and a dash: an elliptical clause's subject.
_FOREIGN_SUBJECT_BEFORE_DASH = re.compile(
    r"[а-яіїєґ']+(?:ськ|цьк|зьк)\w+\s+(?:[а-яіїєґ']+\s+)?[А-ЯІЇЄҐ][\w'-]+\s+[—–]\s+(?:з|із|зі)\s"
)


def _partner_of_a_foreign_subject(
    text: str, clauses: Sequence[tuple[int, int]], candidate: PairCandidate, candidates: list[PairCandidate]
) -> bool:
    """The partner follows "з" in a clause that names no Ukrainian side and whose subject, before the
    "з", is another foreign place ("…, що X уже має угоди з A"): A is that place's partner."""
    clause = clause_of(clauses, candidate.found.start)
    if clause is None or (candidate.ua.at is not None and clause[0] <= candidate.ua.at < clause[1]):
        return False
    with_at = governing_preposition(text, candidate.found.start, WITH) or _with_of_its_list(
        text, candidate, candidates
    )
    if with_at is None:
        return False
    return any(
        clause[0] <= other.found.start < with_at
        and not other.found.partner.domestic
        and governing_preposition(text, other.found.start, ANY_PREPOSITION) is None
        for other in candidates
        if other.found is not candidate.found
    )


def _with_of_its_list(text: str, candidate: PairCandidate, candidates: list[PairCandidate]) -> int | None:
    """The "з" of the list the partner is a later item of ("з німецьким A та литовським B": B's "з")."""
    for other in candidates:
        if other.found.stop <= candidate.found.start and _NEXT_ITEM.fullmatch(
            text, other.found.stop, candidate.found.start
        ):
            return governing_preposition(text, other.found.start, WITH)
    return None


_NEXT_ITEM = re.compile(r"\s*(?:,|,?\s+(?:та|і|й))\s+(?:[а-яіїєґ'’-]+\s+)?")


def _in_a_foreign_places_relative_clause(
    text: str,
    clause: tuple[int, int],
    candidate: PairCandidate,
    candidates: list[PairCandidate],
    ua: list[UaMention],
    foreign_name: Callable[[str], bool],
) -> bool:
    """The partner stands in a relative clause ("…, що …", "…, який …") that follows another foreign
    place, found or only named (a town's name that is also a word, at the sentence start): the clause
    tells that place's ties (a Ukrainian place in it is that place's partner too)."""
    if (opening := _A_RELATIVE_CLAUSE_RUNNING.search(text, 0, candidate.found.start)) is not None and any(
        other.found is not candidate.found
        and other.found.stop <= opening.start()
        and _ONLY_ITS_BRACKETS.fullmatch(text, other.found.stop, opening.start())
        for other in candidates
    ):
        return True  # "X (повіт Y), яка має зв'язки з A і фінською B, стала …": B in X's clause too
    if not opens_a_relative_clause(text, clause):
        return False
    if any(
        other.found is not candidate.found
        and 0 <= clause[0] - other.found.stop <= 3
        and "," in text[other.found.stop : clause[0]]
        for other in candidates
    ):
        return True
    if _WHICH.match(text, clause[0]) is None:
        return False
    return _named_antecedent(text, clause[0], ua, candidates, foreign_name) or any(
        other.found is not candidate.found
        and other.found.start == 0
        and _DEFINED_AS_A_TOWN.match(text, other.found.stop)
        for other in candidates
    )  # "X – місто …, яке має побратимів A і B": the sentence defines the foreign town X


_A_RELATIVE_CLAUSE_RUNNING = re.compile(r",\s*(?:який|яка|яке|які)\b[^,;.:]*$", re.IGNORECASE)
"""A relative clause that opens after a comma and runs on, unbroken, up to the point searched to."""
_ONLY_ITS_BRACKETS = re.compile(r"\s*(?:\([^()]{0,60}\))?\s*")
_DEFINED_AS_A_TOWN = re.compile(
    r"\s*[–—-]\s+(?:\S+\s+){0,2}?(?:місто|містечко|ґміна|гміна|муніципалітет|комуна|курорт|столиця)\b",
    re.IGNORECASE,
)


_WHICH = re.compile(r"(?:який|яка|яке|які)\b", re.IGNORECASE)
"""A relative pronoun that is never a conjunction (unlike "що" in "Нагадаємо, що …")."""
_ANTECEDENT = re.compile(r"([А-ЯІЇЄҐ][\w'’-]+)\s*,\s*$")


def _named_antecedent(
    text: str,
    clause_start: int,
    ua: list[UaMention],
    candidates: list[PairCandidate],
    foreign_name: Callable[[str], bool],
) -> bool:
    """A capitalised word right before the relative clause's comma that is a foreign place's exact
    name, and no Ukrainian place or place found in the sentence (a partner found there is the
    clause's own subject of talk, see above)."""
    found = _ANTECEDENT.search(text, max(0, clause_start - 40), clause_start)
    if found is None or any(m.start <= found.start(1) < m.end for m in ua):
        return False
    if any(c.found.start <= found.start(1) < c.found.stop for c in candidates):
        return False
    return foreign_name(found.group(1))


def _in_a_foreign_officials_town(
    text: str,
    clause: tuple[int, int],
    candidate: PairCandidate,
    candidates: list[PairCandidate],
    ua: list[UaMention],
) -> bool:
    """The partner's clause speaks of "його місто" ("її громада") before it, and the office last named
    before that is held in another foreign place ("мер X-а … його місто співпрацює з A"): A is X's
    partner. (X itself stays the partner of a Ukrainian side after the "з".)"""
    own = _last(_POSSESSIVE_TOWN.finditer(text, clause[0], candidate.found.start))
    office = _last(_OFFICE_OF_A_TOWN.finditer(text, 0, own.start())) if own else None
    if office is None:
        return False
    town = office.start(1)
    if any(m.start <= town < m.end for m in ua):
        return False  # a Ukrainian official's own town
    officials = {c.found.partner.name_uk for c in candidates if c.found.start == town}
    return candidate.found.partner.name_uk not in officials


def _last(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    found = list(matches)
    return found[-1] if found else None


_POSSESSIVE_TOWN = re.compile(
    r"\b(?:його|її|їхн\w+)\s+(?:рідн\w+\s+)?(?:міст[оаі]|громад[аиі]|ґмін[аиі]|гмін[аиі]|муніципалітет\w*)\b",
    re.IGNORECASE,
)
_OFFICE_OF_A_TOWN = re.compile(
    r"\b(?i:мер|мера|мерка|війт\w*|"
    + "".join(rf"{stem}\w*|" for stem in FOREIGN_HEAD_STEMS)
    + r"губернатор\w*|староста|старости|старостк\w*)\s+"
    r"(?i:міста\s+|ґміни\s+|гміни\s+)?([А-ЯІЇЄҐ][\w'’-]*)"
)


_JOINT_DOCUMENT = re.compile(
    r"(?:спільн|(?:три|чотири|п'яти|п’яти|шести|багато)сторонн)\w*\s+(?:\S+\s+)?"
    r"(?:меморандум|угод|протокол|деклараці|договір|договор|заяв)",
    re.IGNORECASE,
)
"""One document all the listed sides signed together: every Ukrainian side is tied to every partner."""


_A_CLAUSE_JOINED = re.compile(r",\s+(?:а|і|й|та|але)\s", re.IGNORECASE)


def _objects_of_two_clauses(text: str, candidate: PairCandidate) -> bool:
    """The partner is the object of "з" in one clause and the Ukrainian side the object of "з" in a later
    clause of the same subject ("місто співпрацює з A, а тепер хоче дружити і з X"): both are that
    subject's partners, not each other's."""
    side_at = candidate.ua.at
    partner_at = candidate.found.start
    if side_at is None or side_at <= partner_at:
        return False
    partner_with = governing_preposition(text, partner_at, WITH)
    side_with = governing_preposition(text, side_at, WITH)
    return (
        partner_with is not None
        and side_with is not None
        and side_with > partner_at
        and _A_CLAUSE_JOINED.search(text, partner_at, side_with) is not None
    )


def _coordinated_objects(text: str, candidate: PairCandidate) -> bool:
    """The two sides' lists stand side by side, joined by a conjunction, as objects of one twin word
    or of "з" ("побратимом A та B", "угоди з A, а також з B"): members of one list, not a pair."""
    if candidate.ua_run is None or candidate.partner_run is None:
        return False
    first, second = sorted((candidate.ua_run, candidate.partner_run))
    gap = _gap_words(text, first[1], second[0])
    if not _COORDINATION.fullmatch(gap):
        return False
    return bool(
        APPOSITIVE.search(text[max(0, first[0] - 60) : first[0]])
        or governing_preposition(text, first[0], WITH) is not None
    )


_COORDINATION = re.compile(
    rf"\s*,?\s*(?:а\s+також|та|і|й|,)\s+(?:(?:з|із|зі)\s+)?(?:(?=[а-яіїєґ]){ADJ}\s+)?(?:міст\w*\s+)?",
    re.IGNORECASE,
)


ANY_PREPOSITION = frozenset(
    {"з", "із", "зі", "у", "в", "до", "від", "між", "для", "на", "про", "при", "по", "за", "над", "під",
     "через", "біля", "поблизу", "серед", "після", "перед", "окрім", "крім", "щодо"}
)  # fmt: skip
"""Every preposition a name may stand after: a name after one is no sentence's subject."""


def _object_of_own_clause(
    text: str, clauses: Sequence[tuple[int, int]], candidate: PairCandidate, candidates: list[PairCandidate]
) -> bool:
    """The Ukrainian side is the object ("з X") of a clause that names no foreign place, so the
    partner may be the sentence's subject in another clause ("A ..., а також поглиблює відносини з X");
    a clause with a foreign subject of its own ("A має угоду з X, а B – з Y") keeps X to A."""
    clause = clause_of(clauses, candidate.ua.at)
    if clause is None or candidate.ua_run is None or not governed_by(text, candidate.ua_run[0], WITH):
        return False
    if any(clause[0] <= other.found.start < clause[1] for other in candidates):
        return False
    return not clause[0] <= candidate.found.start < clause[1]


_PREPOSITION = re.compile(
    r"^(?:у|в|з|із|зі|до|від|для|за|при|на|про|по|під|над|перед|між|біля|серед|після|через|щодо|завдяки)$",
    re.IGNORECASE,
)
_GOVERNING_NOUN = re.compile(
    r"^(?:делегаці|представник|голов|мер|очільник|керівник|адміністраці|рад)\w*$", re.IGNORECASE
)


def acting_sides_only(
    text: str, linked: list[tuple[PairCandidate, Link]], ua: list[UaMention]
) -> list[tuple[PairCandidate, Link]]:
    """A partner "з Y" of a tie verb or noun belongs to who acts: when Ukrainian sides in different
    lists of the sentence are each linked to it so, only those that stand as the subject are kept
    ("X підписала угоду з Y у присутності делегації Z": not Z), and none when no side does ("за
    прикладом Z громаді X допомогли укласти угоду з Y")."""
    by_partner: dict[int, list[tuple[PairCandidate, Link]]] = {}
    for pair in linked:
        by_partner.setdefault(pair[0].found.start, []).append(pair)
    dropped: set[int] = set()
    for pairs in by_partner.values():
        weak = [
            (candidate, link)
            for candidate, link in pairs
            if link.kind in ("signing", "with")
            and candidate.ua.at is not None
            and governed_by(text, candidate.found.start, WITH)
        ]
        if len({candidate.ua.katottg for candidate, _ in weak}) < 2:
            continue
        if len({candidate.ua_run for candidate, _ in weak}) < 2:
            continue  # co-signers in one list: "X та Z підписали угоди з Y"
        mentions = {m.start: m for m in ua}
        # "… з Y-ською громадою, яка має угоду з Z": the subject of the relative clause Z stands in acts
        acting = [
            c
            for c, _ in weak
            if c.ua.at in mentions and in_its_relative_clause(text, mentions[c.ua.at].end, c.found.start)
        ] or [c for c, _ in weak if c.ua.at in mentions and _stands_as_subject(text, mentions[c.ua.at])]
        dropped.update(id(c) for c, _ in weak if c not in acting)
    return [(candidate, link) for candidate, link in linked if id(candidate) not in dropped]


def _stands_as_subject(text: str, mention: UaMention) -> bool:
    """The mention can be a clause's subject: every word of it has a nominative reading and no
    preposition governs it; or it is the genitive after an office word that opens its clause ("голова
    X-ської громади підписав", not "у присутності делегації X-ської громади")."""
    words = re.findall(r"[\w'’-]+", text[mention.start : mention.end])
    before = preceding_words(text, mention.start, 3)
    if before and _PREPOSITION.match(before[-1]):
        return False
    if words and all(_nominative(word) for word in words):
        return True
    if not (before and _GOVERNING_NOUN.match(before[-1])):
        return False
    office_at = text.rfind(before[-1], 0, mention.start)
    opening = text[:office_at].rstrip()
    return not opening or opening[-1] in ",;:.—–" or bool(re.search(r"\b(?:та|і|й|а)$", opening))


def _nominative(word: str) -> bool:
    from parsers.morphology import parses

    return any("nomn" in parse.tag for parse in parses(word.lower()))


def link_confidence(link: Link, found: Found, ua: UaSide) -> float:
    """The link's strength, less for a partner without a gazetteer id or a side the sentence does not name."""
    confidence = link.strength
    if not found.partner.geonameid and not found.partner.domestic:
        confidence *= 0.9
    if ua.at is None:
        confidence *= 0.85
    return confidence


UNDATED = 0.9
"""How much less sure a fact is whose text gives no date for it. On black-box red teams' articles the
extractor met unseen (26 waves, about 3,250 facts), undated facts were right about 87 times in 100,
dated ones 97, and less often at every link kind with any wrong fact: a text that tells when a tie was
made tells an act, where an undated mention is more often someone else's tie, a plan or a list read wrong."""


def dated_confidence(confidence: float, event_date: str | None) -> float:
    """A fact's confidence once its date is settled: its link's (:func:`link_confidence`), lowered by
    :data:`UNDATED` when the article gives no date for it."""
    return confidence if event_date else confidence * UNDATED


def _twin_of_an_earlier_place(text: str, runs: list[_Run], index: int) -> bool:
    """With no Ukrainian side named, "міста-побратима Y" after another foreign place may be that
    place's twin ("мер X запросив на День міста-побратима Y"): not the site's own, unless it says "наш"."""
    if index == 0:
        return False
    before = text[max(0, runs[index].start - 60) : runs[index].start]
    appositive = APPOSITIVE.search(before)
    return appositive is not None and not re.search(r"\bнаш", before[max(0, appositive.start() - 12) :], re.I)


def owner_may_be_meant(text: str, owner: UaSide | None) -> bool:
    """The test of :func:`_owner_is_meant` that needs no foreign place: the sentence reports a tie being
    made (a status verb) or names twins. When it fails, no foreign place of the sentence pairs with the
    owner, so the caller need not resolve them."""
    return (
        owner is not None
        and (
            status_of(text) is not None
            or "побратим" in text.lower()
            or bool(_OUR_PARTNER_TOWN.search(text))
            or bool(_A_PARTNER_TOWN.search(text))
            or bool(OUR_PARTNER_DASH.match(text))
            or bool(_OUR_PARTNER_IS.search(text))
            or bool(_THE_HROMADA_HAS.search(text))
            or bool(_THE_HROMADA_COOPERATES.search(text))
        )
        and not _ANOTHER_HROMADA_ACTS.search(text)
    )


_OUR_PARTNER_TOWN = re.compile(r"\bміст\w*-партнер\w*\s+наш", re.IGNORECASE)
"""A town said to be "місто-партнер нашої громади": a tie as much as a twin's is."""
_A_PARTNER_TOWN = re.compile(r"\b(?:міст|громад|ґмін|гмін|муніципалітет)\w*-партнер", re.IGNORECASE)
"""A town called "місто-партнер" where no other hromada is named: the article's own partner, as a
"місто-побратим" is."""
_OUR_PARTNER_IS = re.compile(HROMADAS_PARTNER_IS, re.IGNORECASE)
"""The hromada's partner named as the predicate ("Головним партнером громади залишається місто X")."""


# "Громада (давно) співпрацює з X", "ми співпрацюємо з X": the hromada itself, as the subject, with a partner.
_THE_HROMADA_COOPERATES = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:наша\s+)?(?:громада|ми)\s+(?:[\w'’-]+\s+)?співпрацю(?:є|ємо)\s+(?:з|із|зі)\s",
    re.IGNORECASE,
)
_THE_HROMADA_HAS = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:що\s+)?(?:(?:з|від)\s+(?:[а-яіїєґ'’]+\s+)?\d{4}\s+року\s+|(?:у|в)\s+\d{4}\s+році\s+|"
    r"нині\s+|наразі\s+|сьогодні\s+)?"
    r"(?:(?:наша|рідна)\s+)?(?:громада|(?:міська|селищна|сільська)\s+рада|ми)(?:,\s+(?:яка|що))?\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?ма(?:є|ємо|ють)\s+(?:[\w'’-]+\s+){{0,3}}?{DOCUMENT_NOUN}",
    re.IGNORECASE,
)
"""The hromada itself (unnamed) as the subject that has an agreement: "Громада має угоду з X", "з квітня
<року> громада має угоду з X", "Громада, яка з минулого року має угоду з X, …"."""


# The sentence's actor is another hromada, named only as a neighbour or as the oblast's centre: the
# site's own is no side.
_ANOTHER_HROMADA_ACTS = re.compile(
    r"сусідн\w+\s+громад|громад\w*-сусід|обласн\w+\s+центр|"
    # "угоду підписала ще одна громада, а кілька інших провели переговори з …": others, unnamed
    r"\bще\s+(?:одна|дві|три|кілька)\s+(?:\w+\s+)?громад|\bкілька\s+інших\b|\bінші\s+громади\b",
    re.IGNORECASE,
)


def _owner_is_meant(text: str, foreign: list[Found], owner: UaSide | None) -> bool:
    """With no Ukrainian name in the sentence, the article's own hromada is the party only when the
    sentence reports a tie being made (a status verb) and the foreign places form one list, not
    "X має побратимські зв'язки з Y" for two foreign places (their own ties)."""
    if not owner_may_be_meant(text, owner):
        return False
    if len(foreign) == 1:
        return True
    if len(foreign) == 2 and _BETWEEN_TWO.search(text[: min(f.start for f in foreign)]):
        return False  # "партнерство англійського Кейлі та французького Пуа-дю-Нор": a pair of its own
    runs = runs_of(text, [(f.start, f.stop, "f", f) for f in foreign])
    each_after_with = all(governed_by(text, run.start, WITH) for run in runs)
    if not (len(runs) == 1 and governed_by(text, runs[0].start, WITH)) and not (
        _not_two_countries_own_tie(text, foreign) or each_after_with
    ):
        # one list after "з" ("з литовським X та польським Y") is one side's partners; so is each run
        # after a "з" of its own ("угоду з польським X підписали …, зі словацьким Y – …")
        return False
    return (
        len(runs) == 1
        or bool(_REFERENCE_TO_US.search(text))
        or all(in_an_elliptical_clause(text, run.start, run.end) for run in runs[1:])
        # "розірвання угоди з X та угоди про дружбу з Y": each run the object of its own "з"
        or each_after_with
    )


def _not_two_countries_own_tie(text: str, foreign: list[Found]) -> bool:
    """Not a sentence about two foreign countries' places, each by its adjective ("литовський X має
    зв'язки з польським Y"), that does not speak of us."""
    countries = {found.partner.country_iso2 for found in foreign}
    return not (
        len(countries) >= 2
        and len(_ADJECTIVE_COUNTRIES.findall(text)) >= 2
        and not _REFERENCE_TO_US.search(text)
    )


_ADJECTIVE_COUNTRIES = re.compile(rf"\b(?=[а-яіїєґ]){ADJ}\s+[А-ЯІЇЄҐ]")


_BETWEEN_TWO = re.compile(rf"(?:партнерств\w*|побратимств\w*|між|співпрац\w*)(?:\s+(?=[а-яіїєґ]){ADJ})?\s*$")


@dataclass
class _Run:
    kind: str
    start: int
    end: int
    items: list


_LIST_GAP_TAIL = (
    rf"(?:(?:та|і|й|або|а також)\s+)?(?:з|із|зі)?\s*(?:(?=[а-яіїєґ]){ADJ}\s+)?"
    rf"(?:(?:{TOWN_HEAD})\s+)?"  # "з президентами X, Y та бурмістром Z": each town by its head's office
    # "X та словацьким містом Y", "X та волостю Y"
    r"(?:(?:міст|містечк|курорт|ґмін|гмін|муніципалітет|комун|громад|волост)\w*\s+)?$"
)
_LIST_GAP_HEAD = (
    r"^\s*(?:\([^()]{1,60}\)\s*)?[\s,]*(?:[А-ЯІЇЄҐ][\w'-]+(?:\s*\([^()]{1,40}\))?\s*,\s*)?"
    r"(?:(?:міськ|сільськ|селищн|громад)\w*\s*,?\s*)*"
    # the item's oblast or district: "X-ська громада з Y-щини (Y-ської області) та Z-ська …"
    r"(?:(?:з|із|зі)\s+[А-ЯІЇЄҐ][\w'’-]+(?:\s+(?:област|район)\w*)?\s*,?\s*)?"
    # a foreign item's region and country in the genitive: "з X Y-ської області Z-ії та W"
    r"(?:[А-ЯІЇЄҐ][\w'’-]+\s+(?:област|воєводств|провінці|округ|регіон|краю|повіт|жудец|штату|землі)\w*"
    # the country after it, as a name, a republic's name or the aggressor state in lower case
    r"(?:\s+(?:[Рр]еспубліки\s+)?[А-ЯІЇЄҐ][\w'’-]+|\s+(?:[Рр]осійської\s+[Фф]едерації|рф|РФ)\b)?\s*,?\s*)?"
    # a foreign item's region named after its noun: "з громадою X кантону Y, комуною Z"
    r"(?:(?:кантону|провінції|повіту|регіону|штату|землі)\s+[А-ЯІЇЄҐ][\w'’-]+\s*,\s*)?"
    # a relative clause about the item: "з X, з яким громада співпрацює з 2017 року, та Y"
    r"(?:,\s*(?:(?:з|із|зі)\s+)?(?:який|яка|яке|які|якого|якої|яким|якою|якими|що|де)\s+[^,;.:]{1,60},\s*)?"
)
_LIST_GAP = re.compile(_LIST_GAP_HEAD + _LIST_GAP_TAIL)
# An office and its holder after the first item: "X-ський міський голова Ім'я Прізвище та Y-ський …"
_LIST_GAP_WITH_HOLDERS = re.compile(
    _LIST_GAP_HEAD
    + r"(?:голов\w*(?:\s+[А-ЯІЇЄҐ][\w'’-]+){0,2}\s*,?\s*)?"
    + _LIST_GAP_TAIL
    # a foreign town's head and holder: "з мером X Ім'ям Прізвищем та бургомістром Y"
    + rf"|^\s*(?:[А-ЯІЇЄҐ][\w'’-]+\s+){{1,2}}(?:та|і|й)\s+(?:{TOWN_HEAD})\s+"
    r"(?:(?:самоврядування|муніципалітету|ґміни|гміни|общини|комуни)\s+)?$"  # "… і мером самоврядування Y"
)


def runs_of(text: str, events: list[tuple[int, int, str, object]], holders: bool = False) -> list[_Run]:
    """Consecutive mentions of one side joined by list words (", ", "та", "і") form one run; with
    ``holders``, also offices named with their holders ("X-ський голова Ім'я Прізвище та Y-ський …")."""
    runs: list[_Run] = []
    for start, end, kind, item in sorted(events, key=lambda event: event[0]):
        last = runs[-1] if runs else None
        if last and last.kind == kind and _listed(_gap_words(text, last.end, start), holders):
            last.items.append(item)
            last.end = max(last.end, end)
        else:
            runs.append(_Run(kind, start, end, [item]))
    return runs


def _listed(gap: str, holders: bool = False) -> bool:
    """Two mentions of one side are items of one list: only list words between them, and a separator
    among them ("X-ської громади Y-ська громада" are two phrases, not a list)."""
    pattern = _LIST_GAP_WITH_HOLDERS if holders else _LIST_GAP
    return bool(pattern.match(gap)) and bool(re.search(r"[,(]|\b(?:та|і|й|або)\b", gap))


def _gap_words(text: str, end: int, start: int) -> str:
    """The text between two mentions, without the rest of the first name's word."""
    gap = text[end:start]
    return re.sub(r"^[\w'-]*", "", gap)


def _unread_items_after(text: str, run: _Run, ua: list[UaMention]) -> int:
    """1 when the run goes on with a capitalised name that is no mention ("з X та Y", Y unknown to the
    gazetteer): the list is longer than the places read from it."""
    end = run.end + len(text[run.end :]) - len(_gap_words(text, run.end, len(text)))
    item = _UNREAD_ITEM.match(text, end)
    if item is None or any(m.start <= item.start("name") < m.end for m in ua):
        return 0
    return 1


_UNREAD_ITEM = re.compile(
    r"(?:\s*,\s*|\s+(?:та|і|й)\s+)(?P<name>(?-i:[А-ЯІЇЄҐ])[\w'’-]*)\s*(?:[.,;]|відповідно\b)", re.IGNORECASE
)


def _dash_neighbour(text: str, runs: list[_Run], index: int) -> _Run | None:
    for other in (index - 1, index + 1):
        if 0 <= other < len(runs) and runs[other].kind == "ua":
            left, right = sorted((runs[index], runs[other]), key=lambda run: run.start)
            gap = _DASH_GAP.match(_gap_words(text, left.end, right.start))
            elliptical = gap and re.search(r"\b(?:з|із|зі)\s", gap.group(0))
            if gap and not elliptical and _a_route(text, left, right):
                continue
            if gap and not (elliptical and verb_later_in_clause(text, right.end)):
                return runs[other]
    return None


# What may stand between two lists joined by a dash: the dash, and in an elliptical clause the object
# and "з" ("X — Y", "а X – з Y", "а X – меморандум з Y").
_DASH_GAP = re.compile(
    r"^\s*(?:\([^()]{1,60}\)\s*)?[—–]\s+(?:(?:угод\w*|меморандум\w*|договір|договор\w*|декларац\w*)\s+)?"
    rf"(?:(?:з|із|зі)\s+)?(?:(?:(?=[а-яіїєґ]){ADJ}|міст\w*|ґмін\w*|гмін\w*|громад\w*|комун\w*|муніципаліт\w*|"
    r"общин\w*)\s+(?:(?:і|та|й)\s+(?=ґмін|гмін))?){0,2}$"  # "A – місто і ґміна X": one place, both its units
)


def _nearest_ua_run(runs: list[_Run], index: int, text: str = "") -> _Run:
    """The Ukrainian run nearest before the partners (else after), passing over an insertion between
    commas that describes the subject ("X, сусідка Y та Z, веде переговори з A": X's, not Y's)."""
    before = [run for run in runs[:index] if run.kind == "ua"]
    outside = [run for run in before if not _inserted(text, run)]
    if outside:
        return outside[-1]
    return before[-1] if before else next(run for run in runs[index:] if run.kind == "ua")


def _inserted(text: str, run: _Run) -> bool:
    """The run stands in a comma-bounded insertion after a noun of its own (", сусідка Y та Z,")."""
    return bool(
        text
        and re.search(r",\s*[а-яіїєґ'’]+(?:\s+[а-яіїєґ'’]+)?\s+$", text[: run.start])
        and re.match(r"[^,;.]{0,30},", text[run.end :])
    )


def distinct_sides(mentions: list[UaMention], text: str | None = None) -> list[UaMention]:
    """Each hromada once, at its first mention; given the ``text``, also at each line of a list of dash
    pairs it opens ("A – X: …;" on one line, "A – Y: …" on the next): each line pairs its own."""
    seen, sides = set(), []
    for mention in mentions:
        if mention.katottg not in seen or (text is not None and _opens_a_dash_pair_line(text, mention)):
            seen.add(mention.katottg)
            sides.append(mention)
    return sides


def _opens_a_dash_pair_line(text: str, mention: UaMention) -> bool:
    """The mention opens a line (after a bullet, maybe) and a spaced dash follows it on that line."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return (
        line_start > 0
        and _A_BULLET.fullmatch(text, line_start, mention.start) is not None
        and _A_DASH_ON_THE_LINE.match(text, mention.end) is not None
    )


_A_BULLET = re.compile(r"\s*(?:[-–—•·*]|\d{1,2}[.)])?\s*")
_A_DASH_ON_THE_LINE = re.compile(r"[^\n–—]{0,60}?\s[–—]\s")


def side_of_something_else(text: str, mention: UaMention, foreign: list[Found]) -> bool:
    """A Ukrainian place named after a foreign one where it is a venue ("… з Y підписали в X") or in a
    predicate of its own ("… з Y, провести Дні громади за участі делегації X"): not the partner's side."""
    before = [found for found in foreign if found.stop <= mention.start]
    if not before:
        return False
    if _VENUE_OF_THE_SIGNING.search(text, max(0, mention.start - 80), mention.start):
        return True
    gap = text[before[0].stop : mention.start]  # a new predicate anywhere after the first partner
    if ":" in gap and _A_DASH_AFTER.match(text, mention.end) and is_location(text, mention.start):
        return True  # "… з Y: у X — <що там є>, у Y — …": where things are, told side by side
    pieces = _NEW_PREDICATE_BREAK.split(gap)[1:]
    if any(opens_with_an_infinitive(piece) for piece in pieces):
        return True
    # "… з Y, а також отримала допомогу на амбулаторію в селі X": where the act of another predicate
    # of the same subject took place
    return is_location(text, mention.start) and any(
        has_finite_verb(opening.group(1)) and not _SAYING.match(opening.group(1))
        for piece in pieces
        if (opening := _PREDICATE_OPENING.match(piece)) is not None
    )


# "…, кажуть у X-ській міській раді": who reports the tie, its side, not where another act took place
_SAYING = re.compile(r"(?:кажуть|каже|повідоми\w*|розпові\w*|зазначи\w*|зазначають|наголоси\w*|запевня\w*)$")


_A_DASH_AFTER = re.compile(r"\s*[—–]\s")
_NEW_PREDICATE_BREAK = re.compile(r",|\s(?:і|й|та)\s")
_PREDICATE_OPENING = re.compile(r"\s*(?:а\s+)?(?:також\s+|ще\s+|згодом\s+)?([а-яіїєґ'’]+)\b")
# "… підписали 11 грудня в X", "підписання заплановане на жовтень, під час Днів культури в X"
_VENUE_OF_THE_SIGNING = re.compile(
    r"(?:\b(?:підписал\w*|підпишуть|уклал\w*|укладуть)\s+(?:\d{1,2}\s+[а-яіїєґ]+\s+)?(?:\d{4}\s+року\s+)?"
    r"|\bпід\s+час\s+[^,.;:]{0,60}?\s)(?:у|в)\s+$",
    re.IGNORECASE,
)
