"""The reference graph: citations resolved to stored documents or to stub nodes.

A document's identity is (issuing body, number, year): Decree 30/2020 restarts
numbering every year for every body, so several provinces issue a 2828/QĐ-UBND.
Resolution is recomputed per number key from every citation and document that
carry the key, in an order that does not depend on when documents arrived:

- a citation links to a stored document when exactly one stored document with its
  number is not contradicted by it: by the year, the date, the issuing body (a
  generic "UBND tỉnh" is read in the citing document's province), and, for a local
  body's number (.../QĐ-UBND) printed without its body, by the citing document's
  province. Several such documents: the citation stays ambiguous, never guessed.
- otherwise it links to a stub node. Citations that agree share one stub, built
  from the most specific citations first; a citation fitting several stubs stays
  ambiguous. A stored document that arrives later takes its stub's place.
- conflicting facts do not split or merge silently: each citation keeps the date
  it prints, a stub takes a date only when its citations agree, and `conflicts`
  lists every node cited with different dates.

mentions: what each citation says, read with its citing document; resolution:
the links, stubs and stated relations written; queries: cited-by, cites, chains,
conflicts; export: the whole graph as JSON or GraphML.
"""
from corpus.graph.export import graph_data, graphml, graphml_lines
from corpus.graph.queries import MAX_DEPTH, chain, cited_by, cited_by_document, cites, conflicts, node_key
from corpus.graph.resolution import resolve_number, resolve_numbers, save_links, stub_taken_over_by

__all__ = ["MAX_DEPTH", "chain", "cited_by", "cited_by_document", "cites", "conflicts", "graph_data", "graphml",
           "graphml_lines", "node_key", "resolve_number", "resolve_numbers", "save_links", "stub_taken_over_by"]
