"""The words that tell names from roles, organisations and common words (English and French).

Titles dropped from a name (Dr, Mme), role titles and role words (ambassador, directrice), words of
organisations' names (coalition, réseau), and capitalised words that never start a name (The, Devant,
months, days). :mod:`.people` reads them; they are data, kept apart from the code.
"""

from __future__ import annotations

import re

from ..textutil import fold

DROP_TITLES = {"dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "mx", "mx.", "miss", "mme", "mme.",
                "mlle", "mlle.", "m.", "me", "dre", "dre.", "sir", "dame", "madame", "monsieur", "mademoiselle", "herr",
                "frau", "lord", "lady", "docteur", "docteure", "doctoresse", "doctor", "maître", "maitre",
                "hon", "hon.", "rt", "rt.", "honourable", "honorable", "excellence", "excellency"}
#: a trade unionist's or a movement's form of address before a name ("Brother NAME", "Sister NAME", "Comrade
#: NAME", « Camarade NAME »): no first name and no role, a courtesy like "Ms" (capitalised before a name only)
ADDRESS_TITLES = {"brother", "sister", "comrade", "camarade"}
ROLE_TITLES = {"ambassador", "amb.", "prof", "prof.", "professor", "president", "senator", "sen.",
                "minister", "judge", "justice", "h.e.", "s.e.", "ambassadeur", "ambassadrice",
                "professeur", "professeure", "président", "présidente", "ministre", "sénateur",
                "sénatrice", "général", "general", "gen.", "colonel", "captain", "admiral", "rev.", "capt.", "capt",
                "col.", "lt.", "cmdr.", "gov.", "supt.", "sgt.", "cllr", "cllr.", "councillor", "councilor", "councilwoman",
                "councilman", "alderman", "alderwoman", "chief", "commandant", "coach", "capitaine",
                "reverend", "bishop", "archbishop", "cardinal", "mgr.", "commissioner", "governor",
                "mayor", "maire", "mairesse", "chancellor", "rep.", "representative", "secretary", "congressman",
                "congresswoman", "député", "députée", "sheikh", "king", "queen", "prince", "princess",
                "pr", "pr.", "pre", "pre."}  # « le Pr NAME », « la Pre NAME »: professeur, professeure
