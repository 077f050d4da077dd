"""A pronoun after a quotation whose sentence before makes an unnamed spokesperson its subject ("A spokesman
for the X said …. “…,” he said", « Un porte-parole du X a indiqué …. « … », a-t-il ajouté ») is that
spokesperson, speaking for the body the text gives: not a person named earlier in the paragraph (a surname
the paragraph opens on, or someone spoken to). The sentences are written for these tests, as different
press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN = [
    "Mbeki-Lund then turned to Ambassador Tomas Ekroth, who had asked for data from cities. A spokesman for the "
    "Harbour Treaty Secretariat said the panel's terms would be circulated on Friday. “The Bureau wants a text "
    "nobody has to vote on,” he said.",
    "VESSEL (Wire) — Oyelowo-Brandt met Ambassador Piotr Halvorsen on Tuesday. A spokeswoman for the Harbour "
    "Treaty Secretariat confirmed the meeting. “Both sides want the draft closed by Friday,” she said.",
    "11:05 — Dalgaard thanked Minister Jonas Eriksen for the data. A spokesman for the Harbour Treaty "
    "Secretariat added a caution. “Numbers in brackets are not numbers yet,” he told reporters.",
    "In this issue. Harrow-Keane spoke with Ambassador Lars Okafor before lunch. A spokesman for the Harbour "
    "Treaty Secretariat then briefed the press. “We expect a clean text by Thursday,” he said.",
    "Q&A notes. Brennan-Osei questioned Minister Anton Weiss about the map. A spokeswoman for the Harbour Treaty "
    "Secretariat answered for the Bureau. “The map will be published,” she said afterwards.",
    "Statement. Kovalenko-Hart welcomed Ambassador Erik Mbatha to the table. A spokesman for the Harbour Treaty "
    "Secretariat described the schedule. “Two days are left for the annex,” he said.",
]
FR = [
    f"Mbeki-Lund s'est ensuite tournée vers l'ambassadeur Tomas Ekroth, qui demandait des données urbaines. Un "
    f"porte-parole du Secrétariat du Traité des ports a indiqué que le mandat serait diffusé vendredi. «{NB}Le "
    f"Bureau veut un texte adopté sans vote{NB}», a-t-il ajouté.",
    f"DÉPÊCHE — Oyelowo-Brandt a reçu l'ambassadeur Piotr Halvorsen mardi. Une porte-parole du Secrétariat du "
    f"Traité des ports a confirmé la rencontre. «{NB}Les deux parties veulent clore le projet vendredi{NB}», "
    f"a-t-elle précisé.",
    f"11 h 05 — Dalgaard a remercié le ministre Jonas Eriksen pour ses données. Un porte-parole du Secrétariat "
    f"du Traité des ports a tempéré. «{NB}Des chiffres entre crochets ne sont pas encore des chiffres{NB}», "
    f"a-t-il dit aux journalistes.",
    f"Dans ce numéro. Harrow-Keane a parlé avec l'ambassadeur Lars Okafor avant le déjeuner. Un porte-parole du "
    f"Secrétariat du Traité des ports a ensuite informé la presse. «{NB}Nous attendons un texte propre jeudi{NB}»"
    f", a-t-il déclaré.",
    f"Brennan-Osei a interrogé le ministre Anton Weiss sur la carte. Une porte-parole du Secrétariat du Traité "
    f"des ports a répondu au nom du Bureau. «{NB}La carte sera publiée{NB}», a-t-elle assuré.",
    f"Communiqué. Kovalenko-Hart a accueilli l'ambassadeur Erik Mbatha. Un porte-parole du Secrétariat du Traité "
    f"des ports a détaillé le calendrier. «{NB}Il reste deux jours pour l'annexe{NB}», a-t-il indiqué.",
]


@pytest.mark.parametrize("text", EN + FR)
def test_the_pronoun_is_the_unnamed_spokesperson_just_made_subject(text):
    q = one(text, own_voice=False)
    assert q.speaker == ""
    assert "Secr" in q.organisation
