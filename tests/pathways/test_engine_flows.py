"""Every answer combination of every flow, enumerated from the engine (no database).

Places are answered with a few fixed values through a fake lookup: the route does not depend
on a Flemish place, so three are enough to show that; one Brussels place shows what changes
there. "Since when" is answered with every shortcut (the bands) and with dates in every band
(pathways.engine.explore.SAMPLE_SINCE), read on one fixed day.
"""

from collections import Counter

import pytest

from pathways.engine import FLOWS
from pathways.engine import timeline as t
from pathways.engine.explore import SAMPLE_TODAY, walk
from pathways.engine.since import band
from pathways.engine.steps import ACTIONS, NOTES, STEPS
from pathways.engine.texts import DEFAULTS
from tests.pathways.helpers import KNOWN_PLACES, fake_find_place

FLEMISH_PLACES = ("9000", "3000", "3900")
BRUSSELS = "1030"
PLACES = (*FLEMISH_PLACES, BRUSSELS)
NO_EMPLOYER = {"arbeidsarts", "werkgever", "preventieadviseur-psychosociaal"}
ILL = {"minder-1-maand", "1-3-maanden", "3-12-maanden", "meer-1-jaar"}
FLEMISH_ONLY = {"vdab-herorientering", "vdab-nieuw-werk", "vdab-werkzoekende", "vdab-gezondheid"}
FLEMISH_ONLY |= {"gtb", "gob", "wg-vdab-vop", "wg-gtb"}
BRUSSELS_ONLY = {"actiris", "vdab-brussel", "bruxelles-formation", "phare", "wg-brussel-steun"}


def all_states(flow: str):
    return list(walk(FLOWS[flow], places=PLACES, find_place=fake_find_place, today=SAMPLE_TODAY))


def duration(state) -> str | None:
    """The band of the `sinds` answer, as the routing reads it."""
    return band(state.answers.get("sinds"), SAMPLE_TODAY)


@pytest.fixture(scope="module")
def states():
    return {slug: all_states(slug) for slug in FLOWS}


@pytest.mark.parametrize("flow", list(FLOWS))
def test_every_combination_ends_in_a_route_with_at_least_one_step(states, flow):
    assert states[flow]
    for state in states[flow]:
        assert state.complete
        assert state.outcome.steps, state.query()


@pytest.mark.parametrize("flow", list(FLOWS))
def test_every_question_and_every_answer_is_reachable(states, flow):
    chosen: dict[str, set[str]] = {q.id: set() for q in FLOWS[flow].questions}
    for state in states[flow]:
        for key, value in state.answers.items():
            chosen[key].add(value)
    for question in FLOWS[flow].questions:
        if question.parse is not None:
            # Every shortcut, and the sample dates kept as dates.
            assert {o.value for o in question.shortcuts} < chosen[question.id], question.id
            continue
        expected = {o.value for o in question.options} or set(PLACES)
        assert chosen[question.id] == expected, question.id


@pytest.mark.parametrize("flow", list(FLOWS))
def test_no_route_sends_the_reader_to_the_same_kind_of_door_twice(states, flow):
    for state in states[flow]:
        counts = Counter(step.actor for step in state.outcome.steps)
        assert max(counts.values()) == 1, state.query()


@pytest.mark.parametrize("flow", ["patient", "zorgverlener"])
def test_job_seekers_and_self_employed_never_get_an_employer_or_arbeidsarts(states, flow):
    for state in states[flow]:
        if state.answers["werk"] in ("werkzoekende", "zelfstandige"):
            assert not state.outcome.actors & NO_EMPLOYER, state.query()


@pytest.mark.parametrize("flow", ["patient", "zorgverlener"])
def test_people_on_a_leefloon_or_in_another_status_get_no_ziekenfonds_route(states, flow):
    for state in states[flow]:
        if state.answers["werk"] in ("leefloon", "anders"):
            bound = {"tnw-coordinator", "adviserend-arts", "ziekenfonds"}
            assert not state.outcome.actors & bound, state.query()
            assert not state.outcome.actors & NO_EMPLOYER, state.query()


def test_every_patient_route_starts_with_talking_to_the_huisarts(states):
    for state in states["patient"]:
        assert state.outcome.steps[0].actor == "huisarts", state.query()


def test_every_doctor_route_starts_with_talking_about_work(states):
    for state in states["zorgverlener"]:
        assert state.outcome.actions[0].id == "zv-praat-over-werk", state.query()
        # The doctor is the huisarts: no step sends them to themselves.
        assert "huisarts" not in {step.actor for step in state.outcome.steps}


def test_the_tnw_coordinator_appears_exactly_where_the_ziekenfonds_pays_a_benefit(states):
    for state in states["patient"]:
        work, how_long = state.answers["werk"], duration(state)
        if work == "werknemer":
            expected = how_long in {"1-3-maanden", "3-12-maanden", "meer-1-jaar"}
        elif work in ("zelfstandige", "werkzoekende"):
            expected = how_long in ILL
        else:
            expected = False
        assert ("tnw-coordinator" in actors_of(state)) == expected, state.query()


def test_the_ziekenfonds_is_asked_only_when_a_ziekenfonds_door_follows(states):
    for flow in ("patient", "zorgverlener"):
        for state in states[flow]:
            asked = "ziekenfonds" in {q.id for q in state.asked}
            bound = any(step.mutuality_bound for step in state.outcome.steps)
            assert asked == bound, state.query()


def test_how_long_is_not_asked_on_a_leefloon_and_own_job_not_for_a_job_seeker(states):
    for state in states["patient"]:
        asked = {q.id for q in state.asked}
        work = state.answers["werk"]
        assert ("sinds" in asked) == (work in ("werknemer", "zelfstandige", "werkzoekende"))
        assert ("doel" in asked) == (work in ("werknemer", "zelfstandige"))


