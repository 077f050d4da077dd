"""A person's gender from the words around a mention: "Ms NAME", "NAME … in his briefcase", « NAME est arrivée ».

:func:`genders_from_context` fills the gender of the mentions (:class:`.mentions.Mention`) found, and marks the
gender a subject's own object pronoun excludes ("NAME asked her to brief …": she is someone else), so
that a later "she said" goes to the person the text points to.
"""

from __future__ import annotations

import re

from .firstnames import first_name_gender
from .kinnouns import kin_gender
from .thinpronoun import possessed_by_another

_TITLE_BEFORE = re.compile(r"(?<![\w.])(Ms|Mrs|Miss|Mme|Mlle|Madame|Mr|Monsieur|M(?=\.))\.?\s+$")
_TITLE_AT = re.compile(r"(Ms|Mrs|Miss|Mme|Mlle|Madame|Mr|Monsieur|M(?=\.))\.?\s+(?=[A-ZÀ-Þ])")


def title_gender(text: str, pos: int) -> str:
    """"f" after "Ms", "Mrs", « Mme »; "m" after "Mr", « M. »; else "" (the title right before a mention)."""
    m = _TITLE_BEFORE.search(text[max(0, pos - 12):pos]) or _TITLE_AT.match(text, pos)
    return "" if m is None else "m" if m.group(1) in ("Mr", "M", "Monsieur") else "f"


#: a French determiner and a person's noun right before a name (« son collègue NAME », « la ministre NAME », « au
#: délégué NAME »): the determiner's gender is the person's (« son » only before a consonant: « son adjointe » is hers)
_DETERMINER_NOUN_BEFORE = re.compile(r"(?<![\w\-\u2019'])(?:(?P<m>le|un|du|au|ce|mon|son(?=[ \u00a0]+[b-df-hj-np-tv-zç]))|"
                                     r"(?P<f>la|une|cette|ma|sa))[ \u00a0]+[a-zà-ÿ][a-zà-ÿ\-]{2,}[ \u00a0]+$")  # (on one line: not a heading's)


def _determiner_gender(text: str, pos: int) -> str:
    m = _DETERMINER_NOUN_BEFORE.search(text, max(0, pos - 40), pos)
    return "" if m is None else "m" if m.group("m") else "f"


