"""What an article knows while its sentences are read: its context (the owner, the Ukrainian places it
names, the foreign places resolved so far) and what the sentences around one sentence tell it (the side
the sentence before names, the paragraph's subject, whose quotation it stands in).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, partial

from parsers.facts.cues import relation_of, status_of
from parsers.facts.dates import DOCUMENT_OPENING, signed_just_before, status_told_after, told_of_listed_pairs
from parsers.facts.holders import HeadOfTown, heads_by_office_alone, heads_of_hromadas, heads_of_towns
from parsers.facts.links import SAID_WITH, WITH, governed_by
from parsers.facts.model import Partner, UaSide, side_of_mention
from parsers.facts.name_context import name_spans
from parsers.facts.name_filters import named_besides
from parsers.facts.owner_list import an_entry_of_a_partner_list
from parsers.facts.sections import Heading
from parsers.facts.sentences import Sentence
from parsers.facts.speakers import (
    DIALOGUE_LINE,
    a_guest_is_named_after,
    answers_a_foreign_head,
    in_a_foreign_heads_column,
    last_hromada_before,
    last_place_before,
    names_after,
    quote_containing,
    speaks_in_first_person,
    the_site_speaks,
)
from parsers.facts.ua_side import hromada_mention, with_office_hromadas
from parsers.places.ua_places import UaMention, UaPlaces
from parsers.places.world import World, lemma_candidates
from parsers.text import name_key

HROMADA_KINDS = frozenset({"settlement", "hromada", "city_k"})
"""The kinds of Ukrainian mention that name a hromada (a side): not oblasts or raions."""


KIND_WORD = re.compile(r"\b(?:міськ|сільськ|селищн)", re.IGNORECASE)
"""The word for a hromada's kind ("сільська", "міської"): which of several namesakes is meant."""
OFFICE_OF_A_KIND = re.compile(r"\s+(?:міськ|сільськ|селищн)\w*\s+голов", re.IGNORECASE)
"""An office named with its kind of hromada right after the hromada's adjective ("сільський голова")."""


