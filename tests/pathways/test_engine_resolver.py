"""The resolver replays query-string answers into a state; no database, no HTTP."""

from urllib.parse import parse_qsl

import pytest

from pathways.engine import FLOWS, MAX_LENGTH, read_answers, resolve
from tests.pathways.helpers import answer, fake_find_place

GENT_WERKNEMER = {
    "werk": "werknemer",
    "sinds": "3-12-maanden",
    "doel": "eigen",
    "ziekenfonds": "cm",
    "plaats": "9000",
}


def test_an_empty_flow_starts_at_its_first_question():
    state = answer("patient")
    assert state.current.id == "werk"
    assert state.error is None
    assert not state.complete
    assert state.outcome is None


def test_the_first_unanswered_question_is_current_and_later_answers_are_kept():
    state = answer("patient", werk="werknemer", ziekenfonds="cm", plaats="9000")
    assert state.current.id == "sinds"
    assert dict(state.answers) == {"werk": "werknemer"}
    assert dict(state.pending) == {"ziekenfonds": "cm", "plaats": "9000"}
    assert state.query() == "werk=werknemer&ziekenfonds=cm&plaats=9000"


def test_missing_earlier_answers_resume_at_the_first_question():
    state = answer("patient", plaats="9000", ziekenfonds="cm")
    assert state.current.id == "werk"
    assert state.error is None
    assert state.query() == "ziekenfonds=cm&plaats=9000"


def test_a_complete_set_of_answers_gives_a_route():
    state = answer("patient", **GENT_WERKNEMER)
    assert state.complete
    assert [q.id for q in state.asked] == ["werk", "sinds", "doel", "ziekenfonds", "plaats"]
    assert state.places["plaats"].label == "9000 Gent"
    assert state.outcome.steps


def test_the_canonical_query_follows_the_question_order_and_drops_unknown_keys():
    raw = read_answers(
        [
            ("utm_source", ["nieuwsbrief"]),
            ("plaats", ["9000"]),
            ("ziekenfonds", ["cm"]),
            ("doel", ["eigen"]),
            ("sinds", ["3-12-maanden"]),
            ("werk", ["werknemer"]),
        ]
    )
    state = resolve(FLOWS["patient"], raw, find_place=fake_find_place)
    assert (
        state.query() == "werk=werknemer&sinds=3-12-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"
    )


def test_the_canonical_query_is_stable_when_replayed():
    first = answer("patient", **GENT_WERKNEMER)
    again = resolve(FLOWS["patient"], dict(parse_qsl(first.query())), find_place=fake_find_place)
    assert again.query() == first.query()


def test_answers_to_questions_that_do_not_apply_are_dropped():
    # A job seeker has no own job to go back to, and on a leefloon there is no ziekenfonds step.
    seeker = answer(
        "patient",
        werk="werkzoekende",
        sinds="1-3-maanden",
        doel="eigen",
        ziekenfonds="cm",
        plaats="3000",
    )
    assert seeker.complete
    assert "doel" not in seeker.query()
    leefloon = answer(
        "patient", werk="leefloon", sinds="1-3-maanden", ziekenfonds="cm", plaats="9000"
    )
    assert leefloon.complete
    assert leefloon.query() == "werk=leefloon&plaats=9000"


def test_an_unknown_value_makes_that_question_current_with_an_error():
    state = answer("patient", werk="directeur", plaats="9000")
    assert state.current.id == "werk"
    assert state.error.key == "error.invalid_choice"
    assert state.rejected == "directeur"
    assert state.query() == "plaats=9000"


def test_a_question_sent_without_answer_gets_its_own_error():
    state = answer("patient", werk="")
    assert state.current.id == "werk"
    assert state.error.key == "patient.werk.error"


def test_an_unknown_place_keeps_what_was_typed():
    state = answer("patient", werk="leefloon", plaats="Gentt")
    assert state.current.id == "plaats"
    assert state.error.key == "error.place_not_found"
    assert state.rejected == "Gentt"


def test_invalid_answers_after_the_current_question_are_dropped_silently():
    state = answer("patient", ziekenfonds="ziekenfonds-x", plaats="9000")
    assert state.error is None
    assert dict(state.pending) == {"plaats": "9000"}


def test_changing_the_work_status_keeps_postcode_and_ziekenfonds():
    before = answer("patient", **GENT_WERKNEMER)
    after = answer("patient", **{**dict(before.pairs()), "werk": "werkzoekende"})
    assert after.complete
    assert after.answers["ziekenfonds"] == "cm"
    assert after.answers["plaats"] == "9000"
    assert after.answers["sinds"] == "3-12-maanden"


def test_changing_the_work_status_asks_only_what_is_new():
    before = answer(
        "patient", werk="werkzoekende", sinds="1-3-maanden", ziekenfonds="cm", plaats="3000"
    )
    after = answer("patient", **{**dict(before.pairs()), "werk": "werknemer"})
    assert after.current.id == "doel"
    assert dict(after.pending) == {"ziekenfonds": "cm", "plaats": "3000"}


def test_the_previous_question_is_the_one_asked_before():
    state = answer("patient", werk="werknemer", sinds="1-3-maanden")
    assert state.previous(state.current).id == "sinds"
    assert state.previous(state.asked[0]) is None


@pytest.mark.parametrize(
    "items, expected",
    [
        ([("werk", ["", "werknemer"])], {"werk": "werknemer"}),  # the form's empty field + a choice
        ([("werk", ["werknemer", "zelfstandige"])], {"werk": "zelfstandige"}),
        ([("werk", [""])], {"werk": ""}),
        ([("plaats", ["  9000\t"])], {"plaats": "9000"}),
        ([("plaats", ["90\x0000"])], {"plaats": "9000"}),
        ([("plaats", ["x" * 10_000])], {"plaats": "x" * MAX_LENGTH}),
    ],
)
def test_read_answers_cleans_what_the_query_string_holds(items, expected):
    assert read_answers(items) == expected


def test_the_state_cannot_be_changed():
    state = answer("patient", **GENT_WERKNEMER)
    with pytest.raises(TypeError):
        state.answers["werk"] = "zelfstandige"
    with pytest.raises(AttributeError):
        state.current = None
