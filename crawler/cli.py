"""The ``pobratym`` command: crawl, nightly, extract, reparse, export, sites, schema-docs, mirror.

``pobratym crawl`` targets the live portal and council sites; ``--demo`` serves the bundled mirrors
on 127.0.0.1 and crawls them with the same spiders, pipeline and settings (delays shortened, and
no request may leave the machine).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from crawler.progress import Progress, progress_enabled

REPO_ROOT = Path(__file__).resolve().parent.parent
# The same default as the Scrapy setting POBRATYM_DB: the environment variable, else data/pobratym.db.
DEFAULT_DB = Path(os.environ.get("POBRATYM_DB") or REPO_ROOT / "data" / "pobratym.db")
# The demo crawls the bundled mirrors into a database of its own, never into the live one.
DEMO_DB = REPO_ROOT / "data" / "demo.db"

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
    args.db = Path(args.db) if args.db else (DEMO_DB if args.demo else DEFAULT_DB)
    from pipelines.dataset import DatasetKindError, claim_dataset

    try:
        claim_dataset(args.db, demo=args.demo)
    except DatasetKindError as error:
        print(f"pobratym: {error}", file=sys.stderr)
        return 2
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
    # Logs go beside the database they describe (data/logs/ for the default one).
    log_dir = Path(args.db).resolve().parent / "logs"
    log_file = None if args.verbose else log_dir / f"{prefix}-{datetime.now():%Y%m%d-%H%M%S}.log"
    jobs = {
        "portal": {
            "tags": args.tags,
            "sections": args.sections,
            "max_pages": args.max_pages,
            "base_url": args.base_url,
        },
        "councils": {
            "site": args.site,
            "max_pages": args.max_pages,
            "backfill": "1" if getattr(args, "backfill", False) else None,
        },
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
    for what, path in _crawl_csv_files(args):
        rows = _export(args.db, path, bom=True, what=what)
        files.append(("csv", f"{_shown(path)} ({rows} {what})"))
    write_datasette_metadata(args.db)
    print("\n".join(crawl_summary(prefix, outcomes, seconds, files)))
    return 0 if all(outcome.status in OK_STATUSES for outcome in outcomes) else 1


def _crawl_csv_files(args: argparse.Namespace) -> list[tuple[str, Path]]:
    """The CSV files a crawl writes: ``--csv FILE`` (articles) only; the demo into its own database
    also writes its articles and partnerships beside it (data/demo-*.csv), never over other files."""
    if args.csv:
        return [("articles", Path(args.csv))]
    if args.demo and Path(args.db).resolve() == DEMO_DB.resolve():
        folder = DEMO_DB.parent
        return [
            ("articles", folder / "demo-articles.csv"),
            ("partnerships", folder / "demo-partnerships.csv"),
        ]
    return []


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
            dropped = outcome.stats.get("pobratym/dropped_on_close", 0)
            left = f" ({dropped} queued requests left for it)" if dropped else ""
            lines.append(
                f"  {'stopped':<{widths[0]}}  {outcome.spider}: wall-clock budget "
                f"(CLOSESPIDER_TIMEOUT) ran out; the next run goes on{left}"
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


def _export(
    db_path: Path, out: str | Path, bom: bool, what: str = "articles", filters=None, delimiter: str = ","
) -> int:
    """Export from the database opened read-only (an export never changes the file it reads)."""
    from crawler.export import export_table
    from pipelines.readonly import open_readonly

    db = open_readonly(db_path)
    progress = _export_progress(what, out)
    try:
        rows = export_table(
            db, what, out, bom=bom, filters=filters, progress=progress.update, delimiter=delimiter
        )
    finally:
        db.close()
    progress.finish(rows)
    return rows


def _export_progress(what: str, out: str | Path) -> Progress:
    """The export's progress line; off when the rows themselves go to the terminal."""
    to_terminal = str(out) == "-" and sys.stdout.isatty()
    return Progress("pobratym: exporting", unit=what, enabled=False if to_terminal else None)


