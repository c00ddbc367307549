"""The fixed lists a fiche chooses from (kept apart from the directory models for size)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PhysicalAccess(models.TextChoices):
    """Can a person get in? Blank: the editors do not know (yet)."""

    UNKNOWN = "", _("niet vermeld")
    STEP_FREE = "step-free", _("rolstoeltoegankelijk")
    PARTLY = "partly", _("beperkt toegankelijk: vraag vooraf wat kan")
    NOT_STEP_FREE = "not-step-free", _("niet rolstoeltoegankelijk")
    REMOTE = "remote", _("geen bezoek nodig: telefonisch of online")


class CostClass(models.TextChoices):
    UNKNOWN = "", _("niet vermeld")
    FREE = "free", _("gratis")
    FREE_FOR_MEMBERS = "members", _("gratis voor leden van het ziekenfonds")
    REFUNDED = "refunded", _("(deels) terugbetaald")
    PAID = "paid", _("betalend")
