"""Columns of the "Référents" page's lists (over ``RowsTableModel``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.roster.records import CommuneRow, ReferentRow, UnitRow
from desktop.ui.table_models.rows import Column, RowsTableModel, short_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("roster", text)


def commune_columns() -> list[Column]:
    def force(row: CommuneRow) -> str:
        return row.force_zone.label if row.force_zone else ""

    return [
        (_tr("Commune"), lambda r: r.name),
        (_tr("INSEE"), lambda r: r.insee_code),
        (_tr("Codes postaux"), lambda r: r.postal_codes),
        (_tr("Force"), force),
        (_tr("Unité compétente"), lambda r: r.unit_name or ""),
        (_tr("Trouvée par"), lambda r: r.matched),
    ]


def referent_columns() -> list[Column]:
    def phone(row: ReferentRow) -> str:
        from desktop.io.phones import display_phone

        return display_phone(row.phone) if row.phone else ""

    return [
        (_tr("Nom"), lambda r: r.full_name),
        (_tr("Rôle"), lambda r: r.role.label),
        (_tr("Unité"), lambda r: r.unit_name or ""),
        (_tr("Téléphone"), phone),
        (_tr("Courriel"), lambda r: r.email or ""),
        (_tr("Vérifié le"), lambda r: " — ".join(filter(None, (
            short_date(r.verified_on), _tr("à vérifier") if r.stale else "")))),
        (_tr("Communes"), lambda r: str(r.communes)),
    ]


def unit_columns() -> list[Column]:
    return [
        (_tr("Unité"), lambda r: r.name),
        (_tr("Type"), lambda r: r.kind.label),
        (_tr("Force"), lambda r: r.force),
        (_tr("Rattachée à"), lambda r: r.parent_name or ""),
    ]


class CommuneTableModel(RowsTableModel[CommuneRow]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(commune_columns(), parent)


class ReferentTableModel(RowsTableModel[ReferentRow]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(referent_columns(), parent)


class UnitTableModel(RowsTableModel[UnitRow]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(unit_columns(), parent)
