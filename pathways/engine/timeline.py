"""The timeline of an incapacity: the person's milestones (pathways.engine.milestones), dated
from the first day off work, with the past, the next and the coming ones marked.

Plain Python, no Django. Day 1 is the first day of the incapacity.

    timeline = build(status="werknemer", contract="arbeider", start=date(2027, 1, 4), today=...)
    for entry in timeline.entries: entry.milestone, entry.date, entry.state
"""

from dataclasses import dataclass
from datetime import date
from enum import Enum

from pathways.engine.milestones import (  # noqa: F401  (read here by the pages and the tests)
    CERTIFICATE,
    CONTRACT_UNKNOWN,
    EMPLOYER,
    EMPLOYER_TRAJECT,
    FIRST_ESTIMATE,
    FORCE_MAJEURE,
    INVALIDITY,
    MILESTONES,
    PREVENTION_CONTACT,
    QUESTIONNAIRE,
    WERKGEVER,
    Milestone,
    certificate_day,
    milestones_for,
)
from pathways.engine.questions import (  # noqa: F401  (ARBEIDER, BEDIENDE, KORT: read by the tests)
    ARBEIDER,
    BEDIENDE,
    KORT,
    MEER_1_JAAR,
    TOT_1_JAAR,
    TOT_3_MAANDEN,
)
from pathways.engine.since import add_months, parse_since


class State(Enum):
    PAST = "past"
    NEXT = "next"  # the first one still to come (today included)
    COMING = "coming"
    UNDATED = "undated"  # no start date known


@dataclass(frozen=True)
class Entry:
    milestone: Milestone
    date: date | None
    state: State


@dataclass(frozen=True)
class Timeline:
    entries: tuple[Entry, ...]  # in date order
    start: date | None
    today: date

    @property
    def day(self) -> int | None:
        """Which day of the incapacity today is (1 on the first day), when the start is known."""
        return (self.today - self.start).days + 1 if self.start else None

    @property
    def coming(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.state in (State.NEXT, State.COMING))

    @property
    def next(self) -> Entry | None:
        return next((e for e in self.entries if e.state is State.NEXT), None)

    def get(self, milestone_id: str) -> Entry | None:
        return next((e for e in self.entries if e.milestone.id == milestone_id), None)


def build(
    status: str,
    *,
    contract: str | None = None,
    start: date | None,
    today: date,
    months_reached: int = 0,
) -> Timeline:
    """The person's timeline: dated when the start is known, with past, next and coming marked.

    Without a start, `months_reached` says how far the person is at least (a band such as
    "3 maanden tot 1 jaar"): milestones before it are past, the others undated."""
    entries: list[Entry] = []
    seen_next = False
    reference = date(2001, 1, 1)  # any date: compare when milestones fall
    reached = add_months(reference, months_reached)
    for milestone in milestones_for(status, contract):
        when = milestone.at.on(start) if start else None
        if when is None:
            state = State.PAST if milestone.at.on(reference) < reached else State.UNDATED
        elif when < today:
            state = State.PAST
        elif not seen_next:
            state, seen_next = State.NEXT, True
        else:
            state = State.COMING
        entries.append(Entry(milestone, when, state))
    return Timeline(entries=tuple(entries), start=start, today=today)


# ------------------------------------------------------------------------- from the answers
SINCE = "sinds"  # the query key: an ISO date (2026-11-03), "6-weken" / "4-maanden", or a band
CONTRACT = "contract"  # the query key of the kind of contract
STATUS = "werk"
# How many months a band without a date says the person is at least off work.
BAND_MONTHS = {TOT_3_MAANDEN: 1, TOT_1_JAAR: 3, MEER_1_JAAR: 12}


def from_answers(answers, today: date, *, status: str | None = None) -> Timeline | None:
    """The timeline for a flow's answers (werk, contract, sinds), or None without a status.

    `status` stands in for the `werk` answer in a flow that does not ask it (the employer's:
    status=WERKGEVER)."""
    status = status or answers.get(STATUS)
    if not status:
        return None
    since = answers.get(SINCE)
    start = parse_since(since, today)
    reached = 0 if start else BAND_MONTHS.get(since, 0)
    return build(
        status, contract=answers.get(CONTRACT), start=start, today=today, months_reached=reached
    )
