"""Domestic partnerships: two Ukrainian hromadas tied by a memorandum or agreement, and the dash-listed
couples of a list of pairs.
"""

from __future__ import annotations

import re

from parsers.facts.clauses import clause_of, clauses_of
from parsers.facts.cues import status_of
from parsers.facts.links import WITH, governed_by, pairs_respectively
from parsers.facts.model import PairCandidate, UaSide, domestic_partner, side_of_mention
from parsers.facts.name_context import is_location, preceding_words
from parsers.facts.pairing import DASH_PAIR_LIST, distinct_sides, runs_of
from parsers.facts.vocabulary import ADJ, has_finite_verb, is_adjective
from parsers.morphology import is_plural_people
from parsers.places.ua_places import UaMention

_ORGANISATION_AFTER = re.compile(
    r"^\s+(?:[а-яіїєґ'-]+\s+)?(?:університет|інститут|коледж|академі|фонд|асоціаці|агенці|центр|банк|компані|"
    r"підприємств|товариств|лікарн|музе|театр|ліце|гімнази|школ|управлінн|обласн)",
    re.IGNORECASE,
)


# A heading that names partners and opens a list with a colon, with no verb of its own.
_PARTNERS_HEADING = re.compile(
    r"\s*(?:[А-ЯІЇЄҐа-яіїєґ'’-]+\s+){0,3}?(?:партнер|побратим)\w*(?:\s+[а-яіїєґ'’-]+){0,3}?\s*"
    r"(?:\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+)?\s*:",
    re.IGNORECASE,
)
_COUNCILS = re.compile(r"\b(?:міськ|селищн|сільськ)\w*\s+рад", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"(?:а\s+також|а\s+ще|і|й|та)\s+(?:із|з|зі)\s", re.IGNORECASE)
_DOMESTIC_TIE = re.compile(
    r"меморанд|угод|договор|договір|пліч-о-пліч|побрат|(?:стал[иа]?|стан(?:е|уть))\s+(?:\S+\s+)?партнер(?:ами|ом)|"
    r"партнерами\s+(?:\S+\s+)?стал|"
    # talks of a tie: "веде переговори про партнерство з X-ською громадою"
    r"(?:переговор|перемовин)\w*\s+(?:\S+\s+){0,2}?про\s+(?:партнерств|співпрац|співробітництв)",
    re.IGNORECASE,
)
_PAIRS_OF_PARTNERS = re.compile(
    r"\b(?:партнерств|пар(?:и|а|ами)?\s+(?:громад|міст|партнерів)|побратимств)\w*(?:\s+\S+){0,3}?\s*:"
    r"|\bпар[иа]\s*:",
    re.IGNORECASE,
)
"""A list of dash pairs opened by the partnerships it names ("народилися такі партнерства: A — B; …")."""


_COUNTED_HROMADAS_LISTED = re.compile(
    r"\b(?:дві|два|три|чотири|п['’]ять|шість|кілька|\d+)\s+(?!пар[аиу]?\s)(?:[\w'’-]+\s+)?громад\w*(?:\s+[\w'’-]+){0,2}\s*:",
    re.IGNORECASE,
)
"""Hromadas listed after their count and a colon ("три громади області: A, B та C"); not pairs of them
counted ("три пари громад: A — з B, …"), which the list pairs."""
_WITH_WHOM = re.compile(r",\s*(?:з|із)\s+як(?:ою|им|ими)\b", re.IGNORECASE)


_ONE_AND_THE_OTHER = re.compile(r"\bодн[аи]\b[^.;]{0,80}?,\s+(?:а\s+)?(?:інш[аі]|друг[аі])\b", re.IGNORECASE)
_A_SIGNING_CLAUSE_AFTER_A_BREAK = re.compile(
    r"[:;]\s+(?:[а-яіїєґ'’]+\s+){0,2}?(?-i:[А-ЯІЇЄҐ])[\w'’-]+\s+(?:міськ\w+\s+|селищн\w+\s+|сільськ\w+\s+)?"
    r"громада\s+(?:\S+\s+){0,2}?(?:підписал|уклал)\w*\s+(?:\S+\s+){0,4}?(?:з|із|зі)\s+(?-i:[А-ЯІЇЄҐ])",
    re.IGNORECASE,
)
"""After a colon or a semicolon, a hromada named as the subject that signs with a partner of its own."""


