"""Faster scans of regular expressions that find exactly the same matches.

A pattern whose matches can begin only with a few letters is searched faster with a look-ahead on
those letters: the engine then skips every other character at once. The rules stay written as they
read; :func:`first_letter_scan` derives the scan from the pattern itself, so a rule edit keeps it
exact (``tests/test_fast_paths.py`` checks that the answers stay equal).
"""

from __future__ import annotations

import re
from functools import lru_cache


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
