"""Tasks read from the document's structure, thirtieth round of issue 15: a role's head word alone. "cơ quan", "đơn
vị", "doanh nghiệp", "cá nhân" (N.ROLE_TERM_HEADS) in lower case, with no determiner and nothing after it that says
which, is a role's name read short: the rest of it ("có thẩm quyền", "tiếp nhận gạo", "tiến hành tố tụng") became the
duty. Unless the letter's one recipient is that kind ("Đề nghị doanh nghiệp ...": that one), it names no one, and its
words are no task. Each on the real document where one speaks, with the duties beside it that stay.
"""
from __future__ import annotations

from extractors.assignees import lone_head
from extractors.tasks import addressed
from real_documents import central_tasks, having, tasks_of


def test_a_roles_head_alone_in_lower_case_is_a_name_read_short():
    assert lone_head("cơ quan")
    assert lone_head("đơn vị")
    assert lone_head("doanh nghiệp")
    # what stays: a determiner, a qualifier, a capital that opens the sentence, a role whose name says which
    assert not lone_head("các đơn vị")
    assert not lone_head("cơ quan tài chính")
    assert not lone_head("Doanh nghiệp")
    assert not lone_head("người sử dụng lao động")


def test_the_rest_of_a_roles_name_is_no_duty():
    # "... giao cho đơn vị tiếp nhận gạo của tỉnh, thành phố tại trung tâm ...": where the rice goes, no duty of a
    # "đơn vị" (central: a 2016 decision on rice for pupils); the reserve units' duty in the same sentence stays
    tasks = central_tasks("ext_130.txt")
    assert not [t for t in tasks if "đơn vị" in t.assignees]
    assert having(tasks, "tổ chức tiếp nhận gạo trên phương tiện vận chuyển")
    # "Các cơ quan có thẩm quyền thanh tra, kiểm tra, xử lý các hành vi vi phạm ...": a power, not a "cơ quan"'s duty
    # (central: a Hà Nội plan on housing support); the units' inspections stay
    tasks = central_tasks("ext_114.txt")
    assert not [t for t in tasks if "cơ quan" in t.assignees]
    [inspect] = having(tasks, "phối hợp, kiểm tra, thanh tra, xử lý theo thẩm quyền")
    assert inspect.assignees == ["Các đơn vị có liên quan"]
    # "... đề nghị cơ quan tiến hành tố tụng, người có thẩm quyền ... yêu cầu người phiên dịch": whom the centre asks
    assert not having(tasks_of("ce_014.txt"), "tiến hành tố tụng, người có thẩm quyền")


def test_the_kind_a_letter_is_addressed_to_names_its_recipients():
    # "Đề nghị doanh nghiệp căn cứ quy định nêu trên ...": in a customs letter to one company, that company (bulk)
    [task] = having(tasks_of("bk_9a53c71ee9f5.txt"), "căn cứ quy định nêu trên")
    assert task.assignees == ["Tổng Công ty Phân bón và Hóa chất Dầu khí - CTCP"]
    # to several of its kind the text does not say which: the duty stays, named as the text writes it; to none of
    # its kind, or to no one, it names no one
    unit = task.model_copy(update={"assignees": ["đơn vị"], "assignees_canonical": ["đơn vị"]})
    assert addressed([unit], ["Sở Y tế", "Bảo hiểm xã hội tỉnh"])[0].assignees == ["đơn vị"]
    business = task.model_copy(update={"assignees": ["doanh nghiệp"], "assignees_canonical": ["doanh nghiệp"]})
    assert addressed([business], ["Sở Y tế", "Bảo hiểm xã hội tỉnh"]) == []
    assert addressed([business], []) == []