def domestic_pairs(
    ua: list[UaMention], owner: UaSide | None, text: str, site_owner: str | None = None
) -> list[PairCandidate]:
    """Two Ukrainian hromadas tied in one sentence ("Пліч-о-пліч" memoranda): candidates per pair.

    "A-ська — з B-ською, C-ська — з D-ською" pairs the listed hromadas two by two;
    co-signers of one memorandum ("X та Y підписали меморандум") are a pair of their own. A pair with
    neither side after "з" ("між A та B") is told from the side of the council whose site it is on.
    """
    if status_of(text) == "terminated" or _ONE_AND_THE_OTHER.search(text):
        return []  # an ending, or "A та B: одна громада вже підписала угоду, інша веде переговори"
    if couples := _bulleted_couples(text, ua):
        return couples  # "• A громада (район) – B громада (область): меморандум;": one pair per line
    if (counted := _COUNTED_HROMADAS_LISTED.search(text)) and all(m.start >= counted.end() for m in ua):
        return []  # "уклали меморандуми три громади області: A, B та C": each its own, no pair among them
    if _PAIRS_OF_PARTNERS.search(text) and (couples := _dash_listed_couples(text, ua)):
        return couples  # "такі партнерства: A — B; C — D": the list itself pairs them
    if not _DOMESTIC_TIE.search(text):
        return []
    if _ANOTHER_BODY_SIGNS.search(text) or _A_DOCUMENT_OF_THE_KIND.search(text) or _WITH_A_BODY.search(text):
        return []  # "метрополія підписала документи з A та B", "меморандум із центром зайнятості": no pair
    if (head := _signing_before_an_aside(text, ua)) is not None:
        # "A та B уклали меморандум: B прийняла переселенців з A, …": the clause before the colon signs
        return domestic_pairs([m for m in ua if m.end <= len(head)], owner, head, site_owner)
    if (after := _A_SIGNING_CLAUSE_AFTER_A_BREAK.search(text)) and any(m.start < after.start() for m in ua):
        # "X стала громадою, яка має партнера в …: торік Y-ська громада підписала меморандум з Z": the clause
        # after the colon signs with a partner of its own; the hromada before it is no side of that
        return domestic_pairs([m for m in ua if m.start >= after.start()], owner, text, site_owner)
    if "громад" not in text.lower() and not _COUNCILS.search(text) and not _two_towns_tied(text, ua):
        return []  # two hromadas are named as such, by their councils, or as two towns tied
    heading = _PARTNERS_HEADING.match(text)
    if heading and has_finite_verb(heading.group(0)):
        heading = None  # "Документи про партнерство підписали …: A уклала …": a clause, not a heading
    if heading and all(m.start >= heading.end() for m in ua):
        # "Партнерські громади: A (…), B (…)": a list of the owner's partners, never a pair of its own
        entries = [m for m in distinct_sides(ua) if m.kind in ("hromada", "settlement")]
        if owner is None or not owner.katottg:
            return []
        return [
            PairCandidate(owner, domestic_partner(m), None, (m.start, m.end))
            for m in entries
            if m.katottg != owner.katottg
        ]
    ua = _without_the_venue(text, ua)  # "у Львові A та B підписали …": the venue is no side
    co_signed = _co_signed_memorandum(text, ua)
    if couples := _dash_listed_couples(text, ua):
        return couples
    if (tail := _AN_ELLIPTICAL_CLAUSE.search(text)) and _co_signed_memorandum(
        text[: tail.start()], head := [m for m in ua if m.end <= tail.start()]
    ):
        # "A та B підписали меморандум, а C – з D": the co-signers of the first clause, then the second's
        first, second = distinct_sides([m for m in head if m.kind in ("hromada", "settlement")])[:2]
        co_signers = PairCandidate(
            side_of_mention(first),
            domestic_partner(second),
            (first.start, first.end),
            (second.start, second.end),
            fallback="signing",
        )
        rest = [m for m in ua if m.start >= tail.start()]
        return [co_signers, *domestic_pairs(rest, owner, text, site_owner)]
    if (tail := _AN_ELLIPTICAL_CLAUSE_AFTER_A_PARTNER.search(text)) and any(
        m.end <= tail.start() and _WITH.search(text, m.end, tail.start()) for m in ua
    ):
        # "угоди A з B та C – з D": the clause before the dash's subject pairs its own, the tail its own
        head = [m for m in ua if m.end <= tail.start()]
        dash = text.index("–" if "–" in tail.group(0) else "—", tail.start())
        subjects = [m for m in ua if tail.start() <= m.start < dash]
        partners = [m for m in ua if m.start > dash and m.katottg != subjects[-1].katottg] if subjects else []
        return [
            *domestic_pairs(head, owner, text[: tail.start()], site_owner),
            *(
                PairCandidate(
                    side_of_mention(subjects[-1]),
                    domestic_partner(m),
                    (subjects[-1].start, subjects[-1].end),
                    (m.start, m.end),
                    fallback="signing",
                )
                for m in partners
            ),
        ]
    if not (
        any(_after_with(text, m.start) or _PARTNER_OF_BEFORE.search(text, 0, m.start) for m in ua)
        or re.search(r"\bміж\b|[—–]\s*(?:з|із|зі)\s", text)
        or _WITH_WHOM.search(text)  # "A, з якою B уклала угоду"
        or co_signed
    ):
        return []
    sides = [
        m
        for m in distinct_sides(ua)
        if m.kind in ("hromada", "settlement")
        and not is_location(text, m.start)
        and not _AFTER_A_PLACE_WHERE.search(text, max(0, m.start - 40), m.start)  # "у A і B": both where
        and not _ORGANISATION_AFTER.match(text[m.end :])
        and not _people_from(text, m.start)
        and not _lies_next_to(text, m.start)
    ]
    if len(sides) >= 4 and len(re.findall(r"[—–]\s*(?:з|із|зі)\s", text)) >= 2:
        couples = [(sides[i], sides[i + 1]) for i in range(0, len(sides) - 1, 2)]
        return [
            PairCandidate(
                side_of_mention(a), domestic_partner(b), (a.start, a.end), (b.start, b.end), dash=True
            )
            for a, b in couples
        ]
    fallback = "signing" if co_signed else None
    run_of = {
        id(item): (run.start, run.end)
        for run in runs_of(text, [(m.start, m.end, "ua", m) for m in sides])
        for item in run.items
    }  # "з X-ською та Y-ською громадами": the "з" governs the whole coordinated run
    objects: list[UaMention] = []
    for m in sorted(sides, key=lambda m: m.start):
        if (
            _after_with(text, m.start)
            or _PARTNER_OF_BEFORE.search(text, 0, m.start)
            or any(_coordinated_after(text, o, m) for o in objects)
        ):
            objects.append(m)  # "з A-ською громадою X-щини (2023) та B-ською громадою": both after "з"
    subjects = [m for m in sides if m not in objects]
    if len(subjects) >= 2 and objects and _with_the_last_subject(text, subjects[-1], objects[0]):
        # "X та Y з Z підписали …": the "з Z" right after Y is Y's partner, not X's
        last = subjects[-1]
        signs = _SIGNS_AN_AGREEMENT.search(text, objects[-1].end) is not None  # "… з Z підписали угоду"
        return [
            PairCandidate(
                side_of_mention(last),
                domestic_partner(b),
                (last.start, last.end),
                run_of[id(b)],
                fallback="signing" if signs else fallback,
            )
            for b in objects
        ]
    if len(subjects) >= 2 and objects and len(subjects) != len(objects) and pairs_respectively(text):
        return []  # "A, B та C – з X, Y та Z відповідно" with some partners unread: no pairing by position
    if len(subjects) >= 2 and len(subjects) == len(objects) and pairs_respectively(text):
        # "X та Y підписали меморандуми з A та B відповідно": X with A, Y with B
        return [
            PairCandidate(
                side_of_mention(a),
                domestic_partner(b),
                (a.start, a.end),
                (b.start, b.end),
                fallback="signing",
            )
            for a, b in zip(subjects, objects, strict=True)
        ]
    if len(subjects) >= 2 and objects:
        # Co-signers on one side ("X та Y підписали меморандум з Z"): each is paired with the other
        # side, never with each other.
        return [
            PairCandidate(
                side_of_mention(a), domestic_partner(b), (a.start, a.end), run_of[id(b)], fallback=fallback
            )
            for a in subjects
            for b in objects
        ]
    subject = subjects[0] if subjects else None
    if subject is not None and site_owner and not objects:
        subject = next((m for m in subjects if m.katottg == site_owner), subject)
    if subject is not None and len(sides) >= 2:
        others = [
            m for m in sides if m.katottg != subject.katottg and not _subject_of_a_contrasting_clause(text, m)
        ]
        return [
            PairCandidate(
                side_of_mention(subject),
                domestic_partner(m),
                (subject.start, subject.end),
                _run_without(run_of[id(m)], subject, m, text),
                fallback=fallback,
            )
            for m in others
        ]
    if owner and owner.katottg and all(m.katottg != owner.katottg for m in sides) and sides:
        return [
            PairCandidate(owner, domestic_partner(m), None, (m.start, m.end), fallback=fallback)
            for m in sides
            if not _SIGNS_WITH_ANOTHER.match(text, m.end)  # "X підписала меморандум із асоціацією …"
            and _governing_with(text, m.start) != "from"  # "сусіди з X … підписали": X's people sign
        ]
    return []


