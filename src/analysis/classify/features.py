"""Model inputs that need no machine-learning library: token documents and lexicon scores."""

from __future__ import annotations

import math

from analysis.classify.lexicon import LexiconMatch
from analysis.core.text import fold

LEXICON_SCALE = 0.25
_JOIN = "\x1f"


def word_document(tokens: list[str]) -> str:
    """Tokens as one folded string: "trộm cắp" -> "trom_cap", punctuation dropped."""
    words = fold(_JOIN.join(tokens)).replace(" ", "_").split(_JOIN)
    return " ".join(w for w in words if any(c.isalnum() for c in w))


def lexicon_features(match: LexiconMatch, labels: tuple[list[str], ...]) -> list[float]:
    """The lexicon's scores as model inputs: themes, stances, two flags, last-sentence stances.

    `labels` names the themes, the stances and (for models trained with it) the stances scored
    on the last sentence alone, where a long letter says what it wants.
    """
    theme_keys, stance_keys, *tail = labels
    values = [match.theme_scores.get(k, 0.0) for k in theme_keys]
    values += [match.stance_scores.get(k, 0.0) for k in stance_keys]
    values += [float(match.criticism_after_contrast), float(match.negated_problems > 0)]
    values += [match.tail_stance_scores.get(k, 0.0) for k in (tail[0] if tail else [])]
    return [LEXICON_SCALE * math.log1p(v) for v in values]
