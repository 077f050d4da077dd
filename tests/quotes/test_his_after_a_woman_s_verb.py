"""A possessive after a named woman's verb is the object's, not hers: "Ms NAME welcomed his offer" says nothing of
her gender, so the "he said" after it still goes to the man the paragraph introduced (with no verb of saying)."""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

CASES = [
    # wire copy
    ("“We want a register,” said Nkem Harkin-Obi, director of the Watch. Ostrava's mines minister, Teodric Vallenby, "
     "flew in on Monday. Ms Harkin-Obi welcomed his offer of open data. "
     "“Our inspections will be public from May,” he said.", "Teodric Vallenby"),
    # feature
    ("The deputy minister of Quellmark, Anselm Rivaud-Tenk, walked the dam with us. Lucia Ferrante-Bey praised his "
     "candour. “I have seen worse, but not much worse,” he told us.", "Anselm Rivaud-Tenk"),
    # live blog
    ("10:50 — “Pay now,” says Oyin Lindqvist-Amadi of the network.\n\n11:05 — Brenmoor's head of delegation, Casimir "
     "Oduya, takes the floor. Mrs Lindqvist-Amadi thanks him for his "
     "figures. “We will pay our share this year,” he says.", "Casimir Oduya"),
    # newsletter
    ("Halvard Mensah-Kroll, Torvia's chief inspector, was at our stand on Tuesday. Ms Delacroix-Yuen read his "
     "report twice. “Every dam on that list has a name and a number,” he added.", "Halvard Mensah-Kroll"),
    # statement
    ("Our chair, Sefa Nakamura-Lowe, said: “Welcome to Harrowgate.” The Minister of Mines of Estrovia, Radomir "
     "Achterberg, joins us today. Ms Nakamura-Lowe has read his "
     "proposal with care. “A register is only as good as its last inspection,” he said.", "Radomir Achterberg"),
    # Q&A lead-in
    ("Our guest, Eamon Tessaly-Kure, chairs the contact group. Maria Oyelaran-Frost had challenged his timetable. "
     "“The timetable is the Parties', not mine,” he replied.", "Eamon Tessaly-Kure"),
    # French: the same constructions, « son » saying nothing of either
    ("Le ministre des Mines d'Ostrava, Teodric Vallenby, est arrivé lundi. Mme Harkin-Obi a salué son offre. "
     "« Nos inspections seront publiques dès mai », a-t-il déclaré.", "Teodric Vallenby"),
    ("Le vice-ministre de Quellmark, Anselm Rivaud-Tenk, a longé la digue avec nous. Lucia Ferrante-Bey a loué sa "
     "franchise. « J'ai vu pire, mais pas beaucoup pire », nous a-t-il confié.", "Anselm Rivaud-Tenk"),
    ("11 h 05 — Le chef de la délégation de Brenmoor, Casimir Oduya, prend la parole. Mme Lindqvist-Amadi le "
     "remercie pour ses chiffres. « Nous paierons notre part cette année », dit-il.", "Casimir Oduya"),
    ("Halvard Mensah-Kroll, inspecteur en chef de Torvie, était à notre stand mardi. Mme Delacroix-Yuen a lu son "
     "rapport deux fois. « Chaque digue de cette liste a un nom et un numéro », a-t-il ajouté.", "Halvard Mensah-Kroll"),
    ("Le ministre des Mines d'Estrovie, Radomir Achterberg, est parmi nous. Mme Nakamura-Lowe a lu sa proposition "
     "avec soin. « Un registre ne vaut que sa dernière inspection », a-t-il dit.", "Radomir Achterberg"),
    ("Notre invité, Eamon Tessaly-Kure, préside le groupe de contact. Maria Oyelaran-Frost avait contesté son "
     "calendrier. « Le calendrier est celui des Parties, pas le mien », a-t-il répondu.", "Eamon Tessaly-Kure"),
]


@pytest.mark.parametrize("text, speaker", CASES)
def test_he_said_after_a_woman_who_spoke_of_his_work_is_the_man_introduced(text, speaker):
    assert quotes(text)[-1].speaker == speaker
