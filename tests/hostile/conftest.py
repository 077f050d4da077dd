"""Kits for the hostile suite, built once per session by the real ``presskit`` command.

Each test copies the kit it attacks into its own ``tmp_path``; the templates are never modified.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # kitmaker, shared with the other test folders
sys.path.insert(0, str(HERE))  # hostile_helpers (--import-mode=importlib puts no test folder on the path)

from hostile_helpers import cli, ok  # noqa: E402

PUBLISHER = "Lantern Coalition"


def _session_env(base: Path) -> dict[str, str]:
    return {"XDG_CACHE_HOME": str(base / "cache"), "XDG_DATA_HOME": str(base / "data"),
            "XDG_CONFIG_HOME": str(base / "config")}


@pytest.fixture(scope="session")
def hostile_base(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hostile")


@pytest.fixture(scope="session")
def publisher_key(hostile_base) -> Path:
    key = hostile_base / "publisher.pem"
    ok(cli("keygen", "-o", key, **_session_env(hostile_base)))
    return key


@pytest.fixture(scope="session")
def attacker_key(hostile_base) -> Path:
    key = hostile_base / "attacker.pem"
    ok(cli("keygen", "-o", key, **_session_env(hostile_base)))
    return key


@pytest.fixture(scope="session")
def source_template(hostile_base) -> Path:
    from kitmaker import make_source

    src = make_source(hostile_base / "src")
    from PIL import Image

    (src / "photos").mkdir(exist_ok=True)
    Image.new("RGB", (320, 200), (40, 90, 160)).save(src / "photos" / "plenary.jpg", quality=80)
    return src


@pytest.fixture(scope="session")
def unsigned_template(hostile_base, source_template) -> Path:
    out = hostile_base / "unsigned-kit"
    ok(cli("build", source_template, "-o", out, "--workers", "1", **_session_env(hostile_base)))
    return out


@pytest.fixture(scope="session")
def signed_template(hostile_base, unsigned_template, publisher_key) -> Path:
    out = hostile_base / "signed-kit"
    shutil.copytree(unsigned_template, out)
    ok(cli("sign", out, "--key", publisher_key, "--publisher", PUBLISHER, **_session_env(hostile_base)))
    return out


@pytest.fixture
def signed_kit(signed_template, tmp_path) -> Path:
    """A fresh copy of a validly signed kit (with its index) in this test's folder."""
    return Path(shutil.copytree(signed_template, tmp_path / "signed" / "kit"))


@pytest.fixture
def unsigned_kit(unsigned_template, tmp_path) -> Path:
    return Path(shutil.copytree(unsigned_template, tmp_path / "unsigned" / "kit"))


