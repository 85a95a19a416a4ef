"""The roster that answers "who do I call?": communes, force zones, units, référents and who
covers which commune on which date.

- ``records``: the frozen dataclasses the services return (answer card, rows, summaries);
- ``imports``: all-or-nothing imports (communes, postal codes, the bundled France list,
  compétence territoriale via ``competence``); ``referent_import``: the référents sheet with
  its column mapping remembered in the vault;
- ``lookup``: the fast search by name, postal code or INSEE code, and the answer card;
- ``editing``: units and référents;
- ``assignments``: assign, reassign, end, history, decide a "mixte" commune;
- ``coverage``: communes without référent, stale référents, "mixte" communes;
- ``listing``: the page's list (search within a coverage filter);
- ``annuaire``: the roster rows for the annuaire PDF and the XLSX export.
"""
