"""Problems raised again in the same place in later years: chains of similar opinions.

Within each area, opinions of different years whose same-problem score (`similarity.Problems`:
alike words, and the same village or road when both name one) reaches SAME_PROBLEM are linked.
Linked opinions are grouped by average linkage cut at JOIN_CHAIN, each member keeping a link
(SAME_PROBLEM, any year) to another: transitive, since an opinion linked to one member of a
chain is likely the same problem as the others, yet one generic opinion cannot chain unrelated
ones together. A group spanning two or more years is a chain.

Praise that a problem is solved does not raise it again (as the labelled pairs have it): an
opinion the classifier surely read as praise (`khen_ngoi`, `solved_praise`) never links a
chain. It is attached to the chain it is about (same area, a year from the chain's first on,
the chain it is most alike on average, reaching JOIN_CHAIN) as a member of role
"praised_solved", and makes the chain `resolved` when it is later than the chain's last
raising. `promised_unsolved` ("đã hứa, chưa
giải quyết"): an answer to a member promised an action (`promises.py`), the problem was raised
again in a later year, and no praise since says it is solved.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from analysis.trends.areas import area_of
from analysis.trends.promises import is_promise
from analysis.trends.similarity import (
    JOIN_CHAIN,
    SAME_PROBLEM,
    Problems,
    average_groups,
    word_features,
)
from analysis.trends.terms import Surfaces, term_rarity, terms_of

PRAISE = "khen_ngoi"
# The classifier's stance probability from which praise is taken as saying a problem is solved.
# On the labelled pairs, praise that a problem is solved is read with 0.92 or more, complaints
# misread as praise ("cán bộ tiếp dân … gắt gỏng") with 0.76 or less: an unsure "praise" raises
# the problem like any other opinion.
PRAISE_SURE = 0.85
RAISED, PRAISED = "raised", "praised_solved"
EVIDENCE_WORDS = 6

CHAIN_COLUMNS = [
    "chain_id",  # 1, 2, ... in display order (chains reaching the year first)
    "area",  # today's commune, or the continuity unit
    "years",  # years the problem was raised: "2023, 2024, 2026"
    "first_year",
    "last_year",
    "n_years",
    "n_opinions",  # opinions raising it (praise that it is solved not counted)
    "theme",  # the raising members' most frequent theme
    "evidence",  # content words shared by members of two or more years, "; "-joined
    "promised_unsolved",  # "đã hứa, chưa giải quyết"
    "resolved",  # praised as solved, and not raised again since
    "reaches_year",  # raised, or praised as solved, in the year asked for
    "cohesion",  # mean same-problem score of the raising members, two by two
]
MEMBER_COLUMNS = [
    "chain_id",
    "role",  # "raised", or "praised_solved" (praise that the problem is solved)
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
    "promise",  # the answer promised something (and the opinion raised the problem)
    "similarity",  # mean same-problem score with the chain's raising members
]


@dataclass
class RecurringChains:
    """Chains (one row each) and their member opinions (one row each), joined on chain_id."""

    chains: pd.DataFrame
    members: pd.DataFrame

    def reaching(self) -> RecurringChains:
        """Only the chains that include an opinion of the year asked for."""
        kept = self.chains[self.chains["reaches_year"].astype(bool)]  # empty: object dtype
        return RecurringChains(kept, self.members[self.members["chain_id"].isin(kept["chain_id"])])


def recurring_chains(
    classified: pd.DataFrame,
    tokens: list[list[str]],
    year: int,
    area: str = "commune",
    unit: str = "district",
    threshold: float = SAME_PROBLEM,
    join: float = JOIN_CHAIN,
) -> RecurringChains:
    """Chains of opinions about one problem in one area over the years up to `year`.

    `tokens[i]` are the underthesea tokens of `classified.iloc[i]` (`core.tokens.opinion_tokens`).
    `area` is "commune" (today's commune) or "unit" (the continuity unit: `unit` "district" for
    the former district, "province" for the former province). Every chain up to `year` is
    returned, `reaches_year` marking those with an opinion of `year` (see `.reaching()`).
    Two opinions of different years scoring `threshold` or more are linked; a chain holds linked
    opinions each scoring `threshold` with another member and `join` with all on average.
    """
    if len(tokens) != len(classified):
        raise ValueError("tokens must hold one list per row of classified")
    keep = (classified["year"] <= year).to_numpy()
    frame = classified[keep].reset_index(drop=True)
    kept_tokens = [t for t, k in zip(tokens, keep, strict=True) if k]
    frame = frame.assign(area=area_of(frame, area, unit))
    groups: list[Group] = []
    if not frame.empty:
        problems = Problems.of(kept_tokens)
        years = frame["year"].to_numpy()
        praise = solved_praise(frame)
        for _, index in frame[frame["area"] != ""].groupby("area", sort=True).indices.items():
            if len(set(years[index])) > 1:
                score = problems.among(index)
                groups += _area_chains(index, score, years[index], praise[index], threshold, join)
    return _tables(groups, frame, year, kept_tokens)


def solved_praise(frame: pd.DataFrame) -> np.ndarray:
    """True for the opinions the classifier surely reads as praise (stance_score, when there,
    PRAISE_SURE or more): such praise says a problem is solved and never raises it again."""
    sure = frame["stance_score"].fillna(1.0) >= PRAISE_SURE if "stance_score" in frame else True
    return ((frame["stance"] == PRAISE) & sure).to_numpy()


@dataclass
class Group:
    """One chain: its rows in the frame, their mean score with the raising members, and roles."""

    rows: np.ndarray
    closeness: np.ndarray
    praised: np.ndarray  # True for praise that the problem is solved
    cohesion: float


def _area_chains(
    index: np.ndarray,
    score: np.ndarray,
    years: np.ndarray,
    praise: np.ndarray,
    threshold: float,
    join: float,
) -> list[Group]:
    """One area's chains: raising opinions linked across years, each scoring `threshold` or
    more with another member (of any year) and all alike on average (`join`), over two years
    or more; with the praise that says their problem is solved (each sure praise goes to the
    chain it is most alike on average, from the chain's first year on, when that reaches `join`).

    Transitive on purpose: C linked to B, B linked to A, joins A's chain even when C and A
    alone would not be linked, unless C and A are clearly apart (a place veto pulls the mean
    down; average linkage keeps one generic opinion from chaining unrelated ones).
    """
    raised = ~praise
    alike = (score >= threshold) & raised[:, None] & raised[None, :]
    np.fill_diagonal(alike, False)
    linked = alike & (years[:, None] != years[None, :])
    candidates = np.flatnonzero(linked.any(axis=1))
    if len(candidates) < 2:
        return []
    labels = average_groups(score[np.ix_(candidates, candidates)], join)
    chains = [_linked_within(candidates[labels == label], alike) for label in np.unique(labels)]
    chains = [members for members in chains if len(set(years[members])) > 1]
    if not chains:
        return []
    to_chain = np.column_stack([score[:, members].mean(axis=1) for members in chains])
    starts = np.array([years[members].min() for members in chains])
    to_chain[~praise] = -np.inf
    to_chain[years[:, None] < starts[None, :]] = -np.inf
    best = to_chain.argmax(axis=1)
    groups = []
    for number, members in enumerate(chains):
        inner = score[np.ix_(members, members)].copy()
        np.fill_diagonal(inner, np.nan)
        solved = np.flatnonzero((best == number) & (to_chain[:, number] >= join))
        rows = np.concatenate([members, solved])
        closeness = np.concatenate([np.nanmean(inner, axis=1), to_chain[solved, number]])
        flags = np.arange(len(rows)) >= len(members)
        groups.append(Group(index[rows], closeness, flags, float(np.nanmean(inner))))
    return groups


def _linked_within(members: np.ndarray, linked: np.ndarray) -> np.ndarray:
    """The members linked to at least one other member (repeated until none is dropped): an
    opinion alike to a chain only on average, its own link elsewhere, is not in it."""
    while len(members):
        kept = members[linked[np.ix_(members, members)].any(axis=1)]
        if len(kept) == len(members):
            break
        members = kept
    return members


def _tables(
    groups: list[Group], frame: pd.DataFrame, year: int, tokens: list[list[str]]
) -> RecurringChains:
    """The chains and members tables of the found groups, chains reaching `year` first."""
    rarity = term_rarity(tokens) if groups else {}
    columns = {c: frame[c].tolist() for c in ("year", "theme", "response", "area")}
    chains, promises = [], []
    for group in groups:
        rows = group.rows.tolist()
        members = {c: [values[r] for r in rows] for c, values in columns.items()}
        promise = [
            not praised and _promises(response)
            for praised, response in zip(group.praised, members["response"], strict=True)
        ]
        raised = [r for r, praised in zip(rows, group.praised, strict=True) if not praised]
        evidence = shared_words([tokens[r] for r in raised], [columns["year"][r] for r in raised],
                                rarity)  # fmt: skip
        chains.append(_chain_row(members, group.praised, promise, year, evidence, group.cohesion))
        promises.append(promise)
    table = pd.DataFrame(chains, columns=CHAIN_COLUMNS[1:])
    order = table.sort_values(
        ["reaches_year", "n_years", "n_opinions", "last_year", "area"],
        ascending=[False, False, False, False, True],
        kind="stable",
    ).index
    ids = np.empty(len(table), dtype=int)
    ids[order] = np.arange(1, len(table) + 1)
    table.insert(0, "chain_id", ids)
    rows = np.concatenate([g.rows for g in groups]) if groups else np.array([], dtype=int)
    members = frame.iloc[rows].assign(
        chain_id=np.repeat(ids, [len(g.rows) for g in groups]),
        role=np.where(np.concatenate([g.praised for g in groups]), PRAISED, RAISED)
        if groups
        else [],
        promise=[p for promise in promises for p in promise],
        similarity=np.concatenate([g.closeness for g in groups]).round(3) if groups else [],
    )
    members = members.reindex(columns=MEMBER_COLUMNS)
    return RecurringChains(
        table.sort_values("chain_id").reset_index(drop=True),
        members.sort_values(["chain_id", "year", "date"], kind="stable").reset_index(drop=True),
    )


@lru_cache(maxsize=1 << 14)
def _promises(response: str) -> bool:
    """`is_promise`, cached: answers repeat the same formulas."""
    return is_promise(response)


def _chain_row(
    members: dict[str, list],
    praised: np.ndarray,
    promise: list[bool],
    year: int,
    evidence: list[str],
    cohesion: float,
) -> dict:
    """One chain's summary: years raised, theme, evidence words and the flags."""
    raised = [y for y, p in zip(members["year"], praised, strict=True) if not p]
    years = sorted(set(raised))
    solved = [y for y, p in zip(members["year"], praised, strict=True) if p]
    resolved = bool(solved) and max(solved) > years[-1]
    promised = [y for y, p in zip(members["year"], promise, strict=True) if p]
    came_back = bool(promised) and any(y > min(promised) for y in raised)
    themes = [t for t, p in zip(members["theme"], praised, strict=True) if not p]
    return {
        "area": members["area"][0],
        "years": ", ".join(map(str, years)),
        "first_year": years[0],
        "last_year": years[-1],
        "n_years": len(years),
        "n_opinions": len(raised),
        "theme": Counter(themes).most_common(1)[0][0],
        "evidence": "; ".join(evidence),
        "promised_unsolved": came_back and not resolved,
        "resolved": resolved,
        "reaches_year": year in years or year in solved,
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
        for key in keys | terms_of(words, surfaces):
            used_in[key].add(year)
    rarity = rarity or {}
    shared = [k for k in used_in if k in surfaces and len(used_in[k]) > 1]
    shared.sort(key=lambda k: (-len(used_in[k]), -rarity.get(k, 0.0), k))
    return [surfaces.show(k) for k in shared[:EVIDENCE_WORDS]]
