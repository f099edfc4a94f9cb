"""One function turns a fetched page into an article and its facts: the crawl and reparse both use it.

So a page reads the same whether it was just fetched or comes back from the raw archive years later:
the response is checked for being an error page, read by the reader of its source (the portal, or
the platform of the council site that owns it), and, when it uses partnership words, its facts are
extracted with the site's hromada as the default Ukrainian side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from parsers.facts.gate import worth_extracting
from parsers.facts.language import text_language
from parsers.pages.blocks import read_article_html
from parsers.pages.councils import reader_for
from parsers.pages.errors import removed_reason
from parsers.pages.portal import SITE, parse_article_page
from parsers.records import Article
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


@dataclass
class Reading:
    """What a fetched page holds: an article with its facts, or the reason it is not an article."""

    url: str
    """The page's canonical URL (the article's key), or the fetched URL when it has none."""
    article: Article | None = None
    facts: list[Any] = field(default_factory=list)
    removed: str | None = None
    """Why the page is a removed page ("HTTP 404", "page says: Помилка 404"), else None."""
    status: int = 200
    site: str | None = None


def read_fetched(fetched: Fetched, extract: bool = True) -> Reading:
    """Read one fetched page: removed-page check, the source's reader, then the extractor."""
    page = read_article_html(
        fetched.body, fetched.content_type, fetched.site.encoding if fetched.site else None
    )
    if reason := removed_reason(fetched.status, page):
        return Reading(
            canonical_key(fetched), removed=reason, status=fetched.status, site=_site_name(fetched)
        )
    if fetched.spider == "portal":
        article = parse_article_page(page, fetched.url)
    elif fetched.site is not None:
        article = reader_for(fetched.site).read(page, fetched.url, fetched.site)
    else:
        raise ValueError(f"{fetched.url}: a council page needs its registry site")
    language = text_language(f"{article.title or ''}\n{article.body}")
    if language and language != article.lang:
        article.warnings.append(f"the text is in {language!r}, not {article.lang!r} as the page says")
        article.lang = language
    facts = []
    if article.lang != "uk":
        if extract and worth_extracting(article):
            article.warnings.append(f"partnership extraction reads Ukrainian only; skipped ({article.lang})")
    elif extract and worth_extracting(article):
        from parsers.extract import extract_facts

        facts = extract_facts(article, owner_katottg=article.owner_katottg)
    return Reading(article.url, article=article, facts=facts, status=fetched.status, site=article.site)


def canonical_key(fetched: Fetched) -> str:
    """The canonical URL a fetched page stands for, whatever host or variant served it."""
    if fetched.site is not None:
        return reader_for(fetched.site).canonical_url(fetched.url, fetched.site)
    key = article_key(fetched.url, frozenset({host_port(fetched.url)}))
    return key.canonical_url if key else fetched.url


def _site_name(fetched: Fetched) -> str:
    return fetched.site.domain if fetched.site is not None else SITE
