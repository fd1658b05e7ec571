"""Project settings: the repository root, `analysis.toml`, and the paths derived from them."""

from __future__ import annotations

import os
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

CONFIG_FILE = "analysis.toml"
ROOT_ENV = "ANALYSIS_ROOT"


class ConfigError(Exception):
    """Raised with a Vietnamese message when the settings file is missing or wrong."""


def find_project_root(start: Path | None = None) -> Path:
    """The nearest folder at or above `start` (default: cwd) that holds `analysis.toml`."""
    if os.environ.get(ROOT_ENV):
        return Path(os.environ[ROOT_ENV]).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise ConfigError(
        f"Không tìm thấy tệp cấu hình {CONFIG_FILE} trong {here} hoặc các thư mục cha. "
        "Hãy chạy lệnh từ thư mục dự án."
    )


@dataclass(frozen=True)
class Settings:
    """Province and folders of one project checkout."""

    root: Path
    province: str
    raw_dir: Path
    processed_dir: Path
    reports_dir: Path
    labels_dir: Path
    models_dir: Path
    unit: str = "district"  # the continuity unit of charts across years: "district" or "province"


# How an analyst may write the continuity unit in analysis.toml ([report] unit = "huyện cũ").
UNIT_WORDS = {
    "huyện cũ": "district",
    "huyen cu": "district",
    "district": "district",
    "tỉnh cũ": "province",
    "tinh cu": "province",
    "province": "province",
}


def parse_unit(typed: str) -> str:
    """ "huyện cũ" / "district" -> "district"; "tỉnh cũ" / "province" -> "province"."""
    unit = UNIT_WORDS.get(unicodedata.normalize("NFC", typed).strip().lower())
    if unit is None:
        raise ConfigError(
            f'Đơn vị so sánh qua các năm \'{typed}\' không hợp lệ: dùng "huyện cũ" hoặc "tỉnh cũ".'
        )
    return unit


def load_settings(
    province: str | None = None, root: Path | None = None, unit: str | None = None
) -> Settings:
    """Read `analysis.toml` at the project root; `province` and `unit` override the file's."""
    root = root or find_project_root()
    path = root / CONFIG_FILE
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"Không đọc được tệp cấu hình {path}: {exc}") from exc
    paths = raw.get("paths", {})
    chosen = province or raw.get("province")
    if not chosen:
        raise ConfigError(f'Tệp {path} chưa khai báo tỉnh (province = "...").')
    return Settings(
        root=root,
        province=chosen,
        raw_dir=root / paths.get("raw", "data/raw"),
        processed_dir=root / paths.get("processed", "data/processed"),
        reports_dir=root / paths.get("reports", "reports"),
        labels_dir=root / paths.get("labels", "data/labels"),
        models_dir=root / paths.get("models", "data/models"),
        unit=parse_unit(unit or raw.get("report", {}).get("unit", "district")),
    )