def test_the_employer_is_asked_about_coming_back_only_when_the_employee_is_away(states):
    for state in states["werkgever"]:
        asked = "terugkeer" in {q.id for q in state.asked}
        assert asked == (duration(state) != "nog-niet")


def test_the_patient_handout_follows_from_the_doctors_answers(states):
    # The handout replays the doctor's answers through the patient flow.
    for state in states["zorgverlener"]:
        patient = walk_one("patient", dict(state.pairs()))
        assert patient.complete, state.query()


def test_the_doctors_steps_have_the_same_numbers_as_on_the_handout(states):
    for state in states["zorgverlener"]:
        patient = walk_one("patient", dict(state.pairs())).outcome
        doctor = state.outcome
        on_handout = dict(enumerate(patient.steps, start=1))
        on_screen = dict(enumerate(doctor.steps, start=doctor.first_number))
        assert on_screen == {n: s for n, s in on_handout.items() if n >= doctor.first_number}, (
            state.query()
        )


def test_every_step_action_and_note_is_used_by_some_route(states):
    used_steps, used_actions, used_notes = set(), set(), set()
    for flow_states in states.values():
        for state in flow_states:
            used_steps |= {s.id for s in state.outcome.steps}
            used_actions |= {a.id for a in state.outcome.actions}
            used_notes |= {n.key for n in state.outcome.notes}
    assert used_steps == set(STEPS)
    assert used_actions == set(ACTIONS)
    assert used_notes == {n.key for n in NOTES.values()}


def test_a_flemish_place_does_not_change_the_route(states):
    routes: dict[tuple, set] = {}
    for state in states["patient"]:
        if state.answers["plaats"] == BRUSSELS:
            continue
        key = tuple((k, v) for k, v in state.pairs() if k != "plaats")
        routes.setdefault(key, set()).add(tuple(step_ids_of(state)))
    assert all(len(r) == 1 for r in routes.values())
    assert len(KNOWN_PLACES) >= len(PLACES)


@pytest.mark.parametrize("flow", list(FLOWS))
def test_brussels_routes_use_brussels_bodies_and_flemish_ones_do_not(states, flow):
    for state in states[flow]:
        ids = set(step_ids_of(state))
        if state.answers["plaats"] == BRUSSELS:
            assert not ids & FLEMISH_ONLY, state.query()
        else:
            assert not ids & BRUSSELS_ONLY, state.query()


@pytest.mark.parametrize("flow", list(FLOWS))
def test_every_timeline_is_in_date_order_and_nothing_past_is_coming(states, flow):
    status = t.WERKGEVER if flow == "werkgever" else None
    for state in states[flow]:
        line = t.from_answers(state.answers, SAMPLE_TODAY, status=status)
        if line is None:
            assert flow != "werkgever" and state.answers["werk"] is None
            continue
        dated = [e for e in line.entries if e.date is not None]
        assert [e.date for e in dated] == sorted(e.date for e in dated), state.query()
        for entry in dated:
            coming = entry.state in (t.State.NEXT, t.State.COMING)
            assert coming == (entry.date >= SAMPLE_TODAY), (state.query(), entry.milestone.id)
        assert sum(e.state is t.State.NEXT for e in line.entries) <= 1
        if line.start is None:
            # A band without a date: what lies before it is past, the rest has no date.
            states = [e.state for e in line.entries]
            assert set(states) <= {t.State.PAST, t.State.UNDATED}, state.query()
            assert states == sorted(states, key=lambda s: s is t.State.UNDATED), state.query()


@pytest.mark.parametrize("flow", ["patient", "zorgverlener"])
def test_every_status_with_a_certificate_deadline_shows_it(states, flow):
    for state in states[flow]:
        line = t.from_answers(state.answers, SAMPLE_TODAY)
        deadlines = [e for e in line.entries if e.milestone.deadline]
        expected = t.certificate_day(state.answers["werk"], state.answers.get("contract"))
        if state.answers["werk"] in ("werknemer", "werkzoekende", "zelfstandige"):
            assert expected is not None
        if expected is None:
            assert not deadlines, state.query()
            continue
        assert len(deadlines) == 1, state.query()
        assert deadlines[0].milestone.at.day == expected
        if line.start is not None:
            assert (deadlines[0].date - line.start).days + 1 == expected, state.query()


def test_the_contract_is_asked_exactly_for_an_employee_in_the_first_month(states):
    for flow in ("patient", "zorgverlener"):
        for state in states[flow]:
            asked = "contract" in {q.id for q in state.asked}
            first_month = duration(state) == "minder-1-maand"
            assert asked == (state.answers["werk"] == "werknemer" and first_month)


def test_no_route_for_a_short_contract_promises_gewaarborgd_loon(states):
    promise = "betaalt je werkgever je loon verder"
    for state in states["patient"]:
        if state.answers.get("contract") == "kort":
            texts = " ".join(s.why.default + s.when.default for s in state.outcome.steps)
            texts += " ".join(n.default for n in state.outcome.notes)
            assert promise not in texts and "De eerste weken betaalt" not in texts
            assert "werkgever-melden-kort" in step_ids_of(state)


def test_every_text_has_a_default_and_no_placeholder_is_left():
    for key, text in DEFAULTS.items():
        assert text.strip(), key
        assert "⚠" not in text and "TODO" not in text, key


def actors_of(state):
    return {step.actor for step in state.outcome.steps}


def step_ids_of(state):
    return [step.id for step in state.outcome.steps]


def walk_one(flow, answers):
    from pathways.engine import resolve

    return resolve(FLOWS[flow], answers, find_place=fake_find_place, today=SAMPLE_TODAY)
