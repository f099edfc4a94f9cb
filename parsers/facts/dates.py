"""When a tie was made, when the sentence that states it does not say (and, for a sentence that
names a tie but no act, the act the next sentence tells of "the document").

News tells an event in several sentences: the lead dates the meeting, the next sentence says what
was signed there, and a later one dates "the document". A fact takes the date of its own sentence
(:func:`parsers.facts.cues.event_date_of`); these rules look at the sentences around it, and only
where the story's structure says the date is the same event's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from parsers.facts.cues import (
    A_YEAR_NUMBER,
    MONTH_WORD,
    an_anniversary_of_another_tie,
    ending_only_proposed,
    event_date_of,
    first_day_named,
    relation_of,
    status_of,
    without_anniversaries,
    without_the_documents_own_dates,
)
from parsers.facts.name_forms import case_stem, names_stem, stem_positions
from parsers.facts.sentences import Sentence
from parsers.facts.vocabulary import OBLAST_ACTS

__all__ = [
    "DOCUMENT_OPENING",
    "SIGNING",
    "ahead_of_the_article",
    "date_from_partner_story",
    "date_from_story",
    "lists_pairs",
    "relation_from_partner_story",
    "signed_just_before",
    "status_told_after",
    "told_of_listed_pairs",
]

SIGNING = re.compile(
    r"підписа|уклал|уклав|укладен|скріпил|побрата[вл]|порідни[вл]|розірва|поновил|продовжил|ухвалил|схвал|церемоні|"
    r"урочист|завізува|"
    r"(?:закріпил|оформил)\w*\s+(?:\S+\s+){0,2}?(?:співпрац|партнерств|побратимств|відносин)|"
    r"підпис(?:и|ами)\s+(?:\S+\s+){0,5}?постав",  # "Підписи під обома листами поставили 14 листопада"
    re.IGNORECASE,
)
"""Words that tell of the act of making (or ending) a tie, not of the tie's existence."""

_FIRST_AGREEMENT = re.compile(
    r"\b(?:перш|попередн|первісн|початков|оригінальн)\w*\s+(?:[\w'’-]+\s+)?(?:угод|договір|договор|меморандум|редакці)|\bу?вперше\b",
    re.IGNORECASE,
)
_FIRST_DOCUMENT = re.compile(r"\b(?:перш|попередн)\w*\s+(?:[\w'’-]+\s+)?документ", re.IGNORECASE)
_EVENT = re.compile(r"відбул|зустріч|форум|візит|засідан|сесі[їяю]", re.IGNORECASE)
"""Words that tell of a meeting at which something may have been signed."""

_DAY = re.compile(r"\d\s+[а-яіїєґ]+|\d{1,2}\.\d{1,2}\.\d{4}", re.IGNORECASE)

DOCUMENT_OPENING = re.compile(
    r"^[«\"„“]?(?:\S+\s+){0,2}?(?:документ\w*|меморандум\w*|угод\w*|договір|договор\w*)\b", re.IGNORECASE
)
"""A sentence whose subject, among its first words, is the agreement itself ("Документ … підписали")."""

# The agreement a sentence opens with names a partner of its own: "А угода з X …", "Угоди з A і B …".
_ITS_OWN_PARTNER = re.compile(
    r"^(?:\S+\s+){0,2}?(?i:документ\w*|меморандум\w*|угод\w*|договір|договор\w*)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?i:з|із|зі)\s+(?:[а-яіїєґ'’-]+\s+){0,2}[А-ЯІЇЄҐ]"
)
_FOLLOWING_SENTENCES = 3
# "сесія призупинила дію угоди, і …": an ending of "the agreement" named by its bare noun, with no partner
# or subject of its own after it: the one the sentence before told
_ENDS_THE_AGREEMENT_BACK = re.compile(
    r"\b(?:призупини|розірва|припини|денонсува|скасува)\w*\s+(?:дію\s+)?(?:ці\w+\s+|дан\w+\s+)?"
    r"(?:угоди|угоду|договору|договір|меморандуму|меморандум)\b(?!\s+(?:з|із|зі|про|між)\b)",
    re.IGNORECASE,
)

_SIGNED_BY_PRONOUN = re.compile(
    r"^(?:Її|Його|Їх)\s+(?:[\w'’-]+\s+){0,2}?(?:підписа|уклал|скріпил|ухвалил|затвердил)"
    # "Її X-ська міська рада розірвала …": an ending, its subject named between
    r"|^(?:Її|Його)\s+(?:[\w'’-]+\s+){0,4}?(?:розірва|припини|денонсува|скасува)",
    re.IGNORECASE,
)
"""A sentence that opens with a pronoun as the object of the act ("Її підписали …", "Її рада розірвала
…"): right after a sentence that names an agreement, the pronoun is that agreement."""


def date_from_story(
    text: str,
    sentences: list[Sentence],
    index: int,
    published: date | None,
    in_title: bool,
    status: str = "signed",
    another_side: Callable[[int], bool] = lambda index: False,
    partners: tuple[str, list[str]] | None = None,
) -> str | None:
    """The date of the act (signing, renewal, ending) that sentence ``index`` states without a date,
    from its story. ``another_side`` tells which sentences are about another Ukrainian side's tie: a
    neighbour's signing there is not this one's. ``partners`` is the fact's partner and the article's
    partners: a clause about another partner does not date this one's. An anniversary's count dates
    only the signing."""
    if status != "signed":
        sentences = [Sentence(s.start, s.end, without_anniversaries(s.text)) for s in sentences]
    return (
        _same_day(sentences, index, published, text)
        or _next_day(sentences, index, published)
        or _same_paragraph_signing(text, sentences, index, published, status, another_side)
        or _ceremony_opening_the_next_paragraph(text, sentences, index, published, status, another_side)
        or _meeting_before(text, sentences, index, published)
        or _document_after(sentences, index, published, status, another_side, partners)
        or _act_told_as_an_event_after(sentences, index, published)
        or _day_of_the_occasion(text, sentences, index, published)
        or _occasion_before(text, sentences, index, published)
        or _document_of_a_count(sentences, index, published)
        or _date_of_listed_pairs(sentences, index, published)
        or (_lead_signing(text, sentences, published, status, partners) if in_title else None)
    )


def _same_day(
    sentences: list[Sentence], index: int, published: date | None, text: str | None = None
) -> str | None:
    """ "Того ж дня" refers to the last day the story named, told in the act's sentence or (given the
    ``text`` to find paragraphs in) in the one that opens its paragraph just before it ("Того ж дня
    відбулася ще одна подія. X підписав …")."""
    if _SAME_DAY.search(sentences[index].text) or _THAT_DAY_OPENS.match(sentences[index].text):
        return _last_day_named(sentences, index, published)
    before = index - 1
    if (
        text is not None
        and before >= 0
        and _same_paragraph(text, sentences[before], sentences[index])
        and _SAME_DAY.match(sentences[before].text)
        and event_date_of(sentences[before].text, published) is None
        and SIGNING.search(sentences[index].text)
    ):
        return _last_day_named(sentences, before, published)
    return None


