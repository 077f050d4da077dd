"""Attribution carried from beyond the quotation's own sentence, when that sentence names nobody.

:func:`.attribute.extract_quotes` tries the sentence around a quotation first (the verb of saying after
it, the clause before it, a headline). When that gives nothing, these rules read the context as press
writing uses it: the sentence before (``“Q1,” said X. “Q2.”``), the previous quotation's speaker going
on in the next paragraph, a heading that names a person, an interview's question, the subject of a
sentence a quotation is embedded in, or a French incise inside the quotation (« …, a-t-elle dit, … »).
Each returns a :class:`.found.Found` or None.
"""

from __future__ import annotations

import re

from .cues import RE_ANY_VERB, RE_PRONOUN, say_verbs
from .forms import RE_ACCORDING, RE_SUBJECT, find_attributions
from .found import CONFIDENCE, Found, State, Unit, complete, from_attr, from_who
from .interview import CAPS_LABEL, INTERVIEW
from .ownbody import READ_TO_YOU
from .appos import parse_appos
from .people import person, sentence_ends
from .roleparts import rest_parts
from .scan import MARK_RE
from .kinds import SAYING_THAT, is_fragment, looks_like_title_case
from .personphrase import heading_person, person_np
from .subject import Who, org_np, subject_of_clause


def subject_before(st: State, prev: str, base: int, u: Unit, para_start: int | None = None) -> Found | None:
    """"Asked what had changed, she paused. “…”": a quotation that opens a sentence, in the paragraph of a
    sentence about a person, with nothing else to say who spoke: that person, at a low confidence."""
    para_start = st.doc.paragraph(u.start)[0] if para_start is None else para_start
    sent = prev.strip()
    if not sent or base < para_start or not sent.endswith((".", "!")) or MARK_RE.search(sent) or len(sent) > 300:
        return None
    who = subject_of_clause(sent.rstrip(".!"), st.ctx, base)
    if who is not None and who.kind == "unnamed" and not who.role and (say_verbs(sent) or _DISSENT.search(sent)):
        # "A delegate from a producing country, who asked not to be named, disagreed. “…”": nobody named,
        # whom she speaks for as the sentence gives it
        f = from_who(st, who, u, (base, u.end))
        return f if f is not None and f.how == "unnamed" else None
    if who is None or who.kind not in ("person", "pronoun"):
        return None
    if who.kind == "person" and _JOINT.search(sent):
        return None  # "NAME et NAME2 ont tenu une conférence de presse": which of them spoke is a guess
    f = from_who(st, who, u, (base, u.end))
    if f is None or not f.speaker:
        return None
    f.confidence = min(f.confidence, CONFIDENCE["context"])
    return f


def paragraph_before(st: State, u: Unit) -> Found | None:
    """"NAME stands on the kerb …, and waits for the light. ¶ “Q1 ¶ “Q2.”": a quotation over several paragraphs
    that opens its paragraph, right after a paragraph whose last sentence is about a person (a feature's way
    of letting her speak), with nothing else to say who spoke: that person, at a low confidence."""
    para_start, _ = st.doc.paragraph(u.start)
    head = st.doc.text[:para_start].rstrip()
    if len(u.parts) < 2 or st.doc.text[para_start:u.start].strip() or not head:
        return None
    ps, _pe = st.doc.paragraph(len(head) - 1)
    para = st.doc.text[ps:len(head)]
    if READ_TO_YOU.search(para):  # "Let me read you a few lines from a letter a woman … sent to my office. She asked
        return Found("unnamed", confidence=CONFIDENCE["unnamed"], evidence=(ps, u.end), cue=True)  # me not to …"
    ends = [0] + [e for e in sentence_ends(para) if e < len(para)]
    if len(ends) > 1 and _EXCERPTS.match(para[ends[-1]:]):
        ends.pop()  # « NAME a pris la parole en plénière. Extraits. »: the sentence before the excerpts' note
        end = ps + ends[-1] + len(para[ends[-1]:].rstrip())
        base = ps + ends[-1]
        return subject_before(st, st.doc.text[base:end], base, u, para_start=ps)
    base = ps + ends[-1]
    return subject_before(st, st.doc.text[base:len(head)], base, u, para_start=ps)


