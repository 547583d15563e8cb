"""`vanban cited-by`, `vanban cites`, `vanban chain`, `vanban graph export|conflicts`: the reference graph."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from sqlmodel import Session, select

from cli.app import app
from cli.messages import fail
from cli.options import DbOption, settings_or_exit
from corpus import graph
from corpus.db import session_scope
from corpus.identity import number_key
from models.tables import Document

graph_app = typer.Typer(help="The whole reference graph: export it, list conflicting facts.", no_args_is_help=True)
app.add_typer(graph_app, name="graph")

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON")]
RefArg = Annotated[str, typer.Argument(help="A stored document's id, or its số ký hiệu (e.g. 1994/QĐ-UBND)")]


class Direction(str, Enum):
    cites = "cites"
    cited_by = "cited-by"
    both = "both"


class GraphFormat(str, Enum):
    json = "json"
    graphml = "graphml"


def _document(session: Session, ref: str) -> Document:
    """The document `ref` names: an id, or the one stored document carrying that number."""
    if ref.isdigit():
        doc = session.get(Document, int(ref))
        if doc is None:
            fail(f"no document with id {ref}")
        return doc
    docs = session.exec(select(Document).where(Document.number_key == number_key(ref))
                        .order_by(Document.stub, Document.id)).all()
    stored = [d for d in docs if not d.stub] or docs
    if not stored:
        fail(f"no document carries {ref}")
    if len(stored) > 1:
        listed = ", ".join(f"#{d.id} {d.issuer or '?'} {d.issued_date or '?'}" for d in stored)
        fail(f"several documents carry {ref}: {listed}; give the id")
    return stored[0]


def _label(d: dict) -> str:
    where = "stub, not stored" if d["stub"] else f"#{d['id']} {d['source'] or ''}".strip()
    return f"{d['number'] or '(no number)'}  {d['issuer'] or '?'}  {d['issued_date'] or '?'}  [{where}]"


@app.command("cited-by")
def cited_by(
    number: Annotated[str, typer.Argument(help="Số ký hiệu, e.g. 1313/UBND-TTHC")],
    db: DbOption = None,
    as_json: JsonOpt = False,
) -> None:
    """List the stored documents carrying NUMBER and the documents citing each."""
    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        result = graph.cited_by(session, number)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    if not result["targets"] and not result["ambiguous"]:
        typer.echo(f"no stored document carries or cites {number}")
        return
    for t in result["targets"]:
        kind = "stub (not stored)" if t["stub"] else f"#{t['id']} {t['source']}"
        typer.echo(f"{t['number']}  {t['issuer'] or '?'}  {t['issued_date'] or '?'}  [{kind}]")
        for c in t["cited_by"]:
            typer.echo(f"  <- #{c['id']} {c['number'] or '(no number)'}  {c['issuer'] or '?'}  ({c['relation']})  {c['source']}")
    for c in result["ambiguous"]:
        typer.echo(f"ambiguous: #{c['id']} {c['source']} cites {number}, which several stored documents carry")


@app.command()
def cites(ref: RefArg, db: DbOption = None, as_json: JsonOpt = False) -> None:
    """List what a stored document cites, each citation with the document it resolves to."""
    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        result = graph.cites(session, _document(session, ref))
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    typer.echo(_label(result["document"]))
    for c in result["cites"]:
        target = _label(c["target"]) if c["target"] else c["resolution"]
        typer.echo(f"  -> {c['number'] or c['text']}  ({c['relation']})  {target}")


@app.command()
def chain(
    ref: RefArg,
    db: DbOption = None,
    direction: Annotated[Direction, typer.Option(help="cites (down), cited-by (up) or both")] = Direction.both,
    depth: Annotated[int, typer.Option(min=1, max=graph.MAX_DEPTH, help="Steps to follow")] = 3,
    as_json: JsonOpt = False,
) -> None:
    """Follow citations transitively from a document: what it cites, what cites it."""
    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        result = graph.chain(session, _document(session, ref), direction=direction.value, depth=depth)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for node in result["nodes"]:
        arrow = "->" * node["level"] if node["level"] > 0 else "<-" * -node["level"]
        typer.echo(f"{node['level']:>3} {arrow:<{2 * depth}} {_label(node)}")


@graph_app.command("export")
def export(
    db: DbOption = None,
    fmt: Annotated[GraphFormat, typer.Option("--format", help="json or graphml (Gephi, Cytoscape)")] = GraphFormat.json,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to FILE, not standard output")] = None,
) -> None:
    """Export every document (stored and stub) and every citation edge."""
    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        data = graph.graph_data(session)
    lines = graph.graphml_lines(data) if fmt is GraphFormat.graphml else [json.dumps(data, ensure_ascii=False, indent=1)]
    if output is None:
        for line in lines:
            typer.echo(line, nl=False)
        return
    with output.open("w", encoding="utf-8") as f:
        f.writelines(lines)
    typer.echo(f"{len(data['nodes'])} nodes, {len(data['edges'])} edges -> {output}", err=True)


@graph_app.command("conflicts")
def conflicts(db: DbOption = None, as_json: JsonOpt = False) -> None:
    """List documents cited with different dates (kept as printed, never merged)."""
    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        found = graph.conflicts(session)
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    if not found:
        typer.echo("no conflicting facts")
    for item in found:
        typer.echo(_label(item["document"]))
        for day, sources in item["dates"].items():
            typer.echo(f"  {day}: cited so by {', '.join(f'#{s}' for s in sources) or 'the stored document'}")
