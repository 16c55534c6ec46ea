"""The package layout: folders follow the flow, each layer imports only the layers below it."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"
# Lowest first. A module may import its own layer and any layer listed before it.
LAYERS = [
    {"errors", "models", "settings", "ui_text"},
    {"documents", "samples"},
    {"index"},
    {"analysis"},
    {"answers"},
    {"exports"},
    {"comparison"},
    {"service"},
    {"portfolio"},
    {"cli"},
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(module: str, path: Path, top_level_only: bool = False) -> set[str]:
    """The `assistant` modules a file imports (relative imports resolved), lazy ones included
    unless `top_level_only`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("assistant"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("assistant"):
                continue
            # `from x import y`: y may be a name in module x or a submodule x.y.
            found.add(target)
            found.update(f"{target}.{a.name}" for a in node.names)
    return found


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_the_top_level_holds_at_most_eight_modules_and_the_flow_packages() -> None:
    modules = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")
    packages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    assert len(modules) <= 8, modules
    assert {"documents", "index", "analysis", "answers", "exports"} <= set(packages)


def test_every_module_and_package_is_in_a_layer() -> None:
    unknown = {_layer(m) for m in _modules() if m != "assistant"} - set(RANK)
    assert not unknown, f"add {unknown} to LAYERS in tests/test_layout.py"


def test_each_layer_imports_only_itself_and_the_layers_below() -> None:
    modules = _modules()
    wrong = []
    for module, path in modules.items():
        if module == "assistant":
            continue
        own = RANK[_layer(module)]
        for target in _imports(module, path):
            if target in modules and target != "assistant" and RANK[_layer(target)] > own:
                wrong.append(f"{module} imports {target}")
    assert not wrong, "\n".join(sorted(wrong))


def test_sub_packages_say_what_they_own_and_may_import() -> None:
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "May import" in doc or init.parent.name == "samples", init


def test_there_is_no_import_cycle_at_import_time() -> None:
    modules = _modules()
    graph = {m: {t for t in _imports(m, p, top_level_only=True) if t in modules and t != m
                 and not m.startswith(t + ".")}
             for m, p in modules.items()}
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                raise AssertionError(" -> ".join([*trail, node, nxt]))
            if nxt not in state:
                visit(nxt, [*trail, node])
        state[node] = 2

    for module in graph:
        if module not in state:
            visit(module, [])


def test_the_layer_check_catches_an_upward_import(tmp_path: Path) -> None:
    """The checker itself: a documents module importing answers is reported."""
    bad = tmp_path / "reading.py"
    bad.write_text("from assistant.answers.questions import understand\n"
                   "from ..analysis import checklist\n", encoding="utf-8")
    found = _imports("assistant.documents.reading", bad)
    assert "assistant.answers.questions" in found
    assert "assistant.analysis.checklist" in found
    assert RANK[_layer("assistant.answers.questions")] > RANK[_layer("assistant.documents.x")]
