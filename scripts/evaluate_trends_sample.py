"""Measure recurring chains and emerging terms against the sample's planted truth; prints figures.

    .venv/bin/analysis run --no-notebooks     # data/processed/ from the sample in data/raw/
    .venv/bin/python scripts/evaluate_trends_sample.py [--area commune|unit]

Joins tests/data/sample_manifest.csv (columns situation, chain, chain_role, emerging) to the
processed opinions by file, sheet and row; tests/data/sample_planted.json names the emerging
topic's year and key terms. Goals (issue #13): chain recall >= 0.90 and precision >= 0.80,
across encodings and with or without diacritics; the planted topic in the top 5 terms of its
year; no stopword or name in the top 20. Prints aggregate figures only: recall and precision
three ways (the raising members found, as first measured, whose planted truth also holds the
praise that closes a solved chain; with that praise counted when attached to its chain; the
planted raisings only), by typing and by source file, and the promise flag's recall and
precision.
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
from analysis.trends.evaluation import (
    chain_scores,
    emerging_scores,
    join_manifest,
    promise_scores,
    variant_of,
)

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
    print(f"{len(found.chains)} chains up to {last} ({args.area}); "
          f"{int((truth['chain'] != '').sum())} planted opinions")  # fmt: skip
    with_praise = ("raised", "praised_solved")
    for name, scores in (
        ("raised members only (as in the first measure)", chain_scores(truth, found.members)),
        ("praise that it is solved attached", chain_scores(truth, found.members, with_praise)),
        ("planted raisings only", chain_scores(truth, found.members, planted_roles=("raised",))),
    ):
        print(f"\n{name}:")
        print(f"  recall    {scores.recall:.3f}  ({scores.planted_pairs} planted pairs)")
        print(f"  precision {scores.precision:.3f}  ({scores.found_pairs} found pairs touching "
              f"planted)")  # fmt: skip
        print(f"  unplanted pairs right (same situation and area) "
              f"{scores.unplanted_correct:.3f} ({scores.unplanted_pairs} pairs)")  # fmt: skip
        for variant, recall in scores.recall_by_variant.items():
            print(f"  recall, pairs with a member '{variant}': {recall:.3f}")
        for file, recall in scores.recall_by_file.items():
            print(f"  recall, pairs with a member from {file}: {recall:.3f}")
    planted_file = ROOT / "tests/data/sample_planted.json"
    if not planted_file.exists():
        print("no tests/data/sample_planted.json yet")
        return
    planted = json.loads(planted_file.read_text(encoding="utf-8"))
    flags = {key: bool(chain["promised_unsolved"]) for key, chain in planted["chains"].items()}
    promise = promise_scores(truth, found.chains, found.members, flags)
    print(f"\n'đã hứa, chưa giải quyết': recall {promise.recall:.3f} "
          f"({promise.planted_flagged} planted chains flagged), precision {promise.precision:.3f} "
          f"({promise.flagged_planted} flagged found chains about a planted one), agreement "
          f"{promise.agreement:.3f} over {promise.planted_found} planted chains found; "
          f"{promise.flagged_unplanted} flagged chains of unplanted opinions")  # fmt: skip
    names = {fold(n) for s in classified["speaker"].dropna() for n in _NAME.findall(s)}
    names |= place_names(classified)
    for year, terms in planted_topics(planted):
        table = emerging_terms(classified, tokens, year)
        result = emerging_scores(table, terms, names)
        print(f"\nemerging {year}: best rank {result.best_rank}, ranks {result.ranks}")
        print(f"  stopwords or names in the top 20: {result.unwanted or 'none'}")
        print("  top 20: " + "; ".join(table["term"].head(20)))


if __name__ == "__main__":
    sys.exit(main())
