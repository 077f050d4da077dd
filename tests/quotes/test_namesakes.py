"""Two people of a kit share a surname: a surname alone goes to the one the text points at — by the body it
names ("said Kaboré of Sénéval", « a déclaré Kaboré, du Sénéval »), by a title of gender ("Mme Kaboré", "Mr
Kaboré") — and never to the document's namesake who speaks for another body or for none (a special
rapporteur). "Son Excellence" / "His Excellency" is a form of address, no part of a name. The sentences are
written for these tests.
"""

from __future__ import annotations

from presskit.model import Item
from presskit.quotes.settle import quotes_of_item, settle_attribution
from tests.quotes.finding import NB, one


def _item(i: str, lang: str = "en") -> Item:
    return Item(id=i, path=f"{i}.md", sha256="", bytes=0, media="text", language=lang)


def _kit(*docs: tuple[str, str, str]) -> list[list]:
    pending = [(_item(i, lang), quotes_of_item(_item(i, lang), [text], "Org")) for i, lang, text in docs]
    settle_attribution(pending)
    return [[(q.speaker, q.organisation) for q in qs] for _it, qs in pending]


WIRE = ("a", "en", "Moussa Traoré-Bah, head of the delegation of Quellia, opened the day. “We will not lose a third "
        "wetland to drainage,” he said.")
RAPPORTEUR = ("b", "en", "Inès Traoré-Bah, Special Rapporteur on wildlife crime, spoke last. “Illegal hunting is "
              "the blind spot of this meeting,” she said.")


def test_a_surname_with_its_body_goes_to_the_namesake_of_that_body():
    summary = ("c", "en", "- **Inès Traoré-Bah**, Special Rapporteur on wildlife crime: “Illegal hunting is the blind "
                          "spot of this meeting.”\n\n“We came for sites and we leave with sites,” said Traoré-Bah of "
                          "Quellia.")
    got = _kit(WIRE, RAPPORTEUR, summary)
    assert got[2] == [("Inès Traoré-Bah", ""), ("Moussa Traoré-Bah", "Quellia")]


def test_a_title_of_gender_picks_the_namesake():
    qa = ("d", "fr", f"R : Je comprends leur impatience. Comme le dit Mme Traoré-Bah, «{NB}chaque saison perdue se "
                     f"paie en oiseaux{NB}». Et M. Traoré-Bah ajoute :{NB}«{NB}nous ne perdrons pas une troisième zone "
                     f"humide{NB}».")
    got = _kit(WIRE, RAPPORTEUR, qa)
    assert [s for s, _o in got[2]] == ["Inès Traoré-Bah", "Moussa Traoré-Bah"]


def test_a_form_of_address_is_no_part_of_the_name():
    q = one(f"Son Excellence Moussa Traoré-Bah, chef de la délégation de la Quellie, a appelé à «{NB}ne pas opposer "
            f"les chasseurs et les oiseaux{NB}».")
    assert (q.speaker, q.organisation) == ("Moussa Traoré-Bah", "Quellie")
    q = one("His Excellency Moussa Traoré-Bah, head of the delegation of Quellia, called for “an end to the "
            "quarrel between hunters and birds.”")
    assert q.speaker == "Moussa Traoré-Bah"
