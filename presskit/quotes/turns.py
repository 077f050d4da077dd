"""Turns of phrase around a quotation that say who speaks without the classic "NAME said".

Before it: ``Said NAME: “…”`` (the verb first), ``Her verdict: “…”`` / « Son verdict : « … » » (a
possessive: the person of the paragraph), ``Même son de cloche chez NAME, pour qui « … »`` / ``NAME, for
whom “…”``. After it: ``“…” That was NAME, speaking on Tuesday`` / « … » : c’est en ces termes que NAME …,
and ``“…,” NAME recalled her grandmother saying`` (someone else's words: nobody named). Two people named
together as the subject (``NAME and NAME2 said in a joint statement``, « ont déclaré NAME et NAME2 ») are
nobody singled out.
"""

from __future__ import annotations

import re

from .found import CONFIDENCE, Found, State, Unit, from_who, pronoun_found
from .cues import say_verbs
from .people import NAMERUN, ORG_WORDS, lower_token
from .subject import Who, classify_np, person_np, subject_of_clause

#: "Said NAME:", "Added the minister:", « Et d’ajouter : » is handled as a subject elsewhere
_VERB_FIRST = re.compile(r"^\s*(?:Said|Says|Added|Adds|Warned|Replied|Answered|Asked)\s+(?P<np>[^,;:\u201c\u00ab\"]{2,80}?)"
                         r"\s*[:,]\s*$")
#: "Her verdict:", "His answer:", « Son verdict : », « Sa réponse : »
_POSSESSIVE_WORDS = re.compile(r"(?:^\s*|[.!?]\s+)(?P<p>Her|His|Son|Sa)\s+(?:(?:final|short|only|blunt|first|dernier|"
                               r"dernière|seule?)\s+)?(?:verdict|answer|reply|response|message|conclusion|advice|warning|"
                               r"reaction|réponse|conseil|réaction|avertissement|mot\s+de\s+la\s+fin)\s*:\s*$")
#: a body, then its own relative clause of saying that ends on "that": "by the Sahel Society of Lung Medicine,
#: which warned in a paper that", « par la Société sahélienne de pneumologie, qui a averti dans une note que »;
#: also the body whose guidance or advice the sentence welcomes: "the guidance of the X Office, which says that"
_BODY_WHICH_SAID = re.compile(r"(?<![\w\-])(?:by|par|from|with|avec|of|de|du|des|to|au|aux|à)\s+(?P<np>(?:(?i:the|la|le|les)\s+|[lL]['\u2019]\s*)?[A-ZÀ-Þ][^,;:\u201c\u00ab\"]{2,90}?)\s*,\s*"
                              r"(?P<rel>(?:which|that|qui)\s+[^,;:.!?\u201c\u00ab\"]{2,160}?)\s(?:that|que|qu['\u2019])\s*$")
#: « Le mot de la fin revient à NAME, ROLE : », « Laissons le dernier mot à NAME : », "The last word went to NAME,
#: ROLE:", "The final word belongs to NAME:": the one given the word speaks
_LAST_WORD = re.compile(r"(?:^|[.!?]\s+)(?:(?i:le\s+(?:mot\s+de\s+la\s+fin|dernier\s+mot))\s+(?:revient|est\s+revenu|"
                        r"reviendra|appartient|est\s+allé)\s+à|(?i:laissons|laissez|on\s+laisse)\s+le\s+(?:mot\s+de\s+la\s+"
                        r"fin|dernier\s+mot)\s+à|(?i:the\s+(?:last|final)\s+word)\s+(?:goes|went|belongs|belonged|"
                        r"fell|falls)\s+to|(?i:we\s+leave|let\s+us\s+leave|I\s+leave)\s+the\s+(?:last|final)\s+word\s+"
                        r"to)\s+(?P<np>[^:;\u201c\u00ab\"]{2,160}?)\s*:\s*$")
#: "chez NAME, pour qui « … »", "NAME, for whom “…”"
_FOR_WHOM = re.compile(rf"(?P<name>{NAMERUN})\s*,?\s*(?:pour|selon)\s+qui\s*$|(?P<en>{NAMERUN})\s*,?\s*for\s+whom\s*$")
#: "That was NAME, speaking …", « C’était NAME », « c’est en ces termes que NAME a … »
_THAT_WAS = re.compile(rf"^[\s:,]*(?:(?:That|This)\s+was|C['\u2019](?:était|est))\s+(?P<np>[^,;.!?]{{2,80}}?)(?=\s*[,.;]|\s+"
                       rf"(?:speaking|talking|at|in|on|qui|lors|devant)\b)|^[\s:,]*(?i:c['\u2019]est)\s+(?:en\s+ces\s+termes|"
                       rf"par\s+ces\s+mots|avec\s+ces\s+mots|ainsi)\s+qu(?:e\s+|['\u2019]\s*)(?P<name>{NAMERUN})")
