"""What the notebooks call: load a year's data (bringing it up to date first) and show tables.

Notebooks stay thin: one call per cell. Key figures are checked against the figures recorded for
the shipped sample (tests/data/notebook_figures.json), so a silent change fails `make test`;
on real data they are only shown.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.config import Settings, load_settings
from analysis.labels import STANCES, THEMES
from analysis.privacy import for_meeting

FIGURES_FILE = Path("tests") / "data" / "notebook_figures.json"
UPDATE_ENV = "ANALYSIS_UPDATE_FIGURES"


@dataclass
class YearData:
    """The processed tables, with the chosen year's rows picked out."""

    settings: Settings
    year: int
    classified: pd.DataFrame
    conferences: pd.DataFrame
    rejects: pd.DataFrame

    @property
    def this_year(self) -> pd.DataFrame:
        """Classified opinions of the chosen year."""
        return self.classified[self.classified["year"] == self.year]

    @property
    def rejects_this_year(self) -> pd.DataFrame:
        """Rejected rows of the chosen year's files."""
        return self.rejects[self.rejects["source_file"].str.startswith(f"{self.year}/")]

    @property
    def is_sample(self) -> bool:
        """True when the data is the synthetic sample shipped in data/raw."""
        return bool(self.classified["is_synthetic"].all()) if len(self.classified) else False


def load(year: int, province: str | None = None) -> YearData:
    """Bring the processed data up to date (skipped when unchanged) and load it for `year`."""
    from analysis.pipeline import console, read_table, run_all

    settings = load_settings(province)
    console.quiet = True  # a notebook shows tables, not the command line's progress
    try:
        ok = run_all(settings, reports=False, notebooks=False)
    finally:
        console.quiet = False
    if not ok:
        print("Có tệp không đọc được: xem notebook 01-lam-sach hoặc chạy `analysis ingest`.")
    processed = settings.processed_dir
    classified = read_table(processed / "classified.parquet")
    if year not in set(classified["year"]):
        years = ", ".join(map(str, sorted(classified["year"].unique())))
        raise ValueError(f"Không có dữ liệu năm {year}; các năm có dữ liệu: {years}")
    rejects = pd.read_csv(processed / "rejects.csv", dtype=str, keep_default_na=False)
    return YearData(
        settings, year, classified, read_table(processed / "conferences.parquet"), rejects
    )


def rows_per_file(data: YearData) -> pd.DataFrame:
    """Per file of the year: opinions kept and rows rejected."""
    kept = data.this_year.groupby("source_file").size().rename("Giữ lại")
    rejected = data.rejects_this_year.groupby("source_file").size().rename("Loại bỏ")
    table = pd.concat([kept, rejected], axis=1).fillna(0).astype(int)
    table["Tổng dòng dữ liệu"] = table.sum(axis=1)
    return table.rename_axis("Tệp")


def rows_per_district(data: YearData) -> pd.DataFrame:
    """Opinions kept per district in the year."""
    return (
        data.this_year.groupby("district")
        .size()
        .rename("Số ý kiến")
        .rename_axis("Đơn vị")
        .to_frame()
    )


def rejects_by_reason(data: YearData) -> pd.DataFrame:
    """Rejected rows by kind of reason, with one example each."""
    rejects = data.rejects_this_year.assign(kind=lambda f: f["reason"].str.split(":").str[0])
    grouped = rejects.groupby("kind")
    return pd.DataFrame(
        {
            "Số dòng": grouped.size(),
            "Ví dụ": grouped["raw_cells"].first().map(lambda t: for_meeting(t)[:160]),
            "Vị trí ví dụ": grouped.apply(_where, include_groups=False),
        }
    ).rename_axis("Lý do")


def _where(rows: pd.DataFrame) -> str:
    """Where the first of some rejected rows is: file, sheet and row."""
    first = rows.iloc[0]
    return f"{first['source_file']} {first['source_sheet']} dòng {first['source_row']}".strip()


