"""The charts as a reader sees them: legends clear of the data, years as years, counts as counts."""

from __future__ import annotations

import pytest
from conftest import CONFERENCES, classified_frame
from matplotlib.backends.backend_agg import FigureCanvasAgg

from analysis.report.charts import ReportInput, build_charts


def drawn(year: int):
    """Every chart of the year that has data, rendered (so extents are known)."""
    out = {}
    for chart in build_charts(ReportInput.upto(classified_frame(), CONFERENCES, year)):
        if chart.has_data:
            figure = chart.draw()
            FigureCanvasAgg(figure).draw()
            out[chart.spec.key] = figure
    return out


@pytest.fixture(scope="module")
def second_year():
    return drawn(2024)


def test_legends_sit_outside_every_plot(second_year):
    for key, figure in second_year.items():
        renderer = figure.canvas.get_renderer()
        plots = [ax for ax in figure.axes if ax.get_visible() and ax.axison]
        for legend in figure.legends + [ax.get_legend() for ax in plots if ax.get_legend()]:
            box = legend.get_window_extent(renderer)
            for ax in plots:
                if ax.get_label() == "<colorbar>":
                    continue
                assert not box.overlaps(ax.get_window_extent(renderer)), key


def test_years_are_whole_and_the_first_year_stays_near_itself():
    figures = drawn(2023)  # the first year of the data
    assert "thay-doi-phe-binh" not in figures  # nothing to compare with
    trends = figures["xu-huong-don-vi"]
    low, high = trends.axes[0].get_xlim()
    assert low >= 2022 and high <= 2024
    labels = {t.get_text() for ax in trends.axes for t in ax.get_xticklabels() if t.get_text()}
    assert labels == {"2023"}


def test_counts_have_whole_ticks(second_year):
    for key in ("tu-noi-bat", "thay-doi-phe-binh", "tra-loi"):
        for ax in (a for a in second_year[key].axes if a.axison):
            axis = ax.yaxis if key == "tra-loi" else ax.xaxis
            ticks = [t for t in axis.get_ticklocs() if axis.get_view_interval()[0] <= t]
            assert all(float(t).is_integer() for t in ticks), key
