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


def recurring_frame() -> pd.DataFrame:
    """Two years of classified opinions with one problem raised again in the same commune.

    The traffic problem of Xã Đắk Mil was promised a fix in 2023 and comes back in 2024; both
    opinions name their speaker and a phone number, the answer names an officer. In 2024 three
    opinions in three communes name "đầu tư tiền ảo" (an emerging term), and two unsure "khac"
    opinions about irrigation ditches fit no theme together.
    """
    rows = [
        (2023, "Huyện Đắk Mil", "Xã Đắk Mil", "trat_tu_giao_thong", "phe_binh", "tai_hoi_nghi",
         "Ông Trần Văn Bình (thôn 5) phản ánh: xe tải chở cát chạy quá tốc độ qua cổng trường "
         "tiểu học, đề nghị lắp biển báo và gờ giảm tốc. Liên hệ 0912 345 678.",
         "Ông Trần Văn Bình", "Đ/c Thiếu tá Lê Văn Cường, Trưởng Công an xã trả lời: Tiếp thu, "
         "Công an xã sẽ phối hợp kiểm tra, lắp biển báo trong quý tới.", 0.9),
        (2023, "Huyện Đắk Mil", "Xã Đắk Mil", "toi_pham", "phe_binh", "sau_hoi_nghi",
         "Trộm cắp cà phê vẫn còn xảy ra ở thôn 2.", "", "Công an xã đã tăng cường tuần tra.",
         0.9),
        (2023, "Huyện Cư Jút", "Xã Cư Jút", "toi_pham", "kien_nghi", "chua_tra_loi",
         "Đề nghị tuyên truyền phòng chống ma túy cho học sinh.", "", "", 0.9),
        (2023, "Huyện Cư Jút", "Xã Cư Jút", "khac", "kien_nghi", "chua_tra_loi",
         "Đường liên thôn xuống cấp, đi lại khó khăn.", "", "", 0.9),
        (2023, "Huyện Đắk Mil", "Xã Đức Mạnh", "quan_ly_hanh_chinh", "khen_ngoi", "tai_hoi_nghi",
         "Cảm ơn Công an xã làm căn cước nhanh chóng.", "", "Cảm ơn bà con.", 0.9),
        (2024, "Huyện Đắk Mil", "Xã Đắk Mil", "trat_tu_giao_thong", "phe_binh", "tai_hoi_nghi",
         "Bà Nguyễn Thị Hoa (thôn 5) phản ánh: xe tải chở cát vẫn chạy quá tốc độ qua cổng "
         "trường tiểu học, chưa có biển báo và gờ giảm tốc. Số điện thoại 0987 654 321.",
         "Bà Nguyễn Thị Hoa", "Tiếp thu, Công an xã sẽ báo cáo cấp trên.", 0.9),
        (2024, "Huyện Đắk Mil", "Xã Đắk Mil", "toi_pham", "phe_binh", "tai_hoi_nghi",
         "Nhiều người bị lừa đầu tư tiền ảo qua mạng, mất hàng trăm triệu đồng.", "",
         "Công an sẽ tuyên truyền.", 0.9),
        (2024, "Huyện Cư Jút", "Xã Cư Jút", "toi_pham", "kien_nghi", "sau_hoi_nghi",
         "Đề nghị cảnh báo thủ đoạn lừa đầu tư tiền ảo trên mạng xã hội.", "",
         "Đã đăng cảnh báo.", 0.9),
        (2024, "Huyện Đắk Mil", "Xã Đức Mạnh", "toi_pham", "phe_binh", "tai_hoi_nghi",
         "Thanh niên trong thôn tham gia đầu tư tiền ảo, gia đình rất lo lắng.", "",
         "Công an xã sẽ nắm tình hình.", 0.9),
        (2024, "Huyện Cư Jút", "Xã Cư Jút", "khac", "kien_nghi", "chua_tra_loi",
         "Đề nghị nạo vét kênh mương nội đồng trước mùa mưa.", "", "", 0.4),
        (2024, "Huyện Cư Jút", "Xã Cư Jút", "khac", "kien_nghi", "chua_tra_loi",
         "Kênh mương nội đồng bị bồi lấp, đề nghị nạo vét sớm.", "", "", 0.4),
        (2024, "Huyện Đắk Mil", "Xã Đức Mạnh", "khac", "kien_nghi", "chua_tra_loi",
         "Đề nghị lắp đèn chiếu sáng đường liên thôn.", "", "", 0.9),
    ]  # fmt: skip
    columns = ["year", "district", "commune", "theme", "stance", "response_timing", "text",
               "speaker", "response", "theme_score"]  # fmt: skip
    frame = pd.DataFrame(rows, columns=columns)
    return frame.assign(
        record_id=[f"{i:016x}" for i in range(len(frame))],
        date=pd.to_datetime([f"{year}-09-15" for year in frame["year"]]),
        commune_current=frame["commune"],
        commune_raw=frame["commune"],
        former_province="Tỉnh Đắk Nông",
        stance_score=0.9,
        evidence="",
        needs_review=False,
        is_synthetic=True,
    )


RECURRING_SECRETS = (
    "Trần Văn Bình",
    "Văn Bình",
    "Nguyễn Thị Hoa",
    "Thị Hoa",
    "Lê Văn Cường",
    "0912 345 678",
    "0987 654 321",
)


CONFERENCES = pd.DataFrame(
    {
        "year": [2023, 2023, 2024, 2024],
        "district": ["Huyện Đắk Mil", "Huyện Cư Jút"] * 2,
        "delegates": [200, 100, 150, 120],
    }
)


@pytest.fixture(scope="session")
def trend_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 2024 meeting pack of `recurring_frame`, with the trends the engine finds in it."""
    from analysis.report.document import write_report
    from analysis.trends import year_trends

    folder = tmp_path_factory.mktemp("trend-pack")
    frame = recurring_frame()
    write_report(frame, CONFERENCES, 2024, folder, "Đắk Nông", trends=year_trends(frame, 2024))
    return folder
