"""The register of incoming letters: numbers 1, 2, 3 ... per year given in the storing
transaction (also under concurrent stores, SQLite and PostgreSQL), listed, filtered, paged,
changed, exported in the columns of Decree 30/2020 Appendix IV; an older store is upgraded."""
from __future__ import annotations

import csv
import datetime as dt
import io
import threading

from openpyxl import load_workbook
from sqlalchemy import text
from sqlmodel import select

from corpus.db import get_engine, session_scope
from corpus.register import enter_letter, today
from corpus.store import content_hash, save_extraction
from extractors.pipeline import extract_text
from models.tables import Document, RegisterEntry, TaskRow
from service.register_export import COLUMNS

from conftest import CORPUS, SEEDS

BULK = sorted((CORPUS / "bulk").glob("*.txt"))


def upload(client, path):
    return client.post("/api/documents", files={"file": (path.name, path.read_bytes())}).json()


def test_each_stored_letter_gets_the_next_number_of_the_year(client):
    docs = [upload(client, p) for p in SEEDS[:3]]
    assert [d["register_line"]["number"] for d in docs] == [1, 2, 3]
    assert {d["register_line"]["received_date"] for d in docs} == {today().isoformat()}
    listed = client.get("/api/register", params={"year": today().year}).json()
    assert [(r["number"], r["document_id"], r["doc_number"]) for r in listed["items"]] == [
        (i + 1, d["id"], d["number"]) for i, d in enumerate(docs)]
    assert (listed["total"], listed["next"]) == (3, None)
    first = client.get("/api/register", params={"limit": 2}).json()
    assert first["total"] == 3 and [r["number"] for r in first["items"]] == [1, 2]
    second = client.get(first["next"]).json()
    assert [r["number"] for r in second["items"]] == [3] and second["next"] is None


