"""Which articles go through the partnership extractor."""

from __future__ import annotations

from parsers.facts.vocabulary import names_a_tie
from parsers.records import Article


def has_partnership_vocabulary(article: Article) -> bool:
    """Worth running the extractor: the title or body uses a word for a tie (the one vocabulary)."""
    return names_a_tie(f"{article.title or ''}\n{article.body}")


def worth_extracting(article: Article) -> bool:
    """Portal articles come from the partnership tag; council news only with partnership words."""
    return article.source == "portal" or has_partnership_vocabulary(article)
