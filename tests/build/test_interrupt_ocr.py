"""Ctrl+C while scanned pages are being recognised: the build stops at once, says so, leaves no
process behind, and the previous kit stays byte for byte as it was."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from presskit.ingest import ocr
from pressfolder import make_scanned_pdf

#: runs ``presskit build`` and prints a line the first time a scanned page is being recognised
DRIVER = """
import sys
from presskit.cli import common

def progress(self, done, total, name):
    if "scanned page" in name and not getattr(common, "_said", False):
        common._said = True
        print("recognising", flush=True)

common.TerminalProgress.__call__ = progress
if __name__ == "__main__":
    from presskit.cli import main
    sys.exit(main(sys.argv[1:]))
"""


def _files(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _group_gone(pgid: int, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_ctrl_c_during_recognition_leaves_the_previous_kit_untouched(tmp_path):
    if isinstance(ocr.find_engine(["en"]), ocr.OcrUnavailable):
        pytest.skip("Tesseract's language data is not installed here")
    src, kit = tmp_path / "src", tmp_path / "kit"
    src.mkdir()
    (src / "kit.toml").write_text('title = "Interrupted"\nlanguages = ["en"]\n', encoding="utf-8")
    (src / "statement.txt").write_text("The coalition welcomes the decision of the conference.\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]),
                                                        os.environ.get("PYTHONPATH", "")])}
    first = subprocess.run([sys.executable, "-m", "presskit", "build", str(src), "-o", str(kit)], env=env,
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    before = _files(kit)
    pages = [[f"Page {n} of a long scanned report on clearance, read one page at a time."] for n in range(1, 13)]
    make_scanned_pdf(src / "report.pdf", pages, dpi=200)
    (src / "report.src.pdf").unlink(missing_ok=True)
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    p = subprocess.Popen([sys.executable, str(driver), "build", str(src), "-o", str(kit)], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        line = p.stdout.readline()
        assert line.strip() == "recognising", (line, p.stderr.read() if p.poll() is not None else "")
        os.killpg(p.pid, signal.SIGINT)  # what a terminal's Ctrl+C does: the whole foreground group
        _out, err = p.communicate(timeout=60)
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
    assert p.returncode == 130, err
    assert "Interrupted" in err and "Traceback" not in err
    assert _group_gone(p.pid), "a reader or recognising process outlived the build"
    assert _files(kit) == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["driver.py", "kit", "src"], "nothing half-built is left"
