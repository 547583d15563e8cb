"""The extraction result: one typed, JSON-serialisable record per document.

Field names follow ../shared/eval/SCHEMA.md; everything the scorer does not read
(spans, inferred flags, warnings, loader metadata) is extra and documented here.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Model):
    """Character offsets [start, end) into `Extraction.text`."""

    start: int
    end: int


class PageInfo(Model):
    number: int
    method: Literal["text", "ocr"] = "text"
    chars: int = 0
    confidence: float | None = None  # an OCR'd page: Tesseract's mean word confidence, 0-100
    uncertain: list[str] = Field(default_factory=list)  # its OCR'd lines read with low confidence


class SignatureStamp(Model):
    """The box a signing application prints on a page ("Ký bởi: … Thời gian ký: …"), read
    from its text layer and kept out of the letter's text."""

    page: int
    signed_by: str | None = None  # "Ký bởi:" / "Người ký:", or an unlabelled box's name: body or person
    organisation: str | None = None  # "Cơ quan:"
    email: str | None = None
    time: dt.datetime | None = None  # aware when the stamp prints its UTC offset
    text: str  # the stamp's lines as printed


class SignatureField(Model):
    """One digital signature (PAdES/CMS) embedded in a PDF, read with pyHanko. Whether
    the certificate chains to a national CA root is NOT checked (the roots are not
    available here): `intact` says the file was not changed, not who may have signed it."""

    field: str
    subject: str  # the signer's certificate subject
    issuer: str  # the certificate authority that issued it
    signing_time: dt.datetime | None = None  # as the signer states it (no timestamp token checked)
    intact: bool  # the signed byte ranges still hash to the digest that was signed
    signature_valid: bool  # the signature over that digest checks against the certificate's key
    coverage: Literal["entire file", "entire revision", "partial"]  # a revision: later ones were appended
    trust: Literal["not checked"] = "not checked"


class Signature(Model):
    """What a signed PDF says about its signing: the printed stamps and the embedded signatures."""

    stamps: list[SignatureStamp] = Field(default_factory=list)
    fields: list[SignatureField] = Field(default_factory=list)


class LoadMeta(Model):
    """What the loader detected about the source file."""

    format: str  # txt, md, html, pdf, docx, doc, rtf, image
    encoding: str | None = None  # utf-8, utf-16, cp1258, tcvn3, vni, ...
    legacy_encoding: str | None = None  # tcvn3 / vni when converted to Unicode
    pages: list[PageInfo] = Field(default_factory=list)
    ocr_pages: list[int] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    signature: Signature | None = None  # a signed PDF's stamps and digital signatures


class LoadedText(Model):
    """Normalised Unicode text of one file, with what the loader detected."""

    text: str
    meta: LoadMeta


class Body(Model):
    """An issuing body, office holder or other named organisation."""

    name: str  # as printed
    canonical: str | None = None  # abbreviations and tone marks unified
    parent: str | None = None  # cơ quan chủ quản (e.g. "UBND tỉnh Quảng Ngãi")
    level: str | None = None  # trung ương / tỉnh / huyện / xã
    province: str | None = None  # province before the 2025 reorganisation
    province_2025: str | None = None  # province after it (34 provinces)
    span: Span | None = None


class Signer(Model):
    name: str | None = None
    title: str | None = None  # sentence case: "Phó Chủ tịch"
    authority: str | None = None  # TM. KT. TL. TUQ. Q. or None
    on_behalf_of: str | None = None  # "Ủy ban nhân dân" in "TM. ỦY BAN NHÂN DÂN"
    span: Span | None = None


class NumberParts(Model):
    """The parts of a số ký hiệu: 01/2024/QĐ-UBND -> 01, 2024, QĐ, UBND."""

    serial: str | None = None
    year: int | None = None
    type_code: str | None = None  # QĐ, KH, BC ... (Phụ lục III)
    issuer_code: str | None = None  # UBND, SNV ...
    unit_code: str | None = None  # drafting unit: TTHC, CCHC ...


Relation = Literal["basis", "implements", "per", "amends", "replaces", "repeals", "reference"]


class Citation(Model):
    doc_type: str | None = None
    number: str | None = None  # None for a named document without a number
    date: dt.date | None = None
    issuer: Body | None = None
    subject: str | None = None
    relation: Relation = "reference"
    text: str  # the cited phrase as printed
    span: Span
    parts: NumberParts | None = None
    refers_to: int | None = None  # kept for stored results: repeats are now merged into `mentions`
    # Every place the text cites this document, in order (`span` is the first full one):
    # a document cited five times is one citation with five mentions.
    mentions: list[Span] = Field(default_factory=list)


class CitationLink(Model):
    """A relation the text states between two cited documents."""

    source: int  # index into Extraction.citations
    target: int
    relation: Relation


class Deadline(Model):
    text: str  # the phrase as printed
    date: dt.date | None = None
    recurrence: str | None = None  # RFC 5545 RRULE
    kind: Literal["absolute", "period", "relative", "recurring"] = "absolute"
    span: Span | None = None


class Task(Model):
    assignees: list[str] = Field(default_factory=list)
    assignees_canonical: list[str] = Field(default_factory=list)
    action: str
    coordinators: list[str] = Field(default_factory=list)
    report_to: str | None = None
    deadline: Deadline | None = None
    modality: Literal["obligation", "conditional", "target"] = "obligation"
    text: str  # the source sentence or list item
    span: Span


class Extraction(Model):
    """Everything vanban reads out of one document."""

    doc_type: str | None = None
    number: str | None = None
    number_parts: NumberParts | None = None
    issued_date: dt.date | None = None
    issued_year: int | None = None
    place: str | None = None
    issuer: Body | None = None
    issuers: list[Body] = Field(default_factory=list)  # a joint text's bodies, in header order; `issuer` the first
    subject: str | None = None
    signer: Signer | None = None
    signers: list[Signer] = Field(default_factory=list)  # every signature block, in printed order
    recipients: list[str] = Field(default_factory=list)
    cc: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    citation_links: list[CitationLink] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    inferred: list[str] = Field(default_factory=list)  # fields inferred, not read from the header
    warnings: list[str] = Field(default_factory=list)
    load: LoadMeta | None = None
    text: str = ""

    def scored_dict(self) -> dict:
        """The JSON object `vanban extract --json` prints (text omitted)."""
        return self.model_dump(mode="json", exclude={"text"})