@dataclass
class ArticleContext:
    """One article's state while its sentences are read."""

    published: date | None
    oblasts: frozenset[str]
    owner: UaSide | None
    scan_countries: Callable[[], list[str]]
    """The foreign countries the article names, in order: scanned only when a name is resolved."""
    places: UaPlaces
    world: World
    resolved: dict[tuple[str, str | None], Partner] = field(default_factory=dict)
    """Places already resolved in this article, by Ukrainian name: "X (штат Y)" once
    decides every later "X" of the same article."""
    unknown_units: list[Partner] = field(default_factory=list)
    """Places the gazetteer lacks, read by a cue beside them: a later case form of one is the same place."""
    mentions: list[UaMention] = field(default_factory=list)
    """Ukrainian places of the whole article text, found once with the article's context."""
    with_area_hromadas: Callable[[list[UaMention]], list[UaMention]] | None = None
    """Adds the hromadas the text names by their area's noun ("X-щина") to its mentions."""
    _subject_mentions: list[UaMention] | None = None
    located: list[tuple[frozenset[str], Partner | None]] = field(default_factory=list)
    """Places the article names with their country or region beside them ("X (Країна)", "X, штат Y"),
    with the keys of the name's candidate nominatives (None: placed in a region where the gazetteer has
    no such place)."""
    placed_by_adjective: list[tuple[frozenset[str], Partner]] = field(default_factory=list)
    """Places the article names by their exact name after their country's adjective ("литовське місто X"),
    with the keys of the name's candidate nominatives: what an unknown case form of the name stands for."""
    adjective_countries: dict[str, dict[str, int]] | None = None
    """The foreign countries whose adjective stands right before a name somewhere in the article
    ("норвезький X"), by the name's candidate nominatives (read when a namesake first asks)."""
    name_regions: dict[str, str] | None = None
    """The first-level region a relative clause places a name in, by the name's forms (found once)."""
    first_level_regions: frozenset[str] | None = None
    """The first-level foreign regions the article names by adjective ("Z-ського воєводства"), read once."""
    adjectives_before_names: dict[str, set[str]] | None = None
    """Lowercase place adjectives set right before a name in the article, by the name's forms (read once)."""
    surnames: list[tuple[str | None, str, str]] | None = None
    """The article's pairs of capitalised words with the word before them (a role, a first name and a
    surname, maybe), found once a sentence asks."""
    foreign_officers: frozenset[str] | None = None
    """The surnames (their first letters) of the people the article names as a foreign town's office
    holders ("мер литовського міста X Ім'я Прізвище"), found once a sentence asks."""
    hyphenated_names: list[tuple[frozenset[str], str]] | None = None
    """The hyphenated names the article writes ("X-Y"), with the candidate nominatives of their first
    part (found once)."""
    region_countries: dict[str, str] = field(default_factory=dict)
    """The country the article gave a foreign region written as adjective + noun, by its name."""
    appositions_read: bool = False
    """The article's "X, штат Y" appositions are in ``located`` (read once, when a bare name first asks)."""
    text: str = ""
    """The article's text (title and body) as the sentences were split from it."""
    around: Around | None = None
    """What the sentences around the sentence being read tell it (read only when it asks)."""
    unread: list[tuple[str, list[UaMention]]] = field(default_factory=list)
    """Sentences whose foreign names were not resolved because they cannot give a fact; they are
    resolved, in order, only when a later sentence needs what they would have put in ``resolved``."""
    _countries: list[str] | None = None
    site_owner: bool = False
    foreign_head_answers: bool = False
    """The article is an interview whose lead presents a foreign town's head as the one who answers: its
    first-person answers ("наше місто має партнерів") speak for his town."""
    """The owner is the site's hromada (a council site), not the title's or the portal's tag."""
    sections: dict[int, Heading] = field(default_factory=dict)
    """The sentences that are entries of a partner list set out under headings, with their heading."""

    @property
    def subject_mentions(self) -> list[UaMention]:
        """The mentions with the hromadas named by their area's noun, which may be what a paragraph or the
        sentence before is about: the side a sentence that names none carries over (found when asked)."""
        if self._subject_mentions is None:
            found = self.with_area_hromadas(self.mentions) if self.with_area_hromadas else self.mentions
            self._subject_mentions = found if len(found) > len(self.mentions) else self.mentions
        return self._subject_mentions

    @cached_property
    def named_hromadas(self) -> dict[str, frozenset[str]]:
        """The hromadas the article names as hromadas with their noun ("X-ська громада", not a bare
        adjective or a town of theirs), by name: which of several namesakes it means. A name several
        hromadas share counts only with its kind ("X-ська сільська громада"): without it, which one the
        finder took is a guess."""
        named: dict[str, set[str]] = {}
        for mention in self.mentions:
            if (
                mention.kind == "hromada"
                and mention.katottg
                and mention.hromada_name_uk
                and " " in mention.text
                and (mention.candidates == 1 or KIND_WORD.search(mention.text))
            ):
                named.setdefault(mention.hromada_name_uk, set()).add(mention.katottg)
        # "X-ська сільська голова": an office whose kind word tells which of the namesakes
        for office in with_office_hromadas(self.text, [], self.oblasts):
            if office.katottg and office.hromada_name_uk and OFFICE_OF_A_KIND.match(self.text, office.end):
                named.setdefault(office.hromada_name_uk, set()).add(office.katottg)
        return {name: frozenset(codes) for name, codes in named.items()}

    @cached_property
    def heads_of_towns(self) -> list[HeadOfTown]:
        """The heads of towns the article introduces with their holders (read when a sentence asks)."""
        return heads_of_towns(self.text)

    @cached_property
    def heads_of_hromadas(self) -> list[HeadOfTown]:
        """The hromadas' heads the article introduces with their holders (read when a sentence asks)."""
        return heads_of_hromadas(self.text)

    @cached_property
    def heads_by_office_alone(self) -> list[HeadOfTown]:
        """The heads the article introduces by office alone ("сільський голова Ім'я Прізвище"): on a
        council's site, its own hromada's (read when a sentence asks)."""
        return heads_by_office_alone(self.text)

    @property
    def countries(self) -> list[str]:
        if self._countries is None:
            self._countries = self.scan_countries()
        return self._countries

    @property
    def previous_side(self) -> UaSide | None:
        """The one Ukrainian side of the sentence before, in the same paragraph, if there is one."""
        return self.around.previous_side

    @property
    def previous_relation(self) -> str | None:
        """The tie the sentence before names, in the same paragraph: what "the document" of the next is."""
        return self.around.previous_tie[0]

    @property
    def previous_status(self) -> str | None:
        return self.around.previous_tie[1]

    @property
    def status_after(self) -> str | None:
        """The act the next sentence tells of "the document", for a sentence that names a tie but no act;
        or the signing the sentence before told of it, for a sentence whose subject is the agreement."""
        return self.around.status_after

    @property
    def foreign_topic(self) -> bool:
        """The sentence refers back to a foreign place its paragraph is about: the owner is not its side."""
        return self.around.foreign_topic


