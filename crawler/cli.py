"""The ``pobratym`` command: crawl, nightly, extract, reparse, export, sites, schema-docs, mirror.

``pobratym crawl`` targets the live portal and council sites; ``--demo`` serves the bundled mirrors
on 127.0.0.1 and crawls them with the same spiders, pipeline and settings (delays shortened, and
no request may leave the machine).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from crawler.progress import Progress, progress_enabled

REPO_ROOT = Path(__file__).resolve().parent.parent
# The same default as the Scrapy setting POBRATYM_DB: the environment variable, else data/pobratym.db.
DEFAULT_DB = Path(os.environ.get("POBRATYM_DB") or REPO_ROOT / "data" / "pobratym.db")
DEMO_CSV = REPO_ROOT / "data" / "articles.csv"
LOG_DIR = REPO_ROOT / "data" / "logs"

# Loopback mirror: no need to wait between requests to our own test server.
DEMO_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_START_DELAY": 0.01,
    "AUTOTHROTTLE_MAX_DELAY": 0.5,
    "RETRY_TIMES": 0,
    "POBRATYM_LOOPBACK_ONLY": True,
    "POBRATYM_CRAWL_DELAY_CAP": 0.05,  # the mirrors keep the sites' real Crawl-delay lines
}


# The mirror's section listings reach the fixture articles that carry no "партнерство" tag.
DEMO_SECTIONS = "news,en/news"
SPIDERS = ("portal", "councils")


@dataclass
class CrawlOutcome:
    spider: str
    status: str
    stats: dict[str, Any]
    first_error: str | None

    @property
    def reached_nothing(self) -> bool:
        return not self.stats.get("downloader/response_count")


def run_crawl(
    db_path: Path,
    jobs: dict[str, dict[str, Any]],
    settings_overrides: dict[str, Any] | None = None,
    log_level: str = "INFO",
    log_file: Path | None = None,
) -> list[CrawlOutcome]:
    """Run the named spiders (``{"portal": {...arguments}}``) in this process, side by side.

    The Scrapy log goes to ``log_file`` (terminal stays a summary) or, when None, to stderr.
    """
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from crawler.spiders.councils import CouncilsSpider
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
    classes = {"portal": PortalSpider, "councils": CouncilsSpider}
    crawlers = {}
    for name, arguments in jobs.items():
        crawlers[name] = process.create_crawler(classes[name])
        process.crawl(crawlers[name], **{key: value for key, value in arguments.items() if value is not None})
    process.start()
    outcomes = []
    for name, crawler in crawlers.items():
        stats = crawler.stats.get_stats()
        outcomes.append(
            CrawlOutcome(
                name,
                stats.get("pobratym/status", "failed"),
                stats,
                getattr(crawler.spider, "first_error", None),
            )
        )
    return outcomes


def cmd_crawl(args: argparse.Namespace) -> int:
    spiders = [name.strip() for name in args.spiders.split(",") if name.strip()]
    unknown = set(spiders) - set(SPIDERS)
    if unknown:
        print(
            f"pobratym: unknown spider(s) {', '.join(sorted(unknown))}; choose from {', '.join(SPIDERS)}",
            file=sys.stderr,
        )
        return 2
    if problem := _check_site_argument(args.site):
        print(f"pobratym: {problem}", file=sys.stderr)
        return 2
    prefix = getattr(args, "log_prefix", "crawl")
    log_file = None if args.verbose else LOG_DIR / f"{prefix}-{datetime.now():%Y%m%d-%H%M%S}.log"
    jobs = {
        "portal": {
            "tags": args.tags,
            "sections": args.sections,
            "max_pages": args.max_pages,
            "base_url": args.base_url,
        },
        "councils": {"site": args.site, "max_pages": args.max_pages},
    }
    jobs = {name: arguments for name, arguments in jobs.items() if name in spiders}
    overrides: dict[str, Any] = {
        "POBRATYM_REFRESH": bool(getattr(args, "refresh", False)),
        # A progress line between log lines on the terminal would only garble both.
        "POBRATYM_PROGRESS": log_file is not None and progress_enabled(),
    }
    with contextlib.ExitStack() as mirrors:
        if args.demo:
            overrides.update(DEMO_SETTINGS)
            _serve_demo_mirrors(mirrors, jobs, args)
        started = time.monotonic()
        outcomes = run_crawl(args.db, jobs, overrides, args.log_level, log_file)
        seconds = time.monotonic() - started
    if all(outcome.reached_nothing for outcome in outcomes):
        reason = next((o.first_error for o in outcomes if o.first_error), "no response")
        print(
            f"pobratym: cannot reach {_targets(jobs, args)} ({reason}); "
            "no network? Try `pobratym crawl --demo`."
        )
        return 2
    files = [("database", _shown(args.db))]
    if log_file:
        files.append(("log", _shown(log_file)))
    csv_path = args.csv or (DEMO_CSV if args.demo else None)
    if csv_path:
        for what, path in (("articles", csv_path), ("partnerships", csv_path.with_name("partnerships.csv"))):
            rows = _export(args.db, path, bom=True, what=what)
            files.append(("csv", f"{_shown(path)} ({rows} {what})"))
    print("\n".join(crawl_summary(prefix, outcomes, seconds, files)))
    return 0 if all(outcome.status in OK_STATUSES for outcome in outcomes) else 1


def _serve_demo_mirrors(
    mirrors: contextlib.ExitStack, jobs: dict[str, dict[str, Any]], args: argparse.Namespace
) -> None:
    """Serve the bundled mirrors on loopback for as long as ``mirrors`` is open; point the jobs at them."""
    from crawler.mirror import serve_mirror, serve_sites

    portal = mirrors.enter_context(serve_mirror())
    councils = mirrors.enter_context(serve_sites())
    if "portal" in jobs:
        jobs["portal"].update(base_url=portal.base_url, sections=args.sections or DEMO_SECTIONS)
        print(f"pobratym: serving the bundled portal mirror at {portal.base_url}", flush=True)
    if "councils" in jobs:
        jobs["councils"]["site"] = args.site or ",".join(councils)
        mirrored = (f"{domain}={server.base_url}" for domain, server in councils.items())
        jobs["councils"]["mirror"] = ",".join(mirrored)
        print(f"pobratym: serving {len(councils)} bundled council site mirrors on 127.0.0.1", flush=True)


def _check_site_argument(sites: str | None) -> str | None:
    """A clear message for an unknown ``--site`` or a broken registry, before Scrapy starts."""
    from parsers.registry import RegistryError, load_registry

    try:
        registry = load_registry()
    except RegistryError as error:
        return f"the site registry is not valid:\n{error}"
    for domain in filter(None, (sites or "").split(",")):
        if registry.by_domain(domain.strip()) is None:
            return f"unknown site {domain.strip()!r}; see `pobratym sites list`"
    return None


def _targets(jobs: dict[str, dict[str, Any]], args: argparse.Namespace) -> str:
    targets = []
    if "portal" in jobs:
        targets.append(jobs["portal"]["base_url"] or "https://decentralization.gov.ua")
    if "councils" in jobs:
        from parsers.registry import load_registry

        count = len(args.site.split(",")) if args.site else len(load_registry().enabled())
        targets.append(f"{count} council site{'s' if count != 1 else ''}")
    return " and ".join(targets)


# The summary table: column title → crawl stats key.
SUMMARY_COLUMNS = (
    ("requests", "downloader/request_count"),
    ("articles", "pobratym/articles_seen"),
    ("new", "pobratym/new_articles"),
    ("updated", "pobratym/updated_articles"),
    ("unchanged", "pobratym/unchanged_articles"),
    ("facts", "pobratym/new_facts"),
    ("warnings", "pobratym/warnings"),
    ("errors", "pobratym/errors"),
)
# "partial": every page was handled, some are recorded as failed or no article (retried next run).
OK_STATUSES = ("finished", "partial")
MAX_ALARMS_SHOWN = 5  # the rest are in the log and in crawl_runs.alarms; the summary stays one screen


def crawl_summary(
    command: str, outcomes: list[CrawlOutcome], seconds: float, files: list[tuple[str, str]]
) -> list[str]:
    """The one-screen end of a crawl: a table of the spiders, their alarms and errors, where things went."""
    ok = all(outcome.status in OK_STATUSES for outcome in outcomes)
    table = [["spider", "status", *(title for title, _ in SUMMARY_COLUMNS)]]
    for outcome in outcomes:
        counts = [str(outcome.stats.get(key, 0)) for _, key in SUMMARY_COLUMNS]
        table.append([outcome.spider, outcome.status, *counts])
    widths = [max(len(row[column]) for row in table) for column in range(len(table[0]))]
    widths[0] = max(widths[0], *(len(label) for label, _ in files), len("alarm"))
    ended = "ended with failures"
    if ok:
        partial = any(outcome.status == "partial" for outcome in outcomes)
        ended = "finished, some pages failed" if partial else "finished"
    lines = [f"pobratym: {command} {ended} in {seconds:.1f} s"]
    lines.extend(_table_row(row, widths) for row in table)
    notes = [
        (outcome.spider, alarm)
        for outcome in outcomes
        for alarm in outcome.stats.get("pobratym/alarms") or []
    ]
    for spider, alarm in notes[:MAX_ALARMS_SHOWN]:
        lines.append(f"  {'alarm':<{widths[0]}}  {spider}: {alarm}")
    if len(notes) > MAX_ALARMS_SHOWN:
        lines.append(
            f"  {'alarm':<{widths[0]}}  … {len(notes) - MAX_ALARMS_SHOWN} more in the log and in crawl_runs"
        )
    for outcome in outcomes:
        if note := _pages_note(outcome.stats):
            lines.append(f"  {'pages':<{widths[0]}}  {outcome.spider}: {note}")
        if outcome.stats.get("pobratym/status") == "stopped":
            lines.append(
                f"  {'stopped':<{widths[0]}}  {outcome.spider}: wall-clock budget "
                f"(CLOSESPIDER_TIMEOUT) ran out; the next run goes on"
            )
    for outcome in outcomes:
        if outcome.status not in OK_STATUSES and outcome.first_error:
            lines.append(f"  {'error':<{widths[0]}}  {outcome.spider}: {outcome.first_error}")
    lines.extend(f"  {label:<{widths[0]}}  {value}" for label, value in files)
    return lines


def _pages_note(stats: dict[str, Any]) -> str | None:
    """Article pages that gave no article, when there were any (they are in page_failures)."""
    failed, removed, other = (
        stats.get(f"pobratym/{key}", 0) for key in ("failed_pages", "removed_pages", "not_articles")
    )
    if not (failed or removed or other):
        return None
    return f"{failed} failed, {other} not articles, {removed} removed (page_failures; fetched again next run)"


def _table_row(cells: list[str], widths: list[int]) -> str:
    """Names (spider, status) to the left, numbers to the right, two spaces apart."""
    pairs = zip(cells, widths, strict=True)
    aligned = [
        cell.ljust(width) if column < 2 else cell.rjust(width) for column, (cell, width) in enumerate(pairs)
    ]
    return "  " + "  ".join(aligned).rstrip()


def _shown(path: str | Path) -> str:
    """A path as short as it can be said: relative to the working directory when it is inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _export(db_path: Path, out: str | Path, bom: bool, what: str = "articles", filters=None) -> int:
    from crawler.export import export_table
    from pipelines.storage import open_db

    db = open_db(db_path)
    progress = _export_progress(what, out)
    try:
        rows = export_table(db, what, out, bom=bom, filters=filters, progress=progress.update)
    finally:
        db.close()
    progress.finish(rows)
    return rows


