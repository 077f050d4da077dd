"""A statement's speaker who cites a document (« Je cite enfin notre propre note technique, qui résume … d’une
formule : « … » », "I quote our own annual report: “…”") gives the document's words, not her own: nobody is
named, and "our" document speaks for the speaker's own body.

A body's document after "whose" (« dont la note technique le dit ») speaks for that body.

Her own earlier words (« En 2031, j’avais déclaré que « … » », "I told the Panel last year: “…”") stay hers. The
sentences are written for these tests, as a delegation's statement would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes

NB = "\u00a0"
_HEAD_FR = "# Déclaration de Mme Ilse Marrow, cheffe de la délégation\n\nMadame la Présidente,\n\n"
_HEAD_EN = "# Statement by Ilse Marrow, head of delegation\n\nMadam President,\n\n"


def _one(text):
    qs = [q for q in extract_quotes([text], default_speaker="Ilse Marrow", default_organisation="Velmaro")
          if q.kind == "quote"]
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


_CITED = [
    _HEAD_FR + f"Je cite enfin notre propre note technique, qui résume dix ans de dossiers d’une formule{NB}: "
               f"«{NB}là où l’eau arrive, la maladie recule{NB}».",
    _HEAD_FR + f"Permettez-moi de citer le rapport annuel de notre inspection{NB}: «{NB}aucun atelier contrôlé "
               f"n’avait de scie à eau{NB}».",
    _HEAD_EN + "I quote our own annual report, which sums up a decade in one line: “where the water comes, the "
               "disease goes”.",
    _HEAD_EN + "Finally, I quote the technical note of our ministry: “no limit yet adopted has protected anyone at "
               "all”.",
]


@pytest.mark.parametrize("text", _CITED)
def test_a_document_the_speaker_cites_names_nobody(text):
    q = _one(text)
    assert q.speaker == "", (q.speaker, q.attribution)


def test_our_document_speaks_for_the_speaker_s_body():
    assert _one(_CITED[2]).organisation == "Velmaro"


_HERS = [
    _HEAD_FR + f"En 2031, j’avais déclaré à cette tribune que «{NB}Velmaro ne signerait rien qu’elle ne pourrait "
               f"pas inspecter{NB}». Nous pouvons signer.",
    _HEAD_EN + "I told the Panel last year: “no limit yet adopted has protected anyone at all”.",
]


@pytest.mark.parametrize("text", _HERS)
def test_her_own_earlier_words_stay_hers(text):
    assert _one(text).speaker == "Ilse Marrow"


_WHOSE = [
    (_HEAD_EN + "I thank the Velmaro Convention Secretariat, whose technical note puts it plainly: “no exposure limit "
                "yet adopted has protected workers who cut stone dry”.", "Velmaro Convention Secretariat"),
    (_HEAD_FR + f"Je remercie le Secrétariat de la Convention, dont la note technique le dit sans détour{NB}: "
                f"«{NB}aucune limite adoptée n’a protégé les ouvriers{NB}».", "Secrétariat de la Convention"),
]


@pytest.mark.parametrize("text,body", _WHOSE)
def test_a_body_s_document_after_whose_speaks_for_the_body(text, body):
    q = _one(text)
    assert (q.speaker, q.organisation) == ("", body), (q.speaker, q.organisation, q.attribution)


def test_a_person_thanked_with_whose_leaves_her_own_words_hers():
    q = _one(_HEAD_EN + "I thank Paul Renard, whose patience made this possible. I told him: “we will sign nothing "
                        "we cannot inspect”.")
    assert q.speaker == "Ilse Marrow"
