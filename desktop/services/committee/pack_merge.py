""""Réintégrer la séance": bring what was recorded in a meeting pack back into the vault.

``plan_merge`` lists what will change (shown to the user before anything is written);
``apply_merge`` recomputes the plan inside one unit of work, applies it, and records the pack
id in the vault, so that the same pack is refused the second time (once and only once). A
pack made from another vault is refused. Rows are matched by id: the pack keeps the source
ids, and the manifest says which rows existed at export (the others are new).

The pack's pages are checked before anything is read (``packs.open_pack``). The manifest can
be edited by whoever holds the pack's passphrase, so every id it names is checked against the
vault: a row of another meeting (a locked one above all) is never touched, the whole merge is
refused. A pack that changes nothing is not consumed (the copy edited offline stays welcome).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import Conflict, PackDamaged, stop_if
from desktop.models.committee import (
    ActionItem,
    ActionItemEvent,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    Minutes,
)
from desktop.models.enums import MeetingStatus, MinutesStatus
from desktop.models.settings import Setting
from desktop.services.committee.guard import writable_meeting
from desktop.services.committee.packs import manifest, open_pack
from desktop.services.vault import auto_backup
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.services.vault.office import office_zone

MERGED = "pack.merged."
_ATTENDANCE_FIELDS = ("status", "represented_by", "arrived_at", "left_at", "person_name")


@dataclass
class MergePlan:
    pack_id: str
    meeting_id: int
    lines: list[str] = field(default_factory=list)
    """What will change, in French, for the user to read before applying."""
    ops: list[tuple[str, Any]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.ops


@dataclass(frozen=True)
class Merged:
    """A pack merged into the vault: the plan applied, and what changed."""

    plan: MergePlan
    changes: Changes = Changes.COMMITTEE


def _read(path: Path, passphrase: str) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """The manifest and the rows of the pack (checked page by page first); one French line
    for a pack that cannot be read."""
    pack = open_pack(path, passphrase)
    try:
        return _read_pack(pack)
    except sa.exc.DatabaseError:
        raise PackDamaged(path, "sa base est illisible.") from None
    except (KeyError, TypeError, ValueError, AssertionError):
        raise Conflict(f"Le manifeste du dossier de séance « {path} » est illisible : rien n'a "
                       "été réintégré.") from None
    finally:
        pack.close()


def _read_pack(pack: Database) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    data = manifest(pack)
    with pack.reading() as s:
        meeting = s.get(Meeting, int(data["meeting_id"]))
        assert meeting is not None
        items = list(meeting.agenda)
        minutes = meeting.minutes
        rows: dict[str, list[Any]] = {
            "meeting": [{"status": meeting.status}],
            "minutes": [{"body": minutes.body}] if minutes is not None else [],
            "attendance": [{c: getattr(a, c) for c in (*_ATTENDANCE_FIELDS, "id",
                                                        "position_id", "organisation_id")}
                           for a in meeting.attendances],
            "agenda_item": [{"id": i.id, "title": i.title, "notes": i.notes, "order": i.order}
                            for i in items],
            "decision": [{"id": d.id, "agenda_item_id": i.id, "text": d.text,
                          "decided_at": d.decided_at}
                         for i in items for d in i.decisions],
            "action_item": [{"id": a.id, "title": a.title, "status": a.status,
                             "due_on": a.due_on, "owner_organisation_id": a.owner_organisation_id}
                            for a in s.scalars(select(ActionItem))],
            "action_item_event": [{"id": e.id, "action_item_id": e.action_item_id, "at": e.at,
                                   "status": e.status, "note": e.note,
                                   "meeting_id": e.meeting_id}
                                  for e in s.scalars(select(ActionItemEvent)
                                      .order_by(ActionItemEvent.at, ActionItemEvent.id))],
        }
    return data, rows


def _plan(session: Session, vault_id: str, data: dict[str, Any],
          rows: dict[str, list[Any]]) -> MergePlan:
    if data["source_vault_id"] != vault_id:
        raise Conflict("Ce dossier de séance hors ligne a été préparé depuis un autre coffre : "
                       "il ne peut pas y être réintégré.")
    if session.get(Setting, MERGED + data["pack_id"]) is not None:
        raise Conflict("Ce dossier de séance hors ligne a déjà été réintégré : "
                       "rien n'a été modifié.")
    meeting = writable_meeting(session, int(data["meeting_id"]))
    base = {k: set(v) for k, v in data["baseline"].items()}
    _check_ids(session, meeting, base, rows)
    plan = MergePlan(data["pack_id"], meeting.id)
    status = rows["meeting"][0]["status"]
    if status != meeting.status and meeting.status == MeetingStatus.PREPAREE:
        target = MeetingStatus.TENUE if status != MeetingStatus.PREPAREE else status
        plan.ops.append(("meeting_status", target))
        plan.lines.append(f"Séance : statut « {meeting.status.label} » → « {target.label} »")
    for draft in rows["minutes"]:
        if meeting.minutes is None and draft["body"].strip():
            plan.ops.append(("minutes_draft", draft["body"]))
            plan.lines.append("Relevé de décisions : projet rédigé pendant la séance")
        elif (meeting.minutes is not None and meeting.minutes.status == MinutesStatus.PROJET
              and meeting.minutes.body != draft["body"]):
            plan.ops.append(("minutes_body", draft["body"]))
            plan.lines.append("Relevé de décisions : texte du projet mis à jour")
    for a in rows["attendance"]:
        current = session.get(Attendance, a["id"]) if a["id"] in base["attendance"] else None
        if current is None:
            plan.ops.append(("attendance_new", a))
            plan.lines.append(f"Présence ajoutée : {a['person_name'] or 'membre'} — "
                              f"{a['status'].label}")
            continue
        changed = {f: a[f] for f in _ATTENDANCE_FIELDS if getattr(current, f) != a[f]}
        if changed:
            plan.ops.append(("attendance", (a["id"], changed)))
            plan.lines.append(f"Présence de {current.person_name or 'membre'} : "
                              f"{a['status'].label}" + _times(changed, session))
    new_items = {}
    for i in rows["agenda_item"]:
        if i["id"] not in base["agenda_item"]:
            new_items[i["id"]] = i
            plan.ops.append(("item_new", i))
            plan.lines.append(f"Point ajouté à l'ordre du jour : {i['title']}")
            continue
        current_item = session.get(AgendaItem, i["id"])
        if current_item is not None and (current_item.notes or None) != (i["notes"] or None):
            plan.ops.append(("item_notes", (i["id"], i["notes"])))
            plan.lines.append(f"Notes du point « {i['title']} » mises à jour")
    pack_decisions = {d["id"] for d in rows["decision"]}
    timed = set(data.get("timed_decisions", ()))  # absent from packs of earlier versions
    for d in rows["decision"]:
        if d["id"] not in base["decision"]:
            plan.ops.append(("decision_new", d))
            plan.lines.append(f"Décision : {d['text']}" + (
                f" ({_hm(d['decided_at'], session)})" if d["decided_at"] else ""))
        else:
            current_decision = session.get(Decision, d["id"])
            if current_decision is not None and current_decision.text != d["text"]:
                plan.ops.append(("decision_text", (d["id"], d["text"])))
                plan.lines.append(f"Décision modifiée : {d['text']}")
            if (current_decision is not None and d["decided_at"] is not None
                    and current_decision.decided_at != d["decided_at"]):
                plan.ops.append(("decision_time", (d["id"], d["decided_at"])))
                plan.lines.append(f"Heure de la décision « {d['text']} » : "
                                  f"{_hm(d['decided_at'], session)}")
            elif (current_decision is not None and d["decided_at"] is None
                  and current_decision.decided_at is not None
                  and d["id"] in timed):  # cleared during the meeting
                plan.ops.append(("decision_time", (d["id"], None)))
                plan.lines.append(f"Heure de la décision « {d['text']} » effacée")
    for gone in base["decision"] - pack_decisions:
        plan.ops.append(("decision_delete", gone))
        plan.lines.append(f"Décision n° {gone} supprimée")
    for a in rows["action_item"]:
        if a["id"] not in base["action_item"]:
            plan.ops.append(("action_new", a))
            plan.lines.append(f"Nouvelle action : {a['title']}")
    for e in rows["action_item_event"]:
        if e["id"] in base["action_item_event"]:
            continue
        plan.ops.append(("event_new", e))
        if e["action_item_id"] in base["action_item"]:
            item = session.get(ActionItem, e["action_item_id"])
            title = item.title if item else str(e["action_item_id"])
            plan.lines.append(f"Action « {title} » : {e['status'].label}"
                              + (f" ({e['note']})" if e["note"] else ""))
    return plan


def _times(changed: dict[str, Any], session: Session) -> str:
    """", arrivée 14 h 20, départ 15 h 10" for the times the pack changed."""
    return "".join(f", {word} {_hm(changed[name], session) if changed[name] else erased}"
                   for name, word, erased in (("arrived_at", "arrivée", "effacée"),
                                              ("left_at", "départ", "effacé"))
                   if name in changed)


def _hm(moment: dt.datetime, session: Session) -> str:
    """"15 h 40", in the office's time zone (what the user reads before applying)."""
    local = moment.astimezone(office_zone(session))
    return f"{local.hour} h {local.minute:02d}"


