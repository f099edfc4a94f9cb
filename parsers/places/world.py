"""Resolve foreign partner places and countries named in Ukrainian news text.

Articles name a partner the Ukrainian way, in any case ("з Лешном", "у Гнезні", "Чорум"), and the
gazetteer (GeoNames cities1000) has a Ukrainian name for only a minority of small towns. So a place is
found in two ways:

* exact Cyrillic: every Cyrillic gazetteer name is declined at build time, so "Любліна" is a key;
* phonetic, only inside a known country: the Ukrainian span and the Latin gazetteer names are both
  reduced to one coarse sound skeleton (``phonetic_key``) with per-language spelling rules, then compared
  with rapidfuzz. "Чорум" and Turkish "Çorum" both become ``Corum``.

Phonetics never cross countries: without a country only exact Cyrillic (or exact Latin) names count. When
nothing fits, :meth:`World.latin` derives a Latin name so callers never have to guess an id.

Everything heavy is precompiled by :mod:`parsers.places.build_world` into ``data/world.sqlite``.
"""

from __future__ import annotations

import bisect
import math
import re
import sqlite3
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel
from translitua import UkrainianKMU, translit

from parsers.text import APOSTROPHE, name_key, normalize_name

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
DB_PATH = DATA_DIR / "world.sqlite"

# ---------------------------------------------------------------------------------------------------------
# Phonetic key: one coarse skeleton for Ukrainian Cyrillic and for each Latin orthography.
# Canonical alphabet: vowels a e i o u; consonants b d f h k l m n p r s t v, plus
# S (ш/ж), C (ч), J (дж), T (ц). Folded on purpose: г/ґ/х/g/h/kh -> h, з/с/z/s -> s, й/j/y -> i.
# ---------------------------------------------------------------------------------------------------------

_CYR_SIMPLE = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "h",
    "д": "d",
    "е": "e",
    "ж": "S",
    "з": "s",
    "и": "i",
    "і": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "T",
    "ч": "C",
    "ш": "S",
    "щ": "SC",
    "ы": "i",
    "э": "e",
}
_CYR_IOTATED = {"я": "a", "ю": "u", "є": "e", "ї": "i", "ё": "o"}
_CYR_VOWELS = set("аеиіоуяюєїыэё")
_CYR_TOKEN = re.compile(r"дж|.", re.DOTALL)


@lru_cache(maxsize=100_000)
def cyr_key(text: str) -> str:
    """Phonetic key of a Ukrainian-written name ("Чорум" -> "Corum")."""
    out: list[str] = []
    prev = ""
    for m in _CYR_TOKEN.finditer(text.lower()):
        ch = m.group()
        if ch == "дж":
            out.append("J")
        elif ch in _CYR_SIMPLE:
            out.append(_CYR_SIMPLE[ch])
        elif ch in _CYR_IOTATED:
            # я/ю/є/ї sound "j"+vowel at the start, after a vowel, ь or apostrophe; else they only soften.
            iotated = prev == "" or prev in _CYR_VOWELS or prev in "ь'ъ -" or ch == "ї"
            out.append(("i" if iotated else "") + _CYR_IOTATED[ch])
        elif ch.isalpha() and ch.isascii():
            out.append(ch)
        prev = ch
    return _finish("".join(out))