def _next_day(sentences: list[Sentence], index: int, published: date | None) -> str | None:
    """ "Наступного дня" is the day after the last day the story named."""
    if not _NEXT_DAY.search(sentences[index].text):
        return None
    day = _last_day_named(sentences, index, published)
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat() if day else None


def _last_day_named(sentences: list[Sentence], index: int, published: date | None) -> str | None:
    """The last day (to the day) a sentence before ``index`` dates."""
    for other in reversed(sentences[:index]):
        found = event_date_of(other.text, published)
        if not (found and len(found) == 10) and (named := first_day_named(other.text, published)):
            found = named[0]  # "12 вересня … відзначила десяту річницю": the day, not the year counted back
        if found and len(found) == 10 and _DAY.search(other.text):
            return found
    return None


_NEXT_DAY = re.compile(r"\bнаступного\s+дня\b|\bна\s+наступний\s+день\b", re.IGNORECASE)

_SAME_DAY = re.compile(
    r"\b(?:(?:того|цього)\s+(?:ж|же|самого)\s+дня|(?:в|у)\s+той\s+(?:же|самий)\s+день)\b", re.IGNORECASE
)
# "Того дня X і Y підписали …": the day the sentence before named (not "до того дня, як …")
_THAT_DAY_OPENS = re.compile(r"\s*(?:Того|Цього)\s+дня\b(?!,?\s+(?:як|коли)\b)", re.IGNORECASE)


def _same_paragraph(text: str, one: Sentence, other: Sentence) -> bool:
    return "\n" not in text[min(one.end, other.end) : max(one.start, other.start)]


def _same_paragraph_signing(
    text: str,
    sentences: list[Sentence],
    index: int,
    published: date | None,
    status: str = "signed",
    another_side: Callable[[int], bool] = lambda index: False,
) -> str | None:
    """The date of a signing told in the sentence just after or before, in the same paragraph; for a
    renewal, not the signing of the first agreement ("Першу угоду уклали ще в …"); not a signing of
    another Ukrainian side's ("Y-ська громада уклала угоду у 2019 році. А X має партнера Z")."""
    sentence = sentences[index]
    for other_index in (index + 1, index - 1):
        if not 0 <= other_index < len(sentences) or another_side(other_index):
            continue
        other = sentences[other_index]
        if _dates_the_agreement_not_the_act(other.text, status) or _ACT_NOT_DONE.search(other.text):
            continue
        if _THE_OTHER_SIDE_APPROVED.search(other.text):
            continue  # "Текст документа <іноземна> сторона затвердила <дня>": the other side's own step
        if status == "signed" and _only_the_text_approved(other.text):
            continue  # "текст документа депутати схвалили на сесії <дня>": a step before the signing
        if status == "terminated" and ending_only_proposed(other.text):
            continue  # "Ще у <місяць> депутати звернулися з пропозицією розірвати угоду": no ending yet
        signing = _same_paragraph(text, sentence, other) and SIGNING.search(other.text)
        if signing and (found := event_date_of(other.text, published)):
            return found
    return None


def _ceremony_opening_the_next_paragraph(
    text: str,
    sentences: list[Sentence],
    index: int,
    published: date | None,
    status: str,
    another_side: Callable[[int], bool],
) -> str | None:
    """A signing whose ceremony the next paragraph opens with, dated ("… підписали: A та X; B та Y.
    <абзац> Церемонія відбулася 6 березня …"): that day."""
    if status != "signed":
        return None
    after = index + 1
    while after < len(sentences) and _same_paragraph(text, sentences[index], sentences[after]):
        after += 1
    if after >= len(sentences) or another_side(after):
        return None
    if not _A_CEREMONY_OPENS.match(sentences[after].text):
        return None
    return event_date_of(sentences[after].text, published)


_A_CEREMONY_OPENS = re.compile(
    r"\s*(?:(?:Урочист|Офіційн)\w+\s+)?(?:церемоні\w*|підписанн\w*)\s+(?!не\b)", re.IGNORECASE
)


def _only_the_text_approved(text: str) -> bool:
    """The sentence tells the text or draft of a document approved, and no signing."""
    return _TEXT_APPROVED.search(text) is not None and _SIGNED_OR_MADE.search(text) is None


_TEXT_APPROVED = re.compile(
    r"\b(?:текст|проєкт|проект)\w*\s+(?:\S+\s+){0,4}?(?:схвал|ухвал|затверд|погод)", re.IGNORECASE
)
_SIGNED_OR_MADE = re.compile(r"підписа|уклал|уклав|укладен|скріпил", re.IGNORECASE)
_ACT_NOT_DONE = re.compile(
    r"\bтак\s+і\s+не\s+(?:було\s+)?(?:ухвал|підпис|уклад|прийня|схвал)\w*", re.IGNORECASE
)
"""The act the sentence names never took place ("рішення … так і не було ухвалено"): its years date no act."""


def _dates_the_agreement_not_the_act(other: str, status: str) -> bool:
    """For a renewal or an ending, a sentence about the first agreement ("Першу угоду уклали ще в …"),
    or one that only tells the agreement being made ("Документ було укладено ще у 2011 році"), dates
    the agreement, not the act."""
    if status == "renewed" and _FIRST_AGREEMENT.search(other):
        return True
    if status == "renewed" and _FIRST_DOCUMENT.search(other) and status_of(other) != "renewed":
        return True  # "Перший документ уклали у <рік>", unless the sentence goes on to renew it
    if (
        status == "renewed"
        and _BACK_IN_A_YEAR.search(other)
        and status_of(other) != "renewed"
        and not _DAY_OF_A_MONTH.search(other)  # "Документ, який <день> підписали, продовжує співпрацю, …"
    ):
        return True  # "угоди укладено ще <рік>": when the renewed agreements were made
    if (
        status == "renewed"
        and (made := _MADE_ON_A_DATE.search(other))
        and status_of(other) == "renewed"
        and not _names_a_date(other[: made.start()] + other[made.end() :])
        and not _THE_NEW_DOCUMENT_BEFORE.search(other, 0, made.start())  # "Оновлений документ, підписаний …"
    ):
        return True  # "відновили дію угоди з X, укладеної 16 вересня 2017 року": only the agreement's date
    if status == "renewed" and _THIS_AGREEMENT_WAS_MADE.match(other) and status_of(other) != "renewed":
        return True  # "Цю угоду було підписано в <місяць> <рік>, однак …": when the renewed one was made
    made = status_of(other) == "signed" and _AGREEMENT_NOUN.search(other) is not None
    if status == "renewed" and made and _ITS_TERM.search(other):
        return True  # "Угоду було укладено у <рік> терміном на п'ятнадцять років": the first term's start
    if status == "terminated" and _MADE_BACK_IN_A_YEAR.search(other):
        return True  # "Угоду було підписано ще у <рік>, проте вона не діяла": when it was made
    return status == "terminated" and made


