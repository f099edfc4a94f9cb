"""Compile the foreign gazetteer and the country/region word tables into ``data/world.sqlite``.

Run as ``python -m parsers.places.build_world``; :func:`parsers.places.world.load_world` also runs it
when the database is missing or older than any source. Declension happens here, once, so that lookups
are plain index hits: every Cyrillic place name, country name, country adjective and region word is
expanded to its case forms
(pymorphy3 where it knows the word, productive Ukrainian endings for foreign names it does not know).
"""

from __future__ import annotations

import csv
import gzip
import os
import re
import sqlite3
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import product
from pathlib import Path

import pymorphy3

from parsers.places.world import (
    DATA_DIR,
    DB_PATH,
    cyr_key,
    latin_fold,
    latin_keys,
    lookup_key,
)
from parsers.text import normalize_name

PLACES_GZ = DATA_DIR / "world_places.csv.gz"
COUNTRIES_CSV = DATA_DIR / "countries.csv"
COUNTRY_FORMS_CSV = DATA_DIR / "country_forms.csv"
ADJECTIVES_CSV = DATA_DIR / "country_adjectives.csv"
REGIONS_CSV = DATA_DIR / "foreign_regions.csv"
ADMIN1_UK_CSV = DATA_DIR / "admin1_uk.csv"
"""Ukrainian names of first-level regions (Poland's voivodeships), ours before the gazetteer's: it leaves
some without one and names others by an older name than the one Ukrainian texts use."""
SOURCES = (
    PLACES_GZ,
    ADMIN1_UK_CSV,
    COUNTRIES_CSV,
    COUNTRY_FORMS_CSV,
    ADJECTIVES_CSV,
    REGIONS_CSV,
    Path(__file__),
    Path(__file__).with_name("world.py"),
    Path(__file__).with_name("correspondences.py"),  # fold_latin, applied at build time
)

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
Forms = dict[str, dict[str, bool]]
"""case -> {lowercase form: weak}. Weak forms are plausible guesses ranked below sure ones."""

# Parts of compound foreign names that never take Ukrainian endings ("Сен-X", "X-де-Y").
_INVARIANT_WORDS = (
    "де ді да ду дю дель делла ла ле лес ль л лос лас ель сюр су сен сент сан "
    "санкт сант санта сао ам ан ім ін об ен бад фон ван дер ден оп ауф бай он і та й ет ал аль нью"
)
_INVARIANT = frozenset(_INVARIANT_WORDS.split())
_HUSHING = set("жчшщ")
_ALTERNATION = {"г": "з", "к": "ц", "х": "с"}
_VOWELS = set("аеєиіїоуюя")
_CONSONANTS = set("бвгґджзклмнпрстфхцчшщ")
_ADJ_ENDINGS = (
    "ський",
    "цький",
    "зький",
    "ська",
    "цька",
    "зька",
    "ське",
    "цьке",
    "зьке",
    "ські",
    "цькі",
    "зькі",
)
_LEADING_ADMIN = re.compile(
    r"\b(?:voivodeship|county|province|region|municipality|district|rajons|novads|kraj|megye|län|fylke|"
    r"prefecture|department|state|of|the|autonomous|community)\b",
    re.IGNORECASE,
)


def _add(forms: Forms, case: str, form: str, weak: bool = False) -> None:
    """Record a form; a sure form is never downgraded to weak."""
    bucket = forms.setdefault(case, {})
    bucket[form] = bucket.get(form, True) and weak


def _indeclinable(word: str) -> Forms:
    return {case: {word: False} for case in CASES}


