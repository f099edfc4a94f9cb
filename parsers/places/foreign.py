"""The one resolver for foreign places: a written name (+ country, + words around it) → a place with a key,
or an explicit unknown place.

Every caller (the extractor, an importer, a benchmark) goes through :func:`resolve_foreign`:

1. **Name form**: the one normalization (stress marks, look-alike letters, apostrophes), HTML entities,
   and unit words read as level hints and dropped from the name (``data/place_unit_words.csv``:
   "гміна X" is the seat town X, "X повіт" / "X, жудець" a region, "сектор" a district). "X, City" is
   district X of City: it gets an id only when the gazetteer has X close to City, never City's id.
2. **Gazetteer first**: exact Cyrillic names in every case, then Ukrainian→endonym correspondence rules of
   the country's language (:mod:`parsers.places.correspondences`) matched exactly against GeoNames names
   and alternate names, compound names word by word.
3. **Abstain rather than guess**: a near miss (the phonetic key or the spelling one letter off) carries an
   id only when the name is long, the place is the only one that close in the country, and the spelling
   rules reach it nearly; otherwise the place is unknown, with a Latin name derived from the country's
   orthography and no id. Regions never get a city's id.
"""

from __future__ import annotations

import csv
import html
import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from parsers.places.correspondences import (
    DATA_DIR,
    SHARED,
    endonym_candidates,
    first_endonym,
    first_word_matches,
    languages_of,
    name_words,
    word_spelling_set,
)
from parsers.places.world import (
    PHONETIC_MAX,
    World,
    WorldPlace,
    clean_span,
    lemma_candidates,
    load_world,
    name_parts,
    nominative_guess,
)
from parsers.text import name_key, normalize_name

UNIT_WORDS_CSV = DATA_DIR / "place_unit_words.csv"

LEVELS = ("city", "district", "region")
EXACT = 0.95
"""A Cyrillic gazetteer name (any case) or an exact Latin name: taken as it is."""
SPELLED = 0.93
"""A correspondence spelling equal to a GeoNames name or alternate name of the country."""
NEAR = 0.86
"""A near miss confirmed by both the phonetic key and the spelling rules."""
DECLINED_EXACT = 0.945
"""The score of a case form of a place's own Ukrainian name ("X-а" for the gazetteer's "X") in the
country named beside it: taken without a spelling rule to confirm it."""
DECLINED_OTHER = 0.91
"""The least score of a case form of another Cyrillic name of a place (an alternate, not its own)."""
_NEAR_RATIO = 90
_NEAR_MIN_LENGTH = 8
_DISTRICT_KM = 25.0
_ALTERNATE_MIN_LENGTH = 6


@dataclass(frozen=True)
class ForeignPlace:
    """A resolved foreign place; ``geonameid`` is None for an unknown place (``name`` is then derived)."""

    name_uk: str
    """Ukrainian nominative as written (unit words dropped)."""
    name: str
    """Latin name: the GeoNames name, or derived from the country's orthography when unknown."""
    country_iso2: str | None
    level: str
    """city | district | region"""
    geonameid: int | None = None
    score: float = 0.0
    """0..1 confidence of the id (0 when unknown)."""
    population: int | None = None
    admin1_name: str | None = None
    parent: str | None = None
    """For a district: the city it belongs to, as written."""

    @property
    def known(self) -> bool:
        return self.geonameid is not None


@dataclass(frozen=True)
class WrittenName:
    """A written name taken apart: the name itself, the level its unit words say, the parent city."""

    core: str
    level: str | None
    parent: str | None
    country_hint: str | None = None


@lru_cache(maxsize=1)
def _unit_patterns() -> list[tuple[re.Pattern[str], str]]:
    with UNIT_WORDS_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for row in rows:
        pattern = row["pattern"]
        tail = "" if "(" in pattern else r"[а-яіїєґ']{0,4}"
        out.append((re.compile(f"^(?:{pattern}){tail}$", re.IGNORECASE), row["level"]))
    return out


