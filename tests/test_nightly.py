"""Nightly operation: lock, raw archive, reparse, crash safety, Crawl-delay, the layout alarm."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import sqlite_utils

from crawler.cli import hold_lock
from crawler.mirror import PORTAL_MIRROR, serve_mirror
from pipelines.archive import archive_counts, latest_articles
from tests.conftest import BIN, FIXTURES, OFFLINE_SCRAPY_SETTINGS, REPO_ROOT, dataset, portal_command, reparse

ARTICLES = len(list((FIXTURES / "portal/expected").glob("*.json")))
FAST = [*OFFLINE_SCRAPY_SETTINGS, "-s", "LOG_LEVEL=INFO"]


def crawl(base_url: str, db: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        portal_command(base_url, db, *extra), cwd=REPO_ROOT, capture_output=True, text=True, timeout=300
    )


def test_every_response_is_archived_and_reparse_rebuilds_the_same_dataset(portal_crawl, tmp_path):
    db_path = tmp_path / "p.db"
    shutil.copy(portal_crawl.db_path, db_path)  # the session's crawl of the mirror into an empty database
    db = sqlite_utils.Database(db_path)
    counts = archive_counts(db)
    assert counts["responses"] == len(portal_crawl.requests)  # robots.txt, listings and articles, all kept
    assert len(list(latest_articles(db))) == ARTICLES
    row = db.execute(
        "SELECT url, key, status, kind, site, headers FROM raw_responses WHERE kind = 'article' LIMIT 1"
    ).fetchone()
    assert (
        row[1].startswith("https://decentralization.gov.ua/news/")
        and row[2] == 200
        and row[4] == "decentralization.gov.ua"
    )
    assert "Etag" in row[5]
    fresh = dataset(db_path)
    db.close()
    result = reparse(db_path)
    assert result.returncode == 0, result.stderr
    assert f"  articles  {ARTICLES} (from {counts['responses']} archived responses, 0 skipped)" in (
        result.stdout.splitlines()
    )
    assert dataset(db_path) == fresh
    assert sqlite_utils.Database(db_path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_sigkill_at_several_points_then_rerun_loses_nothing(tmp_path):
    db_path = tmp_path / "p.db"
    with serve_mirror(PORTAL_MIRROR) as server:
        server.response_delay = 0.05
        for stored_before_kill in (1, 9, 20):
            process = subprocess.Popen(
                portal_command(server.base_url, db_path),
                cwd=REPO_ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and process.poll() is None:
                if db_path.exists():
                    try:
                        stored = (
                            sqlite_utils.Database(db_path)
                            .execute("SELECT count(*) FROM articles")
                            .fetchone()[0]
                        )
                    except Exception:  # noqa: BLE001 (schema not created yet)
                        stored = 0
                    if stored >= stored_before_kill:
                        break
                time.sleep(0.02)
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        server.response_delay = 0
        finished = crawl(server.base_url, db_path)
    assert finished.returncode == 0, finished.stderr[-3000:]
    db = sqlite_utils.Database(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    urls = [row[0] for row in db.execute("SELECT url FROM articles")]
    assert len(urls) == len(set(urls)) == ARTICLES
    runs = [row[0] for row in db.execute("SELECT status FROM crawl_runs ORDER BY id")]
    assert runs[-1] == "finished" and "running" in runs[:-1]


def test_crawl_delay_from_robots_txt_is_applied(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(PORTAL_MIRROR, site)
    (site / "robots.txt").write_text("User-agent: *\nCrawl-delay: 0.4\nDisallow: /admin/\n", encoding="utf-8")
    times: list[float] = []
    with serve_mirror(site) as server:
        original = server.record

        def record(path: str) -> None:
            times.append(time.monotonic())
            original(path)

        server.record = record
        result = crawl(
            server.base_url,
            tmp_path / "p.db",
            "-a",
            "sections=",
            "-a",
            "max_pages=1",  # the tag's first page: robots.txt, the listing and nine articles
            "-s",
            "POBRATYM_CRAWL_DELAY_CAP=60",
            "-s",
            "CONCURRENT_REQUESTS_PER_DOMAIN=1",
            "-s",
            "POBRATYM_EXTRACT=False",  # the waits are the point here, not the facts
        )
    assert result.returncode == 0
    assert "'pobratym/crawl_delay/127.0.0.1:" in result.stderr
    gaps = [b - a for a, b in zip(times[2:], times[3:], strict=False)]  # after robots.txt and the first page
    assert len(gaps) >= 5
    assert min(gaps) >= 0.38  # each request waits for the previous answer, then 0.4 s


def test_renamed_labels_raise_the_layout_alarm_naming_site_and_field(portal_crawl, tmp_path):
    renamed = tmp_path / "renamed"
    shutil.copytree(PORTAL_MIRROR, renamed)
    for page in renamed.rglob("*.html"):
        text = page.read_bytes().decode("utf-8", errors="ignore")
        page.write_text(text.replace("Теги:", "Мітки:").replace("Tags:", "Labels:"), encoding="utf-8")
    db_path = tmp_path / "p.db"
    shutil.copy(portal_crawl.db_path, db_path)  # a good night first: the session's crawl of the mirror
    with serve_mirror(renamed) as server:
        # The alarm reads the pages' fields; facts are not its business.
        result = crawl(
            server.base_url, db_path, "-s", "POBRATYM_REFRESH=True", "-s", "POBRATYM_EXTRACT=False"
        )
    assert "layout alarm: decentralization.gov.ua: field 'tags' found in 0 of" in result.stderr
    db = sqlite_utils.Database(db_path)
    last = db.execute("SELECT status, alarms FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    assert last[0] == "failed" and "field 'tags'" in last[1]
    assert "field 'title'" not in last[1]


def test_nightly_demo_is_incremental_and_exits_zero(demo_db, tmp_path):
    db_path = tmp_path / "n.db"
    # The first night is the session's demo crawl (a nightly is that crawl under the lock): a copy of it.
    shutil.copy(demo_db, db_path)
    command = [str(BIN / "pobratym"), "nightly", "--demo", "--db", str(db_path)]
    second = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stdout + second.stderr[-2000:]
    assert "\r" not in second.stderr  # no progress line when stderr is not a terminal
    lines = second.stdout.splitlines()
    assert re.fullmatch(r"pobratym: nightly finished in \d+\.\d s", lines[2])
    assert (
        lines[4]
        == "  portal    finished         4         0    0        0          0      0         0       0"
    )
    log = tmp_path / "logs" / lines[7].split("/logs/")[-1]  # beside the database, not in the repo's data/
    assert re.fullmatch(r"  log       .*/logs/nightly-\d{8}-\d{6}\.log", lines[7]) and log.exists()
    # A quiet night (no new article anywhere) is healthy: every site was reached and parsed. The
    # mirrors' articles are old, so the quiet-days alarm is set beyond them here.
    check = subprocess.run(
        [str(BIN / "pobratym"), "sites", "check", "--db", str(db_path), "--quiet-days", "100000"],
        cwd=REPO_ROOT, capture_output=True, text=True,
    )  # fmt: skip
    verdicts = dict(line.split(maxsplit=1) for line in check.stdout.splitlines())
    mirrored = [verdicts[domain] for domain in ("kam-pod.gov.ua", "bilkigr.gov.ua", "starobelsk.lg.ua")]
    assert all(verdict.startswith("ok (0 new or changed articles") for verdict in mirrored), mirrored


def test_a_second_nightly_does_not_start_while_one_holds_the_lock(tmp_path):
    db_path = tmp_path / "n.db"
    with hold_lock(db_path.with_suffix(".lock")) as held:
        assert held
        result = subprocess.run(
            [str(BIN / "pobratym"), "nightly", "--demo", "--db", str(db_path)],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 3
    assert "another nightly run holds" in result.stderr
    with hold_lock(db_path.with_suffix(".lock")) as held_again:
        assert held_again  # released with its holder


def test_council_sitemap_lastmod_refetches_a_changed_article(tmp_path):
    from crawler.mirror import COUNCIL_MIRRORS, serve_sites

    domain = "kom-zoryanska-gromada.gov.ua"
    shutil.copytree(COUNCIL_MIRRORS / domain, tmp_path / "sites" / domain)
    db_path = tmp_path / "c.db"

    def crawl_site(servers) -> subprocess.CompletedProcess:
        return subprocess.run(
            [
                str(BIN / "scrapy"),
                "crawl",
                "councils",
                "-a",
                f"site={domain}",
                "-a",
                f"mirror={domain}={servers[domain].base_url}",
                "-s",
                f"POBRATYM_DB={db_path}",
                *FAST,
                "-s",
                "POBRATYM_EXTRACT=False",  # which pages are fetched is the point here, not their facts
            ],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )

    with serve_sites(tmp_path / "sites") as servers:
        assert crawl_site(servers).returncode == 0
        sitemap = tmp_path / "sites" / domain / "sitemap.xml"
        text = sitemap.read_text(encoding="utf-8")
        changed = "/news/1766697313/</loc>\n\t\t<lastmod>2025-12-24</lastmod>"
        assert changed in text
        sitemap.write_text(
            text.replace(changed, changed.replace("2025-12-24", "2099-01-01")), encoding="utf-8"
        )
        servers[domain].requests.clear()
        assert crawl_site(servers).returncode == 0
        requested = list(servers[domain].requests)
    assert "/news/1766697313/" in requested
    assert [path for path in requested if path.startswith("/news/17")] == ["/news/1766697313/"]
