"""HTTP manners shared by every open-data response: JSON errors, CORS, caching, rate limit."""

import logging
import math

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView

from actors.opendata.queries import BadParameter

CACHE_SECONDS = 300
logger = logging.getLogger("django.request")


class PerClientThrottle(SimpleRateThrottle):
    """OPEN_DATA_RATE requests per client address, counted in the shared cache (Redis in
    production), so every gunicorn host counts against the same limit."""

    scope = "open-data"

    def get_rate(self) -> str:
        return settings.OPEN_DATA_RATE

    def get_cache_key(self, request, view) -> str:
        # The address as axes reads it for login lockouts (proxy-aware when configured).
        ident = get_client_ip_address(request) or "unknown"
        return self.cache_format % {"scope": self.scope, "ident": ident}


class UTF8JSONRenderer(JSONRenderer):
    charset = "utf-8"


def _message(exc) -> tuple[int, str]:
    if isinstance(exc, BadParameter):
        return 400, str(exc)
    if isinstance(exc, Http404 | exceptions.NotFound):
        return 404, _("Niet gevonden: dit adres of deze id bestaat niet in de open data.")
    if isinstance(exc, exceptions.Throttled):
        wait = math.ceil(exc.wait or 1)
        return 429, _("Te veel verzoeken. Probeer opnieuw over %(seconds)s seconden.") % {
            "seconds": wait
        }
    if isinstance(exc, exceptions.MethodNotAllowed):
        return 405, _("Alleen GET is toegestaan: de open data is alleen-lezen.")
    if isinstance(exc, exceptions.APIException):
        return exc.status_code, str(exc.detail)
    # A bug of ours: logged like any server error, answered in JSON like every other error.
    logger.error("Open-data API error", exc_info=exc)
    return 500, _("Er ging iets mis aan onze kant. Probeer het later opnieuw.")


class OpenDataView(APIView):
    """Read-only JSON for anyone: no login, no cookies read, no per-user content."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    renderer_classes = [UTF8JSONRenderer]
    parser_classes: list = []
    throttle_classes = [PerClientThrottle]
    http_method_names = ["get", "head", "options"]

    def handle_exception(self, exc):
        status, detail = _message(exc)
        response = Response({"status": status, "detail": detail}, status=status)
        if isinstance(exc, exceptions.Throttled):
            response["Retry-After"] = str(math.ceil(exc.wait or 1))
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        # Public data, the same for everyone: any site may fetch it from a browser (no
        # credentials are ever used), and shared caches may keep it for a few minutes.
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response["Access-Control-Expose-Headers"] = "ETag, Last-Modified, Retry-After"
        if response.status_code in (200, 304):
            response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
        else:
            response["Cache-Control"] = "no-store"
        return response
