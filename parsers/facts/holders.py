"""Foreign heads named with their holders ("бурмістр X Ім'я Прізвище", "делегація з міста X на чолі з
мером Ім'ям Прізвищем"): a later sentence that names only the holder ("… та пан Прізвище підписали …")
names the head's town through them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.facts.vocabulary import TOWN_HEAD

_NAME = r"[А-ЯІЇЄҐ][\w'’-]+"
_HOLDER = rf"(?P<first>{_NAME})\s+(?P<last>{_NAME})"
"""The holder's first name and surname, in any case."""
_HEAD_WITH_HOLDER = re.compile(
    rf"\b(?:{TOWN_HEAD})\s+(?:міста\s+|ґміни\s+|гміни\s+)?(?P<town>{_NAME})\s+{_HOLDER}"
)
_DELEGATION_LED_BY_HEAD = re.compile(
    rf"\b(?:з|із|[Дд]елегаці\w*)\s+(?:[а-яіїєґ'’-]+\s+)?(?:міста|ґміни|гміни|муніципалітету)\s+(?P<town>{_NAME})"
    rf"[^.!?]{{0,80}}?\b(?:на\s+чолі\s+з|очолил\w*|очолив)\s+(?:{TOWN_HEAD})\s+{_HOLDER}"
)  # "делегація з міста X на чолі з мером Ім'ям Прізвищем", "Делегацію міста X очолив примар Ім'я Прізвище"
# "Гості з X — бурмістр Ім'я Прізвище": the town first, then its head and holder after a dash
_GUESTS_FROM_WITH_HEAD = re.compile(rf"\b(?:з|із)\s+(?P<town>{_NAME})\s*[—–]\s+(?:{TOWN_HEAD})\s+{_HOLDER}")
# "X-ський міський голова Ім'я Прізвище": a hromada's head by the office's adjective
_HROMADA_HEAD_WITH_HOLDER = re.compile(
    rf"\b(?P<town>[А-ЯІЇЄҐ][\w'’-]+(?:ський|цький|зький))\s+(?P<kind>міський|сільський|селищний)\s+голова\s+"
    rf"{_HOLDER}"
)
# "сільський голова Ім'я Прізвище" with no adjective of a hromada before it: on a council's site, its own head
_OWN_HEAD_WITH_HOLDER = re.compile(
    rf"(?<![ськцз]ий )(?<![ськцз]ого )\b(?P<kind>міський|сільський|селищний)\s+голова\s+{_HOLDER}"
)
_HOLDER_AFTER_TITLE = re.compile(rf"\b(?:пан|пані)\s+(?P<last>{_NAME})")
_FIRST_AND_LAST = re.compile(rf"\b(?={_HOLDER})")
"""Every capitalised pair, overlapping ("в X Ім'я Прізвище": the place and the first name are a pair too)."""


@dataclass(frozen=True)
class HeadOfTown:
    """A town's head as the article introduces them: the town as written, where, and the holder's names."""

    town: str
    start: int
    end: int
    first: str
    last: str
    kind: str = ""
    """For a hromada's head: the kind of hromada its office names ("міський": a міська громада)."""


def heads_of_towns(text: str) -> list[HeadOfTown]:
    """Every head of a foreign or Ukrainian town the text introduces with the holder's first name and
    surname (which of the two a town is, the gazetteers tell)."""
    return [
        _head(match)
        for pattern in (_HEAD_WITH_HOLDER, _DELEGATION_LED_BY_HEAD, _GUESTS_FROM_WITH_HEAD)
        for match in pattern.finditer(text)
    ]


def heads_of_hromadas(text: str) -> list[HeadOfTown]:
    """Every hromada's head the text introduces by the office's adjective and the holder's names."""
    return [_head(match, match.group("kind")) for match in _HROMADA_HEAD_WITH_HOLDER.finditer(text)]


def heads_by_office_alone(text: str) -> list[HeadOfTown]:
    """Every hromada's head the text introduces by the office alone ("сільський голова Ім'я Прізвище"):
    on a council's site, the site's hromada's head (the town is left empty)."""
    return [
        HeadOfTown("", match.start(), match.end(), match["first"], match["last"], match["kind"])
        for match in _OWN_HEAD_WITH_HOLDER.finditer(text)
    ]


def _head(match: re.Match[str], kind: str = "") -> HeadOfTown:
    return HeadOfTown(
        match.group("town"),
        match.start("town"),
        match.end("town"),
        match.group("first"),
        match.group("last"),
        kind,
    )


def holder_named(sentence: str, head: HeadOfTown) -> tuple[int, int] | None:
    """Where the sentence names the head's holder by title and surname ("пан Прізвище") or by first name
    and surname, in any case; None when it does not."""
    for match in _HOLDER_AFTER_TITLE.finditer(sentence):
        if _same_name(match.group("last"), head.last):
            return match.start(), match.end()
    for match in _FIRST_AND_LAST.finditer(sentence):
        if _same_name(match.group("first"), head.first) and _same_name(match.group("last"), head.last):
            return match.start(), match.end("last")
    return None


def _same_name(written: str, known: str) -> bool:
    """Two case forms of one person's name: both begin with the shorter one less its last two letters
    (at least three letters), as a short first name and its instrumental do."""
    shorter = min(written, known, key=len).lower()
    stem = shorter[: max(3, len(shorter) - 2)]
    return len(shorter) >= 3 and written.lower().startswith(stem) and known.lower().startswith(stem)
