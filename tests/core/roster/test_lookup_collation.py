"""The roster lookup on a PostgreSQL database created with a French collation gives exactly the
answers, in the same order, as on SQLCipher with the same data.

SQLite compares strings byte by byte; a database created with a linguistic collation (the
préfecture's server is likely ``fr_FR``) sorts "Écuyer" before "Martin" and "de Lattre" before
"DUPONT", so the prefix ranges (``matching.past``) and the orders of the lookup would differ. The
columns they rely on are ``COLLATE "C"`` on PostgreSQL (migration 0004).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.models.enums import ReferentRole
from desktop.services.roster import assignments, editing, imports, lookup
from desktop.services.vault import lifecycle
from desktop.services.vault.database import Database

from ..conftest import OFFICE_77
from .conftest import write

pytestmark = pytest.mark.postgres

DEPARTMENTS = {"2A", "2B", "77", "83", "974"}
"""Corsica's INSEE codes have letters; Var and La Réunion many "Saint-"; 77 the tests' own."""

REFERENTS = ("Martin", "Écuyer", "de Lattre", "DUPONT", "Zola", "Émeric", "dupont", "Œillet")
"""Same role, same commune: the card lists them by name, byte order on both engines."""

TEXTS = (
    "s", "sa", "saint", "saint ", "Saint-", "st g", "SAINT-GERMAIN", "saint germain sur",
    "Sainte", "ste", "e", "é", "É", "ÉCH", "echo", "la", "l'", "la f", "LA FERTÉ", "le mee",
    "mée-sur", "fontainebleau", "Œ", "oe", "z", "y", "chelles 77500", "77", "7", "775", "77500",
    "77108", "2", "2A", "2a0", "2B", "20", "201", "20000", "974", "9741", "97400", "83", "836",
    "83600", "frejus 83370", "st aygulf", "ajaccio", "bastia 2b", "porto", "sur", "sous",
    "seine sur", "zzz", "x",
)


def _french_database(server: str) -> str:
    """A fresh database whose default collation is French (ICU, else libc ``fr_FR``)."""
    name = f"egide_fr_{int(time.time() * 1e6)}"
    admin = sa.create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    attempts = (
        f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
        "LOCALE_PROVIDER icu ICU_LOCALE 'fr-FR' LOCALE 'C.UTF-8'",
        f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
        "LC_COLLATE 'fr_FR.UTF-8' LC_CTYPE 'fr_FR.UTF-8'",
    )
    errors = []
    try:
        with admin.connect() as connection:
            for statement in attempts:
                try:
                    connection.execute(sa.text(statement))
                    break
                except sa.exc.DBAPIError as error:
                    errors.append(str(error.orig).strip())
            else:
                pytest.skip("aucune collation française sur ce serveur (ni ICU ni la locale "
                            f"fr_FR.UTF-8) : {' / '.join(errors)}")
    finally:
        admin.dispose()
    url = f"{server}/{name}"
    probe = sa.create_engine(url)
    try:
        with probe.connect() as connection:
            french = connection.scalar(sa.text("SELECT 'Écuyer' < 'Martin' AND 'de' < 'DU'"))
    finally:
        probe.dispose()
    assert french, "the database must really compare linguistically, else this test proves nothing"
    return url


def _fill(db: Database, tmp_path: Path) -> None:
    imports.import_france_communes(db, DEPARTMENTS)
    laposte = write(tmp_path / "laposte.csv", (
        "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;"
        "coordonnees_gps\n"
        "83061;FREJUS;83600;;FREJUS;43.47,6.76\n"
        "83061;FREJUS;83370;ST AYGULF;FREJUS;43.41,6.72\n"
        "77108;CHELLES;77500;;CHELLES;48.88,2.59\n"
        "2A004;AJACCIO;20000;;AJACCIO;41.93,8.74\n"
        "2A004;AJACCIO;20090;;AJACCIO;41.93,8.74\n"
    ), "latin-1")
    imports.import_communes(db, laposte, "laposte")
    chelles = assignments.commune_ids_by_code(db, ["77108"])
    for index, last in enumerate(REFERENTS):
        saved = editing.save_referent(db, editing.ReferentDraft(
            f"Prénom{index}", last, ReferentRole.REFERENT, phone="01 60 00 00 0" + str(index)))
        assignments.assign(db, saved.id, chelles, dt.date(2026, 1, 1))


@pytest.fixture
def engines(created: lifecycle.Created, postgres_server: str,
            tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    shared = lifecycle.create_shared(_french_database(postgres_server), OFFICE_77)
    try:
        for db in (created.db, shared):
            _fill(db, tmp_path)
        yield created.db, shared
    finally:
        shared.close()


ON = dt.date(2026, 6, 1)


def _first_difference(a: object, b: object) -> str:
    """Where two answers first differ: field by field down to the first unequal leaf."""
    path = ""
    while a != b:
        if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
            index = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
            path, a, b = f"{path}[{index}]", a[index], b[index]
        elif hasattr(a, "__dataclass_fields__") and type(a) is type(b):
            name = next(f for f in a.__dataclass_fields__ if getattr(a, f) != getattr(b, f))
            path, a, b = f"{path}.{name}", getattr(a, name), getattr(b, name)
        else:
            break
    return f"{path}: {a!r:.300} ≠ {b!r:.300}"


def test_lookups_are_the_same_on_a_french_collated_server(
        engines: tuple[Database, Database]) -> None:
    local, shared = engines
    assert lookup.search(local, "chelles", on=ON).cards[0].referents  # the data are there
    differ = []
    for text in TEXTS:
        for limit in (5, 20, 200):
            a, b = (lookup.search(db, text, on=ON, limit=limit) for db in engines)
            if a != b:
                differ.append(f"search {text!r} limit {limit}: {_first_difference(a, b)}")
            rows_a, rows_b = (lookup.search_communes(db, text, limit=limit) for db in engines)
            if rows_a != rows_b:
                differ.append(f"communes {text!r} limit {limit}: "
                              f"{_first_difference(rows_a, rows_b)}")
    every = [lookup.search_communes(db, "", limit=5000) for db in engines]
    if every[0] != every[1]:
        differ.append(f"the whole list in name order: {_first_difference(*every)}")
    assert not differ, "\n".join(differ)


def test_the_card_lists_referents_in_the_same_order(engines: tuple[Database, Database]) -> None:
    cards = [lookup.search(db, "77108", on=ON).cards for db in engines]
    assert [r.last_name for r in cards[0][0].referents] == sorted(REFERENTS)  # byte order
    assert cards[0] == cards[1]


def _collations(url: str) -> dict[str, str | None]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(sa.text(
                "SELECT table_name || '.' || column_name, collation_name "
                "FROM information_schema.columns WHERE table_schema = 'public' AND "
                "(table_name, column_name) IN (('commune', 'insee_code'), "
                "('commune', 'search_key'), ('postal_code', 'code'), ('referent', 'last_name'), "
                "('referent', 'first_name'), ('commune_word', 'word'))"))
            return {str(name): collation for name, collation in rows}
    finally:
        engine.dispose()


def test_a_schema_3_server_is_migrated_to_byte_order(postgres_server: str) -> None:
    from alembic import command

    from desktop.storage.meta import set_meta
    from desktop.storage.migrate import alembic_config
    from desktop.storage.shared import migrate_shared

    url = _french_database(postgres_server)
    created = lifecycle.create_shared(url, OFFICE_77)  # what `egide init --database` does
    lookup.search(created, "melun")  # creates the derived word table
    created.close()
    byte_order = dict.fromkeys(("commune.insee_code", "commune.search_key", "postal_code.code",
                                "referent.first_name", "referent.last_name",
                                "commune_word.word"), "C")
    assert _collations(url) == byte_order
    engine = sa.create_engine(url)  # back to a server as session 4 left it
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0003")
        set_meta(connection, "schema_version", "3")
    engine.dispose()
    assert set(_collations(url).values()) == {None}  # the database's French default

    assert migrate_shared(url) == (3, 4)  # `egide migrate --database`
    assert _collations(url) == byte_order
