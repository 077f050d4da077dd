"""Whom a pronoun means when its verb says how the words follow what was said before them.

A pronoun after a quotation goes to the person the paragraph introduced (:func:`.antecedents.antecedent`: of the
pronoun's gender, the latest subject). Two verbs say more than that:

* **adding, going on** (``“…,” she added``, ``She went on: “…”``, « a-t-elle ajouté », « poursuit-il »): the
  person who spoke last in the paragraph goes on speaking, when the pronoun fits her and nobody named after
  her words says anything (a nod, a look, an arrival are no words): "“Q1,” NAME told the plenary. NAME2
  nodded from the chair. “Q2,” she added" is NAME's;
* **replying** (``he replied``, ``she shot back``, « a-t-il rétorqué », « répond-elle »): a reply answers someone.
  When the person the pronoun would go to said something in her own sentence (a quotation, a verb of saying),
  the reply is another person of the paragraph whom the pronoun fits: "Dr NAME presented the data. NAME2
  suggested they were “a snapshot”. “…,” he replied" is Dr NAME's. With nobody else, the rule gives way.
"""

from __future__ import annotations

import re

from .cues import say_verbs
from .firstnames import first_name_gender
from .people import Person

_ADD_EN = r"added|adds|went\s+on|goes\s+on|continued|continues|chimed\s+in"
_REPLY_EN = (r"replied|replies|answered|answers|retorted|retorts|shot\s+back|shoots\s+back|countered|counters|"
             r"responded|responds|hit\s+back|hits\s+back|objected|objects|"
             # words told to someone the paragraph just named ("“…,” she told him"): said back to him, a reply
             r"told\s+(?:him|her)(?!\s+(?:that|about|of|how)\b)|tells\s+(?:him|her)(?!\s+(?:that|about|of|how)\b)")
_ADD_FR_PP = r"ajouté|poursuivi|continué|enchaîné|renchéri|complété"
_ADD_FR = r"ajoute|poursuit|continue|enchaîne|renchérit|complète"
_REPLY_FR_PP = r"répondu|rétorqué|répliqué|riposté|objecté"
_REPLY_FR = r"répond|rétorque|réplique|riposte|objecte"

_GAP = r"[\s,.\u00a0\u202f]*"
#: the pronoun and its verb right after the quotation: ", she added", « , a-t-elle ajouté », « , répond-il »
_AFTER = re.compile(
    rf"^{_GAP}(?:(?:he|she)\s+(?:then\s+|simply\s+|quickly\s+)?(?P<en>{_ADD_EN}|{_REPLY_EN})\b"
    rf"|a-t-(?:il|elle)\s+(?:aussitôt\s+|alors\s+|simplement\s+)?(?P<frpp>{_ADD_FR_PP}|{_REPLY_FR_PP})\b"
    rf"|(?P<fr>{_ADD_FR}|{_REPLY_FR})-t?-?(?:il|elle)\b"
    # « lui a-t-elle dit », « lui lance-t-il »: words said back to the one just named
    rf"|lui\s+(?:a-t-(?:il|elle)\s+(?P<frlui>dit|lancé|répondu|rétorqué)|(?P<frlui2>dit|lance|répond)-t?-?(?:il|elle))\b)", re.I)
#: the pronoun and its verb right before it: "She added: “…”", « Il a répondu : « … » », « Elle poursuit : »
_BEFORE = re.compile(
    # (after a fronted clause too: "Switching to French for the reporters, she added:", « Un peu plus tard, elle a ajouté : »)
    rf"(?:^|[.!?]\s+)(?:[A-ZÀ-Þ][^.!?:;\u201c\u00ab\u201d\u00bb\"]{{0,100}},\s+(?:he|she|il|elle)|He|She|Il|Elle)\s+(?:then\s+|also\s+|simply\s+|alors\s+|aussitôt\s+)?"
    rf"(?:(?P<en>{_ADD_EN}|{_REPLY_EN})|a\s+(?P<frpp>{_ADD_FR_PP}|{_REPLY_FR_PP})|(?P<fr>{_ADD_FR}|{_REPLY_FR}))"
    rf"[^.!?:\u201c\u00ab]{{0,40}}[:,]\s*$")
