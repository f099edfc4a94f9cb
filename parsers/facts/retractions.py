"""Facts another sentence takes back or changes: an ending only proposed and then turned down, a tie
only said to exist when the next sentence (or any sentence naming its partner) says there is no
agreement, a claim the next sentence calls untrue, a plan a later sentence says came to nothing or
any sentence naming its partner says was turned down, and an ending or renewal of "this agreement"
told in the next sentence. Read over the facts of all sentences of an article, before they are merged.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from parsers.facts.clauses import ITS_FORCE_ENDED, THIS_AGREEMENT
from parsers.facts.cues import (
    A_YEAR_NUMBER,
    RESTORATION,
    document_denied_at,
    ending_only_proposed,
    event_date_of,
    never_existed,
    only_intent_signed,
    opens_denying_a_document,
    plan_dropped,
    proposal_rejected,
    refutes_the_sentence_before,
    status_of,
    tie_goes_on,
)
from parsers.facts.dates import SIGNING
from parsers.facts.model import Fact
from parsers.facts.name_forms import case_stem, case_stems, names_stem
from parsers.facts.sentences import Sentence

_DENIAL_FOLLOWS = 5
"""A proposed ending's tie is said never to have been made within this many sentences after it (a quote
of the proposer may stand between)."""
_REJECTION_FOLLOWS = 2
"""A vote on a proposal is told within this many sentences after it, in the same paragraph."""


def without_documents_denied_next(told: list[Fact], text: str, sentences: list[Sentence]) -> list[Fact]:
    """Without the ties a sentence only says exist ("співпрацює з X", no status cue of its own) when the
    next sentence of the paragraph opens by saying there is no agreement; a tie whose next sentence
    says only a letter of intent was signed stays, as intent. Without any fact whose next sentence
    calls it untrue."""

    def denied(fact: Fact) -> bool:
        index = fact.sentence_indexes[0]
        if fact.status != "signed" or index + 1 >= len(sentences) or status_of(sentences[index].text):
            return False
        if "\n" in text[sentences[index].end : sentences[index + 1].start]:
            return False
        return opens_denying_a_document(sentences[index + 1].text)

    def refuted(fact: Fact) -> bool:
        index = fact.sentence_indexes[0]
        if index + 1 >= len(sentences) or "\n" in text[sentences[index].end : sentences[index + 1].start]:
            return False
        return refutes_the_sentence_before(sentences[index + 1].text)

    def denied_elsewhere(fact: Fact) -> bool:  # a tie only said to exist or only reported by others
        index = fact.sentence_indexes[0]
        told = sentences[index].text
        stem = _denial_stem(fact.partner.name_uk)
        if fact.status == "terminated" and ending_only_proposed(told):
            # "запропонував розірвати угоду з X. … Жодного договору з цим містом громада не підписувала":
            # an ending proposed of a tie a later sentence denies ever was
            return (
                any(
                    _denied_with(sentence.text, stem, refers_back=True) for sentence in sentences[index + 1 :]
                )
                or any(  # "з'ясувалося, що такої угоди ніколи не існувало"
                    never_existed(sentence.text) and _SUCH_AN_AGREEMENT.search(sentence.text)
                    for sentence in sentences[index + 1 : index + 1 + _DENIAL_FOLLOWS]
                )
                or any(  # "Угоди із X у громади ніколи не було": the partner named again, the tie denied
                    never_existed(sentence.text)
                    and names_stem(sentence.text, case_stem(fact.partner.name_uk))
                    for sentence in sentences[index + 1 :]
                )
            )
        if fact.status != "signed" or (SIGNING.search(told) and not _HEARSAY.search(told)):
            return False
        hearsay = _HEARSAY.search(told) is not None  # what others say: a denial may refer back to it
        return any(
            other != index and _denied_with(sentence.text, stem, refers_back=hearsay and other > index)
            for other, sentence in enumerate(sentences)
        )

    kept = []
    for fact in told:
        if refuted(fact) or denied_elsewhere(fact):
            # "Писали, що X підписала угоду з Y. Ця інформація не підтвердилася."; "Співпраця між X та Y
            # триває з 2017 року. … з Y угоди громада не підписувала": a tie only said to exist, denied
            continue
        if not denied(fact):
            kept.append(fact)
        elif only_intent_signed(sentences[fact.sentence_indexes[0] + 1].text):
            fact.relation = "intent"  # "Угоду поки не підписано: сторони підписали лише лист про наміри"
            kept.append(fact)
    return kept


def without_title_ties_the_body_denies(
    found: list[Fact], title_end: int, sentences: list[Sentence]
) -> list[Fact]:
    """A title shortens its story: a tie told only in the title, whose partner a sentence of the body says
    the side has no agreement or relations with, is the title's shorthand for another tie (of a school,
    a firm), not the hromada's."""

    def only_in_title(fact: Fact) -> bool:
        return all(sentences[index].start < title_end for index in fact.sentence_indexes)

    def denied_in_body(fact: Fact) -> bool:
        stem = case_stem(fact.partner.name_uk)
        return any(
            sentence.start >= title_end and _denied_with(sentence.text, stem) for sentence in sentences
        )

    return [fact for fact in found if not (only_in_title(fact) and denied_in_body(fact))]


