"""Delete a stored document, or re-extract it in place."""
from __future__ import annotations

from fastapi import APIRouter

from api.deps import OriginalsDep, SessionDep, SettingsDep
from api.params import DocId
from models.public import DeletedOut, DocumentOut
from service.lifecycle import delete_document, reextract_document

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.delete("/{doc_id}", response_model=DeletedOut, responses={404: {"description": "No such stored document"}})
def remove_document(doc_id: DocId, session: SessionDep, originals: OriginalsDep) -> dict:
    """Delete the document, its tasks, citations, register line and kept original; it stays
    as a stub if others cite it."""
    return delete_document(session, doc_id, originals=originals).dump()


@router.post("/{doc_id}/reextract", response_model=DocumentOut,
             responses={404: {"description": "No such stored document"}})
def reextract(doc_id: DocId, settings: SettingsDep, originals: OriginalsDep) -> dict:
    """Re-run extraction over the kept original (else the stored text); the document keeps
    its id, and tasks whose text is unchanged keep their status."""
    return reextract_document(settings.db, doc_id, originals=originals)
