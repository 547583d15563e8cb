"""The reference graph: resolution, stubs, conflicts, stated links, queries, export,
and the bulk corpus ingested in both orders."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from sqlalchemy import text
from sqlmodel import select
from typer.testing import CliRunner

from corpus import graph
from corpus.db import session_scope
from corpus.store import content_hash, save_extraction
from extractors.citations import find_citations
from models.extraction import Body, Extraction
from models.tables import CitationRow, Document

BULK = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk"

HCM = ("Ủy ban nhân dân thành phố Hồ Chí Minh", "Hồ Chí Minh")
QUANG_TRI = ("Ủy ban nhân dân tỉnh Quảng Trị", "Quảng Trị")
HA_TINH = ("Sở Nội vụ tỉnh Hà Tĩnh", "Hà Tĩnh")
QUANG_NGAI = ("Ủy ban nhân dân tỉnh Quảng Ngãi", "Quảng Ngãi")
MINISTRY = ("Bộ Nội vụ", None)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request) -> str:
    """Each small graph test runs on SQLite and on the PostgreSQL server."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")


def letter(number: str, body: tuple[str, str | None], day: dt.date, text: str, doc_type: str = "Công văn") -> Extraction:
    """An extraction with the header given and the citations read from `text`."""
    cits, links = find_citations(text, own_number=number, doc_date=day)
    name, province = body
    return Extraction(doc_type=doc_type, number=number, issued_date=day, issued_year=day.year,
                      issuer=Body(name=name, canonical=name, province=province), citations=cits,
                      citation_links=links, text=f"{number}\n{text}")


def store(url: str, *letters: Extraction) -> list[int]:
    ids = []
    for ex in letters:
        with session_scope(url) as session:
            ids.append(save_extraction(session, ex, digest=content_hash(ex.text.encode()), source=ex.number).id)
    return ids


def targets(url: str, doc_id: int) -> list[tuple[str, str, int | None]]:
    with session_scope(url) as session:
        return [(c.number, c.resolution, c.target_id) for c in session.exec(
            select(CitationRow).where(CitationRow.source_id == doc_id).order_by(CitationRow.position))]


def test_a_stub_is_taken_over_when_the_cited_document_arrives(store_url):
    citing, = store(store_url, letter("12/SNV", QUANG_NGAI, dt.date(2024, 3, 20),
                                       "Thực hiện Công văn số 1313/UBND-TTHC ngày 14/3/2024 của UBND tỉnh về việc"))
    [(_, resolution, stub_id)] = targets(store_url, citing)
    assert resolution == "stub"
    cited, = store(store_url, letter("1313/UBND-TTHC", QUANG_NGAI, dt.date(2024, 3, 14), "Kính gửi các sở."))
    assert cited == stub_id
    assert targets(store_url, citing) == [("1313/UBND-TTHC", "resolved", cited)]
    with session_scope(store_url) as session:
        assert session.exec(select(Document).where(Document.stub == True)).all() == []


def test_stub_objects_a_session_loaded_see_the_resolution_that_rewrites_or_drops_them(store_url):
    """Stubs are written as plain rows: a Document a session loaded before is refreshed
    when its facts change and let go when its row is deleted."""
    from service.lifecycle import delete_document

    first, = store(store_url, letter("12/SNV", QUANG_NGAI, dt.date(2024, 3, 20),
                                      "Thực hiện Công văn số 1313/UBND-TTHC của UBND tỉnh về việc"))
    with session_scope(store_url) as session:
        stub = session.exec(select(Document).where(Document.stub == True)).one()  # noqa: E712
        assert stub.issued_date is None
        second = letter("13/SNV", QUANG_NGAI, dt.date(2024, 3, 21),
                        "Thực hiện Công văn số 1313/UBND-TTHC ngày 14/3/2024 của UBND tỉnh về việc")
        save_extraction(session, second, digest=content_hash(second.text.encode()), source=second.number)
        assert stub.issued_date == dt.date(2024, 3, 14)  # both citations agree once the second gives a date
        stub_id, second_id = stub.id, session.exec(select(Document.id).where(Document.number == "13/SNV")).one()
    with session_scope(store_url) as session:
        stub = session.get(Document, stub_id)
        delete_document(session, first)
        delete_document(session, second_id)  # nothing cites 1313/UBND-TTHC any more
        assert stub not in session and session.get(Document, stub_id) is None
    with session_scope(store_url) as session:
        assert session.exec(select(Document)).all() == []


