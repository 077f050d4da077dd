"""Quoted text that is not anyone's quotation: titles, scare quotes, and quoted treaty or draft text.

* **titles** of reports, studies, films, books, papers (``the coalition’s new report, “Counting the
  Cost”``, ``l’étude « Villes assiégées »``, ``the documentary “…”``, ``The paper "…" by …``), entries of a
  reading list (``• “Title”, Publisher, 2025.``) and short Title Case phrases nobody is said to have
  said: dropped;
* **scare quotes**: fewer words than a quotation has (``the so-called “precision” munitions``):
  dropped;
* **quoted text** of a treaty, a draft or a declaration (``Article 7 of the treaty obliges each State
  Party to “take all feasible measures …”``, ``l’article 11 du traité prévoit que « … »``): kept, as
  ``kind="text"``, and never given a person.
"""

from __future__ import annotations

import re

from .cues import RE_ANY_VERB, RE_PRONOUN, RE_SAY
from .people import NAMERUN, ORG_WORDS, ROLE_WORDS, lower_token
from .scan import find_quote_span
from .tablerows import in_table_row

QUOTE = "quote"
TEXT = "text"
TITLE = "title"

_TITLE_NOUNS = (
    "report", "reports", "study", "paper", "working paper", "documentary", "film", "movie", "book", "guide",
    "handbook", "novel", "essay", "series", "exhibition", "exhibit", "play", "album", "song", "poem",
    "podcast", "brochure", "toolkit", "publication", "survey", "booklet", "manual", "memoir", "anthology",
    "rapport", "rapports", "étude", "documentaire", "livre", "ouvrage", "roman", "essai", "exposition",
    "série", "court-métrage", "long-métrage", "chanson", "pièce", "enquête", "recueil", "manuel", "guide",
    "titled", "entitled", "called", "intitulé", "intitulée", "intitulés", "baptisé", "baptisée",
    "headlined", "dubbed", "reading", "slogan", "slogans", "motto", "banner", "banners", "placard", "placards",
    "hashtag", "headline", "theme", "banderole", "banderoles", "bannière", "bannières", "pancarte", "pancartes", "devise", "thème",
    "mot d’ordre", "mot d'ordre", "exposition", "émission", "campaign", "campagne", "resolution", "résolution",
    "programme", "program", "initiative", "project", "projet", "website", "site", "petition", "pétition",
    "article", "magazine", "memoir", "mémoires", "poster", "affiche", "spectacle", "side event", "table ronde",
    "webinar", "webinaire", "chapter", "chapitre", "session", "panel", "workshop", "atelier", "roundtable",
    "event", "événement", "motion", "appel", "appeal",
    # what a coalition publishes besides reports ("its latest briefing, “Ten questions on …”")
    "briefing", "briefing paper", "policy brief", "brief", "fact sheet", "factsheet", "newsletter", "note",
    "note d’information", "note d'information", "fiche", "fiche d’information", "bulletin", "dossier", "video",
    "vidéo", "tracker", "scorecard", "score card", "report card", "index", "ranking", "league table", "barometer",
    # a government's background papers, linked under a release ("Backgrounder: “…”", « Document d’information : « … » »)
    "backgrounder", "explainer", "document d’information", "document d'information", "document de référence",
    "dashboard", "atlas", "yearbook", "tableau de bord", "palmarès", "classement", "baromètre", "indice", "bilan",
    # a thing a body made and named, shown rather than read ("its map “…”", « sa carte « … » », "the app “…”")
    "map", "maps", "heat map", "carte", "cartes", "chart", "graphique", "infographic", "infographie", "app",
    "application",
    # a body named by its remit ("the working group “New and emerging products”", « le groupe de travail « … » »)
    "working group", "groupe de travail", "contact group", "groupe de contact", "task force",
    "sous-groupe", "subgroup",
    # what a government or an agency names its policies ("our national plan, “Open Doors, Open Schools”")
    "plan", "strategy", "stratégie", "scheme", "framework",
    # an analysis or an assessment by its name ("presented the analysis “…”", « l'analyse « … » »)
    "analysis", "analyse", "assessment", "évaluation", "review",
    # a title's other edition ("its French edition, « … »", « son édition anglaise, “…” »)
    "edition", "édition",
    # a name a body or a text carries for now ("the panel's working title, “…”", « son titre provisoire, « … » »)
    "title", "working title", "titre", "titre provisoire", "nom de travail",
    # a body's count of where things stand, and the heading a text is filed under ("its first stocktake, “…”",
    # "under the heading “…”", « son premier inventaire, « … » », « sous la rubrique « … » »)
    "stocktake", "stock-take", "inventory", "inventaire", "heading", "rubrique",
    # what a speaker brings to a conference, by its title ("her paper, “…”", « sa communication, « … » », "the
    # keynote, “…”", "his talk, “…”", « la présentation de Mme X, « … » »)
    "communication", "communications", "presentation", "présentation", "talk", "keynote", "keynote lecture",
)
_TITLE_NOUN_RE = re.compile(
    r"(?<![\w\-])(?P<noun>" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_TITLE_NOUNS, key=len, reverse=True))
    + r")(?P<gap>(?:\s+[^\s.!?;:\u201c\u00ab\u201e\"]+){0,5}?)\s*,?\s*$",
    re.I,
)
_TITLE_NOUN_AT = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _TITLE_NOUNS)
                            + r")(?![\w\-])", re.I)
#: a thing, then the name it goes by: « un groupe de travail conjoint, dit « … » », "a joint body, known as “…”", « le
#: comité, surnommé « … » » (« dit » only after a noun and a comma: « Il dit « … » » is a verb of saying)
_KNOWN_AS = re.compile(r"(?i)(?:(?<=[a-zà-ÿ]),[\s\u00a0\u202f]*(?:dit|dite|dits|dites)|(?<![\w\-])(?:known\s+as|"
                       r"nicknamed|surnommée?s?|connue?s?\s+sous\s+le\s+nom\s+de))[\s\u00a0\u202f]*$")
#: "the title of", « le titre de »: what follows names the work, it quotes nothing from it
_TITLE_OF = re.compile(r"(?i)(?<![\w\-])(?:title|titre|intitulé)\s*$")
#: "in its report," / "dans son rapport," : the report is where the words come from, not a title
_CONTAINER = re.compile(r"(?:^|\s)(?:in|dans|from|of|de|du|according\s+to|selon|d['\u2019]après)\s+"
                        r"(?:(?:its|their|his|her|the|a|an|this|our|son|sa|ses|leur|le|la|l['\u2019]|un|une|ce|cette|"
                        r"notre|last|latest|dernier|dernière|new|nouveau|nouvelle|annual|annuel|\d{4})\s+){0,4}$", re.I)
_GAP_WORDS = re.compile(r"^(?:\s+(?:of|by|from|the|de|la|le|du|des|d['\u2019]\w+|l['\u2019]\w+|par|[A-Z\d][\w\-\u2019']*|"
                        r"n[\u00b0\u00ba]|"  # a poster's or a paper's number: « le poster n° 7, « … » »
                        r"new|nouveau|nouvelle|short|latest|dernier|dernière|annual|annuel|final|forthcoming|"
                        r"coalition['\u2019]?s?|\w+['\u2019]s))*\s*,?$", re.I)
_LEGAL_REF = re.compile(
    r"(?<![\w\-])(?:articles?|art\.|paragraphs?|paragraphes?|alinéas?|clauses?|sections?|preamble|préambule|"
    r"annex|annexe|treaty|traité|convention|draft|projet|declaration|déclaration|resolution|résolution|"
    r"protocol|protocole|wording|libellé|mandate|mandat|text|texte|charter|charte|standing\s+orders?|"
    r"rules\s+of\s+procedure|règlement|framework|(?-i:Rule|Règle))(?![\w\-])", re.I)  # (a rule by its name: "the X Rule")
