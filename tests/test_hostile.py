"""Hostile pages and faults, the fast part (``make test``): every hostile case read in-process by the
verdict and both kinds of reader, and the pieces that keep a crawl alive (the Crawl-delay slot,
Retry-After, the budget), the archive honest (Content-Encoding) and reparse safe.

The slow part crawls the same cases over loopback for three nights (tests/test_hostile_crawl.py)
and kills crawls, nightlies and reparses at 14 points (tests/test_hostile_kill.py): `make test-hostile`.
"""

from __future__ import annotations

import asyncio
import gzip
import shutil
import sqlite3
import subprocess
import time
import zlib
from datetime import datetime
from urllib.parse import urlsplit

import pytest
import sqlite_utils
from scrapy.http import HtmlResponse, Request, Response
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawler import settings as project_settings
from crawler.middlewares import CrawlDelayMiddleware, retry_after_seconds
from crawler.spiders.councils import CouncilsSpider
from parsers import reading as reading_module
from parsers.dates import KYIV, parse_date_text, parse_iso_datetime
from parsers.page import decode_html, json_ld_items, read_html
from parsers.pages.councils import canonical_url
from parsers.pages.limits import check_article
from parsers.pages.verdict import classify_response
from parsers.reading import Fetched, Reading, read_fetched
from parsers.records import Article
from parsers.registry import load_registry
from pipelines import reparse as reparse_module
from pipelines.archive import archive_response, decoded_body, ensure_archive
from pipelines.storage import open_db
from tests import hostile
from tests.conftest import BIN, OFFLINE_SCRAPY_SETTINGS, REPO_ROOT, reparse
from tests.test_hostile_crawl import dataset

COUNCIL_SITE = load_registry().by_domain("kom-zoryanska-gromada.gov.ua")
# Answers a reader sees: not transport faults or redirects, which never reach one.
READABLE = hostile.readable_cases()


def read_case(case: hostile.Case, reader: str = "portal") -> Reading:
    """A hostile answer read as the crawl reads it (:func:`parsers.reading.read_fetched`)."""
    return read_fetched(hostile.fetched(case, reader, COUNCIL_SITE), extract=False)


def test_the_hostile_suite_has_at_least_150_cases_and_most_reach_a_reader():
    assert len(hostile.CASES) >= 150
    assert len(READABLE) >= 130


@pytest.mark.parametrize("case", READABLE, ids=[case.name for case in READABLE])
def test_each_hostile_page_gets_the_right_verdict_and_fields(case):
    reading = read_case(case)
    if case.expect != "stored":
        assert reading.failure is not None and reading.failure.kind == case.expect, reading
        return
    result = reading.article
    assert result is not None, reading.failure
    assert result.title == case.expected_title
    assert case.marker in result.body
    assert "\ufffd" not in result.title
    if case.published_null:
        assert result.published is None and any("publi" in warning for warning in result.warnings)
    if case.views_null:
        assert result.views is None and "impossible view count dropped" in result.warnings


@pytest.mark.parametrize("case", READABLE, ids=[case.name for case in READABLE])
def test_each_hostile_page_never_crashes_a_council_reader(case):
    reading = read_case(case, "council")
    assert (reading.article is None) != (reading.failure is None)
    if case.expect != "stored":
        assert reading.failure is not None and reading.failure.kind == case.expect


# --- charsets ---


def test_utf8_with_one_bad_byte_and_no_charset_stays_utf8():
    text = "<html><body><p>Громада підписала меморандум про співпрацю з містом-партнером.</p></body></html>"
    body = text.encode("utf-8").replace("співпрацю".encode(), "співпрацю".encode() + b"\xff")
    decoded, encoding = decode_html(body)
    assert encoding == "utf-8"
    assert "Громада підписала меморандум" in decoded and "\ufffd" in decoded


def test_utf8_with_a_cesu_surrogate_stays_utf8():
    body = "<p>Мешканці громади отримали нові послуги в центрі.</p>".encode() + b"\xed\xa0\xbd\xed\xb8\x80"
    decoded, encoding = decode_html(body)
    assert encoding == "utf-8" and "Мешканці громади" in decoded


