"""Faster scans of regular expressions that find exactly the same matches.

A pattern whose matches can begin only with a few letters is searched faster with a look-ahead on
those letters: the engine then skips every other character at once. The rules stay written as they
read; :func:`first_letter_scan` derives the scan from the pattern itself, so a rule edit keeps it
exact (``tests/test_fast_paths.py`` checks that the answers stay equal).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
        anchored = _anchored_branches_apart(items, pattern.flags)
        letters = _first_letters(anchored if anchored is not None else items, optional_start)
        if not letters or (anchored is None and _starts_with_letters(items)):
            return pattern  # re skips to those letters by itself when every branch starts with one
        ahead = "".join(sorted(re.escape(letter) for letter in letters))
        if anchored is not None:  # branches tied to the text's start are tried there only
            return re.compile(rf"(?:\A|(?=[{ahead}]))(?:{pattern.pattern})", pattern.flags)
        return re.compile(f"(?=[{ahead}])(?:{pattern.pattern})", pattern.flags)
    except (ImportError, re.error, TypeError, ValueError, AttributeError, IndexError):
        return pattern


def _anchored_branches_apart(items: list, flags: int) -> list | None:
    """The pattern without its branches that open at the text's start (``^…|…``), when it has such
    branches and others: those match at position 0 only, so the scan tries them there and reads the
    first letters of the rest. None when no branch is anchored, or ``^`` also means a line's start."""
    from re import _constants as c  # type: ignore[attr-defined]

    if flags & re.MULTILINE or len(items) != 1 or items[0][0] is not c.BRANCH:
        return None
    starts = (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
    branches = items[0][1][1]
    rest = [branch for branch in branches if not (branch and branch[0][0] is c.AT and branch[0][1] in starts)]
    if len(rest) in (0, len(branches)):
        return None
    return [(c.BRANCH, (None, rest))]


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


class WordGate:
    """A scan searched only in texts that hold one of the words every match contains: a substring
    test in C skips most sentences at once, where the pattern's many branches would each walk them.
    Answers as the scan does (a match lies inside the text, so no such word there means no match)."""

    __slots__ = ("scan", "words", "pattern", "flags")

    def __init__(self, scan: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.scan = scan
        self.words = words
        self.pattern = scan.pattern
        self.flags = scan.flags

    def may_match(self, text: str) -> bool:
        return any(word in text for word in self.words)

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.scan.search(text, *bounds) if self.may_match(text) else None

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.scan.match(text, *bounds) if self.may_match(text) else None

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        return self.scan.finditer(text, *bounds) if self.may_match(text) else iter(())


@lru_cache(maxsize=1024)
def word_gated(pattern: re.Pattern[str], optional_start: bool = False) -> WordGate | re.Pattern[str]:
    """:func:`first_letter_scan` of ``pattern``, searched only where one of the words its every match
    must contain occurs (:func:`required_words`); the scan itself when no such words can be read."""
    scan = first_letter_scan(pattern, optional_start)
    words = required_words(pattern)
    return WordGate(scan, tuple(sorted(words))) if words else scan


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words of which every match of ``pattern`` contains at least one, read from the pattern: for each
    branch its longest run of letters outside any optional part or look-around. None when some branch
    has no such run, or the pattern ignores case (a lowercase word would miss a capital)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _parser  # type: ignore[attr-defined]

        return _sequence_words(list(_parser.parse(pattern.pattern, pattern.flags)))
    except (ImportError, re.error, TypeError, ValueError, AttributeError, IndexError):
        return None


def _sequence_words(items: list) -> frozenset[str] | None:
    """The most telling requirement of a sequence: a run of literal letters, or a part's own words;
    the one whose shortest word is longest (a longer word is rarer in text)."""
    from re import _constants as c  # type: ignore[attr-defined]

    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            found.append(frozenset(["".join(run)]))
            run = []
        if op is not None and (words := _item_words(op, arg)) is not None:
            found.append(words)
    return max(found, key=lambda words: (min(map(len, words)), -len(words))) if found else None


def _item_words(op, arg) -> frozenset[str] | None:  # noqa: ANN001 (re's parser types are private)
    """Words one parsed item requires: a group's, every branch's (None when one has none), a repeat's
    taken at least once; look-arounds, anchors and character classes require none."""
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.SUBPATTERN:
        _, add_flags, del_flags, inner = arg
        return None if add_flags or del_flags else _sequence_words(list(inner))
    if op is c.BRANCH:
        words: set[str] = set()
        for branch in arg[1]:
            found = _sequence_words(list(branch))
            if found is None:
                return None
            words |= found
        return frozenset(words)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, _, inner = arg
        return _sequence_words(list(inner)) if low >= 1 else None
    return None
