import pytest

from parsers.dates import isoformat, parse_date_text, parse_iso_datetime


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18.09.2024 - 16:20 | Переглядів: 1777", "2024-09-18T16:20:00+03:00"),
        ("27.07.2017 - 12:12", "2017-07-27T12:12:00+03:00"),
        ("05 грудня 2025", "2025-12-05T00:00:00+02:00"),
        ("21 листопада 2024 року", "2024-11-21T00:00:00+02:00"),
        ("5 December 2025", "2025-12-05T00:00:00+02:00"),
        ("05.03.2025", "2025-03-05T00:00:00+02:00"),
        ("Дата: 24.12.2025 19:40", "2025-12-24T19:40:00+02:00"),
        ("30.10.2022 - 10:10", "2022-10-30T10:10:00+02:00"),
    ],
)
def test_visible_dates_read_day_first_in_kyiv_time(text, expected):
    assert isoformat(parse_date_text(text)) == expected


def test_no_date_in_text_gives_none():
    assert parse_date_text("Переглядів: 12") is None
    assert parse_date_text("") is None


def test_machine_dates_convert_to_kyiv():
    assert isoformat(parse_iso_datetime("2025-12-05T10:00:00Z")) == "2025-12-05T12:00:00+02:00"
    assert isoformat(parse_iso_datetime("2025-07-01")) == "2025-07-01T00:00:00+03:00"
    assert parse_iso_datetime("not a date") is None
