"""Words read out of a message, a letter or an e-mail that someone the text does not name wrote, with the hearers
or the place between the verb and the message: "The prosecutor, NAME, read to the jury an e-mail from a site
manager: “…”", « Il a lu à l'audience un SMS d'un employé : « … » », « NAME lui a fait relire un message reçu de ce
fournisseur : « … » ». The one who reads is not the one who wrote: nobody is named for the words. Written for these
tests, in English and French, as court reporters, wire copy, radio scripts, podcasts, live blogs, newsletters and
statements put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    # a court report
    "Prosecuting counsel Marian Oakhurst read to the jury an e-mail from a warehouse supervisor, who has not been "
    "named, sent the night before: “Leave the blue crates alone, the client does not want them opened”.",
    # wire copy
    "HARBOURTON (Wire) - Defence lawyer Tomas Reddaway read to the court a letter from a former employee of the "
    "firm: “Nobody ever asked us where the timber came from”.",
    # a podcast's script
    "In the chamber this morning, Senator Ines Calloway read aloud a voicemail from a constituent: "
    "“My well has been dry since June and nobody answers the phone”.",
    # a live blog
    "**14:10** - Minister Oskar Lindqvist-Bray read to delegates a note from a ranger in the northern park: "
    "“Send boots before you send brochures”.",
    # a newsletter
    "At the hearing, inspector Della Fairbrook read to the committee a message sent by a shipping clerk she did "
    "not name: “We relabel everything that comes from the south”.",
]
FR = [
    # un compte rendu d'audience
    f"L'avocat général, Bastien Morel-Akande, a lu à l'audience un SMS d'un chauffeur de la société, dont le nom "
    f"n'a pas été donné :{NB}« On charge la nuit, comme ça personne ne regarde{NB}».",
    # une dépêche
    f"La procureure Hélène Vasseur-Tran lui a fait relire un message reçu d'un intermédiaire installé à "
    f"l'étranger :{NB}« Les papiers suivront, ne t'inquiète pas{NB}».",
    # un script de radio
    f"JOURNALISTE : Devant la commission, la députée Maëlle Corbin-Sow a lu aux élus une lettre d'une "
    f"infirmière :{NB}« Nous comptons les masques le soir comme on compte ses sous{NB}».",
    # un fil en direct
    f"**11 h 20** — Le ministre Paul Andrieux-Kane a lu devant la presse un courriel d'une garde forestière :"
    f"{NB}« Nous avons un véhicule pour trois massifs{NB}».",
    # une lettre d'information
    f"Lors de l'audience, Me Romane Delacour a lu au tribunal une lettre écrite par une ancienne salariée :"
    f"{NB}« On nous demandait de ne pas poser de questions{NB}».",
]


@pytest.mark.parametrize("text", EN + FR)
def test_the_reader_of_someone_unnamed_s_message_is_not_its_speaker(text):
    [q] = quotes(text, language="fr" if "«" in text else "en")
    assert q.speaker == ""


@pytest.mark.parametrize("text, speaker", [
    # the reader's own words, with no message between: hers
    ("Prosecuting counsel Marian Oakhurst turned to the jury. “Leave the blue crates alone, you will hear”, she "
     "said.", "Marian Oakhurst"),
    (f"Me Romane Delacour s'est tournée vers le tribunal :{NB}« On nous demandait de ne pas poser de "
     f"questions{NB}», a-t-elle lancé.", "Romane Delacour"),
    # the writer named after the message: the writer's
    ("Prosecuting counsel Marian Oakhurst read out a letter from a former colleague, Edwin Salter: "
     "“The crates were never opened”.", "Edwin Salter"),
    # a summary read out is no one else's message: the reader's
    ("Prosecuting counsel Marian Oakhurst read to the jury a summary of her case: “The crates were never "
     "opened”.", "Marian Oakhurst"),
])
def test_the_reader_s_own_words_stay_hers(text, speaker):
    [q] = quotes(text, language="fr" if "«" in text else "en")
    assert q.speaker == speaker
