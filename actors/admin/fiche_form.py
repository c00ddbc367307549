"""The fiche change form: keeps a fiche inside the editor's zones (also when a former version
is put back), protects fiches shared with other zones, and lets an editor say "I checked this"."""

from django import forms
from django.utils.translation import gettext_lazy as _

from actors.models import Fiche, Zone


class FicheAdminForm(forms.ModelForm):
    """Keeps a fiche inside the editor's zones, also when a former version is put back."""

    checked_now = forms.BooleanField(
        label=_("Ik heb deze fiche nu nagekeken"),
        required=False,
        help_text=_(
            "Vink aan als je alle gegevens hebt nagekeken (bijvoorbeeld even gebeld). Bij het "
            "bewaren komen je naam en de datum van vandaag bij ‘nagekeken op’ en in de "
            "geschiedenis."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zones = self.fields.get("zones")
        self.other_zones: list[Zone] = []
        if zones is not None and self.instance.pk:
            self.other_zones = self._zones_kept(zones.queryset)
            if self.other_zones:
                zones.help_text = _(
                    "Deze fiche staat ook in %(zones)s. Die zone beheer je niet; ze blijft "
                    "staan. Haal je eigen zone weg als de fiche niet meer voor jouw zone geldt."
                ) % {"zones": self._names(self.other_zones)}
                # Taking one's own zone off a shared fiche is allowed: the others keep it.
                zones.required = False
        # On the revert page the instance is a former version, but its many-to-many fields
        # would show today's values: show (and so restore) the values of that version instead.
        self.version = getattr(self.instance, "_history", None)
        self.version_zone_ids: set[int] = set()
        if self.version is not None:
            for name in ("zones", "languages", "target_groups"):
                ids = {
                    getattr(row, f"{self._target_name(name)}_id")
                    for row in getattr(self.version, name).all()
                }
                if name in self.fields:
                    self.initial[name] = sorted(ids)
                if name == "zones":
                    self.version_zone_ids = ids

    def _zones_kept(self, offered) -> list[Zone]:
        """Zones this fiche has today that the editor may not choose: saving keeps them."""
        if not self.instance.pk:
            return []
        return list(Zone.objects.filter(fiches__pk=self.instance.pk).exclude(pk__in=offered))

    @staticmethod
    def _names(zones) -> str:
        return ", ".join(zone.name for zone in zones)

    @staticmethod
    def _target_name(m2m_name: str) -> str:
        return Fiche._meta.get_field(m2m_name).m2m_reverse_field_name()

    def clean_zones(self):
        chosen = list(self.cleaned_data.get("zones") or [])
        offered = self.fields["zones"].queryset
        # Zones of this fiche that the editor does not manage stay as they are: a fiche shared
        # by Gent and Leuven keeps Leuven when the Gent editor saves it.
        kept = self._zones_kept(offered)
        if self.version is not None:
            offered_or_kept = set(offered.values_list("pk", flat=True)) | {z.pk for z in kept}
            foreign = Zone.objects.filter(pk__in=self.version_zone_ids - offered_or_kept)
            if foreign.exists():
                raise forms.ValidationError(
                    _(
                        "Deze versie hoort bij een zone die je niet beheert (%(zones)s). "
                        "Vraag een beheerder om ze terug te zetten."
                    ),
                    params={"zones": ", ".join(z.name for z in foreign)},
                    code="foreign_zone",
                )
        return chosen + kept

    def clean_status(self):
        status = self.cleaned_data.get("status")
        stored = Fiche.objects.filter(pk=self.instance.pk).values_list("status", flat=True)
        was_published = self.instance.pk and stored.first() == Fiche.Status.PUBLISHED
        if was_published and status != Fiche.Status.PUBLISHED and self.other_zones:
            # Taking it offline would take it away from the other zones too.
            raise forms.ValidationError(
                _(
                    "Deze fiche hoort ook bij %(zones)s. Alleen een beheerder of een redacteur "
                    "van al die zones kan ze offline halen of archiveren. Geldt ze niet meer "
                    "voor jouw zone? Haal dan je eigen zone weg bij ‘Waar’."
                ),
                params={"zones": self._names(self.other_zones)},
                code="shared_fiche",
            )
        return status

    def clean(self):
        cleaned = super().clean()
        all_flanders = cleaned.get("serves_all_flanders", self.instance.serves_all_flanders)
        if "zones" in cleaned and not cleaned["zones"] and not all_flanders:
            self.add_error(
                "zones",
                _("Kies minstens één zone, anders vindt niemand deze fiche."),
            )
        return cleaned