def normalisation_changes(data: YearData) -> pd.DataFrame:
    """How many opinions each clean-up step changed, and district spellings that were mapped."""
    steps = data.this_year["text_changes"].str.split("; ").explode()
    steps = steps[steps.fillna("") != ""].value_counts().rename("Số ý kiến")
    spellings = data.this_year[data.this_year["district_raw"] != data.this_year["district"]]
    mapped = spellings.groupby(["district_raw", "district"]).size().rename("Số ý kiến")
    mapped.index = [f"'{raw}' → {official}" for raw, official in mapped.index]
    return pd.concat([steps, mapped]).rename_axis("Thay đổi").to_frame()


def _masked(opinions: pd.DataFrame) -> list[str]:
    """The opinions' texts without names or personal numbers, fit to show on a screen."""
    speakers = opinions["speaker"] if "speaker" in opinions else [""] * len(opinions)
    return [for_meeting(t, s) for t, s in zip(opinions["text"], speakers, strict=True)]


def theme_stance_counts(data: YearData) -> pd.DataFrame:
    """Opinions of the year by theme and stance, with Vietnamese names and totals."""
    table = pd.crosstab(data.this_year["theme"], data.this_year["stance"], margins=True,
                        margins_name="Tổng")  # fmt: skip
    table = table.reindex(index=[*THEMES, "Tổng"], columns=[*STANCES, "Tổng"], fill_value=0)
    return table.rename(index=THEMES, columns=STANCES)


def examples_with_evidence(data: YearData, per_theme: int = 2) -> pd.DataFrame:
    """The clearest opinions per theme with the evidence that decided them (names masked)."""
    frame = data.this_year.sort_values(["theme_score", "record_id"], ascending=[False, True])
    picked = frame.groupby("theme", sort=False).head(per_theme)
    return pd.DataFrame(
        {
            "Chủ đề": picked["theme"].map(THEMES),
            "Lập trường": picked["stance"].map(STANCES),
            "Ý kiến": _masked(picked),
            "Căn cứ": picked["evidence"],
        }
    ).reset_index(drop=True)


def review_queue(data: YearData, head: int = 10) -> pd.DataFrame:
    """The year's opinions the classifier is unsure of, least sure first."""
    queue = data.this_year[data.this_year["needs_review"]]
    queue = queue.assign(score=queue[["theme_score", "stance_score"]].min(axis=1))
    queue = queue.sort_values(["score", "record_id"]).head(head)
    return pd.DataFrame(
        {
            "Mã ý kiến": queue["record_id"],
            "Ý kiến": _masked(queue),
            "Máy gán": queue["theme"].map(THEMES) + " / " + queue["stance"].map(STANCES),
            "Độ chắc chắn": queue["score"].round(2),
        }
    ).reset_index(drop=True)


def key_figures(notebook: str, data: YearData, figures: dict[str, float]) -> pd.Series:
    """Show the key figures; on the shipped sample, check them against the recorded ones.

    Set ANALYSIS_UPDATE_FIGURES=1 to record new figures after an intended change.
    """
    figures = {k: round(float(v), 4) for k, v in figures.items()}
    if data.is_sample:
        path = data.settings.root / FIGURES_FILE
        recorded = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        key = f"{notebook}/{data.year}"
        if os.environ.get(UPDATE_ENV):
            recorded[key] = figures
            path.write_text(json.dumps(recorded, ensure_ascii=False, indent=1, sort_keys=True),
                            encoding="utf-8")  # fmt: skip
        elif key in recorded and recorded[key] != figures:
            changed = {k: (recorded[key].get(k), v) for k, v in figures.items()
                       if recorded[key].get(k) != v}  # fmt: skip
            raise AssertionError(f"Số liệu chính đã thay đổi so với số đã ghi nhận: {changed}")
    return pd.Series(figures, name=f"Số liệu chính năm {data.year}")


def cache_of(data: YearData) -> Path:
    """The classifier's cache, so charts reuse tokens instead of tokenizing again."""
    from analysis.pipeline import cache_path

    return cache_path(data.settings)
