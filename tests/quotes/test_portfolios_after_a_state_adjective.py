"""A minister named by her State's adjective and her portfolio speaks for the State, never for the portfolio.

« Le ministre vardien de l’Habitat », "the Vardian Minister of Cities", « ministre de la Ville de la Vardie »:
what follows "of" / « de » is the portfolio, part of the role, whatever word it is (Habitat, Ville, Littoral,
Cities, Coastal Towns); the State is the one the adjective, or the name after the portfolio, gives. The
sentences are written for these tests, as a wire, a feature, a live blog, an interview, a newsletter and a
statement would write them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN = [
    # wire copy
    ("VALMONT, June 3 (Wire) - Vardia voted for the scale on Friday. “We set thirty-two degrees and nobody died "
     "of it,” said Paul Rivet, the Vardian Minister of Cities.", "Paul Rivet", "Cities"),
    # feature, with the quotation read back by a pronoun
    ("Vardia came to Valmont with a plan. The Vardian Minister of Coastal Towns, Lise Morel, walked in late with "
     "her charts. “The sea is warmer every August and so are our streets,” she said.", "Lise Morel", "Coastal Towns"),
    # live blog
    ("**10:05** — Vardia is back at the table. The Vardian Minister of Cities, Paul Rivet, told us: “We will sign "
     "tonight or we will stay until Sunday.”", "Paul Rivet", "Cities"),
    # interview's introduction
    ("Paul Rivet, Vardian Minister of Heat Resilience, answered our questions in Valmont. Vardia has forty cities "
     "on its alert list. “Heat is a city problem before it is a treaty problem,” he said.", "Paul Rivet",
     "Heat Resilience"),
    # newsletter
    ("In brief. Vardia pledged three million to the fund. Lise Morel, Vardian Minister for Urban Shade, called it "
     "“a down payment, not a gift”.", "Lise Morel", "Urban Shade"),
    # statement read to the plenary
    ("Vardia thanks the chair. Speaking after the vote, the Vardian Minister of Cities, Lise Morel, said: “Our "
     "mayors asked for a scale, and now they have one.”", "Lise Morel", "Cities"),
]

FR = [
    # dépêche
    (f"VALMONT (Dépêche) — La Vardie a voté l’échelle vendredi. «{NB}Nous avons fixé trente-deux degrés et personne "
     f"n’en est mort{NB}», a déclaré Paul Rivet, ministre vardien de l’Habitat.", "Paul Rivet", "Habitat"),
    # reportage, la citation reprise par un pronom
    (f"La Vardie accueille la conférence. Le ministre vardien de l’Habitat, Paul Rivet, a défendu le seuil adopté "
     f"par son pays. «{NB}Les entreprises ont protesté trois semaines{NB}», a-t-il raconté.", "Paul Rivet", "Habitat"),
    # fil en direct
    (f"**10 h 05** — La Vardie revient à la table. La ministre vardienne de la Ville, Lise Morel, nous a dit{NB}: "
     f"«{NB}Nous signerons ce soir ou nous resterons jusqu’à dimanche{NB}».", "Lise Morel", "Ville"),
    # bulletin, l’État après le portefeuille
    (f"En bref. Lise Morel, ministre de l’Habitat de la Vardie, a résumé la semaine{NB}: «{NB}une avance, pas un "
     f"cadeau{NB}».", "Lise Morel", "Habitat"),
    # communiqué
    (f"La Vardie a promis trois millions. Selon le ministre vardien du Littoral, Paul Rivet, «{NB}la mer est plus "
     f"chaude chaque août, et nos rues aussi{NB}».", "Paul Rivet", "Littoral"),
    # déclaration
    (f"La Vardie remercie la présidence. La ministre vardienne de l’Urbanisme, Lise Morel, a déclaré{NB}: «{NB}Nos "
     f"maires demandaient une échelle, ils l’ont{NB}».", "Lise Morel", "Urbanisme"),
]


@pytest.mark.parametrize("text, speaker, portfolio", EN + FR)
def test_the_portfolio_is_in_the_role_and_the_state_is_whom_the_minister_speaks_for(text, speaker, portfolio):
    q = one(text)
    state = "Vardia" if text in [t for t, _s, _p in EN] else "Vardie"
    assert q.speaker == speaker
    assert q.organisation == state
    assert portfolio in q.role


def test_a_minister_of_a_state_is_still_the_state_s_when_no_portfolio_follows():
    q = one(f"Lise Morel, ministre de la Vardie, a déclaré{NB}: «{NB}Nous signerons ce soir{NB}».")
    assert (q.speaker, q.organisation) == ("Lise Morel", "Vardie")
    q = one("“We will sign tonight,” said Lise Morel, Minister of Vardia.")
    assert (q.speaker, q.organisation) == ("Lise Morel", "Vardia")


def test_an_executive_secretary_of_a_treaty_keeps_the_treaty_s_body():
    q = one(f"«{NB}Le Secrétariat appliquera ce que les Parties décideront{NB}», a dit Ana Reyes, secrétaire exécutive "
            f"de la Convention de Valmont.")
    assert q.speaker == "Ana Reyes" and "Convention" in q.organisation
