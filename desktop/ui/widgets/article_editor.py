"""The editor of one article: title, body (paragraphs, "- " bullets), linked measures."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.protocol.records import ArticleInfo, MeasureInfo
from desktop.ui import messages


class ArticleEditor(QWidget):
    saved = Signal(str, str, object)  # title, body, tuple of measure ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: ArticleInfo | None = None
        self.editable = False
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subtitle")
        self.title = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.measures = QListWidget(self)
        self.measures.setMaximumHeight(130)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self._save)
        self.frozen = QLabel(self)  # why the text of a signed version cannot change
        self.frozen.setProperty("role", "muted")
        self.frozen.setWordWrap(True)
        self.frozen.hide()
        self.form = QFormLayout()
        self.title_label = QLabel(self)
        self.body_label = QLabel(self)
        self.measures_label = QLabel(self)
        self.form.addRow(self.title_label, self.title)
        self.form.addRow(self.body_label, self.body)
        self.form.addRow(QLabel(self), self.hint)
        self.form.addRow(self.measures_label, self.measures)
        buttons = QHBoxLayout()
        buttons.addWidget(self.frozen, 1)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.retranslate()
        self.show_article(None, False)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("&Titre"))
        self.title_label.setBuddy(self.title)
        self.body_label.setText(self.tr("&Texte"))
        self.body_label.setBuddy(self.body)
        self.measures_label.setText(self.tr("&Mesures"))
        self.measures_label.setBuddy(self.measures)
        self.hint.setText(
            self.tr("Un paragraphe par ligne ; une ligne commençant par « - » est une puce.")
        )
        self.save_button.setText(self.tr("&Enregistrer l'article"))
        self.frozen.setText(self.tr("Une version signée ne se modifie plus : pour changer ce "
                                    "texte, créez une nouvelle version ou un avenant. Seules "
                                    "les mesures liées peuvent encore être enregistrées."))
        self._show_frozen()
        self.title.setAccessibleName(self.tr("Titre de l'article"))
        self.body.setAccessibleName(self.tr("Texte de l'article"))
        self.measures.setAccessibleName(self.tr("Mesures mises en place par l'article"))

    def set_measures(self, measures: Sequence[MeasureInfo]) -> None:
        self.measures.clear()
        for measure in measures:
            item = QListWidgetItem(measure.label)
            item.setToolTip(measure.kind.label)
            item.setData(Qt.ItemDataRole.UserRole, measure.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.measures.addItem(item)

    def show_article(self, article: ArticleInfo | None, editable: bool, *,
                     keep_typing: bool = False) -> None:
        """Show ``article``. ``keep_typing`` (the page shown again: a colleague's save, or
        one's own): when it is the same article and the editor holds typing that neither the
        article as shown nor the new version holds, the typing stays, and so does the version
        it was typed on, so that Enregistrer meets the colleague's save (the conflict dialog)
        instead of putting the typing over it unseen."""
        if keep_typing and self._holds_typing_for(article):
            self.editable = editable
            for widget in (self.title, self.body):
                widget.setReadOnly(not editable)
            self._show_frozen()
            return
        self.article = article
        self.editable = editable
        self.heading.setText(article.heading if article else self.tr("Aucun article choisi"))
        self.title.setText(article.title if article else "")
        self.body.setPlainText(article.body if article else "")
        linked = {m.id for m in article.measures} if article else set()
        for row in range(self.measures.count()):
            item = self.measures.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for widget in (self.title, self.body):
            widget.setReadOnly(not editable)
        self.measures.setEnabled(article is not None)
        self.save_button.setEnabled(article is not None)
        self._show_frozen()

    def _typed(self) -> tuple[str, str, tuple[int, ...]]:
        return (self.title.text().strip(), self.body.toPlainText().strip(),
                tuple(sorted(self.checked_measures())))

    @staticmethod
    def _held(article: ArticleInfo) -> tuple[str, str, tuple[int, ...]]:
        return (article.title.strip(), article.body.strip(),
                tuple(sorted(m.id for m in article.measures)))

    def _holds_typing_for(self, article: ArticleInfo | None) -> bool:
        if article is None or self.article is None or article.id != self.article.id:
            return False
        typed = self._typed()
        return typed not in (self._held(self.article), self._held(article))

    def _show_frozen(self) -> None:
        frozen = self.article is not None and not self.editable
        self.frozen.setVisible(frozen)
        self.save_button.setToolTip(self.frozen.text() if frozen else "")

    def checked_measures(self) -> tuple[int, ...]:
        return tuple(
            self.measures.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.measures.count())
            if self.measures.item(row).checkState() is Qt.CheckState.Checked
        )

    def _save(self) -> None:
        if self.article is None:
            return
        measures = tuple(sorted(self.checked_measures()))
        if not self.editable and measures == tuple(sorted(m.id for m in self.article.measures)):
            # Nothing this version lets change: say why rather than do nothing.
            messages.info(self, self.tr("Version signée"), self.frozen.text())
            return
        self.saved.emit(self.title.text(), self.body.toPlainText(), self.checked_measures())
