"""Forms a visitor fills in: the place box and "Meld een fout". The account forms live in
accounts/forms.py."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from actors.models import ErrorReport
from actors.places import Place, find_place, suggest_places

PLACE_MAX_LENGTH = 100
_POSTCODE_IN_TEXT = re.compile(r"\b[1-9][0-9]{3}\b")


class PlaceField(forms.CharField):
    """A postcode or municipality (2025 name, former name or postal place) → a Place.

    When nothing matches, the error says so in plain words and `suggestions` holds names
    that start the same way, for a "Bedoelde je …?" list."""

    default_error_messages = {
        "max_length": _("Typ een postcode of de naam van een gemeente (maximaal 100 tekens)."),
        "unknown_postcode": _(
            "We kennen de postcode %(value)s niet. Kijk of je hem goed hebt getypt, "
            "of typ de naam van je gemeente."
        ),
        "unknown_name": _(
            "We vinden geen gemeente met de naam ‘%(value)s’. Typ je postcode, "
            "of kijk of de naam goed geschreven is."
        ),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", PLACE_MAX_LENGTH)
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Postcode of gemeente"))
        kwargs.setdefault(
            "help_text", _("Bijvoorbeeld 3000 of Leuven. Oude gemeentenamen kan je ook typen.")
        )
        super().__init__(**kwargs)
        self.suggestions: list[str] = []
        self.widget.attrs.update({"autocomplete": "postal-code", "inputmode": "text"})

    def clean(self, value) -> Place | None:
        text = super().clean(value)
        if not text:
            return None
        place = find_place(text)
        if place is None and (postcode := _POSTCODE_IN_TEXT.search(text)):
            # "3000 Leuven" or "Kessel-Lo 3010": the postcode alone decides.
            place = find_place(postcode.group())
        if place is None:
            self.suggestions = [] if text.isdigit() else suggest_places(text)
            code = "unknown_postcode" if text.isdigit() else "unknown_name"
            raise ValidationError(self.error_messages[code], code=code, params={"value": text})
        return place


class PlaceForm(forms.Form):
    """The "Waar woon je?" box on the actor-type pages."""

    plaats = PlaceField()


class ErrorReportForm(forms.ModelForm):
    class Meta:
        model = ErrorReport
        fields = ["message", "email"]
        labels = {
            "message": _("Wat is er fout?"),
            "email": _("Je e-mailadres (niet verplicht)"),
        }
        help_texts = {
            "message": _("Bijvoorbeeld: het telefoonnummer klopt niet meer. Maximaal 2000 tekens."),
            "email": _("Alleen als je wil dat we je antwoorden."),
        }
        error_messages = {
            "message": {
                "required": _("Schrijf kort wat er fout is."),
                "max_length": _(
                    "Je bericht is te lang: maximaal %(limit_value)d tekens, "
                    "het zijn er nu %(show_value)d."
                ),
            },
            "email": {"invalid": _("Geef een geldig e-mailadres, zoals naam@voorbeeld.be.")},
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}
