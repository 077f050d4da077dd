"""An interview's answers labelled with spaced initials and a dash, as French interviews print them (« A. V. — Oui.
… »), or with a colon ("M. F.: …"), are the answers of the one person the standfirst names with those initials:
her own words in them ("je dis souvent, en anglais, “…”", « ce que j’ai dit lundi à la tribune : « … » ») are
hers, as after « **A.V. :** ». The label itself, read as a name, is no second person of those initials.

Near-miss that must not change: two people of the same initials make the label nobody's (a label is never guessed).
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .finding import NB, one

_HEAD_FR = (f"# «{NB}Le froid coûte cher{NB}»\n\n*Entretien avec la docteure Mila Ferrant, directrice du Réseau "
            f"des dispensaires du Nord, réalisé par Jonas Pell.*\n\n**J. P. — Combien de colis recevez-vous ?**\n\n")
_HEAD_EN = ("# “Cold costs money”\n\n*An interview with Dr Mila Ferrant, director of the Northern Clinics Network, "
            "by Jonas Pell.*\n\n**J. P.: How many parcels do you get?**\n\n")

_HERS = [
    _HEAD_FR + "M. F. — Environ deux mille. Et je dis souvent, en anglais parce que je l’ai dit ainsi à Genève, "
               "“the lab is fast, the road is slow”. C’est toujours vrai.",
    _HEAD_FR + f"M. F. — Je leur dirai ce que j’ai dit lundi à la tribune{NB}: «{NB}ne financez pas des saisies, "
               f"financez des analyses{NB}».",
    _HEAD_EN + "M. F.: About two thousand. I tell every minister what I told the Parties on Monday: “do not fund "
               "seizures, fund analyses”.",
]


@pytest.mark.parametrize("text", _HERS)
def test_the_answerer_s_own_words_are_hers(text):
    q = one(text)
    assert q.speaker == "Mila Ferrant", (q.speaker, q.attribution)


def test_two_people_of_the_label_s_initials_make_it_nobody_s():
    text = _HERS[1].replace("réalisé par Jonas Pell.*", "réalisé par Jonas Pell, avec Marc Fontaine.*")
    assert one(text).speaker == ""