_THIS_AGREEMENT_WAS_MADE = re.compile(
    r"\s*(?:ц[юяеі]|цей|цього|цієї)\s+(?:угод|договір|договор|меморандум|документ)\w*\s+(?:\S+\s+){0,2}?"
    r"(?:(?:було|був|була)\s+)?(?:підписан|укладен|підписал|уклал)",
    re.IGNORECASE,
)
_THE_NEW_DOCUMENT_BEFORE = re.compile(
    r"\b(?:оновлен|нов)\w*\s+(?:\S+\s+)?(?:документ|угод|редакці|меморандум|договір)\w*\s*$", re.IGNORECASE
)
_MADE_ON_A_DATE = re.compile(
    r",\s*(?:укладен|підписан)\w*\s+(?:ще\s+)?(?:у\s+|в\s+)?\d[^,;:]*", re.IGNORECASE
)
"""A participle of the agreement's making with its date, after the agreement a renewal acts on."""


def _names_a_date(text: str) -> bool:
    """The text names a day of a month or a year."""
    return bool(_DAY_OF_A_MONTH.search(text) or A_YEAR_NUMBER.search(text))


_ITS_TERM = re.compile(r"\b(?:терміном|строком)\s+(?:дії\s+)?на\s+\S+\s+(?:рок|рік|літ)", re.IGNORECASE)
"""A term the agreement was made for: the sentence tells when the renewed agreement began."""
_DAY_OF_A_MONTH = re.compile(rf"\b\d{{1,2}}\s+{MONTH_WORD}", re.IGNORECASE)
_BACK_IN_A_YEAR = re.compile(r"\bще\s+(?:у\s+|в\s+)?(?:19|20)\d\d", re.IGNORECASE)
_MADE_BACK_IN_A_YEAR = re.compile(
    r"\b(?:підпис|уклад|уклал)\w*\s+(?:[\w'’-]+\s+){0,2}?ще\s+(?:у\s+|в\s+)?(?:19|20)\d\d"
    r"|\bще\s+(?:у\s+|в\s+)?(?:19|20)\d\d\s+(?:році\s+|р\.\s+)?(?:[\w'’-]+\s+){0,2}?(?:підпис|уклад|уклал)",
    re.IGNORECASE,
)
_AGREEMENT_NOUN = re.compile(r"\b(?:угод|договір|договор|меморандум|документ)", re.IGNORECASE)


def _meeting_before(text: str, sentences: list[Sentence], index: int, published: date | None) -> str | None:
    """A signing sentence right after one that dates a meeting to the day, in the same paragraph (or
    in the next one, when it opens with the document): what was signed was signed at that meeting."""
    if index == 0 or not SIGNING.search(sentences[index].text):
        return None
    before = sentences[index - 1]
    refers_back = DOCUMENT_OPENING.search(sentences[index].text)  # "Документи підписали …" opens a paragraph
    if not ((refers_back or _same_paragraph(text, sentences[index], before)) and _EVENT.search(before.text)):
        return None
    found = event_date_of(without_the_documents_own_dates(before.text), published)  # not the document's own
    return found if found and len(found) == 10 and _DAY.search(before.text) else None


_TALKS_OR_PLANS = ("planned", "in_negotiation")
_DATED = re.compile(r"\bдатован", re.IGNORECASE)
"""A document "dated" a day: the day it was signed."""


def _document_after(
    sentences: list[Sentence],
    index: int,
    published: date | None,
    status: str = "signed",
    another_side: Callable[[int], bool] = lambda index: False,
    partners: tuple[str, list[str]] | None = None,
) -> str | None:
    """A sentence soon after whose subject is the agreement and which dates its signing; a signing
    told in between is another story's, a renewal is not dated by its first agreement, and an
    agreement with another side or partner (one of the article's others, named in it) is not this one."""
    for offset, other in enumerate(sentences[index + 1 : index + 1 + _FOLLOWING_SENTENCES]):
        told = SIGNING.search(other.text) or _DATED.search(other.text)  # "Документ датовано <днем>"
        if not told or _dates_the_agreement_not_the_act(other.text, status):
            continue
        if _THE_OTHER_SIDE_APPROVED.search(other.text):
            continue  # "Текст документа <іноземна> сторона затвердила <дня>": the other side's own step
        if partners is not None and _names_another_after_with(other.text, *partners):
            return None  # "Меморандум з Y громада підписала у <місяці>": Y's document
        if status == "signed" and status_of(other.text) in _TALKS_OR_PLANS:
            continue  # "Перемовини про документ тривали з <місяця>, а в <місяці> проєкт схвалила сесія"
        if not DOCUMENT_OPENING.search(other.text) or another_side(index + 1 + offset):
            return None
        found = event_date_of(other.text, published)
        if _long_before(found, published) and status == "renewed" and status_of(other.text) == "signed":
            return None  # "Угоду з X громада підписала у <давній рік>": the first signing, not the renewal
        return found
    return None


_THE_OTHER_SIDE_APPROVED = re.compile(
    r"\b(?!українськ|наш)[а-яіїєґ]+(?:ська|цька|зька)\s+сторона\s+(?:\S+\s+){0,3}?"
    r"(?:затвердил|схвалил|погодил|ухвалил)",
    re.IGNORECASE,
)
"""A foreign side ("болгарська сторона") approving the text at home: a step of its own, not the act."""


def _long_before(found: str | None, published: date | None) -> bool:
    """The date is two years or more before the article's year: not an act the article reports as news."""
    return bool(found and published and int(found[:4]) <= published.year - 2)


def _act_told_as_an_event_after(sentences: list[Sentence], index: int, published: date | None) -> str | None:
    """The next sentence tells the act just told as an event and dates it ("Це сталося <день> у X",
    "Урочисте підписання відбулося <день>"); the signing may also be told so a sentence or two on,
    when no other act is told in between, or in the sentence just before (a list of the pairs follows)."""
    if index > 0 and _SIGNING_HAPPENED.search(sentences[index - 1].text):
        found = event_date_of(sentences[index - 1].text, published)
        if found and len(found) >= len("YYYY-MM"):
            return found
    for offset, other in enumerate(sentences[index + 1 : index + 1 + _FOLLOWING_SENTENCES]):
        this_act = _THIS_ACT_HAPPENED.match(other.text) if offset == 0 else None
        if this_act or _SIGNING_HAPPENED.match(other.text):
            found = event_date_of(other.text, published)
            return found if found and len(found) >= len("YYYY-MM") else None
        if SIGNING.search(other.text):
            return None  # another act told in between: the later date may be its own
    return None


