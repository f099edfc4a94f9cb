"""Clauses of a sentence: which clause a name stands in, and the relation, status and date that clause
gives the partner named in it (its own verb first, an elliptical clause its verb's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from parsers.facts.cues import (
    A_YEAR_NUMBER,
    MONTH_WORD,
    NOT_PROLONGED,
    event_date_of,
    names_a_tie,
    not_yet_while_talks_go_on,
    relation_of,
    spans_of_ties_going_on,
    status_of,
    tie_goes_on,
)
from parsers.facts.dates import SIGNING
from parsers.facts.name_forms import case_stem, names_stem
from parsers.facts.owner_list import line_of
from parsers.facts.sentences import per_sentence
from parsers.facts.vocabulary import (
    DOCUMENT_NOUN,
    HROMADA_ADJECTIVE_SUBJECT,
    TIE_WORD,
    has_finite_verb,
    has_past_verb,
    is_adverb,
    names_a_bond,
)

_RELATIVE_PRONOUN = r"(?:що|який|яка|яке|які)"
_CLAUSE_BREAK = re.compile(
    # "визнано такою, що втратила чинність": "такою, що" is one phrase, not a relative clause's comma
    r"[;:]|(?<!\bтакою)(?<!\bтаким)(?<!\bтакими),\s+(?:[–—]\s+)?"
    r"(?=(?:а|але|адже|проте|однак|натомість|зате|тож|тоді як|а також|"
    rf"{_RELATIVE_PRONOUN}|де|коли|бо)\b)"
    r"|\s+а також\s+"
    r"|,\s+(?=(?:та|і|й)\s+натомість\b)"
    r"|,\s+(?=[А-ЯІЇЄҐ][\w'’-]+(?:\s+[\w'’-]+){0,2}\s+[–—]\s*(?:з|із|зі)\s)"  # ", Y – з X": its own clause
    r"|,\s+(?=(?:друг|трет|четверт|п['’]ят)\w*\s*[–—]\s)"  # ", друга — Y, яка …": an ordinal's entry
    # ", Y — угоду з X", ", Y — меморандум про партнерство з X": the dash stands for the verb
    r"|,\s+(?=[А-ЯІЇЄҐ][\w'’-]+(?:\s+[\w'’-]+){0,2}\s+[–—]\s*(?:угод|меморандум|договір|договор|лист)\w*"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:з|із|зі)\s)"
    r"|,\s+(?=(?:у|в|на|наприкінці|навесні|восени|влітку|взимку)\s+(?:[а-яіїєґ'’\d]+\s+){0,2}[–—]\s*(?:з|із|зі)\s)"
    r"|,\s+(?=(?:а\s+)?(?:з|із|зі)\s+[А-ЯІЇЄҐ][\w'’-]*(?:\s+[\w'’-]+){0,2}?\s+[–—]\s)"  # ", з X – у <рік>"
    r"|,\s+(?=(?:та|і|й)\s+(?:з|із|зі)\s+(?:[а-яіїєґ'’-]+\s+)?(?-i:[А-ЯІЇЄҐ]))"  # "…, з яким …, та з Y"
    # "…, зі Y маємо меморандум": a partner fronted in a clause whose verb is the owner's in the first person
    r"|,\s+(?=(?:а\s+)?(?:з|із|зі)\s+(?:[а-яіїєґ'’-]+\s+)?(?-i:[А-ЯІЇЄҐ])[\w'’-]*\s+(?:ми\s+)?маємо\b)"
)


@per_sentence
def clauses_of(text: str) -> tuple[tuple[int, int], ...]:
    """Clause spans of a sentence: "..., адже X - побратим Y, а також ... Z"; an opening adverbial
    participle's phrase ("Розірвавши угоду з A, громада …") is a clause of its own."""
    bounds, start = [], 0
    if opening := _OPENING_PARTICIPLE.match(text):
        bounds.append((0, opening.end() - 1))
        start = opening.end()
    breaks = sorted(
        [
            *_CLAUSE_BREAK.finditer(text, start),
            *_verb_after_and(text, start),
            *_participle_breaks(text, start),
            *_hromada_subject_breaks(text, start),
            *_named_subject_breaks(text, start),
            *_second_tie_breaks(text, start),
            *_second_act_breaks(text, start),
            *_second_document_breaks(text, start),
            *_main_clause_after_a_relative_breaks(text, start),
        ],
        key=lambda match: match.start(),
    )
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    for match in breaks:
        if match.start() < start or any(a < match.start() < b for a, b in quoted):
            continue  # a quoted name ("конференція «A – B»") is one clause's words
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return tuple((a, b) for a, b in bounds if text[a:b].strip())


_QUOTED = re.compile(r"«[^«»]{1,120}»")


def _second_tie_breaks(text: str, start: int) -> list[re.Match[str]]:
    """ "розрив побратимства з A та курс на партнерство з B": "та" before a second tie named by its noun,
    with a partner of its own, opens a clause of its own (a verb there leaves it to the other rules)."""
    return [match for match in _SECOND_TIE.finditer(text, start) if not has_finite_verb(match.group(1))]


_SECOND_TIE = re.compile(
    r"\s+(?:та|і|й)\s+(?=((?!(?:угод|договор|меморандум)\w*\s+про\b)(?:[а-яіїєґ'’-]+\s+){1,3}?)"
    r"(?:партнерств|побратимств|співпрац|співробітництв)\w*\s+(?:з|із|зі)\s)"
)


def _second_act_breaks(text: str, start: int) -> list[re.Match[str]]:
    """ "затвердили угоду з A, розірвали договір з B": a comma and a second act on a tie, with no
    conjunction, after a part with a finite verb and a partner of its own, open a clause of their own."""
    return [
        match
        for match in _COMMA_THEN_AN_ACT.finditer(text, start)
        if has_finite_verb(
            segment := text[max(start, text.rfind(",", start, match.start()) + 1) : match.start()]
        )
        and _A_PARTNER_OF_ITS_OWN.search(segment)
        and not _A_RELATIVE_WORD.search(segment)
    ]  # not the main verb after a relative clause ("угоду з A, термін дії якої минув, продовжили")


