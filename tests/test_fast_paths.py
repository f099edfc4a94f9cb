"""Shortcuts taken for speed answer exactly what the rules they stand for answer.

Each shortcut looks at less of the text than the pattern it replaces (a look-ahead on first letters,
the word right before a name instead of the text before it); these tests keep them in step when the
rules change.
"""

from __future__ import annotations

import random
import re

from parsers.facts import cues, evidence, name_context, owner_list
from parsers.facts.extract import _NEW_BEFORE, _after_new
from parsers.facts.sentences import _word_before_final_dot
from parsers.scan import WordGate, first_letter_scan, required_words, word_gated


def test_first_letter_scans_find_the_same_matches():
    originals = [pattern for _, pattern in cues._RELATION_CUES + cues._STATUS_CUES]
    originals += [cues._REFUSAL, owner_list._OPENER]
    scanned = [first_letter_scan(pattern) for pattern in originals]
    texts = [
        "Міста підписали угоду про побратимство ще у 2004 році.",
        "Сторони ПЛАНУЮТЬ підписати меморандум; переговори тривають.",
        "Побратимами міста є X та Y: вони мають партнерів – A, B.",
        "Депутати відмовилися від угоди, договір розірвано.",
        "Новини громади: ремонт дороги.",
        "  Підписати угоду з X до кінця року; готуємо документи.",
        "",
    ]
    assert any(pattern.pattern.startswith("(?=[") for pattern in scanned)  # some get the look-ahead
    assert first_letter_scan(cues._PLANNED).pattern.startswith(r"(?:\A|(?=[")  # a branch opens at ^
    for pattern, original in zip(scanned, originals, strict=True):
        for text in texts:
            for variant in (text, text.lower()):
                assert [(m.span(), m.groups()) for m in pattern.finditer(variant)] == [
                    (m.span(), m.groups()) for m in original.finditer(variant)
                ]


def test_first_letters_are_read_only_where_they_are_sure():
    assert first_letter_scan(re.compile(r"ab|cd")).pattern == "ab|cd"  # re skips to a or c by itself
    assert first_letter_scan(re.compile(r"\bab|cd")).pattern.startswith("(?=[ac])")
    assert first_letter_scan(re.compile(r"\w+ка|ab")).pattern == r"\w+ка|ab"  # any letter may begin it
    assert first_letter_scan(re.compile(r"x?ab")).pattern == "x?ab"
    assert first_letter_scan(re.compile(r"x?ab"), optional_start=True).pattern.startswith("(?=[a])")
    assert first_letter_scan(re.compile(r"(?i:ab)|c")).pattern == "(?i:ab)|c"  # flags inside: left alone
    assert first_letter_scan(re.compile(r"^\s*ab|cd")).pattern == r"(?:\A|(?=[c]))(?:^\s*ab|cd)"
    assert first_letter_scan(re.compile(r"^\s*ab|cd", re.M)).pattern == r"^\s*ab|cd"  # ^ at every line


def test_a_branch_at_the_start_is_still_found_there_and_only_there():
    scan = first_letter_scan(re.compile(r"^\s*ab|cd"))
    assert scan.search("  ab cd").span() == (0, 4)
    assert scan.search("x ab cd").span() == (5, 7)
    assert scan.search("x ab", 1) is None  # ^ is the text's start, not where the search begins
    assert [m.span() for m in scan.finditer("ab cd ab")] == [(0, 2), (3, 5)]


def test_exists_scan_agrees_with_the_pattern():
    assert evidence._EXISTS_SCAN.pattern.startswith("(?=[")
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


def test_the_owners_link_precheck_misses_no_list_the_names_can_form():
    """A sentence the pre-check sets aside has no run of its names that a link ties to the owner."""
    from parsers.facts.extract import _possible_names
    from parsers.facts.links import link_of, may_link_to_the_owner

    pieces = [
        "Громада уклала угоду з ",
        "між нашою громадою та ",
        "місто-побратим ",
        "делегація з ",
        "у ",
        "Торунем",
        "Ольштин",
        "Гданськом",
        ", ",
        " та ",
        " – наш побратим",
        " є нашим містом-партнером",
        " підписали меморандум",
        ".",
    ]
    rng = random.Random(3)
    checked = linked = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(2, 8)))
        names = _possible_names(text)
        runs = [(start, end) for start, _ in names for _, end in names if end > start]
        if any(link_of(text, None, run, own=(None, run[0])) is not None for run in runs):
            linked += 1
            assert may_link_to_the_owner(text, names), text
        checked += 1
    assert linked > 100 and checked - linked > 100  # both kinds of sentences were tried


def test_required_words_are_read_from_every_branch():
    assert required_words(re.compile(r"(?<!не )(?:підпис|уклал)\w*\s+(?:угод|меморандум)")) == {
        "підпис",
        "уклал",
    }
    assert required_words(re.compile(r"(?:ab)+c|\bxyz\w*")) == {"ab", "xyz"}
    assert required_words(re.compile(r"abc|d?")) is None  # a branch that needs no word: no gate
    assert required_words(re.compile(r"(?:abc)?d*")) is None  # an optional part requires nothing
    assert required_words(re.compile(r"(?=abc)\w+")) is None  # a look-ahead's words are not counted
    assert required_words(re.compile(r"abc", re.IGNORECASE)) is None  # a capital would slip past


def test_word_gated_scans_find_the_same_matches():
    patterns = [pattern for _, pattern in cues._RELATION_CUES + cues._STATUS_CUES]
    gated = [word_gated(pattern) for pattern in patterns]
    assert sum(isinstance(scan, WordGate) for scan in gated) >= len(gated) // 2  # most get a gate
    texts = [
        "міста підписали угоду про побратимство ще у 2004 році.",
        "сторони планують підписати меморандум; переговори тривають.",
        "угоду розірвано, а договір з іншим містом продовжили ще на п'ять років.",
        "депутати погодили початок переговорів щодо угоди про партнерство.",
        "новини громади: ремонт дороги.",
        "",
    ]
    for pattern, scan in zip(patterns, gated, strict=True):
        for text in texts:
            assert [m.span() for m in scan.finditer(text)] == [m.span() for m in pattern.finditer(text)]
            assert (scan.search(text) is None) == (pattern.search(text) is None)
            assert (scan.match(text) is None) == (pattern.match(text) is None)
