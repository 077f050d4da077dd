"""Speech cues: the verbs of saying of English and French press writing, and the patterns built on them.

A quotation is attributed by the clause that carries one of these verbs (``said``, ``told
journalists``, ``a déclaré``, ``a-t-elle lancé``, ``s’est félicitée``, ``m’a dit``) or by a colon that
introduces it. :mod:`.attribute` and :mod:`.subject` decide who the verb's subject is.
"""

from __future__ import annotations

import re
import unicodedata

VERBS_EN = (
    "said", "says", "added", "adds", "warned", "warns", "stressed", "stresses", "noted", "notes",
    "explained", "explains", "urged", "urges", "told", "tells", "declared", "declares", "insisted", "insists",
    "argued", "argues", "stated", "states", "recalled", "recalls", "concluded", "concludes", "commented",
    "comments", "affirmed", "affirms", "asked", "asks", "continued", "continues", "emphasised", "emphasized",
    "emphasises", "emphasizes", "underlined", "underlines", "observed", "observes", "remarked", "remarks",
    "replied", "replies", "responded", "responds", "acknowledged", "acknowledges", "pointed out",
    "points out", "wrote", "writes", "has written", "have written", "had written", "announced", "announces", "answered", "answers", "reminded",
    "reminds", "admitted", "admits", "conceded", "concedes", "cautioned", "cautions", "predicted",
    "promised", "vowed", "pleaded", "complained", "joked", "quipped", "muttered", "mutters", "grumbled", "grumbles",
    "heard saying", "heard muttering", "heard complaining", "heard joking", "repeated", "repeats", "reiterated",
    "reiterates", "confirmed", "confirms", "insisted", "agreed", "suggested", "suggests", "countered",
    "summed up", "sums up", "summed it up", "sums it up", "sum it up", "put it", "puts it", "went on", "goes on", "testified", "recounted",
    "explains", "shouted", "whispered", "maintained", "maintains", "claimed", "claims", "described",
    "describes", "estimated", "estimates", "reported", "reports", "sighed", "laughed", "mused", "lamented",
    "laments", "assured", "assures", "demanded", "demands", "insisted", "pleads", "added later",
    # a manner of speaking, as press writing uses it after a quotation ("…,” she smiled)
    "smiled", "smiles", "grinned", "shrugged", "sighs", "laughs", "snapped", "retorted", "scoffed",
    "beamed", "beams", "chuckled", "chuckles", "fumed", "fumes", "gushed", "enthused", "enthuses", "marvelled",
    "marveled", "snorted", "deadpanned", "chimed in", "interjected", "interrupted", "recalls", "recalled",
    # what an organisation makes known ("the Institute let it be known that it “will …”")
    "made it known", "makes it known", "let it be known", "lets it be known",
    # more verbs of saying of agency copy ("“…,” confided a UN official", "“…,” the minister protested")
    "confided", "confides", "exclaimed", "objected", "protested", "asserted", "asserts", "contended",
    "pledged", "pledges", "boasted", "promises", "vows", "swore", "swears",
    # the present of a plural subject ("Its authors write that “…”", "“…,” say campaigners")
    "write", "say", "warn", "argue", "conclude", "explain", "estimate", "insist", "stress",
    # the same of "we" and "I" ("We tell every delegation: “…”", "I keep telling delegates that “…”"; not
    # "repeat": "these were his words, and I repeat them" is another's words)
    "keep telling", "keep saying", "tell",
    # a reaction and its answer, as wire copy reports them ("“…,” reacted NAME", "“…,” NAME hit back")
    "reacted", "reacts", "hit back", "fired back", "shot back", "shoots back", "hits back", "fires back", "wondered", "noted drily", "dixit",
    # what a person called a thing ("A negotiator called the text “a trap for small launchers”")
    "called", "branded", "termed",
    # a live blog's or a newsletter's closing line ("“…,” the team signed off")
    "signed off", "signs off",
    # on social media ("“…,” tweeted NAME")
    "tweeted", "tweets", "posted",
    # a saying repeated over time ("my grandmother used to say, “…”")
    "used to say", "would say", "likes to say", "liked to say", "loves to say", "would often say",
    "keeps saying", "kept saying", "keeps telling", "kept telling", "never tires of saying", "is fond of saying",
    "never tired of saying", "was fond of saying", "often says", "always says",
    # what a study says ("the Institute's latest review found that “…”")
    "found", "finds", "showed", "shows",
    # what a body's count records ("As the Trust has documented on our coast, “…”")
    "documented",
)
#: used inverted (``said Jane Smith``); the others name the listener when inverted (``told Jane Smith``)
VERBS_EN_NOT_INVERTED = {"told", "tells", "asked", "asks", "announced", "announces", "wrote", "writes",
                         "acknowledged", "acknowledges", "reminded", "reminds", "put it", "puts it",
                         "promised", "answered", "answers", "admitted", "admits", "claimed", "claims",
                         "maintained", "maintains", "confirmed", "confirms", "suggested", "suggests",
                         "predicted", "testified", "recounted", "went on", "goes on", "summed up",
                         "sums up", "summed it up", "sums it up", "sum it up", "agreed", "vowed", "described", "describes", "found", "finds", "showed", "shows",
                         "made it known", "makes it known", "let it be known", "lets it be known",
                         "used to say", "would say", "likes to say", "liked to say", "loves to say", "would often say",
                         "keeps telling", "kept telling", "called", "branded", "termed",
                         "signed off", "signs off", "documented"}
