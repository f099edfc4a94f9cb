"""Build ``data/ua_forms.sqlite``: every case form of every KATOTTG place name, for
:mod:`parsers.places.ua_places`.

News text names places in all seven cases ("у Тростянці", "Кам'янцем-Подільським", "Ізюмської громади").
Inflecting at run time would be slow, so this script asks pymorphy3 once for every codifier name and stores
surface form -> units. The finder then needs no morphology: it looks token sequences up in a dict.

Tables: ``units`` (settlements S, hromadas H, oblasts O, cities with special status K), ``forms`` (name
key of a surface form -> comma-separated entries such as ``S123``, ``S77p``, ``H12``, ``O3``, ``R3``) and
``meta``.
Entry kinds: S settlement (or K city) form, H hromada adjective form, O oblast adjective form, R regional
name of an oblast ("Чернігівщина"); ``p`` marks a surface form that is also a person name.

Run ``python -m parsers.places.build_ua_places`` to rebuild by hand; :func:`ensure_built` rebuilds on
first use.
"""

from __future__ import annotations

import csv
import itertools
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from parsers.text import APOSTROPHE, name_key, normalize_name

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
CODIFIER_CSV = DATA_DIR / "ua_admin.csv"
ALIASES_CSV = DATA_DIR / "hromada_aliases.csv"
REGIONS_CSV = DATA_DIR / "ua_region_names.csv"
COUNTRIES_CSV = DATA_DIR / "countries.csv"
FORMS_DB = DATA_DIR / "ua_forms.sqlite"
SCHEMA_VERSION = "9"
SOURCES = (CODIFIER_CSV, ALIASES_CSV, REGIONS_CSV, Path(__file__))

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
SETTLEMENT_RANK = {"місто": 3, "селище": 2, "село": 1}
HROMADA_RANK = {"міська": 3, "селищна": 2, "сільська": 1}
PERSON = frozenset({"Surn", "Name", "Patr"})
FLAG_COMMON, FLAG_PERSON, FLAG_COUNTRY, FLAG_FIRST_NAME = 1, 2, 4, 8
"""Unit flags: the name is also a common word, a person name, a country name (such villages need a cue), or
a first name in particular (a town named like a first name: not a town when a surname follows)."""

_ARCHAIC_ADJ = ("ая", "яя", "ую", "юю", "еє", "єє")
"""Long poetic adjective endings pymorphy3 lists ("білая"): never written in news, so not indexed."""
_FEM_ADJ_HARD = ("а", "ої", "ій", "у", "ою")
_NEUTER_TOWN = re.compile(r"([А-ЯІЇЄҐ][а-яіїєґ']+(?:ов|ев|єв|ин|ін))е")
_FEM_ADJ_SOFT = ("я", "ьої", "ій", "ю", "ьою")


def _parses(word: str) -> tuple[Any, ...]:
    """The dictionary's readings of a word: the project's one analyzer and its memo
    (:func:`parsers.morphology.parses`), so a word the extractor has asked about is not parsed again."""
    from parsers.morphology import parses

    return parses(word)


def _is_dictionary(parse: Any) -> bool:
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def _is_toponym_layout(parse: Any) -> bool:
    """VESUM proper nouns carry their gender (or Pltm) on the lexeme: "NOUN,femn,inan nomn"."""
    lexeme = str(parse.tag).split(" ")[0].split(",")
    return any(g in lexeme for g in ("masc", "femn", "neut", "Pltm"))


def _is_person(parse: Any) -> bool:
    """A surname, first name or patronymic, or a singular animate noun (the dictionary tags the first
    name only as that)."""
    grammemes = parse.tag.grammemes
    return bool(PERSON & grammemes) or (
        parse.tag.POS == "NOUN" and "anim" in grammemes and "plur" not in grammemes
    )


def _is_first_name(parse: Any) -> bool:
    grammemes = parse.tag.grammemes
    return "Name" in grammemes or (_is_person(parse) and not {"Surn", "Patr"} & grammemes)


