"""The year's key figures, computed once: what the summary, the Word report and the workbook say.

Every number a sentence of the meeting pack quotes is a `Fact` here, so the workbook's
"Tổng hợp" sheet holds each of them and the texts never compute a number of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.core.vocabulary import response_timings, stances, themes
from analysis.report import tables
from analysis.report.numbers import integer, percent

ANSWERED = ("tai_hoi_nghi", "sau_hoi_nghi")


@dataclass(frozen=True)
class Fact:
    """One named figure: a count or a share (0-1) of a stated base."""

    label: str
    value: float
    is_share: bool = False

    @property
    def text(self) -> str:
        """The value as a Vietnamese reader writes it: "1.615" or "23,1%"."""
        return percent(self.value) if self.is_share else integer(self.value)


@dataclass
class YearFacts:
    """The key figures of one year, with the year before where there is one."""

    year: int
    facts: dict[str, Fact] = field(default_factory=dict)
    top_themes: list[str] = field(default_factory=list)
    most_criticised: list[str] = field(default_factory=list)
    most_praised: list[str] = field(default_factory=list)
    rising: list[str] = field(default_factory=list)
    falling: list[str] = field(default_factory=list)
    has_previous: bool = False
    has_delegates: bool = False

    def add(self, key: str, label: str, value: float, is_share: bool = False) -> None:
        """Record a figure under a key."""
        self.facts[key] = Fact(label, float(value), is_share)

    def __getitem__(self, key: str) -> str:
        """The figure's text, for sentences."""
        return self.facts[key].text

    def value(self, key: str) -> float:
        """The figure's value."""
        return self.facts[key].value

    def table(self) -> pd.DataFrame:
        """Every figure as a row: what it is and its value (for the workbook)."""
        return pd.DataFrame(
            {
                "Chỉ tiêu": [f.label for f in self.facts.values()],
                "Giá trị": [f.value for f in self.facts.values()],
                "Loại": ["tỉ lệ" if f.is_share else "số" for f in self.facts.values()],
            }
        )


def year_facts(classified: pd.DataFrame, conferences: pd.DataFrame, year: int) -> YearFacts:
    """The key figures of `year` from the classified opinions and the conferences."""
    now = classified[classified["year"] == year]
    before = classified[classified["year"] == year - 1]
    confs = conferences[conferences["year"] == year]
    facts = YearFacts(year, has_previous=len(before) > 0)
    facts.add("conferences", f"Số hội nghị năm {year}", len(confs))
    facts.add("units", f"Số đơn vị có ý kiến năm {year}", now["district"].nunique())
    facts.add("opinions", f"Số ý kiến năm {year}", len(now))
    facts.has_delegates = bool(confs["delegates"].notna().any()) if len(confs) else False
    if facts.has_delegates:
        delegates = confs["delegates"].sum()
        facts.add("delegates", f"Số đại biểu tham dự năm {year}", delegates)
    if facts.has_previous:
        facts.add("opinions_before", f"Số ý kiến năm {year - 1}", len(before))
    _theme_facts(facts, now)
    _stance_facts(facts, now, before)
    _response_facts(facts, now)
    _change_facts(facts, classified, year)
    if "needs_review" in now:
        facts.add("needs_review", "Số ý kiến máy chưa chắc chắn, cần cán bộ xem lại",
                  int(now["needs_review"].sum()))  # fmt: skip
    return facts


def _count_and_share(
    facts: YearFacts, now: pd.DataFrame, column: str, prefix: str, names: dict[str, str], what
) -> pd.Series:
    """A count and a share of all the year's opinions per label of `column`; the counts."""
    counts = now[column].value_counts().reindex(list(names), fill_value=0)
    total = max(len(now), 1)
    for key, name in names.items():
        facts.add(f"{prefix}:{key}", f"Số ý kiến {what(name)}", counts[key])
        facts.add(f"{prefix}_share:{key}", f"Tỉ lệ ý kiến {what(name)} (trên tổng số ý kiến)",
                  counts[key] / total, is_share=True)  # fmt: skip
    return counts


def _theme_facts(facts: YearFacts, now: pd.DataFrame) -> None:
    counts = _count_and_share(facts, now, "theme", "theme", themes(), lambda n: f"về {n}")
    ranked = counts[counts > 0].sort_values(ascending=False, kind="stable")
    facts.top_themes = list(ranked.index[:3])


