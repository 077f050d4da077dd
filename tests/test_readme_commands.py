"""The README's two lines are what CI runs, and tools/setup.sh behaves as the README says.

CI (.ci/run) proves the lines work on a bare Debian Python; these tests keep the README and CI from
drifting apart, and check setup.sh's own logic (skip pip when nothing changed, pass arguments on) in
an active virtual environment whose pip is a stand-in that only records its calls.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def readme_lines() -> list[str]:
    """The commands of the README's first code block, without their comments."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"^```sh\n(.*?)^```", text, re.S | re.M)
    assert block, "the README has no ```sh block"
    return [line.split("  #")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def ci_lines() -> dict[str, str]:
    text = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    return dict(re.findall(r"^(viewer_line|test_line)='([^']*)'", text, re.M))


def test_readme_opens_with_the_two_lines_ci_runs():
    lines = readme_lines()
    assert lines == [ci_lines()["viewer_line"], ci_lines()["test_line"]]
    assert (REPO / "README.md").read_text(encoding="utf-8").index("```sh") < 40  # the very first lines


def test_ci_runs_both_lines_in_a_bare_environment_with_the_system_python():
    runs = [line for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
            if '"$viewer_line' in line or '"$test_line' in line]
    assert len(runs) == 2
    for line in runs:
        assert line.startswith('env -i HOME="$(mktemp -d)" PATH=/usr/bin:/bin '), line
    viewer, tests = runs
    assert viewer.endswith('bash -c "$viewer_line --self-test"')  # only an argument appended
    assert "QT_QPA_PLATFORM=offscreen" in viewer
    assert tests.endswith('bash -c "$test_line"')  # verbatim


# -- setup.sh in an active virtual environment, with pip and pytest replaced by recorders ------------
FAKE_PIP = """
import os, sys
from pathlib import Path
env = Path(sys.prefix)
with open(env / "pip-calls.log", "a") as f:
    f.write(" ".join(sys.argv[1:]) + "\\n")
launcher = env / "bin" / "presskit"
launcher.write_text("#!/bin/sh\\necho presskit ran with: \\"$@\\"\\n")
launcher.chmod(0o755)
"""
FAKE_PYTEST = """
import os, sys
print("pytest ran with:", *sys.argv[1:], "QT_QPA_PLATFORM=" + os.environ.get("QT_QPA_PLATFORM", ""))
"""


@pytest.fixture
def sandbox(tmp_path):
    """A copy of the repository's setup.sh and pyproject.toml, and a virtual environment without pip."""
    repo = tmp_path / "repo"
    (repo / "tools").mkdir(parents=True)
    shutil.copy(REPO / "tools" / "setup.sh", repo / "tools" / "setup.sh")
    shutil.copy(REPO / "pyproject.toml", repo / "pyproject.toml")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = subprocess.run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    site = Path(site)
    for name, code in (("pip", FAKE_PIP), ("pytest", FAKE_PYTEST)):
        (site / name).mkdir()
        (site / name / "__init__.py").write_text("")
        (site / name / "__main__.py").write_text(code)
    return repo, venv, tmp_path


def run_setup(sandbox, *args, display=":0", returncode=0):
    repo, venv, tmp = sandbox
    env = {"HOME": str(tmp), "PATH": f"{venv}/bin:/usr/bin:/bin", "VIRTUAL_ENV": str(venv),
           "PRESSKIT_NO_SYSTEM_PACKAGES": "1"}
    if display:
        env["DISPLAY"] = display
    p = subprocess.run(["bash", str(repo / "tools" / "setup.sh"), *args], env=env, capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == returncode, p.stdout + p.stderr
    return p.stdout + p.stderr


def pip_calls(sandbox) -> list[str]:
    log = sandbox[1] / "pip-calls.log"
    return log.read_text().splitlines() if log.exists() else []


@pytest.mark.skipif(shutil.which("bash") is None or os.name != "posix", reason="needs bash")
def test_setup_installs_once_and_passes_arguments_on(sandbox):
    out = run_setup(sandbox, "--open", "info", "some kit")
    assert pip_calls(sandbox) == ["install -q --disable-pip-version-check --use-pep517 -e ."]
    assert "presskit ran with: info some kit" in out

    out = run_setup(sandbox, "--open", "--self-test")
    assert len(pip_calls(sandbox)) == 1, "a second run with nothing changed must not run pip"
    assert "up to date" in out and "presskit ran with: --self-test" in out

    out = run_setup(sandbox, "--test", "-x")
    assert pip_calls(sandbox)[1:] == ["install -q --disable-pip-version-check --use-pep517 -e .[test]"]
    # one test process per core, each file whole in one of them, the slowest tests listed; the
    # arguments come after
    assert "pytest ran with: -q -n auto --dist loadfile --durations=15 -x QT_QPA_PLATFORM=offscreen" in out

    run_setup(sandbox, "--test")
    run_setup(sandbox, "--open")
    run_setup(sandbox)
    assert len(pip_calls(sandbox)) == 2, "the test install covers the plain one; nothing changed since"

    repo = sandbox[0]
    (repo / "pyproject.toml").write_text((repo / "pyproject.toml").read_text() + "\n# changed\n")
    run_setup(sandbox, "--open")
    assert pip_calls(sandbox)[2:] == ["install -q --disable-pip-version-check --use-pep517 -e ."]


@pytest.mark.skipif(shutil.which("bash") is None or os.name != "posix", reason="needs bash")
def test_setup_refuses_unknown_options_with_a_sentence(sandbox):
    repo, venv, tmp = sandbox
    p = subprocess.run(["bash", str(repo / "tools" / "setup.sh"), "--bogus"], capture_output=True, text=True)
    assert p.returncode == 2 and "unknown option --bogus" in p.stderr
    assert pip_calls(sandbox) == []


@pytest.mark.skipif(shutil.which("bash") is None or os.name != "posix", reason="needs bash")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
def test_setup_open_without_a_display_says_so_instead_of_a_qt_abort(sandbox):
    out = run_setup(sandbox, "--open", display="", returncode=1)
    assert "no display here" in out and "--self-test" in out
    assert "presskit ran with" not in out
    assert "presskit ran with: info KIT" in run_setup(sandbox, "--open", "info", "KIT", display="")
