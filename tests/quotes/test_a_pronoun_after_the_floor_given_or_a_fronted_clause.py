"""Who a pronoun means when the sentence before it names two people of its gender, the nearer one only as
someone who gives the floor or as the subject of a clause that opens the sentence.

* "The chair, NAME2, gave him the floor. “…,” he said" / « NAME2 lui a cédé la parole. « … », a-t-il
  assuré »: the one given the floor speaks, not the one who gave it;
* "While NAME2 was still speaking, he spread the maps. “…,” he said" / « Pendant que NAME2 parlait, il a
  déplié ses cartes »: the main clause's "he" is not NAME2, the clause's subject;
* then the one other person of the paragraph the pronoun fits, when there is one; none when there are more
  (an empty speaker is honest, a wrong one is not);
* "“Q1,” said NAME. ¶ “Q2,” she added.": a paragraph that names nobody goes on for the speaker before.

Near-misses, unchanged: a sentence that opens on a clause and goes on with a name ("While the room waited,
NAME rose"), a person who gives the floor and then speaks herself in a later sentence with her own name, and a
pronoun of the other gender. The sentences are written for these tests, as wire copy, a newsletter, a
feature, a live blog and a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

CASES = [
    # the floor given
    ("The institute's director, Pavel Oduya-Strand, arrived late with a box of reports. The chair, Ambassador "
     "Lorenz Kettleby, gave him the floor at once. “Our laboratories can double their output,” he said.",
     "Pavel Oduya-Strand"),
    (f"Le directeur de l’institut, Pavel Oduya-Strand, est arrivé en retard. Le président de séance, "
     f"l’ambassadeur Lorenz Kettleby, lui a cédé la parole aussitôt. «{NB}Nos laboratoires peuvent doubler leur "
     f"capacité{NB}», a-t-il assuré.", "Pavel Oduya-Strand"),
    ("Q: Who spoke next? A: Nadia Ferrow-Lund waited her turn. The chair, Mirela Oster-Kahn, handed her the "
     "floor. “We count wells, not promises,” she said.", "Nadia Ferrow-Lund"),
    # a clause that opens the sentence
    ("Kessland's deputy minister, Tomas Brandvig-Oyo, arrived with maps under his arm. While Lorenz Kettleby was "
     "still speaking, he spread them across the table. “These are the wells nobody tests,” he said.",
     "Tomas Brandvig-Oyo"),
    (f"Le vice-ministre de Kessland, Tomas Brandvig-Oyo, est arrivé les bras chargés de cartes. Pendant que "
     f"Lorenz Kettleby parlait, il les a dépliées sur la table. «{NB}Voici les puits que personne n’analyse{NB}», "
     f"a-t-il dit.", "Tomas Brandvig-Oyo"),
]


@pytest.mark.parametrize("text,speaker", CASES)
def test_the_pronoun_is_the_other_one(text, speaker):
    assert quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    # two others it could be: nobody, rather than the one who gave the floor
    "Pavel Oduya-Strand and Tomas Brandvig-Oyo came in together. The chair, Lorenz Kettleby, gave him the floor. "
    "“Our laboratories can double their output,” he said.",
    f"Pavel Oduya-Strand et Tomas Brandvig-Oyo sont entrés ensemble. Le président, Lorenz Kettleby, lui a cédé la "
    f"parole. «{NB}Nos laboratoires peuvent doubler leur capacité{NB}», a-t-il assuré.",
])
def test_with_two_others_nobody_is_named(text):
    assert quotes(text)[-1].speaker not in ("Lorenz Kettleby",)


def test_a_paragraph_that_names_nobody_goes_on_for_the_speaker_before():
    text = ("Dr Mirela Oster-Kahn, the hydrologist who led the survey, presented the data.\n\n"
            "“We are asking for a test kit and a deadline,” said Oster-\nKahn.\n\n"
            "“The coalition will be in the hall every day,” she added.")
    qs = quotes(text)
    assert qs[-1].speaker == "Mirela Oster-Kahn"


@pytest.mark.parametrize("text,speaker", [
    # near-misses: the clause does not hold the speaker's only mention, or the pronoun is the other gender
    ("While the room waited, Lorenz Kettleby rose. “We will sit until the text is done,” he said.", "Lorenz Kettleby"),
    ("The chair, Mirela Oster-Kahn, gave him the floor, then took it back. Oster-Kahn was blunt: “Your time is up, minister.”",
     "Mirela Oster-Kahn"),
    (f"Pendant que la salle attendait, Lorenz Kettleby s’est levé. «{NB}Nous siégerons jusqu’au bout{NB}», "
     f"a-t-il dit.", "Lorenz Kettleby"),
    ("Mirela Oster-Kahn listened. While Lorenz Kettleby was speaking, she took notes. “He is right,” she said.",
     "Mirela Oster-Kahn"),
])
def test_unchanged(text, speaker):
    assert quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    # a topic before the comma is no clause of its own: "As for NAME, she …" is NAME
    ("Maria Oster-Kahn spoke in the morning. As for Oster-Kahn, she had one last word as the lights dimmed. “See? It "
     "can be done,” she said.", "Maria Oster-Kahn"),
    (f"Maria Oster-Kahn a parlé le matin. Quant à Oster-Kahn, elle a eu le dernier mot. «{NB}Vous voyez{NB}? "
     f"C’est possible{NB}», a-t-elle dit.", "Maria Oster-Kahn"),
])
def test_a_topic_before_the_comma_is_the_speaker(text, speaker):
    assert quotes(text)[-1].speaker == speaker
