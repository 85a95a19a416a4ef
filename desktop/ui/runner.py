"""The one way to run work off the UI thread (Anki's ``QueryOp``/``CollectionOp`` idea).

``runner.run(fn, on_success)`` calls ``fn()`` on the runner's single worker thread and brings
its result (or its exception) back to the UI thread. Every piece of database work goes through
this one worker, so a session never crosses threads and two actions never interleave.

Long work passes ``progress_label``: a progress dialog appears when the work lasts more than a
moment; with ``cancellable=True`` it has an "Annuler" button and ``fn`` receives a
``CancelToken``: the service is handed ``lambda: token.requested`` and checks it between its
steps (``desktop.errors.stop_if``), raising ``Cancelled`` (an ``EgideError``: "Opération
annulée : rien n'a été modifié.") so that its unit of work rolls back. Like any
``EgideError`` it goes to ``on_failure``, or else shows as a French message box.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop.errors import Cancelled, EgideError
from desktop.ui import messages
from desktop.ui.main_thread_gc import collect_on_gui_thread

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 300


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    @property
    def requested(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


@dataclass(eq=False)
class Job:
    """One piece of work submitted to the runner (kept until its result is delivered)."""

    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    parent: QWidget | None
    token: CancelToken = field(default_factory=CancelToken)
    future: Future[Any] | None = None
    progress: QProgressDialog | None = None
    timer: QTimer | None = None


class Runner(QObject):
    """Owns the worker thread; lives in the UI thread."""

    _finished = Signal(object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        collect_on_gui_thread()  # before any worker thread exists: see main_thread_gc
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="egide-worker")
        self._jobs: set[Job] = set()
        self._closed = False
        # Emitted from the worker thread, received here: Qt queues it to the UI thread.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        progress_label: str | None = None,
        cancellable: bool = False,
        parent: QWidget | None = None,
    ) -> Job:
        """Run ``fn()`` (``fn(token)`` when cancellable) on the worker; callbacks on the UI.

        After ``shutdown`` (the window closing) new work is dropped: a result delivered during
        the close may still ask for a follow-up read, which nobody would see."""
        job = Job(on_success, on_failure, parent)
        if self._closed:
            return job
        if progress_label is not None:
            self._prepare_progress(job, progress_label, cancellable)
        self._jobs.add(job)
        work = (lambda: fn(job.token)) if cancellable else fn
        job.future = self._executor.submit(work)
        job.future.add_done_callback(lambda _future: self._finished.emit(job))
        return job

    def shutdown(self) -> None:
        """Wait for the work in progress, then stop the worker (at application exit)."""
        self._closed = True
        self._executor.shutdown(wait=True)

    # --- on the UI thread ----------------------------------------------------------------

    def _prepare_progress(self, job: Job, label: str, cancellable: bool) -> None:
        dialog = QProgressDialog(label, self.tr("Annuler") if cancellable else None, 0, 0,
                                 job.parent)
        dialog.setWindowTitle(self.tr("Égide"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAccessibleName(label)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.token.cancel)
        dialog.hide()  # QProgressDialog shows itself after 4 s otherwise: we decide below
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(dialog.show)
        timer.start(PROGRESS_DELAY_MS)
        job.progress, job.timer = dialog, timer

    def _deliver(self, job: Job) -> None:
        self._jobs.discard(job)
        if job.timer is not None:
            job.timer.stop()
            job.timer.deleteLater()
        if job.progress is not None:
            job.progress.hide()
            job.progress.deleteLater()
        assert job.future is not None
        error = job.future.exception()
        try:
            if error is None:  # finished before it saw the cancel: the work is done
                if job.on_success is not None:
                    job.on_success(job.future.result())
            elif job.on_failure is not None:  # Cancelled too: shown where the work was asked
                job.on_failure(error)
            elif isinstance(error, Cancelled):
                messages.info(job.parent or QApplication.activeWindow(),
                              self.tr("Opération annulée"), str(error))
            else:
                self.show_failure(error, job.parent)
        finally:
            if not self._jobs:
                self.idle.emit()

    @staticmethod
    def show_failure(error: BaseException, parent: QWidget | None = None) -> None:
        """The default failure handler: the French message of an ``EgideError``."""
        parent = parent or QApplication.activeWindow()
        if isinstance(error, EgideError):
            messages.error(parent, str(error))
            return
        log.error("unexpected error in background work", exc_info=error)
        messages.error(
            parent,
            QApplication.translate("Runner", "Erreur inattendue : {0}").format(error),
        )
