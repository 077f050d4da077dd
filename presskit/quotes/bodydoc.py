"""A body's document as the sayer of the clause before a quotation: "The Secretariat's progress report, out on
Monday, states that “…”", "the X Federation, whose written submission states that “…”", "A paper from the X
Institute found that “…”", "The X Network, in its opening note, speaks of “…”", « Le rapport d’étape du
Secrétariat X indique que « … » », « Le Réseau X, dans sa note d’ouverture, parle d’une « … » ». The words are the
document's, and a document speaks for the body whose document it is: nobody, that organisation.
A body's statement is such a document: "The X Coalition, an alliance of …, said in a statement that “…”", "The X
have put out a short statement: “…”", "the Agency’s statement to the plenary was read by a deputy: “…”".

Only a body named by its name counts (a Title Case name holding a word of a body's kind, or a short form the
document gave in full before); a State, a meeting, a person or a document with no body ("The report states")
give nothing from here, and a quotation the clause gives to someone else ("states that NAME told …") is none of
this: the clause must run from the document to its verb, and the verb to the quotation, with nobody between.
"""

from __future__ import annotations

import re

from .context import Context
from .people import ORG_WORDS, lower_token
from .possessive import _written_in_full
from .record import CONFIDENCE, Found, State, Unit

#: a body's name: Title Case words, the small words of a name between them ("Federation of Wetland
#: Communities", « Guilde des armateurs côtiers » in French, whose words after the first are lower case)
_BODY = (r"(?P<body>[A-ZÀ-Þ][\w\-'\u2019]+(?:[ \t]+(?:(?:of|for|on|and|the|de|du|des|la|le|et|pour|sur|en|"
         r"d['\u2019]|l['\u2019])[ \t]*)*[A-ZÀ-Þa-zà-ÿ][\w\-'\u2019]*){0,7}?|(?<=the )(?:[a-z]+['\u2019][ \t]+)?[a-z]{4,}|(?<=[Ll]e |[Ll]a )[a-zà-ÿ]{4,}(?=[ \t]+(?:de|du|des|d['\u2019])[ \t]*"
         r"(?:la[ \t]+|l['\u2019][ \t]*)?[A-ZÀ-Þ])(?:[ \t]+(?:(?:de|du|des|la|le|d['\u2019]|l['\u2019])[ \t]*)*[A-ZÀ-Þ][\w\-'\u2019]*){1,4})")
#: a document a body puts out
_DOC_EN = (r"(?:(?:own|latest|new|annual|final|written|technical|progress|opening|closing|position|policy|briefing|background|"
           r"short|interim|draft|first|second|third)\s+){0,3}(?:report|submission|paper|note|briefing|brief|study|"
           r"review|summary|factsheet|fact\s+sheet|leaflet|memo|memorandum|assessment|analysis|survey|update|bulletin|"
           r"newsletter|guidance|charter|position)")
_DOC_FR = (r"(?:rapport|note|contribution|étude|synthèse|bilan|avis|fiche|mémoire|document|analyse|enquête|"
           r"bulletin|lettre|dossier|communiqué|déclaration|tract|charte)(?:\s+(?:d['\u2019]\s*(?:étape|ouverture|"
           r"information|orientation|analyse)|de\s+(?:synthèse|position|clôture|cadrage|presse)|annuel(?:le)?|"
           r"technique|écrite?|finale?|intermédiaire|préliminaire)){0,2}")
#: the document's verb, and what may stand between it and the quotation
_VERB_EN = (r"(?:also\s+|plainly\s+|bluntly\s+|simply\s+)?(?:states|stated|says|said|finds|found|notes|noted|warns|"
            r"warned|concludes|concluded|argues|argued|reads|read|speaks\s+of|spoke\s+of|describes\s+(?:[\w\-]+\s+){1,4}?as|"
            r"described\s+(?:[\w\-]+\s+){1,4}?as|calls\s+for|called\s+for|puts\s+it\s+(?:plainly|bluntly|simply)?|put\s+it\s+"
            r"(?:plainly|bluntly|simply)?|recalls|recalled|observes|observed|estimates|estimated|insists|insisted)"
            r"(?:\s+that(?:\s+(?:[\w\-'\u2019]+\s+){1,4}?(?:is|are|was|were|remains?|remained|stays?|has\s+become|have\s+"
            r"become|will\s+be|would\s+be))?)?")  # ("warns that old farmhouses remain “…”")
