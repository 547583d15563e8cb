"""Ingest a zip archive as a job: 202 with the job at once, then poll it and read its report."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Literal

from fastapi import APIRouter, FastAPI, Request, Response, UploadFile, status
from fastapi.concurrency import run_in_threadpool

from api.deps import SessionDep, SettingsDep
from api.params import JobId
from api.routes.documents import job_answer, read_upload
from models.public import JobOut, JobReportOut
from service.batch.pooled import PoolRunner
from service.batch.report import failures_csv
from service.jobs import JobWorker, get_job, job_report, job_view, submit_files
from service.originals import open_originals


@asynccontextmanager
async def job_worker(app: FastAPI) -> AsyncIterator[None]:
    """Run queued jobs, and jobs a previous server left unfinished, while the app runs."""
    settings = app.state.settings
    worker = JobWorker(settings.db, runner=PoolRunner(app.state.pool), limits=settings.archive_limits(),
                       doc_limits=settings.limits(), originals=open_originals(settings))
    app.state.job_worker = worker
    worker.start()
    try:
        yield
    finally:
        worker.stop()


router = APIRouter(prefix="/api/jobs", tags=["jobs"], lifespan=job_worker)


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=JobOut,
             responses={413: {"description": "Over the archive size limit (all files together)"},
                        422: {"description": "A .zip that is not one, an empty file, or too many files"}})
async def create_job(file: list[UploadFile], request: Request, response: Response, settings: SettingsDep) -> dict:
    """Queue a zip archive, or several files and archives (the multipart field `file`
    repeated), as one ingest job; poll the returned job."""
    files = []  # together within VANBAN_MAX_ARCHIVE_MB: the body limit (api.http_limits) counts them all
    for upload in file:
        data = await read_upload(upload, settings.max_archive_bytes, "VANBAN_MAX_ARCHIVE_MB")
        files.append((upload.filename or "upload", data))
    job = await run_in_threadpool(submit_files, settings.db, files)
    return job_answer(request, response, job)


@router.get("/{job_id}", response_model=JobOut, responses={404: {"description": "No such job"}})
def read_job(job_id: JobId, session: SessionDep) -> dict:
    """The job's status (queued, running, done, failed) and its progress counts."""
    return job_view(get_job(session, job_id))


@router.get("/{job_id}/report", response_model=JobReportOut,
            responses={200: {"content": {"text/csv": {}}}, 404: {"description": "No such job"}})
def read_job_report(job_id: JobId, session: SessionDep, format: Literal["json", "csv"] = "json"):
    """Every failure of the job (file, stage, reason), with its counts; `format=csv` for a sheet
    (cells that a spreadsheet would run as a formula are neutralised)."""
    report = job_report(get_job(session, job_id))
    if format == "json":
        return report
    return Response(failures_csv(report["failures"]), media_type="text/csv; charset=utf-8")
