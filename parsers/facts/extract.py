"""Partnership facts from one article: Ukrainian hromada ↔ partner place, relation, status, date, evidence.

The article is read sentence by sentence. A sentence that names a tie ("побратимство",
"меморандум", "угода про співпрацю") gives facts when it also names a partner place; the
Ukrainian side is a hromada named in the same sentence or, failing that, the article's own
hromada (portal "Громади:" block, the council site's owner, the title). Places are resolved
gazetteer-first: Ukrainian names through the KATOTTG case-form index (:mod:`parsers.places.ua_places`),
foreign names through GeoNames with country hints from the text (:mod:`parsers.places.world`): a
parenthesis "(Туреччина)", an adjective "з французьким містом", an administrative word "ґміна";
those cues, read around each name, live in :mod:`parsers.facts.name_context`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz

from parsers.facts.cues import (
    RELATION_RANK,
    STATUS_RANK,
    event_date_of,
    is_refusal,
    names_a_tie,
    names_the_signed_document,
    relation_of,
    status_of,
)
from parsers.facts.dates import SIGNING, date_from_story
from parsers.facts.links import _APPOSITIVE as APPOSITIVE  # the appositive link's own phrase
from parsers.facts.links import STRENGTH, Link, governed_by, link_of
from parsers.facts.name_context import (
    CITY_WORDS,
    SURNAME,
    WORD,
    Hint,
    all_common_words,
    foreign_cue_before,
    hints,
    in_country_name,
    inside_parentheses,
    is_first_name,
    is_location,
    name_spans,
    nominative_adjective,
    preceding_words,
    region_noun,
    ua_raion_keys,
)
from parsers.facts.owner_list import OwnerList, names_inside, owner_list_in
from parsers.facts.sentences import Sentence, join_sentences, split_sentences
from parsers.facts.vocabulary import ADJ, is_place_adjective, names_a_bond
from parsers.places.foreign import ForeignPlace, resolve_foreign
from parsers.places.katottg import load_codifier
from parsers.places.ua_places import UaMention, UaPlaces, load_ua_places
from parsers.places.world import (
    LOWERCASE_BY_CHOICE,
    World,
    WorldPlace,
    clean_span,
    load_world,
    nominative_guess,
)
from parsers.records import Article
from parsers.text import name_key, normalize_name, normalize_text

HROMADA_KINDS = frozenset({"settlement", "hromada", "city_k"})
_ACTS = frozenset({"signed", "renewed", "terminated"})
"""Statuses told as an act done on a day, which the sentences around may date."""

# Words before a name that make it a person, not a place.
_PERSON_ROLES = re.compile(
    r"(?:мер\w*|голов\w*|бургомістр\w*|війт\w*|посл\w*|посадник\w*|староста\w*|старост\w*|президент\w*|"
    r"губернатор\w*|префект\w*|заступник\w*|секретар\w*|депутат\w*|пан\w*|пані|маршал\w*|очільник\w*|"
    r"начальник\w*|директор\w*|представник\w*|міністр\w*|журналіст\w*|волонтер\w*|керівник\w*)$",
    re.IGNORECASE,
)
_OBLAST_PHRASE = re.compile(
    r"[А-ЯІЇЄҐ][\w'-]+(?:ської|цької|зької|ська|цька|зька|ській|цькій|зькій|ською|цькою|зькою)\s+(?:області|область|обл\.)"
    r"|(?:на|з|із|зі)\s+[А-ЯІЇЄҐ][\w'-]+(?:щин[аиіу]|ччин[аиіу])|[А-ЯІЇЄҐ][\w'-]+(?:щини|ччини)"
)
_UA_REGION_SHAPE = re.compile(
    r"щин|ччин|^Крим|^Закарпат|^Буковин|^Поділл|^Волин|^Донбас|^Галичин|^Слобожан|^Таврі"
)
_ORGANISATION_AFTER = re.compile(
    r"^\s+(?:[а-яіїєґ'-]+\s+)?(?:університет|інститут|коледж|академі|фонд|асоціаці|агенці|центр|банк|компані|"
    r"підприємств|товариств|лікарн|музе|театр|ліце|гімнази|школ|управлінн|обласн)",
    re.IGNORECASE,
)
_REGION_PHRASE = re.compile(
    rf"\b((?=[А-ЯІЇЄҐ]){ADJ})\s+"
    r"(район\w*|кра[йюїє]\w*|повіт\w*|лен\w*|воєводств\w*|графств\w*|провінці\w*|округ\w*|жудец\w*)"
)
# The body that governs a region and signs for it: "самоврядування Тракайського району".
_REGION_BODY_BEFORE = re.compile(
    r"\b(?:самоврядуванн\w*|муніципалітет\w*|адміністраці\w*)\s+$", re.IGNORECASE
)
# Region units that belong to one country's system: the region phrase names that country.
_COUNTRY_OF_UNIT = re.compile(rf"\b(?=[А-ЯІЇЄҐ]){ADJ}\s+(?:воєводств|жудец|ландкрейс|кантон)\w*")


def _joined_spans(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Name spans with the two parts of a compound name joined where its spaced dash was read as a
    hyphen ("---", see ``Extractor._with_compound_names_joined``)."""
    joined: list[tuple[int, int, str]] = []
    for start, end, span in spans:
        if joined and text[joined[-1][1] : start] == "---":
            first_start, _, first = joined.pop()
            joined.append((first_start, end, f"{first}-{span}"))
        else:
            joined.append((start, end, span))
    return joined


_SPACED_DASH_IN_NAME = re.compile(r"\b([А-ЯІЇЄҐ][\w'’]{1,5})(?=\s[—–]\s([А-ЯІЇЄҐ][\w'’-]+))")
_REFERENCE_TO_US = re.compile(
    r"громад|рад[аиіоу]|ОТГ|\bнаш|\bми\b|\bнас\b|міськ|сільськ|селищн|україн|\bмісто\b|столиц", re.I
)


@dataclass
class Partner:
    name_uk: str
    name: str | None
    country_iso2: str | None
    geonameid: int | None
    katottg: str | None
    level: str
    domestic: bool

    @property
    def key(self) -> str:
        if self.domestic:
            return f"UA:{self.katottg}"
        if self.geonameid:
            return f"G:{self.geonameid}"
        return f"N:{self.country_iso2}:{name_key(self.name or self.name_uk)}"


@dataclass
class UaSide:
    katottg: str | None
    name_uk: str
    settlement_uk: str | None
    oblast_uk: str | None
    at: int | None = None
    """Where the sentence names it (None for the article's own hromada, not named there)."""


@dataclass
class Fact:
    ua: UaSide
    partner: Partner
    relation: str
    status: str
    event_date: str | None
    evidence: list[str] = field(default_factory=list)
    confidence: float = 0.0
    link: str | None = None
    """How the text ties the two sides (:mod:`parsers.facts.links`)."""
    sentence_indexes: list[int] = field(default_factory=list)
    """Which sentences of the article state it (to find a date told in a neighbouring sentence)."""

    def to_contract(self) -> dict:
        """The shape of one item of ``partnerships`` in extract-output.schema.json."""
        return {
            "ua": {
                "katottg": self.ua.katottg,
                "name_uk": self.ua.name_uk,
                "settlement_uk": self.ua.settlement_uk,
                "oblast_uk": self.ua.oblast_uk,
            },
            "partner": {
                "name_uk": self.partner.name_uk,
                "name": self.partner.name,
                "country_iso2": self.partner.country_iso2,
                "geonameid": self.partner.geonameid,
                "katottg": self.partner.katottg,
                "level": self.partner.level,
                "domestic": self.partner.domestic,
            },
            "relation": self.relation,
            "status": self.status,
            "event_date": self.event_date,
            "evidence": join_sentences(self.evidence),
            "confidence": round(self.confidence, 2),
            "link": self.link,
        }


@dataclass
class _Found:
    """A partner candidate at a position in a sentence."""

    start: int
    partner: Partner
    confidence: float
    end: int = 0
    """Where the name ends (0 when unknown: the list logic then takes the first letter)."""

    @property
    def stop(self) -> int:
        return self.end or self.start + 1


@dataclass
class _Context:
    published: date | None
    oblasts: frozenset[str]
    owner: UaSide | None
    scan_countries: Callable[[], list[str]]
    """The foreign countries the article names, in order: scanned only when a name is resolved."""
    places: UaPlaces
    world: World
    resolved: dict[tuple[str, str | None], Partner] = field(default_factory=dict)
    mentions: list[UaMention] = field(default_factory=list)
    """Ukrainian places of the whole article text, found once with the article's context."""
    """Places already resolved in this article, by Ukrainian name: "X (штат Y)" once
    decides every later "X" of the same article."""
    previous_side: UaSide | None = None
    """The one Ukrainian side of the sentence before, in the same paragraph, if there is one."""
    previous_relation: str | None = None
    previous_status: str | None = None
    """The tie the sentence before names, in the same paragraph: what "the document" of the next one is."""
    unread: list[tuple[str, list[UaMention]]] = field(default_factory=list)
    """Sentences whose foreign names were not resolved because they cannot give a fact; they are
    resolved, in order, only when a later sentence needs what they would have put in ``resolved``."""
    _countries: list[str] | None = None

    @property
    def countries(self) -> list[str]:
        if self._countries is None:
            self._countries = self.scan_countries()
        return self._countries


