"""Train the classifier's model on the labelled files in data/labels/ (train*.csv).

Each training text is also learned in its diacritic-free form, as many opinions arrive typed
that way. Opinions taken from real conferences (files with a `source` column) weigh more than
written examples: they are what the classifier meets in use.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from analysis.classify.evaluation import read_labelled
from analysis.classify.hybrid import lexicon_labels, prepare_texts
from analysis.classify.model import Inputs, LinearModel, lexicon_input_labels, train
from analysis.core.cache import Cache
from analysis.core.text import fold, has_diacritics
from analysis.core.vocabulary import stances, themes

TRAINING_GLOB = "train*.csv"
REAL_WEIGHT = 3.0  # weight of an opinion from a real source against a written example


def training_files(labels_dir: Path) -> list[Path]:
    """The labelled training files, in a stable order."""
    return sorted(labels_dir.glob(TRAINING_GLOB))


def load_training(labels_dir: Path) -> pd.DataFrame:
    """All training rows, each also as a copy without diacritics."""
    files = training_files(labels_dir)
    if not files:
        raise FileNotFoundError(f"không có tệp {TRAINING_GLOB} trong {labels_dir}")
    frame = pd.concat([_weighted(p) for p in files], ignore_index=True)
    return frame.drop_duplicates("text").reset_index(drop=True)


def _weighted(path: Path) -> pd.DataFrame:
    """One labelled file with a weight per row: real opinions (a `source` column) count more."""
    frame = read_labelled(path)
    columns = pd.read_csv(path, nrows=0, encoding="utf-8-sig").columns
    return frame.assign(weight=REAL_WEIGHT if "source" in columns else 1.0)


def with_folded_copies(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows plus diacritic-free copies of those typed with diacritics."""
    accented = frame[frame["text"].map(has_diacritics)]
    copies = accented.assign(text=accented["text"].map(_fold_keep_case))
    return pd.concat([frame, copies], ignore_index=True)


def _fold_keep_case(text: str) -> str:
    """The text without diacritics, upper-case letters kept (abbreviations stay recognisable)."""
    return "".join(f.upper() if c.isupper() else f for c, f in zip(text, fold(text), strict=True))


def fit(frame: pd.DataFrame, cache: Cache | None = None) -> LinearModel:
    """A model trained on labelled rows (with folded copies added)."""
    rows = with_folded_copies(frame)
    prepared = prepare_texts(rows["text"].tolist(), cache)
    inputs = Inputs(
        prepared.documents, prepared.texts, prepared.lexicon_rows(lexicon_input_labels())
    )
    weights = rows["weight"].tolist() if "weight" in rows else None
    return train(inputs, rows["theme"].tolist(), rows["stance"].tolist(), weights=weights)


def cross_validate(frame: pd.DataFrame, folds: int = 5, cache: Cache | None = None) -> dict:
    """Macro-F1 of the lexicon alone, the model alone and the hybrid, by stratified k-fold."""
    from analysis.classify.hybrid import classify_texts

    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    truth_theme, truth_stance, predicted = [], [], {"lexicon": [], "hybrid": []}
    for train_index, test_index in splitter.split(frame, frame["theme"] + frame["stance"]):
        model = fit(frame.iloc[train_index], cache)
        test = frame.iloc[test_index]
        hybrid = classify_texts(test["text"].tolist(), model, cache)
        lexicon = [lexicon_labels(m) for m in prepare_texts(test["text"].tolist(), cache).matches]
        truth_theme += test["theme"].tolist()
        truth_stance += test["stance"].tolist()
        predicted["hybrid"] += list(zip(hybrid["theme"], hybrid["stance"], strict=True))
        predicted["lexicon"] += lexicon
    scores = {}
    for name, pairs in predicted.items():
        theme_guess, stance_guess = zip(*pairs, strict=True)
        scores[name] = {
            "theme": f1_score(truth_theme, theme_guess, labels=list(themes()), average="macro"),
            "stance": f1_score(truth_stance, stance_guess, labels=list(stances()), average="macro"),
        }
    return {k: {m: round(float(v), 3) for m, v in s.items()} for k, s in scores.items()}
