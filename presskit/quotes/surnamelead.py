"""The surname a sentence opens on as its subject ("Okonkwo, the network's legal adviser, expects …", « Mme
SURNAME a reconnu … »): read by :func:`.found.pronoun_found` for a pronoun whose paragraph opens on a surname alone,
which the kit completes to a full name.
"""

from __future__ import annotations

import re

from .context import names_a_state
from .nounforms import PLURAL_VERB_AFTER
from .people import lower_token
from .personphrase import _surname_like
from .record import State, Unit
from .vocab import STOP_CAPS

#: a sentence's first word, capitalised, then its verb (or an apposition between commas, then its verb)
_SURNAME_LEAD = re.compile(r"(?m)(?:^|[.!?\u201d\u00bb]\s+)(?:\d{1,2}[:h.]\d{2}\s*[\u2014\u2013-]\s*|[QA]\s*:\s*)?(?P<tok>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)"
                           r"(?:,\s+(?!(?:which|where|that|où|lequel|laquelle|we|i|you|they|he|she|it|nous|je|vous|ils|elles|il|elle|on)\b)[a-zà-ÿ][^,.;:!?\u201c\u00ab]{2,120},\s+|\s+)(?P<next>[a-zà-ÿ][\w\u2019'\-]*)")


#: a title of address right before a surname ("M.", "Mme", "Dr", "Mr."): no part of what ends the sentence before
_HONORIFIC_END = re.compile(r"(?<![\w\-])(?:M|Mr|Mrs|Ms|Dr|Mme|Mmes|Mlle|Me|Pr|Prof)\.?[ \t\u00a0]+$")


def surname_lead(st: State, lo: int, hi: int) -> tuple[int, str] | None:
    """The surname a sentence of ``text[lo:hi]`` opens on as its subject (the last such): (where, surname)."""
    found = None
    for m in _SURNAME_LEAD.finditer(st.doc.text, lo, hi):
        tok, nxt = m.group("tok"), m.group("next")
        before = st.doc.text[max(0, m.start("tok") - 40):m.start("tok")]
        before = _HONORIFIC_END.sub("", before)  # « Mme SURNAME a reconnu »: the sentence opens on her; « ce que M.
        # SURNAME a regretté »: the title's dot ends no sentence
        if before.strip() and not re.search(r"(?:[.!?:\u201d\u00bb]\s*|\n\s*\n\s*|\d[:h.]\d\d\s*[\u2014\u2013-]\s*)$", before):
            continue  # a PDF line that goes on with the sentence before ("Rukmini Tessier-¶Ngata, in January")
        if not _surname_like(tok) or tok in st.ctx.states or tok in st.ctx.org_names or lower_token(tok) in STOP_CAPS \
                or lower_token(nxt) in ("of", "de", "du", "des", "and", "et") or names_a_state(tok, st.doc.text) \
                or re.search(r"(?:ed|ing|ly)$", tok) or re.search(rf"(?<![\w\-]){re.escape(tok.lower())}(?![\w\-])", st.doc.text) \
                or PLURAL_VERB_AFTER.match(st.doc.text, m.end("tok")):
            continue  # "Dravonia, which runs the dam, …", "Monday, the last day, …", "Asked whether …", "Locals call …": nobody
        found = (m.start("tok"), tok)
    return found


#: a question asked with no one named to answer it: "had asked what …", "asked whether", « avait demandé si »
_ASKED_WHAT = re.compile(r"(?i)(?<![\w\-])(?:(?:had\s+|has\s+)?asked|a\s+demandé|avait\s+demandé)\s+(?:what|whether|how|why|"
                         r"when|where|who|which|if|si|ce\s+que|ce\s+qu['\u2019]|comment|pourquoi|quand|qui|quel(?:le)?s?)\b")


def asked_before_the_words(text: str, at: int, u: Unit) -> bool:
    """Whether the sentence opening at ``at`` (the surname a paragraph's last sentence opens on) runs to the quotation
    and asks a question of no one named, while the quotation itself asks none: its answer is someone else's."""
    sent = text[at:u.start]
    if re.search(r"[.!?][\s\u00a0\u202f]+(?=[A-ZÀ-Þ])", sent.rstrip(" \t\n\u00a0\u202f\u201c\u00ab\"")[:-1]):
        return False  # (another sentence between)
    asks = [m for m in _ASKED_WHAT.finditer(sent)
            if not re.search(r"(?i)(?:(?<![\w\-])(?:was|were|is|are|been|being|got|gets)|,)\s*$", sent[:m.start()])
            or not m.group().lower().startswith("asked")]
    # ("SURNAME, leaving the session, was asked whether …", "SURNAME, asked whether …, laughed": the one asked)
    return bool(asks) and not u.text.rstrip(" \u00a0\u202f").endswith("?")