_VERB_FR = (r"(?:(?:le\s+|l['\u2019]\s*)?(?:dit|indique|indiquait|affirme|affirmait|souligne|soulignait|note|"
            r"relève|conclut|concluait|estime|estimait|avertit|rappelle|constate|constatait|écrit|écrivait|résume|"
            r"parle\s+(?:d['\u2019]\s*une?|de|des|du)|évoque|évoquait|réclame|demande|met\s+en\s+garde\s+contre|"
            r"a\s+(?:indiqué|affirmé|souligné|conclu|estimé|constaté|écrit|relevé|noté)))"
            r"(?:\s+(?:que|qu['\u2019]))?")
_APPOS = r"(?:\s*,\s*[^,;:.!?\u201c\u00ab\u201e\"\n]{1,100}?,)?"  # ", published on Monday," between
_END = r"[\s\u00a0\u202f]*[:,]?[\s\u00a0\u202f]*$"

#: where the clause opens: a sentence's start, a dateline's dash, a live blog's time stamp or heading
_ANCHOR = r"(?:^|[.;!?\u2014\u2013]\s+|\n|\*\*\s+|;\s+|\d{1,2}[:h.]\d{2}\s+|#+\s+)"

_FORMS = [
    # "The Secretariat's progress report, out on Monday, states that"
    re.compile(rf"{_ANCHOR}\s*(?:(?i:the)\s+)?{_BODY}['\u2019]s?\s+(?i:{_DOC_EN})(?:\s+(?:on|to|for)\s+"
               rf"[^,;:.!?\u201c\u00ab]{{1,60}}?)?{_APPOS}\s+(?i:{_VERB_EN}){_END}"),
    # "the X Federation, whose written submission states that", « le Réseau X, dont la note … indique que »
    re.compile(rf"(?:(?i:the|le|la|les|l['\u2019])\s*)?{_BODY}\s*,\s+(?:(?i:whose)\s+(?i:{_DOC_EN})|(?i:dont\s+(?:la|le|les|l['\u2019]))"
               rf"\s*(?i:{_DOC_FR}))(?:\s+(?:on|to|for|sur|aux?)\s+[^,;:.!?\u201c\u00ab]{{1,60}}?)?{_APPOS}\s+"
               rf"(?:(?i:{_VERB_EN})|(?i:{_VERB_FR})){_END}"),
    # "A paper from the X Institute found that", "a new report by the X Observatory says"
    re.compile(rf"(?:^|[.;!?]\s+|\n|,\s+)\s*(?i:a|an|the|one|its|this)\s+(?i:{_DOC_EN})\s+(?i:from|by|of)\s+"
               rf"(?:(?i:the)\s+)?{_BODY}{_APPOS}\s+(?i:{_VERB_EN}){_END}"),
    # "The X Network, in its opening note, speaks of", « Le Réseau X, dans sa note d’ouverture, parle d’une »
    re.compile(rf"{_ANCHOR}\s*(?:(?i:the|le|la|les|l['\u2019])\s*)?{_BODY}\s*,\s+(?:(?i:in\s+(?:its|their)\s+"
               rf"{_DOC_EN})|(?i:dans\s+(?:sa|son|ses|leur|leurs)\s+{_DOC_FR}))[^,;:.!?\u201c\u00ab]{{0,60}},\s+"
               rf"(?:(?i:{_VERB_EN})|(?i:{_VERB_FR})){_END}"),
    # "In its written submission, the workers’ network was just as direct:", « Dans sa note, le Réseau X estime que »
    re.compile(rf"{_ANCHOR}\s*(?:(?i:in\s+(?:its|their))\s+(?i:{_DOC_EN})|"
               rf"(?i:dans\s+(?:sa|son|ses|leur|leurs))\s+(?i:{_DOC_FR}))[^,;:.!?\u201c\u00ab]{{0,60}},\s+"
               rf"(?:(?i:the|le|la|les|l['\u2019])\s*)?{_BODY}\s+(?:(?:was|were|is|are)\s+[^,;:.!?\u201c\u00ab]{{1,40}}?\s*:|"
               rf"(?i:{_VERB_EN})|(?i:{_VERB_FR})){_END}"),
    # « Le rapport d’étape du Secrétariat X indique que », « La note de la Guilde X souligne que »
    re.compile(rf"{_ANCHOR}\s*(?i:le|la|les|l['\u2019]|un|une)\s*(?i:{_DOC_FR})(?:\s+[a-zà-ÿ]+){{0,2}}?\s+"
               rf"(?i:du|de\s+la|de\s+l['\u2019]|des|d['\u2019])\s*{_BODY}{_APPOS}\s+(?i:{_VERB_FR}){_END}"),
]