def _export_progress(what: str, out: str | Path) -> Progress:
    """The export's progress line; off when the rows themselves go to the terminal."""
    to_terminal = str(out) == "-" and sys.stdout.isatty()
    return Progress("pobratym: exporting", unit=what, enabled=False if to_terminal else None)


def cmd_export(args: argparse.Namespace) -> int:
    if not Path(args.db).exists():
        print(f"pobratym: no database at {args.db}; run `pobratym crawl` first.", file=sys.stderr)
        return 2
    from crawler.export import FilterError

    filters = {
        name: getattr(args, name) for name in ("oblast", "hromada", "country", "status", "since", "until")
    }
    try:
        if args.format == "csv":
            rows = _export(args.db, args.output, bom=not args.no_bom, what=args.what, filters=filters)
        else:
            from crawler.export import export_json
            from pipelines.storage import open_db

            progress = _export_progress(args.what, args.output)
            rows, missing = export_json(
                open_db(args.db), args.what, args.output, filters, args.format == "geojson", progress.update
            )
            progress.finish(rows)
            if missing:
                print(
                    f"pobratym: {missing} {args.what} have no known coordinates and are not on the map",
                    file=sys.stderr,
                )
    except FilterError as error:
        print(f"pobratym: {error}", file=sys.stderr)
        return 2
    if rows == 0 and any(filters.values()):
        print(f"pobratym: no {args.what} match the filters; wrote the header only", file=sys.stderr)
    if args.output != "-":
        print(f"pobratym: wrote {rows} {args.what} to {args.output}", file=sys.stderr)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the facts of saved pages or text articles, one JSON document per input."""
    import json

    from parsers.extract import Extractor, document_output

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
        article = _read_input(data, source, args.url)
        facts = extractor.extract(article, owner_katottg=args.owner or article.owner_katottg)
        documents.append(document_output(source, article, facts))
        if args.format == "jsonl":
            print(json.dumps(documents[-1], ensure_ascii=False), flush=True)
    if args.format == "json":
        print(json.dumps(documents, ensure_ascii=False, indent=2))
    return status


def _read_input(data: bytes, source: str, url: str | None):
    """A saved page read by its site's reader: a council page through the registry (owner, platform)."""
    from parsers.councils import parse_council_article
    from parsers.extract import read_document
    from parsers.page import looks_like_html, read_html
    from parsers.registry import load_registry

    is_html = looks_like_html(data, source)
    page_url = url or (read_html(data).canonical if is_html else None)  # a saved page knows its URL
    site = load_registry().for_url(page_url) if page_url else None
    if site and is_html:
        return parse_council_article(data, page_url, site)
    article = read_document(data, source, url)
    if site:
        article.owner_katottg = site.hromada_katottg
    return article