def _check_ids(session: Session, meeting: Meeting, base: dict[str, set[Any]],
               rows: dict[str, list[Any]]) -> None:
    """Every row the merge would change or delete belongs to the pack's meeting; every new
    row hangs from this meeting's rows or the pack's own new ones. ``Conflict`` otherwise."""
    foreign: list[str] = []
    for kind, model in (("attendance", Attendance), ("agenda_item", AgendaItem)):
        for row_id in base.get(kind, set()):
            row = session.get(model, row_id)
            if row is not None and getattr(row, "meeting_id", None) != meeting.id:
                foreign.append(f"{kind} {row_id}")
    for row_id in base.get("decision", set()):
        decision = session.get(Decision, row_id)
        if decision is not None and decision.agenda_item.meeting_id != meeting.id:
            foreign.append(f"decision {row_id}")
    items = base.get("agenda_item", set()) | {i["id"] for i in rows["agenda_item"]}
    foreign += [f"decision {d['id']}" for d in rows["decision"]
                if d["agenda_item_id"] not in items]
    actions = base.get("action_item", set()) | {a["id"] for a in rows["action_item"]}
    foreign += [f"action_item_event {e['id']}" for e in rows["action_item_event"]
                if e["id"] not in base.get("action_item_event", set())
                and e["action_item_id"] not in actions]
    if foreign:
        raise Conflict(
            "Le dossier de séance hors ligne ne correspond pas à sa séance : il désigne des "
            f"éléments d'une autre séance ({', '.join(sorted(foreign)[:5])}). Rien n'a été "
            "réintégré."
        )


