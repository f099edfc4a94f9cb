"""Candidate endonyms of a Ukrainian-written foreign name, by the spelling rules of its country's language.

Ukrainian writes a foreign place by how it sounds or by tradition, not letter for letter: Polish -ów is
historical -ів, Polish ę/ą are ен/он, Hungarian sz is с and s is ш, Romanian final -i is silent, Slovak
-ovce is -івці. ``data/name_correspondences.csv`` lists these correspondences per language group, as
Ukrainian letter groups with their possible Latin spellings (``*`` rows hold the shared letter values);
``data/name_languages.csv`` says which groups a country's names are written in. :func:`endonym_candidates`
turns a Ukrainian name into the Latin spellings those rules allow, most likely first, folded with
:func:`fold_latin` so that they compare with GeoNames names whatever their diacritics.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, product
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
RULES_CSV = DATA_DIR / "name_correspondences.csv"
LANGUAGES_CSV = DATA_DIR / "name_languages.csv"
SHARED = "*"

_FOLD = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "đ": "d", "ð": "d"})
_NOT_LETTER = re.compile(r"[^a-z ]+")
_DOUBLES = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=200_000)
def fold_latin(name: str) -> str:
    """Comparison form of a Latin name: lowercase ASCII letters, words split by single spaces, doubled
    letters single ("Hollabrunn" and "Holabrun" are one key; "Jelenia Góra" is "jelenia gora")."""
    text = unicodedata.normalize("NFD", name.lower().translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _NOT_LETTER.sub(" ", text.replace("'", "").replace("’", ""))
    return _DOUBLES.sub(r"\1", " ".join(text.split()))


@dataclass(frozen=True)
class _Rule:
    uk: str
    latin: tuple[str, ...]
    where: str


@lru_cache(maxsize=1)
def _rules() -> dict[str, dict[tuple[str, str], tuple[str, ...]]]:
    """lang -> {(Ukrainian letters, where): Latin spellings}."""
    table: dict[str, dict[tuple[str, str], tuple[str, ...]]] = {}
    with RULES_CSV.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            spellings = tuple(dict.fromkeys(row["latin"].split("|")))
            table.setdefault(row["lang"], {})[(row["uk"], row["where"])] = spellings
    return table


@lru_cache(maxsize=1)
def _country_languages() -> dict[str, tuple[str, ...]]:
    with LANGUAGES_CSV.open(encoding="utf-8", newline="") as handle:
        return {row["country_iso2"]: tuple(row["langs"].split("|")) for row in csv.DictReader(handle)}


def languages_of(country: str | None) -> tuple[str, ...]:
    """The language groups whose rules apply to a country's names (none: shared letter values only)."""
    return _country_languages().get((country or "").upper(), ())


def _rule_at(
    word: str,
    pos: int,
    table: dict[tuple[str, str], tuple[str, ...]],
    longest: int = 6,
    chunks: frozenset[str] | None = None,
) -> tuple[int, tuple[str, ...]]:
    """The longest rule that applies at ``pos``: (letters consumed, spellings). ``chunks``, the letter
    groups the table has rules for, skips the look-ups of a group it has none for."""
    for size in range(min(longest, len(word) - pos), 0, -1):
        chunk = word[pos : pos + size]
        if chunks is not None and chunk not in chunks:
            continue
        at_end = pos + size == len(word)
        for where in (("end",) if at_end else ()) + (("start",) if pos == 0 else ()) + ("any",):
            spellings = table.get((chunk, where))
            if spellings is not None:
                return size, spellings
    return 1, (word[pos],)


@lru_cache(maxsize=64)
def _longest_rule(lang: str) -> int:
    """The most Ukrainian letters one rule of the language reads (at most 6): no longer chunk is looked up."""
    return min(6, max((len(uk) for uk, _ in _table(lang)), default=1))


