"""The README's "first ten minutes" walkthrough, command by command, on the demo dataset.

Commands are read from the README itself, so the walkthrough cannot drift from what is tested:
a new command there without a check here fails. The Datasette clicks are in test_browser.py.
"""

from __future__ import annotations

import csv
import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from parsers.text import normalize_name
from tests.conftest import REPO_ROOT, datasette_server

README = REPO_ROOT / "README.md"
SECTION = "## Your first ten minutes"


def walkthrough_text() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.index("\n## ", start + len(SECTION))
    return text[start:end]


def walkthrough_commands() -> list[str]:
    """Every command line of the walkthrough's shell blocks, in order."""
    blocks = re.findall(r"```sh\n(.*?)```", walkthrough_text(), flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def walkthrough_urls() -> list[str]:
    return re.findall(r"http://127\.0\.0\.1:8001/[^\s)]*[^\s):.,]", walkthrough_text())


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: no BOM for Excel"
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


def check_countries(out: str, folder: Path, db: Path) -> None:
    top = rows(db, "SELECT country_name_uk, partnerships, hromadas FROM partnerships_by_country LIMIT 5")
    table = [line.split() for line in out.splitlines()[2:]]
    assert table == [[name, str(count), str(hromadas)] for name, count, hromadas in top]
    assert top[0][0] == "Україна"  # domestic partnerships lead the demo set


def check_search(out: str, folder: Path, db: Path) -> None:
    found = {line.split()[0] for line in out.splitlines()[2:]}
    expected = {  # the word in any apostrophe form, as FTS tokens: not part of a longer word
        url
        for url, title, body in rows(db, "SELECT url, title, body FROM articles")
        if re.search(r"(?<!\w)кам'янець(?!\w)", normalize_name(f"{title} {body}").lower())
    }
    assert found == expected and len(found) == 6
    assert "https://decentralization.gov.ua/news/17342" in found  # written Кам’янець there


def check_polish(out: str, folder: Path, db: Path) -> None:
    exported = read_csv(folder / "partnerships-PL.csv")
    expected = rows(
        db, "SELECT hromada, partner_name FROM partnerships_flat WHERE country_iso2 = 'PL' ORDER BY 1, 2"
    )
    assert sorted((row["hromada"], row["partner_name"]) for row in exported) == expected
    assert all(row["evidence_urls"].startswith("https://") and row["evidence"] for row in exported)


def check_evidence(out: str, folder: Path, db: Path) -> None:
    exported = read_csv(folder / "evidence-khmelnytska.csv")
    assert (
        len(exported) == 9
    )  # both sides of the domestic ties: 5 facts name the oblast's hromada as the partner
    assert all("Хмельницька область" in (row["oblast"], row["partner_oblast"]) for row in exported)
    assert sum(row["oblast"] != "Хмельницька область" for row in exported) == 5
    assert {row["dataset"] for row in exported} == {"demo data"}
    assert min(row["article_published"] for row in exported) >= "2025-01-01"
    assert all(row["sentence"] and row["article_url"].startswith("https://") for row in exported)


def check_report(out: str, folder: Path, db: Path) -> None:
    page = (folder / "report" / "index.html").read_text(encoding="utf-8")
    assert page.count('<div class="chart"') == 4 and page.count('<svg class="map"') == 1
    assert 'id="demo-banner"' in page


CHECKS: dict[str, Callable[[str, Path, Path], None]] = {
    ".venv/bin/sqlite-utils data/demo.db": check_countries,
    ".venv/bin/sqlite-utils search": check_search,
    ".venv/bin/pobratym export partnerships": check_polish,
    ".venv/bin/pobratym export evidence": check_evidence,
    ".venv/bin/pobratym report": check_report,
}


@pytest.fixture
def workplace(demo_db: Path, tmp_path: Path) -> Path:
    """A folder laid out like the repo root: ``.venv`` and ``data/demo.db`` (a copy of the demo)."""
    (tmp_path / ".venv").symlink_to(REPO_ROOT / ".venv")
    (tmp_path / "data").mkdir()
    shutil.copy(demo_db, tmp_path / "data" / "demo.db")
    return tmp_path


def test_the_walkthrough_shows_serve_and_five_commands_each_checked():
    commands = walkthrough_commands()
    assert commands[0] == ".venv/bin/pobratym serve --db data/demo.db"
    unchecked = [command for command in commands[1:] if not any(command.startswith(p) for p in CHECKS)]
    assert unchecked == []
    assert len(commands) == 1 + len(CHECKS)


def test_every_walkthrough_command_runs_and_gives_what_the_readme_says(workplace):
    db = workplace / "data" / "demo.db"
    environment = {
        **os.environ,
        "POBRATYM_DB": str(workplace / "data" / "pobratym.db"),
        "POBRATYM_PROGRESS": "0",
    }
    for command in walkthrough_commands()[1:]:
        result = subprocess.run(
            shlex.split(command), cwd=workplace, capture_output=True, text=True, env=environment, timeout=120
        )
        assert result.returncode == 0, (command, result.stderr)
        check = next(check for prefix, check in CHECKS.items() if command.startswith(prefix))
        check(result.stdout, workplace, db)


def test_every_walkthrough_address_answers_in_datasette(demo_db):
    urls = walkthrough_urls()
    assert len(urls) == 4
    with datasette_server(demo_db) as server:
        for url in urls:
            local = url.replace("http://127.0.0.1:8001", server)
            with urllib.request.urlopen(local, timeout=10) as response:  # noqa: S310 (loopback only)
                page = response.read().decode("utf-8")
            assert response.status == 200, url
            if "country_iso2=PL" in url:
                assert page.count('<td class="col-country_iso2 type-str">PL</td>') == 5
            if "country=FR" in url:
                assert page.count('<td class="col-country_iso2">FR</td>') == 4
