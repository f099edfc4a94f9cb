"""Extraction speed: articles per second on one core, for typical 2–5k-character articles.

Measured cold, as a crawl meets new articles: the process loads the gazetteers (every country's
index, as a long crawl has them after its first articles) and warms up on the five seed texts only;
then every timed article is one the process has never read, each read once: no text is timed twice
and no corpus is timed after another (each runs in a process of its own). What the process keeps
between articles is what a crawl keeps: the gazetteers and answers memoized per word or name, never
per text. The 2–5k-character articles are dev-set articles joined two by two, each dev article in one
joined text only (two stories in each text: the hardest case), and, in a process of their own, the
dev-set articles that are 2–5k characters long as written. Speed is CPU time of this process
(``time.process_time``), so other work on the machine slows it less than wall time, but not to
nothing: the load average is printed beside it.
Prints figures; asserts nothing.

    .venv/bin/python bench/extraction_speed.py [--chunks 4]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from parsers.facts.extract import Extractor  # noqa: E402
from parsers.pages.portal import parse_article_html, parse_article_text  # noqa: E402

FIXTURES = REPO_ROOT / "tests" / "fixtures"


def load_articles() -> list:
    articles = [
        parse_article_text(path.read_text(encoding="utf-8"))
        for path in (FIXTURES / "devset/articles").glob("*.txt")
    ]
    for path in (FIXTURES / "portal/site").rglob("*.html"):
        if "@" not in path.name and "/tag/" not in path.as_posix():
            articles.append(parse_article_html(path.read_bytes(), "http://127.0.0.1/" + path.stem))
    return [article for article in articles if len(article.body) > 500]


def long_articles(articles: list) -> list:
    """Typical 2–5k-character articles: dev articles joined two by two (1+2, 3+4, ...), so that no
    text is read twice."""
    joined = []
    for first, second in zip(articles[0::2], articles[1::2], strict=False):
        article = dataclasses.replace(first, body=first.body + "\n\n" + second.body)
        if 2000 <= len(article.title or "") + len(article.body) <= 5000:
            joined.append(article)
    return joined


def cold_rate(extractor: Extractor, articles: list, chunks: int) -> list[float]:
    """Articles per CPU second over disjoint chunks, each article extracted once."""
    size = max(1, len(articles) // chunks)
    rates = []
    for start in range(0, len(articles) - size + 1, size):
        chunk = articles[start : start + size]
        begin = time.process_time()
        for article in chunk:
            extractor.extract(article, owner_katottg=article.owner_katottg)
        rates.append(len(chunk) / (time.process_time() - begin))
    return rates


REAL_PAGES = REPO_ROOT.parent / "shared" / "real-pages"


def real_council_articles() -> list:
    """Every article page of the real council sites in ``../shared/real-pages/`` (read by their
    reader, with the site owner as on a crawl), 2–5k characters: what a nightly council crawl meets,
    almost none of it about a partnership. Empty when the folder is absent."""
    from real_pages import page_url, site_for

    from parsers.pages.councils import reader_for

    articles = []
    for folder in sorted(path for path in REAL_PAGES.glob("*") if (path / "pages").is_dir()):
        site = site_for(folder)
        if site is None:
            continue
        reader = reader_for(site)
        for path in sorted((folder / "pages").glob("news_*.html")):
            article = reader.parse_article(path.read_bytes(), page_url(site, path.name), site)
            if article and 2000 <= len(article.title or "") + len(article.body) <= 5000:
                articles.append(article)
    return articles


def single_long_articles(articles: list) -> list:
    """Dev articles that are 2–5k characters on their own (one story each, as a news page is)."""
    return [article for article in articles if 2000 <= len(article.title or "") + len(article.body) <= 5000]


CORPORA = {
    "single": (
        "2–5k-character dev-set articles read as they are (one story each, about partnerships)",
        lambda: single_long_articles(load_articles()),
    ),
    "long": (
        "2–5k-character dev-set articles (every one about partnerships)",
        lambda: long_articles(load_articles()),
    ),
    "fixtures": ("fixture articles", load_articles),
    "real": ("2–5k-character real council articles (../shared/real-pages)", real_council_articles),
}


def measure(corpus: str, chunks: int) -> None:
    """Load and warm up a fresh extractor, then time one corpus (this process reads nothing else)."""
    started = time.perf_counter()
    warm = Extractor()
    warm.preload()  # the gazetteers' per-country indexes, as a crawl loads them at start-up
    for path in sorted((FIXTURES / "seeds").glob("*.txt")):
        warm.extract(parse_article_text(path.read_text(encoding="utf-8")))
    loaded = time.perf_counter() - started
    label, make = CORPORA[corpus]
    articles = make()
    if not articles:
        print(f"{label}: none here (skipped)")
        return
    sizes = [len(article.title or "") + len(article.body) for article in articles]
    rates = cold_rate(warm, articles, chunks)
    load = os.getloadavg()[0]
    print(
        f"{label}: {len(articles)}, median {statistics.median(sizes):.0f} characters → "
        f"{statistics.median(rates):.0f} articles/s (median of {len(rates)} disjoint chunks; "
        f"min {min(rates):.0f}, max {max(rates):.0f}), one core, CPU time, each article read once "
        f"[gazetteers loaded and warmed on the seeds in {loaded:.1f} s; load average {load:.1f} "
        f"on {os.cpu_count()} cores]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=4)
    parser.add_argument("--corpus", choices=sorted(CORPORA), help="time this corpus only, in this process")
    args = parser.parse_args()
    if args.corpus:
        measure(args.corpus, args.chunks)
        return
    for corpus in CORPORA:  # each in a fresh process: no corpus is timed on texts another one read
        subprocess.run(
            [sys.executable, __file__, "--corpus", corpus, "--chunks", str(args.chunks)], check=True
        )


if __name__ == "__main__":
    main()