_ADDING = re.compile(rf"^(?:{_ADD_EN}|{_ADD_FR_PP}|{_ADD_FR})$", re.I)

#: where a sentence ends: a stop before a capital, a quotation mark or a paragraph break
_END = re.compile(r"[.!?][\u201d\u00bb\"\u2019]?\s+(?=[A-ZÀ-Þ\u201c\u00ab\"])|\n\s*\n")
_QUOTE_MARK = re.compile(r"[\u201c\u00ab\u201e\"]")


def turn_of(text: str, q_start: int, q_end: int) -> str:
    """"add", "reply" or "" from the pronoun's verb around the quotation at ``q_start:q_end``."""
    m = _AFTER.match(text[q_end:q_end + 60]) or _BEFORE.search(text[max(0, q_start - 180):q_start])
    if m is None:
        return ""
    verb = re.sub(r"\s+", " ", next(g for g in (m.group("en"), m.group("frpp"), m.group("fr"),
                                                m.groupdict().get("frlui"), m.groupdict().get("frlui2")) if g).lower())
    return "add" if _ADDING.match(verb) else "reply"


def _sentence(text: str, lo: int, pos: int) -> str:
    """The sentence of the paragraph (from ``lo``) that holds ``pos``."""
    start = lo
    for e in _END.finditer(text, lo, pos + 1):
        start = e.end()
    e = _END.search(text, pos)
    return text[start:e.start() + 1 if e else len(text)]


#: verbs of saying that, without words, are a question put to someone or a gesture, no words said
_NO_WORDS = re.compile(r"(?i)(?:[a-z]+\s+)*?(?:asked|asks|interrog|questionn|smil|laugh|sigh|shrug|nod|grin|sour|rit|ri\b|"
                       r"soupir|s['\u2019]\s*amus)")


#: a question put to someone, which a reply answers: "asked whether", « a demandé si »
_ASKS = re.compile(r"(?i)\b(?:asked|asks|a\s+demandé|demande|demandait|a\s+interrogé|interroge)\b")


def _speaks(sentence: str) -> bool:
    """Whether a sentence says that its people said something: a quotation, a verb of saying (not a question put
    to them, not a smile or a nod)."""
    return bool(_QUOTE_MARK.search(sentence)) or any(
        not _NO_WORDS.match(v.group(0).strip()) and not _DETERMINER.search(sentence[:v.start()])
        for v in say_verbs(sentence))  # (« prenait des notes »: a noun)


_DETERMINER = re.compile(r"(?i)\b(?:des|les|ses|leurs|the|his|her|their|its|some)\s+$")


#: a sentence whose people only listen or look on: a nod, applause, a seat at someone's side, no words
_LISTENS = re.compile(
    r"(?i)\b(?:nodded|nods|listened|listens|looked\s+on|looks\s+on|watched|watches|applauded|applauds|"
    r"sat\s+(?:beside|next|at|in)|sits\s+(?:beside|next)|beside\s+(?:him|her)\s+sat|stood\s+at\s+(?:his|her)\s+side|"
    r"(?:was|were)\s+(?:at\s+(?:his|her)\s+side|copied\s+in|beside)|"
    r"hoch(?:é|ait|e)\s+la\s+tête|a\s+hoché|acquiesç?(?:ait|ai|é|e)|écout(?:ait|e|é)|applaudi(?:ssait|t)?|"
    r"(?:était|étaient)\s+(?:à\s+ses\s+côtés|assise?s?|en\s+copie|près)|à\s+ses\s+côtés\s+se\s+tenait)")


def _listens(sentence: str) -> bool:
    """Whether a sentence only has its people listen (a nod, a seat beside the speaker) and say nothing."""
    return bool(_LISTENS.search(sentence)) and not _speaks(sentence)


