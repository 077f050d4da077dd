"""An interview's turns: who answers (its label, its initials, its heading or standfirst), whom an answer's "our"
speaks for, and where a quotation's paragraph and its answer label begin. Read by :mod:`.found` for the speaker of an
answer and by the pronoun rule, which must never give an answer's words to the one who asks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .firstnames import first_name_gender
from .initials import DOTTED_INITIALS, INITIALS, SPACED_INITIALS, by_initials
from .ownbody import fold_org, head_of_intro, role_before_pronoun
from .people import NAMERUN, ORG_WORDS, ROLE_WORDS, clean_org, lower_token, name_case
from .record import State, Unit
from .vocab import untitled


#: a heading that names the person interviewed: "Interview: NAME", « Entretien avec NAME »
#: (the name keeps its capitals: "Interview: a geotechnical engineer on …" names nobody)
INTERVIEW = re.compile(rf"(?m)^[ \t]*(?:#+[ \t]*)?(?i:interview|entretien|q\s*&\s*a|questions?)[ \t\u00a0\u202f]*"
                       rf"(?i::|with|avec|à|[\u2014\u2013])[ \t\u00a0\u202f]*(?P<name>{NAMERUN})")
#: an interview's heading inside a longer document that names no one ("## Interview with the director", « ## Entretien
#: avec la directrice exécutive »)
_BARE_INTERVIEW = re.compile(r"(?m)^[ \t]*(?:#+[ \t]*)?(?i:interview|entretien|q\s*&\s*a)(?![\w\-])[^\n?]{0,80}$")
#: a document's title that names the person interviewed and nothing else: "Entretien — NAME", "Interview with NAME",
#: "Interview: NAME" (its title in the kit, which the text may not print: an HTML page's <title>)
_TITLED = re.compile(rf"\s*(?i:interview|entretien|q\s*&\s*a)[ \t\u00a0\u202f]*(?i::|with|avec|à|[\u2014\u2013-])"
                     rf"[ \t\u00a0\u202f]*(?P<name>{NAMERUN})[ \t\u00a0\u202f.]*"
                     # (and what it is about: "Interview: NAME on cold-water shock", « Entretien avec NAME sur … »)
                     rf"(?:[ \t]+(?:on|about|sur|à[ \t]+propos[ \t]+d)(?![\w\-])[^\n]*)?")


def titled_interviewee(title: str) -> str:
    """The person an interview's title names, as written, when the title is only that ("Entretien — NAME"); else ""."""
    m = _TITLED.fullmatch(title or "")
    return m.group("name") if m is not None else ""
ANSWERED = re.compile(r"(?m)^[ \t]*(?:\*\*)?(?:A|R)(?:\*\*)?[ \t\u00a0\u202f]*:")
ANSWERER = re.compile(rf"[ \t]*(?:\*\*)?(?:A|R|(?P<name>{NAMERUN})|(?P<ini>{INITIALS}))(?:\*\*)?[ \t\u00a0\u202f]*:(?:\*\*)?"
                       rf"[ \t\u00a0\u202f]"
                       # or initials spaced and a dash, as French interviews print them: « A. V. — Oui. »
                       rf"|[ \t]*(?:\*\*)?(?P<spaced>{SPACED_INITIALS})(?:\*\*)?[ \t\u00a0\u202f]*"
                       rf"[\u2014\u2013:](?:\*\*)?[ \t\u00a0\u202f]")


def label_initials(label: re.Match) -> str:
    """The initials an answer's label (:data:`ANSWERER`) gives: « L.V.-K. », "LVK" (capitals alone); "" for a name."""
    ini = re.sub(r"(?<=\.)[ \u00a0]", "", label.group("ini") or label.group("name") or label.group("spaced") or "")
    return ini if re.fullmatch(r"(?:[A-ZÀ-Þ]\.?-?){2,5}", ini) else ""


