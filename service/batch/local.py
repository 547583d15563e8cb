"""Extraction across local processes for `vanban ingest`: service.process_map's ordered
map, with a bounded window of work in flight, over workers forked from the fork server
(service.batch.forkserver).

Outcomes come back in the order the items went in, so a run over the same files
stores the same documents whichever worker is faster (of two files that are the
same letter, the first in path order is kept). A file that kills its worker each
time it runs alone is reported as failed; the others go through.
"""
from __future__ import annotations

from collections.abc import Callable

from service.batch import forkserver
from service.batch.work import Outcome, WorkItem, extract_item, worker_died
from service.process_map import OrderedProcessMap


class ProcessRunner(OrderedProcessMap[WorkItem, Outcome]):
    def __init__(self, workers: int, *, window_per_worker: int = 32,
                 work: Callable[[WorkItem], Outcome] = extract_item):
        super().__init__(workers, work, worker_died, forkserver.context, window_per_worker=window_per_worker)
