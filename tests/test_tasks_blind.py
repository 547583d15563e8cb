"""Tasks of a blind set of 33 documents, scored as the product is (issue 15).

`fixtures/blind_task_set/` holds the tasks of 33 documents (24 bulk, 7 central, 2 pdf
from `../shared/corpus`) annotated by readers who never saw the extractor's output,
following GUIDELINES.md, before the rules of issue 15 were written; no rule was
written from them, and they were scored twice through `vanban extract --jsonl`:
with the rules before issue 15 (commit 55cb919) task F1 0.6591 (p 0.7945, r 0.5631),
deadlines 1.0 of matched tasks; with the rules of issue 15 task F1 0.7701 (p 0.8571,
r 0.699), deadlines 1.0; with those of its second round, written from a separate
tuning set (`test_tasks_tuning.py`) and scored here once, at its end, 0.7853 (p 0.8523,
r 0.7282), deadlines 1.0; with those of its third round, written from a third tuning set
(`test_tasks_tuning_3.py`) and scored here once, at its end, 0.7917 (p 0.8539, r 0.7379),
deadlines 1.0. Each document is read as the command reads it (the loader,
then the pipeline), so the figure here is the scorer's.
"""
from __future__ import annotations

from pathlib import Path

from scoring import task_figures

GOLD = Path(__file__).resolve().parent / "fixtures" / "blind_task_set"
MIN_F1 = 0.77  # measured 0.7917 (p 0.8539, r 0.7379); a small margin for rule changes
MIN_DEADLINE = 0.9  # measured 1.0 of the matched tasks whose gold gives a deadline


def test_blind_task_set():
    assert len(list(GOLD.glob("*.json"))) == 33
    figures = task_figures(GOLD)
    assert figures.f1 >= MIN_F1, figures
    assert figures.dated and figures.deadlines >= MIN_DEADLINE, figures
