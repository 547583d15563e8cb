"""The local process runner: outcomes in order, and a file that kills its worker."""
from __future__ import annotations

import os
import time
from collections.abc import Iterator

from conftest import CORPUS
from corpus.store import content_hash
from service.batch.local import ProcessRunner
from service.batch.work import Outcome, WorkItem, extract_item

BULK = sorted((CORPUS / "bulk").glob("*.txt"))
POISON = "poison.txt"


def crash_on_poison(item: WorkItem) -> Outcome:
    """Extract, except that the poison file kills its worker process (as a crashing PDF library would)."""
    if item.filename == POISON:
        os._exit(1)
    return extract_item(item)


def work_items() -> list[WorkItem]:
    items = [WorkItem(str(p), p.name, content_hash(p.read_bytes()), p.read_bytes()) for p in BULK[:12]]
    poison = BULK[12].read_bytes()
    items.insert(5, WorkItem(POISON, POISON, content_hash(poison), poison))
    return items


def test_outcomes_come_back_in_order_and_the_file_killing_workers_is_the_only_failure():
    items = work_items()
    outcomes = list(ProcessRunner(2, window_per_worker=4, work=crash_on_poison).run(iter(items)))
    assert [o.label for o in outcomes] == [i.label for i in items]
    failed = [(o.label, o.failure.stage) for o in outcomes if o.failure]
    assert failed == [(POISON, "extract")]
    assert all(o.extraction is not None for o in outcomes if o.label != POISON)


def paused_after_first(items: list[WorkItem], seconds: float) -> Iterator[WorkItem]:
    """The first item, then a pause (the poison's worker dies meanwhile), then the rest."""
    yield items[0]
    time.sleep(seconds)
    yield from items[1:]


def test_a_worker_dying_while_the_window_fills_loses_no_file():
    """The pool breaks between two submissions: the file being submitted is kept and
    run again, like every other file that had not finished."""
    items = work_items()[4:9]  # the poison second
    assert items[1].filename == POISON
    items[0], items[1] = items[1], items[0]
    outcomes = list(ProcessRunner(2, window_per_worker=4, work=crash_on_poison).run(paused_after_first(items, 3.0)))
    assert [o.label for o in outcomes] == [i.label for i in items]
    assert [(o.label, o.failure.stage) for o in outcomes if o.failure] == [(POISON, "extract")]
