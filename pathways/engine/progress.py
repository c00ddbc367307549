"""How far along a person is in a flow: "Vraag 2 van 5", or a range when it depends on answers.

Which later questions are asked depends on the answers still to come (a werknemer is asked
about going back to their own job, someone on a leefloon is not), so the number of questions
left is counted over every way the person could still answer: the fewest and the most.
Plain Python, no Django; the flows are small enough to walk every branch.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from pathways.engine.model import Answers, Flow, Question

# A stand-in answer for the place question: the place comes last, no `applies` reads it.
_ANY_TEXT = "?"


@dataclass(frozen=True)
class Progress:
    number: int  # this question's place among the questions asked (1-based)
    fewest: int  # the fewest questions the whole flow can still have for this person
    most: int  # the most

    @property
    def exact(self) -> bool:
        return self.fewest == self.most

    @property
    def left_fewest(self) -> int:
        return self.fewest - self.number

    @property
    def left_most(self) -> int:
        return self.most - self.number


def progress(
    flow: Flow, answers: Answers, question: Question, *, places: Mapping, today: date
) -> Progress:
    """Where `question` stands, given the valid `answers` to the questions before it (and the
    places and day they were read with: a state's `places` and `today`)."""
    index = flow.questions.index(question)
    # The resolver keeps answers only for questions that were asked.
    before = {q.id: answers[q.id] for q in flow.questions[:index] if q.id in answers}
    counts = set(_remaining(flow, index, before, places, today))
    return Progress(
        number=len(before) + 1, fewest=len(before) + min(counts), most=len(before) + max(counts)
    )


def _remaining(flow: Flow, index: int, answers: dict[str, str], places: Mapping, today: date):
    """The number of questions asked from `index` on, for every way of answering them. A
    typed date is represented by its ready-made answers (the duration bands), which lead to
    the same questions as any date in them."""
    if index == len(flow.questions):
        yield 0
        return
    question = flow.questions[index]
    if not question.applies(flow.derive(answers, places, today)):
        yield from _remaining(flow, index + 1, answers, places, today)
        return
    values = [o.value for o in (*question.options, *question.shortcuts)] or [_ANY_TEXT]
    seen: set[int] = set()
    for value in values:
        following = {**answers, question.id: value}
        for count in _remaining(flow, index + 1, following, places, today):
            if count + 1 not in seen:
                seen.add(count + 1)
                yield count + 1