@lru_cache(maxsize=50_000)
def unit_level(word: str) -> str | None:
    """The level a unit word says ("гміна" → city, "повіт" → region), None for any other word."""
    lowered = word.lower()
    return next((level for pattern, level in _unit_patterns() if pattern.match(lowered)), None)


_PARENTHESES = re.compile(r"\s*\([^)]*\)\s*")
_LETTER = re.compile(r"[^\W\d]")
_WORD_CHAR = re.compile(r"\w")
_CONTEXT_WORD = re.compile(r"[\w']+")
_ADJECTIVE = re.compile(r"(?:ськ|цьк|зьк)(?:ий|а|е|ого|ої|ому|им|ій|ою)$", re.IGNORECASE)


def read_written_name(name: str, world: World | None = None) -> WrittenName:
    """Take a written name apart: "Гміна X" → X (city), "X повіт" → X (region), "X, Y" → X in city Y."""
    return _read_written_name(name, world)


@lru_cache(maxsize=100_000)
def _read_written_name(name: str, world: World | None) -> WrittenName:
    """:func:`read_written_name`, memoized: a name is taken apart once, not once per country tried."""
    text = normalize_name(html.unescape(name))
    text = _PARENTHESES.sub(" ", text).strip()
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return WrittenName("", None, None)
    level: str | None = None
    parent: str | None = None
    country_hint: str | None = None
    for extra in parts[1:]:
        if unit_level(extra):
            level = level or unit_level(extra)
        elif world is not None and (iso := world.country(extra)):
            country_hint = iso
        else:
            parent = extra
            level = "district"
    words = parts[0].split()
    if len(words) > 1 and unit_level(words[0]) and not any(_LETTER.search(w) for w in words[1:]):
        # "Сектор 3": a unit word before a bare number is the name itself
        return WrittenName(parts[0], _stronger(level, unit_level(words[0])), parent, country_hint)
    while len(words) > 1 and unit_level(words[0]):
        level = _stronger(level, unit_level(words[0]))
        words = words[1:]
    while len(words) > 1 and unit_level(words[-1]) and words[-1] not in TOWN_IN_A_NAME:
        said = unit_level(words[-1])
        # "Каунаський район": an adjective before a region word names the region, not its town.
        level = _stronger(level, said)
        words = words[:-1]
    return WrittenName(" ".join(words), level, parent, country_hint)


TOWN_IN_A_NAME = frozenset({"Місто", "Міста", "Містом", "Місті", "Місту"})
"""A capitalised word for a town after another word is part of the name ("Добре Місто", "Нове Місто")."""


def _stronger(current: str | None, said: str | None) -> str | None:
    """A region or district word outweighs a town word ("громада ... район")."""
    order = {None: 0, "city": 1, "district": 2, "region": 3}
    return said if order[said] > order[current] else current


def resolve_foreign(
    name: str,
    country_iso2: str | None = None,
    context: str = "",
    level: str | None = None,
    admin1: str | None = None,
    world: World | None = None,
    derive: bool = True,
) -> ForeignPlace:
    """The place a written foreign name stands for, or an explicit unknown place (no id, derived Latin).

    ``context`` is the text right around the name (unit words there count as level hints, "ґміна X");
    ``level`` a level the caller already knows; ``admin1`` a region named beside it ("штат Вісконсин").
    Without a country only exact gazetteer names count: sound-alike matching needs the country's language.
    ``derive=False`` skips deriving the Latin name of an unknown place (``name`` is then empty) for callers
    that only want an id.
    """
    world = world or load_world()
    country = country_iso2.upper() if country_iso2 else None
    written = read_written_name(name, world)
    country = country or written.country_hint
    said = written.level or _context_level(context) or level or "city"
    core = written.core
    if not core or not _WORD_CHAR.search(core):
        return ForeignPlace("", "", country, said)
    if said == "region":
        return _unknown(world, core, country, "region", derive)
    if written.parent:
        return _district(world, core, written.parent, country, derive)
    if said == "district" and (city_and_part := _city_then_part(world, core, country)):
        district = _district(world, city_and_part[1], city_and_part[0], country, derive)
        if district.geonameid:  # else the whole name stays the district's name
            return district
    found = _best_place(world, core, country, admin1)
    if found is None:
        return _unknown(world, core, country, said, derive)
    place, score = found
    return ForeignPlace(
        place.name_uk or nominative_guess(clean_span(core)),
        place.name,
        place.country_iso2,
        said,
        place.geonameid,
        round(score, 4),
        place.population,
        place.admin1_name,
    )


