"""The clause before a quotation: who it says spoke.

``NAME, ROLE, told journalists: “…”``, ``As the X noted, “…”``, « Selon la coalition, « … » »,
« Comme l’a rappelé la ministre, NAME, « … » »: :func:`before` reads the clause that ends where the
quotation opens and gives its speaker, an organisation, an unnamed person, or nothing.
:mod:`.attribute` calls it after the words right after the quotation have said nothing.
"""

from __future__ import annotations

import re

from .appos import split_role_org
from .between import (
    ADVERBIAL as _ADVERBIAL, BEFORE_YOU as _BEFORE_YOU, FOR_LEAD as _FOR_LEAD, LISTENER as _LISTENER,
    WHEN_AFTER as _WHEN_AFTER,
)
from .cues import say_verbs
from .forms import RE_ACCORDING, find_attributions
from .byline import signer
from .found import CONFIDENCE, Found, State, Unit, _own_body, complete, from_attr, from_who, pronoun_found
from .leadins import (ACCORDING_NP as _ACCORDING_NP, ACCORDING_NP_SUBJECT as _ACCORDING_NP_SUBJECT,
                      IN_WORDS_OF as _IN_WORDS_OF, ACCORDING_PRONOUN as _ACCORDING_PRONOUN, VOICE_OF as _VOICE_OF,
                      WORDS_OF as _WORDS_OF, CITED_UNNAMED)
from .firstnames import first_name_gender
from .people import NAMERUN, clean_org, clean_role, person
from .subject import TOLD_BY, Who, classify_np, subject_of_clause
from . import turns

#: what someone else said, told inside the clause: "NAME recalled what a fisherman had told her:", « NAME a
#: rapporté ce qu’un pêcheur lui avait dit : »: the subject of the inner verb spoke
_WHAT_NP = re.compile(r"(?i)(?<![\w\-])(?:what|ce\s+qu['\u2019]|ce\s+que)\s*(?P<np>(?:a|an|one|un|une|her|his|my|sa|son|"
                      r"mon|ma|the|le|la|l['\u2019]|our|notre|their|its|leur)\s*[^,;:]{1,60}?)\s+(?:had\s+|has\s+|have\s+|once\s+)?"
                      r"(?:(?:m|t|l|lui|leur|nous|vous)['\u2019\s]\s*)?(?:avait|a|had|has)?\s*$")
#: someone unnamed who said it, told inside a clause of saying: "He added that one of the members, who asked not to
#: be named, had told him:", « NAME m’a raconté qu’à Sorbe, un client lui avait lancé : »: the inner subject spoke,
#: neither the reporter nor the person "him", « lui » stands for; a place or a time may come first (« qu’à Sorbe, »);
#: English may leave "that" out after the verb ("NAME says a member told him in August:")
_THAT_UNNAMED = re.compile(r"(?i)(?:(?<![\w\-])(?:that|que)\s+|(?<![\w\-])qu['\u2019]\s*|"
                           r"(?<=\bsays\s)|(?<=\bsaid\s)|(?<=\badds\s)|(?<=\badded\s)|(?<=\brecalls\s)|"
                           r"(?<=\brecalled\s)|(?<=\bremembers\s)|(?<=\bremembered\s)|(?<=\bexplains\s)|"
                           r"(?<=\bexplained\s))"
                           r"(?:(?:à|au|en|in|at|on|last|la|le|lors|during|dans)\s[^,;:.\u201c\u00ab]{1,40},\s*)?"
                           r"(?P<np>(?:a|an|one|some|someone|another|un|une|l['\u2019]\s*une?|quelqu['\u2019]\s*un|"
                           r"certaine?s?|plusieurs)\s[^:;.!?\u201c\u00ab]{1,140}?)\s+"
                           r"(?:(?:had|has|once|also|then|later|avait|a|aurait|lui|leur|me|m['\u2019]|nous|vous|l['\u2019])"
                           r"\s*)*$")

