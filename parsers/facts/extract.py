"""Partnership facts from one article: Ukrainian hromada ↔ partner place, relation, status, date, evidence.

The article is read sentence by sentence. A sentence that names a tie ("побратимство",
"меморандум", "угода про співпрацю") gives facts when it also names a partner place; the
Ukrainian side is a hromada named in the same sentence or, failing that, the article's own
hromada (portal "Громади:" block, the council site's owner, the title). Places are resolved
gazetteer-first: Ukrainian names through the KATOTTG case-form index (:mod:`parsers.places.ua_places`),
foreign names through GeoNames with country hints from the text (:mod:`parsers.places.world`): a
parenthesis "(Туреччина)", an adjective "з французьким містом", an administrative word "ґміна";
those cues, read around each name, live in :mod:`parsers.facts.name_context`.

Each sentence goes candidates → link → verify, and the modules beside this one do the steps:

- :mod:`~parsers.facts.evidence`: whether a sentence can hold a fact at all (a tie word with a status
  cue, or words that say a tie exists);
- :mod:`~parsers.facts.ua_side` and :mod:`~parsers.facts.name_filters`: the Ukrainian side named through
  an office or adjective, and spans that look like a partner's name but are not;
- :mod:`~parsers.facts.pairing` and :mod:`~parsers.facts.domestic`: candidate pairs (by dash, by
  position, to the nearest side, from the hromada's own list, between two hromadas);
  :mod:`~parsers.facts.sections`: the entries of a partner page set out under headings;
- :mod:`~parsers.facts.links`: the link that ties a candidate's two sides, or none (then no fact);
- :mod:`~parsers.facts.clauses`, :mod:`~parsers.facts.cues`, :mod:`~parsers.facts.dates`: relation,
  status and date from the partner's own clause, its sentence and the story around it;
- :mod:`~parsers.facts.merging`: one fact per pair in an article.

This module keeps the reading order and the place lookups (with their per-article memory).
"""

from __future__ import annotations

import dataclasses
import gc
import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache, partial

from parsers.facts.around import HROMADA_KINDS, KIND_WORD, OFFICE_OF_A_KIND, Around, ArticleContext
from parsers.facts.clauses import (
    THE_SAME_YEAR,
    clause_cues,
    clause_of,
    clause_with_its_relative,
    clauses_of,
    ended_in_another_item,
    only_anothers_ending,
    relative_clause_after,
    relative_clause_span_after,
    said_to_go_on,
    since_year,
    told_in_another_clause,
    without_untied_relatives,
)
from parsers.facts.cues import (
    A_YEAR_NUMBER,
    RELATION_RANK,
    STATUS_RANK,
    alleged_from,
    an_anniversary_of_another_tie,
    event_date_of,
    is_refusal,
    names_a_tie,
    names_the_signed_document,
    never_existed,
    not_even_talks,
    only_on_a_condition,
    plan_dropped,
    refuted_from,
    relation_of,
    status_of,
    talks_came_to_nothing,
    without_the_documents_own_dates,
)
from parsers.facts.dates import (
    SIGNING,
    Occasion,
    after_the_article,
    ahead_of_the_article,
    date_from_partner_story,
    date_from_story,
    date_of_the_occasion,
    lists_pairs,
    relation_from_partner_story,
    relation_of_the_storys_agreements,
    status_told_after,
    the_storys_occasion,
)
from parsers.facts.domestic import domestic_beside_foreign, domestic_pairs
from parsers.facts.evidence import (
    LATIN_NAME,
    REGION_PHRASE,
    implied_status,
    may_hold_a_fact,
    may_state_a_fact,
)
from parsers.facts.holders import HeadOfTown, holder_named
from parsers.facts.links import (
    SAID_WITH,
    STRENGTH,
    WITH,
    Link,
    governed_by,
    governing_preposition,
    in_an_elliptical_clause,
    in_its_relative_clause,
    may_link_to_the_owner,
    years_respectively,
)
from parsers.facts.merging import (
    merge_fact,
    more_precise,
    without_co_signers_as_partners,
    without_districts_of_their_seats,
    without_joint_title_sides_the_body_narrows,
    without_owner_defaults_for_anothers_partner,
    without_spelling_variants,
    without_title_cities_of_a_district,
    without_title_items_the_body_gives_others,
    without_title_seats,
    without_title_short_forms,
    without_title_sides_the_body_replaces,
    without_title_towns_for_a_hromada_of_their_oblast,
)
from parsers.facts.model import (
    Fact,
    Found,
    PairCandidate,
    Partner,
    UaSide,
    domestic_partner,
    partner_of,
    side_of_mention,
)
from parsers.facts.name_context import (
    CITY_WORDS,
    COUNTRY_THEN_NAME,
    GENITIVE_REGION_WORDS,
    LIES_IN_REGION,
    NAME_IN_ITS_REGION,
    NAME_THEN_BRACKETED_REGION,
    NAME_THEN_COUNTRY,
    NAME_THEN_REGION,
    REGION_OF_THE_NAME,
    SURNAME,
    WORD,
    Hint,
    a_unit_of_its_own,
    all_common_words,
    follows_a_district_noun,
    foreign_cue_before,
    foreign_location_after,
    hints,
    in_country_name,
    in_where_clause,
    inside_parentheses,
    is_first_name,
    is_location,
    name_spans,
    nominative_adjective,
    preceding_words,
    region_noun,
    ua_raion_keys,
)
from parsers.facts.name_filters import (
    PERSON_ROLES,
    SPACED_DASH_IN_NAME,
    after_a_foreign_office,
    after_a_natural_feature,
    after_plural_unit,
    in_an_office_holders_name,
    inside_a_quoted_name,
    joined_spans,
    may_be_place_name,
    named_besides,
    names_after_an_office,
    names_an_office_unit,
    names_days_of,
    of_another_party,
    set_aside,
    where_guests_come_from,
    where_its_subjects_are,
    where_someone_works,
    with_two_word_towns,
    written_as_other_name,
)
from parsers.facts.name_forms import (
    case_stem,
    may_name,
    names_stem,
    same_name_word,
    same_surname,
    stem_positions,
)
from parsers.facts.owner_list import an_entry_of_a_partner_list, line_of, opens_its_line, owner_list_in
from parsers.facts.pairing import (
    ANY_PREPOSITION,
    DASH_PAIR_LIST,
    a_pronoun_beside_a_towns_head,
    acting_sides_only,
    bare_hromada_subject,
    dated_confidence,
    distinct_sides,
    in_own_clause,
    link_confidence,
    outside_the_list,
    owner_list_candidates,
    owner_may_be_meant,
    owners_unclaimed_partners,
    pair_by_position,
    pronoun_subject,
    relinked_by_other_mention,
    side_of_something_else,
    there_they_act,
)
from parsers.facts.retractions import (
    with_acts_the_title_tells,
    with_acts_told_next,
    with_endings_told_later,
    with_the_documents_ending_told_next,
    without_documents_denied_next,
    without_plans_dropped_later,
    without_title_ties_the_body_denies,
    without_turned_down_endings,
)
from parsers.facts.sections import Heading, partner_sections, section_entry_candidates
from parsers.facts.sentences import Sentence, per_sentence, split_sentences
from parsers.facts.speakers import (
    a_foreign_office_speaks_of_its_town,
    a_foreign_office_speaks_on,
    a_foreign_town_speaks,
    a_foreign_towns_clause,
    a_guest_is_named_after,
    answers_for_a_foreign_town,
    foreign_officers_in,
    its_own_ties_clause,
    quote_containing,
    speaks_of_their_town,
    topics_of_the_town_with_ties,
)
from parsers.facts.tables import tables_as_lists
from parsers.facts.ua_side import (
    AREA_NOUN,
    hromada_mention,
    hromada_of_code,
    kind_of_hromada,
    names_a_head_by_office_alone,
    names_a_hromada,
    office_suits,
    part_of_other_name,
    with_coordinated_hromadas,
    with_elliptical_hromadas,
    with_hromadas_by_their_kind,
    with_office_hromadas,
    with_ourselves,
    with_owners_head,
    with_the_head_after_its_colon,
    with_the_head_quoted_as_we,
    with_the_speaker_before_the_quote,
    with_ukrainian_ones_listed,
    without_tails_of_other_names,
)
from parsers.facts.vocabulary import (
    ADJ,
    DOCUMENT_NOUN,
    FOREIGN_HEAD_STEMS,
    HOLDS_TALKS,
    OBLAST_ACTS,
    OTHER_PARTY,
    SPEECH_VERB,
    TALKS_GO_ON,
    TOWN_HEAD,
    VISIT_NOUN_STEMS,
    VISIT_VERB_STEMS,
    has_finite_verb,
    is_adjective,
    is_place_adjective,
    modifies_a_noun,
    names_a_bond,
)
from parsers.morphology import (
    has_common_noun_reading,
    is_given_name,
    is_nominative_given_name,
    is_pronoun,
    parses,
)
from parsers.places.foreign import EXACT, MUCH_BIGGER, ForeignPlace, resolve_foreign, unit_level
from parsers.places.katottg import load_codifier
from parsers.places.ua_places import UaMention, UaPlaces, load_ua_places
from parsers.places.world import (
    LOWERCASE_BY_CHOICE,
    World,
    WorldPlace,
    adjective_stems,
    clean_span,
    latin_fold,
    lemma_candidates,
    load_world,
    nominative_guess,
)
from parsers.records import Article
from parsers.text import name_key, normalize_text

_ACTS = frozenset({"signed", "renewed", "terminated"})
"""Statuses told as an act done on a day, which the sentences around may date."""

_OBLAST_PHRASE = re.compile(
    r"[А-ЯІЇЄҐ][\w'-]+(?:ської|цької|зької|ська|цька|зька|ській|цькій|зькій|ською|цькою|зькою)\s+(?:області|область|обл\.)"
    r"|(?:на|з|із|зі)\s+[А-ЯІЇЄҐ][\w'-]+(?:щин[аиіу]|ччин[аиіу])|[А-ЯІЇЄҐ][\w'-]+(?:щини|ччини)"
)
_THE_UKRAINIAN_HROMADA = re.compile(r"Українськ\w*\s+громад\w*")
"""A sentence that opens with "Українська громада" (no kind, no oblast): "the Ukrainian hromada", the one
the story is about, as often as the hromada of that name; no side by itself."""
_A_SIGNING_WITH_NO_SUBJECT = re.compile(
    rf"\s*(?:[\w'’-]+\s+){{0,2}}?{DOCUMENT_NOUN}\w*\s+(?:про\s+[\w'’-]+\s+)?(?:з|із|зі)\s+[^.;:!?]{{1,80}}?\s"
    r"(?:підписали|уклали)\b(?!\s+(?:[\w'’-]+\s+){0,2}?(?-i:[А-ЯІЇЄҐ]))",
    re.IGNORECASE,
)
"""A fronted document with its partner and a plural verb with no subject ("Угоду з Y підписали у <рік>"):
the hromada the sentence before named signed it (not when a subject follows the verb)."""
_TALKS_WITH_NO_SUBJECT = re.compile(
    r"\s*(?:(?:ще|а|також|тим\s+часом)\s+)?(?:з|із|зі)\s+[^.;:!?]{1,80}?\s"
    r"(?:триває|тривають|ведуться|йдуть|почалася|почалися|розпочалася|розпочалися)\s+"
    rf"(?:підготовка\s+(?:{DOCUMENT_NOUN}|документ)|переговори|перемовини)",
    re.IGNORECASE,
)
"""A fronted partner and talks or a document's preparation with no subject ("З Y тривають переговори"):
the talks of the hromada the sentence before named."""
_RAION_PHRASE = re.compile(
    r"\b([А-ЯІЇЄҐ][\w'’-]+(?:ськ|цьк|зьк)(?:ий|ого|ому|ім|им))\s+район\w*"
    r"|\b(?:на|з|із|зі|по|громад\w*)\s+([А-ЯІЇЄҐ][\w'’-]+?)(щин|ччин)(?:а|и|і|у|ою)\b"  # "громадами X-щини"
)


def _oblasts_of_raions_named(text: str) -> set[str]:
    """The oblasts of the raions the text names, by adjective ("Лозівського району") or by the area's noun
    ("на X-щині"), when the raion's name is one oblast's only, and the raion itself when its name is one
    raion's only: which of two same-named hromadas the article means (the oblast a raion lies in, like
    the oblast named outright; the raion, for two namesakes of one oblast)."""
    from parsers.morphology import adjective_form
    from parsers.places.katottg import raion_codes_by_key

    found: set[str] = set()
    for match in _RAION_PHRASE.finditer(text):
        if match.group(1):
            nominative = adjective_form(match.group(1))
        else:
            nominative = match.group(2) + ("цький" if match.group(3) == "ччин" else "ський")
        oblasts = _raion_oblasts().get(name_key(nominative), frozenset())
        if len(oblasts) == 1:
            found |= oblasts
            raions = raion_codes_by_key().get(name_key(nominative), frozenset())
            found |= raions if len(raions) == 1 else frozenset()
    return found


@lru_cache(maxsize=1)
def _raion_oblasts() -> dict[str, frozenset[str]]:
    """Each raion's oblast code, by the key of the raion's short name (a name two oblasts share has both)."""
    from parsers.places.katottg import raion_prefixes_by_key

    by_prefix = {
        unit.katottg[:4]: unit.katottg for unit in load_codifier().units.values() if unit.level == "oblast"
    }
    return {
        key: frozenset(by_prefix[prefix[:4]] for prefix in prefixes if prefix[:4] in by_prefix)
        for key, prefixes in raion_prefixes_by_key().items()
    }


_UA_REGION_SHAPE = re.compile(
    r"щин|ччин|^Крим|^Закарпат|^Буковин|^Поділл|^Волин|^Донбас|^Галичин|^Слобожан|^Таврі"
)
# The body that governs a region and signs for it: "самоврядування Тракайського району".
_REGION_BODY_BEFORE = re.compile(
    r"\b(?:самоврядуванн\w*|муніципалітет\w*|адміністраці\w*)\s+$", re.IGNORECASE
)
# Region units that belong to one country's system: the region phrase names that country.
_UNITS_OF_ONE_COUNTRY = ("воєводств", "воєводськ", "жудец", "ландкрейс", "кантон")
"""A unit only one country has, by its noun or, for the voivodeship, its adjective ("X-ське воєводське
управління")."""
_COUNTRY_OF_UNIT = re.compile(rf"\b(?=[А-ЯІЇЄҐ]){ADJ}\s+(?:{'|'.join(_UNITS_OF_ONE_COUNTRY)})\w*")


_NOT_ASKED = object()
"""A memo's mark for a question not asked yet (its answer may be None)."""
_HARD_CONSONANT_END = re.compile(r"^[А-ЯІЇЄҐ][а-яіїєґ'’]{2,}[бвгґдзклмнпрстфхцжчш]$")
"""One word ending in a hard consonant: maybe the endless genitive plural of a town named in the plural."""
_COUNTRY_TOWN_OPENS = re.compile(
    r"\s*(?:(?:а|і|й|та|адже|бо)\s+)?([А-ЯІЇЄҐа-яіїєґ'’-]+(?:ське|цьке|зьке|ська|цька|зька))\s+"
    r"(?:місто|містечко|ґміна|гміна|громада|муніципалітет)\b"
)


def _a_surname_at(text: str, end: int) -> bool:
    """The capitalised word after ``end`` is read first as a surname by the dictionary."""
    word = _NEXT_CAPITALISED.match(text, end)
    if word is None:
        return False
    reading = parses(word.group(1).lower())[0]
    return reading.is_known and "Surn" in reading.tag.grammemes


_NEXT_CAPITALISED = re.compile(r"\s+([А-ЯІЇЄҐ][\w'’-]+)")
_TOWN_COUNCIL = re.compile(
    r"\b([А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ськ|цьк|зьк)(?:им|ого|ому|ий|ої|ою|ій|а))\s+"
    r"(?:міськвиконком|міськ\w*\s+(?:рад|виконавч\w*\s+комітет)|муніципалітет|мері)\w*"
)
"""A town's council named by the town's adjective: "X-ським міськвиконкомом", "X-ською міською радою"."""
_WHOLE_NAME_SCORE = 0.92
"""How close a run of words must sound to one gazetteer place to be read whole, not as a town and a name."""
_NAMES_A_DOCUMENT = re.compile(rf"\b{DOCUMENT_NOUN}", re.IGNORECASE)
"""A sentence that names a tie's document."""
_TELLS_WHO_SPEAKS = re.compile(rf"\b{SPEECH_VERB}", re.IGNORECASE)
"""A sentence that tells someone spoke ("X-ський сільський голова нагадав, як …")."""
_THIS_PLACE = re.compile(
    r"\b(?:з|із)\s+((?:цим|цією)\s+(?:[а-яіїєґ'’-]+(?:ським|цьким|зьким|ською|цькою|зькою)\s+)?"
    r"(?:містом|містечком|гміною|ґміною|муніципалітетом|комуною))\b"  # "з цим (литовським) містом"
    r"|\b(?:угод|договір|договор|меморандум)\w*\s+(?:про\s+[\w'’-]+\s+)?(?:з|із)\s+(ним|нею)\b"
    # the signing verb right before "з ним" and the document right after it
    r"|\b(?:підпис|уклас|уклад|уклал|уклав)\w*\s+(?:з|із)\s+(ним|нею)\s+(?:угод|договір|договор|меморандум)",
    re.IGNORECASE,
)
"""A tie "з цим містом", "угоду про партнерство з ним", "підписати з ним меморандум": with the place the
sentence before named."""
_A_TOWN_BY_ITS_COUNTRY_SIGNS = re.compile(
    r"\b(?:та|і|й)\s+(?P<town>(?P<adjective>[а-яіїєґ'’-]+(?:ське|цьке|зьке))\s+(?:місто|містечко))\s+"
    r"(?:\S+\s+)?(?:уклали|підписали)\b"
)
"""A hromada and "чеське місто" as the two subjects of a signing: a town referred back to by its country."""
_KNOWN_TOWN = 15_000
"""A town this big may be named without its country (a country the article names decides otherwise)."""
_ONE_MORE_NAME_THEN_END = re.compile(r"\s+[А-ЯІЇЄҐ][\w'’-]+(?=\s*[,.;:)—–]|\s+(?-i:[а-яіїєґ]))")
"""One more capitalised word after the span, then no third: "мер Ім'я Прізвище та …", a holder's name."""
_NAMESAKE_SCORE = 0.9
"""A namesake's match as close as an alternate name in an oblique case."""


_UNKNOWN_THERE = Partner("", None, None, None, None, "city", False)
"""The answer for a name the article placed in a region where the gazetteer has no such place."""


_OBLAST_BODY = re.compile(r"рад|адміністрац|ОДА|ОВА")


# "меморандуми агентство підписало з X, Y та Z": a body (an agency, a fund, a ministry) signed with them;
# the places it signed with are its partners, not partners of each other or of the article's hromada.
_A_BODY_SIGNED_WITH = re.compile(
    rf"\b(?-i:{OTHER_PARTY}|агентств\w*|уряд\w*|міністерств\w*|посольств\w*)\s+(?:[\w'’-]+\s+)?(?:підписал|уклал)\w*"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:з|із|зі)\s",
    re.IGNORECASE,
)
_PAIRS_OF_A_PROJECT = re.compile(
    r"\b(?:пілотн\w*\s+)?пар\w*\s+(?:[\w'’-]+\s+)?(?:проєкт|проект|програм|консорціум|ініціатив)\w*|\bпілотн\w*\s+пар",
    re.IGNORECASE,
)
# Words before a hromada's name that make it no side: a diplomat's seat ("консула Латвії у X"), a road's
# ends or end ("траса X – Y", "на шляху до X"), a neighbour described ("громадою, сусідньою з X")
_NOT_A_SIDE_BEFORE = re.compile(
    r"\b(?:консул\w*|посол\w*|посольств\w*|консульств\w*)\s+(?:[\w'’-]+\s+){0,2}?(?:у|в)\s+$"
    r"|\b(?:трас[аиоуі]|автотрас\w*|маршрут\w*|автошлях\w*)\s+(?:[А-ЯІЇЄҐ][\w'’-]*\s+[—–]\s+)?$"
    r"|\b(?:шлях\w*|дорог\w*|трас\w*|маршрут\w*)\s+(?:до|на|від)\s+$"
    r"|\bсусідн\w*\s+(?:з|із|зі)\s+$",
    re.IGNORECASE,
)
_A_HROMADA_ON_BEFORE = re.compile(r"\bгромад\w*\s+(?:на|під|біля|поблизу)\s+$", re.IGNORECASE)
"""A place after "громада на" or "під": where the hromada lies ("сільська громада на Y-щині", "громада під
Y-ом"), not a side."""


def _with_whom(text: str, start: int, end: int) -> bool:
    """The name is the object of "з" in the instrumental, itself or its unit noun ("з містом X",
    "з Y-ською громадою"): with whom, not whence ("колеги з X-а")."""
    at = governing_preposition(text, start, WITH)
    return at is not None and any(SAID_WITH.search(word) for word in text[at:end].split()[1:])


# "…, коли делегація Y планує приїхати до X": where someone goes in a clause of time, no side
_WHERE_SOMEONE_GOES_THEN = re.compile(r",\s+коли\s+[^,.;:]{0,80}?\bдо\s+$", re.IGNORECASE)
# "співпраця з Y та з польськими партнерами сусідньої X-ської громади": X owns the partners the sentence
# names as an object; it is no side of the tie with Y.
_WHOSE_PARTNERS_BEFORE = re.compile(
    r"\b(?:з|із|зі)\s+(?:(?-i:[а-яіїєґ'’-])+\s+){0,2}(?:партнерами|побратимами|містами-(?:партнерами|побратимами))"
    r"\s+(?:(?-i:[а-яіїєґ'’-])+(?:ої|ого|их)\s+){0,2}$",  # the owner in the genitive, its modifiers too
    re.IGNORECASE,
)
# A power plant named after a town ("атомних електростанцій – Хмельницької та X-ської", "X-ської АЕС")
_A_PLANT_AROUND = re.compile(r"\bелектростанц\w*|\bАЕС\b|\bГЕС\b|\bТЕС\b")


def _a_clause_subject(text: str, mention: UaMention) -> bool:
    """The hromada's name, in the nominative, opens a clause after a comma and a finite verb follows it
    (", X остаточно розірвав зв'язки з Y"): the subject of a clause of its own."""
    if not _A_COMMA_BEFORE.search(text, max(0, mention.start - 3), mention.start):
        return False
    after = _TWO_WORDS_AFTER.match(text, mention.end)
    return after is not None and has_finite_verb(after.group(1))


_A_COMMA_BEFORE = re.compile(r",\s*$")
_TWO_WORDS_AFTER = re.compile(r"\s+((?:[а-яіїєґ'’]+\s+)?[а-яіїєґ'’]+)")
_A_NAMED_SUBJECT_ACTS = re.compile(
    # a name, or a country's adjective and a unit's noun ("польська ґміна"), then its verb of a tie
    r"(?:(?<![\w'’-])[А-ЯІЇЄҐ][\w'’-]+|\b[а-яіїєґ'’]+(?:ськ|цьк|зьк)\w+\s+(?:ґміна|гміна|місто|муніципалітет|комуна))"
    r"\s+(?:вже\s+|давно\s+|також\s+)?"
    r"(?:ма(?:є|ють|ла|ло|в)|підписа(?:в|ла|ло|ли)|уклал[аио]?|уклав|співпрацю(?:є|ють)|побратим\w+)\b"
)
# A hromada named by its adjective right before a town's name: the town is where it lies, no side.
_A_HROMADA_BEFORE = re.compile(r"(?:ська|цька|зька)\s+(?:(?:міськ|селищн|сільськ)\w+\s+)?громад[аиіу]\s+$")
# "… голова — про партнерів і X": what the title's speaker speaks of (no full stop or colon between)
_SPOKEN_ABOUT = re.compile(r"\bпро\s[^:;.!?]*$")
_SET_AGAINST_BEFORE = re.compile(r"\b(?:а|але)\s+не\s+$", re.IGNORECASE)
# "як і X": a hromada named for comparison, not a side
_AS_ALSO_BEFORE = re.compile(r"\b(?:як|так\s+само\s+як)\s+(?:і|й)\s+$", re.IGNORECASE)
_ITS_RELATIVE_CLAUSE_AFTER = re.compile(r"[\w'’-]*\s*,\s*(?:що|який|яка|яке)\s", re.IGNORECASE)
_A_BODY_OF_TOWNS_AFTER = re.compile(r"\s+(?:[Мм]етрополі|[Аа]гломераці)\w*")
_SUBJECT_OF_AN_ELLIPTICAL_CLAUSE = re.compile(
    r"\s+[—–]\s+(?:[\w'’-]+\s+)?(?:меморандум|угод|договір|договор|лист|деклараці)\w*\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:з|із|зі)\s",
    re.IGNORECASE,
)


def _a_foreign_holders_ties(text: str, foreign: list[Found]) -> tuple[int, int] | None:
    """Where a foreign place stands as the subject that has partners ("X має кількох побратимів",
    "Сама X має закордонних друзів"): (its start, the end of the words); what follows is its ties."""
    for found in foreign:
        if (has := _HAS_PARTNERS.match(text, found.stop)) is not None:
            return found.start, has.end()
    return None


_HAS_PARTNERS = re.compile(
    r"(?:\s*\([^()]{0,40}\))?\s+(?:вже\s+|також\s+|і\s+)?ма(?:є|ла|ло)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:побратим|партнер|друз)\w*"
)


def _an_oblasts_own_clause(
    text: str, clauses, partner_at: int, ua_at: int | None, oblast_ends: Sequence[int] = ()
) -> bool:
    """The partner stands in a clause whose subject is an oblast acting (its name, its body, or its
    region's name: "Прикарпаття підписало меморандум з …"), and the Ukrainian side stands in another
    clause: the oblast's own tie, not the side's."""
    clause = clause_of(clauses, partner_at)
    if clause is None:
        return False
    if ua_at is not None and clause[0] <= ua_at < clause[1] and not is_location(text, ua_at):
        return False  # the side in the clause, unless only where ("за день до підписання в X, …")
    return OBLAST_ACTS.search(text, clause[0], partner_at) is not None or any(
        clause[0] <= end < partner_at and _ITS_TIE_VERB.match(text, end) for end in oblast_ends
    )


def _sides_by_ordinal(text: str, ua_mentions: list[UaMention]) -> list[str] | None:
    """The hromadas an ordinal list after them points to in order ("A та B підписали угоди …: перша — з
    X, друга — з Y"): the distinct hromadas named before the first ordinal, when there are several."""
    first = _AN_ORDINAL.search(text)
    if first is None:
        return None
    before = sorted((m for m in ua_mentions if m.end <= first.start() and m.katottg), key=lambda m: m.start)
    named = list(dict.fromkeys(m.katottg for m in before))  # in the order the text names them
    return named if len(named) > 1 else None


def _gapped_units(text: str, ua_mentions: list[UaMention]) -> dict[int, tuple[int, int, int]]:
    """ "A-ська громада з X, B-ська — з Y" (the verb said once, or not at all): when several hromadas of a
    sentence are each followed right away by a "з"-partner, each unit's (partner start, unit start, unit
    end), keyed by where its hromada stands; a unit runs to the next one, the last to its clause's end."""
    followed = [(m.start, at) for m in ua_mentions if (at := _own_partner_at(text, m.end)) is not None]
    if len(followed) < 2:
        return {}
    units = {}
    for index, (side, partner) in enumerate(followed):
        if index + 1 < len(followed):
            end = followed[index + 1][0]
        else:  # a unit in brackets ends with them; else at the clause's first comma
            closing = (_BRACKET_CLOSES if "(" in text[side:partner] else _END_OF_A_LAST_UNIT).search(
                text, partner
            )
            end = closing.end() if closing else len(text)
        units[side] = (partner, side, end)
    return units


def _own_partner_at(text: str, end: int) -> int | None:
    """Where the partner right after a hromada starts, when "з" governs it in the instrumental (with whom),
    not the genitive ("X-ська громада з Y-щини": where the hromada is from)."""
    after = _ITS_OWN_PARTNER_NEXT.match(text, end)
    if after is None or not text[after.end() : after.end() + 1].isupper():
        return None
    said_with = after.group("modifiers") and _INSTRUMENTAL_END.search(after.group("modifiers").rstrip())
    name = _NAME_AT.match(text, after.end())
    return after.end() if said_with or (name and _INSTRUMENTAL_END.search(name.group(0))) else None


def _date_of_a_unit(
    text: str, units: dict[int, tuple[int, int, int]], side: int, published: date | None
) -> str | None:
    """A gapped unit's own date ("A з X — 14 листопада, B з Y — 21 листопада"), else the date the rest of
    the sentence tells, without the other units' own words."""
    _, start, end = units[side]
    own = event_date_of(text[start:end], published)
    if own is not None:
        return own
    rest, at = [], 0
    for _, other_start, other_end in sorted(units.values(), key=lambda unit: unit[1]):
        if other_start != start:
            rest.append(text[at:other_start])
            at = other_end
    rest.append(text[at:])
    return event_date_of(" ".join(rest), published)


# right after a hromada: maybe its kind's adjective or an aside in brackets, then "з" opening a partner
_ITS_OWN_PARTNER_NEXT = re.compile(
    r"(?:\s+(?:міськ|сільськ|селищн)(?:а|ої))?\s*(?:\([^()]{1,30}\)\s*)?(?:\(\s*)?(?:[—–]\s*)?(?:з|із|зі)\s+"
    r"(?P<modifiers>(?:[а-яіїєґ'’-]+\s+){0,2})"
)
_INSTRUMENTAL_END = re.compile(r"(?:ом|ем|єм|ою|ею|єю|ами|ями|им|ім|[бвгґджзклмнпрстфхцчшщь]ю)$")
_NAME_AT = re.compile(r"[\w'’-]+")
_END_OF_A_LAST_UNIT = re.compile(r"[,;)]")
_BRACKET_CLOSES = re.compile(r"\)")


def _side_by_ordinal(text: str, partner_at: int, sides: list[str]) -> str | None:
    """The code of the hromada the ordinal right before the partner points to, of ``sides``."""
    ordinal = _AN_ORDINAL_BEFORE.search(text, max(0, partner_at - 60), partner_at)
    if ordinal is None:
        return None
    index = _ORDINAL_STEMS.index((ordinal.group(1) or ordinal.group(2)).lower()[:4])
    return sides[index] if index < len(sides) else None


