"""A saying a person keeps repeating ("as NAME keeps saying, “…”", « comme NAME ne cesse de le répéter »); an
inverted verb whose subject is a role with its portfolio, then the name (« tranche le Haut-Commissaire à la
faune sauvage du Gascara, NAME, qui … »); object pronouns before the verb (« NAME me le répète : »); "a line
from NAME" and « une phrase de NAME, que j’ai recopiée : »; a surname opening on particles in lower case
after a title ("le docteur van der Aa"); "the 58-year-old" after "NAME, 58,". The sentences are written for
these tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one, quotes


def test_a_saying_the_speaker_keeps_repeating():
    q = one("We counted thirty sites. And as our director, Amira Solberg-Tan, keeps saying, “a pledge is not a "
            "wetland”, so we will keep counting.")
    assert q.speaker == "Amira Solberg-Tan"
    q = one(f"Comme Amira Solberg-Tan ne cesse de le répéter, «{NB}une promesse n’est pas une zone humide{NB}».")
    assert q.speaker == "Amira Solberg-Tan"


def test_an_inverted_verb_then_a_role_with_its_portfolio_then_the_name():
    q = one(f"«{NB}Si le texte sur les escales tombe, le reste ne vaut plus grand-chose{NB}», tranche le "
            f"Haut-Commissaire à la faune sauvage de la Quellie, Jonas Ferreira-Holm, qui négocie pour son pays "
            f"depuis dix ans.")
    assert (q.speaker, q.organisation) == ("Jonas Ferreira-Holm", "Quellie")
    q = one("“If the stopover text falls, the rest is worth little,” said the High Commissioner for Wildlife of "
            "Quellia, Jonas Ferreira-Holm, who has negotiated for his country for ten years.")
    assert q.speaker == "Jonas Ferreira-Holm"


def test_object_pronouns_before_the_verb_are_not_its_subject():
    q = one(f"Notre conseiller juridique, Jonas Ferreira-Holm, me le répète chaque lundi :{NB}«{NB}Madame la "
            f"ministre, une escale perdue ne se rachète pas{NB}».")
    assert q.speaker == "Jonas Ferreira-Holm"
    q = one(f"Jonas Ferreira-Holm nous le redit :{NB}«{NB}Une escale perdue ne se rachète jamais, jamais{NB}».")
    assert q.speaker == "Jonas Ferreira-Holm"


def test_a_line_from_a_person_is_hers():
    q = one(f"R : Une phrase d’Ilona Mercks, que j’ai recopiée dans mon carnet :{NB}«{NB}une grue qui rate une escale "
            f"arrive trop maigre pour se reproduire{NB}». Tout le reste en découle.")
    assert q.speaker == "Ilona Mercks"
    q = one("A line from Ilona Mercks I wrote down in my notebook: “a crane that misses a stopover arrives too thin "
            "to breed.”")
    assert q.speaker == "Ilona Mercks"
    q = one("Let me quote the words of a hunter I met: “a crane that misses a stopover arrives too thin to breed.”")
    assert (q.speaker, q.attribution) == ("", "unnamed")


def test_a_surname_that_opens_on_particles_after_a_title():
    q = one("Le docteur Pieter van der Molen est arrivé hier.\n\nComme le dit le docteur van der Molen, “a bird "
            "killed illegally is a data point we will never see”.")
    assert q.speaker == "Pieter van der Molen"
    q = one("As Professor van Dijk of the Varne Institute told the plenary, “a bird killed illegally is a data "
            "point we will never see.”")
    assert (q.speaker, q.organisation) == ("van Dijk", "Varne Institute")
    q = one(f"«{NB}Nous ne partirons pas sans date{NB}», a déclaré l’ambassadeur de Morvanie, Gaspard Oyelaran.")
    assert (q.speaker, q.organisation) == ("Gaspard Oyelaran", "Morvanie")  # "de Morvanie" is no surname


def test_the_person_of_that_age():
    q = one("Jonas Ferreira-Holm, 58, head of the delegation of Quellia, sat beside Ambassador Lise Aumont of "
            "Varnia through the opening. “Quellia has lost two wetlands in five years,” the 58-year-old told "
            "the Wire.")
    assert (q.speaker, q.organisation) == ("Jonas Ferreira-Holm", "Quellia")
    q = one(f"Jonas Ferreira-Holm, 58 ans, chef de la délégation de Quellie, était assis à côté de l’ambassadrice "
            f"Lise Aumont.{NB}«{NB}Nous avons perdu deux zones humides en cinq ans{NB}», a confié l’homme de 58 ans.")
    assert q.speaker == "Jonas Ferreira-Holm"


def test_a_paragraph_that_leads_into_the_quotation_after_it():
    got = quotes("Ilona Mercks, the federation’s president, drives the dyke road every morning.\n\nAt the Congress "
                 "Centre they talk about eels.\n\nOn the last night of the meeting she stood on the dyke and tried to "
                 "explain why she still comes back.\n\n“I have watched the numbers fall every year since I was "
                 "twenty.\n\n“And every November the first cranes still come over that hill.”")
    assert [(q.speaker, q.attribution) for q in got] == [("Ilona Mercks", "pronoun")]
    got = quotes(f"Ilona Mercks habite au bord de la digue.\n\nLe dernier soir, elle a tenté d’expliquer pourquoi elle "
                 f"revient toujours.\n\n«{NB}J’ai vu les chiffres baisser chaque année depuis mes vingt ans.{NB}»")
    assert [q.speaker for q in got] == ["Ilona Mercks"]


def test_a_paragraph_that_does_not_lead_into_words_gives_them_to_nobody():
    got = quotes("Ilona Mercks left early.\n\nShe drove home along the dyke.\n\n“Nobody will remember this text in "
                 "ten years, nobody at all.”")
    assert [q.speaker for q in got] == [""]
