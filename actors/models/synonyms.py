"""The words people use for the doors: "preventiedienst", "IDEWE" or "ziektebriefje" lead to the
actor types that answer them (arbeidsarts; huisarts and adviserend arts). Content editors keep the
list in the admin; `load_reference_data` seeds it from fixtures/search_terms.json."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from actors.models.reference import ActorType
from actors.text import fold


class SearchTermQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)


class SearchTerm(models.Model):
    word = models.CharField(
        _("woord"),
        max_length=100,
        unique=True,
        help_text=_(
            "Een woord of een paar woorden die bezoekers typen, zoals ‘preventiedienst’ of "
            "‘terug naar werk’. Hoofdletters en accenten maken niet uit; wie het begin typt "
            "(‘werkherv’), vindt het ook."
        ),
    )
    # fold(word): what the search compares with (lower case, no accents, no hyphens).
    key = models.CharField(_("zoeksleutel"), max_length=100, unique=True, editable=False)
    actor_types = models.ManyToManyField(
        ActorType,
        verbose_name=_("leidt naar"),
        related_name="search_terms",
        help_text=_("De soorten hulpverleners die de zoekresultaten tonen voor dit woord."),
    )
    active = models.BooleanField(
        _("in gebruik"),
        default=True,
        help_text=_(
            "Haal het vinkje weg om het woord niet meer te gebruiken zonder het te wissen."
        ),
    )
    history = HistoricalRecords(m2m_fields=[actor_types])

    objects = SearchTermQuerySet.as_manager()

    class Meta:
        verbose_name = _("zoekwoord")
        verbose_name_plural = _("zoekwoorden")
        ordering = ["word"]

    def __str__(self) -> str:
        return self.word

    def save(self, *args, **kwargs):
        self.key = fold(self.word)[:100]
        super().save(*args, **kwargs)

    def clean(self):
        # The key is not on the form, so its uniqueness is checked here, in Dutch, before the
        # database would refuse "IDPBW" next to "idpbw".
        key = fold(self.word)[:100]
        if not key:
            raise ValidationError({"word": _("Typ een woord met letters of cijfers.")})
        clash = SearchTerm.objects.filter(key=key).exclude(pk=self.pk).first()
        if clash:
            raise ValidationError(
                {
                    "word": _("‘%(word)s’ staat al in de lijst (als ‘%(other)s’).")
                    % {"word": self.word, "other": clash.word}
                }
            )
