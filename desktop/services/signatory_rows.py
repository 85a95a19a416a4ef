"""What the signatories services hand out: frozen rows, and the small rules they share
(the gendered title of a function, the way a person's name is written, who held a function on
a date). Pure functions over ORM objects already loaded; no session is opened here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.models.contacts import Organisation, Person, Position, Tenure
from desktop.models.enums import Civility, OrganisationKind


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    kind: OrganisationKind
    name: str
    short_name: str | None
    address: str | None

    @property
    def kind_label(self) -> str:
        return self.kind.label


@dataclass(frozen=True)
class PersonRow:
    id: int
    civility: Civility | None
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    """E.164."""

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name)

    @property
    def is_woman(self) -> bool:
        return self.civility is Civility.MME


@dataclass(frozen=True)
class PositionRow:
    id: int
    organisation_id: int
    organisation_name: str
    title: str
    title_feminine: str | None
    holder: PersonRow | None
    """Who holds the function on the date asked (today by default)."""

    @property
    def holder_title(self) -> str:
        """The function as written for its current holder (feminine for a woman)."""
        return gendered_title(self.title, self.title_feminine,
                              self.holder.civility if self.holder else None)


@dataclass(frozen=True)
class TenureRow:
    id: int
    person: PersonRow
    position_id: int
    position_title: str
    """Gendered for the person."""
    organisation_name: str
    started_on: dt.date
    ended_on: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.started_on <= day and (self.ended_on is None or day <= self.ended_on)


@dataclass(frozen=True)
class SearchHit:
    """A person found by name, organisation or function, with the function that matched."""

    person: PersonRow
    position_title: str | None
    organisation_name: str | None
    current: bool


def gendered_title(title: str, feminine: str | None, civility: Civility | None) -> str:
    return feminine if civility is Civility.MME and feminine else title


def display_name(first_name: str, last_name: str) -> str:
    """"Hélène VALLIER" → "Hélène Vallier" (names kept in capitals are written normally)."""
    last = last_name.strip()
    if last.isupper():
        last = "-".join(" ".join(w.capitalize() for w in part.split(" "))
                        for part in last.split("-"))
    return f"{first_name.strip()} {last}".strip()


def person_row(person: Person) -> PersonRow:
    return PersonRow(person.id, person.civility, person.first_name, person.last_name,
                     person.email, person.phone)


def organisation_row(organisation: Organisation) -> OrganisationRow:
    return OrganisationRow(organisation.id, organisation.kind, organisation.name,
                           organisation.short_name, organisation.address)


def tenure_row(tenure: Tenure) -> TenureRow:
    position = tenure.position
    return TenureRow(
        tenure.id, person_row(tenure.person), position.id,
        gendered_title(position.title, position.title_feminine, tenure.person.civility),
        position.organisation.name, tenure.started_on, tenure.ended_on,
    )


def holder_on(tenures: Iterable[Tenure], day: dt.date) -> Person | None:
    """The person whose tenure covers ``day`` (the latest started, should two overlap)."""
    covering = [t for t in tenures
                if t.started_on <= day and (t.ended_on is None or day <= t.ended_on)]
    covering.sort(key=lambda t: t.started_on)
    return covering[-1].person if covering else None


def position_row(position: Position, day: dt.date) -> PositionRow:
    holder = holder_on(position.tenures, day)
    return PositionRow(
        position.id, position.organisation_id, position.organisation.name, position.title,
        position.title_feminine, person_row(holder) if holder else None,
    )
