"""A portfolio written before "Minister" ("the Interior Minister, NAME", "Health Minister NAME said") is part of
the role, never a body: it is not the minister's organisation, and the kit never takes it for a State that other
people's roles ("the Humanitarian Coordinator", "the Minister of Public Works") would then be given. A State's
name before "Minister" ("the Vardian Minister", "the Orsk Minister") still gives the State. Written for these
tests, in the forms of radio scripts, situation reports, wires and statements.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one, settled_kit

SCRIPT = ("REPORTER: The provincial office did not answer our calls. But the Interior Minister, Amalia Ruiz Tarco, "
          "said in the capital that the Government would “take all its responsibilities”.")
SITREP = ("3. The Minister of the Interior of Vardia, Amalia Ruiz Tarco, said the alert had come “forty minutes "
          "too late”.\n\n4. The Humanitarian Coordinator, Jonas Berglund, said partners should “plan for weeks, not "
          "days”.\n\n5. The Minister of Public Works, Félix Ortega, flew over the valley. “The road will be open by "
          "Friday,” he said.")


@pytest.mark.parametrize("text,role", [
    (SCRIPT, "Interior Minister"),
    ("The Health Minister, Ana Brel, said the clinics would “stay open all winter”.", "Health Minister"),
    ("After the vote, the Environment Minister, Ana Brel, told reporters: “The fund is final.”", "Environment Minister"),
])
def test_the_portfolio_is_the_role_not_a_body(text, role):
    q = one(text)
    assert q.organisation in ("", "Harbour Coalition") and role in q.role, (q.organisation, q.role)


def test_no_portfolio_becomes_a_state_of_the_kit():
    script, sitrep = settled_kit(("script", "en", SCRIPT), ("sitrep", "en", SITREP), organisation="Relief Office")
    orgs = [q.organisation for q in script + sitrep]
    assert "Interior" not in orgs, orgs
    minister = [q for q in sitrep if q.speaker == "Amalia Ruiz Tarco"][0]
    assert minister.organisation in ("Vardia", ""), minister.organisation


def test_a_state_before_minister_is_still_the_state():
    q = one("The Orsk Minister, Ana Brel, said the border would “stay open to every family”.")
    assert q.organisation == "Orsk", q.organisation