def interviewee(text: str, at: int, title: str = "") -> str:
    """The name an interview's heading ("Interview: NAME") or title (« “…,” says NAME », the kit's title
    "Entretien — NAME") gives, as written; else the one its standfirst, before the first question, says talks to
    the interviewer ("NAME, president of the X, talks to the Coalition about …", « NAME, …, a répondu à nos
    questions »)."""
    heads = list(INTERVIEW.finditer(text, max(0, at - 5000), at))
    if heads:
        return heads[-1].group("name")
    bare = list(_BARE_INTERVIEW.finditer(text, max(0, at - 5000), at))
    if bare and (named := standfirst_subject(text[bare[-1].end():at]) or _standfirst_person(text[bare[-1].end():at])):
        return named  # « ## Entretien avec la directrice exécutive ¶ *La docteure NAME dirige …* »: a newsletter's
        # interview under a heading that names no one, its standfirst the one person
    titled = _TITLE_SAYS.match(text) or TITLE_NAME.match(text)  # « “…,” says NAME » over the interview
    named = titled_interviewee(title)
    if titled is not None and named and named.split()[-1] == titled.group("name").split()[-1]:
        return named  # ("“…,” says Ardouvel" under the kit's title "Interview: Noémie Ardouvel on …": in full)
    if titled is not None:
        return titled.group("name")
    if named:
        return named
    first_q = re.search(r"\?[ \t*\u00a0\u202f]*(?:\n|$)", text)
    if first_q is None or first_q.start() > at:
        return ""
    talks = list(_STANDFIRST_TALKS.finditer(text, 0, first_q.start()))
    if len(talks) == 1:
        return talks[0].group("name") or talks[0].group("fr")
    return standfirst_subject(text) if not talks else ""


#: a standfirst's interviewee: "NAME, ROLE of X, talks to the Coalition about …", "NAME, …, answered our questions
#: by e-mail", « NAME, …, a répondu à nos questions », « NAME, …, s’est confiée à notre rédaction »
_STANDFIRST_TALKS = re.compile(rf"(?<![\w\-])(?P<name>{NAMERUN}),[^,\n]{{2,120}},\s+(?:(?:talks|talked|speaks|spoke)\s+to\s+|"
                               rf"(?:answered|answers|has\s+answered)\s+(?:our|my)\s+questions)"
                               rf"|(?<![\w\-])(?P<fr>{NAMERUN}),[^,\n]{{2,120}},\s+(?:répond|a\s+répondu)\s+"
                               rf"(?:par\s+(?:écrit|courriel|e-mail|mail)\s+)?à\s+nos\s+questions")


def answerer(st: State, u: Unit, introduced: bool = False) -> str:
    """The full name of whoever answers in the interview paragraph holding ``u``: its label's
    ("**NAME :** …"), or, after "A:", the person the interview's heading names; "" otherwise. ``introduced``:
    also the answer that introduces the quotation's own paragraph with a colon ("A: I told them this: ¶ “…")."""
    text = st.doc.text
    para_start = intro_paragraph(st, u) if introduced else st.doc.paragraph(u.start)[0]
    caps = [c for c in CAPS_LABEL.finditer(text, para_start + 1, u.start) if text[para_start:c.start()].strip()]
    if caps and (turn := st.ctx.known.resolve(name_case(caps[-1].group("name")), caps[-1].start())):
        return turn  # a transcript's turns run together in one paragraph ("… ? VANDERSTEEN-MOUKOKO : …"): the last
    label = ANSWERER.match(text, para_start)
    if label is None and _dash_answer(st, para_start):
        # « — Pourquoi … ? ¶ — Parce que …. Comme je l'ai dit aux délégués, « … » »: a dialogue's dashes, with no
        # names, in turn the interviewer's and the interviewee's; the answers are the one the title names
        name = untitled(" ".join(name_case(t) for t in interviewee(text, u.start, st.ctx.title).split()))
        p = st.ctx.known.get(name) if name else None
        return p.name if p is not None else name if len(name.split()) >= 2 else ""
    if label is None or label.end() > u.start:
        return ""
    ini = label_initials(label)
    if ini and (named := by_initials(ini, st.mentions, st.ctx.known)):
        return named  # « **L.V.-K. :** », "**LVK:**": the one person the document names with those initials
    if label.group("ini") or label.group("spaced") or ini:
        return ""
    name = untitled(" ".join(name_case(t) for t in (label.group("name") or interviewee(text, u.start, st.ctx.title)).split()))
    p = st.ctx.known.get(name) if name else None
    if p is None and len(name.split()) == 1 and label.group("name"):  # "AUMONT:" after "Lise Aumont joins us"
        return st.ctx.known.resolve(name, u.start) or ""
    return p.name if p is not None else name if len(name.split()) >= 2 else ""