def _noun_parses(word: str) -> list[Any]:
    """Nominative noun readings of a name part, best first; surname and first-name readings left out."""
    found = [p for p in _parses(word) if p.tag.POS == "NOUN" and "nomn" in p.tag and "Dist" not in p.tag]
    plain = [p for p in found if not PERSON & p.tag.grammemes]
    found = sorted(plain, key=lambda p: (not _is_dictionary(p), not _is_toponym_layout(p)))
    if not found:
        return []
    number = "plur" if "plur" in found[0].tag else "sing"
    return [p for p in found if ("plur" in p.tag) == (number == "plur")]


def _adj_parses(word: str) -> list[Any]:
    return [p for p in _parses(word) if p.tag.POS == "ADJF" and "nomn" in p.tag]


def _agreement(parse: Any) -> tuple[str | None, str]:
    number = "plur" if "plur" in parse.tag else "sing"
    return (None if number == "plur" else parse.tag.gender), number


def _forms_by_case(parses: list[Any], gender: str | None, number: str, pos: str) -> dict[str, set[str]]:
    """All case forms of the given lexemes in one number (and gender, for adjectives)."""
    out: dict[str, set[str]] = {case: set() for case in CASES}
    for parse in parses:
        for form in parse.lexeme:
            tag = form.tag
            if pos != tag.POS or tag.case not in out or (number == "plur") != ("plur" in tag):
                continue
            if pos == "ADJF" and number == "sing" and tag.gender != gender:
                continue
            if "Dist" in tag or (pos == "ADJF" and form.word.endswith(_ARCHAIC_ADJ)):
                continue
            out[tag.case].add(form.word)
    if pos == "NOUN" and number == "sing":
        # "на Бузі": a masculine name in -г takes -зі in the locative, which the dictionary may lack
        out["loct"] |= {nom[:-1] + "зі" for nom in out["nomn"] if nom.endswith("г") and len(nom) > 2}
    return out


def _suffix_forms(word: str) -> dict[str, set[str]] | None:
    """Productive toponym endings, for the few words pymorphy3 neither knows nor predicts."""
    rules: list[tuple[str, tuple[str, ...]]] = [
        ("ка", ("ка", "ки", "ці", "ку", "кою", "ці")),
        ("а", ("а", "и", "і", "у", "ою", "і")),
        ("ів", ("ів", "ова", "ову", "ів", "овом", "ові")),
        ("їв", ("їв", "єва", "єву", "їв", "євом", "єві")),
        ("ськ", ("ськ", "ська", "ську", "ськ", "ськом", "ську")),
        ("цьк", ("цьк", "цька", "цьку", "цьк", "цьком", "цьку")),
        ("не", ("не", "ного", "ному", "не", "ним", "ному")),
        ("ве", ("ве", "вого", "вому", "ве", "вим", "вому")),
        ("ці", ("ці", "ців", "цям", "ці", "цями", "цях")),
        ("ичі", ("ичі", "ичів", "ичам", "ичі", "ичами", "ичах")),
    ]
    for ending, endings in rules:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            return {case: {stem + end} for case, end in zip(CASES, endings, strict=True)}
    return None


_IV_ENDINGS = {"gent": "а", "datv": "у", "ablt": "ом", "loct": "і"}


def _add_the_other_vowel_of_iv(word: str, forms: dict[str, set[str]]) -> None:
    """A name in "-ів" after a consonant declines with "о" or "е" by its history (one "-ів" town takes
    "-ова", another "-ева"), which the dictionary's guess cannot tell: both are kept, as a town named
    in the text is better read as Ukrainian than as a foreign sound-alike."""
    if not re.search(r"[бвгґджзклмнпрстфхцчшщ]ів$", word) or len(word) < 5:
        return
    stem = word[:-2]
    for case, ending in _IV_ENDINGS.items():
        forms.setdefault(case, set()).update({stem + "ов" + ending, stem + "ев" + ending})


@dataclass
class _Part:
    word: str
    nouns: list[Any]
    adjs: list[Any]
    forms: dict[str, set[str]] | None = None


def _split_parts(name: str) -> tuple[list[str], list[str]]:
    """Lowercase parts of a name and the separators between them (' ' or '-')."""
    pieces = re.split(r"([\s-]+)", normalize_name(name).lower())
    words = pieces[0::2]
    seps = ["-" if "-" in sep else " " for sep in pieces[1::2]]
    return words, seps


