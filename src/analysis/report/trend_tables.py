"""The year's recurring problems, emerging terms and unfit opinions, made fit for the meeting pack.

The trends stage (`analysis.trends`) finds them; the orchestrators (steps, notebook) compute its
`YearTrends` once and pass it in, and `trend_tables` turns it once into what every output shows:
the chains that reach the year (promised-but-unsolved first) with a masked quote each, their
opinions and answers masked, the emerging terms with masked example opinions, the unfit groups,
and the counts the texts quote. The report stage never imports the trends stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from analysis.core.vocabulary import vocabulary
from analysis.report.display import ReadableTable
from analysis.report.facts import YearFacts
from analysis.report.numbers import decimal, integer
from analysis.report.privacy import for_meeting, mask_personal_data
from analysis.report.tables import source_note

if TYPE_CHECKING:
    from analysis.trends import YearTrends

PRAISE = "khen_ngoi"
QUOTE_CHARACTERS = 200  # a chain's quote in the briefing
EXAMPLE_CHARACTERS = 220  # an example opinion in a workbook cell
YES, NO = "Có", "Không"
CHAINS_SHEET = "Vấn đề lặp lại"
MEMBERS_SHEET = "Ý kiến lặp lại"
TERMS_SHEET = "Từ ngữ mới nổi"
GROUPS_SHEET = "Ý kiến chưa rõ chủ đề"
PROMISED = "Đã hứa, chưa giải quyết"
SIGNIFICANT_Z = 1.96  # a rise at the 5% level


@dataclass
class TrendTables:
    """What the pack shows of the year's trends, every opinion and answer masked.

    `chains`: the chains that reach the year, promised-but-unsolved first (engine's chain_id
    kept, so every output names a chain alike), with `theme_name` and `quote`
    (one masked opinion of the year).
    `members`: their opinions, `text` and `response` masked. `terms`: emerging terms,
    `examples` a list of masked opinions. `groups`: unfit groups, `examples` masked, `themes`
    as names. `compared`: the year has earlier years to compare with.
    """

    year: int
    chains: pd.DataFrame
    members: pd.DataFrame
    terms: pd.DataFrame
    groups: pd.DataFrame
    compared: bool
    earlier: int  # chains that stopped before the year
    unfit: int  # the year's opinions that fit no theme well
    grouped: int  # ... of them in a group
    terms_note: str
    source: str

    @property
    def promised(self) -> pd.DataFrame:
        """The chains flagged "đã hứa, chưa giải quyết"."""
        return self.chains[self.chains["promised_unsolved"].astype(bool)]

    @property
    def resolved(self) -> pd.DataFrame:
        """The chains whose opinions of the year only praise that the problem is solved."""
        return self.chains[self.chains["resolved"].astype(bool)]

    def chain_years(self) -> pd.DataFrame:
        """Opinions per chain and year, chains in display order (the timeline chart's table)."""
        columns = ["chain_id", "year", "opinions", "area", "theme", "promised_unsolved"]
        table = pd.DataFrame(columns=columns)
        if len(self.chains):
            counts = self.members.groupby(["chain_id", "year"]).size().rename("opinions")
            order = {chain: rank for rank, chain in enumerate(self.chains["chain_id"])}
            table = counts.reset_index().merge(self.chains[["chain_id", *columns[3:]]])
            table = table.assign(rank=table["chain_id"].map(order)).sort_values(["rank", "year"])
            table = table.drop(columns="rank").reset_index(drop=True)
        table.attrs.update(year=self.year, source=self.source, chains=len(self.chains))
        return table

    def terms_table(self) -> pd.DataFrame:
        """The emerging terms with the year and the comparison in `attrs` (the chart's table)."""
        table = self.terms.drop(columns="examples")
        table.attrs.update(year=self.year, source=self.source, note=self.terms_note)
        return table


def trend_tables(found: YearTrends, classified: pd.DataFrame) -> TrendTables:
    """The year's trends for meetings: chains reaching the year, terms and groups, all masked.

    `classified` holds the opinions the trends were found in (their speakers help mask them).
    """
    year = found.year
    upto = classified[classified["year"] <= year]
    speakers = _speakers(upto)
    all_chains = found.chains.chains
    reaching = all_chains[all_chains["reaches_year"].astype(bool)]  # .reaching() fails when empty
    members = found.chains.members[found.chains.members["chain_id"].isin(reaching["chain_id"])]
    members = members.assign(
        text=_masked(members, speakers), response=members["response"].fillna("").map(for_meeting)
    ).reset_index(drop=True)
    wanted = {i for ids in [*found.terms["examples"], *found.groups["examples"]] for i in
              str(ids or "").split(", ")}  # fmt: skip
    examples = upto[upto["record_id"].isin(wanted)]
    texts = dict(zip(examples["record_id"], _masked(examples, speakers), strict=True))
    return TrendTables(
        year=year,
        chains=_chains(reaching, members, year),
        members=members,
        terms=_with_examples(found.terms, texts, "term"),
        groups=_groups(found.groups, texts),
        compared=bool((upto["year"] < year).any()),
        earlier=len(all_chains) - len(reaching),
        unfit=int(found.groups.attrs.get("unfit", 0)),
        grouped=int(found.groups.attrs.get("grouped", 0)),
        terms_note=_counts_written(found.terms.attrs),
        source=source_note(upto),
    )


def _counts_written(attrs: dict) -> str:
    """The terms' comparison note with its opinion counts written as Vietnamese readers do."""
    note = str(attrs.get("note", ""))
    for key in ("opinions", "opinions_before"):
        if key in attrs:
            count = int(attrs[key])
            note = note.replace(f"({count} ý kiến)", f"({integer(count)} ý kiến)")
    return note


def _speakers(frame: pd.DataFrame) -> dict[str, str]:
    """record_id -> speaker as recorded ("" when the table has none)."""
    if "speaker" not in frame:
        return {}
    return dict(zip(frame["record_id"], frame["speaker"].fillna("").astype(str), strict=True))


def _masked(frame: pd.DataFrame, speakers: dict[str, str]) -> list[str]:
    """The opinions' texts fit for a meeting, each speaker's name masked too."""
    pairs = zip(frame["text"], frame["record_id"], strict=True)
    return [for_meeting(text, speakers.get(record, "")) for text, record in pairs]


def _chains(reaching: pd.DataFrame, members: pd.DataFrame, year: int) -> pd.DataFrame:
    """The chains in display order, each with its theme's name and a quote of the year."""
    themes = vocabulary().names("theme")
    quotes = {chain: _quote(part, year) for chain, part in members.groupby("chain_id")}
    table = reaching.assign(
        theme_name=reaching["theme"].map(lambda k: themes.get(k, k)),
        evidence=reaching["evidence"].fillna("").map(mask_personal_data),
        quote=reaching["chain_id"].map(lambda chain: quotes.get(chain, "")),
    )
    table = table.sort_values(["promised_unsolved", "chain_id"], ascending=[False, True])
    return table.reset_index(drop=True)


def _quote(members: pd.DataFrame, year: int) -> str:
    """One masked opinion of the year from the chain, shortened: one raising the problem first."""
    now = members[members["year"] == year]
    raising = now[now["stance"] != PRAISE]
    first = (raising if len(raising) else now).iloc[0]
    return shorten(first["text"], QUOTE_CHARACTERS)


def shorten(text: str, limit: int) -> str:
    """The text cut at a word boundary to at most `limit` characters, "…" when cut."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"


def _examples(ids: str, texts: dict[str, str]) -> list[str]:
    """The masked, shortened opinions of ", "-joined record ids."""
    found = [texts[i] for i in str(ids or "").split(", ") if i in texts]
    return [shorten(t, EXAMPLE_CHARACTERS) for t in found]


def _with_examples(table: pd.DataFrame, texts: dict[str, str], words: str) -> pd.DataFrame:
    """The table with `examples` as masked opinions and its word column masked too."""
    out = table.copy()
    out["examples"] = [_examples(ids, texts) for ids in table["examples"]]
    out[words] = out[words].fillna("").map(mask_personal_data)
    return out


def _groups(groups: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """The unfit groups with masked examples and the themes the classifier gave, as names."""
    names = vocabulary().names("theme")
    out = _with_examples(groups, texts, "terms")
    out["themes"] = [
        ", ".join(names.get(k, k) for k in str(keys).split("; ") if k) for keys in out["themes"]
    ]
    return out.drop(columns="record_ids", errors="ignore")


# ---------------------------------------------------------------- figures and sentences


def add_facts(facts: YearFacts, tables: TrendTables) -> None:
    """The counts the texts quote about trends, into the year's key figures ("Tổng hợp")."""
    year = tables.year
    if tables.compared:
        facts.add("recurring", f"Số vấn đề được nêu lặp lại qua các năm, có ý kiến năm {year}",
                  len(tables.chains))  # fmt: skip
        facts.add("promised_unsolved", f"Trong đó: {PROMISED.lower()}", len(tables.promised))
        facts.add("recurring_resolved", f"Trong đó: năm {year} nhân dân ghi nhận đã giải quyết",
                  len(tables.resolved))  # fmt: skip
        facts.add("recurring_opinions", f"Số ý kiến năm {year} thuộc các vấn đề lặp lại",
                  int((tables.members["year"] == year).sum()))  # fmt: skip
        facts.add("recurring_earlier", f"Số vấn đề lặp lại ở các năm trước, không còn được nêu "
                  f"năm {year}", tables.earlier)  # fmt: skip
        facts.add("emerging_terms", f"Số từ ngữ mới nổi năm {year} được liệt kê", len(tables.terms))
    facts.add("unfit", f"Số ý kiến năm {year} chưa khớp rõ chủ đề nào", tables.unfit)
    facts.add("unfit_grouped", "Trong đó: số ý kiến gom được thành nhóm", tables.grouped)
    facts.add("unfit_groups", "Số nhóm ý kiến chưa rõ chủ đề", len(tables.groups))


def recurring_sentence(tables: TrendTables) -> str:
    """What recurs in the year, in one or two sentences (or why nothing can)."""
    year = tables.year
    if not tables.compared:
        return (
            f"Năm {year} là năm đầu tiên có dữ liệu: chưa có năm trước để đối chiếu vấn đề lặp "
            "lại và từ ngữ mới nổi."
        )
    count = len(tables.chains)
    if not count:
        text = (
            f"Không có vấn đề nào được nêu lại tại cùng địa bàn qua hai năm trở lên có ý kiến "
            f"năm {year}."
        )
    else:
        text = (
            f"{integer(count)} vấn đề được nêu lại tại cùng địa bàn qua hai năm trở lên, có ý "
            f"kiến năm {year}; trong đó {integer(len(tables.promised))} vấn đề đã được trả lời "
            f"hứa xem xét, giải quyết nhưng vẫn được nêu lại ({PROMISED.lower()})."
        )
    if tables.earlier:
        text += (
            f" {integer(tables.earlier)} vấn đề từng được nêu lặp lại ở các năm trước không còn "
            f"được nêu trong năm {year}."
        )
    return text


def unfit_sentence(tables: TrendTables) -> str:
    """How many opinions fit no theme well and how they group."""
    if not tables.unfit:
        return f"Mọi ý kiến năm {tables.year} đều khớp rõ một chủ đề."
    text = f"{integer(tables.unfit)} ý kiến năm {tables.year} chưa khớp rõ chủ đề nào"
    if not len(tables.groups):
        return text + "; không có nhóm ý kiến nào có nội dung gần nhau."
    first = tables.groups.iloc[0]["terms"].split("; ")[:3]
    return text + (
        f"; {integer(tables.grouped)} ý kiến trong số đó gom được thành "
        f"{integer(len(tables.groups))} nhóm có nội dung gần nhau (nhóm lớn nhất: "
        f"{', '.join(first)}), gợi ý vấn đề mới cần theo dõi."
    )


def no_terms_sentence(tables: TrendTables) -> str:
    """Why the terms list is empty."""
    if not tables.compared:
        return f"Năm {tables.year} chưa có năm trước để so sánh."
    return "Không có từ ngữ nào được dùng nhiều hơn rõ rệt so với các năm trước."


# ---------------------------------------------------------------- workbook sheets


@dataclass
class TrendSheet:
    """A workbook sheet of the trends: its name, its table and a note under it."""

    name: str
    table: ReadableTable
    note: str


def workbook_sheets(tables: TrendTables) -> list[TrendSheet]:
    """The four trend sheets, Vietnamese headers; an empty table says so in its first row."""
    return [
        TrendSheet(CHAINS_SHEET, _chains_sheet(tables), recurring_sentence(tables)),
        TrendSheet(MEMBERS_SHEET, _members_sheet(tables), _members_note()),
        TrendSheet(TERMS_SHEET, _terms_sheet(tables), _terms_note(tables)),
        TrendSheet(GROUPS_SHEET, _groups_sheet(tables), unfit_sentence(tables)),
    ]


def _yes(flag: object) -> str:
    return YES if bool(flag) else NO


def _empty(columns: list[str], message: str) -> pd.DataFrame:
    """A table of these columns with one row saying why it is empty."""
    return pd.DataFrame([[message] + [None] * (len(columns) - 1)], columns=columns)


def chains_frame(tables: TrendTables) -> pd.DataFrame:
    """One row per chain reaching the year, Vietnamese headers (sheet and notebook)."""
    chains = tables.chains
    return pd.DataFrame(
        {
            "Chuỗi": chains["chain_id"],
            "Địa bàn": chains["area"],
            "Các năm": chains["years"],
            "Số năm": chains["n_years"],
            "Chủ đề": chains["theme_name"],
            "Số ý kiến": chains["n_opinions"],
            "Từ chung": chains["evidence"],
            PROMISED: chains["promised_unsolved"].map(_yes),
            f"Năm {tables.year} ghi nhận đã giải quyết": chains["resolved"].map(_yes),
            f"Ý kiến tiêu biểu (năm {tables.year}, đã che thông tin cá nhân)": chains["quote"],
        }
    )


def members_frame(tables: TrendTables, chain_ids: list[int] | None = None) -> pd.DataFrame:
    """The chains' opinions and answers year by year, masked (sheet and notebook)."""
    members = tables.members
    if chain_ids is not None:
        members = members[members["chain_id"].isin(chain_ids)]
    order = {chain: rank for rank, chain in enumerate(tables.chains["chain_id"])}
    members = members.assign(rank=members["chain_id"].map(order))
    members = members.sort_values(["rank", "year"], kind="stable")
    names = vocabulary().names
    return pd.DataFrame(
        {
            "Chuỗi": members["chain_id"],
            "Năm": members["year"],
            "Địa bàn": members["area"],
            "Lập trường": members["stance"].map(names("stance")),
            "Ý kiến (đã che thông tin cá nhân)": members["text"],
            "Trả lời (đã che thông tin cá nhân)": members["response"].replace("", "(chưa có)"),
            "Hình thức trả lời": members["response_timing"].map(names("response_timing")),
            "Trả lời có hứa": members["promise"].map(_yes),
        }
    ).reset_index(drop=True)


def terms_frame(tables: TrendTables) -> pd.DataFrame:
    """The emerging terms with counts, shares and masked examples (sheet and notebook)."""
    terms, year = tables.terms, tables.year
    return pd.DataFrame(
        {
            "Từ ngữ": terms["term"],
            "z": terms["z"],
            f"Số ý kiến năm {year}": terms["count"],
            f"Tỉ lệ năm {year}": terms["share"],
            "Số ý kiến các năm trước": terms["count_before"],
            "Tỉ lệ các năm trước": terms["share_before"],
            "Ý kiến ví dụ (đã che thông tin cá nhân)": terms["examples"].map(_numbered),
        }
    )


def groups_frame(tables: TrendTables) -> pd.DataFrame:
    """The unfit groups with their typical words and masked examples (sheet and notebook)."""
    groups = tables.groups
    return pd.DataFrame(
        {
            "Nhóm": groups["group_id"],
            "Số ý kiến": groups["size"],
            "Từ đặc trưng": groups["terms"],
            "Chủ đề máy đã gán": groups["themes"],
            "Ý kiến ví dụ (đã che thông tin cá nhân)": groups["examples"].map(_numbered),
        }
    )


def _numbered(texts: list[str]) -> str:
    """Example opinions in one cell, one per line: "1) …"."""
    return "\n".join(f"{n}) {t}" for n, t in enumerate(texts, start=1))


def _chains_sheet(tables: TrendTables) -> ReadableTable:
    frame = chains_frame(tables)
    if frame.empty:
        frame = _empty(list(frame.columns), recurring_sentence(tables))
    return ReadableTable(frame, set(), {"Chuỗi", "Số năm", "Số ý kiến"})


def _members_sheet(tables: TrendTables) -> ReadableTable:
    frame = members_frame(tables)
    if frame.empty:
        frame = _empty(list(frame.columns), "Không có vấn đề lặp lại nào có ý kiến năm này.")
    return ReadableTable(frame, set(), {"Chuỗi"})


def _terms_sheet(tables: TrendTables) -> ReadableTable:
    frame = terms_frame(tables)
    counts = {c for c in frame.columns if c.startswith("Số ý kiến")}
    shares = {c for c in frame.columns if c.startswith("Tỉ lệ")}
    if frame.empty:
        frame = _empty(list(frame.columns), no_terms_sentence(tables))
    return ReadableTable(frame, shares, counts)


def _groups_sheet(tables: TrendTables) -> ReadableTable:
    frame = groups_frame(tables)
    if frame.empty:
        frame = _empty(list(frame.columns), unfit_sentence(tables))
    return ReadableTable(frame, set(), {"Nhóm", "Số ý kiến"})


def _members_note() -> str:
    return (
        "Ý kiến và trả lời từng năm của các vấn đề ở trang “Vấn đề lặp lại”; đã lược lời giới "
        "thiệu người phát biểu, che tên người, số điện thoại, số giấy tờ, biển số xe, địa chỉ."
    )


def _terms_note(tables: TrendTables) -> str:
    if not tables.compared:
        return no_terms_sentence(tables)
    return (
        f"{tables.terms_note} z: mức tăng của tỉ lệ dùng từ so với các năm trước (log-odds, "
        f"tiên nghiệm Dirichlet); z từ {decimal(SIGNIFICANT_Z, 2)} trở lên là tăng rõ rệt (mức "
        "ý nghĩa 5%)."
    )