PP_FR = (
    "déclaré", "dit", "affirmé", "ajouté", "souligné", "rappelé", "averti", "insisté", "expliqué", "conclu",
    "estimé", "indiqué", "précisé", "martelé", "assuré", "lancé", "jugé", "noté", "relevé", "observé",
    "confié", "prévenu", "commenté", "répondu", "poursuivi", "regretté", "salué", "dénoncé", "plaidé",
    "annoncé", "écrit", "exhorté", "appelé", "résumé", "réaffirmé", "reconnu", "confirmé", "demandé",
    "raconté", "répliqué", "rétorqué", "tranché", "témoigné", "lâché", "glissé", "déploré", "admis",
    "ironisé", "promis", "réclamé", "souhaité", "expliqué", "répété", "repris", "soutenu", "objecté",
    "décrit", "qualifié", "plaisanté", "soupiré", "avoué", "constaté", "fait valoir", "fait remarquer",
    "fait observer", "mis en garde", "renchéri", "riposté", "enchaîné", "nuancé", "détaillé", "complété", "exigé", "protesté",
    "avancé", "tempéré", "soufflé", "confessé", "ironisé", "insisté", "fait savoir", "fait part", "tweeté", "twitté",
    "posté",
    # a reaction, a warning, a blame (« … », a réagi NAME ; a tonné le ministre ; a fustigé NAME)
    "réagi", "tonné", "fustigé", "alerté", "interpellé", "signalé", "rapporté", "relaté", "asséné", "analysé",
    # a manner of speaking, as press writing uses it after a quotation (« … », a-t-elle souri)
    "souri", "ri", "grimacé", "soupiré", "rigolé", "raillé", "persiflé", "bougonné", "montré", "révélé",
    "juré", "prédit", "garanti",
)
PRES_FR = (
    "déclare", "dit", "affirme", "ajoute", "souligne", "rappelle", "avertit", "insiste", "explique",
    "conclut", "estime", "indique", "précise", "martèle", "assure", "lance", "juge", "note", "relève",
    "observe", "confie", "prévient", "commente", "répond", "poursuit", "regrette", "salue", "dénonce",
    "plaide", "résume", "réaffirme", "reconnaît", "reconnait", "confirme", "exhorte", "écrit", "raconte",
    "demande", "réplique", "rétorque", "tranche", "témoigne", "lâche", "glisse", "déplore", "annonce",
    "répète", "reprend", "soutient", "décrit", "qualifie", "ironise", "plaisante", "soupire", "avoue",
    # the imperfect of a saying repeated over time (« ma grand-mère disait », « répétait-il »)
    "disait", "répétait",
    # a saying the speaker keeps repeating (« comme NAME ne cesse de le répéter », « aime à dire »)
    "ne cesse de répéter", "ne cesse de le répéter", "ne cesse de dire", "aime à dire", "aime à répéter",
    "aime à rappeler", "a coutume de dire",
    "constate", "fait valoir", "fait remarquer", "fait observer", "met en garde", "renchérit", "riposte", "enchaîne", "nuance",
    "détaille", "complète", "exige", "proteste", "avance", "tempère", "souffle", "confesse", "fait savoir",
    "réagit", "tonne", "fustige", "interpelle", "signale", "rapporte", "relate",
    "sourit", "rit", "grimace", "raille", "persifle", "bougonne", "montre", "révèle",
    "promet", "jure", "prédit", "garantit", "promettait",  # a promise (« … », promet la Coalition)
    # the present of a plural subject (« Ses auteurs écrivent que « … » », « … », préviennent les ONG)
    "écrivent", "disent", "estiment", "soulignent", "rappellent", "préviennent", "affirment", "expliquent",
    "concluent", "constatent", "déclarent", "assurent", "insistent", "avertissent", "ajoutent",
    "jubile", "fulmine", "peste", "tempête", "rigole", "s'esclaffe", "s’esclaffe", "enrage", "s'enthousiasme",
    "s’enthousiasme", "s'étrangle", "s’étrangle",
    # imperfect: "elle écrivait :", "comme il le disait"
    "disait", "déclarait", "écrivait", "expliquait", "racontait", "ajoutait", "répétait", "affirmait",
    "soulignait", "rappelait", "assurait", "estimait", "confiait", "lançait", "demandait", "répondait",
    "disions", "disaient", "glissait", "avouait", "soupirait", "résumait", "prévenait", "martelait",
    # (« Un délégué … jugeait en marge de la plénière que la date était « … » »: a wire's imperfect of judging)
    "jugeait", "notait", "précisait", "indiquait", "observait", "relevait", "tranchait", "constatait",
    "concluait", "insistait", "plaidait", "regrettait", "commentait", "avertissait", "reconnaissait",
    "jugeaient", "estimaient", "notaient", "relevaient",
    # the first person in the present and the imperfect (« Comme nous l'écrivons dans notre appel, « … » », « Je
    # leur dis “…” », « comme nous le rappelions »): the speaker of an answer, the body of a release
    "dis", "redis", "écris", "disons", "redisons", "écrivons", "répétons", "rappelons", "affirmons", "soulignons",
    "demandons", "écrivions", "répétions", "rappelions", "affirmions", "soulignions", "demandions",
    # (« Comme je le disais déjà à Genève, « … » »: her own earlier words)
    "disais", "écrivais", "répétais", "rappelais", "affirmais", "soulignais", "déclarais", "expliquais",
)
#: reflexive French verbs of saying, after ``s’est`` / ``se`` (``s’est félicitée``, ``s’inquiète``)
REFLEXIVE_FR = ("félicité", "réjoui", "inquiété", "indigné", "exclamé", "interrogé", "emporté", "étonné",
                "alarmé", "insurgé", "dit", "montré", "voulu", "amusé", "agacé", "désolé", "emporté", "exclamé", "plaint", "engagé")
