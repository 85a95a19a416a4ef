"""The main window's search field, across domains.

- ``records``: ``SearchResult``, a labelled hit;
- ``global_search``: the main window's search field: one query per domain, a few labelled hits
  each.
"""