ROLE_WORDS = {
    "executive", "director", "director-general", "deputy", "secretary-general", "under-secretary-general",
    "treasurer", "trésorier", "trésorière",
    "assistant", "chair", "chairman", "chairwoman", "chairperson", "co-chair", "vice-chair", "head",
    "chief", "officer", "spokesperson", "spokesman", "spokeswoman", "coordinator", "manager", "adviser",
    "advisor", "founder", "co-founder", "ceo", "coo", "cfo", "special", "rapporteur", "envoy", "senior",
    "lead", "campaigner", "researcher", "fellow", "vice-president", "high", "commissioner", "permanent",
    "policy", "legal", "board", "member", "directeur", "directrice", "exécutif",
    "exécutive", "secrétaire", "secrétaire-général", "secrétaire-générale", "porte-parole", "responsable",
    "chargé", "chargée", "adjoint", "adjointe", "délégué", "déléguée", "chef", "cheffe", "rapporteuse",
    "envoyé", "envoyée", "conseiller", "conseillère", "fondateur", "fondatrice", "coordinateur",
    "coordinatrice", "vice-président", "vice-présidente", "haut", "haute", "commissaire", "juriste",
    "vice-ministre", "vice-minister", "surgeon", "chirurgien", "chirurgienne", "ambassadeur", "ambassadrice",
    "représentant", "représentante", "representative", "spokeswoman", "spokesman", "porte-parole",
    "négociateur", "négociatrice", "negotiator", "analyst", "analyste", "délégué", "déléguée", "delegate",
    "secretary", "directeur", "directrice", "professeur", "professeure", "chercheur", "chercheuse",
    "member", "membre", "militant", "militante", "activist", "campaigner", "survivor", "survivant",
    "survivante", "nurse", "infirmière", "infirmier", "teacher", "enseignante", "enseignant", "journalist",
    "journaliste", "photographer", "photographe", "volunteer", "bénévole",
    # trades a press writer gives a person as her role (the text's "river warden", « monitrice », "lifeguard")
    "warden", "ranger", "lifeguard", "instructor", "gardien", "gardienne", "moniteur", "monitrice",
    "maître-nageur", "maître-nageuse", "sauveteur", "sauveteuse", "hydrologist", "hydrologue", "toxicologist",
    "toxicologue", "paediatrician", "pediatrician", "pédiatre", "midwife", "sage-femme", "engineer",
    "ingénieur", "ingénieure", "economist", "économiste", "epidemiologist", "épidémiologiste",
    "foreman", "forewoman", "contremaître", "contremaîtresse",
    # a trade a caption writes before the name, capitalised at the sentence's start ("Technician NAME checks …")
    "technician", "technicien", "technicienne", "astronomer", "astronome",
    # a union's and a court's people ("shop steward for the live-in section of the Federation", "regional
    # organiser", « l'avocate de Careline »), a researcher by her discipline (« la sociologue NAME »)
    "steward", "organiser", "organizer", "organisatrice", "organisateur", "syndicaliste", "lawyer", "avocat",
    "avocate", "sociologist", "sociologue", "carer", "caregiver", "auxiliaire",
    # a club's people ("the FC Vellmoor head coach", « entraîneur du FC Vellmoor », "Club captain NAME")
    "coach", "entraîneur", "entraîneure", "entraîneuse", "captain", "capitaine", "player", "joueur", "joueuse",
    "referee", "arbitre", "ramoneur", "ramoneuse", "chauffagiste", "plombier", "plombière",
    # a French company's chief executive, as the press abbreviates it (« NAME, PDG de X »)
    "pdg",
    "haut-commissaire", "haute-commissaire", "sous-secrétaire", "sous-secrétaire-général",
    "sous-secrétaire-générale", "observer", "observateur", "observatrice", "doctor", "médecin", "physician",
} | ROLE_TITLES
ORG_WORDS = {
    "coalition", "ministry", "council", "committee", "organisation", "organization", "union", "nations",
    "united", "institute", "association", "network", "campaign", "office", "agency", "foundation",
    "group", "department", "government", "commission", "secretariat", "federation", "alliance", "bank",
    "fund", "centre", "center", "society", "international", "conference", "assembly", "forum",
    "parliament", "court", "party", "watch", "university", "school", "company", "corporation", "inc",
    "ltd", "summit", "treaty", "convention", "declaration", "report", "act", "initiative", "project",
    "unit", "service", "services", "authority", "republic", "kingdom", "states", "movement", "trust",
    "ministère", "comité", "conseil", "unies", "institut", "fondation", "groupe", "gouvernement", "secrétariat",
    "bureau", "observatoire", "collectif", "collective", "plateforme", "platform", "syndicat", "ligue", "league",
    "observatory", "programme", "program", "régie", "autorité", "cooperative", "coopérative",
    "fédération", "banque", "fonds", "société", "conférence", "assemblée", "parlement", "cour", "parti",
    "université", "sommet", "traité", "rapport", "réseau", "agence", "république", "mouvement", "ong",
    "ngo", "un", "onu", "eu", "ue", "nato", "otan", "icrc", "cicr", "unicef", "unesco", "who", "oms",
    "news", "press", "times", "post", "journal", "magazine", "radio", "television", "tv", "daily",
    "herald", "tribune", "monde", "figaro", "libération", "reuters", "afp", "ap", "bbc", "cnn",
    # a meeting of a treaty's parties is a body, never a person (« la Réunion des Parties », "the Meeting of
    # the Parties", "the Parties")
    "réunion", "meeting", "parties", "tribunal",
    # a trade's or a profession's body ("the Guild of Coastal Shipowners", « la Guilde des armateurs », "the
    # Confederation of Dock Pilots"): as much a body as a federation or a union
    "guild", "guilde", "confederation", "confédération",
    # a newspaper by the noun of its kind (« la Gazette des Hautes-Vallées », « Le Courrier de X », "The Harlow
    # Courier", "the Kessel Chronicle"): a title that speaks in its editorials, never a person
    "gazette", "courrier", "courier", "quotidien", "hebdomadaire", "chronicle", "telegraph",
    # a sports club by its initials or its noun ("FC Vellmoor", "SC Aunebrück", « le club »)
    "fc", "sc", "afc", "ac", "club",
    "ledger", "sentinel", "examiner",  # ("The Vesterlund Ledger salue “…”" in a press review)
    # a company by the noun of its trade at the end of its name ("X Chemicals said in a statement", « X
    # Industries a promis », "X Pharmaceuticals", "X Holdings"): a body, never a person
    "chemicals", "industries", "pharmaceuticals", "holdings", "laboratories", "laboratoires",
}
STOP_CAPS = {
    # words of thanks or greeting before a first name ("Merci Odile.", "Thanks, Ben"): no part of a name
    "merci", "thanks", "thank", "bravo", "bonjour", "bonsoir", "hello", "salut",
    # an adjective of a former or new office opening a sentence (« Ancienne directrice de X, elle … »)
    "ancien", "ancienne", "former",
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "from", "with", "by", "as",
    "but", "and", "or", "if", "when", "while", "after", "before", "during", "today", "yesterday",
    "tomorrow", "tonight", "speaking", "meanwhile", "however", "also", "then", "now", "here", "there",
    "it", "we", "they", "he", "she", "i", "you", "our", "their", "his", "her", "its", "my", "your",
    "according", "said", "says", "last", "next", "this", "every", "both", "all", "some", "many", "most",
    "to", "of", "so", "yet", "thus", "indeed", "still", "again", "earlier", "later", "finally",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces", "dans",
    "sur", "pour", "par", "avec", "selon", "mais", "et", "ou", "lors", "aujourd'hui", "aujourd’hui",
    "hier", "demain", "il", "elle", "ils", "elles", "nous", "vous", "on", "je", "ainsi", "enfin", "puis",
    "alors", "comme", "après", "avant", "pendant", "depuis", "en", "au", "aux", "à", "son", "sa", "ses",
    "leur", "leurs", "notre", "votre", "mon", "mes", "ton", "tes", "vos", "nos", "my", "your", "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "d'après", "d’après", "quote", "unquote", "note", "notes",
    "editors", "contact", "media", "english", "french", "français", "anglais", "page", "geneva",
    "genève", "new", "york", "paris", "london", "vienna", "vienne", "brussels", "bruxelles", "washington",
    # prepositions of place that open a sentence ("Devant la mairie, …", "Outside Corran Hall, …")
    "devant", "derrière", "chez", "sous", "vers", "entre", "parmi", "près", "face", "contre", "malgré",
    "outside", "inside", "behind", "near", "among", "amid", "around", "across", "beyond", "under", "over",
    "opposite", "despite", "beside", "outre", "hors",
    # comparisons and exceptions that open a sentence ("Unlike NAME, the envoy …", "Contrairement à NAME, …")
    "unlike", "like", "besides", "including", "except", "contrairement", "hormis", "sauf", "excepté",
    # a participle or an adverb that opens a sentence before its subject ("Venue de Lanvera avec …, l’ambassadrice
    # NAME a …", "Même le Secrétariat l’écrit", "Born in Kessa, NAME …", "Back from X, NAME …")
    "même", "venu", "venue", "venus", "venues", "arrivé", "arrivée", "arrivés", "arrivées", "originaire",
    "issu", "issue", "natif", "native", "revenu", "revenue", "rentré", "rentrée", "élu", "élue", "interrogé",
    "interrogée", "accompagné", "accompagnée", "né", "née", "even", "born", "back", "fresh", "arriving",
    # an adverb or a connective of time or sequence that opens a sentence before its subject ("Afterwards NAME
    # told me", "Later NAME said", « Plus tard, … », « Ensuite NAME a répondu »): never the first word of a name
    "afterwards", "afterward", "subsequently", "eventually", "soon", "shortly", "once", "instead", "ultimately",
    "separately", "elsewhere", "likewise", "similarly", "nonetheless", "nevertheless", "moreover", "furthermore",
    "overnight", "recently", "privately", "publicly", "asked", "pressed", "questioned", "true", "sure", "there",
    "let", "allow", "permit",
    # a document's kind before the name of the one who speaks in it, in a heading or a title ("Statement by NAME
    # on …", « Déclaration de NAME sur … », « Allocution de NAME », "Remarks by NAME"): never a first name
    "statement", "remarks", "speech", "address", "interview", "message", "letter", "testimony",
    "déclaration", "discours", "allocution", "intervention", "entretien", "lettre", "tribune", "témoignage",
    "plus", "ensuite", "tard", "tôt", "aussitôt", "ultérieurement", "cependant", "pourtant", "toutefois",
    "néanmoins", "également", "aussi", "désormais", "auparavant", "entre-temps", "plutôt", "surtout", "déjà",
    "encore", "toujours", "parfois", "souvent", "ici", "là", "interrogés", "interrogées", "questionné",
    "questionnée", "sitôt", "quant", "lorsque", "quand", "lorsqu'", "lorsqu’", "dès", "tandis",
    # a number as an article ("One Orlandian official", "Another Lund delegate"), a room ("Room A", "Salle B")
    "one", "another", "room", "salle",
    # an ordinal, as in the name of a meeting ("Fourth High-Level Meeting", « Quatrième Réunion de haut niveau »)
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "première", "premier", "deuxième", "seconde", "troisième", "quatrième", "cinquième", "sixième",
    "septième", "huitième", "neuvième", "dixième", "onzième", "douzième",
}


