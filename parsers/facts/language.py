"""Which language an article is written in: the extractor reads Ukrainian only.

Council sites and regional news publish some items in Russian or English. They are stored like any
article, but partnership extraction (its cue words and the Ukrainian morphology dictionary) reads
Ukrainian only, so those articles are detected, counted per run and logged instead of being silently
read as Ukrainian. The test is by letters: Ukrainian has і, ї, є, ґ; Russian has ы, э, ъ, ё; English
text is mostly Latin letters.
"""

from __future__ import annotations

import re

_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN = re.compile(r"[ыэъёЫЭЪЁ]")
_CYRILLIC = re.compile(r"[а-яА-ЯіїєґІЇЄҐыэъёЫЭЪЁ]")
_LATIN = re.compile(r"[a-zA-Z]")
MIN_LETTERS = 200


def text_language(text: str) -> str | None:
    """ "uk", "ru" or "en" for a text with enough letters to tell, else None."""
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if cyrillic + latin < MIN_LETTERS:
        return None
    if latin > 2 * cyrillic:
        return "en"
    if cyrillic < latin:
        return None
    ukrainian, russian = len(_UKRAINIAN.findall(text)), len(_RUSSIAN.findall(text))
    if russian > 2 * ukrainian and russian >= 5:
        return "ru"
    if ukrainian >= 5:
        return "uk"
    return None