def domestic_beside_foreign(ua: list[UaMention], home: UaSide | None, text: str) -> list[PairCandidate]:
    """In a sentence with a foreign partner, the domestic pairs whose partner the tie's "з" governs in a
    clause that names a document of its own ("X має угоду з польським Y, а у 2024 році уклала меморандум з
    Z-ською громадою"); "співпрацює з Z-ською громадою" with no document stays unread."""
    if couples := _bulleted_couples(text, ua):
        return couples
    clauses = clauses_of(text)
    kept = []
    for candidate in domestic_pairs(ua, home, text):
        at = candidate.found.start
        clause = clause_of(clauses, at)
        if clause is None or not governed_by(text, at, WITH):
            continue
        if _DOMESTIC_TIE.search(text, clause[0], clause[1]) or _goes_on_the_list_before(
            text, clauses, clause
        ):
            kept.append(candidate)
    kept += _the_two_sides_of_a_document(text, ua)
    return kept


def _the_two_sides_of_a_document(text: str, ua: list[UaMention]) -> list[PairCandidate]:
    """ "угода про партнерство між A-ською та B-ською громадою": the two hromadas "між" joins right after
    a document's noun, in a sentence (a list of documents) that also names foreign partners."""
    hromadas = [m for m in ua if m.kind in ("hromada", "settlement")]
    return [
        PairCandidate(side_of_mention(a), domestic_partner(b), (a.start, a.end), (b.start, b.end))
        for a, b in zip(hromadas, hromadas[1:], strict=False)
        if a.katottg != b.katottg
        and _AND.fullmatch(text, a.end, b.start) is not None
        and _DOCUMENT_BETWEEN_BEFORE.search(text, max(0, a.start - 80), a.start) is not None
    ]


