"""Importers and exporters of reference data and rosters: records in, records out.

Pure functions over files and plain frozen dataclasses: no database, no Qt, no SQLAlchemy.
Text tables (encoding and separator detected) are read by ``textfile``; spreadsheets by
``sheet``; each parser returns a ``report.ParseResult`` (records plus per-line rejects in
French) and raises ``desktop.errors.ImportRejected`` only when the file as a whole is refused.
Services decide what to do with the records (all-or-nothing imports live there).
"""
