"""Full-text search over stored documents, diacritics folded.

One index row per stored document, with four columns: number, subject, issuer,
body. Every column holds the text *folded* (lower case, tone marks and other
diacritics removed, đ -> d) as space-separated words, so `cai cach hanh chinh`
finds `cải cách hành chính` and both engines see the same tokens. A query is
folded the same way: its words are one phrase (`ke hoach` finds "kế hoạch", not
"kể từ ... quy hoạch"; commas or semicolons separate phrases that must all
match), the last word is a prefix. Body-name abbreviations are spelled out on both
sides (extractors.data.agencies.ABBREVIATIONS): the issuer column holds the name as printed
and spelled out, and a phrase with an abbreviation also matches its spelled-out
form, so `UBND tỉnh Lai Châu` finds "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" in any field. Snippets are cut from the original text around
the first match of a tone-insensitive pattern built from the query words.

SQLite keeps the index in an FTS5 virtual table ranked by bm25; PostgreSQL in a
table with a weighted `tsvector` (number A, subject B, issuer C, body D) and a
GIN index. Both are created with the schema (an `after_create` listener on the
tables' metadata; on a store made before the index, it is filled from the stored
documents then), and kept in sync by `index_document` / `unindex_document`,
which corpus.store and service.lifecycle call; `vanban reindex` rebuilds it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import defer
from sqlmodel import Session, SQLModel, select

from corpus.identity import number_key
from extractors.data.agencies import ABBREVIATIONS
from models.tables import Document

Field = Literal["all", "number", "subject", "issuer", "text"]
FIELDS: tuple[Field, ...] = ("all", "number", "subject", "issuer", "text")
MAX_QUERY_CHARS = 300
_COLUMNS = {"number": "number", "subject": "subject", "issuer": "issuer", "text": "body"}
_PG_WEIGHTS = {"number": "A", "subject": "B", "issuer": "C", "text": "D"}
_SQLITE_BM25 = "bm25(document_search, 10.0, 5.0, 3.0, 1.0)"  # number > subject > issuer > body
_SNIPPET_CHARS = 220
_WORD = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")
_PHRASE_BREAKS = re.compile(r"[,;]")
_SNIPPET_EDGE = 30  # how far a snippet's edge moves to reach a space, so no word is cut

_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS document_search "
    "USING fts5(number, subject, issuer, body, tokenize='unicode61 remove_diacritics 2')",
)
_PG_DDL = (
    """CREATE TABLE IF NOT EXISTS document_search (
        document_id integer PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
        number text, subject text, issuer text, body text,
        tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', coalesce(number, '')), 'A') ||
            setweight(to_tsvector('simple', coalesce(subject, '')), 'B') ||
            setweight(to_tsvector('simple', coalesce(issuer, '')), 'C') ||
            setweight(to_tsvector('simple', coalesce(body, '')), 'D')) STORED)""",
    "CREATE INDEX IF NOT EXISTS ix_document_search_tsv ON document_search USING gin (tsv)",
)


def _fold_table() -> dict[int, str]:
    """Latin letters with diacritics (incl. the Vietnamese block) -> bare lower-case letter."""
    table = {ord("đ"): "d", ord("Đ"): "d"}
    for cp in [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]:
        c = chr(cp)
        base = unicodedata.normalize("NFD", c)[0]
        low = base.lower()
        folded = low if len(low) == 1 else base
        if folded != c and cp not in table:
            table[cp] = folded
    return table


_FOLD = _fold_table()
_VARIANTS: dict[str, str] = {}  # folded letter -> every character that folds to it
for _cp, _folded in _FOLD.items():
    _VARIANTS[_folded] = _VARIANTS.get(_folded, _folded) + chr(_cp)


def fold(s: str) -> str:
    """NFC text folded character by character: same length, same offsets."""
    return s.translate(_FOLD)


def folded(s: str) -> str:
    """Any text, lower-case without diacritics: `Phòng Nội vụ` -> `phong noi vu`."""
    return fold(unicodedata.normalize("NFC", s))


_EXISTS = {"sqlite": "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'document_search'",
           "postgresql": "SELECT to_regclass('document_search') IS NOT NULL"}
_INSERT = {"sqlite": "INSERT INTO document_search (rowid, number, subject, issuer, body) "
                     "VALUES (:id, :number, :subject, :issuer, :body)",
           "postgresql": "INSERT INTO document_search (document_id, number, subject, issuer, body) "
                         "VALUES (:id, :number, :subject, :issuer, :body)"}
_DELETE = {"sqlite": "DELETE FROM document_search WHERE rowid = :id",
           "postgresql": "DELETE FROM document_search WHERE document_id = :id"}


def _words(s: str | None) -> str:
    """Folded words joined by spaces: both engines then see the same tokens."""
    return " ".join(_WORD.findall(fold(unicodedata.normalize("NFC", s or ""))))


_SPELLED_OUT = {key: _WORD.findall(folded(v)) for k, v in ABBREVIATIONS.items()
                if len(words := _WORD.findall(folded(k))) == 1 for key in words}


def spelled_out(words: list[str]) -> list[str]:
    """Folded words with body-name abbreviations spelled out: ubnd tinh -> uy ban nhan dan tinh."""
    return [w for word in words for w in _SPELLED_OUT.get(word, [word])]


def _issuer_words(issuer: str | None) -> str:
    """The issuer as printed and, when it differs, spelled out."""
    words = _WORD.findall(folded(issuer or ""))
    full = spelled_out(words)
    return " ".join(words + (full if full != words else []))


@dataclass(frozen=True)
class IndexEntry:
    """A document's index row without its id: its four columns as folded words."""

    number: str
    subject: str
    issuer: str
    body: str


