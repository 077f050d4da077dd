"""A paragraph that opens on a role of a named body ("The IALS director-general also said …", « Le directeur
général de l'Agence … ») is about that person: a pronoun after its quotation is the person the heading just
above quotes, when it quotes one; otherwise an unnamed official of that body, never a man named paragraphs
before. Written for these tests, in English and French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

BEFORE_EN = ("Jonas Brevik, the alliance's campaigns lead, said the pledge had grown. “Mayors are ahead of "
             "ministers on this one,” he said.\n\n")
BEFORE_FR = (f"Jonas Brevik, responsable des campagnes de l’alliance, a salué l’engagement. «{NB}Les maires sont en "
             f"avance sur les ministres{NB}», a-t-il dit.\n\n")
HEAD_EN = "## 14:10 — Adjoumani-Roux: “The standard is ready; the politics are not”\n\n"
HEAD_FR = f"## 14 h 10 — Adjoumani-Roux : «{NB}La norme est prête, la politique ne l’est pas{NB}»\n\n"

PARAS_EN = [
    "The IALS director-general also said the Agency would publish a list of certified lamps. “By March, a town will "
    "be able to choose a lamp from a catalogue,” he added.",
    "The director-general of the IALS went further. “By March, a town will be able to choose a lamp from a "
    "catalogue,” he told reporters.",
    "The IALS chief, speaking after the vote, was confident. “By March, a town will be able to choose a lamp from a "
    "catalogue,” he said.",
    "The head of the IALS took questions for an hour. “By March, a town will be able to choose a lamp from a "
    "catalogue,” he said.",
    "The IALS director-general also said the catalogue would be free. He added: “By March, a town will be able to "
    "choose a lamp from a catalogue.”",
    "The director of the IALS answered the delegates one by one. “By March, a town will be able to choose a lamp "
    "from a catalogue,” he said afterwards.",
]
PARAS_FR = [
    f"Le directeur général de l’AINE a aussi annoncé un catalogue. «{NB}En mars, une commune pourra choisir une "
    f"lampe sur catalogue{NB}», a-t-il ajouté.",
    f"Le directeur de l’AINE est allé plus loin. «{NB}En mars, une commune pourra choisir une lampe sur "
    f"catalogue{NB}», a-t-il dit aux journalistes.",
    f"Le président de l’AINE, après le vote, s’est montré confiant. «{NB}En mars, une commune pourra choisir une "
    f"lampe sur catalogue{NB}», a-t-il lancé.",
    f"Le porte-parole de l’AINE a répondu aux questions pendant une heure. «{NB}En mars, une commune pourra choisir "
    f"une lampe sur catalogue{NB}», a-t-il dit.",
    f"Le coordinateur de l’AINE a aussi parlé du catalogue. Il a ajouté : «{NB}En mars, une commune pourra choisir "
    f"une lampe sur catalogue.{NB}»",
    f"Le directeur général de l’AINE a répondu aux délégués un par un. «{NB}En mars, une commune pourra choisir une "
    f"lampe sur catalogue{NB}», a-t-il dit ensuite.",
]


@pytest.mark.parametrize("para", PARAS_EN + PARAS_FR)
def test_under_a_heading_that_quotes_one_person_the_role_is_that_person(para):
    fr = para.startswith("Le ")
    text = (BEFORE_FR + HEAD_FR if fr else BEFORE_EN + HEAD_EN) + para
    qs = quotes(text, language="fr" if fr else "en", own_voice=False)
    assert [q.speaker for q in qs] == ["Jonas Brevik", "Adjoumani-Roux", "Adjoumani-Roux"]


@pytest.mark.parametrize("para", PARAS_EN + PARAS_FR)
def test_with_no_such_heading_the_role_is_an_unnamed_official_of_the_body(para):
    fr = para.startswith("Le ")
    text = (BEFORE_FR if fr else BEFORE_EN) + para
    last = quotes(text, language="fr" if fr else "en", own_voice=False)[-1]
    assert last.speaker == ""  # not Jonas Brevik, named a paragraph before
    assert last.organisation in ("IALS", "AINE")


def test_a_portfolio_after_a_minister_is_no_body():
    text = (f"## Ben Amor : «{NB}Nous nous noyons dans des objets importés{NB}»\n\nLe ministre tanoan de "
            f"l’environnement a repris la parole mardi. «{NB}Chaque conteneur qui arrive repart vide{NB}», a-t-il lancé.")
    last = quotes(text, language="fr", own_voice=False)[-1]
    assert last.speaker == "Ben Amor" and last.organisation != "environnement"
