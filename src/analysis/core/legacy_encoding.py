"""Detect and repair Vietnamese text typed with the legacy TCVN3 (ABC) or VNI-Windows fonts.

Before Unicode, Vietnamese documents were typed with 8-bit "font encodings": the bytes
are Vietnamese letters only when displayed with a matching font (.VnTime for TCVN3,
VNI-Times for VNI). When such a file is read as Windows-1252 (Excel, most CSV readers)
each cell becomes a ``str`` whose characters are those bytes seen through cp1252, e.g.
TCVN3 ``"§¾k N«ng"`` or VNI ``"Ñaék Noâng"`` for ``"Đắk Nông"``. A file decoded as
latin-1 shows the bytes 0x80-0x9F as C1 control characters instead; both forms are
accepted. (A file decoded as cp1258 remaps some of 0xC0-0xFF and is not handled.)

Public API: ``unicode_to_tcvn3`` / ``tcvn3_to_unicode``, ``unicode_to_vni`` /
``vni_to_unicode``, ``detect_legacy_encoding``, ``fix_legacy_encoding`` and the
``is_vietnamese_syllable`` helper used for detection. ``fix_known_legacy_encoding`` is
for callers that already know a file or sheet is TCVN3/VNI (e.g. from
``detect_legacy_encoding`` on the joined text of the sheet, or the .VnTime/VNI-Times
font): it also converts cells such as TCVN3 "Néi dung ý kiÕn" or VNI "Coâng an", which
are made only of characters that are also Vietnamese letters and so are never changed
by the cell-level ``fix_legacy_encoding``.

Detection (see ``detect_legacy_encoding``) needs a "hard marker": a character that
decodes to a Vietnamese letter but is itself not a Vietnamese letter (``§ ¾ « ®`` for
TCVN3, ``ø ñ ö ä`` for VNI...). Text without one is returned as is after one regex
search, which keeps the common case cheap and guarantees that text made only of
Vietnamese letters, digits, spaces and ordinary punctuation (ASCII, “ ” ‘ ’ – — …) is
never touched; « » § ¶ · ¡ ¿ are TCVN3 letter codes and so are not "ordinary". When a
marker is present, every word that the conversion would change is checked against
Vietnamese syllable structure before and after conversion, and the text is only
flagged when the conversion clearly turns invalid words into valid syllables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = [
    "detect_legacy_encoding",
    "fix_known_legacy_encoding",
    "fix_legacy_encoding",
    "is_vietnamese_syllable",
    "tcvn3_to_unicode",
    "unicode_to_tcvn3",
    "unicode_to_vni",
    "vni_to_unicode",
]

# ---------------------------------------------------------------------------
# Unicode reference rows. Every table below lists the 12 Vietnamese vowels in this
# order, each with the tones in the order: none, grave (huyền), hook (hỏi),
# tilde (ngã), acute (sắc), dot below (nặng).
# ---------------------------------------------------------------------------
_UNICODE_ROWS = (
    "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
    "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
)  # fmt: skip
_ACUTE, _DOT = 4, 5  # tone indexes in the rows above

_VIET_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzđ"
    + "".join(_UNICODE_ROWS)
    + "ABCDEFGHIJKLMNOPQRSTUVWXYZĐ"
    + "".join(_UNICODE_ROWS).upper()
)

# ---------------------------------------------------------------------------
# TCVN3 = TCVN 5712:1993 "VN3" (the ABC fonts), shown through cp1252. Byte values
# were checked against glibc iconv's TCVN5712-1 converter and the VSCII article on
# Wikipedia. VN3 only has lowercase toned vowels; the uppercase ones come from the
# same standard: VN2 gives 16 of them precomposed in 0xA0-0xFF plus combining tone
# marks at 0xB0-0xB4; VN1 adds the rest in C0/C1 control positions.
# ---------------------------------------------------------------------------
_TCVN3_LOWER_ROWS = (
    "aµ¶·¸¹", "¨»¼½¾Æ", "©ÇÈÉÊË", "eÌÎÏÐÑ", "ªÒÓÔÕÖ", "i×ØÜÝÞ",
    "oßáâãä", "«åæçèé", "¬êëìíî", "uïñòóô", "\xadõö÷øù", "yúûüýþ",
)  # fmt: skip
_TCVN3_UPPER_BASES = "A¡¢E£IO¤¥U¦Y"  # A Ă Â E Ê I O Ô Ơ U Ư Y (0xA1-0xA6 for the accented ones)
_TCVN3_DD = {"đ": "®", "Đ": "§"}
# VN2 precomposed uppercase letters (bytes 0xAF, 0xBA, 0xBF, 0xC0-0xC5, 0xCD, 0xD9-0xDB, ...).
_TCVN3_VN2_UPPER = dict(zip("ẰẲẴẮẦẨẪẤỀỂỄẾỒỔỖỐ", "¯º¿ÀÁÂÃÄÅÍÙÚÛàðÿ", strict=True))
# VN2 combining tone marks 0xB0-0xB4 (grave, hook, tilde, acute, dot below).
_TCVN3_TONE_MARKS = "°±²³´"
# VN1 uppercase letters at bytes 0x80-0x9F (decoding only) ...
_TCVN3_VN1_C1 = "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"
# ... and at C0 positions 0x01, 0x02, 0x04-0x06, 0x11-0x17 (decoding only).
_TCVN3_VN1_C0 = dict(
    zip("\x01\x02\x04\x05\x06\x11\x12\x13\x14\x15\x16\x17", "ÚỤỪỬỮỨỰỲỶỸÝỴ", strict=True)
)
# cp1252 shows most of 0x80-0x9F as punctuation (“ ” ‘ ’ – — … • € ™). TCVN3 documents use
# those bytes for Word's smart quotes and dashes, so they stay punctuation; only the
# bytes cp1252 leaves undefined or shows as foreign letters are read as VN1 letters.
_CP1252_LETTERLIKE = "ƒˆŠŒŽ˜šœžŸ"


def _build_tcvn3_tables() -> tuple[dict[int, str], dict[int, str]]:
    """Build the (encode, decode) ``str.translate`` tables for TCVN3."""
    encode: dict[str, str] = dict(_TCVN3_DD)
    for uni_row, tcvn_row, upper_base in zip(
        _UNICODE_ROWS, _TCVN3_LOWER_ROWS, _TCVN3_UPPER_BASES, strict=True
    ):
        for tone, (uni, legacy) in enumerate(zip(uni_row, tcvn_row, strict=True)):
            if uni != legacy:
                encode[uni] = legacy
            upper = uni.upper()
            if tone == 0:
                legacy_upper = upper_base
            elif upper in _TCVN3_VN2_UPPER:
                legacy_upper = _TCVN3_VN2_UPPER[upper]
            else:  # base letter + VN2 combining tone mark: no control characters
                legacy_upper = upper_base + _TCVN3_TONE_MARKS[tone - 1]
            if upper != legacy_upper:
                encode[upper] = legacy_upper

    decode = {legacy: uni for uni, legacy in encode.items() if len(legacy) == 1}
    decode.update(_TCVN3_VN1_C0)
    for offset, letter in enumerate(_TCVN3_VN1_C1):
        byte = 0x80 + offset
        try:
            shown = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: only the C1 form exists
            shown = None
        if shown is None or shown in _CP1252_LETTERLIKE:
            decode[chr(byte)] = letter
            if shown is not None:
                decode[shown] = letter
        else:  # latin-1 view of a cp1252 punctuation byte: show it as cp1252 does
            decode[chr(byte)] = shown
    return str.maketrans(encode), str.maketrans(decode)


_TCVN3_ENCODE, _TCVN3_DECODE = _build_tcvn3_tables()
# A VN2 combining tone mark only counts after a toneless vowel (A-Y, Ă Â Ê Ô Ơ Ư, ă â ê ô ơ ư).
_TCVN3_COMBINE_RE = re.compile(
    "([AEIOUYaeiouy" + re.escape("¡¢£¤¥¦¨©ª«¬\xad") + "])([" + _TCVN3_TONE_MARKS + "])"
)
_COMBINING_TONES = dict(zip(_TCVN3_TONE_MARKS, "\u0300\u0309\u0303\u0301\u0323", strict=True))

# ---------------------------------------------------------------------------
# VNI-Windows (VNI-Times fonts), shown through cp1252: a base letter followed by a
# mark character; i/ỵ/đ/ơ/ư use single characters. Layout from VNI's published
# keyboard/font table, cross-checked against several open-source converters.
# ---------------------------------------------------------------------------
_VNI_TONES = "øûõùï"  # grave, hook, tilde, acute, dot below after a, e, o, u, y, ơ, ư
_VNI_HAT = "âàåãáä"  # circumflex (â ê ô) without tone, then with the 5 tones
_VNI_BREVE = "êèúüéë"  # breve (ă) without tone, then with the 5 tones


def _marked(base: str, marks: str) -> list[str]:
    """Return ``base`` followed by each of ``marks``: one slice of a VNI table row."""
    return [base + mark for mark in marks]


_VNI_LOWER_ROWS = (
    ["a", *_marked("a", _VNI_TONES)],  # a à ả ã á ạ
    _marked("a", _VNI_BREVE),  # ă ằ ẳ ẵ ắ ặ
    _marked("a", _VNI_HAT),  # â ầ ẩ ẫ ấ ậ
    ["e", *_marked("e", _VNI_TONES)],
    _marked("e", _VNI_HAT),  # ê ề ể ễ ế ệ
    list("iìæóíò"),  # i has one character per tone
    ["o", *_marked("o", _VNI_TONES)],
    _marked("o", _VNI_HAT),  # ô ồ ổ ỗ ố ộ
    ["ô", *_marked("ô", _VNI_TONES)],  # ơ is "ô"
    ["u", *_marked("u", _VNI_TONES)],
    ["ö", *_marked("ö", _VNI_TONES)],  # ư is "ö"
    ["y", *_marked("y", _VNI_TONES[:4]), "î"],  # ỵ is a single "î"
)
_VNI_DD = "ñ"
_VNI_BASES = "aeouyôö"
_VNI_MARKS = _VNI_TONES + _VNI_HAT + _VNI_BREVE


def _build_vni_tables() -> tuple[dict[int, str], dict[str, str]]:
    """Build the encode ``str.translate`` table and the decode sequence dict for VNI."""
    encode: dict[str, str] = {"đ": _VNI_DD, "Đ": _VNI_DD.upper()}
    for uni_row, vni_row in zip(_UNICODE_ROWS, _VNI_LOWER_ROWS, strict=True):
        for uni, legacy in zip(uni_row, vni_row, strict=True):
            for u, v in ((uni, legacy), (uni.upper(), legacy.upper())):
                if u != v:
                    encode[u] = v
    decode: dict[str, str] = {}
    for uni, legacy in encode.items():
        decode[legacy] = uni
        if len(legacy) == 2:  # accept a mark whose case does not match its base letter
            decode[legacy[0] + legacy[1].swapcase()] = uni
    return str.maketrans(encode), decode


_VNI_ENCODE, _VNI_DECODE = _build_vni_tables()
_VNI_SINGLES = "".join(k for k in _VNI_DECODE if len(k) == 1)
_VNI_SEQ_RE = re.compile(
    "[" + _VNI_BASES + _VNI_BASES.upper() + "][" + _VNI_MARKS + _VNI_MARKS.upper() + "]"
    "|[" + _VNI_SINGLES + "]"
)

# ---------------------------------------------------------------------------
# Conversions
# ---------------------------------------------------------------------------


def unicode_to_tcvn3(text: str) -> str:
    """Encode Unicode Vietnamese as TCVN3 seen through cp1252, to fabricate legacy test files."""
    return unicodedata.normalize("NFC", text).translate(_TCVN3_ENCODE)


def tcvn3_to_unicode(text: str) -> str:
    """Decode TCVN3 text (cp1252 or latin-1 view) to NFC Unicode, to repair legacy cells."""
    if _TCVN3_COMBINE_RE.search(text):
        text = _TCVN3_COMBINE_RE.sub(lambda m: m[1] + _COMBINING_TONES[m[2]], text)
    return unicodedata.normalize("NFC", text.translate(_TCVN3_DECODE))


def unicode_to_vni(text: str) -> str:
    """Encode Unicode Vietnamese as VNI seen through cp1252, to fabricate legacy test files."""
    return unicodedata.normalize("NFC", text).translate(_VNI_ENCODE)


def _vni_replace(match: re.Match[str]) -> str:
    """Decode one VNI base+mark pair or single character matched by ``_VNI_SEQ_RE``."""
    seq = match[0]
    if seq in _VNI_DECODE:
        return _VNI_DECODE[seq]
    return _VNI_DECODE.get(seq[0], seq[0]) + seq[1:]  # pair that VNI does not define


def vni_to_unicode(text: str) -> str:
    """Decode VNI-Windows text seen through cp1252 to NFC Unicode, to repair legacy cells."""
    return unicodedata.normalize("NFC", _VNI_SEQ_RE.sub(_vni_replace, text))


# ---------------------------------------------------------------------------
# Vietnamese syllable structure: (onset) + nucleus + (coda), at most one tone mark,
# and syllables closed by a stop consonant (c, ch, p, t; k in highland place names such
# as Đắk, Búk) only take the acute or dot-below tone. Onsets are lenient (any 1-3
# consonants, plus qu/gi) so that names like Krông, Jút or Glong pass.
# ---------------------------------------------------------------------------
_SPLIT_TONE = {ch: (ch, 0) for ch in "abcdefghijklmnopqrstuvwxyzđ"} | {
    ch: (row[0], tone) for row in _UNICODE_ROWS for tone, ch in enumerate(row)
}

_SYLLABLE_RE = re.compile(
    r"(?:qu|gi|[bcdđfghjklmnpqrstvwxz]{1,3})?"
    r"(?:"
    r"(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyu|"  # nuclei ending in a glide:
    r"ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|uơ)"  # no coda allowed
    r"|(?:oa|oe|uê|uy|a|e|ê|i|o|ô|ơ|u|ư|y)(?P<c1>ng|c|k|m|n|p|t)?"  # coda optional
    r"|(?:oa|uê|uy|a|ê|i|y)(?P<c2>ch|nh)"  # ch/nh only after front vowels
    r"|(?:uyê|iê|yê|uô|ươ|uâ|oă|oo|ă|â)(?P<c3>ng|c|k|m|n|p|t)"  # coda required
    r")"
)
_STOP_CODAS = frozenset({"c", "ch", "k", "p", "t"})


def is_vietnamese_syllable(word: str) -> bool:
    """Tell whether ``word`` is a well-formed Vietnamese syllable, to judge a decoding."""
    if not unicodedata.is_normalized("NFC", word):
        word = unicodedata.normalize("NFC", word)
    tone = 0
    skeleton = []
    for ch in word.lower():
        split = _SPLIT_TONE.get(ch)
        if split is None:
            return False
        base, ch_tone = split
        if ch_tone:
            if tone:
                return False
            tone = ch_tone
        skeleton.append(base)
    match = _SYLLABLE_RE.fullmatch("".join(skeleton))
    if match is None:
        return False
    coda = match["c1"] or match["c2"] or match["c3"]
    # "k" ends only highland names, which are also written without a tone ("Đăk Glong")
    return coda not in _STOP_CODAS or tone in (_ACUTE, _DOT) or coda == "k"


# ---------------------------------------------------------------------------
# Detection
# ---------------------------------------------------------------------------
def _char_class(chars: frozenset[str] | str) -> str:
    """Return a regex character class matching any of ``chars``."""
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


# Hard markers: legacy characters that stand for letters but are not Vietnamese letters.
_TCVN3_LETTER_CODES = frozenset(chr(k) for k, v in _TCVN3_DECODE.items() if v.isalpha())
_TCVN3_HARD = _TCVN3_LETTER_CODES - _VIET_LETTERS
_VNI_HARD = frozenset(ch for seq in _VNI_DECODE for ch in seq) - _VIET_LETTERS
_CANDIDATE_RE = re.compile(_char_class(_TCVN3_HARD | _VNI_HARD))
# Legacy bytes seen through cp1252/latin-1 never produce characters beyond U+00FF except
# cp1252's 27 extras, so "ắ", "ư", "Đ", "₫"... prove a cell is native Unicode.
_NOT_LEGACY_RE = re.compile(
    r"[^\x00-\xff" + re.escape(bytes(range(0x80, 0xA0)).decode("cp1252", "ignore")) + "]"
)
_VNI_HARD_RE = re.compile(_char_class(_VNI_HARD))
_VNI_SEQUENCE_RE = re.compile("[aeiouyAEIOUY][ùøûõïÙØÛÕÏâÂêÊ]|[ñÑ]")
# Letters only Unicode Vietnamese has (ă ơ ư đ, precomposed tones, combining marks): a cell with
# one is Unicode even inside a legacy sheet; a stray "ŭ" in an ethnic name is not such proof.
_VIETNAMESE_UNICODE_RE = re.compile(
    "[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0323]"
)
# Words: runs of letters plus the legacy characters that decode to letters (TCVN3 uses
# symbols such as § « ¬ and the soft hyphen for letters).
_TCVN3_WORD_RE = re.compile(
    r"(?:[^\W\d_]|" + _char_class(_TCVN3_LETTER_CODES | set(_TCVN3_TONE_MARKS)) + ")+"
)
_VNI_WORD_RE = re.compile(r"[^\W\d_]+")
_MIN_SHARE = 0.6  # share of changed words that must become valid syllables
_KNOWN_SHARE = 0.5  # the same when the sheet is known legacy (ethnic names: "Choáh", "Môl")
# Markers that are ordinary letters of other European languages: one of them alone in a
# word that happens to decode to a syllable ("Søn", "Loïc") is not proof of legacy text.
_FOREIGN_LETTERS = frozenset("ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿŒœŠšŸŽžƒ")
# TCVN3 writes many lowercase letters with uppercase Latin-1 codes ("NghÜa", "mÊt").
_CASE_ANOMALY_RE = re.compile("[a-z\u00df-\u00ff][\u00c0-\u00de]")


@lru_cache(maxsize=1 << 16)
def _word_verdict(word: str, vni: bool) -> int:
    """Judge one word's decoding: 1 = evidence, -1 = counter-evidence, 0 = says nothing."""
    converted = vni_to_unicode(word) if vni else tcvn3_to_unicode(word)
    if converted == word:
        return 0
    if not is_vietnamese_syllable(converted):
        return -1
    return 0 if is_vietnamese_syllable(word) else 1  # valid either way ("hoà"): neutral


