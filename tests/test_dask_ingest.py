"""The Dask path: a real LocalCluster extracts, PostgreSQL stores; the result equals the local path's."""
from __future__ import annotations

import time

from sqlalchemy import func
from sqlmodel import Session, select

from conftest import CORPUS
from corpus.db import get_engine
from models.tables import CitationRow, Document, TaskRow
from service.batch.dask_runner import DaskRunner
from service.batch.local import ProcessRunner
from service.ingest import ingest
from service.stats import store_stats

BULK = CORPUS / "bulk"


def per_document(url: str) -> dict[str, tuple]:
    """content hash -> (number, issuer, citations, tasks) of every stored document."""
    with Session(get_engine(url)) as session:
        cits = dict(session.exec(select(CitationRow.source_id, func.count()).group_by(CitationRow.source_id)).all())
        tasks = dict(session.exec(select(TaskRow.document_id, func.count()).group_by(TaskRow.document_id)).all())
        docs = session.exec(select(Document).where(Document.stub == False)).all()  # noqa: E712
        return {d.content_hash: (d.number, d.issuer, cits.get(d.id, 0), tasks.get(d.id, 0)) for d in docs}


def stats(url: str) -> dict:
    with Session(get_engine(url)) as session:
        return store_stats(session)


def test_the_bulk_corpus_on_a_dask_cluster_into_postgresql_equals_the_local_path(postgres_url: str, sqlite_url: str):
    from distributed import LocalCluster

    started = time.monotonic()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp://",
                      dashboard_address=":0") as cluster:
        assert cluster.scheduler_address.startswith("tcp://")
        on_dask = ingest(postgres_url, [BULK], runner=DaskRunner(cluster.scheduler_address, workers=2))
    print(f"dask -> postgresql: {on_dask.line()} ({time.monotonic() - started:.1f}s)")
    local = ingest(sqlite_url, [BULK], runner=ProcessRunner(2))
    assert on_dask.failures == local.failures == []
    assert on_dask.stored == local.stored and on_dask.duplicates == local.duplicates
    assert on_dask.stored + on_dask.duplicates == len(list(BULK.glob("*.txt")))
    assert per_document(postgres_url) == per_document(sqlite_url)
    assert stats(postgres_url) == stats(sqlite_url)
