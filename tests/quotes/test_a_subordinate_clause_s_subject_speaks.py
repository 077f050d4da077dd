"""A quotation whose verb of saying is a subordinate clause's ("I was at the meeting where NAME told the crews
“…”", « J’étais à la réunion où NAME a dit aux équipages « … » ») is the words of that clause's subject, the
person or body named right after "where", "when", « où », « quand »: not the speaker of the sentence around it,
and not nobody. A pronoun after the subordinator stays as it was read before (here: nobody).
The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

I_EN = "Dr Marit Eskeland, the chief inspector, gave evidence on Monday.\n\n"
I_FR = "La docteure Marit Eskeland, inspectrice en chef, a été entendue lundi.\n\n"

SUBJECTS = [
    ("en", I_EN + "I was at the meeting in Lunby last spring where Eskeland told the crews “nobody will sail "
                  "unchecked”. I want to know who checks.", "Marit Eskeland", ""),
    ("en", I_EN + "Mr ORLAND (Coast Party): I apologise, Chair. I was at the meeting last year where Eskeland told "
                  "the crews “nobody will sail unchecked”. I want to know.", "Marit Eskeland", ""),
    ("en", I_EN + "We sat in the hall where the Ports Authority told us “the dredging is paid for”. It was not.",
     "", "Ports Authority"),
    ("fr", I_FR + f"J’étais à la réunion de Lunby où Eskeland a dit aux équipages «{NB}personne ne partira sans "
                  f"contrôle{NB}». Je veux savoir qui contrôle.", "Marit Eskeland", ""),
    ("en", I_EN + "It was a year ago, at the harbour, when Eskeland promised the fishers “a doctor on every quay”. "
                  "None has come.", "Marit Eskeland", ""),
    ("fr", I_FR + f"C’était l’an dernier, sur le port, quand Eskeland a promis aux pêcheurs «{NB}un médecin sur "
                  f"chaque quai{NB}». Aucun n’est venu.", "Marit Eskeland", ""),
]


@pytest.mark.parametrize("lang,text,speaker,org", SUBJECTS)
def test_the_subordinate_clause_s_subject_spoke(lang, text, speaker, org):
    q = one(text, language=lang)
    assert q.speaker == speaker
    assert "Orland" not in q.speaker
    if org:
        assert q.organisation == org


def test_a_pronoun_after_where_names_nobody():
    """The near miss: "where she told the crews" names nobody: no person is given for it."""
    q = one(I_EN + "I was at the meeting where she told the crews “nobody will sail unchecked”. I want to know.",
            language="en")
    assert q.speaker == ""
