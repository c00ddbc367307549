"""Site-wide response headers that Django's SecurityMiddleware does not set."""

from django.conf import settings


def permissions_policy(get_response):
    """Adds the Permissions-Policy header (settings.PERMISSIONS_POLICY) to every response."""

    def middleware(request):
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware
