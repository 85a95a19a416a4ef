"""The office's logo when it is an SVG image: checked, then rendered into a ReportLab Drawing
(``svglib``) for the bloc-marque of every PDF.

An SVG is a program more than a picture: it may name files or web addresses to fetch, declare
entities that expand a thousandfold, carry scripts. The logo is taken from a file the office
chose, so it is checked before anything reads it: a bounded size, no DOCTYPE (so no entity, no
external DTD), no script, no event attribute, no foreignObject, no reference outside the
document (only ``#id``, or an embedded PNG/JPEG ``data:`` image), a sensible drawing size.
Every refusal is one French sentence (``ValidationError`` on the field "logo").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from desktop.errors import ValidationError

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

MAX_SVG_BYTES = 512 * 1024
"""A logo is a few kilobytes; half a megabyte leaves room for an embedded bitmap."""
MAX_ELEMENTS = 20_000
MAX_DRAWN = 50_000
"""Shapes drawn once every ``<use>`` and ``url(#…)`` is expanded: ten groups of ten uses, each
using the one before, are ten billion shapes from a few hundred bytes."""
MAX_SIDE_POINTS = 5_000.0
"""About 1.8 m: a logo declared larger than this is a damaged or hostile file."""

_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_FORBIDDEN = {"script", "foreignObject", "iframe", "object", "embed", "handler", "listener"}
_EMBEDDED = re.compile(r"data:image/(png|jpeg|jpg);base64,", re.IGNORECASE)
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)


def is_svg(data: bytes) -> bool:
    """Whether the bytes look like an SVG document (what the logo field then checks)."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE")) and b"<svg" in data[:4096]


def _refuse(reason: str) -> ValidationError:
    return ValidationError("logo", f"Logo SVG refusé : {reason}.")


def _local_name(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


MAX_EMBEDDED_PIXELS = 4_000 * 4_000
"""An image embedded in the logo larger than this is a decompression bomb, not a logo."""


def _check_embedded(value: str) -> None:
    """An embedded PNG/JPEG must be a readable image of a sensible size (read from its header,
    nothing decoded)."""
    import base64
    import binascii
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        data = base64.b64decode(value[value.index(",") + 1:], validate=False)
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
    except (ValueError, binascii.Error, UnidentifiedImageError, OSError,
            Image.DecompressionBombError):
        raise _refuse("une image qu'il contient est illisible") from None
    if width * height > MAX_EMBEDDED_PIXELS:
        raise _refuse(f"une image qu'il contient mesure {width} × {height} pixels")


def _check_reference(value: str) -> None:
    value = value.strip()
    if _EMBEDDED.match(value):
        _check_embedded(value)
        return
    if not value or value.startswith("#"):
        return
    raise _refuse(f"il renvoie à une ressource extérieure (« {value[:60]} »)")


def parse_svg(data: bytes) -> object:
    """The checked root element (lxml) of the SVG ``data``; ``ValidationError`` otherwise."""
    from lxml import etree

    if len(data) > MAX_SVG_BYTES:
        raise _refuse(f"le fichier fait {len(data) // 1024} Ko, au-delà des "
                      f"{MAX_SVG_BYTES // 1024} Ko admis pour un logo")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _refuse("il déclare un DOCTYPE ou des entités, qu'un logo n'utilise pas")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.XMLSyntaxError, ValueError) as error:
        line = getattr(error, "lineno", None)
        where = f" (ligne {line})" if line else ""
        raise _refuse(f"ce n'est pas un document SVG lisible{where}") from None
    if root is None or _local_name(root.tag) != "svg":
        raise _refuse("l'élément principal n'est pas <svg>")
    _check_elements(root)
    try:
        drawn = _drawn_count(root)
    except RecursionError:
        raise _refuse("ses éléments s'imbriquent trop profondément") from None
    if drawn > MAX_DRAWN:
        raise _refuse(f"il dessinerait plus de {MAX_DRAWN} formes une fois ses renvois "
                      "(<use>) développés")
    return root


def _check_elements(root: Any) -> None:
    for count, element in enumerate(root.iter(), start=1):
        if count > MAX_ELEMENTS:
            raise _refuse(f"il compte plus de {MAX_ELEMENTS} éléments")
        name = _local_name(element.tag)
        if name in _FORBIDDEN:
            raise _refuse(f"il contient un élément <{name}>")
        for attribute, value in element.attrib.items():
            local = _local_name(attribute).lower()
            if local.startswith("on"):
                raise _refuse(f"il contient un attribut de script « {local} »")
            if attribute == _XLINK_HREF or local == "href":
                _check_reference(value)
            elif "url(" in value.lower():
                for target in _URL.findall(value):
                    _check_reference(target)
        if name == "style" and element.text and ("@import" in element.text or any(
                not (t.startswith("#") or _EMBEDDED.match(t)) for t in _URL.findall(element.text))):
            raise _refuse("sa feuille de style renvoie à une ressource extérieure")


def _internal_targets(element: Any) -> list[str]:
    """The ids an element draws again: its ``href="#id"`` and its ``url(#id)``."""
    targets = []
    for attribute, value in element.attrib.items():
        if attribute == _XLINK_HREF or _local_name(attribute).lower() == "href":
            if value.strip().startswith("#"):
                targets.append(value.strip()[1:])
        elif "url(" in value.lower():
            targets += [t[1:] for t in _URL.findall(value) if t.startswith("#")]
    return targets


def _drawn_count(root: Any) -> int:
    """How many elements the drawing holds once every internal reference is expanded (a
    reference that leads back to itself is refused); stops counting past ``MAX_DRAWN``."""
    every = list(root.iter())  # holds lxml's proxies alive, so that id() names one element
    by_id = {element.get("id"): element for element in every if element.get("id")}
    counted: dict[int, int] = {}
    open_now: set[int] = set()

    def count(element: Any) -> int:
        key = id(element)
        if key in counted:
            return counted[key]
        if key in open_now:
            raise _refuse("un élément s'y utilise lui-même")
        open_now.add(key)
        total = 1
        for child in element:
            total += count(child)
            if total > MAX_DRAWN:
                break
        for target in _internal_targets(element):
            if target in by_id and total <= MAX_DRAWN:
                total += count(by_id[target])
        open_now.discard(key)
        counted[key] = min(total, MAX_DRAWN + 1)
        return counted[key]

    return count(root)


def svg_drawing(data: bytes) -> Drawing:
    """The SVG ``data``, checked (``parse_svg``), as a ReportLab Drawing of a sensible size."""
    import logging

    from svglib.svglib import SvgRenderer

    root = parse_svg(data)
    svglib_logger = logging.getLogger("svglib.svglib")
    level = svglib_logger.level
    svglib_logger.setLevel(logging.CRITICAL)  # its warnings name internals, not the user's fault
    try:
        drawing = SvgRenderer("", external_reference_root="/nonexistent").render(root)
    except RecursionError:
        raise _refuse("ses éléments s'imbriquent trop profondément") from None
    except Exception:  # svglib raises anything on a damaged drawing
        raise _refuse("son dessin n'a pas pu être interprété") from None
    finally:
        svglib_logger.setLevel(level)
    width, height = float(drawing.width or 0), float(drawing.height or 0)
    if not (0 < width <= MAX_SIDE_POINTS and 0 < height <= MAX_SIDE_POINTS):
        raise _refuse(f"il déclare une taille de {width:g} × {height:g} points, hors des "
                      f"limites d'un logo")
    return drawing


def check_svg(data: bytes) -> None:
    """Refuse, in one French sentence, an SVG logo that ``svg_drawing`` would not draw."""
    svg_drawing(data)
