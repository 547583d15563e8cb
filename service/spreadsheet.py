"""CSV files a spreadsheet opens: UTF-8 with a BOM (so Excel reads Vietnamese), CRLF
rows, the separator a choice (Excel splits on the list separator of the Windows region:
a comma in most, a semicolon under vi-VN). A cell that starts with = + - @ (or a tab or
carriage return) would run as a formula in Excel or LibreOffice, so it is kept as text
with a leading apostrophe (OWASP, "CSV Injection")."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from enum import Enum


class CsvSeparator(str, Enum):
    comma = "comma"
    semicolon = "semicolon"
    tab = "tab"


SEPARATORS = {CsvSeparator.comma: ",", CsvSeparator.semicolon: ";", CsvSeparator.tab: "\t"}
BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def sheet_csv(header: Sequence[str], rows: Iterable[Sequence[object]], *,
              separator: CsvSeparator = CsvSeparator.comma) -> bytes:
    """The header and the rows, every cell made safe, as bytes Excel opens."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=SEPARATORS[separator], lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return (BOM + out.getvalue()).encode("utf-8")