def test_two_bodies_with_the_same_number_are_never_confused(store_url):
    """2828/QĐ-UBND was issued by Hồ Chí Minh City (19/11/2025) and by Quảng Trị (27/11/2025)."""
    hcm, qt = store(store_url,
                    letter("2828/QĐ-UBND", HCM, dt.date(2025, 11, 19), "Bãi bỏ Quyết định số 32/2023/QĐ-UBND.",
                           "Quyết định"),
                    letter("2828/QĐ-UBND", QUANG_TRI, dt.date(2025, 11, 27), "Công bố danh mục.", "Quyết định"))
    by_province, by_city, by_date, vague, other = store(
        store_url,
        letter("10/SNV", ("Sở Nội vụ tỉnh Quảng Trị", "Quảng Trị"), dt.date(2025, 12, 1),
               "Thực hiện Quyết định số 2828/QĐ-UBND của Chủ tịch UBND tỉnh;"),
        letter("11/SNV", ("Sở Nội vụ", "Hồ Chí Minh"), dt.date(2025, 12, 1),
               "Căn cứ Quyết định số 2828/QĐ-UBND của Ủy ban nhân dân Thành phố;"),
        letter("12/BNV", MINISTRY, dt.date(2025, 12, 1), "Theo Quyết định số 2828/QĐ-UBND ngày 27/11/2025;"),
        letter("13/BNV", MINISTRY, dt.date(2025, 12, 1), "Theo Quyết định số 2828/QĐ-UBND;"),
        letter("14/SNV", HA_TINH, dt.date(2025, 12, 1), "Căn cứ Quyết định số 2828/QĐ-UBND của UBND tỉnh;"))
    assert targets(store_url, by_province) == [("2828/QĐ-UBND", "resolved", qt)]
    assert targets(store_url, by_city) == [("2828/QĐ-UBND", "resolved", hcm)]
    assert targets(store_url, by_date) == [("2828/QĐ-UBND", "resolved", qt)]
    assert targets(store_url, vague) == [("2828/QĐ-UBND", "ambiguous", None)]
    [(_, resolution, stub)] = targets(store_url, other)
    assert resolution == "stub" and stub not in (hcm, qt)
    with session_scope(store_url) as session:
        result = graph.cited_by(session, "2828/QD-UBND")
    assert [(t["id"], t["stub"]) for t in result["targets"]] == [(hcm, False), (qt, False), (stub, True)]
    assert [c["number"] for c in result["ambiguous"]] == ["13/BNV"]


def test_conflicting_dates_are_kept_and_reported(store_url):
    first, second = store(
        store_url,
        letter("1/SNV", QUANG_NGAI, dt.date(2024, 5, 1), "Căn cứ Kế hoạch số 45/KH-UBND ngày 06/3/2024 của UBND tỉnh;"),
        letter("2/STC", QUANG_NGAI, dt.date(2024, 5, 2), "Căn cứ Kế hoạch số 45/KH-UBND ngày 16/3/2024 của UBND tỉnh;"))
    [(_, _, stub_a)], [(_, _, stub_b)] = targets(store_url, first), targets(store_url, second)
    assert stub_a == stub_b  # one document (same body, number and year), not two
    with session_scope(store_url) as session:
        stub = session.get(Document, stub_a)
        assert stub.issued_date is None and stub.issuer_key == "ủy ban nhân dân tỉnh quảng ngãi"
        dates = sorted(c.cited_date for c in session.exec(select(CitationRow).where(CitationRow.target_id == stub_a)))
        assert dates == [dt.date(2024, 3, 6), dt.date(2024, 3, 16)]
        [conflict] = graph.conflicts(session)
    assert conflict["dates"] == {"2024-03-06": [first], "2024-03-16": [second]}


def test_cited_by_lists_each_citing_document_once_up_to_the_limit(store_url):
    citing = store(store_url, *[letter(f"{i}/SNV", QUANG_NGAI, dt.date(2024, 5, 1),
                                       "Căn cứ Kế hoạch số 45/KH-UBND ngày 06/3/2024 của UBND tỉnh; theo Kế hoạch số "
                                       "45/KH-UBND, ...") for i in range(1, 6)])
    with session_scope(store_url) as session:
        [target] = graph.cited_by(session, "45/KH-UBND", limit=3)["targets"]
    assert target["cited_by_total"] == 5
    assert [c["id"] for c in target["cited_by"]] == citing[:3]


