"""A document body -> its items (numbered headings, list items, paragraphs) as a tree.

Line wraps are joined; an item starts at a list marker, after a line that ends a
sentence, or at a line opening with a capitalised action verb (a heading's text
wrapped onto the next line, as crawled pages print it). Styles nest in the order the
document first uses them, so `1.` / `a)` / `-` and `I.` / `1.` / `a.` / `+` both work.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.assignees import head_only, read_names, reads_whole
from extractors.data import assignee_names as N
from extractors.data import deadline_phrases as P
from extractors.data import duty_verbs as V
from extractors.data import task_markers as M
from extractors.data.doc_types import type_names
from extractors.layout import Layout
from extractors.lines import is_capital_text, pattern, starts_body
from extractors.regexes import alternation, joined

# A marker and a space, or its stop and a capital with no space ("1.Các sở, ban, ngành ...", "I.MỤC ĐÍCH")
_CAPITALS = re.escape("".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and c.isupper()))
_MARKERS = "(?:" + "|".join(f"(?P<{s}>{p})" for s, p in M.MARKERS) + rf")(?=\s|$|(?<=[.)])[{_CAPITALS}])"
_MARKER = re.compile(rf"[ \t]*{_MARKERS}")
# A marker after the quotation mark that opens a text a lead-in enacts ("“4. Trường hợp ...", "“Điều 22. ...")
_QUOTED_MARKER = re.compile(rf"[ \t]*[{M.QUOTE_OPENERS}]{_MARKERS}")
_QUOTE_OPEN = re.compile(rf"[ \t]*[{M.QUOTE_OPENERS}]")
_QUOTE_CLOSED = re.compile(rf"[{M.QUOTE_CLOSERS}][.;,]*\s*$")
# "c) Sửa đổi, bổ sung khoản 4 như sau:", or in the passive "Khoản 1 Điều 17 được sửa đổi, bổ sung như sau:": a lead-in
# whose quotation is the text it enacts
_AMENDING = re.compile(rf"\s*(?:[^\n:]*?\s)?(?:{alternation(M.AMENDING_LEADS)})(?![\w])[^\n]*:\s*$", re.IGNORECASE)
# ... or an article whose title amends ("Điều 10. Sửa đổi, bổ sung Điều 22" over "“Điều 22. Trách nhiệm của ...")
_AMENDING_TITLE = re.compile(rf"\s*(?:{alternation(M.AMENDING_LEADS)})(?![\w])[^\n:]*$", re.IGNORECASE)
_NOISE = re.compile(M.NOISE_LINE + r"$")
_LINE = re.compile(r"[^\n]*\n?")
_BODY_END = re.compile(rf"^[ \t]*(?:{alternation(V.BODY_END_MARKERS)})\s*:?", re.IGNORECASE | re.MULTILINE)
_CLOSING = re.compile(r"\./\.")
_LETTERS = "abcdđeghiklmnopqrstuvxy"  # the letters that count points ("a)", "b)", ... "đ)")
_COUNTED_NUMBER = re.compile(r"(\(?)(\d{1,2})([.)])")  # "(2)", "3.", "4)": a marker that counts
_COUNTED_LETTER = re.compile(r"([a-zđ])\)")  # "b)"
_ENDS_SENTENCE = re.compile(r"[.:!?]\s*$|\./\.\s*$")  # not ";": a list run on in one paragraph
_ACTION_OPENER = re.compile(rf"(?:{alternation(w.capitalize() for w in V.ACTION_STARTS)})\b")
# "2. Giao Trung tâm Chuyển đổi số" / "Thành phố cấu hình ...": a line that opens by acting or assigning is no title
_TITLE_VERB = re.compile(rf"(?:{alternation(V.ACTION_STARTS + V.ASSIGNING_VERBS)})(?![\w])", re.IGNORECASE)
# What opens a sentence of its own at a line's start, capitalised: its time, basis or case ("Hằng năm, ...", "Căn cứ
# ...", "Trường hợp ..."), never the rest of a sentence a line above began
_OPENERS = V.OPENING_CLAUSES + V.BASIS_OPENERS + tuple(P.RECURRENCE_WORDS)
_SENTENCE_OPENER = re.compile(rf"(?:{alternation(w.capitalize() for w in _OPENERS)})(?![\w])")
_WORD = re.compile(r"[^\W\d_]+")
# "2. Giao" / "Sở Tài chính chủ trì ...": a line ending on an act or an assignment wants its object on the next
_TITLE_VERB_END = re.compile(rf"(?<![\w])(?:{alternation(V.ACTION_STARTS + V.ASSIGNING_VERBS)})\s*$")
# "Quyết định này ...", "Kế hoạch số ..." at a line's start: a document's name wrapped there, not an action
_DOC_NAME = re.compile(rf"(?:{alternation(type_names())})(?![\w])")
_NAME_HEAD_END = re.compile(r"(?:Sở|Bộ|Phòng|Ban|Văn phòng|Trung tâm|Cục|(?<!Bộ )Công an|Ủy ban|UBND)\s*$")
_SENTENCE_END = re.compile(M.SENTENCE_END)
# "Điều 5. Bộ trưởng các Bộ:" / "Xây dựng, Ngoại giao, ...": a colon after a plural head opens the list of its
# members on the next line, a few words before its first comma; the line goes on with them
_MEMBERS_LEAD = re.compile(rf"(?<![\w])(?:{alternation(N.PLURAL_MARKERS)})\s+(?:{alternation(N.BODY_HEADS + N.OFFICE_TITLES)})\s*:\s*$",
                           re.IGNORECASE)
_MEMBER = re.compile(rf"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,{N.MEMBER_WORDS - 1}}},")
# What may open a sentence before its capital: a quotation mark, a bracket ("'Yêu cầu ..." as a scan reads a speck)
_OPENING_MARKS = "\"“‘'("
# A line that ends on a word wanting its complement ("... làm việc với" / "Tổ chức Y tế Thế giới ..."):
# the next line goes on with it, whatever word opens it
_OPEN_END = re.compile(rf"(?:,|(?<!\w)(?:{alternation(M.OPEN_ENDS)}))\s*$", re.IGNORECASE)
_SPACES = re.compile(r" \s+|[^\S ]\s*")  # white space runs other than one plain space
_PARAGRAPH_LINE = 120  # mean characters of a line that holds a paragraph; a printed page wraps near 80
LIST_STYLES = ("dash", "plus", "bullet", "star")  # items that hold no paragraphs of their own
_ARTICLE = "dieu"
_PARTS = ("roman", "capital")  # "I.", "A.": parts and sections, which hold articles
_TIME_NOTE = re.compile(rf"[ \t]*(?:{alternation(V.DEADLINE_NOTES)})\b", re.IGNORECASE)
# "Điều" alone on a line, its number opening the next ("Điều" / "5. Trách nhiệm thi hành"), as crawled pages print it
_ARTICLE_WORD = re.compile(r"[ \t]*Điều[ \t]*$")
_NUMBER_START = re.compile(r"[ \t]*\d{1,3}[a-zđ]?\s*[.:]")
# An article whose title is a section's known title ends on its line, though the text runs on after it
# without a stop ("Điều 3. Trách nhiệm thi hành" / "Chánh Văn phòng ...")
_SECTION_TITLE = re.compile(rf"\s*(?:{alternation(V.IMPLEMENTING_SECTIONS + V.NON_DUTY_SECTIONS)})\s*[.:]?\s*$",
                            re.IGNORECASE)
# "Nhiệm vụ, quyền hạn của Giám đốc Quỹ", "Trách nhiệm, quyền hạn của Đội trưởng": the words of a heading that names
# whose duties follow (V.SCOPE_NOUNS), up to the name
SCOPE_NOUNS = joined(V.SCOPE_NOUNS, V.SCOPE_NOUN_JOINS, V.SCOPE_NOUNS_MOST)
# ... maybe qualified before "của" ("Trách nhiệm chung của các cơ quan, đơn vị", "Trách nhiệm thực hiện của ...")
SCOPE_HEADING = rf"{SCOPE_NOUNS}(?:\s+[^\W\d_]+){{0,{V.SCOPE_QUALIFIER_WORDS}}}?\s+(?:{alternation(V.SCOPE_OWNERS)})"
_SCOPE_TITLE = re.compile(rf"\s*{SCOPE_HEADING}\s[^.;:]+", re.IGNORECASE)
# An article's title that is a name or a noun phrase alone ("Điều 33. Sở Kế hoạch và Đầu tư", "Điều 34. Sở Tài chính -
# Vật giá"): a few words, no comma, no verb; where each line is a paragraph, the capitalised line after it opens the
# article's text
_TITLE_WORDS = 8
_TITLE_ONLY = re.compile(rf"(?:\s+(?:[-–]|(?!(?:{alternation(V.ACTION_STARTS)})(?![\w]))[^\W\d_][\w&-]*))"
                         rf"{{1,{_TITLE_WORDS}}}\s*", re.IGNORECASE)
# A title ending on an office title wants its holder's body on the next line ("Điều 4. Chánh Văn phòng UBND tỉnh,
# Giám đốc" / "Sở Công Thương, ...")
_TITLE_END = re.compile(rf"(?<![\w])(?:{alternation(N.OFFICE_TITLES)})\s*$", re.IGNORECASE)
# An article's or clause's title line on a printed page: shorter than a wrapped line of text (about 80 characters)
_TITLE_LINE = 72
# "Chương V BỒI DƯỠNG VÀ CẤP CHỨNG CHỈ ...", "Mục 2 TỔ CHỨC SÁT HẠCH", "Chương I": a part's heading, its title in
# capitals
_PART_WORD = alternation([*(w.capitalize() for w in V.PART_WORDS), *(w.upper() for w in V.PART_WORDS)])
_PART_HEADING = re.compile(rf"(?:{_PART_WORD})\s+(?:[IVXLC]+|\d{{1,2}})[.:]?(?:\s*$|\s+[{_CAPITALS}]{{2}})")
_TITLE_MIN_WORDS = 3  # "Điều 3. Giao" / "Văn phòng ...": a line cut short after the article's first word
# An article's text that opens with who acts ("Điều 3. Chánh Văn phòng ...", "Điều 2. Sở Công Thương ...")
_NAMED_OPENING = re.compile(rf"(?:(?:{alternation(N.DETERMINERS)})\s+)?(?:{alternation(N.OFFICE_TITLES + N.BODY_HEADS)})(?![\w])",
                            re.IGNORECASE)
# An attachment's title alone on its line, in capitals ("QUY CHẾ", "KẾ HOẠCH"), maybe with its subject
_ATTACHMENT = re.compile(rf"^[ \t]*(?:{alternation(M.ATTACHMENT_TITLES)})(?![\w])[^\n]*$", re.MULTILINE)


@dataclass
class Item:
    """One list item or paragraph of the body."""

    style: str  # marker style, "para" for an unmarked paragraph, "lead" for a paragraph ending in ":"
    marker: str
    start: int  # span of the item in the document, marker included
    end: int
    text: str  # white space normalised, marker excluded
    text_start: int  # where the text after the marker starts in the document
    title: str = ""  # an article's first line, normalised: its title, before the lead-in under it
    attached: bool = False  # in a regulation or plan attached after the signature
    regulation: bool = False  # ... in a regulation (not a plan of work: M.PLAN_TITLES), whose headings name whom rules
    # concern
    quotes: bool = False  # opens a quotation of the text a lead-in enacts, its mark before the marker or text
    parent: int | None = None
    children: list[int] = field(default_factory=list)

    @property
    def is_heading(self) -> bool:
        return bool(self.children)


def body_bounds(text: str, layout: Layout) -> tuple[int, int]:
    """The body span, cut before "Nơi nhận" and after the closing "./." whatever the layout says."""
    start, end = layout.body.start, layout.body.end
    if layout.cc and start <= layout.cc.start < end:
        end = layout.cc.start
    if layout.signature and start <= layout.signature.start < end:
        end = layout.signature.start
    cut = _BODY_END.search(text, start, end)
    if cut:
        end = cut.start()
    closing = None
    for closing in _CLOSING.finditer(text, start, end):
        pass
    if closing:
        end = closing.end()
    return start, end


def regions(text: str, layout: Layout) -> list[tuple[int, int]]:
    """The spans that carry duties: the body, and a regulation or plan attached after
    the signature (from its title to the end of the text)."""
    start, end = body_bounds(text, layout)
    after = max([end, *(s.end for s in (layout.signature, layout.cc) if s)])
    title = next((m for m in _ATTACHMENT.finditer(text, after) if _in_capitals(m.group(0))), None)
    return [(start, end), (title.start(), len(text))] if title else [(start, end)]


def _in_capitals(line: str) -> bool:
    """An attachment's title line in capitals, up to the note of what issues it on the same line ("QUY CHẾ TỔ CHỨC
    ... (Ban hành kèm theo Quyết định số 05/2025/QĐ-TTg ...)")."""
    title = line.split("(", 1)[0]
    return title == title.upper()


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-empty, non-noise lines as (start, end) spans without the newline; a line that
    holds only "Điều" is one with the next when that opens with the article's number."""
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(text, start, end):
        a, b = m.start(), m.end()
        if a == b:
            break
        line = text[a:b].rstrip("\n")
        if not line.strip() or _NOISE.fullmatch(line):
            continue
        if out and _NUMBER_START.match(line) and _ARTICLE_WORD.fullmatch(text, *out[-1]):
            out[-1] = (out[-1][0], a + len(line))
        else:
            out.append((a, a + len(line)))
    return out