@pytest.mark.parametrize("charset", ["windows-1251", "koi8-u"])
def test_genuine_cyrillic_code_pages_stay_intact(charset):
    text = "<p>Громада підписала угоду про співпрацю; їхні мешканці отримали ґрунтовні послуги.</p>"
    decoded, encoding = decode_html(text.encode(charset))
    assert encoding == charset and "ґрунтовні послуги" in decoded


# --- JSON-LD, dates, counters ---


@pytest.mark.parametrize(
    "payload",
    [
        '{"@graph": "x"}',
        '{"@graph": 7}',
        '{"@graph": ["a"]}',
        "[1, 2]",
        '"s"',
        "[" * 100_000 + "]" * 100_000,
        "{bad",
    ],
)
def test_odd_json_ld_gives_only_objects_never_an_error(payload):
    assert all(isinstance(item, dict) for item in json_ld_items(payload))


def test_json_ld_graph_objects_are_unfolded():
    items = json_ld_items('{"@graph": [{"@type": "NewsArticle", "headline": "H"}, "junk", 3]}')
    assert items == [{"@type": "NewsArticle", "headline": "H"}]


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00", "0000-00-00"])
def test_dates_at_the_edge_of_the_calendar_are_none_not_an_overflow(value):
    assert parse_iso_datetime(value) is None


def test_visible_dates_are_read_day_first_in_kyiv_time():
    assert parse_date_text("18.09.2024 - 16:20 | Переглядів: 5") == datetime(2024, 9, 18, 16, 20, tzinfo=KYIV)
    assert parse_date_text("05 грудня 2025 року") == datetime(2025, 12, 5, tzinfo=KYIV)
    assert parse_date_text("5 December 2025, 10:30") == datetime(2025, 12, 5, 10, 30, tzinfo=KYIV)
    assert parse_date_text("45.13.2025") is None


def article(published: str | None = None, views: int | None = None) -> Article:
    return Article("u", "portal", "s", None, "uk", "T", published, views=views, body="b")


@pytest.mark.parametrize(
    "published", ["1990-12-31T12:00:00+02:00", "0001-01-01T00:00:00+02:00", "2999-01-01T00:00:00+02:00"]
)
def test_impossible_publication_dates_become_a_warning_and_null(published):
    checked = check_article(article(published), now=datetime(2026, 1, 1, tzinfo=KYIV))
    assert checked.published is None
    assert (
        len(checked.warnings) == 1
        and "publication date" in checked.warnings[0]
        and published in checked.warnings[0]
    )


def test_possible_dates_and_tomorrow_stay():
    now = datetime(2026, 1, 1, 12, tzinfo=KYIV)
    for value in ("1991-01-01T00:00:00+02:00", "2026-01-02T10:00:00+02:00"):
        assert check_article(article(value), now=now).published == value


def test_a_view_count_beyond_sqlite_integer_is_dropped():
    assert check_article(article(views=2**63)).views is None
    assert check_article(article(views=2**63 - 1)).views == 2**63 - 1


# --- responses that are no article ---


def test_news_about_works_is_an_article_a_site_notice_is_not():
    news = "<html><head><title>Ведуться технічні роботи на водогоні</title></head><body><h1>Ведуться технічні роботи на водогоні</h1><p>Текст новини про ремонт.</p></body></html>"
    notice = "<html><head><title>Громада</title></head><body><h1>На сайті ведуться технічні роботи</h1></body></html>"
    assert classify_response(200, {}, news.encode(), read_html(news.encode())).kind == "article"
    assert classify_response(200, {}, notice.encode(), read_html(notice.encode())).kind == "not_article"


def test_a_reader_that_fails_is_a_parse_failure_with_the_error(monkeypatch):
    def broken(*args, **kwargs) -> Article:
        raise ValueError("layout")

    monkeypatch.setattr(reading_module, "parse_article_page", broken)
    body = hostile.article_html(1).encode()
    reading = read_fetched(Fetched("portal", "http://127.0.0.1:1/news/1", body))
    failure = reading.failure
    assert (failure.kind, failure.stage, failure.reason) == ("failed", "parse", "ValueError: layout")


# --- limits ---


