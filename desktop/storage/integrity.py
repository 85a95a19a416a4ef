"""Integrity checks: SQLCipher's page HMACs, then SQLite's own structure check."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

_PAGE = re.compile(r"pgno=(\d+)|page (\d+)")


@dataclass(frozen=True)
class IntegrityReport:
    cipher_errors: tuple[str, ...]
    sqlite_errors: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.cipher_errors and not self.sqlite_errors

    def damaged_pages(self) -> list[int]:
        """The pages whose HMAC failed (the damage itself) or, when none did, those SQLite's
        structure check names (its errors on other pages are consequences of the damage)."""
        pages: list[int] = []
        for line in self.cipher_errors or self.sqlite_errors:
            for match in _PAGE.finditer(line):
                pages.append(int(match.group(1) or match.group(2)))
        return sorted(set(pages))

    def describe(self) -> str:
        """French summary, naming the pages that failed."""
        if self.ok:
            return "aucune anomalie"
        pages = self.damaged_pages()
        if pages:
            listed = ", ".join(str(p) for p in pages[:10])
            more = "…" if len(pages) > 10 else ""
            return f"la vérification a échoué sur la page {listed}{more} du fichier."
        return "la vérification d'intégrité a échoué (" + "; ".join(
            (self.cipher_errors + self.sqlite_errors)[:3]
        ) + ")."


def check_integrity(engine: Engine) -> IntegrityReport:
    with engine.connect() as connection:
        cipher = [
            str(row[0]) for row in connection.exec_driver_sql("PRAGMA cipher_integrity_check")
        ]
        try:
            sqlite_rows = [
                str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")
            ]
        except sa.exc.DatabaseError as error:
            sqlite_rows = [str(error.orig)]
    sqlite_errors = [row for row in sqlite_rows if row != "ok"]
    return IntegrityReport(tuple(cipher), tuple(sqlite_errors))
