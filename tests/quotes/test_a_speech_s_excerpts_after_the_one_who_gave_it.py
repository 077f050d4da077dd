"""A speech printed in excerpts over several paragraphs after the sentence that says who gave it and a note of
excerpts (« Notre secrétaire général, NAME, a pris la parole en plénière le 13 mai. Extraits. », "Our general
secretary, NAME, spoke to the plenary on 13 May. Extracts follow."): the speech is that person's, as it is when
the note is left out; the note is no name.

A paragraph that ends on a sentence about a thing, not a person, before its note, gives nobody (near-miss). The
sentences are written for these tests, as a union newsletter and a coalition's bulletin would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_SPEECH_FR = (f"«{NB}Camarades délégués, je viens d’une caserne où l’on jouait avec la mousse.\n\n«{NB}Aujourd’hui, "
              f"trois de mes anciens collègues sont malades.\n\n«{NB}Nous demandons que la convention dise qui paie."
              f"{NB}»\n\nLa suite en page 2.")
_SPEECH_EN = ("“Comrades, I come from a station where we played with the foam.\n\n“Today three of my old colleagues "
              "are ill.\n\n“We ask that the convention say who pays.”\n\nMore on page 2.")


@pytest.mark.parametrize("text", [
    f"Fireline\n\nNotre secrétaire général, Benedikt Ostrowan, a pris la parole en séance plénière le 13 mai. "
    f"Extraits.\n\n{_SPEECH_FR}",
    f"Fireline\n\nNotre secrétaire général, Benedikt Ostrowan, a pris la parole en séance plénière le 13 mai. Extrait."
    f"\n\n{_SPEECH_FR}",
    f"Bulletin\n\nOur general secretary, Benedikt Ostrowan, spoke to the plenary on 13 May. Extracts follow.\n\n"
    f"{_SPEECH_EN}",
])
def test_the_speech_in_excerpts_is_the_speaker_s(text):
    assert [q.speaker for q in quotes(text)] == ["Benedikt Ostrowan"]


def test_a_note_of_excerpts_after_a_thing_gives_nobody():
    text = f"Fireline\n\nLa motion a été adoptée à l’unanimité le 13 mai. Extraits.\n\n{_SPEECH_FR}"
    assert all(q.speaker in ("",) for q in quotes(text)), [q.speaker for q in quotes(text)]
