"""The portal spider's decisions, on offline responses (no downloader)."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request
from scrapy.settings import Settings

from crawler import settings as project_settings
from crawler.spiders.portal import PortalSpider
from parsers.records import PendingPages
from tests.conftest import FIXTURES

BASE = "http://127.0.0.1:8000"


def make_spider(**arguments) -> PortalSpider:
    spider = PortalSpider(base_url=BASE, **arguments)
    settings = Settings()
    settings.setmodule(project_settings)
    spider.configure(settings)
    return spider


def response(url: str, body: bytes) -> HtmlResponse:
    return HtmlResponse(url=url, body=body, request=Request(url))


def test_polite_and_safe_settings():
    assert project_settings.ROBOTSTXT_OBEY is True
    assert project_settings.AUTOTHROTTLE_ENABLED is True
    assert 1 <= project_settings.CONCURRENT_REQUESTS_PER_DOMAIN <= 2
    assert project_settings.REMOTE_CONTROL_ENABLED is False
    assert project_settings.TELNETCONSOLE_ENABLED is False
    assert "pobratym" in project_settings.USER_AGENT and "+http" in project_settings.USER_AGENT


def test_spider_stays_on_its_host_and_starts_from_the_tag_listing():
    spider = make_spider()
    assert spider.allowed_domains == ["127.0.0.1"]
    assert spider.start_listings == ["news/tag/partnerstvo"]


def test_listing_variants_become_one_canonical_request_each():
    spider = make_spider()
    page = (FIXTURES / "portal/site/news/tag/partnerstvo@page=2.html").read_bytes()
    requests = list(
        spider.parse_listing(response(BASE + "/news/tag/partnerstvo?page=2", page), "news/tag/partnerstvo", 2)
    )
    article_urls = [r.url for r in requests if r.callback == spider.parse_article]
    assert article_urls[:3] == [BASE + "/news/17013", BASE + "/news/16811", BASE + "/news/16702"]
    assert len(article_urls) == 9
    assert requests[-1].url == BASE + "/news/tag/partnerstvo?page=3"
    again = list(
        spider.parse_listing(response(BASE + "/news/tag/partnerstvo?page=2", page), "news/tag/partnerstvo", 2)
    )
    assert [r.url for r in again] == [BASE + "/news/tag/partnerstvo?page=3"]  # articles not requested twice


def test_empty_listing_ends_pagination():
    spider = make_spider()
    page = (FIXTURES / "portal/site/news/tag/partnerstvo@page=4.html").read_bytes()
    assert list(spider.parse_listing(response(BASE + "/x?page=4", page), "news/tag/partnerstvo", 4)) == []


def test_real_tag_slug_is_learned_from_an_article_page():
    spider = make_spider()
    html = """<html><head><meta property="og:title" content="Т"></head><body><h1>Т</h1><p>Текст.</p>
    <div>Теги: <a href="/news/tag/partnerstvo-1">партнерство</a> <a href="/news/tag/osvita">освіта</a></div>
    </body></html>""".encode()
    produced = list(spider.parse_article(response(BASE + "/news/5", html)))
    assert produced[0].article.tags[0].slug == "partnerstvo-1"
    listing_requests = [item.url for item in produced[1:]]
    assert listing_requests == [BASE + "/news/tag/partnerstvo-1"]


def test_english_version_is_followed_from_hreflang():
    spider = make_spider()
    spider.started_listings.update(spider.start_listings)  # as after start()
    page = (FIXTURES / "portal/site/news/17342.html").read_bytes()
    produced = list(spider.parse_article(response(BASE + "/news/17342", page)))
    # Recorded as pending before the article is stored, so a crash in between does not lose it.
    assert isinstance(produced[0], PendingPages)
    assert produced[0].urls == ["https://decentralization.gov.ua/en/news/17342"]
    assert [r.url for r in produced if isinstance(r, Request)] == [BASE + "/en/news/17342"]
