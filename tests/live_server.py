"""A real `vanban serve` (uvicorn) on 127.0.0.1 for the reliability tests and bench/:
started on a free port with the given settings, stopped (and its process group with
it) when the block ends."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
START_SECONDS = 60


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path

    def banner(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextmanager
def live_server(db_url: str, log_dir: Path, **settings: object) -> Iterator[Server]:
    """`vanban serve --db db_url` with VANBAN_<NAME>=value for each setting."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VANBAN_LOG_LEVEL": "WARNING",
           **{f"VANBAN_{k.upper()}": str(v) for k, v in settings.items()}}
    log = log_dir / f"server-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "cli", "serve", "--db", db_url, "--port", str(port)],
                                   cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            assert process.poll() is None, f"the server stopped: {server.banner()}"
            try:
                if httpx.get(f"{server.url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, f"the server did not start in {START_SECONDS} s: {server.banner()}"
            time.sleep(0.2)
        yield server
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(15)
