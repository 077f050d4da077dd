"""The core never imports Qt; the UI imports Qt through one module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "presskit"
QT_NAMES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "shiboken2")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_modules_do_not_import_qt():
    offenders = [p.relative_to(PKG.parent).as_posix() for p in PKG.rglob("*.py")
                 if "ui" not in p.relative_to(PKG).parts[:1] and _imports(p) & set(QT_NAMES)]
    assert offenders == []


def test_only_qt_module_names_pyside():
    ui = PKG / "ui"
    if not ui.exists():
        return
    offenders = [p.name for p in ui.rglob("*.py") if p.name != "qt.py" and _imports(p) & set(QT_NAMES)]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt():
    mods = [p.relative_to(PKG.parent).with_suffix("").as_posix().replace("/", ".")
            for p in PKG.rglob("*.py") if p.relative_to(PKG).parts[0] != "ui" and p.name != "__main__.py"]
    code = ("import importlib, sys\n"
            f"for m in {mods!r}:\n    importlib.import_module(m)\n"
            f"bad = [n for n in sys.modules if n.split('.')[0] in {QT_NAMES!r}]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PKG.parent)
    assert r.returncode == 0, r.stdout + r.stderr


# --- the import graph -------------------------------------------------------------------------------
# Layers point one way: a module imports only from the layers below it, so nothing imports in a
# circle, and the core never imports the viewer (only the front ends do: presskit.cli and __main__).

FRONT_ENDS = ("presskit.ui", "presskit.cli", "presskit.__main__")


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PKG.parent).with_suffix("").parts).removesuffix(".__init__")


def _resolve(mod: str, is_pkg: bool, node: ast.ImportFrom) -> str:
    """The absolute module an ``ImportFrom`` names (relative imports resolved)."""
    if not node.level:
        return node.module or ""
    package = mod if is_pkg else mod.rpartition(".")[0]
    parts = package.split(".")
    base = parts[: len(parts) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def import_graph() -> dict[str, set[str]]:
    """Module -> the presskit modules it imports, from the source: relative imports resolved, imports
    inside functions included, and a package's ``__init__`` counted wherever one of its modules is
    imported from outside the package (Python runs it first)."""
    files = {_module_name(p): p for p in PKG.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in files}
    for mod, path in files.items():
        is_pkg = path.name == "__init__.py"
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(mod, is_pkg, node)
                for a in node.names:
                    targets.add(f"{base}.{a.name}" if f"{base}.{a.name}" in files else base)
        for t in targets:
            while t and t not in files:  # "presskit.kit.open.open_kit" -> "presskit.kit.open"
                t = t.rpartition(".")[0]
            if not t or t == mod:
                continue
            graph[mod].add(t)
            parent = t.rpartition(".")[0]
            while parent.startswith("presskit.") and not (mod + ".").startswith(parent + "."):
                graph[mod].add(parent)  # importing presskit.x.y runs presskit/x/__init__.py first
                parent = parent.rpartition(".")[0]
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_sees_relative_and_function_level_imports():
    g = import_graph()
    assert "presskit.kit.format" in g["presskit.kit.open"]  # from .format import ...
    assert "presskit.ui.app" in g["presskit.cli"]  # imported inside main()
    assert "presskit.index" in g["presskit.kit.open"]  # the package runs before presskit.index.status
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_of_presskit_imports_in_a_circle():
    found = cycles(import_graph())
    assert found == [], "modules import each other in a circle: " + "; ".join(" <-> ".join(c) for c in found)


def test_the_core_never_imports_the_viewer():
    offenders = {m: sorted(t for t in targets if t.startswith("presskit.ui"))
                 for m, targets in import_graph().items() if not m.startswith(FRONT_ENDS)}
    assert {m: t for m, t in offenders.items() if t} == {}


def test_the_kit_format_knows_nothing_of_archives_indexes_updates_or_signing():
    g = import_graph()
    below = set()
    todo = ["presskit.kit.format"]
    while todo:  # everything the format imports, directly or not
        for t in g[todo.pop()]:
            if t not in below:
                below.add(t)
                todo.append(t)
    assert sorted(m for m in below if m.startswith(("presskit.kit.", "presskit.index", "presskit.build"))) == []


def test_no_unused_import_undefined_name_or_dead_local_anywhere():
    """pyflakes' findings (ruff's F rules) over the code, the tools, the benches and the tests: an unused
    import or a local assigned and never read is where a reading was dropped half-way, and an undefined name
    is a crash waiting on the path no test takes."""
    root = Path(__file__).resolve().parent.parent
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "F", "--no-cache", "--quiet",
                          "--output-format", "concise", "presskit", "tools", "bench", "tests"],
                         cwd=root, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
