"""Typed errors, each with a French message meant for the user.

The UI shows ``str(error)``; the CLI prints it and exits 1. Nothing below the UI returns
``False`` or a result dictionary to say that something failed: it raises one of these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.field_labels import FIELDS


class EgideError(Exception):
    """Base of every error the user may see. ``str()`` is the French message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


# --- the vault -------------------------------------------------------------------------------


class VaultError(EgideError):
    """Something prevents opening or using the encrypted vault."""


class VaultNotFound(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"Aucun coffre Égide n'existe à l'emplacement « {path} ».")


class VaultExists(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"Un fichier existe déjà à l'emplacement « {path} » : Égide ne l'écrase pas. "
            "Choisissez un autre emplacement."
        )


class WrongKey(VaultError):
    """The key given does not open the vault."""


class WrongPassphrase(WrongKey):
    def __init__(self) -> None:
        super().__init__("Phrase de passe incorrecte : le coffre n'a pas été ouvert.")


class WrongRecoveryKey(WrongKey):
    def __init__(self, detail: str = "") -> None:
        text = "Clé de secours incorrecte : le coffre n'a pas été ouvert."
        super().__init__(f"{text} {detail}".strip())


class KeyringEntryMissing(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "La clé du coffre n'est pas (ou plus) dans le trousseau du système. "
            "Ouvrez le coffre avec votre phrase de passe ou votre clé de secours."
        )


class NoPassphraseSlot(VaultError):
    def __init__(self, sidecar: object) -> None:
        super().__init__(
            "Aucune phrase de passe n'est enregistrée pour ce coffre (fichier de clés "
            f"« {sidecar} » absent ou sans phrase de passe). Ouvrez-le avec la clé de secours."
        )


class KeyringUnavailable(VaultError):
    def __init__(self, detail: str = "") -> None:
        text = "Aucun trousseau sécurisé du système n'est disponible sur ce poste."
        super().__init__(f"{text} {detail}".strip())


class NotAVault(VaultError):
    def __init__(self, path: object, detail: str = "") -> None:
        text = f"Le fichier « {path} » n'est pas un coffre Égide."
        super().__init__(f"{text} {detail}".strip())


class VaultDamaged(VaultError):
    def __init__(self, path: object, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"Le coffre « {path} » est endommagé : {detail} "
            "Restaurez la dernière sauvegarde (« Restaurer une sauvegarde… », ou "
            "Fichier > Sauvegardes…)."
        )


class PackDamaged(VaultError):
    """A meeting pack that fails its page check: refused before anything is read from it."""

    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            f"Le dossier de séance hors ligne « {path} » est abîmé : {detail} Rien n'a été "
            "réintégré ; reprenez la copie d'origine du dossier ou préparez-en un nouveau."
        )


class VaultTooNew(VaultError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"Ce coffre a été créé par une version plus récente d'Égide (schéma {found}, "
            f"cette version connaît le schéma {supported}). Installez la dernière version "
            "d'Égide pour l'ouvrir ; le fichier n'a pas été modifié."
        )


class SidecarMismatch(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"Le fichier de clés « {path} » appartient à un autre coffre : "
            "il n'a pas été utilisé."
        )


class NoWayToReopen(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Aucun trousseau sécurisé n'est disponible et aucune phrase de passe n'a été "
            "donnée : le coffre ne pourrait pas être rouvert. Rien n'a été créé. "
            "Donnez une phrase de passe (--passphrase-file ou EGIDE_PASSPHRASE)."
        )


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("Le coffre est verrouillé.")


class VaultInUse(VaultError):
    """Another Égide window holds the vault (its lock file beside the vault)."""

    def __init__(self, holder: str, lock_file: object) -> None:
        super().__init__(
            f"Ce coffre est déjà ouvert {holder}. Égide ne l'ouvre pas dans une seconde "
            "fenêtre : fermez l'autre fenêtre d'abord. Si ce poste n'utilise plus le coffre "
            f"(il a été éteint brutalement), supprimez le fichier « {lock_file} »."
        )


