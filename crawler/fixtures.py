"""Turn an archived real page into a test fixture, as Fundus and web-poet grow theirs.

``pobratym archive export-fixture URL -o DIR`` writes the latest archived response of a page from
the database: the body byte for byte as served (``<name>.html``), the response around it
(``<name>.response.json``: URL, final URL, status, headers, fetch time, spider, site) and what
today's readers make of it (``<name>.expected.json``, ``"checked": false``). A person reads the
page, corrects the expected fields and sets ``"checked": true``; ``tests/test_archived_fixtures.py``
then holds every reader to it. The nightly archive already keeps exactly these inputs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from parsers.reading import Reading, read_fetched
from pipelines.archive import ArchivedResponse
from pipelines.reparse import fetched_from_archive

EXPECTED_FIELDS = ("url", "title", "published", "views", "layout", "lead", "body", "warnings")


def fixture_name(archived: ArchivedResponse) -> str:
    """A file name from the page's site and path: ``drabivska-gromada.gov.ua_news_1614091939``."""
    key = re.sub(
        r"^https?://", "", archived.url if not archived.site else f"{archived.site}/{_path(archived)}"
    )
    return re.sub(r"[^\w.-]+", "_", key).strip("_")[:120]


def _path(archived: ArchivedResponse) -> str:
    return re.sub(r"^https?://[^/]+/?", "", archived.url)


def expected_of(reading: Reading) -> dict[str, Any]:
    """What a reading says, in the fields a person checks against the page."""
    if reading.article is None:
        failure = reading.failure
        return {
            "url": reading.url,
            "no_article": failure.kind,
            "stage": failure.stage,
            "reason": failure.reason,
        }
    article = reading.article
    return {name: getattr(article, name) for name in EXPECTED_FIELDS} | {"facts": len(reading.facts)}


def export_fixture(archived: ArchivedResponse, folder: Path) -> list[Path]:
    """Write the body, the response and today's expected reading; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    name = fixture_name(archived)
    response = {
        "url": archived.url,
        "final_url": archived.final_url,
        "status": archived.status,
        "headers": archived.headers,
        "fetched": archived.fetched,
        "spider": archived.spider,
        "site": archived.site,
    }
    fetched = fetched_from_archive(archived)
    if fetched is None:
        raise LookupError(f"the site {archived.site!r} of this page is no longer in the registry")
    expected = {"checked": False, **expected_of(read_fetched(fetched))}
    files = {
        folder / f"{name}.html": archived.body,
        folder / f"{name}.response.json": _json(response),
        folder / f"{name}.expected.json": _json(expected),
    }
    for path, data in files.items():
        path.write_bytes(data)
    return list(files)


def _json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
