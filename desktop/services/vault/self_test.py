"""``egide --self-test``, the part without a screen: a throwaway vault in a temporary folder,
a case written and read back, a convention and a chart rendered, the SQLCipher version.

Each check is one line for the person who installs Égide on a new PC; a failure says what and
why in French and the other checks still run. Nothing of the user's own vault, preferences or
keyring is touched: the vault has a passphrase slot only and lives in its own folder.
"""

from __future__ import annotations

import datetime as dt
import platform
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from desktop.services.vault.database import Database

MINIMUM_SQLCIPHER = (4, 5)


@dataclass(frozen=True)
class Check:
    label: str
    ok: bool
    detail: str


def run_check(label: str, check: Callable[[], str]) -> Check:
    """One check: its detail on success, the reason (one line, French) on failure."""
    try:
        return Check(label, True, check())
    except Exception as error:  # a self-test reports every failure and goes on
        reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
        return Check(label, False, reason or type(error).__name__)


@contextmanager
def throwaway_vault() -> Iterator[Database]:
    """A new vault of the Seine-et-Marne office in a temporary folder, removed afterwards."""
    from desktop.services.vault import lifecycle
    from desktop.services.vault.office import OfficeIdentity
    from desktop.storage.sidecar import ScryptParams

    with tempfile.TemporaryDirectory(prefix="egide-autotest-") as folder:
        created = lifecycle.create(
            Path(folder) / "autotest.egide", OfficeIdentity.for_department("77"),
            passphrase="autotest autotest autotest", use_keyring=False,
            scrypt=ScryptParams(n=2**10), with_communes=True,
        )
        try:
            yield created.db
        finally:
            created.db.close()


def core_checks() -> list[Check]:
    """Python, SQLCipher, the bundled communes, a case, a convention PDF, a chart."""
    checks = [run_check("Python", _python)]
    try:
        with throwaway_vault() as db:
            checks.append(run_check("SQLCipher", lambda: _sqlcipher(db)))
            checks.append(run_check("Communes livrées avec Égide", lambda: _communes(db)))
            checks.append(run_check("Signalement écrit puis relu", lambda: _case(db)))
            checks.append(run_check("Convention (PDF)", lambda: _convention(db)))
    except Exception as error:
        checks.append(Check("Coffre chiffré temporaire", False, str(error) or repr(error)))
    checks.append(run_check("Graphique (PDF)", _chart))
    return checks


def _python() -> str:
    if tuple(int(part) for part in platform.python_version_tuple()[:2]) < (3, 11):
        raise RuntimeError(f"Python {platform.python_version()} : 3.11 au moins est requis")
    return f"{platform.python_version()} (SQLite {sqlite3.sqlite_version})"


def _sqlcipher(db: Database) -> str:
    with db.vault.engine.connect() as connection:
        version = connection.execute(sa.text("PRAGMA cipher_version")).scalar() or ""
    numbers = tuple(int(part) for part in str(version).split()[0].split(".")[:2] if part.isdigit())
    if not version or numbers < MINIMUM_SQLCIPHER:
        raise RuntimeError(f"version « {version or 'absente'} » : 4.5 au moins est requise")
    path = getattr(db.vault, "path", None)
    if path is not None and Path(path).read_bytes()[:16] == b"SQLite format 3\0":
        raise RuntimeError("le coffre de test a été écrit en clair")
    return f"{version}, coffre de test chiffré"


def _communes(db: Database) -> str:
    from desktop.services.roster.lookup import lookup

    cards = lookup(db, "77288")
    if not cards or cards[0].name != "Melun":
        raise RuntimeError("Melun (77288) introuvable dans la liste des communes livrée")
    return "Melun trouvée par son code INSEE"


def _case(db: Database) -> str:
    from desktop.models.enums import IncidentType, Profession
    from desktop.services.cases.intake import create_case
    from desktop.services.cases.queries import get_case
    from desktop.services.cases.records import CaseInput
    from desktop.services.practitioners.directory import PractitionerInput, create_practitioner
    from desktop.services.roster.lookup import lookup

    melun = lookup(db, "77288")[0].commune_id
    doctor = create_practitioner(db, PractitionerInput(
        "Camille", "Autotest", Profession.MEDECIN_GENERALISTE, commune_code="77288"))
    created = create_case(db, CaseInput(
        occurred_at=dt.datetime.now() - dt.timedelta(hours=1), commune_id=melun,
        victim_ids=(doctor.id,), types=(IncidentType.VERBAL,), narrative="Vérification."))
    detail = get_case(db, created.id)
    if detail.reference != created.reference or detail.commune_name != "Melun":
        raise RuntimeError("le signalement relu ne correspond pas à celui écrit")
    return f"{created.reference} relu"


def _convention(db: Database) -> str:
    from desktop.services.protocol.convention import convention_pdf
    from desktop.services.protocol.exchange import import_json
    from desktop.services.protocol.sample import sample_json

    created = import_json(db, sample_json(articles=5, parties=3))
    pdf = convention_pdf(db, created.id)
    return _pdf_pages(pdf)


def _chart() -> str:
    from reportlab.graphics.renderPDF import drawToString
    from reportlab.graphics.shapes import Drawing

    from desktop.documents.charts import ChartData, column_chart

    chart = column_chart(ChartData("Signalements par mois", ("janv.", "févr."), (3, 5),
                                   ("3", "5")), 300, 150)
    drawing = chart if isinstance(chart, Drawing) else Drawing(300, 150)
    return _pdf_pages(drawToString(drawing))


def _pdf_pages(pdf: bytes) -> str:
    if not pdf.startswith(b"%PDF") or b"%%EOF" not in pdf[-1024:]:
        raise RuntimeError("le fichier produit n'est pas un PDF complet")
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    return f"{max(pages, 1)} page(s), {len(pdf) // 1024} Ko"