# "з'явилися дописи про те, що …", "у мережі писали, що …", "ми повідомили, що …", "у першій версії
# йшлося про те, що …": a signing others reported, or the paper itself before, not what the text says now
_HEARSAY = re.compile(
    r"\b(?:допис|повідомлен|чутк|публікаці|інформаці)\w*\s+(?:\S+\s+){0,3}?про\s+те,?\s+що\b"
    r"|\bйшлося\s+(?:\S+\s+)?про\s+те,?\s+що\b"  # "у первинній версії матеріалу йшлося про те, що …"
    r"|\b(?:писали|пишуть|поширили|повідомляли|ми\s+(?:\S+\s+)?повідомили|стверджува\w*),?\s+(?:\S+\s+){0,3}?що\b"
    r"|\bнаскільки\s+(?:я|ми)\s+зна"  # "Наскільки я знаю, …": what the speaker believes, not knows
    # "телеграм-канали повідомили, що …": what channels or pages online reported
    r"|\b(?:телеграм|telegram|фейсбук|facebook|соцмереж|паблік)\w*(?:-\w+)?\s+(?:\S+\s+){0,2}?"
    r"(?:повідоми|написа|пиш)\w*,?\s+(?:\S+\s+){0,3}?що\b",
    re.IGNORECASE,
)
_DENIAL_REACH = 40
"""How far before the words that deny a document the partner they deny it with may stand."""


def _denial_stem(name: str) -> str:
    """The start of the partner's name a denial is matched by: its case stem, or for a name too short to
    have one (three letters, "Бра") the name itself, which its case forms begin with."""
    return case_stem(name) or (name.lower() if len(name) >= 3 and name[:1].isupper() else "")


def _denied_with(text: str, stem: str, refers_back: bool = False) -> bool:
    """The sentence says there is no agreement with the place whose name begins with ``stem``, named
    in the same clause as the denial, right before it or inside it ("з X угоди … не підписувала");
    with ``refers_back``, also with the place it refers back to ("з цим містом")."""
    if not stem:
        return False
    for start, end in document_denied_at(text):
        before = text[max(0, start - _DENIAL_REACH) : start].rsplit(",", 1)[-1]  # this clause only
        reach = before + text[start:end]
        if names_stem(reach, stem) or (refers_back and _WITH_THE_PLACE_BEFORE.search(reach)):
            return True
    return False


_SUCH_AN_AGREEMENT = re.compile(
    r"\b(?:такої|цієї|тієї)\s+угоди|\b(?:такого|цього|того)\s+(?:договору|меморандуму|документа)"
    r"|\b(?:таких|цих|тих)\s+(?:угод|договорів|меморандумів|документів)\b"  # "таких договорів … не було"
    r"|\bжодн(?:ої|ого|их)\s+(?:угод|договор|меморандум|документ)\w*",  # "жодних угод … не укладалося"
    re.IGNORECASE,
)
_WITH_THE_PLACE_BEFORE = re.compile(
    r"\b(?:з|із)\s+(?:цим|тим)\s+(?:містом|партнером)|\bз\s+ним\b", re.IGNORECASE
)


