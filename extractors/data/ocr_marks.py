"""What Tesseract reads from a scan's lines and specks rather than from its type, as data.

A word made only of these characters is a rule under the header ("______", "———"), the
edge of a seal or a speck of dust ("'", "`", "|", "¬"). It carries no text, and taken as
a word it bridges the gap between the header's two columns ("UỶ BAN NHÂN DÂN _ CỘNG HOÀ
XÃ HỘI ..."), so the OCR reader drops it. Dashes, dots and brackets are not here: they
open list items and fill blanks.
"""
from __future__ import annotations

RULE_MARKS = "_—―=~|¦¬`'‘’‚„\"“”^°•"

# Letters a recognizer reads for digits written by hand, in a stretch that can hold only
# digits (the day of the date line): a "1" written with its long lead-in stroke reads
# "A" ("A5" for 15), an open "0" reads "o" or "O" ("hngo1": tháng 01).
HANDWRITTEN_DIGITS = {"A": "1", "o": "0", "O": "0"}
