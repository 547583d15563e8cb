"""One sentence -> the duty it states: who, what, with whom, reporting to whom.

"Giao Sở Xây dựng chủ trì, phối hợp với Công an Thành phố ..., báo cáo UBND
Thành phố (qua Sở Nội vụ)" -> assignees, action, coordinators, report_to. A duty
is read only when its verb is not narrated ("đã giao", "được giao").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.assignees import read_names
from extractors.data import duty_verbs as V
from extractors.regexes import guarded as _alt

_F = re.IGNORECASE
_RE_ASSIGN = re.compile(rf"(?<![\w])(?:{_alt(V.ASSIGNING_VERBS)})(?:\s+cho)?\s+", _F)
_RE_NARRATED = re.compile(rf"(?:{_alt(V.PAST_MARKERS)})\s*$", _F)
_RE_SUBJECT_DUTY = re.compile(rf"\s*{_alt(V.SUBJECT_DUTIES)}(?![\w])", _F)
_RE_ACTION = re.compile(rf"\s*{_alt(V.ACTION_STARTS)}(?![\w])", _F)
_RE_ASIDE = re.compile(
    rf"[\s,]*(?:{_alt(V.NAME_ENDERS)})(?![\w])[^.;:]{{0,80}}?\s(?=(?:{_alt(V.SUBJECT_DUTIES)})(?![\w]))", _F)
_RE_SUBJECT_DUTY_ANY = re.compile(rf"(?<![\w])(?:{_alt(V.SUBJECT_DUTIES)})(?![\w])", _F)
# What may follow the names of a heading that only names its assignees: nothing, a
# colon, a bracket, or a qualifier ("... các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng:").
_RE_NAME_TAIL = re.compile(r"\s*(?:$|[:(,;]|từ\s|trong\s+đó)", _F)
# A citation inside a basis clause ("Căn cứ khoản 3 Điều 1 Nghị định số 70/2025/NĐ-CP, sửa đổi ...").
_RE_CITED = re.compile(r"\d+/|\bĐiều\s+\d|\bkhoản\s+\d|\bsố\s+\d", _F)
_RE_CLAUSE = re.compile(r",\s+")
_RE_CONSEQUENCE = re.compile(rf"(?<![\w])(?:{_alt(V.CONSEQUENCE_MARKERS)})(?![\w])", _F)
_RE_PARTNER = re.compile(r"phối\s+hợp\s+(?:chặt\s+chẽ\s+)?(?:với\s+|cùng\s+)?", _F)
_RE_REPORT = re.compile(r"(?:báo\s+cáo|gửi(?:\s+báo\s+cáo)?)\s+(?:kết\s+quả\s+)?(?:về\s+|cho\s+|lên\s+|đến\s+)?", _F)
_RE_VIA = re.compile(r"\s*\(\s*(qua\s+[^)]{3,80})\)", _F)
_RE_CONDITIONAL = re.compile(rf"\s*(?:{_alt(V.CONDITIONAL_OPENERS)})(?![\w])", _F)
_RE_TARGET = re.compile(rf"\s*(?:{_alt(V.TARGET_OPENERS)})", _F)
_RE_BASIS = re.compile(rf"\s*(?:{_alt(V.BASIS_OPENERS)})(?![\w])", _F)
_RE_CONTINUES = re.compile(rf"\s*(?:{_alt(V.CONTINUATION_OPENERS)})(?![\w])", _F)
_RE_LABEL = re.compile(r"([^:]{2,60}):\s+")
_LABEL_MAX_WORDS = 8  # "Báo cáo quý I:", "Cục Bản quyền tác giả:" are short; a longer run is a clause
# An assigning verb joined to another verb is itself the action ("Yêu cầu và đôn đốc các doanh nghiệp ...").
_RE_COORD_ASSIGN = re.compile(rf"\s*(?:{_alt(V.ASSIGNING_VERBS)})\s+và\s+{_alt(V.ACTION_STARTS)}(?![\w])", _F)
# "Đối với NNT chưa có hồ sơ (hoặc ...) đề nghị gia hạn, miễn, giảm thuế: Cơ quan thuế ..."
_RE_SCOPE = re.compile(rf"((?:{_alt(V.SCOPE_LABELS)})\s[^:.;]{{2,200}}):\s+", _F)
# A list of names, then words that name no body, then the execution formula.
_RE_EXECUTION = re.compile(rf"[^.:]{{0,300}}?\s(?=(?:{_alt(V.EXECUTION_CLAUSES)})(?![\w]))", _F)


@dataclass(frozen=True)
class Duty:
    assignees: tuple[str, ...]
    action: str
    coordinators: tuple[str, ...] = ()
    report_to: str | None = None
    leading: bool = False  # named by an assigning verb or as the sentence's subject


def starts_with_action(sentence: str) -> bool:
    """The sentence (after an optional "Label:") opens with an action verb or a modal."""
    return bool(_RE_ACTION.match(strip_label(sentence)))


def acting_clause(sentence: str) -> str | None:
    """The action a sentence opens with, past an optional "Label:" or basis clause
    ("Căn cứ vào Chỉ số CCHC năm 2021, triển khai ..."); None when it opens with none."""
    if sentence.rstrip().endswith(":"):
        return None
    text = strip_label(sentence)
    if text is not sentence and not _opens_action(text) and _opens_action(sentence) \
            and len(sentence[:len(sentence) - len(text)].split()) > _LABEL_MAX_WORDS:
        text = sentence  # "Nghiên cứu đưa vào dự thảo Nghị quyết ... nội dung: ...": a clause, not a label
    if not is_basis(text):
        return text if _opens_action(text) else None
    for m in _RE_CLAUSE.finditer(text):
        if _RE_ACTION.match(text, m.end()):
            return None if _RE_CITED.search(text, 0, m.start()) else text[m.end():]
    return None


def _opens_action(text: str) -> bool:
    return bool(_RE_ACTION.match(text) or _RE_COORD_ASSIGN.match(text))


def strip_label(sentence: str) -> str:
    """ "Báo cáo quý I: ..." -> "..."; a label is kept when it is the only text."""
    m = _RE_LABEL.match(sentence)
    return sentence[m.end():] if m else sentence


def heading_names(text: str) -> tuple[str, ...]:
    """Who a heading or lead-in names: "2. Phòng Nội vụ", "1.1. Giao Sở X", "Yêu cầu
    Thủ trưởng các cơ quan ...:"; not the issuer of "UBND tỉnh có ý kiến chỉ đạo như sau:"."""
    duty = read_duty(text)
    if duty:
        return duty.assignees
    run = read_names(text)
    if not run:
        return ()
    rest = text[run.end:]
    if _RE_SUBJECT_DUTY_ANY.search(rest) or _RE_ASSIGN.search(rest) or not _RE_NAME_TAIL.match(rest):
        return ()  # "Cục Thuế nhận được ... như sau:", "UBND tỉnh có ý kiến chỉ đạo như sau:"
    return run.names


