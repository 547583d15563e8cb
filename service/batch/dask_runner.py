"""Extraction on a Dask cluster: `tcp://scheduler:8786`, or `local` for a cluster on
this machine. The client (this process) reads the files and writes the store;
workers only extract, so they need `vanban` installed but no database access.
Outcomes come back in the order the items went in, as with local processes.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack

from service.batch.work import Outcome, WorkItem, extract_item, worker_died


class DaskRunner:
    def __init__(self, address: str, *, workers: int, window_per_worker: int = 32):
        self.address = address
        self.workers = max(1, workers)
        self.window_per_worker = window_per_worker

    def run(self, items: Iterator[WorkItem]) -> Iterator[Outcome]:
        from distributed import Client, LocalCluster
        from distributed.scheduler import KilledWorker

        with ExitStack() as stack:
            if self.address == "local":
                cluster = stack.enter_context(LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=":0"))
                client = stack.enter_context(Client(cluster))
            else:
                client = stack.enter_context(Client(self.address))
            window = self.window_per_worker * max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
            inflight: deque = deque()  # (future, item), in the order the items came
            while True:
                while len(inflight) < window and (item := next(items, None)) is not None:
                    inflight.append((client.submit(extract_item, item, pure=False), item))
                if not inflight:
                    return
                future, item = inflight.popleft()
                try:
                    yield future.result()
                except KilledWorker:  # Dask retried it on other workers, and they died too
                    yield worker_died(item)
                future.release()
