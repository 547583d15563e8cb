"""Delete a stored document, or re-extract it in place."""
from __future__ import annotations

from fastapi import APIRouter

from api.deps import SessionDep
from service.documents import document_tasks, document_view
from service.lifecycle import delete_document, reextract_document
from service.tasks import task_view

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.delete("/{doc_id}", responses={404: {"description": "No such stored document"}})
def remove_document(doc_id: int, session: SessionDep) -> dict:
    """Delete the document, its tasks and citations; it stays as a stub if others cite it."""
    return delete_document(session, doc_id).dump()


@router.post("/{doc_id}/reextract", responses={404: {"description": "No such stored document"}})
def reextract(doc_id: int, session: SessionDep) -> dict:
    """Re-run extraction over the stored text; the document keeps its id."""
    doc = reextract_document(session, doc_id)
    return {**document_view(doc), "tasks": [task_view(t, doc) for t in document_tasks(session, doc.id)]}
