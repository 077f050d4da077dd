"""Whom a pronoun after a quotation means when the person is named by her surname alone, when two people
share a surname, and when the pronoun must reach before its paragraph.

A pronoun means the person its paragraph names, also by surname ("Ó Ceallaigh dismissed the argument.",
"Under-Secretary-General Lind, for the Programme, said …"); two namesakes are told apart by the pronoun's
gender, or by nobody; before its paragraph, among several people, a pronoun reaches only one known to be
of its gender: a guess is worse than no name. The sentences are written for these tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one, quotes


def test_a_surname_in_the_paragraph_is_the_person_the_document_named_in_full():
    q = one("Marta Ó Ceallaigh, director of the Reef Alliance, opened the session. Piotr Lindgren of the Harbour "
            "Board answered that the money was there.\n\nÓ Ceallaigh dismissed the argument. “Every fleet that was "
            "ever regulated promised to leave the port,” she said.")
    assert (q.speaker, q.attribution, q.confidence) == ("Marta Ó Ceallaigh", "pronoun", 0.85)
    q = one(f"Marta Ó Ceallaigh, directrice de l'Alliance des récifs, a ouvert la séance. Piotr Lindgren a répondu "
            f"que l'argent était là.\n\nÓ Ceallaigh a balayé l'argument. «{NB}Toutes les flottes qu'on a "
            f"réglementées ont promis de partir{NB}», a-t-elle ajouté.")
    assert (q.speaker, q.attribution, q.confidence) == ("Marta Ó Ceallaigh", "pronoun", 0.85)


def test_a_title_and_a_surname_the_document_does_not_complete_are_left_for_the_kit():
    q = one("Piotr Lindgren of the Harbour Board spoke first.\n\nUnder-Secretary-General Lind, for the Ocean "
            "Programme, said the Programme stood ready. “We can give you a method by March, not the courage,” "
            "she said.")
    assert q.speaker == "Lind"  # never Piotr Lindgren, named before the paragraph
    q = one(f"Piotr Lindgren a parlé le premier.\n\nLa secrétaire générale adjointe Lind, pour le Programme des "
            f"océans, a dit que le Programme était prêt. «{NB}Nous pouvons vous donner une méthode, pas le "
            f"courage{NB}», a-t-elle dit.")
    assert q.speaker == "Lind"


def test_two_namesakes_are_told_apart_by_the_pronoun_or_by_nobody():
    text = ("Reactions from the floor:\n\n- Sofie Brandt, Reef Watch: “My generation will inherit every loophole "
            "you leave”\n- Anders Brandt, Trawler Council: “We support a treaty, not the end of an industry”\n\n"
            "Asked whether they were related, the younger Brandt laughed. “Only by surname, and we agree on "
            "nothing at all,” {p} said.")
    assert quotes(text.format(p="she"))[-1].speaker == "Sofie Brandt"
    assert quotes(text.format(p="he"))[-1].speaker == "Anders Brandt"
    unknown = text.replace("Sofie", "Kim").replace("Anders", "Sam")  # first names that say nothing
    assert quotes(unknown.format(p="she"))[-1].speaker == ""
    q = quotes(f"Réactions :\n\n- Sofie Brandt, Veille récifs : «{NB}Ma génération héritera de chaque faille{NB}»\n"
               f"- Anders Brandt, Conseil des chalutiers : «{NB}Nous soutenons un traité, pas la fin d'une "
               f"industrie{NB}»\n\nInterrogée sur leur lien de parenté, la jeune Brandt a ri. «{NB}Seulement le nom, "
               f"et nous ne sommes d'accord sur rien{NB}», a-t-elle dit.")[-1]
    assert q.speaker == "Sofie Brandt"


def test_before_its_paragraph_a_pronoun_reaches_only_someone_of_its_gender_among_several():
    q = one("The Chair, Joss Ferraz, opened the meeting. A delegate of Norvia asked for time.\n\nThe Programme "
            "stood ready to host a technical group. “We can give you a method by March, not the courage,” "
            "she said.")
    assert q.speaker == ""  # "Joss Ferraz": nothing says her gender, and someone else was mentioned
    q = one("The Chair, Joao Ferraz, opened the meeting. Anna Weber of Norvia asked for time.\n\nThe group "
            "stood ready to work. “We can give you a method by March, not the courage,” she said.")
    assert q.speaker == "Anna Weber"
    q = one(f"Joss Ferraz a ouvert la séance.\n\nLe groupe était prêt. «{NB}Nous pouvons vous donner une méthode, "
            f"pas le courage{NB}», a-t-il dit.")
    assert q.speaker == "Joss Ferraz"  # the only person named: whom else
