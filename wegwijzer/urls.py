from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import RedirectView

from actors import views as actor_views
from actors.forms import LoginForm
from actors.sitemaps import sitemaps
from wegwijzer import views

admin.site.site_header = "Wegwijzer bij ziekte — beheer"
admin.site.site_title = "Wegwijzer beheer"
admin.site.index_title = "Fiches en inhoud beheren"

# Professional accounts. Django's auth views look these names up without a namespace.
account_urlpatterns = [
    path("", actor_views.account, name="account"),
    path("aanvragen/", actor_views.register, name="account_register"),
    path("aanvraag-verstuurd/", actor_views.register_done, name="account_register_done"),
    path("bevestigen/<str:token>/", actor_views.confirm_email, name="account_confirm"),
    path(
        "inloggen/",
        auth_views.LoginView.as_view(
            authentication_form=LoginForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "wachtwoord-vergeten/",
        actor_views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "nieuw-wachtwoord/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "nieuw-wachtwoord/klaar/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("beheer/", admin.site.urls),
    # The admin lives under a Dutch path; the usual /admin/ address still leads there.
    path("admin/", RedirectView.as_view(url="/beheer/", permanent=True)),
    path("account/", include(account_urlpatterns)),
    path("", include("actors.urls")),
    path("route/", include("pathways.urls")),
    # Open data: a reusers' page and the HSDS 3.0 API and downloads (one stable prefix).
    path("open-data/", include("actors.opendata.urls")),
]

handler404 = "wegwijzer.views.page_not_found"
handler500 = "wegwijzer.views.server_error"

if settings.DEBUG:
    urlpatterns.append(path("__404__", views.page_not_found, {"exception": None}))