#: a paragraph of an interview that opens on a dialogue dash, as French interviews print their turns (« — … »)
_DASH_TURN = re.compile(r"\s*[\u2014\u2013][ \t\u00a0\u202f]+\S")


def _dash_answer(st: State, para_start: int) -> bool:
    """Whether the paragraph at ``para_start`` is an answer of an interview printed with dialogue dashes: it opens on
    one, and so do the paragraphs right before it, back to a first one that asks a question, an odd number of them
    (question, answer, question, …: this one answers)."""
    text = st.doc.text
    if not _DASH_TURN.match(text, para_start):
        return False
    prev_end = len(text[:para_start].rstrip())
    if prev_end > 0 and asked_then_dashed(text) >= 2 and \
            _QUESTION_BEFORE.search(text[max(0, para_start - 400):prev_end]) and \
            not _DASH_TURN.match(text, st.doc.paragraph(prev_end - 1)[0]):
        return True  # « **Que demandez-vous ?** ¶ — Ce que j'ai dit … » : questions in bold, answers after a dash
    runs, at = [], para_start
    while at > 0:
        prev_end = len(text[:at].rstrip())
        if prev_end <= 0:
            break
        start = st.doc.paragraph(prev_end - 1)[0]
        if start >= at or not _DASH_TURN.match(text, start):
            break
        runs.append((start, prev_end))
        at = start
    if len(runs) % 2 == 0:
        return False
    first = runs[-1]
    return text[first[0]:first[1]].rstrip(" \t\u00a0\u202f*").endswith("?")


#: a standfirst's sentence that opens on a person's full name and her role between commas: « NAME, secrétaire
#: exécutive de la Convention X, répète cette phrase … », "NAME, who heads the X, has …"
_STANDFIRST_SUBJECT = re.compile(rf"(?m)(?:^|(?<=[.!?»\u201d])[ \t]+)(?P<name>{NAMERUN}),[ \t]+[^,.!?\n]{{3,120}},[ \t]+[a-zà-ÿ]")


def _a_person_s_name(name: str) -> bool:
    """Two words or more, each capitalised, none a role's or a body's word, no article: « L’ambassadrice d’X » is
    no one's name, nor "Harbour Coalition"."""
    words = re.split(r"[\s\u00a0]+", name.strip())
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and not re.match(r"(?i)(?:l|d)['\u2019]", name) \
        and not any(lower_token(w) in ROLE_WORDS or lower_token(w) in ORG_WORDS or
                    lower_token(re.sub(r"^[LlDd]['\u2019]", "", w)) in ROLE_WORDS | ORG_WORDS for w in words)


def _standfirst_person(text: str) -> str:
    """The one person the standfirst of an interview printed under a heading that names no one names in full (« La
    docteure NAME dirige la Coalition … »), when its answers follow dialogue dashes; "" otherwise."""
    first_q = re.search(r"\?[ \t*\u00a0\u202f]*(?:\n|$)", text)
    if first_q is None or asked_then_dashed(text) < 2:
        return ""
    head = text[:text.rfind("\n", 0, first_q.start()) + 1]
    names = {n for m in re.finditer(NAMERUN, head) if _a_person_s_name(n := untitled(m.group()))}
    return names.pop() if len(names) == 1 else ""


def standfirst_subject(text: str) -> str:
    """The interviewee of a text printed as an interview whose standfirst (its paragraphs before the first question)
    opens a sentence on one person's full name and role, and on no one else's; "" otherwise."""
    first_q = re.search(r"\?[ \t*\u00a0\u202f]*(?:\n|$)", text)
    if first_q is None or not printed_as_interview(text):
        return ""
    head = text[:text.rfind("\n", 0, first_q.start()) + 1]
    names = {m.group("name") for m in _STANDFIRST_SUBJECT.finditer(head, 0) if _a_person_s_name(m.group("name"))}
    return names.pop() if len(names) == 1 else ""


def printed_as_interview(text: str) -> bool:
    """Whether the text is printed as an interview: answers labelled ("A:", « R : »), or two questions at least each
    answered after a dialogue dash."""
    return ANSWERED.search(text) is not None or asked_then_dashed(text) >= 2


