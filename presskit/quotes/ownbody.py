"""Whom "our" and "its" stand for when a document speaks as its body or its speaker: the body an interview's
opening says the interviewee runs, and a person a statement introduces by a role of a place of its own."""

from __future__ import annotations

import re

from .people import NAMERUN, ORG_WORDS, ROLE_WORDS, clean_org, lower_token

#: a noun of a person by its ending ("toxicologist", « toxicologue », « douanier », « inspectrice »), where the
#: list of role words does not have it
PERSON_NOUN = re.compile(r"(?:ist|ists|ologue|ologues|eur|eurs|euse|euses|rice|rices|ier|iers|ière|ières|ician|icians|"
                         r"icien|icienne|iciens|iciennes)$")


def fold_org(org: str) -> str:
    return re.sub(r"[^\w]+", " ", org.lower()).strip()


def head_of_intro(intro: str, own: set[str], surname: str = "") -> str:
    """The one body an interview's opening says a person named in full runs, when no heading names the
    interviewee: "Dr NAME has directed the Institute for X since 2029. The Coalition met her …"; "" otherwise.
    With ``surname``, only a person of that surname counts (the interviewee the heading names)."""
    bodies = []
    for m in _INTRO_HEADS.finditer(intro):
        sentence = re.split(r"[.!?]\s+|\n", intro[:m.start()])[-1]
        org = clean_org(m.group("org"))
        if m.group("role") and lower_token(m.group("role")) not in ROLE_WORDS:
            continue  # ("NAME, a guest of the X", "NAME is one of the X"): no role in a body
        if m.group("role") and re.search(rf"(?<![\w\-]){NAMERUN}\s*,", re.split(r"[.!?]\s+|\n", intro[m.end():])[0]):
            continue  # ("NAME, president of the X, and NAME2, of the Y, talk to us"): two people, either may answer
        head = re.match(rf"[\s*_]*(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|La\s+docteure?|Le\s+docteur|Le\s+professeur|La\s+professeure)\.?\s+"
                        rf"|(?:Le|La|The)\s+(?P<rank>[a-zà-ÿ\-]+)\s+)?{NAMERUN}\s*$", sentence)
        if head is None or not org or (head.group("rank") and lower_token(head.group("rank")) not in ROLE_WORDS):
            continue  # (« Le commandant NAME dirige le Service X »: a rank before the name is no part of it)
        if surname and not re.search(rf"(?<![\w\-]){re.escape(surname)}\s*$", sentence):
            continue  # ("Her predecessor, NAME, has run …": someone else's body)
        if any(lower_token(w) in ORG_WORDS for w in org.split()) and fold_org(org) not in own \
                and not any(fold_org(org) in o or o in fold_org(org) for o in own):
            bodies.append(org)
    return bodies[0] if len(set(bodies)) == 1 else ""


def role_before_pronoun(intro: str, own: set[str]) -> str:
    """The one body an interview's opening gives its interviewee, whom its heading names, by a role that opens a
    sentence whose subject is a pronoun: « Toxicologue à l’Institut X, elle mesure … », "Epidemiologist at the X
    Institute, she has counted …"; "" otherwise."""
    bodies = []
    for m in _ROLE_THEN_PRONOUN.finditer(intro):
        org = clean_org(m.group("org"))
        if lower_token(m.group("role")) in ROLE_WORDS and any(lower_token(w) in ORG_WORDS for w in org.split()) \
                and fold_org(org) not in own and not any(fold_org(org) in o or o in fold_org(org) for o in own):
            bodies.append(org)
    return bodies[0] if len(set(bodies)) == 1 else ""


#: a role at a body that opens a sentence, then its subject, a pronoun: « Toxicologue à l’Institut X, elle »
_ROLE_THEN_PRONOUN = re.compile(
    r"(?:^|[.!?]\s+|\n)[*_]*(?:(?:Senior|Chief|Principal|Lead|Deputy)\s+)?(?P<role>[A-ZÀ-Þa-zà-ÿ][a-zà-ÿ\-]+)"
    r"(?:\s+(?:principale?|en\s+chef|adjointe?|associée?))?\s+(?:at|of|with|à(?=\s+l)|au|de(?=\s+l)|du)\s+(?:the\s+|la\s+|le\s+|l['\u2019]\s*)?"
    r"(?P<org>[A-ZÀ-Þ][\w\-\u2019']*(?:[ \t]+[\w\-\u2019']+){0,9}?),\s+(?:she|he|elle|il)\s")


