"""Every text of the flows by key, with its default, and the lookup pages use.

Content editors override texts in the admin (pathways.FlowText); `Texts(overrides)` gives
the edited text where there is one and the default otherwise. The defaults live here, in
code, beside the step or question that uses them; the database holds only rows, which
`load_reference_data` keeps in line with the defaults where nobody edited them.
"""

from collections.abc import Iterator, Mapping

from pathways.engine.flows import FLOWS
from pathways.engine.model import Text
from pathways.engine.resolver import INVALID_CHOICE
from pathways.engine.steps import ACTIONS, NOTES, STEPS
from pathways.engine.timeline import MILESTONES


def _all() -> Iterator[Text]:
    for flow in FLOWS.values():
        yield from (flow.title, flow.intro, flow.route_title, flow.route_intro)
        for question in flow.questions:
            yield from (question.title, question.summary, question.error)
            if question.hint:
                yield question.hint
            if question.not_found:
                yield question.not_found
            for option in (*question.options, *question.shortcuts):
                yield option.label
                if option.hint:
                    yield option.hint
    yield INVALID_CHOICE
    for step in STEPS.values():
        yield from (step.why, step.when, step.ask)
    for action in ACTIONS.values():
        yield from (action.title, action.body)
    yield from NOTES.values()
    for milestone in MILESTONES.values():
        yield from (milestone.when, milestone.title, milestone.who, milestone.do)


def _catalogue() -> dict[str, str]:
    texts: dict[str, str] = {}
    for text in _all():
        if texts.setdefault(text.key, text.default) != text.default:
            raise ValueError(f"Two different default texts share the key {text.key!r}")
    return texts


DEFAULTS: Mapping[str, str] = _catalogue()


class Texts:
    """Text lookup for one page: edited texts over the defaults."""

    def __init__(self, overrides: Mapping[str, str] | None = None):
        self._overrides = {k: v for k, v in (overrides or {}).items() if k in DEFAULTS and v}

    def __getitem__(self, text: Text) -> str:
        return self._overrides.get(text.key, text.default)

    def get(self, text: Text | None) -> str:
        return self[text] if text is not None else ""