#: a body's statement as the sayer: "The X Coalition, an alliance of …, said in a statement that", "The X have
#: put out a short statement:", "the Agency's statement to the plenary was read by a deputy:", « La Guilde X a
#: indiqué dans un communiqué que », « La Guilde X a publié un bref communiqué : »
_STATEMENT_EN = (r"(?:short\s+|brief\s+|written\s+|joint\s+|separate\s+|one-line\s+|terse\s+)?(?:statement|"
                 r"press\s+release|communiqué|note\s+to\s+delegates)")
_STATEMENT_FR = r"(?:bref\s+|court\s+|nouveau\s+)?(?:communiqué|déclaration|note\s+aux\s+délégués)"
_LONG_APPOS = r"(?:\s*,\s*[^,;:.!?\u201c\u00ab\u201e\"\n]{1,160}?,)?"
_STATEMENTS = [
    re.compile(rf"{_ANCHOR}\s*(?:(?i:the)\s+)?{_BODY}{_LONG_APPOS}\s+(?:(?:has|have|had)\s+)?"
               rf"(?:also\s+)?(?:said|says|stated|states|added|warned|argued|insisted|wrote)\s+in\s+(?:a|an|its|their)\s+"
               rf"{_STATEMENT_EN}(?:\s+(?:on|to|after|issued|released|published)\s+[^,;:.!?\u201c\u00ab]{{1,60}}?)?"
               rf"(?:\s+that)?(?:\s+[^,;:.!?\u201c\u00ab\"]{{1,80}}?)?{_END}"),
    re.compile(rf"{_ANCHOR}\s*(?:(?i:the)\s+)?{_BODY}{_LONG_APPOS}\s+(?:(?:has|have|had)\s+)?"
               rf"(?:put\s+out|issued|released|published|sent\s+out|posted)\s+(?:a|an)\s+{_STATEMENT_EN}"
               rf"(?:\s+[^:;.!?\u201c\u00ab]{{1,40}}?)?\s*:{_END}"),
    re.compile(rf"{_ANCHOR}\s*(?:(?i:the)\s+)?{_BODY}['\u2019]s?\s+(?:{_STATEMENT_EN})"
               rf"(?:\s+to\s+[^,;:.!?\u201c\u00ab]{{1,40}}?)?\s+(?:was|were|is)\s+read\s+(?:out\s+)?(?:by\s+"
               rf"[^,;:.!?\u201c\u00ab]{{1,60}}?)?\s*:{_END}"),
    re.compile(rf"{_ANCHOR}\s*(?:(?i:le|la|les|l['\u2019])\s*)?{_BODY}{_LONG_APPOS}\s+(?:a|ont)\s+"
               rf"(?:indiqué|affirmé|déclaré|souligné|estimé|dit|écrit|réagi|rappelé|averti)(?:\s*,)?\s+dans\s+"
               rf"(?:un|une|son|sa|leur)\s+{_STATEMENT_FR}(?:\s+[^,;:.!?\u201c\u00ab]{{1,60}}?)?"
               rf"(?:\s*,)?(?:\s+(?:que|qu['\u2019]))?(?:\s*[^,;:.!?\u201c\u00ab\"]{{1,80}}?)?{_END}"),
    re.compile(rf"{_ANCHOR}\s*(?:(?i:le|la|les|l['\u2019])\s*)?{_BODY}{_LONG_APPOS}\s+(?:a|ont)\s+"
               rf"(?:publié|diffusé|envoyé|fait\s+paraître)\s+(?:un|une)\s+{_STATEMENT_FR}(?:\s+[^:;.!?\u201c\u00ab]{{1,40}}?)?"
               rf"\s*:{_END}"),
]

