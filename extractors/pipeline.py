"""Text in, Extraction out: the stages of ARCHITECTURE.md run in order."""
from __future__ import annotations

from extractors.casing import case_view
from extractors.certificate_names import spell_signers
from extractors.citations import find_citations
from extractors.confidence import uncertain_fields, untitled_signer
from extractors.header import read_header
from extractors.layout import segment
from extractors.ocr_spelling import as_read, respell_text, respelling_warnings, scanned
from extractors.tasks import addressed, find_tasks
from extractors.type_codes import agree_type_code
from models.extraction import Extraction, LoadMeta


def extract_text(text: str, *, meta: LoadMeta | None = None) -> Extraction:
    """Run every extraction stage over one document's normalised text. The layout, the
    header and the signature read it with its header and signature lines in the case
    the layout prints them (`case_view`: same offsets), whatever case it came in."""
    view = case_view(text)
    layout = segment(view)
    head = read_header(view, layout)
    citations, links = find_citations(text, own_number=head.number, doc_date=head.issued_date)
    year = head.issued_date.year if head.issued_date else head.issued_year
    recipients = list(layout.recipient_list)
    standing = bool(head.number_parts and head.number_parts.year)  # "140/2026/NĐ-CP": a legal text, standing rules
    task_text, respelt = respell_text(text) if scanned(meta) else (text, [])  # marks OCR misread; offsets kept
    tasks = addressed(find_tasks(task_text, layout, doc_type=head.doc_type, doc_date=head.issued_date, doc_year=year,
                                 issuer=head.issuer.name if head.issuer else None, standing=standing), recipients)
    tasks = as_read(tasks, text, task_text)
    ex = Extraction(
        doc_type=head.doc_type,
        number=head.number,
        number_parts=head.number_parts,
        issued_date=head.issued_date,
        issued_year=year,
        place=head.place,
        issuer=head.issuer,
        issuers=head.issuers or ([head.issuer] if head.issuer else []),
        subject=head.subject,
        signer=layout.signer,
        signers=list(layout.signers),
        recipients=recipients,
        cc=list(layout.cc_list),
        citations=citations,
        citation_links=links,
        tasks=tasks,
        inferred=head.inferred,
        load=meta,
        text=text,
    )
    ex.warnings += uncertain_fields(ex, meta)
    ex.warnings += agree_type_code(ex, meta)
    ex.warnings += spell_signers(ex, meta)
    ex.warnings += respelling_warnings(respelt)
    ex.warnings += untitled_signer(ex)
    return ex