class Around:
    """What the sentences around one sentence tell it, each read the first time the sentence asks:
    most sentences name no tie and ask nothing. ``read_deferred(name)`` resolves the names of the
    sentences left unread that may name ``name`` (see :attr:`ArticleContext.unread`)."""

    def __init__(
        self,
        text: str,
        sentences: list[Sentence],
        index: int,
        context: ArticleContext,
        read_deferred: Callable[[str], None],
    ) -> None:
        self._text, self._sentences, self._index, self._context = text, sentences, index, context
        self._read_deferred = read_deferred

    @property
    def section_heading(self) -> Heading | None:
        """The partner heading this sentence is an entry under, if it is one."""
        return self._context.sections.get(self._index)

    @cached_property
    def previous_in_paragraph(self) -> Sentence | None:
        """The sentence before, when the paragraph goes on from it to this one."""
        if self._index == 0:
            return None
        before = self._sentences[self._index - 1]
        if "\n" in self._text[before.end : self._sentences[self._index].start]:
            return None
        return before

    @cached_property
    def paragraph_before(self) -> list[Sentence]:
        """The sentences of this one's paragraph before it, in order."""
        before: list[Sentence] = []
        for index in range(self._index - 1, -1, -1):
            sentence = self._sentences[index]
            if "\n" in self._text[sentence.end : self._sentences[index + 1].start]:
                break
            before.insert(0, sentence)
        return before

    @cached_property
    def question_before(self) -> list[Sentence]:
        """In an interview, the question this sentence's answer follows: the paragraph before, when both
        open with a dash and that one asks ("– Колись у громади був і польський партнер…")."""
        first = self._index - len(self.paragraph_before)
        if first == 0:
            return []
        start = self._text.rfind("\n", 0, self._sentences[first].start) + 1
        if not DIALOGUE_LINE.match(self._text, start):
            return []
        opens = self._text.rfind("\n", 0, self._sentences[first - 1].start) + 1  # the paragraph before
        asked = [sentence for sentence in self._sentences[:first] if sentence.start >= opens]
        asks = asked[-1].text.rstrip().endswith(("?", "…", "..."))
        return asked if asks and DIALOGUE_LINE.match(self._text, opens) else []

    @cached_property
    def just_before(self) -> list[str]:
        """The texts of the three sentences before, nearest first (an interview's question and its lead)."""
        return [self._sentences[i].text for i in range(self._index - 1, max(-1, self._index - 4), -1)]

    @cached_property
    def head_named_before(self) -> HeadOfTown | None:
        """The hromada's head the sentence before (same paragraph) introduces last, when no hromada is
        named after it there: whom "його громада" at the start of this sentence points to."""
        before = self.previous_in_paragraph
        if before is None:
            return None
        heads = [h for h in self._context.heads_of_hromadas if before.start <= h.start < before.end]
        if not heads:
            return None
        last = heads[-1]
        later = any(
            last.end <= m.start < before.end and m.kind in HROMADA_KINDS for m in self._context.mentions
        )
        return None if later else last

    @cached_property
    def rest_of_paragraph(self) -> list[Sentence]:
        """The sentences after this one, up to the paragraph's end."""
        rest = []
        for before, after in zip(
            self._sentences[self._index :], self._sentences[self._index + 1 :], strict=False
        ):
            if "\n" in self._text[before.end : after.start]:
                break
            rest.append(after)
        return rest

    @cached_property
    def previous_side(self) -> UaSide | None:
        return previous_side(self._text, self._sentences, self._index, self._context)

    @cached_property
    def office_side_before(self) -> UaSide | None:
        """The one hromada the sentence before, in the same paragraph, names by its head's office ("X-ська
        сільська голова Ім'я Прізвище взяла участь у форумі"): whom "вона" in this sentence stands for."""
        start = self._sentences[self._index].start
        named = {
            m.katottg: m
            for m in _offices_just_before(self._text, self._sentences, start, self._context)
            if m.katottg
        }  # the sentence before, in the same paragraph
        if len(named) != 1:
            return None
        side = side_of_mention(next(iter(named.values())))
        side.at = None
        return side

    @cached_property
    def last_previous_side(self) -> UaSide | None:
        """The hromada the sentence before, in the same paragraph, names last: the place "там" stands for."""
        sides = _previous_sides(self._text, self._sentences, self._index, self._context)
        if not sides:
            return None
        side = side_of_mention(max(sides.values(), key=lambda mention: mention.start))
        side.at = None
        return side

    @cached_property
    def previous_sides_several(self) -> bool:
        """The sentence before, in the same paragraph, names more than one hromada: a bare "громада"
        after it may mean any of them."""
        return len(_previous_sides(self._text, self._sentences, self._index, self._context)) > 1

    @cached_property
    def previous_tie(self) -> tuple[str | None, str | None]:
        return previous_tie(self._text, self._sentences, self._index)

    @cached_property
    def status_after(self) -> str | None:
        told = status_told_after(self._text, self._sentences, self._index)
        if told is None and signed_just_before(self._text, self._sentences, self._index):
            return "signed"
        return told or (self.listed_pairs_told or (None, None))[0]

    @cached_property
    def listed_pairs_told(self) -> tuple[str, str | None] | None:
        """For a sentence that lists pairs of towns, the act and tie the sentence beside it tells of them."""
        return told_of_listed_pairs(self._sentences, self._index)

    @cached_property
    def paragraph_side(self) -> UaSide | None:
        return paragraph_side(self._text, self._sentences, self._index, self._context)

    @cached_property
    def speakers_side(self) -> UaSide | None:
        return speakers_side(self._text, self._sentences, self._index, self._context)

    @cached_property
    def quoted_from_elsewhere(self) -> bool:
        return quoted_from_elsewhere(
            self._text, self._sentences, self._index, self._context, self._read_deferred
        )

    @cached_property
    def foreign_topic(self) -> bool:
        return about_a_foreign_place(self._text, self._sentences, self._index, self._context)