def index_entry(number: str | None, subject: str | None, issuer: str | None, body: str | None) -> IndexEntry:
    """Pure and the costly part of indexing (folding the whole text): a batch ingest
    computes it in the extracting worker, not in its single writer."""
    return IndexEntry(_words(number), _words(subject), _issuer_words(issuer), _words(body))


def _row(doc_id: int, entry: IndexEntry) -> dict:
    return {"id": doc_id, "number": entry.number, "subject": entry.subject, "issuer": entry.issuer,
            "body": entry.body}


def _create_index(_target, connection: Connection, **_kw) -> None:
    """Create the index with the schema; on a store made before it, fill it from the stored documents."""
    dialect = connection.dialect.name
    if connection.execute(text(_EXISTS[dialect])).scalar():
        return
    for statement in _SQLITE_DDL if dialect == "sqlite" else _PG_DDL:
        connection.execute(text(statement))
    docs = connection.execute(text("SELECT id, number, subject, issuer, text FROM document WHERE NOT stub")).all()
    if docs:
        connection.execute(text(_INSERT[dialect]), [_row(i, index_entry(*d)) for i, *d in docs])


event.listen(SQLModel.metadata, "after_create", _create_index)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def unindex_document(session: Session, doc_id: int) -> None:
    session.execute(text(_DELETE[_dialect(session)]), {"id": doc_id})


def index_document(session: Session, doc: Document, entry: IndexEntry | None = None) -> None:
    """Insert the index row of a document that has none (`entry`, when already computed
    from the same fields); a stub has none. To replace a row, `unindex_document` first."""
    if not doc.stub:
        entry = entry or index_entry(doc.number, doc.subject, doc.issuer, doc.text)
        session.execute(text(_INSERT[_dialect(session)]), _row(doc.id, entry))


def reindex_all(session: Session) -> int:
    """Rebuild every index row (after an upgrade or on a store made before the index)."""
    session.execute(text("DELETE FROM document_search"))
    docs = session.exec(select(Document).where(Document.stub == False)).all()  # noqa: E712
    for doc in docs:
        index_document(session, doc)
    return len(docs)


def query_terms(q: str) -> list[list[str]]:
    """The query's phrases (split at commas and semicolons), each folded into its words."""
    chunks = (_WORD.findall(fold(unicodedata.normalize("NFC", chunk))) for chunk in _PHRASE_BREAKS.split(q))
    return [words for words in chunks if words]


