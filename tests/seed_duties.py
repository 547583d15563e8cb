"""Seed 000 as extracted, and its quarterly report duty, for the export and webhook tests.

Section 4.3 of seed 000 says the CCHC reports go to UBND huyện (qua Phòng Nội vụ)
"chậm nhất đến ngày 07 của tháng cuối kỳ báo cáo"; section 4.1 makes them quarterly,
half-yearly and yearly, so the finest period is the quarter: due 7 March, June,
September and December of the document's year, 2024.
"""
from __future__ import annotations

from functools import lru_cache

from conftest import SEED_000
from models.extraction import Extraction, Task
from service.extract import extract_bytes

QUARTERLY_2024 = ["2024-03-07", "2024-06-07", "2024-09-07", "2024-12-07"]


def quarterly_duty(ex: Extraction) -> Task | None:
    """The task whose deadline is the 7th of the period's last month."""
    for task in ex.tasks:
        phrase = " ".join(task.deadline.text.split()) if task.deadline else ""
        if "ngày 07" in phrase and "cuối kỳ" in phrase:
            return task
    return None


@lru_cache(maxsize=1)
def _seed_000_extraction() -> Extraction:
    return extract_bytes(SEED_000.read_bytes(), SEED_000.name)


def seed_000_extraction() -> Extraction:
    """A fresh copy of the extraction of seed 000 (extracted once per test run)."""
    return _seed_000_extraction().model_copy(deep=True)
