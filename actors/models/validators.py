"""Validators with Dutch messages for the fields visitors and editors type in."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

validate_postcode = RegexValidator(
    r"^[1-9][0-9]{3}$",
    _("Een Belgische postcode bestaat uit vier cijfers, van 1000 tot 9999."),
    code="invalid_postcode",
)

# Belgian numbers: 0xx xx xx xx, +32 …, 0800 …; spaces, dots, slashes and dashes allowed.
_PHONE_DIGITS = re.compile(r"^(\+32|0032|0)[1-9][0-9]{7,8}$")


def validate_phone(value: str) -> None:
    compact = re.sub(r"[\s./()\-]", "", value or "")
    if not _PHONE_DIGITS.match(compact):
        raise ValidationError(
            _("Geef een Belgisch telefoonnummer, bijvoorbeeld 09 123 45 67 of +32 9 123 45 67."),
            code="invalid_phone",
        )
