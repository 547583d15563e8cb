"""The text a signing application writes on the page it signs, as data.

Vietnamese signing tools (VNPT SmartCA, the Ban Cơ yếu's client, the provinces'
document systems) draw a small box beside their logo, on the first page, as a text
layer over the letter, scanned or not. Two shapes occur:

    Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi      Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ
    Cơ quan: Tỉnh Quảng Ngãi                    Email: thongtinchinhphu@chinhphu.vn
    Thời gian ký: 11/09/2024 19:14:21           Cơ quan: VĂN PHÒNG CHÍNH PHỦ
                                                Thời gian ký: 20.09.2024 16:40:43 +07:00

and the unlabelled box a publishing office adds when it re-signs the file for release:

    TRUNG TÂM CÔNG BÁO VÀ TIN HỌC
    ttcbth@quangngai.gov.vn
    12.09.2024 07:49:43 +07:00

A block of text is a stamp when it carries a signing time (a date with a time of day to
the second) and either a label below or an e-mail address. No control flow lives here.
"""
from __future__ import annotations

# label -> the field of models.extraction.SignatureStamp it fills (the labels the
# tools above print; each is followed by a colon).
LABELS: dict[str, str] = {
    "Ký bởi": "signed_by",
    "Người ký": "signed_by",
    "Cơ quan": "organisation",
    "Email": "email",
    "Thời gian ký": "time",
}

# A signing time: day, month, year with "/", "." or "-" between; hours, minutes and
# seconds; then the UTC offset when the tool prints it ("+07:00").
SIGNING_TIME = (
    r"(?P<day>\d{1,2})[./-](?P<month>\d{1,2})[./-](?P<year>\d{4})\s+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2}):(?P<second>\d{2})"
    r"(?:\s*(?P<offset>[+-]\d{2}:?\d{2}))?"
)

# An e-mail address; a box too narrow for it breaks it after a dot ("quangngai.gov.␤vn").
EMAIL = r"[\w.+-]+@[\w-]+(?:\.\s?[\w-]+)+"
