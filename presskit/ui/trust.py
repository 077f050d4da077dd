"""Trust features of the viewer, added to each main window by ``presskit.ui.app.EXTENSIONS``:
the signature badge and "New" panel (:mod:`.trustbadge`) and File > Import update (:mod:`.importupdate`)."""

from __future__ import annotations

from .importupdate import install_import_update
from .trustbadge import install_trust_badge


def install(window) -> tuple:
    """Add the trust features to ``window``; returns the controllers."""
    return install_trust_badge(window), install_import_update(window)
