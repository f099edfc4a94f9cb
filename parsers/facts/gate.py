"""Which articles go through the partnership extractor."""

from __future__ import annotations

import re

from parsers.records import Article

# The look-ahead at the words' first letters lets the scan skip the other characters fast (a page of
# one 2 MB line took 0.3 s without it); it matches exactly what the words alone match.
PARTNERSHIP_VOCABULARY = re.compile(
    r"(?=[пмсу])(?:побратим|партнер|меморандум|співпрац|співробітництв|угод)", re.IGNORECASE
)


def has_partnership_vocabulary(article: Article) -> bool:
    """Worth running the extractor: the title or body uses a partnership word."""
    return bool(PARTNERSHIP_VOCABULARY.search(f"{article.title or ''}\n{article.body}"))


def worth_extracting(article: Article) -> bool:
    """Portal articles come from the partnership tag; council news only with partnership words."""
    return article.source == "portal" or has_partnership_vocabulary(article)
