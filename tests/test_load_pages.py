"""Page text from positioned segments (extractors.load.pages): a box stamped in the left
margin beside the trích yếu (a receiving office's "ĐẾN" stamp) is left out."""
from __future__ import annotations

from extractors.load.pages import Segment, drop_margin_boxes, rows_of

H = 15.0  # a line's height, in points


def _line(y: float, *parts: tuple[float, float, str]) -> list[Segment]:
    return [Segment(x0, y, x1, y + H, text) for x0, x1, text in parts]


def _page(*stamp: list[Segment]) -> list[Segment]:
    """A title, a two-line trích yếu centred under it and three body lines (text column
    83-541), with `stamp`'s segments added."""
    body = [
        *_line(120, (267, 356, "QUYẾT ĐỊNH")),
        *_line(140, (157, 467, "Về việc thi hành kỷ luật đối với ông Lê Văn A,")),
        *_line(160, (185, 438, "Chủ tịch Ủy ban nhân dân tỉnh B")),
        *_line(210, (112, 541, "Căn cứ Luật Tổ chức Chính phủ năm 2015, đã được sửa đổi, bổ sung một số")),
        *_line(230, (83, 541, "điều năm 2019 và Luật Cán bộ, công chức năm 2008, đã được sửa đổi, bổ sung")),
        *_line(250, (83, 540, "một số điều năm 2019; Nghị định số 112/2020/NĐ-CP của Chính phủ về xử lý")),
    ]
    return body + [s for part in stamp for s in part]


def _texts(segments: list[Segment]) -> list[str]:
    return [r.text for r in drop_margin_boxes(rows_of(segments))]


def test_stamp_in_the_margin_beside_the_subject_is_left_out() -> None:
    stamp = [*_line(160, (33, 162, "CỔNG THÔNG TIN ĐIỆN TỬ")), *_line(178, (38, 163, "ĐẾN Ngày: 07/10")),
             *_line(194, (70, 150, "Giờ: 9h"))]  # the last line starts nearer the column, under the others
    assert _texts(_page(stamp)) == _texts(_page())
    assert _texts(_page()) == [
        "QUYẾT ĐỊNH", "Về việc thi hành kỷ luật đối với ông Lê Văn A,", "Chủ tịch Ủy ban nhân dân tỉnh B",
        "Căn cứ Luật Tổ chức Chính phủ năm 2015, đã được sửa đổi, bổ sung một số",
        "điều năm 2019 và Luật Cán bộ, công chức năm 2008, đã được sửa đổi, bổ sung",
        "một số điều năm 2019; Nghị định số 112/2020/NĐ-CP của Chính phủ về xử lý"]


def test_text_inside_the_column_stays() -> None:
    # a short line at the column's edge, a word a little left of it, a line running from the margin across
    kept = [*_line(270, (83, 166, "điều năm 2019;")), *_line(290, (76, 300, "Điều 1. Thi hành kỷ luật")),
            *_line(310, (30, 541, "Số: 12 một dòng chữ chạy từ lề trái sang hết cột chữ của trang"))]
    assert _texts(_page(kept))[-3:] == [s.text for s in kept]
