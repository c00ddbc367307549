"""Drawing a flow for editors: the outline and the Mermaid text cover every question."""

import pytest
from django.core.management import CommandError, call_command

from pathways.engine import FLOWS
from pathways.engine.explore import mermaid, outline


@pytest.mark.parametrize("flow", list(FLOWS))
def test_the_outline_names_every_question_and_ends_in_routes(flow):
    drawing = outline(FLOWS[flow])
    for question in FLOWS[flow].questions:
        assert f"[{question.id}]" in drawing
    assert "→ route:" in drawing


def test_the_outline_groups_answers_that_lead_to_the_same_place():
    drawing = outline(FLOWS["patient"])
    # The ziekenfonds never changes the route: one branch for all answers.
    assert "- elk antwoord" in drawing
    assert "- CM" not in drawing


@pytest.mark.parametrize("flow", list(FLOWS))
def test_mermaid_draws_a_flowchart_without_breaking_quotes(flow):
    drawing = mermaid(FLOWS[flow], lambda text: text.default.replace("je", 'je "'))
    assert drawing.startswith("flowchart TD\n")
    assert "start --> n1" in drawing
    assert '"je "' not in drawing


def test_the_command_draws_one_flow_from_the_default_texts(capsys):
    call_command("draw_flows", "werkgever", "--defaults", "--format", "mermaid")
    out = capsys.readouterr().out
    assert out.startswith("flowchart TD")
    assert "Sinds wanneer is je medewerker afwezig door ziekte?" in out
    assert "Wat is je situatie op het werk?" not in out


def test_the_command_refuses_an_unknown_flow():
    with pytest.raises(CommandError, match="Unknown flow"):
        call_command("draw_flows", "student", "--defaults")
