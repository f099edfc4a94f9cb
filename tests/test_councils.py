"""Council sites: the registry, one reader per platform, charsets, and a loopback crawl."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlite_utils

from crawler.mirror import COUNCIL_MIRRORS, serve_sites
from parsers.pages.councils import READERS, parse_council_article, reader_for
from parsers.registry import RegistryError, load_registry, parse_registry
from parsers.text import normalize_text
from tests.conftest import BIN, OFFLINE_SCRAPY_SETTINGS, REPO_ROOT, built_once

EXPECTED = json.loads((COUNCIL_MIRRORS / "expected.json").read_text(encoding="utf-8"))
ARTICLES = EXPECTED["articles"]


def fixture_file(site: str, path: str) -> Path:
    """The file the mirror serves for ``path`` (same rules as crawler/mirror.py)."""
    parts = urlsplit(path)
    stem = parts.path.strip("/")
    candidates = ([f"{stem}@{parts.query}.html"] if parts.query else []) + [
        stem,
        f"{stem}.html",
        f"{stem}/index.html",
    ]
    return next(COUNCIL_MIRRORS / site / c for c in candidates if (COUNCIL_MIRRORS / site / c).is_file())


def served_content_type(site: str, path: str) -> str | None:
    headers = COUNCIL_MIRRORS / site / "_headers.json"
    return json.loads(headers.read_text(encoding="utf-8")).get(path) if headers.exists() else None


def test_registry_ships_at_least_twelve_valid_sites_on_every_platform():
    registry = load_registry()
    assert len(registry.sites) >= 12
    assert {site.platform for site in registry.sites} == set(READERS)
    starobilsk = registry.by_domain("www.starobelsk.lg.ua")
    assert (starobilsk.hromada_katottg, starobilsk.oblast_name_uk) == (
        "UA44140110000056578",
        "Луганська область",
    )


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            '[[site]]\ndomain = "a.gov.ua"\nplatform = "joomla"\nhromada_katottg = "UA44140110000056578"\n'
            'listings = ["/news"]\n',
            "platform 'joomla' is not one of",
        ),
        (
            '[[site]]\ndomain = "a.gov.ua"\nplatform = "gromada"\nhromada_katottg = "UA44000000000018893"\n'
            'listings = ["/news"]\n',
            "is not a hromada in the codifier",
        ),
        (
            '[[site]]\ndomain = "a.gov.ua"\nplatform = "gromada"\nhromada_katottg = "UA44140110000056578"\n'
            'listings = ["news"]\n',
            "listings must be a list of paths starting with /",
        ),
        (
            '[[site]]\ndomain = "a.gov.ua"\nplatform = "gromada"\nhromada_katottg = "UA44140110000056578"\n'
            'listings = ["/news"]\ncolour = "red"\n',
            "unknown field(s) colour",
        ),
        ('[[site]]\ndomain = "a.gov.ua"\nplatform = "gromada"\n', "missing hromada_katottg"),
        ("[[site]\n", "not valid TOML"),
    ],
)
def test_broken_registry_entries_are_named(toml, message):
    with pytest.raises(RegistryError) as error:
        parse_registry(toml, source="test.toml")
    assert message in str(error.value)
    assert "test.toml" in str(error.value)


@pytest.mark.parametrize("expected", ARTICLES, ids=[a["url"].split("//")[1][:60] for a in ARTICLES])
def test_every_platform_fixture_parses_field_by_field(expected):
    site = load_registry().by_domain(expected["site"])
    body = fixture_file(expected["site"], expected["path"]).read_bytes()
    article = parse_council_article(
        body,
        "http://127.0.0.1:8000" + expected["path"],
        site,
        served_content_type(expected["site"], expected["path"]),
    )
    assert article.url == expected["url"]
    assert article.title == normalize_text(expected["title"]).strip()
    assert article.published == expected["published"]
    assert article.views == expected["views"]
    assert article.body == "\n\n".join(normalize_text(p).strip() for p in expected["body"])
    for outside in expected["not_in_body"]:
        assert normalize_text(outside) not in article.body
    assert [unit.katottg for unit in article.hromadas] == [site.hromada_katottg]
    assert article.owner_katottg == site.hromada_katottg
    assert article.source == f"council:{site.platform}"


@pytest.mark.parametrize("declared", ["meta", "header", "none"])
def test_windows_1251_pages_read_as_clean_ukrainian_without_any_hint(declared):
    expected = next(
        a for a in ARTICLES if a.get("encoding") == "windows-1251" and a.get("charset_declared") == declared
    )
    site = dataclasses.replace(load_registry().by_domain(expected["site"]), encoding=None)
    body = fixture_file(expected["site"], expected["path"]).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    article = parse_council_article(
        body, expected["url"], site, served_content_type(expected["site"], expected["path"])
    )
    assert article.title == normalize_text(expected["title"]).strip()
    assert "\ufffd" not in article.body and "Ð" not in article.body
    assert article.body.startswith(normalize_text(expected["body"][0]).strip())


@pytest.mark.parametrize("domain", sorted(p.name for p in COUNCIL_MIRRORS.iterdir() if p.is_dir()))
def test_listing_first_page_lists_articles_and_links_the_next(domain):
    site = load_registry().by_domain(domain)
    reader = reader_for(site)
    first = fixture_file(domain, site.listings[0])
    url = f"https://{domain}{site.listings[0]}"
    entries = reader.listing_entries(first.read_bytes(), url, site)
    assert len(entries) >= 3
    assert all(urlsplit(entry.url).hostname in site.hosts for entry in entries)
    next_url = urlsplit(reader.next_page_url(first.read_bytes(), url, site))
    second = fixture_file(domain, next_url.path + (f"?{next_url.query}" if next_url.query else ""))
    assert len(reader.listing_entries(second.read_bytes(), url, site)) >= 3


def scrapy_councils(mirrors: dict, db: Path, *arguments: str) -> subprocess.CompletedProcess:
    mirror = ",".join(f"{domain}={server.base_url}" for domain, server in mirrors.items())
    command = [
        str(BIN / "scrapy"),
        "crawl",
        "councils",
        "-a",
        f"mirror={mirror}",
        "-s",
        f"POBRATYM_DB={db}",
        *OFFLINE_SCRAPY_SETTINGS,
        *arguments,
    ]
    return subprocess.run(
        command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, env=dict(os.environ)
    )


@pytest.fixture(scope="session")
def councils_crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[str]]]:
    """One ``scrapy crawl councils`` of the six mirrored sites for the session (every worker): the
    database (read-only) and the paths each site was asked for."""

    def build(folder: Path) -> dict:
        with serve_sites() as mirrors:
            result = scrapy_councils(mirrors, folder / "c.db", "-a", f"site={','.join(mirrors)}")
            requested = {domain: list(server.requests) for domain, server in mirrors.items()}
        return {"returncode": result.returncode, "stderr": result.stderr[-3000:], "requested": requested}

    folder, outcome = built_once(tmp_path_factory, "councils-crawl", build)
    assert outcome["returncode"] == 0, outcome["stderr"]
    return folder / "c.db", outcome["requested"]


def test_loopback_crawl_stores_every_council_article_once_with_its_hromada(councils_crawl):
    db_path, requested = councils_crawl
    db = sqlite_utils.Database(db_path)
    rows = {row["url"]: row for row in db["articles"].rows}
    assert sorted(rows) == sorted(a["url"] for a in ARTICLES)
    for expected in ARTICLES:
        row = rows[expected["url"]]
        assert row["published"] == expected["published"]
        place = db.execute(
            "SELECT katottg FROM article_places WHERE article_url = ? AND role = 'hromada'", [expected["url"]]
        ).fetchall()
        assert place == [(load_registry().by_domain(expected["site"]).hromada_katottg,)]
    for disallowed in EXPECTED["disallowed"]:
        domain, path = urlsplit(disallowed).hostname, urlsplit(disallowed).path
        assert path not in requested[domain]
    for domain, paths in requested.items():
        article_paths = [
            p for p in paths if any(p == urlsplit(a["url"]).path for a in ARTICLES if a["site"] == domain)
        ]
        assert len(article_paths) == len(set(article_paths))
    checks = {row["domain"]: row for row in db["site_checks"].rows}
    assert all(check["articles"] == check["dated"] == check["with_body"] > 0 for check in checks.values())


def test_starobilsk_article_gives_saint_etienne_facts_with_the_owner(councils_crawl):
    db = sqlite_utils.Database(councils_crawl[0])
    seed_url = next(a["url"] for a in ARTICLES if a["title"].startswith("Для ефективного діалогу"))
    assert db["articles"].get(seed_url)["published"] == "2025-06-09T10:39:00+03:00"
    facts = db.execute(
        "SELECT e.hromada_katottg, p.geonameid, e.relation, e.status, e.event_date FROM partnership_evidence e "
        "JOIN partner_places p ON p.id = e.partner_id WHERE e.article_url = ? ORDER BY e.hromada_katottg",
        [seed_url],
    ).fetchall()
    assert facts == [
        ("UA44060010000059164", 2980291, "twinning", "signed", "1959"),
        ("UA44120070000073915", 2980291, "cooperation", "planned", None),
        ("UA44140110000056578", 2980291, "intent", "signed", None),
    ]


def test_offline_mode_refuses_real_domains(tmp_path):
    result = subprocess.run(
        [
            str(BIN / "scrapy"),
            "crawl",
            "councils",
            "-a",
            "site=starobelsk.lg.ua",
            "-s",
            f"POBRATYM_DB={tmp_path / 'x.db'}",
            *OFFLINE_SCRAPY_SETTINGS,
            "-s",
            "LOG_LEVEL=INFO",
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "offline mode: starobelsk.lg.ua is not on this machine" in result.stderr
    assert "DNS lookup" not in result.stderr


def test_extract_with_url_uses_the_registry_owner():
    expected = next(a for a in ARTICLES if a["title"].startswith("Для ефективного діалогу"))
    page = fixture_file(expected["site"], expected["path"])
    result = subprocess.run(
        [str(BIN / "pobratym"), "extract", "--url", expected["url"], str(page)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    document = json.loads(result.stdout)
    assert document["article"]["hromadas"] == [
        {"katottg": "UA44140110000056578", "name_uk": "Старобільська міська громада"}
    ]
    owners = {p["ua"]["katottg"] for p in document["partnerships"]}
    assert "UA44140110000056578" in owners
    assert {p["partner"]["name"] for p in document["partnerships"]} == {"Saint-Étienne"}


def test_sites_check_names_a_broken_site(tmp_path):
    from pipelines.storage import open_db, record_site_checks, start_run

    db_path = tmp_path / "c.db"
    db = open_db(db_path)
    run = start_run(db, "councils", {})
    record_site_checks(
        db,
        run,
        [
            {
                "domain": "kam-pod.gov.ua",
                "listing_pages": 3,
                "articles": 6,
                "dated": 6,
                "with_body": 6,
                "errors": 0,
            },
            {
                "domain": "bilkigr.gov.ua",
                "listing_pages": 3,
                "articles": 6,
                "dated": 0,
                "with_body": 6,
                "errors": 0,
            },
        ],
    )
    db.close()
    result = subprocess.run(
        [str(BIN / "pobratym"), "sites", "check", "--db", str(db_path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    lines = dict(line.split(maxsplit=1) for line in result.stdout.splitlines())
    assert lines["kam-pod.gov.ua"].startswith("ok")
    assert lines["bilkigr.gov.ua"].startswith("BROKEN: dates missing")
    assert lines["synivska-gromada.gov.ua"] == "not crawled yet"
    assert lines["vdsr.gov.ua"] == "disabled"


def test_sites_check_is_ok_on_a_quiet_night_and_alarms_on_silence_or_no_reach(tmp_path):
    """A site is healthy when its latest crawl reached it and its pages parsed, not when it had news."""
    from datetime import date, timedelta

    from parsers.records import Article
    from pipelines.storage import open_db, record_site_checks, start_run, store_article

    db_path = tmp_path / "quiet.db"
    db = open_db(db_path)
    for domain, published in (("kam-pod.gov.ua", date.today() - timedelta(days=3)),
                              ("bilkigr.gov.ua", date.today() - timedelta(days=90))):  # fmt: skip
        store_article(
            db,
            Article(url=f"https://{domain}/news/1", source="council:generic", site=domain, site_article_id="1",
                    lang="uk",
                    title="Новина", published=f"{published.isoformat()}T10:00:00+03:00", body="Текст."),
        )  # fmt: skip
    run = start_run(db, "councils", {})
    quiet = {"listing_pages": 2, "articles": 0, "dated": 0, "with_body": 0, "errors": 0}
    record_site_checks(
        db,
        run,
        [
            {"domain": "kam-pod.gov.ua", **quiet},
            {"domain": "bilkigr.gov.ua", **quiet},
            {"domain": "kodyma-mr.gov.ua", **quiet, "listing_pages": 0, "errors": 3},
        ],
    )
    db.close()

    def check(*extra: str) -> tuple[int, dict[str, str]]:
        result = subprocess.run(
            [str(BIN / "pobratym"), "sites", "check", "--db", str(db_path), *extra],
            cwd=REPO_ROOT, capture_output=True, text=True,
        )  # fmt: skip
        return result.returncode, dict(line.split(maxsplit=1) for line in result.stdout.splitlines())

    status, lines = check("--quiet-days", "30")
    assert status == 1
    assert lines["kam-pod.gov.ua"].startswith("ok")
    assert lines["bilkigr.gov.ua"].startswith("SILENT: nothing new for 90 days")
    assert lines["kodyma-mr.gov.ua"].startswith("BROKEN: unreachable")
    status, lines = check("--quiet-days", "120")
    assert lines["bilkigr.gov.ua"].startswith("ok")