def genders_from_context(text: str, mentions: list) -> None:
    """"NAME … in his briefcase" / "NAME …. She walked …": a subject's gender from what follows."""
    for i, mt in enumerate(mentions):  # (in text order)
        titled = title_gender(text, mt.pos) if mt.person.name else ""
        if titled and not mt.person.gender and first_name_gender(mt.person.name) in ("", titled):
            mt.person.gender = titled  # "Ms NAME" after "Sefa NAME": the title says what the first name did not
        if mt.person.name and not mt.person.gender:
            det = _determiner_gender(text, mt.pos)
            if det and first_name_gender(mt.person.name) in ("", det):
                mt.person.gender = det  # « son collègue NAME », « la ministre NAME »: the French noun's gender is his
        if mt.person.name and not mt.person.gender:
            kin = kin_gender(text, mt.pos)
            if kin and first_name_gender(mt.person.name) in ("", kin):
                mt.person.gender = kin  # "Her grandson NAME": the noun's gender is his
        if mt.person.name and not mt.person.gender:
            led = _leading_participle_gender(text, mt.pos)
            if led and first_name_gender(mt.person.name) in ("", led):
                mt.person.gender = led  # « Interrogé sur ce point, l’analyste NAME a … »: the participle agrees with him
        if not mt.subject:
            continue
        end = mt.pos + len(mt.person.name)
        tail = text[end:end + 300]
        stop = _QUICK_END.search(tail)
        sent = tail[: stop.start() + 1] if stop else tail
        nxt = tail[stop.end():] if stop else ""
        own = re.split(r"[:;\u201c\u201d\u201e\u00ab\u00bb\"]", sent)[0]  # the subject's own clause
        # a pronoun after another person's name is that person's business ("NAME has fished here for
        # years, long before NAME2 asked him to …": "him" is NAME; "… a record NAME2 praised in his
        # speech": "his" is NAME2's), so only the words before the next name say something of NAME
        other = next((o.pos - end for o in _following(mentions, i, end + len(sent)) if o.person.name
                      and o.person.name != mt.person.name and o.pos >= end), None)
        if other is not None:
            own, sent = own[:other], sent[:other]
        obj = _OBJECT_PRONOUN.search(own)
        if obj and _RELATIVE_BEFORE.search(own[:obj.start()]):
            obj = None  # « NAME est arrivé …, où l’attendait l’ambassadeur NAME2 »: « l’ » is NAME, the relative's object
        if obj:  # "NAME asked her to brief …", "NAME l’a saluée": she is someone else
            mt.excludes = object_gender(obj)
        if mt.person.gender:
            continue
        poss = re.search(r"\b(his|her|him)\b", sent)
        if obj and poss and poss.start() == obj.start():
            poss = re.compile(r"\b(his|her)\b").search(own, obj.end())  # "gave her his figures": his
            if not poss or poss.group(1) == "her":
                continue
        if poss and re.search(r"(?i)(?<![\w\-])(?:he|she)(?![\w\-])", sent[:poss.start()]):
            continue  # "NAME2 had just left the podium when he took his seat": "his" is the clause's "he"'s
        if poss:  # ("Ms NAME welcomed his offer", "Anna NAME praised his work": his is the object's, not hers)
            g = "m" if poss.group(1) in ("his", "him") else "f"
            if first_name_gender(mt.person.name) in ("", g) and title_gender(text, mt.pos) in ("", g):
                mt.person.gender = g
            continue
        sm = re.match(r"\s*(He|She|Il|Elle|His|Her)\b", nxt)  # ("NAME arrived …. Her deputy, NAME2, …": hers)
        others = other is not None
        if sm and not others and possessed_by_another(text, mt.pos, "m" if sm.group(1) in ("He", "Il", "His") else "f"):
            continue  # "Minister NAME came. His adviser, NAME2, walked me out. He …": NAME's "he" maybe, not NAME2's
        if sm and not others:  # ("NAME met NAME2. He …": the pronoun may be either of them)
            g = "m" if sm.group(1) in ("He", "Il", "His") else "f"
            if first_name_gender(mt.person.name) in ("", g):
                mt.person.gender = g
            continue
        if sm or others:
            continue  # "NAME met NAME2. She told him …": "him" is not NAME
        pm = _FR_PARTICIPLE.match(sent)
        if pm:  # "NAME, ministre de …, est arrivée lundi": the participle agrees with her
            mt.person.gender = "f" if pm.group("p").endswith(("ée", "ées")) else "m"
            continue
        # "NAME arrived …. Beside her sat …": a pronoun in the next sentence before anyone else is named
        lead = re.match(r"\s*\S+((?:\s+[a-zà-ÿ\u2019'\-]+,?){0,6})", nxt)
        om = re.search(r"\b(his|her|him)\b", lead.group(1)) if lead else None
        if om:
            mt.person.gender = "m" if om.group(1) in ("his", "him") else "f"


#: a French sentence's opening participle apposed to the subject named right after its comma, with at most an
#: article and a role noun between (« Interrogé sur ce point, l’analyste NAME », « Arrivée la veille, la juriste
#: NAME », « Sollicité par la presse, NAME »): its agreement is the subject's gender
_LEADING_PARTICIPLE = re.compile(r"(?:^|[.!?][\u201d\u00bb\"']?\s+|\n\s*|\u2014\s+)"
                                 r"(?P<p>[A-ZÀ-Þ][a-zà-ÿ]{3,}(?:é|ée|i|ie|u|ue|is|ise|it|ite))"
                                 r"(?:\s+[^\s,.;:!?«»\u201c\u201d\"]+){0,8}\s*,\s+"
                                 r"(?P<art>(?:l['\u2019]|le\s+|la\s+)[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+)?\s+)?$")


def _leading_participle_gender(text: str, pos: int) -> str:
    """"m" or "f" when the sentence before the mention at ``pos`` opens on a participle apposed to it, else ""."""
    m = _LEADING_PARTICIPLE.search(text[max(0, pos - 160):pos])
    if m is None:
        return ""
    p = m.group("p")
    if p.lower() in _NOT_PARTICIPLES or not (p.endswith(("é", "ée")) or m.group("art")):
        return ""  # ("Despite …, Jane NAME", "Paris, NAME": no accent and no French article, no French participle)
    return "f" if p.endswith(("ée", "ie", "ue", "ise", "ite")) else "m"


