"""Prepare an opinion's text for matching: drop the speaker's introduction, spell out abbreviations.

Both steps keep the cue words analysts read ("phản ánh", "đề nghị") and only remove or expand
what would mislead a classifier (a speaker named "An", "CA" for công an).
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

from analysis.core.text import fold, has_diacritics, normalize_text

_TITLES = r"(?:ong|ba|anh|chi|co|chu|bac|cu|d/c|dong chi|dai bieu|db|em|thay|su|linh muc|muc su)"
_INTRO = re.compile(
    r"^\s*(?:(?:y kien|phat bieu|tham luan)(?: cua)?\s+)?"
    rf"{_TITLES}\b[^:]{{0,140}}?"
    r"(?P<verb>phan anh|de nghi|kien nghi|de xuat|cho rang|cho biet|neu y kien|neu|phat bieu|"
    r"bay to|hoi|mong muon|ghi nhan|cam on|danh gia|noi|trinh bay|tham luan|gop y|y kien)?"
    r"\s*:\s*",
)


@cache
def abbreviations() -> dict[str, str]:
    """Abbreviation -> expansion, from `data/abbreviations.csv`."""
    source = resources.files("analysis").joinpath("data", "abbreviations.csv")
    with source.open(encoding="utf-8") as handle:
        return {row["abbreviation"]: row["expansion"] for row in csv.DictReader(handle)}


@cache
def _abbreviation_pattern() -> re.Pattern[str]:
    """One regex for every abbreviation, longest first, matched as whole words, case as written."""
    keys = sorted(abbreviations(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, keys)) + r")(?!\w)")


def strip_speaker_intro(text: str) -> str:
    """Drop "Ông Nguyễn Văn A (thôn 3) phản ánh:" down to its verb, keeping what was said."""
    folded = fold(text)
    match = _INTRO.match(folded)
    if not match:
        return text
    verb = text[match.start("verb") : match.end("verb")] if match.group("verb") else ""
    return (verb + " " + text[match.end() :]).strip()


def expand_abbreviations(text: str, folded: bool = False) -> str:
    """Spell out CSGT, CCCD, CAX... (upper-case forms only, so "ca" in "ca hát" is left alone).

    With `folded`, expansions are written without diacritics, to match a text typed without them.
    """
    table = abbreviations()
    spell = (lambda m: fold(table[m.group(1)])) if folded else (lambda m: table[m.group(1)])
    return _abbreviation_pattern().sub(spell, text)


def prepare(text: str) -> str:
    """The text the classifier reads: normalised, no speaker intro, abbreviations spelled out."""
    text = strip_speaker_intro(normalize_text(text))
    return expand_abbreviations(text, folded=not has_diacritics(text))