#: a note that what follows is excerpts of a speech: « Extraits. », "Excerpts:", "Extracts follow."
_EXCERPTS = re.compile(r"\s*(?i:extraits?|excerpts?|extracts?)(?:\s+(?i:follow|choisis|ci-dessous))?\s*[.:]?\s*$")


#: a verb that reports a reaction without saying ("disagreed", « a protesté »): the quotation that follows is it
_DISSENT = re.compile(r"(?i)\b(?:disagreed|objected|protested|demurred|dissented|countered|was\s+less\s+sure|"
                      r"n['’]est\s+pas\s+d['’]accord|a\s+protesté|s['’]y\s+oppose|proteste|conteste|"
                      r"a\s+contesté|se\s+montre\s+plus\s+sceptique)\b")

#: two people as one subject: "NAME and NAME2 told …", « NAME et NAME2 ont … »
_JOINT = re.compile(r"^\S+(?:\s+\S+){0,3}\s+(?:and|et)\s+(?:(?:the|la|le|l['\u2019])\s*)?[A-ZÀ-Þ]")


def previous(st: State, prev: str, base: int, u: Unit, after_quote: bool) -> Found | None:
    """“Q1,” said X. “Q2.” / X said that …. “Q” — the sentence before names who goes on speaking."""
    if not prev.strip() or not (after_quote or MARK_RE.search(prev) or say_verbs(prev) or RE_ACCORDING.search(prev)):
        return None
    forms = find_attributions(prev, st.ctx.known, base)
    if not forms and after_quote and st.last is not None and st.last.how in ("unnamed", "organisation") \
            and not CAPS_LABEL.search(st.doc.text, st.last.evidence[1] if st.last.evidence else base, u.start):
        # “Q1,” quipped a delegate. “Q2.” — the same unnamed speaker, or organisation, goes on
        return Found(st.last.how, "", "", st.last.organisation, min(st.last.confidence, CONFIDENCE["previous"]),
                     evidence=(base, u.end), cue=True)
    f = from_attr(st, max(forms, key=lambda a: (a.end, -a.pos, not a.pronoun)), u, (base, u.end)) if forms else None
    if f is not None and f.speaker:
        f.confidence = min(f.confidence, CONFIDENCE["previous"])
        return f
    if f is not None and f.how in ("unnamed", "organisation") and f.organisation and not after_quote \
            and not MARK_RE.search(prev):
        # "A senior official of the X Secretariat, speaking on condition …, said the demands were fair. “…”":
        # nobody named, but whom the words come from
        f.confidence, f.cue = min(f.confidence, CONFIDENCE["previous"]), True
        return f
    last = st.last
    if after_quote and last is not None and last.speaker and last.how in ("named", "headline", "pronoun") \
            and last.evidence and last.evidence[1] >= base + len(prev.rstrip()) and say_verbs(prev):
        # “Q1,” Halvorsen-Maas said. “Q2.”: the speaker the sentence before was given goes on
        return Found(last.how, last.speaker, last.role, last.organisation, min(last.confidence, CONFIDENCE["previous"]),
                     last.surname_only, last.gender, (base, u.end), cue=True)
    return None




def interview(st: State, u: Unit) -> Found | None:
    """An answer after a question, under a heading "Interview: NAME": NAME's words."""
    text = st.doc.text
    para_start, _ = st.doc.paragraph(u.start)
    prev_para = text[max(0, para_start - 400):para_start].rstrip()
    if not prev_para.endswith("?"):
        return None
    heads = list(INTERVIEW.finditer(text, max(0, u.start - 5000), u.start))
    if not heads or looks_like_title_case(u.text) or is_fragment(u.text):
        return None  # ("the Secretariat's “Status of National Inventories” note": a title in an answer)
    sent = text[max(para_start, u.start - 300):u.start]
    sent = sent[sentence_ends(sent)[-1]:] if sentence_ends(sent) else sent
    if _SOMEONE_ELSE.search(sent + text[u.end:u.end + 40].split(".")[0]):
        return None  # "She kept every jar, and she used to say, “…”": someone the answer speaks of, not the answerer
    h = heads[-1]
    who = person_np(h.group("name"), st.ctx.known, h.start("name"))
    found = from_who(st, who, u, (h.start(), h.end()), "headline")
    if found is not None and found.speaker:
        found.confidence = CONFIDENCE["interview"]
        return found
    return None