def _context_level(context: str) -> str | None:
    """A unit word right beside the name in the text ("ґміною", "повіту")."""
    words = _CONTEXT_WORD.findall(context)
    return next((lvl for word in words[-2:] if (lvl := unit_level(word))), None)


def _unknown(world: World, core: str, country: str | None, level: str, derive: bool = True) -> ForeignPlace:
    name_uk = nominative_guess(clean_span(core))
    return ForeignPlace(name_uk, world.latin(name_uk, country) if derive else "", country, level)


def _district(world: World, core: str, parent: str, country: str | None, derive: bool = True) -> ForeignPlace:
    """District X of City: X's id only when the gazetteer has X near City; City's id never."""
    unknown = _unknown(world, core, country, "district", derive)
    unknown = ForeignPlace(unknown.name_uk, unknown.name, country, "district", parent=parent)
    city = _best_place(world, parent, country, None)
    place = _best_place(world, core, country, None, strict=True)
    if city is None or place is None or place[0].geonameid == city[0].geonameid:
        return unknown
    here, there = world.coordinates(place[0].geonameid), world.coordinates(city[0].geonameid)
    if here is None or there is None or _km(here, there) > _DISTRICT_KM:
        return unknown
    p = place[0]
    return ForeignPlace(p.name_uk, p.name, p.country_iso2, "district", p.geonameid, place[1], p.population,
                        p.admin1_name, parent)  # fmt: skip


BIG_CITY = 100_000
"""People in a city big enough that its exact name alone says which city it is."""


def _city_then_part(world: World, core: str, country: str | None) -> tuple[str, str] | None:
    """ "Місто-Район" for a district ("дільниця Варшава-Бемово"): a big city's exact name, a hyphen
    and a capitalised part, when the gazetteer knows no place of the whole name: (city, part). The part
    is the district when the gazetteer has it near the city."""
    city, hyphen, part = core.partition("-")
    if not hyphen or not part[:1].isupper() or _best_place(world, core, country, None, strict=True):
        return None
    found = _best_place(world, city, country, None, strict=True)
    if found is None or found[1] < EXACT or (found[0].population or 0) < BIG_CITY:
        return None
    return city, part


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _best_place(
    world: World, core: str, country: str | None, admin1: str | None, strict: bool = False
) -> tuple[WorldPlace, float] | None:
    """Gazetteer first, spelling rules second, near misses only when everything agrees."""
    if country is not None and admin1 is None and PHONETIC_MAX < EXACT:
        return _best_place_exact_first(world, core, country, strict)
    hits = world.lookup(core, country, admin1)
    top = hits[0] if hits else None
    if top is not None and top.score >= EXACT:
        return top, top.score
    if top is not None and admin1 and top.score >= NEAR and world.in_admin1(top.geonameid, admin1):
        return top, top.score  # the region named beside it says which town: not a namesake spelled alike
    if country is None or (core.isupper() and len(core) <= 5):
        return None  # without a country no sound-alikes; an abbreviation ("ЄС") is no town's name
    spelled = _spelled_matches(world, core, country)
    if spelled:
        return spelled
    if strict:
        return None
    return _near_miss(world, core, country, hits)


def _near_miss(
    world: World, core: str, country: str, hits: list[WorldPlace]
) -> tuple[WorldPlace, float] | None:
    """The gazetteer's best sound-alike, taken only when the phonetic key alone decides (no spelling
    rules for the language) or the spelling rules confirm it."""
    top = hits[0] if hits else None
    if top is None or top.score < 0.8:
        return None
    if not languages_of(country):
        return top, top.score  # no spelling rules for this language: the phonetic key alone decides
    if _near_miss_confirmed(world, core, country, top, hits):
        return top, min(top.score, NEAR)
    return None