def continues(sentence: str) -> bool:
    """ "Đồng thời ...": a further duty of the same assignee."""
    return bool(_RE_CONTINUES.match(sentence))


def modality(sentence: str) -> str:
    if _RE_CONDITIONAL.match(sentence):
        return "conditional"
    if _RE_TARGET.match(sentence):
        return "target"
    return "obligation"


def is_basis(sentence: str) -> bool:
    """ "Thực hiện Công văn số ...", "Căn cứ ...": a clause citing what is implemented."""
    return bool(_RE_BASIS.match(sentence))


def read_duty(sentence: str) -> Duty | None:
    """The duty a sentence places on named bodies, or None.

    A subject opening the sentence wins ("UBND thành phố: chỉ đạo ..."), then the
    object of an assigning verb ("Giao Sở X ...", "đề nghị các xã ..."), then a
    subject after a comma ("Trên cơ sở ..., Sở X chủ trì ...").
    """
    label = _RE_LABEL.match(sentence) or _RE_SCOPE.match(sentence)
    if label and read_names(label.group(1)) and _RE_ACTION.match(sentence, label.end()):
        return _labelled(sentence, label)  # "Cục Bản quyền tác giả: Chủ trì, phối hợp ..."
    for pos in (0, label.end()) if label else (0,):
        subject = _subject(sentence, pos)
        if subject:
            return subject
    for m in _RE_ASSIGN.finditer(sentence):
        if _RE_NARRATED.search(sentence[max(0, m.start() - 12):m.start()]) or _RE_COORD_ASSIGN.match(sentence, m.start()):
            continue
        run = read_names(sentence, m.end())
        if run:
            return _duty(sentence, run.names, run.end, leading=True)
    consequence = _RE_CONSEQUENCE.search(sentence)
    for m in _RE_CLAUSE.finditer(sentence, 0, consequence.start() if consequence else len(sentence)):
        subject = _subject(sentence, m.end())
        if subject:
            return subject
    return None


def _labelled(sentence: str, label: re.Match[str]) -> Duty:
    """The label names the assignees: all of it, split where its names split."""
    run = read_names(label.group(1))
    whole = run is not None and not label.group(1)[run.end:].strip()
    names = run.names if whole and run else (" ".join(label.group(1).split()),)
    return _duty(sentence, names, label.end(), leading=True)


def _subject(sentence: str, pos: int) -> Duty | None:
    run = read_names(sentence, pos)
    if not run:
        return None
    rest = sentence[run.end:]
    aside = _RE_ASIDE.match(rest)  # "UBND các xã căn cứ chức năng, nhiệm vụ được giao chịu trách nhiệm ..."
    if aside:
        return _duty(sentence, run.names, run.end + aside.end(), leading=pos == 0)
    if _RE_SUBJECT_DUTY.match(rest):
        return _duty(sentence, run.names, run.end, leading=pos == 0)
    execution = _RE_EXECUTION.match(rest) if len(run.names) > 1 else None
    if execution:
        return _duty(sentence, run.names, run.end + execution.end(), leading=pos == 0)
    if rest.lstrip().startswith(":") and _RE_ACTION.match(rest.lstrip()[1:]):
        return _duty(sentence, run.names, run.end + rest.index(":") + 1, leading=pos == 0)
    return None


def _duty(sentence: str, names: tuple[str, ...], end: int, *, leading: bool) -> Duty:
    action = sentence[end:].strip(" ,:;")
    return Duty(assignees=names, action=action, coordinators=coordinators(action), report_to=report_to(action),
                leading=leading)


def coordinators(action: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in _RE_PARTNER.finditer(action):
        run = read_names(action, m.end())
        if run:
            out.extend(n for n in run.names if n not in out)
    return tuple(out)


def report_to(action: str) -> str | None:
    for m in _RE_REPORT.finditer(action):
        run = read_names(action, m.end())
        if run:
            via = _RE_VIA.match(action, run.end)
            name = run.names[0]
            return f"{name} ({via.group(1)})" if via else name
    return None
