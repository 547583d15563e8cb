"""One bounded pool of extraction processes, shared by uploads and ingest jobs.

Each document is read in a process of its own, forked from the warm fork server
(service.batch.forkserver), so that the limits hold whatever the document does:

- at most `workers` documents are read at once, and at most `queue` uploads wait
  for a process; one more is refused with `Busy` (503 with Retry-After), never
  queued without bound. Ingest jobs wait for their turn instead, and take at most
  `workers - 1` processes (one, with one worker), so that an upload is not stuck
  behind a whole archive;
- a document still being read after `seconds` is killed, with whatever it started
  (Tesseract), and fails naming the limit: the hard wall-time limit;
- a worker that dies takes only its own document with it;
- a worker exits when the process that started it dies (`kill -9` of the server).
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from service.batch import forkserver
from service.errors import VanbanError

log = logging.getLogger(__name__)
T = TypeVar("T")


class Busy(VanbanError):
    """Every worker is busy and the waiting places are taken: try again shortly."""

    status = 503

    def __init__(self, reason: str, *, retry_after: int):
        super().__init__(reason)
        self.retry_after = retry_after

    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}


class WorkerDied(Exception):
    """The worker process ended without an answer (crash, out of memory, killed)."""


class OverTime(Exception):
    """The worker was still working after the wall-time limit and was killed."""


def die_with_parent(*, group: bool = False) -> None:
    """In a worker: exit as soon as the process that started it is gone, even after
    a `kill -9` of it (which runs no clean-up); with `group`, the worker leads its own
    process group, and its children (Tesseract) go with it."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        if group:
            os.killpg(0, signal.SIGKILL)
        os._exit(1)

    threading.Thread(target=watch, name="vanban-parent-watch", daemon=True).start()


def detach_worker() -> None:
    """In a worker process, first: it leads its own process group (a kill takes its
    Tesseract with it), leaves Ctrl-C to the parent, which stops the run cleanly, and
    exits when the parent is gone (a `kill -9` of it)."""
    os.setpgid(0, 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(group=True)


def _child(conn, fn: Callable[..., Any], args: tuple) -> None:
    """The body of one worker: detached from the parent's signals, the one call's result
    sent back."""
    detach_worker()
    conn.send(fn(*args))
    conn.close()


class ExtractionPool:
    def __init__(self, *, workers: int, queue: int, seconds: float, retry_after: int = 5):
        self.workers, self.queue, self.seconds, self.retry_after = workers, queue, seconds, retry_after
        self._running = threading.BoundedSemaphore(workers)
        self._job_slots = threading.BoundedSemaphore(max(1, workers - 1))
        self._lock = threading.Lock()
        self._admitted = 0  # uploads running or waiting
        self._reading = 0  # documents in a worker now (uploads and jobs)
        self._context = forkserver.context()

    @contextmanager
    def _admission(self) -> Iterator[None]:
        with self._lock:
            if self._admitted >= self.workers + self.queue:
                raise Busy(f"all {self.workers} extraction processes are busy and {self.queue} uploads are "
                           f"waiting (VANBAN_WORKERS, VANBAN_QUEUE); try again in {self.retry_after} s",
                           retry_after=self.retry_after)
            self._admitted += 1
        try:
            yield
        finally:
            with self._lock:
                self._admitted -= 1

    def load(self) -> dict[str, int]:
        """How busy the pool is, for /healthz."""
        with self._lock:
            return {"workers": self.workers, "reading": self._reading, "uploads": self._admitted, "queue": self.queue}

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` in a worker, for an upload: refused with Busy when the pool is full.
        Blocks the calling thread (never call it on the event loop)."""
        with self._admission(), self._running:
            return self._call(fn, args)

    def run_for_job(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` in a worker, for an ingest job: waits for its turn, never refused."""
        with self._job_slots, self._running:
            return self._call(fn, args)

    def _start(self, fn: Callable[..., Any], args: tuple):
        """A worker started on `fn(*args)`, and the end its answer comes from. A fork
        server that died (killed, out of memory) is started again, once."""
        try:
            return self._launch(fn, args)
        except (ConnectionError, FileNotFoundError):
            log.warning("the fork server of the extraction processes was gone; starting it again")
            return self._launch(fn, args)

    def _launch(self, fn: Callable[..., Any], args: tuple):
        reader, writer = self._context.Pipe(duplex=False)
        process = self._context.Process(target=_child, args=(writer, fn, args), daemon=True, name="vanban-extract")
        try:
            process.start()
        except BaseException:
            reader.close()
            raise
        finally:
            writer.close()  # the worker holds the only writing end: its death is an EOF here
        return process, reader

    def _call(self, fn: Callable[..., T], args: tuple) -> T:
        with self._lock:
            self._reading += 1
        try:
            return self._answer(fn, args)
        finally:
            with self._lock:
                self._reading -= 1

    def _answer(self, fn: Callable[..., T], args: tuple) -> T:
        process, reader = self._start(fn, args)
        try:
            if not reader.poll(self.seconds):
                raise OverTime()
            try:
                return reader.recv()
            except EOFError:
                raise WorkerDied() from None
        finally:
            if process.is_alive():
                self._kill(process.pid)
            process.join()
            reader.close()

    @staticmethod
    def _kill(pid: int) -> None:
        for kill in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
            try:
                kill()
            except ProcessLookupError:
                pass
