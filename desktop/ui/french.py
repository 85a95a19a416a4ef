"""Qt itself in French: its own dialogs (files, printing, input), standard buttons and context
menus, and numbers and dates written the French way ("7,0 j", "6 décembre 2026").

Qt ships its catalogues (``qtbase_fr.qm``) in its translations folder; a PyInstaller bundle may
carry them under ``resources/translations`` instead, so both places are tried.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import resource_path

# Qt's own, then the application's (resources/translations/egide_fr.qm, made by `make
# translations`): its source strings are French; the catalogue lets an office adjust a wording
# or a future language be added without touching the code.
CATALOGUES = ("qtbase_fr", "egide_fr")
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def install(app: QCoreApplication) -> list[str]:
    """Load Qt's French catalogues into ``app`` and make French the default locale.

    Returns the catalogues that loaded (the self-test reports them); installing twice is
    harmless.
    """
    QLocale.setDefault(FRENCH)
    folders = (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(resource_path("translations")))
    loaded: list[str] = []
    for name in CATALOGUES:
        translator = QTranslator(app)  # parented: lives as long as the application
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            loaded.append(name)
    return loaded