def with_acts_told_next(
    told: list[Fact], text: str, sentences: list[Sentence], published: date | None
) -> list[Fact]:
    """A signed or renewed tie whose next sentence in the paragraph (or the one after a comment with no
    act of its own) ends or renews "this agreement" and gives no fact of its own ("X уклала угоду з Y
    у 2005 році. У 2022 році рада денонсувала цей документ"; "… угода діє з 1996 року. У 2025 році
    міста перепідписали її") ended or was renewed, on the date of that sentence; an ended one whose next
    sentence prolongs it ("… термін її дії сплив. <Дата> сторони продовжили дію документа") was renewed;
    a planned tie whose signing the next sentences tell was signed (:func:`_signed_as_planned`)."""
    telling: dict[int, set[str]] = {}  # the sentences that tell a fact, with the partners they tell
    for fact in told:
        for index in fact.sentence_indexes:
            telling.setdefault(index, set()).add(fact.partner.key)
    for fact in told:
        index = fact.sentence_indexes[0]
        if fact.status in ("planned", "in_negotiation"):
            _signed_as_planned(fact, text, sentences, telling, published)
        if fact.status not in ("signed", "renewed", "terminated"):
            continue
        for after_index in range(index + 1, min(index + 1 + _ACT_FOLLOWS, len(sentences))):
            after = sentences[after_index]
            if "\n" in text[sentences[index].end : after.start]:
                break
            if after_index in telling:
                if telling[after_index] == {fact.partner.key} and status_of(after.text) == "signed":
                    continue  # the same tie's signing told again ("Угоду з X підписали у <рік>")
                break
            if _another_partners_document(after.text, fact.partner.name_uk):
                break  # "У 2021 році громада також підписала лист з Z, однак термін його дії сплив": Z's
            act = status_of(after.text)
            refers_back = (
                THIS_AGREEMENT.search(after.text)
                or _ACT_ON_IT.search(after.text)
                or _THE_PARTIES_ACT.search(after.text)
                or _ITS_TERM_RAN_OUT.search(after.text)
                or (
                    _A_PROLONGING_DOCUMENT.search(after.text)
                    and names_stem(after.text, case_stem(fact.partner.name_uk))
                )
            )
            if (
                refers_back
                and act == "terminated"
                and fact.status == "renewed"
                and _ended_before_its_restoration(fact, sentences[index].text, after.text, published)
            ):
                break  # "рішення про відновлення співпраці з X. … у 2020-му її дію зупинили": what it undoes
            if fact.status == "terminated":
                if refers_back and act == "renewed":
                    # "… термін її дії сплив. <дата> сторони продовжили дію документа": renewed after all
                    fact.status, fact.event_date = act, event_date_of(after.text, published)
                break  # an ending is followed only by what undoes it
            if refers_back and (act == "terminated" or (act == "renewed" and fact.status == "signed")):
                fact.status, fact.event_date = act, event_date_of(after.text, published)
                break
            if act == "signed" and _WITH_IT.search(after.text):
                continue  # "Угоду з ним уклали у <рік>": the same tie's first signing, told again
            if (
                act in ("in_negotiation", "planned")
                and fact.status == "signed"
                and status_of(sentences[index].text) is None
                and _THE_PARTIES_WORK_ON_IT.search(after.text)
            ):
                # "X обрала партнера — місто Y. … Наразі сторони ведуть переговори щодо угоди": a tie only
                # said to exist, whose parties are still working on its agreement
                talks = re.search(r"переговор|перемовин", after.text, re.IGNORECASE) is not None
                fact.status, fact.event_date = "in_negotiation" if talks else act, None
                break
            if act is not None:
                break  # a sentence between may only comment on the agreement ("вона давно не діяла")
    return told


_A_DOCUMENT_SIGNED_WITH = re.compile(
    r"\b(?:підписал|уклал)\w*\s+(?:[\w'’-]+\s+){0,6}?(?:з|із|зі)\s+(?:(?-i:[а-яіїєґ'’-])+\s+){0,2}"
    r"(?P<name>(?-i:[А-ЯІЇЄҐ])[\w'’-]+)",
    re.IGNORECASE,
)


