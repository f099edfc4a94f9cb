"""Tables of partnerships written with "|" between their cells, read as the lists of pairs they are.

A forum's or a programme's results are often given as a plain-text table: a header row that names the
columns ("Громада | Партнер | Країна | Документ") and one row per pair. The extractor reads lists of
pairs whose lines open with a bullet and pair the two sides by a dash, with the document after a
colon; :func:`tables_as_lists` writes each row of such a table in that form before anything else reads
the text, so a table's pair is read as the same pair written as a list line. A council's register set
out record by record, one field a line ("Сторона: …", "Вид документа: …", "Дата підписання: …"), is the
same table turned on its side, and is written the same way.
"""

from __future__ import annotations

import re

_CELL_SPLIT = re.compile(r"\s*\|\s*")
_HROMADA_COLUMN = re.compile(
    r"^(?:територіальн\w*\s+)?громад\w*$|^(?:українськ\w*\s+)(?:сторон\w*|громад\w*)$", re.I
)
# "Сторона" alone, in a register of the hromada's own documents, is the other side: its partner
_PARTNER_COLUMN = re.compile(
    r"партнер|побратим|^(?:іноземн\w*\s+|закордонн\w*\s+|друг\w*\s+)?сторон\w*"
    r"(?:\s+(?:угод|договор|документ|меморандум)\w*)?$",  # "Сторона угоди"
    re.I,
)
_COUNTRY_COLUMN = re.compile(r"^країн\w*$", re.IGNORECASE)
_DOCUMENT_COLUMN = re.compile(r"^(?:документ\w*|угод\w*|вид\s+документ\w*|статус)$", re.IGNORECASE)
_STATE_COLUMN = re.compile(r"^(?:стан|стадія|етап|статус)$", re.IGNORECASE)
"""A row's stage; "Статус" is the document's column only in a table that has no other."""
_PLACE_COLUMN = re.compile(
    r"^(?:розташування|місцезнаходження|регіон|країна\s*[,/]?\s*(?:регіон|область))$", re.IGNORECASE
)
_DATE_COLUMN = re.compile(r"^(?:рік|дата|(?:рік|дата)\s+(?:підписання|укладення))$", re.IGNORECASE)
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_A_DIGIT = re.compile(r"\d")
_A_LETTER = re.compile(r"[^\W\d_]")
"""A cell that says something: a date has a digit, a state a letter (not a dash for none)."""
_HROMADA_ADJECTIVE = re.compile(r"^[А-ЯІЇЄҐ][\w'’-]*(?:ська|цька|зька)(?:\s+(?:міська|селищна|сільська))?$")
_UNIT_ABBREVIATION = re.compile(r"^(м|ґм|гм)\.\s*", re.IGNORECASE)
_UNIT_WORDS = {"м": "місто", "ґм": "ґміна", "гм": "гміна"}
"""A cell's abbreviated unit ("м. X"), written out as a list line would name it ("місто X")."""


def tables_as_lists(text: str) -> str:
    """``text`` with every table of pairs (a header row naming a hromada column and a partner column,
    then rows of as many cells) written as bulleted list lines: "• A громада – X (Країна): документ;",
    and every record of a register written one field a line ("Сторона: X", "Вид документа: …") written as
    the same line. Text with neither is returned as it is."""
    return _records_as_lines(_pipe_tables_as_lists(text))


_FIELD_LINE = re.compile(r"^\s*([А-ЯІЇЄҐ][\w'’ -]{1,40}?)\s*:\s+(\S.*?)\s*$")
"""One field of a register's record on a line of its own: its label and its value."""


_RECORD_HEADING = re.compile(r"^\s*(?:Запис|Угода|Документ|Договір)?\s*№?\s*(\d{1,3})\.?\s*$", re.IGNORECASE)
"""The line that numbers a register's record ("Запис 2", "№ 2"): the record's number, in place of the line."""


