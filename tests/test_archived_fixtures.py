"""Archived pages turned into fixtures (``pobratym archive export-fixture``) and held to their expected JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.cli import main
from crawler.fixtures import expected_of
from parsers.reading import read_fetched
from pipelines.archive import ArchivedResponse, archive_response, ensure_archive
from pipelines.reparse import fetched_from_archive
from pipelines.storage import open_db

ARCHIVED = Path(__file__).parent / "fixtures" / "pages" / "archived"
GROMADA = Path(__file__).parent / "fixtures" / "pages" / "gromada"
RESPONSES = sorted(ARCHIVED.glob("*.response.json"))


def archived_fixture(response_file: Path) -> ArchivedResponse:
    response = json.loads(response_file.read_text(encoding="utf-8"))
    body = response_file.with_name(response_file.name.replace(".response.json", ".html")).read_bytes()
    return ArchivedResponse(body=body, kind="article", **response)


def test_there_are_archived_fixtures():
    assert RESPONSES, "tests/fixtures/pages/archived/ holds at least one exported page"


@pytest.mark.parametrize(
    "response_file", RESPONSES, ids=[path.name.split(".response")[0] for path in RESPONSES]
)
def test_archived_page_reads_as_its_checked_expectation(response_file: Path):
    expected = json.loads(
        response_file.with_name(response_file.name.replace(".response", ".expected")).read_text()
    )
    assert expected.pop("checked") is True, "a person has checked this fixture's expected fields"
    got = expected_of(read_fetched(fetched_from_archive(archived_fixture(response_file))))
    for field, value in expected.items():
        assert got[field] == value, field


def test_export_fixture_writes_body_response_and_an_unchecked_expectation(tmp_path: Path, capsys):
    db_path = tmp_path / "archive.db"
    db = open_db(db_path)
    ensure_archive(db)
    body = (GROMADA / "creative_article.html").read_bytes()
    archive_response(
        db,
        url="http://127.0.0.1:8123/news/1725436800/",
        final_url="http://127.0.0.1:8123/news/1725436800/",
        status=200,
        headers={"Content-Type": "text/html; charset=utf-8"},
        body=body,
        spider="councils",
        kind="article",
        site="drabivska-gromada.gov.ua",
    )
    db.close()
    out = tmp_path / "fixtures"
    url = "https://drabivska-gromada.gov.ua/news/1725436800/"
    assert main(["archive", "export-fixture", url, "-o", str(out), "--db", str(db_path)]) == 0
    name = "drabivska-gromada.gov.ua_news_1725436800"
    assert (out / f"{name}.html").read_bytes() == body
    response = json.loads((out / f"{name}.response.json").read_text(encoding="utf-8"))
    assert response["status"] == 200 and response["site"] == "drabivska-gromada.gov.ua"
    assert response["headers"] == {"Content-Type": "text/html; charset=utf-8"}
    expected = json.loads((out / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert expected["checked"] is False
    assert expected["title"] == "Сесія селищної ради затвердила програму ремонту доріг"
    assert expected["published"] == "2024-09-04T11:00:00+03:00"
    assert expected["layout"] == "gromada/creative"
    assert "check the expected fields" in capsys.readouterr().out


def test_export_fixture_of_an_unknown_url_says_so(tmp_path: Path, capsys):
    db_path = tmp_path / "empty.db"
    open_db(db_path).close()
    assert (
        main(
            ["archive", "export-fixture", "https://example.org/x", "-o", str(tmp_path), "--db", str(db_path)]
        )
        == 1
    )
    assert "not in the raw archive" in capsys.readouterr().err


def test_export_fixture_from_a_file_that_is_not_a_database(tmp_path: Path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    assert (
        main(["archive", "export-fixture", "https://example.org/x", "--db", str(junk), "-o", str(tmp_path)])
        == 2
    )
    assert "not a pobratym database" in capsys.readouterr().err
