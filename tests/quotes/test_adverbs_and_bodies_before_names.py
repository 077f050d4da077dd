"""Words before a name that are not part of it: an adverb or connective opening the sentence ("Afterwards
NAME told me", « Plus tard, … elle a ajouté ») is never a first name, and a body's kind before its own name
(« la Coalition Petites Mains », "the Fondation Aurel Varga") makes the run an organisation, never a person.
A wrong name on a quotation is worse than none. The sentences are written for these tests, as wire copy, a
feature, a live blog, an interview, a newsletter and a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, quotes

# an adverb or connective of time or sequence, then the full name: the name is the last two words
OPENERS = [
    "The minister stayed to the end of the side event. Afterwards Ilse Marrow told me: “Write to me directly.”",
    "Later Tomas Bereni said the text would hold: “We have the votes for Article 9.”",
    "10:40 — Subsequently Oren Valadez took the floor. “Nobody here has read the annex,” he said.",
    "Q: And then? A: Eventually Ruth Kamsky answered: “The fund will pay for the first year.”",
    "Instead Jonas Perrault told the hall: “We will not sign a text without inspectors.”",
    "Privately Noor Haddane was blunter: “This draft is a floor with holes in it.”",
    f"Ensuite Ilse Marrow a répondu{NB}: «{NB}Écrivez-moi directement.{NB}»",
    f"Plus tard Tomas Bereni a prévenu{NB}: «{NB}Nous avons les voix pour l'article 9.{NB}»",
    f"Toutefois Oren Valadez a tempéré{NB}: «{NB}Personne ici n'a lu l'annexe.{NB}»",
    f"Désormais Ruth Kamsky tranche{NB}: «{NB}Le fonds paiera la première année.{NB}»",
    f"Aussitôt Jonas Perrault a lancé{NB}: «{NB}Nous ne signerons pas un texte sans inspecteurs.{NB}»",
    f"Pourtant Noor Haddane s'est montrée plus dure{NB}: «{NB}Ce projet est un plancher troué.{NB}»",
]
NAMES = ["Ilse Marrow", "Tomas Bereni", "Oren Valadez", "Ruth Kamsky", "Jonas Perrault", "Noor Haddane"] * 2


@pytest.mark.parametrize("text,name", list(zip(OPENERS, NAMES)))
def test_an_adverb_opening_the_sentence_is_no_part_of_the_name(text, name):
    assert one(text).speaker == name


# a French adverb opening the sentence, then a pronoun: never a person called "Plus" or "Ensuite"
PRONOUN_AFTER_ADVERB = [
    f"Plus tard, répondant à une question, elle a ajouté{NB}: «{NB}Nous avons besoin d'entrer.{NB}»",
    f"Ensuite, interrogée par la presse, elle a précisé{NB}: «{NB}Le texte tiendra.{NB}»",
    f"Toutefois, il a nuancé{NB}: «{NB}Rien n'est signé.{NB}»",
    "Later, answering a question from the floor, she added: “We need the right to enter.”",
    "Afterwards, pressed by reporters, he conceded: “Nothing is signed.”",
    "Eventually, she said: “The text will hold.”",
]


@pytest.mark.parametrize("text", PRONOUN_AFTER_ADVERB)
def test_an_adverb_opening_the_sentence_is_no_person_for_a_pronoun(text):
    q = one(text)
    assert q.speaker.split()[:1] not in (["Plus"], ["Ensuite"], ["Toutefois"], ["Later"], ["Afterwards"],
                                         ["Eventually"])


# a body's kind, then its own name: the body is the source, nobody is named
BODIES = [
    (f"«{NB}Nous demandons l'adoption du mécanisme cette semaine{NB}», conclut la Coalition Petites Mains.",
     "Coalition Petites Mains"),
    (f"Selon la Fondation Aurel Varga, qui finance une trentaine d'écoles, «{NB}le vote dira qui a lu le "
     f"texte{NB}».", "Fondation Aurel Varga"),
    (f"«{NB}Un mécanisme de plaintes, enfin{NB}», salue le Réseau Mains Ouvertes.", "Réseau Mains Ouvertes"),
    (f"«{NB}Les chiffres ne mentent pas, et ils sont mauvais{NB}», estime l'Institut Hélène Brandt.",
     "Institut Hélène Brandt"),
    (f"Le Collectif Terre Claire a réagi dans un communiqué{NB}: «{NB}C'est un premier pas.{NB}»",
     "Collectif Terre Claire"),
    (f"«{NB}Nous resterons vigilants{NB}», prévient l'Observatoire Jean Malet.", "Observatoire Jean Malet"),
    ("“We asked for a mechanism and we got one,” said the Foundation Aurel Varga in a statement.",
     "Foundation Aurel Varga"),
    ("According to the Fund Maria Celant, “the schools are ready; the money is not”.", "Fund Maria Celant"),
    ("“A first step, and a small one for the children in the mines,” the Institute Helen Brandt wrote in its newsletter.", "Institute Helen Brandt"),
    ("The Network Open Hands told reporters: “We were never asked our age.”", "Network Open Hands"),
    ("“Nobody audits the audit,” the Collective Clear Earth said on its live blog.", "Collective Clear Earth"),
    ("Q: What did the Trust Ada Lemaire ask for? A: “A register of every mine,” the Trust Ada Lemaire replied.",
     "Trust Ada Lemaire"),
]


@pytest.mark.parametrize("text,body", BODIES)
def test_a_body_named_after_its_kind_is_no_person(text, body):
    q = quotes(text)[-1]
    assert q.speaker == ""
    assert q.organisation == body