# Per-language Latin spelling -> canonical alphabet. Ordered: at one position the first matching rule wins,
# and replaced text is never rescanned (one regex pass), so "sz" -> "s" cannot be hit again by "s" -> "S".
_WORD_END = r"(?![\w])"
_WORD_START = r"(?<![\w])"
# fmt: off
_LANG_RULES: dict[str, list[tuple[str, str]]] = {
    "pl": [
        ("szcz", "SC"), ("drz", "J"), ("dż", "J"), ("dź", "ds"), ("dzi(?=[aeouóąę])", "ds"), ("rz", "S"),
        ("sz", "S"), ("cz", "C"), ("ch", "h"), ("ci(?=[aeouóąę])", "T"), ("si(?=[aeouóąę])", "s"),
        ("zi(?=[aeouóąę])", "s"), ("ni(?=[aeouóąę])", "n"), ("(?<=[bpmwfdtlkghr])i(?=[aeouóąę])", ""),
        ("ą(?=[bp])", "om"), ("ę(?=[bp])", "em"), ("ą", "on"), ("ę", "en"), ("ó", "u"), ("ł", "l"),
        ("ż", "S"), ("ź", "s"), ("ś", "s"), ("ć", "T"), ("ń", "n"), ("c", "T"), ("w", "v"), ("j", "i"),
    ],
    # Czech, Slovak and the Latin South Slavic orthographies share the háček letters.
    "cs": [
        ("dž", "J"), ("ch", "h"), ("č", "C"), ("ć", "C"), ("đ", "J"), ("dj", "J"), ("š", "S"), ("ž", "S"),
        ("ř", "rS"), ("c", "T"), ("ě", "e"), ("ů", "u"), ("ô", "uo"), ("ä", "e"), ("lj", "l"), ("nj", "n"),
        ("ľ", "l"), ("ĺ", "l"), ("w", "v"), ("j", "i"),
    ],
    "de": [
        ("tsch", "C"), ("sch", "S"), (_WORD_START + "st", "St"), (_WORD_START + "sp", "Sp"), ("chs", "ks"),
        (_WORD_START + "ch(?=[aoulr])", "k"), ("ch", "h"), ("ck", "k"), ("tz", "T"), ("z", "T"), ("ß", "s"),
        ("ei", "ai"), ("ey", "ai"), ("eu", "oi"), ("äu", "oi"), ("ie", "i"), ("ä", "e"), ("ae", "e"),
        ("ö", "e"), ("oe", "e"), ("ü", "u"), ("ue", "u"), ("ph", "f"), ("th", "t"), ("qu", "kv"), ("v", "f"),
        ("w", "v"), ("(?<=[aeiouäöü])h(?![aeiouäöü])", ""), ("j", "i"),
    ],
    "fr": [
        ("eaux", "o"), ("eau", "o"), ("aux" + _WORD_END, "o"), ("au", "o"), ("œu", "e"), ("oeu", "e"),
        ("eu", "e"), ("où", "u"), ("ou", "u"), ("oi", "ua"), ("oy", "uai"), ("ain" + _WORD_END, "en"),
        ("ai", "e"), ("ei", "e"), ("ay", "e"), ("ch", "S"), ("ph", "f"), ("th", "t"), ("qu", "k"),
        ("gu(?=[eiéèêy])", "h"), ("gn", "ni"), ("(?<=[aeiouy])ill", "i"), ("ç", "s"), ("c(?=[eiéèêy])", "s"),
        ("g(?=[eiéèêy])", "S"), ("j", "S"), ("x" + _WORD_END, ""), ("w", "v"), ("h", ""), ("ll", "l"),
        ("es" + _WORD_END, ""), ("(?<=[^aeiouy])e" + _WORD_END, ""), ("[stdxzp]" + _WORD_END, ""), ("y", "i"),
    ],
    "it": [
        ("cch", "k"), ("ch", "k"), ("gh", "h"), ("sci(?=[aou])", "S"), ("sc(?=[eiè])", "S"),
        ("ci(?=[aou])", "C"), ("c(?=[eiè])", "C"), ("ggi(?=[aou])", "J"), ("gi(?=[aou])", "J"),
        ("g(?=[eiè])", "J"), ("gli", "li"), ("gn", "ni"), ("zz", "T"), ("z", "T"), ("qu", "kv"), ("h", ""),
        ("j", "i"),
    ],
    "es": [
        ("ch", "C"), ("ll", "i"), ("ñ", "ni"), ("qu", "k"), ("gu(?=[eiéí])", "h"), ("g(?=[eiéí])", "h"),
        ("j", "h"), ("h", ""), ("c(?=[eiéí])", "s"), ("z", "s"), ("x", "h"),
    ],
    "pt": [
        ("ch", "S"), ("nh", "ni"), ("lh", "li"), ("ç", "s"), ("c(?=[eiéí])", "s"), ("j", "S"),
        ("g(?=[eiéí])", "S"), ("qu(?=[eiéí])", "k"), ("qu", "kv"), ("x", "S"), ("h", ""), ("ão", "aun"),
    ],
    "ro": [
        ("che", "ke"), ("chi", "ki"), ("ghe", "he"), ("ghi", "hi"), ("ce(?=a)", "C"), ("ci(?=[aou])", "C"),
        ("c(?=[eiî])", "C"), ("ge(?=a)", "J"), ("gi(?=[aou])", "J"), ("g(?=[eiî])", "J"), ("ș", "S"),
        ("ş", "S"), ("ț", "T"), ("ţ", "T"), ("ă", "e"), ("â", "i"), ("î", "i"), ("j", "S"),
        ("(?<=[^aeiouăâî\\W])i" + _WORD_END, ""),
    ],
    "hu": [
        ("dzs", "J"), ("cs", "C"), ("cz", "T"), ("sz", "s"), ("zs", "S"), ("gy", "d"), ("ny", "n"),
        ("ty", "t"), ("ly", "i"), ("s", "S"), ("c", "T"), ("j", "i"), ("ö", "e"), ("ő", "e"), ("ü", "u"),
        ("ű", "u"), ("w", "v"),
    ],
    # Turkish and Azerbaijani: c = дж, ç = ч, ş = ш, ğ mostly г in Ukrainian spelling.
    "tr": [
        ("c", "J"), ("ç", "C"), ("ş", "S"), ("ğ", "h"), ("ı", "i"), ("ö", "o"), ("ü", "u"), ("j", "S"),
        ("x", "h"), ("ə", "e"), ("q", "h"),
    ],
    "lt": [
        ("dž", "J"), ("ch", "h"), ("č", "C"), ("š", "S"), ("ž", "S"), ("c", "T"),
        ("(?<=[^aeiouąęėįųūy\\W])i(?=[aeouąęėųū])", ""), ("j", "i"),
    ],
    "lv": [
        ("dž", "J"), ("č", "C"), ("š", "S"), ("ž", "S"), ("c", "T"), ("ģ", "d"), ("ķ", "k"), ("ļ", "l"),
        ("ņ", "n"), ("j", "i"),
    ],
    "et": [
        ("õ", "i"), ("ä", "e"), ("ö", "e"), ("ü", "u"), ("š", "S"), ("ž", "S"), ("c", "T"), ("j", "i"),
    ],
    "fi": [
        ("y", "u"), ("ä", "a"), ("ö", "o"), ("ts", "T"), ("j", "i"),
    ],
    "sv": [
        ("skj", "S"), ("stj", "S"), ("sj", "S"), ("tj", "C"), ("kj", "C"), ("å", "o"), ("aa", "o"),
        ("ä", "e"), ("æ", "e"), ("ö", "e"), ("ø", "e"), ("j", "i"),
    ],
    "nl": [
        ("sch" + _WORD_END, "s"), ("sch", "sh"), ("ch", "h"), ("ij", "ei"), ("ui", "ei"), ("oe", "u"),
        ("ou", "au"), ("eeu", "eu"), ("ee", "e"), ("oo", "o"), ("aa", "a"), ("uu", "u"), ("eu", "e"),
        ("ie", "i"), ("c(?=[eiy])", "s"), ("y", "ei"), ("j", "i"), ("w", "v"),
    ],
    "en": [
        (_WORD_START + r"st\.?(?=[\s\-])", "sent"), (_WORD_START + "saint", "sent"),
        ("shire" + _WORD_END, "Sir"), ("tch", "C"), ("ch", "C"), ("sh", "S"), ("ph", "f"), ("th", "t"),
        ("wh", "v"), (_WORD_START + "wr", "r"), (_WORD_START + "kn", "n"), ("ck", "k"), ("gh(?![aeiou])", ""),
        ("qu", "kv"), ("ee", "i"), ("ea", "i"), ("ie", "i"), ("oo", "u"), ("ew", "u"), ("ou", "au"),
        ("ow" + _WORD_END, "ou"), ("aw(?![aeiou])", "o"), ("c(?=[eiy])", "s"), ("x", "ks"), ("j", "J"),
        ("(?<=[bcdfgklmnprstvz])e" + _WORD_END, ""),
    ],
    "ko": [
        ("ng", "n"), ("eo", "o"), ("eu", "i"), ("ae", "e"), ("ch", "C"), ("j", "J"), ("sh", "S"),
    ],
    "ja": [
        ("sh", "s"), ("ch", "C"), ("ts", "T"), ("j", "J"),
    ],
    "zh": [
        ("zh", "J"), ("ch", "C"), ("sh", "S"), ("x", "S"), ("q", "C"), ("j", "J"), ("z", "ds"), ("c", "T"),
    ],
    # Romanized Cyrillic (BGN/ALA-LC style names of RU, BY, BG ...), where j is й.
    "sl": [
        ("shch", "SC"), ("sch", "SC"), ("sh", "S"), ("ch", "C"), ("zh", "S"), ("kh", "h"), ("ts", "T"),
        ("dzh", "J"), ("c", "T"), ("j", "i"),
    ],
    # Anything else: English-like romanizations.
    "xx": [
        ("sh", "S"), ("ch", "C"), ("zh", "S"), ("kh", "h"), ("ts", "T"), ("tz", "T"), ("dzh", "J"),
        ("dj", "J"), ("j", "J"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("qu", "kv"), ("x", "ks"),
    ],
}
_SPANISH = "ES MX AR CO CL PE VE EC BO PY UY CU DO GT HN SV NI CR PA GQ"
_PORTUGUESE = "PT BR AO MZ CV GW ST TL"
_ENGLISH = "GB US AU NZ IE ZA JM TT BS BB MT GH NG KE UG TZ ZM ZW BW NA SG PH"
_HACEK = "CZ SK HR SI BA ME"
_CYRILLIC_SCRIPT = "RU BY UA KZ KG TJ BG MK MN"
_COUNTRY_LANGS: dict[str, tuple[str, ...]] = {
    **{c: ("es",) for c in _SPANISH.split()}, **{c: ("pt",) for c in _PORTUGUESE.split()},
    **{c: ("en",) for c in _ENGLISH.split()}, **{c: ("cs",) for c in _HACEK.split()},
    **{c: ("sl",) for c in _CYRILLIC_SCRIPT.split()},
    "PL": ("pl",), "DE": ("de",), "AT": ("de",), "LI": ("de",), "CH": ("de", "fr", "it"), "LU": ("de", "fr"),
    "FR": ("fr",), "MC": ("fr",), "BE": ("nl", "fr"), "NL": ("nl",), "SR": ("nl",), "IT": ("it",),
    "SM": ("it",), "VA": ("it",), "RO": ("ro",), "MD": ("ro",), "HU": ("hu",), "TR": ("tr",), "AZ": ("tr",),
    "LT": ("lt",), "LV": ("lv",), "EE": ("et",), "FI": ("fi", "sv"), "SE": ("sv",), "NO": ("sv",),
    "DK": ("sv",), "IS": ("sv",), "CA": ("en", "fr"), "RS": ("cs", "sl"), "KR": ("ko",), "JP": ("ja",),
    "CN": ("zh",), "TW": ("zh",), "GE": ("xx",), "AM": ("xx",),
}
# fmt: on
_FOLD = str.maketrans(
    {"ł": "l", "ø": "e", "æ": "e", "œ": "e", "ß": "s", "ı": "i", "đ": "d", "þ": "t", "ð": "d", "ə": "e"}
)
_RESIDUAL = str.maketrans({"c": "k", "g": "h", "j": "i", "q": "k", "w": "v", "x": "ks", "y": "i", "z": "s"})
_NOT_KEY = re.compile(r"[^a-zA-Z]")
_DOUBLES = re.compile(r"(.)\1+")


def _compile(rules: list[tuple[str, str]]) -> tuple[re.Pattern[str], list[str]]:
    return re.compile("|".join(f"({pattern})" for pattern, _ in rules)), [repl for _, repl in rules]


_LANG_COMPILED = {lang: _compile(rules) for lang, rules in _LANG_RULES.items()}


def country_langs(country: str | None) -> tuple[str, ...]:
    """The orthographies a country's Latin place names are written in (generic when unknown)."""
    return _COUNTRY_LANGS.get(country or "", ("xx",))


def _finish(key: str) -> str:
    """Residual letters to the canonical alphabet, drop everything else, collapse doubled letters."""
    key = unicodedata.normalize("NFD", key.translate(_FOLD))
    key = "".join(ch for ch in key if not unicodedata.combining(ch)).translate(_RESIDUAL)
    return _DOUBLES.sub(r"\1", _NOT_KEY.sub("", key))


@lru_cache(maxsize=100_000)
def lat_key(text: str, lang: str) -> str:
    """Phonetic key of a Latin name read with one orthography ("Çorum", "tr" -> "Corum")."""
    pattern, repls = _LANG_COMPILED[lang]
    text = unicodedata.normalize("NFC", text.lower()).replace("'", "").replace("’", "").replace("`", "")
    return _finish(pattern.sub(lambda m: repls[m.lastindex - 1], text))  # type: ignore[operator]


def phonetic_key(text: str, country: str | None = None) -> str:
    """Key of a name in either script; Latin is read with the country's first orthography."""
    if _CYRILLIC.search(text):
        return cyr_key(text)
    return lat_key(text, country_langs(country)[0])


def latin_keys(text: str, country: str | None) -> set[str]:
    """Keys of a Latin gazetteer name under every orthography of its country."""
    return {key for lang in country_langs(country) if (key := lat_key(text, lang))}


_VOWELS = re.compile("[aeiou]")


@lru_cache(maxsize=100_000)
def skeleton(key: str) -> str:
    """Consonant skeleton: English and French vowels are too loosely rendered in Ukrainian to count fully."""
    return key[:1] + _DOUBLES.sub(r"\1", _VOWELS.sub("", key[1:]))


def phonetic_similarity(query: str, candidate: str) -> float:
    """0..1 similarity of two phonetic keys: the full key, softened by the consonant skeleton."""
    full = fuzz.ratio(query, candidate) / 100
    if full == 1.0:
        return 1.0
    skel = fuzz.ratio(skeleton(query), skeleton(candidate)) / 100
    return max(full, 0.5 * full + 0.5 * skel)


def phonetic_match_score(query: str, candidate: str) -> float:
    """Confidence (0..1) that two phonetic keys name the same place.

    Counted in edits (insertions + deletions), not as a ratio: one letter off is another village for a short
    name but a spelling variant for a long one. The shorter key decides the allowance: no edit up to 5
    letters, 1 up to 8, 2 up to 12, 3 beyond. Long keys whose consonant skeletons agree exactly pass too
    (English vowels). Anything else scores below :data:`DEFAULT_MIN_SCORE`.
    """
    if query == candidate:
        return _PHONETIC_WEIGHT
    edits = Indel.distance(query, candidate)
    size = min(len(query), len(candidate))
    allowed, step = (
        (0, 0.0) if size <= 5 else (1, 0.10) if size <= 8 else (2, 0.035) if size <= 12 else (3, 0.03)
    )
    if edits <= allowed:
        return _PHONETIC_WEIGHT - step * edits
    skel_q, skel_c = skeleton(query), skeleton(candidate)
    if size >= 8 and len(skel_q) >= 6 and skel_q == skel_c:
        return _PHONETIC_WEIGHT - 0.10
    return 0.75 * phonetic_similarity(query, candidate)


_CYRILLIC = re.compile("[а-яіїєґё]", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def lookup_key(text: str) -> str:
    """Exact-match key of a Cyrillic name or form: :func:`name_key` with ґ folded to г."""
    return name_key(text).replace("ґ", "г")


# ---------------------------------------------------------------------------------------------------------
# Runtime de-inflection: candidate nominatives of a span whose form the build did not generate.
# ---------------------------------------------------------------------------------------------------------

# ending -> replacements, tried longest ending first ("Хелмом" -> "Хелм", "Лешном" -> "Лешно"; a name
# declined as an adjective: "X-іним" -> "X-іне", "X-іно").
# fmt: off
_ENDINGS: dict[str, tuple[str, ...]] = {
    "ами": ("и", "і"), "ями": ("і",), "ові": ("",), "еві": ("ь", ""), "єві": ("й",), "ого": ("ий", "е"),
    "ому": ("ий", "е"), "ою": ("а",), "ью": ("ь",), "ею": ("я", "а"), "єю": ("я",), "ом": ("", "о"),
    "ем": ("ь", "", "е"), "єм": ("й",), "ам": ("и",), "ям": ("і",), "ах": ("и",), "ях": ("і",),
    "ів": ("и", "і"), "ої": ("а",),
    "ій": ("а",), "ці": ("ка",), "зі": ("га",), "сі": ("ха",), "а": ("", "о"), "я": ("ь", "й", "е"),
    "у": ("", "а", "о"), "ю": ("ь", "й", "я", "е"), "і": ("", "а", "я", "ь", "о", "е"), "ї": ("я", "й"),
    "и": ("а",), "им": ("ий", "е", "о"),
}
# fmt: on
_ENDING_ORDER = sorted(_ENDINGS, key=len, reverse=True)


@lru_cache(maxsize=100_000)
def _word_lemmas(word: str) -> list[str]:
    """Possible nominatives of one inflected word, most likely first (the word itself first)."""
    out = [word]
    if _ZERO_ENDING_PLURAL.search(word):  # "мер X-иць": the genitive plural of a town "X-иці"/"X-ице"
        out += [word[:-1] + "і", word[:-1] + "е"]
    for ending in _ENDING_ORDER:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            lemmas = (_spelled_as_written(stem + repl) for repl in _ENDINGS[ending] if stem + repl != word)
            for lemma in lemmas:
                if not _NO_SUCH_SPELLING.search(lemma):
                    out += [lemma, *_alternations(lemma)]
    return list(dict.fromkeys(out))


_ZERO_ENDING_PLURAL = re.compile(r"[иі]ць$")
_ZERO_ENDING = re.compile(r"^[А-ЯІЇЄҐ][а-яіїєґ'’]{3,}[бвгґдзклмнпрстфхцжчш]$")
"""One word ending in a hard consonant: maybe a plural town's genitive with no ending."""
"""A genitive plural with no ending: towns named in the plural in -иці/-іце (most of them Polish)."""
_NO_SUCH_SPELLING = re.compile(r"[аеєиіїоуюяьжчшщ]ь")
"""A soft sign after a vowel, another soft sign or a hushing consonant: no Ukrainian word is spelled so
("Х-оь" from "Х-ою", "Х-шь" from "Х-шем")."""


_SOFT_VOWEL = re.compile(r"ь([ауе])")
_SOFTENED = {"а": "я", "у": "ю", "е": "є"}


def _soft(match: re.Match[str]) -> str:
    return _SOFTENED[match.group(1)]


_DOUBLED_BEFORE_SOFT_SIGN = re.compile(r"([бвгґджзклмнпрстфхцчшщ])\1ь$")


def _spelled_as_written(lemma: str) -> str:
    """A guessed nominative in Ukrainian spelling: a soft consonant's а/у/е is я/ю/є, never after a soft
    sign (an instrumental "-ньою" is a nominative "-ня"), and the consonant an instrumental doubles is
    single before the soft sign ("-нню" is "-нь")."""
    return _DOUBLED_BEFORE_SOFT_SIGN.sub(r"\1ь", _SOFT_VOWEL.sub(_soft, lemma))


_CLOSED_OV = re.compile(r"[^аеєиіїоуюя][ое]в$")
_CLOSED_YEV = re.compile(r"[аеєиіїоуюя]єв$")
_FLEETING_ETS = re.compile(r"[^аеєиіїоуюя]ць$")
_FLEETING_EK = re.compile(r"[^аеєиіїоуюяьй]к$")
_CLOSED_O = re.compile(r"[^аеєиіїоуюяьй]о[кгрлнт]$")
_WORD_BREAKS = re.compile(r"([\s\-]+)")
_LAST_WORD_BREAKS = re.compile(r"[\s\-]+")


def _alternations(lemma: str) -> list[str]:
    """Nominatives whose last syllable differs from the oblique stem: a closed syllable turns о/е into
    і ("Тарнова" → "Тарнів", "X-ока" → "X-ік"), and a vowel drops before -ць ("X-цем" → "X-ець") and
    before a final -к ("X-ка" → "X-ек", "X-ок")."""
    if _CLOSED_OV.search(lemma):
        return [lemma[:-2] + "ів"]
    if _CLOSED_YEV.search(lemma):
        return [lemma[:-2] + "їв"]  # "X-ієва" → "X-іїв", as "Києва" → "Київ"
    if _FLEETING_ETS.search(lemma):
        return [lemma[: -3 if lemma.endswith("ьць") else -2] + "ець"]  # "X-льця" → "X-лець"
    if _FLEETING_EK.search(lemma):
        return [lemma[:-1] + "ек", lemma[:-1] + "ок"]
    if _CLOSED_O.search(lemma):
        return [lemma[:-2] + "і" + lemma[-1]]  # "X-нока" → "X-нік", as "Сокола" → "Сокіл"
    return []


def lemma_candidates(span: str, limit: int = 8) -> list[str]:
    """Candidate nominatives of a span: the span, its last word de-inflected, then all words de-inflected
    together ("Чеського Крумлова" -> "Чеський Крумлов")."""
    return list(_lemma_candidates(span, limit))


_FIXED_TAIL = re.compile(r"-(?:над|під|при|на)-[^\s]+$")
"""A town's prepositional tail ("-над-Тисою", "-на-Майні"): its case is fixed, whatever the head's."""


@lru_cache(maxsize=100_000)
def _lemma_candidates(span: str, limit: int) -> tuple[str, ...]:
    """:func:`lemma_candidates`, memoized: one name is de-inflected once, not once per country tried."""
    if fixed := _FIXED_TAIL.search(span):  # "X-ою-над-Y-ою": only the head declines
        head, tail = span[: fixed.start()], fixed.group()
        return tuple(candidate + tail for candidate in _lemma_candidates(head, limit))
    parts = _WORD_BREAKS.split(span)
    words, seps = parts[0::2], parts[1::2]
    head = "".join(parts[:-1])
    last = [head + lemma for lemma in _word_lemmas(words[-1])[1:]]
    together = []
    if len(words) > 1:
        options = [_word_lemmas(w)[:3] for w in words]
        for i in (1, 2):
            picked = [opt[min(i, len(opt) - 1)] for opt in options]
            together.append("".join(w + (seps[k] if k < len(seps) else "") for k, w in enumerate(picked)))
    return tuple(dict.fromkeys([span, *last[:2], *together, *last[2:]]))[:limit]


# ---------------------------------------------------------------------------------------------------------
# The gazetteer
# ---------------------------------------------------------------------------------------------------------


# Ukrainian media write the aggressor states' names in lower case ("росія", "білорусь", "рф").
LOWERCASE_BY_CHOICE = re.compile(r"^(?:росі|білорус|рф\b)", re.IGNORECASE)


def _first_word_key(name: str) -> str:
    """ "Закарпатська область" and "Закарпатська Область" → one key: how oblasts are compared."""
    words = name.split()
    return name_key(words[0]) if words else ""


@dataclass(frozen=True)
class WorldPlace:
    """A foreign place resolved from text."""

    geonameid: int | None
    """None when derived (no gazetteer row fits well)."""
    name: str
    """Latin/endonym: GeoNames ``name`` when matched, else a name derived by :meth:`World.latin`."""
    name_uk: str
    """Ukrainian nominative."""
    country_iso2: str | None
    population: int | None
    admin1_name: str | None
    score: float
    """0..1 match confidence."""


# Cyrillic match quality by build rank: 0 tagged uk nominative, 1 other uk nominative, 2 ambiguous-language
# nominative, 3-5 their declined forms, 6 weak declension guesses.
_RANK_SCORE = {0: 1.0, 1: 0.98, 2: 0.95, 3: 0.96, 4: 0.94, 5: 0.92, 6: 0.87}
_PHONETIC_WEIGHT = 0.92
_DEINFLECTED_PENALTY = 0.04
_ALT_PENALTY = 0.05
DEFAULT_MIN_SCORE = 0.8
_PREFIX = re.compile(
    r"^(?:м\.|с\.|смт\.?|міст[оауі]|містом|містечк[оау]|містечком|сел[оауі]|селом|селищ[еау]|селищем|"
    r"комун[аиіуою]+|гмін[аиіуою]+|ґмін[аиіуою]+|громад[аиіуою]+|муніципалітет[уі]?)\s+",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\s*\([^)]*\)\s*")
_POP_BONUS = 0.015
_ADMIN1_BONUS = 0.03
_SHORT_NAME_POPULATION = 5_000
"""A short name stands for a town's longer one only for a town of some size (not a hamlet's name)."""
_SHORT_NAME_SCORE = 0.9
_REGION_SURE = 0.85
"""A match this close inside the region named beside the name rules out the places outside it."""
_FLOOR = 0.7
_CANDIDATES_MAX = 20_000
"""Phonetic keys whose candidates one country keeps."""
_CYR_ROWS_MAX = 200_000
"""Cyrillic keys whose rows are kept (a long crawl meets new names every night)."""
_CYR_FETCH_RANK = 6
"""The highest rank :meth:`World._cyrillic_hits` asks for: a name's forms are fetched up to it at once."""
"""Candidates below this are noise: :meth:`World.lookup` leaves them out."""


PHONETIC_MAX = _PHONETIC_WEIGHT + _POP_BONUS
"""The best score a sound-alike match can have in :meth:`World.lookup` without a region named beside
it: a key equal to the span's (:func:`phonetic_match_score`) plus the bonus of the biggest places."""


def _pop_bonus(population: int | None) -> float:
    """A hair of preference for bigger places among equal matches (partners are rarely hamlets)."""
    return _POP_BONUS * min(1.0, math.log10((population or 0) + 1) / 7)


@lru_cache(maxsize=100_000)
def clean_span(span: str) -> str:
    """The name part of a span: normalized, without "місто"/"м." and a parenthesized country (memoized:
    the resolver cleans one name for each of its steps and each country tried)."""
    text = _PARENS.sub(" ", normalize_name(span)).strip()
    while True:
        stripped = _PREFIX.sub("", text)
        if stripped == text:
            return normalize_name(text)
        text = stripped


def _bucket(key: str) -> str:
    """Phonetic search bucket: the first sound, all vowels together (their Ukrainian rendering varies)."""
    return "V" if key[:1] in "aeiou" else key[:1]


@dataclass
class _Bucket:
    """Keys of one country that start with one sound, sorted by length for a cheap length window."""

    lengths: tuple[int, ...]
    keys: tuple[str, ...]
    rows: tuple[int, ...]


@dataclass
class _CountryIndex:
    """One country's phonetic keys, loaded on first use."""

    keys: tuple[str, ...]
    gids: tuple[int, ...]
    ranks: tuple[int, ...]
    noms: tuple[int | None, ...]
    buckets: dict[str, _Bucket]
    memo: dict[tuple[str, int], tuple[int, ...]] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: list[tuple[str, int, int, int | None]]) -> _CountryIndex:
        order = sorted(range(len(rows)), key=lambda i: (_bucket(rows[i][0]), len(rows[i][0])))
        lists: dict[str, tuple[list[int], list[str], list[int]]] = {}
        for i in order:
            key = rows[i][0]
            lengths, keys, at = lists.setdefault(_bucket(key), ([], [], []))
            lengths.append(len(key))
            keys.append(key)
            at.append(i)
        # Tuples, not lists: tuples of strings and numbers leave the garbage collector's watch, and
        # every country's index would otherwise be walked by each full collection of a long run.
        buckets = {sound: _Bucket(*map(tuple, columns)) for sound, columns in lists.items()}
        return cls(
            tuple(r[0] for r in rows),
            tuple(r[1] for r in rows),
            tuple(r[2] for r in rows),
            tuple(r[3] for r in rows),
            buckets,
        )

    def candidates(self, qkey: str, limit: int = 12) -> list[int]:
        """Rows whose key starts with the same sound, has a compatible length and is close (ratio >= 65).

        Memoized per key: the forms of one name, and one name in several articles, share keys."""
        memo = self.memo
        found = memo.get((qkey, limit))
        if found is None:
            if len(memo) >= _CANDIDATES_MAX:
                memo.clear()
            found = memo[(qkey, limit)] = self._candidates(qkey, limit)
        return list(found)

    def equal(self, qkey: str, limit: int = 12) -> list[int]:
        """The rows whose key is ``qkey`` itself, as :meth:`candidates` lists them: they score 100, so
        they come first there, in the bucket's order (the fuzzy scan is needed only for keys that differ)."""
        bucket = self.buckets.get(_bucket(qkey))
        if bucket is None:
            return []
        lo = bisect.bisect_left(bucket.lengths, len(qkey))
        hi = bisect.bisect_right(bucket.lengths, len(qkey), lo)
        keys, rows = bucket.keys, bucket.rows
        return [rows[at] for at in range(lo, hi) if keys[at] == qkey][:limit]

    def _candidates(self, qkey: str, limit: int) -> tuple[int, ...]:
        bucket = self.buckets.get(_bucket(qkey))
        if bucket is None:
            return ()
        lo = bisect.bisect_left(bucket.lengths, math.floor(len(qkey) * 0.6))
        hi = bisect.bisect_right(bucket.lengths, math.ceil(len(qkey) * 1.7))
        found = process.extract(qkey, bucket.keys[lo:hi], scorer=fuzz.ratio, limit=limit, score_cutoff=65)
        return tuple(bucket.rows[lo + pos] for _, _, pos in found)


class World:
    """Foreign places, countries and regions, backed by ``data/world.sqlite``."""

    def __init__(self, db_path: Path = DB_PATH) -> None:
        self.conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
        self._countries: dict[str, _CountryIndex] = {}
        self._places: dict[int, tuple] = {}  # type: ignore[type-arg]
        self._words: dict[str, list[tuple[str, str, int, int]]] = {}
        for key, kind, countries, dflt, weak in self.conn.execute(
            "SELECT key, kind, countries, dflt, weak FROM words"
        ):
            self._words.setdefault(key, []).append((kind, countries, dflt, weak))
        self._max_words = max((key.count(" ") + 1 for key in self._words), default=1)
        self.country_word_keys = frozenset(
            key
            for key, entries in self._words.items()
            if " " not in key and any(kind in _COUNTRY_KINDS for kind, *_ in entries)
        )
        """The keys of every one-word country name, abbreviation and adjective: a text whose words have
        none of them (and no word of other characters) names no country in one word."""
        self._admin1: dict[str, list[str]] | None = None
        self._first_words: dict[str, dict[str, set[int]]] = {}
        # Rows are kept in tuples: a tuple of numbers and strings leaves the garbage collector's watch.
        self._cyr_rows: dict[tuple[str, int], tuple[tuple[int, int, int | None, str], ...]] = {}
        self._cyr_fetched: dict[str, tuple[tuple[int, int, int | None, str], ...]] = {}
        """Rows up to :data:`_CYR_FETCH_RANK` of the keys fetched together (:meth:`_fetch_cyrillic`)."""
        self._lat_rows: dict[str, tuple[tuple[int, int, str], ...]] = {}
        self._cyr_hashes: array[int] | None = None
        """The hashes of every Cyrillic key, sorted (loaded once): most forms looked up (surnames,
        words) are no place's, and a key whose hash is not here needs no query."""

    # -- places -------------------------------------------------------------------------------------------

    def coordinates(self, geonameid: int) -> tuple[float, float] | None:
        """(latitude, longitude) of a gazetteer place, for maps."""
        row = self.conn.execute(
            "SELECT latitude, longitude FROM places WHERE geonameid = ?", (geonameid,)
        ).fetchone()
        return (row[0], row[1]) if row and row[0] is not None else None

    def ukrainian_point(self, settlement_uk: str, oblast_uk: str) -> tuple[float, float] | None:
        """(latitude, longitude) of a Ukrainian settlement, such as a hromada's centre from the
        KATOTTG codifier, when GeoNames has exactly one place of that name in that oblast."""
        oblast_word = _first_word_key(oblast_uk)
        found = {
            place.geonameid
            for place in self.lookup(settlement_uk, "UA")
            if place.geonameid and place.score >= 0.95
            and _first_word_key(self._place(place.geonameid)[5] or "") == oblast_word
        }  # fmt: skip
        return self.coordinates(found.pop()) if len(found) == 1 else None

    def named_first(self, word: str, country: str) -> WorldPlace | None:
        """The one town of ``country`` whose Ukrainian name of several words begins with ``word`` ("X" of
        "X Y", "X-Y"): the short everyday name of that town; None when no town or several do."""
        gids = self._first_words_of(country).get(word, ())
        return self._make(next(iter(gids)), _SHORT_NAME_SCORE, None) if len(gids) == 1 else None

    def _first_words_of(self, country: str) -> dict[str, set[int]]:
        """The first words of the country's sizeable towns' Ukrainian names of several words, as written,
        read once a country."""
        index = self._first_words.get(country)
        if index is None:
            index = {}
            rows = self.conn.execute(
                "SELECT geonameid, names_uk FROM places WHERE country = ? AND population >= ? "
                "AND (names_uk LIKE '% %' OR names_uk LIKE '%-%')",
                (country, _SHORT_NAME_POPULATION),
            )
            for gid, names in rows:
                for name in names.split("|"):
                    first, *rest = re.split(r"[\s-]", name, maxsplit=1)
                    if rest:
                        index.setdefault(first, set()).add(gid)
            self._first_words[country] = index
        return index

    def _place(self, gid: int) -> tuple:  # type: ignore[type-arg]
        row = self._places.get(gid)
        if row is None:
            row = self.conn.execute(
                "SELECT name, country, population, admin1_name, names_uk, admin1_name_uk FROM places "
                "WHERE geonameid = ?",
                (gid,),
            ).fetchone()
            row = (*row[:4], row[4].split("|") if row[4] else [], row[5])
            self._places[gid] = row
        return row

    def _make(self, gid: int, score: float, name_uk: str | int | None) -> WorldPlace:
        """A result; ``name_uk`` is the matched nominative or its index in the place's Cyrillic names."""
        name, country, population, admin1, noms, _ = self._place(gid)
        if isinstance(name_uk, int):
            name_uk = noms[name_uk] if name_uk < len(noms) else None
        if name_uk and name_parts(name_uk) < name_parts(name):
            # matched through a short form of a longer name ("Spišská" of "Spišská Nová Ves"): the full
            # Cyrillic name, when the gazetteer has one, is what a reader should see
            name_uk = next((nom for nom in noms if name_parts(nom) >= name_parts(name)), name_uk)
        return WorldPlace(
            gid,
            name,
            name_uk or (noms[0] if noms else ""),
            country,
            population,
            admin1,
            round(min(1.0, score + _pop_bonus(population)), 4),
        )

    def preload(self) -> int:
        """Load every country's search index now instead of on its first lookup: for long runs (a
        crawl, a benchmark) that should pay start-up once, not inside the first articles."""
        countries = [row[0] for row in self.conn.execute("SELECT DISTINCT country FROM phon")]
        for country in countries:
            self._country_index(country)
        self._cyrillic_key_hashes()
        return len(countries)

    def _cyrillic_key_hashes(self) -> array[int]:
        """The sorted hashes of every Cyrillic key, loaded once (at :meth:`preload` or on the first
        lookup): a long run, with or without preload, asks the same questions the same way."""
        if self._cyr_hashes is None:
            keys = self.conn.execute("SELECT DISTINCT key FROM cyr")
            self._cyr_hashes = array("q", sorted(hash(key) for (key,) in keys))
        return self._cyr_hashes

    def _no_cyrillic_rows(self, key: str) -> bool:
        """The gazetteer surely has no row of this Cyrillic key (a hash shared with another key only
        costs the query)."""
        hashes = self._cyrillic_key_hashes()
        value = hash(key)
        at = bisect.bisect_left(hashes, value)
        return at == len(hashes) or hashes[at] != value

    def _country_index(self, country: str) -> _CountryIndex:
        index = self._countries.get(country)
        if index is None:
            rows = self.conn.execute(
                "SELECT key, geonameid, rank, nom FROM phon WHERE country = ?", (country,)
            ).fetchall()
            index = _CountryIndex.from_rows(rows)
            self._countries[country] = index
        return index

    def _cyrillic_hits(self, text: str, country: str | None) -> dict[int, tuple[float, int]]:
        """Exact Cyrillic matches of the span or, failing that, of its de-inflected nominatives."""
        hits: dict[int, tuple[float, int]] = {}
        candidates = lemma_candidates(text)
        for i, candidate in enumerate(candidates):
            if i == 1:  # the span itself matched nothing: its de-inflected forms in one query
                self._fetch_cyrillic([lookup_key(other) for other in candidates[1:]])
            penalty = 0.0 if i == 0 else _DEINFLECTED_PENALTY
            max_rank = (6 if country else 5) if i == 0 else 2  # weak guesses need a country to back them
            for gid, rank, nom, place_country in self._cyrillic_rows(lookup_key(candidate), max_rank):
                if country and place_country != country:
                    continue
                score = _RANK_SCORE[rank] - penalty
                if score > hits.get(gid, (0.0, 0))[0]:
                    hits[gid] = (score, nom)
            if i == 0 and any(score > _RANK_SCORE[6] for score, _ in hits.values()):
                break  # only a weak guess of the span as written: its nominatives may name the place better
        if not any(score > _RANK_SCORE[6] for score, _ in hits.values()) and _ZERO_ENDING.search(text):
            # "бургомістр X-ав": a genitive plural with no ending, of a town named in the plural ("X-ави")
            for gid, rank, nom, place_country in self._cyrillic_rows(lookup_key(text + "и"), 2):
                if not country or place_country == country:
                    hits[gid] = max(hits.get(gid, (0.0, 0)), (_RANK_SCORE[rank] - _DEINFLECTED_PENALTY, nom))
        return hits

    def _cyrillic_rows(self, key: str, max_rank: int) -> tuple[tuple[int, int, int | None, str], ...]:
        """The gazetteer rows of one Cyrillic key, memoized per key: the same forms are looked up for
        every country an article names."""
        rows = self._cyr_rows.get((key, max_rank))
        if rows is None:
            if len(self._cyr_rows) >= _CYR_ROWS_MAX:
                self._cyr_rows.clear()
            fetched = self._cyr_fetched.get(key)
            if fetched is not None and max_rank <= _CYR_FETCH_RANK:
                rows = tuple(row for row in fetched if row[1] <= max_rank)
            elif self._no_cyrillic_rows(key):
                rows = ()
            else:
                rows = tuple(
                    self.conn.execute(
                        "SELECT c.geonameid, c.rank, c.nom, p.country "
                        "FROM cyr c JOIN places p USING (geonameid) WHERE c.key = ? AND c.rank <= ?",
                        (key, max_rank),
                    )
                )
            self._cyr_rows[(key, max_rank)] = rows
        return rows

    def _fetch_cyrillic(self, keys: list[str]) -> None:
        """The rows of several Cyrillic keys (a name's forms) in one query instead of one per key, in
        the order the per-key query gives them; :meth:`_cyrillic_rows` takes its rows from here."""
        fetched = self._cyr_fetched
        wanted = [key for key in dict.fromkeys(keys) if key not in fetched and (key, 2) not in self._cyr_rows]
        if not wanted:
            return
        if len(fetched) >= _CYR_ROWS_MAX:
            fetched.clear()
        found: dict[str, list[tuple[int, int, int | None, str]]] = {key: [] for key in wanted}
        wanted = [key for key in wanted if not self._no_cyrillic_rows(key)]
        if wanted:
            marks = ",".join("?" * len(wanted))
            for key, *row in self.conn.execute(
                "SELECT c.key, c.geonameid, c.rank, c.nom, p.country "
                "FROM cyr c JOIN places p USING (geonameid) "
                f"WHERE c.key IN ({marks}) AND c.rank <= ? ORDER BY c.key, c.geonameid",
                (*wanted, _CYR_FETCH_RANK),
            ):
                found[key].append(tuple(row))  # type: ignore[arg-type]
        for key, rows in found.items():
            fetched[key] = tuple(rows)

    def _phonetic_hits(
        self, queries: list[tuple[str, float, str]], country: str
    ) -> dict[int, tuple[float, str | int]]:
        """Fuzzy matches of phonetic keys in one country: gid -> (score, matched nominative or its index)."""
        index = self._country_index(country)
        hits: dict[int, tuple[float, str | int]] = {}
        if not index.keys:
            return hits
        for qkey, penalty, nom in queries:
            if len(qkey) < 2:
                continue
            if penalty and hits and max(score for score, _ in hits.values()) >= 0.88:
                break  # the span itself already matched well: no need to try its de-inflected forms
            # A guessed nominative shorter than 9 sounds counts only as an exact key (_plausible_phonetic):
            # of its candidates only the equal keys can pass, so only they are looked up.
            guessed_short = bool(penalty) and len(qkey) < _GUESSED_FUZZY_MIN
            for pos in index.equal(qkey) if guessed_short else index.candidates(qkey):
                score = phonetic_match_score(qkey, index.keys[pos])
                if not _plausible_phonetic(qkey, score, bool(penalty), bool(index.ranks[pos])):
                    continue
                score -= penalty + (_ALT_PENALTY if index.ranks[pos] else 0.0)
                gid = index.gids[pos]
                if score > hits.get(gid, (0.0, ""))[0]:
                    # The article's own spelling beats a gazetteer Cyrillic name that is only close to it;
                    # a nominative guessed from a case form that is shorter than the gazetteer's name
                    # does not: it lost the ending the case form hid ("X Волі" is "X Воля", not "X Вол").
                    matched = index.noms[pos]
                    own = (
                        nom if not penalty or matched is None or not self._longer(gid, matched, nom) else None
                    )
                    hits[gid] = (score, own or (matched if matched is not None else ""))
        return hits

    def _longer(self, gid: int, index: int, guess: str) -> bool:
        """The place's Cyrillic name at ``index`` is longer than a nominative guessed from a case form."""
        noms = self._place(gid)[4]
        return index < len(noms) and len(noms[index]) > len(guess)

    def lookup(
        self, span: str, country: str | None = None, admin1: str | None = None, phonetic: bool = True
    ) -> list[WorldPlace]:
        """Candidates for a place named in Ukrainian (any case) or Latin script, best first.

        ``admin1`` is an optional region named beside the place ("штат Вісконсин"): among equal names
        (two Springfield in the US) the one in that region wins. ``phonetic=False`` leaves out the
        sound-alikes (exact names only): a sound-alike scores at most :data:`PHONETIC_MAX` without a
        region's bonus, so a caller that only wants a better match can skip their search.
        """
        text = clean_span(span)
        if not text or not _WORD_CHAR.search(text):
            return []
        country = country.upper() if country else None
        if not _CYRILLIC.search(text):
            hits = self._latin_hits(text, country, phonetic)
        else:
            hits = self._cyrillic_hits(text, country)
            # a region named beside the name and no exact match in it: its sound-alikes are searched too
            outside = bool(admin1) and not any(self.in_admin1(gid, admin1) for gid in hits)
            if phonetic and country and (outside or not any(score >= 0.95 for score, _ in hits.values())):
                queries = [
                    (cyr_key(c), 0.0 if i == 0 else _DEINFLECTED_PENALTY, c)
                    for i, c in enumerate(lemma_candidates(text, limit=5))
                ]
                for gid, (score, nom) in self._phonetic_hits(queries, country).items():
                    if score > hits.get(gid, (0.0, ""))[0]:
                        hits[gid] = (score, nom)
        in_region = {gid for gid in hits if self.in_admin1(gid, admin1)} if admin1 else set()
        if any(hits[gid][0] >= _REGION_SURE for gid in in_region):
            # the text says which region: a close match there beats an exact namesake elsewhere
            hits = {gid: hit for gid, hit in hits.items() if gid in in_region}
        hits = {
            gid: (score + (_ADMIN1_BONUS if gid in in_region else 0.0), nom)
            for gid, (score, nom) in hits.items()
        }
        ranked = []  # (score as a result has it, population, gid, match score, nominative): results are
        for gid, (score, nom) in hits.items():  # made for the ten best only, in the same stable order
            if score >= _FLOOR:
                population = self._place(gid)[2]
                final = round(min(1.0, score + _pop_bonus(population)), 4)  # as _make gives it
                ranked.append((final, population, gid, score, nom))
        # Among equal scores (capped at 1.0, so the region's bonus may not show in them) the place in the
        # region named beside it wins, then the bigger one.
        ranked.sort(key=lambda entry: (-entry[0], entry[2] not in in_region, -(entry[1] or 0)))
        return [self._make(gid, score, nom or None) for _, _, gid, score, nom in ranked[:10]]

    def in_admin1(self, gid: int, hint: str) -> bool:
        """Does the place's first-level region sound like the region phrase ``hint``?"""
        _, country, _, admin1, _, admin1_uk = self._place(gid)
        words = [
            t for t in _tokens(hint) if not any(e[0] == "admin" for e in self._words.get(lookup_key(t), []))
        ]
        if not words or not (admin1 or admin1_uk):
            return False
        targets = ([cyr_key(admin1_uk)] if admin1_uk else []) + (
            list(latin_keys(admin1, country)) if admin1 else []
        )
        name = " ".join(words)
        queries = (
            [cyr_key(c) for c in lemma_candidates(name, limit=4)]
            if _CYRILLIC.search(name)
            else list(latin_keys(name, country))
        )
        return any(phonetic_similarity(q, t) >= 0.85 for q in queries for t in targets)

    def _latin_hits(
        self, text: str, country: str | None, phonetic: bool = True
    ) -> dict[int, tuple[float, str | int]]:
        """A Latin-script span: exact (accent-folded) names anywhere, phonetic only inside ``country``."""
        hits: dict[int, tuple[float, str | int]] = {}
        for gid, rank, place_country in self._latin_rows(latin_fold(text)):
            if country and place_country != country:
                continue
            hits[gid] = (1.0 if rank == 0 else 0.95, "")
        if phonetic and country and not hits:
            queries = [(key, 0.0, "") for key in latin_keys(text, country)]
            hits.update(self._phonetic_hits(queries, country))
        return hits

    def _latin_rows(self, key: str) -> tuple[tuple[int, int, str], ...]:
        """The gazetteer rows of one folded Latin name, memoized per name (see :meth:`_cyrillic_rows`)."""
        rows = self._lat_rows.get(key)
        if rows is None:
            if len(self._lat_rows) >= _CYR_ROWS_MAX:
                self._lat_rows.clear()
            rows = tuple(
                self.conn.execute(
                    "SELECT l.geonameid, l.rank, p.country FROM latin l JOIN places p USING (geonameid) "
                    "WHERE l.key = ?",
                    (key,),
                )
            )
            self._lat_rows[key] = rows
        return rows

    def best(
        self,
        span: str,
        country: str | None = None,
        min_score: float = DEFAULT_MIN_SCORE,
        admin1: str | None = None,
    ) -> WorldPlace | None:
        """The best candidate if its score reaches ``min_score``, else None."""
        found = self.lookup(span, country, admin1)
        return found[0] if found and found[0].score >= min_score else None

    def resolve(
        self,
        span: str,
        country: str | None = None,
        min_score: float = DEFAULT_MIN_SCORE,
        admin1: str | None = None,
    ) -> WorldPlace:
        """:meth:`best`, or a derived place (geonameid None) with a Latin name from :meth:`latin`."""
        found = self.best(span, country, min_score, admin1)
        if found is not None:
            return found
        name_uk = nominative_guess(clean_span(span))
        return WorldPlace(None, self.latin(name_uk, country), name_uk, country, None, None, 0.0)

    # -- Latin names --------------------------------------------------------------------------------------

    def latin(self, name_uk: str, country: str | None) -> str:
        """A Latin name for a Ukrainian-written foreign name no gazetteer row fits (never None)."""
        return derive_latin(clean_span(name_uk), country)

    # -- countries and regions ----------------------------------------------------------------------------

    def country(self, phrase: str) -> str | None:
        """ISO2 of a country named in any case or by an adjective ("Туреччині", "США", "польською")."""
        plain = _PLAIN_WORD_TRIMMED.fullmatch(phrase)
        if plain and plain.group(1).lower().replace("ґ", "г") not in self._words:
            return None  # one plain word (trimmed as names are): its key is its lowercase form, no country's
        tokens = _tokens(phrase)
        for start, end in _ngrams(len(tokens), self._max_words):
            words = tokens[start:end]
            iso2 = self._country_words(words)
            if iso2:
                return iso2
        return None

    def _country_words(self, words: list[str]) -> str | None:
        key = lookup_key(" ".join(words))
        for kind, countries, _, _ in self._words.get(key, []):
            if kind == "cabbr" and " ".join(words).isupper():
                return countries
            if kind == "cname" and (words[0][:1].isupper() or LOWERCASE_BY_CHOICE.match(words[0])):
                return countries
            if kind == "cadj":
                return countries
        if len(words) == 1 and "-" in words[0]:
            return self._compound_adjective(words[0])
        return None

    def _compound_adjective(self, word: str) -> str | None:
        """ "польсько-українського": the one foreign country of a compound adjective, if only one."""
        found = []
        for i, part in enumerate(word.split("-")):
            if i < word.count("-") and part.lower().endswith("ьсько"):
                part = part[:-1] + "ий"
            for kind, countries, _, _ in self._words.get(lookup_key(part), []):
                if kind == "cadj":
                    found.append(countries)
        foreign = [c for c in dict.fromkeys(found) if c != "UA"]
        if len(foreign) == 1:
            return foreign[0]
        return found[0] if len(set(found)) == 1 else None

    def unit_countries(self, word: str) -> tuple[str, ...]:
        """The countries whose administrative units the word names ("воєводство": Poland; "округ":
        several), or () when it is no such word."""
        entries = [e for e in self._words.get(lookup_key(word), []) if e[0] == "admin"]
        return tuple(entries[0][1].split("|")) if entries else ()

    def region_country(self, phrase: str) -> str | None:
        """Country of a foreign region phrase ("Нижньосілезького воєводства", "штату Техас", "Баварії")."""
        tokens = _tokens(phrase)
        if not tokens:
            return None
        admin: list[str] = []
        default: str | None = None
        rest: list[str] = []
        for token in tokens:
            entries = [e for e in self._words.get(lookup_key(token), []) if e[0] == "admin"]
            if entries and not admin:
                admin = entries[0][1].split("|")
                default = admin[0] if entries[0][2] else None
            elif not entries:
                rest.append(token)
        named = self._region_names(tokens, rest)
        if named:
            fits = [c for c in named if not admin or c in admin]
            if len(set(fits)) == 1:
                return fits[0]
            if not admin and len(set(named)) == 1:
                return named[0]
        if rest and rest[-1].lower().endswith(("шир", "шира", "ширу", "ширі", "широм")):
            return "GB"
        if admin and rest:
            guess = self._region_by_sound(" ".join(rest), admin)
            if guess:
                return guess
        if default:
            return default
        return None if admin else self.country(phrase)

    def _region_names(self, tokens: list[str], rest: list[str]) -> list[str]:
        """Countries of region names in the phrase: the whole phrase first, then the non-admin words."""
        for words in (tokens, rest):
            if not words:
                continue
            for candidate in lemma_candidates(" ".join(words), limit=6):
                entries = [e for e in self._words.get(lookup_key(candidate), []) if e[0] == "region"]
                if entries:
                    return [c for e in entries for c in e[1].split("|")[:1]]
        return []

    def _region_by_sound(self, name: str, countries: list[str]) -> str | None:
        """Which candidate country has an admin1 region or a place sounding like ``name`` (or its stem)."""
        if self._admin1 is None:
            self._admin1 = {}
            for country, key in self.conn.execute("SELECT country, key FROM admin1"):
                self._admin1.setdefault(country, []).append(key)
        best: tuple[float, str | None] = (0.0, None)
        for country in countries:
            keys = self._admin1.get(country, [])
            for stem in adjective_stems(name)[:8]:
                qkey = cyr_key(stem)
                match = process.extractOne(qkey, keys, scorer=fuzz.ratio, score_cutoff=80) if keys else None
                if match and match[1] / 100 > best[0]:
                    best = (match[1] / 100, country)
                place = self.best(stem, country, min_score=0.85)
                if place and place.score > best[0]:
                    best = (place.score, country)
        return best[1]


_GUESSED_FUZZY_MIN = 9
"""A guessed nominative's key shorter than this matches only an equal key."""


def _plausible_phonetic(qkey: str, score: float, guessed: bool, alternate: bool) -> bool:
    """Short keys hit unrelated names easily, most of all through a guessed nominative or an alternate name
    (historical or foreign spellings): those must be long enough, and short guesses must match exactly."""
    if guessed and (len(qkey) < 3 or (score < _PHONETIC_WEIGHT and len(qkey) < _GUESSED_FUZZY_MIN)):
        return False
    return not (alternate and len(qkey) < 6)


def adjective_stems(name: str) -> list[str]:
    """Noun guesses behind a region adjective: "Огрський" -> "Огр", "Огре", "Огра" ..."""
    words = name.split()
    head = words[0] if words else name
    match = re.match(r"(.+?)(?:с|ц|з)ьк(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими)$", head.lower())
    if not match:
        return [name]
    stem = match.group(1)
    soft = {"ц": ["ц", "к"], "з": ["г", "з"], "с": ["с", ""]}[head.lower()[len(stem)]]
    out = [name]
    for tail in soft:
        base = stem + tail
        out += [base, base + "а", base + "е", base + "і", base + "и", base + "о"]
    return list(dict.fromkeys(out))


_PLAIN_WORD = re.compile(r"[А-ЯІЇЄҐа-яіїєґ]+|[A-Za-z]+")
"""A word that every normalization leaves as it is: one script, no apostrophe, dash or accent."""
_COUNTRY_KINDS = frozenset({"cname", "cadj", "cabbr"})
_PLAIN_WORD_TRIMMED = re.compile(r'[ \t\r\n.,;:«»"]*([А-ЯІЇЄҐа-яіїєґ]+|[A-Za-z]+)[ \t\r\n.,;:«»"]*')
"""A plain word with only what :func:`parsers.text.normalize_name` trims around it ("словом.")."""
_TOKEN_BREAK = re.compile(r"[\s,;:()«»\"]+")
_WORD_CHAR = re.compile(r"\w")


def _tokens(phrase: str) -> list[str]:
    return [t for t in _TOKEN_BREAK.split(normalize_name(phrase)) if t and _WORD_CHAR.search(t)]


def _ngrams(length: int, max_words: int) -> Iterable[tuple[int, int]]:
    """Spans of a token list, longest first, leftmost first among equals."""
    for size in range(min(length, max_words), 0, -1):
        for start in range(0, length - size + 1):
            yield start, start + size


def latin_fold(name: str) -> str:
    """Exact-comparison key of a Latin name: accents and case folded ("Łódź" -> "lodz")."""
    folded = unicodedata.normalize("NFD", name.translate(_FOLD_EXACT))
    return name_key("".join(ch for ch in folded if not unicodedata.combining(ch)))


_FOLD_EXACT = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "đ": "d"}
)