@lru_cache(maxsize=8)  # asked for each dashed paragraph: read once per document
def asked_then_dashed(text: str) -> int:
    """How many times the text prints a question (or an interviewer's prompt wholly in bold) that opens on no dash,
    and right after it a paragraph that opens on one: an interview that asks plainly and answers after « — »."""
    paras = [m.group() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    return sum(1 for a, b in zip(paras, paras[1:])
               if not _DASH_TURN.match(a) and _DASH_TURN.match(b) and _QUESTION_BEFORE.search(a.rstrip()))


#: a document titled by its interviewee's words: "“We are running out of orbits,” says NAME", « « … », dit NAME »
_TITLE_SAYS = re.compile(rf"\A\s*(?:#+[ \t]*)?[\u201c\u00ab\"\u2018][^\n]{{4,300}}?[\u201d\u00bb\"\u2019][ \t\u00a0\u202f]*,?[ \t]*"
                         rf"(?:says|dit|affirme|explique)[ \t]+(?:(?:le|la)[ \t]+[^\W\d_]+\.?[ \t]+|l['\u2019][^\W\d_]+[ \t]+)?"
                         rf"(?P<name>{NAMERUN})[ \t]*$", re.M)  # « dit la docteure NAME »: the title is no part of the name
#: a document that opens on a person's name and her words: « # NAME : « … » » (an interview's title)
TITLE_NAME = re.compile(rf"\A\s*(?:#+[ \t]*)?(?P<name>{NAMERUN})[ \t\u00a0\u202f]*:")


#: a role of a body in an interview's standfirst or opening paragraph: "The coordinator of the X Network
#: talks about …", « La directrice générale de l'Office X, NAME, reçoit … »
_INTRO_ROLE_OF = re.compile(r"(?<![\w\-])(?:The|the|La|Le|L['\u2019]|la|le|l['\u2019])\s*(?P<role>[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+)?)"
                            r"\s+(?:of|at|du|de\s+la|de\s+l['\u2019]|des)\s*(?:the\s+)?(?P<org>(?:[A-Z\u00c0-\u00de][\w\-\u2019']*"
                            r"|(?<=\s)(?:for|of|and|de|des|du|pour|et|la|le|l['\u2019]|[a-zà-ÿ]+(?=\s+[a-zà-ÿ]+\s)))"
                            r"(?:[ \t]+(?:[A-Z\u00c0-\u00de][\w\-\u2019']*|for|of|and|on|de|des|du|pour|et|la|le|"
                            r"l['\u2019][\w\-]+|[a-zà-ÿ]+)){0,7})")
_QUESTION_BEFORE = re.compile(r"\?[\s*\u00a0\u202f]*$"
                              # or the interviewer's prompt, a paragraph wholly in bold that asks nothing: "**People
                              # talk about it as if it were one thing.**"
                              r"|(?:^|\n)[ \t]*\*\*[^*\n]{3,300}\*\*$")


def answer_body(st: State, u: Unit) -> str:
    return answer_body_at(st, u.start)


def answer_body_at(st: State, at: int) -> str:
    """Whom "our" / « notre » speaks for in the answer of an interview: the interviewee's body, as the document
    (or the kit) gives it for her, else as the interview's opening names her role in it ("The coordinator of
    the X Network talks about …"); "" when the paragraph is no answer or nobody's body is known."""
    text = st.doc.text
    para_start, _ = st.doc.paragraph(at)
    labelled = ANSWERED.match(text, para_start) is not None
    prev = text[max(0, para_start - 400):para_start].rstrip()
    if not labelled and not _QUESTION_BEFORE.search(prev):
        para_start = _answer_begun(st, para_start)
        if para_start < 0:
            return ""
    label = ANSWERER.match(text, para_start)
    letters = label_initials(label) if label is not None and label.end() <= at else ""
    if letters:
        q = st.ctx.known.get(by_initials(letters, st.mentions, st.ctx.known))  # « **L.V.-K. :** … notre note »: hers
        if q is not None and q.organisation:
            return q.organisation
    first_q = re.search(r"\?[ \t*\u00a0\u202f]*(?:\n|$)", text)
    name = untitled(" ".join(name_case(t) for t in interviewee(text, at, st.ctx.title).split()))
    p = st.ctx.known.get(name) if name else None
    if p is not None and p.organisation:
        return p.organisation
    intro = text[:first_q.start()] if first_q is not None and first_q.start() < para_start else ""
    if intro and not name:
        return head_of_intro(intro, {fold_org(o) for o in (st.ctx.doc_org, *st.ctx.own_orgs) if o})
    if not intro or not name:
        return ""
    own = {fold_org(o) for o in (st.ctx.doc_org, *st.ctx.own_orgs) if o}
    bodies = []
    pos = 0
    while (m := _INTRO_ROLE_OF.search(intro, pos)) is not None:
        pos = m.start("org")  # (the next role may stand in what this match took for its body's name)
        if lower_token(m.group("role").split()[-1]) not in ROLE_WORDS:
            continue
        org = clean_org(re.sub(r"\s+(?:(?:and|et|or|ou)\s+(?:the|a|an|la|le|les|l['\u2019]|un|une|des)\b|who|qui|with|avec|"
                               r"talks|talk|speaks|speak|explains|explique|parle|parlent|revient|reçoit|receives|about|"
                               r"sur|on|nous|is|est|has|a)(?![\w\-]).*$", "", m.group("org")).strip(" ,.;:"))
        kinds = {w for w in fold_org(org).split() if w in ORG_WORDS}
        if kinds & {w for o in own for w in o.split()}:
            return ""  # « le responsable des politiques de la Coalition Brise-lames » in a coalition's kit: the
            # publisher under its other name, as « la Coalition » would be (``Context.resolve_org``)
        if org and fold_org(org) not in own and not any(fold_org(org) in o or o in fold_org(org) for o in own):
            bodies.append(org)
    if not bodies:  # « La docteure NAME dirige l’Agence X. Elle a répondu … », "NAME has run the X Agency since
        # 2030": the body the opening says the interviewee runs; « Toxicologue à l’Institut X, elle mesure … »
        return head_of_intro(intro, own, name.split()[-1]) or role_before_pronoun(intro, own)
    return bodies[0] if len(set(bodies)) == 1 else ""


#: a paragraph that is one question ("Why does it take a convention?", « Et les récupérateurs ? »)
_QUESTION_PARA = re.compile(r"[^\n]{2,400}\?[\s*\u00a0\u202f]*$")


@lru_cache(maxsize=8)  # asked for each answer's paragraph: the text's questions are found once per document
def question_paragraphs(text: str) -> tuple[int, ...]:
    """Where each line of the text that is one question starts, in order."""
    return tuple(p.start() for p in re.finditer(r"[^\n]+", text) if _QUESTION_PARA.fullmatch(p.group().strip()))


def _answer_begun(st: State, para_start: int, back: int = 3) -> int:
    """Where the answer that the paragraph at ``para_start`` goes on with begins, in an interview that asks two questions
    or more (one before it): a paragraph (at most ``back`` before) labelled as an answer ("A. V. — …", "A: …"), or one
    right after a question; the paragraphs between are the same answer's, or the interviewer's prompt that asks
    nothing, its bold lost in the text ("You have said the problem is not marking."); -1 when there is none."""
    text = st.doc.text
    asked = question_paragraphs(text)
    if len(asked) < 2 or asked[0] >= para_start:
        return -1
    if ANSWERER.match(text, para_start) is not None:
        return -1  # a turn of its own label ("C. A. — Our readers ask …": the one who asks)
    start = para_start
    for _ in range(back):
        if start <= 1:
            return -1
        start = st.doc.paragraph(max(0, len(text[:start].rstrip()) - 1))[0]
        if ANSWERED.match(text, start) is not None or (
                (label := ANSWERER.match(text, start)) is not None and label_initials(label)):
            return start
        if _QUESTION_BEFORE.search(text[max(0, start - 400):start].rstrip()):
            return start
    return -1


#: an interview's answer label at a paragraph's start ("**Mariama Touré-Bâ :**", "A:")
LABEL_END = re.compile(r"[ \t]*(?:\*\*)?[^\n:.!?\u201c\u00ab]{1,60}?(?:\*\*)?[ \t\u00a0\u202f]*:(?:\*\*)?[ \t\u00a0\u202f]+"
                        r"(?![\u201c\u00ab\u201e\"'\u2018])"
                        # or initials and a dash or a colon: « A. V. — Oui. Il m’a écrit : », "A. V.: She told me:"
                        rf"|[ \t]*(?:\*\*)?{DOTTED_INITIALS}(?:\*\*)?[ \t\u00a0\u202f]*[\u2014\u2013:]"
                        r"(?:\*\*)?[ \t\u00a0\u202f]+")


def intro_paragraph(st: State, u: Unit) -> int:
    """Where the quotation's paragraph starts, or the paragraph before when the quotation opens its own and
    that one introduces it with a colon ("…, he answered with a list: ¶ “…”")."""
    para_start, _ = st.doc.paragraph(u.start)
    text = st.doc.text
    if para_start > 1 and not text[para_start:u.start].strip() and text[:para_start].rstrip().endswith(":"):
        prev = text[:para_start].rstrip()
        return st.doc.paragraph(max(0, len(prev) - 1))[0]
    return para_start


INITIALS_LABEL = re.compile(rf"{DOTTED_INITIALS}(?:\*\*)?[ \t\u00a0\u202f]*[\u2014\u2013:]")


_TURN_LABEL = re.compile(rf"(?m)^[ \t]*(?:\*\*)?(?P<ini>{DOTTED_INITIALS})(?:\*\*)?[ \t\u00a0\u202f]*[\u2014\u2013:]")


def past_a_question(st: State, pos: int, para_start: int) -> bool:
    """Whether a question ends between ``pos`` and the answer at ``para_start``, ``pos`` not in that question."""
    if pos >= para_start:
        return False
    start, end = st.doc.paragraph(pos)
    if re.search(r"\?[*\s\u00a0\u202f]*$", st.doc.text[start:end]):
        return False  # ("**Le professeur NAME juge les chiffres prudents. Vous aussi ?** ¶ R : Elle nous a écrit :")
    return re.search(r"\?[*\s\u00a0\u202f]*\n", st.doc.text[end:para_start]) is not None


def holds_a_turn(text: str, name: str) -> bool:
    """Whether the interview labels its turns with ``name``'s initials (« M. F. — », "J. P.:"): she asks or answers."""
    mine = "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and w[0].isupper())
    return len(mine) >= 2 and any(re.sub(r"[^A-ZÀ-Þ]", "", m.group("ini")) == mine for m in _TURN_LABEL.finditer(text))


#: a pronoun's verb of saying to the one who speaks: « elle m'a dit : », « il m'avait confié », "she told me:"
_TOLD_ME = re.compile(r"(?i)(?<![\w\-])(?:elle|il|she|he)\s+(?:m['\u2019]\s*(?:a|avait)\s+[a-zà-ÿ]+|me\s+[a-zà-ÿ]+ait|"
                      r"told\s+me|said\s+to\s+me)\s*[:,]?\s*[\u00ab\u201c\u201e\"]?[\s\u00a0\u202f]*$")
#: a transcript's turn label in capitals at a line's start ("VANDERSTEEN-MOUKOKO : …", "MALLEFILLE: …")
CAPS_LABEL = re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ\-'\u2019]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ\-'\u2019]+)?)"
                         r"[ \t\u00a0\u202f]*:")


def told_me_other(st: State, u: Unit, para_start: int, want: str, p, mentions):
    """The person a pronoun before "m'a dit", "told me" stands for when ``p`` is whoever speaks the turn (its label
    in capitals, or :func:`answerer`): she says "me", so "elle" is the last other person of that gender the turn
    names (« VANDERSTEEN-MOUKOKO : … j'ai rencontré Rosalba NAME. Elle m'a dit : « … » »), or nobody."""
    if p is None or not p.name or want not in ("f", "m") or not _TOLD_ME.search(st.doc.text, max(para_start, u.start - 60),
                                                                                 u.start):
        return p
    labels = list(CAPS_LABEL.finditer(st.doc.text, para_start, u.start))
    turn = labels[-1].start() if labels else para_start
    speaking = p.name == answerer(st, u)
    if not speaking:
        return p
    others = [m.person for m in mentions if turn <= m.pos < u.start and m.person.name and m.person.name != p.name
              and (m.person.gender or first_name_gender(m.person.name)) in ("", want)]
    return others[-1] if others else None
