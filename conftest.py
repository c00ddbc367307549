"""Project-wide pytest set-up: a fast password hasher, an empty cache per test."""

import pytest


def pytest_configure(config):
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: a test's rolled-back rows send no signal, so
    copies of reference tables (actors.reference_cache) must not outlive it."""
    from django.core.cache import cache

    cache.clear()
    yield
