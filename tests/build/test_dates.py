"""Dates written without a year take one: the kit's, else the folder's other dated files', else the
file's own metadata's; and ``presskit info`` says which (issue #10)."""

from __future__ import annotations

import pymupdf

from presskit.build import build_kit
from presskit.cli import main

NEWSLETTER = "newsletters/IWM CCW Newlsetter 21 November.pdf"


def pdf(path, text: str, created: str | None = None):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 90), text, fontsize=12)
    if created:
        doc.set_metadata({"creationDate": created})
    doc.save(path)
    doc.close()


def dated(report, path: str):
    it = next(i for i in report.items if i.path == path)
    return it.date, it.date_source


def test_the_year_comes_from_the_other_dated_files_of_the_folder(tmp_path, capsys):
    src = tmp_path / "src"
    pdf(src / "newsletters/IWM CCW Newsletter 15.11.11.pdf", "Day one of the meeting.")
    pdf(src / "newsletters/IWM CCW Newsletter 16.11.11.pdf", "Day two of the meeting.")
    pdf(src / NEWSLETTER, "Day three of the meeting.", created="D:20190303101010")
    pdf(src / "press/Press release 3 March 2019.pdf", "Another folder, another year.")
    report = build_kit(src, tmp_path / "kit", workers=0)
    assert dated(report, NEWSLETTER) == ("2011-11-21", "name+folder")
    assert dated(report, "newsletters/IWM CCW Newsletter 15.11.11.pdf") == ("2011-11-15", "name")

    assert main(["info", str(tmp_path / "kit")]) == 0
    out = capsys.readouterr().out
    assert (f"    {NEWSLETTER}: 2011-11-21 (from the file name, with the year of the other dated files of "
            "its folder)") in out
    assert "Dates from: the file or folder name 3; the file name, with the year of the other dated files " \
           "of its folder 1" in out


def test_the_kits_dates_come_first(tmp_path):
    src = tmp_path / "src"
    (src / "newsletters").mkdir(parents=True)
    (src / "kit.toml").write_text('title = "K"\nstart = 2026-11-16\nend = 2026-11-20\n', encoding="utf-8")
    pdf(src / "newsletters/IWM CCW Newsletter 15.11.11.pdf", "Day one.")
    pdf(src / NEWSLETTER, "Day three.")
    report = build_kit(src, tmp_path / "kit", workers=0)
    assert dated(report, NEWSLETTER) == ("2026-11-21", "name+kit")


def test_then_the_files_own_metadata_and_else_no_date(tmp_path):
    src = tmp_path / "src"
    pdf(src / NEWSLETTER, "Day three.", created="D:20190303101010")
    pdf(src / "other/Update 22 November.pdf", "No year anywhere.")
    report = build_kit(src, tmp_path / "kit", workers=0)
    assert dated(report, NEWSLETTER) == ("2019-11-21", "name+metadata")
    assert dated(report, "other/Update 22 November.pdf") == (None, "")
