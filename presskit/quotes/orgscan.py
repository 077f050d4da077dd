"""The organisations a document names in running text, as it is read: an organisation with the kind of body it
is ("Health in Exile, a network of doctors"), a State by its possessive or after an office ("Ghana’s ambassador",
"the delegation of Lund"), Title Case and French names (:mod:`.orgruns`), and a release's letterhead in capitals.
:func:`scan_orgs` notes them in the document's :class:`.context.Context`.
"""

from __future__ import annotations

import re

from ..textutil import fold
from .orgruns import ORG_RUN, ORG_RUN_FR
from .people import ORG_WORDS, clean_org, lower_token
from .subject import ORG_HEADS, Context

_POSSESSIVE_STATE = re.compile(r"(?<![\w\-])(?P<org>[A-Z\u00c0-\u00de][\w\-]+)['\u2019]s\s+(?:deputy\s+|vice\s+|foreign\s+|"
                               r"prime\s+|permanent\s+)*(?:ambassador|minister|delegation|delegate|government|"
                               r"representative|envoy|president|proposal|mission|spokesperson)")
_OF_STATE = re.compile(r"(?:ambassad(?:or|eur|rice)|minist(?:er|re)|délégation|delegation|représentant[e]?|"
                       r"representative|mission|gouvernement|government)\s+(?:permanente?\s+)?(?:of|de|du|d['\u2019])\s*"
                       r"(?:la\s+|l['\u2019])?(?P<org>[A-Z\u00c0-\u00de][\w\-]+)(?![\w\-]*\s+[A-Z])")

#: "Health in Exile, a network of doctors …", "Santé en exil, un réseau de médecins …": an organisation and the
#: kind of organisation it is, so that "the network" means it later on
_KIND_OF = re.compile(
    r"(?P<org>(?:[A-Z\u00c0-\u00de][\w\-\u2019']*)(?:[ \t]+(?:(?:of|for|in|on|and|the|de|du|des|en|pour|et|sans|"
    r"d['\u2019]|l['\u2019])[ \t]*)*[A-Z\u00c0-\u00de]?[\w\-]+){0,6}),[ \t]+"
    # (« NAME, a conclu la conférence »: « a » and a past participle are a French verb, not an article)
    r"(?:(?:a(?![ \t]+[a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|i|is|it|ert|erte)[ \t])|an|the|un|une|le|la)(?![\w\-])|l['\u2019])"
    r"[ \t]*"
    r"(?:[a-zà-ÿ\-]+[ \t]+){0,2}?(?P<kind>" + "|".join(ORG_HEADS) + r"|group|groupe|ngo|ong|charity|association)"
    r"(?:[ \t]+(?:of|de|des|du|that|qui|which|founded|fondée?|based|basée?|working|active)\b|[ \t]*d['\u2019]|,)")

#: a document's first line in capitals that names an organisation: its letterhead ("HEALTH IN EXILE - PRESS
#: RELEASE", "RÉSEAU POUR L’AUTONOMIE DES RÉFUGIÉS")
_LETTERHEAD = re.compile(r"^\s*(?P<name>[^\W\d_][^\n\u2014\u2013:|]{2,80}?)(?:\s+[\-\u2014\u2013|]\s+[^\n]*|\s*:\s*[^\n]*)?"
                         r"[ \t]*\n")
_SMALL = {"of", "for", "in", "on", "and", "the", "at", "de", "du", "des", "pour", "en", "et", "sur", "la", "le", "les"}


def letterhead_org(text: str) -> str:
    """The organisation a document's letterhead names, in its usual case, or ""."""
    m = _LETTERHEAD.match(text)
    if m is None or not m.group("name").isupper():
        return ""
    words = m.group("name").split()
    if len(words) > 8 or any(w in ("PRESS", "RELEASE", "COMMUNIQUÉ", "STATEMENT", "DÉCLARATION", "EMBARGO",
                                   "EMBARGOED") for w in words):
        return ""
    heads = set(ORG_HEADS) | {"group", "groupe", "network", "foundation", "fondation", "association", "ngo", "ong"}
    if not any(re.split(r"['\u2019]", lower_token(w))[-1] in heads for w in words) \
            and fold(m.group("name")) not in fold(text[m.end():m.end() + 3000]):
        return ""  # capitals that name no organisation, and that the document does not repeat
    french = any(w.lower() in ("pour", "des", "du", "de", "la", "le") or re.match(r"[LD]['\u2019]", w) for w in words)
    if french:  # French names are written in sentence case
        low = m.group("name").lower()
        return low[:1].upper() + low[1:]
    return " ".join(w.lower() if i and w.lower() in _SMALL else "-".join(p.capitalize() for p in w.split("-"))
                    for i, w in enumerate(words))


def scan_orgs(seg: str, base: int, ctx: Context) -> None:
    for m in _KIND_OF.finditer(seg):
        org = clean_org(m.group("org"))
        if org and not any(lower_token(w) in _SMALL for w in org.split()[:1]):
            ctx.kinds.append((base + m.start(), fold(m.group("kind")), org))
    for m in _POSSESSIVE_STATE.finditer(seg):
        ctx.states.add(m.group("org"))
        ctx.orgs_seen.append((base + m.start(), m.group("org")))
    for m in _OF_STATE.finditer(seg):
        ctx.states.add(m.group("org"))
        ctx.orgs_seen.append((base + m.start(), m.group("org")))
    taken: list[tuple[int, int]] = []
    for rx in (ORG_RUN, ORG_RUN_FR):
        for m in rx.finditer(seg):
            name = re.sub(r"^(?:An?|Une?)\s+", "", clean_org(m.group()))  # "An Agency spokesperson": no name
            if any(a <= m.start() < b for a, b in taken):
                continue  # "Union sent …" inside "The Harbour Pilots Union sent …": the English name holds it
            if "\n" in m.group() and not any(lower_token(w) in ORG_WORDS for w in name.split()):
                continue  # a table read cell by cell, "NAME ¶ Chief Fire Officer, …": a person's cell, then his role's
            if len(name.split()) >= 2:
                taken.append(m.span())
                ctx.orgs_seen.append((base + m.start(), name))
