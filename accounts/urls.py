"""/account/…: request, confirmation, login, logout and password reset.

The names carry no namespace: Django's auth views, settings.LOGIN_URL and the password-reset
mail look them up as "login", "password_reset_done", "password_reset_confirm" and so on."""

from django.contrib.auth import views as auth_views
from django.urls import path

from accounts import views
from accounts.forms import LoginForm

urlpatterns = [
    path("", views.account, name="account"),
    path("aanvragen/", views.register, name="account_register"),
    path("aanvraag-verstuurd/", views.register_done, name="account_register_done"),
    path("bevestigen/<str:token>/", views.confirm_email, name="account_confirm"),
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
        views.PasswordResetView.as_view(),
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
