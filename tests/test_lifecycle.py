"""Delete and re-extract: a deleted document that others cite turns back into a stub;
re-extraction updates a stored document in place.

Two real bulk documents: Quyết định 3574/QĐ-BYT of the Bộ Y tế, and a Hưng Yên decision
that cites it. Their header and citation fields are given here (not extracted) so the rows
stay put while the extractors improve; re-extraction is checked against the live pipeline."""
from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import select
from typer.testing import CliRunner

from api.app import create_app
from cli.app import app as cli
from corpus.db import session_scope
from corpus.search import search
from corpus.store import content_hash, save_extraction
from extractors.pipeline import extract_text
from models.extraction import Body, Citation as CitationModel, Extraction, Span, Task as TaskModel
from models.tables import CitationRow, Document, SourceFile, TaskRow
from service.errors import NotFound
from service.lifecycle import delete_document, reextract_document
from service.settings import load_settings

from conftest import CORPUS, SEED_000

CITED = CORPUS / "bulk" / "bk_aab8ca582413.txt"  # Số: 3574/QĐ-BYT
CITING = CORPUS / "bulk" / "bk_48edf4df3543.txt"  # "... 3574/QĐ-BYT ngày 19/11/2025 của Bộ trưởng Bộ Y tế ..."
NUMBER = "3574/QĐ-BYT"


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase))


def _cited() -> Extraction:
    text = CITED.read_text(encoding="utf-8")
    return Extraction(doc_type="Quyết định", number=NUMBER, issued_date=dt.date(2025, 11, 19),
                      issuer=Body(name="Bộ Y tế"), text=text,
                      tasks=[TaskModel(action="công bố", text="Điều", span=_span(text, "Điều"))])


def _citing(number: str = NUMBER) -> Extraction:
    text = CITING.read_text(encoding="utf-8")
    cit = CitationModel(doc_type="Quyết định", number=number, date=dt.date(2025, 11, 19),
                        issuer=Body(name="Bộ trưởng Bộ Y tế"), relation="basis",
                        text=number, span=_span(text, number))
    return Extraction(doc_type="Quyết định", issuer=Body(name="UBND tỉnh Hưng Yên"), text=text, citations=[cit])


def _save(session, ex: Extraction, path) -> Document:
    return save_extraction(session, ex, digest=content_hash(path.read_bytes()), source=path.name)


def _citation(session, source_id: int) -> CitationRow:
    return session.exec(select(CitationRow).where(CitationRow.source_id == source_id)).one()


@pytest.fixture(params=["sqlite", "postgres"])
def any_url(request) -> str:
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")


def test_deleting_a_cited_document_leaves_a_stub_that_a_new_upload_fills(any_url):
    with session_scope(any_url) as session:
        cited_id, citing_id = _save(session, _cited(), CITED).id, _save(session, _citing(), CITING).id
        assert _citation(session, citing_id).resolution == "resolved"
        session.add(SourceFile(content_hash=content_hash(CITED.read_bytes()), document_id=cited_id, source=CITED.name))
    with session_scope(any_url) as session:
        assert delete_document(session, cited_id).dump() == {"id": cited_id, "number": NUMBER, "stub": True}
    with session_scope(any_url) as session:
        stub = session.get(Document, cited_id)
        assert stub.stub and stub.text is None and stub.content_hash is None and stub.number == NUMBER
        assert (_citation(session, citing_id).target_id, _citation(session, citing_id).resolution) == (cited_id, "stub")
        assert session.exec(select(TaskRow).where(TaskRow.document_id == cited_id)).all() == []
        assert session.exec(select(SourceFile)).all() == []  # the batch ledger forgets the file
        assert search(session, NUMBER, field="number").total == 0
        with pytest.raises(NotFound, match="stub"):
            delete_document(session, cited_id)
    with session_scope(any_url) as session:
        assert _save(session, _cited(), CITED).id == cited_id  # the upload takes the stub's place
        assert _citation(session, citing_id).resolution == "resolved"
        assert search(session, NUMBER, field="number").total == 1