class VaultBusy(EgideError):
    """Another writer kept the vault's write lock longer than the busy timeout."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"Le coffre est occupé par une autre écriture (un autre poste ou une autre "
            f"commande) depuis plus de {seconds:g} secondes : rien n'a été enregistré ; "
            "réessayez dans un instant."
        )


class BackupFailed(VaultError):
    """A backup could not be written or did not verify."""


# --- data and workflow ------------------------------------------------------------------------


class ValidationError(EgideError):
    """A value entered by the user (or read from a file) is not acceptable."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class ValidationErrors(ValidationError):
    """Several values refused at once, in the form's order: a form shows them all together
    (``errors``); ``field`` is the first one's, the message all of them, one per line."""

    def __init__(self, errors: list[ValidationError] | tuple[ValidationError, ...]) -> None:
        super().__init__(errors[0].field, "\n".join(str(error) for error in errors))
        self.errors = tuple(errors)


def raise_all(errors: list[ValidationError]) -> None:
    """Raise nothing, the one error, or all of them together."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(errors)


class NotFound(EgideError):
    """The thing asked for does not exist (any more)."""


class Conflict(EgideError):
    """The action would create a duplicate or contradict existing data."""


class TransitionRefused(EgideError):
    """A workflow step that is not allowed from the current state."""


class ConsentMissing(EgideError):
    """A transmission not covered by a valid consent."""


class ImportRejected(EgideError):
    """An import file was refused as a whole; ``report`` lists the lines and reasons."""

    def __init__(self, message: str, report: list[str] | None = None, *, valid: int = 0) -> None:
        super().__init__(message)
        self.report = report or []
        self.valid = valid
        """Lines that could be imported without the refused ones (0: none, or not offered)."""


class AuditChainBroken(EgideError):
    """The audit trail was edited or an entry deleted."""


# --- long work -------------------------------------------------------------------------------


class Cancelled(EgideError):
    """The user clicked "Annuler": the work stopped and its unit of work was rolled back."""

    def __init__(self, message: str = "Opération annulée : rien n'a été modifié.") -> None:
        super().__init__(message)


def stop_if(cancelled: Callable[[], bool] | None) -> None:
    """Cooperative cancellation, checked by long work between its steps (Qt-free: the UI
    passes its cancel token's ``requested``, the CLI nothing)."""
    if cancelled is not None and cancelled():
        raise Cancelled()


class ConcurrentEdit(EgideError):
    """Another agent saved the same row since it was read: nothing of this save was written.

    ``who``/``when`` come from the audit trail (None when it says nothing), ``changed`` is the
    other agent's ``{field: [old, new]}``, so the user can reload or reapply their own edits.
    """

    def __init__(self, what: str, who: str | None, when: dt.datetime | None,
                 changed: dict[str, object] | None = None) -> None:
        self.what = what
        self.who = who
        self.when = when
        self.changed = dict(changed or {})
        by = f" par {who}" if who else ""
        at = f" à {when.astimezone().strftime('%H:%M')}" if when else ""
        # The fields in French; one without a French name is left out rather than shown as
        # its code (the conflict dialog shows every difference with the form's own labels).
        named = sorted({FIELDS[name] for name in self.changed if name in FIELDS})
        fields = f" (champs : {', '.join(named)})" if named else ""
        super().__init__(
            f"Modifié entre-temps{by}{at}{fields} : votre modification de {what} n'a pas "
            "été enregistrée. "
            "Rechargez la fiche pour voir ces modifications, puis refaites les vôtres."
        )


class CaseMoved(EgideError):
    """A colleague moved the case to another step since the dialog showed it: nothing of this
    step was saved. ``who``/``when``/``step`` come from the case's history (the move that
    brought it to its current step)."""

    def __init__(self, reference: str, who: str | None, when: dt.datetime | None,
                 step: str) -> None:
        self.reference = reference
        self.who = who
        self.when = when
        self.step = step
        by = f" par {who}" if who else ""
        at = ""
        if when is not None:
            local = when.astimezone()
            at = (f" à {local:%H:%M}" if local.date() == dt.date.today()
                  else f" le {local:%d/%m/%Y} à {local:%H:%M}")
        super().__init__(
            f"Le dossier {reference} a été passé à l'étape « {step} »{by}{at} entre-temps : "
            "votre enregistrement n'a pas été fait. Rechargez le dossier pour voir où il en "
            "est, puis choisissez l'étape suivante."
        )


class NotAllowed(EgideError):
    """The server refused: this person's role (agent, chef de bureau, lecture seule) does not
    allow the action. Nothing was saved."""

    def __init__(self, who: str | None = None) -> None:
        account = f" ({who})" if who else ""
        super().__init__(
            f"Votre compte{account} ne permet pas cette action sur la base partagée : rien "
            "n'a été enregistré. Demandez-la au chef de bureau."
        )
