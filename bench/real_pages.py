"""Run every reader over the real saved pages in ``../shared/real-pages/`` and print what they read.

Per site: pages, articles read, removed pages recognised, titles, dates, dates within a day of the
unix time in ``/news/<id>/`` (the gromada.org.ua platform names articles by their creation time),
bodies, listing pages and their entries, the partnership facts extracted (per 1,000 articles, each
listed: the saved sites report no partnership, so every fact there is a false one), and the pages
that fail, by name. With ``--crawl`` the
site is also served on 127.0.0.1 as the live site answers (HTTP 404 for removed articles, a sitemap
of the saved articles) and crawled end to end by the real ``councils`` spider into a temporary
database, and the stored rows are counted the same way.

    .venv/bin/python bench/real_pages.py [--crawl] [--list-misses]

Reads the real pages where they lie; nothing is copied into the repository. Prints figures and
asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bench.saved_site import serve_saved_site  # noqa: E402
from parsers.reading import Fetched, read_fetched  # noqa: E402
from parsers.registry import Site, load_registry  # noqa: E402

REAL_PAGES = REPO_ROOT.parent / "shared" / "real-pages"
_ARTICLE_FILE = re.compile(r"^news_(\d{9,11})_\.html$")
DAY = 86400


@dataclass
class SiteFigures:
    pages: int = 0
    articles: int = 0
    removed: int = 0
    titles: int = 0
    dated: int = 0
    dated_near_id: int = 0
    bodies: int = 0
    listings: int = 0
    listing_entries: int = 0
    listing_dated: int = 0
    layouts: Counter = field(default_factory=Counter)
    facts: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    far_dates: list[str] = field(default_factory=list)


def page_url(site: Site, name: str) -> str:
    """The URL a saved file came from: ``news_<N>_.html`` is ``/news/<N>/``, ``_`` stands for ``/``."""
    path = "/" + name.removesuffix(".html").replace("_", "/")
    return f"https://{site.domain}{path}"


def site_for(folder: Path) -> Site | None:
    """The registry site a folder of saved pages belongs to (the folder is named after the host)."""
    registry = load_registry()
    return registry.by_domain(folder.name) or next(
        (site for site in registry.sites if site.domain.split(".")[0] == folder.name), None
    )


def near_id(published: str | None, article_id: str) -> bool:
    if not published:
        return False
    return abs(datetime.fromisoformat(published).timestamp() - int(article_id)) <= DAY


def check_folder(folder: Path, site: Site) -> SiteFigures:
    from parsers.pages.councils import reader_for

    figures = SiteFigures()
    reader = reader_for(site)
    for path in sorted((folder / "pages").glob("*.html")):
        figures.pages += 1
        url = page_url(site, path.name)
        body = path.read_bytes()
        article_id = _ARTICLE_FILE.match(path.name)
        try:
            if not article_id:
                entries = reader.listing_entries(body, url, site)
                figures.listings += 1
                figures.listing_entries += len(entries)
                figures.listing_dated += sum(1 for entry in entries if entry.date_text)
                continue
            reading = read_fetched(Fetched("councils", url, body, 200, None, site))
        except Exception as error:  # noqa: BLE001 (a benchmark lists every failure by name)
            figures.failures.append(f"{path.name}: {type(error).__name__}: {error}")
            continue
        if reading.article is None:
            if reading.failure.kind == "removed":
                figures.removed += 1
            else:
                figures.failures.append(f"{path.name}: {reading.failure.kind}: {reading.failure.reason}")
            continue
        article = reading.article
        figures.articles += 1
        figures.layouts[article.layout] += 1
        figures.titles += bool(article.title)
        figures.dated += bool(article.published)
        figures.bodies += bool(article.body)
        figures.facts.extend(
            f"{path.name}: {fact.ua.name_uk} – {fact.partner.name_uk} ({fact.partner.country_iso2}, "
            f"{fact.link}): {' '.join(fact.evidence)[:160]}"
            for fact in reading.facts
        )
        if near_id(article.published, article_id.group(1)):
            figures.dated_near_id += 1
        else:
            figures.far_dates.append(f"{path.name}: {article.published}")
    return figures


def print_figures(name: str, figures: SiteFigures, list_misses: bool) -> None:
    share = lambda part: f"{part} ({part / figures.articles:.1%})" if figures.articles else str(part)  # noqa: E731
    print(f"{name}")
    print(f"  pages                          {figures.pages}")
    print(f"  articles read                  {figures.articles}")
    print(f"  removed pages recognised       {figures.removed}")
    print(f"  titles found                   {share(figures.titles)}")
    print(f"  dates found                    {share(figures.dated)}")
    print(f"  dates within a day of the id   {share(figures.dated_near_id)}")
    print(f"  bodies found                   {share(figures.bodies)}")
    print(
        f"  listing pages / entries / dated {figures.listings} / {figures.listing_entries} / "
        f"{figures.listing_dated}"
    )
    print(f"  layout versions                {dict(figures.layouts)}")
    per_thousand = 1000 * len(figures.facts) / figures.articles if figures.articles else 0.0
    print(f"  partnership facts              {len(figures.facts)} ({per_thousand:.1f} per 1,000 articles)")
    for fact in figures.facts:
        print(f"    {fact}")
    print(f"  failures                       {len(figures.failures)}")
    for failure in figures.failures:
        print(f"    {failure}")
    if list_misses:
        for miss in figures.far_dates:
            print(f"    date not within a day of the id: {miss}")


def crawl_folder(folder: Path, site: Site) -> None:
    """Serve the saved site on loopback as the live site answers and crawl it with the real spider."""
    with tempfile.TemporaryDirectory() as tmp, serve_saved_site(folder, site) as server:
        db = Path(tmp) / "real.db"
        started = time.monotonic()
        command = [
            str(REPO_ROOT / ".venv" / "bin" / "scrapy"),
            "crawl",
            "councils",
            "-a",
            f"site={site.domain}",
            "-a",
            f"mirror={site.domain}={server.base_url}",
            "-s",
            f"POBRATYM_DB={db}",
            "-s",
            "LOG_LEVEL=WARNING",
            "-s",  # the whole saved site in one night; by default (300 pages a night) over several nights
            "COUNCIL_SITE_BUDGET=100000",
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPO_ROOT)
        elapsed = time.monotonic() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"  crawl over loopback: exit {done.returncode}, {elapsed:.0f} s, peak RSS {peak:.0f} MB, "
            f"{len(server.requests)} requests"
        )
        if done.returncode not in (0, 1):
            print(done.stdout[-2000:], done.stderr[-2000:])
        with sqlite3.connect(db) as conn:
            rows = conn.execute("SELECT site_article_id, published, body FROM articles").fetchall()
            removed = conn.execute("SELECT count(*) FROM page_failures WHERE kind = 'removed'").fetchone()[0]
            facts = conn.execute("SELECT count(*) FROM partnership_evidence").fetchone()[0]
        removed_ids = server.removed_ids
        stored_removed = sum(1 for article_id, _, _ in rows if article_id in removed_ids)
        near = sum(1 for article_id, published, _ in rows if near_id(published, article_id))
        print(
            f"  stored articles {len(rows)} (of {server.live_articles} live), removed pages recorded "
            f"{removed}, removed pages stored as articles {stored_removed}"
        )
        print(
            f"  dated within a day of the id {near} ({near / max(1, len(rows)):.1%}), "
            f"with body {sum(1 for row in rows if row[2])}, facts {facts}"
        )


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--crawl", action="store_true", help="also crawl each site over loopback")
    options.add_argument("--list-misses", action="store_true", help="list every date far from its id")
    args = options.parse_args()
    if not REAL_PAGES.is_dir():
        print(f"no real pages at {REAL_PAGES}: nothing to check")
        return 0
    for folder in sorted(path for path in REAL_PAGES.iterdir() if (path / "pages").is_dir()):
        site = site_for(folder)
        if site is None:
            print(f"{folder.name}: no registry site for this folder; skipped")
            continue
        started = time.process_time()
        figures = check_folder(folder, site)
        print_figures(f"{site.domain} ({site.platform})", figures, args.list_misses)
        print(f"  CPU                            {time.process_time() - started:.1f} s")
        if args.crawl:
            crawl_folder(folder, site)
    return 0


if __name__ == "__main__":
    sys.exit(main())
