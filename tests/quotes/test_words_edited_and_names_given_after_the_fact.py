"""Quoted words that are nobody's quotation, though a body or people stand in the sentence.

* a text's words being edited: « propose de remplacer « … » par « … » », « supprimer les mots « … » »,
  "wants to replace “…” with “…”", "to delete the words “…”" (statement, release, wire, live blog,
  newsletter, briefing): the draft's words, not the speaker's, whoever proposes the change;
* what people called a thing, after the fact: « au sortir de ce que les négociateurs ont appelé « … » »,
  "after what delegates called “…”": a name held at a distance (a scare quote), while the quotation of the
  same sentence is still found.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_EDITED = [
    ("fr", f"Le Royaume de Tessarie propose de remplacer «{NB}dans la mesure du possible{NB}» par «{NB}d’ici à "
           f"2040{NB}», et rappelle l’article 12 du règlement."),
    ("fr", f"La coalition demande de supprimer les mots «{NB}sur une base volontaire{NB}» au paragraphe 4."),
    ("fr", f"**15 h 30** — La Tessarie veut remplacer «{NB}dans la mesure du possible{NB}» par «{NB}sans "
           f"délai{NB}»."),
    ("fr", f"Nous proposons d’insérer «{NB}et des marchés ruraux{NB}» après «{NB}chaînes du froid{NB}»."),
    ("fr", f"Plusieurs délégations souhaitent ajouter les mots «{NB}pertes après récolte{NB}» au titre de "
           f"l’article 7."),
    ("fr", f"La présidence a accepté de biffer «{NB}le cas échéant{NB}» dans le préambule."),
    ("en", "The Kingdom of Tessaria proposes to replace “where possible” with “by 2040” and recalls rule 12."),
    ("en", "The coalition asks Parties to delete the words “on a voluntary basis” from paragraph 4."),
    ("en", "**15:30** — Tessaria wants to replace “as appropriate” by “without delay”."),
    ("en", "We propose inserting “and rural markets” after “cold chains” in the operative part."),
    ("en", "Several delegations want to add the words “post-harvest losses” to the title of Article 7."),
    ("en", "The presidency agreed to strike “where feasible” from the preamble."),
]


@pytest.mark.parametrize("lang,text", _EDITED)
def test_words_being_edited_are_no_quotation(lang, text):
    assert [q.text for q in quotes(text, language=lang, own_voice=False)] == []


_CALLED = [
    ("fr", f"«{NB}Ce n’est qu’un début{NB}», a commenté une délégation au sortir de ce que les négociateurs ont "
           f"appelé «{NB}la nuit des crochets{NB}»."),
    ("fr", f"«{NB}Ce n’est qu’un début{NB}», a soufflé un diplomate après ce que la presse a surnommé «{NB}la "
           f"nuit des crochets{NB}»."),
    ("fr", f"«{NB}Ce n’est qu’un début{NB}», a dit Ana Varga-Lund, au terme de ce que les délégués avaient "
           f"baptisé «{NB}le marathon des virgules{NB}»."),
    ("fr", f"**2 h 10** — Fin de ce que certains ont appelé «{NB}la nuit des crochets{NB}». «{NB}Ce n’est qu’un "
           f"début{NB}», résume Ana Varga-Lund."),
    ("fr", f"Après ce qu’on a appelé «{NB}la nuit des crochets{NB}», Ana Varga-Lund a déclaré{NB}: «{NB}Ce n’est "
           f"qu’un début.{NB}»"),
    ("fr", f"«{NB}Ce n’est qu’un début{NB}», a estimé Ana Varga-Lund à l’issue de ce que les observateurs ont "
           f"nommé «{NB}la nuit des crochets{NB}»."),
    ("en", "“This is only a start,” one delegation said after what negotiators called “the night of brackets”."),
    ("en", "“This is only a start,” a diplomat whispered after what the press had dubbed “the night of brackets”."),
    ("en", "“This is only a start,” said Ana Varga-Lund at the end of what delegates nicknamed “the comma "
           "marathon”."),
    ("en", "**02:10** — The end of what some called “the night of brackets”. “This is only a start,” said Ana "
           "Varga-Lund."),
    ("en", "After what everyone called “the night of brackets”, Ana Varga-Lund said: “This is only a start.”"),
    ("en", "“This is only a start,” Ana Varga-Lund said at the close of what observers have called “the night of "
           "brackets”."),
]


@pytest.mark.parametrize("lang,text", _CALLED)
def test_what_people_called_a_thing_is_no_quotation(lang, text):
    found = [q.text.strip(" ,.") for q in quotes(text, language=lang, own_voice=False)]
    assert found in (["Ce n’est qu’un début"], ["This is only a start"]), found
