"""A surname alone that two people of the document share ("Lind" after "Ana Lind … Dr Per Lind, no relation")
names neither of them by default: the later one was taken, a guess that was wrong as often as right. The
speaker is then left to what the kit or the text's gender can tell, and a wrong name is never given. The
sentences are written for these tests, as wire copy, a feature, a live blog, an interview, a newsletter and
a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN_INTRO = "The health minister, Ana Lindqvar, spoke first. Her adviser, Dr Per Lindqvar, no relation, sat behind her. "
FR_INTRO = ("La ministre de la Santé, Ana Lindqvar, a parlé la première. Son conseiller, le docteur Per Lindqvar, sans "
            "lien de parenté, était assis derrière elle. ")
SHARED = [
    EN_INTRO + "“Farmers are not the industry,” said Lindqvar.",
    EN_INTRO + "\n\n10:40 — “We will not sign this text,” Lindqvar told reporters.",
    EN_INTRO + "Q: And the tax? A: “The tax pays for the clinics,” Lindqvar answered.",
    EN_INTRO + "In brief: “Nobody asked the growers,” Lindqvar said in the corridor.",
    EN_INTRO + "Lindqvar was blunt: “The treaty needs teeth.”",
    FR_INTRO + f"«{NB}Les planteurs paient deux fois{NB}», a dit Lindqvar.",
    FR_INTRO + f"\n\n10 h 40 — «{NB}Nous ne signerons pas ce texte{NB}», a lancé Lindqvar.",
    FR_INTRO + f"Q{NB}: Et la taxe{NB}? R{NB}: «{NB}La taxe paie les dispensaires{NB}», a répondu Lindqvar.",
    FR_INTRO + f"En bref{NB}: «{NB}Personne n'a demandé aux planteurs{NB}», a dit Lindqvar dans le couloir.",
    FR_INTRO + f"Lindqvar a été directe{NB}: «{NB}Le traité a besoin de dents.{NB}»",
    FR_INTRO + f"«{NB}Traitez-les en partenaires{NB}», a conclu Lindqvar.",
]


#: Not yet: a time after the name still takes one of the two (docs/quotes.md, "Left to do"); it stays here to
#: show it, expected to fail until it is read right.
NOT_YET = [
    EN_INTRO + "“Treat them as partners,” said Lindqvar at the close of the session.",
]


@pytest.mark.parametrize("text", SHARED)
def test_a_surname_two_people_share_names_neither_by_guess(text):
    assert one(text).speaker not in ("Per Lindqvar", "Ana Lindqvar")


@pytest.mark.xfail(strict=True, reason="a namesake is still taken after a time")
@pytest.mark.parametrize("text", NOT_YET)
def test_a_surname_two_people_share_after_other_forms_is_not_yet_read(text):
    assert one(text).speaker not in ("Per Lindqvar", "Ana Lindqvar")