#: a document as the subject after "what": "what our own technical note says", « ce que dit notre rapport »
_DOCUMENT_NP = re.compile(r"(?i)(?P<det>our|notre|my|mon|ma|their|its|leur|the|le|la|l['\u2019]|this|ce|cette)\s*"
                          r"(?:(?:own|propre|latest|annual|new|dernière?|nouvelle?|technical|technique|annuel(?:le)?)\s+)*"
                          r"(?:note|report|rapport|study|étude|summary|synthèse|guidance|guide|manual|manuel|brief|"
                          r"briefing|paper|review|bilan|avis|fiche|factsheet|document|text|texte|survey|enquête)"
                          r"(?:\s+(?:technique|annuel(?:le)?|propre))?")


#: a document of "ours" as the sayer of a clause of comparison, right before the quotation: « Comme le dit notre
#: propre note technique, », « Comme le rappelle notre note, », "As our own technical note puts it,"
_AS_OUR_DOCUMENT = re.compile(
    r"(?i)(?:^|[.;:!?]\s+|\n)\s*(?:comme|as)\s+(?:(?:le|l['\u2019])\s*(?:dit|rappelle|résume|souligne|écrit|note|"
    r"affirme|a\s+écrit|a\s+dit)\s+)?(?:our|notre|nos)\s+(?:(?:own|propre|latest|annual|dernière?|technical)\s+)?"
    r"(?:note|notes|report|rapport|study|étude|summary|synthèse|guidance|guide|manual|manuel|brief|briefing|paper|"
    r"review|bilan|avis|fiche|factsheet|charter|charte|protocol|protocole)(?:\s+(?:technique|annuel(?:le)?|de\s+synthèse))?"
    r"(?:\s+(?:says|puts\s+it|states|reminds\s+us|le\s+dit|le\s+rappelle))?\s*,?\s*$")


#: a body's own earlier writing, its "we" the sayer, right before the quotation: "In our own technical note we wrote
#: that bread is", "Last spring we had written that the fleet is", « nous écrivions déjà en 2029 : », « Nous avons
#: écrit que la frontière est »; what follows "that" is the writing's subject, with no verb of saying of its own
_WE_WROTE = re.compile(
    r"(?:^|(?<![\w\-]))(?:(?i:we)\s+(?:had\s+|have\s+)?(?:already\s+|once\s+|first\s+)?(?:wrote|written)"
    r"|(?i:nous)\s+(?:(?:avions|avons)\s+(?:déjà\s+)?écrit|écrivions|écrivons)"
    # « C'est ce que nous disons depuis lundi : », "This is what we have been saying since Monday:"
    r"|(?i:c['\u2019]est\s+ce\s+que\s+nous\s+(?:disons|répétons|écrivons|demandons)"
    r"|this\s+is\s+what\s+we(?:['\u2019]ve|\s+have)?\s+(?:been\s+)?(?:saying|said|say|written|write)"
    # "as we agreed at the AGM,", « comme nous l'avons décidé en assemblée, »: the body's own rule
    r"|as\s+we\s+(?:agreed|decided|voted)(?:\s+(?:at|in|on|last)(?:\s+[\w\-]+){1,3})?|comme\s+nous\s+l['\u2019]avons\s+"
    r"(?:décidé|voté|convenu)(?:\s+(?:en|à|lors\s+de)(?:\s+[\w\-]+){1,3})?))"
    r"(?P<when>(?:\s+(?:déjà|dès|en|in|as\s+early\s+as|back\s+in|il\s+y\s+a|last|this|depuis|since)(?:\s+[\w\-]+){0,2}){0,2})"
    r"(?:\s+(?:that|que|qu['\u2019])\s*(?P<that>[^.;:!?\u201c\u00ab\"]{1,80}?)|\s*[:,])[\s\u00a0\u202f]*$")


#: someone unnamed of the teller's own body, by a bare noun of membership: "NAME, chair of the X, says a member told
#: him", « NAME, présidente de X, raconte qu’un adhérent lui a dit »
_BARE_MEMBER = re.compile(r"(?i)^(?:a|an|one|un|une|l['\u2019]\s*une?)\s*(?:of\s+(?:our|its|the)\s+|de\s+(?:nos|ses)\s+)?"
                          r"(?:members?|membres?|adhérente?s?|staff\s+members?|employees?|salariée?s?)$")


