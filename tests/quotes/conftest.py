"""The readings of who a pronoun means, tested with the ways that abstain switched off.

A pronoun for a person the document introduced before the pronoun's paragraph ("pronoun 0.65") leaves the
quotation's speaker empty (``attribute.ABSTAINS``, docs/quotes.md "Checked on `dittybag`, `pouch`, `tote` and
`scrip`"): the finder still reads whom it means, keeps its attribution and confidence, and remembers the person
for the quotations after it. The tests here are about that reading, so they see the person it gives; the rule
itself, the empty speaker a user sees, is tested with the ``abstains`` mark
(tests/quotes/test_a_pronoun_for_someone_introduced_before_abstains.py), and by every test outside this folder.
"""

import pytest

from presskit.quotes import attribute


@pytest.fixture(autouse=True)
def _readings_without_abstaining(request, monkeypatch):
    if request.node.get_closest_marker("abstains") is None:
        monkeypatch.setattr(attribute, "ABSTAINS", frozenset())