def _records_as_lines(text: str) -> str:
    """Runs of two or more field lines whose labels name a partner and its document or date (a register
    set out record by record, maybe with empty lines between the fields, as a page's paragraphs are)
    written as one numbered row each, as a table's row of the same columns would be."""
    if ":" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    records = 0
    while index < len(lines):
        fields, end = _record_at(lines, index)
        columns = _columns(" | ".join(label for label, _ in fields)) if len(fields) >= 2 else None
        if columns is None:
            out.append(lines[index])
            index += 1
            continue
        records += 1
        while out and not out[-1].strip():
            out.pop()
        heading = _RECORD_HEADING.match(out[-1]) if out else None
        if heading:
            out.pop()
        line = _as_line([value for _, value in fields], columns, last=True)
        out.extend(
            ["", line if "hromada" in columns else f"{int(heading.group(1)) if heading else records}. {line}"]
        )
        index = end
    return "\n".join(out)


def _record_at(lines: list[str], index: int) -> tuple[list[tuple[str, str]], int]:
    """The field lines of a record that starts at ``index`` (empty lines between them skipped; a label
    met again starts the next record), and where the record ends."""
    fields: list[tuple[str, str]] = []
    end = probe = index
    while probe < len(lines):
        if not lines[probe].strip():
            probe += 1
            continue
        field = _FIELD_LINE.match(lines[probe])
        if field is None or any(label.lower() == field.group(1).lower() for label, _ in fields):
            break
        fields.append((field.group(1), field.group(2)))
        probe += 1
        end = probe
    return fields, end


def _pipe_tables_as_lists(text: str) -> str:
    """:func:`tables_as_lists` for the tables written with "|" between their cells."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        columns = _columns(lines[index])
        if columns is None:
            out.append(lines[index])
            index += 1
            continue
        rows = []
        header = index
        index += 1
        while index < len(lines):
            ahead = index
            while ahead < len(lines) and not lines[ahead].strip():
                ahead += 1  # a page's reader may part the rows by empty lines
            if ahead == len(lines) or len(cells := _cells(lines[ahead])) != columns["count"]:
                break
            rows.append(cells)
            index = ahead + 1
        if not rows:
            out.append(lines[header])
            index = header + 1
            continue
        for number, row in enumerate(rows):
            if number and "hromada" not in columns:
                out.append("")  # the page's own entries: one paragraph each
            out.append(_as_line(row, columns, last=number == len(rows) - 1))
    return "\n".join(out)


def _cells(line: str) -> list[str]:
    """The cells of a table row ("A | B | C"); one cell for a line with no "|"."""
    return [cell for cell in _CELL_SPLIT.split(line.strip().strip("|")) if cell] if "|" in line else [line]


_COLUMNS = (
    ("hromada", _HROMADA_COLUMN.match),
    ("partner", _PARTNER_COLUMN.search),
    ("country", _COUNTRY_COLUMN.match),
    ("document", _DOCUMENT_COLUMN.match),
    ("state", _STATE_COLUMN.match),
    ("place", _PLACE_COLUMN.match),
    ("date", _DATE_COLUMN.match),
)
"""Each column a header cell may name, with its test, in the order a cell is tried against them."""


def _columns(line: str) -> dict[str, int] | None:
    """Which cell of a header row is the hromada, the partner, the country and the document; None for a
    line that is no header of a table of pairs (a hromada column and a partner column are needed)."""
    cells = _cells(line)
    if len(cells) < 2:
        return None
    found = {"count": len(cells)}
    for position, cell in enumerate(cells):
        cell = cell.strip()
        if key := next((key for key, names in _COLUMNS if key not in found and names(cell)), None):
            found[key] = position
    if "partner" not in found:
        return None
    if "hromada" in found:
        return found
    # No hromada column: the page's own partners, one document (or its date) per row
    return found if "document" in found or "date" in found else None


def _as_line(row: list[str], columns: dict[str, int], last: bool) -> str:
    """One row as a bulleted list line; a hromada written as its adjective alone gets its noun. A table
    of the page's own partners (no hromada column) gives its rows as the entries of a numbered list."""
    if "hromada" not in columns:
        return _as_entry(row, columns)
    hromada = row[columns["hromada"]].strip()
    if _HROMADA_ADJECTIVE.match(hromada):
        hromada += " громада"
    partner = _UNIT_ABBREVIATION.sub(
        lambda found: _UNIT_WORDS[found.group(1).lower()] + " ", row[columns["partner"]].strip()
    )
    line = f"• {hromada} – {partner}"
    if "country" in columns:
        line += f" ({_unbracketed(row[columns['country']])})"
    if "document" in columns:
        line += f": {row[columns['document']].strip()}"
    state, date = _state_and_date(row, columns)
    if state:
        line += f", {state}"  # "…: угода про партнерство, підписано у травні 2025 р."
    if date:
        line += f", {date} р." if _A_YEAR.fullmatch(date) else f", {date}"  # "…, діє, 2019 р."
    return line + ("." if last else ";")