_THIS_ACT_HAPPENED = re.compile(r"(?:Це|Подія)\s+(?:\S+\s+){0,3}?(?:сталося|сталася|відбулося|відбулася)\b")
_SIGNING_HAPPENED = re.compile(
    r"(?:(?:Урочист|Офіційн)\w+\s+)?(?:підписання|церемонія\s+підписання)\s+(?:\S+\s+){0,4}?"
    r"(?:відбулося|відбулася|пройшло|пройшла)\b",
    re.IGNORECASE,
)

_OCCASION = re.compile(
    r"\b(форум|конференці|саміт|фестивал|ярмар|засідан|сесі(?=[їяю])|візит|зустріч)", re.IGNORECASE
)
"""Nouns for an occasion at which something was signed; a later sentence names it again by its noun."""
_OCCASION_BACK = 8
_GUESTS_CAME = re.compile(
    r"\b(?:побувал\w*|приїхал\w*|прибул\w*|приймал\w*|гостювал\w*|відвідал\w*)\s+(?:\S+\s+){0,3}?(?:делегаці|гост)"
    r"|\b(?:делегаці\w*|гост\w*)\s+(?:\S+\s+){0,6}?(?:побувал|приїхал|прибул|гостювал|відвідал)",
    re.IGNORECASE,
)
_DEPUTIES = re.compile(r"\bдепутат(?:и|ів|ам)\b", re.IGNORECASE)


def _occasion_before(text: str, sentences: list[Sentence], index: int, published: date | None) -> str | None:
    """A signing told by the occasion it happened at ("на форумі підписано", "головною подією
    конференції стало підписання", maybe in the sentence just before a list of pairs or before one
    whose subject is the documents) takes the date of
    the nearest earlier sentence, a few back, that names the same occasion and dates it to the month or
    the day."""
    told = [sentences[index]]
    after_the_act = index > 0 and _same_paragraph(text, sentences[index - 1], sentences[index])
    if after_the_act and _details_the_act_before(sentences[index - 1].text, sentences[index].text):
        told.insert(0, sentences[index - 1])  # the list of pairs after the sentence that tells the act
    if not any(SIGNING.search(sentence.text) for sentence in told):
        return None
    nouns = {match.group(1).lower() for sentence in told for match in _OCCASION.finditer(sentence.text)}
    if any(_DEPUTIES.search(sentence.text) for sentence in told):
        nouns |= {"сесі", "засідан"}  # what deputies decide they decide at a session
    if not nouns:
        return None
    first = index - len(told) + 1
    for other in reversed(sentences[max(0, first - _OCCASION_BACK) : first]):
        if any(noun in other.text.lower() for noun in nouns) or (
            "візит" in nouns and _GUESTS_CAME.search(other.text)  # the visit told by its guests' coming
        ):
            # the part of the sentence that names the occasion: not a date told after a semicolon or a
            # colon about something else ("Угоду підписали <день>; її ратифікувала сесія")
            found = event_date_of(_parts_naming(other.text, nouns), published)
            if found and len(found) >= len("YYYY-MM"):
                return found
    return None


def _parts_naming(text: str, nouns: set[str]) -> str:
    """The parts of a sentence, between semicolons, that name one of ``nouns`` (the whole sentence when
    it has no semicolon, or when the guests' coming named the occasion)."""
    parts = [part for part in text.split(";") if any(noun in part.lower() for noun in nouns)]
    return " ; ".join(parts) if parts else text


def _details_the_act_before(before: str, sentence: str) -> bool:
    """The sentence tells who signed what the sentence before it says was signed at an occasion: a
    list of pairs with no verb of its own, a sentence whose subject is the documents ("Документи
    підписали: A та B; …"), or one that names the signers without the occasion ("На завершення форуму
    підписано дві угоди. A уклала угоду з X, а B – з Y")."""
    if DOCUMENT_OPENING.search(sentence) or not SIGNING.search(sentence):
        return True
    return bool(SIGNING.search(before) and _OCCASION.search(before) and not _OCCASION.search(sentence))


_NTH_DAY = re.compile(r"\b(перш|друг|трет|четверт)\w*\s+(?:[\w'’-]+\s+)?(?:день|дня|дні)\b", re.IGNORECASE)
_ORDINALS = ("перш", "друг", "трет", "четверт")
_RANGE_BACK = 10
"""How far back the occasion's dates may be told: its days are described one by one in between."""
_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*[-–—]\s*(\d{1,2})\s+[а-яіїєґ]+")


def _day_of_the_occasion(
    text: str, sentences: list[Sentence], index: int, published: date | None
) -> str | None:
    """A tie told on the n-th day of an occasion ("Другий день приніс результати. Угоди підписали …")
    that an earlier sentence dates as a range of days ("12–13 червня"): that day."""
    told = [sentences[index].text]
    if index > 0 and _same_paragraph(text, sentences[index - 1], sentences[index]):
        told.append(sentences[index - 1].text)
    nth = next((match for sentence in told if (match := _NTH_DAY.search(sentence))), None)
    back_from = index
    if nth is None and (ceremony := _the_days_ceremony_before(sentences, index, published)) is not None:
        back_from = ceremony
        nth = _NTH_DAY.search(sentences[ceremony].text)
    if nth is None:
        return None
    number = _ORDINALS.index(nth.group(1).lower())
    for other in reversed(sentences[max(0, back_from - _RANGE_BACK) : back_from]):
        days = _DAY_RANGE.search(other.text)
        found = (first_day_named(other.text, published) or (None, False))[0] if days else None
        if days and found and len(found) == len("YYYY-MM-DD"):
            first, last = int(days.group(1)), int(days.group(2))
            if first + number > last or int(found[8:]) != first:
                return None
            return f"{found[:8]}{first + number:02d}"
    return None


def _the_days_ceremony_before(sentences: list[Sentence], index: int, published: date | None) -> int | None:
    """The sentence a few before that tells a signing ceremony on the n-th day of the occasion ("Подією
    другого дня стала церемонія підписання …"), its signings told after it, with no dated sentence between;
    None when there is none."""
    for back in range(index - 1, max(-1, index - 1 - _OCCASION_BACK), -1):
        other = sentences[back].text
        if _NTH_DAY.search(other) and _A_CEREMONY_OF_SIGNING.search(other):
            return back
        if event_date_of(other, published):
            return None
    return None