class _CachedWorld:
    """The gazetteer's answers memoized: the same words and names recur across sentences and articles."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.country = lru_cache(maxsize=200_000)(world.country)
        self.region_country = lru_cache(maxsize=50_000)(world.region_country)
        self.latin = lru_cache(maxsize=50_000)(world.latin)
        self._best = lru_cache(maxsize=200_000)(
            lambda span, country, admin1, level: resolve_foreign(
                span, country, level=level, admin1=admin1, world=world, derive=False
            )
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
        return place if place.known else None


class Extractor:
    """Reusable extractor: loads the gazetteers once."""

    def __init__(self, places: UaPlaces | None = None, world: World | None = None) -> None:
        self.places = places or load_ua_places()
        self.world = _CachedWorld(world or load_world())
        self._oblast_of = lru_cache(maxsize=50_000)(self.places.oblast_of)
        self._countries_in = lru_cache(maxsize=20_000)(self._countries_in)
        self._word_country = lru_cache(maxsize=200_000)(self._word_country)

    def preload(self) -> None:
        """Load the gazetteers' per-country indexes now: a long run pays its start-up once."""
        from parsers.places.foreign import preload_latin

        self.world.world.preload()
        preload_latin(self.world.world)
        ua_raion_keys()

    def extract(self, article: Article, owner_katottg: str | None = None) -> list[Fact]:
        text = _article_text(article)
        if not (names_a_tie(text) or (names_a_bond(text) and owner_list_in(text))):
            return []  # no word for a tie anywhere: most news, skipped at the cost of one regex
        sentences = split_sentences(text)
        if not any(_may_hold_a_fact(sentence.text) for sentence in sentences):
            return []  # no sentence both names a tie and can give it a status: no place is looked up
        context = self._context(article, text, sentences, owner_katottg)
        facts: dict[tuple[str | None, str], Fact] = {}
        title_end = len(normalize_text(article.title or "").strip())
        for index, sentence in enumerate(sentences):
            is_title = sentence.start < title_end
            context.previous_side = self._previous_side(text, sentences, index, context)
            context.previous_relation = _previous_relation(text, sentences, index)
            context.previous_status = context.previous_relation and status_of(sentences[index - 1].text)
            for fact in self._sentence_facts(sentence, context, is_title):
                fact.sentence_indexes = [index]
                _merge(facts, fact)
        found = _without_spelling_variants(
            [fact for fact in facts.values() if fact.ua.katottg or fact.ua.name_uk]
        )
        found = _without_title_seats(found, title_end, sentences)
        for fact in found:
            if fact.link == "owner_list" or fact.status not in _ACTS:
                continue  # a list of partners, talks or a plan: not the story of a signing
            in_title = [index for index in fact.sentence_indexes if sentences[index].start < title_end]
            for index in [i for i in fact.sentence_indexes if i not in in_title] + in_title:
                if fact.event_date is None:
                    fact.event_date = date_from_story(
                        text, sentences, index, context.published, index in in_title
                    )
        return found

    def _context(
        self, article: Article, text: str, sentences: list[Sentence], owner_katottg: str | None
    ) -> _Context:
        oblasts = {unit.katottg for unit in article.oblasts if unit.katottg}
        for phrase in _OBLAST_PHRASE.findall(text):  # oblasts first, so one scan decides same-name places
            if code := self._oblast_of(phrase):
                oblasts.add(code)
        mentions = self.places.find(text, frozenset(oblasts), owner_katottg)
        oblasts.update(m.katottg for m in mentions if m.kind == "oblast" and m.katottg)
        published = date.fromisoformat(article.published[:10]) if article.published else None

        def scan_countries() -> list[str]:
            countries: list[str] = []
            for sentence in sentences:
                for country in self._countries_in(sentence.text):
                    if country not in countries and country != "UA":
                        countries.append(country)
            return countries

        owner = self._owner(article, mentions, owner_katottg, frozenset(oblasts))
        context = _Context(published, frozenset(oblasts), owner, scan_countries, self.places, self.world)
        context.mentions = mentions
        return context

    def _previous_side(
        self, text: str, sentences: list[Sentence], index: int, context: _Context
    ) -> UaSide | None:
        """The one Ukrainian side of the sentence before, in the same paragraph: the subject a
        sentence without one carries over ("X уклала угоду з A. Очікується підписання угоди з B")."""
        if index == 0:
            return None
        previous, current = sentences[index - 1], sentences[index]
        if "\n" in text[previous.end : current.start]:
            return None
        sides = {
            m.katottg: m
            for m in context.mentions
            if previous.start <= m.start < previous.end and m.kind in HROMADA_KINDS and m.katottg
        }
        if len(sides) != 1:
            return None
        side = _side(next(iter(sides.values())))
        side.at = None
        return side

    def _owner(
        self, article: Article, mentions: list[UaMention], owner_katottg: str | None, oblasts: frozenset[str]
    ) -> UaSide | None:
        """The article's own hromada: the site owner, the portal's first hromada, or the title's."""
        if owner_katottg:
            return self._side_of_code(owner_katottg)
        for unit in article.hromadas:
            if unit.katottg:
                return self._side_of_code(unit.katottg)
        title_end = len(article.title or "")
        ua_in_title = [m for m in mentions if m.kind in HROMADA_KINDS and m.katottg and m.start < title_end]
        if ua_in_title:
            return _side(ua_in_title[0])
        return None

    def _side_of_code(self, katottg: str) -> UaSide:
        units = load_codifier().units
        unit = units.get(katottg)
        if unit is None:
            return UaSide(katottg, katottg, None, None)
        oblast = units.get(unit.oblast_katottg)
        return UaSide(katottg, unit.name_uk, None, oblast.name_uk if oblast else None)

    def _countries_in(self, text: str) -> list[str]:
        found = []
        word_country = self._word_country
        for match in WORD.finditer(text):
            word = match.group(0)
            country = word_country(word)
            if not country:
                continue
            if _NEW_BEFORE.search(text, 0, match.start()) and not word.startswith("Зеланд"):
                continue  # a region named after an old country ("Нова Шотландія") is not that country
            if country not in found:
                found.append(country)
        for match in _COUNTRY_PHRASE.finditer(text):
            country = self.world.country(match.group(0))
            if country and country not in found:
                found.append(country)
        for match in _COUNTRY_OF_UNIT.finditer(text):  # "Підкарпатського воєводства" is in Poland
            country = self.world.region_country(match.group(0))
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

    def _sentence_facts(self, sentence: Sentence, context: _Context, is_title: bool = False) -> list[Fact]:
        text = self._with_compound_names_joined(sentence.text)
        continues = context.previous_relation is not None and (
            names_the_signed_document(text) or bool(_DASH_PAIR_LIST.search(text))
        )  # "Документ підписали: …" / "Пари такі: A — X; B — Y" after a sentence about the agreements
        if not (names_a_tie(text) or owner_list_in(text) or continues) or is_refusal(text):
            return []
        default_relation = (context.previous_relation if continues else None) or "cooperation"
        inherited_status = context.previous_status if continues else None
        relation = relation_of(text) or default_relation
        status = status_of(text)
        all_mentions = [
            dataclasses.replace(m, start=m.start - sentence.start, end=m.end - sentence.start)
            for m in context.mentions
            if sentence.start <= m.start and m.end <= sentence.end
        ]
        sentence_oblasts = context.oblasts | {
            m.katottg for m in all_mentions if m.kind == "oblast" and m.katottg
        }
        all_mentions = _with_coordinated_hromadas(text, all_mentions, frozenset(sentence_oblasts))
        all_mentions = _with_office_hromadas(text, all_mentions, frozenset(sentence_oblasts))
        all_mentions = self._with_area_hromadas(text, all_mentions, frozenset(sentence_oblasts))
        ua_mentions = [
            m
            for m in all_mentions
            if m.kind in HROMADA_KINDS and m.katottg and not _part_of_other_name(text, m)
        ]
        owner = None if is_title else context.owner
        if not (ua_mentions or owner) or not _may_state_a_fact(text, status or inherited_status, ua_mentions):
            # No Ukrainian side can be paired (none named, no owner), or no pair can get a status:
            # resolving its names is deferred, maybe for good.
            context.unread.append((text, all_mentions))
            return []
        foreign = self._foreign_places(text, all_mentions, context)
        misread = [m for m in ua_mentions if any(f.start <= m.start < f.stop for f in foreign)]
        if (
            misread
        ):  # a name read as foreign by a cue before it ("з техаською Одесою") is not a Ukrainian side
            ua_mentions = [m for m in ua_mentions if m not in misread]
            owner = context.previous_side or owner
        listed = _owner_list_candidates(text, ua_mentions, foreign, owner)
        if listed is not None:
            candidates = listed
        else:
            candidates = _pair(ua_mentions, foreign, owner, text)
            if not foreign:
                candidates = _domestic_pairs(ua_mentions, context.owner, text)
            candidates = _in_own_clause(text, candidates, ua_mentions)
        if not candidates:
            return []
        event_date = event_date_of(text, context.published)
        clauses = _clauses(text)
        facts = []
        for candidate in candidates:
            ua, found = candidate.ua, candidate.found
            if found.partner.domestic and found.partner.katottg == ua.katottg:
                continue
            link = candidate.link(text)
            if link is None:
                candidate, link = _relinked_by_other_mention(candidate, ua_mentions, text)
            if link is None:
                continue  # two places in one sentence, nothing that ties them: no fact
            ua = candidate.ua
            pair_relation, pair_status, pair_date = relation, status, event_date
            if candidate.fixed == "owner_list":
                pair_relation = "twinning" if "побрат" in text.lower() else relation
                pair_date = event_date if SIGNING.search(text) else None
            elif len(clauses) > 1 and not found.partner.domestic:
                others = [c.ua.at for c in candidates if c.ua.at is not None and c.ua.at != ua.at]
                pair_relation, pair_status, pair_date = _clause_cues(
                    text, clauses, ua.at, found.start, others, context.published, default_relation
                )
            pair_status = pair_status or inherited_status or _implied_status(text, link.kind)
            if pair_status in ("renewed", "terminated") and _since_year(text, pair_date):
                pair_date = None  # "партнери з 2008 року поновили угоду": 2008 is when the tie began
            if pair_status is None:
                continue  # a status needs evidence: nothing says the tie was made or exists
            facts.append(
                Fact(
                    ua,
                    found.partner,
                    pair_relation,
                    pair_status,
                    pair_date,
                    [sentence.text],
                    confidence=_confidence(link, found, ua),
                    link=link.kind,
                )
            )
        return facts

    def _with_compound_names_joined(self, text: str) -> str:
        """A spaced dash inside a compound name ("A — Сен — X" in a list of dash pairs) is read
        as the name's hyphen when the joined name is a gazetteer name: the gazetteer's longest name wins.
        The text keeps its length (the dash and its spaces become hyphens), so offsets stay the same."""
        if "—" not in text and "–" not in text:
            return text
        for match in reversed(list(_SPACED_DASH_IN_NAME.finditer(text))):
            joined = f"{match.group(1)}-{match.group(2)}"
            place = self.world.best(joined, None)
            if place is not None and place.score >= 0.95 and name_key(place.name_uk) == name_key(joined):
                start = match.end(1)
                text = text[:start] + "---" + text[start + 3 :]
        return text

    def _with_area_hromadas(
        self, text: str, mentions: list[UaMention], oblasts: frozenset[str]
    ) -> list[UaMention]:
        """Add hromadas named by their area's noun ("X-щина" of an X-ська громада, "X-ччина" of an
        X-цька one), unless the noun names an oblast."""
        added = []
        for match in _AREA_NOUN.finditer(text):
            start, end = match.span()
            if any(m.start <= start < m.end for m in mentions) or self._oblast_of(match.group(0)):
                continue
            adjective = match.group(1) + ("цька" if match.group(2) == "ччин" else "ська")
            if mention := _hromada_mention(adjective, start, end, oblasts):
                added.append(mention)
        return sorted([*mentions, *added], key=lambda mention: mention.start)

    def _foreign_places(self, text: str, ua_mentions: list[UaMention], context: _Context) -> list[_Found]:
        taken = [(m.start, m.end) for m in ua_mentions]
        found: list[_Found] = []
        sentence_countries = [c for c in self._countries_in(text) if c != "UA"]
        for start, end, partner in self._region_spans(text, sentence_countries, context):
            found.append(_Found(start, partner, 0.6, end))
            taken.append((start, end))
        spans = _joined_spans(list(name_spans(text)), text)
        people: list[tuple[int, int]] = _names_after_an_office(text, spans)
        spans = _with_two_word_towns(spans, text, people)
        for start, end, span in spans:
            if any(s <= start < e or start < s < end for s, e in people):
                continue  # a person's name, or a run that runs on into one
            # A run of words that names a person also rules out the words in it, so its test comes first;
            # a single word's test rules out only itself, so it waits until the cheap tests are done.
            single = " " not in span
            if not single and self._is_person(text, start, end, span, sentence_countries, context):
                people.append((start, end))
                continue
            # The tests that only rule a name out, cheapest first (the dictionary and the context last).
            if any(s <= start < e or start <= s < end for s, e in taken[len(ua_mentions) :]):
                continue  # inside a foreign name already read ("Стальова" of "Стальова Воля")
            overlaps = any(s <= start < e or start <= s < end for s, e in taken[: len(ua_mentions)])
            if overlaps and not foreign_cue_before(text, start, self.world):
                continue  # a Ukrainian name, unless a foreign adjective says otherwise ("техаською Одесою")
            if _written_as_other_name(text, start, span):
                continue
            if _UA_REGION_SHAPE.search(span) and self._oblast_of(span):
                continue  # "Криму", "Донеччини": Ukrainian regions, never foreign partners
            if single and is_place_adjective(span):
                continue
            if is_location(text, start):
                continue
            named_country = self.world.country(span)
            hint = hints(text, start, end, self.world)
            if named_country and not (hint.explicit and hint.country not in (None, named_country)):
                continue  # a country's name, unless another country's adjective makes it a town's
            if hint.descriptor or not _may_be_place_name(text, start, span, hint):
                continue
            if single and self._is_person(text, start, end, span, sentence_countries, context):
                people.append((start, end))
                continue
            partner = self._resolve(span, hint, sentence_countries, context)
            if partner is None or partner.country_iso2 == "UA":
                continue
            if partner.geonameid is None and _after_plural_unit(text, start):
                continue  # "з містами X": X, unknown to the gazetteer, is where those towns are
            found.append(_Found(start, partner, 0.9 if partner.geonameid else 0.6, end))
            taken.append((start, end))
        for start, end, partner in self._latin_places(text, taken, sentence_countries, context):
            found.append(_Found(start, partner, 0.8, end))
        return found

    def _is_person(
        self, text: str, start: int, end: int, span: str, countries: list[str], ctx: _Context
    ) -> bool:
        """People are named like places (a first name that is also a town): a role word or a surname
        decides; a first name counts only when a capitalised word follows it and the gazetteer does not
        know the span."""
        before = preceding_words(text, start, 1)
        if before and CITY_WORDS.search(before[-1]):
            return False
        if before and _PERSON_ROLES.match(before[-1]):
            return not self._office_of_place(span, countries, ctx)
        words = span.split()
        if len(words) >= 2 and SURNAME.search(words[-1]):
            return True
        if len(words) == 1:  # the capital after it first: it is cheaper than the dictionary
            return bool(_CAPITAL_AFTER.match(text, end)) and is_first_name(words[0])
        if not is_first_name(words[0]):
            return False
        return not any(
            (place := self.world.best(span, country)) and place.score >= 0.85
            for country in dict.fromkeys([*countries, *ctx.countries])
        )

    def _office_of_place(self, span: str, countries: list[str], ctx: _Context) -> bool:
        """ "бургомістр X" (genitive), "мера Кракова": after a role word, a known place in an oblique
        case names the office's town; a person's name follows a role in the nominative."""
        for country in dict.fromkeys([*countries, *ctx.countries]):
            place = self.world.best(span, country)
            if place and place.score >= 0.8 and name_key(place.name_uk) != name_key(span):
                return True
        place = self.world.best(span, None)  # no country named: only a near-exact declined name counts
        return bool(place and place.score >= 0.95 and name_key(place.name_uk) != name_key(span))

    def _resolve(self, span: str, hint: Hint, sentence_countries: list[str], ctx: _Context) -> Partner | None:
        """Gazetteer first (within the hinted or mentioned countries); a derived name only on an explicit cue.

        The dictionary knows many place names as plain nouns, so "common word" only makes a match
        need more: an exact gazetteer name, or an explicit cue; at a sentence start it rules a word out.
        """
        countries = (
            [hint.country] if hint.country else list(dict.fromkeys([*sentence_countries, *ctx.countries]))
        )
        if hint.sentence_initial and not hint.explicit and all_common_words(span):
            # The dictionary lists many towns as plain nouns: at a sentence start such a word is a place
            # only as an exact gazetteer name in a country this sentence names ("X став …
            # польським партнером").
            exact = self.world.best(span, None, level=hint.level) if len(span) >= 5 else None
            if exact and exact.score >= 0.95 and exact.country_iso2 in sentence_countries:
                return self._remember(ctx, _partner_of(exact, hint.level, span))
            return None
        careful = False  # mid-sentence capitals are names; the dictionary lists many places as plain nouns
        exact = self.world.best(span, None, level=hint.level)  # exact names only: cheap, most partners
        if exact and exact.score >= 0.95 and exact.country_iso2 in countries and not hint.admin1:
            return self._remember(ctx, _partner_of(exact, hint.level, span))
        if not (hint.explicit or sentence_countries):
            countries = countries[:2]  # no cue here: only the article's main countries are searched by sound
        for country in countries:
            place = self.world.best(span, country, admin1=hint.admin1, level=hint.level)
            if place and (place.score >= 0.95 or not careful):
                return self._remember(ctx, _partner_of(place, hint.level, span))
        if not hint.country:
            place = self.world.best(span, None, level=hint.level)
            if (
                place
                and place.country_iso2 != "UA"
                and place.score >= 0.95
                and (place.country_iso2 in ctx.countries or (place.population or 0) >= 15_000)
            ):
                return _partner_of(place, hint.level)
        country = hint.country or (countries[0] if len(countries) == 1 else None)
        if hint.level in ("district", "region") and not country and countries:
            country = countries[0]
        if hint.adjacent_cue and country and not is_place_adjective(span) and not in_country_name(span):
            name_uk = nominative_guess(clean_span(span))
            known = [p for (key, _), p in ctx.resolved.items() if key == name_key(name_uk) and p.geonameid]
            if len(known) == 1:
                return known[0]  # the article already knows this place: a later cue does not move it
            return Partner(
                name_uk, self.world.latin(name_uk, country), country, None, None, hint.level, False
            )
        return None

    def _remember(self, ctx: _Context, partner: Partner) -> Partner:
        """The partner this article resolved first under the same name and country, else this one.

        Sentences that cannot give a fact left their names unresolved (``ctx.unread``); before a
        name new to the article is taken, they are resolved in order, so that the first resolution
        of a name is the one of the earliest sentence, as if every sentence had been read in full."""
        key = (name_key(partner.name_uk), partner.country_iso2)
        if key not in ctx.resolved and ctx.unread:
            unread, ctx.unread = ctx.unread, []
            for text, mentions in unread:
                self._foreign_places(text, mentions, ctx)
        return ctx.resolved.setdefault(key, partner)

    def _region_spans(self, text: str, sentence_countries: list[str], ctx: _Context):
        """Foreign regions written as adjective + region noun: "Оломоуцьким краєм", "X-ський район"."""
        for match in _REGION_PHRASE.finditer(text):
            adjective, noun = match.group(1), match.group(2)
            genitive = re.search(r"(?:ого|ої|их)$", adjective)
            if (genitive and not _REGION_BODY_BEFORE.search(text, 0, match.start())) or inside_parentheses(
                text, match.start()
            ):
                continue  # "у межах X-ського району" is where; "самоврядування X-ського району" signs
            if name_key(nominative_adjective(adjective, noun)) in ua_raion_keys():
                continue
            hint = hints(text, match.start(), match.end(), self.world)
            country = hint.country or self.world.region_country(match.group(0))
            country = country or next(iter([*sentence_countries, *ctx.countries]), None)
            if not country or country == "UA" or is_location(text, match.start()):
                continue
            name_uk = f"{nominative_adjective(adjective, noun)} {region_noun(noun)}"
            latin = self.world.latin(name_uk, country)
            yield match.start(), match.end(), Partner(name_uk, latin, country, None, None, "region", False)

    def _latin_places(self, text: str, taken, sentence_countries, ctx: _Context):
        for match in _LATIN_NAME.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            for country in [*sentence_countries, *ctx.countries]:
                place = self.world.best(match.group(0), country)
                if place:
                    yield match.start(), match.end(), _partner_of(place, "city")
                    break