#: the paragraph after a quotation that stands alone says whose words they were, by a noun of words: "The line
#: of the morning was from NAME, ROLE", "This quote is from NAME", « Cette phrase est de la ROLE, NAME, … »,
#: « La phrase de la matinée est venue de NAME, … », « Ces mots sont de NAME »: the person the noun phrase names
_WORDS_FROM = re.compile(
    r"^[\s:,]*(?:(?:The|This|That|These|Those)\s+(?:(?:whole|last|first|best|same|strongest|sharpest)\s+)?"
    r"(?:line|lines|sentence|phrase|quote|quotation|words|remark|comment|retort)(?:\s+of\s+the\s+"
    r"(?:day|morning|afternoon|evening|night|week|session|debate|meeting))?\s+(?:was|is|were|are|came|comes)\s+"
    r"(?:from|by)|(?:Cette|Ces|La|Les)\s+(?:(?:dernière|première|meilleure|même)\s+)?(?:phrase|phrases|formule|"
    r"citation|mots|paroles|réplique)(?:\s+(?:du|de\s+la|de\s+l['\u2019])\s*(?:jour|matinée|matin|après-midi|"
    r"soirée|soir|semaine|séance|débat|réunion))?\s+(?:est|était|sont|étaient|(?:est|sont)\s+venue?s?|vient|"
    r"viennent|venait)\s+(?:de|d['\u2019]|du))(?=\s)")
#: the next paragraph, when it opens on _WORDS_FROM
WORDS_FROM_NEXT = re.compile(r"\s*(?=" + _WORDS_FROM.pattern[1:] + r")[^\n]{0,400}")
#: where the noun phrase after _WORDS_FROM stops: a relative clause, a parenthesis or the end of its sentence
_NP_STOP = re.compile(r",\s*(?:who|whose|which|qui|dont|où|where)\s|\s\(|[.;!?:](?:\s|$)")

#: "NAME recalled her grandmother saying", « NAME se souvient de sa mère disant »: someone else's words
_RECALLED_SAYING = re.compile(r"^[\s,]*[^.;:!?]{0,80}?\b(?:(?:recalled|remembered|remembers|recalls|se\s+souvient\s+de)\s+"
                              r"(?:her|his|their|a|an|the|sa|son|ses|un|une)\s+(?:[\w\-]+\s+){1,3}?(?:saying|disant|qui\s+"
                              r"disait)|(?:quoting|citing|citant)\s+(?:her|his|their|a|an|the|sa|son|ses|un|une)\s)", re.I)

#: a body's text as the source: "“…,” a statement from the Coalition read", "“…,” the Network’s leaflet says",
#: « … », peut-on lire dans le communiqué de la Coalition / lit-on sur la banderole du Réseau
_TEXT_READ = re.compile(r"^[\s,]*(?:(?:(?i:a|an|the|its|their|one)\s+)?(?:(?P<owner>[^,;.!?\u201c\s][^,;.!?\u201c]{1,60}?)['\u2019]s\s+)?"
                        r"(?:[\w\-]+\s+){0,2}?(?i:statement|leaflet|communiqué|release|letter|note|text|message|post|"
                        r"flyer|brochure|memo|email|e-mail|update|bulletin)s?(?:\s+(?:from|by|of|issued\s+by)\s+(?P<body>[^,;.!?\u201c]{2,80}?))?"
                        r"(?:\s+(?i:to|for)\s+(?:its\s+|their\s+|the\s+|all\s+)?(?i:members|delegates|delegations|journalists|"
                        r"reporters|supporters|partners|subscribers|press))?\s+(?:read|reads|"
                        r"says|said|stated|states)\b|(?i:peut-on\s+lire|lit-on|pouvait-on\s+lire)\s+(?:dans|sur)\s+"
                        r"(?P<fr>[^,;.!?\u00ab]{2,100}))")

#: whom a French note was sent to, after its body: « aux membres », « à ses partenaires »
_TO_READERS = re.compile(r"\s+(?:aux|à\s+ses|à\s+leurs|à\s+nos|à\s+tous\s+les)\s+(?:membres|délégués|délégations|journalistes|"
                         r"sympathisants|partenaires|abonnés|adhérents)\s*$")

