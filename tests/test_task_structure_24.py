"""Tasks read from the document's structure, twenty-fourth round of issue 15: in a plan of the issuer's own work (a Kế
hoạch), the measures of its "Nhiệm vụ và giải pháp" section that name no one are the issuer's tasks (implicit), whatever
verb opens them; a person named by what they do who opens a sentence and asks someone in it takes the step, not whom
it asks, and where given the right to ask ("có quyền yêu cầu"), no one has a duty. Each on the real document, with the
shapes beside it that stay as they were: the plan's purposes, a section whose field lines name its lead, a decision
that approves a programme of the same shape, a request in the issuer's voice, a person in a condition.
"""
from __future__ import annotations

from extractors.tasks.reading import read_duty
from real_documents import central_tasks, having, tasks_of


def test_a_plans_measures_that_name_no_one_are_the_issuers_tasks():
    # Ninh Bình's plan for sea tourism: "2. Nhiệm vụ và giải pháp cụ thể" / "2.1. Quy hoạch và đầu tư hạ tầng du lịch" /
    # "- Rà soát, điều chỉnh, bổ sung các quy hoạch có liên quan ..."
    tasks = central_tasks("ext_142.txt")
    [review] = having(tasks, "Rà soát, điều chỉnh, bổ sung các quy hoạch có liên quan")
    assert review.assignees == []  # the issuer itself acts
    # an opening verb no list holds: the section says what its items are
    for opening in ("Khuyến khích và thu hút các nhà đầu tư", "Chú trọng công tác giáo dục cộng đồng",
                    "Kiện toàn bộ máy quản lý các bãi tắm biển"):
        [measure] = having(tasks, opening)
        assert measure.assignees == []
    # the bodies its implementing section names keep their own duties: "1. Sở Du lịch" / "- Chủ trì, phối hợp ..."
    assert any(t.assignees == ["Sở Du lịch"] for t in tasks)


def test_a_plans_purposes_and_targets_stay_out():
    # the same plan's "1. Mục đích" / "- Cụ thể hóa các chủ trương, định hướng ..." and "1. Mục tiêu" / "+ Hình thành 02
    # mô hình du lịch ...": what the plan is for and aims at, no one's work
    tasks = central_tasks("ext_142.txt")
    assert not having(tasks, "Cụ thể hóa các chủ trương, định hướng của Trung ương")
    assert not having(tasks, "Hình thành 02- 03 khu du lịch biển có thương hiệu mạnh")


def test_a_section_whose_field_lines_name_its_lead_gives_no_implicit_task():
    # the national steering committee's plan, "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP ..." / "IV. THÀNH LẬP, KIỆN TOÀN ..." /
    # "1. Nội dung, biện pháp" / "a) Thành lập và thường xuyên kiện toàn Ban Chỉ đạo ...", its sections led by their
    # "2. Cơ quan chủ trì, phối hợp" fields: their items are the lead bodies' or no one's, never the issuer's by default
    tasks = central_tasks("ext_26.txt")
    assert not [t for t in having(tasks, "Thành lập và thường xuyên kiện toàn Ban Chỉ đạo quốc gia") if not t.assignees]


def test_a_decision_approving_a_programme_keeps_its_measures_as_content():
    # Quyết định 2629/QĐ-TTg approves the digital government programme, "III. NHIỆM VỤ, GIẢI PHÁP" / "- Nghiên cứu, xây
    # dựng Luật Chuyển đổi số ...": the programme's content, whose duties its task table assigns, not the Prime
    # Minister's own
    tasks = tasks_of("bk_2edf5927c71b.txt")
    assert all(t.assignees for t in tasks)


def test_a_person_who_opens_a_sentence_and_asks_takes_the_step():
    # Thông tư on inspection in the police, "3. Người ra quyết định thanh tra xem xét báo cáo kết quả thanh tra, yêu cầu
    # Trưởng đoàn thanh tra làm rõ ...": the one who decided the inspection acts
    tasks = tasks_of("ce_012.txt")
    [review] = having(tasks, "Người ra quyết định thanh tra xem xét báo cáo kết quả thanh tra")
    assert review.assignees == ["Người ra quyết định thanh tra"]
    # "... Người ra quyết định thanh tra có quyền yêu cầu Trưởng đoàn, và thành viên Đoàn thanh tra báo cáo ...": a right
    assert not having(tasks, "có quyền yêu cầu Trưởng đoàn")
    # Nghị quyết 68 on support for workers: "a) Người lao động đề nghị cơ quan bảo hiểm xã hội cấp tỉnh hoặc cấp huyện
    # ... theo Mẫu số 04."
    [claim] = having(central_tasks("ext_08.txt"), "Người lao động đề nghị cơ quan bảo hiểm xã hội")
    assert claim.assignees == ["Người lao động"]


def test_whom_the_issuer_or_a_condition_asks_keeps_the_duty():
    # a body the lexicon knows asking, in the issuer's voice: whom it asks acts
    duty = read_duty("Ủy ban nhân dân tỉnh yêu cầu Sở Tài chính rà soát, tổng hợp báo cáo trước ngày 30/11/2025.")
    assert duty is not None and duty.assignees == ("Sở Tài chính",)
    # "2. Người tham gia hoạt động cách mạng ... nhưng chưa có quyết định công nhận ... thì đề nghị các Bộ, ngành, địa
    # phương lập danh sách ...": the person is a condition's subject
    [listing] = having(central_tasks("ext_34.txt"), "đề nghị các Bộ, ngành, địa phương lập danh sách")
    assert listing.assignees == ["các Bộ, ngành, địa phương"]
