"""Export round trips: folder, ZIP, merged PDF; photo metadata; cancel and full disk leave nothing."""

from __future__ import annotations

import errno
import hashlib
import io
import re
import zipfile
from pathlib import Path

import pymupdf
import pytest
from PIL import Image, ImageStat

from presskit.export import tree
from presskit.export import pdf as export_pdf
from presskit.errors import Cancelled, ExportError
from presskit.export import MissingCreditError, export_items, read_photo_metadata
from presskit.ingest.photometa import jpeg_segments
from presskit.kit.format import Kit, dump_manifest
from presskit.kit.open import open_kit
from presskit.model import Item, KitInfo

INFO = KitInfo(title="Review Conference kit", organisation="Coalition X", event="Review Conference",
               venue="Geneva", start="2026-11-16", end="2026-11-20", languages=["en", "fr"])


def _pdf(path: Path, pages: list[str], **save) -> None:
    doc = pymupdf.open()
    for text in pages:
        doc.new_page().insert_htmlbox(pymupdf.Rect(50, 50, 545, 790), text)
    doc.set_toc([[1, "Inner heading", 1]] if len(pages) > 1 else [])
    doc.save(path, **save)
    doc.close()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_kit(root: Path, *, photo_credit: str = "Photo: Zoë Martin") -> Kit:
    """A kit with PDFs (one encrypted, one broken), text/Markdown/HTML documents and three photos."""
    (root / "press").mkdir(parents=True)
    (root / "photos").mkdir()
    _pdf(root / "press/PR_EN.pdf", ["<h1>Opening</h1><p>We demand transparency.</p>", "<p>Second page.</p>"])
    _pdf(root / "press/PR_FR.pdf", ["<h1>Ouverture</h1><p>« Nous exigeons la transparence. »</p>"])
    _pdf(root / "press/locked.pdf", ["<p>secret</p>"], encryption=pymupdf.PDF_ENCRYPT_AES_256,
         user_pw="user", owner_pw="owner")
    (root / "press/broken.pdf").write_bytes(b"%PDF-1.7\nthis is not a PDF at all\n")
    (root / "note.md").write_text("# Note\n\nSome *text* with <script>alert('md')</script>.\n\n- one\n- two\n",
                                  encoding="utf-8")
    (root / "page.html").write_text(
        "<html><head><script>alert('x')</script><style>p{color:red}</style></head><body><h2>Background</h2>"
        "<p>Facts <img src='http://example.org/x.png' alt='chart'> here.</p></body></html>", encoding="utf-8")
    (root / "brief.txt").write_text("Briefing\n\nThe verification regime needs inspectors.\n", encoding="utf-8")
    Image.new("RGB", (800, 600), (10, 20, 120)).save(root / "photos/plenary.jpg", quality=90)
    im = Image.new("RGB", (400, 300), (0, 120, 0))
    exif = im.getexif()
    exif[0x010E], exif[0x013B], exif[0x8298] = b"Side event", b"Photo: Bee", b"(c) Bee"
    im.save(root / "photos/side.jpg", exif=exif.tobytes())
    Image.new("RGBA", (300, 200), (255, 0, 0, 128)).save(root / "photos/logo.png")
    spec = {
        "pr-en": ("press/PR_EN.pdf", dict(kind="press-release", media="pdf", title="Opening", date="2026-11-16",
                                          language="en", group="opening", pages=2)),
        "pr-fr": ("press/PR_FR.pdf", dict(kind="press-release", media="pdf", title="Ouverture",
                                          date="2026-11-16", language="fr", group="opening", pages=1)),
        "locked": ("press/locked.pdf", dict(kind="statement", media="pdf", title="Locked statement", pages=1)),
        "broken": ("press/broken.pdf", dict(kind="statement", media="pdf", title="Broken statement", pages=1)),
        "note": ("note.md", dict(kind="briefing", media="markdown", title="Note", pages=1)),
        "page": ("page.html", dict(kind="fact-sheet", media="html", title="Background", pages=1)),
        "brief": ("brief.txt", dict(kind="briefing", media="text", title="Briefing", pages=1)),
        "plenary": ("photos/plenary.jpg", dict(kind="photo", media="image", title="Plenary",
                                               caption="Délégués à Genève", credit=photo_credit,
                                               copyright="© 2026 Coalition X", width=800, height=600)),
        "side": ("photos/side.jpg", dict(kind="photo", media="image", title="Side event", caption="Side event",
                                         credit="Photo: Bee", copyright="(c) Bee", width=400, height=300)),
        "logo": ("photos/logo.png", dict(kind="photo", media="image", title="Logo", caption="Logo",
                                         credit="Coalition X", copyright="", width=300, height=200)),
    }
    items = []
    for iid, (rel, kw) in spec.items():
        data = (root / rel).read_bytes()
        items.append(Item(id=iid, path=rel, sha256=_sha(data), bytes=len(data), **kw))
    (root / "manifest.json").write_bytes(dump_manifest(INFO, items))
    return open_kit(root)


