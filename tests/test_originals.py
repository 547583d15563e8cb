"""Originals kept: the file as received, by content hash beside the database, downloadable,
re-read by `reextract`, removed with its document; batch ingest and jobs keep them too."""
from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

from corpus.db import session_scope
from models.tables import Document
from service.batch.local import ProcessRunner
from service.ingest import ingest
from service.originals import Originals, open_originals, originals_folder
from service.settings import load_settings

from conftest import CORPUS, SEED_000

PDF = CORPUS / "pdf" / "pd_017.pdf"
LEGACY_DOC = CORPUS / "legacy" / "hd_052.doc"
BULK = sorted((CORPUS / "bulk").glob("*.txt"))


def upload(client, path: Path, name: str | None = None):
    return client.post("/api/documents", files={"file": (name or path.name, path.read_bytes())})


def kept_files(folder: Path) -> set[str]:
    return {p.name for p in folder.rglob("*") if p.is_file()}


def test_the_folder_is_beside_a_sqlite_file_or_set(tmp_path: Path):
    assert originals_folder(load_settings(db=f"sqlite:///{tmp_path}/office.db")) == tmp_path / "office-originals"
    assert originals_folder(load_settings(db="postgresql://u@h/db")) is None  # nothing kept unless set
    assert originals_folder(load_settings(db="postgresql://u@h/db", originals_dir=str(tmp_path / "o"))) == tmp_path / "o"
    assert originals_folder(load_settings(db="sqlite:///:memory:")) is None


def test_an_upload_keeps_its_file_and_serves_it(client, tmp_path: Path):
    body = upload(client, SEED_000).json()
    digest = hashlib.sha256(SEED_000.read_bytes()).hexdigest()
    assert (tmp_path / "vanban-originals" / digest[:2] / digest).read_bytes() == SEED_000.read_bytes()
    assert body["original_url"] == f"/api/documents/{body['id']}/original"
    got = client.get(body["original_url"])
    assert got.status_code == 200 and got.content == SEED_000.read_bytes()
    assert got.headers["content-type"] == "text/plain; charset=utf-8"
    assert got.headers["content-disposition"] == f'inline; filename="{SEED_000.name}"'
    assert got.headers["x-content-type-options"] == "nosniff"

    pdf = upload(client, PDF).json()
    shown = client.get(pdf["original_url"])
    assert shown.headers["content-type"] == "application/pdf" and shown.content == PDF.read_bytes()
    assert shown.headers["content-disposition"].startswith("inline;")

    word = upload(client, LEGACY_DOC, name="Công văn \"mật\".doc").json()
    saved = client.get(word["original_url"])
    assert saved.headers["content-type"] == "application/msword"
    assert saved.headers["content-disposition"].startswith("attachment; filename*=utf-8''C%C3%B4ng")
    assert saved.headers["content-security-policy"] == "sandbox"
    assert client.get("/api/documents/999/original").status_code == 404


def test_reextract_reads_the_original_again(client, sqlite_url: str):
    doc = upload(client, SEED_000).json()
    with session_scope(sqlite_url) as session:  # a stored text spoiled, as an old loader might have left it
        session.execute(text("UPDATE document SET text = 'hỏng' WHERE id = :id"), {"id": doc["id"]})
    again = client.post(f"/api/documents/{doc['id']}/reextract")
    assert again.status_code == 200
    assert again.json()["number"] == doc["number"] and len(again.json()["tasks"]) == len(doc["tasks"])
    assert "Nguyễn Tưởng Duy" in client.get(f"/api/documents/{doc['id']}", params={"text": True}).json()["text"]


def test_delete_removes_the_file(client, tmp_path: Path):
    doc = upload(client, SEED_000).json()
    folder = tmp_path / "vanban-originals"
    assert kept_files(folder) == {doc["content_hash"]}
    assert client.delete(f"/api/documents/{doc['id']}").status_code == 200
    assert kept_files(folder) == set()
    assert client.get(f"/api/documents/{doc['id']}/original").status_code == 404


def test_batch_ingest_keeps_the_files_that_became_documents(tmp_path: Path, sqlite_url: str):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for p in BULK[:3]:
        (inbox / p.name).write_bytes(p.read_bytes())
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    originals = open_originals(load_settings(db=sqlite_url))
    summary = ingest(sqlite_url, [inbox], runner=ProcessRunner(1), originals=originals)
    assert summary.stored + summary.duplicates == 3 and len(summary.failures) == 1
    with session_scope(sqlite_url) as session:
        named = set(session.exec(select(Document.original).where(Document.original.is_not(None))))
    assert len(named) == summary.stored
    assert kept_files(originals.folder) == named  # the failed file's copy is gone


def test_a_file_is_written_once_and_atomically(tmp_path: Path):
    originals = Originals(tmp_path)
    data = SEED_000.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    assert originals.keep(data, digest) == digest
    mtime = originals.path(digest).stat().st_mtime_ns
    originals.keep(data, digest)
    assert originals.path(digest).stat().st_mtime_ns == mtime
    assert [p.name for p in originals.path(digest).parent.iterdir()] == [digest]  # no temporary left
