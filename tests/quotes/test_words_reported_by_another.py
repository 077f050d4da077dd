"""Words a person reports someone else said: "Ms NAME told me that he had said to her: “…”", « Mme NAME m’a
rapporté qu’il lui avait dit : « … » ». The pronoun after "that"/« que » is the speaker, and when its gender is
not the reporter's it is someone else: the reporter is never given (a wrong name). Who that someone is, the
sentence does not say by name, so nobody is given unless the text names him. When the genders agree ("Ms NAME
said she had told the minister: “…”"), the reporter speaks of herself and is given. The sentences are written
for these tests, as wire copy, a feature, a live blog, an interview, a newsletter and a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

OTHER = [
    ("Ms Adaeze Korrin", "Ms Adaeze Korrin, our coordinator, told me that he had said to her: “I will not block the register.”"),
    ("Lena Moravcik", "The talks dragged on. Lena Moravcik recalled that he had once told her: “The yards can wait.”"),
    ("Tove Arnskog", "10:40 — Our field officer, Mrs Tove Arnskog, reported that he had told her: “Nobody inspects the beach.”"),
    ("Ruben Osterlind", "Q: Did the minister answer? A: Mr Ruben Osterlind says she told him: “Come back after the vote.”"),
    ("Kofi Abena-Lund", "In his newsletter, Mr Kofi Abena-Lund explained that she had warned him: “The draft will not survive Friday.”"),
    ("Anna Petrov", "Ms Anna Petrov wrote that he had promised: “There will be a register by June.”"),
    ("Adaeze Korrin", f"Mme Adaeze Korrin, notre coordinatrice, m’a rapporté qu’il lui avait dit{NB}: «{NB}Je ne bloquerai pas le registre.{NB}»"),
    ("Lena Moravcik", f"Les débats traînaient. Mme Lena Moravcik se souvient qu’il lui a lancé{NB}: «{NB}Les chantiers peuvent attendre.{NB}»"),
    ("Ruben Osterlind", f"Q{NB}: Le ministre a-t-il répondu{NB}? R{NB}: M. Ruben Osterlind raconte qu’elle lui a répondu{NB}: «{NB}Revenez après le vote.{NB}»"),
    ("Kofi Abena-Lund", f"Le délégué Kofi Abena-Lund explique qu’elle l’avait prévenu{NB}: «{NB}Le projet ne passera pas vendredi.{NB}»"),
    ("Anna Petrov", f"Dans sa lettre, Mme Anna Petrov écrit qu’il a promis{NB}: «{NB}Il y aura un registre en juin.{NB}»"),
    ("Tove Arnskog", f"10 h 40 — Notre agente de terrain, Mme Tove Arnskog, assure qu’il lui a confié{NB}: «{NB}Personne "
                     f"n’inspecte la plage.{NB}»"),
]

SAME = [
    ("Lena Moravcik", "Ms Lena Moravcik said she had told the minister: “The yards cannot wait.”"),
    ("Ruben Osterlind", "Mr Ruben Osterlind recalled that he had warned the Parties: “Without inspections, nothing changes.”"),
    ("Lena Moravcik", f"Mme Lena Moravcik raconte qu’elle a dit au ministre{NB}: «{NB}Les chantiers ne peuvent pas attendre.{NB}»"),
    ("Ruben Osterlind", f"M. Ruben Osterlind rappelle qu’il avait prévenu les Parties{NB}: «{NB}Sans inspections, rien ne change.{NB}»"),
]


@pytest.mark.parametrize("reporter,text", OTHER)
def test_words_someone_of_the_other_gender_said_are_never_the_reporter_s(reporter, text):
    q = one(text)
    assert reporter.split()[-1] not in q.speaker
    assert q.speaker == ""


@pytest.mark.parametrize("reporter,text", SAME)
def test_words_the_reporter_says_she_said_are_hers(reporter, text):
    assert one(text).speaker == reporter