_AND = re.compile(r"\s+(?:та|і|й)\s+")
_DOCUMENT_BETWEEN_BEFORE = re.compile(
    r"\b(?:угод|меморандум|договір|договор|деклараці)\w*\s+(?:[\w'’-]+\s+){0,5}?між\s+$", re.IGNORECASE
)


def _goes_on_the_list_before(text: str, clauses, clause: tuple[int, int]) -> bool:
    """ "має угоди з A (Польща), B (Словенія), а також із Z-ською громадою": a clause that only adds
    one more "з" to the list of the clause before, which names the document."""
    index = clauses.index(clause)
    if index == 0 or not _LIST_GOES_ON.match(text, clause[0]):
        return False
    before = clauses[index - 1]
    return _DOMESTIC_TIE.search(text, before[0], before[1]) is not None


def _run_without(run: tuple[int, int], subject: UaMention, partner: UaMention, text: str) -> tuple[int, int]:
    """The partner's run, or its own name when "між" governs a run that holds the subject too ("між
    A-ською та B-ською громадами": the two sides of "між" stand in one coordinated run; co-subjects of
    one verb, "A-ська та B-ська громади підписали угоди з …", stay one run)."""
    between = _BETWEEN_BEFORE.search(text, max(0, run[0] - 8), run[0]) is not None
    return (partner.start, partner.end) if between and run[0] <= subject.start < run[1] else run


def _subject_of_a_contrasting_clause(text: str, mention: UaMention) -> bool:
    """ ", а X має партнерів у …": a hromada that opens a contrasting clause with a verb of its own is that
    clause's subject, no partner of the hromada before it (", а X — з Y" is an elliptical pair)."""
    return bool(
        _OPENS_A_CLAUSE_OF_ITS_OWN.search(text, max(0, mention.start - 12), mention.start)
        and not _ELLIPTICAL_DASH.match(text, mention.end)
    )


# The hromada signs with somebody named by a common noun ("… громада нещодавно підписала меморандум із
# асоціацією …"): its own partner, not the article's hromada.
_SIGNS_WITH_ANOTHER = re.compile(
    r"[^,.;:]{0,40}?\b(?:підписал|уклал|уклав|підписав)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:з|із|зі)\s+(?-i:[а-яіїєґ])",
    re.IGNORECASE,
)
_OPENS_A_CLAUSE_OF_ITS_OWN = re.compile(r",\s*(?:а|але|проте|тоді\s+як)\s+$", re.IGNORECASE)
_ELLIPTICAL_DASH = re.compile(r"[\w'’-]*\s*(?:\([^()]{0,60}\)\s*)?[—–]")
_AFTER_A_PLACE_WHERE = re.compile(r"(?:^|\s)(?:у|в)\s+[А-ЯІЇЄҐ][\w'’-]+\s+(?:і|й|та)\s+$")
_BETWEEN_BEFORE = re.compile(r"\bміж\s+$", re.IGNORECASE)


def _without_the_venue(text: str, ua: list[UaMention]) -> list[UaMention]:
    """A town named as where it happened ("у Львові A та B підписали …") is no side, when two other
    hromadas are named beside it."""
    venues = [
        m for m in ua if m.kind == "settlement" and _A_VENUE_BEFORE.search(text, max(0, m.start - 4), m.start)
    ]
    rest = [m for m in ua if m not in venues]
    return rest if venues and len({m.katottg for m in rest}) >= 2 else ua


_A_VENUE_BEFORE = re.compile(r"(?:^|\s)(?:у|в)\s+$", re.IGNORECASE)


def _coordinated_after(text: str, first: UaMention, then: UaMention) -> bool:
    """``then`` is joined to ``first`` by "та"/"і"/"й" or a list's comma with only its words, an area and
    a bracket between ("з A-ською громадою X-щини (2023) та B-ською"): the same preposition governs both."""
    if then.start <= first.end:
        return False
    gap = re.sub(r"\([^()]{0,40}\)", " ", text[first.end : then.start])
    return len(gap) <= 80 and bool(_COORDINATED_GAP.fullmatch(gap)) and not has_finite_verb(gap)


_COORDINATED_GAP = re.compile(r"[\w'’ -]*?(?:,\s*|\s(?:та|і|й)\s+)", re.IGNORECASE)


def _dash_listed_couples(text: str, ua: list[UaMention]) -> list[PairCandidate]:
    """ "такі пари: A — B; C — D": each entry of a list of dash pairs pairs its two hromadas."""
    listed = DASH_PAIR_LIST.search(text)
    if listed is None:
        return []
    couples = []
    # ": A — B; C — D", or ": A — B, C — D" and ": A — B та C — D"
    entries = _SEMICOLON_ENTRIES if ";" in listed.group(0) else _COMMA_ENTRIES
    for entry in entries.finditer(text[listed.start() : listed.end()]):
        start = listed.start() + entry.start()
        dash = re.search(r"\s[—–]\s", entry.group(0))
        if dash is None:
            continue
        middle = start + dash.start()
        left = [m for m in ua if start <= m.start < middle]
        right = [m for m in ua if middle < m.start < start + entry.end() - entry.start()]
        couples.extend(_couple_across_a_dash(left, right))
    return couples


