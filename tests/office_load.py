"""An office's day against a live server, for tests/test_reliability.py and
bench/bench_service.py: `clients` clerks at once, each uploading its share of the
letters (every letter by two clerks, so the same file arrives twice at once), reading
each acknowledged letter straight back, and reading tasks and search in between,
while a probe times /healthz. Bounded: every request has a timeout, a refused upload
(503) is retried a bounded number of times after its Retry-After."""
from __future__ import annotations

import hashlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import httpx

REQUEST_TIMEOUT = 120.0
RETRIES_ON_503 = 5
PROBE_EVERY = 0.2


@dataclass
class Figures:
    inputs: int = 0  # distinct letters tried
    requests: int = 0
    server_errors: list[str] = field(default_factory=list)  # "METHOD path -> status: detail"
    acknowledged: dict[str, int] = field(default_factory=dict)  # content hash -> document id
    readback_misses: list[str] = field(default_factory=list)  # acknowledged, then not found
    worst_probe: float = 0.0  # seconds, /healthz
    probes: int = 0
    seconds: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, method: str, path: str, response: httpx.Response) -> None:
        with self._lock:
            self.requests += 1
            if response.status_code >= 500:
                self.server_errors.append(f"{method} {path} -> {response.status_code}: {response.text[:200]}")


def _upload(client: httpx.Client, figures: Figures, name: str, data: bytes, headers: dict[str, str]) -> None:
    for _ in range(RETRIES_ON_503 + 1):
        r = client.post("/api/documents", files={"file": (name, data)}, headers=headers)
        if r.status_code != 503 or "Retry-After" not in r.headers:
            break
        figures.count("POST", "/api/documents", r)
        time.sleep(float(r.headers["Retry-After"]))
    figures.count("POST", "/api/documents", r)
    if r.status_code in (200, 201):
        doc_id = r.json()["id"]
        with figures._lock:
            figures.acknowledged[hashlib.sha256(data).hexdigest()] = doc_id
        back = client.get(f"/api/documents/{doc_id}")
        figures.count("GET", "/api/documents/{id}", back)
        if back.status_code != 200:
            with figures._lock:
                figures.readback_misses.append(f"{name}: {r.status_code} then {back.status_code}")


def _clerk(base_url: str, figures: Figures, letters: list[tuple[str, bytes]], headers: dict[str, str]) -> None:
    with httpx.Client(base_url=base_url, timeout=REQUEST_TIMEOUT) as client:
        for i, (name, data) in enumerate(letters):
            _upload(client, figures, name, data, headers)
            path = ("/api/tasks?limit=20", "/api/search?q=ubnd", "/api/graph/conflicts")[i % 3]
            figures.count("GET", path, client.get(path))


def _probe(base_url: str, figures: Figures, stop: threading.Event) -> None:
    with httpx.Client(base_url=base_url, timeout=REQUEST_TIMEOUT) as client:
        while not stop.is_set():
            started = time.monotonic()
            r = client.get("/healthz")
            took = time.monotonic() - started
            figures.count("GET", "/healthz", r)
            with figures._lock:
                figures.probes += 1
                figures.worst_probe = max(figures.worst_probe, took)
            stop.wait(PROBE_EVERY)


def office_day(base_url: str, letters: list[tuple[str, bytes]], *, clients: int = 12,
               headers: dict[str, str] | None = None) -> Figures:
    """Every letter uploaded by two of `clients` clerks at once; the figures of the run."""
    figures = Figures(inputs=len(letters))
    shares: list[list[tuple[str, bytes]]] = [[] for _ in range(clients)]
    for i, letter in enumerate(letters):
        shares[i % clients].append(letter)
        shares[(i + clients // 2 + 1) % clients].append(letter)
    stop = threading.Event()
    prober = threading.Thread(target=_probe, args=(base_url, figures, stop), daemon=True)
    started = time.monotonic()
    prober.start()
    try:
        with ThreadPoolExecutor(clients) as pool:
            for done in [pool.submit(_clerk, base_url, figures, share, headers or {}) for share in shares]:
                done.result()
    finally:
        stop.set()
        prober.join(REQUEST_TIMEOUT)
    figures.seconds = time.monotonic() - started
    return figures
