"""The reference cache's version is read once per request: one page is built from one set of
copies, and the next page sees any change, made on this host or another."""

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started

from actors import reference_cache
from actors.reference_cache import VERSION_KEY, cached


def start_request():
    request_started.send(sender=None, environ={})


def finish_request():
    request_finished.send(sender=None)


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    finish_request()
    cache.clear()


@pytest.mark.django_db
def test_a_change_on_another_host_shows_on_the_next_request_not_halfway_through_one():
    start_request()
    assert cached("list", lambda: "old rows") == "old rows"
    cache.set(VERSION_KEY, "another-hosts-version", timeout=None)  # another host saved a row
    # The same page keeps the copies it started with.
    assert cached("list", lambda: "new rows") == "old rows"
    finish_request()

    start_request()
    assert cached("list", lambda: "new rows") == "new rows"


@pytest.mark.django_db
def test_a_change_made_during_a_request_shows_at_once_in_that_request():
    start_request()
    assert cached("list", lambda: "old rows") == "old rows"
    reference_cache.changed()  # as a save of a reference row does
    assert cached("list", lambda: "new rows") == "new rows"


@pytest.mark.django_db
def test_outside_a_request_every_call_reads_the_version():
    assert cached("list", lambda: "old rows") == "old rows"
    cache.set(VERSION_KEY, "another-hosts-version", timeout=None)  # another host saved a row
    assert cached("list", lambda: "new rows") == "new rows"
