"""The roles a document defines for itself, who may then be the subject of its duties.

A fee circular names its actors in article titles ("Điều 2. Người nộp lệ phí", "Điều 3.
Tổ chức thu lệ phí"), an article of terms defines them a clause each ("3. Đơn vị chủ trì
liên kết đào tạo là cơ sở giáo dục nghề nghiệp ..."), a decision defines the body it sets
up ("Đại học Công nghiệp Hà Nội là đơn vị sự nghiệp công lập ...") and a regulation titles
the duties of each ("Điều 15. Trách nhiệm của cơ sở đào tạo lái xe"); the lexicon knows
none of them, but by their position a clause that opens with one of them ("Tổ chức thu lệ
phí nộp 100% số tiền ...") states that role's duty. A text's basis names the body whose chief
proposed it, in full ("Theo đề nghị của Cục trưởng Cục Pháp chế và cải cách hành chính, tư
pháp;"), a name the lexicon may stop short of where a clause opens with it; and a text may give
a role a short name of its own ("(sau đây viết tắt là cơ quan cấp giấy phép hoạt động)").
"""
from __future__ import annotations

import re

from extractors.assignees import heads_only, read_names
from extractors.data import assignee_names as N
from extractors.data import duty_verbs as V
from extractors.regexes import alternation, guarded as _alt
from extractors.tasks.outline import Item, ancestors
from extractors.tasks.reading import action_at, holds_action, opens_with_verb_head, responsibility_roles, short_names

__all__ = ["document_roles"]

_F = re.IGNORECASE
_ARTICLE = "dieu"
_RE_ROLE_TITLE = re.compile(rf"(?:{_alt(N.ROLE_TERM_HEADS)})\s+(?!(?:{_alt(V.SUBJECT_DUTIES)})(?![\w]))\w", _F)
# "3. Đơn vị chủ trì liên kết đào tạo là cơ sở giáo dục nghề nghiệp, ...": a clause that defines a role's term
_TERM_HEADS = N.ROLE_TERM_HEADS + N.BODY_HEADS
_RE_TERM = re.compile(rf"(?P<x>(?:{_alt(_TERM_HEADS)})(?:\s+[^\W\d_]+){{1,{N.DEFINED_TERM_WORDS}}}?)"
                      rf"\s+(?:{_alt(N.DEFINING_WORDS)})\s", _F)
_CLAUSE = "num"
_CLAUSE_DEPTH = 2  # an article, or its lead-in, above a clause
_RE_DEFINED = re.compile(rf"(?P<x>[^,.;:()]+?)\s+(?:{_alt(N.DEFINING_WORDS)})\s+(?:{_alt(N.BODY_HEADS)})(?![\w])", _F)
_RE_ROLE_HEAD = re.compile(rf"(?:{_alt(N.ROLE_TERM_HEADS)})(?![\w])", _F)
_RE_PROPOSAL = re.compile(rf"^[ \t]*{N.PROPOSAL_OPENER}[ \t]+", re.MULTILINE | _F)
# "Cục trưởng Cục ...": a chief's title is the head word of the body that follows it, then "trưởng"
_RE_CHIEF_OF = re.compile(rf"(?P<head>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+{N.CHIEF_WORD}\s+(?=(?P=head)\s)", _F)
# what ends the name: the paper that carried the proposal ("tại Tờ trình số ..."), or a comma before a capital (the
# enacting formula on the basis's line: "..., Chính phủ ban hành Nghị định ...")
_RE_PAPER_AFTER = re.compile(rf"\s+(?:{_alt(N.PROPOSAL_PAPER_WORDS)})\s+(?:các\s+)?(?:{_alt(V.PAPER_NOUNS)})(?![\w])",
                             _F)
_RE_COMMA = re.compile(r",\s*")
# "thành lập Hội đồng thẩm định Quy định ...": the words after the verb, up to a mark or the next line; the head
# capitalised, a body's own name ("thành lập tổ chức ...": to set up an organisation, none named). Case-sensitive,
# the verb in its two casings: scanned over every text, such a pattern runs twice as fast as one that ignores case.
_ESTABLISHING = alternation(form for verb in N.ESTABLISHING_VERBS for form in (verb, verb.capitalize()))
_ESTABLISHED_HEADS = alternation(h.capitalize() for h in N.ESTABLISHED_HEADS)
_RE_ESTABLISHED = re.compile(rf"(?:{_ESTABLISHING})\s+(?P<x>(?P<head>{_ESTABLISHED_HEADS})"
                             rf"(?:[ \t]+[^\W\d_]+){{1,{N.ESTABLISHED_NAME_WORDS - 1}}})")
_RE_NAME_WORD = re.compile(r"[^\W\d_]+")
_RE_JOINED = re.compile(r"\s+(?:và|hoặc)\s+")
_RE_BASIS_END = re.compile(r"[;.\n]")


def document_roles(text: str, its: list[Item]) -> tuple[str, ...]:
    """The roles the document's articles define, longest first."""
    found: list[str] = []
    for i, it in enumerate(its):
        # a clause of an article, right under it or under its lead-in ("Trong Thông tư này, các từ ngữ dưới đây
        # được hiểu như sau:")
        if it.style == _CLAUSE and any(its[a].style == _ARTICLE for a in ancestors(its, i)[:_CLAUSE_DEPTH]):
            term = _RE_TERM.match(it.text)  # the terms an article defines, one a clause ("Giải thích từ ngữ"): a
            if term:  # noun phrase by its definition, whatever verb it holds ("Đơn vị chủ trì liên kết đào tạo")
                found.append(term.group("x"))
        if it.style != _ARTICLE:
            continue
        line_end = text.find("\n", it.text_start)
        title = " ".join(text[it.text_start:line_end if line_end >= 0 else it.end].split())
        if _role_title(title):
            found.append(title)
        found.extend(responsibility_roles(title))
        defined = _RE_DEFINED.match(it.text)  # within its first clause: the name holds no stop
        if defined and _proper_name(defined.group("x")):
            found.append(defined.group("x").strip())
    found.extend(proposing_bodies(text))
    found.extend(short_role_names(text))
    found.extend(established_bodies(text))
    return tuple(sorted(dict.fromkeys(found), key=len, reverse=True))