@pytest.fixture
def kit(tmp_path) -> Kit:
    return make_kit(tmp_path / "kit")


ALL = ["pr-en", "pr-fr", "locked", "broken", "note", "page", "brief", "plenary", "side", "logo"]


def _listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


# --- folder and ZIP -----------------------------------------------------------------------------

def test_folder_export_layout_credits_and_index(kit, tmp_path):
    out = tmp_path / "out" / "selection"
    out.parent.mkdir()
    calls = []
    rep = export_items(kit, ALL, "folder", out, progress=lambda d, t, label: calls.append((d, t, label)))
    assert rep.path == out and set(rep.items) == set(ALL) and rep.warnings == []
    files = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert files == {"CREDITS.txt", "index.html", "press-releases/PR_EN.pdf", "press-releases/PR_FR.pdf",
                     "statements/locked.pdf", "statements/broken.pdf", "briefings/note.md", "briefings/brief.txt",
                     "fact-sheets/page.html", "photos/plenary.jpg", "photos/side.jpg", "photos/logo.png"}
    for iid in ("pr-en", "locked", "broken", "note", "brief", "side"):
        assert _sha((out / rep.files[iid]).read_bytes()) == kit.item(iid).sha256
    credits = (out / "CREDITS.txt").read_text(encoding="utf-8")
    for it in kit.items:
        if it.is_photo:
            assert it.caption in credits and it.credit in credits
            if it.copyright:
                assert it.copyright in credits
        else:
            assert f"Title: {it.title}" in credits
    assert "Organisation: Coalition X" in credits and "Date: 16 November 2026" in credits
    page = (out / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=\"(https?:|//)", page), "index.html must not load anything from the web"
    for rel in rep.files.values():
        assert f'href="{rel}"' in page and (out / rel).is_file()
    assert 'src="photos/plenary.jpg"' in page
    assert "Délégués à Genève" in page and "Photo: Zoë Martin" in page and "Ouverture" in page
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] == len(ALL) + 1
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]  # no temp left


def test_zip_round_trip_hashes_and_photo_metadata(kit, tmp_path):
    out = tmp_path / "sel.zip"
    rep = export_items(kit, ALL, "zip", out)
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None
        names = set(zf.namelist())
        assert {"sel/CREDITS.txt", "sel/index.html"} <= names
        for it in kit.items:
            data = zf.read(f"sel/{rep.files[it.id]}")
            if it.id == "plenary" or it.id == "logo":
                continue  # metadata added: checked below
            assert _sha(data) == it.sha256, it.path
        plenary = zf.read("sel/photos/plenary.jpg")
        logo = zf.read("sel/photos/logo.png")
    meta = read_photo_metadata(plenary)
    for where in ("exif", "xmp"):
        assert meta[where] == {"caption": "Délégués à Genève", "credit": "Photo: Zoë Martin",
                               "copyright": "© 2026 Coalition X"}
    # the JPEG's image data is untouched: only metadata segments were added
    original = (kit.root / "photos/plenary.jpg").read_bytes()
    assert jpeg_segments(plenary)[-1][1] == jpeg_segments(original)[-1][1]
    assert read_photo_metadata(logo)["xmp"]["credit"] == "Coalition X"
    with Image.open(io.BytesIO(logo)) as a, Image.open(kit.root / "photos/logo.png") as b:
        assert a.tobytes() == b.tobytes() and a.mode == b.mode  # PNG rewritten losslessly


