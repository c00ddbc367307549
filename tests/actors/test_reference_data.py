"""load_reference_data and the reference fixtures production loads."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from actors.models import (
    ActorType,
    Language,
    Municipality,
    MunicipalityAlias,
    Mutuality,
    PostalCode,
    SearchTerm,
    TargetGroup,
    Zone,
)
from actors.roles import ROLE_PERMISSIONS
from pathways.models import FlowText
from tests.actors.conftest import clear_geography
from tests.factories import make_municipality, make_postcode, make_user, make_zone

pytestmark = pytest.mark.django_db

ACTOR_TYPES = [
    "huisarts",
    "behandelend-specialist",
    "ziekenfonds",
    "adviserend-arts",
    "tnw-coordinator",
    "arbeidsarts",
    "preventieadviseur-psychosociaal",
    "werkgever",
    "vdab",
    "gtb",
    "gob",
    "jobcoach",
    "loopbaanbegeleiding",
    "werkpunt",
    "activeringscoach",
    "caw",
    "ocmw",
    "psycholoog",
    "ergotherapeut",
    "casemanager",
    # The Brussels bodies (DOMAIN.md, "Brussels"), for places in zone Bruzel.
    "actiris",
    "bruxelles-formation",
    "phare",
]
TEXT_FIELDS = ["name", "summary", "explanation", "when_to_go", "how_to_reach", "cost", "for_whom"]
MODELS = [Zone, Municipality, MunicipalityAlias, PostalCode, Language, TargetGroup, Mutuality]


def clear_reference_data() -> None:
    clear_geography()
    SearchTerm.objects.all().delete()
    SearchTerm.history.all().delete()
    for model in (ActorType, Mutuality, Language, TargetGroup):
        model.objects.all().delete()
    ActorType.history.all().delete()
    FlowText.objects.all().delete()
    FlowText.history.all().delete()
    Group.objects.filter(name__in=ROLE_PERMISSIONS).delete()


@pytest.fixture(scope="module", autouse=True)
def reference_data(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_reference_data", stdout=StringIO())
    yield
    with django_db_blocker.unblock():
        clear_reference_data()


def load(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("load_reference_data", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def counts() -> list[int]:
    return [model.objects.count() for model in MODELS + [ActorType]]


# The fixtures -----------------------------------------------------------------------------


def test_every_actor_type_everyone_uses_is_there_in_order_huisarts_first():
    assert list(ActorType.objects.values_list("slug", flat=True)) == ACTOR_TYPES


@pytest.mark.parametrize("slug", ACTOR_TYPES)
def test_every_actor_type_explains_itself_in_every_field(slug):
    actor_type = ActorType.objects.get(slug=slug)
    for field in TEXT_FIELDS:
        assert getattr(actor_type, field).strip(), f"{slug}: {field} is empty"
    assert len(actor_type.summary) <= 250
    actor_type.full_clean()


def test_only_actors_of_the_ziekenfonds_are_bound_to_a_mutuality():
    bound = set(ActorType.objects.filter(bound_to_mutuality=True).values_list("slug", flat=True))
    assert bound == {"adviserend-arts", "tnw-coordinator", "ziekenfonds"}


def test_the_vdab_free_number_is_in_its_explanation():
    assert "0800 30 700" in ActorType.objects.get(slug="vdab").how_to_reach


def test_the_eight_ziekenfondsen_have_their_full_names():
    names = dict(Mutuality.objects.values_list("code", "name"))
    assert names == {
        "cm": "Christelijke Mutualiteit",
        "solidaris": "Solidaris",
        "helan": "Helan",
        "partena": "Partena Ziekenfonds",
        "nzvl": "Neutraal Ziekenfonds Vlaanderen",
        "lm": "Liberale Mutualiteit",
        "hziv": "Hulpkas voor Ziekte- en Invaliditeitsverzekering (HZIV)",
        "hr-rail": "Kas der geneeskundige verzorging van HR Rail",
    }
    for mutuality in Mutuality.objects.all():
        mutuality.full_clean()
        assert mutuality.short_name


def test_target_groups_and_languages_have_the_shared_codes():
    assert list(TargetGroup.objects.values_list("slug", flat=True)) == [
        "werknemer",
        "zelfstandige",
        "werkzoekende",
        "leefloon",
        "werkgever",
        "zorgverlener",
    ]
    assert set(Language.objects.values_list("code", flat=True)) == {
        "nl",
        "fr",
        "en",
        "de",
        "ar",
        "tr",
        "pl",
        "ro",
        "uk",
        "es",
    }


def test_it_loads_the_geography_too():
    assert Zone.objects.count() == 61
    assert Municipality.objects.count() == 304
    assert PostalCode.objects.count() == 1176


# Re-running ---------------------------------------------------------------------------------


def test_running_it_again_changes_nothing():
    before = counts()
    printed, _ = load()
    assert counts() == before
    assert "Reference data loaded." in printed
    assert "ActorType: 0 created, 0 updated, 23 kept as they are." in printed
    assert f"SearchTerm: 0 created, 0 updated, {SearchTerm.objects.count()} kept" in printed


def edit_as_a_person(obj, **changes) -> None:
    """What a save in the admin does: the change is recorded with the editor as its author."""
    for name, value in changes.items():
        setattr(obj, name, value)
    obj._history_user = make_user()
    obj.save()


def test_texts_edited_in_the_admin_survive_a_rerun():
    edit_as_a_person(ActorType.objects.get(slug="huisarts"), summary="Aangepast door de redactie.")
    edit_as_a_person(FlowText.objects.get(key="patient.werk.title"), text="Wat is je werk?")
    load()
    assert ActorType.objects.get(slug="huisarts").summary == "Aangepast door de redactie."
    assert FlowText.objects.get(key="patient.werk.title").text == "Wat is je werk?"


def test_texts_nobody_edited_follow_improved_defaults():
    # An older default, written by the loader itself (no person in its history).
    ActorType.objects.filter(slug="huisarts").update(summary="Oude standaardtekst.")
    FlowText.objects.filter(key="patient.werk.title").update(text="Oude standaardvraag?")
    printed, _ = load()
    assert ActorType.objects.get(slug="huisarts").summary.startswith("Je eerste aanspreekpunt")
    assert FlowText.objects.get(key="patient.werk.title").text != "Oude standaardvraag?"
    assert "ActorType: 0 created, 1 updated, 22 kept as they are." in printed


def test_update_content_puts_the_fixture_texts_back_and_records_it():
    edit_as_a_person(ActorType.objects.get(slug="huisarts"), summary="Aangepast door de redactie.")
    history_before = ActorType.history.filter(slug="huisarts").count()
    load("--update-content")
    huisarts = ActorType.objects.get(slug="huisarts")
    assert huisarts.summary.startswith("Je eerste aanspreekpunt")
    assert ActorType.history.filter(slug="huisarts").count() == history_before + 1


def test_a_missing_content_row_is_created_again():
    Language.objects.filter(code="uk").delete()
    load()
    assert Language.objects.get(code="uk").name == "Oekraïens"


def test_postcodes_and_towns_no_longer_in_the_data_are_removed():
    gent = Zone.objects.get(code="elz13")
    stale_town = make_municipality(zone=gent, name="Verdwenen gemeente")
    make_postcode("9999", municipality=stale_town, place="Verdwenen")
    make_postcode("9000", municipality=Municipality.objects.get(name="Gent"), place="Extra")
    load()
    assert not PostalCode.objects.filter(place__in=["Verdwenen", "Extra"]).exists()
    assert not Municipality.objects.filter(pk=stale_town.pk).exists()
    assert PostalCode.objects.count() == 1176


def test_a_zone_no_longer_in_the_data_is_kept_and_reported():
    old = make_zone(code="elz99x", name="Oude zone")
    _, warnings = load()
    assert Zone.objects.filter(pk=old.pk).exists()
    assert "elz99x Oude zone is no longer in the data" in warnings


def test_a_changed_municipality_zone_is_applied():
    gent = Municipality.objects.get(name="Gent")
    gent.zone = Zone.objects.get(code="elz19")
    gent.save()
    load()
    assert Municipality.objects.get(name="Gent").zone.code == "elz13"


def test_dry_run_saves_nothing():
    Language.objects.filter(code="uk").delete()
    printed, _ = load("--dry-run")
    assert "Language: 1 created" in printed
    assert "rolled back" in printed
    assert not Language.objects.filter(code="uk").exists()


def test_new_rows_made_in_the_admin_get_fresh_ids():
    # The fixture ids were inserted explicitly; the sequence must have moved past them.
    created = Language.objects.create(code="it", name="Italiaans")
    assert created.pk > max(Language.objects.exclude(pk=created.pk).values_list("pk", flat=True))
    zone = make_zone()
    assert zone.pk > 204


def test_it_creates_the_staff_roles_with_only_their_permissions():
    editors = set(
        Group.objects.get(name="ELZ-redacteurs").permissions.values_list("codename", flat=True)
    )
    content = set(
        Group.objects.get(name="Inhoudsredacteurs").permissions.values_list("codename", flat=True)
    )
    assert {"change_fiche", "add_contactperson", "change_errorreport"} <= editors
    assert not {"change_zone", "change_actortype", "change_zoneeditor"} & editors
    assert {"change_actortype", "change_flowtext", "change_searchterm"} <= content
    assert "change_fiche" not in content
    national = set(
        Group.objects.get(name="Nationale redacteurs").permissions.values_list(
            "codename", flat=True
        )
    )
    assert national == {"view_fiche", "view_errorreport", "change_errorreport"}


def test_the_directory_declares_only_its_own_permissions():
    # pathways declares its part of the staff roles itself; load_reference_data adds them up.
    assert {app for wanted in ROLE_PERMISSIONS.values() for app, _ in wanted} == {"actors"}
