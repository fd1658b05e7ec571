"""District and commune names from underthesea's gazetteer, however people type them."""

import pytest

from analysis.ingest.gazetteer import (
    UnknownProvinceError,
    current_province_names,
    load_gazetteer,
    province_names,
    resolve_province,
)


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

    for province, former in [(p, True) for p in province_names()] + [
        (p, False) for p in current_province_names()
    ]:
        gazetteer = load_gazetteer(province, former=former)
        for district in gazetteer.districts:
            assert gazetteer.match_district(fold(district)).name == district, district


def test_communes_before_and_after_the_2025_reform(dak_nong):
    assert dak_nong.match_commune("thôn 3, xã Đắk Lao", "Huyện Đắk Mil", False) == "Xã Đắk Lao"
    assert dak_nong.match_commune("Quảng Tín", "Huyện Đắk R'Lấp", True) == "Xã Quảng Tín"
    assert dak_nong.match_commune("xã Không Tồn Tại", "Huyện Đắk Mil", False) is None
    assert dak_nong.former_districts("Xã Quảng Tín") == ["Huyện Đắk R'Lấp"]


def test_new_communes_with_a_dash_and_old_names_typed_after_the_reform():
    lam_dong = load_gazetteer("Lâm Đồng")
    typed = "Tổ dân phố 3, phường Xuân Trường - Đà Lạt"
    assert lam_dong.match_commune(typed, None, True) == "Phường Xuân Trường - Đà Lạt"
    assert lam_dong.match_commune("Lang Biang - Đà Lạt", None, True) == "Phường Lang Biang - Đà Lạt"
    # Đạo Nghĩa (Đắk R'Lấp) became part of Kiến Đức; before the reform it is still itself
    assert lam_dong.match_commune("thôn 2, xã Đạo Nghĩa", None, True) == "Xã Kiến Đức"
    assert lam_dong.match_commune("thôn 2, xã Đạo Nghĩa", None, False) == "Xã Đạo Nghĩa"
    assert (
        lam_dong.match_commune("Phường 3", "Thành phố Đà Lạt", True) == "Phường Xuân Hương - Đà Lạt"
    )
    # Phong Phú (Tuy Phong) was divided between two new communes: not guessed
    assert lam_dong.match_commune("xã Phong Phú", "Huyện Tuy Phong", True) == "Xã Phong Phú"


def test_unknown_province():
    with pytest.raises(UnknownProvinceError, match="Không tìm thấy tỉnh"):
        load_gazetteer("Tỉnh Không Có")


def test_every_current_province_resolves_typed_any_way():
    from analysis.core.text import fold

    for name in current_province_names():
        short = name.removeprefix("Tỉnh ").removeprefix("Thành phố ")
        for typed in (name, short, fold(short), f"tinh {fold(short)}", short.upper()):
            province = resolve_province(typed)
            assert province.current and province.name == name, typed
        assert province.key in province.former_keys or len(province.former_keys) >= 1


def test_a_merged_province_spans_its_former_provinces():
    lam_dong = resolve_province("Lâm Đồng")
    assert lam_dong.current
    assert set(lam_dong.former_keys) == {"tinhlamdong", "tinhdaknong", "tinhbinhthuan"}
    gazetteer = load_gazetteer("lam dong")
    assert gazetteer.province == "Tỉnh Lâm Đồng"
    for typed, official, former in [
        ("Đắk Mil", "Huyện Đắk Mil", "Tỉnh Đắk Nông"),
        ("TP Bảo Lộc", "Thành phố Bảo Lộc", "Tỉnh Lâm Đồng"),
        ("Phan Thiet", "Thành phố Phan Thiết", "Tỉnh Bình Thuận"),
    ]:
        district = gazetteer.match_district(typed).name
        assert district == official and gazetteer.former_province[district] == former
    assert gazetteer.match_district("Huyện Krông Pắc").other_province == "Tỉnh Đắk Lắk"


def test_a_former_province_keeps_its_own_districts_only():
    assert resolve_province("Đắk Nông").current is False
    former = resolve_province("Lâm Đồng (cũ)")
    assert (former.current, former.former_keys, former.label) == (
        False,
        ("tinhlamdong",),
        "Tỉnh Lâm Đồng (cũ)",
    )
    assert load_gazetteer("Lâm Đồng", former=True).match_district("Đắk Mil").other_province
    assert resolve_province("Thừa Thiên Huế").name == "Thành phố Huế"


def test_district_names_shared_by_merged_provinces_are_qualified():
    can_tho = load_gazetteer("Cần Thơ")
    assert {"Huyện Châu Thành (Hậu Giang)", "Huyện Châu Thành (Sóc Trăng)"} <= set(
        can_tho.districts
    )
    assert "không rõ" in can_tho.match_district("Châu Thành").problem
    assert can_tho.match_district("Huyện Châu Thành A").name == "Huyện Châu Thành A"


def test_unknown_province_suggests_close_names():
    with pytest.raises(UnknownProvinceError, match="Có phải: Đắk Nông"):
        resolve_province("Đắk Nôn")


def test_a_former_commune_gives_the_commune_it_became(dak_nong):
    assert dak_nong.current_commune("Xã Đắk Lao", "Huyện Đắk Mil", False) == "Xã Thuận An"
    assert dak_nong.current_commune("Xã Đắk Gằn", "Huyện Đắk Mil", False) == "Xã Đắk Mil"
    assert dak_nong.current_commune("Xã Quảng Tín", "Huyện Đắk R'Lấp", True) == "Xã Quảng Tín"
    assert dak_nong.current_commune(None, "Huyện Đắk Mil", False) is None
    assert dak_nong.province_of("Huyện Đắk Mil", None) == "Tỉnh Đắk Nông"