def test_existing_metadata_in_the_photo_keeps_it_byte_for_byte(kit, tmp_path):
    rep = export_items(kit, ["side"], "folder", tmp_path / "o")
    assert _sha((tmp_path / "o" / rep.files["side"]).read_bytes()) == kit.item("side").sha256


def test_burn_credit_adds_a_white_strip_and_keeps_metadata(kit, tmp_path):
    rep = export_items(kit, ["plenary", "logo"], "folder", tmp_path / "o", burn_credit=True)
    with Image.open(tmp_path / "o" / rep.files["plenary"]) as im:
        assert im.width == 800 and im.height > 600
        strip = im.crop((0, 600, 800, im.height)).convert("L")
        assert ImageStat.Stat(strip).mean[0] > 200  # mostly white, with some text
        assert strip.getextrema()[0] < 128
    assert read_photo_metadata(tmp_path / "o" / rep.files["plenary"])["xmp"]["credit"] == "Photo: Zoë Martin"
    assert "Note: credit drawn on the photo" in (tmp_path / "o" / "CREDITS.txt").read_text(encoding="utf-8")


def test_name_clashes_get_a_suffix(tmp_path):
    root = tmp_path / "kit"
    for sub in ("en", "fr"):
        (root / sub).mkdir(parents=True)
        (root / sub / "release.txt").write_text(sub, encoding="utf-8")
    items = [Item(id=s, path=f"{s}/release.txt", sha256=_sha(s.encode()), bytes=2, kind="press-release",
                  media="text", title=s) for s in ("en", "fr")]
    (root / "manifest.json").write_bytes(dump_manifest(INFO, items))
    rep = export_items(open_kit(root), ["en", "fr"], "folder", tmp_path / "o")
    assert sorted(rep.files.values()) == ["press-releases/release-2.txt", "press-releases/release.txt"]


# --- merged PDF ---------------------------------------------------------------------------------

def test_merged_pdf_pages_toc_and_credits(kit, tmp_path):
    out = tmp_path / "sel.pdf"
    rep = export_items(kit, ALL, "pdf", out)
    doc = pymupdf.open(out)
    # cover + contents + PR_EN (2) + PR_FR (1) + locked/broken placeholders (2) + 3 typeset + 3 photos,
    # then the sources and credits
    toc = doc.get_toc()
    assert toc[-1][2] == 1 + 1 + 2 + 1 + 2 + 3 + 3 + 1 and doc.page_count == rep.pages >= toc[-1][2]
    titles = [t for _lvl, t, _p in toc]
    for it in kit.items:
        assert it.title in titles
    assert "Inner heading" in titles  # the inserted PDF keeps its own bookmarks, one level down
    assert ["Contents", "Press releases", "Statements", "Fact sheets", "Briefings", "Photos",
            "Sources and credits"] == [t for lvl, t, _ in toc if lvl == 1]
    by_title = {t: p for lvl, t, p in toc if lvl == 2}
    assert "Opening" in doc[by_title["Opening"] - 1].get_text()
    cover = doc[0].get_text()
    for s in ("Review Conference kit", "Coalition X", "Review Conference", "Geneva", "2026-11-16"):
        assert s in cover
    assert "Contents" in doc[1].get_text() and len(doc[1].get_links()) == len(toc) - 1
    for it in kit.items:
        if it.is_photo:
            text = doc[by_title[it.title] - 1].get_text()
            assert it.credit in text and it.caption in text and it.copyright in text
            assert doc[by_title[it.title] - 1].get_images()
    for t in ("Locked statement", "Broken statement"):
        assert "could not be included" in doc[by_title[t] - 1].get_text()
    assert len(rep.warnings) == 2 and any("password" in w for w in rep.warnings)
    # typeset documents: sanitised, no scripts; text present
    # MuPDF typesets with ligatures ("ﬁ"); PDF readers map them back when searching
    no_ligatures = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
    all_text = "".join(p.get_text(flags=no_ligatures) for p in doc)
    assert "alert(" not in all_text.replace("<script>alert('md')</script>", "")  # HTML doc's script dropped
    assert "<script>alert('md')</script>" in all_text  # Markdown shows raw HTML as text, never runs it
    assert "Facts [chart] here." in all_text and "The verification regime needs inspectors." in all_text
    assert doc.metadata["title"].startswith("Review Conference kit")


