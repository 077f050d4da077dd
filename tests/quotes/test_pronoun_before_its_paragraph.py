"""A pronoun for a person the document introduced before the pronoun's paragraph names nobody.

On the twenty-nine halves written blind, measured with the code of their day, this way (attribution "pronoun",
confidence 0.65) named a wrong person in 18 of the 33 quotations it gave (docs/quotes.md, "Fixed before
`pannier/` is measured"): its speaker is left empty ("speaker not stated in the text"), its attribution and
confidence are kept. A pronoun for the person its own paragraph introduces still names her, and the person is
still remembered: a later quotation that names her names her. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes, settled_kit

WIRE_EN = ("LISBON, 3 May (Wirenews) — Talks on the ocean treaty stalled on Monday after Ines Adler, Belmor's "
           "chief negotiator, refused to sign a text without a verification annex.\n\n"
           "Delegates met late into the night behind closed doors. “We came to sign a treaty, not a press "
           "release,” she said.\n\n"
           "“The annex is the treaty,” Ines Adler told reporters on Tuesday.")
WIRE_FR = (f"LISBONNE, 3 mai (Filinfo) — Ines Adler, négociatrice en chef du Belmor, a refusé lundi de signer un "
           f"texte sans annexe de vérification.\n\n"
           f"Les délégués ont siégé tard dans la nuit, à huis clos. «{NB}Nous sommes venus signer un traité, pas "
           f"un communiqué{NB}», a-t-elle déclaré.\n\n"
           f"«{NB}L'annexe, c'est le traité{NB}», a déclaré Ines Adler mardi.")
FEATURE_EN = ("Mira Holm grew up in Kessel, a fishing port in the north. Today she leads the Tarsian delegation.\n\n"
              "In the hotel lobby, the phones ring without pause and the coffee has gone cold. “We will not sign "
              "a text nobody can check,” she says.\n\n"
              "“The calendar is still open,” Mira Holm added later that evening.")
FEATURE_FR = (f"Mira Holm a grandi à Kessel, un port de pêche du Nord. Elle dirige aujourd'hui la délégation de "
              f"Tarsie.\n\n"
              f"Dans le hall de l'hôtel, les téléphones sonnent sans arrêt et le café a refroidi. «{NB}Nous ne "
              f"signerons pas un texte que personne ne peut vérifier{NB}», dit-elle.\n\n"
              f"«{NB}Le calendrier reste ouvert{NB}», a ajouté Mira Holm plus tard dans la soirée.")

EARLIER = [("wire, English", WIRE_EN, "Ines Adler"), ("wire, French", WIRE_FR, "Ines Adler"),
           ("feature, English", FEATURE_EN, "Mira Holm"), ("feature, French", FEATURE_FR, "Mira Holm")]

# the near misses: the pronoun's own paragraph introduces the person
HERE = [
    ("wire, English", "LISBON, 3 May (Wirenews) — Talks on the ocean treaty stalled on Monday.\n\nInes Adler, "
     "Belmor's chief negotiator, refused to sign a text without a verification annex. “We came to sign a "
     "treaty, not a press release,” she said.", "Ines Adler"),
    ("wire, French", f"LISBONNE, 3 mai (Filinfo) — Les négociations sur le traité des océans ont calé lundi.\n\n"
     f"Ines Adler, négociatrice en chef du Belmor, refuse de signer un texte sans annexe de vérification. "
     f"«{NB}Nous sommes venus signer un traité, pas un communiqué{NB}», a-t-elle déclaré.", "Ines Adler"),
    ("feature, English", "In the hotel lobby, the phones ring without pause and the coffee has gone cold.\n\n"
     "Mira Holm grew up in Kessel, a fishing port in the north, and today leads the Tarsian delegation. “We "
     "will not sign a text nobody can check,” she says.", "Mira Holm"),
    ("feature, French", f"Dans le hall de l'hôtel, les téléphones sonnent sans arrêt et le café a refroidi.\n\n"
     f"Mira Holm a grandi à Kessel, un port de pêche du Nord, et dirige aujourd'hui la délégation de Tarsie. "
     f"«{NB}Nous ne signerons pas un texte que personne ne peut vérifier{NB}», dit-elle.", "Mira Holm"),
]


@pytest.mark.parametrize("style, text, person", EARLIER, ids=[c[0] for c in EARLIER])
def test_a_pronoun_for_a_person_introduced_before_its_paragraph_leaves_the_speaker_empty(style, text, person):
    by_pronoun, by_name = quotes(text)
    assert (by_pronoun.speaker, by_pronoun.role, by_pronoun.attribution, by_pronoun.confidence) == \
        ("", "", "pronoun", 0.65)
    assert by_pronoun.evidence  # the sentence the reader checks
    # the person is still remembered: the quotation after it that names her names her
    assert (by_name.speaker, by_name.attribution) == (person, "named")


@pytest.mark.parametrize("style, text, person", HERE, ids=[c[0] for c in HERE])
def test_a_pronoun_for_the_person_its_paragraph_introduces_still_names_her(style, text, person):
    (q,) = quotes(text)
    assert (q.speaker, q.attribution, q.confidence) == (person, "pronoun", 0.85)


def test_the_kit_settles_nothing_back_into_the_empty_speaker():
    """Across the kit (as a build and ``presskit quotes --json`` give it), the speaker stays empty and the way
    stays: the JSON says "pronoun", 0.65."""
    en, fr = settled_kit(("wire-en", "en", WIRE_EN), ("wire-fr", "fr", WIRE_FR))
    for qs in (en, fr):
        assert [(q.speaker, q.attribution, q.confidence) for q in qs] == \
            [("", "pronoun", 0.65), ("Ines Adler", "named", 0.95)]


def test_its_citation_says_the_speaker_is_not_stated():
    from presskit.citation import cite_quote
    from presskit.model import Item, KitInfo

    q = quotes(FEATURE_EN)[0]
    q.document_id = "feature-en"
    item = Item(id="feature-en", path="features/holm.md", sha256="0" * 64, bytes=1, kind="feature", media="text",
                title="The negotiator from Kessel", date="2026-11-16", language="en")
    kit = KitInfo(title="Ocean treaty kit", organisation="Harbour Coalition", languages=["en", "fr"])
    for style in ("news", "bibliographic"):
        c = cite_quote(q, item, kit, style)
        assert "speaker not stated in the text" in c.plain.lower() and "Mira Holm" not in c.plain
