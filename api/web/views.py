"""What the pages show, shaped from stored rows (no HTML here)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlencode

from dateutil.rrule import rrulestr
from icalendar import vRecur
from sqlmodel import Session, select

from models.tables import Document
from service.exports.recurrence import rrule_or_none
from service.originals import Originals, kept_path, media_type

RELATIONS = {
    "basis": "căn cứ", "implements": "thực hiện", "per": "theo", "amends": "sửa đổi",
    "replaces": "thay thế", "repeals": "bãi bỏ", "reference": "tham chiếu",
}
_FREQ_UNITS = {"DAILY": "ngày", "WEEKLY": "tuần", "MONTHLY": "tháng", "YEARLY": "năm"}
_NAMED_PERIODS = {("MONTHLY", 3): "hằng quý", ("MONTHLY", 6): "6 tháng một lần"}


def recurrence_label(value: str) -> str:
    """An RFC 5545 RRULE in words: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=7' -> 'hằng quý, ngày 7',
    read by icalendar's parser. A rule it cannot say (or a plain description) is returned as it is."""
    rule = rrule_or_none(value)
    if rule is None:
        return value
    parts = vRecur.from_ical(rule)
    freq = str(parts["FREQ"][0])
    unit = _FREQ_UNITS.get(freq)
    if unit is None:
        return value
    interval = int(parts.get("INTERVAL", [1])[0])
    every = f"hằng {unit}" if interval == 1 else f"{interval} {unit} một lần"
    words = _NAMED_PERIODS.get((freq, interval), every)
    if "BYMONTHDAY" in parts:
        words += ", ngày " + ",".join(str(d) for d in parts["BYMONTHDAY"])
    if "BYMONTH" in parts:
        words += " tháng " + ",".join(str(m) for m in parts["BYMONTH"])
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


@dataclass(frozen=True)
class OriginalView:
    url: str
    name: str
    shown: bool  # the browser shows it in the page (PDF, plain text); else a download link


def original_view(doc: Document, originals: Originals | None) -> OriginalView | None:
    """The kept original of a document, if its file is there."""
    if kept_path(originals, doc) is None:
        return None
    kind = media_type(doc.source)
    name = (doc.source or "").replace("\\", "/").rsplit("/", 1)[-1].rsplit("!", 1)[-1] or "bản gốc"
    return OriginalView(f"/api/documents/{doc.id}/original", name,
                        kind in ("application/pdf", "text/plain; charset=utf-8"))


@dataclass(frozen=True)
class DueView:
    date: dt.date | None
    overdue: bool
    next_occurrence: bool  # the date is the recurrence's next one, not the printed date


def due_view(task: dict, today: dt.date) -> DueView:
    """When a task is due as the page shows it: a recurring duty whose printed date has
    passed shows its next occurrence (never overdue); a done task is never overdue."""
    deadline = task.get("deadline") or {}
    day = dt.date.fromisoformat(deadline["date"]) if deadline.get("date") else None
    rule = rrule_or_none(deadline.get("recurrence"))
    if rule and (day is None or day < today):
        start = dt.datetime.combine(day or today, dt.time())
        upcoming = rrulestr(rule, dtstart=start).after(dt.datetime.combine(today, dt.time()), inc=True)
        if upcoming is not None:
            return DueView(upcoming.date(), False, upcoming.date() != day)
    return DueView(day, bool(day and day < today and task.get("status") != "done"), False)


def shown_source(source: str | None) -> str:
    """Where a document came from, as a clerk reads it: never a folder of the server
    (an ingest run given an absolute path stored it as such), only the name ingested:
    `/srv/inbox/a.pdf` -> `a.pdf`, `/srv/box.zip!dir/a.pdf` -> `box.zip!dir/a.pdf`."""
    if not source:
        return ""
    archive, bang, member = source.partition("!")
    name = archive.replace("\\", "/").rsplit("/", 1)[-1]
    return name + bang + member
