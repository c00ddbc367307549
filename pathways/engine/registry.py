"""The registries every door, action and note of the flows is entered in when it is defined.

The texts are defined beside their flow (patient_steps, patient_help_steps, werkgever_steps,
zorgverlener_steps); `pathways.engine.steps` imports them all and is where readers find them.
"""

from pathways.engine.model import Action, Step, Text

STEPS: dict[str, Step] = {}
ACTIONS: dict[str, Action] = {}
NOTES: dict[str, Text] = {}


def step(id: str, actor: str, *, why: str, when: str, ask: str, list_fiches: bool = True) -> Step:
    if id in STEPS:
        raise ValueError(f"Two steps share the id {id!r}")
    STEPS[id] = Step(
        id=id,
        actor=actor,
        why=Text(f"step.{id}.why", why),
        when=Text(f"step.{id}.when", when),
        ask=Text(f"step.{id}.ask", ask),
        list_fiches=list_fiches,
    )
    return STEPS[id]


def action(id: str, *, title: str, body: str, actor: str = "") -> Action:
    if id in ACTIONS:
        raise ValueError(f"Two actions share the id {id!r}")
    ACTIONS[id] = Action(
        id=id,
        title=Text(f"action.{id}.title", title),
        body=Text(f"action.{id}.body", body),
        actor=actor,
    )
    return ACTIONS[id]


def note(id: str, text: str) -> Text:
    if id in NOTES:
        raise ValueError(f"Two notes share the id {id!r}")
    NOTES[id] = Text(f"note.{id}", text)
    return NOTES[id]
