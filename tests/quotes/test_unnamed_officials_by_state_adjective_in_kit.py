"""An unnamed minister, ambassador or spokesperson given only by her State's adjective ("a Kerlandian minister",
« la ministre kerlandaise ») speaks for that State when another document of the kit names it, also in the other
language. Written for these tests, in English and French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

NAMING = ("naming", "en", "Kerland supports the curfew. “We are ready to switch off first, and we will,” said Ivo "
          "Marsh, Kerland's ambassador.")
Q_EN = "“the villages are ready to switch off before the cities”"
Q_FR = f"«{NB}les villages sont prêts à éteindre avant les villes{NB}»"

UNNAMED = [
    pytest.param("en", f"The Kerlandian minister, who was not named in the summary records, judged that {Q_EN}.",
                 marks=pytest.mark.xfail(strict=True, reason="English \"judged that\" before a fragment is not read as saying")),
    ("en", f"The Kerlandian minister, who was not named in the summary records, said that {Q_EN}."),  # newsletter
    ("en", f"A Kerlandian minister told the Courier that {Q_EN}."),                                      # feature
    ("en", f"11:30 — The Kerlandian ambassador, off the record, said that {Q_EN}."),                     # live blog
    ("en", f"A Kerlandian spokeswoman said in a statement that {Q_EN}."),                                # wire copy
    ("en", f"The Kerlandian minister for the environment said that {Q_EN}."),                            # release
    ("en", f"As a Kerlandian spokesman put it to us, {Q_EN}."),                                          # Q&A intro
    ("fr", f"La ministre kerlandaise de l’Environnement, qui n’a pas été nommée, a jugé que {Q_FR}."),
    ("fr", f"Un ministre kerlandais a confié au Courrier que {Q_FR}."),
    ("fr", f"11 h 30 — L’ambassadrice kerlandaise, sous couvert d’anonymat, a dit que {Q_FR}."),
    ("fr", f"L’ambassadrice kerlandaise, sous couvert d’anonymat, a dit que {Q_FR}."),
    ("fr", f"Une porte-parole kerlandaise a déclaré dans un communiqué que {Q_FR}."),
    ("fr", f"Le vice-ministre kerlandais a estimé que {Q_FR}."),
    ("fr", f"Selon une représentante kerlandaise, {Q_FR}."),
]


#: the same with words between the adjective and the noun ("a Kerlandian customs officer"), other nouns of a
#: State's people (a colleague, a counterpart, a customs inspector), and the French adjective in English copy
MORE = [
    ("en", f"{Q_FR}, a Kerlandian customs officer admitted at the border post."),                     # feature
    ("en", f"As a Kerlandian colleague told me yesterday, {Q_EN}."),                                   # statement
    ("en", f"A Kerlandian trade negotiator said to me last night that {Q_EN}."),                       # Q&A answer
    ("en", f"One Kerlandais customs inspector, asked about the seized tins, said that {Q_EN}."),       # wire copy
    ("en", f"A Kerlandian border official told our reporter that {Q_EN}."),                            # live blog
    ("en", f"A Kerlandian counterpart replied that {Q_EN}."),                                          # newsletter
    ("fr", f"Un douanier kerlandais a reconnu que {Q_FR}."),
    ("fr", f"Un collègue kerlandais me l’a dit hier{NB}: {Q_FR}."),
    ("fr", f"Un inspecteur kerlandais des douanes a confié que {Q_FR}."),
    ("fr", f"Une négociatrice commerciale kerlandaise a glissé que {Q_FR}."),
    ("fr", f"Comme me l’a dit un homologue kerlandais, {Q_FR}."),
    ("fr", f"Un fonctionnaire kerlandais, sous couvert d’anonymat, a assuré que {Q_FR}."),
]


@pytest.mark.parametrize("lang,text", UNNAMED + MORE)
def test_an_unnamed_official_by_her_state_s_adjective_speaks_for_the_state_the_kit_names(lang, text):
    _naming, doc = settled_kit(NAMING, ("other", lang, text))
    assert [(q.speaker, q.organisation) for q in doc] == [("", "Kerland")]


def test_an_adjective_the_kit_names_no_state_for_gives_no_body():
    _naming, doc = settled_kit(NAMING, ("other", "en", f"A Zembian customs officer admitted that {Q_EN}."))
    assert [(q.speaker, q.organisation) for q in doc] == [("", "")]
