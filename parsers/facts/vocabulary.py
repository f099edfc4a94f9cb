"""One vocabulary for partnerships: the words for a tie, and the one adjective test.

The council gate (which articles are read at all), the cue reader (relation and status) and the
pairing (what links two places) all ask these questions; they ask them here, so a word added for
one is known to all. Stems are lowercase and matched inside words, so every inflected form counts
("побратимами", "побратимство", "побратимських").
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.text import normalize_name

# Words that name a tie, by the relation they name, most specific first.
RELATION_STEMS: dict[str, tuple[str, ...]] = {
    "twinning": ("побрат", "поріднен"),
    "intent": ("намір", "декларац"),
    "memorandum": ("меморандум",),
    "partnership": ("партнер",),
    "cooperation": ("співпрац", "співробітн", "угод", "договор", "договір"),
}
# Words for a relationship that are a tie only when the text links two places with them.
BOND_STEMS: tuple[str, ...] = (
    "дружб",
    "зв'яз",
    "відносин",
    "переговор",
    "перемовин",
    "домовленіст",
    "домовленост",
)

TIE_STEMS: tuple[str, ...] = tuple(stem for stems in RELATION_STEMS.values() for stem in stems)
# The look-ahead at the stems' first letters lets a scan skip other characters fast (a page of one
# 2 MB line); it matches exactly what the stems alone match.
_FIRST_LETTERS = "".join(sorted({stem[0] + stem[0].upper() for stem in TIE_STEMS}))
TIE_WORD = re.compile(f"(?=[{_FIRST_LETTERS}])(?:{'|'.join(TIE_STEMS)})", re.IGNORECASE)
"""Any word for a tie, anywhere in a text (matched inside words)."""
TIE_OR_BOND_WORD = re.compile(r"\b(?:" + "|".join((*TIE_STEMS, *BOND_STEMS)) + r")[\w']*", re.IGNORECASE)
"""A whole word for a tie or a relationship."""


@lru_cache(maxsize=1024)
def first_letter_scan(pattern: re.Pattern[str], optional_start: bool = False) -> re.Pattern[str]:
    """``pattern`` with a look-ahead on the letters its matches begin with, read from the pattern
    itself: the scan then skips other characters fast, and finds the same matches (a match can begin
    nowhere else). ``optional_start`` also reads past a leading optional repeat (``\\S*word``): the
    answer to "is there a match" stays the same, not where it begins. A pattern whose first letters
    cannot be read is returned as it is. Memoized: the same pattern gives the same scan object."""
    try:
        from re import _parser  # type: ignore[attr-defined]  # re's own parser (Python 3.11+)

        items = list(_parser.parse(pattern.pattern, pattern.flags))
        letters = _first_letters(items, optional_start)
        if not letters or _starts_with_letters(items):
            return pattern  # re skips to those letters by itself when every branch starts with one
        ahead = "".join(sorted(re.escape(letter) for letter in letters))
        return re.compile(f"(?=[{ahead}])(?:{pattern.pattern})", pattern.flags)
    except (ImportError, re.error, TypeError, ValueError, AttributeError, IndexError):
        return pattern


def _starts_with_letters(items: list) -> bool:
    """Every branch of the pattern starts with a letter as written: re's own prefix scan covers it."""
    from re import _constants as c  # type: ignore[attr-defined]

    if not items:
        return False
    op, arg = items[0]
    if op is c.BRANCH:
        return all(branch and branch[0][0] is c.LITERAL for branch in arg[1])
    return op is c.LITERAL


def _first_letters(items: list, optional_start: bool) -> set[str] | None:
    """The characters a parsed pattern's match begins with (None: any, or not known)."""
    from re import _constants as c  # type: ignore[attr-defined]

    zero_width = (c.AT, c.ASSERT, c.ASSERT_NOT)
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))
    while items and (
        items[0][0] in zero_width or (optional_start and items[0][0] in repeats and items[0][1][0] == 0)
    ):
        items = items[1:]
    if not items:
        return None
    op, arg = items[0]
    if op is c.LITERAL:
        return {chr(arg)}
    if op is c.IN:
        return {chr(code) for _, code in arg} if all(kind is c.LITERAL for kind, _ in arg) else None
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, inner = arg
        return None if add_flags or del_flags else _first_letters(list(inner), optional_start)
    if op is c.BRANCH:
        letters: set[str] = set()
        for branch in arg[1]:
            found = _first_letters(list(branch), optional_start)
            if found is None:
                return None
            letters |= found
        return letters
    return None


