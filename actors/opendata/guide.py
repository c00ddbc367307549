"""The page for reusers, in Dutch and in English: what is published and how to fetch it."""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse

from actors.models import OpenDataFile
from actors.opendata.queries import open_fiches

PERIODS = {
    "second": ("seconde", "second"),
    "minute": ("minuut", "minute"),
    "hour": ("uur", "hour"),
    "day": ("dag", "day"),
}


def _rate() -> dict:
    """settings.OPEN_DATA_RATE ("120/minute") in words, Dutch and English."""
    count, period = settings.OPEN_DATA_RATE.split("/")
    nl, en = PERIODS[period]
    return {"count": count, "nl": nl, "en": en}


def _context(request) -> dict:
    api = request.build_absolute_uri(reverse("opendata:root"))
    example = open_fiches().order_by("pk").values_list("public_id", flat=True).first()
    return {
        "api": api,
        "example_id": example or "3f1c0b9e-0000-4000-8000-000000000000",
        "licence_name": settings.OPEN_DATA_LICENCE_TITLE,
        "licence_url": settings.OPEN_DATA_LICENCE_URL,
        "rate": _rate(),
        "downloads": OpenDataFile.objects.defer("content").order_by("kind"),
        "tabular_url": reverse("opendata:download_tabular"),
        "json_url": reverse("opendata:download_json"),
    }


def guide(request):
    return render(request, "opendata/guide.html", _context(request))


def guide_en(request):
    return render(request, "opendata/guide_en.html", _context(request))
