"""How the clause before a quotation leads into it: "According to her, …:", « par la voix de sa ministre NAME »,
"the words of a survivor I met:", « Selon la coalition, », and the short titles in marks inside that clause."""

from __future__ import annotations

import re

ACCORDING_PRONOUN = re.compile(r"(?<![\w\-])(?:(?i:according\s+to|selon|d['\u2019]apr[eè]s)\s+(?P<p>(?i:her|him|elle|lui))|"
                                r"(?i:in)\s+(?P<q>(?i:her|his))\s+(?i:own\s+)?(?i:words)|(?i:selon|pour\s+reprendre|dans)\s+"
                                r"(?i:ses)\s+(?i:propres\s+)?(?i:mots|termes))[\s,\u00a0\u202f]*$|"
                                r"^\s*(?i:according\s+to|selon|d['\u2019]apr[eè]s|pour)\s+(?P<r>(?i:her|him|elle|lui))\s*,"
                                r"[^\u201c\u00ab\u201e\".!?]{2,160}:[\s\u00a0\u202f]*$")
# ("According to her, the stakes go beyond hospitals: “…”", « Selon elle, l’enjeu dépasse les hôpitaux : « … » »)
#: whose voice a body spoke through: « par la voix de sa ministre NAME », "through its spokesperson, NAME,"
VOICE_OF = re.compile(r"(?i:par\s+la\s+voix\s+d(?:e\s+la|e\s+l['\u2019]|u|es|e)|through\s+(?:its|her|his|their)\s+)"
                       r"\s*(?P<np>[^,;:\u201c\u00ab]{2,80}(?:,\s*[A-ZÀ-Þ][^,;:\u201c\u00ab]{2,60}(?=,))?)")
WORDS_OF = re.compile(r"(?i:\b(?:the|a|one|this|les|une|la|cette|le|un|ce)\s+(?:words?|phrase|sentence|line|remark|mots|"
                       r"paroles|formule|remarque|témoignage|testimony|letter|lettre))\s+(?:of|from|by|de|du|d['\u2019])\s*"
                       r"(?P<np>[^,;:\u201c\u00ab\u201e\"]{2,80})[\s,]*"
                       r"(?:(?i:que|qu['\u2019]|which|that|I)\s[^:\u201c\u00ab\n]{0,120})?:\s*$")
# (« Une phrase de NAME, que j’ai recopiée dans mon carnet : « … » », "A line from NAME I wrote down: “…”")
ACCORDING_NP = re.compile(r"^\s*(?:[^\s\u2014\u2013][^\n\u2014\u2013]{0,40}?\s*[\u2014\u2013]\s*)?(?i:according\s+to|selon|d['\u2019]apr[eè]s|pour|for|in\s+the\s+words\s+of|à\s+en\s+croire|"
                           r"in\s+the\s+view\s+of|(?:de\s+l['\u2019]avis|aux\s+dires|au\s+dire|de\s+l['\u2019]aveu|pour\s+reprendre\s+les\s+mots|"
                           r"au\s+sens)\s+(?=d)|aux\s+yeux\s+(?:de|d['\u2019]|du))\s*"
                           r"(?:(?<=\s)(?:de\s+la|de\s+l['\u2019]|des|du|de|d['\u2019])\s*)?"
                           r"(?P<np>[^,;:\u201c\u00ab\u201e\"]{2,80}(?:,[^,;:\u201c\u00ab\u201e\"]{2,90}){0,2}),\s*$")
# (after a live blog's time or a dateline: "**14 h 20** — Pour la Fédération …, « … »", "KESSA (AFP) — According to …")
#: the source, then the subject the quotation completes: « Selon une source proche de la délégation X, le ministre
#: « ne signera rien jeudi » », "According to a source close to the Bureau, the mobile laboratory “will be ready …”":
#: the source's words (a subject of at most ten words, its complement with it: « un compromis sur la seule couleur des
#: lampes », no comma, no verb of saying after it)
ACCORDING_NP_SUBJECT = re.compile(r"^\s*(?:[^\s\u2014\u2013][^\n\u2014\u2013]{0,40}?\s*[\u2014\u2013]\s*)?"
                                  r"(?i:according\s+to|selon|d['\u2019]apr[eè]s|à\s+en\s+croire)\s*"
                                  r"(?P<np>[^,;:\u201c\u00ab\u201e\"]{2,80}),\s*"
                                  r"(?P<subj>(?i:le|la|les|l['\u2019]|the|un|une|a|an|ce|cette|this|that|its|son|sa|ses|their|leurs?)"
                                  r"\s*[^\s,;:\u201c\u00ab\u201e\"]+(?:\s+[^\s,;:\u201c\u00ab\u201e\"]+){0,9})\s*$")
