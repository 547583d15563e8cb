"""Ingest a zip archive as a job: 202 with the job at once, then poll it and read its report."""
from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Literal

from fastapi import APIRouter, FastAPI, Request, Response, UploadFile, status

from api.deps import SessionDep, SettingsDep
from api.paging import RowId
from api.routes.documents import read_upload
from service.batch.sources import ArchiveLimits
from models.public import JobOut, JobReportOut
from service.errors import TooLarge
from service.jobs import JobWorker, get_job, job_report, job_view, submit_files
from service.originals import open_originals


@asynccontextmanager
async def job_worker(app: FastAPI) -> AsyncIterator[None]:
    """Run queued jobs, and jobs a previous server left unfinished, while the app runs."""
    settings = app.state.settings
    worker = JobWorker(settings.db, limits=ArchiveLimits(member_bytes=settings.max_upload_bytes),
                       originals=open_originals(settings))
    app.state.job_worker = worker
    worker.start()
    try:
        yield
    finally:
        worker.stop()


router = APIRouter(prefix="/api/jobs", tags=["jobs"], lifespan=job_worker)


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=JobOut,
             responses={413: {"description": "Over the upload size limit (all files together)"},
                        422: {"description": "Not a zip archive, an empty file, or too many files"}})
async def create_job(file: list[UploadFile], request: Request, response: Response, settings: SettingsDep) -> dict:
    """Queue a zip archive, or several files and archives (the multipart field `file` repeated),
    as one ingest job; poll the returned job."""
    files, total = [], 0
    for upload in file:
        data = await read_upload(upload, settings.max_upload_bytes)
        total += len(data)
        if total > settings.max_upload_bytes:
            raise TooLarge(f"the files sent are larger together than the upload limit of {settings.max_upload_bytes} bytes")
        files.append((upload.filename or "upload", data))
    job = submit_files(settings.db, files)
    worker = getattr(request.app.state, "job_worker", None)
    if worker is not None:
        worker.wake()
    response.headers["Location"] = f"/api/jobs/{job.id}"
    return job_view(job)


@router.get("/{job_id}", response_model=JobOut, responses={404: {"description": "No such job"}})
def read_job(job_id: RowId, session: SessionDep) -> dict:
    """The job's status (queued, running, done, failed) and its progress counts."""
    return job_view(get_job(session, job_id))


@router.get("/{job_id}/report", response_model=JobReportOut,
            responses={200: {"content": {"text/csv": {}}}, 404: {"description": "No such job"}})
def read_job_report(job_id: RowId, session: SessionDep, format: Literal["json", "csv"] = "json"):
    """Every failure of the job (file, stage, reason), with its counts; `format=csv` for a sheet."""
    report = job_report(get_job(session, job_id))
    if format == "json":
        return report
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["file", "stage", "reason"])
    writer.writerows((f["file"], f["stage"], f["reason"]) for f in report["failures"])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8")
