"""The HSDS 3.0 API endpoints: parse the query, pick rows (queries), present (presenters)."""

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from rest_framework.response import Response

from actors.models import OpenDataFile
from actors.opendata import presenters, taxonomies
from actors.opendata.http import OpenDataView
from actors.opendata.ids import fiche_id_of_service_at_location, parse_uuid
from actors.opendata.pages import MINIMAL_MAX_PER_PAGE, page_of
from actors.opendata.queries import (
    attach_links,
    filter_services,
    open_fiches,
    open_organisations,
    with_address,
    with_details,
)

HSDS_OPENAPI = (
    "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"
)


def _flag(params, name: str) -> bool:
    return params.get(name, "").strip().lower() in ("1", "true", "yes", "ja")


def _absolute(request, name: str, *args) -> str:
    return request.build_absolute_uri(reverse(f"opendata:{name}", args=args))


class Root(OpenDataView):
    def get(self, request):
        downloads = {f.kind: f for f in OpenDataFile.objects.defer("content")}
        return Response(
            {
                "version": "3.0",
                "profile": request.build_absolute_uri(reverse("opendata:guide")),
                "openapi_url": HSDS_OPENAPI,
                "name": _("Wegwijzer bij ziekte: publieke fiches"),
                "publisher": settings.SITE_URL,
                "license": presenters.licence(),
                "documentation": {
                    "nl": request.build_absolute_uri(reverse("opendata:guide")),
                    "en": request.build_absolute_uri(reverse("opendata:guide_en")),
                },
                "endpoints": {
                    name: _absolute(request, name)
                    for name in (
                        "services",
                        "organizations",
                        "service_at_locations",
                        "taxonomies",
                        "taxonomy_terms",
                    )
                },
                "downloads": [
                    {
                        "kind": kind,
                        "url": _absolute(request, f"download_{kind}"),
                        "built_at": (
                            presenters.timestamp(downloads[kind].built_at)
                            if kind in downloads
                            else None
                        ),
                    }
                    for kind in OpenDataFile.Kind.values
                ],
            }
        )


class Services(OpenDataView):
    def get(self, request):
        params = request.query_params
        fiches = filter_services(open_fiches(), params)
        if _flag(params, "minimal"):
            rows = fiches.only("public_id", "open_data_changed_at")
            return Response(
                page_of(rows, params, presenters.minimal_service, max_per_page=MINIMAL_MAX_PER_PAGE)
            )
        full = _flag(params, "full")
        return Response(
            page_of(
                with_details(fiches),
                params,
                lambda f: presenters.service(f, full=full),
                prepare=attach_links,
            )
        )


def _one(queryset, value: str):
    uid = parse_uuid(value)
    found = queryset.filter(public_id=uid).first() if uid else None
    if found is None:
        raise Http404
    return found


def _one_fiche(fiches, value: str):
    return attach_links([_one(with_details(fiches), value)])[0]


class Service(OpenDataView):
    def get(self, request, pk: str):
        return Response(presenters.service(_one_fiche(open_fiches(), pk)))


class ServiceAtLocations(OpenDataView):
    def get(self, request):
        params = request.query_params
        fiches = with_address(filter_services(open_fiches(), params))
        full = _flag(params, "full")
        return Response(
            page_of(
                with_details(fiches),
                params,
                lambda f: presenters.service_at_location_entry(f, full=full),
                prepare=attach_links,
            )
        )


class ServiceAtLocation(OpenDataView):
    def get(self, request, pk: str):
        uid = parse_uuid(pk)
        if uid is None:
            raise Http404
        fiche = _one_fiche(with_address(open_fiches()), str(fiche_id_of_service_at_location(uid)))
        return Response(presenters.service_at_location_entry(fiche, full=True))


class Organizations(OpenDataView):
    def get(self, request):
        params = request.query_params
        organisations = open_organisations().order_by("pk")
        if params.get("search", "").strip():
            organisations = organisations.filter(name__icontains=params["search"].strip())
        if not (_flag(params, "full") or _flag(params, "full_service")):
            return Response(page_of(organisations, params, presenters.organization))
        full_service = _flag(params, "full_service")
        return Response(
            page_of(
                organisations,
                params,
                lambda org: presenters.organization_with_services(org, org.published, full_service),
                prepare=_with_published_fiches,
            )
        )


def _with_published_fiches(organisations: list) -> list:
    """Set org.published: its open fiches, links attached, all in a few queries."""
    fiches = list(with_details(open_fiches()).filter(organisation__in=organisations).order_by("pk"))
    attach_links(fiches)
    for org in organisations:
        org.published = [f for f in fiches if f.organisation_id == org.pk]
    return organisations


class Organization(OpenDataView):
    def get(self, request, pk: str):
        org = _with_published_fiches([_one(open_organisations(), pk)])[0]
        full_service = _flag(request.query_params, "full_service")
        return Response(presenters.organization_with_services(org, org.published, full_service))


class Taxonomies(OpenDataView):
    def get(self, request):
        search = request.query_params.get("search", "").strip().lower()
        found = [t for t in taxonomies.TAXONOMIES if search in t.name.lower()]
        return Response(page_of(_List(found), request.query_params, presenters.taxonomy))


class Taxonomy(OpenDataView):
    def get(self, request, pk: str):
        tax = taxonomies.by_id(pk.strip())
        if tax is None:
            raise Http404
        return Response(presenters.taxonomy(tax))


class TaxonomyTerms(OpenDataView):
    def get(self, request):
        params = request.query_params
        chosen = taxonomies.TAXONOMIES
        if params.get("taxonomy_id"):
            chosen = [t for t in chosen if t.id == params["taxonomy_id"].strip()]
        search = params.get("search", "").strip().lower()
        parent = params.get("parent_id", "").strip()
        top_only = _flag(params, "top_only")
        terms = [presenters.taxonomy_term(term, tax) for tax in chosen for term in tax.terms()]
        terms = [
            t
            for t in terms
            if search in t["name"].lower()
            and (not parent or t.get("parent_id") == parent)
            and (not top_only or "parent_id" not in t)
        ]
        return Response(page_of(_List(terms), params, lambda term: term))


class TaxonomyTerm(OpenDataView):
    def get(self, request, pk: str):
        uid = parse_uuid(pk)
        for tax in taxonomies.TAXONOMIES:
            term = tax.terms().filter(public_id=uid).first() if uid else None
            if term is not None:
                return Response(presenters.taxonomy_term(term, tax))
        raise Http404


class NotFound(OpenDataView):
    """Any other address under the prefix: a JSON 404, not the site's HTML page."""

    def get(self, request, rest: str = ""):
        raise Http404


class _List(list):
    """A list that page_of() can count like a queryset (the taxonomies are a few hundred
    rows at most, read whole)."""

    def count(self) -> int:
        return len(self)
