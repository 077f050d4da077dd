"""A pronoun after a quotation goes to whoever spoke, not to someone the paragraph names only as listening.

* **going on across a paragraph** (« poursuit-il », "she went on", "he added" in the paragraph after the
  speaker's own quotation): when the people the new paragraph names before the quotation only listen (at her
  side, nodding, in the front row), the speaker of the paragraph before goes on;
* **a listener named last**: "NAME1 urged donors to act. NAME2 nodded from the front row. “…,” she said": the
  woman who urged, not the one who nodded; with two people who both spoke, or nobody who did, the rule is as
  before (the latest subject, or nobody).

Written for these tests, in English and French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

GOING_ON_EN = [  # (text, speaker of the last quotation)
    ("“The mast fell in March,” said Harald Veströmm, mayor of Kelby.\n\nThe minister Ines Calloway visited "
     "the next day. Her adviser, Piotr Danek, stood at her side. “Nobody has come back since,” he went on.",
     "Harald Veströmm"),                                                                           # feature
    ("Rosa Alvarenga-Teo told reporters: “We count the villages, not the plans.”\n\nAmbassador Mira Halloran "
     "nodded from the front row. “A plan does not ring a bell,” she added.", "Rosa Alvarenga-Teo"),  # wire copy
    ("10:40 — “The relay is the weak link,” said Tomas Erlandsen of the radio network.\n\nDelegate Jonas "
     "Pirelli listened without a word. “Fix the relay and the rest follows,” he continued.", "Tomas Erlandsen"),  # live blog
    ("A: “We printed the bulletin at midnight,” said Harald Veströmm.\n\nHis colleague Piotr Danek looked on. "
     "“By dawn it was already too late,” he added.", "Harald Veströmm"),                            # Q&A
    ("“Sirens are cheap; trust is not,” Rosa Alvarenga-Teo wrote to members.\n\nHer deputy, Lena Brack, was "
     "copied in. “We will spend on trust,” she went on.", "Rosa Alvarenga-Teo"),                      # newsletter
    ("“Our districts heard nothing,” said Minister Tomas Erlandsen.\n\nBeside him sat Jonas Pirelli, his chief "
     "of staff. “That silence cost lives,” he continued.", "Tomas Erlandsen"),                       # statement
]
GOING_ON_FR = [
    (f"«{NB}Le mât est tombé en mars{NB}», raconte Harald Veströmm, maire de Kelby.\n\nLa ministre Ines "
     f"Calloway est venue le lendemain. Son conseiller, Piotr Danek, était à ses côtés. «{NB}Personne n’est "
     f"revenu depuis{NB}», poursuit-il.", "Harald Veströmm"),                                          # reportage
    (f"Rosa Alvarenga-Teo a déclaré{NB}: «{NB}Nous comptons les villages, pas les plans{NB}».\n\nL’ambassadrice "
     f"Mira Halloran a hoché la tête. «{NB}Un plan ne sonne pas la cloche{NB}», a-t-elle ajouté.",
     "Rosa Alvarenga-Teo"),                                                                           # dépêche
    (f"10 h 40 — «{NB}Le relais est le maillon faible{NB}», dit Tomas Erlandsen.\n\nLe délégué Jonas Pirelli "
     f"écoutait sans un mot. «{NB}Réparez le relais, le reste suivra{NB}», a-t-il ajouté.", "Tomas Erlandsen"),  # direct
    (f"R{NB}: «{NB}Nous avons imprimé le bulletin à minuit{NB}», explique Harald Veströmm.\n\nSon collègue Piotr "
     f"Danek était assis près de lui. «{NB}À l’aube, il était trop tard{NB}», ajoute-t-il.", "Harald Veströmm"),  # entretien
    (f"«{NB}Les sirènes coûtent peu, la confiance beaucoup{NB}», écrit Rosa Alvarenga-Teo aux membres.\n\nSa "
     f"adjointe, Lena Brack, était en copie. «{NB}Nous paierons la confiance{NB}», poursuit-elle.",
     "Rosa Alvarenga-Teo"),                                                                           # lettre
    (f"«{NB}Nos districts n’ont rien entendu{NB}», a dit le ministre Tomas Erlandsen.\n\nÀ ses côtés se tenait "
     f"Jonas Pirelli, son directeur de cabinet. «{NB}Ce silence a coûté des vies{NB}», a-t-il poursuivi.",
     "Tomas Erlandsen"),                                                                              # déclaration
]
LISTENER_EN = [
    ("Speaking after him, Kessland's minister Rosa Alvarenga-Teo urged donors to act. Ambassador Mira Halloran "
     "nodded from the front row. “Every season we wait costs a village,” she said.", "Rosa Alvarenga-Teo"),  # wire
    ("Tomas Erlandsen warned the plenary that relays fail first. Jonas Pirelli listened from the gallery. "
     "“A relay is only a box on a hill,” he said.", "Tomas Erlandsen"),                              # live blog
    ("Minister Ines Calloway called on States to fund the masts; her colleague Lena Brack looked on. “Masts "
     "before manuals,” she told reporters.", "Ines Calloway"),                                       # feature
    ("Harald Veströmm urged the mayors to test their sirens. Piotr Danek applauded. “Test them in daylight,” "
     "he said.", "Harald Veströmm"),                                                                 # newsletter
    ("Rosa Alvarenga-Teo told delegates the fund was empty. Mira Halloran sat beside her. “Empty funds fill "
     "no batteries,” she said later.", "Rosa Alvarenga-Teo"),                                        # statement
    ("Q: Who spoke for the districts?\nA: Tomas Erlandsen insisted on the timetable. Jonas Pirelli nodded. "
     "“Fifteen minutes, not fifty,” he said.", "Tomas Erlandsen"),                                   # Q&A
]
LISTENER_FR = [
    (f"Après lui, la ministre kesslandaise Rosa Alvarenga-Teo a exhorté les donateurs à agir. L’ambassadrice "
     f"Mira Halloran a hoché la tête au premier rang. «{NB}Chaque saison d’attente coûte un village{NB}», "
     f"a-t-elle dit.", "Rosa Alvarenga-Teo"),                                                         # dépêche
    (f"Tomas Erlandsen a prévenu la plénière que les relais lâchent d’abord. Jonas Pirelli écoutait depuis la "
     f"tribune. «{NB}Un relais n’est qu’une boîte sur une colline{NB}», a-t-il dit.", "Tomas Erlandsen"),  # direct
    (f"La ministre Ines Calloway a appelé les États à financer les mâts. Sa collègue Lena Brack acquiesçait. "
     f"«{NB}Les mâts avant les manuels{NB}», a-t-elle lancé.", "Ines Calloway"),                      # reportage
    (f"Harald Veströmm a demandé aux maires de tester leurs sirènes. Piotr Danek a applaudi. «{NB}Testez-les "
     f"en plein jour{NB}», a-t-il dit.", "Harald Veströmm"),                                         # bulletin
    (f"Rosa Alvarenga-Teo a affirmé aux délégués que le fonds était vide. Mira Halloran était assise à côté "
     f"d’elle. «{NB}Un fonds vide ne charge aucune batterie{NB}», a-t-elle dit.", "Rosa Alvarenga-Teo"),  # déclaration
    (f"Q{NB}: Qui a parlé pour les districts{NB}?\nR{NB}: Tomas Erlandsen a insisté sur le calendrier. Jonas "
     f"Pirelli a hoché la tête. «{NB}Quinze minutes, pas cinquante{NB}», a-t-il dit.", "Tomas Erlandsen"),  # entretien
]


def _speakers(text):
    return [q.speaker for q in quotes(text, language="fr" if "«" in text else "en", own_voice=False)]


@pytest.mark.parametrize("text,speaker", GOING_ON_EN + GOING_ON_FR)
def test_going_on_after_the_paragraph_before_is_its_speaker(text, speaker):
    assert _speakers(text) == [speaker, speaker]


@pytest.mark.parametrize("text,speaker", LISTENER_EN + LISTENER_FR)
def test_the_one_who_spoke_not_the_one_who_nodded(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text,speaker", [
    (f"«{NB}Le mât est tombé{NB}», raconte Harald Veströmm.\n\nLe délégué Piotr Danek a pris la parole. "
     f"«{NB}Personne n’est revenu{NB}», poursuit-il.", "Piotr Danek"),
])
def test_someone_who_took_the_floor_keeps_the_pronoun(text, speaker):
    """Taking the floor is no listening: the pronoun goes to the person named last."""
    assert _speakers(text)[-1] == speaker
