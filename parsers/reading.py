"""One function turns a fetched page into an article and its facts: the crawl and reparse both use it.

So a page reads the same whether it was just fetched or comes back from the raw archive years later:
the page is read once without its blocks about other articles, judged (is it an article at all? see
:mod:`parsers.pages.verdict`), read by the reader of its source (the portal, or the platform of the
council site that owns it), its impossible values nulled (:mod:`parsers.pages.limits`), and, when it
is in Ukrainian and uses partnership words, its facts are extracted with the site's hromada as the
default Ukrainian side. It never raises: a page that fails at any step says where and why, for the
caller to record and fetch again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from parsers.facts.gate import worth_extracting
from parsers.facts.language import text_language
from parsers.page import Page, forget_last_page
from parsers.pages.blocks import read_article_html
from parsers.pages.councils import reader_for
from parsers.pages.limits import check_article
from parsers.pages.portal import SITE, parse_article_page
from parsers.pages.verdict import FAILED, classify_article, classify_response
from parsers.records import Article, PageFailure
from parsers.registry import Site
from parsers.urls import article_key, host_port


@dataclass
class Fetched:
    """One HTTP response as a spider received it or the archive kept it."""

    spider: str
    """"portal" or "councils": which source's reader reads it."""
    url: str
    body: bytes
    status: int = 200
    content_type: str | None = None
    site: Site | None = None
    """The registry site of a council page (its platform and owner)."""
    headers: dict[str, Any] | None = None


@dataclass
class Reading:
    """What a fetched page holds: an article with its facts, or why there is none."""

    url: str
    """The page's canonical URL (the article's key), or the fetched URL when it has none."""
    article: Article | None = None
    facts: list[Any] = field(default_factory=list)
    failure: PageFailure | None = None
    """Why there is no article: removed, not an article, or failed at a stage (recorded, fetched again)."""


def read_fetched(fetched: Fetched, extract: bool = True, url: str | None = None) -> Reading:
    """Read one fetched page: the verdict, the source's reader, the limits, then the extractor.

    ``url`` is the canonical URL the page was requested as, when the caller knows it.
    """
    key = url or canonical_key(fetched)
    try:
        page = _page(fetched)
        verdict = classify_response(fetched.status, fetched.headers, fetched.body, page)
        if not verdict.is_article:
            return _failed(fetched, key, verdict.kind, "verdict", verdict.reason)
        article = check_article(_read(fetched, page))
        verdict = classify_article(article)
        if not verdict.is_article:
            return _failed(fetched, key, verdict.kind, "verdict", verdict.reason)
        if page.truncated:
            article.warnings.append("page longer than the reading limit: only its start was read")
    except Exception as error:  # noqa: BLE001 (any reader error is recorded, never a crash)
        return _failed(fetched, key, FAILED, "parse", f"{type(error).__name__}: {error}"[:500])
    finally:
        forget_last_page()
    try:
        facts = _facts(article) if extract else []
    except Exception as error:  # noqa: BLE001 (the page is fetched again once the extractor is fixed)
        return _failed(fetched, key, FAILED, "extract", f"{type(error).__name__}: {error}"[:500])
    return Reading(article.url, article=article, facts=facts)


def _page(fetched: Fetched) -> Page | None:
    if not fetched.body or fetched.status != 200:
        return None
    hint = fetched.site.encoding if fetched.site else None
    return read_article_html(fetched.body, fetched.content_type, hint)


def _read(fetched: Fetched, page: Page) -> Article:
    if fetched.spider == "portal":
        return parse_article_page(page, fetched.url)
    if fetched.site is None:
        raise ValueError("a council page needs its registry site")
    return reader_for(fetched.site).read(page, fetched.url, fetched.site)


def _facts(article: Article) -> list[Any]:
    """Facts of a Ukrainian article that uses partnership words; other languages are said, not read."""
    language = text_language(f"{article.title or ''}\n{article.body}")
    if language and language != article.lang:
        article.warnings.append(f"the text is in {language!r}, not {article.lang!r} as the page says")
        article.lang = language
    if not worth_extracting(article):
        return []
    if article.lang != "uk":
        article.warnings.append(f"partnership extraction reads Ukrainian only; skipped ({article.lang})")
        return []
    from parsers.facts.extract import extract_facts

    return extract_facts(article, owner_katottg=article.owner_katottg)


def _failed(fetched: Fetched, key: str, kind: str, stage: str, reason: str) -> Reading:
    site = fetched.site.domain if fetched.site is not None else SITE
    failure = PageFailure(key, site, kind, stage, reason, fetched.status, fetched.url)
    return Reading(key, failure=failure)


def canonical_key(fetched: Fetched) -> str:
    """The canonical URL a fetched page stands for, whatever host or variant served it."""
    if fetched.site is not None:
        return reader_for(fetched.site).canonical_url(fetched.url, fetched.site)
    key = article_key(fetched.url, frozenset({host_port(fetched.url)}))
    return key.canonical_url if key else fetched.url
