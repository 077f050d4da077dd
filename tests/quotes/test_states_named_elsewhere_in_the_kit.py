"""A State's body named by the State's adjective ("the Vardolian delegation", "a spokeswoman for the Vardolian
presidency", « la délégation vardolienne ») in a document that never names the State itself: the quotation speaks
for the State the kit names in another document. An unnamed delegate « de la Vardolie » speaks for it too, and a
time after a body's name (« dès 2025 ») is no part of it. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes, settled_kit

NAMES_STATE = {
    "en": "“We will sign on Friday if the fund is open,” said Ana Pertev-Lund, minister of Vardolia.",
    "fr": f"«{NB}Nous signerons vendredi si le fonds est ouvert{NB}», a déclaré Ana Pertev-Lund, ministre de la "
          f"Vardolie.",
}

BY_ADJECTIVE = [
    # wire copy, a named head of delegation
    ("en", "The head of the Vardolian delegation, Tomas Keller-Ruiz, spoke after lunch. “Money first, dates "
           "second,” said Tomas Keller-Ruiz, head of delegation."),
    # feature, an unnamed ministry spokesman, read back
    ("en", "Not everyone agrees. A spokesman for the Vardolian mines ministry, who declined to be named, called the "
           "plan costly. “One valley with a donor is not a national policy,” the spokesman said."),
    # live blog, the presidency
    ("en", "15:20 — “We are closer than on Monday, but not close,” a spokeswoman for the Vardolian presidency said."),
    # newsletter, the government
    ("en", "“Nobody in this room wants a text without money,” an official of the Vardolian government told the "
           "Daily."),
    # Q&A introduction, an apposition
    ("en", "Tomas Keller-Ruiz, who leads the Vardolian delegation, took our questions. “We came to close this file, "
           "not to open another one,” he said."),
    # statement reported, the embassy
    ("en", "“The fund is the test of this conference,” a diplomat at the Vardolian embassy said on Tuesday."),
    ("fr", f"Le chef de la délégation vardolienne, Tomas Keller-Ruiz, a parlé après le déjeuner. «{NB}L'argent "
           f"d'abord, les dates ensuite{NB}», a déclaré Tomas Keller-Ruiz, chef de la délégation vardolienne."),
    ("fr", f"Tout le monde n'est pas d'accord. Un porte-parole du ministère vardolien des Mines, qui a requis "
           f"l'anonymat, juge le plan coûteux. «{NB}Une vallée avec un donateur n'est pas une politique "
           f"nationale{NB}», a dit le porte-parole."),
    ("fr", f"15 h 20 — «{NB}Nous sommes plus près que lundi, mais pas encore près{NB}», a indiqué une porte-parole de "
           f"la présidence vardolienne."),
    ("fr", f"«{NB}Personne ici ne veut d'un texte sans argent{NB}», a confié un responsable du gouvernement "
           f"vardolien au Bulletin."),
    ("fr", f"Un délégué de la Vardolie, sous couvert d'anonymat, a reconnu en fin de journée : «{NB}Nous bougerons "
           f"si l'argent bouge avant nous{NB}»."),
    ("fr", f"«{NB}Le fonds est le test de cette conférence{NB}», a glissé un diplomate de la Vardolie mardi soir."),
]


@pytest.mark.parametrize("lang,text", BY_ADJECTIVE)
def test_a_states_body_by_its_adjective_speaks_for_the_state_the_kit_names(lang, text):
    _first, later = settled_kit(("state", lang, NAMES_STATE[lang]), ("story", lang, text))
    assert later[-1].organisation == "Vardolia" if lang == "en" else later[-1].organisation in ("Vardolie", "Vardolia")


@pytest.mark.parametrize("lang,text", [BY_ADJECTIVE[1], BY_ADJECTIVE[7]])
def test_with_no_state_in_the_kit_the_body_stays_the_body(lang, text):
    _first, later = settled_kit(("other", lang, "Nothing here names a State."), ("story", lang, text))
    assert "ministry" in later[-1].organisation or "ministère" in later[-1].organisation


@pytest.mark.parametrize("text,org", [
    (f"Il le sera. «{NB}Nous avons toujours dit que 2030 était un minimum{NB}», rappelait la Coalition dès 2025.",
     "Harbour Coalition"),
    ("It will be. “We have always said 2030 is a floor, not a ceiling,” the Coalition wrote as early as 2025.",
     "Harbour Coalition"),
    (f"«{NB}La pêche artisanale mérite un fonds{NB}», écrivait l'Alliance des pêcheurs à partir de 2024 dans ses "
     f"bulletins.", "Alliance des pêcheurs"),
])
def test_a_time_after_a_bodys_name_is_no_part_of_it(text, org):
    assert quotes(text)[-1].organisation == org


@pytest.mark.parametrize("text", [
    f"Un responsable du Programme mondial de surveillance, qui s'exprimait sous couvert d'anonymat, reconnaît : "
    f"«{NB}nos stations ne couvrent qu'un tiers des sites connus{NB}».",
    "An official of the Monitoring Programme for Rivers, speaking on condition of anonymity, admitted: “our stations "
    "cover a third of the known sites.”",
])
def test_a_body_whose_name_starts_with_a_capitalised_word_is_no_state(text):
    assert quotes(text)[-1].organisation not in ("Programme", "Monitoring")
