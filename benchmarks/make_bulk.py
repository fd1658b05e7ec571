"""Write a large synthetic corpus as exports: opinions across the 63 old provinces and ten years.

Each province gets a folder of yearly CSV exports (UTF-8 with BOM, the header names district
offices use), so `analysis ingest` reads them as it reads real files.

    .venv/bin/python benchmarks/make_bulk.py --opinions 1000000 --out benchmarks/bulk
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from analysis.core.text import fold_key
from analysis.ingest.gazetteer import load_gazetteer, province_names

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `tools` when run as a script

from tools.sample.opinions import write_opinions

YEARS = range(2016, 2026)
HEADER = ["STT", "Đơn vị", "Ngày hội nghị", "Xã, phường", "Người phát biểu", "Thành phần",
          "Nội dung ý kiến", "Kết quả trả lời", "Hình thức trả lời"]  # fmt: skip


def write_province_year(
    folder: Path, province: str, year: int, count: int, rng: random.Random
) -> int:
    """One year's export of one province: about `count` opinions over its districts."""
    gazetteer = load_gazetteer(province, former=True)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"tong-hop-{year}.csv", "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        number = 0
        per_district = max(1, round(count / len(gazetteer.districts)))
        for district in gazetteer.districts:
            day = dt.date(year, rng.randint(8, 11), rng.randint(1, 28))
            communes = gazetteer.old_communes[district]
            for opinion in write_opinions(rng, year, district, communes, day, per_district):
                number += 1
                writer.writerow([number, district, day.strftime("%d/%m/%Y"), opinion.commune,
                                 opinion.speaker, opinion.speaker_group, opinion.text,
                                 opinion.response, opinion.response_mode])  # fmt: skip
    return number


def write_province(folder: Path, province: str, per_file: int, seed: int) -> int:
    """Ten years of one province's exports, from its own seeded generator."""
    rng = random.Random(f"{seed}-{province}")
    return sum(
        write_province_year(folder / str(year), province, year, per_file, rng) for year in YEARS
    )


def main() -> None:
    """Write the corpus."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--opinions", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/bulk"))
    parser.add_argument("--seed", type=int, default=63)
    args = parser.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    provinces = {fold_key(name): name for name in province_names()}
    per_file = max(1, args.opinions // (len(provinces) * len(YEARS)))
    jobs = [(args.out / key, name, per_file, args.seed) for key, name in sorted(provinces.items())]
    with ProcessPoolExecutor() as pool:
        written = sum(pool.map(write_province, *zip(*jobs, strict=True)))
    (args.out / "README.md").write_text(
        "Dữ liệu mẫu tổng hợp cho đo hiệu năng.\n", encoding="utf-8"
    )
    print(f"{written:,} opinions in {args.out}")


if __name__ == "__main__":
    main()