_OBLIQUE_ONLY = ("ом", "ем", "єм", "ою", "ею", "єю", "ові", "еві", "єві")


def nominative_guess(span: str) -> str:
    """The span, unless its last word has an ending no nominative has ("Кшиштофовом" -> "Кшиштофов"); of
    a name with a prepositional tail, the head's last word."""
    if fixed := _FIXED_TAIL.search(span):
        return nominative_guess(span[: fixed.start()]) + fixed.group()
    last = _LAST_WORD_BREAKS.split(span)[-1]
    if last.endswith(_OBLIQUE_ONLY) and len(last) > 4:
        candidates = lemma_candidates(span)
        return candidates[1] if len(candidates) > 1 else span
    return span


# Ukrainian letters spelled the way a country's orthography would, for names no gazetteer row fits.
# Keys may be letter groups ("нь" -> PL "ń"); "#" at the end means "at the end of a word", "^" at the start
# "at the start of a word". ``soft`` spells
# я/ю/є after a consonant, where they only soften it (PL "Бяла" -> "Biała").
@dataclass(frozen=True)
class _Orthography:
    letters: dict[str, str]
    soft: dict[str, str]


# fmt: off
_SLAVIC = {"х": "ch", "ц": "c", "в": "v", "й": "j", "і": "i", "ї": "ji", "ґ": "g", "є": "je", "ю": "ju",
           "я": "ja", "ь": "", "и": "y", "г": "h"}