_ORDINAL_STEMS = ("перш", "друг", "трет", "четв")
# "перша — з X", "друга — лист про наміри з Y": an ordinal, a dash, maybe the document, then its partner
_ORDINAL_DASH_WITH = (
    r"(?:\b(перш|друг|трет|четв)\w*\s*[—–]\s*(?:[\w'’-]+\s+){0,5}?(?:з|із|зі)"
    # "A та B …: перша в січні підписала з X …, друга — …": after a colon, comma or dash, the ordinal its
    # subject
    r"|(?<=[:,;—–]\s)(перш|друг|трет|четв)(?:а|ий|е)\s+(?:[\w'’-]+\s+){0,6}?(?:з|із|зі))\s"
)
_AN_ORDINAL = re.compile(_ORDINAL_DASH_WITH, re.IGNORECASE)
_AN_ORDINAL_BEFORE = re.compile(_ORDINAL_DASH_WITH + r"+(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)
_A_REGIONAL_AGREEMENT_BEFORE = re.compile(
    r"\b(?:між)?регіональн\w*\s+(?:угод|меморандум|договір|договор|співпрац)\w*\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:з|із|зі)\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_ITS_TIE_VERB = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:підписал|уклал|уклав|поріднил|побратал)\w*")


# A hromada's adjective that, coordinated with another, is an oblast's: "X-ська та Y-ська обласні …"
_AN_OBLASTS_ADJECTIVE_AFTER = re.compile(
    r"(?:\s+(?:та|і|й)\s+[А-ЯІЇЄҐ][\w'’-]+(?:ська|цька|зька))?\s+обласн(?:і|а|ої|ою|ій|их)\b"
)
_CLAUSE_AFTER_A_COLON = re.compile(r"(?<=:\s)[а-яіїєґ]")


def _named_after_a_unit_noun(text: str, name: str) -> bool:
    """The article writes the name, as it stands, right after a foreign town's unit noun somewhere ("гміни
    X", "місто X"): a place's name, whatever the word means in the dictionary."""
    return (
        re.search(rf"\b(?:ґмін|гмін|міст|містечк|муніципалітет|комун)\w*\s+{re.escape(name)}\b", text, re.I)
        is not None
    )


def _the_sites_own(context: ArticleContext) -> str | None:
    """The code of the council site's own hromada, none on a news page."""
    return context.owner.katottg if context.site_owner and context.owner else None


def _namesakes_as_the_article_names_them(
    text: str, mentions: list[UaMention], named: dict[str, frozenset[str]], owner: str | None = None
) -> list[UaMention]:
    """A hromada a sentence names by a name several hromadas share ("а X-ська — з Y") is the one of that
    name the article names as a hromada elsewhere (with its kind, "X-ська сільська"), when it names no
    other of them; not when the sentence places it itself, by its raion or oblast right after it, nor
    when it is the site's own hromada (a council site's "X-ська (сільська) громада" is itself)."""
    replaced = []
    for mention in mentions:
        if owner is not None and mention.katottg == owner:
            replaced.append(mention)
            continue
        adjective = (mention.hromada_name_uk or "").split(" ")[0]
        codes = frozenset(
            code for name, found in named.items() if name.split(" ")[0] == adjective for code in found
        )
        if (
            mention.kind == "hromada"
            and len(codes) == 1
            and mention.katottg not in codes
            and not _ITS_RAION_OR_OBLAST_AFTER.match(text, mention.end)
        ):
            mention = _as_namesake(mention, next(iter(codes)))
        elif mention.kind == "settlement" and mention.candidates > 1 and mention.settlement_uk:
            mention = _as_the_named_hromadas_centre(mention, named)
        replaced.append(mention)
    return replaced


def _namesakes_as_the_office_names_them(text: str, mentions: list[UaMention]) -> list[UaMention]:
    """A hromada named by a shared adjective with no kind word ("між X-ською громадою і Y") is the one
    whose head the same sentence names with the kind of its hromada ("X-ський сільський голова")."""
    offices = {
        _adjective_stem(m.text): m.katottg
        for m in mentions
        if m.kind == "hromada" and m.katottg and OFFICE_OF_A_KIND.match(text, m.end)
    }
    if not offices:
        return mentions
    replaced = []
    for mention in mentions:
        code = offices.get(_adjective_stem(mention.text.split()[0])) if mention.text else None
        if (
            mention.kind == "hromada"
            and mention.candidates > 1
            and code
            and mention.katottg != code
            and not KIND_WORD.search(mention.text)
        ):
            mention = _as_namesake(mention, code)
        replaced.append(mention)
    return replaced


def _adjective_stem(word: str) -> str:
    """A hromada adjective's stem before its suffix, the same in every case and gender."""
    return _ADJECTIVE_SUFFIX.sub("", word.lower())


_ADJECTIVE_SUFFIX = re.compile(r"(?:ськ|цьк|зьк)\w*$")


def _namesakes_by_an_oblast_named_beside(
    text: str, mentions: list[UaMention], context: ArticleContext
) -> list[UaMention]:
    """A hromada named by a name several hromadas share is the one in the oblast the article names right
    after its adjective anywhere ("… та X-ською на Y-щині" … "З X-ською громадою уклали угоду"), when
    that oblast holds one of them; not when the sentence places it itself, by its raion or oblast right
    after it (the finder has read that place)."""
    if not any(m.kind == "hromada" and m.candidates > 1 for m in mentions):
        return mentions
    codifier = load_codifier()
    own = _the_sites_own(context)  # a council site's own hromada is itself, whatever namesake is placed
    replaced = []
    for mention in mentions:
        if (
            mention.kind == "hromada"
            and mention.candidates > 1
            and mention.hromada_name_uk
            and mention.katottg != own
            and not _ITS_RAION_OR_OBLAST_AFTER.match(text, mention.end)
        ):
            beside = _oblasts_named_after(context, mention.text.split()[0])
            unit = codifier.hromada(mention.hromada_name_uk, beside) if beside else None
            if unit is not None and unit.katottg and unit.katottg != mention.katottg:
                mention = _as_namesake(mention, unit.katottg)
        replaced.append(mention)
    return replaced


_ITS_RAION_OR_OBLAST_AFTER = re.compile(
    r",?\s+(?:[А-ЯІЇЄҐ][\w'’-]+(?:ського|цького|зького|ської|цької|зької)\s+(?:району|області)\b"
    r"|на\s+[А-ЯІЇЄҐ][\w'’-]+(?:щині|чині)\b)"
)
"""A raion or an oblast placing the hromada named just before ("X-ська громада Y-ського району")."""


def _oblasts_named_after(context: ArticleContext, adjective: str) -> frozenset[str]:
    """The oblasts the article names right after a case form of the adjective ("X-ською на Y-щині",
    "X-ська громада Y-ської області")."""
    stem = adjective[: max(4, len(adjective) - 3)].lower()
    return frozenset(
        m.katottg
        for m in context.mentions
        if m.kind == "oblast"
        and m.katottg
        and (words := _WORDS_BEFORE_AN_OBLAST.search(context.text, max(0, m.start - 60), m.start)) is not None
        and words.group(1).lower().startswith(stem)
    )


_WORDS_BEFORE_AN_OBLAST = re.compile(
    r"([А-ЯІЇЄҐ][\w'’-]+)\s+(?:(?:міськ|сільськ|селищн)\w*\s+)?(?:громад\w*\s+)?(?:(?:на|у|в|з)\s+)?$"
)


def _as_the_sites_own(candidate: PairCandidate, context: ArticleContext) -> PairCandidate | None:
    """The candidate read as the site's own hromada's, unnamed (as its own words speak of it: "нашої
    громади"), when the side the sentence names is that hromada."""
    owner = context.owner
    if not (context.site_owner and owner and owner.katottg) or candidate.ua_run is None:
        return None
    if candidate.ua.katottg != owner.katottg or candidate.found.partner.domestic:
        return None
    return dataclasses.replace(candidate, ua=owner, ua_run=None, position=None, dash=False)


def _as_the_named_hromadas_centre(mention: UaMention, named: dict[str, frozenset[str]]) -> UaMention:
    """A town several hromadas have a settlement of that name of is the seat of the one hromada the
    article names whose seat bears that name ("сесія X-ської сільської ради … між X-ями та Y": the
    village, not the town of that name in another hromada)."""
    units = load_codifier().units
    seats = {
        code
        for codes in named.values()
        for code in codes
        if (unit := units.get(code)) is not None and unit.admin_centre_uk == mention.settlement_uk
    }
    if len(seats) != 1 or mention.katottg in seats:
        return mention
    code = seats.pop()
    return dataclasses.replace(_as_namesake(mention, code), hromada_name_uk=units[code].name_uk,
                               settlement_uk=mention.settlement_uk)  # fmt: skip


def _title_namesakes_as_the_body_names_them(mentions: list[UaMention], title_end: int) -> list[UaMention]:
    """A hromada the title names by a name several hromadas share is the one of that name the body
    names (the lead says which: "X-ська громада Y-ського району"), not the likeliest of the namesakes."""
    body: dict[str, str] = {}
    for mention in mentions:
        if (
            mention.start >= title_end
            and mention.kind == "hromada"
            and mention.hromada_name_uk
            and mention.katottg
        ):
            body.setdefault(mention.hromada_name_uk, mention.katottg)
    return [
        _as_namesake(mention, code)
        if mention.start < title_end
        and mention.kind == "hromada"
        and mention.candidates > 1
        and (code := body.get(mention.hromada_name_uk or "")) is not None
        and code != mention.katottg
        else mention
        for mention in mentions
    ]


_NOT_TO_BE_CONFUSED_WITH = re.compile(
    r"\b(?:не\s+(?:слід|треба|варто|можна)\s+)?(?:не\s+)?(?:плутати|сплутати|плутайте|плутають|плутали|сплутали)\s+"
    r"(?:\S+\s+){0,2}?"  # "не плутати (його громаду) з …"
    r"(?:з|із|зі)\s+[^.;:()—–]+"
    # "X-ська громада на Y-щині не має стосунку до X-ської міської громади на Z-щині"
    r"|\bне\s+ма(?:є|ють)\s+(?:жодного\s+|ніякого\s+)?(?:стосунку|відношення)\s+до\s+[^.;:()—–]+",
    re.IGNORECASE,
)
"""A namesake the text sets apart ("X-ська громада (не плутати з X-ською громадою Y-щини)", "нашу громаду
плутають із X-ською громадою Y-щини"): neither a side nor a clue to which namesake the text means,
except that it is not that one."""


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans blanked out, its offsets kept."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _as_namesake(mention: UaMention, code: str) -> UaMention:
    """The same words read as the namesake hromada of ``code``."""
    units = load_codifier().units
    oblast_code = units[code].oblast_katottg
    oblast = units.get(oblast_code)
    return dataclasses.replace(
        mention,
        katottg=code,
        hromada_name_uk=units[code].name_uk,  # a namesake of another kind ("сільська", not "селищна")
        oblast_katottg=oblast_code,
        oblast_uk=oblast.name_uk if oblast else None,
        settlement_uk=None,
    )


def _continues_the_story(text: str, context: ArticleContext) -> bool:
    """ "Документ підписали: …", "Пари такі: A — X; B — Y" right after a sentence about agreements; or
    "нові пари: A — X та B — Y" beside a sentence that tells all their sides signed."""
    if lists_pairs(text) and context.around.listed_pairs_told is not None:
        return True
    return context.previous_relation is not None and bool(
        names_the_signed_document(text) or DASH_PAIR_LIST.search(text)
    )


class _CachedWorld:
    """The gazetteer's answers memoized: the same words and names recur across sentences and articles."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.country = lru_cache(maxsize=200_000)(world.country)
        self.region_country = lru_cache(maxsize=50_000)(world.region_country)
        self.latin = lru_cache(maxsize=50_000)(world.latin)
        self.unit_countries = lru_cache(maxsize=10_000)(world.unit_countries)
        self._lookup = lru_cache(maxsize=10_000)(world.lookup)
        self._best = lru_cache(maxsize=200_000)(
            lambda span, country, admin1, level: resolve_foreign(
                span, country, level=level, admin1=admin1, world=world, derive=False
            )
        )

    def lookup(self, span: str, country: str | None) -> list[WorldPlace]:
        """The gazetteer's candidates for a name, best first (memoized; not to be changed)."""
        return self._lookup(span, country)

    def big_namesake(self, span: str, place: ForeignPlace) -> bool:
        """Another country has a town of this name, as big as a town known without its country: with
        no country named, the name alone does not say which one the text means."""
        return any(
            other.country_iso2 not in (place.country_iso2, "UA")
            and other.score >= _NAMESAKE_SCORE
            and (other.population or 0) >= _KNOWN_TOWN
            for other in self._lookup(span)
        )

    def resolve_foreign(self, name: str, country: str | None = None) -> ForeignPlace:
        """:func:`parsers.places.foreign.resolve_foreign`, memoized: known or explicitly unknown."""
        return self._best(name, country, None, "city")

    def best(
        self, span: str, country: str | None = None, admin1: str | None = None, level: str | None = None
    ) -> ForeignPlace | None:
        """The one foreign-place resolver's answer when it carries an id (None: unknown place); a region
        (``level``, from the words around the name) never gets a town's id. No level is the town
        level for the resolver, so both share one memo entry."""
        place = self._best(span, country, admin1, level or "city")
        if not place.known:
            return None
        if (
            place.score < EXACT
            and place.country_iso2
            == self.region_country(self._without_country_adjectives(_without_town_unit_words(span)))
            and latin_fold(place.name) != latin_fold(place.admin1_name or "")  # "Šentjur" is "Sentjur"
        ):
            # a region's name, which this town bears only as an alias (no town the region is named after)
            return None
        return place

    def _without_country_adjectives(self, span: str) -> str:
        """The span without a country's adjective that is a word of a town's name ("X Польський"): it says
        which country, not that the name is a region's."""
        words = span.split()
        kept = [word for word in words if not (_COUNTRY_ADJECTIVE_ENDING.search(word) and self.country(word))]
        return " ".join(kept) if kept and len(kept) < len(words) else span


_COUNTRY_ADJECTIVE_ENDING = re.compile(r"(?:ськ|цьк|зьк)(?:ий|а|е|ого|ої|ому|ій|им|ою|і|их)$")
"""The ending of a country's adjective in any case ("Польський", "Словенської")."""


def _without_town_unit_words(span: str) -> str:
    """The span without the words of a town-level unit ("Гміна X", "X Муніципалітет"): such a word says
    the name is a town's, so it must not make the name read as a region's."""
    words = span.split()
    kept = [word for word in words if unit_level(word) != "city"]
    return " ".join(kept) if kept and len(kept) < len(words) else span


def _outside_the_collectors_sweeps() -> None:
    """Move what is loaded so far (the gazetteers, the dictionary) out of the garbage collector's
    sweeps: they live as long as the process, and every full collection of a long run would walk
    them again (about 7 % of the extraction time)."""
    gc.collect()
    gc.freeze()


_WITH_A_CAPITAL = re.compile(r"\b(?:з|із|зі)\s+([А-ЯІЇЄҐ][\w'’-]+)")
_GENITIVE_ADJECTIVE_END = re.compile(r"(?:ого|ої|их)$")
"""A region's adjective ends a run in the genitive ("X Y Z-ської області"): no person's surname."""


class Extractor:
    """Reusable extractor: loads the gazetteers once."""

    def __init__(self, places: UaPlaces | None = None, world: World | None = None) -> None:
        self.places = places or load_ua_places()
        self.world = _CachedWorld(world or load_world())
        self._oblast_of = lru_cache(maxsize=50_000)(self.places.oblast_of)
        self._countries_in = per_sentence(self._countries_in)
        self._word_country = lru_cache(maxsize=200_000)(self._word_country)
        _outside_the_collectors_sweeps()

    def preload(self) -> None:
        """Load the gazetteers' per-country indexes and the dictionary now: a long run pays its
        start-up once."""
        from parsers.morphology import analyzer
        from parsers.places.foreign import preload_latin

        analyzer()
        self.world.world.preload()
        preload_latin(self.world.world)
        ua_raion_keys()
        _outside_the_collectors_sweeps()

    def extract(self, article: Article, owner_katottg: str | None = None) -> list[Fact]:
        text = _article_text(article)
        if not (
            names_a_tie(text) or (names_a_bond(text) and (owner_list_in(text) or _talks_with_a_town(text)))
        ):
            return []  # no word for a tie anywhere: most news, skipped at the cost of one regex
        sentences = split_sentences(text)
        sections = partner_sections(text, sentences)
        if not sections and not any(
            may_hold_a_fact(sentence.text)
            or _act_told_after(text, sentences, index)
            or _talks_with_a_town(sentence.text)
            for index, sentence in enumerate(sentences)
        ):
            return []  # no sentence both names a tie and can give it a status: no place is looked up
        context = self._context(article, text, sentences, owner_katottg)
        context.sections = sections
        facts: dict[tuple[str | None, str], Fact] = {}
        title_end = len(normalize_text(article.title or "").strip())
        told: list[Fact] = []
        read_deferred = partial(self._read_deferred, context)
        for index, sentence in enumerate(sentences):
            is_title = sentence.start < title_end
            context.around = Around(text, sentences, index, context, read_deferred)
            for fact in self._sentence_facts(sentence, context, is_title):
                fact.sentence_indexes = [index]
                told.append(fact)
        told = without_plans_dropped_later(
            without_turned_down_endings(told, text, sentences), text, sentences
        )
        told = with_acts_told_next(told, text, sentences, context.published)
        told = with_acts_the_title_tells(told, sentences, title_end)
        if any(fact.status in ("signed", "renewed") for fact in told):
            naming_a_side = _naming_a_side(context, sentences)
            told = with_endings_told_later(told, sentences, naming_a_side, context.published)
            told = with_the_documents_ending_told_next(
                told, text, sentences, naming_a_side, context.published
            )
        owner_code = context.owner.katottg if context.owner else None
        told = without_co_signers_as_partners(without_owner_defaults_for_anothers_partner(told, owner_code))
        for fact in without_documents_denied_next(told, text, sentences):
            merge_fact(facts, fact)
        found = without_spelling_variants(
            [fact for fact in facts.values() if fact.ua.katottg or fact.ua.name_uk]
        )
        found = without_title_seats(found, title_end, sentences)
        found = without_districts_of_their_seats(found)
        found = without_title_cities_of_a_district(found, title_end, sentences, text)
        found = without_title_towns_for_a_hromada_of_their_oblast(found, title_end, sentences)
        body_sides = {m.katottg for m in context.mentions if m.start >= title_end and m.kind in HROMADA_KINDS}
        found = without_title_sides_the_body_replaces(found, title_end, sentences, body_sides)
        found = without_joint_title_sides_the_body_narrows(found, title_end, sentences)
        found = without_title_items_the_body_gives_others(found, title_end, sentences)
        found = without_title_short_forms(found, title_end, sentences)
        found = without_title_ties_the_body_denies(found, title_end, sentences)
        partner_names = [fact.partner.name_uk for fact in found]
        for fact in found:
            if fact.link == "owner_list" or fact.status not in _ACTS:
                continue  # a list of partners, talks or a plan: not the story of a signing
            about_another = self._about_another_tie(fact, sentences, context, partner_names)
            in_title = [index for index in fact.sentence_indexes if sentences[index].start < title_end]
            for index in [i for i in fact.sentence_indexes if i not in in_title] + in_title:
                if fact.event_date is None or len(fact.event_date) < 10:  # none, or only its year or month
                    story_date = date_from_story(
                        text,
                        sentences,
                        index,
                        context.published,
                        index in in_title,
                        fact.status,
                        about_another,
                        (fact.partner.name_uk, partner_names),
                    )
                    if after_the_article(story_date, context.published):
                        story_date = None
                    if fact.event_date is None or more_precise(story_date, fact.event_date):
                        fact.event_date = story_date  # "з нагоди 20-ї річниці" … "підписали 14 травня <рік>"
        self._dates_from_partner_stories(found, text, sentences, title_end, context)
        _dates_from_the_occasion(found, text, sentences, title_end, context.published)
        self._relations_from_partner_stories(found, sentences, context)
        for fact in found:  # once the dates are settled: an undated fact is less sure
            fact.confidence = dated_confidence(fact.confidence, fact.event_date)
            if fact.status == "in_negotiation" and not _a_decision_told(fact, sentences):
                fact.event_date = None  # when talks began or met is no date of a signing or a decision
        return found

    def _relations_from_partner_stories(
        self, found: list[Fact], sentences: list[Sentence], context: ArticleContext
    ) -> None:
        """A tie read from a bare "угода" takes the kind the story names for this partner's document, else
        the one kind of agreement the story names where it may speak of that document."""
        names = [fact.partner.name_uk for fact in found]
        for fact in found:
            if not fact.relation_told and fact.relation == "cooperation":
                another_side = self._about_another_side(fact, sentences, context)
                partner = fact.partner.name_uk
                told = relation_from_partner_story(
                    sentences, partner, names, _names_its_relation, another_side
                ) or relation_of_the_storys_agreements(sentences, partner, names, another_side)
                fact.relation = told or fact.relation

    def _about_another_tie(
        self, fact: Fact, sentences: list[Sentence], context: ArticleContext, partner_names: list[str]
    ) -> Callable[[int], bool]:
        """Whether a sentence tells another tie's story: it names another Ukrainian side (see
        :meth:`_about_another_side`), or another partner of the article and not this fact's partner
        ("… з A, B та C. Угоду з C підписано <рік>": C's date, not A's)."""
        another_side = self._about_another_side(fact, sentences, context)
        own = case_stem(fact.partner.name_uk)
        others = {stem for name in partner_names if (stem := case_stem(name)) and stem != own}

        def about_another(index: int) -> bool:
            text = sentences[index].text
            if another_side(index):
                return True
            if not own or names_stem(text, own):
                return False
            return any(
                not is_location(text, at) for stem in others for at in stem_positions(text, stem)
            )  # a partner named as where it happened ("підписали у X") tells no other tie

        return about_another

    @staticmethod
    def _about_another_side(
        fact: Fact, sentences: list[Sentence], context: ArticleContext
    ) -> Callable[[int], bool]:
        """Whether a sentence names a Ukrainian hromada other than the fact's two sides, and not its side."""

        def about_another(index: int) -> bool:
            sentence = sentences[index]
            sides = {
                m.katottg
                for m in context.mentions
                if sentence.start <= m.start < sentence.end
                and m.kind in HROMADA_KINDS
                and m.katottg
                and not is_location(sentence.text, m.start - sentence.start)  # a venue is no side
                and not inside_a_quoted_name(context.text, m.start)  # a hotel's «X»: a name
            }
            return bool(sides - {fact.partner.katottg}) and fact.ua.katottg not in sides  # a domestic partner

        return about_another

    def _dates_from_partner_stories(
        self, found: list[Fact], text: str, sentences: list[Sentence], title_end: int, context: ArticleContext
    ) -> None:
        """A signed tie still undated takes the date the story tells of this partner's signing."""
        names = [fact.partner.name_uk for fact in found]
        for fact in found:
            if (fact.event_date is None or len(fact.event_date) == 4) and fact.status == "signed":
                start = max(title_end, sentences[min(fact.sentence_indexes)].start)
                story_date = date_from_partner_story(
                    text,
                    sentences,
                    start,
                    fact.partner.name_uk,
                    names,
                    context.published,
                    self._about_another_side(fact, sentences, context),
                )
                if fact.event_date is None or more_precise(story_date, fact.event_date):
                    fact.event_date = story_date

    def _context(
        self, article: Article, text: str, sentences: list[Sentence], owner_katottg: str | None
    ) -> ArticleContext:
        oblasts = {unit.katottg for unit in article.oblasts if unit.katottg}
        apart = (
            [found.span() for found in _NOT_TO_BE_CONFUSED_WITH.finditer(text)]
            if "плута" in text or "стосунку до" in text or "відношення до" in text
            else []
        )
        scanned = _blanked(text, apart)  # "(не плутати з X-ською громадою Y-щини)": no side, no oblast
        for phrase in _OBLAST_PHRASE.findall(scanned):  # oblasts first, so one scan decides same-name places
            if code := self._oblast_of(phrase):
                oblasts.add(code)
        oblasts.update(_oblasts_of_raions_named(scanned))  # "Лозівського району", "на X-щині" of a raion
        offices = frozenset(
            m.katottg for m in with_office_hromadas(scanned, [], frozenset(oblasts)) if m.katottg
        )  # "X-ський селищний голова": the article names X's hromada, so a bare "X" is its centre
        found = self.places.find(scanned, frozenset(oblasts), owner_katottg, offices)
        found = [m for m in found if not _a_plain_noun_opening_a_sentence(text, m)]
        if apart:
            found = self._not_the_namesakes_set_apart(text, apart, found)
        mentions = _title_namesakes_as_the_body_names_them(
            without_tails_of_other_names(text, found), len(normalize_text(article.title or "").strip())
        )
        oblasts.update(m.katottg for m in mentions if m.kind == "oblast" and m.katottg)
        # the oblast of a hromada the article names beyond doubt decides which of two same-named
        # hromadas an office or an adjective names ("X-ський сільський голова")
        oblasts.update(m.oblast_katottg for m in mentions if _one_hromada(m) and m.oblast_katottg)
        published = date.fromisoformat(article.published[:10]) if article.published else None

        def scan_countries() -> list[str]:
            countries: list[str] = []
            for sentence in sentences:
                for country in self._countries_in(sentence.text):
                    if country not in countries and country != "UA":
                        countries.append(country)
            return countries

        owner = self._owner(article, text, mentions, owner_katottg, frozenset(oblasts))
        context = ArticleContext(
            published, frozenset(oblasts), owner, scan_countries, self.places, self.world
        )
        context.site_owner = owner_katottg is not None
        title_end = len(normalize_text(article.title or "").strip())
        context.foreign_head_answers = owner_katottg is None and _a_foreign_head_answers(text, title_end)
        context.mentions = mentions
        context.with_area_hromadas = partial(self._with_area_hromadas, text, oblasts=frozenset(oblasts))
        context.text = text
        return context

    def _owner(
        self,
        article: Article,
        text: str,
        mentions: list[UaMention],
        owner_katottg: str | None,
        oblasts: frozenset[str],
    ) -> UaSide | None:
        """The article's own hromada: the site owner, the portal's first hromada, or the title's."""
        if owner_katottg:
            return self._side_of_code(owner_katottg)
        for unit in article.hromadas:
            if unit.katottg:
                return self._side_of_code(unit.katottg)
        title = normalize_text(article.title or "").strip()
        ua_in_title = [
            m
            for m in mentions
            if m.kind in HROMADA_KINDS
            and m.katottg
            and m.start < len(title)
            and not _PLACE_OF_SEVERAL.search(title, 0, m.start)
            and not _DIRECTION_FROM.search(title, 0, m.start)
            and not _AT_AN_EVENT.search(title, max(0, m.start - 80), m.start)
            and not (
                _IN_BEFORE_A_NAME.search(title, max(0, m.start - 4), m.start)
                and _AN_EVENT_HELD.match(title, m.end)
            )
            and not _A_HROMADA_ON_BEFORE.search(title, max(0, m.start - 20), m.start)  # "громада на X-і"
            and not part_of_other_name(title, m)  # "громади над X-им Y-ом": a river's name
        ]
        opened = _CLAUSE_AFTER_A_COLON.sub(lambda colon: colon.group(0).upper(), title)
        if ua_in_title and all(_SPOKEN_ABOUT.search(title, 0, m.start) for m in ua_in_title):
            # "X-ський міський голова — про партнерів і Y": Y is what the head speaks of, X the article's
            heads = {m.katottg: m for m in with_office_hromadas(opened, [], oblasts) if m.katottg}
            if len(heads) == 1:
                side = side_of_mention(next(iter(heads.values())))
                side.at = None
                return side
        body_codes = {m.katottg for m in mentions if m.start >= len(title)}
        # of several, the ones the body names again: a title word read as a hromada is seldom repeated
        ua_in_title = [m for m in ua_in_title if m.katottg in body_codes] or ua_in_title
        if ua_in_title:
            # a hromada the title names as one ("X-ська громада") before a bare town name, which may be
            # one of its partners listed with foreign ones ("A, B і C: як X-ська громада …"); of several,
            # the one the body names first ("Від A до B — у X …", the lead opening with X)
            first_in_body = {}
            for mention in mentions:
                if (
                    mention.start >= len(title)
                    and mention.katottg
                    and not _A_PREPOSITION_BEFORE.search(text, max(0, mention.start - 6), mention.start)
                ):
                    first_in_body.setdefault(mention.katottg, mention.start)  # as a subject, not where
            ua_in_title.sort(key=lambda m: (m.kind != "hromada", first_in_body.get(m.katottg, len(title))))
            side = side_of_mention(ua_in_title[0])
            side.at = None  # where the title names it says nothing of where a sentence of the body does
            return side
        # "…: X-ський міський голова про міжнародну співпрацю": an interview with the hromada's head
        # (a clause after the colon is written in lowercase: "…: сквирський міський голова про …")
        heads = {m.katottg: m for m in with_office_hromadas(opened, [], oblasts) if m.katottg}
        if len(heads) == 1:
            side = side_of_mention(next(iter(heads.values())))
            side.at = None
            return side
        if (interviewed := _the_interviewed_hromada(text, len(title), mentions, oblasts)) is not None:
            side = side_of_mention(interviewed)
            side.at = None
            return side
        return None

    def _side_of_code(self, katottg: str) -> UaSide:
        units = load_codifier().units
        unit = units.get(katottg)
        if unit is None:
            return UaSide(katottg, katottg, None, None)
        oblast = units.get(unit.oblast_katottg)
        return UaSide(katottg, unit.name_uk, None, oblast.name_uk if oblast else None)

    def _countries_in(self, text: str) -> list[str]:
        found: list[str] = []
        parts = _WORD_PARTS.split(text)  # text, word, text, word, ..., text: no match object per word
        words = parts[1::2]
        keys = self.world.world.country_word_keys
        lowered = "\x00".join(words).lower().replace("ґ", "г").split("\x00") if words else []
        maybe = [word for word, key in zip(words, lowered, strict=True) if key in keys or not key.isalpha()]
        named = {word: country for word in dict.fromkeys(maybe) if (country := self._word_country(word))}
        for index in [i for i, word in enumerate(words) if word in named] if named else ():
            country, word = named[words[index]], words[index]
            if country in found:
                continue
            start = sum(map(len, parts[: 2 * index + 1]))
            if _after_new(text, start) and not word.startswith("Зеланд"):
                continue  # a region named after an old country ("Нова Шотландія") is not that country
            found.append(country)
        for match in _COUNTRY_PHRASE.finditer(text):
            country = self.world.country(match.group(0))
            if country and country not in found:
                found.append(country)
        # A unit only one country has ("X-ського воєводства"); a plain look for its word first (slow regex)
        units = _COUNTRY_OF_UNIT.finditer(text) if any(u in text for u in _UNITS_OF_ONE_COUNTRY) else ()
        for match in units:
            unit = match.group(0)
            country = "PL" if "воєводськ" in unit else self.world.region_country(unit)
            if country and country != "UA" and country not in found:
                found.append(country)
        return found

    def _word_country(self, word: str) -> str | None:
        """The country one word names: a capitalised name or a place adjective ("польським")."""
        country = self.world.country(word)  # a look-up in memory: before the dictionary's parse
        if not country or not (
            word[0].isupper() or is_place_adjective(word) or LOWERCASE_BY_CHOICE.match(word)
        ):
            return None  # country names are capitalised; a country adjective is a place adjective
        return country

    def _sentence_facts(
        self, sentence: Sentence, context: ArticleContext, is_title: bool = False
    ) -> list[Fact]:
        entry = context.around.section_heading if context.sections else None
        if entry is None and not self._may_tell_a_tie(sentence.text, context):
            return []  # most sentences: decided before any name in them is looked up
        text = self._with_compound_names_joined(sentence.text)
        # "Документ підписали: …" / "Пари такі: A — X; B — Y" after a sentence about the agreements
        continues = _continues_the_story(text, context)
        talks = _talks_with_a_town(text)  # "веде переговори з містом X": no tie word yet
        if _PAIRS_OF_A_PROJECT.search(text):
            return []  # "Пілотні пари проєкту такі: A — X, …": a project's pairs, no ties of their own
        if _A_BODY_SIGNED_WITH.search(text):
            return []  # "аналогічні меморандуми агентство підписало з X, Y та Z": the body's partners
        if not (names_a_tie(text) or owner_list_in(text) or continues or entry or talks) or is_refusal(text):
            return []
        if text.rstrip().endswith("?"):
            return []  # a question asserts no tie ("Чи стала X побратимом Y?", "… з X? Ні, з Y")
        if only_on_a_condition(text):
            return []  # "Якщо депутати вирішать, …, громада розпочне консультації": not yet even talks
        listed = context.around.listed_pairs_told if continues else None
        default_relation = (
            (listed[1] if listed else None)
            or (context.previous_relation if continues else None)
            or "cooperation"
        )
        inherited_status = (
            (listed[0] if listed else None)
            or (context.previous_status if continues else None)
            or context.status_after
        )
        relation = (listed[1] if listed else None) or relation_of(text) or default_relation
        # "Підписано декларації про наміри. Нові партнерства: A — X": the document's kind, when stronger and
        # the sentence names no kind of its own
        floor = context.previous_relation if continues and not document_kind(text) else None
        relation_told = _names_its_relation(text) or (continues and context.previous_relation is not None)
        entry_told = None  # an entry's status told later in its paragraph, and the sentence telling it
        if entry is not None:
            # the heading says the listed ties exist, unless the entry's own paragraph goes on to say the
            # tie is only in the making or has ended ("X (Країна). З X громада веде переговори …")
            stages = [
                (told, after) for after in context.around.rest_of_paragraph if (told := status_of(after.text))
            ]
            # the first stage told there, unless a later sentence ends or renews the tie ("Угоду уклали у
            # 2016 році. … дію угоди припинено"): the furthest act
            acts = [stage for stage in stages if stage[0] in ("terminated", "renewed")]
            entry_told = (
                max(acts, key=lambda stage: STATUS_RANK[stage[0]]) if acts else next(iter(stages), None)
            )
            told_next = entry_told[0] if entry_told else None
            if entry.stage and not acts:
                # the list's subheading sorts it ("На стадії перемовин"); of two stages short of a tie, the
                # heading's and its paragraph's, the nearer: talks under "На стадії підготовки" are talks
                inherited_status = entry.stage
                if {entry.stage, told_next} <= _NOT_YET:
                    inherited_status = min(entry.stage, told_next, key=lambda stage: STATUS_RANK[stage])
            elif told_next and told_next != "signed":
                inherited_status = told_next  # its own paragraph's, not the story's before it
            else:
                inherited_status = inherited_status or "signed"
            if not relation_of(text):
                # "X (Країна). Меморандум про наміри … підписано …": the document its paragraph or the
                # list's subheading names
                # a sentence about the document first ("обмінялися проєктами угоди про співпрацю"), then any
                rest = context.around.rest_of_paragraph
                about_it = [after for after in rest if _NAMES_A_DOCUMENT.search(after.text)]
                told = next((r for after in [*about_it, *rest] if (r := relation_of(after.text))), None)
                relation = told or entry.relation or relation
            if entry.twinning and relation != "intent":
                relation = "twinning"  # a partner list under "побратими"
        status = status_of(text)
        all_mentions = _mentions_in(sentence, context)
        sentence_oblasts = context.oblasts | {
            m.katottg for m in all_mentions if m.kind == "oblast" and m.katottg
        }
        if context.site_owner and context.owner and context.owner.katottg:
            sentence_oblasts = sentence_oblasts | {context.owner.katottg}  # the site's hromada, of namesakes
        all_mentions = with_coordinated_hromadas(text, all_mentions, frozenset(sentence_oblasts))
        all_mentions = with_elliptical_hromadas(text, all_mentions, frozenset(sentence_oblasts))
        all_mentions = with_hromadas_by_their_kind(text, all_mentions, frozenset(sentence_oblasts))
        all_mentions = with_ukrainian_ones_listed(text, all_mentions, frozenset(sentence_oblasts))
        if any(m.candidates > 1 for m in all_mentions):  # a shared name: only then ask what the article names
            all_mentions = _namesakes_as_the_article_names_them(
                text, all_mentions, context.named_hromadas, _the_sites_own(context)
            )
        all_mentions = _namesakes_by_an_oblast_named_beside(text, all_mentions, context)
        all_mentions = with_office_hromadas(text, all_mentions, frozenset(sentence_oblasts))
        all_mentions = _namesakes_as_the_office_names_them(text, all_mentions)
        all_mentions = self._with_area_hromadas(text, all_mentions, frozenset(sentence_oblasts))
        all_mentions = with_the_head_after_its_colon(text, all_mentions)
        if context.site_owner and context.owner and context.owner.katottg and not is_title:
            all_mentions = with_owners_head(text, all_mentions, context.owner.katottg)
            all_mentions = with_ourselves(text, all_mentions, context.owner.katottg)
            if _WE_SIGNED.search(text):  # "Угоду з X ми підписали в Y": Y is where, the site's hromada signed
                all_mentions = [
                    m for m in all_mentions if not _IN_BEFORE.search(text, max(0, m.start - 3), m.start)
                ]
            elif _SIGNED_BY_NO_ONE_NAMED.search(text):
                # "Угоду з X підписано в Y-і": a town Y is where the site's hromada signed, not a side
                all_mentions = [
                    m
                    for m in all_mentions
                    if not (m.kind == "settlement" and _IN_BEFORE.search(text, max(0, m.start - 3), m.start))
                ]
        elif (
            not is_title
            and names_a_head_by_office_alone(text)
            and (previous := context.previous_side or context.owner) is not None
            and previous.katottg
        ):
            # "X-ська громада приймала гостей. Угоду підписали селищний голова Ім'я та мер Y": the head
            # of the hromada the sentence before is about
            all_mentions = with_owners_head(text, all_mentions, previous.katottg)
        elif not is_title and not context.site_owner and (previous := context.previous_side) is not None:
            # "X-ська громада поки на шляху до партнерства. «Ми ведемо переговори з Y, – каже сільський
            # голова Ім'я": the hromada the sentence before named speaks
            all_mentions = with_the_head_quoted_as_we(text, all_mentions, previous.katottg or "")
        elif (
            not is_title
            and not context.site_owner
            and text.lstrip()[:1] in '«"„“'
            and (speaker := self._speaker_before_the_quote(sentence, context)) is not None
        ):
            # "X-ський сільський голова нагадав, як усе починалося. «Коли ми підписували угоду з Y, …»": the
            # quotation's "ми" is the hromada of the head who speaks
            all_mentions = with_the_speaker_before_the_quote(text, all_mentions, speaker)
        ua_mentions = [
            m
            for m in all_mentions
            if m.kind in HROMADA_KINDS
            and m.katottg
            and not part_of_other_name(text, m)
            and not inside_a_quoted_name(text, m.start)  # a place in a quoted name ("фонд «… X-а»")
            and not where_someone_works(text, m.start)
            and not where_its_subjects_are(text, m.start)  # "мешканці X в Y підписали …": Y is where
            and not in_where_clause(text, m.start)  # "місто X, розташоване у Y": where X lies
            and not of_another_party(text, m.start)  # "між ліцеями X та Y": the schools' tie
            and not after_a_foreign_office(text, m.start)
            and not in_an_office_holders_name(text, m.start)  # "голова X-а Ім'я Прізвище"
            and not named_besides(text, m.start)  # "Окрім X, Y має …", "Окрім угоди з X, Y …"
            and not _a_recipient(text, m)  # "… передали Херсону"
            and not _AN_OBLASTS_ADJECTIVE_AFTER.match(text, m.end)  # "X-ська та Y-ська обласні адміністрації"
            and not (  # "місто, як і X, мало …"; but "як і X, що співпрацює з Y": X's own tie
                _AS_ALSO_BEFORE.search(text, max(0, m.start - 20), m.start)
                and not _ITS_RELATIVE_CLAUSE_AFTER.match(text, m.end)
            )
            and not _NOT_A_SIDE_BEFORE.search(text, max(0, m.start - 40), m.start)  # "консула Латвії у X"
            and not _WHERE_SOMEONE_GOES_THEN.search(text, max(0, m.start - 100), m.start)
            and not _A_HROMADA_ON_BEFORE.search(text, max(0, m.start - 20), m.start)  # "громада на X-і"
            and not (m.start == 0 and _THE_UKRAINIAN_HROMADA.fullmatch(m.text))  # "Українська громада …"
            and not _WHOSE_PARTNERS_BEFORE.search(text, max(0, m.start - 70), m.start)
            and not _A_PLANT_AROUND.search(text, max(0, m.start - 40), min(len(text), m.end + 20))
            and not _ITS_OWN_BEFORE.search(text, max(0, m.start - 8), m.start)  # "своєю X": a landmark
            and not _COUNTED_BEFORE.search(text, max(0, m.start - 8), m.start)  # "Два X-и": namesakes
            and not _a_historic_lands_name(text, m)  # "села Буковини": the land, not a village of that name
            and not _A_HROMADA_BEFORE.search(text, max(0, m.start - 50), m.start)  # "Y-ська громада X-а"
            and not _RIVER_PART_BEFORE.search(text, max(0, m.start - 30), m.start)  # "берега X-а": a river
            and not (m.kind == "settlement" and _NEAR_BEFORE.search(text, max(0, m.start - 4), m.start))
            and not _VISITED_BEFORE.search(text, max(0, m.start - 60), m.start)  # "візиту делегації до X"
            and not where_guests_come_from(text, m.start)  # "приїжджають гості з X, Y та Z"
            and not _A_HELPERS_SEAT_BEFORE.search(text, max(0, m.start - 90), m.start)  # "сприяння фонду в X"
            and not _WHERE_A_MOVED_BODY_WORKS.match(text, m.end)  # "X, де нині працює адміністрація громади"
            and not _came_to_watch(text, m.start)  # "На підписання угоди з Y приїхав і голова X-ської …"
            and not self._written_abroad_here(text, m)
            and not self._written_abroad_elsewhere(text, context.text, m)
        ]
        ua_mentions = _without_venues_of_named_sides(text, ua_mentions)
        ua_mentions = _without_the_venue_of_other_signers(text, ua_mentions)
        if context.site_owner and ua_mentions and _VENUE_THEN_THE_HROMADA.search(text):
            # "21 травня в X-і громада підписала …" on a council site: X is where, the site's hromada signs
            ua_mentions = [
                m for m in ua_mentions if not _VENUE_THEN_THE_HROMADA.match(text, max(0, m.start - 2))
            ]
        if not ua_mentions and not is_title:  # "… Ім'я Прізвище і мер X підписали": the holder's hromada
            ua_mentions = self._hromadas_of_holders(text, context, frozenset(sentence_oblasts))
            all_mentions = sorted([*all_mentions, *ua_mentions], key=lambda mention: mention.start)
        parties = not is_title and _PARTIES_SIGNED.search(text) is not None
        if (
            parties
            and not ua_mentions
            and not _names_a_place(text)
            and (told := self._parties_after_a_visit(text, context, relation, status))
        ):
            return told  # "Делегація X-ської громади побувала в Y. Сторони підписали меморандум"
        if (
            parties
            and (host := _the_one_venue(text, ua_mentions)) is not None
            and (told := self._parties_after_a_visit(text, context, relation, status, host))
        ):
            return told  # "Делегацію очолив мер Y. У X-ській міській раді сторони підписали угоду"
        owner = (
            None
            if is_title
            or context.foreign_topic
            or speaks_of_their_town(text)
            or (not ua_mentions and self._a_foreign_towns_own_feast(text))
            or (not ua_mentions and self._a_foreign_unit_acts(text))
            or (not ua_mentions and self._a_foreign_towns_council_acts(text))
            or (not ua_mentions and self._another_town_opens(text, context.owner))
            or context.around.quoted_from_elsewhere
            else context.owner
        )
        section_side = self._section_side(entry, context, owner) if entry else None
        home = context.owner  # the hromada a sentence that names none speaks of
        if owner is not None and not context.site_owner and not is_title:
            # a report on several hromadas: the speaker's of a quotation, else the paragraph's
            home = context.around.speakers_side or context.around.paragraph_side or owner
            owner = owner if ua_mentions else home
        elif (
            context.owner is None
            and not (context.site_owner or is_title or ua_mentions or context.foreign_topic)
            and (speaker := context.around.speakers_side) is not None
        ):
            home = owner = speaker  # a story of no one hromada: the quotation speaks for its speaker's
        if (
            not context.site_owner
            and ua_mentions
            and not is_title
            and (previous := context.previous_side or context.owner) is not None
            and all(
                m.katottg == previous.katottg and _IN_BEFORE.search(text, max(0, m.start - 3), m.start)
                for m in ua_mentions
            )
            and (
                bare_hromada_subject(text, ua_mentions[-1].end, len(text))
                or _HEAD_OF_THE_HROMADA.search(text, ua_mentions[-1].end) is not None
            )
        ):
            # "Того дня в X-і …: громада та місто Y підписали …", "… в X-і голова громади Ім'я та мер Y":
            # X is where its hromada signs
            ua_mentions = []
            owner = previous
        elif (
            not context.site_owner
            and ua_mentions
            and not is_title
            and (previous := context.previous_side) is not None
            and owner is not None
            and previous.katottg != owner.katottg
            and ua_mentions[0].katottg != previous.katottg
            and governed_by(text, ua_mentions[0].start, WITH)
            and bare_hromada_subject(text, 0, ua_mentions[0].start)
        ):
            # "…, які X оформив цього року. У березні громада підписала угоду з Y-ською громадою": the bare
            # subject is the hromada the sentence before named, Y its domestic partner
            owner = home = previous
        if (
            owner is not None
            and not context.site_owner
            and not is_title
            and (named := _the_paragraphs_hromada_named_only_as_a_place(text, ua_mentions, context, sentence))
        ):
            # "Інакше справи в X-ській громаді. … Натомість громада веде переговори з Y: … мер Y приїде до
            # X-а": the bare hromada is the one the paragraph is about, named again as a place
            owner = home = named
            ua_mentions = []
        bare = (
            (owner is None or not context.site_owner)  # a news site's bare "громада": the one just named
            and not ua_mentions
            and not is_title
            and context.previous_side is not None
        )
        if (
            not ua_mentions
            and not is_title
            and _ITS_HOLDERS_HROMADA.match(text)
            and (head := context.around.head_named_before) is not None
            and (
                mention := hromada_mention(
                    head.town, head.start, head.end, frozenset(sentence_oblasts), kind_of_hromada(head.kind)
                )
            )
        ):
            owner = side_of_mention(mention)  # "… був і X-ський міський голова Ім'я Прізвище. Його громада …"
        elif (
            not is_title
            and (told_by := _council_telling(text, all_mentions)) is not None
            and bare_hromada_subject(text, told_by.end, len(text))
        ):
            # "Як повідомили в X-ській міській раді, громада …": the source's hromada is the bare subject
            owner = home = side_of_mention(told_by)
            ua_mentions = [m for m in ua_mentions if m.katottg != told_by.katottg]
        elif bare and bare_hromada_subject(text, 0, len(text)):  # "X-ська громада має партнера. … громада …"
            owner = context.previous_side
        elif (
            not context.site_owner
            and not ua_mentions
            and not is_title
            and context.around.previous_sides_several
            and bare_hromada_subject(text, 0, len(text))
        ):
            owner = None  # "A …, а сусідня B-ська громада … . Торік громада уклала …": which one is unsaid
        elif not ua_mentions and not is_title and pronoun_subject(text) and context.previous_side is not None:
            owner = context.previous_side  # "… X-ська громада. Торік вона підписала угоду з Y"
        elif (
            not ua_mentions
            and not is_title
            and pronoun_subject(text)
            and (head := context.around.office_side_before) is not None
        ):
            owner = head  # "X-ська сільська голова … взяла участь у форумі. Там вона та мер Y підписали …"
            if (she := a_pronoun_beside_a_towns_head(text)) and (mention := hromada_of_code(head.katottg)):
                # "вона та мер Y підписали": the pronoun is the side, the co-signer's town the partner
                ua_mentions = [dataclasses.replace(mention, start=she[0], end=she[1], text=text[slice(*she)])]
        elif (
            not ua_mentions
            and not is_title
            and not context.site_owner
            and (_A_SIGNING_WITH_NO_SUBJECT.match(text) or _TALKS_WITH_NO_SUBJECT.match(text))
            and context.previous_side is not None
        ):
            # "… X-ська громада, …. Угоду з Y підписали у <рік>": X signed; "З Z тривають переговори": X's
            owner = context.previous_side
        elif (
            not ua_mentions
            and not is_title
            and there_they_act(text)
            and (there := context.around.last_previous_side) is not None
        ):
            owner = there  # "… повторити і X-ська громада. Там ведуть перемовини з Y"
        elif (
            not context.site_owner
            and not ua_mentions
            and not is_title
            and owner is not None
            and (bare_hromada_subject(text, 0, len(text)) or pronoun_subject(text))
            and (last := _last_side_in_paragraph(context, sentence.start)) is not None
            and last[0].katottg != owner.katottg
        ):
            # "… й сусідня Y-ська громада. Вона веде переговори з Z": the hromada the paragraph named last,
            # not the report's own; unsaid when that one stands after a preposition ("у Y-ської громади")
            owner = side_of_mention(last[0]) if last[1] else None
        venues_only = all(_IN_BEFORE.search(text, max(0, m.start - 3), m.start) for m in ua_mentions)
        if venues_only and (
            any(m.kind == "oblast" and _OBLAST_BODY.search(m.text) for m in all_mentions)
            or OBLAST_ACTS.search(text)
            or any(_an_oblast_by_its_area_acts(text, m) for m in all_mentions)
        ):
            # "обласна адміністрація підписала декларацію з регіоном Y", also "у X-і X-ська ОВА та край Y
            # підписали …": the oblast's tie, its venue no side
            owner = None
            ua_mentions = []
        if (
            not ua_mentions
            and owner is not None
            and not context.site_owner
            and _THE_SPEAKERS_OWN_TOWN.search(text)
            and not _A_UKRAINIAN_OFFICE.search(text)
        ):
            owner = None  # "Ім'я Прізвище поділився досвідом свого міста, яке має побратима Y": the speaker's
        if not ua_mentions and _A_FOREIGN_UNIT_BY_ITS_PRONOUN.search(text):
            owner = None  # "війт нагадав, що його гміна співпрацює з X": the gmina's own ties
        if section_side is None and (
            not (ua_mentions or owner) or not may_state_a_fact(text, status or inherited_status, ua_mentions)
        ):
            # No Ukrainian side can be paired (none named, no owner), or no pair can get a status:
            # resolving its names is deferred, maybe for good.
            context.unread.append((text, all_mentions))
            return []
        if (
            section_side is None
            and not ua_mentions
            and not owner_list_in(text)
            and not (
                owner_may_be_meant(text, owner)
                and (may_link_to_the_owner(text, _possible_names(text)) or _THIS_PLACE.search(text))
            )
        ):
            # Only the owner can be a side, and the sentence cannot mean it or no name stands where a link
            # to it can: no fact, whatever its names are; resolving them is deferred as above.
            context.unread.append((text, all_mentions))
            return []
        foreign = (
            self._foreign_places(text, all_mentions, context)
            or self._towns_of_holders(text, context)
            or self._place_referred_back(text, context)
            or self._town_referred_back_by_its_country(text, context)
        )
        subjects = [m for m in ua_mentions if _a_clause_subject(text, m)]
        if subjects:  # ", X остаточно розірвав …": a hromada opening a clause of its own is no foreign name
            foreign = [f for f in foreign if not any(f.start <= m.start < f.stop for m in subjects)]
        misread = [m for m in ua_mentions if any(f.start <= m.start < f.stop for f in foreign)]
        if (
            misread
        ):  # a name read as foreign by a cue before it ("з техаською Одесою") is not a Ukrainian side
            ua_mentions = [m for m in ua_mentions if m not in misread]
            owner = context.previous_side or owner
        if (
            not ua_mentions
            and (there := _THERE_ACTED.search(text))
            and any(f.stop <= there.start() for f in foreign)
        ):
            # "Побратими X – A та B, а нещодавно там уклали меморандум з Y": the act of the place named
            # before "там", not of the hromada the article is about
            foreign = [f for f in foreign if f.start < there.start()]
        elsewhere = [m for m in ua_mentions if side_of_something_else(text, m, foreign)]
        if elsewhere:  # "підписати угоду з Y, … і відкрити центр у X": X is no side of the tie with Y
            ua_mentions = [m for m in ua_mentions if m not in elsewhere]
            owner = owner or home
            if not ua_mentions and not is_title and pronoun_subject(text) and context.previous_side:
                owner = context.previous_side  # "Торік вона уклала угоду з Y, а також … в селі X"
        if twins := _a_towns_twin_named_after_it(text, foreign):
            foreign = [f for f in foreign if f not in twins]  # "до міста-побратима X, Y": X's twin Y
        if (
            own := its_own_ties_clause(
                text, partial(self._foreign_or_resolved, context), frozenset(f.start for f in foreign)
            )
        ) is not None and all(m.start >= own[1] for m in ua_mentions):
            # "X має давні зв'язки з A та B, і … для Y-ська": A and B are X's, whatever Y is told after
            foreign = [f for f in foreign if not own[0] <= f.start < own[1]]
        if (
            clause := a_foreign_towns_clause(text, [f.start for f in foreign], [m.start for m in ua_mentions])
        ) is not None:
            # "A не перше місто в колі друзів X: місто давно співпрацює з Y": Y is X's own tie
            foreign = [f for f in foreign if f.start < clause]
        if not ua_mentions and a_foreign_town_speaks(text, foreign, self._foreign_name):
            return []  # "Мерія X нагадала, що місто має побратима Y": X's tie, not the owner's
        if ua_mentions and a_foreign_office_speaks_of_its_town(
            text,
            [m.start for m in ua_mentions],
            self._exact_foreign_name,
            lambda: self._foreign_officers(context),
        ):
            return []  # "Мер X зазначила, що місто також співпрацює з Y, і запросила Z-у …": X's ties
        officers = partial(self._foreign_officers, context)
        if a_foreign_office_speaks_on(text, context.around.just_before, self._exact_foreign_name, officers):
            return []  # "Бургомістр X … наголосив …. Він також нагадав, що місто співпрацює з Y": X's ties
        if not ua_mentions and answers_for_a_foreign_town(
            text, lambda: context.around.just_before, self._foreign_name
        ):
            return []  # "– X має й інших побратимів? – У нас давні партнери – A, B": X's own partners
        if not ua_mentions and context.foreign_head_answers and _OURS_IN_THE_FIRST_PERSON.search(text):
            return []  # an interview with a foreign head: "Наше місто має партнерів – A і B" are his
        if not ua_mentions and self._the_town_named_before_is_foreign(text, context):
            return []  # "Для X Y — не перший партнер. Місто має побратимів у …": X's own partners
        listed = owner_list_candidates(text, ua_mentions, foreign, owner)
        if listed is None and section_side is not None:
            listed = (
                section_entry_candidates(
                    text, ua_mentions, foreign, section_side, entry.inline, entry.ordinal, entry.entry_at
                )
                or None
            )
        if listed == []:  # somebody else's list (a foreign town's own twins): the rest of the sentence pairs
            foreign, listed = outside_the_list(text, foreign), None
        if listed is not None:
            candidates = listed
        else:
            # on the hromada's own site, Ukrainian hromadas that stand only after "з", as the foreign places
            # do, are its partners beside them ("…: угода з X (Країна); угода з Y-ською громадою"), no sides
            partners_only = bool(
                context.site_owner
                and owner is not None
                and foreign
                and ua_mentions
                and all(_with_whom(text, m.start, m.end) and m.katottg != owner.katottg for m in ua_mentions)
                and all(_with_whom(text, f.start, f.stop) for f in foreign)
                # "з Y-ською громадою, яка має угоду з Z": Y is the subject of its own clause, Z's side
                and not any(
                    in_its_relative_clause(text, m.end, f.start) for m in ua_mentions for f in foreign
                )
            )
            candidates = pair_by_position([] if partners_only else ua_mentions, foreign, owner, text)
            if not foreign:
                candidates = (
                    []
                    if self._with_a_state(text)
                    else domestic_pairs(
                        ua_mentions,
                        self._domestic_subject(text, ua_mentions, home, context),
                        text,
                        site_owner=context.owner.katottg if context.site_owner and context.owner else None,
                    )
                )
            candidates = in_own_clause(text, candidates, ua_mentions, self._exact_foreign_name)
            candidates += owners_unclaimed_partners(text, candidates, foreign, owner)
            if partners_only and owner is not None:
                candidates += [
                    PairCandidate(owner, domestic_partner(m), None, (m.start, m.end))
                    for m in distinct_sides(ua_mentions)
                    if m.katottg != owner.katottg
                ]
            if foreign and len(ua_mentions) > 1:  # a domestic partner beside the foreign one
                beside = domestic_beside_foreign(ua_mentions, home, text)
                candidates += in_own_clause(text, beside, ua_mentions, self._exact_foreign_name)
        if not candidates:
            return []
        clauses = clauses_of(text)
        event_date = event_date_of(without_untied_relatives(text, clauses), context.published)
        if event_date and THE_SAME_YEAR.search(text) and not A_YEAR_NUMBER.search(text):
            # "… у 2021 році. Угоду підписали в жовтні того ж року": the year the paragraph told before
            before = context.around.paragraph_before
            earlier = [year for told in before for year in A_YEAR_NUMBER.findall(told.text)]
            event_date = earlier[-1] + event_date[4:] if earlier else event_date
        # "Першою була угода з X, підписана <рік>. Її рада розірвала в <місяці>": the one tie told, ended next
        ended_next = (
            next(iter(context.around.rest_of_paragraph), None)
            if context.status_after == "terminated" and len({c.found.partner.key for c in candidates}) == 1
            else None
        )
        if entry is not None and event_date is None and (year := _ENTRY_YEAR.search(text)):
            event_date = year.group(1)  # "X (Країна) – угода про партнерство, 2012 рік": the entry's year
        starts = [candidate.found.start for candidate in candidates]
        entries = sorted(at for at in starts if opens_its_line(text, at)) if listed else []
        linked = []
        ordinal_sides = _sides_by_ordinal(text, ua_mentions)  # asked once a sentence, not once a pair
        gapped = _gapped_units(text, ua_mentions)
        for candidate in candidates:
            if candidate.found.partner.domestic and candidate.found.partner.katottg == candidate.ua.katottg:
                continue
            link = candidate.link(text)
            if link is None:
                candidate, link = relinked_by_other_mention(candidate, ua_mentions, text)
            if link is None and (as_owner := _as_the_sites_own(candidate, context)) is not None:
                # "Місто X стало партнером нашої громади, коли … сільський голова Y-а підписали": the site's
                # hromada, named in another clause, is the side the owner's words link
                link = as_owner.link(text)
                candidate = as_owner if link is not None else candidate
            if (
                link is None
                and ordinal_sides
                and _side_by_ordinal(text, candidate.found.start, ordinal_sides) == candidate.ua.katottg
            ):
                # "A та B підписали угоди з X і Y: перша — з X, друга — з Y": the ordinals pair them in order
                link = Link("parallel_list", STRENGTH["parallel_list"])
            if candidate.ua.at in gapped:
                # each gapped hromada pairs with its own partner only, whatever else the sentence ties
                own = gapped[candidate.ua.at][0] == candidate.found.start
                link = (link or Link("with", STRENGTH["with"])) if own else None
            if (
                link is not None
                and candidate.ua_run is None
                and self._a_foreign_town_is_the_subject(text, clauses, candidate.found.start)
            ):
                continue  # "…: австрійське місто є побратимом Y": that town's twin, not the owner's
            if link is not None and _only_a_venue_of_a_foreign_towns_tie(text, candidate, foreign):
                continue
            if link is not None:  # else two places in one sentence, nothing that ties them: no fact
                linked.append((candidate, link))
        facts = []
        years = years_respectively(text)  # "у <рік> і <рік> роках відповідно": one year per partner, in order
        kind_of_document = document_kind(text)
        named_in_order = list(dict.fromkeys(f.partner.key for f in foreign))
        refuted = refuted_from(text)  # where the sentence takes back, asks or only reports: asked once
        asked = _INDIRECT_QUESTION.search(text)
        alleged = alleged_from(text)
        held = _a_foreign_holders_ties(text, foreign)
        set_against = {
            f.partner.key for f in foreign if _SET_AGAINST_BEFORE.search(text, max(0, f.start - 12), f.start)
        }
        oblast_ends = [m.end for m in all_mentions if m.kind == "oblast"]
        nothing_came = talks_came_to_nothing(text)  # "лише протокол зустрічі, і на цьому все зупинилося"
        for candidate, link in acting_sides_only(text, linked, ua_mentions):
            ua, found = candidate.ua, candidate.found
            if held is not None and found.start > held[1] and (ua.at is None or ua.at < held[0]):
                continue  # "X (foreign) має давніх побратимів у A, а з <рік> – меморандум з B": X's, not ours
            if ua.katottg in _CAPITAL_CODES and _STATE_LEVEL.search(text):
                continue  # a diplomat on "відносини між Варшавою та Києвом": the states, not the cities
            if refuted is not None and found.start < refuted:
                continue  # "писали, що X підписала угоду з Y, але це не так": a claim taken back
            if asked is not None and found.start > asked.start():
                continue  # "Нас питали, чи стали X і Y побратимами": a question asserts no tie
            if alleged is not None and found.start > alleged:
                continue  # "писали, ніби X підписала угоду з Y": a claim the text does not vouch for
            if (
                nothing_came
                or never_existed(clause_with_its_relative(text, clauses, found.start))
                or (
                    ua.at is not None
                    and ua.at > found.start
                    and never_existed(clause_with_its_relative(text, clauses, ua.at))
                )
            ):
                # "а угоди з X ніколи не існувало", "X, з яким у нас немає жодних домовленостей"; the side's
                # own later clause too ("місто має партнерів у …, і переговорів з X не веде")
                continue
            pair_relation, pair_status, pair_date = relation, status, event_date
            if event_date and (ordinal_entry := _ordinal_entry_of(text, found.start)) is not None:
                # "Перший — X, угоду з ним підписали у <рік>, друге — Y, … <день>": each entry its own date
                pair_date = event_date_of(text[slice(*ordinal_entry)], context.published) or event_date_of(
                    text[: _AN_ORDINAL_ENTRY.search(text).start()], context.published
                )  # or the words before the list: "9 травня підписано два документи: перший — …"
            meant = _side_by_ordinal(text, found.start, ordinal_sides) if ordinal_sides else None
            if meant is not None and ua.katottg != meant:
                continue  # "A та B підписали угоди …: перша — з X, друга — з Y": X is A's, Y is B's
            if _A_REGIONAL_AGREEMENT_BEFORE.search(text, max(0, found.start - 60), found.start):
                continue  # "регіональну угоду з X": the oblast's, whatever hromadas the sentence names
            if _an_oblasts_own_clause(text, clauses, found.start, ua.at, oblast_ends):
                continue  # "X-ська область уклала меморандум з повітом Y, а Z — угоду з W": Y is the oblast's
            if found.partner.key in set_against:
                continue  # "… муніципалітет Фатіх — район X-а, а не X загалом": X is said not to be it
            if self._tied_only_to_its_relative_clauses_subject(text, found, ua, foreign, ua_mentions):
                continue  # "гостей з міста X, з яким має угоду сусідня Y-ська громада": X is Y's partner
            if (other_relative := _relative_clause_of_the_next_name(text, found.stop)) is not None:
                # "з містом X та Y-ською громадою, з якою співпрацю призупинено": the clause is Y's, not X's;
                # its stage (ended, planned, talks) and date are not X's ("Серед них — X та Y, з яким
                # громада уклала угоду": a listed partner's tie is signed all the same)
                rest = text[: other_relative[0]] + text[other_relative[1] :]
                if status_of(text[other_relative[0] : other_relative[1]]) not in (None, "signed"):
                    pair_status = status_of(rest)
                pair_date = event_date_of(rest, context.published)
            if candidate.fixed == "owner_list":
                pair_relation = "twinning" if "побрат" in text.lower() else relation
                pair_date = event_date if SIGNING.search(text) or (entry and names_a_tie(text)) else None
                if own_date := event_date_of(relative_clause_after(text, found.stop), context.published):
                    pair_date = own_date  # "…: X, з яким у 2023 році підписано угоду, та Y, з яким …"
                pair_date = _date_told_of_one_entry(text, found.start, starts, pair_date, context.published)
                pair_relation, pair_date = self._entry_cues(
                    text, found.start, starts, entries, pair_relation, pair_date, context.published
                )
                tail_end = min((start for start in starts if start > found.start), default=len(text))
                if _AN_ENTRYS_OWN_BASIS.match(text, found.stop, tail_end) and (
                    own_relation := relation_of(text[found.stop : tail_end])
                ):
                    pair_relation = own_relation  # "… та місто Y – там співпраця на підставі угоди про …"
                if len(entries) > 1 and (line := _entry_line(text, found.start, entries)) is not None:
                    # "A (Країна) — з <рік>;\nB (Країна) — з <рік>, нова редакція угоди — <рік>": a line's
                    # status is its own, else the words before the list give it
                    pair_status = status_of(text[line[0] : line[1]]) or status_of(text[: entries[0]])
                if (entry_span := _semicolon_entry(text, found.start, starts)) is not None:
                    # "A (Країна) — угода …, 2019; B — угода, яку продовжено": each entry its own cues
                    entry_text = text[entry_span[0] : entry_span[1]]
                    pair_status = status_of(entry_text) or status_of(text[: min(starts)])
                    if pair_relation != "twinning":  # a list of twins stays twinning
                        pair_relation = relation_of(entry_text) or pair_relation
                    pair_date = event_date_of(entry_text, context.published)
                if status in ("terminated", "planned", "in_negotiation") and told_in_another_clause(
                    text, clauses, found.start, status
                ):
                    pair_status, pair_date = None, None  # "має партнерів A, B, – а з C угоду розірвали"
            elif len(clauses) > 1:
                others = [
                    c.ua.at
                    for c in candidates
                    if c.ua.at is not None and c.ua.at not in (ua.at, found.start)  # a domestic partner's own
                ]
                pair_relation, pair_status, pair_date = clause_cues(
                    text, clauses, ua.at, found.start, others, context.published, default_relation
                )
            # "A – X: меморандум про співпрацю, березень 2025 року": a document listed with a past date
            dated_document = False
            if link.kind == "dash_pair":
                entry_start, entry_end = line_of(text, found.start)
                if line_kind := relation_of(text[entry_start:entry_end]):
                    pair_relation = line_kind  # "• A – X: меморандум про наміри;": its own line
                own_line = (entry_start, entry_end) != (0, len(text)) or (
                    pair_date is None
                    and not _AN_ELLIPTICAL_DASH_BEFORE.search(text, max(0, found.start - 40), found.start)
                )
                if own_line and (line_date := event_date_of(text[entry_start:entry_end], context.published)):
                    # "• A – X: угода, підписано у травні 2025 р.;": its own line's; also the sentence's, when
                    # the clause of the pair's names has none ("На форумі у травні 2025 року народилися пари
                    # A – X та B – Y"), unless the dash stands for another clause's verb ("…, а B — з Y")
                    pair_date = line_date
                    listed = _NAMES_A_DOCUMENT.search(text, entry_start, entry_end)
                    dated_document = bool(listed) and not after_the_article(line_date, context.published)
            if pair_status == "terminated" and (rest := only_anothers_ending(text, found.start)) is not None:
                pair_status = status_of(rest)  # "після розірвання угоди з B … партнер — A": B's ending
            if pair_status == "signed" and (renewal := _its_renewal_after(text, found, foreign)) is not None:
                pair_status = "renewed"  # "… підписали у <рік>, а у <рік> сторони уклали нову редакцію угоди"
                pair_date = event_date_of(renewal, context.published)
            if pair_status in _ACTS and (clause_date := _date_of_its_elliptical_clause(text, found, context)):
                pair_date = clause_date  # "угоду з X підписали у <рік>, з Y – у <рік>": Y's own clause
            if ua.at in gapped and gapped[ua.at][0] == found.start:
                pair_date = _date_of_a_unit(text, gapped, ua.at, context.published)
            if (
                pair_status == "renewed"
                and link.kind == "dash_pair"
                and _another_entrys_renewal(text, found.start)
            ):
                pair_status = "signed"  # "Пари такі: A — X (угода); B — Y (нова редакція угоди)": Y's alone
            own = relative_clause_after(text, found.stop) if candidate.fixed != "owner_list" else ""
            if own and (own_kind := document_kind(own)):
                # "…, та місто Y, з яким меморандум підписано у 2021 році": Y's own clause names Y's document
                pair_relation = own_kind
                if not (pair_status == "terminated" and status_of(text.replace(own, " ")) == "terminated"):
                    pair_status = status_of(own) or pair_status
                    pair_date = event_date_of(own, context.published) or pair_date
                # else "зв'язки з Y, з яким X мала угоду з <року>, рада розірвала …": the ending stands
            if candidate.fixed != "owner_list" and (
                own_kind := _kind_of_the_document_before(text, found.start)
            ):
                pair_relation = own_kind  # "угоду про побратимство з X та угоду про співпрацю з Y": Y's own
            if (
                pair_status == "terminated"
                and not _status_after_ending(text, found.start)
                and ended_in_another_item(
                    text, found.start, [c.found.start for c in candidates if c.found.start != found.start]
                )
            ):
                pair_status = None  # "…: партнерство з A, розрив угоди з B": the ending is B's
            if not (pair_status or inherited_status):
                pair_status = implied_status(text, link.kind) or ("signed" if dated_document else None)
                if pair_date and len(pair_date) > len("YYYY") and not A_YEAR_NUMBER.search(text):
                    pair_date = None  # "Минулого тижня приймала гостей з міста-побратима X": the visit's day
            pair_status = pair_status or inherited_status
            if pair_status == "terminated" and (after_ending := _status_after_ending(text, found.start)):
                pair_status = after_ending  # "розірвала угоду з X та уклала угоду з Y": Y's tie is new
            named = [(f.start, f.partner.name_uk) for f in foreign]
            if pair_status == "terminated" and said_to_go_on(text, clauses, found.partner.name_uk, named):
                pair_status = "signed"  # "співпраця з X фактично припинилася, але угоду ніхто не розривав"
            if pair_status in ("renewed", "terminated", "in_negotiation") and since_year(text, pair_date):
                # "партнери з 2008 року поновили угоду": 2008 is when the tie began; "веде переговори з
                # весни 2025 року": when the talks began
                pair_date = None
            if pair_status in ("renewed", "terminated") and pair_date:
                # "розірвали договір, укладений у 2008 році": the document's year, not the ending's
                unmade = without_the_documents_own_dates(text)
                if unmade != text:
                    pair_date = event_date_of(unmade, context.published)
            if pair_status is not None and _NEXT_IN_LINE.search(text, max(0, found.start - 40), found.start):
                pair_status = "planned"  # "X став партнером Y, на черзі – Z": Z's tie is still to come
            if pair_status is None:
                continue  # a status needs evidence: nothing says the tie was made or exists
            if pair_status in _ACTS and after_the_article(pair_date, context.published):
                pair_date = None  # "угода діятиме до 2030 року": not when it was made
            if pair_status in ("planned", "in_negotiation"):
                if not_even_talks(text[found.start : _next_partner_start(foreign, found.start, len(text))]):
                    continue  # "з X — лише перше листування, переговорами це назвати не можна"
                if plan_dropped(text):
                    continue  # "громада планувала підписати угоду з X, але … до цієї ідеї не поверталися"
                pair_date = ahead_of_the_article(pair_date, text, context.published)
            if pair_date and _dated_for_another(text, pair_date, found, foreign):
                pair_date = None  # "з A, підписану у 2023 році, та з B": A's year, not B's
            if pair_date and an_anniversary_of_another_tie(text, found.partner.name_uk):
                pair_date = None  # "X, з яким ми підписали …, відзначило 30-річчя партнерства з Z": Z's
            if pair_status in _ACTS and (entry_date := _date_of_its_timeline_entry(text, found.start)):
                pair_date = entry_date  # "…:\n2023 – меморандум з X;\n2024 – угода з Y": each entry's own
            if pair_status in _ACTS and len(years) == len(named_in_order) > 1:
                pair_date = years[named_in_order.index(found.partner.key)]
            if pair_status in _ACTS and (own_year := _year_bracketed_after_side(text, ua.at, ua_mentions)):
                pair_date = own_year  # "уклали A (2023) та B (2024) громади відповідно": each side's year
            if pair_status in _ACTS and (own_year := _BRACKETED_YEAR.match(text, found.stop)):
                pair_date = own_year.group(1)  # "з X (2017 рік) та Y (2019 рік)": each partner's year
            if floor and RELATION_RANK[floor] > RELATION_RANK[pair_relation]:
                pair_relation = floor
            if entry_told and pair_status == entry_told[0] != "signed" and not status:
                # "X (Країна) — угода 2005 року. Розірвана рішенням сесії від <дата>": the entry's ending is
                # dated where its paragraph tells it
                pair_date = event_date_of(entry_told[1].text, context.published) or pair_date
            if ended_next is not None and pair_status == "signed":
                pair_status, pair_date = "terminated", event_date_of(ended_next.text, context.published)
            facts.append(
                Fact(
                    ua,
                    found.partner,
                    pair_relation,
                    pair_status,
                    pair_date,
                    [sentence.text],
                    confidence=link_confidence(link, found, ua),
                    link=link.kind,
                    relation_told=relation_told or candidate.fixed == "owner_list" or entry is not None,
                    by_document=kind_of_document == pair_relation,
                )
            )
        return facts

    def _parties_after_a_visit(
        self,
        text: str,
        context: ArticleContext,
        relation: str,
        status: str | None,
        host: UaSide | None = None,
    ) -> list[Fact]:
        """ "Сторони підписали меморандум" with no place of its own, right after a sentence of the same
        paragraph that tells a visit and names one hromada (or, on a council site, none: the site's) and
        one foreign town, as the place visited or the delegation's home: those two are the parties. A
        hromada whose council hosts the signing (``host``: "у X-ській міській раді сторони підписали")
        is the Ukrainian party when the sentence before names none or names it."""
        before = context.around.previous_in_paragraph
        if status not in _PARTIES_ACTS or before is None or not _VISIT.search(before.text):
            return []
        if _OTHER_PARTY_WORD.search(before.text):
            return []  # a fund's, a school's or a company's visit: the parties may be theirs
        mentions = _mentions_in(before, context)
        sides = {m.katottg: m for m in mentions if m.kind in HROMADA_KINDS and m.katottg}
        if len(sides) > 1 or any(m.kind == "oblast" for m in mentions):
            return []
        if host is not None and sides.keys() - {host.katottg}:
            return []  # the visit names another hromada than the one whose council hosts the signing
        if host is not None:
            side = host
        elif sides:
            side = side_of_mention(next(iter(sides.values())))
        elif context.site_owner and context.owner is not None:
            side = dataclasses.replace(context.owner, at=None)
        else:
            return []
        found = self._foreign_places(before.text, mentions, context, visited=True)
        partners = {f.partner.key: f for f in found if not f.partner.domestic}
        if len(partners) != 1 or len(found) != len(partners):
            return []
        place = next(iter(partners.values()))
        link = Link("parties", STRENGTH["parties"])
        return [
            Fact(
                side,
                place.partner,
                relation,
                status,
                event_date_of(f"{before.text} {text}", context.published),
                [before.text, text],
                confidence=link_confidence(link, place, side),
                link=link.kind,
                relation_told=_names_its_relation(text),
                by_document=document_kind(text) == relation,
            )
        ]

    @staticmethod
    def _entry_cues(
        text: str,
        at: int,
        starts: list[int],
        entries: list[int],
        relation: str,
        event_date: str | None,
        published: date | None = None,
    ) -> tuple[str, str | None]:
        """A list set one entry per line says each entry's own document ("A – угода про партнерство,
        2021;"): the relation the line names for the partner at ``at`` (a list of twins stays twinning),
        and its year when the line names one partner and one year; else the date the words before the
        list give. ``starts`` are where the sentence's partners stand, ``entries`` those of them that
        open a line. A list run on by commas keeps the sentence's cues."""
        if not entries:
            return relation, event_date
        start, end = line_of(text, at)
        if not any(start <= entry < end for entry in entries):
            return relation, event_date  # a name before the list, or in a line of its own words
        words = text[start:end]
        partners = sum(start <= partner < end for partner in starts)
        if partners == 1 and len(_ANY_YEAR.findall(words)) == 1:
            year = _ENTRY_YEAR.search(words)  # "– угода про побратимство, 1995 рік"
            event_date = event_date_of(words, published) or (year.group(1) if year else None)
        else:
            event_date = event_date_of(text[: entries[0]], published) if event_date else None
        if relation == "twinning" or not _names_its_relation(words):
            return relation, event_date  # a list of twins is twinning; a bare "угода" names no relation
        return relation_of(words), event_date

    def _written_abroad_here(self, text: str, mention: UaMention) -> bool:
        """The sentence writes the same name elsewhere after a foreign adjective ("у словацькому місті
        X …, голова X"): a foreign namesake, not the Ukrainian town of that name."""
        name = mention.text
        at = text.find(name)
        while at != -1:
            if at != mention.start and foreign_cue_before(text, at, self.world):
                return True
            at = text.find(name, at + len(name))
        return False

    def _written_abroad_elsewhere(self, text: str, article: str, mention: UaMention) -> bool:
        """A case form of a Ukrainian town's name that the article writes, as it stands, after a foreign
        country's adjective elsewhere ("словацькі X у Y-ському краї"): the foreign town's name in the
        nominative, not the Ukrainian namesake's oblique case."""
        name = mention.text
        if not name[:1].isupper() or " " in name or name == mention.settlement_uk:
            return False  # a town's own name as the codifier writes it stays the Ukrainian town
        if _WORD_JUST_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            return False  # the adjective stands here: a misread name, which the sentence's reading handles
        at = article.find(name)
        while at != -1:
            before = _WORD_JUST_BEFORE.search(article, max(0, at - 30), at)
            if before and self.world.country(before.group(1)) not in (None, "UA"):
                return True
            at = article.find(name, at + len(name))
        return False

    @staticmethod
    def _section_side(heading: Heading, context: ArticleContext, owner: UaSide | None) -> UaSide | None:
        """Whose partners a heading's entries are: the one hromada the heading names, else the page's
        own hromada (None when the sentence may not speak of it)."""
        named = {
            m.katottg: m
            for m in context.mentions
            if heading.start <= m.start < heading.end and m.kind in HROMADA_KINDS and m.katottg
        }
        if len(named) == 1:
            side = side_of_mention(next(iter(named.values())))
            side.at = None  # the heading names it, not the entry's sentence
            return side
        if heading.inline and not named and not _OUR_SUBJECT.search(context.text, heading.start, heading.end):
            return None  # "X має угоди з містами … Серед них – …" about a town that is no hromada of ours
        return owner if not named else None

    @staticmethod
    def _may_tell_a_tie(text: str, context: ArticleContext) -> bool:
        """The sentence as written names a tie, lists the owner's partners or continues the story of
        the agreements just told. Joining a compound name's spaced dashes (which costs a gazetteer
        look-up) only takes dashes away, so a sentence that fails here fails after joining too."""
        return bool(
            names_a_tie(text)
            or owner_list_in(text)
            or _continues_the_story(text, context)
            or _talks_with_a_town(text)
        )

    def _with_compound_names_joined(self, text: str) -> str:
        """A spaced dash inside a compound name ("A — Сен — X" in a list of dash pairs) is read
        as the name's hyphen when the joined name is a gazetteer name: the gazetteer's longest name wins.
        The text keeps its length (the dash and its spaces become hyphens), so offsets stay the same."""
        if "—" not in text and "–" not in text:
            return text
        for match in reversed(list(SPACED_DASH_IN_NAME.finditer(text))):
            joined = f"{match.group(1)}-{match.group(2)}"
            place = self.world.best(joined, None)
            if place is not None and place.score >= 0.95 and name_key(place.name_uk) == name_key(joined):
                start = match.end(1)
                text = text[:start] + "---" + text[start + 3 :]
        return text

    def _district_named_after_its_city(self, city: Partner, part: str) -> Partner | None:
        """ "Місто – Частина" as a city's districts are officially named: the district, when the
        gazetteer has it by that name near the city."""
        district = resolve_foreign(
            f"{city.name_uk}-{part}", city.country_iso2, level="district", world=self.world.world
        )
        if district.geonameid is None or district.geonameid == city.geonameid:
            return None
        return partner_of(district, "district")

    def _with_area_hromadas(
        self, text: str, mentions: list[UaMention], oblasts: frozenset[str]
    ) -> list[UaMention]:
        """Add hromadas named by their area's noun ("X-щина" of an X-ська громада, "X-ччина" of an
        X-цька one), unless the noun names an oblast."""
        added = []
        areas_of_hromadas = -1  # where the last area that only says where hromadas lie ends
        for match in AREA_NOUN.finditer(text):
            start, end = match.span()
            if _HROMADAS_OF_AN_AREA.search(text, max(0, start - 40), start) or (
                areas_of_hromadas >= 0 and _AND_NEXT.fullmatch(text, areas_of_hromadas, start)
            ):
                # "з громадами X-щини", "прикордонні громади X-щини та Y-щини": the hromadas of an area
                # (a raion's or an oblast's), not the one of its centre
                areas_of_hromadas = end
                continue
            if any(m.start <= start < m.end for m in mentions) or self._oblast_of(match.group(0)):
                continue
            if _PLACED_ON.search(text, max(0, start - 4), start):
                continue  # "громада на X-щині": where a hromada lies, not a side of its own
            if _A_HROMADA_FROM.search(text, max(0, start - 40), start):
                continue  # "з Y-ською громадою, теж із X-щини": where that hromada lies, no side of its own
            if _PEOPLE_FROM.search(text, max(0, start - 60), start):
                continue  # "переселенці з X-щини": where people come from, no side
            adjective = match.group(1) + ("цька" if match.group(2) == "ччин" else "ська")
            if mention := hromada_mention(adjective, start, end, oblasts):
                added.append(mention)
        return sorted([*mentions, *added], key=lambda mention: mention.start)

    def _foreign_places(
        self, text: str, ua_mentions: list[UaMention], context: ArticleContext, visited: bool = False
    ) -> list[Found]:
        """The foreign places a sentence names as possible partners; a place after "в"/"у"/"до" is where,
        not who, unless the sentence tells a visit (``visited``): then the places it went to count too."""
        taken = [(m.start, m.end) for m in ua_mentions]
        found: list[Found] = []
        sentence_countries = [c for c in self._countries_in(text) if c != "UA"]
        for start, end, partner in self._region_spans(text, sentence_countries, context):
            if _in_a_named_things_quote(text, start):
                continue  # "у межах проєкту «X-ський край»": a project's name, not a region
            found.append(Found(start, partner, 0.6, end))
            taken.append((start, end))
        for start, end, partner in self._town_councils(text, sentence_countries, taken):
            found.append(Found(start, partner, 0.8, end))
            taken.append((start, end))
        spans, people = _spans_and_people(text)
        # the holders of towns' offices the article introduced, named again ("Ім'я Прізвище підписали"), and
        # the names a run of a town and its holder ends with: people, never towns
        holders = [named for head in context.heads_of_towns if (named := holder_named(text, head))]
        primar = _PRIMAR_IN.search(text) is not None  # asked once a sentence, not once a name
        for start, end, span in spans:
            if any(s <= start < e or start < s < end for s, e in people) and not self._spelled_whole(
                span, [*sentence_countries, *context.countries, *self._unit_countries_before(text, start)]
            ):
                continue  # a person's name, or a run that runs on into one
            if any(s <= start < e for s, e in holders):
                continue  # a holder's first name or surname, which is a town somewhere
            end, span = self._before_a_ukrainian_name(text, start, end, span, ua_mentions)
            run_end = end
            end, span = self._before_a_persons_name(start, end, span, sentence_countries, context)
            if end < run_end:
                holders.append((end, run_end))
            # A run of words that names a person also rules out the words in it, so its test comes first;
            # a single word's test rules out only itself, so it waits until the cheap tests are done.
            single = " " not in span
            if (
                single
                and _A_BODYS_ADJECTIVE.fullmatch(span)
                and _A_TOWNS_SELF_GOVERNMENT_AFTER.match(text, end)
            ):
                # "з X-ським самоврядуванням": the town's own council, named by the town's adjective
                if town := self._town_of_its_adjective(span, [*sentence_countries, *context.countries]):
                    found.append(Found(start, town, 0.8, end))
                    taken.append((start, end))
                continue
            if single and _A_BODY_OF_TOWNS_AFTER.match(text, end):
                continue  # "з X-ською Метрополією – асоціацією …": a body named after a town, not the town
            if _A_DISTANCE_FROM.search(text, max(0, start - 40), start):
                continue  # "за 50 кілометрів від X": a landmark that says where, no partner
            if _SUBJECT_OF_AN_ELLIPTICAL_CLAUSE.match(text, end):
                continue  # "…, X — меморандум з Y": X signs (the clause's subject), Y is the partner
            if _in_a_named_things_quote(text, start):
                continue  # "у межах проєкту «X край»": a project's, a festival's name, not a place
            if not single and span.endswith(("ого", "ої")) and _REGION_NOUN_AFTER.match(text, end):
                continue  # "X Y-ського воєводства": the run ends before the region's adjective
            if single and _A_BODYS_ADJECTIVE.fullmatch(span) and _A_BODY_AFTER.match(text, end):
                continue  # "з X-ським районним виконавчим комітетом": a body's adjective, no town's name
            if not single and self._is_person(text, start, end, span, sentence_countries, context):
                people.append((start, end))
                continue
            # The tests that only rule a name out, cheapest first (the dictionary and the context last).
            if any(s <= start < e or start <= s < end for s, e in taken[len(ua_mentions) :]):
                continue  # inside a foreign name already read ("Стальова" of "Стальова Воля")
            overlaps = any(s <= start < e or start <= s < end for s, e in taken[: len(ua_mentions)])
            if overlaps and not (
                foreign_cue_before(text, start, self.world) or foreign_location_after(text, end, self.world)
            ):
                continue  # a Ukrainian name, unless a foreign adjective says otherwise ("техаською Одесою")
            if written_as_other_name(text, start, span):
                continue
            if _UA_REGION_SHAPE.search(span) and self._oblast_of(span):
                continue  # "Криму", "Донеччини": Ukrainian regions, never foreign partners
            if single and is_place_adjective(span) and modifies_a_noun(text, end):
                continue
            if single and _HROMADA_ADJECTIVE.search(span) and names_a_hromada(span):
                continue  # "X-ська та Y-ська ведуть …": a hromada whose noun is left out
            if (
                set_aside(text, start)
                or (of_another_party(text, start) and not _THE_TOWN_ITSELF_TIED_AFTER.match(text, end))
                or after_a_natural_feature(text, start)
                or (names_days_of(text, start) and not self._a_partner_named_before(span, context))
                or _a_projects_partner(text, start)
                or where_guests_come_from(text, start)
            ):
                continue
            if not visited and is_location(text, start) and not _ITS_APPOSITION_TIES_IT.match(text, end):
                continue  # "у X" is where, unless "у X – місті, з яким громада уклала угоду" ties it
            named_country = self.world.country(span)
            hint = hints(text, start, end, self.world)
            if (
                named_country
                and not (hint.explicit and hint.country not in (None, named_country))
                and not self._town_named_like_a_country(text, start, span, named_country)
                and not self._a_town_named_with_its_countrys_adjective(span, named_country)
            ):
                continue  # a country's name, unless another country's adjective makes it a town's
            if hint.level == "district" and a_unit_of_its_own(context.text, span):
                hint.level = "region"  # "районом X", where the article names X's town or Latin unit apart
            plausible = may_be_place_name(text, start, span, hint)
            known = None if plausible else self._short_name_known(text, start, span, context)
            if hint.descriptor or not (plausible or known):
                continue
            plural = self._plural_town_of_a_primar(text, start, span, hint) if single and primar else None
            if not plural and single and self._is_person(text, start, end, span, sentence_countries, context):
                surname = _CAPITALISED_AFTER.match(text, end)  # a first name's person goes on to the surname
                people.append((start, surname.end() if surname else end))
                continue
            partner = plural or known or self._resolve_located(span, hint, sentence_countries, context)
            if (
                partner is not None
                and single
                and self._opens_an_institutions_name(text, end, span, partner, context)
            ):
                continue  # "з <Noun> <Foreign>": a plain noun opening a name that goes on, not a town
            if partner is not None and self._a_holders_name_abroad(
                text, end, span, partner, sentence_countries, context
            ):
                continue  # "мер комуни Ім'я Прізвище": a case form of a town of a country nobody names
            if partner is not None and not known and not hint.country:
                partner = self._siblings_namesake(text, start, span, hint, found, partner)
            if (
                partner is not None
                and partner.geonameid is None
                and not hint.country
                and not sentence_countries
            ):
                partner = self._in_the_country_of_the_others(span, hint, found, partner)
            if partner is None or partner.country_iso2 == "UA":
                continue
            if single and partner.geonameid and (adjective := _A_NAME_ADJECTIVE_AFTER.match(text, end)):
                # "Ґлоґува Малопольського": a two-word name the run-splitting cut before its adjective
                two_words = f"{span} {adjective.group(1)}"
                whole = self.world.best(two_words, partner.country_iso2, level=hint.level)
                if whole and whole.geonameid != partner.geonameid and whole.score >= _TWO_WORD_SCORE:
                    partner, end = partner_of(whole, hint.level), adjective.end(1)
            if _of_a_district(text, start, span, partner, self.world):
                continue  # "з районом X-а": a district of the city X, which is not the partner
            if partner.geonameid is None and after_plural_unit(text, start):
                continue  # "з містами X": X, unknown to the gazetteer, is where those towns are
            if partner.geonameid is None and _a_persons_name_after_an_office(text, start, end, span):
                continue
            if partner.geonameid and (
                numbered := _NUMBERED_PART.match(text, end) or _ORDINAL_PART.match(text, end)
            ):
                partner, end = _numbered_part(partner, numbered.group(1)), numbered.end(1)
            elif (
                partner.geonameid
                and (part := _PART_AFTER_A_DASH.match(text, end))
                and (district := self._district_named_after_its_city(partner, part.group(1)))
            ):
                partner, end = district, part.end(1)  # "Місто – Частина": the city's district
            found.append(Found(start, partner, 0.9 if partner.geonameid else 0.6, end))
            taken.append((start, end))
        for start, end, partner in self._latin_places(text, taken, sentence_countries, context):
            found.append(Found(start, partner, 0.8, end))
        return _without_second_words_of_found_names(text, found)

    def _town_of_its_adjective(self, adjective: str, countries: list[str]) -> Partner | None:
        """The town an adjective is made from ("X-ським самоврядуванням"), read exactly in one of the
        countries the text names: none when no such town is there."""
        for noun in adjective_stems(adjective)[1:]:
            for country in dict.fromkeys(countries):
                place = self.world.best(noun.capitalize(), country)
                if place is not None and place.geonameid and place.score >= _PLACED_SCORE:
                    return partner_of(place, "city", noun.capitalize())
        return None

    def _with_a_state(self, text: str) -> bool:
        """The tie's other party is a foreign state ("меморандум з Естонією"): the Ukrainian places of
        the sentence are no pair of their own."""
        return any(
            (self.world.country(found.group(1)) or "UA") != "UA" for found in _WITH_A_CAPITAL.finditer(text)
        )

    def _not_the_namesakes_set_apart(
        self, text: str, apart: list[tuple[int, int]], found: list[UaMention]
    ) -> list[UaMention]:
        """A hromada the article names by a name it says not to confuse with a namesake's (read in the
        set-apart words with their own oblast) is the other namesake, when only one other is left."""
        set_apart: set[str] = set()
        for start, end in apart:
            words = text[start:end]
            named = {code for phrase in _OBLAST_PHRASE.findall(words) if (code := self._oblast_of(phrase))}
            set_apart |= {
                m.katottg
                for m in self.places.find(words, frozenset(named), None)
                if m.kind == "hromada" and m.katottg
            }
        if not set_apart:
            return found
        codifier = load_codifier()
        kept = []
        for mention in found:
            if mention.kind == "hromada" and mention.katottg in set_apart and mention.hromada_name_uk:
                unit = codifier.units.get(mention.katottg)
                key = name_key(unit.name_short_uk) if unit else ""
                others = [
                    other.katottg
                    for other in codifier.hromadas_by_key.get(key, [])
                    if other.katottg not in set_apart and (unit is None or other.type == unit.type)
                ]
                if len(others) != 1:
                    continue  # the one set apart, and no single other it could be: no side
                mention = _as_namesake(mention, others[0])
            kept.append(mention)
        return kept

    def _another_town_opens(self, text: str, owner: UaSide | None) -> bool:
        """ "X-и вже десять років співпрацюють з Y": a sentence that opens with a Ukrainian town's name
        (left unread there, as a word that is also a common noun) and its verb is that town's, not the
        report's own hromada's, unless the town lies in that hromada."""
        first = _FIRST_NAME_OF_A_CLAUSE.match(text)
        if first is None or owner is None:
            return False
        units = self.places.units
        towns = [
            units[idx]
            for kind, idx, _ in self.places.entries(name_key(first.group(1)))
            if kind == "S" and units[idx].type == "місто"
        ]
        if not towns or any(town.hromada_katottg == owner.katottg for town in towns):
            return False
        return has_finite_verb(first.group(2))  # the dictionary last: most sentences open with no town

    def _a_foreign_towns_own_feast(self, text: str) -> bool:
        """ "У румунському X відзначили річницю побратимства з Y": a tie marked in a foreign town, with
        no hromada (nor "громада", "ми", "наш") in the sentence, is that town's."""
        feast = _FEAST_IN_A_TOWN.search(text)
        if feast is None or _OURS_OR_HROMADA.search(text):
            return False
        return bool(self.world.country(feast.group(1)))

    def _a_foreign_unit_acts(self, text: str) -> bool:
        """ "Раніше ґміна уклала угоди з X та Y", "польське місто співпрацює з X": the subject of the tie's
        verb is a foreign town told by its unit ("ґміна", "муніципалітет") or its country's adjective, and
        its clause and what follows name no hromada (nor "громада", "ми", "наш"): the ties are that town's
        own."""
        acts = _A_UNIT_ACTS.search(text)
        if acts is None or _OURS_OR_HROMADA.search(text, acts.start()):  # "… з нашою громадою": ours
            return False
        adjective = acts.group("adjective")
        return adjective is None or (self.world.country(adjective) or "UA") != "UA"

    def _a_foreign_towns_council_acts(self, text: str) -> bool:
        """ "міська рада X-а … розірвала угоду про побратимство з Y": the subject of the tie's verb is the
        council of a town the gazetteer knows abroad, and the sentence names no hromada (nor "громада",
        "ми", "наш"): the tie is that town's own."""
        acts = _A_TOWNS_COUNCIL_ACTS.search(text)
        if acts is None or _OURS_OR_HROMADA.search(text):
            return False
        places = (self.world.best(form, None) for form in lemma_candidates(acts.group(1), limit=3))
        return any(
            place is not None and place.score >= _WHOLE_NAME_SCORE and place.country_iso2 != "UA"
            for place in places
        )

    @staticmethod
    def _domestic_subject(
        text: str, ua_mentions: list[UaMention], home: UaSide | None, context: ArticleContext
    ) -> UaSide | None:
        """The side of a domestic tie whose sentence names only its partner, after "з": the hromada the
        sentence before named, when a pronoun stands for it ("Її керівництво веде переговори з X-ською
        громадою"); else the article's own."""
        if (
            ua_mentions
            and all(governed_by(text, m.start, WITH) for m in ua_mentions)
            and (
                pronoun_subject(text)
                # a news report's bare "громада" before its partner: the hromada just named
                or (home is None and bare_hromada_subject(text, 0, ua_mentions[0].start))
            )
            and (previous := context.previous_side) is not None
        ):
            return previous
        return home

    def _hromadas_of_holders(
        self, text: str, context: ArticleContext, oblasts: frozenset[str]
    ) -> list[UaMention]:
        """A sentence that names no hromada but the holder of a hromada's head the article introduced
        ("X-ський міський голова Ім'я Прізвище" … "Ім'я Прізвище і мер Y підписали"): that hromada, where
        the holder is named."""
        found = []
        for head in context.heads_of_hromadas:
            if (named := holder_named(text, head)) is None:
                continue
            if mention := hromada_mention(head.town, named[0], named[1], oblasts, kind_of_hromada(head.kind)):
                found.append(mention)
        if not found and context.site_owner and context.owner and context.owner.katottg:
            found = self._owners_head_by_holder(text, context.heads_by_office_alone, context.owner.katottg)
        return found if len({m.katottg for m in found}) == 1 else []

    @staticmethod
    def _owners_head_by_holder(text: str, heads: list[HeadOfTown], owner_code: str) -> list[UaMention]:
        """On a council's site, the holder of the head the page introduced by office alone ("сільський
        голова Ім'я Прізвище" … "Ім'я Прізвище та бургомістр X підписали"): the site's hromada, where the
        holder is named; only when the office suits the hromada's kind."""
        owner = hromada_of_code(owner_code)
        if owner is None:
            return []
        found = []
        for head in heads:
            if (named := holder_named(text, head)) is not None and office_suits(head.kind, owner_code):
                start, end = named
                found.append(dataclasses.replace(owner, start=start, end=end, text=text[start:end]))
        return found

    def _a_foreign_town_is_the_subject(
        self, text: str, clauses: tuple[tuple[int, int], ...], at: int
    ) -> bool:
        """The partner's clause opens with a town named by its foreign country's adjective alone
        ("австрійське місто є побратимом Y"): the tie is that town's. A town named right after it is the
        partner itself ("Ірландське місто X стало партнером нашої громади")."""
        clause = clause_of(clauses, at)
        opening = _COUNTRY_TOWN_OPENS.match(text, clause[0]) if clause else None
        return (
            opening is not None
            and text[opening.end() : at].strip() != ""
            and self.world.country(opening.group(1)) not in (None, "UA")
        )

    def _spelled_whole(self, span: str, countries: list[str]) -> bool:
        """A run of words the gazetteer spells as one place, exactly or, in a country the text names,
        closely ("ґміни Воля Y-ська"): its last word is no surname, though a word of its shape often is."""
        if " " not in span:
            return False
        places = [self.world.best(span, None), *(self.world.best(span, c) for c in dict.fromkeys(countries))]
        return any(place is not None and place.score >= _WHOLE_NAME_SCORE for place in places)

    def _unit_countries_before(self, text: str, start: int) -> tuple[str, ...]:
        """The countries whose unit the word right before ``start`` names ("ґміни X": Poland)."""
        before = preceding_words(text, start, 1)
        return self.world.unit_countries(before[-1]) if before else ()

    def _town_councils(
        self, text: str, countries: list[str], taken: list[tuple[int, int]]
    ) -> list[tuple[int, int, Partner]]:
        """A foreign town's council named by the town's adjective ("з X-ським міськвиконкомом
        (Країна)"): that town, when the sentence names its country and the gazetteer has the town there
        under a noun the adjective is made from."""
        found = []
        for match in _TOWN_COUNCIL.finditer(text) if countries else ():
            if any(a <= match.start() < b for a, b in taken):
                continue  # a Ukrainian hromada's council
            for stem in adjective_stems(match.group(1))[1:]:
                places = (self.world.best(stem, country) for country in countries)
                place = next((p for p in places if p is not None and p.score >= 0.95), None)
                if place is not None:
                    found.append((match.start(), match.end(1), partner_of(place, "city")))
                    break
        return found

    @staticmethod
    def _tied_only_to_its_relative_clauses_subject(
        text: str, found: Found, ua: UaSide, foreign: list[Found], ua_mentions: list[UaMention]
    ) -> bool:
        """The partner's tie is told only in the relative clause after it, and that clause names its own
        subject, another than the side ("гостей з міста X, з яким має угоду сусідня Y-ська громада",
        "колег з X, з якими Z має побратимські угоди"): the tie is that subject's."""
        relative = relative_clause_span_after(text, found.stop)
        if relative is None and (shared := _relative_clause_of_the_next_name(text, found.stop)) is not None:
            # "X та Y, з якими Z має угоди": a plural relative clause speaks of both names
            relative = shared if _A_PLURAL_RELATIVE.match(text, shared[0]) else None
        if relative is None or (ua.at is not None and relative[0] <= ua.at < relative[1]):
            return False
        before = text[: relative[0]]
        if names_a_tie(before) or names_a_bond(before):
            return False
        if any(relative[0] <= f.start < relative[1] for f in foreign) or any(
            relative[0] <= m.start < relative[1] and m.katottg != ua.katottg for m in ua_mentions
        ):
            return True
        subject = _A_NAMED_SUBJECT_ACTS.search(text, relative[0], relative[1])  # "з яким Z має угоду"
        return subject is not None and not any(m.start == subject.start() for m in ua_mentions)

    def _the_town_named_before_is_foreign(self, text: str, context: ArticleContext) -> bool:
        """The sentence opens with the bare town noun and its ties, and the sentence before, in the same
        paragraph, opens with a foreign place: "місто" is that place."""
        before = context.around.previous_in_paragraph
        if before is None or not (topics := topics_of_the_town_with_ties(text, before.text)):
            return False
        return any(found.start in topics for found in self._foreign_places_of(before, context))

    def _foreign_places_of(self, sentence: Sentence, context: ArticleContext) -> list[Found]:
        """The foreign places another sentence of the article names, at positions in its own text."""
        mentions = _mentions_in(sentence, context)
        return self._foreign_places(sentence.text, mentions, context)

    @staticmethod
    def _speaker_before_the_quote(sentence: Sentence, context: ArticleContext) -> str | None:
        """The code of the one hromada the sentence before, in the same paragraph, gives as the speaker of
        the quotation this sentence opens: that sentence tells someone spoke and quotes nothing itself, and
        names one hromada, by its name or its head's office; no guest is named as the speaker after it."""
        before = context.around.previous_in_paragraph
        if before is None or "«" in before.text or not _TELLS_WHO_SPEAKS.search(before.text):
            return None
        quote = quote_containing(
            context.text, sentence.start + len(sentence.text) - len(sentence.text.lstrip())
        )
        if quote is not None and a_guest_is_named_after(context.text, quote, context.world.country):
            return None  # "«…», – додав бургомістр X": a guest speaks
        mentions = _mentions_in(before, context)
        mentions = with_office_hromadas(before.text, mentions, frozenset(context.oblasts))
        codes = {m.katottg for m in mentions if m.kind in HROMADA_KINDS and m.katottg}
        return next(iter(codes)) if len(codes) == 1 else None

    def _place_referred_back(self, text: str, context: ArticleContext) -> list[Found]:
        """ "… з цим містом", "… з цією гміною" in a sentence that names no foreign place: the one foreign
        place the sentence before, in the same paragraph, names."""
        this = _THIS_PLACE.search(text)
        before = context.around.previous_in_paragraph if this else None
        if this is None or before is None:
            return []
        named = {f.partner.key: f.partner for f in self._foreign_places_of(before, context)}
        if len(named) != 1:
            return []
        group = next(number for number in (1, 2, 3) if this.group(number))
        return [Found(this.start(group), next(iter(named.values())), 0.8, this.end())]

    def _town_referred_back_by_its_country(self, text: str, context: ArticleContext) -> list[Found]:
        """ "Торік X-ська громада та чеське місто уклали меморандум" in a sentence that names no foreign
        place: the one town of that country the paragraph named before it (all its earlier sentences)."""
        this = _A_TOWN_BY_ITS_COUNTRY_SIGNS.search(text)
        country = self.world.country(this.group("adjective")) if this else None
        if this is None or country is None or country == "UA":
            return []
        named = {
            f.partner.key: f.partner
            for sentence in context.around.paragraph_before
            for f in self._foreign_places_of(sentence, context)
            if f.partner.country_iso2 == country and f.partner.geonameid
        }
        if len(named) != 1:
            return []
        return [Found(this.start("town"), next(iter(named.values())), 0.8, this.end("town"))]

    def _towns_of_holders(self, text: str, context: ArticleContext) -> list[Found]:
        """A sentence that names no foreign place but a foreign head's holder the article introduced
        ("бурмістр X Ім'я Прізвище" … "голова Y та пан Прізвище підписали"): the head's town, where the
        holder is named. Only a town the gazetteer knows, never a Ukrainian one."""
        found = []
        for head in context.heads_of_towns:
            if (named := holder_named(text, head)) is None:
                continue
            if any(m.start < head.end and head.start < m.end for m in context.mentions):
                continue  # "мер X" of a Ukrainian town
            hint = hints(context.text, head.start, head.end, self.world)
            partner = self._resolve_located(head.town, hint, [], context)
            if partner is not None and partner.geonameid and partner.country_iso2 != "UA":
                found.append(Found(named[0], partner, 0.8, named[1]))
        return found

    def _before_a_ukrainian_name(
        self, text: str, start: int, end: int, span: str, ukrainian: list[UaMention]
    ) -> tuple[int, str]:
        """A run of capitalised words whose later word opens the name of a hromada or of its centre ("З
        польським містом X Y співпрацює": the partner, then the hromada as subject) ends before it,
        unless the run is a gazetteer name (a village's name inside a foreign town's is part of it)."""
        if " " not in span or not ukrainian:
            return end, span  # one word: no later word to end before
        cut, through = next(
            ((m.start, m.end) for m in ukrainian if start < m.start < end and _a_hromada_or_its_centre(m)),
            (None, None),
        )
        if cut is None:
            return end, span
        for named in (span, text[start:through]):  # the run, or the run up to the Ukrainian name's end
            whole = self.world.best(named, None)
            if whole is not None and whole.score >= EXACT:
                return end, span
        end = start + len(text[start:cut].rstrip())
        return end, text[start:end]

    @staticmethod
    def _a_holders_name_abroad(
        text: str, end: int, span: str, partner: Partner, countries: list[str], ctx: ArticleContext
    ) -> bool:
        """A single word read as a case form of a town of a country neither the sentence nor the article
        names, while the sentence names another, and a capitalised word after it: a holder's first name
        and surname ("мер комуни Ім'я Прізвище"), not that far town."""
        return bool(
            countries
            and " " not in span
            and partner.country_iso2 not in (*countries, *ctx.countries, "UA", None)
            and name_key(partner.name_uk) != name_key(span)
            and _CAPITALISED_AFTER.match(text, end)
        )

    def _before_a_persons_name(
        self, start: int, end: int, span: str, countries: list[str], ctx: ArticleContext
    ) -> tuple[int, str]:
        """A run of three capitalised words that no gazetteer spells, whose first word alone is a town of
        a country the text names: the town, then its head's first name and surname ("муніципалітету X
        Ім'я Прізвище" after an office the tool does not know); so for a town of two words before a first
        name in the nominative and a surname. The run ends after the town."""
        words = span.split(" ")
        if len(words) == 4 and is_nominative_given_name(words[2]) and not self.world.best(span, None):
            # "X Y Ім'я Прізвище": a town of two words the gazetteer spells, then the holder
            town = " ".join(words[:2])
            if self.world.best(town, None) or any(
                self.world.best(town, country) for country in dict.fromkeys([*countries, *ctx.countries])
            ):
                return start + len(town), town
            return end, span
        if (
            len(words) != 3
            or _GENITIVE_ADJECTIVE_END.search(words[2])
            or all_common_words(words[1])  # "X Нова Y": a town's own words, not a first name
            or self.world.best(span, None)
        ):
            return end, span
        named = list(dict.fromkeys([*countries, *ctx.countries]))
        if any(self.world.best(" ".join(words[:2]), country) for country in named):
            return end, span  # a town of two words, then one more
        if not any(
            (place := self.world.best(words[0], country)) is not None and place.score >= _INDECLINABLE_SCORE
            for country in named
        ):
            return end, span
        return start + len(words[0]), words[0]

    def _plural_town_of_a_primar(self, text: str, start: int, span: str, hint: Hint) -> Partner | None:
        """ "примар X" with X a bare plural genitive (no ending after a consonant): the Moldovan or
        Romanian town whose plural nominative is X + "и"/"і" (a fleeting "е" of "-ець" drops). Only
        after the office these two countries' mayors hold, and only an exact or near-exact name."""
        before = preceding_words(text, start, 2)
        if not before or not _PRIMAR.fullmatch(before[-1]) or not _ENDS_IN_A_CONSONANT.search(span):
            return None
        countries = (hint.country,) if hint.country else _PRIMAR_COUNTRIES
        if hint.country and hint.country not in _PRIMAR_COUNTRIES:
            return None
        nominatives = [span + "і", span + "и"] if span.endswith("ц") else [span + "и", span + "і"]
        if span.endswith("ець"):
            nominatives.append(span[:-3] + "ці")
        for nominative in nominatives:
            for country in countries:
                place = self.world.best(nominative, country)
                if place and place.score >= _PLURAL_TOWN_SCORE:
                    return partner_of(place, hint.level, nominative)
        return None

    def _town_named_like_a_country(self, text: str, start: int, span: str, country: str) -> bool:
        """ "з містом X" where X is also a country's name in Ukrainian: a city word right before it and a
        town of exactly that name in another country make it the town."""
        before = preceding_words(text, start, 1)
        if not before or not _CITY_WORD.fullmatch(before[-1]):
            return False
        place = self.world.best(span, None)
        return place is not None and place.score >= EXACT and place.country_iso2 not in (country, "UA")

    def _a_town_named_with_its_countrys_adjective(self, span: str, country: str) -> bool:
        """ "Словенська X", "X Польський": a name of several words, one of them the adjective
        of the country the words name, that the gazetteer spells as one town of that country."""
        words = span.split()
        if len(words) < 2 or not any(
            _COUNTRY_ADJECTIVE_ENDING.search(word) and self.world.country(word) == country for word in words
        ):
            return False
        place = self.world.best(span, country)
        return place is not None and place.score >= _TWO_WORD_SCORE

    def _is_person(
        self, text: str, start: int, end: int, span: str, countries: list[str], ctx: ArticleContext
    ) -> bool:
        """People are named like places (a first name that is also a town): a role word or a surname
        decides; a first name counts only when a capitalised word follows it and the gazetteer does not
        know the span."""
        if _THE_POPE.match(text, start):
            return True  # "батьківщина Папи Римського": a title, whatever town it spells
        before = preceding_words(text, start, 2)
        three = preceding_words(text, start, 3)
        if (
            (
                (len(before) == 2 and PERSON_ROLES.match(before[0]))
                or (len(three) == 3 and PERSON_ROLES.match(three[0]) and is_adjective(three[1].lower()))
            )
            and _CITY_WORD.fullmatch(before[-1])
            and " " not in span
            and _CAPITALISED_AFTER.match(text, end)
            and (is_nominative_given_name(span) or (is_given_name(span) and _a_surname_at(text, end)))
        ):
            # "бургомістр (німецького) міста Ім'я Прізвище": the town left unnamed, its head's holder named
            return True
        if (
            len(before) == 2
            and _A_HROMADAS_BODY.fullmatch(before[-1])
            and _HROMADA_ADJECTIVE_GENITIVE.search(before[0])
            and " " not in span
            and _CAPITALISED_AFTER.match(text, end)
            and is_nominative_given_name(span)
        ):
            return True  # "голова X-ської сільської громади Ім'я Прізвище": its head's holder, no town
        if before and CITY_WORDS.search(before[-1]):
            return False
        if (
            " " not in span
            and _CAPITALISED_AFTER.match(text, end)
            and any(
                (holder := pattern.search(text, max(0, start - 120), start))
                and PERSON_ROLES.match(holder.group(1))
                for pattern in (_A_HOLDERS_TOWN_PLACED_BEFORE, _A_HOLDERS_TOWN_BEFORE)
            )
        ):
            # "мер X (штат Y, США) Ім'я Прізвище", "мер (курортного) міста X Ім'я Прізвище": the holder named
            # after the town (and its place)
            return True
        if before and _COMRADE.match(before[-1]) and " " not in span and is_first_name(span):
            return True  # "побратим Ім'я": a fellow soldier of that man ("місто-побратим X" is one word)
        if before and before[-1] in _NAME_PARTICLES:
            return True  # "Штефані фон X": a surname after a nobiliary particle
        if before and PERSON_ROLES.match(before[-1]):
            if " " not in span and _CAPITALISED_AFTER.match(text, end) and is_nominative_given_name(span):
                return True  # "голова Ім'я Прізвище": the holder, whatever town a sound-alike spells
            if _PLURAL_HEADS.fullmatch(before[-1]) and self._town_of_heads(span, countries, ctx):
                return False  # "з мерами X та Y": the heads' towns, in a case no first name takes
            if (
                " " not in span
                and _ONE_MORE_NAME_THEN_END.match(text, end)
                and not self._a_town_of_note(span, countries, ctx)
            ):
                return True  # "мер Ім'я Прізвище та …": a first and a last name, the first no town of note
            if " " not in span and self._written_after_a_first_name(span, ctx):
                return True  # "бургомістр Прізвище підписали", the article naming "Ім'ям Прізвищем" elsewhere
            ends = (
                _LAST_OF_ITS_ITEM.match(text, end) is not None
                or (_SIGNED_AFTER.match(text, end) is not None and not SURNAME.search(span))
                or self._holder_named_after(text, end, span)
            )  # "голова X та мер Y підписали": Y ends the subject as the office's town
            return not (
                self._office_of_place(span, countries, ctx, ends)
                or self._indeclinable_town_before_its_head(text, end, span, countries, ctx)
            )
        words = span.split()
        if len(words) >= 2 and SURNAME.search(words[-1]):
            return True
        if len(words) == 1:  # the capital after it first: it is cheaper than the dictionary
            return bool(_CAPITALISED_AFTER.match(text, end)) and is_first_name(words[0])
        if not is_first_name(words[0]):
            return False
        return not any(
            (place := self.world.best(span, country)) and place.score >= 0.85
            for country in dict.fromkeys([*countries, *ctx.countries])
        )

    @staticmethod
    def _a_partner_named_before(span: str, context: ArticleContext) -> bool:
        """The span may name a foreign place the article already read as a partner ("Дні X" of a twin)."""
        return any(place.geonameid and may_name(span, place.name_uk) for place in context.resolved.values())

    def _a_town_of_note(self, span: str, countries: list[str], ctx: ArticleContext) -> bool:
        """The span names a town of some size in a country of the sentence or the article."""
        return any(
            (place := self.world.best(span, country)) is not None
            and place.score >= 0.85
            and (place.population or 0) >= _KNOWN_TOWN
            for country in dict.fromkeys([*countries, *ctx.countries])
        )

    def _siblings_namesake(
        self, text: str, start: int, span: str, hint: Hint, found: list[Found], partner: Partner
    ) -> Partner:
        """A name listed right after another found place ("з A, B та C"), read as a small place of
        another country, is the list sibling's country's namesake when that one is many times bigger:
        items of one list are most often of one country."""
        if not found or not _SIBLING_GAP.fullmatch(text, found[-1].stop, start):
            return partner
        country = found[-1].partner.country_iso2
        if not country or country in ("UA", partner.country_iso2) or found[-1].partner.domestic:
            return partner
        own = self.world.best(span, partner.country_iso2, level=hint.level)
        theirs = self.world.best(span, country, level=hint.level)
        if theirs is None or own is None or (own.population or 0) >= _KNOWN_TOWN:
            return partner
        bigger = (theirs.population or 0) >= MUCH_BIGGER * max(own.population or 0, 1)
        return (
            partner_of(theirs, hint.level, span) if bigger and theirs.score >= own.score - 0.01 else partner
        )

    def _in_the_country_of_the_others(
        self, span: str, hint: Hint, found: list[Found], partner: Partner
    ) -> Partner:
        """A name the gazetteer lacks, placed in the article's country, in a sentence whose other partners
        are all of one other country: that country's town of the name, else an unknown place there (the
        sentence's own partners tell its country better than the article's)."""
        countries = {f.partner.country_iso2 for f in found if not f.partner.domestic}
        if len(countries) != 1 or (country := next(iter(countries))) in (None, "UA", partner.country_iso2):
            return partner
        if place := self.world.best(span, country, level=hint.level):
            return partner_of(place, hint.level, span)
        return dataclasses.replace(
            partner, country_iso2=country, name=self.world.latin(partner.name_uk, country)
        )

    def _foreign_name(self, word: str) -> bool:
        """The word is a foreign place's exact gazetteer name, or a name that is no Ukrainian place, no
        dictionary word and no first name (a foreign town the gazetteer spells otherwise); never a pronoun."""
        return self._exact_foreign_name(word) or not (
            is_pronoun(word) or self.places.find(word) or all_common_words(word) or is_first_name(word)
        )

    def _foreign_or_resolved(self, context: ArticleContext, word: str) -> bool:
        """The word is a foreign name, or the name of a foreign place the article already resolved."""
        key = name_key(word)
        return self._foreign_name(word) or any(
            p.geonameid and name_key(p.name_uk) == key for p in context.resolved.values()
        )

    def _exact_foreign_name(self, word: str) -> bool:
        """The word is a foreign place's exact gazetteer name ("Закопане", which the dictionary also
        reads as a word). A pronoun ("Вона") is none, whatever namesake its case forms spell."""
        if is_pronoun(word):
            return False
        place = self.world.best(word, None)
        return place is not None and place.score >= 0.95 and place.country_iso2 != "UA"

    def _town_of_heads(self, span: str, countries: list[str], ctx: ArticleContext) -> bool:
        """After heads in the plural, a name that is no first name and that the gazetteer (or the
        country's spelling rules) knows in a country the text names is their town."""
        if is_first_name(span):
            return False
        return any(
            (place := self.world.best(span, country)) is not None and place.score >= _INDECLINABLE_SCORE
            for country in dict.fromkeys([*countries, *ctx.countries])
        )

    def _indeclinable_town_before_its_head(
        self, text: str, end: int, span: str, countries: list[str], ctx: ArticleContext
    ) -> bool:
        """ "бургомістр X Ім'я Прізвище": a town's name that no case changes, in a country the article
        names (exact, or as the country's spelling rules write it), followed by the head's own name, is
        the office's town (a person's name after a role word is the span itself)."""
        if " " in span or not _PERSON_AFTER.match(text, end):
            return False
        return any(
            (place := self.world.best(span, country)) is not None
            and place.score >= _INDECLINABLE_SCORE
            and name_key(place.name_uk) == name_key(span)
            for country in dict.fromkeys([*countries, *ctx.countries])
        )

    @staticmethod
    def _holder_named_after(text: str, end: int, span: str) -> bool:
        """A first name in the nominative and a capitalised word follow the name: the holder's first name
        and surname ("мер X Ім'я Прізвище"), so the name before them is the office's town, written as
        its gazetteer name or an oblique case that matches another spelling exactly."""
        after = _CAPITALISED_AFTER.match(text, end)
        return (
            after is not None
            and _CAPITALISED_AFTER.match(text, after.end()) is not None
            and not is_nominative_given_name(span)
            and is_nominative_given_name(after.group(0).strip())
        )

    def _written_after_a_first_name(self, span: str, ctx: ArticleContext) -> bool:
        """The article writes a form of this word right after a first name somewhere ("Райнером X-ом"),
        or after a role and a first name in its case: a surname. The pairs of capitalised words are found
        once an article; the dictionary is asked only of those whose second word is a form of this one."""
        if ctx.surnames is None:
            ctx.surnames = [found.groups() for found in _TWO_NAMES.finditer(ctx.text)]
        word = span.lower()
        return any(
            same_surname(word, surname.lower())
            and (
                is_given_name(first)
                # "бургомістром Ім'ям Прізвищем": a role, then two names in its case, the first no place
                or (
                    role is not None
                    and PERSON_ROLES.match(role)
                    and first[-2:] == surname[-2:]
                    and not self.world.best(first, None)
                )
            )
            and not self.places.find(surname)
            for role, first, surname in ctx.surnames
        )

    def _office_of_place(
        self, span: str, countries: list[str], ctx: ArticleContext, last_name: bool = False
    ) -> bool:
        """ "бургомістр X" (genitive), "мера Кракова": after a role word, a known place in an oblique
        case names the office's town; a person's name follows a role in the nominative. A genitive
        plural without an ending ("мер X" for "X-и") reads as a nominative: a place of the article's
        country that ends its list item or sentence ("…; та мер X.") is the office's town too."""
        for country in dict.fromkeys([*countries, *ctx.countries]):
            place = self.world.best(span, country)
            if place and place.score >= 0.8 and (last_name or name_key(place.name_uk) != name_key(span)):
                return True
        place = self.world.best(span, None)  # no country named: only a near-exact declined name counts
        return bool(place and place.score >= 0.95 and name_key(place.name_uk) != name_key(span))

    def _in_the_genitive(self, span: str, partner: Partner, region: str | None) -> Partner | None:
        """After a head's word the town stands in the genitive ("мер X-а"): a town of the same country
        whose nominative the span is a case form of, matched as closely as the span as written; in the
        region named beside it, if one is ("мер X-а (Регіон)")."""
        for lemma in lemma_candidates(span, limit=3)[1:]:
            place = self.world.best(lemma, partner.country_iso2, admin1=region)
            if not (place and place.geonameid) or place.geonameid == partner.geonameid or place.score < EXACT:
                continue
            if region is None or self.world.world.in_admin1(place.geonameid, region):
                return partner_of(place, partner.level)
        return None

    def _resolve_located(
        self, span: str, hint: Hint, sentence_countries: list[str], ctx: ArticleContext
    ) -> Partner | None:
        """:meth:`_resolve`; a name the text places in a region ("X у штаті Y") that the gazetteer does
        not know there is remembered as unknown, so that a bare "X" elsewhere is not taken for a namesake
        of another country."""
        if hint.full_name:
            unhinted = dataclasses.replace(hint, full_name=None)
            full = self._resolve(hint.full_name, unhinted, sentence_countries, ctx)
            if full is not None and full.geonameid:
                return full  # "X (X-Y)": the town the full name gives, of the namesakes a short name has
        partner = self._resolve(span, hint, sentence_countries, ctx)
        if hint.after_head and partner is not None and partner.geonameid and partner.country_iso2:
            partner = self._in_the_genitive(span, partner, hint.admin1) or partner
        if hint.alias and (partner is None or partner.geonameid is None):
            unhinted = dataclasses.replace(hint, alias=None)
            other = self._resolve(hint.alias, unhinted, sentence_countries, ctx)
            if other is not None and other.geonameid:
                if partner is not None and other.name_uk.isascii():
                    # "X (Xlatin)": the gazetteer has no Ukrainian name; the text's own one is kept
                    other = dataclasses.replace(other, name_uk=partner.name_uk)
                return other  # "X (Y, Ylatin)": the town its other name gives, when X itself is unknown
        if hint.admin1 and (partner is None or partner.geonameid is None):
            ctx.located.append((_forms(span), None))
        if partner is not None and partner.geonameid and " " not in span and "-" not in span:
            partner = self._full_name_written_apart(span, partner, ctx)
            partner = self._last_word_of_a_partner_named_in_full(span, partner, ctx)
        elif partner is not None and partner.geonameid:
            partner = self._named_with_its_river_elsewhere(span, partner, ctx)
        if partner is not None and partner.geonameid and not hint.admin1:
            placed = self._in_the_region_told_elsewhere(span, hint, partner, ctx)
            placed = self._namesake_in_the_one_region_the_article_names(span, hint, placed, ctx)
            if placed.geonameid != partner.geonameid:
                # the namesake the article's region says: what this name stands for in the rest of it too
                ctx.resolved[(name_key(placed.name_uk), placed.country_iso2)] = placed
            partner = placed
        if partner is not None and partner.geonameid and not (hint.country or hint.admin1):
            placed = self._countries_by_adjective_in_order(ctx, span)
            if len(placed) == 1 and partner.country_iso2 not in placed:
                # a namesake of another country than the one whose adjective the article sets before
                # the name elsewhere ("норвезький X"): that country's X, or none if it has no such town
                place = self.world.best(span, placed[0])
                return partner_of(place, hint.level, span) if place and place.score >= _PLACED_SCORE else None
            if len(placed) > 1 and partner.country_iso2 != placed[0]:
                # "швейцарський X … має побратима – німецький X": two countries' towns of one name, the
                # story's own is the one it introduces first
                place = self.world.best(span, placed[0])  # a sound-alike the resolver confirms will do
                if place and place.geonameid:
                    return partner_of(place, hint.level, span)
            # a namesake read from a form the located memory did not reach (an oblique case): the town
            # the article places elsewhere under a form of this name, if one, is meant
            located = {gid: p for gid, p in _located_matching(ctx, _forms(span)).items() if gid is not None}
            if len(located) == 1 and partner.geonameid not in located:
                return next(iter(located.values()))
        return partner

    def _countries_of_the_paragraph(self, ctx: ArticleContext) -> list[str]:
        """The foreign countries the sentences before this one in its paragraph name: the country a
        paragraph opens with ("З Австрією історія інша.") is where its later bare names lie; in an
        interview's answer, the question's too ("– А польський партнер? – Угоду з X …")."""
        if ctx.around is None:
            return []
        return [
            country
            for sentence in [*ctx.around.question_before, *ctx.around.paragraph_before]
            for country in self._countries_in(sentence.text)
            if country != "UA"
        ]

    def _foreign_officers(self, ctx: ArticleContext) -> frozenset[str]:
        """The surnames of the article's foreign office holders (read once an article)."""
        if ctx.foreign_officers is None:
            ctx.foreign_officers = foreign_officers_in(ctx.text, self._foreign_name)
        return ctx.foreign_officers

    def _in_the_region_told_elsewhere(
        self, span: str, hint: Hint, partner: Partner, ctx: ArticleContext
    ) -> Partner:
        """A name the article places in a first-level region elsewhere ("X, яка лежить у … Z-ського
        воєводства"): the town of that name in that region, not a namesake elsewhere in the country."""
        if ctx.name_regions is None:
            ctx.name_regions = {
                key: found.group(2) or found.group(3) or found.group(4) or found.group(5) or found.group(6)
                for found in _NAME_LIES_IN_REGION.finditer(ctx.text)
                for key in _forms(found.group(1))
            }
        region = next((ctx.name_regions[key] for key in _forms(span) if key in ctx.name_regions), None)
        region = region or self._the_one_region_adjective_before(span, partner, ctx)
        if region is None or self.world.world.in_admin1(partner.geonameid, region):
            return partner
        place = self.world.best(span, partner.country_iso2, admin1=region, level=hint.level)
        if place and place.geonameid and self.world.world.in_admin1(place.geonameid, region):
            return partner_of(place, partner.level, span)
        return partner

    def _namesake_in_the_one_region_the_article_names(
        self, span: str, hint: Hint, partner: Partner, ctx: ArticleContext
    ) -> Partner:
        """A name two towns of one country share (each spelled as closely, or both all but exactly) is the
        one in the one first-level region of that country the article names anywhere ("… Z-ського
        воєводства"); else the resolver's pick stands."""
        hits = self.world.lookup(span, partner.country_iso2)
        own = next((place.score for place in hits if place.geonameid == partner.geonameid), None)
        equal = [
            place
            for place in hits
            if own is not None
            and place.geonameid
            and (place.score >= own - 0.01 or min(place.score, own) >= _NAMESAKE_SPELLED_ALIKE)
        ]
        if ctx.first_level_regions is None:
            ctx.first_level_regions = frozenset(
                found.group(1) for found in _A_FIRST_LEVEL_REGION.finditer(ctx.text)
            )
        regions = ctx.first_level_regions
        if len(equal) < 2 and own is not None and own >= _NAMESAKE_SPELLED_ALIKE:
            # a small namesake the lookup by the name alone leaves out (no Ukrainian name of its own): the
            # lookup within each region the article names finds it
            equal += [
                place
                for region in regions
                for place in self.world.world.lookup(span, partner.country_iso2, region)[:1]
                if place.geonameid not in (None, partner.geonameid)
                and place.score >= _NAMESAKE_SPELLED_ALIKE
                and self.world.world.in_admin1(place.geonameid, region)
            ]
        if len(equal) < 2:
            return partner
        inside = {
            place.geonameid: place
            for place in equal
            for region in regions
            if self.world.world.in_admin1(place.geonameid, region)
        }
        if len(inside) != 1 or partner.geonameid in inside:
            return partner
        place = self.world.best(span, partner.country_iso2, admin1=next(iter(inside.values())).admin1_name)
        return partner_of(place, partner.level, span) if place and place.geonameid in inside else partner

    def _the_one_region_adjective_before(
        self, span: str, partner: Partner, ctx: ArticleContext
    ) -> str | None:
        """ "саксонський X" anywhere in the article: the one first-level region whose adjective the article
        sets before the name and where the gazetteer has a town of that name; None when none or two do."""
        if ctx.adjectives_before_names is None:
            ctx.adjectives_before_names = {}
            for found in _AN_ADJECTIVE_BEFORE_A_NAME.finditer(ctx.text):
                for key in _forms(found.group(2)):
                    ctx.adjectives_before_names.setdefault(key, set()).add(found.group(1).lower())
        adjectives = {
            adjective for key in _forms(span) for adjective in ctx.adjectives_before_names.get(key, ())
        }
        if not adjectives:
            return None
        namesakes = [
            place.geonameid
            for place in self.world.lookup(span, partner.country_iso2)
            if place.geonameid and place.score >= _NAMESAKE_SPELLED_ALIKE - 0.05
        ]
        if len(namesakes) < 2:
            return None  # no namesake in the country: nothing for a region to choose between
        fitting = {
            adjective
            for adjective in adjectives
            if any(self.world.world.in_admin1(gid, adjective) for gid in namesakes)
        }
        return next(iter(fitting)) if len(fitting) == 1 else None

    def _named_with_its_river_elsewhere(self, span: str, partner: Partner, ctx: ArticleContext) -> Partner:
        """A name of more than one word the article writes elsewhere with its river ("X Y на Z", "X Y-на-Z"):
        the town of the whole name, not another town that bears the short one."""
        for form in lemma_candidates(span, limit=8):
            for found in re.finditer(rf"{re.escape(form)}[-\s](?:на|над)[-\s][А-ЯІЇЄҐ][\w'’]+", ctx.text):
                place = self.world.best(found.group(0), partner.country_iso2)
                if place and place.geonameid and place.geonameid != partner.geonameid:
                    return partner_of(place, partner.level, found.group(0))
        return partner

    def _full_name_written_apart(self, span: str, partner: Partner, ctx: ArticleContext) -> Partner:
        """A short name where the article writes a hyphenated full name of a town beginning with it
        elsewhere ("X" beside "X-Y"): that town, not a namesake that bears the short name alone."""
        if ctx.hyphenated_names is None:
            ctx.hyphenated_names = [
                (frozenset(lemma_candidates(found.group(1), limit=3)), found.group(0))
                for found in _HYPHENATED_NAME.finditer(ctx.text)
            ]
        forms = set(lemma_candidates(span, limit=3))
        for first_forms, compound in ctx.hyphenated_names:
            if not forms.intersection(first_forms):
                continue
            place = self.world.best(compound, partner.country_iso2)
            if place and place.score >= EXACT and place.geonameid != partner.geonameid:
                return partner_of(place, partner.level)
            if place is None and (elsewhere := self._compound_in_another_country(compound, partner, ctx)):
                return elsewhere
        return partner

    @staticmethod
    def _last_word_of_a_partner_named_in_full(span: str, partner: Partner, ctx: ArticleContext) -> Partner:
        """A one-word name that is the last word of a two-word town the article named before in the same
        country ("місто Велке X … угода з X-ами"): that town, not a namesake that bears the word alone."""
        forms = {name_key(form) for form in lemma_candidates(span, limit=3)}
        fuller = {
            found.geonameid: found
            for (_, country), found in ctx.resolved.items()
            if country == partner.country_iso2
            and found.geonameid
            and found.geonameid != partner.geonameid
            and len(words := (found.name_uk or "").split()) > 1
            and name_key(words[-1]) in forms
        }
        return next(iter(fuller.values())) if len(fuller) == 1 else partner

    def _compound_in_another_country(
        self, compound: str, partner: Partner, ctx: ArticleContext
    ) -> Partner | None:
        """The town a hyphenated full name gives in another country the article names, when the partner's
        own country has no town of that name ("румунський X-Y" beside a later bare "X", which a namesake
        elsewhere also bears): the short name is that town's."""
        for country in ctx.countries:
            if country == partner.country_iso2:
                continue
            place = self.world.best(compound, country)
            if place is not None and place.geonameid:
                return partner_of(place, partner.level)
        return None

    def _resolve(
        self, span: str, hint: Hint, sentence_countries: list[str], ctx: ArticleContext
    ) -> Partner | None:
        """Gazetteer first (within the hinted or mentioned countries); a derived name only on an explicit cue.

        The dictionary knows many place names as plain nouns, so "common word" only makes a match
        need more: an exact gazetteer name, or an explicit cue; at a sentence start it rules a word out.
        """
        countries = (
            [hint.country] if hint.country else list(dict.fromkeys([*sentence_countries, *ctx.countries]))
        )
        if not hint.adjacent_cue and _AN_INSTITUTIONS_NOUN.match(span) and has_common_noun_reading(span):
            return None  # "з Музеєм <чого>": the capital opens an institution's name, not a town's
        if (
            hint.sentence_initial
            and not hint.explicit
            and (all_common_words(span) or (" " not in span and has_common_noun_reading(span)))
        ):
            # The dictionary lists many towns as plain nouns: at a sentence start such a word is a place
            # only as an exact gazetteer name in a country this sentence names ("X став …
            # польським партнером").
            exact = self.world.best(span, None, level=hint.level) if len(span) >= 5 else None
            if (
                exact
                and exact.score >= 0.95
                and (
                    exact.country_iso2 in sentence_countries
                    or exact.country_iso2 in self._countries_of_the_paragraph(ctx)
                    or _named_after_a_unit_noun(ctx.text, span)  # "… гміни X …. «X і Y – партнери»"
                )
            ):
                return self._remember(ctx, partner_of(exact, hint.level, span))
            return None
        careful = False  # mid-sentence capitals are names; the dictionary lists many places as plain nouns
        exact = self.world.best(span, None, level=hint.level)  # exact names only: cheap, most partners
        located = (
            self._located_earlier(ctx, span, exact)
            if (exact or len(countries) > 1 or hint.country) and not hint.admin1
            else None
        )
        if located and not hint.country:
            # of the namesakes, the one the article located; none when the gazetteer does not know it
            return None if located is _UNKNOWN_THERE else self._remember(ctx, located)
        if located and located is not _UNKNOWN_THERE and located.country_iso2 == hint.country:
            return self._remember(ctx, located)  # "японське місто X" after "X (префектура Y)": that X
        if exact and exact.score >= 0.95 and exact.country_iso2 in countries and not hint.admin1:
            exact = self._tied_in_an_earlier_country(span, exact, countries, hint.level)
            return self._remember(ctx, partner_of(exact, hint.level, span))
        if not (hint.explicit or hint.after_head or sentence_countries):
            # no cue here: only the countries the paragraph has named so far and the article's main ones
            # are searched by sound (a town's head before the name is a cue: "мер X" is a town)
            countries = list(dict.fromkeys([*self._countries_of_the_paragraph(ctx), *countries[:2]]))
        declined: Partner | None | object = _NOT_ASKED  # asked once, for the first declined match
        for country in countries:
            place = self.world.best(span, country, admin1=hint.admin1, level=hint.level)
            if (
                place
                and place.score < 0.95
                and hint.paired_by_dash
                and exact
                and exact.score >= 0.95
                and name_key(place.name_uk) != name_key(span)
            ):
                continue  # a dash pair names its sides as written: not a case form of another country's town
            if place and place.score < 0.95:
                if declined is _NOT_ASKED:
                    declined = self._declined_from_known(ctx, span)
                if declined is not None and declined.geonameid != place.geonameid:
                    return declined  # "ґміна Міхалово" … "з Міхаловом": not the namesake Міхалов
            if place and (place.score >= 0.95 or not careful):
                partner = self._remember(ctx, partner_of(place, hint.level, span))
                if hint.country and hint.explicit and partner.geonameid:
                    ctx.located.append((_forms(span), partner))
                return partner
        if declined is _NOT_ASKED and not hint.country:
            declined = self._declined_from_known(ctx, span)
        if isinstance(declined, Partner):
            return declined  # a case form of a place the article resolved, of a country not searched here
        if not hint.country:
            place = self.world.best(span, None, level=hint.level)
            if (
                place
                and place.country_iso2 != "UA"
                and place.score >= 0.95
                and (
                    place.country_iso2 in ctx.countries
                    or ((place.population or 0) >= _KNOWN_TOWN and not self.world.big_namesake(span, place))
                )
                # after a unit's noun ("мер комуни X"), only a town of a country that has such units
                and not (hint.unit_countries and place.country_iso2 not in hint.unit_countries)
            ):
                if self.world.region_country(span) in countries:
                    return None  # a region of a country the article names, not a town of its name elsewhere
                return partner_of(place, hint.level)
        country = hint.country or (countries[0] if len(countries) == 1 else None)
        if hint.level in ("district", "region") and not country and countries:
            # a unit the gazetteer lacks is placed in the sentence's one country, else the article's first
            # only when the article names no other ("районом X" after partners in two countries: unknown)
            named = list(dict.fromkeys(sentence_countries)) or list(dict.fromkeys(ctx.countries))
            country = named[0] if len(named) == 1 else None
        if not hint.country and hint.unit_countries and country not in hint.unit_countries:
            return None  # "округом X" in an article about another country: that country has no such unit
        if (
            hint.adjacent_cue
            and country
            and not is_place_adjective(span)
            and not in_country_name(span)
            and not _A_BODYS_WORD.match(
                span
            )  # "з Асоціацією комун …": a body, not a town the gazetteer lacks
        ):
            name_uk = nominative_guess(clean_span(span))
            self._read_deferred(ctx, name_uk)
            known = [p for (key, _), p in ctx.resolved.items() if key == name_key(name_uk) and p.geonameid]
            if len(known) == 1:
                return known[0]  # the article already knows this place: a later cue does not move it
            stem = case_stem(name_uk)
            read = {
                p.name_uk: p
                for p in ctx.unknown_units
                if p.level == hint.level and p.country_iso2 == country and case_stem(p.name_uk) == stem
            }
            if len(read) == 1:
                return next(iter(read.values()))  # "повітом X" … "повітової ради X-и": the unit read before
            unknown = Partner(
                name_uk, self.world.latin(name_uk, country), country, None, None, hint.level, False
            )
            ctx.unknown_units.append(unknown)
            return unknown
        return None

    def _opens_an_institutions_name(
        self, text: str, end: int, span: str, partner: Partner, ctx: ArticleContext
    ) -> bool:
        """A word the dictionary knows as a plain noun, followed by a capitalised word the dictionary does
        not know at all (a foreign word: no place, person or Ukrainian word): the first word of an
        institution's or a firm's name, not a town, unless its town is in a country the article names."""
        after = _CAPITALISED_AFTER.match(text, end)
        return (
            after is not None
            and partner.country_iso2 not in ctx.countries
            and has_common_noun_reading(span)
            and not any(parse.is_known for parse in parses(after.group(0).strip().lower()))
        )

    def _tied_in_an_earlier_country(
        self, span: str, place: ForeignPlace, countries: list[str], level: str | None
    ) -> ForeignPlace:
        """Two countries' towns match a name equally well (one's name is an alias of the other's): the
        one in the country the sentence or the article names first is meant, not the other. A bigger town
        there that matches nearly as well outweighs a small one elsewhere matched only by an alias."""
        for country in countries[: countries.index(place.country_iso2)]:
            other = self.world.best(span, country, level=level)
            if other is not None and other.score >= place.score - _TIED_SCORE:
                return other
            if (
                other is not None
                and place.score < 1.0  # an alias: the name written is not the town's own
                and other.score >= place.score - _ALIAS_MARGIN
                and (other.population or 0) > (place.population or 0)
            ):
                return other
        return place

    def _declined_from_known(self, ctx: ArticleContext, span: str) -> Partner | None:
        """A case form of a place the article resolved under one of the form's candidate nominatives
        ("ґміна Міхалово" … "з Міхаловом"): that place, not a namesake another nominative spells. A word
        ending in a hard consonant may also be the endless genitive plural of a town named in the plural."""
        cleaned = clean_span(span)
        nominatives = lemma_candidates(cleaned, limit=6)[1:]
        if _HARD_CONSONANT_END.search(cleaned):
            nominatives += [cleaned + "и", cleaned + "і"]  # "бурмістр X" of a town "X-и" named before
        for nominative in nominatives:
            self._read_deferred(ctx, nominative)
        keys = {name_key(nominative) for nominative in nominatives}
        known = {p.geonameid: p for (key, _), p in ctx.resolved.items() if key in keys and p.geonameid}
        return next(iter(known.values())) if len(known) == 1 else None

    def _located_earlier(
        self, ctx: ArticleContext, span: str, namesake: ForeignPlace | None
    ) -> Partner | None:
        """The one place the article names elsewhere with its country or region beside it ("X (Країна)",
        "X (штат Y)", "X, штат Y") under a form of this name: a bare "X" is that place, not a namesake
        the bare spelling fits better. With no namesake in the gazetteer, the same written form counts,
        else another form only of a place the gazetteer knows: other forms of a word the gazetteer does
        not know may be no place at all."""
        self._read_deferred(ctx, span)
        if not ctx.appositions_read:
            ctx.appositions_read = True  # in sentences never read for facts too: a lead, a background line
            in_regions = [
                # the unit word with the region's name: "префектура" tells its country when a spelling of
                # the name alone is not the gazetteer's
                *((m.group(1), f"{m.group(2)} {m.group(3)}") for m in NAME_THEN_REGION.finditer(ctx.text)),
                *(
                    (m.group(1), f"{m.group(2)} {m.group(3)}")
                    for m in NAME_THEN_BRACKETED_REGION.finditer(ctx.text)
                ),
                # "X у Y-ському повіті Z-ського воєводства"
                *((m.group(1), m.group(2)) for m in NAME_IN_ITS_REGION.finditer(ctx.text)),
            ]
            for name, region in in_regions:
                country = self.world.region_country(region)
                place = self.world.best(name, country, admin1=region) if country else None
                if place is not None:
                    ctx.located.append((_forms(name), partner_of(place, "city", name)))
            by_region = [forms for forms, _ in ctx.located]
            for name, country in self._named_with_their_country(ctx.text):
                if any(forms & _forms(name) for forms in by_region):
                    continue  # placed in its region elsewhere: that says more than its country
                if place := self.world.best(name, country):
                    ctx.located.append((_forms(name), partner_of(place, "city", name)))
            for name, country in self._named_after_their_country_adjective(ctx.text):
                if (place := self.world.best(name, country)) and place.score >= _PLACED_SCORE:
                    ctx.placed_by_adjective.append((_forms(name), partner_of(place, "city", name)))
        if namesake is None:
            places = _located_matching(ctx, frozenset({name_key(clean_span(span))}))
            if not places:  # a case form of a place the gazetteer knows, located by its nominative
                forms = _forms(span)
                places = {gid: p for gid, p in _located_matching(ctx, forms).items() if gid is not None}
                # or named by its exact name after its country's adjective ("литовське місто X")
                places = places or {p.geonameid: p for keys, p in ctx.placed_by_adjective if keys & forms}
        else:  # its forms, and the gazetteer's nominative, which bridges forms de-inflection misses
            places = _located_matching(ctx, _forms(span) | {name_key(namesake.name_uk)})
        if None in places:
            return _UNKNOWN_THERE
        return next(iter(places.values())) if len(places) == 1 else None

    def _countries_by_adjective_in_order(self, ctx: ArticleContext, span: str) -> list[str]:
        """The foreign countries whose adjective the article sets before a form of this name, right before
        it or before its unit noun ("шведський X", "з норвезьким містом X"), in the order the article first
        names them; read once an article."""
        if ctx.adjective_countries is None:
            placed: dict[str, dict[str, int]] = {}
            for match in _ADJECTIVE_THEN_NAME.finditer(ctx.text):
                country = self._word_country(match.group(1))
                if country and country != "UA":
                    for key in _forms(match.group(2)):
                        placed.setdefault(key, {}).setdefault(country, match.start())
            ctx.adjective_countries = placed
        first_at: dict[str, int] = {}
        for key in _forms(span):
            for country, at in ctx.adjective_countries.get(key, {}).items():
                first_at[country] = min(at, first_at.get(country, at))
        return sorted(first_at, key=first_at.__getitem__)

    def _named_after_their_country_adjective(self, text: str) -> list[tuple[str, str]]:
        """(name, country) of the towns the text names after their country's adjective and a unit noun
        ("литовське місто X"): used only for a case form of the name that the gazetteer does not know
        as it is written, never against a namesake that it does know."""
        found = []
        for match in _ADJECTIVE_UNIT_NAME.finditer(text):
            country = self._word_country(match.group(1))
            if country and country != "UA":
                found.append((match.group(2), country))
        return found

    def _named_with_their_country(self, text: str) -> list[tuple[str, str]]:
        """(name, country) of the towns the text places by their country in brackets ("X (Країна)") or at
        the opening of a line ("Країна, місто X."). A country's adjective is no such placing: "не плутати з
        італійською X" names the namesake."""
        found = [
            (m.group(1) or m.group(3), self.world.country(m.group(2) or m.group(4)))
            for m in NAME_THEN_COUNTRY.finditer(text)
        ]
        found += [(m.group(2), self.world.country(m.group(1))) for m in COUNTRY_THEN_NAME.finditer(text)]
        return [(name, country) for name, country in found if country and country != "UA"]

    def _short_name_known(self, text: str, start: int, span: str, ctx: ArticleContext) -> Partner | None:
        """A short name (three letters or fewer) that is the nominative of a place the article has already
        resolved with more evidence (a longer case form, a country cue) is that place; otherwise it stays
        no name."""
        if written_as_other_name(text, start, span):
            return None
        self._read_deferred(ctx, span)
        key = name_key(span)
        known = [p for p in ctx.resolved.values() if p.geonameid and name_key(p.name_uk) == key]
        if len({p.geonameid for p in known}) == 1:
            return known[0]
        return None if known else self._short_name_after_a_unit_noun(span, ctx)

    def _short_name_after_a_unit_noun(self, span: str, ctx: ArticleContext) -> Partner | None:
        """A short name the article writes elsewhere, as written, after a town's or gmina's noun ("у місті
        X"), in any sentence: that place, when the gazetteer has it exactly in a country the article names."""
        text, at = ctx.text, ctx.text.find(span)
        while at != -1 and not (
            _UNIT_NOUN_BEFORE.search(text, max(0, at - 16), at)
            and not _WORD_GOES_ON.match(text, at + len(span))
        ):
            at = text.find(span, at + 1)
        if at == -1:
            return None
        place = self.world.best(span, None)
        if place is None or place.score < EXACT or place.country_iso2 not in ctx.countries:
            return None
        return self._remember(ctx, partner_of(place, "city", span))

    def _remember(self, ctx: ArticleContext, partner: Partner) -> Partner:
        """The partner this article resolved first under the same name and country, else this one.

        Sentences that cannot give a fact left their names unresolved (``ctx.unread``); before a
        name new to the article is taken, they are resolved in order, so that the first resolution
        of a name is the one of the earliest sentence, as if every sentence had been read in full."""
        key = (name_key(partner.name_uk), partner.country_iso2)
        if key not in ctx.resolved:
            self._read_deferred(ctx, partner.name_uk)
        return ctx.resolved.setdefault(key, partner)

    def _read_deferred(self, ctx: ArticleContext, name_uk: str | None = None) -> None:
        """Resolve, in order, the names of the sentences left unread so far (see ``ArticleContext.unread``).

        For one place's name, only as far as the last of them that may name it: the rest cannot
        resolve it first, and stay unread until another name needs them (they are later in the text
        than every sentence read now, so the order of first resolutions is kept)."""
        unread = ctx.unread
        if name_uk is not None:
            last = max((i for i, (text, _) in enumerate(unread) if may_name(text, name_uk)), default=-1)
            unread, rest = unread[: last + 1], unread[last + 1 :]
        else:
            rest = []
        ctx.unread = []  # no nested reading while these are read: they come first in the text
        for text, mentions in unread:
            self._foreign_places(text, mentions, ctx)
        ctx.unread = rest

    def _region_spans(self, text: str, sentence_countries: list[str], ctx: ArticleContext):
        """Foreign regions written as adjective + region noun: "Оломоуцьким краєм", "X-ський район"."""
        for match in REGION_PHRASE.finditer(text):
            adjective, noun = match.group(1), match.group(2)
            genitive = re.search(r"(?:ого|ої|их)$", adjective)
            if (genitive and not _REGION_BODY_BEFORE.search(text, 0, match.start())) or inside_parentheses(
                text, match.start()
            ):
                continue  # "у межах X-ського району" is where; "самоврядування X-ського району" signs
            if of_another_party(text, match.start()) or _a_projects_partner(text, match.start()):
                continue  # "Спілка муніципалітетів X-ського краю": an association named after its region
            if name_key(nominative_adjective(adjective, noun)) in ua_raion_keys():
                continue
            if self.world.country(adjective):
                continue  # "<Країнський> район X": the country's adjective, the region's name follows
            if (
                noun.startswith(("район", "округ"))
                and (name := _CAPITALISED_AFTER.match(text, match.end()))
                and not self.world.country(name.group(0).strip())
            ):
                continue  # "X-ський район Y": Y is the district of the city X, named after its noun
            hint = hints(text, match.start(), match.end(), self.world)
            name_uk = f"{nominative_adjective(adjective, noun)} {region_noun(noun)}"
            told = hint.country or (sentence_countries[0] if len(sentence_countries) == 1 else None)
            if told:  # the region's country beside it, or the one country its sentence names
                ctx.region_countries.setdefault(name_key(name_uk), told)
            country = hint.country or self.world.region_country(match.group(0))
            country = country or ctx.region_countries.get(name_key(name_uk))  # as the article gave it before
            # else the one country the sentence, or the article, names: of several, none is told
            named = sentence_countries or ctx.countries
            country = country or (named[0] if len(set(named)) == 1 else None)
            if not country or country == "UA" or is_location(text, match.start()):
                continue
            latin = self.world.latin(name_uk, country)
            yield match.start(), match.end(), Partner(name_uk, latin, country, None, None, "region", False)

    def _latin_places(self, text: str, taken, sentence_countries, ctx: ArticleContext):
        for match in LATIN_NAME.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            if any(_GLOSS_GAP.fullmatch(text, e, match.start()) for _, e in taken):
                continue  # "X (Xlatin)": the name as written in its own language, not a second place
            for country in [*sentence_countries, *ctx.countries]:
                place = self.world.best(match.group(0), country)
                if place:
                    yield match.start(), match.end(), partner_of(place, "city")
                    break


# A capitalised name of one or two words right after a spaced dash: the part of "Місто – Частина".
_PART_AFTER_A_DASH = re.compile(r"\s[–—]\s([А-ЯІЇЄҐ][\w'’-]+(?:\s[А-ЯІЇЄҐ][\w'’-]+)?)")
_SIBLING_GAP = re.compile(r"\s*(?:,|,?\s*(?:та|і|й))\s*")
_WE_SIGNED = re.compile(r"\bми\s+(?:\S+\s+)?(?:підписали|уклали|скріпили)\b", re.IGNORECASE)
_SIGNED_BY_NO_ONE_NAMED = re.compile(r"\b(?:підписан|укладен)(?:о|а|ий|е|і)\b", re.IGNORECASE)
"""A passive signing ("угоду підписано", "меморандум укладений"): it names no signer."""
# The last entry of a list, then a dash and what its own tie rests on ("– там співпраця триває … на
# підставі угоди про співробітництво"): its document is its own, not the sentence's.
_AN_ENTRYS_OWN_BASIS = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?[–—]\s+[^–—]*?\bна\s+підставі\s+")
_IN_BEFORE = re.compile(r"\b(?:в|у)\s+$", re.IGNORECASE)
_NEAR_BEFORE = re.compile(r"\bпід\s+$", re.IGNORECASE)
"""A town after "під" ("X-ська громада під Y-ем"): where the hromada lies, near the town, no side."""


def _an_oblast_by_its_area_acts(text: str, mention: UaMention) -> bool:
    """An oblast named by its area's noun is the subject of a tie ("з 2024 року X-щина має угоду з
    воєводством Y"): the oblast's tie, not that of a hromada the article is about."""
    return (
        mention.kind == "oblast"
        and _AREA_NOUN_END.search(mention.text) is not None
        and _ITS_TIE_FOLLOWS.match(text, mention.end) is not None
    )


# A foreign unit referred to by a possessive pronoun as a subject: "його гміна", "їхній муніципалітет".
_THE_SPEAKERS_OWN_TOWN = re.compile(
    r"\bсво(?:го|єму|їм|є|єї|ій|ю)\s+(?:рідн\w+\s+)?(?:міст\w*|ґмін\w*|гмін\w*|комун\w*|муніципалітет\w*),?\s+"
    r"(?:яке|яка|який|що|котре)\b",
    re.IGNORECASE,
)
"""The town of the sentence's subject, told by "свій" and a relative clause: the speaker's own town,
whose ties that clause tells; on a news page not the article's hromada unless a Ukrainian office speaks."""
_A_UKRAINIAN_OFFICE = re.compile(r"\b(?:голов|старост|секретар\w*\s+ради|депутат)\w*", re.IGNORECASE)
_A_FOREIGN_UNIT_BY_ITS_PRONOUN = re.compile(
    r"\b(?:його|її|їхн\w+)\s+(?:ґміна|гміна|муніципалітет|комуна|повіт|жудець|медьє)\b", re.IGNORECASE
)
_AREA_NOUN_END = re.compile(r"(?:щин|ччин)\w*$")
_ITS_TIE_FOLLOWS = re.compile(
    r"\s+(?:вже\s+|також\s+|теж\s+)?(?:підписал|уклал|ма(?:є|ла)\s+(?:\S+\s+)?(?:угод|партнер|побратим|меморандум))",
    re.IGNORECASE,
)


def _a_recipient(text: str, mention: UaMention) -> bool:
    """The hromada after a verb of giving or proposing is what receives ("передали Херсону"), unless it is
    named by its unit noun in the nominative: then it is the verb's subject ("надала сусідня X-ська
    громада, яка …")."""
    return _RECIPIENT_BEFORE.search(
        text, max(0, mention.start - 40), mention.start
    ) is not None and not _NOMINATIVE_UNIT_END.search(mention.text)


_NOMINATIVE_UNIT_END = re.compile(r"\b(?:громада|рада|ОТГ)$")
_RECIPIENT_BEFORE = re.compile(
    r"\b(?:передал|передав|передали|надал|надав|подарува|доставил|доставив|відправил|відправив|вручил|вручив|"
    r"привезл|привіз)\w*\s+(?:[\w'’-]+\s+){0,2}?$"
    # "шведи запропонували X-і долучитися": the one a proposal or an invitation is made to
    r"|\b(?:запропонува|пропону|запроси|запрошу|порадил|радять)\w*\s+$"
    # "збір допомоги для X": the aid's recipient
    r"|\b(?:допомог|збор|збир|кошт|гуманітарк)\w*\s+(?:[\w'’-]+\s+){0,2}?для\s+$"
    # "долучилися до допомоги X-у", "допомогли X-і": the one the help goes to
    r"|\b(?:допомог|підтримк)\w*\s+$",
    re.IGNORECASE,
)
"""A hromada right after a verb of giving, or the aid "для" it, is what receives the aid, not a side of
the givers' tie."""


_VENUE_THEN_THE_HROMADA = re.compile(
    r"(?:^|(?<=\s))(?:у|в)\s+[А-ЯІЇЄҐ][\w'’-]+(?:\s+[А-ЯІЇЄҐ][\w'’-]+)?\s+(?:наша\s+)?громада\s+(?:[а-яіїєґ'’]+\s+)?"
    r"(?:підписал|уклал|скріпил|ухвалил|затвердил)",
)


_NEXT_IN_LINE = re.compile(
    r"(?:\bна\s+черзі|\bнаступн(?:ий|им|а|ою)\s+(?:\S+\s+)?(?:партнер|побратим)\w*)\s*[–—:]?\s*"
    r"(?:[а-яіїєґ'’-]+\s+){0,3}$",  # "наступний партнер – польський X": the next tie, still to come
    re.IGNORECASE,
)
_IN_PARTNERSHIP_WITH = re.compile(r"\b(?:у|в)\s+партнерстві\s+(?:з|із|зі)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def _a_projects_partner(text: str, start: int) -> bool:
    """ "у партнерстві з X проведено навчання": X a partner in one project, no tie of the towns."""
    return _IN_PARTNERSHIP_WITH.search(text, max(0, start - 50), start) is not None


_ITS_HOLDERS_HROMADA = re.compile(r"\s*(?:його|її)\s+(?:громада|місто|селище|село)\b", re.IGNORECASE)


_TOLD_BY_A_COUNCIL = re.compile(
    r"\b[Яя]к\s+(?:повідомил|повідомля|розповіл|зазначил|інформу|поінформувал|заявил)\w*\s+(?:в|у)\s+"
)


def _council_telling(text: str, mentions: list[UaMention]) -> UaMention | None:
    """The hromada whose council a sentence names as its source ("Як повідомили в X-ській міській раді,
    громада …"): the hromada its bare "громада" is."""
    told = _TOLD_BY_A_COUNCIL.search(text)
    if told is None:
        return None
    named = [m for m in mentions if m.start == told.end() and m.kind in HROMADA_KINDS and m.katottg]
    if not named:
        return None
    council = named[0].text.endswith(" раді") or _COUNCIL_AFTER.match(text, named[0].end)
    return named[0] if council else None


_COUNCIL_AFTER = re.compile(r"\s+(?:міській|селищній|сільській)\s+раді\b")


def _year_bracketed_after_side(text: str, at: int | None, mentions: list[UaMention]) -> str | None:
    """The year in brackets right after the Ukrainian side's name ("A-ська (2023)"): its own tie's year."""
    end = next((m.end for m in mentions if m.start == at), None) if at is not None else None
    found = _BRACKETED_YEAR.match(text, end) if end is not None else None
    return found.group(1) if found else None


def _another_entrys_renewal(text: str, at: int) -> bool:
    """The sentence lists entries after a colon, split by semicolons, and the renewal it tells is in another
    entry than the one at ``at``."""
    opening = text.rfind(":", 0, at)
    if opening < 0 or ";" not in text[opening:]:
        return False
    start = max(opening, text.rfind(";", 0, at)) + 1
    end = text.find(";", at)
    own = text[start : end if end >= 0 else len(text)]
    others = text[:start] + (text[end:] if end >= 0 else "")
    return status_of(own) != "renewed" and status_of(others) == "renewed"


_BRACKETED_YEAR = re.compile(
    r"\s*\((?:[А-ЯІЇЄҐ][\w'’ -]{1,30},\s*)?(?:(?:з|із|від)\s+)?((?:19|20)\d\d)(?:\s*(?:рік|року|р\.))?\)"
)
"""A year in brackets right after a partner, maybe after its country: "X (2017)", "X (Польща, 2017)",
"X (з 2017 року)"."""


def _the_paragraphs_hromada_named_only_as_a_place(
    text: str, ua_mentions: list[UaMention], context: ArticleContext, sentence: Sentence
) -> UaSide | None:
    """The hromada a sentence with a bare "громада" subject names only as where guests come to ("до X-а"),
    when it is also the one the paragraph named last before the sentence: the subject is that hromada."""
    if not ua_mentions or len({m.katottg for m in ua_mentions}) != 1:
        return None
    if not all(_TO_BEFORE.search(text, max(0, m.start - 4), m.start) for m in ua_mentions):
        return None  # "… приїде до X-а": guests come to the hromada the paragraph is about
    if not bare_hromada_subject(text, 0, ua_mentions[0].start):
        return None
    last = _last_side_in_paragraph(context, sentence.start)
    return side_of_mention(last[0]) if last and last[0].katottg == ua_mentions[0].katottg else None


_TO_BEFORE = re.compile(r"\bдо\s+$", re.IGNORECASE)
_HEAD_OF_THE_HROMADA = re.compile(r"\bголов[аиоу]\s+громади\b")
"""The head of "the hromada", named by no adjective: the hromada the story is about."""


def _last_side_in_paragraph(context: ArticleContext, before: int) -> tuple[UaMention, bool] | None:
    """The hromada the paragraph names last before ``before``, and whether it stands with no preposition
    before it (a subject, or a noun's genitive), not after one."""
    start = context.text.rfind("\n", 0, before) + 1
    named = [
        m
        for m in context.subject_mentions
        if start <= m.start < before and m.kind in HROMADA_KINDS and m.katottg
    ]
    named = [m for m in named if not an_entry_of_a_partner_list(context.text, m.start, m.end)]
    if not named:
        return None
    last = named[-1]
    return last, governing_preposition(context.text, last.start, ANY_PREPOSITION) is None


def _came_to_watch(text: str, start: int) -> bool:
    """The sentence tells who came to a signing ("На підписання угоди з Y приїхав …"): the hromadas of the
    people who came, named after the verb, are guests, not parties."""
    came = _CAME_TO_A_SIGNING.match(text)
    if came is not None and start >= came.end():
        return True
    # "Делегація з X також приїхала на підписання угоди з Y": one more guest, the sides told before
    return _ALSO_CAME_TO_A_SIGNING_AFTER.match(text, start) is not None


_CAME_TO_A_SIGNING = re.compile(
    r"\s*На\s+(?:\w+\s+)?підписанн\w*\b[^.;:!?]{0,80}?\b(?:приїха\w*|прибу\w*|завіта\w*|присутн\w*)",
    re.IGNORECASE,
)
_ALSO_CAME_TO_A_SIGNING_AFTER = re.compile(
    r"[^.;:!?,]{0,30}?\b(?:також|теж)\s+(?:приїха|прибу|завіта|долучи)\w*\s+(?:\S+\s+){0,2}?(?:на|до)\s+"
    r"(?:\w+\s+)?підписанн",
    re.IGNORECASE,
)
_VISITED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(VISIT_NOUN_STEMS)})\w*\s+(?:[\w'’-]+\s+){{0,5}}?(?:до|в|у)\s+$", re.IGNORECASE
)
"""A hromada right after a visit's "до"/"в" ("під час візиту делегації до X") is where the visit went."""
_A_HELPERS_SEAT_BEFORE = re.compile(
    r"\bза\s+(?:сприяння|підтримки|посередництва|допомоги)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:товариств|організаці|фонд|асоціаці|спілк|центр|клуб|представництв|посольств|консульств)\w*"
    r"\s+(?:[\w'’«»\"-]+\s+){0,5}?(?:у|в)\s+$",
    re.IGNORECASE,
)
"""A hromada after "за сприяння <an organisation> у": where the helper sits, not a side of the tie."""
_WHERE_A_MOVED_BODY_WORKS = re.compile(
    r",\s+де\s+(?:нині|тепер|зараз|наразі|тимчасово|відтоді)\s+(?:\S+\s+){0,2}?"
    r"(?:працю|розміщ|розташова|перебува|діє|діють)\w*\s+(?:\S+\s+){0,2}?(?:адміністраці|рад[аи]\b|виконком)",
    re.IGNORECASE,
)
"""The city where another hromada's administration now works (an occupied hromada's moved office): a
host, not a side of that hromada's ties."""
_A_HOLDERS_TOWN_PLACED_BEFORE = re.compile(
    r"\b([а-яіїєґ'’]+)\s+[А-ЯІЇЄҐ][\w'’-]+(?:\s+[А-ЯІЇЄҐ][\w'’-]+)?\s*\([^()]{1,80}\)\s*$"
)
"""A role, its town and the town's place in brackets, right before a name: "мер X (штат Y, Країна) "."""
_A_HOLDERS_TOWN_BEFORE = re.compile(
    rf"\b((?:{TOWN_HEAD}|голов\w*|староста|старостк\w*|очільник\w*))\s+(?:[а-яіїєґ'’-]+\s+){{0,3}}?"
    r"(?:міста|містечка|ґміни|гміни|комуни|муніципалітету)\s+[А-ЯІЇЄҐ][\w'’-]+\s+$",
    re.IGNORECASE,
)
"""A role, its unit's noun and its town right before a name: "мер угорського міста X "."""
_TWO_NAMES = re.compile(r"(?:\b([а-яіїєґ'’]+)\s+)?\b([А-ЯІЇЄҐ][а-яіїєґ'’]+)\s+([А-ЯІЇЄҐ][а-яіїєґ'’-]{2,})\b")
"""Two capitalised words in a row, with the word before them: a first name and a surname, when the first
is a first name or a role stands before them."""


_NAME_LIES_IN_REGION = re.compile(
    r"([А-ЯІЇЄҐ][\w'’-]+)(?:" + LIES_IN_REGION.pattern + "|" + REGION_OF_THE_NAME.pattern + "|"
    # "X префектури Y", "X штату Y": the region's noun, then its name
    r"\s+(?:префектури|провінції|штату|кантону)\s+([А-ЯІЇЄҐ][\w'’-]+)|"
    # "X із федеральної землі Y": where the town's people come from
    r"\s+(?:з|зі|із)\s+(?:федеральної\s+)?(?:землі|провінції|штату|кантону)\s+([А-ЯІЇЄҐ][\w'’-]+)|"
    # "X(, з яким …,) лежить у Y": the region named as where the town lies, the relative clause between
    r"(?:,\s+(?:з\s+як\w+|як\w+|що|де)\s[^.;:!?«»]{0,80}?,)?\s+(?:лежить|розташован\w*|розміщен\w*|знаходиться)"
    r"\s+(?:у|в)\s+((?:[А-ЯІЇЄҐ][\w'’-]+\s+)?[А-ЯІЇЄҐ][\w'’-]+))"
)
_AN_ADJECTIVE_BEFORE_A_NAME = re.compile(
    r"\b((?=[а-яіїєґ])[\w'’]+(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е))\s+([А-ЯІЇЄҐ][\w'’-]+)"
)
"""A lowercase place adjective right before a capitalised name ("саксонський X", "саксонського X")."""
_NAMESAKE_SPELLED_ALIKE = 0.95
"""Two towns whose names both match this closely are namesakes as the text writes them."""
_A_FIRST_LEVEL_REGION = re.compile(
    r"\b([А-ЯІЇЄҐ][\w'’-]+(?:ськ|цьк|зьк)(?:е|ого|ому|им|ий)\s+(?:воєводств\w*|кра(?:й|ю|єм|ї)\b))"
)
"""A Polish voivodeship or a Czech or Slovak kraj named by its adjective, in any case ("Підкарпатського
воєводства", "Карловарського краю")."""
_HYPHENATED_NAME = re.compile(
    r"\b([А-ЯІЇЄҐ][а-яіїєґ'’]{2,})-(?:[а-яіїєґ]{1,4}-){0,3}[А-ЯІЇЄҐ][а-яіїєґ'’]{2,}\b"
)
"""A hyphenated town name, its parts joined by a preposition or an article too ("X-над-Y", "X-ан-дер-Y")."""
_WORD_JUST_BEFORE = re.compile(r"([а-яіїєґА-ЯІЇЄҐ][а-яіїєґ'’]*(?:ськ|цьк|зьк)[а-яіїєґ]+)\s+$")
"""A country's adjective right before a name ("словацькі X"): never the country's own name."""
_FIRST_NAME_OF_A_CLAUSE = re.compile(r"[\W\d]*([А-ЯІЇЄҐ][а-яіїєґ'’]+)\s+([^,;:.]{1,60})")
_FEAST_IN_A_TOWN = re.compile(
    r"\b(?:в|у)\s+([а-яіїєґ'’]+(?:ському|цькому|зькому))\s+(?:місті\s+)?[А-ЯІЇЄҐ][\w'’-]+\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:відзначили|відсвяткували|святкували|вшанували)\b"
)
_A_UNIT_ACTS = re.compile(
    r"(?:^|[,:;—–(]\s*|\b(?:раніше|також|вже|ще|тоді|згодом|відтак|крім\s+того)\s+)"
    r"(?:(?:ця|сама|польська|словацька|угорська|литовська|латвійська|естонська|німецька|румунська)\s+)?"
    r"(?:(?-i:[Ґґ]міна|[Гг]міна|[Мм]уніципалітет|[Кк]омуна|[Пп]римарія|[Мм]ерія|[Мм]уніципій)"
    r"|(?P<adjective>[а-яіїєґ'’]+(?:ське|цьке|зьке))\s+місто)\s+"
    r"(?:(?-i:[а-яіїєґ'’]+)\s+){0,3}?"
    r"(?:уклал[аои]|підписал[аои]|має|мала|мало|співпрацює|співпрацювала|співпрацювало|побратал\w*)\b",
    re.IGNORECASE,
)
"""A foreign town as the subject of a tie's verb, told by its unit noun or its country's adjective."""
_A_TOWNS_COUNCIL_ACTS = re.compile(
    r"\b(?:міська\s+рада|мерія|магістрат|ратуша|муніципалітет)\s+([А-ЯІЇЄҐ][\w'’-]+)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:уклал|підписал|розірвал|припинил|призупинил|денонсувал)\w*\b",
    re.IGNORECASE,
)
"""A town's council named by the town's genitive as the subject of a tie's verb ("міська рада X-а уклала")."""
_OURS_OR_HROMADA = re.compile(r"\b(?:наш\w*|ми|нас|громад\w*)\b", re.IGNORECASE)
_RIVER_PART_BEFORE = re.compile(
    r"\b(?:берег|берега|березі|берегом|берегів|річк[аиіу]|річкою|гирл[аоі]|русл[аоі]|дельт[аиіу]|"
    r"заплав[аиіу]|пониззя|пониззі|верхів'я|верхів'ї|низов'я|низов'ї|течі[їяю])\s+$",
    re.IGNORECASE,
)


def _without_second_words_of_found_names(text: str, found: list[Found]) -> list[Found]:
    """Without a one-word place that is the last word of a two-word name found in the sentence, in a case
    form ("Кутна Гора" … "Дні Кутної Гори": not a "Гора" of its own)."""
    two_words = [f.partner.name_uk.replace("-", " ").split() for f in found]
    two_words = [words for words in two_words if len(words) == 2]
    if not two_words:
        return found
    kept = []
    for f in found:
        before = _CAPITALISED_WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
        word = text[f.start : f.stop]
        if (
            before
            and " " not in word
            and any(
                same_name_word(before.group(1), first) and same_name_word(word, second)
                for first, second in two_words
            )
        ):
            continue
        kept.append(f)
    return kept


_CAPITALISED_WORD_BEFORE = re.compile(r"([А-ЯІЇЄҐ][\w'’]+)\s+$")


def _next_partner_start(foreign: list[Found], start: int, end: int) -> int:
    """Where the sentence's next partner after ``start`` is named (``end`` when none is)."""
    return min((f.start for f in foreign if f.start > start), default=end)


def _a_historic_lands_name(text: str, mention: UaMention) -> bool:
    """A village that bears the name of a historic land ("Буковина", "Поділля", "Таврія") is the land,
    unless a settlement's noun stands before the name kept in the nominative ("у селі Буковина"; "села
    Буковини" are the land's villages)."""
    return (
        mention.kind == "settlement"
        and _HISTORIC_LAND.match(mention.text) is not None
        and not (
            mention.text.endswith(("а", "я", "е"))
            and _A_SETTLEMENTS_NOUN_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        )
    )


_HISTORIC_LAND = re.compile(
    r"(?:Буковин|Галичин|Слобожанщин)(?:а|и|і|у|ою)$|(?:Поділл|Полісс|Покутт)(?:я|і|ю|ям)$|Волин(?:ь|і|ню)$"
    r"|Таврі(?:я|ї|ю|єю)$|Донбас(?:у|і|ом)?$"
)
_A_SETTLEMENTS_NOUN_BEFORE = re.compile(
    r"(?:\bс\.|\bсмт|\bсел\w*|\bселищ\w*|\bм\.|\bміст\w*)\s*$", re.IGNORECASE
)
_COUNTED_BEFORE = re.compile(r"\b(?:два|дві|три|обидва|обидві)\s+$", re.IGNORECASE)
_ENTRY_YEAR = re.compile(r"^[^.;]*?[,–—]\s*((?:19|20)\d\d)\s*(?:рік|р\.)?\s*[.;]?\s*$")
_A_DISTANCE_FROM = re.compile(
    r"(?:\bкілометр\w*|\bкм\.?|\bмил\w*|\bїзди)\s+(?:від|до)\s+(?:[а-яіїєґ'’-]+\s+)?$", re.IGNORECASE
)
"""A distance before a name ("за 50 кілометрів від"): the name is a landmark that says where."""
_PLACED_ON = re.compile(r"\b(?:на|у|в)\s+$", re.IGNORECASE)
_PEOPLE_FROM = re.compile(
    r"\b(?:переселен\w*|ВПО|переміщен\w*\s+ос\w+|евакуйован\w*|біженц\w*|вихідц\w*|мешканц\w*|жител\w*|"
    r"родин\w*|сім['’]\w*|сімей|діт(?:и|ей|ям|ьми))\s+(?:\S+\s+){0,2}?(?:з|із|зі)\s+"
    r"(?:[а-яіїєґ'’-]+\s+){0,2}$",  # "родин з прикордонних сіл X-щини"
    re.IGNORECASE,
)
"""People, then where they come from ("переселенців з X-щини")."""
_A_HROMADA_FROM = re.compile(r"\bгромад\w*\s*,?\s+(?:теж\s+|також\s+)?(?:з|із|зі)\s+$", re.IGNORECASE)
"""A hromada, then where it comes from ("громадою із X-щини")."""
_AND_NEXT = re.compile(r"\s*(?:,|та|і|й)\s*")
_HROMADAS_OF_AN_AREA = re.compile(
    r"\b(?:громад|громадам|громадами|громадах|(?:дві|три|чотири|обидві|кілька|декілька|\d+|[а-яіїєґ'’-]+(?:ні|і))\s+"
    r"громади)\s+"
    r"(?:[а-яіїєґ'’-]+ої\s+)?$",
    re.IGNORECASE,
)
_GLOSS_GAP = re.compile(r"\s*\(\s*")


def _mentions_in(sentence: Sentence, context: ArticleContext) -> list[UaMention]:
    """The article's Ukrainian mentions that stand in ``sentence``, at positions in its own text."""
    return [
        dataclasses.replace(m, start=m.start - sentence.start, end=m.end - sentence.start)
        for m in context.mentions
        if sentence.start <= m.start and m.end <= sentence.end
    ]


def _spans_and_people(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The name spans a partner may be read from (compound names joined, two-word towns added) and the
    people named after an office, which are no partners."""
    spans = joined_spans(list(name_spans(text)), text)
    people = names_after_an_office(text, spans)
    return with_two_word_towns(spans, text, people), people


def _possible_names(text: str) -> list[tuple[int, int]]:
    """Everywhere :meth:`Extractor._foreign_places` may read a partner from, before any name is
    resolved: name spans, foreign region phrases and names in Latin letters."""
    return [
        *((start, end) for start, end, _ in _spans_and_people(text)[0]),
        *(match.span() for match in REGION_PHRASE.finditer(text)),
        *(match.span() for match in LATIN_NAME.finditer(text)),
    ]


def _located_matching(
    ctx: ArticleContext, keys: frozenset[str] | set[str]
) -> dict[int | None, Partner | None]:
    """The places the article located under a form among ``keys``, by id (None: located but unknown)."""
    return {partner.geonameid if partner else None: partner for forms, partner in ctx.located if keys & forms}


def _forms(span: str) -> frozenset[str]:
    """The keys of a name's candidate nominatives: two case forms of one name share one of them."""
    return frozenset(name_key(form) for form in lemma_candidates(clean_span(span), limit=6))


_DOCUMENT_OF_A_KIND = re.compile(
    rf"\b{DOCUMENT_NOUN}\w*\s+(?:[\w'’-]+\s+){{0,2}}?про\s+(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:співпрац|співробітн|партнерств|побратимств|поріднен|дружб)\w*"
    # "лист про наміри", "декларацію про наміри": a document of intent, whatever it is about
    r"|\b(?:лист\w*|деклараці\w*)\s+про\s+намір\w*",
    re.IGNORECASE,
)


def document_kind(text: str) -> str | None:
    """The relation a document named with its kind gives ("угоду про співпрацю" is cooperation)."""
    found = _DOCUMENT_OF_A_KIND.search(text)
    return relation_of(found.group(0)) if found else None


def _only_a_venue_of_a_foreign_towns_tie(text: str, candidate: PairCandidate, foreign: list[Found]) -> bool:
    """Another foreign town is the subject of the tie ("Y відзначає річницю партнерства з X"), and the
    Ukrainian name stands only where a clause after a dash happens ("— гості розповідали про це в Z")
    or in a later clause of its own (", і … розкажуть про Z"): Y's tie, told in or of Z."""
    ua_run, found = candidate.ua_run, candidate.found
    if (
        ua_run is None
        or ua_run[0] < found.stop
        or not (
            _A_VENUE_IN_A_DASHED_CLAUSE.fullmatch(text, found.stop, ua_run[0])
            or _A_LATER_CLAUSE_OF_ITS_OWN.fullmatch(text, found.stop, ua_run[0])
        )
    ):
        return False
    return any(
        other.stop <= found.start
        and other.partner.key != found.partner.key
        and _THE_SUBJECT_OF_A_TIE.match(text, other.stop)
        and governing_preposition(text, other.start, ANY_PREPOSITION) is None  # the subject, not "з Y"
        for other in foreign
    )


_A_VENUE_IN_A_DASHED_CLAUSE = re.compile(r"[^.;]*?\s[—–]\s[^.;]*?\s(?:в|у)\s+")
_A_LATER_CLAUSE_OF_ITS_OWN = re.compile(r"[^.;]*?,\s+(?:і|й|а|та)\s[^.;]*?\s")
_THE_SUBJECT_OF_A_TIE = re.compile(
    r"\s+(?:\S+\s+)?(?:відзнача|святку|має\b|мав\b|мала\b|підтриму|співпрацю|дружить|уклал|підписал)"
)


def _naming_a_side(context: ArticleContext, sentences: list[Sentence]) -> set[int]:
    """The sentences that name a Ukrainian hromada, its settlement or its office."""
    starts = [m.start for m in context.mentions if m.kind in HROMADA_KINDS]
    return {
        index
        for index, sentence in enumerate(sentences)
        if any(sentence.start <= start < sentence.end for start in starts)
    }


def _kind_of_the_document_before(text: str, start: int) -> str | None:
    """In a sentence naming documents of different kinds, the kind of the one whose "з" governs the
    partner at ``start``, with only lower-case modifiers between: each partner its own document."""
    documents = list(_DOCUMENT_OF_A_KIND.finditer(text))
    if len({relation_of(document.group(0)) for document in documents}) < 2:
        return None
    before = [document for document in documents if document.end() <= start]
    if not before or not _GOVERNS_THE_NAME.fullmatch(text, before[-1].end(), start):
        return None
    return relation_of(before[-1].group(0))


_GOVERNS_THE_NAME = re.compile(
    r"\w*\s+(?:(?:з|із|зі)|між\s+(?:[\w'’-]+\s+){1,4}?(?:та|і|й))\s+(?:[а-яіїєґ'’-]+\s+){0,2}"
)
"""The document's "з X", or "між A та X": the partner the document is made with."""


def _a_towns_twin_named_after_it(text: str, foreign: list[Found]) -> list[Found]:
    """One twin noun, then two towns set apart by a comma ("до міста-побратима X, Y, –"): the first
    says whose twin the second is, so neither is a twin of the hromada the sentence is about."""
    for first, second in zip(foreign, foreign[1:], strict=False):
        if (
            _ONE_TWIN_NOUN_BEFORE.search(text, max(0, first.start - 30), first.start)
            and _AN_APPOSITION_GAP.fullmatch(text, first.stop, second.start)
            and _AN_APPOSITION_END.match(text, second.stop)
            and first.partner.level == second.partner.level == "city"
        ):
            return [first, second]
    return []


_ONE_TWIN_NOUN_BEFORE = re.compile(r"\bміст(?:о|а|у|ом|і)-побратим(?:а|у|ом|і)?\s+$", re.IGNORECASE)
_AN_APPOSITION_GAP = re.compile(r"[\w'’-]*,\s+")
_AN_APPOSITION_END = re.compile(r"[\w'’-]*\s*(?:,|[–—]|\))")


def _date_of_its_elliptical_clause(text: str, found: Found, context: ArticleContext) -> str | None:
    """The date of the clause a partner stands in when a dash stands for the verb of the clause before
    ("…, з Y – у червні <року>", "…, останньою – з Y восени <року>", "…, наймолодша – з Y, укладена у
    травні"): that clause tells Y's own act."""
    begin = max((mark.end() for mark in _CLAUSE_MARK.finditer(text, 0, found.start)), default=0)
    dash_before = _AN_ELLIPTICAL_DASH_BEFORE.search(text, max(begin, found.start - 40), found.start)
    if not (dash_before or in_an_elliptical_clause(text, found.start, found.stop)):
        return None
    end = next((mark.start() for mark in _CLAUSE_MARK.finditer(text, found.stop)), len(text))
    if (participle := _ITS_PARTICIPLE_CLAUSE.match(text, end)) is not None:
        end = next((mark.start() for mark in _CLAUSE_MARK.finditer(text, participle.end())), len(text))
    return event_date_of(text[found.stop : end], context.published)


_CLAUSE_MARK = re.compile(r"[,;.!?](?=\s|$)")
_ITS_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:укладен|підписан)\w*\b", re.IGNORECASE)
"""", укладена у травні": a participle clause after a partner tells its document's act."""


def _its_renewal_after(text: str, found: Found, foreign: list[Found]) -> str | None:
    """The last clause after the partner that renews the document the sentence made with it ("…
    підписали у <рік>; у <рік> її продовжили", "а тепер депутати затвердили її нову редакцію"), when no
    other partner is named after this one: the tie's stage is that renewal. None when no clause does."""
    if any(other.start > found.start for other in foreign):
        return None
    renewals = [
        clause for clause in _CLAUSE_BREAK.split(text[found.stop :])[1:] if status_of(clause) == "renewed"
    ]
    return renewals[-1] if renewals else None


_CLAUSE_BREAK = re.compile(r"[,;]\s+(?=(?:а|і|й|та|але)\s|[^,;]*\b(?:її|його|сторони|депутати|рада)\b)")


def _dates_from_the_occasion(
    found: list[Fact], text: str, sentences: list[Sentence], title_end: int, published: date | None
) -> None:
    """An act still undated after its story and its partner's story were read takes the date of the
    occasion the article's first paragraph reports (see :func:`date_of_the_occasion`)."""
    occasion: Occasion | None | object = _NOT_ASKED  # read once an article, when a fact needs it
    for fact in found:
        if fact.link == "owner_list" or fact.status not in (*_ACTS, "planned"):
            continue
        for index in fact.sentence_indexes:
            if sentences[index].start < title_end:
                continue
            told = sentences[index].text
            if fact.event_date is not None and not _a_councils_undated_decision(fact, told, published):
                continue
            if fact.status == "planned" and not _A_DECISION.search(told):
                continue  # a plan is dated by the occasion only as a decision taken at it
            if _PUT_OFF.search(told):
                continue  # "підписання перенесли на осінь": no act done at the occasion
            if occasion is _NOT_ASKED:
                occasion = the_storys_occasion(text, sentences, published)
            if not isinstance(occasion, Occasion):
                return  # the story reports no occasion held on a day
            ends_or_renews = fact.status in ("renewed", "terminated")
            decided = fact.status == "planned"  # a plan comes this far only as a council's decision
            day = date_of_the_occasion(sentences, index, occasion, published, ends_or_renews, decided)
            if day and not after_the_article(day, published):
                fact.event_date = day
                break


_A_DECISION = re.compile(
    r"\b(?:схвалил|ухвалил|погодил|підтримал|затвердил|доручил|уповноважил)\w*|\b(?:дали|надали)\s+згоду",
    re.IGNORECASE,
)
"""A council's decision on a tie still to be made ("депутати схвалили проєкт угоди", "дали згоду")."""


def _a_decision_told(fact: Fact, sentences: list[Sentence]) -> bool:
    """A sentence of the fact tells a decision on the tie ("рада ухвалила рішення розпочати переговори")."""
    return any(_A_DECISION.search(sentences[index].text) for index in fact.sentence_indexes)


def _a_councils_undated_decision(fact: Fact, told: str, published: date | None) -> bool:
    """A renewal or an ending the sentence tells as a council's decision and does not date itself
    ("Другим рішенням депутати продовжили дію меморандуму з X"): a date read from elsewhere in the story
    (the document's signing) is not its date, the session's is."""
    return (
        fact.status in ("renewed", "terminated")
        and _A_COUNCIL_DECIDES.search(told) is not None
        and event_date_of(without_the_documents_own_dates(told), published) is None
    )


_A_COUNCIL_DECIDES = re.compile(r"\bрішенн|\bдепутат|\bсесі[їяю]\b", re.IGNORECASE)
_PUT_OFF = re.compile(r"\b(?:перенес|відклал|відкладен)\w*", re.IGNORECASE)


def _names_its_relation(text: str) -> bool:
    """The sentence names what kind of tie it is: a bare "угода" is read as cooperation, but says no
    more than that there is an agreement."""
    relation = relation_of(text)
    return relation is not None and (relation != "cooperation" or _COOPERATION.search(text) is not None)


_COOPERATION = re.compile(r"співпрац|співробітництв", re.IGNORECASE)


def _dated_for_another(text: str, event_date: str, found: Found, foreign: list[Found]) -> bool:
    """Every mention of the date's year stands in a clause that describes another partner of the
    sentence (a relative or participle clause right after its name, or brackets right after it:
    "з X (з <рік>) та Y")."""
    years = [m.start() for m in re.finditer(re.escape(event_date[:4]), text)]
    clauses = [
        (match.start(), match.end())
        for other in foreign
        if other is not found
        and other.partner.key != found.partner.key
        and (match := _DESCRIBING_CLAUSE.match(text, other.stop) or _ITS_BRACKETS.match(text, other.stop))
    ]
    return bool(years) and bool(clauses) and all(any(a <= y < b for a, b in clauses) for y in years)


_DESCRIBING_CLAUSE = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?,\s*(?:(?:(?:з|із|зі|у|в)\s+)?(?:яким|якою|якими|який|яка|яке|які|якого|якої)\b|"
    r"(?:підписан|укладен|оформлен|скріплен)\w*)[^,;.]*",
    re.IGNORECASE,
)
_ITS_BRACKETS = re.compile(r"\s*\([^()]{0,40}\)")
_TOWN_BY_ITS_UNIT = (
    rf"(?:ще\s+)?(?:із|зі|з)\s+(?:(?:одним|одною|однією)\s+)?(?:керівництвом\s+|владою\s+|представниками\s+|"
    r"(?:мером|меркою|примарем|примаркою|бургомістром|бургомістеркою|війтом|старостою)\s+)?"  # its head
    rf"(?:(?:(?=[а-яіїєґ]){ADJ}\s+)?"
    r"(?:міст\w*|містечк\w*|муніципаліт\w*|ґмін\w*|гмін\w*|мері\w*|громад\w*|округ\w*)"
    rf"|(?=[а-яіїєґ]){ADJ})\s+(?:[—–]\s+)?[А-ЯІЇЄҐ]"  # or by an adjective alone ("з польським X-ом")
)  # "ще з одним німецьким містом — X": one more town, named after a dash
_TALKS_WITH_A_TOWN = re.compile(
    r"\b(?:вед(?:е|уть|емо)|провод(?:ить|ять|имо)|провел[ао]|провели(?=[^.;]*\bвідповідно\b)|провів|розпочал\w*|почал\w*|тривають|триватимуть|"
    r"продовжу\w*|продовжил\w*)\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:переговори|перемовини)\s+{_TOWN_BY_ITS_UNIT}|"
    # "веде перемовини з X, містом у …": the town named by its unit in apposition
    r"\b(?:вед(?:е|уть|емо)|провод(?:ить|ять|имо))\s+(?:[\w'’-]+\s+){0,2}?(?:переговори|перемовини)\s+"
    rf"(?:із|зі|з)\s+[А-ЯІЇЄҐ][\w'’-]+,\s+(?:(?=[а-яіїєґ]){ADJ}\s+)?"
    r"(?:містом|містечком|ґміною|гміною|муніципалітетом|комуною)\b|"
    # "X-ська громада та місто Y наразі ведуть переговори": the town a co-subject of the talks
    r"\b(?:та|і|й)\s+(?:(?:міст|містечк|ґмін|гмін|муніципаліт)\w*\s+)[А-ЯІЇЄҐ][^.;:!?]{0,60}?\b"
    r"(?:ведуть|провели|продовжують|розпочали)\s+(?:\S+\s+)?(?:переговори|перемовини)|"
    # "перебуває на етапі переговорів з містом X": the talks' stage
    rf"\b(?:етапі|стадії|процесі)\s+(?:переговорів|перемовин)\s+{_TOWN_BY_ITS_UNIT}|"
    # "З польським X-ом громада веде переговори": the town fronted
    rf"(?:^(?:[—–]\s+)?|(?<=[.!?]\s))\s*(?:а\s+)?{_TOWN_BY_ITS_UNIT}[^.;:!?]{{0,80}}?\b(?:{HOLDS_TALKS}|{TALKS_GO_ON})|"
    # "перемовини з французьким містом X (в регіоні Y) тривають": the verb after the town
    rf"(?:переговори|перемовини)\s+{_TOWN_BY_ITS_UNIT}[^.;:!?]{{0,60}}?\b"
    r"(?:тривають|ведуться|триватимуть|продовжуються|розпочалися|почалися|тривали"
    r"|на\s+(?:[\w'’-]+\s+)?(?:стадії|етапі))\b",  # "перемовини з ґміною X вже на фінальній стадії"
    re.IGNORECASE | re.MULTILINE,
)
"""Talks held with a town named by its unit ("веде переговори з норвезьким містом X"): a tie in the
making, though no word for the tie is used yet."""


def _talks_with_a_town(text: str) -> bool:
    """:data:`_TALKS_WITH_A_TOWN` in ``text``; a plain look for the word for talks first (most sentences
    have none, and the pattern is slow to rule out)."""
    return ("ереговор" in text or "еремовин" in text) and _TALKS_WITH_A_TOWN.search(text) is not None


_CITY_WORD = re.compile(r"міст[оаіу]|містом|містечк\w*", re.IGNORECASE)
_UNIT_NOUN_BEFORE = re.compile(rf"(?<![\w-])(?:{_CITY_WORD.pattern}|[ґг]мін\w*)\s+$", re.IGNORECASE)
_WORD_GOES_ON = re.compile(r"[\w-]")
_OUR_SUBJECT = re.compile(r"\b(?:громада|ми|наша|рада)\b", re.IGNORECASE)
_PLACED_SCORE = 0.9
"""A name placed by its country's adjective counts when the gazetteer reads it there as well as a
spelling rule does (the exact names, and spellings the country's rules give)."""
_ADJECTIVE_UNIT_NAME = re.compile(  # the adjective may open a sentence ("Литовське місто X стало …")
    rf"\b((?=[а-яіїєґА-ЯІЇЄҐ]){ADJ})\s+(?:місто|міста|містечко|містечка|муніципалітет|муніципалітету|ґміна|ґміни|"
    r"гміна|гміни|громада|громади)\s+([А-ЯІЇЄҐ][\w'’-]+)"
)
_ADJECTIVE_THEN_NAME = re.compile(
    rf"\b((?=[а-яіїєґА-ЯІЇЄҐ]){ADJ})\s+(?:(?:міст|містечк|муніципалітет|[ґг]мін|комун|громад)\w*\s+)?"
    r"([А-ЯІЇЄҐ][\w'’-]+)"
)
_A_BODYS_ADJECTIVE = re.compile(r"[А-ЯІЇЄҐ][\w'’-]*[сзц]ьк(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими)")
_A_TOWNS_SELF_GOVERNMENT_AFTER = re.compile(r"\s+(?:самоврядуванн|муніципалітет)\w*\b", re.IGNORECASE)
"""A town's own council named after its adjective ("X-ське самоврядування", as Lithuanian towns are)."""
_A_BODY_AFTER = re.compile(
    r"\s+(?:районн|обласн|міськ|селищн|сільськ)\w*\s+(?:виконавч|рад|державн|адміністраці|виконком)",
    re.IGNORECASE,
)
_REGION_NOUN_AFTER = re.compile(rf"\s+(?:{GENITIVE_REGION_WORDS}|району)\b", re.IGNORECASE)
_ITS_OWN_BEFORE = re.compile(r"\bсво(?:єю|їм|їми|єї|го|їх|я|ій|є|ї)\s+$", re.IGNORECASE)
_ANY_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "…: A, B, C — з останнім місто підписало угоду у <рік>": a clause after the list about one of its entries.
_OF_ONE_ENTRY = re.compile(r"[—–,;]\s*(?:а\s+)?(?:з|із)\s+(?:(останн)|перш)(?:ім|им|ою|ьою)\b", re.IGNORECASE)


def _entry_line(text: str, at: int, entries: list[int]) -> tuple[int, int] | None:
    """The line of a list set out in lines that holds the partner at ``at``, when that line opens with
    an entry."""
    start, end = line_of(text, at)
    return (start, end) if any(start <= entry < end for entry in entries) else None


def _semicolon_entry(text: str, at: int, starts: list[int]) -> tuple[int, int] | None:
    """Where the entry of a list run on in one line and parted by semicolons that holds the partner at
    ``at`` stands, when the list has more than one such entry and this one names no other partner."""
    first = min(starts)
    if ";" not in text[first:] or "\n" in text[first:]:
        return None  # a list set out in lines has its own entry reader
    begin = max(text.rfind(";", first, at) + 1, first)
    stop = text.find(";", at)
    end = len(text) if stop == -1 else stop
    if sum(begin <= start < end for start in starts) != 1:
        return None
    return begin, end


def _date_told_of_one_entry(
    text: str, at: int, starts: list[int], event_date: str | None, published: date | None
) -> str | None:
    """A clause after a list that speaks of its last or first entry ("— з останнім … у <рік>") dates
    that entry alone: the others keep no date of that clause."""
    one = _OF_ONE_ENTRY.search(text)
    listed = sorted(start for start in starts if start < (one.start() if one else 0))
    if one is None or not listed:
        return event_date
    told = event_date_of(text[one.start() :], published)
    meant = listed[-1] if one.group(1) else listed[0]
    if at == meant:
        return told or event_date
    return None if event_date is not None and event_date == told else event_date


# After a partner, "та"/"і" and another name, then a relative clause that speaks of that other name.
_A_PLURAL_RELATIVE = re.compile(r",\s+(?:(?:з|із|у|в)\s+)?(?:якими|які|яких)\b")
_RELATIVE_OF_THE_NEXT_NAME = re.compile(
    r"\s+(?:та|і|й)\s+[^,.;:()]{1,60}?(,\s+(?:з|із|у|в)?\s*(?:якою|яким|якими|якої|якого|яка|який|яке|які)\b"
    r"[^,.;:()]*)"
)


def _relative_clause_of_the_next_name(text: str, end: int) -> tuple[int, int] | None:
    """Where a relative clause about the name coordinated after the partner ending at ``end`` stands."""
    found = _RELATIVE_OF_THE_NEXT_NAME.match(text, end)
    return found.span(1) if found else None


_THERE_ACTED = re.compile(
    r"\bтам\s+(?:\S+\s+){0,2}?(?:уклал|підписал|укладен|підписан|скріпил|поріднил|побратал)", re.IGNORECASE
)
_PRIMAR_IN = re.compile(r"примар", re.IGNORECASE)
_PRIMAR = re.compile(r"примар(?:а|ом|ові|у|і|ю|ем|ка|ки|ці|кою)?", re.IGNORECASE)
_PRIMAR_COUNTRIES = ("MD", "RO")
_ENDS_IN_A_CONSONANT = re.compile(r"[бвгґджзклмнпрстфхцчшщ]$")
_PLURAL_TOWN_SCORE = 0.9
_TIED_SCORE = 0.005
_AN_ELLIPTICAL_DASH_BEFORE = re.compile(r"[–—]\s+(?:з|із|зі)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
"""A dash for a verb left out, then "з" and the partner ("…, а B — з Y"): a clause of its own."""
_NOT_YET = frozenset({"planned", "in_negotiation"})
"""The stages short of a tie made."""
_A_HROMADAS_BODY = re.compile(r"(?:громади|ради)", re.IGNORECASE)
_HROMADA_ADJECTIVE_GENITIVE = re.compile(r"(?:ської|цької|зької|ної)$", re.IGNORECASE)
"""A hromada or its council in the genitive after its (kind's) adjective: "… X-ської сільської громади"."""
_ALIAS_MARGIN = 0.05
"""How much worse a bigger town of an earlier-named country may match than a small one matched by an alias."""
_COUNTRY_PHRASE = re.compile(r"Сполучен\w+ Штат\w+(?: Америки)?|Велик\w+ Британі\w+|Чеськ\w+ Республік\w+")


def _date_of_its_timeline_entry(text: str, at: int) -> str | None:
    """The year or day a timeline's entry opens with ("2023 – меморандум про співпрацю з X", "• 12.04.2018
    – угода про …"), for a name in that entry (entries are lines or parts parted by semicolons); None
    elsewhere."""
    entry_start = max(text.rfind("\n", 0, at), text.rfind(";", 0, at)) + 1
    entry = _TIMELINE_ENTRY.match(text, entry_start)
    if entry is None:
        return None
    if entry["day"] and 1 <= int(entry["month"]) <= 12 and 1 <= int(entry["day"]) <= 31:
        return f"{entry['year']}-{int(entry['month']):02d}-{int(entry['day']):02d}"
    return entry["year"]


_TIMELINE_ENTRY = re.compile(
    r"\s*(?:[•·▪*]\s*)?(?:(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.)?(?P<year>(?:19|20)\d\d)"
    r"(?:\s+р(?:ік|\.))?\s*[–—]\s*(?:угод|меморандум|договір|договор|деклараці)",
    re.IGNORECASE,
)


def _the_one_venue(text: str, mentions: list[UaMention]) -> UaSide | None:
    """The hromada whose council or town hosts what the sentence tells ("у X-ській міській раді
    сторони підписали …"), when it is the only Ukrainian place the sentence names and it names it only
    as where."""
    codes = {m.katottg for m in mentions}
    if len(codes) != 1 or not all(is_location(text, m.start) for m in mentions):
        return None
    return side_of_mention(mentions[0])


def _without_venues_of_named_sides(text: str, mentions: list[UaMention]) -> list[UaMention]:
    """ "в X-і … голова Y та його X-ський колега підписали": a hromada named first as the venue and
    later as a side is one side, not a third party beside the two ("X-ська громада з центром у X-і"
    names it once: the place after the side is part of its name)."""
    codes = [m.katottg for m in mentions]
    if len(set(codes)) == len(codes):
        return mentions  # each hromada named once: nothing to fold (the common case, decided cheaply)
    last_side = {
        m.katottg: m.start
        for m in mentions
        if not is_location(text, m.start) and not _RELATIVE_BEFORE.search(text, max(0, m.start - 40), m.start)
    }  # "у X двоє побратимів – A, з яким X поріднився, …": the relative clause's X is the same side
    return [m for m in mentions if m.start >= last_side.get(m.katottg, -1) or not is_location(text, m.start)]


_RELATIVE_BEFORE = re.compile(r"\b(?:з|із)\s+(?:яким|якою|якими)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def _without_the_venue_of_other_signers(text: str, mentions: list[UaMention]) -> list[UaMention]:
    """ "Угоди підписали 24 вересня в X-і: голови A-ської та B-ської громад — з …": the place after the
    signing verb, or the one the sentence opens with, is where, when the sentence names other Ukrainian
    signers (by name or by their head's office adjective, "a-ський голова"); alone, it may be the side's
    own town and stays."""
    venues = [m for m in mentions if _SIGNED_IN_BEFORE.search(text, max(0, m.start - 60), m.start)]
    opening = [
        m
        for m in mentions
        if m not in venues
        and _A_VENUE_OPENS.fullmatch(text, 0, m.start)
        and _SIGNED_AFTER.search(text, m.end)
    ]
    if opening and any(
        m not in opening and m.kind in HROMADA_KINDS and not _A_PREPOSITION_BEFORE.search(text, 0, m.start)
        for m in mentions
    ):
        # "21 січня в X-і голова A-ської громади та мер Y підписали …": the town the sentence opens with is
        # where, when a hromada named after it, not after a preposition ("гості з A-щини"), signs
        venues += opening
    if not venues:
        return mentions
    others = {m.katottg for m in mentions if m not in venues and m.kind in HROMADA_KINDS}
    if not others and not _OTHER_HEADS_OFFICE.search(text):
        return mentions
    return [m for m in mentions if m not in venues or m.katottg in others]


_SIGNED_IN_BEFORE = re.compile(
    r"\b(?:підписали|підписано|уклали|укладено|скріпили)\s+(?:[\w'’-]+\s+){0,3}?(?:в|у)\s+$", re.IGNORECASE
)
# "21 січня в X-і голова A-ської громади та мер Y підписали …": the place the sentence opens with, a date
# before it at most, where the signers named after it signed
_A_VENUE_OPENS = re.compile(r"\s*(?:(?:\d{1,2}\s+)?[\w'’-]+\s+)?(?:в|у)\s+", re.IGNORECASE)
_SIGNED_AFTER = re.compile(r"\b(?:підписали|уклали|скріпили)\b", re.IGNORECASE)
# a Ukrainian head named by his hromada's adjective: "сорочинський голова", ", а шишацький — з …",
# "сільський голова Сорочинського Ім'я"
_OTHER_HEADS_OFFICE = re.compile(
    r"\b[а-яіїєґ'’]+(?:ський|цький|зький)\s+(?:(?:міський|селищний|сільський)\s+)?голова\b"
    r"|\bголова\s+[А-ЯІЇЄҐ][\w'’-]+(?:ського|цького|зького)\s+[А-ЯІЇЄҐ]"
)


# "сторони підписали", "сторони урочисто уклали": the parties sign, named before.
_PARTIES_SIGNED = re.compile(
    r"\bсторони\s+(?:[а-яіїєґ'’-]+\s+){0,2}?(?:підписали|уклали|скріпили|поставили\s+підписи"
    r"|домовилися\s+(?:про\s+)?(?:підписа|уклас|укладанн)\w*|розпочали\s+(?:переговори|перемовини))\b"
    # "під час візиту було підписано угоду … між нашими містами": the guests' town and the host
    r"|\bпідписано\s+[^.;:!?]{0,60}?\bміж\s+нашими\s+(?:містами|громадами)\b",
    re.IGNORECASE,
)
_PARTIES_ACTS = frozenset({"signed", "renewed", "planned", "in_negotiation"})
# a visit, or a delegation named as led by someone ("Делегацію очолив мер X"): guests who came
_VISIT = re.compile(
    rf"\b(?:{'|'.join((*VISIT_VERB_STEMS, *VISIT_NOUN_STEMS, 'делегаці'))})\w*", re.IGNORECASE
)
_OTHER_PARTY_WORD = re.compile(rf"\b(?:{OTHER_PARTY})", re.IGNORECASE)


def _names_a_place(text: str) -> bool:
    """A capitalised name after the sentence's first word: a sentence that may name its own sides."""
    return any(start > 0 for start, _, _ in name_spans(text))


def _a_hromada_or_its_centre(mention: UaMention) -> bool:
    """The mention names a hromada, a city of special status or the settlement its hromada is named by."""
    if mention.kind != "settlement":
        return mention.kind in ("hromada", "city_k")
    unit = load_codifier().units.get(mention.katottg or "")
    return unit is not None and unit.admin_centre_uk == mention.settlement_uk


# The word that opens a body's name ("Асоціація комун …", "Фонд …", "Департамент …"): no town's name.
_A_BODYS_WORD = re.compile(
    r"(?:асоціаці|організаці|агенці|фонд|компані|корпораці|університет|інститут|академі|спілк|союз|"
    r"об'єднанн|об’єднанн|комітет|департамент|управлінн|міністерств|посольств|програм|проєкт|проект)\w*$",
    re.IGNORECASE,
)
_AN_INSTITUTIONS_NOUN = re.compile(
    r"(?:музе|театр|бібліотек|оркестр|ліце|гімназі|коледж|університет|інститут|академі|лікарн|шпитал)\w*$",
    re.IGNORECASE,
)
"""The noun that opens the name of a museum, a school, a hospital written with a capital."""
_NAME_PARTICLES = frozenset({"фон", "ван", "дер"})
"""Lowercase particles of German and Dutch surnames: the capitalised word after them is a surname."""
_COMRADE = re.compile(r"побратим\w*$", re.IGNORECASE)
_HROMADA_ADJECTIVE = re.compile(r"(?:ська|цька|зька|ської|цької|зької|ській|цькій|зькій|ською|цькою|зькою)$")
_THE_POPE = re.compile(r"Пап[аиіуо]\w*\s+Римськ", re.IGNORECASE)
"""A bare "побратим" (not "місто-побратим"): before a first name, a man's comrade."""

_INDIRECT_QUESTION = re.compile(
    r"\b(?:пита|запиту|запита|поцікав|цікав|не\s+зна|уточню|дізнава)\w*\s*(?:\S+\s+){0,3}?,?\s*"
    r"(?:чи|чому|коли|навіщо|як|де)\b",
    re.IGNORECASE,
)
"""A reported question ("нас питали, чи …", "запитав, чому …"): what follows its question word is asked, not
told."""
"""A year written out: a sentence that only says a tie exists dates the tie by it ("побратими з 2012
року") or by a year told relative to the article ("цього року народилися партнерства"), never by a
day or month told so ("минулого тижня"), which is another event's."""
_CAPITAL_CODES = frozenset({"UA80000000000093317"})
"""Kyiv, whose name also stands for the state."""
_STATE_LEVEL = re.compile(
    r"\b(?:посол\w*|дипломат\w*|уряд\w*|міждержавн\w*|двосторонн\w+\s+відносин\w*|політичн\w+\s+напруг\w*)",
    re.IGNORECASE,
)


_ENDED_THEN_SIGNED = re.compile(
    r"\b(?:розірва|припини|скасува|призупин)\w*[^.;]*?\s(?:і|та|а|й)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:(?P<signed>підписал|підписав|уклал|уклав)|"
    r"(?P<renewed>продовжил|продовжив|поновил|поновив|пролонгува|відновил|відновив|(?:відновити|поновити)\s+дію))\w*",
    re.IGNORECASE,
)


def _status_after_ending(text: str, partner_at: int) -> str | None:
    """The partner follows a signing or renewing verb joined to an ending one ("розірвала … та уклала
    угоду з Y", "припинила … і продовжила угоду з Y"): the ending is another tie's, Y's tie was made or
    renewed."""
    found = _ENDED_THEN_SIGNED.search(text, 0, partner_at)
    if found is None and _ENDED_AND.search(text, 0, partner_at):
        found = _PASSIVE_SIGNED_AFTER.match(text, partner_at)  # "…, а угоду з Y продовжено"
    if found is None:
        return None
    return "signed" if found.group("signed") else "renewed"


_ENDED_AND = re.compile(
    r"\b(?:розірв|припин|скасов|скасув)\w*[^.;]*?,\s+(?:і|та|а|й)\s+[^.;,]*$", re.IGNORECASE
)
_PASSIVE_SIGNED_AFTER = re.compile(
    r"[^.;,]{0,60}?\b(?:(?P<signed>підписано|укладено)|(?P<renewed>продовжено|поновлено|пролонговано))\b",
    re.IGNORECASE,
)


_TWO_WORD_SCORE = 0.85
"""How closely a name and the adjective after it must spell a two-word town of the same country."""
_A_NAME_ADJECTIVE_AFTER = re.compile(r"\s+([А-ЯІЇЄҐ][а-яіїєґ'’]+(?:ого|ої|ому|ій|им|ою|ий|а|е|ська|ський))\b")
"""A capitalised adjective right after a name: maybe the second word of a two-word town's name."""


def _ordinal_entry_of(text: str, at: int) -> tuple[int, int] | None:
    """In a sentence that lists entries by ordinals ("Перший … — X, …, друге — Y, …"), the span of the
    entry that holds ``at`` (from its ordinal to the next one's); None for a sentence with fewer than two."""
    starts = [found.start() for found in _AN_ORDINAL_ENTRY.finditer(text)]
    if len(starts) < 2 or at < starts[0]:
        return None
    start = max(s for s in starts if s <= at)
    later = [s for s in starts if s > at]
    return start, later[0] if later else len(text)


_AN_ORDINAL_ENTRY = re.compile(
    r"(?:^|[,;:.]\s+|\s[–—]\s+)(?:[Пп]ерш|[Дд]руг|[Тт]рет|[Чч]етверт|[Пп]['’]ят)(?:ий|е|а|ого|ої|ою|им)\b"
    r"(?:\s+[\w'’-]+){0,2}?\s*[–—]\s"
)
"""An entry of a list told by ordinals: "Перший наш побратим — …", ", друге — …"."""


def _in_a_named_things_quote(text: str, start: int) -> bool:
    """The word at ``start`` stands in the quoted name of a project, a festival, a fund ("у межах проєкту
    «X край»")."""
    return "«" in text and _A_NAMED_THINGS_QUOTE_BEFORE.search(text, max(0, start - 80), start) is not None


_A_NAMED_THINGS_QUOTE_BEFORE = re.compile(
    r"\b(?:проєкт|проект|програм|фестивал|фонд|конкурс|ініціатив|форум|акці|марафон|мереж|клуб|ансамбл|"
    r"хор|компані|товариств|асоціаці|спілк|кампані|виставк|свят)\w*\s+«[^«»]{0,60}$",
    re.IGNORECASE,
)
"""A named thing's noun and the opening of its quoted name, right before a word: the word is in the
name of a project, a festival, a fund, not a place named for itself."""
_A_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:в|у|до|з|із|від|на|під|біля)\s+$", re.IGNORECASE)
_DIRECTION_FROM = re.compile(r"\b(?:північ|південь|схід|захід)\w*(?:-\w+)?\s+від\s+$", re.IGNORECASE)
"""A title's place after a direction ("на північ від X") says where the story's places lie."""

_EVENT_NOUN = r"(?:форум|виставц|виставк|ярмарок|ярмарк|ярмарц|фестивал|конференці|семінар|саміт|конгрес)"
"""The stem of a word for an event that is held somewhere (a forum, a fair, a festival)."""
_AT_AN_EVENT = re.compile(rf"\b{_EVENT_NOUN}\w*\s+(?:[\w'’«»-]+\s+){{0,3}}?(?:у|в)\s+$", re.IGNORECASE)
"""A title's place after an event ("… на форумі громад у X") is where the event was held, not the
article's hromada."""

_THE_TOWN_ITSELF_TIED_AFTER = re.compile(
    r"[\w'’-]*\s*,\s*(?:що|яке|який|яка)\s+(?:(?:вже|давно|також|теж)\s+)?(?:є|став|стало|стала)\s+"
    r"(?:(?:містом|ґміною|гміною|громадою)-)?(?:побратим|партнер)\w*",
    re.IGNORECASE,
)
"""A relative clause right after the name that makes the town itself a twin or partner ("організації
міста X, яке є містом-побратимом Y"): the town is a side, not only whose body it is."""

_ITS_APPOSITION_TIES_IT = re.compile(
    r"[\w'’-]*\s*[–—,]\s*(?:місті|містечку|ґміні|гміні|громаді|муніципалітеті)\s*,\s*(?:з|із)\s+(?:яким|якою)\s+",
    re.IGNORECASE,
)
"""A place where something happened, put in apposition to the unit of a town the relative clause ties
("у X – місті, з яким громада уклала меморандум"): where, and also the partner."""


def _a_plain_noun_opening_a_sentence(text: str, mention: UaMention) -> bool:
    """A capitalised word opening a title or a sentence ("Громади …", "Голови X-ської та Y-ської
    громад …") that is a plain noun and also a village's name, no hromada's centre and with no village's
    noun before it: the noun, which only its capital made look like the village."""
    if (
        mention.kind != "settlement"
        or " " in mention.text
        or _VILLAGE_CUE_BEFORE.search(text, 0, mention.start)
    ):
        return False
    if not _A_SENTENCE_OPENS_BEFORE.search(text, 0, mention.start) or not has_common_noun_reading(
        mention.text
    ):
        return False
    unit = load_codifier().units.get(mention.katottg or "")
    return unit is None or unit.admin_centre_uk != mention.settlement_uk


_A_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?\n]\s*|[«\"]|[–—]\s+)$")
_VILLAGE_CUE_BEFORE = re.compile(r"\b(?:село|села|селі|селом|с\.)\s*$", re.IGNORECASE)

_IN_BEFORE_A_NAME = re.compile(r"(?:^|\s)(?:у|в)\s+$", re.IGNORECASE)
_AN_EVENT_HELD = re.compile(
    r"[\w'’-]*\s+(?:відбу\w*|пройш\w*|стартува\w*|відкрив\w*|зібра\w*|провел\w*)\s+(?:\S+\s+){0,3}?"
    rf"(?:{_EVENT_NOUN}|зустріч|нарад)",
    re.IGNORECASE,
)
"""A title's place where an event was held, told first ("У X відбувся форум громад"): the venue, not the
article's hromada."""

_PLACE_OF_SEVERAL = re.compile(
    r"\b(?:(?:дві|три|чотири|обидві|кілька|\d+)\s+(?:\w+\s+)?громади|громад|громадам|громадами|громадах|"
    r"дві|два|обидві|обидва|три|чотири)\s+$",
    re.IGNORECASE,
)
"""A name right after "громади" in the plural ("Дві громади X-а") says where several hromadas are, and a
name after a numeral ("Дві X-и") names several places of one name: the title names none of them."""


def _one_hromada(mention: UaMention) -> bool:
    return mention.kind in HROMADA_KINDS and mention.candidates == 1 and mention.katottg is not None


def _of_a_district(text: str, start: int, span: str, partner: Partner, world: _CachedWorld) -> bool:
    """The name stands in an oblique case right after a noun for a district ("з районом X-а", "округу
    X-а"): it names the city the district belongs to, not the district (which keeps its own name in the
    nominative: "з районом X"). A name the district noun made a district-level guess of is read as a
    town first: a known town in an oblique case is that container too."""
    if not follows_a_district_noun(preceding_words(text, start, 2)):
        return False
    if partner.geonameid:
        key, written = name_key(partner.name_uk), name_key(span)
        return written != key and not written.endswith(f" {key}")  # "Місто-Район" names the district
    city = world.best(span, None)
    return city is not None and city.score >= 0.95 and name_key(span) != name_key(city.name_uk)


# A city's name followed by a one- or two-digit number that counts nothing (no unit, month or
# score after it): a numbered city part, as some big cities number their districts.
_NUMBERED_PART = re.compile(
    r"\s+(\d{1,2})(?!\d|[:.,–—-]\d|\s*(?:%|-[а-яі]|(?:рок|рік|раз|тис|млн|мільйон|особ|осіб|люд|дн|год|хв|"
    r"км|місц|січ|лют|берез|квіт|трав|черв|лип|серп|вересн|жовт|листопад|груд)\w*))"
)


# "Ліон, 8-й округ": an ordinal district after the city and a comma.
_ORDINAL_PART = re.compile(r",\s+(\d{1,2})-(?:й|ий)\s+(?:округ|район|арондисман)\w*")


def _numbered_part(city: Partner, number: str) -> Partner:
    """The district "City N": the city's country, no id of its own (the gazetteer has no city parts)."""
    latin = f"{city.name} {number}" if city.name else None
    return Partner(f"{city.name_uk} {number}", latin, city.country_iso2, None, None, "district", False)


def _a_persons_name_after_an_office(text: str, start: int, end: int, span: str) -> bool:
    """A name the gazetteer does not know, right after an office and its town, district, unit or council
    word ("мер міста X Y", "голова району X Y", "війт ґміни X Y"), that runs on into another capitalised
    word or is itself several words: the holder's name, the town left unnamed."""
    before = preceding_words(text, start, 5)
    unit_word = bool(before) and (
        names_an_office_unit(before[-1])
        or follows_a_district_noun(before[-3:])
        or bool(_REGION_NOUN_AFTER.fullmatch(" " + before[-1]))
    )  # "голова ради X-ського краю Ім'я Прізвище": a region's council, then its head's name
    after_office = unit_word and any(PERSON_ROLES.match(w) for w in before[:-1])
    return bool(_CAPITALISED_AFTER.match(text, end)) or bool(after_office and " " in span.strip())


def _act_told_after(text: str, sentences: list[Sentence], index: int) -> bool:
    """The sentence names a tie whose act the next sentence tells ("… угода між X та Y. Її підписали …"):
    it takes its status from there, as :meth:`Extractor._sentence_facts` does."""
    sentence = sentences[index].text
    return (
        names_a_tie(sentence) and not is_refusal(sentence) and bool(status_told_after(text, sentences, index))
    )


_SIGNED_AFTER = re.compile(r"\s+(?:підписали|уклали|скріпили)\b")
_LAST_OF_ITS_ITEM = re.compile(r"\s*(?:[;.]|$)")
"""Nothing after a name but the end of its list item or sentence ("…; та мер X.")."""
_CAPITALISED_AFTER = re.compile(r"\s+[А-ЯІЇЄҐ][\w'’-]*")
_PLURAL_HEADS = re.compile(
    r"(?:мер|бургомістр|бурмістр|голов|президент|старост|війт)(?:ами|ів)|(?:мер|бургомістр|бурмістр|війт)и",
    re.IGNORECASE,
)
"""Heads in the plural ("з мерами", "мерів", "мери"): the names after them are their towns, not their
holders."""
_INDECLINABLE_SCORE = 0.9
"""An indeclinable town's name before its head's names: the gazetteer's own or the spelling rules'."""
_PERSON_AFTER = re.compile(r"\s+[А-ЯІЇЄҐ][\w'’-]+\s+[А-ЯІЇЄҐ][\w'’-]+")
"""A first name and a surname right after a name."""
"""The capitalised word right after a name: a surname after a first name, or another name."""


_NEW_BEFORE = re.compile(r"\b(?:Нов(?:а|ої|ій|у|ою|ий|ого|ому|им)|New)\s+$")
_WORD_PARTS = re.compile(f"({WORD.pattern})")
"""Splits a text into the words of :data:`WORD` and what stands between them."""
_NEW_AT_END = re.compile(r"\b(?:Нов(?:а|ої|ій|у|ою|ий|ого|ому|им)|New)$")
_NEW_LONGEST = len("Нового")


def _after_new(text: str, start: int) -> bool:
    """``_NEW_BEFORE.search(text, 0, start)``, looked for only where it can end: at the last word
    before the spaces before ``start`` (not by a scan of the whole text before it)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end < start and _NEW_AT_END.search(text, max(0, end - _NEW_LONGEST), end) is not None


# A news article that states a partnership is a few thousand characters; a body far longer is a dump
# (a page of thousands of lines) and only its beginning is read for facts, so no page costs more.
MAX_TEXT_FOR_FACTS = 100_000


_AN_ANSWER_OPENS = re.compile(r"^[—–]\s", re.MULTILINE)
"""A paragraph that opens with a dash: a question or an answer of an interview."""


_A_FOREIGN_HEAD_ANSWERS = re.compile(
    rf"\b(?:{'|'.join(FOREIGN_HEAD_STEMS)})\w*\s+[^.!?]{{0,120}}?\b(?:погоди|відповів|відповіла|відповідає|розповів|"
    r"розповіла)\w*\s+(?:\S+\s+){0,4}?(?:запитан|питан)"
    rf"|\b(?:поговорил|розмовлял)\w*\s+(?:з|із)\s+(?:\S+\s+)?(?:{'|'.join(FOREIGN_HEAD_STEMS)})",
    re.IGNORECASE,
)
"""An interview's lead that presents a foreign head as the one who answers."""


def _a_foreign_head_answers(text: str, title_end: int) -> bool:
    """An interview (answers as paragraphs that open with a dash) whose lead presents a foreign town's
    head as the one who answers."""
    if len(_AN_ANSWER_OPENS.findall(text, title_end)) < 2:
        return False
    lead_end = text.find("\n", title_end + 1)
    return (
        _A_FOREIGN_HEAD_ANSWERS.search(text, title_end, len(text) if lead_end < 0 else lead_end) is not None
    )


_OURS_IN_THE_FIRST_PERSON = re.compile(
    r"\b(?:наше\s+місто|наша\s+громада|у\s+нас|ми\s+(?:вже\s+)?маємо)\b", re.I
)


def _the_interviewed_hromada(
    text: str, title_end: int, mentions: list[UaMention], oblasts: frozenset[str]
) -> UaMention | None:
    """In an interview (questions and answers as paragraphs that open with a dash), the one hromada its
    lead names: whose head answers, so the "ми" and the bare "угоду підписали" of the answers are its. A
    lead that names several (the roads to the oblast's centre, the newsroom's town) names the one whose
    head it says the interview is with ("говорили з X-ським селищним головою")."""
    if len(_AN_ANSWER_OPENS.findall(text, title_end)) < 2:
        return None
    if _a_foreign_head_answers(text, title_end):
        return None  # "бургомістр X … погодився відповісти на запитання": a foreign head answers
    lead_end = text.find("\n", title_end + 1)
    lead_end = len(text) if lead_end < 0 else lead_end
    in_lead = {
        m.katottg: m
        for m in mentions
        if title_end < m.start < lead_end and m.kind in HROMADA_KINDS and m.katottg
    }
    if len(in_lead) == 1:
        return next(iter(in_lead.values()))
    lead = text[title_end:lead_end]
    heads = {m.katottg: m for m in with_office_hromadas(lead, [], oblasts) if m.katottg}
    if len(heads) != 1 or (in_lead and not set(heads) <= set(in_lead)):
        return None
    return next(iter(heads.values()))  # also a lead that names it only by its head's office


def _article_text(article: Article) -> str:
    """The title and the body as one text; a table of pairs in the body is read as a list of them."""
    title = normalize_text(article.title or "").strip()
    body = tables_as_lists(normalize_text((article.body or "")[:MAX_TEXT_FOR_FACTS]))
    return f"{title}\n{body}" if title else body


_DEFAULT: Extractor | None = None


def extract_facts(article: Article, owner_katottg: str | None = None) -> list[Fact]:
    """Facts of one article with the shared, lazily loaded gazetteers."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(article, owner_katottg)


def read_document(data: bytes, source: str, url: str | None = None) -> Article:
    """An article from a saved file: HTML when it looks like markup, else plain text (UTF-8)."""
    from parsers.page import looks_like_html
    from parsers.pages.portal import parse_article_html, parse_article_text

    if looks_like_html(data, source):
        return parse_article_html(data, url or source)
    return parse_article_text(data.decode("utf-8-sig", errors="replace"), url)


def document_output(source: str, article: Article, facts: list[Fact]) -> dict:
    """One line of ``pobratym extract``: the contract in shared/contracts/extract-output.schema.json."""

    def unit(item) -> dict:
        return {"katottg": item.katottg, "name_uk": item.name_uk}

    return {
        "source": source,
        "article": {
            "url": article.url or None,
            "title": article.title,
            "published": article.published,
            "tags": [tag.name for tag in article.tags],
            "oblasts": [unit(item) for item in article.oblasts],
            "hromadas": [unit(item) for item in article.hromadas],
            "source_name": article.source_name,
        },
        "partnerships": [fact.to_contract() for fact in facts],
    }