def _blank_lines_separate(text: str, start: int, end: int) -> bool:
    """Blank lines mark paragraphs unless the source puts one after every wrapped line
    (PDF text); after every line that holds a whole paragraph (text whose wraps the
    loader joined), they still do."""
    lines = text[start:end].split("\n")
    full = [line for line in lines if line.strip()]
    blanks = len(lines) - len(full)
    return blanks < 0.5 * max(1, len(full)) or _paragraph_lines(full)


def _paragraph_lines(lines: list[str]) -> bool:
    """Whether each line holds a whole paragraph (text whose wraps the loader joined, a
    crawled page): lines as long on average as a paragraph, not a printed page's wraps."""
    return sum(map(len, lines)) > _PARAGRAPH_LINE * max(1, len(lines))


def _starts_item(text: str, prev: tuple[int, int] | None, line: tuple[int, int], blank_before: bool,
                 blanks_separate: bool, paragraphs: bool) -> re.Match[str] | bool:
    m = _MARKER.match(text, line[0], line[1])
    if m:
        return m
    if prev is None:
        return True
    prev_text = text[prev[0]:prev[1]]
    if _lists_members(prev_text, text[line[0]:line[1]]):
        return False
    marker = _MARKER.match(prev_text) or _QUOTED_MARKER.match(prev_text)
    if marker and _SECTION_TITLE.fullmatch(prev_text, marker.end()) \
            and (marker.lastgroup == _ARTICLE or text[line[0]:line[1]].lstrip()[:1].isupper()):
        return True  # "Điều 3. Trách nhiệm thi hành", "3. Tổ chức thực hiện" / "Thủ trưởng ...": a section's title
    # a short title on a printed page (an article's where each line is a paragraph: _closes_paragraph)
    if marker and (marker.lastgroup != _ARTICLE or not paragraphs) \
            and text[line[0]:line[1]].lstrip()[:1].isupper() and _titled(prev_text, marker.end()):
        return True
    head = text[line[0]:line[1]].lstrip()
    if marker and marker.lastgroup != _ARTICLE and _SENTENCE_OPENER.match(head) \
            and _action_title(prev_text[marker.end():]):
        return True  # "1. Xây dựng kế hoạch hỗ trợ gạo" / "Hằng năm, Ủy ban nhân dân tỉnh ... xây dựng ...": a title
        # that opens with what the clause is about, over a paragraph opening a sentence of its own with its time
    if marker and marker.lastgroup != _ARTICLE and _names_alone(prev_text[marker.end():], head):
        return True  # "1. Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường" /
        # "Theo chức năng, nhiệm vụ, ... tổ chức tuyên truyền ...": a heading that names who acts, over their work
    if marker and marker.lastgroup != _ARTICLE and _subject_after_title(prev_text[marker.end():], head):
        return True  # "1. Thông báo lựa chọn hồ sơ đề nghị dự án" / "Cơ quan, đơn vị thực hiện dự án thông báo ...": a
        # title over a paragraph whose sentence opens with a body's name and its act
    if is_capital_text(prev_text) and pattern("enacting").match(prev_text.lstrip()) and starts_body(head):
        return True  # an enacting formula in capitals ends on its line ("ỦY BAN NHÂN DÂN TỈNH KON TUM" / "Căn cứ ...")
    if blank_before and blanks_separate:
        # a page break inside a sentence ("... phối hợp Sở Nông nghiệp và" / "" / "Phát triển nông thôn ...")
        return not (_OPEN_END.search(prev_text) or text[line[0]:line[1]].lstrip()[:1].islower())
    if paragraphs and text[line[0]:line[1]].lstrip()[:1].isupper() and _closes_paragraph(prev_text):
        return True
    if _ENDS_SENTENCE.search(prev_text):
        first = text[line[0]:line[1]].lstrip()[:1]
        return first.isupper() or first in _OPENING_MARKS
    opener = _ACTION_OPENER.match(head)
    return bool(opener) and not _NAME_HEAD_END.search(prev_text) and not _DOC_NAME.match(head) \
        and not _OPEN_END.search(prev_text)


