"""presskit.sizes: a file size as a reader reads it, in English and French."""

from __future__ import annotations

import pytest

from presskit.sizes import file_size


@pytest.mark.parametrize(("n", "en", "fr"), [
    (0, "1 KB", "1 Ko"),                      # an empty file is not "0 KB"
    (438_912, "439 KB", "439 Ko"),
    (3_141_592, "3.1 MB", "3,1 Mo"),          # a French decimal comma
    (57_000_000, "57 MB", "57 Mo"),
    (1_234_000_000, "1.2 GB", "1,2 Go"),
])
def test_sizes_read_as_a_file_manager_shows_them(n, en, fr):
    assert file_size(n, "en") == en.replace(" ", "\u00a0")
    assert file_size(n, "fr") == fr.replace(" ", "\u00a0")


def test_a_language_without_its_own_units_reads_english():
    assert file_size(2_000_000, "es") == file_size(2_000_000, None) == "2.0\u00a0MB"
