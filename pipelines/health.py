"""Layout-change alarm: a site whose pages suddenly lack a field fails the run, loudly, by name.

Per spider and site, the share of this run's new or changed articles that have each field is
compared with the last good run. A share that falls below ``POBRATYM_ALARM_KEEP`` times the last
good share (with at least ``POBRATYM_ALARM_MIN_ARTICLES`` articles to judge) is an alarm: the run
is marked failed and the message names the site and the field.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import sqlite_utils

from parsers.records import Article
from pipelines.storage import transaction

FIELDS = {
    "title": lambda article: bool(article.title),
    "published": lambda article: bool(article.published),
    "body": lambda article: bool(article.body),
    "tags": lambda article: bool(article.tags),
    "oblasts": lambda article: bool(article.oblasts),
}
FIELDS_BY_SOURCE = {"portal": ("title", "published", "body", "tags", "oblasts")}
DEFAULT_FIELDS = ("title", "published", "body")


@dataclass
class FieldHealth:
    """How many articles of each site had each field, in this run."""

    articles: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    present: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    fields: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def add(self, article: Article) -> None:
        names = FIELDS_BY_SOURCE.get(article.source, DEFAULT_FIELDS)
        self.fields[article.site] = names
        self.articles[article.site] += 1
        for name in names:
            self.present[(article.site, name)] += FIELDS[name](article)


def ensure_health_table(db: sqlite_utils.Database) -> None:
    if "field_health" not in db.table_names():
        db["field_health"].create(
            {
                "run_id": int,
                "spider": str,
                "site": str,
                "field": str,
                "articles": int,
                "present": int,
                "share": float,
            },
            pk=("run_id", "site", "field"),
            foreign_keys=[("run_id", "crawl_runs", "id")],
        )


def check_and_record(
    db: sqlite_utils.Database, run_id: int, spider: str, health: FieldHealth, keep: float, min_articles: int
) -> list[str]:
    """Compare this run's field shares with the last good run's; record them; return the alarms."""
    ensure_health_table(db)
    alarms = []
    rows = []
    for site, total in sorted(health.articles.items()):
        for name in health.fields[site]:
            present = health.present[(site, name)]
            share = present / total
            rows.append(
                {
                    "run_id": run_id,
                    "spider": spider,
                    "site": site,
                    "field": name,
                    "articles": total,
                    "present": present,
                    "share": share,
                }
            )
            last = _last_good_share(db, spider, site, name)
            if total >= min_articles and last is not None and share < last[0] * keep:
                alarms.append(
                    f"layout alarm: {site}: field '{name}' found in {present} of {total} articles "
                    f"({share:.0%}); "
                    f"it was {last[0]:.0%} in run {last[1]}. Has the site's layout changed?"
                )
    with transaction(db):
        db["field_health"].upsert_all(rows, pk=("run_id", "site", "field"))
    return alarms


def _last_good_share(
    db: sqlite_utils.Database, spider: str, site: str, name: str
) -> tuple[float, int] | None:
    row = db.execute(
        "SELECT h.share, h.run_id FROM field_health h JOIN crawl_runs r ON r.id = h.run_id "
        "WHERE h.spider = ? AND h.site = ? AND h.field = ? AND r.status IN ('finished', 'partial') "
        "AND (r.alarms IS NULL OR r.alarms = '[]') ORDER BY h.run_id DESC LIMIT 1",
        [spider, site, name],
    ).fetchone()
    return (row[0], row[1]) if row else None


def newest_articles_by_site(db: sqlite_utils.Database) -> dict[str, str]:
    """The publication date of each site's newest stored article: how quiet a site has been."""
    if "articles" not in db.table_names():
        return {}
    rows = db.execute("SELECT site, max(substr(published, 1, 10)) FROM articles GROUP BY site")
    return {site: newest for site, newest in rows if newest}


RUN_COLUMNS = (
    "id", "spider", "started", "finished", "status", "requests", "new_articles", "updated_articles",
    "new_facts", "warnings", "errors", "alarms",
)  # fmt: skip


def recent_runs(db: sqlite_utils.Database, per_spider: int = 5) -> list[dict[str, object]]:
    """The last ``per_spider`` crawl runs of each spider, newest first within each spider."""
    if "crawl_runs" not in db.table_names():
        return []
    columns = ", ".join(RUN_COLUMNS)
    rows = db.execute(
        f"SELECT {columns} FROM (SELECT *, row_number() OVER (PARTITION BY spider ORDER BY id DESC) AS n "
        "FROM crawl_runs) WHERE n <= ? ORDER BY spider, id DESC",
        [per_spider],
    )
    return [dict(zip(RUN_COLUMNS, row, strict=True)) for row in rows]