def about_a_foreign_place(text: str, sentences: list[Sentence], index: int, context: ArticleContext) -> bool:
    """The sentence refers back ("Місто має …", "Воно …", "… місто уклало") within a paragraph that
    opens with a name that is no Ukrainian place and names no Ukrainian place before it: a paragraph
    about the partner, whose own ties are not the site's hromada's."""
    here = sentences[index].text
    town_subject = _TOWN_AS_SUBJECT.search(here) is not None
    if not (_BACK_REFERENCE.match(here) or town_subject) or _OURS.search(here):
        return False  # "Місто стало побратимом нашої громади" is about us
    if town_subject and _the_town_before_is_foreign(text, sentences, index, context):
        return True
    if _TOWN_OPENS.match(here) and _the_town_before_is_foreign(
        text, sentences, index, context, not_with=True
    ):
        return True  # "… рада Y ухвалила рішення про побратимство з X. Місто вже має побратимів: …": Y's
    first = index
    while first > 0 and "\n" not in text[sentences[first - 1].end : sentences[first].start]:
        first -= 1
    if first == index:
        return False
    opening = sentences[first]
    spans = list(name_spans(opening.text))
    lead = len(opening.text) - len(opening.text.lstrip(' —–-«"('))
    if not spans or not (
        spans[0][0] == 0 or lead < spans[0][0] and len(opening.text[: spans[0][0]].split()) <= 3
    ):
        return False  # the name opens the paragraph, or nearly, mid-sentence ("Цей рік для X …")
    return not any(
        opening.start <= m.start < sentences[index].start and m.kind in HROMADA_KINDS
        for m in context.mentions
    )


def _the_town_before_is_foreign(
    text: str, sentences: list[Sentence], index: int, context: ArticleContext, not_with: bool = False
) -> bool:
    """ "… виступав у польському X. …: місто відзначало річницю побратимства з Y": a sentence that names
    no hromada and has "місто" as its subject speaks of the last town the sentence before, in the same
    paragraph, named, when that town is a foreign one named after every hromada there. ``not_with``: and
    not as the partner after "з" (a hromada's "угода з X" leaves the hromada the topic)."""
    here, before = sentences[index], sentences[index - 1] if index else None
    if before is None or "\n" in text[before.end : here.start]:
        return False
    hromadas = [
        m.start for m in context.mentions if before.start <= m.start < here.end and m.kind in HROMADA_KINDS
    ]
    if any(start >= here.start for start in hromadas):
        return False
    for start, _, name in reversed(list(name_spans(before.text))):
        if _a_foreign_town(context, name):
            if not_with and governed_by(before.text, start, WITH):
                return False
            return all(at < before.start + start for at in hromadas)
    return False


