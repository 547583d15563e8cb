"""`vanban extract`, `vanban text` and `vanban annotate`: one file in, no store."""
from __future__ import annotations

import json
import os
import sys
from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from cli.app import app
from cli.messages import complain
from models.extraction import Extraction
from service.errors import VanbanError
from service.extract import extract_path, extract_paths


def _printed(path: Path, result: Extraction, *, with_text: bool, one_line: bool) -> str:
    """The JSON `vanban extract` prints for one file: a line with its "source", or one indented object."""
    obj = result.model_dump(mode="json") if with_text else result.scored_dict()
    if one_line:
        return json.dumps({"source": str(path), **obj}, ensure_ascii=False) + "\n"
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Documents to read (PDF, DOCX, DOC, RTF, HTML, TXT, MD)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one indented JSON object (one file)")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Print one JSON object per line, with \"source\"")] = False,
    with_text: Annotated[bool, typer.Option("--text", help="Include the normalised text in the output")] = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, help="Processes reading the files (default: all cores; 1 reads them in this one)")] = None,
) -> None:
    """Extract header fields, recipients, signer, citations and tasks."""
    if as_json and len(files) > 1:
        complain("--json takes one file; use --jsonl for several")
        raise typer.Exit(2)
    failures = 0
    render = partial(_printed, with_text=with_text, one_line=jsonl or not as_json and len(files) > 1)
    for _, printed in extract_paths(files, workers or os.cpu_count() or 1, render):
        if isinstance(printed, VanbanError):
            complain(printed.reason)
            failures += 1
            continue
        sys.stdout.write(printed)
        sys.stdout.flush()
    if failures:
        complain(f"{failures} of {len(files)} file(s) failed")
        raise typer.Exit(1)


@app.command()
def text(file: Annotated[Path, typer.Argument(help="Document to read")]) -> None:
    """Print the document's normalised Unicode text."""
    from extractors.errors import LoadError
    from extractors.load import load_bytes

    try:
        loaded = load_bytes(file.read_bytes(), file.name)
    except OSError as e:
        complain(f"{file}: {e.strerror or e}")
        raise typer.Exit(1) from None
    except LoadError as e:
        complain(f"{file}: {e.reason}")
        raise typer.Exit(1) from None
    for warning in loaded.meta.warnings:  # what the reader could not do (no LibreOffice, no OCR)
        complain(f"{file}: warning: {warning}")
    sys.stdout.write(loaded.text if loaded.text.endswith("\n") else loaded.text + "\n")


@app.command()
def annotate(
    file: Annotated[Path, typer.Argument(help="Document to read")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the HTML page to FILE")] = None,
) -> None:
    """Write the letter as an HTML page with every extracted span drawn by displaCy."""
    from service.annotate import annotated_html

    try:
        html = annotated_html(extract_path(file))
    except VanbanError as e:
        complain(e.reason)
        raise typer.Exit(1) from None
    if output is None:
        sys.stdout.write(html + "\n")
    else:
        output.write_text(html, encoding="utf-8")