#: capitalised words ending like a participle that open a sentence without being one (« Aussi, », « Ici, »)
_NOT_PARTICIPLES = {"aussi", "ainsi", "ici", "celui", "lui", "parmi", "depuis", "puis", "mais", "jamais", "samedi",
                    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "dimanche", "midi", "minuit", "enfin",
                    "voici", "voilà", "quant", "tandis", "selon", "durant", "pendant", "suite", "ensuite",
                    "partie", "année", "journée", "soirée", "matinée", "idée", "assemblée",
                    "armée", "vallée", "tribu", "menu", "vertu", "revenu", "statu", "début", "salut",
                    "hui", "pluie", "vie", "compagnie", "économie", "démocratie", "italie", "russie", "turquie"}


#: a relative pronoun right before an object pronoun (« …, où l’attendait », « …, que l’accueillait »): the
#: relative clause's object is the person the sentence is about, its subject someone named after it
_RELATIVE_BEFORE = re.compile(r"(?:^|[,;]|\s)(?:où|que|qu['\u2019]|dont|lorsque|quand)\s*$")


def object_gender(obj: re.Match) -> str:
    """The gender of the object an :data:`_OBJECT_PRONOUN` match found ("him", « le remercie »: "m"; « l’attendait »:
    "?", a person of either gender)."""
    if obj.group("lx"):
        return "?"  # « l’attendait »: someone the subject awaits, man or woman
    return "m" if obj.group(1) or obj.group("le") or obj.group("lm") else "f"


def _following(mentions: list, i: int, limit: int):
    """The mentions after ``mentions[i]`` (sorted by position) that start before ``limit``."""
    for o in mentions[i + 1:]:
        if o.pos >= limit:
            return
        yield o


#: the stems of French verbs said of a person one awaits, greets, hears or interrupts (« l’attendait »)
_TO_PEOPLE = (r"(?:attend|accueill|écout|interromp|interrompu|rejoin|rejoign|salu|remerci|félicit|interpell|rencontr|"
              r"retrouv|escort|reçoi|reç|recev|invit|interrog|questionn|interview|sollicit)")
# (« NAME l’avait interrogé à la sortie. « … », a-t-il déclaré »: the one questioned answers)
#: an object pronoun: "NAME greeted her warmly", "asked her to", "took him aside", "l’a saluée"
_OBJECT_PRONOUN = re.compile(r"\b(?:(him)\b|(her)\b(?=\s*(?:[.,;:!?]|$|\s+(?:to|and|on|in|at|for|with|about|before|"
                             r"after|as|again|warmly|briefly|that|when|while|into|from|by|aside|up|out|back|his|the|a|"
                             r"an|its|their|some|new|why|how|what|whether|if|once|twice|now|then|directly|publicly|"
                             r"privately|politely|firmly|sharply|personally|repeatedly|immediately|quickly|openly|bluntly)\b)))"
                             # ("had given her his new figures", "asked her why": an object)
                             r"|\bl['\u2019](?:a|avait)\s+[a-zà-ÿ]+(ée|ie|ue)s?\b"  # « l’a saluée / accueillie »
                             # « l’a remercié », « l’avait accueilli »: a man the subject greets (a verb said of people)
                             rf"|\bl['\u2019](?:a|avait)\s+(?P<lm>{_TO_PEOPLE}(?:é|i|u|t)?)(?![\w\-])"
                             # « l’attendait », « l’accueille », « l’écoutait »: someone, of a gender the pronoun hides
                             rf"|(?<!à\s)(?<!de\s)\bl['\u2019](?P<lx>{_TO_PEOPLE}(?:e|es|ent|ait|aient|t|it))(?![\w\-])"
                             r"|\b(?:(?P<le>le)|la)\s+(?:remercie|salue|félicite|interrompt|coupe|invite|reçoit|rejoint|"
                             r"suit|cite|interpelle)\b")  # « NAME la remercie », « NAME le coupe »: someone else
#: "NAME[, apposition,] est arrivée / s’est dit": a French participle that shows the subject's gender
_FR_PARTICIPLE = re.compile(r"^(?:\s*,[^,.;:!?]{0,120},)?\s+(?:est|était|a\s+été|s['\u2019]est|s['\u2019]était)\s+"
                            r"(?:(?:déjà|bien|très|aussi|ensuite|alors)\s+)?(?P<p>[a-zà-ÿ\-]{2,}(?:ée|ées|é|és))\b")


_QUICK_END = re.compile(r"[.!?][\u201d\u00bb\"']?\s+(?=[A-Z\u00c0-\u00de\u201c\u00ab\"])")
