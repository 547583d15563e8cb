"""Speed and memory of extraction and ingest on ../shared/corpus/bulk/, printed as figures.

    python bench/bench_ingest.py                      # everything, 10,000-file memory run
    python bench/bench_ingest.py --files 2000 --skip-tokenize
    python bench/bench_ingest.py --runs 7 --files 0   # speed only, median of 7 runs
    python bench/bench_ingest.py --profile            # where one process spends extraction time

1. `vanban extract --jsonl` over every bulk document in one command, startup
   included (a subprocess, wall clock), in characters per second: as a user runs it
   (its workers on all cores) and with `--workers 1` (one process, the rules' own
   speed), the two runs taken in turn; and underthesea's `word_tokenize` over the same
   text in this run, for the ratio.
2. `vanban ingest --workers 2` into a fresh SQLite file, in documents per second:
   the rate the ingest reports (from its start to its last link), and the wall
   clock of the whole command (interpreter start, imports and exit included).
Speed on a shared machine moves from run to run: both are run `--runs` times and
the median is printed with the slowest and the fastest run.
3. Peak memory (RSS of the ingest and its worker processes) over an ingest of
   `--files` files made by varying bulk documents (distinct hashes and numbers),
   sampled through the run, to show it stays flat as files go by.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

SHARED = Path(__file__).resolve().parents[2] / "shared"
BULK = sorted((SHARED / "corpus" / "bulk").glob("*.txt"))
VANBAN = [sys.executable, "-m", "cli"]
NUMBER = re.compile(r"(Số:?\s*)(\d+)")  # the header's số ký hiệu, varied per copy


def bulk_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in BULK]


def spread(values: list[float], fmt: str, unit: str) -> str:
    """The median, and the range when there are several runs."""
    median = f"{format(statistics.median(values), fmt)} {unit}"
    if len(values) == 1:
        return median
    return f"{median} (median of {len(values)} runs: {format(min(values), fmt)}-{format(max(values), fmt)})"


def bench_extract(texts: list[str], runs: int) -> float:
    """The median rate of `vanban extract` as a user runs it; one process's beside it."""
    chars = sum(map(len, texts))
    kinds = {f"all {os.cpu_count()} cores": [], "--workers 1": ["--workers", "1"]}
    seconds: dict[str, list[float]] = {kind: [] for kind in kinds}
    for _ in range(runs):
        for kind, options in kinds.items():
            started = time.perf_counter()
            subprocess.run([*VANBAN, "extract", "--jsonl", *options, *map(str, BULK)], check=True,
                           stdout=subprocess.DEVNULL)
            seconds[kind].append(time.perf_counter() - started)
    for kind, taken in seconds.items():
        rates = [chars / s for s in taken]
        print(f"extract ({kind}): {len(BULK)} documents, {chars:,} characters, startup included: "
              f"{spread(taken, '.2f', 's')} = {spread(rates, ',.0f', 'chars/s')}")
    return statistics.median(chars / s for s in next(iter(seconds.values())))


def bench_tokenize(texts: list[str], extract_rate: float) -> None:
    from underthesea import word_tokenize

    word_tokenize("khởi động")  # load the model outside the timing
    chars = sum(map(len, texts))
    started = time.perf_counter()
    for text in texts:
        word_tokenize(text)
    rate = chars / (time.perf_counter() - started)
    print(f"underthesea word_tokenize: {len(texts)} documents, {chars:,} characters = {rate:,.0f} chars/s; "
          f"extract is {extract_rate / rate:.1f}x faster")


