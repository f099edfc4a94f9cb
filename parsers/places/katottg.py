"""Resolve Ukrainian oblast and hromada names to KATOTTG codes with the shipped codifier.

Names come as the portal writes them ("Кам'янець-Подільська територіальна громада", "Харківська
область"), with any apostrophe, and sometimes under a pre-2024 name; the codifier writes
"Кам’янець-Подільська міська громада". Matching is on :func:`parsers.text.name_key` of the short
name, narrowed by the oblasts named beside it; renamed hromadas go through ``hromada_aliases.csv``.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from parsers.records import UaUnit
from parsers.text import name_key, normalize_name

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
CODIFIER_CSV = DATA_DIR / "ua_admin.csv"
ALIASES_CSV = DATA_DIR / "hromada_aliases.csv"

_HROMADA_SUFFIX = re.compile(
    r"\s+(?:(?P<type>міська|сільська|селищна)\s+)?(?:об'єднана\s+)?(?:територіальна\s+)?"
    r"(?:громада|ОТГ|ТГ|рада)$",
    re.IGNORECASE,
)
_OBLAST_SUFFIX = re.compile(r"\s+(?:область|обл\.?)$", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    """A row of the codifier that pages name: an oblast, a city with special status or a hromada."""

    katottg: str
    level: str
    name_uk: str
    name_short_uk: str
    name_latin: str
    type: str
    oblast_katottg: str
    parent_katottg: str | None
    admin_centre_uk: str | None


@dataclass
class Codifier:
    """Oblasts and hromadas of the codifier, indexed by name key."""

    units: dict[str, Unit] = field(default_factory=dict)
    oblasts_by_key: dict[str, Unit] = field(default_factory=dict)
    hromadas_by_key: dict[str, list[Unit]] = field(default_factory=lambda: defaultdict(list))
    aliases: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    """name key of a former hromada name → codes of the hromadas it became."""

    def oblast(self, name: str) -> UaUnit:
        """Resolve "Хмельницька область", "Хмельницька обл.", "м. Київ" or "Київ"."""
        written = normalize_name(name)
        short = _OBLAST_SUFFIX.sub("", re.sub(r"^м\.\s*", "", written))
        unit = self.oblasts_by_key.get(name_key(short))
        if unit is None:
            return UaUnit(name_as_written=written, katottg=None, name_uk=written, level=None)
        return UaUnit(
            written, unit.katottg, unit.name_uk, "city" if unit.type.startswith("місто") else "oblast"
        )

    def hromada(self, name: str, oblast_codes: frozenset[str] = frozenset()) -> UaUnit:
        """Resolve a hromada name; among same-name hromadas keep those in ``oblast_codes``. A hromada's
        own code among them (the site's owner) wins over its namesakes first.

        Returns an unresolved unit (katottg None) when nothing or more than one candidate fits.
        """
        written = normalize_name(name)
        match = _HROMADA_SUFFIX.search(written)
        short = written[: match.start()] if match else written
        kind = (match["type"] or "").lower() if match else ""
        key = name_key(short)
        candidates = list(self.hromadas_by_key.get(key, []))
        if not candidates:
            candidates = [self.units[code] for code in self.aliases.get(key, []) if code in self.units]
        if kind and len(candidates) > 1:
            candidates = [unit for unit in candidates if unit.type == kind] or candidates
        if oblast_codes and len(candidates) > 1:
            candidates = [unit for unit in candidates if unit.katottg in oblast_codes] or candidates
        if oblast_codes and len(candidates) > 1:
            candidates = [unit for unit in candidates if unit.oblast_katottg in oblast_codes] or candidates
        if oblast_codes and len(candidates) > 1:  # the codes may name raions too: two namesakes of one oblast
            candidates = [unit for unit in candidates if unit.parent_katottg in oblast_codes] or candidates
        if len(candidates) != 1:
            return UaUnit(name_as_written=written, katottg=None, name_uk=written, level=None)
        unit = candidates[0]
        return UaUnit(written, unit.katottg, unit.name_uk, "hromada")


def _read_units(path: Path) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["level"] not in ("oblast", "hromada"):
                continue
            units[row["katottg"]] = Unit(
                katottg=row["katottg"],
                level=row["level"],
                name_uk=normalize_name(row["name_uk"]),
                name_short_uk=normalize_name(row["name_short_uk"]),
                name_latin=row["name_latin"],
                type=row["type"],
                oblast_katottg=row["oblast_katottg"],
                parent_katottg=row["parent_katottg"] or None,
                admin_centre_uk=normalize_name(row["admin_centre_uk"]) or None,
            )
    return units


_RAION_PREFIX = len("UA0000")
"""A code's first characters: the country, the oblast's two digits and the raion's two."""


@lru_cache(maxsize=1)
def raion_prefixes_by_key(path: Path = CODIFIER_CSV) -> dict[str, frozenset[str]]:
    """Every raion's code prefix, by the key of its short name ("звенигородський"): the code of a
    hromada or settlement of the raion begins with it. A name two oblasts' raions share has both."""
    prefixes: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["level"] == "raion":
                prefixes[name_key(row["name_short_uk"])].add(row["katottg"][:_RAION_PREFIX])
    return {key: frozenset(codes) for key, codes in prefixes.items()}


@lru_cache(maxsize=1)
def raion_codes_by_key(path: Path = CODIFIER_CSV) -> dict[str, frozenset[str]]:
    """Every raion's code, by the key of its short name; a name two oblasts' raions share has both."""
    codes: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["level"] == "raion":
                codes[name_key(row["name_short_uk"])].add(row["katottg"])
    return {key: frozenset(found) for key, found in codes.items()}


def same_raion(katottg: str, other: str) -> bool:
    """The two units lie in one raion."""
    return katottg[:_RAION_PREFIX] == other[:_RAION_PREFIX]


def in_raion(katottg: str, prefixes: frozenset[str]) -> bool:
    """The unit of this code lies in one of the raions of these prefixes."""
    return katottg[:_RAION_PREFIX] in prefixes


def _read_aliases(path: Path) -> dict[str, list[str]]:
    aliases: dict[str, list[str]] = defaultdict(list)
    if not path.exists():
        return aliases
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            aliases[name_key(row["former_name_short_uk"])].append(row["katottg"])
    return aliases


@lru_cache(maxsize=1)
def load_codifier(path: Path = CODIFIER_CSV, aliases_path: Path = ALIASES_CSV) -> Codifier:
    """Load the shipped codifier once per process."""
    codifier = Codifier(units=_read_units(path), aliases=_read_aliases(aliases_path))
    for unit in codifier.units.values():
        if unit.level == "oblast":
            codifier.oblasts_by_key[name_key(_OBLAST_SUFFIX.sub("", unit.name_uk))] = unit
        else:
            codifier.hromadas_by_key[name_key(unit.name_short_uk)].append(unit)
    return codifier
