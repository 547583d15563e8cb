"""The pieces the pages are drawn from: highlighted spans, recurrence in words, the graph's layout."""
from __future__ import annotations

import re

import pytest
from sqlmodel import select

from api.web.graph_layout import BOX_W, layout
from api.web.highlight import Mark, extraction_marks, pieces
from api.web.views import citation_views, recurrence_label
from corpus.db import session_scope
from corpus.graph import chain, cites
from models.tables import Document

from conftest import SEED_000, SEEDS, store_file


@pytest.mark.parametrize("rrule,words", [
    ("FREQ=MONTHLY;INTERVAL=3", "hằng quý"),
    ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=7", "hằng quý, ngày 7"),
    ("RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", "hằng năm, ngày 15 tháng 12"),
    ("FREQ=MONTHLY;INTERVAL=6", "6 tháng một lần"),
    ("FREQ=WEEKLY", "hằng tuần"),
    ("FREQ=MONTHLY;INTERVAL=2", "2 tháng một lần"),
    ("định kỳ hằng tháng", "định kỳ hằng tháng"),  # a plain description stays as it is
    ("FREQ=HOURLY", "FREQ=HOURLY"),
])
def test_recurrence_in_words(rrule, words):
    assert recurrence_label(rrule) == words


def test_overlapping_spans_cut_into_pieces_with_anchors():
    text = SEED_000.read_text(encoding="utf-8")
    sentence = text.index("Các phòng, ban, đơn vị thuộc huyện và UBND")
    number = text.index("1313/UBND-TTHC", sentence)
    marks = [Mark(sentence, number + 40, "task", "task-0", "Nhiệm vụ 1"),
             Mark(number, number + 14, "cit", "cit-1", "Dẫn chiếu"),
             Mark(5, 2, "cit", "cit-9", "an empty span is ignored"),
             Mark(len(text) - 1, len(text) + 5, "task", "task-9", "past the end is ignored")]
    out = pieces(text, marks)
    assert "".join(p.text for p in out) == text
    [cited] = [p for p in out if p.kinds == ["cit", "task"]]
    assert cited.text == "1313/UBND-TTHC" and cited.anchors == ["cit-1"]
    [first] = [p for p in out if p.anchors == ["task-0"]]
    assert first.text.startswith("Các phòng, ban") and first.kinds == ["task"]


def test_stored_extraction_marks_every_citation_task_and_deadline():
    extraction = {
        "citations": [{"number": "1313/UBND-TTHC", "text": "Công văn số 1313/UBND-TTHC",
                       "span": {"start": 3, "end": 9}}],
        "tasks": [{"span": {"start": 0, "end": 20},
                   "deadline": {"text": "trước ngày 15", "span": {"start": 12, "end": 18}}},
                  {"span": {"start": 30, "end": 40}, "deadline": None}],
    }
    assert [(m.kind, m.anchor) for m in extraction_marks(extraction)] == [
        ("cit", "cit-0"), ("task", "task-0"), ("deadline", "deadline-0"), ("task", "task-1")]


def test_neighbourhood_layout_puts_citers_left_and_cited_right(sqlite_url):
    with session_scope(sqlite_url) as session:
        for path in SEEDS:
            store_file(session, path.read_bytes(), path.name)
    with session_scope(sqlite_url) as session:
        stub = session.exec(select(Document).where(Document.number_key == "1313/UBND-TTHC")).one()
        around = chain(session, stub, direction="both", depth=2)
        graph = layout(around)
        center = next(n for n in graph.nodes if n.center)
        citers = [n for n in graph.nodes if n.level == -1]
        citer_sources = {n["source"] for n in around["nodes"] if n["level"] == -1}
        seed = session.exec(select(Document).where(Document.source == SEED_000.name)).one()
        views = citation_views(cites(session, seed))
    [view] = [v for v in views if v.number == "1313/UBND-TTHC"][:1]
    assert (view.href, view.resolution, view.date) == (f"/documents/{stub.id}", "chưa lưu", "14/03/2024")
    assert stub.stub and center.stub and center.id == stub.id
    assert citer_sources >= {SEEDS[0].name, SEEDS[1].name}  # seeds 000 and 001 cite 1313/UBND-TTHC
    assert all(n.x + BOX_W < center.x for n in citers)
    assert len(graph.edges) >= len(citers) and graph.width > center.x + BOX_W


def test_a_long_column_is_cut_and_counted():
    def node(i: int, level: int) -> dict:
        return {"id": i, "level": level, "doc_type": "Công văn", "number": f"{i}/UBND-VP", "issuer": "UBND tỉnh",
                "issued_date": "2025-11-19", "source": None, "subject": None, "stub": False}

    chain_answer = {"nodes": [node(0, 0)] + [node(i, -1) for i in range(1, 46)],
                    "edges": [{"source": i, "target": 0, "relation": "basis"} for i in range(1, 46)]}
    graph = layout(chain_answer)
    assert graph.cut == {-1: 5}
    assert len(graph.nodes) == 41 and len(graph.edges) == 40
    assert graph.nodes[1].subtitle == "19/11/2025 · UBND tỉnh"


def test_pages_escape_the_document_text(client):
    text = SEED_000.read_text(encoding="utf-8") + "\n<script>alert('x')</script>\n"
    doc = client.post("/api/documents", files={"file": ("x.txt", text.encode())}).json()
    page = client.get(f"/documents/{doc['id']}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    found = client.get("/search", params={"q": "script alert"}).text
    assert "<script>alert" not in found and "&lt;<mark>script</mark>&gt;<mark>alert</mark>" in found


def test_the_pages_speak_vietnamese_when_they_refuse(client):
    missing = client.get("/documents/424242")
    assert missing.status_code == 404
    assert "Không có văn bản hay mục này" in missing.text and "no document" not in missing.text
    bad_date = client.get("/tasks", params={"due_after": "31/12"})
    assert bad_date.status_code == 400 and "không phải là ngày" in bad_date.text
    assert "không có" in client.get("/tasks", params={"status": "late"}).text


def test_the_register_page_lists_letters_by_incoming_number(client):
    for path in SEEDS[:3]:
        client.post("/api/documents", files={"file": (path.name, path.read_bytes())})
    page = client.get("/so-den")
    assert page.status_code == 200
    assert [int(n) for n in re.findall(r'<td data-label="Số đến" class="incoming">(\d+)</td>', page.text)] == [1, 2, 3]
    assert "Tên loại và trích yếu nội dung" in page.text and "/api/register.xlsx?year=" in page.text


def test_a_recurring_deadline_past_this_year_shows_its_next_occurrence():
    import datetime as dt

    from api.web.views import DueView, due_view

    today = dt.date(2026, 12, 5)
    quarterly = {"deadline": {"date": "2026-03-07", "recurrence": "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=7"}}
    assert due_view(quarterly, today) == DueView(dt.date(2026, 12, 7), False, True)
    annual = {"deadline": {"date": "2026-01-15", "recurrence": "FREQ=YEARLY"}}
    assert due_view(annual, today) == DueView(dt.date(2027, 1, 15), False, True)
    once = {"deadline": {"date": "2026-03-07", "recurrence": None}}
    assert due_view(once, today) == DueView(dt.date(2026, 3, 7), True, False)
    assert due_view({**once, "status": "done"}, today).overdue is False
    ahead = {"deadline": {"date": "2026-12-20", "recurrence": "FREQ=YEARLY"}}
    assert due_view(ahead, today) == DueView(dt.date(2026, 12, 20), False, False)
