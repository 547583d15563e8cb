"""What a batch ingest did: counts, failures (file, stage, reason) and duplicates."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from service.spreadsheet import safe_cell

# read: the file or zip member could not be read; archive: the zip or one of its
# members was refused (corrupt, path traversal, size bomb); load: unsupported,
# corrupt or empty document; extract: the pipeline failed or its worker died;
# store: the database refused the result.
Stage = Literal["read", "archive", "load", "extract", "store"]


@dataclass(frozen=True)
class Failure:
    file: str
    stage: Stage
    reason: str


@dataclass(frozen=True)
class Duplicate:
    file: str
    duplicate_of: str  # the source of the stored document it repeats
    why: Literal["same content", "same issuer, number and year"]


@dataclass
class IngestSummary:
    files: int = 0  # found in the given paths
    stored: int = 0
    duplicates: int = 0
    already: int = 0  # stored by an earlier run (resume)
    interrupted: bool = False
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)
    duplicate_files: list[Duplicate] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.stored + self.duplicates + self.already + len(self.failures)

    @property
    def files_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds else 0.0

    def counts(self) -> dict:
        return {
            "files": self.files, "processed": self.processed, "stored": self.stored,
            "duplicates": self.duplicates, "already": self.already, "failed": len(self.failures),
            "interrupted": self.interrupted, "seconds": round(self.seconds, 3),
            "files_per_second": round(self.files_per_second, 1),
        }

    def line(self) -> str:
        c = self.counts()
        text = (f"{c['processed']} of {c['files']} files in {c['seconds']:.1f}s ({c['files_per_second']} files/s): "
                f"stored {c['stored']}, already stored {c['already']}, duplicates {c['duplicates']}, "
                f"failed {c['failed']}")
        return text + (" - interrupted; run the same command again to resume" if self.interrupted else "")


def write_report(summary: IngestSummary, path: Path) -> None:
    """Failures as CSV (file, stage, reason) or, for a .json path, everything."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".json":
        report = {"summary": summary.counts(),
                  "failures": [asdict(f) for f in summary.failures],
                  "duplicates": [asdict(d) for d in summary.duplicate_files]}
        text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    else:
        text = failures_csv([asdict(f) for f in summary.failures])
    path.write_bytes(text.encode("utf-8", "replace"))  # a name of undecodable bytes never stops the report


def failures_csv(failures: list[dict[str, str]]) -> str:
    """Failures (file, stage, reason) as CSV, no cell run as a formula by a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["file", "stage", "reason"])
    writer.writerows([safe_cell(f["file"]), safe_cell(f["stage"]), safe_cell(f["reason"])] for f in failures)
    return out.getvalue()
