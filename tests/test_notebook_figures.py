"""The notebooks' key figures on the shipped sample match the recorded ones.

A silent change in ingest, classify or the notebooks' numbers fails here. After an intended
change, `ANALYSIS_UPDATE_FIGURES=1 pytest tests/test_notebook_figures.py` records new figures.
"""

from __future__ import annotations

import json
import os

import pytest
from conftest import REPO

from analysis import notebook as nb

FIGURES_FILE = REPO / "tests" / "data" / "notebook_figures.json"
UPDATE_ENV = "ANALYSIS_UPDATE_FIGURES"
SAMPLE_YEARS = range(2019, 2027)  # 2026: the former Đắk Nông area of the new Lâm Đồng


def recorded() -> dict[str, dict[str, float]]:
    return json.loads(FIGURES_FILE.read_text(encoding="utf-8"))


def test_every_notebook_has_recorded_figures():
    names = {key.split("/")[0] for key in recorded()}
    assert names == set(nb.KEY_FIGURES)
    for name in nb.KEY_FIGURES:
        assert (REPO / "notebooks" / f"{name}.ipynb").is_file()


@pytest.mark.parametrize("key", sorted(recorded()))
def test_key_figures_of_the_sample(sample_project, monkeypatch, key):
    notebook, year = key.split("/")
    monkeypatch.setenv("ANALYSIS_ROOT", str(sample_project))
    data = nb.load(int(year))
    assert data.is_sample
    figures = nb.key_figures(notebook, data).to_dict()
    if os.environ.get(UPDATE_ENV):
        figures_now = {**recorded(), key: figures}
        text = json.dumps(figures_now, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        FIGURES_FILE.write_text(text, encoding="utf-8")
    assert figures == recorded()[key]


def test_loader_names_the_years_it_has(sample_project, monkeypatch):
    monkeypatch.setenv("ANALYSIS_ROOT", str(sample_project))
    with pytest.raises(ValueError, match="2019, 2020"):
        nb.load(1999)
    assert {int(y) for y in nb.load(2025).classified["year"].unique()} == set(SAMPLE_YEARS)
