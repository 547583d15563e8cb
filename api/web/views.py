"""What the pages show, shaped from stored rows (no HTML here)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlencode

from sqlmodel import Session, select

from models.tables import Document

RELATIONS = {
    "basis": "căn cứ", "implements": "thực hiện", "per": "theo", "amends": "sửa đổi",
    "replaces": "thay thế", "repeals": "bãi bỏ", "reference": "tham chiếu",
}
_FREQ_UNITS = {"DAILY": "ngày", "WEEKLY": "tuần", "MONTHLY": "tháng", "YEARLY": "năm"}
_NAMED_PERIODS = {("MONTHLY", 3): "hằng quý", ("MONTHLY", 6): "6 tháng một lần"}


def recurrence_label(rrule: str) -> str:
    """An RFC 5545 RRULE in words: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=7' -> 'hằng quý, ngày 7'.
    A rule it cannot read (or a plain description) is returned as it is."""
    parts = dict(p.split("=", 1) for p in rrule.removeprefix("RRULE:").split(";") if "=" in p)
    unit = _FREQ_UNITS.get(parts.get("FREQ", ""))
    if unit is None or not parts.get("INTERVAL", "1").isdigit():
        return rrule
    interval = int(parts.get("INTERVAL", "1"))
    every = f"hằng {unit}" if interval == 1 else f"{interval} {unit} một lần"
    words = _NAMED_PERIODS.get((parts["FREQ"], interval), every)
    if "BYMONTHDAY" in parts:
        words += f", ngày {parts['BYMONTHDAY']}"
    if "BYMONTH" in parts:
        words += f" tháng {parts['BYMONTH']}"
    return words


RESOLUTIONS = {
    "resolved": "đã lưu", "stub": "chưa lưu", "ambiguous": "nhiều văn bản trùng số",
    "unnumbered": "không có số", "unresolved": "chưa đối chiếu",
}


@dataclass(frozen=True)
class CitationView:
    position: int
    text: str
    number: str | None
    doc_type: str | None
    date: str | None
    issuer: str | None
    relation: str
    resolution: str
    href: str | None  # the cited document's page, or a search when ambiguous
    mentions: int = 1  # how many times the letter mentions the cited document


def citation_views(cited: dict) -> list[CitationView]:
    """The citations of `corpus.graph.cites(...)`, labelled in Vietnamese, each with its link."""
    views = []
    for c in cited["cites"]:
        if c["target"]:
            href = f"/documents/{c['target']['id']}"
        elif c["resolution"] == "ambiguous" and c["number"]:
            href = "/search?" + urlencode({"field": "number", "q": c["number"]})
        else:
            href = None
        date = dt.date.fromisoformat(c["cited_date"]).strftime("%d/%m/%Y") if c["cited_date"] else None
        views.append(CitationView(c["position"], c["text"], c["number"], c["doc_type"], date, c["issuer"],
                                  RELATIONS.get(c["relation"], c["relation"]),
                                  RESOLUTIONS.get(c["resolution"], c["resolution"]), href,
                                  len(c.get("mentions") or []) or 1))
    return views


def header_fields(doc: Document) -> list[tuple[str, str]]:
    """(label, value) rows of the header, in reading order; empty values left out."""
    ex = doc.extraction or {}
    signer = ex.get("signer") or {}
    date = doc.issued_date.strftime("%d/%m/%Y") if doc.issued_date else (f"năm {doc.year}" if doc.year else None)
    rows = [
        ("Loại văn bản", doc.doc_type), ("Số, ký hiệu", doc.number), ("Ngày ban hành", date),
        ("Địa danh", ex.get("place")), ("Cơ quan ban hành", doc.issuer), ("Trích yếu", doc.subject),
        ("Người ký", " ".join(p for p in (signer.get("authority"), signer.get("title"), signer.get("name")) if p)),
        ("Kính gửi", "; ".join(ex.get("recipients") or [])), ("Nơi nhận", "; ".join(ex.get("cc") or [])),
    ]
    return [(label, value) for label, value in rows if value]


def recent_documents(session: Session, limit: int = 20) -> list[Document]:
    q = select(Document).where(Document.stub == False).order_by(Document.id.desc()).limit(limit)  # noqa: E712
    return list(session.exec(q))