def _went_on_from_before(text: str, para_start: int, at: int, want: str, p: Person, mine: list[int],
                         speakers) -> Person | None:
    """The speaker of the paragraph just before, when the quotation's paragraph goes on for her ("she went on",
    « poursuit-il ») and those it names before the quotation only listen."""
    last = max(((pos, q) for pos, q in speakers if pos < para_start), default=None, key=lambda c: c[0])
    if last is None or not last[1].name or last[1].name == p.name or not _fits(last[1], want):
        return None
    if len(re.findall(r"\n[ \t\u00a0]*\n", text[last[0]:para_start])) > 1 or _QUOTE_MARK.search(text, para_start, at):
        return None  # not the paragraph just before, or words said in this one first
    if not mine or all(_listens(_sentence(text, para_start, pos)) for pos in mine):
        return last[1]  # ("“Q1,” said NAME. ¶ “Q2,” she added.": a paragraph that names nobody goes on for NAME)
    return None


def _fits(p: Person, want: str) -> bool:
    g = p.gender or first_name_gender(p.name)
    return not want or not g or g == want


def person_of_turn(turn: str, text: str, para_start: int, at: int, want: str, p: Person | None,
                   mentions, speakers) -> Person | None:
    """The person a pronoun of gender ``want`` with a verb of adding or replying (``turn``) means, given ``p``,
    the person the paragraph's people give it (``mentions``: :class:`.mentions.Mention`; ``speakers``: earlier
    quotations' (position, person))."""
    if p is None or not p.name:
        return p
    mine = [m.pos for m in mentions if m.person.name == p.name and para_start <= m.pos < at]
    if not turn:  # "NAME1 urged …. NAME2 nodded. “…,” she said": NAME1
        return _spoke_instead(text, para_start, want, p, mine, mentions, speakers)
    if turn == "add":
        last = max(((pos, q) for pos, q in speakers if para_start <= pos < at), default=None, key=lambda c: c[0])
        if last is None:  # "“Q1,” said NAME. ¶ NAME2 stood at her side. “Q2,” she went on": NAME goes on
            return _went_on_from_before(text, para_start, at, want, p, mine, speakers) or p
        if last[1].name == p.name or not last[1].name or not _fits(last[1], want):
            return p
        since = [pos for pos in mine if pos > last[0]]
        if since and not any(_speaks(_sentence(text, para_start, pos)) for pos in since):
            return last[1]  # "NAME2 nodded from the chair. “…,” she added": NAME goes on
        return p
    if not mine or not (_speaks(hers := _sentence(text, para_start, max(mine))) or _ASKS.search(hers)):
        return p  # ("NAME2 then asked whether …. “…,” she answered": the one asked answers, not the asker)
    others = {m.person.name: m.person for m in mentions
              if para_start <= m.pos < max(mine) and m.person.name and m.person.name != p.name and not m.compound
              and m.subject and _fits(m.person, want)}
    others.update({q.name: q for pos, q in speakers if para_start <= pos < max(mine) and q.name and q.name != p.name
                   and _fits(q, want)})
    if not others and _ASKS_THEM.search(hers) and not _QUOTE_MARK.search(hers):
        # "The judge asked her whether …. “…,” she replied", « La présidente lui a demandé si …. « … », a-t-elle
        # répondu »: the one asked, by a pronoun, answers; the speaker of the paragraph just before, when the
        # pronoun fits her, else nobody (never the asker)
        return _asked_before(text, para_start, want, p, speakers)
    return next(iter(others.values())) if len(others) == 1 else p


#: a question put to someone the sentence names by a pronoun only: "asked her whether", « lui a demandé si »,
#: « l'a interrogée sur »
_ASKS_THEM = re.compile(r"(?i)(?<![\w\-])(?:(?:asked|asks|pressed|questioned)\s+(?:him|her)|lui\s+(?:a\s+|avait\s+)?"
                        r"(?:demandé|demande|demandait)|l['\u2019](?:a\s+|avait\s+)?(?:interrogée?|interroge|questionnée?|"
                        r"questionne|pressée?|presse))(?![\w\-])")


