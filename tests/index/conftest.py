"""A small index written with IndexWriter, shared by the index tests."""

from __future__ import annotations

import pytest

from presskit.index.writer import IndexWriter
from presskit.ingest.record import Extracted
from presskit.model import Item, Quote

MANIFEST_SHA = "m" * 64


@pytest.fixture
def manifest_sha() -> str:
    return MANIFEST_SHA


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("ix") / "index"
    doc = Item(id="pr", path="pr.pdf", sha256="1" * 64, bytes=9, kind="press-release", media="pdf",
               title="Opening", language="en", speakers=["Amara Diallo"], organisation="Coalition")
    photo = Item(id="ph", path="ph.jpg", sha256="2" * 64, bytes=9, kind="photo", media="image",
                 caption="Delegates in the hall", credit="Aiko Tanaka")
    with IndexWriter(path) as w:
        w.add_item(doc, Extracted("pdf", ["Page one on sécurité.", "Page two on stockpiles."]), "key-pr")
        w.add_item(photo, Extracted("image", ["Delegates in the hall"], thumbnail=b"\xff\xd8jpeg"), "key-ph")
        w.add_quotes(doc, [Quote("We will not wait another decade.", speaker="Amara Diallo", page=2,
                                 document_id="pr")])
        w.finish(MANIFEST_SHA)
    return path
