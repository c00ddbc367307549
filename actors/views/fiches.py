"""One fiche: its page, its vCard and the "Meld een fout" form."""

from datetime import timedelta

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from actors.forms import ErrorReportForm
from actors.models import Fiche
from actors.notifications import notify_new_report
from actors.ratelimit import over_limit
from actors.vcard import fiche_vcard

# "Meld een fout": a person rarely sends more than one or two; a flood is a robot.
REPORT_LIMIT = 5
REPORT_PERIOD = 60 * 60  # seconds
# After this long without a check the page says the details may be out of date.
STALE_AFTER = timedelta(days=365)


def _visible_fiche(request: HttpRequest, slug: str) -> Fiche:
    fiches = (
        Fiche.objects.visible_to(request.user)
        .for_page()
        .with_visible_contacts(request.user)
        .select_related("verified_by")
        .prefetch_related("languages", "target_groups")
    )
    return get_object_or_404(fiches, slug=slug)


def fiche_detail(request: HttpRequest, slug: str) -> HttpResponse:
    fiche = _visible_fiche(request, slug)
    context = {"fiche": fiche, "stale_before": timezone.localdate() - STALE_AFTER}
    return render(request, "actors/fiche_detail.html", context)


def _render_report(request, fiche, form, status=200, flooded=False) -> HttpResponse:
    context = {"fiche": fiche, "form": form, "flooded": flooded}
    return render(request, "actors/fiche_report.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def fiche_report(request: HttpRequest, slug: str) -> HttpResponse:
    """ "Meld een fout" on a page of its own: the fiche page then holds no form token and is
    the same for every anonymous visitor, so it can be served from the shared cache."""
    fiche = _visible_fiche(request, slug)
    if request.method != "POST":
        return _render_report(request, fiche, ErrorReportForm())
    form = ErrorReportForm(request.POST)
    if over_limit(request, "fiche-report", REPORT_LIMIT, REPORT_PERIOD):
        return _render_report(request, fiche, form, status=429, flooded=True)
    if not form.is_valid():
        return _render_report(request, fiche, form, status=400)
    report = form.save(commit=False)
    report.fiche = fiche
    report.save()
    notify_new_report(report)  # after commit; a mail server outage never shows here
    messages.success(
        request,
        _("Bedankt. Je melding is verstuurd naar de mensen die deze gegevens bijhouden."),
    )
    return redirect(fiche)


def fiche_vcard_download(request: HttpRequest, slug: str) -> HttpResponse:
    fiche = _visible_fiche(request, slug)
    contacts = getattr(fiche, "visible_contacts", [])
    response = HttpResponse(fiche_vcard(fiche, contacts), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{fiche.slug}.vcf"'
    return response
