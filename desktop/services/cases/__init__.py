"""Incident cases, split by responsibility.

- ``records``: the plain dataclasses the services take and return (``CaseDetail`` carries, for
  each allowed next step, the ``Requirement`` it still asks);
- ``defaults``: the editable reference tables (severity scales, workflow delays) and their seeds;
- ``intake``: creating and editing a case (validation, yearly reference);
- ``workflow``: THE step table (which step may follow which, what each move needs, which moves
  a record makes by itself), and the moves, guards, due dates, reopening, overdue cases that
  read it; nothing else encodes the order of the steps;
- ``consent``: consents and transmissions ("nothing leaves without consent"), recorded at any
  step; their automatic moves come from the step table;
- ``complaint``: the judicial follow-up;
- ``tasks``: follow-up reminders on a case, with their due dates;
- ``attachments``: files kept inside the vault, with their SHA-256;
- ``search``: the SQLite FTS5 index over facts, exact words and victims' names;
- ``queries``: the list (filters, sort, pages, counts), opening a case (audited);
- ``detail``, ``printing``: one case as plain data, and its documents.

Victims are picked with ``desktop.services.practitioners.directory.search_practitioners``.
"""
