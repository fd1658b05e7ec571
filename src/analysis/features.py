"""Model inputs that need no machine-learning library: token documents and lexicon scores."""

from __future__ import annotations

import math

from analysis.labels import STANCES, THEMES
from analysis.lexicon import LexiconMatch
from analysis.text import fold

LEXICON_SCALE = 0.25
_JOIN = "\x1f"


def word_document(tokens: list[str]) -> str:
    """Tokens as one folded string: "trộm cắp" -> "trom_cap", punctuation dropped."""
    words = fold(_JOIN.join(tokens)).replace(" ", "_").split(_JOIN)
    return " ".join(w for w in words if any(c.isalnum() for c in w))


def lexicon_features(match: LexiconMatch) -> list[float]:
    """The lexicon's scores as model inputs (themes, stances, contrast and negation flags)."""
    values = [match.theme_scores[k] for k in THEMES] + [match.stance_scores[k] for k in STANCES]
    values += [float(match.criticism_after_contrast), float(match.negated_problems > 0)]
    return [LEXICON_SCALE * math.log1p(v) for v in values]