#: a person heard saying it: "I also heard Professor NAME of X say in Tarlesse yesterday:", « j’ai entendu NAME,
#: de X, dire hier : », "I listened to NAME explain:", and before "that" / « que » ("I heard one of the X delegates
#: say in the corridor that “…”"): the person heard, not the one who heard her
_HEARD_SAY = re.compile(r"(?:^|\s)(?i:heard|hear|hears|listened\s+to|listen\s+to|watched|saw|entendu|écouté|vu|entends|"
                        r"écoute)\s+(?P<np>[^:;.!?\u201c\u00ab]{3,140}?),?\s+(?i:say|tell|explain|warn|put\s+it|declare|"
                        r"argue|insist|dire|déclarer|expliquer|affirmer|lancer|répéter|prévenir|rappeler)\b[^:;.!?"
                        r"\u201c\u00ab]{0,80}(?::|\s(?i:that|que)|\s(?i:qu)['\u2019])\s*$")

#: a body's verdict: « Pour le Réseau des pêcheurs, qui …, c’est « … » », "For the Network, it is “…”"
_FOR_BODY = re.compile(r"(?:^\s*|[.!?]\s+)(?i:pour|for|selon|according\s+to)\s+(?P<np>(?i:le|la|les|the)\s+[^,;:.!?]{2,100}?|"
                       r"l['\u2019][^,;:.!?]{2,100}?)\s*,(?:\s*(?:qui|which|who|dont)\s[^;:.!?]{0,160}?,)?\s*(?i:c['\u2019]est|"
                       r"c['\u2019]était|ce\s+(?:sera|fut|serait)|it\s+(?:is|was)|this\s+(?:is|was)|that\s+(?:is|was))\s*$")

#: words read out or quoted from someone else: "Minister NAME quoted a letter from a mother:", « a cité la lettre
#: d’une mère : », "read out a message from NAME:": whose words they are, not the reader's
_QUOTED_FROM = re.compile(r"(?<![\w\-])(?i:quoted|quotes|cited|cites|read\s+out|reads\s+out|read\s+from|a\s+cité|cite|citait|"
                          r"a\s+lu|lit|a\s+relu)\s+(?:(?i:a|an|the|her|his|their|la|le|les|une|un|sa|son|ses|leur)\s+)?"
                          r"(?i:letter|message|note|poem|text|words|lettre|mot|message|poème|texte|mots|paroles)\s+"
                          r"(?i:from|of|by|de|d['\u2019]|du|des)\s*(?P<np>[^:;.!?\u201c\u00ab]{2,100}?)\s*:\s*$")

#: what the subject of a relative clause called the thing just named: "a compromise that the Kaldorian delegation
#: called “…”", « un texte que la délégation kaldorienne a qualifié de « … » »: that subject, not the sentence's
_CALLED_IN_RELATIVE = re.compile(r"(?<![\w\-])(?:that|which|what|que|qu['\u2019])\s*(?P<np>[^,;:.!?\u201c\u00ab\"]{2,80}?)\s+"
                                 r"(?:(?:had|has|have|a|avait|ont|avaient)\s+)?(?:(?:immediately|quickly|already|aussitôt|"
                                 r"déjà|vite)\s+)?(?:called|branded|termed|described|dismissed|qualifiée?s?|"
                                 r"décrite?s?)(?:\s+(?:it|them|as|de|d['\u2019]|comme))*[\s\u00a0\u202f]*$", re.I)

#: two people named together: "Grace Mensah-Uhl and Omar Haddad-Lind", « NAME et NAME2 »
_TWO = re.compile(rf"(?P<a>{NAMERUN})\s*,?\s+(?:and|et|&)\s+(?P<b>{NAMERUN})")


def joint(clause: str) -> bool:
    """Whether the clause's verb of saying has two people named together, right before or after it, for its
    subject."""
    verbs = say_verbs(clause)
    if not verbs:
        return False
    for m in _TWO.finditer(clause):
        names = [m.group("a").split(), m.group("b").split()]
        if all(len(n) >= 2 and not any(lower_token(w) in ORG_WORDS for w in n) for n in names) and any(
                0 <= v.start() - m.end() <= 30 or 0 <= m.start() - v.end() <= 25 for v in verbs):
            return True
    return False