_A_CEREMONY_OF_SIGNING = re.compile(r"\b(?:церемоні\w*|урочист\w*)\s+(?:\S+\s+)?підписанн", re.IGNORECASE)


_COUNTED_DOCUMENT = re.compile(
    r"^(?:Перш|Друг|Трет|Четверт)\w*\s+(?:документ|угод|меморандум|договір|договор)", re.IGNORECASE
)


def _document_of_a_count(sentences: list[Sentence], index: int, published: date | None) -> str | None:
    """A sentence that opens with the n-th of several documents ("Другий документ – угода …") takes
    the date of the earlier sentence that tells their signing ("9 жовтня підписано два документи"), or,
    when that one has none, the last day the story named before it ("26 травня відбувся форум. …
    Кульмінацією стало підписання трьох документів"). A dated signing of another document between
    ("у рамках угоди, яку у 2001 році підписали …") is not theirs."""
    if not _COUNTED_DOCUMENT.search(sentences[index].text):
        return None
    for back in range(index - 1, max(-1, index - 1 - _OCCASION_BACK), -1):
        other = sentences[back].text
        if not _SEVERAL_DOCUMENTS.search(other):
            continue
        return event_date_of(other, published) or _last_day_named(sentences, back, published)
    for other in reversed(sentences[max(0, index - _OCCASION_BACK) : index]):
        if SIGNING.search(other.text) and (found := event_date_of(other.text, published)):
            return found
    return None


_SEVERAL_DOCUMENTS = re.compile(
    r"\b(?:два|дві|три|чотири|п['’]ять|двох|трьох|чотирьох|кілька|кількох|низк[уи])\s+(?:\S+\s+)?"
    r"(?:документ|угод|меморандум|договор)",
    re.IGNORECASE,
)


def status_told_after(text: str, sentences: list[Sentence], index: int) -> str | None:
    """The act the next sentence of the same paragraph tells of "the document" ("X-ське побратимство з
    Y …. Угоду підписали …"): signed, renewed or terminated, else None. Only a sentence whose subject,
    among its first words, is the agreement (or a pronoun for it: "Її підписали …") refers back to the
    one before."""
    if index + 1 >= len(sentences):
        return None
    sentence, after = sentences[index], sentences[index + 1]
    ends_it = _ENDS_THE_AGREEMENT_BACK.search(after.text) is not None
    refers_back = DOCUMENT_OPENING.search(after.text) or _SIGNED_BY_PRONOUN.search(after.text) or ends_it
    if not (
        _same_paragraph(text, sentence, after) and (refers_back or _AUTHORISED_TO_SIGN_IT.search(after.text))
    ):
        return None
    if _AUTHORISED_TO_SIGN_IT.search(after.text) and status_of(after.text) == "planned":
        return "planned"  # "Про затвердження угоди з X. Депутати … уповноважили голову підписати її …"
    if not (ends_it or SIGNING.search(after.text)):
        return None
    status = status_of(after.text)
    if status in ("terminated", "renewed") and _ITS_OWN_PARTNER.search(after.text):
        return None  # "А угода з X була розірвана", "Угоду з X переукладено": not the one before
    return status if status in ("signed", "renewed", "terminated") else None


_AUTHORISED_TO_SIGN_IT = re.compile(
    r"\b(?:уповноважил|доручил)\w*\s+(?:\S+\s+){0,4}?підписати\s+(?:її|його|їх|угоду|меморандум|документ)",
    re.IGNORECASE,
)
"""A council that authorises its head to sign the document just named: a signing still to come."""


# A sentence that announces pairs of towns as its list ("нові партнерства: A — X; B — Y", "дві нові пари:
# A — X та B — Y", "перелік пар: «A — X; …»"): each pair's own sentence names no act.
_LISTS_PAIRS = re.compile(
    r"\b(?:пар|пари|партнерств\w*|побратимств\w*)(?:\s+[\w'’-]+){0,4}\s*:\s*[«\"„“]?"
    r"[А-ЯІЇЄҐ][\w'’-]+(?:\s[А-ЯІЇЄҐ][\w'’-]+)?(?:\s*\([^()]{0,60}\))?\s+[—–]\s+[А-ЯІЇЄҐ]"
    # a lead's colon, then lines that each open with a bullet and pair two names by a dash
    r"|:\s*\n\s*[•·▪◦*]\s*[А-ЯІЇЄҐ][^\n—–]{0,80}?\s[—–]\s+(?:[а-яіїєґ'’]+\.?\s+)?[А-ЯІЇЄҐ]"
    # or lines with no bullet that each end with a semicolon: "…:\n\nA громада — місто X (документ);\n…"
    r"|:\s*\n\s*[А-ЯІЇЄҐ][^\n—–]{0,80}?\s[—–]\s+(?:[а-яіїєґ'’]+\.?\s+)?[А-ЯІЇЄҐ][^\n]{0,120};[ \t]*\n",
    re.IGNORECASE,
)
# A sentence whose subject is all the listed pairs' sides, or their documents: "Обидві громади …",
# "Сторони …", "Вони …", "Листи про наміри, які сторони підписали …", "Угоди про партнерство вони …",
# "Документи підписали …".
_ALL_THE_SIDES = re.compile(
    r"^(?:(?:Обидві|Обидва|Усі|Всі|Ці)(?:\s+(?:дві|два|три|чотири|п['’]ять))?\s+(?:громади|сторони|міста)|"
    r"Сторони|Громади|Вони)\b|"
    r"^(?:лист|угод|меморандум|документ|договор)\w*(?:\s+[\w'’-]+,?){0,4}\s+(?:вони|сторони)\s+"
    r"(?:[\w'’-]+\s+)?(?:підписа|уклал|скріпил)|"
    # "Документи підписали 2 червня …": the documents of all the pairs, in the plural, signed
    # "Меморандуми про співпрацю голови громад підписали …"
    r"^(?:листи|угоди|меморандуми|документи|договори)\s+(?:[\w'’-]+\s+){0,5}?(?:підписали|уклали|скріпили)\b|"
    # "Угоди про партнерство … ради затвердили торік, а підписали їх …": the documents, then their pronoun
    r"^(?:листи|угоди|меморандуми|документи|договори)\b[^.;:]{0,120}?\b(?:підписали|уклали)\s+їх\b|"
    # "Результатом стали документи, які громади підписали <дата>": the documents in a relative clause
    r"\b(?:листи|угоди|меморандуми|документи|договори),\s+(?:які|що)\s+(?:[\w'’-]+\s+){0,3}?(?:підписали|уклали)\b|"
    # "… результат форуму – документи, підписані <дата>": the documents, a participle after them
    r"\b(?:листи|угоди|меморандуми|документи|договори),\s+(?:підписані|укладені)\b|"
    # "Під час форуму чотири громади району уклали документи з партнерами": the hromadas, their documents
    r"\bгромади\s+(?:[\w'’-]+\s+){0,2}?(?:підписали|уклали)\s+(?:[\w'’-]+\s+)?"
    r"(?:листи|угоди|меморандуми|документи|договори)\b",
    re.IGNORECASE,
)


