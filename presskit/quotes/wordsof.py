"""Words a speech or an interview cites as someone's, where the verb of saying is no help.

Two forms that statements and interviews use when they quote words said elsewhere:

* the speaker's own earlier words, with the first person after the quotation: "“…”: these were the words I
  used to open the station", « « … » : ce sont les mots que j’ai prononcés », "“…” — so I told the
  plenary": the document's own speaker (or the person who answers, in an interview);
* another person's words named as a noun phrase that stands for "words": "Let me quote others, those of
  NAME, ROLE of ORG, at our bilateral meeting: “…”", « Permettez-moi d’en citer d’autres, ceux de NAME,
  directeur général de l’Agence …, lors de notre réunion : “…” »: that person, with the role and
  organisation of the apposition.
"""

from __future__ import annotations

import re

from .found import CONFIDENCE, Found, State, Unit, from_who
from .possessive import body_before
from .subject import Who, subject_of_clause

#: after the quotation: the speaker says the words were her own ("these were the words I used", « ce sont les
#: mots que j’ai prononcés », "so I told them", « ai-je répété »)
_OWN_AFTER = re.compile(
    r"^[\s,:;\u2014\u2013\-\u00a0\u202f]*(?:(?i:(?:these|those|such|that|this)\s+(?:were|was|are|is)\s+(?:the|my)\s+"
    r"(?:own\s+|very\s+|exact\s+)?(?:words?|phrase|line|sentence|terms)\s+(?:that\s+)?I(?:\s+(?:had|have))?\s+"
    r"(?:used|said|spoke|chose|wrote|uttered|gave|put|told)|so\s+I\s+(?:told|said\s+to)\b)|"
    r"(?i:(?:ce\s+sont|c['\u2019](?:étaient|était|est)|tels\s+(?:sont|étaient)|telle\s+(?:est|était)|voilà|voici)\s+"
    r"(?:les|mes|la|ma)\s+(?:propres\s+|)(?:mots|paroles|termes|phrases?|formules?)\s+(?:exacts?\s+|mêmes\s+)?"
    r"(?:que\s+j['\u2019](?:ai|avais)|dont\s+je\s+me\s+suis\s+servie?|que\s+(?:je\s+)?(?:prononçai|prononçais))))")
#: before the quotation: "those of NAME …:", « ceux de NAME … : » (words, named by the pronoun that stands for
#: them), the clause going on to its colon
_THOSE_OF = re.compile(r"(?:^|[\s,;])(?i:those|ceux|celles)\s+(?i:of|by|from|de|d['\u2019])\s*"
                       r"(?P<np>(?:(?i:the|la|le|l['\u2019])\s*[a-zà-ÿ\-]+\s+)?[A-ZÀ-Þ][^:;\u201c\u00ab\u201e\"\n]{2,220}?)\s*:\s*$")


def own_words_after(st: State, after: str, u: Unit) -> Found | None:
    """“…”: these were the words I used …: the first person who says the words were hers."""
    m = _OWN_AFTER.match(after)
    if m is None:
        return None
    return from_who(st, Who("self", pos=u.end + m.start()), u, (u.start, u.end + m.end()))


def those_of_before(st: State, cur: str, base: int, u: Unit) -> Found | None:
    """…, those of NAME, ROLE of ORG, at our meeting: “…”: the person whose words they are."""
    m = _THOSE_OF.search(re.sub(r"(?<!\n)\n(?!\n)", " ", cur))  # (a PDF's wrapped line is a space)
    if m is None:
        return None
    np = cur[m.start("np"):m.end("np")]
    who = subject_of_clause(np + " said", st.ctx, base + m.start("np"))
    if who is None or who.kind != "person":
        return None
    return from_who(st, who, u, (base + m.start(), u.end))


#: before the quotation: the words a named person gave someone, named as a noun ("the words NAME had confided to
#: her that morning:", « les mots que NAME lui avait confiés : », "the line NAME used at the plenary:")
_WORDS_THAT = re.compile(
    r"(?:^|[\s,;])(?:(?i:the)\s+(?:(?i:very|exact|same)\s+)?(?i:words?|remarks?|line|phrase)(?:\s+(?i:that))?|"
    r"(?i:les)\s+(?i:mots|paroles|propos|termes|phrases)\s+(?i:que|qu['\u2019])|"
    r"(?i:la)\s+(?i:phrase|formule)\s+(?i:que|qu['\u2019]))\s*"
    r"(?P<np>[A-ZÀ-Þ][\w\-\u2019']+(?:\s+[A-ZÀ-Þ][\w\-\u2019']+){0,3})\s+"
    r"(?:(?i:had|has|lui|leur|me|nous|vous|avait|a|m['\u2019]a|m['\u2019]avait|l['\u2019]a|l['\u2019]avait)\s+)*"
    r"(?i:said|told|confided|spoke|used|gave|wrote|sent|chose|whispered|"
    r"(?:dit|confié|adressé|prononcé|écrit|tenu|livré|glissé|choisi|employé)(?:e|s|es)?)(?![\w\-])[^:;\u201c\u00ab\n]{0,80}:\s*$")


