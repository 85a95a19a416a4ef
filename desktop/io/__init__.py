"""Importers and exporters of reference data and rosters: records in, records out.

Pure functions over files and plain frozen dataclasses: no database, no Qt, no SQLAlchemy
(openpyxl is imported only when a workbook is read, XlsxWriter when one is written: in
memory, ``xlsx``, never through a temporary file). A parser returns a
``report.ParseResult`` (accepted records plus per-line rejects in French) and raises
``desktop.errors.ImportRejected`` only when the file as a whole is refused; all-or-nothing
imports are the services' decision.

- ``textfile``: text tables, encoding and separator detected, line numbers kept;
  ``sheet``: the same from the first sheet of an XLSX workbook.
- ``insee`` (INSEE and postal codes, the name search key), ``phones`` (E.164, display).
- ``communes`` (Etalab JSON, INSEE COG CSV, the bundled France-wide list), ``laposte``
  (postal codes), ``competence`` (PN/GN compétence territoriale), ``referents_sheet`` (the
  office's own sheet, through a column mapping), ``roster_xlsx`` (export of the roster).
- ``reference``: where the bundled reference data is, and its source and vintage;
  ``departments``: the départements' names.
- ``files``: the one atomic file writer (temporary file, fsync, rename), for the vault's
  sidecar and the exports.
"""