def _couple_across_a_dash(left: list[UaMention], right: list[UaMention]) -> list[PairCandidate]:
    """The pair of an entry's one hromada before its dash and one after it (none for any other count)."""
    if len(left) != 1 or len(right) != 1 or left[0].katottg == right[0].katottg:
        return []
    a, b = left[0], right[0]
    return [
        PairCandidate(side_of_mention(a), domestic_partner(b), (a.start, a.end), (b.start, b.end), dash=True)
    ]


_BULLETED_LINE = re.compile(r"^[ \t]*[•·▪◦*][ \t]*([^\n]+)", re.MULTILINE)
_LINE_DASH = re.compile(r"\s[—–]\s")


def _bulleted_couples(text: str, ua: list[UaMention]) -> list[PairCandidate]:
    """A list whose lines each open with a bullet and pair two hromadas by a dash, the line's document
    after a colon ("• A громада (район) – B громада (область): меморандум;"): each line pairs its two."""
    couples = []
    for line in _BULLETED_LINE.finditer(text):
        start, end = line.span(1)
        dash = _LINE_DASH.search(text, start, end)
        if dash is None:
            continue
        colon = text.find(":", dash.end(), end)
        stop = colon if colon != -1 else end
        left = [m for m in ua if start <= m.start < dash.start() and m.kind in ("hromada", "settlement")]
        right = [m for m in ua if dash.end() <= m.start < stop and m.kind in ("hromada", "settlement")]
        couples.extend(_couple_across_a_dash(left, right))
    return couples


_SEMICOLON_ENTRIES = re.compile(r"[^:;.]+")
_COMMA_ENTRIES = re.compile(r"(?:(?!\s(?:та|і|й)\s)[^:;,.])+")


_AN_ELLIPTICAL_CLAUSE = re.compile(
    r",\s+(?:а|і|й|та)\s+[А-ЯІЇЄҐ][\w'’-]+(?:\s+[\w'’-]+){0,2}?\s*[–—]\s*(?:з|із|зі)\s"
)
"""A clause whose verb is left out, with a partner of its own: ", а C – з D"."""
_AN_ELLIPTICAL_CLAUSE_AFTER_A_PARTNER = re.compile(
    r"\s(?:а|і|й|та)\s+[А-ЯІЇЄҐ][\w'’-]+(?:\s+[\w'’-]+){0,2}?\s*[–—]\s*(?:з|із|зі)\s"
)
"""The same clause right after a partner, with no comma: "A з B та C – з D"."""


def _with_the_last_subject(text: str, subject: UaMention, first_object: UaMention) -> bool:
    """The first object follows the last subject with only "з" and the hromada's nouns between, before
    any verb: it is that subject's partner ("Y з Z"), not the partner of all the subjects."""
    return bool(_ONLY_WITH_BETWEEN.match(text[subject.end : first_object.start]))


_ONLY_WITH_BETWEEN = re.compile(
    r"^[\w'’-]*(?:\s+(?:міськ|сільськ|селищн|територіальн|громад)\w*)*\s+(?:з|із|зі)\s+$", re.IGNORECASE
)


_DOCUMENTS_OF_A_KIND = re.compile(
    r"\b(?:(?:меморандуми|угоди|договори|документи)\s+(?:такого|цього|подібного|того\s+ж)\s+(?:типу|зразка|формату)"
    r"|(?:такі|подібні|аналогічні)\s+(?:меморандуми|угоди|договори|документи))\b",
    re.IGNORECASE,
)
# A body that is no hromada signs with the hromadas named: "метрополія вже підписала документи з A та B".
_ANOTHER_BODY_SIGNS = re.compile(
    r"\b(?:метрополі|асоціаці|агломераці|союз|спілк|фонд|агенці|університет|компані)\w*\s+"
    r"(?:\S+\s+){0,2}?(?:підписал|уклал|планує\s+(?:підписати|укласти))",
    re.IGNORECASE,
)
# A document with a body that is no hromada: "уклали меморандум із обласним центром зайнятості".
_WITH_A_BODY = re.compile(
    r"\b(?:меморандум|угод|договір|договор)\w*\s+(?:про\s+\S+\s+)?(?:з|із|зі)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:центр|фонд|агенці|організаці|університет|компані|підприємств|банк|міністерств|посольств|академі|"
    r"інститут|асоціаці|спілк|товариств|коледж|установ)\w*",
    re.IGNORECASE,
)
# One document of a kind told before: "наступний подібний меморандум … планують підписати з A".
_A_DOCUMENT_OF_THE_KIND = re.compile(
    r"\bнаступн\w*\s+(?:подібн|аналогічн)\w*\s+(?:меморандум|угод|договір|документ)", re.IGNORECASE
)
_BODY = (
    r"уряд|держав|міністерств|посольств|фонд|організаці|агенці|асоціаці|компані|університет|регіон|"
    r"провінці|воєводств|округ|повіт|керівництв|влад|адміністраці|медьє|жудец|краєм|графств|земл"
)
"""A party that is no hromada: "меморандуми з урядом Y планують підписати X та Z" are the two hromadas'
memoranda with it, not one between them."""


