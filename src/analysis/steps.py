"""The steps of the main job: ingest -> classify -> report, each from settings to files.

The command line, the runner (`analysis.runner`) and the notebooks' loader all call these
functions. `update_processed` brings data/processed/ up to date: each stage records a
fingerprint of its inputs (data and code) in data/processed/.state.json and is skipped when
nothing it depends on has changed since its outputs were written.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pandas as pd
from rich.console import Console
from rich.table import Table

from analysis.core.atomic import remove_stale_temp_files, write_atomically
from analysis.core.decoding import decode_bytes
from analysis.core.runlock import run_lock
from analysis.core.settings import Settings

STATE_FILE = ".state.json"
REPORT_AREA = "commune"  # recurring problems are found within today's commune (trends' area)
console = Console()


class StepError(Exception):
    """A step cannot go on because of the user's data or settings; message in Vietnamese."""


def os_error_message(exc: OSError) -> str:
    """What a failed read or write means for the user, naming the file, in Vietnamese."""
    name = Path(str(exc.filename)) if exc.filename else None
    if name is not None and name.name.startswith(".") and name.suffix == ".tmp":
        name = name.parent  # a temporary file beside the target: the folder is the problem
    where = f"'{name}'" if name is not None else "tệp"
    if isinstance(exc, PermissionError):
        return (
            f"Không có quyền ghi hoặc đọc {where}: thư mục chỉ đọc, hoặc tệp đang mở trong "
            "Excel/chương trình khác. Hãy đóng tệp hoặc chọn thư mục khác rồi chạy lại."
        )
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return f"{where} là một tệp, không phải thư mục: hãy chỉ ra một thư mục kết quả."
    if exc.errno == errno.ENOSPC:
        return f"Ổ đĩa đầy, không ghi được {where}: hãy giải phóng chỗ trống rồi chạy lại."
    return f"Lỗi đọc/ghi {where}: {exc.strerror or exc}"


def output_folder(path: Path) -> Path:
    """A folder to write results into, or StepError when the path is a file."""
    if path.exists() and not path.is_dir():
        raise StepError(
            f"'{path}' là một tệp, không phải thư mục: -o phải là thư mục kết quả "
            "(ví dụ data/processed)"
        )
    return path


def is_readable_output(path: Path) -> bool:
    """True when an output file exists and is whole (a cut-short parquet or xlsx is not)."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            pq.read_metadata(path)
        except (OSError, ValueError):  # pyarrow's errors derive from these
            return False
    elif path.suffix == ".xlsx":
        return zipfile.is_zipfile(path)
    return True


# ---------------------------------------------------------------- tables in and out


def read_table(path: Path) -> pd.DataFrame:
    """A .csv, .xlsx, .xls or .parquet table, or StepError naming the file."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise StepError(f"Không tìm thấy tệp {path}")
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        if suffix in (".xlsx", ".xlsm", ".xls"):
            return pd.read_excel(path, dtype=object)
        if suffix == ".csv":  # saved as ANSI by Excel too
            text = io.StringIO(unicodedata.normalize("NFC", decode_bytes(path.read_bytes())))
            return pd.read_csv(text, dtype=object, keep_default_na=False)
    except (OSError, ValueError) as exc:
        raise StepError(
            f"Không đọc được tệp {path} (tệp hỏng hoặc bị cắt ngắn): {exc}. Nếu đây là tệp "
            "trong data/processed, chạy lại `analysis run` để tạo lại."
        ) from None
    raise StepError(f"Tệp {path}: chỉ nhận .csv, .xlsx, .xls hoặc .parquet")


def write_table(frame: pd.DataFrame, path: Path) -> None:
    """Write a table as .csv, .xlsx or .parquet, atomically and safe to open in Excel."""
    from analysis.core.files import neutralise_frame, write_csv

    suffix = path.suffix.lower()
    if suffix == ".parquet":
        write_atomically(path, lambda tmp: frame.to_parquet(tmp, index=False))
    elif suffix == ".xlsx":
        safe = neutralise_frame(frame)
        write_atomically(path, lambda tmp: safe.to_excel(tmp, index=False, engine="openpyxl"))
    elif suffix == ".csv":
        write_csv(frame, path)
    else:
        raise StepError(f"Tệp {path}: chỉ ghi được .csv, .xlsx hoặc .parquet")


