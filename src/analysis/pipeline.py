"""The main job: ingest -> classify -> a meeting pack per year -> notebooks of the latest year.

Each stage records a fingerprint of its inputs (data and code) in data/processed/.state.json and
is skipped when nothing it depends on has changed since its outputs were written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from analysis.atomic import write_atomically
from analysis.config import Settings

NOTEBOOKS = ("01-lam-sach", "02-phan-loai", "03-xu-huong", "04-hoi-nghi")
STATE_FILE = ".state.json"


def fingerprint(paths: Iterable[Path], *extra: str) -> str:
    """A hash of the files' names and contents, and of extra strings."""
    hasher = hashlib.sha1()
    for path in sorted(paths):
        hasher.update(str(path).encode())
        hasher.update(path.read_bytes() if path.is_file() else b"<missing>")
    for value in extra:
        hasher.update(value.encode())
    return hasher.hexdigest()


def code_fingerprint() -> str:
    """A hash of the package's own code and data files: new code means new outputs."""
    package = Path(str(resources.files("analysis")))
    files = [p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return fingerprint(files)


@dataclass
class RunState:
    """Fingerprints of the inputs each stage last ran on."""

    path: Path
    done: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> RunState:
        """The saved state, or an empty one."""
        try:
            return cls(path, json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return cls(path)

    def run(self, stage: str, inputs: str, outputs: list[Path], work: Callable[[], object]) -> bool:
        """Run `work` unless it already ran on the same inputs and its outputs exist."""
        if self.done.get(stage) == inputs and all(p.exists() for p in outputs):
            return False
        self.done.pop(stage, None)
        if work() is False:  # the stage reported a problem: run it again next time
            return True
        self.done[stage] = inputs
        text = json.dumps(self.done, indent=1, sort_keys=True)
        write_atomically(self.path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
        return True


def raw_files(settings: Settings) -> list[Path]:
    """Everything under data/raw that ingest reads or that marks sample data."""
    from analysis.ingest import find_raw_files

    return find_raw_files(settings.raw_dir) + sorted(settings.raw_dir.rglob("README*"))


def years_of(classified_path: Path) -> list[int]:
    """The years present in the classified table."""
    import pandas as pd

    return sorted(
        int(y) for y in pd.read_parquet(classified_path, columns=["year"])["year"].unique()
    )


def execute_notebooks(settings: Settings, year: int, out_dir: Path) -> list[Path]:
    """Run every notebook for `year` with papermill and save each as HTML."""
    import nbformat
    import papermill
    from nbconvert import HTMLExporter

    written = []
    for name in NOTEBOOKS:
        source = settings.root / "notebooks" / f"{name}.ipynb"
        executed = papermill.execute_notebook(
            str(source),
            None,
            parameters={"year": year, "province": settings.province},
            cwd=str(settings.root / "notebooks"),
            progress_bar=False,
            kernel_name="python3",
        )
        body, _ = HTMLExporter(exclude_input=True).from_notebook_node(nbformat.from_dict(executed))
        target = out_dir / f"{name}.html"
        write_atomically(target, lambda tmp, text=body: tmp.write_text(text, encoding="utf-8"))
        written.append(target)
    return written
