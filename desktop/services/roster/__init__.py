"""The roster that answers "who do I call?": communes, force zones, units, référents and who
covers which commune on which date.

- ``records``: the frozen dataclasses the services return (answer card, rows, summaries);
- ``imports``: all-or-nothing imports (communes, postal codes, the bundled France list,
  compétence territoriale via ``competence``); ``referent_import``: the référents sheet with
  its column mapping remembered in the vault; ``communes``: loading communes and postal codes
  (all-or-nothing); ``bulk``: many plain rows inserted at once;
- ``lookup``: the search and the answer card; ``matching``: which communes a text designates
  (any word of the name or of a lieu-dit, in any order; postal and INSEE codes) and what
  matched; ``words``: the derived word table it reads (rebuilt after imports);
  ``suggest``: a close spelling when nothing matches;
- ``editing``: units and référents;
- ``assignments``: assign, reassign, end, history, decide a "mixte" commune;
- ``coverage``: communes without référent, stale référents, "mixte" communes;
- ``listing``: the page's list (search within a coverage filter);
- ``annuaire``: the roster rows for the annuaire PDF and the XLSX export.
"""
