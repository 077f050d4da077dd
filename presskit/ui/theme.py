"""The viewer's colours, in one place: every pane, dialog and painter takes its colours from here.

Colours are hex strings (for style sheets and rich text) except the translucent overlays drawn on PDF
pages, which are :class:`QColor` values with an alpha. A light theme, chosen for reading long
documents: near-black text on white, grey for what is secondary, blue for what is selected, yellow
and orange for search hits (orange: the current one).
"""

from __future__ import annotations

from .qt import QColor

# text
TEXT = "#1d2633"  # titles and main text
TEXT_SOFT = "#33404f"  # text on a light panel
TEXT_SNIPPET = "#333333"  # search snippets
TEXT_EMPTY = "#3a4250"  # empty-state messages
TEXT_SUBTITLE = "#4a5360"  # subtitles (About this kit)
TEXT_HINT = "#4a5563"  # explanations under a heading (About presskit)
MUTED = "#5d6673"  # metadata, status lines, notes
HEADING = "#1b3d63"  # headings of the user guide and the welcome
HEADING_SUB = "#22476f"
LINK = "#1a5fb4"
ON_DARK = "#dddddd"  # text on the photo viewer's dark background

# lines, surfaces, states of controls
LINE = "#d6dae0"  # splitter handles, toolbar lines, separators
LINE_LIGHT = "#eceef1"  # between result rows
LINE_HEADER = "#dde1e6"
LINE_PANEL = "#d8dbe0"
LINE_TOOL = "#d3d8df"
LINE_INPUT = "#b9c0ca"
LINE_DIALOG = "#c3ccd8"
FOCUS = "#3b7ddd"
HOVER = "#e9edf2"
HOVER_ROW = "#f3f6fa"
SELECTED = "#dbe8fc"
SELECTED_LINE = "#9dbbeb"
SURFACE = "#ffffff"
PANEL = "#f6f7f9"
CODE_INLINE = "#eef1f5"
CODE_BLOCK = "#f4f6f9"
PLACEHOLDER = "#dde0e4"  # a photo's thumbnail before it is loaded
PAGE_BACKGROUND = "#e6e8eb"  # around PDF pages
PHOTO_BACKGROUND = "#2b2d31"

# search hits and find
HIT = "#ffe680"  # a matched word in a snippet
HIT_TEXT = "#ffe250"  # a hit in a text document
CURRENT_HIT_TEXT = "#ff9628"  # the current hit in a text document
PAGE_NUMBER = "#8a6100"  # "p. 3" before a snippet, the hit count
FIND_BAR = "#fff8dc"
FIND_BAR_LINE = "#e6d9a8"

# meanings
NEW = "#1f7a3d"  # the "New" badge
GOOD = "#1e6b34"  # signed
CAUTION = "#6b5a1e"  # unsigned
BAD = "#a11d1d"  # modified, bad signature
CREDIT = "#505560"  # a photo's credit line
NO_CREDIT = "#a05a00"  # "Credit unknown"
STEP_BADGE = "#f2a93b"  # the welcome's step numbers


def color(hex_color: str, alpha: int = 255) -> QColor:
    """A :class:`QColor` from one of the hex strings above, with an optional alpha."""
    c = QColor(hex_color)
    c.setAlpha(alpha)
    return c


# overlays painted on PDF pages (translucent, so the text shows through)
PDF_HIT = QColor(255, 214, 0, 110)
PDF_CURRENT_HIT = QColor(255, 128, 0, 150)
PDF_CURRENT_HIT_LINE = QColor(200, 80, 0)
PDF_SELECTION = QColor(40, 110, 220, 80)
PDF_PAGE_SHADOW = QColor(0, 0, 0, 28)


_TOKEN = None


def css(template: str) -> str:
    """``template`` with every ``@NAME`` replaced by this module's colour ``NAME`` (style sheets, HTML)."""
    global _TOKEN
    if _TOKEN is None:
        import re

        _TOKEN = re.compile(r"@([A-Z][A-Z_]*)\b")
    return _TOKEN.sub(lambda m: globals()[m.group(1)], template)
