"""Telling apart kits of the library that go by the same name.

The same press kit on a USB stick and copied to the disk, or two years of one conference, list under
one title. :func:`tell_apart` finds such groups and says, for those kits only, what differs between
them, the way calibre and Zotero set apart records of one title: the dates the kit covers, who
publishes it, the day it was built, and where it is (the shortest end of its path that no other kit
of the group shares). Only facts that differ within a group are named, in that order, and no more of
them than it takes to make every row of the group different. The viewer words the facts (it
translates them); this module knows nothing of the screen.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Callable, Iterable

#: what may tell kits apart, in the order they are tried: (name, value of an entry)
FACTS: tuple[tuple[str, Callable], ...] = (
    ("title", lambda e: e.title.strip()),
    ("dates", lambda e: " – ".join(x for x in (e.start, e.end) if x)),
    ("publisher", lambda e: e.publisher.strip()),
    ("built", lambda e: e.built),
)
_SPACE = re.compile(r"\s+")


def same_name(text: str) -> str:
    """The form under which two names count as one (case and runs of blanks aside)."""
    return _SPACE.sub(" ", text or "").strip().casefold()


def place_tails(paths: list[str]) -> list[str]:
    """For each path, its shortest end (at least the last part) that no other path of ``paths`` ends
    with: ``/media/usb/kit`` and ``/home/ana/kit`` give ``usb/kit`` and ``ana/kit``."""
    parts = [PurePath(p).parts for p in paths]
    out = []
    for i, ps in enumerate(parts):
        others = [o for j, o in enumerate(parts) if j != i]
        k = 1
        while k < len(ps) and any(o[-k:] == ps[-k:] for o in others):
            k += 1
        out.append(str(PurePath(*ps[-k:])) if ps else "")
    return out


def tell_apart(entries: Iterable, name: Callable = lambda e: e.title) -> dict[str, list[tuple[str, str]]]:
    """``{entry id: [(fact, value), ...]}`` for the entries whose ``name(entry)`` another entry shares.

    A fact is one of ``title``, ``dates``, ``publisher``, ``built`` (an ISO date), ``folder`` or
    ``file`` (where the kit is: a folder or a ``.presskit`` file; the shortest end of its path that
    tells it apart). A value may be "" for one kit of a group when another has one (a kit with no
    dates beside one with); an entry whose name no other entry shares is not in the result.
    """
    groups: dict[str, list] = {}
    for e in entries:
        groups.setdefault(same_name(name(e)), []).append(e)
    out: dict[str, list[tuple[str, str]]] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        tails = dict(zip((e.id for e in group), place_tails([e.path for e in group])))
        chosen: list[tuple[str, Callable]] = []
        for fact, value in FACTS:
            if len({same_name(value(e)) for e in group}) > 1:
                chosen.append((fact, value))
                if len({tuple(same_name(v(e)) for _f, v in chosen) for e in group}) == len(group):
                    break
        else:
            chosen.append(("place", lambda e: tails[e.id]))
        for e in group:
            out[e.id] = [("file" if e.packed else "folder", v(e)) if f == "place" else (f, v(e))
                         for f, v in chosen]
    return out
