"""Theme and stance of texts, with scores, evidence and a flag when unsure.

The lexicon finds the words an analyst would point at and applies negation and contrast; the
linear model, which also sees the lexicon's scores, weighs them against phrasing the lexicon
lacks. The guide's precedence rule (a shortcoming after praise makes it criticism) is applied
last, and analysts' corrections override everything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from analysis.classify import lexicon as lexicon_module
from analysis.classify.features import lexicon_features, word_document
from analysis.core.cache import Cache
from analysis.core.preprocess import prepare
from analysis.core.schemas import LABEL_COLUMNS
from analysis.core.text import fold
from analysis.core.tokens import TokenJob, content_word, function_word
from analysis.core.vocabulary import stances, themes

if TYPE_CHECKING:  # scikit-learn is imported only once tokenizing has started
    from analysis.classify.model import LinearModel

# review when the two most probable labels are this close; calibrated on cross-validated real
# training opinions (page-grouped folds, scripts/cv_real.py)
REVIEW_THEME_MARGIN = 0.25
REVIEW_STANCE_MARGIN = 0.45
PROBLEM_AT = 3  # lexicon criticism score from which a request is about an existing problem
PROBLEM_P = 0.15  # ...when the model gives criticism at least this probability
NARRATIVE_FROM_WORDS = 6  # words of narrative before a closing request, to read them on their own
NARRATIVE_PROBLEM_P = 0.6  # the narrative alone reads as criticism: the request is about a problem
FALLBACK_THEME = "khac"  # the guide's theme for an opinion that names no other
EVIDENCE_WORDS = 4


@dataclass
class Prepared:
    """Everything the model and the rules need about a set of distinct texts."""

    texts: list[str]
    tokens: list[list[str]]
    matches: list[lexicon_module.LexiconMatch]

    @property
    def documents(self) -> list[str]:
        """Token documents for the word features."""
        return [word_document(t) for t in self.tokens]

    def lexicon_rows(self, labels: tuple[list[str], ...]) -> list[list[float]]:
        """Lexicon features per text, for the model's theme and stance inputs."""
        return [lexicon_features(m, labels) for m in self.matches]


def prepare_texts(raw_texts: list[str], cache: Cache | None = None) -> Prepared:
    """Prepare, tokenize (cached, in parallel when many) and lexicon-match texts (for training)."""
    texts = [prepare(t) for t in raw_texts]
    job = TokenJob(texts, cache)
    matches = [lexicon_module.match(t) for t in texts]  # while the workers tokenize
    tokens = job.result()
    return Prepared(texts, tokens, _on_tokens(texts, tokens, matches))


def _on_tokens(
    texts: list[str], tokens: list[list[str]], matches: list[lexicon_module.LexiconMatch]
) -> list[lexicon_module.LexiconMatch]:
    """The matches, re-made on tokens where a term was found inside a longer word."""
    return [
        found
        if lexicon_module.on_token_bounds(found, text, words)
        else lexicon_module.match(text, words)
        for text, words, found in zip(texts, tokens, matches, strict=True)
    ]


def lexicon_labels(match: lexicon_module.LexiconMatch) -> tuple[str, str]:
    """The lexicon's own decision, by the guide's precedence; used to flag disagreements."""
    scores = match.theme_scores
    theme = max(scores, key=scores.get) if max(scores.values()) > 0 else FALLBACK_THEME
    stance_scores = match.stance_scores
    if match.criticism_after_contrast or stance_scores["phe_binh"] >= 3:
        stance = "phe_binh"
    elif stance_scores["khen_ngoi"] >= 2:
        stance = "khen_ngoi"
    else:
        stance = "kien_nghi"
    return theme, stance


def _existing_problem(
    match: lexicon_module.LexiconMatch, stance: str, problem_p: float, narrative_p: float
) -> bool:
    """The guide's precedence: a shortcoming after praise, or a request about a problem that exists.

    "Đề nghị xử lý tình trạng … vẫn còn" reports the problem although it starts with a request;
    the model must see some criticism too (`problem_p`), as cues can mislead ("bi mat" = "bí mật").
    A letter that narrates a problem and ends asking is criticism when its narrative, read on its
    own, is (`narrative_p`).
    """
    if match.criticism_after_contrast:
        return True
    if stance != "kien_nghi":
        return False
    cued = match.stance_scores["phe_binh"] >= PROBLEM_AT and problem_p >= PROBLEM_P
    return cued or narrative_p >= NARRATIVE_PROBLEM_P


def _narrative_cut(text: str, match: lexicon_module.LexiconMatch) -> int:
    """Where the closing request's clause begins after a narrative, or 0 when there is none."""
    requests = [
        hit.start
        for hit in match.hits
        if hit.entry.kind == "stance" and hit.entry.label == "kien_nghi" and not hit.negated
    ]
    if not requests:
        return 0
    cut = lexicon_module.clause_start(text, requests[-1])
    return cut if len(text[:cut].split()) >= NARRATIVE_FROM_WORDS else 0


def _tokens_before(text: str, tokens: list[str], cut: int) -> list[str]:
    """The text's tokens that end before `cut` (as far as they line up with the text)."""
    kept, position = [], 0
    for token in tokens:
        found = text.find(token, position)
        if found == -1 or found + len(token) > cut:
            break
        kept.append(token)
        position = found + len(token)
    return kept