_COUNTRY_PHRASE = re.compile(r"Сполучен\w+ Штат\w+(?: Америки)?|Велик\w+ Британі\w+|Чеськ\w+ Республік\w+")
# A Latin-script name, its capital letter accented too ("Łódź", "Žatec", "Ústí").
_LATIN_NAME = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:[- ][A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)*\b")
_COORDINATED = re.compile(
    rf"((?:(?=[А-ЯІЇЄҐ]){ADJ}(?:\s+(?:міськ|сільськ|селищн)\w*)?(?:\s*,\s*|\s+(?:та|і|й)\s+))+"
    rf"(?=[А-ЯІЇЄҐ]){ADJ})\s+(?:(?:міськ|сільськ|селищн)\w*\s+)?(?:територіальн\w*\s+)?"
    r"(?:громадами|громадам|громадах|громад|громади|голови|головами|голів|радами|ради)\b"
)


def _with_coordinated_hromadas(
    text: str, mentions: list[UaMention], oblasts: frozenset[str]
) -> list[UaMention]:
    """Add hromadas named as coordinated adjectives under one plural noun:
    "з X-ською та Y-ською міськими громадами" names two hromadas."""
    added = []
    for match in _COORDINATED.finditer(text):
        for word in WORD.finditer(match.group(1)):
            if not is_place_adjective(word.group(0)):
                continue
            start, end = match.start(1) + word.start(), match.start(1) + word.end()
            if any(m.start <= start < m.end for m in mentions):
                continue
            if mention := _hromada_mention(word.group(0), start, end, oblasts):
                added.append(mention)
    return sorted([*mentions, *added], key=lambda mention: mention.start)


