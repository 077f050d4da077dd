"""A pronoun after a quotation whose paragraph names its person by the head of her role ("Professor NAME of the X
Foundation … ¶ The committee's rapporteur, NAME2, asked …. The professor’s answer was blunt. “…,” she said"): the
person of that role, as if named in the paragraph, not left empty for being introduced a paragraph before; another
person of that role named in the paragraph leaves it as before. Written for these tests, in a committee report's
form (English) and a newsletter's (French)."""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

pytestmark = pytest.mark.abstains  # (the speaker a user sees)

EN = ("Professor Hedda Lindqvar of the Pulmo Foundation, whose team followed 9,000 homes for a decade, told the "
      "committee: “Radon is the first cause of lung cancer in people who never smoked.”\n\n"
      "The committee’s rapporteur, Anselm Durocq, asked whether the estimate could be checked against hospital "
      "records. The professor’s answer was blunt. “It has been checked twice, and twice the figure went up,” she said.\n")
FR = (f"La ministre Solveig Arnaudet a ouvert la séance. «{NB}Nous mesurerons chaque école avant l’hiver{NB}», a-t-elle "
      f"promis.\n\nLe rapporteur, Anselm Durocq, lui a demandé un calendrier. La ministre a souri. «{NB}Le calendrier, "
      f"c’est l’hiver lui-même{NB}», a-t-elle répondu.\n")


@pytest.mark.parametrize("text,lang,who", [(EN, "en", "Hedda Lindqvar"), (FR, "fr", "Solveig Arnaudet")])
def test_the_role_named_in_the_paragraph_stands_for_her(text, lang, who):
    assert quotes(text, language=lang)[-1].speaker == who


def test_another_holder_of_that_role_in_the_paragraph_leaves_it_empty():
    text = EN.replace("The committee’s rapporteur, Anselm Durocq,", "Professor Agathe Rembrandt-Loy, another witness,")
    assert quotes(text, language="en")[-1].speaker != "Hedda Lindqvar"


@pytest.mark.parametrize("text,lang,who", [
    ("Mr Vellacott’s service has measured radon in 61,000 homes since 2031. “One home in six that we test is above "
     "the level,” he told the committee.", "en", "Vellacott"),
    (f"Mme Ferrandi a pris la parole après la pause. «{NB}Nous mesurerons chaque école avant l’hiver prochain{NB}», "
     f"a-t-elle promis.", "fr", "Ferrandi"),
])
def test_a_surname_after_a_title_in_the_paragraph_is_the_pronoun_s(text, lang, who):
    """A surname alone after a title of address (a possessive's too), the kit completing it from another page."""
    assert quotes(text, language=lang)[-1].speaker == who


def test_a_title_of_the_other_gender_is_not_the_pronoun_s():
    text = "Mr Vellacott’s service has measured radon in 61,000 homes. “One home in six is above the level,” she said."
    assert quotes(text, language="en")[-1].speaker == ""


@pytest.mark.parametrize("text,lang,who", [
    ("Ansgar Bellweather, Tolmar’s health minister, spoke in the corridor. “Three years is enough,” Bellweather said."
     "\n\nMaud Bellweather, the fabricator the minister quoted on Monday, was in the gallery. “He got my words right. "
     "Now he has to get the law right,” she said.", "en", "Maud Bellweather"),
    (f"La maire, Irène Castagnède, a ouvert la séance. «{NB}Nous sommes contre le fait de l’apprendre par la radio{NB}», "
     f"a-t-elle dit.\n\nLa conseillère Solène Marbaix-Urdos, qui préside la commission, a répondu à la maire. Le "
     f"premier adjoint, Hugues Dariel, l’a invitée à abréger. «{NB}Personne ne nous parle de la gare{NB}», a-t-elle "
     f"lancé.", "fr", "Solène Marbaix-Urdos"),
])
def test_a_role_inside_another_s_sentence_is_no_antecedent(text, lang, who):
    """"the fabricator the minister quoted", « a répondu à la maire »: the role names someone the sentence is not
    about; the pronoun stays with the one it is about."""
    assert quotes(text, language=lang)[-1].speaker == who
