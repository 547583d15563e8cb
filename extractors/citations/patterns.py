"""Compiled regexes built from the data tables in `extractors.data.citation_patterns`."""
from __future__ import annotations

import re
from collections.abc import Mapping

from extractors.data import citation_patterns as P
from extractors.data import doc_types
from extractors.regexes import alternation, whole_words


def _keyed(table: Mapping[str, str]) -> re.Pattern[str]:
    """A case-insensitive matcher of a phrase table's keys, whole words only."""
    return re.compile(whole_words(table), re.IGNORECASE)


ALL_TYPE_WORDS = doc_types.type_names() + P.EXTRA_TYPE_WORDS

# A cited document's number, party form first (its serial is followed by "-").
NUMBER = re.compile(rf"{P.PARTY_NUMBER}|{P.STATE_NUMBER}")
NUMBER_PRESCAN = re.compile(P.NUMBER_PRESCAN)
CODE_SPLIT = re.compile(r"\s*[-/]\s*")
TRAILING_YEAR = re.compile(rf"\s*/\s*{P.YEAR}\Z")
WHITE = re.compile(r"\s+")
HOMOGLYPHS = str.maketrans(P.HOMOGLYPHS)

# Any type word, any case ("Quyết định", "quyết định", "QUYẾT ĐỊNH").
TYPE_WORD = re.compile(whole_words(ALL_TYPE_WORDS), re.IGNORECASE)
# What may stand between a type word and its number: a few name words
# ("Kế hoạch kiểm tra", "Luật Quản lý thuế"), then "số", a colon.
HEAD_TAIL = re.compile(
    r"(?:[ \t\n]+[^\s;.,:\d()\"“”]+){0,10}?[ \t\n]*:?[ \t\n]*"
    rf"(?:{P.NUMBER_WORD}[ \t\n]*:?[ \t\n]*)?")
# Up to the last character neither tail may hold (a digit, a clause's punctuation): a
# type word before it cannot name the number, so the head is looked for after it.
# Matched, not searched: the greedy ".*" steps back from the end to that character.
HEAD_TAIL_BREAK = re.compile(r"(?s:.*)[\d;.,()\"“”]")
# A type word printed in lower case names the number only right before it ("theo
# công văn số"): inside a sentence it is mostly a common noun ("văn bản quy phạm pháp
# luật và số ...").
HEAD_DIRECT = re.compile(rf"[ \t\n]*:?[ \t\n]*(?:{P.NUMBER_WORD}[ \t\n]*:?[ \t\n]*)?")
# Between two members of a list sharing one type word: ", số", "; và", "và số".
LIST_GAP = re.compile(rf"[ \t\n]*[,;]?[ \t\n]*(?:và|hoặc)?[ \t\n]*(?:{P.NUMBER_WORD})?[ \t\n]*:?[ \t\n]*")

DATE_AFTER = re.compile(P.DATE_AFTER)
DATE_BEFORE = re.compile(P.DATE_BEFORE)
DATE_BEFORE_GAP = re.compile(P.DATE_BEFORE_GAP)
# A body printed before the citation and the verb joining them, up to the type word.
BODY_BEFORE = re.compile(
    rf"(?<!\w)(?P<body>(?:{alternation(P.BODY_HEADS)})(?:[ \t\n]+[^\s\d;.,:()]+){{0,14}}?)"
    rf"[ \t\n]+(?:{alternation(P.BODY_BEFORE_VERBS)})[ \t\n]+(?:các[ \t\n]+)?\Z")
# The same verbs after a body: the body then belongs to the citation that follows.
VERB_THEN_TYPE = re.compile(rf"[ \t\n]+(?:{alternation(P.BODY_BEFORE_VERBS)})[ \t\n]+(?:các[ \t\n]+)?"
                            rf"(?:{alternation(ALL_TYPE_WORDS)})[ \t\n]+{P.NUMBER_WORD}(?!\w)", re.IGNORECASE)
