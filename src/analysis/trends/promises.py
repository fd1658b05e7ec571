"""Does an answer promise something ("sẽ kiểm tra", "tiếp thu", "chỉ đạo … xác minh")?

The markers are data, `data/promise_markers.csv` (kind, marker, note): `promise` phrases, and
`not_promise` phrases removed first because they merely contain a marker ("cảm ơn", "sẽ tiếp
tục phát huy"). Matched on whole words without diacritics; "…" in a marker allows up to six
words in between.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

from analysis.core.text import fold

MARKERS_FILE = "promise_markers.csv"
_GAP = r"(?:\s+\S+){0,6}?\s+"


def _pattern(markers: list[str]) -> re.Pattern[str]:
    """One regex for the folded markers, whole words, "…" as a short gap."""
    parts = []
    for marker in sorted(markers, key=len, reverse=True):
        pieces = [re.escape(fold(p).strip()) for p in marker.split("…")]
        parts.append(_GAP.join(p.replace(r"\ ", r"\s+") for p in pieces))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The promise pattern and the not-a-promise pattern, read once from the data file."""
    source = resources.files("analysis").joinpath("data", MARKERS_FILE)
    with source.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_kind = {
        kind: [r["marker"] for r in rows if r["kind"] == kind]
        for kind in ("promise", "not_promise")
    }
    return _pattern(by_kind["promise"]), _pattern(by_kind["not_promise"])


def is_promise(response: str) -> bool:
    """True when the answer promises an action or a look into the matter."""
    promise, not_promise = _patterns()
    return bool(promise.search(not_promise.sub(" ", fold(response or ""))))