def lists_pairs(text: str) -> bool:
    """The sentence announces pairs of towns as its list (see ``_LISTS_PAIRS``); a plain look for the
    colon and a dash first (most sentences have neither)."""
    return ":" in text and ("—" in text or "–" in text) and _LISTS_PAIRS.search(text) is not None


def told_of_listed_pairs(sentences: list[Sentence], index: int) -> tuple[str, str | None] | None:
    """The act (signed or renewed) and the tie told of all the pairs a sentence lists by the sentence
    right after or right before it, whose subject is all their sides ("… нові пари: A — X та B — Y.
    Обидві громади підписали меморандуми …"); a paragraph's border does not part them."""
    other = _sentence_telling_of_listed_pairs(sentences, index)
    if other is None:
        if lists_pairs(sentences[index].text) and _PAIRS_IN_FORCE.search(sentences[index].text):
            return "signed", None  # "вже діють такі пари громад: A — B; C — D": ties in force
        return None
    told = sentences[other].text
    return status_of(told), relation_of(told)


_PAIRS_IN_FORCE = re.compile(
    r"\b(?:діють|існують|працюють)\s+(?:\S+\s+){0,2}?(?:пар|партнерств|побратимств)", re.IGNORECASE
)


def _sentence_telling_of_listed_pairs(sentences: list[Sentence], index: int) -> int | None:
    if not lists_pairs(sentences[index].text):
        return None
    for other in (index + 1, index - 1):
        if not 0 <= other < len(sentences):
            continue
        told = sentences[other].text
        if not (_ALL_THE_SIDES.search(told) and SIGNING.search(told)) or _ITS_OWN_PARTNER.search(told):
            continue
        if status_of(told) in ("signed", "renewed"):
            return other
    return None


def _date_of_listed_pairs(sentences: list[Sentence], index: int, published: date | None) -> str | None:
    """A list of pairs is dated by the sentence that tells all their sides signed (see
    :func:`told_of_listed_pairs`), or by the day that sentence's "того ж дня" refers to."""
    other = _sentence_telling_of_listed_pairs(sentences, index)
    if other is None:
        return None
    return event_date_of(sentences[other].text, published) or _same_day(sentences, other, published)


def signed_just_before(text: str, sentences: list[Sentence], index: int) -> bool:
    """A sentence whose subject is the agreement and which names no act ("Угода між A і B передбачає
    …") right after a sentence of the same paragraph that tells the signing of "the document" ("Його
    підписали <дата> …"): that signing is this agreement's. Not when the sentence before names a partner
    of its own ("Угоду з X підписали …")."""
    if index == 0 or not DOCUMENT_OPENING.search(sentences[index].text):
        return False
    before = sentences[index - 1]
    if not _same_paragraph(text, before, sentences[index]):
        return False
    refers_back = DOCUMENT_OPENING.search(before.text) or _SIGNED_BY_PRONOUN.search(before.text)
    return bool(
        refers_back
        and SIGNING.search(before.text)
        and not _ITS_OWN_PARTNER.search(before.text)
        and status_of(before.text) == "signed"
    )


def _lead_signing(
    text: str,
    sentences: list[Sentence],
    published: date | None,
    status: str = "signed",
    partners: tuple[str, list[str]] | None = None,
) -> str | None:
    """A title that reports a signing is dated by the first paragraph of the story below it, when
    that paragraph tells of a signing or a meeting with a date (for an ending or a renewal, not of
    the agreement being made); a sentence that also tells another partner's act gives the date only
    from the clauses that name this partner ("на сесії <день> X призупинив угоду з A, а Y підписав
    угоду з B": not B's day)."""
    if not sentences or not SIGNING.search(sentences[0].text):
        return None
    from parsers.facts.clauses import since_year  # clauses reads this module's signing words

    lead = _first_paragraph(text, sentences[1:])
    for sentence in lead:
        if _dates_the_agreement_not_the_act(sentence.text, status):
            continue
        told = sentence.text
        if partners and _names_another(told, *partners):
            told = _clauses_naming(told, partners[0])
        if (SIGNING.search(told) or _EVENT.search(told)) and (found := event_date_of(told, published)):
            if status != "signed" and since_year(sentence.text, found):
                continue  # "продовження угоди, яка діє з <рік>": when the tie began, not the renewal
            return found
    return None


def _clauses_naming(text: str, partner: str) -> str:
    """The clauses of ``text`` that name ``partner`` (in any case form), joined."""
    from parsers.facts.clauses import clauses_of

    stem = case_stem(partner)
    return " ".join(text[a:b] for a, b in clauses_of(text) if stem and names_stem(text[a:b], stem))


@dataclass(frozen=True)
class Occasion:
    """The occasion a story's first paragraph reports as held on a day ("<день> у X відбувся форум …",
    "<день> відбулася сесія …"): where the paragraph opens, the occasion's sentence and its day."""

    lead_at: int
    at: int
    text: str
    day: str


def the_storys_occasion(text: str, sentences: list[Sentence], published: date | None) -> Occasion | None:
    """The occasion the story's first paragraph dates to the day, if it reports one (read once a story)."""
    lead = _first_paragraph(text, sentences[1:])
    held = [sentence for sentence in lead if _HELD.search(sentence.text) and _OCCASION.search(sentence.text)]
    if not held:
        return None
    day = event_date_of(held[0].text, published)
    if not (day and len(day) == 10 and _DAY.search(held[0].text)):
        return None
    return Occasion(sentences.index(lead[0]), sentences.index(held[0]), held[0].text, day)


