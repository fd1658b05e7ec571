"""Planted truth of the synthetic sample: problems that come back across years, and a new one.

The generator draws every other opinion from generic situations, so the same kind of complaint
turns up anywhere by chance; measuring recurring and emerging issues (issue #13) needs problems
known to come back. data/planted.json holds hand-written stories:

- chains: one specific local problem (a named karaoke bar, a river bend where sand is dredged, a
  bridge) raised in the same commune (on today's map) in two to four years of 2022-2026, reworded
  by different speakers, with what the police answered each time (a promise, an action, an
  explanation); the last member of some is praise that the problem is solved (role "solved");
- an emerging topic: a new kind of problem raised across the former Đắk Nông in 2026, with one
  first sign in 2025, sharing a few key terms;
- hard negatives: the same kind of problem in another commune, another problem in a chain's
  commune, the same problem twice in one year.

Each planted opinion is written from a random stream of its own (speaker, opening, answer
prefix, cell spellings) and added to its conference's rows by generate.py after the export's
defects are in, so the rest of the sample keeps its rows. Its keys go to the manifest (situation,
chain, chain_role, emerging); `truth_document` writes the story-level truth (sample_planted.json).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from analysis.core.underthesea_data import address_mapping
from tools.sample.opinions import (
    AT_CONFERENCE,
    IN_WRITING,
    MERGER_DATE,
    SampleOpinion,
    conference_setting,
    draft_in,
)
from tools.sample.tables import Situation, load

if TYPE_CHECKING:
    from tools.sample.generate import Conference

AREA = "Tỉnh Đắk Nông"  # the former province with earlier years of data
MODES = {"tai_hoi_nghi": AT_CONFERENCE, "sau_hoi_nghi": IN_WRITING, "": ""}
PROMISE = "promise"
RAISED, SOLVED = "raised", "solved"
KINDS = (("chain", "chains"), ("emerging", "emerging"), ("negative", "negatives"))


@dataclass(frozen=True)
class Member:
    """One planted opinion: where and when, who, what was said and what was answered."""

    year: int
    commune: str  # as named before the reform (communes that kept their name: either)
    village: str
    group: str
    stance: str
    text: str
    response: str = ""
    mode: str = ""  # response timing key: tai_hoi_nghi, sau_hoi_nghi, or none
    answer: str = ""  # promise, action, explain, thanks, or none
    role: str = ""  # chains: raised or solved
    intro: str = ""  # the speaker's introduction before the text: named, anonymous, or none
    typed: str = ""  # bare (typed without diacritics), nfd, or as written


@dataclass(frozen=True)
class Story:
    """A chain, the emerging topic or a hard negative, with its members in year order."""

    kind: str
    key: str
    situation: str
    theme: str
    members: tuple[Member, ...]
    area: str = AREA
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Planted:
    """One planted opinion ready to be placed: its conference, its stream, its manifest keys."""

    index: int  # of the conference in the year's list
    opinion: SampleOpinion
    truth: dict[str, str]
    typed: str
    stream: str


def load_stories() -> tuple[Story, ...]:
    """The stories of data/planted.json."""
    data = load("planted")
    stories = []
    for kind, group in KINDS:
        for raw in data[group]:
            details = dict(raw)
            members = tuple(Member(**m) for m in details.pop("members"))
            key, situation = details.pop("id"), details.pop("situation")
            theme, area = details.pop("theme"), details.pop("area", AREA)
            stories.append(Story(kind, key, situation, theme, members, area, details))
    return tuple(stories)


STORIES = load_stories()


@cache
def current_commune(name: str, area: str) -> str:
    """The commune `name` (old or new, of the former province `area`) is part of since the
    1 July 2025 reform; the planted communes were chosen among those not split."""
    records = [r for r in address_mapping()["ward_mapping"] if r["old_province"] == area]
    if any(r["new_ward"] == name for r in records):
        return name
    targets = {r["new_ward"] for r in records if r["old_ward"] == name}
    if len(targets) != 1:
        raise ValueError(f"{name} ({area}) maps to {sorted(targets)}, not to one commune")
    return targets.pop()


def plant(seed: int, year: int, conferences: Sequence[Conference]) -> list[Planted]:
    """The planted opinions of `year`, each at the conference that heard its commune (none when
    this seed planned no such conference, e.g. another commune police in 2026)."""
    planted = []
    for story in STORIES:
        for number, member in enumerate(story.members):
            place = _conference_of(member, story.area, conferences) if member.year == year else None
            if place is None:
                continue
            index, commune = place
            stream = f"{seed}:planted:{story.key}:{number}"
            rng = random.Random(stream)
            opinion = write_member(rng, story, member, conferences[index], commune)
            truth = {"planted": f"{story.key}/{number}", "chain_role": member.role}
            truth |= {"response": opinion.response}
            truth |= {"chain" if story.kind == "chain" else story.kind: story.key}
            planted.append(Planted(index, opinion, truth, member.typed, stream))
    return planted


def _conference_of(
    member: Member, area: str, conferences: Sequence[Conference]
) -> tuple[int, str] | None:
    """The index of the conference whose communes include the member's (as named on its date),
    with that name."""
    today = current_commune(member.commune, area)
    for index, conference in enumerate(conferences):
        named = member.commune if conference.date < MERGER_DATE else today
        if conference.former_province == area and named in conference.communes:
            return index, named
    return None


def write_member(
    rng: random.Random, story: Story, member: Member, conference: Conference, commune: str
) -> SampleOpinion:
    """The member as the minutes record it: a speaker of its group, sometimes introduced, and
    the answer with who gave it when the minutes say so."""
    district = conference.home or conference.district
    setting = conference_setting(conference.year, district, conference.date)
    draft = draft_in(rng, setting, commune, member.village, [member.village])
    speaker = draft.pick_speaker(Situation(story.situation, story.theme, who=(member.group,)))
    text = member.text
    if member.intro:
        text = draft.intro(text, member.stance, speaker, named=member.intro == "named") + text
    mode = MODES[member.mode]
    response = draft.answer_prefix(mode) + member.response if member.response else ""
    return SampleOpinion(
        speaker=speaker.name,
        speaker_group=speaker.group,
        commune=commune,
        village=member.village,
        text=unicodedata.normalize("NFC", text),
        response=unicodedata.normalize("NFC", response),
        response_mode=mode,
        theme=story.theme,
        stance=member.stance,
        situation=story.situation,
    )


# ---------------------------------------------------------------- the story-level truth


def truth_document(records: list[dict[str, str]], encodings: Mapping[str, str]) -> dict[str, Any]:
    """Chains, emerging topics and hard negatives as placed: where each member landed (file,
    sheet, row), its commune then and now, how it is typed and what was answered; `encodings`
    names the encoding of each 'file|sheet'."""
    placed = {r["planted"]: r for r in records if r.get("planted")}
    document: dict[str, Any] = {"about": ABOUT, "chains": {}, "emerging": {}, "negatives": {}}
    for story in STORIES:
        members = [
            _member_truth(story, member, placed[ref], encodings)
            for number, member in enumerate(story.members)
            if (ref := f"{story.key}/{number}") in placed
        ]
        if not members:
            continue
        years = sorted({m["year"] for m in members})
        head: dict[str, Any] = {"situation": story.situation, "theme": story.theme}
        head["years"] = years
        if story.kind == "emerging":
            counts = {str(y): sum(m["year"] == y for m in members) for y in years}
            head |= {"year": story.details["year"], "terms": list(story.details["terms"])}
            head |= {"areas": [story.area], "counts": counts}
        else:
            head |= {
                "commune_current": members[0]["commune_current"],
                "former_province": story.area,
            }
        if story.kind == "chain":
            head |= promise_flags([m for m in story.members if m.year in years])
        if story.kind == "negative":
            head |= {"kind": story.details["kind"], "like": story.details["like"]}
            head |= {"why": story.details["why"]}
        else:
            head |= {"problem": story.details["problem"]}
        group = {"chain": "chains", "emerging": "emerging", "negative": "negatives"}[story.kind]
        document[group][story.key] = head | {"members": members}
    return document


def promise_flags(members: Sequence[Member]) -> dict[str, bool]:
    """Whether an answer promised ('sẽ', 'tiếp thu'), whether the problem was raised again after
    a promise, whether the last member says it is solved, and so whether the chain is
    'đã hứa, chưa giải quyết' (came back after a promise and not solved since)."""
    promised = [i for i, m in enumerate(members[:-1]) if m.answer == PROMISE]
    came_back = any(m.role == RAISED for m in members[promised[0] + 1 :]) if promised else False
    solved = members[-1].role == SOLVED
    return {
        "promised": bool(promised),
        "came_back_after_promise": came_back,
        "solved": solved,
        "promised_unsolved": came_back and not solved,
    }


def _member_truth(
    story: Story, member: Member, record: dict[str, str], encodings: Mapping[str, str]
) -> dict[str, Any]:
    """One member's truth: its row, year, commune as named and on today's map, stance, role,
    answer, and how its file and row are encoded."""
    where = f"{record['source_file']}|{record['source_sheet']}"
    truth: dict[str, Any] = {
        "source_file": record["source_file"],
        "source_sheet": record["source_sheet"],
        "source_row": int(record["source_row"]),
        "year": int(record["year"]),
        "commune": record["commune"],
        "commune_current": current_commune(member.commune, story.area),
        "district": record["district"],
        "stance": member.stance,
    }
    if story.kind == "chain":
        truth["role"] = member.role
    truth |= {"answer": member.answer, "response_timing": member.mode or "chua_tra_loi"}
    truth |= {"response": record["response"]}
    truth |= {"encoding": encodings[where], "typed": member.typed or "as_written"}
    return truth


ABOUT = {
    "what": (
        "Planted truth of the synthetic sample (tools/sample/planted.py, data/planted.json). "
        "Rows are matched to processed opinions by source_file, source_sheet, source_row; the "
        "manifest marks them with situation (a planted_* key), chain, chain_role and emerging."
    ),
    "chain": (
        "The opinions raising one specific local problem in one commune on today's map "
        "(commune_current) in two or more years. A later praise that the problem is solved is a "
        "member with role 'solved'. promised_unsolved: an earlier answer promised ('sẽ', 'tiếp "
        "thu'), the problem was raised again in a later year, and no member says it is solved."
    ),
    "emerging": (
        "A kind of problem absent before (one first sign the year before) and raised across "
        "the former Đắk Nông in its year; compare that area with its earlier years (the other "
        "former provinces have no earlier data). terms: at most 3, as an analyst would list them."
    ),
    "negatives": (
        "Planted opinions that must not chain: kind same_kind_other_commune (like a chain's "
        "problem, in another commune and year), other_problem_same_commune (a chain's commune "
        "and place words, another problem), same_problem_same_year (raised twice in one year)."
    ),
    "encodings": (
        "encoding names how a member's table stores its text (csv cp1258, txt utf-16 old_tones, "
        "xlsx...); typed: as_written, bare (no diacritics) or nfd. The TCVN3 sheet of 2026 "
        "holds the former Lâm Đồng, which has no earlier years, so no chain can reach it; a "
        "hard negative (N02) is there."
    ),
    "scoring": (
        "Opinions of the generator's generic situations (situation keys without 'planted_') are "
        "not planted: two of the same situation in one commune in two years are neither a hit "
        "nor a false alarm. A predicted chain that joins a hard negative to a chain, or members "
        "of two different planted stories, is a false alarm."
    ),
}
