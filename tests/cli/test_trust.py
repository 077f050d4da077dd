"""presskit keygen, sign, pack, diff, apply: the publisher's commands, with the exit codes of the README."""

from __future__ import annotations

from kitmaker import make_source
from presskit.cli import main


def test_keygen_sign_pack_verify(tmp_path, capsys):
    src = make_source(tmp_path / "src")
    assert main(["build", str(src), "-o", str(tmp_path / "kit")]) == 0
    assert main(["keygen", "-o", str(tmp_path / "key.pem")]) == 0
    assert main(["keygen", "-o", str(tmp_path / "key.pem")]) == 2  # never overwrites a key
    assert main(["sign", str(tmp_path / "kit"), "--key", str(tmp_path / "key.pem"), "--publisher", "Org"]) == 0
    assert main(["pack", str(tmp_path / "kit"), "-o", str(tmp_path / "kit.presskit")]) == 0
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "kit.presskit")]) == 0
    assert "Signed by Org" in capsys.readouterr().out
    (tmp_path / "kit" / "briefing-note.txt").write_text("changed", encoding="utf-8")
    assert main(["verify", str(tmp_path / "kit")]) == 1
    assert "CHANGED  briefing-note.txt" in capsys.readouterr().out
