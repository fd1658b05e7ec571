"""Problems raised again in the same place in later years: chains of similar opinions.

Within each area, opinions of different years whose similarity reaches the threshold are linked;
linked opinions are grouped by average linkage (a group's members must be alike on average, so
one generic opinion cannot chain unrelated ones together) and a group spanning two or more years
is a chain.

Praise: an opinion praising that a problem is solved may join its chain (it is about the same
problem) but is never the problem "coming back"; a chain whose latest year holds only praise is
`resolved`, and a chain of praise alone is no chain. `promised_unsolved`: an earlier member
that raised the problem got an answer with a promise (`promises.py`), a member of a later year
raised it again, and the chain is not resolved.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from analysis.core.text import fold
from analysis.trends.areas import area_of
from analysis.trends.promises import is_promise
from analysis.trends.similarity import opinion_vectors, word_features
from analysis.trends.terms import Surfaces, is_term, term_rarity

THRESHOLD = 0.35  # cosine at which two opinions are the same problem (tuned on pairs.csv)
PRAISE = "khen_ngoi"
EVIDENCE_WORDS = 6

CHAIN_COLUMNS = [
    "chain_id",  # 1, 2, ... in display order (chains reaching the year first)
    "area",  # today's commune, or the continuity unit
    "years",  # "2023, 2024, 2026"
    "first_year",
    "last_year",
    "n_years",
    "n_opinions",
    "theme",  # the members' most frequent theme
    "evidence",  # content words shared by members of two or more years, "; "-joined
    "promised_unsolved",  # "đã hứa, chưa giải quyết"
    "resolved",  # the latest year's members only praise that the problem is solved
    "reaches_year",  # has an opinion of the year asked for
    "cohesion",  # mean similarity of the members, two by two
]
MEMBER_COLUMNS = [
    "chain_id",
    "record_id",
    "year",
    "date",
    "area",
    "district",
    "commune",
    "text",
    "response",
    "response_timing",
    "theme",
    "stance",
    "promise",  # the answer promised something (and the opinion raised a problem)
    "similarity",  # mean similarity to the chain's other members
]


@dataclass
class RecurringChains:
    """Chains (one row each) and their member opinions (one row each), joined on chain_id."""

    chains: pd.DataFrame
    members: pd.DataFrame

    def reaching(self) -> RecurringChains:
        """Only the chains that include an opinion of the year asked for."""
        kept = self.chains[self.chains["reaches_year"]]
        return RecurringChains(kept, self.members[self.members["chain_id"].isin(kept["chain_id"])])


def recurring_chains(
    classified: pd.DataFrame,
    tokens: list[list[str]],
    year: int,
    area: str = "commune",
    unit: str = "district",
    threshold: float = THRESHOLD,
) -> RecurringChains:
    """Chains of opinions about one problem in one area over the years up to `year`.

    `tokens[i]` are the underthesea tokens of `classified.iloc[i]` (`core.tokens.opinion_tokens`).
    `area` is "commune" (today's commune) or "unit" (the continuity unit: `unit` "district" for
    the former district, "province" for the former province). Every chain up to `year` is
    returned, `reaches_year` marking those with an opinion of `year` (see `.reaching()`).
    """
    if len(tokens) != len(classified):
        raise ValueError("tokens must hold one list per row of classified")
    keep = (classified["year"] <= year).to_numpy()
    frame = classified[keep].reset_index(drop=True)
    kept_tokens = [t for t, k in zip(tokens, keep, strict=True) if k]
    frame = frame.assign(area=area_of(frame, area, unit))
    if frame.empty:
        return _tables([], frame, year, None, [])
    vectors = opinion_vectors(frame["text"].tolist(), kept_tokens)
    groups = []
    for _, rows in frame[frame["area"] != ""].groupby("area", sort=True):
        if len(set(rows["year"])) > 1:
            groups += _area_chains(
                vectors, rows.index.to_numpy(), rows["year"].to_numpy(), threshold
            )
    groups = [g for g in groups if (frame.loc[g, "stance"] != PRAISE).any()]
    return _tables(groups, frame, year, vectors, kept_tokens)


def _area_chains(vectors, index: np.ndarray, years: np.ndarray, threshold: float) -> list[list]:
    """Groups of one area's opinions (row numbers) alike on average, spanning two years or more."""
    similarity = (vectors[index] @ vectors[index].T).toarray()
    linked = (similarity >= threshold) & (years[:, None] != years[None, :])
    candidates = np.flatnonzero(linked.any(axis=1))
    if len(candidates) < 2:
        return []
    distance = 1 - similarity[np.ix_(candidates, candidates)]
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform(distance.clip(0), checks=False), method="average")
    labels = fcluster(tree, t=1 - threshold, criterion="distance")
    chains = []
    for label in np.unique(labels):
        members = candidates[labels == label]
        if len(set(years[members])) > 1:
            chains.append(sorted(index[members].tolist()))
    return chains


