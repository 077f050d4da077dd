"""A closed quotation, then a new sentence that puts a question to its speaker by a pronoun: "NAME was the most
direct: “….” The chair, NAME2, asked him about the timetable", « NAME a été le plus direct : « … » La présidente,
NAME2, lui a demandé des précisions ». The one who asks did not speak the words: the clause that led them in
gives the speaker. Written for these tests, in English and French, as wire copy, radio scripts, podcasts,
features, live blogs and newsletters put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

#: (text, the one who spoke the first quotation)
CASES = [
    # wire copy
    ("BRELLAN (Wire) - The deputy transport minister, Tobias Wernecke, was the bluntest of the morning: “We can "
     "rebuild the bridges in ten years, not in three.” The chair of the session, Ilona Sarkadi, asked him about the "
     "cost.", "en", "Tobias Wernecke"),
    # a radio script
    ("PRESENTER: Our reporter heard the mayor, Colm Dervaney, at the town hall this morning: “The ferry stays, whatever "
     "the board decides.” The harbour master, Edwina Pallot, pressed him on the timetable.", "en", "Colm Dervaney"),
    # a feature
    ("The farmer, Rhodri Pennant, leans on the gate before answering: “The river took half the field and nobody came.” His "
     "neighbour, Gwen Ashby, asked him whether he had written to the council.", "en", "Rhodri Pennant"),
    # une dépêche
    (f"MORVAN (Dépêche) - La ministre des Transports, Aurélie Kerbrat, s'est montrée la plus ferme lors du déjeuner"
     f"{NB}: «{NB}Nous rouvrirons la ligne en dix ans, pas en trois.{NB}» Le président de séance, Hugo Lemarié, lui a "
     f"demandé des précisions sur le calendrier.", "fr", "Aurélie Kerbrat"),
    # un fil en direct
    (f"**11 h 20** — Le maire, Yannick Le Goff, a été le plus direct{NB}: «{NB}Le bac restera, quoi qu'en dise le "
     f"conseil.{NB}» La journaliste Claire Marzin lui a demandé s'il avait écrit au préfet.", "fr", "Yannick Le Goff"),
    # une lettre d'information
    (f"Devant les délégués, la maire de Plouzin, Nolwenn Tanguy, est restée sobre{NB}: «{NB}Nous avons déjà éteint la "
     f"moitié des rues.{NB}» Le rapporteur, Paul Guivarc'h, l'a interrogée sur le coût.", "fr", "Nolwenn Tanguy"),
]


@pytest.mark.parametrize("text, language, speaker", CASES)
def test_the_one_who_asks_did_not_speak_the_words(text, language, speaker):
    qs = quotes(text, language=language)
    assert qs[0].speaker == speaker


@pytest.mark.parametrize("text, language, speaker", [
    # a question in the quotation, then its asker in the sentence after: not a question put to the speaker
    ("The panel turned to the budget. “Who pays for the bridges?” The chair, Ilona Sarkadi, asked him again.", "en",
     "Ilona Sarkadi"),
    # a comma after the closing mark: the attribution itself
    ("“We can rebuild the bridges in ten years,” the chair of the session, Ilona Sarkadi, told him.", "en",
     "Ilona Sarkadi"),
])
def test_a_question_of_the_asker_is_unchanged(text, language, speaker):
    qs = quotes(text, language=language)
    assert qs[0].speaker == speaker
