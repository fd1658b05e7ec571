"""Cross-validate the classifier on the real training opinions, folds grouped by source page.

Written examples are always trained on; the real opinions of four folds of pages are added and
the fifth fold's are classified. Prints theme and stance macro-F1 (all, short, long) and what
`needs_review` flags and catches; `--out FILE` keeps the predictions (with the model's
probabilities) for error analysis. Never reads the dev sets.

    .venv/bin/python scripts/cv_real.py --out /tmp/cv.csv
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

from analysis.classify.evaluation import is_long, review_figures
from analysis.classify.hybrid import classify_texts, lexicon_labels, prepare_texts
from analysis.classify.model import Inputs
from analysis.classify.training import REAL_WEIGHT, load_training
from analysis.classify.training import fit as fit_model
from analysis.core.cache import Cache
from analysis.core.text import normalize_text
from analysis.core.vocabulary import stances, themes

LABELS = Path("data/labels")


def real_rows() -> pd.DataFrame:
    """The real training opinions with their source page."""
    frame = pd.read_csv(LABELS / "train_real.csv", dtype=str, keep_default_na=False)
    return frame.assign(text=frame["text"].map(normalize_text))


def predictions(folds: int, cache: Cache) -> pd.DataFrame:
    """Out-of-fold labels, probabilities and lexicon labels for every real training opinion."""
    training = load_training(LABELS)
    real = real_rows()
    written = training[training["weight"] < REAL_WEIGHT]
    out = []
    for fold, (train_index, test_index) in enumerate(
        GroupKFold(n_splits=folds).split(real, groups=real["source"])
    ):
        train = real.iloc[train_index].assign(weight=REAL_WEIGHT)
        model = fit_model(pd.concat([written, train], ignore_index=True), cache)
        test = real.iloc[test_index]
        labels = classify_texts(test["text"].tolist(), model, cache)
        prepared = prepare_texts(test["text"].tolist(), cache)
        lexicon = [lexicon_labels(m) for m in prepared.matches]
        theme_p, stance_p = model.probabilities(
            Inputs(prepared.documents, prepared.texts, prepared.lexicon_rows(model.lexicon_labels))
        )
        out.append(
            test.reset_index(drop=True).assign(
                fold=fold,
                pred_theme=labels["theme"].to_numpy(),
                pred_stance=labels["stance"].to_numpy(),
                theme_score=labels["theme_score"].to_numpy(),
                stance_score=labels["stance_score"].to_numpy(),
                needs_review=labels["needs_review"].to_numpy(),
                evidence=labels["evidence"].to_numpy(),
                lex_theme=[t for t, _ in lexicon],
                lex_stance=[s for _, s in lexicon],
                theme_margin=_margin(theme_p),
                stance_margin=_margin(stance_p),
            )
        )
    return pd.concat(out, ignore_index=True)


def _margin(probabilities: np.ndarray) -> np.ndarray:
    """The gap between the two most probable labels of each row (small: the model hesitates)."""
    top = np.sort(probabilities, axis=1)
    return top[:, -1] - top[:, -2]


def summary(frame: pd.DataFrame) -> None:
    """Macro-F1 overall, short and long, and the review flag's figures."""
    long = is_long(frame["text"])
    for label_set, labels in (("theme", list(themes())), ("stance", list(stances()))):
        parts = []
        for name, mask in (("all", np.ones(len(frame), bool)), ("short", ~long), ("long", long)):
            score = f1_score(
                frame.loc[mask, label_set],
                frame.loc[mask, f"pred_{label_set}"],
                labels=labels,
                average="macro",
                zero_division=0,
            )
            parts.append(f"{name} {score:.3f}")
        print(f"{label_set}: " + ", ".join(parts))
    predicted = frame.rename(columns={"pred_theme": "p_theme", "pred_stance": "p_stance"})
    review = review_figures(
        frame[["theme", "stance"]],
        predicted[["p_theme", "p_stance", "needs_review"]].rename(
            columns={"p_theme": "theme", "p_stance": "stance"}
        ),
    )
    print(
        f"review: flagged {review.flagged:.1%}, caught {review.caught:.1%} of {review.wrong} wrong"
    )


def main() -> None:
    """Run the cross-validation and print (and optionally keep) its figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path)
    arguments = parser.parse_args()
    frame = predictions(arguments.folds, Cache(Path("data/processed/.cache/cv.sqlite")))
    summary(frame)
    if arguments.out:
        frame.to_csv(arguments.out, index=False)


if __name__ == "__main__":
    main()