def before(st: State, cur: str, base: int, u: Unit) -> Found | None:
    span = (base, u.end)
    m = _HEARD_SAY.search(cur)
    if m is not None:  # "I also heard NAME of X say …:"
        who = person_np(m.group("np"), st.ctx.known, base + m.start("np"))
        who = who if who is not None and who.kind == "person" else classify_np(m.group("np"), st.ctx, base + m.start("np"))
        if who is not None and who.kind in ("person", "org", "unnamed"):
            return from_who(st, who, u, span)
    m = _VERB_FIRST.match(cur)
    if m is not None:
        return from_who(st, classify_np(m.group("np"), st.ctx, base + m.start("np")), u, span)
    m = _QUOTED_FROM.search(cur)
    if m is not None:  # "NAME quoted a letter from a mother:": the mother's words, nobody named
        who = person_np(m.group("np"), st.ctx.known, base + m.start("np"))
        who = who if who is not None and who.kind == "person" else classify_np(m.group("np"), st.ctx, base + m.start("np"))
        if who is None or who.kind not in ("person", "org", "unnamed"):
            who = Who("unnamed", pos=base + m.start("np"))
        return from_who(st, who, u, span)
    m = _FOR_BODY.search(cur)
    if m is not None:  # « Pour le Réseau …, c’est « la moitié d’une victoire » »
        who = classify_np(m.group("np"), st.ctx, base + m.start("np"))
        if who is not None and who.kind in ("org", "publisher", "person") and (who.org or who.name):
            return from_who(st, who, u, span)
    m = _POSSESSIVE_WORDS.search(cur)
    if m is not None:
        p = m.group("p").lower()
        return pronoun_found(st, u, "f" if p == "her" else "m" if p == "his" else "", span)
    m = _BODY_WHICH_SAID.search(cur)
    if m is not None and say_verbs(m.group("rel")):  # "echoed by the X Society, which warned in a paper that"
        who = classify_np(m.group("np"), st.ctx, base + m.start("np"))
        if who is not None and who.kind == "org" and who.org:
            return from_who(st, who, u, span)
    m = _LAST_WORD.search(cur)
    if m is not None:  # « Le mot de la fin revient à NAME, ROLE : », "The last word went to NAME, ROLE:"
        who = classify_np(m.group("np"), st.ctx, base + m.start("np"))
        if who is not None and who.kind in ("person", "org", "unnamed"):
            return from_who(st, who, u, span)
    m = _CALLED_IN_RELATIVE.search(cur)
    if m is not None:  # "a compromise that the Kaldorian delegation called “…”"
        who = classify_np(m.group("np"), st.ctx, base + m.start("np"))
        if who is not None and who.kind in ("person", "org", "unnamed", "publisher"):
            return from_who(st, who, u, span)
    m = _FOR_WHOM.search(cur)
    if m is not None:
        name = m.group("name") or m.group("en")
        return from_who(st, person_np(name, st.ctx.known, base + m.start()), u, span)
    return None


def after(st: State, after: str, u: Unit) -> Found | None:
    span = (u.start, u.end + len(after))
    if _RECALLED_SAYING.match(after) is not None or joint(after[:160]):
        return Found("unnamed", confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
    m = _TEXT_READ.match(after)
    if m is not None and (m.group("owner") or m.group("body") or m.group("fr")):  # a body's statement or leaflet
        key = "owner" if m.group("owner") else "body" if m.group("body") else "fr"
        np = after[m.start():m.end(key)].strip(" ,\n") if key == "owner" else m.group(key)  # ("the Network")
        np = _TO_READERS.sub("", np) if key == "fr" else np  # « la note de la coalition aux membres »: the note
        who = classify_np(np, st.ctx, u.end + m.end(key) - len(np))
        if who is not None and who.kind in ("org", "publisher", "unnamed") and who.org and not who.name:
            return from_who(st, who, u, span)
    m = _WORDS_FROM.match(after)
    if m is not None:  # “…” ¶ The line of the morning was from NAME, ROLE: that person, or nobody
        rest = after[m.end():]
        stop = _NP_STOP.search(rest)
        np = rest[:stop.start() if stop is not None else len(rest)].rstrip(" ,")
        who = subject_of_clause(np + ", said", st.ctx, u.end + m.end())
        if who is not None and who.kind == "person" and who.name:
            return from_who(st, who, u, span)
        return Found("unnamed", confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
    m = _THAT_WAS.match(after)
    if m is not None:
        np = m.group("np") or m.group("name")
        who = person_np(np, st.ctx.known, u.end + m.start()) if m.group("name") else classify_np(
            np, st.ctx, u.end + m.start())
        if who is not None and who.kind in ("person", "org", "unnamed"):
            return from_who(st, who, u, span)
    return None
