"""Leads for the site registry: hosts of hromada websites from open registers, as registry data.

``pobratym sites import FILE`` reads a CSV of hosts (columns ``domain``, ``name_uk``, ``code``
(KATOTTG of the hromada), ``platform_guess``, ``source``) and writes ``data/sites/leads.toml``.
Rules, in order:

- a host that serves something other than the hromada's own portal (an administrative-services
  centre, an e-voting site, an oblast or raion portal) is skipped and counted;
- a hromada that already has a hand-checked site in ``data/councils.toml`` keeps it; its leads are
  skipped and counted;
- one hromada is one site: when a register lists several hosts for one hromada, the primary host is
  the one named by the most recent source (a source naming several registers counts as the
  newest), else a ``.gov.ua`` host, else the first listed; the others become its aliases. A probe
  that finds an alias serving a different site is for the operator to split;
- a lead already in the leads file keeps what a probe learnt (domain after a redirect, listings,
  verdict): importing again only adds hosts and hromadas that are new.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from parsers.places.katottg import load_codifier

SKIPPED_KINDS = {
    "cnap_site": "administrative-services centre (ЦНАП) hosts",
    "golos": "e-voting sites",
    "oblast_hromada_portal": "oblast portals",
    "oblast_service_portal": "oblast portals",
    "raion_administration": "raion administration sites",
}
PLATFORM_BY_GUESS = {
    "gromada_org_ua_subdomain": "gromada",
    "gromada_platform_by_url": "gromada",
    "gromada_name_pattern": "gromada",
    "wordpress_by_url": "wordpress",
    "drupal_by_url": "drupal7",
}
"""The reader a guess points to; anything else is read by the generic reader until probed."""
REQUIRED_COLUMNS = ("domain", "code", "platform_guess", "source")
# The order fields are written in (the registry's own order, then the lead's).
FIELD_ORDER = (
    "domain", "aliases", "name", "hromada_katottg", "platform", "listings", "enabled", "verified",
    "platform_guess", "source", "base_url", "article_pattern", "probed", "probe", "listing_confidence",
    "note",
)  # fmt: skip


class LeadsError(ValueError):
    """The lead file cannot be read; the message says why."""


@dataclass
class ImportResult:
    entries: list[dict[str, Any]]
    added_sites: int = 0
    added_aliases: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def read_lead_rows(text: str) -> list[dict[str, str]]:
    """The CSV rows, with the required columns checked once."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [name for name in REQUIRED_COLUMNS if name not in (reader.fieldnames or [])]
    if missing:
        raise LeadsError(f"missing column(s) {', '.join(missing)}; expected {', '.join(REQUIRED_COLUMNS)}")
    return [{key: (value or "").strip() for key, value in row.items() if key} for row in reader]


def import_leads(
    rows: list[dict[str, str]],
    existing: list[dict[str, Any]],
    curated_hosts: set[str],
    curated_hromadas: set[str],
) -> ImportResult:
    """Merge register rows into the existing lead entries (kept as they are); see the module rules."""
    result = ImportResult(entries=[dict(entry) for entry in existing])
    by_code = {entry["hromada_katottg"]: entry for entry in result.entries}
    known_hosts = {host for entry in result.entries for host in _hosts(entry)} | curated_hosts
    units = load_codifier().units
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        host = _ascii_host(row["domain"])
        kind = row["platform_guess"]
        unit = units.get(row["code"])
        if kind in SKIPPED_KINDS:
            result.skipped[SKIPPED_KINDS[kind]] += 1
        elif unit is None or unit.level != "hromada":
            result.skipped["rows without a hromada KATOTTG code"] += 1
        elif row["code"] in curated_hromadas:
            result.skipped["hromadas with a hand-checked site"] += 1
        elif host in known_hosts:
            result.skipped["hosts already in the registry"] += 1
        else:
            known_hosts.add(host)
            groups[row["code"]].append({**row, "domain": host})
    for code, group in groups.items():
        if code in by_code:
            entry = by_code[code]
            entry["aliases"] = [*entry.get("aliases", []), *(row["domain"] for row in group)]
            result.added_aliases += len(group)
            continue
        group = sorted(group, key=_primary_rank)
        first = group[0]
        entry = {
            "domain": first["domain"],
            "aliases": [row["domain"] for row in group[1:]],
            "name": units[code].name_uk,
            "hromada_katottg": code,
            "platform": PLATFORM_BY_GUESS.get(first["platform_guess"], "generic"),
            "enabled": False,
            "verified": False,
            "platform_guess": first["platform_guess"],
            "source": "; ".join(dict.fromkeys(row["source"] for row in group)),
        }
        result.entries.append(entry)
        by_code[code] = entry
        result.added_sites += 1
        result.added_aliases += len(group) - 1
    result.entries.sort(key=lambda entry: entry["hromada_katottg"])
    return result


def _ascii_host(domain: str) -> str:
    """Lower case, no ``www.``, and an internationalised name in its ASCII (punycode) form."""
    host = domain.strip().lower().removeprefix("www.")
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _primary_rank(row: dict[str, str]) -> tuple[int, int]:
    newest = ";" in row["source"] or "portals" in row["source"].lower()
    return (0 if newest else 1, 0 if row["domain"].endswith(".gov.ua") else 1)


def _hosts(entry: dict[str, Any]) -> list[str]:
    return [entry["domain"], *entry.get("aliases", [])]


def render_toml(entries: list[dict[str, Any]], header: str) -> str:
    """Registry entries as TOML ``[[site]]`` tables, fields in a fixed order (stable diffs)."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    for entry in entries:
        lines += ["", "[[site]]"]
        for name in sorted(entry, key=lambda key: FIELD_ORDER.index(key) if key in FIELD_ORDER else 99):
            value = entry[name]
            if value in (None, "", []) and name not in ("enabled", "verified"):
                continue
            lines.append(f"{name} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    # A JSON string is a valid TOML basic string (same escapes; non-ASCII kept as is).
    return json.dumps(str(value), ensure_ascii=False)


def apply_probe(entry: dict[str, Any], result: Any, probed: str) -> dict[str, Any]:
    """A lead entry updated with a probe result (see :class:`crawler.spiders.probe.ProbeResult`).

    A confirmed site becomes verified and enabled, with the listing and the platform the probe
    found; a failed one is left disabled with the reason. A move makes the new host the domain and
    keeps the old one as an alias.
    """
    entry = dict(entry)
    entry["probed"] = probed
    entry["probe"] = result.verdict
    entry["verified"] = entry["enabled"] = result.ok
    if result.moved_to and result.moved_to != entry["domain"]:
        old = entry["domain"]
        aliases = [host for host in entry.get("aliases", []) if host != result.moved_to]
        entry["domain"] = result.moved_to
        entry["aliases"] = [old, *aliases]
        if entry.get("base_url") or (result.final_base or "").startswith("http://"):
            entry["base_url"] = result.final_base
    if result.cms != "unknown" or result.ok:
        entry["platform"] = result.platform
    if result.listing:
        entry["listing_confidence"] = result.confidence
    if result.ok:
        entry["listings"] = [result.listing]
        if result.platform == "generic" and result.article_pattern:
            entry["article_pattern"] = result.article_pattern
    return entry
