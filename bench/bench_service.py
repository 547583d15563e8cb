"""The service under an office's load and hostile input, against a live `vanban serve`
on 127.0.0.1, printed as figures: inputs tried, requests made, 5xx seen, letters lost
(acknowledged 2xx but not in the store), worst /healthz latency.

    python bench/bench_service.py                       # SQLite, 120 letters, 12 clients
    python bench/bench_service.py --postgres            # a throwaway database on 127.0.0.1:5432

Twelve clerks upload every letter twice at once (tests/office_load.py) and read each
one back, while another client sends the hostile inputs of tests/hostile.py (a page
of 70,000 nested tags, a 400-megapixel PNG, a text over the character limit, a zip
of 1 MiB members at 1,000:1, a five-page scan over a 10 s wall-time limit, a 2-page
scan within it) and a probe times /healthz every 0.2 s.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from contextlib import nullcontext
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import temporary_postgres  # noqa: E402
from hostile import bomb_archive, long_text, nested_html, png  # noqa: E402
from live_server import live_server  # noqa: E402
from office_load import Figures, office_day  # noqa: E402

SHARED = ROOT.parent / "shared"
BULK = sorted((SHARED / "corpus" / "bulk").glob("*.txt"))
SCANS = [SHARED / "corpus" / "pdf" / "pd_005.pdf", SHARED / "corpus" / "pdf" / "pd_001.pdf"]


def hostile_inputs() -> list[tuple[str, str, bytes]]:
    """(route, file name, bytes) of each hostile input."""
    return [("/api/documents", "nested.html", nested_html(70_000)),
            ("/api/documents", "huge.png", png(20_000, 20_000)),
            ("/api/documents", "long.txt", long_text(6_000_000)),
            ("/api/jobs", "bomb.zip", bomb_archive(300)),
            *[("/api/documents", p.name, p.read_bytes()) for p in SCANS]]


def send_hostile(base_url: str, figures: Figures, answers: list[str]) -> None:
    with httpx.Client(base_url=base_url, timeout=300) as client:
        for route, name, data in hostile_inputs():
            started = time.monotonic()
            r = client.post(route, files={"file": (name, data)})
            figures.count("POST", route, r)
            is_json = r.headers.get("content-type", "").startswith("application/json")
            detail = r.json().get("detail", "") if is_json else ""
            if r.status_code == 202:
                detail = job_outcome(client, r.headers["Location"], figures)
            answers.append(f"{name}: {r.status_code} in {time.monotonic() - started:.1f} s {detail[:110]}")


def job_outcome(client: httpx.Client, location: str, figures: Figures) -> str:
    """What an accepted job came to: its counts and its first failure."""
    while True:
        r = client.get(location)
        figures.count("GET", "/api/jobs/{id}", r)
        if r.json()["status"] not in ("queued", "running"):
            break
        time.sleep(0.5)
    job = client.get(location + "/report").json()
    first = job["failures"][0]["reason"] if job["failures"] else ""
    return f"-> job {job['job']['status']}, stored {job['job']['stored']}, failed {job['job']['failed']}: {first}"


def lost_letters(db_url: str, figures: Figures) -> int:
    from sqlmodel import select

    from corpus.db import session_scope
    from models.tables import Document

    with session_scope(db_url) as session:
        stored = set(session.exec(select(Document.content_hash).where(Document.stub == False)).all())  # noqa: E712
    return len(set(figures.acknowledged) - stored)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", action="store_true",
                        help="a throwaway PostgreSQL database on 127.0.0.1:5432 (default: a new SQLite file)")
    parser.add_argument("--letters", type=int, default=120)
    parser.add_argument("--clients", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vanban-bench-") as tmp, \
            (temporary_postgres("vanban_bench") if args.postgres
             else nullcontext(f"sqlite:///{tmp}/bench.db")) as db_url:
        letters = [(p.name, p.read_bytes()) for p in BULK[:args.letters]]
        answers: list[str] = []
        with live_server(db_url, Path(tmp), workers=2, queue=16, write_rate_per_minute=0, doc_seconds=10,
                         max_upload_mb=50) as server:
            hostile_figures = Figures()
            hostile = threading.Thread(target=send_hostile, args=(server.url, hostile_figures, answers))
            hostile.start()
            figures = office_day(server.url, letters, clients=args.clients)
            hostile.join()
        lost = lost_letters(db_url, figures)
    print(f"database: {db_url.split(':')[0]}, {args.clients} clients, 2 workers")
    print(f"inputs tried: {len(letters)} letters (each uploaded twice at once) + {len(answers)} hostile inputs")
    print(f"requests made: {figures.requests + hostile_figures.requests} in {figures.seconds:.1f} s")
    print(f"5xx seen: {len(figures.server_errors) + len(hostile_figures.server_errors)}")
    print(f"letters acknowledged: {len(figures.acknowledged)}; lost: {lost}; read back missing: "
          f"{len(figures.readback_misses)}")
    print(f"worst health-probe latency: {figures.worst_probe * 1000:.0f} ms over {figures.probes} probes")
    for line in answers:
        print(f"  {line}")


if __name__ == "__main__":
    main()
