"""End to end: the real Scrapy downloader crawls the portal mirror served on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import sqlite_utils

from tests.conftest import BIN, FIXTURES, REPO_ROOT, portal_command

EXPECTED = {
    json.loads(path.read_text(encoding="utf-8"))["url"]
    for path in (FIXTURES / "portal/expected").glob("*.json")
}


def scrapy_crawl(base_url: str, db: Path, *arguments: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning:scrapy"}
    command = portal_command(base_url, db, *arguments)
    return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=180, env=env)


def snapshot(db_path: Path) -> dict[str, list[dict]]:
    db = sqlite_utils.Database(db_path)
    return {table: list(db[table].rows) for table in ("articles", "tags", "article_tags", "article_places")}


def test_scrapy_list_names_the_portal_spider():
    result = subprocess.run(
        [str(BIN / "scrapy"), "list"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "portal" in result.stdout.split()


def test_crawl_stores_every_article_once_and_a_rerun_changes_nothing(portal_crawl, mirror, tmp_path):
    db_path = tmp_path / "p.db"
    shutil.copy(portal_crawl.db_path, db_path)  # the session's first crawl of the mirror, into an empty db
    db = sqlite_utils.Database(db_path)
    urls = [row["url"] for row in db["articles"].rows]
    assert sorted(urls) == sorted(EXPECTED)

    requested = portal_crawl.requests
    article_requests = [path for path in requested if path.startswith(("/news/1", "/en/news/1"))]
    assert len(article_requests) == len(set(article_requests)) == len(EXPECTED)  # variants fetched once
    assert "/robots.txt" in requested
    assert not any(path.startswith("/news/20001") for path in requested)  # robots.txt honoured
    assert "/news/tag/partnerstvo?page=4" in requested  # pagination ran to the empty page ...
    assert "/news/tag/partnerstvo?page=5" not in requested  # ... and stopped there

    run = db["crawl_runs"].get(1)
    assert (run["status"], run["new_articles"], run["errors"]) == ("finished", len(EXPECTED), 0)
    hromada = db["places"].get("UA68020110000071202")["name_uk"]
    assert hromada == "Кам'янець-Подільська міська громада"

    before = snapshot(db_path)
    second = scrapy_crawl(mirror.base_url, db_path)
    assert second.returncode == 0, second.stderr[-3000:]
    assert snapshot(db_path) == before
    # Incremental: stored articles are not fetched; unchanged listings answer 304 and end paging.
    assert sorted(mirror.requests) == ["/en/news", "/news", "/news/tag/partnerstvo", "/robots.txt"]
    refreshed = scrapy_crawl(mirror.base_url, db_path, "-s", "POBRATYM_REFRESH=True")
    assert refreshed.returncode == 0, refreshed.stderr[-3000:]
    assert snapshot(db_path) == before
    rerun = sqlite_utils.Database(db_path)["crawl_runs"].get(3)
    assert (rerun["new_articles"], rerun["updated_articles"], rerun["unchanged_articles"]) == (
        0,
        0,
        len(EXPECTED),
    )
    integrity = sqlite_utils.Database(db_path).execute("PRAGMA integrity_check").fetchone()[0]
    assert integrity == "ok"


def test_cli_demo_crawls_and_exports(demo_crawl, tmp_path):
    """The session's one ``pobratym crawl --demo --db FILE --csv FILE`` (tests/conftest.py)."""
    result, db_path, csv_path = demo_crawl.result, demo_crawl.db_path, demo_crawl.csv_path
    # The summary table: spider, status, requests, articles, new, updated, unchanged, facts, …
    table = {fields[0]: fields[1:7] for fields in map(str.split, result.stdout.splitlines()) if fields}
    assert table["portal"] == ["finished", "44", str(len(EXPECTED)), str(len(EXPECTED)), "0", "0"]
    assert table["councils"] == ["finished", "63", "36", "36", "0", "0"]
    # --csv FILE writes FILE only: no partnerships.csv beside it, nothing in the repo's data/.
    assert {path.name for path in csv_path.parent.glob("*.csv")} == {"articles.csv"}
    before, after = demo_crawl.repo_csv
    assert after == before
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbfdataset,url,")  # made from demo data: says so
    articles = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert len(articles) > len(EXPECTED) and {row["dataset"] for row in articles} == {"demo data"}
    subprocess.run(
        [str(BIN / "pobratym"), "export", "partnerships", "--db", str(db_path), "-o", str(tmp_path / "p.csv")],
        check=True, capture_output=True,
    )  # fmt: skip
    partnerships = list(csv.DictReader(io.StringIO((tmp_path / "p.csv").read_text(encoding="utf-8-sig"))))
    db = sqlite_utils.Database(db_path)
    assert len(partnerships) == db["partnerships"].count > 0
    runs = list(db["crawl_runs"].rows)
    assert sorted(run["spider"] for run in runs) == ["councils", "portal"]
    assert sum(run["new_facts"] for run in runs) >= len(partnerships)
    assert (
        db.execute("SELECT count(DISTINCT site) FROM articles").fetchone()[0] == 7
    )  # the portal and 6 councils
    neuruppin = [row for row in partnerships if row["partner_name"] == "Neuruppin"]
    assert [(row["hromada_katottg"], row["country_iso2"], row["status"]) for row in neuruppin] == [
        ("UA18080150000022496", "DE", "signed")
    ]


def test_cli_without_reachable_portal_ends_with_one_clear_line(tmp_path):
    """A closed loopback port stands in for a machine without network."""
    result = subprocess.run(
        [
            str(BIN / "pobratym"),
            "crawl",
            "--spiders",
            "portal",
            "--base-url",
            "http://127.0.0.1:9",
            "--db",
            str(tmp_path / "x.db"),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 2
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pobratym: cannot reach http://127.0.0.1:9")
    assert "Traceback" not in result.stdout + result.stderr
