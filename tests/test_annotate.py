"""The spaCy view of an extraction: span groups and displaCy's rendering, CLI and API."""
from __future__ import annotations

import subprocess
import sys

from extractors.annotate import LABELS, SPAN_KEY, annotated_doc
from service.annotate import annotated_html
from service.extract import extract_path

from conftest import SEED_000


def test_every_extracted_span_becomes_a_labelled_span_of_the_doc():
    ex = extract_path(SEED_000)
    doc = annotated_doc(ex)
    labels = [s.label_ for s in doc.spans[SPAN_KEY]]
    assert labels.count(LABELS["citation"]) == len(ex.citations) > 0
    assert labels.count(LABELS["task"]) == len(ex.tasks) > 0
    assert LABELS["signer"] in labels
    cited = [s.text for s in doc.spans[SPAN_KEY] if s.label_ == LABELS["citation"]]
    assert any("1313/UBND-TTHC" in text for text in cited)
    deadline = next(s for s in doc.spans[SPAN_KEY] if s.label_ == LABELS["deadline"] and "07" in s.text)
    assert "tháng cuối kỳ" in deadline.text


def test_the_page_draws_the_spans_and_the_cli_writes_it(tmp_path):
    html = annotated_html(extract_path(SEED_000))
    assert "1313/UBND-TTHC" in html and LABELS["task"] in html
    out = tmp_path / "seed.html"
    run = subprocess.run([sys.executable, "-m", "cli", "annotate", str(SEED_000), "-o", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert LABELS["citation"] in out.read_text(encoding="utf-8")


def test_annotated_endpoint(client):
    doc = client.post("/api/documents", files={"file": (SEED_000.name, SEED_000.read_bytes())}).json()
    page = client.get(f"/api/documents/{doc['id']}/annotated")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Tưởng" in page.text and LABELS["signer"] in page.text
    assert client.get("/api/documents/999999/annotated").status_code == 404


def test_the_view_keeps_the_letters_spaces_and_line_breaks():
    import re
    from html import unescape

    ex = extract_path(SEED_000)
    html = annotated_html(ex, page=False)
    assert "white-space: pre-wrap" in html and not set("\x00\x01\x02\x03") & set(html)
    shown = unescape(re.sub(r"<[^>]+>", "", html))
    labels = "|".join(map(re.escape, LABELS.values()))
    shown = re.sub(labels, "", shown)  # the span labels displaCy writes under each span's first token
    assert " ".join(shown.split()) == " ".join(ex.text.split())  # every word, none glued to the next
    assert shown.count("\n") >= ex.text.count("\n")  # the line breaks are still there