def _head_index(parts: list[_Part]) -> int | None:
    """The noun the other parts agree with: the first noun that cannot be an adjective, else the last noun.

    "Стара Вижівка" -> Вижівка, "Нова Ушиця" -> Ушиця, "Автономна Республіка Крим" -> Республіка.
    """
    nouns = [i for i, part in enumerate(parts) if part.nouns]
    pure = [i for i in nouns if not parts[i].adjs]
    if pure:
        return pure[0]
    return nouns[-1] if nouns else None


def _analyse(words: list[str], seps: list[str]) -> list[_Part]:
    """Decide how every part of a name declines: as the head noun, an agreeing adjective, or not at all.

    Nouns after the head across a space are genitives or appositions and stay as written ("Республіки Крим",
    "Перше Травня"); a non-final hyphen part in -о is a combining form ("Івано-", "Ново-") and stays too.
    """
    parts = [_Part(w, _noun_parses(w), _adj_parses(w)) for w in words]
    if len(parts) == 1:
        part = parts[0]
        if part.nouns:
            part.forms = _forms_by_case(part.nouns, *_agreement(part.nouns[0]), "NOUN")
            _add_the_other_vowel_of_iv(part.word, part.forms)
        elif part.adjs:
            part.forms = _forms_by_case(part.adjs[:1], *_agreement(part.adjs[0]), "ADJF")
        else:
            part.forms = _suffix_forms(part.word)
        return parts
    head = _head_index(parts)
    if head is None:
        return parts
    gender, number = _agreement(parts[head].nouns[0])
    for i, part in enumerate(parts):
        agreeing = [p for p in part.adjs if _agreement(p) == (gender, number)]
        fixed_noun = i > head and seps[i - 1] == " "
        combining = i < len(parts) - 1 and seps[i] == "-" and part.word.endswith("о")
        if combining:
            continue
        if agreeing and i != head:
            part.forms = _forms_by_case(agreeing, gender, number, "ADJF")
        elif part.nouns and not fixed_noun:
            part.forms = _forms_by_case(part.nouns, *_agreement(part.nouns[0]), "NOUN")
    if number == "plur":
        _add_the_zero_genitive(parts[head])
    return parts


def _add_the_zero_genitive(part: _Part) -> None:
    """A plural town name in "-и" after a hard consonant often takes no ending in the genitive ("X-ети":
    "X-ет"), where the dictionary's guess for an unknown word gives "-ів"; both are kept. Only for names
    of two words or more, where the whole name is matched."""
    if part.forms and re.search(r"[бвгґджзклмнпрстфх]и$", part.word) and len(part.word) > 4:
        part.forms["gent"].add(part.word[:-1])


def _join(words: list[str], seps: list[str]) -> str:
    out = words[0]
    for sep, word in zip(seps, words[1:], strict=True):
        out += sep + word
    return out


def inflect_name(name: str, limit: int = 64) -> set[str]:
    """All case forms of a place name as name keys: "Стара Вижівка" -> {"стара вижівка", "старої вижівки",
    ...}.

    Hyphenated names also get the colloquial form with only the last part declined ("Кам'янець-Подільському").
    """
    words, seps = _split_parts(name)
    parts = _analyse(words, seps)
    keys = {name_key(name)}
    for case in CASES:
        choices = [sorted(p.forms[case]) if p.forms and p.forms[case] else [p.word] for p in parts]
        for combo in itertools.islice(itertools.product(*choices), limit):
            keys.add(name_key(_join(list(combo), seps)))
        if "-" in seps and parts[-1].forms and parts[-1].forms[case]:
            for last in parts[-1].forms[case]:
                keys.add(name_key(_join(words[:-1] + [last], seps)))
    return {key for key in keys if key}


def fem_adjective_forms(adjective: str) -> set[str]:
    """Singular case forms of a feminine adjective name, only the last hyphen part declining.

    "Кам'янець-Подільська" -> "кам'янець-подільської", ... as name keys. Hromada and oblast names are
    regular adjectives, so a suffix rule is exact here.
    """
    name = normalize_name(adjective)
    head, _, last = name.rpartition("-")
    prefix = head + "-" if head else ""
    if last.endswith("а"):
        stem, endings = last[:-1], _FEM_ADJ_HARD
    elif last.endswith("я"):
        stem, endings = last[:-1], _FEM_ADJ_SOFT
    else:
        return {name_key(name)}
    return {name_key(prefix + stem + ending) for ending in endings}