def test_a_line_is_changed_filtered_and_exported(client):
    docs = [upload(client, p) for p in SEEDS[:3]]
    changed = client.patch(f"/api/register/{docs[1]['id']}",
                           json={"handler": "Phòng Nội vụ", "deadline": "2026-12-31", "status": "in_progress",
                                 "note": "Trình lãnh đạo"})
    assert changed.status_code == 200, changed.text
    assert (changed.json()["status_label"], changed.json()["handler"]) == ("đang xử lý", "Phòng Nội vụ")
    assert [r["number"] for r in client.get("/api/register", params={"handler": "phong noi"}).json()["items"]] == [2]
    assert client.get("/api/register", params={"handler": "%"}).json()["total"] == 0  # a letter, not a wildcard
    assert client.get("/api/register", params={"status": "open"}).json()["total"] == 2
    day = today().isoformat()
    assert client.get("/api/register", params={"received_from": day, "received_to": day}).json()["total"] == 3
    assert client.get("/api/register", params={"received_to": "2000-01-01"}).json()["total"] == 0
    for bad in ({"status": "late"}, {"number": 7}):
        assert client.patch(f"/api/register/{docs[0]['id']}", json=bad).status_code == 422
    assert client.patch("/api/register/999999", json={"status": "done"}).status_code == 404

    sheet = client.get("/api/register.csv", params={"sep": "semicolon", "year": today().year})
    rows = list(csv.reader(io.StringIO(sheet.content.decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == COLUMNS and [r[1] for r in rows[1:]] == ["1", "2", "3"]
    assert rows[2][6] == "Phòng Nội vụ" and rows[2][-2:] == ["31/12/2026", "đang xử lý"]
    assert rows[1][3] == (docs[0]["number"] or "") and rows[1][2] == (docs[0]["issuer"] or "") and sheet.headers["x-total-count"] == "3"

    book = load_workbook(io.BytesIO(client.get("/api/register.xlsx", params={"year": today().year}).content))
    sheet_rows = list(book.active.iter_rows(values_only=True))
    assert sheet_rows[0][0] == f"SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM {today().year}"
    assert tuple(sheet_rows[1]) == COLUMNS and [r[1] for r in sheet_rows[2:]] == [1, 2, 3]


def test_numbers_restart_each_year_and_a_deleted_number_is_not_given_again(sqlite_url: str):
    ex = extract_text(SEEDS[0].read_text(encoding="utf-8"))
    with session_scope(sqlite_url) as session:
        ids = [save_extraction(session, ex, digest=f"h{i}", source=f"{i}.txt").id for i in range(3)]
    with session_scope(sqlite_url) as session:
        session.execute(text("DELETE FROM register_entry"))
        numbers = [enter_letter(session, ids[0], dt.date(1999, 12, 31)).number,
                   enter_letter(session, ids[1], dt.date(2000, 1, 1)).number,
                   enter_letter(session, ids[2], today()).number]
    assert numbers == [1, 1, 4]  # 1, 2, 3 of this year were given before their lines were deleted


def _store_at_once(url: str, n: int) -> list[int]:
    """n threads, each storing a letter in its own transaction at the same moment."""
    ex = extract_text(SEEDS[0].read_text(encoding="utf-8"))
    get_engine(url)  # the schema exists before the stores start, as in a running server
    start = threading.Barrier(n)
    errors: list[BaseException] = []

    def store(i: int) -> None:
        try:
            start.wait()
            with session_scope(url) as session:
                save_extraction(session, ex, digest=f"concurrent-{i}", source=f"{i}.txt", resolve=False)
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=store, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    with session_scope(url) as session:
        return sorted(session.exec(select(RegisterEntry.number)).all())


def test_concurrent_stores_get_distinct_numbers_on_sqlite(sqlite_url: str):
    assert _store_at_once(sqlite_url, 8) == list(range(1, 9))


def test_concurrent_stores_get_distinct_numbers_on_postgres(postgres_url: str):
    assert _store_at_once(postgres_url, 8) == list(range(1, 9))


def test_an_older_store_is_upgraded_and_its_letters_numbered(sqlite_url: str):
    with session_scope(sqlite_url) as session:
        for path in BULK[:2]:
            ex = extract_text(path.read_text(encoding="utf-8"))
            save_extraction(session, ex, digest=content_hash(path.read_bytes()), source=path.name)
    engine = get_engine(sqlite_url)
    with engine.begin() as conn:  # back to the tables of the release before the register and the workflow
        for sql in ("DROP TABLE register_entry", "DROP TABLE register_counter", "DROP INDEX ix_task_status",
                    "ALTER TABLE task DROP COLUMN status", "ALTER TABLE task DROP COLUMN assigned_to",
                    "ALTER TABLE task DROP COLUMN note", "ALTER TABLE task DROP COLUMN done_date",
                    "ALTER TABLE task DROP COLUMN deadline_kind",
                    "ALTER TABLE document DROP COLUMN original"):
            conn.exec_driver_sql(sql)
    engine.dispose()
    get_engine.cache_clear()
    with session_scope(sqlite_url) as session:
        entries = session.exec(select(RegisterEntry).order_by(RegisterEntry.number)).all()
        assert [e.number for e in entries] == [1, 2]
        assert {t.status for t in session.exec(select(TaskRow)).all()} == {"open"}
        assert session.exec(select(Document.original)).first() is None
    with get_engine(sqlite_url).connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'ix_task_status'").scalar() == 1


def test_a_sheet_cell_is_never_a_formula():
    from service.register_export import register_xlsx

    entry = RegisterEntry(document_id=1, year=2026, number=7, received_date=dt.date(2026, 1, 2), status="done")
    doc = Document(id=1, subject='=HYPERLINK("http://example.invalid")', issuer="-UBND xã")
    [row] = list(load_workbook(io.BytesIO(register_xlsx([(entry, doc)], title="T"))).active.iter_rows(min_row=3))
    assert row[5].value == '=HYPERLINK("http://example.invalid")' and row[5].data_type == "s"  # text, not "f"
    assert (row[1].value, row[1].data_type) == (7, "n") and row[2].value == "-UBND xã" and row[-1].value == "đã xử lý"