_LEGAL_VERB = re.compile(
    r"(?<![\w\-])(?:obliges?|requires?|asks?|provides?|states?|says?|reads?|speaks?\s+(?:instead\s+|rather\s+|only\s+)?of|"
    r"sets?\s+(?:out\s+)?|fixes|fixe|fixent|établit|refers?\s+to|calls?\s+"
    r"(?:on|for|upon)|commits?|demands?|urges?|binds?|recogni[sz]es?|reaffirms?|welcomes?|encourages?|"
    r"notes?|decides?|must|shall|should|expects?|prévoit|demande|oblige|dispose|stipule|énonce|parle|"
    r"appelle|exige|engage|invite|précise|impose|mentionne|évoque|reconnaît|reconnait|réaffirme|salue|"
    r"encourage|décide|doivent|devront|doit|s['\u2019]engagent|is\s+clear|est\s+clair|"
    r"vise|visent|targets?|covers?|couvre|couvrent|"
    r"exclut|excluent|excludes?|interdit|interdisent|prohibits?|forbids?)(?![\w\-])", re.I)  # (what a text covers: « l'annexe vise les « … » »)
#: a text's provision, then the relative that gives its content: « l’article 9 du projet, selon lequel », « le
#: protocole, aux termes duquel », "Article 6 of the draft, under which", "the treaty, according to which" (not a
#: person's or a body's "selon laquelle", nor a minister's "déclaration, selon laquelle": words someone said)
_REF_WHEREBY = re.compile(
    r"(?i)(?<![\w\-])(?:articles?|art\.|paragraphs?|paragraphes?|alinéas?|clauses?|annex|annexe|treaty|traité|"
    r"convention|draft|projet|resolution|résolution|protocol|protocole|charter|charte|rule|règle|règlement)(?![\w\-])"
    r"[^.;:!?\u201c\u00ab\u201d\u00bb]{0,60}?,?\s+(?:selon\s+(?:le|la|les)quel(?:le)?s?|aux\s+termes\s+(?:du|de\s+la|des)quel"
    r"(?:le)?s?|under\s+which|according\s+to\s+which|whereby)\s*$")
#: a body's noun right after a text's name makes them the body's name: "the Varenholt Convention Secretariat notes",
#: "the Treaty Office", "the Protocol's Bureau": the body speaks, not the text
_BODY_AFTER_REF = re.compile(r"(?:['\u2019]s)?[ \t]+(?i:secretariat|bureau|committee|council|office|unit|body|"
                             r"secretary|commission|panel|board)(?![\w\-])")
#: and before it, joined by "of": « le Secrétariat de la Convention », "the Secretariat of the Treaty"
_BODY_BEFORE_REF = re.compile(r"(?<![\w\-])(?i:secretariat|secrétariat|bureau|committee|comité|council|conseil|office|"
                              r"commission|panel|board)\s+(?:of\s+the|of|de\s+la|de\s+l['\u2019]|du|des)\s*"
                              r"(?:[A-ZÀ-Þ][\w\-]+\s+){0,3}$")  # ("the Secretariat of the Quillaret Treaty")
_DETERMINER_BEFORE = re.compile(r"(?i)(?<![\w\-])(?:the|a|an|its|their|his|her|this|that|whose|our|le|la|les|l['\u2019]|"
                                r"un|une|sa|son|ses|leur|leurs|notre|nos|cette|ce|du|de|des)\s+"
                                r"(?:(?:own|technical|annual|latest|new|final|briefing|policy|propre|technique|annuelle?|"
                                r"dernière?|nouvelle?)\s+)?$")  # ("whose technical note puts it": a noun)
_SENT_BREAK = re.compile(r"[.!?\u2026](?:[\u00a0\u202f ]?[\u201d\u00bb])?\s+(?=[A-Z\u00c0-\u00de\u201c\u00ab\"])|\n\s*\n")
# (a sentence also ends after the closing mark of the quotation it ends with: « … nageurs. » Les moniteurs …)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[\u2022\u25aa\u25cf\u2013\-*]|\d{1,2}[.)])?[ \t]*$")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


#: a gathering named on its own line, as a heading or a programme's entry ("# Press conference: “…”", « Point de
#: presse : « … » »): what it was called, not what anyone said (only where the line opens on it)
_EVENT_LABELS = ("press conference", "news conference", "press briefing", "media briefing", "conférence de presse",
                 "point de presse", "point presse", "débat", "debate", "hearing", "audition", "plénière", "plenary",
                 "séance", "conference", "conférence", "forum", "colloque", "symposium", "seminar", "séminaire")
#: (its capital says the line opens there: a PDF's wrapped line, "… told the opening ¶ plenary: “…”", does not)
_EVENT_LINE = re.compile(r"(?:^|\n)[ \t]*(?:#{1,6}[ \t]+)?(?:" + "|".join(
    n[0].upper() + "(?i:" + re.escape(n[1:]).replace(r"\ ", r"\s+") + ")" for n in sorted(_EVENT_LABELS, key=len, reverse=True))
    + r")[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*$")

#: the kind of a piece of opinion or of a meeting's write-up, as a heading's label before its quoted title ("# Event
#: summary: “…”", « # Tribune. « … » », "Op-ed: “…”", « Table ronde : « … » »): what the piece is called, not
#: anyone's quotation (only where the line opens on the label)
_PIECE_LABELS = ("event summary", "summary", "tribune", "op-ed", "opinion", "editorial", "éditorial", "point de vue",
                 "round table", "roundtable", "table ronde", "panel", "webinar", "webinaire", "compte rendu", "readout",
                 "chronique", "column", "commentary", "commentaire", "open letter", "lettre ouverte", "libre opinion")
_PIECE_LINE = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:" + "|".join(
    n[0].upper() + "(?i:" + re.escape(n[1:]).replace(r"\ ", r"\s+") + ")" for n in sorted(_PIECE_LABELS, key=len, reverse=True))
    + r")(?:\*\*)?[ \t\u00a0\u202f]*[:.\u2014\u2013](?:\*\*)?[ \t\u00a0\u202f]*$")

#: "• Documentaire : « … »" (a reading list's label), "une banderole : « … »", "a banner reading “…”": the
#: quoted words are what the thing is called or carries, nobody's quotation
_LABEL = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:[\u2022\u25aa\u25cf\u2013\u2014\-*][ \t]*)?(?P<label>" + "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_TITLE_NOUNS, key=len, reverse=True)) + r")"
    r"|(?<![\w\-])(?:slogans?|mottos?|banners?|placards?|signs?|posters?|hashtags?|banderoles?|pancartes?|affiches?|"
    r"devises?|mots?\s+d['\u2019]ordre|t-shirts?|tee-shirts?|chants?|chanted|chanting|scandai(?:en)?t|scandant|scandent|"
    r"scandé|clamaient|entonnaient|"
    # what people wear or stick: "activists wore badges “…”", « des autocollants « … » »
    r"badges?|buttons?|pins?|stickers?|autocollants?|brassards?|armbands?|sweatshirts?|casquettes?|caps|"
    r"tote\s+bags?|tote-bags?|sacs?\s+en\s+toile)(?:\s+(?:reading|saying|proclamant|portant|(?:that|which)\s+"
    r"(?:read|said)|qui\s+(?:proclamai(?:en)?t|disai(?:en)?t)|où\s+l['\u2019]on\s+(?:lisait|pouvait\s+lire)))?)"
    r"[ \t\u00a0\u202f]*:?[ \t\u00a0\u202f]*$", re.I)


#: a sign, a poster or a banner, where it stands, then its verb of reading, right before the quoted words: "A
#: hand-painted sign at the clinic reads “…”", « Une pancarte à l'entrée du dispensaire indique : « … » »
_THING_READS = re.compile(
    r"(?i)(?<![\w\-])(?:(?:a|an|the|one|its|their|le|la|les|un|une|sa|son)\s+|l['\u2019]\s*)(?:[\w\-]+\s+){0,2}?"
    r"(?:signs?|placards?|posters?|banners?|notices?|billboards?|labels?|stickers?|plaques?|pancartes?|affiches?|"
    r"banderoles?|panneaux|panneau|écriteaux?|étiquettes?|autocollants?|flags?(?![ \t]+(?i:states?|countr))|drapeaux?)(?![\w\-])(?!['\u2019]s?(?!\w))"
    r"[^.!?;:\u201c\u201d\u00ab\u00bb\u201e\"]{0,80}?\s(?:reads|read|says|said|proclaims|"
    r"proclaimed|indique|indiquait|proclame|proclamait|dit|disait|annonce|annonçait)"
    r"(?:\s+(?:toujours|encore|still|simply|only|just))?[ \t\u00a0\u202f]*:?[ \t\u00a0\u202f]*$")
