"""Someone unnamed who is "one of its" people, read out or heard by a body: « Le syndicat a lu le témoignage d’un
de ses pêcheurs : « … » », « Le témoignage d’un de ses vaccinateurs a été lu en séance : « … » », « Un de ses
collègues, qui n’a pas souhaité être nommé, a témoigné : « … » », "The union read out the testimony of one of its
fishers: “…”". Nobody is named, but the possessive says whose people they are: the body the clause's subject
names, the body of the person who reads them out, or, in a body's own release with neither, the release's body.

A possessive whose owner is a person of no known body, a State's member states, a meeting's delegates or anything
outside a body's own words gives nothing from here.
"""

from __future__ import annotations

import re

from .bodydoc import not_a_body
from .orgnp import org_np
from .record import State

#: "one of its fishers", « d’un de ses moniteurs », « l’une de leurs infirmières », "one of her instructors"
_ONE_OF_ITS = re.compile(r"(?i)(?<![\w\-])(?:(?:one|some|two|three|several)\s+of\s+(?P<en>its|their|his|her)\s+(?:own\s+)?|"
                         r"(?:d['\u2019]\s*|l['\u2019]\s*)?(?:un|une|deux|trois|plusieurs|certains|certaines)\s+(?:de|d['\u2019])\s*"
                         r"(?P<fr>ses|leurs)\s+(?:propres\s+)?)"
                         r"(?:[a-zà-ÿ\-]+\s+){0,2}?(?P<noun>[a-zà-ÿ\-]{3,}s)(?![\w\-])")
#: people a possessive may not give a body's: its member States, its countries, its governments, its Parties
_NOT_PEOPLE = re.compile(r"(?i)(?:states|états|pays|countries|nations|governments|gouvernements|parties|"
                         r"provinces|regions|régions|cities|villes|villages|ports|companies|entreprises|firms)$")
#: the clause's subject before its verb: "The union read out …", « Le syndicat a lu … », « La Fédération a ensuite lu … »
_SUBJECT = re.compile(r"^\s*(?P<np>(?:The|Le|La|Les|L['\u2019])\s*[^,;:\u201c\u00ab\"]{2,80}?)\s+(?:has\s+|have\s+|had\s+|"
                      r"a\s+|ont\s+|avait\s+|avaient\s+)?(?:then\s+|also\s+|ensuite\s+|aussi\s+|later\s+)?"
                      r"(?:read|reads|lu|lit|lisait|shared|partagé|partage|relayed|relayé|relaie|cited|cité|cite|quoted|"
                      r"published|publié|publie|donné\s+lecture|passed\s+on|transmis)\b")

#: what may stand before the possessive when nothing names its owner: nothing, or the words' own noun (« Le
#: témoignage d’ », "The testimony of", "A letter from")
_OPENS = re.compile(r"^[\s\u00a0]*(?:(?:the|a|an|le|la|l['\u2019]|un|une)\s*(?:testimony|letter|message|words|note|"
                    r"témoignage|lettre|message|mots|paroles)\s*(?:of|from|by|de|d['\u2019]|du)?\s*)?$", re.I)


def body_of_one_of_its(st: State, lead: str, base: int) -> str:
    """The body whose person, "one of its" people, says the words the clause ``lead`` (at ``base``) leads in;
    "" when the possessive's owner is no body the text makes plain."""
    m = _ONE_OF_ITS.search(lead)
    if m is None or _NOT_PEOPLE.search(m.group("noun")):
        return ""
    pre = lead[: m.start()]
    lo = max(pre.rfind(". "), pre.rfind("\n"), pre.rfind(";")) + 1  # (the clause the possessive stands in)
    people = [men for men in st.mentions if base + lo <= men.pos < base + m.start() and men.person.name]
    if people:  # "NAME then read out the testimony of one of her instructors": the body she speaks for
        org = people[-1].person.organisation
        return org if org and not not_a_body(org) else ""
    if m.group("en") in ("his", "her", "His", "Her", "HIS", "HER"):
        return ""  # (someone's, not named in the sentence: whose is not plain)
    subj = _SUBJECT.match(pre[lo:])
    if subj is not None:
        who = org_np(subj.group("np"), st.ctx, base + lo)
        if who is not None and who.org and len(who.org) > 2 and not not_a_body(who.org):
            return who.org  # "The union read out the testimony of one of its fishers": the union
        if who is None:
            return ""  # (a subject that is no body: whose the possessive is is not plain)
    whole = st.doc.text[max(0, base - 300):base + m.start()]  # (the sentence, from before the clause read)
    whole = whole[max(whole.rfind(". "), whole.rfind("\n")) + 1:]
    if not _OPENS.match(pre[lo:]) or not _OPENS.match(whole):
        return ""  # ("Several donors hesitate; one of their delegates …": the possessive is someone else's)
    if st.ctx.doc_org and st.ctx.own_voice and not st.ctx.spoken:
        return st.ctx.doc_org  # « Le témoignage d’un de ses agents a été lu » in the Federation's own release
    return ""