@pytest.fixture
def viewer(qtbot, tmp_path):
    """The viewer's main window as the app makes it (every extension installed), offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from presskit.ui.app import Viewer, make_application
    from presskit.ui.settings import Settings

    make_application([])
    v = Viewer(Settings(tmp_path / "settings.ini"))
    w = v.window
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait(5000)


# --- what does not hold yet ----------------------------------------------------------------------------
# Each entry is a hostile case that fails on this version of presskit. It runs as
# xfail(strict=True): the suite stays green, and the moment a fix makes a case pass, the run fails
# until its entry is removed here. Keys: "module::test" (every parameter) or "module::test[id]".

_I1 = "issue 9, deliver 1: a kit's index is used (and unpickled) without being verified"
_I2 = "issue 9, deliver 2: kit text reaches the terminal or a widget as it is"
_I3 = "issue 9, deliver 3: updates are not ordered, the confirmation trusts the pack's description"
_I4 = "issue 9, deliver 4: build writes into the previous kit before it can fail"
_I5 = "issue 9, deliver 5: a limit is missing"
_I6 = "issue 9, deliver 6: a file name or folder name breaks build, pack or search"
_I7 = "issue 9, deliver 7: a fault ends in a traceback"

KNOWN_BROKEN: dict[str, str] = {
    "test_index_code.py::test_planted_toc_never_runs_on_search_info_verify_pack": _I1,
    "test_index_code.py::test_planted_toc_in_a_packed_kit_never_runs": _I1,
    "test_index_code.py::test_planted_segment_directory_never_runs": _I1,
    "test_index_code.py::test_verify_names_a_tampered_index_of_a_signed_kit": _I1,
    "test_index_code.py::test_planted_toc_never_runs_in_the_viewer": _I1,
    "test_spoofing.py::test_verify_shows_the_key_fingerprint_never_the_kit_text": _I2,
    "test_spoofing.py::test_info_prints_kit_text_as_plain_text[title]": _I2,
    "test_spoofing.py::test_info_prints_kit_text_as_plain_text[organisation]": _I2,
    "test_spoofing.py::test_info_prints_kit_text_as_plain_text[event]": _I2,
    "test_spoofing.py::test_info_prints_kit_text_as_plain_text[venue]": _I2,
    "test_spoofing.py::test_search_and_info_print_item_text_as_plain_text": _I2,
    "test_spoofing.py::test_a_five_megabyte_title_is_bounded_on_the_terminal": _I2,
    "test_spoofing.py::test_viewer_shows_publisher_titles_captions_and_credits_as_plain_text": _I2,
    "test_forward_only.py::test_replaying_an_older_pack_is_refused": _I3,
    "test_forward_only.py::test_an_older_full_kit_is_refused_as_an_update": _I3,
    "test_forward_only.py::test_reapplying_the_same_pack_changes_nothing": _I3,
    "test_forward_only.py::test_a_lying_pack_description_is_never_what_is_confirmed": _I3,
    "test_forward_only.py::test_the_import_confirmation_lists_exactly_what_changes": _I3,
    "test_forward_only.py::test_removing_signature_json_is_not_unsigned_and_fine": _I2,
    "test_forward_only.py::test_forged_file_rehashed_manifest_and_no_signature_fails_verify": _I2,
    "test_forward_only.py::test_a_stripped_kit_does_not_accept_unsigned_updates": _I2,
    "test_build_safety.py::test_an_in_place_build_killed_keeps_a_kit_that_opens[staged-manifest]": _I4,
    "test_build_safety.py::test_an_in_place_build_killed_keeps_a_kit_that_opens[before-swap]": _I4,
    "test_build_safety.py::test_an_in_place_build_killed_keeps_a_kit_that_opens[swapped]": _I4,
    "test_build_safety.py::test_two_builds_into_one_folder_do_not_interleave": _I4,
    "test_build_safety.py::test_hidden_files_links_and_pipes_never_reach_a_kit": _I4,
    "test_build_safety.py::test_a_symlinked_item_in_a_kit_is_never_read_or_exported": _I4,
    "test_build_safety.py::test_an_item_can_never_be_named_like_a_kit_file": _I4,
    "test_limits.py::test_deep_manifests_are_refused_with_a_sentence": _I5,
    "test_limits.py::test_huge_integers_in_a_manifest_are_refused": _I5,
    "test_limits.py::test_deep_documents_end_in_a_sentence_on_the_command_line": _I5,
    "test_limits.py::test_kit_toml_with_a_byte_order_mark_builds": _I7,
    "test_limits.py::test_a_damaged_index_with_a_valid_stamp_is_rebuilt": _I5,
    "test_limits.py::test_many_small_bombs_under_index_never_fill_the_cache": _I5,
    "test_limits.py::test_pack_stops_on_sigterm_and_leaves_no_partial_file": _I5,
    "test_limits.py::test_export_stops_on_sigterm_and_leaves_no_partial_file": _I5,
    "test_limits.py::test_leftovers_of_a_killed_run_are_cleaned_by_the_next": _I5,
    "test_limits.py::test_a_very_long_document_is_refused_for_a_merged_pdf": _I5,
    "test_limits.py::test_a_long_title_is_bounded_in_the_viewer": _I5,
    "test_file_names.py::test_a_name_that_is_not_utf8_is_refused_by_name_or_kept": _I6,
    "test_file_names.py::test_odd_names_build_pack_open_and_search[controls]": _I6,
    "test_file_names.py::test_odd_names_build_pack_open_and_search[windows]": _I6,
    "test_file_names.py::test_names_that_differ_only_by_case_build_and_pack": _I6,
    "test_file_names.py::test_names_that_differ_only_by_normalisation_build_and_pack": _I6,
    "test_faults.py::test_pack_onto_a_full_disk": _I7,
    "test_faults.py::test_diff_onto_a_full_disk": _I7,
    "test_faults.py::test_apply_on_a_full_disk_leaves_the_kit_as_it_was": _I7,
    "test_faults.py::test_a_full_user_cache_while_indexing_is_a_sentence": _I7,
    "test_faults.py::test_writing_commands_on_read_only_media_are_sentences": _I7,
    "test_faults.py::test_apply_when_the_kit_folder_is_a_mount_point": _I7,
    "test_faults.py::test_simulated_full_disk_during_pack_is_a_sentence": _I7,
    "test_faults.py::test_simulated_busy_mount_point_apply_succeeds": _I7,
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE not in Path(str(item.fspath)).parents:
            continue
        module = Path(str(item.fspath)).name
        reason = KNOWN_BROKEN.get(f"{module}::{item.name}") or KNOWN_BROKEN.get(f"{module}::{item.originalname}")
        if reason:
            item.add_marker(pytest.mark.xfail(strict=True, reason=reason))
