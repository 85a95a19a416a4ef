"""What a form shows, field by field, read and put back without knowing the form: the dialog
kit's conflict resolution compares three states of one form (as it opened, the colleague's
current version, the user's typing) and puts the user's fields back onto the current version.

A field is a row of the form: every input under its label (line edits, text, combo boxes,
spin and date boxes, check boxes, lists), in order. A widget marked ``transient`` (a search box
that only helps to choose, a picker's results) is not part of what the form holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

Label = QLabel | QAbstractButton
"""What labels a form's row: a label, or a check box that enables the row's field."""

TRANSIENT = "transient"
"""The dynamic property that keeps a helper widget out of a form's state."""

USER = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Shown:
    """One field as the form shows it: ``value`` to compare, ``text`` to show a person."""

    value: object
    text: str


def mark_transient(widget: QWidget) -> None:
    widget.setProperty(TRANSIENT, True)


def _transient(widget: QWidget, top: QWidget | None) -> bool:
    current: QObject | None = widget
    while isinstance(current, QWidget):
        if current.property(TRANSIENT):
            return True
        if current is top:
            return False
        current = current.parentWidget()
    return False


def _holds(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    return isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox
                      | QAbstractSpinBox | QListWidget)


def _under(item: QWidget | QLayout) -> list[QWidget]:
    """The inputs of a form row, in the order they were laid out."""
    if isinstance(item, QWidget):
        inner = [w for w in item.findChildren(QWidget) if _holds(w)]
        found = ([item] if _holds(item) else []) + inner
        return [w for w in found if not _transient(w, item)]
    found: list[QWidget] = []
    for index in range(item.count()):
        child = item.itemAt(index)
        if child is None:
            continue
        if child.widget() is not None:
            found += _under(child.widget())
        elif child.layout() is not None:
            found += _under(child.layout())
    return found


def field_inputs(body: QWidget, labels: Mapping[str, Label]) -> dict[str, list[QWidget]]:
    """Each labelled row's inputs (``labels``: field name → its row's label). A row whose
    label is a check box ("Échéance", "Prise à": the date counts only when ticked) holds the
    check box too, first."""
    named = {id(label): field for field, label in labels.items()}
    rows: dict[str, list[QWidget]] = {}
    for form in body.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or id(label.widget()) not in named:
                continue
            content = field.widget() or field.layout()
            if content is not None:
                ticked = [label.widget()] if _holds(label.widget()) else []
                rows[named[id(label.widget())]] = ticked + _under(content)
    return {field: rows[field] for field in labels if field in rows}


def read(widget: QWidget) -> Shown:
    """One input's value and its text."""
    if isinstance(widget, QLineEdit):
        return Shown(widget.text().strip(), widget.text().strip())
    if isinstance(widget, QPlainTextEdit):
        return Shown(widget.toPlainText().strip(), widget.toPlainText().strip())
    if isinstance(widget, QTextEdit):
        return Shown(widget.toPlainText().strip(), widget.toPlainText().strip())
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        text = widget.currentText()
        return Shown((data if data is not None else text, text), text)
    if isinstance(widget, QDateTimeEdit):
        return Shown(widget.dateTime().toString("yyyy-MM-dd HH:mm"), widget.text())
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return Shown(widget.value(), widget.text())
    if isinstance(widget, QAbstractButton):
        checked = widget.isChecked()
        return Shown(checked, widget.text().replace("&", "") if checked else "")
    if isinstance(widget, QListWidget):
        items = [widget.item(n) for n in range(widget.count())]
        return Shown(tuple((i.text(), _plain(i.data(USER))) for i in items),
                     ", ".join(i.text() for i in items))
    return Shown(None, "")


def _plain(data: object) -> object:
    """A list item's data, comparable (a frozen dataclass already is)."""
    return data


def write(widget: QWidget, shown: Shown) -> None:
    """Put back what ``read`` gave."""
    value = shown.value
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        data, text = value  # type: ignore[misc]
        index = widget.findData(data)
        if index < 0:
            index = widget.findText(text)
        if index < 0:
            widget.addItem(text, data)
            index = widget.count() - 1
        widget.setCurrentIndex(index)
    elif isinstance(widget, QDateTimeEdit):
        from PySide6.QtCore import QDateTime

        widget.setDateTime(QDateTime.fromString(str(value), "yyyy-MM-dd HH:mm"))
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.setValue(value)  # type: ignore[arg-type]
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    elif isinstance(widget, QListWidget):
        widget.clear()
        for text, data in value:  # type: ignore[attr-defined]
            item = QListWidgetItem(text)
            item.setData(USER, data)
            widget.addItem(item)


def snapshot(inputs: dict[str, list[QWidget]]) -> dict[str, Shown]:
    """Every field: its inputs' values together, and their texts joined."""
    state = {}
    for field, widgets in inputs.items():
        parts = [read(widget) for widget in widgets]
        state[field] = Shown(tuple(p.value for p in parts),
                             " ; ".join(p.text for p in parts if p.text))
    return state


def restore(inputs: dict[str, list[QWidget]], field: str, shown: Shown) -> None:
    values = shown.value
    assert isinstance(values, tuple)
    for widget, value in zip(inputs[field], values, strict=True):
        write(widget, Shown(value, ""))