def cmd_export(args: argparse.Namespace) -> int:
    from crawler.export import FilterError, confidence_floor, date_bounds

    names = ("oblast", "hromada", "country", "status", "since", "until", "min_confidence")
    filters = {name: getattr(args, name) for name in names}
    try:
        date_bounds(args.since, args.until)  # a wrong date says so before anything is opened or written
        if args.min_confidence is not None:
            confidence_floor(args.min_confidence)
        if problem := _output_problem(args.output):
            print(f"pobratym: {problem}", file=sys.stderr)
            return 2
        if args.format == "csv":
            delimiter = ";" if args.semicolon else ","
            rows = _export(args.db, args.output, not args.no_bom, args.what, filters, delimiter)
        else:
            rows = _export_json(args, filters)
    except FilterError as error:
        print(f"pobratym: {error}", file=sys.stderr)
        return 2
    if rows == 0 and any(filters.values()):
        print(f"pobratym: no {args.what} match the filters; wrote the header only", file=sys.stderr)
    if args.output != "-":
        print(f"pobratym: wrote {rows} {args.what} to {args.output}", file=sys.stderr)
    return 0


def _export_json(args: argparse.Namespace, filters: dict[str, str | None]) -> int:
    from crawler.export import export_json
    from pipelines.readonly import open_readonly

    progress = _export_progress(args.what, args.output)
    db = open_readonly(args.db)
    try:
        rows, missing = export_json(
            db, args.what, args.output, filters, args.format == "geojson", progress.update
        )
    finally:
        db.close()
    progress.finish(rows)
    if missing:
        print(
            f"pobratym: {missing} {args.what} have no known coordinates and are not on the map",
            file=sys.stderr,
        )
    return rows


def _output_problem(output: str) -> str | None:
    """Why ``-o`` cannot be written, said before anything is read: a folder, or no folder to write in."""
    if output == "-":
        return None
    path = Path(output)
    if path.is_dir():
        return f"-o {output} is a folder; name a file to write (such as {path / 'export.csv'})"
    if not path.parent.is_dir():
        return f"-o {output}: the folder {path.parent} does not exist"
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return f"-o {output}: not allowed to write there"
    return None


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the facts of saved pages or text articles, one JSON document per input."""
    import json

    from parsers.facts.extract import Extractor, document_output

    if args.owner and (problem := _owner_problem(args.owner)):
        print(f"pobratym: {problem}", file=sys.stderr)
        return 2
    extractor = Extractor()
    documents = []
    status = 0
    for source in args.paths:
        try:
            data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        except OSError as error:
            print(f"pobratym: cannot read {source}: {error.strerror or error}", file=sys.stderr)
            status = 1
            continue
        if problem := _not_an_article(data):
            print(f"pobratym: warning: {source} {problem}; skipped", file=sys.stderr)
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


# Files that are surely not an article: images, archives, PDFs, office files.
BINARY_STARTS = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"\xd0\xcf\x11\xe0",
)


def _not_an_article(data: bytes) -> str | None:
    """Why ``data`` cannot be an article (empty, or binary), or None when it may be one."""
    if not data.strip():
        return "is empty"
    if data.startswith(BINARY_STARTS) or b"\x00" in data[:8192]:
        return "is not a text or HTML file (binary data)"
    return None


def _owner_problem(owner: str) -> str | None:
    """Why ``--owner`` is not a hromada's KATOTTG code, or None when it is one."""
    import re

    from parsers.places.katottg import load_codifier

    if not re.fullmatch(r"UA\d{17}", owner):
        return f"--owner {owner!r} is not a KATOTTG code (UA and 17 digits, such as UA68040430000034985)"
    if owner not in load_codifier().units:
        return f"--owner {owner}: no unit of the KATOTTG codifier has this code"
    return None


def _read_input(data: bytes, source: str, url: str | None):
    """A saved page read by its site's reader: a council page through the registry (owner, platform)."""
    from parsers.facts.extract import read_document
    from parsers.page import looks_like_html, read_html
    from parsers.pages.councils import parse_council_article
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


# A site is healthy when its latest crawl reached it and the pages it read parsed; a night with no
# new article is not a problem. What is: no listing page read, pages without dates or bodies.
SITE_PROBLEMS = (
    ("unreachable", lambda c: not c["listing_pages"]),
    ("dates missing", lambda c: c["articles"] and c["dated"] < 0.9 * c["articles"]),
    ("bodies missing", lambda c: c["articles"] and c["with_body"] < 0.9 * c["articles"]),
)
DEFAULT_QUIET_DAYS = 30


