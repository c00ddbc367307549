from unittest import mock

from django.db import DatabaseError


def test_healthz_answers_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_healthz_answers_503_when_the_database_is_down(client, db):
    # Simulate an unreachable database by making the cursor fail; a real outage cannot be
    # produced inside the test database.
    with mock.patch("wegwijzer.views.connection.cursor", side_effect=DatabaseError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503


def test_the_usual_admin_address_leads_to_the_dutch_admin(client, db):
    response = client.get("/admin/")
    assert response.status_code == 301
    assert response["Location"] == "/beheer/"
