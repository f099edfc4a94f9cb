"""The hostile site, crawled for real: every case asserts what is stored, what is recorded, and that
the next runs converge (tests/hostile.py has the cases).

Three crawls of one database against one loopback server: the first night; the next night (pages
that were bad first are good now, recorded pages are fetched again); a refresh in which pages that
were good turn bad. Then ``pobratym reparse`` must rebuild exactly the dataset the crawls left.
The site's robots.txt sets a Crawl-delay, so a Crawl-delay slot that a redirect, retry, reset or
timeout failed to free would hang the crawl (the subprocess timeout would fail the test).
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlite_utils

from tests import hostile
from tests.conftest import BIN, OFFLINE_SCRAPY_SETTINGS, REPO_ROOT, built_once, dataset, reparse
from tests.hostile import CASES, Case

pytestmark = pytest.mark.skipif(
    not os.environ.get("POBRATYM_HOSTILE"),
    reason="slow (three crawls of about 180 pages): `make test-hostile`",
)

CANONICAL = "https://decentralization.gov.ua"
# Short timeouts and one retry: the faults are on purpose, no need to wait for them long.
HOSTILE_SETTINGS = [
    "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=1", "-s", "DOWNLOAD_MAXSIZE=2097152",
    "-s", "DOWNLOAD_WARNSIZE=1048576", "-s", "PORTAL_TAGS=", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4",
    "-s", "POBRATYM_RETRY_AFTER_CAP=1", "-s", "AUTOTHROTTLE_ENABLED=False",
]  # fmt: skip


def hostile_crawl(base_url: str, db: Path, *extra: str, env: dict | None = None, timeout: int = 240):
    command = [
        str(BIN / "scrapy"), "crawl", "portal", "-a", f"base_url={base_url}", "-a", "sections=news",
        "-s", f"POBRATYM_DB={db}", "-s", "LOG_LEVEL=INFO", *OFFLINE_SCRAPY_SETTINGS, *HOSTILE_SETTINGS, *extra,
    ]  # fmt: skip
    return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout, env=env)


@dataclass
class Snapshot:
    articles: dict[str, dict]
    failures: dict[str, dict]
    run: dict

    @classmethod
    def of(cls, db_path: Path) -> Snapshot:
        db = sqlite_utils.Database(db_path)
        articles = {row["url"]: row for row in db["articles"].rows}
        failures = {row["url"]: row for row in db["page_failures"].rows}
        run = next(db.query("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1"))
        db.close()
        return cls(articles, failures, run)


def url_of(case: Case) -> str:
    return CANONICAL + case.path


@pytest.fixture(scope="session")
def runs(tmp_path_factory):
    """Three crawls and a reparse of the hostile site; snapshots after each. Built once for all
    pytest-xdist workers (``built_once``): the others read what the first one kept."""

    def build(folder: Path) -> dict:
        found = crawl_three_nights(folder / "h.db")
        (folder / "runs.pickle").write_bytes(pickle.dumps(found))
        return {}

    folder, _ = built_once(tmp_path_factory, "hostile-runs", build)
    return pickle.loads((folder / "runs.pickle").read_bytes())  # written by this session


def crawl_three_nights(db_path: Path) -> dict:
    server = hostile.serve(CASES)
    results, snapshots, seconds = [], [], []
    try:
        for phase, extra in ((1, ()), (2, ()), (3, ("-s", "POBRATYM_REFRESH=True"))):
            server.phase = phase
            started = time.monotonic()
            results.append(hostile_crawl(server.base_url, db_path, *extra))
            seconds.append(time.monotonic() - started)
            snapshots.append(Snapshot.of(db_path))
    finally:
        server.shutdown()
        server.server_close()
    crawled = dataset(db_path)
    reparsed = reparse(db_path)
    return {
        "db": db_path,
        "results": results,
        "snapshots": snapshots,
        "seconds": seconds,
        "crawled": crawled,
        "reparse": reparsed,
        "reparsed": dataset(db_path),
        "requests": list(server.requests),
    }


def test_the_suite_is_large_enough():
    assert len(CASES) >= 150
    assert len({case.path for case in CASES}) == len(CASES)


def test_every_crawl_ends_and_exits_cleanly(runs):
    for result in runs["results"]:
        assert result.returncode == 0, result.stderr[-3000:]
        assert "Traceback" not in result.stderr, result.stderr[result.stderr.find("Traceback") :][:3000]


def _check(case: Case, snapshot: Snapshot, expect: str) -> None:
    url = url_of(case)
    if expect == "stored":
        assert url in snapshot.articles, snapshot.failures.get(url)
        article = snapshot.articles[url]
        assert article["title"] == case.expected_title
        assert case.marker in article["body"]
        assert "\ufffd" not in article["title"]
        if case.published_null:
            assert article["published"] is None
            assert "publi" in (article["parse_warnings"] or "")  # a warning says the date was dropped
        elif "date" not in case.name:
            assert article["published"] == "2025-10-14T09:05:00+03:00"
        if case.views_null:
            assert article["views"] is None
    else:
        assert url not in snapshot.articles
        assert url in snapshot.failures, f"{case.name}: not recorded"
        assert snapshot.failures[url]["kind"] == expect, snapshot.failures[url]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_first_night(runs, case):
    _check(case, runs["snapshots"][0], case.expect)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_next_night_converges(runs, case):
    """Recorded pages are fetched again: bad-first pages are stored now, the others still recorded."""
    snapshot = runs["snapshots"][1]
    _check(case, snapshot, case.final())
    url = url_of(case)
    if case.final() != "stored":
        assert snapshot.failures[url]["attempts"] == 2  # fetched again, and recorded again
    else:
        assert url not in snapshot.failures


@pytest.mark.parametrize("case", [case for case in CASES if case.turns_bad], ids=lambda case: case.name)
def test_a_good_article_that_turns_bad_keeps_its_rows(runs, case):
    before, after = runs["snapshots"][1], runs["snapshots"][2]
    url = url_of(case)
    assert after.articles[url] == before.articles[url]
    assert url in after.failures


def test_runs_count_what_they_recorded(runs):
    first = runs["snapshots"][0]
    kinds = [case.expect for case in CASES]
    assert first.run["removed_pages"] == kinds.count("removed")
    assert first.run["not_articles"] == kinds.count("not_article")
    assert first.run["failed_pages"] == kinds.count("failed")
    assert first.run["status"] == "partial"
    assert first.run["stop_reason"] is None
    assert "pobratym/failed_pages" in runs["results"][0].stderr


def test_no_duplicates_and_integrity(runs):
    db = sqlite_utils.Database(runs["db"])
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    stored = [row[0] for row in db.execute("SELECT url FROM articles")]
    assert len(stored) == len(set(stored)) == sum(case.final() == "stored" for case in CASES)


def test_reparse_rebuilds_exactly_what_the_crawls_stored(runs):
    # Every hostile page that a crawl stored is read again alike; none fails in reparse.
    output = runs["reparse"].stdout + runs["reparse"].stderr[-2000:]
    assert runs["reparse"].returncode == 0, output
    assert "  pages     0 failed (rows kept)" in output
    assert runs["reparsed"] == runs["crawled"]


def test_compressed_pages_are_archived_as_served_and_read_on_reparse(runs):
    db = sqlite_utils.Database(runs["db"])
    encodings = set()
    for (headers,) in db.execute("SELECT headers FROM raw_responses WHERE kind = 'article'"):
        for name, value in json.loads(headers).items():
            if name.lower() == "content-encoding":
                encodings.add(value)
    assert {"gzip", "deflate", "br", "gzip, br"} <= encodings


def test_no_request_left_the_site(runs):
    assert all(path.startswith("/") for path in runs["requests"])
    assert "/private/" not in runs["requests"]