def _another_partners_document(text: str, partner: str) -> bool:
    """The sentence tells a document signed with another place than ``partner``: what it goes on to say
    of "its" term or force is that document's."""
    stem = case_stem(partner)
    return any(
        not (stem and names_stem(found.group("name"), stem))
        for found in _A_DOCUMENT_SIGNED_WITH.finditer(text)
    )


def _ended_before_its_restoration(fact: Fact, told: str, after: str, published: date | None) -> bool:
    """A tie its sentence tells restored ("відновлення співпраці з X"), whose ending or suspension the
    next sentence dates only by years before the restoration's (or the article's) year: the ending the
    restoration undoes, told after it, not a later one."""
    if not RESTORATION.search(told):
        return False
    restored = int(fact.event_date[:4]) if fact.event_date else published.year if published else None
    years = [int(year) for year in A_YEAR_NUMBER.findall(after)]
    return restored is not None and bool(years) and max(years) < restored


def with_acts_the_title_tells(told: list[Fact], sentences: list[Sentence], title_end: int) -> list[Fact]:
    """A tie the body tells signed, whose partner the title, giving no fact of its own, tells renewed or
    ended by name ("Сесія продовжила угоду з X"), when the article tells no other side's tie with that
    partner: renewed or ended, as the title says; undated, for the body's date is the making's."""
    in_title = [index for index, sentence in enumerate(sentences) if sentence.start < title_end]
    if not in_title:
        return told
    title = " ".join(sentences[index].text for index in in_title)
    if status_of(title) not in ("renewed", "terminated") or ending_only_proposed(title):
        return told
    sides_of: dict[str, set[str | None]] = {}
    for fact in told:
        sides_of.setdefault(fact.partner.key, set()).add(fact.ua.katottg)
    for fact in told:
        if (
            fact.status != "signed"
            or len(sides_of[fact.partner.key]) > 1
            or set(fact.sentence_indexes) & set(in_title)
        ):
            continue
        stems = case_stems(fact.partner.name_uk)
        acts = [
            act
            for told_act in _AN_ACT_WITH.finditer(title)
            if any(names_stem(told_act.group("partner"), stem) for stem in stems)
            and (act := status_of(title[max(0, told_act.start() - 3) : told_act.end()]))
            in ("renewed", "terminated")
        ]  # each act with its own partner, "не" before it too: "продовжили угоду з X і розірвали … з Y"
        if acts:
            fact.status, fact.event_date = acts[0], None
            fact.evidence.insert(0, title)  # the title that tells the act, to check it by
    return told


_AN_ACT_WITH = re.compile(
    r"\b(?:продовж|поновил|поновлен|перепідпис|переуклал|розірва|припин|денонс|скасува|анулюва)\w*\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:з|із|зі)\s+(?P<partner>(?:[а-яіїєґ'’-]+\s+){0,2}[А-ЯІЇЄҐ][\w'’-]*)"
)
"""An act on a tie, with the partner it is with: "продовжила угоду з X", "розірвала угоду з X"."""


def with_endings_told_later(
    told: list[Fact], sentences: list[Sentence], naming_a_side: Collection[int], published: date | None
) -> list[Fact]:
    """A signed tie whose partner a later sentence ends by name ("Депутати проголосували за розірвання
    угоди з X"), when that sentence names no Ukrainian side (``naming_a_side`` holds those that do),
    gives no fact of its own, and the article tells no other side's tie with that partner: ended, on the
    date of that sentence."""
    telling = {index for fact in told for index in fact.sentence_indexes}
    sides_of: dict[str, set[str | None]] = {}
    for fact in told:
        sides_of.setdefault(fact.partner.key, set()).add(fact.ua.katottg)
    for fact in told:
        if fact.status not in ("signed", "renewed") or len(sides_of[fact.partner.key]) > 1:
            continue
        stems = case_stems(fact.partner.name_uk)
        for after_index in range(fact.sentence_indexes[-1] + 1, len(sentences)):
            after = sentences[after_index].text
            if after_index in telling or after_index in naming_a_side:
                continue
            if not any(
                names_stem(ending.group("partner"), stem)
                for ending in _AN_ENDING_WITH.finditer(after)
                for stem in stems
            ):
                continue  # the cheap test first: most sentences name no ending with this partner
            if status_of(after) != "terminated" or ending_only_proposed(after):
                continue
            fact.status, fact.event_date = "terminated", event_date_of(after, published)
            fact.evidence.append(after)  # the sentence that tells the ending, to check it by
            break
    return told


