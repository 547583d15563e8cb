"""The whole graph as data: nodes and edges, as JSON or GraphML."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from xml.sax.saxutils import escape

from sqlmodel import Session, col, select

from corpus.graph.queries import REF_COLUMNS, doc_ref, node_key
from models.tables import CitationRow, CitationLinkRow, Document


def graph_data(session: Session) -> dict:
    """Every node (stored and stub documents) and edge: citations (citing -> cited) and
    the relations texts state between two cited documents."""
    docs = session.exec(select(*REF_COLUMNS).order_by(Document.id)).all()  # rows: no text
    nodes = [{**doc_ref(d), "key": node_key(d)} for d in docs]
    counts: Counter[tuple[int, int, str]] = Counter(
        (s, t, r) for s, t, r in session.exec(select(CitationRow.source_id, CitationRow.target_id, CitationRow.relation)
                                               .where(col(CitationRow.target_id).is_not(None))))
    edges = [{"source": s, "target": t, "kind": "cites", "relation": r, "count": n}
             for (s, t, r), n in sorted(counts.items())]
    source_cit = CitationRow.__table__.alias("s")
    target_cit = CitationRow.__table__.alias("t")
    stated = session.exec(
        select(source_cit.c.target_id, target_cit.c.target_id, CitationLinkRow.relation, source_cit.c.source_id)
        .join(source_cit, source_cit.c.id == CitationLinkRow.source_citation_id)
        .join(target_cit, target_cit.c.id == CitationLinkRow.target_citation_id)).all()
    linked = {tuple(row) for row in stated if row[0] is not None and row[1] is not None}
    edges += [{"source": s, "target": t, "kind": "stated", "relation": r, "stated_in": by}
              for s, t, r, by in sorted(linked)]
    return {"nodes": nodes, "edges": edges}


_GRAPHML = "http://graphml.graphdrawing.org/xmlns"
_NODE_FIELDS = ("key", "number", "issuer", "issued_date", "doc_type", "subject", "source", "stub")
_EDGE_FIELDS = ("kind", "relation", "count", "stated_in")
_TYPES = {"stub": "boolean", "count": "int", "stated_in": "int"}


def graphml_lines(data: dict) -> Iterator[str]:
    """The graph as GraphML (Gephi, Cytoscape, yEd), written line by line."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield f'<graphml xmlns="{_GRAPHML}">\n'
    for domain, names in (("node", _NODE_FIELDS), ("edge", _EDGE_FIELDS)):
        for name in names:
            yield (f'<key id="{domain[0]}_{name}" for="{domain}" attr.name="{name}" '
                   f'attr.type="{_TYPES.get(name, "string")}"/>\n')
    yield '<graph id="citations" edgedefault="directed">\n'
    for node in data["nodes"]:
        yield f'<node id="d{node["id"]}">{_data("n", _NODE_FIELDS, node)}</node>\n'
    for i, edge in enumerate(data["edges"]):
        yield (f'<edge id="e{i}" source="d{edge["source"]}" target="d{edge["target"]}">'
               f'{_data("e", _EDGE_FIELDS, edge)}</edge>\n')
    yield "</graph>\n</graphml>\n"


def graphml(data: dict) -> str:
    return "".join(graphml_lines(data))


def _data(prefix: str, names: tuple[str, ...], values: dict) -> str:
    out = []
    for name in names:
        value = values.get(name)
        if value is not None:
            text = str(value).lower() if isinstance(value, bool) else escape(str(value))
            out.append(f'<data key="{prefix}_{name}">{text}</data>')
    return "".join(out)
