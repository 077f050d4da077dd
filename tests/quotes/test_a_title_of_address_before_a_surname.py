"""A title of address before a surname (« M. », « Mme », "Dr", "Mr.") in a pronoun's paragraph: its dot ends no
sentence, so « …, ce que M. SURNAME a regretté » does not open a sentence on him, while « Mme SURNAME a reconnu … »
opens the paragraph on her; and « elle » is never a man « M. » names. Written for these tests, in French and English,
as wire dispatches print a meeting's close.
"""

from __future__ import annotations

from tests.quotes.finding import NB, quotes

FR = (f"Le ministre de la Santé, Renaud Kerbastel, qui présidait la séance, a prévenu{NB}: «{NB}Une date sans budget, "
      f"c'est un rendez-vous manqué d'avance.{NB}»\n\n"
      f"La secrétaire exécutive, Solveig Marandier, a conclu la conférence de presse.\n\n"
      f"Mme Marandier a reconnu que le financement était renvoyé à la prochaine réunion, ce que M. Kerbastel a "
      f"aussitôt regretté. «{NB}Nous avons choisi un calendrier cette année plutôt qu'un fonds dans dix ans{NB}», "
      f"a-t-elle ajouté.\n")


def test_elle_after_a_man_named_with_m_is_the_woman_the_sentence_opens_on():
    qs = quotes(FR, language="fr")
    assert [q.speaker for q in qs] == ["Renaud Kerbastel", "Solveig Marandier"]


def test_il_after_the_same_sentence_is_not_the_woman():
    # near-miss: « a-t-il ajouté »: not Mme Marandier, whom the paragraph opens on
    qs = quotes(FR.replace("a-t-elle ajouté", "a-t-il ajouté"), language="fr")
    assert qs[1].speaker != "Solveig Marandier"


def test_an_english_title_s_dot_ends_no_sentence():
    text = ("Health minister Renaud Kerbastel chaired the closing session.\n\n"
            "Executive secretary Solveig Marandier spoke to the press afterwards.\n\n"
            "Ms Marandier conceded that funding had been put off to the next meeting, which Mr. Kerbastel at once "
            "regretted. “We chose a calendar this year rather than a fund in ten years,” she added.\n")
    assert quotes(text, language="en")[0].speaker == "Solveig Marandier"
