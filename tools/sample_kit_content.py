"""Content of the bundled sample press kit, as plain data (no layout code here).

Everything in this file is fiction written for presskit: the Lantern Coalition, the Convention on
the Control of Conventional Ammunition (CCCA), its Eighth Review Conference, the Palais Rivière, every
person, place and number. ``tools/make_sample_kit.py`` turns these structures into PDF, HTML, Markdown,
text and image files.

Body markup (one string per block):

* ``"## Heading"``, ``"### Subheading"``
* ``"* item"`` bullet, ``"1. item"`` numbered item (consecutive items form one list)
* ``"> text"`` pull quote / indented block
* ``"| a | b |"`` table row (the first row of a run is the header)
* ``"[box Title]"`` ... ``"[/box]"`` a framed sidebar
* ``"~ text"`` small italic line (bylines, captions)
* anything else: a paragraph. Inline HTML ``<b>``, ``<i>`` and ``<a href="...">`` is allowed.

Quotations are marked ``<q ...>text</q>`` and rendered with the typography of the document's
language (English “…” with ‘…’ inside; French « … » with “…” inside and non-breaking spaces). The
attributes feed ``tests/data/sample_quotes.json``:

* ``s=KEY``   speaker from :data:`SPEAKERS` (the attribution itself is written in the sentence)
* ``o=KEY``   attributed in the text to an organisation only (no person)
* ``inf``     not attributed in the text at all; attributable only to the publishing organisation
* ``who="Name"`` a named speaker who is not in the registry (first name only, etc.)
* ``desc="neighbour"`` an unnamed speaker described in the text (speaker recorded as "")
* ``scare``   a scare quote, not a quotation
* ``mark=straight`` use ASCII "..." / '...' marks instead of typographic ones
* no attribute: an anonymous quotation (speaker and organisation unknown)
"""

from __future__ import annotations

ORG = {
    "en": "Lantern Coalition for Arms Control",
    "fr": "Coalition Lanterne pour la maîtrise des armements",
}
ORG_SHORT = {"en": "Lantern Coalition", "fr": "Coalition Lanterne"}
EVENT = {
    "en": "Eighth Review Conference of the Convention on the Control of Conventional Ammunition",
    "fr": "Huitième Conférence d'examen de la Convention sur le contrôle des munitions conventionnelles",
}
EVENT_SHORT = {"en": "Eighth Review Conference of the CCCA", "fr": "Huitième Conférence d'examen de la CCMC"}
VENUE = {"en": "Palais Rivière, Geneva", "fr": "Palais Rivière, Genève"}
ADDRESS = {
    "en": "Lantern Coalition for Arms Control · 12 rue des Lampions · 1202 Geneva · www.example.org",
    "fr": "Coalition Lanterne pour la maîtrise des armements · 12 rue des Lampions · 1202 Genève · www.example.org",
}
PETITION_URL = "https://example.org/petition"
SOCIAL_URL = "https://social.example.org/@lanterncoalition"
WEBSITE_URL = "https://example.org/revcon8"

#: People quoted in the kit. ``title`` is the honorific used in running text; ``name`` is what
#: sample_quotes.json records as the speaker.
SPEAKERS: dict[str, dict] = {
    "diallo": {
        "name": "Amara Diallo",
        "role": {"en": "Director", "fr": "directrice"},
        "org": ORG,
    },
    "marchetti": {
        "name": "Hélène Marchetti",
        "role": {"en": "Policy Director", "fr": "directrice des politiques"},
        "org": ORG,
    },
    "asante": {
        "name": "Kwame Asante-Boateng",
        "role": {"en": "Coordinator", "fr": "coordinateur"},
        "org": {"en": "Survivors' Voices Network", "fr": "Réseau Voix des survivants"},
    },
    "vogt": {
        "name": "Lena Vogt",
        "role": {"en": "Senior Researcher", "fr": "chercheuse principale"},
        "org": {"en": "Halden Institute for Security Research", "fr": "Institut Halden de recherche sur la sécurité"},
    },
    "echeverria": {
        "name": "Tomás Echeverría",
        "role": {"en": "President of the Eighth Review Conference", "fr": "président de la huitième Conférence d'examen"},
        "org": {"en": "Eighth Review Conference", "fr": "Huitième Conférence d'examen"},
    },
    "ohlsson": {
        "name": "Marguerite Ohlsson",
        "role": {"en": "Chair of Working Group II", "fr": "présidente du Groupe de travail II"},
        "org": {"en": "Eighth Review Conference", "fr": "Huitième Conférence d'examen"},
    },
    "okafor": {
        "name": "Daniel Okafor",
        "role": {"en": "Communications Director", "fr": "directeur de la communication"},
        "org": ORG,
    },
    "rahimi": {
        "name": "Farid Rahimi",
        "role": {"en": "Field Researcher", "fr": "chercheur de terrain"},
        "org": ORG,
    },
    "nakamura": {
        "name": "Yuki Nakamura",
        "role": {"en": "Youth Campaigner", "fr": "militante jeunesse"},
        "org": ORG,
    },
    "solberg": {
        "name": "Ingrid Solberg",
        "role": {"en": "Executive Director", "fr": "directrice exécutive"},
        "org": {"en": "Pax Meridian", "fr": "Pax Meridian"},
    },
}

#: Organisations quoted without a person (``o=KEY``).
ORGS: dict[str, dict[str, str]] = {
    "lantern": ORG,
    "pax": {"en": "Pax Meridian", "fr": "Pax Meridian"},
    "bureau": {"en": "Conference Bureau", "fr": "Bureau de la Conférence"},
    "svn": {"en": "Survivors' Voices Network", "fr": "Réseau Voix des survivants"},
}

CONTACTS = [
    {
        "name": "Sophie Lemaire",
        "role": {"en": "Media Officer", "fr": "chargée des relations presse"},
        "organisation": ORG,
        "email": "sophie.lemaire@example.org",
        "phone": "+41 22 000 00 11",
        "languages": ["en", "fr"],
    },
    {
        "name": "Daniel Okafor",
        "role": {"en": "Communications Director", "fr": "directeur de la communication"},
        "organisation": ORG,
        "email": "daniel.okafor@example.org",
        "phone": "+41 22 000 00 12",
        "languages": ["en"],
    },
    {
        "name": "Camille Roux",
        "role": {"en": "French-language Press Officer", "fr": "attachée de presse francophone"},
        "organisation": ORG,
        "email": "camille.roux@example.org",
        "phone": "+41 22 000 00 13",
        "languages": ["fr", "en"],
    },
]

LANG_NAMES = {"en": {"en": "English", "fr": "French"}, "fr": {"en": "anglais", "fr": "français"}}

LABELS = {
    "en": {
        "press-release": "PRESS RELEASE",
        "immediate": "For immediate release",
        "embargo": "Embargoed until {when}",
        "ends": "ENDS",
        "notes": "Notes to editors",
        "contacts": "Media contacts",
        "statement": "STATEMENT",
        "check": "Check against delivery",
        "page": "Page {n} of {total}",
        "continued": "continued",
        "newsletter": "The Lantern Daily",
        "newsletter_sub": "Daily newsletter of the Lantern Coalition at the Eighth Review Conference of the CCCA",
        "issue": "Issue {n}",
        "analysis": "ANALYSIS",
        "summary": "CONFERENCE SUMMARY",
    },
    "fr": {
        "press-release": "COMMUNIQUÉ DE PRESSE",
        "immediate": "Pour diffusion immédiate",
        "embargo": "Sous embargo jusqu'au {when}",
        "ends": "FIN",
        "notes": "Notes aux rédactions",
        "contacts": "Contacts presse",
        "statement": "DÉCLARATION",
        "check": "Seul le texte prononcé fait foi",
        "page": "Page {n} sur {total}",
        "continued": "suite",
        "newsletter": "La Lanterne quotidienne",
        "newsletter_sub": "Bulletin quotidien de la Coalition Lanterne à la huitième Conférence d'examen de la CCMC",
        "issue": "Numéro {n}",
        "analysis": "ANALYSE",
        "summary": "BILAN DE LA CONFÉRENCE",
    },
}

#: Standard notes to editors, appended after each press release's own notes.
STANDARD_NOTES = {
    "en": [
        "The Lantern Coalition for Arms Control is a network of 74 civil-society organisations in 39 "
        "countries working for the safe management of conventional ammunition. It holds observer status "
        "at meetings of the CCCA. This document belongs to a fictional sample press kit.",
        "The Eighth Review Conference of the Convention on the Control of Conventional Ammunition takes "
        "place at the Palais Rivière, Geneva, from 16 to 20 November 2026.",
        "Spokespeople are available for interview in English and French. Photos for editorial use are "
        "in the photos folder of this press kit.",
    ],
    "fr": [
        "La Coalition Lanterne pour la maîtrise des armements est un réseau de 74 organisations de la "
        "société civile dans 39 pays qui œuvre pour une gestion sûre des munitions conventionnelles. Elle "
        "a le statut d'observatrice aux réunions de la CCMC. Ce document fait partie d'un dossier de "
        "presse fictif servant d'exemple.",
        "La huitième Conférence d'examen de la Convention sur le contrôle des munitions conventionnelles "
        "se tient au Palais Rivière, à Genève, du 16 au 20 novembre 2026.",
        "Nos porte-parole sont disponibles pour des entretiens en français et en anglais. Des photos libres "
        "de droits pour un usage éditorial se trouvent dans le dossier photos de ce dossier de presse.",
    ],
}

# ---------------------------------------------------------------------------------------------
# Press releases (English and French versions of each)
# ---------------------------------------------------------------------------------------------