def site_verdict(check: dict[str, Any], newest: str | None, quiet_days: int, today: date) -> list[str]:
    """What is wrong with a site after its latest crawl (empty when nothing is)."""
    problems = [name for name, test in SITE_PROBLEMS if test(check)]
    if problems:
        return problems
    if newest is None:
        return [] if check["articles"] else ["no articles found"]
    days = (today - date.fromisoformat(newest)).days
    if days > quiet_days:
        return [f"nothing new for {days} days (newest article {newest}; alarm after {quiet_days})"]
    return []


def cmd_sites(args: argparse.Namespace) -> int:
    """List the registry, or check each site's latest crawl so a broken or silent site shows up by name."""
    from parsers.registry import RegistryError, load_registry
    from pipelines.health import newest_articles_by_site
    from pipelines.readonly import open_readonly
    from pipelines.storage import latest_site_checks

    if args.action in ("import", "probe"):
        return cmd_sites_grow(args)
    try:
        registry = load_registry()
    except RegistryError as error:
        print(f"pobratym: the site registry is not valid:\n{error}", file=sys.stderr)
        return 2
    if args.action == "list":
        for site in registry.sites:
            print(
                f"{site.domain:<34} {site.platform:<10} {site.state:<10} "
                f"{site.hromada_katottg} {site.hromada_name_uk}"
            )
        states = Counter(site.state for site in registry.sites)
        print(
            f"{len(registry.sites)} sites: "
            + ", ".join(f"{n} {state}" for state, n in sorted(states.items()))
        )
        return 0
    checks, newest = {}, {}
    if Path(args.db).exists():
        db = open_readonly(args.db, required=("crawl_runs",))
        checks, newest = latest_site_checks(db), newest_articles_by_site(db)
        db.close()
    broken = 0
    today = datetime.now().date()
    leads = [site for site in registry.sites if not site.verified and not site.enabled]
    for site in registry.sites:
        if not site.verified and not site.enabled:
            continue  # a lead: summed up below, see `pobratym sites list`
        check = checks.get(site.domain)
        if check is None:
            verdict = "not crawled yet" if site.enabled else "disabled"
        else:
            problems = site_verdict(check, newest.get(site.domain), args.quiet_days, today)
            silent = problems and problems[0].startswith("nothing new")
            verdict = "ok" if not problems else ("SILENT: " if silent else "BROKEN: ") + ", ".join(problems)
            broken += bool(problems) and site.enabled
            verdict += (
                f" ({check['articles']} new or changed articles, {check['dated']} dated, "
                f"{check['with_body']} with body, {check['errors']} errors; crawl of {check['started'][:16]})"
            )
        print(f"{site.domain:<34} {verdict}")
    if leads:
        failed = sum(1 for site in leads if site.state == "failed")
        print(
            f"{len(leads)} unverified lead(s) not crawled ({failed} failed their probe): "
            "`pobratym sites probe --all`"
        )
    unreadable = generic_reader_gaps(registry.sites, checks)
    if unreadable:
        print(f"\nthe generic reader cannot read {len(unreadable)} site(s):")
        for domain, reason in unreadable:
            print(f"{domain:<34} {reason}")
    if broken:
        print(f"pobratym: {broken} site(s) need a look", file=sys.stderr)
    return 1 if broken else 0


def cmd_runs(args: argparse.Namespace) -> int:
    """The last crawl runs per spider, and each council site's latest check, without SQL."""
    import json

    from pipelines.health import recent_runs
    from pipelines.readonly import open_readonly
    from pipelines.storage import latest_site_checks

    db = open_readonly(args.db, required=("crawl_runs",))
    try:
        runs, checks = recent_runs(db, args.limit), latest_site_checks(db)
    finally:
        db.close()
    table = [
        [
            "run",
            "spider",
            "started",
            "finished",
            "status",
            "requests",
            "new",
            "updated",
            "facts",
            "errors",
            "alarms",
        ]
    ]
    for run in runs:
        alarms = len(json.loads(run["alarms"])) if run["alarms"] else 0
        table.append([
            str(run["id"]), run["spider"], run["started"] or "", run["finished"] or "—",
            run["status"] or "", *(str(run[key] or 0) for key in
            ("requests", "new_articles", "updated_articles", "new_facts", "errors")), str(alarms),
        ])  # fmt: skip
    if len(table) == 1:
        print("pobratym: no crawl has run on this database yet")
        return 0
    widths = [max(len(row[column]) for row in table) for column in range(len(table[0]))]
    for row in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    if checks:
        print()
        print(
            "latest check per council site "
            "(run: listing pages, new or changed articles, dated, with body, errors)"
        )
        for domain, check in sorted(checks.items()):
            print(
                f"  {domain:<34} run {check['run_id']}: {check['listing_pages']} listing pages, "
                f"{check['articles']} articles, {check['dated']} dated, {check['with_body']} with body, "
                f"{check['errors']} errors"
            )
    return 0


