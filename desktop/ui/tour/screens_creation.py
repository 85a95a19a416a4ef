"""The creation assistant (what a first start shows, on a new vault in the throwaway folder)
and the lock screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget, QWizard

from desktop.ui.tour.driver import Driver
from desktop.ui.tour.registry import Screen

PASSPHRASE = "une phrase de passe pour la visite"


def wizard(step: int) -> Callable[[Driver], QWidget]:
    """The assistant at its page ``step`` (0: identity, 1: protection, 2: recovery key)."""

    def open_wizard(driver: Driver) -> QWidget:
        from desktop.ui.dialogs.creation_wizard import CreationWizard

        folder = driver.folder / f"creation-{step}"
        folder.mkdir(exist_ok=True)
        shown = CreationWizard(folder / "nouveau.egide", driver.context.preferences,
                               driver.context.runner, driver.window)
        shown.open()  # as the start-up does when there is no vault yet
        driver.settle()
        if step == 0:
            return shown
        fields = shown.identity_page.form.fields
        driver.type_text(fields["department_code"], "77")
        driver.type_text(fields["department_name"], "Seine-et-Marne")
        driver.type_text(fields["address"], "12 rue des Saints-Pères")
        driver.type_text(fields["city"], "Melun")
        driver.click(shown.button(QWizard.WizardButton.NextButton))
        if step == 1:
            return shown
        page = shown.protection_page
        if page.use_keyring.isChecked():  # never the user's own keyring
            driver.click(page.use_keyring)
        driver.type_text(page.fields.passphrase, PASSPHRASE)
        driver.type_text(page.fields.confirmation, PASSPHRASE)
        driver.click(shown.button(QWizard.WizardButton.CommitButton))
        driver.wait_until(lambda: shown.currentPage() is shown.recovery_page,
                          "la page de la clé de secours")
        return shown

    return open_wizard


def unlock_dialog(driver: Driver) -> QWidget:
    """What the start-up shows when the keyring does not hold the key (as ``app.py`` opens it:
    no button leads there)."""
    from desktop.ui.dialogs.unlock_dialog import UnlockDialog

    db = driver.context.require_db()
    shown = UnlockDialog(db.vault.path, driver.context.preferences, driver.context.runner,
                         driver.window)
    shown.open()
    driver.settle()
    return shown


def lock(driver: Driver) -> QWidget:
    driver.window.lock_action.trigger()  # the toolbar's "Verrouiller"
    driver.settle()
    return driver.window.lock.screen  # type: ignore[no-any-return]


def unlock(driver: Driver) -> None:
    driver.click(driver.window.lock.screen.unlock_button)
    driver.wait_until(lambda: not driver.context.locked, "le déverrouillage")


SCREENS = [
    Screen("Création du coffre — identité", "dialog", wizard(0)),
    Screen("Création du coffre — protection", "dialog", wizard(1)),
    Screen("Création du coffre — clé de secours", "dialog", wizard(2)),
    Screen("Déverrouiller le coffre", "dialog", unlock_dialog),
    Screen("Coffre verrouillé", "page", lock, close=unlock),
]