def _narrative_problem_p(
    prepared: Prepared, requests: list[int], model: LinearModel
) -> dict[int, float]:
    """For texts read as requests, the criticism probability of the narrative before the request.

    Reuses the texts' tokens (no second tokenizing) and reads only the few texts concerned.
    """
    from analysis.classify.model import Inputs

    cuts = {i: _narrative_cut(prepared.texts[i], prepared.matches[i]) for i in requests}
    read = [i for i, cut in cuts.items() if cut]
    if not read:
        return {}
    bodies = [prepared.texts[i][: cuts[i]] for i in read]
    tokens = [_tokens_before(prepared.texts[i], prepared.tokens[i], cuts[i]) for i in read]
    matches = [lexicon_module.match(b, t) for b, t in zip(bodies, tokens, strict=True)]
    lexicon = [lexicon_features(m, model.lexicon_labels) for m in matches]
    inputs = Inputs([word_document(t) for t in tokens], bodies, lexicon)
    _, stance_p = model.probabilities(inputs)
    column = list(stances()).index("phe_binh")
    return {i: float(p[column]) for i, p in zip(read, stance_p, strict=True)}


def _evidence(
    tokens: list[str],
    match: lexicon_module.LexiconMatch,
    theme: str,
    stance: str,
    weights: dict[str, dict[str, Callable[[str], float]]],
) -> str:
    """The words that support the chosen theme and stance, as they appear in the text."""
    parts = []
    for kind, label, names in (("theme", theme, themes()), ("stance", stance, stances())):
        words = [w for w in match.evidence(kind, label) if not function_word(w)]
        if kind == "stance" and label == "khen_ngoi":
            words = (
                match.evidence("negation", "khen_ngoi")
                + match.evidence("resolution", "khen_ngoi")
                + words
            )
        if not words:
            words = _model_words(tokens, weights[kind][label])
        shown = ", ".join(words[:EVIDENCE_WORDS]) or "(không có từ khóa rõ)"
        parts.append(f"{names[label]}: {shown}")
    return " | ".join(parts)


def _model_words(tokens: list[str], weight: Callable[[str], float]) -> list[str]:
    """The text's own content words that weigh most for a label in the model."""
    scored = {}
    for token in filter(content_word, tokens):
        weight_of = weight(fold(token).replace(" ", "_"))
        if weight_of > 0.3 and token not in scored:
            scored[token] = weight_of
    return sorted(scored, key=scored.get, reverse=True)


def _margin(probabilities: np.ndarray) -> float:
    """The gap between the two most probable labels: small when the model hesitates."""
    top = np.sort(probabilities)
    return float(top[-1] - top[-2])


def classify_texts(
    raw_texts: list[str], model: LinearModel | None = None, cache: Cache | None = None
) -> pd.DataFrame:
    """theme, stance, scores, evidence and needs_review for each text (distinct texts once).

    The worker processes tokenize while this process matches the lexicon, loads the model and
    computes the character features, so the machine's cores are busy together; the few texts
    where a term sits inside a longer token are then matched again on their tokens.
    """
    unique = list(dict.fromkeys(raw_texts))
    texts = [prepare(t) for t in unique]
    job = TokenJob(texts, cache)
    matches = [lexicon_module.match(t) for t in texts]
    from analysis.classify.model import Inputs, load_model

    if model is None:
        model = load_model()
    char_part = model.features.char_part(texts)
    tokens = job.result()
    prepared = Prepared(texts, tokens, _on_tokens(texts, tokens, matches))
    lexicon = prepared.lexicon_rows(model.lexicon_labels)
    inputs = Inputs(prepared.documents, prepared.texts, lexicon, char_part)
    theme_p, stance_p = model.probabilities(inputs)
    theme_keys, stance_keys = list(themes()), list(stances())
    requests = [i for i, p in enumerate(stance_p) if stance_keys[int(np.argmax(p))] == "kien_nghi"]
    narrative_p = _narrative_problem_p(prepared, requests, model)
    weights = {
        "theme": {k: model.word_weight("theme", k) for k in theme_keys},
        "stance": {k: model.word_weight("stance", k) for k in stance_keys},
    }
    rows = []
    for i, text in enumerate(prepared.texts):
        match = prepared.matches[i]
        theme = theme_keys[int(np.argmax(theme_p[i]))]
        stance = stance_keys[int(np.argmax(stance_p[i]))]
        theme_score = float(theme_p[i].max())
        stance_score = float(stance_p[i].max())
        problem_p = float(stance_p[i][stance_keys.index("phe_binh")])
        narrative = narrative_p.get(i, 0.0)
        if _existing_problem(match, stance, problem_p, narrative) and stance != "phe_binh":
            stance, stance_score = "phe_binh", max(problem_p, narrative)
        unsure = (
            _margin(theme_p[i]) < REVIEW_THEME_MARGIN or _margin(stance_p[i]) < REVIEW_STANCE_MARGIN
        )
        if not text.strip():
            theme, stance, unsure = FALLBACK_THEME, "kien_nghi", True
        rows.append(
            {
                "theme": theme,
                "stance": stance,
                "theme_score": round(theme_score, 3),
                "stance_score": round(stance_score, 3),
                "evidence": _evidence(prepared.tokens[i], match, theme, stance, weights),
                "needs_review": bool(unsure),
            }
        )
    by_text = dict(zip(unique, rows, strict=True))
    return pd.DataFrame([by_text[t] for t in raw_texts], columns=list(LABEL_COLUMNS))
