"""The reference graph: who cites a number, what a document cites, chains, export."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, StreamingResponse

from api.deps import SessionDep
from api.params import DocId
from corpus import graph
from models.public import ChainOut, CitedByDocumentOut, CitedByNumberOut, CitesOut, ConflictOut, GraphOut
from service.documents import get_document

router = APIRouter(prefix="/api", tags=["graph"])
# The queries return plain JSON-ready dicts: sent as they are, without FastAPI's
# encoder walking them again (cited-by on a large store stays well under 50 ms);
# `responses` still describes their shape (models.public) in /openapi.json.
Plain = {"response_model": None, "response_class": JSONResponse}
NO_DOCUMENT = {404: {"description": "No such document"}}


def shape(model, others: dict | None = None) -> dict:
    """The `responses` of a route answering `model` (and the `others` statuses)."""
    return {"responses": {200: {"model": model, "description": "Successful Response"}, **(others or {})}}


Limit = Annotated[int, Query(ge=1, le=10_000, description="Citing documents listed per target; totals count all")]


@router.get("/cited-by", **Plain, **shape(CitedByNumberOut))
def get_cited_by(session: SessionDep, number: str = Query(..., min_length=1, description="e.g. 1313/UBND-TTHC"),
                 limit: Limit = 100) -> JSONResponse:
    """Documents carrying `number` (stored or stub) and who cites each."""
    return JSONResponse(graph.cited_by(session, number, limit=limit))


@router.get("/documents/{doc_id}/cites", **Plain, **shape(CitesOut, NO_DOCUMENT))
def get_cites(session: SessionDep, doc_id: DocId) -> JSONResponse:
    """What the document cites, in text order, each citation with the document it resolves to."""
    return JSONResponse(graph.cites(session, get_document(session, doc_id)))


@router.get("/documents/{doc_id}/cited-by", **Plain, **shape(CitedByDocumentOut, NO_DOCUMENT))
def get_document_cited_by(session: SessionDep, doc_id: DocId, limit: Limit = 100) -> JSONResponse:
    """The documents citing this one (stored or stub)."""
    return JSONResponse(graph.cited_by_document(session, get_document(session, doc_id), limit=limit))


@router.get("/documents/{doc_id}/chain", **Plain, **shape(ChainOut, NO_DOCUMENT))
def get_chain(
    session: SessionDep,
    doc_id: DocId,
    direction: Annotated[Literal["cites", "cited-by", "both"], Query()] = "both",
    depth: Annotated[int, Query(ge=1, le=graph.MAX_DEPTH)] = 3,
) -> JSONResponse:
    """The transitive chain: levels 1, 2 ... cited, -1, -2 ... citing."""
    return JSONResponse(graph.chain(session, get_document(session, doc_id), direction=direction, depth=depth))


@router.get("/graph/conflicts", **Plain, **shape(list[ConflictOut]))
def get_conflicts(session: SessionDep) -> JSONResponse:
    """Documents cited with different dates; each date with the documents printing it."""
    return JSONResponse(graph.conflicts(session))


@router.get("/graph/export", response_model=None,
            responses={200: {"model": GraphOut, "description": "JSON, or GraphML with format=graphml",
                             "content": {"application/graphml+xml": {}}}})
def get_export(session: SessionDep, format: Literal["json", "graphml"] = "json") -> JSONResponse | StreamingResponse:
    """Every node and edge, as JSON or as GraphML for Gephi or Cytoscape."""
    data = graph.graph_data(session)
    if format == "graphml":
        return StreamingResponse(graph.graphml_lines(data), media_type="application/graphml+xml",
                                 headers={"Content-Disposition": 'attachment; filename="vanban-citations.graphml"'})
    return JSONResponse(data)
