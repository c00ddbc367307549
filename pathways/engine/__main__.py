"""`python -m pathways.engine` prints the default texts as a fixture (see texts.py)."""

import sys

from pathways.engine.texts import fixture_json

sys.stdout.write(fixture_json())
