"""A person who points to what a document says ("NAME reminded me yesterday of what our own technical note says:
“…”", « NAME m’a rappelé ce que dit notre rapport annuel : « … » ») gives the document's words, not her own: nobody
is named, and "our" document speaks for the speaker's own body.

Near-misses that must not change: what a person said ("what a fisherman had told her", « ce qu’un pêcheur lui avait
dit ») stays that person's, and a person's own words after "reminded me" stay hers. The sentences are written for
these tests, as a minister's statement, a wire and a newsletter would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes

from .finding import NB

_HEAD_EN = "# Statement by Ilse Marrow, Minister of Health of Velmaro\n\nMadam President,\n\n"
_HEAD_FR = "# Déclaration de Mme Ilse Marrow, ministre de la Santé du Velmaro\n\nMadame la Présidente,\n\n"


def _one(text):
    qs = [q for q in extract_quotes([text], default_speaker="Ilse Marrow", default_organisation="Velmaro")
          if q.kind == "quote"]
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


_DOCUMENT = [
    _HEAD_EN + "Paul Renard, who directs our customs service, reminded me yesterday of what our own technical note "
               "says: “one border post in three has no way to test a tablet.” That is why we support the annex.",
    _HEAD_EN + "Our inspectors keep repeating what our annual report says: “no sample should wait more than three "
               "days.”",
    _HEAD_FR + f"Paul Renard, qui dirige nos douanes, m’a rappelé hier ce que dit notre note technique{NB}: "
               f"«{NB}un poste frontière sur trois ne peut tester aucun comprimé{NB}».",
    _HEAD_FR + f"Nos inspecteurs répètent ce que notre rapport annuel affirme{NB}: «{NB}aucun échantillon ne doit "
               f"attendre plus de trois jours{NB}».",
]


@pytest.mark.parametrize("text", _DOCUMENT)
def test_what_a_document_says_names_nobody(text):
    q = _one(text)
    assert q.speaker == "", (q.speaker, q.attribution)


def test_our_document_speaks_for_the_speaker_s_body():
    assert _one(_DOCUMENT[0]).organisation == "Velmaro"


def test_what_a_person_told_her_stays_unnamed_not_the_reporter():
    q = _one(_HEAD_EN + "Paul Renard recalled what a fisherman had told him: “the nets come back empty every morning "
                        "now”.")
    assert q.speaker == ""


def test_a_person_s_own_words_after_reminded_stay_hers():
    q = _one(_HEAD_EN + "Paul Renard, who directs our customs service, reminded me yesterday: “one border post in "
                        "three has no way to test a tablet.”")
    assert q.speaker == "Paul Renard"
