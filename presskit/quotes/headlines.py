"""Quotations in headings: who a headline, a caption or an interview's title says is speaking.

* ``NAME: “…”`` / ``NAME : « … »``, with a role or an article before the name (``Le Haut-Commissaire
  NAME : « … »``) and a caption's label before that (``CTV-04. NAME : « … »``, ``Photo 3: NAME: “…”``);
* ``“…”: an interview with NAME`` / ``« … » : entretien avec NAME`` (a magazine's interview under its
  best line, the interviewee's words);
* a headline that names its speaker after the words: ``“…”: NAME``, ``« … » : NAME`` (the line ends with
  the name);
* a table of reactions: ``| NAME | ORGANISATION | “…” |`` (the person and her organisation in the cells
  before the quotation's, on its row);
* a table read cell by cell (an HTML table, a PDF's): a quotation alone in its cell right after a cell that
  holds nothing but a person's full name;
* never a line that goes on with the sentence of the line before it (``told journalists in the ¶ Salle
  des Pas Perdus: “…”``, a wrapped PDF line).
"""

from __future__ import annotations

import re

from ..textutil import fold
from .context import is_kind_word, names_a_state
from .leadins import TIME_STAMP
from .found import Found, State, Unit, from_who
from .interview import printed_as_interview, standfirst_subject, titled_interviewee
from .firstnames import first_name_gender
from .people import NAMERUN, ORG_WORDS, ROLE_WORDS, lower_token
from .subject import Who, org_np, person_np

#: a line that stops mid-sentence (a lower-case word, a comma, a day's number before its month): the next line
#: goes on with its sentence (not a masthead's "— numéro 2")
_CONTINUED_LINE = re.compile(r"(?:[,;(\u2013\u2014]|(?<![\w\-])(?!(?:numéro|number|issue|édition|edition|no)[ \t]+\d)[a-zà-ÿ][\w\-\u2019']*(?:[ \t]+\d{1,2})?)[ \t]*\n[ \t]*$")
#: a caption's or a list's label before a headline: "CTV-04.", "Photo 3:", "12.", "[4]"
_LABEL = re.compile(r"[ \t]*(?:(?:[A-Z]{1,6}[\-\u2010 ]?\d{1,4}[a-z]?|\d{1,3}|Photo[ \t]+\d{1,3}|\[\d{1,3}\])[.:)\]]|"
                    r"\[\d{1,3}\])[ \t\u00a0]+(?=[A-ZÀ-Þ])")