def names_a_tie(text: str) -> bool:
    """The text uses a word for a tie: the first, cheapest test of every reader."""
    return bool(TIE_WORD.search(text))


def names_a_bond(text: str) -> bool:
    """The text uses a word for a relationship ("зв'язки", "відносини"), a tie only with a link."""
    return bool(_BOND_WORD.search(text))


_BOND_WORD = re.compile(
    f"(?=[{''.join(sorted({stem[0] + stem[0].upper() for stem in BOND_STEMS}))}])(?:{'|'.join(BOND_STEMS)})",
    re.IGNORECASE,
)


@lru_cache(maxsize=100_000)
def is_adjective(word: str) -> bool:
    """The dictionary reads ``word`` as an adjective in some reading ("польським", "Сквирський",
    "Оломоуцького"). A hyphenated word is one only as a compound adjective ("польсько-українського");
    "Бяла-Подляська" is a town whose name ends in an adjective."""
    from parsers.morphology import parses

    word = normalize_name(word).lower().strip("'-")
    parts = word.split("-")
    if len(parts) > 1:  # "польсько-українського": linking -о- parts, then an adjective
        return all(part.endswith("о") for part in parts[:-1]) and is_adjective(parts[-1])
    return word[:1].isalpha() and any("ADJF" in parse.tag for parse in parses(word))


_RELATIONAL = ("ський", "цький", "зький")
ADJ = r"[\w'-]+(?:ськ|цьк|зьк)\w*"
"""Where a place adjective may stand inside a phrase pattern ("з польським містом", "Сквирський
міський голова"); phrase patterns use it to find their words, :func:`is_place_adjective` decides on a
single word. Prefix ``(?=[а-яіїєґ])`` or ``(?=[А-ЯІЇЄҐ])`` for the case the phrase needs."""


@lru_cache(maxsize=100_000)
def is_place_adjective(word: str) -> bool:
    """An adjective made from a place or a people ("польським", "Сквирський", "Оломоуцьким"): the
    dictionary reads it as an adjective whose normal form is a -ський/-цький/-зький one. Such a word
    alone is never a place's name; an adjective-shaped town name ("Широке") is not one of them, nor
    a town whose name ends in an adjective ("Бяла-Подляська")."""
    from parsers.morphology import parses

    word = normalize_name(word).lower().strip("'-")
    parts = word.split("-")
    if len(parts) > 1:  # "польсько-українського": linking -о- parts, then an adjective
        return all(part.endswith("о") for part in parts[:-1]) and is_place_adjective(parts[-1])
    return bool(word) and any(
        "ADJF" in parse.tag and parse.normal_form.endswith(_RELATIONAL) for parse in parses(word)
    )


# What follows a word: other capitalised words coordinated with it, then the next lowercase word.
_NEXT_LOWERCASE_WORD = re.compile(r"(?:\s*(?:,|та|і|й)\s+[А-ЯІЇЄҐ][\w'’-]*)*\s+([а-яіїєґ][\w'’-]*)")


def modifies_a_noun(text: str, end: int) -> bool:
    """A capitalised word that ends at ``end`` stands as an adjective: a noun (or an adjective before
    one) follows it, maybe after other capitalised words coordinated with it ("X-ська та Y-ська
    громади", "X-ська міська рада"). The genitive of a town whose name reads like an adjective ("мер
    X-ська", "з мерами A, X-ська та B") is followed by no noun, so it stands as the town's name."""
    from parsers.morphology import parses

    match = _NEXT_LOWERCASE_WORD.match(text, end)
    if match is None:
        return False
    return any(parse.tag.POS in ("NOUN", "ADJF") for parse in parses(match.group(1)))


@lru_cache(maxsize=100_000)
def _is_finite_verb(word: str) -> bool:
    from parsers.morphology import parses

    return parses(word)[0].tag.POS == "VERB"


def has_finite_verb(text: str) -> bool:
    """The text has a word the dictionary reads first as a finite verb ("співпрацює", "має"): a clause
    of its own, not an item of a list."""
    return any(_is_finite_verb(word) for word in re.findall(r"\b[а-яіїєґ'’]+\b", text))
