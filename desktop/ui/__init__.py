"""The Qt shell: main window, one page per domain, dialogs, Qt item models and small widgets.

Nothing here builds SQL or holds a Session: widgets call ``desktop.services`` through the one
background runner (``runner.py``) and show what comes back. Start-up stays fast because
``app.py`` paints the window before anything in here imports a service.
"""