#: a caption's or a sentence's opening on such a thing, where it stands, then a colon and its words, no verb between:
#: "A sign at the entrance to the farm: “…”", « Une pancarte à l’entrée du marché : « … » »
_THING_COLON = re.compile(
    r"(?i)^[\s\u00a0\u202f]*(?:(?:a|an|the|one|le|la|les|un|une)\s+|l['\u2019]\s*)(?:[\w\-]+\s+){0,2}?"
    r"(?:signs?|placards?|posters?|banners?|notices?|billboards?|labels?|stickers?|plaques?|pancartes?|affiches?|"
    r"banderoles?|panneaux|panneau|écriteaux?|étiquettes?|autocollants?)(?![\w\-])(?!['\u2019]s?(?!\w))"
    r"(?P<gap>[^.!?;:\u201c\u201d\u00ab\u00bb\u201e\"]{0,80}):[ \t\u00a0\u202f]*$")
#: a thing that carries words, after "on" / « sur », a complement of where it is, then a colon right before the
#: quoted words: « Sur une banderole, derrière elle : « … » », "On the placard she held up at the gate: “…”"
_ON_A_THING = re.compile(
    r"(?i)(?<![\w\-])(?:on|upon|sur)\s+(?:(?:a|an|the|one|her|his|their|its|une|un|la|le|les|sa|son|ses|leurs?)\s+|"
    r"l['\u2019]\s*)(?:[\w\-]+\s+){0,2}?(?:signs?|placards?|posters?|banners?|billboards?|t-shirts?|tee-shirts?|"
    r"pancartes?|affiches?|banderoles?|panneaux|panneau|écriteaux?)(?![\w\-])"
    r"(?P<gap>[^.!?;:\u201c\u201d\u00ab\u00bb\u201e\"]{0,60}):[ \t\u00a0\u202f]*$")
#: the name of a text, its kind then what it is of or on: « Déclaration de Port-Lazaire sur l'élimination de la
#: rage », "Declaration of Tarrun on Rabies", "Convention on the Rights of …" (no sentence end inside)
_NAMED_TEXT = re.compile(
    r"^[\s\u00a0\u202f]*(?:Déclaration|Declaration|Convention|Protocole|Protocol|Charte|Charter|Traité|Treaty|"
    r"Accord|Agreement|Pacte|Pact|Compact|Résolution|Resolution|Feuille\s+de\s+route|Roadmap|Plan\s+d['\u2019]action|"
    r"Action\s+Plan)\s+(?:de|du|des|d['\u2019]|of|on|for|sur|pour)\s*(?:la\s+|l['\u2019]|le\s+|les\s+|the\s+)?"
    r"[A-ZÀ-Þ][^.!?;\u2026]*[\s\u00a0\u202f]*$")
#: an article or a determiner right before the marks: « adopté la « … » », "signed the “…”"
_ARTICLE_END = re.compile(r"(?i)(?<![\w\-])(?:the|its|their|a|this|la|le|l['\u2019]|sa|son|cette|une)"
                          r"[\s\u00a0\u202f]*[\u201c\u00ab\u201e\"]?[\s\u00a0\u202f]*$")


#: a slogan or a motto, its complement, then a comma right before the quoted words: they are what it reads
_SLOGAN_APPOS = re.compile(r"(?<![\w\-])(?:slogans?|mottos?|devises?|mots?\s+d['\u2019]ordre|hashtags?|watchwords?|"
                           r"catchphrases?)(?![\w\-])(?P<gap>[^.!?;:\u201c\u201d\u00ab\u00bb\u201e\"]{0,80}),"
                           r"[ \t\u00a0\u202f]*$", re.I)


def _sentence_before(text: str, start: int) -> str:
    lo = max(0, start - 400)
    w = text[lo:start]
    breaks = list(_SENT_BREAK.finditer(w))
    return w[breaks[-1].end():] if breaks else w


#: "• Kessa Water Board, “Title” (2026)": a list entry's publisher before the title, nothing said
_PUBLISHER_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[\u2022\u25aa\u25cf\u2013\-*]|\d{1,2}[.)])?[ \t]*"
                             r"[A-ZÀ-Þ][^\n,.;:!?\u201c\u201d\u00ab\u00bb\"]{1,80}[,:][ \t\u00a0]*$")


#: "• Kessa Water Board, decision “Title”, 2025.", « Cadre de Talvergne, décision « … », 2025. », "Publisher,
#: “Title”, 2030.": a list entry's publisher (and the kind of the work), then its title and its year
_KIND_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[\u2022\u25aa\u25cf\u2013\-*]|\d{1,2}[.)])?[ \t]*"
                        r"[A-ZÀ-Þ][^\n,.;:!?\u201c\u201d\u00ab\u00bb\"]{1,80},[ \t\u00a0]*(?:[a-zà-ÿ][\w\-\u2019']*[ \t\u00a0]+)"
                        r"{0,2}$")
_YEAR_AFTER = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?:[^\n,\u201c\u00ab\"]{1,40},[ \t\u00a0]*)?(?:1[89]|20)\d\d[ \t.;]*(?:\n|$)")
#: "published this morning as “…”", "released under the title “…”", « paru sous le titre « … » »: what a work
#: was published as is its title
_PUBLISHED_AS = re.compile(r"(?<![\w\-])(?:published|released|issued|launched|printed|publié|publiée|publiés|"
                           r"publiées|paru|parue|parus|diffusé|diffusée|sorti|sortie)(?:\s+[^\s.!?;:\u201c\u00ab\"]+){0,4}?"
                           r"\s+(?:as|under\s+the\s+(?:title|name)|sous\s+le\s+(?:titre|nom))[ \t\u00a0\u202f]*$", re.I)


def _kind_entry(text: str, start: int, end: int) -> bool:
    """A list entry whose publisher and kind stand before the title, and its year after it, alone on its line."""
    lead = _KIND_LEAD.search(text[max(0, start - 120):start])
    if lead is None or RE_ANY_VERB.search(lead.group()):
        return False
    kind = lead.group().rstrip().split()[-1].lower()
    return (lead.group().rstrip().endswith(",") or kind in _ENTRY_KINDS) and _YEAR_AFTER.match(text, end) is not None


_ENTRY_KINDS = set(_TITLE_NOUNS) | {"decision", "décision", "law", "loi", "decree", "décret", "directive", "act"}