def date_of_the_occasion(
    sentences: list[Sentence],
    index: int,
    occasion: Occasion,
    published: date | None,
    ends_or_renews: bool = False,
    a_decision: bool = False,
) -> str | None:
    """The occasion's day for an act told later with no date of its own: the act is of that occasion,
    unless it is told as background ("Нагадаємо", "раніше"), its sentence names another occasion or an
    earlier year, or a sentence between dates another act. For an ending or a renewal the document's own
    dates ("угоди, укладеної у <рік>") are no earlier year of the act, nor of an act told in between, and
    the act is the ending or renewal its sentence tells (not a signing told there). A council's decision on
    a tie to come (``a_decision``) is an act of the occasion though nothing is signed."""
    if index <= occasion.lead_at:
        return None
    act = sentences[index].text
    years_told = without_the_documents_own_dates(act) if ends_or_renews else act
    if ends_or_renews:
        acted = status_of(years_told) in ("renewed", "terminated")
    else:
        acted = SIGNING.search(act) is not None or a_decision
    if not acted or _BACKGROUND.search(act):
        return None  # no act, or one told as background
    named = {match.group(1).lower() for match in _OCCASION.finditer(act)}
    if named and not any(noun in occasion.text.lower() for noun in named):
        return None  # "а на ярмарку … уклала угоду": an occasion of its own
    if any(year < occasion.day[:4] for year in A_YEAR_NUMBER.findall(years_told)):
        return None  # the sentence tells of an earlier year ("ще з <рік>", "продовжила в <рік>")
    for between in sentences[occasion.at + 1 : index]:
        if not SIGNING.search(between.text):
            continue  # no act told: its dates are not read
        other = event_date_of(without_the_documents_own_dates(between.text), published)
        if other and other != occasion.day:
            return None  # another act, dated otherwise, is told in between
    return occasion.day


_HELD = re.compile(
    r"\b(?:відбу(?:в|л)|пройш(?:ов|ла|ло|ли)|прове(?:ли|в|ла)|зібрал|завершил|завершив)", re.IGNORECASE
)
"""The occasion held ("відбувся", "пройшла", "провели", "завершився")."""
_BACKGROUND = re.compile(
    r"\b(?:нагадаємо|нагадуємо|раніше|колись|свого\s+часу|торік|у\s+минулому|до\s+того)\b", re.IGNORECASE
)


def _first_paragraph(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The story's first paragraph of prose (lines without a verb-like length, such as a byline or a
    view counter, are skipped)."""
    paragraph: list[Sentence] = []
    for sentence in sentences:
        if paragraph and not _same_paragraph(text, paragraph[-1], sentence):
            break
        if not paragraph and len(sentence.text.split()) < 6:
            continue
        paragraph.append(sentence)
    return paragraph


_FUTURE = re.compile(
    r"підпишуть|підпише|укладуть|укладе|буде (?:підписан|укладен)|будуть (?:підписан|укладен)|"
    r"плану(?:є|ють|ємо)|має бути|"
    r"відбудеться|відбудуться|заплановано|запланован|"
    # "домовилися підписати угоду 14 вересня", "мають намір укласти": a signing agreed on, still ahead
    r"(?:домовил\w*|намір|збира\w+)\s+(?:\S+\s+)?(?:підписати|укласти)",
    re.IGNORECASE,
)
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:анонсува|анонсу|оголосил|обіцял|обіцяв|повідомлял|планувал)\w*", re.IGNORECASE
)
"""A plan told as announced in the past: its day, before the article, is not next year's."""
_DECIDED = re.compile(r"ухвалил|вирішил|затвердил|погодил|схвалил|підтримал", re.IGNORECASE)


def ahead_of_the_article(event_date: str | None, text: str, published: date | None) -> str | None:
    """A plan's month or day written without its year lies ahead of the article ("підпишуть у травні"
    in an April article is this May, in a June article next May), not behind it as a past act's does."""
    if event_date is None or published is None or len(event_date) < 7 or event_date[:4] in text:
        return event_date
    if not _FUTURE.search(text) or _DECIDED.search(text):
        return event_date  # "на сесії 15 серпня ухвалили рішення про намір": a past decision's date
    if event_date >= published.isoformat()[: len(event_date)]:
        return event_date
    if _ANNOUNCED_BEFORE.search(text):
        # "ще в квітні анонсували, що 8 травня буде укладено …": a day past, the plan's fate unsaid
        return None
    return f"{int(event_date[:4]) + 1:04d}{event_date[4:]}"


def after_the_article(event_date: str | None, published: date | None) -> bool:
    """The date lies after the article's own ("угода діятиме до 2030 року"): an act the article tells
    as done cannot have happened then."""
    return bool(event_date and published and event_date > published.isoformat()[: len(event_date)])


def date_from_partner_story(
    text: str,
    sentences: list[Sentence],
    start: int,
    partner: str,
    others: list[str],
    published: date | None,
    another_side: Callable[[int], bool] = lambda index: False,
) -> str | None:
    """A list names partners without dates and the story tells each one's signing ("Місто X стало
    нашим партнером у березні 2024 року", "X … . Угоду підписано 2 вересня"): the first sentence from
    ``start`` on that names this partner and no other, and dates a signing or the partnership's start,
    itself or in the next sentence whose subject is the agreement, dates this partner's tie. When the
    story comes before the list (a list that closes the page), the nearest such sentence before it
    does, unless it names another Ukrainian side (``another_side``): the partner's tie with that one."""
    later = [index for index, sentence in enumerate(sentences) if sentence.start >= start]
    earlier = [index for index, sentence in enumerate(sentences) if sentence.start < start]
    for index in _naming_only(sentences, later + earlier[::-1], partner, others):
        sentence = sentences[index]
        if sentence.start < start and another_side(index):
            continue
        if _tells_the_partners_own_ties(sentence.text, partner):
            continue  # "сам X має давні зв'язки з …: з 2004 року він співпрацює з Y": X's ties with others
        if an_anniversary_of_another_tie(sentence.text, partner):
            continue  # "X … відзначило 30-річчя партнерства з Z": Z's tie is X's own
        if OBLAST_ACTS.search(sentence.text):
            continue  # "у 2019 році X-ська обласна рада підписала угоду з Y-ською районною радою"
        told = SIGNING.search(sentence.text) or _BECAME_PARTNER.search(sentence.text)
        if told and status_of(sentence.text) in _TALKS_OR_PLANS:
            continue  # the talks' or the plan's story, not the signing's
        if told and (own_date := _clauses_date(sentence.text, partner, published)):
            return own_date  # "Угоду з A підписали у <рік>, з X – у <рік>": the partner's own clause's
        if told and (own_date := _date_of_the_signing(text, sentences, index, published)):
            return own_date
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if (
            following
            and _same_paragraph(text, sentence, following)
            and DOCUMENT_OPENING.search(following.text)
            and SIGNING.search(following.text)
            and not _names_another(following.text, partner, others)  # "З Y угоду підписали у <рік>": Y's
        ):
            return event_date_of(following.text, published)
    for index in _named_alone_in_its_clauses(sentences, later + earlier[::-1], partner, others):
        # "Угоду з A підписали у <рік>, з X – у <рік>, а меморандум з Y – у <рік>": X's clause, its year
        sentence = sentences[index]
        if sentence.start < start and another_side(index):
            continue
        if (
            SIGNING.search(sentence.text)
            and status_of(sentence.text) not in _TALKS_OR_PLANS
            and (own_date := _clauses_date(sentence.text, partner, published))
        ):
            return own_date
    return None


