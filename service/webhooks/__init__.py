"""Webhooks: POST new tasks as signed JSON to registered URLs, from a durable outbox."""
from __future__ import annotations

from service.webhooks.outbox import (
    TASKS_CREATED,
    TASKS_UPDATED,
    RetryPolicy,
    endpoint_ids,
    enqueue_document_tasks,
    enqueue_task_change,
)
from service.webhooks.registry import add_endpoint, delivery_counts, endpoint_view, list_endpoints, remove_endpoint
from service.webhooks.send import DeliveryReport, deliver_due
from service.webhooks.signing import DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, sign, verify
from service.webhooks.worker import DeliveryWorker, retry_policy

__all__ = ["DELIVERY_HEADER", "EVENT_HEADER", "SIGNATURE_HEADER", "TASKS_CREATED", "TASKS_UPDATED", "DeliveryReport",
           "DeliveryWorker", "RetryPolicy", "add_endpoint", "deliver_due", "delivery_counts",
           "endpoint_ids", "endpoint_view", "enqueue_document_tasks", "enqueue_task_change", "list_endpoints", "remove_endpoint", "retry_policy",
           "sign", "verify"]
