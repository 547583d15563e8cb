"""Tasks of bulk documents the rules were not written from, scored as the product is.

`tests/fixtures/bulk_task_gold/` holds tasks annotated by hand (GUIDELINES.md) for
26 bulk documents drawn with fixed seeds (kinds weighted to those that carry tasks:
công văn, công điện, thông báo kết luận, quyết định): 18 read before the rules were
generalised, 8 more drawn and annotated afterwards as a check (0.76 with the old
rules, 0.91 with the new before one more fix). The figure is the scorer's task F1
(anchor phrase in action + text, and an assignee name_match; optional gold tasks
neither credited nor penalised).

`fixtures/bulk_task_check/` holds 12 more, drawn on 2026-11-23 with fixed seeds from
the bulk documents not labelled before (5 công văn, 2 quyết định, 2 thông báo, 3
web pages whose header the extractor did not find; two over 30,000 characters
redrawn) and annotated blind by readers who never saw the extractor's output: 0.54
with the rules of that day; 0.78 after the heading names it showed missing ("Các Sở
Xây dựng nêu trên", "Vụ Tổ chức cán bộ", "Cục Kết cấu hạ tầng xây dựng") and a duty
a web summary repeats counted once; 0.90 once task tables are read (a Phụ lục of 10
rows); 0.92 when "Quý Ủy ban" is read as the letter's recipients; 0.94 when a
named subject after a basis clause ("Trên cơ sở đó, Bộ Tư pháp tổng hợp ...")
takes the duty from the heading's bodies. Its remaining misses: an unknown head
("Thống kê tỉnh"), "Các đơn vị tổ chức ...", a clause of Điều 2 of a decision.

`fixtures/bulk_task_check_2/` holds 12 more, drawn the same way after those fixes
(seed 424242: 4 công văn, 3 quyết định, 2 thông báo, 1 nghị quyết, 2 web pages)
and annotated blind; no rule was written from them. They measure how the rules
carry: 0.79 (p 0.74, r 0.85). Their misses: a generic head qualified by a verb
("Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm ...") read as "Đơn vị", so its
entitlements ("... được thu ...") become tasks; members listed after a colon
("Ủy ban nhân dân các tỉnh: Đắk Lắk, ...") that the annotator kept as one name.
Issue 15 read both by shape (a generic head qualified up to its duty; the plural with
its members kept whole too): 0.91 (p 0.87, r 0.96).
"""
from __future__ import annotations

from pathlib import Path

from scoring import task_figures

GOLD = Path(__file__).resolve().parent / "fixtures" / "bulk_task_gold"
# measured 0.9873 (p 0.975, r 1.0, 78 tasks) when the gold was written; a small margin for rule changes
MIN_F1 = 0.95
CHECK = Path(__file__).resolve().parent / "fixtures" / "bulk_task_check"
MIN_CHECK_F1 = 0.94  # measured 0.94 (p 0.94, r 0.94, 50 required tasks); 0.97 after issue 15 (p 0.98, r 0.96)
CHECK_2 = Path(__file__).resolve().parent / "fixtures" / "bulk_task_check_2"
MIN_CHECK_2_F1 = 0.88  # measured 0.793 (p 0.742, r 0.852, 27 required tasks); 0.912 after issue 15 (p 0.867, r 0.963)


def test_bulk_task_f1():
    assert len(list(GOLD.glob("*.json"))) >= 26
    figures = task_figures(GOLD, through_loader=False)
    assert figures.f1 >= MIN_F1, figures


def test_bulk_task_f1_on_the_blind_check_set():
    assert len(list(CHECK.glob("*.json"))) == 12
    figures = task_figures(CHECK, through_loader=False)
    assert figures.f1 >= MIN_CHECK_F1, figures


def test_bulk_task_f1_on_the_second_blind_set():
    assert len(list(CHECK_2.glob("*.json"))) == 12
    figures = task_figures(CHECK_2, through_loader=False)
    assert figures.f1 >= MIN_CHECK_2_F1, figures
