"""Signatures that mean what they say: kit text never controls the terminal or renders as markup,
and the only fingerprint a reader is shown is the one computed from the key.

The attacker signs a copy of a kit with their own key and calls themselves the genuine publisher,
with terminal escapes, bidi overrides, a copy of the genuine fingerprint or HTML in the name; titles,
captions and credits carry the same tricks.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hostile_helpers import (
    BIDI_AND_CONTROLS, assert_display_safe, cli, fingerprint_of, forge, no_traceback, ok,
)

from presskit.plaintext import mask_fingerprints, plain, plain_block


def _compact(fp: str) -> str:
    return fp.replace(" ", "")


def _assert_no_fingerprint_but(text: str, allowed: str) -> None:
    """No fingerprint-looking text other than ``allowed`` (spaced or compact) is in ``text``."""
    found = re.findall(r"(?:[0-9A-Fa-f]{4}[ :]?){8,}", text)
    for f in found:
        assert _compact(f.strip()).upper() in _compact(allowed).upper(), f"a fingerprint from the kit: {f!r}"


ESCAPE_NAMES = [
    # the genuine publisher's name and fingerprint, then hide the rest of the line (the real one)
    "Lantern Coalition ({genuine})\x1b[8m",
    "Lantern Coalition ({genuine})\x1b[2K\r",
    "Lantern Coalition\r\nKey fingerprint: {genuine}\n\x1b[A",
    "Lantern Coalition \u202e)NOITILAOC(\u202c ({genuine})",
    "Lantern Coalition\x9b8m ({compact})",
    "Lantern \x1b]0;window title\x07Coalition {genuine}",
]


@pytest.mark.parametrize("name", ESCAPE_NAMES, ids=range(len(ESCAPE_NAMES)))
def test_verify_shows_the_key_fingerprint_never_the_kit_text(name, signed_kit, publisher_key, attacker_key):
    genuine, attacker = fingerprint_of(publisher_key), fingerprint_of(attacker_key)
    forge(signed_kit, attacker_key, name.format(genuine=genuine, compact=_compact(genuine)))
    p = cli("verify", signed_kit)
    no_traceback(p)
    assert_display_safe(p.stdout + p.stderr)
    assert attacker in p.stdout
    assert genuine not in p.stdout and _compact(genuine) not in p.stdout
    _assert_no_fingerprint_but(p.stdout, attacker)


def test_verify_json_signature_fields_come_from_the_key(signed_kit, publisher_key, attacker_key):
    """The signature file's own 'fingerprint' claim can never be what is shown."""
    import json

    genuine = fingerprint_of(publisher_key)
    forge(signed_kit, attacker_key, "Lantern Coalition")
    sig = json.loads((signed_kit / "signature.json").read_text())
    sig["fingerprint"] = genuine
    (signed_kit / "signature.json").write_text(json.dumps(sig))
    p = cli("verify", signed_kit)
    no_traceback(p)
    assert p.returncode != 0
    assert genuine not in p.stdout


HOSTILE_TEXT = "Evil\x1b[31m\x1b]8;;file:///etc/passwd\x07link\x1b]8;;\x07\u202egnp.exe\r\x1b[2K"


@pytest.mark.parametrize("field", ["title", "organisation", "event", "venue", "description"])
def test_info_prints_kit_text_as_plain_text(field, signed_kit, attacker_key):
    forge(signed_kit, attacker_key, "Attacker", kit_fields={field: HOSTILE_TEXT})
    p = cli("info", signed_kit)
    no_traceback(p)
    ok(p)
    assert_display_safe(p.stdout + p.stderr)


@pytest.mark.parametrize("field", ["title", "path"])
def test_search_and_info_print_item_text_as_plain_text(field, unsigned_kit):
    from hostile_helpers import read_manifest, write_manifest

    data = read_manifest(unsigned_kit)
    for it in data["items"]:
        if field == "title":
            it["title"] = HOSTILE_TEXT + it["title"]
    data["skipped"] = [{"path": "x\x1b[2Jy.pdf", "reason": "corrupt", "message": "bad\x1b[8m"}]
    write_manifest(unsigned_kit, data)
    for args in (["search", unsigned_kit, "coalition"], ["info", unsigned_kit], ["verify", unsigned_kit]):
        p = cli(*args)
        no_traceback(p)
        assert_display_safe(p.stdout + p.stderr)


def test_a_five_megabyte_title_is_bounded_on_the_terminal(unsigned_kit):
    from hostile_helpers import read_manifest, write_manifest

    data = read_manifest(unsigned_kit)
    data["kit"]["title"] = "T" * (5 << 20)
    write_manifest(unsigned_kit, data)
    p = cli("info", unsigned_kit, timeout=60)
    no_traceback(p)
    ok(p)
    assert len(p.stdout) < 20_000


