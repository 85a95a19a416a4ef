"""Protocols and their versions: the articles and their edits, parties and preamble, the
status workflow, comparison and consolidation, the convention document, and the JSON exchange
format.

- ``amendments``: an avenant's own edits: which articles of the amended text it changes, adds or
  removes;
- ``articles``: editing a draft's articles: insert, move, delete (with automatic renumbering),
  edit, link to measures;
- ``comparison``: compare two versions of a protocol: articles added, removed, changed, with a
  word-level diff (difflib) the UI highlights;
- ``consolidation``: the consolidated text of a protocol: its original (or latest update) with the
  avenants applied in order;
- ``convention``: build the convention document of a protocol version from the vault;
- ``exchange``: import and export a protocol version as JSON (desktop/io/protocol_json.py);
- ``parties``: a draft's parties in signing order and its preamble ("Vu …" clauses);
- ``protocols``: protocols and their versions: list, read, create, derive a new version (update or
  avenant), edit a draft's properties, delete a draft;
- ``records``: what the protocol services return: frozen dataclasses built from the vault's rows;
- ``sample``: a large synthetic protocol (40 articles, 12 parties by default), in its JSON form,
  for the convention benchmark and the pagination test;
- ``version_status``: the status workflow of a protocol version: projet → signé → en vigueur →
  remplacé, one step forward at a time, each dated.
"""
