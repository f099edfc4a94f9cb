"""The ``pobratym`` command: crawl, export, serve the offline mirror.

``pobratym crawl`` targets the live portal; ``pobratym crawl --demo`` serves the bundled mirror on
127.0.0.1 and crawls it with the same spider, pipeline and settings (delays shortened).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = REPO_ROOT / "data" / "pobratym.db"
DEMO_CSV = REPO_ROOT / "data" / "articles.csv"
LOG_DIR = REPO_ROOT / "data" / "logs"

# Loopback mirror: no need to wait between requests to our own test server.
DEMO_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_START_DELAY": 0.01,
    "AUTOTHROTTLE_MAX_DELAY": 0.5,
    "RETRY_TIMES": 0,
}


# The mirror's section listings reach the fixture articles that carry no "партнерство" tag.
DEMO_SECTIONS = "news,en/news"


@dataclass
class CrawlOutcome:
    status: str
    stats: dict[str, Any]
    first_error: str | None

    @property
    def reached_nothing(self) -> bool:
        return not self.stats.get("downloader/response_count")


def run_crawl(
    db_path: Path,
    spider_arguments: dict[str, Any],
    settings_overrides: dict[str, Any] | None = None,
    log_level: str = "INFO",
    log_file: Path | None = None,
) -> CrawlOutcome:
    """Run the portal spider in this process and return its status and stats.

    The Scrapy log goes to ``log_file`` (terminal stays a summary) or, when None, to stderr.
    """
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from crawler.spiders.portal import PortalSpider

    settings = get_project_settings()
    settings.set("POBRATYM_DB", str(db_path), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    if log_file:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        settings.set("LOG_FILE", str(log_file), priority="cmdline")
        settings.set("LOG_FILE_APPEND", False, priority="cmdline")
    for name, value in (settings_overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(PortalSpider)
    process.crawl(crawler, **{key: value for key, value in spider_arguments.items() if value is not None})
    process.start()
    stats = crawler.stats.get_stats()
    return CrawlOutcome(
        status=stats.get("pobratym/status", "failed"),
        stats=stats,
        first_error=getattr(crawler.spider, "first_error", None),
    )


def cmd_crawl(args: argparse.Namespace) -> int:
    log_file = None if args.verbose else LOG_DIR / f"crawl-{datetime.now():%Y%m%d-%H%M%S}.log"
    spider_arguments = {
        "tags": args.tags,
        "sections": args.sections,
        "max_pages": args.max_pages,
        "base_url": args.base_url,
    }
    overrides: dict[str, Any] = {}
    if args.demo:
        from crawler.mirror import serve_mirror

        overrides.update(DEMO_SETTINGS)
        spider_arguments["sections"] = args.sections or DEMO_SECTIONS
        with serve_mirror() as server:
            spider_arguments["base_url"] = server.base_url
            print(f"pobratym: serving the bundled portal mirror at {server.base_url}", flush=True)
            outcome = run_crawl(args.db, spider_arguments, overrides, args.log_level, log_file)
    else:
        outcome = run_crawl(args.db, spider_arguments, overrides, args.log_level, log_file)
    target = spider_arguments["base_url"] or "https://decentralization.gov.ua"
    if outcome.reached_nothing:
        reason = outcome.first_error or "no response"
        print(f"pobratym: cannot reach {target} ({reason}); no network? Try `pobratym crawl --demo`.")
        return 2
    print(_summary(outcome, args.db))
    if log_file:
        print(f"pobratym: log in {log_file}")
    csv_path = args.csv or (DEMO_CSV if args.demo else None)
    if csv_path:
        rows = _export(args.db, csv_path, bom=True)
        print(f"pobratym: wrote {rows} articles to {csv_path}")
        partnerships_csv = csv_path.with_name("partnerships.csv")
        rows = _export(args.db, partnerships_csv, bom=True, what="partnerships")
        print(f"pobratym: wrote {rows} partnerships to {partnerships_csv}")
    return 0 if outcome.status == "finished" else 1


def _summary(outcome: CrawlOutcome, db_path: Path) -> str:
    stats = outcome.stats
    return (
        f"pobratym: crawl {outcome.status}: {stats.get('pobratym/articles_seen', 0)} articles "
        f"({stats.get('pobratym/new_articles', 0)} new, {stats.get('pobratym/updated_articles', 0)} updated, "
        f"{stats.get('pobratym/unchanged_articles', 0)} unchanged), "
        f"{stats.get('pobratym/new_facts', 0)} facts extracted, "
        f"{stats.get('downloader/request_count', 0)} requests, {stats.get('pobratym/warnings', 0)} warnings, "
        f"{stats.get('pobratym/errors', 0)} errors → {db_path}"
    )


def _export(db_path: Path, out: str | Path, bom: bool, what: str = "articles") -> int:
    from crawler.export import export_table
    from pipelines.storage import open_db

    db = open_db(db_path)
    try:
        return export_table(db, what, out, bom=bom)
    finally:
        db.close()


def cmd_export(args: argparse.Namespace) -> int:
    if not Path(args.db).exists():
        print(f"pobratym: no database at {args.db}; run `pobratym crawl` first.", file=sys.stderr)
        return 2
    rows = _export(args.db, args.output, bom=not args.no_bom, what=args.what)
    if args.output != "-":
        print(f"pobratym: wrote {rows} {args.what} to {args.output}", file=sys.stderr)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the facts of saved pages or text articles, one JSON document per input."""
    import json

    from parsers.extract import Extractor, document_output, read_document

    extractor = Extractor()
    documents = []
    status = 0
    for source in args.paths:
        try:
            data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        except OSError as error:
            print(f"pobratym: cannot read {source}: {error.strerror}", file=sys.stderr)
            status = 1
            continue
        article = read_document(data, source, args.url)
        facts = extractor.extract(article, owner_katottg=args.owner)
        documents.append(document_output(source, article, facts))
        if args.format == "jsonl":
            print(json.dumps(documents[-1], ensure_ascii=False), flush=True)
    if args.format == "json":
        print(json.dumps(documents, ensure_ascii=False, indent=2))
    return status


