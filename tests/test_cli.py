"""What a user of the command expects: messages instead of tracebacks, no side effects on files the
user did not name, demo data kept apart, --version, help everywhere, `pobratym runs`."""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from crawler.cli import build_parser, main
from tests.conftest import BIN, REPO_ROOT, free_port, one_partnership_db

POBRATYM = str(BIN / "pobratym")


def run(*arguments: str, stdin: bytes | None = None, **options) -> subprocess.CompletedProcess:
    return subprocess.run(
        [POBRATYM, *arguments], cwd=REPO_ROOT, capture_output=True, input=stdin, timeout=120, **options
    )


def said(result: subprocess.CompletedProcess) -> str:
    return result.stderr.decode("utf-8") + result.stdout.decode("utf-8")


def run_here(capsys, *arguments: str) -> subprocess.CompletedProcess:
    """``pobratym ARGUMENTS`` in this process (quicker than a new interpreter), as a finished process."""
    status = main(list(arguments))
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(arguments, status, out.encode("utf-8"), err.encode("utf-8"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def small_db(tmp_path) -> Path:
    path = tmp_path / "small.db"
    one_partnership_db(path).close()
    return path


# ---- files the user did not name ----------------------------------------------------------------------


def test_export_and_report_never_change_the_database_they_read(small_db, tmp_path, capsys):
    before = digest(small_db)
    assert (
        run_here(
            capsys, "export", "partnerships", "--db", str(small_db), "-o", str(tmp_path / "p.csv")
        ).returncode
        == 0
    )
    assert run_here(capsys, "report", "--db", str(small_db), "-o", str(tmp_path / "report")).returncode == 0
    assert digest(small_db) == before


IN_PROCESS = ("export", "report", "runs", "sites", "reparse", "crawl", "nightly")  # serve would exec
READERS = [["export", "articles", "-o", "-"], ["report", "-o", "REPORT"], ["runs"], ["sites", "check"],
           ["serve", "--port", "1"]]  # fmt: skip
WRITERS = [["reparse"], ["crawl", "--spiders", "portal"], ["nightly"]]
TEXT = b"this is a text file, not a database\n" * 20


@pytest.mark.parametrize(
    ("command", "content"),
    [(command, b"") for command in READERS] + [(command, TEXT) for command in READERS + WRITERS],
)
def test_a_file_that_is_not_a_pobratym_database_is_a_message_and_stays_as_it_was(
    tmp_path, capsys, command, content
):
    """Commands that only read never create a database (a 0-byte file stays 0 bytes); none of them
    changes a file that is not one."""
    target = tmp_path / "other.db"
    target.write_bytes(content)
    arguments = [part.replace("REPORT", str(tmp_path / "report")) for part in command]
    runner = (lambda *a: run_here(capsys, *a)) if command[0] in IN_PROCESS else run
    result = runner(*arguments, "--db", str(target))
    assert result.returncode == 2, said(result)
    assert "Traceback" not in said(result)
    assert "not a SQLite database" in said(result) or "not a pobratym database" in said(result), said(result)
    assert target.read_bytes() == content
    assert not (tmp_path / "report").exists()


def test_output_to_a_folder_a_missing_folder_or_an_existing_report_file_is_a_message(
    small_db, tmp_path, capsys
):
    def run(*arguments: str) -> subprocess.CompletedProcess:
        return run_here(capsys, *arguments)

    folder = run("export", "articles", "--db", str(small_db), "-o", str(tmp_path))
    assert folder.returncode == 2 and "is a folder; name a file" in said(folder)
    missing = run("export", "articles", "--db", str(small_db), "-o", str(tmp_path / "no" / "such" / "x.csv"))
    assert missing.returncode == 2 and "does not exist" in said(missing)
    unwritable = run("export", "articles", "--db", str(small_db), "-o", "/proc/version")
    assert unwritable.returncode == 2 and "Traceback" not in said(unwritable)
    existing = tmp_path / "report.html"
    existing.write_text("mine", encoding="utf-8")
    report = run("report", "--db", str(small_db), "-o", str(existing))
    assert report.returncode == 2 and "is a file" in said(report)
    assert existing.read_text(encoding="utf-8") == "mine"


def test_output_piped_into_head_ends_quietly(demo_db):
    result = subprocess.run(
        f"{POBRATYM} export articles --db {demo_db} -o - | head -c 100 > /dev/null",
        shell=True, capture_output=True, text=True, timeout=120, cwd=REPO_ROOT,
    )  # fmt: skip
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr


def test_semicolon_separated_csv_for_ukrainian_spreadsheets(small_db, tmp_path, capsys):
    target = tmp_path / "p.csv"
    assert (
        run_here(
            capsys, "export", "partnerships", "--db", str(small_db), "-o", str(target), "--semicolon"
        ).returncode
        == 0
    )
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("hromada;hromada_katottg;oblast;")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert rows[0]["partner_name"] == "Cihanbeyli"


# ---- extract -------------------------------------------------------------------------------------------


def test_extract_warns_about_empty_and_binary_files_instead_of_inventing_an_article(tmp_path):
    empty, binary = tmp_path / "empty.txt", tmp_path / "photo.html"
    empty.write_bytes(b"")
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = run("extract", str(empty), str(binary))
    assert result.returncode == 1 and result.stdout == b""
    assert f"warning: {empty} is empty; skipped" in said(result)
    assert f"warning: {binary} is not a text or HTML file" in said(result)


@pytest.mark.parametrize("owner", ["Кам'янець", "UA123", "UA99999999999999999"])
def test_extract_owner_must_be_a_katottg_code(tmp_path, owner):
    article = tmp_path / "a.txt"
    article.write_text("Заголовок\n\nТекст.\n", encoding="utf-8")
    result = run("extract", "--owner", owner, str(article))
    assert result.returncode == 2 and "--owner" in said(result) and "Traceback" not in said(result)


# ---- demo data apart ------------------------------------------------------------------------------------


def test_demo_data_is_labelled_and_never_mixed_with_live_data(demo_db, tmp_path):
    live = tmp_path / "live.db"
    one_partnership_db(live).close()
    refused = run("crawl", "--demo", "--db", str(live))
    assert refused.returncode == 2 and "holds live data" in said(refused)
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_db.read_bytes())
    before = digest(copy)
    refused = run("crawl", "--spiders", "portal", "--db", str(copy))
    assert refused.returncode == 2 and "holds demo data" in said(refused)
    assert digest(copy) == before
    exported = run("export", "partnerships", "--db", str(copy), "-o", "-")
    rows = list(csv.DictReader(io.StringIO(exported.stdout.decode("utf-8-sig"))))
    assert rows and {row["dataset"] for row in rows} == {"demo data"}
    assert run("report", "--db", str(copy), "-o", str(tmp_path / "r")).returncode == 0
    assert "Demo data" in (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    live_rows = run("export", "partnerships", "--db", str(live), "-o", "-").stdout.decode("utf-8-sig")
    assert not live_rows.startswith("dataset")


def test_demo_metadata_file_beside_the_database_says_demo(demo_db):
    meta = json.loads(demo_db.with_name("demo.metadata.json").read_text(encoding="utf-8"))
    assert meta["title"].startswith("DEMO DATA")
    assert "partnerships_of_a_hromada" in meta["databases"]["demo"]["queries"]


# ---- serve ---------------------------------------------------------------------------------------------


def _answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2).close()  # noqa: S310 (loopback only)
    except OSError:
        return False
    return True


def test_serve_stops_on_sigterm_and_a_busy_port_names_the_option(small_db):
    port = free_port()
    server = subprocess.Popen(
        [POBRATYM, "serve", "--db", str(small_db), "--port", str(port)],
        cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}/-/versions.json"
    try:
        for _ in range(150):
            if _answers(base):
                break
            time.sleep(0.2)
        assert _answers(base)
        busy = run("serve", "--db", str(small_db), "--port", str(port))
        assert busy.returncode == 2 and "--port" in said(busy) and "in use" in said(busy)
        assert small_db.with_name("small.metadata.json").exists()
    finally:
        server.send_signal(signal.SIGTERM)  # to pobratym's own process id, not its group
        server.wait(timeout=15)
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0  # Datasette is gone too


# ---- what users of such tools expect --------------------------------------------------------------------


def test_version_and_help_with_exit_codes_and_environment():
    version = run("--version")
    assert version.returncode == 0 and said(version).startswith("pobratym 0.")
    text = said(run("--help"))
    assert "exit codes:" in text and "POBRATYM_DB" in text and "POBRATYM_CONTACT_URL" in text


def test_every_subcommand_and_option_has_help():
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helped = {choice.dest for choice in commands._choices_actions if choice.help}
    assert helped == set(commands.choices)
    missing = [
        f"{name} {'/'.join(action.option_strings) or action.dest}"
        for name, sub in commands.choices.items()
        for action in sub._actions
        if not isinstance(action, argparse._HelpAction) and not action.help
    ]
    assert missing == []


def test_runs_shows_the_last_runs_per_spider_and_site_without_sql(demo_db, capsys):
    result = run_here(capsys, "runs", "--db", str(demo_db))
    assert result.returncode == 0
    lines = said(result).splitlines()
    assert lines[0].split()[:5] == ["run", "spider", "started", "finished", "status"]
    spiders = {line.split()[1] for line in lines[1:3]}
    assert spiders == {"portal", "councils"} and all("finished" in line for line in lines[1:3])
    assert any(line.strip().startswith("kam-pod.gov.ua") for line in lines)


def test_licence_files_are_there():
    assert (REPO_ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in readme and "article texts" in readme


def test_export_min_confidence_filters_and_a_wrong_value_is_a_message_before_anything_is_written(
    small_db, tmp_path, capsys
):
    target = tmp_path / "p.csv"
    kept = run_here(capsys, "export", "partnerships", "--min-confidence", "0.85", "--db", str(small_db),
                    "-o", str(target))  # fmt: skip
    assert kept.returncode == 0 and "wrote 1 partnerships" in said(kept)
    none = run_here(capsys, "export", "evidence", "--min-confidence", "0.95", "--db", str(small_db),
                    "-o", str(target))  # fmt: skip
    assert none.returncode == 0 and "no evidence match the filters" in said(none)
    target.unlink()
    wrong = run_here(capsys, "export", "partnerships", "--min-confidence", "95%", "--db", str(small_db),
                     "-o", str(target))  # fmt: skip
    assert wrong.returncode == 2 and "--min-confidence 95%: write a number from 0 to 1" in said(wrong)
    assert "Traceback" not in said(wrong) and not target.exists()
