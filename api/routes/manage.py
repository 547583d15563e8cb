"""Delete a stored document, or re-extract it in place."""
from __future__ import annotations

from fastapi import APIRouter

from api.deps import SessionDep, SettingsDep
from api.params import DocId
from service.lifecycle import delete_document, reextract_document

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.delete("/{doc_id}", responses={404: {"description": "No such stored document"}})
def remove_document(doc_id: DocId, session: SessionDep) -> dict:
    """Delete the document, its tasks and citations; it stays as a stub if others cite it."""
    return delete_document(session, doc_id).dump()


@router.post("/{doc_id}/reextract", responses={404: {"description": "No such stored document"}})
def reextract(doc_id: DocId, settings: SettingsDep) -> dict:
    """Re-run extraction over the stored text; the document keeps its id."""
    return reextract_document(settings.db, doc_id)
