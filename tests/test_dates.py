"""Day-first dates in every form district offices write them."""

import datetime as dt

import pytest

from analysis.ingest.dates import DateProblem, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15/9/2021", dt.date(2021, 9, 15)),
        ("03/04/2021", dt.date(2021, 4, 3)),
        ("3.4.2021", dt.date(2021, 4, 3)),
        ("2021-09-15", dt.date(2021, 9, 15)),
        ("2021-09-15 00:00:00", dt.date(2021, 9, 15)),
        ("ngày 16 tháng 9 năm 2021", dt.date(2021, 9, 16)),
        ("Ngay 16 thang 09 nam 2021", dt.date(2021, 9, 16)),
        ("44454", dt.date(2021, 9, 15)),
        (44454, dt.date(2021, 9, 15)),
        (dt.datetime(2021, 9, 15, 8, 30), dt.date(2021, 9, 15)),
        (dt.date(2021, 9, 15), dt.date(2021, 9, 15)),
        (None, None),
        ("  ", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["31/02/2021", "hôm qua", "15/13/2021", 12])
def test_unreadable_dates_raise_with_vietnamese_message(value):
    with pytest.raises(DateProblem, match="ngày"):
        parse_date(value)
