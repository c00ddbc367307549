from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def start(request: HttpRequest, flow: str = "") -> HttpResponse:
    """Placeholder: the guided flow issue replaces this."""
    return render(request, "pathways/start.html")
