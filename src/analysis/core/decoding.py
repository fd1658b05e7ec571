"""Bytes of a text export to text, and text that went through the wrong code page repaired.

Shared by ingest (csv/txt exports) and the corrections file (overrides.csv edited in Excel or
Notepad): UTF-8 with or without BOM, UTF-16, Windows-1258/1252, line by line when mixed.
"""

from __future__ import annotations

import codecs
import re

from analysis.core.legacy_encoding import detect_legacy_encoding

# Characters a UTF-8 byte becomes when read as Windows-1252/1258 (Ã Ä Å Æ á º » ‚ ƒ ...).
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00c6\u00e1\u0102]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u203a\u20ac\u2122]"
)


def decode_bytes(data: bytes) -> str:
    """Text of a csv/txt export: UTF-8 (with or without BOM), UTF-16, or Windows-1258/1252.

    A file whose lines were saved in different encodings (rows pasted from two sources) is
    decoded line by line. Legacy TCVN3/VNI lines are returned as their Windows-1252 reading,
    the form the legacy converters expect; plain Vietnamese ANSI lines as Windows-1258.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if _looks_like_utf16(data):
        return data.decode("utf-16-le", errors="replace")
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    foreign = b"".join(line for line in lines if not _is_utf8(line))
    single_byte = (
        "cp1252" if detect_legacy_encoding(foreign.decode("cp1252", "replace")) else "cp1258"
    )
    return "".join(
        line.decode("utf-8") if _is_utf8(line) else line.decode(single_byte, errors="replace")
        for line in lines
    )


def append_encoding(data: bytes) -> str:
    """The encoding to append lines to a file holding `data` in: its own for UTF-16, else UTF-8.

    An ANSI file gets UTF-8 lines: `decode_bytes` reads such a mixed file line by line.
    """
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    if data.startswith(codecs.BOM_UTF16_LE) or _looks_like_utf16(data):
        return "utf-16-le"
    return "utf-8"


def _is_utf8(line: bytes) -> bool:
    """True when the bytes are valid UTF-8."""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 LE without a BOM: most odd bytes are zero in ASCII-heavy text."""
    sample = data[:4000]
    return len(sample) >= 4 and sample[1::2].count(0) > 0.4 * (len(sample) // 2)


def _as_code_page(text: str, code_page: str) -> bytes | None:
    """The bytes `text` came from when read in `code_page` (undefined bytes read as Latin-1)."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode(code_page)
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                return None
            out.append(ord(char))
    return bytes(out)


def repair_mojibake(text: str) -> str | None:
    """UTF-8 text that was read as Windows-1252/1258 ("Ä\x90á»\x81 nghá»‹"), repaired; else None.

    Only text holding the telltale pairs and whose bytes decode as valid UTF-8 is repaired, so
    real Vietnamese or Western text is never touched.
    """
    if not _MOJIBAKE_HINT.search(text):
        return None
    for code_page in ("cp1252", "cp1258"):
        data = _as_code_page(text, code_page)
        if data is None:
            continue
        try:
            repaired = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if repaired != text and not any("\x80" <= c <= "\x9f" for c in repaired):
            return repaired
    return None
