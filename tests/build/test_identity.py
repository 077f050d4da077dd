"""A kit's title and organisation without kit.toml (issue #18): never the scratch folder's name."""

from __future__ import annotations

from metadata_helpers import jpeg, pdf

from presskit.build import build_kit
from presskit.cli import main
from presskit.kit.open import open_kit

CCW = "Fourth Review Conference of the Convention on Certain\nConventional Weapons"


def test_organisation_prefix_and_shared_event_make_the_title(tmp_path, capsys):
    src = tmp_path / "src"
    for day in (14, 15, 17):
        pdf(src / f"CMC CCW Newsletter {day} November.pdf",
            f"CMC CCW Daily\nGeneva, {day} November · {CCW}\nToday the delegates met.")
    pdf(src / "CMC General Statement - 15.11.11.pdf",
        "General Statement of the Cluster Munition Coalition\nGeneva, 15 November 2011\nMr President.")
    pdf(src / "Press release 14 Nov 2011.pdf", "PRESS RELEASE\nAs the Fourth Review Conference opens today.")
    jpeg(src / "photos/CMC delegation 14.11.11.jpg")
    assert main(["build", str(src), "-o", str(tmp_path / "kit")]) == 0
    out = capsys.readouterr().out
    kit = open_kit(tmp_path / "kit")
    assert kit.info.title == ("CMC — Fourth Review Conference of the Convention on Certain Conventional "
                              "Weapons")
    assert kit.info.organisation == "Cluster Munition Coalition (CMC)"
    assert f"Kit title: “{kit.info.title}” (5 file names begin with “CMC”; the top of 3 documents names it)." in out
    assert "kit.toml does not set them: to choose, write in" in out
    assert f'    title = "{kit.info.title}"' in out
    assert '    organisation = "Cluster Munition Coalition (CMC)"' in out


def test_nothing_shared_gives_a_plain_title_never_the_folder_name(tmp_path):
    src = tmp_path / "src"
    pdf(src / "manual.pdf", "How to use the package.", author="Ann Author")
    pdf(src / "guide.pdf", "A guide.", author="Bob Writer")
    report = build_kit(src, tmp_path / "kit", workers=0)
    assert report.identity.title == "Press kit (2 documents)"
    assert open_kit(tmp_path / "kit").info.title == "Press kit (2 documents)"
    assert open_kit(tmp_path / "kit").info.organisation == ""


def test_a_folder_of_photos_only_is_a_kit_of_photos(tmp_path):
    """Before: "Press kit (3 documents)" for three photos."""
    from PIL import Image

    src = tmp_path / "src"
    src.mkdir()
    for n in range(3):
        Image.new("RGB", (64, 48), (n * 40, 90, 160)).save(src / f"plenary {n}.jpg")
    report = build_kit(src, tmp_path / "kit", workers=0)
    assert report.identity.title == "Press kit (3 photos)"


def test_an_author_most_documents_share_is_the_organisation(tmp_path):
    src = tmp_path / "src"
    for n in range(3):
        pdf(src / f"doc{n}.pdf", "Text.", author="Lantern Coalition")
    pdf(src / "other.pdf", "Text.", author="Someone Else")
    kit_info = build_kit(src, tmp_path / "kit", workers=0).identity
    assert kit_info.organisation == "Lantern Coalition" and kit_info.title == "Lantern Coalition press kit"


def test_kit_toml_keeps_its_title_and_only_missing_keys_are_inferred(tmp_path, capsys):
    src = tmp_path / "src"
    (src).mkdir()
    (src / "kit.toml").write_text('title = "Our kit"\n', encoding="utf-8")
    for n in range(3):
        pdf(src / f"LC statement {n}.pdf", "Text.")
    assert main(["build", str(src), "-o", str(tmp_path / "kit")]) == 0
    out = capsys.readouterr().out
    kit = open_kit(tmp_path / "kit")
    assert kit.info.title == "Our kit" and kit.info.organisation == "LC"
    assert "Kit title" not in out and 'organisation = "LC"' in out
