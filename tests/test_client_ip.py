"""Lockouts and rate limits count per visitor, also behind nginx (BEHIND_PROXY=1)."""

from django.test import RequestFactory, override_settings

from actors.ratelimit import over_limit
from wegwijzer.client_ip import visitor_address

factory = RequestFactory()


def request(forwarded=None, remote="127.0.0.1"):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return factory.get("/", **extra)


@override_settings(BEHIND_PROXY=True, PROXY_COUNT=1)
def test_behind_one_proxy_the_address_it_appended_counts():
    assert visitor_address(request("203.0.113.9")) == "203.0.113.9"
    # A visitor who sends the header themselves cannot choose their address.
    assert visitor_address(request("198.51.100.1, 203.0.113.9")) == "203.0.113.9"


@override_settings(BEHIND_PROXY=True, PROXY_COUNT=2)
def test_behind_two_proxies_the_outer_ones_entry_counts():
    assert visitor_address(request("198.51.100.1, 203.0.113.9, 10.0.0.2")) == "203.0.113.9"
    assert visitor_address(request("10.0.0.2")) == "127.0.0.1"


@override_settings(BEHIND_PROXY=False)
def test_without_a_proxy_the_header_is_ignored():
    assert visitor_address(request("203.0.113.9", remote="192.0.2.5")) == "192.0.2.5"


@override_settings(BEHIND_PROXY=True, PROXY_COUNT=1)
def test_the_form_rate_limit_counts_each_visitor_behind_the_proxy_apart():
    for _ in range(3):
        assert not over_limit(request("203.0.113.9"), "test", 3, 60)
    assert over_limit(request("203.0.113.9"), "test", 3, 60)
    assert not over_limit(request("203.0.113.10"), "test", 3, 60)
