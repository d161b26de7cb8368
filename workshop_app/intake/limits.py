"""Rate limits for the note entry: per client address and for the whole room.

Token buckets: each request takes a token; tokens come back at a steady rate up to the bucket's
size, so a burst (a table of people posting at once, a phone sending its saved notes after the
Wi-Fi came back) passes while a flood is cut off. Wrong join codes have a bucket of their own, so
guessing the code from one address is slow.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """How much the server takes. The defaults suit a room of 30-50 people.

    A person writes a note in half a minute at best; a phone posts its whole outbox at once
    after a network break. The room's bucket lets 30 phones send ten saved notes each at once.
    """

    client_burst: int = 40
    client_per_second: float = 1.0
    room_burst: int = 600
    room_per_second: float = 60.0
    wrong_code_burst: int = 10
    wrong_code_per_second: float = 1 / 30
    max_body_bytes: int = 128 * 1024
    """A 5,000-character note in the widest JSON escaping is about 60 KB."""
    max_clients: int = 4096
    """Addresses remembered; beyond that, the ones with full buckets are forgotten."""


class Bucket:
    __slots__ = ("size", "rate", "tokens", "stamp")

    def __init__(self, size: int, rate: float, now: float):
        self.size = size
        self.rate = rate
        self.tokens = float(size)
        self.stamp = now

    def _refill(self, now: float) -> None:
        if now > self.stamp:
            self.tokens = min(self.size, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def take(self, now: float) -> bool:
        self._refill(now)
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False

    def empty(self, now: float) -> bool:
        self._refill(now)
        return self.tokens < 1

    def full(self, now: float) -> bool:
        self._refill(now)
        return self.tokens >= self.size


class RateLimiter:
    """Decides whether a request from an address may be served now.

    Args:
        limits: the sizes and rates.
        clock: seconds, monotonic; tests pass a fixed clock so nothing depends on timing.
    """

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic):
        self.limits = limits
        self._clock = clock
        self._room = Bucket(limits.room_burst, limits.room_per_second, clock())
        self._clients: dict[str, Bucket] = {}
        self._wrong_codes: dict[str, Bucket] = {}

    def allow(self, client: str) -> bool:
        """Take a token for one request from ``client``; False: answer 429."""
        now = self._clock()
        if client in self._wrong_codes and self._wrong_codes[client].empty(now):
            return False
        bucket = self._bucket(self._clients, client, self.limits.client_burst, self.limits.client_per_second, now)
        return bucket.take(now) and self._room.take(now)

    def wrong_code(self, client: str) -> None:
        """Count a wrong join code from ``client``; when its bucket is empty, it gets 429s."""
        now = self._clock()
        bucket = self._bucket(
            self._wrong_codes, client, self.limits.wrong_code_burst, self.limits.wrong_code_per_second, now
        )
        bucket.take(now)

    def _bucket(self, table: dict[str, Bucket], client: str, size: int, rate: float, now: float) -> Bucket:
        bucket = table.get(client)
        if bucket is None:
            if len(table) >= self.limits.max_clients:
                for key in [k for k, b in table.items() if b.full(now)]:
                    del table[key]
                for key in list(table)[: max(0, len(table) - self.limits.max_clients // 2)]:
                    del table[key]  # still full of busy addresses: forget the oldest half
            bucket = table[client] = Bucket(size, rate, now)
        return bucket