def _masculine(word: str, forms: Forms) -> None:
    """Second-declension endings of a consonant-final foreign name ("Хелм", "Фромборк", "Лодзь")."""
    last, stem = word[-1], word[:-1]
    if last == "й":
        endings = {"gent": ["я", "ю"], "datv": ["єві", "ю"], "ablt": ["єм"], "loct": ["ї", "єві"]}
        base = stem
    elif last == "ь":
        endings = {"gent": ["я", "ю"], "datv": ["еві", "ю"], "ablt": ["ем"], "loct": ["і"]}
        base = stem
    elif last in _HUSHING or last == "ц":
        endings = {"gent": ["а", "у"], "datv": ["еві", "у"], "ablt": ["ем"], "loct": ["і", "еві"]}
        base = word
    else:
        endings = {"gent": ["а", "у"], "datv": ["ові", "у"], "ablt": ["ом"], "loct": ["і", "ові"]}
        base = word
    for case, ends in endings.items():
        for end in ends:
            _add(forms, case, base + end)
    if last in _ALTERNATION:
        _add(forms, "loct", word + "у")
        _add(forms, "loct", stem + _ALTERNATION[last] + "і")
    if last == "р":
        for case, end in (("gent", "я"), ("datv", "еві"), ("ablt", "ем")):
            _add(forms, case, word[:-1] + "р" + end, weak=True)
    # Fleeting vowels and і/о alternation of Slavic-looking names: weak guesses.
    fleeting = None
    if word.endswith("ець"):
        fleeting = (word[:-3] + "ц", ["я", "ю", "еві", "ем", "і"])
    elif word.endswith("ок"):
        fleeting = (word[:-2] + "к", ["а", "у", "ові", "ом", "у"])
    elif re.search("[іо]в$", word) and len(word) > 4:
        fleeting = (word[:-2] + "ов", ["а", "у", "ові", "ом", "і"])
    if fleeting:
        base, ends = fleeting
        for case, end in zip(("gent", "gent", "datv", "ablt", "loct"), ends, strict=True):
            _add(forms, case, base + end, weak=True)


def _feminine(word: str, forms: Forms) -> None:
    """First-declension endings of -а/-я names ("Гуельва", "Бяла", "X-ня", "X-ія")."""
    stem = word[:-1]
    prev = stem[-1] if stem else ""
    if word.endswith("я"):
        soft_vowel = prev in _VOWELS or prev == "'"
        obl = stem + ("ї" if soft_vowel else "і")
        endings = {
            "gent": [obl],
            "datv": [obl],
            "loct": [obl],
            "accs": [stem + "ю"],
            "ablt": [stem + ("єю" if soft_vowel else "ею")],
        }
    else:
        soft = prev in _HUSHING
        dat = stem[:-1] + _ALTERNATION[prev] + "і" if prev in _ALTERNATION else stem + "і"
        endings = {
            "gent": [stem + ("і" if soft else "и")],
            "datv": [dat],
            "loct": [dat],
            "accs": [stem + "у"],
            "ablt": [stem + ("ею" if soft else "ою")],
        }
        if prev in _ALTERNATION:
            _add(forms, "loct", stem + "і", weak=True)
    for case, ends in endings.items():
        for end in ends:
            _add(forms, case, end)


def _neuter_o(word: str, forms: Forms) -> None:
    """ "Гнезно" is declined like a Ukrainian neuter ("у Гнезні") though most -о names are not."""
    stem = word[:-1]
    for case, end in (("gent", "а"), ("datv", "у"), ("ablt", "ом"), ("loct", "і")):
        _add(forms, case, stem + end, weak=True)


def _plural(word: str, forms: Forms) -> None:
    """Plural-looking names ("X-ки", "X-ичі", "Нідерланди"): weak plural endings."""
    stem = word[:-1]
    soft = stem[-1:] in _VOWELS or stem.endswith("ь")
    _add(forms, "gent", stem + "ів", weak=True)
    if stem[-1:] in _CONSONANTS:
        _add(forms, "gent", stem, weak=True)
    for case, hard, soft_end in (("datv", "ам", "ям"), ("ablt", "ами", "ями"), ("loct", "ах", "ях")):
        _add(forms, case, stem + (soft_end if soft else hard), weak=True)


