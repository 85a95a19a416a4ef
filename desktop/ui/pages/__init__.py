"""One page per domain, shown in the main window's stack; each takes the ``AppContext``.

Every page is a ``base.RefreshingPage`` (stale while hidden, reloaded when shown or when the
``Changes`` it watches arrive). A page lays out and shows; what its buttons do lives in a
controller beside it (``*_actions.py``, ``committee_links.py``, ``protocol_edits.py``…) that
receives the context and the few widgets it needs, never the page: imports go page →
controller, never back.
"""
