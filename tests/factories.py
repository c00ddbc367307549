"""Test data built in code. Reference data (zones, actor types …) comes from the fixtures
that production loads; these helpers make whatever a test needs on top of that."""

import itertools

from django.contrib.auth import get_user_model

from actors.models import (
    ActorType,
    ContactPerson,
    Fiche,
    Municipality,
    Organisation,
    PostalCode,
    ProfessionalProfile,
    Zone,
    ZoneEditor,
)

_seq = itertools.count(1)


def _n() -> int:
    return next(_seq)


def make_zone(**overrides) -> Zone:
    n = _n()
    values = {
        "code": f"test{n}",
        "name": f"Testzone {n}",
        "slug": f"testzone-{n}",
        "province": "Test",
    }
    values.update(overrides)
    return Zone.objects.create(**values)


def make_municipality(zone: Zone | None = None, **overrides) -> Municipality:
    n = _n()
    values = {"nis_code": f"{90000 + n}", "name": f"Testgemeente {n}", "zone": zone or make_zone()}
    values.update(overrides)
    return Municipality.objects.create(**values)


def make_postcode(code: str, municipality: Municipality | None = None, **overrides) -> PostalCode:
    values = {
        "code": code,
        "place": f"Plaats {_n()}",
        "municipality": municipality or make_municipality(),
    }
    values.update(overrides)
    return PostalCode.objects.create(**values)


def make_actor_type(**overrides) -> ActorType:
    n = _n()
    values = {"slug": f"soort-{n}", "name": f"Soort {n}"}
    values.update(overrides)
    return ActorType.objects.create(**values)


def make_organisation(**overrides) -> Organisation:
    n = _n()
    values = {"name": f"Organisatie {n}", "slug": f"organisatie-{n}"}
    values.update(overrides)
    return Organisation.objects.create(**values)


def make_fiche(zones=(), languages=(), target_groups=(), **overrides) -> Fiche:
    n = _n()
    values = {
        "name": f"Fiche {n}",
        "slug": f"fiche-{n}",
        "status": Fiche.Status.PUBLISHED,
        "visibility": Fiche.Visibility.PUBLIC,
    }
    values.update(overrides)
    values.setdefault("organisation", make_organisation())
    values.setdefault("actor_type", make_actor_type())
    fiche = Fiche.objects.create(**values)
    fiche.zones.set(zones)
    fiche.languages.set(languages)
    fiche.target_groups.set(target_groups)
    return fiche


def make_contact_person(fiche: Fiche, **overrides) -> ContactPerson:
    values = {"name": f"Contact {_n()}", "role": "Coördinator"}
    values.update(overrides)
    return ContactPerson.objects.create(fiche=fiche, **values)


def make_user(username: str | None = None, password: str = "wachtwoord-123", **overrides):
    User = get_user_model()
    username = username or f"user{_n()}"
    user = User.objects.create_user(username=username, password=password, **overrides)
    return user


def make_editor(zones, username: str | None = None, **overrides):
    user = make_user(username, is_staff=True, **overrides)
    editor = ZoneEditor.objects.create(user=user)
    editor.zones.set(zones)
    return user


def make_professional(zone: Zone, status=ProfessionalProfile.Status.APPROVED, **overrides):
    user = make_user(**overrides)
    ProfessionalProfile.objects.create(
        user=user, profession="huisarts", zone=zone, status=status, email_confirmed=True
    )
    return user
