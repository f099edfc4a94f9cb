"""The registry of council and hromada websites (``data/councils.toml``), validated at load.

Sites are data, not code: one entry names the domain, the hromada that owns the site (its KATOTTG
code), the platform whose parser reads it and its news listings. A broken entry stops the load
with a message naming the site and the field, so a typo never turns into a silent empty crawl.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from parsers.places.katottg import load_codifier

REGISTRY_TOML = Path(__file__).resolve().parent.parent / "data" / "councils.toml"
PLATFORMS = ("gromada", "wordpress", "joomla_k2", "drupal7", "generic")
_KNOWN_FIELDS = {
    "domain",
    "aliases",
    "name",
    "hromada_katottg",
    "platform",
    "listings",
    "enabled",
    "encoding",
    "date_format",
    "article_pattern",
    "note",
    "base_url",
}


class RegistryError(ValueError):
    """The registry file is not valid; the message lists every problem, one per line."""


@dataclass(frozen=True)
class Site:
    domain: str
    hromada_katottg: str
    platform: str
    listings: tuple[str, ...]
    name: str = ""
    aliases: tuple[str, ...] = ()
    enabled: bool = True
    encoding: str | None = None
    date_format: str | None = None
    article_pattern: str | None = None
    base_url: str = ""
    note: str = ""
    hromada_name_uk: str = ""
    oblast_katottg: str = ""
    oblast_name_uk: str = ""

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.domain, *self.aliases)


@dataclass
class Registry:
    sites: list[Site] = field(default_factory=list)

    def by_domain(self, domain: str) -> Site | None:
        host = domain.lower().removeprefix("www.") if domain else ""
        for site in self.sites:
            if host in {h.removeprefix("www.") for h in site.hosts}:
                return site
        return None

    def for_url(self, url: str) -> Site | None:
        return self.by_domain(urlsplit(url).hostname or "")

    def enabled(self) -> list[Site]:
        return [site for site in self.sites if site.enabled]


def parse_registry(text: str, source: str = "registry") -> Registry:
    """Validate and read registry TOML text; raises :class:`RegistryError` listing every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(f"{source}: not valid TOML: {error}") from error
    problems: list[str] = []
    sites: list[Site] = []
    seen: set[str] = set()
    for number, entry in enumerate(data.get("site", []), start=1):
        label = f"{source}: site #{number} ({entry.get('domain', 'no domain')})"
        site = _site(entry, label, problems)
        if site is None:
            continue
        for host in site.hosts:
            if host in seen:
                problems.append(f"{label}: host {host!r} is listed twice")
            seen.add(host)
        sites.append(site)
    if not data.get("site"):
        problems.append(f"{source}: no [[site]] entries")
    if problems:
        raise RegistryError("\n".join(problems))
    return Registry(sites)


def _site(entry: dict, label: str, problems: list[str]) -> Site | None:
    before = len(problems)
    unknown = set(entry) - _KNOWN_FIELDS
    if unknown:
        problems.append(f"{label}: unknown field(s) {', '.join(sorted(unknown))}")
    for name in ("domain", "hromada_katottg", "platform", "listings"):
        if not entry.get(name):
            problems.append(f"{label}: missing {name}")
    if len(problems) > before:
        return None
    domain = str(entry["domain"]).lower()
    if not re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", domain):
        problems.append(f"{label}: domain {domain!r} is not a host name")
    if entry["platform"] not in PLATFORMS:
        problems.append(f"{label}: platform {entry['platform']!r} is not one of {', '.join(PLATFORMS)}")
    listings = entry["listings"]
    if not isinstance(listings, list) or not all(isinstance(p, str) and p.startswith("/") for p in listings):
        problems.append(f"{label}: listings must be a list of paths starting with /")
    if pattern := entry.get("article_pattern"):
        try:
            re.compile(pattern)
        except re.error as error:
            problems.append(f"{label}: article_pattern is not a valid regex: {error}")
    if encoding := entry.get("encoding"):
        try:
            "".encode(encoding)
        except LookupError:
            problems.append(f"{label}: unknown encoding {encoding!r}")
    unit = load_codifier().units.get(entry["hromada_katottg"])
    if unit is None or unit.level != "hromada":
        problems.append(
            f"{label}: hromada_katottg {entry['hromada_katottg']!r} is not a hromada in the codifier"
        )
    if len(problems) > before:
        return None
    oblast = load_codifier().units.get(unit.oblast_katottg)
    return Site(
        domain=domain,
        hromada_katottg=entry["hromada_katottg"],
        platform=entry["platform"],
        listings=tuple(listings),
        name=entry.get("name", ""),
        aliases=tuple(a.lower() for a in entry.get("aliases", [])),
        enabled=bool(entry.get("enabled", True)),
        encoding=entry.get("encoding"),
        date_format=entry.get("date_format"),
        article_pattern=entry.get("article_pattern"),
        base_url=entry.get("base_url") or f"https://{domain}",
        note=entry.get("note", ""),
        hromada_name_uk=unit.name_uk,
        oblast_katottg=unit.oblast_katottg,
        oblast_name_uk=oblast.name_uk if oblast else "",
    )


@lru_cache(maxsize=4)
def load_registry(path: Path = REGISTRY_TOML) -> Registry:
    """The shipped registry, validated once per process."""
    return parse_registry(path.read_text(encoding="utf-8"), source=path.name)