# --- the viewer ------------------------------------------------------------------------------------

HTML_NAME = 'Lantern <b>EVIL</b> <img src="file:///etc/hostname"> <a href="file:///">x</a>'


def _rendered_texts(app) -> list[tuple[str, str]]:
    """(where, what a person sees) for every label, tooltip, text view and window title on screen."""
    from presskit.ui.qt import QLabel, Qt, QtGui, QtWidgets, QTextDocument, QTextEdit, QWidget

    QAbstractButton = QtWidgets.QAbstractButton

    def render(text: str, fmt) -> str:
        rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
        if not rich:
            return text
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()

    out: list[tuple[str, str]] = []
    for top in app.topLevelWidgets():
        for w in [top, *top.findChildren(QWidget)]:
            name = f"{type(w).__name__}#{w.objectName()}"
            if isinstance(w, QLabel):
                out.append((name, render(w.text(), w.textFormat())))
            elif isinstance(w, QAbstractButton):
                out.append((name, w.text()))
            elif isinstance(w, QTextEdit):
                out.append((name, w.toPlainText()))
            if w.toolTip():
                out.append((name + " tooltip", render(w.toolTip(), Qt.TextFormat.AutoText)))
            if w.isWindow():
                out.append((name + " title", w.windowTitle()))
    return out


def _assert_no_markup_rendered(texts: list[tuple[str, str]]) -> None:
    for where, text in texts:
        assert_display_safe(text)
        if "EVIL" in text:
            assert "<b>EVIL</b>" in text, f"{where} rendered kit text as markup: {text!r}"


@pytest.mark.gui
def test_viewer_shows_publisher_titles_captions_and_credits_as_plain_text(
        qtbot, viewer, signed_kit, publisher_key, attacker_key):
    from presskit.ui.qt import QApplication

    genuine = fingerprint_of(publisher_key)
    forge(signed_kit, attacker_key, f"{HTML_NAME} ({genuine})\x1b[8m",
          kit_fields={"title": "Kit " + HTML_NAME, "description": HTML_NAME + "\u202e",
                      "contacts": [{"name": HTML_NAME, "email": "<b>EVIL</b>@x", "languages": []}]},
          item_fields={"title": "Doc " + HTML_NAME, "caption": HTML_NAME, "credit": HTML_NAME,
                       "copyright": HTML_NAME, "organisation": HTML_NAME})
    with qtbot.waitSignal(viewer.kitOpened, timeout=20000):
        viewer.open_kit(str(signed_kit))
    badge = viewer.trust.badge
    qtbot.waitUntil(lambda: badge.final, timeout=30000)
    app = QApplication.instance()
    _assert_no_markup_rendered(_rendered_texts(app))
    photo = next(it for it in viewer.kit.items if it.media == "image")
    doc = next(it for it in viewer.kit.items if it.media == "pdf")
    for it in (photo, doc):
        viewer.open_item(it.id)
        qtbot.wait(200)
        _assert_no_markup_rendered(_rendered_texts(app))
    badge.show_details()
    qtbot.wait(100)
    texts = _rendered_texts(app)
    _assert_no_markup_rendered(texts)
    seen = "\n".join(t for _w, t in texts)
    assert fingerprint_of(attacker_key) in seen
    assert genuine not in seen and _compact(genuine) not in seen


# --- the plain-text function itself -----------------------------------------------------------------

@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(BIDI_AND_CONTROLS + ["\ud800", "\x00"]),
               max_size=300),
       st.integers(min_value=1, max_value=400))
def test_plain_never_lets_controls_through(text, limit):
    for out in (plain(text, limit), plain_block(text, limit)):
        assert_display_safe(out.replace("\n", ""))
        assert len(out) <= limit
        out.encode("utf-8")  # no lone surrogates: printing never fails
    assert "\n" not in plain(text, limit)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from("0123456789ABCDEFabcdef"), min_size=64, max_size=64), st.sampled_from([" ", "", ":"]))
def test_fingerprints_in_names_are_masked(digits, sep):
    fp = sep.join("".join(digits[i:i + 4]) for i in range(0, 64, 4))
    out = mask_fingerprints(f"Lantern Coalition ({fp})")
    assert "".join(digits) not in out.replace(sep, "") if sep else "".join(digits) not in out
    assert out.startswith("Lantern Coalition")


def test_plain_keeps_ordinary_names():
    for name in ("Zoë Müller", "Ana Pérez / ICAN", "جمعية الفانوس", "Коалиция", "👩\u200d💻 Team", "A&B <c>"):
        assert plain(name) == name