def words_that_before(st: State, cur: str, base: int, u: Unit) -> Found | None:
    """…, the words NAME had confided to her that morning: “…”: that person's words, whoever reports them."""
    m = _WORDS_THAT.search(re.sub(r"(?<!\n)\n(?!\n)", " ", cur))  # (a PDF's wrapped line is a space)
    if m is None:
        return None
    who = subject_of_clause(cur[m.start("np"):m.end("np")] + " said", st.ctx, base + m.start("np"))
    if who is None or who.kind != "person":
        return None
    return from_who(st, who, u, (base + m.start(), u.end))


#: the clause before the quotation opens on a body's document by a possessive: "Its note to delegates says",
#: "As its report puts it,", « Son rapport le dit ainsi : », « Selon sa note, »
_ITS_DOCUMENT = re.compile(
    r"^\s*(?:(?i:as|comme|selon|d['\u2019]après|according\s+to)\s+)?(?i:its|their|her|his|sa|son|ses|leur|leurs)\s+"
    r"(?:(?i:own|latest|new|annual|dernière?|nouvelle?|propre)\s+)?(?:[a-zà-ÿ\-]+\s+)?"
    r"(?i:note|notes|report|reports|summary|guide|guidance|study|statement|brief|briefing|paper|review|submission|"
    r"foreword|factsheet|fact\s+sheet|rapport|étude|communiqué|synthèse|bilan|avis|fiche|déclaration|mémoire|"
    r"préface|document)(?![\w\-])[^.;!?\u201c\u00ab]{0,80}$")


def its_document(st: State, cur: str, base: int, prev_start: int, u: Unit) -> Found | None:
    """The Office has offered to host the register. Its note to delegates says “…”: the body the sentence
    before is about, whose document speaks (not the publisher, not a person: "Her report" is none of this)."""
    from .orgsubject import org_subject

    if _ITS_DOCUMENT.match(re.sub(r"\s+", " ", cur)) is None or prev_start >= base:
        return None
    poss = re.match(r"(?i)\s*(?:as\s+|comme\s+|selon\s+|d['\u2019]après\s+|according\s+to\s+)?(?P<p>[a-z]+)\s", cur)
    if poss.group("p").lower() in ("her", "his") or (
            poss.group("p").lower() in ("sa", "son", "ses", "leur", "leurs") and person_before(st, prev_start, base)):
        # "Her report says “…”", « Son rapport » after a sentence about a person: a person's document, which
        # says nothing of a body (and is no body's name): nobody, no organisation
        return Found(cue=True, evidence=(prev_start, u.end))
    org = org_subject(st.doc.text, prev_start, base, st.ctx)
    if org is None or not org[1]:
        # "Q: Is the Office on your side? A: Its report says “…”": no sentence has the body as its subject, but
        # the one before names it (by its short form, whose full name the document gave)
        body = body_before(st.ctx, st.doc.text, base + poss.start("p"))
        return Found("organisation", "", "", body, CONFIDENCE["organisation"], evidence=(prev_start, u.end)) \
            if body else None
    return Found("organisation", "", "", org[1], CONFIDENCE["organisation"], evidence=(org[0], u.end))


def person_before(st: State, lo: int, hi: int) -> bool:
    """Whether someone is named between ``lo`` and ``hi``."""
    return any(lo <= m.pos < hi and m.person.name for m in st.mentions)


#: before the quotation: a person's word or phrase named by its noun and whose it is ("recalled NAME's line, …:", «
#: a rappelé le mot d’Amaryn, qui avait fait réagir le standard : », "quoted the words of NAME:"), the clause going
#: on to its colon with nobody else named
_WORD_OF = re.compile(
    r"(?:^|[\s,;])(?:(?i:le\s+mot|la\s+formule|la\s+phrase|les\s+mots|les\s+paroles|le\s+propos)\s+(?:(?i:de)\s+|(?i:d)['\u2019]\s*)|"
    r"(?i:the\s+(?:words?|line|phrase|remark)\s+of)\s+)"
    r"(?P<np>[A-ZÀ-Þ][\w\-\u2019']+(?:\s+[A-ZÀ-Þ][\w\-\u2019']+){0,3})(?![\w\-])"
    r"(?P<rest>[^:;\u201c\u00ab\u201e\"\n]{0,140}):\s*$")


def word_of_before(st: State, cur: str, base: int, u: Unit) -> Found | None:
    """… a rappelé le mot d’Amaryn, qui avait fait réagir le standard : « … »: that person's words, not those of
    whoever recalls them (and nobody's when the clause names someone else after her)."""
    m = _WORD_OF.search(re.sub(r"(?<!\n)\n(?!\n)", " ", cur))
    if m is None or re.search(r"[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ][a-zà-ÿ]+", m.group("rest")):
        return None
    who = subject_of_clause(cur[m.start("np"):m.end("np")] + " said", st.ctx, base + m.start("np"))
    if who is None or who.kind != "person":
        return None
    return from_who(st, who, u, (base + m.start(), u.end))
