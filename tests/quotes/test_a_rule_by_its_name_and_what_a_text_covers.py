"""Quoted words of a rule named as such ("The Chatham House Rule … provides that participants … but that “…”",
"Rule 12 provides that …") and of a text's part that says what it covers (« L'annexe I du Protocole vise les
« … » », "Annex II covers “…”"): the text's words, nobody's quotation. Written for these tests, in English and
French, as event summaries, wire copy, newsletters, podcasts and interviews put it.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes
from tests.quotes.finding import NB, ORG

CASES = [
    # an event summary
    ("The Harwick Rule, which the invitation printed in full, provides that those present may use what they hear "
     "but that “no remark may be traced to the person who made it”. Thirty people attended.", "en"),
    # a newsletter
    ("Under the meeting's Rule 12, which the chair read out twice, speakers may be interrupted, and the Rule "
     "states that “no delegation shall speak for more than five minutes”.", "en"),
    # wire copy, what a text covers
    ("Annex II of the draft covers “wetlands of seasonal importance for migrating waders”, but it says nothing of "
     "insects, the report added.", "en"),
    # une interview
    (f"— Je laisse parler les chiffres. L'annexe I de la Convention vise les{NB}«{NB}zones humides d'importance "
     f"saisonnière{NB}», mais elle oublie les insectes.", "fr"),
    # une lettre d'information
    (f"La Règle de Harwick, rappelée dans l'invitation, prévoit que les participants peuvent utiliser ce qu'ils "
     f"entendent mais que{NB}«{NB}aucun propos ne peut être rapporté à son auteur{NB}».", "fr"),
]


@pytest.mark.parametrize("text, language", CASES)
def test_a_text_s_words_are_nobody_s_quotation(text, language):
    found = extract_quotes([text], language=language, default_organisation=ORG)
    assert found and all(q.kind == "text" for q in found), [(q.kind, q.text) for q in found]


@pytest.mark.parametrize("text, language", [
    # a rule in lower case, as anyone speaks of one: the minister's words, as before
    ("The minister said the new rule on lamps, which she expects to pass, “will not switch off a single street”.",
     "en"),
    # someone who targets: no text before the words
    (f"Le maire vise{NB}«{NB}une ville éteinte à minuit{NB}», a-t-il déclaré à la presse.", "fr"),
])
def test_a_person_s_words_stay_quotations(text, language):
    found = extract_quotes([text], language=language, default_organisation=ORG)
    assert found and found[0].kind == "quote", [(q.kind, q.text) for q in found]
