"""Registry-scale benchmark: hundreds of simulated hromada sites on loopback. Prints figures, asserts nothing.

    .venv/bin/python bench/registry_bench.py [--sites 800] [--small 100] [--articles 15]

Every site has its own host name; one loopback server answers for all of them by name (the crawl
reaches it through ``POBRATYM_HOST_ROUTES``). The mix: the five platforms, 5 % slow servers (every
answer delayed), 10 % with ``Crawl-delay: 1`` in robots.txt, 1 % refusing connections and 1 %
accepting connections but never answering. Articles per site are scaled down (``--articles``,
default 5: one listing page, then the empty page that ends it) to keep the run within about ten
minutes on two shared cores; the per-site request counts of a nightly run do not depend on it.

Phases, each a separate ``councils`` crawl process (its peak RSS measured alone):
(a) first crawl of the small and of the full registry: time, pages/s, peak RSS;
(b) an unchanged night at both sizes: requests per site, time;
(c) a night after 1 % new articles;
(d) the full registry's unchanged night again at production politeness (1 s between requests to a
    site, AutoThrottle from 2 s), as an operator would run it.
Phases (a)–(c) shorten the pause between two requests to one site to 0.1 s (loopback), keeping one
request at a time per site, robots.txt and Crawl-delay.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from crawler.routing import VirtualHosts  # noqa: E402
from crawler.simsites import LISTING, SimSite  # noqa: E402
from parsers.leads import render_toml  # noqa: E402
from parsers.places.katottg import load_codifier  # noqa: E402

PLATFORM_MIX = ["gromada"] * 8 + ["wordpress"] * 3 + ["joomla_k2"] * 2 + ["drupal7"] * 2 + ["generic"] * 5
LOG_LEVEL = os.environ.get("BENCH_LOG", "WARNING")
FAST = {"DOWNLOAD_DELAY": 0.1, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_TIMEOUT": 10, "LOG_LEVEL": LOG_LEVEL}
POLITE = {"DOWNLOAD_DELAY": 1.0, "AUTOTHROTTLE_ENABLED": True, "AUTOTHROTTLE_START_DELAY": 2.0,
          "DOWNLOAD_TIMEOUT": 10, "LOG_LEVEL": "WARNING"}  # fmt: skip
# Runs in a child process: one crawl, then its stats and its own peak RSS as JSON on stdout.
CHILD = """
import json, resource, sys
from pathlib import Path
from crawler.cli import run_crawl
db, sites, overrides = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
outcome = run_crawl(Path(db), {"councils": {"site": sites}}, overrides, log_level=overrides["LOG_LEVEL"])[0]
stats = {k: v for k, v in outcome.stats.items() if isinstance(v, (int, float, str))}
print(json.dumps({"status": outcome.status, "stats": stats,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build_sites(count: int, articles: int, seed: int = 15) -> tuple[list[SimSite], list[str], list[str]]:
    """The simulated sites, plus the hosts that refuse connections and those that never answer."""
    rng = random.Random(seed)
    sites, refused, hanging = [], [], []
    for number in range(count):
        host = f"hromada-{number:04d}.test"
        roll = rng.random()
        if roll < 0.01:
            refused.append(host)
            continue
        if roll < 0.02:
            hanging.append(host)
            continue
        site = SimSite(host, PLATFORM_MIX[number % len(PLATFORM_MIX)], articles=articles)
        if roll < 0.07:
            site.delay = 0.3
        elif roll < 0.17:
            site.crawl_delay = 1
        sites.append(site)
    return sites, refused, hanging


def registry_entries(hosts: list[tuple[str, str]]) -> list[dict]:
    codes = [code for code, unit in load_codifier().units.items() if unit.level == "hromada"]
    entries = []
    for number, (host, platform) in enumerate(hosts):
        entry = {
            "domain": host,
            "hromada_katottg": codes[number % len(codes)],
            "platform": platform,
            "listings": [LISTING[platform]],
            "base_url": f"http://{host}",
        }
        if platform == "generic":
            entry["article_pattern"] = "^/podii/[^?#]+$"
        entries.append(entry)
    return entries


def crawl(db: Path, sites_dir: Path, hosts: list[str], routes: dict, settings: dict) -> dict:
    overrides = {**settings, "POBRATYM_HOST_ROUTES": routes, "POBRATYM_PROGRESS": False}
    env = dict(os.environ, POBRATYM_SITES_DIR=str(sites_dir), POBRATYM_DB=str(db))
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), ",".join(hosts), json.dumps(overrides)],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        print(result.stderr[-3000:], file=sys.stderr)
        raise SystemExit("crawl failed")
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    outcome["seconds"] = elapsed
    return outcome


def report(label: str, outcome: dict, server: VirtualHosts, hosts: list[str]) -> None:
    requests = sum(server.requests[host] for host in hosts)
    per_site = requests / len(hosts)
    stats = outcome["stats"]
    pages = stats.get("response_received_count", 0)
    dead = {key.split("/", 2)[2]: value for key, value in stats.items() if key.startswith("pobratym/dead/")}
    seconds, items = outcome["seconds"], stats.get("item_scraped_count", 0)
    print(
        f"{label:<44} {seconds:7.1f} s  {pages:6d} responses  {pages / seconds:6.1f} pages/s  "
        f"{per_site:5.2f} req/site  peak RSS {outcome['rss_mb']:5.0f} MB  items {items}  "
        f"status {outcome['status']}"
    )
    if dead:
        costs = sorted(float(value.rsplit("after ", 1)[1].split()[0]) for value in dead.values())
        print(f"{'':<44} dead hosts given up: {len(dead)}, each after {costs[0]:.1f}–{costs[-1]:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=800)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--articles", type=int, default=5)
    parser.add_argument("--no-polite", action="store_true", help="skip phase (d)")
    args = parser.parse_args()

    sites, refused, hanging = build_sites(args.sites, args.articles)
    server = VirtualHosts({site.host: site for site in sites})
    server.serve_in_thread()
    refusing = socket.socket()  # bound, not listening: connections are refused
    refusing.bind(("127.0.0.1", 0))
    refused_port = refusing.getsockname()[1]
    silent = socket.socket()  # accepts connections (kernel backlog) and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(1024)
    routes = {"*": server.address}
    routes.update({host: f"127.0.0.1:{refused_port}" for host in refused})
    routes.update({host: f"127.0.0.1:{silent.getsockname()[1]}" for host in hanging})
    platforms = {site.host: site.platform for site in sites}
    all_hosts = sorted([*platforms, *refused, *hanging])
    small_hosts = all_hosts[: args.small]

    work = Path(tempfile.mkdtemp(prefix="pobratym-registry-bench-"))
    sites_dir = work / "sites"
    sites_dir.mkdir()
    entries = registry_entries([(host, platforms.get(host, "generic")) for host in all_hosts])
    (sites_dir / "bench.toml").write_text(render_toml(entries, "registry bench"), encoding="utf-8")
    slow, delayed = sum(1 for s in sites if s.delay), sum(1 for s in sites if s.crawl_delay)
    print(
        f"{len(all_hosts)} sites ({len(refused)} refusing, {len(hanging)} silent, {slow} slow, "
        f"{delayed} with Crawl-delay), {args.articles} articles each; work folder {work}"
    )

    def run(label: str, db: Path, hosts: list[str], settings: dict) -> dict:
        server.reset_counts()
        outcome = crawl(db, sites_dir, hosts, routes, settings)
        report(label, outcome, server, hosts)
        return outcome

    small_db, full_db = work / "small.db", work / "full.db"
    run(f"(a) first crawl, {len(small_hosts)} sites", small_db, small_hosts, FAST)
    run(f"(a) first crawl, {len(all_hosts)} sites", full_db, all_hosts, FAST)
    run(f"(b) unchanged night, {len(small_hosts)} sites", small_db, small_hosts, FAST)
    run(f"(b) unchanged night, {len(all_hosts)} sites", full_db, all_hosts, FAST)
    total = sum(site.articles for site in sites)
    rng = random.Random(1)
    for _ in range(max(1, total // 100)):
        rng.choice(sites).add_articles(1)
    run(f"(c) 1 % new articles ({total // 100}), {len(all_hosts)} sites", full_db, all_hosts, FAST)
    if not args.no_polite:
        run(f"(d) unchanged night, {len(all_hosts)} sites, polite", full_db, all_hosts, POLITE)
    server.shutdown()


if __name__ == "__main__":
    main()
