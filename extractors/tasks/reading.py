"""One sentence -> the duty it states: who, what, with whom, reporting to whom.

"Giao Sở Xây dựng chủ trì, phối hợp với Công an Thành phố ..., báo cáo UBND
Thành phố (qua Sở Nội vụ)" -> assignees, action, coordinators, report_to. A duty
is read only when its verb is not narrated ("đã giao", "được giao").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from extractors.assignees import (
    READ_CACHE,
    NameRun,
    agent_named,
    ends_in_bare_head,
    head_only,
    heads_only,
    is_noun_head,
    opens_place,
    read_names,
    reads_whole,
    shaped_name,
    without_compounds,
)
from extractors.agency_names import proper_case
from extractors.data import assignee_names as N
from extractors.data import deadline_phrases as P
from extractors.data import duty_verbs as V
from extractors.data import task_markers as M
from extractors.data.doc_types import type_names
from extractors.lines import is_capital_text
from extractors.regexes import BRACKETED, guarded as _alt, phrase as _phrase, whole_words
from extractors.tasks.outline import SCOPE_HEADING, SCOPE_NOUNS

_F = re.IGNORECASE
_RE_ASSIGN = re.compile(rf"(?<![\w])(?:{_alt(V.ASSIGNING_VERBS)})(?:\s+cho)?\s+", _F)
_RE_ASKS_BELOW = re.compile(rf"(?<![\w])(?:{_alt(V.ASSIGNING_VERBS)})(?:\s+(?:{_alt(V.FOLLOWING_WORDS)}))?\s*:\s*$", _F)
_RE_COUNTED = re.compile(rf"(?<![\w])(?:{_alt(N.COUNTING_DETERMINERS)})\s+$", _F)
_RE_NARRATED = re.compile(rf"(?:{_alt(V.PAST_MARKERS)})\s*$", _F)
_RE_GUIDES = re.compile(rf"(?:{_alt(V.GUIDING_VERBS)})\s+", _F)
_RE_HANDING_OVER = re.compile(rf"(?<![\w])(?:{_alt(V.HANDING_OVER)})\s+$", _F)  # "bàn giao", "chuyển giao"
# "chủ trì, phối hợp với ...": the roles alone, before the partners' names
_RE_ROLES = re.compile(rf"\s*(?:{_alt(V.ROLE_WORDS)})(?:\s*,\s*(?:{_alt(V.ROLE_WORDS)}))*\s+(?:với\s+)?", _F)
_RE_ASIDES = re.compile(BRACKETED)
_RE_SPACE = re.compile(r"\s*")
_RE_SUBJECT_DUTY = re.compile(rf"\s*{_alt(V.SUBJECT_DUTIES)}(?![\w])", _F)
_RE_ACTION = re.compile(rf"\s*{_alt(V.ACTION_STARTS)}(?![\w])", _F)
_RE_ASIDE = re.compile(
    rf"[\s,]*(?:{_alt(V.NAME_ENDERS)})(?![\w])[^.;:]{{0,80}}?\s(?=(?:{_alt(V.SUBJECT_DUTIES)})(?![\w]))", _F)
_RE_SUBJECT_DUTY_ANY = re.compile(whole_words(V.SUBJECT_DUTIES), _F)
# "Trưởng Công an cấp xã nơi cư trú mới thực hiện ...": where the body named before it
# stands, a few words with no preposition or conjunction, up to the duty it takes
_PLACE_WORDS = 8
_RE_PLACE_CLAUSE = re.compile(rf"\s*(?P<where>(?:{_alt(N.PLACE_RELATIVES)})"
                              rf"(?:\s+(?!(?:{_alt(M.OPEN_ENDS)})(?![\w]))[^\W\d_]+){{1,{_PLACE_WORDS}}}?)"
                              rf"(?=\s+(?:{_alt(V.SUBJECT_DUTIES)})(?![\w]))", _F)
# What may follow the names of a heading that only names its assignees: nothing, a
# colon, a bracket, or a qualifier ("... các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng:").
_RE_NAME_TAIL = re.compile(r"\s*(?:$|[:(,;]|từ\s|trong\s+đó)", _F)
# ... or an aside on the remit they act in, then the colon ("2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ
# theo chức năng, nhiệm vụ được giao:", "Các bộ, ngành, địa phương trong phạm vi chức năng, nhiệm vụ của mình:")
_RE_REMIT_TAIL = re.compile(rf"[\s,]*(?:{_alt(V.NAME_ENDERS)})(?![\w])[^.;:]{{0,80}}:\s*$", _F)
# "... Phó Thủ tướng Chính phủ Lê Thành Long kết luận như sau:": a few words, no action, then what follows
_SAYS_WORDS = 5  # syllables: "có ý kiến chỉ đạo như sau:"
# "xây dựng kế hoạch thực hiện như sau:": a verb, a paper's type, a few words, then what points at the items below
_PAPER_WORDS = 4
_RE_MAKES_PAPER = re.compile(rf"\S+(?:\s+\S+)?\s+(?:{_alt(type_names())})(?:\s+\S+){{0,{_PAPER_WORDS}}}?\s+"
                             rf"(?:{_alt(V.FOLLOWING_WORDS)})\s*:?\s*$", _F)
# A list another text holds, quoted in part: its lead-in's colon, then the mark of what is left out
_RE_ELIDED_LIST = re.compile(r":\s*(?:…|\.{3})\s*$")
_RE_SAYS = re.compile(rf"(?:\S+\s+){{1,{_SAYS_WORDS}}}?(?:{_alt(V.FOLLOWING_WORDS)})\s*:?\s*$", _F)
# A citation inside a basis clause ("Căn cứ khoản 3 Điều 1 Nghị định số 70/2025/NĐ-CP, sửa đổi ...").
_RE_CITED = re.compile(r"\d+/|\bĐiều\s+\d|\bkhoản\s+\d|\bsố\s+\d", _F)
_RE_CLAUSE = re.compile(r",\s+")
_RE_STEP_START = re.compile(rf",\s+|\s(?:{_alt(V.CONSEQUENCE_MARKERS)})\s+", _F)
_RE_LICENSING_END = re.compile(rf"\s(?:{_alt(V.LICENSING_ACTS)})$", _F)
_RE_LICENSING_START = re.compile(rf"\s*(?:{_alt(V.LICENSING_ACTS)})(?![\w])", _F)
_RE_CONSEQUENCE = re.compile(whole_words(V.CONSEQUENCE_MARKERS), _F)
_RE_PARTNER = re.compile(r"phối\s+hợp\s+(?:chặt\s+chẽ\s+)?(?:với\s+|cùng\s+)?", _F)
_RE_REPORT = re.compile(r"(?:báo\s+cáo|gửi(?:\s+báo\s+cáo)?)\s+(?:kết\s+quả\s+)?(?:về\s+|cho\s+|lên\s+|đến\s+)?", _F)
_RE_VIA = re.compile(r"\s*\(\s*(qua\s+[^)]{3,80})\)", _F)
_RE_CONDITIONAL = re.compile(rf"\s*(?:{_alt(V.CONDITIONAL_OPENERS)})(?![\w])", _F)
# ... or a time limit's own shape ("Trong 02 ngày làm việc, kể từ ngày nhận được đề nghị, cơ quan ...")
_RE_TIME_OPENER = re.compile(rf"\s*(?:(?:(?:{_alt(V.TIME_OPENER_STRESSES)})\s+)?(?:{_alt(V.TIME_OPENERS)})(?![\w])"
                             rf"|(?:{_alt(P.RELATIVE_LEADS)})\s+\d{{1,3}}\s+"
                             rf"(?:{_alt(P.WORKING_DAY_WORDS + P.CALENDAR_DAY_WORDS + P.MONTH_WORDS)})(?![\w]))", _F)
_RE_SET_OFF_TIME = re.compile(rf"\s*,(?={_RE_TIME_OPENER.pattern})", _F)  # "Cục X, trong thời hạn 10 ngày ..."
_RE_OPENING_CLAUSE = re.compile(rf"\s*(?:{_alt(V.OPENING_CLAUSES)})(?![\w])", _F)
_RE_TARGET = re.compile(rf"\s*(?:{_alt(V.TARGET_OPENERS)})", _F)
_RE_BASIS = re.compile(rf"\s*(?:{_alt(V.BASIS_OPENERS)})(?![\w])", _F)
# where a basis clause ends and its action may start: a comma, or a linking word after no comma
# The remit an action may open after ("Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức ..."), up to the first action
_REMIT_CHARS = 120
_RE_REMIT_OPENING = re.compile(rf"(?:{_alt(V.REMIT_OPENERS)})(?![\w])[^.;:]{{0,{_REMIT_CHARS}}}?"
                               rf"(?:,\s+|\s)(?=(?:{_alt(V.ACTION_STARTS)})(?![\w]))", _F)
_RE_BASIS_END = re.compile(rf",\s+|(?<![,;])\s+(?:{_alt(V.BASIS_LINKS)})\s+", _F)
_RE_CONTINUES = re.compile(rf"\s*(?:{_alt(V.CONTINUATION_OPENERS)})(?![\w])", _F)
_RE_LABEL = re.compile(r"([^:]{2,60}):\s+")
_TITLE_WORDS = 2  # "Thư ký", "Phó Trưởng ban": a member's title before its body's name in a label
# "Sở Nông nghiệp và Phát triển nông thôn (Cơ quan Thường trực về Phòng, chống thiên tai): ...": its role in brackets
_RE_ROLE_LABEL = re.compile(r"([^:()]{2,60}?)\s*\([^()]{2,80}\)\s*:\s+")
# "Trách nhiệm của Sở Công Thương", "Nhiệm vụ, quyền hạn của Ban Chỉ đạo", "Đối với các cơ sở ...:"
# (a title may end with a stop: "Trách nhiệm, quyền hạn của Đội trưởng.")
_RE_SCOPE_HEADING = re.compile(rf"\s*{SCOPE_HEADING}\s+(?P<x>[^:.]+?)\s*(?::.*|\.)?$", _F)
_RE_DUTY_NOUN = re.compile(whole_words(V.DUTY_SCOPE_NOUNS), _F)
# "1. Doanh nghiệp trực tiếp phục vụ quốc phòng, an ninh có các quyền và nghĩa vụ quy định tại Điều 9 Luật Doanh
# nghiệp và các quy định sau:", "Trưởng đoàn có nhiệm vụ, quyền hạn sau:": a body, then the duties it has, listed below
_RE_HAS_SCOPE = re.compile(rf"(?P<x>[^:]+?)\s+có\s+(?:(?:{_alt(N.DETERMINERS)})\s+)?(?P<nouns>"
                           rf"{SCOPE_NOUNS})(?![\w])[^:]*:\s*$", _F)
_RE_ROLE_SCOPE = re.compile(rf"\s*(?:{_alt(V.ROLE_SCOPE_HEADINGS)})\s", _F)
_RE_SCOPE_WORD = re.compile(rf"\s*(?:{_alt(V.SUBJECT_SCOPES)})\s+", _F)
_RE_SUBJECT_SCOPE = re.compile(rf"\s*(?:{_alt(V.SUBJECT_SCOPES)})\s+(?P<x>[^:.]+?)\s*(?::.*)?$", _F)
_RE_IMPLEMENTING = re.compile(rf"\s*(?:{_alt(V.IMPLEMENTING_SECTIONS)})\s*[.:]?\s*$", _F)
_MARKDOWN = r"\s*(?:#+\s+)?"  # "## Tiêu chí ...": a crawled page's heading mark
_RE_NON_DUTY = re.compile(rf"{_MARKDOWN}(?:{_alt(V.NON_DUTY_SECTIONS)})\s*(?:[:.;]|$)", _F)
_RE_RIGHTS = re.compile(rf"{_MARKDOWN}(?:{_alt(V.RIGHTS_NOUNS)})\s+(?:{_alt(V.SCOPE_OWNERS)})\s", _F)
_RE_OWNERLESS_DUTIES = re.compile(rf"{_MARKDOWN}{SCOPE_NOUNS}\s*[.:]?\s*$", _F)  # "Nhiệm vụ và quyền hạn"
_RE_PART_TITLE = re.compile(rf"(?:{_alt(V.PART_WORDS)})\s+(?:[IVXLC]+|\d{{1,2}})\s*[.:]?\s+(?P<title>.+)$", _F)
_RE_EFFECT = re.compile(rf"{_MARKDOWN}(?:{_alt(V.EFFECT_SECTIONS)})\s*(?:[:.;]|$)", _F)
_CRITERION = rf"(?:{_alt(V.CRITERIA_SECTIONS)})"
_RE_CRITERIA = re.compile(rf"{_MARKDOWN}{_CRITERION}(?:\s*(?:,|và)\s*{_CRITERION})*(?![\w])(?!\s*(?:,|và\s))", _F)
# "Nội dung, trình tự, thủ tục ...", "Thẩm quyền và quy trình, ...": the procedure among the nouns a title opens with
_TITLE_NOUNS = 3
_RE_PROCEDURE = re.compile(rf"{_MARKDOWN}(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:,|\s+và)\s*){{0,{_TITLE_NOUNS}}}"
                           rf"(?:{_alt(V.PROCEDURE_SECTIONS)})(?![\w])", _F)
_RE_DETERMINER = re.compile(rf"(?:{_alt(N.DETERMINERS)})\s+", _F)
_RE_CLAUSE_BREAK_AT = re.compile(r";\s+")
_RE_COLLECTIVE = re.compile(rf"(?:{_alt(N.COLLECTIVES)})\s+", _F)
_QUALIFIER_WORDS = 32  # syllables: "thực hiện hoạt động sản xuất nguyên liệu, vật liệu, ... thuộc Danh mục ..."
_ARTICLE_NAME_WORDS = 24  # "Cơ quan quản lý tạm giữ, tạm giam và cấm đi khỏi nơi cư trú Công an cấp tỉnh": 19
_SCOPE_NAME_WORDS = 14  # a longer run after "Trách nhiệm của", "Đối với" is a clause, not a name
_SCOPE_BODY_WORDS = 24  # ... unless a body's head opens it and no word of a clause stands in it
# Where a scope's name gives way to its sphere ("Trách nhiệm của Sở X trong công tác ...")
_RE_SPHERE = re.compile(rf"(?:{_alt(V.SCOPE_SPHERES)})(?![\w])", _F)
# "Trách nhiệm của Bộ trưởng Bộ Công an, của Thủ trưởng ...": each "của" opens one more name
_RE_SCOPE_PARTS = re.compile(r"\s*;\s*|(?:,|\s+và)\s+của\s+", _F)
# Holders of a scope joined by "và" ("... khoáng sản và Chuyên viên ..."): not where one is said what it is ("Phó Chủ
# tịch Hội đồng là Cục trưởng ... và ...") or an agent's names go on ("các hội do Đảng và Nhà nước giao nhiệm vụ")
_RE_JOINED = re.compile(r"\s+và\s+")
_RE_DEFINED_AS = re.compile(whole_words(N.DEFINING_WORDS), _F)
_RE_AGENT_TAIL = re.compile(rf"(?<![\w])(?:{_alt(V.AGENT_MARKERS)})\s+[^,;:]{{1,40}}$", _F)
# After bare heads ("Đơn vị", "Cơ quan, đơn vị"): a few words, commas between, then a duty that makes
# them its qualifier ("cung cấp dịch vụ kiểm định, kiểm tra", "thực hiện nội dung chi theo Phụ lục III")
_QUALIFIER_ENDS = V.RESPONSIBILITY_WORDS + V.OBLIGED + V.ENTITLED
_RE_QUALIFIER = re.compile(rf"\s*(?!(?:{_alt(_QUALIFIER_ENDS)})(?![\w]))[^\W\d_]+(?:,?\s+[^\W_]+){{0,{_QUALIFIER_WORDS}}}?"
                           rf"(?=\s+(?!(?:{_alt(N.NAME_RELATIVES)})(?![\w]))(?:{_alt(_QUALIFIER_ENDS)})(?![\w]))", _F)
# Where a qualifier cites a part of a text ("theo Phụ lục III", "quy định tại Thông tư này"): capitals from there on
_RE_REFERENCE = re.compile(rf"\s(?:{_alt(N.REFERENCE_CUES)})\s", _F)
_RE_CONTINUER = re.compile(rf"\s(?:{_alt(N.NAME_CONTINUERS)})\s+", _F)  # "... thuộc Danh mục ..."
# A qualifier's closing reference to the text itself names no one more closely ("... quy định tại Thông tư này")
_RE_SELF_REFERENCE = re.compile(rf"\s+(?:(?:{_alt(N.REFERENCE_CUES)})\s+)?(?:quy định\s+|nêu\s+)?"
                                rf"(?:{_alt(N.REFERENCE_CUES)})\s[^.;:]{{0,60}}?\snày$", _F)
# "được thu": a right; "được giao" a relative clause that goes on with the name
_RE_ENTITLED = re.compile(rf"\s+(?!(?:{_alt(N.NAME_RELATIVES)})(?![\w]))(?:{_alt(V.ENTITLED)})(?![\w])", _F)
_RE_GRANTED = re.compile(whole_words(V.ENTITLED), _F)
_RE_CLAUSE_END = re.compile(r"[;:]")
# A bare head given its work in a passive relative, its giver named or not: "Đơn vị được giao ...", "Đơn vị được Bộ
# trưởng Bộ Nông nghiệp và Môi trường giao chủ trì ..."
_GIVER_CHARS = 80
_GIVEN_NAME_WORDS = 32  # syllables of such a name with the work it is given
_RE_GIVEN_WORK = re.compile(rf"\s*(?:{_alt(V.ENTITLED)})\s+(?:[^,;:.()]{{1,{_GIVER_CHARS}}}?\s)?"
                            rf"(?:{_alt(N.GIVING_VERBS)})(?![\w])", _F)
_ALIAS_CHARS = 60
_RE_ALIAS = re.compile(rf"\(\s*(?P<cue>{_alt(N.ALIAS_CUES)})\s+(?P<alias>[^()\n;]{{2,{_ALIAS_CHARS}}}?)\s*\)\s*", _F)
_RE_COLLECTIVE_ALIAS = re.compile(_alt(N.COLLECTIVE_ALIAS_CUES), _F)
_RE_NOTES = re.compile(rf"\[[^\[\]]*\]|{BRACKETED}")
_RE_GIVEN_PREDICATE = re.compile(rf"(?<![\w])(?:{_alt(V.DEMONSTRATIVES + V.FUTURE_MARKERS)})\s+(?:{_alt(V.ENTITLED)})"
                                 rf"(?![\w])", _F)
# The words after a subject where its clause's own verb stands: a passive further on belongs to a relative
# clause of the object ("... số lượng người của cơ quan, tổ chức, đơn vị ... được giới thiệu ứng cử")
_VERB_WORDS = 10
_RE_PASSIVE = re.compile(rf"\s+(?:{_alt(V.OBLIGED)})\s+(?:{_alt(V.ENTITLED)})(?![\w])", _F)
_RE_RESPONSIBLE = re.compile(whole_words(V.RESPONSIBILITY_WORDS), _F)
_RE_OBLIGED_ANY = re.compile(whole_words(V.OBLIGED), _F)
# A body's own obligation right after its name ("..., người sử dụng lao động phải khai trình ..."); not a lead duty,
# which a bare head takes into a role's name ("cơ quan chủ trì thực hiện kế hoạch ...")
_RE_OWN_OBLIGATION = re.compile(rf"\s*(?:{_alt(V.OBLIGED + V.RESPONSIBILITY_WORDS)})(?![\w])"
                                rf"(?!\s+(?:{_alt(V.ENTITLED)})(?![\w]))", _F)  # not "phải được": a rule on a thing
# the copula before the kind of body the subject is ("... là cơ quan thẩm định"), not "nhất là", "chậm nhất là"
_RE_DEFINING = re.compile(rf"(?<![\w])(?<!nhất )(?:{_alt(N.DEFINING_WORDS)})\s+(?:{_alt(N.BODY_HEADS)})(?![\w])", _F)
_RE_CLAUSE_BREAK = re.compile(r"[,;:]")
_RE_CATCH_ALL_END = re.compile(rf"\s+(?:{_alt(V.CATCH_ALL_VERBS)})\s*:\s*$", _F)  # "... thực hiện:" ending a lead-in
_RE_HOLDS_RIGHT = re.compile(rf"(?<![\w])(?:{_alt(V.HOLDS_RIGHT)})(?![\w])", _F)  # "... có quyền yêu cầu ..."
_RE_ENTITLEMENT = re.compile(rf",\s*(?:{_alt(V.ENTITLEMENTS)})(?![\w])", _F)
_RE_ENTITLEMENT_AT = re.compile(rf"\s*(?:{_alt(V.ENTITLEMENTS)})(?![\w])", _F)
# A passive that opens a relative clause after bare heads ("Cơ quan, tổ chức, đơn vị được phân bổ ...")
_RE_RELATIVE_PASSIVE = re.compile(rf"\s*(?:{_alt(V.ENTITLED)})\s", _F)
# A name's qualifier outside the lexicon: a few lower-case words, commas between, up to a lead duty
_RUN_ON_WORDS = 15  # syllables: "quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng"
_RE_RUN_ON = re.compile(rf"[^\S\n]*[^\W\d_]+(?:,?\s+[^\W\d_]+){{0,{_RUN_ON_WORDS}}}?(?=\s+(?:{_alt(V.LEAD_DUTIES)})(?![\w]))", _F)
# A body's name and its qualifier, whatever words it holds, up to a responsibility ("Cơ quan quản lý đào tạo,
# sát hạch, cấp Giấy phép lái xe có trách nhiệm ...", "Trung tâm sát hạch lái xe trong Công an nhân dân có trách nhiệm")
_QUALIFIED_WORDS = 20  # syllables
_RE_QUALIFIED_RESPONSIBLE = re.compile(rf"[^\S\n]*[^\W\d_]+(?:,?\s+[^\W_]+){{0,{_QUALIFIED_WORDS}}}?"
                                       rf"(?=\s+(?:{_alt(V.RESPONSIBILITY_WORDS)})(?![\w]))", _F)
# ... where a stop word may cite the part of a text that says which body ("cơ quan có thẩm quyền quy định tại khoản 4
# Điều này có trách nhiệm ...")
_RE_PART_CITED = re.compile(rf"\s+(?:{_alt(V.TEXT_PARTS)})\s+(?:\d+|[a-zđ])(?![\w])", _F)
# Words that open a clause of their own inside that run: then it is no name's qualifier
_RE_OWN_CLAUSE = re.compile(whole_words(V.ASSIGNING_VERBS + V.LEAD_DUTIES + V.MODALS + V.PAST_MARKERS
                                        + V.CONSEQUENCE_MARKERS + V.OPENING_CLAUSES), _F)
# A body's head word opening a name in a list of holders ("..., chi nhánh ngân hàng nước ngoài")
_RE_HOLDER_HEAD = re.compile(rf"(?:{_alt(N.BODY_HEADS + N.BUSINESS_HEADS)})(?![\w])", _F)
_RE_ALTERNATIVE = re.compile(r"\s+(?:hoặc|và)\s+", _F)  # "người sử dụng lao động hoặc tổ chức dịch vụ việc làm"
# "A, B và <the last member of the list>": the "và" just past a name run, or closing it
_RE_LAST_MEMBER = re.compile(r"\s+và\s+(?=[^\W\d_])", _F)
_RE_ENDS_JOINED = re.compile(r"\svà\s*$", _F)
_HAVING = "có"  # a stop word inside a qualified name: what the body has ("người có thẩm quyền có trách nhiệm ...")
_RE_LISTED_ACTION = re.compile(rf"\s*,\s*(?P<verb>{_alt(V.ACTION_STARTS)})(?![\w])", _F)
_RE_AMBIGUOUS = re.compile(rf"(?:{_alt(N.AMBIGUOUS_HEADS)})(?![\w])", _F)
_RE_STOP_ANY = re.compile(whole_words(N.NAME_STOPS), _F)
_RE_ACTION_ANY = re.compile(whole_words(V.ACTION_STARTS), _F)
# How a name ends: a continuer and a few words ("thuộc Bộ", "trên địa bàn tỉnh", "có liên quan")
_RE_NAME_END = re.compile(rf"(?<![\w])(?:{_alt(N.NAME_CONTINUERS)})(?:\s+\S+){{0,4}}\s*$", _F)
_DUTY_MIN_WORDS = 3
_PAST_WINDOW = 5  # "Năm 2025, Sở đã ...": narration shows in the first words
_RE_NOT_DUTY = re.compile(rf"[\"“(]|(?:{_alt(V.NOT_DUTY_OPENERS)})(?![\w])", _F)
_RE_NOT_ACTOR = re.compile(rf"(?:{_alt(N.NOT_ACTORS)})(?![\w])", _F)
_RE_LISTED_VERB = re.compile(rf"\s*,\s*(?:{_alt(V.ACTION_STARTS)})(?![\w])", _F)  # ", hướng dẫn": one more verb
_RE_MODAL = re.compile(whole_words(V.MODALS), _F)
# A verb of a word or two, then "được": what its subject attains ("xây dựng được nhà ở mới"), no act it must do
_RE_ATTAINED = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+được(?![\w])", _F)
_RE_LISTING = re.compile(rf"(?<![\w])(?:{_alt(V.LISTING_LEADS)})\s*:\s*$", _F)
_LISTED_WORDS = 6  # "gồm các hồ sơ, tài liệu sau": what the list holds, named before its colon
_RE_NAMED_LISTING = re.compile(rf"(?<![\w])(?:{_alt(V.NAMED_LISTING_LEADS)})"
                               rf"(?P<what>(?:,?\s+[^\W\d_]+){{1,{_LISTED_WORDS}}})\s*:\s*$", _F)
_RE_WORK = re.compile(whole_words(V.WORK_NOUNS), _F)
_CASE_CHARS = 400  # "các trường hợp chi trả sau đây phù hợp với quy định ..., đảm bảo việc chi trả ... an toàn ...:"
_RE_CASES_LISTED = re.compile(rf"(?<![\w])(?:{_alt(N.PLURAL_DETERMINERS)})\s+(?:{_alt(V.CASE_NOUNS)})"
                              rf"(?:\s+[^\W\d_]+){{0,3}}\s+(?:{_alt(V.FOLLOWING_WORDS)})(?![\w])"
                              rf"[^:;.]{{0,{_CASE_CHARS}}}:\s*$", _F)
# "... báo cáo Thủ tướng Chính phủ ... các vấn đề sau:": the things a duty's object names, listed below its colon
_OBJECT_WORDS = 4
_RE_OBJECTS_LISTED = re.compile(rf"(?<![\w])(?:{_alt(N.COUNTING_DETERMINERS)})\s+"
                                rf"(?P<what>[^\W\d_]+(?:\s+[^\W\d_]+){{0,{_OBJECT_WORDS - 1}}}?)\s+"
                                rf"(?:{_alt(V.FOLLOWING_WORDS)})\s*:\s*$", _F)
# "... thực hiện các nhiệm vụ sau đây:": the work a lead-in lists, named before its colon
_RE_WORK_LISTED = re.compile(rf"(?<![\w])(?:{_alt(V.WORK_NOUNS)})(?:\s+\w+){{0,2}}\s*:\s*$", _F)
# "... thực hiện các nhiệm vụ, quyền hạn được ủy quyền ... bao gồm:": work a lead-in's action names as its object
_RE_WORK_OBJECT = re.compile(rf"(?<![\w])(?:{_alt(N.PLURAL_DETERMINERS)})\s+(?:{_alt(V.WORK_SECTION_NOUNS)})(?![\w])",
                             _F)
_RE_PARTS_LISTING = re.compile(rf"(?<![\w])(?:{_alt(V.NAMED_LISTING_LEADS)})\s*:\s*$", _F)
_RE_PAST = re.compile(whole_words(V.PAST_MARKERS[:3]), _F)
_RE_RETROSPECTIVE = re.compile(rf"\s*(?:{_alt(V.RETROSPECTIVE_OPENERS)})(?![\w])", _F)
# A shaped name's qualifier of what it has or where it is ("có từ 200 giường bệnh trở lên", "tại nhà thuốc trong
# khuôn viên cơ sở khám bệnh, chữa bệnh"), then an obligation or a responsibility
_SHAPED_QUALIFIER_WORDS = 12
_RE_QUALIFIED_OBLIGED = re.compile(rf"\s*(?P<what>(?:{_alt(N.QUALIFIER_OPENERS)})(?:,?\s+[^\s,.;:]+)"
                                   rf"{{1,{_SHAPED_QUALIFIER_WORDS}}}?)"
                                   rf"(?=\s+(?:{_alt(V.OBLIGED + V.RESPONSIBILITY_WORDS)})(?![\w]))", _F)
_RE_MEETS_CRITERIA = re.compile(rf"\s*(?:{_alt(V.OBLIGED)})\s+(?:{_alt(V.MEETING_VERBS)})\s+(?:(?:các|đủ)\s+)?"
                                rf"(?:{_alt(V.CRITERIA_SECTIONS)})(?![\w])", _F)
_RE_BARE_DUTY = re.compile(_alt(V.BARE_DUTIES), _F)
_RE_REFERRAL = re.compile(rf"\s*(?:{_alt(V.REFERRAL_VERBS)})\s+(?:(?:quy\s+định|hướng\s+dẫn)\s+)?(?:tại\s+)?"
                          rf"(?P<where>(?:{_alt(V.TEXT_PARTS)})\s[^;.:]*)[;.]?\s*$", _F)
# "Thực hiện các nhiệm vụ, quyền hạn khác theo phân công của ...": other work, its source after it, nothing more
_DUTY_NOUNS = rf"(?:{_alt(V.WORK_NOUNS + V.SCOPE_NOUNS)})"
_RE_CATCH_ALL = re.compile(rf"\s*(?:{_alt(V.CATCH_ALL_VERBS)})\s+(?:(?:các|những)\s+)?{_DUTY_NOUNS}"
                           rf"(?:\s*(?:,|và)\s*{_DUTY_NOUNS})*\s+{V.CATCH_ALL_OTHER}(?![\w])"
                           rf"(?P<rest>[^;]*)[;.]?\s*$", _F)
_RE_FURTHER_WORK = re.compile(rf"(?<![\w])(?:hoặc|và)\s+(?:{_alt(V.ACTION_STARTS)})(?![\w])", _F)
# "Cá nhân ký kết hợp đồng ... phải đáp ứng đầy đủ các tiêu chuẩn, điều kiện sau đây:": a lead-in over criteria
_RE_MEETS_LEAD = re.compile(rf"(?<![\w])(?:{_alt(V.OBLIGED)})\s+(?:{_alt(V.MEETING_VERBS)})\s+"
                            rf"(?:(?:đầy\s+đủ|đủ|các|những)\s+)*(?:{_alt(V.CRITERIA_SECTIONS)})(?![\w])[^.;]*:\s*$", _F)
# The duties that make a capitalised phrase outside the lexicon a subject ("Lực lượng X có trách nhiệm ...")
_RE_STRONG = re.compile(rf"\s*(?:{_alt(V.LEAD_DUTIES)})(?![\w])", _F)
_RE_STRONG_ANY = re.compile(whole_words(V.LEAD_DUTIES), _F)
# The field a name goes on with, a few lower-case words up to a stop or the clause's end ("về hạ tầng theo ...")
_FIELD_WORDS = 3
_RE_FIELD = re.compile(rf"\s*{N.FIELD_STOP}\s+(?!{N.TOPIC_NOUN}(?![\w]))(?P<what>[^\W\d_]+(?:\s+[^\W\d_]+){{0,{_FIELD_WORDS - 1}}}?)"
                       rf"(?=\s+(?:{_alt(N.NAME_STOPS)})(?![\w])|\s*[,;:.]|\s*$)")
# The word that opens a label's text: in lower case, no determiner, preposition or stop, the names' verb
_RE_LOWER_WORD = re.compile(r"([^\W\d_]+)[ ,]")
_RE_NOT_ACT = re.compile(rf"(?:{_alt(N.DETERMINERS + M.OPEN_ENDS + N.NAME_STOPS)})", _F)
_ROLE_CHARS = 120  # what a body is, said between its name and its responsibility
# A responsibility after a comma that sets the name off ("Cơ quan đại diện ngoại giao ở nước ngoài, có trách nhiệm")
# ... or after what it is ("Sở Nông nghiệp và Môi trường là cơ quan chủ quản cơ sở dữ liệu ..., chịu trách nhiệm ...")
_RE_SET_OFF_DUTY = re.compile(rf"(?:\s*(?:{_alt(N.DEFINING_WORDS)})\s[^,.;:()]{{3,{_ROLE_CHARS}}}?)?\s*(?P<comma>,)\s*"
                              rf"(?=(?:{_alt(V.RESPONSIBILITY_WORDS)})(?![\w]))", _F)
_PERIODS = _alt(tuple(P.RECURRENCE_WORDS))
_RE_PERIOD_SET = re.compile(rf"\s*(?:{_PERIODS})\s*,", _F)  # "Hằng năm, ...": its period
_RE_PERIOD = re.compile(rf"\s*(?:{_PERIODS})\s+", _F)  # "hàng tháng ", before a subject
_RE_SENT_PAPER = re.compile(rf"\s*có\s+(?:{_alt(V.PAPER_NOUNS)})\s+số(?![\w])", _F)
# ... and one it is to send ("Phòng Lao động ... có công văn kèm danh sách ... đề nghị Sở ... tạm dừng ..."): its act
_RE_SENDS_PAPER = re.compile(rf"\s*có\s+(?:{_alt(V.PAPER_NOUNS)})(?![\w])(?!\s+số(?![\w]))", _F)
_RE_PROCEDURE_STEP = re.compile(rf"\s*(?:{_alt(V.PROCEDURE_STEPS)})(?![\w])", _F)
_RE_INFORMING_CLOSE = re.compile(rf"(?<![\w]){V.PURPOSE_WORD}\s[^.;]*?(?<![\w]){V.INFORMED_WORD}[\s./]*$", _F)
_LABEL_MAX_WORDS = 8  # "Báo cáo quý I:", "Cục Bản quyền tác giả:" are short; a longer run is a clause
# An assigning verb joined to another verb is itself the action ("Yêu cầu và đôn đốc các doanh nghiệp ...").
_RE_COORD_ASSIGN = re.compile(rf"\s*(?:{_alt(V.ASSIGNING_VERBS)})\s+và\s+{_alt(V.ACTION_STARTS)}(?![\w])", _F)
# ... and one joined to an action that opens a clause before it ("...; báo cáo, đề nghị Cục Cảnh sát giao thông tổ
# chức ..."): part of what the sentence's subject does (it proposes); not after an opening clause's last word
# ("Trong quá trình thực hiện, đề nghị ...")
_RE_ACTED_BEFORE = re.compile(rf"[;,]\s*(?:{_alt(V.ACTION_STARTS)})\s*(?:,|và)\s*$", _F)
_ACTED_REACH = 30
# "Đối với NNT chưa có hồ sơ (hoặc ...) đề nghị gia hạn, miễn, giảm thuế: Cơ quan thuế ...", up to its colon however
# many whom it names and excepts ("Đối với các cơ quan, tổ chức, đơn vị, hộ gia đình và cá nhân không thuộc ... (trừ
# ...): Người đứng đầu cơ sở, chủ đầu tư chủ động ..."), an aside in brackets whole (its own colon is none of the scope's)
_SCOPE_CHARS = 400
_RE_SCOPE = re.compile(rf"((?:{_alt(V.SCOPE_LABELS)})\s(?:[^:.;()]|{BRACKETED}){{2,{_SCOPE_CHARS}}}):\s+", _F)
_RE_SCOPE_LABEL = re.compile(rf"((?:{_alt(V.SCOPE_NOUNS)})\s[^:.;]{{2,200}}):\s+", _F)  # "Trách nhiệm của X khi ...:"
# A list of names, then words that name no body, then the execution formula.
# (a colon after "ông, bà" opens persons' names, it ends no clause)
_RE_EXECUTION = re.compile(rf"(?:[^.:]|(?<![\w])(?:{_alt(N.PERSON_HONORIFICS)})\)?\s*:){{0,300}}?"
                           rf"(?<![\w])(?=(?:{_alt(V.EXECUTION_CLAUSES)})(?![\w]))", _F)
_RE_EXECUTES = re.compile(rf"(?:{_alt(V.EXECUTION_CLAUSES)})(?![\w])", _F)
# "Quyết định này có hiệu lực ...", "Kế hoạch số 12/KH-UBND ...": a text named as the subject, not the verb
# "quyết định", "kế hoạch hóa" opening an action
_RE_TEXT_NAMED = re.compile(rf"\s*(?:{_alt(type_names())})\s+(?:này|số)(?![\w])", _F)
# "... do Nhà nước giao cho ...": the agent of a passive verb, up to that verb
_RE_AGENT = re.compile(rf"(?<![\w])(?:{_alt(V.AGENT_MARKERS)})\s+", _F)
_RE_PASSIVE_AGENT = re.compile(rf"(?<![\w])(?:{_alt(V.PASSIVE_AGENT_MARKERS + V.ASSIGNED_WORK)})\s+", _F)
_AGENT_REACH = 80  # characters before the verb where its agent marker may stand
# After a passive's agent: maybe its partner ("phối hợp với Ủy ban nhân dân cùng cấp"), then the verbs it acts by
_AGENT_VERBS = rf"(?:{_alt(V.AGENT_DUTIES)})(?:(?:\s*,\s*|\s+và\s+)(?:{_alt(V.AGENT_DUTIES)}))*(?![\w])"
_RE_AGENT_DUTY = re.compile(rf"\s*(?:{_RE_PARTNER.pattern}[^,.;:]{{3,80}}?\s+)?(?P<verbs>{_AGENT_VERBS})", _F)
# ... the words that go on from the agent's verb, within its clause, to the subject's own predicate, which refers the
# reader elsewhere: a verb the agent leads ("chủ trì soạn thảo"), not one joined to it ("và ...") nor a passive ("được")
_RE_REFERRED_NEXT = re.compile(rf"\s+(?!(?:và|hoặc|{_alt(V.ENTITLED)})(?![\w]))[^\W\d_]"
                               rf"(?:(?!\s(?:và|hoặc)\s)[^,;.:])*?(?<![\w])(?:{_alt(V.REFERRAL_VERBS)})(?![\w])", _F)
_RE_WORD_START = re.compile(r"(?<![\w])[^\W\d_]")  # where a name may start, when capitalised
_NAME_REACH = 60  # characters before a comma where the name that ends at it may start
_RE_OWNER_OF = re.compile(rf"(?<![\w])(?:{_alt(N.POSSESSIVES)})\s+$", _F)  # "... của " before a name
_OWNER_REACH = 8
_RE_EVENT_OF = re.compile(rf"(?<![\w])(?:{_alt(V.EVENT_DAY_LEADS)})\s+$", _F)  # "kể từ ngày " before the event's actor
_RE_AGENT_OF = re.compile(rf"(?<![\w])(?:{_alt(V.PASSIVE_AGENT_MARKERS)})\s+$", _F)  # "được " before a passive's agent
_RE_PAPER = re.compile(rf"(?<![\w])(?:{_alt(V.REQUEST_PAPERS)})\s+$", _F)
# "Đại diện" and the bodies it speaks for, up to the first verb that is not a noun in their list ("tổ chức,")
# ... not "đại diện cho": the verb "to represent" ("đ) Đại diện cho thôn, tổ dân phố trong các quan hệ ...")
_RE_DELEGATE = re.compile(rf"(?:{_alt(N.DELEGATES)})\s+(?!cho\s)[^.;:()]{{3,160}}?"
                          rf"(?=\s(?:{_alt(V.ACTION_STARTS + V.DELEGATE_ACTS)})"
                          rf"(?![\w])(?!\s*,))", _F)
_RE_LISTS = re.compile(whole_words(V.LISTING_LEADS), _F)
_RE_PLURAL = re.compile(rf"(?<![\w])(?:{_alt(N.PLURAL_MARKERS)})(?![\w])", _F)  # "Bộ trưởng các Bộ", "Các Bộ trưởng"
_RE_LEVEL_PART = re.compile(r"(?:các\s+)?cấp(?![\w])", _F)  # "cấp xã" after "... cấp tỉnh, ": the same name's level
_PAPER_REACH = 12  # characters: "tờ trình " is the longest paper's name and its space
# A thing and what it holds, listed after a colon ("Hồ sơ đề nghị cấp gồm: ..."): the list describes papers
_RE_CONTENTS = re.compile(rf"\s*(?:{_alt(N.NOT_ACTORS)})(?![\w])[^:;.]*?(?<![\w])(?:{_alt(V.LISTING_LEADS)})\s*:", _F)


@dataclass(frozen=True)
class Duty:
    assignees: tuple[str, ...]
    action: str
    coordinators: tuple[str, ...] = ()
    report_to: str | None = None
    leading: bool = False  # named by an assigning verb or as the sentence's subject


def action_at(text: str, pos: int = 0) -> bool:
    """Whether an action verb opens `text` at `pos`."""
    return bool(_RE_ACTION.match(text, pos))


def holds_action(text: str) -> bool:
    """Whether an action verb stands anywhere in `text`."""
    return bool(_RE_ACTION_ANY.search(text))


def opens_with_verb_head(text: str) -> bool:
    """Whether `text` opens with a head word that is also a verb ("Tổ chức ...")."""
    return bool(_RE_AMBIGUOUS.match(text))


def opens_act(heading: str) -> bool:
    """A heading that names an act: an action ("6. Thu hồi Giấy phép xe tập lái") or a licensing step ("3. Cấp Giấy
    phép xe tập lái", "4. Đổi ..."), whose items hold its steps."""
    return starts_with_action(heading) or bool(_RE_LICENSING_START.match(heading))


def is_one_action(phrase: str) -> bool:
    """ "thực hiện", "tổ chức": the phrase is a verb the action list holds, and nothing more."""
    return bool(_RE_ACTION.fullmatch(phrase))


def starts_with_action(sentence: str) -> bool:
    """The sentence (after an optional "Label:") opens with an action verb or a modal."""
    return bool(_RE_ACTION.match(strip_label(sentence)))


def acting_clause(sentence: str) -> str | None:
    """The action a sentence opens with, past an optional "Label:" or basis clause
    ("Căn cứ vào Chỉ số CCHC năm 2021, triển khai ...", "Căn cứ quy mô ... của mỗi xã,
    phường để quyết định số lượng ..."); None when it opens with none."""
    if sentence.rstrip().endswith(":"):
        return None
    text = strip_label(sentence)
    if text is not sentence and not _opens_action(text) and _opens_action(sentence) \
            and len(sentence[:len(sentence) - len(text)].split()) > _LABEL_MAX_WORDS:
        text = sentence  # "Nghiên cứu đưa vào dự thảo Nghị quyết ... nội dung: ...": a clause, not a label
    remit = _RE_REMIT_OPENING.match(text)  # "Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức tuyên truyền ..."
    if remit:
        return text[remit.end():]
    if not is_basis(text):
        return text if _opens_action(text) else None
    for m in _RE_BASIS_END.finditer(text):
        if _RE_ACTION.match(text, m.end()):
            return None if _RE_CITED.search(text, 0, m.start()) else text[m.end():]
    return None


def _opens_action(text: str) -> bool:
    return bool(_RE_ACTION.match(text) or _RE_COORD_ASSIGN.match(text)) and not _RE_TEXT_NAMED.match(text) \
        and not _rule_on_thing(text)


def _rule_on_thing(text: str) -> bool:
    """ "Báo cáo kết quả thanh tra phải bảo đảm các nội dung ...": a word that is a verb and
    a thing ("báo cáo", "kế hoạch", "quy định"), then "phải" in its clause's first words:
    the thing is the subject of a rule, no action opens the sentence."""
    if not _RE_NOT_ACTOR.match(text):
        return False
    clause = _RE_CLAUSE_BREAK.split(text, maxsplit=1)[0]
    return bool(_RE_OBLIGED_ANY.search(" ".join(clause.split()[1:_VERB_WORDS])))


def strip_label(sentence: str) -> str:
    """ "Báo cáo quý I: ..." -> "..."; "Đối với doanh nghiệp ... có cơ sở thường trú tại Việt Nam: ..." -> "..." (a
    scope's label may be long); a label is kept when it is the only text."""
    m = _RE_LABEL.match(sentence) or _RE_SCOPE.match(sentence)
    return sentence[m.end():] if m else sentence


def heading_names(text: str, *, attached: bool = False, plan: bool = False, article: bool = False,
                  over_duties: bool = False) -> tuple[str, ...]:
    """Who a heading or lead-in names: "2. Phòng Nội vụ", "1.1. Giao Sở X", "Yêu cầu
    Thủ trưởng các cơ quan ...:", "Trách nhiệm của Sở X"; not the issuer of "UBND tỉnh
    có ý kiến chỉ đạo như sau:". In an `attached` regulation only a heading of duties
    or one that states a duty names who acts: its other headings name whom it concerns
    ("Đối với Bí thư Thành ủy:", "Bí thư quận, huyện ...:"), save an `article` whose title
    is one ("Điều 26: Đối với Văn phòng:"); in an attached `plan` of work, a heading that is all
    one name names who acts ("a) Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố
    trực thuộc trung ương" over "- Tiếp tục nghiên cứu ..."). A heading `over_duties` (its items
    open with actions) may be a name by its position alone."""
    if _RE_ELIDED_LIST.search(text):
        return ()  # "1. Người ra quyết định thanh tra thuế có các nhiệm vụ, quyền hạn sau đây: …": another text's list,
        # quoted in part, names no one who acts here
    scoped = scope_names(text, subjects=not attached or article)
    if scoped or ((not attached or plan) and (scoped := whole_name(text) or _all_names(text))):
        return scoped
    duty = read_duty(text)
    if attached:  # a duty assigned or owned in words ("Giao ...", "X có trách nhiệm:"), not a list of whom it concerns;
        # over duties, its subject ("2. Các ngành, các cấp thành phố tiếp tục rà soát ..., trong đó cần tập trung:")
        worded = _RE_ASSIGN.search(text) or _RE_RESPONSIBLE.search(text) or _leads_work(text, duty)
        subject = over_duties and duty is not None and duty.leading and read_names(text) is not None
        return duty.assignees if duty and (worded or subject) else ()
    run = read_names(text)
    if duty and article and run is None and duty.leading and text.startswith(duty.assignees[0]):
        return ()  # "Điều 10. Nguyên tắc phối hợp trong ...": a topic a noun opens, no one by its shape
    if duty:
        return () if says(duty.action) else _guided(text, duty) or duty.assignees
    if not run:
        return _collective(text)
    rest = text[run.end:]
    if _in_lower_case(_RE_SUBJECT_DUTY_ANY, rest) or _in_lower_case(_RE_ASSIGN, rest):
        # "Cục Thuế nhận được ... như sau:", "UBND tỉnh có ý kiến chỉ đạo như sau:"; but over duties, bare heads a
        # relative clause qualifies; whatever its items, what bare heads do up to the catch-all verb ending it
        return (_qualified_by_position(text, run) if over_duties else ()) or _named_by_what_it_does(text, run)
    if _RE_NAME_TAIL.match(rest) or _RE_REMIT_TAIL.match(rest):
        return run.names
    return _named_by_position(text, run.names, rest, article=article) if over_duties else ()


def _named_by_what_it_does(text: str, run: NameRun) -> tuple[str, ...]:
    """ "5. Cơ quan tiếp nhận hồ sơ và trả kết quả thực hiện:" over "a) Cấp giấy tiếp nhận hồ sơ ...": a heading whose
    bare head what the body does qualifies, in one clause, up to the catch-all verb that ends it and gives it the
    items below; by its position, that is the body's name."""
    end = _RE_CATCH_ALL_END.search(text, run.end)
    qualifier = text[run.end:end.start()] if end and len(run.names) == 1 and heads_only(run.names[0]) else ""
    if not qualifier.strip() or _RE_CLAUSE_BREAK.search(qualifier) or len(qualifier.split()) > _QUALIFIER_WORDS:
        return ()
    return (" ".join(text[:end.start()].split()),)


def _guided(text: str, duty: Duty) -> tuple[str, ...]:
    """ "..., Bộ hướng dẫn Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố xây dựng dự toán ... như sau:": a
    lead-in whose subject guides a body named after its verb gives its items to that body."""
    guides = _RE_GUIDES.match(duty.action) if text.rstrip().endswith(":") else None
    run = read_names(duty.action, guides.end()) if guides else None
    return run.names if run else ()


def _leads_work(text: str, duty: Duty | None) -> bool:
    """ "II. NHIỆM VỤ CỤ THỂ" / "..., các bộ, cơ quan ngang bộ, ... cần cụ thể hóa và tổ chức triển khai thực hiện
    các nhiệm vụ sau đây:": a lead-in whose bodies are to carry out the work listed below, named as work."""
    return duty is not None and bool(_RE_WORK_LISTED.search(duty.action + ":"))


def says(action: str) -> bool:
    """ "kết luận như sau", "có ý kiến như sau": a lead-in's predicate that is no action,
    only what its subject said; the items below are its words, not its duties; so is one that draws up a paper ("Ban
    Chỉ đạo quốc gia 1237 xây dựng kế hoạch thực hiện như sau:"): the items are that paper's, the text itself. Not one
    that gives its subject the duties below ("Giảng viên đồng cơ hữu có các nghĩa vụ sau đây:")."""
    return (bool(_RE_SAYS.match(action)) and not _RE_ACTION.match(action) and not _RE_STRONG.match(action)) \
        or _RE_MAKES_PAPER.match(action) is not None


def _named_by_position(text: str, names: tuple[str, ...], rest: str, *, article: bool = False) -> tuple[str, ...]:
    """A heading over duties that opens with a name the lexicon reads only the start of
    ("1. Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn" over "a) Tiếp tục tập trung
    ..."): by its position the whole heading is the name, when it is short and states
    nothing (no stop, no verb after the name, no modal); up to its sphere ("Sở Y tế trong
    công tác ...") the name the lexicon reads."""
    phrase = text.strip().rstrip(":").strip()
    tail = rest.strip(" ,")
    if _RE_SPHERE.match(tail):
        return names
    # an article's title is a noun phrase by nature; a body's proper name may run long ("Trung tâm Xúc tiến Đầu tư,
    # Thương mại và Hỗ trợ doanh nghiệp thành phố")
    proper = names[0][:1].isupper() and not heads_only(names[0])
    longest = _ARTICLE_NAME_WORDS if article else _SCOPE_BODY_WORDS if proper else _SCOPE_NAME_WORDS
    if (len(phrase.split()) > longest or any(c in phrase for c in ".;") or _in_lower_case(_RE_ACTION_ANY, tail)
            or _RE_MODAL.search(tail) or _RE_RESPONSIBLE.search(tail) or _RE_GRANTED.search(tail)):
        return ()  # "Cục Thuế xin trả lời như sau:": a sentence
    return (phrase,)


def _in_lower_case(rx: re.Pattern[str], text: str) -> bool:
    """Whether `rx` finds a verb in `text` written in lower case: in a heading, a capitalised one is a word of a proper
    name ("Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ trợ doanh nghiệp thành phố")."""
    return any(m.group().lstrip()[:1].islower() for m in rx.finditer(text))


def _qualified_by_position(text: str, run: NameRun) -> tuple[str, ...]:
    """ "2. Cơ quan, tổ chức, đơn vị được phân bổ giới thiệu người ứng cử đại biểu Quốc hội
    thực hiện việc giới thiệu ... theo trình tự sau đây:" over "a) Tổ chức họp ban lãnh đạo
    ...": a heading over duties whose bare heads a passive relative clause qualifies (not
    what they are given: "được hỗ trợ"); by its position the name runs on, in one clause,
    to its own duty verb."""
    if len(run.names) != 1 or not heads_only(run.names[0]) or not _RE_RELATIVE_PASSIVE.match(text, run.end) \
            or _RE_ENTITLEMENT_AT.match(text, run.end):
        return ()
    verb = _RE_SUBJECT_DUTY_ANY.search(text, run.end)
    qualifier = text[run.end:verb.start()] if verb else ""
    if not qualifier or _RE_CLAUSE_BREAK.search(qualifier) or len(qualifier.split()) > _QUALIFIER_WORDS:
        return ()
    return (" ".join(text[:verb.start()].split()),)


def _collective(text: str) -> tuple[str, ...]:
    """A heading over a list that names a group outside the lexicon by its shape: a
    collective noun ("Tập thể lãnh đạo ...") or a determiner and a word that occurs in
    bodies' names ("Các cơ sở bảo trợ xã hội"), short, with no verb of duty."""
    phrase = text.strip().rstrip(":").strip()
    det = _RE_DETERMINER.match(phrase)
    rest = phrase[det.end():] if det else phrase
    head = rest.split()[0].lower() if rest.split() else ""
    shaped = _RE_COLLECTIVE.match(phrase) or (det and head in N.NAME_SYLLABLES)
    if not shaped or _RE_NOT_ACTOR.match(rest):
        return ()
    return (phrase,) if is_name_shaped(phrase) else ()


def _all_names(text: str) -> tuple[str, ...]:
    """A heading the lexicon reads whole as names ("Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh")."""
    run = read_names(text)
    return run.names if run and not text[run.end:].strip(" .:;") else ()


def whole_name(text: str) -> tuple[str, ...]:
    """A heading that is all one name though a word inside it is also a verb: it opens
    with a name and ends the way a name ends ("Thủ trưởng các cơ quan tham mưu, quản lý
    nhà nước thuộc Bộ", "... có liên quan"), with no stop of its own; or a bare head and
    the work it is given ("Đơn vị được Bộ trưởng ... giao chủ trì thực hiện nhiệm vụ ...")."""
    text = text.strip()
    if text.endswith((".", ":", ";")) or len(text.split()) > _GIVEN_NAME_WORDS:
        return ()
    run = read_names(text)
    if run is None or not text[run.end:].strip():
        return ()
    if len(run.names) == 1 and heads_only(run.names[0]) and _RE_GIVEN_WORK.match(text, run.end):
        return (text,)  # "Đơn vị được Bộ trưởng Bộ ... giao chủ trì thực hiện nhiệm vụ ...": who is given the work
    if len(text.split()) > _SCOPE_NAME_WORDS or not _RE_NAME_END.search(text, run.end):
        return ()
    return (text,)


def scope_names(text: str, *, subjects: bool = True) -> tuple[str, ...]:
    """The bodies a scope heading names ("Trách nhiệm của Sở Tài chính; Ủy ban nhân dân
    các xã"): read as names where the lexicon knows them; a name the lexicon reads only
    the start of is, by its position, the whole phrase up to its sphere ("cơ quan, tổ
    chức sử dụng dịch vụ", not "... trong công tác ..."); else the phrase itself when it
    reads as a name (capitalised or led by a determiner, no sentence).
    "Đối với X" counts when `subjects` (in a letter's body, not an attached regulation)."""
    has = _RE_HAS_SCOPE.match(text)
    if has and _RE_DUTY_NOUN.search(has.group("nouns")):
        run = read_names(has.group("x"))
        if run and not has.group("x")[run.end:].strip(" ,;"):
            return run.names
    m = _RE_SCOPE_HEADING.match(text) or (_RE_SUBJECT_SCOPE.match(text) if subjects else None)
    if not m or (m.re is _RE_SCOPE_HEADING and not _RE_DUTY_NOUN.search(text, 0, m.start("x"))):
        return ()  # (a heading of rights or functions alone, "Quyền của người nộp thuế", names no duties)
    phrase = m.group("x").strip(" ,;")
    run = read_names(phrase)
    if run and not phrase[run.end:].strip(" ,;"):
        return run.names
    parts = [p.strip() for p in _RE_SCOPE_PARTS.split(phrase) if p.strip()]
    out: list[str] = []
    for part in parts:
        names = _scope_part(part, text)
        if names is None:  # "Trách nhiệm của Phó Trưởng phòng được phân công ... và Chuyên viên được giao nhiệm vụ":
            # holders joined by "và" before a capital, each read as a part on its own
            members = _capitalised_members(part)
            whole = _RE_DEFINED_AS.search(part) or any(_RE_AGENT_TAIL.search(p) for p in members[:-1])
            joined = [_scope_part(p, text) for p in members] if not whole else []
            names = tuple(n for ns in joined for n in ns or ()) if len(joined) > 1 and all(joined) else None
        if names is not None:
            out.extend(names)
        elif _RE_ROLE_SCOPE.match(text) and len(phrase.split()) <= _SCOPE_BODY_WORDS and phrase[:1].islower() \
                and not _RE_OWN_CLAUSE.search(phrase):
            # "Trách nhiệm của tổ chức quản lý nền tảng ... thuộc đối tượng khấu trừ, nộp thuế thay": a role whose comma
            # joins what it does, not two holders
            return (phrase,)
        else:
            return _holders(phrase) if m.re is _RE_SCOPE_HEADING else ()
    return tuple(out)


def _capitalised_members(phrase: str) -> list[str]:
    """The phrase split at each "và" a capital follows ("... khoáng sản và Chuyên viên ...")."""
    out: list[str] = []
    for piece in _RE_JOINED.split(phrase):
        if out and not piece[:1].isupper():
            out[-1] += f" và {piece}"
        else:
            out.append(piece)
    return out


def _scope_part(part: str, text: str) -> tuple[str, ...] | None:
    """The names one part of scope heading `text` gives, or None when it reads as none."""
    run = read_names(part)
    rest = part[run.end:].strip(" ,;") if run else ""
    # a body's own name gives way to the place that says which of its kind it means too ("Trách nhiệm của Ngân hàng
    # Nhà nước chi nhánh nơi tổ chức tín dụng ... đặt trụ sở"); a bare head's place is what names it ("đơn vị nơi")
    placed = opens_place(rest) and not heads_only(part[:run.end]) if run else False
    if run and (not rest or _RE_SPHERE.match(rest) or placed):
        return run.names  # "Trách nhiệm của Sở X trong ...": the name, not its sphere
    if alternatives := _alternatives(part):
        return alternatives  # "Đối với người sử dụng lao động hoặc tổ chức dịch vụ việc làm": one each
    if run and len(part.split()) <= _SCOPE_NAME_WORDS:
        return (part,)  # by position, a qualified name ("cơ quan, tổ chức sử dụng dịch vụ")
    if run and len(part.split()) <= _SCOPE_BODY_WORDS and not _RE_OWN_CLAUSE.search(rest) \
            and not _RE_STOP_ANY.search(rest):
        return (part,)  # a body's long name that says what it does ("Ban Xây dựng Bộ công cụ đánh giá năng lực
        # hành nghề khám bệnh, chữa bệnh"), with no word of a clause of its own
    if is_name_shaped(part) or (_RE_ROLE_SCOPE.match(text) and _role_by_position(part)):
        return (part,)
    return None


def _alternatives(phrase: str) -> tuple[str, ...]:
    """ "người sử dụng lao động hoặc tổ chức dịch vụ việc làm hoặc doanh nghiệp cho thuê lại lao động": holders joined
    by "hoặc" or "và", each opening with a name the lexicon reads or a body's head word, one name each; () when a
    part opens with neither ("Sở Lao động - Thương binh và Xã hội": one name) or a clause's word stands among them."""
    parts = _RE_ALTERNATIVE.split(phrase)
    if len(parts) < 2 or _RE_OWN_CLAUSE.search(phrase) or _RE_RESPONSIBLE.search(phrase) \
            or any(len(part.split()) > _SCOPE_NAME_WORDS for part in parts):
        return ()
    for part in parts:
        run = read_names(part)
        if not (run and run.start == 0) and not _RE_HOLDER_HEAD.match(part):
            return ()
    return tuple(parts)


def _holders(phrase: str) -> tuple[str, ...]:
    """ "Quyền và trách nhiệm của tổ chức tín dụng, chi nhánh ngân hàng nước ngoài, tổ chức
    mua bán, xử lý nợ": after a scope heading, a list of holders too long for one name is one
    name per comma where the next part opens with a body's head word ("chi nhánh", "tổ
    chức") or a capital; a part that does not ("xử lý nợ") goes on with the name before it.
    Each holder is short, and no word of a clause of its own stands among them (a lead
    verb, a modal, a responsibility: the heading goes on as a sentence)."""
    out: list[str] = []
    for part in (p.strip() for p in phrase.split(", ")):
        if out and not (part[:1].isupper() or _RE_HOLDER_HEAD.match(part)):
            out[-1] += f", {part}"
        else:
            out.append(part)
    if len(out) < 2 or _RE_OWN_CLAUSE.search(phrase) or _RE_RESPONSIBLE.search(phrase) \
            or any(len(name.split()) > _SCOPE_NAME_WORDS for name in out):
        return ()
    return tuple(out)


def responsibility_roles(title: str) -> tuple[str, ...]:
    """ "Trách nhiệm của cơ sở đào tạo lái xe": the roles a title of duties names in lower
    case, common nouns the lexicon does not know, which then act in the document's clauses."""
    if not _RE_ROLE_SCOPE.match(title):
        return ()
    return tuple(name for name in scope_names(title) if name[:1].islower())


def _role_by_position(phrase: str) -> bool:
    """ "Trách nhiệm của cơ sở đào tạo lái xe", "... của cán bộ, chiến sĩ dự sát hạch lái
    xe": after a heading of duties, a short phrase with no duty word is the role that holds
    them, in lower case and unknown to the lexicon as it may be (V.ROLE_SCOPE_HEADINGS)."""
    words = phrase.split()
    return 0 < len(words) <= _SCOPE_NAME_WORDS and words[0][:1].isalpha() and not _RE_SUBJECT_DUTY_ANY.search(phrase)


def is_name_shaped(phrase: str) -> bool:
    """A phrase in a name's position that reads as one: short, no verb of duty in it,
    opening with a capital or a determiner ("Các cơ sở giáo dục", "Tập thể lãnh đạo")."""
    words = phrase.split()
    if not words or len(words) > _SCOPE_NAME_WORDS or _RE_SUBJECT_DUTY_ANY.search(without_compounds(phrase)):
        return False
    return words[0][:1].isupper() or _RE_DETERMINER.match(phrase) is not None


def states_duty(sentence: str) -> bool:
    """Whether an item under a scope that names who acts reads as that body's duty
    though it opens with no verb the list knows ("Chú trọng ...", "Kiện toàn ..."):
    a capitalised sentence of a few words that is not a sub-heading, a basis, a
    purpose, a quotation, narration of past work, a list of names, a right ("Được sử
    dụng ..."), the text itself ("Quyết định này có hiệu lực ...") or a phrase naming
    a thing ("Kinh phí thực hiện ...")."""
    text = strip_label(sentence).strip()
    words = text.split()
    if len(words) < _DUTY_MIN_WORDS or not text[:1].isupper() or text.endswith(":"):
        return False
    if is_basis(text) or _RE_NOT_DUTY.match(text) or _RE_TEXT_NAMED.match(text) or is_capital_text(text):
        return False  # (in capitals, a title: "CÁC NHIỆM VỤ, GIẢI PHÁP CỤ THỂ", "TỔ CHỨC THỰC HIỆN")
    topic = _RE_SCOPE_WORD.match(text)  # "Đối với công tác tổng hợp, báo cáo ...": a topic the items below treat
    thing = _RE_NOT_ACTOR.match(text, topic.end() if topic else 0)
    if thing and (topic or not _RE_LISTED_VERB.match(text, thing.end())):
        return False  # "Kinh phí thực hiện ...": a thing; not "Thông tin, hướng dẫn ...", a verb among verbs
    if _RE_GRANTED.match(text):
        return False  # "Được sử dụng con dấu của Sở ...": a right the scope's body is given, no duty
    if _RE_PAST.search(" ".join(words[:_PAST_WINDOW])):
        return False
    head = " ".join(words[1:_PAST_WINDOW])
    if _RE_MODAL.search(head) or _RE_RESPONSIBLE.search(head):
        return False  # "Hợp đồng lao động cần đảm bảo ...": a thing as subject, a rule on it
    run = read_names(text)
    listed = _RE_LISTED_ACTION.match(text, run.end) if run and len(run.names) == 1 and head_only(run.names[0]) \
        else None
    if listed and not _RE_AMBIGUOUS.match(text, listed.start("verb")):
        return True  # "Thanh tra, kiểm tra việc thực hiện ...": a verb like a body's name, in a list of verbs
    return run is None  # a named subject: a sentence of its own, read as such or not at all


def not_duty(sentence: str) -> bool:
    """ "Trong đó, lưu ý ...", "Gồm ...", "Nhằm ...": a sentence that opens by elaborating
    on what came before, or with its purpose, and states no duty of its own."""
    return bool(_RE_NOT_DUTY.match(sentence.strip()))


def acts_first(sentence: str) -> bool:
    """The sentence's first clause is an action that assigns no one ("Chỉ đạo việc xây
    dựng ... chương trình, kế hoạch công tác thanh tra; yêu cầu cơ quan thanh tra cùng
    cấp tiến hành thanh tra ..."): a name a later clause assigns is whom one more of
    the scope's actions concerns, and the scope's bodies act."""
    first, _, rest = sentence.partition(";")
    return bool(rest) and bool(_RE_ACTION.match(first)) and read_names(first) is None and read_duty(first) is None


def named_label(sentence: str) -> bool:
    """Whether the sentence opens with a label the lexicon reads as names ("7. UBND các
    huyện, thị xã, thành phố: Chỉ đạo ...", "1. Đối với Sở Y tế: Chỉ đạo ...")."""
    label = _RE_LABEL.match(sentence)
    return bool(label and _label_names(label.group(1)))


def _topic_label(label: str, action: str) -> bool:
    """ "Đối với cá nhân là đối tượng cư trú tại Việt Nam: Kiểm tra việc kê khai thu nhập ... của cá nhân ...": a
    scope label whose name runs on with a qualifier, its head the object of the action after it, names what the
    work concerns, not who does it (the scope above does)."""
    scope = _RE_SCOPE_WORD.match(label)
    run = read_names(label, scope.end()) if scope else None
    if run is None or not label[run.end:].strip():
        return False
    head = " ".join(run.names[0].split()[:2])
    return re.search(rf"(?<![\w]){re.escape(head)}(?![\w])", action, _F) is not None


def _label_names(label: str) -> NameRun | None:
    """The names a label reads as: all of it, or what follows its scope word ("Đối với Sở Y tế",
    "Đối với các xã, phường")."""
    scope = _RE_SCOPE_WORD.match(label)
    return read_names(label, scope.end()) if scope else read_names(label)


def shaped_label(sentence: str) -> Duty | None:
    """ "8. Hiệp hội Doanh nghiệp tỉnh: Tuyên truyền, hướng dẫn ...": a label outside the
    lexicon, shaped as a name (short, capitalised, naming no thing), before an action; the
    caller knows by position (its siblings' labels are names) that it names who acts."""
    label = _RE_LABEL.match(sentence)
    if not label or read_names(label.group(1)) or not _RE_ACTION.match(sentence, label.end()):
        return None
    return _shaped(sentence, label)


def _shaped(sentence: str, label: re.Match[str]) -> Duty | None:
    """The label as one name when it is shaped as one, or is a title over a body's name
    ("Thư ký Hội đồng sát hạch lái xe"), and names no thing."""
    phrase = " ".join(label.group(1).split())
    if not (is_name_shaped(phrase) or _titled_name(phrase)) or _RE_NOT_ACTOR.match(phrase) \
            or _RE_NOT_DUTY.match(phrase) or _RE_SCOPE_WORD.match(phrase):
        return None  # "Đối với các trường hợp chưa đủ hồ sơ:": a scope the lexicon reads no names in names cases
    return _duty(sentence, (phrase,), label.end(), leading=True)


def _titled_name(phrase: str) -> bool:
    """A capitalised title of one or two words before a body's name the lexicon reads (to
    its qualifier, "Hội đồng" of "Hội đồng sát hạch lái xe"): a member or officer of that
    body ("Thư ký Hội đồng sát hạch lái xe")."""
    words = phrase.split()
    if not words[0][:1].isupper():
        return False
    for k in range(1, _TITLE_WORDS + 1):
        rest = " ".join(words[k:])
        run = read_names(rest) if rest[:1].isupper() else None
        if run and run.start == 0:
            return True
    return False


def label_duty(sentence: str, *, shaped: bool) -> Duty | None:
    """ "a) Chủ tịch Hội đồng sát hạch lái xe: Trực tiếp chỉ đạo ...": a label that names
    who acts, whatever opens the text after it; the caller knows by the item's scope that
    the text is a duty, and the label says whose, not the scope's holder. The label is
    read by the lexicon, or, when its siblings' labels are names (`shaped`), by its shape
    ("d) Thư ký Hội đồng sát hạch lái xe: Là sát hạch viên, thực hiện ...")."""
    label = _RE_LABEL.match(sentence)
    if not label or _opens_members(sentence, label):
        return None
    if read_names(label.group(1)):
        return _labelled(sentence, label, label.end())
    return _shaped(sentence, label) if shaped else None


def entitles(sentence: str) -> bool:
    """ "Doanh nghiệp phải đưa thi hài ... về nước khi ..., được hỗ trợ 50% chi phí thực tế
    ...": after its conditions, the sentence's own predicate is what the body is given;
    it states an entitlement, no duty."""
    return bool(_RE_ENTITLEMENT.search(sentence))


def looks_back(sentence: str) -> bool:
    """ "Trong thời gian qua, công tác ... đã được ...": a sentence that opens a look back on
    the work so far; the paragraph it opens narrates."""
    return bool(_RE_RETROSPECTIVE.match(sentence))


def assigns(sentence: str) -> bool:
    """Whether the sentence assigns in words ("... UBND tỉnh yêu cầu các sở ..."), not in
    narration ("đã giao")."""
    return any(_assigns(sentence, m.start()) for m in _RE_ASSIGN.finditer(sentence))


def asks_below(lead: str) -> bool:
    """ "Để khắc phục tình trạng trên, Chủ tịch UBND tỉnh yêu cầu:": a lead-in that asks and names no one; each item
    below names whom it asks ("1. Thủ trưởng các Sở, ban, ngành chấn chỉnh ..."), its own subject then its act."""
    m = _RE_ASKS_BELOW.search(lead)  # not a noun after its determiner ("... đạt các yêu cầu sau:": what it must meet)
    return bool(m) and _assigns(lead, m.start()) and not _RE_COUNTED.search(lead, 0, m.start())


def implementing_section(text: str) -> bool:
    """ "Tổ chức thực hiện": the heading of the article on who implements the text."""
    return bool(_RE_IMPLEMENTING.match(text))


def named_subject(sentence: str) -> Duty | None:
    """ "Chính phủ quy định chi tiết và tổ chức thực hiện Nghị quyết này": a sentence that
    opens with a name the lexicon reads and goes on with a verb of its own (not a stop,
    a modal or what it may do); for clauses under an article on who implements the text."""
    run = read_names(sentence)
    rest = sentence[run.end:].lstrip() if run else ""
    if not rest[:1].islower() or (_RE_STOP_ANY.match(rest) and not _RE_SENDS_PAPER.match(rest)) \
            or _RE_MODAL.match(rest):
        return None
    if _RE_AGENT.search(run.names[-1]):
        return None  # "Doanh nghiệp do người Việt Nam định cư ở nước ngoài thành lập ...": the verb is its agent's
    designated = _designated(sentence)
    if designated:
        return designated
    duty = _duty(sentence, run.names, run.end, leading=True)
    return None if _given(duty) or _topic_of_condition(duty) else duty


def _designated(sentence: str) -> Duty | None:
    """ "Cơ quan thẩm định: Bộ Xây dựng.": a bare head, its role and a colon label the body
    the value names, which plays that role; by its position the value is the name, whole."""
    run = read_names(sentence)
    if not (run and heads_only(" ".join(run.names))):
        return None
    rest = sentence[run.end:].lstrip()
    label = _RE_LABEL.match(rest)
    if not (label and rest[:1].islower()) or _RE_LISTS.search(label.group(1)):
        return None  # ("Hội đồng giám khảo gồm: Chủ tịch, ...": its members, no role they play)
    value = rest[label.end():].strip(" .;")
    named = read_names(value)
    if named and named.end >= len(value):
        return Duty(assignees=named.names, action=" ".join(label.group(1).split()), leading=True)
    return Duty(assignees=(value,), action=" ".join(label.group(1).split()), leading=True) \
        if is_name_shaped(value) else None


def article_subject(sentence: str) -> Duty | None:
    """ "3. Hội đồng nhân dân cấp tỉnh quyết định bảng giá đất, công bố ...": a clause of any
    article, or an article's own text ("Điều 4. Bộ Ngoại giao hoàn tất ..."), that opens
    with a body's own name (capitalised, not bare heads), maybe after its basis or its time
    ("Căn cứ ..., chậm nhất là ngày ..., Ủy ban Thường vụ Quốc hội tiến hành ..."), and an
    action verb states that body's duty; not when its clause is passive ("được thu")."""
    duty = named_subject(sentence) or _subject_after_opening(sentence)
    if duty is None or any(heads_only(a) or not a[:1].isupper() for a in duty.assignees):
        return None
    return duty if _acts(duty) else None


def procedure_section(text: str) -> bool:
    """ "Trình tự, thủ tục thực hiện", "Hồ sơ, trình tự giải quyết chế độ": the title of an article of a procedure."""
    return bool(_RE_PROCEDURE.match(text))


def step_subject(sentence: str) -> Duty | None:
    """ "- Hội đồng xin ý kiến đơn vị có thẩm quyền ...", "- Chánh Văn phòng Hội đồng gặp người được đề nghị ...": in an
    article of a procedure, a clause that opens with a body's own name (capitalised, not bare heads), maybe after its
    basis or its time, states that body's step whatever its verb (not a stop: "được", "có", "là cơ quan"): the article
    says it is a step, no list of verbs; not what the body is ("là cơ quan thẩm định đối với ..."). Past its time, a
    name in lower case that says which body too ("b) Trong thời hạn 05 ngày làm việc kể từ ngày nhận được danh sách
    ..., người sử dụng lao động công khai danh sách ...")."""
    duty = named_subject(sentence) or _subject_after_opening(sentence)
    if duty is None or any(heads_only(a) or not a[:1].isupper() for a in duty.assignees):
        duty = _timed_subject(sentence)
    return None if duty is None or _defines(duty) else duty


def _timed_subject(sentence: str) -> Duty | None:
    """After a time a sentence opens with, the first clause that opens with a name in lower case, more than bare heads,
    and a verb of its own, whatever verb ("cơ quan bảo hiểm xã hội xác nhận ..."); not one more of the names of the
    event the time counts from."""
    if not _RE_TIME_OPENER.match(sentence):
        return None
    for m in _RE_CLAUSE.finditer(sentence):
        if not sentence[m.end():m.end() + 1].islower() or _name_before(sentence, m.start(), _RE_EVENT_OF):
            continue
        duty = named_subject(sentence[m.end():])
        if duty and not any(heads_only(a) for a in duty.assignees):
            return duty
    return None


def role_subject(sentence: str, roles: tuple[str, ...]) -> Duty | None:
    """ "Tổ chức thu lệ phí nộp 100% số tiền lệ phí ...": a clause that opens with a role
    the document defines (`roles`, longest first) and goes on with a verb of its own, or
    with "phải", states that role's duty; not what it may do or is ("được miễn", "là").
    After an opening clause too ("Trước thời gian dự kiến khai giảng khóa học ít nhất 10
    ngày, cơ sở đào tạo lái xe xây dựng ...", "Kết thúc khóa học, cơ sở đào tạo lái xe tổ
    chức ..."): the first clause start where a role stands, when no role opens the sentence."""
    opening = _role_at(sentence, roles)
    if opening is not None:
        return opening or None
    for m in _RE_CLAUSE.finditer(sentence):
        after = _role_at(sentence[m.end():], roles)
        if after is not None:
            return after or None
    return None


def _role_at(sentence: str, roles: tuple[str, ...]) -> Duty | Literal[False] | None:
    """The duty of the role opening `sentence`; False when a role opens it with no verb of its
    own after it; None when none opens it."""
    for role in roles:
        end = len(role)
        if sentence[:end].lower() != role.lower() or not sentence[end:end + 1].isspace():
            continue
        rest = sentence[end:].lstrip()
        # "Cơ sở đào tạo lái xe ô tô phải trang bị ...": a name the role opens goes on, no verb of the role's own
        if not (_RE_ACTION.match(rest) or _RE_OBLIGED_ANY.match(rest)):
            return False
        return _duty(sentence, (sentence[:end],), end, leading=True)
    return None


def whole_role(duty: Duty | None, roles: tuple[str, ...]) -> Duty | None:
    """ "Người đứng đầu cơ sở đào tạo lái xe ra Quyết định ...", "Giám đốc cơ sở đào tạo lái
    xe chịu trách nhiệm ...": a name read up to the middle of a role the document defines
    ("Người đứng đầu cơ sở" | "đào tạo lái xe ra ...") runs to that role's end."""
    if not (duty and duty.assignees and roles):
        return duty
    name = duty.assignees[-1]
    joined = f"{name} {duty.action}"
    lowered = joined.lower()
    for role in roles:
        at = lowered.find(role.lower())
        while 0 <= at < len(name):
            end = at + len(role)
            if end > len(name) and (at == 0 or joined[at - 1].isspace()) and joined[end:end + 1].isspace():
                return _duty(joined, duty.assignees[:-1] + (joined[:end],), end, leading=duty.leading)
            at = lowered.find(role.lower(), at + 1)
    return duty


def scoped_subject(sentence: str) -> Duty | None:
    """ "8. Các đơn vị tổ chức trực ban và thực hiện nghiêm túc chế độ báo cáo ...": under
    a scope naming who acts, an item that opens with a name and an action verb of its own
    (not a passive, no modal: a rule, or a verb that qualifies the name) is that name's
    duty, bare heads included."""
    duty = named_subject(sentence)
    if duty is None or not _acts(duty) or _RE_MODAL.search(_verb_window(duty)):
        return None
    last = duty.assignees[-1].rsplit(",", 1)[-1].strip()
    if head_only(last) and not _RE_DETERMINER.match(last):
        return None  # "Bộ phận Một cửa, cơ quan tiếp nhận hồ sơ ...": the verb qualifies a bare head
    return duty


def _acts(duty: Duty) -> bool:
    """The duty's action opens with an action verb, and its clause is not passive where its
    verb stands ("Thuế giá trị gia tăng, lệ phí ... được thu ...": a thing a rule is on)."""
    return bool(_RE_ACTION.match(duty.action)) and not _RE_GRANTED.search(_verb_window(duty))


def _verb_window(duty: Duty) -> str:
    """The first words of the duty's first clause, where its own verb stands."""
    return " ".join(_first_clause(duty).split()[:_VERB_WORDS])


def _first_clause(duty: Duty) -> str:
    """The duty's action up to its first ";" or ":", the clause its own verb stands in."""
    return _RE_CLAUSE_END.split(duty.action, 1)[0]


def _subject_after_opening(sentence: str) -> Duty | None:
    """ "1. Căn cứ vào kết quả hiệp thương lần thứ nhất, chậm nhất là ngày 15 tháng 12 năm
    2025, Ủy ban Thường vụ Quốc hội tiến hành điều chỉnh ...", "Chậm nhất là ngày 05 tháng
    02 năm 2026, Ủy ban Thường vụ Quốc hội tiến hành ...": after its basis or its time (and
    their commas), the clause opens with the body's name."""
    if not (is_basis(sentence) or _RE_TIME_OPENER.match(sentence)):
        return None
    for m in _RE_CLAUSE.finditer(sentence):
        at = _past_period(sentence, m.end())  # "Căn cứ ..., hàng tháng Phòng Lao động ... rút dự toán ..."
        if sentence[at:at + 1].isupper():
            duty = named_subject(sentence[at:])
            if duty:
                return duty
    return None


def lists_parts(lead: str, item: str) -> bool:
    """ "4. Tham gia xây dựng quy trình, hướng dẫn chuyên môn ... và giám sát việc thực hiện các quy trình này, bao
    gồm:" over "a) Xây dựng các quy trình chuyên môn ...": a lead-in that is an action lists its parts, and an item
    that is an action too is one of its duties, not an instance (as "Thành phần gồm:" lists people); so is any item
    of an action whose object names work ("Chủ trì, ... triển khai thực hiện các nhiệm vụ, quyền hạn được ủy quyền tại
    ... bao gồm:" over "- Huấn luyện, kiểm tra, cấp ... giấy chứng nhận ...")."""
    listing = _RE_PARTS_LISTING.search(lead)
    return bool(listing) and starts_with_action(lead) and (
        starts_with_action(item) or _RE_WORK_OBJECT.search(lead, 0, listing.start()) is not None)


def lists_examples(lead: str) -> bool:
    """ "... các hành vi vi phạm như:", "Thành phần gồm:", "..., gồm các tài liệu sau:": the items below are
    instances, not duties; not when what the list holds is named as work ("..., gồm các nhiệm vụ sau:")."""
    if _RE_LISTING.search(lead) or _RE_CASES_LISTED.search(lead):
        return True
    named = _RE_NAMED_LISTING.search(lead)
    return bool(named) and not _RE_WORK.search(named.group("what"))


def lists_objects(lead: str, listed: list[str]) -> bool:
    """ "... báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020 các vấn đề sau:" over "- Tình hình lao động, việc làm
    ...", "... niêm yết công khai ... tối thiểu các nội dung sau:" over "a) Lãi suất ...": a lead-in whose duty names
    what its list holds, not as work ("các nhiệm vụ sau:"), over items `listed` that are things: most open with no
    action and none with a body's name."""
    m = _RE_OBJECTS_LISTED.search(lead)
    if not m or _RE_WORK.search(m.group("what")) or _RE_DUTY_NOUN.search(lead, 0, m.start()):
        return False  # "... có quyền và nghĩa vụ quy định tại Điều 9 ... và các quy định sau:": duties it lists
    acting = sum(starts_with_action(i) for i in listed)
    return acting * 2 < len(listed) and not any(read_names(i, 0) for i in listed)


def shares_out(listed: list[str]) -> bool:
    """ "Giao Sở Tài chính, Sở Nông nghiệp và Môi trường chủ trì ... xây dựng quy trình nội bộ ..., cụ thể:" over "- Sở
    Tài chính đối với thủ tục hành chính số 03 ..." / "- Sở Nông nghiệp và Môi trường đối với thủ tục hành chính số 01,
    02 ...": items that each name a body and then the share of the lead-in's work it takes, no duty of their own; the
    lead-in states the work."""
    for item in listed:
        run = read_names(item, 0)
        rest = item[run.end:].strip(" ,;.") if run else ""
        if not rest or starts_with_action(rest) or read_duty(item) is not None:
            return False
    return bool(listed)


def non_duty_section(text: str) -> bool:
    """A heading of a section that states no duty ("Phạm vi điều chỉnh", "Mục đích, yêu cầu")."""
    return bool(_RE_NON_DUTY.match(text))


def rights_section(text: str) -> bool:
    """A heading of what its holder may do ("Quyền của đồng chủ sở hữu phim:"): its items are rights, no duties."""
    return bool(_RE_RIGHTS.match(text))


def ownerless_duties(text: str) -> bool:
    """ "Nhiệm vụ và quyền hạn", "Trách nhiệm": a title of duties that says not whose."""
    return bool(_RE_OWNERLESS_DUTIES.match(text)) and bool(_RE_DUTY_NOUN.search(text))


def part_name(text: str) -> tuple[str, ...]:
    """ "Chương I SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI": a part's title that is all one body's name, as running text
    writes it; () for a title of a matter ("Chương I QUY ĐỊNH CHUNG")."""
    part = _RE_PART_TITLE.match(text.strip())
    if part is None:
        return ()
    title = part.group("title").strip()
    title = proper_case(title) if title.isupper() else title
    run = read_names(title)
    return run.names if run is not None and not title[run.end:].strip() else ()


def duties_part(text: str) -> bool:
    """ "Chương III TRÁCH NHIỆM CỦA CÔNG AN CÁC ĐƠN VỊ, ĐỊA PHƯƠNG ...": a part titled with duties, whose articles each
    hold a body's (their titles name it: "Điều 13. Cơ quan quản lý tạm giữ, tạm giam ... Bộ Công an")."""
    part = _RE_PART_TITLE.match(text.strip())
    return part is not None and _RE_SCOPE_HEADING.match(part.group("title")) is not None


def effect_section(text: str) -> bool:
    """A heading of the text's effect ("Hiệu lực thi hành"), a section that states no duty but may close with one."""
    return bool(_RE_EFFECT.match(text))


def criteria_section(text: str) -> bool:
    """A heading of criteria or conditions ("Tiêu chí về nghiên cứu khoa học ..., doanh
    nghiệp phải đáp ứng ... sau:"), whose items say what qualifies; or a lead-in by which one
    must meet them ("1. Cá nhân ký kết hợp đồng ... phải đáp ứng đầy đủ các tiêu chuẩn, điều
    kiện sau đây:")."""
    return bool(_RE_CRITERIA.match(text) or _RE_MEETS_LEAD.search(text))


def executes(text: str) -> bool:
    """ "Chánh Văn phòng ...; Thủ trưởng ... chịu trách nhiệm thi hành Quyết định này": the
    execution formula names who carries the text out, even under a heading of its effect
    ("Điều 5. Hiệu lực thi hành")."""
    duty = read_duty(text)
    return bool(duty and _RE_EXECUTES.match(duty.action))


def continues(sentence: str) -> bool:
    """ "Đồng thời ...": more work of the same assignee (a duty of its own after one with its own deadline)."""
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


def is_set(sentence: str) -> bool:
    """ "Trong thời hạn 05 ngày làm việc ...", "Hằng năm, ...", "Trường hợp ...": a sentence that
    opens with the time, the period or the case of what its own clause then says."""
    return bool(_RE_TIME_OPENER.match(sentence) or _RE_PERIOD_SET.match(sentence) or _RE_CONDITIONAL.match(sentence))


def owns_duty(sentence: str) -> bool:
    """ "Sở Tài chính chủ trì và phối hợp với ...", "Giao Sở Tư pháp chủ trì ...": a sentence that names its own
    assignee, maybe after its time or period ("Hằng năm, Sở ... phối hợp ..."), first a body's proper name
    (capitalised, not bare heads; others may follow: "Sở ..., các Sở, ban, ngành ... có trách nhiệm"), in words
    only a duty takes (a lead verb, a responsibility): a task wherever it stands, in an attached programme with
    no heading naming who acts too. A step of an attached procedure ("Hội đồng nhân dân tỉnh xem xét thông qua
    ...") owns none in these words; `article_subject` reads it."""
    if not may_own_duty(sentence):
        return False
    duty = read_duty(sentence)
    if duty is None or not (duty.leading or is_set(sentence)) \
            or not (duty.assignees[0][:1].isupper() and not heads_only(duty.assignees[0])):
        return False
    return bool(_RE_STRONG.match(duty.action))


def plan_subject(sentence: str) -> bool:
    """ "a) Các bộ, ngành, địa phương tăng cường công tác lãnh đạo, chỉ đạo ...": in an attached plan of work, a
    sentence that opens with who acts, bare heads under their determiner included, and goes on with an action of its
    own."""
    duty = read_duty(sentence)
    return bool(duty and duty.leading and read_names(sentence) is not None and _acts(duty))


def subject_clauses(sentence: str) -> list[str]:
    """ "Hàng năm, Sở Tài chính, Công an ... gửi báo cáo ... cho Sở Tư pháp; Bộ Tư lệnh cấp quân khu và tương đương, Bộ
    Tư lệnh Thủ đô Hà Nội gửi báo cáo ... cho Sở Tư pháp ...": a sentence whose clause after a ";" opens with another
    body's own name and a verb of its own holds one duty per clause; else the sentence whole."""
    if ";" not in sentence:
        return [sentence]
    out, start = [], 0
    for m in _RE_CLAUSE_BREAK_AT.finditer(sentence):
        rest = sentence[m.end():]
        duty = named_subject(rest) if rest[:1].isupper() else None
        if not duty or any(heads_only(a) or not a[:1].isupper() for a in duty.assignees) or not _acts(duty) \
                or _RE_EXECUTES.match(duty.action):
            continue  # (the last of a list of names before the execution formula: "...; Thủ trưởng ... chịu trách
            # nhiệm thi hành Quyết định này")
        # a clause with a duty of its own, not one more name of a list; past its label ("Báo cáo 6 tháng: Các cơ ...")
        clause = strip_label(sentence[start:m.start()])
        before = read_duty(clause)  # its subject opens it, or follows its time, period or case ("Hằng năm, Sở ...")
        if before and (before.leading or is_set(clause)) and before.action[:1].islower() \
                and len(before.action.split()) >= _DUTY_MIN_WORDS:
            out.append(sentence[start:m.start()])
            start = m.end()
    out.append(sentence[start:])
    return out


def may_own_duty(text: str) -> bool:
    """Whether `text` holds a word only a duty takes, which `owns_duty` needs (a cheap test:
    most items of an attached procedure hold none)."""
    return bool(_RE_STRONG_ANY.search(text))


@lru_cache(maxsize=READ_CACHE)  # asked again of a sentence by the scope, heading and item readings
def read_duty(sentence: str) -> Duty | None:
    """The duty a sentence places on named bodies, or None.

    A subject opening the sentence wins ("UBND thành phố: chỉ đạo ..."), then the
    object of an assigning verb ("Giao Sở X ...", "đề nghị các xã ..."), then a
    subject after a comma ("Trên cơ sở ..., Sở X chủ trì ...").
    """
    if _RE_ELIDED_LIST.search(sentence):
        return None  # "Người ra quyết định thanh tra thuế có các nhiệm vụ, quyền hạn sau đây: …": another text's words
    label = _RE_LABEL.match(sentence) or _RE_SCOPE.match(sentence) or _RE_ROLE_LABEL.match(sentence)
    if label and _opens_members(sentence, label):
        label = None
    action = _label_action(sentence, label.end()) if label and _label_names(label.group(1)) else None
    if label and action is not None and _topic_label(label.group(1), sentence[action:]):
        label = action = None  # "Đối với cá nhân là đối tượng cư trú: Kiểm tra ... của cá nhân": whom it concerns
    if label and action is not None:
        return _labelled(sentence, label, action)  # "Cục Bản quyền tác giả: Chủ trì, phối hợp ..."
    designated = _designated(sentence) if label else None
    if designated:
        return designated
    scoped = _scope_label(sentence)
    if scoped:
        return scoped
    for pos in (0, label.end()) if label else (0,):
        subject = _subject(sentence, pos)
        if subject:
            return subject
    aliased = _aliased(sentence)
    if aliased:
        return aliased
    for m in _RE_ASSIGN.finditer(sentence):
        if not _assigns(sentence, m.start()):
            continue
        run = read_names(sentence, m.end()) or shaped_name(sentence, m.end(), capital=True)
        # a person named by what they do who asks in its own clause takes the step; one given the right to, no one
        asker = _opening_agent(sentence, m.start()) if run else None
        if asker is not None:
            return None if _RE_HOLDS_RIGHT.search(sentence, asker.end, m.start()) \
                else _duty(sentence, asker.names, asker.end, leading=True)
        if run:
            field = _RE_FIELD.match(sentence, run.end)  # "... chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:"
            if field and field.group("what").islower():
                named = _last_qualified(run.names, field.group(0))
                return _consequence_subject(sentence, m.start()) or _duty(sentence, named, field.end(), leading=True)
            return _consequence_subject(sentence, m.start()) or _duty(sentence, run.names, run.end, leading=True)
    consequence = _RE_CONSEQUENCE.search(sentence, 1)  # not an opening "Theo đó, ...": this text's own words
    opener = any(bool(_RE_CONDITIONAL.match(sentence, pos) or _RE_BASIS.match(sentence, pos)
                      or _RE_TIME_OPENER.match(sentence, pos))  # after a label: "Trình tự giải quyết: Trên cơ sở ..."
                 for pos in ((0, _RE_SPACE.match(sentence, label.end()).end()) if label else (0,)))
    for m in _RE_CLAUSE.finditer(sentence, 0, consequence.start() if consequence else len(sentence)):
        at = _past_period(sentence, m.end()) if opener else m.end()  # "Căn cứ ..., hàng tháng Phòng X rút ..."
        if not (opener or _opens_name(sentence, at) or _obliged_subject(sentence, m.start(), at)) \
                or _quoted(sentence, at) \
                or (opener and sentence[at:at + 1].islower() and ends_in_bare_head(sentence, m.start())) \
                or (not opener and _name_before(sentence, m.start()) and not read_names(sentence)) \
                or (opener and (_name_before(sentence, m.start(), _RE_EVENT_OF)
                                or _name_before(sentence, m.start(), _RE_AGENT_OF))):
            continue  # "... các Sở, ngành liên quan rà soát", "Công bố ... của Sở X, UBND cấp xã thực hiện ...": a
            # list in the object goes on; "đã giao “A, B xây dựng ...”": quoted; past an opener, one more of the
            # event's actors, or of the agents of its passive ("Căn cứ dự án được Bộ trưởng, Thủ trưởng cơ quan trung
            # ương phê duyệt, cơ quan, đơn vị thực hiện dự án phối hợp ...")
        subject = _subject(sentence, at, opened=opener)
        if opener and subject and sentence[at:at + 1].islower() \
                and any(a[:1].isupper() for a in subject.assignees[1:]):
            continue  # "Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương ...": the opener's
            # list runs on in lower case, the subject is the proper name after it
        bare = not _opens_name(sentence, at) and head_only(subject.assignees[0]) \
            and not (opener and _RE_OWN_OBLIGATION.match(subject.action)) if subject else False
        if subject and not bare:
            return subject
        if opener and subject is None and sentence[at:at + 1].isupper() and read_names(sentence, at):
            break  # "Căn cứ ..., Ủy ban nhân dân cấp tỉnh quy định cụ thể ..., tổ dân phố và người tham gia ...": past
            # the opener, the clause's own subject; what follows is its object, no subject of another duty
    # "Trong thời hạn 07 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ, Cục trưởng Cục Xe máy - Vận tải/Tổng cục Hậu cần -
    # Kỹ thuật quyết định phê duyệt ...", "Trình tự giải quyết: Trong thời hạn 05 ngày làm việc, ..., Cục trưởng
    # Cục Cảnh sát giao thông ra quyết định thu hồi ...": after a time, a body's own name and its verb, whatever verb
    for pos in (0, label.end()) if label else (0,):
        if _RE_TIME_OPENER.match(sentence, pos):
            return _timed_step(sentence[pos:])
    return None


def _past_period(sentence: str, pos: int) -> int:
    """Past a period that opens a clause before its subject's capitalised name ("..., hàng tháng Phòng Lao động ...
    rút dự toán ..."): where the name starts; else `pos`."""
    period = _RE_PERIOD.match(sentence, pos)
    return period.end() if period and sentence[period.end():period.end() + 1].isupper() else pos


def _consequence_subject(sentence: str, verb: int) -> Duty | None:
    """ "Trường hợp ... thì Trưởng Công an cấp xã chỉ đạo lập biên bản và đề nghị cơ quan, người ra lệnh ... thay đổi
    biện pháp ngăn chặn", "Trường hợp ..., Trưởng Công an cấp xã chỉ đạo xác minh ...; ... hoặc đề nghị ...": an
    assigning verb inside a consequence (after "thì", or after the comma that closes a condition the sentence opens
    with) whose clause opens with a body's own name and its verb is that body's act (it proposes); the body acts, not
    the one it asks. None when no such name opens the clause."""
    starts = [m.end() for m in _RE_CONSEQUENCE.finditer(sentence, 0, verb)]
    if _RE_CONDITIONAL.match(sentence):
        starts += [m.end() for m in _RE_CLAUSE.finditer(sentence, 0, verb)]
    for start in sorted(starts, reverse=True):
        start = _RE_SPACE.match(sentence, start).end()
        run = read_names(sentence, start) if sentence[start:start + 1].isupper() else None
        if run is None or run.end >= verb or any(heads_only(a) for a in run.names):
            continue
        duty = named_subject(sentence[start:])
        return duty if duty and ":" not in sentence[start:verb] else None  # its actions may run on past a ";"
    return None


def _time_aside(rest: str) -> int | None:
    """Where the action starts after a name's time limit set off by commas (", trong thời hạn 10 ngày làm việc, kể từ
    ngày nhận đủ hồ sơ hợp lệ ..., hoàn thành việc thẩm định ..."): the first clause after the time that opens with an
    action; None when no time follows the name's comma."""
    comma = _RE_SET_OFF_TIME.match(rest)
    if comma is None:
        return None
    for m in _RE_CLAUSE.finditer(rest, comma.end()):
        if _RE_ACTION.match(rest, m.end()):
            return m.end()
    return None


def _obliged_subject(sentence: str, comma: int, pos: int) -> bool:
    """ "Trước khi thực hiện giao dịch, tổ chức tín dụng phải cung cấp đầy đủ thông tin ...": after the comma of a
    sentence that opens with no name, a name in lower case that says which (no bare head, not one more of a list of
    heads), then what it must do or answer for, opens the clause."""
    if read_names(sentence, 0) is not None or ends_in_bare_head(sentence, comma):
        return False
    run = read_names(sentence, pos)
    return run is not None and not heads_only(run.names[-1]) and not _RE_CONSEQUENCE.search(run.names[-1]) \
        and _must_act(sentence[run.end:])


def _must_act(words: str) -> bool:
    """The words open with what a body must do ("phải") or answer for ("có trách nhiệm")."""
    words = words.lstrip()
    return bool(_RE_OBLIGED_ANY.match(words) or _RE_RESPONSIBLE.match(words))


def short_names(text: str) -> list[str]:
    """The short names a text gives what it names ("(sau đây viết tắt là cơ quan cấp giấy phép hoạt động)")."""
    return [m.group("alias").strip().strip("“”\"") for m in _RE_ALIAS.finditer(text)]


def _aliased(sentence: str) -> Duty | None:
    """ "Trưởng phòng Kế toán hoặc chức danh tương đương ... (sau đây gọi tắt là Trưởng phòng Kế toán) chịu trách nhiệm
    ...": a sentence that opens with a name, gives what it names a short name of its own and goes on with a duty: the
    short name acts, whatever the names before it the lexicon cannot read whole."""
    alias = _RE_ALIAS.search(sentence) if sentence[:1].isupper() else None
    run = read_names(sentence, 0)
    if alias is None or run is None or not _RE_SUBJECT_DUTY.match(sentence, alias.end()):
        return None
    short = alias.group("alias").strip()
    if _RE_COLLECTIVE_ALIAS.fullmatch(alias.group("cue")):
        # a short name for several: the names listed act, each as the list names it ("Giám đốc Sở Giao dịch"), the
        # list going on past a semicolon between its names
        if _RE_CLAUSE_END.search(sentence, run.end, alias.start()):
            return None
        cut = sentence[run.end:alias.start()].strip()[:1].islower()  # the last name read stops inside a longer one
        return _duty(sentence, (*run.names[:-1 if cut else None], short), alias.end(), leading=True)
    if _RE_CLAUSE_END.search(sentence, 0, alias.start()):
        return None
    return _duty(sentence, (short,), alias.end(), leading=True)


def _timed_step(sentence: str) -> Duty | None:
    """A procedure's step after its time limit: at a clause start (after a comma or the "thì"
    of its consequence), a body's own name (capitalised, not bare heads) and a verb of its
    own, any verb ("cấp", "đổi", "ra quyết định"), a licensing act the name read takes in
    included (V.LICENSING_ACTS); not when its clause is passive ("được cấp")."""
    for m in _RE_STEP_START.finditer(sentence):
        if not sentence[m.end():m.end() + 1].isupper() or _name_before(sentence, m.start(), _RE_EVENT_OF):
            continue
        step = sentence[m.end():]
        run = read_names(step)
        act = _RE_LICENSING_END.search(step[:run.end].rstrip()) if run and len(run.names) == 1 else None
        duty = _duty(step, (step[:act.start()],), act.start(), leading=True) if act else named_subject(step)
        if duty and not any(heads_only(a) for a in duty.assignees) and not _RE_GRANTED.search(_verb_window(duty)):
            return duty
    return None


def _opens_members(sentence: str, label: re.Match[str]) -> bool:
    """ "Bộ trưởng các Bộ: Xây dựng, Ngoại giao, ...": a plural label whose colon opens the
    list of its members, the names running on past it; no label."""
    return bool(_RE_PLURAL.search(label.group(1))) and _names_past(sentence, label.end())


def _names_past(sentence: str, pos: int) -> bool:
    """Whether the names the sentence opens with run on past `pos`."""
    run = read_names(sentence)
    return run is not None and run.end > pos


def responsible_after(sentence: str) -> Duty | None:
    """ "Trường hợp nhận được thông báo ... thì Trung tâm, Chi nhánh có trách nhiệm cử người
    ...": after the consequence of a condition, a body that a rule gives a responsibility in
    words holds that duty; not one a rule only says what it does ("thì cơ quan thuế cấp
    hóa đơn ..."). With no consequence word, after an opening clause ("Khi lấy lời khai
    lần đầu ..., cơ quan, người có thẩm quyền tiến hành tố tụng có trách nhiệm chuyển
    ..."), the body is found by its position: the first clause start from which a subject
    runs to a responsibility, whatever words and commas the opening clause holds."""
    consequence = _RE_CONSEQUENCE.search(sentence)
    if consequence:
        starts = [consequence.end() + 1]
    elif _RE_OPENING_CLAUSE.match(sentence):
        starts = [m.end() for m in _RE_CLAUSE.finditer(sentence)]
    else:
        return None
    for start in starts:
        subject = _subject(sentence, start)
        if subject and _RE_RESPONSIBLE.match(subject.action):
            return subject
    return None


def _name_before(sentence: str, comma: int, owner: re.Pattern[str] = _RE_OWNER_OF) -> bool:
    """Whether a name that qualifies a noun ("của X") ends at `comma`: the name after it
    is one more of that list ("thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi
    trường, UBND cấp xã thực hiện ..."), not the subject of a clause; after the object of
    a verb it may be ("... báo cáo Cục Cảnh sát giao thông, Phòng Cảnh sát giao thông báo
    cáo Giám đốc Công an cấp tỉnh"). `owner` is what stands before the name: "của", or the day
    of an event a time limit counts from ("kể từ ngày Hội đồng quản trị, Hội đồng thành viên
    hoặc Đại hội đồng cổ đông thông qua ...": the event's actors, not the limit's subject)."""
    for m in _RE_WORD_START.finditer(sentence, max(0, comma - _NAME_REACH), comma):
        if not (m.group(0).isupper() and owner.search(sentence, max(0, m.start() - _OWNER_REACH), m.start())):
            continue
        run = read_names(sentence, m.start())
        if run and run.end >= comma - 1 and not sentence[run.end:comma].strip():
            return True
    return False


def _opening_agent(sentence: str, verb: int) -> NameRun | None:
    """A person named by what they do who opens the sentence before its asking or assigning verb at `verb` ("Người ra
    quyết định thanh tra xem xét báo cáo kết quả thanh tra, yêu cầu Trưởng đoàn thanh tra làm rõ ..."): the step is
    that person's, not the work of whom it asks."""
    run = shaped_name(sentence, 0)
    if run is None or not agent_named(run.names[0]) or run.end > verb:
        return None
    # "Người ... hiện đang hưởng ... thì đề nghị các Bộ ...": the person is the subject of a condition
    return None if _RE_CONSEQUENCE.search(sentence, run.end, verb) else run


def _assigns(sentence: str, verb: int) -> bool:
    """Whether the assigning verb at `verb` assigns: not narrated ("đã giao"), not joined to
    another verb ("Yêu cầu và đôn đốc ..."), not passive ("do Nhà nước giao cho ..."), not
    the name of a paper ("hồ sơ đề nghị cơ quan ... cấp giấy phép"), not a part of a verb of its own ("bàn giao cho
    cơ quan có thẩm quyền xử lý": hands a thing over), not inside the list of what a thing holds
    ("Hồ sơ đề nghị cấp gồm: Văn bản ... kèm theo danh sách cán bộ, chiến sĩ đề nghị Cục ... cấp ...")."""
    return not (_RE_NARRATED.search(sentence[max(0, verb - 12):verb]) or _RE_COORD_ASSIGN.match(sentence, verb)
                or _RE_HANDING_OVER.search(sentence[max(0, verb - 8):verb])
                or _RE_ACTED_BEFORE.search(sentence, max(0, verb - _ACTED_REACH), verb)
                or _passive(sentence, verb) or _RE_PAPER.search(sentence, max(0, verb - _PAPER_REACH), verb)
                or _RE_CONTENTS.match(sentence, 0, verb) is not None)


def _passive(sentence: str, verb: int) -> bool:
    """ "tài sản do Nhà nước giao cho doanh nghiệp ...": the verb at `verb` has its agent
    named just before it, after "do", "bởi" or "được", or after the work it qualifies ("nhiệm
    vụ Chính phủ giao cho ..."); it describes a thing, it assigns nothing."""
    for m in _RE_PASSIVE_AGENT.finditer(sentence, max(0, verb - _AGENT_REACH), verb):
        run = read_names(sentence, m.end()) or shaped_name(sentence, m.end(), capital=True)
        if run and not sentence[run.end:verb].strip() and not sentence[:verb].rstrip().endswith(","):
            return True  # (a comma before the verb ends a clause: "... nhiệm vụ CCHC, yêu cầu X ...")
    return False


def agent_duty(sentence: str) -> Duty | None:
    """ "Hội nghị hiệp thương lần thứ nhất ở trung ương do Đoàn Chủ tịch ... triệu tập, chủ
    trì ...": the agent of a passive verb the text requires (convening, chairing) is the
    body that acts; its action is those verbs on the thing the sentence is about. An agent
    named before its responsibility ("Các biểu mẫu ... do Cục Cảnh sát giao thông chịu
    trách nhiệm đặt in ...") holds it. Not for other verbs, whose agent describes a thing
    ("tài sản do Nhà nước giao")."""
    for m in _RE_AGENT.finditer(sentence):
        run = read_names(sentence, m.end()) or shaped_name(sentence, m.end(), capital=True)
        if run and _RE_RESPONSIBLE.match(sentence[run.end:].lstrip()) and not _quoted(sentence, m.start()):
            # "Các biểu mẫu ... do Cục Cảnh sát giao thông chịu trách nhiệm đặt in ...": the agent's responsibility
            return _duty(sentence, run.names, run.end, leading=True)
        acts = _RE_AGENT_DUTY.match(sentence, run.end) if run else None
        thing = sentence[:m.start()].strip(" ,")
        if acts and _RE_REFERRED_NEXT.match(sentence, acts.end()):
            continue  # "Danh mục ... thông tư do Bộ X chủ trì soạn thảo thực hiện theo Phụ lục I ...": the agent's
            # clause qualifies a noun inside the subject, whose own predicate refers the reader elsewhere
        if acts and thing and not _quoted(sentence, m.start()):
            action = f"{acts.group('verbs')} {thing[:1].lower()}{thing[1:]}"
            return Duty(assignees=run.names, action=action, coordinators=coordinators(sentence[run.end:acts.end()]),
                        report_to=None)
    return None


def _quoted(sentence: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation: what another text said, not this one's duty."""
    before = sentence[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _scope_label(sentence: str) -> Duty | None:
    """ "2. Trách nhiệm của cơ quan hải quan khi phối hợp với các cơ quan hữu quan: Hỗ trợ lực lượng, ...": a title of
    duties as the item's label names who acts in the action after it, a sentence of its own ("...: thực hiện theo
    quy định tại Điều 59 Luật hải quan" refers the reader to a law)."""
    label = _RE_SCOPE_LABEL.match(sentence)
    names = scope_names(label.group(1), subjects=False) if label else ()
    action = _label_action(sentence, label.end()) if names and sentence[label.end():label.end() + 1].isupper() else None
    return None if action is None else _duty(sentence, names, action, leading=True)


def _label_action(sentence: str, pos: int) -> int | None:
    """Where the action after a label starts: right after it ("Cục Thuế tỉnh: Chủ trì
    ..."), or past a basis or an aside the label's bodies act on ("Sở Kế hoạch và Đầu tư,
    Sở Tài chính: Trên cơ sở đề xuất của ..., tổng hợp trình ...", "Sở Thông tin và
    Truyền thông: Theo chức năng, nhiệm vụ của mình có trách nhiệm phối hợp ..."), or at the
    responsibility a time or case opens to."""
    if _RE_ACTION.match(sentence, pos):
        return pos
    aside = _RE_ASIDE.match(sentence, pos)
    if aside:
        return aside.end()
    word = _RE_LOWER_WORD.match(sentence, pos)
    if word and word.group(1).islower() and not _RE_NOT_ACT.fullmatch(word.group(1)) \
            and reads_whole(sentence[:pos].rstrip(" :")):
        return pos  # "Ủy ban nhân dân cấp xã: đầu tư, hoàn thiện ...": after a label of names alone, a lower-case verb
    rest = sentence[pos:]
    action = acting_clause(rest) if is_basis(rest) else None
    if action:
        return pos + len(rest) - len(action)
    if not _RE_OPENING_CLAUSE.match(rest):
        return None
    # "Ủy ban nhân dân xã, ...: Khi nhận được hồ sơ ..., trong thời hạn không quá 15 ngày làm việc ... có trách
    # nhiệm:": its time, then the label's own responsibility; "Ủy ban nhân dân tỉnh: Trong thời hạn ..., Ủy ban nhân
    # dân tỉnh ký quyết định ...": its time, then the label's name again and what it does
    held = _RE_RESPONSIBLE.search(rest)
    label = re.compile(_phrase(sentence[:pos].rstrip(" :")) + r"\s+", _F)
    again = next((named.end() for m in _RE_CLAUSE.finditer(rest) if (named := label.match(rest, m.end()))), None)
    found = [at for at in (held.start() if held else None, again) if at is not None]
    return pos + min(found) if found else None


def _labelled(sentence: str, label: re.Match[str], action: int) -> Duty:
    """The label names the assignees: all of it, split where its names split."""
    run = _label_names(label.group(1))
    whole = run is not None and not label.group(1)[run.end:].strip()
    names = run.names if whole and run else (" ".join(label.group(1).split()),)
    return _duty(sentence, names, action, leading=True)


def _opens_name(sentence: str, pos: int) -> bool:
    """A subject after a comma opens with a capital or a determiner; in lower case it
    may follow only the comma of an opening clause ("Trường hợp ..., doanh nghiệp gửi
    ..."), and then not as a bare head ("đơn vị")."""
    return sentence[pos:pos + 1].isupper() or bool(_RE_DETERMINER.match(sentence, pos)
                                                   or _RE_DELEGATE.match(sentence, pos))


def _delegate(sentence: str, pos: int) -> Duty | None:
    """ "Đối với hội nghị ..., đại diện Ủy ban Thường vụ Quốc hội trình bày dự kiến ...": a
    delegate and the bodies it speaks for is one actor, up to its verb; not when what
    follows is narrated, a right or a rule ("Đại diện ... được mời dự")."""
    m = _RE_DELEGATE.match(sentence, pos)
    if m is None or _RE_LISTS.search(sentence, 0, pos):
        return None  # "thành phần dự hội nghị gồm ..., đại diện lãnh đạo ...": who attends, a list
    names: list[str] = []
    for part in " ".join(m.group(0).split()).split(", "):
        if names and (head_only(part) or _RE_LEVEL_PART.match(part)):
            names[-1] += f", {part}"  # "cơ quan, tổ chức, đơn vị", "cấp tỉnh, cấp xã": one name
        else:
            names.append(part)  # "..., chỉ huy đơn vị vũ trang nhân dân": one more
    duty = _duty(sentence, tuple(names), m.end(), leading=pos == 0)
    window = _verb_window(duty)
    if _RE_PAST.match(window) or _RE_GRANTED.match(window) or _RE_MODAL.match(window):
        return None
    return duty


def _takes_step(sentence: str, run: NameRun) -> bool:
    """ "Cơ quan bảo hiểm xã hội lập danh sách ...": after a body's own name (capitalised, more than a bare head,
    which takes the verb into its name: "cơ quan lập quy hoạch", "Bộ phận Một cửa, cơ quan tiếp nhận hồ sơ"), a
    procedure's step."""
    last = run.names[-1].rsplit(",", 1)[-1].strip()
    return bool(_RE_PROCEDURE_STEP.match(sentence, run.end)) and last[:1].isupper() and not head_only(last) \
        and not _RE_INFORMING_CLOSE.search(sentence, run.end)  # "Cục Thuế có ý kiến để X được biết./.": a reply


def _organises(sentence: str, end: int) -> bool:
    """ "Sở Y tế tổ chức kiểm tra ...": after a name, a head that is also a verb (N.AMBIGUOUS_HEADS), which
    the name did not take in, used as a verb."""
    at = _RE_SPACE.match(sentence, end).end()
    return bool(_RE_AMBIGUOUS.match(sentence, at)) and not is_noun_head(sentence, at)


def _subject(sentence: str, pos: int, *, opened: bool = False) -> Duty | None:
    """The duty of the name at `pos`: the sentence's start, or a clause's after the sentence `opened` with its basis,
    condition or time ("Căn cứ ..., Hội Chữ thập đỏ Việt Nam lập dự toán ...")."""
    if _RE_DELEGATE.match(sentence, pos):
        return _delegate(sentence, pos)
    run = read_names(sentence, pos)
    if not run:  # past an opener, a capitalised name by its shape ("Căn cứ ..., Nhà cung cấp eContract có trách nhiệm")
        # (or past it, a person named by what they do in lower case: "Trong thời gian ..., chủ cơ sở phải giảm ...")
        run = _shaped_subject(sentence, pos, opened=opened)
        duty = _RE_SUBJECT_DUTY if run and run.determined else _RE_STRONG
        if run and (duty.match(sentence, run.end) or (agent_named(run.names[0])
                                                      and _RE_OBLIGED_ANY.match(sentence, run.end)
                                                      and not _RE_ENTITLEMENT.search(sentence, run.end))):
            # "Các cơ sở giáo dục có trách nhiệm ...", "Người làm công tác dược lâm sàng phải thực hiện ...": a person
            # named by what they do must do it; not one who had to ("Người lao động phải về nước trước hạn ... có nhu
            # cầu ..., được hỗ trợ ...": what they are given)
            return _duty(sentence, run.names, run.end, leading=True)
        qualified = _qualified_duty(sentence, pos, run, leading=True) if run else None
        if qualified:  # "Cơ sở giáo dục trực tiếp nhận gạo hỗ trợ có trách nhiệm ...": the words up to a responsibility
            return qualified  # say which
        qualifier = _RE_QUALIFIED_OBLIGED.match(sentence, run.end) if run else None
        if qualifier and not _RE_OWN_CLAUSE.search(qualifier.group("what")) \
                and not _RE_MEETS_CRITERIA.match(sentence, qualifier.end("what")):
            # "Cơ sở khám bệnh, chữa bệnh có từ 200 giường bệnh trở lên phải bố trí ...": what the body has, or where
            # it is, qualifies it
            return _duty(sentence, _last_qualified(run.names, qualifier.group("what")), qualifier.end("what"),
                         leading=True)
        return None
    qualified = _RE_QUALIFIER.match(sentence, run.end) if len(run.names) == 1 and heads_only(run.names[0]) else None
    if qualified and _qualifies(qualified.group(0)):
        # "Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm ...": a generic head qualified by a verb phrase;
        # "... được thu các chi phí": what it may do, no duty
        if _RE_ENTITLED.match(sentence, qualified.end()) or _RE_PASSIVE.match(sentence, qualified.end()):
            return None  # "... phải được kiểm tra": a rule on a thing
        name = _name_between(sentence, pos, qualified.end())
        return _duty(sentence, _alternatives(name) or (name,), qualified.end(), leading=pos == 0)
    rest = sentence[run.end:]
    aside = _RE_ASIDE.match(rest)  # "UBND các xã căn cứ chức năng, nhiệm vụ được giao chịu trách nhiệm ..."
    if aside:
        return _duty(sentence, run.names, run.end + aside.end(), leading=pos == 0)
    if _RE_SENT_PAPER.match(rest):
        return None  # "Cục Thuế có công văn số 3316/CT-CS về việc ...": a paper it has sent, told of
    if _RE_SUBJECT_DUTY.match(rest) or _organises(sentence, run.end) \
            or ((pos == 0 or opened) and _takes_step(sentence, run)):
        duty = _duty(sentence, run.names, run.end, leading=pos == 0)
        return None if _given(duty) or _defines(duty) else duty
    set_off = _RE_SET_OFF_DUTY.match(rest)  # "Cơ quan đại diện ngoại giao ở nước ngoài, có trách nhiệm chỉ đạo ..."
    if set_off:
        return _duty(sentence, run.names, run.end + set_off.end("comma"), leading=pos == 0)
    timed = _time_aside(rest)  # "Cục Chính trị quân khu, trong thời hạn 10 ngày làm việc, ..., hoàn thành ..."
    if timed is not None:
        return _duty(sentence, run.names, run.end + timed, leading=pos == 0)
    execution = _RE_EXECUTION.match(rest) if len(run.names) > 1 else None
    if execution:
        return _duty(sentence, run.names, run.end + execution.end(), leading=pos == 0)
    if rest.lstrip().startswith(":") and _RE_ACTION.match(rest.lstrip()[1:]):
        return _duty(sentence, run.names, run.end + rest.index(":") + 1, leading=pos == 0)
    last = _RE_LAST_MEMBER.match(sentence, run.end)
    member = bool(last or _RE_ENDS_JOINED.search(sentence[run.start:run.end]))
    at = last.end() if last else run.end
    listed = len(run.names) > 1 and not member and run.names[-1][:1].islower()
    run_on = _RE_RUN_ON.match(sentence, at) if pos == 0 and (len(run.names) == 1 or member or listed) else None
    if run_on and run_on.group(0).islower() and not _RE_ACTION_ANY.search(run_on.group(0)) \
            and not _RE_STOP_ANY.search(run_on.group(0)) and not _RE_OWN_CLAUSE.search(run_on.group(0)):
        # "Cơ quan chủ quản dữ liệu, nền tảng, hệ thống thông tin chủ trì ...": the name the lexicon stops short of
        # runs on, in words that state no action nor open a clause ("giao ..."), to a duty only a body takes; after
        # "và", one more member of the list ("Đài Truyền hình Việt Nam, ... và hệ thống các cơ quan báo chí phối hợp");
        # the last of a list, in lower case ("Ngân hàng Nhà nước Việt Nam, các tổ chức tín dụng có trách nhiệm ...")
        words = " ".join(run_on.group(0).split())
        if member:
            names = run.names + (words,)
        elif listed:
            names = run.names[:-1] + (f"{run.names[-1]} {words}",)
        else:  # holders joined by "hoặc" are one name each ("Người sử dụng lao động hoặc tổ chức dịch vụ việc làm")
            phrase = " ".join(sentence[:run_on.end()].split())
            names = _alternatives(phrase) or (phrase,)
        return _duty(sentence, names, run_on.end(), leading=True)
    qualified = _qualified_duty(sentence, pos, run, leading=pos == 0)
    if qualified:
        return qualified
    place = _RE_PLACE_CLAUSE.match(rest)
    if place:  # "Trưởng Công an cấp xã nơi cư trú mới thực hiện ...": the place says which of its kind acts
        return _duty(sentence, _last_qualified(run.names, place.group("where")), run.end + place.end("where"),
                     leading=pos == 0)
    return None


def _shaped_subject(sentence: str, pos: int, *, opened: bool) -> NameRun | None:
    """A subject the lexicon does not know, by its shape: at the sentence's start any; past an opener, a person named
    by what they do, a capitalised name, or one in lower case that a determiner opens (`_determined`)."""
    if pos == 0 or (opened and agent_named(sentence[pos:])):
        return shaped_name(sentence, pos)
    if not opened:
        return None
    return shaped_name(sentence, pos, capital=True) or _determined(sentence, shaped_name(sentence, pos))


def _determined(sentence: str, run: NameRun | None) -> NameRun | None:
    """A shaped name in lower case when a determiner or a collective opens it ("Căn cứ mức trần tại Nghị quyết, các cơ
    sở giáo dục có trách nhiệm ..."): past an opener, the clause's subject; None else, and where its verb states what
    it attains ("Sau khi được hỗ trợ, các hộ xây dựng được nhà ở mới ..."), a condition, no duty."""
    return run if run and run.determined and not _RE_ATTAINED.match(sentence, run.end) else None


def _last_qualified(names: tuple[str, ...], words: str) -> tuple[str, ...]:
    """The names with the last one going on with the words that say which of its kind it is ("Trưởng Công an cấp xã"
    and "nơi cư trú mới"), their white space made single."""
    return (*names[:-1], f"{names[-1]} {' '.join(words.split())}")


def _name_between(sentence: str, start: int, end: int) -> str:
    """A name read by its position, its white space single, without a closing reference to the text itself ("... tại
    khoản 4 Điều này")."""
    return _RE_SELF_REFERENCE.sub("", " ".join(sentence[start:end].split()))


def _topic_of_condition(duty: Duty) -> bool:
    """ "Doanh nghiệp mới thành lập hoặc mới đi vào hoạt động thì mức tiền lương ... được xác định ...": the name and
    its verbs are a condition ("thì" in the first clause), and its consequence opens with no act or duty of the name's
    own (another subject, a rule): no duty; "... thì phải báo cáo ..." keeps it."""
    clause = _first_clause(duty)
    then = _RE_CONSEQUENCE.search(clause)
    if then is None:
        return False
    rest = clause[then.end():]
    return not (_RE_ACTION.match(rest) or _must_act(rest) or _RE_MODAL.match(rest.lstrip()))


def _given(duty: Duty) -> bool:
    """ "Người đứng đầu ..., cán bộ ... tham gia xây dựng, ban hành Nghị quyết này được xem xét loại trừ ... trách
    nhiệm": in the action's first clause, a noun phrase closed ("... này") or "sẽ", then "được", before any word only a
    duty takes: the verb read qualifies the name, the sentence's predicate is what its subject is given."""
    clause = _RE_NOTES.sub("", _first_clause(duty))  # not an editor's note ("[Khoản này được ...]")
    given = _RE_GIVEN_PREDICATE.search(clause)
    return given is not None and not _RE_STRONG_ANY.search(clause, 0, given.start())


def _defines(duty: Duty) -> bool:
    """ "Cơ quan chuyên môn tham mưu ... thuộc Ủy ban nhân dân cấp tỉnh là cơ quan thẩm định đối với ...": in the
    action's first clause the copula, and after it no word only a duty takes: the sentence says what its subject is
    (a role the text gives it), no work; "Sở X là cơ quan thường trực, có trách nhiệm ..." goes on with one."""
    clause = _first_clause(duty)
    copula = _RE_DEFINING.search(clause)
    if copula is None or "(" in clause[:copula.start()] or _RE_GRANTED.search(clause, 0, copula.start()):
        return False  # "(sau đây gọi là ...)", "đã được công nhận là ...": a name given, not what the subject is
    return not any(rx.search(duty.action, copula.end()) for rx in (_RE_STRONG_ANY, _RE_OBLIGED_ANY, _RE_RESPONSIBLE))


def _qualified_duty(sentence: str, pos: int, run: NameRun, *, leading: bool) -> Duty | None:
    """The duty of a single name the lexicon or its shape stops short of, named by all of its clause up to a
    responsibility (`_qualified_responsible`), without a closing reference to the text itself ("... tại khoản 4 Điều
    này"), which names no one more closely."""
    end = _qualified_responsible(sentence, run) if len(run.names) == 1 else None
    return None if end is None else _duty(sentence, (_name_between(sentence, pos, end),), end, leading=leading)


def _qualified_responsible(sentence: str, run: NameRun) -> int | None:
    """Where a name the lexicon stops short of ends, when all of its clause up to a
    responsibility qualifies it ("Cơ quan quản lý đào tạo, sát hạch, cấp Giấy phép lái xe có
    trách nhiệm ...": verbs of what the body does; "Trung tâm sát hạch lái xe trong Công an
    nhân dân ...": the body it belongs to; "cơ quan có thẩm quyền quy định tại khoản 4 Điều
    này có trách nhiệm ...": the provision that says which): no word there opens a clause of
    its own (an assigning or lead verb, a modal, narration, a condition), and a stop word
    ("trong", "theo", "tại") is followed by a name or the part of a text it cites, not by
    the words of an aside ("trong phạm vi ...")."""
    m = _RE_QUALIFIED_RESPONSIBLE.match(sentence, run.end)
    if m is None or _RE_OWN_CLAUSE.search(m.group(0)) or _quoted(sentence, m.end()):
        return None
    for stop in _RE_STOP_ANY.finditer(sentence, run.end, m.end()):
        if not sentence[stop.end():].lstrip()[:1].isupper() and stop.group(0).lower() != _HAVING \
                and not _RE_PART_CITED.match(sentence, stop.end()):
            return None
    return m.end()


def _qualifies(words: str) -> bool:
    """A qualifier is in lower case, with no word that ends a name ("nếu", "để", "đã"), up to a
    reference it may end with ("theo Phụ lục III") or what the thing it names belongs to
    ("... công cụ cho công nghiệp bán dẫn thuộc Danh mục quy định tại Phụ lục")."""
    ref = _RE_REFERENCE.search(words)
    head = words[:ref.start() if ref else len(words)]
    owner = next((m for m in _RE_CONTINUER.finditer(head) if head[m.end():m.end() + 1].isupper()), None)
    head = head[:owner.start()] if owner else head
    return head.islower() and not _RE_STOP_ANY.search(head)


def _duty(sentence: str, names: tuple[str, ...], end: int, *, leading: bool) -> Duty:
    action = sentence[end:].strip(" ,:;")
    return Duty(assignees=names, action=action, coordinators=coordinators(action), report_to=report_to(action),
                leading=leading)


def refers_only(action: str) -> bool:
    """ "Thực hiện theo quy định tại điểm c khoản 1 Điều này;": an action that only refers to another provision of a
    text, where what is to be done is stated, or to other work ("Thực hiện các nhiệm vụ khác do ... giao"); no duty of
    its own."""
    referral = _RE_REFERRAL.match(action)
    # "... và báo cáo ...": more than the referral; an aside on the text referred to ("(được sửa đổi ...)") is none
    if referral is not None and not _RE_ACTION_ANY.search(_RE_NOTES.sub("", referral.group("where"))):
        return True
    # "Thực hiện các nhiệm vụ khác theo phân công của Chủ tịch Hội đồng": other work, wherever it is stated; not "...
    # theo quy định của pháp luật hoặc phối hợp với chính quyền địa phương cấp xã thực hiện ...", which goes on
    other = _RE_CATCH_ALL.match(action)
    return other is not None and not _RE_FURTHER_WORK.search(other.group("rest"))


def says_no_work(action: str) -> bool:
    """ "có trách nhiệm", "thực hiện.", "quyết định.": an action that is a duty's word alone (V.BARE_DUTIES), no
    work named."""
    return _RE_BARE_DUTY.fullmatch(action.strip(" .,;:")) is not None


def roles_only(action: str) -> bool:
    """ "chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)": an action that only
    says who leads and who helps, no work: the line over the work (its colon lost), no task of its own."""
    roles = _RE_ROLES.match(action)
    if not roles:
        return False
    run = read_names(action, roles.end())
    return run is not None and not _RE_ASIDES.sub("", action[run.end:]).strip(" .,;:")


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
