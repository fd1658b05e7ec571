"""Print how many A4 pages each year's HTML briefing prints to (the budget is 8).

Prints reports/<year>/bao-cao-<year>.html to PDF with headless Chromium, as a browser's "Print"
does, and counts the pages with pdfinfo (poppler-utils). Run after `analysis run`:

    .venv/bin/python scripts/briefing_pages.py [REPORTS_DIR] [--keep DIR]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

BUDGET = 8
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def print_to_pdf(html: Path, pdf: Path) -> None:
    """The page as a PDF, printed by headless Chromium without header and footer."""
    browser = next((b for b in BROWSERS if shutil.which(b)), None)
    if browser is None:
        raise SystemExit("Chromium is not installed (apt-get install chromium)")
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", html.resolve().as_uri()],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip


def pages(pdf: Path) -> int:
    """The PDF's page count, from pdfinfo."""
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="?", default="reports", type=Path)
    parser.add_argument("--keep", type=Path, help="keep the PDFs in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    over = []
    for html in sorted(args.reports.glob("*/bao-cao-*.html")):
        pdf = folder / html.with_suffix(".pdf").name
        print_to_pdf(html, pdf)
        count = pages(pdf)
        over += [html.name] if count > BUDGET else []
        print(f"{html.name}: {count} pages")
    print(f"over {BUDGET} pages: {', '.join(over) or 'none'}")


if __name__ == "__main__":
    main()
