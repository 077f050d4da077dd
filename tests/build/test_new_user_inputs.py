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
    with zipfile.ZipFile(src / "yesterday.presskit", "w") as z:  # a packed kit left in the folder
        z.writestr(".presskit/pack.json", "{}")
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
    assert "yesterday.presskit is a packed kit or an update pack, not a document" in said["yesterday.presskit"]
    # three empty files share one content, read once: each is named as itself
    for name in ("empty.pdf", "empty.txt", "notes on the plenary.txt"):
        assert said[name].startswith(f"{name} is empty"), said[name]
    assert "statement.docx is damaged" in said["statement.docx"]
    assert "KeyError" not in said["statement.docx"] and "save it again" in said["statement.docx"]


def test_a_broken_cross_reference_table_and_a_duplicate_are_read(tmp_path):
    """A PDF whose xref table points nowhere (MuPDF repairs it) and the same file under two names:
    three items, each searchable."""
    import pymupdf

    from presskit.kit.open import open_kit
    from presskit.search import Searcher

    src = tmp_path / "src"
    src.mkdir()
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Broken table document about landmines")
    raw = doc.tobytes()
    raw = raw[:raw.rfind(b"startxref")].replace(b"xref", b"xrfe", 1) + b"startxref\n999999\n%%EOF\n"
    (src / "broken xref.pdf").write_bytes(raw)
    (src / "statement.txt").write_text("The coalition demands transparency.\n", encoding="utf-8")
    (src / "Copy of statement.txt").write_text("The coalition demands transparency.\n", encoding="utf-8")
    report = build_kit(src, tmp_path / "kit", workers=1)
    assert sorted(it.path for it in report.items) == ["Copy of statement.txt", "broken xref.pdf", "statement.txt"]
    with Searcher(open_kit(tmp_path / "kit")) as s:
        assert s.search("landmines").total == 1
        assert s.search("transparency").total == 2


def test_an_empty_folder_and_a_folder_of_unreadable_files_say_so(tmp_path):
    from presskit.errors import PresskitError

    empty = tmp_path / "empty"
    empty.mkdir()
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "notes.xyz").write_text("what is this", encoding="utf-8")
    for src, said in ((empty, "has no files to put in a kit"), (junk, "None of the files could be read")):
        try:
            build_kit(src, tmp_path / f"{src.name}-kit", workers=1)
            raise AssertionError("a kit was built")
        except PresskitError as e:
            assert said in e.message, e.message
            assert "notes.xyz: notes.xyz" not in (e.details or "")  # each file named once
        assert not (tmp_path / f"{src.name}-kit").exists()


def test_a_pack_or_an_update_is_never_written_inside_a_kit_folder(tmp_path):
    """`presskit pack KIT -o KIT/kit.presskit` wrote the pack into the kit: an extra file, read as a
    document at the next build. An update between two copies of one edition says there is nothing
    to update (it said the new kit "was not signed after the old one")."""
    import shutil

    from presskit.errors import KitError
    from presskit.kit.archive import pack_kit
    from presskit.kit.updates import make_update

    src = tmp_path / "src"
    src.mkdir()
    (src / "statement.txt").write_text("The coalition demands transparency.\n", encoding="utf-8")
    kit = tmp_path / "kit"
    build_kit(src, kit, workers=1)
    before = sorted(p.name for p in kit.iterdir())
    copy = tmp_path / "copy"
    shutil.copytree(kit, copy)
    try:
        make_update(kit, copy, tmp_path / "same.presskit")
        raise AssertionError("an update from a kit to the same edition was written")
    except KitError as e:
        assert "same edition" in e.message and "nothing to put in an update" in e.message
    for make in (lambda out: pack_kit(kit, out), lambda out: make_update(kit, copy, out)):
        try:
            make(kit / "inside.presskit")
            raise AssertionError("written inside the kit")
        except KitError as e:
            assert "inside the kit folder" in e.message and "next to the kit folder" in e.message
    assert sorted(p.name for p in kit.iterdir()) == before
    pack_kit(kit, tmp_path / "kit.presskit")  # next to it: written