def test_pdf_of_photos_only(kit, tmp_path):
    rep = export_items(kit, ["logo", "plenary"], "pdf", tmp_path / "p.pdf")
    doc = pymupdf.open(tmp_path / "p.pdf")
    assert doc.page_count == 5 and rep.warnings == []  # cover, contents, 2 photos, sources and credits


# --- refusals, missing credits ------------------------------------------------------------------

def test_missing_credit_asks_first(tmp_path):
    kit = make_kit(tmp_path / "kit", photo_credit="")
    with pytest.raises(MissingCreditError) as e:
        export_items(kit, ALL, "zip", tmp_path / "x.zip")
    assert [it.id for it in e.value.items] == ["plenary"] and "no known credit" in e.value.message
    assert not (tmp_path / "x.zip").exists()
    rep = export_items(kit, ALL, "zip", tmp_path / "x.zip", allow_missing_credit=True)
    with zipfile.ZipFile(rep.path) as zf:
        assert "Credit: (unknown" in zf.read("x/CREDITS.txt").decode("utf-8")


def test_refuses_to_write_inside_the_kit(kit):
    for out in (kit.root / "x.zip", kit.root / "press" / "x.pdf", kit.root):
        with pytest.raises(ExportError, match="inside|into the kit"):
            export_items(kit, ["pr-en"], "zip" if out.suffix == ".zip" else "folder", out)


def test_refusals_with_readable_messages(kit, tmp_path):
    with pytest.raises(ExportError, match="Nothing is selected"):
        export_items(kit, [], "zip", tmp_path / "x.zip")
    with pytest.raises(ExportError, match="no item 'nope'"):
        export_items(kit, ["nope"], "zip", tmp_path / "x.zip")
    with pytest.raises(ExportError, match="Unknown export format"):
        export_items(kit, ["pr-en"], "docx", tmp_path / "x.docx")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "f").write_text("x")
    with pytest.raises(ExportError, match="not empty"):
        export_items(kit, ["pr-en"], "folder", tmp_path / "full")
    with pytest.raises(ExportError, match="does not exist"):
        export_items(kit, ["pr-en"], "zip", tmp_path / "nowhere" / "x.zip")


# --- nothing left behind ------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["folder", "zip", "pdf"])
def test_cancel_leaves_nothing(kit, tmp_path, fmt):
    dest = tmp_path / "dest"
    dest.mkdir()
    out = dest / {"folder": "sel", "zip": "sel.zip", "pdf": "sel.pdf"}[fmt]
    seen = []
    with pytest.raises(Cancelled):
        export_items(kit, ALL, fmt, out, progress=lambda d, t, label: seen.append(d), cancel=lambda: len(seen) >= 4)
    assert list(dest.iterdir()) == []


@pytest.mark.parametrize("fmt", ["folder", "zip"])
def test_full_disk_leaves_nothing_and_says_so(kit, tmp_path, monkeypatch, fmt):
    dest = tmp_path / "dest"
    dest.mkdir()
    out = dest / ("sel" if fmt == "folder" else "sel.zip")
    real = tree.copy_hashing
    n = {"calls": 0}

    def filling_disk(fsrc, fdst, check):
        n["calls"] += 1
        if n["calls"] == 3:
            fdst.write(b"partial")
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fsrc, fdst, check)

    monkeypatch.setattr(tree, "copy_hashing", filling_disk)
    with pytest.raises(ExportError, match="disk is full") as e:
        export_items(kit, ALL, fmt, out)
    assert "nothing was left behind" in e.value.message
    assert list(dest.iterdir()) == []