def _signing_before_an_aside(text: str, ua: list[UaMention]) -> str | None:
    """The clause before a colon, when it names a signing by two hromadas and the rest only tells
    what followed (no tie word, no dash pair, no hromada after "з"): its mentions are the pair's."""
    head, colon, tail = text.partition(":")
    if not colon or not (_SIGNS_AN_AGREEMENT.search(head) or _AN_AGREEMENT_SIGNED.search(head)):
        return None
    if _DOMESTIC_TIE.search(tail):
        return None
    if re.search(r"[—–]", tail) or any(_after_with(text, m.start) for m in ua if m.start > len(head)):
        return None
    inside = {m.katottg for m in ua if m.end <= len(head)}
    return head if len(inside) == 2 and any(m.start > len(head) for m in ua) else None


def _two_towns_tied(text: str, ua: list[UaMention]) -> bool:
    """With no word for a hromada, two Ukrainian towns are a pair only as the co-signers of a document
    ("X та Y підписали меморандум") or as the two sides of "між X і Y" with a document named."""
    towns = {m.katottg for m in ua if m.kind == "settlement"}
    if len(towns) != 2 or any(m.kind != "settlement" for m in ua):
        return False
    if _ONE_DOCUMENT.search(text) is None or _INTERNATIONAL.search(text):
        return False  # "X і Y уклали міжнародні угоди": each town its own, with partners abroad
    return _co_signed_memorandum(text, ua) or bool(_DOCUMENT_BETWEEN.search(text))


_ONE_DOCUMENT = re.compile(r"\b(?:меморандум|угод[уа]|договір)\b", re.IGNORECASE)
_INTERNATIONAL = re.compile(r"\bміжнародн|\bзакордонн|\bіноземн", re.IGNORECASE)
_DOCUMENT_BETWEEN = re.compile(
    r"\b(?:угод|договір|договор|меморандум)\w*\s+(?:\S+\s+){0,3}?між\s+[А-ЯІЇЄҐ][\w'’-]+\s+(?:і|й|та)\s+[А-ЯІЇЄҐ]",
    re.IGNORECASE,
)


def _co_signed_memorandum(text: str, ua: list[UaMention]) -> bool:
    """ "A-ська громада та B-ська громада підписали меморандум": two hromadas, both subjects
    of a memorandum, and no other party named after "з" ("з польськими громадами", "з громадами
    Донеччини"); or both named
    before the verb that signs an agreement, with no party after it ("A та B уклали угоду про
    співпрацю", not "… угоду з X"). Never two items of a list by semicolons."""
    hromadas = [m for m in ua if m.kind in ("hromada", "settlement")]
    if len({m.katottg for m in hromadas}) != 2:
        return False
    if ";" in text[hromadas[0].end : hromadas[-1].start]:
        return False  # "підписали: голова A … та мер X; голова B … та мер Y": each item a signing of its own
    other = next(m for m in hromadas if m.katottg != hromadas[0].katottg)
    between = text[hromadas[0].end : other.start]
    if re.search(r",\s*$", between) and has_finite_verb(between) and not _RELATIVE_WORD.search(between):
        return False  # "A підписала меморандум, B оновив угоду": each its own clause, verb and partner
    if _OTHER_PARTY_NAMED.search(text):
        return False  # "меморандуми з ESTDEV підписали також A та B": each with that party, not each other
    if _DOCUMENTS_IN_THE_PLURAL.search(text) and not _WITH_EACH_OTHER.search(text):
        return False  # "A і B підписали перші меморандуми": each its own, with partners told elsewhere
    if _DOCUMENTS_OF_A_KIND.search(text):
        return False  # "меморандуми такого типу вже підписали A та B": each its own, with a party told before
    if _JOINED_BEFORE.search(text, max(0, hromadas[0].start - 30), hromadas[0].start) and not (
        _SIGNS_AN_AGREEMENT.search(text, hromadas[-1].end)
    ):
        return False  # "меморандум X і Y, до якого долучилися також A та B громади": others' document
    if (
        re.search(r"меморанд|пліч-о-пліч", text, re.IGNORECASE)
        and not _each_with_partners_of_their_own(text, hromadas[0], other)  # "досвід A та B громад, які …"
        and not re.search(
            rf"\b(?:з|із|зі)\s+(?:сво\w+\s+)?(?:(?=[а-яіїєґ]){ADJ}\s|(?:громад|міст|ґмін|гмін|муніципаліт|комун|общин|партнер|{_BODY})\w*\s"
            # "… з бургомістрами обох словацьких міст": the other party named by its heads
            r"|(?:бургомістр|мер(?:ом|ами|ії|ією)\b|війт|старост|очільник|керівник|представник|делегаці)\w*)",
            text,
        )
    ):
        return True
    if (became := _BECAME_PARTNERS.search(text)) and not (
        became.group(0).lower().endswith("ами") and not _OF_EACH_OTHER_AFTER.match(text, became.end())
    ):
        return True  # "A та B стали партнерами", "партнерами стали A та B": of each other
    signing = _SIGNS_AN_AGREEMENT.search(text)
    if signing is not None and not _WITH.search(text, signing.end(), end := _clause_end(text, signing.end())):
        # no party after the verb in its clause ("…, і відтоді діти з X їздять …" is another clause)
        return all(m.end <= signing.start() for m in hromadas if m.start < end)
    # "Угоду підписали A-ська та B-ська громади": the document and its verb first, both sides the verb's
    # plural subject after it
    signed = _DOCUMENT_SIGNED_BY.search(text)
    first, second = hromadas[0], hromadas[-1]
    if (
        signed is not None
        and first.start >= signed.end()
        and not _WITH.search(text, signed.start(), first.start)
        and _JOINED_HROMADAS.fullmatch(text, first.end, second.start) is not None
        and second.text.endswith("громади")
    ):
        return True
    # "Угоду про партнерство A-ська та B-ська громади уклали …": the document fronted, both sides the
    # plural subject of the verb right after them
    return any(
        one.katottg != two.katottg
        and _DOCUMENT_FRONTED.search(text, 0, one.start) is not None
        and _JOINED_HROMADAS.fullmatch(text, one.end, two.start) is not None
        and _SIGNED_RIGHT_AFTER.match(text, two.end) is not None
        for one, two in zip(hromadas, hromadas[1:], strict=False)
    )