def _stance_facts(facts: YearFacts, now: pd.DataFrame, before: pd.DataFrame) -> None:
    _count_and_share(facts, now, "stance", "stance", stances(), str.lower)
    for stance, key_prefix, ranking in (
        ("phe_binh", "criticism_in", facts.most_criticised),
        ("khen_ngoi", "praise_in", facts.most_praised),
    ):
        per_theme = now[now["stance"] == stance]["theme"].value_counts()
        per_theme = per_theme.reindex(list(themes()), fill_value=0)
        for key, name in themes().items():
            label = f"Số ý kiến {stances()[stance].lower()} về {name}"
            facts.add(f"{key_prefix}:{key}", label, per_theme[key])
        ranked = per_theme[per_theme > 0].sort_values(ascending=False, kind="stable")
        ranking.extend(k for k in ranked.index[:2] if k != "khac")
    if len(before):
        share = (before["stance"] == "phe_binh").mean()
        label = f"Tỉ lệ ý kiến phê bình năm {facts.year - 1} (trên tổng số ý kiến năm đó)"
        facts.add("criticism_share_before", label, share, is_share=True)


def _response_facts(facts: YearFacts, now: pd.DataFrame) -> None:
    counts = _count_and_share(
        facts, now, "response_timing", "timing", response_timings(), str.lower
    )
    answered = int(sum(counts.get(k, 0) for k in ANSWERED))
    facts.add("answered", "Số ý kiến đã được trả lời (tại và sau hội nghị)", answered)
    facts.add("answered_share", "Tỉ lệ ý kiến đã được trả lời (trên tổng số ý kiến)",
              answered / max(len(now), 1), is_share=True)  # fmt: skip
    at_meeting = counts.get("tai_hoi_nghi", 0)
    facts.add("at_meeting_of_answered",
              "Tỉ lệ trả lời ngay tại hội nghị (trên số ý kiến đã được trả lời)",
              at_meeting / answered if answered else 0.0, is_share=True)  # fmt: skip


def _change_facts(facts: YearFacts, classified: pd.DataFrame, year: int) -> None:
    change = tables.criticism_change(classified, year)
    if change.empty:
        return
    for key, row in change.iterrows():
        name = themes().get(key, key)
        facts.add(f"criticism_before:{key}", f"Số ý kiến phê bình về {name} năm {year - 1}",
                  row["before"])  # fmt: skip
        facts.add(f"criticism_after:{key}", f"Số ý kiến phê bình về {name} năm {year}",
                  row["after"])  # fmt: skip
    ordered = change.sort_values("change", kind="stable")
    facts.rising = [k for k in ordered.index[::-1] if change.loc[k, "change"] > 0][:2]
    facts.falling = [k for k in ordered.index if change.loc[k, "change"] < 0][:2]


def summary_sentences(facts: YearFacts) -> list[str]:
    """Short sentences about the year, each quoting only the year's key figures."""
    year = facts.year
    first = (
        f"Năm {year} ghi nhận {facts['opinions']} ý kiến tại {facts['conferences']} hội nghị "
        f"của {facts['units']} đơn vị"
    )
    first += f", với {facts['delegates']} đại biểu tham dự." if facts.has_delegates else "."
    lines = [first]
    if facts.value("opinions") == 0:
        return lines
    top = facts.top_themes[0]
    lines.append(
        f"Chủ đề được nêu nhiều nhất: {themes()[top]} ({facts[f'theme:{top}']} ý kiến, "
        f"{facts[f'theme_share:{top}']})."
    )
    line = f"Tỉ lệ ý kiến phê bình, phản ánh hạn chế: {facts['stance_share:phe_binh']}"
    if facts.has_previous:
        line += f" (năm {year - 1}: {facts['criticism_share_before']})"
    lines.append(line + ".")
    lines.append(
        f"{facts['answered']} ý kiến ({facts['answered_share']} tổng số) đã được trả lời; "
        f"trong số ý kiến đã trả lời, {facts['at_meeting_of_answered']} được trả lời ngay "
        f"tại hội nghị (bằng {facts['timing_share:tai_hoi_nghi']} tổng số ý kiến)."
    )
    for key in facts.rising[:1]:
        lines.append(
            f"Phê bình tăng nhiều nhất ở: {themes()[key]} (từ {facts[f'criticism_before:{key}']} "
            f"lên {facts[f'criticism_after:{key}']} ý kiến)."
        )
    for key in facts.falling[:1]:
        lines.append(
            f"Phê bình giảm nhiều nhất ở: {themes()[key]} (từ {facts[f'criticism_before:{key}']} "
            f"xuống {facts[f'criticism_after:{key}']} ý kiến)."
        )
    return lines