@lru_cache(maxsize=64)
def _table(lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """One language's rules over the shared letter values, their spellings already folded."""
    rules = _rules()
    merged = {**rules.get(SHARED, {}), **rules.get(lang, {})}
    return {key: tuple(dict.fromkeys(_fold_piece(s) for s in spellings)) for key, spellings in merged.items()}


def _fold_piece(spelling: str) -> str:
    """A rule's spelling folded like a name, but without trimming (a piece may be empty)."""
    text = unicodedata.normalize("NFD", spelling.lower().translate(_FOLD))
    return _NOT_LETTER.sub("", "".join(ch for ch in text if not unicodedata.combining(ch)))


@lru_cache(maxsize=64)
def _chunks(lang: str) -> frozenset[str]:
    """The Ukrainian letter groups one language's rules (with the shared ones) read."""
    return frozenset(uk for uk, _ in _table(lang))


@lru_cache(maxsize=100_000)
def _slots(word: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """Spelling options of each letter group of one Ukrainian word under one language's rules
    (memoized: a word is spelled for every country of its language that is tried)."""
    table = _table(lang)
    longest = _longest_rule(lang)
    chunks = _chunks(lang)
    slots: list[tuple[str, ...]] = []
    pos = 0
    while pos < len(word):
        size, spellings = _rule_at(word, pos, table, longest, chunks)
        slots.append(spellings if size > 1 or spellings != (word[pos],) else (_fold_piece(word[pos]),))
        pos += size
    return tuple(slots)


@lru_cache(maxsize=50_000)
def _word_spellings(word: str, lang: str, limit: int) -> tuple[str, ...]:
    """Folded spellings of one Ukrainian word, most likely first, doubled letters single."""
    slots = _slots(word, lang)
    if math.prod(map(len, slots)) <= limit:
        spelled: Iterable[str] = _all_spellings_single(slots)
    else:
        spelled = (_DOUBLES.sub(r"\1", s) for s in _spellings(slots, limit))
    return tuple(s for s in dict.fromkeys(spelled) if s)


def _all_spellings_single(
    slots: Iterable[tuple[str, ...]],
    begins: Callable[[str], bool] | None = None,
    start: list[str] | None = None,
) -> list[str]:
    """Every combination of the slots, in :func:`itertools.product` order, doubled letters single.

    Built slot by slot instead of joining and collapsing each combination: a run of one letter that
    spans two pieces collapses where they meet, so each piece is collapsed once and one letter dropped at
    a seam; equal prefixes are kept once (their combinations repeat those of the first one). With
    ``begins``, a prefix it refuses is dropped with every spelling that would continue it: what is left
    keeps its order. ``start`` is the spellings of the slots before these (none by default)."""
    out = [""] if start is None else start
    for options in slots:
        pieces = _single_letters(options)
        out = list(
            dict.fromkeys(
                prefix + piece[1:]
                if prefix and piece and prefix[-1] == piece[0] and piece[0] != " "
                else prefix + piece
                for prefix in out
                for piece in pieces
            )
        )
        if begins is not None:
            out = [spelling for spelling in out if begins(spelling)]
    return out


@lru_cache(maxsize=100_000)
def _word_spellings_beginning(
    word: str, lang: str, limit: int, begins: Callable[[str], bool]
) -> tuple[str, ...]:
    """:func:`_word_spellings` without the spellings a prefix of which ``begins`` refuses, in the same
    order: a search for the spellings that are names builds only the ones that can still become one.
    Memoized per word and test (one country's names): the forms of a name recur in each country tried."""
    slots = _slots(word, lang)
    if math.prod(map(len, slots)) > limit:
        return tuple(s for s in _word_spellings(word, lang, limit) if begins(s))
    return tuple(s for s in _pruned_spellings(slots, begins) if s)


@lru_cache(maxsize=200_000)
def _pruned_spellings(slots: tuple[tuple[str, ...], ...], begins: Callable[[str], bool]) -> list[str]:
    """:func:`_all_spellings_single` with ``begins``, one slot at a time on the memoized spellings of
    the slots before it: the forms of one name (its de-inflected nominatives) share their first letter
    groups, and so their prefixes. The caller must not change the list."""
    if not slots:
        return [""]
    return _all_spellings_single((slots[-1],), begins, _pruned_spellings(slots[:-1], begins))


@lru_cache(maxsize=4096)
def _single_letters(options: tuple[str, ...]) -> tuple[str, ...]:
    """A slot's spellings with doubled letters single (slots repeat: they are the rule table's entries)."""
    return tuple(_DOUBLES.sub(r"\1", piece) for piece in options)


def _spellings(slots: tuple[tuple[str, ...], ...], limit: int) -> list[str]:
    """Every combination when there are few; otherwise those with at most two non-first choices."""
    total = 1
    for options in slots:
        total *= len(options)
    if total <= limit:
        return ["".join(combo) for combo in product(*slots)]
    out = ["".join(options[0] for options in slots)]
    ambiguous = [i for i, options in enumerate(slots) if len(options) > 1]
    for count in (1, 2):
        for chosen in combinations(ambiguous, count):
            alternatives = [slots[i][1:] for i in chosen]
            for picks in product(*alternatives):
                word = [options[0] for options in slots]
                for i, pick in zip(chosen, picks, strict=True):
                    word[i] = pick
                out.append("".join(word))
                if len(out) >= limit:
                    return out
    return out


def word_spellings(
    name_uk: str, country: str | None, per_word: int = 1024, first_begins: Callable[[str], bool] | None = None
) -> list[list[list[str]]]:
    """For each language of the country: for each word of the name, its folded Latin spellings.

    Words are spelled one by one (a hyphen or a space may be either in the endonym: both fold to a space),
    so a compound name is matched part by part and its adjective part by the adjective rules.
    ``first_begins`` keeps only the first word's spellings that it accepts at every prefix (the first
    words of a country's names); a language where none is left is left out.
    """
    words = list(name_words(name_uk))
    out = []
    for lang in languages_of(country) or (SHARED,):
        spelled = []
        for position, word in enumerate(words):
            if position == 0 and first_begins is not None:
                spelled.append(list(_word_spellings_beginning(word, lang, per_word, first_begins)))
                if not spelled[0]:
                    break
            else:
                spelled.append(list(_word_spellings(word, lang, per_word)))
        if spelled and all(spelled) and len(spelled) == len(words):
            out.append(spelled)
    return out


_NAME_WORDS = re.compile(r"[\s\-]+")


@lru_cache(maxsize=100_000)
def name_words(name_uk: str) -> tuple[str, ...]:
    """The lowercase words :func:`word_spellings` spells one by one (a hyphen splits like a space)."""
    return tuple(w for w in _NAME_WORDS.split(name_uk.lower()) if w)


@lru_cache(maxsize=50_000)
def word_spelling_set(word: str, lang: str, per_word: int = 1024) -> frozenset[str]:
    """The folded spellings of one word under one language (as :func:`word_spellings` lists them for a
    word after the first), as a set: asked whether a name's later word is one of them."""
    return frozenset(_word_spellings(word, lang, per_word))


def first_word_matches(
    words: tuple[str, ...], lang: str, begins: Callable[[str], bool], is_first: Callable[[str], bool],
    per_word: int = 1024,
) -> list[str]:  # fmt: skip
    """The spellings of a name's first word under one language that ``is_first`` accepts (the first
    words of a country's names), in the order of :func:`word_spellings` with ``first_begins=begins``:
    a search for names needs only these, and the later words' spellings only when one of them is a
    first word."""
    return [s for s in _word_spellings_beginning(words[0], lang, per_word, begins) if is_first(s)]


@lru_cache(maxsize=100_000)
def first_spelling(word: str, lang: str, per_word: int = 1024) -> str | None:
    """The first of a word's folded spellings (:func:`_word_spellings`), None when it has none; found
    without spelling the rest: the first combination takes every letter group's first spelling."""
    slots = _slots(word, lang)
    if math.prod(map(len, slots)) <= per_word:
        first = _all_spellings_single(tuple((_single_letters(options)[0],) for options in slots))[0]
    else:
        first = _DOUBLES.sub(r"\1", "".join(options[0] for options in slots))
    if first:
        return first
    spelled = _word_spellings(word, lang, per_word)  # the first combination is empty: the first non-empty
    return spelled[0] if spelled else None


def first_endonym(name_uk: str, country: str | None) -> str | None:
    """The first of :func:`endonym_candidates` (None when there is none), without the others."""
    words = name_words(name_uk)
    for lang in languages_of(country) or (SHARED,):
        firsts = [first_spelling(word, lang) for word in words]
        if firsts and all(first is not None for first in firsts):
            return " ".join(firsts)  # type: ignore[arg-type]
    return None


def endonym_candidates(name_uk: str, country: str | None, limit: int = 64) -> list[str]:
    """Whole-name spellings, most likely first: every word's first choices, then one word varied at a time."""
    found: dict[str, None] = {}
    for spelled in word_spellings(name_uk, country):
        first = [options[0] for options in spelled]
        found.setdefault(" ".join(first), None)
        for i, options in enumerate(spelled):
            for option in options[1:]:
                found.setdefault(" ".join([*first[:i], option, *first[i + 1 :]]), None)
    return list(found)[:limit]


__all__ = [
    "endonym_candidates",
    "first_endonym",
    "first_word_matches",
    "fold_latin",
    "languages_of",
    "name_words",
    "word_spelling_set",
    "word_spellings",
]
