"""presskit.build.items: which files are items, their ids, their metadata, translation groups."""

from __future__ import annotations

from presskit.build.items import assign_groups, make_id, make_item, scan_source
from presskit.ingest.record import Extracted
from presskit.kit.format import parse_kit_toml


def test_the_source_listing_leaves_out_what_is_not_an_item(tmp_path):
    for rel in ("a.pdf", "photos/p.jpg", "photos/p.jpg.txt", ".hidden.pdf", "manifest.json", "index/x",
                "sub/manifest.json"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    (tmp_path / "link.pdf").symlink_to(tmp_path / "a.pdf")
    files = scan_source(tmp_path)
    assert files.items == ["a.pdf", "photos/p.jpg", "sub/manifest.json"]
    assert files.sidecars == {"photos/p.jpg": ["photos/p.jpg.txt"]}


def test_ids_are_stable_readable_and_unique():
    taken: set[str] = set()
    assert make_id("press-releases/PR_Opening_16.11.26_EN.pdf", taken) == "press-releases-pr-opening-16-11-26-en"
    assert make_id("a/b.pdf", taken) == "a-b" and make_id("a/b.txt", taken) == "a-b-2"


def test_names_then_file_metadata_then_kit_toml():
    kt = parse_kit_toml('organisation = "Coalition"\nstart = 2026-11-16\n'
                        '[items."statements/Statement by Dr Amara Diallo (FR) 16-11-2026.pdf"]\nkind = "briefing"\n')
    ex = Extracted("pdf", ["Texte en français sur la sécurité des stocks."], {"title": "Microsoft Word - doc1.docx",
                                                                               "date": "2019-01-02"})
    d = make_item("statements/Statement by Dr Amara Diallo (FR) 16-11-2026.pdf", "s", "0", 1, ex, kt)
    it = d.item
    assert (it.date, it.date_source, it.language) == ("2026-11-16", "name", "fr")
    assert it.title.startswith("Statement by Dr Amara Diallo")  # a generated title is not kept
    assert it.speakers == ["Amara Diallo"] and it.kind == "briefing" and it.organisation == "Coalition"


def test_translations_share_a_group():
    kt = parse_kit_toml("")
    en = make_item("PR_Opening_16.11.26_EN.pdf", "en", "0", 1, Extracted("pdf", ["x"]), kt)
    fr = make_item("PR_Opening_16.11.26_French.pdf", "fr", "0", 1, Extracted("pdf", ["x"]), kt)
    other = make_item("PR_Closing_20.11.26_EN.pdf", "c", "0", 1, Extracted("pdf", ["x"]), kt)
    items = [en.item, fr.item, other.item]
    assign_groups(items, {d.item.id: d.group_key for d in (en, fr, other)})
    assert en.item.group and en.item.group == fr.item.group and other.item.group is None
