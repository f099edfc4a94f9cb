"""The one name and text normalization used everywhere (parsers, gazetteer, storage, search).

Real articles spell the same name several ways: three apostrophes (’ ʼ '), a spaced dash inside
hyphenated names ("Кам’янцем – Подільським"), decomposed letters, stress marks copied from dictionaries
("Батумі" with an acute on the у), and Latin letters that look like Cyrillic ones typed into a Cyrillic
word (a Latin "c").
Everything that compares names goes through :func:`normalize_name` and :func:`name_key`, so there is one
rule to change. Both are memoized per name: the extractor asks them about the same words again and again.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHE = "'"
"""The single apostrophe stored in normalized names (pymorphy3's dictionaries use it too)."""

_APOSTROPHES = re.compile("[’ʼ‘`´ʹ′＇\u02bb]")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u2009\u200a]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Inside a name any dash, spaced or not, is a hyphen: "Кам'янець – Подільський".
_DASH_IN_NAME = re.compile(r"\s*[–—]\s*|\s+-\s*|\s*-\s+")
_SOFT_HYPHENS = re.compile("[‐‑]")
_CYRILLIC_LETTER = "\u0400-\u04ff"
# A stress mark (combining acute or grave) on a Cyrillic letter; precomposed stressed е and и as well.
_STRESS = re.compile(f"(?<=[{_CYRILLIC_LETTER}])[\u0300\u0301]+")
_STRESSED = str.maketrans({"ѐ": "е", "Ѐ": "Е", "ѝ": "и", "Ѝ": "И"})
_STRESSED_LETTER = re.compile("[ѐЀѝЍ]")
# Latin letters that look exactly like Cyrillic ones; replaced only inside words that also hold Cyrillic.
_LOOK_ALIKE = str.maketrans("aceiopxyABCEHIKMOPTX", "асеіорхуАВСЕНІКМОРТХ")
_MIXED = re.compile(f"[{_CYRILLIC_LETTER}][a-zA-Z]|[a-zA-Z][{_CYRILLIC_LETTER}]")
_WORD = re.compile(r"\w+")


def normalize_text(text: str) -> str:
    """NFC, one apostrophe, no zero-width characters or stress marks, single spaces: safe for free text."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _STRESS.sub("", text)
    if _STRESSED_LETTER.search(text):  # a search is much cheaper than a translate of the whole text
        text = text.translate(_STRESSED)
    if _MIXED.search(text):
        text = _WORD.sub(_fix_look_alikes, text)
    text = _APOSTROPHES.sub(APOSTROPHE, text)
    text = _SOFT_HYPHENS.sub("-", text)
    return _SPACES.sub(" ", text)


def _fix_look_alikes(match: re.Match[str]) -> str:
    """A word mixing scripts is a Cyrillic word with Latin look-alikes typed in ("Бyдапешт", a Latin y)."""
    word = match.group()
    if not _MIXED.search(word):
        return word
    return word.translate(_LOOK_ALIKE)


@lru_cache(maxsize=200_000)
def normalize_name(name: str) -> str:
    """A place or tag name as stored: normalized text, spaced dashes inside the name joined, trimmed."""
    name = normalize_text(name).strip(' \t\r\n.,;:«»"')
    return _DASH_IN_NAME.sub("-", name)


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The comparison key of a name: lowercase, no apostrophes, hyphens and spaces folded to one space."""
    key = normalize_name(name).lower().replace(APOSTROPHE, "")
    key = re.sub(r"[\s\-–—]+", " ", key)
    return key.strip()


def clean_line(line: str) -> str:
    """A visible text line: normalized text without leading and trailing blanks."""
    return normalize_text(line).strip()
