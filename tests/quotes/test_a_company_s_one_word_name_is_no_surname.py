"""A company's one-word short name before a verb of saying ("In a written answer, Velmont added that …", « Velmont
répond que … ») is the company, never a person, when the full name the kit gives that word is an organisation's
name that some other sentence read as a person's (« Aquafermes Velmont rappelle que … »). The sentences are written
for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

BODY_FR = "Fermes Velmont"  # the subsidiary's name, read in its release's last sentence as if it were a person's

RELEASE_FR = ("fr-release", "fr",
              f"«{NB}Nous publierons nos chiffres{NB}», déclare Odile Marchetti-Roux, directrice générale de "
              f"{BODY_FR}.\n\n{BODY_FR} rappelle que son programme «{NB}Rivage 2040{NB}» prévoit quatre chenaux.")

ONE_WORD = [
    # an investigative outlet's right-of-reply box
    ("en", "A spokesperson for the Velmont group said: “Every permit we hold is lawful.” In a written answer, Velmont "
           "added that its programme had “planted more mangroves than any company in the region”."),
    # wire copy
    ("en", "Asked about the ponds, Velmont said in a statement that it “has never farmed on protected land”."),
    # a newsletter
    ("en", "Velmont says it will “publish every survival count, good or bad” from next year."),
    # une dépêche
    ("fr", f"Sollicité, Velmont affirme que ses bassins sont «{NB}tous autorisés depuis 2031{NB}»."),
]


@pytest.mark.parametrize("lang,text", ONE_WORD)
def test_a_company_s_one_word_name_speaks_as_the_company(lang, text):
    qs = settled_kit(("story", lang, text), RELEASE_FR)[0]
    said = [q for q in qs if q.speaker or q.organisation == BODY_FR]
    assert said, [(q.text, q.speaker, q.organisation) for q in qs]
    for q in said:
        assert q.speaker == "", (q.text, q.speaker)
        assert q.organisation == BODY_FR


def test_a_surname_whose_full_name_is_a_person_s_stays_a_person():
    # near-miss: the kit's one Marchetti-Roux is a person, whatever body she runs
    text = "Marchetti-Roux said the register was “a good day for honest farms”."
    q = settled_kit(("story", "en", text), RELEASE_FR)[0][0]
    assert q.speaker == "Odile Marchetti-Roux"


def test_a_person_named_after_a_body_s_words_stays_a_person():
    # near-miss: a foundation named after a person; "Curie" alone is still the scientist the kit names in full
    kit = (("a", "en", "Marie Curie, the physicist, once wrote: “Nothing in life is to be feared.”\n\nThe Fondation "
                       "Marie Curie said: “We fund young chemists.”"),
           ("b", "en", "Curie said the prize was “a burden as much as an honour”."))
    q = settled_kit(*kit)[1][0]
    assert q.speaker == "Marie Curie"
