"""Write a new alembic migration by comparing the models with a vault at the current head.

    .venv/bin/python tools/new_migration.py "what changed"

Then bump ``SCHEMA_VERSION`` in desktop/storage/schema.py and keep a saved vault of the
previous schema under tests/core/vaults/ (the migration tests open every one of them).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command  # noqa: E402

from desktop.storage.engine import sqlcipher_engine  # noqa: E402
from desktop.storage.migrate import alembic_config  # noqa: E402


def main() -> int:
    message = sys.argv[1] if len(sys.argv) > 1 else "schema change"
    with tempfile.TemporaryDirectory() as folder:
        engine = sqlcipher_engine(Path(folder) / "scratch.db", os.urandom(32))
        with engine.begin() as connection:
            config = alembic_config(connection)
            command.upgrade(config, "head")
            count = len(
                list(
                    (Path(config.get_main_option("script_location") or "") / "versions").glob(
                        "*.py"
                    )
                )
            )
            command.revision(config, message=message, autogenerate=True, rev_id=f"{count + 1:04d}")
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