def _adjective_rules(word: str) -> Forms:
    """Hard/soft adjective paradigm of one gender/number, from the nominative ending."""
    forms: Forms = {"nomn": {word: False}, "accs": {word: False}}
    stem2, stem1 = word[:-2], word[:-1]
    if word.endswith("ий"):
        table = {
            "gent": [stem2 + "ого"],
            "datv": [stem2 + "ому"],
            "ablt": [stem2 + "им"],
            "loct": [stem2 + "ому", stem2 + "ім"],
        }
    elif word.endswith("ій"):
        table = {
            "gent": [stem2 + "ього"],
            "datv": [stem2 + "ьому"],
            "ablt": [stem2 + "ім"],
            "loct": [stem2 + "ьому", stem2 + "ім"],
        }
    elif word.endswith("а"):
        table = {
            "gent": [stem1 + "ої"],
            "datv": [stem1 + "ій"],
            "accs": [stem1 + "у"],
            "ablt": [stem1 + "ою"],
            "loct": [stem1 + "ій"],
        }
    elif word.endswith("е"):
        table = {
            "gent": [stem1 + "ого"],
            "datv": [stem1 + "ому"],
            "ablt": [stem1 + "им"],
            "loct": [stem1 + "ому", stem1 + "ім"],
        }
    elif word.endswith("і"):
        vowel = "и"  # plural adjectives unknown to pymorphy are taken as hard ("-ські")
        table = {
            "gent": [stem1 + vowel + "х"],
            "datv": [stem1 + vowel + "м"],
            "ablt": [stem1 + vowel + "ми"],
            "loct": [stem1 + vowel + "х"],
        }
    else:
        return _indeclinable(word)
    for case, ends in table.items():
        for end in ends:
            _add(forms, case, end)
    return forms


def adjective_lexeme(lemma: str) -> set[str]:
    """All forms of an adjective in every gender, number and case (rule-generated, lowercase)."""
    lemma = lemma.lower()
    if not lemma.endswith(("ий", "ій")):
        return {lemma}
    stem = lemma[:-2]
    soft = lemma.endswith("ій")
    if soft:
        ends = ["ій", "ього", "ьому", "ім", "я", "ьої", "ій", "ю", "ьою", "є", "і", "іх", "ім", "іми"]
    else:
        ends = ["ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і", "их", "ими"]
    return {stem + end for end in ends}


