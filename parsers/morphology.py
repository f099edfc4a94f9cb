"""Small questions to the Ukrainian morphological dictionary (pymorphy3 + pymorphy3-dicts-uk).

Used to keep people and ordinary words out of place candidates: "Михайло Посітко" is a person,
"Документ" at the start of a sentence is a word. Answers are cached; the analyzer loads once.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

from parsers.text import normalize_name


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="uk")


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[pymorphy3.analyzer.Parse, ...]:
    """The dictionary's readings of ``word`` as written, memoized: one word is asked about by several
    tests (adjective, place adjective, common noun, name), and each parse costs more than a look-up."""
    return tuple(analyzer().parse(word))


_GIVEN_NAMES_UNTAGGED = frozenset(
    (
        "богдан",
        "назар",
        "максим",
        "володимир",
        "марко",
        "мартин",
        "лука",
        "олесь",
        "северин",
        "злата",
        "поліна",
    )
)
"""Common Ukrainian first names the dictionary has only as common nouns or places (no name tag)."""


@lru_cache(maxsize=50000)
def is_given_name(word: str) -> bool:
    """True when the dictionary knows ``word`` as a first name or patronymic in some reading, or reads
    it as a form of a common first name it has no name tag for; a double first name ("Анна-Карін") by
    its first part."""
    if "-" in word.strip("-"):
        return is_given_name(word.split("-", 1)[0])
    readings = parses(normalize_name(word))
    return normalize_name(word).lower() in _GIVEN_NAMES_UNTAGGED or any(
        parse.is_known
        and ({"Name", "Patr"} & parse.tag.grammemes or parse.normal_form in _GIVEN_NAMES_UNTAGGED)
        for parse in readings[:3]
    )


@lru_cache(maxsize=50000)
def is_nominative_given_name(word: str) -> bool:
    """The dictionary reads the word as a first name in the nominative singular and never as a name in
    the genitive singular ("Юрій", but not "Ярослава", also the genitive of "Ярослав"): after an office
    word, such a word begins the holder's name; the office's town would stand in the genitive."""
    names = [
        parse.tag
        for parse in parses(normalize_name(word))
        if parse.is_known and "Name" in parse.tag.grammemes and "plur" not in parse.tag.grammemes
    ]
    return any("nomn" in tag.grammemes for tag in names) and not any("gent" in tag.grammemes for tag in names)


@lru_cache(maxsize=50000)
def is_pronoun(word: str) -> bool:
    """True when the dictionary reads the lowercase word as a pronoun in some reading ("вона", "його"):
    a pronoun that opens a sentence is never a place, whatever namesake its letters spell."""
    return any(parse.is_known and parse.tag.POS == "NPRO" for parse in parses(normalize_name(word).lower()))


@lru_cache(maxsize=50000)
@lru_cache(maxsize=50000)
def is_known_adjective(word: str) -> bool:
    """The dictionary knows the word as an adjective ("Старим", "Великою"), not only guesses it from its
    ending (a foreign town's case form can look like one); a word read as an adverb too ("Раніше",
    "Більше") is none."""
    readings = parses(normalize_name(word).lower())
    if any("ADVB" in parse.tag or "COMP" in parse.tag for parse in readings):
        return False
    return any("ADJF" in parse.tag and parse.is_known for parse in readings)


def is_common_word(word: str) -> bool:
    """True when the lowercase word is a dictionary word that is not a place or person name."""
    readings = parses(normalize_name(word).lower())
    known = [parse for parse in readings if parse.is_known]
    if not known:
        return False
    return not any({"Geox", "Name", "Surn", "Patr", "Orgn"} & parse.tag.grammemes for parse in known)


@lru_cache(maxsize=50000)
def has_common_noun_reading(word: str, gender: str | None = None) -> bool:
    """True when one reading of the lowercase word is a plain noun ("гора", "воля"), of ``gender`` if
    given, whatever else the dictionary lists it as (a surname too, say)."""
    readings = parses(normalize_name(word).lower())
    names = {"Name", "Surn", "Patr", "Geox", "Orgn"}
    return any(
        parse.is_known
        and "NOUN" in parse.tag
        and not names & parse.tag.grammemes
        and (gender is None or gender in parse.tag)
        for parse in readings
    )


@lru_cache(maxsize=50000)
def lemma(word: str) -> str:
    """The dictionary's first normal form (used only for adjectives and common nouns)."""
    return parses(normalize_name(word).lower())[0].normal_form


@lru_cache(maxsize=20000)
def adjective_form(word: str, gender: str = "masc") -> str:
    """Nominative singular of an adjective in ``gender``, capitalised as written
    ("Оломоуцьким" → "Оломоуцький")."""
    normalized = normalize_name(word)
    for parse in parses(normalized.lower()):
        if "ADJF" in parse.tag:
            form = parse.inflect({"nomn", gender})
            if form:
                text = form.word
                return text[:1].upper() + text[1:] if normalized[:1].isupper() else text
    if place_adjective := _PLACE_ADJECTIVE_CASE.search(normalized):
        # a place's adjective the dictionary reads only as a surname ("X-ською" → "X-ський")
        return normalized[: place_adjective.start(1)] + _NOMINATIVE_ENDING[gender]
    return normalized


_PLACE_ADJECTIVE_CASE = re.compile(r"(?:[сц]ьк|зьк)(ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими)$")
_NOMINATIVE_ENDING = {"masc": "ий", "femn": "а", "neut": "е"}


@lru_cache(maxsize=20000)
def is_plural_people(word: str) -> bool:
    """A plural noun of people in the nominative ("мешканці", "делегати", residents named after their
    town, which the dictionary guesses), read in lower case: the subject of a clause people act in."""
    names = {"Name", "Surn"} if word[:1].isupper() else set()  # a lowercase word is no person's name
    return any(
        {"NOUN", "anim", "plur", "nomn"} <= parse.tag.grammemes and not names & parse.tag.grammemes
        for parse in parses(normalize_name(word).lower())[:2]
    )
