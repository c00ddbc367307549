"""The guided flow, in plain Python: no Django import anywhere in this package.

    state = resolve(FLOWS["patient"], read_answers(request.GET.lists()), find_place=find_place)

`state.current` is the question to show (None when the route is complete), `state.outcome`
the route, `state.query()` the canonical query string.
"""

from pathways.engine.flows import FLOWS
from pathways.engine.model import (
    ACTOR_NAMES,
    MUTUALITY_BOUND,
    Action,
    Flow,
    Option,
    Outcome,
    Question,
    Step,
    Text,
)
from pathways.engine.resolver import MAX_LENGTH, State, read_answers, resolve
from pathways.engine.texts import DEFAULTS, Texts

__all__ = [
    "ACTOR_NAMES",
    "DEFAULTS",
    "FLOWS",
    "MAX_LENGTH",
    "MUTUALITY_BOUND",
    "Action",
    "Flow",
    "Option",
    "Outcome",
    "Question",
    "State",
    "Step",
    "Text",
    "Texts",
    "read_answers",
    "resolve",
]
