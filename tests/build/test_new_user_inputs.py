"""What a publisher's first folder holds besides press releases: a ZIP of attachments, a spreadsheet,
two empty files, a Word file saved by a tool that left parts out. Each is skipped with a sentence that
names that very file and says what to do."""

from __future__ import annotations

import zipfile
from pathlib import Path

from presskit.build import build_kit


def _said(report) -> dict[str, str]:
    return {f.path: f.message for f in report.skipped}


def _source(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "statement.txt").write_text("The coalition demands transparency on stockpiles.\n", encoding="utf-8")
    with zipfile.ZipFile(src / "attachments.zip", "w") as z:
        z.writestr("inner.txt", "a file inside an archive")
    with zipfile.ZipFile(src / "budget.xlsx", "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    (src / "empty.pdf").write_bytes(b"")
    (src / "empty.txt").write_bytes(b"")
    (src / "notes on the plenary.txt").write_bytes(b"")
    with zipfile.ZipFile(src / "statement.docx", "w") as z:  # no relationships: Word never writes that
        z.writestr("word/document.xml", "<w:document xmlns:w='http://schemas.openxmlformats.org/"
                   "wordprocessingml/2006/main'><w:body><w:p><w:r><w:t>Word</w:t></w:r></w:p></w:body></w:document>")
    return src


def test_each_skipped_file_is_named_and_told_what_to_do(tmp_path):
    report = build_kit(_source(tmp_path), tmp_path / "kit", workers=1)
    said = _said(report)
    assert [it.path for it in report.items] == ["statement.txt"]
    assert "attachments.zip is a ZIP archive" in said["attachments.zip"] and "Unpack it" in said["attachments.zip"]
    assert "office document" not in said["attachments.zip"]
    assert "budget.xlsx is a spreadsheet or a presentation" in said["budget.xlsx"]
    # three empty files share one content, read once: each is named as itself
    for name in ("empty.pdf", "empty.txt", "notes on the plenary.txt"):
        assert said[name].startswith(f"{name} is empty"), said[name]
    assert "statement.docx is damaged" in said["statement.docx"]
    assert "KeyError" not in said["statement.docx"] and "save it again" in said["statement.docx"]
