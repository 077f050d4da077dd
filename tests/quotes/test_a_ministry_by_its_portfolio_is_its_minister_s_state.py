"""A ministry named by its portfolio alone (« Le ministère du Logement nous a répondu par écrit que … », "an
official of the ministry of Housing") speaks for the State whose minister of that portfolio the kit names (« le
ministre du Logement, NAME », NAME speaking for that State elsewhere), in either language; where the kit names two
States' ministers of it, or none, the ministry stays as written. Written for these tests."""

from __future__ import annotations

from presskit.quotes.ministries import ministers_by_portfolio, portfolio_of, state_of_portfolio
from tests.quotes.finding import NB, settled_kit


def test_portfolios_in_both_languages():
    assert {portfolio_of(n) for n in ("Ministère du Logement", "Ministry of Housing", "Minister of Housing",
                                      "ministre du Logement", "Housing Minister", "housing ministry")} == {"housing"}
    assert portfolio_of("ministre de la Santé") == portfolio_of("Ministry of Health") == "health"
    assert portfolio_of("Secretariat") == ""


def test_one_state_s_minister_gives_the_ministry_its_state():
    ministers = ministers_by_portfolio([("Minister of Housing", "Varmont"), ("Minister of Health", "Quellan")],
                                       ["Varmont", "Quellan"])
    assert state_of_portfolio("Ministère du Logement", ministers) == "Varmont"
    assert state_of_portfolio("Ministry of Health", ministers) == "Quellan"
    assert state_of_portfolio("Minister of Housing", ministers) == ""  # (a minister is a person's role)
    two = ministers_by_portfolio([("Minister of Housing", "Varmont"), ("ministre du Logement", "Quellan")],
                                 ["Varmont", "Quellan"])
    assert state_of_portfolio("Ministère du Logement", two) == ""


def test_a_french_article_s_ministry_is_the_state_of_the_kit_s_housing_minister():
    statement = ("The Minister of Housing of Varmont, Ansgar Dellinger, opened the session. “Every house will be "
                 "measured before it is sold,” said Mr Dellinger.\n")
    article = (f"Le ministère du Logement nous a répondu par écrit que «{NB}la nouvelle norme rend le test inutile dans "
               f"la plupart des cas{NB}».\n")
    _st, art = settled_kit(("st", "en", statement), ("art", "fr", article))
    assert [q.organisation for q in art] == ["Varmont"]
