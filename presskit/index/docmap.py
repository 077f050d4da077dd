"""Which item and page each Whoosh entry is, as arrays written at build time (``docmap.pk``).

A searcher needs, for every entry a query matches, its item and page (to group pages per document)
and a stable order to break ties in. Reading them from Whoosh's columns entry by entry costs a
fraction of a second per 100,000 entries each time an index is opened; these arrays are read in
place instead. Entry numbers are Whoosh's (segments in table-of-contents order).

The tie order is the order of (item id, page): the same for a kit whether its index was built at once
or incrementally, so equal scores rank the same way in both.
"""

from __future__ import annotations

import os
from array import array
from typing import Iterable

from .packed import PackedError, PackedFile, write_packed

DOCMAP_NAME = "docmap.pk"
NONE = 0xFFFFFFFF  # an entry no item has (deleted)


def write_docmap(path: str | os.PathLike, total: int, docs: Iterable[tuple[str, int, int]]) -> None:
    """``docs``: (item id, page, entry number) of every live entry; ``total``: entries in all segments."""
    docs = sorted(docs)
    ids: list[str] = []
    index: dict[str, int] = {}
    item = array("I", [NONE]) * total
    page = array("I", [0]) * total
    rank = array("I", [NONE]) * total
    for r, (iid, pg, d) in enumerate(docs):
        k = index.get(iid)
        if k is None:
            k = index[iid] = len(ids)
            ids.append(iid)
        if 0 <= d < total:
            item[d], page[d], rank[d] = k, pg, r
    blob = bytearray()
    offsets = array("I", [0])
    for iid in ids:
        blob += iid.encode("utf-8")
        offsets.append(len(blob))
    write_packed(path, {"ids": bytes(blob), "offsets": offsets, "item": item, "page": page, "rank": rank},
                 {"entries": total})


class DocMap:
    """The arrays of ``docmap.pk``, read in place."""

    def __init__(self, path: str | os.PathLike):
        self._pf = PackedFile(path)
        raw = self._pf.bytes("ids")[:]
        off = self._pf.numbers("offsets", "I")
        self.ids = [raw[off[k]:off[k + 1]].decode("utf-8", "replace") for k in range(len(off) - 1)]
        self.item = self._pf.numbers("item", "I")
        self.page = self._pf.numbers("page", "I")
        self.rank = self._pf.numbers("rank", "I")
        if not (len(self.item) == len(self.page) == len(self.rank)):
            raise PackedError("The search index's entry map is damaged.")

    def __len__(self) -> int:
        return len(self.item)

    def item_id(self, docnum: int) -> str | None:
        k = self.item[docnum]
        return self.ids[k] if k < len(self.ids) else None

    def close(self) -> None:
        self._pf.close()
