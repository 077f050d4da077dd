"""Broken or hostile kit.toml and manifest.json: a KitError with a sentence, never a crash."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presskit.kit import signing
from presskit.errors import KitError, KitVersionError
from presskit.kit.format import load_kit_toml, parse_kit_toml, parse_manifest
from presskit.kit.open import open_kit
from trust_helpers import write_kit

GOOD_ITEM = {"id": "a", "path": "a.txt", "sha256": "0" * 64, "bytes": 1}


def manifest(items=None, **top) -> bytes:
    data = {"format": "presskit", "format_version": "1.0", "kit": {"title": "T"},
            "items": [GOOD_ITEM] if items is None else items}
    data.update(top)
    return json.dumps(data).encode()


# --- kit.toml ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,match", [
    ('title = 5', "'title' should be text"),
    ('languages = 3', "'languages' should be a list"),
    ('languages = [1, 2]', "list of text"),
    ('contacts = "Jo"', "list of tables"),
    ('[[contacts]]\nemail = "x@y"', "needs a name"),
    ('[[links]]\nlabel = "x"', "needs a url"),
    ('start = "next week"', "should be a date"),
    ('start = 2026-13-40', "not valid TOML"),
    ('format = "1"', "whole number"),
    ('format = true', "whole number"),
    ('items = 5', "tables like"),
    ('[items."a.pdf"]\nauthor = "x"', "unknown key 'author'"),
    ('[items."a.pdf"]\nkind = "memo"', "kind 'memo' is unknown"),
    ('[items."a.pdf"]\nspeakers = 5', "should be a list"),
    ('[items."a.pdf"]\ndate = "soon"', "should be a date"),
    ('[items]\n"a.pdf" = 3', "table of overrides"),
    ('title = "unterminated', "not valid TOML"),
    ('= 5', "not valid TOML"),
])
def test_bad_kit_toml(text, match):
    with pytest.raises(KitError, match=match) as ei:
        parse_kit_toml(text)
    assert ei.value.message.endswith((".", ")"))


def test_kit_toml_from_the_future():
    with pytest.raises(KitVersionError, match="newer presskit"):
        parse_kit_toml("format = 2\n")


def test_kit_toml_not_utf8(tmp_path):
    (tmp_path / "kit.toml").write_bytes('title = "café"'.encode("latin-1"))
    with pytest.raises(KitError, match="not UTF-8"):
        load_kit_toml(tmp_path)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_kit_toml_never_crashes(text):
    try:
        parse_kit_toml(text)
    except KitError:
        pass


# --- manifest.json ------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,match", [
    (b"", "damaged"),
    (b"\xff\xfe{", "damaged"),
    (b"[1, 2]", "not a presskit manifest"),
    (b'{"format": "other"}', "not a presskit manifest"),
    (manifest(format_version="x.y"), "unreadable format version"),
    (manifest(format_version=None), "unreadable format version"),
    (manifest(items={"a": 1}), "no list of items"),
    (manifest(items=[5]), "not an object"),
    (manifest(items=[{**GOOD_ITEM, "id": 5}]), "'id'"),
    (manifest(items=[{k: v for k, v in GOOD_ITEM.items() if k != "sha256"}]), "'sha256'"),
    (manifest(items=[{**GOOD_ITEM, "bytes": "12"}]), "'bytes'"),
    (manifest(items=[{**GOOD_ITEM, "bytes": True}]), "'bytes'"),
    (manifest(items=[GOOD_ITEM, {**GOOD_ITEM, "path": "b.txt"}]), "twice"),
    (manifest(items=[{**GOOD_ITEM, "path": "../../etc/passwd"}]), "outside the kit"),
    (manifest(items=[{**GOOD_ITEM, "path": "/etc/passwd"}]), "outside the kit"),
    (manifest(items=[{**GOOD_ITEM, "path": "C:/Windows/x"}]), "outside the kit"),
    (manifest(items=[{**GOOD_ITEM, "path": "..\\..\\x"}]), "outside the kit"),
    (manifest(items=[{**GOOD_ITEM, "path": ""}]), "outside the kit"),
    (manifest(items=[{**GOOD_ITEM, "path": "."}]), "outside the kit"),
    (manifest(items=[{**GOOD_ITEM, "path": "a\x00b"}]), "outside the kit"),
    (manifest(items=[{**GOOD_ITEM, "speakers": "Jo"}]), "list of text"),
    (manifest(items=[{**GOOD_ITEM, "pages": "3"}]), "whole number"),
    (manifest(items=[{**GOOD_ITEM, "title": ["x"]}]), "should be text"),
    (manifest(items=[{**GOOD_ITEM, "date": 20261116}]), "'date'"),
    (manifest(items=[{**GOOD_ITEM, "language": ["en"]}]), "'language'"),
    (manifest(items=[{**GOOD_ITEM, "group": {}}]), "'group'"),
    (manifest(kit=[1]), "'kit' should be an object"),
    (manifest(kit={"title": 5}), "title"),
    (manifest(kit={"languages": "en"}), "languages"),
    (manifest(kit={"contacts": [{"email": "x"}]}), "malformed|contacts"),
    (manifest(kit={"contacts": [{"name": 5}]}), "contacts"),
])
def test_bad_manifest(raw, match):
    with pytest.raises(KitError, match=match) as ei:
        parse_manifest(raw)
    assert ei.value.message[0].isupper() or ei.value.message.startswith("manifest.json")


def test_manifest_from_the_future():
    with pytest.raises(KitVersionError, match="Install a newer presskit"):
        parse_manifest(manifest(format_version="2.0"))
    parse_manifest(manifest(format_version="1.7"))  # a newer MINOR is read


def test_unknown_keys_are_ignored():
    info, items, _ = parse_manifest(manifest(items=[{**GOOD_ITEM, "future_field": 1}], extra_top={"x": 1}))
    assert items[0].id == "a"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                    max_leaves=20))
def test_arbitrary_item_fields_never_crash(value):
    for key in ("id", "path", "title", "date", "speakers", "pages", "language", "group", "kind", "credit"):
        try:
            parse_manifest(manifest(items=[{**GOOD_ITEM, key: value}]))
        except KitError:
            pass
    try:
        info, _, _ = parse_manifest(manifest(kit=value))
        assert isinstance(info.title, str)
    except KitError:
        pass


def test_missing_files_open_and_are_named_by_verify(tmp_path):
    root = write_kit(tmp_path / "kit")
    (root / "photos" / "summit.jpg").unlink()
    kit = open_kit(root)  # opening never fails for a missing file: the reader sees the rest
    assert len(kit.items) == 4
    rep = signing.verify_kit(kit)
    assert rep.missing == ["photos/summit.jpg"]


def test_kit_folder_without_manifest(tmp_path):
    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "kit.toml").write_text('title = "x"')
    with pytest.raises(KitError, match="presskit build"):
        open_kit(tmp_path / "k")
    with pytest.raises(KitError, match="no kit"):
        open_kit(tmp_path / "absent")


def _cleaned_one_field_at_a_time(d: dict) -> dict:
    """What an item showed before its fields were scanned together: every field through plain()."""
    from presskit.kit.format import ITEM_BLOCKS, ITEM_LISTS, ITEM_TEXT
    from presskit.plaintext import plain, plain_block

    out = dict(d)
    for key, limit in ITEM_TEXT.items():
        if isinstance(out.get(key), str):
            out[key] = plain(out[key], limit)
    for key, limit in ITEM_BLOCKS.items():
        if isinstance(out.get(key), str):
            out[key] = plain_block(out[key], limit)
    for key, (count, limit) in ITEM_LISTS.items():
        if isinstance(out.get(key), list):
            out[key] = [plain(x, limit) for x in out[key][:count] if isinstance(x, str)]
    out["why"] = {plain(k, 40): plain(v, 2000) for k, v in list(out["why"].items())[:50]}
    return out


_FIELD_TEXT = st.text(alphabet=st.sampled_from("ab é\n\t\x1b[\u202e\u200b\u2028\x85"), max_size=30) | \
    st.text(alphabet="xy", min_size=995, max_size=1010)


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({"title": _FIELD_TEXT, "organisation": _FIELD_TEXT, "caption": _FIELD_TEXT,
                              "credit": _FIELD_TEXT, "speakers": st.lists(_FIELD_TEXT, max_size=3),
                              "tags": st.lists(_FIELD_TEXT, max_size=3),
                              "why": st.dictionaries(_FIELD_TEXT, _FIELD_TEXT, max_size=3)}))
def test_an_item_shows_the_same_whether_its_fields_are_scanned_together_or_one_by_one(fields):
    """A manifest entry's fields are scanned once for characters to neutralise: what is shown is
    the same as through plain() field by field (controls, bidi, escapes, long titles cut)."""
    from presskit.kit.format import clean_item

    entry = {**GOOD_ITEM, **fields}
    assert clean_item(entry) == _cleaned_one_field_at_a_time(entry)


def test_the_builder_refuses_a_manifest_no_reader_would_open(monkeypatch):
    """A manifest past the readers' cap would make a kit nobody can open: the builder says so and
    how to split the kit, instead of writing it."""
    import presskit.kit.format as fmt
    from presskit.errors import KitError
    from presskit.model import Item, KitInfo
    from presskit.safeload import Limits

    items = [Item(id=f"doc-{n}", path=f"docs/doc-{n}.txt", kind="other", title=f"Document {n}", sha256="0" * 64,
                  bytes=1) for n in range(40)]
    assert fmt.dump_manifest(KitInfo(title="Kit"), items)
    monkeypatch.setattr(fmt, "MANIFEST_LIMITS", Limits(max_bytes=4096))
    with pytest.raises(KitError, match="Split the folder into several kits"):
        fmt.dump_manifest(KitInfo(title="Kit"), items)


def test_a_misspelt_top_level_key_of_kit_toml_is_refused_with_the_key_it_resembles():
    """'titel' was ignored without a word: the kit built under an inferred title."""
    import pytest

    from presskit.errors import KitError
    from presskit.kit.format import parse_kit_toml

    with pytest.raises(KitError, match=r"unknown key 'titel' \(did you mean 'title'\?\)"):
        parse_kit_toml('titel = "Press kit"\n')
    with pytest.raises(KitError, match=r"unknown key 'colour'\. Known keys: contacts"):
        parse_kit_toml('title = "Press kit"\ncolour = "red"\n')


@pytest.mark.parametrize("raw", [b'{"format": "presskit", "items": [', b"\xff\xfe not text"])
def test_a_damaged_manifest_tells_a_reader_what_to_do_not_only_a_publisher(tmp_path, raw):
    # "manifest.json is damaged … Rebuild the kit with 'presskit build'": a delegate reading a kit
    # from a stick has no source folder to build from
    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "manifest.json").write_bytes(raw)
    with pytest.raises(KitError) as e:
        open_kit(tmp_path / "k")
    assert "Ask its publisher for a new copy" in e.value.message
    assert "publishers: rebuild it with 'presskit build'" in e.value.message
