"""presskit: read, search and export an organisation's press kit offline.

The package root (everything outside :mod:`presskit.ui`) is the core library and never imports Qt.
"""

__version__ = "0.1.0"

from . import whooshlite

whooshlite.install()  # before any module of presskit imports Whoosh: see presskit.whooshlite
