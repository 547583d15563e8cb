"""The project's scorer (../shared/eval/score.py) for the tests over labelled sets.

Each test that scores a set compares as the scorer compares; this module loads the
scorer once and sums a set of task gold files the way `score.py` sums its task figures
(required gold tasks matched by anchor and assignee, optional ones neither credited nor
penalised, deadlines checked on the matched tasks whose gold gives one).
"""
from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

from extractors.pipeline import extract_text
from real_documents import extracted, located

SHARED = Path(__file__).resolve().parents[2] / "shared"


@cache
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class TaskFigures:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dated: int = 0  # matched tasks whose gold gives a deadline
    right: int = 0  # of those, the deadlines read right

    @property
    def f1(self) -> float:
        p, r = self.tp / (self.tp + self.fp), self.tp / (self.tp + self.fn)
        return 2 * p * r / (p + r)

    @property
    def deadlines(self) -> float:
        return self.right / self.dated


def _tasks(document: Path, through_loader: bool) -> list[dict]:
    extraction = extracted(document) if through_loader else extract_text(document.read_text(encoding="utf-8"))
    return [t.model_dump(mode="json") for t in extraction.tasks]


def task_figures(gold_dir: Path, *, through_loader: bool = True) -> TaskFigures:
    """Task figures of every gold file in `gold_dir`, each document read from the shared
    corpus through the loader (as `vanban extract` reads it) or as plain text."""
    score, figures = scorer(), TaskFigures()
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        document = located(gold)
        predicted = _tasks(document, through_loader)
        required = [t for t in gold["tasks"] if not t.get("optional")]
        optional = [t for t in gold["tasks"] if t.get("optional")]
        pairs, extra, missed = score.set_match(predicted, required, score.task_match)
        optional_pairs, extra, _ = score.set_match(extra, optional, score.task_match)
        figures.tp += len(pairs)
        figures.fp += len(extra)
        figures.fn += len(missed)
        for p, g in pairs + optional_pairs:
            if g.get("deadline"):
                figures.dated += 1
                figures.right += score.deadline_ok(p.get("deadline"), g["deadline"])
    return figures
