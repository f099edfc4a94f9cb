import pytest

from parsers.urls import ArticleKey, article_key, guess_tag_slug, listing_url, tag_slug

MIRROR = frozenset({"127.0.0.1:8000"})


@pytest.mark.parametrize(
    "url",
    [
        "https://decentralization.gov.ua/news/16759",
        "https://www.decentralization.gov.ua/news/16759?page=5",
        "http://decentralization.ua/news/16759?page=126",
        "https://www.decentralization.ua/news/16759.amp",
        "/news/16759/",
        "http://127.0.0.1:8000/news/16759",
    ],
)
def test_url_variants_are_one_article(url):
    key = article_key(url, MIRROR)
    assert key == ArticleKey(16759, "uk")
    assert key.canonical_url == "https://decentralization.gov.ua/news/16759"


def test_english_pages_are_their_own_article():
    key = article_key("https://decentralization.ua/en/news/12449?page=2")
    assert key == ArticleKey(12449, "en")
    assert key.canonical_url == "https://decentralization.gov.ua/en/news/12449"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/news/16759",
        "https://decentralization.gov.ua/news/tag/hrant",
        "/areas/0482",
        "/news",
    ],
)
def test_other_urls_are_not_articles(url):
    assert article_key(url, MIRROR) is None


def test_tag_slugs_follow_the_official_transliteration():
    assert guess_tag_slug("грант") == "hrant"
    assert guess_tag_slug("партнерство") == "partnerstvo"
    assert guess_tag_slug("міжнародна підтримка") == "mizhnarodna-pidtrymka"
    assert tag_slug("https://decentralization.gov.ua/news/tag/hrant") == "hrant"


def test_listing_pages_start_without_parameter():
    assert listing_url("http://h", "news/tag/hrant", 1) == "http://h/news/tag/hrant"
    assert listing_url("http://h/", "news/tag/hrant", 3) == "http://h/news/tag/hrant?page=3"
