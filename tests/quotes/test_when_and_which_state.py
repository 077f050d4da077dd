"""Where and when a person spoke is not whom she speaks for; an unnamed person of a State named by its
adjective speaks for that State; a room is not a person.

Press copy places a speaker at a gathering ("at Monday’s side event", "at the evening briefing", « lors de
la conférence de presse de mardi »): that is no organisation. Wire copy and features keep sources anonymous
by their nationality ("One Orlandian official, who …", « un conseiller de la délégation tavrénienne »):
nobody is named, but the State is. A caption places a person in a room ("at the press bench, Room A"):
"Room A" is nobody. The sentences are written for these tests.
"""

from __future__ import annotations

from presskit.model import Item
from presskit.quotes.settle import quotes_of_item, settle_attribution
from tests.quotes.finding import NB, one


def test_a_gathering_after_at_is_where_she_spoke_not_her_organisation():
    q = one("We heard from Professor Ilona Mercks at Monday’s side event. She told us: “Give us ten more "
            "stopovers and we will give you back a million birds.”")
    assert (q.speaker, q.organisation) == ("Ilona Mercks", "")
    q = one("Ilona Mercks, at Friday’s launch, said: “Give us ten more stopovers and we will give you back a "
            "million birds.”")
    assert (q.speaker, q.organisation) == ("Ilona Mercks", "")
    q = one("Ilona Mercks, speaking at the evening press conference, said: “Give us ten more stopovers and "
            "we will give you back a million birds.”")
    assert (q.speaker, q.organisation) == ("Ilona Mercks", "")
    q = one(f"Ilona Mercks, lors de la conférence de presse de mardi, a déclaré :{NB}«{NB}Donnez-nous dix "
            f"escales de plus et nous vous rendrons un million d’oiseaux.{NB}»")
    assert (q.speaker, q.organisation) == ("Ilona Mercks", "")


def test_an_organisation_after_at_still_is_one():
    q = one("Ilona Mercks, of the Varne Institute, said: “Give us ten more stopovers and we will give you "
            "back a million birds.”")
    assert (q.speaker, q.organisation) == ("Ilona Mercks", "Varne Institute")
    q = one("Ilona Mercks at the Varne Institute said: “Give us ten more stopovers and we will give you back "
            "a million birds.”")
    assert (q.speaker, q.organisation) == ("Ilona Mercks", "Varne Institute")


def test_an_unnamed_official_of_a_state_named_by_its_adjective():
    q = one("Not everyone in Brask is convinced. One Quellish official, who did not want his name in print, "
            "put it this way over coffee: “You cannot ask a farmer to flood his field for a bird.” Quellia "
            "voted against the text on Friday.")
    assert (q.speaker, q.attribution, q.organisation) == ("", "unnamed", "Quellia")
    q = one("La Quellie a voté contre. Un conseiller de la délégation quellienne, lui, ne cache pas son "
            f"pessimisme :{NB}«{NB}On parlera encore du plomb à la prochaine réunion, j’en prends le pari{NB}».")
    assert (q.speaker, q.attribution, q.organisation) == ("", "unnamed", "Quellie")


def test_a_regional_adjective_names_no_state():
    q = one("L’Afrique du Sud a voté pour. «\u00a0Ils appellent ça du réalisme. Moi j’appelle ça de la "
            "comptabilité\u00a0», ironise un diplomate africain.")
    assert (q.speaker, q.organisation) == ("", "")
    q = one("Brask voted no. “Everybody is waiting for somebody else to blink first,” said a Western "
            "negotiator.")
    assert (q.speaker, q.organisation) == ("", "")


def test_a_room_in_a_caption_is_nobody():
    q = one("Photo: Amira Solberg-Tan at the press bench, Room A. \"I counted the pledges twice, and they still "
            "do not add up to one wetland,\" she said.")
    assert q.speaker == "Amira Solberg-Tan"
    q = one(f"Photo : Amira Solberg-Tan au banc de la presse, Salle B. «{NB}J’ai compté les promesses deux fois, "
            f"et elles ne font toujours pas une zone humide{NB}», a-t-elle dit.")
    assert q.speaker == "Amira Solberg-Tan"


def test_a_delegation_named_by_its_adjective_is_its_state():
    q = one(f"Le Quellie a voté. «{NB}Le Quellie désignera ses sites critiques avant la prochaine réunion{NB}», "
            f"a-t-on appris auprès de la délégation quellienne.")
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", "Quellie")
    q = one("Quellia abstained. “Quellia will name its critical sites before the next meeting,” the Quellish "
            "delegation said.")
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", "Quellia")


def test_no_before_a_full_stop_ends_the_sentence_unless_a_number_follows():
    q = one("Quellia voted no. One Quellish official said: “You cannot ask a farmer to flood his field for a "
            "bird.”")
    assert (q.speaker, q.organisation) == ("", "Quellia")
    q = one("As paragraph No. 4 of the text says, Ilona Mercks told us: “You cannot ask a farmer to flood his "
            "field for a bird.”")
    assert q.speaker == "Ilona Mercks"


def test_a_state_named_only_elsewhere_in_the_kit_is_found_for_an_unnamed_official():
    feature = Item(id="f", path="f.html", sha256="", bytes=0, media="html", language="en")
    statement = Item(id="s", path="s.pdf", sha256="", bytes=0, media="pdf", language="en", organisation="Quellia")
    brief = Item(id="b", path="b.pdf", sha256="", bytes=0, media="pdf", language="fr")
    qs = quotes_of_item(feature, ["Not everyone is convinced. One Quellish official, who did not want his name "
                                  "in print, put it this way: “You cannot ask a farmer to flood his field for a "
                                  "bird.”"], "Org")
    fr = quotes_of_item(brief, [f"«{NB}Ils appellent ça du réalisme, moi de la comptabilité{NB}», glisse un "
                                "diplomate quellien."], "Org")
    settle_attribution([(feature, qs), (statement, []), (brief, fr)])
    assert [(q.speaker, q.organisation) for q in qs + fr] == [("", "Quellia"), ("", "Quellia")]
