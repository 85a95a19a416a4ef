"""Accounts and roles on the shared server: what each role may do is enforced by the server's
grants (the services' French refusal comes from them), and the audit names the server
account, not the PC login."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.errors import NotAllowed, VaultError
from desktop.models.audit import AuditEntry
from desktop.models.enums import UnitKind
from desktop.services.committee import meetings
from desktop.services.roster.editing import UnitDraft, save_unit
from desktop.services.vault import accounts, audit_log, lifecycle, office
from desktop.services.vault.database import Database
from tests.core.cases.conftest import build_world
from tests.core.committee.fixtures import at
from tests.core.conftest import OFFICE_77
from tests.core.test_cli import egide

pytestmark = pytest.mark.postgres


def _as(url: str, login: str) -> Database:
    return lifecycle.open_shared(
        sa.engine.make_url(url).set(username=login).render_as_string(hide_password=False))


def _refused(db: Database, sql: str) -> bool:
    try:
        with db.vault.engine.begin() as connection:
            connection.execute(sa.text(sql))
    except sa.exc.ProgrammingError as error:
        return "permission denied" in str(error.orig)
    return False


def test_each_role_may_do_what_it_is_for(postgres_url: str) -> None:  # noqa: F811
    owner = lifecycle.create_shared(postgres_url, OFFICE_77)
    world = build_world(owner)
    case_id = world.new_case()
    meeting = meetings.create_meeting(owner, at(2026, 4, 2, 12), "Melun").id
    with owner.vault.engine.begin() as connection:
        connection.execute(sa.text("INSERT INTO minutes (meeting_id, status, body) "
                                   "VALUES (:m, 'projet', '')"), {"m": meeting})
    for login, role in (("alice", "agent"), ("bruno", "chef"), ("louise", "lecture")):
        accounts.add(owner, login, role)
    assert [(a.login, a.label) for a in accounts.listed(owner)] == [
        ("alice", "agent"), ("bruno", "chef de bureau"), ("louise", "lecture seule")]

    alice, bruno, louise = (_as(postgres_url, n) for n in ("alice", "bruno", "louise"))
    try:
        save_unit(alice, UnitDraft(UnitKind.BRIGADE, "Brigade d'Alice"))
        with alice.reading() as session:
            last = session.scalars(sa.select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and last.actor == "alice"
        assert _refused(alice, "UPDATE audit_entry SET actor = 'x'")  # append-only
        assert _refused(alice, 'DELETE FROM "case"')  # retention is the chef's
        assert _refused(alice, "UPDATE minutes SET status = 'valide'")  # validating too
        assert not _refused(alice, "UPDATE minutes SET body = 'Relevé'")

        assert not _refused(bruno, "UPDATE minutes SET status = 'valide'")
        assert _refused(bruno, "DELETE FROM audit_entry")
        assert not _refused(bruno, f'DELETE FROM case_event WHERE case_id = {case_id}')

        identity = office.get_office(louise)
        assert identity is not None and identity.city == OFFICE_77.city
        with pytest.raises(NotAllowed, match=r"Votre compte \(louise\) ne permet pas"):
            save_unit(louise, UnitDraft(UnitKind.BRIGADE, "Brigade de Louise"))
        with pytest.raises(NotAllowed):
            accounts.add(alice, "intrus", "chef")
        accounts.remove(bruno, "louise")  # the chef manages the accounts
    finally:
        for db in (alice, bruno, louise):
            db.close()
    with pytest.raises(VaultError, match="refuse la connexion"):
        _as(postgres_url, "louise")
    assert audit_log.verify(owner).ok
    owner.close()


def test_account_commands(postgres_url: str) -> None:  # noqa: F811
    assert egide("init", "--database", postgres_url).returncode == 0
    added = egide("account", "add", "claire", "--role", "agent", "--database", postgres_url)
    assert added.returncode == 0, added.stderr
    assert "Compte « claire » : agent." in added.stdout and "Mot de passe" in added.stdout
    listing = egide("account", "list", "--database", postgres_url)
    assert "claire" in listing.stdout and "agent" in listing.stdout
    local = egide("account", "list")
    assert local.returncode == 1 and "--database" in local.stderr
    removed = egide("account", "remove", "claire", "--database", postgres_url)
    assert removed.returncode == 0 and "historique" in removed.stdout
    assert "Aucun compte." in egide("account", "list", "--database", postgres_url).stdout