#: a body's words by its possessive: "In the coalition's words:", "In the Agency's own words,": whose they are
IN_WORDS_OF = re.compile(r"^\s*(?:[^\s\u2014\u2013][^\n\u2014\u2013]{0,40}?\s*[\u2014\u2013]\s*)?(?i:in)\s+"
                         r"(?P<np>[^,;:\u201c\u00ab\u201e\"]{2,80}?['\u2019]s\s+(?:own\s+)?words)\s*[,:]\s*$")


#: a short passage in quotation marks inside the clause before a quotation: a title, a slogan, a word cited
_SHORT_QUOTED = re.compile(r"[\u201c\u00ab\u201e\"][^\u201c\u201d\u00ab\u00bb\u201e\"\n]{1,60}[\u201d\u00bb\"]")


def masked_titles(cur: str) -> str:
    """``cur`` with its short quoted passages ("his government’s slogan, “Every Dose Counts”, then added:") as
    plain lower-case letters of the same length, so the clause reads as a clause and keeps its offsets."""
    return _SHORT_QUOTED.sub(lambda m: "x" * len(m.group()) if len(m.group().split()) <= 8 else m.group(), cur)


#: a named person quoting someone the text does not name: « NAME a cité en anglais un médecin rencontré à
#: l’hôpital : », "NAME quoted a nurse she met:", "citing a farmer from the valley:": the words are that person's
CITED_UNNAMED = re.compile(r"(?i)(?<![\w\-])(?:cit[ée]|cite|citait|citant|quoted|quotes|quoting|cited|citing|"
                           # or read out someone's words: « a lu le témoignage d’un de ses moniteurs : », "read out a
                           # letter from one of her instructors:", « a donné lecture du message d’une mère »
                           r"(?:lu|lit|lisait|lisant|relu|relire|read|reads|reading|donné\s+lecture|donne\s+lecture)\s+"
                           r"(?:(?:out|aloud|à\s+voix\s+haute)\s+)?"
                           # the hearers or the place between the verb and what is read: "read to the jury", « lu à
                           # l’audience », « lu aux jurés »
                           r"(?:(?:to|before|in|at|à|aux?|devant)\s+(?:the|la|le|les|l['\u2019])?\s*[a-zà-ÿ\-]+\s+)?"
                           r"(?:le|la|les|du|de\s+la|des|the|a|an|un|une|from)\s+(?:[a-zà-ÿ\-]+\s+){0,3}?"
                           r"(?:témoignage|lettre|message|mots|paroles|courriel|note|testimony|letter|message|words|email|"
                           r"e-mail|note|statement|sms|texto|text|memo|mail|voicemail|post|tweet)s?\s+"
                           # (as sent or received: "an e-mail sent by", « un message reçu de »)
                           r"(?:(?:sent|received|written|reçue?s?|envoyée?s?|écrite?s?)\s+)?"
                           r"(?:of|from|by|de|d['\u2019]|du|des)\s*)\s*"
                           r"(?:(?:en|in)\s+[a-zà-ÿ]+\s+|(?:aussi|also|then|again)\s+)*"
                           # someone unnamed, or one the text has already introduced unnamed (« de ce fournisseur »)
                           r"(?:un|une|a|an|one|(?:(?<=\sde\s)|(?<=\sfrom\s)|(?<=\sby\s))(?:ce|cet|cette|this|that))\s+"
                           r"[a-zà-ÿ][^:\u201c\u00ab\u201e\"]{0,100}(?::|\s(?:that|que|qu['\u2019])\s[^:\u201c\u00ab\u201e\".!?]{0,80}?)\s*$")
# (or "quoted a Loskavian official who had told her that the limit was “…”": the fragment the official said)
#: a time or a place opening a clause with no comma before its pronoun subject: "After the session she came over and",
#: "Later he told me", « Après la séance elle »
LEAD_NO_COMMA = re.compile(r"\s*(?:(?:after|before|during|at|in|on|dans|lors|pendant|après|avant|à)\s+(?:the|a|an|la|le|les|"
                           r"l['\u2019]|un|une|this|that|ce|cette)?\s*[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+)?|later|then|afterwards|"
                           r"ensuite|puis|plus\s+tard)\s+(?=(?:she|he|elle|il)\s)", re.I)