#: a noun every form above holds (a quick test before them)
_ANY_DOCUMENT = re.compile(r"(?i)report|submission|paper|note|brief|study|review|summary|fact|leaflet|memo|assessment|"
                           r"analys|survey|update|bulletin|newsletter|guidance|charter|position|statement|release|"
                           r"communiqué|rapport|contribution|étude|synthèse|bilan|avis|fiche|mémoire|document|enquête|"
                           r"lettre|dossier|déclaration|tract|charte")

#: a name that is no body whose document speaks: a meeting, a treaty, a State's government
_NOT_A_BODY = {"conference", "conférence", "convention", "treaty", "traité", "meeting", "réunion", "summit",
               "sommet", "assembly", "assemblée", "government", "gouvernement", "parties", "protocol", "protocole",
               "declaration", "déclaration", "court", "cour", "plenary", "plénière"}


_SMALL_EN = {"of", "for", "on", "and", "the"}
_FRENCH = re.compile(r"(?<![\w\-])(?:de|du|des|d['\u2019]|la|le|l['\u2019]|et|pour|sur|en|sans|contre)(?![\w\-])")


def _trimmed(name: str) -> str:
    """The name itself out of the words the pattern took: in English, the last run of Title Case words and the
    small words between them ("Delegates heard from the Coastal Pilots Federation" gives "Coastal Pilots
    Federation"); in French, from the last capitalised word of a body's kind (« Guilde des armateurs côtiers »,
    whose words after the first are lower case)."""
    toks = name.split()
    if _FRENCH.search(name):
        kinds = [i for i, t in enumerate(toks) if t[:1].isupper() and lower_token(t) in ORG_WORDS]
        caps = [i for i, t in enumerate(toks) if t[:1].isupper()]
        start = kinds[-1] if kinds else caps[-1] if caps else 0
        toks = toks[start:]
    else:
        while toks and not toks[-1][:1].isupper():
            toks.pop()  # "X Institute last year": the name only
        i = len(toks)
        while i > 0 and (toks[i - 1][:1].isupper() or toks[i - 1] in _SMALL_EN):
            i -= 1
        toks = toks[i:]
        while toks and toks[0].lower() in _SMALL_EN:
            toks.pop(0)
    name = " ".join(toks)
    return re.sub(r"(?:[ \t]+(?:of|for|on|and|the|de|du|des|la|le|et|pour|sur|en|d['\u2019]|l['\u2019]))+$", "", name)


def not_a_body(name: str) -> bool:
    """Whether ``name``'s head (its last word in English, its first in French) names a meeting, a treaty or a
    government ("the Conference", « la Convention »), not a body ("the Protocol Secretariat" is one)."""
    words = [lower_token(w) for w in re.split(r"[\s'\u2019]+", re.split(r"\s+(?:of|for|on)\s+", name)[0]) if w]
    return not words or (words[0] if _FRENCH.search(name) else words[-1]) in _NOT_A_BODY  # ("Secretariat of the X
    # Convention": a secretariat)


