"""Absurd values are not facts: a reader's answer is checked against what can be true.

A publication date before 1991 (no Ukrainian hromada site or portal existed) or more than a day in
the future, and a view counter that no integer column can hold, become a warning and a null, so no
page can put a date of year 1 or 9999 into the dataset or crash the store. Applied to every
reader's article by the crawl pipeline and by reparse.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from parsers.dates import KYIV, parse_iso_datetime
from parsers.records import Article

EARLIEST_PUBLISHED = datetime(1991, 1, 1, tzinfo=KYIV)
FUTURE_SLACK = timedelta(days=1)
MAX_VIEWS = 2**63 - 1  # SQLite's INTEGER


def check_article(article: Article, now: datetime | None = None) -> Article:
    """The article with impossible values nulled, each with a warning (in place; returned for chaining)."""
    now = now or datetime.now(KYIV)
    if article.published is not None:
        moment = _moment(article.published)
        if moment is None:
            article.warnings.append(f"unreadable publication date {article.published[:40]!r} dropped")
            article.published = None
        elif not EARLIEST_PUBLISHED <= moment <= now + FUTURE_SLACK:
            article.warnings.append(f"impossible publication date {article.published} dropped")
            article.published = None
    if article.views is not None and not (isinstance(article.views, int) and 0 <= article.views <= MAX_VIEWS):
        article.warnings.append("impossible view count dropped")
        article.views = None
    return article


def _moment(value: str) -> datetime | None:
    try:
        return parse_iso_datetime(value)
    except (OverflowError, ValueError):
        return None
