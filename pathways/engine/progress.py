"""How far along a person is in a flow: "Vraag 2 van 5", or a range when it depends on answers.

Which later questions are asked depends on the answers still to come (a werknemer is asked
about going back to their own job, someone on a leefloon is not), so the number of questions
left is counted over every way the person could still answer: the fewest and the most.
Plain Python, no Django; the flows are small enough to walk every branch.
"""

from dataclasses import dataclass

from pathways.engine.model import Answers, Flow, Question

# A stand-in answer for free-text questions (the place): no question's `applies` reads it.
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


def progress(flow: Flow, answers: Answers, question: Question) -> Progress:
    """Where `question` stands, given the valid `answers` to the questions before it."""
    index = flow.questions.index(question)
    # The resolver keeps answers only for questions that were asked.
    before = {q.id: answers[q.id] for q in flow.questions[:index] if q.id in answers}
    counts = set(_remaining(flow, index, before))
    return Progress(
        number=len(before) + 1, fewest=len(before) + min(counts), most=len(before) + max(counts)
    )


def _remaining(flow: Flow, index: int, answers: dict[str, str]):
    """The number of questions asked from `index` on, for every way of answering them."""
    if index == len(flow.questions):
        yield 0
        return
    question = flow.questions[index]
    if not question.applies(answers):
        yield from _remaining(flow, index + 1, answers)
        return
    values = [o.value for o in question.options] or [_ANY_TEXT]
    seen: set[int] = set()
    for value in values:
        for count in _remaining(flow, index + 1, {**answers, question.id: value}):
            if count + 1 not in seen:
                seen.add(count + 1)
                yield count + 1