SITE_PROBLEMS = (
    ("unreachable", lambda c: c["errors"] and not c["listing_pages"]),
    ("no articles found", lambda c: not c["articles"]),
    ("dates missing", lambda c: c["dated"] < 0.9 * c["articles"]),
    ("bodies missing", lambda c: c["with_body"] < 0.9 * c["articles"]),
)


def cmd_sites(args: argparse.Namespace) -> int:
    """List the registry, or check each site's latest crawl so a broken site shows up by name."""
    from parsers.registry import RegistryError, load_registry
    from pipelines.storage import latest_site_checks, open_db

    try:
        registry = load_registry()
    except RegistryError as error:
        print(f"pobratym: the site registry is not valid:\n{error}", file=sys.stderr)
        return 2
    if args.action == "list":
        for site in registry.sites:
            state = "enabled" if site.enabled else "disabled"
            print(
                f"{site.domain:<34} {site.platform:<10} {state:<8} "
                f"{site.hromada_katottg} {site.hromada_name_uk}"
            )
        return 0
    checks = latest_site_checks(open_db(args.db)) if Path(args.db).exists() else {}
    broken = 0
    for site in registry.sites:
        check = checks.get(site.domain)
        if check is None:
            verdict = "not crawled yet" if site.enabled else "disabled"
        else:
            problems = [name for name, test in SITE_PROBLEMS if test(check)]
            verdict = "ok" if not problems else "BROKEN: " + ", ".join(problems)
            broken += bool(problems) and site.enabled
            verdict += (
                f" ({check['articles']} articles, {check['dated']} dated, {check['with_body']} with body, "
                f"{check['errors']} errors; crawl of {check['started'][:16]})"
            )
        print(f"{site.domain:<34} {verdict}")
    if broken:
        print(f"pobratym: {broken} site(s) need a look", file=sys.stderr)
    return 1 if broken else 0


