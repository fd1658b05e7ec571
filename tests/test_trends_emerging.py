"""Emerging terms (log-odds, informative Dirichlet prior) and groups of unfit opinions."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from analysis.core.reform import UNMAPPED_DISTRICT
from analysis.core.text import fold
from analysis.core.tokens import opinion_tokens
from analysis.trends import GROUP_COLUMNS, TERM_COLUMNS, emerging_terms, unfit_groups
from analysis.trends.emerging import log_odds_z

COMMUNES = ["Xã Đức Minh", "Xã Thuận An", "Xã Đắk Sắk"]
EVERYDAY = [
    "Tình trạng trộm chó ban đêm vẫn xảy ra, bà con bức xúc.",
    "Xe chở cát quá tải làm hư hỏng đường liên thôn.",
    "Đề nghị hướng dẫn làm căn cước cho người cao tuổi tại nhà.",
    "Hát karaoke ồn ào sau 22 giờ ảnh hưởng giấc ngủ của bà con.",
    "Thanh niên đi xe máy lạng lách, đua xe trên tỉnh lộ.",
    "Đề nghị tăng cường tuần tra vào mùa thu hoạch cà phê.",
]
NEW_TOPIC = [
    "Nhiều người bị dụ đầu tư tiền ảo trên mạng, mất hết tiền tiết kiệm.",
    "Đề nghị cảnh báo thủ đoạn lừa đầu tư tiền ảo qua các hội nhóm.",
    "Bà con bị lôi kéo nạp tiền ảo để hưởng hoa hồng, sau đó bị chiếm đoạt.",
    "Tình trạng rủ rê đầu tư tiền ảo lãi cao đang lan rộng trong thôn.",
    "Đề nghị tuyên truyền để người dân không tham gia sàn tiền ảo.",
]
NAMED = "Anh Nguyễn Văn Hùng ở thôn Tân Bình phản ánh đường thôn Tân Bình xuống cấp nặng."
ODD = "Có nhóm phượt thủ tụ tập gây mất trật tự tại đèo."


def row(number: int, year: int, text: str, commune: str, **values) -> dict:
    """One classified opinion of the former district of Đắk Mil unless told otherwise."""
    base = {
        "record_id": f"{number:016x}",
        "year": year,
        "district": "Huyện Đắk Mil",
        "commune": commune,
        "commune_current": commune,
        "former_province": "Tỉnh Đắk Nông",
        "text": text,
        "theme": "toi_pham",
        "theme_score": 0.9,
    }
    return base | values


def corpus() -> pd.DataFrame:
    """Two years of everyday opinions, then a year with a new topic, a name, an odd word and
    a new district (merged in 2025) whose everyday topic is new to the data."""
    rows = []
    for year in (2023, 2024, 2025):
        for i, text in enumerate(EVERYDAY * 2):
            rows.append(row(len(rows), year, text, COMMUNES[i % 3]))
    rows += [row(len(rows) + i, 2025, t, COMMUNES[i % 3]) for i, t in enumerate(NEW_TOPIC)]
    rows += [row(len(rows) + i, 2025, NAMED, COMMUNES[i % 3]) for i in range(4)]
    rows.append(row(len(rows), 2025, ODD, COMMUNES[0]))
    rows += [
        row(len(rows) + i, 2025, "Giá sầu riêng tăng cao, trộm sầu riêng trong vườn.", "Xã Lộc An",
            district="Huyện Bảo Lâm", former_province="Tỉnh Lâm Đồng")
        for i in range(6)
    ]  # fmt: skip
    rows += [
        row(len(rows) + i, 2025, EVERYDAY[i], "Xã Đắk Mil", district=UNMAPPED_DISTRICT)
        for i in range(2)
    ]
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def found() -> pd.DataFrame:
    """The emerging terms of 2025 in the toy corpus."""
    frame = corpus()
    return emerging_terms(frame, opinion_tokens(frame["text"].tolist()), 2025)


def test_log_odds_rank_a_rising_word_first_and_a_steady_one_near_zero():
    before = Counter({"a": 50, "b": 50, "c": 50, "rising": 2})
    now = Counter({"a": 50, "b": 50, "c": 20, "rising": 30})
    z = log_odds_z(now, before)
    assert max(z, key=z.get) == "rising"
    assert abs(z["a"]) < z["rising"] / 3
    assert z["c"] < 0


def test_log_odds_prior_shrinks_rare_words_more_than_frequent_ones():
    before = Counter({"common": 100, "rare": 1, "other": 1000})
    now = Counter({"common": 200, "rare": 2, "other": 1000})
    z = log_odds_z(now, before)
    assert z["common"] > z["rare"] > 0


def test_the_new_topic_ranks_first(found):
    assert list(found.columns) == TERM_COLUMNS
    assert fold(found["term"].iloc[0]) == "tien ao"
    first = found.iloc[0]
    assert first["count"] >= 4 and first["count_before"] == 0  # underthesea may read "ảo qua"
    assert len(first["examples"].split(", ")) == 3


def test_no_name_place_or_stopword_and_no_one_off_word(found):
    words = " | ".join(fold(t) for t in found["term"])
    for unwanted in ("nguyen", "hung", "tan binh", "duc minh", "thuan an", "phuot", "anh "):
        assert unwanted not in words
    assert "de nghi" not in words and "tinh trang" not in words


def test_like_with_like_leaves_out_a_district_new_to_the_data(found):
    assert not any("sầu riêng" in t for t in found["term"])
    assert found.attrs["units"] == ["Huyện Đắk Mil"]
    assert "6 ý kiến năm 2025" in found.attrs["note"]  # not the 2 of a former district not told
    assert found.attrs["opinions"] == 12 + 5 + 4 + 1 + 2


UNFIT = [
    "Nước sinh hoạt ở thôn 4 bị đục, có mùi, bà con phải mua nước sạch để dùng.",
    "Nguồn nước sạch của thôn 4 nhiều ngày bị đục, đề nghị kiểm tra chất lượng nước.",
    "Nước sạch cấp cho khu dân cư thôn 4 có mùi lạ, nhiều hộ phải mua nước bình.",
    "Đề nghị xem xét hỗ trợ giống cây trồng cho các hộ nghèo.",
]


def test_unfit_opinions_that_say_the_same_are_grouped():
    rows = [row(i, 2025, t, COMMUNES[i % 3], theme="khac", theme_score=0.8)
            for i, t in enumerate(UNFIT)]  # fmt: skip
    rows += [row(10 + i, 2025, t, COMMUNES[0]) for i, t in enumerate(EVERYDAY)]
    rows.append(row(20, 2025, "Cần có thêm sân chơi cho thiếu nhi ở thôn 4.", COMMUNES[1],
                    theme_score=0.3))  # fmt: skip
    frame = pd.DataFrame(rows)
    groups = unfit_groups(frame, opinion_tokens(frame["text"].tolist()), 2025)
    assert list(groups.columns) == GROUP_COLUMNS
    assert groups.attrs["unfit"] == 5
    assert len(groups) == 1
    group = groups.iloc[0]
    assert group["size"] == 3
    assert set(group["record_ids"].split(", ")) == {f"{i:016x}" for i in range(3)}
    assert "nước sạch" in group["terms"].split("; ")


def test_phrases_split_by_the_tokenizer_or_ending_in_a_general_word_are_terms():
    everyday = [
        "Giá cà phê giảm, người già neo đơn cần giúp đỡ.",
        "Giá phân bón tăng cao.",
        "Đường về Gia Nghĩa xuống cấp.",
        "Người già ở một mình cần thăm hỏi.",
    ]
    new = ["Bán hàng giả trên mạng, thực phẩm chức năng không rõ nguồn gốc.",
           "Nhiều người mua phải hàng giả, thực phẩm chức năng kém chất lượng.",
           "Đề nghị kiểm tra hàng giả và thực phẩm chức năng bán qua mạng.",
           "Thực phẩm chức năng, hàng giả được quảng cáo tràn lan."]  # fmt: skip
    rows = [row(i, 2024, t, COMMUNES[i % 3]) for i, t in enumerate(everyday * 3)]
    rows += [row(100 + i, 2025, t, COMMUNES[i % 3]) for i, t in enumerate(everyday + new)]
    rows.append(row(200, 2023, "Giá lúa thấp.", "Phường Gia Nghĩa"))  # a place: "gia" alone
    frame = pd.DataFrame(rows)
    terms = [fold(t) for t in emerging_terms(frame, opinion_tokens(frame["text"].tolist()),
                                             2025)["term"]]  # fmt: skip
    assert terms[:2] == ["hang gia", "thuc pham chuc nang"] or terms[:2] == [
        "thuc pham chuc nang", "hang gia"]  # fmt: skip
    assert "thuc pham" not in terms  # the longer phrase says what its opinions say (z ties)
    assert "chuc nang" not in terms  # a general word is never a term alone
