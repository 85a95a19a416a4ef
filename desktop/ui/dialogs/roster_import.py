"""Import into the roster: communes (Etalab, INSEE COG, La Poste), the compétence territoriale
file, the référents sheet (with its column-mapping step). A refused file shows its per-line
report here; nothing was changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import EgideError, ImportRejected
from desktop.io.referents_sheet import FIELD_LABELS, FIELDS
from desktop.services.roster import imports, referent_import
from desktop.services.roster.records import ImportSummary
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.file_dialogs import choose_open
from desktop.ui.geometry import preserve_geometry
from desktop.ui.runner import CancelToken

KINDS = ("france", "communes", "competence", "referents")


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary: ImportSummary | None = None
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.path = QLineEdit(self)
        self.path.editingFinished.connect(self._file_changed)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        self.mapping_box = QGroupBox(self)
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping: dict[str, QComboBox] = {}
        for field in FIELDS:
            combo = QComboBox(self.mapping_box)
            combo.setAccessibleName(FIELD_LABELS[field])
            self.mapping[field] = combo
            self.mapping_form.addRow(FIELD_LABELS[field].capitalize(), combo)
        self.mapping_note = QLabel(self.mapping_box)
        self.mapping_note.setWordWrap(True)
        self.mapping_form.addRow(self.mapping_note)
        self.mapping_box.hide()
        self.import_valid = QPushButton(self)
        self.import_valid.clicked.connect(lambda: self.run_import(skip_rejected=True))
        self.import_valid.hide()
        self.save_report = QPushButton(self)
        self.save_report.clicked.connect(self._choose_report_file)
        self.save_report.hide()
        self.report_lines: list[tuple[int, str, str]] = []
        self._read_path: Path | None = None
        """The sheet whose headings the mapping shows: leaving the file field again must not
        reset the choices the user made since."""
        self.valid_lines = 0
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close, self)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self.department = QLineEdit(self)
        self.overseas = QComboBox(self)
        for policy in ("skip", "import"):
            self.overseas.addItem("", policy)  # "skip" first: the CLI's default
        form = QFormLayout()
        self.kind_label, self.file_label = QLabel(self), QLabel(self)
        self.department_label = QLabel(self)
        self.overseas_label = QLabel(self)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.file_label, file_row)
        form.addRow(self.department_label, self.department)
        form.addRow(self.overseas_label, self.overseas)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        report_row = QHBoxLayout()
        report_row.addWidget(self.import_valid)
        report_row.addWidget(self.save_report)
        report_row.addStretch(1)
        layout.addLayout(report_row)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        preserve_geometry(self, "roster_import_dialog")
        self.retranslate()
        self._kind_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Importer dans le référentiel"))
        texts = {"france": self.tr("Communes d'un département (référentiel fourni avec Égide)"),
                 "communes": self.tr("Communes ou codes postaux (Etalab, INSEE, La Poste)"),
                 "competence": self.tr("Compétence territoriale police / gendarmerie"),
                 "referents": self.tr("Feuille des référents (XLSX ou CSV)")}
        for index, kind in enumerate(KINDS):
            self.kind.setItemText(index, texts[kind])
        self.kind_label.setText(self.tr("&Quoi"))
        self.kind_label.setBuddy(self.kind)
        self.file_label.setText(self.tr("&Fichier"))
        self.file_label.setBuddy(self.path)
        self.browse.setText(self.tr("Parcourir…"))
        self.department_label.setText(self.tr("&Département(s)"))
        self.department_label.setBuddy(self.department)
        self.department.setPlaceholderText(self.tr("ex. 77, ou 77 91 pour ajouter un "
                                                   "département voisin"))
        self.overseas_label.setText(self.tr("C&OM"))
        self.overseas_label.setBuddy(self.overseas)
        self.overseas_label.setToolTip(self.tr("Communes des collectivités d'outre-mer (977, 978, "
                                               "984, 986 à 989)"))
        self.overseas.setItemText(0, self.tr("Communes des collectivités d'outre-mer laissées "
                                             "de côté et comptées"))
        self.overseas.setItemText(1, self.tr("Communes des collectivités d'outre-mer importées "
                                             "sous leur collectivité"))
        self.overseas.setAccessibleName(self.tr("Communes des collectivités d'outre-mer (977, "
                                                "978, 984, 986 à 989)"))
        self.mapping_box.setTitle(self.tr("Colonnes de la feuille (mémorisées pour la "
                                          "prochaine fois)"))
        self.save_report.setText(self.tr("Enregistrer le &compte rendu…"))
        self.import_valid.setText(
            self.tr("Importer les {0} lignes &valides").format(self.valid_lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Importer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(KINDS.index(kind))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self._read_path = None
        self.mapping_box.setVisible(kind == "referents")
        self.department.setVisible(kind == "france")
        self.department_label.setVisible(kind == "france")
        self.overseas.setVisible(kind == "communes")
        self.overseas_label.setVisible(kind == "communes")
        for widget in (self.path, self.browse, self.file_label):
            widget.setVisible(kind != "france")
        self._file_changed()

    def _browse(self) -> None:
        choose_open(self, self.tr("Choisir le fichier"), self.set_file)

    def set_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self._file_changed()

    def _file_changed(self) -> None:
        """For a référents sheet: read its headers, propose the remembered (or guessed)
        mapping."""
        self._clear_report()
        self.status.clear()
        path = Path(self.path.text().strip())
        if self.kind.currentData() != "referents" or not path.is_file():
            self._read_path = None
            return
        if path == self._read_path:
            return
        self._read_path = path

        def read(db: Database) -> tuple[tuple[str, ...], dict[str, str], bool]:
            headers = referent_import.sheet_headers(path)[0]
            mapping, remembered = referent_import.mapping_for(db, headers)
            return headers, mapping, remembered

        self.context.query(read, self._headers_read, self._failed)

    def _headers_read(self, result: tuple[tuple[str, ...], dict[str, str], bool]) -> None:
        headers, mapping, remembered = result
        self.mapping_note.setText(
            self.tr("Correspondance mémorisée lors d'un import précédent de ces colonnes : "
                    "vérifiez-la.") if remembered else
            self.tr("Correspondance proposée d'après les en-têtes de la feuille : vérifiez-la "
                    "avant d'importer."))
        for field, combo in self.mapping.items():
            combo.clear()
            combo.addItem(self.tr("— aucune —"), "")
            for header in headers:
                if header:
                    combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(mapping.get(field, "")), 0))

    def chosen_mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.mapping.items() if c.currentData()}

    def run_import(self, skip_rejected: bool = False) -> None:
        path = Path(self.path.text().strip())
        kind = self.kind.currentData()
        mapping = self.chosen_mapping()
        departments = self.department.text().replace(",", " ").upper().split()
        overseas = self.overseas.currentData()

        def work(db: Database, token: CancelToken) -> ImportSummary:
            cancelled = lambda: token.requested  # noqa: E731
            if kind == "france":
                return imports.import_france_communes(db, departments, cancelled=cancelled)
            if kind == "communes":
                return imports.import_communes(db, path, overseas=overseas,
                                               cancelled=cancelled)
            if kind == "competence":
                return imports.import_competence(db, path)
            return referent_import.import_referents(db, path, mapping,
                                                    skip_rejected=skip_rejected)

        self.setEnabled(False)
        self.status.setText(self.tr("Import en cours…"))
        self.context.query(work, self._done, self._failed, cancellable=True,
                           progress_label=self.tr("Import en cours…"), parent=self)

    def _done(self, summary: ImportSummary) -> None:
        self.setEnabled(True)
        self.summary = summary
        self._read_path = None  # the mapping just used is now the remembered one
        self._clear_report()
        self.status.setProperty("role", "")
        from desktop.io.communes import overseas_skipped

        text = summary.text()
        if overseas_skipped(summary.details):
            text += "\n" + self.tr("Choisissez « importées sous leur collectivité » (Outre-mer) "
                                   "pour les importer.")
        self.status.setText(text)
        if summary.report:
            self._show_report([str(line) for line in summary.report],
                              [(line.line, line.status, line.reason) for line in summary.report])
        self.context.publish(summary.changes)

    def _clear_report(self) -> None:
        self.report.hide()
        self.import_valid.hide()
        self.save_report.hide()
        self.report_lines = []
        self.valid_lines = 0

    def _show_report(self, text: list[str], lines: list[tuple[int, str, str]]) -> None:
        self.report.setPlainText("\n".join(text))
        self.report.show()
        self.report_lines = lines
        self.save_report.show()

    def _choose_report_file(self) -> None:
        from desktop.ui.dialogs.file_dialogs import choose_save

        stem = Path(self.path.text().strip()).stem or "import"
        choose_save(self, self.tr("Enregistrer le compte rendu"), f"{stem}-compte-rendu.csv",
                    self.tr("Fichier CSV (*.csv)"), self.write_report)

    def write_report(self, path: Path) -> None:
        """The report as CSV (Ligne;Statut;Motif), written whole or not at all."""
        from desktop.files import write_private
        from desktop.io.import_report import report_csv
        from desktop.io.oserror import os_error_clause

        try:
            write_private(path, report_csv(self.report_lines))
        except OSError as error:
            self.status.setText(self.tr("Impossible d'écrire « {0} » : {1}.").format(
                path.name, os_error_clause(error)))
            return
        self.status.setText(self.tr("Compte rendu enregistré : {0}").format(path))

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if not isinstance(error, EgideError):
            self.context.runner.show_failure(error, self)
            return
        self.status.setProperty("role", "error")
        self.status.setText(str(error))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        if isinstance(error, ImportRejected) and error.report:
            self._show_report(error.report, [_report_row(line) for line in error.report])
            self.valid_lines = error.valid
            self.import_valid.setVisible(error.valid > 0)
            self.retranslate()


def _report_row(text: str) -> tuple[int, str, str]:
    """(12, "refusée", "…") from "ligne 12 : refusée — …" (a parser's line has no status)."""
    head, _, rest = text.partition(" : ")
    number = head.split(" ")[-1]
    status, _, reason = rest.partition(" — ")
    if not reason:
        status, reason = "refusée", rest
    return (int(number) if number.isdigit() else 0), status, reason
