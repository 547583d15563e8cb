"""Upload and read documents."""
from __future__ import annotations

from fastapi import APIRouter, Request, Response, UploadFile, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from api.deps import PoolDep, SessionDep, SettingsDep
from api.params import DocId
from models.public import DocumentOut, JobOut
from models.tables import IngestJob
from service.annotate import annotated_html
from service.documents import document_view, get_document, stored_extraction
from service.errors import BadDocument, TooLarge
from service.jobs import job_view
from service.uploads import QueuedUpload, receive_upload

router = APIRouter(prefix="/api/documents", tags=["documents"])


async def read_upload(file: UploadFile, limit: int, setting: str) -> bytes:
    """The uploaded bytes (their size was counted as they arrived: api.http_limits)."""
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"{file.filename}: larger than the upload limit of {limit:,} bytes ({setting})")
    if not data:
        raise BadDocument(f"{file.filename or 'upload'}: the file is empty")
    return data


def job_answer(request: Request, response: Response, job: IngestJob) -> dict:
    """202 with the job, its URL in Location; the job worker is woken to run it."""
    worker = getattr(request.app.state, "job_worker", None)
    if worker is not None:
        worker.wake()
    response.status_code = status.HTTP_202_ACCEPTED
    response.headers["Location"] = f"/api/jobs/{job.id}"
    return job_view(job)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=DocumentOut | JobOut,
             responses={200: {"model": DocumentOut, "description": "The same bytes were already stored"},
                        202: {"model": JobOut,
                              "description": "A large file, queued as an ingest job: poll the job at Location"},
                        413: {"description": "Over the upload size limit, or over a page, pixel or character limit"},
                        415: {"description": "Unsupported file type"},
                        422: {"description": "Corrupt, encrypted or empty file, too deeply nested, or over "
                                             "the wall-time limit"},
                        503: {"description": "Every extraction process is busy: try again after Retry-After"}})
async def upload_document(file: UploadFile, settings: SettingsDep, pool: PoolDep, request: Request,
                          response: Response) -> dict:
    """Store a document (multipart field `file`) and return it with its extraction and tasks,
    once it is committed; the file itself is kept (GET …/original)."""
    data = await read_upload(file, settings.max_upload_bytes, "VANBAN_MAX_UPLOAD_MB")
    result = await run_in_threadpool(receive_upload, settings, pool, data, file.filename or "upload.txt")
    if isinstance(result, QueuedUpload):
        return job_answer(request, response, result.job)
    if not result.created:
        response.status_code = status.HTTP_200_OK
    return result.view


@router.get("/{doc_id}", response_model=DocumentOut, responses={404: {"description": "No such document"}})
def read_document(doc_id: DocId, session: SessionDep, text: bool = False) -> dict:
    """A stored document (or stub) with its extraction and tasks; `text=true` adds the normalised text."""
    return document_view(session, get_document(session, doc_id), with_text=text)


@router.get("/{doc_id}/annotated", response_class=HTMLResponse,
            responses={404: {"description": "No such document, or a stub"}})
def read_annotated(doc_id: DocId, session: SessionDep) -> HTMLResponse:
    """The letter as HTML with every extracted span (issuer, signer, citations, tasks, deadlines) drawn by displaCy."""
    return HTMLResponse(annotated_html(stored_extraction(get_document(session, doc_id))))