def is_reading_list_entry(text: str, start: int, end: int) -> bool:
    """``• “Title”, Publisher, 2025.`` / ``"Title" by NAME`` / ``• “Title” (Publisher, 2025)``: a quote opening
    its line, then its source."""
    if _kind_entry(text, start, end):
        return True
    if not _LINE_START.search(text[max(0, start - 80):start]):
        lead = _PUBLISHER_LEAD.search(text[max(0, start - 100):start])
        if lead is None or RE_ANY_VERB.search(lead.group()):
            return False
        paren = re.match(r"[ \t\u00a0]*\((?P<src>[^()\n]{2,80})\)[ \t.;]*(?:\n|$)", text[end:end + 120])
        ends = re.search(r"[.!?\u2026][\s\u00a0\u202f]*$", text[max(start, end - 4):end - 1])
        return bool(paren and _YEAR.search(paren.group("src")) and not ends)  # • Publisher, “Title” (2026)
    cited = re.match(r"[ \t\u00a0]*\((?P<src>[^()\n]{2,120})\)[ \t.;]*(?:\n|$)", text[end:end + 130])
    cited = cited if cited and _YEAR.search(cited.group("src")) else \
        re.match(r"[ \t\u00a0]*,[ \t\u00a0]*[A-ZÀ-Þ][^\n\u201c\u00ab\"]{1,80}?,[ \t\u00a0]*(?:[A-Za-zÀ-ÿ]+[ \t\u00a0]+)?"
                 r"(?P<src>\d{4})[ \t.;]*(?:\n|$)", text[end:end + 130])  # "“Who Pays?”, Publisher, 2026"
    if re.search(r"[.!?\u2026][\s\u00a0\u202f]*$", text[max(start, end - 4):end - 1]) and not (
            cited and re.search(r"[?!][\s\u00a0\u202f]*$", text[start:end - 1])):
        # a title does not end a sentence: “….” — NAME is a quotation signed with a dash; but a title may
        # ask a question: “Who Owns the Deep Sea?” (Tarnell Institute, 2026)
        return False
    para = text.find("\n\n", end)
    rest = text[end: min(end + 200, para if para >= 0 else len(text))]
    if RE_ANY_VERB.search(rest):
        return False
    if re.match(r"\s*,?\s*(?:by|par)\s", rest, re.I):
        return True
    paren = re.match(r"[ \t\u00a0]*\((?P<src>[^()]{2,120})\)[ \t.;]*(?:\n|$)", rest)
    if paren and (_YEAR.search(paren.group("src")) or any(
            w.lower().strip(",.") in ORG_WORDS for w in paren.group("src").split())):
        return True  # • “Title” (Publisher, 2026): its source in brackets, alone on the rest of its line
    if not re.match(r"\s*[,\u2014\u2013]", rest):
        return False
    line = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ\u00ab\u201c])", rest.split("\n\n")[0])[0]  # (its own sentence: not a
    # year in the next one, « « … », rappelions-nous hier. Le calendrier … « [au plus tard le 31 décembre 2042] » »)
    # (the name may be followed by a lower-case apposition, her role, as a caption has it: "“…” — NAME, former
    # stonemason, NAME's Network, at the stand"; a work's publisher has no role)
    signed = re.fullmatch(r"\s*[\u2014\u2013]\s*((?:[A-ZÀ-Þ][\w\-\u2019']+\s+){1,3}[A-ZÀ-Þ][\w\-\u2019']+)"
                          r"(?:\s*,\s*[a-zà-ÿ][^\n]*)?\s*", line.split("\n")[0])
    if signed and not _YEAR.search(line) and not any(w.lower() in ORG_WORDS for w in signed.group(1).split()):
        return False  # “…” — Henrik Adeyemi-Strand: a quotation signed by a person, not a title and its publisher
    return bool(_YEAR.search(line)) or (len(line.split()) <= 15 and bool(re.match(r"\s*[,\u2014\u2013]\s*(?:the\s+)?[A-Z]", line)))


#: "the so-called “…”", "les munitions dites « … »": words the writer keeps at a distance
_SCARE_BEFORE = re.compile(r"(?:so-called|so\s+called|supposedly|self-styled|soi-disant|prétendus?|prétendues?|"
                           r"(?:the|this|that)\s+(?:word|words|term|terms|phrase|expression|label|notion)|"
                           r"(?:le|ce|les|ces)\s+(?:mot|mots|terme|termes|qualificatif)|l['\u2019]expression|"
                           r"(?:la|cette)\s+(?:formule|notion)|"
                           r"what\s+(?:they|some|officials)\s+call(?:ed)?|ce\s+qu['\u2019](?:ils|elles|on)\s+appellent?|"
                           r"(?<!\ba\s)(?<!\bon\s)(?<!\bil\s)(?<!\bont\s)(?<!\bqui\s)(?<!elle\s)(?<!vous\s)(?<!est\s)(?<!tait\s)"
                           r"\b(?:dits|dites|dite))\s*$", re.I)


#: a proverb, a saying, an adage named right before the words, with at most a complement and no verb of saying
#: between ("an old proverb: “…”", "as the saying goes in the delta, “…”", « comme dit le dicton du delta, « … » »,
#: "Our proverb of the day: “…”"): words nobody in the text says, whatever their case
_SAYING = re.compile(r"(?<![\w\-])(?:proverbs?|adages?|maxims?|proverbes?|dictons?|maximes?|(?:(?:the|an?|old|this|"
                     r"that|local|famous|our|un|le|ce|vieux)\s+)sayings?)(?![\w\-])(?:\s+goes|\s+says|\s+has\s+it)?"
                     r"(?P<gap>[^.!?;:\u201c\u201d\u00ab\u00bb\u201e\"]{0,60})[,:]?[ \t\u00a0\u202f]*$", re.I)


def is_title(text: str, start: int, end: int, words: str) -> bool:
    """The quoted words are the title of a work named just before them, a reading-list entry, a proverb, or
    words the writer keeps at a distance (``so-called “…”``)."""
    if _SCARE_BEFORE.search(text[max(0, start - 40):start]):
        return True
    saying = _SAYING.search(_sentence_before(text, start))
    if saying is not None and not RE_ANY_VERB.search(saying.group("gap")):
        return True
    first = words.lstrip("\u00a0\u202f ")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if is_reading_list_entry(text, start, end):
        return True
    if _subject_title(text, start, end, words):
        return True  # "Its “Lead Paint Laws: A Global Status Report 2030” lists who enforces what"
    before = _sentence_before(text, start)
    if _PUBLISHED_AS.search(before):
        return True  # "The survey, published this morning as “…”, finds …"
    label = _LABEL.search(before)
    if label is not None and (not label.group("label") or ":" in label.group()):
        return True  # a list entry's label ends with a colon; a banner or a slogan needs none
    if _EVENT_LINE.search(before):
        return True  # "Press conference: “…”" on its own line: what the gathering was called
    if _PIECE_LINE.match(text, text.rfind("\n", 0, start) + 1, start):
        return True  # « # Tribune. « … » », "# Event summary: “…”": the piece's title under its kind
    if _THING_READS.search(before):
        return True  # "A hand-painted sign at the clinic reads “…”": what a sign carries, nobody's quotation
    thing = _THING_COLON.search(before)
    if thing is not None and not RE_ANY_VERB.search(thing.group("gap")):
        return True  # "A sign at the entrance to a cooperative farm: “…”": what the sign carries, nobody's words
    on_thing = _ON_A_THING.search(before)
    if on_thing is not None and not RE_ANY_VERB.search(on_thing.group("gap")):
        return True  # « Sur une banderole, derrière elle : « … » »: what the banner carries, not her words
    if _NAMED_TEXT.match(words) and _ARTICLE_END.search(before):
        return True  # « ont adopté la « Déclaration de Port-Lazaire sur … » »: the name of a text
    slogan = _SLOGAN_APPOS.search(before)
    if slogan is not None and not RE_ANY_VERB.search(slogan.group("gap")):
        return True  # « Le slogan affiché sur le stand de la coalition, « … », a été photographié »: what it reads
    if _KNOWN_AS.search(before) and _named_work(words):
        return True  # « un groupe de travail conjoint, dit « Groupe de la Vasse », qui … »: the name it goes by
    # the nearest noun of a work that fits: "Le projet de décision V/2, intitulé « … »" is titled, whatever
    # the draft's number between
    for n in reversed(list(_TITLE_NOUN_AT.finditer(before))):
        m = _TITLE_NOUN_RE.match(before, n.start())
        if m is None or m.group("gap") and not _GAP_WORDS.match(m.group("gap")):
            continue
        # "in its annual report, “…”" quotes the report; "published in its paper “…”" names it (no comma)
        container = _CONTAINER.search(before[: m.start()])
        quoted_from = container and re.search(r"[,:]\s*$", before)
        if quoted_from and _TITLE_OF.search(before, 0, container.start() + 1):
            return True  # « le titre de la communication de Mme X, « … » », "the title of her paper, “…”": named
        # "wrote in its latest report, “Basin Outlook 2028”": a Title Case name, not a sentence from it
        return not quoted_from or _named_work(words)
    return False


#: a possessive or an article (and a word such as "new") right before the marks: "Its “…”", « Son nouveau « … » »
_OWNER_RIGHT_BEFORE = re.compile(r"(?i)(?:^|(?<=[\s(]))(?:its|their|his|her|our|the|son|sa|ses|leur|leurs|notre|nos|"
                                 r"le|la|les|l['\u2019]|cette|ce)\s*(?:(?:new|latest|own|annual|first|second|nouveau|"
                                 r"nouvelle|dernier|dernière|premier|première)\s+)?[\u201c\u00ab\u201e\"]?[\s\u00a0\u202f]*$")
