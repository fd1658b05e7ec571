"""Classifier speed: cold and warm `analysis classify` runs against a bare word_tokenize loop.

Each measurement is a fresh process, so start-up is included on both sides. Cold runs start with
an empty token cache; warm runs reuse it. Prints medians of --repeat runs and their ratios.

    .venv/bin/python benchmarks/bench_classify.py --opinions 6000 --repeat 3
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from analysis.ingest.gazetteer import load_gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `tools` when run as a script

from tools.sample.opinions import write_opinions

BARE_LOOP = """
import sys
import pandas as pd
from underthesea import word_tokenize
for text in pd.read_parquet(sys.argv[1])["text"]:
    word_tokenize(text)
"""


def unique_opinions(count: int, seed: int = 7) -> list[str]:
    """`count` distinct opinion texts from the sample writer, across districts and years."""
    gazetteer = load_gazetteer("Đắk Nông")
    rng = random.Random(seed)
    texts: dict[str, None] = {}
    while len(texts) < count:
        district = rng.choice(gazetteer.districts)
        year = rng.randint(2019, 2025)
        day = dt.date(year, rng.randint(8, 11), rng.randint(1, 28))
        communes = gazetteer.old_communes[district]
        for opinion in write_opinions(rng, year, district, communes, day, 50):
            texts.setdefault(opinion.text)
    return list(texts)[:count]


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall-clock seconds of one process."""
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--opinions", type=int, default=6000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="bench-classify-"))
    (root / "analysis.toml").write_text('province = "Đắk Nông"\n', encoding="utf-8")
    source = root / "opinions.parquet"
    pd.DataFrame({"text": unique_opinions(args.opinions)}).to_parquet(source)
    env = {**os.environ, "ANALYSIS_ROOT": str(root)}
    classify = [
        sys.executable,
        "-m",
        "analysis",
        "classify",
        str(source),
        "-o",
        str(root / "o.parquet"),
    ]
    cache = root / "data" / "processed" / ".cache"

    bare, cold, warm = [], [], []
    for _ in range(args.repeat):
        bare.append(timed([sys.executable, "-c", BARE_LOOP, str(source)], env))
        shutil.rmtree(cache, ignore_errors=True)
        cold.append(timed(classify, env))
        warm.append(timed(classify, env))
    shutil.rmtree(root)

    n = args.opinions
    rows = {"bare word_tokenize loop": bare, "classify, cold cache": cold, "classify, warm": warm}
    base = statistics.median(bare)
    print(f"{n} distinct opinions, {os.cpu_count()} cores, median of {args.repeat} runs")
    for name, runs in rows.items():
        median = statistics.median(runs)
        print(
            f"{name:26s} {median:6.2f} s  {n / median:7.0f} opinions/s  "
            f"{median / base:5.2f}x bare  (runs: {', '.join(f'{r:.2f}' for r in runs)})"
        )


if __name__ == "__main__":
    main()
