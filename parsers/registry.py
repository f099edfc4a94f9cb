"""The registry of council and hromada websites, validated at load.

Sites are data, not code: one entry names the domain, the hromada that owns the site (its KATOTTG
code), the platform whose parser reads it and its news listings. A broken entry stops the load
with a message naming the site and the field, so a typo never turns into a silent empty crawl.

Two kinds of file make the registry: ``data/councils.toml`` (hand-checked sites) and every
``data/sites/*.toml`` (leads imported from open registers by ``pobratym sites import`` and updated
by ``pobratym sites probe``). A lead is ``verified = false`` until a probe confirms it; it may then
lack listings, and it is crawled only once verified or enabled by the operator.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from parsers.places.katottg import load_codifier

REGISTRY_TOML = Path(__file__).resolve().parent.parent / "data" / "councils.toml"
SITES_DIR = Path(__file__).resolve().parent.parent / "data" / "sites"
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
    # Leads and probes (data/sites/*.toml).
    "verified",
    "source",
    "platform_guess",
    "probed",
    "probe",
    "listing_confidence",
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
    verified: bool = True
    source: str = ""
    platform_guess: str = ""
    probed: str = ""
    """When the last probe ran (ISO date-time), empty if never."""
    probe: str = ""
    """The last probe's verdict: "ok" or the reason the site was left disabled."""
    listing_confidence: float | None = None
    origin: str = ""
    """The registry file the entry came from."""

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.domain, *self.aliases)

    @property
    def state(self) -> str:
        """One word for lists: enabled, disabled (checked but off), unverified, or failed (probe)."""
        if self.enabled:
            return "enabled"
        if not self.verified:
            return "failed" if self.probe and self.probe != "ok" else "unverified"
        return "disabled"


@dataclass
class Registry:
    sites: list[Site] = field(default_factory=list)
    _hosts: dict[str, Site] = field(default_factory=dict, repr=False)

    def by_domain(self, domain: str) -> Site | None:
        host = domain.lower().removeprefix("www.") if domain else ""
        if len(self._hosts) < len(self.sites):
            self._hosts = {h.removeprefix("www."): site for site in reversed(self.sites) for h in site.hosts}
        return self._hosts.get(host)

    def for_url(self, url: str) -> Site | None:
        return self.by_domain(urlsplit(url).hostname or "")

    def enabled(self) -> list[Site]:
        return [site for site in self.sites if site.enabled]


def parse_registry(text: str, source: str = "registry") -> Registry:
    """Validate and read registry TOML text; raises :class:`RegistryError` listing every problem."""
    problems: list[str] = []
    sites = _parse_file(text, source, problems, set())
    if problems:
        raise RegistryError("\n".join(problems))
    return Registry(sites)


def parse_registry_files(files: list[tuple[str, str]]) -> Registry:
    """Several registry files as one registry: (source name, TOML text) each; a host may appear once."""
    problems: list[str] = []
    seen: set[str] = set()
    sites = [
        site for text_source in files for site in _parse_file(text_source[1], text_source[0], problems, seen)
    ]
    if problems:
        raise RegistryError("\n".join(problems))
    return Registry(sites)


def _parse_file(text: str, source: str, problems: list[str], seen: set[str]) -> list[Site]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problems.append(f"{source}: not valid TOML: {error}")
        return []
    sites: list[Site] = []
    for number, entry in enumerate(data.get("site", []), start=1):
        label = f"{source}: site #{number} ({entry.get('domain', 'no domain')})"
        site = _site(entry, label, problems)
        if site is None:
            continue
        for host in site.hosts:
            if host in seen:
                problems.append(f"{label}: host {host!r} is listed twice")
            seen.add(host)
        sites.append(dataclasses.replace(site, origin=source))
    if not data.get("site"):
        problems.append(f"{source}: no [[site]] entries")
    return sites


def _site(entry: dict, label: str, problems: list[str]) -> Site | None:
    before = len(problems)
    unknown = set(entry) - _KNOWN_FIELDS
    if unknown:
        problems.append(f"{label}: unknown field(s) {', '.join(sorted(unknown))}")
    verified = bool(entry.get("verified", True))
    required = (
        ("domain", "hromada_katottg", "platform", "listings") if verified else ("domain", "hromada_katottg")
    )
    for name in required:
        if not entry.get(name):
            problems.append(f"{label}: missing {name}")
    if len(problems) > before:
        return None
    domain = str(entry["domain"]).lower()
    if not re.fullmatch(r"[a-z0-9.-]+\.(?:[a-z]{2,}|xn--[a-z0-9-]+)", domain):
        problems.append(f"{label}: domain {domain!r} is not a host name")
    platform = entry.get("platform", "generic")
    if platform not in PLATFORMS:
        problems.append(f"{label}: platform {platform!r} is not one of {', '.join(PLATFORMS)}")
    listings = entry.get("listings", [])
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
    confidence = entry.get("listing_confidence")
    return Site(
        domain=domain,
        hromada_katottg=entry["hromada_katottg"],
        platform=platform,
        listings=tuple(listings),
        name=entry.get("name", ""),
        aliases=tuple(a.lower() for a in entry.get("aliases", [])),
        enabled=bool(entry.get("enabled", verified)),
        encoding=entry.get("encoding"),
        date_format=entry.get("date_format"),
        article_pattern=entry.get("article_pattern"),
        base_url=entry.get("base_url") or f"https://{domain}",
        note=entry.get("note", ""),
        hromada_name_uk=unit.name_uk,
        oblast_katottg=unit.oblast_katottg,
        oblast_name_uk=oblast.name_uk if oblast else "",
        verified=verified,
        source=entry.get("source", ""),
        platform_guess=entry.get("platform_guess", ""),
        probed=str(entry.get("probed", "")),
        probe=entry.get("probe", ""),
        listing_confidence=float(confidence) if confidence is not None else None,
    )


def sites_dir() -> Path:
    """Where imported and probed leads live: ``POBRATYM_SITES_DIR`` or ``data/sites``."""
    return Path(os.environ.get("POBRATYM_SITES_DIR") or SITES_DIR)


def load_registry(path: Path = REGISTRY_TOML, leads: Path | None = None) -> Registry:
    """The shipped registry (hand-checked sites plus the leads folder), validated once per process."""
    return _load_registry(path, leads or sites_dir())


@lru_cache(maxsize=4)
def _load_registry(path: Path, leads: Path) -> Registry:
    files = [(path.name, path.read_text(encoding="utf-8"))]
    files += [
        (f"{leads.name}/{file.name}", file.read_text(encoding="utf-8"))
        for file in sorted(leads.glob("*.toml"))
    ]
    return parse_registry_files(files)


def forget_loaded_registry() -> None:
    """Drop the cached registry, after a command rewrote a registry file."""
    _load_registry.cache_clear()
