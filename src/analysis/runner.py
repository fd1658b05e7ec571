"""The main job, `analysis run`: processed tables, then every year's report, then the notebooks.

Each stage is skipped when its inputs did not change (see `analysis.steps.RunState`). The runner
may execute the notebooks; the notebooks never call the runner (their loader calls the steps).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from analysis.core.atomic import remove_stale_temp_files, write_atomically
from analysis.core.runlock import run_lock
from analysis.core.settings import Settings
from analysis.steps import (
    STATE_FILE,
    Processed,
    RunState,
    StepError,
    code_fingerprint,
    console,
    fingerprint,
    output_folder,
    read_table,
    report_step,
    update_processed,
)

NOTEBOOKS = ("01-lam-sach", "02-phan-loai", "03-xu-huong", "04-hoi-nghi", "05-lap-lai-va-moi-noi")


def run_all(settings: Settings, notebooks: bool = True) -> bool:
    """Ingest, classify, report every year and run the latest year's notebooks, as needed.

    Returns False when some raw file could not be read, or a year's old report is left without
    data (the rest is still processed). Holds the project's run lock throughout.
    """
    with run_lock(output_folder(settings.processed_dir)):
        return _run_all(settings, notebooks)


def _stale_reports(settings: Settings, years: list[int]) -> list[Path]:
    """Report folders of years that no longer have any opinion (their reports are outdated)."""
    folder = settings.reports_dir
    found = folder.iterdir() if folder.is_dir() else []
    return sorted(p for p in found if p.is_dir() and p.name.isdigit() and int(p.name) not in years)


def _run_all(settings: Settings, notebooks: bool) -> bool:
    """The body of `run_all`, under the lock."""
    remove_stale_temp_files(settings.reports_dir)
    state = RunState.load(settings.processed_dir / STATE_FILE)
    ok = update_processed(settings, state)
    tables = Processed.of(settings)
    years = sorted(int(y) for y in read_table(tables.classified)["year"].unique())
    for stale in _stale_reports(settings, years):
        console.print(
            f"[bold red]Chú ý:[/] năm {stale.name} không còn ý kiến nào trong dữ liệu đã làm "
            f"sạch, nhưng báo cáo cũ vẫn còn ở {stale}: báo cáo đó KHÔNG còn đúng. Xem bảng kết "
            "quả đọc dữ liệu ở trên (tệp lỗi, dòng bị loại) rồi sửa dữ liệu năm đó."
        )
        ok = False
    tables_in = fingerprint(
        [tables.classified, tables.conferences], code_fingerprint(), settings.unit
    )
    for year in years:
        target = settings.reports_dir / str(year) / f"bao-cao-{year}.html"
        if not state.run(
            f"report-{year}",
            tables_in + str(year),
            [target],
            lambda y=year: report_step(settings, y),
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
            f"Sổ tay năm {latest}: {'đã chạy' if ran else 'không đổi, bỏ qua'} → {folder}"
        )
    return ok


@contextmanager
def _stderr_to(log: Path) -> Iterator[None]:
    """Send the process's (and the Jupyter kernel's) stderr to a log file for a while.

    The kernel prints transport warnings that mean nothing to an analyst; errors in a notebook
    still stop the run through papermill's exception.
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    saved = os.dup(2)
    with open(log, "a", encoding="utf-8") as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def run_notebook(settings: Settings, name: str, year: int):
    """Run one notebook for `year` with papermill; the executed notebook (with its outputs)."""
    import papermill

    return papermill.execute_notebook(
        str(settings.root / "notebooks" / f"{name}.ipynb"),
        None,
        parameters={"year": year, "province": settings.province},
        cwd=str(settings.root / "notebooks"),
        progress_bar=False,
        kernel_name="python3",
    )


def execute_notebooks(settings: Settings, year: int, out_dir: Path) -> list[Path]:
    """Run every notebook for `year` and save each as HTML without code.

    The kernel's own messages go to data/processed/logs/, away from the meeting outputs.
    """
    import nbformat
    from nbconvert import HTMLExporter
    from papermill import PapermillExecutionError

    exporter = HTMLExporter(exclude_input=True)
    exporter.log.setLevel(logging.ERROR)  # its English alt-text warning means nothing to analysts
    written = []
    (out_dir / "kernel.log").unlink(missing_ok=True)  # left there by earlier versions
    log = settings.processed_dir / "logs" / f"kernel-{year}.log"
    for name in NOTEBOOKS:
        with _stderr_to(log):
            try:
                executed = run_notebook(settings, name, year)
            except PapermillExecutionError as exc:
                raise StepError(
                    f"Sổ tay {name} (năm {year}) dừng ở ô số {exc.exec_count}: {exc.ename}: "
                    f"{exc.evalue}. Các bảng đã làm sạch và báo cáo vẫn giữ nguyên; mở sổ tay "
                    f"trong `make lab` để xem, nhật ký ở {log}."
                ) from None
        body, _ = exporter.from_notebook_node(nbformat.from_dict(executed))
        target = out_dir / f"{name}.html"
        write_atomically(target, lambda tmp, text=body: tmp.write_text(text, encoding="utf-8"))
        written.append(target)
    return written
