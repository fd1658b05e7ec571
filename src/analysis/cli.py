"""The `analysis` command: one subcommand per step, messages in Vietnamese."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from analysis.core.settings import ConfigError, load_settings

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
UnitOption = Annotated[
    str | None,
    typer.Option(
        "--unit",
        help='Đơn vị so sánh qua các năm: "huyện cũ" hoặc "tỉnh cũ" (mặc định: analysis.toml).',
    ),
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
    from analysis.core.runlock import run_lock
    from analysis.steps import ingest_step, output_folder

    settings = _settings(province)
    out = out_dir or settings.processed_dir
    with _user_errors(), run_lock(output_folder(out)):
        ok = ingest_step(settings, raw_dir or settings.raw_dir, out)
    if not ok:
        raise typer.Exit(code=1)


def _settings(province: str | None = None, unit: str | None = None):
    """Settings, or a Vietnamese error when analysis.toml is missing or wrong."""
    try:
        return load_settings(province, unit=unit)
    except ConfigError as exc:
        raise _fail(str(exc)) from None


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
    from analysis.core.runlock import run_lock
    from analysis.steps import classify_step, output_folder

    with _user_errors(), run_lock(output_folder(settings.processed_dir)):
        classify_step(settings, source, target, text_column, write_review=default_run)


@app.command("review-import")
def review_import(
    workbook: Annotated[Path, typer.Argument(help="Tệp can-xem-lai.xlsx đã điền.")],
) -> None:
    """Đọc các nhãn đã sửa trong tệp xem lại và lưu vào data/labels/overrides.csv."""
    from analysis.classify.corrections import (
        ReviewFileError,
        append_overrides,
        not_yet_saved,
        read_review_workbook,
    )

    settings = _settings()
    target = settings.labels_dir / "overrides.csv"
    with _user_errors():
        try:
            found = read_review_workbook(workbook)
        except ReviewFileError as exc:
            raise _fail(str(exc)) from None
        for warning in found.warnings(workbook.name):
            console.print(f"[yellow]Cảnh báo:[/] {warning}")
        try:
            new = not_yet_saved(found.corrections, target)
        except ReviewFileError as exc:
            raise _fail(str(exc)) from None
        added = append_overrides(target, new)
    console.print(f"Đã lưu {added} chỉnh sửa vào {target}")
    if len(found.corrections) > added:
        console.print(f"{len(found.corrections) - added} chỉnh sửa đã có sẵn, không ghi lại.")


@app.command()
def train() -> None:
    """Huấn luyện lại mô hình từ data/labels/train*.csv (ghi vào data/models của dự án)."""
    from analysis.classify.model import save_model
    from analysis.classify.training import fit, load_training
    from analysis.core.cache import Cache
    from analysis.steps import cache_path

    settings = _settings()
    frame = load_training(settings.labels_dir)
    cache = Cache(cache_path(settings))
    if cache.notice:
        console.print(f"[yellow]Chú ý:[/] {cache.notice}")
    with console.status(f"Đang huấn luyện trên {len(frame)} ý kiến có nhãn…"):
        model = fit(frame, cache)
    save_model(model, settings.models_dir)
    console.print(f"Đã lưu mô hình vào {settings.models_dir}")


@app.command()
def evaluate(
    labelled: Annotated[Path, typer.Argument(help="Tệp CSV có cột text, theme, stance.")],
) -> None:
    """Đo độ chính xác trên một tệp có nhãn: precision, recall, F1, macro-F1, ma trận nhầm lẫn."""
    from analysis.classify.evaluation import (
        LabelledFileError,
        evaluate_labels,
        is_long,
        read_labelled,
        review_figures,
    )
    from analysis.classify.hybrid import classify_texts
    from analysis.classify.model import load_model
    from analysis.classify.store import model_dir_for

    settings = _settings()
    try:
        frame = read_labelled(labelled)
    except (LabelledFileError, OSError) as exc:
        raise _fail(str(exc)) from None
    model = load_model(model_dir_for(settings.models_dir))
    predicted = classify_texts(frame["text"].tolist(), model)
    for label_set in ("theme", "stance"):
        result = evaluate_labels(label_set, frame[label_set], predicted[label_set], frame["text"])
        console.rule(f"{label_set}: macro-F1 = {result.macro_f1:.3f}")
        console.print(result.report)
        console.print(_confusion_table(result.confusion))
        console.print(
            f"macro-F1 không dấu: {_fmt(result.macro_f1_plain)}, "
            f"có dấu: {_fmt(result.macro_f1_accented)}"
        )
        long = is_long(frame["text"])
        console.print(
            f"macro-F1 ý kiến ngắn (< 35 từ, {int((~long).sum())} ý kiến): "
            f"{_fmt(result.macro_f1_short)}, dài ({int(long.sum())} ý kiến): "
            f"{_fmt(result.macro_f1_long)}"
        )
    review = review_figures(frame, predicted)
    console.rule("Cờ cần xem lại (needs_review)")
    console.print(
        f"Gắn cờ {review.flagged:.0%} số ý kiến; bắt được {review.caught:.0%} "
        f"trong {review.wrong} ý kiến có chủ đề hoặc thái độ bị gán sai."
    )


def _confusion_table(confusion: pd.DataFrame) -> Table:
    """The confusion matrix with short column names so it fits a terminal."""
    table = Table(title="Ma trận nhầm lẫn (hàng: nhãn đúng, cột: máy gán)")
    table.add_column("")
    from analysis.core.vocabulary import vocabulary

    known = {**vocabulary().short_names("theme"), **vocabulary().short_names("stance")}
    short = {c: known.get(c, c) for c in confusion.columns}
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
    unit: UnitOption = None,
) -> None:
    """Lập bộ tài liệu hội nghị của một năm: biểu đồ, báo cáo HTML, bảng số liệu Excel."""
    from analysis.steps import report_step

    settings = _settings(province, unit)
    with _user_errors():
        report_step(settings, year)


AREA_WORDS = {"commune": "commune", "xa": "commune", "xã": "commune", "unit": "unit"}


@app.command()
def trends(
    year: Annotated[int, typer.Option("--year", help="Năm cần xem.")],
    unit: UnitOption = None,
    area: Annotated[
        str,
        typer.Option(
            "--area",
            help='So sánh theo "commune" (xã, phường hiện nay) hoặc "unit" (đơn vị so sánh).',
        ),
    ] = "commune",
    top: Annotated[int, typer.Option("--top", help="Số từ mới nổi in ra.")] = 20,
) -> None:
    """Vấn đề lặp lại qua các năm tại cùng địa bàn, từ ngữ mới nổi, nhóm ý kiến chưa có chủ đề."""
    from analysis.steps import cache_path, read_table
    from analysis.trends import year_trends

    settings = _settings(unit=unit)
    chosen = AREA_WORDS.get(area.strip().lower())
    if chosen is None:
        raise _fail(f'--area "{area}" không hợp lệ: dùng "commune" (xã, phường) hoặc "unit".')
    with _user_errors():
        classified = read_table(settings.processed_dir / "classified.parquet")
        if year not in set(classified["year"]):
            known = ", ".join(map(str, sorted(set(classified["year"]))))
            raise _fail(f"Không có ý kiến nào của năm {year} (dữ liệu có các năm: {known}).")
        with console.status(f"Đang tìm vấn đề lặp lại và từ mới nổi năm {year}…"):
            found = year_trends(
                classified, year, cache_path(settings), chosen, settings.unit, top=top
            )
    from analysis.trends.display import print_trends

    print_trends(console, found)


@app.command()
def run(
    province: ProvinceOption = None,
    unit: UnitOption = None,
    notebooks: Annotated[bool, typer.Option(help="Chạy cả các sổ tay (notebook).")] = True,
) -> None:
    """Chạy toàn bộ: làm sạch → phân loại → báo cáo mọi năm → sổ tay năm mới nhất.

    Bước nào có dữ liệu vào không đổi so với lần chạy trước thì được bỏ qua.
    """
    from analysis.runner import run_all

    settings = _settings(province, unit)
    with _user_errors():
        ok = run_all(settings, notebooks=notebooks)
    if not ok:
        raise typer.Exit(code=1)


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn a step's Vietnamese error, a busy project or a file system refusal into a message
    and exit code 2, without a traceback."""
    from analysis.core.runlock import RunLocked
    from analysis.steps import StepError, os_error_message

    try:
        yield
    except (StepError, RunLocked) as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:  # read-only folder, file open in Excel, disk full...
        raise _fail(os_error_message(exc)) from None


def main() -> None:
    """Entry point for `python -m analysis`."""
    app()