def test_300_unclosed_font_keep_the_rest_of_the_page():
    page = read_html(hostile.article_html(7, before="<font>" * 300).encode())
    assert any("маркер7" in line.text for line in page.lines)
    assert any("Переглядів" in line.text for line in page.lines)


def test_nesting_beyond_libxml2_limits_keeps_the_text():
    page = read_html(hostile.article_html(8, before="<span>" * 20000).encode())
    assert any("маркер8" in line.text for line in page.lines)


HEAVY = [case for case in hostile.CASES if case.name in hostile.HEAVY_SHAPES]
# Trees deeper than libxml2 can hold are read flattened (parsers.page.parse_tree): the date keeps its
# line, which the portal reader reads, but loses its own element, which the council reader looks for.
UNDATED_FOR_COUNCILS = {
    "3000 unclosed font",
    "20000 nested spans",
    "5000 nested tables",
    "deep inline nesting with text",
}
PUBLISHED = "2025-10-14T09:05:00+03:00"


@pytest.mark.parametrize("reader", ["portal", "council"])
@pytest.mark.parametrize("case", HEAVY, ids=[case.name for case in HEAVY])
def test_heavy_pages_still_give_their_title_date_and_whole_body(case, reader):
    """Pages that once cost seconds of CPU (the bench times them) read exactly as light ones."""
    article = read_case(case, reader).article
    assert article is not None
    assert article.title == case.expected_title
    assert article.views == 12
    if reader == "portal" or case.name not in UNDATED_FOR_COUNCILS:
        assert article.published == PUBLISHED
    assert article.body.startswith("Абзац 1: громада звітує про роботу, " + case.marker)
    if case.name == "20000 paragraphs":
        assert article.body.count("\n\nабзац") == 20000
    if case.name == "one 2 MB line":
        assert article.body.count("слово") == 150_000


@pytest.mark.parametrize("reader", ["portal", "council"])
@pytest.mark.parametrize("date", ["14.10.2025 - 09:05", ""])
def test_a_page_of_20000_dated_lines_keeps_its_own_date_and_every_line(reader, date):
    """Thousands of short lines with dates in them: none is the article's date, all are its body."""
    fetched = hostile.page_fetched(hostile.dated_lines_page(9, date=date), "/news/9", reader, COUNCIL_SITE)
    article = read_fetched(fetched, extract=False).article
    assert article.title == hostile.title_of(9)
    assert article.published == (PUBLISHED if date else None)
    assert article.body.startswith("Абзац 1: громада звітує про роботу, маркер9")
    assert article.body.count("\n\nПодія ") == 20000
    assert "\n\nПодія 08.07.2054 відбулася" in article.body  # the last one


def test_size_limits_are_set_against_bombs():
    assert 0 < project_settings.DOWNLOAD_WARNSIZE < project_settings.DOWNLOAD_MAXSIZE <= 64 * 1024 * 1024
    assert project_settings.CLOSESPIDER_TIMEOUT > 0


# --- the archive keeps what was served; reparse reads it decoded ---


@pytest.mark.parametrize(
    "coding, encode",
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate
        ("br", lambda data: __import__("brotli").compress(data)),
        ("gzip, br", lambda data: __import__("brotli").compress(gzip.compress(data))),
    ],
)
def test_archived_bodies_are_decoded_by_their_content_encoding(coding, encode):
    page = hostile.article_html(3).encode()
    assert decoded_body(encode(page), coding) == page


def test_a_bomb_in_the_archive_decodes_only_to_the_limit():
    bomb = gzip.compress(b"\0" * (20 * 1024 * 1024))
    assert len(decoded_body(bomb, "gzip", limit=1024 * 1024)) == 1024 * 1024
    assert decoded_body(b"not gzip", "gzip") == b"not gzip"


# --- the Crawl-delay slot ---


def delay_middleware(**settings) -> CrawlDelayMiddleware:
    middleware = CrawlDelayMiddleware(get_crawler(settings_dict=settings))
    middleware.delays["127.0.0.1:9"] = 0.01
    return middleware


