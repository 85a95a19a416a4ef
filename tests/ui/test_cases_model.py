"""The case list's model reads its first page the way ``benchmarks/cases_list.py`` times it:
``queries.first_page`` (count and rows in one read), ``queries.PAGE_SIZE`` rows."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.cases import queries
from desktop.services.cases.records import CaseFilter
from desktop.ui.context import AppContext
from desktop.ui.table_models.cases import CasesTableModel
from tests.ui.conftest import wait_idle


def test_the_first_page_is_the_benchmarked_read(qtbot: QtBot, context: AppContext,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def spy(name: str) -> None:
        real = getattr(queries, name)

        def called(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return real(*args, **kwargs)

        monkeypatch.setattr(queries, name, called)

    for name in ("first_page", "count_cases", "case_ids", "case_rows"):
        spy(name)
    model = CasesTableModel(context)
    model.set_filter(CaseFilter(text="menaces"))
    wait_idle(qtbot, context.runner)
    assert calls == ["first_page"]
    assert model.page_size == queries.PAGE_SIZE
