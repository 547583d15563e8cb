"""Documents of ../shared/corpus read as `vanban extract` reads them (the loader, then
the pipeline), for the tests that check a stage on real documents and for the scorer's
task sets. Each document is loaded once per test session: a scan's OCR costs seconds,
and several stages' tests and task sets read the same scans."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.load import load_bytes
from extractors.pipeline import extract_text
from models.extraction import Extraction, LoadedText, Task

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Where a document lies, by the prefix of its name.
FOLDERS = {"bk_": "bulk", "ce_": "central", "pd_": "pdf"}


def located(gold: dict) -> Path:
    """The document a gold file labels: in the tests' fixture folder it names ("central_texts":
    texts taken from outside the shared corpus), in the corpus folder it names ("legacy": the
    original .doc, .rtf or .pdf whose transcript its readers annotated), else in the one its
    prefix says."""
    if gold.get("fixture"):
        return FIXTURES / gold["fixture"] / gold["file"]
    return CORPUS / (gold.get("folder") or FOLDERS[gold["file"][:3]]) / gold["file"]


@cache
def loaded(document: Path) -> LoadedText:
    """The loader's reading of a corpus document (`vanban extract`'s first step)."""
    return load_bytes(document.read_bytes(), document.name)


def extracted(document: Path) -> Extraction:
    reading = loaded(document)
    return extract_text(reading.text, meta=reading.meta)


def tasks_of(name: str, folder: str | None = None) -> list[Task]:
    """The tasks of corpus document `name`, in `folder` or the one its prefix says."""
    return extracted(CORPUS / (folder or FOLDERS[name[:3]]) / name).tasks


def central_tasks(name: str) -> list[Task]:
    """The tasks of a central-government text kept in tests/fixtures/central_texts (from outside
    the shared corpus; its SOURCES.md says where each comes from)."""
    return extracted(FIXTURES / "central_texts" / name).tasks


def having(tasks: list[Task], words: str) -> list[Task]:
    """The tasks whose action or text holds `words`."""
    return [t for t in tasks if words in t.action or words in t.text]
