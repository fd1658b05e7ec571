"""Text normalisation: NFC, one tone-mark convention, white space, folding."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from analysis.core.text import fold, fold_key, normalize_text, place_tone_marks

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
vietnamese_text = st.text(
    alphabet=st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + " \n\t,.:;()-/0123456789"),
    max_size=80,
)


def test_old_tone_marks_follow_underthesea():
    assert normalize_text("Hoà bình, thuỷ lợi, khoẻ mạnh") == "Hòa bình, thủy lợi, khỏe mạnh"


def test_spacing_and_punctuation_are_kept_apart_from_white_space_runs():
    assert normalize_text("  Ông A (thôn 3) phản ánh:\n mất  trộm…  ") == (
        "Ông A (thôn 3) phản ánh: mất trộm…"
    )


def test_nfd_input_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "Đắk Nông")
    assert normalize_text(nfd) == "Đắk Nông"


def test_none_and_numbers():
    assert normalize_text(None) == ""
    assert normalize_text(12) == "12"


def test_place_tone_marks_leaves_other_words_alone():
    assert place_tone_marks("quý khách, qúy vị") == "quý khách, quý vị"


def test_fold_removes_diacritics_and_d_stroke():
    assert fold("Đắk R'Lấp") == "dak r'lap"
    assert fold_key("Đắk R'Lấp") == "dakrlap"


@given(vietnamese_text)
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(vietnamese_text)
def test_normalize_gives_nfc_without_runs_of_space(text):
    result = normalize_text(text)
    assert unicodedata.is_normalized("NFC", result)
    assert "  " not in result and "\n" not in result and result == result.strip()


@given(vietnamese_text)
def test_normalize_loses_no_letters(text):
    """Only white space and tone-mark position change: the folded letters stay the same."""
    assert fold_key(normalize_text(text)) == fold_key(text)