_AN_ENDING_WITH = re.compile(
    r"\b(?:розірва|припин|денонс|скасува|анулюва)\w*\s+(?:[\w'’-]+\s+){0,5}?(?:з|із|зі)\s+"
    r"(?P<partner>(?:[а-яіїєґ'’-]+\s+){0,2}[А-ЯІЇЄҐ][\w'’-]*)"
)
"""An ending, with the partner it is with: "розірвання угоди про побратимство з X"."""


def with_the_documents_ending_told_next(
    told: list[Fact],
    text: str,
    sentences: list[Sentence],
    naming_a_side: Collection[int],
    published: date | None,
) -> list[Fact]:
    """A signed tie, the only one its sentence tells, whose document one of the next two sentences of the
    paragraph ends without naming a partner ("Ще у <рік> громада уклала угоду з X. … Рада зупинила дію
    угоди …"), when those sentences give no fact of their own and name no Ukrainian side: ended, on the
    date of the ending's sentence."""
    telling = {index for fact in told for index in fact.sentence_indexes}
    partners_at: dict[int, set[str]] = {}
    for fact in told:
        for index in fact.sentence_indexes:
            partners_at.setdefault(index, set()).add(fact.partner.key)
    for fact in told:
        index = fact.sentence_indexes[-1]
        if fact.status not in ("signed", "renewed") or len(partners_at[index]) > 1:
            continue
        for after_index in range(index + 1, min(index + 3, len(sentences))):
            after = sentences[after_index]
            if after_index in telling or after_index in naming_a_side:
                break
            if "\n" in text[sentences[index].end : after.start]:
                break  # another paragraph: another story
            ending = _THE_DOCUMENTS_ENDING.search(after.text)
            if ending is None or _A_PARTNER_AFTER.match(after.text, ending.end()):
                continue
            if status_of(after.text) != "terminated" or ending_only_proposed(after.text):
                continue
            fact.status, fact.event_date = "terminated", event_date_of(after.text, published)
            fact.evidence.append(after.text)  # the sentence that tells the ending, to check it by
            break
    return told


_THE_DOCUMENTS_ENDING = re.compile(
    r"\b(?:розірвал|припинил|зупинил|призупинил|денонсувал|скасувал)\w*\s+(?:дію\s+|дії\s+)?"
    r"(?:(?:цієї|цю|цього|цей|її|його|нашої|нашу)\s+)?(?:угод|договор|договір|документ|меморандум)\w*",
    re.IGNORECASE,
)
"""A document ended (a past act, not one proposed or recommended), named by its noun alone: "зупинила
дію угоди", "розірвала цю угоду"."""
_A_PARTNER_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:з|із|зі|між)\s", re.IGNORECASE)
"""The ended document's partner named after it ("угоди про співпрацю з X"): a tie of its own."""


