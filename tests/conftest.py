"""Fixtures shared by the tests: the repository, the sample's province, folders and projects."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).parents[1]
PROVINCE = "Đắk Nông"  # the province of the shipped synthetic sample


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    """An empty raw-exports folder (data/raw) to build tiny exports in."""
    return tmp_path / "raw"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway project root with settings and empty data folders, in use for the test."""
    (tmp_path / "analysis.toml").write_text(f'province = "{PROVINCE}"\n', encoding="utf-8")
    for folder in ("raw", "processed", "labels"):
        (tmp_path / "data" / folder).mkdir(parents=True)
    monkeypatch.setenv("ANALYSIS_ROOT", str(tmp_path))
    return tmp_path


@pytest.fixture(scope="session")
def sample_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's project with the shipped sample ingested and classified.

    Built once per test session through the same steps as `analysis run` (without reports).
    """
    from analysis.core.settings import load_settings
    from analysis.steps import console, update_processed

    root = tmp_path_factory.mktemp("sample-project")
    shutil.copy(REPO / "analysis.toml", root / "analysis.toml")
    shutil.copytree(REPO / "data" / "raw", root / "data" / "raw")
    shutil.copytree(REPO / "data" / "labels", root / "data" / "labels")
    console.quiet = True
    try:
        assert update_processed(load_settings(root=root))
    finally:
        console.quiet = False
    return root


def classified_frame() -> pd.DataFrame:
    """Two years of a few classified opinions in two districts."""
    rows = [
        (2023, "Huyện Đắk Mil", "toi_pham", "phe_binh", "tai_hoi_nghi"),
        (2023, "Huyện Đắk Mil", "toi_pham", "phe_binh", "sau_hoi_nghi"),
        (2023, "Huyện Cư Jút", "khac", "kien_nghi", "chua_tra_loi"),
        (2024, "Huyện Đắk Mil", "toi_pham", "khen_ngoi", "tai_hoi_nghi"),
        (2024, "Huyện Cư Jút", "trat_tu_giao_thong", "phe_binh", "tai_hoi_nghi"),
        (2024, "Huyện Cư Jút", "trat_tu_giao_thong", "phe_binh", "sau_hoi_nghi"),
    ]
    frame = pd.DataFrame(rows, columns=["year", "district", "theme", "stance", "response_timing"])
    texts = [
        "Ông Nguyễn Văn Hùng (thôn 3) phản ánh: bị lừa, gọi lại số 0905 123 456 không được.",
        "Trộm cắp vẫn còn, CCCD số 066090001234 bị mất.",
        '=HYPERLINK("http://x") đề nghị làm đường.',
        "Cảm ơn công an xã, không còn trộm cắp.",
        "Xe quá tải vẫn chạy qua trường học, gửi email a.b@gmail.com.",
        "Đua xe vẫn còn vào ban đêm.",
    ]
    return frame.assign(
        record_id=[f"{i:016x}" for i in range(6)],
        text=texts,
        theme_score=0.9,
        stance_score=0.9,
        evidence="Chủ đề: trộm cắp",
        needs_review=[False, False, True, False, False, False],
        is_synthetic=True,
        speaker="Nguyễn Văn Hùng",
        former_province="Tỉnh Đắk Nông",
        commune_current=["Xã Đắk Mil", "Xã Đắk Mil", "Xã Cư Jút", "Xã Đắk Mil", "Xã Cư Jút", None],
    )


CONFERENCES = pd.DataFrame(
    {
        "year": [2023, 2023, 2024, 2024],
        "district": ["Huyện Đắk Mil", "Huyện Cư Jút"] * 2,
        "delegates": [200, 100, 150, 120],
    }
)
