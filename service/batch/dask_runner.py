"""Extraction on a Dask cluster: `tcp://scheduler:8786`, or `local` for a cluster on
this machine. The client (this process) reads the files and writes the store;
workers only extract, so they need `vanban` installed but no database access.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

from service.batch.work import Outcome, WorkItem, extract_item, worker_died


class DaskRunner:
    def __init__(self, address: str, *, workers: int, window_per_worker: int = 32):
        self.address = address
        self.workers = max(1, workers)
        self.window_per_worker = window_per_worker

    def run(self, items: Iterator[WorkItem]) -> Iterator[Outcome]:
        from distributed import Client, LocalCluster, as_completed
        from distributed.scheduler import KilledWorker

        with ExitStack() as stack:
            if self.address == "local":
                cluster = stack.enter_context(LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=":0"))
                client = stack.enter_context(Client(cluster))
            else:
                client = stack.enter_context(Client(self.address))
            window = self.window_per_worker * max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
            pending = as_completed()
            inflight: dict[str, WorkItem] = {}

            def submit() -> bool:
                item = next(items, None)
                if item is None:
                    return False
                future = client.submit(extract_item, item, pure=False)
                inflight[future.key] = item
                pending.add(future)
                return True

            while len(inflight) < window and submit():
                pass
            for future in pending:
                item = inflight.pop(future.key)
                try:
                    yield future.result()
                except KilledWorker:
                    yield worker_died(item)
                future.release()
                submit()