_ORTHOGRAPHIES: dict[str, _Orthography] = {
    "pl": _Orthography(
        {**_SLAVIC, "ш": "sz", "щ": "szcz", "ч": "cz", "ж": "ż", "в": "w", "г": "g", "дж": "dż", "нь": "ń",
         "сь": "ś", "ць": "ć", "зь": "ź", "ув#": "ów", "ьо": "io", "ськ": "sk", "цьк": "ck", "зьк": "zk",
         "ля": "la", "лю": "lu", "лє": "le", "чі#": "cze", "ці#": "ce"},
        {"я": "ia", "ю": "iu", "є": "ie"},
    ),
    "cs": _Orthography(
        {**_SLAVIC, "ш": "š", "щ": "šč", "ч": "č", "ж": "ž", "и": "i", "дж": "dž", "нь": "ň", "ть": "ť",
         "дь": "ď", "ьо": "io"},
        {"я": "ia", "ю": "iu", "є": "ie"},
    ),
    "lt": _Orthography(
        {**_SLAVIC, "ш": "š", "щ": "šč", "ч": "č", "ж": "ž", "г": "g", "дж": "dž", "ьо": "io", "й": "i"},
        {"я": "ia", "ю": "iu", "є": "ie"},
    ),
    "lv": _Orthography(
        {**_SLAVIC, "ш": "š", "щ": "šč", "ч": "č", "ж": "ž", "х": "h", "г": "g", "и": "i", "дж": "dž"},
        {"я": "ja", "ю": "ju", "є": "e"},
    ),
    "de": _Orthography(
        {"ш": "sch", "щ": "schtsch", "ч": "tsch", "ж": "sch", "х": "ch", "ц": "z", "в": "w", "й": "j",
         "и": "i", "і": "i", "ї": "ji", "ґ": "g", "є": "je", "ю": "ju", "я": "ja", "дж": "dsch",
         "ь": "", "з": "s", "с": "s", "ай": "ei", "ей": "ei", "ьо": "ö", "г": "g", "^г": "h", "^шт": "st",
         "^шп": "sp"},
        {"я": "ja", "ю": "ü", "є": "e"},
    ),
    "fr": _Orthography(
        {"ш": "ch", "щ": "chtch", "ч": "tch", "ж": "j", "х": "kh", "ц": "ts", "в": "v", "й": "ï", "и": "i",
         "і": "i", "ї": "ï", "г": "g", "ґ": "g", "є": "ie", "ю": "iou", "я": "ia", "у": "ou", "дж": "dj",
         "ь": "", "ьо": "io"},
        {"я": "ia", "ю": "u", "є": "ie"},
    ),
    "tr": _Orthography(
        {"ш": "ş", "щ": "şç", "ч": "ç", "ж": "j", "х": "h", "ц": "ts", "в": "v", "й": "y", "и": "ı",
         "і": "i", "ї": "yi", "г": "g", "ґ": "g", "є": "ye", "ю": "yu", "я": "ya", "дж": "c", "ь": "",
         "ьо": "ö", "ши": "şi", "чи": "çi", "жи": "ji", "джи": "ci"},
        {"я": "ya", "ю": "ü", "є": "e"},
    ),
    "hu": _Orthography(
        {"ш": "s", "щ": "scs", "ч": "cs", "ж": "zs", "х": "h", "ц": "c", "в": "v", "й": "j", "и": "i",
         "і": "i", "ї": "i", "г": "h", "ґ": "g", "є": "je", "ю": "ju", "я": "ja", "дж": "dzs", "ь": "",
         "с": "sz", "нь": "ny", "дь": "gy", "ть": "ty", "ль": "ly", "ьо": "ö"},
        {"я": "ja", "ю": "ü", "є": "e"},
    ),
    "ro": _Orthography(
        {"ш": "ș", "щ": "șt", "ч": "ci", "че": "ce", "чі": "ci", "ча": "cea", "ж": "j", "х": "h", "ц": "ț",
         "в": "v", "й": "i", "и": "î", "і": "i", "ї": "ii", "г": "g", "ґ": "g", "є": "ie", "ю": "iu",
         "я": "ia", "дж": "gi", "ь": ""},
        {"я": "ia", "ю": "iu", "є": "ie"},
    ),
    "it": _Orthography(
        {"ш": "sci", "щ": "sc", "ч": "ci", "че": "ce", "чі": "ci", "ж": "g", "х": "h", "ц": "z", "в": "v",
         "й": "i", "и": "i", "і": "i", "ї": "i", "г": "g", "ґ": "g", "є": "ie", "ю": "iu", "я": "ia",
         "дж": "gi", "дже": "ge", "джі": "gi", "ь": ""},
        {"я": "ia", "ю": "iu", "є": "ie"},
    ),
    "es": _Orthography(
        {"ш": "sh", "щ": "shch", "ч": "ch", "ж": "zh", "х": "j", "ц": "ts", "в": "v", "й": "y", "и": "i",
         "і": "i", "ї": "yi", "г": "g", "ґ": "g", "є": "ie", "ю": "iu", "я": "ia", "дж": "y", "ь": ""},
        {"я": "ia", "ю": "iu", "є": "ie"},
    ),
    "en": _Orthography(
        {"х": "h", "г": "h", "ґ": "g", "й": "y", "и": "y", "ї": "yi", "є": "ye", "ю": "yu", "я": "ya",
         "дж": "j", "ь": ""},
        {"я": "ia", "ю": "yu", "є": "ie"},
    ),
    "sl": _Orthography(
        {"х": "kh", "г": "h", "й": "y", "и": "i", "ї": "yi", "є": "ye", "ю": "yu", "я": "ya", "дж": "dzh",
         "ь": ""},
        {"я": "ya", "ю": "yu", "є": "ye"},
    ),
}
# fmt: on
_ORTHOGRAPHY_ALIASES = {"et": "lt", "pt": "es", "ko": "en", "ja": "en"}
_CYR_CONSONANTS = set("бвгґджзклмнпрстфхцчшщ")


