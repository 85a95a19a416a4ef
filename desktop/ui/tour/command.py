"""``egide tour --to DIR [--demo] [--vault PATH] [--size 1366x768]``.

Nothing of the user's is written: the vault is a copy in a temporary folder (or a fresh
demonstration vault), preferences and window geometry live in a temporary ``EGIDE_HOME``, and
the folder is deleted at the end. ``--size`` runs on an offscreen screen of that size (Qt's
offscreen platform, configured by a JSON file); without it, on the real screen.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.vault.database import Database
    from desktop.ui.tour.runner import Shot


def parser() -> argparse.ArgumentParser:
    tour = argparse.ArgumentParser(
        prog="egide tour",
        description="Ouvre chaque page, onglet et fenêtre de l'application sur une copie "
        "jetable du coffre, en enregistre une capture (DOSSIER/NN-nom.png) et écrit "
        "DOSSIER/index.json ; code de sortie 1 si un écran ne s'ouvre pas ou dépasse l'écran.",
    )
    tour.add_argument("--to", type=Path, required=True, help="dossier des captures")
    tour.add_argument("--demo", action="store_true",
                      help="sur un coffre de démonstration (par défaut sans --vault)")
    tour.add_argument("--vault", type=Path, help="coffre dont une copie est parcourue")
    tour.add_argument("--passphrase-file", type=Path, help="phrase de passe du coffre")
    tour.add_argument("--recovery-key-file", type=Path, help="clé de secours du coffre")
    tour.add_argument("--size", help="taille d'un écran simulé, ex. 1366x768")
    tour.add_argument("--only", help="seulement les écrans dont le nom contient ce texte")
    return tour


def screen_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"taille invalide : « {text} » (ex. 1366x768)") from None
    return width, height


def use_offscreen_screen(folder: Path, size: tuple[int, int]) -> None:
    """Before the QApplication: an offscreen screen of that size."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "tour", "x": 0, "y": 0,
                                               "width": size[0], "height": size[1],
                                               "logicalDpi": 96}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def copy_vault(source: Path, folder: Path) -> Path:
    target = folder / source.name
    for path in source.parent.glob(source.name + "*"):  # the database, WAL, key sidecar
        shutil.copy2(path, folder / path.name)
    return target


def open_vault(options: argparse.Namespace, folder: Path
               ) -> tuple[Database, Callable[[], Database]]:
    """The vault copy, and how the lock screen reopens it."""
    from desktop.cli.secrets import read_secret_file
    from desktop.services.vault import lifecycle

    if options.vault is None:
        from desktop.services.demo.build import create_demo

        created = create_demo(folder / "demonstration.egide")
        demo_path, demo_key = created.db.vault.path, created.recovery_key
        return created.db, lambda: lifecycle.open_with_recovery_key(demo_path, demo_key)
    path = copy_vault(options.vault, folder)
    if options.recovery_key_file:
        key = read_secret_file(options.recovery_key_file)
        return (lifecycle.open_with_recovery_key(path, key),
                lambda: lifecycle.open_with_recovery_key(path, key))
    passphrase = (read_secret_file(options.passphrase_file) if options.passphrase_file
                  else os.environ.get("EGIDE_PASSPHRASE"))
    if passphrase:
        secret = passphrase
        return (lifecycle.open_with_passphrase(path, secret),
                lambda: lifecycle.open_with_passphrase(path, secret))
    return lifecycle.open_silently(path), lambda: lifecycle.open_silently(path)


def main(argv: list[str]) -> int:
    options = parser().parse_args(argv)
    if options.vault is not None and not options.vault.exists():
        print(f"coffre introuvable : {options.vault}", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="egide-tour-"))
    try:
        os.environ["EGIDE_HOME"] = str(folder / "home")
        if options.size:
            use_offscreen_screen(folder, screen_size(options.size))
        elif not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                  or sys.platform in ("win32", "darwin")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        db, reopen = open_vault(options, folder)
        shots = tour(db, folder, options.to.resolve(), options.only,
                     demo=options.vault is None, reopen=reopen)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    failed = [shot for shot in shots if not shot.fits]
    print(f"Visite : {len(shots)} écran(s), {len(shots) - len(failed)} tiennent dans l'écran, "
          f"{len(failed)} en échec.")
    for shot in failed:
        print(f"ÉCHEC  {shot.name} ({shot.kind}) : {shot.error}")
    return 1 if failed else 0


def tour(db: Database, folder: Path, to: Path, only: str | None = None, *,
         demo: bool = True, reopen: Callable[[], Database] | None = None) -> list[Shot]:
    from PySide6.QtWidgets import QApplication

    from desktop.config import load_preferences
    from desktop.ui import french, style
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.runner import Runner
    from desktop.ui.screen_fit import install_keep_on_screen
    from desktop.ui.tour.driver import Driver
    from desktop.ui.tour.registry import all_screens
    from desktop.ui.tour.runner import run_tour

    existing = QApplication.instance()
    app = existing or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if existing is None:  # as ``run_gui`` does (a test's application keeps its own setup)
        app.setApplicationDisplayName("Égide")
        french.install(app)
        style.apply(app)
        install_keep_on_screen(app)
    runner = Runner()
    context = AppContext(db, load_preferences(), runner,
                         demo_folder=folder if demo else None, silent_unlock=reopen)
    window = MainWindow()
    try:
        window.show()
        window.attach(context)
        driver = Driver(window, context, folder)
        driver.wait_until(lambda: window.home_page.status is not None, "la page d'accueil")
        driver.settle(200)
        screens = [s for s in all_screens() if not only or only.lower() in s.name.lower()]
        return run_tour(driver, screens, to, progress=_print)
    finally:
        window.hide()
        window.close()
        runner.shutdown()
        if context.db is not None:
            context.db.close()


def _print(shot: Shot) -> None:
    mark = "OK   " if shot.fits else "ÉCHEC"
    print(f"{mark} {shot.kind:6} {shot.width}×{shot.height} {shot.name}"
          + (f" — {shot.error}" if shot.error else ""), flush=True)