def _second_document_breaks(text: str, start: int) -> list[re.Match[str]]:
    """ "нова редакція угоди з A і меморандум про співпрацю з B": "і" before a second document with a
    partner of its own, after a first one with its own partner, opens a clause of its own (each document
    keeps its own stage)."""
    return [
        match
        for match in _AND_A_DOCUMENT_WITH.finditer(text, start)
        if _DOCUMENT_WITH_A_PARTNER_BEFORE.search(text, max(start, match.start() - 100), match.start())
    ]


def _main_clause_after_a_relative_breaks(text: str, start: int) -> list[re.Match[str]]:
    """ "X, яка з 2019 року має угоду з Y, 24 січня провела конференцію …": after a relative clause with a
    partner of its own, a comma, a time and a verb of an event go back to the main clause (the event's
    date is not the tie's)."""
    return [
        match
        for match in _A_TIMED_EVENT_AFTER.finditer(text, start)
        if (relative := _A_RELATIVE_OPENING.search(text, start, match.start())) is not None
        and _A_PARTNER_OF_ITS_OWN.search(text, relative.end(), match.start())
    ]


_A_RELATIVE_OPENING = re.compile(r",\s+(?:як(?:ий|а|е|і)|що)\s")
_A_TIMED_EVENT_AFTER = re.compile(
    r",\s+(?=(?:\d{1,2}\s+[а-яіїєґ'’]+|(?:у|в)\s+[а-яіїєґ'’]+|торік|цього\s+\w+|минулого\s+\w+)\s+"
    r"(?:\S+\s+)?(?:провел|провів|відвіда|прийнял|прийняв|приїха|організува|передал|передав|взял|взяв)\w*\b)"
)


_AND_A_DOCUMENT_WITH = re.compile(
    r"\s+(?:і|й|та)\s+(?=(?:угод|меморандум|договір|договор|лист)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:з|із|зі)\s+"
    r"(?:[а-яіїєґ'’-]+\s+){0,2}[А-ЯІЇЄҐ])"
)
_A_SECOND_DOCUMENT = re.compile(
    r"(?:угод|меморандум|договір|договор|лист)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:з|із|зі)\s+"
    r"(?:[а-яіїєґ'’-]+\s+){0,2}[А-ЯІЇЄҐ]"
)
_DOCUMENT_WITH_A_PARTNER_BEFORE = re.compile(
    r"\b(?:угод|меморандум|договір|договор|лист|редакці)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:з|із|зі)\s+"
    r"(?:[а-яіїєґ'’-]+\s+){0,2}[А-ЯІЇЄҐ][\w'’-]*\s*$"
)


_A_RELATIVE_WORD = re.compile(r"\b(?:як(?:ий|а|е|і|ого|ої|их|ому|им|ою)|що|де|коли)\b", re.IGNORECASE)


_COMMA_THEN_AN_ACT = re.compile(
    r",\s+(?=(?:затверди|схвали|ухвали|розірва|припини|призупини|продовжи|поновил|відновил|підписа|уклал)"
    r"(?:ли|ла|в)\s)"
)


def _verb_after_and(text: str, start: int) -> list[re.Match[str]]:
    """ ", та веде переговори з B", ", і найближчим часом буде …": a comma, a conjunction and a finite
    verb among the next four words open a clause of its own (", та Y" without a verb is one more item
    of a list)."""
    with_comma = [match for match in _AND_THEN_WORD.finditer(text, start) if has_finite_verb(match.group(1))]
    return (
        with_comma
        + [
            match
            for match in _AND_THEN_VERB.finditer(text, start)
            if has_finite_verb(match.group(1))
            and has_finite_verb(text[start : match.start()])
            and not has_finite_verb(text[start : match.start()].split()[-1])
        ]
        + [
            match
            for match in _AND_ADVERB_THEN_VERB.finditer(text, start)
            if is_adverb(match.group(1))
            and has_finite_verb(match.group(2))
            and has_finite_verb(text[start : match.start()])
            and not has_finite_verb(text[start : match.start()].split()[-1])
        ]
    )  # "X підписав A та домовився про B": a second verb of the same subject and its own object, maybe
    # after an adverb ("і нарешті розірвав B")


def _hromada_subject_breaks(text: str, start: int) -> list[re.Match[str]]:
    """ ", Y-ська (громада) веде перемовини з B": a comma and a hromada's adjective, maybe with its noun,
    followed by a finite verb open a clause with a subject of its own (", X-ська область," does not)."""
    return [
        match
        for match in _HROMADA_THEN_WORD.finditer(text, start)
        if has_finite_verb(match.group("word")) and has_finite_verb(text[start : match.start()])
    ]  # a clause with a verb of its own before it: "У <місті>, <дата>, X-ська громада …" is one clause


def _named_subject_breaks(text: str, start: int) -> list[re.Match[str]]:
    """ ", A і B планують підписати …", ", Y веде переговори …": a comma and a name, or two joined, as
    the subject of a finite verb open a clause of their own, after a clause with a verb of its own."""
    return [
        match
        for match in _NAMES_THEN_WORD.finditer(text, start)
        if has_finite_verb(match.group("word")) and has_finite_verb(text[start : match.start()])
    ]


def a_named_subject_between(text: str, start: int, end: int) -> bool:
    """Between ``start`` and ``end`` a clause opens with a subject named of its own and a finite verb
    (", Y готується до угоди з …"): what follows it is that subject's, not the clause before's."""
    return any(
        start <= match.start() and match.start("word") < end for match in _named_subject_breaks(text, 0)
    )


_NAMES_THEN_WORD = re.compile(
    # ", A і B планують …", and a single name as the subject too (", Y веде переговори з B")
    r",\s+(?=(?-i:[А-ЯІЇЄҐ])[\w'’-]+(?:\s+(?-i:[А-ЯІЇЄҐ])[\w'’-]+)?(?:\s+(?:і|й|та)\s+(?-i:[А-ЯІЇЄҐ])[\w'’-]+)?"
    r"\s+(?:вже\s+|ще\s+)?"
    # the verb, or an adverb and the verb (", Y остаточно розірвав зв'язки з Z")
    r"(?P<word>(?:(?-i:[а-яіїєґ])[\w'’-]*\s+)?[\w'’-]+))",
    re.IGNORECASE,
)
_HROMADA_THEN_WORD = re.compile(rf",\s+(?={HROMADA_ADJECTIVE_SUBJECT})", re.IGNORECASE)


