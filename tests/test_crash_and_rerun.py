"""Crash safety and reruns: killed runs leave readable outputs; reruns are byte-identical."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import PROVINCE

from analysis.ingest.records import ingest, write_outputs

OUTPUTS = ("opinions.parquet", "conferences.parquet", "classified.parquet", "rejects.csv")
ROWS = [
    "Đắk Mil,15/9/{y},Đề nghị Công an xã tăng cường tuần tra ban đêm ở thôn {i}.",
    "Cư Jút,16/9/{y},Tình trạng trộm cắp cà phê vẫn còn xảy ra ở thôn {i}.",
    "Krông Nô,17/9/{y},Cảm ơn Công an huyện đã giải quyết nhanh vụ việc ở buôn {i}.",
    "Huyện Krông Pắc,18/9/{y},Đề nghị xử lý xe quá tải ở thôn {i}.",
]


def make_raw(raw: Path, years: list[int]) -> None:
    """Small exports for the given years, with one foreign-district row per file."""
    for year in years:
        lines = ["Đơn vị,Ngày hội nghị,Nội dung ý kiến"]
        lines += [row.format(y=year, i=i) for i in range(12) for row in ROWS]
        (raw / str(year)).mkdir(parents=True, exist_ok=True)
        (raw / str(year) / "tong-hop.csv").write_text("\n".join(lines), encoding="utf-8")


def make_project(root: Path) -> Path:
    """A project folder with settings and the small exports of two years."""
    root.mkdir(parents=True)
    (root / "analysis.toml").write_text(f'province = "{PROVINCE}"\n', encoding="utf-8")
    make_raw(root / "data" / "raw", [2023, 2024])
    return root


def command(root: Path) -> tuple[list[str], dict[str, str]]:
    """`analysis run` without notebooks, in the given project."""
    env = {**os.environ, "ANALYSIS_ROOT": str(root)}
    return [sys.executable, "-m", "analysis", "run", "--no-notebooks"], env


def outputs_of(root: Path) -> dict[str, bytes]:
    """The processed tables' bytes."""
    folder = root / "data" / "processed"
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def test_ingest_twice_gives_byte_identical_tables(tmp_path):
    raw = tmp_path / "raw"
    make_raw(raw, [2023, 2024])
    for out in ("a", "b"):
        write_outputs(ingest(raw, PROVINCE), tmp_path / out)
    for name in ("opinions.parquet", "conferences.parquet", "rejects.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_a_new_year_changes_nothing_of_earlier_years(tmp_path):
    raw = tmp_path / "raw"
    make_raw(raw, [2023, 2024])
    before = ingest(raw, PROVINCE).opinions
    make_raw(raw, [2025])
    after = ingest(raw, PROVINCE).opinions
    earlier = after[after["year"] < 2025].reset_index(drop=True)
    pd.testing.assert_frame_equal(before, earlier)


@pytest.mark.slow
def test_killed_runs_leave_readable_outputs_and_the_next_run_matches(tmp_path):
    reference = make_project(tmp_path / "reference")
    args, env = command(reference)
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=300)
    expected = outputs_of(reference)

    project = make_project(tmp_path / "killed")
    args, env = command(project)
    rng = random.Random(5)
    for _ in range(6):
        process = subprocess.Popen(
            args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.5, 6.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        for name in OUTPUTS:
            path = project / "data" / "processed" / name
            if path.exists():  # whatever exists must be whole
                frame = pd.read_parquet(path) if name.endswith(".parquet") else pd.read_csv(path)
                assert len(frame.columns) > 0
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=300)
    assert outputs_of(project) == expected
    leftovers = list((project / "data" / "processed").glob(".*.tmp"))
    assert leftovers == []
    shutil.rmtree(tmp_path)