def _runs_inline(item: str, marker: str) -> bool:
    """Whether a line opening with `marker` ("(2)") goes on with a count the item above runs inside its text ("...; cụ
    thể như sau: (1) Tổng số TTHC ... (đạt 62,8%);" / "(2) Cắt giảm ..."): the line wraps that text, no item opens;
    the marker before it ("(1)") stands inside the item, after a word."""
    before = _previous_marker(marker)
    return bool(before) and re.search(rf"\S[ :]\s*{re.escape(before)}\s", item) is not None


def _previous_marker(marker: str) -> str | None:
    """The marker that comes before `marker` in its count ("(2)" -> "(1)", "3." -> "2.", "b)" -> "a)"), None for a
    count's first or a marker that counts nothing."""
    digits = _COUNTED_NUMBER.fullmatch(marker)
    if digits:
        n = int(digits.group(2))
        return f"{digits.group(1)}{n - 1}{digits.group(3)}" if n > 1 else None
    letter = _COUNTED_LETTER.fullmatch(marker)
    k = _LETTERS.find(letter.group(1)) if letter else -1
    return f"{_LETTERS[k - 1]})" if k > 0 else None


def _action_title(title: str) -> bool:
    """ "Xây dựng kế hoạch hỗ trợ gạo": a short capitalised line that states what its clause is about, no sentence (no
    stop, colon or comma at its end)."""
    title = title.strip()
    return title[:1].isupper() and len(title) <= _TITLE_LINE and not _ENDS_SENTENCE.search(title) \
        and not _OPEN_END.search(title) and not title.endswith(";")


