"""Shared by the engine tests: a place lookup that needs no database."""

from pathways.engine import FLOWS, State, resolve

KNOWN_PLACES = {"9000": "9000 Gent", "3000": "3000 Leuven", "3900": "3900 Pelt", "gent": "Gent"}


def fake_find_place(text: str) -> str | None:
    return KNOWN_PLACES.get(text.lower())


def answer(flow: str, **answers: str) -> State:
    return resolve(FLOWS[flow], answers, find_place=fake_find_place)


def step_ids(state: State) -> list[str]:
    return [step.id for step in state.outcome.steps]


def actors(state: State) -> list[str]:
    return [step.actor for step in state.outcome.steps]