def _participle_breaks(text: str, start: int) -> list[re.Match[str]]:
    """The two commas around an adverbial participle's phrase inside a sentence ("Громада, розірвавши
    угоду з A, зберегла угоди з B"): the phrase is a clause of its own, its act is not the main verb's."""
    return [
        comma
        for phrase in _INNER_PARTICIPLE.finditer(text, start)
        for comma in (_COMMA.match(text, phrase.start()), _COMMA.match(text, phrase.end() - 1))
        if comma is not None
    ]


_INNER_PARTICIPLE = re.compile(r",\s+(?:\S+\s+)?[а-яіїєґ'’]+вши(?:сь)?\b[^,;:.]*,")
_COMMA = re.compile(r",\s*")
_AND_THEN_WORD = re.compile(r",\s+(?=(?:та|і|й)\s+((?:[а-яіїєґ'’]+\s+){0,3}[а-яіїєґ'’]+)\b)")
_AND_THEN_VERB = re.compile(r"(?<=[^\s,])\s+(?=(?:та|і|й)\s+([а-яіїєґ'’]+)\b)")
_AND_ADVERB_THEN_VERB = re.compile(r"(?<=[^\s,])\s+(?=(?:та|і|й)\s+([а-яіїєґ'’]+)\s+([а-яіїєґ'’]+)\b)")
_OPENING_PARTICIPLE = re.compile(r"\s*(?:\S+\s+){0,2}?[А-ЯІЇЄҐа-яіїєґ'’]+вши(?:сь)?\b[^,;:.]*,")


def verb_later_in_clause(text: str, position: int) -> bool:
    """The clause of ``position`` has a finite verb after it: after "а Y – з B", the clause is no
    elliptical one ("…, а Y – з B через річку налагодив поромне сполучення"); a relative clause's verb
    is not the clause's."""
    clause = clause_of(clauses_of(text), position)
    return clause is not None and has_finite_verb(_before_a_relative_clause(text[position : clause[1]]))


def _before_a_relative_clause(clause: str) -> str:
    """The clause up to a relative clause whose pronoun stands after a word or two ("…, делегація якого
    …"): that one speaks of the name before it."""
    relative = _A_RELATIVE_CLAUSE_LATER.search(clause)
    return clause[: relative.start()] if relative else clause


# ", делегація якого", ", у якому", ", мер якої": a relative clause with its pronoun in an oblique case
_A_RELATIVE_CLAUSE_LATER = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,2}?(?:як(?:ого|ої|их|ому|ій|им|ими|у|е|а|ий|і)|чий|чия|чиє|чиї)\b", re.IGNORECASE
)


def verb_earlier_in_clause(text: str, position: int) -> bool:
    """The clause of ``position`` has a finite verb before it: a name there is the verb's object, not
    its subject."""
    clause = clause_of(clauses_of(text), position)
    return clause is not None and has_finite_verb(text[clause[0] : position])


_OPENS_RELATIVE = re.compile(rf"{_RELATIVE_PRONOUN}\b", re.IGNORECASE)


def opens_a_relative_clause(text: str, clause: tuple[int, int]) -> bool:
    """The clause starts with a relative pronoun ("…, який …"): it speaks of the name before its comma."""
    return bool(_OPENS_RELATIVE.match(text, clause[0]))


def without_untied_relatives(text: str, clauses: Sequence[tuple[int, int]]) -> str:
    """The text with its relative clauses that tell, in the past, something else than a tie or a decision
    blanked ("X, яке пережило повінь 2011 року"): what befell a place is not when its tie was made."""
    for start, end in clauses:
        clause = text[start:end]
        if (
            opens_a_relative_clause(text, (start, end))
            and not names_a_tie(clause)
            and not _AN_ACT_ON_A_TIE.search(clause)
            and has_past_verb(clause)
        ):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


_AN_ACT_ON_A_TIE = re.compile(
    r"підпис|уклал|уклав|укладен|ухвал|затверд|схвал|погод|розірв|припин|продовж|онов|підтрим|домовил",
    re.IGNORECASE,
)


def clause_of(clauses: Sequence[tuple[int, int]], position: int | None) -> tuple[int, int] | None:
    if position is None:
        return None
    return next(((a, b) for a, b in clauses if a <= position < b), None)