def region_forms(name: str) -> set[str]:
    """Case forms of a regional name ("Чернігівщина", "Закарпаття"); feminine -а nouns by rule if unknown."""
    keys = inflect_name(name)
    if len(keys) == 1 and name.endswith("а"):
        stem = normalize_name(name)[:-1]
        keys |= {name_key(stem + end) for end in ("и", "і", "у", "ою")}
    return keys


def derived_region_names(oblast_short: str) -> list[str]:
    """The productive regional noun of an oblast adjective: Київська -> Київщина, Вінницька -> Вінниччина."""
    if oblast_short.endswith("цька"):
        return [oblast_short[: -len("цька")] + "ччина"]
    if oblast_short.endswith("ська"):
        return [oblast_short[: -len("ська")] + "щина"]
    return []


def _word_flags(word: str) -> int:
    """Whether a one-word name is also an ordinary word or a person name (then villages need a cue)."""
    flags = 0
    for parse in _parses(word):
        if not _is_dictionary(parse):
            continue
        grammemes = parse.tag.grammemes
        if _is_person(parse):
            flags |= FLAG_PERSON | (FLAG_FIRST_NAME if _is_first_name(parse) else 0)
        elif (parse.tag.POS != "NOUN" or not _is_toponym_layout(parse)) and (
            "nomn" in grammemes or parse.tag.case is None
        ):
            flags |= FLAG_COMMON
    return flags


def name_flags(name: str, countries: frozenset[str]) -> int:
    """Flags of a settlement name; multi-word and hyphenated names are distinctive enough to carry none."""
    key = name_key(name)
    flags = FLAG_COUNTRY if key in countries else 0
    words, _ = _split_parts(name)
    if len(words) == 1:
        flags |= _word_flags(words[0])
    return flags


@lru_cache(maxsize=400_000)
def surface_person_flags(key: str) -> str:
    """ "p" for a one-word surface form that pymorphy3 also reads as a surname, first name or patronymic,
    "pf" when a first name in particular; "" otherwise."""
    if " " in key:
        return ""
    parses = [p for p in _parses(key) if _is_dictionary(p) and PERSON & p.tag.grammemes]
    if not parses:
        return ""
    return "pf" if any(_is_first_name(p) for p in parses) else "p"


PERSON_NOUN, FIRST_NAME, SURNAME = 1, 2, 4


@lru_cache(maxsize=20_000)
def word_person_kind(key: str) -> int:
    """Bits: SURNAME (a surname or patronymic), FIRST_NAME, PERSON_NOUN (a singular animate noun only: "мер",
    but also a first name, which the dictionary does not tag). The finder's test of the
    words beside a place name."""
    kind = 0
    for parse in _parses(key):
        if not _is_dictionary(parse):
            continue
        grammemes = parse.tag.grammemes
        if {"Surn", "Patr"} & grammemes:
            kind |= SURNAME
        elif "Name" in grammemes:
            kind |= FIRST_NAME
        elif _is_person(parse):
            kind |= PERSON_NOUN
    return kind


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _country_keys() -> frozenset[str]:
    keys: set[str] = set()
    for row in _read_csv(COUNTRIES_CSV):
        for column in ("name_uk_cldr", "name_uk_geonames"):
            if row.get(column):
                keys.add(name_key(row[column]))
    return frozenset(keys)


def _former_settlement_names(former_hromada: str) -> list[str]:
    """Former town names behind a renamed hromada: "X-ська" (named after a town renamed since) -> "X".

    One-word guesses ("Червоноградська" -> "Червоноград") are kept only when pymorphy3 knows them as a
    proper noun, so no invented word enters the index.
    """
    name = normalize_name(former_hromada)
    if "-" in name and name.endswith("ська"):
        return [name[:-1] + "ий"]
    out = []
    for ending, replacements in (("ська", ("ськ", "")), ("цька", ("цьк", "ць"))):
        if name.endswith(ending):
            for replacement in replacements:
                guess = name[: -len(ending)] + replacement
                parses = _parses(guess.lower())
                if any(_is_dictionary(p) and _is_toponym_layout(p) and "nomn" in p.tag for p in parses):
                    out.append(guess)
    return out


