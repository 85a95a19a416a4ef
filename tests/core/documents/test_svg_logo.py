"""An SVG logo: drawn as vectors in the bloc-marque of every PDF, and a damaged or hostile SVG
(entities, external references, scripts, absurd sizes) refused in one French line without the
logo of the office changing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.documents.layout import Letterhead, build_pdf, para, styles
from desktop.documents.svg_logo import MAX_SVG_BYTES, is_svg
from desktop.errors import ValidationError
from desktop.services.vault import office
from desktop.services.vault.database import Database
from tests.core.documents.pdf_checks import image_count, pdf_reader

MAGENTA_SVG = (b"<?xml version='1.0' encoding='UTF-8'?>\n"
               b"<svg xmlns='http://www.w3.org/2000/svg' width='120' height='80' "
               b"viewBox='0 0 120 80'><rect x='0' y='0' width='120' height='80' fill='#ff00ff'/>"
               b"<circle cx='60' cy='40' r='20' fill='#00ff00'/></svg>")
MAGENTA_FILL = b"1 0 1 rg"
"""How ReportLab writes the fill colour #ff00ff in a page's content."""


def page_content(pdf: bytes) -> bytes:
    return pdf_reader(pdf).pages[0].get_contents().get_data()  # type: ignore[union-attr]


def test_an_svg_logo_is_drawn_as_vectors_in_the_bloc_marque() -> None:
    assert office.check_logo(MAGENTA_SVG) == "SVG"
    letterhead = Letterhead("PRÉFET DU VAR", logo_png=MAGENTA_SVG)
    pdf = build_pdf([para("Texte", styles().body)], title="T", subject="S",
                    letterhead=letterhead)
    assert MAGENTA_FILL in page_content(pdf)
    assert image_count(pdf) == 0  # drawn, not pasted as a bitmap
    bare = build_pdf([para("Texte", styles().body)], title="T", subject="S",
                     letterhead=Letterhead("PRÉFET DU VAR"))
    assert MAGENTA_FILL not in page_content(bare)


def _use_bomb() -> bytes:
    """Ten groups of ten <use> of the group before: 10^9 rectangles from 3 KB."""
    parts = ["<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'"
             " width='100' height='100'><defs><rect id='l0' width='1' height='1'/>"]
    for level in range(1, 10):
        uses = "".join(f"<use xlink:href='#l{level - 1}'/>" for _ in range(10))
        parts.append(f"<g id='l{level}'>{uses}</g>")
    parts.append("</defs><use xlink:href='#l9'/></svg>")
    return "".join(parts).encode()


def _embedded_png(width: int, height: int) -> bytes:
    """A PNG of ``width`` × ``height`` pixels (its header only counts), embedded."""
    import base64
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))
    return (b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
            b"<image width='10' height='10' href='data:image/png;base64,"
            + base64.b64encode(png) + b"'/></svg>")


