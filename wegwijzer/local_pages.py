"""Each process's own copy of the pages it served lately, kept honest by Redis pub/sub.

A page from the shared cache (Redis) costs a network round trip on every request: measured,
that made a cached page cost three times the whitenoise static file. So each process also
keeps the pages it served lately, and the content version they were built under. When the
content changes, pagecache.bump_version() publishes on a channel; a thread in every process
(on every host) hears it and forgets the version, so the next request reads the new version
from Redis and builds or fetches the new page. A process that is not subscribed (Redis gone,
not started yet) trusts nothing of its own and asks Redis every time, as before.

Only with Redis (production); the in-memory cache of development and tests is per process
already.
"""

import os
import threading
import time
from collections import OrderedDict

import redis
from django.conf import settings
from django.core.cache import cache

CHANNEL = "pages:changed"
MAX_PAGES = 1000
MAX_BYTES = 64 * 1024 * 1024
RETRY_SECONDS = 5


def channel() -> str:
    # With the cache's key prefix, so two sites (or a benchmark) on one Redis stay apart.
    return cache.make_key(CHANNEL)


class LocalPages:
    def __init__(self):
        self._lock = threading.Lock()
        self._pid = 0
        self._listening = False
        self._retry_at = 0.0
        self._version: str | None = None
        self._changes = 0
        self._pages: OrderedDict[str, dict] = OrderedDict()
        self._bytes = 0
        self._client = None

    # The content version.

    def version(self) -> tuple[str | None, int]:
        """(the content version this process may trust, or None; a token for remember())."""
        if self._pid != os.getpid():
            self._start()
        elif not self._listening and time.monotonic() >= self._retry_at:
            self._start()
        with self._lock:
            return (self._version if self._listening else None), self._changes

    def remember(self, version: str, token: int) -> None:
        """Trust `version`, read from Redis, unless a change was heard since `token`."""
        with self._lock:
            if self._listening and token == self._changes:
                self._version = version

    def forget(self) -> None:
        """The content changed: read the version from Redis again."""
        with self._lock:
            self._changes += 1
            self._version = None

    # The pages.

    def page(self, key: str) -> dict | None:
        with self._lock:
            entry = self._pages.get(key)
            if entry is not None:
                self._pages.move_to_end(key)
            return entry

    def keep(self, key: str, entry: dict) -> None:
        if not self._listening:
            return
        size = len(entry["body"]) + len(entry["gzip"])
        with self._lock:
            if key in self._pages:
                return
            self._pages[key] = entry
            self._bytes += size
            while len(self._pages) > MAX_PAGES or self._bytes > MAX_BYTES:
                _, old = self._pages.popitem(last=False)
                self._bytes -= len(old["body"]) + len(old["gzip"])

    # The subscription.

    def _start(self) -> None:
        with self._lock:
            self._pid = os.getpid()
            self._listening = False
            self._version = None
            self._pages.clear()
            self._bytes = 0
            self._retry_at = time.monotonic() + RETRY_SECONDS
        redis_url = getattr(settings, "REDIS_URL", "")
        if not redis_url or not settings.PAGE_CACHE_SECONDS:
            self._retry_at = float("inf")
            return
        try:
            # Kept: a client that is garbage-collected closes its pool, subscription and all.
            self._client = redis.Redis.from_url(redis_url, socket_connect_timeout=1)
            pubsub = self._client.pubsub()
            pubsub.subscribe(**{channel(): self._heard})
            # Subscribed for sure before anything is trusted: the confirmation comes back.
            confirmed = pubsub.get_message(timeout=1)
            if not confirmed or confirmed["type"] != "subscribe":
                pubsub.close()
                return
            pubsub.run_in_thread(sleep_time=1, daemon=True, exception_handler=self._lost)
        except redis.RedisError:
            return
        with self._lock:
            self._listening = True

    def _heard(self, message) -> None:
        self.forget()

    def _lost(self, error, pubsub, thread) -> None:
        thread.stop()
        pubsub.close()
        with self._lock:
            self._listening = False
            self._version = None
            self._retry_at = time.monotonic() + RETRY_SECONDS


LOCAL = LocalPages()


def publish_change() -> None:
    """Tell every process (see LocalPages) that the content changed."""
    LOCAL.forget()
    if hasattr(cache, "publish"):  # wegwijzer.cache.RedisCache
        cache.publish(channel(), b"1")
