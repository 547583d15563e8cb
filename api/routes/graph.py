"""The reference graph: who cites a number, what a document cites, chains, export."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from api.deps import SessionDep
from corpus import graph
from service.documents import get_document

router = APIRouter(prefix="/api", tags=["graph"])


Limit = Annotated[int, Query(ge=1, le=10_000, description="Citing documents listed per target; totals count all")]


@router.get("/cited-by")
def get_cited_by(session: SessionDep, number: str = Query(..., min_length=1, description="e.g. 1313/UBND-TTHC"),
                 limit: Limit = 100) -> dict:
    """Documents carrying `number` (stored or stub) and who cites each."""
    return graph.cited_by(session, number, limit=limit)


@router.get("/documents/{doc_id}/cites")
def get_cites(session: SessionDep, doc_id: int) -> dict:
    """What the document cites, in text order, each citation with the document it resolves to."""
    return graph.cites(session, get_document(session, doc_id))


@router.get("/documents/{doc_id}/cited-by")
def get_document_cited_by(session: SessionDep, doc_id: int, limit: Limit = 100) -> dict:
    """The documents citing this one (stored or stub)."""
    return graph.cited_by_document(session, get_document(session, doc_id), limit=limit)


@router.get("/documents/{doc_id}/chain")
def get_chain(
    session: SessionDep,
    doc_id: int,
    direction: Annotated[Literal["cites", "cited-by", "both"], Query()] = "both",
    depth: Annotated[int, Query(ge=1, le=graph.MAX_DEPTH)] = 3,
) -> dict:
    """The transitive chain: levels 1, 2 ... cited, -1, -2 ... citing."""
    return graph.chain(session, get_document(session, doc_id), direction=direction, depth=depth)


@router.get("/graph/conflicts")
def get_conflicts(session: SessionDep) -> list[dict]:
    """Documents cited with different dates; each date with the documents printing it."""
    return graph.conflicts(session)


@router.get("/graph/export", response_model=None)
def get_export(session: SessionDep, format: Literal["json", "graphml"] = "json") -> dict | StreamingResponse:
    """Every node and edge, as JSON or as GraphML for Gephi or Cytoscape."""
    data = graph.graph_data(session)
    if format == "graphml":
        return StreamingResponse(graph.graphml_lines(data), media_type="application/graphml+xml",
                                 headers={"Content-Disposition": 'attachment; filename="vanban-citations.graphml"'})
    return data