_DOCUMENTS_IN_THE_PLURAL = re.compile(
    r"\b(?:меморандуми|договори)\b(?!\s+(?:про|щодо)\s+\S+\s+(?:між|з)\b)"
    # "угоди" after a plural adjective ("нові угоди"; not "дві угоди"), or the hromadas' international ones
    r"|\b(?!дві\b)[а-яіїєґ'’]{3,}і\s+угоди\b|\bміжнародн\w*\s+(?:угод|меморандум|договор)",
    re.I,
)
_WITH_EACH_OTHER = re.compile(r"\b(?:між\s+собою|одна\s+з\s+одною|один\s+з\s+одним|взаємн)", re.IGNORECASE)

_NEXT_CLAUSE = re.compile(r",\s+(?:і|й|а|але|та|тож|відтак|відтоді)\s")


def _clause_end(text: str, start: int) -> int:
    """Where the clause that goes on at ``start`` ends: a comma and a conjunction open the next one (a
    colon or a dash goes on with what the clause tells)."""
    found = _NEXT_CLAUSE.search(text, start)
    return found.start() if found else len(text)


def _each_with_partners_of_their_own(text: str, first: UaMention, last: UaMention) -> bool:
    """Two hromadas in the genitive plural named as an example to follow ("досвід A та B громад") or
    said to have partners of their own (", які вже мають партнерів у X"): not each other's partners."""
    if not _IN_THE_GENITIVE_PLURAL.search(last.text):
        return False
    return bool(
        _AN_EXAMPLE_OF.search(text, max(0, first.start - 30), first.start)
        or _WHO_HAVE_PARTNERS.match(text, last.end)
    )