def cmd_nightly(args: argparse.Namespace) -> int:
    """The unattended job: every spider, incremental, under a lock, logged to a file."""
    lock_path = Path(args.db).with_suffix(".lock")
    with hold_lock(lock_path) as held:
        if not held:
            print(
                f"pobratym: another nightly run holds {lock_path}; not starting a second one", file=sys.stderr
            )
            return 3
        args.verbose = False
        args.log_prefix = "nightly"
        watchdog = _hard_stop_after(_crawl_budget() + NIGHTLY_GRACE_SECONDS)
        try:
            return cmd_crawl(args)
        finally:
            watchdog.cancel()


# How long past its wall-clock budget a nightly may take to stop cleanly before it is ended.
NIGHTLY_GRACE_SECONDS = 900


def _crawl_budget() -> float:
    from crawler import settings

    return float(settings.CLOSESPIDER_TIMEOUT or 0) or 24 * 3600


def _hard_stop_after(seconds: float) -> threading.Timer:
    """The last resort behind the crawl budget: a nightly that has not ended ``seconds`` after it
    started (a stop that itself hangs) exits, so the operating system frees its lock; its run rows
    stay unfinished and the next night resumes."""

    def stop() -> None:
        print(f"pobratym: nightly still running after {seconds:.0f} s; exiting", file=sys.stderr, flush=True)
        os._exit(4)

    timer = threading.Timer(seconds, stop)
    timer.daemon = True
    timer.start()
    return timer