HOSTILE = {
    "image bomb": _embedded_png(60_000, 60_000),
    "broken image": b"<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><image "
                    b"width='9' height='9' href='data:image/png;base64,AAAA'/></svg>",
    "use bomb": _use_bomb(),
    "use cycle": b"<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'>"
                 b"<g id='a'><rect width='1' height='1'/><use href='#a'/></g></svg>",
    "external entity": b"<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM "
                       b"'file:///etc/passwd'>]><svg xmlns='http://www.w3.org/2000/svg'>"
                       b"<text>&x;</text></svg>",
    "billion laughs": b"<?xml version='1.0'?><!DOCTYPE s [<!ENTITY a 'aaaaaaaaaa'>"
                      b"<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]>"
                      b"<svg xmlns='http://www.w3.org/2000/svg'><text>&b;</text></svg>",
    "script": b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
    "event attribute": b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
    "file image": b"<svg xmlns='http://www.w3.org/2000/svg' "
                  b"xmlns:xlink='http://www.w3.org/1999/xlink'>"
                  b"<image xlink:href='file:///etc/passwd' width='10' height='10'/></svg>",
    "web image": b"<svg xmlns='http://www.w3.org/2000/svg'>"
                 b"<image href='https://exemple.fr/x.png' width='10' height='10'/></svg>",
    "external use": b"<svg xmlns='http://www.w3.org/2000/svg'><use href='other.svg#a'/></svg>",
    "css import": b"<svg xmlns='http://www.w3.org/2000/svg'><style>@import url(x.css);</style>"
                  b"</svg>",
    "fill url": b"<svg xmlns='http://www.w3.org/2000/svg'>"
                b"<rect width='5' height='5' fill='url(https://exemple.fr/p#g)'/></svg>",
    "foreign object": b"<svg xmlns='http://www.w3.org/2000/svg'><foreignObject/></svg>",
    "huge size": b"<svg xmlns='http://www.w3.org/2000/svg' width='1e9' height='1e9'/>",
    "no size": b"<svg xmlns='http://www.w3.org/2000/svg' width='0' height='0'/>",
    "truncated": MAGENTA_SVG[:-20],
    "not svg": b"<?xml version='1.0'?><html><svg/></html>",
    "too large": b"<svg xmlns='http://www.w3.org/2000/svg'>" + b" " * MAX_SVG_BYTES + b"</svg>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_or_damaged_svg_is_refused_in_one_french_line(name: str) -> None:
    import time

    data = HOSTILE[name]
    assert is_svg(data)
    started = time.perf_counter()
    with pytest.raises(ValidationError) as refused:
        office.check_logo(data)
    assert time.perf_counter() - started < 2  # refused before anything is drawn
    message = refused.value.message
    assert refused.value.field == "logo"
    assert message.startswith("Logo SVG refusé : ") and "\n" not in message
    assert "Error" not in message and "lxml" not in message and "root:" not in message


def test_a_refused_svg_changes_nothing(db: Database) -> None:
    from desktop.services.vault.office import OfficeIdentity

    identity = OfficeIdentity(department_code="83", department_name="Var",
                              prefecture_name="Préfecture du Var", prefet_title="PRÉFET DU VAR")
    office.save_office(db, identity, logo=MAGENTA_SVG)
    before = office.get_office(db)
    with pytest.raises(ValidationError):
        office.save_office(db, identity, logo=HOSTILE["external entity"])
    assert office.office_logo(db) == MAGENTA_SVG
    assert office.get_office(db) == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzzed_svg_bytes_are_drawn_or_refused_in_french(data: st.DataObject) -> None:
    blob = bytearray(MAGENTA_SVG)
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(blob) - 1))
        blob[at:at + 1] = data.draw(st.binary(min_size=0, max_size=3))
    try:
        kind = office.check_logo(bytes(blob))
    except ValidationError as refused:
        assert "\n" not in refused.message
        assert refused.message.startswith(("Logo SVG refusé : ", "Le logo doit être"))
        return
    assert kind in ("SVG", "PNG", "JPEG")
    build_pdf([para("Texte", styles().body)], title="T", subject="S",
              letterhead=Letterhead("PRÉFET DU VAR", logo_png=bytes(blob)))


def test_the_recovery_sheet_prints_the_office_logo(db: Database) -> None:
    from desktop.services.vault import lifecycle

    identity = office.get_office(db)
    assert identity is not None
    office.save_office(db, identity, logo=MAGENTA_SVG)
    pdf = lifecycle.recovery_sheet_pdf(db, "1S4T-YM3F-Q0AG-EHGY")
    assert MAGENTA_FILL in page_content(pdf)


def test_a_small_embedded_image_is_accepted_and_drawn() -> None:
    data = _embedded_png(4, 4)
    assert office.check_logo(data) == "SVG"
    build_pdf([para("Texte", styles().body)], title="T", subject="S",
              letterhead=Letterhead("PRÉFET DU VAR", logo_png=data))


def _png(width: int, height: int) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (255, 0, 255)).save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_a_truncated_bitmap_logo_is_refused_and_a_stored_one_leaves_the_box_empty(
        db: Database, kind: str) -> None:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 64), (255, 0, 255)).save(out, format=kind)
    whole = out.getvalue()
    assert office.check_logo(whole) == kind
    truncated = whole[: len(whole) // 2]
    with pytest.raises(ValidationError) as refused:
        office.check_logo(truncated)
    assert refused.value.message == (
        f"Le logo doit être une image {kind} lisible : celle-ci est tronquée ou endommagée.")
    identity = office.get_office(db)
    assert identity is not None
    with pytest.raises(ValidationError):
        office.save_office(db, identity, logo=truncated)
    assert office.office_logo(db) != truncated
    # A damaged image kept from before the check: the document prints without it.
    pdf = build_pdf([para("Texte", styles().body)], title="T", subject="S",
                    letterhead=Letterhead("PRÉFET DU VAR", logo_png=truncated))
    assert image_count(pdf) == 0


def test_a_huge_bitmap_logo_is_refused_before_it_is_decoded() -> None:
    with pytest.raises(ValidationError) as refused:
        office.check_logo(_png(5000, 4000))
    assert "5000 × 4000 pixels" in refused.value.message
