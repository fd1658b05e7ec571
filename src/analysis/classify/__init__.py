"""Classify: each opinion's theme and stance, with scores, evidence and a review flag.

`table` labels a table (cached per text, corrections applied), `hybrid` is the classifier
itself (the `lexicon` and the linear `model` over `features`), `training` fits the model,
`evaluation` measures it and `corrections` keeps analysts' fixes. Importing this package stays
light: underthesea and scikit-learn load only when a text is not in the cache.
"""

from analysis.classify.table import classify, label_texts

__all__ = ["classify", "label_texts"]
