"""The computer's clock moved to another zone for one test (the suite runs in Europe/Paris, see
tests/conftest.py): 13 hours behind or 13 hours ahead of its Seine-et-Marne office, so that at
any moment one of the two is not on the office's date, nor on UTC's."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

FAR_ZONES = ("Etc/GMT+12", "Etc/GMT-14")  # POSIX signs: UTC-12 and UTC+14


@contextmanager
def computer_in(zone: str) -> Iterator[None]:
    before = os.environ["TZ"]
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        os.environ["TZ"] = before
        time.tzset()
