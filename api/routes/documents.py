"""Upload and read documents."""
from __future__ import annotations

from fastapi import APIRouter, Response, UploadFile, status
from fastapi.responses import HTMLResponse

from api.deps import OriginalsDep, SessionDep, SettingsDep
from service.annotate import annotated_html
from models.public import DocumentOut
from service.documents import document_view, get_document, store_bytes, stored_extraction
from service.errors import BadDocument, TooLarge

router = APIRouter(prefix="/api/documents", tags=["documents"])


async def read_upload(file: UploadFile, limit: int) -> bytes:
    """The uploaded bytes, refused past the size limit without reading it all."""
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"{file.filename}: larger than the upload limit of {limit} bytes")
    if not data:
        raise BadDocument(f"{file.filename or 'upload'}: the file is empty")
    return data


@router.post("", status_code=status.HTTP_201_CREATED, response_model=DocumentOut,
             responses={200: {"model": DocumentOut, "description": "The same bytes were already stored"},
                        413: {"description": "Over the upload size limit"},
                        415: {"description": "Unsupported file type"},
                        422: {"description": "Corrupt, encrypted or empty file"}})
async def upload_document(file: UploadFile, session: SessionDep, settings: SettingsDep, response: Response,
                          originals: OriginalsDep) -> dict:
    """Store a document (multipart field `file`) and return it with its extraction and tasks."""
    data = await read_upload(file, settings.max_upload_bytes)
    stored = store_bytes(session, data, file.filename or "upload.txt", originals=originals)
    if not stored.created:
        response.status_code = status.HTTP_200_OK
    return document_view(session, stored.document)


@router.get("/{doc_id}", response_model=DocumentOut, responses={404: {"description": "No such document"}})
def read_document(doc_id: int, session: SessionDep, text: bool = False) -> dict:
    """A stored document (or stub) with its extraction and tasks; `text=true` adds the normalised text."""
    return document_view(session, get_document(session, doc_id), with_text=text)


@router.get("/{doc_id}/annotated", response_class=HTMLResponse,
            responses={404: {"description": "No such document, or a stub"}})
def read_annotated(doc_id: int, session: SessionDep) -> HTMLResponse:
    """The letter as HTML with every extracted span (issuer, signer, citations, tasks, deadlines) drawn by displaCy."""
    return HTMLResponse(annotated_html(stored_extraction(get_document(session, doc_id))))