def _names_alone(title: str, line: str) -> bool:
    """Whether a clause's title is names alone, whole, over a line that opens with a capitalised word no name goes on
    with, a preposition ("Theo chức năng, nhiệm vụ, ...")."""
    first = _WORD.match(line)
    if first is None or not first.group()[:1].isupper() or first.group().lower() not in M.OPEN_ENDS:
        return False
    return reads_whole(title.strip())


def _subject_after_title(title: str, line: str) -> bool:
    """Whether a capitalised `line` opens a sentence of its own after a clause's title: the title is a few words, no
    sentence (it opens with no body's name and ends on no word that wants its object: "2. Giao" / "Sở Tài chính ...",
    "... chịu trách nhiệm trước" / "UBND huyện ...", nor on a name's head: "..., Cục" / "Thuế lập ...", "... đến Chi
    nhánh" / "Văn phòng ..."), and the line opens with a body's name and then its act ("a) Đối với Ủy ban An toàn giao
    thông Quốc gia, Bộ Xây dựng" / "Bộ Xây dựng lập dự toán ...")."""
    title = title.strip()
    if not line[:1].isupper() or len(title.split()) < _TITLE_MIN_WORDS or not _action_title(title) \
            or _TITLE_VERB_END.search(title) or _NAME_HEAD_END.search(title) or read_names(title, 0) is not None:
        return False
    run = read_names(line, 0)
    act = _WORD.match(line[run.end:].lstrip()) if run else None
    if act is None or not act.group().islower() or act.group() in M.OPEN_ENDS:
        return False
    joined = f"{title} {line}"  # a head the title ends with runs on ("... đến Chi nhánh" / "Văn phòng ...")
    return not any(w.group()[0].isupper() and head_only(title[w.start():]) and read_names(joined, w.start())
                   for w in _WORD.finditer(title))


