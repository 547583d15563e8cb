"""The `vanban` command's contracts, run as a user runs them (a subprocess)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS, SEED_000, SEEDS


def vanban(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, text=True, cwd=cwd)


def test_extract_json_prints_one_object_with_the_schema_fields():
    run = vanban("extract", "--json", str(SEED_000))
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    for field in ("doc_type", "number", "issued_date", "place", "issuer", "subject", "signer",
                  "recipients", "cc", "citations", "tasks"):
        assert field in result
    assert "text" not in result


def test_extract_jsonl_reports_failures_after_the_others(tmp_path: Path):
    bad = tmp_path / "broken.xyz"
    bad.write_bytes(b"\x00\x01")
    run = vanban("extract", "--jsonl", str(SEEDS[0]), str(bad), str(SEEDS[1]))
    assert run.returncode == 1
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [o["source"] for o in lines] == [str(SEEDS[0]), str(SEEDS[1])]
    assert "broken.xyz" in run.stderr and "unsupported" in run.stderr


def test_extract_on_several_workers_prints_what_one_process_prints_in_the_files_order(tmp_path: Path):
    # real letters (seeds and bulk) and a broken file between them
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    files = [str(p) for p in (*SEEDS[:3], bad, *SEEDS[3:], *sorted(CORPUS.glob("bulk/bk_0*.txt")))]
    one = vanban("extract", "--jsonl", "--workers", "1", *files)
    several = vanban("extract", "--jsonl", "--workers", "3", *files)
    assert one.returncode == several.returncode == 1
    assert several.stdout == one.stdout
    assert [json.loads(line)["source"] for line in several.stdout.splitlines()] == [f for f in files if f != str(bad)]
    assert several.stderr == one.stderr
    assert "broken.pdf" in several.stderr and f"1 of {len(files)} file(s) failed" in several.stderr


def test_extract_missing_file_is_a_clear_error():
    run = vanban("extract", "--json", "/nonexistent/letter.txt")
    assert run.returncode == 1
    assert "vanban: /nonexistent/letter.txt" in run.stderr
    assert "Traceback" not in run.stderr


def test_text_prints_the_normalised_text():
    run = vanban("text", str(SEED_000))
    assert run.returncode == 0
    assert "Kính gửi" in run.stdout and "Nguyễn Tưởng Duy" in run.stdout


def test_ingest_is_idempotent_and_stats_count_it(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    first = vanban("ingest", "--db", db, str(CORPUS / "seeds"))
    assert first.returncode == 0, first.stderr
    assert "stored 5" in first.stdout
    again = vanban("ingest", "--db", db, str(SEEDS[0]))
    assert "stored 0, already stored 1" in again.stdout
    counts = json.loads(vanban("stats", "--db", db, "--json").stdout)
    assert counts["documents"] == 5


def test_cited_by_lists_the_two_seeds_citing_1313(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    assert vanban("ingest", "--db", db, str(CORPUS / "seeds")).returncode == 0
    run = vanban("cited-by", "--db", db, "--json", "1313/UBND-TTHC")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    [target] = result["targets"]
    assert target["stub"] is True and target["issued_date"] == "2024-03-14"
    citing = sorted(Path(c["source"]).name for c in target["cited_by"])
    assert citing == ["000_4cd450a5cf9edbcb.txt", "001_a316bbb83dbc7e94.txt"]
    human = vanban("cited-by", "--db", db, "1313/UBND-TTHC")
    assert "000_4cd450a5cf9edbcb.txt" in human.stdout


def test_bad_database_url_is_refused_with_the_setting_named(tmp_path: Path):
    run = vanban("stats", "--db", "mysql://nowhere")
    assert run.returncode == 2
    assert "VANBAN_DB" in run.stderr


def test_serve_help_names_its_options():
    run = vanban("serve", "--help")
    assert run.returncode == 0
    for option in ("--db", "--host", "--port"):
        assert option in run.stdout
