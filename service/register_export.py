"""The register as a sheet, in the columns of the paper book (Decree 30/2020, Appendix IV,
"Sổ đăng ký văn bản đến"), then the handling columns of its follow-up book (hạn giải
quyết, tình trạng): CSV that Excel opens (UTF-8 with BOM, comma or semicolon) or XLSX.
"""
from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from models.workflow import WorkStatus
from service.register import RegisterRow
from service.spreadsheet import CsvSeparator, sheet_csv

COLUMNS = ("Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung",
           "Đơn vị hoặc người nhận", "Ký nhận", "Ghi chú", "Hạn giải quyết", "Tình trạng giải quyết")
WIDTHS = (12, 8, 30, 20, 12, 60, 25, 12, 25, 14, 14)
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _vn(date) -> str:
    return date.strftime("%d/%m/%Y") if date else ""


def _values(row) -> tuple[str | int, ...]:
    entry, doc = row
    kind_and_subject = " — ".join(p for p in (doc.doc_type, doc.subject) if p)
    return (_vn(entry.received_date), entry.number, doc.issuer or "", doc.number or "", _vn(doc.issued_date),
            kind_and_subject, entry.handler or "", "", entry.note or "", _vn(entry.deadline),
            WorkStatus(entry.status).label)


def register_csv(rows: Sequence[RegisterRow], *, separator: CsvSeparator = CsvSeparator.comma) -> bytes:
    return sheet_csv(COLUMNS, (_values(r) for r in rows), separator=separator)


def register_xlsx(rows: Sequence[RegisterRow], *, title: str) -> bytes:
    """One sheet: a title line, the column heads, a line per letter (the incoming number a
    number, every other cell text, never a formula)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sổ văn bản đến"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(list(COLUMNS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for row in rows:
        sheet.append(list(_values(row)))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # a subject starting with "=" stays text, never a formula
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    sheet.freeze_panes = "A3"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
