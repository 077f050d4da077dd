"""A role noun after a quotation ("the minister said", « a déclaré la ministre ») is the one person its paragraph
gave that role, even when the kit has other holders of it elsewhere (another minister in the caption before) and
even when that paragraph has no verb (a photo caption: "Halstria's health minister, NAME, at the opening."); with
two holders in the paragraph it stays empty. The article says the gender (« la ministre » is not « le ministre »).
A full stop right after the role noun is the sentence's. The captions and sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, quotes

OTHER_EN = "CL-01. Tarvania’s health minister, Ivo Brandt-Olafsen, during a break in the talks.\n\n"
OTHER_FR = "CL-01. Le ministre tarvanien de la Santé, Ivo Brandt-Olafsen, pendant une pause.\n\n"

EN = [
    ("CL-07. Halstria’s health minister, Carmen Ylvisaker-Diop, at the opening. “We published our figures; now "
     "everyone should,” the minister said. Photo: A. Okafor.", "Carmen Ylvisaker-Diop"),
    ("Minister Carmen Ylvisaker-Diop of Halstria at the press table on Tuesday. “No date, no deal,” said the "
     "minister.", "Carmen Ylvisaker-Diop"),
    ("The rapporteur, Dr Tove Mwangi-Ekdahl, in the corridor after the vote. “The text is weaker than the "
     "science,” the rapporteur said.", "Tove Mwangi-Ekdahl"),
    ("14:05 — The ambassador of Quelland, Noor Vasquez-Lind, back from the consultations. “We are close, but not "
     "there,” the ambassador told reporters.", "Noor Vasquez-Lind"),
    ("Interview. The union’s president, Jorge Halvorsen-Tal, between two meetings. “Sinks first, then targets,” "
     "the president says.", "Jorge Halvorsen-Tal"),
    ("Ambassador Noor Vasquez-Lind of Quelland and Ambassador Piet Oyelaran of Tarsia left together. “We will be "
     "back at nine,” the ambassador said.", ""),
]

FR = [
    (f"CL-07. La ministre halstrienne de la Santé, Carmen Ylvisaker-Diop, à l’ouverture. «{NB}Nous avons publié "
     f"nos chiffres : à chacun de faire de même{NB}», a déclaré la ministre. Photo : A. Okafor.",
     "Carmen Ylvisaker-Diop"),
    (f"La ministre Carmen Ylvisaker-Diop, mardi, à la table de presse. «{NB}Pas de date, pas d’accord{NB}», "
     "a tranché la ministre.", "Carmen Ylvisaker-Diop"),
    (f"La rapporteuse, Tove Mwangi-Ekdahl, dans le couloir après le vote. «{NB}Le texte est plus faible que la "
     f"science{NB}», a regretté la rapporteuse.", "Tove Mwangi-Ekdahl"),
    (f"14 h 05 — L’ambassadrice de Quellande, Noor Vasquez-Lind, au sortir des consultations. «{NB}Nous sommes "
     f"proches, mais pas encore arrivés{NB}», a confié l’ambassadrice.", "Noor Vasquez-Lind"),
    (f"Le président du syndicat, Jorge Halvorsen-Tal, entre deux réunions. «{NB}Les lavabos d’abord, les cibles "
     f"ensuite{NB}», résume le président.", "Jorge Halvorsen-Tal"),
    (f"La ministre Carmen Ylvisaker-Diop et la ministre Ana Oyelaran sont sorties ensemble. «{NB}Nous reviendrons "
     f"à neuf heures{NB}», a dit la ministre.", ""),
]


@pytest.mark.parametrize("text,speaker", EN)
def test_the_role_noun_is_its_paragraphs_holder_en(text, speaker):
    got = quotes(OTHER_EN + text, language="en")
    assert [q.speaker for q in got] == [speaker]


@pytest.mark.parametrize("text,speaker", FR)
def test_the_role_noun_is_its_paragraphs_holder_fr(text, speaker):
    got = quotes(OTHER_FR + text, language="fr")
    assert [q.speaker for q in got] == [speaker]


def test_the_article_tells_the_minister_apart():
    text = (f"Le ministre Ivo Brandt-Olafsen et la ministre Carmen Ylvisaker-Diop, côte à côte. «{NB}Nous ne "
            f"signerons pas ce soir{NB}», a lâché la ministre.")
    assert one(text, language="fr").speaker in ("", "Carmen Ylvisaker-Diop")
