"""Tune and measure the recurring-problem score on labelled pairs; prints the figures.

    .venv/bin/python scripts/tune_trends_pairs.py [data/labels/pairs.csv]

A quarter of the pairs is held out, split by problem cluster (pairs reuse their texts; a pair
across two clusters goes to a side only when both clusters are on it). On the rest, each
setting (share of the word view, character n-grams, place bonus and penalty) is scored by 5-fold
cross-validation over clusters, each fold at the threshold tuned on the other four; the best
setting's threshold is then tuned on the whole rest and measured once on the held-out quarter.
Settings and thresholds are chosen by F0.5 (precision weighs twice recall): the pairs are half
positive, while among the opinions of one area in a real run most are different problems, so
a threshold that is only F1-optimal here would link too much there.

As in a run, a pair with a side the classifier surely reads as praise (`solved_praise`) is
never linked
(figures with and without that rule), and IDF is learned from the pairs' texts plus the
sample's opinions (data/processed/classified.parquet, when there).

Chains: the pairs' texts are opinions of their cluster's place (`evaluation.pair_clusters`:
each cluster an area, its restatements a chain, the look-alikes written beside them not), and
chains are built over them as in a run and scored like the sample's planted chains, for each
mean score from which an opinion linked to a chain joins it (JOIN_CHAIN): chosen on the tuning
clusters by F1, measured on the held-out ones. F1, not F0.5: the link threshold already weighs
precision for an area's low base rate, while an opinion that joins is already linked to one
member, so it is the same problem as the others with a prior near the links' precision squared.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.classify.hybrid import classify_texts
from analysis.classify.model import load_model
from analysis.classify.store import model_dir_for
from analysis.core.tokens import opinion_tokens
from analysis.trends.evaluation import (
    best_threshold,
    cluster_chains,
    cross_validated,
    f_beta,
    folds,
    held_out,
    pair_clusters,
    pair_groups,
    pair_similarities,
    score_pairs,
)
from analysis.trends.recurring import solved_praise
from analysis.trends.similarity import JOIN_CHAIN, SAME_PROBLEM

ROOT = Path(__file__).resolve().parents[1]
BETA = 0.5
GRID = {
    "word_weight": (0.0, 0.25, 0.5),
    "char_ngrams": ((2, 4), (3, 5)),
    "bonus": (0.0, 0.05, 0.1, 0.15),
    "penalty": (0.0, 0.15, 1.0),
}


JOINS = (0.30, 0.32, 0.34, 0.36, 0.38, 0.40, 0.42, 0.44)
JOIN_TIE = 0.01  # F1 this close to the best is a tie (the higher join is kept): scores are noisy


def read_pairs(path: Path) -> pd.DataFrame:
    """The pairs, with `same_problem` as booleans and their split group."""
    pairs = pd.read_csv(path, dtype=str, keep_default_na=False)
    pairs["same"] = pairs["same_problem"].str.strip().isin(["1", "true", "True"])
    pairs["group"] = pair_groups(pairs["note"])
    return pairs


def sides(pairs: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Tuning and held-out masks; a pair across clusters on two sides is on neither."""
    clusters = pairs["note"].str.extract(r"cluster=([^;]+)", expand=False).str.split("|")
    aside = {c: held_out(pd.Series([c]))[0] for ids in clusters for c in ids}
    held = clusters.map(lambda ids: all(aside[c] for c in ids)).to_numpy()
    tune = clusters.map(lambda ids: not any(aside[c] for c in ids)).to_numpy()
    return tune, held


def line(name: str, scores) -> str:
    """One printed line of scores."""
    return (
        f"{name:<44} P {scores.precision:.3f}  R {scores.recall:.3f}  F1 {scores.f1:.3f}  "
        f"F0.5 {scores.f_beta(BETA):.3f}  t {scores.threshold:.2f}  n {scores.pairs}"
    )