def cmd_mirror(args: argparse.Namespace) -> int:
    from crawler.mirror import serve_mirror

    with serve_mirror() as server:
        print(f"pobratym: serving the portal mirror at {server.base_url} (Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pobratym", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    crawl = commands.add_parser("crawl", help="crawl the portal (live by default) into SQLite")
    crawl.add_argument("--demo", action="store_true", help="crawl the bundled mirror over loopback")
    crawl.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"SQLite database (default {DEFAULT_DB})")
    crawl.add_argument("--base-url", help="portal base URL (default https://decentralization.gov.ua)")
    crawl.add_argument("--tags", help="comma-separated tag names to crawl (default: партнерство)")
    crawl.add_argument("--sections", help="comma-separated section listings to walk too (e.g. news,en/news)")
    crawl.add_argument("--max-pages", type=int, help="stop each tag's pagination after N pages")
    crawl.add_argument("--csv", type=Path, help="also export articles to this CSV")
    crawl.add_argument("--log-level", default="INFO", help="Scrapy log level (default INFO)")
    crawl.add_argument("-v", "--verbose", action="store_true", help="log to the terminal instead of a file")
    crawl.set_defaults(handler=cmd_crawl)

    export = commands.add_parser("export", help="export the dataset as CSV for spreadsheets")
    export.add_argument("what", choices=["articles", "partnerships"], help="what to export")
    export.add_argument("-o", "--output", required=True, help="CSV file to write, or - for standard output")
    export.add_argument("--db", type=Path, default=DEFAULT_DB)
    export.add_argument("--no-bom", action="store_true", help="plain UTF-8 without BOM, for machines")
    export.set_defaults(handler=cmd_export)

    extract = commands.add_parser(
        "extract", help="print partnership facts of saved pages or .txt articles as JSON"
    )
    extract.add_argument("paths", nargs="+", help="HTML or text files, or - for standard input")
    extract.add_argument("--format", choices=["jsonl", "json"], default="jsonl")
    extract.add_argument("--url", help="the URL the page was fetched from (canonical id, language)")
    extract.add_argument("--owner", help="KATOTTG code of the hromada whose site published the article")
    extract.set_defaults(handler=cmd_extract)

    mirror = commands.add_parser("mirror", help="serve the bundled portal mirror on 127.0.0.1")
    mirror.set_defaults(handler=cmd_mirror)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