def _named_alone_in_its_clauses(
    sentences: list[Sentence], order: Iterable[int], partner: str, others: list[str]
) -> Iterator[int]:
    """The sentences, in ``order``, that name this partner beside others, each in clauses of its own."""
    own = case_stem(partner)
    rest = _other_stems(partner, others)
    if not own or not rest:
        return
    for index in order:
        text = sentences[index].text
        if not names_stem(text, own) or not any(names_stem(text, other) for other in rest):
            continue
        clauses = _clauses_naming(text, partner)
        if not any(names_stem(clauses, other) for other in rest):
            yield index


def _clauses_date(text: str, partner: str, published: date | None) -> str | None:
    """The date the clauses naming ``partner`` give, when the sentence's other clauses date other acts."""
    own = _clauses_naming(text, partner)
    if not own or len(own) == len(text.strip()) or not _A_YEAR.search(own):
        return None  # a day with no year of its own takes it from elsewhere (see _date_of_the_signing)
    return event_date_of(own, published)


def _tells_the_partners_own_ties(text: str, partner: str) -> bool:
    """The partner is the subject that has ties ("X має давні зв'язки з …", "X має партнерів …")."""
    return any(
        (space := text.find(" ", at)) != -1 and _HAS_TIES_AFTER.match(text, space)
        for at in stem_positions(text, case_stem(partner))
    )


_HAS_TIES_AFTER = re.compile(
    r"\s+(?:\S+\s+)?ма(?:є|в|ла|ло)\s+(?:\S+\s+){0,2}?(?:зв['’]яз|партнер|побратим|угод)", re.IGNORECASE
)


def _date_of_the_signing(
    text: str, sentences: list[Sentence], index: int, published: date | None
) -> str | None:
    """The date a sentence gives its signing, without what befell a place; a day without its year takes
    the one year the sentence before, in its paragraph, names when that sentence tells no act of its own
    ("Восени 2024 року я поїхав до X. 17 листопада … підписали")."""
    told = _without_what_befell(sentences[index].text)
    found = event_date_of(told, published)
    if not found or len(found) < 7 or _A_YEAR.search(told) or index == 0:
        return found
    before = sentences[index - 1]
    if not _same_paragraph(text, before, sentences[index]) or SIGNING.search(before.text):
        # "ще 2021 року підписали протокол. 6 березня … уклали угоду": that year is another act's
        return found
    years = _A_YEAR.findall(before.text)
    return f"{years[-1]}{found[4:]}" if len(set(years)) == 1 else found


_A_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _without_what_befell(text: str) -> str:
    """The sentence without its relative clauses that tell what befell a place ("… з Y — містом, яке
    пережило облогу <рік>"): their years date no tie."""
    from parsers.facts.clauses import clauses_of, without_untied_relatives  # clauses reads this module

    return without_untied_relatives(text, clauses_of(text))


def _names_another(text: str, partner: str, others: list[str]) -> bool:
    """The text names one of ``others`` that is not ``partner`` (in any case form)."""
    return any(names_stem(text, stem) for stem in _other_stems(partner, others))


def _names_another_after_with(text: str, partner: str, others: list[str]) -> bool:
    """The text names one of ``others`` that is not ``partner`` as the other side of its document,
    after "з" ("меморандум з Y"), not as where it was signed ("у Y")."""
    stems = _other_stems(partner, others) | {
        town.lower()
        for name in others
        if name != partner
        and (town := _HROMADAS_TOWN.sub("", name.split(" ")[0])) != name.split(" ")[0]
        and len(town) >= 4
    }  # "Y-ська міська громада": its town's name ("з Y-ом")
    return any(
        _WITH_BEFORE.search(text, max(0, at - 30), at) for stem in stems for at in stem_positions(text, stem)
    )


_HROMADAS_TOWN = re.compile(r"(?:ська|цька|зька)$")


_WITH_BEFORE = re.compile(r"\b(?:з|із|зі)\s+(?:[а-яіїєґ'’-]+\s+){0,2}$", re.IGNORECASE)


def _other_stems(partner: str, others: list[str]) -> set[str]:
    """The case stems of ``others`` that are not ``partner``'s own."""
    own = case_stem(partner)
    return {stem for name in others if (stem := case_stem(name)) and stem != own}


def relation_from_partner_story(
    sentences: list[Sentence],
    partner: str,
    others: list[str],
    names_its_relation: Callable[[str], bool],
    another_side: Callable[[int], bool] = lambda index: False,
) -> str | None:
    """The relation a sentence elsewhere in the story names for this partner's document (a later "Угоду про
    партнерство підписали …" that names X, after "громада уклала угоду з X"): the first sentence that names
    this partner and no other, tells a signing, names the kind of tie, and names no other Ukrainian side."""
    for index in _naming_only(sentences, range(len(sentences)), partner, others):
        text = sentences[index].text
        if SIGNING.search(text) and names_its_relation(text) and not another_side(index):
            return relation_of(text)
    return None


_AN_AGREEMENT_ON = re.compile(r"\b(?:угод|договор|договір)\w*\s+про\s+[\w'’]+", re.IGNORECASE)
"""An agreement named with its kind ("угода про партнерство", "договору про співпрацю")."""


def relation_of_the_storys_agreements(
    sentences: list[Sentence],
    partner: str,
    others: list[str],
    another_side: Callable[[int], bool] = lambda index: False,
) -> str | None:
    """The one kind of agreement ("угода про …") the story names where it may speak of this partner's
    document: in sentences that name no other Ukrainian side and no other partner without this one.
    None when those sentences name two kinds or none."""
    own = case_stem(partner)
    rest = _other_stems(partner, others)
    kinds = set()
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if not _AN_AGREEMENT_ON.search(text) or another_side(index):
            continue
        if any(names_stem(text, other) for other in rest) and not (own and names_stem(text, own)):
            continue  # another partner's document
        kinds.update(relation_of(found.group(0)) for found in _AN_AGREEMENT_ON.finditer(text))
    return next(iter(kinds)) if len(kinds) == 1 else None


def _naming_only(
    sentences: list[Sentence], order: Iterable[int], partner: str, others: list[str]
) -> Iterator[int]:
    """The sentences, in ``order``, that name this partner in any case form and none of ``others``: two
    partners in one sentence leave whose date or document it tells to the sentence itself."""
    own = case_stem(partner)
    if not own:
        return
    rest = _other_stems(partner, others)
    for index in order:
        text = sentences[index].text
        if names_stem(text, own) and not any(names_stem(text, other) for other in rest):
            yield index


_BECAME_PARTNER = re.compile(r"\bста(?:ло|в|ла|ли)\s+(?:\S+\s+){0,2}?(?:партнер|побратим)", re.IGNORECASE)
