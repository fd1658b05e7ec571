"""The `analysis` command: one subcommand per step, messages in Vietnamese."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from analysis.config import ConfigError, load_settings
from analysis.gazetteer import UnknownProvinceError

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
    from analysis.ingest import IngestError, write_outputs
    from analysis.ingest import ingest as run_ingest

    try:
        settings = load_settings(province)
        raw = raw_dir or settings.raw_dir
        out = out_dir or settings.processed_dir
        result = run_ingest(raw, settings.province, progress=True)
    except (ConfigError, UnknownProvinceError, IngestError) as exc:
        raise _fail(str(exc)) from None
    written = write_outputs(result, out)
    _print_summary(result)
    for path in written:
        console.print(f"Đã ghi: {path}")
    if result.failed_files:
        for report in result.failed_files:
            err_console.print(f"[bold red]Không đọc được tệp {report.source_file}:[/] {report.error}")
        raise typer.Exit(code=1)


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
