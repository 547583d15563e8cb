"""The fork server local extraction processes come from.

Workers fork from a clean server process, not from a parent that runs threads (the
progress display, the API server). The server imports the extraction code (half a
second) once, and every worker it forks starts with it. `start` launches the server
without waiting for that import: `vanban ingest` calls it before importing its own
modules, so the two imports run side by side instead of one after the other.
"""
from __future__ import annotations

import multiprocessing
from multiprocessing import forkserver
from multiprocessing.context import BaseContext

PRELOAD = ["service.batch.work", "service.extract"]  # what every worker runs: the extractors


def context() -> BaseContext:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start() -> None:
    """Launch the server now (it keeps running until this process exits); the first
    worker then forks from an already warm server."""
    context()
    forkserver.ensure_running()
