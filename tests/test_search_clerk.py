"""Search as a clerk uses it, over real bulk letters: the issuer filter spells out
abbreviations like the all-field search finds them, a phrase stays together, a number lists
its stub too, and snippets cut no word."""
from __future__ import annotations

import pytest

from corpus.db import session_scope
from corpus.search import _word_edges, folded, search
from corpus.store import content_hash, save_extraction
from extractors.pipeline import extract_text

from conftest import CORPUS, SEED_000

DEV = sorted((CORPUS / "dev").glob("*.txt"))
LAI_CHAU = [p for p in sorted((CORPUS / "bulk").glob("*.txt")) + DEV  # headed by the province's UBND
            if " ".join(p.read_text(encoding="utf-8").split()).startswith("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU")]
SCATTERED = CORPUS / "bulk" / "bk_14d45619867d.txt"  # "kể từ" and "quy hoạch", never "kế hoạch"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('clerk') / 'vanban.db'}"
    with session_scope(url) as session:
        for path in dict.fromkeys([*LAI_CHAU, *DEV, SEED_000, SCATTERED]):
            ex = extract_text(path.read_text(encoding="utf-8"))
            save_extraction(session, ex, digest=content_hash(path.read_bytes()), source=path.name)
    return url


def _found(url: str, q: str, field: str = "all") -> set[str]:
    with session_scope(url) as session:
        return {h.document.source for h in search(session, q, field=field, limit=200).items}


def test_the_issuer_filter_spells_out_abbreviations(store):
    assert len(LAI_CHAU) >= 3
    by_issuer = _found(store, "UBND tỉnh Lai Châu", "issuer")
    assert by_issuer == {p.name for p in LAI_CHAU}
    assert by_issuer <= _found(store, "UBND tỉnh Lai Châu")
    assert _found(store, "uy ban nhan dan tinh lai chau", "issuer") == by_issuer


def test_a_phrase_stays_together(store):
    texts = {p.name: folded(p.read_text(encoding="utf-8")) for p in [*LAI_CHAU, *DEV, SEED_000, SCATTERED]}
    found = _found(store, "ke hoach")
    assert found and all("ke hoach" in " ".join(texts[name].split()) for name in found)
    assert SCATTERED.name not in found and SCATTERED.name in _found(store, "ke tu")
    assert _found(store, "ke hoach, Lai Chau") <= {p.name for p in LAI_CHAU}  # two phrases, both needed


def test_a_number_lists_its_stub(store):
    with session_scope(store) as session:
        result = search(session, "1313/UBND-TTHC")
        assert [(d.number, d.stub) for d in result.numbered] == [("1313/UBND-TTHC", True)]
        assert SEED_000.name in {h.document.source for h in result.items}
        assert search(session, "cải cách").numbered == []


def test_snippets_cut_no_word(store):
    text = "một hai ba bốn năm sáu bảy tám chín mười"
    assert _word_edges(text, 5, 21) == (8, 18)  # "ba bốn năm", not "i ba bốn năm sá"
    with session_scope(store) as session:
        for hit in search(session, "thu tuc hanh chinh", limit=50).items:
            original = " ".join((hit.document.text or "").split())
            assert " " + hit.snippet.split()[0] in " " + original, hit.snippet[:30]