def main() -> None:
    """Print cross-validated and held-out scores, overall and by kind of pair."""
    parser = argparse.ArgumentParser()
    parser.add_argument("pairs", nargs="?", type=Path, default=ROOT / "data/labels/pairs.csv")
    args = parser.parse_args()
    pairs = read_pairs(args.pairs)
    background_file = ROOT / "data/processed/classified.parquet"
    background = (
        pd.read_parquet(background_file)["text"].tolist() if background_file.exists() else []
    )
    texts = sorted(set(pairs["text_a"]) | set(pairs["text_b"]) | set(background))
    cache = ROOT / "data/processed/.cache/classifier.sqlite"
    tokens = dict(zip(texts, opinion_tokens(texts, cache if cache.parent.exists() else None),
                      strict=True))  # fmt: skip
    own = sorted(set(pairs["text_a"]) | set(pairs["text_b"]))
    labels = classify_texts(own, load_model(model_dir_for(ROOT / "data/models")))
    labels.index = own
    sure = pd.Series(solved_praise(labels), index=own)
    praise = pairs["text_a"].map(sure) | pairs["text_b"].map(sure)
    pairs["praise"] = praise.to_numpy()
    tune_mask, held_mask = sides(pairs)
    tune, test = pairs[tune_mask].reset_index(drop=True), pairs[held_mask].reset_index(drop=True)
    print(f"{len(pairs)} pairs ({int(pairs['same'].sum())} same problem); tuned on {len(tune)}, "
          f"held out {len(test)} ({len(pairs) - len(tune) - len(test)} across both sides left "
          f"out); background {len(background)} opinions; {int(praise.sum())} pairs with a side "
          "read as praise")  # fmt: skip
    fold = folds(tune["group"])
    same = tune["same"].to_numpy()
    results = []
    for values in itertools.product(*GRID.values()):
        setting = dict(zip(GRID, values, strict=True))
        score = pair_similarities(tune, tokens, background, **setting)
        linked = np.where(tune["praise"], -9.0, score)
        results.append((cross_validated(linked, same, fold, BETA), setting, score))
    results.sort(key=lambda r: -r[0].f_beta(BETA))
    print("\nbest settings, cross-validated with the praise rule:")
    for scored, setting, _ in results[:8]:
        print(line(str(setting), scored))
    baseline = next(r for r in results if r[1]["bonus"] == 0 and r[1]["penalty"] == 0)
    print(line(f"best without places {baseline[1]}", baseline[0]))
    scored, chosen, score = results[0]
    print(f"\nchosen: {chosen}")
    print(line("CV, similarity alone", cross_validated(score, same, fold, BETA)))
    print(line("CV, with the praise rule", scored))
    linked = np.where(tune["praise"], -9.0, score)
    tuned = best_threshold(linked, same, BETA)
    print(line("tuning part at its best threshold", tuned))
    held = pair_similarities(test, tokens, background, **chosen)
    held_linked = np.where(test["praise"], -9.0, held)
    print(line("HELD OUT, similarity alone", score_pairs(held, test["same"].to_numpy(),
                                                          tuned.threshold)))  # fmt: skip
    print(line("HELD OUT, with the praise rule", score_pairs(held_linked, test["same"].to_numpy(),
                                                              tuned.threshold)))  # fmt: skip
    shipped = dict(word_weight=0.0, char_ngrams=(3, 5), bonus=0.1, penalty=1.0)
    score = np.where(tune["praise"], -9.0, pair_similarities(tune, tokens, background, **shipped))
    at = score_pairs(score, same, SAME_PROBLEM)
    print(line(f"\nshipped score at {SAME_PROBLEM}, tuning part", at))
    print(line("shipped score, CV", cross_validated(score, same, fold, BETA)))
    held = np.where(test["praise"], -9.0, pair_similarities(test, tokens, background, **shipped))
    print(line("shipped score, HELD OUT", score_pairs(held, test["same"].to_numpy(),
                                                      SAME_PROBLEM)))  # fmt: skip
    clusters = pair_clusters(pairs)
    aside = held_out(clusters["cluster"])
    print("\nchains over the pairs' texts, each cluster an area (planted-style recall, precision):")
    scored = {}
    for join in JOINS:
        tuned_part = cluster_chains(clusters[~aside], tokens, labels, join=join)
        held_part = cluster_chains(clusters[aside], tokens, labels, join=join)
        f_one = f_beta(tuned_part.precision, tuned_part.recall, 1.0)
        scored[join] = f_one
        praise = cluster_chains(clusters, tokens, labels, praise=True, join=join)
        print(f"  join {join:.2f}: tuning part R {tuned_part.recall:.3f} "
              f"P {tuned_part.precision:.3f} F1 {f_one:.3f} ({tuned_part.planted_pairs} pairs)"
              f" | HELD OUT R {held_part.recall:.3f} P {held_part.precision:.3f} "
              f"({held_part.planted_pairs}) | all, with praise attached R {praise.recall:.3f} "
              f"P {praise.precision:.3f}")  # fmt: skip
    best = max(scored.values())
    chosen_join = max(join for join, f in scored.items() if f >= best - JOIN_TIE)
    print(f"chosen join {chosen_join:.2f}: the highest within {JOIN_TIE} of the best F1 on the "
          f"tuning part ({best:.3f}); shipped {JOIN_CHAIN}")  # fmt: skip
    print("\nby kind at the tuned threshold (wrong / pairs), with the praise rule:")
    for name, frame, values in (("CV part", tune, linked), ("held out", test, held_linked)):
        called = values >= tuned.threshold
        summary = [
            f"{kind} {int((called[rows.index] != rows['same']).sum())}/{len(rows)}"
            for kind, rows in frame.groupby("kind")
        ]
        print(f"  {name}: " + ", ".join(summary))


if __name__ == "__main__":
    sys.exit(main())