def _titled(line: str, pos: int) -> bool:
    """An article's or clause's line that holds its title alone, on a page whose lines may
    wrap: a capitalised noun phrase ("Điều 8. Điều khoản chuyển tiếp", "Điều 19. Chương
    trình đào tạo lái xe các hạng A1, A, B1", "1. Xe mô tô dùng để tập lái"), not text
    opening with an action or an assignment, a name or the text itself ("Điều 1. Công bố
    kèm theo" / "Quyết định này ...", "2. Giao Trung tâm Chuyển đổi số" / "Thành phố ...",
    "1. Về thủ tục hải quan: đề nghị" / "Công ty ...": a label and its text, "Điều 3.
    Chánh Văn phòng" / "Ủy ban nhân dân tỉnh ..."), short of a full line, ending on
    a lower-case word or a code, not on one that wants more (a name's head, an office
    title, a word wanting its complement) nor on a name's capitalised compound, which may
    run on ("Điều 2. Đại học Công nghiệp" / "Hà Nội là ...", "Ủy quyền cho Lãnh đạo" / "Bộ
    Xây dựng ...")."""
    title = line[pos:].strip()
    if len(title.split()) < _TITLE_MIN_WORDS or len(line.rstrip()) > _TITLE_LINE or not title[:1].isupper() \
            or ":" in title \
            or _OPEN_END.search(title) or _NAME_HEAD_END.search(title) or _TITLE_END.search(title) \
            or _TITLE_VERB.match(title) or _DOC_NAME.match(title):
        return False
    return _ends_title(title, strict=True) and not _NAMED_OPENING.match(title)


