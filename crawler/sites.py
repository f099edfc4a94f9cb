"""``pobratym sites import`` and ``pobratym sites probe``: grow the registry from open data, verify it.

Import turns a register of hosts into lead entries in ``data/sites/leads.toml`` (rules in
:mod:`parsers.leads`). Probe visits leads (or any registry site) with the ``probe`` spider and
writes what it found back into the lead file with the date: verified and enabled, or disabled with
the reason. Probing needs the network; ``--route`` points every host name at a loopback server
instead (tests, the benchmark, a local mirror).
"""

from __future__ import annotations

import os
import socket
import sys
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from parsers.leads import LeadsError, apply_probe, import_leads, read_lead_rows, render_toml
from parsers.registry import (
    REGISTRY_TOML,
    RegistryError,
    Site,
    forget_loaded_registry,
    load_registry,
    sites_dir,
)

LEADS_FILE = "leads.toml"
LEADS_HEADER = """Hromada website leads, imported by `pobratym sites import` from open registers and
updated by `pobratym sites probe` (see README, "Growing the registry").
Sources are credited in data/SOURCES.md.
verified = false: not yet confirmed by a probe; such a site is not crawled unless enabled = true.
probe: the last probe's verdict ("ok" or the reason the site stays disabled); probed: when."""
# A loopback mirror needs no politeness delay and no retries.
ROUTED_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "RETRY_TIMES": 0,
    "DOWNLOAD_TIMEOUT": 5,
}


def leads_path() -> Path:
    return sites_dir() / LEADS_FILE


def read_entries(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return list(tomllib.loads(path.read_text(encoding="utf-8")).get("site", []))


def write_entries(path: Path, entries: list[dict[str, Any]]) -> None:
    """Write the lead file whole, through a temporary file, so a failure never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(".tmp")
    scratch.write_text(render_toml(entries, LEADS_HEADER), encoding="utf-8")
    os.replace(scratch, path)
    forget_loaded_registry()


def cmd_import(file: str) -> int:
    try:
        text = Path(file).read_text(encoding="utf-8")
        rows = read_lead_rows(text)
    except (OSError, UnicodeDecodeError, LeadsError) as error:
        print(f"pobratym: cannot import {file}: {error}", file=sys.stderr)
        return 2
    curated = _curated_sites()
    path = leads_path()
    result = import_leads(
        rows,
        read_entries(path),
        curated_hosts={host for site in curated for host in site.hosts},
        curated_hromadas={site.hromada_katottg for site in curated},
    )
    write_entries(path, result.entries)
    try:
        registry = load_registry()
    except RegistryError as error:
        print(f"pobratym: the imported leads do not validate:\n{error}", file=sys.stderr)
        return 2
    print(
        f"imported {len(rows)} rows from {file}: {result.added_sites} new sites, "
        f"{result.added_aliases} more hosts as aliases; {path} holds {len(result.entries)} leads"
    )
    for reason, count in sorted(result.skipped.items()):
        print(f"  skipped {count:>4} {reason}")
    unverified = sum(1 for site in registry.sites if not site.verified)
    print(f"registry: {len(registry.sites)} sites, {unverified} unverified (run `pobratym sites probe`)")
    return 0


def _curated_sites() -> list[Site]:
    from parsers.registry import parse_registry

    return parse_registry(REGISTRY_TOML.read_text(encoding="utf-8"), REGISTRY_TOML.name).sites


def cmd_probe(site_arg: str | None, probe_all: bool, routes_arg: str | None, db: Path) -> int:
    from crawler.routing import parse_routes

    try:
        registry = load_registry()
    except RegistryError as error:
        print(f"pobratym: the site registry is not valid:\n{error}", file=sys.stderr)
        return 2
    if site_arg:
        sites = []
        for domain in filter(None, (part.strip() for part in site_arg.split(","))):
            site = registry.by_domain(domain)
            if site is None:
                print(f"pobratym: unknown site {domain!r}; see `pobratym sites list`", file=sys.stderr)
                return 2
            sites.append(site)
    elif probe_all:
        sites = [site for site in registry.sites if not site.verified]
    else:
        print("pobratym: say which sites to probe: --site DOMAIN[,DOMAIN] or --all", file=sys.stderr)
        return 2
    routes = parse_routes(routes_arg)
    if not routes and not _network_reachable([site.domain for site in sites[:5]]):
        print(
            "pobratym: sites probe needs the network, and no site host name resolves here "
            "(to probe a loopback mirror, give --route '*=127.0.0.1:PORT')",
            file=sys.stderr,
        )
        return 2
    if not sites:
        print("nothing to probe: every site has been probed and verified")
        return 0
    results = run_probe(sites, routes, db)
    return _write_back(sites, results)


RESERVED_SUFFIXES = (".test", ".invalid", ".localhost", ".example")
"""Names that never resolve on the internet (RFC 2606, 6761): not worth a DNS query."""


def _network_reachable(hosts: list[str]) -> bool:
    """Whether any of the hosts resolves: the cheapest sign of a network (DNS fails at once offline)."""
    for host in hosts:
        if host.endswith(RESERVED_SUFFIXES):
            continue
        try:
            socket.getaddrinfo(host, 443)
            return True
        except OSError:
            continue
    return False


def run_probe(sites: list[Site], routes: dict[str, str], db: Path) -> dict[str, Any]:
    """Run the probe spider over the sites in this process; results by domain."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from crawler.spiders.probe import ProbeSpider

    settings = get_project_settings()
    settings.set("POBRATYM_DB", str(db), priority="cmdline")
    settings.set("LOG_LEVEL", "CRITICAL", priority="cmdline")  # the verdicts say what went wrong
    bases = {}
    if routes:
        settings.set("POBRATYM_HOST_ROUTES", routes, priority="cmdline")
        for name, value in ROUTED_SETTINGS.items():
            settings.set(name, value, priority="cmdline")
        # A loopback mirror speaks plain HTTP.
        bases = {site.domain: "http://" + site.base_url.split("://", 1)[-1] for site in sites}
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(ProbeSpider)
    process.crawl(crawler, sites=sites, bases=bases)
    process.start()
    return crawler.spider.results


def _write_back(sites: list[Site], results: dict[str, Any]) -> int:
    probed = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    path = leads_path()
    entries = read_entries(path)
    index = {entry["domain"]: number for number, entry in enumerate(entries)}
    ok = 0
    taken = {host: site.domain for site in load_registry().sites for host in site.hosts}
    for site in sites:
        result = results.get(site.domain)
        if result is None:
            continue
        owner = taken.get(result.moved_to or "")
        if owner and owner != site.domain:
            # The new host is another registry site already: the operator decides which one stays.
            result.verdict = f"moved to {result.moved_to}, which the registry lists as {owner}"
            result.moved_to = None
        result.verdict = result.verdict or "probe did not finish"
        ok += result.ok
        moved = f" moved to {result.moved_to};" if result.moved_to else ""
        listing = (
            f" listing {result.listing} ({result.dated} dated, confidence {result.confidence});"
            if result.listing
            else ""
        )
        print(f"{site.domain:<36} {result.cms:<9} {result.verdict};{moved}{listing}"
              f" sitemap {'yes' if result.sitemap else 'no'}")  # fmt: skip
        if site.domain in index:
            entries[index[site.domain]] = apply_probe(entries[index[site.domain]], result, probed)
        else:
            print(f"  (a hand-checked site in {REGISTRY_TOML.name}: not rewritten)")
    if entries:
        write_entries(path, entries)
    print(f"probed {len(results)} sites: {ok} verified, {len(results) - ok} left disabled")
    return 0