def untitled(name: str) -> str:
    """A full name without the titles that open it ("Dr Senna Oyelaran" -> "Senna Oyelaran"): a title
    belongs to the role, never to the name a kit files a person under. A name that is all titles is kept."""
    words = name.split()
    k = 0
    while k < len(words) - 2 and words[k].lower().replace("\u2019", "'") in DROP_TITLES | ROLE_TITLES:
        k += 1
    return " ".join(words[k:]) if k else name


#: the kind of a meeting, an event someone chairs or speaks at, never a body she speaks for nor the other language's
#: name of a State or a body: the kind alone ("the Conference", « la réunion », "the Forum", "Congress") or, for the
#: kinds that are only ever events, the kind and what it is of or on ("Meeting of the Parties", « Réunion des
#: Parties », "Summit of Coastal States", « Conférence sur les océans »). A "Congress of Dock Unions" or a "Forum of
#: Coastal Mayors" may be a body's own name (a confederation's, an association's), so only their kind alone is one.
MEETING = re.compile(r"(?i)^(?:the\s+|la\s+|le\s+|l['\u2019])?(?:(?:conference|conférence|summit|sommet|meeting|réunion|"
                     r"plenary|plénière)(?:\s+(?:of|on|des|de\s+la|de\s+l['\u2019]|du|de|sur)\s+\S.*)?|"
                     r"congress|congrès|forum)$")


