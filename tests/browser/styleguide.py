"""A page with every component of the design system, served only in the browser tests.

It lets axe-core and the 320 px check judge the components themselves, whatever the pages
of the other apps look like at the moment. Mounted by `@pytest.mark.urls("tests.browser.urls")`.
"""

from pathlib import Path

from django import forms
from django.http import HttpRequest, HttpResponse
from django.template import engines

from actors.forms import PlaceField
from actors.models import Fiche

TEMPLATE = Path(__file__).parent / "templates" / "styleguide.html"


class ExampleForm(forms.Form):
    work_status = forms.ChoiceField(
        label="Wat is je situatie?",
        help_text="Kies wat nu het best past.",
        widget=forms.RadioSelect,
        choices=[
            ("werknemer", "Ik ben werknemer"),
            ("zelfstandige", "Ik ben zelfstandige"),
            ("werkzoekende", "Ik ben werkzoekende"),
        ],
    )
    postcode = PlaceField(
        required=True,
        help_text="Bijvoorbeeld 9000 of Gent.",
        widget=forms.TextInput(attrs={"class": "input--medium"}),
    )
    email = forms.EmailField(label="Je e-mailadres", required=False)
    languages = forms.MultipleChoiceField(
        label="Welke talen?",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[("nl", "Nederlands"), ("fr", "Frans"), ("en", "Engels")],
    )
    message = forms.CharField(label="Wat is er fout?", widget=forms.Textarea)


def make_example_fiches() -> None:
    """Two fiches for the gallery's cards (one public, one for professionals only) and the
    municipalities its place field suggests."""
    from tests.factories import (
        make_actor_type,
        make_fiche,
        make_municipality,
        make_organisation,
        make_zone,
    )

    zone = make_zone(name="Gent", slug="stijlgids-gent")
    # What the gallery's place field suggests for "Gen".
    make_municipality(zone, name="Gent")
    make_municipality(zone, name="Genk")
    organisation = make_organisation(name="Christelijke Mutualiteit")
    make_fiche(
        zones=[zone],
        slug="stijlgids-1",
        name="TNW-coördinator CM Gent",
        actor_type=make_actor_type(name="TNW-coördinator"),
        organisation=organisation,
        phone="09 123 45 67",
        street="Voorbeeldstraat 1",
        postcode="9000",
        city="Gent",
    )
    make_fiche(
        zones=[zone],
        slug="stijlgids-2",
        name="Rechtstreekse lijn adviserend artsen (een heel lange naam om te zien of niets "
        "uit het scherm loopt)",
        actor_type=make_actor_type(name="Adviserend arts"),
        organisation=organisation,
        visibility=Fiche.Visibility.PROFESSIONAL,
        phone="09 765 43 21",
    )


def styleguide(request: HttpRequest) -> HttpResponse:
    invalid = ExampleForm(
        {"postcode": "Gen", "email": "geen-adres", "message": ""}, auto_id="fout_%s"
    )
    invalid.is_valid()
    context = {
        "form": ExampleForm(auto_id="id_%s"),
        "django_form": ExampleForm(auto_id="dj_%s"),
        "invalid_form": invalid,
        "fiches": Fiche.objects.filter(slug__startswith="stijlgids-").for_cards(),
        "crumbs": [("Zones", "/zones/"), ("Gent", "/zones/gent/"), ("Stijlgids", "")],
    }
    template = engines["django"].from_string(TEMPLATE.read_text(encoding="utf-8"))
    return HttpResponse(template.render(context, request))
