"""Full-text search, diacritics folded, in SQLite (FTS5) and PostgreSQL (tsvector).

The store holds the real dev and seed texts with their header fields taken from the
gold files, so the rows below do not move while the header extractor improves."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from corpus.db import get_engine, session_scope
from corpus.search import _mark_patterns, _snippet, fold, query_terms, search
from corpus.store import content_hash, save_extraction
from models.extraction import Body, Extraction

from conftest import CORPUS, GOLD, SEED_000, temporary_postgres

DOCS = sorted((CORPUS / "dev").glob("*.txt")) + sorted((CORPUS / "seeds").glob("*.txt"))


def _extraction(path) -> Extraction:
    gold = json.loads((GOLD / path.parent.name / path.with_suffix(".json").name).read_text())
    issuers = gold.get("issuer") or []
    return Extraction(text=path.read_text(encoding="utf-8"), number=gold.get("number"),
                      subject=gold.get("subject"), doc_type=gold.get("doc_type"),
                      issuer=Body(name=issuers[0]) if issuers else None)


def _fill(url: str) -> str:
    with session_scope(url) as session:
        for path in DOCS:
            save_extraction(session, _extraction(path), digest=content_hash(path.read_bytes()), source=path.name)
    return url


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def store_url(request, tmp_path_factory):
    """The same store in SQLite and in a PostgreSQL database made for this module."""
    if request.param == "sqlite":
        yield _fill(f"sqlite:///{tmp_path_factory.mktemp('search') / 'vanban.db'}")
        return
    with temporary_postgres("vanban_search_test") as url:
        yield _fill(url)


def _sources(url: str, q: str, field: str = "all", limit: int = 20) -> list[str]:
    with session_scope(url) as session:
        return [hit.document.source for hit in search(session, q, field=field, limit=limit).items]


FINDS = [
    # (query, field, a document it must find, must it rank first)
    ("cai cach hanh chinh", "all", "000_4cd450a5cf9edbcb.txt", False),
    ("cải cách hành chính", "all", "000_4cd450a5cf9edbcb.txt", False),
    ("CẢI CÁCH HÀNH CHÍNH", "text", "000_4cd450a5cf9edbcb.txt", False),
    ("de xuat bien che", "subject", "hd_004.txt", True),
    ("10989/BNV-TCBC", "number", "hd_004.txt", True),
    ("10989", "all", "hd_004.txt", True),
    ("bo noi vu", "issuer", "hd_004.txt", True),
    ("So Giao duc va Dao tao Ha Noi", "issuer", "hd_010.txt", True),
    ("cao toc Ben Luc Long Thanh", "all", "hd_007.txt", True),
    ("chuẩn hoá dữ liệu số nhà", "all", "hd_002.txt", True),  # old tone placement: hoá == hóa
    ("don gia thue da", "subject", "hd_012.txt", True),  # the last word is a prefix: đa -> đất
    ("1313/UBND-TTHC", "text", "000_4cd450a5cf9edbcb.txt", False),
]


@pytest.mark.parametrize("q,field,expected,first", FINDS)
def test_finds(store_url, q, field, expected, first):
    found = _sources(store_url, q, field)
    assert expected in found
    if first:
        assert found[0] == expected


def test_field_restricts_and_nonsense_finds_nothing(store_url):
    assert "hd_004.txt" not in _sources(store_url, "de xuat bien che", "issuer")
    assert _sources(store_url, "10989/BNV-TCBC", "subject") == []
    assert _sources(store_url, "xyzzy qwerty") == []
    assert _sources(store_url, '"!! ( * :') == []  # no words, and no query syntax leaks through


def test_total_counts_all_matches_and_pages(store_url):
    with session_scope(store_url) as session:
        everything = search(session, "ubnd", limit=100)
        page = search(session, "ubnd", limit=2, offset=2)
    assert everything.total == len(everything.items) >= 4
    assert page.total == everything.total
    assert [h.document.id for h in page.items] == [h.document.id for h in everything.items[2:4]]


def test_snippet_is_original_text_with_matched_words_marked(store_url):
    with session_scope(store_url) as session:
        [hit] = search(session, "de xuat bien che", field="subject").items
    marked = [hit.snippet[a:b] for a, b in hit.marks]
    assert {"đề", "xuất", "biên", "chế"} <= {w.lower() for w in marked}
    assert "\n" not in hit.snippet and "  " not in hit.snippet
    assert hit.dump()["marks"] and hit.dump()["number"] == "10989/BNV-TCBC"


def test_fold_keeps_offsets_and_query_words():
    s = "Ủy ban nhân dân tỉnh Quảng Ngãi – ĐƯỜNG cao tốc Bến Lức, hoá đơn"
    assert len(fold(s)) == len(s)
    assert fold(s) == "uy ban nhan dan tinh quang ngai – duong cao toc ben luc, hoa đon".replace("đ", "d")
    assert query_terms("1313/UBND-TTHC,  Bình Sơn") == [["1313", "ubnd", "tthc"], ["binh", "son"]]
    assert query_terms("ke hoach; Bình Sơn") == [["ke", "hoach"], ["binh", "son"]]


def test_api_search_answers_items_and_total(client):
    assert client.post("/api/documents", files={"file": (SEED_000.name, SEED_000.read_bytes())}).status_code == 201
    body = client.get("/api/search", params={"q": "cai cach hanh chinh"}).json()
    assert set(body) == {"items", "total", "limit", "offset", "next", "numbered"} and body["total"] == 1 and body["next"] is None
    [item] = body["items"]
    assert item["source"] == SEED_000.name and item["snippet"] and item["marks"]
    assert client.get("/api/search", params={"q": "cai", "field": "everywhere"}).status_code == 422
    assert client.get("/api/search", params={"q": "a" * 301}).status_code == 422
    assert client.get("/api/search").status_code == 422


@pytest.mark.parametrize("q,marked", [
    ("bộ", ["BỘ", "BỘ"]),  # typed with tone marks: only that word is marked
    ("bo", ["BỎ", "BỘ", "BỘ", "BỒI"]),  # typed without: every word that folds to it (the last word is a prefix)
    ("bổ", ["BỎ", "BỘ", "BỘ", "BỒI"]),  # not in the text as typed: fall back to any tone marks
])
def test_snippet_marks_words_as_typed_when_typed_with_tone_marks(q, marked):
    line = (CORPUS / "bulk" / "bk_6db5764f41d7.txt").read_text(encoding="utf-8")
    line = line[line.index("BÃI BỎ THÔNG TƯ SỐ 31/2015"):][:120]
    snippet, marks = _snippet(line, _mark_patterns(q, query_terms(q)))
    assert [snippet[a:b] for a, b in marks] == marked


def test_rows_of_documents_deleted_behind_its_back_are_not_answered(sqlite_url):
    from sqlalchemy import delete

    from models.tables import Document

    path = CORPUS / "dev" / "hd_004.txt"
    with session_scope(sqlite_url) as session:
        doc = save_extraction(session, _extraction(path), digest="x", source=path.name)
        assert search(session, "de xuat bien che").total == 1
        session.execute(delete(Document).where(Document.id == doc.id))  # no unindex_document
        assert search(session, "de xuat bien che").total == 0


@pytest.mark.parametrize("backend", ["sqlite_url", "postgres_url"])
def test_a_store_made_before_the_index_gets_it_filled_at_start(request, backend):
    url = request.getfixturevalue(backend)
    path = CORPUS / "dev" / "hd_004.txt"
    with session_scope(url) as session:
        save_extraction(session, _extraction(path), digest="x", source=path.name)
        session.execute(text("DROP TABLE document_search"))
    get_engine(url).dispose()
    get_engine.cache_clear()  # the next engine creates the schema again, as `vanban serve` does at start
    assert _sources(url, "de xuat bien che") == [path.name]
