"""Time and peak memory of ingest and classify on corpora written by make_bulk.py.

Each stage runs in its own process, so its peak resident memory is measured alone. Ingest reads
every province folder of a corpus (one `ingest` per province, as analysts run it); classify
labels all of the corpus's opinions with an empty cache.

    .venv/bin/python benchmarks/bench_scale.py benchmarks/bulk-10k benchmarks/bulk-100k ...
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

INGEST = """
import sys
from pathlib import Path
import pandas as pd
from analysis.ingest.gazetteer import load_gazetteer, province_names
from analysis.ingest.records import ingest
from analysis.core.text import fold_key

corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
names = {fold_key(name): f"{name} (cũ)" for name in province_names()}  # former provinces
frames, rejected = [], 0
for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
    result = ingest(folder, names[folder.name])
    frames.append(result.opinions)
    rejected += len(result.rejects)
opinions = pd.concat(frames, ignore_index=True)
opinions.to_parquet(out)
print(len(opinions), rejected)
"""
PEAK = """
import resource
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(own + workers)
"""

CLASSIFY = """
import sys
from pathlib import Path
import pandas as pd
from analysis.classify.table import classify

opinions = pd.read_parquet(sys.argv[1], columns=["record_id", "text"])
result = classify(opinions, cache_path=Path(sys.argv[2]))
print(len(result), int(result["needs_review"].sum()))
"""


def measured(script: str, *args: str) -> tuple[float, float, str]:
    """Wall seconds, peak resident memory in GB and what the stage printed.

    The peak is the stage process's own plus the largest of its worker processes (an upper
    bound of what was resident at once).
    """
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script + PEAK, *args], check=True,
                          capture_output=True, text=True)  # fmt: skip
    seconds = time.perf_counter() - start
    *printed, peak_kb = done.stdout.strip().splitlines()
    return seconds, int(peak_kb) / 1024**2, printed[-1]


def main() -> None:
    """Measure each corpus and print one line per stage."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpora", type=Path, nargs="+")
    parser.add_argument("--stages", default="ingest,classify", help="ingest, classify or both")
    args = parser.parse_args()
    stages = args.stages.split(",")
    print(f"{os.cpu_count()} cores; each stage in a fresh process; classify with an empty cache")
    for corpus in args.corpora:
        work = corpus.parent / ".work" / corpus.name  # kept, so classify can be rerun alone
        work.mkdir(parents=True, exist_ok=True)
        opinions = work / "opinions.parquet"
        if "ingest" in stages:
            seconds, peak, printed = measured(INGEST, str(corpus), str(opinions))
            kept, rejected = printed.split()
            print(
                f"{corpus.name:>14} ingest   {seconds:8.1f} s  peak {peak:5.2f} GB  "
                f"{int(kept):,} kept, {int(rejected):,} rejected"
            )
        if "classify" in stages:
            (work / "cache.sqlite").unlink(missing_ok=True)
            seconds, peak, printed = measured(CLASSIFY, str(opinions), str(work / "cache.sqlite"))
            count = int(printed.split()[0])
            print(
                f"{corpus.name:>14} classify {seconds:8.1f} s  peak {peak:5.2f} GB  "
                f"{count / seconds:,.0f} opinions/s"
            )


if __name__ == "__main__":
    main()