OF = re.compile(r"[ \t\n]*,?[ \t\n]*của[ \t\n]+")
BODY_TOKEN = re.compile(r"\S+")
SUBJECT_LEAD = re.compile(P.SUBJECT_LEAD)
SUBJECT_END = re.compile(P.SUBJECT_END)
OWN_NUMBER_LINE = re.compile(P.OWN_NUMBER_LINE)
OWN_NUMBER = re.compile(rf"(?<!\w)(?:Số|SỐ)[ \t]*:\s*(?:{P.PARTY_NUMBER}|{P.STATE_NUMBER})")
NOT_A_DOCUMENT_BEFORE = re.compile(P.NOT_A_DOCUMENT_BEFORE)
PARENTHESIS = re.compile(P.PARENTHESIS)
ISSUER_CODE_TYPES = tuple((re.compile(rf"{code}\Z"), name) for code, name in P.ISSUER_CODE_TYPES)

# A short later mention ("Kết luận số 04") or a named document ("Đề án 06").
SHORT_SERIAL = re.compile(P.SHORT_MENTION)
SHORT_HEAD = re.compile(rf"(?P<type>{whole_words(ALL_TYPE_WORDS)})"
                        rf"(?P<so>[ \t\n]+{P.NUMBER_WORD})?[ \t\n]+\Z", re.IGNORECASE)
# Last words a short mention's head can end with: "số" or a type word's last syllable.
SHORT_HEAD_LAST = frozenset(w.split()[-1].casefold() for w in (*ALL_TYPE_WORDS, "số"))
# The same pre-scan read right to left, in the reversed text: a digit, white space,
# one of those words (a whole word: a head's last word follows white space or
# punctuation). Opening with the digit, the regex engine skips from digit to digit
# instead of trying every word at every character.
REVERSED_SERIAL_AFTER_HEAD = re.compile(
    rf"\d[ \t\n]+(?i:{'|'.join(re.escape(w[::-1]) for w in sorted(SHORT_HEAD_LAST))})(?!\w)")
YEAR_LIKE = re.compile(P.YEAR_LIKE + r"\Z")
UNIT_AFTER = re.compile(rf"[ \t\n]+(?:{alternation(P.UNIT_WORDS)})(?!\w)", re.IGNORECASE)
# A law named by its title: "Luật Ban hành văn bản quy phạm pháp luật".
NAMED = re.compile(rf"(?<!\w)(?P<type>{alternation(P.NAMED_TYPE_WORDS)})[ \t]+(?=\w)")
NAME_TOKEN = BODY_TOKEN
YEAR_AFTER = re.compile(r"[ \t\n]*,?[ \t\n]*(?:năm[ \t\n]+)(?P<y>(?:19|20)\d\d)(?!\d)")

RELATION = _keyed({**P.RELATION_WORDS, **dict.fromkeys(P.RELATION_NOT)})
RELATION_AFTER = re.compile(rf"[ \t\n]*,?[ \t\n]*(?:đã[ \t\n]+)?(?P<w>{alternation(P.RELATION_AFTER)})(?!\w)",
                            re.IGNORECASE)
LINK_VERB = _keyed(P.LINK_VERBS)
LINK_BLOCKER = _keyed(dict.fromkeys(P.LINK_BLOCKERS, ""))
# A relation verb in the passive describes what another document did ("được sửa đổi,
# bổ sung tại Nghị định số ..."): it is not the citing document's relation.
PASSIVE_CHAIN = re.compile(rf"(?:{alternation(P.PASSIVE_MARKERS)})[ \t\n]+(?:đã[ \t\n]+)?"
                           rf"(?:(?:{alternation(P.LINK_VERBS)})[ \t\n]*,?[ \t\n]*)*\Z", re.IGNORECASE)
DESCRIPTION = re.compile(P.DESCRIPTION_START, re.IGNORECASE)
# A clause that opens with a document: the next item of a list.
LIST_CLAUSE = re.compile(rf"[ \t\n]*(?:-[ \t]*)?(?:các[ \t\n]+)?(?:{alternation(ALL_TYPE_WORDS)})(?!\w)", re.IGNORECASE)
PASSIVE = re.compile(rf"(?:{alternation(P.PASSIVE_MARKERS)})[ \t\n]+(?:(?:đã|sẽ)[ \t\n]+)?\Z", re.IGNORECASE)
CLAUSE_BREAK = re.compile(P.CLAUSE_BREAK)
# Matched, not searched: up to the last character no clause break can hold.
BREAK_FREE = re.compile(rf"(?s:.*)[^{P.CLAUSE_BREAK_CHARS}]")