def _hromada_mention(adjective: str, start: int, end: int, oblasts: frozenset[str]) -> UaMention | None:
    """The hromada an adjective names ("Сквирський" → Сквирська громада) as a mention at its place."""
    from parsers.morphology import adjective_form

    codifier = load_codifier()
    unit = codifier.hromada(f"{adjective_form(adjective, 'femn')} громада", oblasts)
    if not unit.katottg:
        return None
    hromada = codifier.units[unit.katottg]
    oblast = codifier.units.get(hromada.oblast_katottg)
    return UaMention(
        start, end, adjective, "hromada", unit.katottg, unit.name_uk, None,
        hromada.oblast_katottg, oblast.name_uk if oblast else None, 1,
    )  # fmt: skip


_AREA_NOUN = re.compile(r"\b([А-ЯІЇЄҐ][\w'-]+?)(щин|ччин)(?:а|и|і|у|ою)\b")
_OFFICE_OF_HROMADA = re.compile(
    rf"\b((?=[А-ЯІЇЄҐ]){ADJ}(?:(?<=ий)|(?<=ого)|(?<=ому)|(?<=им)|(?<=ім)))\s+(?:(?:міськ|сільськ|селищн)\w*\s+)?"
    r"(?:голов\w*|рад[аиіу]|громад\w*|староста|старости)\b"
)


def _with_office_hromadas(text: str, mentions: list[UaMention], oblasts: frozenset[str]) -> list[UaMention]:
    """Add hromadas named only by their office: "Сквирський міський голова" is Сквирська громада's."""
    added = []
    for match in [*_OFFICE_OF_HROMADA.finditer(text), *_COLLEAGUE_OF_HROMADA.finditer(text)]:
        start, end = match.span(1)
        if any(m.start <= start < m.end for m in [*mentions, *added]):
            continue
        adjective = match.group(1)[:1].upper() + match.group(1)[1:]
        if mention := _hromada_mention(adjective, start, end, oblasts):
            added.append(mention)
    return sorted([*mentions, *added], key=lambda mention: mention.start)


# "його сахновщинський колега": an office named by a lowercase adjective of its hromada and "колега".
_COLLEAGUE_OF_HROMADA = re.compile(r"\b([а-яіїєґ][\w'’-]+(?:ський|цький|зький))\s+колег(?:а|ою|и)\b")


_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?=(?:а|але|адже|проте|однак|тоді як|а також|що|який|яка|яке|які|де|коли|бо)\b)|\s+а також\s+"
    r"|,\s+(?=[А-ЯІЇЄҐ][\w'’-]+(?:\s+[\w'’-]+){0,2}\s+[–—]\s*(?:з|із|зі)\s)"  # ", Y – з X": its own clause
)