def clause_cues(
    text: str,
    clauses,
    ua_at: int | None,
    partner_at: int,
    other_ua: list[int],
    published: date | None,
    default_relation: str = "cooperation",
):
    """Relation, status and date of one pair from its own clauses, so that in "Y is twinned with A
    since 1959, and also wants closer ties with B" A is signed and B planned. The partner's clause
    counts only when no other Ukrainian place is named in it; the governing (first) clause supplies
    a status the pair's clauses lack."""
    ua_clause = clause_of(clauses, ua_at)
    partner_clause = clause_of(clauses, partner_at)
    own = [ua_clause] if ua_clause else []
    if (
        partner_clause
        and partner_clause != ua_clause
        and (ua_clause is None or not any(partner_clause[0] <= at < partner_clause[1] for at in other_ua))
    ):
        own.append(partner_clause)
    if partner_clause and (told := _told_after_its_colon(text, clauses, partner_clause)) is not None:
        own.append(told)  # "Друга угода — з Y: меморандум ми уклали <дата>": the entry's own words
    own_text = " ".join(text[a:b] for a, b in own) or text
    first = text[clauses[0][0] : clauses[0][1]]
    # The partner's own clause speaks first: "X has twinned with A since 2019, and in 2024 signed a
    # partnership with B" gives B the second clause's relation, status and date.
    partner_text = text[own[-1][0] : own[-1][1]] if len(own) > 1 else ""
    status = status_of(partner_text)
    if status is None and not _acts_of_its_own(partner_text):
        status = status_of(own_text) or _exists(own_text)
        if status is None and not (
            own
            and own[0] in clauses[1:]
            and any(clauses[0][0] <= at < clauses[0][1] for at in other_ua)
            and has_finite_verb(_before_a_relative_clause(own_text))
        ):
            # the governing clause's status, unless that clause tells another hromada's act and the pair's
            # has a verb of its own ("X продовжила угоду з A, Y відзначила річницю партнерства з B"); in
            # a list set out in lines, not another side's line ("…;\nY — Z — переговори")
            cut = _end_before_a_second_act(text, clauses, own[-1] if own else partner_clause)
            if partner_clause in clauses[1:] and _A_SECOND_DOCUMENT.match(text, partner_clause[0]):
                cut = 0  # "нова редакція угоди з A і меморандум з B": A's document's stage is not B's
            status = status_of(first) or status_of(_without_lines_of(text[:cut], other_ua))
            if status is None and _A_DATED_DOCUMENT_LINE.search(text[slice(*line_of(text, partner_at))]):
                status = "signed"  # a table's line: "A — X (Країна) — угода про побратимство — 21.08.2025"
    last_own = own[-1] if own else partner_clause
    ended_later = _ended_after(text, clauses, last_own) if status in (None, "signed") else None
    if ended_later:
        status = "terminated"  # "До 2022 року X мала угоду з A, але … рада розірвала цю угоду"
    elif status == "terminated" and last_own is not None and _SUSPENDED.search(text, *last_own):
        # "…, у <рік> сесія призупинила її дію, а тепер проголосували за її розірвання": the ending, not
        # the suspension before it, is the tie's last act and its date
        ended_later = _ended_after(text, clauses, last_own)
    if status == "terminated":
        restored = _restored_after(text, clauses, last_own, _ITS_FORCE_RESTORED, other_ua)
    else:  # "угоду з A підписали у 2006 році, а торік – її нову редакцію"
        # a new edition approved ("погодили нову редакцію угоди з A і продовжили її дію"): renewed too
        renewing = status in (None, "signed") or (status == "planned" and _NEW_EDITION.search(own_text))
        restored = (
            _restored_after(text, clauses, last_own, _IT_RENEWED, other_ua)
            or _restored_after(text, clauses, last_own, _ITS_NEW_EDITION_OPENS, other_ua, opening=True)
            if renewing
            else None
        )
    if status == "planned" and not_yet_while_talks_go_on(own_text, text):
        status = "in_negotiation"  # "угоду з A ще не підписано: переговори тривають"
    if restored is not None:
        status = "renewed"  # "угоду з A призупинили у 2020 році, а цього року вирішили відновити її дію"
    carried_out = (
        _restored_after(text, clauses, last_own, _IT_SIGNED, other_ua, stage="signed")
        if status == "planned"
        else None
    )  # "сесія затвердила проєкт угоди з A, а 19 червня голови її підписали": the plan carried out
    if carried_out is not None:
        status = "signed"
    if status == "signed" and _denied_signed_after(text, clauses, last_own, partner_at):
        status = None  # "…, а Y — з B: документ із B, щоправда, досі не підписаний": no act for B here
    relation = relation_of(partner_text) or relation_of(own_text)
    event_date = event_date_of(partner_text, published) or event_date_of(
        " ".join(without_untied_relatives(text[a:b], ((0, b - a),)) for a, b in own) or text, published
    )
    if (
        event_date
        and partner_text
        and has_finite_verb(partner_text)
        and not event_date_of(partner_text, published)
    ):
        side_text = text[own[0][0] : own[0][1]]
        if SIGNING.search(side_text) and _A_PARTNER_OF_ITS_OWN.search(side_text):
            event_date = None  # "X підписала угоду з A у <рік>, а також співпрацює з B": A's year, not B's
    if restored is not None or carried_out is not None:
        told = restored or carried_out
        event_date = event_date_of(text[told[0] : told[1]], published)  # the restoring or signing clause's
    elif ended_later and last_own is not None:
        event_date = _date_of_the_ending(text, last_own, ended_later, published)
    if _ELLIPTICAL.search(own_text) and not SIGNING.search(own_text) and own[-1] in clauses[1:]:
        verb_clause = clauses[clauses.index(own[-1]) - 1]  # "а Y – з B": the dash stands for its verb
        verb_text = text[verb_clause[0] : verb_clause[1]]
        relation = relation or relation_of(verb_text)
        told = event_date_of(verb_text, published)
        anothers = any(verb_clause[0] <= at < verb_clause[1] for at in other_ua)
        if not (anothers and since_year(verb_text, told)):
            event_date = event_date or told  # not "A з <рік> має угоду з X, а B — з Y": A's year alone
    if (shared := _shared_relative_clause(text, clauses, ua_clause, partner_clause)) is not None:
        relation = relation or relation_of(shared)  # "X і Y, які у 2019 році підписали угоду про …"
        event_date = event_date or event_date_of(shared, published)
    if relation == "cooperation" and (told := _its_document_after_a_colon(text, clauses, own)) is not None:
        # "X співпрацює з A: угоду про партнерство підписали у <рік>": the document names the tie
        relation = relation_of(text[told[0] : told[1]]) or relation
        event_date = event_date or event_date_of(text[told[0] : told[1]], published)
    if relation is None and not names_a_bond(own_text):
        # an item of a list the first clause names ("угоди про X: A — B; …"), else the sentence's word
        # for the tie when the pair's clause names none ("A та B, що …, уклали угоду про партнерство")
        relation = relation_of(first) or relation_of(text)
    if event_date is None and status_of(own_text) is None and not has_finite_verb(own_text):
        event_date = event_date_of(first, published)  # the list's own clause has no verb: the first's date
    if event_date is None and own and own[0] in clauses[1:] and _WHEN.match(text[own[0][0] : own[0][1]]):
        before = clauses[clauses.index(own[0]) - 1]  # "з 2023 року, коли X та Y підписали угоду"
        event_date = event_date_of(text[before[0] : before[1]], published)
    if event_date is None and own and own[0] in clauses[1:] and _OF_THE_DOCUMENT.match(text, own[0][0]):
        before = clauses[clauses.index(own[0]) - 1]  # "<дата> документ, який підписали X та Y, …"
        if _ENDS_WITH_A_DOCUMENT.search(text, before[0], before[1]):
            event_date = event_date_of(text[before[0] : before[1]], published)
    if (
        event_date is None
        and own
        and len(clauses) > 1
        and own[0] == clauses[1]
        and _WHERE_OPENS.match(text, own[0][0])
        and not has_finite_verb(first)
    ):
        event_date = event_date_of(first, published)  # "<день> в X, де …, A і B підписали": the verbless lead
    if event_date is None and own and own[0] in clauses[1:] and text[own[0][0] - 1] == ":":
        before = clauses[clauses.index(own[0]) - 1]  # "<день> відбулася подія: X підписала …"
        if _HAPPENED.search(text, before[0], before[1]):
            event_date = event_date_of(text[before[0] : before[1]], published)
    return relation or default_relation, status, event_date


