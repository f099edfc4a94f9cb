"""Shared fixtures: paths to the bundled fixtures and a loopback server for the portal mirror."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.mirror import PORTAL_MIRROR, MirrorServer, serve_mirror

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "tests" / "fixtures"
SEEDS = FIXTURES / "seeds"
# `scrapy crawl` against loopback mirrors: no waiting, and never a request off this machine.
OFFLINE_SCRAPY_SETTINGS = [
    "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0.01", "-s", "AUTOTHROTTLE_MAX_DELAY=0.2",
    "-s", "POBRATYM_LOOPBACK_ONLY=True", "-s", "POBRATYM_CRAWL_DELAY_CAP=0.05",
]  # fmt: skip


@pytest.fixture
def mirror() -> Iterator[MirrorServer]:
    """The portal mirror served on 127.0.0.1 on a free port; ``.requests`` lists every path asked for."""
    with serve_mirror(PORTAL_MIRROR) as server:
        yield server


def one_partnership_db(path: Path, sentence: str = "Речення."):
    """A dataset with one portal article (17342) and one fact: Кам'янець-Подільський – Cihanbeyli, signed."""
    from parsers.extract import Fact, Partner, UaSide
    from parsers.portal import parse_article_html
    from pipelines.storage import open_db, store_article, store_facts

    db = open_db(path)
    page = FIXTURES / "portal" / "site" / "news" / "17342.html"
    article = parse_article_html(page.read_bytes(), "http://127.0.0.1:1/news/17342")
    store_article(db, article)
    ua = UaSide("UA68020110000071202", "Кам'янець-Подільська міська громада", None, "Хмельницька область")
    partner = Partner("Джіханбейлі", "Cihanbeyli", "TR", 318506, None, "city", False)
    store_facts(
        db, article, [Fact(ua, partner, "twinning", "signed", "2025-02-03", [sentence], confidence=0.9)]
    )
    return db
