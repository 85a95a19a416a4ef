"""Accounts and roles on the shared server: one PostgreSQL login per person, member of one of
three group roles whose grants enforce what each may do.

- ``…_lecture`` (lecture seule): reads everything; writes only what reading writes (the
  audit trail's "consultation" entries and its head).
- ``…_agent``: also records and edits cases, rosters, committee work; may write a relevé's
  body but not validate or lock it (column grants on ``minutes``), and deletes no case.
- ``…_chef`` (chef de bureau): also validates and locks relevés, deletes cases (retention),
  and manages the accounts (CREATEROLE, and the group roles WITH ADMIN OPTION).

Nobody but the owner may UPDATE or DELETE the audit trail: append-only is the server's rule
too. Roles are cluster-wide, so the group roles are named after the base (``egide_<base>_agent``,
``groups``): two offices on one server keep their accounts apart. ``grant_all`` runs at
creation, after each migration and when an account is added, so new tables are covered.
"""

from __future__ import annotations

import re

import sqlalchemy as sa

ROLES = ("lecture", "agent", "chef")
LABELS = {"lecture": "lecture seule", "agent": "agent", "chef": "chef de bureau"}
APPEND_ONLY = "audit_entry"
CHEF_ONLY_COLUMNS = {"minutes": {"status", "locked_at", "content_hash"}}
CHEF_ONLY_DELETE = {"case"}
DERIVED = {"vault_meta", "case_search", "case_tally", "case_term_count"}
"""Written by everyone: the audit head, the search index and the counts kept beside it."""
_NAME = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")


def valid_name(name: str) -> bool:
    return bool(_NAME.match(name))


def _q(connection: sa.Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def groups(connection: sa.Connection) -> dict[str, str]:
    """This base's three group roles, by role key."""
    base = str(connection.execute(sa.text("SELECT current_database()")).scalar())
    stem = re.sub(r"[^a-z0-9_]", "_", base.lower())[:40]
    return {key: f"egide_{stem}_{key}" for key in ROLES}


def grant_all(connection: sa.Connection) -> None:
    """Create the group roles when missing and (re)grant them on every table of this base."""
    named = groups(connection)
    for role in named.values():
        connection.execute(sa.text(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') "
            f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"))
    database = connection.execute(sa.text("SELECT current_database()")).scalar()
    tables = [str(t) for t in connection.execute(sa.text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()]
    everyone = ", ".join(named.values())
    agent, chef = named["agent"], named["chef"]
    connection.execute(sa.text(f'GRANT CONNECT ON DATABASE "{database}" TO {everyone}'))
    connection.execute(sa.text(f"GRANT USAGE ON SCHEMA public TO {everyone}"))
    connection.execute(sa.text(
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}"))
    for table in tables:
        quoted = _q(connection, table)
        connection.execute(sa.text(f"REVOKE ALL ON {quoted} FROM {everyone}"))
        connection.execute(sa.text(f"GRANT SELECT ON {quoted} TO {everyone}"))
        if table == APPEND_ONLY:
            connection.execute(sa.text(f"GRANT INSERT ON {quoted} TO {everyone}"))
            continue
        if table in DERIVED:
            connection.execute(sa.text(
                f"GRANT INSERT, UPDATE, DELETE ON {quoted} TO {everyone}"))
            continue
        connection.execute(sa.text(f"GRANT INSERT, UPDATE, DELETE ON {quoted} TO {chef}"))
        columns = CHEF_ONLY_COLUMNS.get(table)
        if columns:
            allowed = [str(c) for c in connection.execute(sa.text(
                "SELECT column_name FROM information_schema.columns WHERE table_name = :t"),
                {"t": table}).scalars() if c not in columns]
            listed = ", ".join(_q(connection, c) for c in allowed)
            connection.execute(sa.text(
                f"GRANT INSERT, UPDATE ({listed}) ON {quoted} TO {agent}"))
        else:
            connection.execute(sa.text(f"GRANT INSERT, UPDATE ON {quoted} TO {agent}"))
        if table not in CHEF_ONLY_DELETE:
            connection.execute(sa.text(f"GRANT DELETE ON {quoted} TO {agent}"))


def add_account(connection: sa.Connection, name: str, role: str, password: str) -> None:
    named = groups(connection)
    group = named[role]
    quoted = _q(connection, name)
    exists = connection.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                                {"n": name}).first()
    literal = connection.execute(sa.text("SELECT quote_literal(:p)"), {"p": password}).scalar()
    if exists:
        connection.execute(sa.text(f"ALTER ROLE {quoted} LOGIN PASSWORD {literal}"))
    else:
        connection.execute(sa.text(f"CREATE ROLE {quoted} LOGIN PASSWORD {literal}"))
    for other in named.values():
        if other != group:
            connection.execute(sa.text(f"REVOKE {other} FROM {quoted}"))
    if role == "chef":
        connection.execute(sa.text(f"ALTER ROLE {quoted} CREATEROLE"))
        connection.execute(sa.text(
            f"GRANT {', '.join(named.values())} TO {quoted} WITH ADMIN OPTION"))
    else:
        connection.execute(sa.text(f"ALTER ROLE {quoted} NOCREATEROLE"))
        connection.execute(sa.text(f"GRANT {group} TO {quoted}"))


def accounts(connection: sa.Connection) -> list[tuple[str, str]]:
    """(login, role key) of every person holding one of the three roles."""
    found: dict[str, str] = {}
    named = groups(connection)
    for key in ROLES:  # the highest wins
        for name in connection.execute(sa.text(
                "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :g AND m.rolcanlogin"),
                {"g": named[key]}).scalars():
            found[str(name)] = key
    return sorted(found.items())


def remove_account(connection: sa.Connection, name: str) -> bool:
    if name not in dict(accounts(connection)):
        return False
    quoted = _q(connection, name)
    for group in groups(connection).values():
        connection.execute(sa.text(f"REVOKE {group} FROM {quoted}"))
    elsewhere = connection.execute(sa.text(
        "SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = :n AND g.rolname LIKE "
        "'egide\\_%'"), {"n": name}).first()
    if elsewhere is None:  # no other office's base on this server: the login goes too
        connection.execute(sa.text(f"ALTER ROLE {quoted} NOLOGIN"))
    return True  # its past audit entries stay


def database_user(connection: sa.Connection) -> str:
    return str(connection.execute(sa.text("SELECT current_user")).scalar())
