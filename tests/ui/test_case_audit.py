"""The CNIL access log records the views a user made, not the reloads after a write.

One consent then one transmission, done by clicks: the case is "viewed" once, when the user
opened it from the list; the writes log themselves, and the reloads that follow them read
without auditing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.models.audit import AuditEntry
from desktop.models.contacts import Practitioner
from desktop.models.enums import (
    CaseStatus,
    ForceZone,
    IncidentType,
    Profession,
    RecipientKind,
    TransmissionChannel,
)
from desktop.models.territory import Commune
from desktop.services.cases import consent, intake, workflow
from desktop.services.cases.records import CaseInput
from desktop.services.vault.database import Database
from desktop.ui.dialogs.case_steps import ConsentDialog, TransmissionDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.cases import CasesPage
from tests.ui.conftest import wait_idle
from tests.ui.test_cases_steps import by_email


def _case_awaiting_consent(db: Database) -> int:
    with db.unit_of_work() as uow:
        melun = Commune(insee_code="77288", name="Melun", search_key="melun", department="77",
                        force_zone=ForceZone.PN)
        doctor = Practitioner(first_name="Hélène", last_name="Dupré",
                              profession=Profession.MEDECIN_GENERALISTE)
        uow.session.add_all([melun, doctor])
        uow.session.flush()
        ids = melun.id, doctor.id
    case_id = intake.create_case(db, CaseInput(
        occurred_at=dt.datetime(2026, 3, 14, 10, 45), commune_id=ids[0], victim_ids=(ids[1],),
        types=(IncidentType.VERBAL,), narrative="Menaces répétées.")).id
    workflow.transition(db, case_id, CaseStatus.FICHE_ENVOYEE)
    workflow.transition(db, case_id, CaseStatus.FICHE_VALIDEE)
    consent.record_transmission(db, case_id, consent.TransmissionInput(
        recipient_kind=RecipientKind.URPS, sent_on=dt.date.today(),
        channel=TransmissionChannel.SECURE_MESSAGING, document=b"%PDF-1.4 fiche",
        filename="fiche.pdf"))
    workflow.transition(db, case_id, CaseStatus.QUALIFIE, degree="Niveau 2")
    workflow.transition(db, case_id, CaseStatus.CONSENTEMENT_DEMANDE)
    return case_id


def _entries_since(db: Database, first_id: int) -> Counter[tuple[str, str]]:
    with db.reading() as session:
        rows = session.execute(sa.select(AuditEntry.action, AuditEntry.entity)
                               .where(AuditEntry.id > first_id)).all()
    return Counter((action, entity) for action, entity in rows)


def _last_entry(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(sa.select(sa.func.max(AuditEntry.id))) or 0)


def _save(qtbot: QtBot, page: CasesPage, dialog: object) -> None:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page.context.runner)


def test_one_view_for_a_consent_then_a_transmission(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = main_window.context.require_db()
    case_id = _case_awaiting_consent(db)
    page = main_window.cases_page
    main_window.navigation.setCurrentRow(main_window.pages.index(page))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.case(0) is not None)
    wait_idle(qtbot, page.context.runner)
    before = _last_entry(db)

    # The user opens the case from the list.
    row = page.table.visualRect(page.model.index(0, 1)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.waitUntil(lambda: page.view.case is not None and page.view.case.id == case_id)

    counted: list[int] = []
    count = workflow.overdue_count
    monkeypatch.setattr(workflow, "overdue_count",
                        lambda db, today=None: counted.append(1) or count(db, today))

    qtbot.mouseClick(page.view.step_buttons[CaseStatus.CONSENTEMENT_DONNE],
                     Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ConsentDialog)
    dialog.scope[RecipientKind.POLICE].setChecked(True)
    by_email(qtbot, dialog)
    _save(qtbot, page, dialog)
    qtbot.waitUntil(lambda: page.view.case is not None
                    and page.view.case.status == CaseStatus.CONSENTEMENT_DONNE)
    wait_idle(qtbot, page.context.runner)

    qtbot.mouseClick(page.view.step_buttons[CaseStatus.TRANSMIS_AUTORITES],
                     Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TransmissionDialog)
    _save(qtbot, page, dialog)
    qtbot.waitUntil(lambda: page.view.case is not None
                    and page.view.case.status == CaseStatus.TRANSMIS_AUTORITES)
    wait_idle(qtbot, page.context.runner)

    entries = _entries_since(db, before)
    print("audit entries of one consent then transmission:", dict(entries))
    assert entries[("view", "case")] == 1  # the user's own opening, nothing else
    assert len(counted) == 2  # the overdue count: once per write, not twice
    assert sum(n for (action, _e), n in entries.items() if action != "view") >= 2  # the writes
