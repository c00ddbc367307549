"""A small per-address rate limit kept in the cache, for forms anyone can post."""

from axes.helpers import get_client_ip_address
from django.core.cache import cache
from django.http import HttpRequest


def over_limit(request: HttpRequest, scope: str, limit: int, period: int) -> bool:
    """Count one attempt for this address and say whether it went over `limit` per `period`
    seconds. A fixed window: it starts at the first attempt and lasts `period` seconds."""
    # axes reads the address the same way it does for login lockouts (proxy-aware when set).
    address = get_client_ip_address(request) or "unknown"
    key = f"ratelimit:{scope}:{address}"
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=period)
        count = 1
    return count > limit