def lower_token(tok: str) -> str:
    """A word in lower case, its typographic apostrophe made straight: how the word lists above are looked up."""
    return tok.lower().replace("\u2019", "'")


def is_meeting(name: str) -> bool:
    """Whether ``name`` names a meeting (:data:`MEETING`), not a body."""
    return MEETING.match(name.strip()) is not None


#: trades and stations of private life: a State's adjective on them ("a Bassavian carer", « auxiliaire de vie
#: bassavienne », "a Tessarian farmer") says where the person is from, not that she speaks for the State
PRIVATE = {"auxiliaire", "carer", "caregiver", "worker", "workers", "travailleuse", "travailleur", "maid", "domestique",
           "nanny", "farmer", "agricultrice", "agriculteur", "fisher", "fisherman", "pêcheur", "pêcheuse", "herder",
           "éleveur", "éleveuse", "mother", "mère", "father", "père", "resident", "habitante", "habitant", "student",
           "étudiante", "étudiant", "signatory", "signataire", "reader", "lectrice", "lecteur", "neighbour",
           "voisine", "voisin", "sociologist", "sociologue", "nurse", "infirmière", "infirmier", "cook", "cuisinière",
           "operator", "opérateur", "opératrice", "trieur", "trieuse", "driver", "chauffeur", "chauffeuse",
           "ramoneur", "ramoneuse", "chauffagiste", "plombier", "plombière"}
_PRIVATE_FOLDED = {fold(w) for w in PRIVATE}


def private_trade(role: str) -> bool:
    """Whether ``role`` is a trade or station of private life (:data:`PRIVATE`) held by no office."""
    words = {fold(w) for w in re.findall(r"[\w\-]+", role or "")} | {fold(p) for w in re.findall(r"[\w\-]+", role or "")
                                                                    for p in w.split("-")}
    return bool(words & _PRIVATE_FOLDED) and not re.search(r"(?i)(?<![\w\-])(?:minister|ministre)(?![\w\-])", role)
