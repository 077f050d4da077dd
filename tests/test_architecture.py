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
