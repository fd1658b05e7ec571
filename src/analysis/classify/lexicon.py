"""The analysts' lexicon: terms per theme and stance cues, matched with negation and contrast.

The terms live in `data/lexicon.csv` (kind, label, term, weight) so analysts can read and extend
them. Texts with diacritics are matched with diacritics (so "chùa" is not "chưa"); texts typed
without them are matched on folded terms. Matching is leftmost-longest on whole words and, when
the text's tokens are given, on token boundaries ("điện" is not found inside "điện thoại").
`ignore` lines name longer words that merely contain a term ("Thiếu tá" is a rank, not "thiếu").

Scope rules, read as an analyst would: a problem under negation or resolution is good news
("không còn trộm cắp", "tình trạng trộm cắp đã được giải quyết"); praise under negation is a
complaint ("dân không yên tâm"); good-news
words after a request are a wish, not a result ("cần chấm dứt tình trạng…").
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path

from analysis.core.text import fold, has_diacritics
from analysis.core.vocabulary import Vocabulary, stances, themes, vocabulary

KINDS = ("theme", "stance", "negation", "resolution", "contrast", "ignore")
NEGATION_SCOPE_WORDS = 6
REQUEST_REACH = 24  # characters after a request cue in which good-news words are only a wish
_NEGATORS = frozenset({"không", "chưa", "chẳng", "chả", "ko", "khong", "chang", "chua"})


@dataclass(frozen=True)
class Entry:
    """One line of the lexicon."""

    kind: str
    label: str
    term: str
    weight: float


@dataclass(frozen=True)
class Hit:
    """A lexicon term found in a text, with the words as they stand there."""

    entry: Entry
    start: int
    end: int
    words: str
    negated: bool = False
    after_contrast: bool = False


@dataclass
class LexiconMatch:
    """Scores per theme and stance from the lexicon, and the hits behind them."""

    hits: list[Hit] = field(default_factory=list)
    theme_scores: dict[str, float] = field(default_factory=dict)
    stance_scores: dict[str, float] = field(default_factory=dict)
    criticism_after_contrast: bool = False
    negated_problems: int = 0
    tail_stance_scores: dict[str, float] = field(default_factory=dict)  # in the last sentence

    def evidence(self, kind: str, label: str) -> list[str]:
        """Distinct words that supported `label`, in text order."""
        words: list[str] = []
        for hit in self.hits:
            wanted = hit.entry.kind == kind and hit.entry.label == label and not hit.negated
            if wanted and hit.words not in words:
                words.append(hit.words)
        return words


_paths: list[Path] = []


def lexicon_path() -> Path:
    """The lexicon in force: the one set by `use_lexicon`, else the shipped one."""
    return _paths[-1] if _paths else _shipped_lexicon()


@cache
def _shipped_lexicon() -> Path:
    """The lexicon shipped in the package (looked up once: it is asked for on every match)."""
    return Path(str(resources.files("analysis").joinpath("data", "lexicon.csv")))


@contextmanager
def use_lexicon(path: Path) -> Iterator[None]:
    """Match with another lexicon file inside a `with` block (tests, a province's variant)."""
    _paths.append(path)
    try:
        yield
    finally:
        _paths.pop()


def load_lexicon() -> list[Entry]:
    """Every entry of the lexicon in force, checked against the vocabulary's keys."""
    return _read(lexicon_path(), vocabulary())


@cache
def _read(path: Path, known: Vocabulary) -> list[Entry]:
    """A lexicon file's entries; a label outside the vocabulary stops with its line."""
    entries = []
    with open(path, encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            entry = Entry(row["kind"], row["label"], row["term"].strip(), float(row["weight"]))
            valid = known.keys("theme") if entry.kind == "theme" else known.keys("stance")
            if entry.kind == "ignore":
                valid = ("",)
            if entry.kind not in KINDS or entry.label not in valid:
                raise ValueError(f"{path.name} dòng {line}: nhãn không hợp lệ {row}")
            entries.append(entry)
    return entries


def _compiled(folded: bool, of_themes: bool) -> tuple[re.Pattern[str], dict[str, list[Entry]]]:
    """A whole-word regex of theme terms or of cues (longest first), and term -> entries."""
    return _compile(lexicon_path(), vocabulary(), folded, of_themes)


@cache
def _compile(
    path: Path, known: Vocabulary, folded: bool, of_themes: bool
) -> tuple[re.Pattern[str], dict[str, list[Entry]]]:
    """`_compiled` for one lexicon file and vocabulary (cached per pair).

    `ignore` lines take part in the matching (so the longer word wins) but carry no entries.
    """
    by_term: dict[str, list[Entry]] = defaultdict(list)
    for entry in _read(path, known):
        if (entry.kind == "theme") != of_themes and entry.kind != "ignore":
            continue
        key = fold(entry.term) if folded else entry.term.lower()
        if entry.kind == "ignore":
            by_term.setdefault(key, [])
        elif entry not in by_term[key]:
            by_term[key].append(entry)
    pattern = re.compile(r"(?<!\w)(" + (_trie_pattern(list(by_term)) or "(?!)") + r")(?!\w)")
    return pattern, dict(by_term)


def _trie_pattern(terms: list[str]) -> str:
    """One regex for many terms, as a character trie: longest first, far faster than "a|b|c".

    Optional tails are greedy, so the longest term matches unless it would end inside a word.
    """
    trie: dict = {}
    for term in terms:
        node = trie
        for character in term:
            node = node.setdefault(character, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def match(text: str, tokens: list[str] | None = None) -> LexiconMatch:
    """Theme and stance evidence in a prepared text, with negation, resolution and contrast.

    Theme terms and stance cues are matched in two passes, so "gây phiền hà" counts both as
    force-building and as criticism. With `tokens` (the text's word tokens), a term must start
    and end on token boundaries.
    """
    folded_mode = not has_diacritics(text)
    haystack = fold(text) if folded_mode else text.lower()
    # underthesea splits text typed without diacritics unreliably ("a noi"): whole words only
    aligned = not folded_mode and len(haystack) == len(text)
    on_tokens = _token_bounds(text, tokens) if aligned else None
    result = LexiconMatch(
        theme_scores=dict.fromkeys(themes(), 0.0), stance_scores=dict.fromkeys(stances(), 0.0)
    )
    for found, entries in _found(haystack, on_tokens, folded_mode, of_themes=True):
        for entry in entries:
            _add(result, Hit(entry, *found.span(), text[found.start() : found.end()]))
    negation_until = -1
    request_end = -REQUEST_REACH
    contrast_at = None
    for found, entries in _found(haystack, on_tokens, folded_mode, of_themes=False):
        start, end = found.span()
        kinds = {e.kind for e in entries}
        wished = start - request_end < REQUEST_REACH
        if "negation" in kinds and not wished:
            negation_until = _word_offset(haystack, end, NEGATION_SCOPE_WORDS)
            result.negated_problems += 1
            _resolve_backwards(result, clause_start(haystack, start))
        if "resolution" in kinds:
            _resolve_backwards(result, clause_start(haystack, start))
        if "contrast" in kinds:
            contrast_at = start
        negated = start < negation_until and "negation" not in kinds
        denied = _negator_before(haystack, start)
        for entry in entries:
            if "negation" in kinds and entry.kind == "stance":
                continue  # "giảm hẳn" is counted once, as good news
            if entry.kind == "negation" and wished:
                continue  # "cần chấm dứt tình trạng…" asks for it, it is not a result
            if entry.kind == "stance" and entry.label == "kien_nghi":
                request_end = end
            begin = start
            if entry.kind == "stance" and entry.label == "khen_ngoi" and denied:
                entry, begin = Entry("stance", "phe_binh", entry.term, entry.weight), start - denied
            _add(
                result,
                Hit(
                    entry,
                    begin,
                    end,
                    text[begin:end],
                    negated=negated and entry.label == "phe_binh",
                    after_contrast=contrast_at is not None and start > contrast_at,
                ),
            )
    result.hits.sort(key=lambda h: h.start)
    result.tail_stance_scores = _tail_scores(result, _last_sentence_start(haystack))
    return result


def clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` begins (after the last , . ; : ! or ?)."""
    marks = [text.rfind(mark, 0, position) for mark in ",.;:!?"]
    return max(marks) + 1


def _resolve_backwards(result: LexiconMatch, begins: int) -> None:
    """A problem named earlier in the clause of a resolution is solved, not a complaint.

    "Tình trạng trộm cắp đã được giải quyết": "tình trạng" no longer counts as criticism.
    """
    for index, hit in enumerate(result.hits):
        criticism = hit.entry.kind == "stance" and hit.entry.label == "phe_binh"
        if criticism and not hit.negated and hit.start >= begins:
            result.hits[index] = replace(hit, negated=True)
            result.stance_scores["phe_binh"] -= hit.entry.weight


def _last_sentence_start(text: str) -> int:
    """Where the last sentence begins: a long letter usually ends with what it wants or feels."""
    ends = [m.end() for m in re.finditer(r"[.!?;]+\s+(?=\w)", text)]
    return ends[-1] if ends else 0


def _tail_scores(result: LexiconMatch, tail_start: int) -> dict[str, float]:
    """Stance scores of the cues in the last sentence (negated problems count as good news)."""
    scores = dict.fromkeys(result.stance_scores, 0.0)
    for hit in result.hits:
        if hit.start < tail_start or hit.entry.kind in ("theme", "contrast") or hit.negated:
            continue
        label = "khen_ngoi" if hit.entry.kind != "stance" else hit.entry.label
        scores[label] += hit.entry.weight
    return scores


def on_token_bounds(found: LexiconMatch, text: str, tokens: list[str]) -> bool:
    """Whether every hit of a match made without tokens starts and ends on token boundaries.

    Lets the classifier match while the tokenizer works and re-match only the few texts where a
    term sits inside a longer word.
    """
    if not has_diacritics(text):
        return True
    bounds = _token_bounds(text, tokens)
    if bounds is None:
        return True
    return all(h.start in bounds[0] and h.end in bounds[1] for h in found.hits if not _denied(h))


def _denied(hit: Hit) -> bool:
    """A praise cue turned into criticism by a negator before it (its span starts earlier)."""
    return hit.entry.kind == "stance" and hit.words.lower() != hit.entry.term.lower()


def _found(
    haystack: str, bounds: tuple[set[int], set[int]] | None, folded: bool, of_themes: bool
) -> Iterator[tuple[re.Match[str], list[Entry]]]:
    """Matches of theme terms or cues with their entries, on token boundaries when known."""
    pattern, terms = _compiled(folded, of_themes)
    for found in pattern.finditer(haystack):
        entries = terms[found.group(1)]
        starts_ends = bounds is None or (found.start() in bounds[0] and found.end() in bounds[1])
        if entries and starts_ends:
            yield found, entries


def _negator_before(haystack: str, start: int) -> int:
    """How far back a negating word stands within two words of `start` ("không thấy hiệu quả")."""
    words = list(re.finditer(r"\w+", haystack[max(0, start - 16) : start]))[-2:]
    for word in words:
        if word.group() in _NEGATORS:
            return min(start, 16) - word.start()
    return 0


def _token_bounds(text: str, tokens: list[str] | None) -> tuple[set[int], set[int]] | None:
    """Where the text's tokens start and end, or None when the tokens do not line up with it."""
    if not tokens:
        return None
    starts, ends, position = set(), set(), 0
    for token in tokens:
        found = text.find(token, position)
        if found == -1:
            return None
        starts.add(found)
        position = found + len(token)
        ends.add(position)
    return starts, ends


def _add(result: LexiconMatch, hit: Hit) -> None:
    """Add one hit and its score: negated problems count as good news, not as criticism."""
    result.hits.append(hit)
    entry = hit.entry
    if entry.kind == "theme":
        result.theme_scores[entry.label] += entry.weight
    elif entry.kind in ("negation", "resolution"):
        result.stance_scores["khen_ngoi"] += entry.weight
    elif entry.kind == "stance" and not hit.negated:
        result.stance_scores[entry.label] += entry.weight
        if entry.label == "phe_binh" and hit.after_contrast and entry.weight >= 2:
            result.criticism_after_contrast = True


def _word_offset(text: str, start: int, words: int) -> int:
    """The position `words` words after `start` (or the end of the sentence, if sooner)."""
    position = start
    for _ in range(words):
        next_space = text.find(" ", position + 1)
        if next_space == -1:
            return len(text)
        position = next_space
    stop = re.search(r"[.;!?]", text[start:position])
    return start + stop.start() if stop else position
