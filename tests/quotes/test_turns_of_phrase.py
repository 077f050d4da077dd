"""Turns of phrase that say who speaks without the classic "NAME said", written for these tests.

Tables of reactions (``| NAME | ORG | “…” |``), the verb first (``Said NAME:``), a possessive before a colon
(``Her verdict:``, « Son verdict : »), "That was NAME" after the words, « c’est en ces termes que NAME »,
« chez NAME, pour qui », « insiste de son côté NAME », « fait valoir l’intéressée », and words someone
recalls another person saying ("NAME recalled her grandmother saying", "My grandmother used to say"): the
other person's, nobody named.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one, quotes


def test_a_table_of_reactions_gives_each_row_its_person_and_organisation():
    table = ("| Speaker | Organisation | Reaction |\n|---|---|---|\n"
             "| Grace Mensah-Uhl | Tidewater Alliance | “Pay now or pay later, but pay.” |\n"
             "| Omar Haddad-Lind | Reef Watch | “The text is a start, not an end.” |")
    assert [(q.speaker, q.organisation) for q in quotes(table)] == [
        ("Grace Mensah-Uhl", "Tidewater Alliance"), ("Omar Haddad-Lind", "Reef Watch")]
    tableau = ("| Intervenant | Organisation | Réaction |\n|---|---|---|\n"
               f"| Marie-Claude Fortin-Dubé | Union des pêcheurs | «{NB}La côte ne peut plus attendre.{NB}» |")
    assert [(q.speaker, q.organisation) for q in quotes(tableau)] == [("Marie-Claude Fortin-Dubé", "Union des pêcheurs")]


def test_the_verb_first_and_a_possessive_before_a_colon():
    assert one("Said Grace Mensah-Uhl: “Pay now or pay later, but pay.”").speaker == "Grace Mensah-Uhl"
    q = one("Grace Mensah-Uhl listened to the debate for two hours. Her verdict: “Pay now or pay later, but pay.”")
    assert q.speaker == "Grace Mensah-Uhl"
    q = one(f"Marie-Claude Fortin-Dubé a écouté le débat deux heures durant. Son verdict{NB}: «{NB}La côte ne peut plus "
            f"attendre.{NB}»")
    assert q.speaker == "Marie-Claude Fortin-Dubé"


def test_the_speaker_named_after_the_words():
    q = one("“Pay now or pay later, but pay.” That was Grace Mensah-Uhl, speaking to the plenary on Tuesday.")
    assert q.speaker == "Grace Mensah-Uhl"
    q = one(f"«{NB}La côte ne peut plus attendre{NB}»{NB}: c’est en ces termes que Marie-Claude Fortin-Dubé a ouvert "
            f"la séance.")
    assert q.speaker == "Marie-Claude Fortin-Dubé"


def test_french_turns_that_name_the_speaker():
    q = one(f"«{NB}Laissons le texte mûrir une nuit{NB}», insiste de son côté Jean-Baptiste Kaboré-Ouédraogo.")
    assert q.speaker == "Jean-Baptiste Kaboré-Ouédraogo"
    q = one(f"Même son de cloche chez Jean-Baptiste Kaboré-Ouédraogo, pour qui «{NB}le texte doit mûrir une nuit de "
            f"plus{NB}».")
    assert q.speaker == "Jean-Baptiste Kaboré-Ouédraogo"
    q = one(f"Marie-Claude Fortin-Dubé dirige l’Union des pêcheurs depuis 2019. «{NB}Je ne signerai rien ce soir{NB}», "
            f"fait valoir l’intéressée.")
    assert q.speaker == "Marie-Claude Fortin-Dubé"
    q = one("Grace Mensah-Uhl, for whom “the coast cannot wait another session”, left before the vote.")
    assert q.speaker == "Grace Mensah-Uhl"
    q = one("“We resume at ten,” said, for his part, Ambassador Erik Lindqvist-Moe.")
    assert q.speaker == "Erik Lindqvist-Moe"


def test_words_recalled_from_someone_else_are_not_the_speakers():
    q = one("“The sea gives and the sea keeps,” Grace Mensah-Uhl recalled her grandmother saying.")
    assert (q.speaker, q.attribution) == ("", "unnamed")
    q = one("**Grace Mensah-Uhl:** My grandmother used to say, “the sea gives and the sea keeps”. I still believe it.")
    assert q.speaker == ""
    q = one(f"Marie-Claude Fortin-Dubé{NB}: Ma grand-mère disait toujours{NB}: «{NB}La mer donne et la mer garde.{NB}» "
            f"J’y crois encore.")
    assert q.speaker == ""
