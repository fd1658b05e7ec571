"""The data files inside underthesea that the project reads, named in one place.

underthesea ships its tone-mark tables, stopword lists and address mapping as package data
without a public function for them; if an upgrade moves them, this is the one file to change.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from underthesea.pipeline.text_normalize.text_normalizer import character_map, token_map

__all__ = ["address_mapping", "character_map", "dictionary_words", "stopword_files", "token_map"]


@cache
def address_mapping() -> dict:
    """The address mapping: the old 63 provinces with districts, the new 34 with communes."""
    source = resources.files("underthesea.address").joinpath("data", "mapping.json")
    return json.loads(source.read_text(encoding="utf-8"))


def stopword_files() -> list[Traversable]:
    """underthesea's Vietnamese stopword lists."""
    lists = resources.files("underthesea").joinpath("datasets", "stopwords")
    return [lists.joinpath("stopwords.txt"), lists.joinpath("stopwords_dev.txt")]


@cache
def dictionary_words() -> tuple[str, ...]:
    """underthesea's Vietnamese word list (Viet74K: about 74,000 words and compounds)."""
    source = resources.files("underthesea").joinpath("corpus", "data", "Viet74K.txt")
    return tuple(line.strip() for line in source.read_text(encoding="utf-8").splitlines() if line)
