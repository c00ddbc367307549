"""Django's Redis cache backend, with one Redis client object per connection pool.

Django's RedisCacheClient builds a new redis.Redis object for every cache call, and that
constructor copies some 170 response callbacks each time: measured on a page served from the
shared page cache, that alone was a quarter of the request. A redis.Redis object is
thread-safe and only borrows connections from its pool, so one per pool is enough.
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

    def publish(self, channel: str, message: bytes) -> None:
        """A message to every subscriber (see wegwijzer.local_pages)."""
        self._cache.get_client(write=True).publish(channel, message)