def _lists_members(prev: str, line: str) -> bool:
    """A line of capitalised members after a plural head's colon on the line before."""
    return prev.rstrip().endswith(":") and line.lstrip()[:1].isupper() and bool(_MEMBERS_LEAD.search(prev)) \
        and bool(_MEMBER.match(line))


def _closes_paragraph(line: str) -> bool:
    """Where each line is a paragraph, a line that closes its item though it ends with no
    stop: a list item whose marker the page dropped ("Thông qua phương hướng ... của
    Quỹ;"), or a scope heading ("a) Nhiệm vụ, quyền hạn của Hội đồng quản lý Quỹ") over
    the capitalised line after it, or an article's title: a few words alone ("Điều 33. Sở
    Kế hoạch và Đầu tư"), or ending on a lower-case word ("Điều 24. Điều chỉnh lần thứ hai
    ... đại biểu Quốc hội" / "Chậm nhất là ngày ..."). A line the loader left unjoined
    before a capital ("2. Giao Thường trực Hội đồng nhân dân, các Ban của" / "Hội đồng
    nhân dân ...", "Điều 3. Phân công Phó Thủ tướng ... Nguyễn Hòa" / "Bình ...", "Điều 4.
    Chánh Văn phòng UBND tỉnh, Giám đốc" / "Sở Công Thương ...") ends on a word that wants
    its complement, on a name's head or word, or on an office title, and closes nothing."""
    if _OPEN_END.search(line) or _NAME_HEAD_END.search(line):
        return False
    marker = _MARKER.match(line) or _QUOTED_MARKER.match(line)  # an article an amending text enacts, quoted
    if marker and marker.lastgroup == _ARTICLE and (_TITLE_ONLY.fullmatch(line, marker.end())
                                                    or _ends_title(line) and not _TITLE_END.search(line)):
        return True
    return _ends_item(line) or bool(_SCOPE_TITLE.fullmatch(line, marker.end() if marker else 0))


