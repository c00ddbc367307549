"""The engine must run without Django: it is imported here with Django made unimportable."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_engine_imports_and_resolves_without_django():
    code = (
        "import sys; sys.modules['django'] = None\n"
        "from pathways.engine import FLOWS, resolve\n"
        "from pathways.engine.explore import outline\n"
        "state = resolve(FLOWS['patient'], {'werk': 'leefloon', 'plaats': 'x'}, find_place=str)\n"
        "assert state.complete and outline(FLOWS['werkgever'])\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
