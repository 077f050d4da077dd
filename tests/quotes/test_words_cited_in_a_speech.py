"""Words a statement or an interview cites from someone, where the verb of saying alone does not tell who
spoke: the speaker's own earlier words owned after the quotation ("“…”: these were the words I used"), another
person's words named by "those of NAME, ROLE, at …:" / « ceux de NAME, … : », and a surname before its verb
with a time and a language between the verb and the colon (« NAME m’a dit un soir, en anglais : »). Written
for these tests in the forms of statements, Q&As, newsletters, features and live blogs, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

SPEAKER = {"default_speaker": "Ilse Marrow", "own_voice": False}
QEN = "“A river has no border, only banks.”"
QFR = f"«{NB}Une rivière n’a pas de frontière, seulement des rives.{NB}»"

OWN_EN = [
    f"Mr President, {QEN}: these were the words I used in this hall two years ago.",
    f"Colleagues,\n\n{QEN} Those were the very words I chose when we opened the station, and I stand by them.",
    f"Thank you, Chair. {QEN} — that is the phrase I used at the last session.",
    f"I will not repeat my speech. {QEN} These are the words that I spoke in Kessel, and they have not aged.",
    f"Excellencies,\n\n{QEN}: this was the line I gave the ministers on Monday.",
    f"Let me be brief. {QEN} — those were my own words I put to the donors yesterday.",
]
OWN_FR = [
    f"Monsieur le Président, {QFR} : ce sont les mots que j’ai prononcés ici il y a deux ans.",
    f"Chers collègues,\n\n{QFR} Ce sont mes propres mots que j’avais choisis à Kessel, et je les maintiens.",
    f"Merci, Madame la Présidente. {QFR} : voilà les mots que j’ai utilisés lundi devant les ministres.",
    f"Je serai bref. {QFR} Tels étaient les termes que j’avais employés lors de la première session.",
    f"Mesdames et Messieurs, {QFR} : c’étaient les mots que j’ai adressés aux donateurs hier.",
    f"Excellences,\n\n{QFR} C’est la phrase que j’ai prononcée à l’ouverture, et je la répète.",
]


@pytest.mark.parametrize("text", OWN_EN)
def test_english_words_the_speaker_owns_after_them_are_hers(text):
    q = quotes(text, language="en", **SPEAKER)[-1]
    assert q.speaker == "Ilse Marrow"


@pytest.mark.parametrize("text", OWN_FR)
def test_french_words_the_speaker_owns_after_them_are_hers(text):
    q = quotes(text, language="fr", **SPEAKER)[-1]
    assert q.speaker == "Ilse Marrow"


def test_words_another_person_used_after_them_are_not_the_speakers():
    text = f"I met Tomas Ebbers in May. {QEN}: these were the words he used, and I repeat them."
    assert quotes(text, language="en", **SPEAKER)[-1].speaker != "Ilse Marrow"


THOSE_EN = [
    (f"Let me quote other words, those of Anselm Rudiger, director-general of the Cryosphere Agency, at our "
     f"bilateral meeting: {QEN}", "Anselm Rudiger", "Cryosphere Agency"),
    (f"Mr President, I have quoted a farmer. I end with a scientist's words, those of Dr Lena Hovde of the Tarn "
     f"Institute, in her testimony last week: {QEN}", "Lena Hovde", "Tarn Institute"),
    (f"A: Not mine. I prefer those of Kofi Arden, who chairs the Basin Forum, from his closing speech: {QEN}",
     "Kofi Arden", "Basin Forum"),
    (f"The minister's words were strong, but stronger still were those of Ana Kresic, of the Highland Herders' "
     f"Union, at the morning briefing: {QEN}", "Ana Kresic", "Highland Herders' Union"),
    (f"Our newsletter ends with other words, those by Oren Vasquez, spokesman for the Delta Network: {QEN}",
     "Oren Vasquez", "Delta Network"),
    (f"Instead of mine, I offer you those of Mira Solberg, director of the Fjell Trust, in Oslo: {QEN}",
     "Mira Solberg", "Fjell Trust"),
]
THOSE_FR = [
    (f"Permettez-moi d’en citer d’autres, ceux d’Anselm Rudiger, directeur général de l’Agence de la "
     f"cryosphère, lors de notre réunion bilatérale{NB}: {QFR}", "Anselm Rudiger", "Agence de la cryosphère"),
    (f"Je terminerai par des mots qui ne sont pas les miens, ceux de la professeure Lena Hovde, de l’Institut "
     f"Tarn, devant la commission : {QFR}", "Lena Hovde", "Institut Tarn"),
    (f"R : Pas les miens. Je préfère ceux de Kofi Arden, qui préside le Forum du bassin, dans son discours de "
     f"clôture : {QFR}", "Kofi Arden", "Forum du bassin"),
    (f"Les mots de la ministre étaient forts ; plus forts encore, ceux d’Ana Kresic, de l’Union des éleveurs, "
     f"au point de presse : {QFR}", "Ana Kresic", "Union des éleveurs"),
    (f"Notre bulletin se clôt sur d’autres paroles, celles d’Oren Vasquez, porte-parole du Réseau Delta{NB}: "
     f"{QFR}", "Oren Vasquez", "Réseau Delta"),
    (f"Plutôt que les miens, je vous livre ceux de Mira Solberg, directrice de la Fondation Fjell, à Oslo : {QFR}",
     "Mira Solberg", "Fondation Fjell"),
]


@pytest.mark.parametrize("text,speaker,org", THOSE_EN)
def test_english_those_of_a_person_are_hers(text, speaker, org):
    q = quotes(text, language="en", **SPEAKER)[-1]
    assert (q.speaker, q.organisation) == (speaker, org)


@pytest.mark.parametrize("text,speaker,org", THOSE_FR)
def test_french_those_of_a_person_are_hers(text, speaker, org):
    q = quotes(text, language="fr", **SPEAKER)[-1]
    assert (q.speaker, q.organisation) == (speaker, org)


SURNAME_EN = [
    f"A: I met Rosa Ebbing in May. Ebbing told me one evening, in English: {QEN} That says it all.",
    f"Rosa Ebbing came to our stand. Later, Ebbing told us, over coffee: {QEN}",
    f"Q: And Rosa Ebbing? A: Ebbing said to me one night, in French: {QEN} I agree.",
    f"Rosa Ebbing was there too. Ebbing wrote to me on Monday, in a text message: {QEN}",
    f"I sat with Rosa Ebbing at dinner. Ebbing put it to me, at the end of the evening: {QEN}",
    f"Rosa Ebbing spoke last. Ebbing told the room, in Spanish: {QEN}",
]
SURNAME_FR = [
    f"R : J’ai rencontré Rosa Ebbing en mai. Ebbing m’a dit un soir, en anglais{NB}: {QFR} Tout est là.",
    f"Rosa Ebbing est passée au stand. Ebbing nous a confié mardi, en français : {QFR}",
    f"Rosa Ebbing est passée au stand. Ebbing m’a lancé, en riant : {QFR}",
    f"Rosa Ebbing était là. Ebbing m’a répété hier, en aparté : {QFR}",
    f"J’ai dîné avec Rosa Ebbing. Ebbing m’a écrit lundi, en espagnol : {QFR}",
    f"Rosa Ebbing a parlé la dernière. Ebbing a dit à la salle, en allemand : {QFR}",
]


@pytest.mark.parametrize("text", SURNAME_EN)
def test_english_surname_with_a_time_and_language_before_the_colon(text):
    q = quotes(text, language="en", **SPEAKER)[-1]
    assert (q.speaker, q.organisation) == ("Rosa Ebbing", "")


@pytest.mark.parametrize("text", SURNAME_FR)
def test_french_surname_with_a_time_and_language_before_the_colon(text):
    q = quotes(text, language="fr", **SPEAKER)[-1]
    assert (q.speaker, q.organisation) == ("Rosa Ebbing", "")


def test_those_of_a_person_across_a_wrapped_pdf_line():
    text = (f"Permettez-moi d’en citer d’autres, ceux d’Anselm Rudiger, directeur général de l’Agence de la\n"
            f"cryosphère, lors de notre réunion bilatérale : {QEN}")
    q = quotes(text, language="fr", **SPEAKER)[-1]
    assert (q.speaker, q.organisation) == ("Anselm Rudiger", "Agence de la cryosphère")
