"""Time recurring chains, emerging terms and unfit groups on a large synthetic corpus.

    .venv/bin/python benchmarks/bench_trends.py --opinions 10000 --repeat 3

The corpus: opinions from the sample writer for every district of the new Lâm Đồng (its three
former provinces) in 2019-2026, each with its commune on today's map, labelled with the
writer's theme and stance. Warm: tokens read from a filled token cache, as in a run after
classify. Cold: an empty cache, so every text is tokenized first (on both cores).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `tools` when run as a script

from analysis.core.cache import digest
from analysis.core.tokens import opinion_tokens
from analysis.ingest.gazetteer import load_gazetteer
from analysis.trends import emerging_terms, recurring_chains, unfit_groups
from tools.sample.opinions import write_opinions

YEARS = range(2019, 2027)


def corpus(opinions: int, seed: int = 13) -> pd.DataFrame:
    """About `opinions` classified-like rows over every district and year."""
    gazetteer = load_gazetteer("Lâm Đồng")
    rng = random.Random(seed)
    per_district = max(1, round(opinions / (len(YEARS) * len(gazetteer.districts))))
    rows = []
    for year in YEARS:
        for district in gazetteer.districts:
            communes = gazetteer.old_communes[district]
            day = dt.date(year, 10, rng.randint(1, 28))
            for opinion in write_opinions(rng, year, district, communes, day, per_district):
                rows.append(
                    {
                        "record_id": digest(str(len(rows)), opinion.text)[:16],
                        "year": year,
                        "date": pd.Timestamp(day),
                        "district": district,
                        "commune": opinion.commune,
                        "commune_current": gazetteer.successors.get(
                            (district, opinion.commune), ""
                        ),
                        "former_province": gazetteer.former_province.get(district, ""),
                        "text": opinion.text,
                        "response": opinion.response,
                        "response_timing": "tai_hoi_nghi" if opinion.response else "chua_tra_loi",
                        "theme": opinion.theme,
                        "stance": opinion.stance,
                        "theme_score": rng.uniform(0.3, 1.0),
                    }
                )
    return pd.DataFrame(rows)


def run_once(frame: pd.DataFrame, cache: Path, year: int) -> dict[str, float]:
    """Seconds for tokens, recurring chains, emerging terms and unfit groups."""
    times = {}
    start = time.perf_counter()
    tokens = opinion_tokens(frame["text"].tolist(), cache)
    times["tokens"] = time.perf_counter() - start
    for name, work in (
        ("recurring", lambda: recurring_chains(frame, tokens, year)),
        ("emerging", lambda: emerging_terms(frame, tokens, year)),
        ("unfit", lambda: unfit_groups(frame, tokens, year)),
    ):
        begin = time.perf_counter()
        work()
        times[name] = time.perf_counter() - begin
    times["total"] = time.perf_counter() - start
    return times


def main() -> None:
    """Print medians of warm and cold runs."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--opinions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    frame = corpus(args.opinions)
    year = max(YEARS)
    print(f"{len(frame):,} opinions, {frame['district'].nunique()} districts, "
          f"{frame['commune'].nunique()} communes, {len(YEARS)} years")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        warm_cache = Path(folder) / "warm.sqlite"
        opinion_tokens(frame["text"].tolist(), warm_cache)  # fill it (and import underthesea)
        runs = {
            "warm": [run_once(frame, warm_cache, year) for _ in range(args.repeat)],
            "cold": [
                run_once(frame, Path(folder) / f"cold-{i}.sqlite", year) for i in range(args.repeat)
            ],
        }
    parts = ("tokens", "recurring", "emerging", "unfit", "total")
    print(f"{'run':<6}" + "".join(f"{p:>11}" for p in parts) + "   (median seconds)")
    for name, timings in runs.items():
        medians = [statistics.median(t[p] for t in timings) for p in parts]
        print(f"{name:<6}" + "".join(f"{m:>11.2f}" for m in medians))


if __name__ == "__main__":
    main()
