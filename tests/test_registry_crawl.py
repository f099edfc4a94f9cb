"""Council crawls at registry scale: per-site budget, resuming across nights, backfill, dead hosts."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.routing import VirtualHosts
from crawler.simsites import LISTING, SimSite
from parsers.leads import render_toml
from parsers.places.katottg import load_codifier
from tests.conftest import REPO_ROOT

HROMADAS = [code for code, unit in load_codifier().units.items() if unit.level == "hromada"]
CHILD = """
import json, sys
from pathlib import Path
from crawler.cli import run_crawl
outcome = run_crawl(Path(sys.argv[1]), {"councils": {"site": sys.argv[2]}}, json.loads(sys.argv[3]), "WARNING")[0]
print(json.dumps({"status": outcome.status, "stats": {k: v for k, v in outcome.stats.items()
                  if isinstance(v, (int, float, str))}}))
"""


class Night:
    """Loopback sites, their registry, and a database that lasts from one night to the next."""

    def __init__(self, folder: Path, sites: list[SimSite], dead: list[str] = ()) -> None:
        self.folder = folder
        self.server = VirtualHosts({site.host: site for site in sites})
        self.server.serve_in_thread()
        # Bound but not listening: connections are refused, and no other program can take the port.
        self.refusing = socket.socket()
        self.refusing.bind(("127.0.0.1", 0))
        port = self.refusing.getsockname()[1]
        self.routes = {"*": self.server.address, **{host: f"127.0.0.1:{port}" for host in dead}}
        self.hosts = [site.host for site in sites] + list(dead)
        platforms = {site.host: site.platform for site in sites}
        entries = [
            {"domain": host, "hromada_katottg": HROMADAS[number], "platform": platforms.get(host, "generic"),
             "listings": [LISTING[platforms.get(host, "generic")]], "base_url": f"http://{host}",
             "article_pattern": "^/podii/[^?#]+$" if platforms.get(host, "generic") == "generic" else None}
            for number, host in enumerate(self.hosts)
        ]  # fmt: skip
        (folder / "sites").mkdir()
        (folder / "sites" / "test.toml").write_text(render_toml(entries, "test"), encoding="utf-8")
        self.db = folder / "nights.db"

    def run(self, **settings) -> dict:
        self.server.reset_counts()
        overrides = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RETRY_TIMES": 1,
                     "DOWNLOAD_TIMEOUT": 5, "POBRATYM_HOST_ROUTES": self.routes, **settings}  # fmt: skip
        env = dict(os.environ, POBRATYM_SITES_DIR=str(self.folder / "sites"), POBRATYM_DB=str(self.db))
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(self.db), ",".join(self.hosts), json.dumps(overrides)],
            cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-2000:]
        return json.loads(result.stdout.strip().splitlines()[-1])

    def stored(self, host: str) -> list[str]:
        with sqlite3.connect(self.db) as db:
            return [row[0] for row in db.execute("SELECT url FROM articles WHERE url LIKE ?", [f"%{host}%"])]

    def cursor(self, host: str) -> tuple | None:
        with sqlite3.connect(self.db) as db:
            return db.execute("SELECT page, done FROM council_backfill WHERE site = ?", [host]).fetchone()

    def close(self) -> None:
        self.server.shutdown()
        self.refusing.close()


@pytest.fixture
def night_factory(tmp_path):
    nights = []

    def make(sites: list[SimSite], dead: list[str] = ()) -> Night:
        nights.append(Night(tmp_path, sites, dead))
        return nights[-1]

    yield make
    for night in nights:
        night.close()


def test_a_site_over_its_budget_resumes_the_next_night_without_skipping_an_article(night_factory):
    night = night_factory([SimSite("budget.test", "generic", articles=25)])
    seen_per_night = []
    for _ in range(5):
        night.run(COUNCIL_SITE_BUDGET=12)
        # robots.txt aside, the site never gets more requests than its budget in a night.
        assert night.server.requests["budget.test"] - 1 <= 12
        seen_per_night.append(len(night.stored("budget.test")))
        if night.cursor("budget.test") and night.cursor("budget.test")[1]:
            break
    assert seen_per_night[0] == 10  # page 1, its ten articles, page 2: then the budget is spent
    assert seen_per_night[-1] == 25
    assert len(set(night.stored("budget.test"))) == 25
    assert seen_per_night == sorted(seen_per_night)


def test_backfill_walks_the_archive_over_several_nights_and_ends(night_factory):
    night = night_factory([SimSite("archive.test", "wordpress", articles=25)])
    night.run(COUNCIL_MAX_PAGES=1)  # an ordinary night that read only the first page
    assert len(night.stored("archive.test")) == 10
    counts, paths = [], []
    for _ in range(8):
        night.run(COUNCIL_BACKFILL=True, COUNCIL_SITE_BUDGET=12)
        assert night.server.requests["archive.test"] - 1 <= 12
        counts.append(len(night.stored("archive.test")))
        paths.append([path for host, path in night.server.log if host == "archive.test"])
        if night.cursor("archive.test")[1]:
            break
    assert counts[-1] == 25
    assert night.cursor("archive.test")[1] == 1
    assert counts[0] < 25  # it took more than one night, the next resuming where the first stopped
    assert "/category/novyny/page/2/" in paths[0]
    assert "/category/novyny/page/3/" in paths[1] and "/category/novyny/page/2/" not in paths[1]
    # Once done, a backfill night costs what an ordinary unchanged night costs.
    night.run(COUNCIL_BACKFILL=True, COUNCIL_SITE_BUDGET=12)
    assert night.server.requests["archive.test"] <= 2


def test_a_dead_host_is_given_up_at_once_and_the_others_are_crawled(night_factory):
    night = night_factory([SimSite("alive.test", "drupal7", articles=12)], dead=["gone.test"])
    outcome = night.run()
    assert len(night.stored("alive.test")) == 12
    assert outcome["stats"]["pobratym/dead/gone.test"].startswith("DownloadConnectionRefusedError after")
    assert outcome["stats"]["pobratym/dead_host_skipped"] >= 1
