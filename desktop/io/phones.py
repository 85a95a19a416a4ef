"""Telephone numbers: read as people write them, store in E.164, show the French way."""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from desktop.errors import ValidationError

# Overseas départements have their own country codes but share the French ten-digit plan: a
# number written "0262 …" (La Réunion) or "0596 …" (Martinique) is dialled as such from Paris.
# A national form with one of these reserved prefixes is read as an overseas number.
_OVERSEAS = ("RE", "YT", "GP", "MQ", "GF", "PM", "BL", "MF")
_OVERSEAS_PREFIXES = frozenset(
    {"262", "263", "269", "508", "590", "594", "596", "639"}
    | {"690", "691", "692", "693", "694", "696", "697"}
)
_WHY = {
    ValidationResult.TOO_SHORT: "trop court",
    ValidationResult.TOO_LONG: "trop long",
    ValidationResult.INVALID_LENGTH: "nombre de chiffres incorrect",
    ValidationResult.INVALID_COUNTRY_CODE: "indicatif de pays inconnu",
}
_MAX_LENGTH = 40


def parse_phone(text: str) -> str:
    """The E.164 form of a French (or international) number: "01 64 71 75 29" ->
    "+33164717529". Raises ``ValidationError("phone", …)`` quoting the input otherwise."""
    raw = text.strip()
    if not raw:
        raise ValidationError("phone", "Numéro de téléphone manquant.")
    if len(raw) > _MAX_LENGTH:
        raise ValidationError("phone", f"Numéro de téléphone « {raw[:20]}… » invalide (trop long).")
    try:
        number = phonenumbers.parse(raw, "FR")
    except NumberParseException:
        raise ValidationError(
            "phone", f"Numéro de téléphone « {raw} » invalide (ce n'est pas un numéro)."
        ) from None
    national = number.country_code == 33 and not raw.startswith(("+", "00"))
    if national and str(number.national_number)[:3] in _OVERSEAS_PREFIXES:
        for region in _OVERSEAS:
            overseas = phonenumbers.parse(raw, region)
            if phonenumbers.is_valid_number(overseas):
                return phonenumbers.format_number(overseas, PhoneNumberFormat.E164)
    if phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    why = _WHY.get(phonenumbers.is_possible_number_with_reason(number), "numéro inexistant")
    raise ValidationError("phone", f"Numéro de téléphone « {raw} » invalide ({why}).")


def display_phone(e164: str) -> str:
    """How a stored number is shown: "01 64 71 75 29" for metropolitan France, the
    international form for overseas and foreign numbers ("+262 262 21 23 45"). A value that
    is not a number is returned unchanged (a display never fails)."""
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == "FR":
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