PRESS_RELEASES = [
    {
        "path": "press-releases/PR_Opening_16.11.26_EN.pdf",
        "kind": "press-release", "layout": "press-release", "lang": "en", "date": "2026-11-16",
        "time": "08:30", "group": "pr-opening",
        "title": "Review conference must close the ammunition loophole, campaigners say",
        "subtitle": "Lantern Coalition urges States Parties to agree a verification mechanism and annual "
                    "public reporting on ammunition stockpiles before Friday",
        "dateline": "GENEVA, 16 November 2026 —",
        "keywords": ["ammunition", "verification", "transparency", "CCCA", "review conference"],
        "body": [
            "As the Eighth Review Conference of the Convention on the Control of Conventional Ammunition "
            "(CCCA) opened today at the Palais Rivière, the Lantern Coalition for Arms Control called on the "
            "118 States Parties to agree, before the conference closes on Friday, a verification mechanism "
            "with the power to inspect national ammunition stockpiles.",
            "<q s=diallo>Every unaccounted crate of ammunition is a future crime scene. States have spent "
            "eight years promising transparency; this week they must prove it with verification,</q> said "
            "Dr Amara Diallo, Director of the Lantern Coalition.",
            "Under the Convention, States Parties must report each year on their ammunition stockpiles and "
            "transfers. But the format of those reports is left to each government, and only 61 of the 118 "
            "States Parties submitted a report for 2025. None of the reports can be checked by anyone "
            "outside the government that wrote it.",
            "<q inf>A convention that cannot check its own numbers is a convention on paper only. The "
            "States Parties already have the tools to change that. What they have lacked so far is the "
            "political will.</q>",
            "The coalition is asking the conference to adopt three measures:",
            "* a standing verification mechanism, with a small technical secretariat and the right to "
            "carry out on-site visits to declared stockpiles;",
            "* a common, public template for the annual transparency reports, covering stockpiles, "
            "transfers, destruction and losses;",
            "* a voluntary trust fund to help states mark, trace and safely store ammunition, and to "
            "assist the victims of unplanned explosions at munitions sites.",
            "Hélène Marchetti, Policy Director of the Lantern Coalition, said: <q s=marchetti>We are not "
            "asking for anything radical. We are asking States Parties to count what they hold, to say what "
            "they ship, and to let someone check.</q>",
            "According to Kwame Asante-Boateng, who coordinates the Survivors' Voices Network, <q s=asante>the "
            "people who pay for a leaking stockpile are never the people who signed for it.</q> Survivors of "
            "depot explosions will address the conference on Tuesday.",
            "On Wednesday the coalition will publish a new analysis of ammunition transfer data reported "
            "under the Convention since 2018. It will be presented at a press conference at 11:00 in Press "
            "Room III.",
        ],
        "notes": [
            "Press conference: Wednesday 18 November 2026, 11:00, Press Room III, Palais Rivière. "
            "Speakers: Dr Amara Diallo, Kwame Asante-Boateng, Professor Lena Vogt.",
        ],
    },
    {
        "path": "press-releases/PR_Opening_16.11.26_French.pdf",
        "kind": "press-release", "layout": "press-release", "lang": "fr", "date": "2026-11-16",
        "time": "08:30", "group": "pr-opening",
        "title": "La conférence d'examen doit combler la faille des munitions, selon la société civile",
        "subtitle": "La Coalition Lanterne appelle les États parties à adopter d'ici vendredi un mécanisme de "
                    "vérification et des rapports publics annuels sur les stocks de munitions",
        "dateline": "GENÈVE, 16 novembre 2026 —",
        "keywords": ["munitions", "vérification", "transparence", "CCMC", "conférence d'examen"],
        "body": [
            "À l'ouverture ce matin, au Palais Rivière, de la huitième Conférence d'examen de la Convention "
            "sur le contrôle des munitions conventionnelles (CCMC), la Coalition Lanterne pour la maîtrise "
            "des armements a appelé les 118 États parties à adopter, avant la clôture des travaux vendredi, "
            "un mécanisme de vérification habilité à inspecter les stocks nationaux de munitions.",
            "<q s=diallo>Chaque caisse de munitions non comptabilisée est une future scène de crime. Depuis "
            "huit ans, les États promettent la transparence ; cette semaine, ils doivent la prouver par la "
            "vérification</q>, a déclaré Dr Amara Diallo, directrice de la Coalition Lanterne.",
            "En vertu de la Convention, les États parties doivent rendre compte chaque année de leurs stocks "
            "et de leurs transferts de munitions. Mais le format de ces rapports est laissé à l'appréciation "
            "de chaque gouvernement, et seuls 61 des 118 États parties ont remis un rapport pour 2025. Aucun "
            "de ces rapports ne peut être vérifié par qui que ce soit en dehors du gouvernement qui l'a rédigé.",
            "<q inf>Une convention incapable de vérifier ses propres chiffres n'existe que sur le papier. "
            "Les États parties disposent déjà des outils pour changer cela. Ce qui leur a manqué jusqu'ici, "
            "c'est la volonté politique.</q>",
            "La coalition demande à la conférence d'adopter trois mesures :",
            "* un mécanisme permanent de vérification, doté d'un petit secrétariat technique et du droit "
            "d'effectuer des visites sur place dans les stocks déclarés ;",
            "* un modèle commun et public pour les rapports annuels de transparence, couvrant les stocks, "
            "les transferts, les destructions et les pertes ;",
            "* un fonds d'affectation spéciale volontaire pour aider les États à marquer, tracer et stocker "
            "les munitions en toute sécurité, et pour assister les victimes d'explosions accidentelles sur "
            "les sites de munitions.",
            "Hélène Marchetti, directrice des politiques de la Coalition Lanterne, a déclaré : <q s=marchetti>Nous "
            "ne demandons rien de radical. Nous demandons aux États parties de compter ce qu'ils détiennent, "
            "de dire ce qu'ils expédient et de laisser quelqu'un vérifier.</q>",
            "Selon Kwame Asante-Boateng, coordinateur du Réseau Voix des survivants, <q s=asante>ceux qui "
            "paient pour un stock qui fuit ne sont jamais ceux qui l'ont signé.</q> Des survivants "
            "d'explosions de dépôts s'adresseront à la conférence mardi.",
            "Mercredi, la coalition publiera une nouvelle analyse des données sur les transferts de munitions "
            "déclarés au titre de la Convention depuis 2018. Elle sera présentée lors d'une conférence de "
            "presse à 11 h 00, salle de presse III.",
        ],
        "notes": [
            "Conférence de presse : mercredi 18 novembre 2026, 11 h 00, salle de presse III, Palais Rivière. "
            "Intervenants : Dr Amara Diallo, Kwame Asante-Boateng, professeure Lena Vogt.",
        ],
    },
    {
        "path": "press-releases/PR_Survivors_18.11.26_EN.pdf",
        "kind": "press-release", "layout": "press-release", "lang": "en", "date": "2026-11-18",
        "time": "10:00", "group": "pr-survivors", "embargo": "11:00 CET, 18 November 2026",
        "title": "Survivors bring the cost of leaking stockpiles to the conference floor",
        "subtitle": "New analysis: four in ten reported ammunition transfers since 2018 have no matching "
                    "import record",
        "dateline": "GENEVA, 18 November 2026 —",
        "keywords": ["ammunition", "survivors", "stockpiles", "transparency", "analysis"],
        "body": [
            "Survivors of ammunition depot explosions today urged the Eighth Review Conference of the CCCA "
            "to stop treating stockpile safety as a technical footnote, as the Lantern Coalition published "
            "new research showing that 41 per cent of ammunition transfers reported under the Convention "
            "since 2018 cannot be matched with an import record in any other state's report.",
            "<q s=asante>When the depot at Marrow Hill exploded, my neighbour ran to my door and said, "
            "<q desc=\"neighbour\">they told us it was only old paint in there</q>. It was three hundred tonnes "
            "of expired ammunition,</q> said Kwame Asante-Boateng, Coordinator of the Survivors' Voices "
            "Network, who lost his brother in the 2019 explosion. <q s=asante>Nobody had counted it. Nobody "
            "had checked it. Nobody was ever held responsible.</q>",
            "The analysis, <i>Counting what kills</i>, compares the export and import figures that States "
            "Parties declared in their annual transparency reports between 2018 and 2025. It finds a gap of "
            "roughly 2.3 billion rounds of small-calibre ammunition and 410,000 artillery shells that were "
            "reported as exported but never reported as received.",
            "<q s=vogt>A gap of this size is not a rounding error. Either the ammunition went somewhere no "
            "one is reporting, or the reports themselves are unreliable. Both are a problem that only "
            "verification can solve,</q> according to Professor Lena Vogt, Senior Researcher at the Halden "
            "Institute for Security Research, who reviewed the study's method.",
            "Dr Amara Diallo, Director of the Lantern Coalition, said the findings should shape the final "
            "days of the negotiations. <q s=diallo>Delegations tell us the verification mechanism is too "
            "ambitious for this conference. We would ask them to explain that to the families of Marrow "
            "Hill.</q>",
            "<q inf>The figures in this study come from governments themselves. We have not added anything; "
            "we have only put their numbers side by side.</q>",
            "The full analysis, a fact sheet and photos of today's press conference are available in this "
            "press kit.",
        ],
        "notes": [
            "<i>Counting what kills: ammunition stockpiles and the transparency gap, 2018–2025</i> is "
            "published by the Lantern Coalition on 18 November 2026. Data tables are available on request.",
            "Marrow Hill is the site of the unplanned explosion of a government ammunition depot on "
            "3 June 2019, which killed 38 people.",
        ],
    },
    {
        "path": "press-releases/CP_Survivants_18-11-2026_FR.pdf",
        "kind": "press-release", "layout": "press-release", "lang": "fr", "date": "2026-11-18",
        "time": "10:00", "group": "pr-survivors", "embargo": "18 novembre 2026, 11 h 00 HEC",
        "title": "Les survivants portent le coût des stocks qui fuient devant la conférence",
        "subtitle": "Nouvelle analyse : quatre transferts de munitions déclarés sur dix depuis 2018 n'ont "
                    "aucune importation correspondante",
        "dateline": "GENÈVE, 18 novembre 2026 —",
        "keywords": ["munitions", "survivants", "stocks", "transparence", "analyse"],
        "body": [
            "Des survivants d'explosions de dépôts de munitions ont exhorté aujourd'hui la huitième "
            "Conférence d'examen de la CCMC à cesser de traiter la sécurité des stocks comme une note de bas "
            "de page technique, tandis que la Coalition Lanterne publiait une nouvelle étude montrant que "
            "41 % des transferts de munitions déclarés au titre de la Convention depuis 2018 ne "
            "correspondent à aucune importation déclarée par un autre État.",
            "<q s=asante>Quand le dépôt de Marrow Hill a explosé, ma voisine a couru jusqu'à ma porte et m'a "
            "dit : <q desc=\"neighbour\">ils nous avaient dit qu'il n'y avait que de la vieille peinture "
            "là-dedans</q>. C'étaient trois cents tonnes de munitions périmées</q>, a déclaré Kwame "
            "Asante-Boateng, coordinateur du Réseau Voix des survivants, qui a perdu son frère dans "
            "l'explosion de 2019. <q s=asante>Personne ne les avait comptées. Personne ne les avait "
            "contrôlées. Personne n'a jamais été tenu pour responsable.</q>",
            "L'analyse, intitulée <i>Compter ce qui tue</i>, compare les chiffres d'exportation et "
            "d'importation que les États parties ont déclarés dans leurs rapports annuels de transparence "
            "entre 2018 et 2025. Elle met en évidence un écart d'environ 2,3 milliards de cartouches de "
            "petit calibre et de 410 000 obus d'artillerie déclarés comme exportés, mais jamais déclarés "
            "comme reçus.",
            "<q s=vogt>Un écart de cette ampleur n'est pas une erreur d'arrondi. Soit les munitions sont "
            "parties vers une destination que personne ne déclare, soit les rapports eux-mêmes ne sont pas "
            "fiables. Dans les deux cas, seule la vérification peut résoudre le problème</q>, selon la "
            "professeure Lena Vogt, chercheuse principale à l'Institut Halden de recherche sur la sécurité, "
            "qui a relu la méthode de l'étude.",
            "Pour Dr Amara Diallo, directrice de la Coalition Lanterne, ces résultats doivent peser sur les "
            "derniers jours des négociations. <q s=diallo>Les délégations nous disent que le mécanisme de "
            "vérification est trop ambitieux pour cette conférence. Nous leur demandons de l'expliquer aux "
            "familles de Marrow Hill.</q>",
            "<q inf>Les chiffres de cette étude proviennent des gouvernements eux-mêmes. Nous n'avons rien "
            "ajouté ; nous avons seulement mis leurs chiffres côte à côte.</q>",
            "L'analyse complète, une fiche d'information et les photos de la conférence de presse de ce jour "
            "sont disponibles dans ce dossier de presse.",
        ],
        "notes": [
            "<i>Compter ce qui tue : les stocks de munitions et le déficit de transparence, 2018-2025</i> "
            "est publié par la Coalition Lanterne le 18 novembre 2026 (en anglais). Les tableaux de données "
            "sont disponibles sur demande.",
            "Marrow Hill est le site de l'explosion accidentelle d'un dépôt gouvernemental de munitions, le "
            "3 juin 2019, qui a fait 38 morts.",
        ],
    },
    {
        "path": "press-releases/PR_Closing_20.11.26_EN.pdf",
        "kind": "press-release", "layout": "press-release", "lang": "en", "date": "2026-11-20",
        "time": "18:45", "group": "pr-closing",
        "title": "A half-step in Geneva: review conference agrees reporting rules, defers verification",
        "subtitle": "Lantern Coalition welcomes the Geneva Action Plan on transparency but warns that without "
                    "verification the promise of safer stockpiles will not be kept",
        "dateline": "GENEVA, 20 November 2026 —",
        "keywords": ["ammunition", "verification", "Geneva Action Plan", "transparency", "outcome"],
        "body": [
            "The Eighth Review Conference of the Convention on the Control of Conventional Ammunition closed "
            "tonight with the adoption of the Geneva Action Plan, which introduces a common public template "
            "for annual transparency reports from 2028. But States Parties failed to agree on a verification "
            "mechanism, and instead set up an open-ended working group to <q scare>study options</q> until "
            "the next review conference in 2031.",
            "<q s=diallo>Without verification, the security promised to communities will remain a summer "
            "declaration: generous, fleeting and quickly forgotten. Cooperation and negotiations must now "
            "lead to commitments that can be verified,</q> said Dr Amara Diallo, Director of the Lantern "
            "Coalition.",
            "The coalition welcomed several parts of the outcome: the public reporting template, a new "
            "commitment to report losses and thefts of ammunition within 90 days, and a voluntary trust fund "
            "for stockpile safety and victim assistance, which received initial pledges of 14 million Swiss "
            "francs.",
            "<q inf>For the first time, a government that loses a warehouse of ammunition will have to say "
            "so in public. That is real progress, and it is the direct result of pressure from survivors and "
            "civil society.</q>",
            "Hélène Marchetti, Policy Director of the Lantern Coalition, said: <q s=marchetti>Transparency "
            "without verification is a promise without a witness. The working group must not become a "
            "waiting room. We will be watching every one of its meetings.</q>",
            "The President of the conference, Ambassador Tomás Echeverría, told delegates in his closing "
            "remarks that <q s=echeverria>the door to verification has not been closed; it has been left "
            "open for the next five years, and it is up to all of us to walk through it.</q>",
            "Kwame Asante-Boateng, Coordinator of the Survivors' Voices Network, said: <q s=asante>We came "
            "to Geneva with the names of our dead. We are leaving with a trust fund and a reporting form. "
            "It is not nothing. It is not enough.</q>",
            "The coalition announced that its petition for an ammunition verification mechanism, which has "
            "gathered 212,000 signatures, will stay open until the first meeting of the working group.",
        ],
        "notes": [
            "The Geneva Action Plan was adopted by consensus on 20 November 2026. The coalition's summary of "
            "the conference outcome is included in this press kit.",
            "Petition: https://example.org/petition",
        ],
    },
    {
        "path": "press-releases/PR_Closing_20.11.26_FR.pdf",
        "kind": "press-release", "layout": "press-release", "lang": "fr", "date": "2026-11-20",
        "time": "18:45", "group": "pr-closing",
        "title": "Un demi-pas à Genève : la conférence d'examen adopte des règles de transparence et "
                 "reporte la vérification",
        "subtitle": "La Coalition Lanterne salue le Plan d'action de Genève sur la transparence mais avertit "
                    "que, sans vérification, la promesse de stocks plus sûrs ne sera pas tenue",
        "dateline": "GENÈVE, 20 novembre 2026 —",
        "keywords": ["munitions", "vérification", "Plan d'action de Genève", "transparence", "résultats"],
        "body": [
            "La huitième Conférence d'examen de la Convention sur le contrôle des munitions conventionnelles "
            "s'est achevée ce soir par l'adoption du Plan d'action de Genève, qui instaure à partir de 2028 "
            "un modèle commun et public pour les rapports annuels de transparence. Mais les États parties ne "
            "sont pas parvenus à s'entendre sur un mécanisme de vérification et ont préféré créer un groupe "
            "de travail à composition non limitée chargé d'<q scare>étudier des options</q> jusqu'à la "
            "prochaine conférence d'examen, en 2031.",
            "<q s=diallo>Sans vérification, la sécurité promise aux populations restera une déclaration "
            "d'été : généreuse, éphémère et vite oubliée. La coopération et les négociations doivent "
            "maintenant aboutir à des engagements vérifiables</q>, a déclaré Dr Amara Diallo, directrice de "
            "la Coalition Lanterne.",
            "La coalition a salué plusieurs éléments du résultat : le modèle public de rapport, un nouvel "
            "engagement à déclarer dans un délai de 90 jours les pertes et les vols de munitions, et un fonds "
            "d'affectation spéciale volontaire pour la sécurité des stocks et l'assistance aux victimes, qui "
            "a reçu des premières annonces de contributions à hauteur de 14 millions de francs suisses.",
            "<q inf>Pour la première fois, un gouvernement qui perd un entrepôt de munitions devra le dire "
            "publiquement. C'est un vrai progrès, et c'est le résultat direct de la pression exercée par les "
            "survivants et la société civile.</q>",
            "Hélène Marchetti, directrice des politiques de la Coalition Lanterne, a déclaré : "
            "<q s=marchetti>La transparence sans vérification, c'est une promesse sans témoin. Le groupe de "
            "travail ne doit pas devenir une salle d'attente. Nous suivrons chacune de ses réunions.</q>",
            "Dans son discours de clôture, le président de la conférence, l'ambassadeur Tomás Echeverría, a "
            "assuré aux délégués que <q s=echeverria>la porte de la vérification n'a pas été fermée ; elle "
            "reste ouverte pour les cinq prochaines années, et il nous appartient à tous de la franchir.</q>",
            "<q s=asante>Nous sommes venus à Genève avec les noms de nos morts. Nous repartons avec un fonds "
            "et un formulaire. Ce n'est pas rien. Ce n'est pas assez</q>, a affirmé Kwame Asante-Boateng, "
            "coordinateur du Réseau Voix des survivants.",
            "La coalition a annoncé que sa pétition pour un mécanisme de vérification des munitions, qui a "
            "recueilli 212 000 signatures, restera ouverte jusqu'à la première réunion du groupe de travail.",
        ],
        "notes": [
            "Le Plan d'action de Genève a été adopté par consensus le 20 novembre 2026. Le bilan de la "
            "conférence établi par la coalition (en anglais) figure dans ce dossier de presse.",
            "Pétition : https://example.org/petition",
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Statements delivered at the conference (English and French versions)
# ---------------------------------------------------------------------------------------------

STATEMENTS = [
    {
        "path": "statements/Statement by Dr Amara Diallo (EN) 16-11-2026.pdf",
        "kind": "statement", "layout": "statement", "lang": "en", "date": "2026-11-16", "time": "15:00",
        "group": "st-diallo", "speaker": "diallo", "honorific": "Dr",
        "title": "Statement by Dr Amara Diallo to the general debate",
        "session": "General debate · Plenary, Monday 16 November 2026",
        "keywords": ["statement", "general debate", "verification", "ammunition"],
        "body": [
            "Mr President,",
            "I speak on behalf of the Lantern Coalition for Arms Control, a network of 74 civil-society "
            "organisations in 39 countries. Let me begin by congratulating you on your election, and by "
            "thanking the Implementation Support Unit for its careful preparation of this conference.",
            "Eight years ago, in this same building, States Parties promised that the Convention would "
            "become <q scare>a living instrument</q>. Since then, 214 unplanned explosions at munitions "
            "sites have been recorded in 57 countries. At least 1,900 people have died in them. Most of "
            "them lived within two kilometres of a depot that appeared in no public report.",
            "Mr President, we do not doubt the good faith of the delegations in this room. But good faith "
            "cannot be audited. A report that no one can check is a statement of intent, not a measure of "
            "safety.",
            "## Three requests",
            "We ask this conference, first, to establish a standing verification mechanism. It need not be "
            "large. A technical secretariat of a dozen experts, with the right to visit declared stockpiles "
            "on reasonable notice, would change the incentives of every government that writes a report.",
            "Second, we ask for a common, public reporting template. Today, one State Party reports "
            "ammunition in tonnes, its neighbour in rounds and a third not at all. Numbers that cannot be "
            "compared cannot be trusted.",
            "Third, we ask for a voluntary trust fund for stockpile safety and victim assistance. The "
            "countries most at risk of depot explosions are often those with the fewest resources to "
            "prevent them.",
            "Mr President, a colleague of mine from the Survivors' Voices Network once told me, <q "
            "o=svn>we do not need you to remember our dead; we need you to count the crates.</q> I can "
            "think of no better summary of what this conference is for.",
            "The members of our coalition will be at your disposal throughout the week, in the corridors "
            "and in the side events listed in our daily newsletter. We hope to leave Geneva on Friday with "
            "a Convention that can finally see what it regulates.",
            "Thank you, Mr President.",
        ],
    },
    {
        "path": "statements/Statement by Dr Amara Diallo (FR) 16-11-2026.pdf",
        "kind": "statement", "layout": "statement", "lang": "fr", "date": "2026-11-16", "time": "15:00",
        "group": "st-diallo", "speaker": "diallo", "honorific": "Dr",
        "title": "Déclaration de Dr Amara Diallo au débat général",
        "session": "Débat général · Séance plénière, lundi 16 novembre 2026",
        "keywords": ["déclaration", "débat général", "vérification", "munitions"],
        "body": [
            "Monsieur le Président,",
            "Je m'exprime au nom de la Coalition Lanterne pour la maîtrise des armements, un réseau de 74 "
            "organisations de la société civile présentes dans 39 pays. Permettez-moi d'abord de vous "
            "féliciter pour votre élection et de remercier l'Unité d'appui à l'application pour la "
            "préparation minutieuse de cette conférence.",
            "Il y a huit ans, dans ce même bâtiment, les États parties promettaient que la Convention "
            "deviendrait <q scare>un instrument vivant</q>. Depuis, 214 explosions accidentelles sur des sites "
            "de munitions ont été recensées dans 57 pays. Au moins 1 900 personnes y ont perdu la vie. La "
            "plupart vivaient à moins de deux kilomètres d'un dépôt qui ne figurait dans aucun rapport public.",
            "Monsieur le Président, nous ne doutons pas de la bonne foi des délégations présentes dans cette "
            "salle. Mais la bonne foi ne se vérifie pas. Un rapport que personne ne peut contrôler est une "
            "déclaration d'intention, pas une mesure de sécurité.",
            "## Trois demandes",
            "Nous demandons d'abord à cette conférence d'établir un mécanisme permanent de vérification. Il "
            "n'a pas besoin d'être grand. Un secrétariat technique d'une douzaine d'experts, habilité à "
            "visiter les stocks déclarés avec un préavis raisonnable, changerait les incitations de chaque "
            "gouvernement qui rédige un rapport.",
            "Nous demandons ensuite un modèle de rapport commun et public. Aujourd'hui, un État partie déclare "
            "ses munitions en tonnes, son voisin en cartouches et un troisième ne les déclare pas du tout. "
            "Des chiffres que l'on ne peut pas comparer ne peuvent pas inspirer confiance.",
            "Nous demandons enfin un fonds d'affectation spéciale volontaire pour la sécurité des stocks et "
            "l'assistance aux victimes. Les pays les plus exposés aux explosions de dépôts sont souvent ceux "
            "qui disposent du moins de moyens pour les prévenir.",
            "Monsieur le Président, un collègue du Réseau Voix des survivants m'a dit un jour : <q "
            "o=svn>nous n'avons pas besoin que vous vous souveniez de nos morts ; nous avons besoin que "
            "vous comptiez les caisses.</q> Je ne connais pas de meilleur résumé de la raison d'être de "
            "cette conférence.",
            "Les membres de notre coalition resteront à votre disposition tout au long de la semaine, dans "
            "les couloirs et lors des événements parallèles annoncés dans notre bulletin quotidien. Nous "
            "espérons quitter Genève vendredi avec une Convention enfin capable de voir ce qu'elle "
            "réglemente.",
            "Je vous remercie, Monsieur le Président.",
        ],
    },
    {
        "path": "statements/statement_KAsante-Boateng_survivors_17nov_en.pdf",
        "kind": "statement", "layout": "statement", "lang": "en", "date": "2026-11-17", "time": "10:30",
        "group": "st-asante", "speaker": "asante", "honorific": "",
        "title": "Statement by Kwame Asante-Boateng on victim assistance",
        "session": "Thematic session on victim assistance · Tuesday 17 November 2026",
        "keywords": ["statement", "victim assistance", "survivors", "Marrow Hill"],
        "body": [
            "Mr President, distinguished delegates,",
            "My name is Kwame Asante-Boateng. I coordinate the Survivors' Voices Network, which brings "
            "together people whose lives were changed by explosions at ammunition depots. I was born in the "
            "town of Marrow Hill. On the morning of 3 June 2019, the government depot on the hill above our "
            "houses exploded. Thirty-eight people died. My brother Kofi was one of them.",
            "I am not an expert in ammunition. But I have become an expert in what happens afterwards. The "
            "hospital that runs out of burns dressings on the first day. The school that stays closed for "
            "two years because nobody will pay to clear the unexploded shells from the playground. The "
            "compensation form that asks you to prove your house was there.",
            "A teacher from our town, Esther, wrote to the ministry six times. In her last letter she wrote: "
            "<q who=\"Esther\">I am not asking who is to blame. I am asking who will come.</q> Nobody came "
            "for eleven months.",
            "Mr President, the Convention already recognises that States Parties should assist the victims "
            "of unplanned explosions. But recognition is not assistance. We ask this conference to do three "
            "things.",
            "1. Create a voluntary trust fund for stockpile safety and victim assistance, and let survivors "
            "sit on the board that decides how it is spent.",
            "2. Require every State Party to publish, within 90 days, an account of any unplanned explosion "
            "on its territory: what exploded, who was hurt, and what has been done for them.",
            "3. Include medical care, rehabilitation, clearance and compensation in the national reports, so "
            "that we can see whether promises become services.",
            "Delegates sometimes tell us, kindly, that they understand our pain. I thank them. But we did not "
            "travel to Geneva to be understood. We came to be counted, like the ammunition that nobody "
            "counted before it fell on our roofs.",
            "Thank you.",
        ],
    },
    {
        "path": "statements/declaration_KAsante-Boateng_survivants_17nov_fr.pdf",
        "kind": "statement", "layout": "statement", "lang": "fr", "date": "2026-11-17", "time": "10:30",
        "group": "st-asante", "speaker": "asante", "honorific": "",
        "title": "Déclaration de Kwame Asante-Boateng sur l'assistance aux victimes",
        "session": "Séance thématique sur l'assistance aux victimes · mardi 17 novembre 2026",
        "keywords": ["déclaration", "assistance aux victimes", "survivants", "Marrow Hill"],
        "body": [
            "Monsieur le Président, Mesdames et Messieurs les délégués,",
            "Je m'appelle Kwame Asante-Boateng. Je coordonne le Réseau Voix des survivants, qui rassemble des "
            "personnes dont la vie a été bouleversée par des explosions de dépôts de munitions. Je suis né à "
            "Marrow Hill. Le matin du 3 juin 2019, le dépôt gouvernemental situé sur la colline au-dessus de "
            "nos maisons a explosé. Trente-huit personnes sont mortes. Mon frère Kofi était l'une d'elles.",
            "Je ne suis pas un expert en munitions. Mais je suis devenu expert de ce qui se passe ensuite. "
            "L'hôpital qui manque de pansements pour brûlés dès le premier jour. L'école qui reste fermée "
            "deux ans parce que personne ne veut payer le déminage des obus non explosés dans la cour. Le "
            "formulaire d'indemnisation qui vous demande de prouver que votre maison existait.",
            "Une enseignante de notre ville, Esther, a écrit six fois au ministère. Dans sa dernière lettre, "
            "elle écrivait : <q who=\"Esther\">Je ne demande pas qui est responsable. Je demande qui "
            "viendra.</q> Personne n'est venu pendant onze mois.",
            "Monsieur le Président, la Convention reconnaît déjà que les États parties doivent assister les "
            "victimes d'explosions accidentelles. Mais reconnaître n'est pas assister. Nous demandons à cette "
            "conférence trois choses.",
            "1. Créer un fonds d'affectation spéciale volontaire pour la sécurité des stocks et l'assistance "
            "aux victimes, et permettre aux survivants de siéger au conseil qui décide de son utilisation.",
            "2. Exiger de chaque État partie qu'il publie, dans un délai de 90 jours, un compte rendu de toute "
            "explosion accidentelle survenue sur son territoire : ce qui a explosé, qui a été blessé et ce "
            "qui a été fait pour ces personnes.",
            "3. Inclure les soins médicaux, la réadaptation, le déminage et l'indemnisation dans les rapports "
            "nationaux, afin que nous puissions voir si les promesses deviennent des services.",
            "Des délégués nous disent parfois, avec bienveillance, qu'ils comprennent notre douleur. Je les "
            "en remercie. Mais nous ne sommes pas venus à Genève pour être compris. Nous sommes venus pour "
            "être comptés, comme les munitions que personne n'a comptées avant qu'elles ne tombent sur nos "
            "toits.",
            "Je vous remercie.",
        ],
    },
    {
        "path": "statements/Statement by Prof Lena Vogt - verification - 19.11.2026 EN.pdf",
        "kind": "statement", "layout": "statement", "lang": "en", "date": "2026-11-19", "time": "15:00",
        "group": "st-vogt", "speaker": "vogt", "honorific": "Professor",
        "title": "Statement by Professor Lena Vogt to Working Group II on verification",
        "session": "Working Group II (verification and compliance) · Thursday 19 November 2026",
        "keywords": ["statement", "verification", "marking", "tracing", "working group"],
        "body": [
            "Madam Chair,",
            "Thank you for the opportunity to address the working group on behalf of the Halden Institute "
            "for Security Research. I will be brief and technical, as you requested.",
            "Several delegations have said this week that verification of conventional ammunition is "
            "<q scare>impossible in practice</q>. I would like to respectfully disagree, and to describe "
            "three tools that already exist.",
            "## Lot marking and sampling",
            "First, most ammunition produced since 2010 carries a lot number. If reports recorded transfers "
            "by lot, as some States Parties already do, an inspector could compare a sample of lot numbers in "
            "a depot with the declared imports and exports. This is the method used by auditors in every "
            "other industry: you do not count every item, you check a random sample.",
            "## Remote monitoring of depots",
            "Second, commercial satellite imagery now allows anyone to measure the footprint of an ammunition "
            "depot, count its storage buildings and see new construction. Our institute has mapped 1,140 "
            "depots in this way. Remote monitoring cannot replace a visit, but it can tell a small "
            "secretariat where to look.",
            "## Reconciliation of reports",
            "Third, and most simply, the reports of exporters and importers can be reconciled with each "
            "other. The coalition's analysis published yesterday shows how large the gaps are. A "
            "verification mechanism could ask both governments to explain each gap above a threshold.",
            "Madam Chair, as one of my students put it, <q desc=\"a student\">verification is not about "
            "distrust; it is about making trust cheap.</q> A State Party with accurate records has nothing "
            "to fear from a sample, and a great deal to gain from being believed.",
            "The Institute stands ready to share its methods and data with the secretariat and with any "
            "delegation that wishes to test them.",
            "Thank you, Madam Chair.",
        ],
    },
    {
        "path": "statements/Statement by Prof Lena Vogt - verification - 19.11.2026 FR.pdf",
        "kind": "statement", "layout": "statement", "lang": "fr", "date": "2026-11-19", "time": "15:00",
        "group": "st-vogt", "speaker": "vogt", "honorific": "Professeure",
        "title": "Déclaration de la professeure Lena Vogt au Groupe de travail II sur la vérification",
        "session": "Groupe de travail II (vérification et respect) · jeudi 19 novembre 2026",
        "keywords": ["déclaration", "vérification", "marquage", "traçage", "groupe de travail"],
        "body": [
            "Madame la Présidente,",
            "Merci de me donner l'occasion de m'adresser au groupe de travail au nom de l'Institut Halden de "
            "recherche sur la sécurité. Je serai brève et technique, comme vous l'avez demandé.",
            "Plusieurs délégations ont affirmé cette semaine que la vérification des munitions "
            "conventionnelles était <q scare>impossible en pratique</q>. Permettez-moi de ne pas partager cet "
            "avis et de décrire trois outils qui existent déjà.",
            "## Marquage des lots et échantillonnage",
            "Premièrement, la plupart des munitions produites depuis 2010 portent un numéro de lot. Si les "
            "rapports enregistraient les transferts par lot, comme certains États parties le font déjà, un "
            "inspecteur pourrait comparer un échantillon de numéros de lot dans un dépôt avec les "
            "importations et exportations déclarées. C'est la méthode qu'emploient les auditeurs dans tous "
            "les autres secteurs : on ne compte pas chaque article, on contrôle un échantillon aléatoire.",
            "## Surveillance à distance des dépôts",
            "Deuxièmement, l'imagerie satellitaire commerciale permet désormais à chacun de mesurer l'emprise "
            "d'un dépôt de munitions, de compter ses bâtiments de stockage et de repérer les nouvelles "
            "constructions. Notre institut a cartographié ainsi 1 140 dépôts. La surveillance à distance ne "
            "remplace pas une visite, mais elle peut indiquer à un petit secrétariat où regarder.",
            "## Rapprochement des rapports",
            "Troisièmement, et c'est le plus simple, les rapports des exportateurs et des importateurs "
            "peuvent être rapprochés les uns des autres. L'analyse publiée hier par la coalition montre "
            "l'ampleur des écarts. Un mécanisme de vérification pourrait demander aux deux gouvernements "
            "d'expliquer chaque écart au-delà d'un certain seuil.",
            "Madame la Présidente, comme l'a dit l'un de mes étudiants, <q desc=\"a student\">la vérification "
            "n'est pas une affaire de méfiance ; elle sert à rendre la confiance bon marché.</q> Un État "
            "partie dont les registres sont exacts n'a rien à craindre d'un échantillon, et tout à gagner à "
            "être cru.",
            "L'Institut se tient prêt à partager ses méthodes et ses données avec le secrétariat et avec "
            "toute délégation qui souhaite les mettre à l'épreuve.",
            "Je vous remercie, Madame la Présidente.",
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Daily newsletters (English every day, French for day 2)
# ---------------------------------------------------------------------------------------------

NEWSLETTERS = [
    {
        "path": "newsletters/Daily Newlsetter Day 1 - 16 November.pdf",
        "kind": "newsletter", "layout": "newsletter", "lang": "en", "date": "2026-11-16", "time": "07:30",
        "issue": 1, "day_label": "Monday 16 November 2026", "group": "nl-day1",
        "title": "The Lantern Daily, issue 1: the conference opens",
        "keywords": ["newsletter", "opening", "ammunition", "verification"],
        "body": [
            "[box In this issue]",
            "* Editorial: count, say, check",
            "* What is on the table this week",
            "* The numbers behind the Convention",
            "* Diary: today's side events",
            "[/box]",
            "## Editorial: count, say, check",
            "~ By Hélène Marchetti, Policy Director, Lantern Coalition",
            "Welcome to Geneva, and welcome to the first issue of <i>The Lantern Daily</i>. For the next five "
            "days we will bring you the news from the plenary hall and the working groups, the voices of "
            "survivors and experts, and a little gossip from the corridors of the Palais Rivière.",
            "The Eighth Review Conference of the Convention on the Control of Conventional Ammunition opens "
            "this morning with an agenda that looks modest on paper. Delegations will review the operation "
            "of the Convention, agree a budget for the Implementation Support Unit and adopt a final "
            "document. But hidden in the draft final document is the most important question the Convention "
            "has faced since it entered into force: will anyone ever check what States Parties report?",
            "Our coalition's answer is simple. Count what you hold. Say what you ship. Let someone check. "
            "Ammunition is the part of the arms trade that is used up, lost and stolen fastest, and it is "
            "the part about which governments tell each other least.",
            "## What is on the table this week",
            "The President-designate, Ambassador Tomás Echeverría, circulated a first draft of the final "
            "document on 2 November. It contains three proposals that matter to us:",
            "* a common reporting template, drafted by a group of twelve States Parties led by the "
            "Friends of Transparency;",
            "* an option for a <q scare>technical verification mechanism</q>, in square brackets, with no "
            "budget attached;",
            "* a voluntary trust fund for stockpile safety, proposed by the Group of Affected States.",
            "At a briefing for civil society last Thursday, Ambassador Echeverría said: <q s=echeverria>My "
            "ambition is a final document that every delegation can live with and that no survivor would be "
            "ashamed of.</q> Several delegations have already signalled that they can live with the "
            "template and the fund, but not with verification.",
            "<q>If verification stays in brackets on Wednesday, it will be gone by Friday,</q> one "
            "experienced delegate told us, asking not to be named. We intend to prove that prediction wrong.",
            "## The numbers behind the Convention",
            "| Indicator | 2018 | 2025 |",
            "| States Parties | 97 | 118 |",
            "| Annual reports submitted | 71 | 61 |",
            "| Reports using a common format | 0 | 12 |",
            "| Recorded unplanned explosions at munitions sites (cumulative since 2010) | 139 | 214 |",
            "~ Sources: CCCA Implementation Support Unit; Lantern Coalition explosion monitor.",
            "Fewer reports from more states: that is the paradox of the Convention's second decade. "
            "According to Farid Rahimi, the coalition's field researcher, <q s=rahimi>reporting fell fastest "
            "in the states that joined most recently, which are often the states that need help the most. "
            "A template and a fund would make the first report much easier to write.</q>",
            "[box Quote of the day]",
            "<q s=diallo>Every unaccounted crate of ammunition is a future crime scene.</q> — Dr Amara "
            "Diallo, Director, Lantern Coalition, speaking at this morning's press briefing",
            "[/box]",
            "## Diary: today's side events",
            "| Time | Room | Event |",
            "| 08:30 | Press Room III | Press briefing: civil-society expectations for the conference |",
            "| 13:15 | Room XVII | Counting the crates: an introduction to ammunition reporting |",
            "| 15:00 | Plenary | Statement by the Lantern Coalition in the general debate |",
            "| 18:00 | Café du Lac | Welcome reception for civil-society delegates |",
            "Sign the petition for an ammunition verification mechanism: https://example.org/petition",
        ],
    },
    {
        "path": "newsletters/Daily Newsletter Day 2 - 17 November.pdf",
        "kind": "newsletter", "layout": "newsletter", "lang": "en", "date": "2026-11-17", "time": "07:30",
        "issue": 2, "day_label": "Tuesday 17 November 2026", "group": "nl-day2",
        "title": "The Lantern Daily, issue 2: survivors take the floor",
        "keywords": ["newsletter", "survivors", "victim assistance", "general debate"],
        "body": [
            "[box In this issue]",
            "* Survivors take the floor",
            "* General debate: who said what",
            "* Youth delegates: the generation that will inherit the stockpiles",
            "* Diary",
            "[/box]",
            "## Survivors take the floor",
            "This morning, for the first time in the history of the Convention, a thematic session on "
            "victim assistance will open with statements from survivors themselves. Kwame Asante-Boateng, "
            "who lost his brother in the Marrow Hill depot explosion of 2019, will speak on behalf of the "
            "Survivors' Voices Network.",
            "Speaking to <i>The Lantern Daily</i> last night, he said he had rewritten his statement four "
            "times. <q s=asante>The first version was angry. The second was polite. The third was full of "
            "numbers. The one I will read is about my town, because that is the only thing in the room that "
            "nobody else can describe.</q>",
            "The session will discuss the proposal, backed by the Group of Affected States, for a voluntary "
            "trust fund that would pay for safer storage, clearance and care for survivors. Donor states "
            "have so far been cautious about its size and about who would sit on its board.",
            "## General debate: who said what",
            "Forty-one delegations took the floor in the general debate yesterday. Twenty-six mentioned "
            "transparency; fourteen mentioned verification; only five used the word <q scare>survivors</q>.",
            "Ingrid Solberg, Executive Director of Pax Meridian, a member of the coalition, was "
            "unimpressed: <q s=solberg>We heard the word transparency twenty-six times and we saw it "
            "zero times. Not one delegation announced that it would publish its own report in full.</q>",
            "The most discussed intervention came from a group of seven states that proposed a "
            "<q scare>pilot</q> verification exercise, in which volunteering States Parties would invite "
            "experts to sample their declared stocks. Dr Amara Diallo called the idea <q s=diallo>the first "
            "crack of light under a very heavy door.</q>",
            "Not everyone was convinced. <q>Voluntary verification is like a voluntary speed limit,</q> "
            "quipped a delegate from a Latin American state over coffee. <q>The careful drivers sign up "
            "and the others keep driving.</q>",
            "## Youth delegates: the generation that will inherit the stockpiles",
            "Twenty-three young campaigners from eleven countries are in Geneva this week with the "
            "coalition's youth network. Yuki Nakamura, 22, a youth campaigner with the Lantern Coalition, "
            "explained why she came: <q s=nakamura>The ammunition being stored badly today will still be "
            "there when I am fifty. The decisions made in this room are decisions about my "
            "neighbourhood.</q>",
            "The youth delegates will hold a silent vigil outside the Palais Rivière on Thursday evening, "
            "with candles spelling out the word COUNT.",
            "[box Quote of the day]",
            "<q s=solberg>We heard the word transparency twenty-six times and we saw it zero times.</q> — "
            "Ingrid Solberg, Pax Meridian",
            "[/box]",
            "## Diary",
            "| Time | Room | Event |",
            "| 10:00 | Plenary | Thematic session on victim assistance |",
            "| 13:15 | Room XVII | After Marrow Hill: what survivors need (Survivors' Voices Network) |",
            "| 15:00 | Room XII | Working Group I: reporting template, first reading |",
            "| 17:30 | Front steps | Banner action: No verification, no confidence |",
            "Follow the coalition during the conference: https://social.example.org/@lanterncoalition",
        ],
    },
    {
        "path": "newsletters/Bulletin quotidien 2 - 17 novembre 2026.pdf",
        "kind": "newsletter", "layout": "newsletter", "lang": "fr", "date": "2026-11-17", "time": "07:30",
        "issue": 2, "day_label": "mardi 17 novembre 2026", "group": "nl-day2",
        "title": "La Lanterne quotidienne, numéro 2 : les survivants prennent la parole",
        "keywords": ["bulletin", "survivants", "assistance aux victimes", "débat général"],
        "body": [
            "[box Dans ce numéro]",
            "* Les survivants prennent la parole",
            "* Débat général : qui a dit quoi",
            "* Jeunes délégués : la génération qui héritera des stocks",
            "* Agenda",
            "[/box]",
            "## Les survivants prennent la parole",
            "Ce matin, pour la première fois dans l'histoire de la Convention, une séance thématique sur "
            "l'assistance aux victimes s'ouvrira par des déclarations de survivants eux-mêmes. Kwame "
            "Asante-Boateng, qui a perdu son frère dans l'explosion du dépôt de Marrow Hill en 2019, "
            "s'exprimera au nom du Réseau Voix des survivants.",
            "Interrogé hier soir par <i>La Lanterne quotidienne</i>, il a confié avoir réécrit sa déclaration "
            "quatre fois. <q s=asante>La première version était en colère. La deuxième était polie. La "
            "troisième était pleine de chiffres. Celle que je lirai parle de ma ville, parce que c'est la "
            "seule chose dans cette salle que personne d'autre ne peut décrire.</q>",
            "La séance examinera la proposition, soutenue par le Groupe des États touchés, d'un fonds "
            "d'affectation spéciale volontaire qui financerait un stockage plus sûr, le déminage et les soins "
            "aux survivants. Les États donateurs sont restés prudents jusqu'ici quant à sa taille et à la "
            "composition de son conseil.",
            "## Débat général : qui a dit quoi",
            "Quarante et une délégations ont pris la parole hier lors du débat général. Vingt-six ont "
            "mentionné la transparence ; quatorze ont mentionné la vérification ; cinq seulement ont "
            "prononcé le mot <q scare>survivants</q>.",
            "Ingrid Solberg, directrice exécutive de Pax Meridian, membre de la coalition, n'a pas été "
            "convaincue : <q s=solberg>Nous avons entendu le mot transparence vingt-six fois et nous l'avons "
            "vue zéro fois. Pas une seule délégation n'a annoncé qu'elle publierait son propre rapport dans "
            "son intégralité.</q>",
            "L'intervention la plus commentée est venue d'un groupe de sept États qui a proposé un exercice "
            "<q scare>pilote</q> de vérification, dans lequel des États parties volontaires inviteraient des "
            "experts à contrôler un échantillon de leurs stocks déclarés. Dr Amara Diallo y a vu <q "
            "s=diallo>le premier rai de lumière sous une porte très lourde.</q>",
            "Tout le monde n'est pas convaincu. <q>Une vérification volontaire, c'est comme une limitation "
            "de vitesse volontaire</q>, a ironisé un délégué d'un État d'Amérique latine autour d'un café. "
            "<q>Les conducteurs prudents s'inscrivent et les autres continuent de rouler.</q>",
            "## Jeunes délégués : la génération qui héritera des stocks",
            "Vingt-trois jeunes militants de onze pays sont à Genève cette semaine avec le réseau jeunesse de "
            "la coalition. Yuki Nakamura, 22 ans, militante jeunesse de la Coalition Lanterne, explique "
            "pourquoi elle est venue : <q s=nakamura>Les munitions mal stockées aujourd'hui seront encore là "
            "quand j'aurai cinquante ans. Les décisions prises dans cette salle sont des décisions sur mon "
            "quartier.</q>",
            "Les jeunes délégués organiseront jeudi soir une veillée silencieuse devant le Palais Rivière, "
            "avec des bougies formant le mot COUNT (<q scare>compter</q>).",
            "[box Citation du jour]",
            "<q s=solberg>Nous avons entendu le mot transparence vingt-six fois et nous l'avons vue zéro "
            "fois.</q> — Ingrid Solberg, Pax Meridian",
            "[/box]",
            "## Agenda",
            "| Heure | Salle | Événement |",
            "| 10 h 00 | Plénière | Séance thématique sur l'assistance aux victimes |",
            "| 13 h 15 | Salle XVII | Après Marrow Hill : ce dont les survivants ont besoin (Réseau Voix des survivants) |",
            "| 15 h 00 | Salle XII | Groupe de travail I : modèle de rapport, première lecture |",
            "| 17 h 30 | Marches d'entrée | Action banderole : Pas de vérification, pas de confiance |",
            "Suivez la coalition pendant la conférence : https://social.example.org/@lanterncoalition",
        ],
    },
    {
        "path": "newsletters/Daily Newsletter Day 3 - 18 November.pdf",
        "kind": "newsletter", "layout": "newsletter", "lang": "en", "date": "2026-11-18", "time": "07:30",
        "issue": 3, "day_label": "Wednesday 18 November 2026", "group": "nl-day3",
        "title": "The Lantern Daily, issue 3: the transparency gap",
        "keywords": ["newsletter", "analysis", "transparency gap", "reporting template", "ammunition"],
        "body": [
            "[box In this issue]",
            "* Counting what kills: the coalition's new analysis",
            "* Working Group I: the template survives its first reading",
            "* Interview: Professor Lena Vogt on sampling, satellites and trust",
            "* Letter from Marrow Hill",
            "* Corridor talk",
            "* Diary",
            "[/box]",
            "## Counting what kills",
            "At 11:00 today in Press Room III, the Lantern Coalition will launch <i>Counting what kills</i>, "
            "an analysis of every ammunition transfer reported under the Convention between 2018 and 2025. "
            "The authors, Hélène Marchetti and Farid Rahimi, spent fourteen months matching the export "
            "figures in each State Party's annual report with the import figures reported by the "
            "destination state.",
            "The result is stark. Of 3,412 reported exports, 1,399 (41 per cent) have no matching import "
            "record. Measured in quantity, the unmatched transfers add up to roughly 2.3 billion rounds of "
            "small-calibre ammunition and 410,000 artillery shells.",
            "<q s=marchetti>We expected gaps. Every statistician expects gaps. We did not expect a gap "
            "larger than the declared stockpiles of most of the states in the room,</q> Marchetti said "
            "ahead of the launch.",
            "The analysis does not claim that all the missing ammunition was diverted to armed groups or "
            "criminal networks. Some of the gap is explained by differences in units, by transfers reported "
            "in different years, or by states that simply did not report. But, as Farid Rahimi points out, "
            "<q s=rahimi>that is exactly the problem. When the numbers do not match, nobody can tell a "
            "clerical error from a crime, and nobody is asked to.</q>",
            "The report makes seven recommendations. The first is the one the coalition has been pressing all "
            "week: a standing verification mechanism able to ask both governments to explain any gap above "
            "a set threshold, and to visit a sample of declared stockpiles.",
            "## Working Group I: the template survives its first reading",
            "There was cautious good news from Working Group I yesterday afternoon. The draft common "
            "reporting template, a four-page form covering stockpiles, transfers, destruction, losses and "
            "thefts, went through its first reading with only eleven amendments. The most important of "
            "them, proposed by a group of exporting states, would make the section on losses and thefts "
            "<q scare>optional</q>.",
            "The coalition is urging delegations to resist. <q o=lantern>An ammunition report that is silent "
            "about losses is like a bank statement that leaves out withdrawals,</q> the coalition said in a "
            "short note circulated to Working Group I last night.",
            "The Chair of Working Group II, Ambassador Marguerite Ohlsson, who will lead the discussion on "
            "verification on Thursday, was asked by journalists whether the two working groups were "
            "coordinating. <q s=ohlsson>We are not working in separate buildings,</q> she replied. "
            "<q s=ohlsson>A template without verification would be a form; verification without a template "
            "would be a guess. Delegations understand that.</q>",
            "## Interview: Professor Lena Vogt",
            "Professor Lena Vogt is a senior researcher at the Halden Institute for Security Research and "
            "reviewed the method of the coalition's analysis. She will address Working Group II on Thursday. "
            "We asked her four questions.",
            "<b>Delegations say verification of conventional ammunition is impossible. Is it?</b>",
            "<q s=vogt>It is impossible if you imagine an inspector counting every cartridge in every "
            "bunker. Nobody is proposing that. Auditors in every industry check samples, not totals. Most "
            "ammunition made since 2010 carries a lot number, so a sample of lot numbers in a depot can be "
            "compared with what was declared. That is ordinary, boring, reliable work.</q>",
            "<b>What about satellites?</b>",
            "<q s=vogt>Commercial imagery lets you measure a depot from space: its buildings, its earth "
            "berms, the new construction. We have mapped more than a thousand depots. Imagery cannot tell "
            "you what is inside a building, but it tells a small secretariat where the questions are.</q>",
            "<b>What would a small secretariat cost?</b>",
            "<q s=vogt>Our estimate is around 4 million Swiss francs a year for twelve experts, travel and "
            "data. That is less than the cost of clearing a single town after a depot explosion.</q>",
            "<b>What would you say to a sceptical delegate?</b>",
            "<q s=vogt>I would say what I tell my students: verification is not about distrust. It is about "
            "making trust cheap. If your records are accurate, a sample costs you a week of paperwork and "
            "buys you years of credibility. If your records are not accurate, you need to know that before "
            "a depot on your territory tells you in the worst possible way. Every government in this room "
            "has, at some point, discovered that its own inventory was wrong. The question is only whether "
            "it discovered that in an office, with a spreadsheet and an apology, or in a hospital, with a "
            "list of names. I know which discovery I would prefer to pay for, and I think, if they are "
            "honest, so do the delegates who tell me that verification is impossible in practice.</q>",
            "## Letter from Marrow Hill",
            "~ Esther Owusu-Mensah is a teacher in Marrow Hill. She sent us this letter for the delegates.",
            "Dear delegates, I teach mathematics to thirteen-year-olds. Every year I give my class the same "
            "exercise: a warehouse holds 400 boxes; 37 leave on Monday and 12 arrive on Tuesday; how many "
            "are left? My students always get it right. I would like to know why the governments of the "
            "world cannot.",
            "The depot above our town was supposed to hold old shells waiting for destruction. After the "
            "explosion, the ministry said it did not know exactly how much was there. Nobody has ever told "
            "us. My school was closed for two years while the playground was cleared. Three of my former "
            "students are among the thirty-eight names on the memorial.",
            "I am not asking you for sympathy. I have had a great deal of sympathy. I am asking you to do "
            "the exercise, and to let someone check your answer.",
            "## Corridor talk",
            "Overheard at the coffee bar near Room XVII, from a delegate who has attended every review "
            "conference since 2006: <q>The first conference was about whether we would report. The second "
            "was about how. This one is about whether anyone believes us.</q>",
            "A young diplomat on her first posting, asked what surprised her most about the conference: "
            "<q>How much of the negotiation happens in the queue for the microwave.</q>",
            "And a note from the interpreters' booth, passed on with a smile: the French word "
            "<q scare>munitions</q> and the English word <q scare>ammunition</q> have caused at least three "
            "misunderstandings this week. Delegates are reminded that in the Convention's French text, "
            "<q scare>munitions</q> covers both the cartridges and the shells.",
            "[box Quote of the day]",
            "<q s=marchetti>We did not expect a gap larger than the declared stockpiles of most of the "
            "states in the room.</q> — Hélène Marchetti, Lantern Coalition",
            "[/box]",
            "## Diary",
            "| Time | Room | Event |",
            "| 09:00 | Room XII | Working Group I: reporting template, second reading |",
            "| 11:00 | Press Room III | Press conference: launch of Counting what kills |",
            "| 13:15 | Room XVII | Sampling, satellites and trust: verification in practice (Halden Institute) |",
            "| 16:00 | Plenary | Closed consultations of the President on the final document |",
            "Read the analysis and sign the petition: https://example.org/petition",
        ],
    },
    {
        "path": "newsletters/Daily Newsletter Day 4 - 19 November.pdf",
        "kind": "newsletter", "layout": "newsletter", "lang": "en", "date": "2026-11-19", "time": "07:30",
        "issue": 4, "day_label": "Thursday 19 November 2026", "group": "nl-day4",
        "title": "The Lantern Daily, issue 4: verification day",
        "keywords": ["newsletter", "verification", "working group", "vigil"],
        "body": [
            "[box In this issue]",
            "* Verification day",
            "* The analysis lands: reactions from delegations",
            "* Tonight: a vigil for the victims of unplanned explosions",
            "* Diary",
            "[/box]",
            "## Verification day",
            "Today Working Group II turns to the question that has hung over the conference all week. The "
            "bracketed text on a <q scare>technical verification mechanism</q> will be discussed in a "
            "session chaired by Ambassador Marguerite Ohlsson, with Professor Lena Vogt of the Halden "
            "Institute among the invited experts.",
            "Going into the session, the coalition counts 38 States Parties that have spoken in favour of "
            "some form of verification, 19 that have spoken against, and more than 60 that have said "
            "nothing at all. <q s=okafor>The silent majority will decide this,</q> said Daniel Okafor, "
            "Communications Director of the Lantern Coalition. <q s=okafor>If you are a delegate who has "
            "not yet spoken on verification, today is the day.</q>",
            "Three options are on the table. The first, the coalition's preferred option, is a standing "
            "mechanism with a small secretariat and the right to visit a sample of declared stockpiles. The "
            "second is the voluntary pilot proposed on Monday by a group of seven states. The third, pushed "
            "by several exporting states, is an open-ended working group to <q scare>study options</q> and "
            "report to the next review conference in 2031.",
            "<q s=marchetti>Option three is not an option; it is a postponement with a meeting room "
            "attached,</q> said Hélène Marchetti. <q s=marchetti>We can live with a pilot if it has a "
            "start date and a budget. We cannot live with five more years of studying.</q>",
            "## The analysis lands",
            "Yesterday's launch of <i>Counting what kills</i> filled Press Room III and prompted a flurry of "
            "reactions. One exporting state circulated a note disputing the coalition's figures for its own "
            "transfers, but confirming, in a footnote, that 14 per cent of its reported exports in 2023 had "
            "been recorded in the wrong unit.",
            "Ingrid Solberg of Pax Meridian called the footnote <q s=solberg>the most honest sentence "
            "written by a government at this conference, and the best argument for verification we could "
            "have asked for.</q>",
            "Several delegations from affected states asked for the data tables. Kwame Asante-Boateng, who "
            "spoke at the press conference, was approached afterwards by a delegate who told him, <q>I have "
            "read a hundred reports about Marrow Hill. Today was the first time I understood it.</q>",
            "## Tonight: a vigil",
            "At 18:30 the coalition's youth delegates will hold a silent vigil on the square in front of the "
            "Palais Rivière. Candles will spell out the word COUNT, and the names of people killed in "
            "unplanned explosions since 2010 will be read aloud in the languages of their countries.",
            "Yuki Nakamura, who is organising the vigil, asked delegates to join for a few minutes on their "
            "way out: <q s=nakamura>You do not have to say anything. Just stand with us, and listen to how "
            "long the list is.</q>",
            "[box Quote of the day]",
            "<q s=marchetti>Option three is not an option; it is a postponement with a meeting room "
            "attached.</q> — Hélène Marchetti, Lantern Coalition",
            "[/box]",
            "## Diary",
            "| Time | Room | Event |",
            "| 10:00 | Room XII | Working Group II: verification and compliance |",
            "| 13:15 | Room XVII | Trust funds that work: lessons from other treaties (Pax Meridian) |",
            "| 16:00 | Plenary | President's consultations on the final document |",
            "| 18:30 | Front square | Vigil for the victims of unplanned explosions |",
            "Sign the petition: https://example.org/petition",
        ],
    },
    {
        "path": "newsletters/Daily Newsletter Day 5 - 20 November FINAL.pdf",
        "kind": "newsletter", "layout": "newsletter", "lang": "en", "date": "2026-11-20", "time": "07:30",
        "issue": 5, "day_label": "Friday 20 November 2026", "group": "nl-day5",
        "title": "The Lantern Daily, issue 5: the final day",
        "keywords": ["newsletter", "final day", "final document", "working group"],
        "body": [
            "[box In this issue]",
            "* Final day: what the draft says",
            "* Working Group II: a long night on verification",
            "* Thank you, and see you in the working group",
            "* Diary",
            "[/box]",
            "## Final day: what the draft says",
            "The President's revised draft of the final document, circulated at 02:40 this morning, keeps the "
            "common reporting template, now called the Geneva Action Plan on Transparency. It keeps the "
            "voluntary trust fund. And it keeps the commitment to report losses and thefts of ammunition, "
            "with a deadline of 90 days, which several exporting states had wanted to make optional.",
            "It does not keep a verification mechanism. In its place, paragraph 31 creates an open-ended "
            "working group on <q scare>verification options</q>, which will meet twice a year and report to "
            "the Ninth Review Conference in 2031.",
            "<q s=diallo>This is a draft we can build on and a draft we cannot celebrate,</q> said Dr Amara "
            "Diallo at 07:00, after a night spent reading it. <q s=diallo>We will ask for two changes today: a "
            "start date for a pilot verification exercise, and a mandate for the working group to produce "
            "draft rules, not just a study.</q>",
            "## Working Group II: a long night on verification",
            "Yesterday's session of Working Group II ran four hours over time. Professor Lena Vogt's "
            "presentation on lot sampling drew more questions than any other expert briefing this week, and "
            "at least nine delegations that had been silent on verification spoke in favour of a pilot.",
            "Ambassador Marguerite Ohlsson summed up the session with unusual frankness: <q s=ohlsson>I have "
            "heard no one in this room say that verification is wrong. I have heard many say that it is "
            "early. The question for the plenary is how long early is going to last.</q>",
            "The vigil on the front square drew more than 300 people, including, by the coalition's count, "
            "members of 27 delegations. The names of 1,912 victims were read out over two hours.",
            "## Thank you, and see you in the working group",
            "This is the last issue of <i>The Lantern Daily</i> for this review conference. Thank you to "
            "the delegates who stopped to talk, to the interpreters who put up with our questions, and to "
            "the survivors who trusted us with their stories.",
            "Whatever is adopted tonight, the work continues. The coalition will follow every meeting of the "
            "new working group and will publish its second analysis of transfer data in 2027. Our petition "
            "for an ammunition verification mechanism will stay open until the working group first meets.",
            "[box Quote of the day]",
            "<q s=ohlsson>The question for the plenary is how long early is going to last.</q> — Ambassador "
            "Marguerite Ohlsson, Chair of Working Group II",
            "[/box]",
            "## Diary",
            "| Time | Room | Event |",
            "| 10:00 | Plenary | Adoption of the final document (expected late) |",
            "| 12:30 | Press Room III | Civil-society reaction, live stream on our social account |",
            "| 19:00 | Café du Lac | Closing gathering for civil-society delegates |",
            "Sign the petition: https://example.org/petition · Follow us: https://social.example.org/@lanterncoalition",
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Analysis and end-of-conference summary (English)
# ---------------------------------------------------------------------------------------------

ANALYSIS = {
    "path": "analysis/Analysis-ammunition-stockpiles-2026-11-18-en.pdf",
    "kind": "analysis", "layout": "analysis", "lang": "en", "date": "2026-11-18", "time": "11:00",
    "group": "analysis-2026",
    "title": "Counting what kills: ammunition stockpiles and the transparency gap, 2018–2025",
    "authors": "Hélène Marchetti and Farid Rahimi, with a methodological review by Professor Lena Vogt",
    "keywords": ["ammunition", "stockpiles", "transparency", "verification", "analysis", "transfers"],
    "summary": "Between 2018 and 2025, 41 per cent of the ammunition exports reported under the CCCA had no "
               "matching import record. This paper explains how the gap was measured, what it can and "
               "cannot tell us, and why only verification can close it.",
    "body": [
        "## 1. Key findings",
        "* Of 3,412 ammunition exports reported by States Parties between 2018 and 2025, 1,399 (41 per "
        "cent) cannot be matched with an import reported by the destination state.",
        "* The unmatched transfers amount to about 2.3 billion rounds of small-calibre ammunition and "
        "410,000 artillery shells.",
        "* Reporting has declined: 71 States Parties submitted an annual report for 2018, only 61 for "
        "2025, although membership grew from 97 to 118.",
        "* Only 12 States Parties report ammunition by lot number, the single most useful piece of "
        "information for verification.",
        "* Unplanned explosions at munitions sites continue: 214 have been recorded since 2010, killing "
        "at least 1,900 people.",
        "## 2. Why ammunition transparency matters",
        "Ammunition is the consumable part of the arms trade. A rifle can be used for forty years; the "
        "cartridges it fires are used once. That makes ammunition the part of a state's arsenal that "
        "moves most often, is stored in the largest quantities and is the hardest to keep track of. It "
        "is also the part most easily diverted: a crate of cartridges has no serial number visible from "
        "the outside, and its contents can be dispersed in a single afternoon.",
        "The Convention on the Control of Conventional Ammunition was negotiated to address exactly this "
        "problem. Its Article 7 requires each State Party to report annually on its stockpiles, transfers "
        "and destruction of ammunition. But Article 7 does not prescribe a format, and nothing in the "
        "Convention allows anyone to check a report against reality.",
        "<q s=vogt>The Convention built the accounting system and forgot the auditor,</q> Professor Lena "
        "Vogt of the Halden Institute observed when she reviewed our method. <q s=vogt>Every other "
        "accounting system in the world assumes that mistakes, and sometimes lies, will happen. This "
        "one assumes they will not.</q>",
        "## 3. Method",
        "We collected every annual report submitted under Article 7 between 2018 and 2025: 521 reports "
        "from 109 States Parties. From them we extracted each reported export of ammunition, with its "
        "destination, year, category and quantity, and looked for a matching import in the report of "
        "the destination state for the same year or the following year.",
        "A transfer counted as matched when the categories were compatible and the quantities differed "
        "by less than 10 per cent. Where states reported in different units, for example tonnes against "
        "rounds, we converted using the standard weights in the Implementation Support Unit's technical "
        "guide, and treated the result as matched when it fell within 25 per cent.",
        "The method is generous to governments. It does not question the accuracy of any report; it only "
        "asks whether two governments describing the same transfer tell the same story. Where the "
        "destination state is not a State Party, or did not report that year, the export is counted as "
        "unmatched, and we show these cases separately in Table 1.",
        "## 4. Results",
        "| Category | Reported exports | Matched | Unmatched | of which: destination did not report |",
        "| Small-calibre ammunition | 1,874 | 1,102 | 772 | 301 |",
        "| Light weapons ammunition | 611 | 356 | 255 | 97 |",
        "| Artillery ammunition | 702 | 431 | 271 | 88 |",
        "| Mortar and rocket ammunition | 225 | 124 | 101 | 36 |",
        "| <b>Total</b> | <b>3,412</b> | <b>2,013</b> | <b>1,399</b> | <b>522</b> |",
        "~ Table 1. Reported ammunition exports, 2018–2025, by category and matching status. Source: "
        "Lantern Coalition analysis of CCCA Article 7 reports.",
        "Even if every transfer to a state that did not report is set aside, 877 exports, or 26 per cent "
        "of the total, remain unmatched between two governments that both submitted a report. In 143 of "
        "these cases the importing state reported imports from the exporter that year, but in quantities "
        "less than half of those reported as exported.",
        "Farid Rahimi, who carried out most of the matching, described the work as <q s=rahimi>a "
        "fourteen-month exercise in reading two versions of the same story and finding that they "
        "disagree about the ending.</q>",
        "The gap is not spread evenly. Ten exporting states account for 68 per cent of the unmatched "
        "quantity, and five importing states account for 44 per cent. We do not name them in this paper, "
        "because the purpose of the exercise is to show a system failure rather than to accuse "
        "individual governments; we have shared the state-by-state tables with every State Party "
        "concerned and invited comments.",
        "## 5. What the gap can and cannot tell us",
        "An unmatched transfer is not proof of diversion. Some of the gap is certainly due to clerical "
        "error, to transfers reported in different years, or to different interpretations of what counts "
        "as a transfer. Some of it may be due to deliberate under-reporting by importers who do not wish "
        "to disclose the size of their stockpiles.",
        "But the size of the gap matters in itself. When 41 per cent of reported transfers cannot be "
        "reconciled, the reports cannot serve their purpose, which is to build confidence between States "
        "Parties. As Professor Vogt put it, <q s=vogt>a confidence-building measure that nobody can "
        "check builds confidence only in people who were already confident.</q>",
        "The connection with safety is direct. The same weaknesses that make transfers impossible to "
        "reconcile, namely inconsistent units, missing lot numbers and no record of losses, also make it "
        "impossible to know how much ammunition is held in a given depot. At Marrow Hill in 2019, the "
        "ministry of defence was unable to say for four months how much ammunition had exploded.",
        "## 6. Recommendations",
        "We recommend that the Eighth Review Conference and the States Parties:",
        "1. Establish a standing verification mechanism, with a technical secretariat able to reconcile "
        "reports and to visit a sample of declared stockpiles.",
        "2. Adopt a common, public reporting template, with quantities in rounds and in net explosive "
        "weight.",
        "3. Require the reporting of lot numbers for all transfers of ammunition produced after 2010.",
        "4. Require the reporting of losses, thefts and unplanned explosions within 90 days.",
        "5. Ask both states to explain, in writing, any gap of more than 25 per cent between a reported "
        "export and the corresponding import.",
        "6. Create a voluntary trust fund for stockpile safety, marking and victim assistance, with "
        "survivors represented on its board.",
        "7. Publish all reports in an open, machine-readable format within three months of receipt.",
        "<q inf>None of these recommendations requires new technology, and none requires a state to "
        "reveal anything it has not already promised to reveal. They require only that the promise be "
        "checkable.</q>",
        "## About this paper",
        "This analysis was written by Hélène Marchetti, Policy Director, and Farid Rahimi, Field "
        "Researcher, of the Lantern Coalition for Arms Control. Professor Lena Vogt of the Halden "
        "Institute for Security Research reviewed the method; the conclusions are those of the authors. "
        "The data tables are available to journalists and delegations on request. All figures, people "
        "and places in this document are fictional and belong to a sample press kit.",
    ],
}

SUMMARY = {
    "path": "summary/Summary_RevCon8_final_20Nov2026.pdf",
    "kind": "summary", "layout": "summary", "lang": "en", "date": "2026-11-20", "time": "23:30",
    "group": "summary-2026",
    "title": "Eighth Review Conference of the CCCA: what was agreed, what was not",
    "keywords": ["summary", "outcome", "Geneva Action Plan", "verification", "transparency"],
    "body": [
        "## At a glance",
        "| Coalition ask | Outcome | Assessment |",
        "| Standing verification mechanism | Not agreed; open-ended working group until 2031 | Missed |",
        "| Common public reporting template | Adopted: Geneva Action Plan on Transparency, from 2028 | Achieved |",
        "| Reporting of losses and thefts | Adopted, within 90 days | Achieved |",
        "| Lot numbers in transfer reports | Encouraged, not required | Partly achieved |",
        "| Trust fund for stockpile safety and victims | Established; pledges of CHF 14 million | Achieved |",
        "| Survivors on the trust fund board | One seat for affected communities | Partly achieved |",
        "## The week in brief",
        "The Eighth Review Conference of the Convention on the Control of Conventional Ammunition met "
        "at the Palais Rivière in Geneva from 16 to 20 November 2026, under the presidency of Ambassador "
        "Tomás Echeverría. One hundred and four of the 118 States Parties attended, together with nine "
        "observer states, four international organisations and 61 civil-society organisations.",
        "The conference opened with a general debate in which 41 delegations spoke. Transparency was "
        "mentioned by most of them; verification by only fourteen. On Tuesday, for the first time, a "
        "thematic session on victim assistance opened with statements from survivors, including Kwame "
        "Asante-Boateng of the Survivors' Voices Network.",
        "On Wednesday the Lantern Coalition published <i>Counting what kills</i>, which found that 41 per "
        "cent of ammunition exports reported since 2018 had no matching import record. The analysis was "
        "widely cited in the working groups, and one exporting state acknowledged in writing that part "
        "of its own reporting had been recorded in the wrong unit.",
        "Thursday was dominated by Working Group II on verification. At least nine previously silent "
        "delegations spoke in favour of a pilot verification exercise, but a group of exporting states "
        "blocked any text creating a mechanism. The final document, adopted by consensus shortly before "
        "midnight on Friday, creates instead an open-ended working group on verification options.",
        "## What the coalition said",
        "In its final press release, the coalition described the outcome as <q o=lantern>a half-step in "
        "Geneva</q>. Dr Amara Diallo, the coalition's Director, said that the Geneva Action Plan was "
        "<q s=diallo>real progress on transparency, and a missed opportunity on verification.</q>",
        "The President, Ambassador Echeverría, said in his closing remarks that <q s=echeverria>the door "
        "to verification has not been closed; it has been left open for the next five years, and it is "
        "up to all of us to walk through it.</q>",
        "## What happens next",
        "* The open-ended working group on verification options will hold its first meeting in Geneva "
        "in the first half of 2027. The coalition will attend as an observer and publish a newsletter "
        "for each session.",
        "* The first reports using the common template are due by 30 April 2028.",
        "* The trust fund's board, including one seat for affected communities, will be appointed by "
        "the next Meeting of States Parties in November 2027.",
        "* The coalition's petition for an ammunition verification mechanism remains open at "
        "https://example.org/petition.",
        "<q inf>We leave Geneva with more transparency than we arrived with, and with the certainty "
        "that transparency alone will not be enough. The working group has five years. So do we.</q>",
        "~ Lantern Coalition for Arms Control, Geneva, 20 November 2026. This summary belongs to a "
        "fictional sample press kit.",
    ],
}

# ---------------------------------------------------------------------------------------------
# Web pages (HTML), Markdown and plain-text documents
# ---------------------------------------------------------------------------------------------

FACT_SHEETS = [
    {
        "path": "fact-sheets/fact-sheet_ammunition-transparency_EN.html",
        "kind": "fact-sheet", "layout": "html", "lang": "en", "date": "2026-11-16", "group": "fs-transparency",
        "title": "Fact sheet: ammunition transparency and the CCCA",
        "keywords": ["fact sheet", "ammunition", "transparency", "verification"],
        "body": [
            "~ Lantern Coalition for Arms Control · Updated 16 November 2026",
            "## The Convention in brief",
            "The Convention on the Control of Conventional Ammunition (CCCA) entered into force in 2012. It "
            "has 118 States Parties. It requires each of them to store ammunition safely, to mark it, to "
            "destroy surplus stocks and, under Article 7, to report every year on stockpiles, transfers and "
            "destruction. Review conferences are held every five years.",
            "## Key figures",
            "* <b>118</b> States Parties; <b>61</b> submitted an annual report for 2025.",
            "* <b>41 %</b> of reported ammunition exports since 2018 have no matching import record.",
            "* <b>214</b> unplanned explosions at munitions sites recorded since 2010, in <b>57</b> countries.",
            "* At least <b>1,900</b> people killed in those explosions.",
            "* <b>12</b> States Parties report transfers by lot number.",
            "## Words you will hear this week",
            "* <b>Ammunition</b>: cartridges, shells, rockets, grenades and their components. The "
            "Convention's French text uses <q scare>munitions</q>.",
            "* <b>Stockpile</b>: all the ammunition held by a state, in depots, barracks and ships.",
            "* <b>Transparency report</b>: the annual report required by Article 7.",
            "* <b>Verification</b>: checking, by someone other than the reporting government, that a report "
            "matches reality.",
            "* <b>Lot marking</b>: the number printed on ammunition and its packaging that identifies the "
            "production batch.",
            "* <b>Unplanned explosion</b>: an accidental explosion at a munitions site, often caused by "
            "ageing ammunition, heat or poor storage.",
            "## What the coalition is asking for",
            "1. A standing verification mechanism with the right to visit a sample of declared stockpiles.",
            "2. A common, public template for transparency reports.",
            "3. A voluntary trust fund for stockpile safety and victim assistance.",
            "<q s=diallo>Transparency tells you what a government says. Verification tells you whether it "
            "is true,</q> says Dr Amara Diallo, Director of the Lantern Coalition.",
            "## Take action",
            "Sign the petition for an ammunition verification mechanism at "
            "<a href=\"https://example.org/petition\">example.org/petition</a>, and follow the conference "
            "with us on <a href=\"https://social.example.org/@lanterncoalition\">@lanterncoalition</a>.",
            "~ All figures refer to a fictional convention and belong to a sample press kit.",
        ],
    },
    {
        "path": "fact-sheets/fiche-info_transparence-munitions_FR.html",
        "kind": "fact-sheet", "layout": "html", "lang": "fr", "date": "2026-11-16", "group": "fs-transparency",
        "title": "Fiche d'information : la transparence des munitions et la CCMC",
        "keywords": ["fiche d'information", "munitions", "transparence", "vérification"],
        "body": [
            "~ Coalition Lanterne pour la maîtrise des armements · Mise à jour le 16 novembre 2026",
            "## La Convention en bref",
            "La Convention sur le contrôle des munitions conventionnelles (CCMC) est entrée en vigueur en "
            "2012. Elle compte 118 États parties. Elle impose à chacun d'eux de stocker les munitions en "
            "sécurité, de les marquer, de détruire les stocks excédentaires et, en vertu de l'article 7, de "
            "rendre compte chaque année de ses stocks, transferts et destructions. Une conférence d'examen "
            "se tient tous les cinq ans.",
            "## Chiffres clés",
            "* <b>118</b> États parties ; <b>61</b> ont remis un rapport annuel pour 2025.",
            "* <b>41 %</b> des exportations de munitions déclarées depuis 2018 n'ont aucune importation "
            "correspondante.",
            "* <b>214</b> explosions accidentelles sur des sites de munitions recensées depuis 2010, dans "
            "<b>57</b> pays.",
            "* Au moins <b>1 900</b> personnes tuées dans ces explosions.",
            "* <b>12</b> États parties déclarent leurs transferts par numéro de lot.",
            "## Les mots de la semaine",
            "* <b>Munitions</b> : cartouches, obus, roquettes, grenades et leurs composants. Le texte anglais "
            "de la Convention emploie le mot <q scare>ammunition</q>.",
            "* <b>Stocks</b> : l'ensemble des munitions détenues par un État, dans les dépôts, les casernes "
            "et les navires.",
            "* <b>Rapport de transparence</b> : le rapport annuel exigé par l'article 7.",
            "* <b>Vérification</b> : le contrôle, par une autre instance que le gouvernement déclarant, de "
            "la conformité d'un rapport à la réalité.",
            "* <b>Marquage des lots</b> : le numéro imprimé sur les munitions et leur emballage qui "
            "identifie le lot de production.",
            "* <b>Explosion accidentelle</b> : une explosion non intentionnelle sur un site de munitions, "
            "souvent due au vieillissement des munitions, à la chaleur ou à un stockage inadapté.",
            "## Ce que demande la coalition",
            "1. Un mécanisme permanent de vérification habilité à visiter un échantillon des stocks déclarés.",
            "2. Un modèle commun et public pour les rapports de transparence.",
            "3. Un fonds d'affectation spéciale volontaire pour la sécurité des stocks et l'assistance aux "
            "victimes.",
            "<q s=diallo>La transparence vous dit ce qu'affirme un gouvernement. La vérification vous dit "
            "si c'est vrai</q>, affirme Dr Amara Diallo, directrice de la Coalition Lanterne.",
            "## Agir",
            "Signez la pétition pour un mécanisme de vérification des munitions sur "
            "<a href=\"https://example.org/petition\">example.org/petition</a> et suivez la conférence avec "
            "nous sur <a href=\"https://social.example.org/@lanterncoalition\">@lanterncoalition</a>.",
            "~ Tous les chiffres se rapportent à une convention fictive et font partie d'un dossier de presse "
            "d'exemple.",
        ],
    },
]

ADVISORY = {
    "path": "briefings/MEDIA ADVISORY - press conference 18 Nov (survivors + new analysis).html",
    "kind": "briefing", "layout": "html", "lang": "en", "date": "2026-11-17", "group": "advisory-18nov",
    "title": "Media advisory: survivors' press conference and launch of new analysis, 18 November",
    "keywords": ["media advisory", "press conference", "survivors", "analysis"],
    "body": [
        "~ Lantern Coalition for Arms Control · Issued 17 November 2026, 16:00 CET",
        "## What",
        "Press conference with survivors of ammunition depot explosions, and launch of <i>Counting what "
        "kills</i>, a new analysis of ammunition transfers reported under the CCCA since 2018.",
        "## When",
        "Wednesday 18 November 2026, 11:00 to 11:45 CET. Embargo on the analysis until 11:00 CET.",
        "## Where",
        "Press Room III, Palais Rivière, Geneva. Live stream on the coalition's social account.",
        "## Who",
        "* Dr Amara Diallo, Director, Lantern Coalition for Arms Control (English, French)",
        "* Kwame Asante-Boateng, Coordinator, Survivors' Voices Network (English)",
        "* Professor Lena Vogt, Senior Researcher, Halden Institute for Security Research (English, German)",
        "* Moderator: Daniel Okafor, Communications Director, Lantern Coalition",
        "## Why it matters",
        "<q s=okafor>Delegations will decide this week whether anyone can ever check what governments "
        "report about their ammunition. Journalists will hear, for the first time, from the people who "
        "live next to the depots,</q> said Daniel Okafor.",
        "## Interviews and accreditation",
        "Journalists without a conference badge can follow the live stream and request interviews by "
        "email. Spokespeople are available in English and French throughout the week.",
        "* Sophie Lemaire, Media Officer (English, French): sophie.lemaire@example.org, +41 22 000 00 11",
        "* Camille Roux, French-language Press Officer: camille.roux@example.org, +41 22 000 00 13",
        "Live stream and updates: <a href=\"https://social.example.org/@lanterncoalition\">"
        "social.example.org/@lanterncoalition</a> · Petition: <a href=\"https://example.org/petition\">"
        "example.org/petition</a>",
    ],
}

BRIEFING_MD = {
    "path": "briefings/briefing-note_5-questions-on-verification.md",
    "kind": "briefing", "layout": "markdown", "lang": "en", "date": "2026-11-15", "group": "briefing-verification",
    "title": "Briefing note for journalists: five questions about ammunition verification",
    "keywords": ["briefing", "verification", "journalists", "ammunition"],
    "body": [
        "~ Lantern Coalition for Arms Control, 15 November 2026. For background; quotes may be used with "
        "attribution.",
        "## 1. What is being negotiated?",
        "The Eighth Review Conference of the Convention on the Control of Conventional Ammunition (CCCA) "
        "meets in Geneva from 16 to 20 November 2026. Its draft final document contains, in square "
        "brackets, an option for a <q mark=straight scare>technical verification mechanism</q>. Whether "
        "those brackets survive is the main question of the week.",
        "## 2. What would verification look like?",
        "A small technical secretariat would compare exporters' and importers' reports, ask governments "
        "to explain large gaps, and visit a sample of declared stockpiles. Professor Lena Vogt of the "
        "Halden Institute for Security Research puts it this way: <q mark=straight s=vogt>Nobody is "
        "proposing to count every cartridge. We are proposing to check a sample, the way every auditor "
        "in the world already does.</q>",
        "## 3. Who is for it and who is against it?",
        "Before the conference, 38 States Parties had spoken in favour of some form of verification and "
        "19 against. More than 60 have not taken a public position. Opponents argue that verification "
        "would be costly and would expose sensitive military information.",
        "Hélène Marchetti, the coalition's Policy Director, answers the second objection directly: "
        "<q mark=straight s=marchetti>A sample of lot numbers reveals less about a country's defence than "
        "its own annual budget does. The objection is not about secrecy; it is about habit.</q>",
        "## 4. Why now?",
        "Because reporting is getting worse, not better: 71 States Parties reported for 2018, only 61 "
        "for 2025. And because unplanned explosions at munitions sites keep happening. The most recent "
        "one recorded by the coalition's monitor killed 11 people in August 2026.",
        "## 5. What happens if verification is dropped?",
        "The most likely alternative is an open-ended working group that would <q mark=straight scare>"
        "study options</q> until the next review conference in 2031. The coalition considers this a "
        "postponement. Dr Amara Diallo, its Director, said on Friday: <q s=diallo>Five years is a long "
        "time for a depot that is already leaking. Ask the people who live next to one.</q>",
        "## Contacts",
        "* Sophie Lemaire, Media Officer (EN/FR): sophie.lemaire@example.org, +41 22 000 00 11",
        "* Daniel Okafor, Communications Director (EN): daniel.okafor@example.org, +41 22 000 00 12",
        "Sign the petition: https://example.org/petition",
    ],
}

CONTACTS_TXT = {
    "path": "Media contacts - Lantern Coalition RevCon8.txt",
    "kind": "media-contacts", "layout": "text", "lang": "en", "date": "2026-11-14", "group": "media-contacts",
    "title": "Media contacts: Lantern Coalition at the Eighth Review Conference",
    "keywords": ["media contacts", "press office", "interviews"],
}

# ---------------------------------------------------------------------------------------------
# Photos: scene (drawn by the generator), caption, credit, copyright and where they are stored
# ---------------------------------------------------------------------------------------------

COPYRIGHT_FREE = "© 2026 Lantern Coalition for Arms Control. Free for editorial use with credit."

PHOTOS = [
    {
        "path": "photos/RevCon8_Opening-Plenary_16Nov2026_001.jpg", "scene": "plenary", "size": (1600, 1067),
        "date": "2026-11-16", "lang": "en",
        "caption": "Delegates take their seats in the main hall of the Palais Rivière as the Eighth Review "
                   "Conference of the Convention on the Control of Conventional Ammunition opens in Geneva, "
                   "16 November 2026.",
        "credit": "Tomasz Nowak / Lantern Coalition", "creator": "Tomasz Nowak", "copyright": COPYRIGHT_FREE,
        "store": ["exif", "xmp", "iptc"],
    },
    {
        "path": "photos/Diallo_podium_16-11-2026.jpg", "scene": "podium", "size": (1600, 1067),
        "date": "2026-11-16", "lang": "en",
        "caption": "Dr Amara Diallo, Director of the Lantern Coalition for Arms Control, delivers the "
                   "coalition's statement to the general debate, Geneva, 16 November 2026.",
        "credit": "Aiko Tanaka / Lantern Coalition", "creator": "Aiko Tanaka", "copyright": COPYRIGHT_FREE,
        "store": ["exif", "xmp", "iptc"],
    },
    {
        "path": "photos/manif-banderole-17nov.jpg", "scene": "banner", "size": (1600, 1067),
        "date": "2026-11-17", "lang": "fr",
        "caption": "Des militantes et militants de la Coalition Lanterne déploient une banderole « Pas de "
                   "vérification, pas de confiance » devant le Palais Rivière, à Genève, le 17 novembre 2026. "
                   "Photo : Marie Dupont",
        "credit": "", "creator": "", "copyright": "© 2026 Coalition Lanterne. Libre de droits pour un usage éditorial.",
        "store": ["exif", "xmp"],
    },
    {
        "path": "photos/press_conf_survivors_18.11.jpg", "scene": "pressconf", "size": (1600, 1067),
        "date": "2026-11-18", "lang": "en",
        "caption": "Kwame Asante-Boateng (centre) speaks at the coalition's press conference with survivors "
                   "of ammunition depot explosions, Geneva, 18 November 2026. Photo credit: Jane Roe / "
                   "Lantern Coalition",
        "credit": "", "creator": "", "copyright": "",
        "store": ["exif", "xmp"],
    },
    {
        "path": "photos/DSC_0193.JPG", "scene": "portrait", "size": (1067, 1600), "orientation": 6,
        "date": "2026-11-19", "lang": "en",
        "caption": "Professor Lena Vogt of the Halden Institute for Security Research presents verification "
                   "options to Working Group II, Geneva, 19 November 2026.",
        "credit": "Aiko Tanaka / Lantern Coalition", "creator": "Aiko Tanaka", "copyright": COPYRIGHT_FREE,
        "store": ["exif", "xmp"],
    },
    {
        "path": "photos/vigil_candles_19Nov.jpg", "scene": "vigil", "size": (1600, 1067),
        "date": "2026-11-19", "lang": "en",
        "caption": "Candles spell out the word COUNT during a vigil for the victims of unplanned explosions "
                   "at munitions sites, outside the Palais Rivière, Geneva, 19 November 2026. © Tomasz Nowak",
        "credit": "", "creator": "", "copyright": "",
        "store": ["exif", "xmp"],
    },
    {
        "path": "photos/corridor_delegates_19-11-2026.png", "scene": "corridor", "size": (1200, 800),
        "date": "2026-11-19", "lang": "en",
        "caption": "Delegates and campaigners talk in the corridor outside Room XVII between sessions of "
                   "Working Group II, Geneva, 19 November 2026.",
        "credit": "Jane Roe / Lantern Coalition", "creator": "Jane Roe", "copyright": COPYRIGHT_FREE,
        "store": ["exif", "xmp", "png-text"],
    },
    {
        "path": "photos/graphics/infographic_stockpile-gap_2026.webp", "scene": "infographic",
        "size": (1200, 800), "date": "2026-11-18", "lang": "en",
        "caption": "Infographic: share of reported ammunition exports with no matching import record, by "
                   "category, 2018–2025. Source: Lantern Coalition analysis of CCCA Article 7 reports.",
        "credit": "Lantern Coalition graphics desk", "creator": "Lantern Coalition", "copyright": COPYRIGHT_FREE,
        "store": ["exif", "xmp"],
    },
    {
        "path": "photos/banner_closing_20nov.jpg", "scene": "closing", "size": (1600, 1067),
        "date": "2026-11-20", "lang": "en",
        "caption": "Campaigners hold a banner reading 'Half a step is not enough' as the Eighth Review "
                   "Conference closes, Geneva, 20 November 2026.",
        "credit": "Samuel Ortiz / Lantern Coalition", "creator": "Samuel Ortiz", "copyright": COPYRIGHT_FREE,
        "store": ["sidecar"],
    },
]

ALL_DOCUMENTS = PRESS_RELEASES + STATEMENTS + NEWSLETTERS + [ANALYSIS, SUMMARY] + FACT_SHEETS + [
    ADVISORY, BRIEFING_MD, CONTACTS_TXT]
