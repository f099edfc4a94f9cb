"""Shared fixtures: paths to the bundled fixtures and a loopback server for the portal mirror."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sqlite_utils

from crawler.mirror import PORTAL_MIRROR, MirrorServer, serve_mirror

# No test reads or writes the user's data/pobratym.db (after `make demo` it holds the mirror's
# articles, which the spiders would skip as already stored): the default database is a scratch file.
SCRATCH = Path(tempfile.mkdtemp(prefix="pobratym-tests-"))
os.environ["POBRATYM_DB"] = str(SCRATCH / "pobratym.db")

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "tests" / "fixtures"
SEEDS = FIXTURES / "seeds"
BIN = Path(sys.executable).parent
# `scrapy crawl` against loopback mirrors: no waiting, and never a request off this machine.
OFFLINE_SCRAPY_SETTINGS = [
    "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0.01", "-s", "AUTOTHROTTLE_MAX_DELAY=0.2",
    "-s", "POBRATYM_LOOPBACK_ONLY=True", "-s", "POBRATYM_CRAWL_DELAY_CAP=0.05",
]  # fmt: skip


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(SCRATCH, ignore_errors=True)


def portal_command(base_url: str, db: Path, *extra: str) -> list[str]:
    """``scrapy crawl portal`` against a loopback mirror, with its sections, into ``db``."""
    return [
        str(BIN / "scrapy"), "crawl", "portal", "-a", f"base_url={base_url}", "-a", "sections=news,en/news",
        "-s", f"POBRATYM_DB={db}", "-s", "LOG_LEVEL=INFO", *OFFLINE_SCRAPY_SETTINGS, *extra,
    ]  # fmt: skip


@pytest.fixture
def mirror() -> Iterator[MirrorServer]:
    """The portal mirror served on 127.0.0.1 on a free port; ``.requests`` lists every path asked for."""
    with serve_mirror(PORTAL_MIRROR) as server:
        yield server


def built_once(
    tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], dict[str, Any]]
) -> tuple[Path, dict[str, Any]]:
    """A folder that ``build`` fills once per test session, shared by every pytest-xdist worker, and
    what ``build`` returned about it (kept as JSON beside the folder).

    The first worker to ask builds it under a lock; the others wait and read the same files. What a
    test changes it must change in its own copy.
    """
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the workers' base folders share this parent
    folder, outcome = root / name, root / f"{name}.json"
    with (root / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not outcome.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            outcome.write_text(json.dumps(build(folder)), encoding="utf-8")
    return folder, json.loads(outcome.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def demo_crawl(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """One ``pobratym crawl --demo`` of the bundled mirrors (portal and six councils) with its
    articles CSV and the progress line forced on (stderr is a pipe here), for the whole session:
    ``.result`` (stdout and stderr decoded by hand, so ``\\r`` stays), ``.db_path``, ``.csv_path``,
    ``.repo_csv`` (the repo's data/*.csv and their modification times, before and after the crawl).
    Read-only: copy the database to change it."""

    def repo_csv() -> dict[str, int]:
        return {path.name: path.stat().st_mtime_ns for path in (REPO_ROOT / "data").glob("*.csv")}

    def build(folder: Path) -> dict[str, Any]:
        before = repo_csv()
        result = subprocess.run(
            [str(BIN / "pobratym"), "crawl", "--demo", "--db", str(folder / "demo.db"),
             "--csv", str(folder / "articles.csv")],
            cwd=REPO_ROOT, capture_output=True, timeout=300, env={**os.environ, "POBRATYM_PROGRESS": "1"},
        )  # fmt: skip
        return {"returncode": result.returncode, "stdout": result.stdout.decode(),
                "stderr": result.stderr.decode(), "repo_csv": [before, repo_csv()]}  # fmt: skip

    folder, outcome = built_once(tmp_path_factory, "demo", build)
    result = subprocess.CompletedProcess(["pobratym", "crawl", "--demo"], outcome["returncode"],
                                         outcome["stdout"], outcome["stderr"])  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    return SimpleNamespace(
        result=result,
        db_path=folder / "demo.db",
        csv_path=folder / "articles.csv",
        repo_csv=outcome["repo_csv"],
    )


@pytest.fixture(scope="session")
def demo_db(demo_crawl: SimpleNamespace) -> Path:
    """``demo.db`` from the one demo crawl of the session (see ``demo_crawl``), shared and read-only."""
    return demo_crawl.db_path


@pytest.fixture(scope="session")
def portal_crawl(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """One ``scrapy crawl portal`` of the portal mirror into an empty database, for the whole session:
    ``.db_path`` (read-only: copy it to change it) and ``.requests``, every path that crawl asked
    for. Pages are keyed by the portal's real domain, so a copy can be crawled again from another
    mirror server (the ``mirror`` fixture)."""

    def build(folder: Path) -> dict[str, Any]:
        with serve_mirror(PORTAL_MIRROR) as server:
            result = subprocess.run(
                portal_command(server.base_url, folder / "p.db"), cwd=REPO_ROOT, capture_output=True,
                text=True, timeout=300, env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning:scrapy"},
            )  # fmt: skip
        return {"returncode": result.returncode, "stderr": result.stderr[-3000:], "requests": server.requests}

    folder, outcome = built_once(tmp_path_factory, "portal-crawl", build)
    assert outcome["returncode"] == 0, outcome["stderr"]
    return SimpleNamespace(db_path=folder / "p.db", requests=outcome["requests"])


def one_partnership_db(path: Path, sentence: str = "Речення."):
    """A dataset with one portal article (17342) and one fact: Кам'янець-Подільський – Cihanbeyli, signed."""
    from parsers.facts.model import Fact, Partner, UaSide
    from parsers.pages.portal import parse_article_html
    from pipelines.storage import open_db, store_article, store_facts

    db = open_db(path)
    page = FIXTURES / "portal" / "site" / "news" / "17342.html"
    article = parse_article_html(page.read_bytes(), "http://127.0.0.1:1/news/17342")
    store_article(db, article)
    ua = UaSide("UA68020110000071202", "Кам'янець-Подільська міська громада", None, "Хмельницька область")
    partner = Partner("Джіханбейлі", "Cihanbeyli", "TR", 318506, None, "city", False)
    store_facts(
        db, article, [Fact(ua, partner, "twinning", "signed", "2025-02-03", [sentence], confidence=0.9)]
    )
    return db


KAMIANETS = "UA68020110000071202"  # Кам'янець-Подільська міська громада, Хмельницька область
NIKOPOL = "UA12080050000062712"  # Нікопольська міська громада, Дніпропетровська область


def two_sided_db(path: Path):
    """One article with three facts: an international tie with a signing date (2025-02-03), one that is
    only mentioned (no date of its own), and a domestic tie between hromadas of two oblasts."""
    from parsers.facts.model import Fact, Partner, UaSide

    db = one_partnership_db(path)
    from parsers.pages.portal import parse_article_html
    from pipelines.storage import store_facts

    page = FIXTURES / "portal" / "site" / "news" / "17342.html"
    article = parse_article_html(page.read_bytes(), "http://127.0.0.1:1/news/17342")
    kamianets = UaSide(KAMIANETS, "Кам'янець-Подільська міська громада", None, "Хмельницька область")
    facts = [
        Fact(
            kamianets,
            Partner("Джіханбейлі", "Cihanbeyli", "TR", 318506, None, "city", False),
            "twinning", "signed", "2025-02-03", ["Підписали угоду."], confidence=0.9,
        ),
        Fact(
            kamianets,
            Partner("Бохня", "Bochnia", "PL", 3102627, None, "city", False),
            "twinning", "signed", None, ["Співпраця триває двадцять років."], confidence=0.9,
        ),
        Fact(
            kamianets,
            Partner("Нікопольська міська громада", "Nikopolska", "UA", None, NIKOPOL, "city", True),
            "memorandum", "signed", "2025-05", ["Громади підписали меморандум."], confidence=0.9,
        ),
    ]  # fmt: skip
    store_facts(db, article, facts)
    return db


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def datasette_server(db_path: Path) -> Iterator[str]:
    """``pobratym serve`` on a free loopback port; yields its base URL once it answers."""
    port = free_port()
    server = subprocess.Popen(
        [str(BIN / "pobratym"), "serve", "--db", str(db_path), "--port", str(port)],
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).close()  # noqa: S310 (loopback)
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # pobratym and the Datasette it started
        server.wait(timeout=10)


def reparse(db_path: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    """``pobratym reparse --db DB`` as a user runs it, output as text."""
    return subprocess.run(
        [str(BIN / "pobratym"), "reparse", "--db", str(db_path)],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def dataset(db_path: Path) -> dict[str, list]:
    """Every derived table, in a form that does not depend on row ids: what reruns and reparse must keep."""
    db = sqlite_utils.Database(db_path)
    found = {
        "articles": sorted(tuple(row.values()) for row in db["articles"].rows),
        "tags": sorted(
            db.execute(
                "SELECT a.article_url, t.name, t.slug, a.position FROM article_tags a JOIN tags t ON t.id = a.tag_id"
            ).fetchall()
        ),
        "places": sorted(tuple(row.values()) for row in db["article_places"].rows),
        "partnerships": sorted(tuple(row.values()) for row in db["partnerships"].rows),
        "evidence": sorted(tuple(row.values()) for row in db["partnership_evidence"].rows),
        "partner_places": sorted(tuple(row.values()) for row in db["partner_places"].rows),
    }
    db.close()
    return found


def news_article(body: str, title: str = "Новина", published: str = "2025-05-01", council: bool = False):
    """An article written for an extraction test: a news page (or a council site's, whose owner the test
    passes to the extractor) with the given body, title and date."""
    from parsers.records import Article

    return Article(
        url="https://example.gov.ua/news/1",
        source="council" if council else "portal",
        site="example.gov.ua",
        site_article_id=None,
        lang="uk",
        title=title,
        published=published,
        body=body,
    )


SQUIRE = "Сквирська міська громада"
"""The hromada the extraction tests' sentences most often name, by its codifier name."""


@pytest.fixture(scope="module")
def extractor():
    """One extractor per test module (it loads the gazetteers once); a module may define its own."""
    from parsers.facts.extract import Extractor

    return Extractor()


def facts_by_partner(extractor, title: str, body: str) -> dict[str, tuple]:
    """The facts of a news article of 20 June 2025, by partner name: (Ukrainian side, relation, status,
    event date, link)."""
    article = news_article(body, title=title, published="2025-06-20")
    return {
        f.partner.name_uk: (f.ua.name_uk, f.relation, f.status, f.event_date, f.link)
        for f in extractor.extract(article)
    }
