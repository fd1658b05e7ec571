"""The synthetic opinion writer: deterministic, labelled with the guide's keys, varied, dated."""

import datetime as dt
import random
import unicodedata

import pytest

from analysis.core.vocabulary import stances, themes
from tools.sample.opinions import (
    AT_CONFERENCE,
    IN_WRITING,
    SampleOpinion,
    write_opinions,
)
from tools.sample.tables import SITUATIONS

THEME_KEYS = set(themes())  # the guide's keys, from the project's vocabulary
STANCE_KEYS = set(stances())
DISTRICTS = {
    "Huyện Tuy Đức": [
        "Xã Đắk Ngo",
        "Xã Quảng Tân",
        "Xã Quảng Trực",
        "Xã Đắk Búk So",
        "Xã Quảng Tâm",
        "Xã Đắk R'Tíh",
    ],
    "Thành phố Gia Nghĩa": [
        "Phường Nghĩa Đức",
        "Phường Nghĩa Thành",
        "Phường Nghĩa Tân",
        "Xã Đắk Nia",
        "Xã Đắk R'Moan",
    ],
    "Huyện Đắk R'Lấp": ["Thị trấn Kiến Đức", "Xã Nhân Cơ", "Xã Đạo Nghĩa", "Xã Quảng Tín"],
    "Huyện Cư Jút": ["Thị trấn Ea T'Ling", "Xã Tâm Thắng", "Xã Đắk Wil", "Xã Ea Pô"],
}
MERGED_COMMUNES = ["Xã Kiến Đức", "Xã Nhân Cơ", "Xã Quảng Tín"]


def draw(seed, year=2023, district="Huyện Tuy Đức", n=250, day=None, communes=None):
    """Opinions of one conference from a fresh seeded stream."""
    communes = communes or DISTRICTS[district]
    day = day or dt.date(year, 9, 15)
    return write_opinions(random.Random(seed), year, district, communes, day, n)


def test_same_seed_same_opinions():
    assert draw(42) == draw(42)
    assert draw(42) != draw(43)


def test_records_have_the_interface_types():
    for opinion in draw(1, n=50):
        assert isinstance(opinion, SampleOpinion)
        assert opinion.speaker and opinion.speaker_group and opinion.village


def test_every_theme_and_stance_appears_in_250():
    opinions = draw(7)
    assert {o.theme for o in opinions} == THEME_KEYS
    assert {o.stance for o in opinions} == STANCE_KEYS


def test_labels_are_guide_keys_and_modes_match_answers():
    for district in DISTRICTS:
        for opinion in draw(3, district=district, n=200):
            assert opinion.theme in THEME_KEYS
            assert opinion.stance in STANCE_KEYS
            if opinion.response:
                assert opinion.response_mode in (AT_CONFERENCE, IN_WRITING)
            else:
                assert opinion.response_mode == ""


def test_each_opinion_names_the_situation_it_was_drawn_from():
    keys = {theme: {s.key for s in items} for theme, items in SITUATIONS.items()}
    for opinion in draw(5, n=150):
        assert opinion.situation in keys[opinion.theme], opinion


def test_texts_are_nfc_and_clean():
    for year in range(2019, 2026):
        for opinion in draw(year, year=year, n=150):
            for text in (opinion.text, opinion.response, opinion.speaker, opinion.village):
                assert unicodedata.normalize("NFC", text) == text
            assert opinion.text.strip()
            assert not any(mark in opinion.text for mark in "[]{}|")


def test_texts_are_mostly_distinct():
    opinions = draw(11, n=1000)
    assert len({o.text for o in opinions}) / len(opinions) >= 0.95


def test_about_two_thirds_are_answered_in_both_modes():
    opinions = [o for d in DISTRICTS for o in draw(5, district=d, n=300)]
    answered = [o for o in opinions if o.response]
    assert 0.6 <= len(answered) / len(opinions) <= 0.75
    modes = {o.response_mode for o in answered}
    assert modes == {AT_CONFERENCE, IN_WRITING}


def fraud_share(year):
    """Share of opinions about online or phone fraud at one year's conferences."""
    opinions = [
        o for seed in range(3) for d in DISTRICTS for o in draw(seed, year=year, district=d, n=300)
    ]
    return sum("lừa đảo" in o.text.lower() for o in opinions) / len(opinions)


def test_fraud_share_rises_from_2019_to_2024():
    early, late = fraud_share(2019), fraud_share(2024)
    assert late > 2 * early
    assert late > 0.04


def test_communes_come_from_the_list_given():
    for district, communes in DISTRICTS.items():
        assert {o.commune for o in draw(9, district=district, n=300)} <= set(communes)


def test_merger_topics_only_after_the_merger():
    before = draw(2, year=2023, district="Huyện Đắk R'Lấp", n=400)
    assert not any("sáp nhập" in o.text for o in before)
    after = draw(
        2,
        year=2025,
        district="Huyện Đắk R'Lấp",
        n=400,
        day=dt.date(2025, 9, 20),
        communes=MERGED_COMMUNES,
    )
    assert any("sáp nhập" in o.text for o in after)
    assert {o.commune for o in after} <= set(MERGED_COMMUNES)


def test_phone_or_id_numbers_are_rare():
    opinions = [o for seed in range(4) for o in draw(seed, n=250)]
    marked = sum(
        any(mark in o.text for mark in ("SĐT", "ĐT:", "Điện thoại", "CCCD số", "CMND số", "Số máy"))
        for o in opinions
    )
    assert 0 < marked / len(opinions) < 0.06


def test_unknown_district_still_writes():
    opinions = write_opinions(
        random.Random(0), 2022, "Huyện Không Có", ["Xã A", "Xã B"], dt.date(2022, 9, 1), 30
    )
    assert len(opinions) == 30
    assert {o.commune for o in opinions} <= {"Xã A", "Xã B"}


def test_no_communes_is_an_error():
    with pytest.raises(ValueError, match="communes"):
        write_opinions(random.Random(0), 2022, "Huyện Tuy Đức", [], dt.date(2022, 9, 1), 5)