#: the body an interview's opening says the interviewee runs or holds a role in: "has directed the Institute for X
#: since 2029", « dirige depuis 2029 l'Institut X », "who heads the X Network", "NAME, director of the X,"
_INTRO_HEADS = re.compile(
    r"(?:(?<![\w\-])|(?=,))(?:has\s+(?:directed|headed|led|run|chaired|coordinated)|directs|heads|leads|runs|chairs|coordinates|"
    r"dirige|préside|coordonne|a\s+dirigé|a\s+fondé|founded|"
    # or her role in the body: "NAME, director of the X, has …", "NAME has been director-general of the X since",
    # « NAME, directrice de l’Institut X, »
    r"(?:,|has\s+been|is|est)\s+(?:the\s+|la\s+|le\s+)?(?:(?:senior|chief|principal|lead|deputy)\s+)?"
    r"(?P<role>[a-zà-ÿ\-]+)(?:\s+(?:principale?|en\s+chef|adjointe?|associée?))?\s+(?:of|at|de(?=\s+l)|du|à(?=\s+l)|au))\s+(?:(?:depuis|since)\s+(?:\d{4}|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})\s+ans)\s+)?"
    r"(?:the\s+|la\s+|le\s+|l['\u2019]\s*)?(?P<org>[A-ZÀ-Þ][\w\-\u2019']*(?:[ \t]+(?!(?:since|depuis|where|où|who|qui|"
    r"with|avec|and|et|in|en|à|at|until|jusqu|for\s+(?:\d|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"many|several|some|years|decades))\b)[\w\-\u2019']+){0,11})")  # (« Fédération des petits pêcheurs de la mer
#  de Calloran »: a French body's name in sentence case runs to nine words and more)


#: a role by a possessive right before a name: "Its head nurse, ", « Son directeur, »
_ITS_ROLE = re.compile(r"(?:^|[.!?]\s+|\n)(?:Its|Their|Son|Sa|Leur)\s+(?P<role>[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+){0,2}),\s*$")
#: a place or a service of the speaker's own, in lower case: "our public health centre", « notre dispensaire »
_OUR_PLACE = re.compile(r"(?<![\w\-])(?:our|notre|nos)\s+[a-zà-ÿ]")


def its_role_of_ours(text: str, name: str) -> bool:
    """Whether the document introduces ``name`` by a role of a place of its own named in the sentence before:
    "Last month I visited our public health centre in Dunmarrow. Its head nurse, NAME, has worked there …"."""
    for m in re.finditer(re.escape(name), text):
        its = _ITS_ROLE.search(text, max(0, m.start() - 60), m.start())
        if its is None or not any(lower_token(w) in ROLE_WORDS or PERSON_NOUN.search(lower_token(w))
                                  for w in its.group("role").split()):
            continue
        if re.match(r",\s+(?:who|qui|whose|dont)\b", text[m.end():m.end() + 12]):
            continue  # "Its nurse in charge, NAME, who now presides over X, told me": the clause says for whom
        before = text[max(0, its.start() - 250):its.start() + 1]
        sentence = re.split(r"[.!?]\s+|\n\s*\n", before.rstrip(" .\n"))[-1]
        if _OUR_PLACE.search(sentence):
            return True
    return False


#: the speaker's possessive: "our", "my own", « notre », « nos », « mon », « ma »
_MINE = re.compile(r"(?<![\w\-])(?i:our|my|notre|nos|mon|ma|mes)(?![\w\-])")
#: a title between the apposition's comma and the name: "our chief medical officer, Dr NAME"
_TITLE_BEFORE = re.compile(r"(?:,\s*)(?:(?:Dr|Mr|Mrs|Ms|Mme|M|Prof|Professor|[Ll]e\s+docteur|[Ll]a\s+docteure)\.?\s+"
                           r"|(?:le|la|the)\s+(?:capitaine|commandant|lieutenante?|sergente?|adjudante?|colonel|"
                           r"inspectrice|inspecteur|infirmière|infirmier|captain|lieutenant|sergeant|inspector|nurse)\s+)?$")
#: someone of another body or State, however "my" she is: "my colleague from Ostrand", « mon homologue »
_OTHERS = re.compile(r"(?i)(?<![\w\-])(?:colleagues?|counterparts?|collègues?|homologues?|friends?|amis?|amies?|guests?|"
                     r"invitée?s?)(?![\w\-])|(?<![\w\-])(?:of|from|de|du|des|d['\u2019])\s+(?:the\s+|la\s+|le\s+|l['\u2019]\s*)?"
                     r"(?-i:[A-ZÀ-Þ])")
#: "NAME, who heads our laboratory," / « NAME, qui dirige notre Inspection »: a relative clause saying she runs or
#: serves a place of the speaker's own
_HEADS_OURS = re.compile(r"\s*,\s*(?:who|qui)\s+(?:has\s+|have\s+|had\s+|a\s+|now\s+|also\s+){0,2}"
                         r"(?:heads?|headed|leads?|led|runs?|ran|directs?|directed|chairs?|chaired|manages?|managed|"
                         r"coordinates?|coordinated|works?\s+(?:for|at|in)|dirige|dirigé|préside|présidé|coordonne|"
                         r"coordonné|anime|animé|travaille\s+(?:pour|à|au|dans))\s+(?i:our|notre|nos|my|mon|ma)(?![\w\-])")


#: trades a statement's people are introduced by that the role words do not list
_TRADES = {"inspector", "inspectors", "forester", "foresters", "technician", "technicians", "inspecteur", "inspectrice"}


def _a_role(words: list[str]) -> bool:
    return any(lower_token(w) in _TRADES or lower_token(w) in ROLE_WORDS or lower_token(w)[:-1] in ROLE_WORDS or PERSON_NOUN.search(lower_token(w))
               or any(lower_token(p) in ROLE_WORDS for p in w.split("-")) for w in words)


def introduced_as_mine(text: str, name: str) -> bool:
    """Whether the speaker of a statement introduces ``name`` (in full) as one of her own body's people: a role
    phrase that holds her possessive right before the name ("one of our port inspectors, NAME", « l'infirmière-cheffe
    de notre centre de santé, NAME », "My own Agriculture Minister, NAME"), or a relative clause after it saying
    the person runs a place of hers ("NAME, who heads our laboratory,"). Never for "my colleague", "my counterpart",
    nor a phrase that names another body or State ("our partners of the X Institute")."""
    if " " not in name.strip():
        return False
    for m in re.finditer(re.escape(name), text):
        before = text[max(0, m.start() - 160):m.start()]
        title = _TITLE_BEFORE.search(before)
        if title is not None:
            part = re.split(r"[.;:!?\u201c\u201d\u00ab\u00bb]\s|\n|,", before[:title.start()])[-1]
            mine = _MINE.search(part)
            if mine is not None and not _OTHERS.search(part) and _a_role(part.split()):
                return True
        if _HEADS_OURS.match(text, m.end()):
            return True
    return False


#: the speaker's own body's document as the subject of a verb of saying, in a sentence of hers: « je constate que
#: notre propre rapport national, remis au Secrétariat en mars, dit que « … » », "our own national report says that
#: “…”": the document's words, which speak for her body, not hers
OUR_DOCUMENT_SAYS = re.compile(
    r"(?i)(?<![\w\-])(?P<det>notre|nos|our)\s+(?:(?:own|propre|latest|annual|dernière?|nouvelle?|technical|technique|"
    r"national|nationale)\s+)*(?:note|report|rapport|study|étude|summary|synthèse|submission|paper|bilan|enquête|survey)"
    r"(?:\s+(?:national|nationale|annuel|annuelle|technique|technical))?(?:\s*,[^,;:.!?\u201c\u00ab]{1,80},)?\s+"
    r"(?:dit|indique|affirme|montre|constate|estime|says|states|shows|found|finds|notes|concludes|conclut)"
    r"(?:\s+(?:que|qu['\u2019]|that))?[\s\u00a0\u202f]*$")


#: a body of the one who speaks, after an unnamed person: « un diplomate de ma délégation », "an adviser of my ministry"
OF_MY_BODY = re.compile(r"(?i)(?<![\w\-])(?:de|of)\s+(?:ma|mon|notre|my|our)\s+(?:délégation|delegation|ministère|ministry|"
                         r"gouvernement|government|équipe|team|cabinet|office|bureau|staff|services?)(?![\w\-])")

#: one of the speaker's staff, unnamed: « Un de mes sapeurs m'a dit », "one of my paramedics told me" (never "one of
#: my neighbours": the noun is a trade or a role)
_ONE_OF_MINE = re.compile(r"(?i)(?<![\w\-])(?:un|une|l['\u2019]une?|one)\s+(?:de|d['\u2019]|of)\s*(?:mes|nos|my|our)\s+"
                          r"(?:(?:own|propres?|young|jeunes?|best|meilleure?s?)\s+)?(?P<noun>[a-zà-ÿ\-]+)")
_STAFF = {"firefighters", "paramedics", "agents", "crew", "crews", "staff", "men", "hommes", "gars", "soldiers", "soldats",
          "guards", "gardes", "volunteers", "bénévoles", "lifeguards", "medics", "drivers", "pilots", "pilotes"}


def one_of_mine(text: str) -> bool:
    """Whether ``text`` (the words before a quotation) gives its speaker as one of the speaker's own people, by a
    trade or a role and nobody's name: « Un de mes sapeurs m'a dit », "one of our paramedics said"."""
    return any((lower_token(m.group("noun")) in _STAFF or (_a_role([m.group("noun")]) and not _OTHERS.search(m.group("noun"))))
               and not re.search(r"(?i)(?<![\w\-])(?:of|de|d['\u2019])\s*$", text[:m.start()])
               for m in _ONE_OF_MINE.finditer(text))  # (not "the widow of one of our firefighters": his widow)


#: the one who speaks reads out a letter or a message just named: « Je vous la lis : », "Let me read it:"
READ_TO_YOU = re.compile(r"(?i)(?<![\w\-])(?:je\s+(?:vous\s+)?(?:la|le|les)\s+lis|let\s+me\s+read\s+(?:it|them|you)|"
                         r"I\s+(?:will\s+)?read\s+(?:it|them)\s+(?:to\s+you|out)|I\s+will\s+read\s+you|"
                         r"je\s+vais\s+vous\s+(?:en\s+)?lire|je\s+vous\s+(?:en\s+)?lis)(?![\w\-])")
