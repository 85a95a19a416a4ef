"""The press invitation: text read back with pdftotext, the page rendered to PNG."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.documents.press_invitation import (
    InvitationSigner,
    PressInvitation,
    contact_lines,
    render_press_invitation,
    who_signs,
)
from desktop.services.signatories import ceremonies, ceremony_documents
from desktop.services.vault.database import Database
from tests.core.documents.pdf_checks import base_font_name, is_embedded, page_fonts

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler absent")


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "invitation.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    text = result.stdout.decode("utf-8")
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def test_invitation_of_the_2018_ceremony(demo_db: Database, tmp_path: Path) -> None:
    ceremony = ceremonies.list_ceremonies(demo_db)[-1]
    pdf = ceremony_documents.render_invitation(demo_db, ceremony.id, dt.date(2018, 6, 14))
    text = pdftotext(pdf, tmp_path)
    for expected in (
        "PRÉFET DE SEINE-ET-MARNE", "Liberté Égalité Fraternité", "Cabinet du préfet",
        "Bureau de la communication interministérielle",
        "Melun, le 14 juin 2018",
        "Signature du protocole d'accord départemental relatif à la sécurité des médecins "
        "libéraux",
        "Vendredi 22 juin à 10 h 45",
        "Salon jaune de l'hôtel préfectoral",
        "Hélène Vallier, préfète de Seine-et-Marne, signera un protocole d'accord "
        "départemental",
        "avec la procureure de la République près le tribunal judiciaire de Meaux, la "
        "procureure de la République près le tribunal judiciaire de Melun",
        "la déléguée départementale de l'Agence régionale de santé et la présidente du "
        "conseil départemental de l'Ordre des médecins.",
        "– information et conseils de sûreté par la police et la gendarmerie ;",
        "– circuits de remontée d'informations entre les signataires ;",
        "– comité de suivi présidé par le préfet.",
        "déclinaison départementale du protocole national du 20 avril 2011",
        "La préfète de Seine-et-Marne vous invite à assister à cette signature.",
        "Contacts presse", "☎ 01 64 71 75 29", "✉ pref-communication@seine-et-marne.gouv.fr",
        "Page 1 / 1",
    ):
        assert expected in text, expected
    assert all(is_embedded(font) for font in page_fonts(pdf))
    assert {base_font_name(f) for f in page_fonts(pdf)} <= {
        "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(tmp_path /
                        "invitation.pdf"), str(tmp_path / "invitation")], check=True)
        assert (tmp_path / "invitation.png").stat().st_size > 10_000


def test_masculine_signers_and_office_host() -> None:
    invitation = PressInvitation(
        issuer_title="PRÉFET DU VAR", city="Toulon", issued_on=dt.date(2024, 3, 1),
        protocol_title="Protocole relatif à la sécurité des professionnels de santé",
        starts_at=dt.datetime(2024, 3, 1, 9, 0), place="Préfecture",
        host=InvitationSigner("Préfet du Var"),
        cosigners=(InvitationSigner("Procureur de la République", name="Paul X",
                                    represented_by="M. le substitut"),
                   InvitationSigner("Adjointe au maire de Toulon", feminine=True)),
    )
    assert who_signs(invitation) == (
        "Le préfet du Var signera un protocole relatif à la sécurité des professionnels de "
        "santé avec le procureur de la République, représenté par M. le substitut et "
        "l'adjointe au maire de Toulon.")
    assert render_press_invitation(invitation).startswith(b"%PDF")
    assert contact_lines(("Bureau — 01 64 71 75 29\npref@x.gouv.fr",)) == [
        "Bureau", "☎ 01 64 71 75 29", "✉ pref@x.gouv.fr"]


def test_title_and_date_lines() -> None:
    from desktop.documents.press_invitation import title_line, when_line

    assert title_line("Avenant n° 1 au protocole") == "Signature de l'avenant n° 1 au protocole"
    assert title_line("Convention X") == "Signature : Convention X"
    moment = dt.datetime(2025, 6, 1, 10, 0)
    assert when_line(moment, dt.date(2025, 5, 20)) == "Dimanche 1er juin à 10 h"
    assert when_line(moment, dt.date(2024, 12, 20)) == "Dimanche 1er juin 2025 à 10 h"


def test_a_past_ceremony_is_told_in_the_past_on_its_own_date(
        demo_db: Database, tmp_path: Path) -> None:
    """Printed today, the 2018 ceremony's invitation is dated the day of the ceremony and
    says "a signé", not "signera" (issue 12)."""
    ceremony = ceremonies.list_ceremonies(demo_db)[-1]
    assert ceremony.starts_at.date() < dt.date.today()
    text = pdftotext(ceremony_documents.render_invitation(demo_db, ceremony.id), tmp_path)
    assert "Melun, le 22 juin 2018" in text
    assert "préfète de Seine-et-Marne, a signé un protocole" in text
    assert "signera" not in text
    assert "vous invite" not in text


def test_the_invitation_prints_the_office_logo_even_svg(demo_db: Database) -> None:
    from desktop.services.vault import office
    from tests.core.documents.pdf_checks import pdf_reader
    from tests.core.documents.test_svg_logo import MAGENTA_FILL, MAGENTA_SVG

    identity = office.get_office(demo_db)
    assert identity is not None
    office.save_office(demo_db, identity, logo=MAGENTA_SVG)
    ceremony = ceremonies.list_ceremonies(demo_db)[-1]
    pdf = ceremony_documents.render_invitation(demo_db, ceremony.id, dt.date(2018, 6, 14))
    first = pdf_reader(pdf).pages[0].get_contents()
    assert first is not None and MAGENTA_FILL in first.get_data()
