"""HTTP-level rules that run before a route: the size of a request body, counted
while it streams in, and OPTIONS answered with the methods a path allows.

An upload past its limit is refused with 413 as soon as its Content-Length says
so, or, without one, as soon as the bytes received pass the limit: the rest is
never read, and never written to a temporary file.
"""
from __future__ import annotations

import json
from collections.abc import Callable

from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# What a multipart body carries besides the file: boundaries, part headers, file name.
MULTIPART_OVERHEAD = 64 * 1024
PROBED = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")  # the methods OPTIONS asks the routes about


class _Over(Exception):
    pass


async def _answer(send: Send, status: int, body: dict | None, headers: dict[str, str]) -> None:
    content = json.dumps(body, ensure_ascii=False).encode() if body is not None else b""
    raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    if body is not None:
        raw += [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": content})


class BodyLimit:
    """Refuse a request body over `limit_for(path)` bytes with 413 naming the setting."""

    def __init__(self, app: ASGIApp, limit_for: Callable[[str], tuple[int, str]]):
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit, setting = self.limit_for(scope["path"])
        allowed = limit + MULTIPART_OVERHEAD
        reason = f"the request body is over the limit of {limit:,} bytes ({setting})"
        headers = dict((k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"])
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > allowed:
            await _answer(send, 413, {"detail": reason}, {"Connection": "close"})
            return
        received = 0
        over = answered = False

        async def counted() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > allowed:
                    over = True
                    raise _Over()
            return message

        async def unless_over(message: Message) -> None:
            nonlocal answered
            if over:  # the app's answer to a body cut short is replaced by the 413
                return
            answered = True
            await send(message)

        try:
            await self.app(scope, counted, unless_over)
        except _Over:
            pass
        except Exception:
            if not over:
                raise
        if over and not answered:
            await _answer(send, 413, {"detail": reason}, {"Connection": "close"})


class AnswerOptions:
    """OPTIONS on a known path: 204 with `Allow` listing its methods."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "OPTIONS":
            await self.app(scope, receive, send)
            return
        routes = scope["app"].routes
        methods = {m for m in PROBED if any(r.matches({**scope, "method": m})[0] == Match.FULL for r in routes)}
        if not methods:
            await self.app(scope, receive, send)
            return
        await _answer(send, 204, None, {"Allow": ", ".join(sorted(methods | {"OPTIONS"}))})
