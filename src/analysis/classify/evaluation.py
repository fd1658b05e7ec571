"""Measure the classifier on a labelled file: per-class scores, macro-F1 and confusion matrix.

Scores are also given apart for texts with and without diacritics and for short (minutes-style)
and long (narrated, 35 words or more) opinions, and the review flag is measured by how many wrong
labels it catches against how many opinions it sends to an analyst.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sklearn.metrics import classification_report, confusion_matrix, f1_score

from analysis.core.text import has_diacritics, normalize_text
from analysis.core.vocabulary import stances, themes

LABEL_COLUMNS = ("text", "theme", "stance")
LONG_FROM_WORDS = 35  # a narrated opinion (a reader's letter) rather than a minutes-style line


class LabelledFileError(ValueError):
    """A labelled file with missing columns or labels outside the guide."""


def read_labelled(path: Path) -> pd.DataFrame:
    """A labelled CSV (text, theme, stance), checked against the guide's keys."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = set(LABEL_COLUMNS) - set(frame.columns)
    if missing:
        raise LabelledFileError(f"{path}: thiếu cột {', '.join(sorted(missing))}")
    for column, valid in (("theme", themes()), ("stance", stances())):
        bad = frame.index[~frame[column].isin(list(valid))]
        if len(bad):
            raise LabelledFileError(
                f"{path} dòng {int(bad[0]) + 2}: nhãn '{frame.loc[bad[0], column]}' không hợp lệ"
            )
    frame["text"] = frame["text"].map(normalize_text)
    return frame[list(LABEL_COLUMNS)]


@dataclass
class Evaluation:
    """Scores of one label set on one file."""

    label_set: str
    report: str
    macro_f1: float
    macro_f1_plain: float | None
    macro_f1_accented: float | None
    confusion: pd.DataFrame
    macro_f1_short: float | None = None
    macro_f1_long: float | None = None


@dataclass
class ReviewFigures:
    """How well `needs_review` points an analyst at the wrong labels."""

    caught: float  # share of opinions with a wrong theme or stance that are flagged
    flagged: float  # share of all opinions that are flagged
    wrong: int  # opinions with a wrong theme or stance


def is_long(texts: pd.Series) -> pd.Series:
    """Which opinions are long, narrated ones (35 words or more)."""
    return texts.str.split().str.len() >= LONG_FROM_WORDS


def review_figures(truth: pd.DataFrame, predicted: pd.DataFrame) -> ReviewFigures:
    """Share of wrong labels that `needs_review` flags, and share of all opinions flagged."""
    wrong = (truth["theme"].to_numpy() != predicted["theme"].to_numpy()) | (
        truth["stance"].to_numpy() != predicted["stance"].to_numpy()
    )
    flagged = predicted["needs_review"].astype(bool).to_numpy()
    caught = float((flagged & wrong).sum() / wrong.sum()) if wrong.any() else 1.0
    return ReviewFigures(caught, float(flagged.mean()) if len(flagged) else 0.0, int(wrong.sum()))


def evaluate_labels(
    label_set: str, truth: pd.Series, predicted: pd.Series, texts: pd.Series
) -> Evaluation:
    """Per-class report, macro-F1 overall, with and without diacritics, short and long."""
    labels = list(themes() if label_set == "theme" else stances())
    plain = ~texts.map(has_diacritics)
    long = is_long(texts)

    def macro(mask: pd.Series) -> float | None:
        if not mask.any():
            return None
        return float(
            f1_score(truth[mask], predicted[mask], labels=labels, average="macro", zero_division=0)
        )

    confusion = pd.DataFrame(
        confusion_matrix(truth, predicted, labels=labels), index=labels, columns=labels
    )
    return Evaluation(
        label_set=label_set,
        report=classification_report(truth, predicted, labels=labels, digits=3, zero_division=0),
        macro_f1=float(f1_score(truth, predicted, labels=labels, average="macro", zero_division=0)),
        macro_f1_plain=macro(plain),
        macro_f1_accented=macro(~plain),
        confusion=confusion,
        macro_f1_short=macro(~long),
        macro_f1_long=macro(long),
    )
