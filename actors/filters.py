"""The directory filters: plain GET parameters, so every result page can be bookmarked.

Parameters: zone, plaats, soort, doelgroep, taal, ziekenfonds, toegang, kosten, q (and pagina
for the page).
"""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actors.cached_choices import CachedModelChoiceFilter
from actors.forms import PlaceField
from actors.models import ActorType, Fiche, Language, Mutuality, TargetGroup, Zone
from actors.search import (
    MAX_QUERY_LENGTH,
    best_matches,
    can_forgive_typos,
    search,
    search_terms,
)


class DirectoryFilterForm(forms.Form):
    pass


class SiteSearchForm(forms.Form):
    """The search box on the home page: it sends `q` to the directory, which checks it."""

    q = forms.CharField(
        label=_("Zoek een organisatie, een dienst of een soort hulp"),
        help_text=_("Bijvoorbeeld: TNW-coördinator, VDAB of arbeidsarts."),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        widget=forms.SearchInput,
    )


class PlaceFilter(django_filters.Filter):
    field_class = PlaceField

    def filter(self, qs, place):
        return qs.serving(place.zones) if place else qs


def _choice_errors(what: str) -> dict:
    message = _("Kies %(what)s uit de lijst.") % {"what": what}
    return {"invalid_choice": message, "invalid_pk_value": message}


class FicheFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Zoek op een woord"),
        method="filter_text",
        max_length=MAX_QUERY_LENGTH,
        help_text=_("Een naam, een soort hulp of een gemeente. Schrijffouten mogen."),
        error_messages={
            "max_length": _("Je zoekopdracht is te lang. Gebruik maximaal %(limit_value)d tekens.")
        },
    )
    plaats = PlaceFilter(label=_("Postcode of gemeente"))
    zone = CachedModelChoiceFilter(
        label=_("Eerstelijnszone"),
        queryset=Zone.objects.order_by("name"),
        to_field_name="slug",
        method="filter_zone",
        empty_label=_("Alle zones"),
        error_messages=_choice_errors(_("een zone")),
    )
    soort = CachedModelChoiceFilter(
        label=_("Soort hulpverlener"),
        field_name="actor_type",
        queryset=ActorType.objects.all(),
        to_field_name="slug",
        empty_label=_("Alle soorten"),
        error_messages=_choice_errors(_("een soort hulpverlener")),
    )
    doelgroep = CachedModelChoiceFilter(
        label=_("Voor wie"),
        field_name="target_groups",
        queryset=TargetGroup.objects.all(),
        to_field_name="slug",
        empty_label=_("Iedereen"),
        error_messages=_choice_errors(_("een doelgroep")),
    )
    taal = CachedModelChoiceFilter(
        label=_("Taal"),
        field_name="languages",
        queryset=Language.objects.all(),
        to_field_name="code",
        empty_label=_("Alle talen"),
        error_messages=_choice_errors(_("een taal")),
    )
    ziekenfonds = CachedModelChoiceFilter(
        label=_("Ziekenfonds"),
        queryset=Mutuality.objects.all(),
        to_field_name="code",
        method="filter_mutuality",
        empty_label=_("Alle ziekenfondsen"),
        help_text=_("Toont de diensten van jouw ziekenfonds en de diensten voor iedereen."),
        error_messages=_choice_errors(_("een ziekenfonds")),
    )

    toegang = django_filters.ChoiceFilter(
        label=_("Toegankelijkheid"),
        field_name="physical_access",
        choices=[
            (Fiche.Access.STEP_FREE, _("Rolstoeltoegankelijk")),
            (Fiche.Access.REMOTE, _("Geen bezoek nodig (telefonisch of online)")),
        ],
        empty_label=_("Maakt niet uit"),
        error_messages=_choice_errors(_("een toegankelijkheid")),
    )
    kosten = django_filters.ChoiceFilter(
        label=_("Kosten"),
        method="filter_cost",
        choices=[
            ("gratis", _("Gratis (ook gratis voor leden van je ziekenfonds)")),
            (Fiche.CostClass.REFUNDED, _("(Deels) terugbetaald")),
        ],
        empty_label=_("Maakt niet uit"),
        error_messages=_choice_errors(_("een soort kosten")),
    )

    class Meta:
        model = Fiche
        fields: list[str] = []
        form = DirectoryFilterForm

    def filter_queryset(self, queryset):
        # The text search last, so a second, typo-forgiving search can start from the rest.
        values = dict(self.form.cleaned_data)
        text = values.pop("q", "")
        for name, value in values.items():
            queryset = self.filters[name].filter(queryset, value)
        self.before_text = queryset
        return self.filters["q"].filter(queryset, text)

    def best_matches(self, *, forgiving: bool = False) -> list[int] | None:
        """The ids of the fiches the query finds, best first, among the other filters'
        results (see actors.search.best_matches); None without a query. With `forgiving`,
        each word may also match known words it resembles (for when the plain search found
        too little); None when that cannot find more."""
        query = self.form.cleaned_data.get("q", "") if self.is_bound else ""
        if not search_terms(query):
            return None
        _ = self.qs  # applies the other filters, which sets self.before_text
        if forgiving and not can_forgive_typos(self.before_text, query):
            return None
        return best_matches(self.before_text, query, forgiving=forgiving)

    def filter_text(self, queryset, name, value):
        return search(queryset, value)

    def filter_zone(self, queryset, name, zone):
        return queryset.in_zone(zone)

    def filter_cost(self, queryset, name, value):
        if value == "gratis":
            free = [Fiche.CostClass.FREE, Fiche.CostClass.FREE_FOR_MEMBERS]
            return queryset.filter(cost_class__in=free)
        return queryset.filter(cost_class=value)

    def filter_mutuality(self, queryset, name, mutuality):
        return queryset.filter(Q(mutuality=mutuality) | Q(mutuality__isnull=True))

    @property
    def place(self):
        """The place the visitor typed, once the filters are valid."""
        if self.is_bound and self.is_valid():
            return self.form.cleaned_data.get("plaats")
        return None
