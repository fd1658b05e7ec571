"""Tests for analysis.core.legacy_encoding (TCVN3 / VNI legacy font encodings)."""

from __future__ import annotations

import shutil
import string
import subprocess
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.core.legacy_encoding import (
    detect_legacy_encoding,
    fix_known_legacy_encoding,
    fix_legacy_encoding,
    is_vietnamese_syllable,
    tcvn3_to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)

VOWEL_ROWS = [
    "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
    "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
]  # fmt: skip
VIET_LETTERS = string.ascii_letters + "đĐ" + "".join(VOWEL_ROWS) + "".join(VOWEL_ROWS).upper()
PUNCTUATION = string.punctuation + "“”‘’–—…"
PLAIN_CHARS = frozenset(VIET_LETTERS + PUNCTUATION + string.digits + " ")

# Every vowel with every tone, lower and upper case, then real words and sentences.
ROUND_TRIP = [
    *(" ".join(row) for row in VOWEL_ROWS),
    *(" ".join(row.upper()) for row in VOWEL_ROWS),
    "đ Đ đường ĐƯỜNG Đồng",
    "Đắk R'Lấp",
    "Krông Nô",
    "Cư Jút",
    "Tuy Đức",
    "Gia Nghĩa",
    "Quảng Khê",
    "Đắk Nông",
    "Đắk Mil",
    "Đắk Song",
    "Đắk Glong",
    "Buôn Ma Thuột",
    "Nâm N'Jang",
    "ĐẮK R'LẤP",
    "Công an lắng nghe ý kiến nhân dân",
    "Người dân phản ánh tình trạng mất trật tự trên đường liên xã",
    "Đề nghị xử lý nghiêm các trường hợp đua xe trái phép vào ban đêm",
    "Ý KIẾN CỦA NHÂN DÂN",
    "ỦY BAN NHÂN DÂN XÃ ĐẮK Ơ",
    "Tình hình an ninh trật tự trên địa bàn cơ bản ổn định.",
    "Khuya khoắt, rượu chè, khuỷu tay, ngoằn ngoèo, thuở ấy.",
    "Quyết định số 123/QĐ-UBND ngày 15/9/2021",
    "Trường THPT Phan Bội Châu",
    "Hộ khẩu thường trú tại tổ dân phố 3",
    "Căn cước công dân số 066090001234",
    "Điện thoại: 0912 345 678",
    "Tôi đồng ý với phương án của Công an xã.",
    "hoà, hoá, khoẻ, thuỷ, uỷ ban (cách bỏ dấu cũ)",
    "Nguyễn Thị Hường",
    "Trần Văn Đạt",
    "Lê Thị Ánh Tuyết",
    "Phạm Ngọc Ước",
    "Vũ Đình Ửng",
    "Đỗ Thị Ỷ",
    "Ông Ầu Ẩn, bà Ẵm Ặt",
    "ẤP ỞI ỨC ỰC ỲA ỸI ỴT",
    "Giữ gìn an ninh, trật tự; phòng, chống tội phạm!",
    "Xe máy, điện thoại bị mất cắp — đề nghị điều tra.",
    "Cảnh sát giao thông cần tăng cường tuần tra kiểm soát",
    "Khen ngợi tinh thần trách nhiệm của cán bộ, chiến sĩ",
    "Việc cấp đổi giấy phép lái xe còn chậm",
    "Tệ nạn ma tuý, cờ bạc ở khu vực chợ đêm",
    "Người nước ngoài cư trú bất hợp pháp",
    "Nghĩa vụ quân sự năm 2022",
    "Đường Lê Duẩn, phường Nghĩa Đức, thành phố Gia Nghĩa",
    "Bảo đảm an toàn phòng cháy, chữa cháy",
    "Thủ tục đăng ký thường trú trực tuyến",
    "Ngoài ra, đề nghị xoá các điểm nóng về tín dụng đen",
    "Quốc lộ 14 qua huyện Đắk R'Lấp thường xuyên ùn tắc",
    "Họp tổ dân phố; ý kiến: ĐỒNG Ý.",
    "Tiếng kẻng, xẻng, boong tàu, xoong nồi",
    "Khuyến khích người dân tố giác tội phạm",
    "Ở đây ai cũng biết chuyện ấy.",
    "Ưu tiên giải quyết hồ sơ của người cao tuổi",
]

