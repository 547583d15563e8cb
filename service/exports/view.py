"""What every export says about one task: the task view, a stable id and a link back."""
from __future__ import annotations

from models.tables import Document, TaskRow
from service.settings import Settings
from service.tasks import task_view


def service_base_url(settings: Settings) -> str:
    """Where links point outside a request (CLI exports, webhooks): VANBAN_PUBLIC_URL or HOST:PORT."""
    return settings.public_url or f"http://{settings.host}:{settings.port}"


def document_url(base_url: str, doc_id: int) -> str:
    """The document as JSON, for programs (webhooks, the JSON export)."""
    return f"{base_url.rstrip('/')}/api/documents/{doc_id}"


def document_page_url(base_url: str, doc_id: int) -> str:
    """The document's page, for people (calendar items, spreadsheet rows)."""
    return f"{base_url.rstrip('/')}/documents/{doc_id}"


def task_uid(task: TaskRow, doc: Document) -> str:
    """Stable across re-ingesting the same bytes into any database: content hash + position.

    A subscribed calendar matches on it, so a re-published feed updates its to-dos
    instead of duplicating them."""
    origin = doc.content_hash[:24] if doc.content_hash else f"document-{doc.id}"
    return f"{origin}-{task.position}@vanban"


def export_view(task: TaskRow, doc: Document, *, base_url: str) -> dict:
    """service.tasks.task_view plus `uid` and `document_url`."""
    return {"uid": task_uid(task, doc), **task_view(task, doc), "document_url": document_url(base_url, doc.id)}
