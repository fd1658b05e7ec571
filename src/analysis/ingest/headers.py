"""Find the header row of a sheet by its content and map header variants to canonical columns.

The variants live in `data/header_aliases.csv` beside this module, so a new spelling met in a
district's export is one line of data, not a code change.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from analysis.core.text import fold_key, normalize_text

OPINION_COLUMNS = ("text",)
CONFERENCE_COLUMNS = ("district", "delegates")
_NUMBERING_CELL = re.compile(r"^\(?\d{1,2}\)?$|^\(?[a-z]\)?$", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^)]*\)")
HEADER_SEARCH_ROWS = 30
# Words that name a column of opinions in spellings header_aliases.csv does not list yet.
_TEXT_WORDS = ("noidung", "ykien", "yk", "phananh", "kiennghi", "dexuat")
GUESS_MIN_CHARS = 15  # a column of opinions holds sentences, not codes or names


@cache
def header_aliases() -> dict[str, str]:
    """Folded header text -> canonical column name."""
    source = resources.files("analysis").joinpath("data", "header_aliases.csv")
    with source.open(encoding="utf-8") as handle:
        return {fold_key(row["alias"]): row["canonical"] for row in csv.DictReader(handle)}


@dataclass
class HeaderMap:
    """Where the header is and which column index holds which canonical field."""

    row_index: int
    columns: dict[int, str]
    labels: dict[int, str]
    unknown: list[str] = field(default_factory=list)
    guessed: str | None = None  # the label taken for the opinion text when no alias matched

    @property
    def kind(self) -> str:
        """'opinions' for a table of opinions, 'conferences' for a table of conferences."""
        fields = set(self.columns.values())
        if all(c in fields for c in OPINION_COLUMNS):
            return "opinions"
        return "conferences"


def map_header(cells: list[object]) -> tuple[dict[int, str], dict[int, str], list[str]]:
    """Canonical field per column index, the header labels, and labels with no mapping."""
    aliases = header_aliases()
    columns: dict[int, str] = {}
    labels: dict[int, str] = {}
    unknown: list[str] = []
    for index, cell in enumerate(cells):
        label = normalize_text(cell)
        if not label:
            continue
        labels[index] = label
        canonical = aliases.get(fold_key(label)) or aliases.get(
            fold_key(_PARENTHESES.sub("", label))
        )
        if canonical and canonical not in columns.values():
            columns[index] = canonical
        elif not canonical:
            unknown.append(label)
    return columns, labels, unknown


def find_header(rows: list[list[object]]) -> HeaderMap | None:
    """The first row (of the top rows) that names an opinion or conference table, if any."""
    for row_index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns, labels, unknown = map_header(cells)
        fields = set(columns.values())
        is_opinions = all(c in fields for c in OPINION_COLUMNS) and len(fields) >= 2
        is_conferences = all(c in fields for c in CONFERENCE_COLUMNS)
        if is_opinions or is_conferences:
            return HeaderMap(row_index, columns, labels, unknown)
    return _guess_text_header(rows)


def _guess_text_header(rows: list[list[object]]) -> HeaderMap | None:
    """A header whose opinion column has an unknown name, found by its words or its content.

    Among a header row's unknown labels, those with a word of opinions ("Nội dung YK đại biểu
    nêu") are preferred, then the column whose cells below are longest; a column of short
    cells is never taken, and a row with no known column needs a named guess.
    """
    for row_index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns, labels, unknown = map_header(cells)
        candidates = [i for i in labels if i not in columns]
        if "text" in columns.values() or len(labels) < 2 or not candidates:
            continue
        named = [i for i in candidates if any(w in fold_key(labels[i]) for w in _TEXT_WORDS)]
        if not named and not columns:
            continue
        body = rows[row_index + 1 : row_index + 51]
        pick = max(named or candidates, key=lambda i: _mean_length(body, i))
        if _mean_length(body, pick) < GUESS_MIN_CHARS:
            continue
        columns[pick] = "text"
        unknown = [label for label in unknown if label != labels[pick]]
        return HeaderMap(row_index, columns, labels, unknown, guessed=labels[pick])
    return None


def _mean_length(body: list[list[object]], index: int) -> float:
    """Mean length of the non-empty cells of a column."""
    lengths = [len(normalize_text(r[index])) for r in body if index < len(r)]
    lengths = [n for n in lengths if n]
    return sum(lengths) / len(lengths) if lengths else 0.0


def repeats_header(cells: list[object], header: HeaderMap) -> bool:
    """True for a row that repeats the header (printed exports repeat it on every page)."""
    _, labels, _ = map_header(cells)
    return bool(labels) and {i: fold_key(t) for i, t in labels.items()} == {
        i: fold_key(t) for i, t in header.labels.items()
    }


def is_numbering_row(cells: list[object]) -> bool:
    """True for the row of column numbers under a header: (1) (2) (3) ... or 1 2 3 ..."""
    values = [normalize_text(c) for c in cells if normalize_text(c)]
    return len(values) >= 3 and all(_NUMBERING_CELL.match(v) for v in values)
