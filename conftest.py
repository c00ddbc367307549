"""Project-wide pytest set-up: a fast password hasher, and an empty cache for every test."""

import pytest


def pytest_configure(config):
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache():
    # The cache outlives a test's rolled-back database (whose rows send no signal): a page
    # cached for one test's rows, a lockout counted in one test or a copy of a reference
    # table (actors.reference_cache) must not leak into the next.
    from django.core.cache import cache

    cache.clear()
    yield
