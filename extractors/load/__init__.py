"""Bytes + file name -> normalised Unicode text with what was detected.

One module per format (pdf, ocr, docx, doc, rtf, html, text); `core.load_bytes`
sniffs the format, runs the loader, converts legacy TCVN3/VNI text and normalises.
"""
from extractors.load.core import load_bytes

__all__ = ["load_bytes"]
