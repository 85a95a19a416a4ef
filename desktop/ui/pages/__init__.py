"""One page per domain, shown in the main window's stack; each takes the ``AppContext``."""
