"""Words as data: the texts of questions, answers, steps and notes that editors may change.

Routing stays in code (pathways.engine); only the words live here. A key without a row
uses the engine's default text, so an empty table still gives complete pages.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from pathways.engine import DEFAULTS, Texts


class FlowTextManager(models.Manager):
    def get_by_natural_key(self, key: str) -> "FlowText":
        return self.get(key=key)

    def texts(self) -> Texts:
        """Every edited text over the defaults, in one query (one per page)."""
        return Texts(dict(self.values_list("key", "text")))


class FlowText(models.Model):
    key = models.CharField(_("sleutel"), max_length=120, unique=True)
    text = models.TextField(_("tekst"))
    history = HistoricalRecords()

    objects = FlowTextManager()

    class Meta:
        verbose_name = _("tekst van de wegwijzer")
        verbose_name_plural = _("teksten van de wegwijzer")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.key

    def natural_key(self) -> tuple[str]:
        return (self.key,)

    @property
    def default(self) -> str:
        return DEFAULTS.get(self.key, "")

    def clean(self) -> None:
        if self.key not in DEFAULTS:
            raise ValidationError(
                {"key": _("Deze sleutel wordt nergens gebruikt. Kies een bestaande sleutel.")}
            )
