"""The reference graph: citations resolved to stored documents or to stub nodes.

Resolution is recomputed per number key from every citation and document that
carry that key, so the graph does not depend on the order documents arrive in.
A citation links to a stored document only when exactly one stored document with
its number agrees with it (same year, compatible issuer); with none it links to a
stub, with several it stays ambiguous.
"""
from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session, select

from corpus.identity import issuer_key, issuers_compatible, number_key
from models.extraction import Extraction
from models.tables import Citation, Document


def _agrees(year: int | None, issuer: str | None, doc: Document) -> bool:
    if year and doc.year and year != doc.year:
        return False
    return issuers_compatible(issuer, doc.issuer_key)


def stub_taken_over_by(session: Session, ex: Extraction) -> Document | None:
    """The stub a newly stored document replaces, if exactly one agrees with it."""
    key = number_key(ex.number)
    if not key:
        return None
    year = ex.issued_date.year if ex.issued_date else ex.issued_year
    issuer = issuer_key(ex.issuer.name) if ex.issuer else None
    stubs = session.exec(select(Document).where(Document.number_key == key, Document.stub == True)).all()  # noqa: E712
    fitting = [s for s in stubs if _agrees(year, issuer, s)]
    return fitting[0] if len(fitting) == 1 else None


def resolve_number(session: Session, key: str) -> None:
    """Re-link every citation of `key`; create, reuse or drop stubs as needed."""
    docs = session.exec(select(Document).where(Document.number_key == key)).all()
    stored = [d for d in docs if not d.stub]
    stubs = {(d.year, d.issuer_key): d for d in docs if d.stub}
    used_stubs: set[int] = set()
    for cit in session.exec(select(Citation).where(Citation.number_key == key)).all():
        fitting = [d for d in stored if _agrees(cit.year, cit.issuer_key, d) and d.id != cit.source_id]
        if len(fitting) == 1:
            cit.target_id, cit.resolution = fitting[0].id, "resolved"
        elif len(fitting) > 1:
            cit.target_id, cit.resolution = None, "ambiguous"
        else:
            stub = _stub_for(session, stubs, key, cit)
            used_stubs.add(stub.id)
            cit.target_id, cit.resolution = stub.id, "stub"
        session.add(cit)
    for stub in stubs.values():
        if stub.id not in used_stubs:
            session.delete(stub)
    session.flush()


def _stub_for(session: Session, stubs: dict, key: str, cit: Citation) -> Document:
    for (year, issuer), stub in stubs.items():
        if (not cit.year or not year or cit.year == year) and issuers_compatible(cit.issuer_key, issuer):
            _enrich_stub(stub, cit)
            return stub
    stub = Document(stub=True, number=cit.number, number_key=key, doc_type=cit.doc_type,
                    issued_date=cit.cited_date, year=cit.year, issuer=cit.issuer, issuer_key=cit.issuer_key)
    session.add(stub)
    session.flush()
    stubs[(stub.year, stub.issuer_key)] = stub
    return stub


def _enrich_stub(stub: Document, cit: Citation) -> None:
    """A stub learns what later citations add (date, year, a longer issuer name)."""
    stub.issued_date = stub.issued_date or cit.cited_date
    stub.year = stub.year or cit.year
    stub.doc_type = stub.doc_type or cit.doc_type
    if cit.issuer_key and len(cit.issuer_key) > len(stub.issuer_key or ""):
        stub.issuer, stub.issuer_key = cit.issuer, cit.issuer_key


def _doc_ref(doc: Document) -> dict:
    return {
        "id": doc.id, "source": doc.source, "number": doc.number, "issuer": doc.issuer,
        "issued_date": doc.issued_date.isoformat() if doc.issued_date else None,
        "doc_type": doc.doc_type, "subject": doc.subject, "stub": doc.stub,
    }


def cited_by(session: Session, number: str) -> dict:
    """Stored and stub documents carrying `number`, each with the documents citing it."""
    key = number_key(number)
    targets = session.exec(select(Document).where(Document.number_key == key).order_by(Document.id)).all()
    cits = session.exec(select(Citation).where(Citation.number_key == key)).all()
    sources = {d.id: d for d in session.exec(
        select(Document).where(Document.id.in_({c.source_id for c in cits})))} if cits else {}
    by_target: dict[int | None, list[Citation]] = defaultdict(list)
    for c in cits:
        by_target[c.target_id].append(c)

    def citing(c: Citation) -> dict:
        return {**_doc_ref(sources[c.source_id]), "relation": c.relation, "text": c.text}

    return {
        "number": number,
        "targets": [{**_doc_ref(t), "cited_by": [citing(c) for c in by_target.get(t.id, [])]} for t in targets],
        "ambiguous": [citing(c) for c in by_target.get(None, [])],
    }