# Ordinary Unicode text that must never be flagged or changed.
NORMAL_TEXT = [
    "",
    " ",
    "Công an huyện Đắk Mil",
    "Cong an huyen Dak Mil",
    "Nguyen Van A, thon 3, xa Nam Da",
    "15/9/2021",
    "0912 345 678",
    "+84 912 345 678",
    "CCCD số 066090001234",
    "Bản quyền © 2021 Công an tỉnh Đắk Nông",
    "Nhiệt độ 30°C vào buổi trưa",
    "Giá vé 15€",
    "“Đề nghị tăng cường tuần tra”",
    "Đắk Mil – Đắk Song",
    "Hà Nội — Đà Nẵng",
    "‘Trích dẫn’ … và hết.",
    "hoà bình, hoá đơn, khoẻ mạnh, thuỷ lợi, uỷ ban",
    unicodedata.normalize("NFD", "Người dân phản ánh tình trạng mất trật tự"),
    unicodedata.normalize("NFD", "Đắk R'Lấp, Krông Nô, Cư Jút, Tuy Đức"),
    unicodedata.normalize("NFD", "ĐẮK NÔNG – Ý KIẾN"),
    "Hello world",
    "The police listened carefully to citizens' opinions.",
    "Samsung® Galaxy",
    "½ ha đất nông nghiệp",
    "Diện tích 200 m²",
    "Thể tích 5 m³, sai số ± 5%",
    "Café Trung Nguyên",
    "Müller, España, Noël, naïve",
    "Søn",
    "Loïc",
    "1.234.567 đồng",
    "Số 12/QĐ-UBND",
    "email: congan@daknong.gov.vn",
    "Ý kiến",
    "Ủy ban nhân dân",
    "ĐẮK NÔNG",
    "Kích thước 5 µm, 10 µm và 20 µm",
    "2 × 3 × 4 = 24",
    "Mục § 2",
    "« Công an »",
    "•  Gạch đầu dòng",
    "Cư Jút",
    "Krông Nô",
    "Gia Nghĩa",
    "Tổ dân phố 3, phường Nghĩa Đức",
    "N/A",
    "Tiền phạt: 1,5 triệu đ (≈ 60 $)",
    "Tel. 0261 3544 123 – Fax 0261 3544 124",
    "Người nước ngoài: Søn, Loïc",
    "Krông Nô – Loïc",
]

# Legacy sentences as they arrive from a cp1252-decoded file.
TCVN3_SENTENCES = [
    "§¾k N«ng",
    "Ng\xadêi d©n ph¶n ¸nh t×nh tr¹ng mÊt trËt tù",
    "C«ng an l¾ng nghe ý kiÕn nh©n d©n",
    "§Ò nghÞ xö lý nghiªm c¸c tr\xadêng hîp ®ua xe tr¸i phÐp",
    "Tuy §øc, Gia NghÜa, Qu¶ng Khª",
]
VNI_SENTENCES = [
    "Ñaék Noâng",
    "Ngöôøi daân phaûn aùnh tình traïng maát traät töï",
    "Coâng an laéng nghe yù kieán nhaân daân",
    "Ñeà nghò xöû lyù nghieâm caùc tröôøng hôïp ñua xe traùi pheùp",
    "Tuy Ñöùc, Gia Nghóa, Quaûng Kheâ",
]
SENTENCES_UNICODE = [
    "Đắk Nông",
    "Người dân phản ánh tình trạng mất trật tự",
    "Công an lắng nghe ý kiến nhân dân",
    "Đề nghị xử lý nghiêm các trường hợp đua xe trái phép",
    "Tuy Đức, Gia Nghĩa, Quảng Khê",
]


def test_round_trip_list_is_large_enough() -> None:
    assert len(ROUND_TRIP) >= 60
    letters = set("".join(ROUND_TRIP))
    assert set("".join(VOWEL_ROWS) + "".join(VOWEL_ROWS).upper() + "đĐ") <= letters


@pytest.mark.parametrize("text", ROUND_TRIP)
def test_tcvn3_round_trip(text: str) -> None:
    legacy = unicode_to_tcvn3(text)
    assert tcvn3_to_unicode(legacy) == text
    assert unicode_to_tcvn3(unicodedata.normalize("NFD", text)) == legacy


@pytest.mark.parametrize("text", ROUND_TRIP)
def test_vni_round_trip(text: str) -> None:
    legacy = unicode_to_vni(text)
    assert vni_to_unicode(legacy) == text
    assert unicode_to_vni(unicodedata.normalize("NFD", text)) == legacy


