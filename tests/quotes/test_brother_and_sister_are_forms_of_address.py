"""A union's or a movement's form of address before a surname ("Brother NAME", "Sister NAME", "Comrade NAME",
« Camarade NAME ») is a courtesy like "Ms", not a first name: the person is the one the kit names in full with
that surname, and nobody new called "Brother". The sentences are written for these tests, as different press
writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, settled_kit

FULL = "Marguerite Okonjo-Brand"
INTRO = ("intro", "en", f"The union's general secretary, {FULL}, opened the conference on Saturday morning. "
         "“We came here to win one seat, not to make speeches,” she said.")
INTRO_FR = ("intro-fr", "fr", f"La secrétaire générale du syndicat, {FULL}, a ouvert le congrès samedi. "
            f"«{NB}Nous sommes venus gagner un siège, pas faire des discours{NB}», a-t-elle dit.")

EN = [
    # a conference report
    "Replying for the Executive, Sister Okonjo-Brand said the motion was accepted. “We will ask for the seats, "
    "and if we are refused we will ask again in public.”",
    # a letters page
    "When Sister Okonjo-Brand told conference that “nobody will be sped up in the name of health”, I cheered "
    "with everyone else.",
    # a members' podcast transcript
    "HOST: Comrade Okonjo-Brand, you said at the rally: “A recipe that changes without us changes against us.”",
    # a live blog
    "11:05 — Sister Okonjo-Brand to the hall: “We have waited three years for this seat, and we will wait no longer.”",
]
FR = [
    # un compte rendu en français d'un congrès britannique, qui garde la forme d'adresse
    f"Pour clore le débat, Sister Okonjo-Brand a répondu aux délégués : «{NB}Nous demanderons les sièges, et si "
    f"on nous les refuse, nous les redemanderons en public{NB}».",
    # un journal de section
    f"Camarade Okonjo-Brand a conclu : «{NB}Une recette qui change sans nous change contre nous, et nous le "
    f"dirons à chaque comité{NB}».",
]


@pytest.mark.parametrize("text", EN)
def test_the_form_of_address_is_no_first_name(text):
    _intro, quotes = settled_kit(INTRO, ("doc", "en", text))
    assert [q.speaker for q in quotes] == [FULL]


@pytest.mark.parametrize("text", FR)
def test_the_french_form_of_address_is_no_first_name(text):
    _intro, quotes = settled_kit(INTRO_FR, ("doc", "fr", text))
    assert [q.speaker for q in quotes] == [FULL]


NEAR = [
    # a brother or a sister of someone: a relative, who is named in full, and whose words stay his
    ("Her brother, Tomas Okonjo, told the paper: “She never missed a shift in thirty years of work.”", "Tomas Okonjo"),
    (f"Son frère, Tomas Okonjo, a confié : «{NB}Elle n’a jamais manqué une équipe en trente ans{NB}».", "Tomas Okonjo"),
]


def test_a_sister_s_given_name_is_kept_and_the_title_is_not():
    text = "Sister Agnes Morrow, who runs the shelter, said: “Bread is what people ask for first, every single night.”"
    assert one(text, own_voice=False).speaker == "Agnes Morrow"


@pytest.mark.parametrize("text,speaker", NEAR)
def test_a_relative_and_a_full_name_stay(text, speaker):
    assert one(text, own_voice=False).speaker == speaker