REFLEXIVE_FR_PRES = ("félicite", "réjouit", "inquiète", "indigne", "exclame", "interroge", "emporte",
                     "étonne", "alarme", "insurge", "amuse", "agace", "désole", "plaint", "engage")


def alt(words) -> str:
    """A regular expression alternation of ``words``, longest first (then in alphabetical order, so that the pattern
    is the same in every run, whatever the hash seed), spaces matching any white space."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


ADV_EN = r"(?:(?:has|had|have|also|further|then|later|previously|recently|earlier|once|again|simply|quietly|bluntly)\s+){0,2}"
ADV_FR = (r"(?:(?:également|aussi|encore|notamment|ensuite|enfin|alors|déjà|pour\s+sa\s+part|de\s+son\s+côté|"
          r"simplement|[a-zéèêàâîôûç]{3,}ement)\s+){0,2}")  # « a sèchement relevé », « a calmement répondu »
B = r"(?![\w\u2019'\-])"  # end of word
NB = r"(?<![\w\u2019'\-])"  # start of word
H = "[-\u2010\u2011]"
APO = "['\u2019]"
#: an object pronoun before the French auxiliary: "m’a dit", "lui a demandé", "nous a confié"
OBJ_FR = rf"(?:(?:m|t|l|(?i:qu)){APO}\s*|(?:nous|vous|lui|leur)\s+)?"  # (« ce qu’a affirmé NAME »)

_DAYS = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
         r"dimanche)")
#: when the words were said, between an inverted verb and its subject ("a affirmé mercredi l’ambassadrice",
#: "said on Tuesday evening the minister"): never part of the subject
WHEN = (rf"(?i:(?:(?:on|late\s+on|early\s+on|last)\s+)?{_DAYS}(?:\s+(?:morning|afternoon|evening|night|matin|midi|"
        r"après-midi|soir))?|yesterday(?:\s+(?:morning|afternoon|evening))?|this\s+(?:morning|afternoon|evening)|"
        r"hier(?:\s+(?:matin|soir|après-midi))?|ce\s+(?:matin|soir|midi)|cet\s+après-midi|"
        r"(?:en\s+)?(?:fin|début)\s+de\s+(?:matinée|journée|séance|soirée)|"
        r"(?:tard\s+)?(?:dans|en)\s+(?:la\s+)?(?:soirée|matinée|journée|nuit)|(?:late\s+|early\s+)?in\s+the\s+"
        r"(?:evening|morning|afternoon|night)|that\s+(?:evening|morning|afternoon|night)|"
        r"ce\s+(?:jour-là|soir-là|matin-là)|"
        # a time not dated: « m’a dit un jour NAME », « le disait souvent NAME », "told me once NAME"
        r"un\s+(?:jour|soir|matin)|une\s+fois|souvent|toujours|déjà|naguère|jadis|autrefois|one\s+day|once|often|"
        # a moment of the day or of the meeting: « à la mi-journée », « à l'issue de la séance », « après la
        # plénière », "at midday", "after the plenary"
        r"(?:à|après|avant|dès)\s+(?:la\s+|l['\u2019]\s*|le\s+)?(?:mi-journée|midi|sortie|issue|fin|clôture|ouverture|"
        r"pause|suspension|reprise|plénière|séance|réunion)(?:\s+(?:de\s+la|de\s+l['\u2019]|du|des)\s*[a-zà-ÿ\-]+)?|"
        r"(?:at|after|before)\s+(?:noon|midday|lunchtime|lunch|the\s+(?:break|close|end|opening|plenary|session|"
        r"meeting)(?:\s+of\s+the\s+[a-z\-]+)?))")

V_EN = alt(VERBS_EN)
V_EN_INV = alt(set(VERBS_EN) - VERBS_EN_NOT_INVERTED)
def unaccented(words) -> list[str]:
    """``words`` and, for those with accents, the same typed without them (« a declare », « s'est felicite »:
    French typed on a keyboard without accents, as some wire and plain-text releases are)."""
    return [*words, *(unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in words
                      if not w.isascii())]


V_FR_PP = alt(unaccented(PP_FR))
V_FR_PRES = alt(PRES_FR)
V_FR_REFL = rf"(?:s{APO}\s*(?:est|était|etait)\s+{alt(unaccented(REFLEXIVE_FR))}e?s?|se\s+{alt(REFLEXIVE_FR_PRES)}|s{APO}\s*{alt(REFLEXIVE_FR_PRES)})"

#: a French verb of saying in any of its forms (with an object pronoun, reflexive, or present)
AUX_FR = r"(?:a|avait|aurait|ont|avaient|avons|avez|ai|avions|avais)"
#: "comme l’écrivait NAME", "ainsi que l’explique la coalition": the object pronoun before a simple tense
_L_OBJ = rf"(?:[lL]{APO}\s*)?"
FR_SAY = rf"(?:{OBJ_FR}{AUX_FR}\s+{ADV_FR}(?i:{V_FR_PP})|(?i:{V_FR_REFL})|{_L_OBJ}(?i:{V_FR_PRES}))"
#: any verb of saying, for "is this clause a speech act?"
RE_ANY_VERB = re.compile(rf"{NB}(?:{V_EN}|{FR_SAY}){B}")
#: a verb of saying as its clause's verb, English or French; group "inv": may be followed by its subject
RE_SAY = re.compile(
    # (« j’avais déclaré à cette tribune que », « J’ai dit » : the first person's auxiliary after its elided « j’ »)
    rf"(?:{NB}|(?<=[\s,;:(][jJ]{APO})|(?<=^[jJ]{APO}))(?:(?P<en>{ADV_EN}{V_EN})|(?P<fr>{OBJ_FR}{AUX_FR}\s+{ADV_FR}(?i:{V_FR_PP})"
    rf"|(?i:{V_FR_REFL})|{_L_OBJ}(?i:{V_FR_PRES}))){B}"
)
#: pronouns: "she said", "said he", "a-t-elle ajouté", "ajoute-t-il", "dit-elle", "elle a déclaré", "Elle m’a dit"
RE_PRONOUN = re.compile(
    rf"{NB}(?:(?i:she|he|it)\s+{ADV_EN}{V_EN}|{V_EN_INV}\s+(?i:she|he)"
    rf"|(?:(?i:m|t|l|nous|vous|lui|leur){APO}?\s*)?(?i:a|avait){H}t{H}(?:il|elle)\s+{ADV_FR}(?i:{V_FR_PP})"
    rf"|(?i:{V_FR_PRES}){H}(?:t{H})?(?:il|elle)"
    rf"|(?i:s{APO}\s*est){H}(?:il|elle)\s+(?i:{alt(REFLEXIVE_FR)})e?"
    rf"|(?i:s{APO}\s*{alt(REFLEXIVE_FR_PRES)}){H}t{H}(?:il|elle)"
    rf"|(?i:il|elle)\s+(?:{OBJ_FR}a\s+{ADV_FR}(?i:{V_FR_PP})|(?i:{V_FR_PRES})|(?i:{V_FR_REFL}))"
    rf"|(?i:selon|d{APO}apr[eè]s)\s+(?i:elle|lui)|(?i:according\s+to)\s+(?i:her|him)){B}"
)


def pronoun_gender(s: str) -> str:
    """"f", "m" or "" from the pronoun of a matched :data:`RE_PRONOUN` text."""
    words = set(re.findall(r"\b(?:she|he|it|il|elle|her|him|lui)\b", s.lower()))
    if words == {"it"}:
        return "n"  # "it said": an organisation
    words = {"she" if w == "her" else "he" if w in ("him", "lui") else w for w in words}
    if words & {"she", "elle"} and not words & {"he", "il"}:
        return "f"
    if words & {"he", "il"} and not words & {"she", "elle"}:
        return "m"
    return ""


_NOUN_BEFORE = re.compile(r"(?:^|\s)(?:par|sa|son|ses|la|le|les|une|un|leur|leurs|notre|nos|votre|cette|ce|du|des|the|a|an|"
                          r"its|their|his|her|our|this|that|l['\u2019]|d['\u2019])\s*(?:(?:dernière|dernier|nouvelle|"
                          r"nouveau|première|premier|récente|récent|brève|bref|longue|long|courte|court|seule|seul|"
                          r"propre|latest|last|new|first|short|long|own)\s+)?$", re.I)


def say_verbs(text: str) -> list[re.Match]:
    """The verbs of saying in ``text``, leaving out nouns spelt the same ("sa note", "la demande", « répondu par
    écrit »)."""
    return [m for m in RE_SAY.finditer(text) if not (m.group("fr") and not m.group("fr").lower().startswith(
        ("a ", "avait", "aurait", "ont", "s", "se", "m", "t", "l", "nous", "vous", "lui", "leur", "ai", "qu"))
        and _NOUN_BEFORE.search(text[max(0, m.start() - 12):m.start()])
        and not _PRONOUN_LE.search(text[max(0, m.start() - 20):m.start()]))]


#: "comme le rappelait l’Institut", "ainsi que l’écrit la coalition": "le" is a pronoun there, not an article
_PRONOUN_LE = re.compile(r"(?i)(?<![\w\-])(?:comme|que|qu['\u2019]|me|te|nous|vous|ne)\s*(?:le\s+|la\s+|l['\u2019]\s*)$"
                         # « Le Secrétariat le rappelle : », « La coalition le dit » : after the subject, an object pronoun
                         r"|(?-i:[A-ZÀ-Þ][\w\-]{2,})\s+(?:le\s+|l['\u2019]\s*)$|(?<![\w\-])(?:coalition|commission|présidente?|"
                         r"ministre|directrice|directeur|rapport|note|texte|réseau)\s+(?:le\s+|l['\u2019]\s*)$")
# (« NAME me le répète chaque lundi : », « il nous l’écrit » : an object pronoun before "le", never an article)
