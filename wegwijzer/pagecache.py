"""A shared cache of the pages anonymous visitors see, emptied whenever the content changes.

Most visitors have no account: for them a zone page, a route or a search result is the same
page for everyone, so it is built once and then served from the shared cache (Redis in
production, so every gunicorn host sees the same entries) until a fiche, text or zone changes.

What is kept: a 200 answer to a GET from a visitor without a session cookie, that sets no
cookie (a page with a CSRF token does) and that the view did not mark private or no-store.
A professional is logged in, so has a session cookie and never reads or fills this cache.

Invalidation: every key holds a content version; saving or deleting any directory or text
row (signals, also from the admin and `loaddata`) sets a new version, so the next request
builds the page again. Old entries simply expire.
"""

import gzip
import hashlib
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.middleware.gzip import GZipMiddleware
from django.middleware.http import ConditionalGetMiddleware
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

from pathways import clock
from wegwijzer.local_pages import LOCAL, publish_change

VERSION_KEY = "pages:version"
# Apps whose rows appear on public pages; rows of these models do not.
CONTENT_APPS = {"actors", "pathways"}
NOT_CONTENT = {"errorreport", "professionalprofile", "zoneeditor"}
# Pages bigger than this are not worth the memory (none is, today).
MAX_BODY = 1024 * 1024


def bump_version(**kwargs) -> None:
    """A new content version: every cached page is stale from now on, in every process."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    publish_change()


def _content_changed(sender, **kwargs) -> None:
    if sender._meta.app_label not in CONTENT_APPS or sender._meta.model_name in NOT_CONTENT:
        return
    bump_version()
    # Once more after the commit: a request that read the old rows while the transaction
    # was open may have cached them in between.
    transaction.on_commit(bump_version)


def connect_signals() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_content_changed, dispatch_uid=f"pagecache-{id(signal)}")


# The content version this process saw last: the page is looked up under it together with
# the current version, in one cache round trip; only after a change is a second one needed.
_seen_version = ""


def _lookup(request: HttpRequest) -> tuple[str, dict | None]:
    """The page's key under the current content version, and its cached entry if any: from
    this process's own copy when it may trust it (no round trip), else from Redis."""
    global _seen_version
    known, token = LOCAL.version()
    guessed = _seen_version if known is None else known
    guess = _key(request, guessed)
    if known is not None:
        entry = LOCAL.page(guess)
        if entry is not None:
            return guess, entry
    found = cache.get_many([VERSION_KEY, guess])
    version = found.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    LOCAL.remember(version, token)
    _seen_version = version
    if version == guessed:
        key, entry = guess, found.get(guess)
    else:
        key = _key(request, version)
        entry = cache.get(key)
    if entry is not None:
        LOCAL.keep(key, entry)
    return key, entry


def _may_use_cache(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        # A one-time message ("Bedankt …") waits in this cookie for the next page.
        and "messages" not in request.COOKIES
        and not request.path.startswith(settings.PAGE_CACHE_SKIP)
    )


def _may_store(response: HttpResponse) -> bool:
    # Any Cache-Control a view or middleware set (private, no-store, no-cache …) wins.
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Cache-Control")
        and len(response.content) <= MAX_BODY
    )


def _key(request: HttpRequest, version: str) -> str:
    # Scheme and host are part of the page (absolute links to share and to print).
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    # Today's date too: a route counts its deadlines from today, so yesterday's page is stale.
    day = clock.today().isoformat()
    return f"pages:{version}:{day}:{hashlib.sha256(address.encode()).hexdigest()}"


def _entry(response: HttpResponse) -> dict:
    body = response.content
    return {
        "headers": [(k, v) for k, v in response.items() if k.lower() != "content-length"],
        "body": body,
        # Compressed once here rather than on every hit. These pages hold no secret (no
        # token, nothing about the visitor), so BREACH padding is not needed for them.
        "gzip": gzip.compress(body, compresslevel=6, mtime=0),
        "etag": f'"{hashlib.md5(body, usedforsecurity=False).hexdigest()}"',
        "modified": http_date(time.time()),
    }


def _response(request: HttpRequest, entry: dict) -> HttpResponse:
    accepts_gzip = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
    field = "gzip_headers" if accepts_gzip else "plain_headers"
    headers = entry.get(field)
    if headers is None:  # once per entry and encoding, in each process
        headers = entry[field] = _response_headers(entry, accepts_gzip)
    response = HttpResponse(entry["gzip"] if accepts_gzip else entry["body"])
    # Checked when they were first set (_response_headers); copied in as they are, rather
    # than checked again header by header on every hit.
    response.headers._store.update(headers)
    return response


def _response_headers(entry: dict, accepts_gzip: bool) -> dict:
    response = HttpResponse()
    for name, value in entry["headers"]:
        response[name] = value
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = entry["modified"]
    if accepts_gzip:
        response["Content-Encoding"] = "gzip"
        # One validator for both encodings: equal as far as a weak comparison goes.
        response["ETag"] = "W/" + entry["etag"]
    patch_vary_headers(response, ("Accept-Encoding",))
    response["Content-Length"] = str(len(entry["gzip"] if accepts_gzip else entry["body"]))
    return dict(response.headers._store)


# Kept from the stack below while it builds a page that may be stored: this middleware
# compresses and validates the stored page itself, for this request and every later one.
WITHHELD = (
    "HTTP_ACCEPT_ENCODING",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_MATCH",
    "HTTP_IF_UNMODIFIED_SINCE",
)


def _validated(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A 304 (or 412) for a browser that already has this page, as ConditionalGet would."""
    if not any(name in request.META for name in WITHHELD[1:]):
        return response
    modified = parse_http_date_safe(response["Last-Modified"])
    return get_conditional_response(
        request, etag=response["ETag"], last_modified=modified, response=response
    )


class AnonymousPageCacheMiddleware:
    """Serves anonymous visitors from the shared cache and fills it. Sits right below
    WhiteNoise, above compression, conditional GET and sessions: a hit is answered here,
    compressed and validated already, with no database query, and usually no round trip
    (wegwijzer.local_pages)."""

    def __init__(self, get_response):
        self.get_response = get_response
        # For a page that is not stored: what GZip and ConditionalGet, below this, would have
        # done had they seen the headers (in the order the stack runs them).
        self.finish = (
            ConditionalGetMiddleware(get_response).process_response,
            GZipMiddleware(get_response).process_response,
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _may_use_cache(request):
            return self.get_response(request)
        key, entry = _lookup(request)
        if entry is None:
            withheld = {name: request.META.pop(name) for name in WITHHELD if name in request.META}
            response = self.get_response(request)
            request.META.update(withheld)
            if not _may_store(response):
                for finish in self.finish:
                    response = finish(request, response)
                return response
            # Browsers and proxies may keep the page a short while and show it while they
            # check again; this cache is emptied at once when the content changes.
            # (Only pages without Cache-Control get here: _may_store() refuses the others.)
            response["Cache-Control"] = (
                f"public, max-age={settings.PAGE_MAX_AGE}, "
                f"stale-while-revalidate={settings.PAGE_STALE_WHILE_REVALIDATE}"
            )
            entry = _entry(response)
            cache.set(key, entry, seconds)
            LOCAL.keep(key, entry)
        return _validated(request, _response(request, entry))
