"""A person whose body the text gives by a possessive that points back to the body named just before.

* "The X Federation sent thirty delegates. Its general secretary, NAME, …" (wire, feature, newsletter);
* « La Fédération X a diffusé un communiqué. Son secrétaire général, NAME, a déclaré » and « NAME, son
  secrétaire général, y écrit » (release, newsletter), « …, a lancé sa présidente, NAME »;
* a body in the same sentence before the possessive wins over the one of the sentence before;
* a possessive whose sentence before names no body gives none (a State or a town is not "its" body here);
* the short form a document later uses ("the Fishers' Union") takes the longer name the kit gives.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, settled_kit

_EN = [
    # wire copy
    "GENEVA, 4 May (Wire) — The Riverside Dockers Federation sent thirty delegates to the talks. Its general "
    "secretary, Tomasz Ekwueme-Lund, told reporters: “We carry the cargo and nobody counts us.”",
    # feature
    "The Riverside Dockers Federation came with banners and a brass band. Its general secretary, Tomasz "
    "Ekwueme-Lund, watched from the steps. “We carry the cargo and nobody counts us,” he said.",
    # live blog
    "**10:40** — The Riverside Dockers Federation has asked for the floor. Its general secretary, Tomasz "
    "Ekwueme-Lund, was blunt: “We carry the cargo and nobody counts us.”",
    # Q&A lead-in
    "The Riverside Dockers Federation represents 40,000 port workers. Its general secretary, Tomasz "
    "Ekwueme-Lund, spoke to us between two sessions.\n\n“We carry the cargo and nobody counts us,” he said.",
    # newsletter
    "The Riverside Dockers Federation walked out at noon. Their general secretary, Tomasz Ekwueme-Lund, "
    "said: “We carry the cargo and nobody counts us.”",
    # statement
    "The Riverside Dockers Federation welcomes the draft. “We carry the cargo and nobody counts us,” said "
    "its general secretary, Tomasz Ekwueme-Lund.",
]
_FR = [
    # dépêche
    f"GENÈVE, 4 mai — La Fédération des dockers riverains a envoyé trente délégués. Son secrétaire général, "
    f"Tomasz Ekwueme-Lund, a déclaré{NB}: «{NB}Nous portons les cargaisons et personne ne nous compte{NB}».",
    # reportage
    f"La Fédération des dockers riverains est venue avec des banderoles. Tomasz Ekwueme-Lund, son secrétaire "
    f"général, regardait depuis les marches. «{NB}Nous portons les cargaisons et personne ne nous compte{NB}», "
    f"a-t-il dit.",
    # direct
    f"**10 h 40** — La Fédération des dockers riverains a demandé la parole. «{NB}Nous portons les cargaisons "
    f"et personne ne nous compte{NB}», a lancé son secrétaire général, Tomasz Ekwueme-Lund.",
    # lettre d’information
    f"La Fédération des dockers riverains a distribué un tract. Tomasz Ekwueme-Lund, son secrétaire général, "
    f"y écrit{NB}: «{NB}Nous portons les cargaisons et personne ne nous compte{NB}».",
    # communiqué
    f"La Fédération des dockers riverains salue le projet. Sa porte-parole, Ilse Varga-Moreau, a précisé{NB}: "
    f"«{NB}Nous portons les cargaisons et personne ne nous compte{NB}».",
    # entretien
    f"L’Alliance des dockers riverains a quitté la salle à midi. Sa présidente, Ilse Varga-Moreau, a été "
    f"claire{NB}: «{NB}Nous portons les cargaisons et personne ne nous compte{NB}».",
]


@pytest.mark.parametrize("text", _EN)
def test_its_role_names_the_body_of_the_sentence_before(text):
    q = one(text)
    assert (q.speaker, q.organisation) == ("Tomasz Ekwueme-Lund", "Riverside Dockers Federation")
    assert q.role == "general secretary"


@pytest.mark.parametrize("text", _FR)
def test_son_role_names_the_body_of_the_sentence_before(text):
    q = one(text)
    assert q.speaker in ("Tomasz Ekwueme-Lund", "Ilse Varga-Moreau")
    assert q.organisation in ("Fédération des dockers riverains", "Alliance des dockers riverains")
    assert q.organisation.split()[0] == ("Alliance" if "L’Alliance" in text else "Fédération")


def test_a_body_in_the_same_sentence_is_nearer_than_the_one_before():
    q = one("The Port Authority met the unions on Monday. Later the Riverside Dockers Federation said its general "
            "secretary, Tomasz Ekwueme-Lund, would speak. “We carry the cargo and nobody counts us,” he said.")
    assert q.organisation == "Riverside Dockers Federation"


def test_no_body_before_the_possessive_gives_none():
    q = one("Velmaris sent a small delegation this year. Its chief negotiator, Tomasz Ekwueme-Lund, said: “We carry "
            "the cargo and nobody counts us.”")
    assert (q.speaker, q.organisation) == ("Tomasz Ekwueme-Lund", "")
    q = one("Tomasz Ekwueme-Lund arrived late. Its general secretary said nothing, but Ilse Varga-Moreau said: "
            "“We carry the cargo and nobody counts us.”")
    assert q.organisation == ""


def test_a_short_form_takes_the_longer_name_the_kit_gives():
    en, other = settled_kit(
        ("sheet", "en", "The Dockers’ Federation, in its own leaflet, asks for a register. Its general secretary, "
                        "Tomasz Ekwueme-Lund, said: “We carry the cargo and nobody counts us.”"),
        ("wire", "en", "Tomasz Ekwueme-Lund of the Riverside Dockers’ Federation said: “The ports will not wait "
                       "for the next session.”"))
    assert en[0].organisation == other[0].organisation == "Riverside Dockers’ Federation"