def _signed_as_planned(
    fact: Fact, text: str, sentences: list[Sentence], telling: Collection[int], published: date | None
) -> None:
    """A planned tie (a council's consent to sign) or one in talks whose signing one of the next two
    sentences of the paragraph tells, opening with the document ("Угоду підписали вже наступного дня …",
    "<Дата> угоду нарешті підписали …"), a pronoun for it ("Підписали його …") or a later clause of its
    own ("…, і 30 вересня документ нарешті підписали"), naming no other partner and giving no fact of its
    own: signed, on that sentence's date. The next paragraph may tell it too, in its first sentence and
    opening with the document: the story goes on from the text agreed to its signing."""
    index = fact.sentence_indexes[0]
    stem = case_stem(fact.partner.name_uk)
    for after_index in range(index + 1, min(index + 3, len(sentences))):
        after = sentences[after_index]
        if after_index in telling:
            return
        if "\n" in text[sentences[index].end : after.start]:
            opens_the_next = "\n" not in text[sentences[index].end : sentences[after_index - 1].end]
            if not (opens_the_next and _DOCUMENT_SIGNED_OPENING.match(after.text)):
                return
        told = _DOCUMENT_SIGNED_OPENING.match(after.text)
        told = told or _DOCUMENT_SIGNED_IN_A_LATER_CLAUSE.search(after.text)
        if told and _status_of_its_clause(after.text, told.start()) == "signed":
            # the partner named again ("мер X прибув …"), or no name at all: this document, no other
            if names_stem(after.text, stem) or not _CAPITALISED.search(after.text, 1):
                fact.status, fact.event_date = "signed", event_date_of(after.text, published)
                fact.evidence.append(after.text)  # the sentence that tells the signing, to check it by
            return


def _status_of_its_clause(text: str, start: int) -> str | None:
    """The status the clause from ``start`` gives, up to a clause of another subject ("…, а депутати
    тепер його схвалили": the council's approval, after the signing)."""
    other = _ANOTHER_SUBJECTS_CLAUSE.search(text, start)
    return status_of(text[start : other.start() if other else len(text)])


_ANOTHER_SUBJECTS_CLAUSE = re.compile(r",\s+(?:а|але|проте)\s+(?:депутат|рад|сесі|виконком)", re.IGNORECASE)
_DOCUMENT_SIGNED_OPENING = re.compile(
    r"\s*(?:\d{1,2}\s+[а-яіїєґ]+\s+(?:\d{4}\s+(?:року\s+|р\.\s+)?)?)?"  # "8 липня угоду підписали"
    r"(?:(?:сам|саму|сам\s+же)\s+)?"  # "Сам документ голови двох громад підписали ще 12 грудня"
    r"(?:(?:угоду|документ|меморандум|договір)\s+(?:[\w'’-]+\s+){0,3}?(?:підписали|уклали|скріпили\s+підписами)\b"
    r"|(?:сторони\s+)?(?:[\w'’-]+\s+)?(?:підписали|уклали)\s+(?:його|її)\b"  # "Підписали його 29 січня"
    r"|(?:підписали|уклали)\s+(?:документ|угоду|меморандум|договір)\b(?!\s+(?:з|із|зі|між)\s))",
    re.IGNORECASE,
)
# "У вересні їхня рада ухвалила рішення, і 30 вересня … документ нарешті підписали": the signing in a
# later clause of a sentence that tells what led to it
_DOCUMENT_SIGNED_IN_A_LATER_CLAUSE = re.compile(
    r"[,;]\s+(?:і|й|а)\s+[^.;]*?\b(?:документ|угоду|меморандум|договір)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:підписали|уклали)\b(?!\s+(?:з|із|зі|між)\s)",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"(?<!\bу )(?<!\bв )\b[А-ЯІЇЄҐ]")
"""A capitalised word that is no venue after "у"/"в": another name the sentence may be about."""
_THE_PARTIES_WORK_ON_IT = re.compile(
    r"\b[Сс]торони\s+(?:\S+\s+)?(?:ведуть|провод\w*|готу\w*|узгоджу\w*|обговорю\w*)\s+"
    r"(?:\S+\s+){0,3}?(?:переговор|угод|меморандум|договор|текст|проєкт)"
)
_ACT_FOLLOWS = 4
"""A later act on the agreement just told comes within this many sentences of its paragraph (a quote
about the tie may stand between)."""
_WITH_IT = re.compile(r"\b(?:з|із)\s+(?:ним|нею)\b")
# "сторони підписали угоду про продовження": the two sides just told act again; "документ
# переукладено": the document just told, acted on in the passive
_THE_PARTIES_ACT = re.compile(
    # "угоду продовжили ще на п'ять років": the agreement just told, acted on with no subject named
    r"\b[Уу]году\s+(?:[\w'’-]+\s+){0,2}?(?:продовжили|перепідписали|переуклали|оновили|поновили|розірвали|"
    r"денонсували)\b"
    r"(?!.*\s(?:з|із|зі)\s+(?:[\w'’-]+\s+)?[А-ЯІЇЄҐ])|"
    r"\b[Сс]торони\s+(?:[\w'’-]+\s+)?(?:підписали|уклали|продовжили|перепідписали|розірвали)\b"
    r"(?!.*\s(?:з|із|зі)\s+(?:[\w'’-]+\s+)?[А-ЯІЇЄҐ])|"  # no other side named after it
    r"\b(?:[Дд]окумент|[Уу]год[уа]|[Дд]оговір|[Мм]еморандум)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:переукладено|перепідписано|продовжено|пролонговано|розірвано|денонсовано|припинено)\b"
)


