"""Dialogs, from one kit; each opens window-modal (``open()``), never a nested event loop, so a
test drives it by clicks:

- ``write_dialog``: ``WriteDialog``, the frame of every form that writes (inline refusal, the
  faulty field focused), and ``DateDialog``, the one dialog that asks for a date;
- ``confirm``: the one yes/no question before a destructive action;
- ``prompt``: one value to give (a line, notes, a passphrase, a choice, a number);
- ``file_dialogs``: a file or folder to choose;
- the domain forms built on them, the vault's assistants (creation, unlock, re-key), the
  failure at opening and the backups (restore), and the PDF preview.
"""
