"""A meeting pack double-clicked in the file manager (`Egide.exe seance.egide-seance`): once the
vault is open, the committee page asks whether to read it or merge it back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.__main__ import gui_parser
from desktop.app import GuiOptions, Startup
from desktop.services.committee import meetings, packs
from desktop.services.vault import lifecycle
from desktop.ui.dialogs.prompt import Prompt
from desktop.ui.main_window import MainWindow
from tests.core.committee.fixtures import add_protocol, at


def test_the_file_argument_tells_a_pack_from_a_vault() -> None:
    assert gui_parser().parse_args(["seance.egide-seance"]).fichier == Path(
        "seance.egide-seance")
    assert gui_parser().parse_args([]).fichier is None


def test_a_pack_given_at_start_is_opened_for_review(qtbot: QtBot, qapp: object,
                                                    created: lifecycle.Created,
                                                    tmp_path: Path) -> None:
    db = created.db
    meeting = meetings.create_meeting(db, at(2026, 4, 2, 12), "Préfecture, salle Marianne",
                                      chair="M. le préfet", protocol_id=add_protocol(db),
                                      quorum=2).id
    pack = tmp_path / "seance.egide-seance"
    packs.export_pack(db, meeting, pack, "phrase du dossier")
    db.close()

    window = MainWindow()
    qtbot.addWidget(window)
    startup = Startup(qapp, window, GuiOptions(vault=db.vault.path,  # type: ignore[arg-type]
                                               meeting_pack=pack))
    window.show()
    qtbot.waitUntil(lambda: any(box.isVisible() and "seance.egide-seance" in box.text()
                                for box in window.findChildren(QMessageBox)), timeout=30_000)
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    read = next(b for b in box.buttons() if b.text() == "L'ouvrir en lecture")
    qtbot.mouseClick(read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(p.isVisible() for p in window.findChildren(Prompt)))
    prompt = next(p for p in window.findChildren(Prompt) if p.isVisible())
    qtbot.keyClicks(prompt.field, "phrase du dossier")
    page = window.committee_page
    with qtbot.waitSignal(page.offline.review_opened, timeout=30_000):
        qtbot.mouseClick(prompt.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.isVisible())
    assert "seance.egide-seance" in page.banner.text()
    assert window.stack.currentWidget().widget() is page  # type: ignore[attr-defined]
    page.offline.close_review()
    qtbot.waitUntil(lambda: not startup.runner.busy)  # type: ignore[union-attr]
    window.close()
    startup.finish()
