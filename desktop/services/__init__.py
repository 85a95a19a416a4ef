"""Use cases: plain Python, the only writers of the vault, one package per domain.

``vault`` (lifecycle, unit of work, changes, audit trail, office identity), ``protocol``,
``signatories``, ``roster``, ``practitioners``, ``cases``, ``committee``, ``search`` (the
global search across domains) and ``demo``. Every package has the same shape: its docstring
lists its modules, ``records.py`` holds its plain inputs and results, then one module per use
case.

Each public function is one user action: it opens one unit of work, validates, writes its
audit entries, commits once, and returns plain frozen dataclasses and the ``Changes`` it made.
"""