def _body_name(ctx: Context, name: str, at: int) -> str:
    """``name`` as a body's name: a name of two words or more holding a word of a body's kind (its trailing
    small words cut), or a short form ("the Secretariat", « le Réseau ») the document or the kit gives in full;
    "" for anything else."""
    if name[:1].islower() and re.search(r"[A-ZÀ-Þ]", name):
        name = name[0].upper() + name[1:]  # « le secrétariat de l’Accord de Quarrendon »: the name, capitalised
    bare = re.sub(r"^(?:The|Le|La|Les)\s+(?=[a-zà-ÿ])", "", name.strip())  # ("The secretariat’s": its noun)
    if not re.search(r"[A-ZÀ-Þ]", bare):
        name = bare  # "the secretariat's progress report", "the workers’ network": its short form
        head = name.split()[-1]
        if len(name.split()) > 2 or lower_token(head) not in ORG_WORDS or lower_token(head) in _NOT_A_BODY:
            return ""
        full = _written_in_full(ctx.text[:at], head.capitalize()) or ctx.resolve_org(head, at)
        return full if len(full.split()) > 1 and not not_a_body(full) else ""
    name = _trimmed(name)
    words = [lower_token(w) for w in re.split(r"[\s'\u2019]+", name) if w]
    if not_a_body(name):
        return ""
    if (begun := _begun(ctx, name)):
        return begun  # "The Kellerman Institute’s" of the "Kellerman Institute for Peace Studies" the kit names
    if _known(ctx, name):
        return name  # "The Engineers for Living Rivers": a body the kit or the document names
    if (len(words) > 1 and any(w in ORG_WORDS for w in words)) or _BODY_SHAPED.match(name):
        return name  # (or a name made as bodies' names are)
    if len(words) == 1 and words[0] in ORG_WORDS:
        full = _written_in_full(ctx.text[:at], name) or ctx.resolve_org(name, at)
        return full if len(full.split()) > 1 and not not_a_body(full) else ""
    return ""


#: a name made as bodies' names are, people for a cause: "Engineers for Living Rivers", "Nurses Against Heatstroke",
#: "Friends of the Quellan Fens" (a plural noun, then its preposition, then Title Case)
_BODY_SHAPED = re.compile(r"^[A-Z][a-z]{3,}s\s+(?:for|of|against|without|in|on)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*$")


def _begun(ctx: Context, name: str) -> str:
    """The one name the kit knows that ``name`` (of two words or more) begins, word for word; "" when none or
    two do."""
    words = name.casefold().split()
    if len(words) < 2:
        return ""
    found = {n for n in ctx.org_names if n.casefold().split()[:len(words)] == words and len(n.split()) > len(words)}
    return found.pop() if len(found) == 1 else ""


def _known(ctx: Context, name: str) -> bool:
    """Whether the kit or the document names ``name`` as one of its bodies (a name of two words or more)."""
    key = name.casefold()
    return len(name.split()) > 1 and any(key == n.casefold() for n in
                                         [*ctx.org_names, *ctx.own_orgs, ctx.doc_org, *(n for _p, n in ctx.orgs_seen)])


def document_of_body(st: State, cur: str, base: int, u: Unit) -> Found | None:
    """The clause before the quotation makes a named body's document its sayer: that body, nobody named."""
    if _ANY_DOCUMENT.search(cur) is None:
        return None  # (no document's noun: none of the forms can match, and most clauses have none)
    flat = re.sub(r"(?<!\n)\n(?!\n)", " ", cur)  # (a PDF's wrapped line is a space)
    for form in [*_FORMS, *_STATEMENTS]:
        m = form.search(flat)
        if m is None:
            continue
        body = _body_name(st.ctx, m.group("body"), base + m.start("body"))
        if not body:
            return None
        if any(base + m.start() <= men.pos < u.start and men.person.name for men in st.mentions):
            return None  # (a person named in the clause: maybe hers, not the document's)
        return Found("organisation", "", "", body, CONFIDENCE["organisation"], evidence=(base + m.start("body"), u.end))
    return None