def _member_of_teller(inner: re.Match, cur: str, st: State, base: int) -> str:
    """The body of the one who tells that "a member" said it (the clause's subject, a person the document gave a
    body): "a member" with no body after it is one of his; "" otherwise."""
    if _BARE_MEMBER.match(inner.group("np").strip()) is None:
        return ""
    who = subject_of_clause(cur[: inner.start()].rstrip(), st.ctx, base)
    return who.org if who is not None and who.kind == "person" and who.org else ""


def _possessive_body(np: str, st: State, at: int) -> str:
    """"one of the Guild's oldest members": the body of the possessive, when the document names it in full."""
    m = re.search(r"(?<![\w\-])(?:the\s+)?(?P<b>[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+){0,4})['\u2019]s\s", np)
    if m is None:
        return ""
    found = st.ctx.resolve_org(m.group("b"), at + m.start("b"))
    return found if len(found.split()) > 1 or found in st.ctx.states else ""


#: ", NAME." after a role phrase: the person who holds it
NAME_AFTER_ROLE = re.compile(rf",\s*(?P<title>(?:le|la|l['\u2019]|the)\s*[a-zà-ÿ\-]+\s+)?(?P<name>{NAMERUN})\s*"
                              rf"(?:[.;!?]|,\s|$)")

#: an aside between dashes in which the one who speaks says "I" or that there is no relation: « — aucun lien avec
#: moi, je le précise — », "— no relation to me, I should say —"
_ASIDE = re.compile(r"(?<=\s)[\u2014\u2013]\s[^\u2014\u2013]{0,80}?(?<![\w\-])(?:aucun\s+lien|no\s+relation|je|moi|I|me)"
                    r"(?![\w\-])[^\u2014\u2013]{0,80}?\s[\u2014\u2013](?=[\s,])")


def _object_pronouns_cut(pre: str) -> str:
    """« NAME, qui …, me le répète : »: the clause before its verb without the object pronouns in front of the
    verb; "nous" stays when nothing else could be the subject (« Comme nous le disions : »)."""
    cut = re.sub(r"(?:(?<![\w\-])(?:me|te|lui|leur|nous|vous|le|la|les)\s*)+$", "", pre)
    if not re.sub(r"(?i)\b(?:as|comme|ainsi\s+que)\b", "", cut).strip(" ,\n"):
        cut = re.sub(r"(?:(?<![\w\-])(?:me|te|lui|leur|le|la|les)\s*)+$", "", pre)
    return cut