def _ends_title(line: str, *, strict: bool = False) -> bool:
    """Whether a title line ends where a title may: on a lower-case word or a code ("B1");
    `strict` where printed lines wrap anywhere, not on a name's capitalised compound
    ("Công nghiệp", which may run on: "Đại học Công nghiệp" / "Hà Nội")."""
    *_, before, last = ["", *line.split()]
    compound = strict and before[:1].isupper()
    return (last[:1].islower() and not compound) or any(c.isdigit() for c in last)


def _ends_item(line: str) -> bool:
    """A line ending with ';' that ends a list item, not a list of members it enumerates
    after a colon, which may wrap at any of its ';' ("... yêu cầu các Bộ: Nông nghiệp và
    Môi trường; Xây dựng;" / "Khoa học và Công nghệ xây dựng phương án ...")."""
    body = line.rstrip()
    if not body.endswith(";"):
        return False
    _, colon, members = body[:-1].rpartition(":")
    return not colon or ";" not in members


def items(text: str, layout: Layout) -> list[Item]:
    """The items of the body and of its attachment in document order, each linked to its parent."""
    out: list[Item] = []
    for k, (start, end) in enumerate(regions(text, layout)):
        part = _region_items(text, start, end)
        plan = text[start:end].lstrip().startswith(M.PLAN_TITLES)
        for it in part:
            it.attached = k > 0
            it.regulation = k > 0 and not plan
            it.parent = None if it.parent is None else it.parent + len(out)
            it.children = [c + len(out) for c in it.children]
        out.extend(part)
    return out


def _region_items(text: str, start: int, end: int) -> list[Item]:
    lines = _lines(text, start, end)
    separate = _blank_lines_separate(text, start, end)
    paragraphs = _paragraph_lines([text[a:b] for a, b in lines])
    groups: list[_Group] = []
    prev = None
    for line in lines:
        blank_before = prev is not None and text.count("\n", prev[1], line[0]) > 1
        quote = _enacted_quote(text, groups, line)
        hit = _QUOTED_MARKER.match(text, line[0], line[1]) if quote else \
            _starts_item(text, prev, line, blank_before, separate, paragraphs)
        if isinstance(hit, re.Match) and groups and prev \
                and _runs_inline(text[groups[-1].text_start:prev[1]], hit.group(0).strip()):
            hit = False  # "...; cụ thể như sau: (1) Tổng số ... (đạt 62,8%);" / "(2) Cắt giảm ...": a count run inline
        if hit is True and groups and _TIME_NOTE.match(text, line[0], line[1]):
            groups[-1].lines.append(line)  # "Thời gian hoàn thành ..." closes the item above
        elif quote and not hit:  # a quoted paragraph: its text after the mark
            groups.append(_Group("para", "", quote.end(), [line], True))
        elif hit is True or (not hit and not groups):
            groups.append(_Group("para", "", line[0], [line]))
        elif isinstance(hit, re.Match):
            style = hit.lastgroup or "para"
            inner = _MARKER.match(text, hit.end(), line[1]) if style == _ARTICLE else None
            if inner and inner.lastgroup != _ARTICLE:  # "Điều 2: a) Ủy ban nhân dân thị xã ...": its first clause
                groups.append(_Group(style, hit.group(0).strip(), hit.end(), [(line[0], inner.start())], bool(quote)))
                hit, style, line, quote = inner, inner.lastgroup or "para", (inner.start(), line[1]), None
            groups.append(_Group(style, hit.group(0).strip(), hit.end(), [line], bool(quote)))
        else:
            groups[-1].lines.append(line)
        prev = line
    out = [_item(text, g) for g in groups]
    _nest(out)
    return out


@dataclass
class _Group:
    """An item's lines as they are collected: its style, marker, where its text starts."""

    style: str
    marker: str
    text_start: int
    lines: list[tuple[int, int]]
    quotes: bool = False


def _enacted_quote(text: str, groups: list[_Group], line: tuple[int, int]) -> re.Match[str] | None:
    """The quotation mark opening `line` when the item before is a lead-in that amends
    ("Sửa đổi, bổ sung khoản 4 như sau:"): what it quotes is the text it enacts."""
    quote = _QUOTE_OPEN.match(text, line[0], line[1])
    if not (groups and quote):
        return None
    last = groups[-1]
    lead = " ".join(text[max(a, last.text_start) if i == 0 else a:b] for i, (a, b) in enumerate(last.lines))
    amends = _AMENDING.match(lead) or (last.style == _ARTICLE and _AMENDING_TITLE.match(lead))
    return quote if amends else None


