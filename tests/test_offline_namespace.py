"""The offline guarantee, for real: build, sign, pack, search and the viewer (offscreen) inside a
network namespace with no interfaces (``unshare -rn``). Skipped with a reason where that is impossible."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

SCRIPT = """
import os, socket, sys
sys.path.insert(0, {tests!r})
from pathlib import Path
base = Path({base!r})

def main():

    # really offline: no route anywhere
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(2)
    try:
        s.connect(("1.1.1.1", 80))
        print("NETWORK-REACHABLE"); sys.exit(3)
    except OSError:
        pass
    finally:
        s.close()

    from kitmaker import make_source
    from presskit.kit import keys, signing
    from presskit.kit.archive import pack_kit
    from presskit.build import build_kit
    from presskit.kit.open import open_kit
    from presskit.search import Searcher

    src = make_source(base / "src")
    build_kit(src, base / "kit", workers=2)
    keys.generate_key(base / "key.pem")
    signing.sign_kit(base / "kit", base / "key.pem", publisher="Offline Org")
    pack_kit(base / "kit", base / "kit.presskit")
    kit = open_kit(base / "kit.presskit")
    assert signing.verify_kit(kit).status == "signed"
    with Searcher(kit) as se:
        assert se.search("stockpiles").total >= 1

    from presskit.ui.app import Viewer, make_application
    from presskit.ui.settings import Settings
    app = make_application([])
    v = Viewer(Settings(base / "settings.ini"))
    w = v.window
    w.show()
    done = []
    w.kitOpened.connect(lambda k: done.append(k))
    w.open_kit(str(base / "kit.presskit"))
    from presskit.ui.qt import QTimer
    deadline = [0]
    def tick():
        deadline[0] += 1
        badge = getattr(getattr(w, "trust", None), "badge", None)
        if (done and (badge is None or badge.final)) or deadline[0] > 300:
            app.quit()
    t = QTimer(); t.timeout.connect(tick); t.start(50)
    app.exec()
    assert done, "the viewer did not open the kit"
    badge = getattr(getattr(w, "trust", None), "badge", None)
    print("BADGE", badge.text() if badge else "-")
    w.runner.wait(5000)
    print("OFFLINE-OK")

if __name__ == "__main__":
    main()
"""


def _namespace_available() -> str | None:
    if not sys.platform.startswith("linux"):
        return "network namespaces are Linux-only"
    if shutil.which("unshare") is None:
        return "the 'unshare' tool is not installed"
    p = subprocess.run(["unshare", "-rn", "true"], capture_output=True, text=True)
    if p.returncode != 0:
        return f"unprivileged network namespaces are not allowed here ({p.stderr.strip()[:120]})"
    return None


@pytest.mark.slow
def test_build_search_and_viewer_in_a_namespace_without_network(tmp_path):
    why = _namespace_available()
    if why:
        pytest.skip(why)
    script = tmp_path / "offline.py"
    script.write_text(SCRIPT.format(tests=str(REPO / "tests"), base=str(tmp_path)))
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)  # no test-side guard in there: the namespace itself has no network
    env["QT_QPA_PLATFORM"] = "offscreen"
    ip = subprocess.run(["unshare", "-rn", "cat", "/proc/net/dev"], capture_output=True, text=True)
    ifaces = [ln.split(":")[0].strip() for ln in ip.stdout.splitlines()[2:]]
    assert ifaces == ["lo"], f"the namespace should have only a (down) loopback: {ip.stdout!r}"
    p = subprocess.run(["unshare", "-rn", sys.executable, str(script)], env=env, capture_output=True,
                       text=True, timeout=300)
    assert p.returncode == 0 and "OFFLINE-OK" in p.stdout, f"{p.stdout}\n{p.stderr[-3000:]}"
    assert "BADGE ✔ Signed by Offline Org" in p.stdout
