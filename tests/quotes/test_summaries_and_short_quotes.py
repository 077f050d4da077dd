"""Meeting summaries and short quotations.

* A summary names delegations, not people: "The representative of Sarnia said …. She added: “…”" is
  nobody named, speaking for Sarnia (« La représentante de la Belvanie … Elle a ajouté : « … » »), when
  the pronoun's gender fits the noun.
* A participle of saying introduces the words of the sentence's subject: « …, l’a ouverte en rappelant que
  « … » », "…, opened it by recalling that “…”"; the words are kept (not a phrase held at a distance).
* A short French quotation is French by its one function word (« Elles boivent avant nous »).

The sentences are written for these tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one


def test_a_pronoun_after_a_states_representative_speaks_for_the_state():
    q = one("The representative of Sarnia said her country had adopted its plan in 2024. She added: “We ask nobody "
            "to do what we have not done ourselves.”")
    assert (q.speaker, q.attribution, q.organisation) == ("", "unnamed", "Sarnia")
    q = one(f"La représentante de la Sarnie a souligné que son pays avait adopté son plan dès 2024. Elle a ajouté{NB}: "
            f"«{NB}Nous ne demandons à personne de faire ce que nous n’avons pas fait.{NB}»")
    assert (q.speaker, q.organisation) == ("", "Sarnie")


def test_a_pronoun_of_the_other_gender_is_not_the_representative():
    q = one(f"Le représentant de la Sarnie a souligné que son pays avait adopté son plan dès 2024. Elle a ajouté{NB}: "
            f"«{NB}Nous ne demandons à personne de faire ce que nous n’avons pas fait.{NB}»")
    assert (q.speaker, q.organisation) == ("", "")


def test_a_participle_of_saying_introduces_the_subjects_words():
    q = one(f"La vice-présidente de l’Assemblée, qui présidait la séance, l’a ouverte en rappelant que «{NB}le temps "
            f"des déclarations générales est terminé{NB}» et que les textes étaient attendus jeudi.")
    assert (q.text, q.speaker, q.attribution, q.organisation) == (
        "le temps des déclarations générales est terminé", "", "unnamed", "")
    q = one("The vice-chair, who presided over the session, opened it by recalling that “the time for general "
            "statements is over” and asked for texts by Thursday.")
    assert (q.speaker, q.attribution, q.organisation) == ("", "unnamed", "")
    q = one("Ingrid Halvorsen-Maas opened the session, stressing that “the time for general statements is over”.")
    assert q.speaker == "Ingrid Halvorsen-Maas"


def test_a_short_french_quotation_in_an_english_caption_is_french():
    q = one(f"HMA-05. A herder from Sarnia shows her animals to the delegates: «{NB}Elles boivent avant nous, "
            f"toujours.{NB}» Photo: Tidewater Alliance", language="en")
    assert q.language == "fr"