def plan_merge(db: Database, path: Path, passphrase: str) -> MergePlan:
    data, rows = _read(path, passphrase)
    with db.reading() as session:
        return _plan(session, db.vault.vault_id, data, rows)


def apply_merge(db: Database, path: Path, passphrase: str, *,
                cancelled: Callable[[], bool] | None = None) -> Merged:
    """Apply the pack in one unit of work. ``cancelled`` is asked after reading the pack and
    between two changes: ``Cancelled`` then rolls the whole merge back. A pack that changes
    nothing writes nothing (it is not recorded as merged)."""
    data, rows = _read(path, passphrase)
    stop_if(cancelled)
    with db.reading() as session:
        if _plan(session, db.vault.vault_id, data, rows).empty:
            return Merged(MergePlan(data["pack_id"], int(data["meeting_id"])), Changes.NONE)
    auto_backup.before(db, "merge")  # a verified backup first, when the app enabled them
    with db.unit_of_work() as uow:
        s = uow.session
        plan = _plan(s, db.vault.vault_id, data, rows)
        meeting = writable_meeting(s, plan.meeting_id)
        item_ids: dict[int, int] = {}
        action_ids: dict[int, int] = {}
        for kind, value in plan.ops:
            stop_if(cancelled)
            if kind == "meeting_status":
                meeting.status = value
            elif kind == "minutes_draft":
                meeting.minutes = Minutes(status=MinutesStatus.PROJET, body=value)
                meeting.status = MeetingStatus.RELEVE_PROJET
            elif kind == "minutes_body":
                assert meeting.minutes is not None
                meeting.minutes.body = value
            elif kind == "attendance_new":
                meeting.attendances.append(Attendance(**{k: value[k] for k in (
                    *_ATTENDANCE_FIELDS, "position_id", "organisation_id")}))
            elif kind == "attendance":
                row = s.get(Attendance, value[0])
                for name, new in value[1].items():
                    setattr(row, name, new)
            elif kind == "item_new":
                item = AgendaItem(meeting_id=meeting.id, order=value["order"],
                                  title=value["title"], notes=value["notes"])
                s.add(item)
                s.flush()
                item_ids[value["id"]] = item.id
            elif kind == "item_notes":
                s.get(AgendaItem, value[0]).notes = value[1]  # type: ignore[union-attr]
            elif kind == "decision_new":
                s.add(Decision(agenda_item_id=item_ids.get(value["agenda_item_id"],
                                                           value["agenda_item_id"]),
                               text=value["text"], decided_at=value["decided_at"]))
            elif kind == "decision_text":
                s.get(Decision, value[0]).text = value[1]  # type: ignore[union-attr]
            elif kind == "decision_time":
                s.get(Decision, value[0]).decided_at = value[1]  # type: ignore[union-attr]
            elif kind == "decision_delete":
                found = s.get(Decision, value)
                if found is not None:
                    s.delete(found)
            elif kind == "action_new":
                action = ActionItem(title=value["title"], status=value["status"],
                                    due_on=value["due_on"], origin_meeting_id=meeting.id,
                                    owner_organisation_id=value["owner_organisation_id"])
                s.add(action)
                s.flush()
                action_ids[value["id"]] = action.id
            elif kind == "event_new":
                target = action_ids.get(value["action_item_id"], value["action_item_id"])
                s.add(ActionItemEvent(action_item_id=target, at=value["at"],
                                      status=value["status"], note=value["note"],
                                      meeting_id=meeting.id if value["meeting_id"] else None))
                followed = s.get(ActionItem, target)
                if followed is not None and value["action_item_id"] in data["baseline"][
                        "action_item"]:
                    followed.status = value["status"]
        stop_if(cancelled)
        s.add(Setting(key=MERGED + plan.pack_id, value=str(plan.meeting_id)))
        uow.audit("merge", "meeting_pack", plan.pack_id,
                  {"meeting": [None, plan.meeting_id], "changes": [None, len(plan.ops)]})
    return Merged(plan)