class Decliner:
    """Case forms of Ukrainian-written names, cached per word."""

    def __init__(self) -> None:
        self.morph = pymorphy3.MorphAnalyzer(lang="uk")
        self._cache: dict[str, Forms] = {}

    def _dictionary_parse(self, word: str):  # type: ignore[no-untyped-def]
        """pymorphy's best parse of ``word`` as a nominative noun or adjective, if its dictionary knows it.

        A noun must be its own lemma (or a plural: "штати"), so "тула" is not read as a form of another word.
        """
        if not self.morph.word_is_known(word):
            return None
        for parse in self.morph.parse(word):
            tag = parse.tag
            if tag.case != "nomn":
                continue
            if tag.POS == "ADJF" or (
                tag.POS == "NOUN" and (parse.normal_form == word or tag.number == "plur")
            ):
                return parse
        return None

    def _pymorphy_forms(self, parse) -> Forms:  # type: ignore[no-untyped-def]
        """The lexeme's forms of the same number (and gender, for adjectives) as the parsed word."""
        forms: Forms = {}
        tag = parse.tag
        for form in parse.lexeme:
            ftag = form.tag
            if ftag.case not in CASES or ftag.number != tag.number:
                continue
            if tag.POS == "ADJF" and ftag.gender != tag.gender:
                continue
            _add(forms, ftag.case, form.word)
        return forms

    def word(self, word: str) -> Forms:
        """Case forms of one lowercase word (nominative included)."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        forms = self._word(word)
        self._cache[word] = forms
        return forms

    def _word(self, word: str) -> Forms:
        if word in _INVARIANT or len(word) <= 2 or not _CYR_WORD.fullmatch(word):
            return _indeclinable(word)
        parse = self._dictionary_parse(word)
        if parse is not None and parse.tag.POS == "ADJF":
            return self._pymorphy_forms(parse)
        if word.endswith(_ADJ_ENDINGS):
            return _adjective_rules(word)
        forms = _indeclinable(word) if word[-1] in _VOWELS and word[-1] not in "ая" else {}
        _add(forms, "nomn", word)
        _add(forms, "accs", word)
        last = word[-1]
        if last in _CONSONANTS or last in "йь":
            _masculine(word, forms)
        elif last in "ая":
            _feminine(word, forms)
        elif last == "о":
            _neuter_o(word, forms)
        elif last in "иі":
            _plural(word, forms)
        if parse is not None:
            for case, bucket in self._pymorphy_forms(parse).items():
                for form in bucket:
                    _add(forms, case, form)
        return forms

    def _is_noun(self, word: str) -> bool:
        parse = self._dictionary_parse(word)
        return parse is not None and parse.tag.POS == "NOUN"

    def phrase(self, name: str) -> dict[str, bool]:
        """Every case form of a (multiword, hyphenated) name -> weak flag.

        Compound names agree in case ("Устриках-Долішніх"), or only their head word declines
        ("Кендзежина-Козьле", "Шеннв'єр-сюр-Марна"), so all three patterns are generated.
        """
        parts = re.split(r"([\s\-]+)", normalize_name(name).lower())
        words, seps = parts[0::2], parts[1::2]
        declined = [self.word(w) for w in words]
        movable = [
            i for i, w in enumerate(words) if len(declined[i].get("gent", {})) > 0 and w not in _INVARIANT
        ]
        patterns = [set(movable)]
        if len(movable) > 1:
            patterns += [{movable[0]}, {movable[-1]}]
            head = next((i for i in movable if self._is_noun(words[i])), None)
            if head is not None and head != movable[-1]:
                patterns.append({i for i in movable if i <= head})
        result: dict[str, bool] = {}
        for moving in patterns:
            for case in CASES:
                options = [
                    list(declined[i].get(case, {}).items()) if i in moving else [(w, False)]
                    for i, w in enumerate(words)
                ]
                if any(not opt for opt in options):
                    continue
                for combo in _limited_product(options, 24):
                    text = "".join(w + (seps[i] if i < len(seps) else "") for i, (w, _) in enumerate(combo))
                    weak = any(flag for _, flag in combo)
                    result[text] = result.get(text, True) and weak
        return result


_CYR_WORD = re.compile(r"[а-яіїєґ']+")


def _limited_product(
    options: list[list[tuple[str, bool]]], limit: int
) -> Iterator[tuple[tuple[str, bool], ...]]:
    for count, combo in enumerate(product(*options)):
        if count >= limit:
            return
        yield combo


# ---------------------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------------------


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def read_places(path: Path = PLACES_GZ) -> Iterator[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _plausible_alt_latin(name: str) -> bool:
    """Alternate names worth a phonetic key: proper names, not codes or romanized CJK/Arabic syllables."""
    if len(name) < 3 or name.isupper() or name == name.lower():
        return False
    return all(ch.isalpha() or ch in " -'.’" for ch in name)


# ---------------------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, ascii_name TEXT, country TEXT,
                     population INTEGER, admin1_name TEXT, admin1_name_uk TEXT, names_uk TEXT,
                     latitude REAL, longitude REAL);
CREATE TABLE cyr (key TEXT, geonameid INTEGER, rank INTEGER, nom INTEGER,
                  PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE TABLE latin (key TEXT, geonameid INTEGER, rank INTEGER, PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE TABLE phon (country TEXT, key TEXT, geonameid INTEGER, rank INTEGER, nom INTEGER,
                   PRIMARY KEY (country, key, geonameid)) WITHOUT ROWID;
CREATE TABLE words (key TEXT, kind TEXT, countries TEXT, dflt INTEGER, weak INTEGER);
CREATE TABLE admin1 (country TEXT, key TEXT, name TEXT);
"""