def _item(text: str, g: _Group) -> Item:
    style, lines = g.style, g.lines
    body = " ".join(text[max(a, g.text_start) if i == 0 else a:b] for i, (a, b) in enumerate(lines))
    clean = _SPACES.sub(" ", body).strip()
    if style == "para" and clean.endswith(":"):
        style = "lead"
    lead = len(text[g.text_start:lines[0][1]]) - len(text[g.text_start:lines[0][1]].lstrip())
    title = _SPACES.sub(" ", text[g.text_start:lines[0][1]]).strip() if style == _ARTICLE else ""
    return Item(style=style, marker=g.marker, start=lines[0][0], end=lines[-1][1], text=clean,
                text_start=g.text_start + lead, title=title, quotes=g.quotes)


def _nest(out: list[Item]) -> None:
    """Link each item to its parent: a style seen before closes the deeper ones, an
    article every clause and list item. A quotation of enacted text nests under the
    lead-in that quotes it, its styles apart from the document's, up to its closing mark
    or the next amending lead-in."""
    stack: list[int] = []
    floors: list[int] = []  # where each open quotation's items start in the stack
    for i, it in enumerate(out):
        while floors and it.style != "para" and _AMENDING.match(it.text):
            del stack[floors.pop():]  # the amending text goes on: a quotation whose closing mark was lost ends
        floor = floors[-1] if floors else 0
        if it.style == "para" and _PART_HEADING.match(it.text):
            del stack[floor:]  # a part's heading closes every item before it, as an article's does
            if stack:
                it.parent = stack[-1]
        elif it.style == "para":
            owners = [j for j in stack if out[j].style not in LIST_STYLES]
            if owners:
                it.parent = owners[-1]
        elif it.quotes:
            floors.append(len(stack))
        else:
            if it.style == _ARTICLE:  # an article is never part of a clause or list item above it
                cut = next((d for d, j in enumerate(stack) if d >= floor and not _owns_articles(out, j, i)),
                           len(stack))
                del stack[cut:]
            styles = [out[j].style for j in stack[floor:]]
            if it.style in styles and it.style != "lead":
                del stack[floor + styles.index(it.style):]
            elif it.style == "lead":
                _close_lead_list(out, stack, floor)
        if it.style != "para":
            if stack:
                it.parent = stack[-1]
            stack.append(i)
        if floors and _QUOTE_CLOSED.search(it.text) and not (it.quotes and it.style == "para"):
            del stack[floors.pop():]
    for i, it in enumerate(out):
        if it.parent is not None:
            out[it.parent].children.append(i)


def _owns_articles(out: list[Item], j: int, i: int) -> bool:
    """Whether item `j` may hold the article `i`: a part or section ("I.", "A."), or a
    lead-in whose items are articles ("QUYẾT ĐỊNH:"); not the clauses and list items of a
    summary printed above the text ("- Tiêu chí ...:" / "+ Thực hiện ..."), nor a lead-in
    whose list they make ("... như sau:" / "- ...")."""
    if out[j].style in _PARTS:
        return True
    return out[j].style == "lead" and not any(out[k].parent == j and out[k].style not in ("para", _ARTICLE)
                                              for k in range(j + 1, i))


def _close_lead_list(out: list[Item], stack: list[int], floor: int) -> None:
    """A new lead-in ends the list of the previous one ("Kính gửi:" then "... như sau:"),
    within the quotation it stands in (from `floor`)."""
    for depth in range(len(stack) - 1, floor - 1, -1):
        if out[stack[depth]].style == "lead":
            if all(out[j].style in LIST_STYLES for j in stack[depth + 1:]):
                del stack[depth:]
            return


def sentences(text: str) -> list[tuple[int, str]]:
    """An item's sentences as (offset in the item text, sentence)."""
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((pos, text[pos:m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return [(p, s) for p, s in out if s.strip()]


def ancestors(all_items: list[Item], i: int) -> list[int]:
    out = []
    p = all_items[i].parent
    while p is not None:
        out.append(p)
        p = all_items[p].parent
    return out