def test_deleting_an_uncited_document_removes_it_and_the_stubs_only_it_cited(sqlite_url):
    with session_scope(sqlite_url) as session:
        citing_id = _save(session, _citing(), CITING).id
        stub_id = _citation(session, citing_id).target_id
        assert session.get(Document, stub_id).stub
    with session_scope(sqlite_url) as session:
        assert delete_document(session, citing_id).stub is False
    with session_scope(sqlite_url) as session:
        assert session.exec(select(Document)).all() == []
        assert session.exec(select(CitationRow)).all() == []
        with pytest.raises(NotFound):
            delete_document(session, citing_id)


def test_reextract_updates_in_place_and_drops_what_the_old_version_cited(sqlite_url):
    with session_scope(sqlite_url) as session:  # an "old version" misread 3574/QĐ-BYT as 3574/QĐ
        doc_id = _save(session, _citing("3574/QĐ"), CITING).id
        assert session.exec(select(Document).where(Document.number_key == "3574/QD")).one().stub
    assert reextract_document(sqlite_url, doc_id)["id"] == doc_id
    fresh = extract_text(CITING.read_text(encoding="utf-8"))
    with session_scope(sqlite_url) as session:
        doc = session.get(Document, doc_id)
        assert doc.extraction == fresh.scored_dict()
        assert doc.number == fresh.number
        assert session.exec(select(Document).where(Document.number_key == "3574/QD")).all() == []
        cits = session.exec(select(CitationRow).where(CitationRow.source_id == doc_id)).all()
        assert len(cits) == len(fresh.citations)
        assert len(session.exec(select(TaskRow).where(TaskRow.document_id == doc_id)).all()) == len(fresh.tasks)
        index_rows = session.execute(text("SELECT count(*) FROM document_search WHERE rowid = :id"), {"id": doc_id})
        assert index_rows.scalar() == 1  # its search row replaced, not doubled


def test_http_delete_and_reextract(sqlite_url):
    with TestClient(create_app(load_settings(db=sqlite_url))) as client:
        doc = client.post("/api/documents", files={"file": (SEED_000.name, SEED_000.read_bytes())}).json()
        again = client.post(f"/api/documents/{doc['id']}/reextract")
        assert again.status_code == 200 and again.json()["id"] == doc["id"]
        assert len(again.json()["tasks"]) == len(doc["tasks"])
        assert client.get("/api/search", params={"q": "cai cach hanh chinh"}).json()["total"] == 1
        gone = client.delete(f"/api/documents/{doc['id']}")
        assert gone.status_code == 200 and gone.json()["stub"] is False
        assert client.get(f"/api/documents/{doc['id']}").status_code == 404
        found = client.get("/api/search", params={"q": "cai cach hanh chinh"}).json()
        assert (found["items"], found["total"], found["next"]) == ([], 0, None)
        missing = client.delete("/api/documents/424242")
        assert missing.status_code == 404 and missing.json()["detail"] == "no document with id 424242"


def test_cli_reextract_delete_and_reindex(sqlite_url):
    with session_scope(sqlite_url) as session:
        cited_id = _save(session, _cited(), CITED).id
        _save(session, _citing(), CITING)
    runner = CliRunner()
    assert runner.invoke(cli, ["reextract", "--db", sqlite_url]).exit_code == 2  # neither ids nor --all
    done = runner.invoke(cli, ["reextract", "--all", "--db", sqlite_url])
    assert done.exit_code == 0 and "re-extracted 2, failed 0" in done.stdout
    assert "indexed 2 documents" in runner.invoke(cli, ["reindex", "--db", sqlite_url]).stdout
    deleted = runner.invoke(cli, ["delete", str(cited_id), "999", "--db", sqlite_url])
    assert deleted.exit_code == 1 and f"deleted #{cited_id}" in deleted.stdout and "999" in deleted.stderr