@pytest.mark.parametrize(
    ("unicode_text", "tcvn3", "vni"),
    list(zip(SENTENCES_UNICODE, TCVN3_SENTENCES, VNI_SENTENCES, strict=True)),
)
def test_known_encodings(unicode_text: str, tcvn3: str, vni: str) -> None:
    assert unicode_to_tcvn3(unicode_text) == tcvn3
    assert unicode_to_vni(unicode_text) == vni
    assert tcvn3_to_unicode(tcvn3) == unicode_text
    assert vni_to_unicode(vni) == unicode_text


def test_uppercase_tcvn3_uses_vn2_codes_and_combining_marks() -> None:
    # VN2 precomposed capitals where they exist, base letter + combining tone mark otherwise,
    # so the output never contains control characters (which openpyxl refuses to write).
    assert unicode_to_tcvn3("ẮẦỀỐ") == "ÀÁÅÿ"
    assert unicode_to_tcvn3("Ý ỦY ĐẶC") == "Y³ U±Y §¡´C"
    assert all(ord(c) >= 0x20 for c in unicode_to_tcvn3(" ".join(ROUND_TRIP)))


def test_outputs_are_nfc() -> None:
    assert tcvn3_to_unicode("A³nh") == "Ánh"
    assert unicodedata.is_normalized("NFC", tcvn3_to_unicode("Y³ U±Y"))
    assert unicodedata.is_normalized("NFC", vni_to_unicode("YÙ KIEÁN"))


def test_tcvn3_latin1_view_and_vn1_capitals() -> None:
    # Bytes 0x80-0x9F: C1 controls when a CSV is decoded as latin-1.
    assert tcvn3_to_unicode("Ng\xadêi d©n nãi: \x93an toµn\x94") == "Người dân nói: “an toàn”"
    assert tcvn3_to_unicode("Ng\xadêi d©n nãi: “an toµn”") == "Người dân nói: “an toàn”"
    # VN1 capitals that cp1252 leaves undefined or shows as foreign letters.
    assert tcvn3_to_unicode("\x81nh s¸ng") == "Ảnh sáng"
    assert tcvn3_to_unicode("ƒnh") == tcvn3_to_unicode("\x83nh") == "Ánh"
    assert tcvn3_to_unicode("\x16 kiÕn") == "Ý kiến"


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv not available")
def test_tcvn3_table_matches_glibc_iconv() -> None:
    tcvn3_bytes = [b for b in range(0xA1, 0x100) if not 0xB0 <= b <= 0xB4]
    done = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
        input=bytes(tcvn3_bytes),
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("iconv has no TCVN5712-1 converter")
    expected = done.stdout.decode("utf-8")
    assert tcvn3_to_unicode(bytes(tcvn3_bytes).decode("cp1252")) == expected


@pytest.mark.parametrize("text", [*TCVN3_SENTENCES, "§¾k", "NghÜa", "®i häc", "C\xad Jót"])
def test_detects_tcvn3(text: str) -> None:
    assert detect_legacy_encoding(text) == "tcvn3"


@pytest.mark.parametrize("text", VNI_SENTENCES[:2] + VNI_SENTENCES[3:] + ["Ñaék", "Ñöùc"])
def test_detects_vni(text: str) -> None:
    assert detect_legacy_encoding(text) == "vni"


@pytest.mark.parametrize("text", [s for s in ROUND_TRIP if len(s) > 20])
def test_detects_encoded_sentences(text: str) -> None:
    assert detect_legacy_encoding(unicode_to_tcvn3(text)) == "tcvn3"
    assert fix_legacy_encoding(unicode_to_tcvn3(text)) == text
    vni = unicode_to_vni(text)
    if set(vni) <= PLAIN_CHARS:  # only Vietnamese letters: indistinguishable from Unicode
        assert fix_legacy_encoding(vni) == vni
    else:
        assert detect_legacy_encoding(vni) == "vni"
        assert fix_legacy_encoding(vni) == text


def test_vni_without_marks_is_left_alone() -> None:
    # "Coâng an laéng nghe" is made only of Vietnamese letters: it could be a typo, so it is
    # never changed; VNI needs at least one non-Vietnamese mark such as ø, ñ, ö, ä, ï.
    assert detect_legacy_encoding(VNI_SENTENCES[2]) is None
    assert detect_legacy_encoding("Coâng") is None


