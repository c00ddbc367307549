"""Open data under one stable prefix (wired in wegwijzer/urls.py as /open-data/).

The HSDS API lives under hsds/v3/ so a later version can sit beside it without moving it.
"""

from django.urls import path, re_path

from actors.opendata import downloads, guide, views

app_name = "opendata"

urlpatterns = [
    path("", guide.guide, name="guide"),
    path("en/", guide.guide_en, name="guide_en"),
    path("hsds/v3/", views.Root.as_view(), name="root"),
    path("hsds/v3/services", views.Services.as_view(), name="services"),
    path("hsds/v3/services/<str:pk>", views.Service.as_view(), name="service"),
    path("hsds/v3/organizations", views.Organizations.as_view(), name="organizations"),
    path("hsds/v3/organizations/<str:pk>", views.Organization.as_view(), name="organization"),
    path(
        "hsds/v3/service_at_locations",
        views.ServiceAtLocations.as_view(),
        name="service_at_locations",
    ),
    path(
        "hsds/v3/service_at_locations/<str:pk>",
        views.ServiceAtLocation.as_view(),
        name="service_at_location",
    ),
    path("hsds/v3/taxonomies", views.Taxonomies.as_view(), name="taxonomies"),
    path("hsds/v3/taxonomies/<str:pk>", views.Taxonomy.as_view(), name="taxonomy"),
    path("hsds/v3/taxonomy_terms", views.TaxonomyTerms.as_view(), name="taxonomy_terms"),
    path("hsds/v3/taxonomy_terms/<str:pk>", views.TaxonomyTerm.as_view(), name="taxonomy_term"),
    path(
        "hsds/v3/download/wegwijzer-hsds-tabular.zip",
        downloads.TabularDownload.as_view(),
        name="download_tabular",
    ),
    path(
        "hsds/v3/download/wegwijzer-hsds.json",
        downloads.JSONDownload.as_view(),
        name="download_json",
    ),
    re_path(r"^hsds/v3/(?P<rest>.*)$", views.NotFound.as_view(), name="not_found"),
]