_A_PROLONGING_DOCUMENT = re.compile(
    r"\b(?:угод|договір|договор|меморандум)\w*\s+про\s+(?:пролонгаці|продовженн)", re.IGNORECASE
)
"""An agreement that prolongs one ("додаткову угоду про пролонгацію підписано"): with the partner named
again, the tie just told renewed."""
# "Термін його дії сплив у червні", "її дія завершилася": the term of the agreement just told
_ITS_TERM_RAN_OUT = re.compile(
    rf"\bтермін\w*\s+(?:її|його)\s+дії\b|{ITS_FORCE_ENDED}",
    re.IGNORECASE,
)
_ACT_ON_IT = re.compile(
    r"\b(?:розірва|денонсува|скасува|анулюва|припини|перепідписа|переуклал|поновил|продовжил|оновил|"
    r"пролонгува)\w*\s+(?:її|його|дію|угоду|договір|меморандум)\b"
    # "продовжили угоду" with no other side named, right after it or after the document's kind: the
    # agreement just told
    r"(?!\s+(?:з|із|зі)\s)(?![^.]*?\s(?:з|із|зі)\s+(?:[\w'’-]+\s+)?[А-ЯІЇЄҐ])"
    # "сесія її розірвала": the pronoun before the verb
    r"|\b(?:її|його)\s+(?:розірва|денонсува|скасува|анулюва|припини|перепідписа|поновил|продовжил)"
    # "підписали її нову редакцію": the agreement's new edition, by its pronoun
    r"|\b(?:підписа|уклал|уклав)\w*\s+(?:її|його)\s+(?:нов|оновлен)\w*\s+редакці"
    # "проголосували за розірвання угоди": the ending named by its noun, of no other side's agreement
    r"|\b(?:розірванн|припиненн|денонсаці)\w*\s+(?:угоди|договору|меморандуму)\b"
    r"(?![^.]*\s(?:з|із|зі)\s+(?:[\w'’-]+\s+)?[А-ЯІЇЄҐ])",
    re.IGNORECASE,
)


def without_plans_dropped_later(told: list[Fact], text: str, sentences: list[Sentence]) -> list[Fact]:
    """Without the plans and talks one of the next few sentences says came to nothing ("На травень
    планувалося підписання … Проте цього не сталося"), in this paragraph or the next (the story of a
    plan's fate often opens a paragraph of its own)."""

    def dropped(fact: Fact) -> bool:
        index = fact.sentence_indexes[0]
        if fact.status not in ("planned", "in_negotiation"):
            return False
        if proposal_rejected(sentences[index].text):
            return True  # "не набрав голосів проєкт рішення «Про … меморандум з X»": the draft was voted down
        stem = case_stem(fact.partner.name_uk)
        following = range(index + 1, min(index + 1 + _DROPPED_FOLLOWS, len(sentences)))
        story = range(index + 1, min(index + 1 + _DRAFT_STORY, len(sentences)))
        if _A_DRAFT.search(sentences[index].text) and (
            any(
                proposal_rejected(sentences[after].text) and _in_its_story(text, sentences, index, after)
                for after in story
            )  # "депутати розглянули проєкт рішення «…». Проєкт рішення не набрав голосів"
            or _draft_voted_down_later(text, sentences, index)  # or the vote told paragraphs later
        ):
            return True
        return any(plan_dropped(sentences[after].text) for after in following) or any(
            # "Депутати не підтримали меморандум з X", "питання співпраці з X знято з розгляду"
            other != index and proposal_rejected(sentence.text) and names_stem(sentence.text, stem)
            for other, sentence in enumerate(sentences)
        )

    return [fact for fact in told if not dropped(fact)]