@contextlib.contextmanager
def hold_lock(path: Path):
    """An exclusive, non-blocking lock on ``path``; yields whether it was obtained.

    The operating system drops the lock when the process dies, so a killed run never blocks the next.
    """
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()} {datetime.now().isoformat(timespec='seconds')}\n")
        handle.flush()
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def cmd_reparse(args: argparse.Namespace) -> int:
    """Rebuild articles, places and partnerships from the raw archive, with no network.

    Under the nightly lock (a crawl and a reparse never write at once) and in one transaction."""
    from pipelines.archive import archive_counts
    from pipelines.reparse import archived_article_count, reparse
    from pipelines.storage import open_db

    if not Path(args.db).exists():
        print(f"pobratym: no database at {args.db}; nothing to reparse.", file=sys.stderr)
        return 2
    lock_path = Path(args.db).with_suffix(".lock")
    with hold_lock(lock_path) as held:
        if not held:
            print(f"pobratym: a nightly run holds {lock_path}; reparse later", file=sys.stderr)
            return 3
        db = open_db(args.db)
        archived = archive_counts(db)
        if not archived["responses"]:
            print("pobratym: the raw archive is empty; run a crawl first.", file=sys.stderr)
            return 2
        progress = Progress("pobratym: reparsing", total=archived_article_count(db), unit="articles")
        result = reparse(db, progress.update)
        counts = result.counts
        progress.finish(counts["articles"] + counts["skipped"] + counts["failed"] + counts["not_articles"])
    print("\n".join(reparse_summary(counts, archived["responses"], args.db)))
    for url, error in result.failures[:MAX_ALARMS_SHOWN]:
        print(f"  failed    {url}: {error} (previous rows kept)")
    return 1 if result.failures else 0


