"""How a quotation's speaker was found: the steps every way of attribution shares — a subject made into a speaker
(:func:`from_who`), an attribution form (:func:`from_attr`), the role and organisation the document gave the
person before (:func:`complete`), and whom a pronoun means (:func:`pronoun_found`). The record they fill and the
state they keep are :mod:`.record`'s (imported here too, as every step imports them); who answers an interview is
:mod:`.interview`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .forms import Attr
from .record import CONFIDENCE, Found, State, Unit
from .readback import named_after_own_pronoun, namesake_by_role, set_apart
from .layout import name_across_lines
from .antecedents import antecedent
from .firstnames import article_gender, first_name_gender
from .firstintro import introduced_by_first_name
from .onewordname import one_word_person
from .genders import title_gender
from .signatory import signatory
from .goeson import goes_on
from .rolehead import named_by_role_last, role_named_here
from .surnamelead import asked_before_the_words, surname_lead
from .replies import not_the_one_given, person_of_turn, turn_of
from .thinpronoun import adds, too_thin, unnamed_goes_on
from .interview import (ANSWERED, LABEL_END, INITIALS_LABEL, TITLE_NAME, answer_body, answer_body_at, answerer, told_me_other,
                        holds_a_turn, interviewee, intro_paragraph, past_a_question, question_paragraphs)
from .letters import letter_writer
from .bodypronoun import article_gender_at, body_goes_on, delegate_of
from .ownbody import OF_MY_BODY, OUR_DOCUMENT_SAYS, READ_TO_YOU, PERSON_NOUN as _PERSON_NOUN, introduced_as_mine, its_role_of_ours, one_of_mine
from .people import ORG_WORDS, ROLE_WORDS, _title_stem, clean_org, clean_role, is_surname, distinct_people, lower_token, name_case, personal_mandate
from .vocab import STOP_CAPS, untitled
from .spokento import speaks_to
from .described import heading_speaker, headline_holder, introduced_unnamed
from .states import state_of_demonym
from .context import names_a_state
from .mentions import text_words
from .orgsubject import org_subject
from .subject import ORG_HEADS, Context, Who, _role_apposition
from .possessive import body_before
from .appos import a_workplace
from .byline import publication_of_author, signer
from .court import the_court

def from_who(st: State, who: Who | None, u: Unit, span: tuple[int, int], conf: str = "named") -> Found | None:
    """A :class:`Found` from the subject of a speech act."""
    if who is None:
        return None
    if who.kind == "person" and not (" " in who.name and st.doc.text.startswith(who.name, who.pos)) and not who.role \
            and (apart := set_apart(st.doc.text, who.name, who.pos)):
        # "“…,” SURNAME said" after "Minister SURNAME — no relation to NAME": the minister, whom the kit completes
        title, surname = apart.rsplit(" ", 1)
        who = replace(who, name=surname, role=title, surname_only=True, org="")
    if who.kind == "person" and who.surname_only and is_surname(who.name) and (told := namesake_by_role(st, who.name, u)):
        who = replace(who, name=told, surname_only=False)  # « Le guide, lui, … », a dit SURNAME
    if who.kind == "person" and who.surname_only and is_surname(who.name) and not who.role and not who.gender \
            and len(named_in_full_before(st, who.name, span[0])) > 1:
        # two namesakes the document named, and a bare surname that does not tell them apart ("Minister X" may): nobody
        return Found(cue=True, evidence=span)
    if who.kind == "person" and not who.role and not who.gender and _IT_SAID.match(st.doc.text, who.pos + len(who.name)) \
            and " " in who.name and st.doc.text.startswith(who.name, who.pos) and not first_name_gender(who.name):
        # "Fenmarsh Lettings said that it had “…”": a name with no first name, and "it" says a body speaks (not
        # "Agnes Brackley said it was late")
        return Found("organisation", "", "", who.name, CONFIDENCE["organisation"], evidence=span)
    if who.kind == "person":
        c = CONFIDENCE["surname-unresolved" if who.surname_only and is_surname(who.name) else
                       "surname" if who.surname_only else conf]
        if who.surname_only and is_surname(who.name) and not who.role and not who.gender:
            if " " not in who.name and names_a_state(who.name, st.doc.text):
                # "Valdoria said in a statement" beside "the Valdorian delegation": the State speaks, no person
                return Found("organisation", "", "", who.name, CONFIDENCE["organisation"], evidence=span)
            c = CONFIDENCE["bare-word"]  # "Greenpeace said": no title, nobody of that name: maybe no person
            if introduced_by_first_name(st.doc.text, who.name):
                c = CONFIDENCE["surname-unresolved"]  # "## Yerlan, 52, Oskeldt … “…,” Yerlan asks us": a first name
        f = Found("named" if conf != "headline" else "headline", who.name, who.role, who.org, c,
                  who.surname_only and is_surname(who.name), who.gender, span)
        return complete(st, f)
    if who.kind == "pronoun":
        return pronoun_found(st, u, who.gender, span)
    if who.kind == "publisher" and who.role and (h := headline_holder(st.doc, u.start, who.gender, st.speakers)):
        # « ## NAME : « … » ¶ Notre responsable des politiques a résumé : « … » »: the headline's one person
        return complete(st, Found("pronoun", h.name, clean_role(who.role), who.org or h.organisation,
                                  CONFIDENCE["surname"], " " not in h.name, who.gender or h.gender, span))
    if who.kind in ("org", "publisher"):
        org = who.org or (st.ctx.doc_org if who.kind == "publisher" else "")
        answers = st.ctx.known.get(answerer(st, u)) if who.kind == "publisher" else None
        if answers is not None and answers.organisation:  # "Our board wrote …" in the answer of a person of X
            org = answers.organisation
        elif who.kind == "publisher" and (body := answer_body(st, u)):
            org = body  # "Our own field manual says …" in an answer: the interviewee's body, not the publisher
        if org and len(org.split()) > 1:
            st.ctx.orgs_seen.append((u.start, org))
        return Found("organisation", "", "", org, CONFIDENCE["organisation"], evidence=span)
    if who.kind in ("unnamed", "own") and who.role and (h := headline_holder(st.doc, u.start, who.gender, st.speakers)):
        org = re.sub(r"\s+(?:devant|before|lors|during)(?:\s.*)?$", "", who.org)  # (« devant le groupe »: where)
        return complete(st, Found("pronoun", h.name, who.role, org or h.organisation, CONFIDENCE["surname"],
                                  " " not in h.name, who.gender or h.gender, span))  # the headline's one person
    if who.kind == "unnamed" and who.role:  # "“…,” the director said": the person the paragraph is about
        para_start, _ = st.doc.paragraph(u.start)
        f = None if introduced_unnamed(st.doc.text[para_start:u.start], who.role) \
            or _role_said(st.doc.text[para_start:u.start], who.role) > 1 else \
            pronoun_found(st, u, who.gender, span, reach=False, subject=True)
        if f is not None and f.speaker and _other_role(who.role, f.role):
            f = None  # « a reconnu la ministre » after « Odile NAME, présidente du Forum »: not the one of that role
        if (f is None or not f.speaker) and who.gender == "m" and f is not None:  # « souffle le médecin » of « Le
            f = pronoun_found(st, u, "", span, reach=False, subject=True)  # docteur Awa NAME »: a woman's title too
        if (f is None or not f.speaker) and not introduced_unnamed(st.doc.text[para_start:u.start], who.role):
            f = _holder_of_role(st, u, para_start, who, span)
        if f is not None and f.speaker and f.how == "pronoun":
            f.role, f.organisation = f.role or who.role, f.organisation or who.org
            return complete(st, f)
    if who.kind == "unnamed":
        org = "" if a_workplace(who.org) else who.org  # "a teacher at the Kiln Lane primary school": where she works
        if not org and (OF_MY_BODY.search(st.doc.text, max(0, span[0]), u.start)
                        or one_of_mine(st.doc.text[max(0, span[0]):u.start])):
            org = _own_body(st, u)  # « Un diplomate de ma délégation m’a dit » in a minister's statement: his State
        if re.search(r"(?i)\b(?:delegation|délégation|government|gouvernement)\b", org):
            org = state_of_demonym(org, st.ctx, st.doc.text) or org  # "a member of the Tolvanian delegation"
        return Found("unnamed", organisation=org, confidence=CONFIDENCE["unnamed"], evidence=span)
    if who.kind == "own":  # "My Minister asked me to read …": nobody named, but whom the speaker speaks for
        return Found("unnamed", organisation=_own_body(st, u), confidence=CONFIDENCE["unnamed"], evidence=span,
                     cue=True)
    if who.kind == "self" and st.default_speaker:
        sent = st.doc.text[max(st.doc.paragraph(u.start)[0], u.start - 200):u.start]
        whose = _WHOSE_DOCUMENT.search(sent)
        if whose is not None:  # "I thank the Secretariat, whose technical note puts it plainly: “…”": the note's
            body = whose.group("body") or ""  # words, which speak for the body it belongs to
            body = body if any(lower_token(w) in ORG_WORDS for w in body.split()) else ""
            return Found("unnamed", organisation=body, confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
        cited = _CITED_DOCUMENT.search(sent) or OUR_DOCUMENT_SAYS.search(sent)
        if cited is not None:  # « Je cite enfin notre propre note technique : « … » »: the note's words, not hers
            ours = cited.group("det").lower() in ("notre", "nos", "our", "my", "mon", "ma", "mes")
            return Found("unnamed", organisation=_own_body(st, u) if ours else "", confidence=CONFIDENCE["unnamed"],
                         evidence=span, cue=True)
        if (writer := letter_writer(st, u, span)) is not None:  # « vous lire la lettre que m’a adressée NAME : »
            return complete(st, writer) if writer.speaker else writer
        if READ_TO_YOU.search(sent):  # « J’ai reçu la lettre d’une travailleuse …. Je vous la lis : « … » »: hers
            return Found("unnamed", confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
        theirs = _THEIR_WORDS.search(sent)
        if theirs is not None:  # "I will repeat her words as she said them: « … »": hers, never the speaker's
            gd = theirs.groupdict()
            want = "f" if any(gd[k] for k in gd if k[0] == "f") else "m" if any(gd[k] for k in gd if k[0] == "m") else ""
            f = pronoun_found(st, u, want, span, reach=False)
            return f if f is not None and f.speaker and f.speaker != st.default_speaker else None
        # (a cue: « j’avais déclaré à cette tribune que « … » » is the speaker's own earlier words, not a scare quote)
        return Found("document", st.default_speaker, _own_title(st), confidence=CONFIDENCE["self"], evidence=span,
                     cue=True)
    if who.kind == "self":  # "A: I told him: “…”" in an interview: the person who answers
        name = answerer(st, u, introduced=True)
        if name:
            return complete(st, Found("headline", name, confidence=CONFIDENCE["interview"], evidence=span))
        if name := signer(st.doc.text):
            # "By NAME, astronomer" over an op-ed: "In my book …, I wrote that “…”" is its author's own words
            return complete(st, Found("headline", name, confidence=CONFIDENCE["interview"], evidence=span))
        if not ANSWERED.search(st.doc.text) and (signed := signatory(st.doc.text)):
            # « je vous avais dit : « … » » in a notice signed "NAME ¶ Maire de X", "I wrote: “…”" under "By NAME"
            return Found("document", signed, confidence=CONFIDENCE["self"], evidence=span, cue=True)
    return Found(cue=True, evidence=span)


#: a verb of saying, then "it" for its subject: "… said that it had", "… says it will"
_IT_SAID = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|stated|states|argued|argues|added|adds|claimed|claims|wrote|writes|"
                      r"maintained|maintains|insisted|insists|told\s+the\s+\w+)\s+(?:that\s+)?it\s+(?:had|has|was|is|would|will|"
                      r"could|did|does|can|should|remained|remains)(?![\w\-])")


def _own_title(st: State) -> str:
    """The role a statement gives its own speaker: the title right before her name (« Déclaration de l’ambassadrice
    NAME, cheffe de la délégation … »: ambassadrice), else the role the document introduced her with."""
    name = st.default_speaker
    m = re.search(rf"(?<![\w\-])([a-zà-ÿ\-]{{3,}})\s+{re.escape(name)}(?![\w\-])", st.doc.text) if name else None
    if m is not None and lower_token(m.group(1)) in ROLE_WORDS:
        return m.group(1)
    me = st.ctx.known.get(name) if name else None
    return me.role if me is not None else ""


def _role_said(par: str, role: str) -> int:
    """How many times the paragraph ``par`` uses the role noun that ends ``role`` (its first six letters)."""
    head = role.split()[-1] if role else ""
    return len(re.findall(rf"(?i)(?<![\w\-]){re.escape(head[:6])}[\w\-]*", par)) if head else 0


def _holder_of_role(st: State, u: Unit, para_start: int, who: Who, span: tuple[int, int]) -> Found | None:
    """« La ministre …, NAME, à l’ouverture. « … », a déclaré la ministre »: the one person the paragraph
    names with that role (and of the role noun's gender, when its article gives one), subject or not."""
    head = who.role.split()[-1] if who.role else ""
    holders = [m.person for m in st.mentions if para_start <= m.pos < u.start and m.person.name and m.person.role
               and _title_stem(head) in {_title_stem(w) for w in m.person.role.split()}]
    people = {p.name: p for p in holders if not who.gender or not p.gender or p.gender == who.gender}
    if not people and who.gender == "m":  # « souffle le médecin » of « Le docteur Awa NAME »: the masculine
        people = {p.name: p for p in holders}  # of a French role noun is also a woman's title
    if len(people) != 1 or _role_said(st.doc.text[para_start:u.start], head) != 1:
        return None  # ("Ambassador NAME and Ambassador NAME2 spoke. “…,” the ambassador said": either of them)
    p = next(iter(people.values()))
    return Found("pronoun", p.name, p.role, p.organisation, CONFIDENCE["pronoun"], False, who.gender or p.gender, span)


#: the turn of a verbatim record or a summary: "**Mr KABORÉ** (Sénéval):", "Ms ADLER (Lund):"
_TURN = re.compile(r"[ \t]*(?:\*\*)?[^\n()]{2,60}?(?:\*\*)?[ \t]*\((?P<org>[^()\n]{2,80})\)")


def _own_body(st: State, u: Unit) -> str:
    """Whom the person who says "my Minister" speaks for: her turn's delegation in a verbatim record, the
    organisation of the person who answers an interview (or whom it is titled after), else the document's."""
    text = st.doc.text
    para_start, _ = st.doc.paragraph(u.start)
    turn = _TURN.match(text, para_start)
    if turn is not None and turn.end() < u.start:
        return clean_org(turn.group("org"))
    name = answerer(st, u)
    if not name and (head := TITLE_NAME.match(text)) is not None:
        name = head.group("name")
    p = st.ctx.known.get(name) if name else None
    if p is not None and p.organisation:
        return p.organisation
    if body := answer_body(st, u):
        return body  # « Comme le dit notre propre note technique » in the answer of the head of a body: hers
    return st.ctx.doc_org if st.default_speaker else ""


def from_attr(st: State, a: Attr | None, u: Unit, span: tuple[int, int]) -> Found | None:
    if a is None:
        return None
    if a.pronoun:
        return pronoun_found(st, u, a.gender, span)
    if a.surname_only and " " in a.speaker and (apart := set_apart(st.doc.text, a.speaker, span[0] + a.pos)):
        # "“…,” SURNAME said" after "Minister SURNAME — no relation to NAME": the minister, whom the kit completes
        title, surname = apart.rsplit(" ", 1)
        a = replace(a, speaker=surname, role=title, organisation="")
    unresolved = a.surname_only and is_surname(a.speaker)
    if unresolved and not a.role and not a.gender and len(named_in_full_before(st, a.speaker, span[0])) > 1:
        # "NAME1 X, the fisheries minister — no relation to NAME2 X, the environment minister — defended the
        # permits. “…,” X said": the document names two people of that surname and does not say which: nobody,
        # rather than the one the kit happens to quote elsewhere
        return Found(cue=True, evidence=span)
    c = CONFIDENCE["surname-unresolved" if unresolved else "surname" if a.surname_only else "named"]
    c = CONFIDENCE["bare-word"] if unresolved and not a.role and not a.gender else c
    if c == CONFIDENCE["bare-word"] and introduced_by_first_name(st.doc.text, a.speaker):
        c = CONFIDENCE["surname-unresolved"]  # a first name the document introduces as a person's
    return complete(st, Found("named", a.speaker, a.role, a.organisation, c, unresolved, a.gender, span))


def named_in_full_before(st: State, surname: str, at: int) -> set[str]:
    """The full names of that surname the document gives before ``at`` (two: namesakes it has not told apart)."""
    known = st.ctx.known
    names = set()
    for n in known.namesakes(surname):
        p = known.get(n) or known.get_loose(n)
        if p is not None and len(n.split()) > 1 and p.pos <= at:
            names.add(n)
    return distinct_people(names)


#: a one-word organisation that stands for the full one ("the Secretariat’s legal adviser"); not a State's
#: government or delegation, which :func:`state_of_demonym` reads
_SHORT_ORGS = set(ORG_HEADS) - {"government", "gouvernement", "delegation", "délégation", "mission", "presidency",
                                "présidence", "conference", "conférence"}


#: a role the document's own organisation holds: "our director", « notre directrice »; just before the name
#: (a comma optional) as _OUR_ROLE, or around it between commas as _OUR_BEFORE / _OUR_AFTER
_OUR = r"(?i:\b(?:our|notre|nos))\s+(?P<role>(?:[\w\-]+\s+|[dl][\'\u2019]){0,4}?[\w\-]+)"
_OUR_ROLE = re.compile(_OUR + r"\s*,?\s*$")


#: a role after a State's adjective, just before the name: "The Dravonian energy minister, "
_ADJ_ROLE_BEFORE = re.compile(r"(?:^|[.;:]\s+|\b[Tt]he\s+)(?P<all>(?-i:[A-ZÀ-Þ][a-zà-ÿ]{3,}(?:an|ian|ese|ish|i|ic|ean))\s+"
                              r"(?P<role>(?:[a-z\-]+\s+){0,3}[a-z\-]+))\s*,\s*$")
_OUR_BEFORE = re.compile(_OUR + r"\s*,\s*$")
_OUR_AFTER = re.compile(r"^\s*,\s*(?i:(?:one|some)\s+of\s+|l['\u2019]\s*une?\s+de\s+|une?\s+de\s+)?" + _OUR + r"\s*[,.;:]")

def _is_our_role(own: re.Match | None) -> bool:
    """Whether a match of the patterns above names a role ("our director", "our chief toxicologist"), not a
    thing ("our report")."""
    return own is not None and any(lower_token(w) in ROLE_WORDS or lower_token(w)[:-1] in ROLE_WORDS
                                   or _PERSON_NOUN.search(lower_token(w)) for w in own.group("role").split())
    # ("one of our river wardens, NAME": a plural role noun is still a role)


def fill_from_introduction(text: str, f: Found, ctx: Context, ours: bool = True) -> None:
    """The body of a person the text introduced by role and body before the name, in a sentence other than
    the one carrying the words ("When I met the Director-General of the X Agency, NAME, in January, …"), or
    as one of the document's own ("our director, NAME", where the document speaks for its body: ``ours``,
    its own voice or a statement's speaker, "NAME, our chief toxicologist" in a minister's statement)."""
    if f.organisation or " " not in f.speaker.strip():
        return
    if ours and ctx.doc_org and introduced_as_ours(text, f.speaker):
        f.organisation = ctx.doc_org  # « Notre chargé de terrain, NAME, … » then « a-t-il raconté »
        return
    wrapped = name_across_lines(f.speaker)
    if _its_body(text, f, ctx, wrapped):
        return
    for start, found in _introductions(text, wrapped):  # also as a PDF line wraps it ("Tessier-¶Ngata")
        for role, org in found:
            if " " not in org.strip():  # « l'hydrologue de l'Agence »: which agency the text means
                org = ctx.resolve_org(org, start)
            if org and (org in ctx.org_names or any(lower_token(w) in ORG_WORDS for w in org.split())):
                f.role, f.organisation = f.role or role, org  # a body by its kind ("the X Agency"), not a remit
                return


#: a body's role given by a possessive, before the name at a sentence's start ("Its secretary general, NAME",
#: « Sa présidente, NAME ») or after it (« NAME, son secrétaire général, »): the possessive's body
_ITS = r"(?:[Ii]ts|[Tt]heir|[Ss]on|[Ss]a|[Ll]eur)\s+(?P<role>(?:[\w\-]+\s+){0,3}?[\w\-]+)"
_ITS_BEFORE = re.compile(r"(?:^|(?<![\w\-]))" + _ITS + r"\s*,\s*$")
_ITS_AFTER = re.compile(r"^\s*,\s*" + _ITS + r"\s*[,.;:]")


def _its_body(text: str, f: Found, ctx: Context, wrapped: str) -> bool:
    """"The X Union brought forty members. Its secretary general, NAME, …" (« Le Syndicat X a distribué un tract.
    NAME, son secrétaire général, y écrit »): the body the sentence before names first is the one "its" means; a
    body only when that sentence names one (a State, a town or a person there is no body of hers)."""
    for at, role in _its_roles(text, wrapped):
        body = body_before(ctx, text, at)
        if body:
            f.organisation = body
            f.role = f.role or clean_role(role)
            return True
    return False


#: The two readings above look at every mention of the speaker's name for each quotation; what they look for
#: around a mention depends on the text alone, so it is read once per document and name (a page of hundreds of
#: quotations of one speaker took time growing with the square of their number).
@lru_cache(maxsize=64)
def _its_roles(text: str, wrapped: str) -> tuple[tuple[int, str], ...]:
    """Each mention of the name with "Its ROLE, NAME" / "NAME, son ROLE," around it: (where the body is read
    before, the role)."""
    out = []
    for m in re.finditer(wrapped, text):
        own = _ITS_BEFORE.search(text[max(0, m.start() - 80):m.start()]) or _ITS_AFTER.match(text[m.end():m.end() + 80])
        if own is None or not any(lower_token(w) in ROLE_WORDS for w in own.group("role").split()):
            continue
        out.append((m.start() if own.re is _ITS_AFTER else max(0, m.start() - 80) + own.start("role"), own.group("role")))
    return tuple(out)


@lru_cache(maxsize=64)
def _after_commas(text: str, wrapped: str) -> tuple[tuple[int, str], ...]:
    """Each mention of the name right after a comma: (where it starts, the 160 characters before it, stripped)."""
    out = []
    for m in re.finditer(wrapped, text):
        head = text[max(0, m.start() - 160):m.start()].rstrip()
        if head.endswith(","):
            out.append((m.start(), head))
    return tuple(out)


@lru_cache(maxsize=64)
def _introductions(text: str, wrapped: str) -> tuple[tuple[int, tuple[tuple[str, str], ...]], ...]:
    """Each mention of the name after a comma with the roles and bodies the words before it introduce ("When I met
    the Director-General of the X Agency, NAME"): (where it starts, ((role, body as written), …)), in the order
    they are tried. Read once per document and name; which body a one-word one ("the Agency") means is asked of
    the document for each quotation, as the document's bodies are known by then. A mention whose words give no
    body is left out (an empty body means none, whatever is asked)."""
    out = []
    for start, head in _after_commas(text, wrapped):
        part = re.split(r"[,.;:!?\u201c\u201d\u00ab\u00bb]", head[:-1])[-1]
        found = []
        for intro in _ROLE_INTRO.finditer(part):  # "a visit from the head of the X": the first that is a role
            np = part[intro.start("np"):]
            lead_word = lower_token(np.split()[0]) if np.split() else ""
            if any(lower_token(w) in _OCCASION for w in np.split()[:2]):
                break  # "At the close of the Nerevan Conference, NAME": when, not whom she speaks for
            role, org = _role_apposition(np) if np[:1].islower() or lead_word in ROLE_WORDS else ("", "")
            if org.strip():
                found.append((role, org))
        if found:
            out.append((start, tuple(found)))
    return tuple(out)


def forget_texts() -> None:
    """Drop the reads kept per document and name (called once a document's quotations are found): the cache
    holds the document's text, which may be megabytes, and no other document asks for it."""
    for read in (_its_roles, _after_commas, _introductions, introduced_as_ours, names_a_state, text_words,
                 question_paragraphs, the_court):
        read.cache_clear()


#: a time or an occasion opening the words before a name: "On the fourth evening of the X Conference, NAME"
_OCCASION = {"close", "end", "opening", "start", "beginning", "evening", "morning", "afternoon", "night", "day", "eve",
             "margins", "sidelines", "middle", "heart", "course", "occasion", "fourth", "third", "second", "last",
             "final", "fin", "ouverture", "clôture", "soir", "soirée", "matin", "matinée", "veille", "marge", "marges",
             "cours", "lendemain", "journée", "début", "milieu", "issue", "sortie",
             # a gathering the body held: "the Institute's side event", « la réception de l'Institut »
             "event", "side", "launch", "briefing", "reception", "workshop", "dinner", "lunch", "breakfast", "panel",
             "stand", "booth", "réception", "débat", "atelier", "lancement", "réunion", "séance", "dîner", "déjeuner",
             "colloque", "présentation", "conférence", "événement", "évènement", "table"}
#: the role and body before a name: "… met the Director-General of the X Agency, ", « … de la directrice de l'Agence X, »
_ROLE_INTRO = re.compile(r"(?:^|\s)(?:(?:the|a|an|la|le|un|une|du)\s+|l['\u2019]\s*)(?P<np>[a-zà-ÿ])", re.I)  # (not "At")


@lru_cache(maxsize=64)  # asked for each quotation of the name: read once per document and name
def introduced_as_ours(text: str, name: str) -> bool:
    """Whether the document gives ``name`` a role of its own organisation somewhere: "our director, NAME",
    "NAME, our director," (so a later "she said" or the surname alone speaks for it too)."""
    if " " not in name.strip():
        return False  # a surname alone may be another person's
    for m in re.finditer(re.escape(name), text):
        own = _OUR_BEFORE.search(text[max(0, m.start() - 80):m.start()]) or _OUR_AFTER.match(text[m.end():m.end() + 80])
        if _is_our_role(own):
            return True
    return False


#: a role after a name that points back to a body with "there": "NAME, a senior ecologist there,"
_THERE_AFTER = re.compile(r",\s+(?:an?|the|one\s+of\s+the)\s+[^,;:\u201c\u201d\n]{1,50}?(?:\n[^,;:\u201c\u201d\n]{0,50}?)?\s+there"
                          r"(?=\s*[,.:;]|\s*$)")


def _ours_by_its_role(st: State, name: str) -> bool:
    """Whether, in a document that speaks as its body or its speaker, ``name`` (in full) is introduced by a role of a
    place of that body's own (:func:`_its_role_of_ours`)."""
    return bool(name) and " " in name.strip() and bool(st.ctx.doc_org) \
        and bool(st.ctx.own_voice or st.default_speaker) and its_role_of_ours(st.doc.text, name)


def _body_just_named(st: State, at: int) -> str:
    """The body named nearest before ``at``, in its paragraph or the one before and within 600 characters (a
    PDF's wrapped lines are no sentence's end): what "there" points back to; "" when none is."""
    here = st.doc.text.rfind("\n\n", 0, at)
    lo = max(st.doc.text.rfind("\n\n", 0, here) if here > 0 else -1, at - 600)
    bodies = [(p, n) for p, n in st.ctx.orgs_seen if lo <= p < at and len(n.split()) > 1
              and any(lower_token(w) in ORG_WORDS for w in n.split())]
    return max(bodies)[1] if bodies else ""


def complete(st: State, f: Found) -> Found:
    """Role and organisation from the document's earlier introduction of the person."""
    if f.speaker and lower_token(f.speaker) in STOP_CAPS:  # "15 November: “…”", "Monday: “…”": a date, nobody
        return Found(cue=True, evidence=f.evidence)
    if f.speaker and f.evidence and len(f.speaker.split()) > 1:
        # « le ministre SURNAME a dit … » read as the woman of that surname the document names (its author): the
        # article's gender says it is another person of that surname; the kit tells which
        last = f.speaker.split()[-1]
        ev = st.doc.text[f.evidence[0]:f.evidence[1]]
        said = article_gender(ev, last)
        if said and f.speaker not in ev and first_name_gender(f.speaker) not in ("", said):
            f.speaker, f.surname_only, f.gender = last, True, said
            f.confidence = min(f.confidence, CONFIDENCE["surname"])
    there = re.search(r"\s+there$", f.role)
    if there is not None:
        f.role = f.role[:there.start()]
    if f.speaker and f.evidence and not f.organisation:  # "NAME, a senior ecologist there": the body the sentence
        ev = st.doc.text[f.evidence[0]:f.evidence[1]]  # before (or this one) names
        k = ev.find(f.speaker.split()[-1])
        if k >= 0 and _THERE_AFTER.match(ev, k + len(f.speaker.split()[-1])):
            f.organisation = _body_just_named(st, f.evidence[0] + k)
    if f.speaker and f.organisation and all(lower_token(w) in ROLE_WORDS and lower_token(w) not in ORG_WORDS
                                            for w in f.organisation.split()):
        # "**NAME**, Executive Secretary: “…”": a title in the body's place is her role; the body is found as for
        # anyone named without one
        f.role, f.organisation = f.role or f.organisation, ""
    if not f.organisation and (pub := publication_of_author(st.doc.text, f.speaker)):
        f.organisation = pub  # « … », écrit NAME in the article she signed: the publication it says it appeared in
    p = st.ctx.known.get(f.speaker)
    if p is not None:
        f.role = f.role or p.role
        f.organisation = f.organisation or p.organisation
        f.gender = f.gender or p.gender
    if personal_mandate(f.role) or p is not None and personal_mandate(p.role):
        f.organisation = ""  # a UN special rapporteur or independent expert speaks in a personal capacity
        return f
    if not f.organisation and f.speaker and f.evidence and st.ctx.doc_org:
        ev = st.doc.text[f.evidence[0]:f.evidence[1]]
        k = ev.find(f.speaker.split()[0])
        last = ev.find(f.speaker.split()[-1])
        if k > 0 and _is_our_role(_OUR_ROLE.search(ev[max(0, k - 80):k])):
            # "our director, NAME", « notre Haut-Commissaire, NAME »: the document's; in an interview's answer ("Our
            # senior call handler, NAME, put it to me"), the interviewee's body's
            f.organisation = answer_body_at(st, f.evidence[0]) or st.ctx.doc_org
        elif last >= 0 and _is_our_role(_OUR_AFTER.match(ev[last + len(f.speaker.split()[-1]):])):
            # "Mr NAME, our head of biosecurity inspection, told me": the document's; in an interview's answer,
            # "Leda, one of our best rangers," is the interviewee's body's
            f.organisation = answer_body_at(st, f.evidence[0]) or (
                st.ctx.doc_org if st.ctx.own_voice or st.default_speaker else "")  # (a feature's "our" is its outlet)
    if not f.organisation and _ours_by_its_role(st, f.speaker):
        f.organisation = st.ctx.doc_org  # "I visited our health centre. Its head nurse, NAME, …": the statement's
    if not f.organisation and f.evidence and f.speaker \
            and introduced_as_mine(st.doc.text[slice(*st.doc.paragraph(f.evidence[0]))], f.speaker) \
            and (body := answer_body_at(st, f.evidence[0])):
        f.organisation = body  # « Mon adjointe, la capitaine NAME, m'a appelé » in an interview's answer: its body
    if not f.organisation and st.default_speaker and st.ctx.doc_org and introduced_as_mine(st.doc.text, f.speaker):
        f.organisation = st.ctx.doc_org  # "one of our port inspectors, NAME" in a minister's statement: her State
    if not f.role and f.speaker and f.evidence:
        ev = st.doc.text[f.evidence[0]:f.evidence[1]]
        k = ev.find(f.speaker)
        adj = _ADJ_ROLE_BEFORE.search(ev[max(0, k - 80):k]) if k > 0 else None
        if adj is not None and any(lower_token(w) in ROLE_WORDS for w in adj.group("role").split()[-2:]):
            f.role = clean_role(adj.group("all"))  # "The Telvesan water minister, NAME, told …": by his State's adjective
    if not f.organisation or re.search(r"(?i)\b(?:delegation|délégation|government|gouvernement|ministry|ministère)\b",
                                       f.organisation):  # ("du ministère dravonien des Finances": the State)
        f.organisation = state_of_demonym(f"{f.role} {f.organisation}", st.ctx, st.doc.text) or f.organisation
    if f.organisation and len(f.organisation.split()) == 1 and f.organisation.lower() in _SHORT_ORGS:
        at = f.evidence[0] if f.evidence else 0
        # "the network’s director" with no network named: no organisation rather than the word "network"
        f.organisation = st.ctx.resolve_org(f.organisation, at) or (f.organisation if f.organisation[:1].isupper() else "")
    elif f.organisation and f.evidence:
        f.organisation = st.ctx.full_org(f.organisation, st.doc.text[f.evidence[0]:f.evidence[1]])
    return f


def pronoun_found(st: State, u: Unit, want: str, span: tuple[int, int], reach: bool = True,
                  subject: bool = False) -> Found | None:
    para_start = intro_paragraph(st, u)
    org = org_subject(st.doc.text, para_start, u.start, st.ctx)
    if org is None and para_start > 1 and not any(para_start <= m.pos < u.start and m.person.name for m in st.mentions):
        # a paragraph that names nobody, after one about an organisation: "La coalition, elle, a salué …. ¶
        # Selon elle, « … »"; "The Agency published its review. ¶ “…,” it said."
        prev_end = len(st.doc.text[:para_start].rstrip())
        org = org_subject(st.doc.text, st.doc.paragraph(max(0, prev_end - 1))[0], prev_end, st.ctx)
    mentions = [m for m in st.mentions if m.subject] if subject else st.mentions
    label = LABEL_END.match(st.doc.text, para_start)
    if label is not None and label.end() <= u.start:  # "NAME : Il répète …": whoever answers says "je", never "il" or "elle"
        mentions = [m for m in mentions if not para_start <= m.pos < label.end()]
    # a turn's label of initials («{NB}C. A. —{NB}», "A. V.:") is who speaks that turn, never a pronoun's person
    mentions = [m for m in mentions if not (INITIALS_LABEL.match(st.doc.text, m.pos)
                                            and st.doc.paragraph(m.pos)[0] >= m.pos - 2)]
    # a name inside a body's name (« l'Alliance Alerte Versants », "the Fondation Pierre Lemaire") is no one a
    # pronoun stands for
    mentions = [m for m in mentions if not _in_a_body_s_name(st.doc.text, m.pos)]
    turn = turn_of(st.doc.text, u.start, u.end)
    if want != "n" and adds(st.doc.text, u.start, u.end) and (same := unnamed_goes_on(st.doc.text, para_start, u.start, st.last,
                                                                   st.mentions)) is not None:
        # « Une garde … m’a écrit : « … » Et elle ajoutait : « … » »: the unnamed person goes on
        return Found("unnamed", organisation=same.organisation, confidence=CONFIDENCE["unnamed"], cue=True,
                     evidence=(same.evidence[0], span[1]))
    if (body := body_goes_on(st, para_start, u, want)) is not None:
        # « « … », estime la coalition. « … », ajoute-t-elle »; "“…,” the agency said. “…,” it added": the body
        # the quotation before gave goes on, not a woman the page named paragraphs before
        return Found("organisation", "", "", body.organisation, CONFIDENCE["organisation"],
                     evidence=(body.evidence[0], span[1]))
    p = antecedent(mentions, st.speakers, u.start, para_start, want, reach) if want != "n" else None
    p = told_me_other(st, u, para_start, want, p, mentions)  # « X : … j'ai rencontré NAME. Elle m'a dit : »: NAME
    if p is not None and p.pos < para_start and want in ("f", "m") and any(first_name_gender(b.group(1)) in ("", want) for b in
            _BY_NAME.finditer(st.doc.text, para_start, u.start)):
        p = None  # "… is chaired by Kemi NAME. … “…,” she announced": her, maybe; not someone paragraphs before
    if p is not None and p.pos < para_start and label is None and want in ("f", "m") \
            and ANSWERED.search(st.doc.text, 0, para_start) and (iv := interviewee(st.doc.text, u.start)):
        # "After the interview she sent us a note: “…”": the interviewee, not someone an answer named
        q = st.ctx.known.get(untitled(" ".join(name_case(t) for t in iv.split())))
        p = q if q is not None and (q.gender or first_name_gender(q.name)) in ("", want) else None
    if p is not None and p.name and p.pos >= para_start and _agent_beside_a_role_subject(st, p, para_start, u.start):
        p = None  # "X's ambassador repeated the line in the group chaired by Ambassador NAME … “…”, she said": the
        # subject, unnamed, not the chair named as the participle's agent
    p = person_of_turn(turn, st.doc.text, para_start, u.start, want, p, mentions,
                       st.speakers)  # "she added" after a nod: the last speaker; "he replied": not the one answered
    p = not_the_one_given(st.doc.text, para_start, u.start, want, p, mentions, st.speakers)
    p = named_by_role_last(st.doc.text, para_start, u.start, want, p, mentions)  # "… The professor’s answer: “…,” she said"
    p = too_thin(st.doc.text, para_start, u.start, want, p, mentions)  # "The two men talked. “…,” he said": either
    if label is not None and p is not None and p.name and (holds_a_turn(st.doc.text, p.name) or past_a_question(st, p.pos, para_start)):
        # « M. F. — … il m’a écrit : »: the one who answers says "je", the one who asks "vous"; nor someone an
        # answer before the last question named (the question itself may name her: « NAME juge … Vous aussi ? »)
        p = None
    outside = p is not None and p.pos < para_start and not any(
        m.person is p and para_start <= m.pos < u.start for m in st.mentions)
    headed = None
    if (p is None or not p.name or outside) and want != "n":  # « ## NAME : « … » ¶ Le coordinateur du Réseau … « … »,
        head = st.doc.paragraph(max(0, len(st.doc.text[:para_start].rstrip()) - 1))[0] if para_start else para_start
        headed = heading_speaker(st.doc.text, head, para_start, u.start, want, st.speakers)  # a-t-il dit »: NAME,
        p = headed or p  # also over someone named paragraphs before ("## 14:10 — NAME: “…” ¶ The X director-general")
    lead = surname_lead(st, para_start, u.start) if want != "n" else None
    if lead is not None and want in ("f", "m") and any(m.pos == lead[0] and m.person.gender not in ("", want)
                                                       for m in st.mentions) \
            and _OTHER_OF_GENDER[want].search(_sentence_at(st.doc.text, lead[0], u.start)):
        lead = None  # "SURNAME, seated beside him, shook her head as he spoke. “…,” he said": not her, and "he" is
        # someone else her sentence speaks of (not "SURNAME still keeps her notebook": "her" may be another's)
    if lead is not None and asked_before_the_words(st.doc.text, lead[0], u):
        # "SURNAME2 put the point to SURNAME3 …. SURNAME, who chairs the board, had asked what a good decision would
        # look like. “…,” she said": the one who asked is not the one who answers, and who did is not said
        return Found(cue=True, evidence=span)
    # people the paragraph names after the surname it opens on, but for the one who asks her ("asked by NAME2")
    after_lead = [m for m in st.mentions if lead is not None and lead[0] < m.pos < u.start and m.person.name
                  and (m.subject or not _by_someone(st.doc.text, m.pos))]
    if lead is not None and not after_lead and not (p is not None and not p.name and p.pos > lead[0]) \
            and not speaks_to(st.doc.text, lead[0], u.start, want) and (p is None or lead[1] not in p.name.split() and not any(m.person is p for m in after_lead)):
        # (not past someone unnamed the paragraph makes a subject after it: "A spokesman for X said …. “…,” he said")
        # "Okonkwo, the network's legal adviser, expects …. “…,” he told the Daily": the surname the paragraph
        # opens on, not a person named paragraphs before (the kit gives the full name)
        return Found("pronoun", lead[1], "", "", CONFIDENCE["surname-unresolved"], True, want,
                     (lead[0], span[1]))
    if (p is None or p.name and outside and p is not headed) and want in ("f", "m") and (one := one_word_person(
            st.doc.text, para_start, u.start, set(st.ctx.states) | set(st.ctx.org_names))) is not None \
            and first_name_gender(one[1]) in ("", want) and title_gender(st.doc.text, one[0]) in ("", want) \
            and not any(abs(m.pos - one[0]) <= 6 for m in st.mentions):  # (a person read, and ruled out, before)
        # « Le soir, Huamanchumo est passé. Il m'a glissé : « … » », "I rang Okafor. He said: “…”": the one word the
        # paragraph names, for the kit to complete, not someone named paragraphs or a heading before
        return Found("pronoun", one[1], "", "", CONFIDENCE["surname-unresolved"], True, want, (one[0], span[1]))
    if p is not None and label is not None and label.end() <= u.start and p.name and p.name == answerer(st, u):
        p = None  # « A : … Elle disait : « … » »: the one who answers says "je", so "elle" is someone else
    french = re.match(r"[^.!?\n]{0,40}?\b(?:il|elle)\b", st.doc.text[u.end:u.end + 60]) is not None or \
        re.search(r"(?i)\b(?:selon|d['\u2019]après|pour)\s+(?:elle|lui)[\s,\u00a0\u202f]*$", st.doc.text[para_start:u.start]) is not None
    if org is not None and french and want in ("f", "m") and article_gender_at(st.doc.text, org[0]) not in ("", want):
        org = None  # « Le Forum lui a demandé … « … », a-t-elle dit »: « elle » is not « le Forum »
    if org is not None and org[1] and (want == "n" or french) and (p is None or all(
            m.pos < org[0] for m in st.mentions if (m.person is p or p.name and m.person.name == p.name)
            and para_start <= m.pos < u.start)):  # (p may be an earlier quotation's speaker: the same name)
        # "The coalition welcomed the vote. “…,” it said." / « … », a-t-elle déclaré (la coalition)
        return Found("organisation", "", "", org[1], CONFIDENCE["organisation"], evidence=(org[0], span[1]))
    if p is not None and not p.name and _PRONOUN_SUBJECT[want].search(st.doc.text, para_start, p.pos):
        # "She also remembers a delegate who …. “…,” she smiled": the paragraph's own "she", not the delegate
        p = antecedent(st.mentions, st.speakers, para_start, para_start, want) or p
    elif p is not None and p.name and named_after_own_pronoun(st, p, para_start, u.start, want):
        # "She was less diplomatic after a word with NAME2. ‘…,’ she said": NAME2 is met, not the paragraph's "she"
        p = antecedent(st.mentions, st.speakers, para_start, para_start, want)
    if p is not None and p.name and p is not headed and p.pos < para_start and not any(
            m.person is p and para_start <= m.pos < u.start for m in st.mentions) \
            and delegate_of(st.doc.text[para_start:u.start], want):
        p = None  # "The representative of X said …. “…,” he said": him, not someone named paragraphs before
    if p is not None and p.name and p.name == st.default_speaker and _TOLD_ME.search(
            st.doc.text[max(para_start, u.start - 80):u.start] + " " + st.doc.text[u.end:u.end + 40]):
        p = None  # « Elle m’a dit » in NAME's own speech: « m’ » is NAME, so « elle » is someone else
    if p is None:
        rep = delegate_of(st.doc.text[para_start:u.start], want)
        if rep:  # "The representative of Sarnia … She added: “…”": nobody named, speaking for the State
            return Found("unnamed", organisation=rep, confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
        return Found(cue=True, evidence=span)
    if not p.name:  # "a nurse who …. She told me: “…”": someone the text does not name
        body = _SPOKESPERSON_FOR.match(st.doc.text, p.pos)  # "A spokesman for the X said …. “…,” he said": for X
        return Found("unnamed", organisation=clean_org(body.group("org")) if body else "", cue=True,
                     confidence=CONFIDENCE["unnamed"], evidence=(min(p.pos, span[0]), span[1]))
    # the person named in the paragraph, also when the document introduced her before it ("Marta Ó Ceallaigh
    # opened …. ¶ Ó Ceallaigh dismissed the argument. “…,” she said")
    at = [m.pos for m in mentions if m.person is p and para_start <= m.pos < u.start]
    at += [pos for pos, q in st.speakers if q is p and para_start <= pos < u.start]
    at += [p.pos] if p.pos >= para_start else []
    here = bool(at) or role_named_here(st.doc.text, para_start, u.start, p, mentions) or p is headed  # (the
    # headline right above the paragraph names her, its role opens the paragraph: « ## NAME : « … » ¶ Le secrétaire …)
    ev = (min(at + [span[0]]), span[1]) if at else span
    alone = p.surname  # "Mrs Lam … She told me": the surname, for the kit to complete
    conf = CONFIDENCE["surname-unresolved"] if alone else CONFIDENCE["pronoun" if here else "previous" if goes_on(
        st.doc.text, para_start, u.start, u.end, st.last, p.name) else "pronoun-earlier"]  # ("“…,” NAME said. ¶ “…,” she added")
    # "The Vardian Minister of Cities, NAME, … she said": the State her role's adjective names, as when named
    org = p.organisation or (state_of_demonym(p.role, st.ctx, st.doc.text) if p.role else "")
    if not org and _ours_by_its_role(st, p.name):
        org = st.ctx.doc_org  # "I visited our health centre. Its head nurse, NAME, …. She told me": the statement's
    earlier = [m.pos for m in mentions if m.person is p and m.pos < para_start]
    earlier += [pos for pos, q in st.speakers if q is p and pos < para_start] + ([p.pos] if p.pos < para_start else [])
    return Found("pronoun", p.name, p.role, org, conf, alone, want or p.gender, ev,
                 named_at=None if here or not earlier else max(earlier))


#: a verb of saying with the speaker of the document as its object: "she told me", « elle m’a dit », « me dit-il »
_TOLD_ME = re.compile(r"(?i)(?<![\w\-])(?:(?:told|asked|wrote\s+to|said\s+to)\s+(?:me|us)|m['\u2019]\s*a\s+[a-zà-ÿ]+|"
                      r"(?:me|nous)\s+(?:a|avait)\s+[a-zà-ÿ]+|(?:me|nous)\s+(?:dit|confie|répète|lance)-t?-?(?:il|elle))")


#: an unnamed spokesperson of a body named in Title Case, as a pronoun's antecedent
_SPOKESPERSON_FOR = re.compile(r"(?i:an?\s+|une?\s+)?(?i:spokes(?:man|woman|person)|porte-parole)\s+(?i:for|of|du|de\s+la|"
                               r"de\s+l['\u2019]|des)\s*(?i:the\s+)?(?P<org>[A-ZÀ-Þ][^,.;:\u201c\u00ab]{2,80}?)"
                               r"(?=(?:\s+(?:[a-zà-ÿ]{3,}ly|later|then|also|again|afterwards|earlier|soon|ensuite|aussi|alors|"
                               r"encore|enfin|hier|nous|me|lui|leur|y))*\s+(?:said|told|added|says|confirmed|explained|"
                               r"a\s|avait\s|has\s|had\s|was\s|m['\u2019](?:a|avait)\s)|[,.;:])")


#: a sentence opening on a surname alone, then an apposition or a relative clause between commas or a verb:
#: "Okonkwo, the network's legal adviser, expects …", « Okonkwo, qui a tenu …, assure … », "Okonkwo thinks …"
#: a person the paragraph names as the one who chairs or opens ("chaired by NAME", « présidé par NAME »), whom a
#: pronoun may mean
_BY_NAME = re.compile(r"(?<![\w\-])(?:chaired|led|opened|headed|moderated|presided\s+over|présidée?s?|dirigée?s?|"
                      r"ouverte?s?|animée?s?|menée?s?)\s+(?:by|par)\s+([A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ][\w\-]+)")


#: a person named as the agent of a passive or after "asked by": "NAME, asked by NAME2 of the Ledger …, paused",
#: « NAME, interrogée par NAME2, … »: the one asking, not the sentence's subject
_BY_SOMEONE = re.compile(r"(?i)(?:\bby|\bpar|\bfrom|\bwith|\bavec|\bto|\bà)\s+(?:(?:the|la|le|l['\u2019])\s*)?"
                         r"(?:[A-Za-zÀ-ÿ.\-]+\s+){0,3}$")


#: the speaker of a statement says she repeats another's words: "I will repeat her words", "let me quote him",
#: "in his own words", « je la cite », « je reprends ses mots », « comme il l'a dit »
#: the speaker quotes a document, not a person: « Je cite enfin notre propre note technique, qui résume … : »,
#: "I quote our own annual report:", "Let me cite the Panel's summary", « Permettez-moi de citer le rapport »
_CITED_DOCUMENT = re.compile(
    r"(?i)(?<![\w\-])(?:je\s+(?:cite|citerai|reprends|relis)|I\s+(?:will\s+|shall\s+)?(?:quote|cite|read\s+from)|"
    r"let\s+me\s+(?:quote|cite|read\s+from)|permettez-moi\s+de\s+citer)\s+(?:(?:enfin|ici|simplement|finally|here|"
    r"simply|again|de\s+nouveau)\s+)?(?P<det>notre|nos|our|my|mon|ma|mes|la|le|les|l['\u2019]|the|this|that|ce|cette)"
    r"\s*(?:[\w\-]+['\u2019]s?\s+)?(?:(?:own|propre|latest|annual|new|dernière?|nouvelle?|technical|technique)\s+)*"
    r"(?:note|notes|report|rapport|study|étude|summary|synthèse|guidance|guide|brief|briefing|paper|review|submission|"
    r"bilan|avis|fiche|factsheet|fact\s+sheet|document|text|texte|communiqué|statement|déclaration|survey|enquête)"
    r"(?![\w\-])[^.;!?\u201c\u00ab]{0,160}$")


#: a body's document as the sayer of a relative clause: "the Convention Secretariat, whose technical note puts it
#: plainly:", « le Secrétariat, dont la note technique le dit sans détour : »
_WHOSE_DOCUMENT = re.compile(
    r"(?:(?:the\s+|le\s+|la\s+|l['\u2019])?(?P<body>[A-ZÀ-Þ][\w\-'\u2019]*(?:\s+(?:(?:of|for|on|the|de|du|des|la|le|sur|d['\u2019]|l['\u2019])\s*)*"
    r"[A-ZÀ-Þ][\w\-'\u2019]*){0,6})\s*,\s+)?"
    r"(?i:whose|dont\s+(?:la|le|les|l['\u2019]))\s*(?:(?i:own|technical|annual|latest|new|final|propre|technique|"
    r"annuelle?|dernière?|nouvelle?)\s+)*(?i:note|notes|report|rapport|study|étude|summary|synthèse|guidance|guide|"
    r"brief|briefing|paper|review|submission|bilan|avis|fiche|factsheet|document|survey|enquête)(?![\w\-])"
    r"[^.;!?\u201c\u00ab]{0,80}$")


_THEIR_WORDS = re.compile(
    r"(?i)(?<![\w\-])(?:(?P<f>her|la)|(?P<m>his|him|le|lui)|their|ses|les)\s+(?:own\s+)?(?:words|mots|paroles|termes|"
    r"phrase)\b|(?<![\w\-])(?:quote|cite|repeat|répète|reprends)\s+(?:(?P<f2>her)|(?P<m2>him)|them)\b|"
    r"(?<![\w\-])(?:je|let\s+me)\s+(?:(?P<f3>la)|(?P<m3>le))\s+(?:cite|quote)\b|"
    r"(?<![\w\-])as\s+(?P<f4>she)\s+(?:said|put)|(?<![\w\-])as\s+(?P<m4>he)\s+(?:said|put)|"
    r"comme\s+(?:(?P<f5>elle)|(?P<m5>il))\s+l['\u2019]a\s+dit")


def _other_role(noun: str, role: str) -> bool:
    """Whether ``role`` (what the text made a person) is plainly another role than the role noun ``noun``
    ("présidente du Forum" for « la ministre »): both name role words, and none of them shares a stem."""
    def stems(text: str) -> set[str]:
        words = re.split(r"[\s\-]+", text)
        return {_title_stem(w) for w in words if lower_token(w) in ROLE_WORDS and len(w) > 3}
    a, b = stems(noun), stems(role)
    return bool(a) and bool(b) and not a & b


def _by_someone(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` stands after a preposition of its clause ("asked by NAME", « par NAME »)."""
    return _BY_SOMEONE.search(text[max(0, pos - 40):pos]) is not None


#: a pronoun of a gender, as a sentence speaks of someone of it: "as he spoke", "on his table", « pendant qu'il parlait »
_OTHER_OF_GENDER = {"m": re.compile(r"(?i)(?<![\w\-])(?:he|his|him|il|qu['\u2019]il|lui)(?![\w\-])"),
                    "f": re.compile(r"(?i)(?<![\w\-])(?:she|elle|qu['\u2019]elle)(?![\w\-])")}


def _sentence_at(text: str, at: int, hi: int) -> str:
    """The sentence that opens at ``at``, up to its end or ``hi``."""
    end = re.search(r"[.!?](?=[\s\u00a0\u202f]+[A-ZÀ-Þ\u201c\u00ab\"])", text[at:hi])
    return text[at:at + end.end()] if end else text[at:hi]


#: the agent of a passive participle, a title before the name allowed ("chaired by Ambassador NAME", « présidée
#: par la ministre NAME »)
_AGENT_BEFORE = re.compile(r"(?<![\w\-])(?:chaired|led|headed|moderated|opened|hosted|presided\s+over|présidée?s?|"
                           r"dirigée?s?|animée?s?|ouverte?s?|menée?s?)\s+(?:by|par)\s+(?:(?:la|le|l['\u2019])\s*)?"
                           r"(?:[\w\-]+\.?\s+)?$")
#: a paragraph whose first sentence opens on an unnamed role: "Vardia's ambassador …", "The minister …", « La
#: ministre … » (a role word after a State's possessive or an article)
_ROLE_OPENS = re.compile(r"\s*(?:(?:The|La|Le|L['\u2019])\s*|[A-ZÀ-Þ][\w\-]+['\u2019]s\s+)(?P<w>[a-zà-ÿ][\w\-]+)")


def _agent_beside_a_role_subject(st: State, p, lo: int, hi: int) -> bool:
    """Whether every mention of ``p`` in ``text[lo:hi]`` is the agent of a passive participle, in a paragraph that
    opens on an unnamed role as its subject."""
    at = [m.pos for m in st.mentions if m.person is p and lo <= m.pos < hi]
    opens = _ROLE_OPENS.match(st.doc.text, lo)
    return bool(at) and opens is not None and lower_token(opens.group("w")) in ROLE_WORDS and all(
        _AGENT_BEFORE.search(st.doc.text, max(lo, pos - 60), pos) for pos in at)


_BODY_WORD_BEFORE = re.compile(r"(?<![\w\-])(?P<w>[A-ZÀ-Þ][\w\-]+)[ \t\u00a0]+$")


def _in_a_body_s_name(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` follows a body's capitalised head word ("Alliance", « Fondation », "Institute"),
    so is part of that body's name."""
    m = _BODY_WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return m is not None and lower_token(m.group("w")) in ORG_WORDS


#: a sentence whose subject is "she"/"elle" ("he"/"il"): the paragraph goes on about someone named before it
_PRONOUN_SUBJECT = {g: re.compile(rf"(?m)(?:^|[.!?\u201d\u00bb]\s+)(?:{w})\b") for g, w in
                    (("f", "She|Elle"), ("m", "He|Il"), ("", "She|Elle|He|Il"), ("n", "(?!)"))}
