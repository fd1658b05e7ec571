"""Measure recurring chains and emerging terms against the sample's planted truth; prints figures.

    .venv/bin/analysis run --no-notebooks     # data/processed/ from the sample in data/raw/
    .venv/bin/python scripts/evaluate_trends_sample.py [--area commune|unit]

Joins tests/data/sample_manifest.csv (columns situation, chain, chain_role, emerging) to the
processed opinions by file, sheet and row; tests/data/sample_planted.json names the emerging
topic's year and key terms. Goals (issue #13): chain recall >= 0.90 and precision >= 0.80,
across encodings and with or without diacritics; the planted topic in the top 5 terms of its
year; no stopword or name in the top 20.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import pandas as pd

from analysis.core.text import fold
from analysis.core.tokens import opinion_tokens
from analysis.trends import emerging_terms, recurring_chains
from analysis.trends.areas import area_of, place_names
from analysis.trends.evaluation import chain_scores, emerging_scores, join_manifest, variant_of

ROOT = Path(__file__).resolve().parents[1]
_NAME = re.compile(r"(?:[A-ZĐÀ-Ỹ][\w']*\s+){1,3}[A-ZĐÀ-Ỹ][\w']*")


def planted_topics(value: object) -> list[tuple[int, list[str]]]:
    """Every (year, terms) found in the planted-truth JSON, however it is nested."""
    found = []
    if isinstance(value, dict):
        if "year" in value and "terms" in value:
            found.append((int(value["year"]), [str(t) for t in value["terms"]]))
        for inner in value.values():
            found += planted_topics(inner)
    elif isinstance(value, list):
        for inner in value:
            found += planted_topics(inner)
    return found


def main() -> None:
    """Print chain recall and precision (by variant) and the planted terms' ranks."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--area", default="commune", choices=["commune", "unit"])
    args = parser.parse_args()
    classified = pd.read_parquet(ROOT / "data/processed/classified.parquet")
    manifest = pd.read_csv(ROOT / "tests/data/sample_manifest.csv", dtype=str,
                           keep_default_na=False)  # fmt: skip
    truth = join_manifest(classified, manifest)
    for column in ("chain", "situation"):
        if column not in truth:
            print(f"the manifest has no '{column}' column yet: figures below are not meaningful")
            truth[column] = ""
    truth = truth.assign(area=area_of(truth, args.area), variant=variant_of(truth))
    tokens = opinion_tokens(classified["text"].tolist(),
                            ROOT / "data/processed/.cache/classifier.sqlite")  # fmt: skip
    last = int(classified["year"].max())
    found = recurring_chains(classified, tokens, last, area=args.area)
    scores = chain_scores(truth, found.members)
    print(f"{len(found.chains)} chains up to {last} ({args.area}); "
          f"{int((truth['chain'] != '').sum())} planted opinions")  # fmt: skip
    print(f"recall    {scores.recall:.3f}  ({scores.planted_pairs} planted pairs)")
    print(f"precision {scores.precision:.3f}  ({scores.found_pairs} found pairs touching planted)")
    print(
        f"unplanted pairs right (same situation and area) {scores.unplanted_correct:.3f} "
        f"({scores.unplanted_pairs} pairs)"
    )
    for variant, recall in scores.recall_by_variant.items():
        print(f"  recall, pairs with a member '{variant}': {recall:.3f}")
    planted_file = ROOT / "tests/data/sample_planted.json"
    if not planted_file.exists():
        print("no tests/data/sample_planted.json yet")
        return
    names = {fold(n) for s in classified["speaker"].dropna() for n in _NAME.findall(s)}
    names |= place_names(classified)
    for year, terms in planted_topics(json.loads(planted_file.read_text(encoding="utf-8"))):
        table = emerging_terms(classified, tokens, year)
        result = emerging_scores(table, terms, names)
        print(f"\nemerging {year}: best rank {result.best_rank}, ranks {result.ranks}")
        print(f"  stopwords or names in the top 20: {result.unwanted or 'none'}")
        print("  top 10: " + "; ".join(table["term"].head(10)))


if __name__ == "__main__":
    sys.exit(main())