# ---------------------------------------------------------------- steps


def ingest_step(settings: Settings, raw: Path, out: Path) -> bool:
    """Ingest `raw` into `out` and print the summary; False when some file could not be read."""
    from analysis.ingest.gazetteer import UnknownProvinceError
    from analysis.ingest.records import IngestError, ingest, write_outputs

    out = output_folder(out)
    try:
        result = ingest(raw, settings.province, progress=not console.quiet)
    except (UnknownProvinceError, IngestError) as exc:
        raise StepError(str(exc)) from None
    written = write_outputs(result, out)
    print_ingest_summary(result)
    for path in written:
        console.print(f"Đã ghi: {path}")
    for report in result.failed_files:
        console.print(f"[bold red]Không đọc được tệp {report.source_file}:[/] {report.error}")
    empty = empty_year_folders(raw)
    for folder in empty:
        console.print(f"[bold yellow]Chú ý:[/] thư mục năm {folder.name} không có tệp nào")
    if result.elsewhere and result.elsewhere.total() > len(result.opinions):
        console.print(f"[bold yellow]Chú ý:[/] {wrong_province_sentence(result, settings)}")
        return False
    if result.opinions.empty:
        console.print(
            f"[bold red]Không có ý kiến nào được giữ lại từ {raw}[/]: kiểm tra các tệp trong "
            "thư mục năm (data/raw/<năm>/) và bảng kết quả đọc dữ liệu ở trên."
        )
        return False
    return not result.failed_files


def classify_step(
    settings: Settings,
    source: Path,
    target: Path,
    text_column: str = "text",
    write_review: bool = True,
) -> pd.DataFrame:
    """Classify a table into `target`, applying corrections; optionally write the review file."""
    from analysis.classify.corrections import (
        ReviewFileError,
        keep_pending_review,
        read_overrides,
        write_review_workbook,
    )
    from analysis.classify.store import model_dir_for
    from analysis.classify.table import classify
    from analysis.core import schemas

    frame = read_table(source)
    if text_column not in frame.columns:
        raise StepError(f"Tệp {source} không có cột '{text_column}' (dùng --text-column)")
    review = settings.processed_dir / "can-xem-lai.xlsx"
    try:
        kept = (
            keep_pending_review(review, settings.labels_dir / "overrides.csv")
            if write_review
            else None
        )
        overrides = read_overrides(settings.labels_dir / "overrides.csv")
    except ReviewFileError as exc:
        raise StepError(str(exc)) from None
    if kept:
        console.print(f"[yellow]Chú ý:[/] {kept}")
    for warning in overrides.attrs.get("warnings", []):
        console.print(f"[yellow]Cảnh báo:[/] {warning}")
    with console.status("Đang phân loại ý kiến…") if not console.quiet else nullcontext():
        result = classify(
            frame,
            text_column,
            cache_path=cache_path(settings),
            overrides=overrides,
            model_dir=model_dir_for(settings.models_dir),
        )
    if set(schemas.OPINIONS.columns) <= set(result.columns):
        result = schemas.CLASSIFIED.validate(result)
    if result.attrs.get("notice"):
        console.print(f"[yellow]Chú ý:[/] {result.attrs['notice']}")
    write_table(result, target)
    console.print(f"Đã phân loại {len(result)} ý kiến → {target}")
    if "corrected" in result:
        console.print(f"Áp dụng {int(result['corrected'].sum())} chỉnh sửa của cán bộ.")
        unmatched = sorted(set(overrides["record_id"]) - set(result["record_id"]))
        if unmatched and write_review:
            console.print(
                f"[yellow]Cảnh báo:[/] {len(unmatched)} chỉnh sửa trong overrides.csv không khớp "
                f"ý kiến nào (mã {', '.join(unmatched[:5])}{'…' if len(unmatched) > 5 else ''}): "
                "ý kiến đã bị xóa khỏi dữ liệu gốc, hoặc mã bị Excel đổi (ví dụ thành số)."
            )
    if write_review:
        count = write_review_workbook(result, review)
        console.print(f"{count} ý kiến cần xem lại → {review}")
    return result