def test_the_crawl_delay_slot_is_freed_on_redirect_retry_and_error():
    async def scenario() -> float:
        middleware = delay_middleware(DOWNLOAD_TIMEOUT=30)
        first = Request("http://127.0.0.1:9/news/1")
        await middleware.process_request(first)
        middleware.process_response(first, Response(first.url, status=301))  # redirected
        redirected = first.replace(url="http://127.0.0.1:9/news/1?v=2")
        await asyncio.wait_for(middleware.process_request(redirected), 2)
        middleware.process_exception(redirected, ConnectionResetError())  # reset, to be retried
        retried = redirected.copy()
        await asyncio.wait_for(middleware.process_request(retried), 2)
        middleware.process_response(retried, Response(retried.url, status=503))  # retried 5xx
        started = time.monotonic()
        await asyncio.wait_for(middleware.process_request(Request("http://127.0.0.1:9/news/2")), 2)
        return time.monotonic() - started

    assert asyncio.run(scenario()) < 2


def test_a_slot_held_past_its_timeout_is_taken_over():
    async def scenario() -> bool:
        middleware = delay_middleware(POBRATYM_SLOT_TIMEOUT=0.2)
        await middleware.process_request(Request("http://127.0.0.1:9/lost"))  # never answered
        await asyncio.wait_for(middleware.process_request(Request("http://127.0.0.1:9/next")), 5)
        return middleware.crawler.stats.get_value("pobratym/crawl_delay_slot_taken_over") == 1

    assert asyncio.run(scenario())


