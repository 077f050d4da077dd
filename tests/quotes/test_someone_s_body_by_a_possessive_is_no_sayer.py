"""A sentence opened by a person's possessive and a body's noun (« Son syndicat menaçait depuis lundi d'appeler à
la grève. », "His union had threatened a strike.") names no body and is no sayer: « « … », a-t-il ajouté » a few
sentences on is still the person named before, not « Son syndicat menaçait » read as a name.

A body named by its own name before « a-t-elle ajouté » still speaks. The sentences are written for these tests,
as French and English wire copy would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes

NB = "\u00a0"


def _one(text):
    qs = [q for q in extract_quotes([text], default_organisation="Road Coalition") if q.kind == "quote"]
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


@pytest.mark.parametrize("text", [
    f"Le secrétaire général de la FTC, Aurelio Pennard, a salué l'accord. Son syndicat menaçait depuis lundi "
    f"d'appeler à la grève. La menace est levée. «{NB}Nous avons obtenu l'eau, maintenant il faut les "
    f"inspecteurs{NB}», a-t-il ajouté.",
    f"La présidente du collectif, Ombeline Sarrat, s'est dite soulagée. Sa fédération réclamait un calendrier depuis "
    f"2029. «{NB}Le calendrier est là, il reste à le tenir{NB}», a-t-elle ajouté.",
])
def test_someone_s_body_by_a_possessive_is_not_the_sayer(text):
    q = _one(text)
    assert q.speaker in ("Aurelio Pennard", "Ombeline Sarrat"), (q.speaker, q.organisation, q.attribution)
    assert not q.organisation.startswith(("Son ", "Sa ")), q.organisation


def test_a_body_by_its_name_still_speaks():
    q = _one(f"La Fédération des carriers a salué l'accord. Son président était absent. «{NB}Nous avons obtenu "
             f"l'eau, maintenant il faut les inspecteurs{NB}», a-t-elle ajouté.")
    assert (q.speaker, q.organisation) == ("", "Fédération des carriers")