#: the sentence going on after the marks with a lower-case word: the quoted words are part of its subject
_GOES_ON = re.compile(r"[\s\u00a0\u202f]*[\u201d\u00bb\"]?[\s\u00a0\u202f]*(?P<w>[a-zà-ÿ][a-zà-ÿ\-]*)(?![\w\-])")


def _subject_title(text: str, start: int, end: int, words: str) -> bool:
    """A work named between its possessive or article and the sentence's verb, ``Its “Lead Paint Laws: A Global
    Status Report 2030” lists …``, « Son « Bilan mondial 2030 » recense … »: a capitalised name, no sentence end
    inside, that the sentence goes on after (neither a comma nor a verb of saying: « », dit-elle)."""
    w = words.strip("\u00a0\u202f ")
    if not w or re.search(r"[.!?\u2026,;]$", w) or len(w.split()) < 2:
        return False
    if _OWNER_RIGHT_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    after = _GOES_ON.match(text, end)
    return after is not None and not RE_ANY_VERB.match(text, after.start("w"))


def _named_work(words: str) -> bool:
    """“Basin Outlook 2028”, « Perspectives du Bassin 2028 »: a few words in Title Case (or a name with its
    year), with no sentence punctuation: what a report is called, not a sentence quoted from it."""
    ws = re.findall(r"[^\W_]+(?:['\u2019\-][^\W_]+)*", words)
    if not ws or len(ws) > 8 or re.search(r"[.!?;\u2026]", words) or not ws[0][:1].isupper():
        return False
    content = [w for w in ws if len(w) > 3 and not w.isdigit()]
    return bool(content) and sum(w[0].isupper() for w in content) >= 0.75 * len(content)


#: words of a text being edited: « remplacer « … » par « … » », « supprimer les mots « … » », "replace “…” with",
#: "delete the words “…”", "insert “…” after"
_AMENDED = re.compile(r"(?i)(?<![\w\-])(?:(?:remplacer|remplace|remplacent|supprimer|supprime|suppriment|biffer|"
                      r"insérer|insère|replace|replaces|replacing|delete|deletes|deleting|strike|striking|insert|"
                      r"inserts|inserting)(?:\s+(?:les\s+mots|le\s+mot|l['\u2019]expression|la\s+formule|the\s+words?|"
                      r"the\s+phrase|the\s+wording))?|(?:ajouter|add|adding)\s+(?:les\s+mots|the\s+words?|the\s+phrase))"
                      r"[\s\u00a0\u202f]*$|(?<![\w\-])(?:remplac|replac)\w*\s[^.;!?]{1,160}?\s(?:par|with|by)[\s\u00a0\u202f]*$")


#: a table's cell that asks for words to be added, with no one saying it: "add “…”", « ajouter « … » »
_ROW_ADD = re.compile(r"(?i)(?<![\w\-])(?:add|adding|ajouter|ajout\s+de)[\s\u00a0\u202f]*$")


def is_quoted_text(text: str, start: int, words: str) -> bool:
    """Quoted words of a treaty, draft or declaration: ``Article 9 asks each State to submit “a report …”``."""
    first = words.lstrip("\u00a0\u202f ")[:1]
    before = _sentence_before(text, start)
    if _AMENDED.search(before):
        return True  # « propose de remplacer « … » par « … » », "to delete “…”": a text's words being edited
    if first.islower() and _ROW_ADD.search(before) and in_table_row(text, start):
        return True  # "Lunderne  NAME  add “and to publish the results”": a delegation's amendment in a table
    if _REF_WHEREBY.search(before):
        return True  # « l’article 9 du projet, selon lequel « … » », "Article 6, under which “…”": the text's words
    if first == "[" or re.search(r"\]\s*\[", words):
        return True  # "“[shall][should] establish a fund”": a draft's bracketed words, nobody's
    if first and first.isupper():
        # "Article 5 reads: “Each State Party shall …”", "Le troisième paragraphe dispose : « … »"
        m = _LEGAL_READS.search(before)
        if m and _LEGAL_REF.search(before[: m.start() + 1]) and not RE_ANY_VERB.search(before[: m.start()]):
            return True
        # "I now read out paragraph 4 of the draft decision as it stands: “Parties shall …”", « je donne lecture du
        # paragraphe 4 du projet de décision tel qu’il figure dans le document : « Les Parties … » »
        return bool(_READ_OUT.search(before) or _AS_IT_STANDS.search(before) or _RECALLS_ARTICLE.search(before)
                    or _PART_READS.search(before))
    if not first or not first.islower():
        return False
    ref = next((r for r in _LEGAL_REF.finditer(before) if not _BODY_AFTER_REF.match(before, r.end())
                and not _BODY_BEFORE_REF.search(before, 0, r.start())), None)
    if ref and any(not _DETERMINER_BEFORE.search(before, 0, v.start()) for v in _LEGAL_VERB.finditer(before, ref.end())):
        return True  # (not « le Secrétariat de la Convention l’a rappelé dans sa note : »: a noun, no verb)
    # "The draft decision (document L.2) “requests the Bureau to …”": an operative paragraph quoted from
    # its first word, the verb with which such texts begin, right after the text's name
    last = None
    for last in _LEGAL_REF.finditer(before):
        pass
    rest = re.sub(r"\([^()]{0,80}\)", "", before[last.end():]) if last else ""
    return bool(last and _OPERATIVE.match(words.lstrip("\u00a0\u202f "))
                and re.fullmatch(r"[^.;:!?\n]{0,80}", rest) and not RE_ANY_VERB.search(rest))


_OPERATIVE = re.compile(r"(?:requests?|decides?|urges?|invites?|calls\s+(?:up)?on|encourages?|welcomes?|"
                        r"recogni[sz]es?|reaffirms?|affirms?|expresses|emphasi[sz]es|stresses|prie|décide|invite|"
                        r"engage|encourage|exhorte|salue|réaffirme|souligne|demande)(?![\w\-])")


_REF_WORDS = _LEGAL_REF.pattern
#: a part of a text, then its verb of reading with no colon: "its operative paragraph reads “Parties shall …”",
#: « l’article 4 du projet prévoit « Les Parties … » », "Annex II states “Each Party …”": the text's words
_PART_READS = re.compile(r"(?i)(?<![\w\-])(?:articles?|art\.|paragraphs?|paragraphes?|alinéas?|clauses?|annex|annexe|"
                         r"preamble|préambule|provisions?|dispositions?)(?:\s+[\w\-\u2019'.]+){0,5}?\s+(?:reads|provides|"
                         r"stipulates|states|dispose|stipule|prévoit|énonce|se\s+lit)(?:\s+(?:as\s+follows|in\s+part|"
                         r"simply|notamment|ainsi))?\s*:?[\s\u00a0\u202f]*$")
#: an article or a rule recalled or cited by its number before a colon: « a rappelé l’article 12 du règlement
#: intérieur : « … » », "cited Rule 40 of the rules of procedure: “…”": the rule's words, nobody's
_RECALLS_ARTICLE = re.compile(r"(?i)(?<![\w\-])(?:rappel\w*|cit[eéa]\w*|recall\w*|quot\w+|invoqu\w+|invok\w+)\s+"
                              r"(?:l['\u2019]|the\s+)?(?:articles?|art\.|rules?|règles?|paragraph\w*|alinéas?)\s+\d+"
                              r"[^.;!?:\u201c\u00ab]{0,80}:[\s\u00a0\u202f]*$")
_READ_OUT = re.compile(rf"(?i)(?<![\w\-])(?:reads?\s+out|reading\s+out|read\s+(?:into\s+the\s+record|aloud)|"
                       rf"donne\s+lecture|donner\s+lecture|lecture\s+d[eu]|je\s+lis|je\s+cite)(?![\w\-])"
                       rf"[^.;!?]{{0,90}}?{_REF_WORDS}[^.;!?]{{0,90}}:\s*$")
_AS_IT_STANDS = re.compile(rf"(?i){_REF_WORDS}[^.;!?]{{0,90}}?(?:as\s+it\s+(?:now\s+)?(?:stands|reads)|as\s+amended|"
                           rf"in\s+its\s+(?:current|present)\s+form|tel(?:le)?s?\s+qu['\u2019](?:il|elle)s?\s+"
                           rf"(?:se\s+présentent?|figurent?|(?:est|sont)\s+rédigée?s?)|dans\s+sa\s+(?:version|forme|"
                           rf"rédaction)\s+actuelle)[^.;!?]{{0,60}}:\s*$")
