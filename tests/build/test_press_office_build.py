"""End to end: a press office's folder (a scanned statement, a Word draft, an OpenDocument note, the
organisation's saved press page with its photos and the documents downloaded beside it) builds into a
kit where each is searchable, titled, dated and credited; scans are read by OCR, and a machine
without Tesseract still builds and says which pages stayed unsearchable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from presskit.build import build_kit
from presskit.ingest import ocr
from presskit.kit.open import open_kit
from presskit.search import Searcher
from pressfolder import ASSET_FILES, EXPECTED, PAGE_LINKS, SCAN_PHRASE, make_press_folder

REPO = Path(__file__).resolve().parents[2]
SCAN = "scans/Statement_Main_Committee_II_17.11.11.pdf"

#: A phrase of each document, and the page it stands on.
PHRASES = {
    SCAN: ("uphold the humanitarian standard set in Oslo", 2),
    "drafts/PR_Draft_Action_Plan_16.11.11.docx": ("Survivors have waited long enough", 1),
    "drafts/Analyse_declaration_finale_FR.odt": ("rétablit l'obligation de rendre compte", 2),
    "web/CCW Review Conference - Media.html": ("reject a draft protocol that would allow", 1),
    "web/CMC-General-Statement-15.11.11_French.pdf": ("appelle tous les États à rejeter", 1),
    "web/PR-14.11.11.pdf": ("legitimise cluster munitions", 1),
}


def _tesseract():
    e = ocr.find_engine(["en", "fr"])
    if isinstance(e, ocr.OcrUnavailable):
        pytest.skip(f"Tesseract is not installed here: {e.message}")
    return e


@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    _tesseract()
    base = tmp_path_factory.mktemp("office")
    src = make_press_folder(base / "src")
    report = build_kit(src, base / "kit")
    return base / "kit", report


def test_every_file_is_titled_dated_and_of_its_kind(kit):
    root, report = kit
    items = {it.path: it for it in report.items}
    assert set(items) == set(EXPECTED)
    for rel, exp in EXPECTED.items():
        it = items[rel]
        assert (it.title if "title" in exp else None, it.kind, it.date) == \
            (exp.get("title"), exp["kind"], exp.get("date")), rel
    assert items["drafts/PR_Draft_Action_Plan_16.11.11.docx"].media == "office"
    assert items["drafts/Analyse_declaration_finale_FR.odt"].language == "fr"


def test_photos_carry_the_credit_and_caption_written_next_to_them(kit):
    root, report = kit
    items = {it.path: it for it in report.items}
    for rel, exp in EXPECTED.items():
        if exp["kind"] == "photo":
            assert items[rel].credit == exp["credit"]
            assert items[rel].caption == exp["caption"]
            assert "press page" in items[rel].why["credit"]


def test_the_pages_own_files_are_not_items_and_its_links_join_the_kits(kit):
    root, report = kit
    paths = {it.path for it in report.items}
    assert not paths & set(ASSET_FILES)
    k = open_kit(root)
    assert [(link.label, link.url) for link in k.info.links] == \
        [("Coalition website", "https://www.example.org/")] + PAGE_LINKS


def test_each_document_is_found_by_search_on_its_page(kit):
    root, _ = kit
    k = open_kit(root)
    with Searcher(k) as s:
        for rel, (phrase, page) in PHRASES.items():
            res = s.search(f'"{phrase}"')
            hits = {(d.item.path, p.page) for d in res.results for p in d.pages}
            assert (rel, page) in hits, (rel, phrase, hits)


def test_scanned_pages_are_recorded_as_ocr_and_quotes_on_them_say_so(kit):
    root, report = kit
    item = next(it for it in report.items if it.path == SCAN)
    assert item.ocr_pages == [1, 2] and item.unread_pages == [] and item.status == "ok"
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    entry = next(e for e in manifest["items"] if e["path"] == SCAN)
    assert entry["ocr_pages"] == [1, 2]
    assert manifest["format_version"] == "1.1"
    k = open_kit(root)
    with Searcher(k) as s:
        quotes = s.quotes("weaker standard")
    assert quotes and quotes[0].ocr and quotes[0].page == 2 and quotes[0].speaker == "Amara Diallo"
    from presskit.citation import cite

    c = cite(quotes[0].text, item=k.item(item.id), kit_info=k.info, page=2, speaker="Amara Diallo")
    assert "text recognised from a scan" in c.plain


def test_presskit_search_finds_a_phrase_of_the_scan_on_its_page(kit):
    root, _ = kit
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(x for x in (str(REPO), os.environ.get("PYTHONPATH")) if x)}
    out = subprocess.run([sys.executable, "-m", "presskit", "search", str(root), f'"{SCAN_PHRASE}"'],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert SCAN in out.stdout and "p. 2:" in out.stdout
    info = subprocess.run([sys.executable, "-m", "presskit", "info", str(root)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert f"{SCAN}: page 1-2" in info.stdout


def test_without_tesseract_the_build_completes_and_says_how_to_fix_it_then_ocr_is_redone(tmp_path, monkeypatch):
    _tesseract()
    src = make_press_folder(tmp_path / "src")
    monkeypatch.setenv("PRESSKIT_TESSDATA", "")
    first = build_kit(src, tmp_path / "kit")
    scan = next(it for it in first.items if it.path == SCAN)
    assert scan.status == "no-text" and scan.ocr_pages == [] and scan.unread_pages == [1, 2]
    assert "tesseract-ocr" in first.ocr_problem and "build again" in first.ocr_problem
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(x for x in (str(REPO), os.environ.get("PYTHONPATH")) if x)}
    out = subprocess.run([sys.executable, "-m", "presskit", "build", str(src), "-o", str(tmp_path / "kit2")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "2 scanned pages stayed unsearchable" in out.stdout and f"{SCAN}: page 1, 2" in out.stdout
    assert "apt-get install tesseract-ocr" in out.stdout

    monkeypatch.delenv("PRESSKIT_TESSDATA")
    second = build_kit(src, tmp_path / "kit")  # Tesseract is there now: the scan, and only it, is read again
    scan = next(it for it in second.items if it.path == SCAN)
    assert scan.ocr_pages == [1, 2] and scan.status == "ok"
    assert second.extracted == 1 and second.reused == len(second.items) - 1
    third = build_kit(src, tmp_path / "kit")  # nothing changed: the OCR text is reused, not read again
    assert third.extracted == 0
    assert next(it for it in third.items if it.path == SCAN).ocr_pages == [1, 2]
    k = open_kit(tmp_path / "kit")
    with Searcher(k) as s:
        assert s.search(f'"{SCAN_PHRASE}"').total == 1


def test_an_incremental_rebuild_with_another_ocr_engine_reads_the_scan_again_and_keeps_the_rest(tmp_path,
                                                                                                 monkeypatch):
    """The engine's key (Tesseract's version, languages, resolution) is not part of a file's key: a
    rebuild after it changed keeps every other item as indexed and reads only the scan again."""
    import dataclasses

    from presskit.build import builder

    engine = _tesseract()
    src = make_press_folder(tmp_path / "src")
    first = build_kit(src, tmp_path / "kit")
    assert next(it for it in first.items if it.path == SCAN).ocr_pages == [1, 2]
    other = dataclasses.replace(engine, dpi=engine.dpi + 1)  # as if Tesseract had been upgraded
    assert other.key != engine.key
    monkeypatch.setattr(builder, "find_engine", lambda _langs: other)
    second = build_kit(src, tmp_path / "kit")
    assert second.extracted == 1 and second.kept == len(second.items) - 1
    assert next(it for it in second.items if it.path == SCAN).ocr_pages == [1, 2]
    assert second.ocr_engine == other.key
    k = open_kit(tmp_path / "kit")
    with Searcher(k) as s:
        res = s.search(f"\"{SCAN_PHRASE}\"")
        assert {(d.item.path, p.page) for d in res.results for p in d.pages} == {(SCAN, 2)}
    third = build_kit(src, tmp_path / "kit")  # the same engine again: nothing is read
    assert third.extracted == 0 and third.kept == len(third.items)


def test_word_and_opendocument_files_export_as_themselves_and_typeset_in_the_merged_pdf(kit, tmp_path):
    import pymupdf

    from presskit.export import export_items

    root, report = kit
    k = open_kit(root)
    ids = [it.id for it in k.items if it.media == "office"]
    export_items(k, ids, "folder", tmp_path / "folder")
    for it in k.items:
        if it.media == "office":
            copied = next((tmp_path / "folder").rglob(Path(it.path).name))
            assert copied.read_bytes() == (root / it.path).read_bytes()
    export_items(k, ids, "pdf", tmp_path / "merged.pdf")
    from presskit.textutil import normalise_text

    with pymupdf.open(tmp_path / "merged.pdf") as d:  # the typesetter uses ligatures: "réaﬃrmés"
        text = " ".join(" ".join(normalise_text(p.get_text()).split()) for p in d)
    for words in ("What the plan commits States to", "• annual reports on national budgets for survivors",
                  "First report 2012", "1. les droits des survivants sont réaffirmés",
                  "Texte révisé jeudi 17 novembre", "rétablit l'obligation de rendre compte"):
        assert words in text, words


def test_a_photo_marked_as_a_document_is_read_by_ocr(tmp_path):
    """A statement photographed on a phone, given a document kind in kit.toml, is found by search."""
    import pymupdf

    from pressfolder import SCAN_PAGES, make_scanned_pdf

    _tesseract()
    src = tmp_path / "src"
    scan = make_scanned_pdf(tmp_path / "s.pdf", SCAN_PAGES[1:], dpi=300)
    (src / "photos").mkdir(parents=True)
    with pymupdf.open(scan) as d:
        d[0].get_pixmap(dpi=200).save(src / "photos" / "statement-on-phone.png")
        d[0].get_pixmap(dpi=150).save(src / "photos" / "just-a-photo.png")  # other bytes: read on its own
    (src / "kit.toml").write_text('format = 1\nlanguages = ["en"]\n[items."photos/statement-on-phone.png"]\n'
                                  'kind = "statement"\ntitle = "Closing statement (photo)"\n', encoding="utf-8")
    report = build_kit(src, tmp_path / "kit")
    items = {it.path: it for it in report.items}
    doc, photo = items["photos/statement-on-phone.png"], items["photos/just-a-photo.png"]
    assert doc.kind == "statement" and doc.is_photo and doc.ocr_pages == [1]
    assert photo.kind == "photo" and photo.ocr_pages == []  # photos are not read unless marked
    with Searcher(open_kit(tmp_path / "kit")) as s:
        hits = {d.item.path for d in s.search(f'"{SCAN_PHRASE}"').results}
    assert hits == {"photos/statement-on-phone.png"}

    # marked later, in an incremental rebuild: that photo is read again (by OCR), the other is not
    with open(src / "kit.toml", "a", encoding="utf-8") as f:
        f.write('[items."photos/just-a-photo.png"]\nkind = "statement"\n')
    again = build_kit(src, tmp_path / "kit")
    assert again.extracted == 1
    assert {it.path: it.ocr_pages for it in again.items} == {p: [1] for p in items}
    with Searcher(open_kit(tmp_path / "kit")) as s:
        hits = {d.item.path for d in s.search(f'"{SCAN_PHRASE}"').results}
    assert hits == set(items)


def test_a_reader_reindexing_keeps_the_ocr_text_and_reads_new_scans_only_with_tesseract(kit, tmp_path,
                                                                                          monkeypatch):
    import shutil

    from presskit.build import index_kit

    root, _ = kit
    copy = tmp_path / "kit"
    shutil.copytree(root, copy)
    k = open_kit(copy)
    index_kit(k, tmp_path / "from-store")  # the kit's own store holds the OCR text: nothing is read again
    with Searcher(k) as s:
        assert s.search(f'"{SCAN_PHRASE}"').total == 1
    shutil.rmtree(copy / "index")  # a scan the reader's machine never had the text of
    monkeypatch.setenv("PRESSKIT_TESSDATA", "")
    k = open_kit(copy)
    index_kit(k, tmp_path / "no-tesseract")
    with Searcher(k) as s:
        assert s.search(f'"{SCAN_PHRASE}"').total == 0
    monkeypatch.delenv("PRESSKIT_TESSDATA")
    k = open_kit(copy)
    index_kit(k, tmp_path / "with-tesseract")
    with Searcher(k) as s:
        assert s.search(f'"{SCAN_PHRASE}"').total == 1
