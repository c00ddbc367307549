"""Replay the answers from a query string into an immutable state.

The resolver walks the questions of a flow in order. A question that does not apply to the
answers so far is skipped (and an answer sent for it is dropped). The first question that
applies but has no valid answer is where the visitor is: the "current" question. Answers to
later questions are kept as "pending" as long as they could be valid, so changing an early
answer does not throw away the ones after it.
"""

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any
from urllib.parse import urlencode

from pathways.engine.model import Answers, Flow, Outcome, Question, Text

# Longer than any postcode or municipality name; anything beyond is cut off, so a huge
# value in a tampered URL never reaches the database or the page.
MAX_LENGTH = 100

INVALID_CHOICE = Text(
    "error.invalid_choice",
    "Dit antwoord kennen we niet. Kies een van de antwoorden hieronder.",
)

PlaceLookup = Callable[[str], Any]


def clean_value(value: str) -> str:
    """Drop control characters (PostgreSQL refuses NUL), squeeze spaces, cut to MAX_LENGTH."""
    value = "".join(ch for ch in str(value)[: MAX_LENGTH * 4] if unicodedata.category(ch)[0] != "C")
    return " ".join(value.split())[:MAX_LENGTH]


def read_answers(items: Iterable[tuple[str, list[str]]]) -> dict[str, str]:
    """Query-string lists → one value per key: the last filled-in value wins.

    A key that is present with only empty values stays, as "": the question was sent
    without an answer (the question form always sends its key), which deserves an error
    message rather than silently showing the same question again.
    """
    answers: dict[str, str] = {}
    for key, values in items:
        key = clean_value(key)[:30]
        filled = [v for v in (clean_value(v) for v in values) if v]
        answers[key] = filled[-1] if filled else ""
    return answers


@dataclass(frozen=True)
class State:
    flow: Flow
    answers: Answers  # valid answers to the questions asked, in flow order
    asked: tuple[Question, ...]  # the questions that apply and were reached, in order
    current: Question | None  # the first open question; None when the route is complete
    error: Text | None  # why the current question's answer was refused
    rejected: str  # the refused value, to show back to the visitor
    pending: Answers  # answers to questions after the current one, kept for later
    places: Any  # question id → whatever the place lookup returned
    outcome: Outcome | None
    today: date  # the day the answers about time were read on

    @property
    def complete(self) -> bool:
        return self.current is None

    @property
    def answered(self) -> tuple[Question, ...]:
        return tuple(q for q in self.asked if q.id in self.answers)

    def pairs(self, *, without: str = "") -> list[tuple[str, str]]:
        """The kept answers in canonical order (the flow's question order)."""
        kept = {**self.answers, **self.pending}
        return [(q.id, kept[q.id]) for q in self.flow.questions if q.id in kept and q.id != without]

    def query(self, *, without: str = "", extra: Iterable[tuple[str, str]] = ()) -> str:
        """The canonical query string: known questions only, in flow order, then `extra`."""
        return urlencode([*self.pairs(without=without), *extra])

    def previous(self, question: Question) -> Question | None:
        """The question asked before this one, for the "back" link."""
        asked = list(self.asked)
        if question in asked:
            index = asked.index(question)
            return asked[index - 1] if index > 0 else None
        return asked[-1] if asked else None


def _later_value(question: Question, value: str, today: date) -> str | None:
    """The answer as it would be kept once the visitor gets there, or None when it cannot be
    valid. (No lookup: no queries.)"""
    if not value:
        return None
    if question.is_place:
        return value
    if question.parse is not None:
        return question.parse(value, today)
    return value if question.option(value) is not None else None


def _renamed(flow: Flow, raw: Answers) -> Answers:
    """Old addresses keep working: an answer under a question's former key moves to its new
    one (duur=1-3-maanden → sinds=1-3-maanden), unless the new key is there too."""
    moved = {new: raw[old] for old, new in flow.renamed.items() if old in raw and new not in raw}
    return {**raw, **moved} if moved else raw


def resolve(
    flow: Flow, raw: Answers, *, find_place: PlaceLookup, today: date | None = None
) -> State:
    """Replay `raw` (question id → value, e.g. from read_answers) through `flow`.

    `find_place(text)` returns something truthy for a place the site knows (the Django
    layer passes actors.places.find_place) or None; the engine stores what it returns.
    `today` dates the answers about time ("6 weken" ago); the pages pass their clock.
    """
    today = today or date.today()
    raw = _renamed(flow, raw)
    answers: dict[str, str] = {}
    pending: dict[str, str] = {}
    places: dict[str, Any] = {}
    asked: list[Question] = []
    current: Question | None = None
    error: Text | None = None
    rejected = ""

    for question in flow.questions:
        value = raw.get(question.id)
        if current is not None:
            later = _later_value(question, value, today) if value is not None else None
            if later is not None:
                pending[question.id] = later
            continue
        if not question.applies(flow.derive(answers, places, today)):
            continue
        asked.append(question)
        if value is None:
            current = question
            continue
        if not value:
            current, error = question, question.error
            continue
        if question.is_place:
            place = find_place(value)
            if place is None:
                current, error, rejected = question, question.not_found, value
                continue
            places[question.id] = place
        elif question.parse is not None:
            parsed = question.parse(value, today)
            if parsed is None:
                current, error, rejected = question, question.not_found, value
                continue
            value = parsed
        elif question.option(value) is None:
            current, error, rejected = question, INVALID_CHOICE, value
            continue
        answers[question.id] = value

    return State(
        flow=flow,
        answers=MappingProxyType(answers),
        asked=tuple(asked),
        current=current,
        error=error,
        rejected=rejected,
        pending=MappingProxyType(pending),
        places=MappingProxyType(places),
        outcome=flow.route(flow.derive(answers, places, today)) if current is None else None,
        today=today,
    )
