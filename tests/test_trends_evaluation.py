"""Scoring found chains and terms against a known truth, and similarity against labelled pairs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.trends.evaluation import (
    LEGACY,
    PLAIN,
    STANDARD,
    best_threshold,
    chain_scores,
    cluster_chains,
    cross_validated,
    emerging_scores,
    folds,
    held_out,
    join_manifest,
    pair_clusters,
    promise_scores,
    score_pairs,
    variant_of,
)

# record_id, year, planted chain, situation, area, variant
TRUTH = [
    ("r1", 2023, "C1", "s1", "X", STANDARD),
    ("r2", 2024, "C1", "s1", "X", PLAIN),
    ("r3", 2026, "C1", "s1", "X", LEGACY),
    ("r4", 2024, "", "s2", "X", STANDARD),
    ("r5", 2025, "", "s2", "X", STANDARD),
    ("r6", 2025, "C2", "s3", "Y", STANDARD),
    ("r7", 2026, "C2", "s3", "Y", STANDARD),
    ("r8", 2023, "", "s2", "X", STANDARD),
    ("r9", 2026, "", "s2", "X", STANDARD),
    ("r10", 2026, "", "s2", "Y", STANDARD),
]
FOUND = {1: ["r1", "r2", "r4"], 2: ["r6", "r7"], 3: ["r3", "r5"], 4: ["r8", "r9", "r10"]}


@pytest.fixture
def scores():
    """Scores of FOUND against TRUTH."""
    truth = pd.DataFrame(TRUTH, columns=["record_id", "year", "chain", "situation", "area",
                                         "variant"])  # fmt: skip
    members = pd.DataFrame(
        [(c, r) for c, ids in FOUND.items() for r in ids], columns=["chain_id", "record_id"]
    )
    return chain_scores(truth, members)


def test_recall_counts_planted_pairs_of_different_years_found_together(scores):
    assert scores.planted_pairs == 4  # r1-r2, r1-r3, r2-r3, r6-r7
    assert scores.recall == pytest.approx(2 / 4)  # r1-r2, r6-r7


def test_recall_by_variant(scores):
    assert scores.recall_by_variant[PLAIN] == pytest.approx(1 / 2)  # r1-r2 yes, r2-r3 no
    assert scores.recall_by_variant[LEGACY] == 0.0
    assert scores.recall_by_variant[STANDARD] == pytest.approx(2 / 3)


def test_precision_counts_found_pairs_touching_a_planted_opinion(scores):
    # r1-r2 right, r1-r4 wrong (r2-r4 same year), r6-r7 right, r3-r5 wrong
    assert scores.found_pairs == 4
    assert scores.precision == pytest.approx(2 / 4)


def test_pairs_of_unplanted_opinions_are_right_when_same_situation_and_area(scores):
    assert scores.unplanted_pairs == 2  # r8-r9 right, r8-r10 another area; r9-r10 same year
    assert scores.unplanted_correct == pytest.approx(1 / 2)


def test_manifest_rows_join_processed_opinions_by_file_sheet_and_row():
    opinions = pd.DataFrame(
        {
            "record_id": ["a", "b"],
            "source_file": ["2023/x.csv", "2024/y.xlsx"],
            "source_sheet": ["", "Sheet1"],
            "source_row": [5, 7],
        }
    )
    manifest = pd.DataFrame(
        {
            "source_file": ["2023/x.csv", "2024/y.xlsx", "2024/y.xlsx"],
            "source_sheet": ["", "Sheet1", "Sheet1"],
            "source_row": ["5", "7", "3"],
            "kind": ["opinion", "opinion", "conference"],
            "chain": ["C1", None, None],
            "situation": ["s1", "s2", None],
        }
    )
    joined = join_manifest(opinions, manifest)
    assert joined["chain"].tolist() == ["C1", ""]
    assert joined["situation"].tolist() == ["s1", "s2"]


def test_variants_from_the_text_and_its_repairs():
    frame = pd.DataFrame(
        {
            "text": ["Duong lien thon bi cay nat", "Đường liên thôn", "Đường liên thôn"],
            "text_changes": ["", "mã cũ TCVN3 → Unicode (cả trang)", ""],
        }
    )
    assert variant_of(frame).tolist() == [PLAIN, LEGACY, STANDARD]


def test_emerging_scores_rank_planted_terms_and_catch_names_and_stopwords():
    terms = pd.DataFrame({"term": ["sáp nhập", "đầu tư tiền ảo", "đề nghị", "nguyễn văn hùng"]})
    found = emerging_scores(terms, ["tiền ảo", "sàn ảo"], {"nguyen van hung", "tan binh"})
    assert found.ranks == {"tiền ảo": 2, "sàn ảo": None}
    assert found.best_rank == 2
    assert found.unwanted == ["đề nghị", "nguyễn văn hùng"]


def test_pair_scores_and_the_best_threshold():
    similarity = np.array([0.9, 0.8, 0.6, 0.4, 0.3, 0.1])
    same = np.array([True, True, False, True, False, False])
    at_half = score_pairs(similarity, same, 0.5)
    assert (at_half.precision, at_half.recall) == pytest.approx((2 / 3, 2 / 3))
    best = best_threshold(similarity, same)
    assert best.f1 == pytest.approx(6 / 7)  # 0.31..0.40 calls four pairs, all three right ones
    assert 0.3 < best.threshold <= 0.4


def test_cross_validation_tunes_on_other_folds_and_pools():
    rng = np.random.default_rng(0)
    same = rng.random(200) < 0.4
    similarity = np.where(same, rng.normal(0.6, 0.1, 200), rng.normal(0.3, 0.1, 200))
    fold = folds(pd.Series(range(200)), k=5)
    assert set(fold) == set(range(5))
    scored = cross_validated(similarity, same, fold)
    assert scored.f1 > 0.85
    assert 0.35 < scored.threshold < 0.55


def test_held_out_is_a_stable_quarter():
    ids = pd.Series([f"p{i}" for i in range(400)])
    kept = held_out(ids)
    assert 0.18 < kept.mean() < 0.32
    assert (held_out(ids) == kept).all()


SOLVED_COWS = "Thôn 3 xã A cảm ơn Công an xã đã bắt nhóm trộm bò, nay không còn mất trộm bò."
PAIRS = pd.DataFrame(
    {
        "text_a": ["Trộm bò ở thôn 3 xã A.", "Trộm bò ở thôn 3 xã A.", "Trộm bò ở thôn 5 xã A.",
                   "Karaoke ồn ào ở tổ 8.", SOLVED_COWS],
        "text_b": ["Thôn 3 xã A vẫn mất trộm bò.", "Trộm bò ở thôn 5 xã A.",
                   "Karaoke ồn ào ở tổ 8.", "Tổ 8 hát karaoke ồn ào đến khuya.",
                   "Thôn 3 xã A vẫn mất trộm bò."],
        "same_problem": ["1", "0", "0", "1", "0"],
        "kind": ["follow_up", "diff_place", "easy", "reworded", "solved_praise"],
        "note": ["cluster=cows; years a=2023 b=2025", "cluster=cows; years a=2023 b=2024",
                 "cluster=cows|noise; years a=2024 b=2022", "cluster=noise; years a=2022 b=2024",
                 "cluster=cows; years a=2026 b=2025"],
    }
)  # fmt: skip


def test_pair_clusters_make_opinions_of_a_place_with_their_chains():
    clusters = pair_clusters(PAIRS).set_index("text")
    assert clusters.loc["Thôn 3 xã A vẫn mất trộm bò.", "year"] == 2025
    assert clusters.loc["Trộm bò ở thôn 5 xã A.", "cluster"] == "cows"  # its own cluster first
    assert clusters.loc["Karaoke ồn ào ở tổ 8.", "cluster"] == "noise"
    chains = clusters["chain"]
    assert chains["Trộm bò ở thôn 3 xã A."] == chains["Thôn 3 xã A vẫn mất trộm bò."] != ""
    assert chains["Trộm bò ở thôn 5 xã A."] == ""  # a look-alike written beside them
    assert chains[SOLVED_COWS] == chains["Trộm bò ở thôn 3 xã A."]
    assert clusters.loc[SOLVED_COWS, "chain_role"] == "solved"
    assert chains["Karaoke ồn ào ở tổ 8."] not in ("", chains["Trộm bò ở thôn 3 xã A."])


def test_chains_over_the_pairs_find_the_restatements_not_the_look_alike():
    from analysis.core.tokens import opinion_tokens

    clusters = pair_clusters(PAIRS)
    tokens = dict(zip(clusters["text"], opinion_tokens(clusters["text"].tolist()), strict=True))
    stance = np.where(clusters["text"] == SOLVED_COWS, "khen_ngoi", "phe_binh")
    labels = pd.DataFrame({"theme": "toi_pham", "stance": stance}, index=clusters["text"])
    scored = cluster_chains(clusters, tokens, labels)
    assert scored.planted_pairs == 2
    assert scored.recall == 1.0 and scored.precision == 1.0
    with_praise = cluster_chains(clusters, tokens, labels, praise=True)
    assert with_praise.planted_pairs == 4  # and the praise with each cow restatement


def test_promise_flags_are_scored_on_the_found_chain_of_each_planted_one():
    truth = pd.DataFrame(
        {"record_id": ["a1", "a2", "b1", "b2", "c1", "c2", "u1", "u2"],
         "chain": ["C1", "C1", "C2", "C2", "C3", "C3", "", ""]}
    )  # fmt: skip
    members = pd.DataFrame(
        {"chain_id": [1, 1, 2, 2, 3, 3], "record_id": ["a1", "a2", "b1", "b2", "u1", "u2"],
         "role": "raised"}
    )  # fmt: skip
    chains = pd.DataFrame({"chain_id": [1, 2, 3], "promised_unsolved": [True, True, True]})
    scored = promise_scores(truth, chains, members, {"C1": True, "C2": False, "C3": True})
    assert scored.recall == pytest.approx(1 / 2)  # C1 flagged, C3 never found
    assert scored.precision == pytest.approx(1 / 2)  # chain 2 is about C2, not promised
    assert scored.agreement == pytest.approx(1 / 2)
    assert (scored.planted_found, scored.flagged_planted, scored.flagged_unplanted) == (2, 2, 1)


def test_chain_scores_count_attached_praise_only_when_asked():
    truth = pd.DataFrame(
        {"record_id": ["r1", "r2", "r3"], "year": [2023, 2024, 2025], "chain": "C1",
         "chain_role": ["raised", "raised", "solved"], "situation": "s1", "area": "X",
         "variant": STANDARD, "source_file": ["a.csv", "b.txt", "b.txt"]}
    )  # fmt: skip
    members = pd.DataFrame(
        {"chain_id": 1, "record_id": ["r1", "r2", "r3"],
         "role": ["raised", "raised", "praised_solved"]}
    )  # fmt: skip
    assert chain_scores(truth, members).recall == pytest.approx(1 / 3)
    assert chain_scores(truth, members, planted_roles=("raised",)).recall == 1.0
    with_praise = chain_scores(truth, members, found_roles=("raised", "praised_solved"))
    assert with_praise.recall == 1.0 and with_praise.precision == 1.0
    assert chain_scores(truth, members).recall_by_file == {"a.csv": 0.5, "b.txt": 1 / 3}
