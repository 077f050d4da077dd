"""A title before a name is no part of the name: the French abbreviation of la docteure (« la Dre NAME »,
« Dre NAME a dit ») as well as Dr, and a capitalised role title with its elided article (« L'Ambassadeur
NAME », « L'Ambassadrice NAME »), also when the words quoted are English. The name the kit gives is the
person's, so the same person quoted twice is one person. The sentences are written for these tests, as
different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN = [
    ("MARLOW (Wire) — Dre Ines Valcourt-Amadi, an epidemiologist at the Sleep Institute, said: “Every night "
     "counts in the cohort.”", "Ines Valcourt-Amadi"),
    ("“We measured the wake-ups, not the averages,” said Dre Ines Valcourt-Amadi of the Sleep Institute.",
     "Ines Valcourt-Amadi"),
    ("10:40 — L’Ambassadeur Jonas Pereira-Lind, head of the Veldan delegation, told reporters: “We can live "
     "with fifty-five decibels.”", "Jonas Pereira-Lind"),
    ("In this issue. L'Ambassadrice Odile Serrat-Mbeki, who chairs the Bureau, was brief: “The text is "
     "ready for the plenary.”", "Odile Serrat-Mbeki"),
    ("Q: What did the Bureau say? A: Dre Amal Okonkwo-Berg answered for it: “The numbers will stay in the "
     "text.”", "Amal Okonkwo-Berg"),
    ("We welcome the statement of L’Ambassadeur Tomas Ekwueme-Roy, who said: “Quiet areas belong to everyone "
     "who lives near them.”", "Tomas Ekwueme-Roy"),
]
FR = [
    (f"La Dre Ines Valcourt-Amadi, épidémiologiste à l'Institut du sommeil, a déclaré{NB}: «{NB}Chaque nuit "
     f"compte dans la cohorte.{NB}»", "Ines Valcourt-Amadi"),
    (f"«{NB}Nous mesurons les réveils, pas les moyennes{NB}», a rappelé la Dre Ines Valcourt-Amadi.",
     "Ines Valcourt-Amadi"),
    (f"Pour la Dre Amal Okonkwo-Berg, de l'Agence, la réponse est médicale, et elle la donne en anglais{NB}: "
     f"“Every three decibels counts for a child.”", "Amal Okonkwo-Berg"),
    (f"10 h 40 — L’Ambassadeur Jonas Pereira-Lind, chef de la délégation veldanaise, a salué l'accord devant "
     f"les journalistes{NB}: “Farmers and cities asked for the same thing.”", "Jonas Pereira-Lind"),
    (f"DÉPÊCHE — L'Ambassadrice Odile Serrat-Mbeki a résumé la position de son pays{NB}: «{NB}Le texte est prêt "
     f"pour la plénière.{NB}»", "Odile Serrat-Mbeki"),
    (f"Dans ce numéro. Dre Amal Okonkwo-Berg, de l'Agence, a tranché{NB}: «{NB}Les chiffres resteront dans le "
     f"texte.{NB}»", "Amal Okonkwo-Berg"),
]


@pytest.mark.parametrize("text, name", EN + FR)
def test_a_title_before_a_name_is_not_part_of_it(text, name):
    assert one(text, own_voice=False).speaker == name