_OURS = re.compile(r"\bнаш", re.IGNORECASE)
_BACK_REFERENCE = re.compile(r"(?:Це\s+)?(?:Місто|Містечко|Воно|Вона|Ґміна|Гміна|Муніципалітет)\b")
_TOWN_OPENS = re.compile(r"(?:Місто|Містечко|Ґміна|Гміна|Муніципалітет)\s")
"""A sentence that opens with the town's noun: the town the sentence before named last, as its subject."""
# "Побратимство з Y місто уклало в 1996 році": the town as the subject after a fronted object.
_TOWN_AS_SUBJECT = re.compile(
    r"(?<![\w-])(?:місто|містечко|ґміна|гміна|муніципалітет)\s+(?:\w+\s+)?"
    r"(?:уклал|уклав|підписал|підписав|ма[єл]|стал|співпрацю|розірвал|розірвав|припинил|продовжил|оновил|відзнача|святку)\w*"
)


def _a_foreign_town(context: ArticleContext, name: str) -> bool:
    """The name (maybe in a case form) is no Ukrainian place and the gazetteer knows a foreign town by it."""
    if context.places.find(name):
        return False
    places = (context.world.best(nominative, None) for nominative in lemma_candidates(name, limit=3))
    if any(place is not None and place.country_iso2 != "UA" for place in places):
        return True
    # a name spelled by its sounds, as a town of a country the article names ("литовського X-а")
    return any(
        context.world.best(name, country) is not None
        for country in context.countries[:_COUNTRIES_TRIED]  # the article's, scanned once
        if country != "UA"
    )


_COUNTRIES_TRIED = 3
"""The article's first few countries a town's name is tried in."""


def quoted_from_elsewhere(
    text: str,
    sentences: list[Sentence],
    index: int,
    context: ArticleContext,
    read_deferred: Callable[[str], None],
) -> bool:
    """The sentence opens inside a quotation in the first person ("ми", "у нас") whose speaker, by
    the place the paragraph names last before it, is not the site's hromada: a guest's words about
    the guest's own ties."""
    owner = context.owner
    if owner is None or not owner.katottg:
        return False
    if answers_a_foreign_head(text, sentences[index].start, partial(_a_foreign_town, context)):
        return True  # "— Так, у нас давні побратими: …", answered by the mayor of a foreign town
    if in_a_foreign_heads_column(
        text, sentences[index].text, sentences[index].start, partial(_a_foreign_town, context)
    ):
        return True  # "Колонка мера X: … X – маленьке місто. У нас є партнери – A, B": X's own
    quote = quote_containing(text, sentences[index].start)
    if quote is None or not speaks_in_first_person(text, quote) or the_site_speaks(text, quote):
        return False
    if a_guest_is_named_after(text, quote, context.world.country):
        return True  # "«Ми …», – сказав бургомістр X": a guest's words
    paragraph = text[text.rfind("\n", 0, quote[0]) + 1 : quote[0]]
    offset = quote[0] - len(paragraph)
    ua = [(m.start, m.katottg) for m in context.mentions if m.kind in HROMADA_KINDS and m.katottg]
    ua += [
        (offset + m.start, m.katottg)
        for m in with_office_hromadas(paragraph, [], context.oblasts)
        if m.katottg
    ]
    last_ua = last_hromada_before(text, quote[0], ua)
    if last_ua is not None and last_ua[1] != owner.katottg:
        return True  # another hromada's speaker, or a foreign one named after it: not the site's either way
    for name in dict.fromkeys(names_after(text, quote[0], last_ua)):
        read_deferred(name)  # the names before the quotation, as if every sentence had been read in full
    foreign = {name_key(p.name_uk) for p in context.resolved.values() if not p.domestic}
    speaker = last_place_before(text, quote[0], last_ua, foreign)
    return speaker is not None and speaker != owner.katottg


_OBLAST_HEADING = re.compile(r"\s*[.:–—]\s*")


