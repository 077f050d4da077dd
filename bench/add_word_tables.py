"""Give an index built before the word tables its tables, as a build now writes them.

    python bench/add_word_tables.py KIT/index

For each page segment of the index (not the quotes' segment), the table of its title-and-text words
with the entries holding each (``presskit/index/wordids.py``) is written from the segment's own
posting lists, the stamp's list of files is brought up to date and sealed again by this computer.
A table depends on nothing but its segment, so this is what a build of the same segments writes
(on a built kit, removing the tables and running this gives them back byte for byte). For
benchmarks: it lets the prefix figures of a large kit be taken again without building it again.
Only an index this computer built and trusts is changed; copy a kit first to keep the original.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from presskit.index.integrity import STAMP_NAME, list_files, trusted, write_local_seal  # noqa: E402
from presskit.index.reader import WHOOSH_DIRNAME, open_index  # noqa: E402
from presskit.index.wordids import FIELDS, word_ids_path, write_word_ids  # noqa: E402
from presskit.search.postings import _blocks  # noqa: E402


def field_terms(reader, fieldname: str):
    """(term, (docnums,)) of every word of a segment's field, deleted entries included (as written)."""
    if fieldname not in reader.schema:
        return
    fmt = reader.schema[fieldname].format
    for tbytes, _info in reader.iter_field(fieldname):
        m = reader._terms.matcher(fieldname, tbytes, fmt)
        ids = []
        for block, _w in _blocks(m, weights=False):
            ids.extend(block)
        yield tbytes.decode("utf-8"), (ids,)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("index", type=Path)
    args = ap.parse_args()
    index = args.index
    if not trusted(index):
        raise SystemExit(f"{index} is not an index this computer built and trusts; nothing changed.")
    stamp = json.loads((index / STAMP_NAME).read_bytes())
    quote_seg = stamp.get("quote_segment")
    t0 = time.perf_counter()
    reader = open_index(index / WHOOSH_DIRNAME).reader()
    subs = [r for r, _base in reader.leaf_readers()] if hasattr(reader, "leaf_readers") else [reader]
    for sub in subs:
        segid = sub.segment().segid
        if segid == quote_seg:
            continue
        n = write_word_ids(word_ids_path(index, segid), sub.doc_count_all(),
                           [list(field_terms(sub, f)) for f in FIELDS])
        print(f"{segid}: {sub.doc_count_all()} entries, {n} word entries", file=sys.stderr)
    reader.close()
    stamp["files"] = list_files(index)
    raw = json.dumps(stamp, indent=1).encode()
    (index / STAMP_NAME).write_bytes(raw)
    write_local_seal(index, raw)
    print(f"word tables written in {time.perf_counter() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
