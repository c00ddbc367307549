"""The visitor's address, for login lockouts and form rate limits.

Behind reverse proxies (BEHIND_PROXY=1) every request comes from the proxy, so the address
is read from X-Forwarded-For: each proxy appends the address it got the request from, so the
visitor's is the one PROXY_COUNT places from the right. Anything further left was sent by the
visitor and cannot be trusted. Without a proxy, or without the header, REMOTE_ADDR counts.
"""

from django.conf import settings
from django.http import HttpRequest


def visitor_address(request: HttpRequest) -> str | None:
    remote = request.META.get("REMOTE_ADDR")
    if not settings.BEHIND_PROXY:
        return remote
    chain = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    chain = [part for part in chain if part]
    if len(chain) < settings.PROXY_COUNT:
        return remote
    return chain[-settings.PROXY_COUNT]
