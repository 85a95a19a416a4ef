"""vCard 4.0 (RFC 6350) writer: one card per person, with organisation, function, e-mail and
phone. Pure: records in, text out (UTF-8, CRLF line ends, lines folded at 75 octets)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class VCardContact:
    first_name: str
    last_name: str
    prefix: str | None = None
    """"M.", "Mme"."""
    functions: tuple[tuple[str, str], ...] = ()
    """(organisation, title) pairs, the main one first."""
    email: str | None = None
    phone: str | None = None
    """E.164, e.g. "+33164717529"."""
    uid: str | None = None
    formatted_name: str | None = None
    """FN, as the name is written ("Hélène Vallier"); first and last name by default."""


def escape_value(text: str) -> str:
    """Escape a text value: backslash, comma, semicolon and line breaks (RFC 6350 §3.4)."""
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 sequence."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def card(contact: VCardContact) -> str:
    lines = ["BEGIN:VCARD", "VERSION:4.0"]
    if contact.uid:
        lines.append(f"UID:{contact.uid}")
    full = contact.formatted_name or " ".join(
        p for p in (contact.first_name.strip(), contact.last_name.strip()) if p)
    lines.append(f"FN:{escape_value(full)}")
    lines.append("N:" + ";".join((escape_value(contact.last_name), escape_value(
        contact.first_name), "", escape_value(contact.prefix or ""), "")))
    for index, (organisation, title) in enumerate(contact.functions, start=1):
        pref = ";PREF=1" if index == 1 and len(contact.functions) > 1 else ""
        lines.append(f"ORG{pref}:{escape_value(organisation)}")
        lines.append(f"TITLE{pref}:{escape_value(title)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=work:{escape_value(contact.email)}")
    if contact.phone:
        lines.append(f"TEL;VALUE=uri;TYPE=work,voice:tel:{contact.phone}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_vcards(contacts: Iterable[VCardContact]) -> bytes:
    """Every card, one after the other: a ``.vcf`` file any address book imports."""
    return "".join(card(contact) for contact in contacts).encode("utf-8")
