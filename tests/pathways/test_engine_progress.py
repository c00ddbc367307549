"""'Vraag 2 van 5': the engine's count of the questions, checked on every path of every flow."""

import pytest

from pathways.engine import FLOWS
from pathways.engine.explore import SAMPLE_TODAY, walk
from pathways.engine.progress import progress


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_every_question_knows_its_number_and_the_count_holds_on_every_path(slug):
    flow = FLOWS[slug]
    paths = list(walk(flow))
    assert paths
    for state in paths:
        total = len(state.asked)
        for number, question in enumerate(state.asked, start=1):
            where = progress(flow, state.answers, question, places=state.places, today=state.today)
            assert where.number == number, (state.query(), question.id)
            assert where.fewest <= total <= where.most, (state.query(), question.id)
        # The last question always knows it is the last.
        last = progress(
            flow, state.answers, state.asked[-1], places=state.places, today=state.today
        )
        assert last.exact and last.most == total


def test_the_range_is_honest_before_the_answers_decide():
    patient = FLOWS["patient"]
    first = progress(patient, {}, patient.questions[0], places={}, today=SAMPLE_TODAY)
    lengths = {len(state.asked) for state in walk(patient)}
    assert (first.fewest, first.most) == (min(lengths), max(lengths))
    assert not first.exact
