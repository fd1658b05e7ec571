"""Personal data kept out of meeting outputs: the hand-made masking set, and quotes that read well.

`tests/data/masking_cases.csv` holds opinions as typed (with and without diacritics) and the
text expected at the meeting: names with and without a title or rank, ethnic-minority names,
named suspects and officers, phones in every format, ID, passport and licence numbers, plates,
house addresses, birth dates, e-mails, and place and unit names that must survive.
"""

from __future__ import annotations

import csv
import re

import pytest
from conftest import REPO

from analysis.report.privacy import NAME, for_meeting, mask_personal_data

CASES_FILE = REPO / "tests" / "data" / "masking_cases.csv"
MINIMUM_CASES = 80


def cases() -> list[dict[str, str]]:
    with open(CASES_FILE, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_set_is_large_and_covers_every_kind():
    rows = cases()
    assert len(rows) >= MINIMUM_CASES
    expected = " ".join(r["expected"] for r in rows)
    for label in ("[tên]", "[số điện thoại]", "[số giấy tờ]", "[biển số]", "[địa chỉ]",
                  "[ngày sinh]", "[email]"):  # fmt: skip
        assert expected.count(label) >= 2, label
    survivors = [r for r in rows if r["text"] == r["expected"]]
    assert len(survivors) >= 20  # place and unit names, money, laws, hotlines that must stay


@pytest.mark.parametrize("case", cases(), ids=lambda c: c["text"][:40])
def test_masking_case(case):
    assert for_meeting(case["text"]) == case["expected"]


def test_no_leftover_verb_after_the_speaker_is_dropped():
    openers = re.compile(r"^(?:phát biểu|bày tỏ|nêu ý kiến|ý kiến)\b", re.IGNORECASE)
    for row in cases():
        assert not openers.match(for_meeting(row["text"])), row["text"]


def test_speaker_named_in_the_record_is_masked_wherever_repeated():
    text = "Mấy năm nay Hoàng Văn Tám tôi vẫn báo tin cho CAX."
    assert "Tám" not in for_meeting(text, "Ông Hoàng Văn Tám")


def test_masking_is_idempotent():
    once = mask_personal_data("Thiếu tá Đinh Văn Bình, SĐT 0912 345 678, xe 48B1-123.45.")
    assert mask_personal_data(once) == once and NAME in once
