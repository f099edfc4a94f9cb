"""A crawl that closes (budget spent, shutdown) downloads nothing new, and the next run fetches what it left.

Served on 127.0.0.1: a portal listing of 40 articles whose pages answer slowly in the first run, so
most of them are still queued when the wall-clock budget fires; and a council site whose backfill
night is cut short after its cursor moved past a listing page whose articles were still queued.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import subprocess
import time

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.test import get_crawler

from crawler.closing import ClosingGateMiddleware, close_state
from crawler.middlewares import CrawlDelayMiddleware
from crawler.simsites import SimSite
from tests import hostile
from tests.conftest import BIN, OFFLINE_SCRAPY_SETTINGS, REPO_ROOT
from tests.test_registry_crawl import Night

PAGES = 40
FIRST_ID = 71000


def slow_first_run(phase: int, marker: str) -> hostile.Answer:
    """Half a second per page in the first run (so the budget fires with most pages queued), then quick."""
    body = hostile.article_html(int(marker[6:])).encode()
    return hostile.Answer(body=body, action="pause" if phase == 1 else "")


def crawled_after_close(log: str) -> list[str]:
    """The pages Scrapy downloaded after it logged the start of the close (robots.txt aside)."""
    _, _, after = log.partition("Closing spider (")
    return [
        url for url in re.findall(r"Crawled \(\d+\) <GET ([^>]+)>", after) if not url.endswith("/robots.txt")
    ]


# Two ways a queued request waits: for the host's robots.txt Crawl-delay slot (inside a downloader
# middleware), and in Scrapy's own per-host download queue (DOWNLOAD_DELAY, no robots.txt).
POLITENESS = {
    "crawl-delay": [],
    "download-delay": ["-s", "ROBOTSTXT_OBEY=False", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0.5"],
}  # fmt: skip


@pytest.mark.parametrize("politeness", sorted(POLITENESS))
def test_a_crawl_past_its_budget_downloads_nothing_queued_and_the_next_run_fetches_it(tmp_path, politeness):
    cases = [hostile.Case(f"slow {n}", "stored", slow_first_run) for n in range(PAGES)]
    for number, case in enumerate(cases):
        case.id = FIRST_ID + number
    server = hostile.serve(cases)
    db_path = tmp_path / "close.db"

    def crawl(*settings: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [
                str(BIN / "scrapy"), "crawl", "portal", "-a", f"base_url={server.base_url}", "-a", "sections=news",
                "-s", f"POBRATYM_DB={db_path}", *OFFLINE_SCRAPY_SETTINGS, "-s", "PORTAL_TAGS=",
                "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "LOG_LEVEL=DEBUG", *POLITENESS[politeness], *settings,
            ],
            cwd=REPO_ROOT, capture_output=True, text=True, timeout=180,
        )  # fmt: skip

    try:
        first = crawl("-s", "CLOSESPIDER_TIMEOUT=3")
        first_requests = list(server.requests)
        db = sqlite3.connect(db_path)
        stored = {row[0] for row in db.execute("SELECT url FROM articles")}
        pending = dict(db.execute("SELECT url, stage FROM page_failures WHERE kind = 'pending'").fetchall())
        status = db.execute("SELECT status, stop_reason FROM crawl_runs").fetchone()
        archived = db.execute(
            "SELECT count(DISTINCT url) FROM raw_responses WHERE kind = 'article'"
        ).fetchone()[0]
        db.close()
        server.phase = 2
        second = crawl("-s", "CLOSESPIDER_TIMEOUT=0", "-s", "DOWNLOAD_DELAY=0")
        second_requests = server.requests[len(first_requests) :]
    finally:
        server.shutdown()
        server.server_close()
    assert first.returncode == 0, first.stderr[-2000:]
    assert status == ("stopped", "closespider_timeout")
    # One request at a time per host: what comes back after the close began is the one on the wire, and
    # at most one that the host's delay released in the same instant (under load the two can meet);
    # nothing of the queue behind them.
    late = crawled_after_close(first.stderr)
    assert len(late) <= 2
    # What was on the wire when the close began is archived and stored like any page.
    assert {url.rpartition("/")[2] for url in late} <= {url.rpartition("/")[2] for url in stored}
    assert archived == len(stored)
    assert 0 < len(stored) < PAGES // 2
    articles = {case.path for case in cases}
    assert len([path for path in first_requests if path in articles]) <= len(stored) + 1
    # Every page not fetched is kept for the next run, and the log says how many were dropped.
    assert len(stored) + len(pending) == PAGES and not stored & set(pending)
    assert set(pending.values()) == {"closed"}
    dropped = re.search(
        r"(\d+) queued requests dropped, not downloaded; (\d+) article pages kept", first.stderr
    )
    assert dropped and int(dropped[1]) >= len(pending) and int(dropped[2]) == len(pending)
    # The next run fetches exactly what the first one left, and then nothing is pending.
    assert second.returncode == 0, second.stderr[-2000:]
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == PAGES
    assert db.execute("SELECT count(*) FROM page_failures").fetchone()[0] == 0
    fetched_again = {path for path in second_requests if path in articles}
    assert {path.rpartition("/")[2] for path in fetched_again} == {url.rpartition("/")[2] for url in pending}


def test_a_request_waiting_for_a_crawl_delay_slot_stops_waiting_when_the_crawl_closes():
    crawler = get_crawler(settings_dict={"DOWNLOAD_TIMEOUT": 30})

    async def scenario() -> tuple[float, bool]:
        middleware = CrawlDelayMiddleware(crawler)
        middleware.delays["127.0.0.1:9"] = 0.01
        await middleware.process_request(Request("http://127.0.0.1:9/news/1"))  # holds the slot, on the wire
        waiting = Request("http://127.0.0.1:9/news/2", meta={"pobratym_article_url": "https://x.ua/news/2"})
        task = asyncio.ensure_future(middleware.process_request(waiting))
        await asyncio.sleep(0.2)
        assert not task.done()  # still waiting for the slot
        started = time.monotonic()
        close_state(crawler).closing.set()
        await asyncio.wait_for(task, 5)
        return time.monotonic() - started, "pobratym_crawl_delay_lock" in waiting.meta

    seconds, holds_slot = asyncio.run(scenario())
    assert seconds < 2 and not holds_slot


def test_the_closing_gate_refuses_requests_and_keeps_their_article_urls():
    crawler = get_crawler()
    gate = ClosingGateMiddleware(crawler)
    article = Request("http://127.0.0.1:9/news/3", meta={"pobratym_article_url": "https://x.ua/news/3",
                                                         "pobratym_site": "x.ua"})  # fmt: skip
    assert gate.process_request(article) is None  # not closing yet: it goes on
    state = close_state(crawler)
    state.reason = "shutdown"
    state.closing.set()
    with pytest.raises(IgnoreRequest, match="closing"):
        gate.process_request(article)
    with pytest.raises(IgnoreRequest):
        gate.process_request(Request("http://127.0.0.1:9/news?page=2"))  # a listing: walked again next run
    assert state.dropped == 2 and state.unsaved == [("https://x.ua/news/3", "x.ua")]


def test_a_retry_after_pause_ends_when_the_crawl_closes():
    crawler = get_crawler()

    async def scenario() -> float:
        middleware = CrawlDelayMiddleware(crawler)
        middleware.next_free["127.0.0.1:9"] = asyncio.get_running_loop().time() + 60  # Retry-After: 60
        task = asyncio.ensure_future(middleware.process_request(Request("http://127.0.0.1:9/b")))
        await asyncio.sleep(0.1)
        started = time.monotonic()
        close_state(crawler).closing.set()
        await asyncio.wait_for(task, 5)
        return time.monotonic() - started

    assert asyncio.run(scenario()) < 2


def test_a_backfill_night_cut_by_its_budget_loses_no_article_of_the_pages_it_already_walked(tmp_path):
    """The backfill cursor moves past a listing page once it is read, before its articles are
    fetched: the articles dropped at the close are kept as pending, or the archive would lose them."""
    site = SimSite("deep.test", "wordpress", articles=60)
    night = Night(tmp_path, [site])
    try:
        night.run(COUNCIL_MAX_PAGES=1)  # an ordinary night read the first listing page
        site.delay = 1.0  # one request a second: the budget fires with a listing page's articles queued
        first = night.run(COUNCIL_BACKFILL=True, COUNCIL_MAX_PAGES=1, CLOSESPIDER_TIMEOUT=3)
        assert first["status"] == "stopped"
        stored = len(night.stored("deep.test"))
        with sqlite3.connect(night.db) as db:
            pending = db.execute("SELECT count(*) FROM page_failures WHERE kind = 'pending'").fetchone()[0]
        assert stored < 60 and pending > 0
        assert first["stats"]["pobratym/dropped_on_close"] >= pending
        site.delay = 0.0
        night.run(COUNCIL_BACKFILL=True, COUNCIL_MAX_PAGES=1)
        assert len(set(night.stored("deep.test"))) == 60
    finally:
        night.close()


def test_the_summary_of_a_stopped_run_says_how_many_queued_requests_were_left():
    from crawler.cli import CrawlOutcome, crawl_summary

    stats = {"pobratym/status": "stopped", "pobratym/dropped_on_close": 37}
    lines = crawl_summary("nightly", [CrawlOutcome("portal", "stopped", stats, None)], 1.0, [])
    assert any(line.split()[:2] == ["stopped", "portal:"] and "(37 queued requests left for it)" in line
               for line in lines)  # fmt: skip
