"""An unexpected database error is shown and logged: its text never carries the values bound
to the statement (names, phones)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.models.contacts import Practitioner
from desktop.models.enums import Profession
from desktop.services.vault.database import Database


def test_sql_errors_hide_the_bound_values(db: Database) -> None:
    with db.unit_of_work() as uow:
        uow.session.add(Practitioner(first_name="Anne", last_name="Martin", rpps="10001234567",
                                     profession=Profession.PHARMACIEN))
    with pytest.raises(sa.exc.IntegrityError) as caught, db.unit_of_work() as uow:
        uow.session.add(Practitioner(first_name="Zoé", last_name="Lebrun-Secret",
                                     rpps="10001234567", profession=Profession.PHARMACIEN,
                                     phone="+33612345678"))
        uow.session.flush()
    text = str(caught.value)
    assert "UNIQUE" in text.upper()
    assert "Lebrun-Secret" not in text and "+33612345678" not in text
    assert "hidden due to hide_parameters" in text
