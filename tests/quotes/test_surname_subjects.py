"""A surname alone as the subject of the paragraph that carries the words ("Okonkwo, the network's legal
adviser, expects …. “…,” he told the Daily"; « Okonkwo, qui …, a expliqué … « … », a-t-il ajouté ») is the
speaker of the pronoun after the quotation, not a person named in an earlier paragraph; "Okonkwo would not
give details, only this: “…”" is hers. The kit gives the full name (settled across documents). The
sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, quotes

EARLIER = "Tessa Marlow-Ivers left the session early. “We will see,” she said.\n\n"
EARLIER_FR = f"Tessa Marlow-Ivers a quitté la séance tôt. «{NB}On verra{NB}», a-t-elle dit.\n\n"

PARAGRAPHS = [
    EARLIER + "Okonkwo, the network's legal adviser, expects a long night on Friday. “The brackets will come off "
              "at dawn, as they always do,” he told the Daily.",
    EARLIER + "Okonkwo, who has run the network's press desk all week, said the buses had been paid for by the "
              "parishes. “Not one euro came from a government,” he said.",
    EARLIER + "Halvorsen, a farmer from the upper valley, has not slept since Monday. “We are tired of "
              "promises,” she told us.",
    EARLIER + "Okonkwo thinks the text will hold. “Nobody wants to go home with nothing,” he said.",
    EARLIER + "Okonkwo, speaking outside the hall, sounded confident. “The numbers are there,” he said.",
    EARLIER_FR + f"Okonkwo, le juriste du réseau, s'attend à une longue nuit. «{NB}Les crochets tomberont à l'aube, "
                 f"comme toujours{NB}», a-t-il confié au Bulletin.",
    EARLIER_FR + f"Okonkwo, qui a tenu le bureau de presse toute la semaine, assure que les cars ont été payés par "
                 f"les paroisses. «{NB}Pas un euro n'est venu d'un gouvernement{NB}», a-t-il précisé.",
    EARLIER_FR + f"Halvorsen, agricultrice de la haute vallée, n'a pas dormi depuis lundi. «{NB}Nous sommes "
                 f"fatigués des promesses{NB}», a-t-elle lâché.",
    EARLIER_FR + f"Okonkwo pense que le texte tiendra. «{NB}Personne ne veut rentrer les mains vides{NB}», "
                 f"explique-t-il.",
    EARLIER_FR + f"Okonkwo, rencontré devant la salle, se montre confiant. «{NB}Les chiffres sont là{NB}», "
                 f"dit-il.",
]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_a_surname_opening_the_paragraph_is_the_pronouns_speaker(text):
    q = quotes(text, own_voice=False)[-1]
    assert q.speaker in ("Okonkwo", "Halvorsen")


@pytest.mark.parametrize("text", [
    "The minister has just left the contact group. Okonkwo would not give details, only this: “We are close. Ask me "
    "again in an hour.”",
    "Okonkwo declined to name the countries, but added this: “Three of them have changed their minds.”",
    "Okonkwo could not stay long. Before leaving, she had one line for us: “Come back tomorrow and bring the maps.”",
    f"Le ministre vient de quitter le groupe de contact. Okonkwo n'a pas voulu en dire plus, sinon ceci{NB}: «{NB}Nous "
    f"sommes proches. Redemandez-moi dans une heure.{NB}»",
    f"Okonkwo a refusé de nommer les pays, mais a lâché{NB}: «{NB}Trois d'entre eux ont changé d'avis.{NB}»",
])
def test_a_surname_subject_before_a_colon_is_the_speaker(text):
    q = one(text, own_voice=False)
    assert q.speaker == "Okonkwo"


@pytest.mark.parametrize("text", [
    EARLIER + "Dravonia, which runs the dam, has not moved. “Nothing will change,” she said.",
    EARLIER + "Monday, the last day of talks, was long. “Nothing will change,” she said.",
    EARLIER_FR + f"Lundi, dernier jour des négociations, a été long. «{NB}Rien ne changera{NB}», a-t-elle dit.",
])
def test_a_place_or_a_day_opening_the_paragraph_is_nobody(text):
    q = quotes(text, own_voice=False)[-1]
    assert q.speaker not in ("Dravonia", "Monday", "Lundi")


def test_a_capitalised_verb_opening_a_sentence_is_nobody():
    q = quotes(EARLIER + "The union he runs claims sixty thousand members. Asked whether the buyers had ever paid "
                         "it, he laughed. “Not one cent, and you can check,” he said.", own_voice=False)[-1]
    assert q.speaker != "Asked"


@pytest.mark.parametrize("text", [
    "Tessa Marlow-Ivers, leaving the session, was asked about the map. “It speaks for itself,” she said. "
    "Okonkwo, the network's legal adviser, expects a long night. “The brackets will come off at dawn,” he said.",
    f"Tessa Marlow-Ivers, en quittant la séance, a été interrogée sur la carte. «{NB}Elle parle d'elle-même{NB}», "
    f"a-t-elle dit. Okonkwo, le juriste du réseau, s'attend à une longue nuit. «{NB}Les crochets tomberont à "
    f"l'aube{NB}», a-t-il ajouté.",
])
def test_a_surname_opening_a_later_sentence_of_the_same_paragraph(text):
    qs = quotes(text, own_voice=False)
    assert [q.speaker for q in qs] == ["Tessa Marlow-Ivers", "Okonkwo"]


@pytest.mark.parametrize("text", [
    "Third, we will ask the Committee for advice on our new weir, before it is built. When I met the head of the "
    "Agency, Maren Tollefsen, in January, she said something that stayed with me: “Sharing data is cheaper than "
    "hiding it.”",
    f"Troisièmement, nous saisirons le Comité sur notre nouveau seuil, avant sa construction. Quand j'ai rencontré "
    f"la directrice de l'Agence, Maren Tollefsen, en janvier, elle m'a dit{NB}: «{NB}Partager les données coûte "
    f"moins cher que les cacher.{NB}»",
])
def test_a_sentence_opening_on_a_sequence_word_and_a_clause_names_nobody(text):
    q = one(text, own_voice=False)
    assert q.speaker == "Maren Tollefsen"


@pytest.mark.parametrize("text", [
    "When I met the head of the Agency, Maren Tollefsen-\nNgata, in January, she said something that stayed "
    "with me: “Sharing data is cheaper than hiding it.”",
    "We spoke to the head of the Agency, Maren\nTollefsen, in January, and she said: “Sharing data is cheaper "
    "than hiding it.”",
    f"Quand j'ai rencontré la directrice de l'Agence, Maren Tollefsen-\nNgata, en janvier, elle m'a dit{NB}: "
    f"«{NB}Partager les données coûte moins cher que les cacher.{NB}»",
])
def test_a_name_wrapped_at_a_line_end_is_no_new_sentence(text):
    q = one(text, own_voice=False)
    assert q.speaker.startswith("Maren")
