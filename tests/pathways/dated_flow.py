"""A patient flow that knows since when the person is off work, for the agenda tests.

The real questions (`sinds`, `contract`) come with issue 9's flow work; until the patient
flow has them, these tests add two plain choice questions with the same query keys, so the
route page, its agenda link and the .ics file run through the real resolver, presenter and
views. Once the real questions are there, the real flow is used as it is."""

from contextlib import contextmanager
from dataclasses import replace
from unittest import mock

from pathways.engine import FLOWS, Option, Question, Text
from pathways.engine.questions import WERKNEMER
from pathways.engine.timeline import ARBEIDER, BEDIENDE, CONTRACT_UNKNOWN, KORT

# The start dates the tests use.
STARTS = ("2026-11-02", "2026-10-01", "2026-06-01", "2026-11-30", "6-weken")


def _question(id: str, values, applies) -> Question:
    return Question(
        id=id,
        title=Text(f"test.{id}.title", id),
        summary=Text(f"test.{id}.summary", id),
        error=Text(f"test.{id}.error", id),
        options=tuple(Option(v, Text(f"test.{id}.{v}", v)) for v in values),
        applies=applies,
    )


@contextmanager
def dated_patient_flow():
    patient = FLOWS["patient"]
    if patient.question("sinds") is not None:
        yield patient
        return
    since = _question("sinds", STARTS, lambda answers: True)
    contract = _question(
        "contract",
        (BEDIENDE, ARBEIDER, KORT, CONTRACT_UNKNOWN),
        lambda answers: answers.get("werk") == WERKNEMER,
    )
    first, *rest = patient.questions
    dated = replace(patient, questions=(first, since, contract, *rest))
    with mock.patch.dict(FLOWS, {"patient": dated}):
        yield dated
