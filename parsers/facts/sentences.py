"""Split Ukrainian news text into sentences with their character offsets.

Evidence for a fact is "the sentence that states it", so offsets are kept. Abbreviations common in
Ukrainian local news ("м.", "с.", "смт", "вул.", "р.", "ім.", initials "В. Марченко") do not end a
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import TypeVar

from parsers.facts.vocabulary import UNIT_ABBREVIATIONS

_ABBREVIATIONS = frozenset(
    [
        *UNIT_ABBREVIATIONS,
        "сел",
        "вул",
        "просп",
        "пл",
        "обл",
        "р",
        "рр",
        "ім",
        "див",
        "напр",
        "тис",
        "млн",
        "млрд",
        "грн",
        "дол",
        "коп",
        "св",
        "проф",
        "акад",
        "доц",
        "д",
        "ст",
        "п",
        "пп",
        "т",
        "ін",
        "ін.",
        "тел",
        "каб",
        "корп",
        "буд",
        "кв",
        "пров",
        "бульв",
    ]
)
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"»”)]*\s+(?=[\"«“(]*[A-ZА-ЯІЇЄҐ0-9])|\n+")


def _inside_brackets(text: str, start: int, end: int) -> bool:
    """A full stop inside brackets opened in this sentence ("(рум. X)", "(нім. X)") ends no sentence."""
    return text.count("(", start, end) > text.count(")", start, end)


def _inside_a_short_title(text: str, start: int, end: int) -> bool:
    """A full stop inside a name in guillemets opened in this sentence and closed a few words on, with
    no other stop before the close («Re:Build Ukraine. Local Level»): a title's, not a sentence's end."""
    if (
        text.count("«", start, end) <= text.count("»", start, end)
        or text.rfind("«", start, end) < end - _SHORT_TITLE_TAIL
    ):
        return False  # no quote open here, or one opened long before: a quoted sentence, not a name
    close = text.find("»", end, end + _SHORT_TITLE_TAIL)
    return close != -1 and not re.search(r"[.!?]", text[end + 1 : close])


_SHORT_TITLE_TAIL = 40


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each with its span. A line break ends a sentence, except inside
    a list laid out in lines: after a line that ends with a colon, lines that end with a semicolon
    continue it ("… з такими громадами:\nПольща – A, B;\nЛитва – C.")."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if "\n" not in match.group(0) and (
            _ends_with_abbreviation(text[start : match.start()])
            or _LINE_NUMBER_AT_END.search(text, start, match.start())
            or _inside_brackets(text, start, match.start())
            or _inside_a_short_title(text, start, match.start())
        ):
            continue  # "м. X", a list item's number at a line's start ("\n1. X"), "(рум. X)", "«X. Y»"
        if "\n" in match.group(0) and _continues_a_list(text[start : match.start()]):
            continue
        _append(sentences, text, start, match.start())
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


_LINE_NUMBER_AT_END = re.compile(r"(?<![^\n])[ \t]*(?:(?:Етап|Розділ|Стадія|Частина)[ \t]+)?\d{1,2}\.$")
"""A list item's or a part's number, alone at the start of its line ("1.", "Етап 2."): its text follows it."""


def _continues_a_list(chunk: str) -> bool:
    """The chunk so far opens a list at a line's end (":") or is inside one (a line ending in ";"
    after such an opener): the next line is the list's next item."""
    stripped = chunk.rstrip()
    if stripped.endswith(":"):
        return "\n" not in stripped  # the opener is the chunk's first line
    return stripped.endswith(";") and bool(re.search(r":\s*\n", stripped))


def _ends_with_abbreviation(chunk: str) -> bool:
    token = _word_before_final_dot(chunk.rstrip('"»”)'))
    if not token:
        return False
    return token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isupper())


def _word_before_final_dot(text: str) -> str:
    """The word that ``re.search(r"(\\w+)\\.$", text)`` would capture ("" when none), read back from
    the end instead of searched for from the start of a whole sentence."""
    if text.endswith("\n"):
        text = text[:-1]  # "$" also matches before a final line break
    if not text.endswith("."):
        return ""
    end = begin = len(text) - 1
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
        begin -= 1
    return text[begin:end]


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + chunk.index(stripped)
        sentences.append(Sentence(offset, offset + len(stripped), stripped))


_TERMINAL = re.compile(r"[.!?…][\"»”)]*$")


def join_sentences(sentences: list[str]) -> str:
    """Evidence as one text: each sentence ends as a sentence, so a headline (which has no full
    stop) is never read as the start of the lead that follows it."""
    return " ".join(
        text if _TERMINAL.search(text) or index == len(sentences) - 1 else f"{text}."
        for index, text in enumerate(sentence.strip() for sentence in sentences)
    )


_Answer = TypeVar("_Answer")
_SENTENCE_MEMO = 4096
_LONGEST_KEPT = 2000
"""A longer text (a page without sentence breaks) is answered anew each time: memory stays bounded."""


def per_sentence(question: Callable[[str], _Answer]) -> Callable[[str], _Answer]:
    """Keep a pure question's answers for the last sentences asked about: one sentence is asked by
    several steps (its own facts, the sentence after it, the gate that decides whether it is read).
    The answers are the question's own, so nothing of one article reaches another."""
    kept = lru_cache(maxsize=_SENTENCE_MEMO)(question)

    @wraps(question)
    def ask(text: str) -> _Answer:
        return kept(text) if len(text) <= _LONGEST_KEPT else question(text)

    return ask