#: a third person who says the words inside an answer: "she used to say", « il m'a dit », "my mother told me"
_SOMEONE_ELSE = re.compile(r"(?i)(?<![\w\-])(?:he|she|they|il|elle|ils|elles)\s+(?:\w+\s+){0,3}?(?:said|say|says|told|"
                           r"used\s+to|would|asked|wrote|dit|disait|répétait|a\s+dit|m['\u2019]a)|(?<![\w\-])(?:my|ma|mon)"
                           r"\s+[a-zà-ÿ\-]+\s+(?:said|told|used|would|m['\u2019]a|disait|répétait)")


#: the quotation's own attribution right after it, by a subject that is no pronoun: “…,” the Fund said /
#: “…,” said the Fund / « … », conclut le Réseau / « … », a déclaré l'Institut
_OWN_SUBJECT_AFTER = re.compile(
    r"[\s,.;:!?\u00a0\u202f\u201d\u00bb\"']{0,6}(?:(?:the|The|le|la|les|l['\u2019])\s*[A-Z\u00c0-\u00de][\w\-']*(?:\s+[A-Z\u00c0-\u00de][\w\-']*){0,3}"
    r"\s+(?:said|says|added|wrote|stated|noted|told)\b|(?:said|says|added|wrote|stated|noted)\s+the\s+[A-Z]|"
    r"(?:conclut|ajoute|affirme|écrit|rappelle|souligne|prévient|estime|déclare|a\s+(?:déclaré|ajouté|écrit|affirmé|"
    r"rappelé|souligné|estimé|conclu))\s+(?:le|la|les|l['\u2019])\s*[A-Z\u00c0-\u00de])")


#: a French inverted verb of any kind after the quotation: « », sourit-elle. », « », soupire-t-il. »
_INVERTED_AFTER = re.compile(r"\w-(?:t-)?(?:il|elle)s?\b")


def continued(st: State, u: Unit, prev_end: int) -> Found | None:
    """A paragraph that is only a quotation, right after a paragraph whose quotation ends with its
    attribution (“Q1,” said NAME, ROLE.  ¶ “Q2.”): the same speaker goes on, as press writing does."""
    last = st.last
    if last is None or not last.speaker or last.how not in ("named", "pronoun", "headline") or prev_end <= 0:
        return None
    text = st.doc.text
    para_start, _ = st.doc.paragraph(u.start)
    if text[para_start:u.start].strip() or not (0 < para_start - prev_end <= 300):
        return None
    if _OWN_SUBJECT_AFTER.match(text, u.end):
        return None  # “Q2,” the Fund said. / « Q2 », conclut le Réseau: its own sayer, whom the text did not make a person
    between = text[prev_end:para_start]
    prev_para, _ = st.doc.paragraph(prev_end - 1)
    split = not re.search(r"\w", between) and last.evidence is not None and last.evidence[0] >= prev_para \
        and text[prev_para:prev_end].lstrip()[:1] in "\u201c\u00ab\"\u201e" and say_verbs(text[prev_para:prev_end])
    # (“Q1,” NAME added, “Q2.” ¶ “Q3.”: a paragraph of hers, the attribution inside it, then hers again)
    if not split and (len(sentence_ends(between.strip())) > 1 or MARK_RE.search(between)
                      or not (RE_ANY_VERB.search(between) or _INVERTED_AFTER.search(between))):
        return None  # no attribution after the first, or another sentence came between: not sure who goes on
    return Found(last.how, last.speaker, last.role, last.organisation, min(last.confidence, CONFIDENCE["previous"]),
                 gender=last.gender, evidence=(prev_end - 1, u.end), cue=True)


#: a sentence that leads into the words that follow it: "She tried to explain why she still comes back.",
#: "He remembers the night the dyke broke.", « Elle raconte la nuit où la digue a cédé. »
_LEAD_IN = re.compile(r"(?i)(?<![\w\-])(?:explain|explained|explains|tell|tells|told|remember|remembers|recall|recalls|"
                      r"describe|describes|described|talk|talks|speak|speaks|answer|answers|reply|replies|"
                      r"expliquer|explique|raconter|raconte|dire|se\s+souvient|se\s+rappelle|décrire|décrit|"
                      r"parler|parle|répondre|répond)(?![\w\-])")


