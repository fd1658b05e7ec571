"""Recurring chains and their flags, on small frames whose answer is known."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.core.tokens import opinion_tokens
from analysis.trends import CHAIN_COLUMNS, MEMBER_COLUMNS, recurring_chains
from analysis.trends.places import place_mentions
from analysis.trends.promises import is_promise
from analysis.trends.recurring import _area_chains
from analysis.trends.similarity import content_syllables, opinion_vectors, pair_similarity

ROAD_2023 = (
    "Đường liên thôn qua thôn 3 bị xe chở cát quá tải cày nát, ổ gà rất nhiều, ban đêm đi lại "
    "rất nguy hiểm."
)
ROAD_2024_PLAIN = (
    "Duong lien thon qua thon 3 van bi xe cho cat qua tai cay nat, o ga nhieu, de nghi cong an "
    "xa xu ly."
)
ROAD_2026 = "Xe chở cát quá tải vẫn tiếp tục cày nát đường liên thôn thôn 3, ổ gà ngày càng sâu."
OTHERS = [
    (2023, "Đề nghị Công an xã hướng dẫn người cao tuổi làm thủ tục cấp căn cước tại nhà."),
    (2024, "Tình trạng trộm chó ban đêm ở thôn 5 diễn ra nhiều, bà con rất bức xúc."),
    (2025, "Ghi nhận Công an xã tổ chức tuần tra dịp Tết, an ninh trật tự được giữ vững."),
    (2026, "Đề nghị tuyên truyền cho học sinh về tác hại của thuốc lá điện tử."),
    (2024, "Thanh niên tụ tập uống rượu, hát karaoke gây ồn ào sau 22 giờ ở thôn 2."),
]
PROMISE = "Tiếp thu, Công an xã sẽ phối hợp kiểm tra, xử lý xe quá tải."
DONE = "Công an xã đã lập biên bản, xử phạt 3 trường hợp."


def opinion(number: int, year: int, text: str, **values) -> dict:
    """One classified opinion with plausible defaults."""
    row = {
        "record_id": f"{number:016x}",
        "year": year,
        "date": pd.Timestamp(year, 10, 1),
        "district": "Huyện Đắk Mil",
        "commune": "Xã Đức Mạnh" if year < 2026 else "Xã Đức Lập",
        "commune_current": "Xã Đức Lập",
        "former_province": "Tỉnh Đắk Nông",
        "text": text,
        "text_changes": "",
        "response": DONE,
        "response_timing": "tai_hoi_nghi",
        "theme": "trat_tu_giao_thong",
        "stance": "phe_binh",
        "theme_score": 0.9,
        "source_file": f"{year}/tong-hop.xlsx",
        "source_sheet": "Sheet1",
        "source_row": number + 1,
    }
    return row | values


def frame_of(rows: list[dict]) -> tuple[pd.DataFrame, list[list[str]]]:
    """The frame and its tokens."""
    frame = pd.DataFrame(rows)
    return frame, opinion_tokens(frame["text"].tolist())


def road_chain(first_response: str = DONE, last: tuple[str, str] | None = None) -> list[dict]:
    """Three years of the same road complaint in one commune (merged in 2025), one typed without
    diacritics, a copy of it in another commune, and unrelated opinions."""
    last_text, last_stance = last or (ROAD_2026, "phe_binh")
    rows = [
        opinion(1, 2023, ROAD_2023, response=first_response),
        opinion(2, 2024, ROAD_2024_PLAIN),
        opinion(3, 2026, last_text, stance=last_stance),
        opinion(4, 2024, ROAD_2023, commune="Xã Nam Đà", commune_current="Xã Nam Đà",
                district="Huyện Krông Nô"),
    ]  # fmt: skip
    rows += [opinion(10 + i, y, t, theme="khac") for i, (y, t) in enumerate(OTHERS)]
    return rows


def test_a_problem_raised_again_is_one_chain_across_spellings_and_the_merger():
    frame, tokens = frame_of(road_chain())
    found = recurring_chains(frame, tokens, 2026)
    assert list(found.chains.columns) == CHAIN_COLUMNS
    assert list(found.members.columns) == MEMBER_COLUMNS
    assert len(found.chains) == 1
    chain = found.chains.iloc[0]
    assert chain["area"] == "Xã Đức Lập"
    assert chain["years"] == "2023, 2024, 2026"
    assert chain["reaches_year"]
    assert set(found.members["record_id"]) == {f"{n:016x}" for n in (1, 2, 3)}
    assert "quá tải" in chain["evidence"].split("; ")


def test_the_same_words_in_another_commune_are_not_the_same_problem():
    frame, tokens = frame_of(road_chain())
    found = recurring_chains(frame, tokens, 2026)
    assert f"{4:016x}" not in set(found.members["record_id"])


def test_a_continuity_unit_joins_communes_of_one_former_district():
    rows = road_chain()
    rows[3] = opinion(4, 2025, ROAD_2023, commune="Xã Đắk Gằn", commune_current="Xã Đắk Mil")
    frame, tokens = frame_of(rows)
    by_commune = recurring_chains(frame, tokens, 2026)
    by_unit = recurring_chains(frame, tokens, 2026, area="unit")
    assert f"{4:016x}" not in set(by_commune.members["record_id"])
    assert f"{4:016x}" in set(by_unit.members["record_id"])
    assert by_unit.chains.iloc[0]["area"] == "Huyện Đắk Mil"


def test_a_promise_followed_by_the_same_problem_is_flagged():
    frame, tokens = frame_of(road_chain(first_response=PROMISE))
    found = recurring_chains(frame, tokens, 2026)
    assert found.chains.iloc[0]["promised_unsolved"]
    assert found.members.set_index("record_id").loc[f"{1:016x}", "promise"]


def test_no_promise_no_flag():
    frame, tokens = frame_of(road_chain(first_response=DONE))
    assert not recurring_chains(frame, tokens, 2026).chains.iloc[0]["promised_unsolved"]


def test_praise_that_it_is_solved_closes_the_chain_without_the_flag():
    praise = (
        "Ghi nhận Công an xã đã xử lý dứt điểm xe chở cát quá tải, đường liên thôn thôn 3 không "
        "còn bị cày nát, ổ gà đã được vá."
    )
    frame, tokens = frame_of(road_chain(PROMISE, last=(praise, "khen_ngoi")))
    found = recurring_chains(frame, tokens, 2026)
    chain = found.chains.iloc[0]
    assert chain["years"] == "2023, 2024"  # praise never raises the problem
    assert chain["resolved"] and chain["reaches_year"]
    assert not chain["promised_unsolved"]
    roles = found.members.set_index("record_id")["role"]
    assert roles[f"{3:016x}"] == "praised_solved" and roles[f"{1:016x}"] == "raised"


def test_praise_the_classifier_is_unsure_of_raises_the_problem_again():
    unsure = (
        "Cán bộ có xuống kiểm tra, nhưng xe chở cát quá tải vẫn cày nát đường liên thôn thôn 3."
    )
    rows = road_chain(PROMISE, last=(unsure, "khen_ngoi"))
    rows[2]["stance_score"] = 0.6
    frame, tokens = frame_of(rows)
    chain = recurring_chains(frame, tokens, 2026).chains.iloc[0]
    assert chain["years"] == "2023, 2024, 2026" and not chain["resolved"]
    rows[2]["stance_score"] = 0.95
    frame, tokens = frame_of(rows)
    assert recurring_chains(frame, tokens, 2026).chains.iloc[0]["years"] == "2023, 2024"


def test_praise_alone_never_links_a_chain():
    praise = "Ghi nhận Công an xã đã xử lý dứt điểm xe chở cát quá tải, đường liên thôn thôn 3 tốt."
    rows = [
        opinion(1, 2023, praise, stance="khen_ngoi"),
        opinion(2, 2024, praise, stance="khen_ngoi"),
    ]
    frame, tokens = frame_of(rows)
    assert recurring_chains(frame, tokens, 2026).chains.empty


def test_chains_of_earlier_years_are_kept_but_not_reaching_the_year():
    frame, tokens = frame_of(road_chain())
    found = recurring_chains(frame, tokens, 2025)
    assert found.chains.iloc[0]["years"] == "2023, 2024"
    assert not found.chains.iloc[0]["reaches_year"]
    assert found.reaching().chains.empty
    assert found.reaching().members.empty


def test_a_threshold_of_one_finds_nothing_and_tables_keep_their_columns():
    frame, tokens = frame_of(road_chain())
    found = recurring_chains(frame, tokens, 2026, threshold=1.01)
    assert found.chains.empty and list(found.chains.columns) == CHAIN_COLUMNS
    assert found.members.empty and list(found.members.columns) == MEMBER_COLUMNS


def test_tokens_must_match_the_rows():
    frame, tokens = frame_of(road_chain())
    with pytest.raises(ValueError, match="one list per row"):
        recurring_chains(frame, tokens[:-1], 2026)


def test_without_diacritics_is_closer_than_a_different_problem_in_the_same_words():
    texts = [ROAD_2023, ROAD_2024_PLAIN, OTHERS[1][1], "Đường liên thôn thôn 3 chưa có đèn."]
    vectors = opinion_vectors(opinion_tokens(texts))
    same, other, lamp = pair_similarity(vectors, [0, 0, 0], [1, 2, 3])
    assert same > lamp > other
    assert same > 0.3


@pytest.mark.parametrize(
    ("answer", "promise"),
    [
        ("Tiếp thu ý kiến, CAX sẽ kiểm tra.", True),
        ("Cong an xa se phoi hop kiem tra", True),
        ("Đã chỉ đạo Công an xã khẩn trương xác minh.", True),
        ("Cảm ơn ý kiến của đại biểu.", False),
        ("CAX cảm ơn và sẽ tiếp tục phát huy.", False),
        ("Đã xử phạt 3 trường hợp.", False),
        ("", False),
    ],
)
def test_promise_markers(answer, promise):
    assert is_promise(answer) is promise


def test_the_trends_stage_imports_only_the_core():
    package = Path(__file__).parents[1] / "src" / "analysis" / "trends"
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analysis."):
                assert node.module.startswith(("analysis.core", "analysis.trends")), path.name


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Trâu bò ở thôn 3 bị trộm", {"village:3"}),
        ("Cu tri to dan pho 12 phan anh", {"village:12"}),
        ("Xe quá tải trên QL14 và ĐT 686", {"road:14", "road:686"}),
        ("Học sinh Trường THCS Chu Văn An chạy xe máy", {"school:chu van an"}),
        ("Tiệm cầm đồ ở chợ Krông Búk", {"market:krong buk"}),
        ("Trưởng bon Đắk Rla cho biết", {"village:dak rla"}),
        ("Tổ công tác đã tổ chức tuần tra ở xã Đức Minh", set()),  # communes are the area's
        # with diacritics "cho", "chở", "trưởng", "bán" are no market, school or village
        ("Báo cho Công an xã; Trưởng Công an xã; xe chở 3 người; bán 2 con bò", set()),
        ("yêu cầu Công an xã xử lý, nhu cầu 5 xe", set()),  # no bridge
        ("bao tin cho Cong an xa", set()),  # without them, "Cong an" is the register
        ("Bon Bu Dar va cho Dak Mil", {"village:bu dar", "market:dak mil"}),
    ],
)
def test_places_named_below_the_commune(text, places):
    assert place_mentions(text) == places


def test_the_same_problem_in_another_village_of_the_commune_is_not_linked():
    rows = [
        opinion(1, 2023, "Trâu bò của bà con thôn 3 bị trộm liên tục vào ban đêm, đề nghị xử lý."),
        opinion(2, 2024, "Trâu bò của bà con thôn 5 bị trộm liên tục vào ban đêm, đề nghị xử lý."),
        opinion(3, 2025, "Trâu bò ở thôn 3 vẫn bị trộm liên tục ban đêm, bà con rất lo lắng."),
    ]
    frame, tokens = frame_of(rows)
    found = recurring_chains(frame, tokens, 2025)
    assert found.chains["years"].tolist() == ["2023, 2025"]
    assert f"{2:016x}" not in set(found.members["record_id"])


def test_the_trends_command_prints_chains_terms_and_groups_in_vietnamese(project):
    from typer.testing import CliRunner

    from analysis.cli import app

    frame = pd.DataFrame(road_chain(first_response=PROMISE))
    frame.to_parquet(project / "data" / "processed" / "classified.parquet")
    result = CliRunner().invoke(app, ["trends", "--year", "2026"])
    assert result.exit_code == 0, result.output
    assert "Chuỗi 1 · Xã Đức Lập · các năm 2023, 2024, 2026" in result.output
    assert "ĐÃ HỨA, CHƯA GIẢI QUYẾT" in result.output
    assert "Từ ngữ mới nổi năm 2026" in result.output
    assert "Ý kiến chưa khớp chủ đề nào năm 2026" in result.output
    wrong_year = CliRunner().invoke(app, ["trends", "--year", "2030"])
    assert wrong_year.exit_code == 2
    assert "Không có ý kiến nào của năm 2030" in wrong_year.output
    wrong_area = CliRunner().invoke(app, ["trends", "--year", "2026", "--area", "huyện"])
    assert wrong_area.exit_code == 2 and "--area" in wrong_area.output


def test_content_syllables_are_the_same_with_or_without_diacritics():
    accented = "Tai nạn tại ngã ba vẫn chưa xử lý; đá gà ăn tiền, con nghiện tụ tập ở thôn 3."
    plain = "Tai nan tai nga ba van chua xu ly; da ga an tien, con nghien tu tap o thon 3."
    read = [content_syllables(t) for t in opinion_tokens([accented, plain])]
    assert read[0] == read[1]
    # a skip word inside a word of the dictionary stays: "tai nạn", "đá gà", "con nghiện"
    assert {"tai", "nan", "da", "ga", "con", "nghien"} <= set(read[0])
    assert "chua" not in read[0] and "van" not in read[0]  # "vẫn chưa" is a skip word


def chain_rows(scores: list[list[float]], years: list[int], join: float) -> list[list[int]]:
    """The rows of each chain `_area_chains` finds in a score matrix (link threshold 0.44)."""
    n = len(years)
    groups = _area_chains(np.arange(n), np.array(scores), np.array(years),
                          np.zeros(n, dtype=bool), 0.44, join)  # fmt: skip
    return sorted(sorted(g.rows.tolist()) for g in groups)


def test_an_opinion_linked_to_a_member_joins_the_chain_below_the_link_threshold():
    # 0-1 and 1-2 linked, 0-2 alike only through 1: 0.4 with 0 and 1 on average
    scores = [[1.0, 0.8, 0.2], [0.8, 1.0, 0.6], [0.2, 0.6, 1.0]]
    assert chain_rows(scores, [2023, 2024, 2025], join=0.38) == [[0, 1, 2]]
    assert chain_rows(scores, [2023, 2024, 2025], join=0.44) == [[0, 1]]


def test_an_opinion_alike_to_a_chain_only_on_average_is_not_in_it():
    # 3 is 0.41 with 0 and 1 on average but linked only to 4, which is in a chain with 5
    scores = [
        [1.0, 0.8, 0.0, 0.42, 0.0, 0.0],
        [0.8, 1.0, 0.0, 0.40, 0.0, 0.0],
        [0.0, 0.0, 1.0, 0.0, 0.0, 0.0],
        [0.42, 0.40, 0.0, 1.0, 0.44, 0.0],
        [0.0, 0.0, 0.0, 0.44, 1.0, 0.9],
        [0.0, 0.0, 0.0, 0.0, 0.9, 1.0],
    ]
    assert chain_rows(scores, [2023, 2024, 2024, 2025, 2023, 2024], join=0.38) == [[0, 1], [4, 5]]


def test_praise_goes_to_the_one_chain_it_is_most_alike():
    scores = np.array(
        [
            [1.0, 0.8, 0.0, 0.0, 0.5],
            [0.8, 1.0, 0.0, 0.0, 0.5],
            [0.0, 0.0, 1.0, 0.8, 0.45],
            [0.0, 0.0, 0.8, 1.0, 0.45],
            [0.5, 0.5, 0.45, 0.45, 1.0],
        ]
    )
    praise = np.array([False, False, False, False, True])
    groups = _area_chains(np.arange(5), scores, np.array([2023, 2024, 2023, 2024, 2025]), praise,
                          0.44, 0.38)  # fmt: skip
    attached = {tuple(g.rows[~g.praised]): g.rows[g.praised].tolist() for g in groups}
    assert attached == {(0, 1): [4], (2, 3): []}


def test_reaching_keeps_nothing_from_no_chains():
    """An area without any chain still gives empty tables with their columns."""
    from analysis.trends import CHAIN_COLUMNS, MEMBER_COLUMNS, RecurringChains

    empty = RecurringChains(
        pd.DataFrame(columns=CHAIN_COLUMNS), pd.DataFrame(columns=MEMBER_COLUMNS)
    )
    reaching = empty.reaching()
    assert list(reaching.chains.columns) == CHAIN_COLUMNS and reaching.chains.empty
    assert list(reaching.members.columns) == MEMBER_COLUMNS and reaching.members.empty
