"""Progress lines on a terminal and the one-screen summaries of crawl, reparse and export."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
import sqlite_utils
from scrapy.exceptions import NotConfigured
from scrapy.settings import Settings

from crawler.cli import main
from crawler.export import PROGRESS_EVERY, counted, write_csv
from crawler.extensions import CrawlProgress, spider_line
from crawler.progress import Progress, duration, progress_enabled
from pipelines.archive import archive_counts
from tests.conftest import BIN, FIXTURES, REPO_ROOT, one_partnership_db

PORTAL_ARTICLES = len(list((FIXTURES / "portal/expected").glob("*.json")))
COUNCIL_ARTICLES = 36  # as tests/test_crawl.py: the six council mirrors
CLEAR = "\x1b[K"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POBRATYM_PROGRESS", "1")


def test_a_line_is_drawn_throttled_and_ended_with_a_newline(forced):
    clock, out = Clock(), io.StringIO()
    progress = Progress("pobratym: reparsing", total=100, unit="articles", stream=out, clock=clock)
    clock.now += 0.1
    progress.update(5)
    assert out.getvalue() == ""  # nothing during the first 0.2 s: a quick command prints no line
    clock.now += 0.9
    progress.update(25)
    first = f"\rpobratym: reparsing 25/100 articles (25%), 25/s, ETA 3 s{CLEAR}"
    assert out.getvalue() == first
    clock.now += 0.1
    progress.update(30)
    assert out.getvalue() == first  # 0.1 s after the last line: throttled
    clock.now += 0.15
    progress.update(40)
    second = f"\rpobratym: reparsing 40/100 articles (40%), 32/s, ETA 2 s{CLEAR}"
    assert out.getvalue() == first + second
    clock.now += 0.75
    progress.finish(100)
    last = f"\rpobratym: reparsing 100/100 articles (100%), 50/s, ETA 0 s{CLEAR}\n"
    assert out.getvalue() == first + second + last
    progress.finish(100)
    assert out.getvalue() == first + second + last  # finished once


def test_without_a_total_the_line_gives_count_and_rate(forced):
    clock, out = Clock(), io.StringIO()
    progress = Progress("pobratym: exporting", unit="partnerships", stream=out, clock=clock)
    clock.now += 2
    progress.update(1000)
    assert out.getvalue() == f"\rpobratym: exporting 1000 partnerships, 500/s{CLEAR}"


def test_a_quick_run_prints_nothing_not_even_the_newline(forced):
    clock, out = Clock(), io.StringIO()
    progress = Progress("pobratym: exporting", stream=out, clock=clock)
    progress.update(3)
    clock.now += 0.05
    progress.finish(3)
    assert out.getvalue() == ""


def test_silent_when_not_a_terminal_and_not_forced(monkeypatch):
    monkeypatch.delenv("POBRATYM_PROGRESS", raising=False)
    clock, out = Clock(), io.StringIO()
    progress = Progress("pobratym: reparsing", total=10, stream=out, clock=clock)
    clock.now += 5
    progress.update(5)
    progress.set_text("anything")
    progress.show("anything")
    progress.finish(10)
    assert out.getvalue() == ""
    assert progress_enabled(io.StringIO()) is False
    assert progress_enabled(Terminal()) is True
    monkeypatch.setenv("POBRATYM_PROGRESS", "0")
    assert progress_enabled(Terminal()) is False  # silenced even on a terminal


def test_on_a_terminal_the_line_is_cut_to_its_width(monkeypatch):
    monkeypatch.delenv("POBRATYM_PROGRESS", raising=False)
    monkeypatch.setenv("COLUMNS", "20")
    out = Terminal()
    Progress("x", stream=out).show("0123456789abcdefghijklmnop")
    assert out.getvalue() == f"\r0123456789abcdefgh…{CLEAR}"  # 19 columns: a full line would wrap


def test_durations_are_short():
    assert [duration(s) for s in (0.4, 42, 185, 3723)] == ["0 s", "42 s", "3:05", "1:02:03"]


def test_exports_report_every_so_many_rows():
    calls: list[int] = []
    rows = ({"a": number} for number in range(2 * PROGRESS_EVERY + 7))
    assert write_csv(rows, ["a"], io.StringIO(), calls.append) == 2 * PROGRESS_EVERY + 7
    assert calls == [PROGRESS_EVERY, 2 * PROGRESS_EVERY]
    assert list(counted([{"a": 1}], None)) == [{"a": 1}]


def test_a_small_export_keeps_its_one_line(tmp_path, capsys, forced):
    one_partnership_db(tmp_path / "p.db").close()
    target = tmp_path / "p.csv"
    assert main(["export", "partnerships", "--db", str(tmp_path / "p.db"), "-o", str(target)]) == 0
    captured = capsys.readouterr()
    assert captured.err == f"pobratym: wrote 1 partnerships to {target}\n"  # too quick for a progress line
    assert captured.out == ""


def test_the_crawl_extension_is_off_unless_asked_for():
    crawler = SimpleNamespace(settings=Settings({"POBRATYM_PROGRESS": False}))
    with pytest.raises(NotConfigured):
        CrawlProgress.from_crawler(crawler)


def test_a_spider_line_reads_the_live_counts_and_the_errors():
    stats = {
        "downloader/request_count": 12,
        "downloader/response_count": 10,
        "pobratym/new_articles": 3,
        "pobratym/updated_articles": 1,
        "pobratym/new_facts": 7,
        "spider_exceptions/ValueError": 1,
        "downloader/exception_type_count/twisted.internet.error.TimeoutError": 2,
        "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest": 5,  # refused, not an error
    }
    crawler = SimpleNamespace(stats=SimpleNamespace(get_stats=lambda: stats))
    assert spider_line("portal", crawler, False) == "portal 12 req, 3 new, 1 upd, 7 facts, 3 err"
    stats.update({"pobratym/updated_articles": 0, "spider_exceptions/ValueError": 0})
    stats.pop("downloader/exception_type_count/twisted.internet.error.TimeoutError")
    assert spider_line("portal", crawler, True) == "portal✓ 12 req, 3 new, 7 facts"  # no zero counts


def run(*arguments: str) -> subprocess.CompletedProcess:
    """``pobratym`` with the progress line forced on; bytes decoded by hand, so ``\\r`` stays ``\\r``."""
    result = subprocess.run(
        [str(BIN / "pobratym"), *arguments],
        cwd=REPO_ROOT,
        capture_output=True,
        timeout=300,
        env={**os.environ, "POBRATYM_PROGRESS": "1"},
    )
    result.stdout, result.stderr = result.stdout.decode(), result.stderr.decode()
    return result


@pytest.fixture(scope="module")
def demo(demo_crawl: SimpleNamespace) -> SimpleNamespace:
    """The session's one demo crawl of both spiders: it runs with the progress line forced on
    (stderr is a pipe here), see ``demo_crawl`` in tests/conftest.py."""
    return demo_crawl


def crawl_runs(db_path: Path) -> dict[str, dict]:
    return {run["spider"]: run for run in sqlite_utils.Database(db_path)["crawl_runs"].rows}


def test_crawl_ends_with_a_one_screen_summary(demo):
    runs = crawl_runs(demo.db_path)
    portal, councils = runs["portal"], runs["councils"]
    db = sqlite_utils.Database(demo.db_path)
    lines = demo.result.stdout.splitlines()
    start = next(number for number, line in enumerate(lines) if line.startswith("pobratym: crawl "))
    summary = lines[start:]
    assert re.fullmatch(r"pobratym: crawl finished in \d+\.\d s", summary[0])
    # The log goes beside the database (never into the repository's data/ from a test).
    log = re.fullmatch(
        rf"  log       ({re.escape(str(demo.db_path.parent))}/logs/crawl-\d{{8}}-\d{{6}}\.log)", summary[5]
    )
    assert log, summary
    assert summary[1:] == [
        "  spider    status    requests  articles  new  updated  unchanged  facts  warnings  errors",
        f"  portal    finished        44  {PORTAL_ARTICLES:>8}  {PORTAL_ARTICLES:>3}        0          0  "
        f"{portal['new_facts']:>5}  {portal['warnings']:>8}       0",
        f"  councils  finished  {councils['requests']:>8}  {COUNCIL_ARTICLES:>8}  {COUNCIL_ARTICLES:>3}        0"
        f"          0  {councils['new_facts']:>5}  {councils['warnings']:>8}       0",
        f"  database  {demo.db_path}",
        summary[5],
        f"  csv       {demo.csv_path} ({db['articles'].count} articles)",  # --csv FILE writes FILE only
    ]
    assert portal["new_facts"] > 0 and councils["new_facts"] > 0 and portal["warnings"] > 0
    # The Scrapy log still goes, whole and without control characters, to its file.
    text = Path(log.group(1)).read_text(encoding="utf-8")
    assert "Spider closed (finished)" in text and "\r" not in text and CLEAR not in text


def test_crawl_progress_shows_both_spiders_on_one_line(demo):
    stderr = demo.result.stderr
    assert stderr.endswith(CLEAR + "\n") and stderr.count("\n") == 1  # one line, ended once
    drawn = [part.removesuffix(CLEAR + "\n").removesuffix(CLEAR) for part in stderr.split("\r")[1:]]
    assert len(drawn) >= 2  # at least one tick (the crawl takes seconds) and the final state
    spider = r"{}✓? \d+ req, \d+ new, \d+ facts"
    pattern = rf"crawl \d+ s · {spider.format('portal')} · {spider.format('councils')}"
    assert all(re.fullmatch(pattern, line) for line in drawn), drawn
    runs = crawl_runs(demo.db_path)
    final = drawn[-1].split(" · ")[1:]
    assert final == [
        f"{name}✓ {runs[name]['requests']} req, {runs[name]['new_articles']} new, {runs[name]['new_facts']} facts"
        for name in ("portal", "councils")
    ]


def test_reparse_shows_progress_and_ends_with_a_summary(demo, tmp_path):
    db_path = tmp_path / "demo.db"
    shutil.copy(demo.db_path, db_path)  # the demo database is shared: reparse a copy
    db = sqlite_utils.Database(db_path)
    responses = archive_counts(db)["responses"]
    runs = crawl_runs(db_path)
    db.close()
    result = run("reparse", "--db", str(db_path))
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"pobratym: reparse finished in \d+\.\d s \(\d+ articles/s\)", lines[0])
    articles = PORTAL_ARTICLES + COUNCIL_ARTICLES
    assert lines[1:] == [
        f"  articles  {articles} (from {responses} archived responses, 0 skipped)",
        f"  facts     {sum(run['new_facts'] for run in runs.values())}",
        f"  warnings  {sum(run['warnings'] for run in runs.values())}",
        f"  database  {db_path}",
    ]
    # Loading the extractor alone takes longer than the first 0.2 s, so the line shows here.
    assert re.search(
        rf"\rpobratym: reparsing {articles}/{articles} articles \(100%\), \d+/s, ETA 0 s{re.escape(CLEAR)}\n\Z",
        result.stderr,
    ), result.stderr[-500:]
