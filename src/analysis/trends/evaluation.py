"""How well the trends find what is known: labelled pairs, and the sample's planted truth.

Pairs (`data/labels/pairs.csv`: pair_id, text_a, text_b, same_problem, kind, note) measure the
similarity and tune its threshold, cross-validated, with a held-out part never tuned on. The
sample's manifest (`tests/data/sample_manifest.csv`, columns `situation`, `chain`, `chain_role`,
`emerging`) and `tests/data/sample_planted.json` measure chains and emerging terms end to end.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import pandas as pd

from analysis.core.text import fold, has_diacritics
from analysis.trends.recurring import PRAISED, RAISED, recurring_chains
from analysis.trends.similarity import Problems
from analysis.trends.terms import skip_words

JOIN_KEYS = ["source_file", "source_sheet", "source_row"]
TRUTH_COLUMNS = ["situation", "chain", "chain_role", "emerging"]
PLAIN, LEGACY, STANDARD = "không dấu", "mã cũ", "chuẩn"
SOLVED = "solved"  # the planted role of praise that a chain's problem is solved


# ---------------------------------------------------------------- labelled pairs


@dataclass(frozen=True)
class PairScores:
    """Precision, recall and F1 of "same problem" at one threshold."""

    threshold: float
    precision: float
    recall: float
    f1: float
    pairs: int

    def f_beta(self, beta: float) -> float:
        """F-beta: beta < 1 weighs precision more (0.5: twice as much)."""
        return f_beta(self.precision, self.recall, beta)


def f_beta(precision: float, recall: float, beta: float) -> float:
    """F-beta of a precision and a recall: beta < 1 weighs precision more."""
    weight = beta * beta
    denominator = weight * precision + recall
    return (1 + weight) * precision * recall / denominator if denominator else 0.0


def pair_similarities(
    pairs: pd.DataFrame,
    tokens: dict[str, list[str]],
    background: list[str] = (),
    **tuning,
) -> np.ndarray:
    """The same-problem score of each pair's two texts (`similarity.Problems`).

    IDF is learned from the pairs' texts and the `background` opinions (as in a run, where it
    comes from the project's opinions); `tokens` maps every one of these texts to its tokens.
    """
    texts = sorted(set(pairs["text_a"]) | set(pairs["text_b"]) | set(background))
    row = {t: i for i, t in enumerate(texts)}
    problems = Problems.of([tokens[t] for t in texts], **tuning)
    return problems.pairs([row[t] for t in pairs["text_a"]], [row[t] for t in pairs["text_b"]])


def score_pairs(similarity: np.ndarray, same: np.ndarray, threshold: float) -> PairScores:
    """Scores of calling a pair "same problem" when its similarity reaches the threshold."""
    return _scores(similarity >= threshold, same, threshold)


def _scores(called: np.ndarray, same: np.ndarray, threshold: float) -> PairScores:
    """Precision, recall and F1 of the pairs called "same problem"."""
    hits = int((called & same).sum())
    precision = hits / called.sum() if called.any() else 1.0
    recall = hits / same.sum() if same.any() else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScores(threshold, float(precision), float(recall), float(f1), len(same))


def best_threshold(similarity: np.ndarray, same: np.ndarray, beta: float = 1.0) -> PairScores:
    """The threshold with the best F-beta (ties: the higher, more precise one)."""
    candidates = np.round(np.arange(0.10, 0.90, 0.01), 2)
    scored = [score_pairs(similarity, same, t) for t in candidates]
    return max(scored, key=lambda s: (round(s.f_beta(beta), 4), s.threshold))


def pair_groups(notes: pd.Series) -> pd.Series:
    """The group of each pair for splitting: its cluster ("cluster=<id>" in the note), clusters
    joined by a pair across two of them ("cluster=<a>|<b>") being one group.

    Pairs reuse their texts, so a split by row would put one sentence on both sides.
    """
    clusters = notes.str.extract(r"cluster=([^;]+)", expand=False).fillna("").str.split("|")
    parent: dict[str, str] = {}

    def root(c: str) -> str:
        while parent.setdefault(c, c) != c:
            c = parent[c]
        return c

    for ids in clusters:
        for other in ids[1:]:
            parent[root(other)] = root(ids[0])
    return clusters.map(lambda ids: root(ids[0]))


def held_out(groups: pd.Series, share: float = 0.25) -> np.ndarray:
    """True for the pairs kept aside (by the MD5 of their group), never used to tune."""
    cut = int(share * 16)
    return np.array([int(hashlib.md5(str(g).encode()).hexdigest()[0], 16) < cut for g in groups])


def folds(groups: pd.Series, k: int = 5) -> np.ndarray:
    """A fold number per pair (by the MD5 of its group), for cross-validation."""
    return np.array([int(hashlib.md5(f"fold{g}".encode()).hexdigest(), 16) % k for g in groups])


def cross_validated(
    similarity: np.ndarray, same: np.ndarray, fold: np.ndarray, beta: float = 1.0
) -> PairScores:
    """Pooled scores of each fold at the threshold tuned (best F-beta) on the other folds."""
    called = np.zeros(len(same), dtype=bool)
    thresholds = []
    for f in np.unique(fold):
        test = fold == f
        tuned = best_threshold(similarity[~test], same[~test], beta).threshold
        called[test] = similarity[test] >= tuned
        thresholds.append(tuned)
    return _scores(called, same, float(np.mean(thresholds)))


def pair_clusters(pairs: pd.DataFrame) -> pd.DataFrame:
    """Each text of the pairs once, as an opinion raised in its cluster's place, to measure
    chains: text, record_id, year, cluster (its area), chain (texts joined by same-problem
    pairs, and the praise that their problem is solved; "" for the look-alikes written beside
    them), chain_role ("raised", "solved": as in the sample's manifest) and variant.

    A text's year is in its pairs' note ("years a=2023 b=2025"); its cluster is the one of its
    single-cluster pairs (a pair across clusters "a|b" names text_a's first).
    """
    year, home, across = {}, {}, []
    for row in pairs.itertuples():
        clusters = row.note.split(";")[0].removeprefix("cluster=").strip().split("|")
        years = re.search(r"years a=(\d+) b=(\d+)", row.note)
        year[row.text_a], year[row.text_b] = int(years.group(1)), int(years.group(2))
        if len(clusters) == 1:
            home[row.text_a] = home[row.text_b] = clusters[0]
        else:
            across += [(row.text_a, clusters[0]), (row.text_b, clusters[-1])]
    for text, cluster in across:
        home.setdefault(text, cluster)
    parent: dict[str, str] = {}

    def root(text: str) -> str:
        while parent.setdefault(text, text) != text:
            text = parent[text]
        return text

    same = pairs[_same(pairs)]
    for a, b in zip(same["text_a"], same["text_b"], strict=True):
        parent[root(a)] = root(b)
    texts = sorted(year)
    numbers = {t: i for i, t in enumerate(sorted({root(t) for t in parent}))}
    chain = {t: f"c{numbers[root(t)]}" for t in parent}
    solved = {}  # the praise that a restatement's problem is solved
    praise = pairs[pairs["kind"].str.startswith("solved_praise")]
    for a, b in zip(praise["text_a"], praise["text_b"], strict=True):
        if (a in chain) != (b in chain):
            solved[b if a in chain else a] = chain[a if a in chain else b]
    frame = pd.DataFrame({"text": texts, "year": [year[t] for t in texts]})
    frame["record_id"] = [f"t{i:04d}" for i in range(len(texts))]
    frame["cluster"] = [home[t] for t in texts]
    frame["chain"] = [chain.get(t, solved.get(t, "")) for t in texts]
    frame["chain_role"] = [RAISED if t in chain else SOLVED if t in solved else "" for t in texts]
    frame["variant"] = np.where(frame["text"].map(has_diacritics), STANDARD, PLAIN)
    return frame


def cluster_chains(
    clusters: pd.DataFrame,
    tokens: dict[str, list[str]],
    labels: pd.DataFrame,
    praise: bool = False,
    **options,
) -> ChainScores:
    """Chains found among the pairs' texts (`pair_clusters`), each cluster an area, scored like
    the planted ones: the restatements (`praise` False), or with the praise that their problem
    is solved, found when attached to their chain (`praise` True). `labels` (index text: theme,
    stance, stance_score) as the classifier reads them; `options` go to `recurring_chains`."""
    frame = clusters.assign(
        commune=clusters["cluster"],
        commune_current="",
        district="",
        former_province="",
        date=pd.NaT,
        response="",
        response_timing="",
        theme=clusters["text"].map(labels["theme"]),
        stance=clusters["text"].map(labels["stance"]),
        stance_score=clusters["text"].map(labels["stance_score"])
        if "stance_score" in labels
        else 1.0,
    )
    found = recurring_chains(frame, [tokens[t] for t in frame["text"]], int(frame["year"].max()),
                             **options)  # fmt: skip
    truth = clusters.assign(situation="", area=clusters["cluster"])
    if praise:
        return chain_scores(truth, found.members, found_roles=(RAISED, PRAISED))
    return chain_scores(truth, found.members, planted_roles=(RAISED,))


def _same(pairs: pd.DataFrame) -> pd.Series:
    """The pairs labelled "same problem"."""
    if "same" in pairs:
        return pairs["same"].astype(bool)
    return pairs["same_problem"].astype(str).str.strip().isin(["1", "true", "True"])


# ---------------------------------------------------------------- the sample's planted truth


def join_manifest(opinions: pd.DataFrame, manifest: pd.DataFrame) -> pd.DataFrame:
    """Processed opinions with the manifest's truth columns, joined on file, sheet and row."""
    truth = manifest[manifest["kind"] == "opinion"] if "kind" in manifest else manifest
    columns = [c for c in TRUTH_COLUMNS if c in truth]
    truth = truth[JOIN_KEYS + columns].astype({"source_row": int})
    joined = opinions.merge(truth, on=JOIN_KEYS, how="left", validate="one_to_one")
    for column in columns:
        joined[column] = joined[column].fillna("").astype(str)
    return joined


def variant_of(opinions: pd.DataFrame) -> pd.Series:
    """How each opinion was typed: without diacritics, repaired from a legacy encoding, or not."""
    plain = ~opinions["text"].map(has_diacritics)
    legacy = opinions["text_changes"].fillna("").str.contains("mã cũ")
    return pd.Series(
        np.where(plain, PLAIN, np.where(legacy, LEGACY, STANDARD)), index=opinions.index
    )


@dataclass(frozen=True)
class ChainScores:
    """Recall and precision of the found chains against the planted ones."""

    recall: float  # planted same-chain pairs (different years) found in one chain
    precision: float  # found pairs touching a planted opinion that are in one planted chain
    unplanted_correct: float  # found pairs of unplanted opinions: same situation and area
    planted_pairs: int
    found_pairs: int
    unplanted_pairs: int
    recall_by_variant: dict[str, float]  # recall of planted pairs with a member of each variant
    recall_by_file: dict[str, float]  # ... with a member from each source file (when known)


def chain_scores(
    truth: pd.DataFrame,
    members: pd.DataFrame,
    found_roles: tuple[str, ...] = ("raised",),
    planted_roles: tuple[str, ...] | None = None,
) -> ChainScores:
    """Score found chains (`members`: chain_id, record_id, role) against `truth`.

    `truth` has one row per opinion: record_id, year, chain ("" when unplanted), situation,
    area, variant (`variant_of`) and, when known, source_file and chain_role. Found members
    count when of `found_roles` (with "praised_solved", praise attached to a chain is in it);
    planted members when of `planted_roles` (chain_role; None: all of them).
    """
    if "role" in members:
        members = members[members["role"].isin(found_roles)]
    if planted_roles is not None and "chain_role" in truth:
        dropped = (truth["chain"] != "") & ~truth["chain_role"].isin(planted_roles)
        truth = truth.assign(chain=truth["chain"].where(~dropped, ""))
    row = truth.set_index("record_id").to_dict("index")
    found = dict(zip(members["record_id"], members["chain_id"], strict=True))

    def apart(a: str, b: str) -> bool:
        return row[a]["year"] != row[b]["year"]

    planted = [
        pair
        for _, rows in truth[truth["chain"] != ""].groupby("chain")
        for pair in combinations(rows["record_id"], 2)
        if apart(*pair)
    ]
    hit = [a in found and found.get(a) == found.get(b) for a, b in planted]
    found_pairs = [
        pair
        for _, rows in members.groupby("chain_id")
        for pair in combinations(rows["record_id"], 2)
        if apart(*pair)
    ]
    touching = [(a, b) for a, b in found_pairs if row[a]["chain"] or row[b]["chain"]]
    right = [row[a]["chain"] == row[b]["chain"] for a, b in touching]
    others = [(a, b) for a, b in found_pairs if not (row[a]["chain"] or row[b]["chain"])]
    same_situation = [
        row[a]["situation"] == row[b]["situation"] != "" and row[a]["area"] == row[b]["area"]
        for a, b in others
    ]
    return ChainScores(
        recall=_share(hit),
        precision=_share(right),
        unplanted_correct=_share(same_situation),
        planted_pairs=len(planted),
        found_pairs=len(touching),
        unplanted_pairs=len(others),
        recall_by_variant=_recall_by("variant", planted, hit, row),
        recall_by_file=_recall_by("source_file", planted, hit, row)
        if "source_file" in truth
        else {},
    )


def _share(hits: list[bool]) -> float:
    """The share of true values; NaN when there is nothing to count (not 0: nothing was missed)."""
    return float(np.mean(hits)) if hits else float("nan")


def _recall_by(
    column: str, planted: list[tuple[str, str]], hit: list[bool], row: dict
) -> dict[str, float]:
    """Recall of the planted pairs with a member of each value of `column`."""
    values = sorted({row[r][column] for pair in planted for r in pair})
    return {
        value: float(np.mean([h for (a, b), h in zip(planted, hit, strict=True)
                              if value in (row[a][column], row[b][column])]))
        for value in values
    }  # fmt: skip


@dataclass(frozen=True)
class PromiseScores:
    """How well "đã hứa, chưa giải quyết" flags the planted chains that deserve it."""

    recall: float  # planted chains flagged whose found chain is flagged
    precision: float  # found flagged chains about a planted chain whose chain is flagged
    agreement: float  # planted chains found: the flag of the found chain equals the planted
    planted_flagged: int
    planted_found: int  # planted chains with a found chain (holding most of their members)
    flagged_planted: int  # found flagged chains about a planted chain
    flagged_unplanted: int  # found flagged chains of unplanted opinions only (no truth)


def promise_scores(
    truth: pd.DataFrame, chains: pd.DataFrame, members: pd.DataFrame, flags: dict[str, bool]
) -> PromiseScores:
    """Score the found chains' `promised_unsolved` against each planted chain's flag.

    A planted chain's found chain is the one holding most of its members (any role); a found
    chain is about the planted chain most of its raising members belong to.
    """
    planted = truth.set_index("record_id")["chain"]
    member_chain = members.assign(planted=members["record_id"].map(planted).fillna(""))
    flagged = chains.set_index("chain_id")["promised_unsolved"].astype(bool)
    found_for = {
        key: rows["chain_id"].value_counts().sort_index(kind="stable").idxmax()
        for key, rows in member_chain[member_chain["planted"] != ""].groupby("planted")
    }
    predicted = {key: bool(flagged[found_for[key]]) if key in found_for else False
                 for key in flags}  # fmt: skip
    raised = member_chain[(member_chain["role"] == "raised") & (member_chain["planted"] != "")]
    about = {c: rows["planted"].value_counts().idxmax() for c, rows in raised.groupby("chain_id")}
    flagged_ids = flagged[flagged].index
    right = [flags.get(about[c], False) for c in flagged_ids if c in about]
    wanted = [predicted[k] for k, flag in flags.items() if flag]
    agree = [predicted[k] == flags[k] for k in flags if k in found_for]
    return PromiseScores(
        recall=_share(wanted),
        precision=_share(right),
        agreement=_share(agree),
        planted_flagged=len(wanted),
        planted_found=len(agree),
        flagged_planted=len(right),
        flagged_unplanted=sum(c not in about for c in flagged_ids),
    )


@dataclass(frozen=True)
class EmergingScores:
    """Where the planted topic's key terms rank, and what should never be in the top 20."""

    ranks: dict[str, int | None]  # planted term -> rank (1 = first) of the first term naming it
    best_rank: int | None
    unwanted: list[str]  # top-20 terms that are stopwords or names


def emerging_scores(
    terms: pd.DataFrame, planted: list[str], names: set[str], top: int = 20
) -> EmergingScores:
    """Ranks of the planted terms among the found ones (a found term equal to or containing one,
    without diacritics), and the stopwords or `names` (folded) among the first `top`."""
    found = [fold(t) for t in terms["term"]]
    ranks = {}
    for term in planted:
        key = fold(term)
        ranks[term] = next((i + 1 for i, f in enumerate(found) if key in f or f == key), None)
    known = [r for r in ranks.values() if r is not None]
    unwanted = [
        terms["term"].iloc[i]
        for i, f in enumerate(found[:top])
        if f in skip_words() or any(_names(f, n) for n in names)
    ]
    return EmergingScores(ranks, min(known) if known else None, unwanted)


def _names(term: str, name: str) -> bool:
    """True when a folded term is a name or holds one of two syllables or more."""
    return term == name or (len(name.split()) > 1 and f" {name} " in f" {term} ")
