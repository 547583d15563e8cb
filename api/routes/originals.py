"""The file a document was read from, as it was received."""
from __future__ import annotations

from pathlib import PurePosixPath

from fastapi import APIRouter
from fastapi.responses import FileResponse

from api.params import DocId
from api.deps import OriginalsDep, SessionDep
from service.documents import get_document
from service.errors import NotFound
from service.originals import kept_path, media_type

router = APIRouter(prefix="/api/documents", tags=["documents"])

# Shown in the page (the browser's own PDF viewer); anything else is downloaded, and
# never run as a page of this site (an uploaded .html stays inert).
INLINE_TYPES = frozenset({"application/pdf", "text/plain; charset=utf-8", "image/png", "image/jpeg"})


@router.get("/{doc_id}/original", response_class=FileResponse,
            responses={200: {"content": {"application/octet-stream": {}},
                             "description": "The file as received, with its type and name"},
                        404: {"description": "No such document, or its original is not kept"}})
def read_original(doc_id: DocId, session: SessionDep, originals: OriginalsDep) -> FileResponse:
    """The uploaded or ingested file itself (PDFs shown inline, other types as a download)."""
    doc = get_document(session, doc_id)
    path = kept_path(originals, doc)
    if path is None:
        raise NotFound(f"document {doc_id}: the original file is not kept (stored before originals were, "
                       "or no VANBAN_ORIGINALS_DIR with PostgreSQL)")
    kind = media_type(doc.source)
    name = PurePosixPath((doc.source or "original").replace("\\", "/")).name or "original"
    inline = kind in INLINE_TYPES
    headers = {"X-Content-Type-Options": "nosniff"}
    if kind != "application/pdf":  # Chromium's PDF viewer does not run in a sandboxed document
        headers["Content-Security-Policy"] = "sandbox"
    return FileResponse(path, media_type=kind, filename=name, headers=headers,
                        content_disposition_type="inline" if inline else "attachment")