def lead_in(st: State, u: Unit) -> Found | None:
    """A paragraph that opens on a quotation, after a paragraph that ends on a person (or "she") about to
    speak ("On the last night she stood on the dyke and tried to explain why she still comes back. ¶ “…”"):
    that person, at a low confidence; the paragraph before holds no quotation."""
    text = st.doc.text
    para_start, _ = st.doc.paragraph(u.start)
    j = len(text[:para_start].rstrip())
    if text[para_start:u.start].strip() or j < 1:
        return None
    prev_start, prev_end = st.doc.paragraph(j - 1)
    para = text[prev_start:prev_end].strip()
    if not para.endswith((".", "!")) or MARK_RE.search(para) or len(para) > 600:
        return None
    ends = sentence_ends(para)
    last = para[ends[-2] if len(ends) >= 2 else 0:].strip()
    if not _LEAD_IN.search(last):
        return None
    at = prev_start + para.find(last)
    who = subject_of_clause(re.split(r"[,;]?\s+(?:and|et|to|pour|à)\s", last.rstrip(".!"))[0], st.ctx, at)
    if who is None or who.kind not in ("person", "pronoun"):
        pro = re.search(r"(?<![\w\-])(?P<p>she|he|elle|il)\s+(?=[a-zà-ÿ])", last, re.I)
        if pro is None:  # ("On the last night of the meeting she stood …": the pronoun after an opening phrase)
            return None
        who = Who("pronoun", gender="f" if pro.group("p").lower() in ("she", "elle") else "m", pos=at + pro.start())
    f = from_who(st, who, u, (prev_start + para.find(last), u.end))
    if f is None or not f.speaker:
        return None
    f.confidence = min(f.confidence, CONFIDENCE["context"])
    return f


def under_heading(st: State, u: Unit) -> Found | None:
    """A paragraph that is only a quotation, under a heading that names a person (a list of voices)."""
    text = st.doc.text
    para_start, para_end = st.doc.paragraph(u.start)
    j = len(text[:para_start].rstrip())
    if text[para_start:u.start].strip() or text[u.end:para_end].strip(" \t\n.") or j < 1:
        return None
    prev_start, prev_end = st.doc.paragraph(j - 1)
    who = heading_person(text[prev_start:prev_end], st.ctx, prev_start) if "\n" not in \
        text[prev_start:prev_end].strip() else None
    found = from_who(st, who, u, (prev_start, u.end), "headline")
    if found is not None:
        found.confidence = CONFIDENCE["interview"]
    return found


def participle(st: State, cur: str, base: int, u: Unit) -> Found | None:
    """« NAME, qui …, l’a ouverte en rappelant que « … » », "…, recalling that “…”": the subject of the
    sentence the participle of saying belongs to."""
    m = SAYING_THAT.search(cur)
    if m is None or len(cur) > 400:
        return None
    clause = cur[:m.start()].rstrip(" ,")
    head, comma, pred = clause.rpartition(",")
    if comma and pred.strip()[:1].islower():  # "NAME, who chaired it, opened it by": the subject, before its verb
        clause = head + ","
    who = subject_of_clause(clause, st.ctx, base)
    if who is None or who.kind not in ("person", "unnamed", "org", "publisher"):
        return None
    return from_who(st, who, u, (base, u.end))


#: what joins a second quotation to the first one's sentence: ", before adding(, in English):", ", adding:",
#: « , avant d’ajouter, en anglais : », « et d’ajouter : », « puis d’ajouter : », « ajoutant : »
_ADDING = re.compile(r"(?i)^[\s,\u201d\u00bb\"]*(?:(?:and\s+)?(?:before|then)\s+adding|adding|and\s+added|then\s+added|"
                     r"(?:avant|et|puis)\s+d['\u2019]\s*ajouter|ajoutant|en\s+ajoutant)(?:\s*,\s*[^,:;.!?]{1,40}?,?)?\s*[:,]?\s*$"
                     # "notes that “Q1” and that “Q2”", « estime que « Q1 » et que « Q2 » »: the same verb's second object
                     r"|^[\s,\u201d\u00bb\"\u00a0\u202f]*(?:and|et|but|mais)\s+(?:also\s+|aussi\s+)?(?:that|que|qu['\u2019])"
                     r"[\s\u00a0\u202f]*$")


