"""A pronoun after a quotation never goes to someone its gender rules out: not to a surname whose sentence speaks
to someone of the pronoun's gender ("Ostrander gave her the floor first. “…,” she said": not Ostrander, who
spoke to her), nor to a person whose first name is of the other gender (« … rejoints par Odile NAME. « … »,
lance-t-il »: not Odile). Written for these tests, in English and French, as wire copy, features, live blogs,
Q&As, newsletters and statements write them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

#: (text, the speaker): the surname the sentence opens on speaks to the one who then speaks
SPOKEN_TO = [
    ("Norvania's trade minister, Ingrid Solvang-Abara, flew in overnight. Ostrander gave her the floor first. "
     "“We can live with a ten-year exit,” she said.", "Ingrid Solvang-Abara"),
    ("The fund's director, Claudia Berenger-Moss, came late to the session. Ostrander thanked her for the figures. "
     "“The money exists, it is simply elsewhere,” she replied.", "Claudia Berenger-Moss"),
    ("14:20 — Karim Adeyemi-Sol takes the microphone. Ostrander interrupts him at once. “Let me finish, please,” "
     "he says.", "Karim Adeyemi-Sol"),
    ("Q: You met Tomas Villaverde-Oye on Monday? A: Yes. In our newsletter we asked him about the fund. Ostrander had "
     "invited him to the briefing. “Nobody will pay for a fund nobody trusts,” he said.", "Tomas Villaverde-Oye"),
    ("Helena Marsk-Odum, who chairs the working group, spoke after the break. Ostrander asked her why the text had "
     "stalled. “Because nobody wants to write the date,” she answered.", "Helena Marsk-Odum"),
    ("In a statement, the delegation of Korlia welcomed Nadia Bellweather-Otu. Ostrander greeted her warmly. “This is "
     "a good day for the workers,” she said.", "Nadia Bellweather-Otu"),
    ("La vice-ministre Ingrid Solvang-Abara est arrivée mardi. Ostrander l’a saluée à l’entrée. « Nous pouvons vivre "
     "avec une sortie en dix ans », a-t-elle déclaré.", "Ingrid Solvang-Abara"),
    ("La directrice du fonds, Claudia Berenger-Moss, est arrivée en retard. Ostrander la remercie pour les chiffres. "
     f"«{NB}L’argent existe, il est simplement ailleurs{NB}», répond-elle.", "Claudia Berenger-Moss"),
    ("14 h 20 — Karim Adeyemi-Sol prend le micro. Ostrander le coupe aussitôt. « Laissez-moi finir », lance-t-il.",
     "Karim Adeyemi-Sol"),
    ("Notre bulletin a rencontré Helena Marsk-Odum, qui préside le groupe de travail. Ostrander l’avait interrogée "
     "la veille. « Personne ne veut écrire la date », a-t-elle répondu.", "Helena Marsk-Odum"),
    ("Dans une déclaration, la délégation de Korlie salue Tomas Villaverde-Oye. Ostrander le remercie au nom des "
     "familles. « C’est une bonne journée pour les ouvriers », a-t-il dit.", "Tomas Villaverde-Oye"),
    ("R : Nadia Bellweather-Otu est venue nous voir. Ostrander l’a accueillie à la porte. « Les familles attendent "
     "depuis dix ans », nous a-t-elle confié.", "Nadia Bellweather-Otu"),
]

#: (text, the speaker): the person named last is of the other gender, by her (his) first name
OTHER_FIRST_NAME = [
    ("Théodule Marchenoir-Asse answered the deputy minister at the door. Odile Verlaque joined them minutes later. "
     "“Ten years is a generation of roofers,” he told her.", "Théodule Marchenoir-Asse"),
    ("10:05 — Gilles Aubertin-Koro leaves the room first. Solène Dufresnoy follows him out. “We will sign nothing "
     "tonight,” he says.", "Gilles Aubertin-Koro"),
    ("Odile Verlaque spoke to reporters after Benoît Carrade-Ilunga had left. “The widows will not wait,” she said.",
     "Odile Verlaque"),
    ("Manon Ferrat-Dossou, the union's lawyer, walked out with the minister. Thierry Lanvin caught up with them. "
     "“The draft is not ready,” she said.", "Manon Ferrat-Dossou"),
    ("Hervé Maloba-Kent, of the coalition, stayed for the vote. Agathe Roussel-Imbert left before it. “I wanted "
     "to see it with my own eyes,” he explained.", "Hervé Maloba-Kent"),
    ("In a statement, Martine Gauvreau-Sy thanked the chair. Didier Okonjo answered her in the hall. “We owe this "
     "to the families,” she added.", "Martine Gauvreau-Sy"),
    ("Théodule Marchenoir-Asse a répondu à la vice-ministre à la sortie. Odile Verlaque les a rejoints quelques "
     "minutes plus tard. « Dix ans, c’est une génération de couvreurs », lui a-t-il lancé.", "Théodule Marchenoir-Asse"),
    ("10 h 05 — Gilles Aubertin-Koro quitte la salle le premier. Solène Dufresnoy le suit. « Nous ne signerons rien "
     "ce soir », lance-t-il.", "Gilles Aubertin-Koro"),
    ("Odile Verlaque a parlé à la presse après le départ de Benoît Carrade-Ilunga. « Les veuves n’attendront pas », "
     "a-t-elle dit.", "Odile Verlaque"),
    ("Manon Ferrat-Dossou, avocate du syndicat, est sortie avec le ministre. Thierry Lanvin les a rattrapés. « Le "
     "projet n’est pas prêt », a-t-elle dit.", "Manon Ferrat-Dossou"),
    ("Hervé Maloba-Kent, de la coalition, est resté pour le vote. Agathe Roussel-Imbert est partie avant. « Je "
     "voulais le voir de mes yeux », explique-t-il.", "Hervé Maloba-Kent"),
    ("Dans une déclaration, Martine Gauvreau-Sy remercie la présidence. Didier Okonjo lui répond dans le hall. "
     "« Nous le devons aux familles », ajoute-t-elle.", "Martine Gauvreau-Sy"),
]


@pytest.mark.parametrize("text, speaker", SPOKEN_TO + OTHER_FIRST_NAME)
def test_a_pronoun_goes_to_no_one_its_gender_rules_out(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


#: a paragraph that names its person after "by" ("chaired by NAME"), whose gender nothing says: the pronoun does
#: not reach back past her to a woman named paragraphs before
BY_EARLIER = "The coalition's press officer, Odile Verlaque-Sy, is following the talks for us.\n\n"
BY_NAME = [
    "12:30 — The finance group is chaired by Kemi Arlanson-Tor. After two delegations asked for a break, “we will "
    "stay until we have a text,” she announced.",
    "The session was opened by Dana Okwuosa-Berg. Nobody expected it. “This is the last week,” she said.",
    "12 h 30 — Le groupe est présidé par Kemi Arlanson-Tor. Après deux demandes de pause, « nous resterons jusqu’à "
    "avoir un texte », a-t-elle annoncé.",
    "La séance a été ouverte par Dana Okwuosa-Berg. Personne ne s’y attendait. « C’est la dernière semaine », "
    "a-t-elle dit.",
]


@pytest.mark.parametrize("text", BY_NAME)
def test_a_pronoun_does_not_reach_back_past_a_person_named_after_by(text):
    assert [q.speaker for q in quotes(BY_EARLIER + text)] in (["Kemi Arlanson-Tor"], ["Dana Okwuosa-Berg"], [""])