_WHERE_OPENS = re.compile(r"(?:де|куди|звідки)\s", re.IGNORECASE)
"""A relative clause of the place a sentence's verbless lead names, which runs on into the main clause."""
# A relative clause of the document the clause before it ends with: its signers, whose date is the
# document's ("14 жовтня документ, який скріпили підписами X та Y, передбачає …").
_OF_THE_DOCUMENT = re.compile(
    r"(?:який|яку|яке|що)\s+(?:\S+\s+){0,2}?(?:підписа|скріпи|уклал|уклав)", re.IGNORECASE
)
_ENDS_WITH_A_DOCUMENT = re.compile(
    r"\b(?:документ|угод|меморандум|договір|договор)\w*\s*,?\s*$", re.IGNORECASE
)
_A_PARTNER_OF_ITS_OWN = re.compile(r"\b(?:з|із|зі)\s+(?:[а-яіїєґ'’-]+\s+){0,3}[А-ЯІЇЄҐ]")
_HAPPENED = re.compile(r"\bвідбул(?:ося|ася|ись)\b|\bстал(?:ося|ася)\b", re.IGNORECASE)
"""An event told before a colon: what follows the colon tells what it was."""


_A_DATED_DOCUMENT_LINE = re.compile(
    r"[—–]\s*(?:угод\w*|меморандум\w*|договір|лист\w*\s+про\s+наміри|деклараці\w*)[^\n—–]*[—–]\s*"
    r"\d{1,2}\.\d{1,2}\.\d{4}",
    re.IGNORECASE,
)
"""A line of a table set out with dashes that names a document and the day it is dated."""


def _without_lines_of(text: str, positions: list[int]) -> str:
    """The text with the lines that hold any of ``positions`` blanked (a text of one line as it is)."""
    if "\n" not in text or not positions:
        return text
    lines, at = [], 0
    for line in text.split("\n"):
        held = any(at <= position < at + len(line) for position in positions)
        lines.append(" " * len(line) if held else line)
        at += len(line) + 1
    return "\n".join(lines)


def _end_before_a_second_act(text: str, clauses, clause: tuple[int, int] | None) -> int:
    """Where the sentence's words for a pair's status end: before a later clause that opens with an act
    of its own on a partner of its own ("затвердили угоду з A, розірвали договір з B"), else its end."""
    for a, b in _later_clauses(clauses, clause):
        opens_an_act = _COMMA_THEN_AN_ACT.match(text, text.rfind(",", 0, a)) is not None
        after_a_semicolon = text[:a].rstrip().endswith(";") and has_finite_verb(text[a:b])
        if (opens_an_act or after_a_semicolon) and _A_PARTNER_OF_ITS_OWN.search(text, a, b):
            return a
    return len(text)


def _ended_after(text: str, clauses, clause: tuple[int, int] | None) -> tuple[int, int] | None:
    """The later clause that ends "this agreement" ("…, але рада розірвала цю угоду"), referring back to
    the tie of the clause before it; None when no clause does."""
    return next(
        (
            (a, b)
            for a, b in _later_clauses(clauses, clause)
            if status_of(text[a:b]) == "terminated"
            and (
                THIS_AGREEMENT.search(text, a, b) is not None
                or NOT_PROLONGED.search(text, a, b) is not None
                or _ITS_ENDING.search(text, a, b) is not None
            )
        ),
        None,
    )


THE_SAME_YEAR = re.compile(r"\bтого\s+(?:ж|же|самого)\s+року\b", re.IGNORECASE)
_SUSPENDED = re.compile(r"\bпризупин|\bзупин|\bзаморо(?:зи|жен)", re.IGNORECASE)


def _date_of_the_ending(
    text: str, own: tuple[int, int], ending: tuple[int, int], published: date | None
) -> str | None:
    """The date of a tie's ending told in a later clause: the first date after the tie's own clause,
    unless the clauses before the ending tell an act of their own ("…, у <рік> призупинила її дію, а тепер
    проголосували за розірвання": the suspension's date is no date of the ending); then the ending's."""
    after_an_act = status_of(text[own[1] : ending[0]]) is not None
    told = event_date_of(text[ending[0] if after_an_act else own[1] :], published)
    earlier = A_YEAR_NUMBER.findall(text, 0, ending[0])
    if told and earlier and THE_SAME_YEAR.search(text, ending[0], ending[1]):
        told = earlier[-1] + told[4:]  # "а в квітні того ж року": the year told before
    return told


def _restored_after(
    text: str,
    clauses,
    clause: tuple[int, int] | None,
    back_to_it: re.Pattern[str],
    others: Sequence[int] = (),
    stage: str = "renewed",
    opening: bool = False,
) -> tuple[int, int] | None:
    """The later clause that restores, prolongs or renews the agreement of the clause before it
    ("…, а цього року сесія ухвалила рішення відновити дію угоди", "…, а торік підписали її нову
    редакцію"), pointing back to it as ``back_to_it`` finds, if there is one; not a clause of another
    Ukrainian side (``others``: where they are named) or with a partner of its own ("…, а Y — продовжила
    угоду з Z"). ``stage``: the status that clause must tell (a plan carried out later is "signed");
    ``opening``: ``back_to_it`` must open the clause."""
    return next(
        (
            (a, b)
            for a, b in _later_clauses(clauses, clause)
            if status_of(text[a:b]) == stage
            and (back_to_it.match(text, a, b) if opening else back_to_it.search(text, a, b)) is not None
            and not any(a <= at < b for at in others)
            # a signing of the document's pronoun ("…, а … її підписали") names its partner only in passing
            and (stage == "signed" or not _A_PARTNER_OF_ITS_OWN.search(text, a, b))
            # "…; раніше мала угоду з Z, підписану 2017 року, яку продовжили": Z's renewal, not this one's
            and (clause is None or not _A_PARTNER_OF_ITS_OWN.search(text, clause[1], a))
        ),
        None,
    )


