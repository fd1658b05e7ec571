"""The notebooks show their charts inline, and their HTML carries no personal data.

Each chart notebook is run on the shipped sample as `analysis run` runs it (papermill, a real
kernel); a cell that draws a chart and yields no image fails here.
"""

from __future__ import annotations

import shutil

import nbformat
import pandas as pd
import pytest
from conftest import REPO
from nbconvert import HTMLExporter

from analysis import runner
from analysis.core.settings import load_settings
from analysis.report.charts import CHARTS

CHART_NOTEBOOKS = ("02-phan-loai", "03-xu-huong", "04-hoi-nghi", "05-lap-lai-va-moi-noi")
YEAR = 2025


@pytest.fixture(scope="module")
def executed(sample_project):
    """The chart notebooks, run for the sample's last year."""
    if not (sample_project / "notebooks").exists():
        shutil.copytree(REPO / "notebooks", sample_project / "notebooks")
    settings = load_settings(root=sample_project)
    return {name: runner.run_notebook(settings, name, YEAR) for name in CHART_NOTEBOOKS}


def images(cell) -> int:
    return sum("image/png" in output.get("data", {}) for output in cell.get("outputs", []))


@pytest.mark.slow
@pytest.mark.parametrize("name", CHART_NOTEBOOKS)
def test_every_chart_cell_shows_an_image(executed, name):
    chart_cells = [
        cell
        for cell in executed[name]["cells"]
        if cell["cell_type"] == "code" and "nb.chart" in cell["source"]
    ]
    assert chart_cells
    for cell in chart_cells:
        shown = images(cell)
        if "nb.charts(" in cell["source"]:
            assert shown == len(CHARTS), cell["source"]  # the sample's last year has them all
        else:
            assert shown == 1, cell["source"]
        texts = [o.get("data", {}).get("text/plain", "") for o in cell.get("outputs", [])]
        assert not any("<Figure size" in t and "image/png" not in o.get("data", {})
                       for t, o in zip(texts, cell["outputs"], strict=True))  # fmt: skip


@pytest.mark.slow
def test_notebook_html_holds_no_speaker_names(executed, sample_project):
    classified = pd.read_parquet(sample_project / "data" / "processed" / "classified.parquet")
    speakers = classified.loc[classified["year"] == YEAR, "speaker"].dropna()
    names = {" ".join(s.split()[1:]) for s in speakers if len(s.split()) >= 3}
    for name in CHART_NOTEBOOKS:
        node = nbformat.from_dict(executed[name])
        html, _ = HTMLExporter(exclude_input=True).from_notebook_node(node)
        leaked = sorted(n for n in names if n in html)
        assert not leaked, (name, leaked[:5])


def test_kernel_messages_stay_out_of_the_meeting_folder(project, monkeypatch, tmp_path):
    blank = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("Sổ tay")])
    monkeypatch.setattr(runner, "run_notebook", lambda *args: blank)
    out = tmp_path / "reports" / "2025" / "notebooks"
    out.mkdir(parents=True)
    (out / "kernel.log").write_text("old", encoding="utf-8")
    written = runner.execute_notebooks(load_settings(root=project), YEAR, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)
