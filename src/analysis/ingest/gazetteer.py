"""Official district and commune names of a province, from underthesea's address data.

People type "TX Gia Nghĩa", "H. Dak Mil" or "Công an huyện Đăk Mil"; analysts need the one name
the gazetteer uses ("Thành phố Gia Nghĩa", "Huyện Đắk Mil"). Matching is on the name without its
unit prefix and without diacritics, so it works for every province in the gazetteer. Communes
named after the 1 July 2025 reform are matched against the new (merged) communes.

A province is one of the 34 current provinces (since 1 July 2025) or one of the 63 former ones.
A current province's gazetteer spans the districts of all the former provinces merged into it;
a district name that two of them share is qualified with its former province.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import get_close_matches
from functools import cache

from analysis.core.text import fold, fold_key, normalize_text
from analysis.core.underthesea_data import address_mapping

_DISTRICT_PREFIX = re.compile(
    r"^(?:cong an\s+|c\.?a\.?\s+)?"
    r"(?P<kind>thanh pho\b|t\.?p\b|thi xa\b|t\.?x\b|huyen\b|h\b|quan\b|q\b)?\.?\s*(?P<core>.*)$"
)
_COMMUNE_PREFIX = re.compile(
    r"^(?:cong an\s+|c\.?a\.?\s+)?"
    r"(?P<kind>phuong\b|p\b|xa\b|x\b|thi tran\b|t\.?t\b|dac khu\b)?\.?\s*(?P<core>.*)$"
)
_KIND_CLASS = {
    "thanh pho": "town",
    "tp": "town",
    "t.p": "town",
    "thi xa": "town",
    "tx": "town",
    "t.x": "town",
    "huyen": "rural",
    "h": "rural",
    "quan": "urban",
    "q": "urban",
}


class UnknownProvinceError(ValueError):
    """The configured province is not in the gazetteer."""


@dataclass(frozen=True)
class DistrictMatch:
    """The official district name, or why none could be chosen (in Vietnamese)."""

    name: str | None
    problem: str | None = None
    other_province: str | None = None  # the province the name belongs to instead


def _name_key(text: str) -> str:
    """Letters and digits without diacritics, y spelled i (Quý = Quí, Mỹ = Mĩ in old spelling)."""
    return fold_key(text).replace("y", "i")


def _split_district(raw: str) -> tuple[str | None, str]:
    """Split typed text into its unit class (town, rural, urban or None) and core name key."""
    match = _DISTRICT_PREFIX.match(fold(normalize_text(raw)))
    assert match is not None  # the pattern matches any string
    kind = match.group("kind")
    return (_KIND_CLASS[kind] if kind else None), _name_key(match.group("core"))


def _commune_keys(raw: str) -> list[str]:
    """Name keys of a commune: without its xã/phường/thị trấn prefix, then as typed."""
    folded = fold(normalize_text(raw))
    match = _COMMUNE_PREFIX.match(folded)
    assert match is not None
    return [_name_key(match.group("core")), _name_key(folded)]


def _commune_index(table: dict[str, list[str]]) -> dict[str, dict[str, str]]:
    """Per district, commune name key (without prefix) -> official name."""
    return {
        district: {_commune_keys(name)[0]: name for name in names}
        for district, names in table.items()
    }


@dataclass
class Gazetteer:
    """District and commune names of a province (all its former provinces' districts)."""

    province: str
    province_key: str
    districts: list[str]
    old_communes: dict[str, list[str]]
    new_communes: dict[str, list[str]]
    former_province: dict[str, str] = field(default_factory=dict)  # district -> its province
    successors: dict[tuple[str, str], str] = field(default_factory=dict)  # (district, old) -> new
    scope: Province | None = None
    _district_index: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _commune_indexes: dict[bool, dict[str, dict[str, str]]] = field(
        default_factory=dict, repr=False
    )
    _elsewhere: dict[str, str] = field(default_factory=dict, repr=False)

    def match_district(self, raw: str) -> DistrictMatch:
        """The official district name for any typed spelling, or the reason it has none."""
        text = normalize_text(raw)
        if not text:
            return DistrictMatch(None, "thiếu tên đơn vị (huyện, thị xã, thành phố)")
        qualifier = _QUALIFIER.search(text)
        text_bare = _QUALIFIER.sub("", text) if qualifier else text
        kind, core = _split_district(text_bare)
        candidates = self._district_index.get(core) or self._district_index.get(
            _name_key(text_bare), []
        )
        if len(candidates) > 1 and qualifier:  # "Huyện Châu Thành (Sóc Trăng)"
            wanted = _province_key(qualifier.group(0).strip(" ()"))
            candidates = [
                c for c in candidates if _province_key(self.former_province.get(c, "")) == wanted
            ] or candidates
        if len(candidates) > 1 and kind:
            candidates = [
                c for c in candidates if _split_district(_QUALIFIER.sub("", c))[0] == kind
            ] or candidates
        if len(candidates) == 1:
            return DistrictMatch(candidates[0])
        if len(candidates) > 1:
            names = ", ".join(candidates)
            return DistrictMatch(None, f"tên đơn vị '{text}' không rõ là {names}")
        other = self._elsewhere.get(core)
        if other:
            problem = f"đơn vị '{text}' không thuộc {self.province} ({other})"
            return DistrictMatch(None, problem, other_province=other)
        return DistrictMatch(None, f"không nhận ra đơn vị '{text}' trong {self.province}")

    def match_commune(self, raw: str, district: str | None, after_reform: bool) -> str | None:
        """The official commune named in `raw` (e.g. "thôn 3, xã Đắk Lao"), or None.

        After 1 July 2025 the new merged communes are tried first, before that the old ones;
        the district's own communes come before the rest of the province. A name with a dash
        of its own ("Phường Xuân Hương - Đà Lạt") is tried whole after its parts; an old name
        typed after the reform gives the new commune it became, when it became only one.
        """
        if not self._commune_indexes:
            self._commune_indexes[False] = _commune_index(self.old_communes)
            self._commune_indexes[True] = _commune_index(self.new_communes)
        parts = [p for p in re.split(r"[,;/\-–]", normalize_text(raw)) if p.strip()]
        keys = [key for part in reversed(parts) for key in _commune_keys(part)]
        keys += [k for i in range(len(parts) - 1) for k in _commune_keys(" ".join(parts[i:]))]
        for reform in (after_reform, not after_reform):
            index = self._commune_indexes[reform]
            for pool_district in [district or "", *self.districts]:
                pool = index.get(pool_district, {})
                found = next((pool[k] for k in keys if k in pool), None)
                if found and after_reform and not reform:
                    return self.successors.get((pool_district, found), found)
                if found:
                    return found
        return None

    def former_districts(self, new_commune: str) -> list[str]:
        """The pre-2025 districts whose communes were merged into `new_commune`."""
        return [d for d in self.districts if new_commune in self.new_communes.get(d, [])]

    def current_commune(self, commune: str | None, district: str, after_reform: bool) -> str | None:
        """The commune (xã, phường, đặc khu) a record's place belongs to since 1 July 2025.

        A commune named before the reform gives the one it was merged into; one that was split
        between several gives None rather than a guess.
        """
        if not commune or after_reform:
            return commune
        for pool in dict.fromkeys([district, *self.districts]):
            if (pool, commune) in self.successors:
                return self.successors[(pool, commune)]
            if commune in self.old_communes.get(pool, []):
                return None  # divided between several new communes
        return commune if any(commune in names for names in self.new_communes.values()) else None

    def province_of(self, district: str, commune_now: str | None) -> str:
        """The former (pre-2025) province of a record: its district's, or its new commune's."""
        if district in self.former_province:
            return self.former_province[district]
        provinces = {self.former_province[d] for d in self.former_districts(commune_now or "")}
        return provinces.pop() if len(provinces) == 1 else ""


@dataclass(frozen=True)
class Province:
    """A province as configured: one of the 34 current ones, or one of the 63 former ones."""

    name: str  # official name, e.g. "Tỉnh Lâm Đồng"
    key: str
    current: bool  # True: the province since 1 July 2025; False: a pre-2025 province
    former_keys: tuple[str, ...]  # the pre-2025 provinces it covers (itself when former)

    @property
    def label(self) -> str:
        """The name shown to users; a former province that shares a current name says "(cũ)"."""
        if not self.current and _province_key(self.name) in _current_keys():
            return f"{self.name} (cũ)"
        return self.name


_QUALIFIER = re.compile(r"\s*\([^)]*\)$")  # "Huyện Châu Thành (Sóc Trăng)" -> its former province
_FORMER_MARK = re.compile(r"\(?\s*c(?:u|ũ)\s*\)?\s*$", re.IGNORECASE)


_PROVINCE_ALIASES = {"thuathienhue": "hue", "tphcm": "hochiminh", "saigon": "hochiminh"}


def _province_key(typed: str) -> str:
    """Letters of a province name without diacritics or its Tỉnh / Thành phố prefix."""
    key = re.sub(r"^(tinh|thanhpho|tp)", "", fold_key(normalize_text(typed)))
    return _PROVINCE_ALIASES.get(key, key)


@cache
def _current_keys() -> dict[str, str]:
    """Name key -> key of each of the 34 current provinces."""
    return {_province_key(i["short"]): k for k, i in address_mapping()["province_names"].items()}


@cache
def _former_keys() -> dict[str, str]:
    """Name key -> key of each of the 63 former provinces."""
    names = address_mapping()["old_province_names"]
    return {_province_key(i["short"]): k for k, i in names.items()}


def resolve_province(typed: str, former: bool = False) -> Province:
    """The province named by `typed`, however it is typed ("Lâm Đồng", "tinh dak nong").

    A name that is both a current and a former province means the current one, unless
    `former` is set or the name ends with "(cũ)" ("Lâm Đồng (cũ)").
    """
    text = normalize_text(typed)
    former = former or bool(_FORMER_MARK.search(fold(text)))
    wanted = _province_key(_FORMER_MARK.sub("", fold(text)))
    mapping = address_mapping()
    if not former and wanted in _current_keys():
        key = _current_keys()[wanted]
        merged = sorted(old for old, new in mapping["province_mapping"].items() if new == key)
        return Province(mapping["province_names"][key]["name"], key, True, tuple(merged))
    if wanted in _former_keys():
        key = _former_keys()[wanted]
        return Province(mapping["old_province_names"][key]["name"], key, False, (key,))
    known = [i["short"] for i in mapping["old_province_names"].values()]
    close = get_close_matches(text, known, n=3, cutoff=0.6)
    hint = f" Có phải: {', '.join(close)}?" if close else ""
    raise UnknownProvinceError(
        f"Không tìm thấy tỉnh '{typed}' trong danh mục hành chính của underthesea "
        f"(34 tỉnh, thành phố hiện nay và 63 tỉnh, thành phố trước 01/7/2025).{hint}"
    )


def current_province_of(former_name: str) -> str:
    """The current province a former one belongs to: "Tỉnh Đắk Nông" -> "Tỉnh Lâm Đồng"."""
    mapping = address_mapping()
    key = _former_keys().get(_province_key(former_name), "")
    new = mapping["province_mapping"].get(key, "")
    return mapping["province_names"][new]["name"] if new else ""


def province_names() -> list[str]:
    """Official names of the 63 pre-2025 provinces the gazetteer knows."""
    return sorted(info["name"] for info in address_mapping()["old_province_names"].values())


def current_province_names() -> list[str]:
    """Official names of the 34 provinces since 1 July 2025."""
    return sorted(info["name"] for info in address_mapping()["province_names"].values())


@cache
def load_gazetteer(province: str, former: bool = False) -> Gazetteer:
    """The gazetteer of `province` (current or former, typed any way; see `resolve_province`)."""
    scope = resolve_province(province, former)
    records = address_mapping()["ward_mapping"]
    names = {
        (r["old_province_key"], r["old_district"])
        for r in records
        if r["old_province_key"] in scope.former_keys
    }
    shared = {d for d in {d for _, d in names} if sum(1 for _, e in names if e == d) > 1}
    old_communes: dict[str, list[str]] = defaultdict(list)
    new_communes: dict[str, list[str]] = defaultdict(list)
    former_province: dict[str, str] = {}
    successors: dict[tuple[str, str], set[str]] = defaultdict(set)
    elsewhere: dict[str, str] = {}
    for record in records:
        district = record["old_district"]
        if not district:
            continue
        if record["old_province_key"] not in scope.former_keys:
            elsewhere.setdefault(_split_district(district)[1], record["old_province"])
            continue
        if district in shared:
            district = f"{district} ({_short_province(record['old_province'])})"
        former_province[district] = record["old_province"]
        successors[(district, record["old_ward"])].add(record["new_ward"])
        for table, name in ((old_communes, record["old_ward"]), (new_communes, record["new_ward"])):
            if name and name not in table[district]:
                table[district].append(name)
    districts = sorted(old_communes)
    index: dict[str, list[str]] = defaultdict(list)
    for district in districts:
        index[_split_district(_QUALIFIER.sub("", district))[1]].append(district)
    return Gazetteer(
        province=scope.label,
        province_key=scope.key,
        districts=districts,
        old_communes=dict(old_communes),
        new_communes=dict(new_communes),
        former_province=former_province,
        successors={old: next(iter(new)) for old, new in successors.items() if len(new) == 1},
        scope=scope,
        _district_index=dict(index),
        _elsewhere=elsewhere,
    )


def _short_province(name: str) -> str:
    """ "Tỉnh Sóc Trăng" -> "Sóc Trăng"."""
    return re.sub(r"^(Tỉnh|Thành phố)\s+", "", name)