def _converts(word: str, vni: bool) -> bool:
    """True when decoding changes the word."""
    return (vni_to_unicode(word) if vni else tcvn3_to_unicode(word)) != word


def _legacy_score(text: str, vni: bool, *, known: bool = False) -> float:
    """Score how strongly decoding turns the words of ``text`` into Vietnamese (0 = no).

    With ``known`` (the caller knows the file's encoding) the word evidence alone decides;
    otherwise a hard marker and a distinctive clue are required too.
    """
    word_re, hard = (_VNI_WORD_RE, _VNI_HARD) if vni else (_TCVN3_WORD_RE, _TCVN3_HARD)
    evidence = counter = 0.0
    legacy_chars = 0
    words = [w for w in word_re.findall(text) if len(w) >= 2]  # lone "×", "«" prove nothing
    # a mark only legacy text has, inside a word ("Xaõ", "oâ", "Ñir"; TCVN3 "§¾k", "C«ng")
    marked = bool(_VNI_SEQUENCE_RE.search(text)) if vni else any(set(w) & hard for w in words)
    has_hard = has_full = distinctive = False
    for word in words:
        verdict = _word_verdict(word, vni)
        if verdict < 0:
            counter += 1.0 if len(word) >= 3 else 0.5
        if verdict == 0 and known and marked and _converts(word, vni):
            evidence += 0.5  # valid either way ("Sôn"), but the sheet is legacy and so is the cell
        if verdict <= 0:
            continue
        markers = [c for c in word if c in hard]
        # Two-letter words are weak evidence ("µm", "Öl") unless they hold a symbol ("®i").
        full = len(word) >= 3 or any(not c.isalpha() for c in markers)
        evidence += 1.0 if full else 0.5
        has_hard = has_hard or bool(markers)
        has_full = has_full or full
        legacy_chars += sum(not c.isascii() for c in word)
        distinctive = (
            distinctive
            or any(c not in _FOREIGN_LETTERS for c in markers)  # "§", "«", "µ" inside a word
            or _CASE_ANOMALY_RE.search(word) is not None  # TCVN3 "NghÜa", "mÊt"
        )
    # A single foreign letter in the whole text ("Søn", "Loïc") is not enough.
    distinctive = distinctive or legacy_chars >= 2
    if known and evidence > 0 and evidence >= _KNOWN_SHARE * (evidence + counter):
        return evidence
    if (
        has_hard
        and has_full
        and distinctive
        and evidence >= 1.0
        and evidence >= _MIN_SHARE * (evidence + counter)
    ):
        return evidence
    return 0.0


