"""Error pages are not articles.

A removed article answers HTTP 404 or 410, or, on many council platforms, a 200 page with the site's
chrome whose title or main heading says the page does not exist. Either way it is recorded as
removed, never stored as an article and never counted against the layout.
"""

from __future__ import annotations

import re

from parsers.page import Page

REMOVED_STATUSES = frozenset({404, 410})
ERROR_HEADING = re.compile(
    r"(?:\b(?:error|помилка|ошибка)\s*404\b|\b404\b\s*[.:–—-]?\s*(?:not\s+found|сторінк|страниц)|"
    r"сторінк[уаи]\s+(?:не\s+знайдено|не\s+існує|не\s+знайдена)|сторінки\s+не\s+існує|"
    r"page\s+(?:not\s+found|does\s+not\s+exist)|страница\s+не\s+найдена|"
    r"запитувана\s+сторінка\s+(?:не\s+знайдена|відсутня))",
    re.IGNORECASE,
)


def removed_reason(status: int | None, page: Page | None) -> str | None:
    """Why this response is a removed page ("HTTP 404", "page says: …"), or None for a real page."""
    if status in REMOVED_STATUSES:
        return f"HTTP {status}"
    if page is None:
        return None
    for text in _headings(page):
        if ERROR_HEADING.search(text):
            return f"page says: {text[:80]}"
    return None


def _headings(page: Page) -> list[str]:
    """The page's title tag, Open Graph title and first-level headings outside the site's chrome."""
    texts = [page.title_tag or "", page.meta.get("og:title", "")]
    texts += [line.text for line in page.lines if line.heading == 1 and not line.chrome][:3]
    return [text for text in texts if text]
