"""The office's retention rules (read, saved) and the dates they give."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models.settings import OfficeSettings, Setting
from desktop.services.retention.records import RetentionRules
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database

ARCHIVES_EXPORT_KEY = "retention_archives_export"
"""``Setting`` row: "1" when the office transfers erased cases to the Archives first."""
REGISTER_YEARS_KEY = "retention_register_years"
"""``Setting`` row: years after a register entry ended (``RetentionRules.register_years``)."""
REGISTER_YEARS_DEFAULT = 1


def rules_in(session: Session) -> RetentionRules:
    office = session.get(OfficeSettings, 1)
    active = office.retention_active_years if office else 2
    erase = office.retention_intermediate_years if office else 6
    flag = session.get(Setting, ARCHIVES_EXPORT_KEY)
    registers = session.get(Setting, REGISTER_YEARS_KEY)
    years = (int(registers.value) if registers is not None and registers.value.isdigit()
             else REGISTER_YEARS_DEFAULT)
    return RetentionRules(active, max(erase, active), bool(flag and flag.value == "1"), years)


def years_after(day: dt.date, years: int) -> dt.date:
    """``day`` plus whole years (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def read_rules(db: Database) -> RetentionRules:
    with db.reading() as session:
        return rules_in(session)


def save_rules(db: Database, rules: RetentionRules) -> Changes:
    """The office's retention rules (Conservation des données), audited old → new."""
    if not 1 <= rules.active_years <= 30:
        raise ValidationError("active_years", "La durée dans le dossier actif doit être "
                              "comprise entre 1 et 30 ans.")
    if not rules.active_years <= rules.erase_years <= 50:
        raise ValidationError("erase_years", "L'effacement ne peut pas précéder la fin du "
                              "dossier actif (et au plus 50 ans après la clôture).")
    if not 1 <= rules.register_years <= 10:
        raise ValidationError("register_years", "Registres (17, dispositifs d'alerte) : "
                              "effacement de 1 à 10 ans après la fin de l'inscription.")
    with db.unit_of_work() as uow:
        session = uow.session
        before = rules_in(session)
        office = session.get(OfficeSettings, 1)
        if office is None:
            raise ValidationError("office", "L'identité du service n'est pas encore saisie.")
        office.retention_active_years = rules.active_years
        office.retention_intermediate_years = rules.erase_years
        _set(session, ARCHIVES_EXPORT_KEY, "1" if rules.archives_export else "0")
        _set(session, REGISTER_YEARS_KEY, str(rules.register_years))
        changes = {name: [getattr(before, name), getattr(rules, name)]
                   for name in ("active_years", "erase_years", "archives_export",
                                "register_years")
                   if getattr(before, name) != getattr(rules, name)}
        if changes:
            uow.audit("update", "retention_rules", None, changes)
    return Changes.OFFICE


def _set(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
