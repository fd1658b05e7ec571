"""What keeps coming back and what is new: recurring problems, emerging terms, unfit opinions.

A stage like ingest, classify and report: it imports only `analysis.core`. Each function takes
the classified opinions (every year up to the one asked for, or more) and their underthesea
tokens (`analysis.core.tokens.opinion_tokens(classified["text"].tolist(), cache_path)`, one list
per row, from the classifier's cache when it ran) and returns tidy tables.

- `recurring_chains(classified, tokens, year, area="commune", unit="district")` ->
  `RecurringChains` (`.chains`: CHAIN_COLUMNS, `.members`: MEMBER_COLUMNS, `.reaching()`)
- `emerging_terms(classified, tokens, year, unit="district", top=20)` -> TERM_COLUMNS
- `unfit_groups(classified, tokens, year)` -> GROUP_COLUMNS
- `year_trends(classified, year, cache_path, area, unit)` -> `YearTrends` (all three, tokens
  read once)
"""

from analysis.trends.emerging import TERM_COLUMNS, emerging_terms
from analysis.trends.recurring import (
    CHAIN_COLUMNS,
    MEMBER_COLUMNS,
    RecurringChains,
    recurring_chains,
)
from analysis.trends.unfit import GROUP_COLUMNS, unfit_groups
from analysis.trends.year import YearTrends, year_trends

__all__ = [
    "CHAIN_COLUMNS",
    "GROUP_COLUMNS",
    "MEMBER_COLUMNS",
    "TERM_COLUMNS",
    "RecurringChains",
    "YearTrends",
    "emerging_terms",
    "recurring_chains",
    "unfit_groups",
    "year_trends",
]