def _told_after_its_colon(text: str, clauses, clause: tuple[int, int]) -> tuple[int, int] | None:
    """For a partner's clause that names an agreement with no verb and a colon ends ("Друга угода — з
    Y:"), the clause after the colon, which tells that entry's act, when it names no partner of its own."""
    later = _later_clauses(clauses, clause)
    if not later or not text[clause[1] : later[0][0]].strip().startswith(":"):
        return None
    entry = text[clause[0] : clause[1]]
    taken_up = _THE_PARTNER_TAKEN_UP.match(text, later[0][0]) is not None  # "Другий – Y: з ними ми …"
    if not (_AN_AGREEMENT_NAMED.search(entry) or taken_up) or _TALKS.search(entry) or has_finite_verb(entry):
        return None
    return None if _A_PARTNER_OF_ITS_OWN.search(text, *later[0]) else later[0]


_THE_PARTNER_TAKEN_UP = re.compile(r"\s*(?:з|із|зі)\s+(?:ним|нею|ними)\b", re.IGNORECASE)
"""A clause after a colon that opens by taking the partner before it up again ("з ними ми підписали …")."""


def only_anothers_ending(text: str, partner_at: int) -> str | None:
    """When every ending the sentence tells is of an agreement with another town named after it ("після
    розірвання угоди з B у X залишиться один партнер — A") and the partner at ``partner_at`` is not that
    town: the sentence without those endings, whose cues are the partner's. Else None."""
    stem = _stem_at(text, partner_at)
    if not stem:
        return None
    endings = list(_ENDING_WORD_RE.finditer(text))
    named = list(_ENDING_WITH_A_NAME.finditer(text))
    if not endings or len(named) != len(endings):
        return None
    if any(names_stem(text[m.start("name") : _list_end(text, m.end())], stem) for m in named):
        return None  # "розірвала угоди з B та A": A's ending too
    return _ENDING_WITH_A_NAME.sub(" ", text)


def _list_end(text: str, at: int) -> int:
    """Where a list of names that goes on at ``at`` ends: the next stop, colon or dash."""
    stop = _LIST_STOP.search(text, at)
    return stop.start() if stop else len(text)


_LIST_STOP = re.compile(r"[.;:—–]|,\s+(?:а|але|проте|однак)\s|\s(?:у|в)\s+[А-ЯІЇЄҐ]")
_ENDING_WORD_RE = re.compile(r"\b(?:розірв|розрив|припин|призупин|денонс|скасув)\w*", re.IGNORECASE)
_ENDING_WITH_A_NAME = re.compile(
    r"\b(?:розірванн|припиненн|призупиненн|денонсаці|скасуванн)\w*\s+(?:дії\s+)?(?:угод|договор|меморандум)\w*"
    r"\s+(?:(?:про|щодо)\s+(?:[а-яіїєґ'’]+\s+){1,3}?)?(?:з|із|зі)\s+(?:[а-яіїєґ'’]+\s+){0,2}?"
    r"(?P<name>(?-i:[А-ЯІЇЄҐ])[\w'’-]+)",
    re.IGNORECASE,
)


def _denied_signed_after(text: str, clauses, clause: tuple[int, int] | None, partner_at: int) -> bool:
    """A later clause of the sentence says this partner's document is not signed yet ("документ із B,
    щоправда, досі не підписаний"): it names the partner again, or, right after the pair's clause, refers
    back to the document."""
    stem = _stem_at(text, partner_at)
    for i, (a, b) in enumerate(_later_clauses(clauses, clause)):
        told = text[a:b]
        back = i == 0 and _THE_DOCUMENT_BACK.search(told)  # only right after the pair's own clause
        if _NOT_SIGNED_YET.search(told) and (names_stem(told, stem) or back):
            return True
    return False


def _stem_at(text: str, at: int) -> str:
    """The case stem of the name that starts at ``at`` ("" when no name starts there)."""
    word = _CAPITALISED.match(text, at)
    return case_stem(word.group(0)) if word else ""


_CAPITALISED = re.compile(r"[А-ЯІЇЄҐ][\w'’-]+")
_NOT_SIGNED_YET = re.compile(
    r"\b(?:досі|ще|поки(?:\s+що)?|так\s+і)\s+не\s+(?:(?:був|була|було)\s+)?(?:підписан|підписал|уклал|укладен)",
    re.IGNORECASE,
)
_THE_DOCUMENT_BACK = re.compile(
    r"^\W*(?:але|проте|однак|та|і)?\s*(?:документ|угод[аиу]|він|вона)\b", re.IGNORECASE
)


