"""Small pieces both spiders use."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from twisted.python.failure import Failure


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
        spider.logger.info("%s: skipped (%s)", url, message)
        return False
    spider.first_error = spider.first_error or message
    spider.logger.error("%s: %s", url, message)
    return True
