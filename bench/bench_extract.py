"""Where `vanban extract` spends its time on ../shared/corpus/bulk/, stage by stage.

    python bench/bench_extract.py              # best of 3 runs of each figure
    python bench/bench_extract.py --runs 5

The end-to-end figure (`vanban extract --jsonl` over every bulk document in one
process, startup included, and the ratio to underthesea's `word_tokenize`) is
bench/bench_ingest.py's first line. This one breaks that time down:

1. start-up: `vanban extract` over one short file, as a subprocess: the imports and
   the first use of each stage (wall clock and CPU time of the child);
2. each stage of extractors.pipeline in this process, summed over the bulk documents:
   load (format sniffing, legacy fonts, normalisation), layout, header, citations,
   tasks, signer and recipients, and the Extraction model with its JSON line;
3. the sum of 1 and 2 as characters per second, to compare with bench_ingest.py.

CPU time is printed beside wall time: other processes on the machine slow the wall
clock, not the CPU time.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
BULK = sorted((SHARED / "corpus" / "bulk").glob("*.txt"))
SHORT = SHARED / "corpus" / "dev" / "hd_002.txt"
STAGES = ("load", "layout", "header", "citations", "tasks", "model+json")  # layout reads the lists and signer


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_startup(runs: int) -> tuple[float, float]:
    """(wall, CPU) seconds of `vanban extract --jsonl SHORT`, best of `runs`."""
    best = (float("inf"), float("inf"))
    for _ in range(runs):
        cpu, started = _child_cpu(), time.perf_counter()
        subprocess.run([sys.executable, "-m", "cli", "extract", "--jsonl", str(SHORT)], check=True,
                       stdout=subprocess.DEVNULL, cwd=Path(__file__).resolve().parents[1])
        best = min(best, (time.perf_counter() - started, _child_cpu() - cpu))
    return best


def _timed(seconds: Counter, stage: str, fn, *args, **kwargs):
    started = time.process_time()
    out = fn(*args, **kwargs)
    seconds[stage] += time.process_time() - started
    return out


def stage_seconds(files: list[tuple[bytes, str]]) -> Counter:
    """CPU seconds of each stage over all files, the way extractors.pipeline runs them,
    from empty sentence caches (read_names, read_duty), as a new process starts."""
    from extractors.assignees import read_names
    from extractors.citations import find_citations
    from extractors.header import read_header
    from extractors.layout import segment
    from extractors.load import load_bytes
    from extractors.tasks import find_tasks
    from extractors.tasks.reading import read_duty
    from models.extraction import Extraction

    read_names.cache_clear()
    read_duty.cache_clear()
    seconds: Counter = Counter()
    for data, name in files:
        loaded = _timed(seconds, "load", load_bytes, data, name)
        text = loaded.text
        layout = _timed(seconds, "layout", segment, text)
        head = _timed(seconds, "header", read_header, text, layout)
        citations, links = _timed(seconds, "citations", find_citations, text, own_number=head.number,
                                  doc_date=head.issued_date)
        year = head.issued_date.year if head.issued_date else head.issued_year
        tasks = _timed(seconds, "tasks", find_tasks, text, layout, doc_type=head.doc_type,
                       doc_date=head.issued_date, doc_year=year)
        signer, recipients, cc = layout.signer, list(layout.recipient_list), list(layout.cc_list)
        started = time.process_time()
        result = Extraction(doc_type=head.doc_type, number=head.number, number_parts=head.number_parts,
                            issued_date=head.issued_date, issued_year=year, place=head.place, issuer=head.issuer,
                            subject=head.subject, signer=signer, recipients=recipients, cc=cc, citations=citations,
                            citation_links=links, tasks=tasks, inferred=head.inferred, load=loaded.meta, text=text)
        json.dumps({"source": name, **result.scored_dict()}, ensure_ascii=False)
        seconds["model+json"] += time.process_time() - started
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs of each figure; the best is printed")
    args = parser.parse_args()
    files = [(p.read_bytes(), p.name) for p in BULK]
    chars = sum(len(p.read_text(encoding="utf-8")) for p in BULK)

    wall, cpu = bench_startup(args.runs)
    print(f"start-up: `vanban extract` of one short file: {wall:.2f}s wall, {cpu:.2f}s CPU (best of {args.runs})")

    stage_seconds(files[:5])  # patterns compiled and tables read: that is start-up, measured above
    runs = [stage_seconds(files) for _ in range(args.runs)]
    best = min(runs, key=lambda s: sum(s.values()))
    total = sum(best.values())
    print(f"stages over {len(files)} bulk documents, {chars:,} characters, CPU seconds (best of {args.runs}):")
    for stage in STAGES:
        print(f"  {stage:<18} {best[stage]:6.3f}s  {best[stage] / total:5.1%}")
    print(f"  {'all stages':<18} {total:6.3f}s  = {chars / total:,.0f} chars/s")
    print(f"start-up + stages: {cpu + total:.2f}s CPU = {chars / (cpu + total):,.0f} chars/s "
          f"(one process; the measured end-to-end figure: python bench/bench_ingest.py --files 0)")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
