"""The small reference tables every search reads (actor types with their search words; the
place names and zones) and the directory filter's choice lists (actors.cached_choices) kept in Django's cache, so a search page does not fetch them again.

The site runs on several hosts, each with its own processes: a copy in a module global would
go stale on the others after an editor's change. The copies live in the shared cache (Redis in
production) under a version, and every save or delete of those tables sets a new version, so
the next page on any host builds them afresh. The version is set again when the transaction
commits: a page that read the old rows in between cannot keep them under the new version.
Bulk writes skip the signals; their callers call `changed()` (see actors.reference_data).

The mechanism knows no model, so the model layer may use it (the fiche cards' actor types and
zones, actors.models.card_rows); `watch()` ties it to the tables (actors.apps).
"""

import threading
from collections.abc import Callable
from typing import TypeVar
from uuid import uuid4

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

VERSION_KEY = "reference:version"
# A day: a copy nobody asks for leaves the cache; a change never waits for this.
TIMEOUT = 24 * 60 * 60

T = TypeVar("T")


# The version as read at the start of this request, so a page that asks for several copies
# reads it from the shared cache once (each read is a round trip to Redis). Outside a request
# (commands, shells) it is read on every call.
_request = threading.local()


def _version() -> str:
    version = getattr(_request, "version", None)
    if version is not None:
        return version
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    if getattr(_request, "active", False):
        _request.version = version
    return version


def _request_started(**kwargs) -> None:
    _request.active, _request.version = True, None


def _request_finished(**kwargs) -> None:
    _request.active, _request.version = False, None


request_started.connect(_request_started, dispatch_uid="reference-version-request-started")
request_finished.connect(_request_finished, dispatch_uid="reference-version-request-finished")


# This process's unpickled copies, of the current version only. Unpickling the place index
# on every call cost a search page some 10 ms; asking the shared cache for the version is
# a small read. Callers must not change what they get: it is shared by later requests.
_local: dict[str, object] = {}


def cached(name: str, build: Callable[[], T]) -> T:
    """`build()`'s answer, from the cache while no reference table changed."""
    version = _version()
    key = f"reference:{name}:{version}"
    if key in _local:
        return _local[key]
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, TIMEOUT)
    if any(not known.endswith(version) for known in _local):
        _local.clear()
    _local[key] = value
    return value


def _new_version() -> None:
    cache.set(VERSION_KEY, uuid4().hex, timeout=None)
    _request.version = None  # the rest of this request reads the new one


def changed() -> None:
    """A reference table changed: every host rebuilds its copies, now and after the commit."""
    _new_version()
    transaction.on_commit(_new_version)


def _on_change(sender, **kwargs):
    changed()


def watch(sources, m2m_fields) -> None:
    """A new version whenever a row of these models, or one of these many-to-many links,
    is saved or deleted."""
    for model in sources:
        post_save.connect(_on_change, sender=model, dispatch_uid=f"reference-save-{model.__name__}")
        post_delete.connect(
            _on_change, sender=model, dispatch_uid=f"reference-delete-{model.__name__}"
        )
    for field in m2m_fields:
        m2m_changed.connect(
            _on_change, sender=field.through, dispatch_uid=f"reference-m2m-{field.through.__name__}"
        )
