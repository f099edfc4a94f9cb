"""Find Ukrainian settlements, hromadas and oblasts in news text, in any case, and resolve them to KATOTTG.

Articles name places as "у Кам'янці-Подільському", "Кам'янцем – Подільським", "Ізюмської громади",
"Бучанською міською радою", "на Чернігівщині". :mod:`parsers.places.build_ua_places` inflects every
codifier name once with pymorphy3; here the text is tokenized and token sequences are looked up in a dict,
longest first, so a whole article takes about a millisecond and no morphology runs at search time.

Many names are shared (one village name can be twenty places) or are words ("Перемога", "Шевченко"). Shared
names are decided by context: an oblast named next to the place, oblasts of the page or named in the text,
the site owner's hromada and oblast, then town rank. Villages whose name is also a word or a person name
need a cue ("с. Перемога", "у селі ...", "... Сумської області") or an earlier cued mention in the text.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from parsers.places.build_ua_places import (
    FIRST_NAME,
    FLAG_COMMON,
    FLAG_COUNTRY,
    FLAG_FIRST_NAME,
    FLAG_PERSON,
    FORMS_DB,
    PERSON_NOUN,
    SURNAME,
    ensure_built,
    word_person_kind,
)
from parsers.places.katottg import in_raion, raion_prefixes_by_key, same_raion
from parsers.text import name_key


@dataclass(frozen=True)
class UaMention:
    """One place named in a text, resolved to the codifier."""

    start: int
    end: int
    """Character span in the text given."""
    text: str
    kind: str
    """settlement | hromada | oblast | city_k (Київ, Севастополь)."""
    katottg: str | None
    """settlement: its hromada's code; hromada: its code; oblast: the oblast's; city_k: its K code."""
    hromada_name_uk: str | None
    settlement_uk: str | None
    oblast_katottg: str | None
    oblast_uk: str | None
    candidates: int
    """How many codifier units the surface form could be (1 = unambiguous)."""


class _Unit(NamedTuple):
    """One codifier unit; a tuple of strings and numbers, so the thirty thousand of them leave the
    garbage collector's watch."""

    katottg: str
    kind: str
    """S settlement, H hromada, O oblast, K city with special status."""
    name_uk: str
    type: str
    rank: int
    is_admin_centre: bool
    hromada_katottg: str | None
    hromada_name_uk: str | None
    oblast_katottg: str
    oblast_uk: str
    flags: int


def _words(text: str) -> frozenset[str]:
    """A set of name keys (lowercase, no apostrophes) written as one space-separated string."""
    return frozenset(text.split())


def _word_map(**groups: str) -> dict[str, str]:
    """Every word of each group -> the group's name: "міської" -> "міська"."""
    return {word: name for name, words in groups.items() for word in words.split()}


# Word forms of the few function words around names; the names themselves are inflected at build time.
_GROMADA = _words(
    "громада громади громаді громаду громадою громад громадам громадами громадах отг тг мтг стг"
    " мва сва"  # a hromada's military administration, abbreviated ("X-ська МВА")
)
_RADA = _words("рада ради раді раду радою рад радам радами радах")
_MILITARY = _words("військова військової військовій військову військовою військових")
_ADMIN = _words("адміністрація адміністрації адміністрацію адміністрацією адміністрацій")
_HROMADA_TYPES = _word_map(
    міська="міська міської міській міську міською міських міські",
    сільська="сільська сільської сільській сільську сільською сільських сільські",
    селищна="селищна селищної селищній селищну селищною селищних селищні",
)
_HROMADA_MODIFIERS = _words(
    "обєднана обєднаної обєднаній обєднану обєднаною обєднаних обєднані "
    "територіальна територіальної територіальній територіальну територіальною територіальних територіальні "
    "ж же"  # "X-ська ж громада": a particle between the adjective and its noun
)
_OBLAST_COUNCIL = _words("обласна обласної обласній обласну обласною обласних")
_ADMIN_KINDS = _MILITARY | _words("державна державної державній державну державною державних")
_OBLAST_HEADS = _OBLAST_COUNCIL | _words(
    "область області областю областей областям областями областях обл ода ова"
)
_SETTLEMENT_CUES = _word_map(
    місто="місто міста місту містом місті міст містах містами містам",
    село="село села селу селом селі сіл селах селами селам хутір хутора хуторі",
    селище="селище селища селищу селищем селищі селищ селищах селищами смт",
)


def _holders_first_name(written: str, key: str) -> bool:
    """The word after a head's office may be a name (the holder's), not the genitive of a town: any
    word the codifier's name lists know as a first name or surname, or a first name the dictionary
    reads in the nominative."""
    from parsers.morphology import is_nominative_given_name

    return bool(word_person_kind(key)) or is_nominative_given_name(written)


# "міський / селищний / сільський голова X-а": the office names the type of its hromada's centre.
_HEAD_NOUNS = _words("голова голови голові голову головою")
_HEAD_OFFICES = _word_map(
    місто="міський міського міському міським",
    селище="селищний селищного селищному селищним",
    село="сільський сільського сільському сільським",
)
_ABBREVIATED_CUES = {"м": "місто", "с": "село", "сел": "селище", "смт": "селище"}
_K_TYPE = "місто зі спеціальним статусом"
_CITY_RANK = 3
_CUE_TYPES = {"місто": ("місто", _K_TYPE), "село": ("село",), "селище": ("селище",)}
_DASH = re.compile(r"[–—]")
_PARTNER_WORDS = _words(
    "побратим побратима побратиму побратимом побратимі побратими "
    "партнер партнера партнеру партнером партнері партнери"
)
_STREET_CUES = _words(
    "вул вулиця вулиці вулицю вулицею вулиць просп проспект проспекту проспекті проспектом пров провулок "
    "провулку бульв бульвар бульвару бульварі пл площа площі площу майдан майдану ім імені узвіз узвозі "
    "шосе набережна набережній станція станції вокзал вокзалу аеропорт аеропорту"
)
_RAION = re.compile(r"район|р$")
_RAION_CASES = _words("району районі")
_RAION_ADJECTIVE = re.compile(r"(.+(?:ськ|цьк|зьк))(?:ого|ому)")
_RAION_AREA = re.compile(r"(\w+?)(щ|чч)ин(?:а|и|і|у|ою)")
_CONJ = _words("і та й а також")
_FILLERS = _words("що в у на із з")
_DEMONSTRATIVES = _words("той те тому тим того")
_GENITIVE_REGION = re.compile(r"(?:ськ|цьк|зьк)(?:ої|ого)$")
_REGION_HEADS = _words("області обл району р громади отг тг ради округу")
_FOREIGN_ADJ = re.compile(r"(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім|е|а|ої|ій|у|ою|і|их|ими)$")
_UKRAINIAN_ADJ = re.compile(r"^(?:українськ|партнерськ|побратимськ|дружн|сусідн|братськ|прикордонн)")

