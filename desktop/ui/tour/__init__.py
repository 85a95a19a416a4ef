"""``egide tour``: every page, tab and dialog a user can reach, opened by the same clicks a
user makes, on a throwaway copy of a vault; a screenshot of each and whether it fits the screen.

``registry`` holds the screens (one ``Screen`` per entry, grouped by area in ``screens_*``
modules); ``driver`` does the clicks and waits; ``runner`` opens the vault copy, walks the
registry, shoots and measures; ``command`` is the ``egide tour`` command line.
"""
