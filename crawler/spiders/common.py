"""Small pieces both spiders use."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.closing import DROPPED
from parsers.records import PageFailure


def content_type(response: Response) -> str | None:
    """The HTTP Content-Type (with its charset), for the parsers' decoding."""
    value = response.headers.get("Content-Type")
    return value.decode("latin-1") if value else None


def note_failure(spider: Any, failure: Failure) -> bool:
    """Log a failed request in one line; returns False for a robots.txt refusal (politeness, not an error).

    The first real error is kept on the spider, so the CLI can say in one line why nothing came back.
    """
    message = failure.getErrorMessage() or failure.type.__name__
    url = getattr(failure, "request", None) and failure.request.url
    if failure.check(IgnoreRequest):
        if not _dropped_on_close(failure):  # counted in one line by crawler/closing.py
            spider.logger.info("%s: skipped (%s)", url, message)
        return False
    spider.first_error = spider.first_error or message
    spider.logger.error("%s: %s", url, message)
    return True


# Article requests see 404 and 410 themselves: a removed page is recorded, not just logged.
ARTICLE_STATUSES = [404, 410]


def failure_record(failure: Failure) -> PageFailure | None:
    """The record of an article request that failed before any answer could be read (connection
    reset, timeout, 5xx after retries, size limit, redirect off the site); None for other requests
    and for robots.txt refusals."""
    request = getattr(failure, "request", None)
    url = request.meta.get("pobratym_article_url") if request is not None else None
    if not url:
        return None
    message = failure.getErrorMessage() or failure.type.__name__
    if failure.check(IgnoreRequest) and ("robots.txt" in message or _dropped_on_close(failure)):
        return None  # a dropped request is already kept as pending (crawler/closing.py)
    status = None
    if failure.check(HttpError):
        status = failure.value.response.status
    kind = "removed" if status in (404, 410) else "failed"
    return PageFailure(
        url, request.meta.get("pobratym_site"), kind, "fetch", f"{failure.type.__name__}: {message}"[:500],
        status, request.url,
    )  # fmt: skip


def _dropped_on_close(failure: Failure) -> bool:
    request = getattr(failure, "request", None)
    return bool(request is not None and request.meta.get(DROPPED))