def _forms(words: list[str]) -> list[list[str]]:
    """A phrase as typed and, when it holds an abbreviation, spelled out."""
    full = spelled_out(words)
    return [words, full] if full != words else [words]


def _fts5_query(terms: list[list[str]], field: Field) -> str:
    last = len(terms) - 1  # the last word may still be being typed: a prefix
    phrases = ["(" + " OR ".join('"' + " ".join(form) + '"' + ("*" if i == last else "") for form in _forms(words)) + ")"
               for i, words in enumerate(terms)]
    expr = " AND ".join(phrases)
    return expr if field == "all" else f"{{{_COLUMNS[field]}}} : ({expr})"


def _pg_query(terms: list[list[str]], field: Field) -> str:
    weight = "" if field == "all" else _PG_WEIGHTS[field]

    def lexeme(word: str, prefix: bool) -> str:
        label = ("*" if prefix else "") + weight
        return f"{word}:{label}" if label else word

    def phrase(form: list[str], prefix: bool) -> str:
        return "(" + " <-> ".join(lexeme(w, prefix and j == len(form) - 1) for j, w in enumerate(form)) + ")"

    last = len(terms) - 1
    return " & ".join("(" + " | ".join(phrase(form, i == last) for form in _forms(words)) + ")"
                      for i, words in enumerate(terms))


@dataclass(frozen=True)
class Hit:
    document: Document
    score: float
    snippet: str
    marks: list[tuple[int, int]]  # [start, end) of matched words inside `snippet`

    def dump(self) -> dict:
        d = self.document
        return {
            "id": d.id, "number": d.number, "doc_type": d.doc_type,
            "issued_date": d.issued_date.isoformat() if d.issued_date else None,
            "issuer": d.issuer, "subject": d.subject, "source": d.source,
            "score": self.score, "snippet": self.snippet, "marks": [list(m) for m in self.marks],
        }


@dataclass(frozen=True)
class SearchResult:
    items: list[Hit]
    total: int
    numbered: list[Document] = field(default_factory=list)  # stored or stub, carrying the number searched


_NUMBER_LIKE = re.compile(r"^\s*\d+[^\s,;]*/[^\s,;]+\s*$")


def carrying_number(session: Session, q: str) -> list[Document]:
    """When the query is a số ký hiệu (`1313/UBND-TTHC`): the documents with that number,
    stubs (cited, not stored) included, which the full-text index does not hold."""
    if not _NUMBER_LIKE.match(q):
        return []
    key = number_key(q.strip())
    found = select(Document).options(defer(Document.extraction), defer(Document.text))
    return list(session.exec(found.where(Document.number_key == key).order_by(Document.stub, Document.id)))


@lru_cache(maxsize=1024)
def _loose(word: str) -> str:
    """A pattern for a folded word that matches it in the original text, any case and tone marks."""
    return "".join(f"[{re.escape(_VARIANTS[ch])}]" if ch in _VARIANTS else re.escape(ch) for ch in word)


def _word_pattern(words: list[str], part) -> re.Pattern:
    """Any of `words` as a whole word, or the last one as a prefix."""
    alternatives = "|".join(map(part, sorted(set(words), key=len, reverse=True)))
    return re.compile(r"\b(?:" + alternatives + r")\b|\b" + part(words[-1]) + r"\w*", re.IGNORECASE)


def _mark_patterns(q: str, terms: list[list[str]]) -> list[re.Pattern]:
    """How to find the query's words in a text: as typed first when typed with tone marks
    (`bổ` then marks `bổ`, not `bộ` or `bỏ`), then with any tone marks."""
    loose = _word_pattern([w for words in terms for w in words], _loose)
    typed = _WORD.findall(unicodedata.normalize("NFC", q).lower())
    return ([_word_pattern(typed, re.escape)] if fold(" ".join(typed)) != " ".join(typed) else []) + [loose]