def _clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans of a sentence: "..., адже X - побратим Y, а також ... Z"."""
    bounds, start = [], 0
    for match in _CLAUSE_BREAK.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


def _clause_of(clauses: list[tuple[int, int]], position: int | None) -> tuple[int, int] | None:
    if position is None:
        return None
    return next(((a, b) for a, b in clauses if a <= position < b), None)


def _clause_cues(
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
    ua_clause = _clause_of(clauses, ua_at)
    partner_clause = _clause_of(clauses, partner_at)
    own = [ua_clause] if ua_clause else []
    if (
        partner_clause
        and partner_clause != ua_clause
        and (ua_clause is None or not any(partner_clause[0] <= at < partner_clause[1] for at in other_ua))
    ):
        own.append(partner_clause)
    own_text = " ".join(text[a:b] for a, b in own) or text
    first = text[clauses[0][0] : clauses[0][1]]
    # The partner's own clause speaks first: "X has twinned with A since 2019, and in 2024 signed a
    # partnership with B" gives B the second clause's relation, status and date.
    partner_text = text[own[-1][0] : own[-1][1]] if len(own) > 1 else ""
    status = status_of(partner_text) or status_of(own_text) or status_of(first) or status_of(text)
    relation = relation_of(partner_text) or relation_of(own_text)
    event_date = event_date_of(partner_text, published) or event_date_of(own_text, published)
    if _ELLIPTICAL.search(own_text) and not SIGNING.search(own_text) and own[-1] in clauses[1:]:
        verb_clause = clauses[clauses.index(own[-1]) - 1]  # "а Y – з B": the dash stands for its verb
        verb_text = text[verb_clause[0] : verb_clause[1]]
        relation = relation or relation_of(verb_text)
        event_date = event_date or event_date_of(verb_text, published)
    if relation is None and not names_a_bond(own_text):
        relation = relation_of(first)  # an item of a list the first clause names ("угоди про X: A — B; …")
    if event_date is None and status_of(own_text) is None:
        event_date = event_date_of(first, published)  # the list's own clause has no verb: the first's date
    if event_date is None and own and own[0] in clauses[1:] and _WHEN.match(text[own[0][0] : own[0][1]]):
        before = clauses[clauses.index(own[0]) - 1]  # "з 2023 року, коли X та Y підписали угоду"
        event_date = event_date_of(text[before[0] : before[1]], published)
    return relation or default_relation, status, event_date


def _since_year(text: str, event_date: str | None) -> bool:
    """The date is a bare year the text gives as when the tie began ("з 2008 року", "угоду, укладену ще
    у 2008 році"), not when it was renewed or ended."""
    if event_date is None or len(event_date) != 4:
        return False
    began = (
        rf"\b(?:з|із|від|починаючи з)\s+{event_date}\b"
        rf"|\b(?:підписан|укладен|уклад)\w*\s+(?:\w+\s+){{0,2}}?(?:у|в)\s+{event_date}\b"
    )
    return bool(re.search(began, text, re.IGNORECASE))


_WHEN = re.compile(r"\s*коли\b", re.IGNORECASE)


_ELLIPTICAL = re.compile(r"\s[–—]\s*(?:з|із|зі)\s")


def _partner_of(place: WorldPlace | ForeignPlace, level: str, written: str | None = None) -> Partner:
    """A gazetteer place; its Ukrainian name as the text writes it when the text uses the nominative
    (an apostrophe the gazetteer's spelling lacks)."""
    name_uk = place.name_uk
    if written and name_key(written) == name_key(place.name_uk):
        name_uk = normalize_name(written)
    return Partner(name_uk, place.name, place.country_iso2, place.geonameid, None, level, False)


def _side(mention: UaMention) -> UaSide:
    return UaSide(
        mention.katottg,
        mention.hromada_name_uk or mention.text,
        mention.settlement_uk,
        mention.oblast_uk,
        mention.start,
    )


@dataclass
class _Candidate:
    """A Ukrainian side and a partner of one sentence, and the lists they stand in (the link test's input)."""

    ua: UaSide
    found: _Found
    ua_run: tuple[int, int] | None
    partner_run: tuple[int, int]
    position: tuple[int, int] | None = None
    dash: bool = False
    fallback: str | None = None
    """The link when the sentence's structure shows none but the pair's own pattern does (co-signers)."""
    fixed: str | None = None
    """The link already established by the pattern that made the candidate (an owner's partner list)."""

    def link(self, text: str) -> Link | None:
        if self.fixed:
            return Link(self.fixed, STRENGTH[self.fixed])
        found = link_of(
            text, self.ua_run, self.partner_run, self.position, self.dash, (self.ua.at, self.found.start)
        )
        if found is None and self.fallback:
            return Link(self.fallback, STRENGTH[self.fallback])
        return found


# A list of two or more pairs joined by dashes, after a colon: ": A — X; B — Y".
_DASH_PAIR_LIST = re.compile(
    r":\s*(?:[А-ЯІЇЄҐ][\w'’-]+(?:\s[А-ЯІЇЄҐ][\w'’-]+)?\s+[—–]\s+[А-ЯІЇЄҐ][^;:.\d]{1,60};\s*){1,}"
    r"[А-ЯІЇЄҐ][\w'’-]+(?:\s[А-ЯІЇЄҐ][\w'’-]+)?\s+[—–]\s+[А-ЯІЇЄҐ][^;:.\d]*\.?\s*$"
)  # no digits: "A — X (2:1)" is a score


def _previous_relation(text: str, sentences: list[Sentence], index: int) -> str | None:
    if index == 0 or "\n" in text[sentences[index - 1].end : sentences[index].start]:
        return None
    return relation_of(sentences[index - 1].text)


def _relinked_by_other_mention(
    candidate: _Candidate, ua: list[UaMention], text: str
) -> tuple[_Candidate, Link | None]:
    """A hromada named twice in one sentence (its office's adjective first, then its own name) is
    tied by whichever of its mentions a link reaches; the candidate stage kept only the first."""
    if candidate.fixed or candidate.position is not None or candidate.ua_run is None:
        return candidate, None
    for mention in ua:
        if mention.katottg != candidate.ua.katottg or mention.start == candidate.ua.at:
            continue
        other = dataclasses.replace(candidate, ua=_side(mention), ua_run=(mention.start, mention.end))
        if (link := other.link(text)) is not None:
            return other, link
    return candidate, None


def _owner_list_candidates(
    text: str, ua: list[UaMention], foreign: list[_Found], owner: UaSide | None
) -> list[_Candidate] | None:
    """Every partner of a hromada's own list, foreign and domestic, paired with that hromada
    (None: the sentence has no such list, and the other patterns apply; []: a list, not ours).

    The list's side is the hromada named inside the list phrase ("Міста-побратими X:"), else the one
    hromada named before it as a subject, else the article's own hromada when no foreign place
    comes before the list (a foreign subject's list holds its own twins).
    """
    listing = owner_list_in(text)
    if listing is None:
        return None
    listed_foreign = [f for f in foreign if listing.list_start <= f.start < listing.list_end]
    listed_ua = [
        m
        for m in _distinct_sides(ua)
        if listing.list_start <= m.start < listing.list_end and m.kind in ("hromada", "settlement")
    ]
    if not listed_foreign and not listed_ua:
        return None
    side = _list_side(text, listing, ua, foreign, owner)
    if side == "several":
        return None  # co-signers of one agreement with the listed places: the other links decide
    if side is None:
        return []
    side_run = (side.at, side.at + 1) if side.at is not None else None
    candidates = [
        _Candidate(side, found, side_run, (found.start, found.stop), fixed="owner_list")
        for found in listed_foreign
    ]
    candidates += [
        _Candidate(side, _domestic_partner(m), side_run, (m.start, m.end), fixed="owner_list")
        for m in listed_ua
        if m.katottg != side.katottg
    ]
    return candidates


def _list_side(
    text: str, listing: OwnerList, ua: list[UaMention], foreign: list[_Found], owner: UaSide | None
) -> UaSide | str | None:
    """Whose partner list it is (see :func:`_owner_list_candidates`): a side, "several" hromadas
    named before it, or None when it is somebody else's."""
    inside = names_inside(text, listing)
    named_inside = [m for m in ua if listing.tie_end <= m.start < listing.list_start]
    if any(not any(m.start <= start < m.end for m in named_inside) for start, _ in inside):
        return None  # a name that is not one of ours stands between the list word and the list
    if named_inside:
        return _side(named_inside[0])
    if any(f.start < listing.tie_start for f in foreign):
        return None
    before = {
        m.katottg: m
        for m in ua
        if m.start < listing.tie_start and not governed_by(text, m.start, frozenset({"з", "із", "зі"}))
    }
    if len(before) > 1:
        return "several"
    if before:
        return _side(next(iter(before.values())))
    return (
        owner
        if _list_of_ours(text[: listing.tie_start], text[listing.tie_start : listing.list_start])
        else None
    )


_US = re.compile(r"\b(?:громад\w*|міст[оау]|містом|наш\w*|ми|рад[аиі])\b", re.IGNORECASE)


def _list_of_ours(prefix: str, phrase: str) -> bool:
    """With no hromada named, a list is the article's own hromada's only when the text says so
    ("Громада має угоди з ...", "Побратими міста: ...") and no other name stands before the list."""
    capitals = [m for m in re.finditer(r"\b[А-ЯІЇЄҐA-Z][\w'-]*", prefix)]
    if any(m.start() > 0 and not _US.fullmatch(m.group(0)) for m in capitals[1:]):
        return False
    if capitals and not prefix[: capitals[0].start()].strip() and not _US.fullmatch(capitals[0].group(0)):
        # the first word is a name unless the rest of the prefix refers to us ("Нагадаємо, громада має")
        return bool(_US.search(prefix[capitals[0].end() :]))
    return bool(_US.search(prefix) or _US.search(phrase))


_CAPITAL_AFTER = re.compile(r"\s+[А-ЯІЇЄҐ]")
_PLURAL_UNIT = re.compile(
    r"^(?:міст|містами|містам|містах|громад|громадами|громадам|громадах|ґмін|гмін|ґмінами|гмінами|"
    r"муніципалітетів|муніципалітетами|сіл|селами|регіонів|регіонами)$",
    re.IGNORECASE,
)


def _after_plural_unit(text: str, start: int) -> bool:
    before = preceding_words(text, start, 1)
    return bool(before) and bool(_PLURAL_UNIT.match(before[-1]))


_GMINA_WORDS = re.compile(r"^(?:ґмін|гмін|повіт|округ|район)\w*$", re.IGNORECASE)


def _names_after_an_office(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Spans of people's names that follow an office: after a role word (and perhaps the unit's word:
    "мер міста"), a run of capitalised words is the office's town and then its holder, so every word of
    the run after the first is a person's name (the first is the town, or the holder's first name)."""
    people = []
    for start, end, _span in spans:
        words = list(re.finditer(r"\S+", text[start:end]))
        if len(words) < 2:
            continue
        first = words[0].group(0)
        if _PERSON_ROLES.match(first):
            town = 1  # "Бургомістр X Петер Трауб": the town, then the person
        elif _after_role(text, start):
            town = 0
        else:
            continue
        if len(words) > town + 2 and _second_word_of_a_town(words[town].group(0), words[town + 1].group(0)):
            town += 1  # "староста міста Єленя Ґура Ян Новак": a two-word town
        rest = words[town + 1 :]
        if rest:
            people.append((start + rest[0].start(), end))
    return people


def _with_two_word_towns(
    spans: list[tuple[int, int, str]], text: str, people: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """An office's town of two words ("Єленя Ґура" before its holder's name) is one span, read
    instead of its two words one by one."""
    towns = []
    for start, end, _span in spans:
        person = next((p for p in people if start < p[0] < end), None)
        if person is None:
            continue
        words = text[start : person[0]].split()
        if len(words) == 2:
            towns.append((start, start + len(" ".join(words)), " ".join(words)))
    if not towns:
        return spans
    inside = lambda s, e: any(a <= s and e <= b and (s, e) != (a, b) for a, b, _ in towns)  # noqa: E731
    kept = [span for span in spans if not inside(span[0], span[1])]
    return sorted([*kept, *towns], key=lambda span: (span[0], -span[1]))


def _second_word_of_a_town(first: str, word: str) -> bool:
    """After an adjective-like first word, a capitalised common noun of its gender that is no first
    name continues a town's name ("Єленя Ґура", "Стальова Воля"); anything else starts the holder's."""
    from parsers.morphology import has_common_noun_reading

    gender = {"а": "femn", "я": "femn", "е": "neut"}.get(first[-1:].lower())
    return gender is not None and has_common_noun_reading(word, gender) and not is_first_name(word)


def _after_role(text: str, start: int) -> bool:
    """A role word right before ``start``, perhaps with the unit's word between ("мер міста") and the
    body the role heads ("голова адміністрації району")."""
    before = preceding_words(text, start, 3)
    if before and (CITY_WORDS.search(before[-1]) or _GMINA_WORDS.match(before[-1])):
        before = before[:-1]
    if before and _OFFICE_BODY.match(before[-1]):
        before = before[:-1]
    return bool(before) and bool(_PERSON_ROLES.match(before[-1]))


_NEW_BEFORE = re.compile(r"\b(?:Нов(?:а|ої|ій|у|ою|ий|ого|ому|им)|New)\s+$")
_OFFICE_BODY = re.compile(r"^(?:адміністрації|ради|управи|магістрату|мерії|уряду|правління)$", re.IGNORECASE)


def _may_be_place_name(text: str, start: int, span: str, hint: Hint) -> bool:
    """Abbreviations in capitals, names inside quotes (organisations, programmes) and spans of three
    letters or fewer without a head noun ("місто", "ґміна") before them are not place names."""
    if _written_as_other_name(text, start, span):
        return False
    return len(re.sub(r"[\W\d_]", "", span)) > 3 or hint.adjacent_cue


def _written_as_other_name(text: str, start: int, span: str) -> bool:
    """An abbreviation in capitals, or a name inside quotes (an organisation's, a programme's)."""
    letters = re.sub(r"[\W\d_]", "", span)
    if len(letters) > 1 and letters.isupper():
        return True
    if text.count("«", 0, start) > text.count("»", 0, start):
        return not _quoted_speech(text, text.rfind("«", 0, start), text.find("»", start), "«")
    if text.count('"', 0, start) % 2 == 1:
        return not _quoted_speech(text, text.rfind('"', 0, start), text.find('"', start), '"')
    return False


def _quoted_speech(text: str, opened: int, closed: int, mark: str) -> bool:
    """A quote that holds what someone said (a clause of many words, or more than one) names places as
    any sentence does; a short quoted name is an organisation's or a programme's."""
    quoted = text[opened + 1 : closed if closed != -1 else len(text)]
    return len(quoted.split()) >= 6 or bool(re.search(r"[:;.!?]", quoted))


def _pair(ua: list[UaMention], foreign: list[_Found], owner: UaSide | None, text: str) -> list[_Candidate]:
    """Candidate pairs of Ukrainian and foreign mentions of one sentence (the link test decides).

    Two runs ("A, B, C ... X, Y") give every-with-every candidates,
    or by position when both lists are as long. With more runs, a dash ties the runs on its two sides
    ("X та Y — A"); any other foreign run goes with the nearest Ukrainian run before it.
    """
    if not foreign:
        return []
    sides = _distinct_sides(ua)
    if not sides:
        if not _owner_is_meant(text, foreign, owner):
            return []
        foreign_runs = _runs(text, [(f.start, f.stop, "f", f) for f in foreign])
        return [_Candidate(owner, f, None, (run.start, run.end)) for run in foreign_runs for f in run.items]
    runs = _runs(
        text, [(m.start, m.end, "ua", m) for m in sides] + [(f.start, f.stop, "f", f) for f in foreign]
    )
    ua_runs = [run for run in runs if run.kind == "ua"]
    ua_runs = [run for run in ua_runs if not _inserted(text, run)] or ua_runs  # ", сусідка Y," describes
    foreign_runs = [run for run in runs if run.kind == "f"]
    if len(runs) <= 2 or len(foreign_runs) == 1:
        same_length = len(ua_runs) == 1 and len(ua_runs[0].items) == len(foreign_runs[0].items) >= 2
        if _RESPECTIVELY.search(text) and not same_length:
            return []  # "відповідно" pairs two lists by position; lists of unequal length cannot be paired
        return [
            _Candidate(
                _side(m),
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
    if _RESPECTIVELY.search(text):
        return []  # "відповідно" pairs two lists by position: lists that are not two cannot be paired
    candidates = []
    for index, run in enumerate(runs):
        if run.kind != "f":
            continue
        dash_run = _dash_neighbour(text, runs, index)
        partner_run = dash_run or _nearest_ua_run(runs, index, text)
        candidates.extend(
            _Candidate(
                _side(m),
                f,
                (partner_run.start, partner_run.end),
                (run.start, run.end),
                dash=dash_run is not None,
            )
            for m in partner_run.items
            for f in run.items
        )
    return candidates


_RESPECTIVELY = re.compile(r"\bвідповідно\b", re.IGNORECASE)


def _dashed(text: str, one: _Run, other: _Run) -> bool:
    """Two lists joined by nothing but a spaced dash: "Ворзель — Жиф-сюр-Іветт"."""
    left, right = sorted((one, other), key=lambda run: run.start)
    return bool(re.fullmatch(r"\s+[—–]\s+", _gap_words(text, left.end, right.start)))


def _in_own_clause(text: str, candidates: list[_Candidate], ua: list[UaMention]) -> list[_Candidate]:
    """A partner whose own clause names another Ukrainian side is not paired across clauses:
    "X уклала угоду з A, а Y – з B" pairs B with Y only."""
    clauses = _clauses(text)
    kept = []
    for candidate in candidates:
        clause = _clause_of(clauses, candidate.found.start)
        if candidate.dash or candidate.ua.at is None or clause is None:
            kept.append(candidate)
            continue
        a, b = clause
        sides = (candidate.ua.katottg, candidate.found.partner.katottg)  # a domestic partner is one of `ua`
        others_here = any(a <= m.start < b and m.katottg not in sides for m in ua)
        if (
            others_here
            and not a <= candidate.ua.at < b
            and not _object_of_own_clause(text, clauses, candidate)
        ):
            continue
        kept.append(candidate)
    return kept


def _object_of_own_clause(text: str, clauses: list[tuple[int, int]], candidate: _Candidate) -> bool:
    """The Ukrainian side is the object ("з X") of a clause that names no foreign place, so the
    partner may be the sentence's subject in another clause ("A ..., а також поглиблює відносини з X")."""
    clause = _clause_of(clauses, candidate.ua.at)
    if (
        clause is None
        or candidate.ua_run is None
        or not governed_by(text, candidate.ua_run[0], frozenset({"з", "із", "зі"}))
    ):
        return False
    return not clause[0] <= candidate.found.start < clause[1]


