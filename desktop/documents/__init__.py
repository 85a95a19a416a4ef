"""The PDF documents Égide prints: plain frozen dataclasses in, PDF ``bytes`` out.

Pure code: no database, no Qt. A service gathers the data into a document's dataclass, calls
its ``render_…`` function, and the UI previews or saves the bytes (never through a plaintext
temporary file).

- ``typography``: French typography (non-breaking spaces, dates in full) and markup escaping.
- ``fonts``: the embedded DejaVu family, registered once.
- ``layout``: the State page template every document shares (bloc-marque, footer "Page x / y",
  "PROJET" watermark for drafts, metadata) and the paragraph styles.
- ``recovery_sheet``: the one-page recovery-key sheet of a vault.
- ``case_data``: the plain data of the case documents (``case_report``, the fiche de
  signalement; ``case_summary``, the case summary; ``case_common``, what they share), built by
  ``services/cases/printing.py``; ``committee_data`` is the same for the committee documents.

ReportLab is heavy to import (about 0.1 s) and the application's start-up must not pay for it:
this package imports nothing, and a document module imports ``layout`` (hence ReportLab) only
inside its render function.
"""