def before(st: State, cur: str, base: int, u: Unit) -> Found | None:
    """The clause before the quote: ``NAME, ROLE, told journalists: “…”``, ``As the X noted, “…”``."""
    if not cur.strip():
        return None
    cur = _ASIDE.sub(lambda m: " " * len(m.group()), cur)  # « Mme NAME — aucun lien avec moi, je le précise —, avait
    # confié » : the speaker's aside between dashes is not the clause's subject
    span = (base, u.end)
    if turns.joint(cur):  # "NAME and NAME2 told reporters: “…”": two people, neither singled out
        return Found("unnamed", confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
    if CITED_UNNAMED.search(cur):  # « NAME a cité un médecin rencontré à l’hôpital : « … » »: not NAME's words
        return Found("unnamed", confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
    if _AS_OUR_DOCUMENT.search(cur) is not None:
        # « Comme le dit notre propre note technique, « … » », "As our own technical note puts it, “…”": the
        # words of the document of the body the speaker (or the one who answers) speaks for
        return Found("unnamed", organisation=_own_body(st, u), confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
    wrote = _WE_WROTE.search(cur)
    if wrote is not None and not st.ctx.own_voice and (author := signer(st.doc.text)):
        # "In our 2038 paper …, we wrote that “…”" in an op-ed signed "By NAME": its author's words (her team's)
        return complete(st, Found("headline", author, confidence=CONFIDENCE["interview"], evidence=span, cue=True))
    if wrote is not None and not (wrote.group("that") and say_verbs(wrote.group("that") + " ")):
        # « Dans notre propre note technique, nous écrivions déjà en 2029 : « … » », "we wrote that bread is “…”":
        # the body's own writing, the "we" of the one who speaks (the answerer's body, the release's publisher);
        # when neither is known, the reading goes on as before
        if body := _own_body(st, u) or (st.ctx.doc_org if st.ctx.own_voice else ""):
            return Found("unnamed", organisation=body, confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
    verbs = say_verbs(cur)
    inner = _THAT_UNNAMED.search(cur[: verbs[-1].start()]) if verbs else None
    if inner is not None and say_verbs(cur[: inner.start()] + " "):
        at = base + inner.start("np")
        parts = [classify_np(sg, st.ctx, at) for sg in inner.group("np").split(",")]
        if not any(w is not None and w.kind in ("person", "org", "publisher", "self") for w in parts):
            # ("that a delegate, NAME, had told her:": the name spoke)
            return Found("unnamed", organisation=(parts[0].org if parts[0] is not None else "")
                         or _possessive_body(inner.group("np"), st, at) or _member_of_teller(inner, cur, st, base),
                         confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
    acc = [m for m in RE_ACCORDING.finditer(cur)]
    acc_pronoun = _ACCORDING_PRONOUN.search(cur)
    if acc and acc_pronoun is not None and acc_pronoun.start() <= acc[-1].start() < acc_pronoun.end():
        acc = []  # « Selon elle, l’enjeu … : « … » »: the pronoun's person, not an unnamed « elle »
    if acc:
        forms = [a for a in find_attributions(cur[acc[-1].start():], st.ctx.known, base + acc[-1].start())
                 if a.pos == 0 and not a.pronoun]
        if forms:
            return from_attr(st, forms[0], u, span)
    opened = _OPENS_ON_HER_VIEW.match(cur) if acc_pronoun is None else None
    if opened is not None and not say_verbs(opened.group("rest") + " ") and not RE_ACCORDING.search(opened.group("rest")):
        # « Selon elle, les éleveurs ont besoin « de vaccins … » », "According to him, farmers need “…”": the
        # sentence is her view, the fragment in it her words (no one else said between)
        p = opened.group("p").lower()
        return pronoun_found(st, u, "f" if p in ("her", "elle") else "m", span)
    if acc_pronoun is not None:  # "According to her, “…”", "Selon lui, « … »"
        p = (acc_pronoun.group("p") or acc_pronoun.group("q") or acc_pronoun.group("r") or "").lower()  # ("selon ses mots": no gender)
        return pronoun_found(st, u, "f" if p in ("her", "elle") else "m" if p else "", span)
    voice = _VOICE_OF.search(cur)
    if voice is not None and say_verbs(cur):  # « La Varnie a fait savoir, par la voix de sa ministre NAME, que »
        np, at = voice.group("np"), base + voice.start("np")
        who = subject_of_clause(np, st.ctx, at) if "," in np else classify_np(np, st.ctx, at)
        if who is not None and who.kind == "person":
            # (whoever speaks through her is a body: "Varnia made it known", « La Varnie a fait savoir »)
            body = re.match(r"\s*(?:(?i:the|la|le|l['\u2019])\s*)?(?P<o>[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+){0,4})[\s,]+(?=[a-z]|$)",
                            cur[: voice.start()])
            if body is not None and not who.org:
                who.org = body.group("o")
            return from_who(st, who, u, span)
    words_of = _WORDS_OF.search(cur)
    if words_of is not None:  # "Let me quote the words of a survivor I met:", "les mots d’une survivante :"
        who = classify_np(words_of.group("np"), st.ctx, base + words_of.start("np"))
        if who is None and re.search(r"(?i)\bd(?:u|es)\s*$", cur[: words_of.start("np")]):
            # « une phrase du ministre ostrandais : »: the article the « du » holds, then the noun
            det = "le " if cur[: words_of.start("np")].rstrip().lower().endswith("du") else "les "
            who = classify_np(det + words_of.group("np"), st.ctx, base + words_of.start("np"))
        if who is not None and who.kind in ("unnamed", "org", "publisher", "person"):
            return from_who(st, who, u, span)
    prep = _ACCORDING_NP.search(cur) or _IN_WORDS_OF.search(cur)
    if prep is None and (subj := _ACCORDING_NP_SUBJECT.search(cur)) is not None and not say_verbs(subj.group("subj")):
        prep = subj  # « Selon une source proche de X, le ministre « ne signera rien jeudi » »: the source's words
    if prep is not None:  # "Selon la coalition, « … »", "According to Okoye, “…”"
        np, at = prep.group("np"), base + prep.start("np")
        # "Pour la ministre de la Santé, NAME, « … »": a role, then the name
        who = subject_of_clause(np, st.ctx, at) if "," in np else classify_np(np, st.ctx, at)
        if who is not None and who.kind != "pronoun":
            return from_who(st, who, u, span)
    verbs = say_verbs(cur)
    who = None
    if verbs and TOLD_BY.search(cur.rstrip().rstrip(":").rstrip()):
        # "Eklund was told by Anna Pirelli:": the agent spoke, not the subject who heard it
        return from_who(st, subject_of_clause(cur.rstrip().rstrip(":").rstrip(), st.ctx, base), u, span)
    if verbs and cur.rstrip().endswith(":") and "," in cur[verbs[-1].end():] and not (
            cur[verbs[-1].end():].count(",") == 1 and (_ADVERBIAL.match(cur.rstrip()[:-1].rsplit(",", 1)[-1])
                                                       or _ADDING_AFTER.fullmatch(cur.rstrip()[:-1].rsplit(",", 1)[-1]))):
        # (nor "…, the coalition said in the audit's summary, adding:": the participle is the subject's own)
        # (not "NAME answered in French, to the delight of the interpreters:": an adverbial, not a subject)
        # "When I asked a teacher what she needed, she did not hesitate:": the clause the colon ends
        who = subject_of_clause(cur.rstrip()[:-1], st.ctx, base)
        found = from_who(st, who, u, span) if who is not None and who.kind != "self" else None
        if found is not None and (found.speaker or found.how in ("unnamed", "organisation")):
            return found
    if verbs:
        v = verbs[-1]
        pre = cur[: v.start()]
        if not re.sub(r"(?i)\b(?:as|comme|ainsi\s+que|tel\s+que)\b|(?<![\w\-])(?:le|l['\u2019]|me|m['\u2019]|"
                      r"lui|leur|y)(?![\w\-])", "", pre).strip(" ,\n") \
                or re.search(r"(?i)\bce(?:\s+que|\s+qu['\u2019])?\s*(?:m['\u2019]|nous\s+|lui\s+|leur\s+)?$", pre):
            rest = cur[v.end():]
            skip = _BEFORE_YOU.match(rest) or _WHEN_AFTER.match(rest) or _LISTENER.match(rest)
            rest, at = (rest[skip.end():], base + v.end() + skip.end()) if skip else (rest, base + v.end())
            np = re.split(r"[,;:]|\s(?:dans|in|lors|during|devant|before|after|avant|après)\s|" + _TIME_AFTER, rest)[0]
            who = classify_np(np, st.ctx, at)
            named = NAME_AFTER_ROLE.match(rest[len(np):].rstrip(" ,") + ".")
            if (who is None or who.kind == "unnamed") and named is not None:
                # « Comme l’a rappelé devant vous le Haut-Commissaire de mon pays, NAME, « … »: the role, then her
                got = subject_of_clause(rest.rstrip(" ,\n"), st.ctx, at)
                if (got is None or got.kind != "person") and named.group("title") \
                        and (res := person(named.group("name"), from_right=False, known=st.ctx.known, at=at)) is not None \
                        and not res[2]:  # « …, la professeure NAME, »: her title, then her name
                    role, org = split_role_org(np.strip())
                    got = Who("person", res[0], clean_role(role), (who.org if who else "") or clean_org(org), False,
                              res[4], at)
                who = got or who
        else:  # (« NAME, qui …, me répète : »: the object pronoun before the verb is not the subject)
            what = _WHAT_NP.search(pre)
            doc = _DOCUMENT_NP.fullmatch(what.group("np").strip()) if what is not None else None
            if doc is not None:  # "NAME reminded me of what our own technical note says:": the note's words
                ours = doc.group("det").lower() in ("our", "notre", "my", "mon", "ma")
                return Found("unnamed", organisation=_own_body(st, u) if ours else "", confidence=CONFIDENCE["unnamed"],
                             evidence=span, cue=True)
            who = classify_np(what.group("np"), st.ctx, base + what.start("np")) if what is not None else None
            if who is None or who.kind not in ("person", "unnamed", "org"):
                who = (_after_subordinator(pre, st, base) or _after_that(pre, st, base) or _after_label(pre, st, base)
                       or subject_of_clause(_object_pronouns_cut(pre), st.ctx, base))
    elif cur.rstrip().endswith(":"):
        lead = _FOR_LEAD.match(cur)  # « Pour la coordinatrice du Réseau, l’enjeu dépasse le texte : »: her view
        who = classify_np(lead.group("np"), st.ctx, base + lead.start("np")) if lead else None
        if who is None or who.kind not in ("person", "unnamed", "org", "publisher"):
            who = subject_of_clause(cur.rstrip()[:-1], st.ctx, base)
    if verbs and who is not None and who.kind == "person" and _told_by_another(cur[: verbs[-1].start()], who, st):
        # "Ms NAME told me that he had said to her:", « Mme NAME m’a rapporté qu’il lui avait dit : »: not hers
        return Found("unnamed", confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
    found = from_who(st, who, u, span)
    if found is not None:
        return found
    forms = [a for a in find_attributions(cur, st.ctx.known, base) if not a.pronoun or verbs]
    if forms:
        return from_attr(st, max(forms, key=lambda a: (a.end, -a.pos, not a.pronoun)), u, span)
    return None



#: a participle of saying after the clause's own verb: ", adding", « , ajoutant »
_ADDING_AFTER = re.compile(r"(?i)\s*(?:and\s+)?(?:adding|noting|warning|stressing|insisting|ajoutant|précisant|soulignant|"
                           r"insistant|prévenant)\s*")


#: a sentence that opens on whose view it gives, then runs to the quotation with no colon: « Selon elle, les
#: éleveurs ont besoin « … » », "According to him, the farmers need “…”"
_OPENS_ON_HER_VIEW = re.compile(r"^\s*(?i:according\s+to|selon|d['\u2019]apr[eè]s)\s+(?P<p>(?i:her|him|elle|lui))\s*,"
                                r"(?P<rest>[^\u201c\u00ab\u201e\".!?:;]{2,160})$")


#: a subordinate clause's subject just before its verb of saying: "I was at the meeting where NAME told the farmers
#: “…”", "the day when the minister promised “…”", « la réunion où NAME a dit aux éleveurs « … » »
_SUBORDINATE_SUBJECT = re.compile(r"(?:(?<![\w\-])(?i:where|when|while|whereas|où|quand|lorsque)\s+|(?<![\w\-])(?i:lorsqu)['\u2019]\s*)"
                                  r"(?P<np>[^\s,;:.!?][^,;:.!?\n]{0,60}?)\s*$")


#: the subject of a clause of saying reported inside another one: "She noted that Ambassador NAME of X had told
#: the plenary that …", « Elle a rappelé que la ministre NAME avait déclaré que … »: the inner sayer, named
_THAT_SUBJECT = re.compile(r"(?:(?<![\w\-])(?i:that|que)\s+|(?<![\w\-])(?i:qu)['\u2019]\s*)"
                           r"(?P<np>(?:(?i:the|le|la|l['\u2019])\s*)?(?:[a-zà-ÿ\-]+\s+){0,3}?"
                           r"[A-ZÀ-Þ][\w\-\u2019']+(?:\s+[A-ZÀ-Þ][\w\-\u2019']+){0,3}"
                           r"(?:\s+(?:of|from|de|du|d['\u2019])\s*[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+){0,2})?)"
                           r"(?:\s+(?i:had|has|have|just|already|once|also|then|later|avait|a|aurait|avaient|ont|déjà|lui|leur|me|"
                           r"m['\u2019]|nous|vous)(?![\w\-]))*\s*$")


def _after_that(pre: str, st: State, base: int) -> Who | None:
    """The subject of a clause of saying that another clause of saying reports ("She noted that Ambassador NAME
    had told the plenary that his country would “…”"): that person, when the text names her; None when the
    inner subject is a pronoun or names nobody (the sentence's own subject may then have said it)."""
    m = _THAT_SUBJECT.search(pre)
    if m is None or not say_verbs(pre[: m.start()] + " "):
        return None
    who = classify_np(m.group("np"), st.ctx, base + m.start("np"))
    return who if who is not None and who.kind == "person" and who.name else None


def _after_subordinator(pre: str, st: State, base: int) -> Who | None:
    """The subject of a subordinate clause whose verb of saying is the quotation's: a person or a body named right
    after "where", "when", « où », « quand »; None when the subordinator is followed by anything else (a pronoun,
    a noun phrase that names nobody)."""
    m = _SUBORDINATE_SUBJECT.search(pre)
    if m is None:
        return None
    who = classify_np(m.group("np"), st.ctx, base + m.start("np"))
    if who is not None and who.kind == "unnamed" and re.match(r"(?i)(?:un|une|a|an)\s", m.group("np").strip()):
        return who  # « NAME a raconté la nuit où un steward d'Aunebrück lui a confié : »: the steward, unnamed
    return who if who is not None and who.kind in ("person", "org") else None


#: a speaker's label that opens a turn or an answer ("Ms NAME (Party):", "Mr NAME:", « M. NAME (groupe X). – »),
#: then a clause of its own before the verb of saying
_LABEL_THEN_CLAUSE = re.compile(r"^[^:\n\u2013]{2,90}?(?:\)\s*:|[A-Z\u00c0-\u00de]{2}\s*:|\)?\.\s+[\u2013\u2014]|\s:)\s+(?P<clause>\S[^:]*)$")


def _after_label(pre: str, st: State, base: int) -> Who | None:
    """The subject of the verb of saying in the clause that follows a speaker's label: "Ms NAME (Party): And
    Minister NAME2 told this House “…”" is NAME2's words, read out in NAME's turn, not NAME's. None when the
    clause after the label names nobody (« M. NAME. – Je le leur ai dit : « … » »: the label's person speaks)."""
    m = _LABEL_THEN_CLAUSE.match(pre)
    if m is None:
        return None
    clause = m.group("clause")
    who = subject_of_clause(_object_pronouns_cut(clause), st.ctx, base + m.start("clause"))
    return who if who is not None and who.kind in ("person", "org", "unnamed") else None


#: a time after the inverted subject (« Comme l'a dit NAME lundi, », « comme l'a rappelé NAME hier soir »): no part of it
_TIME_AFTER = (r"\s(?=(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|ce\s+matin|cet\s+après-midi|"
               r"ce\s+soir|la\s+veille|la\s+semaine\s+dernière|l['\u2019]an\s+dernier|en\s+(?:janvier|février|mars|avril|"
               r"mai|juin|juillet|août|septembre|octobre|novembre|décembre|plénière|séance)|yesterday|last\s+(?:week|month|"
               r"year|night)|this\s+(?:morning|afternoon|week)|earlier|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
               r"Saturday|Sunday))(?![\w\-]))")


#: the subject of the last verb of saying, a pronoun after a first verb: "… told me that he had said to her:",
#: "… says she told him:", « … m’a rapporté qu’il lui avait dit : », « … raconte qu’elle l’avait prévenu : »
_INNER_PRONOUN = re.compile(r"(?:(?<![\w\-])(?:that|que)\s+|(?<![\w\-])qu['\u2019]\s*|(?<=[a-z])\s+)"
                            r"(?P<p>he|she|il|elle)\s+(?:(?:had|has|once|also|then|later|finally)\s+)*"
                            r"(?:(?:lui|leur|me|nous|vous|l['\u2019]|m['\u2019])\s*)?"
                            r"(?:(?:avait|a|aurait|had|has)\s+)?(?:(?:déjà|alors|aussi|bien)\s+)?$")


def _told_by_another(pre: str, who: Who, st: State) -> bool:
    """Whether the clause before the last verb of saying makes its subject a pronoun after an earlier verb of
    saying, of the other gender than the reporter ``who``: someone else spoke, and the reporter must not be
    given. Of the same gender, or of a gender not known, the reporter may speak of herself: she stays."""
    inner = _INNER_PRONOUN.search(pre)
    if inner is None or not re.match(r"(?i)that|que?", inner.group()) and not say_verbs(pre[: inner.start()] + " "):
        return False  # ("… says she told him:": a verb of saying before; « se souvient qu’il »: « que » says it)
    said = "m" if inner.group("p").lower() in ("he", "il") else "f"
    known = st.ctx.known.get(who.name)
    own = who.gender or (known.gender if known is not None else "") or first_name_gender(who.name)
    return bool(own) and own != said