_JOINED_BEFORE = re.compile(r"\b(?:долучил|приєднал)\w*\s+(?:\S+\s+){0,2}?$", re.IGNORECASE)
_IN_THE_GENITIVE_PLURAL = re.compile(r"\b(?:громад|міст|рад)$", re.IGNORECASE)
_AN_EXAMPLE_OF = re.compile(r"\b(?:досвід\w*|приклад\w*|практик\w*)\s+$", re.IGNORECASE)
_WHO_HAVE_PARTNERS = re.compile(
    r",\s*(?:які|що)\s+(?:вже\s+|також\s+)?ма(?:ють|ли)\s+(?:сво\w+\s+|власн\w+\s+)?(?:партнер|побратим)",
    re.IGNORECASE,
)
_RELATIVE_WORD = re.compile(r"\b(?:як(?:ий|а|е|і|ого|ої|ому|ій|им|ою|их)|що|де|коли)\b", re.IGNORECASE)
# "X стала (офіційно) партнером Y-ської громади", "A та B стануть партнерами відповідно X-ської та Y-ської
# громад": the hromadas in the genitive are the subjects' partners
_PARTNER_OF_BEFORE = re.compile(
    r"\b(?:стал[аио]?|став|стан(?:е|уть)|є)\s+(?:[а-яіїєґ'’]+\s+)?(?:партнер|побратим)(?:ом|ами)\s+"
    r"(?:відповідно\s+)?$",
    re.IGNORECASE,
)
_BECAME_PARTNERS = re.compile(
    r"\bстал[иа]\s+(?:\S+\s+)?(?:партнерами|побратимами)\b|\b(?:партнерами|побратимами)\s+(?:\S+\s+)?стал[иа]\b",
    re.IGNORECASE,
)
# What may follow "… стали партнерами" when the two are partners of each other: the clause's end or
# its time ("у 2023 році", "ще торік"); "… партнерами X-а", "… програми", "… з Y" are of someone else.
_OF_EACH_OTHER_AFTER = re.compile(
    r"\s*(?:[.,;:!?—–)]|$)|\s+(?:у|в|ще|торік|минулого|цього|наприкінці|на\s+початку|\d)", re.IGNORECASE
)
_SIGNS_AN_AGREEMENT = re.compile(
    r"\b(?:підписал|уклал|скріпил)\w*\s+(?:\S+\s+){0,2}?(?:угод|договір|договор|меморандум)", re.IGNORECASE
)
_AN_AGREEMENT_SIGNED = re.compile(
    r"\b(?:угод|договір|договор|меморандум)\w*\s+[^.;:]{0,120}?\b(?:підписал|уклал|скріпил)\w*", re.IGNORECASE
)
"""The document first, its signing after ("Угоду про партнерство A та B громади підписали …")."""
_WITH = re.compile(r"\b(?:з|із|зі)\s", re.IGNORECASE)
# A party named right after "з" by a capitalised or quoted name ("з ESTDEV", "з «…»"), or documents in
# the plural that are "аналогічні"/"свої": each hromada's own, with someone else.
_OTHER_PARTY_NAMED = re.compile(
    r"\b(?:з|із|зі)\s+(?:[«\"„“]|[A-Z]{2,})|\b(?:аналогічн|свої|власн)\w*\s+(?:меморандуми|угоди|договори)\b"
    # "… уклали меморандум з Асоціацією …": each with that body, not with each other
    rf"|\b(?:з|із|зі)\s+(?:{_BODY})\w*",
    re.IGNORECASE,
)
_DOCUMENT_SIGNED_BY = re.compile(
    # one document in the singular, the two sides' own ("свої угоди": each its own)
    r"(?<!сво[їю] )\b(?:угоду|угода|договір|меморандум)\s+(?:\S+\s+){0,4}?(?:підписали|уклали|скріпили)\s",
    re.IGNORECASE,
)
_JOINED_HROMADAS = re.compile(r"\s+(?:та|і|й)\s+")
_DOCUMENT_FRONTED = re.compile(r"\b(?:угоду|договір|меморандум)\s+(?:про\s+[\w'’-]+\s+)?$", re.IGNORECASE)
_SIGNED_RIGHT_AFTER = re.compile(r"\s+(?:(?:громади|міста)\s+)?(?:підписали|уклали|скріпили)\b")


# The nouns of a coordinated object before the next hromada: "з A-ською громадою X-щини та B-ською …".
_PART_OF_AN_OBJECT = re.compile(r"^(?:громад\w*|\w+(?:щин|ччин)\w*|област\w*|район\w*)$")


def _after_with(text: str, start: int) -> bool:
    """ "з A-ською та B-ською громадами", "з громадами A та B": the hromadas are the object, not the
    parties; the words of the coordinated object (names, adjectives, their nouns) may stand between."""
    return _governing_with(text, start) == "with"


def _lies_next_to(text: str, start: int) -> bool:
    """ "громада, сусідня з X": what a place lies next to, no party at all."""
    return _governing_with(text, start) == "where"


_GUESTS = frozenset({"гості", "учасники", "переселенці"})
"""People whose "з X" names where they came from to watch or live, not who acts (the dictionary reads
"гості" first as another word)."""


def _people_from(text: str, start: int) -> bool:
    """ "гості з сусідніх громад: A, B та C": where guests came from, no party at all."""
    return _governing_with(text, start) == "guests"


_A_NOMINATIVE_NAME = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ'’-]*(?:[сзц]ька|щина)\b")
_ADJACENT = re.compile(r"^(?:сусідн|межу|суміжн|поруч|поряд|межуюч)\w*$")
"""Words of lying next to a place: the "з" after them says where, not with whom."""


def _governing_with(text: str, start: int) -> str | None:
    """The "з" the name stands after, through its coordinated object: "with" (a partner), "from" (the
    home of people who act: "сусіди з X"), "guests" (where onlookers came from: "гості з …"), "where"
    (what a place lies next to: "сусідня з X"), or None. A name in the nominative ("X-ська громада",
    "X-щина") is governed by no "з" before it: it opens a phrase of its own ("Меморандум з A-ською
    громадою X-ська громада підписала")."""
    if _A_NOMINATIVE_NAME.match(text, start):
        return None
    words = preceding_words(text, start, 8)
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        lowered = word.lower()
        if lowered in ("з", "із", "зі"):
            before = words[index - 1] if index > 0 else ""
            if before.lower() in _GUESTS:
                return "guests"  # "гості з сусідніх громад: A, B": who came, no party at all
            if _ADJACENT.match(before.lower()):
                return "where"  # "громада, сусідня з X": where the hromada lies, X no party
            return "from" if before and is_plural_people(before) else "with"  # "сусіди з X": X's people
        if (
            lowered not in ("та", "і", "й")
            and not word[:1].isupper()
            and not is_adjective(lowered)
            and not _PART_OF_AN_OBJECT.match(lowered)
        ):
            return None  # any adjective may stand between: "з сусідньою X-ською громадою"
    return None