def test_relations_stated_between_cited_documents_are_edges(store_url):
    doc, = store(store_url, letter(
        "227/BC-UBND", QUANG_NGAI, dt.date(2024, 4, 11),
        "UBND huyện đã ban hành Quyết định số 3546/QĐ-UBND ngày 12/12/2019 về việc thu hồi Quyết định số "
        "1499/QĐ-UBND ngày 06/8/2018 của UBND huyện cho hộ kinh doanh thuê đất.", "Báo cáo"))
    (_, _, repealing), (_, _, repealed) = targets(store_url, doc)
    with session_scope(store_url) as session:
        data = graph.graph_data(session)
    stated = [e for e in data["edges"] if e["kind"] == "stated"]
    assert stated == [{"source": repealing, "target": repealed, "kind": "stated", "relation": "repeals",
                       "stated_in": doc}]


def _chain_of_three(url: str) -> tuple[int, int, int]:
    return tuple(store(
        url,
        letter("5/2024/NĐ-CP", ("Chính phủ", None), dt.date(2024, 1, 5), "Quy định chi tiết."),
        letter("9/2024/TT-BNV", ("Bộ Nội vụ", None), dt.date(2024, 2, 9),
               "Căn cứ Nghị định số 5/2024/NĐ-CP ngày 05/01/2024 của Chính phủ;", "Thông tư"),
        letter("77/KH-UBND", QUANG_NGAI, dt.date(2024, 3, 1),
               "Thực hiện Thông tư số 9/2024/TT-BNV ngày 09/02/2024 của Bộ Nội vụ;", "Kế hoạch")))


def test_chain_follows_citations_both_ways_up_to_the_depth(store_url):
    decree, circular, plan = _chain_of_three(store_url)
    with session_scope(store_url) as session:
        levels = lambda doc_id, **kw: {n["id"]: n["level"] for n in graph.chain(
            session, session.get(Document, doc_id), **kw)["nodes"]}
        assert levels(plan, direction="cites", depth=1) == {plan: 0, circular: 1}
        assert levels(plan, direction="cites", depth=2) == {plan: 0, circular: 1, decree: 2}
        assert levels(decree, direction="cited-by", depth=5) == {decree: 0, circular: -1, plan: -2}
        assert levels(circular, direction="both", depth=1) == {circular: 0, decree: 1, plan: -1}
        with pytest.raises(ValueError, match="depth"):
            graph.chain(session, session.get(Document, plan), depth=0)


def test_export_json_and_graphml_carry_the_same_graph(store_url):
    _chain_of_three(store_url)
    with session_scope(store_url) as session:
        data = graph.graph_data(session)
    root = ET.fromstring(graph.graphml(data))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall("g:graph/g:node", ns)) == len(data["nodes"]) == 3
    edges = root.findall("g:graph/g:edge", ns)
    assert [(e.get("source"), e.get("target")) for e in edges] == [
        (f"d{e['source']}", f"d{e['target']}") for e in data["edges"]]
    assert {e["relation"] for e in data["edges"]} == {"basis", "implements"}


def test_cli_cites_chain_and_export(sqlite_url, tmp_path):
    from cli.app import app

    _, circular, plan = _chain_of_three(sqlite_url)
    run = CliRunner().invoke
    cites = run(app, ["cites", "--db", sqlite_url, "--json", "77/KH-UBND"])
    assert cites.exit_code == 0, cites.output
    [cited] = json.loads(cites.output)["cites"]
    assert (cited["number"], cited["resolution"], cited["target"]["id"]) == ("9/2024/TT-BNV", "resolved", circular)
    chain = run(app, ["chain", "--db", sqlite_url, "--direction", "cites", "--depth", "2", str(plan)])
    assert chain.exit_code == 0 and "5/2024/NĐ-CP" in chain.output
    out = tmp_path / "graph.graphml"
    export = run(app, ["graph", "export", "--db", sqlite_url, "--format", "graphml", "-o", str(out)])
    assert export.exit_code == 0 and ET.parse(out).getroot().tag.endswith("graphml")
    missing = run(app, ["cites", "--db", sqlite_url, "999"])
    assert missing.exit_code == 1 and "no document with id 999" in missing.output


