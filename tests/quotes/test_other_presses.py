"""Attribution as other writers of the press write it, in English and French, none of them in an evaluation half:
wire copy (Reuters, AP, AFP, Belga), a feature magazine, UN summary records (« Ms. AUMONT (Varnia) said that
… »), a radio transcript's turns in capitals, live blogs ("**11:05** — NAME on the draft: “…”"), Swiss,
Belgian, Canadian and African French (« relève le conseiller fédéral NAME », « a indiqué à Belga la ministre
NAME », « s’est réjouie la mairesse de Montréal, NAME », « au micro de RFI »), « de l’avis de », « aux dires
de », « par la voix de sa ministre NAME », « fait-on valoir dans l’entourage de la ministre ». The sentences
are written for these tests: each gives the speaker of its (last) quotation and her organisation ("" for
none).
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

FORMS = [
    ('“We will not sign this text tonight,” Ambassador Lise Aumont of Varnia told Reuters on Tuesday.',
     'Lise Aumont', 'Varnia'),
    ("Varnia's foreign minister, Piet Osterholt, said in a statement: “The text is dead and everybody knows it.”",
     'Piet Osterholt', 'Varnia'),
    ("“The text is dead and everybody knows it,” said Piet Osterholt, Varnia's foreign minister, adding that talks would resume.",
     'Piet Osterholt', 'Varnia'),
    ('A senior Western diplomat, speaking on condition of anonymity because the talks were private, said: “Nobody wants to be blamed for this.”',
     '', ''),
    ('“Nobody wants to be blamed for this,” one European negotiator said.',
     '', ''),
    ('Osterholt, 61, a former judge, said the clause “cannot stand as drafted and will not survive the night.”',
     'Osterholt', ''),
    ('Lise Aumont remembers the night the dyke broke. “The water came in through the kitchen,” she says, pouring tea.',
     'Lise Aumont', ''),
    ('Ms. AUMONT (Varnia) said that her delegation “could not accept a deadline that came without the money to meet it”.',
     'Aumont', 'Varnia'),
    ('ANCHOR: Lise Aumont joins us from Varnia. Ambassador, what did you tell the plenary?\n\nAUMONT: I told them, “We will not sign a text that drowns us.”',
     'Lise Aumont', ''),
    ("**11:05** — Varnia's Lise Aumont on the draft: “It is weaker than yesterday's, and yesterday's was weak.”",
     'Lise Aumont', 'Varnia'),
    ('In a post on X, Piet Osterholt wrote: “The text is dead. Long live the text.”',
     'Piet Osterholt', ''),
    ("Varnia's Aumont: “We will not sign this text tonight”\n\nLise Aumont left the room at midnight.",
     'Lise Aumont', 'Varnia'),
    ('“It is the best day of my life,” beamed Lise Aumont.',
     'Lise Aumont', ''),
    ('Asked whether Varnia would sign, Lise Aumont shook her head. “Not this text, not tonight, not ever.”',
     'Lise Aumont', ''),
    (f'«{NB}Nous ne signerons pas ce texte{NB}», a déclaré mardi à l’AFP l’ambassadrice de Varnie, Lise Aumont.',
     'Lise Aumont', 'Varnie'),
    (f'«{NB}C’est un texte mort, et tout le monde le sait{NB}», tranche Piet Osterholt, ministre des affaires étrangères de Varnie.',
     'Piet Osterholt', 'Varnie'),
    (f'«{NB}On ne peut pas négocier avec une montre dans une main et un chéquier vide dans l’autre{NB}», relève le conseiller fédéral Urs Brändli.',
     'Urs Brändli', ''),
    (f'«{NB}Nous sommes déçus par ce texte{NB}», a indiqué à Belga la ministre Sophie Wilmès-Dubois.',
     'Sophie Wilmès-Dubois', ''),
    (f'«{NB}On ne lâchera pas le morceau{NB}», a lancé la ministre de l’Environnement du Québec, Marie-Ève Tremblay, en point de presse.',
     'Marie-Ève Tremblay', 'Québec'),
    (f'«{NB}Le Sahel n’attendra pas{NB}», a martelé le ministre sénégalais de l’Environnement, Alioune Ndiaye, au micro de RFI.',
     'Alioune Ndiaye', ''),
    (f'Me Aïssatou Diop, avocate des familles, estime que «{NB}la justice ne peut pas attendre la prochaine réunion{NB}».',
     'Aïssatou Diop', ''),
    (f'Selon le chef de l’État, «{NB}la Varnie ne cédera pas sur ce point{NB}».',
     '', ''),
    (f'Lise Aumont habite au bord de la digue. «{NB}L’eau est entrée par la cuisine{NB}», raconte-t-elle.',
     'Lise Aumont', ''),
    (f'JOURNALISTE : Que leur avez-vous dit ?\n\nLISE AUMONT : Je leur ai dit :{NB}«{NB}Nous ne signerons pas un texte qui nous noie.{NB}»',
     'Lise Aumont', ''),
    (f'**11 h 05** — La ministre varnienne Lise Aumont sort de la salle :{NB}«{NB}C’est plus faible qu’hier, et hier c’était faible.{NB}»',
     'Lise Aumont', ''),
    (f'Alioune Ndiaye est arrivé tard. «{NB}Ce texte ne passera pas{NB}», a-t-il confié à Jeune Afrique.',
     'Alioune Ndiaye', ''),
    (f'De l’avis de Lise Aumont, «{NB}ce texte ne passera ni la nuit ni demain{NB}».',
     'Lise Aumont', ''),
    (f'Aux dires de l’ambassadrice Lise Aumont, «{NB}personne ne veut porter le chapeau ce soir{NB}».',
     'Lise Aumont', ''),
    (f'«{NB}C’est une journée historique pour nous{NB}», s’est réjouie la mairesse de Montréal, Valérie Lafleur.',
     'Valérie Lafleur', ''),
    (f'Interrogé par Le Temps, Urs Brändli a répondu :{NB}«{NB}La Suisse ne bloquera rien.{NB}»',
     'Urs Brändli', ''),
    (f'Pour le ministre-président wallon, Elio Marchetti, «{NB}la Wallonie ne signera pas en l’état{NB}».',
     'Elio Marchetti', ''),
    ('Speaking to the BBC, Aumont said the deal was “dead in the water, and everybody in that room knows it”.',
     'Aumont', ''),
    ('“The water came in through the kitchen,” recalls Aumont, now 72.',
     'Aumont', ''),
    ('Dr. Ama Owusu-Ansah, a physician with Médecins du Monde, put it simply: “We are counting bodies, not pledges.”',
     'Ama Owusu-Ansah', 'Médecins du Monde'),
    ('“We are counting bodies, not pledges,” Owusu-Ansah, of Médecins du Monde, said by phone from Accra.',
     'Owusu-Ansah', 'Médecins du Monde'),
    ('The representative of Varnia said that “no deadline can be met without the means to meet it”.',
     '', 'Varnia'),
    (f'Le représentant de la Varnie a déclaré qu’«{NB}aucune échéance ne peut être tenue sans les moyens{NB}».',
     '', 'Varnie'),
    ('“We counted thirty empty fields this morning,” noted Amaru Quispe, who coordinates the counts.',
     'Amaru Quispe', ''),
    (f'«{NB}On a compté trente champs vides ce matin{NB}», note Amaru Quispe, qui coordonne les comptages.',
     'Amaru Quispe', ''),
    ('“We are close,” Osterholt told reporters. “But close is not done, and done is not signed.”',
     'Osterholt', ''),
    ("Ms Aumont, who has led Varnia's delegation since 2019, was blunt. “This is the worst text I have read in ten years.”",
     'Aumont', 'Varnia'),
    (f'La Varnie a fait savoir, par la voix de sa ministre Lise Aumont, que «{NB}rien ne sera signé sans budget{NB}».',
     'Lise Aumont', 'Varnie'),
    (f'«{NB}Rien ne sera signé sans budget{NB}», fait-on valoir dans l’entourage de la ministre.',
     '', ''),
    ('“Nothing will be signed without a budget,” a spokesperson for the Varnian foreign ministry said. Varnia has said so before.',
     '', 'Varnia'),
    (f'Chez les ONG, le ton est amer. «{NB}On nous a promis des sites, on repart avec des promesses{NB}», lâche Amaru Quispe, de la Fédération des pêcheurs.',
     'Amaru Quispe', 'Fédération des pêcheurs'),
    ('The minister — Lise Aumont, 54, a former marine biologist — did not mince words: “This text drowns us.”',
     'Lise Aumont', ''),
]


@pytest.mark.parametrize("text, speaker, organisation", FORMS)
def test_the_speaker_and_organisation_of_other_writers(text, speaker, organisation):
    got = quotes(text)
    assert got, text
    assert (got[-1].speaker, got[-1].organisation) == (speaker, organisation)


#: whom a person or an unnamed source speaks for, as wire copy and French papers give it: a relative clause
#: ("who heads the Trust's policy unit", « qui dirige le plaidoyer de la Fondation »), a possessive acronym
#: ("GHT's NAME"), a body's name before the role ("UN Environment chief NAME"), a State's adjective with its
#: government or delegation (« le gouvernement varnien », "a Varnian government spokesman"), a French name
#: that ends on an adjective (« l’Union des pêcheurs côtiers »)
ORG_FORMS = [
    ('“We have run out of patience,” said Hana Sedlak, policy lead at Green Harbour Trust.',
     'Hana Sedlak', 'Green Harbour Trust'),
    ("“We have run out of patience,” said Hana Sedlak, who heads the Green Harbour Trust's policy unit.",
     'Hana Sedlak', 'Green Harbour Trust'),
    ('Hana Sedlak (Green Harbour Trust) told the briefing: “We have run out of patience with this text.”',
     'Hana Sedlak', 'Green Harbour Trust'),
    ("“We have run out of patience,” the Green Harbour Trust's Hana Sedlak said.",
     'Hana Sedlak', 'Green Harbour Trust'),
    ("“We have run out of patience,” said GHT's Hana Sedlak.",
     'Hana Sedlak', 'GHT'),
    (f'«{NB}Nous avons perdu patience{NB}», a déclaré Hana Sedlak, responsable du plaidoyer à la Fondation Port-Vert.',
     'Hana Sedlak', 'Fondation Port-Vert'),
    (f'«{NB}Nous avons perdu patience{NB}», a déclaré Hana Sedlak, de la Fondation Port-Vert, à l’issue de la séance.',
     'Hana Sedlak', 'Fondation Port-Vert'),
    (f'Hana Sedlak, qui dirige le plaidoyer de la Fondation Port-Vert, l’a dit sans détour :{NB}«{NB}Nous avons perdu patience.{NB}»',
     'Hana Sedlak', 'Fondation Port-Vert'),
    ('“Our members cannot wait another year,” said a statement from the Union of Coastal Fishers.',
     '', 'Union of Coastal Fishers'),
    ('The Union of Coastal Fishers said in a statement that “our members cannot wait another year”.',
     '', 'Union of Coastal Fishers'),
    (f'Dans un communiqué, l’Union des pêcheurs côtiers estime que «{NB}ses membres ne peuvent pas attendre une année de plus{NB}».',
     '', 'Union des pêcheurs côtiers'),
    ("“Our members cannot wait another year,” the union's general secretary, Pavel Ondra, said.",
     'Pavel Ondra', ''),
    ("Varnia's delegation said in a statement: “Varnia will not be bound by a deadline without money.”",
     '', 'Varnia'),
    ('Varnia abstained. The Varnian delegation, in a statement, said that “no deadline binds a State without the means”.',
     '', 'Varnia'),
    ('“No deadline binds a State without the means,” a Varnian government spokesman told reporters. Varnia has long said so.',
     '', 'Varnia'),
    (f'Le gouvernement varnien a fait savoir que «{NB}aucune échéance n’engage un État sans les moyens{NB}». La Varnie insiste.',
     '', 'Varnie'),
    ('UN Environment chief Ines Kallberg told delegates: “The money is the text.”',
     'Ines Kallberg', 'UN Environment'),
    ('“The money is the text, and the text is the money,” Kallberg, who heads UN Environment, told delegates.',
     'Kallberg', 'UN Environment'),
    ('“The money is the text, and the text is the money,” said Kallberg of UN Environment.',
     'Kallberg', 'UN Environment'),
]


@pytest.mark.parametrize("text, speaker, organisation", ORG_FORMS)
def test_whom_the_words_speak_for(text, speaker, organisation):
    got = quotes(text)
    assert got, text
    assert (got[-1].speaker, got[-1].organisation) == (speaker, organisation)


#: two people named together, then "the latter" / "the former" / « ce dernier » / « la première »; « dixit »;
#: an interview's answer reporting "my prime minister"; a dash-led answer reporting someone unnamed; a person
#: with her State in brackets before a colon, in English and French; a role then a name after an inverted verb
MORE_FORMS = [
    ('Lise Aumont and Piet Osterholt met at noon. “We agreed on nothing, but we agreed to meet again,” the latter said.',
     'Piet Osterholt', ''),
    ('Lise Aumont and Piet Osterholt met at noon. “We agreed on nothing, but we agreed to meet again,” the former said.',
     'Lise Aumont', ''),
    ('“We agreed on nothing,” Aumont said of her meeting with Osterholt. Lise Aumont chairs the group.',
     'Lise Aumont', ''),
    (f'«{NB}On ne s’est mis d’accord sur rien{NB}», dixit Lise Aumont, à la sortie de la réunion.',
     'Lise Aumont', ''),
    ('Interview: Lise Aumont, ambassador of Varnia\n\nQ: Will Varnia sign?\n\nA: No. My prime minister told me before I left: “Do not sign anything that drowns us.”',
     '', 'Varnia'),
    (f'— Que vous a dit le président ?\n\n— Il m’a dit :{NB}«{NB}Ne signez rien qui nous noie.{NB}»',
     '', ''),
    ('Lise Aumont (Varnia): “We will not sign anything that drowns us.”',
     'Lise Aumont', 'Varnia'),
    (f'Lise Aumont (Varnie) :{NB}«{NB}Nous ne signerons rien qui nous noie.{NB}»',
     'Lise Aumont', 'Varnie'),
    ('The ambassador of Varnia, Lise Aumont, who chaired the contact group, was asked whether she would sign. “Not tonight, and not this text,” she replied.',
     'Lise Aumont', 'Varnia'),
    (f'«{NB}Pas ce soir, et pas ce texte{NB}», a répondu l’ambassadrice, Lise Aumont, interrogée sur une éventuelle signature.',
     'Lise Aumont', ''),
    ("Piet Osterholt spoke first. Then Lise Aumont, Varnia's ambassador, took the floor. “Not tonight,” she said, “and not this text.”",
     'Lise Aumont', 'Varnia'),
    ('Piet Osterholt spoke first. He was followed by Lise Aumont. “Not tonight, and not this text,” he added.',
     'Piet Osterholt', ''),
    (f'Pour Lise Aumont, ambassadrice de la Varnie, «{NB}ce texte noie les petits États{NB}».',
     'Lise Aumont', 'Varnie'),
    (f'Lise Aumont a croisé Piet Osterholt dans le couloir. «{NB}On ne s’est mis d’accord sur rien{NB}», a glissé ce dernier.',
     'Piet Osterholt', ''),
    (f'Lise Aumont a croisé Piet Osterholt dans le couloir. «{NB}On ne s’est mis d’accord sur rien{NB}», a glissé la première.',
     'Lise Aumont', ''),
]


@pytest.mark.parametrize("text, speaker, organisation", MORE_FORMS)
def test_more_forms_of_other_writers(text, speaker, organisation):
    got = quotes(text)
    assert got, text
    assert (got[-1].speaker, got[-1].organisation) == (speaker, organisation)


#: titles, slogans, nicknames, scare quotes and draft text as other writers quote them: none is a quotation
NOT_QUOTATIONS = [
    "Her new book, “The Last Crossing: Cranes and the People Who Count Them”, came out in May.",
    "The documentary “Where the Cranes Rest” played to a full room on Thursday.",
    f"Son livre, «{NB}Le dernier passage{NB}», paraît en mai chez un petit éditeur de Lunesse.",
    f"Le documentaire «{NB}Là où dorment les grues{NB}» a été projeté jeudi devant une salle comble.",
    "The campaign “Lights Out for Flyways” has collected 40,000 signatures.",
    f"La campagne «{NB}Pas un oiseau de plus{NB}» a recueilli 40 000 signatures.",
    "Reading: “Counting Cranes in a Warming World”, Varne Institute Working Paper 12, 2026.",
    "The hashtag “#NotOneMoreWetland” trended in Lunesse on Tuesday.",
    "Some delegates call hunters the “custodians” of the marshes.",
    "The so-called “flexibility clause” would let Parties delay for five years.",
    f"Certains parlent déjà d’une «{NB}clause de souplesse{NB}» qui laisserait cinq ans de plus aux Parties.",
    "What the draft calls “wise use” is, for the villages, simply drainage by another name.",
    "Delegates have nicknamed the chair “the Heron” for his patience.",
    "Paragraph 7 of the draft decision “requests the Secretariat to report on progress at the next meeting”.",
    f"L’article 4 du projet prévoit que les Parties «{NB}désignent et protègent les sites critiques{NB}».",
    "The compromise text now reads: “Parties shall endeavour to phase out lead ammunition by 2030.”",
    "The bracketed text, “[shall][should] phase out lead shot”, remained unresolved at midnight.",
]


@pytest.mark.parametrize("text", NOT_QUOTATIONS)
def test_what_other_writers_quote_that_nobody_said(text):
    assert quotes(text) == []


#: the page around the words: a photo caption with its credit, a table of reactions, a French quotation over
#: two paragraphs followed by « C’est ainsi que NAME … a conclu », a name wrapped at a line end, a dateline in
#: capitals before a headline ("VARNIA — Ambassador NAME:": a place, no organisation), a podium line; and a
#: pronoun before the name it stands for ("There was, she said, …"): nobody, rather than a guess
PAGE_FORMS = [
    ("Photo: Lise Aumont, Varnia's ambassador, at the closing plenary. “We will be back,” she said. (Credit: J. Morel)",
     'Lise Aumont', 'Varnia'),
    ('| Speaker | Organisation | Quote |\n|---|---|---|\n| Lise Aumont | Varnia | “We will not sign anything that drowns us.” |',
     'Lise Aumont', 'Varnia'),
    (f'«{NB}Nous reviendrons,\n\n«{NB}et nous reviendrons avec des sites.{NB}»\n\nC’est ainsi que Lise Aumont, ambassadrice de la Varnie, a conclu.',
     'Lise Aumont', 'Varnie'),
    ("“We will be back,” Aumont, Varnia's\nambassador, said after the vote. Lise Aumont has led the delegation since 2019.",
     'Lise Aumont', 'Varnia'),
    ('VARNIA — Ambassador Lise Aumont: “We will not sign anything that drowns us.”',
     'Lise Aumont', ''),
    ('Lise Aumont, ambassador of Varnia, at the podium on Friday: “We will not sign anything that drowns us.”',
     'Lise Aumont', 'Varnia'),
    (f'L’ambassadrice de la Varnie, Lise Aumont, n’a pas mâché ses mots vendredi :{NB}«{NB}Nous ne signerons rien qui nous noie.{NB}»',
     'Lise Aumont', 'Varnie'),
    ('Asked about the fund, the ambassador of Varnia, Lise Aumont, was blunt: “There is no fund. There is a promise of a fund.”',
     'Lise Aumont', 'Varnia'),
    ("There was, she said, “no fund, only a promise of a fund, and promises do not drain fields.” Lise Aumont, Varnia's ambassador, spoke last.",
     '', ''),
    (f'Selon l’ambassadrice de la Varnie, Lise Aumont, «{NB}il n’y a pas de fonds, seulement la promesse d’un fonds{NB}».',
     'Lise Aumont', 'Varnie'),
    ('According to Lise Aumont, ambassador of Varnia, “there is no fund, only the promise of a fund.”',
     'Lise Aumont', 'Varnia'),
    ('“There is no fund,” according to Lise Aumont, ambassador of Varnia. “Only the promise of a fund.”',
     'Lise Aumont', 'Varnia'),
]


@pytest.mark.parametrize("text, speaker, organisation", PAGE_FORMS)
def test_the_page_around_the_words(text, speaker, organisation):
    got = quotes(text)
    assert got, text
    assert (got[-1].speaker, got[-1].organisation if speaker else "") == (speaker, organisation)


#: Swiss, Belgian, Canadian and West African French and English copy naming bodies: a federal department's
#: acronym, « l’ONG X » / "the NGO X" / "the Burkina-based NGO X" (the kind of body is no part of its name), a
#: place between an inverted verb and the name (« a lancé à Ouagadougou NAME, qui dirige … »), « Le Québec,
#: par la voix de sa ministre …, NAME, a promis »
BODY_FORMS = [
    (f'«{NB}La Suisse ne bloquera rien{NB}», a expliqué à la RTS le porte-parole du DFAE, Urs Brändli.',
     'Urs Brändli', 'DFAE'),
    (f'Selon le porte-parole de la Commission européenne, Marc Delvaux, «{NB}l’Union ne signera pas en l’état{NB}».',
     'Marc Delvaux', 'Commission européenne'),
    (f'«{NB}Nos marais ne sont pas à vendre{NB}», a déclaré Awa Traoré, directrice exécutive de l’ONG Sahel Vert.',
     'Awa Traoré', 'Sahel Vert'),
    (f'«{NB}Nos marais ne sont pas à vendre{NB}», a lancé à Ouagadougou Awa Traoré, qui dirige l’ONG Sahel Vert.',
     'Awa Traoré', 'Sahel Vert'),
    (f'Awa Traoré, de l’ONG Sahel Vert, ne décolère pas :{NB}«{NB}Nos marais ne sont pas à vendre.{NB}»',
     'Awa Traoré', 'Sahel Vert'),
    ('“Our marshes are not for sale,” said Awa Traoré of the NGO Sahel Vert.',
     'Awa Traoré', 'Sahel Vert'),
    ('“Our marshes are not for sale,” said Awa Traoré, executive director of the Burkina-based NGO Sahel Vert.',
     'Awa Traoré', 'Sahel Vert'),
    (f'«{NB}On ne négocie pas avec la faim{NB}», a martelé la ministre burkinabè de l’Environnement, Aminata Sawadogo.',
     'Aminata Sawadogo', ''),
    (f'Le Québec, par la voix de sa ministre de l’Environnement, Marie-Ève Tremblay, a promis que «{NB}l’argent suivra, et vite{NB}».',
     'Marie-Ève Tremblay', 'Québec'),
    ('“The money will follow,” Quebec Environment Minister Marie-Eve Tremblay told reporters in Montreal.',
     'Marie-Eve Tremblay', ''),
]


@pytest.mark.parametrize("text, speaker, organisation", BODY_FORMS)
def test_bodies_as_other_presses_name_them(text, speaker, organisation):
    got = quotes(text)
    assert got, text
    assert (got[-1].speaker, got[-1].organisation) == (speaker, organisation)


#: names of many languages as wire copy writes them: "Dr al-Sayed", a Spanish double surname alone after the
#: full name ("García López said"), "Mr. van den Berg" / « M. van den Berg » (particles after a title open the
#: surname), "Ms Nguyen" (a family name first), "Xi Wen of China's delegation" (a person, then her State; not an
#: owner "Xi Wen of China"), "the envoy" before anybody was given that role (nobody)
NAME_FORMS = [
    ('Dr Abdel-Rahman al-Sayed, a surgeon from Kessa, was blunt. “We are counting bodies, not pledges,” Dr al-Sayed said.',
     'Abdel-Rahman al-Sayed', ''),
    ("María José García López, Varnia's deputy minister, spoke last. “We will not sign,” García López said.",
     'María José García López', 'Varnia'),
    ('Ambassador Lise Aumont met Minister Ana Varga on Friday. Varga, who chairs the group, was firm. “There is no fund,” she said.',
     'Ana Varga', ''),
    ("“There is no fund,” said the envoy. Varnia's envoy, Lise Aumont, had arrived on Monday.",
     '', ''),
    ("Lise Aumont, Varnia's envoy, arrived on Monday. “There is no fund,” the envoy said on Tuesday.",
     'Lise Aumont', 'Varnia'),
    (f'M. van den Berg, le chef de la délégation néerlandaise, a été clair :{NB}«{NB}Il n’y a pas de fonds.{NB}»',
     'van den Berg', ''),
    ('“There is no fund,” said Mr. van den Berg, head of the Dutch delegation.',
     'van den Berg', 'Dutch delegation'),
    ("“There is no fund,” Nguyen Thi Lan, Vietnam's vice-minister, told the plenary.",
     'Nguyen Thi Lan', 'Vietnam'),
    ("Ms Nguyen, Vietnam's vice-minister, told the plenary: “There is no fund, only promises.”",
     'Nguyen', 'Vietnam'),
    ("“There is no fund, only promises,” Xi Wen of China's delegation said.",
     'Xi Wen', 'China'),
]


@pytest.mark.parametrize("text, speaker, organisation", NAME_FORMS)
def test_names_of_many_languages(text, speaker, organisation):
    got = quotes(text)
    assert got, text
    assert (got[-1].speaker, got[-1].organisation) == (speaker, organisation)


#: the publisher and bodies as sources ("it said in a statement", « se réjouit la coalition », "As we said on
#: Monday"), and words someone reports from someone else inside her own clause ("NAME recalled what a
#: fisherman had told her:", « NAME a rapporté ce qu’un pêcheur lui avait dit : »: the fisherman, unnamed)
SOURCE_FORMS = [
    ('The Harbour Coalition welcomed the vote. “This is the first good news of the week,” it said in a statement.',
     '', 'Harbour Coalition'),
    ('“We came for a fund and we leave with one,” the coalition said as the meeting closed.',
     '', 'Harbour Coalition'),
    (f'«{NB}Nous sommes venus chercher un fonds et nous repartons avec un fonds{NB}», se réjouit la coalition.',
     '', 'Harbour Coalition'),
    ('We welcome the decision. As we said on Monday, “a fund without money is a promise, not a fund.”',
     '', 'Harbour Coalition'),
    ('In her speech, Lise Aumont recalled what a fisherman had told her: “The sea takes back what you borrow.”',
     '', ''),
    ('In her speech, Lise Aumont recalled what her minister, Piet Osterholt, had told her: “The sea takes back what you borrow.”',
     'Piet Osterholt', ''),
    (f'Dans son discours, Lise Aumont a rapporté les mots d’un pêcheur :{NB}«{NB}La mer reprend ce qu’on lui emprunte.{NB}»',
     '', ''),
    ('A spokesperson for the Varne Institute said: “The data speak for themselves, and they say: hurry.”',
     '', 'Varne Institute'),
    (f'Une porte-parole de l’Institut Varne a indiqué :{NB}«{NB}Les données parlent d’elles-mêmes, et elles disent : vite.{NB}»',
     '', 'Institut Varne'),
    ('“The data speak for themselves,” the institute said in its annual report. The Varne Institute tracks 400 sites.',
     '', 'Varne Institute'),
    (f'Lise Aumont a rapporté ce qu’un pêcheur lui avait dit :{NB}«{NB}La mer reprend ce qu’on lui emprunte.{NB}»',
     '', ''),
    ('Lise Aumont told us what she had said to the plenary: “The sea takes back what you borrow, always.”',
     'Lise Aumont', ''),
]


@pytest.mark.parametrize("text, speaker, organisation", SOURCE_FORMS)
def test_sources_and_words_reported_inside_a_clause(text, speaker, organisation):
    got = quotes(text)
    assert got, text
    assert (got[-1].speaker, got[-1].organisation) == (speaker, organisation)


#: negotiating groups and chairs as UN and wire copy name them ("speaking for the African Group", « au nom du
#: Groupe africain », "on behalf of the Least Developed Countries", "AOSIS chair NAME", "through its chair
#: NAME"), and a nationality written as a noun before a name (« la Tavrénienne Ada Kowal », « le Sénégalais
#: NAME »: no part of the name)
GROUP_FORMS = [
    ('The chair of the contact group, Tomas Reyes-Vidal of Orlandia, opened the session. Reyes-Vidal was upbeat: “We are closer than we were on Monday.”',
     'Tomas Reyes-Vidal', 'Orlandia'),
    (f'Présidente du groupe de contact, la Tavrénienne Ada Kowal a ouvert la séance :{NB}«{NB}Nous sommes plus proches que lundi.{NB}»',
     'Ada Kowal', ''),
    ('“We are closer than we were on Monday,” Kowal, a Tavrenian diplomat, told reporters.',
     'Kowal', ''),
    ('“We are closer than we were on Monday,” said Ada Kowal, speaking for the African Group.',
     'Ada Kowal', 'African Group'),
    (f'«{NB}Nous sommes plus proches que lundi{NB}», a assuré Ada Kowal, s’exprimant au nom du Groupe africain.',
     'Ada Kowal', 'Groupe africain'),
    ('Ada Kowal, on behalf of the Least Developed Countries, said: “We are closer than we were on Monday.”',
     'Ada Kowal', 'Least Developed Countries'),
    ("“We are closer than we were on Monday,” said Ada Kowal, the group's spokeswoman.",
     'Ada Kowal', ''),
    ('The Alliance of Small Island States, through its chair Ada Kowal, said it was “closer than on Monday, but not close”.',
     'Ada Kowal', 'Alliance of Small Island States'),
    ('“We are closer than we were on Monday,” AOSIS chair Ada Kowal said.',
     'Ada Kowal', 'AOSIS'),
    (f'«{NB}Nous sommes plus proches que lundi, bien plus{NB}», a lancé le Sénégalais Alioune Ndiaye.',
     'Alioune Ndiaye', ''),
]


@pytest.mark.parametrize("text, speaker, organisation", GROUP_FORMS)
def test_groups_chairs_and_nationalities(text, speaker, organisation):
    got = quotes(text)
    assert got, text
    assert (got[-1].speaker, got[-1].organisation) == (speaker, organisation)
