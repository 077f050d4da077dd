"""The reader's library: many kits, one search, saved searches and what is new.

* :mod:`.catalog` - :class:`Library`, the kits added and a snapshot of each (kept in the user data folder);
* :mod:`.scan` - finding kits and update packs in a folder or on a USB stick;
* :mod:`.search` - :class:`LibrarySearcher` (one per thread): one ranked list across kits;
* :mod:`.alerts` - saved searches, and what is new for each since the reader last looked;
* :mod:`.updates` - update packs applied to the kit of the same publisher key;
* :mod:`.export` - export and credits across kits.

Like most packages here, it exports nothing from its ``__init__``: the library screen imports
:mod:`.catalog` alone, without Whoosh, so the window can show the library before any index is read.
"""
