"""The protocol's text edited on the "Protocoles" page while agent A saves the same thing on
their own connection: an article (title, text, measures), the preamble, "Représenté par" and
the version's properties. Saving opens the conflict dialog naming agent A and what differs;
"Recharger" shows their version, "Réappliquer mes modifications" saves mine on top of it.
Both engines (``office``)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.errors import ConcurrentEdit
from desktop.models.enums import VersionKind
from desktop.services.demo import protocol
from desktop.services.protocol import articles, parties, protocols
from desktop.services.protocol.records import VersionDetail
from desktop.services.vault.database import Database
from desktop.ui.dialogs.prompt import Prompt
from desktop.ui.dialogs.version_dialog import VersionDialog
from desktop.ui.pages.protocols import ProtocolsPage
from tests.ui.conftest import wait_idle
from tests.ui.shared_office import (
    Office,
    audit_of,
    click_and_wait,
    conflict_on_save,
    office,
    rows,
)

__all__ = ["office"]

CLICK = Qt.MouseButton.LeftButton


def _seed(db: Database) -> int:
    """The demo protocol and a draft of it (the version the page opens on)."""
    with db.unit_of_work() as uow:
        protocol.fill(uow, random.Random(77))
    protocol_id = protocols.list_protocols(db)[0].id
    return protocols.new_version(db, protocol_id, VersionKind.UPDATE).id


def _draft(db: Database, version_id: int) -> VersionDetail:
    return protocols.get_version(db, version_id)


def _page(qtbot: QtBot, office: Office) -> tuple[ProtocolsPage, int]:
    version_id = _seed(office.context.require_db())
    page = ProtocolsPage(office.context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: page.detail is not None, timeout=20_000)
    wait_idle(qtbot, office.context.runner)
    assert page.detail is not None and page.detail.version.id == version_id
    return page, version_id


def _settle(qtbot: QtBot, office: Office) -> None:
    wait_idle(qtbot, office.context.runner)
    qtbot.waitUntil(lambda: not office.context.runner.busy)
    wait_idle(qtbot, office.context.runner)


def test_an_article_changed_meanwhile_takes_my_title_on_their_text(
        qtbot: QtBot, office: Office) -> None:
    page, version_id = _page(qtbot, office)
    page.tabs.article_list.setCurrentRow(1)
    editor = page.tabs.editor
    article = _draft(office.other, version_id).articles[1]
    articles.update_article(office.other, article.id, article.title, "Texte de agent A.")

    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Titre de B")
    click_and_wait(qtbot, editor.save_button, page.edits.conflicted)
    conflict = page.edits.conflict
    assert conflict is not None and "entre-temps par agent.a" in conflict.header.text()
    assert rows(conflict) == {"Titre": ("inchangé", "Titre de B"),
                              "Texte": ("Texte de agent A.", "inchangé")}
    qtbot.mouseClick(conflict.reapply_button, CLICK)
    _settle(qtbot, office)
    now = _draft(office.other, version_id).articles[1]
    assert (now.title, now.body) == ("Titre de B", "Texte de agent A.")
    actors = [actor for actor, action in audit_of(office.other, "article", article.id)
              if action == "update"]
    assert actors[-2] == "agent.a" and actors[-1] != "agent.a"


def test_a_preamble_changed_meanwhile_reloads_their_clauses(
        qtbot: QtBot, office: Office) -> None:
    page, version_id = _page(qtbot, office)
    page.tabs.setCurrentWidget(page.tabs.preamble_tab)
    before = list(_draft(office.other, version_id).preamble)
    parties.set_preamble(office.other, version_id, [*before, "Vu l'avis de agent A ;"])

    box = page.tabs.preamble
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Vu la note de B ;")
    click_and_wait(qtbot, page.tabs.preamble_button, page.edits.conflicted)
    conflict = page.edits.conflict
    assert conflict is not None and "préambule" in conflict.header.text()
    assert "agent.a" in conflict.header.text()
    theirs, mine = rows(conflict)["Préambule"]
    assert theirs.endswith("Vu l'avis de agent A ;") and mine.endswith("Vu la note de B ;")
    click_and_wait(qtbot, conflict.reload_button, page.edits.reloaded)
    _settle(qtbot, office)
    assert box.toPlainText().splitlines()[-1] == "Vu l'avis de agent A ;"
    assert list(_draft(office.other, version_id).preamble)[-1] == "Vu l'avis de agent A ;"

    box.moveCursor(box.textCursor().MoveOperation.End)  # saved against the reloaded clauses
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Vu la note de B ;")
    qtbot.mouseClick(page.tabs.preamble_button, CLICK)
    _settle(qtbot, office)
    assert list(_draft(office.other, version_id).preamble)[-2:] == [
        "Vu l'avis de agent A ;", "Vu la note de B ;"]


def test_represented_by_changed_meanwhile_reapplies_mine(qtbot: QtBot, office: Office) -> None:
    page, version_id = _page(qtbot, office)
    page.tabs.setCurrentWidget(page.tabs.parties_tab)
    page.tabs.party_list.setCurrentRow(0)
    party = _draft(office.other, version_id).parties[0]
    parties.set_party(office.other, party.id, "M. le sous-prefet", party.signer_id)

    qtbot.mouseClick(page.tabs.represented_button, CLICK)
    qtbot.waitUntil(lambda: any(isinstance(w, Prompt) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    prompt = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, Prompt) and w.isVisible())
    field = prompt.findChild(QLineEdit)
    assert field is not None
    field.selectAll()
    qtbot.keyClicks(field, "Mme la directrice")
    with qtbot.waitSignal(page.edits.conflicted, timeout=20_000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    conflict = page.edits.conflict
    assert conflict is not None
    assert rows(conflict)["Représenté(e) par"] == ("M. le sous-prefet", "Mme la directrice")
    chooser = conflict.choosers["represented_by"]
    chooser.setFocus()
    qtbot.keyClick(chooser, Qt.Key.Key_Down)  # "la vôtre"
    qtbot.mouseClick(conflict.reapply_button, CLICK)
    _settle(qtbot, office)
    assert _draft(office.other, version_id).parties[0].represented_by == "Mme la directrice"


def test_version_properties_changed_meanwhile_reload(qtbot: QtBot, office: Office) -> None:
    page, version_id = _page(qtbot, office)
    qtbot.mouseClick(page.properties_button, CLICK)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(VersionDialog)))
    dialog = next(d for d in page.findChildren(VersionDialog) if d.isVisible())
    version = _draft(office.other, version_id).version
    protocols.update_version(office.other, version_id, title=version.title,
                             signed_place="Fontainebleau", copies=version.copies)

    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Titre de B")
    conflict = conflict_on_save(qtbot, dialog)
    assert rows(conflict) == {"Titre": ("inchangé", "Titre de B"),
                              "Fait à": ("Fontainebleau", "inchangé")}
    click_and_wait(qtbot, conflict.reload_button, dialog.reloaded)
    assert (dialog.title.text(), dialog.place.text()) == (version.title, "Fontainebleau")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), CLICK)


def test_stale_protocol_edits_change_nothing(office: Office) -> None:
    db = office.context.require_db()
    version_id = _seed(db)
    shown = _draft(db, version_id)
    article, party = shown.articles[0], shown.parties[0]
    measure = articles.list_measures(db)[0].id
    articles.set_article_measures(office.other, article.id, [measure],
                                  seen_version=article.row_version)  # moves the article
    parties.set_party(office.other, party.id, "Le directeur adjoint", party.signer_id,
                      seen_version=party.row_version)
    protocols.update_version(office.other, version_id, title="Titre A", signed_place=None,
                             copies=None, seen_version=shown.version.row_version)
    parties.set_preamble(office.other, version_id, ["Vu la loi ;"],
                         seen_clauses=shown.preamble)
    refused = (
        lambda: articles.update_article(db, article.id, "Autre", "Autre",
                                        seen_version=article.row_version),
        lambda: articles.set_article_measures(db, article.id, [],
                                              seen_version=article.row_version),
        lambda: parties.set_party(db, party.id, "Autre", party.signer_id,
                                  seen_version=party.row_version),
        lambda: protocols.update_version(db, version_id, title="Titre B", signed_place=None,
                                         copies=None, seen_version=shown.version.row_version),
        lambda: parties.set_preamble(db, version_id, ["Vu autre chose ;"],
                                     seen_clauses=shown.preamble),
    )
    for write in refused:
        with pytest.raises(ConcurrentEdit, match="agent.a"):
            write()
    now = _draft(db, version_id)
    assert (now.articles[0].title, now.articles[0].body) == (article.title, article.body)
    assert [m.id for m in now.articles[0].measures] == [measure]
    assert now.parties[0].represented_by == "Le directeur adjoint"
    assert (now.version.title, list(now.preamble)) == ("Titre A", ["Vu la loi ;"])


def test_a_preamble_save_does_not_refuse_the_version_properties(office: Office) -> None:
    """The preamble is compared clause by clause: saving it leaves the version row's own
    version alone (no false conflict for the properties dialog)."""
    db = office.context.require_db()
    version_id = _seed(db)
    seen = _draft(db, version_id).version.row_version
    parties.set_preamble(office.other, version_id, ["Vu la loi ;"])
    protocols.update_version(db, version_id, title="Titre", signed_place=None, copies=None,
                             seen_version=seen)
    assert _draft(db, version_id).version.title == "Titre"


def test_an_undo_after_a_colleagues_save_is_refused_in_french(
        qtbot: QtBot, office: Office) -> None:
    """Annuler (Ctrl+Z) writes back what my edit found: once agent A saved the same article,
    it would write my old text over theirs. It is refused, says who, and their text stays."""
    from PySide6.QtWidgets import QMessageBox

    page, version_id = _page(qtbot, office)
    page.tabs.article_list.setCurrentRow(1)
    editor = page.tabs.editor
    article = _draft(office.other, version_id).articles[1]
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Titre de B")
    qtbot.mouseClick(editor.save_button, CLICK)
    _settle(qtbot, office)
    qtbot.waitUntil(lambda: page.tabs.undo_button.isEnabled())
    articles.update_article(office.other, article.id, "Titre de B", "Texte de agent A.")

    qtbot.mouseClick(page.tabs.undo_button, CLICK)

    def refusal() -> QMessageBox | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.isVisible()), None)

    qtbot.waitUntil(lambda: refusal() is not None, timeout=20_000)
    box = refusal()
    assert box is not None and "entre-temps par agent.a" in box.text()
    assert "champs : texte" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), CLICK)
    now = _draft(office.other, version_id).articles[1]
    assert (now.title, now.body) == ("Titre de B", "Texte de agent A.")
    assert not page.tabs.undo_button.isEnabled()  # the stack no longer matches the text


def test_my_unsaved_typing_outlives_the_refresh_a_colleagues_save_brings(
        qtbot: QtBot, office: Office) -> None:
    """The page shows a colleague's save as it arrives (LISTEN/NOTIFY, the poll): the
    article's and the preamble's unsaved typing stay, and Enregistrer then meets the
    colleague's save (the conflict dialog) instead of putting the typing over it."""
    from desktop.services.vault.changes import Changes

    page, version_id = _page(qtbot, office)
    page.tabs.article_list.setCurrentRow(1)
    editor = page.tabs.editor
    article = _draft(office.other, version_id).articles[1]
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, " Ajout de B.")
    page.tabs.setCurrentWidget(page.tabs.preamble_tab)
    box = page.tabs.preamble
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Vu la note de B ;")
    typed_body, typed_preamble = editor.body.toPlainText(), box.toPlainText()

    articles.update_article(office.other, article.id, article.title, "Texte de agent A.")
    before = list(_draft(office.other, version_id).preamble)
    parties.set_preamble(office.other, version_id, [*before, "Vu l'avis de agent A ;"])
    office.context.publish(Changes.PROTOCOL)  # what the colleague's notification brings
    qtbot.waitUntil(lambda: page.detail is not None
                    and page.detail.articles[1].body == "Texte de agent A.", timeout=20_000)
    _settle(qtbot, office)

    assert editor.body.toPlainText() == typed_body
    assert box.toPlainText() == typed_preamble
    click_and_wait(qtbot, page.tabs.preamble_button, page.edits.conflicted)
    assert page.edits.conflict is not None and "agent.a" in page.edits.conflict.header.text()
    qtbot.mouseClick(page.edits.conflict.cancel_button, CLICK)
    page.tabs.setCurrentWidget(page.tabs.articles_tab)
    click_and_wait(qtbot, editor.save_button, page.edits.conflicted)
    assert rows(page.edits.conflict)["Texte"][0] == "Texte de agent A."
    assert _draft(office.other, version_id).articles[1].body == "Texte de agent A."
