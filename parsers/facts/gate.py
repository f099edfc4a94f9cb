"""Which articles go through the partnership extractor."""

from __future__ import annotations

from parsers.facts.owner_list import owner_list_in
from parsers.facts.vocabulary import names_a_bond, names_a_tie
from parsers.records import Article


def has_partnership_vocabulary(article: Article) -> bool:
    """Worth running the extractor: the title or body uses a word for a tie (the one vocabulary) or
    lists the hromada's partners."""
    text = f"{article.title or ''}\n{article.body}"
    return names_a_tie(text) or (names_a_bond(text) and owner_list_in(text) is not None)


def worth_extracting(article: Article) -> bool:
    """Portal articles come from the partnership tag; council news only with partnership words."""
    return article.source == "portal" or has_partnership_vocabulary(article)
