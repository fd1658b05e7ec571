"""Opinions that fit no theme well, grouped: candidates for a new theme or lexicon entry.

An opinion of the year fits no theme when the classifier put it in `khac` or was unsure of its
theme (theme_score below UNFIT_SCORE). Such opinions are grouped by average linkage on the same
representation as the recurring chains; a group of two or more is worth an analyst's look.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from analysis.trends.similarity import average_groups, opinion_vectors
from analysis.trends.terms import Surfaces, term_rarity, terms_of

OTHER = "khac"
UNFIT_SCORE = 0.5  # a theme probability under this is a poor fit
GROUP_THRESHOLD = 0.25  # mean similarity within a group
MIN_SIZE = 2
TOP_TERMS = 5
EXAMPLES = 5

GROUP_COLUMNS = [
    "group_id",  # 1, 2, ... largest first
    "size",  # opinions in the group
    "terms",  # its most typical content words, "; "-joined
    "themes",  # the themes the classifier gave them, most frequent first, "; "-joined
    "examples",  # record_ids of up to five members, ", "-joined
    "record_ids",  # record_ids of all members, ", "-joined
]


def unfit_groups(
    classified: pd.DataFrame,
    tokens: list[list[str]],
    year: int,
    score_below: float = UNFIT_SCORE,
    min_size: int = MIN_SIZE,
) -> pd.DataFrame:
    """Groups of `year`'s opinions that fit no theme well (columns GROUP_COLUMNS).

    `tokens[i]` are the underthesea tokens of `classified.iloc[i]`. `attrs` holds "unfit" (how
    many opinions fit no theme) and "grouped" (how many are in a group).
    """
    if len(tokens) != len(classified):
        raise ValueError("tokens must hold one list per row of classified")
    in_year = np.flatnonzero((classified["year"] == year).to_numpy())
    frame = classified.iloc[in_year]
    year_tokens = [tokens[i] for i in in_year]
    unfit = np.flatnonzero(
        ((frame["theme"] == OTHER) | (frame["theme_score"] < score_below)).to_numpy()
    )
    groups = []
    if len(unfit) >= min_size:
        vectors = opinion_vectors(year_tokens)[unfit]
        labels = average_groups((vectors @ vectors.T).toarray(), GROUP_THRESHOLD)
        sizes = Counter(labels)
        groups = [unfit[labels == g] for g, n in sizes.most_common() if n >= min_size]
    rarity = term_rarity(year_tokens)
    rows = [_group_row(n + 1, frame.iloc[g], [year_tokens[i] for i in g], rarity) for n, g in
            enumerate(groups)]  # fmt: skip
    table = pd.DataFrame(rows, columns=GROUP_COLUMNS)
    table.attrs.update(unfit=len(unfit), grouped=int(table["size"].sum()))
    return table


def _group_row(
    number: int, members: pd.DataFrame, tokens: list[list[str]], rarity: dict[str, float]
) -> dict:
    """One group: size, its typical words (used by many members, rare in the year), examples."""
    surfaces = Surfaces()
    used = Counter(key for words in tokens for key in terms_of(words, surfaces))
    typical = sorted(used, key=lambda k: (-used[k] * rarity.get(k, 0.0), k))[:TOP_TERMS]
    ids = members["record_id"].tolist()
    return {
        "group_id": number,
        "size": len(members),
        "terms": "; ".join(surfaces.show(k) for k in typical),
        "themes": "; ".join(t for t, _ in Counter(members["theme"]).most_common()),
        "examples": ", ".join(ids[:EXAMPLES]),
        "record_ids": ", ".join(ids),
    }
