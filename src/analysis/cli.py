"""The `analysis` command: one subcommand per step, messages in Vietnamese."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from analysis.config import ConfigError, load_settings

if TYPE_CHECKING:
    import pandas as pd

app = typer.Typer(
    help="Phân tích ý kiến nhân dân tại hội nghị 'Công an lắng nghe ý kiến nhân dân'.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

ProvinceOption = Annotated[
    str | None, typer.Option("--province", help="Tỉnh (mặc định: theo analysis.toml).")
]


@app.callback()
def _root() -> None:
    """Phân tích ý kiến nhân dân: dùng một lệnh con, ví dụ `analysis ingest`."""


def _fail(message: str) -> typer.Exit:
    """Print a Vietnamese error and return the exit to raise."""
    err_console.print(f"[bold red]Lỗi:[/] {message}")
    return typer.Exit(code=2)


@app.command()
def ingest(
    raw_dir: Annotated[Path | None, typer.Argument(help="Thư mục dữ liệu gốc (data/raw).")] = None,
    out_dir: Annotated[
        Path | None, typer.Option("-o", "--out", help="Thư mục kết quả (data/processed).")
    ] = None,
    province: ProvinceOption = None,
) -> None:
    """Đọc và làm sạch mọi tệp xuất trong thư mục dữ liệu gốc."""
    settings = _settings(province)
    if not _ingest_step(settings, raw_dir or settings.raw_dir, out_dir or settings.processed_dir):
        raise typer.Exit(code=1)


def _settings(province: str | None = None):
    """Settings, or a Vietnamese error when analysis.toml is missing or wrong."""
    try:
        return load_settings(province)
    except ConfigError as exc:
        raise _fail(str(exc)) from None


def _ingest_step(settings, raw: Path, out: Path) -> bool:
    """Ingest `raw` into `out` and print the summary; False when some file could not be read."""
    from analysis.gazetteer import UnknownProvinceError
    from analysis.ingest import IngestError, write_outputs
    from analysis.ingest import ingest as run_ingest

    try:
        result = run_ingest(raw, settings.province, progress=True)
    except (UnknownProvinceError, IngestError) as exc:
        raise _fail(str(exc)) from None
    written = write_outputs(result, out)
    _print_summary(result)
    for path in written:
        console.print(f"Đã ghi: {path}")
    for report in result.failed_files:
        err_console.print(f"[bold red]Không đọc được tệp {report.source_file}:[/] {report.error}")
    return not result.failed_files


@app.command("make-sample")
def make_sample(
    raw_dir: Annotated[Path | None, typer.Argument(help="Thư mục ghi dữ liệu mẫu.")] = None,
    seed: Annotated[int, typer.Option(help="Hạt giống ngẫu nhiên (cố định để chạy lại).")] = 2019,
) -> None:
    """Tạo lại dữ liệu mẫu tổng hợp (không phải số liệu thật) trong data/raw."""
    from analysis.sample.generate import generate_sample

    settings = load_settings()
    target = raw_dir or settings.raw_dir
    generate_sample(target, settings.root / "tests" / "data" / "sample_manifest.csv", seed=seed)
    console.print(f"Đã tạo dữ liệu mẫu tổng hợp trong {target}")


def _read_table(path: Path) -> pd.DataFrame:
    """A .csv, .xlsx or .parquet table, or a Vietnamese error naming the file."""
    import pandas as pd

    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        if suffix in (".xlsx", ".xlsm"):
            return pd.read_excel(path, dtype=object)
        if suffix == ".csv":
            return pd.read_csv(path, dtype=object, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError) as exc:
        raise _fail(f"Không đọc được tệp {path}: {exc}") from None
    raise _fail(f"Tệp {path}: chỉ nhận .csv, .xlsx hoặc .parquet")


def _write_table(frame: pd.DataFrame, path: Path) -> None:
    """Write a table as .csv, .xlsx or .parquet, atomically and safe to open in Excel."""
    from analysis.atomic import write_atomically
    from analysis.export import neutralise_frame, write_csv

    suffix = path.suffix.lower()
    if suffix == ".parquet":
        write_atomically(path, lambda tmp: frame.to_parquet(tmp, index=False))
    elif suffix == ".xlsx":
        safe = neutralise_frame(frame)
        write_atomically(path, lambda tmp: safe.to_excel(tmp, index=False, engine="openpyxl"))
    elif suffix == ".csv":
        write_csv(frame, path)
    else:
        raise _fail(f"Tệp {path}: chỉ ghi được .csv, .xlsx hoặc .parquet")


@app.command()
def classify(
    input_path: Annotated[
        Path | None, typer.Argument(help="Tệp vào (.csv, .xlsx, .parquet).")
    ] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Tệp ra.")] = None,
    text_column: Annotated[str, typer.Option(help="Tên cột nội dung ý kiến.")] = "text",
) -> None:
    """Gán chủ đề và lập trường cho từng ý kiến (mặc định: dữ liệu đã làm sạch)."""
    settings = _settings()
    default_run = input_path is None
    source = input_path or settings.processed_dir / "opinions.parquet"
    target = output or (
        settings.processed_dir / "classified.parquet"
        if default_run
        else source.with_name(f"{source.stem}-phan-loai{source.suffix}")
    )
    _classify_step(settings, source, target, text_column, write_review=default_run)


def _classify_step(
    settings, source: Path, target: Path, text_column: str = "text", write_review: bool = True
) -> None:
    """Classify a table into `target`, applying corrections; optionally write the review file."""
    from analysis.classify import classify as run_classify
    from analysis.overrides import ReviewFileError, read_overrides, write_review_workbook

    if not source.exists():
        raise _fail(f"Không tìm thấy tệp {source} (chạy `analysis ingest` trước?)")
    frame = _read_table(source)
    if text_column not in frame.columns:
        raise _fail(f"Tệp {source} không có cột '{text_column}' (dùng --text-column)")
    try:
        overrides = read_overrides(settings.labels_dir / "overrides.csv")
    except ReviewFileError as exc:
        raise _fail(str(exc)) from None
    with console.status("Đang phân loại ý kiến…"):
        result = run_classify(
            frame,
            text_column,
            cache_path=settings.processed_dir / ".cache" / "classifier.sqlite",
            overrides=overrides,
        )
    _write_table(result, target)
    console.print(f"Đã phân loại {len(result)} ý kiến → {target}")
    if "corrected" in result:
        console.print(f"Áp dụng {int(result['corrected'].sum())} chỉnh sửa của cán bộ.")
    if write_review:
        review = settings.processed_dir / "can-xem-lai.xlsx"
        count = write_review_workbook(result, review)
        console.print(f"{count} ý kiến cần xem lại → {review}")


@app.command("review-import")
def review_import(
    workbook: Annotated[Path, typer.Argument(help="Tệp can-xem-lai.xlsx đã điền.")],
) -> None:
    """Đọc các nhãn đã sửa trong tệp xem lại và lưu vào data/labels/overrides.csv."""
    from analysis.overrides import ReviewFileError, append_overrides, read_review_workbook

    settings = load_settings()
    try:
        corrections = read_review_workbook(workbook)
    except ReviewFileError as exc:
        raise _fail(str(exc)) from None
    added = append_overrides(settings.labels_dir / "overrides.csv", corrections)
    console.print(f"Đã lưu {added} chỉnh sửa vào {settings.labels_dir / 'overrides.csv'}")


@app.command()
def train() -> None:
    """Huấn luyện lại mô hình từ data/labels/train*.csv (ghi vào gói phần mềm)."""
    from importlib import resources

    from analysis.cache import Cache
    from analysis.model import MODEL_DIR, save_model
    from analysis.training import fit, load_training

    settings = load_settings()
    frame = load_training(settings.labels_dir)
    cache = Cache(settings.processed_dir / ".cache" / "classifier.sqlite")
    with console.status(f"Đang huấn luyện trên {len(frame)} ý kiến có nhãn…"):
        model = fit(frame, cache)
    folder = Path(str(resources.files("analysis").joinpath("data", MODEL_DIR)))
    save_model(model, folder)
    console.print(f"Đã lưu mô hình vào {folder}")


@app.command()
def evaluate(
    labelled: Annotated[Path, typer.Argument(help="Tệp CSV có cột text, theme, stance.")],
) -> None:
    """Đo độ chính xác trên một tệp có nhãn: precision, recall, F1, macro-F1, ma trận nhầm lẫn."""
    from analysis.classifier import classify_texts
    from analysis.evaluate import LabelledFileError, evaluate_labels, read_labelled

    try:
        frame = read_labelled(labelled)
    except (LabelledFileError, OSError) as exc:
        raise _fail(str(exc)) from None
    predicted = classify_texts(frame["text"].tolist())
    for label_set in ("theme", "stance"):
        result = evaluate_labels(label_set, frame[label_set], predicted[label_set], frame["text"])
        console.rule(f"{label_set}: macro-F1 = {result.macro_f1:.3f}")
        console.print(result.report)
        console.print(_confusion_table(result.confusion))
        console.print(
            f"macro-F1 không dấu: {_fmt(result.macro_f1_plain)}, "
            f"có dấu: {_fmt(result.macro_f1_accented)}"
        )


def _confusion_table(confusion: pd.DataFrame) -> Table:
    """The confusion matrix with short column names so it fits a terminal."""
    table = Table(title="Ma trận nhầm lẫn (hàng: nhãn đúng, cột: máy gán)")
    table.add_column("")
    short = {c: "".join(word[0] for word in c.split("_")).upper() for c in confusion.columns}
    for column in confusion.columns:
        table.add_column(short[column], justify="right")
    for label, row in confusion.iterrows():
        table.add_row(f"{label} ({short[label]})", *(str(v) for v in row))
    return table


def _fmt(value: float | None) -> str:
    """A score with three decimals, or a dash when there was nothing to score."""
    return "-" if value is None else f"{value:.3f}"


@app.command()
def report(
    year: Annotated[int, typer.Option("--year", help="Năm cần lập báo cáo.")],
    province: ProvinceOption = None,
) -> None:
    """Lập bộ tài liệu hội nghị của một năm: biểu đồ, báo cáo HTML, bảng số liệu Excel."""
    settings = _settings(province)
    _report_step(settings, year)


def _report_step(settings, year: int) -> None:
    """Write reports/<year>/ from the classified table."""
    import pandas as pd

    from analysis.report import write_report

    classified_path = settings.processed_dir / "classified.parquet"
    if not classified_path.exists():
        raise _fail(f"Chưa có {classified_path}: chạy `analysis classify` trước")
    classified = pd.read_parquet(classified_path)
    conferences = pd.read_parquet(settings.processed_dir / "conferences.parquet")
    if year not in set(classified["year"]):
        raise _fail(f"Không có ý kiến nào của năm {year} trong {classified_path}")
    with console.status(f"Đang lập báo cáo năm {year}…"):
        target = write_report(
            classified,
            conferences,
            year,
            settings.reports_dir / str(year),
            settings.province,
            cache_path=settings.processed_dir / ".cache" / "classifier.sqlite",
        )
    console.print(f"Đã lập báo cáo năm {year} → {target}")


@app.command()
def run(
    province: ProvinceOption = None,
    notebooks: Annotated[bool, typer.Option(help="Chạy cả các sổ tay (notebook).")] = True,
) -> None:
    """Chạy toàn bộ: làm sạch → phân loại → báo cáo mọi năm → sổ tay năm mới nhất.

    Bước nào có dữ liệu vào không đổi so với lần chạy trước thì được bỏ qua.
    """
    from analysis.pipeline import (
        NOTEBOOKS,
        STATE_FILE,
        RunState,
        code_fingerprint,
        execute_notebooks,
        fingerprint,
        raw_files,
        years_of,
    )

    settings = _settings(province)
    processed = settings.processed_dir
    state = RunState.load(processed / STATE_FILE)
    code = code_fingerprint()
    ok = True

    def ingest_work() -> bool:
        nonlocal ok
        ok = _ingest_step(settings, settings.raw_dir, processed)
        return ok

    ingest_outputs = [processed / n for n in ("opinions.parquet", "conferences.parquet")]
    inputs = fingerprint(raw_files(settings), code, settings.province)
    if not state.run("ingest", inputs, ingest_outputs, ingest_work):
        console.print("Làm sạch: dữ liệu gốc không đổi, bỏ qua.")
    classified = processed / "classified.parquet"
    inputs = fingerprint([ingest_outputs[0], settings.labels_dir / "overrides.csv"], code)
    outputs = [classified, processed / "can-xem-lai.xlsx"]
    if not state.run(
        "classify",
        inputs,
        outputs,
        lambda: _classify_step(settings, *ingest_outputs[:1], classified),
    ):
        console.print("Phân loại: không có gì thay đổi, bỏ qua.")
    years = years_of(classified)
    tables_in = fingerprint([classified, ingest_outputs[1]], code)
    for year in years:
        target = settings.reports_dir / str(year) / f"bao-cao-{year}.html"
        if not state.run(
            f"report-{year}",
            tables_in + str(year),
            [target],
            lambda y=year: _report_step(settings, y),
        ):
            console.print(f"Báo cáo năm {year}: không có gì thay đổi, bỏ qua.")
    if notebooks and years:
        latest = years[-1]
        folder = settings.reports_dir / str(latest) / "notebooks"
        sources = [settings.root / "notebooks" / f"{n}.ipynb" for n in NOTEBOOKS]
        outputs = [folder / f"{n}.html" for n in NOTEBOOKS]
        with console.status(f"Đang chạy các sổ tay cho năm {latest}…"):
            ran = state.run(
                f"notebooks-{latest}",
                fingerprint(sources, tables_in, str(latest)),
                outputs,
                lambda: execute_notebooks(settings, latest, folder),
            )
        console.print(
            f"Sổ tay năm {latest}: " + ("đã chạy" if ran else "không đổi, bỏ qua") + f" → {folder}"
        )
    if not ok:
        raise typer.Exit(code=1)


def _print_summary(result) -> None:
    """Rows read, kept and rejected by reason, per file, then totals."""
    table = Table(title="Kết quả đọc dữ liệu", show_lines=False)
    for column in ("Tệp", "Dòng đọc", "Giữ lại", "Hội nghị", "Loại bỏ", "Lý do loại bỏ"):
        table.add_column(column)
    for report in result.files:
        reasons = "; ".join(f"{k}: {v}" for k, v in sorted(report.rejected.items()))
        status = f"[red]LỖI: {report.error}[/]" if report.error else reasons
        table.add_row(
            report.source_file,
            str(report.rows_read),
            str(report.kept),
            str(report.conferences),
            str(sum(report.rejected.values())),
            status,
        )
    console.print(table)
    for report in result.files:
        for warning in report.warnings:
            console.print(f"[yellow]Cảnh báo[/] {report.source_file}: {warning}")
    rejected = len(result.rejects)
    console.print(
        f"Tổng: {sum(r.rows_read for r in result.files)} dòng dữ liệu, "
        f"{len(result.opinions)} ý kiến giữ lại, {len(result.conferences)} hội nghị, "
        f"{rejected} dòng loại bỏ (xem rejects.csv)."
    )


def main() -> None:
    """Entry point for `python -m analysis`."""
    app()
