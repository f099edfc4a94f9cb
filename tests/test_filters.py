"""What analysts and journalists filter on: both sides of a domestic tie, checked dates, names in any
case and apostrophe, countries by code or name; views, exports and the report agree."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess

import pytest

from crawler.datasette_meta import SAVED_QUERIES
from crawler.export import FilterError, country_code, country_names, date_range, export_table
from tests.conftest import BIN, KAMIANETS, NIKOPOL, REPO_ROOT, two_sided_db


@pytest.fixture
def db(tmp_path):
    return two_sided_db(tmp_path / "two.db")


def exported(db, tmp_path, what: str = "partnerships", **filters) -> list[dict[str, str]]:
    target = tmp_path / f"{what}.csv"
    export_table(db, what, target, filters=filters)
    return list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))


def partners(rows: list[dict[str, str]]) -> set[str]:
    return {row["partner_name"] for row in rows}


def test_a_domestic_tie_counts_in_both_oblasts_and_for_both_hromadas(db):
    by_oblast = {row["oblast"]: row for row in db["partnerships_by_oblast"].rows}
    assert by_oblast["Хмельницька область"]["partnerships"] == 3
    assert by_oblast["Хмельницька область"]["domestic"] == 1
    assert by_oblast["Дніпропетровська область"]["partnerships"] == 1
    sides = {
        (row["hromada_katottg"], row["partner_katottg"], row["side"])
        for row in db["hromada_partnerships"].rows
        if row["domestic"]
    }
    assert sides == {(NIKOPOL, KAMIANETS, "hromada"), (KAMIANETS, NIKOPOL, "partner")}
    ukraine = next(row for row in db["partnerships_by_country"].rows if row["country_iso2"] == "UA")
    assert (ukraine["partnerships"], ukraine["hromadas"]) == (1, 2)


def test_the_saved_query_lists_a_hromadas_ties_from_either_side_with_any_apostrophe(db):
    sql = SAVED_QUERIES["partnerships_of_a_hromada"]["sql"]
    rows = db.execute(sql, {"hromada": "Кам’янець"}).fetchall()
    assert len(rows) == 3
    assert len(db.execute(sql, {"hromada": NIKOPOL}).fetchall()) == 1


def test_export_filters_find_a_domestic_tie_by_either_hromada_and_oblast(db, tmp_path):
    assert partners(exported(db, tmp_path, hromada="кам’янець-подільська")) == {
        "Cihanbeyli", "Bochnia", "Kamianets-Podilska",
    }  # fmt: skip
    assert partners(exported(db, tmp_path, hromada=KAMIANETS.lower())) == {
        "Cihanbeyli", "Bochnia", "Kamianets-Podilska",
    }  # fmt: skip
    assert partners(exported(db, tmp_path, oblast="ДНІПРОПЕТРОВСЬКА")) == {"Kamianets-Podilska"}
    facts = exported(db, tmp_path, "evidence", oblast="хмельницька")
    assert len(facts) == 3 and {row["partner_oblast"] for row in facts} == {"", "Хмельницька область"}


def test_dates_are_yyyy_yyyy_mm_or_yyyy_mm_dd_and_nothing_else():
    assert date_range("2022") == ("2022-01-01", "2022-12-31")
    assert date_range("2024-02") == ("2024-02-01", "2024-02-29")
    assert date_range("2025-03-31") == ("2025-03-31", "2025-03-31")
    for wrong in ("2025-13-45", "01.01.2025", "2025-1-5", "вчора", "2025-02-30"):
        with pytest.raises(FilterError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
            date_range(wrong)


def test_a_partial_date_is_a_range_and_views_exports_agree_on_a_year(db, tmp_path):
    # The domestic tie is dated 2025-05: it overlaps any range that touches May 2025.
    assert "Kamianets-Podilska" in partners(exported(db, tmp_path, since="2025-05-20"))
    assert "Kamianets-Podilska" not in partners(exported(db, tmp_path, until="2025-04"))
    in_2025 = exported(db, tmp_path, since="2025", until="2025")
    by_year = dict(db.execute("SELECT year, partnerships FROM partnerships_by_year").fetchall())
    assert len(in_2025) == by_year["2025"] == 2
    assert by_year[None] == 1  # the tie that is only mentioned: year unknown, in no date range
    assert "Bochnia" not in partners(exported(db, tmp_path, since="1900"))
    with pytest.raises(FilterError, match="reversed"):
        exported(db, tmp_path, since="2025-06", until="2025-05-31")


def test_country_by_iso_code_or_ukrainian_name_and_non_iso_codes_are_named(db, tmp_path):
    names = country_names(db)
    assert country_code("pl", names) == "PL"
    assert country_code("Польща", names) == "PL"
    assert country_code("туреччина", names) == "TR"
    with pytest.raises(FilterError, match="UK is not an ISO 3166-1 code; write GB"):
        country_code("UK", names)
    with pytest.raises(FilterError, match="no country has the ISO 3166-1 code XQ"):
        country_code("xq", names)
    assert partners(exported(db, tmp_path, country="Польща")) == {"Bochnia"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--since", "2025-13-45"], "not a real date: write YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--until", "01.01.2025"], "not a date: write YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--since", "2025", "--until", "2024"], "the range is reversed"),
        (["--country", "UK"], "write GB"),
    ],
)
def test_wrong_filters_are_one_line_errors_that_say_the_format(tmp_path, arguments, message):
    path = tmp_path / "two.db"
    two_sided_db(path).close()
    result = subprocess.run(
        [str(BIN / "pobratym"), "export", "partnerships", "--db", str(path), "-o", str(tmp_path / "x.csv"), *arguments],
        cwd=REPO_ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.csv").exists()


def test_help_says_which_date_each_export_filters_on():
    result = subprocess.run([str(BIN / "pobratym"), "export", "--help"], capture_output=True, text=True)
    text = " ".join(result.stdout.split())
    assert "evidence: the publication date of the article that states the fact" in text
    assert "partnerships: the date of the signing or event" in text
    assert "articles: the article's publication date" in text


def test_the_stored_sentence_and_views_still_read_with_sqlite3(db, tmp_path):
    db.close()
    with sqlite3.connect(tmp_path / "two.db") as connection:
        assert connection.execute("SELECT count(*) FROM hromada_partnerships").fetchone()[0] == 4
