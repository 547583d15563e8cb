"""Seed 000 stored with its quarterly report duty, for the export and webhook tests.

Section 4.3 of seed 000 says the CCHC reports go to UBND huyện (qua Phòng Nội vụ)
"chậm nhất đến ngày 07 của tháng cuối kỳ báo cáo"; section 4.1 makes them quarterly,
half-yearly and yearly, so the finest period is the quarter: due 7 March, June,
September and December. When the extractor does not give that task, it is built here
from the document's own sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from conftest import SEED_000

from models.extraction import Deadline, Extraction, Span, Task
from service.extract import extract_bytes

QUARTERLY_2024 = ["2024-03-07", "2024-06-07", "2024-09-07", "2024-12-07"]
_SENTENCE = re.compile(r"Báo cáo CCHC phải do.*?cuối\s+kỳ\s+báo\s+cáo\.", re.DOTALL)


def quarterly_duty(ex: Extraction) -> Task | None:
    """The task whose deadline is the 7th of the period's last month."""
    for task in ex.tasks:
        phrase = " ".join(task.deadline.text.split()) if task.deadline else ""
        if "ngày 07" in phrase and "cuối kỳ" in phrase:
            return task
    return None


def built_quarterly_duty(ex: Extraction) -> Task:
    m = _SENTENCE.search(ex.text)
    assert m, "seed 000 carries the 4.3 sentence"
    phrase = re.search(r"chậm\s+nhất\s+đến\s+ngày\s+07\s+của\s+tháng\s+cuối\s+kỳ\s+báo\s+cáo", m[0])
    start = m.start() + phrase.start()
    return Task(
        assignees=["Thủ trưởng các cơ quan, đơn vị, địa phương"],
        action="ký ban hành và gửi báo cáo CCHC về UBND huyện (qua Phòng Nội vụ)",
        report_to="UBND huyện (qua Phòng Nội vụ)",
        deadline=Deadline(text=phrase[0], recurrence="FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=7",
                          kind="recurring", span=Span(start=start, end=start + len(phrase[0]))),
        text=" ".join(m[0].split()), span=Span(start=m.start(), end=m.end()),
    )


@lru_cache(maxsize=1)
def _seed_000_extraction() -> Extraction:
    ex = extract_bytes(SEED_000.read_bytes(), SEED_000.name)
    if ex.issued_year is None:
        ex.issued_year = 2024
    if quarterly_duty(ex) is None:
        ex.tasks.append(built_quarterly_duty(ex))
    return ex


def seed_000_extraction() -> Extraction:
    """The extraction of seed 000 (a fresh copy), with its quarterly duty (built when not
    extracted) and its year, printed on the place-and-date line "ngày   tháng   năm 2024"."""
    return _seed_000_extraction().model_copy(deep=True)
