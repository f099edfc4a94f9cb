"""Articles in Russian or English are detected, kept, and not read as Ukrainian."""

from __future__ import annotations

from parsers.facts.language import text_language
from parsers.reading import Fetched, read_fetched

UK = "Міська рада підписала угоду про побратимство з польським містом. " * 5
RU = "Городской совет подписал соглашение о побратимстве с польским городом, объём работы большой. " * 5
EN = "The city council signed a twinning agreement with a Polish town this week in the city hall. " * 5


def test_languages_are_told_by_their_letters():
    assert text_language(UK) == "uk"
    assert text_language(RU) == "ru"
    assert text_language(EN) == "en"
    assert text_language("Коротко.") is None  # too little text to tell


def test_a_russian_article_is_stored_as_russian_and_not_extracted():
    html = f"<html><head><title>Новость</title></head><body><h1>Новость</h1><p>{RU}</p></body></html>"
    reading = read_fetched(Fetched("portal", "https://decentralization.gov.ua/news/123", html.encode()))
    assert reading.article.lang == "ru"
    assert reading.facts == []
    assert any("reads Ukrainian only" in warning for warning in reading.article.warnings)
