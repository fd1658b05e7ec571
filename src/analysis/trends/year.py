"""All three findings of one year from one tokenizing: what the CLI, notebooks and reports use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.core.tokens import opinion_tokens
from analysis.trends.emerging import emerging_terms
from analysis.trends.recurring import RecurringChains, recurring_chains
from analysis.trends.unfit import unfit_groups


@dataclass
class YearTrends:
    """Recurring chains (all up to the year: see reaches_year), emerging terms, unfit groups."""

    year: int
    chains: RecurringChains
    terms: pd.DataFrame
    groups: pd.DataFrame


def year_trends(
    classified: pd.DataFrame,
    year: int,
    cache_path: Path | None = None,
    area: str = "commune",
    unit: str = "district",
    top: int = 20,
) -> YearTrends:
    """Chains, emerging terms and unfit groups of `year` (tokens from the classifier's cache)."""
    upto = classified[classified["year"] <= year].reset_index(drop=True)
    tokens = opinion_tokens(upto["text"].tolist(), cache_path)
    return YearTrends(
        year,
        recurring_chains(upto, tokens, year, area=area, unit=unit),
        emerging_terms(upto, tokens, year, unit=unit, top=top),
        unfit_groups(upto, tokens, year),
    )