class _Index:
    """Units and surface forms collected while building."""

    def __init__(self) -> None:
        self.units: list[tuple[Any, ...]] = []
        self.by_code: dict[str, int] = {}
        self.forms: dict[str, list[str]] = defaultdict(list)

    def add_unit(self, row: tuple[Any, ...]) -> int:
        self.by_code[row[0]] = len(self.units)
        self.units.append(row)
        return len(self.units) - 1

    def add_forms(self, keys: set[str], kind: str, idx: int, person_check: bool = False) -> None:
        for key in keys:
            flag = surface_person_flags(key) if person_check else ""
            entry = f"{kind}{idx}{flag}"
            if entry not in self.forms[key]:
                self.forms[key].append(entry)


def _unit_row(row: dict[str, str], kind: str, rank: int, flags: int) -> tuple[Any, ...]:
    """(katottg, kind, name_uk, type, rank, is_admin_centre, hromada code, hromada name, oblast code,
    oblast name, flags)."""
    is_k = kind == "K"
    hromada = row["katottg"] if kind in ("H", "K") else row["hromada_katottg"]
    hromada_name = row["name_uk"] if kind in ("H", "K") else row["hromada_name_uk"]
    return (
        row["katottg"],
        kind,
        normalize_name(row["name_uk"]),
        row["type"],
        rank,
        1 if row["is_admin_centre"] == "1" else 0,
        hromada or None,
        normalize_name(hromada_name) or None,
        row["katottg"] if is_k else row["oblast_katottg"],
        normalize_name(row["name_uk"] if is_k else row["oblast_name_uk"]),
        flags,
    )


def _add_codifier(index: _Index, rows: list[dict[str, str]], countries: frozenset[str]) -> None:
    for row in rows:
        level, name = row["level"], row["name_uk"]
        if row["category"] == "K":
            idx = index.add_unit(_unit_row(row, "K", 4, name_flags(name, countries)))
            index.add_forms(inflect_name(name), "S", idx)
            index.add_forms(fem_adjective_forms(_k_adjective(name)), "H", idx)
        elif level == "oblast":
            idx = index.add_unit(_unit_row(row, "O", 0, 0))
            _add_oblast_forms(index, idx, row)
        elif level == "hromada":
            idx = index.add_unit(_unit_row(row, "H", HROMADA_RANK.get(row["type"], 0), 0))
            index.add_forms(fem_adjective_forms(row["name_short_uk"]), "H", idx)
        elif level == "settlement":
            flags = name_flags(name, countries)
            idx = index.add_unit(_unit_row(row, "S", SETTLEMENT_RANK.get(row["type"], 0), flags))
            index.add_forms(inflect_name(name), "S", idx, person_check=True)
            if row["type"] == "місто":
                index.add_forms(noun_style_forms(name), "S", idx, person_check=True)


def noun_style_forms(name: str) -> set[str]:
    """A town named like a neuter adjective ("-ове", "-ине") is declined as a noun in speech and much
    news, besides its standard forms: genitive "-ова", locative "-ові"."""
    match = _NEUTER_TOWN.fullmatch(normalize_name(name))
    if match is None:
        return set()
    stem = match.group(1)
    return {name_key(stem + "а"), name_key(stem + "і")}


def _k_adjective(city: str) -> str:
    """ "Київ" -> "Київська", "Севастополь" -> "Севастопольська": for "Київська міська рада"."""
    return normalize_name(city) + "ська"


def _add_oblast_forms(index: _Index, idx: int, row: dict[str, str]) -> None:
    short = normalize_name(row["name_short_uk"])
    if " " in short:  # Автономна Республіка Крим
        index.add_forms(inflect_name(short), "R", idx)
        return
    index.add_forms(fem_adjective_forms(short), "O", idx)
    for region in derived_region_names(short):
        index.add_forms(region_forms(region), "R", idx)


