"""Use cases, one module per domain: plain Python, the only writers of the vault.

Each public function is one user action: it opens one unit of work, validates, writes its
audit entries, commits once, and returns plain frozen dataclasses and the ``Changes`` it made.
"""
