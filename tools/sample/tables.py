"""Read the synthetic sample's phrase tables from the data files in tools/sample/data/.

The words and numbers of the generator are data, kept out of the Python so the modules hold
only logic and a writer can change a phrasing without touching code:

- situations.json: per theme key, the kinds of opinion ("situations"): phrasings per stance
  (`bad` criticism, `good` praise, `ask` proposal) in the `[a|b]`/`{slot}` grammar of
  opinions.py, police replies (a 'BAD:' or 'ASK:' prefix keeps a reply to that stance), and
  where and when each comes up (year profile, district weights, area, usual speakers, stance
  tilt, first date, weight);
- weights.json: year profiles (one weight per year 2019..2025, later years as 2025), theme and
  speaker-group weights, the share of women per group and how often the minutes record an answer;
- names.json: invented personal names per people, clergy names, police ranks, companies;
- places.json: roads, landmarks, markets, crops, villages and peoples of each district unit
  (after the reform, of the areas of the new Lâm Đồng: Đà Lạt, Bảo Lộc, Phan Thiết...);
- phrases.json: roles, openings, verbs, praise leads, closings, contact notes, police answers;
- slots.json: police unit names, the laws in force by date and other `{slot}` fillers;
- exports.json: how each year's file is laid out (sheets, columns, spellings, defects);
- planted.json: hand-written stories planted in the sample (planted.py): recurring chains, an
  emerging topic, hard negatives;
- raw_readme.md: the README written into data/raw (`{layouts}` lists the files).

Every list keeps its order on purpose: the random draws index into it, so moving one entry
changes the whole sample. Lists are read as tuples.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data")


def _frozen(value: Any) -> Any:
    """JSON lists as tuples, all the way down."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    return value


def load(name: str) -> Any:
    """One JSON file of the data folder, lists read as tuples."""
    return _frozen(json.loads((DATA / f"{name}.json").read_text(encoding="utf-8")))


def readme_template() -> str:
    """The data/raw README with a `{layouts}` placeholder for the table of files."""
    return (DATA / "raw_readme.md").read_text(encoding="utf-8")


WEIGHTS = load("weights")
NAMES = load("names")
PLACES = load("places")
PHRASES = load("phrases")
SLOTS = load("slots")
EXPORTS = load("exports")
FLAT = WEIGHTS["year_profiles"]["flat"]


@dataclass(frozen=True)
class Situation:
    """One kind of opinion: phrasings per stance, police replies, and where and when it comes up."""

    key: str
    theme: str
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    ask: tuple[str, ...] = ()
    reply: tuple[str, ...] = ()
    years: tuple[float, ...] = FLAT
    where: Mapping[str, float] = field(default_factory=dict)
    area: str = "any"  # "rural"/"urban": x0.25 elsewhere; "commune_only": never in phường, thị trấn
    who: tuple[str, ...] = ()
    tilt: tuple[float, float, float] = (1.0, 1.0, 1.0)
    start: dt.date | None = None
    weight: float = 1.0


@dataclass(frozen=True)
class DistrictColour:
    """Roads, places, crops, peoples and theme leanings of one district unit."""

    roads: tuple[str, ...]
    landmarks: tuple[str, ...]
    markets: tuple[str, ...]
    crops: tuple[str, ...]
    lakes: tuple[str, ...]
    mines: tuple[str, ...]
    gates: tuple[str, ...]
    bons: tuple[str, ...]
    peoples: Mapping[str, float]
    native: tuple[str, ...]
    themes: Mapping[str, float] = field(default_factory=dict)
    thon: tuple[str, ...] = ()  # named villages; places.json "named_thon" when empty


def _situation(theme: str, raw: dict[str, Any]) -> Situation:
    """A situation record: a named year profile resolved, the start date parsed."""
    fields = dict(raw)
    if isinstance(fields.get("years"), str):
        fields["years"] = WEIGHTS["year_profiles"][fields["years"]]
    if "start" in fields:
        fields["start"] = dt.date.fromisoformat(fields["start"])
    return Situation(theme=theme, **fields)


SITUATIONS: dict[str, tuple[Situation, ...]] = {
    theme: tuple(_situation(theme, s) for s in items) for theme, items in load("situations").items()
}
DISTRICT_COLOUR = {k: DistrictColour(**v) for k, v in PLACES["districts"].items()}
GENERIC_COLOUR = DistrictColour(**PLACES["generic"])
