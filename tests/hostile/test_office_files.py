"""Hostile Word and OpenDocument files: zip bombs and entity expansion ("billion laughs").

A .docx or .odt is a ZIP package of XML parts, so it can unpack to gigabytes from a few kilobytes,
or declare XML entities that expand to gigabytes when parsed. Neither may take presskit down:
the publisher's build skips such a file with a sentence and builds the rest; a kit that carries
one (a stranger's kit, its manifest rewritten to match) is searched and exported by a reader
without a traceback, the file shown as one that cannot be read.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from hostile_helpers import cli, dump_manifest, no_traceback, ok, read_manifest

#: 80 MB of one byte: deflates to about 80 KB (a ratio of 1000, far past any real document part).
BOMB_BYTES = 80 * 1024 * 1024
#: Ten levels of ten: 10**10 characters if a parser expanded it.
LAUGHS = ('<!DOCTYPE {root} [<!ENTITY l0 "lollollollol">'
          + "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10)) + "]>")
PHRASE = "measurable commitments for survivors"


def _zip(path: Path, parts: dict[str, bytes], *, stored_first: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if stored_first:
            z.writestr(zipfile.ZipInfo(stored_first), parts.pop(stored_first), zipfile.ZIP_STORED)
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def _docx_parts(body: bytes) -> dict[str, bytes]:
    """The parts of a real .docx (python-docx's template) with ``word/document.xml`` replaced."""
    import io

    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    with zipfile.ZipFile(buf) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["word/document.xml"] = body
    return parts


def _odt_parts(content: bytes) -> dict[str, bytes]:
    manifest = (b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                b'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                b'<manifest:file-entry manifest:full-path="/" '
                b'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                b"</manifest:manifest>")
    return {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content,
            "META-INF/manifest.xml": manifest}


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ODT = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"')


def bomb_docx(path: Path) -> Path:
    body = b'<?xml version="1.0"?><w:document ' + W.encode() + b"><w:body><w:p><w:r><w:t>" \
        + b"a" * BOMB_BYTES + b"</w:t></w:r></w:p></w:body></w:document>"
    return _zip(path, _docx_parts(body))


def bomb_odt(path: Path) -> Path:
    content = (b'<?xml version="1.0"?><office:document-content ' + ODT.encode()
               + b"><office:body><office:text><text:p>" + b"a" * BOMB_BYTES
               + b"</text:p></office:text></office:body></office:document-content>")
    return _zip(path, _odt_parts(content), stored_first="mimetype")


def laughs_docx(path: Path) -> Path:
    body = ('<?xml version="1.0"?>' + LAUGHS.format(root="w:document") + f"<w:document {W}><w:body>"
            "<w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>").encode()
    return _zip(path, _docx_parts(body))


def laughs_odt(path: Path) -> Path:
    content = ('<?xml version="1.0"?>' + LAUGHS.format(root="office:document-content")
               + f"<office:document-content {ODT}><office:body><office:text><text:p>&l9;</text:p>"
               "</office:text></office:body></office:document-content>").encode()
    return _zip(path, _odt_parts(content), stored_first="mimetype")


HOSTILE = {"bomb.docx": bomb_docx, "bomb.odt": bomb_odt, "laughs.docx": laughs_docx, "laughs.odt": laughs_odt}


@pytest.fixture
def hostile_src(tmp_path) -> Path:
    import docx

    src = tmp_path / "src"
    src.mkdir()
    d = docx.Document()
    d.add_heading("Coalition statement on victim assistance", 1)
    d.add_paragraph(f"States must adopt {PHRASE} before the Review Conference.")
    d.save(src / "Statement_Coalition_16.11.11_EN.docx")
    for name, make in HOSTILE.items():
        make(src / name)
        assert (src / name).stat().st_size < 1_000_000  # small on disk: the danger is in unpacking
    return src


def test_a_build_skips_office_bombs_with_a_sentence_and_keeps_the_rest(hostile_src, tmp_path):
    kit = tmp_path / "kit"
    p = ok(cli("build", hostile_src, "-o", kit, "--workers", "1", timeout=240))
    no_traceback(p)
    skipped = {s["path"]: s["message"] for s in read_manifest(kit).get("skipped", [])}
    for name in ("bomb.docx", "bomb.odt"):
        assert name in skipped and "zip bomb" in skipped[name], (name, skipped, p.stdout)
        assert f"{name}: " in p.stdout
    for name in ("laughs.docx", "laughs.odt"):
        assert name in skipped and "billion laughs" in skipped[name], (name, skipped, p.stdout)
    s = ok(cli("search", kit, f'"{PHRASE}"'))
    assert "Statement_Coalition_16.11.11_EN.docx" in s.stdout
    lol = cli("search", kit, "lollollollol")
    no_traceback(lol)
    assert "laughs" not in lol.stdout  # no entity was ever expanded into the index


def test_a_kit_carrying_an_office_bomb_is_searched_and_exported_without_harm(hostile_src, tmp_path):
    """A stranger's unsigned kit whose .docx was swapped for a bomb, the manifest rewritten to match:
    the reader's index is rebuilt around it, and a merged PDF gets a page saying it cannot be read."""
    src = tmp_path / "clean"
    src.mkdir()
    (hostile_src / "Statement_Coalition_16.11.11_EN.docx").rename(src / "Statement_Coalition_16.11.11_EN.docx")
    (src / "Draft_16.11.11_EN.docx").write_bytes((src / "Statement_Coalition_16.11.11_EN.docx").read_bytes())
    kit = tmp_path / "kit"
    ok(cli("build", src, "-o", kit, "--workers", "1"))
    draft = kit / "Draft_16.11.11_EN.docx"
    bomb_docx(draft)
    m = read_manifest(kit)
    item = next(it for it in m["items"] if it["path"] == draft.name)
    item["sha256"] = hashlib.sha256(draft.read_bytes()).hexdigest()
    item["bytes"] = draft.stat().st_size
    (kit / "manifest.json").write_bytes(dump_manifest(m))
    cache = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data")}
    s = cli("search", kit, f'"{PHRASE}"', timeout=240, **cache)
    no_traceback(s)
    assert s.returncode == 0, s.stderr
    assert "Statement_Coalition_16.11.11_EN.docx" in s.stdout
    out = tmp_path / "out.pdf"
    e = cli("export", kit, "--ids", item["id"], "-o", out, timeout=240, **cache)
    no_traceback(e)
    assert e.returncode == 0, e.stdout + e.stderr
    assert "zip bomb" in e.stdout + e.stderr
    import pymupdf

    with pymupdf.open(out) as doc:
        text = "".join(page.get_text() for page in doc)
    assert "zip bomb" in text and "a" * 1000 not in text
    assert json.loads((kit / "manifest.json").read_bytes()) == m  # the reader never wrote into the kit
