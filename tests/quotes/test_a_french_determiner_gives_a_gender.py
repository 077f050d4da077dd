"""A French determiner and a person's noun right before a name (« son collègue NAME », « le délégué NAME », « la
ministre NAME ») say the person's gender, as « M. » and « Mme » do, when the first name says nothing: so « a-t-elle
ajouté » after a woman's answer that ends on her colleague's name goes to her, the woman the paragraph before
introduced, not to him. « son » says so only before a consonant (« son adjointe » is a woman). The sentences are written for these tests, as different press
writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

SHE = "Maïwenn Tarsel-Oduya"
HIM = "Idris Vauquelin-Abebe"

CASES = [
    # une dépêche
    f"La ministre {SHE} a présenté le budget lundi.\n\nInterrogée sur le financement, la ministre a renvoyé au "
    f"comité que présidera son collègue {HIM}. «{NB}L'argent est prévu{NB}», a-t-elle ajouté.",
    # un journal radio
    f"Invitée de la matinale, la ministre {SHE}.\n\nElle cite le rapport remis hier par le délégué {HIM}. «{NB}Nous "
    f"suivrons ses conclusions{NB}», a-t-elle promis.",
    # une lettre d'information
    f"Notre présidente, {SHE}, était à Genève lundi.\n\nElle y a reçu le directeur {HIM}. «{NB}Nous avons parlé "
    f"des ateliers{NB}», a-t-elle raconté.",
]


@pytest.mark.parametrize("text", CASES)
def test_elle_goes_to_the_woman_not_to_the_man_named_after_a_masculine_noun(text):
    found = quotes(text, own_voice=False)
    assert [q.speaker for q in found] == [SHE]


@pytest.mark.parametrize("text,speaker", [
    # near-misses: a woman named after « sa collègue » is still the one « elle » means; « il » is still the colleague
    (f"Le ministre {HIM} a présenté le budget, puis a donné la parole à sa collègue {SHE}. «{NB}L'argent est "
     f"prévu{NB}», a-t-elle ajouté.", SHE),
    (f"La ministre {SHE} a présenté le budget lundi.\n\nInterrogé sur le financement, son collègue {HIM} a "
     f"renvoyé au comité. «{NB}L'argent est prévu{NB}», a-t-il ajouté.", HIM),
])
def test_the_one_the_pronoun_names_is_unchanged(text, speaker):
    assert [q.speaker for q in quotes(text, own_voice=False)] == [speaker]


def test_a_heading_s_noun_gives_no_gender():
    # near-miss: a portrait's heading ends on a feminine noun; the man named on the next line keeps « il »
    text = (f"## Portrait{NB}: l'homme de la carrière\n\n{HIM} a trente-huit ans. Il raconte{NB}:\n\n«{NB}Au début, on "
            f"met le casque, puis on le pose sur la caisse.{NB}»")
    assert [q.speaker for q in quotes(text, own_voice=False)] == [HIM]
