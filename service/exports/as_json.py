"""Tasks as one JSON object `{"items": [...]}`, the shape of GET /api/tasks plus uid and link."""
from __future__ import annotations

import json
from collections.abc import Sequence

from models.tables import Document, TaskRow
from service.exports.view import export_view


def tasks_json(rows: Sequence[tuple[TaskRow, Document]], *, base_url: str) -> bytes:
    items = [export_view(t, d, base_url=base_url) for t, d in rows]
    return json.dumps({"items": items}, ensure_ascii=False, indent=2).encode("utf-8")
