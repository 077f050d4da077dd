"""A body as the source of words it concedes or writes, with nobody in particular speaking for it.

* « Au BGN, on le reconnaît sans détour : « … » », "At the Grain Office, they admit it freely: “…”": an
  impersonal « on » / "they" that concedes the words gives them to the body named before it;
* « « … », a estimé dans un communiqué la Coalition X » and "“…,” said in a statement the X": where the words
  were written stands between the verb and its subject, which is the body, not the person quoted before
  (the wire copy's reaction list: giving them to her is a wrong name).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_CONCEDE_FR = [
    f"Le Bureau des grains de la plaine (BGP) a publié ses chiffres.\n\nAu BGP, on le reconnaît sans détour{NB}: "
    f"«{NB}nos chiffres sur la pêche datent de 2019{NB}».",
    f"Au Bureau des grains de la plaine, on l’admet volontiers{NB}: «{NB}nos chiffres sur la pêche datent de "
    f"2019{NB}».",
    f"**14 h 10** — Au sein du Bureau des grains de la plaine, on l’avoue à demi-mot{NB}: «{NB}nos chiffres sur la "
    f"pêche datent de 2019{NB}».",
    f"Au Réseau des veilleurs de grains, on le reconnaît{NB}: «{NB}nos chiffres sur la pêche datent de 2019{NB}».",
    f"À l’Agence des grains de la plaine, on le reconnaît aussi{NB}: «{NB}nos chiffres sur la pêche datent de 2019{NB}».",
    f"Au Bureau des grains de la plaine, on avoue sans peine{NB}: «{NB}nos chiffres sur la pêche datent de "
    f"2019{NB}».",
]
_CONCEDE_EN = [
    "The Lowland Grain Office (LGO) published its figures.\n\nAt the LGO, they admit it freely: “our fishing "
    "figures date from 2019”.",
    "At the Lowland Grain Office, they admit it: “our fishing figures date from 2019.”",
    "**14:10** — Inside the Lowland Grain Office, people admit it openly: “our fishing figures date from 2019.”",
    "At the Grain Watchers Network, they concede the point: “our fishing figures date from 2019.”",
    "Within the Lowland Grain Agency, staff admit it: “our fishing figures date from 2019.”",
    "Among the Lowland Grain Institute, they admit as much: “our fishing figures date from 2019.”",
]


@pytest.mark.parametrize("text", _CONCEDE_FR + _CONCEDE_EN)
def test_words_a_body_concedes_are_the_body_s(text):
    qs = [q for q in quotes(text) if "2019" in q.text]
    assert len(qs) == 1
    assert qs[0].speaker == ""
    org = qs[0].organisation
    assert org in ("BGP", "LGO") or "rain" in org, org  # the body, not the document's publisher
    assert org != "Harbour Coalition"


_BEFORE = (f"«{NB}Le texte laisse les marchés sans un sou{NB}», a estimé Noémie Palomek-Sarr, coordinatrice du "
           f"Réseau des marchés ruraux.\n\n")
_BEFORE_EN = ("“The text leaves rural markets without a penny,” said Noémie Palomek-Sarr, coordinator of the Rural "
              "Markets Network.\n\n")
_WRITTEN = [
    _BEFORE + f"«{NB}la chaîne du froid reste la grande absente du texte{NB}», a estimé dans un communiqué la "
              f"Coalition des greniers.",
    _BEFORE + f"«{NB}la chaîne du froid reste la grande absente du texte{NB}», a regretté dans une déclaration "
              f"l’Alliance des greniers.",
    _BEFORE + f"«{NB}La chaîne du froid reste la grande absente du texte{NB}», écrit dans son communiqué la "
              f"Coalition des greniers.",
    _BEFORE + f"«{NB}La chaîne du froid reste la grande absente du texte{NB}», a déploré dans une lettre ouverte "
              f"la Fédération des greniers.",
    _BEFORE + f"«{NB}La chaîne du froid reste la grande absente du texte{NB}», a jugé mercredi dans un "
              f"communiqué la Coalition des greniers.",
    _BEFORE + f"«{NB}La chaîne du froid reste la grande absente du texte{NB}», a réagi dans un communiqué de "
              f"presse l’Alliance des greniers.",
    _BEFORE_EN + "“The cold chain is still missing from the text,” said in a statement the Granary Alliance.",
    _BEFORE_EN + "“The cold chain is still missing from the text,” wrote in a letter the Granary Federation.",
    _BEFORE_EN + "“The cold chain is still missing from the text,” said in a press release the Granary Coalition.",
    _BEFORE_EN + "“The cold chain is still missing from the text,” added in its statement the Granary Alliance.",
    _BEFORE_EN + "“The cold chain is still missing from the text,” the Granary Alliance said in a statement.",
    _BEFORE_EN + "“The cold chain is still missing from the text,” said on Wednesday in a statement the Granary "
                 "Coalition.",
]


@pytest.mark.parametrize("text", _WRITTEN)
def test_a_body_s_written_words_are_not_the_person_s_before(text):
    q = [q for q in quotes(text) if "froid" in q.text or "cold" in q.text]
    assert len(q) == 1
    assert q[0].speaker == ""  # not Noémie Palomek-Sarr
    assert q[0].organisation.split()[0] in ("Coalition", "Alliance", "Fédération", "Granary"), q[0].organisation
