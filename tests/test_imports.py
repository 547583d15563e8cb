"""The import graph of the project's packages: no circle, and no arrow from a lower
layer to a higher one (ARCHITECTURE.md: models <- extractors <- corpus <- service <- api),
and the CLI on top beside api: it may import any package (`vanban serve` starts the API)
and no package imports it.

Every import counts, at the top of a module or inside a function: a local import
hides a circle from Python, not from the design (layout once imported recipients
inside `segment` while recipients imported layout).
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("models", "extractors", "corpus", "service", "api", "cli")  # lowest first


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(f): f for layer in LAYERS for f in (ROOT / layer).rglob("*.py")}


def _imported(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules that `name` imports anywhere in its text: for `from a import b`,
    module a.b when it is one, else a."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
        else:
            continue
        # a module's own parent packages are no arrow: they run before it anyway
        out |= {t for t in targets if t in modules and not name.startswith(t + ".")}
    return out


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imported(name, path, modules) for name, path in modules.items()}


def _layer(module: str) -> int:
    return LAYERS.index(module.split(".")[0])


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(group)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_finder_finds_a_hidden_circle() -> None:
    graph = {"extractors.layout": {"extractors.recipients"}, "extractors.recipients": {"extractors.lines",
             "extractors.layout"}, "extractors.lines": set()}
    assert cycles(graph) == [{"extractors.layout", "extractors.recipients"}]


def test_no_import_circle() -> None:
    assert cycles(_graph()) == []


def test_no_import_from_a_lower_layer_to_a_higher_one() -> None:
    graph = _graph()
    up = {(a, b) for a, targets in graph.items() for b in targets if _layer(b) > _layer(a)}
    assert up == set()