def ingest(folder: Path, db: Path, workers: int) -> dict:
    run = subprocess.run([*VANBAN, "ingest", "--db", f"sqlite:///{db}", "--workers", str(workers),
                          "--no-progress", "--json", str(folder)], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise SystemExit(run.stderr)
    return json.loads(run.stdout.splitlines()[-1])


def bench_ingest(tmp: Path, runs: int) -> None:
    rates, walls = [], []
    for run in range(runs):
        started = time.perf_counter()
        summary = ingest(BULK[0].parent, tmp / f"bulk{run}.db", workers=2)
        wall = time.perf_counter() - started
        rates.append(summary["files"] / summary["seconds"])
        walls.append(summary["files"] / wall)
    print(f"ingest --workers 2 into SQLite: {summary['stored']} stored, {summary['duplicates']} duplicates, "
          f"{summary['failed']} failed of {summary['files']}: {spread(rates, '.1f', 'docs/s')} as the ingest "
          f"reports it; {spread(walls, '.1f', 'docs/s')} over the whole command")


def make_files(folder: Path, n: int, texts: list[str]) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        copy, k = divmod(i, len(texts))
        text = texts[k]
        if copy:
            text = NUMBER.sub(lambda m: f"{m.group(1)}{copy}{m.group(2)}", text, count=1) + f"\n(bản {copy})\n"
        (folder / f"{copy:03d}_{BULK[k].name}").write_text(text, encoding="utf-8")


def tree_rss(proc: psutil.Process) -> tuple[int, int]:
    """(RSS of the process, RSS of it and all its descendants), in bytes."""
    own = proc.memory_info().rss
    total = own
    for child in proc.children(recursive=True):
        try:
            total += child.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return own, total


def bench_memory(tmp: Path, n: int, texts: list[str]) -> None:
    folder = tmp / "many"
    make_files(folder, n, texts)
    db = tmp / "many.db"
    proc = subprocess.Popen([*VANBAN, "ingest", "--db", f"sqlite:///{db}", "--workers", "2", "--no-progress",
                             "--json", str(folder)], stdout=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    samples: list[tuple[float, int, int]] = []

    def sample() -> None:
        while proc.poll() is None:
            try:
                samples.append((time.perf_counter(), *tree_rss(ps)))
            except psutil.NoSuchProcess:
                return
            time.sleep(0.5)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, _ = proc.communicate()
    sampler.join()
    summary = json.loads(out.splitlines()[-1])
    mib = 1024 * 1024
    quarters = [samples[i * len(samples) // 4:(i + 1) * len(samples) // 4] for i in range(4)]
    peaks = [max(s[2] for s in q) / mib for q in quarters if q]
    print(f"memory, ingest of {n:,} files ({summary['stored']} stored, {summary['duplicates']} duplicates, "
          f"{summary['failed']} failed) in {summary['seconds']:.0f}s = {summary['files_per_second']} docs/s: "
          f"peak RSS {max(s[1] for s in samples) / mib:.0f} MiB (ingest process), "
          f"{max(s[2] for s in samples) / mib:.0f} MiB (with its workers); "
          f"peak per quarter of the run: {', '.join(f'{p:.0f}' for p in peaks)} MiB")


def profile_extract() -> None:
    from service.extract import extract_bytes

    files = [(p.read_bytes(), p.name) for p in BULK]
    profiler = cProfile.Profile()
    profiler.enable()
    for data, name in files:
        extract_bytes(data, name)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(r"extractors/", 25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000, help="files in the memory run (0: skip it)")
    parser.add_argument("--tokenize-docs", type=int, default=None, help="underthesea over the first N documents only")
    parser.add_argument("--skip-tokenize", action="store_true")
    parser.add_argument("--runs", type=int, default=3, help="runs of the extract and ingest speed figures")
    parser.add_argument("--profile", action="store_true", help="profile extraction in this process and stop")
    args = parser.parse_args()
    if args.profile:
        profile_extract()
        return
    texts = bulk_texts()
    rate = bench_extract(texts, args.runs)
    if not args.skip_tokenize:
        bench_tokenize(texts[:args.tokenize_docs], rate)
    with tempfile.TemporaryDirectory(prefix="vanban-bench-") as tmp:
        bench_ingest(Path(tmp), args.runs)
        if args.files:
            bench_memory(Path(tmp), args.files, texts)


if __name__ == "__main__":
    main()