_LEGAL_READS = re.compile(r"(?<![\w\-])(?:reads|read|states|provides|stipulates|says|declares|dispose|stipule|prévoit|"
                          r"énonce|précise|affirme|se\s+lit|(?:est|sont)\s+ainsi\s+(?:rédigée?s?|libellée?s?))"
                          r"(?:\s+(?:as\s+follows|in\s+part|ainsi|notamment|simply|that|que)){0,2}\s*:\s*$", re.I)


def looks_like_title_case(words: str) -> bool:
    """A Title Case phrase with no sentence punctuation: “Arms and the Future of Conflict”."""
    if re.search(r"[.!?,;\u2026]", words):
        return False
    ws = re.findall(r"[^\W_]+(?:['\u2019\-][^\W_]+)*", words)
    if len(ws) > 14:
        return False
    content = [w for w in ws if len(w) > 3 and not w.isdigit()]  # ("Walk to School Day 2028": a year is no word)
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps >= 0.75 * len(content)


def is_fragment(words: str, max_words: int = 8) -> bool:
    """A few capitalised words with no sentence punctuation: a title or a scare quote unless someone said
    them ("Des rues sans abri"). Words that start in lower case are part of a sentence: kept."""
    ws = re.findall(r"[^\W_]+(?:['\u2019\-][^\W_]+)*", words)
    return (len(ws) <= max_words and bool(ws) and ws[0][:1].isupper()
            and not re.search(r"[.!?\u2026,;]", words))


def is_phrase(text: str, start: int, words: str) -> bool:
    """Words in lower case with no sentence punctuation (“acceptable levels of collateral damage”): a
    phrase of the writer's sentence held at a distance, unless a verb of saying is in the sentence."""
    w = words.strip("\u00a0\u202f ")
    before = _sentence_before(text, start)
    return bool(w) and w[:1].islower() and not re.search(r"[.!?\u2026;]", w) \
        and not RE_ANY_VERB.search(before) and not SAYING_THAT.search(before)


#: a participle of saying that introduces the words: « en rappelant que « … » », "recalling that “…”"
SAYING_THAT = re.compile(r"(?<![\w\-])(?:(?:en\s+)?(?:rappelant|soulignant|estimant|expliquant|affirmant|précisant|"
                          r"indiquant|déclarant|ajoutant|prévenant|avertissant|insistant|jugeant|notant|disant|"
                          r"martelant|assurant)\s+(?:que|qu['\u2019])|(?:saying|noting|warning|recalling|arguing|muttering|grumbling|complaining|joking|"
                          r"stressing|adding|insisting|explaining|declaring|reminding\s+\w+)\s+that|in\s+(?:her|his|their)\s+(?:own\s+)?words,?|"
                          r"(?:selon|pour\s+reprendre|dans)\s+ses\s+(?:propres\s+)?(?:mots|termes),?)[\s\u00a0\u202f]*$",
                          re.I)


_OF_BEFORE = re.compile(r"(?<![\w\-])(?:of|about|de|du|des|d['\u2019])[\s\u00a0\u202f]*$", re.I)


def is_held_phrase(text: str, start: int, words: str) -> bool:
    """A few words in lower case, without any punctuation, as the object of "of"/"de" (``others spoke of
    “acceptable levels of harm”``, ``d’autres ont parlé de « niveaux acceptables de dommages »``): the
    writer's own sentence holding a phrase at a distance, whoever the sentence is about; not the « de » of a
    verb of calling (« a qualifié la décision de « … » »: what the person called it)."""
    w = words.strip("\u00a0\u202f ")
    return bool(w) and w[:1].islower() and len(w.split()) <= 5 and not re.search(r"[^\w\s\-'\u2019]", w) \
        and bool(_OF_BEFORE.search(text[max(0, start - 12):start])) \
        and not CALLED_IT.search(_sentence_before(text, start))


#: a verb of calling, its object, then the words (what the subject called it): "called the text “…”", "described
#: the deal as “…”", "branded it “…”", « a qualifié la décision de « … » », « a
#: décrit l’accord comme « … » » (not « traité », a treaty as often as a verb)
CALLED_IT = re.compile(r"(?i)(?<![\w\-])(?:(?:called|branded|dubbed|nicknamed|termed|labell?ed|described|dismissed)(?:\s+(?!(?:for|on|upon|"
                       r"in|out|off|up|back|it\s+a\s+day)\b)[^,;:.!?\u201c\u201d\u00ab\u00bb\"]{1,60}?)?(?:\s+as)?|"
                       r"qualifi(?:é|ée|és|ées|e|ent|ait|aient)(?:\s+[^,;:.!?\u201c\u201d\u00ab\u00bb\"]{1,60}?)?"
                       r"\s+d(?:e|['\u2019])|(?:décrit|décrite|présenté|présentée)(?:\s+[^,;:.!?\u201c\u201d\u00ab\u00bb\"]"
                       r"{1,60}?)?\s+comme(?:\s+(?:un|une))?)[\s\u00a0\u202f]*$")
#: people left unnamed and many, who call a thing something or say it is something
_SOME = r"some|several|many|various|other|others|critics|certains|certaines|plusieurs|d['\u2019]autres|beaucoup"


def is_epithet(text: str, start: int, words: str) -> bool:
    """A name for a thing, in three words or fewer in lower case with no punctuation, after a verb of calling
    (``Campaigners called the draft “a half-open door”``, ``described their support as “burden-sharing”``,
    « a qualifié le plan de « doctrine de l’escargot » »): a nickname held at a distance, not a quotation;
    longer words, or words with a comma (“a floor, not a ceiling”), are what the person said."""
    w = words.strip("\u00a0\u202f ")
    before = _sentence_before(text, start)
    most = 6 if _SOME_CALLED.search(before) else 3  # ("Some have called our grant “the slowest money in X”")
    return bool(w) and w[:1].islower() and len(w.split()) <= most and not re.search(r"[.,;:!?\u2026]", w) \
        and not _CONTRAST.fullmatch(w) and bool(CALLED_IT.search(before))


#: people left unnamed who call a thing something: "Some have called our grant", "Critics dubbed it", « Certains ont
#: qualifié le fonds de »: a name going round, held at a distance by whoever quotes it
_SOME_CALLED = re.compile(rf"(?i)(?:^|[\s,;])(?:{_SOME}|les\s+critiques)"
                          r"\s+(?:have\s+|had\s+|ont\s+|avaient\s+)?(?:called|dubbed|termed|branded|labell?ed|qualifié|"
                          r"surnommé|appelé|baptisé)(?![\w\-])")


#: a judgement in two qualities set against each other: « ambitieuse mais finançable », "costly but necessary",
#: "late, not lost" (no name for a thing: what the person judged it to be)
_CONTRAST = re.compile(r"[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+)?,?\s+(?:mais|but|yet|not|pas|et\s+pourtant)\s+(?:pas\s+|not\s+)?"
                       r"[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+)?")
#: a verb of judging with its object, right before the judgement: « a jugé la proposition », "judged the plan",
#: "called the offer", « a trouvé le texte », "described the deal as"
_JUDGED = re.compile(r"(?i)(?<![\w\-])(?:a\s+|ont\s+)?(?:jugé|jugée|juge|jugent|trouvé|trouvée|trouve|estimé|estimée|"
                     r"qualifié|qualifiée|judged|judges|found|finds|deemed|deems|called|calls|described|describes|termed)"
                     r"\s+(?:[^,;:.!?\u201c\u201d\u00ab\u00bb\"]{1,60}?\s+)?(?:de\s+|as\s+)?[\s\u00a0\u202f]*$")


def judged_in_contrast(text: str, start: int, words: str) -> bool:
    """« Une porte-parole … a jugé la proposition « ambitieuse mais finançable » », "She called the plan “costly but
    necessary”": a judgement someone gave, in two or three words set against each other, is a quotation."""
    w = words.strip("\u00a0\u202f ")
    return bool(_CONTRAST.fullmatch(w)) and bool(_JUDGED.search(_sentence_before(text, start)))