_APPOSED_HROMADA = re.compile(
    r"(?:[А-ЯІЇЄҐ][а-яіїєґ'’]+\s+)?громада\s*,\s+(?P<adjective>[А-ЯІЇЄҐ][\w'’-]*(?:ська|цька|зька))\s*,"
)


def paragraph_side(
    text: str, sentences: list[Sentence], index: int, context: ArticleContext
) -> UaSide | None:
    """The hromada a paragraph opens with as its subject ("X-ська громада має …"): in a report on
    several hromadas, the side of the paragraph's sentences that name none."""
    start = text.rfind("\n", 0, sentences[index].start) + 1
    if start >= sentences[index].start:
        return None  # the sentence opens the paragraph itself
    here = sentences[index].start  # the paragraph's opening, before this sentence: never a later paragraph
    mentions = (m for m in context.subject_mentions if start <= m.start < here and not _set_aside(text, m))
    first = next(mentions, None)
    if first is not None and first.kind == "oblast" and (heading := _OBLAST_HEADING.match(text, first.end)):
        start = heading.end()  # a digest's item opens with its oblast ("Волинь. X-ська громада …")
        first = next((m for m in mentions if m.start >= start), None)  # the rest, past the heading
    if first is not None and start < first.start and _SET_ASIDE_OPENING.match(text, start):
        # "Окрім X-ської, Y-ська громада має …": the subject is the hromada after the set-aside one
        start = text.find(",", start, first.start) + 1 or start
    apposed = _APPOSED_HROMADA.match(text, start)
    if apposed and (first is None or first.start >= apposed.start("adjective")):
        # "Третя громада, X-ська, поки має …": the hromada the paragraph opens with, in apposition
        if first is None or first.start > apposed.start("adjective"):
            first = hromada_mention(apposed.group("adjective"), *apposed.span("adjective"), context.oblasts)
        start = apposed.start("adjective")
    if first is None or first.kind not in HROMADA_KINDS or not first.katottg:
        return None
    if len(text[start : first.start].split()) > 1:
        return None  # not the paragraph's subject: more than one word before it
    side = side_of_mention(first)
    side.at = None
    return side


def speakers_side(text: str, sentences: list[Sentence], index: int, context: ArticleContext) -> UaSide | None:
    """The hromada of the speaker the words after a first-person quotation name ("«Ми плануємо …», –
    зазначив секретар X-ської сільської ради"): the side of the quotation's sentences that name none."""
    quote = quote_containing(text, sentences[index].start)
    if quote is None or not speaks_in_first_person(text, quote):
        return None
    said = _SAID_AFTER.match(text, quote[1])
    if said is None:
        return None
    named = {m.katottg: m for m in with_office_hromadas(said.group(0), [], context.oblasts) if m.katottg}
    named |= {
        m.katottg: m
        for m in context.mentions
        if said.start() <= m.start < said.end() and m.kind in HROMADA_KINDS and m.katottg
    }
    if not named and _A_PRONOUN_SAYS.fullmatch(said.group(0)):
        # "За словами X-ської сільської голови Ім'я Прізвище, …. «Ми …», – розповіла вона": the office
        # the sentence before the quotation named
        named = {m.katottg: m for m in _offices_just_before(text, sentences, quote[0], context) if m.katottg}
    if len(named) != 1:
        return None
    side = side_of_mention(next(iter(named.values())))
    side.at = None
    return side


_SAID_AFTER = re.compile(r"\s*,?\s*[–—-]\s+[^.!?«»\n]{1,160}")
"""The words after a quotation that say who spoke ("», – зазначив секретар X-ської сільської ради")."""
_A_PRONOUN_SAYS = re.compile(
    r"\s*,?\s*[–—-]\s+(?:[а-яіїєґ'’]+\s+(?:вона|він)|(?:вона|він)\s+[а-яіїєґ'’]+)\s*"
)
"""Words after a quotation that name its speaker by a pronoun alone ("», – розповіла вона")."""


def _offices_just_before(
    text: str, sentences: list[Sentence], quote_start: int, context: ArticleContext
) -> list[UaMention]:
    """The hromadas named by an office in the sentence right before a quotation, in its paragraph."""
    before = [s for s in sentences if s.end <= quote_start]
    if not before or "\n" in text[before[-1].end : quote_start]:
        return []
    sentence = before[-1]
    held = [  # "поділилася голова X-ської громади Ім'я Прізвище": the hromada its office is of
        m
        for m in context.mentions
        if sentence.start <= m.start < sentence.end
        and m.kind in HROMADA_KINDS
        and _AN_OFFICE_OF.search(text, max(sentence.start, m.start - 24), m.start)
    ]
    return with_office_hromadas(sentence.text, [], context.oblasts) + held