def test_api_cites_cited_by_chain_and_export(client):
    from fastapi.testclient import TestClient

    assert isinstance(client, TestClient)
    url = client.app.state.settings.db
    decree, circular, plan = _chain_of_three(url)
    cites = client.get(f"/api/documents/{plan}/cites").json()["cites"]
    assert [(c["number"], c["target"]["id"]) for c in cites] == [("9/2024/TT-BNV", circular)]
    cited_by = client.get(f"/api/documents/{decree}/cited-by").json()["cited_by"]
    assert [c["id"] for c in cited_by] == [circular]
    chain = client.get(f"/api/documents/{plan}/chain", params={"direction": "cites", "depth": 2}).json()
    assert [n["level"] for n in chain["nodes"]] == [0, 1, 2]
    assert client.get(f"/api/documents/{plan}/chain", params={"depth": 0}).status_code == 422
    assert client.get("/api/documents/999999/cites").status_code == 404
    graphml = client.get("/api/graph/export", params={"format": "graphml"})
    assert graphml.headers["content-type"].startswith("application/graphml+xml")
    assert len(client.get("/api/graph/export").json()["nodes"]) == 3


# --- the bulk corpus ------------------------------------------------------------------

@pytest.fixture(scope="module")
def bulk_extractions() -> list[tuple[str, Extraction]]:
    from service.extract import extract_path

    return [(p.name, extract_path(p)) for p in sorted(BULK.glob("*.txt"))]


def _ingest(url: str, items: list[tuple[str, Extraction]]) -> dict:
    for name, ex in items:
        with session_scope(url) as session:
            save_extraction(session, ex, digest=content_hash(ex.text.encode()), source=name)
    with session_scope(url) as session:
        return graph.graph_data(session)


def _canonical(data: dict) -> tuple[list, list]:
    """The graph with ids replaced by what identifies each node whatever the order."""
    name = {n["id"]: (n["key"], n["stub"], n["source"]) for n in data["nodes"]}
    edges = sorted((name[e["source"]], name[e["target"]], e["kind"], e["relation"], e.get("count"),
                    name.get(e.get("stated_in"))) for e in data["edges"])
    return sorted(name.values()), edges


@pytest.fixture(scope="module")
def bulk_graph(bulk_extractions, tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('bulk')}/forward.db"
    _ingest(url, bulk_extractions)
    return url


def test_bulk_in_reverse_order_gives_the_same_graph(bulk_extractions, bulk_graph, tmp_path):
    with session_scope(bulk_graph) as session:
        forward = graph.graph_data(session)
    reverse = _ingest(f"sqlite:///{tmp_path}/reverse.db", bulk_extractions[::-1])
    assert _canonical(forward) == _canonical(reverse)
    assert len(forward["nodes"]) > 1000 and any(e["kind"] == "stated" for e in forward["edges"])


def _search_rows(url: str) -> dict[str, tuple]:
    with session_scope(url) as session:
        rows = session.execute(text("SELECT d.source, s.number, s.subject, s.issuer, s.body FROM document_search s "
                                    "JOIN document d ON d.id = s.rowid"))
        return {Path(source).name: tuple(columns) for source, *columns in rows}


def test_the_batch_writer_stores_what_storing_one_by_one_stores(bulk_extractions, tmp_path):
    """`vanban ingest` writes stubs, links and search rows its own way (plain rows, the
    index folded in the workers, links resolved once per run): same store as saving
    the documents one by one."""
    from service.batch.local import ProcessRunner
    from service.ingest import ingest

    batch = f"sqlite:///{tmp_path}/batch.db"
    summary = ingest(batch, [BULK], runner=ProcessRunner(2))
    assert summary.failures == [] and summary.stored == len(bulk_extractions) - summary.duplicates
    stored = {Path(s).name for s in _stored(batch).values()}
    single = f"sqlite:///{tmp_path}/single.db"
    _ingest(single, [(name, ex) for name, ex in bulk_extractions if name in stored])
    with session_scope(batch) as session:
        by_batch = graph.graph_data(session)
    with session_scope(single) as session:
        by_one = graph.graph_data(session)
    for node in by_batch["nodes"]:
        node["source"] = node["source"] and Path(node["source"]).name
    assert _canonical(by_batch) == _canonical(by_one)
    assert _search_rows(batch) == _search_rows(single) and len(_search_rows(batch)) == len(stored)


