"""CPU per hostile page and peak memory of a crawl of the hostile site (tests/hostile.py).

Prints (1) the CPU seconds of the slowest pages when judged and read in-process by the portal
reader and a council reader, including a page of 20,000 dated lines (the shape that once cost half
a minute: one dateparser call per line; the target is at most one second per page on one core);
(2) wall time and peak RSS of one `scrapy crawl` of all hostile cases on loopback (bombs, huge
pages and deep trees included), unless ``--pages-only``.

    .venv/bin/python bench/hostile_bench.py [--pages-only]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from parsers.reading import read_fetched  # noqa: E402
from parsers.registry import load_registry  # noqa: E402
from tests import hostile  # noqa: E402


def page_cpu() -> list[tuple[float, str]]:
    """CPU seconds of every hostile page that answers 200, read by the portal reader and a council
    reader through the spiders' one reading path, slowest first."""
    site = next(site for site in load_registry().sites if not site.date_format)
    # The worst case of the dated lines: no date of its own, so every line is looked at.
    dated = hostile.dated_lines_page(1, date="")
    pages = [("20,000 dated lines", lambda reader: hostile.page_fetched(dated, "/news/1", reader, site))]
    pages += [
        (case.name, lambda reader, case=case: hostile.fetched(case, reader, site, limit=16 * 1024 * 1024))
        for case in hostile.readable_cases(statuses=(200,), limited=True)
    ]
    read_fetched(hostile.page_fetched(hostile.article_html(1).encode(), "/news/1"))  # warm up
    timings = []
    for name, make in pages:
        for reader in ("portal", "council"):
            fetched = make(reader)
            started = time.process_time()
            read_fetched(fetched)
            timings.append((time.process_time() - started, f"{name} ({reader}, {len(fetched.body):,} bytes)"))
    return sorted(timings, reverse=True)


def crawl_rss() -> tuple[float, float]:
    server = hostile.serve(hostile.CASES)
    try:
        with tempfile.TemporaryDirectory() as folder:
            started = time.monotonic()
            subprocess.run(
                [
                    str(REPO_ROOT / ".venv" / "bin" / "scrapy"), "crawl", "portal",
                    "-a", f"base_url={server.base_url}", "-a", "sections=news",
                    "-s", f"POBRATYM_DB={folder}/h.db", "-s", "LOG_LEVEL=WARNING",
                    "-s", "PORTAL_TAGS=", "-s", "POBRATYM_LOOPBACK_ONLY=True", "-s", "DOWNLOAD_DELAY=0",
                    "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=1",
                    "-s", "POBRATYM_CRAWL_DELAY_CAP=0.05", "-s", "POBRATYM_RETRY_AFTER_CAP=1",
                ],
                cwd=REPO_ROOT, check=True, capture_output=True, timeout=600,
            )  # fmt: skip
            seconds = time.monotonic() - started
    finally:
        server.shutdown()
        server.server_close()
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages-only", action="store_true", help="time the pages; no crawl")
    args = parser.parse_args()
    timings = page_cpu()
    over = sum(1 for seconds, _ in timings if seconds > 1.0)
    print(f"hostile pages judged and read: {len(timings)} (page × reader), {over} over one second of CPU")
    for seconds, name in timings[:6]:
        print(f"  {seconds:6.2f} s CPU  {name}")
    if args.pages_only:
        return
    seconds, rss = crawl_rss()
    print(f"crawl of {len(hostile.CASES)} hostile pages: {seconds:.0f} s, peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
