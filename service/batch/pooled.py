"""Extraction of an ingest job in the server's shared pool (service.pool): the job
waits for its turn there like any upload, and a document over its wall time is
killed, not waited for. Outcomes come back in the order the items went in."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from service.batch.work import Outcome, WorkItem, extract_item, over_time, worker_died
from service.pool import ExtractionPool, OverTime, WorkerDied


class PoolRunner:
    def __init__(self, pool: ExtractionPool):
        self.pool = pool
        self.window = pool.workers  # items handed to the pool at once; it runs as many as it lets jobs

    def _one(self, item: WorkItem) -> Outcome:
        try:
            return self.pool.run_for_job(extract_item, item)
        except OverTime:
            return over_time(item, self.pool.seconds)
        except WorkerDied:
            return worker_died(item)

    def run(self, items: Iterator[WorkItem]) -> Iterator[Outcome]:
        pending: deque[Future[Outcome]] = deque()
        with ThreadPoolExecutor(self.window, thread_name_prefix="vanban-job-item") as threads:
            for item in items:
                pending.append(threads.submit(self._one, item))
                if len(pending) >= self.window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