def _stored(url: str) -> dict[int, str]:
    with session_scope(url) as session:
        return {d.id: d.source for d in session.exec(select(Document).where(Document.stub == False))}


def test_bulk_cited_by_finds_every_document_citing_another_one(bulk_graph):
    stored = _stored(bulk_graph)
    with session_scope(bulk_graph) as session:
        found = {(c["source"], graph.cited_by_document(session, session.get(Document, i))["document"]["number"])
                 for i in stored for c in graph.cited_by_document(session, session.get(Document, i))["cited_by"]}
    assert found == {
        ("bk_1ea5e769bcf1.txt", "3574/QĐ-BYT"), ("bk_48edf4df3543.txt", "3574/QĐ-BYT"),
        ("bk_b1a5a4151809.txt", "3574/QĐ-BYT"), ("bk_858c0de43c18.txt", "223/CĐ-TTg")}


# (number, the citing document, the stored document of another body with that number)
SAME_NUMBER_OTHER_BODY = [
    ("22/2025/NQ-HĐND", "bk_55f3a3d0d7e0.txt", "bk_d5f01e57dbf5.txt"),  # HĐND Cao Bằng vs Vĩnh Long
    ("70/2025/QĐ-UBND", "bk_adc1d34379e9.txt", "bk_15decdf210c2.txt"),  # UBND tỉnh (Hà Tĩnh) vs Hà Nội
    ("56/2025/QĐ-UBND", "bk_ca72de8fb303.txt", "bk_46482d81ac8c.txt"),  # UBND Thành phố (Hà Nội) vs Cao Bằng
    ("75/2025/NQ-HĐND", "bk_ea34a356cafc.txt", "bk_832399d0fd28.txt"),  # HĐND Bắc Ninh vs Hà Nội
]


@pytest.mark.parametrize(("number", "citing", "other"), SAME_NUMBER_OTHER_BODY)
def test_bulk_never_links_a_document_of_another_body_with_the_same_number(bulk_graph, number, citing, other):
    with session_scope(bulk_graph) as session:
        result = graph.cited_by(session, number)
    by_source = {t["source"]: t for t in result["targets"]}
    assert by_source[other]["cited_by"] == []
    stubs = [t for t in result["targets"] if t["stub"]]
    assert [c["source"] for t in stubs for c in t["cited_by"]] == [citing]


def test_bulk_2828_is_two_documents(bulk_graph):
    with session_scope(bulk_graph) as session:
        result = graph.cited_by(session, "2828/QĐ-UBND")
    assert sorted((t["source"], t["issued_date"]) for t in result["targets"]) == [
        ("bk_6f6601786516.txt", "2025-11-19"), ("bk_c0a2deaf27ce.txt", "2025-11-27")]


def test_a_document_cited_again_and_again_is_listed_once(client):
    """One citation per cited document, with every mention: in the API, the graph export
    and the page (listed once, "3 lần", each mention marked in the letter)."""
    url = client.app.state.settings.db
    text = ("Căn cứ Nghị định số 5/2024/NĐ-CP ngày 02/01/2024 của Chính phủ;\n"
            "Thực hiện Nghị định số 5/2024/NĐ-CP, UBND tỉnh đề nghị các sở triển khai.\n"
            "Báo cáo kết quả thực hiện Nghị định số 5/2024/NĐ-CP trước ngày 15/3/2024.")
    [doc] = store(url, letter("12/UBND-VP", QUANG_TRI, dt.date(2024, 2, 1), text))
    cites = client.get(f"/api/documents/{doc}/cites").json()["cites"]
    assert [(c["number"], len(c["mentions"])) for c in cites] == [("5/2024/NĐ-CP", 3)]
    [cited] = client.get(f"/api/documents/{doc}").json()["extraction"]["citations"]
    assert all("5/2024/NĐ-CP" in text[m["start"]:m["end"]] for m in cited["mentions"])  # spans of `text`
    edges = client.get("/api/graph/export").json()["edges"]
    assert len([e for e in edges if e["source"] == doc]) == 1
    page = client.get(f"/documents/{doc}").text
    assert page.count('href="#cit-0"') == 1 and "(3 lần)" in page
    assert 'id="cit-0"' in page and 'id="cit-0-1"' in page and 'id="cit-0-2"' in page
