"""Tasks of bulk documents the rules were not written from, scored as the product is.

`tests/fixtures/bulk_task_gold/` holds tasks annotated by hand (GUIDELINES.md) for
26 bulk documents drawn with fixed seeds (kinds weighted to those that carry tasks:
công văn, công điện, thông báo kết luận, quyết định): 18 read before the rules were
generalised, 8 more drawn and annotated afterwards as a check (0.76 with the old
rules, 0.91 with the new before one more fix). The figure is the scorer's task F1
(anchor phrase in action + text, and an assignee name_match; optional gold tasks
neither credited nor penalised).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from extractors.pipeline import extract_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = Path(__file__).resolve().parent / "fixtures" / "bulk_task_gold"
# measured 0.9873 (p 0.975, r 1.0, 78 tasks) when the gold was written; a small margin for rule changes
MIN_F1 = 0.95


@pytest.fixture(scope="module")
def score():
    sys.path.insert(0, str(SHARED / "eval"))
    try:
        import score as scorer
    finally:
        sys.path.pop(0)
    return scorer


def test_bulk_task_f1(score):
    tp = fp = fn = 0
    golds = sorted(GOLD.glob("*.json"))
    assert len(golds) >= 26
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (SHARED / "corpus" / "bulk" / gold["file"]).read_text(encoding="utf-8")
        pred = [t.model_dump(mode="json") for t in extract_text(text).tasks]
        required = [t for t in gold["tasks"] if not t.get("optional")]
        optional = [t for t in gold["tasks"] if t.get("optional")]
        pairs, extra, missed = score.set_match(pred, required, score.task_match)
        _, extra, _ = score.set_match(extra, optional, score.task_match)
        tp, fp, fn = tp + len(pairs), fp + len(extra), fn + len(missed)
    p, r = tp / (tp + fp), tp / (tp + fn)
    assert 2 * p * r / (p + r) >= MIN_F1, (tp, fp, fn)
