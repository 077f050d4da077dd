"""The JSON documents a reader loads whole from a kit or its index are capped near what a real kit
needs (docs/trust.md, *Limits, names and faults*), so a stranger's signed kit cannot make a reader
hold hundreds of megabytes with one of them.

As in ``test_index_sizes.py``: a kit signed by its author, one document changed by that author and
signed or sealed again, ``presskit search`` (or ``quotes``) run in a child limited to 1 GiB of address
space; the child refuses the document with a sentence, never a traceback, and grows by at most
128 MiB over the same command on the unaltered kit.
"""

from __future__ import annotations

import re

import hashlib
import json
import sqlite3

from conftest import PUBLISHER
from hostile_helpers import sign_manifest
from test_index_sizes import GROWTH_KIB, held, run_limited, seal

from presskit.index.livestats import MAX_BYTES as LIVESTATS_MAX_BYTES
from presskit.index.store import MAX_QUOTE_JSON
from presskit.kit.format import MANIFEST_LIMITS


def _counts(n: int) -> dict[str, int]:
    """``n`` words with counts over 256 (Python caches smaller integers): what costs a reader most."""
    return {f"w{i:07d}": 300 + i % 1000 for i in range(n)}


def test_a_livestats_file_far_larger_than_a_real_kit_needs_is_refused(signed_kit, publisher_key):
    """``livestats.json`` is 29 KB at 20,000 pages; 40 MB of well-formed counts (some 480 MB once
    parsed, under the earlier 64 MiB cap) is refused as a damaged index before it is parsed."""
    before = run_limited("search", signed_kit, "stockpiles")
    assert before["rc"] == 0 and re.search(r"\d+ documents? match", before["out"]), before
    index = signed_kit / "index"
    raw = json.dumps({"df": {"body": _counts(3_000_000)}, "length": {"body": 1}}, separators=(",", ":")).encode()
    assert LIVESTATS_MAX_BYTES < len(raw) < 64 << 20
    (index / "livestats.json").write_bytes(raw)
    stamp = json.loads((index / "stamp.json").read_bytes())
    stamp["files"]["livestats.json"] = {"sha256": hashlib.sha256(raw).hexdigest(), "bytes": len(raw)}
    (index / "stamp.json").write_text(json.dumps(stamp), encoding="utf-8")
    seal(signed_kit, publisher_key)
    held(before, run_limited("search", signed_kit, "stockpiles"), "damaged")


def test_a_manifest_of_millions_of_numbers_is_refused_before_it_is_parsed(signed_kit, publisher_key):
    """A manifest under the size cap that holds 6 million numbers (some 220 MB once parsed; the
    earlier caps, 256 MiB and 20 million values, let it through) is refused from its separators,
    before Python builds one of them, with a sentence naming the manifest."""
    before = run_limited("search", signed_kit, "stockpiles")
    data = json.loads((signed_kit / "manifest.json").read_bytes())
    data["padding"] = [1000 + i % 9000 for i in range(6_000_000)]
    raw = json.dumps(data, separators=(",", ":")).encode()
    assert len(raw) <= MANIFEST_LIMITS.max_bytes
    (signed_kit / "manifest.json").write_bytes(raw)
    sign_manifest(signed_kit, publisher_key, PUBLISHER)
    after = run_limited("search", signed_kit, "stockpiles")
    assert "Traceback" not in after["err"], after["err"]
    assert after["rc"] == 2 and after["err"].startswith("presskit: "), after
    assert "manifest.json" in after["err"] and "too many values" in after["err"], after["err"]
    assert after["peak"] - before["peak"] < GROWTH_KIB


def test_a_manifest_past_its_size_cap_is_refused(signed_kit, publisher_key):
    """A kit of 100,000 pages has a 5.6 MB manifest; one over 32 MiB is refused unread."""
    data = json.loads((signed_kit / "manifest.json").read_bytes())
    data["padding"] = "x" * 1000
    raw = json.dumps(data).encode()
    raw = raw[:-1] + b" " * (MANIFEST_LIMITS.max_bytes - len(raw) + 16) + b"}"
    (signed_kit / "manifest.json").write_bytes(raw)
    sign_manifest(signed_kit, publisher_key, PUBLISHER)
    after = run_limited("search", signed_kit, "stockpiles")
    assert "Traceback" not in after["err"], after["err"]
    assert after["rc"] == 2 and "manifest.json is too large" in after["err"], after["err"]


def test_a_quotation_row_far_longer_than_a_quotation_is_refused(signed_kit, publisher_key):
    """A stored quotation is at most 2.4 KB in a kit of 100,000 pages: a row of megabytes (text the
    quotes list would show) is the damaged quotations' sentence."""
    before = run_limited("quotes", signed_kit)
    store = signed_kit / "index" / "store.sqlite"
    with sqlite3.connect(store) as con:
        n, data = con.execute("SELECT n, data FROM quotes ORDER BY n LIMIT 1").fetchone()
        quote = json.loads(data)
        quote["text"] = "stockpiles " * (MAX_QUOTE_JSON // 5)
        con.execute("UPDATE quotes SET data=? WHERE n=?", (json.dumps(quote), n))
    con.close()
    seal(signed_kit, publisher_key)
    held(before, run_limited("quotes", signed_kit), "quotations are damaged")
