"""Trust features of the viewer, added to each main window by ``presskit.ui.app.FEATURES``:
the signature badge and "New" panel (:mod:`.trustbadge`) and File > Import update (:mod:`.importupdate`)."""

from __future__ import annotations

from .importupdate import install_import_update
from .trustbadge import install_trust_badge


def install(window) -> tuple:
    """Add the trust features to ``window`` once (idempotent); returns the controllers."""
    badge = getattr(window, "trust", None) or install_trust_badge(window)
    imp = getattr(window, "import_update", None) or install_import_update(window)
    return badge, imp
