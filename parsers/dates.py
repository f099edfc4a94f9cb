"""Dates as the portal and council sites write them, read into tz-aware Europe/Kyiv datetimes.

dateparser reads "05.03.2025" as 3 May unless told the order, and returns naive datetimes, so
every call goes through :data:`DATEPARSER_SETTINGS`. The regexes only find the date inside a
visible line; dateparser does the reading.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import dateparser

KYIV = ZoneInfo("Europe/Kyiv")

DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "TIMEZONE": "Europe/Kyiv",
    "TO_TIMEZONE": "Europe/Kyiv",
    "RETURN_AS_TIMEZONE_AWARE": True,
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
}
DATE_LANGUAGES = ["uk", "en"]

# "18.09.2024 - 16:20" (portal), "24.12.2025 19:40" (gromada.org.ua), "05.03.2025".
NUMERIC_DATETIME = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*(?:-|,)?\s*(\d{1,2}):(\d{2}))?")
# "05 грудня 2025", "5 December 2025", "21 листопада 2024 року".
_MONTHS_UK = "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
WORDY_DATE = re.compile(
    rf"\b(\d{{1,2}})\s+({_MONTHS_UK}|{_MONTHS_EN})\s+(\d{{4}})(?:\s*(?:р\.|року))?(?:,?\s*(\d{{1,2}}):(\d{{2}}))?",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _dateparser_parse(text: str) -> datetime | None:
    try:
        return dateparser.parse(text, languages=DATE_LANGUAGES, settings=DATEPARSER_SETTINGS)
    except (OverflowError, ValueError):  # years 1 and 9999 overflow in time-zone arithmetic
        return None


def parse_date_text(text: str) -> datetime | None:
    """Read the first date in a visible line ("18.09.2024 - 16:20 | Переглядів: 5", "05 грудня 2025")."""
    match = NUMERIC_DATETIME.search(text) or WORDY_DATE.search(text)
    if not match:
        return None
    day, month, year, hour, minute = match.groups()
    phrase = f"{day} {month} {year}" if not month.isdigit() else f"{day}.{month}.{year}"
    if hour is not None:
        phrase += f" {hour}:{minute}"
    parsed = _dateparser_parse(phrase)
    return _in_kyiv(parsed) if parsed else None


def parse_iso_datetime(value: str) -> datetime | None:
    """Read a machine date (meta tags, JSON-LD, ``time[datetime]``); naive values are Kyiv time."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=KYIV)
    return _in_kyiv(parsed)


def _in_kyiv(moment: datetime) -> datetime | None:
    """Kyiv time, or None when the moment is at the edge of the calendar (year 1 or 9999 with an offset)."""
    try:
        return moment.astimezone(KYIV)
    except (OverflowError, ValueError):
        return None


def isoformat(moment: datetime | None) -> str | None:
    """ISO 8601 with offset, seconds precision, or None."""
    return moment.isoformat(timespec="seconds") if moment else None
