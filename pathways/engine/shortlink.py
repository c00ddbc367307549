"""A short address for a route, to type over from paper: /r/p/werknemer/1-3-maanden/eigen/cm/9000.

Only the answers, in the flow's order, without their keys: nothing is stored on the server, the
address itself holds the route. Going there leads to the route's full address, which checks
every answer as usual. Option values are the stable names saved route addresses already rely on,
so a short address keeps working as long as those do; a question added to a flow later is
skipped when the next part of the address is not one of its answers.
"""

from collections.abc import Sequence
from datetime import date
from urllib.parse import quote

from pathways.engine.model import Flow, Question
from pathways.engine.resolver import MAX_LENGTH, State

# One letter per flow keeps the address short; the full slug is understood too.
FLOW_LETTERS = {"patient": "p", "zorgverlener": "z", "werkgever": "w"}


def short_path(state: State) -> str:
    """The short path of a state's route: /r/<flow letter>/<answer>/<answer>/…"""
    letter = FLOW_LETTERS.get(state.flow.slug, state.flow.slug)
    parts = [quote(value, safe="") for _key, value in state.pairs()]
    return "/".join(["/r", letter, *parts])


def flow_slug(code: str) -> str:
    """The flow slug a short address's first part names (the letter or the slug itself)."""
    by_letter = {letter: slug for slug, letter in FLOW_LETTERS.items()}
    return by_letter.get(code, code)


def _fits(question: Question, part: str, today: date) -> bool:
    """Is `part` an answer to `question`? (A place always could be: it is looked up later.)"""
    if question.parse is not None:
        return question.parse(part, today) is not None
    if question.options:
        return question.option(part) is not None
    return True


def expand(flow: Flow, parts: Sequence[str], today: date) -> list[tuple[str, str]]:
    """The (question id, answer) pairs a short address's answer parts stand for.

    The questions are walked in the flow's order, skipping those that do not apply to the
    answers so far. A question with options takes the next part when it is one of its
    answers (a typed date: when it reads as one on `today`); it is left open when the part
    answers a later question instead, and otherwise takes the part anyway (a typo), so the
    route shows that question with its error and keeps the rest. The place takes the next
    part as it is. Parts left over are dropped."""
    parts = [part[:MAX_LENGTH] for part in parts if part][: len(flow.questions)]
    answers: dict[str, str] = {}
    for index, question in enumerate(flow.questions):
        if not parts:
            break
        if not question.applies(flow.derive(answers, {}, today)):
            continue
        later = [q for q in flow.questions[index + 1 :] if not q.is_place]
        if not _fits(question, parts[0], today):
            if any(_fits(q, parts[0], today) for q in later):
                continue
        answers[question.id] = parts.pop(0)
    return list(answers.items())
