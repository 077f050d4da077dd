"""A pronoun after a quotation goes to the paragraph's subject when that subject is a surname the document does
not give in full, introduced by a role in apposition (« Sa directrice, NAME, … », "Its director, NAME, …") or
with a stressed pronoun (« NAME, elle, … », "NAME, for her part, …"), and not to a person named before the
paragraph; nor to a person the subject met (« NAME a croisé l’ambassadeur de X, NAME2, … »), whom a masculine
role noun after « l’ » also tells apart. Written for these tests, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

BEFORE_EN = ("The independent expert Sunniva Ekholm-Ray, who advises several delegations, was harsher. “This treaty "
             "was written for a sky that no longer exists,” she said.\n\n")
BEFORE_FR = ("L’experte indépendante Sunniva Ekholm-Ray, qui conseille plusieurs délégations, est plus sévère. « Ce "
             "traité a été écrit pour un ciel qui n’existe plus », affirme-t-elle.\n\n")

SURNAME_EN = [
    "Its director, Vautrin-Mbele, does not hide her fatigue. “We have been asked to be patient for nine years,” she sighs.",
    "The coalition’s director, Vautrin-Mbele, looked tired. “We have been asked to be patient for nine years,” she said.",
    "Vautrin-Mbele, for her part, was blunter. “We have been asked to be patient for nine years,” she said.",
    "Her deputy, Vautrin-Mbele, was blunter. “We have been asked to be patient for nine years,” she told the briefing.",
    "15:10 — Vautrin-Mbele, for her part, stayed calm. “We have been asked to be patient for nine years,” she said.",
    "Their spokeswoman, Vautrin-Mbele, smiled. “We have been asked to be patient for nine years,” she added.",
]
SURNAME_FR = [
    "Sa directrice, Vautrin-Mbele, ne cache pas sa fatigue. « On nous demande d’être patients depuis neuf ans », soupire-t-elle.",
    "Vautrin-Mbele, elle, reste optimiste. « On nous demande d’être patients depuis neuf ans », a-t-elle assuré.",
    f"La directrice de la coalition, Vautrin-Mbele, a l’air lasse. «{NB}On nous demande d’être patients depuis neuf ans{NB}», dit-elle.",
    "Vautrin-Mbele, quant à elle, garde le sourire. « On nous demande d’être patients depuis neuf ans », lance-t-elle.",
    "11 h 30 — Vautrin-Mbele, elle, ne désarme pas. « On nous demande d’être patients depuis neuf ans », a-t-elle glissé.",
    "Leur porte-parole, Vautrin-Mbele, sourit. « On nous demande d’être patients depuis neuf ans », ajoute-t-elle.",
]
MET_EN = [
    "Margaux Delisle, the coalition’s spokeswoman, ran into the ambassador of Kalindor, Anselme Kouyate, in the corridor.",
    "Margaux Delisle met Anselme Kouyate in the corridor.",
]
MET_FR = [
    "Margaux Delisle, porte-parole de la coalition, a croisé l’ambassadeur de Kalindorie, Anselme Kouyaté, dans les couloirs.",
    "Margaux Delisle a croisé Anselme Kouyaté dans les couloirs.",
    "Margaux Delisle, porte-parole de la coalition, a salué l’ambassadeur de Kalindorie, Anselme Kouyaté, à la sortie.",
    "Margaux Delisle a retrouvé l’ambassadeur Anselme Kouyaté en fin de journée.",
    "10 h 15 — Margaux Delisle, porte-parole de la coalition, a interpellé l’ambassadeur de Kalindorie, Anselme Kouyaté.",
    "Margaux Delisle, de la coalition, a rejoint l’envoyé de Kalindorie, Anselme Kouyaté, devant la salle.",
]


@pytest.mark.parametrize("text", SURNAME_EN)
def test_english_pronoun_goes_to_a_surname_subject(text):
    qs = quotes(BEFORE_EN + text, language="en", own_voice=False)
    assert [q.speaker for q in qs] == ["Sunniva Ekholm-Ray", "Vautrin-Mbele"]


@pytest.mark.parametrize("text", SURNAME_FR)
def test_french_pronoun_goes_to_a_surname_subject(text):
    qs = quotes(BEFORE_FR + text, language="fr", own_voice=False)
    assert [q.speaker for q in qs] == ["Sunniva Ekholm-Ray", "Vautrin-Mbele"]


@pytest.mark.parametrize("text", MET_EN)
def test_english_pronoun_is_not_the_person_met(text):
    [q] = quotes(text + " “He promised us a text; we will see on Friday,” she said.", language="en", own_voice=False)
    assert q.speaker in ("Margaux Delisle", "")


@pytest.mark.parametrize("text", MET_FR)
def test_french_pronoun_is_not_the_person_met(text):
    [q] = quotes(text + " « Il nous a promis un texte ; nous verrons vendredi », a-t-elle glissé.", language="fr",
                 own_voice=False)
    assert q.speaker in ("Margaux Delisle", "")
