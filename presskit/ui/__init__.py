"""The Qt viewer. Qt is imported only through :mod:`presskit.ui.qt`; the core never imports this."""
