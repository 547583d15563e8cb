"""Where a piece of work stands: one status for a task and for a registered letter.

The codes are stable English words (API, exports, webhooks); the labels are what a
Vietnamese office writes in its books (chưa / đang / đã xử lý).
"""
from __future__ import annotations

from enum import Enum


class WorkStatus(str, Enum):
    open = "open"
    in_progress = "in_progress"
    done = "done"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[WorkStatus, str] = {
    WorkStatus.open: "chưa xử lý",
    WorkStatus.in_progress: "đang xử lý",
    WorkStatus.done: "đã xử lý",
}
