"""docs/publisher-guide.md runs as written: every ```sh block, in order, in an empty folder.

The guide's ```text trees marked ``<!-- walkthrough: files ... -->`` name the publisher's own files;
this test makes small stand-ins for them (PDFs with text, a JPEG) just before the next ``sh`` block.
A ```toml block marked ``<!-- walkthrough: write PATH -->`` is written to PATH. ``presskit`` in the
commands runs ``sys.executable -m presskit`` from this repository (a wrapper on PATH).
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GUIDE = REPO / "docs" / "publisher-guide.md"
BLOCK = re.compile(r"(?:<!-- walkthrough: (?P<marker>[^>]*?) -->\n)?```(?P<lang>\w*)\n(?P<body>.*?)```", re.S)

pytestmark = pytest.mark.slow


def steps() -> list[tuple[str, str, str]]:
    """(kind, argument, body) in document order: ('files', '', tree), ('write', path, text), ('sh', '', script)."""
    out = []
    for m in BLOCK.finditer(GUIDE.read_text(encoding="utf-8")):
        marker, lang, body = (m.group("marker") or "").strip(), m.group("lang"), m.group("body")
        if marker.startswith("files"):
            out.append(("files", marker, body))
        elif marker.startswith("write "):
            out.append(("write", marker.split(" ", 1)[1], body))
        elif lang == "sh":
            out.append(("sh", "", body))
    return out


def make_files(tree: str, base: Path) -> list[str]:
    """Stand-ins for the files a ```text tree lists (``folder/`` lines open a folder)."""
    import pymupdf
    from PIL import Image

    made, root = [], None
    for line in tree.splitlines():
        name = line.strip()
        if not name:
            continue
        if not line.startswith(" ") and name.endswith("/"):
            root = base / name.rstrip("/")
            continue
        path = (root or base) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".pdf":
            lang_fr = "_FR" in path.name or "(FR)" in path.name
            text = (f"{path.stem}\nGENÈVE — La coalition demande un mécanisme de vérification des stocks.\nFIN"
                    if lang_fr else
                    f"{path.stem}\nGENEVA — The coalition calls for a verification mechanism for stockpiles. "
                    "“Every unaccounted crate is a future crime scene,” said Amara Diallo.\nENDS")
            doc = pymupdf.open()
            doc.new_page().insert_textbox(pymupdf.Rect(72, 72, 540, 760), text, fontsize=12, fontname="helv")
            doc.save(str(path))
            doc.close()
        elif path.suffix.lower() in (".jpg", ".jpeg"):
            Image.new("RGB", (640, 427), (70, 100, 140)).save(path, quality=80)
        elif path.name != "kit.toml":
            path.write_text(f"{path.stem}\n\nverification\n", encoding="utf-8")
        made.append(str(path.relative_to(base)))
    return made


def test_the_guide_has_the_walkthrough():
    kinds = [k for k, _a, _b in steps()]
    assert kinds.count("files") == 2 and kinds.count("write") == 1 and kinds.count("sh") >= 6


def test_publisher_walkthrough_runs_as_written(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    bindir = tmp_path / "bin"
    bindir.mkdir()
    wrapper = bindir / "presskit"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m presskit "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    env = dict(os.environ, PATH=f"{bindir}{os.pathsep}{os.environ['PATH']}",
               PYTHONPATH=str(REPO) + (os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else ""),
               QT_QPA_PLATFORM="offscreen")
    transcript = []
    for kind, arg, body in steps():
        if kind == "files":
            transcript.append(f"[files] {make_files(body, work)}")
            continue
        if kind == "write":
            (work / arg).parent.mkdir(parents=True, exist_ok=True)
            (work / arg).write_text(body, encoding="utf-8")
            continue
        for line in body.splitlines():
            cmd = line.strip()
            if not cmd or cmd.startswith("#"):
                continue
            r = subprocess.run(["bash", "-c", cmd], cwd=work, env=env, capture_output=True, text=True, timeout=300)
            transcript.append(f"$ {cmd}\n{r.stdout}{r.stderr}")
            assert r.returncode == 0, "\n".join(transcript)
    out = "\n".join(transcript)

    assert "Built revcon-kit: 4 items" in out
    assert "Index: fresh" in out
    assert re.search(r"press-releases-pr-opening-16-11-26-en\)\n\s+p\. 1: .*\[verification\]", out)
    assert "Fingerprint: " in out
    assert "Signed by Lantern Coalition press office (" in out
    assert "All 4 files match the manifest." in out
    assert "1 new, 0 changed, 0 removed" in out
    assert "NEW      newsletters/Daily Newsletter Day 2 - 17 November.pdf" in out
    assert "Update applied (signed by Lantern Coalition press office" in out
    assert "All 5 files match the manifest." in out
    assert "Amara Diallo" in out  # presskit quotes --speaker diallo
    kit_toml = (work / "revcon-kit" / "kit.toml").read_text(encoding="utf-8")
    assert "key_fingerprint" in kit_toml
