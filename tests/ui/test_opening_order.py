"""What waits until an opened kit is shown (``kitFilled``): the library's refresh, which opens every
kit of the library, the signature check, which reads the manifest again, and every quotation of
the kit, loaded once per opening. For a large kit that is after its first search (test_large_kit)."""

from __future__ import annotations

import pytest


@pytest.fixture
def spies(monkeypatch):
    """When the library refreshed, the signature was checked and the quotations were loaded, as
    (what, the window's kit then)."""
    from presskit.ui import library, quotes_view, trustbadge

    seen: list[tuple[str, object]] = []
    state = {"win": None}

    def note(what: str) -> None:
        win = state["win"]
        seen.append((what, win.kit if win else None))

    refresh, verify, load = library._refresh_and_alerts, trustbadge.verify_kit, quotes_view.QuotesView.set_available
    monkeypatch.setattr(library, "_refresh_and_alerts", lambda *a, **k: (note("library"), refresh(*a, **k))[1])
    monkeypatch.setattr(trustbadge, "verify_kit", lambda *a, **k: (note("signature"), verify(*a, **k))[1])
    monkeypatch.setattr(quotes_view.QuotesView, "set_available", lambda self: (note("quotes"), load(self))[1])
    return seen, state


def test_a_kit_opened_at_start_up_is_shown_before_the_rest_is_read(qtbot, settings, built_kit, spies):
    from presskit.ui.app import Viewer, make_application

    seen, state = spies
    make_application([])
    w = Viewer(settings).window  # the library is made with the window; run_app then opens the kit
    state["win"] = w
    qtbot.addWidget(w)
    w.show()
    w.open_kit(str(built_kit))  # as run_app does, before the event loop runs
    with qtbot.waitSignal(w.kitFilled, timeout=20000):
        pass
    qtbot.waitUntil(lambda: {"library", "signature", "quotes"} <= {what for what, _k in seen}, timeout=20000)
    # each started once the kit was shown, none while it was being opened
    assert all(kit is w.kit for _what, kit in seen), seen
    assert [what for what, _k in seen].count("quotes") == 1  # every quotation read once, not twice
    w.runner.wait(5000)
    w.library_panel.worker.shutdown()


def test_with_no_kit_to_open_the_library_refreshes_at_once(qtbot, settings, spies):
    from presskit.ui.app import Viewer, make_application

    seen, state = spies
    make_application([])
    w = Viewer(settings).window
    state["win"] = w
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert seen[0][:2] == ("library", None)
    w.library_panel.worker.shutdown()
