"""A virtual X display for the screenshot and start-up tools, and an event pump for the app they drive.

    from xdisplay import virtual_display, event_pump

    with virtual_display(":98", "1920x1080", window_manager=True) as env:
        subprocess.call([...], env=env)      # the program runs on that display

``virtual_display`` starts ``Xvfb`` (and ``openbox`` when asked and installed, so windows get frames,
focus and maximising as on a desktop), waits for the display's socket and stops both on the way out.
``event_pump(app)`` returns ``pump(cond, timeout, settle)``: process Qt events until ``cond()`` holds or
``timeout`` seconds pass, then ``settle`` seconds more so that repaints land before a screenshot.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def virtual_display(display: str = ":99", size: str = "1440x900",
                    window_manager: bool = False) -> Iterator[dict[str, str]]:
    """Run ``Xvfb`` on ``display`` (WIDTHxHEIGHT ``size``); yield an environment that points at it."""
    procs = [subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("QT_SCALE_FACTOR", None)
    try:
        socket = Path(f"/tmp/.X11-unix/X{display.lstrip(':')}")
        for _ in range(100):
            if socket.exists() or procs[0].poll() is not None:
                break
            time.sleep(0.1)
        if procs[0].poll() is not None:
            raise SystemExit(f"Xvfb could not start on {display} (is another server using it?)")
        if window_manager and shutil.which("openbox"):
            procs.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))
        time.sleep(0.5)
        yield env
    finally:
        for proc in reversed(procs):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()


def event_pump(app) -> Callable[..., None]:
    """``pump(cond=lambda: False, timeout=10.0, settle=0.35)`` for the running QApplication ``app``."""

    def pump(cond: Callable[[], bool] = lambda: False, timeout: float = 10.0, settle: float = 0.35) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end and not cond():
            app.processEvents()
            time.sleep(0.01)
        end = time.monotonic() + settle
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    return pump
