"""A kit's title and organisation when kit.toml does not give them, from what its files share.

Campaign press pages name their files after the organisation ("CMC CCW Newsletter 24 November.pdf",
"CMC General Statement - 15.11.11.pdf") and their documents open with the event ("Fourth Review
Conference of the Convention on Certain Conventional Weapons"). So, for a kit whose kit.toml does
not set them:

* **organisation**: the organisation's acronym most file names begin with (at least 2 names and a
  fifth of the items), spelt out when the top of a document spells it ("Cluster Munition Coalition"
  for CMC); else the author that most documents' metadata name (at least 3 documents and 60 % of
  those with an author);
* **event**: the longest capitalised phrase naming a meeting (conference, summit, session, …) that
  the tops of at least 3 documents and a quarter of them share; else an acronym other than the
  organisation's that several file names share ("CCW");
* **title**: "ORGANISATION — EVENT", "ORGANISATION press kit", "EVENT — press kit", else
  "Press kit (N documents)". Never the folder's name: it is often a scratch folder ("src").

Only the first page's top (the characters the builder already looked at for its date) is read.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePosixPath

from ..model import Item

#: Words that make a phrase the name of an event.
EVENT_WORDS = frozenset("""
conference conferences summit meeting meetings session sessions assembly forum congress convention
negotiations council symposium workshop cop sommet reunion assemblee congres seance colloque cumbre
conferencia asamblea foro congreso
""".split())

#: Short words allowed inside (not at either end of) a capitalised phrase.
_JOINERS = frozenset("of the on for and in to at de la le les des du sur pour et el del las los y en".split())

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_NOT_ORGS = frozenset({"PR", "EN", "FR", "ES", "AR", "RU", "ZH", "DE", "VF", "IMG", "DSC", "FAQ", "PDF",
                       "CV", "TOC", "README", "NEW", "DRAFT", "FINAL", "UPDATE", "UN"})


@dataclass
class Identity:
    """What the builder chose, and why (phrases for the build's report)."""

    title: str
    organisation: str
    title_reason: str
    organisation_reason: str


def _leading_acronyms(items: list[Item]) -> Counter:
    counts: Counter = Counter()
    for it in items:
        first = PurePosixPath(it.path).stem.replace("_", " ").replace("-", " ").split()
        if first and _ACRONYM.match(first[0]) and first[0] not in _NOT_ORGS:
            counts[first[0]] += 1
    return counts


def _name_acronyms(items: list[Item]) -> Counter:
    counts: Counter = Counter()
    for it in items:
        words = set(PurePosixPath(it.path).stem.replace("_", " ").replace("-", " ").split())
        counts.update(w for w in words if _ACRONYM.match(w) and w not in _NOT_ORGS and not w.isdigit())
    return counts


def _phrases(top: str) -> set[str]:
    """Capitalised phrases of two words or more in ``top`` (every sub-phrase; joiners inside only).
    A phrase may run on to the next line (PDF lines wrap) unless that line starts a sentence ("Today
    the delegates…"); it stops at punctuation and digits."""
    out: set[str] = set()
    run: list[str] = []

    def close() -> None:
        while run and run[-1].lower() in _JOINERS:
            run.pop()
        caps = [i for i, x in enumerate(run) if x[0].isupper()]
        for a in caps:
            for b in caps:
                if b > a:
                    out.add(" ".join(run[a:b + 1]))
        run.clear()

    words = list(_WORD.finditer(top))
    for i, m in enumerate(words):
        w = m.group()
        gap = top[words[i - 1].end():m.start()] if i else ""
        if run and (gap.strip() or ("\n" in gap and _starts_sentence(words, i))):
            close()  # punctuation or digits between the words, or a new sentence on the next line
        if w[0].isupper() or (run and w.lower() in _JOINERS):
            run.append(w)
        else:
            close()
    close()
    return out


def _starts_sentence(words: list[re.Match[str]], i: int) -> bool:
    """Whether the capitalised word ``words[i]`` is followed, past joiners, by a lowercase word."""
    for m in words[i + 1:i + 4]:
        w = m.group()
        if w.lower() in _JOINERS:
            continue
        return w[0].islower()
    return False


def _spelt_out(acronym: str, tops: list[str]) -> str | None:
    """"Cluster Munition Coalition" for CMC, when a document's top spells it."""
    want = acronym.upper()
    counts: Counter = Counter()
    for top in tops:
        for ph in _phrases(top):
            caps = [w for w in ph.split() if w[0].isupper()]
            if len(caps) == len(want) and "".join(w[0] for w in caps).upper() == want:
                counts[ph] += 1
    return counts.most_common(1)[0][0] if counts else None


def _event(tops: list[str], items: list[Item], org: str) -> tuple[str, str] | None:
    docs = [t for t in tops if t]
    counts: Counter = Counter()
    for top in docs:
        low = top.lower()
        if not any(w in low for w in EVENT_WORDS):
            continue  # no phrase of it can name an event (most tops of a large kit): skip the phrases
        counts.update(ph for ph in _phrases(top) if EVENT_WORDS & {w.lower() for w in ph.split()})
    need = max(3, len(docs) // 4)
    shared = {ph: n for ph, n in counts.items() if n >= need}
    if shared:
        best = max(shared.values())
        phrase = max((ph for ph, n in shared.items() if n >= 0.6 * best), key=lambda ph: (len(ph), shared[ph]))
        return phrase, f"the top of {shared[phrase]} documents names it"
    acr = [(a, n) for a, n in _name_acronyms(items).most_common() if a != org and n >= max(3, len(items) // 5)]
    if acr:
        return acr[0][0], f"{acr[0][1]} file names share it"
    return None


def _organisation(items: list[Item], tops: list[str], meta_authors: list[str]) -> tuple[str, str] | None:
    lead = _leading_acronyms(items).most_common(1)
    if lead and lead[0][1] >= max(2, len(items) / 5):
        acr, n = lead[0]
        full = _spelt_out(acr, tops)
        return (f"{full} ({acr})" if full else acr), f"{n} file names begin with “{acr}”"
    authors = Counter(a.strip() for a in meta_authors if a and a.strip())
    if authors:
        who, n = authors.most_common(1)[0]
        if n >= 3 and n >= 0.6 * sum(authors.values()):
            return who, f"the author of {n} documents"
    return None


def infer_identity(items: list[Item], tops: list[str], authors: list[str], *, title: str = "",
                   organisation: str = "") -> Identity:
    """The kit's title and organisation: those given (from kit.toml) are kept, the others inferred.

    ``tops``: the top of each document's first page; ``authors``: each document's author metadata.
    """
    org_reason = "kit.toml" if organisation else ""
    if not organisation:
        found = _organisation(items, tops, authors)
        if found:
            organisation, org_reason = found
    if title:
        return Identity(title, organisation, "kit.toml", org_reason)
    short = re.sub(r"^.*\((\w+)\)$", r"\1", organisation) if organisation else ""
    event = _event(tops, items, short)
    docs = sum(1 for it in items if not it.is_photo)
    if short and event:
        return Identity(f"{short} — {event[0]}", organisation, f"{org_reason}; {event[1]}", org_reason)
    if short:
        return Identity(f"{short} press kit", organisation, org_reason, org_reason)
    if event:
        return Identity(f"{event[0]} — press kit", organisation, event[1], org_reason)
    count = docs or len(items)  # a folder of photos only is a kit of photos
    noun = ("document" if docs else "photo") + ("" if count == 1 else "s")
    return Identity(f"Press kit ({count} {noun})", organisation, "no organisation or event the files share",
                    org_reason)


__all__ = ["Identity", "infer_identity"]