def _best_place_exact_first(
    world: World, core: str, country: str, strict: bool
) -> tuple[WorldPlace, float] | None:
    """:func:`_best_place` without a region beside the name, the sound-alikes searched last: they
    never reach :data:`EXACT` then (:data:`parsers.places.world.PHONETIC_MAX`), so the exact names
    alone decide whether the gazetteer's best is taken as it is, and the sound-alikes are needed
    only when neither an exact name nor a spelling matched and a near miss could still be taken
    (always for a country without spelling rules, else for a long name only)."""
    hits = world.lookup(core, country, None, phonetic=False)
    top = hits[0] if hits else None
    if top is not None and top.score >= EXACT:
        return top, top.score
    if core.isupper() and len(core) <= 5:
        return None  # an abbreviation ("ЄС") is no town's name
    if _own_name_declined(hits):
        return hits[0], hits[0].score  # a case form of the Ukrainian name the gazetteer gives the place
    spelled = _spelled_matches(world, core, country)
    if spelled:
        declined = hits[0] if _only_declined_cyrillic(hits) else None
        if declined is not None and declined.geonameid != spelled[0].geonameid:
            return declined, declined.score  # a case form of a Cyrillic name the gazetteer gives one place
        return spelled
    if _only_declined_cyrillic(hits):
        return hits[0], hits[0].score  # a case form of the one Cyrillic name the gazetteer gives a place
    if strict:
        return None
    if not languages_of(country) or _near_miss_possible(core, country):
        near = _near_miss(world, core, country, world.lookup(core, country, None))
        if near is not None:
            return near
    if " " not in core and "-" not in core and (short := world.named_first(core, country)) is not None:
        return short, short.score  # "румунське місто X": the town whose full name is "X Y"
    return None


def _only_declined_cyrillic(hits: list[WorldPlace]) -> bool:
    """The best exact hit is a case form of another Cyrillic name the gazetteer gives the place
    (:data:`DECLINED_OTHER`), and no other place of the country reads as well: a spelling rule that
    reads the written form as another town's name guesses where the gazetteer knows."""
    if not hits or hits[0].score < DECLINED_OTHER:
        return False
    return len(hits) == 1 or hits[1].score < hits[0].score - 0.01


def _own_name_declined(hits: list[WorldPlace]) -> bool:
    """The best exact hit is a case form of one place's own Ukrainian name (:data:`DECLINED_EXACT`),
    and no other place of the country reads as well."""
    if not hits or hits[0].score < DECLINED_EXACT:
        return False
    return len(hits) == 1 or hits[1].score < hits[0].score - 0.01


def _spelled_matches(world: World, core: str, country: str) -> tuple[WorldPlace, float] | None:
    """Places whose GeoNames name or alternate name equals a spelling the rules allow; the nominative
    first, then the de-inflected forms of a name written in an oblique case."""
    index = _latin_index(world, country)
    found: list[tuple[int, str, int, int]] = []  # (position, nominative, gid, rank) of the first two forms
    for position, nominative in enumerate(lemma_candidates(clean_span(core), limit=4)):
        gids = _spelled_gids(index, name_words(nominative), country)
        if gids:
            best = max(gids, key=lambda gid: (-gids[gid], world._place(gid)[2] or 0))
            short_form = len(name_words(nominative)) < name_parts(world._place(best)[0])
            if short_form and _a_namesake_as_likely(world, gids, best):
                # a short form ("X" of "X an der A" and "X an der B"), neither town much the bigger: the
                # text does not say which
                return None
            found.append((position, nominative, best, gids[best]))
            if len(found) == 2 or position > 0:
                break
    if not found and _PLURAL_TOWNS_GENITIVE.fullmatch(clean_span(core)):
        return _spelled_matches(world, clean_span(core) + "и", country)  # "мер X-ан": a town "X-ани"
    if not found:
        return None
    position, nominative, best, rank = found[0]
    if len(found) == 2 and _population(world, found[1][2]) >= MUCH_BIGGER * max(1, _population(world, best)):
        # the form as written matched a small place only because its case ending reads as part of a
        # name ("X-ом" spelled as a nasal vowel); its nominative names a place many times bigger
        position, nominative, best, rank = found[1]
    place = world._make(best, SPELLED, _gazetteer_spelling(world, best, core, nominative))
    return place, SPELLED - (0.03 if rank else 0.0) - (0.04 if position else 0.0)


