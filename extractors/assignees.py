"""Names of assignees: read a run of names from a sentence, and normalise them.

`read_names` reads the bodies or office holders that start at a position
("Thủ trưởng các cơ quan, ban, ngành, Chủ tịch UBND các xã, thị trấn khẩn trương
..." -> two names) and says where the run ends; `extractors.agency_names.group_key`
gives one key per body so that "Sở Nội vụ", "Giám đốc Sở Nội vụ" and "SNV" group together.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.data import assignee_names as N
from extractors.data import duty_verbs as V
from extractors.data.family_names import FAMILY_NAMES
from extractors.data.syllable import is_name_word
from extractors.regexes import BRACKETED, alternation
from extractors.regexes import guarded as _alt

_F = re.IGNORECASE
_DET = rf"(?:(?:{_alt(N.DETERMINERS)})\s+)?"
_HEAD = rf"(?:{_alt(N.OFFICE_TITLES + N.BODY_HEADS)})(?![\w])"
# An aside in brackets after a name: the unit that acts for the body, or where it acts
_ASIDE_CHARS = 120
_RE_ASIDE = re.compile(rf"\([^()\n;]{{1,{_ASIDE_CHARS}}}\)")
_RE_ASIDE_IN = re.compile(rf"\s*{BRACKETED}")
_OWNER = " của "  # "Khoa dược của cơ sở ...": a unit, then whose it is
# A name starts with an optional determiner and a head word.
_RE_START = re.compile(rf"{_DET}(?!(?:{_alt(N.NOT_NAMES)})(?![\w])){_HEAD}", _F)
_RE_ROLE_TERM_HEAD = re.compile(_alt(N.ROLE_TERM_HEADS), _F)
# ... or, opening a run, plural local units, their governments ("các xã, phường"); after "và" they are the first
# name's level ("Ủy ban nhân dân Thành phố Hồ Chí Minh và các tỉnh")
_RE_LOCAL_START = re.compile(rf"(?:{_alt(N.PLURAL_DETERMINERS)})\s+(?:{_alt(N.LOCAL_UNITS)})(?![\w])", _F)
_RE_BUSINESS = re.compile(rf"{_DET}(?:{_alt(N.BUSINESS_HEADS)})(?![\w])", _F)
_STOPS = tuple(sorted(set(V.SUBJECT_DUTIES + V.ASSIGNING_VERBS + V.NAME_ENDERS + N.NAME_STOPS), key=len, reverse=True))
_RE_STOP = re.compile(rf"(?:{_alt(_STOPS)})(?![\w])", _F)
# after a separator, a basis opens the next clause, no name: "... của Bộ Chính trị, Ban Bí thư; Xét Tờ trình ..."
_RE_BASIS = re.compile(rf"(?:{_alt(V.BASIS_OPENERS)})(?![\w])", _F)
_RE_CONTINUER = re.compile(rf"(?:{_alt(N.NAME_CONTINUERS)})(?![\w])", _F)
_RE_AMBIGUOUS = re.compile(rf"(?:{_alt(N.AMBIGUOUS_HEADS)})(?![\w])", _F)
# "Tổ chức kiểm định có trách nhiệm ...", "cơ quan, tổ chức nhận tiền phải chuyển ...": a few lower-case
# words, then a duty only a body holds
_OWNER_WORDS = 4
_RE_JOINED = re.compile(r"(?<![\w])(?:và|hoặc)(?![\w])")
_RE_JOINED_WORD = re.compile(r"(?:và|hoặc)\s+", re.IGNORECASE)
_BOUND = rf"(?:{_alt(V.RESPONSIBILITY_WORDS + V.OBLIGED)})(?![\w])"  # what a body must do, or answer for
_RE_OWNED = re.compile(rf"(?:[^\W\d_]+\s+){{1,{_OWNER_WORDS}}}?{_BOUND}")
_RE_RELATIVE = re.compile(rf"(?:{_alt(N.NAME_RELATIVES)})(?![\w])", _F)
_RE_PLACE_RELATIVE = re.compile(rf"(?:{_alt(N.PLACE_RELATIVES)})(?![\w])", _F)
_RE_PASSIVE_RELATIVE = re.compile(rf"(?:{_alt(V.ENTITLED)})(?![\w])", _F)
_RE_BOUND = re.compile(_BOUND, _F)
_RE_STRONG = re.compile(rf"(?:{_alt(N.STRONG_DUTIES)})(?![\w])", _F)
# "có" + a qualifier (no duty, no stop of a clause) + a strong duty: the qualifier is the name's
# ("có văn bản", "có trách nhiệm" are duties; a duty of two syllables inside ends the qualifier, a
# single one may be part of a noun: "công trình")
_COMPOUND_DUTIES = tuple(d for d in V.SUBJECT_DUTIES if " " in d)
_RE_HAVING = re.compile(rf"(?!(?:{_alt(V.SUBJECT_DUTIES)})(?![\w]))"
                        rf"có(?:(?!\s(?:{_alt(_COMPOUND_DUTIES)})(?![\w]))[^,.;:()]){{3,60}}?"
                        rf"(?=\s(?:{_alt(N.STRONG_DUTIES)})(?![\w]))")
# "có thẩm quyền quản lý ..., ..." up to the duty of the competent body's own (N.COMPETENCE_WORDS)
_RE_COMPETENT = re.compile(rf"(?:{_alt(N.COMPETENCE_WORDS)})[^.;:()]{{1,{N.COMPETENCE_REACH}}}?"
                           rf"(?=\s(?:{_alt(N.STRONG_DUTIES)})(?![\w]))", _F)
_RE_VERB = re.compile(rf"{_alt(V.ACTION_STARTS)}(?![\w])", _F)
# a procedure's step of one syllable, which no level word is ("lập"; not "cấp", which names a level too), before its
# object in lower case (not "Độc lập - Tự do")
_RE_STEP_WORD = re.compile(_alt(w for w in V.PROCEDURE_STEPS if " " not in w and w not in N.LEVEL_HEADS), _F)
_RE_NAME_VERB = re.compile(rf"{_alt(N.NAME_VERBS)}(?![\w])")  # lower case only: "Sở Xây dựng" is a name anyway
_RE_CAP_ACTION = re.compile(rf"(?:{alternation(w.capitalize() for w in V.ACTION_STARTS)})(?![\w])")
_RE_TOKEN = re.compile(r"[\w&]+(?:[-–&.][\w&]+)*|\s[-–]\s|[,;:().\"“”]")
_RE_TITLE = re.compile(rf"(?:{_alt(N.OFFICE_TITLES)})\s+", _F)
_RE_TITLE_ALONE = re.compile(rf"(?:{_alt(N.OFFICE_TITLES)})\s*:", _F)
_RE_LEAD_DET = re.compile(rf"(?:{_alt(N.DETERMINERS)})\s+", _F)
_RE_JOINT = re.compile(rf"(?:{_alt(N.JOINT_HEADS)})\s+\S+\s*$", _F)
_RE_SPACE = re.compile(r"\s*")
_RE_PLURAL_HEAD = re.compile(r"(?<!\w)các\s+(\w+)$", _F)  # "Giám đốc các Sở", "Chủ tịch UBND các tỉnh"
_RE_CUT_CLAUSE = re.compile(rf"(?<![\w])(?:{_alt(N.CLAUSE_LINKS)})$", _F)
_RE_TRAILING_JOIN = re.compile(r"(?:\s+(?:và|hoặc)(?:\s+các)?)+\s*$")  # "... Gia Lai và" before a word that names no body
_MAX_NAME_TOKENS = 16
_RELATIVE_REACH = 200  # characters: what a body was given or where it stands, up to the duty of its clause
_RE_CLAUSE_END = re.compile(r"[.;:\n]")
_RE_NEXT_AGENT = re.compile(rf",\s*(?:{_alt(N.AGENT_HEADS)})\s", _F)
_FIELD_PLACE_WORDS = 2  # "xã", "khu vực tỉnh": where a body's field runs, between it and the body's duty
_RE_FIELD_PLACE = re.compile(rf"(?:{_alt(tuple(N.PLACE_UNITS) + N.FIELD_PLACES)})(?![\w])")
_BOARD_FIELD_WORDS = 10  # "các công trình dân dụng và công nghiệp tỉnh": what a board's field is on, to its duty
_RE_FIELD_WORD = re.compile(r"[^\W\d_]+")  # one word
_RE_BOARD = re.compile(rf"(?<![\w])(?:{alternation(N.BOARD_WORDS)})(?![\w])")  # case-sensitive: "Ban Quản lý"
READ_CACHE = 2048  # sentences whose reading is kept: a long document's, bounded for a long-running service
# A person's full name: a family name and one or two middle names and a given name (three
# or four syllables; two-syllable names are rare, and "Hà Nội", "Cao Bằng" are places).
_PERSON_MIN_WORDS, _PERSON_MAX_WORDS = 3, 4
_PLACE_MAX_WORDS = 4  # syllables of a place's proper name ("Hồ Chí Minh")
_FAMILY = frozenset(FAMILY_NAMES)
_MAX_SHAPED_WORDS = 14
_RE_NOT_ACTOR = re.compile(rf"(?:{_alt(N.NOT_ACTORS)})(?![\w])", _F)
_RE_HANDED_TO = re.compile(rf"(?:{_alt(N.HANDED_TO)})(?![\w])")
_RE_COLLECTIVE = re.compile(rf"(?:{_alt(N.COLLECTIVES)})\s+", _F)
_RE_AGENT_HEAD = re.compile(rf"(?!(?:{_alt(N.OFFICE_TITLES)})(?![\w]))(?:{_alt(N.AGENT_HEADS)})\s+", _F)  # not "Chủ tịch"
# A capitalised head that needs its complement, just before a verb: "Ban chỉ đạo ...", "Tổ công tác ..."
_RE_COMPLEMENT_HEAD = re.compile(rf"(?<![\w])(?:{alternation(h.capitalize() for h in N.COMPLEMENT_HEADS)})\s+$")
# A level word after a capitalised word, before a verb: "... Việt Nam cấp tổ chức hội nghị hiệp thương"
_RE_OPEN_LEVEL = re.compile(rf"(?<![\w])(?P<word>\w+)\s+(?:{alternation(N.LEVEL_HEADS)})\s+$")
_RE_COMPOUND = re.compile(rf"(?:{_alt(N.COMPOUND_NOUNS)})(?![\w])", _F)
_RE_PROPER_COMPOUND = re.compile(rf"(?:{alternation(N.PROPER_COMPOUNDS)})(?![\w])")  # case-sensitive: "Đăng ký"
_RE_ROLE = re.compile(rf"(?:{_alt(N.ROLE_HEADS)})(?![\w])", _F)
_RE_MEMBERS = re.compile(r",")
_RE_LEVEL = re.compile(rf"(?:các\s+)?cấp(?:\s+(?:{_alt(tuple(N.PLACE_UNITS))}))?", _F)  # "các cấp", "cấp tỉnh"
_RE_HEAD_JOIN = re.compile(r",\s*|\s+(?:và|hoặc)\s+")  # "Cơ quan, đơn vị", "cơ quan và đơn vị"
# One member of a list after "các Bộ:": a few words up to the comma before the next
_RE_MEMBER = re.compile(rf"[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){{0,{N.MEMBER_WORDS - 1}}},\s*")
# "Các Bộ trưởng", "các Cục trưởng": heads of bodies named by the body's head word and the chief's
_RE_PLURAL_CHIEF = re.compile(rf"(?<!\w)(?:{_alt(N.PLURAL_MARKERS)})\s+(?P<head>{_alt(N.BODY_HEADS)})\s+{N.CHIEF_WORD}$", _F)
_RE_PLACE_MEMBERS = re.compile(r",|\s+và\s+")  # "các tỉnh: Gia Lai và Lâm Đồng"; not "các Bộ: Nông nghiệp và Môi trường"
_RE_COMMA_SPACE = re.compile(r",(?=[^\W\d_])")  # a comma with no space after it, before a word
_HEAD_REACH = 24  # characters before a comma where a bare head may end
_RE_HEAD_ENDS = re.compile(rf"(?<![\w])(?:{_alt(N.BODY_HEADS)})\s*$", _F)  # a body's head, before a comma or word


@dataclass(frozen=True)
class NameRun:
    names: tuple[str, ...]
    start: int
    end: int  # where the run stops in the text it was read from
    determined: bool = False  # a name read by shape that opens with a determiner ("Các cơ sở ...")


@lru_cache(maxsize=READ_CACHE)  # the task stages ask again of a sentence they read: two in five calls repeat
def read_names(text: str, pos: int = 0) -> NameRun | None:
    """The names that start exactly at `pos`, or None when no name starts there."""
    m = _RE_START.match(text, pos) or _RE_LOCAL_START.match(text, pos)
    if not m:
        return None
    verb = _RE_AMBIGUOUS.match(text, pos)  # "Tổ chức xây dựng kế hoạch ..." opens with a verb
    if verb and not _noun_use(text, verb.end()) and not (text[pos:pos + 1].isupper() and _RE_COMPOUND.match(text, pos)):
        return None  # (not a sentence's subject that is a compound noun: "Tổ chức tín dụng đối chiếu ...")
    names: list[str] = []
    cur = pos
    trade = bool(_RE_BUSINESS.match(text, pos))  # a business name runs on through its line of trade
    i = m.end()
    count = 0
    end = len(text)
    listing = False  # inside the members after "các Bộ:", capitalised words are members
    role = None  # where a role in apposition after a dash starts
    last = pos  # where the word before the current one starts
    compound_end = 0  # where the compound noun the name holds ends (COMPOUND_NOUNS)
    while True:
        t = _RE_TOKEN.search(text, i)
        if not t:
            end = len(text)
            break
        tok, a = t.group(0).strip(), t.start()
        if tok in ",;" or tok.lower() in ("và", "hoặc"):
            nxt = _RE_TOKEN.search(text, t.end())
            # "Các Bộ: Tài chính, Xây dựng, Công an": after a comma, a capitalised word is one more member
            listing = listing and tok != ";"
            member = listing and tok == "," and nxt is not None and nxt.group(0)[:1].isupper()
            if not nxt or (_RE_STOP.match(text, nxt.start()) and not member) or _RE_BASIS.match(text, nxt.start()):
                end = a
                break
            ambiguous = _RE_AMBIGUOUS.match(text, nxt.start())
            if ambiguous and not _noun_use(text, ambiguous.end()):
                if tok == "," and head_only(text[cur:a]):
                    i = ambiguous.end()  # after a bare head, one more head ("Cơ quan, tổ chức đề nghị ...")
                    continue
                end = a  # "Sở Y tế, tổ chức kiểm tra ...": a verb
                break
            joint = tok.lower() == "và" and _RE_JOINT.search(text[cur:a])
            head = _RE_START.match(text, nxt.start())
            if head and _is_new_name(text, nxt.start()) and not joint and not member:
                names.append(text[cur:a if role is None else role])
                role = None
                cur = nxt.start()
                trade = bool(_RE_BUSINESS.match(text, cur))
                count = 0
                i = head.end()  # past the head, which may be lower case ("và lãnh đạo các Bộ")
                continue
            trade = trade or bool(_RE_BUSINESS.match(text, nxt.start()))  # "Các cơ quan, ..., doanh nghiệp ..."
            i = t.end()
            continue
        if tok in "-–":  # "Phòng Tài chính - Kế hoạch", "chính trị - xã hội"
            nxt = _RE_TOKEN.search(text, t.end())
            if nxt and nxt.group(0)[:1].isalpha() and not _RE_STOP.match(text, nxt.start()):
                if role is None and nxt.group(0)[:1].isupper() and _RE_ROLE.match(text, nxt.start()):
                    role = a  # "Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751": its role, not its name
                i = t.end()
                continue
        if tok == ":" and _enumerates(text, cur, t.end()):
            i = t.end()  # "Giám đốc các Sở: Tài chính, Xây dựng", "Các Bộ: Quốc phòng, Công an"
            count = -_MAX_NAME_TOKENS  # a list of members may be long ("các tỉnh: Hà Tĩnh, Quảng Trị, ...")
            listing = True
            continue
        aside = _RE_ASIDE.match(text, a) if tok == "(" and a > cur else None
        if aside and _goes_on(text, _RE_SPACE.match(text, aside.end()).end()):
            i = aside.end()  # "Sở Tư pháp (Trung tâm trợ giúp pháp lý nhà nước) lập ...": the unit that acts for it, or
            continue  # "(đối với hội nghị hiệp thương ở trung ương)": where it acts; an aside, not the name's end
        if tok in ":.()\"“”-–":
            end = a
            break
        # "Doanh nghiệp, đơn vị nơi thực hiện ... có trách nhiệm", "Cơ quan được lấy ý kiến có trách nhiệm ...": where
        # bare heads stand, or what is done to them up to what they must do, says which they are; a body's own name
        # needs no place ("Chủ tịch Ủy ban nhân dân cấp xã nơi xảy ra vụ việc"); what a body was given runs through
        # its clause ("Đơn vị được giao nhiệm vụ thực hiện dự án có trách nhiệm ...")
        given = _RE_RELATIVE.match(text, a)
        passive = not given and _RE_PASSIVE_RELATIVE.match(text, a) and heads_only(text[pos:a])
        if given or passive or (_RE_PLACE_RELATIVE.match(text, a) and heads_only(text[pos:a])):
            strong = _clause_duty(text, a, _RE_BOUND if passive else _RE_STRONG)
            if strong:
                i = strong.start()
                end = i
                break
        if _RE_CONTINUER.match(text, a):
            i = _RE_CONTINUER.match(text, a).end()
            continue
        having = (_RE_HAVING.match(text, a) or _RE_COMPETENT.match(text, a)) if a > cur and text.startswith("có", a) \
            else None
        if having and having.group(0).islower():  # "Các đơn vị có công trình chậm tiến độ khẩn trương ...", "Người
            end = having.end()  # đứng đầu cơ quan có thẩm quyền quản lý ..., sử dụng ... có trách nhiệm:"
            break
        compound = _RE_COMPOUND.match(text, a) or _RE_COMPOUND.match(text, last) \
            or _RE_PROPER_COMPOUND.match(text, last)
        compound_end = max(compound_end, compound.end() if compound else 0)
        last = a
        if compound_end >= t.end() and a > cur:
            count += 1  # "Bộ Ngoại giao", "Cục Cảnh sát giao thông": a noun, not the verb "giao"; every word of a
            i = t.end()  # long one ("tổ chức tín dụng phi ngân hàng")
            continue
        lower = tok[:1].islower()
        if lower and a > cur and tok.lower() in N.LEVEL_HEADS and _issues(text, t.end()):
            end = a  # "Cục trưởng Cục Cảnh sát giao thông cấp Giấy phép xe tập lái": "cấp" issues a paper, no level
            break
        level = _RE_VERB.match(text, a) if lower and _open_level(text, cur, a) else None
        if level:  # "... Việt Nam cấp tổ chức hội nghị hiệp thương báo cáo ...": the level's complement
            i = level.end()
            trade = True  # runs on in lower case to the clause's own verb
            continue
        after_lower = lower and _after_lower(text, cur, a)
        if lower and (_RE_STOP.match(text, a) or (after_lower and _RE_VERB.match(text, a)
                                                   and not is_noun_head(text, a))):
            inside = _name_verb_end(text, a, whole=pos == 0, listing=listing,
                                    board=_RE_BOARD.search(text, cur, a) is not None) if a > cur else None
            if inside is None and _RE_COMPLEMENT_HEAD.search(text, cur, a) and _RE_VERB.match(text, a):
                inside = _RE_VERB.match(text, a).end()
                trade = True  # its field runs on in lower case ("Ban chỉ đạo phòng thủ dân sự quốc gia")
            if inside is not None:
                i = inside  # "Cục Kết cấu hạ tầng xây dựng tham mưu ...": the field is part of the name
                continue
            end = a  # a duty word, or a verb after a lower-case word ("Cục Hải quan thông báo ...")
            break
        verb = _RE_VERB.match(text, a) if lower and not after_lower and a > cur else None
        after = _RE_SPACE.match(text, verb.end()).end() if verb and _RE_STEP_WORD.fullmatch(verb.group(0)) else 0
        step = verb is not None and after > verb.end() and text[after:after + 1].islower()
        if verb and (" " in verb.group(0) or step) and not is_noun_head(text, a):
            end = a  # a verb of two syllables after a capitalised word ("Bộ Công Thương nghiên cứu"), or a step of one
            break  # that is no level ("Hội Chữ thập đỏ Việt Nam lập dự toán ...", not "... Việt Nam cấp tỉnh")
        if lower and not trade and tok.lower() not in N.NAME_SYLLABLES \
                and (after_lower or _after_proper_name(text[cur:a].split())):
            end = a  # a lower-case word after a lower-case one, after a person's name ("Phó Thủ tướng ... Nguyễn Hòa
            break  # Bình kết luận ...") or a place's ("UBND huyện Sơn Tịnh ra quyết định ..."), not a name word: the
            # name is over
        if tok[:1].isupper() and _RE_CAP_ACTION.match(text, a) and not _after_head(text, cur, a) and not listing:
            end = a
            break
        count += 1
        if count > _MAX_NAME_TOKENS:
            end = a
            break
        i = t.end()
    names.append(text[cur:end if role is None else role])
    clean = tuple(m for n in (_tidy(x) for x in names) if n for m in _members(n))
    if not clean or _bare_head(clean[0]):
        return None  # "tổ chức giao ban, ...": a head word alone, in lower case, names no one
    return NameRun(_unit_of(_shared_level(clean)), pos, end)


def _unit_of(names: tuple[str, ...]) -> tuple[str, ...]:
    """ "Khoa dược của cơ sở khám bệnh, chữa bệnh": a unit named with its owner; the unit's own
    name follows the whole, as readers name it either way (not a bare head: "Văn phòng của ...")."""
    out: list[str] = []
    for name in names:
        out.append(name)
        unit, owned, _ = name.partition(_OWNER)
        if owned and not head_only(unit) and _RE_START.match(unit) and unit not in names:
            out.append(unit)
    return tuple(out)


def _clause_duty(text: str, pos: int, duty: re.Pattern[str]) -> re.Match[str] | None:
    """The first `duty` in the clause from `pos` ("được giao quản lý, sử dụng tài sản có trách nhiệm"): before the
    clause's end (a full stop, a semicolon, a colon or the line's end), within _RELATIVE_REACH characters."""
    limit = min(len(text), pos + _RELATIVE_REACH)
    end = _RE_CLAUSE_END.search(text, pos, limit)
    return duty.search(text, pos, end.start() if end else limit)


def _goes_on(text: str, pos: int) -> bool:
    """After an aside, the clause goes on: one more name after a comma, or the name's verb (not the
    end or a linking word: "báo cáo Chủ tịch UBND huyện (qua Phòng Nội vụ) để xem xét" keeps its
    channel)."""
    return text[pos:pos + 1] == "," or bool(_RE_VERB.match(text, pos))


def _shared_level(names: tuple[str, ...]) -> tuple[str, ...]:
    """ "Hội đồng nhân dân, Ủy ban nhân dân các cấp": bare heads before a name that ends in
    its level share that level ("Hội đồng nhân dân các cấp", ...); the run as written is
    kept too, as readers keep it whole as often as they split it; so is a run of bare heads
    alone ("Trung tâm, Chi nhánh": the centre and its branch, one actor to a reader)."""
    if len(names) < 2 or not all(head_only(n) and n[:1].isupper() for n in names[:-1]):
        return names
    if head_only(names[-1]) and names[-1][:1].isupper():
        return (*names, ", ".join(names))
    head = _RE_START.match(names[-1])
    level = names[-1][head.end():].strip() if head else ""
    if not _RE_LEVEL.fullmatch(level):
        return names
    return (*(f"{n} {level}" for n in names[:-1]), names[-1], ", ".join(names))


def shaped_name(text: str, pos: int = 0, *, capital: bool = False) -> NameRun | None:
    """A name the lexicon does not know, read by its shape at `pos`: a phrase of a few
    words opening with a capital ("Phó Thủ tướng Hồ Đức Phớc", "Thống kê tỉnh") or,
    unless `capital`, a determiner or a collective noun ("Các cơ sở giáo dục", "Lực
    lượng ..."), that runs up to a duty word or "theo"; `determined` says which. A
    phrase that opens with what is done ("Công tác ...") is no name; None also when no
    duty word closes the phrase."""
    start = _RE_SPACE.match(text, pos).end()
    first = text[start:start + 1]
    det = _RE_LEAD_DET.match(text, start) or _RE_COLLECTIVE.match(text, start)
    if not first.isupper() and (capital or not (det or _RE_AGENT_HEAD.match(text, start))):
        return None  # in lower case, a determiner's or a collective's phrase, or a person named by what they do
    head = det.end() if det else start
    word = _RE_TOKEN.match(text, head)
    if det and not (_RE_COLLECTIVE.match(text, start) or _RE_COLLECTIVE.match(text, head)) and (
            not word or word.group(0).islower() and word.group(0) not in N.NAME_SYLLABLES):
        return None  # "các bước thực hiện": a determiner, then no word of a body's name ("các lực lượng": one)
    if _RE_NOT_ACTOR.match(text, head) or (not capital and (_RE_STOP.match(text, start)
                                                             or _RE_CAP_ACTION.match(text, start))):
        return None  # at a sentence's start, "Để ...", "Trong đó, ..." or a verb; after "Giao", a name
    words = 0
    agent = _RE_AGENT_HEAD.match(text, head)
    named = start  # where the name being read starts: "người ..." joined by "hoặc người ..." are two
    names: list[str] = []
    for t in _RE_TOKEN.finditer(text, head):
        tok = t.group(0).strip()
        if tok in ".:;()\"“”" or _RE_HANDED_TO.fullmatch(tok):
            return None  # "giao Thẻ tiết kiệm cho người gửi tiền": a thing handed to someone
        after = _RE_SPACE.match(text, t.end()).end() if tok in (",", "và", "hoặc") else 0
        if tok == "," and text[after:after + 1].isupper() and read_names(text, after):
            return None  # "Kết thúc việc tiến hành thanh tra trực tiếp, Trưởng đoàn thanh tra có trách nhiệm ...": an
            # opening clause, then the name the lexicon knows
        if agent and tok in ("và", "hoặc") and _RE_AGENT_HEAD.match(text, after):
            names.append(_tidy(text[named:t.start()]))  # "Người chịu trách nhiệm chuyên môn hoặc người làm ..."
            named, words = after, 0
            continue
        given = _RE_RELATIVE.match(text, t.start()) if t.start() > head and "," not in text[start:t.start()] else None
        duty = _clause_duty(text, t.start(), _RE_STRONG) if given else None
        if duty and not _RE_NEXT_AGENT.search(text, t.start(), duty.start()):
            # "Cán bộ được phân công quản lý, theo dõi có trách nhiệm ...": who was given the work must do it (not
            # one of several people listed: "Người ..., người được giao nhiệm vụ ..., người có trách nhiệm ...")
            return NameRun((_tidy(text[named:duty.start()]),), pos, duty.start(), determined=bool(det))
        stop = _RE_STOP.match(text, t.start()) if t.start() > head and tok[:1].islower() \
            and not _RE_COMPOUND.match(text, t.start()) else None  # "Cảnh sát giao thông": a noun, not "giao"
        if stop and agent and agent.end() == t.start():
            continue  # "Người chịu trách nhiệm chuyên môn ...": what the person does names them
        if stop:
            if _RE_TRAILING_JOIN.search(text, start, t.start()):
                return None  # "Triệu tập và chủ trì ...": verbs joined, the first outside the lexicon
            name = _tidy(text[named:t.start()])
            return NameRun((*names, name), pos, t.start(), determined=bool(det)) if name and words else None
        words += tok not in ","
        if words > _MAX_SHAPED_WORDS:
            return None
    return None


def ends_in_bare_head(text: str, pos: int) -> bool:
    """ "Trường hợp cơ quan, đơn vị, tổ chức có văn bản ...": the words before `pos` end with a bare head in lower
    case; a comma there goes on with the list of heads, it opens no clause."""
    head = _RE_HEAD_ENDS.search(text, max(0, pos - _HEAD_REACH), pos)
    return head is not None and head.group(0).islower()


def without_compounds(text: str) -> str:
    """`text` with its compound nouns (N.COMPOUND_NOUNS: "thư ký", "ngoại giao") blanked out, same length: what is
    left holds no verb those nouns hide ("ký" of "Tổ thư ký")."""
    return _RE_COMPOUND.sub(lambda m: " " * len(m.group()), text)


def opens_place(text: str) -> bool:
    """Whether `text` opens with the word of where a body stands or acts ("nơi tổ chức tín dụng ... đặt trụ sở")."""
    return _RE_PLACE_RELATIVE.match(text) is not None


def reads_whole(text: str) -> bool:
    """Whether `text` is names alone, read from its first word to its last ("Ủy ban nhân dân cấp xã"), no topic ("Đối
    với ...") nor a sentence ("Thanh tra viên ... bao gồm các ngạch sau")."""
    run = read_names(text, 0)
    return run is not None and run.end >= len(text)


def head_only(name: str) -> bool:
    """ "đơn vị", "các cơ quan": a determiner and a head word, nothing that says which."""
    return _RE_START.fullmatch(" ".join(name.split())) is not None


def agent_named(name: str) -> bool:
    """ "Người chủ trì đối thoại", "Nhà cung cấp eContract": a person or provider named by what they do."""
    return _RE_AGENT_HEAD.match(name) is not None


def heads_only(name: str) -> bool:
    """ "Cơ quan, đơn vị", "cơ quan và đơn vị": head words joined, nothing that says which."""
    return all(head_only(part) for part in _RE_HEAD_JOIN.split(" ".join(name.split())))


def lone_head(name: str) -> bool:
    """ "cơ quan", "đơn vị": the head of a role's name (N.ROLE_TERM_HEADS) alone in lower case, with no determiner
    ("các") and nothing that says which; mid-sentence, the rest of its name is cut off ("cơ quan có thẩm quyền",
    "đơn vị tiếp nhận gạo")."""
    return name[:1].islower() and _RE_ROLE_TERM_HEAD.fullmatch(" ".join(name.split())) is not None


def _bare_head(name: str) -> bool:
    return " " not in name and name[:1].islower()


def _name_verb_end(text: str, a: int, *, whole: bool, listing: bool, board: bool) -> int | None:
    """Where a name goes on past a verb that also names a field (N.NAME_VERBS), when a
    duty word or a colon follows that verb, a comma in a list of members ("Các Cục: ...,
    Kết cấu hạ tầng xây dựng, ..."), or the end of a text that is all name (a heading:
    `whole`); None when the verb is the name's duty. A management `board` ("Ban Quản lý dự án đầu tư xây dựng các
    công trình giao thông tỉnh khẩn trương ...") is named by what its field is on, too: words no verb opens, up to a
    duty of two words or more (one word may end a compound there: "công trình")."""
    m = _RE_NAME_VERB.match(text, a)
    if not m:
        return None
    end = m.end()
    for k in range(_BOARD_FIELD_WORDS + 1 if board else _FIELD_PLACE_WORDS + 1):
        nxt = _RE_SPACE.match(text, end).end()
        if nxt >= len(text):
            return end if whole else None
        stop = _RE_STOP.match(text, nxt)
        if text[nxt] in (":;," if listing else ":;") or (stop and not _RE_NAME_VERB.match(text, nxt)
                                                         and (not board or k == 0 or " " in stop.group(0))):
            return end
        word = _RE_FIELD_PLACE.match(text, nxt)  # "Ban Quản lý dự án đầu tư xây dựng xã triển khai ...": its place
        if not word and board:
            word = _RE_FIELD_WORD.match(text, nxt)
            word = word if word and (stop or not _RE_VERB.match(text, nxt)) else None
        if not word:
            return None
        end = word.end()
    return None


def _issues(text: str, level_end: int) -> bool:
    """Whether the level word ("cấp") ending at `level_end` is the verb "issue": a capitalised word that opens no name
    follows it ("cấp Giấy phép", "cấp Thẻ sát hạch viên"; not "cấp Bộ", "cấp Trung ương")."""
    nxt = _RE_TOKEN.search(text, level_end)
    return bool(nxt) and nxt.group(0)[:1].isupper() and not _RE_START.match(text, nxt.start()) \
        and not _RE_LOCAL_START.match(text, nxt.start()) and nxt.group(0).lower() not in N.NAME_SYLLABLES


def _open_level(text: str, cur: int, a: int) -> bool:
    """Whether the name before `a` ends on a level word after a capitalised word ("... Việt
    Nam cấp"): it names no level, the verb at `a` opens its complement."""
    m = _RE_OPEN_LEVEL.search(text, cur, a)
    return bool(m) and m.group("word")[:1].isupper()


def _members(name: str) -> tuple[str, ...]:
    """ "Bộ trưởng các Bộ: Quốc phòng, Công an" -> the plural name, one name per
    member ("Bộ trưởng Bộ Quốc phòng", ...) when a single head word follows "các", and
    the name as written; "Giám đốc: Trung tâm A, Trung tâm B" -> "Giám đốc Trung tâm A",
    "Giám đốc Trung tâm B" and the name as written."""
    if ":" not in name:
        return (name,)
    plural, _, listed = name.partition(":")
    plural = plural.strip()
    whole = f"{plural}: {' '.join(listed.split())}"  # as written: readers keep it whole as often as they split it
    if _RE_TITLE_ALONE.fullmatch(f"{plural}:"):  # "Giám đốc: Trung tâm A, Trung tâm B": the head of each
        return tuple(f"{plural} {x.strip()}" for x in _RE_MEMBERS.split(listed) if x.strip()) + (whole,)
    m = _RE_PLURAL_HEAD.search(plural)
    chief = _RE_PLURAL_CHIEF.search(plural)
    if chief:  # "Các Bộ trưởng: Xây dựng, Ngoại giao" -> "Bộ trưởng Bộ Xây dựng", ...
        single = f"{chief.group('head')} {N.CHIEF_WORD} {chief.group('head')}"
    elif m:
        single = f"{plural[:m.start()]}{m.group(1)}".strip()
    else:
        return (plural,)
    split = _RE_PLACE_MEMBERS if m and m.group(1).lower() in N.PLACE_UNITS else _RE_MEMBERS
    members = (x.strip() for x in split.split(listed))
    return (plural,) + tuple(f"{single} {x}" for x in members if x) + (whole,)


def _enumerates(text: str, cur: int, pos: int) -> bool:
    """A colon after a plural head ("các Sở", "các tỉnh") opens the list of its members,
    written with capitals ("Khánh Hòa, Đắk Lắk"), not an action ("Chủ trì ...") or a name;
    after an office title alone ("Giám đốc: Trung tâm Phục vụ hành chính công tỉnh, Trung
    tâm Công báo - Tin học tỉnh"), the bodies whose heads it names."""
    nxt = _RE_SPACE.match(text, pos).end()
    if _RE_TITLE_ALONE.fullmatch(text, cur, pos):
        return bool(_RE_START.match(text, nxt)) and text[nxt:nxt + 1].isupper()
    return ("các" in text[cur:pos].lower().split() and text[nxt:nxt + 1].isupper()
            and (not _RE_CAP_ACTION.match(text, nxt) or _members_listed(text, nxt)) and not _RE_START.match(text, nxt))


def _members_listed(text: str, pos: int) -> bool:
    """A member at `pos` that begins like an action ("Bộ trưởng các Bộ: Xây dựng, Ngoại
    giao, Tư pháp ...") is one when a few words run to a comma and the next member opens
    with a capital: a list of names, not a clause."""
    m = _RE_MEMBER.match(text, pos)
    return bool(m) and text[m.end():m.end() + 1].isupper()


def _noun_use(text: str, pos: int) -> bool:
    """An ambiguous head is a noun when a separator, a continuer or the end follows it, or
    when its few words run to a responsibility ("Tổ chức kiểm định có trách nhiệm ..."): a
    body holds one, an action does not."""
    rest = text[pos:].lstrip()
    joined = _RE_JOINED_WORD.match(rest)  # "Tổ chức và cá nhân", not "Tổ chức hoặc phối hợp thực hiện ..."
    return not rest or rest[0] in ",;.:()" or bool(_RE_CONTINUER.match(rest)) \
        or bool(joined and not _RE_VERB.match(rest, joined.end()) and not _RE_STOP.match(rest, joined.end())) \
        or _owned(rest)


def _owned(rest: str) -> bool:
    """Lower-case words that are no action of their own ("thực hiện và chịu trách nhiệm") before the responsibility."""
    m = _RE_OWNED.match(rest)
    return bool(m) and m.group(0).islower() and not _RE_VERB.match(rest) \
        and not _RE_JOINED.search(m.group(0))


def _is_new_name(text: str, pos: int) -> bool:
    """After a separator: a capitalised head, a determiner or an office title opens a new name."""
    return text[pos:pos + 1].isupper() or bool(_RE_LEAD_DET.match(text, pos) or _RE_TITLE.match(text, pos))


def is_noun_head(text: str, a: int) -> bool:
    """ "các tổ chức chính trị", "cơ quan, tổ chức có liên quan", "Ngân hàng ... là tổ chức
    được giao ...": the head is a noun (after a determiner or the copula)."""
    m = _RE_AMBIGUOUS.match(text, a)
    before = text[max(0, a - 12):a].split()
    return bool(m) and (_noun_use(text, m.end()) or (bool(before) and before[-1].lower() in N.NOUN_MARKERS))


def _after_lower(text: str, cur: int, a: int) -> bool:
    """Whether the word before `a` is lower case; of a hyphenated word, its last part
    ("Tập đoàn Công nghiệp-Năng lượng": "Năng")."""
    seg = text[cur:a].rstrip()
    last = seg[max(seg.rfind(" "), seg.rfind("\n"), seg.rfind("-"), seg.rfind("–")) + 1:]
    return last[:1].islower()


def _after_proper_name(words: list[str]) -> bool:
    """Whether `words` end with a person's or a place's proper name: every syllable of one is capitalised, so a
    lower-case word after it is not one of its syllables."""
    return _after_person(words) or _after_place(words)


def _after_person(words: list[str]) -> bool:
    """Whether `words` end with a person's full name: a family name and two or more syllables, each capitalised
    ("Nguyễn Hòa Bình")."""
    for k in range(_PERSON_MIN_WORDS, _PERSON_MAX_WORDS + 1):
        tail = words[-k:]
        if len(tail) == k and tail[0] in _FAMILY and all(is_name_word(w) for w in tail):
            return True
    return False


def _after_place(words: list[str]) -> bool:
    """Whether `words` end with a place's proper name after its unit word ("huyện Sơn Tịnh", "thành phố Hồ Chí
    Minh")."""
    for k in range(1, min(len(words), _PLACE_MAX_WORDS + 1)):
        if not is_name_word(words[-k]):
            return False
        unit = " ".join(words[:-k]).casefold()
        if any(unit.endswith(f" {u}") or unit == u for u in N.LOCAL_UNITS):
            return True
    return False


def _after_head(text: str, cur: int, a: int) -> bool:
    """Whether the capitalised word at `a` still belongs to the name ("Sở Xây dựng", "Sở Nông
    nghiệp & Phát triển nông thôn", "Tổng cục Thống kê")."""
    words = text[cur:a].replace(",", " ").split()
    if words and _RE_START.fullmatch(" ".join(words)):
        return True  # "Tổng cục Thống kê", "Chi cục Kiểm lâm": the head alone so far, its proper name follows
    # "Hội đồng quản trị Ngân hàng Phát triển Việt Nam": after a body's head inside the name, its proper name
    return bool(words) and (words[-1][:1].isupper() or words[-1].lower() in ("và", "&")
                            or _RE_HEAD_ENDS.search(text, cur, a) is not None)


def _tidy(name: str) -> str:
    """One space between words and after each comma ("các bộ,ngành" as "các bộ, ngành"), no aside in
    brackets, no join or punctuation at the edges."""
    name = _RE_ASIDE_IN.sub("", name)
    return _RE_TRAILING_JOIN.sub("", _RE_COMMA_SPACE.sub(", ", re.sub(r"\s+", " ", name))).strip(" ,;:-–.")


def cut_mid_clause(name: str) -> bool:
    """A name read on into a clause and cut at a word that links it to more (N.CLAUSE_LINKS): no body's name."""
    return _RE_CUT_CLAUSE.search(name) is not None
