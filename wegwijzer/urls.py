from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.generic import RedirectView

from actors.admin.preview import view_on_site
from actors.sitemaps import section as sitemap_section
from actors.sitemaps import sitemaps
from pathways.views import short_link
from wegwijzer import views

admin.site.site_header = "Wegwijzer bij ziekte — beheer"
admin.site.site_title = "Wegwijzer beheer"
admin.site.index_title = "Fiches en inhoud beheren"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap_section"),
    # Before the admin's own /r/ route: this one keeps editors inside their zones.
    path(
        "beheer/r/<int:content_type_id>/<path:object_id>/",
        admin.site.admin_view(view_on_site),
        name="admin_view_on_site",
    ),
    path("beheer/", admin.site.urls),
    # The admin lives under a Dutch path; the usual /admin/ address still leads there.
    path("admin/", RedirectView.as_view(url="/beheer/", permanent=True)),
    path("account/", include("accounts.urls")),
    path("", include("actors.urls")),
    path("route/", include("pathways.urls")),
    # The short address printed under a route's QR code (see pathways/engine/shortlink.py).
    path("r/<path:code>", short_link, name="short_link"),
    # Open data: a reusers' page and the HSDS 3.0 API and downloads (one stable prefix).
    path("open-data/", include("actors.opendata.urls")),
]

handler403 = "wegwijzer.views.permission_denied"
handler404 = "wegwijzer.views.page_not_found"
handler500 = "wegwijzer.views.server_error"

if settings.DEBUG:
    urlpatterns.append(path("__404__", views.page_not_found, {"exception": None}))
