"""An ordered map over worker processes, with a bounded window of work in flight, that
survives a worker's death.

Results come back in the order the items went in, whichever worker is faster.

A worker that dies (crash, out of memory, `kill -9`) breaks the pool. A fresh
pool takes over and every item that had not finished is run again alone, one
after the other: an item that breaks the pool while alone is the cause, and gets
its `died` result instead of being retried for ever; the others go through.

Used by `vanban ingest` (service.batch.local.ProcessRunner) and `vanban extract`
(service.extract.extract_paths).
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from typing import Generic, TypeVar

from service.pool import detach_worker

log = logging.getLogger(__name__)
# Why an item gets its `died` result: what ingest's report and extract's refusal both say.
WORKER_DIED = "the worker died each time it extracted this file (crash, out of memory or killed)"
I = TypeVar("I")  # noqa: E741  (an item)
O = TypeVar("O")  # noqa: E741  (its result)


@dataclass
class _Entry(Generic[I]):
    item: I
    future: Future | None  # None: to be run again, alone
    alone: bool = False  # submitted while nothing else ran

    def finished(self) -> bool:
        return self.future is not None and self.future.done() and self.future.exception() is None


class OrderedProcessMap(Generic[I, O]):
    """`work` over items in `workers` processes of `context()`, each detached as the project's
    workers are (service.pool.detach_worker); `died(item)` for an item whose worker died
    each time it ran it. `work` must be picklable (a module's function, or a partial of one)."""

    def __init__(self, workers: int, work: Callable[[I], O], died: Callable[[I], O],
                 context: Callable[[], BaseContext], *, window_per_worker: int = 32):
        self.workers = max(1, workers)
        self.window = self.workers * window_per_worker
        self.work = work
        self.died = died
        self.context = context

    def _pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=self.context(), initializer=detach_worker)

    def run(self, items: Iterator[I]) -> Iterator[O]:
        pool = self._pool()
        entries: deque[_Entry[I]] = deque()  # in the order the items came
        try:
            while True:
                if not self._submit(pool, entries, items):
                    pool = self._replace(pool, entries)
                    continue
                if not entries:
                    return
                head = entries[0]
                try:
                    result = head.future.result()
                except BrokenProcessPool:
                    if head.alone:
                        entries.popleft()
                        yield self.died(head.item)
                    pool = self._replace(pool, entries)
                    continue
                entries.popleft()
                yield result
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _replace(self, pool: ProcessPoolExecutor, entries: deque[_Entry[I]]) -> ProcessPoolExecutor:
        """A fresh pool after a worker died; the items that had not finished wait to run alone."""
        log.warning("a worker process died; the files it may have held are run again one by one")
        pool.shutdown(wait=False, cancel_futures=True)
        for entry in entries:
            if not entry.finished():
                entry.future = None
        return self._pool()

    def _submit(self, pool: ProcessPoolExecutor, entries: deque[_Entry[I]], items: Iterator[I]) -> bool:
        """Fill the window; while items caught in a pool break remain, run them alone.
        False when the pool broke meanwhile (a worker died while the window filled)."""
        try:
            rerun = [e for e in entries if e.future is None]
            if rerun:
                if not any(e.alone and not e.future.done() for e in entries if e.future is not None):
                    rerun[0].alone = True
                    rerun[0].future = pool.submit(self.work, rerun[0].item)
                return True
            while len(entries) < self.window:
                item = next(items, None)
                if item is None:
                    return True
                entries.append(_Entry(item, None))  # kept, to run again, if the pool broke
                entries[-1].future = pool.submit(self.work, item)
        except BrokenProcessPool:
            return False
        return True