#: "It says", "It now concludes that", « Elle indique que »: the clause's sayer is the "it" of the sentence before
_IT_SAYS = re.compile(r"^[\s\u00a0\u202f]*(?:It|Elle|Il)\s+(?:(?:now|also|further|then|désormais|aussi|encore|même)\s+)?"
                      r"(?:says|concludes|states|notes|warns|finds|argues|recommends|adds|estimates|"
                      r"dit|conclut|indique|affirme|souligne|estime|note|relève|ajoute|recommande|avertit|constate)"
                      r"(?:\s*,[^,;:.!?\u201c\u00ab\u201e\"]{1,40},)?(?:\s+(?:that|que|qu['\u2019]))?"
                      r"[^.;!?\u201c\u00ab\u201e\"]{0,120}?" + _END)
#: a document's noun in the sentence before ("has circulated a revised note", "the brief of the X", « une note »)
_A_DOCUMENT = re.compile(rf"(?<![\w\-])(?:(?i:{_DOC_EN})|(?i:brief)|(?i:{_DOC_FR}))s?(?![\w\-])")
#: a quotation inside the sentence before (no body's name is read in its words)
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\u00ab[^\u00bb]*\u00bb|\"[^\"\n]*\"")


def document_said_before(st: State, cur: str, prev: str, prev_start: int, u: Unit) -> Found | None:
    """"The X Agency has circulated a revised note. It now says “…”", "We have read the brief of the X Alliance.
    It says, quite rightly, that “…”", « Le Réseau X a publié une note. Elle indique que « … » »: the "it" is
    the document the sentence before names, and the words are its body's, nobody named. The sentence before must
    name a document and one body only, and no person ("Elle" may be a woman); anything else gives nothing."""
    if _IT_SAYS.match(cur) is None or not prev.strip():
        return None
    flat = _QUOTED.sub(lambda m: " " * len(m.group(0)), re.sub(r"(?<!\n)\n(?!\n)", " ", prev))
    if _A_DOCUMENT.search(flat) is None:
        return None
    if any(prev_start <= men.pos < prev_start + len(prev) and men.person.name for men in st.mentions):
        return None  # (a person named there: "it" and « elle » may be hers)
    end = prev_start + len(prev)
    bodies: dict[str, int] = {}
    for at, name in sorted(st.ctx.orgs_seen):  # the bodies the text names there, as the finder read them
        if prev_start <= at < end and flat[at - prev_start] != " " and not not_a_body(name):
            bodies.setdefault(name, at)
    low = flat.casefold()
    for name in {*st.ctx.org_names, *st.ctx.own_orgs, st.ctx.doc_org}:  # the kit's own names, written in full
        i = low.find(name.casefold()) if len(name.split()) > 1 else -1
        if i >= 0 and not not_a_body(name):
            bodies.setdefault(name, prev_start + i)
    bodies = {n: at for n, at in bodies.items() if not any(n != o and n.casefold() in o.casefold() for o in bodies)}
    if not bodies:  # (a name the finder did not list: one made as bodies' names are, a short form)
        for m in _TITLE_RUN.finditer(flat):
            name = _body_name(st.ctx, m.group("body"), prev_start + m.start("body"))
            if name and not _DOC_ONLY.match(name):
                bodies.setdefault(name, prev_start + m.start("body"))
    if len(bodies) != 1:
        return None  # (none, or two bodies: which one's document it is is not plain)
    (body, at), = bodies.items()
    return Found("organisation", "", "", body, CONFIDENCE["organisation"], evidence=(at, u.end))


#: a run of Title Case words and the small words of a name between them ("The Coastal Resilience Fund")
_TITLE_RUN = re.compile(r"(?<![\w\-'\u2019])(?P<body>[A-ZÀ-Þ][\w\-'\u2019]+(?:[ \t]+(?:(?:of|for|on|and|the|de|du|des|la|le|"
                        r"d['\u2019]|l['\u2019])[ \t]*)*[A-ZÀ-Þ][\w\-'\u2019]*)+)")
#: a name that is a document's own, not a body's ("Progress Report", « Note technique »)
_DOC_ONLY = re.compile(rf"^(?i:{_DOC_EN}|{_DOC_FR})$")