def _tables(
    groups: list[list], frame: pd.DataFrame, year: int, vectors, tokens: list[list[str]]
) -> RecurringChains:
    """The chains and members tables of the found groups, chains reaching `year` first."""
    rarity = term_rarity(tokens) if groups else {}
    chains, members = [], []
    for rows in groups:
        part = frame.loc[rows]
        similarity = (vectors[rows] @ vectors[rows].T).toarray()
        np.fill_diagonal(similarity, np.nan)
        promise = [
            stance != PRAISE and is_promise(response)
            for stance, response in zip(part["stance"], part["response"], strict=True)
        ]
        part = part.assign(promise=promise, similarity=np.nanmean(similarity, axis=1))
        words = [tokens[r] for r in rows]
        cohesion = float(np.nanmean(similarity))
        chains.append(
            _chain_row(part, year, shared_words(words, part["year"].tolist(), rarity), cohesion)
        )
        members.append(part)
    table = pd.DataFrame(chains, columns=CHAIN_COLUMNS[1:])
    order = table.sort_values(
        ["reaches_year", "n_years", "n_opinions", "last_year", "area"],
        ascending=[False, False, False, False, True],
        kind="stable",
    ).index
    ids = pd.Series(range(1, len(order) + 1), index=order)
    table.insert(0, "chain_id", ids.sort_index().to_numpy())
    member_table = pd.concat(
        [m.assign(chain_id=ids[i]) for i, m in enumerate(members)] or [pd.DataFrame()],
        ignore_index=True,
    ).reindex(columns=MEMBER_COLUMNS)
    member_table = member_table.sort_values(["chain_id", "year", "date"], kind="stable")
    return RecurringChains(
        table.sort_values("chain_id").reset_index(drop=True), member_table.reset_index(drop=True)
    )


def _chain_row(part: pd.DataFrame, year: int, evidence: list[str], cohesion: float) -> dict:
    """One chain's summary: years, theme, evidence words and the flags."""
    years = sorted(set(part["year"]))
    last = part[part["year"] == years[-1]]
    resolved = bool((last["stance"] == PRAISE).all())
    raised = part[part["stance"] != PRAISE]
    promised_years = raised.loc[raised["promise"], "year"]
    came_back = not promised_years.empty and (raised["year"] > promised_years.min()).any()
    return {
        "area": part["area"].iloc[0],
        "years": ", ".join(map(str, years)),
        "first_year": years[0],
        "last_year": years[-1],
        "n_years": len(years),
        "n_opinions": len(part),
        "theme": Counter(part["theme"]).most_common(1)[0][0],
        "evidence": "; ".join(evidence),
        "promised_unsolved": bool(came_back and not resolved),
        "resolved": resolved,
        "reaches_year": year in years,
        "cohesion": round(cohesion, 3),
    }


def shared_words(
    tokens: list[list[str]], years: list[int], rarity: dict[str, float] | None = None
) -> list[str]:
    """Content words used by members of two or more years: most years, then rarest, first.

    A member typed without diacritics shares a word through its folded syllable pairs.
    `rarity` (key -> IDF over the corpus) puts "quá tải" before "giao thông".
    """
    surfaces = Surfaces()
    used_in: dict[str, set] = defaultdict(set)
    for words, year in zip(tokens, years, strict=True):
        keys = {k.replace("_", " ") for k in word_features(words) if "_" in k}
        for word in filter(is_term, words):
            surfaces.add(fold(word), word)
            keys.add(fold(word))
        for key in keys:
            used_in[key].add(year)
    rarity = rarity or {}
    shared = [k for k in used_in if k in surfaces and len(used_in[k]) > 1]
    shared.sort(key=lambda k: (-len(used_in[k]), -rarity.get(k, 0.0), k))
    return [surfaces.show(k) for k in shared[:EVIDENCE_WORDS]]
