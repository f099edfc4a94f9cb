"""Which language an article is written in: the extractor reads Ukrainian only.

Council sites and regional news publish some items in Russian or English. They are stored like any
article, but partnership extraction (its cue words and the Ukrainian morphology dictionary) reads
Ukrainian only, so those articles are detected, counted per run and logged instead of being silently
read as Ukrainian. The test is by letters: Ukrainian has і, ї, є, ґ; Russian has ы, э, ъ, ё; English
text is mostly Latin letters.
"""

from __future__ import annotations

import string

_UKRAINIAN = "іїєґІЇЄҐ"
_RUSSIAN = "ыэъёЫЭЪЁ"
_CYRILLIC = "".join(map(chr, range(ord("А"), ord("я") + 1))) + "іїєґІЇЄҐёЁ"  # А-Я and а-я are adjacent
_LATIN = string.ascii_letters
MIN_LETTERS = 200


def _count(text: str, letters: str) -> int:
    """How many of the text's characters are among ``letters`` (one C scan per letter: a regex
    ``findall`` over a 2 MB page took a third of a second)."""
    return sum(map(text.count, letters))


def text_language(text: str) -> str | None:
    """ "uk", "ru" or "en" for a text with enough letters to tell, else None."""
    cyrillic = _count(text, _CYRILLIC)
    latin = _count(text, _LATIN)
    if cyrillic + latin < MIN_LETTERS:
        return None
    if latin > 2 * cyrillic:
        return "en"
    if cyrillic < latin:
        return None
    ukrainian, russian = _count(text, _UKRAINIAN), _count(text, _RUSSIAN)
    if russian > 2 * ukrainian and russian >= 5:
        return "ru"
    if ukrainian >= 5:
        return "uk"
    return None