def report_step(settings: Settings, year: int) -> Path:
    """Write reports/<year>/ from the classified table and the year's trends (computed once)."""
    from analysis.report.document import write_report
    from analysis.trends import year_trends

    classified = read_table(settings.processed_dir / "classified.parquet")
    conferences = read_table(settings.processed_dir / "conferences.parquet")
    if year not in set(classified["year"]):
        raise StepError(f"Không có ý kiến nào của năm {year} trong dữ liệu đã phân loại")
    with console.status(f"Đang lập báo cáo năm {year}…"):
        trends = year_trends(classified, year, cache_path(settings), REPORT_AREA, settings.unit)
        target = write_report(
            classified,
            conferences,
            year,
            settings.reports_dir / str(year),
            settings.province,
            cache_path=cache_path(settings),
            unit=settings.unit,
            trends=trends,
        )
    console.print(f"Đã lập báo cáo năm {year} → {target}")
    return target


def wrong_province_sentence(result, settings: Settings) -> str:
    """One sentence naming the province most rows belong to, and what to set instead."""
    from analysis.ingest.gazetteer import current_province_of

    province, rows = result.elsewhere.most_common(1)[0]
    short = province.removeprefix("Tỉnh ").removeprefix("Thành phố ")
    current = current_province_of(province)
    instead = f'"{short}"'
    if current and current != province:
        now = current.removeprefix("Tỉnh ").removeprefix("Thành phố ")
        instead += f' (tỉnh cũ) hoặc "{now}" (tỉnh hiện nay)'
    return (
        f"{rows} dòng ghi đơn vị thuộc {province}, không thuộc {settings.province} "
        f"(chỉ giữ được {len(result.opinions)} ý kiến): hãy đặt province = {instead} "
        "trong analysis.toml hoặc dùng --province."
    )


def empty_year_folders(raw: Path) -> list[Path]:
    """Year folders under `raw` with no file in them (an export forgotten or misplaced)."""
    from analysis.ingest.records import find_raw_files, year_of

    years = {year_of(path, raw) for path in find_raw_files(raw)}
    folders = [p for p in raw.rglob("*") if p.is_dir() and p.name.isdigit() and len(p.name) == 4]
    return sorted(p for p in folders if int(p.name) not in years)


def cache_path(settings: Settings) -> Path:
    """Where the classifier keeps its tokens and labels."""
    return settings.processed_dir / ".cache" / "classifier.sqlite"


def print_ingest_summary(result) -> None:
    """Rows read, kept and rejected by reason, per file, then totals."""
    table = Table(title="Kết quả đọc dữ liệu")
    for column in ("Tệp", "Dòng đọc", "Giữ lại", "Hội nghị", "Loại bỏ", "Lý do loại bỏ"):
        table.add_column(column)
    for report in result.files:
        reasons = "; ".join(f"{k}: {v}" for k, v in sorted(report.rejected.items()))
        table.add_row(
            report.source_file,
            str(report.rows_read),
            str(report.kept),
            str(report.conferences),
            str(sum(report.rejected.values())),
            f"[red]LỖI: {report.error}[/]" if report.error else reasons,
        )
    console.print(table)
    for report in result.files:
        for warning in report.warnings:
            console.print(f"[yellow]Cảnh báo[/] {report.source_file}: {warning}")
    console.print(
        f"Tổng: {sum(r.rows_read for r in result.files)} dòng dữ liệu, "
        f"{len(result.opinions)} ý kiến giữ lại, {len(result.conferences)} hội nghị, "
        f"{len(result.rejects)} dòng loại bỏ (xem rejects.csv)."
    )


# ---------------------------------------------------------------- the main job


def fingerprint(paths: Iterable[Path], *extra: str) -> str:
    """A hash of the files' names and contents, and of extra strings."""
    hasher = hashlib.sha1()
    for path in sorted(paths):
        hasher.update(str(path).encode())
        hasher.update(path.read_bytes() if path.is_file() else b"<missing>")
    for value in extra:
        hasher.update(value.encode())
    return hasher.hexdigest()