def _its_document_after_a_colon(text: str, clauses, own: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The clause after a colon that tells the document of a tie the pair's own clause names only by a
    verb or noun of working together: that clause names a document of a kind and no partner of its own."""
    if not own or _A_DOCUMENT.search(" ".join(text[a:b] for a, b in own)):
        return None
    later = _later_clauses(clauses, own[-1])
    if not later or not text[own[-1][1] : later[0][0]].strip().startswith(":"):
        return None
    told = text[later[0][0] : later[0][1]]
    if not _A_DOCUMENT_OF_A_KIND.search(told) or _A_PARTNER_OF_ITS_OWN.search(told):
        return None
    return later[0]


_A_DOCUMENT = re.compile(rf"\b{DOCUMENT_NOUN}", re.IGNORECASE)
_A_DOCUMENT_OF_A_KIND = re.compile(
    rf"\b{DOCUMENT_NOUN}\w*\s+(?:\S+\s+)?про\s+(?:партнерств|побратимств|дружб|наміри)", re.IGNORECASE
)


_AN_AGREEMENT_NAMED = re.compile(rf"\b{DOCUMENT_NOUN}|{TIE_WORD.pattern}", re.IGNORECASE)
_TALKS = re.compile(r"переговор|перемовин", re.IGNORECASE)


def _later_clauses(clauses, clause: tuple[int, int] | None) -> list[tuple[int, int]]:
    if clause is None or clause not in clauses:
        return []
    return list(clauses[list(clauses).index(clause) + 1 :])


# An object that refers back to the agreement just told: "дію", "її", "цю угоду".
_BACK_TO_IT = r"(?:дію|її|його|(?:цю|цей|дану)\s+(?:угоду|договір|меморандум))"
# A renewal of the agreement just told: "підписали її нову редакцію", "оновили угоду", "перепідписали її".
_IT_RENEWED = re.compile(
    r"\b(?:оновил|перепідписал|переуклал|пролонгувал|продовжил|підписал|уклал)\w*\s+(?:\S+\s+){0,2}?"
    rf"(?:{_BACK_TO_IT}|угоду|договір|меморандум)\b|"
    # the pronoun first: "…, а цього літа її продовжили"
    r"\b(?:її|його)\s+(?:\S+\s+)?(?:оновил|перепідписал|пролонгувал|продовжил)\w*",
    re.IGNORECASE,
)
_ITS_NEW_EDITION_OPENS = re.compile(r"\W*(?:(?:а|і|й)\s+)?(?:її\s+|його\s+)?нов\w+\s+редакці", re.IGNORECASE)
"""A clause that opens with the new edition of the agreement just told: "…; нова редакція, яку мер уже
підписав, …"."""
_IT_SIGNED = re.compile(r"\b(?:її|його|їх)\s+(?:\S+\s+)?(?:підписал|уклал|скріпил)\w*", re.IGNORECASE)
"""A signing whose object is the pronoun of the document named before ("…, а … її підписали")."""
_NEW_EDITION = re.compile(r"\bнов\w+\s+редакці", re.IGNORECASE)
_ITS_FORCE_RESTORED = re.compile(
    rf"\b(?:відновити|поновити|продовжити|відновил|поновил|продовжил)\w*\s+(?:\S+\s+)?{_BACK_TO_IT}\b",
    re.IGNORECASE,
)
"""A restoring verb whose object refers back ("відновити дію угоди", "поновили її"), not "угоду з X"."""


ITS_FORCE_ENDED = r"\b(?:її|його)\s+дія\s+(?:вже\s+)?(?:завершил|закінчил|припинил|сплил)"
"""A regex: the force of the agreement just told ran out, by its pronoun ("і його дія завершилася")."""
THIS_AGREEMENT = re.compile(
    r"\b(?:цю|ця|цієї|цей|цього|дану|даний|ту|тієї|той|того)\s+(?:\S+\s+)?"
    r"(?:угод|договір|договор|меморандум|документ|партнерств|побратимств)",
    re.IGNORECASE,
)
"""An agreement referred back to ("цю угоду", "цей документ"): the one the text told of just before."""
_ITS_ENDING = re.compile(
    r"\b(?:її|його)\s+(?:розірванн|припиненн|призупиненн|денонсаці|скасуванн)|"
    r"\b(?:розірва|припини|призупини|денонсува|скасува)\w*\s+(?:її|його)\b|"
    r"\b(?:її|його)\s+дію\s+(?:[\w'’-]+\s+){0,2}?(?:призупин|припин|зупин)|"
    rf"{ITS_FORCE_ENDED}|"  # "і його дія завершилася"
    # "…, але вона закінчилася у <рік>": the agreement itself, by its pronoun, ran out
    r"\b(?:вона|він)\s+(?:вже\s+|так\s+і\s+)?(?:закінчилася|закінчився|завершилася|завершився|сплила|сплив|"
    r"втратила\s+чинність|втратив\s+чинність)|"
    r"\b(?:її|його)\s+(?:[\w'’-]+\s+)?(?:розірва|припини|призупини|денонсува|скасува)\w*",
    re.IGNORECASE,
)
"""An ending of a tie referred back by its pronoun ("рішення про її розірвання", "розірвали її", "її дію
призупинили", "сесія її розірвала")."""


def _exists(clause: str) -> str | None:
    """ "signed" when the pair's own clause says the tie exists ("X має угоду з Y, тож …"): another
    clause's talks or plans are not this tie's status."""
    from parsers.facts.evidence import says_tie_exists  # evidence reads links, which read this module

    return "signed" if says_tie_exists(clause) else None


_CONTRAST = re.compile(
    r"\s*(?:а|але|проте|однак|натомість|зате|(?:та|і|й)(?=\s+[а-яіїєґ'’]+\b))\b", re.IGNORECASE
)
_INFINITIVE = re.compile(r"\b[а-яіїєґ'’]{3,}(?:ти|тися|тись)\b")


def _acts_of_its_own(clause: str) -> bool:
    """A clause set against the one before ("…, а співпрацю з B продовжити", "…, натомість …") with a
    verb of its own tells its own act: a status the other clause gives (an ending, a signing) is not its
    partner's."""
    return bool(_CONTRAST.match(clause)) and (has_finite_verb(clause) or bool(_INFINITIVE.search(clause)))


_PLURAL_RELATIVE = re.compile(r"\s*(?:які|що)\b", re.IGNORECASE)


def _shared_relative_clause(
    text: str,
    clauses: Sequence[tuple[int, int]],
    ua_clause: tuple[int, int] | None,
    partner_clause: tuple[int, int] | None,
) -> str | None:
    """The clause "які …" / "що …" right after a clause that names both sides: a relative pronoun after
    two coordinated names speaks of both ("X і Y, які підписали угоду у 2019 році, …", "X і Y, що є
    побратимами з 1989 року, …")."""
    if ua_clause is None or ua_clause != partner_clause or ua_clause not in clauses[:-1]:
        return None
    after = clauses[clauses.index(ua_clause) + 1]
    return text[after[0] : after[1]] if _PLURAL_RELATIVE.match(text[after[0] : after[1]]) else None


_SEASON_OR_MONTH = rf"весни|літа|осені|зими|початку|кінця|середини|{MONTH_WORD}"


_BEGAN_IN = re.compile(
    rf"\b(?:з|із|від|починаючи з)\s+(?:(?:{_SEASON_OR_MONTH})\s+)?(?P<a>\d{{4}})\b"
    r"|\b(?:підписан|укладен|уклад|побрата|поріднил)\w*\s+(?:\w+\s+){0,4}?(?:у|в)\s+(?P<b>\d{4})\b"
    # a participle with a bare genitive year: "угоди, укладеної <рік> року"
    r"|\b(?:підписан|укладен)\w*\s+(?P<c>\d{4})\s+р(?:оку|\.)"
    # a relative clause on the first act: "угоду, яку вперше уклали у <рік> році"
    r"|\b(?:яку|який|яке|які|що)\s+(?:\w+\s+){0,2}?(?:уклал|підписал)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:у|в)\s+(?P<d>\d{4})\b"
    r"|\b(?:у|в)?перше\s+(?:\w+\s+){0,3}?(?:у|в)\s+(?P<e>\d{4})\b",
    re.IGNORECASE,
)


def since_year(text: str, event_date: str | None) -> bool:
    """The date is a bare year the text gives as when the tie (or the talks) began ("з 2008 року", "з
    весни 2008 року", "угоду, укладену ще у 2008 році", "з яким X побратався у 2008 році"), not when it
    was renewed or ended."""
    if event_date is None or len(event_date) != 4 or event_date not in text:
        return False
    return any(event_date in match.groups() for match in _BEGAN_IN.finditer(text))


_WHEN = re.compile(r"\s*коли\b", re.IGNORECASE)


_ELLIPTICAL = re.compile(r"\s[–—]\s*(?:з|із|зі)\s")


def clause_with_its_relative(text: str, clauses: Sequence[tuple[int, int]], at: int) -> str:
    """The clause a partner stands in, with the relative clause right after it ("…, з яким …")."""
    clause = clause_of(clauses, at)
    if clause is None:
        return ""
    index = list(clauses).index(clause)
    following = clauses[index + 1] if index + 1 < len(clauses) else None
    if following is not None and opens_a_relative_clause(text, following):
        return text[clause[0] : following[1]]
    return text[clause[0] : clause[1]]


def relative_clause_span_after(text: str, end: int) -> tuple[int, int] | None:
    """Where the relative clause right after a name that ends at ``end`` stands, or None."""
    found = _RELATIVE_AFTER_NAME.match(text, end)
    return found.span(1) if found else None


def relative_clause_after(text: str, end: int) -> str:
    """The relative clause right after a name that ends at ``end`` ("X, з яким у 2023 році підписано
    угоду, …"; a bracket may stand between), or "" when none follows."""
    found = _RELATIVE_AFTER_NAME.match(text, end)
    return found.group(1) if found else ""


_RELATIVE_AFTER_NAME = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?,\s*((?:(?:з|із|зі|у|в)\s+)?(?:яким|якою|якими|який|яка|яке|які|якого|якої)\b[^,;.]*)",
    re.IGNORECASE,
)