_EXISTS = re.compile(
    r"\bє\s+(?:\w+\s+)?(?:побратим|партнер)|давн\w*\s+(?:\w+\s+)?(?:побратим|партнер|друз)|"
    r"партнерськ\w*\s+(?:міст|громад|ґмін|гмін)|міст\w*-(?:побратим|партнер)|(?:побратим|партнер)\w*\s+вже|"
    r"(?:побратим|партнер)\w*\s+(?:ще\s+)?(?:з|із)\s+\d{4}|співпрацю(?:є|ють|вали|вав|вала|вало)\s+(?:з|із)|дружи\w*|"
    r"(?:є|були|залишаються)\s+(?:нашими\s+)?(?:побратим|партнер)|"
    r"(?:народил|з'явил|постал)\w*\s+(?:\w+\s+)?(?:партнерств|побратимств|угод)|"
    r"\bма(?:є|ють|ла|ли|ло)\s+(?:\w+\s+)?(?:угод|договір|договор|меморандум)\w*\s+про\s+"
    r"(?:партнер|співпрац|співробітн|побрат|дружб)|"
    r"\bпов'язу\w*\s+(?:\w+\s+){0,2}?(?:угод|побратим|партнерств)|"
    r"(?:річниц\w*|\S*річчя|ювіле\w*)\s+(?:\S+\s+){0,3}?(?:побратимств|партнерств|співпрац|підписанн)",
    re.IGNORECASE,
)


