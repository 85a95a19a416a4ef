"""The CLI tests use the Qt-free fixtures (a real vault) and the measures' territory."""

from tests.core.conftest import created, db, engine_name, vault_path  # noqa: F401
from tests.core.measures.conftest import territory  # noqa: F401
