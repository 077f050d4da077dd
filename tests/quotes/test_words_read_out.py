"""Words a speaker reads out or quotes from someone else ("Minister NAME quoted a letter from a mother:", « a cité
la lettre d’une mère : », "read out a message from NAME:") are that someone's, never the reader's: a person when
named, nobody otherwise. An unnamed member of "the X’s board" or a source "inside X" speaks for X. Written for
these tests, in the forms of statements, wires and features, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, quotes

EN = [  # (text, speaker)
    ("In her speech, Minister Ada Vosk quoted a letter from a mother: “Do not name a road after my son.”", ""),
    ("Ada Vosk read out a message from a bus driver: “Do not name a road after my son.”", ""),
    ("The minister read out a message from Ana Lind, the founder of the network: “Do not name a road after my son.”",
     "Ana Lind"),
    ("Closing the debate, the President quoted the words of a survivor: “Do not name a road after my son.”", ""),
    ("Ada Vosk cited a note from her predecessor, Piet Varga: “Do not name a road after my son.”", "Piet Varga"),
    ("She then read from a letter by a schoolgirl: “Do not name a road after my son.”", ""),
]
FR = [
    ("Dans son discours, la ministre Ada Vosk a cité la lettre d’une mère : « Ne donnez pas son nom à une route. »", ""),
    ("Ada Vosk a lu un message d’un chauffeur de bus : « Ne donnez pas son nom à une route. »", ""),
    (f"La ministre a lu un message d’Ana Lind, fondatrice du réseau{NB}: «{NB}Ne donnez pas son nom à une route.{NB}»",
     "Ana Lind"),
    ("En clôture, la présidente a cité les mots d’une rescapée : « Ne donnez pas son nom à une route. »", ""),
    ("Ada Vosk a cité une note de son prédécesseur, Piet Varga : « Ne donnez pas son nom à une route. »", "Piet Varga"),
    ("Elle a ensuite lu la lettre d’une écolière : « Ne donnez pas son nom à une route. »", ""),
]


@pytest.mark.parametrize("text,speaker", EN)
def test_english_words_read_out_are_not_the_readers(text, speaker):
    [q] = quotes(text, language="en", own_voice=False, default_speaker="Ada Vosk")
    assert q.speaker == speaker


@pytest.mark.parametrize("text,speaker", FR)
def test_french_words_read_out_are_not_the_readers(text, speaker):
    [q] = quotes(text, language="fr", own_voice=False, default_speaker="Ada Vosk")
    assert q.speaker == speaker


@pytest.mark.parametrize("lang,text", [
    ("en", "A member of the Rider Safety Trust’s board, who asked not to be named, said: “We wanted ministers here.”"),
    ("en", "A source inside the Rider Safety Trust said: “We wanted ministers to stand here.”"),
    ("en", "“We wanted ministers to stand here,” said an official within the Rider Safety Trust."),
    ("fr", "Une source au sein de la Rider Safety Trust affirme : « Nous voulions que les ministres viennent ici. »"),
    ("fr", "Un membre du bureau de la Rider Safety Trust, qui a requis l’anonymat, a dit : « Nous voulions les ministres ici. »"),
    ("fr", "« Nous voulions que les ministres viennent ici », confie un cadre de la Rider Safety Trust."),
])
def test_an_unnamed_member_of_a_body_speaks_for_it(lang, text):
    [q] = quotes(text, language=lang, own_voice=False)
    assert (q.speaker, q.organisation) == ("", "Rider Safety Trust")


#: a person who reads out someone else's testimony, letter or words: the words are that person's (nobody,
#: where the text does not name them; the one it names, where it does), never the reader's
READ_FROM = [
    (f"Kerlouan a ensuite lu le témoignage d’un de ses moniteurs{NB}: «{NB}J’enseigne avec une corde et deux "
     f"bouées.{NB}»", ""),                                                                         # communiqué
    (f"La présidente Ambroisine Kerlouan a donné lecture du message d’une mère de Lormes{NB}: «{NB}Personne ne "
     f"m’avait prévenue.{NB}»", ""),                                                               # dépêche
    (f"14 h 10 — Ambroisine Kerlouan lit la lettre d’une institutrice{NB}: «{NB}Nos élèves ont sorti trois "
     f"enfants de l’eau.{NB}»", ""),                                                               # direct
    (f"Ambroisine Kerlouan a lu le témoignage de Paul Nègre{NB}: «{NB}J’enseigne dans un bras mort du "
     f"fleuve.{NB}»", "Paul Nègre"),                                                               # reportage
    ("Ambroisine Kerlouan then read out a letter from one of her instructors: “I teach in a backwater with a "
     "rope and two buoys.”", ""),                                                                  # release
    ("Wire copy. Ambroisine Kerlouan read the testimony of a warden from the delta: “Our pupils pulled three "
     "children out.”", ""),                                                                        # wire copy
    ("Ambroisine Kerlouan read the letter of Paul Negre to the hall: “I teach in a backwater.”", "Paul Negre"),
    # with a pronoun after the words, which is the one read, not the reader
    (f"Ambroisine Kerlouan, présidente, a parlé. Kerlouan a ensuite lu le témoignage d’un de ses moniteurs{NB}:"
     f"\n\n«{NB}J’enseigne dans un bras mort.\n\n«{NB}Je ne sais pas écrire un rapport{NB}», a-t-il écrit.", ""),
    (f"Ambroisine Kerlouan, présidente, a lu la lettre d’un pêcheur{NB}: «{NB}Mon fils nage{NB}», a-t-il écrit.", ""),
    ("Ambroisine Kerlouan, the federation's president, read out the letter of a fisherman: “My son can swim now,” "
     "he wrote.", ""),
    ("Ms Ambroisine Kerlouan then read the testimony of one of her instructors:\n\n“I teach in a backwater.\n\n"
     "“I cannot write a report,” he wrote.", ""),
]


@pytest.mark.parametrize("text,speaker", READ_FROM)
def test_who_reads_out_another_s_words_is_not_their_speaker(text, speaker):
    assert one(text).speaker == speaker
