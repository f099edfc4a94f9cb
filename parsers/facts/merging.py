"""One fact per pair in an article: facts about the same pair merge (the most specific relation, the
furthest status), spelling variants of one partner collapse, and a title's seat town is not a second
partner.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz import fuzz

from parsers.facts.cues import RELATION_RANK, RESTORATION, STATUS_RANK
from parsers.facts.model import Fact, Partner
from parsers.facts.name_forms import case_stem, may_name
from parsers.facts.sentences import Sentence
from parsers.facts.vocabulary import is_adjective
from parsers.text import name_key


def _more_specific(one: Fact, other: Fact) -> bool:
    """Evidence that names the tie more precisely than the other's: a sentence about this pair beats a
    list of all the hromada's partners (a list headed "угоди про побратимство та партнерство" does not
    say which each entry has), when it names the relation: a bare "угода" says nothing more specific."""
    return other.link == "owner_list" and one.link != "owner_list" and one.relation_told


def _relation_wins(new: Fact, old: Fact) -> bool:
    """Whether the new fact's relation replaces the one merged so far: a sentence about the pair beats a
    list; the tie that was made beats one only planned or only called partners; else the stronger one."""
    if _more_specific(new, old) or _more_specific(old, new):
        return _more_specific(new, old)
    if _the_agreement_after_its_intent(new, old):
        return True
    if _the_agreement_after_its_intent(old, new):
        return False
    if _only_planned_beside_an_act(old, new) or _kind_beside_a_partner_word(new, old):
        return True
    if _only_planned_beside_an_act(new, old) or _kind_beside_a_partner_word(old, new):
        return False
    return RELATION_RANK[new.relation] > RELATION_RANK[old.relation]


_PLANS = ("planned", "in_negotiation")


def _the_agreement_after_its_intent(agreement: Fact, intent: Fact) -> bool:
    """A document of intent signed first and an agreement signed later, both dated ("у 2024 році
    підписали лист про наміри … Угоду про партнерство підписали <пізніше>"): the agreement is the tie now."""
    return (
        intent.relation == "intent"
        and agreement.relation != "intent"
        and intent.status == agreement.status == "signed"
        and _plainly_later(agreement.event_date, intent.event_date)
    )


def _only_planned_beside_an_act(plan: Fact, act: Fact) -> bool:
    """One fact tells a plan or talks, the other a document of intent that was signed: the relation the
    plan names is the tie to come ("намір стати побратимами"), the document is what was made."""
    return plan.status in _PLANS and act.status not in _PLANS and act.relation == "intent"


def _kind_beside_a_partner_word(document: Fact, partners: Fact) -> bool:
    """One fact names its document's kind ("угоду про співпрацю"), the other only calls the two partners
    ("стало партнером"): the document says what the tie is."""
    return (
        document.by_document
        and not partners.by_document
        and partners.relation == "partnership"
        and partners.link != "owner_list"
    )


def _only_working_together(fact: Fact) -> bool:
    """A tie told only by a verb or noun of working together ("X співпрацює з Y в освіті"), with no
    document: it exists in deeds, which says nothing of an agreement signed."""
    return (
        fact.status == "signed"
        and fact.relation == "cooperation"
        and fact.link != "owner_list"
        and not any(_A_DOCUMENT_OR_ITS_SIGNING.search(sentence) for sentence in fact.evidence)
    )


_A_DOCUMENT_OR_ITS_SIGNING = re.compile(
    r"\b(?:угод|договір|договор|меморандум|лист\w*\s+про\s+намір|протокол|деклараці|підпис|уклал|уклад)",
    re.IGNORECASE,
)


def _a_document_in_the_making(fact: Fact) -> bool:
    """An agreement of a kind the text names, still planned or in talks ("схвалила проєкт угоди про
    партнерство з Y"): beside working together only, where the tie's document stands."""
    return fact.status in _PLANS and fact.by_document and fact.relation != "cooperation"


def _restored_after(ended: Fact, restored: Fact) -> bool:
    """A tie ended or suspended, then restored later in the story ("призупинили …; у січні ухвалили
    рішення про відновлення дії угоди"): the renewal, told after the ending and not dated before it,
    is where the tie now stands."""
    return (
        ended.status == "terminated"
        and restored.status == "renewed"
        and (
            min(restored.sentence_indexes, default=0) > max(ended.sentence_indexes, default=0)
            # "X відновила дію угоди з Y. … у 2020-му її дію призупинили": a restoration undoes an ending
            # told before or after it
            or any(RESTORATION.search(sentence) for sentence in restored.evidence)
            # "16 квітня затвердили нову редакцію угоди з Y. … Перша угода втратила чинність у березні"
            or _plainly_later(restored.event_date, ended.event_date)
        )
        and (
            restored.event_date is None or ended.event_date is None or restored.event_date >= ended.event_date
        )
    )


def _plainly_later(date: str | None, than: str | None) -> bool:
    """Both dates are told and the first is later at the precision both share ("2026-04-16" after
    "2026-03"; "2026-03-10" is not plainly later than "2026")."""
    if not date or not than:
        return False
    shared = min(len(date), len(than))
    return date[:shared] > than[:shared]


def more_precise(date: str | None, than: str) -> bool:
    """The date names the same year (or month) as ``than`` and more of it."""
    return date is not None and len(date) > len(than) and date.startswith(than)


def merge_fact(facts: dict, fact: Fact) -> None:
    """One fact per pair and article; a domestic pair is one pair whichever side the text names first."""
    if fact.partner.domestic:
        key = ("domestic", frozenset({fact.ua.katottg, fact.partner.katottg}))
    else:
        key = (fact.ua.katottg, fact.partner.key)
    existing = facts.get(key)
    if existing is None:
        facts[key] = fact
        return
    if _relation_wins(fact, existing):
        if _the_agreement_after_its_intent(fact, existing):
            existing.event_date = fact.event_date  # the agreement's date, not its letter of intent's
        existing.relation = fact.relation
    existing.relation_told = existing.relation_told or fact.relation_told
    existing.by_document = existing.by_document or fact.by_document
    if _only_working_together(existing) and _a_document_in_the_making(fact):
        existing.status, existing.event_date = fact.status, fact.event_date  # the document is still to come
    elif (
        STATUS_RANK[fact.status] > STATUS_RANK[existing.status]
        and not _restored_after(fact, existing)
        and not (_only_working_together(fact) and _a_document_in_the_making(existing))
    ) or _restored_after(existing, fact):
        existing.status = fact.status
        existing.event_date = fact.event_date  # the date of another stage is not this one's
    elif fact.status == existing.status and (
        existing.event_date is None
        or more_precise(fact.event_date, existing.event_date)
        # a renewal told twice: the later date is the renewal's, the earlier the first signing's
        or (fact.status == "renewed" and _plainly_later(fact.event_date, existing.event_date))
    ):
        existing.event_date = fact.event_date  # "2005" then "14 травня 2005 року": the day
    if existing.ua.settlement_uk is None:
        existing.ua.settlement_uk = fact.ua.settlement_uk
    if (
        fact.ua.katottg == existing.ua.katottg  # a domestic pair named the other way round keeps its sides
        and not _written_as_is(existing.partner.name_uk, existing.evidence)
        and _written_as_is(fact.partner.name_uk, fact.evidence)
    ):
        existing.partner = fact.partner  # the name as the text writes it, not one guessed from a case form
    for sentence in fact.evidence:
        if sentence not in existing.evidence:
            existing.evidence.append(sentence)
    existing.sentence_indexes.extend(fact.sentence_indexes)
    if fact.confidence > existing.confidence:  # the fact keeps its strongest link
        existing.confidence, existing.link = fact.confidence, fact.link


def _written_as_is(name: str, evidence: list[str]) -> bool:
    """The evidence writes the partner's name in this very form, as a whole word."""
    pattern = _as_a_whole_word(name)
    return any(pattern.search(sentence) for sentence in evidence)


@lru_cache(maxsize=4096)
def _as_a_whole_word(name: str) -> re.Pattern[str]:
    """A name as a whole word (compiled once per name: partners recur across articles)."""
    return re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")


def without_spelling_variants(facts: list[Fact]) -> list[Fact]:
    """One partner written two ways in one article (two transliterations of one name): a partner the gazetteer
    does not know is folded into a known one of the same side and country whose name sounds alike, and a
    short form of a compound name into the compound."""
    return _folded(
        facts,
        lambda partner, known: (
            not partner.domestic
            and ((not partner.geonameid and _sounds_alike(known, partner)) or _short_form_of(partner, known))
        ),
    )


def without_districts_of_their_seats(facts: list[Fact]) -> list[Fact]:
    """A district the gazetteer does not know, named after a town that is the same side's partner in the
    same country ("самоврядування X-ського району" in a story of town X): one partner, kept as the town
    (the district's sentences join its evidence). Run after :func:`without_title_seats`, so that a town
    named only in the title gives way to the district instead."""
    return _folded(facts, _district_of_its_seat)


def _folded(facts: list[Fact], same: Callable[[Partner, Partner], bool]) -> list[Fact]:
    """The facts, each one whose partner is ``same`` as the known (gazetteer) partner of another fact of
    the same side and country folded into that fact: its sentences join the other's evidence."""
    known = [fact for fact in facts if fact.partner.geonameid]
    kept = []
    for fact in facts:
        twin = next(
            (
                other
                for other in known
                if other is not fact
                and other.ua.katottg == fact.ua.katottg
                and other.partner.country_iso2 == fact.partner.country_iso2
                and same(fact.partner, other.partner)
            ),
            None,
        )
        if twin is None:
            kept.append(fact)
            continue
        for sentence in fact.evidence:
            if sentence not in twin.evidence:
                twin.evidence.append(sentence)
        twin.sentence_indexes.extend(fact.sentence_indexes)
    return kept


def _district_of_its_seat(district: Partner, town: Partner) -> bool:
    """ "самоврядування X-ського району" beside the town X the article names as the partner: a district
    named after its seat, which the gazetteer does not know, is the same partner as that town."""
    words = district.name_uk.lower().split()
    stem = case_stem(town.name_uk)
    return (
        not district.geonameid
        and len(words) == 2
        and words[1] == "район"
        and bool(stem)
        and words[0].startswith(stem)
        and is_adjective(words[0])
    )


def _short_form_of(short: Partner, full: Partner) -> bool:
    """ "X" for a compound "X-Y" named in full elsewhere in the article ("примар X-а" after "місто
    X-Y"): the short form is the same place, whatever namesake the gazetteer gives it."""
    return name_key(full.name_uk).startswith(name_key(short.name_uk) + " ") and "-" in full.name_uk


def without_co_signers_as_partners(facts: list[Fact]) -> list[Fact]:
    """Two hromadas that one earlier sentence tied each to a foreign partner of its own ("A та B підписали
    меморандуми з X та Y відповідно") are co-signers at one ceremony; a later sentence telling who signed
    for each ("Від A підписав голова, від B – заступниця") makes them no partners of each other."""
    foreign_sides: dict[int, dict[str, set[str]]] = {}
    for fact in facts:
        if not fact.partner.domestic and fact.ua.katottg and fact.sentence_indexes:
            sides = foreign_sides.setdefault(fact.sentence_indexes[0], {})
            sides.setdefault(fact.ua.katottg, set()).add(fact.partner.key)

    def co_signers(fact: Fact) -> bool:
        if not fact.partner.domestic or fact.link != "signing" or not fact.sentence_indexes:
            return False
        index = fact.sentence_indexes[0]
        return any(
            before < index
            and fact.ua.katottg in sides
            and fact.partner.katottg in sides
            and sides[fact.ua.katottg] != sides[fact.partner.katottg]
            for before, sides in foreign_sides.items()
        )

    return [fact for fact in facts if not co_signers(fact)]


def without_owner_defaults_for_anothers_partner(facts: list[Fact], owner: str | None = None) -> list[Fact]:
    """A sentence that names no Ukrainian side is read as the article's own hromada's (``owner``); when
    the article ties the same partner to another hromada it names, or refers back to ("вона веде
    переговори з X"), that sentence goes on about the other hromada's tie and says nothing of the own
    hromada's: its fact is dropped (the other tie keeps its own status)."""
    named: dict[str, set[str | None]] = {}
    for fact in facts:
        if fact.ua.at is not None or (owner is not None and fact.ua.katottg != owner):
            named.setdefault(fact.partner.key, set()).add(fact.ua.katottg)
    return [
        fact
        for fact in facts
        if fact.ua.at is not None
        or fact.partner.key not in named
        or fact.ua.katottg in named[fact.partner.key]
        or any(_WE_AS_A_SIDE.search(sentence) for sentence in fact.evidence)
    ]


_WE_AS_A_SIDE = re.compile(r"\b(?:[Мм]и|[Нн]ами|[Нн]аш(?:а|ої|ій|у|ою)\s+громад\w*)\b")
"""The own hromada named in the first person: the sentence names its side ("ми підписали угоду з X"),
so another hromada's tie with the same partner says nothing against it."""


def without_title_seats(facts: list[Fact], title_end: int, sentences: list[Sentence]) -> list[Fact]:
    """A title names a region partner by its seat ("громада та литовський X підписали …" above a story
    of "самоврядування X-ського району"): a town found only in the title, whose name the adjective
    of a region partner of the same side and country is made from, is that region, not a second partner."""
    regions = [fact for fact in facts if fact.partner.level == "region"]
    if not regions:
        return facts

    def is_seat(fact: Fact) -> bool:
        if fact.partner.level != "city" or _told_in_the_body(fact, title_end, sentences):
            return False
        stem = name_key(fact.partner.name_uk)
        return len(stem) >= 4 and any(
            region.ua.katottg == fact.ua.katottg
            and region.partner.country_iso2 == fact.partner.country_iso2
            and name_key(region.partner.name_uk.split()[0]).startswith(stem)
            for region in regions
        )

    return [fact for fact in facts if not is_seat(fact)]


def without_title_cities_of_a_district(
    facts: list[Fact], title_end: int, sentences: list[Sentence], text: str
) -> list[Fact]:
    """A title names a big city loosely ("… з X-ом") where the body tells of one of its districts
    ("округ X-а", "району X-а"): a city found only in the title, of which the body names a district,
    is that district told less exactly, not a partner of its own."""

    def loose(fact: Fact) -> bool:
        if fact.partner.level != "city" or _told_in_the_body(fact, title_end, sentences):
            return False
        name = fact.partner.name_uk
        return any(may_name(match.group(1), name) for match in _DISTRICT_OF.finditer(text, title_end))

    return [fact for fact in facts if not loose(fact)]


_DISTRICT_OF = re.compile(
    r"\b(?:округ|район|дільниц|дзельниц)\w*\s+(?:міста\s+)?([А-ЯІЇЄҐ][\w'’-]+)", re.IGNORECASE
)


def without_title_sides_the_body_replaces(
    facts: list[Fact], title_end: int, sentences: list[Sentence], body_sides: set[str]
) -> list[Fact]:
    """A title names its side loosely (an area's noun, a nearby town): a fact found only in the title,
    whose partner the body ties to another Ukrainian side and whose own side the body never names, is
    the body's fact told less exactly, not a second tie."""

    def in_body(fact: Fact) -> bool:
        return _told_in_the_body(fact, title_end, sentences)

    body_pairs = {(fact.partner.key, fact.ua.katottg) for fact in facts if in_body(fact)}
    return [
        fact
        for fact in facts
        if in_body(fact)
        or (fact.ua.katottg in body_sides and not _only_a_venue_in_the_title(fact, sentences, title_end))
        or not any(key == fact.partner.key and side != fact.ua.katottg for key, side in body_pairs)
    ]


def without_title_items_the_body_gives_others(
    facts: list[Fact], title_end: int, sentences: list[Sentence]
) -> list[Fact]:
    """A title lists an event's results ("нова угода X з A, оновлений договір з B і переговори з C"): its
    side governs the item it is named in. A title-only fact of a side whose own story the body tells,
    with other partners, while it ties this partner to another side, is the title's list read too far."""

    def in_body(fact: Fact) -> bool:
        return _told_in_the_body(fact, title_end, sentences)

    told = {(fact.ua.katottg, fact.partner.key) for fact in facts if in_body(fact)}
    sides_told = {side for side, _ in told}
    return [
        fact
        for fact in facts
        if in_body(fact)
        or fact.ua.katottg not in sides_told
        or not any(key == fact.partner.key and side != fact.ua.katottg for side, key in told)
    ]


def without_title_short_forms(facts: list[Fact], title_end: int, sentences: list[Sentence]) -> list[Fact]:
    """A title shortens a compound name ("угода з X-ом" over a story of "X-у-Y"): a title-only partner
    whose name begins the body's compound partner of the same side is that partner, whatever namesake
    (of whatever country) the gazetteer gives the short form. Its sentences join the compound's fact."""
    in_body = [_told_in_the_body(fact, title_end, sentences) for fact in facts]
    body = [fact for fact, told in zip(facts, in_body, strict=True) if told]
    kept = []
    for fact, told in zip(facts, in_body, strict=True):
        full = None
        if not told:
            full = next(
                (other for other in body if other.ua.katottg == fact.ua.katottg and _begins(fact, other)),
                None,
            )
        if full is None:
            kept.append(fact)
            continue
        full.evidence.extend(sentence for sentence in fact.evidence if sentence not in full.evidence)
        full.sentence_indexes.extend(fact.sentence_indexes)
    return kept


def _begins(short: Fact, full: Fact) -> bool:
    """The short name is the first word of the compound's, maybe without its last letter or two (a case
    ending: "Сигет" and "Сигету-Мармацієй")."""
    key, words = name_key(short.partner.name_uk), name_key(full.partner.name_uk).split()
    return (
        len(key) >= 4
        and " " not in key
        and len(words) > 1
        and words[0].startswith(key)
        and len(words[0]) - len(key) <= 2
    )


def without_joint_title_sides_the_body_narrows(
    facts: list[Fact], title_end: int, sentences: list[Sentence]
) -> list[Fact]:
    """A title gives one partner to two hromadas named together ("X і Y: рік партнерства, а попереду —
    переговори з Z"), and the body ties the partner to one of them: the other's title-only fact is the
    title's joint subject read too widely."""

    def in_title(fact: Fact) -> bool:
        return any(sentences[index].start < title_end for index in fact.sentence_indexes)

    narrowed = {
        (fact.partner.key, fact.ua.katottg)
        for fact in facts
        if in_title(fact) and _told_in_the_body(fact, title_end, sentences)
    }
    return [
        fact
        for fact in facts
        if _told_in_the_body(fact, title_end, sentences)
        or not any(key == fact.partner.key and side != fact.ua.katottg for key, side in narrowed)
    ]


def _only_a_venue_in_the_title(fact: Fact, sentences: list[Sentence], title_end: int) -> bool:
    """The title names the fact's town only as where something happened ("у X висадили алею на честь
    міста-партнера Y"): a venue, which the body naming the town elsewhere does not make a side."""
    stem = case_stem(fact.ua.settlement_uk)
    if not stem:
        return False
    title = " ".join(sentence.text for sentence in sentences if sentence.start < title_end).lower()
    places = [m.start() for m in re.finditer(rf"\b{re.escape(stem)}", title)]
    return bool(places) and all(_IN_BEFORE.search(title, 0, at) for at in places)


_IN_BEFORE = re.compile(r"(?:^|\s)[ув]\s+$")


def without_title_towns_for_a_hromada_of_their_oblast(
    facts: list[Fact], title_end: int, sentences: list[Sentence]
) -> list[Fact]:
    """A title names a domestic partner loosely by a big town of its oblast ("… з X-ом") where the body
    ties the same side to a hromada of that oblast: a domestic partner found only in the title, in the
    oblast of a hromada the body pairs with the title's side, is that hromada told less exactly."""

    def in_body(fact: Fact) -> bool:
        return _told_in_the_body(fact, title_end, sentences)

    body_ties = [
        {fact.ua.katottg, fact.partner.katottg} for fact in facts if fact.partner.domestic and in_body(fact)
    ]
    body_sides = set().union(*body_ties) if body_ties else set()

    def loose(fact: Fact) -> bool:
        town = fact.partner.katottg
        if not fact.partner.domestic or in_body(fact) or not town or town in body_sides:
            return False
        return any(
            fact.ua.katottg in tie and any(side and side[:4] == town[:4] for side in tie) for tie in body_ties
        )  # a code's first four characters name its oblast

    return [fact for fact in facts if not loose(fact)]


def _told_in_the_body(fact: Fact, title_end: int, sentences: list[Sentence]) -> bool:
    """Some sentence of the fact's evidence stands below the title."""
    return any(sentences[index].start >= title_end for index in fact.sentence_indexes)


def _sounds_alike(one: Partner, other: Partner) -> bool:
    return (
        max(
            fuzz.ratio(name_key(one.name_uk), name_key(other.name_uk)),
            fuzz.ratio(name_key(one.name or ""), name_key(other.name or "")),
        )
        >= 80
    )
