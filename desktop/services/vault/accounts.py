"""The office's accounts on the shared server (chef de bureau's business): one PostgreSQL
login per person, with the role that sets what the server lets them do (``storage.roles``).
Each change is written to the audit trail."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from desktop.errors import ValidationError, VaultError
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.storage import roles

ROLE_KEYS = tuple(roles.ROLES)


@dataclass(frozen=True)
class Account:
    login: str
    role: str
    """"agent", "chef" or "lecture"."""

    @property
    def label(self) -> str:
        return roles.LABELS[self.role]


@dataclass(frozen=True)
class AccountAdded:
    account: Account
    password: str
    """Given once to the person (generated when none was chosen)."""
    changes: Changes


def _shared(db: Database) -> None:
    if not getattr(db.vault, "is_shared", False):
        raise VaultError("Les comptes n'existent qu'en mode partagé (base PostgreSQL) : le "
                         "coffre local n'a qu'un utilisateur.")


def add(db: Database, login: str, role: str, password: str | None = None) -> AccountAdded:
    _shared(db)
    login = login.strip().lower()
    if not roles.valid_name(login):
        raise ValidationError("login", "Identifiant invalide : lettres minuscules, chiffres, "
                              "point, tiret ou souligné, en commençant par une lettre.")
    if role not in roles.ROLES:
        raise ValidationError("role", "Rôle inconnu : agent, chef ou lecture.")
    password = password or secrets.token_urlsafe(18)
    from desktop.services.cases import search

    search.prepare(db)  # the derived index exists before the grants cover it
    with db.unit_of_work() as uow:
        connection = uow.session.connection()
        roles.grant_all(connection)
        roles.add_account(connection, login, role, password)
        uow.audit("add", "account", login, {"role": [None, role]})
    return AccountAdded(Account(login, role), password, Changes.AUDIT)


def listed(db: Database) -> tuple[Account, ...]:
    _shared(db)
    with db.reading() as session:
        return tuple(Account(n, r) for n, r in roles.accounts(session.connection()))


def remove(db: Database, login: str) -> Changes:
    """The login can no longer connect; what the person did stays in the audit trail."""
    _shared(db)
    with db.unit_of_work() as uow:
        if not roles.remove_account(uow.session.connection(), login.strip().lower()):
            raise ValidationError("login", f"Aucun compte Égide « {login} » sur ce serveur.")
        uow.audit("remove", "account", login.strip().lower(), None)
    return Changes.AUDIT
