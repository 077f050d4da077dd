"""Someone named reads out the words of someone the text does not name, in the last sentence of a paragraph that
ends on a full stop ("…, then read out a passage of a letter from a client in Lormeuil."), and the words open the
next paragraph: they are the letter writer's, nobody named, not the reader's. Written for these tests, in English
and French, as a committee's information report prints its hearings.
"""

from __future__ import annotations

from tests.quotes.finding import NB, quotes

EN = ("Asked about older homes, Mr Aurel Vintrac, for the Association of Radon Contractors, described what his "
      "members find in the field, then read out a passage of a letter from a client in Lormeuil.\n\n"
      "“We sealed the cellar floor in one weekend. The reading fell from 940 to 110 and the children sleep "
      "downstairs again.”\n")
FR = (f"Interrogé sur les maisons anciennes, M. Aurel Vintrac, pour l'Association des artisans du radon, a décrit ce "
      f"que ses membres trouvent sur le terrain, puis a lu un passage de la lettre d'une cliente de Lormeuil.\n\n"
      f"«{NB}Nous avons scellé le sol de la cave en un week-end. La mesure est tombée de 940 à 110 et les enfants "
      f"dorment de nouveau en bas.{NB}»\n")


def test_the_letter_s_words_are_nobody_named():
    for text, lang in ((EN, "en"), (FR, "fr")):
        q = quotes(text, language=lang)[0]
        assert (q.speaker, q.attribution) == ("", "unnamed"), lang


def test_without_a_letter_read_out_the_words_stay_the_speaker_s():
    # near-miss: the paragraph before ends on his own account of the field, not on someone else's words
    text = EN.replace(", then read out a passage of a letter from a client in Lormeuil.", ".")
    text = text.replace("downstairs again.”", "downstairs again,” he said.")
    assert quotes(text, language="en")[0].speaker == "Aurel Vintrac"