_AN_OFFICE_OF = re.compile(
    r"\b(?:голов[аиою]|очільни\w*|керівни\w*|заступни\w*\s+голови|секретар\w*)\s+$", re.IGNORECASE
)
"""An office right before a hromada it is of ("голова X-ської громади")."""


_SET_ASIDE_OPENING = re.compile(r"\s*(?:Окрім|Крім|Опріч)\b")


def _set_aside(text: str, mention: UaMention) -> bool:
    """The hromada follows "окрім"/"крім": the sentence speaks of another one ("Окрім X, Y має …")."""
    return named_besides(text, mention.start)


def previous_side(text: str, sentences: list[Sentence], index: int, context: ArticleContext) -> UaSide | None:
    """The one Ukrainian side of the sentence before, in the same paragraph: the subject a
    sentence without one carries over ("X уклала угоду з A. Очікується підписання угоди з B")."""
    sides = _previous_sides(text, sentences, index, context)
    if len(sides) != 1:
        return None
    side = side_of_mention(next(iter(sides.values())))
    side.at = None
    return side


def _previous_sides(text: str, sentences: list[Sentence], index: int, context: ArticleContext) -> dict:
    """The hromadas the sentence before names, in the same paragraph, by code."""
    if index == 0:
        return {}
    previous, current = sentences[index - 1], sentences[index]
    if "\n" in text[previous.end : current.start]:
        return {}
    return {
        m.katottg: m
        for m in context.subject_mentions
        if previous.start <= m.start < previous.end
        and m.kind in HROMADA_KINDS
        and m.katottg
        and not _set_aside(text, m)  # "Окрім X, Y має …"
        and not an_entry_of_a_partner_list(text, m.start, m.end)  # "угоди з двома громадами: A та X"
        and not (governed_by(text, m.start, WITH) and SAID_WITH.search(m.text))  # "партнерство з X-ською"
    }


_DOCUMENT_REFERS_BACK = 6
"""How many sentences back a sentence that opens with "the document" looks for the agreement it means."""
# "<коли> документи підписали: <хто>": a fronted time before the document, and its signers listed
_THE_DOCUMENTS_SIGNED_BY = re.compile(
    r"^(?:[\w'’-]+\s+){0,5}?(?:документ\w*|угод\w*|меморандум\w*)\s+(?:підписали|скріпили\s+підписами)\s*:",
    re.IGNORECASE,
)


# A sentence that opens by announcing a list of dash pairs ("Пари такі: A — X; B — Y", "Партнерами стали:
# A — X, B — Y"): a paragraph of its own often follows the sentence about the agreements.
_A_LIST_OF_PAIRS_OPENS = re.compile(
    # "… на етапі погодження текстів: A — з X, …": the texts of the agreements told before
    r"[^:.;]{0,60}?\b(?:пар[иа]|партнерств\w*|побратимств\w*|партнерами|побратимами|текст(?:и|ів))\b[^:.;]{0,40}:\s*"
    r"[А-ЯІЇЄҐ][^—–;]{1,40}\s[—–]\s",
    re.IGNORECASE,
)


def previous_tie(text: str, sentences: list[Sentence], index: int) -> tuple[str | None, str | None]:
    """The relation and status of the sentence before in the same paragraph, which a sentence about
    "the document" or a list of pairs continues. A sentence that opens with the document ("Документи
    підписали: …") refers back to the agreement the nearest of the few sentences before names, even
    across paragraph breaks."""
    if index == 0:
        return None, None
    here = sentences[index].text
    if (
        DOCUMENT_OPENING.search(here)
        or (":" in here and _THE_DOCUMENTS_SIGNED_BY.search(here))
        or _A_LIST_OF_PAIRS_OPENS.match(here)
    ):
        for before in sentences[max(0, index - _DOCUMENT_REFERS_BACK) : index][::-1]:
            if relation := relation_of(before.text):
                return relation, status_of(before.text)
        return None, None
    if "\n" in text[sentences[index - 1].end : sentences[index].start]:
        return None, None
    before = sentences[index - 1].text
    relation = relation_of(before)
    return relation, relation and status_of(before)
