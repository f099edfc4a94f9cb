"""The SIGKILL matrix: a crawl, a nightly and a reparse killed at named points of their writes
(``POBRATYM_KILL_AT``, see pipelines/faults.py), then run again, must give exactly the clean dataset.

Slow (a few minutes): run by ``make test-hostile`` (and CI), skipped by a plain ``pytest``.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
import sqlite_utils

from tests import hostile
from tests.conftest import BIN, REPO_ROOT, built_once
from tests.test_hostile_crawl import dataset, hostile_crawl

pytestmark = pytest.mark.skipif(
    not os.environ.get("POBRATYM_HOSTILE"), reason="slow SIGKILL matrix: `make test-hostile`"
)

# A mix that finishes fast: stored pages (plain, charsets, compressed, fixture articles with facts),
# pages that are no article, removed pages and fast failures (no timeouts, no Retry-After waits).
SUBSET = [
    case
    for case in hostile.CASES
    if case.name
    in {
        "plain utf-8",
        "windows-1251 undeclared",
        "koi8-u declared",
        "utf-8 with stray 0xff, undeclared",
        "JSON-LD @graph string",
        "meta date year 9999",
        "views above SQLite integer",
        "gzip",
        "deflate raw",
        "brotli",
        "not an article: empty body",
        "not an article: PDF as text/html",
        "soft 404 'Помилка 404'",
        "maintenance 'Сайт оновлюється'",
        "404",
        "HTTP 500",
        "connection reset",
        "300 unclosed font",
    }
] + hostile.fixture_cases()

CRAWL_POINTS = [
    "run.after_start:1",
    "archive.before_commit:6",
    "archive.after_commit:6",
    "store.before_commit:3",
    "store.after_commit:3",
    "store.before_commit:12",
    "failure.before_commit:2",
    "run.before_finish:1",
]
NIGHTLY_POINTS = ["store.before_commit:4", "archive.after_commit:25", "run.before_finish:1"]
REPARSE_POINTS = ["reparse.page:3", "reparse.before_commit:1", "reparse.after_commit:1"]


def failures(db_path: Path) -> set[tuple[str, str]]:
    db = sqlite_utils.Database(db_path)
    found = set(db.execute("SELECT url, kind FROM page_failures").fetchall())
    db.close()
    return found


def killed_env(point: str) -> dict[str, str]:
    return {**os.environ, "POBRATYM_KILL_AT": point}


def check_clean(db_path: Path, clean: dict, clean_failures: set | None = None) -> None:
    db = sqlite_utils.Database(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert dataset(db_path) == clean
    if clean_failures is not None:
        assert failures(db_path) == clean_failures


@pytest.fixture(scope="module")
def site():
    server = hostile.serve(SUBSET)
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def clean(site, tmp_path_factory):
    """The subset crawled once, not killed (once for all pytest-xdist workers: pages are keyed by the
    portal's domain, whichever loopback port served them)."""

    def build(folder: Path) -> dict:
        return {"returncode": hostile_crawl(site.base_url, folder / "clean.db").returncode}

    folder, outcome = built_once(tmp_path_factory, "hostile-clean", build)
    assert outcome["returncode"] == 0
    db_path = folder / "clean.db"
    found = dataset(db_path)
    assert len(found["articles"]) >= 30 and len(found["evidence"]) >= 15  # facts there are to lose
    return db_path, found, failures(db_path)


def test_the_matrix_has_at_least_ten_points():
    assert len(CRAWL_POINTS) + len(NIGHTLY_POINTS) + len(REPARSE_POINTS) >= 10


@pytest.mark.parametrize("point", CRAWL_POINTS)
def test_crawl_killed_then_rerun_gives_the_clean_dataset(site, clean, tmp_path, point):
    db_path = tmp_path / "k.db"
    killed = hostile_crawl(site.base_url, db_path, env=killed_env(point))
    assert killed.returncode == -signal.SIGKILL  # the point was reached
    rerun = hostile_crawl(site.base_url, db_path)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    check_clean(db_path, clean[1], clean[2])


@pytest.fixture(scope="module")
def clean_nightly(tmp_path_factory):
    """A demo nightly into an empty database, not killed (once for all pytest-xdist workers)."""
    folder, outcome = built_once(
        tmp_path_factory,
        "hostile-nightly",
        lambda folder: {"returncode": nightly(folder / "n.db").returncode},
    )
    assert outcome["returncode"] == 0
    return dataset(folder / "n.db")


def nightly(db_path: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "pobratym"), "nightly", "--demo", "--db", str(db_path)],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip


@pytest.mark.parametrize("point", NIGHTLY_POINTS)
def test_nightly_killed_then_rerun_gives_the_clean_dataset(clean_nightly, tmp_path, point):
    db_path = tmp_path / "n.db"
    assert nightly(db_path, killed_env(point)).returncode == -signal.SIGKILL
    rerun = nightly(db_path)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr[-2000:]
    check_clean(db_path, clean_nightly)


@pytest.mark.parametrize("point", REPARSE_POINTS)
def test_reparse_killed_leaves_the_dataset_whole_and_rerun_converges(clean, tmp_path, point):
    db_path = tmp_path / "r.db"
    shutil.copy(clean[0], db_path)
    command = [str(BIN / "pobratym"), "reparse", "--db", str(db_path)]
    killed = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, timeout=300, env=killed_env(point))
    assert killed.returncode == -signal.SIGKILL
    check_clean(db_path, clean[1])  # killed midway: the old dataset, whole
    rerun = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr[-2000:]
    check_clean(db_path, clean[1])
