"""Each process's own copy of the cached pages (wegwijzer.local_pages), on a real Redis:
a hit costs no round trip, and a change made anywhere (another process, another host)
reaches every process through Redis pub/sub before its next request."""

import time
import uuid
from unittest import mock

import pytest
import redis
from django.conf import settings
from django.core.cache import cache
from django.test import TestCase, override_settings

from actors.models import Fiche
from tests.world import build_world
from wegwijzer import local_pages, pagecache

REDIS_URL = "redis://127.0.0.1:6379/14"


def redis_is_up() -> bool:
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


pytestmark = pytest.mark.skipif(not redis_is_up(), reason="needs Redis on 127.0.0.1:6379")


def redis_settings():
    prefix = f"test-local-{uuid.uuid4().hex[:8]}"
    return override_settings(
        REDIS_URL=REDIS_URL,
        PAGE_CACHE_SECONDS=600,
        CACHES={
            "default": {
                "BACKEND": "wegwijzer.cache.RedisCache",
                "LOCATION": REDIS_URL,
                "KEY_PREFIX": prefix,
            }
        },
    )


def wait_until(condition, seconds=3.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.01)
    return False


class LocalPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        cls.fiche = Fiche.objects.public().published().first()

    def setUp(self):
        override = redis_settings()
        override.enable()
        self.addCleanup(override.disable)
        # A fresh copy, as in a newly started process.
        self.local = local_pages.LocalPages()
        for module in (local_pages, pagecache):
            patcher = mock.patch.object(module, "LOCAL", self.local)
            patcher.start()
            self.addCleanup(patcher.stop)

    def test_a_page_seen_before_is_served_without_asking_redis(self):
        url = self.fiche.get_absolute_url()
        first = self.client.get(url)
        self.client.get(url)  # the version is now known to this process
        with mock.patch.object(cache, "get_many", side_effect=AssertionError("round trip")):
            again = self.client.get(url)
        assert again.status_code == 200 and again.content == first.content

    def test_a_change_published_by_another_process_is_seen_at_the_next_request(self):
        url = self.fiche.get_absolute_url()
        self.client.get(url)
        self.client.get(url)
        assert self.local.version()[0] is not None
        # Another process changes the fiche and publishes, without this process's signals.
        Fiche.objects.filter(pk=self.fiche.pk).update(name="Elders hernoemd")
        cache.set(pagecache.VERSION_KEY, uuid.uuid4().hex, None)
        redis.Redis.from_url(REDIS_URL).publish(local_pages.channel(), b"1")
        assert wait_until(lambda: self.local.version()[0] is None), "the message never came"
        self.assertContains(self.client.get(url), "Elders hernoemd")

    def test_two_processes_hear_each_others_changes(self):
        one, two = self.local, local_pages.LocalPages()
        for copy in (one, two):
            _, token = copy.version()
            copy.remember("v1", token)
        assert one.version()[0] == two.version()[0] == "v1"
        with mock.patch.object(local_pages, "LOCAL", one):
            local_pages.publish_change()
        assert one.version()[0] is None  # at once, in the process that changed it
        assert wait_until(lambda: two.version()[0] is None)

    def test_a_version_read_before_a_change_is_not_trusted_after_it(self):
        _, token = self.local.version()
        self.local.forget()  # a change heard while the old version was on its way
        self.local.remember("old", token)
        assert self.local.version()[0] is None

    def test_without_a_subscription_nothing_is_trusted(self):
        with override_settings(REDIS_URL="redis://127.0.0.1:1/0"):
            lonely = local_pages.LocalPages()
            version, token = lonely.version()
            lonely.remember("v1", token)
            assert lonely.version()[0] is None
            lonely.keep("k", {"body": b"x", "gzip": b"y"})
            assert lonely.page("k") is None

    def test_the_copy_stays_within_its_size(self):
        _, token = self.local.version()
        with mock.patch.object(local_pages, "MAX_PAGES", 3):
            for n in range(5):
                self.local.keep(f"k{n}", {"body": b"x", "gzip": b"y"})
        assert [self.local.page(f"k{n}") is not None for n in range(5)] == [
            False, False, True, True, True,
        ]  # fmt: skip
        assert settings.PAGE_CACHE_SECONDS
