"""What the extractor gives: a fact ties a Ukrainian side to a partner place, and the candidates it is
made from (a found place, a pair waiting for its link).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers.facts.links import STRENGTH, Link, link_of
from parsers.facts.sentences import join_sentences
from parsers.places.foreign import ForeignPlace
from parsers.places.ua_places import UaMention
from parsers.places.world import WorldPlace
from parsers.text import name_key, normalize_name


@dataclass
class Partner:
    name_uk: str
    name: str | None
    country_iso2: str | None
    geonameid: int | None
    katottg: str | None
    level: str
    domestic: bool

    @property
    def key(self) -> str:
        if self.domestic:
            return f"UA:{self.katottg}"
        if self.geonameid:
            return f"G:{self.geonameid}"
        return f"N:{self.country_iso2}:{name_key(self.name or self.name_uk)}"


@dataclass
class UaSide:
    katottg: str | None
    name_uk: str
    settlement_uk: str | None
    oblast_uk: str | None
    at: int | None = None
    """Where the sentence names it (None for the article's own hromada, not named there)."""


@dataclass
class Fact:
    ua: UaSide
    partner: Partner
    relation: str
    status: str
    event_date: str | None
    evidence: list[str] = field(default_factory=list)
    confidence: float = 0.0
    link: str | None = None
    """How the text ties the two sides (:mod:`parsers.facts.links`)."""
    sentence_indexes: list[int] = field(default_factory=list)
    """Which sentences of the article state it (to find a date told in a neighbouring sentence)."""
    relation_told: bool = True
    """The text names the relation (a document or tie word); else it is the default of a bare tie word."""
    by_document: bool = False
    """The relation is the kind of a document the text names ("угода про співпрацю"), not a word for
    the partners ("стало партнером")."""

    def to_contract(self) -> dict:
        """The shape of one item of ``partnerships`` in extract-output.schema.json."""
        return {
            "ua": {
                "katottg": self.ua.katottg,
                "name_uk": self.ua.name_uk,
                "settlement_uk": self.ua.settlement_uk,
                "oblast_uk": self.ua.oblast_uk,
            },
            "partner": {
                "name_uk": self.partner.name_uk,
                "name": self.partner.name,
                "country_iso2": self.partner.country_iso2,
                "geonameid": self.partner.geonameid,
                "katottg": self.partner.katottg,
                "level": self.partner.level,
                "domestic": self.partner.domestic,
            },
            "relation": self.relation,
            "status": self.status,
            "event_date": self.event_date,
            "evidence": join_sentences(self.evidence),
            "confidence": round(self.confidence, 2),
            "link": self.link,
        }


@dataclass
class Found:
    """A partner candidate at a position in a sentence."""

    start: int
    partner: Partner
    confidence: float
    end: int = 0
    """Where the name ends (0 when unknown: the list logic then takes the first letter)."""

    @property
    def stop(self) -> int:
        return self.end or self.start + 1


def partner_of(place: WorldPlace | ForeignPlace, level: str, written: str | None = None) -> Partner:
    """A gazetteer place; its Ukrainian name as the text writes it when the text uses the nominative
    (an apostrophe the gazetteer's spelling lacks)."""
    name_uk = place.name_uk
    if written and name_key(written) == name_key(place.name_uk):
        name_uk = normalize_name(written)
    return Partner(name_uk, place.name, place.country_iso2, place.geonameid, None, level, False)


def side_of_mention(mention: UaMention) -> UaSide:
    return UaSide(
        mention.katottg,
        mention.hromada_name_uk or mention.text,
        mention.settlement_uk,
        mention.oblast_uk,
        mention.start,
    )


@dataclass
class PairCandidate:
    """A Ukrainian side and a partner of one sentence, and the lists they stand in (the link test's input)."""

    ua: UaSide
    found: Found
    ua_run: tuple[int, int] | None
    partner_run: tuple[int, int]
    position: tuple[int, int] | None = None
    dash: bool = False
    fallback: str | None = None
    """The link when the sentence's structure shows none but the pair's own pattern does (co-signers)."""
    fixed: str | None = None
    """The link already established by the pattern that made the candidate (an owner's partner list)."""

    def link(self, text: str) -> Link | None:
        if self.fixed:
            return Link(self.fixed, STRENGTH[self.fixed])
        found = link_of(
            text, self.ua_run, self.partner_run, self.position, self.dash, (self.ua.at, self.found.start)
        )
        if found is None and self.found.partner.domestic and self.ua_run and self.position is None:
            # two hromadas are one pair whichever the text ties to which ("A, з якою B уклала угоду")
            found = link_of(
                text, self.partner_run, self.ua_run, None, self.dash, (self.found.start, self.ua.at)
            )
        if found is None and self.fallback:
            return Link(self.fallback, STRENGTH[self.fallback])
        return found


def domestic_partner(mention: UaMention) -> Found:
    name_uk = mention.settlement_uk or mention.hromada_name_uk or mention.text
    partner = Partner(name_uk, _latin_of(mention), "UA", None, mention.katottg, "city", True)
    return Found(mention.start, partner, 0.8, mention.end)


def _latin_of(mention: UaMention) -> str | None:
    from translitua import translit

    return translit(mention.settlement_uk or (mention.hromada_name_uk or mention.text).split()[0])
