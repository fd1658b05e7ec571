"""pandera schemas of the processed tables: each table's columns are declared here, once.

Writers validate against them and readers may rely on them. Label columns are checked against
the vocabulary in force when the table is validated, so a new theme needs no change here.
"""

from __future__ import annotations

import pandera.pandas as pa

from analysis.core.vocabulary import vocabulary

_text = pa.Column(str, nullable=False)
_optional_text = pa.Column(str, nullable=True)


def _in_vocabulary(kind: str) -> pa.Check:
    """A check that every value is a key of `kind` in the vocabulary in force."""
    return pa.Check(
        lambda values: values.isin(vocabulary().keys(kind)), error=f"{kind} not in vocabulary"
    )


OPINIONS = pa.DataFrameSchema(
    {
        "record_id": pa.Column(str, pa.Check.str_matches(r"^[0-9a-f]{16}$"), unique=True),
        "year": pa.Column(int, pa.Check.in_range(1990, 2100)),
        "date": pa.Column("datetime64[us]", nullable=True),
        "district": _text,
        "district_raw": _text,
        "commune": _optional_text,
        "commune_raw": _text,
        "commune_current": _optional_text,  # the commune since 1 July 2025, when it is one
        "former_province": _text,  # the pre-2025 province ("" when it cannot be told)
        "speaker": _text,
        "speaker_group": _text,
        "text": pa.Column(str, pa.Check.str_length(min_value=1)),
        "text_changes": _text,
        "response": _text,
        "response_mode": _text,
        "response_timing": pa.Column(str, _in_vocabulary("response_timing")),
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
        "former_province": _text,
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
        "reason_code": pa.Column(str, _in_vocabulary("reject_reason")),
        "reason": pa.Column(str, pa.Check.str_length(min_value=1)),
        "raw_cells": _text,
    },
    strict=True,
    ordered=True,
)

# What the classifier adds to a table of opinions, in this order.
LABEL_COLUMNS = ("theme", "stance", "theme_score", "stance_score", "evidence", "needs_review")

CLASSIFIED = OPINIONS.add_columns(
    {
        "theme": pa.Column(str, _in_vocabulary("theme")),
        "stance": pa.Column(str, _in_vocabulary("stance")),
        "theme_score": pa.Column(float, pa.Check.in_range(0.0, 1.0)),
        "stance_score": pa.Column(float, pa.Check.in_range(0.0, 1.0)),
        "evidence": _text,
        "needs_review": pa.Column(bool),
        "corrected": pa.Column(bool),
    }
)
