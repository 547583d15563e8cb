"""Register, list and remove webhooks; the app's lifespan runs their delivery worker."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request, Response, status
from pydantic import BaseModel, Field

from api.auth import require_admin
from api.deps import SessionDep, SettingsDep
from api.paging import Paging, page
from api.params import WebhookId
from models.public import Page, WebhookCreatedOut, WebhookOut
from service.webhooks import (
    DeliveryWorker,
    add_endpoint,
    delivery_counts,
    endpoint_view,
    list_endpoints,
    remove_endpoint,
)


@asynccontextmanager
async def delivery_worker(app: FastAPI) -> AsyncIterator[None]:
    """Deliver queued webhooks from a background thread while the app runs."""
    settings = app.state.settings
    if not settings.webhook_worker:
        yield
        return
    worker = DeliveryWorker.from_settings(settings)
    worker.start()
    try:
        yield
    finally:
        worker.stop()


router = APIRouter(prefix="/api/webhooks", tags=["webhooks"], dependencies=[Depends(require_admin)],
                   lifespan=delivery_worker)


class WebhookCreate(BaseModel):
    url: str = Field(description="http:// or https:// URL that receives POSTs of new tasks")
    secret: str | None = Field(None, description="HMAC-SHA256 key for X-Vanban-Signature; generated when omitted")


@router.post("", status_code=status.HTTP_201_CREATED, response_model=WebhookCreatedOut,
             responses={400: {"description": "Not an http(s) URL, credentials in it, or a loopback, "
                                             "link-local or private address (see VANBAN_WEBHOOK_ALLOW_PRIVATE)"}})
def create_webhook(body: WebhookCreate, session: SessionDep, settings: SettingsDep) -> dict:
    """Register a URL; the answer holds its secret, shown only here. Every webhook route,
    reads included, needs an admin key once keys are needed: a webhook receives all new
    tasks, and its URL is not for anyone to read."""
    endpoint = add_endpoint(session, url=body.url, secret=body.secret, allow_private=settings.webhook_allow_private)
    return endpoint_view(endpoint, with_secret=True)


@router.get("", response_model=Page[WebhookOut])
def get_webhooks(request: Request, session: SessionDep, paging: Annotated[Paging, Depends()]) -> dict:
    """Registered webhooks with their pending and delivered counts (no secrets)."""
    counts = delivery_counts(session)
    endpoints = list_endpoints(session)
    shown = endpoints[paging.offset:paging.offset + paging.limit]
    return page(request, paging, [endpoint_view(e, counts=counts.get(e.id)) for e in shown], len(endpoints))


@router.delete("/{webhook_id}", status_code=status.HTTP_204_NO_CONTENT,
               responses={404: {"description": "No such webhook"}})
def delete_webhook(webhook_id: WebhookId, session: SessionDep) -> Response:
    """Unregister a webhook and drop its undelivered deliveries."""
    remove_endpoint(session, webhook_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
