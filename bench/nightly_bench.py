"""Nightly benchmark on a synthetic portal mirror served over loopback. Prints figures, asserts nothing.

    .venv/bin/python bench/nightly_bench.py [--articles 20000] [--small 5000]

(a) a first full crawl, (b) a nightly run on the unchanged mirror, (c) a nightly run after 50 new
articles, (d) ``pobratym reparse`` of the whole archive, (e) peak RSS of the crawl, at two mirror
sizes to show whether it grows with the article count. Targets (issue 5): (b) no more requests than
listings plus robots.txt, under 10 s; (c) cost in proportion to the 50 new articles; (d) at least
300 articles/s; (e) flat, under 300 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from crawler.mirror import serve_mirror  # noqa: E402

BIN = Path(sys.executable).parent
PER_PAGE = 20
MONTHS = (
    "січня", "лютого", "березня", "квітня", "травня", "червня",
    "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
)  # fmt: skip
HROMADAS = [
    ("Кам'янець-Подільська", "Хмельницька", "Кам'янець-Подільський"),
    ("Ізюмська", "Харківська", "Ізюм"),
    ("Луцька", "Волинська", "Луцьк"),
    ("Ніжинська", "Чернігівська", "Ніжин"),
    ("Бучанська", "Київська", "Буча"),
]
PARTNERS = [("польським містом", "Жешувом"), ("литовським містом", "Тракаєм"), ("французьким містом", "Бурж")]
FILLER = (
    "Громада продовжує роботу над відновленням інфраструктури, облаштуванням укриттів у школах та "
    "модернізацією центру надання адміністративних послуг. Депутати ухвалили зміни до бюджету, "
    "спрямувавши додаткові кошти на ремонт доріг, закупівлю генераторів і підтримку переселенців. "
)
SETTINGS = [
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "CONCURRENT_REQUESTS=16",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "-s",
    "POBRATYM_LOOPBACK_ONLY=True",
    "-s",
    "LOG_LEVEL=WARNING",
    "-s",
    "RETRY_TIMES=0",
]


def article_html(number: int, rng: random.Random) -> str:
    hromada, oblast, town = HROMADAS[number % len(HROMADAS)]
    day, month, year = 1 + number % 28, number % 12, 2017 + number % 9
    paragraphs = [FILLER * 3, FILLER * 2]
    if number % 3 == 0:
        adjective, partner = rng.choice(PARTNERS)
        paragraphs.insert(0, f"{town} підписав угоду про партнерство з {adjective} {partner}.")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8">
<meta property="og:title" content="Новина {number}"></head><body>
<header><nav><a href="/">Головна</a></nav></header><main><h1>Новина {number}: життя громади</h1>
<div class="date">{day:02d} {MONTHS[month]} {year}</div><div class="text">{body}</div>
<div>Теги: <a href="/news/tag/partnerstvo">партнерство</a></div>
<div>Область: <a href="/areas/1">{oblast} область</a></div>
<div>Громади: <a href="/newgromada/1">{hromada} територіальна громада</a></div>
<div>Джерело: Портал "Децентралізація"</div></main><footer>©</footer></body></html>"""


def listing_html(ids: list[int]) -> str:
    items = "".join(
        f'<div class=\'one-article\'><a class="one-article__title" href="/news/{i}">Новина {i}</a></div>'
        for i in ids
    )
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{items}</body></html>"


def write_listings(root: Path, ids: list[int]) -> int:
    """Newest first, PER_PAGE per page, then one empty page. Returns the number of pages with articles."""
    folder = root / "news" / "tag"
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("partnerstvo*.html"):
        stale.unlink()
    pages = [ids[i : i + PER_PAGE] for i in range(0, len(ids), PER_PAGE)]
    for number, chunk in enumerate(pages, start=1):
        name = "partnerstvo.html" if number == 1 else f"partnerstvo@page={number}.html"
        (folder / name).write_text(listing_html(chunk), encoding="utf-8")
    (folder / f"partnerstvo@page={len(pages) + 1}.html").write_text(listing_html([]), encoding="utf-8")
    return len(pages)


def build_mirror(root: Path, count: int) -> list[int]:
    rng = random.Random(count)
    (root / "news").mkdir(parents=True, exist_ok=True)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /admin/\n", encoding="utf-8")
    ids = list(range(100_000 + count, 100_000, -1))
    for number in ids:
        (root / "news" / f"{number}.html").write_text(article_html(number, rng), encoding="utf-8")
    write_listings(root, ids)
    return ids


def run(command: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True)
    return time.perf_counter() - started, result


def crawl(server, db: Path) -> tuple[float, int, int]:
    """Wall time, requests the server saw, peak RSS (MB) of the crawl process."""
    server.requests.clear()
    elapsed, result = run(
        [
            str(BIN / "scrapy"),
            "crawl",
            "portal",
            "-a",
            f"base_url={server.base_url}",
            "-a",
            "max_pages=100000",
            "-s",
            f"POBRATYM_DB={db}",
            *SETTINGS,
        ]
    )
    if result.returncode:
        sys.exit(result.stderr[-3000:])
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return elapsed, len(server.requests), peak_mb


def measure(count: int, workdir: Path, full: bool) -> dict[str, float]:
    site, db = workdir / f"site-{count}", workdir / f"bench-{count}.db"
    started = time.perf_counter()
    ids = build_mirror(site, count)
    figures: dict[str, float] = {"build_s": time.perf_counter() - started}
    with serve_mirror(site) as server:
        figures["a_s"], figures["a_requests"], figures["a_peak_mb"] = crawl(server, db)
        if not full:
            return figures
        figures["b_s"], figures["b_requests"], _ = crawl(server, db)
        rng = random.Random(1)
        new_ids = list(range(200_001, 200_051))
        for number in new_ids:
            (site / "news" / f"{number}.html").write_text(article_html(number, rng), encoding="utf-8")
        write_listings(site, new_ids[::-1] + ids)
        figures["c_s"], figures["c_requests"], _ = crawl(server, db)
    elapsed, result = run([str(BIN / "pobratym"), "reparse", "--db", str(db)])
    figures["d_s"] = elapsed
    figures["d_line"] = result.stdout.strip()
    figures["listing_pages"] = -(-len(ids) // PER_PAGE) + 1
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--small", type=int, default=5_000, help="a second, smaller mirror for the RSS trend")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pobratym-bench-") as tmp:
        workdir = Path(tmp)
        small = measure(args.small, workdir, full=False) if args.small else None
        big = measure(args.articles, workdir, full=True)
    print(f"mirror: {args.articles} articles, {PER_PAGE} per listing page (built in {big['build_s']:.0f} s)")
    print(
        f"(a) first full crawl: {big['a_s']:.0f} s, {big['a_requests']} requests "
        f"({args.articles / big['a_s']:.0f} articles/s)"
    )
    print(
        f"(b) nightly, unchanged mirror: {big['b_requests']} requests "
        f"(listings: 1, robots.txt: 1), {big['b_s']:.1f} s"
    )
    print(f"(c) nightly after 50 new articles: {big['c_requests']} requests, {big['c_s']:.1f} s")
    print("(d) " + big["d_line"].replace("\n", "\n    "))
    trend = f"; {small['a_peak_mb']} MB for {args.small} articles" if small else ""
    print(f"(e) peak RSS of the crawl: {big['a_peak_mb']} MB for {args.articles} articles{trend}")


if __name__ == "__main__":
    main()
