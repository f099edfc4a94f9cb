"""Extraction speed: articles per second on one core, for typical 2–5k-character articles.

Uses the dev-set articles and the portal mirror's pages (parsed once, outside the timing),
after one warm-up pass that loads the gazetteers; each timed round uses a fresh extractor, so
its memo caches start empty. Prints figures; asserts nothing.

    .venv/bin/python bench/extraction_speed.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from parsers.extract import Extractor  # noqa: E402
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
    """Typical 2–5k-character articles: each dev article followed by the next one's body (one text)."""
    joined = []
    for first, second in zip(articles, articles[1:] + articles[:1], strict=True):
        article = dataclasses.replace(first, body=first.body + "\n\n" + second.body)
        if 2000 <= len(article.title or "") + len(article.body) <= 5000:
            joined.append(article)
    return joined


def rate(articles: list, rounds: int) -> list[float]:
    """Articles per CPU second (process time, so other load on the machine counts less)."""
    rates = []
    for _ in range(rounds):
        fresh = Extractor()  # empty memo caches: every round pays for its own lookups
        begin = time.process_time()
        for article in articles:
            fresh.extract(article)
        rates.append(len(articles) / (time.process_time() - begin))
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    extractor = Extractor()
    articles = load_articles()
    for article in articles:
        extractor.extract(article)
    print(f"gazetteers loaded and warm-up done in {time.perf_counter() - started:.2f} s")
    for label, corpus in (
        ("fixture articles", articles),
        ("2–5k-character articles", long_articles(articles)),
    ):
        sizes = [len(article.title or "") + len(article.body) for article in corpus]
        rates = rate(corpus, args.rounds)
        print(
            f"{label}: {len(corpus)}, median {statistics.median(sizes):.0f} characters → "
            f"{statistics.median(rates):.0f} articles/s (median of {args.rounds} rounds; "
            f"min {min(rates):.0f}, max {max(rates):.0f}), one core, CPU time"
        )


if __name__ == "__main__":
    main()
