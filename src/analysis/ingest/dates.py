"""Day-first date parsing for the ways district offices write dates."""

from __future__ import annotations

import datetime as dt
import re

from analysis.core.text import fold, normalize_text

EXCEL_EPOCH = dt.date(1899, 12, 30)
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_WORDS = re.compile(r"ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})")
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")


class DateProblem(ValueError):
    """A date cell that is present but cannot be read; the message is in Vietnamese."""


def _build(year: int, month: int, day: int, original: str) -> dt.date:
    """A date from its parts, or DateProblem naming the impossible value."""
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise DateProblem(f"ngày không hợp lệ: '{original}'") from exc


def parse_date(value: object) -> dt.date | None:
    """The date in a cell (Excel date, d/m/yyyy, yyyy-mm-dd, "ngày d tháng m năm yyyy"), or None.

    Empty cells give None; cells that hold something else raise DateProblem.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(float(value), str(value))
    text = normalize_text(value)
    if not text:
        return None
    if _SERIAL.match(text):
        return _from_serial(float(text), text)
    if match := _NUMERIC.match(text):
        day, month, year = map(int, match.groups())
        return _build(year, month, day, text)
    if match := _ISO.match(text):
        year, month, day = map(int, match.groups())
        return _build(year, month, day, text)
    if match := _WORDS.search(fold(text)):
        day, month, year = map(int, match.groups())
        return _build(year, month, day, text)
    raise DateProblem(f"không đọc được ngày: '{text}'")


def _from_serial(serial: float, original: str) -> dt.date:
    """An Excel serial day number (1900 date system) as a date."""
    if not 20000 <= serial <= 80000:
        raise DateProblem(f"không đọc được ngày: '{original}'")
    return EXCEL_EPOCH + dt.timedelta(days=int(serial))
