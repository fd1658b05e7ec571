"""The year's findings in Vietnamese for the analyst's terminal (`analysis trends`)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from analysis.core.vocabulary import vocabulary
from analysis.trends.recurring import PRAISED
from analysis.trends.year import YearTrends

PROMISED = "ĐÃ HỨA, CHƯA GIẢI QUYẾT"
RESOLVED = "đã được ghi nhận là giải quyết"


def print_trends(console: Console, found: YearTrends) -> None:
    """Chains reaching the year with their opinions and answers, emerging terms, unfit groups."""
    _print_chains(console, found)
    _print_terms(console, found)
    _print_groups(console, found)


def _print_chains(console: Console, found: YearTrends) -> None:
    """Each chain that reaches the year: a heading line, then its opinions year by year."""
    themes = vocabulary().names("theme")
    stances = vocabulary().names("stance")
    timings = vocabulary().names("response_timing")
    reaching = found.chains.reaching()
    console.rule(f"Vấn đề lặp lại qua các năm, có ý kiến năm {found.year}: {len(reaching.chains)}")
    for chain in reaching.chains.itertuples():
        flags = [PROMISED] if chain.promised_unsolved else []
        flags += [RESOLVED] if chain.resolved else []
        console.print(
            f"\n[bold]Chuỗi {chain.chain_id}[/] · {chain.area} · các năm {chain.years} · "
            f"{themes.get(chain.theme, chain.theme)}"
            + (f" · [bold red]{'; '.join(flags)}[/]" if flags else "")
        )
        console.print(f"  Từ chung: {chain.evidence or '(không có)'}")
        members = reaching.members[reaching.members["chain_id"] == chain.chain_id]
        for member in members.itertuples():
            said = stances.get(member.stance, member.stance)
            if member.role == PRAISED:
                said += ", cho biết đã giải quyết"
            console.print(f"  [cyan]{member.year}[/] ({said}): {member.text}")
            answer = member.response or "(chưa có nội dung trả lời)"
            console.print(f"      Trả lời ({timings.get(member.response_timing, '')}): {answer}")
    earlier = len(found.chains.chains) - len(reaching.chains)
    if earlier:
        console.print(f"\nNgoài ra {earlier} chuỗi lặp lại đã dừng trước năm {found.year}.")


def _print_terms(console: Console, found: YearTrends) -> None:
    """The emerging terms as a table, with what was compared."""
    console.rule(f"Từ ngữ mới nổi năm {found.year}")
    console.print(found.terms.attrs.get("note", ""))
    table = Table()
    for header in ("Từ ngữ", "z", f"Số ý kiến {found.year}", "Tỉ lệ", "Trước đó", "Tỉ lệ trước",
                   "Ý kiến ví dụ (mã)"):  # fmt: skip
        table.add_column(header, justify="left" if header.startswith(("Từ", "Ý")) else "right")
    for term in found.terms.itertuples():
        shares = (f"{term.share:.1%}", str(term.count_before), f"{term.share_before:.1%}")
        table.add_row(term.term, f"{term.z:.2f}", str(term.count), *shares, term.examples)
    console.print(table if len(found.terms) else "Không có từ ngữ nào tăng rõ rệt.")


def _print_groups(console: Console, found: YearTrends) -> None:
    """The groups of opinions that fit no theme well."""
    attrs = found.groups.attrs
    console.rule(f"Ý kiến chưa khớp chủ đề nào năm {found.year}")
    console.print(
        f"{attrs.get('unfit', 0)} ý kiến thuộc 'Khác' hoặc chủ đề không chắc chắn; "
        f"{attrs.get('grouped', 0)} ý kiến gom được thành {len(found.groups)} nhóm "
        "(gợi ý chủ đề mới hoặc từ khóa mới cho bộ từ điển)."
    )
    themes = vocabulary().short_names("theme")
    for group in found.groups.itertuples():
        given = ", ".join(themes.get(t, t) for t in group.themes.split("; "))
        console.print(
            f"  Nhóm {group.group_id} ({group.size} ý kiến; máy gán: {given}): {group.terms}"
            f"\n      Ví dụ: {group.examples}"
        )
