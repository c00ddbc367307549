"""The layers only point down, and modules stay small.

The import graph of the project's own modules is read with `ast` (no extra tools): every
`import` and `from … import`, also those inside functions (a lazy import that closes a circle
is still a circle), relative imports resolved. Only code under `if TYPE_CHECKING:` would be
harmless, and the project has none.

How package `__init__` modules count: `from actors.models import Fiche` is an edge to
`actors.models` (its `__init__`), and the `__init__`'s own re-exports are edges to its
submodules, so a circle through a re-export is found. `from pathways.engine import steps` or
`import actors.models.geography` is an edge to that submodule only, not to the parent
packages' `__init__` that Python also runs: otherwise every submodule imported by its own
package's `__init__` would form a circle with it, and those say nothing about the design.

The layers (README, "Where things are"):
- `wegwijzer` (settings, urls, home, load_reference_data) may import every app;
- `accounts` and `pathways` import `actors` (models, querysets, forms), never its views;
- `actors` imports none of `pathways`, `accounts` or `wegwijzer`;
- `pathways.engine` imports only the standard library and itself.
"""

import ast
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APPS = ("actors", "accounts", "pathways", "wegwijzer")
ENGINE = "pathways.engine"
MAX_LINES = 400
SKIPPED_DIRS = {"migrations", "node_modules", "static", "__pycache__"}
# Modules that are data written as Python literals, allowed to be long. None today.
DATA_LITERALS: set[str] = set()

Graph = Mapping[str, set[str]]


# Reading the graph ----------------------------------------------------------------------------


def project_files(root: Path = ROOT) -> dict[str, Path]:
    """Every Python module of the project by dotted name (packages by their own name)."""
    modules = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).parts
        if any(part.startswith(".") or part in SKIPPED_DIRS for part in parts[:-1]):
            continue
        names = list(parts[:-1]) + ([] if parts[-1] == "__init__.py" else [path.stem])
        if names:
            modules[".".join(names)] = path
    return modules


def _target(name: str, modules: Iterable[str]) -> str:
    """The module an import of `name` runs: the longest project module it names, or the
    name itself when it is not the project's (django, stdlib …)."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in modules:
            return candidate
    return name


def imports_of(module: str, path: Path, modules: Iterable[str]) -> set[str]:
    """What `module` imports: project modules resolved, other names as written."""
    modules = set(modules)
    is_package = path.name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(_target(alias.name, modules) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".") if package else []
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                found.add(submodule if submodule in modules else _target(source, modules))
    found.discard(module)
    return found


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    files = project_files(root)
    return {module: imports_of(module, path, files) for module, path in files.items()}


# The rules, on any graph (so they can be tried on a bad one) ----------------------------------


def _app(module: str) -> str:
    top = module.split(".")[0]
    return top if top in APPS else ""


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def engine_violations(graph: Graph) -> list[str]:
    allowed = set(sys.stdlib_module_names) | {"__future__"}
    return [
        f"{module} imports {name}"
        for module, names in sorted(graph.items())
        if _within(module, ENGINE)
        for name in sorted(names)
        if not _within(name, ENGINE) and name.split(".")[0] not in allowed
    ]


def actors_violations(graph: Graph) -> list[str]:
    return [
        f"{module} imports {name}"
        for module, names in sorted(graph.items())
        if _within(module, "actors")
        for name in sorted(names)
        if name.split(".")[0] in {"pathways", "accounts", "wegwijzer"}
    ]


def views_violations(graph: Graph) -> list[str]:
    """An app importing another app's views. A URLconf (`urls` modules) is exempt: mapping
    paths to views is what it is for."""
    return [
        f"{module} imports {name}"
        for module, names in sorted(graph.items())
        if _app(module) and module.split(".")[-1] != "urls"
        for name in sorted(names)
        if _app(name) and _app(name) != _app(module) and _within(name, f"{_app(name)}.views")
    ]


def cycles(graph: Graph) -> list[list[str]]:
    """Every import circle among the graph's own modules (Tarjan's strongly connected
    components, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start] & graph.keys())))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child] & graph.keys()))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph[node]:
                    found.append(sorted(component))
    return found


def too_long(root: Path = ROOT) -> dict[str, int]:
    counts = {}
    for path in project_files(root).values():
        name = path.relative_to(root).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES and name not in DATA_LITERALS:
            counts[name] = lines
    return counts


# The project --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph()


def test_the_graph_holds_the_apps_and_their_imports(graph):
    # A broken reader would find nothing and let every rule pass.
    assert {"actors.models", "pathways.engine", "wegwijzer.settings"} <= graph.keys()
    assert "actors.models.directory" in graph["actors.models"]
    assert "pathways.engine" in graph["pathways.models"]
    assert "actors.models" in graph["actors.search"]


def test_the_engine_imports_no_django_and_no_app(graph):
    assert engine_violations(graph) == []


def test_actors_imports_nothing_of_the_apps_above_it(graph):
    assert actors_violations(graph) == []


def test_no_app_imports_another_apps_views(graph):
    assert views_violations(graph) == []


def test_there_is_no_import_cycle(graph):
    assert cycles(graph) == []


def test_no_module_is_over_400_lines():
    assert too_long() == {}


# The checker itself, on bad code ------------------------------------------------------------

BAD = {
    "pathways.engine.flows": {"django.db", "pathways.engine.model", "re"},
    "pathways.engine.model": {"actors.models", "dataclasses"},
    "pathways.engine.texts": {"pathways.engine.flows"},
    "actors.models": {"actors.search", "django.db"},
    "actors.search": {"actors.models"},
    "actors.roles": {"pathways.models"},
    "pathways.pages": {"actors.views.helpers", "actors.models"},
    "pathways.views": {"pathways.pages", "pathways.engine.texts"},
    "wegwijzer.urls": {"actors.views"},
    "accounts.views": {"actors.views"},
}


def test_the_rules_catch_a_bad_graph():
    assert engine_violations(BAD) == [
        "pathways.engine.flows imports django.db",
        "pathways.engine.model imports actors.models",
    ]
    assert actors_violations(BAD) == ["actors.roles imports pathways.models"]
    assert views_violations(BAD) == [
        "accounts.views imports actors.views",
        "pathways.pages imports actors.views.helpers",
    ]
    assert cycles(BAD) == [["actors.models", "actors.search"]]
    assert cycles({"a": {"a"}, "b": set()}) == [["a"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_reader_resolves_relative_and_lazy_imports(tmp_path):
    (tmp_path / "app" / "sub").mkdir(parents=True)
    files = {
        "app/__init__.py": "from app.sub import helper\n",
        "app/sub/__init__.py": "",
        "app/sub/helper.py": "from .. import models\nfrom . import other as o\n",
        "app/sub/other.py": "def later():\n    from ..models import Thing\n    import json\n",
        "app/models.py": "from app.sub.helper import x\nimport django.db.models\n",
        "app/migrations/0001_initial.py": "from app import models\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    graph = import_graph(tmp_path)
    assert graph == {
        "app": {"app.sub.helper"},
        "app.sub": set(),
        "app.sub.helper": {"app.models", "app.sub.other"},
        "app.sub.other": {"app.models", "json"},
        "app.models": {"app.sub.helper", "django.db.models"},
    }
    assert cycles(graph) == [["app.models", "app.sub.helper", "app.sub.other"]]


def test_a_long_module_is_found(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "short.py").write_text("x = 1\n" * MAX_LINES)
    (tmp_path / "app" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1))
    assert too_long(tmp_path) == {"app/long.py": MAX_LINES + 1}
