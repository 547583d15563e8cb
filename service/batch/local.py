"""Extraction across local processes, with a bounded window of work in flight.

A worker that dies (crash, out of memory, `kill -9`) breaks the pool: a fresh pool
takes over and the items that were in flight are tried once more; an item caught
in two deaths is reported as failed instead of being retried for ever.
"""
from __future__ import annotations

import logging
import multiprocessing
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from service.batch.work import Outcome, WorkItem, extract_item, ignore_sigint, worker_died

MAX_ATTEMPTS = 2
log = logging.getLogger(__name__)


class ProcessRunner:
    def __init__(self, workers: int, *, window_per_worker: int = 32):
        self.workers = max(1, workers)
        self.window = self.workers * window_per_worker

    def _pool(self) -> ProcessPoolExecutor:
        # forkserver: workers fork from a clean process, not from a parent that
        # runs threads (the progress display, the API server).
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["service.batch.work"])
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=ignore_sigint)

    def run(self, items: Iterator[WorkItem]) -> Iterator[Outcome]:
        pool = self._pool()
        inflight: dict[Future, WorkItem] = {}
        retry: deque[WorkItem] = deque()
        attempts: Counter[str] = Counter()
        try:
            while True:
                while len(inflight) < self.window:
                    item = retry.popleft() if retry else next(items, None)
                    if item is None:
                        break
                    inflight[pool.submit(extract_item, item)] = item
                if not inflight:
                    return
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    item = inflight.pop(future)
                    try:
                        yield future.result()
                    except BrokenProcessPool:
                        broken = True
                        attempts[item.digest] += 1
                        if attempts[item.digest] >= MAX_ATTEMPTS:
                            yield worker_died(item)
                        else:
                            retry.append(item)
                if broken:
                    log.warning("a worker process died; its files go to a fresh pool")
                    retry.extend(inflight.values())  # not yet failed: not counted
                    inflight.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = self._pool()
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