#: a list's label that is a State with one of its bodies: "- **Gascara** (Ministry of the Environment):",
#: « - **Gascara** (ministère de l’Environnement) : »
_BODY_LABEL = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?(?:\*\*)?(?P<name>[A-ZÀ-Þ][\w\-]+)(?:\*\*)?[ \t]*\((?i:[^()\n]{0,30}"
                         r"(?:ministry|ministère|government|gouvernement|delegation|délégation|mission|office|"
                         r"cabinet|presidency|présidence)[^()\n]{0,60})\)[ \t]*:[ \t\u00a0]*")
_DATELINE = re.compile(r"[ \t]*[A-ZÀ-Þ]{2,}(?:[ \-][A-ZÀ-Þ]{2,}){0,3}(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[\u2014\u2013][ \t]*")
_ARTICLE = re.compile(r"(?:The|Le|La|L['\u2019])[ \t]*(?=[A-ZÀ-Þ])")
_ROLE_HEAD = ROLE_WORDS | {"le", "la", "l", "the", "deputy", "vice"}
#: the title of an interview after its quoted best line: "“…”: an interview with Dr NAME", "« … » : entretien
#: avec NAME", "“…” — in conversation with NAME", "« … » : rencontre avec la ministre NAME"
_INTERVIEW = re.compile(r"[ \t\u00a0\u202f]*[,:\u2014\u2013\-][ \t\u00a0\u202f]*(?i:(?:an?|our|une?|notre|l['\u2019]|la)\s*)?"
                        r"(?i:(?:exclusive\s+)?interview|conversation|in\s+conversation|(?:grand\s+)?entretien|"
                        r"rencontre|interview\s+exclusive|q\s*&\s*a)\s+(?i:with|avec)\s+"
                        r"(?P<np>[^\n.;:!?\u201c\u00ab\"]{2,90})")


def headline(st: State, u: Unit, after: str = "") -> Found | None:
    """A heading that names who says the words in it, or None."""
    return (_colon_headline(st, u) or _on_topic(st, u) or _interview_title(st, u, after) or _name_after(st, u)
            or _table_row(st, u) or _name_cell_before(st, u) or _heading_of_a_titled_interview(st, u))


def _heading_of_a_titled_interview(st: State, u: Unit) -> Found | None:
    """« « Un guetteur qui écrit … » » alone on the first line of an interview the kit titles "Entretien — NAME":
    a magazine prints the interviewee's best line over her interview, and names her only in its title."""
    text = st.doc.text
    name = titled_interviewee(st.ctx.title) or standfirst_subject(text)
    a, b = st.doc.line(u.start)
    if not name or text[:a].strip() or re.sub(r"[\s#*\u00a0\u202f]", "", text[a:u.start] + text[u.end:b]).strip(
            "\u201c\u201d\u00ab\u00bb\"") or not printed_as_interview(text):
        return None
    who = person_np(name, st.ctx.known, u.start)
    if who is None or who.kind != "person" or " " not in who.name:
        return None
    return from_who(st, who, u, (a, b), "headline")


#: a live blog's or a caption's "NAME on the draft: “…”", « NAME sur le projet : « … » », after a time stamp
_ON_TOPIC = re.compile(r"[ \t]*(?:[^\s\u2014\u2013][^\n\u2014\u2013]{0,40}?[ \t]*[\u2014\u2013][ \t]*)?"
                       r"(?P<np>[^:\n\u2014\u2013.,;!?]{3,80}?)[ \t]+(?:on|about|sur|à\s+propos\s+d[eu]s?)[ \t]+"
                       r"(?:the|a|le|la|les|l['\u2019]|du|des)[ \t]*[^:\n.,;!?]{1,60}?[ \t\u00a0]*:[ \t\u00a0]*")


def _on_topic(st: State, u: Unit) -> Found | None:
    """A line ``NAME on the draft: “…”``: a live blog's, a caption's way of giving the person's words."""
    a, _ = st.doc.line(u.start)
    m = _ON_TOPIC.fullmatch(st.doc.text, a, u.start)
    if m is None:
        return None
    np = m.group("np").replace("**", "").strip()
    who = person_np(np, st.ctx.known, m.start("np"))
    if who is None or who.kind != "person" or not np[:1].isupper():
        return None
    return from_who(st, who, u, (a, u.end), "headline")


def _colon_headline(st: State, u: Unit) -> Found | None:
    """A heading ``NAME: “…”`` / ``NAME : « … »``."""
    a, _ = st.doc.line(u.start)
    head = st.doc.text[a:u.start]
    if _CONTINUED_LINE.search(st.doc.text[max(0, a - 40):a]) and st.doc.paragraph(u.start)[0] < a:
        return None  # "… told journalists in the\nSalle des Pas Perdus: “…”": a wrapped line, not a heading
    hashes = re.match(r"[ \t]*\#{1,6}[ \t]+(?=[A-ZÀ-Þ]|\d{1,2}[:h.]\d{2})", head)
    if hashes is not None:  # "## Aalvang: “…”": a Markdown heading's hashes
        a, head = a + hashes.end(), head[hashes.end():]
    label = _LABEL.match(head)
    if label is not None:  # "CTV-04. Le Haut-Commissaire NAME : « … »": a caption's number, then the headline
        a, head = a + label.end(), head[label.end():]
    dateline = _DATELINE.match(head) or TIME_STAMP.match(head)
    if dateline is not None:  # "VARNIA — Ambassador NAME: “…”", "LUNESSE (Wire) — NAME: “…”": a place, then the headline
        a, head = a + dateline.end(), head[dateline.end():]  # ("## 18:55 — NAME: “…”": a live blog's time stamp)
    kind = _KIND_LABEL.fullmatch(head)
    if kind is not None and (hashes or dateline) and is_kind_word(kind.group("k")) \
            and (org := st.ctx.resolve_org(kind.group("k"), u.start)):  # (a heading's, not a wrapped line's last word)
        # "## 18:55 — Guild: “We can live with it”": a body by its kind, the one the text names so
        return from_who(st, Who("org", org=org, pos=a + kind.start("k")), u, (a, u.end))
    body = _BODY_LABEL.fullmatch(head)
    if body is not None:  # "- **Gascara** (Ministry of the Environment): “…”": a State's ministry speaks
        state = body.group("name")
        if state[:1].isupper() and " " not in state and lower_token(state) not in ROLE_WORDS | ORG_WORDS:
            return from_who(st, Who("org", org=state, pos=a + body.start("name")), u, (a, u.end))
    head = re.sub(r"^[ \t]*(?:[-*\u2022][ \t]+)?\*\*(?P<n>[^*\n]{2,80})\*\*", r"\g<n>", head)  # "- **NAME**:"
    article = _ARTICLE.match(head.lstrip())
    lead = ""
    if article is not None:  # "Le Haut-Commissaire NAME": the article is no part of a name
        skip = len(head) - len(head.lstrip()) + article.end()
        lead, a, head = head[:skip], a + skip, head[skip:]
    # "Okonjo-Santos: “…”", "Deputy minister Okonjo-Santos: “…”", "La vice-ministre NAME : « … »"
    m = re.fullmatch(rf"\s*(?P<role>(?:[\w\-\u2019']+\s+){{0,3}}?)(?P<name>{NAMERUN})\s*:\s*", head)
    if m is None or len(m.group("name").split()) > 5 or (m.group("role") and not all(
            lower_token(w) in _ROLE_HEAD for w in re.split(r"[\s\u2019']+", m.group("role").strip()) if w)):
        return None
    role = (lead + m.group("role")).strip()
    org = org_np(m.group("name"), st.ctx, a + m.start("name"))
    if org is not None and org.kind == "org" and not role:
        return from_who(st, org, u, (a, u.end))  # "Karvenia: “…”": a State or an organisation speaks
    who = person_np(m.group("name"), st.ctx.known, a + m.start("name"))
    if who is not None and who.surname_only and " " not in who.name and not role \
            and names_a_state(who.name, st.doc.text):
        who = Who("org", org=who.name, pos=who.pos)  # "Vardia: “…”" where the text speaks of the Vardian delegation
    if who is not None and m.group("role").strip():
        who.role = who.role or re.sub(r"^(?i:the|le|la|l['\u2019])\s*", "", m.group("role").strip())
    return from_who(st, who, u, (a, u.end), "headline")


#: a heading's body by its kind alone before the colon: "Guild: “…”", « La Fédération : « … » »
_KIND_LABEL = re.compile(r"[ \t]*(?:(?i:the|la|le|l['\u2019])[ \t]*)?(?P<k>[A-ZÀ-Þ][a-zà-ÿ]{3,})[ \t\u00a0]*:[ \t\u00a0]*")


def _interview_title(st: State, u: Unit, after: str) -> Found | None:
    """“…”: an interview with NAME — the interviewee's words, when the heading's line ends with her name."""
    m = _INTERVIEW.match(after)
    if m is None or "\n" in after[:m.end()]:
        return None
    np = re.split(r"\s*[,(\u2014\u2013]\s*|\s+(?:from|at|who|qui|sur|on|about)\s+", m.group("np").strip())[0]
    who = person_np(np, st.ctx.known, u.end + m.start("np"))
    if who is None or who.kind != "person":
        return None
    return from_who(st, who, u, (u.start, u.end + m.end()), "headline")


def _table_row(st: State, u: Unit) -> Found | None:
    """``| NAME | ORG | “…” |``: the person named in a cell before the quotation's, on its row."""
    a, b = st.doc.line(u.start)
    line = st.doc.text[a:b]
    if not line.lstrip().startswith("|") or u.end > b:
        return None
    cells = line[: u.start - a].split("|")[1:-1]  # the cells before the quotation's own
    who, org = None, ""
    at = a + line.index("|") + 1
    for cell in cells:
        c = cell.strip()
        if c and who is None and (w := person_np(c, st.ctx.known, at)) is not None and w.kind == "person" \
                and not w.surname_only and len(c.split()) <= 5:
            who = w
        elif c and who is not None and not org and (o := org_np(c, st.ctx, at)) is not None and o.org:
            org = o.org
        elif c and who is not None and not org and c[:1].isupper() and len(c.split()) <= 8:
            org = c  # an organisation the text names nowhere else
        at += len(cell) + 1
    if who is None:
        return None
    who.org = who.org or org
    return from_who(st, who, u, (a, u.end), "headline")


#: ": NAME" closing a headline's line, after its words
_NAME_CLOSES_LINE = re.compile(r"[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*(?P<np>[^\n.;:!?\u201c\u00ab\"]{3,80}?)[ \t]*(?:\n|$)")


def _name_after(st: State, u: Unit) -> Found | None:
    """``“We will not wait”: NAME`` on a line of its own: a headline, the words then their speaker."""
    a, _ = st.doc.line(u.start)
    if st.doc.text[a:u.start].strip():
        return None  # the words must open the line
    m = _NAME_CLOSES_LINE.match(st.doc.text, u.end)
    if m is None:
        return None
    who = person_np(m.group("np"), st.ctx.known, m.start("np"))
    if who is None or who.kind != "person" or (who.surname_only and " " not in who.name):
        return None
    return from_who(st, who, u, (a, m.end()), "headline")


#: a table's cell that holds a name and, after a comma, whom the person is with (a State, a body, a trade)
_NAME_THEN_WHOM = re.compile(r"(?P<name>[^,\n]{3,40}),[ \t]+(?P<whom>[^,.;:!?\u201c\u00ab\"\n]{2,40}(?:\n[^,.;:!?\u201c\u00ab\"\n]{2,30})?)")


def _name_cell_before(st: State, u: Unit) -> Found | None:
    """``Erik Lindqvist-Moe`` ¶ ``“We will not pay twice.”``: a table's cells, one paragraph each."""
    text = st.doc.text
    a, b = st.doc.paragraph(u.start)
    if text[a:u.start].strip() or text[u.end:b].strip(" \t\n.,;\u00a0\u202f") or a < 2:
        return None  # the quotation is not alone in its cell
    pa, pb = st.doc.paragraph(len(text[:a].rstrip()) - 1)
    cell = text[pa:pb].strip()
    # "Jonas NAME, Okkelund", "Perrine NAME, builders' ¶ federation": the name, then after one comma whom she is
    # with, the cell wrapped on two lines at most (a table of who said what: "Who | What they told us")
    if (with_whom := _NAME_THEN_WHOM.fullmatch(cell)) is not None:
        cell = with_whom.group("name")
    if not cell or len(cell) > 40 or "\n" in cell or re.search(r"[.,;:!?\u201c\u00ab\"]", cell):
        return None
    who = person_np(cell, st.ctx.known, pa)
    if who is None or who.kind != "person" or who.surname_only or len(who.name.split()) < 2 \
            or fold(who.name) != fold(re.sub(r"^(?:(?:Dr|Mr|Ms|Mrs|Prof|Mme|M)\.?\s+)", "", cell)) \
            or any(lower_token(w) in ORG_WORDS for w in who.name.split()):
        return None
    if st.ctx.known.get(who.name) is None and not first_name_gender(who.name):
        return None  # ("Closing Plenary Session": a heading; a name the text does not introduce needs a first name)
    f = from_who(st, who, u, (pa, u.end), "headline")
    if with_whom is not None and f is not None and not f.organisation \
            and re.fullmatch(r"[A-ZÀ-Þ][\w\-'\u2019]+(?:[ \t]+[A-ZÀ-Þ][\w\-'\u2019]+){0,4}", with_whom.group("whom")):
        f.organisation = with_whom.group("whom")  # "Tomas NAME, Sweden": whom he speaks for, named
    return f


#: a headline's surname in capitals before its colon and quotation, at a line's start (after a Markdown heading's
#: hashes or bold, and a live blog's time): "## AALVANG: “…”", « VARRIGAN : « … » », "## 10:25 — RUTH AALVANG: “…”";
#: the last word four letters or more (a double surname's two parts, "KORVA-BOM": six), each with a vowel
_CAPS_HEAD = re.compile(r"(?m)^(?P<lead>[ \t]*(?:\#{1,6}[ \t]+)?(?:\d{1,2}(?:[:.]|[ \t]?h[ \t]?)\d{2}[ \t]*[\u2014\u2013\-|][ \t]*)?"
                        r"(?:\*\*)?)(?P<w>(?:[A-ZÀ-Þ]{2,}[ \t](?=[A-ZÀ-Þ\-'\u2019]*[AEIOUYÀ-ÖØ-Þ])){0,2}(?=[A-ZÀ-Þ\-'\u2019]*[AEIOUYÀ-ÖØ-Þ])"
                        r"[A-ZÀ-Þ]{2,}(?:[\-'\u2019][A-ZÀ-Þ]{2,})?)(?:(?<=\w{4})|(?<=\w{2}[\-'\u2019]\w{2})|(?<=\w{2}[\-'\u2019]\w{3}))"
                        r"(?=(?:\*\*)?[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*"
                        r"[\u201c\u00ab\u201e\"])")


def title_case_headline_names(text: str, acronyms: set[str]) -> str:
    """``text`` with a headline's surname in capitals written as a name ("## AALVANG: “…”" reads as "## Aalvang:
    “…”"; same length: offsets hold), unless the word stands in capitals elsewhere in the text or is one of
    ``acronyms`` (the words of the organisations the kit knows): an acronym, not a surname."""
    if not _CAPS_HEAD.search(text):
        return text
    def fix(m: re.Match) -> str:
        w = m.group("w")
        if any(p in acronyms or len(re.findall(rf"(?<![\w\-]){re.escape(p)}(?![\w\-])", text)) > 1
               for p in w.split()):
            return m.group(0)
        if " " in w and not first_name_gender(w.title()):
            return m.group(0)  # ("BREAKING NEWS: “…”"): words in capitals are a full name only after a first name
        return m.group("lead") + w.title()
    return _CAPS_HEAD.sub(fix, text)
