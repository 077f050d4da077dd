"""An interview's heading that describes its guest in lower case ("Interview: a geotechnical engineer on …",
« Entretien avec une hydrologue … ») names nobody: the guest's own quoted words never go to those words."""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

CASES = [
    ("en", "Interview: a geotechnical engineer on why dams fail on paper first\n\nQ: And the plenary?\n\nA: As I "
           "told the plenary on Monday, “a dam is a promise that has to be kept every day”."),
    ("en", "# Interview with a hydrologist who walked the flood path\n\nQ: What did you tell them?\n\nA: What I said "
           "then still holds: “the water comes faster than the siren”."),
    ("en", "Q&A: an inspector on the dams nobody lists\n\nQ: Your message?\n\nA: I told the delegates, “a list with "
           "holes is a map of the next failure”."),
    ("en", "Interview: the engineer who counts staircases of mud\n\nQ: What do you say to the Parties?\n\nA: As I "
           "wrote last year, “every upstream dam is a bet against the rain”."),
    ("en", "Questions to a dam safety expert\n\nQ: Is the register enough?\n\nA: I said it in my report: “a register "
           "without inspections is a phone book”."),
    ("en", "Interview with an engineer back from the valleys\n\nQ: What stays with you?\n\nA: As I told my students, "
           "“the dam remembers every shortcut”."),
    ("fr", "Entretien avec une hydrologue qui a marché le chemin de la crue\n\nQ : Qu'avez-vous dit ?\n\nR : Comme je "
           "l'ai dit lundi, « l'eau arrive plus vite que la sirène »."),
    ("fr", "# Entretien : un ingénieur géotechnicien sur les digues de papier\n\nQ : Et la plénière ?\n\nR : Comme je "
           "l'ai dit à la plénière, « une digue est une promesse à tenir chaque jour »."),
    ("fr", "Questions à un inspecteur des digues oubliées\n\nQ : Votre message ?\n\nR : J'ai dit aux délégués : « une "
           "liste trouée est la carte de la prochaine rupture »."),
    ("fr", "Entretien avec une experte de la sûreté des barrages\n\nQ : Le registre suffit-il ?\n\nR : Je l'ai écrit "
           "dans mon rapport : « un registre sans inspections est un annuaire »."),
    ("fr", "Entretien : l'ingénieure qui compte les escaliers de boue\n\nQ : Que dites-vous aux Parties ?\n\nR : "
           "Comme je l'ai dit l'an dernier, « chaque digue amont est un pari contre la pluie »."),
    ("fr", "Entretien avec un ingénieur revenu des vallées\n\nQ : Qu'en retenez-vous ?\n\nR : Comme je le dis à mes "
           "étudiants, « la digue se souvient de chaque raccourci »."),
]


@pytest.mark.parametrize("lang, text", CASES)
def test_a_guest_described_in_lower_case_is_no_speaker_s_name(lang, text):
    q = quotes(text)[-1]
    assert q.speaker == "" or q.speaker[:1].isupper() and len(q.speaker.split()) <= 4, q.speaker
