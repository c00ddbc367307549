"""What a fiche's version holds besides its own fields: its contact persons at that moment.

Contact persons are a fiche's most private and most perishable part; keeping them in the
fiche's version means a revert, or restoring a deleted fiche, brings them back too.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The fields of a contact person kept in a fiche version, in this order.
CONTACT_FIELDS = ("id", "name", "role", "phone", "email", "note")


class FicheVersionBase(models.Model):
    """Extra columns of the historical fiche table (simple-history `bases`)."""

    contacts_snapshot = models.JSONField(_("contactpersonen"), default=list, blank=True)

    class Meta:
        abstract = True