def detect_legacy_encoding(text: str) -> str | None:
    """Return "tcvn3", "vni" or None for a cell, so only real legacy text gets converted."""
    if not isinstance(text, str) or text.isascii() or _CANDIDATE_RE.search(text) is None:
        return None  # the common case: no character that only legacy text would contain
    if _NOT_LEGACY_RE.search(text):
        return None
    tcvn3 = _legacy_score(text, vni=False)
    vni = _legacy_score(text, vni=True) if _VNI_HARD_RE.search(text) else 0.0
    if tcvn3 == vni == 0.0:
        return None
    return "tcvn3" if tcvn3 >= vni else "vni"


_CONVERTERS: dict[str, Callable[[str], str]] = {"tcvn3": tcvn3_to_unicode, "vni": vni_to_unicode}


def fix_legacy_encoding(text: str) -> str:
    """Convert a TCVN3/VNI cell to Unicode and leave anything else unchanged, idempotently."""
    encoding = detect_legacy_encoding(text)
    if encoding is None:
        return text
    fixed = _CONVERTERS[encoding](text)
    # A real conversion yields clean Unicode; if the result still looks legacy the
    # decision was unsound, so keep the cell as is (this also makes fix idempotent).
    return text if detect_legacy_encoding(fixed) is not None else fixed


def fix_known_legacy_encoding(text: str, encoding: str) -> str:
    """Convert a cell of a file known to be "tcvn3"/"vni" unless the cell reads as Unicode."""
    if encoding not in _CONVERTERS:
        raise ValueError(f"unknown legacy encoding {encoding!r}; expected 'tcvn3' or 'vni'")
    if not isinstance(text, str) or text.isascii() or _VIETNAMESE_UNICODE_RE.search(text):
        return text
    vni = encoding == "vni"
    if _legacy_score(text, vni, known=True) == 0.0:
        return text
    fixed = _CONVERTERS[encoding](text)
    # Same guard as fix_legacy_encoding, so the function is idempotent: the result must read
    # as Unicode (it has a letter only Unicode Vietnamese has, or no longer looks legacy).
    if _VIETNAMESE_UNICODE_RE.search(fixed) or _legacy_score(fixed, vni, known=True) == 0.0:
        return fixed
    return text
