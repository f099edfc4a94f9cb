"""Shortcuts taken for speed answer exactly what the rules they stand for answer.

Each shortcut looks at less of the text than the pattern it replaces (a look-ahead on first letters,
the word right before a name instead of the text before it); these tests keep them in step when the
rules change.
"""

from __future__ import annotations

import random
import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from parsers.facts import evidence, name_context
from parsers.facts.extract import _NEW_BEFORE, _after_new
from parsers.facts.sentences import _word_before_final_dot


def _first_letters(items) -> set[str] | None:
    """The letters a parsed pattern can begin with (None: it can begin with anything). A leading
    ``\\b`` is skipped, and so is a leading optional repeat (a match with it has one without it)."""
    items = list(items)
    while items and (
        items[0][0] is C.AT or (items[0][0] in (C.MAX_REPEAT, C.MIN_REPEAT) and items[0][1][0] == 0)
    ):
        items = items[1:]
    if not items:
        return None
    op, arg = items[0]
    if op is C.LITERAL:
        return {chr(arg).lower()}
    if op is C.IN and all(kind is C.LITERAL for kind, _ in arg):
        return {chr(code).lower() for _, code in arg}
    if op is C.SUBPATTERN:
        return _first_letters(arg[3])
    if op is C.BRANCH:
        letters: set[str] = set()
        for branch in arg[1]:
            found = _first_letters(branch)
            if found is None:
                return None
            letters |= found
        return letters
    return None


def test_every_branch_of_the_exists_pattern_begins_with_a_scanned_letter():
    letters = _first_letters(_parser.parse(evidence._EXISTS.pattern, re.IGNORECASE))
    assert letters is not None
    assert letters <= set(evidence._EXISTS_FIRST_LETTERS)


def test_exists_scan_agrees_with_the_pattern():
    texts = [
        "Міста є побратимами з 2004 року.",
        "Давні друзі відзначили 10 років партнерства.",
        "З 25-річчя побратимства минуло багато часу.",
        "Громади мають угоду про співпрацю.",
        "Новини громади: ремонт дороги.",
        "",
    ]
    for text in texts:
        assert evidence.says_tie_exists(text) == bool(evidence._EXISTS.search(text))


def test_new_before_a_country_word_is_found_at_the_word_before():
    pieces = ["Нова", "Нового", "New", "Нов", "ANew", "xНова", " ", "\n", "\u00a0", "Зеландія", "."]
    rng = random.Random(0)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 7)))
        for start in range(len(text) + 1):
            assert _after_new(text, start) == bool(_NEW_BEFORE.search(text, 0, start))


def test_word_before_a_final_dot_is_the_one_the_pattern_captures():
    rng = random.Random(1)
    for _ in range(5000):
        text = "".join(
            rng.choice(["м", "Вул", "_", "1", ".", " ", "\n", "»", "ї"]) for _ in range(rng.randrange(8))
        )
        found = re.search(r"(\w+)\.$", text)
        assert _word_before_final_dot(text) == (found.group(1) if found else "")


def test_region_word_shortcut_agrees_with_the_genitive_region_pattern():
    pieces = [
        "центр",
        "радою",
        "провінції",
        "ПРОВІНЦІЇ",
        "області",
        "нової",
        " ",
        "\n",
        "району",
        "X",
        "–",
        "штату",
    ]
    rng = random.Random(2)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 7)))
        for start in range(len(text) + 1):
            searched = name_context._GENITIVE_REGION_BEFORE.search(text, max(0, start - 80), start)
            assert name_context._region_word_before(text, start) or searched is None
