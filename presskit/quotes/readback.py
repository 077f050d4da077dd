"""Who a reference back means when the text gives two candidates: a pronoun in a paragraph that opens on that
pronoun and then names someone only as met or spoken with ("She was less diplomatic after a word with NAME2.
‘…,’ she said": not NAME2), and a surname two people share, told apart by the role noun the text uses for one of
them (« Le guide, lui, reste sceptique. « … », a dit Varganesh »). ``st`` is the finder's
:class:`~presskit.quotes.found.State`.
"""

from __future__ import annotations

import re

from ..textutil import fold
from .layout import name_across_lines
from .people import ROLE_TITLES, ROLE_WORDS, lower_token


def named_after_own_pronoun(st, p, para_start: int, end: int, want: str) -> bool:
    """Whether the paragraph names ``p`` only as an object, after opening a sentence on the pronoun itself."""
    here = [m for m in st.mentions if m.person is p and para_start <= m.pos < end]
    return bool(here) and want in ("f", "m") and not any(m.subject for m in here) and \
        _OWN_PRONOUN[want].search(st.doc.text, para_start, here[0].pos) is not None


#: the pronoun as a sentence's subject, also after a short lead ("Later she sat …", « Plus tard, elle … »)
_OWN_PRONOUN = {g: re.compile(rf"(?m)(?:^|[.!?\u201d\u00bb]\s+)(?:[A-ZÀ-Þ][\w\-]*(?:\s+[\w\-]+)?,?\s+)?(?:{w})\b") for g, w in
                (("f", "[Ss]he|[Ee]lle"), ("m", "[Hh]e|[Ii]l"))}


def namesake_by_role(st, surname: str, u) -> str:
    """Of two people who share ``surname``, the one whose role noun the quotation's paragraph uses as a definite
    subject before it ("The guide, for his part, …", « Le guide, lui, … »); "" when no noun tells them apart."""
    names = [n for n in st.ctx.known.namesakes(surname) if len(n.split()) > 1]
    if len(names) < 2:
        return ""
    lo = st.doc.paragraph(u.start)[0]  # after the last time either was named in full: a later reference, not her introduction
    lo = max([lo] + [m.end() for n in names for m in re.finditer(name_across_lines(n), st.doc.text[:u.start])])
    nouns = {fold(m.group(1))[:6] for m in _DEFINITE_NOUN.finditer(st.doc.text[lo:u.start])}
    if not nouns:
        return ""
    text = st.doc.text[:u.start]

    def described(n: str) -> set[str]:  # the words right around the full name: "La ministre NAME", "NAME, guide de …"
        near = " ".join(re.split(r"[.!?;\n]", text[max(0, m.start() - 40):m.start()])[-1] + " " +
                        re.split(r"[.!?;\n]", text[m.end():m.end() + 40])[0] for m in re.finditer(name_across_lines(n), text))
        return {fold(w)[:6] for w in re.findall(r"[^\W\d_]{4,}", near + " " + st.ctx.known.role_of(n))}

    fits = [n for n in names if nouns & described(n)]
    return fits[0] if len(fits) == 1 else ""


#: a definite noun that opens a sentence: "The guide", « Le guide », « La ministre »
_DEFINITE_NOUN = re.compile(r"(?:^|[.!?\u00bb\u201d]\s+)(?:The|Le|La|L['\u2019])\s*([a-zà-ÿ\-]{4,})\b")


#: a full name the text sets apart from a namesake: "Minister SURNAME — no relation to NAME, the …", « la ministre
#: SURNAME (aucun lien avec NAME) »
_NO_RELATION = r"(?i:no\s+relation\s+(?:to|of)|unrelated\s+to|not\s+to\s+be\s+confused\s+with|aucun\s+lien(?:\s+de\s+parenté)?\s+avec|sans\s+(?:aucun\s+)?lien(?:\s+de\s+parenté)?\s+avec)"


def set_apart(text: str, full: str, at: int) -> str:
    """The titled namesake a bare surname means when the text named ``full`` only to say he is no relation of someone
    of that surname ("Home Affairs Minister SURNAME — no relation to FULL, the lifeguard … — promised …. “…,”
    SURNAME said"): that namesake's title and surname, as written before ("Home Affairs Minister SURNAME"); ""
    when ``full`` was not named so before ``at``."""
    surname = full.split()[-1]
    whole = re.escape(full) if " " in full else rf"[A-ZÀ-Þ][\w\-]+\s+{re.escape(surname)}"  # (a bare surname: any namesake)
    apart = list(re.finditer(rf"{_NO_RELATION}\s+{whole}(?![\w\-])", text[:at]))
    if not apart:
        return ""
    titled = list(re.finditer(rf"(?P<t>(?:[A-ZÀ-Þ][\w\-\u2019']+\s+){{1,4}}){re.escape(surname)}(?![\w\-])",
                              text[max(0, apart[-1].start() - 200):apart[-1].start()]))
    if not titled or not any(lower_token(w) in ROLE_WORDS | ROLE_TITLES for w in titled[-1].group("t").split()):
        return ""  # (a first name before the surname is the namesake in full, not a title)
    return titled[-1].group(0).strip()