#: a name people give a thing, in the present tense, as the sentence's verb: "Villagers call the crossing “…”",
#: « Les moniteurs appellent la première leçon « … » », "He calls the seed law at home “…”" (not "calls for", «
#: appelle à »: an appeal)
_CALL_IT_NOW = re.compile(r"(?<![\w\-])(?:call|calls|nickname|nicknames|appelle|appellent|surnomme|surnomment|nomment|"
                          # or as a gerund or an infinitive: "had taken to calling the final session “…”", « ont pris
                          # l’habitude d’appeler la séance « … » »
                          r"baptisent|calling|nicknaming|dubbing|appeler|surnommer|baptiser)\s+(?!(?:for|on|upon|à|au|aux)\b)[^,;:.!?\u201c\u201d\u00ab\u00bb\"]{0,60}?"
                          r"(?<!\bto)(?<!\bà)(?<!\bfor)[\s\u00a0\u202f]*$", re.I)


#: the same in the passive, right before the name: "has long been called “…”", "is often described as “…”",
#: « a longtemps été appelée « … » » (no agent before the words: "was called “…” by NAME" is read elsewhere)
_CALLED_PASSIVE = re.compile(r"(?<![\w\-])(?:is|are|was|were|been|being|est|sont|était|étaient|été)\s+"
                             r"(?:(?:long|longtemps|often|souvent|still|encore|also|aussi|sometimes|parfois|widely|"
                             r"once|déjà|already)\s+)?(?:called|dubbed|nicknamed|known\s+as|described\s+as|"
                             r"appelée?s?|surnommée?s?|baptisée?s?|désignée?s?\s+comme|qualifiée?s?\s+de)"
                             r"[\s\u00a0\u202f]*$", re.I)


#: what people called a thing, in the past, as the object of a relative: « ce que les négociateurs ont appelé
#: « … » », "what delegates called “…”", "what the press has dubbed “…”"
_WHAT_CALLED = re.compile(r"(?i)(?<![\w\-])(?:ce\s+qu(?:e\s+|['\u2019]\s*)|what\s+)[^,;:.!?\u201c\u201d\u00ab\u00bb\"]{1,60}?"
                          r"(?:appel(?:é|ée|és|ées|aient|ait)|baptis(?:é|ée|aient)|surnomm(?:é|ée|aient)|nomm(?:é|aient)|"
                          r"called|dubbed|nicknamed|named)[\s\u00a0\u202f]*$")


def is_name_given(text: str, start: int, words: str) -> bool:
    """A name people give a thing, after a verb of calling in the present tense (``Villagers call the crossing
    “the mouth of the river”``): a name held at a distance, nobody's quotation, in up to six words in lower case
    with no punctuation."""
    w = words.strip("\u00a0\u202f ")
    if re.match(r"(?i)(?:à|au|aux|for|on|upon)(?![\w\-])", w):
        return False  # « Elle appelle « à la retenue » »: an appeal, not a name (« les habitants appellent « … » l’appareil »)
    return bool(w) and w[:1].islower() and len(w.split()) <= 6 and not re.search(r"[.,;:!?\u2026]", w) \
        and any(r.search(_sentence_before(text, start)) for r in (_CALL_IT_NOW, _CALLED_PASSIVE, _WHAT_CALLED))


#: the words said to be the person's own, right after them: ", as she put it", ", in his own words", « , selon ses
#: propres mots », « , pour reprendre ses termes », « , comme elle l’a dit »
OWN_WORDS_AFTER = re.compile(r"(?i)[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*(?:as\s+(?:she|he|they|\w+)\s+(?:put|puts|called|"
                             r"calls)\s+it|in\s+(?:her|his|their)\s+(?:own\s+)?words|to\s+use\s+(?:her|his|their)\s+"
                             r"(?:own\s+)?words|(?:selon|pour\s+reprendre|dans)\s+ses\s+(?:propres\s+)?(?:mots|termes)|"
                             r"selon\s+(?:son|sa)\s+(?:expression|formule)|comme\s+(?:il|elle)\s+l['\u2019]a\s+"
                             r"(?:dit|formulé|résumé))(?![\w\-])")
#: words a verb of saying reports as what something is: "said the figures were “…”", « a estimé que le texte
#: restait « … » »
REPORTED_AS = re.compile(r"(?i)(?<![\w\-])(?:said|says|told\s+\w+|warned|argued|insisted|added|a\s+(?:dit|estimé|jugé|"
                         r"affirmé|assuré|déclaré)|estime|juge|affirme|dit)\s+(?:that\s+|que\s+|qu['\u2019])?"
                         r"[^,;:.!?\u201c\u201d\u00ab\u00bb\"]{1,60}?\s+(?:was|were|is|are|would\s+be|will\s+be|had\s+been|"
                         r"remained|remains|looked|seemed|était|est|serait|sera|restait|reste|semblait|paraissait)"
                         r"[\s\u00a0\u202f]*$")


#: a preposition right before a quotation: "leaflets for “Walk to School Day 2028”", « le lancement de « … » »
_PREP_BEFORE = re.compile(r"(?<![\w\-])(?:for|of|to|about|on|at|in|into|during|pour|de|du|des|sur|à|au|aux|pendant|"
                          r"durant)(?:\s+(?:the|la|le|les|l['\u2019]))?[\s\u00a0\u202f]*$", re.I)


#: a campaign's, a pledge's or a programme's name between its determiner and its noun: ``its “Switch Off at Eleven”
#: pledge``, ``the “Dark Sky Towns” label``: what the thing is called, nobody's words
_NAME_THEN_NOUN = re.compile(r"[\u201d\u00bb\"\u2019\s\u00a0\u202f]*(?i:pledges?|campaigns?|initiatives?|programmes?|"
                             r"programs?|projects?|petitions?|charters?|labels?|schemes?|challenges?|slogans?|hashtags?|"
                             r"mottos?|coalitions?|movements?|strategy|plan|days?|weeks?)\b")


def is_named_before_its_noun(text: str, start: int, end: int, words: str) -> bool:
    return looks_like_title_case(words) and bool(_DETERMINER_BEFORE.search(text[max(0, start - 12):start])
                                                 or _OWNER_BEFORE.search(text[max(0, start - 40):start])) \
        and bool(_NAME_THEN_NOUN.match(text, end))


#: a possessive before a name and its noun: "the Accord's “Wet Again by 2035” pledge"
_OWNER_BEFORE = re.compile(r"(?<![\w\-])[A-ZÀ-Þ][\w\-]*['\u2019]s[\s\u00a0\u202f]+$")


#: a verb of putting on an event right before its name: "the coalition hosts “…”", « la coalition organise « … » »
_HOSTS_BEFORE = re.compile(r"(?<![\w\-])(?:hosts|hosted|hosting|holds|held|holding|organi[sz]es|organi[sz]ed|stages|"
                           r"staged|screens|screened|organise|organisera|organisait|accueille|accueillera|anime|"
                           r"animera)[\s\u00a0\u202f]*[\u201c\u00ab\"]?[\s\u00a0\u202f]*$", re.I)
#: the name's kind in apposition right after it: "“…”, a debate between fishers and negotiators", « « … », une table
#: ronde sur … »
_EVENT_AFTER = re.compile(r"[\s\u00a0\u202f]*[\u201d\u00bb\"][\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?:a|an|une?)\s+"
                          r"(?:[\w\-]+\s+){0,2}?(?:debate|panel|discussion|talk|conference|screening|film|"
                          r"documentary|exhibition|workshop|side\s+event|round\s*table|concert|forum|débat|"
                          r"table\s+ronde|projection|exposition|atelier|conférence|rencontre|documentaire|"
                          r"spectacle)(?![\w\-])", re.I)