def code_files() -> list[Path]:
    """The package's own code and data files, every stage's (the trends' included)."""
    package = Path(str(resources.files("analysis")))
    return [p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def code_fingerprint() -> str:
    """A hash of the package's own code and data files: new code means new outputs."""
    return fingerprint(code_files())


@dataclass
class RunState:
    """Fingerprints of the inputs each stage last ran on."""

    path: Path
    done: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> RunState:
        """The saved state, or an empty one."""
        try:
            return cls(path, json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return cls(path)

    def run(self, stage: str, inputs: str, outputs: list[Path], work: Callable[[], object]) -> bool:
        """Run `work` unless it already ran on the same inputs and its outputs are whole.

        The stage is struck from the saved state before it runs and recorded only after its
        outputs are checked readable, so a stage that failed, crashed or was killed, or whose
        output was damaged since, runs again next time; so does one whose work returns False.
        """
        broken = [p for p in outputs if not is_readable_output(p)]
        if self.done.get(stage) == inputs:
            if not broken:
                return False
            console.print(
                f"[yellow]Tệp {broken[0].name} bị hỏng hoặc không còn: làm lại bước {stage}.[/]"
            )
        self.done.pop(stage, None)
        self._save()
        if work() is not False and all(is_readable_output(p) for p in outputs):
            self.done[stage] = inputs
            self._save()
        return True

    def _save(self) -> None:
        """Write the state atomically."""
        text = json.dumps(self.done, indent=1, sort_keys=True)
        write_atomically(self.path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def raw_files(settings: Settings) -> list[Path]:
    """Everything under data/raw that ingest reads or that marks sample data."""
    from analysis.ingest import find_raw_files

    return find_raw_files(settings.raw_dir) + sorted(settings.raw_dir.rglob("README*"))


@dataclass(frozen=True)
class Processed:
    """The tables in data/processed/ that the reports and notebooks read."""

    opinions: Path
    conferences: Path
    rejects: Path
    classified: Path
    review: Path

    @classmethod
    def of(cls, settings: Settings) -> Processed:
        """Where the processed tables of a project live."""
        folder = settings.processed_dir
        return cls(
            folder / "opinions.parquet",
            folder / "conferences.parquet",
            folder / "rejects.csv",
            folder / "classified.parquet",
            folder / "can-xem-lai.xlsx",
        )


def update_processed(settings: Settings, state: RunState | None = None) -> bool:
    """Ingest and classify as needed, so data/processed/ matches data/raw and the corrections.

    Returns False when some raw file could not be read (the rest is still processed). Holds
    the project's run lock: a second run at the same time stops with RunLocked.
    """
    with run_lock(output_folder(settings.processed_dir)):
        return _update_processed(settings, state)


def _update_processed(settings: Settings, state: RunState | None) -> bool:
    """The body of `update_processed`, under the lock."""
    processed = settings.processed_dir
    remove_stale_temp_files(processed)
    state = state or RunState.load(processed / STATE_FILE)
    code = code_fingerprint()
    tables = Processed.of(settings)
    outcome = {"ok": True}

    def ingest_work() -> bool:
        outcome["ok"] = ingest_step(settings, settings.raw_dir, processed)
        return outcome["ok"]

    inputs = fingerprint(raw_files(settings), code, settings.province)
    outputs = [tables.opinions, tables.conferences, tables.rejects]
    if not state.run("ingest", inputs, outputs, ingest_work):
        console.print("Làm sạch: dữ liệu gốc không đổi, bỏ qua.")
    models = [settings.models_dir / name for name in ("model.json", "weights.npz")]
    inputs = fingerprint([tables.opinions, settings.labels_dir / "overrides.csv", *models], code)
    if not state.run(
        "classify",
        inputs,
        [tables.classified, tables.review],
        lambda: classify_step(settings, tables.opinions, tables.classified),
    ):
        console.print("Phân loại: không có gì thay đổi, bỏ qua.")
    return outcome["ok"]