def test_retry_after_keeps_the_host_quiet():
    async def scenario() -> float:
        middleware = CrawlDelayMiddleware(get_crawler())
        request = Request("http://127.0.0.1:9/a")
        await middleware.process_request(request)
        middleware.process_response(request, Response(request.url, status=429, headers={"Retry-After": "1"}))
        started = time.monotonic()
        await middleware.process_request(Request("http://127.0.0.1:9/b"))
        return time.monotonic() - started

    assert asyncio.run(scenario()) >= 0.9
    assert retry_after_seconds(b"120") == 120
    assert retry_after_seconds(b"Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert retry_after_seconds(b"soon") is None


# --- a newer sitemap lastmod wins over the listing ---


def test_a_newer_sitemap_lastmod_refetches_an_article_the_listing_showed_first(tmp_path):
    settings = Settings()
    settings.setmodule(project_settings)
    settings.set("POBRATYM_DB", str(tmp_path / "none.db"))
    spider = CouncilsSpider(site=COUNCIL_SITE.domain)
    spider.configure(settings, load_registry())
    url = f"https://{COUNCIL_SITE.domain}/news/1766697313/"
    spider.incremental.stored.add(canonical_url(url, COUNCIL_SITE))
    assert spider._article_request(COUNCIL_SITE, url) is None  # listed, stored: skipped
    forced = spider._article_request(COUNCIL_SITE, url, force=True)  # then the sitemap's newer lastmod
    assert forced is not None and forced.meta["pobratym_article_url"] == url
    assert spider._article_request(COUNCIL_SITE, url, force=True) is None  # once per run


def test_an_article_request_sees_404_and_410_itself():
    spider = CouncilsSpider(site=COUNCIL_SITE.domain)
    settings = Settings()
    settings.setmodule(project_settings)
    spider.configure(settings, load_registry())
    request = spider._article_request(COUNCIL_SITE, f"https://{COUNCIL_SITE.domain}/news/1/")
    assert request.meta["handle_httpstatus_list"] == [404, 410]
    body = b"<html><head><title>x</title></head><body><h1>Not Found</h1></body></html>"
    produced = list(
        spider.parse_article(
            HtmlResponse(request.url, status=404, body=body, request=request), COUNCIL_SITE.domain
        )
    )
    assert [(item.kind, item.stage, item.reason) for item in produced] == [("removed", "verdict", "HTTP 404")]


# --- reparse cannot destroy the dataset ---


def test_a_page_that_fails_in_reparse_keeps_its_rows_and_the_rest_is_rebuilt(demo_db, tmp_path, monkeypatch):
    db_path = tmp_path / "r.db"
    shutil.copy(demo_db, db_path)
    before = dataset(db_path)
    victim = "https://decentralization.gov.ua/news/17342"
    real = reading_module.parse_article_page

    def failing(page, url, codifier=None):
        if urlsplit(url).path == "/news/17342":
            raise RuntimeError("reader bug")
        return real(page, url, codifier)

    monkeypatch.setattr(reading_module, "parse_article_page", failing)
    db = open_db(db_path)
    result = reparse_module.reparse(db)
    db.close()
    assert result.counts["failed"] == 1 and result.failures[0][1] == "RuntimeError: reader bug"
    assert dataset(db_path) == before  # the failing page kept its rows, every other was rebuilt alike
    assert victim in {row[0] for row in before["articles"]}


def test_reparse_reads_the_last_good_version_when_the_latest_is_a_maintenance_page(demo_db, tmp_path):
    db_path = tmp_path / "m.db"
    shutil.copy(demo_db, db_path)
    before = dataset(db_path)
    db = open_db(db_path)
    ensure_archive(db)
    notice = b"<html><head><title>\xd0\xa1\xd0\xb0\xd0\xb9\xd1\x82 \xd0\xbe\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb\xd1\x8e\xd1\x94\xd1\x82\xd1\x8c\xd1\x81\xd1\x8f</title></head><body></body></html>"
    archive_response(
        db, url="http://127.0.0.1:1/news/17342", final_url="http://127.0.0.1:1/news/17342", status=200,
        headers={"Content-Type": "text/html; charset=utf-8"}, body=notice, spider="portal", kind="article",
        site="decentralization.gov.ua",
    )  # fmt: skip
    db.close()
    result = reparse(db_path)
    assert result.returncode == 0, result.stderr
    assert dataset(db_path) == before


def test_reparse_waits_for_a_nightly_that_holds_the_lock(demo_db, tmp_path):
    from crawler.cli import hold_lock

    db_path = tmp_path / "l.db"
    shutil.copy(demo_db, db_path)
    with hold_lock(db_path.with_suffix(".lock")):
        result = reparse(db_path)
    assert result.returncode == 3 and "reparse later" in result.stderr


# --- the wall-clock budget ---


def test_a_crawl_past_its_budget_stops_cleanly_and_says_why(tmp_path):
    slow = [hostile.Case(f"slow {n}", "stored", hostile.from_page(lambda i: hostile.Answer(
        body=hostile.article_html(i).encode(), action="pause"))) for n in range(40)]  # fmt: skip
    for number, case in enumerate(slow):
        case.id = 70000 + number
    server = hostile.serve(slow)
    db_path = tmp_path / "b.db"
    try:
        started = time.monotonic()
        result = subprocess.run(
            [
                str(BIN / "scrapy"), "crawl", "portal", "-a", f"base_url={server.base_url}", "-a", "sections=news",
                "-s", f"POBRATYM_DB={db_path}", *OFFLINE_SCRAPY_SETTINGS, "-s", "PORTAL_TAGS=",
                "-s", "CLOSESPIDER_TIMEOUT=3", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
            ],
            cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        seconds = time.monotonic() - started
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr[-2000:]
    row = sqlite3.connect(db_path).execute("SELECT status, stop_reason FROM crawl_runs").fetchone()
    assert row == ("stopped", "closespider_timeout")
    stored = sqlite_utils.Database(db_path)["articles"].count
    assert 0 < stored < len(slow)
    assert seconds < 60


def test_a_run_with_failed_pages_says_so_in_its_summary():
    from crawler.cli import CrawlOutcome, crawl_summary

    stats = {"pobratym/status": "partial", "pobratym/failed_pages": 2, "pobratym/not_articles": 3,
             "pobratym/removed_pages": 1}  # fmt: skip
    lines = crawl_summary("nightly", [CrawlOutcome("portal", "partial", stats, None)], 1.0, [])
    assert lines[0] == "pobratym: nightly finished, some pages failed in 1.0 s"
    assert lines[2].split()[:2] == ["portal", "partial"]
    assert "portal: 2 failed, 3 not articles, 1 removed (page_failures; fetched again next run)" in lines[3]


def test_a_nightly_that_cannot_stop_is_ended_so_its_lock_is_freed():
    started = time.monotonic()
    result = subprocess.run(
        [str(BIN / "python"), "-c", "import time; from crawler.cli import _hard_stop_after as s; s(0.5); time.sleep(30)"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 4 and "still running" in result.stderr
    assert time.monotonic() - started < 20