def test_known_encoding_converts_cells_made_of_vietnamese_letters() -> None:
    # Cell by cell these are ambiguous; with the file's encoding known they are converted.
    header = unicode_to_tcvn3("Nội dung ý kiến")
    assert header == "Néi dung ý kiÕn"
    assert fix_legacy_encoding(header) == header
    assert detect_legacy_encoding("\n".join(["§¬n vÞ", header])) == "tcvn3"
    assert fix_known_legacy_encoding(header, "tcvn3") == "Nội dung ý kiến"
    assert fix_known_legacy_encoding(VNI_SENTENCES[2], "vni") == SENTENCES_UNICODE[2]
    assert fix_known_legacy_encoding("Coâng an", "vni") == "Công an"
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        fix_known_legacy_encoding(header, "viscii")


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("text", [t for t in NORMAL_TEXT if "Søn" not in t and "Loïc" not in t])
def test_known_encoding_keeps_unicode_cells(text: str, encoding: str) -> None:
    # (In a file known to be legacy, "Søn" and "Loïc" are legacy words: "Sứn", "Lọc".)
    assert fix_known_legacy_encoding(text, encoding) == text


def test_normal_text_list_is_large_enough() -> None:
    assert len(NORMAL_TEXT) >= 40


@pytest.mark.parametrize("text", NORMAL_TEXT)
def test_no_false_positives(text: str) -> None:
    assert detect_legacy_encoding(text) is None
    assert fix_legacy_encoding(text) == text


@pytest.mark.parametrize(
    ("legacy", "expected"),
    [
        *zip(TCVN3_SENTENCES, SENTENCES_UNICODE, strict=True),
        *zip(VNI_SENTENCES[:2], SENTENCES_UNICODE[:2], strict=True),
    ],
)
def test_fix(legacy: str, expected: str) -> None:
    assert fix_legacy_encoding(legacy) == expected
    assert fix_legacy_encoding(expected) == expected


@pytest.mark.parametrize(
    "word",
    ["Đắk", "nghiêng", "khuỷu", "người", "quốc", "giữa", "hoà", "hòa", "Krông", "Jút", "oản"],
)
def test_valid_syllables(word: str) -> None:
    assert is_vietnamese_syllable(word)
    assert is_vietnamese_syllable(word.upper())
    assert is_vietnamese_syllable(unicodedata.normalize("NFD", word))


@pytest.mark.parametrize(
    "word", ["", "â", "ẵ", "đ", "tèt", "cách̀", "Kớch", "hello", "Noởl", "anh2", "ạá", "ngươ"]
)
def test_invalid_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)


vietnamese_text = st.text(alphabet=VIET_LETTERS + " " + PUNCTUATION + string.digits)
legacy_alphabet = (
    VIET_LETTERS + " .,'" + "".join(chr(c) for c in range(0xA1, 0x100)) + "“”–€\x93\x81ƒ\x16"
)


@settings(max_examples=300)
@given(vietnamese_text)
def test_unicode_vietnamese_is_never_changed(text: str) -> None:
    assert fix_legacy_encoding(text) == text
    nfd = unicodedata.normalize("NFD", text)
    assert fix_legacy_encoding(nfd) == nfd


@settings(max_examples=300)
@given(vietnamese_text)
def test_round_trip_property(text: str) -> None:
    assert tcvn3_to_unicode(unicode_to_tcvn3(text)) == text
    assert vni_to_unicode(unicode_to_vni(text)) == text


@settings(max_examples=300)
@given(st.lists(st.sampled_from(ROUND_TRIP + NORMAL_TEXT), min_size=2, max_size=4))
def test_joined_ordinary_cells_are_never_changed(parts: list[str]) -> None:
    # Lone foreign names that happen to decode to a syllable are a known limit: "Søn Søn"
    # (two foreign letters) is read as TCVN3 "Sứn Sứn".
    text = " ".join(p for p in parts if "Søn" not in p and "Loïc" not in p)
    assert fix_legacy_encoding(text) == text


@settings(max_examples=300)
@given(st.one_of(st.text(), st.text(alphabet=legacy_alphabet)))
def test_fix_is_idempotent(text: str) -> None:
    once = fix_legacy_encoding(text)
    assert fix_legacy_encoding(once) == once


@given(st.lists(st.sampled_from(ROUND_TRIP), min_size=1, max_size=4))
def test_fix_is_idempotent_on_legacy_text(parts: list[str]) -> None:
    for legacy in (unicode_to_tcvn3(" ".join(parts)), unicode_to_vni(" ".join(parts))):
        once = fix_legacy_encoding(legacy)
        assert fix_legacy_encoding(once) == once


@settings(max_examples=300)
@given(st.one_of(st.text(), st.text(alphabet=legacy_alphabet)), st.sampled_from(["tcvn3", "vni"]))
def test_fix_known_is_idempotent(text: str, encoding: str) -> None:
    once = fix_known_legacy_encoding(text, encoding)
    assert fix_known_legacy_encoding(once, encoding) == once
