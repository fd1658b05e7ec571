"""pandera schemas of the processed tables: what every later step may rely on."""

from __future__ import annotations

import pandera.pandas as pa

RESPONSE_TIMINGS = ("tai_hoi_nghi", "sau_hoi_nghi", "chua_tra_loi", "khong_ro")

_text = pa.Column(str, nullable=False)
_optional_text = pa.Column(str, nullable=True)

OPINIONS = pa.DataFrameSchema(
    {
        "record_id": pa.Column(str, pa.Check.str_matches(r"^[0-9a-f]{16}$"), unique=True),
        "year": pa.Column(int, pa.Check.in_range(1990, 2100)),
        "date": pa.Column("datetime64[us]", nullable=True),
        "district": _text,
        "district_raw": _text,
        "commune": _optional_text,
        "commune_raw": _text,
        "speaker": _text,
        "speaker_group": _text,
        "text": pa.Column(str, pa.Check.str_length(min_value=1)),
        "text_changes": _text,
        "response": _text,
        "response_mode": _text,
        "response_timing": pa.Column(str, pa.Check.isin(RESPONSE_TIMINGS)),
        "source_file": _text,
        "source_sheet": _text,
        "source_row": pa.Column(int, pa.Check.ge(1)),
        "is_synthetic": pa.Column(bool),
    },
    strict=True,
    ordered=True,
    checks=pa.Check(
        lambda df: df["date"].isna() | (df["date"].dt.year == df["year"]),
        error="date must fall in the record's year",
    ),
)

CONFERENCES = pa.DataFrameSchema(
    {
        "conference_id": pa.Column(str, unique=True),
        "year": pa.Column(int, pa.Check.in_range(1990, 2100)),
        "district": _text,
        "date": pa.Column("datetime64[us]", nullable=True),
        "place": _text,
        "delegates": pa.Column("Int64", pa.Check.ge(0), nullable=True),
        "source_file": _text,
        "source_sheet": _text,
        "source_row": pa.Column(int, pa.Check.ge(1)),
    },
    strict=True,
    ordered=True,
    unique=["year", "district", "date"],
)

REJECTS = pa.DataFrameSchema(
    {
        "source_file": _text,
        "source_sheet": _text,
        "source_row": pa.Column(int, pa.Check.ge(0)),
        "reason": pa.Column(str, pa.Check.str_length(min_value=1)),
        "raw_cells": _text,
    },
    strict=True,
    ordered=True,
)
