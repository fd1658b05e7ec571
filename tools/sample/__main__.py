"""Regenerate the synthetic sample: `python -m tools.sample [RAW_DIR] [--seed N] [--manifest PATH]`.

Run from the repository root. It rewrites data/raw/ (the synthetic exports the pipeline and
notebooks run on) and tests/data/sample_manifest.csv (the ground truth the tests check the ingest
against), or the paths given, byte for byte the same for the same seed, so a diff shows any real
change.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tools.sample.generate import generate_sample

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and write the sample."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.sample",
        description="Tạo lại dữ liệu mẫu tổng hợp (data/raw) và tệp đối chiếu (manifest).",
    )
    parser.add_argument(
        "raw_dir",
        nargs="?",
        type=Path,
        default=ROOT / "data" / "raw",
        help="thư mục ghi dữ liệu mẫu (mặc định: data/raw)",
    )
    parser.add_argument(
        "--manifest",
        type=Path,
        default=ROOT / "tests" / "data" / "sample_manifest.csv",
        help="tệp manifest (mặc định: tests/data/sample_manifest.csv)",
    )
    parser.add_argument(
        "--seed", type=int, default=2019, help="hạt giống ngẫu nhiên (mặc định: 2019)"
    )
    args = parser.parse_args(argv)
    generate_sample(args.raw_dir, args.manifest, seed=args.seed)
    print(f"Đã tạo dữ liệu mẫu tổng hợp trong {args.raw_dir}")
    print(f"Đã ghi tệp đối chiếu (manifest) {args.manifest}")


if __name__ == "__main__":
    main()
