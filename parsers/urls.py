"""Portal URL shapes: which URLs are articles or tag listings, and the one canonical URL of each.

The portal serves one article under several hosts (decentralization.gov.ua, decentralization.ua,
with and without www.), with ``?page=K`` (only the related feed changes) and as ``.amp``. All are
one article, keyed by (numeric id, language).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from translitua import translit

CANONICAL_BASE = "https://decentralization.gov.ua"
PORTAL_HOSTS = frozenset(
    {
        "decentralization.gov.ua",
        "www.decentralization.gov.ua",
        "decentralization.ua",
        "www.decentralization.ua",
    }
)

_ARTICLE_PATH = re.compile(r"^/(?:(?P<lang>en)/)?news/(?P<id>\d+)(?:\.amp|/amp)?/?$")
_TAG_PATH = re.compile(r"^/(?:en/)?news/tag/(?P<slug>[^/?#]+)/?$")


@dataclass(frozen=True)
class ArticleKey:
    """What makes a portal article one article: its numeric id and its language."""

    id: int
    lang: str

    @property
    def path(self) -> str:
        return f"/en/news/{self.id}" if self.lang == "en" else f"/news/{self.id}"

    @property
    def canonical_url(self) -> str:
        return CANONICAL_BASE + self.path


def host_port(url: str) -> str:
    """ "host:port" of a URL, or just the host when no port is written: how a mirror is told apart."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port and host else host


def is_portal_host(host: str, extra_hosts: frozenset[str] = frozenset()) -> bool:
    return host in PORTAL_HOSTS or host in extra_hosts


def article_key(url: str, extra_hosts: frozenset[str] = frozenset()) -> ArticleKey | None:
    """The article a URL points to, or None when it is not a portal article URL.

    ``extra_hosts`` lets a local mirror (127.0.0.1:port) count as the portal.
    """
    parts = urlsplit(url)
    host = host_port(url)
    if host and not (is_portal_host(host, extra_hosts) or is_portal_host(host.split(":")[0])):
        return None
    match = _ARTICLE_PATH.match(parts.path)
    if not match:
        return None
    return ArticleKey(int(match["id"]), match["lang"] or "uk")


def tag_slug(url: str) -> str | None:
    """The slug of a ``/news/tag/<slug>`` listing URL."""
    match = _TAG_PATH.match(urlsplit(url).path)
    return match["slug"] if match else None


def guess_tag_slug(tag_name: str) -> str:
    """The portal's slug for a tag name: the official KMU-2010 transliteration, hyphenated.

    Confirmed for "грант" → ``hrant``; for other tags it is a guess the spider corrects from
    the tag links it finds on article pages.
    """
    latin = translit(tag_name.strip().lower())
    return re.sub(r"[^a-z0-9]+", "-", latin.lower()).strip("-")


def tag_listing_path(slug: str) -> str:
    return f"news/tag/{slug}"


def listing_url(base_url: str, listing_path: str, page: int) -> str:
    """Listing page ``page`` (1-based) of a tag or section: page 1 has no parameter, then ``?page=N``."""
    url = urljoin(base_url.rstrip("/") + "/", listing_path.strip("/"))
    return url if page <= 1 else f"{url}?page={page}"


def absolute(base: str, href: str) -> str:
    return urljoin(base, href.strip())
