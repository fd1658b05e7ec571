"""Ingest: the exports as received under data/raw/<year>/ -> opinions, conferences, rejects.

`readers` opens each file format, `headers` finds the header row and maps its variants,
`dates` reads day-first dates, `gazetteer` resolves district and commune names, and `records`
turns rows into the three validated tables.
"""

from analysis.ingest.records import (
    IngestError,
    IngestResult,
    find_raw_files,
    ingest,
    record_id,
    write_outputs,
)

__all__ = ["IngestError", "IngestResult", "find_raw_files", "ingest", "record_id", "write_outputs"]
