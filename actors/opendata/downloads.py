"""Serve the built downloads with ETag and Last-Modified (conditional GET answers 304)."""

import gzip

from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import gettext as _
from rest_framework.response import Response

from actors.models import OpenDataFile
from actors.opendata.http import OpenDataView


class _Download(OpenDataView):
    kind: str

    def get(self, request):
        stored = OpenDataFile.objects.filter(kind=self.kind).defer("content").first()
        if stored is None:
            return self.not_built()
        etag = f'W/"{stored.etag}"'
        last_modified = int(stored.built_at.timestamp())  # HTTP dates have whole seconds
        unchanged = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if unchanged is not None:
            unchanged["ETag"] = etag
            return unchanged
        content = bytes(OpenDataFile.objects.values_list("content", flat=True).get(pk=stored.pk))
        response = HttpResponse(content_type=stored.content_type)
        if stored.gzipped:
            patch_vary_headers(response, ["Accept-Encoding"])
            if "gzip" in request.headers.get("Accept-Encoding", ""):
                response["Content-Encoding"] = "gzip"
            else:
                content = gzip.decompress(content)
        response.content = content
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        response["Content-Disposition"] = f'attachment; filename="{stored.filename}"'
        return response

    def not_built(self):
        return Response(
            {
                "status": 503,
                "detail": _(
                    "Dit bestand is nog niet gemaakt. Probeer het later opnieuw, of gebruik "
                    "intussen de API."
                ),
            },
            status=503,
            headers={"Retry-After": "3600"},
        )


class TabularDownload(_Download):
    kind = OpenDataFile.Kind.TABULAR


class JSONDownload(_Download):
    kind = OpenDataFile.Kind.JSON
