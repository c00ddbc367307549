"""Professional access: the request, the e-mail confirmation, the account page and the
flood-limited password reset.

Login, logout and the rest of the password reset are Django's own views (wired in
accounts/urls.py) with Dutch templates in templates/registration/.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.core import signing
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from accounts.forms import RegistrationForm
from accounts.mails import NOT_SENT, MailNotSent, send_account_exists, send_confirmation
from accounts.tokens import read_confirmation_token
from actors.models import ProfessionalProfile
from actors.notifications import notify_access_request
from actors.ratelimit import over_limit

REGISTER_LIMIT = 5
REGISTER_PERIOD = 60 * 60


@transaction.atomic
def _save_request(form: RegistrationForm):
    data = form.cleaned_data
    user = form.existing_user or get_user_model()(username=data["email"])
    user.email = data["email"]
    user.first_name = data["first_name"]
    user.last_name = data["last_name"]
    # Inactive and without a password until the person follows the mailed link and chooses
    # one there: only whoever reads this mailbox can ever log in to this account, even when a
    # stranger typed the address (or sent the request again) first.
    user.is_active = False
    user.set_unusable_password()
    user.save()
    ProfessionalProfile.objects.update_or_create(
        user=user,
        defaults={
            "profession": data["profession"],
            "organisation": data["organisation"],
            "zone": data["zone"],
            "riziv_number": data["riziv_number"],
            "status": ProfessionalProfile.Status.PENDING,
            "email_confirmed": False,
        },
    )
    return user


def register(request: HttpRequest) -> HttpResponse:
    form = RegistrationForm(request.POST or None)
    if request.method == "POST":
        if over_limit(request, "register", REGISTER_LIMIT, REGISTER_PERIOD):
            context = {"form": form, "flooded": True}
            return render(request, "registration/register.html", context, status=429)
        if form.is_valid():
            try:
                if form.account_exists:
                    send_account_exists(request, form.account_exists)
                else:
                    send_confirmation(request, _save_request(form))
            except MailNotSent:
                # The request is kept (inactive, as always until the link is followed); sending
                # the form again mails a fresh link.
                form.add_error(None, NOT_SENT)
                return render(request, "registration/register.html", {"form": form}, status=503)
            return redirect("account_register_done")
        return render(request, "registration/register.html", {"form": form}, status=400)
    return render(request, "registration/register.html", {"form": form})


def register_done(request: HttpRequest) -> HttpResponse:
    return render(request, "registration/register_done.html")


def confirm_email(request: HttpRequest, token: str) -> HttpResponse:
    """The mailed link: GET shows "choose your password" (a mail scanner opening the link
    changes nothing); a valid POST sets it, confirms the address and activates the account."""
    try:
        data = read_confirmation_token(token)
    except signing.SignatureExpired:
        return render(request, "registration/confirm_failed.html", {"expired": True}, status=400)
    except signing.BadSignature:
        return render(request, "registration/confirm_failed.html", {"expired": False}, status=400)
    user = (
        get_user_model()
        .objects.filter(pk=data.get("user"), email=data.get("email"))
        .select_related("professional")
        .first()
    )
    profile = getattr(user, "professional", None) if user else None
    if profile is None:
        return render(request, "registration/confirm_failed.html", {"expired": False}, status=400)
    if profile.email_confirmed:
        # Used before: the link must not set a password a second time.
        return render(request, "registration/confirm_done.html", {"profile": profile})
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            context = {"form": form, "profile": profile}
            return render(request, "registration/confirm_password.html", context, status=400)
        with transaction.atomic():
            user = form.save(commit=False)
            # A rejected request stays without extra rights; the account may still log in.
            user.is_active = True
            user.save(update_fields=["password", "is_active"])
            profile.email_confirmed = True
            profile.save(update_fields=["email_confirmed"])
            if profile.status == ProfessionalProfile.Status.PENDING:
                # Sent once the transaction commits; an outage is retried, never shown here.
                notify_access_request(profile)
        return render(request, "registration/confirm_done.html", {"profile": profile})
    return render(request, "registration/confirm_password.html", {"form": form, "profile": profile})


@login_required
@cache_control(private=True, no_store=True)  # their name, address and zone
def account(request: HttpRequest) -> HttpResponse:
    profile = ProfessionalProfile.objects.filter(user=request.user).select_related("zone").first()
    return render(request, "registration/account.html", {"profile": profile})


class PasswordResetView(auth_views.PasswordResetView):
    """Django's view, with a per-address limit so nobody floods a mailbox with reset links."""

    def post(self, request, *args, **kwargs):
        if over_limit(request, "password-reset", REGISTER_LIMIT, REGISTER_PERIOD):
            form = self.get_form()
            context = self.get_context_data(form=form, flooded=True)
            context["flood_message"] = _(
                "Er werden van op jouw adres net veel links gevraagd. Wacht een uur en "
                "probeer het dan opnieuw."
            )
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)