_PLURAL_TOWNS_GENITIVE = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ'’]{3,}[ая]н")
"""One word in "-ан"/"-ян" that names no place: maybe the genitive, with no ending, of a town named in
the plural ("X-ани", "X-яни")."""


def _a_namesake_as_likely(world: World, gids: dict[int, int], best: int) -> bool:
    """Another place matches as closely as ``best`` and ``best`` is not many times bigger than it."""
    return any(
        gid != best
        and rank == gids[best]
        and _population(world, best) < MUCH_BIGGER * max(1, _population(world, gid))
        for gid, rank in gids.items()
    )


MUCH_BIGGER = 10
"""How many times bigger a namesake must be to outweigh a closer reading of a name."""


def _spelled_gids(index: _LatinIndex, words: tuple[str, ...], country: str) -> dict[int, int]:
    """The places (gid -> best rank) one of whose names the spelling rules of the country's languages
    write a name's words as, word by word. Only first-word spellings that are a first word of the
    country are followed, and the later words are tested against their spellings as a set."""
    gids: dict[int, int] = {}
    if not words:
        return gids
    by_first = index.by_first
    for lang in languages_of(country) or (SHARED,):
        for first in first_word_matches(words, lang, index.begins_a_first_word, by_first.__contains__):
            for names, gid, rank in by_first[first]:
                if rank and sum(map(len, names)) < _ALTERNATE_MIN_LENGTH:
                    continue  # short alternate names (codes, old spellings) collide with anything
                if len(names) == len(words) and all(
                    name in word_spelling_set(word, lang)
                    for name, word in zip(names[1:], words[1:], strict=True)
                ):
                    gids[gid] = min(rank, gids.get(gid, 9))
    return gids


def _population(world: World, gid: int) -> int:
    return world._place(gid)[2] or 0


def _gazetteer_spelling(world: World, gid: int, core: str, nominative: str) -> str:
    """The place's Ukrainian name: the gazetteer's own spelling that the text's form declines from
    (the written form may be an oblique case that the spelling rules read through), else the
    nominative the text's form gave (an exonym the gazetteer lacks)."""
    forms = {name_key(form) for form in lemma_candidates(clean_span(core), limit=8)}
    return next((name for name in world._place(gid)[4] if name_key(name) in forms), nominative)


def _near_miss_confirmed(
    world: World, core: str, country: str, top: WorldPlace, hits: list[WorldPlace]
) -> bool:
    """A sound-alike gazetteer place counts only when the name is long, no other place of the country is
    nearly as close, and the spelling rules come within a letter or two of one of its names."""
    runner_up = next((p for p in hits[1:] if p.geonameid != top.geonameid), None)
    if runner_up is not None and runner_up.score >= top.score - 0.02:
        return False
    if _a_letter_from_its_ukrainian_name(world, core, top.geonameid):
        return True
    spellings = _near_spellings(core, country)
    if spellings is None:
        return False
    names = _latin_index(world, country).names_of.get(top.geonameid, ())
    if not names:
        return False
    best = process.extractOne(names[0], spellings, scorer=fuzz.ratio)
    for name in names[1:]:
        other = process.extractOne(name, spellings, scorer=fuzz.ratio)
        if other and (best is None or other[1] > best[1]):
            best = other
    return best is not None and best[1] >= _NEAR_RATIO


_VARIANT_MIN_LETTERS = 12
"""Letters a name needs before a one-letter difference from the gazetteer's Ukrainian name is taken as a
variant spelling of it: a short name a letter apart is often another name."""


