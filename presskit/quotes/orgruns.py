"""Organisation names as press copy writes them, found in running text: an English name in Title Case
ending in a word such as Agency or Network ("the Harbour Pilots Union", "the Ministry of Foreign Affairs
of Ostravia"), and a French name in sentence case after its head word ("l’Office de déminage de Kessa",
"le Programme des Nations unies pour les océans"), up to the verb that follows it.
"""

from __future__ import annotations

import re

ORG_RUN = re.compile(r"(?:[A-Z\u00c0-\u00de][\w\-]+s\s+of\s+(?:the\s+)?)?(?:[A-Z\u00c0-\u00de][\w\-]+\s+){0,4}(?:" + "|".join(
    w.capitalize() for w in ("coalition", "agency", "institute", "alliance", "network", "ministry", "council",
                             "committee", "organisation", "organization", "foundation", "federation", "union",
                             "association", "campaign", "secretariat", "commission", "office", "centre", "center",
                             "trust", "guild", "confederation"))
    + r")(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z\u00c0-\u00de][\w\-]+(?:\s+[A-Z\u00c0-\u00de][\w\-]+){0,3}"
    # "the Federation of Refurbishers and Recyclers": two plural nouns of its members joined by "and" (not "the
    # Ministry of Health and Ana NAME": the word after "and" is a plural that ends the run)
    r"(?:\s+and\s+(?:[A-Z\u00c0-\u00de][\w\-]+\s+)?[A-Z\u00c0-\u00de][\w\-]+s(?![\w\-]|\s+[A-Z\u00c0-\u00de]))?){0,2}")
# (twice: "the Ministry of Foreign Affairs of Ostravia" is one name, not "Ministry of Foreign Affairs"; a plural
# and "of" may open it: "the Families of Road Victims Network", "Friends of the Delta Alliance")


#: "L’Office de déminage de Kessa", "l’Alliance des chirurgiens d’urgence": a French name, whose words
#: after the head are lower case, up to the verb or the punctuation that follows it
_FR_HEADS = ("Agence", "Alliance", "Institut", "Réseau", "Office", "Coalition", "Conseil", "Comité", "Fondation",
             "Fédération", "Organisation", "Bureau", "Centre", "Union", "Association", "Mouvement", "Campagne",
             "Ministère", "Commission", "Secrétariat", "Observatoire", "Programme", "Fonds", "Collectif", "Syndicat",
             "Plateforme", "Ligue", "Groupe", "Guilde", "Confédération")
_FR_CONNECTOR = (r"(?:de\s+la|de\s+l['\u2019]|de|du|des|d['\u2019]|pour\s+l['\u2019]|pour\s+la|pour\s+les|pour\s+le|pour|"
                 r"sur|et)(?!(?<=[a-z])[\w\-])")
#: a word after the head with no preposition before it is a name ("Alliance Passage sûr") or an adjective
#: ("Agence internationale"), never a verb ("Le Réseau appelle à …")
_FR_BARE = (r"(?:[A-Z\u00c0-\u00de][\w\-]*|sûre?|libre|maritimes?|civiles?|unies|unis|humide|aride|sauvages?|"
            r"durables?|mobiles?|[a-zà-ÿ\-]+(?:ides|iles|ables|ibles|eux|euses|iers|ières|ins|ines|annes?|onnes?|iennes|aines|"
            r"ales|iques|ives|ifs|antes|ants|entes|ents(?<!ments))|"
            r"[a-zà-ÿ\-]+(?:ale|aux|ales|al|ienne|ien|iens|aise|ais|oise|ois|"
            r"ique|iques|ive|if|aire|aires|aine|ain|ée|é|ées|és|eure|eur|rice|ante|ant|ente|ent|ine|in|ière|ier|elle|el)"
            r"(?<!appelle)(?<!rappelle)(?<!interpelle)(?<!\spendant)(?<!\sdurant)(?<!\savant)(?<!maintenant))")
ORG_RUN_FR = re.compile(
    r"(?<![\w\-])(?:" + "|".join(_FR_HEADS) + r")(?:(?:\s+" + _FR_CONNECTOR + r"\s*(?!(?:a|ont|est|sont|était|sera|qui|"
    r"que|dont|se|s['\u2019]|n['\u2019]|ne|y|en|dans|lors|depuis|avec|par)\b)[\w\-\u00c0-\u017f]+)|\s+"
    + _FR_BARE + r"(?![\w\-])){1,6}")
