"""Extraction speed: articles per second on one core, for typical 2–5k-character articles.

Uses the dev-set articles and the portal mirror's pages (parsed once, outside the timing),
after one warm-up pass that loads the gazetteers. Prints figures; asserts nothing.

    .venv/bin/python bench/extraction_speed.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from parsers.extract import Extractor  # noqa: E402
from parsers.portal import parse_article_html, parse_article_text  # noqa: E402

FIXTURES = REPO_ROOT / "tests" / "fixtures"


def load_articles() -> list:
    articles = [parse_article_text(path.read_text(encoding="utf-8")) for path in (FIXTURES / "devset/articles").glob("*.txt")]
    for path in (FIXTURES / "portal/site").rglob("*.html"):
        if "@" not in path.name and "/tag/" not in path.as_posix():
            articles.append(parse_article_html(path.read_bytes(), "http://127.0.0.1/" + path.stem))
    return [article for article in articles if len(article.body) > 500]


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
    sizes = [len(article.title or "") + len(article.body) for article in articles]
    print(f"{len(articles)} articles, median {statistics.median(sizes):.0f} characters")
    rates = []
    for _ in range(args.rounds):
        begin = time.perf_counter()
        for article in articles:
            extractor.extract(article)
        rates.append(len(articles) / (time.perf_counter() - begin))
    print(f"extraction: {statistics.median(rates):.0f} articles/s (median of {args.rounds} rounds; "
          f"min {min(rates):.0f}, max {max(rates):.0f}) on one core")


if __name__ == "__main__":
    main()
