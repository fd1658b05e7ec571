"""The project's vocabulary: themes, stances, response timings and reject reasons, as data.

Every key, Vietnamese name, short name, colour and display order lives in one file,
`data/vocabulary.csv` (the themes and stances are those of shared/labeling-guide.md). Charts,
tables, exports, messages and tests all read it through this module, so adding a theme is a line
of data. `use_vocabulary` swaps in another file for a while (tests, a province's own variant).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

KINDS = ("theme", "stance", "response_timing", "reject_reason")
COLUMNS = ("kind", "key", "name", "short_name", "colour", "order")


class VocabularyError(ValueError):
    """The vocabulary file is malformed; the message names the line, in Vietnamese."""


@dataclass(frozen=True)
class Term:
    """One entry of the vocabulary."""

    kind: str
    key: str
    name: str
    short_name: str
    colour: str
    order: int


class Vocabulary:
    """The terms of each kind, in display order."""

    def __init__(self, terms: list[Term]) -> None:
        self._by_kind = {
            kind: sorted((t for t in terms if t.kind == kind), key=lambda t: t.order)
            for kind in KINDS
        }

    def terms(self, kind: str) -> list[Term]:
        """The terms of one kind, in display order."""
        return self._by_kind[kind]

    def keys(self, kind: str) -> list[str]:
        """Keys of one kind, in display order."""
        return [t.key for t in self.terms(kind)]

    def names(self, kind: str) -> dict[str, str]:
        """Key -> Vietnamese name, in display order."""
        return {t.key: t.name for t in self.terms(kind)}

    def short_names(self, kind: str) -> dict[str, str]:
        """Key -> short name (for axes and terminal tables)."""
        return {t.key: t.short_name for t in self.terms(kind)}

    def colours(self, kind: str) -> dict[str, str]:
        """Key -> chart colour."""
        return {t.key: t.colour for t in self.terms(kind)}


def read_vocabulary(path: Path) -> Vocabulary:
    """A vocabulary file, checked: known kinds, unique keys per kind, whole-number order."""
    terms: list[Term] = []
    seen: set[tuple[str, str]] = set()
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = set(COLUMNS) - set(reader.fieldnames or [])
        if missing:
            raise VocabularyError(f"{path}: thiếu cột {', '.join(sorted(missing))}")
        for line, row in enumerate(reader, start=2):
            kind, key = row["kind"].strip(), row["key"].strip()
            if kind not in KINDS or not key or (kind, key) in seen:
                raise VocabularyError(f"{path} dòng {line}: loại '{kind}' hoặc khóa '{key}' sai")
            try:
                order = int(row["order"])
            except ValueError:
                raise VocabularyError(f"{path} dòng {line}: thứ tự '{row['order']}'") from None
            seen.add((kind, key))
            name, short, colour = (row[c].strip() for c in ("name", "short_name", "colour"))
            terms.append(Term(kind, key, name, short, colour, order))
    return Vocabulary(terms)


def shipped_path() -> Path:
    """The vocabulary file shipped with the package."""
    return Path(str(resources.files("analysis").joinpath("data", "vocabulary.csv")))


_active: list[Vocabulary] = []


def vocabulary() -> Vocabulary:
    """The vocabulary in force: the one set by `use_vocabulary`, else the shipped one."""
    if not _active:
        _active.append(read_vocabulary(shipped_path()))
    return _active[-1]


@contextmanager
def use_vocabulary(path: Path) -> Iterator[Vocabulary]:
    """Use another vocabulary file inside a `with` block (lookups keyed on it follow)."""
    vocabulary()
    _active.append(read_vocabulary(path))
    try:
        yield _active[-1]
    finally:
        _active.pop()


def themes() -> dict[str, str]:
    """Theme key -> Vietnamese name, in the guide's order."""
    return vocabulary().names("theme")


def stances() -> dict[str, str]:
    """Stance key -> Vietnamese name, in the guide's order."""
    return vocabulary().names("stance")


def response_timings() -> dict[str, str]:
    """Response timing key -> Vietnamese name."""
    return vocabulary().names("response_timing")


def reject_reasons() -> dict[str, str]:
    """Reject reason code -> short Vietnamese reason."""
    return vocabulary().names("reject_reason")


def label_name(key: str) -> str:
    """The Vietnamese name of any key of the vocabulary (the key itself when unknown)."""
    for kind in KINDS:
        names = vocabulary().names(kind)
        if key in names:
            return names[key]
    return key
