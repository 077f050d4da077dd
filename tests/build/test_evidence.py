"""Metadata a delegate can trust (issue #18): kinds from evidence, plausible dates, and the reason
for every value, on small real PDFs whose metadata each test sets."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from metadata_helpers import jpeg, pdf

from presskit.build import build_kit
from presskit.build.evidence import KitDates
from presskit.cli import main
from presskit.kit.open import open_kit


def built(tmp_path, src, **kw):
    report = build_kit(src, tmp_path / "kit", workers=0, **kw)
    return report, {it.path: it for it in report.items}


# --- kinds -------------------------------------------------------------------------------------------

def test_a_pdf_is_never_a_photo_whatever_its_folder_or_name(tmp_path):
    src = tmp_path / "src"
    pdf(src / "images/figure-1.pdf", "Growth of the stockpile, 2009 to 2011.")
    pdf(src / "Images/Anims/frame2.pdf", "")
    pdf(src / "pictures/Photos of the march.pdf", "A leaflet about the march.")
    pdf(src / "texlive-pictures-doc/manual.pdf", "The manual of a drawing package.")
    jpeg(src / "press-releases/Delegates arrive.jpg")
    _, items = built(tmp_path, src)
    for path in ("images/figure-1.pdf", "Images/Anims/frame2.pdf", "pictures/Photos of the march.pdf",
                 "texlive-pictures-doc/manual.pdf"):
        assert items[path].kind == "other", path
    assert "it is a document, not an image" in items["images/figure-1.pdf"].why["kind"]
    photo = items["press-releases/Delegates arrive.jpg"]
    assert photo.kind == "photo" and photo.why["kind"] == "the file is an image"


def test_words_count_when_the_files_type_agrees(tmp_path):
    src = tmp_path / "src"
    pdf(src / "press-releases/Opening.pdf", "The conference opened today.")
    pdf(src / "misc/scan-003.pdf", "PRESS RELEASE\nFor immediate release: the conference opened today.")
    pdf(src / "misc/untitled.pdf", "Remarks.", title="Statement on the draft protocol")
    pdf(src / "misc/Newlsetter 3.pdf", "The third issue.")
    _, items = built(tmp_path, src)
    assert items["press-releases/Opening.pdf"].kind == "press-release"
    assert items["press-releases/Opening.pdf"].why["kind"] == "it is in the folder “press-releases”"
    assert items["misc/scan-003.pdf"].kind == "press-release"
    assert "first line says “PRESS RELEASE”" in items["misc/scan-003.pdf"].why["kind"]
    assert items["misc/untitled.pdf"].kind == "statement"
    assert items["misc/Newlsetter 3.pdf"].kind == "newsletter"
    assert items["misc/Newlsetter 3.pdf"].why["kind"] == "the file name says “newlsetter”"


def test_a_heading_word_must_be_spelt_right_and_strong(tmp_path):
    src = tmp_path / "src"
    pdf(src / "a.pdf", "Seminar demonstration files - Backgrounds\nJune 2002")
    pdf(src / "b.pdf", "Release notes for version 2\nWhat changed.")
    pdf(src / "c.pdf", "Text.", title="TikZ Library for Structural Analysis")
    pdf(src / "d.pdf", "Text.", title="Support for the newsletter “La Lettre GUTenberg”")
    pdf(src / "e.pdf", "General Statement of the Cluster Munition Coalition\nMr President.")
    _, items = built(tmp_path, src)
    assert [items[f"{c}.pdf"].kind for c in "abcd"] == ["other"] * 4
    assert items["e.pdf"].kind == "statement"


def test_a_folder_language_marker_does_not_name_a_long_text_in_an_unknown_language(tmp_path):
    basque = ("LATEX-eko book dokumentu-klasetik eratorritako klasea da hau. Liburu-motako dokumentuak euskaraz "
              "idaztean gertatzen diren arazo gramatikalak eta numerazio-arazoak konpontzen dituzte hedapenek. ")
    src = tmp_path / "src"
    pdf(src / "texlive-lang-french/basque-book.pdf", "\n".join([basque] * 30))
    pdf(src / "texlive-lang-french/logo.pdf", "LOGO")
    _, items = built(tmp_path, src)
    long = items["texlive-lang-french/basque-book.pdf"]
    assert long.language is None and "does not tell apart" in long.why["language"]
    assert items["texlive-lang-french/logo.pdf"].language == "fr"  # too little text: the folder says


# --- dates -------------------------------------------------------------------------------------------

def test_implausible_metadata_dates_are_not_used_and_the_next_source_is_tried(tmp_path):
    src = tmp_path / "src"
    pdf(src / "epoch.pdf", "No date printed here.", created="D:19691231235959", modified="D:20111114090000")
    pdf(src / "future.pdf", "No date printed here either.", created="D:20990929120000Z")
    pdf(src / "ok.pdf", "Nor here.", created="D:20111115100000+01'00'")
    _, items = built(tmp_path, src)
    assert items["epoch.pdf"].date == "2011-11-14"  # the modification date, next in line
    assert items["epoch.pdf"].why["date_not_used"] == "PDF creation date 1969-12-31 (before 1990)"
    assert items["future.pdf"].date is None
    assert items["future.pdf"].why["date_not_used"] == "PDF creation date 2099-09-29 (in the future)"
    assert items["ok.pdf"].date == "2011-11-15" and items["ok.pdf"].date_source == "metadata"


def test_the_date_printed_on_the_first_page_wins_over_the_metadata(tmp_path):
    src = tmp_path / "src"
    pdf(src / "printed.pdf", "The drama package\nDate: 1996/05/05", created="D:20060324162037Z")
    pdf(src / "confirmed.pdf", "Needs format [1998/12/01]\n[2022/06/11 v3.3b encoding]", created="D:20220616120527Z")
    pdf(src / "month.pdf", "La Guía de TeX Live\nMarzo del 2020", created="D:20200321203906-04'00'")
    pdf(src / "old.pdf", "Printed on 3 March 1979.", created="D:20110101000000")
    _, items = built(tmp_path, src)
    assert (items["printed.pdf"].date, items["printed.pdf"].date_source) == ("1996-05-05", "text")
    assert items["printed.pdf"].why["date"] == "printed on the first page: “1996/05/05”"
    assert items["confirmed.pdf"].date == "2022-06-11"  # the printed date the metadata confirms
    assert items["month.pdf"].date == "2020-03-21"  # March 2020, the day from the metadata
    assert items["month.pdf"].date_precision == ""
    assert items["old.pdf"].date == "2011-01-01"  # a printed date before 1990 is not believed either


def test_a_printed_month_alone_is_a_month(tmp_path, capsys):
    src = tmp_path / "src"
    pdf(src / "Fact sheet.pdf", "Fact sheet: cluster munitions\nUpdated November 2011", created="D:20990929120000Z")
    _, items = built(tmp_path, src)
    it = items["Fact sheet.pdf"]
    assert (it.date, it.date_precision) == ("2011-11-01", "month")
    assert main(["info", str(tmp_path / "kit"), "--explain", "Fact sheet"]) == 0
    assert "  date      2011-11 (a month) — printed on the first page: “November 2011” (a month, no day)" in \
        capsys.readouterr().out


def test_a_date_far_from_the_kits_own_dates_is_not_used(tmp_path):
    src = tmp_path / "src"
    for day in (14, 15, 16, 17, 18):
        pdf(src / f"Newsletter {day}.11.11.pdf", "Today at the conference.")
    pdf(src / "Fact sheet.pdf", "Background.", created="D:20050101120000")
    pdf(src / "Briefing.pdf", "Background.", created="D:20111101120000")
    report, items = built(tmp_path, src)
    assert items["Fact sheet.pdf"].date is None
    assert "far from the kit's other dates, 2011-11-14 to 2011-11-18" in items["Fact sheet.pdf"].why["date_not_used"]
    assert items["Briefing.pdf"].date == "2011-11-01"
    assert [p for p, _ in report.doubtful_dates] == ["Fact sheet.pdf"]


def test_build_lists_each_doubtful_file_once_and_info_shows_only_believable_dates(tmp_path, capsys):
    src = tmp_path / "src"
    pdf(src / "a.pdf", "Text.", created="D:19691231235959", modified="D:19800101000000")
    pdf(src / "b.pdf", "Text.", created="D:20990929120000Z")
    pdf(src / "c.pdf", "Text.", created="D:20111115100000")
    assert main(["build", str(src), "-o", str(tmp_path / "kit")]) == 0
    out = capsys.readouterr().out
    assert "2 files carry a date in their metadata that is not believed" in out
    assert out.count("a.pdf:") == 1 and out.count("b.pdf:") == 1 and "c.pdf:" not in out
    assert "a.pdf: PDF creation date 1969-12-31 (before 1990); PDF modification date 1980-01-01 (before 1990)" in out
    assert main(["info", str(tmp_path / "kit")]) == 0
    info = capsys.readouterr().out
    assert "Documents dated: 2011-11-15 to 2011-11-15" in info
    assert "1969" not in info and "2099" not in info and "1980" not in info
    manifest = json.loads((tmp_path / "kit/manifest.json").read_text(encoding="utf-8"))
    assert sorted(it["date"] or "" for it in manifest["items"]) == ["", "", "2011-11-15"]


def test_the_future_is_relative_to_the_build():
    kd = KitDates.of({}, [], today=dt.date(2026, 11, 28))
    assert kd.doubt("2026-11-28", printed=False) is None
    assert kd.doubt("2026-12-01", printed=False) == "in the future"
    assert kd.doubt("2027-06-01", printed=True) is None  # a printed date may announce an event
    assert kd.doubt("1989-12-31", printed=True) == "before 1990"


# --- reasons -----------------------------------------------------------------------------------------

def test_every_value_has_its_reason_and_info_explain_prints_it(tmp_path, capsys):
    src = tmp_path / "src"
    pdf(src / "CMC General Statement - 15.11.11_French.pdf",
        "Déclaration générale\nMonsieur le Président, la coalition demande aux États de rejeter ce texte "
        "qui est plus faible que le droit existant et qui autoriserait les armes dont on sait qu'elles "
        "tuent des civils.", title="Déclaration générale de la CMC", created="D:19691231235959")
    report, items = built(tmp_path, src)
    why = items["CMC General Statement - 15.11.11_French.pdf"].why
    assert why == {"kind": "the file name says “statement”", "date": "from the file or folder name",
                   "language": "the file name says so", "title": "from the PDF's title",
                   "date_not_used": "PDF creation date 1969-12-31 (before 1990)"}
    assert main(["info", str(tmp_path / "kit"), "--explain", "General Statement"]) == 0
    out = capsys.readouterr().out
    assert "  kind      statement — the file name says “statement”" in out
    assert "  date      2011-11-15 — from the file or folder name" in out
    assert "            not used: PDF creation date 1969-12-31 (before 1990)" in out
    assert "  language  fr (Français) — the file name says so" in out
    assert "  title     “Déclaration générale de la CMC” — from the PDF's title" in out


def test_explain_names_the_problem_with_an_unknown_or_vague_item(tmp_path, capsys):
    src = tmp_path / "src"
    pdf(src / "one.pdf")
    pdf(src / "two.pdf")
    build_kit(src, tmp_path / "kit", workers=0)
    assert main(["info", str(tmp_path / "kit"), "--explain", "three"]) == 2
    assert "No item of this kit is called “three”" in capsys.readouterr().err
    assert main(["info", str(tmp_path / "kit"), "--explain", ".pdf"]) == 2
    assert "names 2 items" in capsys.readouterr().err


def test_a_manifest_with_a_malformed_why_is_refused(tmp_path):
    src = tmp_path / "src"
    pdf(src / "one.pdf")
    build_kit(src, tmp_path / "kit", workers=0)
    mpath = tmp_path / "kit/manifest.json"
    data = json.loads(mpath.read_text(encoding="utf-8"))
    data["items"][0]["why"] = {"kind": ["not", "text"]}
    mpath.write_text(json.dumps(data), encoding="utf-8")
    from presskit.errors import KitError
    with pytest.raises(KitError, match="'why' should be a table of short texts"):
        open_kit(tmp_path / "kit")
