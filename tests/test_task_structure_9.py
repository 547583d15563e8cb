"""Tasks read from the document's structure, eighth round of issue 15: one test per
class of misses on the tuning set of People's Council resolutions and tax and customs
letters (`fixtures/task_tuning_set_8/`), each on a real document, with one where a
non-duty stays out.
"""
from __future__ import annotations

from extractors.tasks import addressed
from models.extraction import Span, Task

from real_documents import having, tasks_of


def test_a_bare_head_in_a_letter_to_one_company_is_that_company():
    # bk_9ca435f010e5, Cục Hải quan to "Kính gửi: Công ty TNHH Tokokosen": "Đề nghị Công ty căn cứ các quy định nêu
    # trên để thực hiện."
    [duty] = having(tasks_of("bk_9ca435f010e5.txt"), "Đề nghị Công ty căn cứ các quy định nêu trên")
    assert duty.assignees == ["Công ty TNHH Tokokosen"]
    # bk_cf07a5ebd65d, Cục Thuế to Công ty TNHH CORNERSTONE VINA: the request runs on through its basis
    [duty] = having(tasks_of("bk_cf07a5ebd65d.txt"), "nghiên cứu ý kiến Cục Thống kê")
    assert duty.assignees == ["Công ty TNHH CORNERSTONE VINA"]


def test_a_bare_head_that_heads_no_or_several_recipients_stays_as_written():
    task = Task(assignees=["Công ty"], action="căn cứ các quy định nêu trên để thực hiện.",
                text="Đề nghị Công ty căn cứ các quy định nêu trên để thực hiện.", span=Span(start=0, end=58))
    assert addressed([task], ["Cục Thuế tỉnh Quảng Trị"])[0].assignees == ["Công ty"]
    two = ["Công ty TNHH Tokokosen", "Công ty TNHH Wilmar Marketing CLV"]
    assert addressed([task], two)[0].assignees == ["Công ty"]
    named = task.model_copy(update={"assignees": ["Công ty TNHH Tokokosen"]})
    assert addressed([named], two)[0].assignees == ["Công ty TNHH Tokokosen"]
