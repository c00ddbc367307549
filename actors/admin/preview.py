"""Preview a fiche as a visitor or as a professional would see it, and "view on site" links
that respect zone scoping (a draft or another zone's fiche never leaks through a redirect)."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import Fiche
from actors.views.fiches import STALE_AFTER

AS_PROFESSIONAL = "professional"
AS_VISITOR = "bezoeker"


def preview_url(fiche: Fiche, as_professional: bool = False) -> str:
    audience = AS_PROFESSIONAL if as_professional else AS_VISITOR
    return reverse("admin:actors_fiche_preview", args=[fiche.pk]) + f"?als={audience}"


def _hidden_reason(fiche: Fiche, as_professional: bool) -> str:
    """Why the audience would not find this fiche on the site at all, or ''."""
    if fiche.status == Fiche.Status.DRAFT:
        return _("Dit is een klad: op de site ziet nog niemand deze fiche.")
    if fiche.status == Fiche.Status.ARCHIVED:
        return _("Deze fiche is gearchiveerd: op de site ziet niemand ze.")
    if fiche.is_professional_only and not as_professional:
        return _(
            "Deze fiche is alleen voor professionals: een bezoeker zonder account vindt ze niet."
        )
    return ""


class FichePreviewMixin:
    """Adds /beheer/actors/fiche/<id>/voorbeeld/?als=bezoeker|professional to the fiche admin."""

    def get_urls(self):
        preview = path(
            "<path:object_id>/voorbeeld/",
            self.admin_site.admin_view(self.preview_view),
            name="actors_fiche_preview",
        )
        return [preview, *super().get_urls()]

    def view_on_site(self, fiche: Fiche) -> str:
        # A fiche the public cannot open is previewed instead of answering 404.
        if fiche.status == Fiche.Status.PUBLISHED and not fiche.is_professional_only:
            return fiche.get_absolute_url()
        return preview_url(fiche, as_professional=fiche.is_professional_only)

    def preview_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        self._require_valid_ids(object_id)
        fiche = self.get_object(request, unquote(object_id))  # 404 outside the user's zones
        as_professional = request.GET.get("als") == AS_PROFESSIONAL
        fiches = (
            Fiche.objects.for_page()
            .select_related("verified_by")
            .prefetch_related("languages", "target_groups")
        )
        if as_professional:
            # Through the contact-person door, as the fiche page does for a professional.
            fiches = fiches.with_visible_contacts(request.user)
        fiche = fiches.get(pk=fiche.pk)
        context = {
            "fiche": fiche,
            "form": None,
            "stale_before": timezone.localdate() - STALE_AFTER,
            "preview": {
                "as_professional": as_professional,
                "hidden_reason": _hidden_reason(fiche, as_professional),
                "other_url": preview_url(fiche, as_professional=not as_professional),
                "change_url": reverse("admin:actors_fiche_change", args=[fiche.pk]),
            },
        }
        # admin_view() already marks it never_cache (private, no-store).
        response = render(request, "actors/fiche_detail.html", context)
        response["X-Robots-Tag"] = "noindex"
        return response


def view_on_site(request: HttpRequest, content_type_id: int, object_id: str) -> HttpResponse:
    """Replaces the admin's /r/<ct>/<id>/ redirect, which would reveal the address of any row:
    only a row the user may see in the admin is followed, through its admin's own link."""
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist as exc:
        raise Http404 from exc
    model_admin = admin.site._registry.get(model)
    if model_admin is None or not model_admin.has_view_permission(request):
        raise Http404
    try:
        pk = model._meta.pk.to_python(unquote(object_id))
    except ValidationError as exc:
        raise Http404 from exc
    obj = model_admin.get_queryset(request).filter(pk=pk).first()
    if obj is None or not model_admin.has_view_permission(request, obj):
        raise Http404
    if callable(model_admin.view_on_site):
        url = model_admin.view_on_site(obj)
    elif model_admin.view_on_site and hasattr(obj, "get_absolute_url"):
        url = obj.get_absolute_url()
    else:
        url = None
    if not url:
        raise Http404
    return redirect(url)