def _place_rows(decliner: Decliner) -> Iterator[tuple[str, tuple]]:  # type: ignore[type-arg]
    """(table, row) pairs for every gazetteer place.

    ``names_uk`` of a place lists its Cyrillic nominatives, Ukrainian first; ``cyr.nom`` and ``phon.nom``
    point into that list, so the nominative behind a matched form is known without storing it per form.
    """
    admin1_uk = {
        (row["country"], row["admin1_name"]): row["admin1_name_uk"] for row in _read_csv(ADMIN1_UK_CSV)
    }
    for row in read_places():
        gid = int(row["geonameid"])
        country = row["country_iso2"]
        tagged = [normalize_name(row["name_uk_tagged"])] if row["name_uk_tagged"] else []
        ranked = [
            (0, tagged),
            (1, [normalize_name(n) for n in _split(row["names_uk"])]),
            (2, [normalize_name(n) for n in _split(row["names_cyrillic_other"])]),
        ]
        noms: dict[str, int] = {}
        for rank, names in ranked:
            for nom in names:
                noms.setdefault(nom, rank)
            for nom in names:
                if head := _town_without_its_tail(nom):
                    noms.setdefault(head, rank)
        nom_list = list(noms)
        yield (
            "places",
            (
                gid,
                row["name"],
                row["ascii_name"],
                country,
                int(row["population"] or 0),
                row["admin1_name"] or None,
                admin1_uk.get((country, row["admin1_name"])) or row["admin1_name_uk"],  # ours, curated, first
                "|".join(nom_list) or None,
                float(row["latitude"]) if row.get("latitude") else None,
                float(row["longitude"]) if row.get("longitude") else None,
            ),
        )
        yield from _cyrillic_rows(decliner, gid, country, noms, nom_list)
        yield from _latin_rows(row, gid, country)


def _cyrillic_rows(
    decliner: Decliner, gid: int, country: str, noms: dict[str, int], nom_list: list[str]
) -> Iterator[tuple[str, tuple]]:  # type: ignore[type-arg]
    """Declined-form keys (rank: see ``world._RANK_SCORE``) and phonetic keys of a place's Cyrillic names."""
    best: dict[str, tuple[int, int]] = {}
    for index, nom in enumerate(nom_list):
        rank = noms[nom]
        nom_key = lookup_key(nom)
        for form, weak in decliner.phrase(nom).items():
            key = lookup_key(form)
            if key == nom_key:
                form_rank = rank
            elif weak:
                if rank == 2:
                    continue  # guesses on top of a name that may not even be Ukrainian: too noisy
                form_rank = 6
            else:
                form_rank = rank + 3
            if key not in best or best[key][0] > form_rank:
                best[key] = (form_rank, index)
        yield "phon", (country, cyr_key(nom), gid, 0 if rank < 2 else 1, index)
    for key, (rank, index) in best.items():
        yield "cyr", (key, gid, rank, index)


_TOWN_TAIL = re.compile(r"^(?P<head>[^\W\d_][\w'’.-]*?)[ -](?:Stadt|Штадт)$")
"""GeoNames names a town "X Stadt" where a district or a parish is called X too (Austria): the town."""
_NOT_A_TOWN_HEAD = frozenset({"innere", "внутрішнє"})  # "Innere Stadt": a city's inner district


def _town_without_its_tail(name: str) -> str | None:
    """ "X Stadt" / "X-Штадт" -> "X": the name the town goes by in the news."""
    found = _TOWN_TAIL.match(name)
    if found is None or found.group("head").rsplit("-", 1)[-1].lower() in _NOT_A_TOWN_HEAD:
        return None
    return found.group("head")


def _latin_rows(row: dict[str, str], gid: int, country: str) -> Iterator[tuple[str, tuple]]:  # type: ignore[type-arg]
    """Exact (accent-folded) and phonetic keys of a place's Latin names; alternate names rank 1."""
    latin_names = [(row["name"], 0), (row["ascii_name"], 0)]
    latin_names += [(head, 0) for name, _ in latin_names[:1] if (head := _town_without_its_tail(name))]
    latin_names += [(alt, 1) for alt in _split(row["alt_names_latin"])]
    exact: dict[str, int] = {}
    phon: dict[str, int] = {}
    for name, rank in latin_names:
        key = latin_fold(name)
        if key and exact.get(key, 9) > rank:
            exact[key] = rank
        if rank == 0 or _plausible_alt_latin(name):
            for pkey in latin_keys(name, country):
                if phon.get(pkey, 9) > rank:
                    phon[pkey] = rank
    for key, rank in exact.items():
        yield "latin", (key, gid, rank)
    for key, rank in phon.items():
        yield "phon", (country, key, gid, rank, None)


