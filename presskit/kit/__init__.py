"""Kits: the format, single-file kits, signatures, update packs, and opening any of them.

* :mod:`.format` - ``kit.toml``, ``manifest.json`` and :class:`~.format.Kit` (knows nothing else);
* :mod:`.archive` - single-file ``.presskit`` kits read in place, and safe reading of any archive;
* :mod:`.signing` - Ed25519 signatures over the manifest, and verification;
* :mod:`.updates` - daily update packs: making and applying them;
* :mod:`.open` - :func:`~.open.open_kit`, the one way to open a kit folder or a ``.presskit`` file.

Import from the modules themselves (``from presskit.kit.open import open_kit``); this package
imports nothing, so the format stays below everything that builds on it.
"""
