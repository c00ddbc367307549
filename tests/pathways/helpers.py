"""Shared by the engine tests: a place lookup that needs no database."""

from dataclasses import dataclass
from datetime import date

from pathways.engine import FLOWS, State, resolve
from pathways.engine.derive import BRUSSELS_PROVINCE

# The day the engine tests answer on: "6 weken" and dates are read against it.
TODAY = date(2026, 12, 1)


@dataclass(frozen=True)
class FakeZone:
    province: str


@dataclass(frozen=True)
class FakePlace:
    label: str
    zones: tuple[FakeZone, ...] = ()


KNOWN_PLACES = {
    "9000": FakePlace("9000 Gent", (FakeZone("Oost-Vlaanderen"),)),
    "3000": FakePlace("3000 Leuven", (FakeZone("Vlaams-Brabant"),)),
    "3900": FakePlace("3900 Pelt", (FakeZone("Limburg"),)),
    "gent": FakePlace("Gent", (FakeZone("Oost-Vlaanderen"),)),
    "1030": FakePlace("1030 Schaarbeek", (FakeZone(BRUSSELS_PROVINCE),)),
}


def fake_find_place(text: str) -> FakePlace | None:
    return KNOWN_PLACES.get(text.lower())


def answer(flow: str, **answers: str) -> State:
    return resolve(FLOWS[flow], answers, find_place=fake_find_place, today=TODAY)


def step_ids(state: State) -> list[str]:
    return [step.id for step in state.outcome.steps]


def actors(state: State) -> list[str]:
    return [step.actor for step in state.outcome.steps]