def _as_entry(row: list[str], columns: dict[str, int]) -> str:
    """A row of the page's own partners as a paragraph of a numbered list of its documents:
    "N. X (Місце) – угода про … від <року> року." (a bare year) or "…, <дата>."."""
    number = row[0].strip().rstrip(".") if row[0].strip().rstrip(".").isdigit() else ""
    line = f"{number}. " if number else ""
    partner = row[columns["partner"]].strip()
    place = ", ".join(
        cell for key in ("place", "country") if key in columns and (cell := _unbracketed(row[columns[key]]))
    )
    if place and partner.endswith(")"):
        line += f"{partner[:-1]}, {place})"  # "місто X (Y-ський край)" and "Країна": one bracket
    else:
        line += f"{partner} ({place})" if place else partner
    if "document" in columns:
        document = row[columns["document"]].strip()
        line += f" – {document[:1].lower() + document[1:]}"
    state, date = _state_and_date(row, columns)
    if date:
        line += f" від {date} року" if _A_YEAR.fullmatch(date) else f", {date}"
    if _A_LETTER.search(state):
        line += f", {state}"
    return line + "."


_A_BRACKET = re.compile(r"\s*\(([^()]*)\)")


def _unbracketed(cell: str) -> str:
    """A place cell as it can stand inside the line's brackets: its own bracket becomes a comma
    ("Країна (регіон Y)" → "Країна, регіон Y"), as a list line would write it."""
    return _A_BRACKET.sub(r", \1", cell.strip())


def _state_and_date(row: list[str], columns: dict[str, int]) -> tuple[str, str]:
    """A row's state (as its document's own stage) and its date; no date when the state names one of its
    own ("припинено рішенням від …"), which is the act's."""
    state = _own_stage(row[columns["state"]].strip()) if "state" in columns else ""
    state = _VALID_UNTIL.sub("", state).strip(" ,;")  # "до 2028 р., чинний": how long it holds, no act
    date = row[columns["date"]].strip().rstrip(".") if "date" in columns else ""
    return state, date if _A_DIGIT.search(date) and not _A_DIGIT.search(state) else ""


_VALID_UNTIL = re.compile(
    r"(?:(?:діє|дійсн\w*|чинн\w*|строком)\s+)?\bдо\s+(?:\d{1,2}\.\d{1,2}\.)?(?:19|20)\d\d\s*(?:р\.|року|рр\.)?"
    r"\s*[,;]?",
    re.IGNORECASE,
)
"""A term a document holds for ("до 2028 р.", "діє до 31.12.2027"): no date of an act of its own."""


_SIGNED_THEN_A_NEXT_DOCUMENT = re.compile(
    r"^((?:підписано|укладено|діє|чинн\w*))\s*[,;]\s*(?:\S+\s+)?(?:підготовк|готу|погоджу|узгоджу)\w*", re.I
)


def _own_stage(state: str) -> str:
    """A state cell as the stage of its row's document: "Підписано, триває підготовка угоди" is a signed
    document whose next one is being prepared, not a plan."""
    signed = _SIGNED_THEN_A_NEXT_DOCUMENT.match(state)
    return signed.group(1) if signed else state