def _add_aliases(index: _Index) -> None:
    """Former hromada names, and the former town names they imply, point at the renamed units."""
    for row in _read_csv(ALIASES_CSV):
        idx = index.by_code.get(row["katottg"])
        if idx is None:
            continue
        index.add_forms(fem_adjective_forms(row["former_name_short_uk"]), "H", idx)
        centre = _admin_centre(index, idx)
        written = (
            [row["former_town_uk"]] if row.get("former_town_uk") else []
        )  # when the rule cannot guess it
        for former in [*_former_settlement_names(row["former_name_short_uk"]), *written]:
            if centre is not None:
                index.add_forms(inflect_name(former), "S", centre)


def _admin_centre(index: _Index, hromada_idx: int) -> int | None:
    code = index.units[hromada_idx][0]
    for i, unit in enumerate(index.units):
        if unit[1] == "S" and unit[6] == code and unit[5] == 1:
            return i
    return None


def _add_regions(index: _Index) -> None:
    """Irregular regional names from ``ua_region_names.csv`` (Закарпаття, Буковина, ...)."""
    oblast_by_name = {name_key(u[2]): i for i, u in enumerate(index.units) if u[1] == "O"}
    for row in _read_csv(REGIONS_CSV):
        idx = oblast_by_name.get(name_key(row["oblast_name_uk"]))
        if idx is not None:
            index.add_forms(region_forms(row["name_uk"]), "R", idx)


def _write(index: _Index, out_path: Path) -> None:
    """Write to a temporary file and move it in place, so concurrent readers never see half a database."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=out_path.name, suffix=".tmp", dir=out_path.parent)
    os.close(fd)
    try:
        with sqlite3.connect(tmp_name) as db:
            db.execute(
                "CREATE TABLE units (idx INTEGER PRIMARY KEY, katottg TEXT, kind TEXT, name_uk TEXT,"
                " type TEXT, rank INTEGER, is_admin_centre INTEGER, hromada_katottg TEXT,"
                " hromada_name_uk TEXT, oblast_katottg TEXT, oblast_uk TEXT, flags INTEGER)"
            )
            rows = ((i, *unit) for i, unit in enumerate(index.units))
            db.executemany("INSERT INTO units VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            db.execute("CREATE TABLE forms (key TEXT PRIMARY KEY, entries TEXT)")
            forms = ((key, ",".join(entries)) for key, entries in index.forms.items())
            db.executemany("INSERT INTO forms VALUES (?,?)", forms)
            max_tokens = max(key.count(" ") + 1 for key in index.forms)
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            meta = [("version", SCHEMA_VERSION), ("max_tokens", str(max_tokens))]
            db.executemany("INSERT INTO meta VALUES (?,?)", meta)
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, out_path)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)


def _fix_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The codifier writes ’; everything downstream uses the one ASCII apostrophe."""
    return [{k: (v or "").replace("’", APOSTROPHE) for k, v in row.items()} for row in rows]


def build(csv_path: Path = CODIFIER_CSV, out_path: Path = FORMS_DB) -> Path:
    """Inflect every codifier name and write the forms database; returns its path."""
    index = _Index()
    _add_codifier(index, _fix_rows(_read_csv(csv_path)), _country_keys())
    _add_aliases(index)
    _add_regions(index)
    _write(index, out_path)
    return out_path


def is_stale(db_path: Path = FORMS_DB) -> bool:
    """Missing, older than any source it is built from, or of an older schema."""
    if not db_path.exists():
        return True
    built = db_path.stat().st_mtime
    if any(src.exists() and src.stat().st_mtime > built for src in SOURCES):
        return True
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.Error:
        return True
    return row is None or row[0] != SCHEMA_VERSION


def ensure_built(db_path: Path = FORMS_DB) -> Path:
    """Build the forms database when needed (about a minute, once), saying so on stderr."""
    if is_stale(db_path):
        print(f"pobratym: building {db_path.name} from {CODIFIER_CSV.name} (once)...", file=sys.stderr)
        build(out_path=db_path)
    return db_path


def main() -> None:
    started = time.perf_counter()
    path = build()
    print(f"built {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