def reparse_summary(counts: Counter[str], responses: int, db_path: Path) -> list[str]:
    """The end of a reparse: how much was rebuilt, how fast, and where."""
    seconds = counts["milliseconds"] / 1000
    rate = counts["articles"] / seconds if seconds else 0.0
    skipped = counts["skipped"]
    lines = [
        f"pobratym: reparse finished in {seconds:.1f} s ({rate:.0f} articles/s)",
        f"  articles  {counts['articles']} (from {responses} archived responses, {skipped} skipped)",
        f"  facts     {counts['facts']}",
        f"  warnings  {counts['warnings']}",
    ]
    if counts["failed"] or counts["not_articles"] or counts["removed"]:
        lines.append(
            f"  pages     {counts['failed']} failed (rows kept), {counts['not_articles']} not articles, "
            f"{counts['removed']} articles removed"
        )
    lines.append(f"  database  {_shown(db_path)}")
    return lines


def cmd_report(args: argparse.Namespace) -> int:
    """Write the self-contained HTML report (charts and the newest facts) to a folder."""
    from crawler.report import write_report
    from pipelines.storage import open_db

    if not Path(args.db).exists():
        print(f"pobratym: no database at {args.db}; run `pobratym crawl` first.", file=sys.stderr)
        return 2
    page = write_report(open_db(args.db), args.output)
    print(f"pobratym: wrote the report to {page} (open it in any browser, offline)")
    return 0