def _snippet(doc_text: str, patterns: list[re.Pattern]) -> tuple[str, list[tuple[int, int]]]:
    """A window of the original text around the first matched word, with the matched words marked."""
    original = unicodedata.normalize("NFC", doc_text)
    pattern, first = patterns[-1], None
    for candidate in patterns:
        if first := candidate.search(original):
            pattern = candidate
            break
    start = max(0, (first.start() if first else 0) - _SNIPPET_CHARS // 3)
    end = min(len(original), start + _SNIPPET_CHARS)
    start, end = _word_edges(original, start, end)
    marks = [(m.start() - start, m.end() - start) for m in pattern.finditer(original, start, end)]
    return _collapse_spaces(original[start:end], marks)


def _word_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Move a window's edges to white space (a few characters at most), so it cuts no word."""
    if start > 0 and not text[start - 1].isspace():
        space = _SPACES.search(text, start, start + _SNIPPET_EDGE)
        start = space.end() if space else start
    if end < len(text) and not text[end].isspace():
        cut = max((m.start() for m in _SPACES.finditer(text, max(start, end - _SNIPPET_EDGE), end)), default=None)
        end = cut if cut is not None else end
    return start, end


def _collapse_spaces(s: str, marks: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Runs of white space (the source's line wraps) as one space; marks moved to match."""
    out, moved, at = [], [], 0
    for a, b in marks:
        out.append(_SPACES.sub(" ", s[at:a]).lstrip() if not out else _SPACES.sub(" ", s[at:a]))
        pos = sum(map(len, out))
        moved.append((pos, pos + b - a))
        out.append(s[a:b])
        at = b
    out.append(_SPACES.sub(" ", s[at:]).rstrip() if out else _SPACES.sub(" ", s[at:]).strip())
    return "".join(out), moved


def _ranked_ids(session: Session, terms: list[list[str]], field: Field,
                limit: int, offset: int) -> tuple[list[tuple[int, float]], int]:
    # Joined with the stored documents, so a row left behind by a direct delete is never answered.
    if _dialect(session) == "sqlite":
        match = {"q": _fts5_query(terms, field)}
        matching = ("FROM document_search JOIN document ON document.id = document_search.rowid "
                    "WHERE document_search MATCH :q AND NOT document.stub")
        total = session.execute(text(f"SELECT count(*) {matching}"), match).scalar_one()
        rows = session.execute(text(f"SELECT document_search.rowid, -{_SQLITE_BM25} {matching} "
                                    f"ORDER BY {_SQLITE_BM25} LIMIT :limit OFFSET :offset"),
                               {**match, "limit": limit, "offset": offset}).all()
    else:
        match = {"q": _pg_query(terms, field)}
        matching = ("FROM document_search JOIN document ON document.id = document_search.document_id "
                    "WHERE tsv @@ to_tsquery('simple', :q) AND NOT document.stub")
        total = session.execute(text(f"SELECT count(*) {matching}"), match).scalar_one()
        rows = session.execute(text(f"SELECT document_id, ts_rank_cd(tsv, to_tsquery('simple', :q)) AS r {matching} "
                                    "ORDER BY r DESC, document_id LIMIT :limit OFFSET :offset"),
                               {**match, "limit": limit, "offset": offset}).all()
    return [(int(i), float(s)) for i, s in rows], int(total)


def search(session: Session, q: str, *, field: Field = "all", limit: int = 20, offset: int = 0) -> SearchResult:
    """Stored documents matching every phrase of `q` (the last word as a prefix), best first;
    a number also lists the documents carrying it, stubs included."""
    terms = query_terms(q)
    if not terms:
        return SearchResult([], 0)
    numbered = carrying_number(session, q) if field in ("all", "number") else []
    ranked, total = _ranked_ids(session, terms, field, limit, offset)
    found = select(Document).options(defer(Document.extraction)).where(Document.id.in_([i for i, _ in ranked]))
    docs = {d.id: d for d in session.exec(found)}
    patterns = _mark_patterns(q, terms)
    hits = []
    for doc_id, score in ranked:
        doc = docs[doc_id]
        snippet, marks = _snippet(doc.text or "", patterns)
        hits.append(Hit(doc, score, snippet, marks))
    return SearchResult(hits, total, numbered)