_WAS_IN_FORCE = re.compile(r"\bзалишал(?:ася|ся|ося|ись)\b", re.IGNORECASE)


def said_to_go_on(
    text: str, clauses: Sequence[tuple[int, int]], partner: str, named: list[tuple[int, str]]
) -> bool:
    """A clause of the sentence says the tie stays in force, and it names this partner or no other one
    of the ``named`` (start, name) partners (it refers back): the ending told beside it was not the
    tie's formal end. A relative clause on how the ended tie stood before its end ("угоду, яка
    формально залишалася чинною") says nothing of now."""
    for a, b in spans_of_ties_going_on(text):
        if partner in [name for start, name in named if a <= start < b]:
            return True  # "…, співпраця з Y триває"
    for a, b in clauses:
        if (
            not tie_goes_on(text[a:b])
            or opens_a_relative_clause(text, (a, b))
            or _WAS_IN_FORCE.search(text, a, b)
        ):
            continue
        here = [name for start, name in named if a <= start < b]
        if not here or partner in here:
            return True
    return False


def told_in_another_clause(text: str, clauses: Sequence[tuple[int, int]], at: int, status: str) -> bool:
    """The sentence's ``status`` (an ending, a plan, talks) is told in a clause other than the partner's
    at ``at``, whose own clause tells none: that partner's tie goes on ("має партнерів A, B, – а з C
    угоду розірвали", "побратимами є A та B, а з містами X тривають консультації")."""
    own = clause_of(clauses, at)
    return (
        len(clauses) > 1
        and own is not None
        and status_of(text[own[0] : own[1]]) != status
        and any(status_of(text[a:b]) == status for a, b in clauses if (a, b) != own)
    )


# "розрив з A і нове побратимство з B"; "від розірваної угоди з A до партнерства з B"
_ITEM_BREAK = re.compile(
    r"[,;:]|\s(?:і|та|й|а)\s+(?=нов\w*\s)|\sдо\s+(?=(?:\w+\s+)?(?:партнерств|побратимств|співпрац|угод))",
    re.IGNORECASE,
)
_ENDING_NOUN = re.compile(
    r"\b(?:розрив|припиненн|денонсаці|розірванн|припинено|розірвано|денонсовано|розірван|припинен)\w*",
    re.IGNORECASE,
)


def ended_in_another_item(text: str, at: int, other_partners: Sequence[int]) -> bool:
    """In a list of items, each a tie of its own ("…: партнерство з A, розрив угоди з B"), the ending is
    told in another partner's item: the partner at ``at`` names its own tie, and no ending."""
    bounds = [0, *(match.end() for match in _ITEM_BREAK.finditer(text)), len(text) + 1]
    items = list(zip(bounds, bounds[1:], strict=False))
    own = next(((a, b) for a, b in items if a <= at < b), None)
    if own is None or _ENDING_NOUN.search(text, own[0], own[1]) or not TIE_WORD.search(text, own[0], at):
        return False
    ending = [(a, b) for a, b in items if _ENDING_NOUN.search(text, a, b)]
    return bool(ending) and all(any(a <= other < b for other in other_partners) for a, b in ending)