def adding(st: State, cur: str, same_sentence: bool, u: Unit) -> Found | None:
    """“Q1”, before adding: “Q2” / « Q1 », avant d’ajouter : « Q2 »: the first quotation's speaker goes on, in the
    same sentence."""
    last = st.last
    if not same_sentence or last is None or not _ADDING.match(cur):
        return None
    if not (last.speaker or last.how in ("unnamed", "organisation")):
        return None
    return Found(last.how, last.speaker, last.role, last.organisation, last.confidence, last.surname_only,
                 last.gender, last.evidence, cue=True)


#: a quotation that is its sentence's predicate opens on a finite verb: "will", "cannot", "remains", « veillera »,
#: « ne lâchera », « reste »
_PREDICATE = re.compile(r"n['\u2019]|(?:will|would|must|shall|should|can|cannot|could|may|might|has|have|is|are|was|"
                        r"were|does|did|remains|wants|intends|refuses|expects|ne|est|sont|doit|doivent|veut|veulent|"
                        r"va|vont|a|ont|reste|restent|refuse|entend|compte|[a-zà-ÿ]{3,}(?:era|eront|ira|iront|ra|ront)|"
                        # what a body's statement opens on: « recommande », « salue … mais regrette », "welcomes"
                        r"recommande|recommandent|salue|saluent|regrette|regrettent|déplore|déplorent|demande|"
                        r"demandent|exhorte|exhortent|réclame|réclament|recommends|recommend|welcomes|welcome|"
                        r"regrets|deplores|urges|demands)"
                        r"(?![\w\-])")


def predicate_of_a_body(st: State, cur: str, base: int, u: Unit) -> Found | None:
    """A body's words as its own sentence's predicate, with no verb of saying: « La coalition « veillera à ce que
    chaque Partie publie ses saisies » », "The Harwick Institute “remains convinced that …”": the body said them."""
    np = re.sub(r"^[^\u2014\u2013\n]{1,60}[\u2014\u2013]\s*", "", cur.strip())  # ("LUND, 3 June (Wire) — ": a dateline)
    np = re.sub(r"^[^,;:.!?]{1,30},\s*", "", np)  # ("In short, the coalition", « En bref, la coalition »)
    words = st.doc.text[u.start:u.end].lstrip("\u201c\u00ab\u201e\"\u00a0\u202f ")
    if not np or len(np) > 120 or re.search(r"[,;:.!?]", np) or RE_ANY_VERB.search(np) or not _PREDICATE.match(words):
        return None
    who = org_np(np, st.ctx, base)
    if who is None or who.kind != "org" or not who.org:
        return None
    return Found("organisation", "", "", who.org, CONFIDENCE["organisation"], evidence=(base, u.end), cue=True)


def embedded_subject(st: State, cur: str, base: int, u: Unit) -> Found | None:
    """The person a sentence is about, when a quote is embedded in it and no verb of saying is found:
    ``Dr Amara Diallo called the idea “…”``; a body whose words are its sentence's predicate
    (:func:`predicate_of_a_body`)."""
    if (body := predicate_of_a_body(st, cur, base, u)) is not None:
        return body
    if not cur.strip() or len(cur) > 400 or RE_ANY_VERB.search(cur) or RE_PRONOUN.search(cur):
        return None  # "X was approached by a delegate who told him, “…”": the speaker is not X
    m = RE_SUBJECT.match(cur)
    if not m:
        return None
    res = person(m.group("name"), from_right=True, known=st.ctx.known, at=base)
    if res is None:
        return None
    speaker, trole, surname_only, _, g = res
    role, org = parse_appos(rest_parts(m.group("rest"))) if m.group("rest") else ("", "")
    f = Found("named", speaker, role or trole, org, CONFIDENCE["subject"], surname_only, g, (base, u.end))
    return complete(st, f)


_INCISE = re.compile(r",[\s\u00a0\u202f]*(?P<inc>[^,\u00ab\u00bb\u201c\u201d\"]{3,60}?)[\s\u00a0\u202f]*,")


def incise(st: State, u: Unit) -> Found | None:
    """« Nous sommes proches, a-t-elle dit, mais … »: the attribution set between commas inside a French
    quotation, as French press writing does."""
    text = st.doc.text
    for p in u.parts:
        body = text[p.body[0]:p.body[1]]
        for m in _INCISE.finditer(body):
            inc = m.group("inc")
            forms = [a for a in find_attributions(inc, st.ctx.known, p.body[0] + m.start("inc"))
                     if a.pos == 0]
            if forms:
                return from_attr(st, forms[0], u, (u.start, u.end))
    return None