def _country_name_rows(decliner: Decliner) -> Iterator[tuple]:  # type: ignore[type-arg]
    """words rows for country names in all cases; abbreviations (США) stay as they are."""
    names: list[tuple[str, str]] = []
    for row in _read_csv(COUNTRIES_CSV):
        for col in ("name_uk_cldr", "name_uk_geonames"):
            name = re.sub(r"\s*\(.*?\)|,.*$", "", row[col]).strip()
            if name:
                names.append((name, row["country_iso2"]))
    names += [(row["name_uk"], row["country_iso2"]) for row in _read_csv(COUNTRY_FORMS_CSV)]
    for name, iso2 in names:
        name = normalize_name(name)
        if name.isupper():
            yield (lookup_key(name), "cabbr", iso2, 1, 0)
            continue
        for form, weak in decliner.phrase(name).items():
            if " " not in form and "-" not in form and _is_common_word(decliner, form):
                continue
            yield (lookup_key(form), "cname", iso2, 1, int(weak))


def _is_common_word(decliner: Decliner, form: str) -> bool:
    """ "Малі", "Того": one-word country forms that are mostly ordinary words, so never a country."""
    if not decliner.morph.word_is_known(form):
        return False
    return any(parse.tag.POS not in ("NOUN", None) for parse in decliner.morph.parse(form))


def _adjective_rows(decliner: Decliner) -> Iterator[tuple]:  # type: ignore[type-arg]
    for row in _read_csv(ADJECTIVES_CSV):
        lemma = normalize_name(row["adjective_uk"]).lower()
        forms = adjective_lexeme(lemma)
        if decliner.morph.word_is_known(lemma):
            for parse in decliner.morph.parse(lemma):
                if parse.tag.POS == "ADJF" and parse.normal_form == lemma:
                    forms |= {form.word for form in parse.lexeme}
        for form in forms:
            yield (lookup_key(form), "cadj", row["country_iso2"], 1, 0)


def _region_rows(decliner: Decliner, admin_names: Iterable[tuple[str, str]]) -> Iterator[tuple]:  # type: ignore[type-arg]
    """Admin words (воєводство) and region names (Баварія, hand table and gazetteer admin1) in all cases."""
    for row in _read_csv(REGIONS_CSV):
        kind = row["kind"]
        for form, weak in decliner.phrase(row["name_uk"]).items():
            yield (lookup_key(form), kind, row["countries"], int(row["default"]), int(weak))
    for name_uk, iso2 in admin_names:
        for form, weak in decliner.phrase(name_uk).items():
            yield (lookup_key(form), "region", iso2, 1, int(weak))


def _admin1_rows(admin: set[tuple[str, str, str]]) -> Iterator[tuple[str, str, str]]:
    """Phonetic keys of admin1 names per country, without their generic words ("Opole Voivodeship")."""
    for country, name, name_uk in admin:
        if name:
            bare = _LEADING_ADMIN.sub(" ", name).strip() or name
            for key in latin_keys(bare, country):
                yield (country, key, name)
        if name_uk:
            yield (country, cyr_key(name_uk), name)


def _dedupe_phon(rows: Iterable[tuple]) -> list[tuple]:  # type: ignore[type-arg]
    """One phon row per (country, key, place): the best rank, rows of Cyrillic names first."""
    best: dict[tuple, tuple] = {}  # type: ignore[type-arg]
    for row in rows:
        ident = row[:3]
        if ident not in best or (row[3], row[4] is None) < (best[ident][3], best[ident][4] is None):
            best[ident] = row
    return list(best.values())


