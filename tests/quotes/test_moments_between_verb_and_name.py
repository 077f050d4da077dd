"""A moment of the day or of the meeting between an inverted verb of saying and its subject (« a résumé à la
mi-journée l'ambassadrice NAME », "said after the plenary Ambassador NAME") does not hide the subject. The
sentences are written for these tests, as wire copy, a feature, a live blog, an interview, a newsletter and a
statement would put them; a time the text does not date (« un jour », « souvent », "once") the same.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

MOMENTS = [
    (f"«{NB}Nous sommes d'accord sur le diagnostic, pas sur l'ordonnance{NB}», a résumé à la mi-journée "
     f"l'ambassadrice Hesper Galanou-Reyes, qui préside la réunion.", "Hesper Galanou-Reyes"),
    (f"«{NB}Le texte tiendra jusqu'à vendredi{NB}», a glissé à l'issue de la séance le ministre Tomas Bereni.",
     "Tomas Bereni"),
    (f"«{NB}Personne n'a lu l'annexe{NB}», a lancé après la plénière la déléguée Ruth Kamsky.", "Ruth Kamsky"),
    (f"«{NB}Nous reviendrons demain{NB}», a prévenu à la sortie de la réunion Oren Valadez, porte-parole du "
     f"réseau.", "Oren Valadez"),
    (f"14 h 10 — «{NB}C'est un plancher, pas un plafond{NB}», a tranché à la reprise la présidente Ilse "
     f"Marrow.", "Ilse Marrow"),
    (f"«{NB}Nous signerons si les inspecteurs y sont{NB}», a assuré à midi l'ambassadeur Jonas Perrault.",
     "Jonas Perrault"),
    ("“We agree on the diagnosis, not on the prescription,” said at midday Ambassador Hesper Galanou-Reyes, who "
     "chairs the meeting.", "Hesper Galanou-Reyes"),
    ("“The text will hold until Friday,” said after the plenary Minister Tomas Bereni.", "Tomas Bereni"),
    ("“Nobody has read the annex,” added at the close of the session Ruth Kamsky, a delegate.", "Ruth Kamsky"),
    ("14:10 — “It is a floor, not a ceiling,” said at lunchtime Ilse Marrow, the network's chair.",
     "Ilse Marrow"),
    ("“We will sign if the inspectors are in it,” said before the break Ambassador Jonas Perrault.",
     "Jonas Perrault"),
    ("“We will be back tomorrow,” said at noon Oren Valadez, the network's spokesman.", "Oren Valadez"),
    # a time the text does not date: « un jour », « souvent », "once", "one day"
    (f"R : Comme me l’a dit un jour Hesper Galanou-Reyes{NB}: «{NB}Les chiffres ne se lassent jamais.{NB}»",
     "Hesper Galanou-Reyes"),
    (f"«{NB}Le texte tiendra{NB}», m’a confié un soir le ministre Tomas Bereni.", "Tomas Bereni"),
    (f"Comme le répétait souvent Ruth Kamsky, «{NB}une corde coûte moins qu’un enterrement{NB}».", "Ruth Kamsky"),
    (f"Bulletin. Comme l’a rappelé une fois Ilse Marrow{NB}: «{NB}C’est un plancher, pas un plafond.{NB}»",
     "Ilse Marrow"),
    (f"«{NB}Nous signerons{NB}», a dit naguère l’ambassadeur Jonas Perrault.", "Jonas Perrault"),
    (f"Déclaration. Comme me l’a écrit autrefois Oren Valadez{NB}: «{NB}Nous reviendrons.{NB}»", "Oren Valadez"),
    ("A: As told me once Hesper Galanou-Reyes: “Numbers never tire.”", "Hesper Galanou-Reyes"),
    ("“The text will hold,” said one day Minister Tomas Bereni, half joking.", "Tomas Bereni"),
    ("Newsletter. “Nobody reads the annex,” remarked often Ruth Kamsky, a delegate.", "Ruth Kamsky"),
    ("Statement. As wrote once Ilse Marrow, the network's chair: “It is a floor, not a ceiling.”", "Ilse Marrow"),
    ("14:10 — “We will sign,” said one day Ambassador Jonas Perrault.", "Jonas Perrault"),
    ("Feature. “We will be back,” told me once Oren Valadez, the network's spokesman.", "Oren Valadez"),
]


@pytest.mark.parametrize("text,name", MOMENTS)
def test_a_moment_between_verb_and_subject_does_not_hide_the_subject(text, name):
    assert one(text).speaker == name
