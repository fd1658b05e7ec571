"""District and commune names from underthesea's gazetteer, however people type them."""

import pytest

from analysis.ingest.gazetteer import UnknownProvinceError, load_gazetteer, province_names


@pytest.fixture(scope="module")
def dak_nong():
    return load_gazetteer("Đắk Nông")


@pytest.mark.parametrize(
    ("typed", "official"),
    [
        ("Huyện Đắk Mil", "Huyện Đắk Mil"),
        ("H. Đắk Mil", "Huyện Đắk Mil"),
        ("Dak Mil", "Huyện Đắk Mil"),
        ("Đăk Mil", "Huyện Đắk Mil"),
        ("huyen dak mil", "Huyện Đắk Mil"),
        ("TP Gia Nghĩa", "Thành phố Gia Nghĩa"),
        ("TX Gia Nghĩa", "Thành phố Gia Nghĩa"),
        ("Thị xã Gia Nghĩa", "Thành phố Gia Nghĩa"),
        ("Công an huyện Cư Jút", "Huyện Cư Jút"),
        ("CA huyện Tuy Đức", "Huyện Tuy Đức"),
        ("Đắk Rlấp", "Huyện Đắk R'Lấp"),
        ("Dak R'Lap", "Huyện Đắk R'Lấp"),
        ("Đắk Glong", "Huyện Đăk Glong"),
        ("KRÔNG NÔ", "Huyện Krông Nô"),
    ],
)
def test_district_spellings(dak_nong, typed, official):
    assert dak_nong.match_district(typed).name == official


def test_district_of_another_province_is_refused_with_its_province(dak_nong):
    match = dak_nong.match_district("Huyện Krông Pắc")
    assert match.name is None
    assert "không thuộc Tỉnh Đắk Nông" in match.problem and "Đắk Lắk" in match.problem


def test_unknown_and_empty_district(dak_nong):
    assert "không nhận ra" in dak_nong.match_district("Huyện Không Có").problem
    assert dak_nong.match_district("").problem


def test_same_name_city_and_district_needs_the_prefix():
    dong_thap = load_gazetteer("Đồng Tháp")
    assert dong_thap.match_district("TP Cao Lãnh").name == "Thành phố Cao Lãnh"
    assert dong_thap.match_district("H. Cao Lãnh").name == "Huyện Cao Lãnh"
    assert "không rõ" in dong_thap.match_district("Cao Lãnh").problem


def test_names_that_start_like_a_prefix():
    assert load_gazetteer("Hà Giang").match_district("Quản Bạ").name == "Huyện Quản Bạ"


def test_every_province_matches_its_own_districts_without_diacritics():
    from analysis.core.text import fold

    for province in province_names():
        gazetteer = load_gazetteer(province)
        for district in gazetteer.districts:
            assert gazetteer.match_district(fold(district)).name == district, district


def test_communes_before_and_after_the_2025_reform(dak_nong):
    assert dak_nong.match_commune("thôn 3, xã Đắk Lao", "Huyện Đắk Mil", False) == "Xã Đắk Lao"
    assert dak_nong.match_commune("Quảng Tín", "Huyện Đắk R'Lấp", True) == "Xã Quảng Tín"
    assert dak_nong.match_commune("xã Không Tồn Tại", "Huyện Đắk Mil", False) is None
    assert dak_nong.former_districts("Xã Quảng Tín") == ["Huyện Đắk R'Lấp"]


def test_unknown_province():
    with pytest.raises(UnknownProvinceError, match="Không tìm thấy tỉnh"):
        load_gazetteer("Tỉnh Không Có")
