"""The cyclic garbage collector paused while a document is made (no ReportLab import: the
services wrap their reading of the vault and the layout in it)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a document is made.

    Laying a long document out allocates tens of thousands of objects that live until the
    PDF is written (paragraphs, their lines, the held-back pages): the collector would
    otherwise scan them again and again (measured on the 40-article convention: 8 young
    collections and, one build in twenty, a full one of the whole application's heap, 0.3 s).
    Nothing is lost: what the document left behind is collected at the next collection.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
