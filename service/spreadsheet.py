"""Cells for CSV files a spreadsheet opens: a cell that starts with = + - @ (or a
tab or carriage return) would run as a formula in Excel or LibreOffice, so it is
kept as text with a leading apostrophe (OWASP, "CSV Injection")."""
from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
