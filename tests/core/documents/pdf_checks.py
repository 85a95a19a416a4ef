"""Helpers to read a PDF back: its text, its pages, its fonts, its images."""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PdfReader


def pdf_reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, every kind of space folded to one ordinary space."""
    return [normalise(page.extract_text()) for page in pdf_reader(pdf).pages]


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " ")).strip()


def page_fonts(pdf: bytes) -> list[dict[str, Any]]:
    """Every font dictionary in the pages' resources (form XObjects included)."""
    fonts: list[dict[str, Any]] = []

    def walk(resources: Any) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            fonts.append(font.get_object())
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in pdf_reader(pdf).pages:
        walk(page.get("/Resources"))
    return fonts


def is_embedded(font: dict[str, Any]) -> bool:
    descendants = font.get("/DescendantFonts")
    if descendants:
        return all(is_embedded(d.get_object()) for d in descendants)
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def base_font_name(font: dict[str, Any]) -> str:
    """ "/ABCDEF+DejaVuSans-Bold" → "DejaVuSans-Bold"."""
    return str(font["/BaseFont"]).lstrip("/").split("+")[-1]


def image_count(pdf: bytes, page_number: int = 0) -> int:
    page = pdf_reader(pdf).pages[page_number]
    xobjects = page["/Resources"].get_object().get("/XObject") or {}
    return sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")


def png_bytes(width: int, height: int, colour: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()
