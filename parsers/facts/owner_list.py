"""A hromada's own list of partners: "X має побратимів: A, B (Країна), C та два українські міста – D, E".

Such a list names one Ukrainian side (before the list, or the article's own hromada) and every
partner after it, foreign and domestic. Domestic entries are that side's domestic partners, never
Ukrainian sides of the foreign entries. A list that belongs to somebody else (a foreign town's own
twins: a foreign name between the list word and the colon) is not ours and gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A plural word for partners or agreements, then a colon, a dash or "є" that opens the list.
_OPENER = re.compile(
    r"(?P<tie>"
    r"\b(?:має|мають|мало|мала|налічує|налічують)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:побратим\w*|партнер(?:ів|ами|и)\b|міст\w*-(?:побратим|партнер)\w*|громад\w*-(?:побратим|партнер)\w*)"
    r"|\b(?:побратимами|партнерами)\b"
    r"|\b(?:побратими|партнери|міста-(?:побратим|партнер)и|громади-(?:побратим|партнер)и)(?=\s+[^—–:]{0,40}:)"
    r"|\b(?:міста|містами|громади|громадами)-(?:побратим|партнер)\w*"
    r"|\b(?:угод\w*|договор\w*|зв'яз\w*|відносин\w*)\s+(?:[\w'-]+\s+){0,2}?з\s+(?:\d+|[а-яіїєґ']+)\s+"
    r"(?:[а-яіїєґ'-]+\s+)?(?:міст(?:ами|ечками)|громадами|ґмінами|гмінами|муніципалітетами|партнерами)\b"
    r")"
    r"(?P<rest>[^.;:—–]{0,80}?)(?P<open>:|\s[—–]|\bє\b)",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[А-ЯІЇЄҐA-Z][\w'-]+")
_PLURAL_OPENER = re.compile(r"побратимами|партнерами", re.IGNORECASE)


@dataclass(frozen=True)
class OwnerList:
    """Where a partner list opens in a sentence, and what precedes it."""

    tie_start: int
    """Where the list's word for partners begins (the side is named before it or inside it)."""
    tie_end: int
    list_start: int
    """Where the entries begin."""
    twinning: bool
    """The list is of twins ("побратими"), not of other partners."""


def owner_list_in(text: str) -> OwnerList | None:
    """The sentence's own partner list, if it has one.

    "побратимами міста є" must be followed by "є" (a list of twins in the instrumental is otherwise
    somebody's twins in a longer phrase); the other openers take a colon or a spaced dash.
    """
    for match in _OPENER.finditer(text):
        if _PLURAL_OPENER.fullmatch(match.group("tie")) and match.group("open").lower() != "є":
            continue
        if match.group("open").lower() == "є" and not _PLURAL_OPENER.fullmatch(match.group("tie")):
            continue
        tie = match.group("tie").lower()
        return OwnerList(
            tie_start=match.start(),
            tie_end=match.end("tie"),
            list_start=match.end(),
            twinning="побратим" in tie or "поріднен" in tie,
        )
    return None


def names_inside(text: str, listing: OwnerList) -> list[tuple[int, int]]:
    """Capitalised words between the list word and the list: the list's owner when written there
    ("Міста-побратими X:"), or somebody else's."""
    return [
        (m.start() + listing.tie_end, m.end() + listing.tie_end)
        for m in _CAPITALISED.finditer(text[listing.tie_end : listing.list_start])
    ]