def _write_places(conn: sqlite3.Connection, decliner: Decliner) -> tuple[set, set]:  # type: ignore[type-arg]
    """Stream the place tables in batches (the whole gazetteer would take ~0.5 GB as Python tuples).

    Returns the (country, admin1 name, admin1 Ukrainian name) triples and (Ukrainian admin1 name, country).
    """
    admin: set[tuple[str, str, str]] = set()
    admin_uk: set[tuple[str, str]] = set()
    batches: dict[str, list[tuple]] = defaultdict(list)  # type: ignore[type-arg]
    place_phon: list[tuple] = []  # type: ignore[type-arg]

    def flush(table: str) -> None:
        rows = batches.pop(table, [])
        if rows:
            conn.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)

    for table, row in _place_rows(decliner):
        if table == "places":
            batches["phon"] += _dedupe_phon(place_phon)
            place_phon = []
            admin.add((row[3], row[5] or "", row[6] or ""))
            if row[6]:
                admin_uk.add((row[6], row[3]))
        if table == "phon":
            place_phon.append(row)
        else:
            batches[table].append(row)
        if len(batches[table]) >= 50_000:
            flush(table)
    batches["phon"] += _dedupe_phon(place_phon)
    for table in list(batches):
        flush(table)
    return admin, admin_uk


def build(db_path: Path = DB_PATH) -> Path:
    """Write a fresh database next to ``db_path`` and move it into place atomically."""
    print(f"world: building {db_path.name} from data/ (about half a minute) ...", file=sys.stderr)
    decliner = Decliner()
    tmp = db_path.with_name(f"{db_path.stem}.tmp-{os.getpid()}{db_path.suffix}")  # git-ignored like the db
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        admin, admin_uk = _write_places(conn, decliner)
        words = [*_country_name_rows(decliner), *_adjective_rows(decliner), *_region_rows(decliner, admin_uk)]
        conn.executemany("INSERT INTO words VALUES (?,?,?,?,?)", words)
        conn.executemany("INSERT INTO admin1 VALUES (?,?,?)", _admin1_rows(admin))
        # The foreign resolver reads one country's Latin names at a time (parsers.places.foreign).
        conn.execute("CREATE INDEX places_country ON places (country)")
        conn.execute("CREATE INDEX latin_place ON latin (geonameid)")
        _write_folded_latin(conn)
        conn.execute("INSERT INTO meta VALUES ('built', ?)", (time.strftime("%Y-%m-%dT%H:%M:%S"),))
        conn.commit()
    finally:
        conn.close()
    os.replace(tmp, db_path)
    return db_path


def _write_folded_latin(conn: sqlite3.Connection) -> None:
    """Every Latin name folded for spelling comparison, by country, once at build time: the resolver
    then reads a country's names without folding half a million strings on the first lookup."""
    from parsers.places.correspondences import fold_latin

    conn.execute("CREATE TABLE latin_folded (country TEXT, folded TEXT, geonameid INTEGER, rank INTEGER)")
    rows = conn.execute(
        "SELECT p.country, l.key, l.geonameid, l.rank FROM latin l JOIN places p USING (geonameid)"
    )
    folded = [(country, fold_latin(key), gid, rank) for country, key, gid, rank in rows.fetchall()]
    conn.executemany("INSERT INTO latin_folded VALUES (?,?,?,?)", [row for row in folded if row[1]])
    conn.execute("CREATE INDEX latin_folded_country ON latin_folded (country)")


def is_stale(db_path: Path = DB_PATH) -> bool:
    """True when the database is missing or older than a source file or the code that builds it."""
    if not db_path.exists():
        return True
    built = db_path.stat().st_mtime
    return any(src.exists() and src.stat().st_mtime > built for src in SOURCES)


def ship_places(source: Path, target: Path = PLACES_GZ) -> None:
    """Copy the shared gazetteer CSV into the repo as gzip (deterministic: no timestamp in the header)."""
    with (
        source.open("rb") as src,
        target.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as out,
    ):
        out.write(src.read())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--ship":
        ship_places(Path(args[1]))
        return 0
    build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["Decliner", "adjective_lexeme", "build", "is_stale", "main", "ship_places"]
