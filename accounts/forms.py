"""The forms of professional access: the request and the login."""

import re
import unicodedata

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from actors.models import Zone

# A web or mail address inside a name: "www.", "://", "@" or a dot before a domain ending.
_ADDRESS_IN_NAME = re.compile(r"://|@|www\.|\.[^\W\d_]{2,}\b", re.IGNORECASE)
# Dots that NFKC leaves alone but a mail program may still show or follow as one.
_DOT_LOOKALIKES = str.maketrans(dict.fromkeys("\u2027\u3002", "."))


def validate_person_name(value: str) -> None:
    """The confirmation mail greets the person by this name and goes to whatever address was
    typed: a name that holds a link would let a stranger send a message in our name.
    Checked on the NFKC form, so a full-width dot (U+FF0E) or ＠ counts like "." and "@"."""
    folded = unicodedata.normalize("NFKC", value).translate(_DOT_LOOKALIKES)
    if _ADDRESS_IN_NAME.search(folded) or any(ch.isdigit() for ch in folded):
        raise ValidationError(
            _("Typ alleen je naam, zonder cijfers, webadres of e-mailadres."), code="not_a_name"
        )


def _riziv_digits(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value)


class RegistrationForm(forms.Form):
    """A professional asks for access; an ELZ editor approves it in the admin."""

    first_name = forms.CharField(
        label=_("Voornaam"),
        max_length=150,
        validators=[validate_person_name],
        widget=forms.TextInput({"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Familienaam"),
        max_length=150,
        validators=[validate_person_name],
        widget=forms.TextInput({"autocomplete": "family-name"}),
    )
    profession = forms.CharField(
        label=_("Beroep"),
        max_length=100,
        help_text=_("Bijvoorbeeld huisarts, arbeidsarts of maatschappelijk werker."),
        widget=forms.TextInput({"autocomplete": "organization-title"}),
    )
    organisation = forms.CharField(
        label=_("Organisatie of praktijk"),
        max_length=150,
        required=False,
        widget=forms.TextInput({"autocomplete": "organization"}),
    )
    zone = forms.ModelChoiceField(
        label=_("Eerstelijnszone waar je werkt"),
        queryset=Zone.objects.real().order_by("name"),
        empty_label=_("Kies je zone"),
        help_text=_("Een medewerker van deze zone bekijkt je aanvraag."),
        error_messages={
            "required": _("Kies de zone waar je werkt."),
            "invalid_choice": _("Kies een zone uit de lijst."),
        },
    )
    riziv_number = forms.CharField(
        label=_("RIZIV-nummer (niet verplicht)"),
        max_length=20,
        required=False,
        help_text=_("11 cijfers, bijvoorbeeld 1-23456-78-901. Zo kunnen we je sneller goedkeuren."),
    )
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        help_text=_(
            "Je logt hiermee in. We sturen er een link naartoe; daar kies je je wachtwoord."
        ),
        widget=forms.EmailInput({"autocomplete": "email"}),
        error_messages={"invalid": _("Geef een geldig e-mailadres, zoals naam@voorbeeld.be.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.existing_user = None
        self.account_exists = None
        for name in ("first_name", "last_name", "profession", "email"):
            self.fields[name].error_messages["required"] = _("Vul dit veld in.")

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        existing = get_user_model().objects.filter(username__iexact=email).first()
        # An unconfirmed request may be sent again (a new link replaces a lost or expired one).
        # For an address that already has an account the page answers exactly as for a new
        # one (no telling strangers who has an account); the mail tells the owner what to do.
        if existing and (existing.is_active or self._confirmed(existing)):
            self.account_exists = existing
        else:
            self.existing_user = existing
        return email

    @staticmethod
    def _confirmed(user) -> bool:
        profile = getattr(user, "professional", None)
        return profile is None or profile.email_confirmed

    def clean_riziv_number(self) -> str:
        value = self.cleaned_data["riziv_number"].strip()
        if value and not re.fullmatch(r"[0-9]{11}", _riziv_digits(value)):
            raise ValidationError(
                _("Een RIZIV-nummer heeft 11 cijfers, bijvoorbeeld 1-23456-78-901."),
                code="invalid_riziv",
            )
        return value


class LoginForm(AuthenticationForm):
    """Django's login form, with the e-mail address as user name and plain Dutch errors."""

    error_messages = {
        "invalid_login": _(
            "Dit e-mailadres en wachtwoord passen niet bij elkaar. Let op hoofdletters in je "
            "wachtwoord. Heb je je e-mailadres al bevestigd via de link in je mailbox?"
        ),
        "inactive": _("Dit account is nog niet actief. Bevestig eerst je e-mailadres."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("E-mailadres")
        self.fields["username"].widget.attrs["autocomplete"] = "email"
        self.fields["username"].error_messages["required"] = _("Vul je e-mailadres in.")
        self.fields["password"].error_messages["required"] = _("Vul je wachtwoord in.")

    def clean_username(self) -> str:
        # Professionals sign up with their e-mail address, stored in lower case; other
        # accounts (made with createsuperuser) keep their user name as typed.
        username = self.cleaned_data["username"].strip()
        return username.lower() if "@" in username else username
