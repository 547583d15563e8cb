"""The PostgreSQL path, against the real server on 127.0.0.1:5432."""
from __future__ import annotations

from corpus.db import session_scope
from corpus.graph import cited_by
from service.stats import store_stats

from conftest import SEEDS, store_file


def test_seeds_store_and_resolve_in_postgres_as_in_sqlite(postgres_url, sqlite_url):
    figures = {}
    for url in (postgres_url, sqlite_url):
        for path in SEEDS:
            with session_scope(url) as session:
                assert store_file(session, path.read_bytes(), path.name).created
        with session_scope(url) as session:
            assert not store_file(session, SEEDS[0].read_bytes(), "again.txt").created
            figures[url] = (store_stats(session), cited_by(session, "1313/UBND-TTHC")["targets"][0]["cited_by"])
    pg, lite = figures[postgres_url], figures[sqlite_url]
    assert pg[0] == lite[0] and pg[0]["documents"] == 5
    assert sorted(c["source"] for c in pg[1]) == sorted(c["source"] for c in lite[1])