_WORD = re.compile(r"[^\W\d_](?:[^\W_]+|[\u0300-\u036f]+)*")  # runs, not one letter at a time
_GLUED = re.compile(r"[а-яіїєґ](?=[А-ЯІЇЄҐ][а-яіїєґ])")
_GLUED_CAPITAL = re.compile(r"[А-ЯІЇЄҐ](?<=[а-яіїєґ][А-ЯІЇЄҐ])(?=[а-яіїєґ])")
"""Where :data:`_GLUED` would match, found from the capital: capitals are rarer than small letters, so
the letter before is looked at only after one."""
_MIXED_SCRIPT = re.compile(r"[a-zA-Z][а-яА-ЯіїєґІЇЄҐ]|[а-яА-ЯіїєґІЇЄҐ][a-zA-Z]")
_MIXED_AT_LATIN = re.compile(r"[a-zA-Z](?:(?<=[а-яА-ЯіїєґІЇЄҐ][a-zA-Z])|(?=[а-яА-ЯіїєґІЇЄҐ]))")
"""A Latin letter with a Cyrillic one just before or after it (:data:`_MIXED_SCRIPT`)."""
_INVISIBLE = dict.fromkeys(map(ord, "'’ʼ‘`´ʹ′＇\u02bb\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
"""Apostrophes (name keys have none) and invisible characters: deleted before tokenizing."""
_INVISIBLE_RE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")
_DELETED = "".join(map(chr, _INVISIBLE))
_WORD_IN_TEXT = re.compile(
    f"([^\\W\\d_{_DELETED}](?:[{_DELETED}]*(?:[^\\W_{_DELETED}]+|[\\u0300-\\u036f]+))*)"
)
"""A word of :data:`_WORD` in the text given, with the characters deleted before tokenizing inside it."""
_WORD_IN_PLAIN_TEXT = re.compile(
    f"([^\\W\\d_{_DELETED}][^\\W_{_DELETED}]*(?:[{_DELETED}]+[^\\W_{_DELETED}]+)*)"
)
"""The same words in a text without combining marks (almost every text), where one character class
takes a run at once."""
_COMBINING = re.compile("[\u0300-\u036f]")
_LOOKALIKES = str.maketrans("aceiopxykmhtb", "асеіорхукмнтв")
"""Applied to lowercase keys of mixed-script words only."""
_SENTENCE_END = re.compile(r"[.!?…:\n]")
_OPEN_QUOTES = ("«", '"', "“", "„", "'")
_HYPHENS = frozenset("-‐‑")


def _split_glued(cleaned: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split words glued by page extraction: "громадаДжерело" -> "громада", "Джерело"."""
    out = []
    for start, end in spans:
        cuts = [m.start() + 1 for m in _GLUED.finditer(cleaned, start, end)]
        bounds = [start, *cuts, end]
        out.extend(zip(bounds, bounds[1:], strict=False))
    return out


def _mixed_script(text: str) -> bool:
    """:data:`_MIXED_SCRIPT` searched from the Latin letters, which are few in Ukrainian text."""
    return _MIXED_AT_LATIN.search(text) is not None


def _mixed_key(key: str) -> str:
    """Latin look-alike letters typed inside a Cyrillic word ("Kиїв" with a Latin K) made Cyrillic."""
    if key.isascii() or not _MIXED_SCRIPT.search(key):
        return key
    return key.translate(_LOOKALIKES)


def _original_spans(text: str, spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Map spans in the text without deleted characters back to the text given.

    Index c of the cleaned text is c plus the number of deletions that come before it, and deletion n
    comes before it when fewer than c + 1 kept characters precede that deletion.
    """
    kept_before = [m.start() - n for n, m in enumerate(_INVISIBLE_RE.finditer(text))]
    kept_before.append(len(text) + 1)  # a sentinel after every index: the walks below stop on it
    starts, ends = [], []
    at_start = at_end = 0  # spans come in text order, so one forward walk counts the deletions
    for a, b in spans:
        while kept_before[at_start] <= a:
            at_start += 1
        while kept_before[at_end] <= b - 1:
            at_end += 1
        starts.append(a + at_start)
        ends.append(b + at_end)
    return starts, ends


class _Tokens:
    """Words of a text with their spans, keys, capitalisation and the text between them.

    Apostrophes and invisible characters are deleted from the whole text first (one ``translate``), so
    "Кам’янець" is one word with the key "камянець"; spans are mapped back to the text given.
    """

    def __init__(self, text: str) -> None:
        cleaned = _INVISIBLE_RE.sub("", text)  # a regex deletes faster than a translate table
        if _GLUED_CAPITAL.search(cleaned):
            self._read_glued(text, cleaned)
        else:
            self._read(text)
        keys = "\x00".join(self.raws).lower().split("\x00") if self.raws else []  # one call, not one per word
        if not unicodedata.is_normalized("NFC", cleaned):
            keys = [unicodedata.normalize("NFC", key) for key in keys]
        if _mixed_script(cleaned):
            keys = [_mixed_key(key) for key in keys]
        self.keys = keys
        self.caps = list(map(str.isupper, map(itemgetter(0), self.raws)))
        self.n = len(self.raws)

    def _read(self, text: str) -> None:
        """Words, spans and separators in a few whole-text calls: the text is split on its words (each
        may hold deleted characters inside, as "Кам’янець"), so separators and offsets come from the
        pieces' lengths."""
        parts = (_WORD_IN_TEXT if _COMBINING.search(text) else _WORD_IN_PLAIN_TEXT).split(text)
        words = parts[1::2]
        self.seps = parts[0:-1:2]
        offsets = list(accumulate(map(len, parts)))
        self.starts, self.ends = offsets[0::2][: len(words)], offsets[1::2]
        joined = "\x00".join(words)
        self.raws = _INVISIBLE_RE.sub("", joined).split("\x00") if _INVISIBLE_RE.search(joined) else words

    def _read_glued(self, text: str, cleaned: str) -> None:
        """:meth:`_read` for a text with words glued by page extraction, split where they meet."""
        spans = _split_glued(cleaned, [m.span() for m in _WORD.finditer(cleaned)])
        self.raws = [cleaned[a:b] for a, b in spans]
        if len(cleaned) == len(text):
            self.starts = [a for a, _ in spans]
            self.ends = [b for _, b in spans]
        else:
            self.starts, self.ends = _original_spans(text, spans)
        previous_ends = [0, *self.ends[:-1]]
        self.seps = [text[a:b] for a, b in zip(previous_ends, self.starts, strict=True)]

    def joinable(self, i: int) -> bool:
        """Token i continues a name: only spaces or a dash before it ("Кам'янцем – Подільським")."""
        sep = self.seps[i]
        return not sep.strip(" \u00a0\t-–—‐‑") and "\n" not in sep

    def hyphenated(self, i: int) -> bool:
        """Token i is glued to the previous one by a bare hyphen: "Кам'янець-Подільська"."""
        return self.seps[i] in _HYPHENS and self.caps[i] and self.caps[i - 1]

    def glued_particle(self, i: int) -> bool:
        """Token i is a lowercase particle glued by bare hyphens between two capitalised words, as in
        foreign compound names ("X-ле-Y", "X-на-Y"): the name goes on through it."""
        return (
            self.seps[i] in _HYPHENS
            and not self.caps[i]
            and self.caps[i - 1]
            and i + 1 < self.n
            and self.seps[i + 1] in _HYPHENS
            and self.caps[i + 1]
        )

    def spaced(self, i: int) -> bool:
        return not self.seps[i].strip() and "\n" not in self.seps[i]

    def is_abbreviation(self, i: int) -> bool:
        """A one-letter word or a known abbreviation before a dot: "м.", "с.", "В." (an initial)."""
        return len(self.raws[i]) == 1 or self.keys[i] in _ABBREVIATED_CUES or self.keys[i] in _STREET_CUES

    def sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        return bool(_SENTENCE_END.search(self.seps[i])) and not self.is_abbreviation(i - 1)

    def quoted(self, i: int) -> bool:
        return self.seps[i].rstrip().endswith(_OPEN_QUOTES)

    def after_person_name(self, i: int) -> bool:
        """Token i follows a name or an initial: "Богдана Хмельницького", "Лесі Українки", "В. Марченко".

        Asked only for place names that read as person names too, so pymorphy3 is loaded (lazily, once)
        only for such words. An animate noun counts when capitalised mid-sentence ("Богдан", not "Мер")."""
        if i == 0 or not self.caps[i - 1]:
            return False
        if len(self.raws[i - 1]) == 1 and self.seps[i].strip() == ".":
            return True
        if not self.spaced(i):
            return False
        kind = word_person_kind(self.keys[i - 1])
        return bool(kind & (FIRST_NAME | SURNAME)) or (kind == PERSON_NOUN and not self.sentence_start(i - 1))

    def before_surname(self, j: int) -> bool:
        """A surname or patronymic follows: "Тарас Шевченко" (but "мер X-а Ігор ...", the town first)."""
        return (
            j < self.n and self.caps[j] and self.spaced(j) and bool(word_person_kind(self.keys[j]) & SURNAME)
        )


@dataclass
class _Raw:
    """A match before resolution: tokens [i, j) and the units it could be."""

    i: int
    j: int
    group: str
    """S settlement, H hromada, O oblast."""
    cands: list[int]
    weak: list[int] = field(default_factory=list)
    """Settlements that count only if the text names them elsewhere with a cue (a word or person name)."""
    cue: str | None = None
    elliptical: bool = False
    span_start: int | None = None
    """Token where a "громада міста X" phrase starts, when the settlement is named that way."""
    total: int = 0


@dataclass(frozen=True)
class _Context:
    oblasts: frozenset[str]
    owner_hromada: str | None
    owner_oblast: str | None
    named_otherwise: frozenset[str] = frozenset()
    """Hromadas the caller knows the text names in a way this scan does not read (by an office)."""


Entries = tuple[tuple[str, int, str], ...]
"""(kind, unit index, person flags) for every unit a surface form could be; the flags are "p" when the
surface form is also a person name and "pf" when a first name."""


def _narrow(cands: list[int], keep: Callable[[int], bool]) -> list[int]:
    """Keep the candidates that pass, unless none does."""
    kept = [c for c in cands if keep(c)]
    return kept or cands


class _Scan:
    """One pass over the tokens of a text, collecting raw matches left to right."""

    def __init__(self, places: UaPlaces, tokens: _Tokens) -> None:
        self.places = places
        self.units = places.units
        self.tokens = tokens
        self.raws: list[_Raw] = []

    def run(self) -> list[_Raw]:
        tokens = self.tokens
        forms, prefixes = self.places.forms, self.places.prefixes
        # only a capitalised word that is a surface form or begins one can start a match
        starts = [
            i
            for i, (key, cap) in enumerate(zip(tokens.keys, tokens.caps, strict=True))
            if cap and (key in forms or key in prefixes)
        ]
        after = 0  # the token after the last match: a match starts no earlier
        for i in starts:
            if i < after:
                continue
            raw = self.match_at(i)
            if raw is not None:
                self.raws.append(raw)
                after = raw.j
        return self.raws

    def match_at(self, i: int) -> _Raw | None:
        """The longest match starting at token i that is not a piece of a longer hyphenated name."""
        tokens = self.tokens
        if i > 0 and tokens.hyphenated(i):
            return None
        places = self.places
        key = tokens.keys[i]
        known = [(1, key)] if key in places.forms else []  # (tokens, key) of every surface form here
        size = 1  # longer runs are joined only while they still begin some surface form
        while (
            key in places.prefixes
            and size < places.max_tokens
            and i + size < tokens.n
            and tokens.joinable(i + size)
        ):
            key = f"{key} {tokens.keys[i + size]}"
            size += 1
            if key in places.forms:
                known.append((size, key))
        for size, key in reversed(known):
            if i + size < tokens.n and (tokens.hyphenated(i + size) or tokens.glued_particle(i + size)):
                continue  # "Кам'янець" of "Кам'янець-Подільська", "X" of "X-ле-Y": only the whole name counts
            entries = places.entries(key)
            raw = self.adjective_match(i, i + size, entries) or self.name_match(i, i + size, entries)
            if raw is not None:
                return raw
        return None

    # -- hromadas and oblasts: an adjective and its head noun ---------------------------------------------

    def adjective_match(self, i: int, j: int, entries: Entries) -> _Raw | None:
        """ "Ізюмської міської ради", "Хмельницька область", "Ізюмської та Балаклійської громад"."""
        adjectives = [(kind, idx) for kind, idx, _ in entries if kind in ("H", "O")]
        if not adjectives:
            return None
        tail = self.tail(j, 0)
        if tail is None:
            if any(self.town_case_form(kind, idx, i, j) for kind, idx, _ in entries):
                return None  # a town's oblique form with no head noun after it is the town ("до X-ова.")
            return self.elliptical_match(i, j, adjectives)
        head, hromada_type, end, own = tail
        cands = [idx for kind, idx in adjectives if kind == head]
        if not cands:
            return None
        if hromada_type:
            cands = _narrow(cands, lambda c: self.units[c].type in (hromada_type, _K_TYPE))
        return _Raw(i, end if own else j, head, cands, total=len(cands))

    def town_case_form(self, kind: str, idx: int, i: int, j: int) -> bool:
        """Entry ``idx`` is a city whose name tokens i..j write in another case than the nominative."""
        unit = self.units[idx]
        written = " ".join(self.tokens.keys[i:j])
        return kind == "S" and _is_city(unit) and name_key(unit.name_uk) != written

    def elliptical_match(self, i: int, j: int, adjectives: list[tuple[str, int]]) -> _Raw | None:
        """ "три пари громад: Жовківська — з Оріхівською": a hromada adjective alone before punctuation,
        kept only if the text speaks of hromadas (checked when resolving)."""
        tokens = self.tokens
        if any(kind == "O" for kind, _ in adjectives):
            return None
        if j < tokens.n and not tokens.seps[j].strip(" \u00a0"):
            return None
        cands = [idx for _, idx in adjectives]
        return _Raw(i, j, "H", cands, total=len(cands), elliptical=True)

    def tail(self, j: int, depth: int) -> tuple[str, str | None, int, bool] | None:
        """What follows a hromada or oblast adjective: (H or O, hromada type, end token, own head?)."""
        tokens = self.tokens
        t, hromada_type = j, None
        while t < tokens.n and t - j < 3 and tokens.spaced(t):
            key = tokens.keys[t]
            if key in _HROMADA_TYPES:
                hromada_type = _HROMADA_TYPES[key]
            elif key not in _HROMADA_MODIFIERS:
                break
            t += 1
        if hromada_type and (t >= tokens.n or not tokens.spaced(t)):
            return "H", hromada_type, t, True  # "громада – X-ська селищна – …": the head noun left out
        if t >= tokens.n:
            return None
        head = self.head_at(t, hromada_type)
        if head is not None:
            return head[0], hromada_type, head[1], True
        return self.coordinated_tail(t, hromada_type, depth)

    def head_at(self, t: int, hromada_type: str | None) -> tuple[str, int] | None:
        """A head noun at token t: громада, ОТГ, (міська) рада, військова адміністрація, область, ОДА."""
        tokens = self.tokens
        if not tokens.spaced(t):
            return None
        key = tokens.keys[t]
        if key in _GROMADA or (hromada_type and key in _RADA):
            return "H", t + 1
        if hromada_type and key in _MILITARY and t + 1 < tokens.n and tokens.keys[t + 1] in _ADMIN:
            return "H", t + 2
        if hromada_type is None and key in _OBLAST_HEADS:
            return "O", self.council_end(t + 1) if key in _OBLAST_COUNCIL else t + 1
        return None

    def council_end(self, t: int) -> int:
        """ "обласної ради", "обласна військова адміністрація": the body's noun joins the span."""
        tokens = self.tokens
        if t < tokens.n and tokens.spaced(t) and tokens.keys[t] in _RADA:
            return t + 1
        if t + 1 < tokens.n and tokens.keys[t] in _ADMIN_KINDS and tokens.keys[t + 1] in _ADMIN:
            return t + 2
        return t

    def coordinated_tail(self, t: int, hromada_type: str | None, depth: int):
        """ "Ізюмської, Балаклійської та Куп'янської громад": the head of the last adjective serves all."""
        tokens = self.tokens
        if depth > 4:
            return None
        if tokens.keys[t] in _CONJ and tokens.spaced(t):
            t += 1
        elif tokens.seps[t].strip() != ",":
            return None
        if t >= tokens.n or not tokens.caps[t] or tokens.seps[t].strip() not in ("", ","):
            return None
        for size in (2, 1):
            entries = self.places.entries(" ".join(tokens.keys[t : t + size]))
            if t + size <= tokens.n and any(kind in ("H", "O") for kind, _, _ in entries):
                tail = self.tail(t + size, depth + 1)
                return None if tail is None else (tail[0], hromada_type or tail[1], t, False)
        return None

    # -- settlements and regional names --------------------------------------------------------------------

    def name_match(self, i: int, j: int, entries: Entries) -> _Raw | None:
        """A settlement ("Тростянці", "с. Перемога") or a regional name ("Чернігівщини")."""
        tokens = self.tokens
        cue, cue_at = self.cue_before(i)
        if cue in ("street", "foreign"):
            return None
        regions = [idx for kind, idx, _ in entries if kind == "R"]
        if regions and cue is None:
            return _Raw(i, j, "O", regions[:1], total=1)
        if cue is None and (land := self.land_of_its_centre(i, entries)) is not None:
            return _Raw(i, j, "O", [land], total=1)
        if j < tokens.n and _RAION.match(tokens.keys[j]) and tokens.spaced(j):
            return None  # "Хмельницького району": a raion, not the town
        if cue is None and self.region_follows(j):
            cue = "any"
        strong, weak, total = self.accept(i, j, entries, cue)
        if not strong and not weak:
            return None
        span_start = self.hromada_phrase_start(cue_at) if cue_at is not None else None
        return _Raw(i, j, "S", strong, weak, cue, span_start=span_start, total=total)

    def accept(self, i: int, j: int, entries: Entries, cue: str | None) -> tuple[list[int], list[int], int]:
        """Split settlement candidates into accepted ones and ones that need confirming elsewhere.

        A cue accepts the candidates of its type. A name that reads as a person's name right beside another
        capitalised word is a person ("Тарас Шевченко", "Богдана Хмельницького"). Cities need no cue
        unless their name is also a word or a name and stands where any word is capitalised (sentence
        start, quotes). Villages and селища need a cue unless they are a hromada centre whose name is no
        ordinary word or person name.
        """
        tokens = self.tokens
        strong: list[int] = []
        weak: list[int] = []
        total = 0
        risky_spot = tokens.sentence_start(i) or tokens.quoted(i)
        for kind, idx, person_flags in entries:
            if kind != "S":
                continue
            total += 1
            unit = self.units[idx]
            if cue is not None:
                if cue == "any" or unit.type in _CUE_TYPES[cue]:
                    strong.append(idx)
                continue
            if self.person_here(i, j, unit, person_flags):
                continue
            risky = person_flags or unit.flags & (FLAG_COMMON | FLAG_PERSON | FLAG_COUNTRY)
            if _is_city(unit):
                (weak if risky and risky_spot else strong).append(idx)
            else:
                (strong if unit.is_admin_centre and not risky else weak).append(idx)
        return strong, weak, total

    def person_here(self, i: int, j: int, unit: _Unit, person_flags: str) -> bool:
        """The name is a person's here: a surname after a first name, a first name before a surname."""
        if not person_flags and not unit.flags & FLAG_PERSON:
            return False
        if self.tokens.after_person_name(i):
            return True
        first_name = "f" in person_flags or unit.flags & FLAG_FIRST_NAME
        return bool(first_name) and self.tokens.before_surname(j)

    def cue_before(self, i: int) -> tuple[str | None, int | None]:
        """The cue before a name and its token: "село", "с.", "м.", "смт", "містом-побратимом"; or "street"
        and "foreign" ("литовським містом X"), which rule a settlement out; or a cue carried over a list."""
        tokens = self.tokens
        t = i - 1
        if t < 0:
            return None, None
        if tokens.keys[t] in _STREET_CUES and not tokens.sentence_start(i):
            return "street", None
        while t > 0 and tokens.keys[t] in _PARTNER_WORDS and tokens.joinable(t):
            t -= 1
        cue, t = self.cue_word(t)
        if cue is None:
            return self.listed_cue(i), None
        adjacent = t > 0 and not _DASH.search(tokens.seps[t])  # not "X-ський – місто-побратим Y"
        if (
            cue == "місто"
            and adjacent
            and _foreign_adjective(key := tokens.keys[t - 1])
            and not self.oblasts_own(key)
        ):
            return "foreign", None  # "литовським містом X"; not "волинське місто X"
        return cue, t

    def oblasts_own(self, key: str) -> bool:
        """The adjective is a Ukrainian oblast's ("волинське", "львівського"), not a country's."""
        from parsers.morphology import adjective_form

        feminine = adjective_form(key, "femn")
        return bool(feminine) and self.places.oblast_of(feminine[:1].upper() + feminine[1:]) is not None

    def land_of_its_centre(self, i: int, entries: Entries) -> int | None:
        """ "на X-і": one lives "у" a city but "на" a land, so an oblast centre's name after "на" names
        its oblast (the one centre whose name is also its region's everyday name), not the city."""
        tokens = self.tokens
        if i == 0 or tokens.keys[i - 1] != "на" or not tokens.spaced(i):
            return None
        for kind, idx, _ in entries:
            unit = self.units[idx]
            if kind == "S" and _is_city(unit) and _centre_of_its_oblast(unit):
                return self.places.by_code.get(unit.oblast_katottg)
        return None

    def cue_word(self, t: int) -> tuple[str | None, int]:
        """A settlement type word ending at token t, and the token it starts at."""
        tokens = self.tokens
        key = tokens.keys[t]
        if key in _SETTLEMENT_CUES and not _SENTENCE_END.search(tokens.seps[t + 1]):
            return _SETTLEMENT_CUES[key], t
        if key in _ABBREVIATED_CUES and not tokens.caps[t] and tokens.seps[t + 1].strip() in (".", ""):
            return _ABBREVIATED_CUES[key], t
        if key == "ще" and t > 0 and tokens.keys[t - 1] == "с" and "-" in tokens.seps[t]:
            return "селище", t - 1  # с-ще
        if (
            key in _HEAD_NOUNS
            and t > 0
            and tokens.keys[t - 1] in _HEAD_OFFICES
            and not (t + 1 < tokens.n and _holders_first_name(tokens.raws[t + 1], tokens.keys[t + 1]))
        ):  # "селищний голова X-а": X is a селище; "сільський голова Ім'я …" names the holder, no place
            return _HEAD_OFFICES[tokens.keys[t - 1]], t - 1
        if (
            key == "типу"
            and t > 1
            and tokens.keys[t - 1] == "міського"
            and tokens.keys[t - 2] in _SETTLEMENT_CUES
        ):
            return "селище", t - 2  # селище міського типу
        return None, t

    def listed_cue(self, i: int) -> str | None:
        """ "у селах Перемога, Слава та Надія": a cue carries over a list of names."""
        tokens = self.tokens
        previous = self.raws[-1] if self.raws else None
        if previous is None or previous.group != "S" or previous.cue in (None, "any"):
            return None
        gap = range(previous.j, i)
        if len(gap) > 1 or any(tokens.keys[t] not in _CONJ for t in gap):
            return None
        if any(tokens.seps[t].strip() not in ("", ",") for t in range(previous.j, i + 1)):
            return None
        return previous.cue

    def region_follows(self, j: int) -> bool:
        """ "Перемога Сумської області", "X Y-ської громади": the place is pinned down."""
        tokens = self.tokens
        if j + 1 >= tokens.n or tokens.seps[j].strip() not in ("", ",", "("):
            return False
        following = tokens.keys[j + 1]
        return bool(_GENITIVE_REGION.search(tokens.keys[j])) and (
            following in _REGION_HEADS or following in _HROMADA_TYPES
        )

    def hromada_phrase_start(self, cue: int) -> int | None:
        """ "громада міста Ізюм", "територіальної громади села X": the phrase names the hromada."""
        tokens = self.tokens
        t = cue - 1
        if t < 0 or tokens.keys[t] not in _GROMADA or not tokens.spaced(cue):
            return None
        while t > 0 and tokens.keys[t - 1] in _HROMADA_MODIFIERS and tokens.spaced(t):
            t -= 1
        return t


def _is_city(unit: _Unit) -> bool:
    return unit.kind == "K" or unit.rank == _CITY_RANK


def _centre_of_its_oblast(unit: _Unit) -> bool:
    """The city whose hromada bears its oblast's adjective ("X-ька міська громада", "X-ька область")."""
    return bool(unit.hromada_name_uk) and unit.hromada_name_uk.split()[0] == unit.oblast_uk.split()[0]


def _foreign_adjective(key: str) -> bool:
    """ "литовським", "польського": a country adjective before "місто" means a foreign town."""
    return bool(_FOREIGN_ADJ.search(key)) and not _UKRAINIAN_ADJ.match(key)


class _Resolution:
    """Decide every raw match of one text with its context and make the mentions."""

    def __init__(self, places: UaPlaces, text: str, tokens: _Tokens, raws: list[_Raw], ctx: _Context) -> None:
        self.places = places
        self.units = places.units
        self.text, self.tokens, self.raws, self.ctx = text, tokens, raws, ctx
        self.certain: set[int] = set()
        """Hromadas some match of the text can be no other hromada than (its type word decides)."""
        self.certain_places_oblasts: set[str] = set()
        """The oblasts of the places a name of the text can be no other place than."""
        self.pins: list[tuple[int, frozenset[int], frozenset[str]]] = []
        """Shared names the place beside them pins down: (raw number, their candidates, the hromadas left)."""

    def run(self) -> list[UaMention]:
        """Accepted matches first; then the ones that need confirming by them or by the context."""
        raws, chosen = self.raws, {}
        self.certain = {raw.cands[0] for raw in raws if raw.group == "H" and len(raw.cands) == 1}
        # the oblasts of the places the text names beyond doubt (a name only one place bears)
        self.certain_places_oblasts = {
            self.units[raw.cands[0]].oblast_katottg
            for raw in raws
            if raw.group == "S" and len(raw.cands) == 1
        }
        speaks_of_hromadas = any(key in _GROMADA for key in self.tokens.keys)
        self.pins = self.pinned_names()
        for n, raw in enumerate(raws):  # hromadas by their adjective first: their centres may decide a name
            if raw.group == "H" and raw.cands and (speaks_of_hromadas or not raw.elliptical):
                chosen[n] = self.pick(n)
        self.prefer_named_centres({self.units[chosen[n]].hromada_katottg for n in chosen})
        for n, raw in enumerate(raws):
            if n not in chosen and raw.cands and (speaks_of_hromadas or not raw.elliptical):
                chosen[n] = self.pick(n)
        named = {chosen[n] for n in chosen if raws[n].group == "S"}
        named_hromadas = {self.units[chosen[n]].katottg for n in chosen if raws[n].group == "H"}
        named_hromadas |= self.ctx.named_otherwise
        for n, raw in enumerate(raws):
            if not raw.cands and raw.weak:
                raw.cands = [c for c in raw.weak if self.confirmed(c, named, named_hromadas)]
                if raw.cands:
                    chosen[n] = self.pick(n)
        return [self.mention(raws[n], chosen[n]) for n in sorted(chosen)]

    def prefer_named_centres(self, named: set[str | None]) -> None:
        """ "Y-ська селищна громада" … "голова Y-ки": a name whose accepted places lie elsewhere is the
        centre of a hromada the text names by its adjective, when that centre bears it."""
        pinned = named - {None}
        if not pinned:
            return
        for raw in self.raws:
            if (
                raw.group != "S"
                or not raw.weak
                or any(self.units[c].hromada_katottg in pinned for c in raw.cands)
            ):
                continue
            centres = [
                c
                for c in raw.weak
                if self.units[c].is_admin_centre and self.units[c].hromada_katottg in pinned
            ]
            if centres:
                raw.cands = centres

    def confirmed(self, idx: int, named: set[int], named_hromadas: set[str]) -> bool:
        """Named elsewhere in the text (with a cue, or its hromada); a city also by its oblast in context."""
        unit = self.units[idx]
        if idx in named or unit.hromada_katottg in named_hromadas:
            return True
        in_context = unit.oblast_katottg in self.ctx.oblasts or unit.oblast_katottg == self.ctx.owner_oblast
        return _is_city(unit) and not unit.flags & FLAG_PERSON and in_context

    def pick(self, n: int) -> int:
        """A shared name: the place named next to it, Kyiv, the owner's hromada, context oblasts, the
        owner's oblast, the oblasts of the hromadas named beyond doubt, then rank."""
        units, ctx, raw = self.units, self.ctx, self.raws[n]
        cands = raw.cands
        if len(cands) == 1:
            return cands[0]
        cands = self.pinned(n, cands)
        if raw.group == "H":  # the site's own hromada first, whatever namesakes the page names in full
            cands = _narrow(cands, lambda c: units[c].katottg == ctx.owner_hromada)
        if raw.group == "H":  # a text that names one hromada beyond doubt ("X-ська сільська громада")
            cands = _narrow(cands, lambda c: c in self.certain)  # means it by the bare adjective too
        if raw.cue not in ("село", "селище") and any(units[c].kind == "K" for c in cands):
            cands = [c for c in cands if units[c].kind == "K"]
        # the site owner's own places first: a name its hromada holds is its own, whatever other oblast the
        # page names (guests "з <іншої області>" do not move the owner's town there)
        cands = _narrow(cands, lambda c: units[c].hromada_katottg == ctx.owner_hromada)
        if (
            len(cands) > 1 and self.pins
        ):  # one name, one place: the hromada another mention of it is pinned to
            shared = set(raw.cands)
            pins = [pin for pin in self.pins if pin[1] & shared]
            if raw.i > 0 and self.tokens.keys[raw.i - 1] in _DEMONSTRATIVES:
                pins = [pin for pin in pins if pin[0] < n][-1:]  # "той X, що …": the namesake just named
            for _, _, hromadas in pins:
                cands = _narrow(cands, lambda c, kept=hromadas: units[c].hromada_katottg in kept)
        cands = _narrow(cands, lambda c: units[c].oblast_katottg in ctx.oblasts)
        if raions := _raion_prefixes_of(ctx.oblasts):  # "на X-щині" of a raion, two namesakes in its oblast
            cands = _narrow(cands, lambda c: in_raion(units[c].katottg, raions))
        cands = _narrow(cands, lambda c: units[c].oblast_katottg == ctx.owner_oblast)
        if ctx.owner_hromada:  # namesakes in the owner's oblast: the one of the owner's raion, its neighbour
            cands = _narrow(cands, lambda c: same_raion(units[c].katottg, ctx.owner_hromada))
        # the oblasts of the hromadas the text names beyond doubt: "A-ська, B-ська та C-ська громади"
        # are most often neighbours
        sure = {units[c].oblast_katottg for c in self.certain}
        cands = _narrow(cands, lambda c: units[c].oblast_katottg in sure)
        # then the oblasts of the places named beyond doubt: "X-ська громада, за 30 кілометрів від Y"
        cands = _narrow(cands, lambda c: units[c].oblast_katottg in self.certain_places_oblasts)
        return min(cands, key=lambda c: (-units[c].rank, not units[c].is_admin_centre, units[c].katottg))

    def pinned_names(self) -> list[tuple[int, frozenset[int], frozenset[str]]]:
        """The shared names that the place beside them pins down ("X-ська громада Y-ського району"),
        with their candidates and the hromadas left: a bare mention of the name elsewhere means one of
        those hromadas."""
        pins = []
        for n, raw in enumerate(self.raws):
            if len(raw.cands) < 2:
                continue
            hromadas = frozenset(self.units[c].hromada_katottg for c in self.pinned(n, raw.cands))
            if len(hromadas) < len({self.units[c].hromada_katottg for c in raw.cands}):
                pins.append((n, frozenset(raw.cands), hromadas))
        return pins

    def pinned(self, n: int, cands: list[int]) -> list[int]:
        """ "X Сумської області", "X, що на Сумщині", "с. X Y-ської громади", "X Y-ського району",
        "сумська X-ська громада"."""
        if raions := self.raions_after(self.raws[n].j) or self.raion_area_after(self.raws[n].j):
            in_area = [c for c in cands if in_raion(self.units[c].katottg, raions)]
            if in_area:  # "на X-щині" names a raion or, failing that, an oblast (read below)
                return in_area
        if oblast := self.oblast_before(self.raws[n].i):
            return _narrow(cands, lambda c: self.units[c].oblast_katottg == oblast)
        if n + 1 >= len(self.raws) or not self.adjacent(self.raws[n], self.raws[n + 1]):
            return cands
        units, following = self.units, self.raws[n + 1]
        codes = {units[c].katottg for c in following.cands}
        if following.group == "O":
            return _narrow(cands, lambda c: units[c].oblast_katottg in codes)
        if following.group == "H":
            return _narrow(cands, lambda c: units[c].hromada_katottg in codes)
        return cands

    def oblast_before(self, i: int) -> str | None:
        """The oblast an oblast's adjective right before token i names ("кіровоградська X-ська
        громада", "донецької X-и"): the name's oblast, of two places so named."""
        if i == 0 or not self.tokens.spaced(i):
            return None
        entries = self.places.entries(self.tokens.keys[i - 1])
        return next((self.units[idx].katottg for kind, idx, _ in entries if kind == "O"), None)

    def raions_after(self, j: int) -> frozenset[str]:
        """The raions a genitive or locative raion phrase right after token j names ("громада
        Y-ського району", "…, Y-ському районі"): their code prefixes, none when there is no such phrase."""
        tokens = self.tokens
        if j + 1 >= tokens.n or tokens.keys[j + 1] not in _RAION_CASES:
            return frozenset()
        if tokens.seps[j].strip() not in ("", ",") or not tokens.spaced(j + 1):
            return frozenset()
        if (adjective := _RAION_ADJECTIVE.fullmatch(tokens.keys[j])) is None:
            return frozenset()
        return raion_prefixes_by_key().get(f"{adjective.group(1)}ий", frozenset())

    def raion_area_after(self, j: int) -> frozenset[str]:
        """The raion a locative area noun right after token j names ("громада на X-щині", made from the
        raion's adjective): its code prefixes, none when there is no such noun or raion."""
        tokens = self.tokens
        if j + 1 >= tokens.n or tokens.keys[j] != "на" or tokens.seps[j].strip():
            return frozenset()
        if (area := _RAION_AREA.fullmatch(tokens.keys[j + 1])) is None:
            return frozenset()
        adjective = area.group(1) + ("ський" if area.group(2) == "щ" else "цький")
        return raion_prefixes_by_key().get(adjective, frozenset())

    def adjacent(self, raw: _Raw, following: _Raw) -> bool:
        tokens = self.tokens
        gap = range(raw.j, following.i)
        if len(gap) > 2 or any(tokens.keys[t] not in _FILLERS for t in gap):
            return False
        return all(tokens.seps[t].strip() in ("", ",", "(") for t in range(raw.j, following.i + 1))

    def mention(self, raw: _Raw, idx: int) -> UaMention:
        unit, tokens = self.units[idx], self.tokens
        first = raw.span_start if raw.span_start is not None else raw.i
        start, end = tokens.starts[first], tokens.ends[raw.j - 1]
        kind = _mention_kind(raw, unit)
        return UaMention(
            start=start,
            end=end,
            text=self.text[start:end],
            kind=kind,
            katottg=unit.katottg if unit.kind != "S" else unit.hromada_katottg,
            hromada_name_uk=unit.hromada_name_uk if kind != "oblast" else None,
            settlement_uk=unit.name_uk if raw.group == "S" or unit.kind == "K" else None,
            oblast_katottg=unit.oblast_katottg,
            oblast_uk=unit.oblast_uk,
            candidates=raw.total or len(raw.cands),
        )


def _mention_kind(raw: _Raw, unit: _Unit) -> str:
    if raw.group == "O":
        return "oblast"
    if unit.kind == "K":
        return "city_k"
    if raw.group == "H" or raw.span_start is not None:
        return "hromada"
    return "settlement"


class UaPlaces:
    """Surface forms of every codifier place, in memory; the shared instance is :func:`load_ua_places`."""

    def __init__(self, units: list[_Unit], forms: dict[str, str], max_tokens: int) -> None:
        self.units = units
        self.forms = forms
        self.max_tokens = max_tokens
        self.prefixes = frozenset(
            " ".join(words[:size])
            for words in (key.split(" ") for key in forms if " " in key)
            for size in range(1, len(words))
        )
        """The first words of every surface form of several words: a run of tokens is extended only
        while it still begins one."""
        self.by_code = {u.katottg: i for i, u in enumerate(units)}
        self._entries: dict[str, Entries] = {}

    def find(
        self,
        text: str,
        context_oblasts: frozenset[str] = frozenset(),
        owner_katottg: str | None = None,
        named_otherwise: frozenset[str] = frozenset(),
    ) -> list[UaMention]:
        """All mentions in text order. Shared names are decided by the place named right after them, the
        oblasts in ``context_oblasts`` or named in the text, the owner hromada and its oblast, then rank
        (місто, селище, село; hromada centre first). Київ is kind city_k with its K code.
        ``named_otherwise``: hromadas the text names by other means (an office: "X-ський селищний
        голова"), which confirm a bare name of their centre as they confirm it when named here."""
        tokens = _Tokens(text)
        raws = _Scan(self, tokens).run()
        named_oblasts = {self.units[r.cands[0]].katottg for r in raws if r.group == "O"}
        ctx = self._context(frozenset(context_oblasts) | named_oblasts, owner_katottg)
        ctx = replace(ctx, named_otherwise=named_otherwise) if named_otherwise else ctx
        return _Resolution(self, text, tokens, raws, ctx).run()

    def _context(self, oblasts: frozenset[str], owner_katottg: str | None) -> _Context:
        """The owner may be given as a hromada, a K city, an oblast or a settlement (then its hromada)."""
        owner = self.units[self.by_code[owner_katottg]] if owner_katottg in self.by_code else None
        if owner is None:
            return _Context(oblasts, None, None)
        return _Context(oblasts, owner.hromada_katottg, owner.oblast_katottg)

    def oblast_of(self, phrase: str) -> str | None:
        """The oblast code of 'Чернігівщина', 'на Чернігівщині', 'Чернігівської області', 'Харківщини';
        a bare oblast adjective ('Чернігівська') works too. Київ and Севастополь give their K codes."""
        for mention in self.find(phrase):
            if mention.kind in ("oblast", "city_k"):
                return mention.oblast_katottg
        for kind, idx, _ in self.entries(name_key(phrase)):
            if kind in ("O", "R"):
                return self.units[idx].katottg
        return None

    def entries(self, key: str) -> Entries:
        """The units a surface form key could be; "S12p,H3" is unpacked once and cached (misses are not
        cached, so the cache stays bounded by the index)."""
        cached = self._entries.get(key)
        if cached is None:
            packed = self.forms.get(key)
            if packed is None:
                return ()
            cached = self._entries[key] = tuple(_unpack(entry) for entry in packed.split(","))
        return cached


def _unpack(entry: str) -> tuple[str, int, str]:
    """ "S12pf" -> ("S", 12, "pf")."""
    digits = entry[1:].rstrip("pf")
    return entry[0], int(digits), entry[1 + len(digits) :]


def _read(db_path: Path) -> UaPlaces:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT * FROM units ORDER BY idx")
        units = [_Unit(*row[1:6], bool(row[6]), *row[7:]) for row in rows]
        forms = dict(db.execute("SELECT key, entries FROM forms"))
        max_tokens = int(db.execute("SELECT value FROM meta WHERE key = 'max_tokens'").fetchone()[0])
    return UaPlaces(units, forms, max_tokens)


@lru_cache(maxsize=4)
def load_ua_places(db_path: Path = FORMS_DB) -> UaPlaces:
    """The finder, cached per process; builds ``data/ua_forms.sqlite`` first when it is missing or stale."""
    return _read(ensure_built(db_path))


def _raion_prefixes_of(codes: frozenset[str]) -> frozenset[str]:
    """The raions among context codes (oblasts and the raions the text names), as code prefixes."""
    return frozenset(code[:6] for code in codes if code[4:6] != "00" and code[6:9] == "000")
