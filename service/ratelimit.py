"""A per-client sliding-window rate limit, kept in the serving process."""
from __future__ import annotations

import math
import time
from collections import defaultdict, deque
from collections.abc import Callable
from threading import Lock

from service.errors import RateLimited

_WINDOW_SECONDS = 60.0


class RateLimiter:
    """At most `per_minute` calls per client in any 60 s window; 0 means no limit."""

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic):
        self.per_minute = per_minute
        self._clock = clock
        self._calls: dict[str, deque[float]] = defaultdict(deque)
        self._lock = Lock()

    def hit(self, client: str) -> None:
        """Count one call by `client`; raise RateLimited when it is over its budget."""
        if not self.per_minute:
            return
        now = self._clock()
        with self._lock:
            calls = self._calls[client]
            while calls and calls[0] <= now - _WINDOW_SECONDS:
                calls.popleft()
            if len(calls) >= self.per_minute:
                wait = math.ceil(calls[0] + _WINDOW_SECONDS - now)
                raise RateLimited(f"more than {self.per_minute} writes a minute from {client}; retry in {wait} s")
            calls.append(now)
