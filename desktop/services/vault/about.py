"""What "À propos d'Égide" tells: the versions a support call asks for, where the data are,
and the licences of the data shipped with the application (their reuse requires the mention)."""

from __future__ import annotations

import platform
from dataclasses import dataclass

from desktop import __version__
from desktop.io.reference import france_communes_info
from desktop.services.vault.database import Database


@dataclass(frozen=True)
class DataSource:
    name: str  # "Communes de France"
    origin: str  # who publishes it, which edition
    licence: str


@dataclass(frozen=True)
class AboutFacts:
    version: str
    python: str
    sqlite: str  # the SQLite inside SQLCipher ("" on a PostgreSQL server)
    sqlcipher: str  # "" when the data are on a PostgreSQL server
    location: str  # the vault's path, or the server (never a password)
    sources: tuple[DataSource, ...]


LICENCE_OUVERTE = "Licence Ouverte / Open Licence 2.0 (Etalab)"


def data_sources() -> tuple[DataSource, ...]:
    communes = france_communes_info()
    return (
        DataSource(
            "Communes de France",
            f"{communes.source} {communes.version} : Code officiel géographique de l'INSEE "
            f"au 1er janvier {communes.vintage}, codes postaux de La Poste, populations "
            "légales de l'INSEE",
            LICENCE_OUVERTE,
        ),
        DataSource(
            "Lieux-dits et codes postaux",
            "La Poste, base officielle des codes postaux (fichier importé par le bureau)",
            LICENCE_OUVERTE,
        ),
        DataSource("Polices de caractères", "DejaVu (documents PDF)",
                   "licence libre Bitstream Vera / DejaVu"),
    )


def about(db: Database | None) -> AboutFacts:
    """The facts, read from the open database when there is one."""
    sqlcipher, sqlite, location = "", "", ""
    if db is not None:
        engine = db.vault.engine
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                sqlcipher = str(connection.exec_driver_sql("PRAGMA cipher_version").scalar()
                                or "")
                sqlite = str(connection.exec_driver_sql("SELECT sqlite_version()").scalar())
            location = str(db.vault.path)
        else:
            location = engine.url.render_as_string(hide_password=True)
    return AboutFacts(
        version=__version__, python=platform.python_version(), sqlite=sqlite,
        sqlcipher=sqlcipher, location=location, sources=data_sources(),
    )