def _in_its_story(text: str, sentences: list[Sentence], index: int, after: int) -> bool:
    """Sentence ``after`` goes on the story of sentence ``index``: in its paragraph, or opening the
    next one (a vote's outcome often opens a paragraph of its own)."""
    borders = len(_PARAGRAPH_BORDER.findall(text, sentences[index].end, sentences[after].start))
    return borders == 0 or (borders == 1 and "\n" in text[sentences[after - 1].end : sentences[after].start])


_PARAGRAPH_BORDER = re.compile(r"\n\s*")


def _draft_voted_down_later(text: str, sentences: list[Sentence], index: int) -> bool:
    """The first later sentence that refers back to "the draft" with no title of its own tells its fate,
    however far on the vote is reported (it or the next sentence of its paragraph): turned down."""
    for after in range(index + 1, min(index + 1 + _VOTE_FOLLOWS, len(sentences))):
        if _THE_DRAFT_AGAIN.search(sentences[after].text):
            told = sentences[after : after + 2]  # "За проєкт проголосували N, M – проти. Рішення не прийнято"
            if len(told) == 2 and "\n" in text[told[0].end : told[1].start]:
                told = told[:1]  # the next sentence opens another paragraph
            return any(proposal_rejected(sentence.text) for sentence in told)
    return False


# "the draft" named again with no title or subject of its own ("За проєкт рішення проголосували …")
_THE_DRAFT_AGAIN = re.compile(r"\b(?:[Пп]роєкт|[Пп]роект)\w*\s+рішенн\w*(?!\s*(?:«|\"|„|про\b|щодо\b|№))")
_VOTE_FOLLOWS = 12
"""A council report tells the vote on a draft within this many sentences of its title."""

_A_DRAFT = re.compile(r"\b(?:проєкт|проект|пропозиці)\w*\s+(?:рішенн|меморандум|угод|договор)", re.IGNORECASE)
_DROPPED_FOLLOWS = 3
_DRAFT_STORY = 6
"""A draft's fate (the vote, its outcome) may come several sentences on, in its paragraph or the next."""
"""A plan's fate is told within this many sentences after it."""


def without_turned_down_endings(told: list[Fact], text: str, sentences: list[Sentence]) -> list[Fact]:
    """Without the endings a sentence only proposes when the proposal was turned down: a sentence after
    it in the paragraph rejects it, a later sentence says the same partner's tie stays in force, or a
    later sentence says a decision on an ending was not taken."""
    in_force_at = [
        (fact.partner.name_uk, fact.sentence_indexes[0])
        for fact in told
        if fact.status == "signed" and tie_goes_on(sentences[fact.sentence_indexes[0]].text)
    ]

    def turned_down(fact: Fact) -> bool:
        index = fact.sentence_indexes[0]
        if fact.status != "terminated" or not ending_only_proposed(sentences[index].text):
            return False
        if _A_DRAFT.search(sentences[index].text) and _draft_voted_down_later(text, sentences, index):
            return True  # "проєкт рішення «Про розірвання …»" … "депутат відкликав свій проєкт рішення"
        if any(name == fact.partner.name_uk and at > index for name, at in in_force_at):
            return True
        for after in range(index + 1, min(index + 1 + _REJECTION_FOLLOWS, len(sentences))):
            if "\n" in text[sentences[after - 1].end : sentences[after].start]:
                break
            if proposal_rejected(sentences[after].text):
                return True
        # "Рішення про розірвання не ухвалили" however far on: the turned-down act is the ending itself
        return any(
            proposal_rejected(sentence.text) and _AN_ENDING_NAMED.search(sentence.text)
            for sentence in sentences[index + 1 : index + 1 + _VOTE_FOLLOWS]
        )

    return [fact for fact in told if not turned_down(fact)]


_AN_ENDING_NAMED = re.compile(r"\b(?:розірванн|припиненн|денонсаці|скасуванн)\w*", re.IGNORECASE)