#: a live blog's time stamp at the head of an entry, before its sentence: "**11:30** — ", "10.15 – ", « 16 h 20 | »,
#: "**[16:20]** ", "UPDATE 18:55 — ": no part of the sentence's subject (a dash, a bar, bold or brackets set it apart)
TIME_STAMP = re.compile(r"[ \t]*(?:(?:UPDATE|MISE\s+[AÀ]\s+JOUR)\s+)?(?:(?:\*\*|__)\[?|\[)?\d{1,2}(?:[:.]|[ \t]?h[ \t]?)\d{2}"
                        r"(?:(?:\]?(?:\*\*|__)|\])[ \t]*(?:[\u2014\u2013|\-][ \t]+)?|[ \t]*[\u2014\u2013|][ \t]*|[ \t]+-[ \t]+)"
                        r"(?=[A-ZÀ-Þ\u201c\u00ab\"])")


#: words heard from someone, opening the sentence: "Heard from a delegate in the queue:", « Entendu auprès d’un
#: délégué : »: the noun phrase after them is the clause's subject
HEARD_FROM = re.compile(r"(?:(?:Over)?[Hh]eard\s+from|Entendu(?:e|s|es)?\s+(?:auprès\s+)?(?=d)|Glané(?:e|s|es)?\s+auprès\s+"
                        r"(?=d))\s*(?=\S)")


#: a wire story's dateline with its agency in brackets: "KESSA, March 3 (Wire) - ", "GENEVA (Courier) — ", « KESSA,
#: 3 mars (Dépêche) – » (or its agency alone, after « 15 janv. » ends a sentence): where and by whom the story
#: was filed, no part of the first sentence's subject
WIRE_DATELINE = re.compile(r"[ \t]*(?:[A-ZÀ-Þ][A-ZÀ-Þ'\u2019\-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'\u2019\-]+){0,3}"
                           r"(?:,[ \t]*[^()\n,]{3,30})?)?[ \t]*\([^()\n]{2,30}\)[ \t]*[\u2014\u2013\-][ \t]+(?=[A-ZÀ-Þ\u201c\u00ab\"])")


#: a label in capitals before a dash, as a fact-check or a live blog puts it before whose words follow: "CLAIM — NAME,
#: Minister of …:", « INTOX — NAME : »; no part of the subject (nor its role)
CAPS_LABEL = re.compile(r"\s*(?:#+[ \t]*)?(?:\d{1,2}[:h]\d{2}[ \t]+)?[A-ZÀ-Þ]{2,}(?:[ \t]+[A-ZÀ-Þ]{2,}){0,2}[ \t]*[\u2014\u2013][ \t]+(?=[A-ZÀ-Þ][a-zà-ÿ])")


#: a chat export's line, its date and time in brackets and its sender before a colon: "[02/07/2041, 07:05] NAME: ";
#: the message is the sender's own sentence, whose subject says who said what it quotes
CHAT_LINE = re.compile(r"[ \t]*\[\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\][ \t]*(?:-[ \t]*)?"
                       r"[^:\n\[\]]{1,40}:[ \t]+")


def after_time_stamp(text: str, start: int, end: int) -> int:
    """Where the sentence at ``start`` begins once a live blog's time stamp or a wire story's dateline before it,
    a label in capitals before a dash ("CLAIM — "), and words that say it was heard from someone ("Heard
    from"), are skipped."""
    m = TIME_STAMP.match(text, start, end) or WIRE_DATELINE.match(text, start, end) or CHAT_LINE.match(text, start, end)
    start = m.end() if m is not None else start
    label = CAPS_LABEL.match(text, start, end)
    start = label.end() if label is not None else start
    heard = HEARD_FROM.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()), end)
    if heard is not None:
        rest = re.match(r"(?:de\s+la\s+bouche\s+)?(?:de\s+la\s+|de\s+l['\u2019]|d['\u2019]|du\s+|des\s+|de\s+)?", text[heard.end():end])
        return heard.end() + (rest.end() if rest else 0)
    return start
