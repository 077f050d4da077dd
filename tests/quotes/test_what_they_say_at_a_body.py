"""Words a sentence gives to a body through an impersonal subject (« chez X, on le dit : « … » », "at X, they
say: “…”") are the body's: nobody speaks them, not the person the sentence before quoted."""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

LEAD_EN = "“A trained warden beats a broken sensor,” said Ilse Marrow-Banjo, coordinator of the Dyke Wardens Network. "
LEAD_FR = ("« Une vigie formée vaut mieux qu'un capteur en panne », assure sa coordinatrice, Ilse Marrow-Banjo, du Réseau "
           "des vigies de digues. ")

CASES = [
    ("At the Dyke Wardens Network, they put it bluntly: “We will not wait for the treaty to train our neighbours.”",
     "Dyke Wardens Network"),
    ("Inside the Dyke Wardens Network, they say it plainly: “Every village needs a siren that works at night.”",
     "Dyke Wardens Network"),
    ("At the Dyke Wardens Network, people say it without detours: “The list is the least the Parties owe us.”",
     "Dyke Wardens Network"),
    ("At the Dyke Wardens Network, they repeat it to every visitor: “A dam nobody walks is a dam nobody knows.”",
     "Dyke Wardens Network"),
    ("Within the Dyke Wardens Network, they like to say: “We count dams the way other people count sheep.”",
     "Dyke Wardens Network"),
    ("At the Dyke Wardens Network, they keep saying: “Training costs less than a single evacuation.”",
     "Dyke Wardens Network"),
    # the body's people before its name: "among the wardens of the X", « chez les vigies du X »
    ("Among the wardens of the Dyke Wardens Network, they put it bluntly: “We will not wait for the treaty.”",
     "Dyke Wardens Network"),
    ("At the volunteers of the Dyke Wardens Network, they say it plainly: “Every village needs a siren.”",
     "Dyke Wardens Network"),
    ("Among the trainers at the Dyke Wardens Network, people say it without detours: “The list is the least.”",
     "Dyke Wardens Network"),
    ("Among the engineers of the Dyke Wardens Network, they repeat it to visitors: “A dam nobody walks is unknown.”",
     "Dyke Wardens Network"),
    ("Inside the teams of the Dyke Wardens Network, they like to say: “We count dams like sheep.”",
     "Dyke Wardens Network"),
    ("Among the young wardens of the Dyke Wardens Network, they keep saying: “Training costs less than a flood.”",
     "Dyke Wardens Network"),
]
CASES_FR = [
    ("Chez les Vigies de digues, on le dit sans détour : « Nous n'attendrons pas le traité pour former nos voisins. »",
     "Vigies de digues"),
    ("Au Réseau des vigies de digues, on le répète : « Chaque village a besoin d'une sirène qui marche la nuit. »",
     "Réseau des vigies de digues"),
    ("Chez les Vigies de digues, on l'affirme sans fard : « La liste est le moindre dû des Parties. »",
     "Vigies de digues"),
    ("Au Réseau des vigies de digues, on le redit à chaque visiteur : « Une digue que personne ne longe est une digue "
     "que personne ne connaît. »", "Réseau des vigies de digues"),
    ("Chez les Vigies de digues, on aime le dire : « Nous comptons les digues comme d'autres comptent les moutons. »",
     "Vigies de digues"),
    ("Au Réseau des vigies de digues, on le martèle : « Former coûte moins cher qu'une seule évacuation. »",
     "Réseau des vigies de digues"),
    ("Chez les vigies du Réseau des vigies de digues, on le dit sans détour : « Nous n'attendrons pas le traité. »",
     "Réseau des vigies de digues"),
    ("Chez les bénévoles du Réseau des vigies de digues, on le répète : « Chaque village a besoin d'une sirène. »",
     "Réseau des vigies de digues"),
    ("Chez les formateurs du Réseau des vigies de digues, on l'affirme sans fard : « La liste est le moindre dû. »",
     "Réseau des vigies de digues"),
    ("Chez les ingénieurs du Réseau des vigies de digues, on le redit : « Une digue que personne ne longe est "
     "inconnue. »", "Réseau des vigies de digues"),
    ("Chez les équipes du Réseau des vigies de digues, on aime le dire : « Nous comptons les digues. »",
     "Réseau des vigies de digues"),
    ("Chez les jeunes vigies du Réseau des vigies de digues, on le martèle : « Former coûte moins qu'une crue. »",
     "Réseau des vigies de digues"),
]


@pytest.mark.parametrize("lead, text, body", [(LEAD_EN, t, b) for t, b in CASES] + [(LEAD_FR, t, b) for t, b in CASES_FR])
def test_words_said_at_a_body_through_they_or_on_are_the_body_s(lead, text, body):
    q = quotes(lead + text)[-1]
    assert (q.speaker, body.lower() in q.organisation.lower()) == ("", True), (q.speaker, q.organisation)
