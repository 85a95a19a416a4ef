"""``egide --self-test``: the checks without a screen (``services.vault.self_test``) and those
of Qt itself: its version, its French catalogues, a chart drawn offscreen.

It runs in the installed bundle too, on a PC with no display: the platform is ``offscreen``
unless the caller chose one.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from desktop.services.vault.self_test import Check, core_checks, run_check

MINIMUM_QT = (6, 5)


def qt_checks() -> list[Check]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def version() -> str:
        numbers = tuple(int(part) for part in qVersion().split(".")[:2])
        if numbers < MINIMUM_QT:
            raise RuntimeError(f"Qt {qVersion()} : 6.5 au moins est requis")
        return f"Qt {qVersion()}, PySide6 {pyside_version}, plateforme {app.platformName()}"

    def translations() -> str:
        from PySide6.QtWidgets import QDialogButtonBox

        from desktop.ui import french

        loaded = french.install(app)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        text = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        if not loaded or text != "Annuler":
            raise RuntimeError("les traductions françaises de Qt (qtbase_fr) sont absentes")
        return "qtbase_fr chargé (« Annuler »)"

    def chart() -> str:
        import pyqtgraph

        plot = pyqtgraph.PlotWidget()
        plot.resize(400, 240)
        plot.addItem(pyqtgraph.BarGraphItem(x=[1, 2, 3], height=[3, 5, 2], width=0.6))
        image = plot.grab().toImage()
        plot.deleteLater()
        if image.isNull() or image.width() < 100:
            raise RuntimeError("le graphique n'a pas pu être dessiné")
        return f"pyqtgraph {pyqtgraph.__version__}, {image.width()}×{image.height()} px"

    return [run_check("Qt", version), run_check("Traductions françaises de Qt", translations),
            run_check("Graphique à l'écran", chart)]


def run_self_test(out: TextIO = sys.stdout) -> int:
    """Every check, one line each; 0 when all pass, 1 otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    checks = core_checks() + qt_checks()
    for check in checks:
        mark = "OK    " if check.ok else "ÉCHEC "
        print(f"{mark}{check.label} : {check.detail}", file=out)
    failed = [check for check in checks if not check.ok]
    print(f"Autotest : {len(checks) - len(failed)} vérification(s) réussie(s), "
          f"{len(failed)} en échec.", file=out)
    return 1 if failed else 0
