"""Whether a text names a place whose name is known: every case form of a name keeps the name's start.

Two strengths of one idea. :func:`case_stem` with :func:`names_stem` is strict: the steps that look
for a partner named again in another sentence (a later denial, a proposal turned down, the story of its
signing) act on what they find. :func:`may_name` is loose: it only decides whether a sentence is worth
resolving, so it may say yes too often but never no when the sentence names the place."""

from __future__ import annotations

import os
import re

_UNIT_WORD = re.compile(r"^(?:ґміна|гміна|місто|громада)\s+", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[А-ЯІЇЄҐ][\w'’-]*")
_SHORTEST = 4
"""A shorter name is its own stem: fewer letters would begin too many other words."""


def case_stem(name: str | None) -> str:
    """The start every case form of a place name keeps: its first word (the first part of a hyphenated
    one, if that is a word of its own) without the last two letters, at least four letters, lower case;
    "" for a name too short to tell."""
    word = _UNIT_WORD.sub("", (name or "").strip()).split(" ")[0]
    first = word.split("-")[0]
    word = first if len(first) >= _SHORTEST else word
    if len(word) < _SHORTEST:
        return ""
    return word[: max(_SHORTEST, len(word) - 2)].lower()


def case_stems(name: str | None) -> set[str]:
    """:func:`case_stem`, and for a name whose last vowel drops in its other cases ("-ець": "Y-ьцем",
    "-ок": "Y-ком") the start those cases keep."""
    stems = {case_stem(name)} - {""}
    word = (name or "").strip().split(" ")[0]
    for ending, oblique in _FLEETING_VOWEL:
        if word.lower().endswith(ending) and len(word) - len(ending) + len(oblique) >= _SHORTEST:
            stems.add((word[: -len(ending)] + oblique).lower())
    return stems


_FLEETING_VOWEL = (("ець", "ьц"), ("ок", "к"))


def names_stem(text: str, stem: str) -> bool:
    """The text has a capitalised word that begins with the stem (a case form of the name)."""
    return bool(stem_positions(text, stem))


def stem_positions(text: str, stem: str) -> list[int]:
    """Where the text's capitalised words that begin with the stem (case forms of the name) start."""
    if not stem:
        return []
    return [word.start() for word in _CAPITALISED.finditer(text) if word.group(0).lower().startswith(stem)]


def same_name_word(one: str, other: str) -> bool:
    """Two words are case forms of one word of a place's name: they differ in their last two letters at
    most and share three ("Гора", "Гори"); short name words decline as surnames' longer stems do not."""
    one, other = one.lower(), other.lower()
    shared = len(os.path.commonprefix([one, other]))
    return shared >= 3 and shared >= max(len(one), len(other)) - 2


def same_surname(one: str, other: str) -> bool:
    """Two lowercased words are case forms of one surname: one begins as the other does, bar at most its
    last three letters, and they share at least four."""
    shared = len(os.path.commonprefix([one, other]))
    return shared >= max(4, min(len(one), len(other)) - 1) and abs(len(one) - len(other)) <= 3


def may_name(text: str, name: str) -> bool:
    """The sentence may resolve a place of this name: it has a capitalised word that begins as the
    name does and is no longer than a case form of it. (Only Cyrillic names are remembered: a name in
    Latin letters is read as a partner of its sentence alone, see ``Extractor._latin_places``.)"""
    stem = _unchanging_start(name)
    longest = len(name.split(" ")[0].split("-")[0]) + _LONGEST_ENDING
    return any(
        len(word) <= longest and _folded(word).startswith(stem) for word in _CAPITALISED_WORD.findall(text)
    )


# The start of a name that no case form changes is the start of its first word before the word's last
# vowel, with the letters a Ukrainian spelling of a foreign name varies in folded together.
_NAME_PREFIX = 3
_LONGEST_ENDING = 4
_FOLD = str.maketrans(
    {"ґ": "г", "х": "г", "є": "е", "э": "е", "і": "и", "ї": "и", "й": "и", "'": "", "’": ""}
)
_VOWELS = frozenset("аеиоуюяь")
_CAPITALISED_WORD = re.compile(r"(?<![\w'’])[А-ЯІЇЄҐ][\w'’]*")


def _folded(text: str) -> str:
    return text.lower().translate(_FOLD)


def _unchanging_start(name: str) -> str:
    """The first letters of a name's first word before its last vowel, folded: inflection changes a
    word's ending and the vowel of its last syllable (a nominative's "і" that becomes "о"), not what
    comes before them, and never the first letter (a short word that opens with its one vowel, "Як",
    keeps it: otherwise every sentence would seem to name it)."""
    word = _folded(name).replace("-", " ").split(" ")[0]
    last_vowel = max((i for i, letter in enumerate(word) if letter in _VOWELS), default=len(word))
    return word[: min(_NAME_PREFIX, max(1, last_vowel))]