def is_named_thing(text: str, start: int, words: str) -> bool:
    """A Title Case name right after a preposition, in a sentence with no verb of saying before it (``hands out
    leaflets for “Walk to School Day 2028”``): an event's, a campaign's or a day's name, nobody's words. So is a
    Title Case name an event is put on under ("the coalition hosts “Who Pays?”, a debate between …", « la
    coalition organise « … », une table ronde »): after a verb of hosting, or with its kind in apposition after it."""
    if RE_ANY_VERB.search(_sentence_before(text, start)):
        return False
    if looks_like_title_case(words) and _PREP_BEFORE.search(text[max(0, start - 20):start]):
        return True
    if not looks_like_title_case(words.rstrip("?!\u00a0\u202f ")):  # (a debate's title may ask its question)
        return False
    end = text.find(words, start)
    return bool(_HOSTS_BEFORE.search(text[max(0, start - 30):start])
                or end >= 0 and _EVENT_AFTER.match(text, end + len(words)))


def found_back(text: str, words: str) -> bool:
    """A quotation joined over paragraphs is one only if its words can be found back in ``text`` (stray
    marks can join pieces that do not follow each other)."""
    return find_quote_span(text, words) is not None


#: a verb of saying right before the colon that opens a quotation: "NAME replied: “…”", « a-t-il répondu : »
RE_SAY_COLON = re.compile(r"(?P<v>(?<![\w\-])(?:replied|answered|said|says|added|insisted|retorted|shrugged|"
                          r"répondu|répond|dit|ajouté|ajoute|lancé|lance|tranché|tranche|rétorqué)(?:-t-(?:il|elle))?)"
                          r"[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*$")


#: what a person says of herself, right before her few words: « s’est dite », « se dit », « s’est déclarée »,
#: "said she was", "described herself as", "called himself"
SAID_OF_ONESELF = re.compile(r"(?i)(?:s['\u2019](?:est|était)\s+(?:dite?s?|déclarée?s?|montrée?s?|affirmée?s?)|"
                             r"se\s+(?:dit|disent|déclare|déclarent)|said\s+(?:she|he|they|it)\s+(?:was|were|is|are|felt)|"
                             r"(?:described|declared|called|pronounced)\s+(?:herself|himself|themselves|itself)(?:\s+as)?|"
                             r"(?:says|said)\s+(?:she|he|they)\s+(?:is|are|was|were|feels|felt))"
                             r"(?:\s*,[^,;:.!?]{1,30},)?[\s\u00a0\u202f]*$")  # (« s’est dite, à la sortie, « … » »)


#: a sentence's stop right after a closing mark, at the end of its line or before the next sentence
_STOP_AFTER = re.compile(r"[\u00a0\u202f]?[.!?\u2026](?=[ \t]+[A-ZÀ-Þ\u201c\u00ab\"]|[ \t]*(?:\n|$))")


#: a gesture that introduces words: "shrugged:", « a haussé les épaules : »
_SHRUG = re.compile(r"(?i)\b(?:shrugged|shrugs|nodded|smiled|sighed|haussé\s+les\s+épaules|hausse\s+les\s+épaules|"
                    r"souri|soupiré|sourit|soupire)\b")


#: a verb of saying, "that", a short subject and its copula right before the words: what the sayer said the thing
#: was ("said on Monday that the Guild was “…”", « dit qu’elle n’est « … » »)
_SAID_IT_WAS = re.compile(r"(?i)(?<![\w\-])(?:said|says|told\s+\w+|argued|insisted|added|warned|replied|dit|affirme|affirmé|"
                          r"estime|estimé|assure|assuré|répète|répété|répond|répondu)(?:\s+(?:on|last|this|lundi|mardi|"
                          r"mercredi|jeudi|vendredi|hier)\s*\w*)?\s+(?:that|que|qu['\u2019])\s*(?:[\w\-'\u2019]+\s+){0,4}?"
                          r"(?:n['\u2019]\s*)?(?:was|is|were|are|would\s+be|will\s+be|remains?|était|est|serait|sera|restait|"
                          r"reste)[\s\u00a0\u202f]*$")


#: sayers left unnamed and many: "Several delegations", "some", "critics", « certains », « plusieurs États »
_SOME_SAID = re.compile(rf"(?i)(?<![\w\-])(?:{_SOME})(?![\w\-])")


#: a demand made, right before the words demanded: « qui réclamait encore mercredi », "who had demanded"
_DEMANDED = re.compile(r"(?i)(?<![\w\-])(?:réclamait|réclame|réclament|réclamaient|a\s+réclamé|avait\s+réclamé|exigeait|"
                       r"a\s+exigé|demanded|had\s+demanded|demands)(?:\s+(?:encore|toujours|still|again|déjà|already))?"
                       r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|yesterday|on\s+[A-Z][a-z]+day))?"
                       r"[\s\u00a0\u202f]*$")


def said_short(text: str, start: int, end: int, words: str) -> bool:
    """“We are close,” he said: a short sentence someone is said to have said is a quotation, not a
    scare quote (``text[start:end]`` is the quotation with its marks, ``words`` its words)."""
    nxt = text[end:end + 3].strip(" \u00a0\u202f")[:1]  # « Pas encore », a-t-elle dit
    after = text[end:end + 80].lstrip(" ,\u00a0\u202f")
    if len(re.findall(r"[^\W_]+", words)) >= 2 and SAID_OF_ONESELF.search(text[max(0, start - 40):start]):
        return True  # « NAME s’est dite « soulagée, pas satisfaite » », "she said she was “relieved, not satisfied”"
    if judged_in_contrast(text, start, words):
        return True  # « … a jugé la proposition « ambitieuse mais finançable » »
    if len(re.findall(r"[^\W_]+", words)) >= 3 and words[:1].islower() and _DEMANDED.search(text, max(0, start - 60), start):
        return True  # « qui réclamait encore mercredi « un délai raisonnable » », "who demanded “a fair share of it”"
    if len(re.findall(r"[^\W_]+", words)) >= 2 and words[:1].islower() and _SAID_IT_WAS.search(text[max(0, start - 120):start]) \
            and not _SOME_SAID.search(_sentence_before(text, start)):
        return True  # "had said on Monday that the Guild was “not the wall”", « dit qu’elle n’est « pas le mur » »
        # (not "Several delegations have said that verification is “impossible in practice”": a view going round)
    if len(re.findall(r"[^\W_]+", words)) >= 2 and (OWN_WORDS_AFTER.match(text, end) or (
            "," in words and (REPORTED_AS.search(_sentence_before(text, start)) or CALLED_IT.search(
                _sentence_before(text, start))))):
        # « a salué un « compromis honorable », selon ses propres mots »; "said it was “fair, if late”"; « un texte
        # qu’elle a qualifié de « plancher, pas plafond » »
        return True
    # a whole sentence: its stop inside the marks, or right after them (“Then sign first”. / « nos vergers d’abord ».)
    whole = bool(re.search(r"[.!?\u2026]\W*$", words) or _STOP_AFTER.match(text, end))
    if len(re.findall(r"[^\W_]+", words)) >= 2 and whole \
            and (said := RE_SAY_COLON.search(text[max(0, start - 60):start])) and said.group("v").strip():
        return True  # "Halvorsen-Maas replied: “It has to.”", « Un délégué nous a dit : « nos vergers d’abord ». »
    if len(re.findall(r"[^\W_]+", words)) < 2 or not words[:1].isupper():
        return False
    before = _sentence_before(text, start)
    if whole and re.search(r":[\s\u00a0\u202f]*$", before) and (
            RE_ANY_VERB.search(before) or _SHRUG.search(before) or any(
                lower_token(w) in ROLE_WORDS for w in re.findall(r"[\w\-]+", before))):
        return True  # "NAME told reporters: “We will see.”", « …, a haussé les épaules : « On verra bien. » »
    line = text[text.rfind("\n", 0, start) + 1:start]
    if re.fullmatch(rf"[ \t]*{NAMERUN}[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*", line) and len(line.split()) >= 3:
        return True  # a headline "NAME : « Nous signerons vendredi »": a short sentence she said
    if not re.search(r"[.,!?\u2026]\W*$", text[start:end] + (nxt if nxt == "," else "")):
        return bool(RE_PRONOUN.match(after))  # “We are close” she said, « Pas encore » dit-elle: no comma
    if RE_SAY.match(after) or RE_PRONOUN.match(after):
        return True
    m = re.match(rf"{NAMERUN}\s*", after)
    return m is not None and RE_SAY.match(after[m.end():]) is not None