@lru_cache(maxsize=32)
def _orthography_pattern(lang: str) -> re.Pattern[str]:
    keys = sorted(_ORTHOGRAPHIES[lang].letters, key=len, reverse=True)
    alts = [_orthography_alternative(k) for k in keys]
    return re.compile("|".join(alts) + "|.", re.DOTALL | re.IGNORECASE)


def _orthography_alternative(key: str) -> str:
    """Regex for a table key: "#" at the end means word end, "^" at the start means word start."""
    start, end = key.startswith("^"), key.endswith("#")
    core = re.escape(key[int(start) : len(key) - int(end)])
    return (r"(?<![\w'])" if start else "") + core + (r"(?![\w'])" if end else "")


def name_parts(name: str) -> int:
    """The words of a name, its hyphenated parts counted apart ("Місто-Приміське": two)."""
    return len(re.split(r"[\s-]+", name.strip()))


def derive_latin(name_uk: str, country: str | None) -> str:
    """Spell a Ukrainian-written foreign name the way its country's orthography would (KMU 2010 otherwise)."""
    lang = country_langs(country)[0]
    lang = _ORTHOGRAPHY_ALIASES.get(lang, lang)
    ortho = _ORTHOGRAPHIES.get(lang)
    if ortho is None or not name_uk:
        return translit(name_uk, UkrainianKMU) if name_uk else ""
    text = name_uk.replace(APOSTROPHE, "")
    out: list[str] = []
    prev = ""
    for m in _orthography_pattern(lang).finditer(text):
        token = m.group()
        low = token.lower()
        at_start = m.start() == 0 or not text[m.start() - 1].isalpha()
        repl = ortho.soft.get(low) if prev in _CYR_CONSONANTS else None
        if repl is None and at_start:
            repl = _table_entry(ortho.letters, "^" + low)
        if repl is None:
            repl = _table_entry(ortho.letters, low)
        if repl is None:
            repl = translit(low, UkrainianKMU) if low in _CYR_SIMPLE or low in _CYR_IOTATED else token
        out.append(repl[:1].upper() + repl[1:] if token[:1].isupper() else repl)
        prev = low[-1:]
    return "".join(out)


def _table_entry(letters: dict[str, str], token: str) -> str | None:
    """A table's spelling of a matched token, whichever of its word-start/word-end variants matched."""
    for key in (token, token + "#"):
        if key in letters:
            return letters[key]
    return None


@lru_cache(maxsize=1)
def load_world() -> World:
    """The shared :class:`World`; (re)builds ``data/world.sqlite`` first when it is missing or stale."""
    from parsers.places import build_world  # the builder imports this module's key functions

    if build_world.is_stale(DB_PATH):
        build_world.build(DB_PATH)
    return World(DB_PATH)
