"""presskit.ingest.record: the one extraction record and the one reason a file was left out."""

from __future__ import annotations

import pickle

from presskit.errors import EncryptedError
from presskit.ingest.record import Extracted, Failure


def test_records_cross_process_boundaries_and_say_what_they_hold():
    ex = Extracted("image", ["caption"], {"credit": "Ana"}, "ok", b"jpeg")
    assert pickle.loads(pickle.dumps(ex)) == ex and ex.is_photo
    f = Failure.of(EncryptedError("locked.pdf is password-protected."), "press/locked.pdf")
    assert f.to_dict() == {"path": "press/locked.pdf", "reason": "encrypted",
                           "message": "locked.pdf is password-protected."}
    assert pickle.loads(pickle.dumps(f)) == f