#: a new sentence right after a closed quotation (a capital after the closing mark and no comma)
_NEW_SENTENCE = re.compile(r"[\s\u00a0\u202f]*[A-ZÀ-Þ]")


def asks_the_speaker(quoted: str, after: str) -> bool:
    """Whether the sentence after a quotation that ends on a full stop puts a question to its speaker by a pronoun
    ("“….” The chair, NAME, asked him about the timetable", « « … » La présidente lui a demandé des précisions »):
    the one who asks is not the one who spoke, so that sentence is no attribution of the words."""
    ended = quoted.rstrip("\u201d\u00bb\"'\u2019 \u00a0\u202f").endswith((".", "!", "\u2026"))
    return ended and _NEW_SENTENCE.match(after) is not None and _ASKS_THEM.search(after) is not None


def _asked_before(text: str, para_start: int, want: str, p: Person, speakers) -> Person | None:
    """The speaker of the paragraph just before ``para_start`` whom the pronoun fits, not ``p``; else nobody."""
    last = max(((pos, q) for pos, q in speakers if pos < para_start), default=None, key=lambda c: c[0])
    if last is None or not last[1].name or last[1].name == p.name or not _fits(last[1], want):
        return None
    if len(re.findall(r"\n[ \t\u00a0]*\n", text[last[0]:para_start])) > 1:
        return None  # (not the paragraph just before)
    return last[1]


def _answers_the_asker(text: str, para_start: int, at: int, want: str, p: Person, mentions, speakers,
                       mine: list[int], sent: str) -> Person | None:
    """"When NAME2, who covers the stock, asked whether …, “…,” she said": the quotation inside the sentence that a
    clause of asking opens answers the one asked, so ``p``, named only in that clause, is not its speaker; the one
    other person of the paragraph, before, that the pronoun fits, if there is exactly one, else nobody."""
    qm = _ASKED_THEN_QUOTE.match(sent) if sent else None
    s_start = text.find(sent, max(para_start, min(mine) - len(sent)), max(mine) + len(sent)) if qm else -1
    if s_start < 0 or s_start + qm.end() > at:
        return p
    if not all(s_start + qm.start("clause") <= pos < s_start + qm.end("clause") for pos in mine):
        return p  # (named again outside the clause: hers may be the answer too)
    others = {m.person.name: m.person for m in mentions
              if para_start <= m.pos < s_start and m.person.name and m.person.name != p.name and not m.compound
              and _fits(m.person, want)}
    others.update({q.name: q for pos, q in speakers if para_start <= pos < s_start and q.name and q.name != p.name
                   and _fits(q, want)})
    return next(iter(others.values())) if len(others) == 1 else None


def _spoke_instead(text: str, para_start: int, want: str, p: Person, mine: list[int], mentions, speakers) -> Person:
    """"NAME1 urged donors to act. NAME2 nodded from the front row. “…,” she said": the one other person of the
    paragraph the pronoun fits who said something, when the person picked only listened; else ``p``."""
    if not mine or not all(_listens(_sentence(text, para_start, pos)) for pos in mine):
        return p
    first = min(mine)
    spoke = {m.person.name: m.person for m in mentions
             if para_start <= m.pos < first and m.person.name and m.person.name != p.name and not m.compound
             and m.subject and _fits(m.person, want) and _speaks(_sentence(text, para_start, m.pos))}
    spoke.update({q.name: q for pos, q in speakers if para_start <= pos < first and q.name and q.name != p.name
                  and _fits(q, want)})
    return next(iter(spoke.values())) if len(spoke) == 1 else p


#: the floor given to someone else: « lui a cédé la parole », "gave him the floor", "handed her the floor"
_GIVES_FLOOR = re.compile(r"(?i)(?<![\w\-])(?:(?:lui|leur)\s+(?:a\s+|avait\s+)?(?:cédé|cède|donné|donne|passé|passe|laissé|"
                          r"laisse|accordé|accorde)\s+la\s+parole|(?:gave|gives|handed|hands|passed|passes|yielded|yields)"
                          r"\s+(?:him|her|them)\s+the\s+floor|(?:gave|gives|handed|passed|yielded)\s+the\s+floor\s+to\s+"
                          r"(?:him|her))(?![\w\-])")