def _may_hold_a_fact(text: str) -> bool:
    """The sentence passes the tests of :meth:`Extractor._sentence_facts` that need no place: it names
    a tie (or has an owner's list, or names a signed document, which may be the tie of the sentence
    before), is no refusal, and has a status cue, words saying the tie exists, an owner's list or a
    twin word (see :func:`_may_state_a_fact`)."""
    listing = owner_list_in(text)
    return (
        (listing is not None or names_a_tie(text) or names_the_signed_document(text))
        and not is_refusal(text)
        and bool(listing or status_of(text) or _EXISTS.search(text) or _APPOSITIVE_WORD.search(text))
    )


def _may_state_a_fact(text: str, status: str | None, ua: list[UaMention]) -> bool:
    """Whether any pair of the sentence can get a status (see :func:`_implied_status`): a status cue
    (a clause's cue is one of the sentence's), words saying the tie exists, an owner's list, or a
    twin word where an appositive link can stand (an appositive needs a Ukrainian side named in the
    sentence). A sentence without any of them gives no fact, so its foreign names need no resolving."""
    return bool(
        status
        or _EXISTS.search(text)
        or owner_list_in(text)
        or (ua and _APPOSITIVE_WORD.search(text) and _appositive_may_stand(text, ua))
    )


_APPOSITIVE_WORD = re.compile(r"побратим|партнер|поріднен", re.IGNORECASE)


def _appositive_may_stand(text: str, ua: list[UaMention]) -> bool:
    """A twin word stands right before a place where a pair's list can start: a Ukrainian mention, or
    a name, a region phrase or a Latin name that a partner could be read from (before resolving them)."""
    starts = {m.start for m in ua}
    starts.update(start for start, _, _ in name_spans(text))
    starts.update(match.start() for match in _REGION_PHRASE.finditer(text))
    starts.update(match.start() for match in _LATIN_NAME.finditer(text))
    return any(APPOSITIVE.search(text[max(0, start - 60) : start]) for start in starts)


def _implied_status(text: str, link_kind: str) -> str | None:
    """With no status cue, a tie is signed only when the text says it exists; else no status, no fact."""
    if link_kind in ("owner_list", "appositive") or _EXISTS.search(text):
        return "signed"
    return None


def _confidence(link: Link, found: _Found, ua: UaSide) -> float:
    """The link's strength, less for a partner without a gazetteer id or a side the sentence does not name."""
    confidence = link.strength
    if not found.partner.geonameid and not found.partner.domestic:
        confidence *= 0.9
    if ua.at is None:
        confidence *= 0.85
    return confidence


def _owner_is_meant(text: str, foreign: list[_Found], owner: UaSide | None) -> bool:
    """With no Ukrainian name in the sentence, the article's own hromada is the party only when the
    sentence reports a tie being made (a status verb) and the foreign places form one list, not
    "X має побратимські зв'язки з Y" for two foreign places (their own ties)."""
    if owner is None or (status_of(text) is None and "побратим" not in text.lower()):
        return False
    countries = {found.partner.country_iso2 for found in foreign}
    if (
        len(countries) >= 2
        and len(_ADJECTIVE_COUNTRIES.findall(text)) >= 2
        and not _REFERENCE_TO_US.search(text)
    ):
        return False
    if len(foreign) == 1:
        return True
    if len(foreign) == 2 and _BETWEEN_TWO.search(text[: min(f.start for f in foreign)]):
        return False  # "партнерство англійського Кейлі та французького Пуа-дю-Нор": a pair of its own
    runs = _runs(text, [(f.start, f.stop, "f", f) for f in foreign])
    return len(runs) == 1 or bool(_REFERENCE_TO_US.search(text))


_ADJECTIVE_COUNTRIES = re.compile(rf"\b(?=[а-яіїєґ]){ADJ}\s+[А-ЯІЇЄҐ]")
_BETWEEN_TWO = re.compile(rf"(?:партнерств\w*|побратимств\w*|між|співпрац\w*)(?:\s+(?=[а-яіїєґ]){ADJ})?\s*$")


@dataclass
class _Run:
    kind: str
    start: int
    end: int
    items: list


_LIST_GAP = re.compile(
    r"^\s*(?:\([^()]{1,60}\)\s*)?[\s,]*(?:[А-ЯІЇЄҐ][\w'-]+(?:\s*\([^()]{1,40}\))?\s*,\s*)?"
    r"(?:(?:міськ|сільськ|селищн|громад)\w*\s*,?\s*)*"
    rf"(?:(?:та|і|й|або|а також)\s+)?(?:з|із|зі)?\s*(?:(?=[а-яіїєґ]){ADJ}\s+)?$"
)


def _runs(text: str, events: list[tuple[int, int, str, object]]) -> list[_Run]:
    """Consecutive mentions of one side joined by list words (", ", "та", "і") form one run."""
    runs: list[_Run] = []
    for start, end, kind, item in sorted(events, key=lambda event: event[0]):
        last = runs[-1] if runs else None
        if last and last.kind == kind and _LIST_GAP.match(_gap_words(text, last.end, start)):
            last.items.append(item)
            last.end = max(last.end, end)
        else:
            runs.append(_Run(kind, start, end, [item]))
    return runs


def _gap_words(text: str, end: int, start: int) -> str:
    """The text between two mentions, without the rest of the first name's word."""
    gap = text[end:start]
    return re.sub(r"^[\w'-]*", "", gap)


def _dash_neighbour(text: str, runs: list[_Run], index: int) -> _Run | None:
    for other in (index - 1, index + 1):
        if 0 <= other < len(runs) and runs[other].kind == "ua":
            left, right = sorted((runs[index], runs[other]), key=lambda run: run.start)
            if _DASH_GAP.match(_gap_words(text, left.end, right.start)):
                return runs[other]
    return None


