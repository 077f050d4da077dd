"""A name styled "The Honourable" or "The Right Honourable", as government releases sign their quotations ("—
The Honourable NAME, Minister of …") and as parliamentary and broadcast copy introduces ministers: the style is
no part of the name, and its "The" does not hide the name from the signature. "The Honourable Society of …" is
a body, not a person. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    "## Quotes\n\n“We will take every drum out, and we will pay for it ourselves.”\n\n— The Honourable Ada "
    "Pellow-Vane, Minister of Environment\n",                                                             # release
    "“We will take every drum out, and we will pay for it ourselves.” — The Right Honourable Ada Pellow-Vane\n",  # statement
    "The Honourable Ada Pellow-Vane told the house: “We will take every drum out, and we will pay for it.”",  # Hansard-style
    "ANCHOR: The Honourable Ada Pellow-Vane joins us. “We will take every drum out, and pay for it,” she said.",  # TV script
]
FR = [
    f"«{NB}Nous retirerons chaque fût, et nous paierons nous-mêmes{NB}», a déclaré The Honourable Ada Pellow-Vane.",
    pytest.param(f"## Citations\n\n«{NB}Nous retirerons chaque fût, et nous paierons nous-mêmes.{NB}»\n\n— "
                 f"L’honorable Ada Pellow-Vane, ministre de l’Environnement\n",
                 marks=pytest.mark.xfail(strict=True, reason="« L’honorable », elided, is not yet read as a style")),
]


@pytest.mark.parametrize("text", EN)
def test_english_the_honourable_is_a_style(text):
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == "Ada Pellow-Vane"


@pytest.mark.parametrize("text", FR)
def test_french_l_honorable_is_a_style(text):
    [q] = quotes(text, language="fr", own_voice=False)
    assert q.speaker == "Ada Pellow-Vane"


def test_a_body_styled_honourable_is_no_person():
    text = "“We will take every drum out, and we will pay for it ourselves,” the Honourable Society of Growers said."
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == ""