def generic_reader_gaps(sites: list, checks: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """Sites left to the generic reader whose pages it cannot read: the probe found no dated
    listing, or read one with low confidence, or the latest crawl got articles without dates."""
    from crawler.spiders.probe import MIN_CONFIDENCE

    gaps = []
    for site in sites:
        if site.platform != "generic":
            continue
        check = checks.get(site.domain)
        if site.probed and (site.listing_confidence or 0) < MIN_CONFIDENCE and site.probe != "ok":
            if site.probe.startswith(("no dated news listing", "no news listing")):
                gaps.append((site.domain, f"probe of {site.probed[:10]}: {site.probe}"))
        elif check and check["articles"] and check["dated"] < 0.5 * check["articles"]:
            gaps.append(
                (site.domain, f"{check['dated']} of {check['articles']} articles dated in the last crawl")
            )
    return gaps


def cmd_sites_grow(args: argparse.Namespace) -> int:
    from crawler import sites

    if args.action == "import":
        if not args.file:
            print("pobratym: sites import needs a CSV file", file=sys.stderr)
            return 2
        return sites.cmd_import(args.file)
    return sites.cmd_probe(args.site, args.all, args.route, args.db)


def cmd_nightly(args: argparse.Namespace) -> int:
    """The unattended job: every spider, incremental, under a lock, logged to a file."""
    args.db = Path(args.db) if args.db else (DEMO_DB if args.demo else DEFAULT_DB)
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


def cmd_archive(args: argparse.Namespace) -> int:
    """``archive export-fixture URL``: an archived response becomes a fixture with its expected reading."""
    import sqlite3

    import sqlite_utils

    from crawler.fixtures import export_fixture
    from pipelines.archive import latest_response

    if not Path(args.db).is_file():
        print(f"pobratym: no database at {args.db}", file=sys.stderr)
        return 2
    try:
        db = sqlite_utils.Database(sqlite3.connect(f"file:{Path(args.db).resolve()}?mode=ro", uri=True))
        archived = latest_response(db, args.url)
    except sqlite3.DatabaseError as error:
        print(f"pobratym: {args.db} is not a pobratym database ({error})", file=sys.stderr)
        return 2
    if archived is None:
        print(f"pobratym: {args.url} is not in the raw archive of {args.db}", file=sys.stderr)
        return 1
    try:
        written = export_fixture(archived, Path(args.output))
    except LookupError as error:
        print(f"pobratym: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(f"pobratym: wrote {path}")
    print('pobratym: check the expected fields against the page, then set "checked": true')
    return 0


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
    """Write the self-contained HTML report (charts, map and the newest facts) to a folder."""
    from crawler.report import write_report
    from pipelines.readonly import is_demo, open_readonly

    target = Path(args.output)
    if target.exists() and not target.is_dir():
        print(
            f"pobratym: {args.output} is a file; `report -o` names a folder to write index.html into",
            file=sys.stderr,
        )
        return 2
    db = open_readonly(args.db)
    try:
        page = write_report(db, target, demo=is_demo(db))
    finally:
        db.close()
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


def metadata_path(db_path: str | Path) -> Path:
    """The Datasette metadata file beside a database: data/pobratym.db → data/pobratym.metadata.json."""
    path = Path(db_path)
    return path.with_name(f"{path.stem}.metadata.json")


def write_datasette_metadata(db_path: str | Path) -> Path:
    """Write the database's Datasette metadata beside it, so plain ``datasette DB -m FILE`` works too."""
    import json

    from crawler.datasette_meta import metadata
    from pipelines.readonly import is_demo, open_readonly

    db = open_readonly(db_path)
    try:
        document = metadata(db, Path(db_path).stem, demo=is_demo(db))
    finally:
        db.close()
    target = metadata_path(db_path)
    target.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target


def _port_in_use(host: str, port: int) -> bool:
    import socket

    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the live database read-only in Datasette (the optional ``[analyst]`` extra) on loopback.

    The file is opened read-only, not as immutable, so Datasette sees each crawl, nightly run or
    reparse as it commits. ``pobratym serve`` becomes Datasette (exec), so SIGTERM or Ctrl-C stops it.
    """
    import shutil

    from pipelines.readonly import open_readonly
    from pipelines.storage import open_db

    datasette = shutil.which("datasette", path=str(Path(sys.executable).parent)) or shutil.which("datasette")
    if datasette is None:
        print(
            "pobratym: Datasette is not installed; run `.venv/bin/pip install -e '.[analyst]'`",
            file=sys.stderr,
        )
        return 2
    open_readonly(args.db).close()  # a missing or foreign file is a clear error, and is left as it is
    open_db(args.db).close()  # today's views and search, before Datasette opens the file read-only
    meta = write_datasette_metadata(args.db)
    if _port_in_use(args.host, args.port):
        print(
            f"pobratym: port {args.port} on {args.host} is in use (another Datasette?); "
            "choose another with --port",
            file=sys.stderr,
        )
        return 2
    command = [
        datasette,
        "serve",
        str(args.db),
        "--metadata",
        str(meta),
        "-h",
        args.host,
        "-p",
        str(args.port),
    ]
    print(f"pobratym: Datasette on http://{args.host}:{args.port}/ (read-only; Ctrl-C to stop)", flush=True)
    os.execv(datasette, command)
    return 0  # not reached: the process is Datasette now


def cmd_mirror(args: argparse.Namespace) -> int:
    from crawler.mirror import serve_mirror

    with serve_mirror() as server:
        print(f"pobratym: serving the portal mirror at {server.base_url} (Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


EPILOG = """\
exit codes:
  0  done
  1  a crawl or nightly run ended with failures or a layout alarm; `sites check` found a site to look
     at; `extract` skipped an input it could not read
  2  bad arguments or input (a file that is not a pobratym database, a wrong date, a busy port, …);
     a crawl that reached no site (no network?)
  3  `nightly`: another run holds the lock

environment variables:
  POBRATYM_DB           default database of every command and of `scrapy` (else data/pobratym.db)
  POBRATYM_CONTACT_URL  contact URL in the crawler's User-Agent
  POBRATYM_PROGRESS     0 turns the progress line off, 1 forces it (default: on a terminal only)
  POBRATYM_OVERLAP_PAGES  listing pages read past the first fully stored one (default 1)
"""

STATUSES = ["signed", "planned", "in_negotiation", "renewed", "terminated"]
DB_HELP = f"SQLite database (default {_shown(DEFAULT_DB)}, or the environment variable POBRATYM_DB)"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pobratym")
    except PackageNotFoundError:
        return "unknown"


def _add_crawl_parsers(commands: argparse._SubParsersAction) -> None:
    crawl = commands.add_parser(
        "crawl", help="crawl the portal and council sites (live by default) into SQLite",
        description="Crawl the live portal and every enabled council site into the database.",
    )  # fmt: skip
    crawl.add_argument(
        "--demo", action="store_true",
        help=f"crawl the bundled mirrors over loopback into {_shown(DEMO_DB)} (demo data, kept apart)",
    )  # fmt: skip
    crawl.add_argument("--db", type=Path, default=None, help=DB_HELP + f"; with --demo {_shown(DEMO_DB)}")
    crawl.add_argument("--base-url", help="portal base URL (default https://decentralization.gov.ua)")
    crawl.add_argument("--tags", help="comma-separated tag names to crawl (default: партнерство)")
    crawl.add_argument("--spiders", default="portal,councils", help="which spiders (default portal,councils)")
    crawl.add_argument(
        "--site", help="council site domain(s) to crawl, comma-separated (default: all enabled)"
    )
    crawl.add_argument("--sections", help="comma-separated section listings to walk too (e.g. news,en/news)")
    crawl.add_argument("--max-pages", type=int, help="stop each listing's pagination after N pages")
    crawl.add_argument("--csv", type=Path, help="also export the articles to this CSV file (and only to it)")
    crawl.add_argument("--log-level", default="INFO", help="Scrapy log level (default INFO)")
    crawl.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="log to the terminal instead of logs/ beside the database",
    )
    crawl.add_argument(
        "--refresh", action="store_true", help="fetch stored articles again (default: skip them)"
    )
    crawl.add_argument(
        "--backfill",
        action="store_true",
        help="council sites: also walk older listing pages, resuming where the last backfill stopped",
    )
    crawl.set_defaults(handler=cmd_crawl)

    nightly = commands.add_parser(
        "nightly", help="the unattended job: every spider, incremental, under a lock, logged to logs/",
        description="Every spider, incremental, under a lock on DB.lock, "
        "logged to logs/ beside the database.",
    )  # fmt: skip
    nightly.add_argument(
        "--demo", action="store_true", help=f"run against the bundled mirrors into {_shown(DEMO_DB)}"
    )
    nightly.add_argument("--db", type=Path, default=None, help=DB_HELP)
    nightly.add_argument("--refresh", action="store_true", help="fetch stored articles again")
    nightly.add_argument(
        "--backfill", action="store_true", help="council sites: continue each site's archive backfill"
    )
    nightly.add_argument("--log-level", default="INFO", help="Scrapy log level (default INFO)")
    # The crawl options a nightly run does not expose: every spider, every enabled site.
    nightly.set_defaults(
        handler=cmd_nightly, spiders="portal,councils", site=None, tags=None, sections=None,
        max_pages=None, base_url=None, csv=None,
    )  # fmt: skip

    archive = commands.add_parser(
        "archive", help="the raw archive: turn an archived page into a test fixture"
    )
    archive.add_argument(
        "action",
        choices=["export-fixture"],
        help="export-fixture: write a page's archived response as a test fixture",
    )
    archive.add_argument("url", help="the page's URL (on its real domain, or as fetched)")
    archive.add_argument(
        "-o", "--output", default=str(REPO_ROOT / "tests" / "fixtures" / "pages" / "archived"), help="folder"
    )
    archive.add_argument("--db", type=Path, default=DEFAULT_DB, help=DB_HELP)
    archive.set_defaults(handler=cmd_archive)

    reparse = commands.add_parser("reparse", help="rebuild the dataset from the raw archive (no network)")
    reparse.add_argument("--db", type=Path, default=DEFAULT_DB, help=DB_HELP)
    reparse.set_defaults(handler=cmd_reparse)


def _add_export_parser(commands: argparse._SubParsersAction) -> None:
    from crawler.export import DATE_MEANING

    dates = "; ".join(f"{what}: {meaning}" for what, meaning in DATE_MEANING.items())
    export = commands.add_parser(
        "export", help="export the dataset as CSV for spreadsheets (or JSON, GeoJSON)",
        description="Export articles, partnerships or evidence. The database is opened read-only. "
        f"--since/--until filter on {dates}.",
    )  # fmt: skip
    export.add_argument("what", choices=["articles", "partnerships", "evidence"], help="what to export")
    export.add_argument(
        "--oblast", help="oblast name or part of it, any case and apostrophe (хмельницька); a domestic tie "
        "matches by either hromada's oblast"
    )  # fmt: skip
    export.add_argument(
        "--hromada", help="hromada name or part of it (any case and apostrophe), or its KATOTTG code; "
        "a domestic tie matches by either of its hromadas"
    )  # fmt: skip
    export.add_argument(
        "--country", help="partner country: ISO 3166-1 alpha-2 code (PL, FR) or name (Польща)"
    )
    export.add_argument("--status", choices=STATUSES, help="status of the partnership or fact")
    export.add_argument(
        "--since",
        help="from this date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD (a partial date is its first day)",
    )
    export.add_argument(
        "--until",
        help="up to this date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD (a partial date is its last day)",
    )
    export.add_argument(
        "--min-confidence",
        help="only facts (evidence) or partnerships (by their surest fact) whose confidence is at least "
        "this, 0 to 1 (README: how sure a row is)",
    )
    export.add_argument("-o", "--output", required=True, help="file to write, or - for standard output")
    export.add_argument("--db", type=Path, default=DEFAULT_DB, help=DB_HELP)
    export.add_argument("--no-bom", action="store_true", help="plain UTF-8 without BOM, for machines")
    export.add_argument(
        "--semicolon", action="store_true",
        help="separate CSV cells with ; (for spreadsheets in locales with a decimal comma, "
        "such as Ukrainian)",
    )  # fmt: skip
    export.add_argument(
        "--format", choices=["csv", "json", "geojson"], default="csv", help="csv (default), json, or geojson"
    )
    export.set_defaults(handler=cmd_export)


def _add_tool_parsers(commands: argparse._SubParsersAction) -> None:
    extract = commands.add_parser(
        "extract", help="print partnership facts of saved pages or .txt articles as JSON"
    )
    extract.add_argument("paths", nargs="+", help="HTML or text files, or - for standard input")
    extract.add_argument(
        "--format",
        choices=["jsonl", "json"],
        default="jsonl",
        help="one JSON object per line, or a JSON array",
    )
    extract.add_argument("--url", help="the URL the page was fetched from (canonical id, language)")
    extract.add_argument("--owner", help="KATOTTG code of the hromada whose site published the article")
    extract.set_defaults(handler=cmd_extract)

    serve = commands.add_parser(
        "serve", help="browse the live database read-only in Datasette (extra [analyst])",
        description="Datasette on the database, read-only; it sees every crawl and reparse as it commits. "
        "The metadata is written beside the database (NAME.metadata.json).",
    )  # fmt: skip
    serve.add_argument("--db", type=Path, default=DEFAULT_DB, help=DB_HELP)
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine)"
    )
    serve.add_argument("--port", type=int, default=8001, help="port to listen on (default 8001)")
    serve.set_defaults(handler=cmd_serve)

    report = commands.add_parser("report", help="write a self-contained HTML report with charts and a map")
    report.add_argument("-o", "--output", required=True, help="folder to write index.html into")
    report.add_argument("--db", type=Path, default=DEFAULT_DB, help=DB_HELP)
    report.set_defaults(handler=cmd_report)

    runs = commands.add_parser("runs", help="the last crawl runs per spider and each site's latest check")
    runs.add_argument("--db", type=Path, default=DEFAULT_DB, help=DB_HELP)
    runs.add_argument("--limit", type=int, default=5, help="runs shown per spider (default 5)")
    runs.set_defaults(handler=cmd_runs)

    schema = commands.add_parser("schema-docs", help="regenerate docs/schema.md from the database schema")
    schema.add_argument("-o", "--output", default=str(REPO_ROOT / "docs" / "schema.md"), help="file to write")
    schema.set_defaults(handler=cmd_schema_docs)

    sites = commands.add_parser(
        "sites", help="the council site registry: list, check the latest crawl, import leads, probe them"
    )
    sites.add_argument(
        "action", choices=["list", "check", "import", "probe"],
        help="list: the registry; check: per site, whether its latest crawl reached it, its pages parsed "
        "and it published lately (exit 1 when an enabled site needs a look); import: add leads from a CSV; "
        "probe: verify and classify leads (needs the network)",
    )  # fmt: skip
    sites.add_argument("file", nargs="?", help="import: CSV of hosts (domain, code, platform_guess, source)")
    sites.add_argument("--db", type=Path, default=DEFAULT_DB, help=DB_HELP)
    sites.add_argument(
        "--quiet-days", type=int, default=DEFAULT_QUIET_DAYS,
        help="alarm when a site's newest article is older than this many days "
        f"(default {DEFAULT_QUIET_DAYS})",
    )  # fmt: skip
    sites.add_argument("--site", help="probe: domain(s), comma-separated")
    sites.add_argument("--all", action="store_true", help="probe: every site not yet verified")
    sites.add_argument("--route", help="probe: send host names to loopback servers ('*=127.0.0.1:PORT')")
    sites.set_defaults(handler=cmd_sites)

    mirror = commands.add_parser("mirror", help="serve the bundled portal mirror on 127.0.0.1")
    mirror.set_defaults(handler=cmd_mirror)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pobratym", description=__doc__.splitlines()[0], epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"pobratym {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_crawl_parsers(commands)
    _add_export_parser(commands)
    _add_tool_parsers(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; what goes wrong is a one-line message and an exit code, never a traceback."""
    import sqlite3

    from pipelines.readonly import DatasetError

    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except DatasetError as error:
        print(f"pobratym: {error}", file=sys.stderr)
    except sqlite3.DatabaseError as error:
        database = getattr(args, "db", None) or "the database"
        if "not a database" in str(error):
            print(f"pobratym: {database} is not a SQLite database ({error}).", file=sys.stderr)
        else:
            print(f"pobratym: {database} cannot be used: {error}", file=sys.stderr)
    except BrokenPipeError:
        # The reader (head, less) stopped reading: nothing is wrong; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("pobratym: interrupted", file=sys.stderr)
        return 130
    except OSError as error:
        where = f" {error.filename}" if error.filename else ""
        print(f"pobratym: cannot write or read{where}: {error.strerror or error}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