# What may stand between two lists joined by a dash: the dash, and in an elliptical clause the object
# and "з" ("X — Y", "а X – з Y", "а X – меморандум з Y").
_DASH_GAP = re.compile(
    r"^\s*(?:\([^()]{1,60}\)\s*)?[—–]\s+(?:(?:угод\w*|меморандум\w*|договір|договор\w*|декларац\w*)\s+)?"
    rf"(?:(?:з|із|зі)\s+)?(?:(?:(?=[а-яіїєґ]){ADJ}|міст\w*|ґмін\w*|гмін\w*|громад\w*)\s+){{0,2}}$"
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


def _distinct_sides(mentions: list[UaMention]) -> list[UaMention]:
    seen, sides = set(), []
    for mention in mentions:
        if mention.katottg not in seen:
            seen.add(mention.katottg)
            sides.append(mention)
    return sides


_DOMESTIC_TIE = re.compile(r"меморанд|угод|договор|договір|пліч-о-пліч|побрат", re.IGNORECASE)


def _domestic_pairs(ua: list[UaMention], owner: UaSide | None, text: str) -> list[_Candidate]:
    """Two Ukrainian hromadas tied in one sentence ("Пліч-о-пліч" memoranda): candidates per pair.

    "A-ська — з B-ською, C-ська — з D-ською" pairs the listed hromadas two by two;
    co-signers of one memorandum ("X та Y підписали меморандум") are a pair of their own.
    """
    if status_of(text) == "terminated" or not _DOMESTIC_TIE.search(text) or "громад" not in text.lower():
        return []
    co_signed = _co_signed_memorandum(text, ua)
    if couples := _dash_listed_couples(text, ua):
        return couples
    if not (
        any(_after_with(text, m.start) for m in ua)
        or re.search(r"\bміж\b|[—–]\s*(?:з|із|зі)\s", text)
        or co_signed
    ):
        return []
    sides = [
        m
        for m in _distinct_sides(ua)
        if m.kind in ("hromada", "settlement")
        and not is_location(text, m.start)
        and not _ORGANISATION_AFTER.match(text[m.end :])
    ]
    if len(sides) >= 4 and len(re.findall(r"[—–]\s*(?:з|із|зі)\s", text)) >= 2:
        couples = [(sides[i], sides[i + 1]) for i in range(0, len(sides) - 1, 2)]
        return [
            _Candidate(_side(a), _domestic_partner(b), (a.start, a.end), (b.start, b.end), dash=True)
            for a, b in couples
        ]
    fallback = "signing" if co_signed else None
    run_of = {
        id(item): (run.start, run.end)
        for run in _runs(text, [(m.start, m.end, "ua", m) for m in sides])
        for item in run.items
    }  # "з X-ською та Y-ською громадами": the "з" governs the whole coordinated run
    subjects = [m for m in sides if not _after_with(text, m.start)]
    objects = [m for m in sides if _after_with(text, m.start)]
    if len(subjects) >= 2 and objects:
        # Co-signers on one side ("X та Y підписали меморандум з Z"): each is paired with the other
        # side, never with each other.
        return [
            _Candidate(_side(a), _domestic_partner(b), (a.start, a.end), run_of[id(b)], fallback=fallback)
            for a in subjects
            for b in objects
        ]
    subject = subjects[0] if subjects else None
    if subject is not None and len(sides) >= 2:
        others = [m for m in sides if m.katottg != subject.katottg]
        return [
            _Candidate(
                _side(subject),
                _domestic_partner(m),
                (subject.start, subject.end),
                run_of[id(m)],
                fallback=fallback,
            )
            for m in others
        ]
    if owner and owner.katottg and all(m.katottg != owner.katottg for m in sides) and sides:
        return [
            _Candidate(owner, _domestic_partner(m), None, (m.start, m.end), fallback=fallback) for m in sides
        ]
    return []


def _dash_listed_couples(text: str, ua: list[UaMention]) -> list[_Candidate]:
    """ "такі пари: A — B; C — D": each entry of a list of dash pairs pairs its two hromadas."""
    listed = _DASH_PAIR_LIST.search(text)
    if listed is None:
        return []
    couples = []
    for entry in re.finditer(r"[^:;.]+", text[listed.start() : listed.end()]):
        start = listed.start() + entry.start()
        dash = re.search(r"\s[—–]\s", entry.group(0))
        if dash is None:
            continue
        middle = start + dash.start()
        left = [m for m in ua if start <= m.start < middle]
        right = [m for m in ua if middle < m.start < start + entry.end() - entry.start()]
        if len(left) == 1 and len(right) == 1 and left[0].katottg != right[0].katottg:
            a, b = left[0], right[0]
            couples.append(
                _Candidate(_side(a), _domestic_partner(b), (a.start, a.end), (b.start, b.end), dash=True)
            )
    return couples


def _co_signed_memorandum(text: str, ua: list[UaMention]) -> bool:
    """ "A-ська громада та B-ська громада підписали меморандум": two hromadas, both subjects
    of a memorandum, and no other party named after "з" ("з польськими громадами")."""
    hromadas = {m.katottg for m in ua if m.kind in ("hromada", "settlement")}
    return (
        len(hromadas) == 2
        and bool(re.search(r"меморанд|пліч-о-пліч", text, re.IGNORECASE))
        and not re.search(rf"\b(?:з|із|зі)\s+(?=[а-яіїєґ]){ADJ}\s", text)
    )


def _part_of_other_name(text: str, mention: UaMention) -> bool:
    """ "Південного Кавказу", "Нового Орлеана": an adjective-like town name that starts another name."""
    return (
        mention.kind == "settlement"
        and " " not in mention.text
        and bool(re.search(r"(?:ого|ому|ий|ій|ої|ою|ім)$", mention.text))
        and bool(re.match(r"\s+[А-ЯІЇЄҐ][а-яіїєґ']{2,}(?:у|а|и|і|ом|ою)?\b", text[mention.end :]))
        and not re.match(r"\s+[А-ЯІЇЄҐ][\w'-]*(?:ської|цької|зької)\s+(?:област|громад)", text[mention.end :])
    )


def _after_with(text: str, start: int) -> bool:
    """ "з A-ською та B-ською громадами": the hromadas are the object, not the parties."""
    for word in reversed(preceding_words(text, start, 8)):
        lowered = word.lower()
        if lowered in ("з", "із", "зі"):
            return True
        if lowered not in ("та", "і", "й") and not is_place_adjective(lowered):
            return False
    return False


def _domestic_partner(mention: UaMention) -> _Found:
    name_uk = mention.settlement_uk or mention.hromada_name_uk or mention.text
    partner = Partner(name_uk, _latin_of(mention), "UA", None, mention.katottg, "city", True)
    return _Found(mention.start, partner, 0.8, mention.end)


def _latin_of(mention: UaMention) -> str | None:
    from translitua import translit

    return translit(mention.settlement_uk or (mention.hromada_name_uk or mention.text).split()[0])


def _more_specific(one: Fact, other: Fact) -> bool:
    """Evidence that names the tie more precisely than the other's: a sentence about this pair beats a
    list of all the hromada's partners (a list headed "угоди про побратимство та партнерство" does not
    say which each entry has)."""
    return other.link == "owner_list" and one.link != "owner_list"


def _merge(facts: dict, fact: Fact) -> None:
    """One fact per pair and article; a domestic pair is one pair whichever side the text names first."""
    if fact.partner.domestic:
        key = ("domestic", frozenset({fact.ua.katottg, fact.partner.katottg}))
    else:
        key = (fact.ua.katottg, fact.partner.key)
    existing = facts.get(key)
    if existing is None:
        facts[key] = fact
        return
    if _more_specific(fact, existing) or (
        not _more_specific(existing, fact) and RELATION_RANK[fact.relation] > RELATION_RANK[existing.relation]
    ):
        existing.relation = fact.relation
    if STATUS_RANK[fact.status] > STATUS_RANK[existing.status]:
        existing.status = fact.status
        existing.event_date = fact.event_date or existing.event_date
    elif existing.event_date is None:
        existing.event_date = fact.event_date
    if existing.ua.settlement_uk is None:
        existing.ua.settlement_uk = fact.ua.settlement_uk
    for sentence in fact.evidence:
        if sentence not in existing.evidence:
            existing.evidence.append(sentence)
    existing.sentence_indexes.extend(fact.sentence_indexes)
    if fact.confidence > existing.confidence:  # the fact keeps its strongest link
        existing.confidence, existing.link = fact.confidence, fact.link


def _without_spelling_variants(facts: list[Fact]) -> list[Fact]:
    """One partner written two ways in one article (two transliterations of one name): a partner the gazetteer
    does not know is folded into a known one of the same side and country whose name sounds alike."""
    known = [fact for fact in facts if fact.partner.geonameid]
    kept = []
    for fact in facts:
        partner = fact.partner
        twin = None
        if not partner.geonameid and not partner.domestic:
            twin = next(
                (
                    other
                    for other in known
                    if other.ua.katottg == fact.ua.katottg
                    and other.partner.country_iso2 == partner.country_iso2
                    and _sounds_alike(other.partner, partner)
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


def _without_title_seats(facts: list[Fact], title_end: int, sentences: list[Sentence]) -> list[Fact]:
    """A title names a region partner by its seat ("громада та литовський X підписали …" above a story
    of "самоврядування X-ського району"): a town found only in the title, whose name the adjective
    of a region partner of the same side and country is made from, is that region, not a second partner."""
    regions = [fact for fact in facts if fact.partner.level == "region"]
    if not regions:
        return facts

    def is_seat(fact: Fact) -> bool:
        in_body = any(sentences[index].start >= title_end for index in fact.sentence_indexes)
        if fact.partner.level != "city" or in_body:
            return False
        stem = name_key(fact.partner.name_uk)
        return len(stem) >= 4 and any(
            region.ua.katottg == fact.ua.katottg
            and region.partner.country_iso2 == fact.partner.country_iso2
            and name_key(region.partner.name_uk.split()[0]).startswith(stem)
            for region in regions
        )

    return [fact for fact in facts if not is_seat(fact)]


def _sounds_alike(one: Partner, other: Partner) -> bool:
    return (
        max(
            fuzz.ratio(name_key(one.name_uk), name_key(other.name_uk)),
            fuzz.ratio(name_key(one.name or ""), name_key(other.name or "")),
        )
        >= 80
    )


# A news article that states a partnership is a few thousand characters; a body far longer is a dump
# (a page of thousands of lines) and only its beginning is read for facts, so no page costs more.
MAX_TEXT_FOR_FACTS = 100_000


def _article_text(article: Article) -> str:
    title = normalize_text(article.title or "").strip()
    body = normalize_text((article.body or "")[:MAX_TEXT_FOR_FACTS])
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
