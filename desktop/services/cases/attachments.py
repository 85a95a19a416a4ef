"""Files kept inside the encrypted vault (certificates, photos, letters, what was sent)."""

from __future__ import annotations

import hashlib
import mimetypes

from desktop.errors import NotFound, ValidationError
from desktop.models.cases import Attachment, Case, CaseEvent
from desktop.models.enums import CaseEventKind
from desktop.services.cases.records import AttachmentRow
from desktop.services.vault.changes import Changes, no_changes
from desktop.services.vault.database import Database, UnitOfWork

MAX_SIZE = 20 * 1024 * 1024
"""20 Mo: a scanned certificate or a few photos; larger files bloat every backup."""


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def check(filename: str, content: bytes) -> None:
    if not filename.strip():
        raise ValidationError("filename", "Le fichier joint n'a pas de nom.")
    if not content:
        raise ValidationError("content", f"Le fichier « {filename} » est vide : rien n'a été "
                                         "joint.")
    if len(content) > MAX_SIZE:
        raise ValidationError(
            "content",
            f"Le fichier « {filename} » pèse {_megabytes(len(content))} Mo : la limite est de "
            f"{MAX_SIZE // (1024 * 1024)} Mo par pièce jointe. Réduisez-le (numérisation en "
            "150 ppp, PDF compressé) ou joignez-le en plusieurs parties.",
        )


SCAN_TYPES = {b"%PDF": "application/pdf", b"\xff\xd8\xff": "image/jpeg",
              b"\x89PNG\r\n\x1a\n": "image/png"}
"""What a scanned signed form may be, by the file's first bytes (its name may lie)."""


def scan_type(filename: str, content: bytes) -> str:
    """The media type of a scanned signed form (PDF, JPEG or PNG), or a refusal."""
    check(filename, content)
    for magic, kind in SCAN_TYPES.items():
        if content.startswith(magic):
            return kind
    raise ValidationError("document", f"« {filename} » n'est ni un PDF, ni une image JPEG ou "
                                      "PNG : joignez le scan du formulaire signé dans l'un de "
                                      "ces formats.")


def store(uow: UnitOfWork, case: Case | None, filename: str, content: bytes,
          media_type: str | None = None, *, event: bool = True) -> Attachment:
    """Keep ``content`` in the vault with its SHA-256, inside the caller's unit of work;
    ``case`` is ``None`` for a file that belongs to no case (a 17 pre-registration's signed
    form)."""
    check(filename, content)
    digest = hashlib.sha256(content).hexdigest()
    kind = media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    attachment = Attachment(case_id=case.id if case else None, filename=filename.strip(),
                            media_type=kind, size=len(content), sha256=digest, content=content,
                            added_by=uow.actor)
    uow.session.add(attachment)
    uow.session.flush()
    if event and case is not None:
        uow.session.add(CaseEvent(case_id=case.id, actor=uow.actor,
                                  kind=CaseEventKind.ATTACHMENT,
                                  comment=f"Pièce jointe : {attachment.filename}"))
    uow.audit("create", "attachment", attachment.id,
              {"case": [None, case.reference if case else None],
               "filename": [None, attachment.filename], "sha256": [None, digest]})
    return attachment


def add_attachment(db: Database, case_id: int, filename: str, content: bytes,
                   media_type: str | None = None) -> Changes:
    check(filename, content)
    with db.unit_of_work() as uow:
        case = uow.session.get(Case, case_id)
        if case is None:
            raise NotFound("Ce signalement n'existe plus.")
        store(uow, case, filename, content, media_type)
    return Changes.CASES


@no_changes
def read_attachment(db: Database, attachment_id: int) -> tuple[AttachmentRow, bytes]:
    """The file and its description; the reading is logged (CNIL)."""
    with db.unit_of_work() as uow:
        found = uow.session.get(Attachment, attachment_id)
        if found is None:
            raise NotFound("Cette pièce jointe n'existe plus.")
        uow.audit("view", "attachment", found.id, None)
        return row(found), found.content


def row(found: Attachment) -> AttachmentRow:
    return AttachmentRow(found.id, found.filename, found.media_type, found.size, found.sha256,
                         found.added_at, found.added_by)


@no_changes
def copy_attachment(db: Database, attachment_id: int) -> tuple[AttachmentRow, bytes]:
    """The file, for a copy the user saves outside the vault: logged as an export (CNIL)."""
    with db.unit_of_work() as uow:
        found = uow.session.get(Attachment, attachment_id)
        if found is None:
            raise NotFound("Cette pièce jointe n'existe plus.")
        case = uow.session.get(Case, found.case_id)
        uow.audit("export", "attachment", found.id,
                  {"case": [None, case.reference if case else None],
                   "filename": [None, found.filename]})
        return row(found), found.content
