"""Round 56's readings. A chat export's line ("[02/07/2041, 07:05] NAME: …") is its sender's sentence: the
quotation in it is whoever the message says spoke ("Pieter from the Lifeguards' Guild told me", "Lérignac from
Granvelle says"), the club's own rule ("as we agreed at the AGM, “…”"), a body's sticker ("The Trust's sticker on the
door says “…”"); a club flag "the one that says “…”" carries words, nobody's quotation. Of two namesakes the kit
names, "Skelderup, the lifeguard from X" is the lifeguard, and "Minister SURNAME — no relation to FULL NAME, … “…,”
SURNAME said" is the minister. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one, quotes, settled_kit

pytestmark = pytest.mark.abstains

CHAT = ("Riverside Dippers — members' group chat, exported for the club's website\n\n"
        "[02/07/2041, 06:52] Tomos Brackett: The Trust's sticker on the door says “If this box is empty, call us, day "
        "or night” so I did.\n\n"
        "[02/07/2041, 07:05] Iris Penhallow: Jory from the Harbour Rowing Club told me at the jetty: “Your club is "
        "the best inspection service this river has ever had” so let's live up to it.\n\n"
        "[03/07/2041, 19:15] Tomos Brackett: Has anyone seen the piece? Marchetti from Oldquay says “we cannot put a "
        "guard on every metre of the bank”. Nobody asked them to.\n\n"
        "[05/07/2041, 22:10] Tomos Brackett: Bring the club flag, the one that says “Never Alone in the Water”.")


def test_the_sender_s_message_says_who_spoke():
    qs = {q.text.split()[0]: q for q in quotes(CHAT, language="en")}
    assert qs["Your"].speaker == "Jory" and "Harbour Rowing Club" in qs["Your"].organisation
    assert qs["we"].speaker == "Marchetti" and qs["we"].organisation == "Oldquay"
    assert qs["If"].speaker == "" and qs["If"].attribution == "organisation"


def test_a_flag_s_words_are_no_quotation():
    assert not any(q.text.startswith("Never Alone") for q in quotes(CHAT, language="en"))


def test_near_miss_the_sender_s_own_words_are_not_given_to_someone_named_in_the_label():
    q = one("[02/07/2041, 07:05] Iris Penhallow: I told the ranger: “Your bins are full again and the post is empty.”",
            language="en")
    assert q.speaker != "Jory"


def test_as_we_agreed_is_the_club_s_own_rule():
    q = one("For those asking: as we agreed at the AGM, “no member swims the river alone between October and May”.",
            language="en", default_organisation="Riverside Dippers")
    assert (q.speaker, q.organisation) == ("", "Riverside Dippers")


KIT_PEOPLE = ("statement", "en", "Statement by Elin Ostergaard, Minister of Home Affairs of Hollin\n\nLast August I "
              "spent a day on Lake Hollin. Bram Ostergaard, a lifeguard of the Lifeguards' Guild — no relation — told "
              "me: “We need posts, not signs.”")


def test_the_namesake_known_as_a_lifeguard():
    qs = settled_kit(KIT_PEOPLE, ("interview", "en", "A: They are the best people here. Ostergaard, the lifeguard "
                                                      "from Hollin, said something I wrote down: “The lake does not "
                                                      "care how well you swim.”"))
    assert qs[1][0].speaker == "Bram Ostergaard"


def test_a_minister_set_apart_from_a_namesake_with_no_relation():
    text = ("Home Affairs Minister Ostergaard — no relation to Bram Ostergaard, the Hollin lifeguard who has become "
            "the face of the Guild's campaign — promised on Thursday to fund a thousand posts. “Each of them will be "
            "checked every week,” Ostergaard said.")
    q = one(text, language="en")
    assert q.speaker == "Ostergaard"
    assert settled_kit(KIT_PEOPLE, ("feature", "en", text))[1][0].speaker == "Elin Ostergaard"


def test_near_miss_the_lifeguard_named_in_full_speaks():
    q = one("Bram Ostergaard himself is not so sure. “A thousand posts and no one paid to check them is a thousand "
            "empty boxes,” Ostergaard said.", language="en")
    assert q.speaker == "Bram Ostergaard"


def test_near_miss_a_flag_state_s_diplomat_is_quoted():
    q = one("A diplomat from a European flag State said: “The thirty days are dead. Everyone knows it.”", language="en")
    assert q.text.startswith("The thirty days")