def cmd_schema_docs(args: argparse.Namespace) -> int:
    """Write docs/schema.md from a fresh database, so it always matches the code."""
    import tempfile

    from crawler.export import EXPORTS
    from pipelines.archive import ensure_archive
    from pipelines.health import ensure_health_table
    from pipelines.schema_docs import render_schema
    from pipelines.storage import open_db

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "schema.db")
        ensure_archive(db)
        ensure_health_table(db)
        text = render_schema(db, {what: columns for what, (_, columns) in EXPORTS.items()})
        db.close()
    Path(args.output).write_text(text, encoding="utf-8")
    print(f"pobratym: wrote {args.output}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Open the database read-only in Datasette (the optional ``[analyst]`` extra) on loopback."""
    import json
    import shutil
    import tempfile

    from crawler.datasette_meta import metadata

    datasette = shutil.which("datasette", path=str(Path(sys.executable).parent)) or shutil.which("datasette")
    if datasette is None:
        print(
            "pobratym: Datasette is not installed; run `.venv/bin/pip install -e '.[analyst]'`",
            file=sys.stderr,
        )
        return 2
    if not Path(args.db).exists():
        print(f"pobratym: no database at {args.db}; run `pobratym crawl` first.", file=sys.stderr)
        return 2
    from pipelines.storage import open_db

    db = open_db(args.db)  # views and search are there before the database opens read-only
    document = metadata(db, Path(args.db).stem)
    db.close()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False)
    command = [
        datasette,
        "serve",
        "-i",
        str(args.db),
        "--metadata",
        handle.name,
        "-h",
        args.host,
        "-p",
        str(args.port),
    ]
    print(f"pobratym: Datasette on http://{args.host}:{args.port}/ (read-only; Ctrl-C to stop)", flush=True)
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 0
    finally:
        Path(handle.name).unlink(missing_ok=True)


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
    crawl.add_argument("--spiders", default="portal,councils", help="which spiders (default portal,councils)")
    crawl.add_argument(
        "--site", help="council site domain(s) to crawl, comma-separated (default: all enabled)"
    )
    crawl.add_argument("--sections", help="comma-separated section listings to walk too (e.g. news,en/news)")
    crawl.add_argument("--max-pages", type=int, help="stop each tag's pagination after N pages")
    crawl.add_argument("--csv", type=Path, help="also export articles to this CSV")
    crawl.add_argument("--log-level", default="INFO", help="Scrapy log level (default INFO)")
    crawl.add_argument("-v", "--verbose", action="store_true", help="log to the terminal instead of a file")
    crawl.add_argument(
        "--refresh", action="store_true", help="fetch stored articles again (default: skip them)"
    )
    crawl.set_defaults(handler=cmd_crawl)

    export = commands.add_parser("export", help="export the dataset as CSV for spreadsheets")
    export.add_argument("what", choices=["articles", "partnerships", "evidence"], help="what to export")
    export.add_argument("--oblast", help="oblast name or part of it (Хмельницька) or its KATOTTG code")
    export.add_argument("--hromada", help="hromada name or part of it, or its KATOTTG code")
    export.add_argument("--country", help="partner country, ISO 3166-1 alpha-2 (PL, FR, …)")
    export.add_argument(
        "--status", choices=["signed", "planned", "in_negotiation", "renewed", "terminated"], help="status"
    )
    export.add_argument("--since", help="from this date (YYYY-MM-DD), inclusive")
    export.add_argument("--until", help="up to this date (YYYY-MM-DD), inclusive")
    export.add_argument("-o", "--output", required=True, help="CSV file to write, or - for standard output")
    export.add_argument("--db", type=Path, default=DEFAULT_DB)
    export.add_argument("--no-bom", action="store_true", help="plain UTF-8 without BOM, for machines")
    export.add_argument(
        "--format", choices=["csv", "json", "geojson"], default="csv", help="csv (default), json, or geojson"
    )
    export.set_defaults(handler=cmd_export)

    extract = commands.add_parser(
        "extract", help="print partnership facts of saved pages or .txt articles as JSON"
    )
    extract.add_argument("paths", nargs="+", help="HTML or text files, or - for standard input")
    extract.add_argument("--format", choices=["jsonl", "json"], default="jsonl")
    extract.add_argument("--url", help="the URL the page was fetched from (canonical id, language)")
    extract.add_argument("--owner", help="KATOTTG code of the hromada whose site published the article")
    extract.set_defaults(handler=cmd_extract)

    nightly = commands.add_parser(
        "nightly", help="the unattended job: every spider, incremental, under a lock, logged to data/logs/"
    )
    nightly.add_argument("--demo", action="store_true", help="run against the bundled mirrors on loopback")
    nightly.add_argument("--db", type=Path, default=DEFAULT_DB)
    nightly.add_argument("--refresh", action="store_true", help="fetch stored articles again")
    nightly.add_argument("--log-level", default="INFO")
    # The crawl options a nightly run does not expose: every spider, every enabled site.
    nightly.set_defaults(
        handler=cmd_nightly, spiders="portal,councils", site=None, tags=None, sections=None,
        max_pages=None, base_url=None, csv=None,
    )  # fmt: skip

    reparse = commands.add_parser("reparse", help="rebuild the dataset from the raw archive (no network)")
    reparse.add_argument("--db", type=Path, default=DEFAULT_DB)
    reparse.set_defaults(handler=cmd_reparse)

    serve = commands.add_parser("serve", help="browse the database read-only in Datasette (extra [analyst])")
    serve.add_argument("--db", type=Path, default=DEFAULT_DB)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8001)
    serve.set_defaults(handler=cmd_serve)

    report = commands.add_parser("report", help="write a self-contained HTML report with charts")
    report.add_argument("-o", "--output", required=True, help="folder to write index.html into")
    report.add_argument("--db", type=Path, default=DEFAULT_DB)
    report.set_defaults(handler=cmd_report)

    schema = commands.add_parser("schema-docs", help="regenerate docs/schema.md from the database schema")
    schema.add_argument("-o", "--output", default=str(REPO_ROOT / "docs" / "schema.md"))
    schema.set_defaults(handler=cmd_schema_docs)

    sites = commands.add_parser("sites", help="the council site registry: list it or check the latest crawl")
    sites.add_argument("action", choices=["list", "check"])
    sites.add_argument("--db", type=Path, default=DEFAULT_DB)
    sites.set_defaults(handler=cmd_sites)

    mirror = commands.add_parser("mirror", help="serve the bundled portal mirror on 127.0.0.1")
    mirror.set_defaults(handler=cmd_mirror)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