#: a sentence opened by a clause of time or contrast that ends at a comma: "While NAME was still speaking, he
#: …", « Pendant que NAME parlait, il … »: its "he" is not NAME
_FRONTED = re.compile(r"(?i)^\s*(?:while|as(?!\s+(?:for|to|with)\s)|when|whilst|although|though|pendant\s+que|alors\s+que|"
                      r"tandis\s+que|lorsque|quand|tant\s+que)\s[^,.;:!?]{3,120},")
#: a sentence opened by a clause of time whose verb puts a question, then straight on the quotation that answers
#: it: "When NAME, who covers the stock, asked whether …, “…,” she said", « Lorsque NAME a demandé si …, « … »,
#: a-t-elle répondu »: the one asked answers, not the asker
_ASKED_THEN_QUOTE = re.compile(r"(?i)^\s*(?P<clause>(?:when|as|after|once|lorsque|quand|alors\s+que|après\s+que|"
                               r"comme)\s[^.;:!?\u201c\u00ab\"]{3,80}?[^.;:!?]{0,120}?\b(?:asked|asks|questioned|"
                               r"pressed|a\s+demandé|demandait|demande|a\s+interrogé|interrogeait)\b[^.;:!?]{0,200}?),"
                               r"\s*(?=[\u201c\u00ab\"])")
#: a verb of the clause after the name: "While NAME was speaking," (not a topic: "As for NAME,")
_CLAUSE_VERB = re.compile(r"\s(?-i:[a-zà-ÿ])")


def not_the_one_given(text: str, para_start: int, at: int, want: str, p: Person | None, mentions,
                      speakers) -> Person | None:
    """``p`` unless the paragraph's own sentences say the pronoun is someone else: ``p`` gave the floor to
    someone (« NAME2 lui a cédé la parole. « … », a-t-il assuré »), or ``p`` is named only in a clause that
    opens a sentence whose own subject is a pronoun of the same gender ("While NAME2 was still speaking, he
    spread the maps. “…,” he said"). Then the one other person of the paragraph, before, that the pronoun fits,
    if there is exactly one; else nobody (an empty speaker is honest, a wrong one is not)."""
    if p is None or not p.name or want not in ("f", "m"):
        return p
    mine = [m.pos for m in mentions if m.person.name == p.name and para_start <= m.pos < at]
    if not mine:
        return p
    last = max(mine)
    sent = _sentence(text, para_start, last)
    s_start = text.rfind(sent, para_start, at) if sent else -1
    if s_start < 0:
        return _answers_the_asker(text, para_start, at, want, p, mentions, speakers, mine, sent)
    floor = _GIVES_FLOOR.search(sent)
    gives = floor is not None and floor.start() > last - s_start  # the floor given after ``p`` is named
    fronted = _FRONTED.match(sent)
    aside = False  # ``p`` named only inside the opening clause, with a verb there, and the pronoun right after it
    if fronted is not None and all(pos >= s_start for pos in mine):
        clause = range(s_start + fronted.start(), s_start + fronted.end())
        pron = r"\bhe\b|\bil\b" if want == "m" else r"\bshe\b|\belle\b"
        aside = (all(pos in clause for pos in mine)
                 and _CLAUSE_VERB.search(sent[last - s_start:fronted.end()]) is not None
                 and re.match(rf"\s*(?:{pron})", sent[fronted.end():], re.I) is not None)
    if not (gives or aside):
        return p
    others = {m.person.name: m.person for m in mentions
              if para_start <= m.pos < at and m.person.name and m.person.name != p.name and not m.compound
              and _fits(m.person, want) and (m.pos < s_start or gives)}
    others.update({q.name: q for pos, q in speakers if para_start <= pos < at and q.name and q.name != p.name
                   and _fits(q, want)})
    return next(iter(others.values())) if len(others) == 1 else None
