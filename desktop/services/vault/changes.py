"""Which kinds of data a write changed, so each page refreshes only what it shows."""

from __future__ import annotations

import enum


class Changes(enum.Flag):
    NONE = 0
    OFFICE = enum.auto()
    TERRITORY = enum.auto()
    CONTACTS = enum.auto()
    PROTOCOL = enum.auto()
    CASES = enum.auto()
    COMMITTEE = enum.auto()
    AUDIT = enum.auto()
    VAULT = enum.auto()
    ALL = OFFICE | TERRITORY | CONTACTS | PROTOCOL | CASES | COMMITTEE | AUDIT | VAULT
