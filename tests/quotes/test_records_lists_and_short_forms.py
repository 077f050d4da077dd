"""A headline on a surname that opens on two capitalised particles (« De La Vallière-Sow : « … » »); draft
text read out in a verbatim record ("I now read out paragraph 4 of the draft decision as it stands:", « je
donne lecture du paragraphe 4 du projet de décision : »), nobody's words; a list of reactions whose label is a
State with one of its bodies ("- **Gascara** (Ministry of the Environment):"); a body named by its head word
alone ("la secrétaire exécutive de la Convention") takes the longer name the kit gives that person's body.
The sentences are written for these tests.
"""

from __future__ import annotations

from presskit.model import Item
from presskit.quotes import extract_quotes
from presskit.quotes.settle import quotes_of_item, settle_attribution
from tests.quotes.finding import NB, one, quotes


def test_a_headline_on_a_surname_with_two_particles():
    got = quotes(f"Le Courrier\n\nDe La Roche-Diallo :{NB}«{NB}Les zones humides ne sont pas des terrains vagues{NB}»"
                 f"\n\nMarguerite de La Roche-Diallo n’a pas mâché ses mots devant une salle comble.")
    assert [(q.speaker, q.attribution) for q in got] == [("Marguerite de La Roche-Diallo", "headline")]
    got = quotes("The Wire\n\nVan Der Berghe: “Wetlands are not wasteland”\n\nPieter Van Der Berghe spoke first.")
    assert [q.speaker for q in got] == ["Pieter Van Der Berghe"]


def test_draft_text_read_out_is_nobodys():
    got = extract_quotes(["**The PRESIDENT:** I thank the representative of Quellia. I now read out paragraph 4 of "
                          "the draft\ndecision as it stands: “Parties shall designate and protect the critical sites "
                          "identified in Annex II”. I give the floor to the observer."])
    assert [(q.kind, q.speaker) for q in got] == [("text", "")]
    got = extract_quotes(
        [f"**Le PRÉSIDENT** : Je donne lecture du paragraphe 4 du projet de décision :{NB}«{NB}Les Parties désignent "
         f"et protègent les sites critiques{NB}». Je donne la parole à la Quellie."])
    assert [(q.kind, q.speaker) for q in got] == [("text", "")]
    q = one("Ilse Varnholt read out her statement: “We will protect the sites, all of them, every year.”")
    assert (q.kind, q.speaker) == ("quote", "Ilse Varnholt")  # a statement is no legal text


def test_a_state_with_one_of_its_bodies_as_a_lists_label():
    got = quotes("## Governments\n\n- **Quellia** (Ministry of the Environment): “Quellia will designate its seven "
                 "critical sites by June.”\n- **VWF**: ‘Without money for monitoring, the new sites will exist only on "
                 "paper.’")
    assert [(q.speaker, q.attribution, q.organisation) for q in got] == \
        [("", "organisation", "Quellia"), ("", "organisation", "VWF")]
    q = one(f"- **Quellie** (ministère de l’Environnement) :{NB}«{NB}La Quellie désignera ses sept sites critiques "
            f"d’ici juin.{NB}»")
    assert (q.speaker, q.organisation) == ("", "Quellie")


def _item(i: str, lang: str) -> Item:
    return Item(id=i, path=f"{i}.md", sha256="", bytes=0, media="text", language=lang)


def test_a_body_named_by_its_head_word_takes_the_kits_longer_name():
    en = (_item("a", "en"), "“We have the science and the sites. What we lack is the money,” Élise Marchetti-Obi, "
                            "Executive Secretary of the Varne Convention Secretariat, said.")
    fr = (_item("b", "fr"), f"«{NB}Le plomb, c’est le dossier le plus simple de la semaine{NB}», a rappelé la "
                            "secrétaire exécutive de la Convention, Élise Marchetti-Obi, en fin de soirée.")
    pending = [(it, quotes_of_item(it, [text], "Org")) for it, text in (en, fr)]
    settle_attribution(pending)
    assert [q.organisation for _it, qs in pending for q in qs] == ["Varne Convention Secretariat"] * 2


def test_a_body_recalls_its_note_the_note_is_a_noun_not_a_legal_verb():
    q = one(f"Le Secrétariat de la Convention l’a rappelé dans sa note du 1er décembre :{NB}«{NB}sans financement "
            f"nouveau, la moitié des plans nationaux ne seront pas mis en œuvre{NB}».")
    assert (q.kind, q.speaker, q.attribution) == ("quote", "", "organisation")
    got = extract_quotes(["The draft notes that “parties shall report every year on the sites they designate”."])
    assert [q.kind for q in got] == ["text"]  # the draft's own words: a verb there
