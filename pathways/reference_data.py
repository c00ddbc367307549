"""The flow texts' part of `load_reference_data`: the defaults live in code beside their step
or question (pathways.engine), the database holds what editors changed. Same rule as the
directory's content (actors.reference_data.load_rows): a text nobody edited follows its
default, a text an editor changed keeps their words unless `update` is given.
"""

from django.core.management.base import OutputWrapper

from actors.reference_data import load_rows
from pathways.engine import DEFAULTS
from pathways.models import FlowText


def load_flow_texts(update: bool, stdout: OutputWrapper) -> None:
    rows = [FlowText(key=key, text=text) for key, text in sorted(DEFAULTS.items())]
    load_rows(FlowText, "key", rows, update, stdout)
