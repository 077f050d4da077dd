"""A pronoun for a person the document introduced before the pronoun's paragraph leaves the speaker empty.

"pronoun 0.65" named a wrong person in 8 of the 11 quotations it gave on the four halves written blind after the
abstention check was fixed (docs/quotes.md, "Checked on `dittybag`, `pouch`, `tote` and `scrip`"): the quotation
is kept, "speaker not stated in the text", its attribution and confidence kept for whoever checks the sentence.
A pronoun in the paragraph that names the person, or a name in the sentence, still gives the speaker. Written for
these tests as wire copy, features and newsletters write, in English and French.
"""

from __future__ import annotations

import re

import pytest

from tests.quotes.finding import NB, quotes

pytestmark = pytest.mark.abstains

LEAD_EN = "Freya Lindqvist, Borvik’s chief negotiator, opened the talks on Monday: “Every bracket is a valley.”\n\n"
LEAD_FR = "Freya Lindqvist, négociatrice en chef du Borvik, a ouvert les débats lundi : « Chaque crochet est une vallée. »\n\n"

LATER = [
    ("en", LEAD_EN + "She was blunter after lunch with Tomas Ried of the Agency. “A formula nobody can explain is a "
                     "formula nobody will pay into,” she told reporters."),
    ("en", LEAD_EN + "Later she sat beside Ivo Marten, the Tannerais envoy, at the press table. “We will not sign a "
                     "blank cheque,” she said."),
    ("fr", LEAD_FR + f"Elle a déjeuné avec Tomas Ried, de l’Agence, avant de revenir en séance. «{NB}Une formule que "
                     f"personne ne comprend est une formule que personne ne paiera{NB}», a-t-elle glissé."),
    ("fr", LEAD_FR + f"Plus tard, elle s’est assise à côté de Jonas Marten, envoyé du Tannerais. «{NB}Nous ne "
                     f"signerons pas de chèque en blanc{NB}», a-t-elle déclaré."),
]


@pytest.mark.parametrize("language,text", LATER)
def test_the_pronoun_s_person_from_a_paragraph_before_is_not_named(language, text):
    q = quotes(text, language=language, own_voice=False)[-1]
    assert q.speaker == ""  # "speaker not stated in the text": no wrong name on a published quotation
    assert q.role == "" and q.organisation == ""
    assert (q.attribution, q.confidence) == ("pronoun", 0.65)  # kept, for whoever checks the sentence


NEAR_MISSES = [
    # the pronoun in the paragraph that names her: hers
    ("en", "Freya Lindqvist, Borvik’s chief negotiator, spoke after lunch. “We will not sign a blank cheque,” she "
           "said.", "Freya Lindqvist"),
    ("fr", f"Freya Lindqvist, négociatrice en chef du Borvik, a parlé après le déjeuner. «{NB}Nous ne signerons pas "
           f"de chèque en blanc{NB}», a-t-elle déclaré.", "Freya Lindqvist"),
    # named in the sentence, in a paragraph after the one that introduced her
    ("en", LEAD_EN + "“We will not sign a blank cheque,” Lindqvist said after lunch.", "Freya Lindqvist"),
]


@pytest.mark.parametrize("language,text,speaker", NEAR_MISSES)
def test_a_pronoun_in_her_own_paragraph_or_her_name_still_names_her(language, text, speaker):
    assert quotes(text, language=language, own_voice=False)[-1].speaker == speaker


@pytest.mark.parametrize("language,text", LATER)
def test_the_sentence_to_check_shows_who_the_text_named_before_the_pronoun(language, text):
    """"Check who said it" shows the sentence that last named the person before the pronoun's paragraph, then the
    pronoun's own: with only the second, "she told reporters" could not be checked against anyone."""
    q = quotes(text, language=language, own_voice=False)[-1]
    named, _, own = q.evidence.partition(" … ")
    assert "Freya Lindqvist" in named and "Lindqvist" not in own
    assert re.search(r"(?i)\b(?:she|elle)\b", own), q.evidence  # the pronoun's sentence
