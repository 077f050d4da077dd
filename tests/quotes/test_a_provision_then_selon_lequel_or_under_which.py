"""A text's provision, then the relative clause that gives its content (« Elle soutient aussi l’article 9 du
projet, selon lequel « chaque Partie assure … » », "Article 6 of the draft, under which “each Party shall …”"):
the text's words, nobody's, kept as quoted text and never reported as a quotation.

A person's words after the same provision (« Le ministre défend l’article 6 du projet. « Nous ne céderons pas »,
a-t-il déclaré. ») and a body's "selon laquelle" stay quotations. The sentences are written for these tests, as a
release, wire copy, a briefing note and a newsletter would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes

NB = "\u00a0"


def _all(text):
    return extract_quotes([text], default_organisation="Road Coalition")


_TEXT = [
    f"La Coalition demande un calendrier. Elle soutient aussi l’article 9 du projet, selon lequel «{NB}chaque Partie "
    f"assure un suivi médical gratuit des chauffeurs exposés{NB}».",
    f"Le collectif s’appuie sur le protocole de 2029, aux termes duquel «{NB}les Parties publient chaque année le "
    f"nombre de cas{NB}».",
    "The coalition backs Article 6 of the draft, under which “each Party shall ban the dry cutting of engineered "
    "stone”.",
    "Delegates returned to the treaty, according to which “every worker exposed shall be examined free of charge”.",
]


@pytest.mark.parametrize("text", _TEXT)
def test_a_provision_s_content_is_no_quotation(text):
    qs = _all(text)
    assert qs and all(q.kind != "quote" for q in qs), [(q.kind, q.text) for q in qs]


_SAID = [
    f"Le ministre défend l’article 6 du projet. «{NB}Nous ne céderons pas sur l’eau à la lame{NB}», a-t-il déclaré.",
    "The union backs Article 6 of the draft. “We will not give up water at the blade,” its secretary general said.",
]


@pytest.mark.parametrize("text", _SAID)
def test_words_said_after_a_provision_stay_a_quotation(text):
    assert [q.kind for q in _all(text)] == ["quote"]
