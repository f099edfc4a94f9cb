"""CPU per hostile page and peak memory of a crawl of the hostile site (tests/hostile.py).

Prints (1) the CPU seconds of the slowest pages when judged and read in-process by the portal
reader and a council reader, including a page of 20,000 dated lines (the shape that once cost half
a minute: one dateparser call per line); (2) wall time and peak RSS of one `scrapy crawl` of all
hostile cases on loopback (bombs, huge pages and deep trees included).

    .venv/bin/python bench/hostile_bench.py
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from parsers.reading import Fetched, read_fetched  # noqa: E402
from parsers.registry import load_registry  # noqa: E402
from pipelines.archive import decoded_body  # noqa: E402
from tests import hostile  # noqa: E402


def page_cpu() -> list[tuple[float, str]]:
    site = next(site for site in load_registry().sites if not site.date_format)
    dated = hostile.article_html(
        1,
        date="",
        after="".join(
            f"<p>Подія {1 + i % 28:02d}.{1 + i // 28 % 12:02d}.{1995 + i // 336} відбулася</p>"
            for i in range(20000)
        ),
    ).encode()
    pages = [("20,000 dated lines", 200, {}, dated)]
    for case in hostile.CASES:
        answer = case.answer(1, case.marker)
        if not answer.action and answer.status == 200:
            body = decoded_body(answer.body, answer.headers.get("Content-Encoding"), limit=16 * 1024 * 1024)
            pages.append((case.name, answer.status, answer.headers, body))
    read_fetched(Fetched("portal", "http://127.0.0.1:1/news/1", hostile.article_html(1).encode()))  # warm up
    timings = []
    for name, status, headers, body in pages:
        for label, fetched in (
            ("portal", Fetched("portal", "http://127.0.0.1:1/news/1", body, status, None, None, headers)),
            (
                "council",
                Fetched("councils", f"https://{site.domain}/news/1", body, status, None, site, headers),
            ),
        ):
            started = time.process_time()
            read_fetched(fetched)
            timings.append((time.process_time() - started, f"{name} ({label}, {len(body):,} bytes)"))
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
    timings = page_cpu()
    print(f"hostile pages judged and read: {len(timings)} (page × reader)")
    for seconds, name in timings[:6]:
        print(f"  {seconds:6.2f} s CPU  {name}")
    seconds, rss = crawl_rss()
    print(f"crawl of {len(hostile.CASES)} hostile pages: {seconds:.0f} s, peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
