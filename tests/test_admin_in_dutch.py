"""The whole admin speaks Dutch: the admin login lockout, history pages of every kind of row
(flow texts too), the 403 page and the import/export pages."""

import html as html_module
import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from pathways.models import FlowText
from tests.factories import make_user

ENGLISH = re.compile(
    r"\b(Change history|View history|Revert|Forbidden|Please enter|Account locked|"
    r"too many|Locked out|Date/time|Action|Import|Export|Preview|Submit|Errors|"
    r"Model name|Add link|list link|following fields)\b"
)


def visible_text(response) -> str:
    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    text = html_module.unescape(re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " ")
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def superuser(db):
    return make_user("beheer", is_staff=True, is_superuser=True, first_name="Bea")


@pytest.mark.django_db
def test_the_admin_login_lockout_is_in_dutch():
    cache.clear()
    client = Client()
    make_user("redacteur", password="goed-wachtwoord-1", is_staff=True)
    url = reverse("admin:login")
    for _ in range(5):
        client.post(url, {"username": "redacteur", "password": "fout"})
    response = client.post(url, {"username": "redacteur", "password": "goed-wachtwoord-1"})

    assert response.status_code == 429
    text = visible_text(response)
    assert "Inloggen is even geblokkeerd" in text
    assert not ENGLISH.search(text), ENGLISH.search(text)


@pytest.mark.django_db
def test_flow_text_history_is_in_dutch(superuser):
    text = FlowText.objects.create(key="action.wg-contact.body", text="Eerste versie")
    client = Client()
    client.force_login(superuser)
    change = reverse("admin:pathways_flowtext_change", args=[text.pk])
    client.post(change, {"text": "Tweede versie"})

    response = client.get(reverse("admin:pathways_flowtext_history", args=[text.pk]))

    body = visible_text(response)
    assert "Geschiedenis van action.wg-contact.body" in body
    assert "Tekst: Eerste versie" in body
    assert "Tweede versie" in body
    assert "Bea" in body
    assert not ENGLISH.search(body), ENGLISH.search(body)


@pytest.mark.django_db
def test_the_import_and_export_pages_are_in_dutch(superuser):
    client = Client()
    client.force_login(superuser)
    for name in ("admin:actors_fiche_import", "admin:actors_fiche_export", "admin:index"):
        body = visible_text(client.get(reverse(name)))
        assert not ENGLISH.search(body), (name, ENGLISH.search(body))