def test_full_disk_while_saving_pdf_keeps_the_previous_file(kit, tmp_path, monkeypatch):
    out = tmp_path / "sel.pdf"
    out.write_bytes(b"previous export")

    def failing_save(doc, path):
        Path(path).write_bytes(b"%PDF-half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_pdf, "_save_pdf", failing_save)
    with pytest.raises(ExportError, match="disk is full"):
        export_items(kit, ["pr-en", "plenary"], "pdf", out)
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_mupdf_no_space_error_is_a_full_disk(kit, tmp_path, monkeypatch):
    def failing_save(doc, path):
        raise RuntimeError("code=2: cannot write: No space left on device")

    monkeypatch.setattr(export_pdf, "_save_pdf", failing_save)
    with pytest.raises(ExportError, match="disk is full"):
        export_items(kit, ["pr-en"], "pdf", tmp_path / "x.pdf")


def test_existing_zip_is_replaced_only_when_complete(kit, tmp_path):
    out = tmp_path / "sel.zip"
    out.write_bytes(b"old")
    export_items(kit, ["pr-en"], "zip", out)
    assert zipfile.is_zipfile(out)


def test_missing_source_file_is_a_warning(kit, tmp_path):
    (kit.root / "brief.txt").unlink()
    rep = export_items(kit, ["brief", "pr-en"], "zip", tmp_path / "x.zip")
    assert any("missing" in w for w in rep.warnings) and "brief" not in rep.files
    rep = export_items(kit, ["brief", "pr-en"], "pdf", tmp_path / "x.pdf")
    assert pymupdf.open(tmp_path / "x.pdf").page_count == 1 + 1 + 1 + 2 + 1


# --- CLI ------------------------------------------------------------------------------------------

def test_cli_export_ids(kit, tmp_path, capsys):
    from presskit.cli import main

    assert main(["export", str(kit.root), "--ids", "pr-en", "side", "--format", "zip",
                 "-o", str(tmp_path / "c.zip")]) == 0
    assert "Exported 2 items" in capsys.readouterr().out
    kit2 = make_kit(tmp_path / "k2", photo_credit="")
    assert main(["export", str(kit2.root), "--ids", "plenary", "--format", "pdf", "-o", str(tmp_path / "c.pdf")]) == 2
    err = capsys.readouterr().err
    assert "no known credit" in err and "--allow-missing-credit" in err and not (tmp_path / "c.pdf").exists()


# --- real-world photos ------------------------------------------------------------------------------

def test_corpus_photos_keep_their_credit(corpus_dir, tmp_path):
    root = tmp_path / "kit"
    root.mkdir()
    items = []
    for n, p in enumerate(sorted((corpus_dir / "photos").iterdir())):
        data = p.read_bytes()
        (root / p.name).write_bytes(data)
        items.append(Item(id=f"p{n}", path=p.name, sha256=_sha(data), bytes=len(data), kind="photo", media="image",
                          title=p.stem, caption=f"Légende {n}", credit="Crédit Zoë", copyright="© test"))
    (root / "manifest.json").write_bytes(dump_manifest(INFO, items))
    kit = open_kit(root)
    rep = export_items(kit, [it.id for it in items], "folder", tmp_path / "o")
    warned = {w.split(":")[0] for w in rep.warnings}
    for it in items:
        rel = rep.files[it.id]
        if it.path in warned:
            continue  # kept unchanged on purpose (e.g. 16-bit TIFF); the credit is in CREDITS.txt
        meta = read_photo_metadata(tmp_path / "o" / rel)
        assert meta["xmp"]["credit"] == "Crédit Zoë" or meta["exif"]["credit"] == "Crédit Zoë", rel
    assert len(warned) <= 3
    pdf = export_items(kit, [it.id for it in items], "pdf", tmp_path / "o.pdf")
    toc_pages = export_pdf._toc_pages_needed(1 + len(items))  # "Photos" + one line per photo
    assert toc_pages == 2
    doc = pymupdf.open(tmp_path / "o.pdf")
    toc = doc.get_toc()
    # cover, table of contents, one page per photo, then the "Sources and credits" pages that cite them
    assert toc[-1][:2] == [1, "Sources and credits"]
    first_source_page = toc[-1][2]
    assert first_source_page == 1 + toc_pages + len(items) + 1
    assert doc.page_count == pdf.pages and doc.page_count >= first_source_page
    assert len(toc) == 1 + 1 + len(items) + 1
    assert all(len(doc[i].get_links()) > 0 for i in (1, 2))
    sources = " ".join(" ".join(doc[p].get_text() for p in range(first_source_page - 1, doc.page_count)).split())
    assert sources.count("Crédit Zoë") >= len(items)


# --- exports that cite (issue 11, item 7) ---------------------------------------------------------

def test_the_merged_pdf_ends_with_every_source_and_credit(kit, tmp_path):
    rep = export_items(kit, ALL, "pdf", tmp_path / "s.pdf")
    doc = pymupdf.open(tmp_path / "s.pdf")
    toc = doc.get_toc()
    assert toc[-1][:2] == [1, "Sources and credits"]
    no_ligatures = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
    sources = "".join(doc[p].get_text(flags=no_ligatures) for p in range(toc[-1][2] - 1, doc.page_count))
    sources = " ".join(sources.split())
    assert sources.startswith("Sources and credits")
    for it in kit.items:
        assert it.title in sources and it.path.rsplit("/", 1)[-1] in sources
        if it.is_photo:
            assert f"Caption: {it.caption}" in sources and f"Credit: {it.credit}" in sources
            assert (f"Copyright: {it.copyright}" if it.copyright else "Copyright: (not stated)") in sources
        else:
            assert "Kind: " in sources and "Organisation: " in sources
    assert "Date: 16 November 2026" in sources and "Language: French" in sources
    assert rep.pages == doc.page_count


def test_the_exports_fixed_words_follow_the_readers_language(kit, tmp_path):
    from presskit.export import default_export_name

    export_items(kit, ALL, "pdf", tmp_path / "fr.pdf", language="fr")
    doc = pymupdf.open(tmp_path / "fr.pdf")
    level1 = [t for lvl, t, _ in doc.get_toc() if lvl == 1]
    assert level1 == ["Sommaire", "Communiqués de presse", "Déclarations", "Fiches d’information",
                      "Notes d’information", "Photos", "Sources et crédits"]
    cover = " ".join(doc[0].get_text().split())
    assert "Sélection de 10 éléments, exportée le" in cover and "avec presskit" in cover
    assert "Sommaire" in doc[1].get_text()
    tail = " ".join("".join(doc[p].get_text() for p in range(doc.get_toc()[-1][2] - 1, doc.page_count)).split())
    assert "Crédit :" in tail and "Langue : français" in tail and "16 novembre 2026" in tail
    out = tmp_path / "fr-folder"
    export_items(kit, ALL, "folder", out, language="fr")
    credits = (out / "CREDITS.txt").read_text(encoding="utf-8")
    assert credits.startswith("Crédits — Review Conference kit") and "PHOTOS" in credits and "DOCUMENTS" in credits
    assert "Légende : " in credits and "Crédit : " in credits and "Date : 16 novembre 2026" in credits
    page = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in page and "Communiqués de presse" in page and "exportés le" in page
    assert default_export_name(kit.info, "zip", language="fr").startswith("Review-Conference-kit-sélection-")
    assert default_export_name(kit.info, "zip").startswith("Review-Conference-kit-selection-")


def test_the_default_export_name_keeps_whole_words_of_the_titles_main_part():
    """A long title was cut at 60 characters in the middle of a word ("…-Conference-of-the-CCC-selection-…")."""
    from types import SimpleNamespace

    from presskit.export import default_export_name

    day = __import__("datetime").date(2026, 11, 30)
    long = SimpleNamespace(title="Lantern Coalition at the Eighth Review Conference of the CCCA — press kit")
    assert default_export_name(long, "zip", day) == \
        "Lantern-Coalition-at-the-Eighth-Review-Conference-of-the-CCCA-selection-2026-11-30.zip"
    longer = SimpleNamespace(title="Rivers Without Cyanide Coalition at the First Meeting of the Parties to the "
                                   "Quenneval Convention on Cyanide Management in Gold Mining")
    name = default_export_name(longer, "folder", day, language="fr")
    base = name[:-len("-sélection-2026-11-30")]
    assert name.endswith("-sélection-2026-11-30") and len(base) <= 80
    assert longer.title.replace(" ", "-").startswith(base)  # whole words, none cut
    assert default_export_name(SimpleNamespace(title="Kit: day two"), "pdf", day) == "Kit-day-two-selection-2026-11-30.pdf"
    assert default_export_name(SimpleNamespace(title=""), "zip", day) == "presskit-selection-2026-11-30.zip"
