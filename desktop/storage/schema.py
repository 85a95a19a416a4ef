"""The schema version this code knows. Each migration sets ``vault_meta.schema_version``.

Kept apart from alembic so that opening a vault can compare versions without importing it.
"""

SCHEMA_VERSION = 4