def _a_letter_from_its_ukrainian_name(world: World, core: str, gid: int) -> bool:
    """A long name of two or more words written a letter apart from one of the place's Ukrainian names,
    hyphens and spaces alike ("Сигет-Мармароський" for "Сигіт Мармароський"): one name in two spellings."""
    names = [_spaced(name) for name in world._place(gid)[4]]
    return any(
        len(form.replace(" ", "")) >= _VARIANT_MIN_LETTERS
        and " " in form
        and any(Levenshtein.distance(form, name, score_cutoff=1) <= 1 for name in names)
        for form in map(_spaced, lemma_candidates(clean_span(core), limit=5))
    )


def _spaced(name: str) -> str:
    return name.lower().replace("-", " ")


def _near_spellings(core: str, country: str) -> list[str] | None:
    """The spellings a near miss is compared with, or None when the name is too short for one to be
    taken (its first spelling has fewer than :data:`_NEAR_MIN_LENGTH` letters) or has none."""
    spellings = [
        spelling
        for nominative in lemma_candidates(clean_span(core), limit=3)
        for spelling in endonym_candidates(nominative, country, limit=24)
    ]
    if not spellings or len(spellings[0].replace(" ", "")) < _NEAR_MIN_LENGTH:
        return None
    return spellings


def _near_miss_possible(core: str, country: str) -> bool:
    """:func:`_near_spellings` is not None, known from the first spelling alone: the first of
    :func:`endonym_candidates` of the first nominative that has any."""
    for nominative in lemma_candidates(clean_span(core), limit=3):
        first = first_endonym(nominative, country)
        if first is not None:
            return len(first.replace(" ", "")) >= _NEAR_MIN_LENGTH
    return False


@dataclass(eq=False)  # one index per country, compared and hashed as itself (a memo key)
class _LatinIndex:
    by_first: dict[str, tuple[tuple[tuple[str, ...], int, int], ...]]
    names_of: dict[int, tuple[str, ...]]
    firsts: list[str] = field(default_factory=list)
    """The first words of ``by_first``, sorted: what a spelling must begin to be one of them."""

    def begins_a_first_word(self, prefix: str) -> bool:
        """Some name of the country has a first word that begins with ``prefix``."""
        at = bisect_left(self.firsts, prefix)
        return at < len(self.firsts) and self.firsts[at].startswith(prefix)


_INDEXES: dict[tuple[int, str], _LatinIndex] = {}


def preload_latin(world: World) -> None:
    """Load every country's folded Latin names now (see :meth:`World.preload`)."""
    for (country,) in world.conn.execute("SELECT DISTINCT country FROM latin_folded").fetchall():
        _latin_index(world, country)


def _latin_index(world: World, country: str) -> _LatinIndex:
    """The country's GeoNames names and alternate names, folded, by their first word."""
    key = (id(world), country)
    index = _INDEXES.get(key)
    if index is None:
        by_first: dict[str, list[tuple[tuple[str, ...], int, int]]] = {}
        names_of: dict[int, list[str]] = {}
        rows = world.conn.execute(
            "SELECT folded, geonameid, rank FROM latin_folded WHERE country = ?", (country,)
        )  # folded at build time (parsers.places.build_world)
        for folded, gid, rank in rows:
            words = tuple(folded.split())
            by_first.setdefault(words[0], []).append((words, gid, rank))
            names_of.setdefault(gid, []).append(folded)
        # Kept as tuples: a tuple of strings and numbers leaves the garbage collector's watch, half a
        # million lists would stay in it and make every full collection of a long run slow.
        index = _LatinIndex(
            {first: tuple(names) for first, names in by_first.items()},
            {gid: tuple(names) for gid, names in names_of.items()},
        )
        index.firsts = sorted(index.by_first)
        _INDEXES[key] = index
    return index


__all__ = ["ForeignPlace", "LEVELS", "WrittenName", "read_written_name", "resolve_foreign", "unit_level"]
