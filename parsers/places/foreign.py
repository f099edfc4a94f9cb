"""The one resolver for foreign places (baseline stub)."""

from __future__ import annotations

from dataclasses import dataclass

from parsers.places.world import World, load_world


@dataclass(frozen=True)
class ForeignPlace:
    name_uk: str
    name: str
    country_iso2: str | None
    level: str
    geonameid: int | None
    score: float


def resolve_foreign(name: str, country_iso2: str | None = None, context: str = "", world: World | None = None):
    world = world or load_world()
    p = world.resolve(name, country_iso2)
    return ForeignPlace(p.name_uk, p.name, p.country_iso2, "city", p.geonameid, p.score)