def established_bodies(text: str) -> list[str]:
    """The bodies the text sets up ("thành lập Hội đồng thẩm định Quy định ...", "thành lập Ban tổ chức Hội thi ở cấp
    tương ứng"), each named as far as the text calls it again: the longest run of the words after the verb, the head
    and one more at least, up to another body joined to it, that stands elsewhere in the text too ("Hội đồng thẩm
    định", "Ban tổ chức Hội thi")."""
    out: list[str] = []
    for m in _RE_ESTABLISHED.finditer(text):
        words = _RE_NAME_WORD.findall(_RE_JOINED.split(m.group("x"), maxsplit=1)[0])
        least = m.group("head").count(" ") + 2  # the head's words and one more
        most = _longest_repeated(text, words, least) if len(words) >= least else 0
        if most:
            out.append(" ".join(words[:most]))
    return out


def _longest_repeated(text: str, words: list[str], least: int) -> int:
    """How many of `words` (`least` at fewest) stand together, as whole words, more than once in `text`; 0 when not
    even the first `least` do. One scan for those first words, each place then read on word by word."""
    reach: list[int] = []  # at each place the first words stand, how many of the words stand there
    stem = " ".join(words[:least])
    at = text.find(stem)
    while at >= 0:
        pos, k = at + len(stem), least
        if not (text[at - 1:at].isalnum() or text[pos:pos + 1].isalnum()):
            while k < len(words) and text.startswith(" " + words[k], pos) \
                    and not text[pos + len(words[k]) + 1:pos + len(words[k]) + 2].isalnum():
                pos, k = pos + len(words[k]) + 1, k + 1
            reach.append(k)
        at = text.find(stem, at + 1)
    return sorted(reach)[-2] if len(reach) > 1 else 0


def short_role_names(text: str) -> list[str]:
    """The short names the text gives a role ("(sau đây viết tắt là cơ quan cấp giấy phép hoạt động)"): a role's head
    and what says which, in lower case; not a bare head ("đơn vị"), a thing or a text."""
    return [alias for alias in short_names(text) if _RE_ROLE_HEAD.match(alias) and alias[:1].islower()
            and not heads_only(alias) and not any(c.isdigit() for c in alias)]


def proposing_bodies(text: str) -> list[str]:
    """The bodies whose chiefs proposed the text, as its basis names them in full, where the lexicon reads them short
    ("Cục Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự tại cộng đồng"); each chief's title opens its
    body's name ("Vụ trưởng Vụ Pháp chế và Vụ trưởng Vụ Kế hoạch - Tài chính": two)."""
    out: list[str] = []
    for basis in _RE_PROPOSAL.finditer(text):
        who = _proposer(text, basis.end())
        chiefs = list(_RE_CHIEF_OF.finditer(who))
        for k, chief in enumerate(chiefs):
            end = chiefs[k + 1].start() if k + 1 < len(chiefs) else len(who)
            name = who[chief.end():end].strip(" \t,.;").removesuffix(" và").strip()
            run = read_names(name)
            if run is None or len(run.names) > 1 or run.end < len(name):
                out.append(name)
    return out


def _proposer(text: str, start: int) -> str:
    """Who the basis at `start` names: its line, and the lines its name wraps onto (they open in lower case: "Cục Quản
    lý, giám" / "sát chính sách thuế, phí và lệ phí;"), up to a semicolon or a stop, the paper that carried the
    proposal, or a comma before a capital."""
    end = start
    while True:
        stop = _RE_BASIS_END.search(text, end)
        end = stop.start() if stop else len(text)
        if stop is None or stop.group() != "\n" or not text[end + 1:].lstrip(" \t")[:1].islower():
            break
        end += 1  # a wrapped line of the name
    who = " ".join(text[start:end].split())
    paper = _RE_PAPER_AFTER.search(who)
    who = who[:paper.start()] if paper else who
    return next((who[:m.start()] for m in _RE_COMMA.finditer(who) if who[m.end():m.end() + 1].isupper()), who)


def _role_title(title: str) -> bool:
    """ "Người nộp lệ phí", "Tổ chức thu lệ phí": a short title that opens with a role's
    head and goes on with no duty ("Tổ chức thực hiện" is a section on who implements)."""
    words = title.split()
    head = _RE_ROLE_TITLE.match(title)
    if not head or len(words) > N.ROLE_TERM_WORDS or any(c in title for c in ",.;:()"):
        return False
    # "Tổ chức đào tạo lái xe": a head that is also a verb, before an action, is that verb
    return not (opens_with_verb_head(title) and action_at(title, head.end() - 1))


def _proper_name(phrase: str) -> bool:
    """ "Đại học Công nghiệp Hà Nội": a few words, the first and the last capitalised, no action among them."""
    words = phrase.split()
    return 1 < len(words) <= N.ROLE_TERM_WORDS and words[0][:1].isupper() and words[-1][:1].isupper() \
        and not holds_action(phrase)
