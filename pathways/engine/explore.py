"""Walk every path of a flow: for the exhaustive tests and to draw the flow for editors."""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from pathways.engine.model import ACTOR_NAMES, Flow, Outcome, Question, Text
from pathways.engine.resolver import State, resolve

# A stand-in for the postcode answer: every Flemish place leads to the same questions and steps.
SAMPLE_PLACES = ("9000",)
# The day the walks are made on, so every path is the same whatever the real date.
SAMPLE_TODAY = date(2026, 12, 1)
# Since when, besides the shortcuts (the bands without a date): counts back from SAMPLE_TODAY
# that fall in every band and on both sides of each deadline and milestone of the first year.
SAMPLE_SINCE = (
    "0-dagen",
    "3-dagen",
    "20-dagen",
    "6-weken",
    "9-weken",
    "11-weken",
    "5-maanden",
    "10-maanden",
    "18-maanden",
)


def accept_any_place(text: str) -> str:
    return text


def _values(question: Question, places: tuple[str, ...], *, dated: bool) -> list[str]:
    if question.options:
        return [o.value for o in question.options]
    if question.parse is not None:
        shortcuts = [o.value for o in question.shortcuts]
        return [*shortcuts, *SAMPLE_SINCE] if dated else shortcuts
    return list(places)


def walk(
    flow: Flow,
    *,
    places: Iterable[str] = SAMPLE_PLACES,
    find_place: Callable[[str], object] = accept_any_place,
    today: date = SAMPLE_TODAY,
) -> Iterator[State]:
    """Every finished state of the flow, one per combination of answers (and for the date
    question, one per sample in SAMPLE_SINCE and per shortcut)."""
    places = tuple(places)

    def follow(raw: dict[str, str]) -> Iterator[State]:
        state = resolve(flow, raw, find_place=find_place, today=today)
        if state.complete:
            yield state
            return
        question = state.current
        for value in _values(question, places, dated=True):
            yield from follow({**raw, question.id: value})

    yield from follow({})


@dataclass(frozen=True)
class Node:
    """A question with its branches, or (question None) the outcome at the end of a path."""

    question: Question | None = None
    branches: tuple[tuple[tuple[str, ...], "Node"], ...] = ()  # (answer values, next node)
    outcome: Outcome | None = None


def tree(flow: Flow) -> Node:
    """The flow as a decision tree; answers that lead to the same subtree share a branch."""

    def grow(raw: dict[str, str]) -> Node:
        state = resolve(flow, raw, find_place=accept_any_place, today=SAMPLE_TODAY)
        if state.complete:
            return Node(outcome=state.outcome)
        question = state.current
        grouped: list[tuple[list[str], Node]] = []
        # The date question is drawn by its bands: a date leads where its band leads.
        for value in _values(question, SAMPLE_PLACES[:1], dated=False):
            child = grow({**raw, question.id: value})
            for group in grouped:
                if group[1] == child:
                    group[0].append(value)
                    break
            else:
                grouped.append(([value], child))
        return Node(question, tuple((tuple(v), child) for v, child in grouped))

    return grow({})


def _label(question: Question, values: tuple[str, ...], text: Callable[[Text], str]) -> str:
    if question.parse is not None:
        return " / ".join(text(question.option(v).label) for v in values)
    if not question.options:
        return "(postcode of gemeente)"
    if len(values) == len(question.options):
        return "elk antwoord"
    return " / ".join(text(question.option(v).label) for v in values)


def _outcome_lines(outcome: Outcome) -> list[str]:
    lines = []
    if outcome.actions:
        lines.append("zelf doen: " + ", ".join(a.id for a in outcome.actions))
    lines.append(
        "route: "
        + " → ".join(
            f"{ACTOR_NAMES.get(s.actor, s.actor)} [{s.id}]{'' if s.list_fiches else ' (eigen dienst)'}"
            for s in outcome.steps
        )
    )
    if outcome.notes:
        lines.append("notities: " + ", ".join(n.key.removeprefix("note.") for n in outcome.notes))
    return lines


def outline(flow: Flow, text: Callable[[Text], str] = lambda t: t.default) -> str:
    """An indented outline: each question, each answer, and the route each path ends in."""
    lines = [f"{text(flow.title)} ({flow.slug})"]

    def draw(node: Node, depth: int) -> None:
        pad = "  " * depth
        if node.question is None:
            for line in _outcome_lines(node.outcome):
                lines.append(f"{pad}→ {line}")
            return
        lines.append(f"{pad}? {text(node.question.title)} [{node.question.id}]")
        for values, child in node.branches:
            lines.append(f"{pad}  - {_label(node.question, values, text)}")
            draw(child, depth + 2)

    draw(tree(flow), 1)
    return "\n".join(lines) + "\n"


def _mermaid_text(value: str) -> str:
    return value.replace('"', "#quot;")


def mermaid(flow: Flow, text: Callable[[Text], str] = lambda t: t.default) -> str:
    """A Mermaid flowchart; identical subtrees are drawn once."""
    lines = ["flowchart TD", f'  start(["{_mermaid_text(text(flow.title))}"])']
    ids: dict[Node, str] = {}

    def draw(node: Node) -> str:
        if node in ids:
            return ids[node]
        node_id = f"n{len(ids) + 1}"
        ids[node] = node_id
        if node.question is None:
            body = "<br/>".join(_mermaid_text(line) for line in _outcome_lines(node.outcome))
            lines.append(f'  {node_id}["{body}"]')
            return node_id
        title = _mermaid_text(text(node.question.title))
        lines.append(f'  {node_id}{{"{title}"}}')
        for values, child in node.branches:
            child_id = draw(child)
            label = _mermaid_text(_label(node.question, values, text))
            lines.append(f'  {node_id} -->|"{label}"| {child_id}')
        return node_id

    first = draw(tree(flow))
    lines.insert(2, f"  start --> {first}")
    return "\n".join(lines) + "\n"
