"""Numbers as a Vietnamese reader writes them: 23,1% and 1.615 (comma decimals, dot thousands)."""

from __future__ import annotations

import math


def integer(value: float) -> str:
    """A count with dots between thousands: 1615 -> '1.615'."""
    return f"{round(value):,}".replace(",", ".")


def decimal(value: float, places: int = 1) -> str:
    """A number with a decimal comma and thousand dots: 1234.5 -> '1.234,5'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:,.{places}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def percent(share: float, places: int = 1) -> str:
    """A share as a Vietnamese percentage: 0.231 -> '23,1%'; empty when unknown."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return ""
    return decimal(share * 100, places) + "%"
