"""presskit.cli.common: a progress bar only on a terminal; a kit ready to search without writing into it."""

from __future__ import annotations

import io
import shutil

from kitmaker import make_source
from presskit.build import build_kit
from presskit.cli.common import TerminalProgress, open_searchable
from presskit.index.status import kit_index_status


class Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_is_drawn_on_a_terminal_only():
    quiet = io.StringIO()
    TerminalProgress("Building", quiet)(1, 2, "a.pdf")
    assert quiet.getvalue() == ""
    tty = Tty()
    bar = TerminalProgress("Building", tty)
    bar(2, 2, "a.pdf")
    bar.close()
    assert "Building [" in tty.getvalue() and "2/2 a.pdf" in tty.getvalue()


def test_a_kit_without_index_is_indexed_in_the_cache(tmp_path, capsys):
    src = make_source(tmp_path / "src")
    build_kit(src, workers=0)
    shutil.rmtree(src / "index")
    kit = open_searchable(str(src))
    assert kit_index_status(kit) == "fresh" and not (src / "index").exists()
    assert "indexing it into" in capsys.readouterr().err
