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

_APOSTROPHE_CHARS = "’ʼ‘`´ʹ′＇\u02bb"
_APOSTROPHES = re.compile(f"[{_APOSTROPHE_CHARS}]")
_SPACE_CHARS = " \t\u00a0\u2007\u202f\u2009\u200a"
_SPACES = re.compile(f"[{_SPACE_CHARS}]+")
# A space run that folding changes: any blank but a plain space, or two blanks in a row.
_UNEVEN_SPACES = re.compile(f"[{_SPACE_CHARS[1:]}]| [{_SPACE_CHARS}]")
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
# Inside a name any dash, spaced or not, is a hyphen: "Кам'янець – Подільський".
_DASH_IN_NAME = re.compile(r"\s*[–—]\s*|\s+-\s*|\s*-\s+")
_SOFT_HYPHEN_CHARS = "‐‑"
_SOFT_HYPHENS = re.compile(f"[{_SOFT_HYPHEN_CHARS}]")
_CYRILLIC_LETTER = "\u0400-\u04ff"
# A stress mark (combining acute or grave) on a Cyrillic letter; precomposed stressed е and и as well.
_STRESS = re.compile(f"(?<=[{_CYRILLIC_LETTER}])[\u0300\u0301]+")
_STRESSED_CHARS = "ѐЀѝЍ"
_STRESSED = str.maketrans(dict(zip(_STRESSED_CHARS, "еЕиИ", strict=True)))
# Any character that one of the rewrites below changes: most text has none, and then a single scan
# replaces six passes (a page of one 2 MB line is normalized several times).
_RARE = re.compile(
    f"[{_ZERO_WIDTH_CHARS}\u0300\u0301{_STRESSED_CHARS}{_APOSTROPHE_CHARS}{_SOFT_HYPHEN_CHARS}]"
)
# Latin letters that look exactly like Cyrillic ones; replaced only inside words that also hold Cyrillic.
_LOOK_ALIKE = str.maketrans("aceiopxyABCEHIKMOPTX", "асеіорхуАВСЕНІКМОРТХ")
_MIXED = re.compile(f"[{_CYRILLIC_LETTER}][a-zA-Z]|[a-zA-Z][{_CYRILLIC_LETTER}]")
# The same test, faster on long text: only text with a Cyrillic letter is looked at, and only its Latin
# letters are tested for a Cyrillic neighbour.
_CYRILLIC = re.compile(f"[{_CYRILLIC_LETTER}]")
_LATIN_BESIDE_CYRILLIC = re.compile(f"[a-zA-Z](?:(?<=[{_CYRILLIC_LETTER}].)|(?=[{_CYRILLIC_LETTER}]))")
# Anything at all for the rewrites below to change, in one scan: a short line is most often normal
# already (on long Latin text the separate scans are faster).
_ANY_CHANGE = re.compile(f"{_RARE.pattern}|{_UNEVEN_SPACES.pattern}|{_LATIN_BESIDE_CYRILLIC.pattern}")
_SHORT = 200
_WORD = re.compile(r"\w+")


def normalize_text(text: str) -> str:
    """NFC, one apostrophe, no zero-width characters or stress marks, single spaces: safe for free text."""
    text = unicodedata.normalize("NFC", text)
    if len(text) < _SHORT and not _ANY_CHANGE.search(text):
        return text
    rare = _RARE.search(text) is not None
    if rare:
        text = _ZERO_WIDTH.sub("", text)
        text = _STRESS.sub("", text).translate(_STRESSED)
    if _CYRILLIC.search(text) and _LATIN_BESIDE_CYRILLIC.search(text):
        text = _WORD.sub(_fix_look_alikes, text)
    if rare:
        text = _APOSTROPHES.sub(APOSTROPHE, text)
        text = _SOFT_HYPHENS.sub("-", text)
    return _SPACES.sub(" ", text) if _UNEVEN_SPACES.search(text) else text


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
    return _DASH_IN_NAME.sub("-", name) if _DASH.search(name) else name


_DASH = re.compile("[-–—]")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The comparison key of a name: lowercase, no apostrophes, hyphens and spaces folded to one space."""
    key = normalize_name(name).lower().replace(APOSTROPHE, "")
    return " ".join(key.replace("-", " ").replace("–", " ").replace("—", " ").split())


def clean_line(line: str) -> str:
    """A visible text line: normalized text without leading and trailing blanks."""
    return normalize_text(line).strip()
